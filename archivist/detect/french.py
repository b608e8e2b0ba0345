"""French-language cues: whether a text is written in French, its elided articles, locatives."""

from __future__ import annotations

import re

from .spans import UP

FRENCH_FUNCTION = frozenset("le la les des du une est qui dans avec sur été aux cette ont sont "
                            "selon".split())
ENGLISH_FUNCTION = frozenset("the and of is was with for that this are".split())
WORD_RE = re.compile(r"[a-zéè]+")
# French locatives and the nouns before "de X" that make a listed name after them a place in a
# text written in French ("à Morlaix", "en Guinée", "aux Comores", "près de Blagnac", "la
# commune de Toga", "les îles d'Ouessant").
FRENCH_PLACE_PREPS = frozenset("à en au aux vers".split())
FRENCH_PLACE_NOUNS = frozenset(
    "près commune communes ville villes village villages région régions province provinces "
    "préfecture préfectures département départements localité localités quartier quartiers "
    "wilaya wilayas gouvernorat gouvernorats délégation délégations canton cantons "
    "arrondissement arrondissements environs périphérie banlieue île îles port site campus gare "
    "aéroport".split())
# An elided article or conjunction before a capital ("l'Espagne", "d'Ouessant", "jusqu'à"), not
# after a capitalised word, whose name it joins ("Côte d'Ivoire", "Giscard d'Estaing").
ELISION_RE = re.compile(rf"(?<![\w'’.-])(l|d|qu|jusqu|lorsqu|puisqu)['’](?=[{UP}])")
CAPITALISED_BEFORE_RE = re.compile(rf"[{UP}][\w'’.-]*\s$")


def written_in_french(text: str) -> bool:
    """Whether a text is written in French: French function words far outnumber English ones."""
    words = WORD_RE.findall(text.lower())
    french = sum(w in FRENCH_FUNCTION for w in words)
    return french >= 5 and french > 3 * sum(w in ENGLISH_FUNCTION for w in words)


def unelided(line: str) -> str:
    """A French line with a space for the apostrophe of an elided word before a name ("l
    Espagne", "d Ouessant"): the name is a token of its own, the line's length unchanged."""
    if "'" not in line and "’" not in line:
        return line
    return ELISION_RE.sub(lambda m: m[0] if CAPITALISED_BEFORE_RE.search(line, 0, m.start())
                          else m[1] + " ", line)
