"""Sports reports: a town named in a sports story mostly stands for its club, not the place.

"Montreal lost for the ninth time", "Parma's Alessandro Melli", "title hopefuls Liverpool": in a
story about matches, a town's name in such a role is the club's, and the town's place page must
not gather it. A document is a sports report when its words and its score lines say so; there, a
town (not a country or a nation inside one, whose team is written as the country) keeps its place
mention only where it is written as a location: after a locative word ("in Cleveland", "at
Wembley", "city of Curitiba"), in a dateline ("ROME 1996-08-28"), before "where", an event or a
building ("the Berlin grand prix"), as a venue ("Leicester: ...", "Trent Bridge (Nottingham)")
or with its country ("Riga (Latvia)").
"""

from __future__ import annotations

import functools
import re

from .detect.lexicon import lexicon, us_states
from .detect.lineup import lineup_players
from .model import Document

# Words a sports story uses and other news seldom does; a few alone do not make a report.
SPORT_WORDS = frozenset("""
soccer football baseball cricket tennis golf rugby hockey basketball athletics cycling sprinter
match matches goal goals goalscorer goalscorers scored scorer scorers striker strikers midfielder
midfielders defender defenders goalkeeper goalkeepers coach league season championship tournament
innings inning homer homers pitcher pitchers batsman batsmen bowler bowlers wicket wickets halftime
half-time semifinal semi-final semifinals semi-finals quarterfinal quarter-final quarterfinals
quarter-finals penalty referee stadium seeded playoff playoffs play-off play-offs qualifier
qualifiers lap laps medal medals squad teammate team-mate fixture fixtures premiership relegation
relegated hat-trick equaliser equalizer touchdown quarterback rebounds overtime umpire tiebreak
standings opponents
""".split())
WORD = re.compile(r"[a-z][a-z-]+")
SCORE = re.compile(r"(?<![\d./:-])\d{1,3}-\d{1,3}(?![\d/:-])")
TEAM = r"[A-Z][\w.'’&-]*(?: (?:[A-Z][\w.'’&-]*|de|di|del|la|le|am|an|of))*"
# "Nantes 0 Lens 1", "CHICAGO 8 Florida 3", "Guingamp 2 (Wreh 15th) Monaco 1": a result line.
RESULT_LINE = re.compile(rf"(?m)^{TEAM} \d{{1,3}}(?: \([^)\n]*\))?,? {TEAM} \d{{1,3}}\b(?![.,]\d)")
# "Monaco 3 1 1 1 5 3 4": a standings row (played, won, drawn, lost, goals, points).
STANDINGS_LINE = re.compile(rf"(?m)^{TEAM}(?: \d{{1,3}}){{5,}}\s*$")
# (three sports words once each are an interview or a profile that mentions football, a league
# and a referee; a match report or a fixture list has more, or repeats them, or has a score)
MIN_WORDS, MIN_WORDS_WITH_SCORE, MIN_RESULT_LINES, MIN_HITS = 4, 2, 2, 5
# Share of a text's words that are sports words: 0.8% or more in a match report, under 0.4% in
# a long speech that mentions a championship and a stadium among other things.
MIN_DENSITY = 0.005

# Before a town written as a location, or a list of places after one ("in Oslo, Zurich and
# Berlin", "at Edgbaston, Birmingham", "At Headingley (Leeds)"); "from" and "to" alone are left
# out ("signed from Liverpool", "his move to Aberdeen" are transfers between clubs); a journey
# from a town starts there ("fans travelled from Leeds").
LOCATIVE_BEFORE = re.compile(
    r"\b(?:(?i:in|at|near|outside|into|around|across|through|throughout|within|towards?|via|"
    r"visit(?:ed|ing|s)?|based|north|south|east|west|(?:travel\w*|fl(?:y|ew|ying)|flights?|"
    r"journey\w*|arriv\w*|head\w*|trips?|drive|road) to|"
    r"(?:travel\w*|fl(?:ew|own)|journey\w*|trips?|flights?) (?:in )?from|\w+ in from|"
    # a journey's words between ("travelled by bus from X", "the trip up the A47 from X"), a
    # reach ("as far as X")
    r"(?:travel\w*|journey\w*|trips?)(?: (?!to\b)[\w-]+){1,4} from|as far (?:away )?as|"
    # people who come from a town ("the boys from Swansea", "schoolchildren bused in from X")
    r"(?:boys|girls|men|women|kids?|children|schoolchildren|families|fans|supporters|"
    r"visitors|residents|pilgrims|people) from|"
    r"(?:is|are|was|were|'s|’s|comes?|came|hails?|hailed|\d+-year-old) from)|"
    r"(?:city|town|port|village|capital|suburb|resort|streets|outskirts|"
    r"(?:east|west|north|south) (?:end|side)) of) "
    r"(?:(?:the|downtown|central|northern|southern|eastern|western) )?"
    r"(?:[A-ZÀ-Þ][\w.'’-]*(?: (?:[a-z]{1,3} )?[A-ZÀ-Þ][\w.'’-]*)*(?:, | and | or | \())*$")
# "coach at Torino", "his second season at Leeds": "at" after a job or a spell names the club.
ROLE_AT = re.compile(r"\b(?:coach|manager|player|striker|midfielder|defender|goalkeeper|"
                     r"keeper|captain|trainer|spell|stint|season|career) at $")
MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
# "ROME 1996-08-28", "PRETORIA, Aug 25 -", "SAO PAULO, Brazil 1996-08-28", a header's "Chennai,
# March 2, 2026" or "Lahore, Friday": a dateline.
NAME = r"[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*)*"
DATE = rf"(?:\d{{4}}-\d{{2}}-\d{{2}}|{MONTH} \d{{1,2}}(?:,? \d{{4}})?|" \
    rf"\d{{1,2}} {MONTH}(?: \d{{4}})?|\(\w+\)|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)"
DATELINE = re.compile(rf"{NAME}(?:, {NAME})?,? {DATE}(?:\s*[-–—]|\s*$)")
# After a town written as a location: "Moscow, where ...", a venue line ("Leicester: ..."), an
# event held there ("the Berlin grand prix", "Friday's Brussels meeting"), a building in it
# ("New York's Columbia Presbyterian Hospital").
LOCATION_AFTER = re.compile(
    r",? where\b|:(?= )|(?:'s|’s)?(?: [A-Z][\w.-]*)? (?:neighbou?rhood|district|suburb|quarter|"
    r"old town|waterfront|seafront|outskirts)(?![\w-])|"
    r"(?: (?i:grand prix|meeting|meet|marathon|open|olympics?|games|masters|"
    r"classic|crowd)\b)|(?:'s|’s)?(?: [A-Z][\w.-]*){0,3} "
    r"(?i:hospital|airport|university|hotel|streets?|harbou?r|port)\b")
# A match official's home town or association in brackets ("Referee: Ann Roe (Dunedin)",
# "Umpires: A Roe (Guyana) and B Doe (Jamaica)"): where the official comes from, not a club.
OFFICIAL_LINE = re.compile(r"(?:^|[.;|] )(?:(?:Match |Assistant |Video |Fourth |TV |Third )?"
                           r"(?:[Rr]eferees?|[Uu]mpires?|[Oo]fficials?)|Linesmen|Touch judges|"
                           r"TMO|Commissioner)\b:? [^()\n]{2,80}\($")
# A ground's name before its town on a venue line or after "at" ("Fraser Park, Timaru", "at
# CommBank Stadium, Parramatta", "Estadio Carlos Vega Villalba, Zacatecas"): the town is where.
GROUND_WORDS = (r"Stadium|Stadion|Ground|Park|Oval|Arena|Field|Fields|Centre|Center|Bowl|Dome|"
                r"Coliseum|Velodrome|Gardens|Showground|Racecourse")
GROUND_OPENERS = r"Estadio|Estádio|Stade|Stadio|Parc|Campo|Arena|Stadion"
GROUND_COMMA_BEFORE = re.compile(
    rf"(?:^|\bat (?:the )?)(?:(?:{GROUND_OPENERS}) [A-Za-z][\w.'’-]*(?: [A-Za-z][\w.'’-]*){{0,4}}|"
    rf"(?:[A-Z][\w.'’&-]*(?: [A-Z][\w.'’&-]*){{0,4}}) (?:{GROUND_WORDS})), $")
COUNTRY_AFTER = re.compile(r"(?:,| \() ?([A-Z][\w.'’ -]{1,30})")
SCORE_AFTER = re.compile(r"\)? \d{1,3}\b")
TOWN_IN_BRACKETS = re.compile(r" \(([A-Z][\w.'’ -]{1,30})\)")
GROUND_BEFORE = re.compile(r"([A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*)?) \($")


def sports_report(doc: Document) -> bool:
    """Whether a document reports on sport: several sports words (fewer with a score) that make
    a good share of its words, or two result or standings lines."""
    text = "\n".join([doc.meta.title or "", *(b.text for b in doc.blocks)])
    tokens = WORD.findall(text.lower())
    hits = [t for t in tokens if t in SPORT_WORDS]
    words = len(set(hits))
    if len(hits) >= MIN_DENSITY * len(tokens) and (
            words >= MIN_WORDS or words == MIN_WORDS - 1 and len(hits) >= MIN_HITS or
            (words >= MIN_WORDS_WITH_SCORE and SCORE.search(text))):
        return True
    lines = len(RESULT_LINE.findall(text)) + len(STANDINGS_LINE.findall(text))
    return lines >= MIN_RESULT_LINES


def club_in_report(text: str, start: int, end: int) -> bool:
    """Whether a town's name in a sports report stands for its club: anywhere but where it is
    written as a location. Only a town or US state of the gazetteer: a country, a nation
    (England) and a name the gazetteer does not hold ("Republic of Ireland") keep their place."""
    places = lexicon().places
    place = places.get(text[start:end])
    if place is None or place.name in _nations() or text[start:end] in lexicon().landmarks or \
            places.get(place.name, place).major and place.name not in us_states():
        return False
    if start == 0 and text[end:end + 2] == ": " and lineup_players(text, lexicon()):
        return True  # "Munster: Haley; Daly, Farrell, …": a team sheet's label
    dateline = DATELINE.match(text)
    if (dateline and end <= dateline.end()) or LOCATION_AFTER.match(text, end) or \
            LOCATIVE_BEFORE.search(text, max(0, start - 60), start) and \
            not ROLE_AT.search(text, max(0, start - 30), start):
        return False
    return not (_countries_listed(text, end) or _venue(text, start, end) or
                OFFICIAL_LINE.search(text, max(0, start - 90), start) is not None and
                text[end:end + 1] == ")" or
                GROUND_COMMA_BEFORE.search(text, max(0, start - 80), start) is not None)


def _countries_listed(text: str, end: int) -> bool:
    """A town followed by its country in brackets or after a comma, as in a list of venues
    ("Riga (Latvia)", "Tauranga, New Zealand") outside a result line."""
    m = COUNTRY_AFTER.match(text, end)
    return bool(m) and m[1].strip() in _country_names() and not SCORE_AFTER.match(text, m.end())


def _venue(text: str, start: int, end: int) -> bool:
    """A ground and its town: "Trent Bridge (Nottingham)", both places."""
    places = lexicon().places
    after = TOWN_IN_BRACKETS.match(text, end)
    before = GROUND_BEFORE.search(text, max(0, start - 40), start)
    if after and SCORE_AFTER.match(text, after.end() - 1):
        after = None  # "Hafnia Riga (Latvia) 1": a team, its country and its score
    return bool(after and after[1] in places or before and before[1] in places and
                text[end:end + 1] == ")")


@functools.cache
def _nations() -> frozenset[str]:
    """Nations inside a country that field their own teams (England, Scotland, Wales)."""
    import pycountry

    return frozenset(sub.name.split(" [")[0] for sub in pycountry.subdivisions
                     if sub.type == "Country")


@functools.cache
def _country_names() -> frozenset[str]:
    """Names of countries, continents and nations: the places that are major."""
    return frozenset(n for n, p in lexicon().places.items() if p.major)
