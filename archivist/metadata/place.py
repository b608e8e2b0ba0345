"""The header place: a dateline's town, a labelled or rubric place, a venue, a town in a title."""

from __future__ import annotations

import functools
import re

from ..bylines import HEADER_SEGMENT, IN_PLACE, SEGMENT, filed_from, parse_byline
from ..dates import find_date, find_foreign_date
from ..detect.french import written_in_french
from ..mastheads import SECTIONS, place_bracket_date
from ..model import Block
from ..placeline import (DATE_WORDS, PLACE_SMALL, REGION_CODE, any_date_only, attested_place,
                         country_or_state, display_place, is_place_line, known_place, known_town)
from .patterns import AGENCY_TAIL, CAPITAL, FULL_SCORE, MONTH_NAME, SECTION_WORDS


LABELLED_PLACE = re.compile(r"^(?i:dateline|location|place|filed from)\s*:\s*(.+)$")


def _town(place: str) -> str:
    """The town of a place as written: "Zermatt" of "Zermatt VS", "Kotor" of "Kotor, Montenegro"."""
    return REGION_CODE.sub("", place.split(",")[0].strip())


def _place_then_day(text: str) -> str | None:
    """ "Kathmandu, May 28": a known place and a day of a month, nothing else; the place."""
    place, sep, rest = text.rpartition(",")
    place = place.strip()
    if sep and re.search(r"\d", rest) and known_place(place) and \
            all(w.lower().strip(".") in DATE_WORDS for w in re.findall(r"[^\W\d_]+\.?", rest)):
        return place
    return None


def _dated_segments(text: str) -> str | None:
    """The town opening a dateline of segments: "Korhogo — Jeudi 09 octobre 2025 | Yacouba
    Soro", "ŞƏKİ, 11.04.2026 — Gülnar Əliyeva", "ÖSTERSUND. Publicerad 12 februari 2026"."""
    if (m := DOTTED_TOWN.match(text)) and (find_date(m[2]) or find_foreign_date(m[2])):
        return display_place(m[1])
    segments = HEADER_SEGMENT.split(text)
    if len(segments) < 2:
        return None
    head = segments[0]
    if (place := _place_then_date(head)) is not None:
        return display_place(place) if place.isupper() else place
    words = head.split()
    dated = find_date(segments[1]) or find_foreign_date(segments[1])
    if dated and 1 <= len(words) <= 3 and all(w[:1].isupper() for w in words):
        return display_place(head) if head.isupper() else head
    return None


# A town in capitals and a full stop before the date: "ÖSTERSUND. Publicerad 12 februari 2026".
DOTTED_TOWN = re.compile(r"^([A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’-]{2,}(?: [A-ZÀ-ÖØ-Þ'’-]{2,}){0,2})"
                         r"\.\s+(.{6,60})$")


def _header_place(head: list[Block], full: str) -> str | None:
    """A place the header states on a line of its own shapes: "Tamale, 2 September 2025" (a
    press release), "Science | Leipzig | 24.09.2025" (a rubric), "By Jane Roe in Oaxaca"; a
    place before a full date may be one the gazetteer lacks if the text has it as a location
    ("Fès, 5 mai 2025" with "in Fès")."""
    for block in head:
        if block.kind not in ("paragraph", "heading", "byline", "kicker") or \
                len(block.text) > 160:
            continue
        text = AGENCY_TAIL.sub("", block.text).rstrip(" :–—-")  # "Kathmandu, May 28 (PTI)"
        if (place := _place_then_date(text)) is not None and attested_place(place, full):
            return display_place(place) if place.isupper() else place
        for reader in (_place_then_day, _place_in_rubric, filed_from, _labelled_place,
                       _dated_segments, place_bracket_date, _desk_town, _section_town):
            if (place := reader(text)) is not None and _known_parts(place):
                return place
        if block.kind == "byline" and IN_PLACE.search(text) and not BY_WORD.search(text) and \
                (place := filed_from(f"By {text}")) is not None and _known_parts(place):
            return place  # the bare byline read above: "Ann Roe in Rome"
    return None


BY_WORD = re.compile(r"(?i)\bby\b")

# Words of a sport venue's name ("Estadio Centenario", "Sewell Group Craven Park").
VENUE_WORDS = frozenset("stadium stadion stadio estadio stade arena park ground oval field "
                        "velodrome centre center".split())

SCORE = re.compile(r"[A-Z][^\d\n]{1,40}?\s\d{1,3}\s*[-–:,]?\s*[A-Z][^\d\n]{1,40}?\s\d{1,3}\b")

NAME_WORDS = r"[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,2}"

CORRESPONDENT = re.compile(rf"^(?:From|By) our (?:own )?(?:({NAME_WORDS}) )?correspondents?"
                           rf"(?: in ({NAME_WORDS}))?$")


def _venue_name(name: str) -> bool:
    """A ground's name shaped like a person's: "Daren Sammy Cricket Ground" ("Park", "Field"
    end people's names too)."""
    return name.split()[-1].lower() in GROUND_WORDS


def _venue_line(text: str, near: list[str]) -> bool:
    """A sport venue's line ("Estadio Centenario, Montevideo", "Alexandra Park"): capitalised
    words, one a venue word, beside a score in the headline or a line next to it; a word that
    names nothing but a venue ("Stadium", "Cricket Ground") needs no score."""
    words = text.replace(",", " ").split()
    if not (1 <= len(words) <= 6 and not re.search(r"\d", text) and
            all(w[:1].isupper() or w.lower() in PLACE_SMALL for w in words)):
        return False
    lower = [w.lower() for w in words]
    pairs = {" ".join(p) for p in zip(lower, lower[1:])}
    if STRONG_VENUE.intersection(lower) or STRONG_VENUE_PAIRS & pairs:
        return True
    return any(w in VENUE_WORDS for w in lower) and any(SCORE.search(t) or _score_line(t)
                                                         for t in near)


def _score_line(text: str) -> bool:
    """A match's result on its own line: "Vipers SC 2-1 KCCA FC", "Port Vale 2 Crewe 2",
    "Waterford 1-22 Cork 0-24" (goals and points)."""
    return FULL_SCORE.fullmatch(text) is not None or MATCH_SCORE.match(text) is not None or \
        GOALS_POINTS.fullmatch(text) is not None


GOALS_POINTS = re.compile(r"(?:[A-ZÀ-ÖØ-Þ][\w'’.&-]*\s){1,4}\d{1,2}-\d{1,2}\s+"
                          r"(?:[A-ZÀ-ÖØ-Þ][\w'’.&-]*\s){1,4}\d{1,2}-\d{1,2}")

# "Mineros de Zacatecas 2-2 Atlético Morelia": the two sides around the score.
MATCH_SCORE = re.compile(r"^[A-ZÀ-ÖØ-Þ][^\d\n.]{1,40}?\s\d{1,3}\s*[-–:]\s*\d{1,3}"
                         r"\s+[A-ZÀ-ÖØ-Þ][^\d\n.]{1,40}$")

GROUND_WORDS = VENUE_WORDS - {"park", "field"}  # a ground's last word, never a surname's

STRONG_VENUE = frozenset("stadium stadion stadio estadio stade velodrome".split())

STRONG_VENUE_PAIRS = frozenset(("cricket ground", "football ground", "sports ground",
                                "events centre", "events center"))

# A French headline's town before a colon, a stop or a dash: "Colomiers : …", "Lorient. À …".
TITLE_TOWN = re.compile(rf"^([{CAPITAL}][\w'’-]+(?: [{CAPITAL}][\w'’-]+)?)(?: : |\. | [–—] )")


def _title_town(title: str, full: str) -> str | None:
    """The listed town (no country) a French headline opens with, as French papers head their
    local news."""
    m = TITLE_TOWN.match(title)
    if m is None or not known_place(m[1]) or m[1] in _countries() or \
            not written_in_french(full):
        return None
    return m[1]


@functools.lru_cache(maxsize=1)
def _countries() -> frozenset[str]:
    """Countries' names (a headline's country is no dateline's town)."""
    import pycountry

    return frozenset(n for c in pycountry.countries
                     for n in (c.name, getattr(c, "common_name", c.name)))


# A page's time since it was posted or updated: "Updated 3 hours ago", "Posted 12 mins ago".
AGO = re.compile(r"(?i)^(?:(?:last )?(?:updated|published|posted)\s+)?(?:an?|\d{1,2})\s+"
                 r"(?:minutes?|mins?|hours?|hrs?|days?)\s+ago$")


def _kicker_town(kickers: list[Block], full: str) -> str | None:
    """A town alone in capitals among the lines above the headline, a regional paper's location
    tag ("Northern Star" / "LISMORE" / the headline), that the text names as a place (no
    country's, state's or province's name)."""
    for block in kickers:
        text = block.text.strip()
        if text.isupper() and len(text.split()) <= 3 and not any(c.isdigit() for c in text) \
                and not country_or_state(town := display_place(text)) and \
                (known_town(town) or not known_place(town)) and \
                not all(w in SECTION_WORDS for w in town.split()) and attested_place(town, full):
            return town
    return None


def _lone_place(body: list[Block], first: int, title: str, full: str) -> str | None:
    """The line under the headline (or under the byline below it) that holds only a place
    ("AREQUIPA", "PAJE, Zanzibar" with "at Paje", "TARAWA (RNZ Pacific)"), a sport venue above
    a score ("Estadio Centenario, Montevideo"), or the correspondent's town ("From our
    correspondent in Hargeisa", "By our Jaffna correspondent")."""
    lines = [j for j in range(first, min(first + 3, len(body))) if not _score_line(body[j].text)]
    for j in lines[:2]:
        if body[j].kind not in ("paragraph", "heading", "byline"):
            return None
        text = AGENCY_TAIL.sub("", body[j].text).strip()
        text = re.sub(r",\s*(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day$", "", text)  # "…, Friday"
        if m := CORRESPONDENT.match(text):
            place = m[1] or m[2]
            return place if place and known_place(place) else None
        if body[j].kind == "byline" or AGO.match(text):
            continue  # ("Updated 3 hours ago" over "Hong Kong")
        near = [title, *(b.text for b in body[max(0, j - 1):j + 2] if b is not body[j])]
        venue = _venue_line(text, near)
        if not (venue or is_place_line(text)):
            return None
        parts = [p.strip() for p in text.split(",")]
        if all(attested_place(p, full) for p in parts[1 if venue else 0:]):
            return ", ".join(display_place(p) if p.isupper() else p for p in parts)
        return None
    return None


def _kicker_venue(kickers: list[Block], full: str) -> str | None:
    """A sport venue's line among the lines above the headline, beside a score."""
    texts = [b.text for b in kickers]
    for text in texts:
        if _venue_line(text, texts):
            parts = [p.strip() for p in text.split(",")]
            if all(attested_place(p, full) for p in parts[1:]):
                return text
    return None


PLACE_BULLET = re.compile(r"^(?=[^\d●•·,/]{2,40}\s[●•·/]\s)([^\d●•·,/]*?)\s[●•·/]\s")


def _place_then_date(text: str) -> str | None:
    """ "Tamale, 2 September 2025", "Post-budget press conference, Accra, 12 March 2025": a
    place (after what took place there), a comma and a date, nothing else; or one place before
    a colon or a space and a date ("Kiruna 14.1.2026"); a bullet may stand for the comma
    ("Yogyakarta ● Tue, October 14, 2025")."""
    text = PLACE_BULLET.sub(r"\1, ", text, count=1)
    if (m := DASHED_DATE.match(text)) and any_date_only(m[2]):
        text = f"{m[1]}, {m[2]}"  # "Hai Phong, Vietnam – 20 January 2026": the dash for a comma
    head, sep, rest = text.partition(",")
    while sep and not any_date_only(rest):
        more, sep, rest = rest.partition(",")
        head = f"{head},{more}"
    if not sep:
        # "Kiruna 14.1.2026", "CHIANG MAI: 27 February 2026": one place, no comma.
        m = re.match(rf"^([^\d,:]+?)(?::\s*|\s+)((?:\d|{MONTH_NAME}\b).*)$", text)
        return m[1] if m and any_date_only(m[2]) and is_place_line(m[1]) else None
    parts = [p.strip() for p in head.split(",")]
    if parts[-1].lower().strip(".") in DATE_WORDS:
        return None  # "Mon, 12 Jan, 2026": a weekday, not Mon State
    for k in range(len(parts)):
        place = ", ".join(parts[k:])
        # A known place that is also a word ("Tamale", "Nice") still counts before a date.
        if is_place_line(place) or k == len(parts) - 1 and known_place(place):
            return place if k == 0 or _known_parts(place) else None
    return None


DASHED_DATE = re.compile(r"^([^–—]{2,60}?)\s+[–—]\s+([^–—]{6,40})$")

# A paper's unnamed writer and the town she files from: "Staff Correspondent, Dhaka", "Our
# Special Correspondent, Lahore", "From our Reporter, Kandy".
DESK_TOWN = re.compile(r"^(?:(?i:from )?(?i:our|staff|a|special)\s+)+"
                       r"(?:(?i:special|staff|chief)\s+)?(?i:correspondent|reporter|representative)"
                       r"s?\s*,\s*([A-Z][\w'’ .-]{1,30})$")


def _desk_town(text: str) -> str | None:
    """The town after a paper's unnamed correspondent ("Staff Correspondent, Dhaka")."""
    m = DESK_TOWN.match(text.strip())
    return m[1].strip() if m and known_place(m[1].strip()) else None


def _labelled_place(text: str) -> str | None:
    """ "Dateline: Nairobi", "Location: Nairobi, Kenya": a labelled place line."""
    m = LABELLED_PLACE.match(text)
    return m[1].strip() if m and is_place_line(m[1].strip()) else None


def _place_in_rubric(text: str) -> str | None:
    """The one place part of a "|"-separated header line that also holds a date or a byline."""
    parts = [p.strip() for p in SEGMENT.split(text)]  # "Muharraq • Sun 8 Feb 2026"
    if len(parts) < 2 or not any(len(p) <= 60 and (find_date(p) or find_foreign_date(p)) or
                                 parse_byline(p) for p in parts):
        return None
    places = [p for p in parts if is_place_line(p) and _known_parts(p)]
    if len(places) != 1:
        return None
    return display_place(places[0]) if places[0].split(",")[0].isupper() else places[0]


# Sections whose pages file a town as their topic (its festival, its club, a trip there), not
# as the town the story was filed from.
TOPIC_SECTIONS = frozenset("culture arts art travel sport sports lifestyle entertainment food "
                           "opinion features science cultura kultur kultura deportes desporto "
                           "esportes deporte viajes viagens viaggi espectáculos spettacoli "
                           "opinión opinião meinung &".split())


def _section_town(text: str) -> str | None:
    """The town of a two-part rubric of a section and a town ("Braga | Sociedade", "Counties |
    Kisumu"): a regional paper's local page, the story's town (a town, no country or state)."""
    parts = [p.strip() for p in re.split(r"\s+[|·•>›]\s+", text.strip())]
    if len(parts) != 2:
        return None
    sections = [all(w.title() in SECTIONS for w in p.split()) for p in parts]
    town = parts[sections.index(True) - 1] if sum(sections) == 1 else ""
    if town and all(w.casefold() in TOPIC_SECTIONS for w in parts[sections.index(True)].split()):
        return None  # "Culture | Karlovy Vary": a festival, a team, a destination; no dateline
    town = display_place(town) if town.isupper() else town
    return town if town and known_town(town) else None


CREDIT_OPENERS = frozenset("from by par por von di".split())  # "From Ann Roe, Cape Coast"


def _known_parts(place: str) -> bool:
    """Whether a part of a place ("Santiago Matatlán, Oaxaca") is a place the gazetteer knows,
    and no part opens as a credit does ("From Ann Roe, Cape Coast")."""
    parts = [display_place(p.strip()) if p.isupper() else p.strip() for p in place.split(",")]
    return any(known_place(p) for p in parts) and \
        not any(p.split()[0].lower() in CREDIT_OPENERS for p in parts if p)


BRIEF_DATELINE = re.compile(rf"^([{CAPITAL}][{CAPITAL} .'’-]{{2,30}}?)(?:,[^—–\n]{{1,30}})?"
                            r"\s+(?:—|–|--?)\s")


def _brief_towns(body: list[Block]) -> set[str]:
    """The towns of a page of briefs, each item under its own dateline, when there are two or
    more ("LETHBRIDGE — …", "MEDICINE HAT — …"): none of them is the page's place."""
    prose = [(k, b) for k, b in enumerate(body) if b.kind == "paragraph" and len(b.text) > 80]
    dated = [(k, m[1].strip().casefold()) for k, b in prose if (m := BRIEF_DATELINE.match(b.text))]
    towns = {town for _, town in dated}
    headed = sum(k > 0 and body[k - 1].kind in ("heading", "kicker") for k, _ in dated)
    # each item under its own heading, or datelines opening most paragraphs (a wire story's
    # later datelines, "MOORHEAD, Minn. — …" under "FARGO, N.D. (AP) — …", open few)
    briefs = headed > 1 or len(towns) > 2 and 2 * len(dated) > len(prose)
    return towns if len(towns) > 1 and briefs else set()
