"""Organisations named by a body's noun that the head-last rules (places.PlaceRules._org) miss.

- A body's name defined with its initials in brackets: "the Marine Accident Investigation
  Branch (MAIB)", "el Instituto Nacional de Estadística (INE)".
- A Romance body's name, which puts its noun first: "el Ministerio de Cultura y Turismo", "a
  Câmara Municipal de Braga", "la Policía Nacional", "il Consorzio per la Tutela del Formaggio".

Writers define an acronym once and use it after; the bracket is strong evidence that the words
before it are one name. A name is taken as an organisation's only when its words spell the
acronym exactly (connecting words may be skipped or spelled) and a body's word heads or ends it:
"Gross Domestic Product (GDP)" and "Chief Executive Officer (CEO)" spell theirs too but name no
body. Resolution links the acronym's later mentions in the same document
(archivist/resolution/acronyms.py).
"""

from __future__ import annotations

import functools
import re

from .lexicon import ORG_HEADS

ACRONYM_RE = re.compile(r"\s*\(([A-Z]{2,8})\)")
# Words a name may join with, whose initial its acronym may spell or skip ("Ministry of Defence
# (MOD)", "Economic and Financial Crimes Commission (EFCC)").
CONNECTORS = frozenset("of and for on in the at to de del della delle dei degli des du di da do "
                       "dos das e y i et und für van von der la le les los las el per para pela "
                       "pelo".split())
# Articles elided before a noun ("l'Agenzia", "dell'Istituto", "d'Andalucia").
ELIDED = frozenset("l d dell all nell sull dall".split())
# Articles before a body's name, in English and the Romance languages.
ARTICLES = frozenset("the el la los las il lo gli o os as le les".split())
# Nouns that end an English body's name besides the detector's organisation heads.
BODY_LAST = frozenset("Branch Unit Division Command Corps Forum Institution Panel Registry "
                      "Consortium Syndicate Confederation Chamber Taskforce Force Council "
                      "Commissions Inspectorate Ombudsman Regulator".split())
# Nouns that open a body's name in the Romance languages ("Instituto Nacional de Estadística",
# "Agenzia delle Entrate"); with English ones ("Office for National Statistics (ONS)") they
# open a name its acronym defines.
ROMANCE_BODY_FIRST = frozenset(
    "Ministerio Ministério Ministero Secretaría Secretaria Comisión Comissão Commissione Agencia "
    "Agência Agenzia Banco Banca Partido Partito Consejo Conselho Consiglio Tribunal Tribunale "
    "Servicio Serviço Servizio Asociación Associação Associazione Federación Federação "
    "Federazione Confederación Confederação Confederazione Sindicato Sindacato Fundación "
    "Fundação Fondazione Universidad Universidade Università Dirección Direção Direzione Fiscalía "
    "Policía Polícia Polizia Guardia Guarda Corte Cámara Câmara Camera Autoridad Autoridade "
    "Autorità Empresa Compañía Companhia Corporación Sociedad Sociedade Società Unión União "
    "Unione Frente Movimiento Movimento Junta Oficina Organización Organização Organizzazione "
    "Departamento Dipartimento Superintendencia Procuraduría Defensoría Contraloría Instituto "
    "Istituto Fundo Fondo Fonds "
    "Institut Caja Caixa Cassa Conseil Ministère Agence Parti Comité "
    "Comitato Comitê Gobierno Governo Govern Generalitat Ayuntamiento Ajuntament Prefeitura "
    "Municipalidad Alcaldía Consorcio Consorzio Consórcio Confederaciones Coordinadora "
    "Cooperativa Orquesta Orquestra Orchestra Ballet "
    "Fuerza Fuerzas Forças Forze Ejército Exército Esercito Armada "
    # Polish, Czech and Slovak bodies ("Urząd Miasta Gdańska", "Komenda Powiatowa Policji",
    # "Muzeum II Wojny Światowej", "Krajský soud" is an adjective's)
    "Rada Urząd Komenda Sąd Muzeum Ministerstwo Uniwersytet Szpital Stocznia Zarząd Starostwo "
    "Instytut Fundacja Stowarzyszenie Związek Prokuratura Inspektorat Policja Straż "
    "Ministerstvo Úřad Soud Univerzita Nemocnice Policie Správa Sdružení Nadace Svaz Ústav "
    "Úrad Súd Nemocnica Polícia Agentúra".split())
# A Slavic body's noun that is also a given name ("Rada Dzielnicy Brzeźno": a district's
# council): a body before a word in the genitive, no person's.
SLAVIC_BODY_GIVEN = frozenset(("Rada",))
GENITIVE_ENDS = ("y", "i", "u", "ów", "ej", "a")
# A government's noun: "Gobierno de Pedro Roe" names the government a person leads.
GOVERNMENT_NOUNS = frozenset("Gobierno Governo Govern Gouvernement".split())
BODY_FIRST = ROMANCE_BODY_FIRST | frozenset(
    "Ministry Department Office Agency Bureau Bank Commission Council Committee Court "
    "Institute".split())


def defined_acronym(next_text: str) -> str | None:
    """The acronym in brackets right after a name, if any ("(MAIB) said" → "MAIB")."""
    if not next_text.lstrip().startswith("("):
        return None
    m = ACRONYM_RE.match(next_text)
    return m[1] if m else None


def without_article(words: tuple[str, ...]) -> tuple[str, ...]:
    """A name's words less a leading article ("The", "El", "la", "Il", "O")."""
    return words[1:] if words and words[0].lower() in ARTICLES else words


def spells(words: tuple[str, ...], acronym: str) -> bool:
    """Whether a name's words spell its acronym: each capitalised word gives its initial (an
    all-capitals word its letters, a hyphenated word one initial or one per part), a connecting
    word its initial or nothing, and a leading article nothing."""
    words = without_article(words)
    if not words or words[0].lower() in CONNECTORS:
        return False
    return _spells(tuple(words), acronym)


@functools.lru_cache(maxsize=4096)
def _spells(words: tuple[str, ...], acronym: str) -> bool:
    if not words:
        return not acronym
    word, rest = words[0], words[1:]
    if word.lower() in CONNECTORS:
        return _spells(rest, acronym) or (acronym[:1] == word[0].upper() and
                                           _spells(rest, acronym[1:]))
    if not word[:1].isupper():
        return False
    options = {word[0]}
    if word.isupper() and word.isalpha():
        options.add(word)
    if "-" in word:
        options.add("".join(p[0].upper() for p in word.split("-") if p))
    return any(acronym.startswith(o) and _spells(rest, acronym[len(o):]) for o in options)


def names_body(words: tuple[str, ...]) -> bool:
    """Whether a name's words make a body's name: a body's noun ends or heads it."""
    words = without_article(words)
    return len(words) >= 2 and (words[-1] in ORG_HEADS or words[-1] in BODY_LAST or
                                words[0] in BODY_FIRST or words[0] in ORG_HEADS and
                                words[1].lower() in CONNECTORS)


def romance_body(words: tuple[str, ...]) -> int | None:
    """Where a Romance body's name starts in a capitalised run ("Tribunal Constitucional",
    "Ayer el Tribunal …", "Según la Junta de Andalucía"): its noun, first or after a lowercase
    article, then a capitalised word (or connecting words and one), the run not ending in a
    connecting word; None if there is none."""
    if words[-1].lower() in CONNECTORS:
        return None
    for i, word in enumerate(words):
        if unelided(word) in ROMANCE_BODY_FIRST and \
                (i == 0 or words[i - 1].lower() in ARTICLES) and _capitalised_after(words[i + 1:]):
            return i
    return None


def unelided(word: str) -> str:
    """A word without an elided article in front ("L'Agenzia", "dell'Istituto" → the noun)."""
    head, sep, rest = word.replace("’", "'").partition("'")
    return rest if sep and head.lower() in ELIDED and rest[:1].isupper() else word


def _capitalised_after(rest: tuple[str, ...]) -> bool:
    """Whether a capitalised word follows, past connecting words ("de la Nación")."""
    for word in rest:
        if word[:1].isupper():
            return True
        if word.lower() not in CONNECTORS:
            return False
    return False
