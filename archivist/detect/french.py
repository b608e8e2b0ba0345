"""French-language cues: whether a text is written in French, its elided articles, locatives."""

from __future__ import annotations

import re

from .spans import UP

FRENCH_FUNCTION = frozenset("le la les des du une est qui dans avec sur été aux cette ont sont "
                            "selon".split())
ENGLISH_FUNCTION = frozenset("the and of is was with for that this are".split())
# Function words of Spanish, Portuguese and Italian, which share "la" and "de" with French.
# (not "que" nor "il": French words too)
OTHER_ROMANCE = frozenset("el los las del con por para della gli che per não uma os em "
                          "y lo".split())
WORD_RE = re.compile(r"[a-zéèãç]+")
# French locatives and the nouns before "de X" that make a listed name after them a place in a
# text written in French ("à Morlaix", "en Guinée", "aux Comores", "près de Blagnac", "la
# commune de Toga", "les îles d'Ouessant").
FRENCH_PLACE_PREPS = frozenset("à en au aux vers depuis".split())
FRENCH_PLACE_NOUNS = frozenset(
    "près commune communes ville villes village villages région régions province provinces "
    "préfecture préfectures département départements localité localités quartier quartiers "
    "wilaya wilayas gouvernorat gouvernorats délégation délégations canton cantons "
    "arrondissement arrondissements environs périphérie banlieue île îles port site campus gare "
    "aéroport mines sud nord ouest centre centres habitants population mairie maire gouverneur "
    "préfet préfète wali".split())
# A place's noun right before its name ("la région Casablanca-Settat", "l'arrondissement
# Marrakech-Médina"): French writes the name in apposition.
FRENCH_APPOSITION = frozenset("commune ville village région province préfecture département "
                              "localité quartier wilaya gouvernorat délégation canton "
                              "arrondissement".split())
# An elided article or conjunction before a capital ("l'Espagne", "d'Ouessant", "jusqu'à"), not
# after a capitalised word, whose name it joins ("Côte d'Ivoire", "Giscard d'Estaing").
ELISION_RE = re.compile(rf"(?<![\w'’.-])(l|d|qu|jusqu|lorsqu|puisqu)['’](?=[{UP}])")
CAPITALISED_BEFORE_RE = re.compile(rf"[{UP}][\w'’.-]*\s$")


def written_in_french(text: str) -> bool:
    """Whether a text is written in French: French function words far outnumber English ones."""
    return french_words(WORD_RE.findall(text.lower()))


def french_words(words: list[str]) -> bool:
    """Whether French function words far outnumber English and other Romance ones."""
    french = sum(w in FRENCH_FUNCTION for w in words)
    return french >= 5 and \
        french > 3 * sum(w in ENGLISH_FUNCTION or w in OTHER_ROMANCE for w in words)


def unelided(line: str) -> str:
    """A French line with a space for the apostrophe of an elided word before a name ("l
    Espagne", "d Ouessant"): the name is a token of its own, the line's length unchanged."""
    if "'" not in line and "’" not in line:
        return line
    return ELISION_RE.sub(lambda m: m[0] if CAPITALISED_BEFORE_RE.search(line, 0, m.start())
                          else m[1] + " ", line)


# Role nouns before or after a person's name in French ("le ministre Ann Roe", "Ann Roe,
# porte-parole de l'union").
FRENCH_ROLES = frozenset(
    "ministre président présidente porte-parole directeur directrice secrétaire maire préfet "
    "préfète gouverneur wali chef cheffe coordonnateur coordonnatrice coordinateur coordinatrice "
    "responsable conseiller conseillère député députée sénateur sénatrice professeur "
    "professeure avocat avocate juge procureur procureure ambassadeur ambassadrice commissaire "
    "recteur rectrice adjoint adjointe entraîneur entraîneuse sélectionneur capitaine médecin "
    "chercheur chercheuse fondateur fondatrice patron patronne représentant représentante "
    "délégué déléguée vice-président vice-présidente ministre-président".split())
# Speech verbs before the name they quote ('…, affirme Ann Roe, président …').
FRENCH_SPEECH = frozenset(
    "affirme affirmait déclare déclarait explique expliquait indique indiquait souligne "
    "soulignait précise précisait estime estimait ajoute ajoutait confie confiait dénonce "
    "dénonçait assure assurait rappelle rappelait poursuit conclut témoigne raconte insiste "
    "regrette réagit commente martèle observe résume".split())
# A role in apposition after the name: ", président du conseil", ", la porte-parole de …".
FRENCH_APPOSITIVE_RE = re.compile(r", (?:le |la |l['’]|un |une )?(?:[a-zéè-]+ )?([a-zéè-]+)"
                                  r"(?: d[eu]s?\b| d['’]|,|\.|$)")


def french_role_cue(prev_word: str, next_text: str) -> bool:
    """A French role noun or speech verb before a name, or a role in apposition after it."""
    prev = prev_word.lower()
    if prev in FRENCH_ROLES or prev in FRENCH_SPEECH and next_text[:1] in ("", ",", ".", ";"):
        return True
    m = FRENCH_APPOSITIVE_RE.match(next_text)
    return m is not None and m[1] in FRENCH_ROLES


# A street, a square, a bridge or a natural feature by its lowercase French noun and its name
# ("boulevard Dupleix", "avenue Kwame N'Krumah", "place de la République", "pont du Corbeau",
# "baie des Chaleurs", "lac Saint-Jean", "presqu'île de Crozon"); "en place", "à la place de"
# are no square.
_NAME_WORD = rf"(?:[{UP}][\w'’-]*|[IVX]{{1,4}}\b|\d{{1,2}}-[{UP}][\w-]*)"
FRENCH_STREET_RE = re.compile(
    rf"(?<![\w-])(?<!en )(?<!sur )(?<!à la )(rue|avenue|boulevard|place|quai|pont|allée|"
    rf"impasse|chemin|esplanade|square|jetée|promenade|baie|golfe|cap|lac|rivière|fleuve|mont|"
    rf"monts|pointe|presqu['’]île|piton|cratère|col|vallée|massif|plateau|estuaire|étang|"
    rf"anse|canal) "
    rf"((?:de la |de l |du |des |de |d )?{_NAME_WORD}(?:[ -]{_NAME_WORD})*)")
STREET_HINTS = ("rue ", "avenue ", "boulevard ", "place ", "quai ", "pont ", "allée ", "impasse ",
                "chemin ", "esplanade ", "square ", "jetée ", "promenade ", "baie ", "golfe ",
                "cap ", "lac ", "rivière ", "fleuve ", "mont ", "monts ", "pointe ", "île ",
                "piton ", "cratère ", "col ", "vallée ", "massif ", "plateau ", "estuaire ",
                "étang ", "anse ", "canal ")


def french_streets(line: str, written: str) -> list[tuple[str, int, int]]:
    """The streets and squares a French line names: (surface as written, start, end); line is
    the unelided line, written the line as written (same length)."""
    if not any(noun in line for noun in STREET_HINTS):
        return []
    return [(written[m.start():m.end()], m.start(2), m.end())
            for m in FRENCH_STREET_RE.finditer(line)]

