"""The Detector: parse a text once, read it with the rules, optionally again with evidence."""

from __future__ import annotations

import functools
import pickle
import re
from collections.abc import Iterable, Mapping

from .candidate import ORG, PERSON, PLACE, Candidate
from .castlist import cast_people
from .cues import PLAIN_CAPS_RE
from .classify import DocReader
from .evidence import DocScan, Evidence, build_evidence
from .french import french_streets, unelided, written_in_french
from .germanic import germanic_bodies, germanic_places, lowered, named_words, written_in_germanic
from .inflected import lettered, located_places, written_in
from .vietnamese import HINT_RE as VIET_HINT_RE
from .vietnamese import no_name, vietnamese_people, written_in_vietnamese
from .romance import (FUNCTION_WORDS, ROMANCE_DATELINE_RE, WEEKDAYS, country_names,
                      noun_lists, romance_streets, written_in_romance)
from .lexicon import MONTHS_DAYS, lexicon, minor_places, subdivisions
from .lineup import lineup_players, scorer_names
from .placelists import (POSTAL_HINT_RE, SIGNATURE_MAX, listed_company, officials_homes,
                         place_part_kind, postal_codes, postal_towns, signature_places,
                         travelled)
from .spans import (DATELINE_RE, F_END, F_PREV, F_START, F_TOKENS, HEADER_DATE_MAX,
                    HEADER_DATE_RE, UP, Line, caps_display, caps_runs, dateline_places,
                    is_caps_line, is_tabular, line_spans)
from .unlisted import languages

# "Telavi, 14 October 2025 — …", "Kingston, Jamaica — …": place, region or date, a dash.
TITLE_DATELINE_RE = re.compile(r"([A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){0,2}),\s+"
                               r"([A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+)?(?:,\s+|(?=\s+[—–]\s)))?"
                               r"([^—–]{0,30}?)\s*[—–]\s")
# A header line of a town and a date, no dash ("Kandy, Aug. 19.", "Gent, 3 maart 2025. …").
DATED_TOWN_RE = re.compile(r"([A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+)?), (?:\d{1,2}\.? [A-Za-z]{3,}\.?"
                           r"(?: \d{4})?|[A-Z][a-z]{2,}\.? \d{1,2}(?:, \d{4})?)\.(?:\s|$)")
INITIALS_SPELLED_RE = re.compile(r"([A-Z]{2,8}) \(([^()]{3,80})\)")
PROSE_ENDS = (".", "!", "?", '"', "”")  # a paragraph's last characters (a signature's line above)
HEADER_LINES = 8  # a header's place and date line is among a text's first lines
BRACKET_RE = re.compile(r"\s*\(([A-Z][\w'’ .-]{1,30})\)")
WIRE_NAMES = frozenset("Reuters AP AFP Xinhua Kyodo Yonhap Bernama Antara Anadolu EFE ANSA DPA "
                       "dpa PTI IANS ANI TASS RIA Interfax Ukrinform Itar-Tass UPI CNA NAN APA "
                       "KUNA WAM SPA MENA IRNA Notimex Télam Lusa Agência".split())
# "Nampula (Notícias) — Terça-feira, …": a listed town, its outlet in brackets, a dash.
TITLE_SOURCE_DATELINE_RE = re.compile(r"([A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){0,2}) "
                                      r"\([^()]{2,30}\)\s*[—–-]\s")
PIPE_PARTS = 2  # a header line of three parts or more between pipes may be long
DATELINE_LINES = 10  # a dateline may follow a rubric, a headline, a byline and a date line
# Between the parts of a rubric in capitals ("ECONOMIA | PUGLIA", "BUSINESS — SOUTH WEST",
# "SYDNEY, N.S.").
CAPS_PART_RE = re.compile(r"\s*(?:[|/·•,]|\s[-–—]+\s)\s*")
RUBRIC_PART_WORDS = 3  # a rubric's place is a short part; a headline's words are no rubric
# Compass words before a country in a rubric ("NORTHERN GHANA"): a part of the country.
RUBRIC_POSITIONS = frozenset("NORTH SOUTH EAST WEST NORTHERN SOUTHERN EASTERN WESTERN CENTRAL "
                             "UPPER LOWER MID".split())
# A local paper's section words beside the area it covers ("NEWS | LOCHABER", "RURAL | …").
SECTION_WORDS = frozenset("NEWS LOCAL REGIONAL REGIONS RURAL COMMUNITY COUNTY BUSINESS BRIEFS "
                          "FARMING COURTS".split())
SECTION_LINES = 2  # the label is a text's first or second line
CRUMB_RE = re.compile(r"\s+[>|»›]\s+")  # between a breadcrumb's parts ("Noticias > Perú")
AREA_WORDS = RUBRIC_POSITIONS | {"ATLANTIC", "PACIFIC"}  # ("ATLANTIC CANADA")
AREA_MIN_LEN = 5  # shorter capitals beside "NEWS" are a broadcaster's ("ITV NEWS", "TVNZ NEWS")
RUBRIC_MAX = 24  # a round-up item's country label ends within this many characters
RUBRIC_RE = re.compile(rf"([{UP}][{UP}'’.-]+(?: [{UP}][{UP}'’.-]+){{0,2}}):\s+(\S.*)")
HEADER_PART_RE = re.compile(r"\s*(?:[,|/·•]|\s[-–—]+\s|\(|\))\s*")

# A road by its number where the text names it as a road: a code after "the" before a road word
# or the clause going on ("along the A149 and", "beside the R551 at", "the A3 motorway"; not "the
# A4 sheet", "the N95 mask"; a B-road is rare, "the B3" a stock exchange), a state's code before
# a road word or a place's preposition ("the CE-292 to Crato"; not "the KC-135 was"), or a road
# word and its number ("Highway 1", "Ruta Nacional 3", "Autoroute 20"; not a bus's "Route 47").
ROAD_WORDS = (r"motorway|highway|expressway|dual carriageway|bypass|road|trunk road|corridor|"
              r"junction|roundabout|interchange|near|between|to|towards?|through|north|south|"
              r"east|west|northbound|southbound|eastbound|westbound|past|beyond|linking")
# ("sit in traffic on the N40 past the Jack Lynch Tunnel")
ROAD_CODE_RE = re.compile(
    r"\b(?:[Tt]he|[Oo]n|[Aa]long|[Vv]ia|[Oo]ff) (?:([AMNR]\d{1,4}(?:\([MT]\))?)"
    rf"(?= (?:{ROAD_WORDS}|from|at|in|into|was|is|has|had|and|or|on|for|until|where|which|after|"
    r"before)\b|[.,;:!?)”\"]|$)"
    rf"|([A-Z]{{2}}-\d{{2,4}})(?= (?:{ROAD_WORDS})\b)"
    # (one letter before a road's own noun only: "the A-66 motorway", "the N-340 road"; not
    # "the F-16 to Kyiv")
    r"|([AMN]-\d{1,4})(?= (?:motorway|highway|expressway|road|dual carriageway)\b))")
ROAD_NAME_RE = re.compile(
    r"\b((?:(?:State |National |Provincial |Trans-Canada )?(?:Highway|Autoroute|Autopista|"
    r"Autobahn|Autostrada|Rodovia|Interstate|Carretera|Ruta(?: Nacional| Provincial)?|"
    r"Expressway|Calle|Carrera|Avenida)|(?:State|National|Provincial) Route) "
    r"\d{1,4}[A-Z]?)(?![\w-])")  # ("National Route 1A", "Calle 26"; not a bus's "Route 47")
# A US highway by its number after a road's preposition ("along U.S. 290", "off US 59"): the
# road, not the country (not "the U.S. 10-year", "U.S. 500 firms": no such preposition before).
US_ROAD_RE = re.compile(r"\b(?:along|on|onto|off|via|near|of) ((?:U\.S\.|US) "
                        r"(?:(?:Highway|Route) )?\d{1,3}[A-Z]?)(?![\w%-]|\.\d| (?:percent|million|"
                        r"billion|people|years?)\b)")
AIRCRAFT = frozenset("A300 A310 A318 A319 A320 A321 A330 A340 A350 A380 M16".split())


DIGIT_RE = re.compile(r"\d")
# (cheap: the two above are read only where this finds something)
ROAD_HINT_RE = re.compile(r"[AMNR]-?\d|[A-Z]{2}-\d|[A-Z][a-z]{3,} \d|\d(?:st|nd|rd|th) [A-Z]|"
                          r"US \d|S\. \d")
# A numbered street ("along 1st Street", "18th Street North", "26th Avenue"), with the side of
# town that opens its name ("East 29th Street", "W. 117th Street": not the same street as 29th).
ORDINAL_STREET_RE = re.compile(r"(?<![\w.,-])((?:(?:East|West|North|South|[EWNS]\.) )?"
                               r"\d{1,3}(?:st|nd|rd|th) (?:Street|Avenue|Road|Drive|"
                               r"Boulevard|Lane)(?: (?:North|South|East|West)\b)?)(?! [A-Z])")


def road_numbers(line: str) -> tuple[tuple[str, None], ...]:
    """The roads a line names by number, as datelines' (surface, vouched) with vouched None."""
    # (every shape of the hint has a digit: a digit's search is several times cheaper)
    if DIGIT_RE.search(line) is None or ROAD_HINT_RE.search(line) is None:
        return ()
    found = [m[1] or m[2] or m[3] for m in ROAD_CODE_RE.finditer(line) if m[1] not in AIRCRAFT]
    found += [m[1] for m in ROAD_NAME_RE.finditer(line)]
    found += [m[1] for m in ORDINAL_STREET_RE.finditer(line)]
    found += [m[1] for m in US_ROAD_RE.finditer(line)]
    return tuple((road, None) for road in dict.fromkeys(found))


class ParsedLines(list):  # type: ignore[type-arg]
    """A text's parsed lines and the language inflected.written_in read it in (kept with them
    through the packed handoff, which pickles the list and its attribute)."""

    language: str = ""


# A nickname in quotes between a given name and a surname: no part of the person's name.
NICKNAME_RE = re.compile(r"\b([A-Z][^\W\d_]+(?:-[A-Z][^\W\d_]+)?) [\"“][A-Z][\w.'’-]*"
                         r"(?: [A-Z][\w.'’-]*)?[\"”](?= [A-ZÀ-ÖØ-Þ]| (?:van|von|de|da|del|der|du|"
                         r"di|dos|das|le|la|ten|ter|bin|al)\b)")

# The same in brackets ("James Leander (Leo) Nichols"): only a given name, between name words.
PAREN_NICKNAME_RE = re.compile(r"\b([A-Z][^\W\d_]+) \(([A-Z][a-z]+)\)(?= [A-ZÀ-ÖØ-Þ][a-z])")


def _after_prose(lines: list[str], i: int) -> bool:
    """Whether the last line with text before line i ends as a paragraph does."""
    return next((line.rstrip().endswith(PROSE_ENDS) for line in reversed(lines[:i])
                 if line.strip()), False)


PLACE_LINE_MAX = 60
PLACE_LINE_RE = re.compile(r"([A-Z][\w'’ʻ.-]*(?: [A-Z][\w'’ʻ.-]*){0,3}), "
                           r"([A-Z][\w'’ʻ.-]*(?: [A-Z][\w'’ʻ.-]*){0,3})")


def load_tables() -> None:
    """Build what the rules otherwise build at their first use (the small towns, the world's
    languages, the regions, the postal codes): once before a pool forks its workers, which then
    share them, rather than in each worker, and outside the first documents' time."""
    minor_places()
    languages()
    subdivisions()
    postal_codes()


class Detector:
    """Detects people, places and organisations in plain text."""

    def __init__(self, stop_phrases: Iterable[str] = ()) -> None:
        self.lex = lexicon()
        self.stop = frozenset(p.strip().casefold() for p in stop_phrases if p.strip())
        load_tables()

    def detect(self, text: str) -> list[Candidate]:
        """Entities of one document, sorted by type then name."""
        return self._detect(self._parse(text), None)

    def _parse(self, text: str) -> list[Line]:
        """Datelines and capitalised spans of each line (the costly part, done once per text)."""
        out = ParsedLines()
        line_no = -1  # counts lines with text: the reader parts its blocks with blank lines
        lines = text.splitlines()
        french = ("'" in text or "’" in text) and written_in_french(text)
        germanic = not french and written_in_germanic(text)
        romance = not french and not germanic and not lettered(text) and \
            written_in_romance(text)
        other = not (french or germanic or romance) and written_in(text)  # "w Krakowie"
        names = named_words(self.lex, text) if germanic else frozenset()
        out.language = other or ""
        viet = VIET_HINT_RE.search(text) is not None  # ("Nguyễn Văn Tuấn", "Pham Thi Lan")
        viet_text = viet and written_in_vietnamese(text)
        for i, line in enumerate(lines):
            line_no += bool(line.strip())
            if germanic:  # "Bei Untersuchungen der Familie": capitals that are no names
                written, line = line, lowered(line, germanic, self.lex, names)
            streets: list[tuple[str, int, int]] = []
            whole: list[tuple[str, int, int]] = []  # names read whole, any span across them
            claimed: list[tuple[str, int, int]] = []  # names a language's own reading typed
            typed: tuple[tuple[str, str, str], ...] = ()
            if french:
                written, line = line, unelided(line)  # "l'Espagne": the name a token of its own
                streets = french_streets(line, written)
            elif germanic:  # "Hauptstraße", "Landkreis Gotha", "gemeente Tynaarlo"
                streets = germanic_places(written)  # (as written: the same length)
                claimed = germanic_bodies(written, line, self.lex)  # "Landgericht Bielefeld"
                typed = tuple((ORG, b, b) for b, _, _ in claimed)
            elif other:  # "i Sundsvall", "w Krakowie", "v Brně", "Tampereella"
                located = located_places(line, other, self.lex)
                typed = tuple((PLACE, name, surface) for name, surface, _, _ in located)
                claimed = [(surface, a, b) for _, surface, a, b in located]
            elif romance:  # "calle Sarmiento", "via Cimatti", "plaça de Catalunya"; "los
                # cantones Babahoyo, Vinces y Baba"
                streets = romance_streets(line, self.lex.common) + self._noun_list_places(line)
            if viet:  # the family name first, whole: "Nguyễn Văn Tuấn"; "đường Lê Lợi"
                people, named_after = vietnamese_people(line, self.lex.places)
                typed += tuple((PERSON, name, name) for name, _, _ in people)
                whole = people + named_after
            if '"' in line or "“" in line:  # (only capitalised words around it)
                line = NICKNAME_RE.sub(r"\1", line)  # 'Jerome "Jerry" Cayabyab' is Jerome Cayabyab
            bracketed = line  # (an obituary's "Owen (Clara) Roe of Columbus" names a town)
            if ") " in line:
                line = PAREN_NICKNAME_RE.sub(self._paren_nickname, line)
            m = DATELINE_RE.match(line) if line_no < DATELINE_LINES else None
            caps = is_caps_line(line)
            if caps:  # a dateline, a rubric or a briefs item's place ("NEPAL | HERITAGE")
                places = self._datelines(line, m, caps) if m else ()
                places += tuple(p for p in self._caps_line_places(line, line_no < HEADER_LINES,
                                                                  text)
                                if p[0] not in {q[0] for q in places})
                if line_no < SECTION_LINES:  # ("LOCAL NEWS — BUSOGA" is no dateline)
                    places = self._section_place(line) or places
                if places:
                    out.append((places, False, (), (), (), (), ()))
                continue
            datelines = self._datelines(line, m, caps) if m else \
                (self._header_places(line) or self._title_dateline(line) or
                 self._place_line(line) or (self._romance_dateline(line) if romance else ()) or
                 (self._crumb_places(line, romance) if line_no < SECTION_LINES else ())) \
                if line_no < HEADER_LINES else ()
            if datelines and "(" in line and _spelled_out(line.strip()):
                datelines = ()  # "ENA (Ethiopian News Agency)": a body's initials, no town
            if not datelines and (m or line_no >= HEADER_LINES) and ":" in line[:RUBRIC_MAX]:
                datelines = self._rubric_place(line)  # "OMAN: Port welcomes first …"
            datelines += road_numbers(line)
            if ", " in line or " and " in line:
                datelines += listed_company(self.lex, line)
            datelines += travelled(self.lex, bracketed)
            if POSTAL_HINT_RE.search(line):
                datelines += postal_towns(self.lex, line)
            if "(" in bracketed:
                datelines += officials_homes(self.lex, bracketed)
            spans = line_spans(line, self.lex.common)
            if whole:  # ("Ông Nguyễn Văn Tuấn" is no span: the name was read whole)
                spans = tuple(s for s in spans
                              if not any(s[F_START] < b and a < s[F_END] for _, a, b in whole))
            if viet_text:  # ("Theo Sở Kế hoạch", "Khu công nghiệp Quang Châu": no one)
                spans = tuple(s for s in spans
                              if not no_name(list(s[F_TOKENS]), s[F_PREV] or "", self.lex.places))
            if streets:  # "boulevard Dupleix": a street, its name no person's or town's
                datelines += tuple((street, None) for street, _, _ in streets)
            if streets or claimed:  # (the body's town is part of its name; a place's case read)
                spans = tuple(s for s in spans
                              if not any(a <= s[F_START] < b for _, a, b in streets + claimed))
            if line_no >= HEADER_LINES and len(line) < SIGNATURE_MAX and ", " in line and \
                    (i + 1 == len(lines) or not lines[i + 1].strip()) and \
                    _after_prose(lines, i) and \
                    (signed := signature_places(self.lex, line)):
                datelines += signed  # the town is no person ("…, Connor Downs")
                comma = line.index(", ")
                spans = tuple(s for s in spans if s[F_START] < comma)
            if line_no < HEADER_LINES and ":" in line and (cast := cast_people(line, self.lex)):
                out.append((datelines, False, spans, (), cast, (), ()))  # "Hosts: Ann Roe, Tom Lee"
                continue
            sheet = lineup_players(line, self.lex) if ":" in line else None
            if sheet:  # a team sheet: the label's spans only, every item a player
                label, players = sheet
                spans = tuple(s for s in spans if s[F_START] < len(label) + line.find(label))
                out.append((datelines, False, spans, (), players, (label,), ()))
                continue
            out.append((datelines, is_tabular(line), spans, caps_runs(line),
                        scorer_names(line, self.lex), (), typed))
        return out

    def _paren_nickname(self, m: re.Match[str]) -> str:
        """The name words around a bracketed given name, without it ("Leander (Leo) Nichols"):
        a bracketed party, town or other word stays."""
        place = self.lex.places.get(m[2])
        return m[1] if m[2] in self.lex.given and not (place and place.major) and \
            m[1] in self.lex.given | self.lex.surnames else m[0]  # not "(France)"

    def _datelines(self, line: str, m: re.Match[str], caps: bool) -> tuple[tuple[str, bool], ...]:
        """(surface, vouched) of the dateline's place and, when the line is in capitals (so
        its spans are not read), of the country after it; vouched: that country is known."""
        first, *region = dateline_places(line, m)
        if region and len(region[0]) == 2 and region[0].isupper() and \
                region[0] not in postal_codes():
            region = []  # two capitals no state's or province's postal code: a wire's initials
        if region and region[0].endswith(" Pref") and region[0][:-5] in self.lex.places:
            return (first, True), (region[0] + ".", False)  # "NISHINOMIYA, Hyogo Pref. –"
        if line[m.end():m.end() + 1] == ":" and not self._colon_place(first):
            return ()  # "JORDAN: Thank you": a speaker's label, unless a city that names nobody
        if "/" in first:  # "JOHANNESBURG/DURBAN, March 4 (Reuters) -": two towns
            return tuple((part, False) for part in first.split("/") if part)
        known = bool(region) and (region[0] in self.lex.places or region[0] in postal_codes())
        # a weak region after a mixed-case dateline's town ("CHITOSE, Hokkaido —") is cued by
        # the dateline; a strong one the line's spans give anyway
        weak = known and (region[0] in postal_codes() or not self.lex.places[region[0]].strong)
        if not region and (bracket := self._bracket_region(line, m.end())):
            return (first, True), (bracket, False)  # "ALLEPUZ (Teruel), 15 Sep 2025"
        return ((first, known),) + (((region[0], False),) if region and (caps or weak) else ())

    def _bracket_region(self, line: str, end: int) -> str:
        """The listed region in brackets after a dateline's town ("PUERTO MADRYN (Chubut) —",
        "COMODORO RIVADAVIA (Chubut).-"), not a wire's name ("(Reuters)"), or ""."""
        m = BRACKET_RE.match(line, end)
        if m is None or m[1] in WIRE_NAMES:
            return ""
        place = self.lex.places.get(m[1]) or self.lex.places.get(caps_display(m[1]))
        return m[1] if place is not None and not place.major else ""

    def _caps_line_places(self, line: str, header: bool, text: str
                          ) -> tuple[tuple[str, bool], ...]:
        """The listed places of a short line in capitals: a rubric's parts among the first
        lines ("NEPAL | HERITAGE", "AGRIBUSINESS | NORTHERN GHANA"), or anywhere a line holding
        only a place ("HALIFAX" over a briefs item); none that may name a person, and a weak
        one-word place only where the text writes it again ("JUSTICIA" is a section)."""
        parts = [p for p in CAPS_PART_RE.split(line.strip()) if p]
        if not parts or any(p.count(" ") >= RUBRIC_PART_WORDS for p in parts) or \
                not header and parts[0] != line.strip() and len(parts) > 2:
            return ()
        out = []
        for i, part in enumerate(parts):
            name = caps_display(part)
            place = self.lex.places.get(name)
            if place is None and " " in part and not header:
                continue
            if place is None:
                words = part.split(" ")
                country = self.lex.places.get(caps_display(" ".join(words[1:])))
                # "NORTHERN GHANA"; among a rubric's parts any listed place ("NEWS — SOUTH
                # SHROPSHIRE") or a small town ("RÉGIONS | PORO")
                if len(words) > 1 and words[0] in RUBRIC_POSITIONS and country is not None and \
                        (country.major or header and len(parts) > 1):
                    out.append((part, True))
                elif header and len(parts) > 1 and name in minor_places():
                    out.append((part, False))
                continue
            # a rubric's part among the first lines ("ECONOMIA | PUGLIA", "CEARÁ | FÉ") names
            # the story's place; a word's ("NEWS | DERBY") only where the text locates it
            rubric = header and len(parts) > 1
            if i == 0 and len(parts) <= 2 and name.lower() not in self.lex.common and \
                    not place.major and _briefs(text):
                out.append((part, False))  # "MONCTON" over a briefs item among others so
                continue
            if name in self.lex.given or name in self.lex.surnames or \
                    not header and i > 0 and not place.major or \
                    not place.strong and (
                        name.lower() in self.lex.common and not (rubric and
                                                                 _located(name, text)) or
                        " " not in name and not rubric and not _located(name, text)):
                continue
            out.append((part, False))
        return tuple(out)

    def _crumb_places(self, line: str, language: str) -> tuple[tuple[str, None], ...]:
        """The places of a site's breadcrumb above the headline ("Europa Press > Andalucía >
        Economía", "EFE Noticias | Perú", "Braga | Sociedade"): each part a listed place that is
        no plain word, or a country's name in the text's language; the first of three parts or
        more is the outlet ("Los Andes | Sociedad | Vendimia 2024")."""
        parts = CRUMB_RE.split(line.strip())
        if len(parts) < 2 or any(len(p.split()) > RUBRIC_PART_WORDS for p in parts):
            return ()
        local = country_names(language) if language else {}
        return tuple((p, None) for p in parts[len(parts) > 2:]
                     if p in local or p in self.lex.places and p.lower() not in self.lex.common)

    def _section_place(self, line: str) -> tuple[tuple[str, bool], ...]:
        """The area a local paper's section label names above the headline ("NEWS | LOCHABER",
        "LOCAL NEWS — BUSOGA", "TYNEDALE NEWS", "RURAL | CENTRAL WEST"): the part beside the
        section's words, when its words are no English words (or compass words naming a part
        of a country), as a vouched dateline place."""
        parts = [p for p in CAPS_PART_RE.split(line.strip()) if p]
        words = parts[0].split(" ")
        if len(parts) == 1 and len(words) > 1 and words[-1] == "NEWS":
            area = " ".join(words[:-1])
        elif len(parts) == 2 and SECTION_WORDS.issuperset(words) and \
                not SECTION_WORDS.issuperset(parts[1].split(" ")):
            area = parts[1]
        else:
            return ()  # ("NEWYDDION | NEWS": the section's word in another language first)
        names = area.replace("-", " ").split(" ")
        if caps_display(area) in self.lex.places:
            return ()  # a listed place's own rules read it ("BRIEFS — ASIA": Asia, a name too)
        if len(names) > RUBRIC_PART_WORDS or not PLAIN_CAPS_RE.match(area) or any(
                n in SECTION_WORDS or n.lower() in self.lex.common and n not in AREA_WORDS or
                n not in AREA_WORDS and (len(n) < AREA_MIN_LEN or n.title() in WIRE_NAMES or
                                         n.title() in self.lex.given or
                                         n.title() in self.lex.surnames)
                for n in names) or len(names) == 1 and names[0] in AREA_WORDS:
            return ()  # ("NEWS | POLITICS", "NEWS | NORTH", "BBC NEWS", "REUTERS NEWS";
            # "RURAL | CENTRAL WEST" is one)
        return ((area, True),)

    def _header_places(self, line: str) -> tuple[tuple[str, bool], ...]:
        """The listed places of a short header line that states a date ("Dubai, 4 August 2025",
        "Pacific Beat — 11 March 2026, Suva"): each part between separators that is one."""
        if len(line) > HEADER_DATE_MAX and line.count(" | ") < PIPE_PARTS or \
                not HEADER_DATE_RE.search(line):
            return ()  # ("Written by Ann Roe | Madurai | Updated: November 25, 2025 10:42 IST")
        out = []
        for part in HEADER_PART_RE.split(HEADER_DATE_RE.sub(",", line)):
            place = self.lex.places.get(part)
            if place is not None and (place.strong or not (
                    part in self.lex.given or part in self.lex.surnames or
                    part.lower() in self.lex.common)):
                out.append((part, False))
        return tuple(out)

    def _place_line(self, line: str) -> tuple[tuple[str, bool | None], ...]:
        """A header's line of a town and its region alone ("Mwingi, Kitui County", "CHANIA,
        Crete", "Salelologa, Savai'i"): both parts, when one is listed and the other is listed,
        ends in a region's word or can only be a place's name (not a name and a role or outlet:
        "Ann Roe, Staff Writer", "By Ann Roe, Enugu")."""
        if len(line) > PLACE_LINE_MAX or ", " not in line or \
                (m := PLACE_LINE_RE.fullmatch(line.strip())) is None:
            return ()
        kinds = [place_part_kind(self.lex, caps_display(p) if p.isupper() else p) for p in
                 m.groups()]
        if "bad" in kinds or "place" not in kinds or "neutral" in kinds:
            return ()
        return tuple((p, True if p.isupper() else None) for p in m.groups())

    def _title_dateline(self, line: str) -> tuple[tuple[str, bool | None], ...]:
        """A dateline in title case before a dash: a listed place, then a date or a listed
        region ("Telavi, 14 October 2025 — …", "Kingston, Jamaica — …")."""
        m = TITLE_DATELINE_RE.match(line)
        if m is None and (s := TITLE_SOURCE_DATELINE_RE.match(line)) is not None:
            place = self.lex.places.get(s[1])
            return ((s[1], False),) if place is not None and place.strong else ()
        if m is None and (d := DATED_TOWN_RE.match(line)) is not None and \
                self._dated_town(d[1]):
            return ((d[1], False),)  # "Kandy, Aug. 19.", "Gent, 3 maart 2025. …"
        if m is not None and m[1].isupper() and caps_display(m[1]) in self.lex.places:
            return ((m[1], False),) if re.match(r"\d", m[3]) and not m[2] else ()  # "APIA, 9 JULY"
        if m is not None and m[1] not in self.lex.places and not m[2] and \
                re.match(r"\d", m[3]) and self._dated_town(m[1]):
            return ((m[1], None),)  # "Malé, 3 February — …": a town no gazetteer lists
        if m is None or m[1] not in self.lex.places:
            return ()
        region = (m[2] or "").rstrip(", ")
        if region and region not in self.lex.places or not region and not re.search(r"\d", m[3]):
            return ()
        return ((m[1], False),) + (((region, False),) if region else ())

    def _noun_list_places(self, line: str) -> list[tuple[str, int, int]]:
        """The names of a list after a plural place noun (romance.noun_lists); a last name
        followed by "de" and a strong listed place is two ("los barrios Sajonia y Obrero de
        Asunción": Obrero, and the city it lies in)."""
        out = []
        for name, start, end in noun_lists(line):
            head, of, town = name.partition(" de ")
            place = self.lex.places.get(town) if of and name not in self.lex.places else None
            if place is not None and place.strong and " " not in head:
                out += [(head, start, start + len(head)), (town, end - len(town), end)]
            else:
                out.append((name, start, end))
        return out

    def _romance_dateline(self, line: str) -> tuple[tuple[str, None], ...]:
        """A header's dateline in Spanish, Portuguese, Italian or Catalan: a town that can be
        one, maybe a listed region or a country's name in these languages, a day and a month
        ("Córdoba, 15 de octubre (Télam).-", "La Vega, República Dominicana, 5 de febrero")."""
        m = ROMANCE_DATELINE_RE.match(line)
        if m is None or m[1].lower() in WEEKDAYS or not self._dated_town(m[1]):
            return ()
        region = m[2] if m[2] and (m[2] in self.lex.places or any(
            m[2] in country_names(lang) for lang in FUNCTION_WORDS)) else None
        return ((m[1], None),) + (((region, None),) if region else ())

    def _dated_town(self, name: str) -> bool:
        """Whether a name opening a header's date line can be its town: listed, or no person's
        name, word, month, day or news agency."""
        if name in self.lex.places:
            return True
        return not name.isupper() and all(
            w not in self.lex.given and w not in self.lex.surnames and
            w.lower() not in self.lex.common and w not in MONTHS_DAYS and
            w not in WIRE_NAMES for w in name.split())

    def _rubric_place(self, line: str) -> tuple[tuple[str, bool], ...]:
        """A country in capitals heading an item of a round-up ("OMAN: Duqm port welcomes …",
        "SAUDI ARABIA: NEOM cuts …"); one also a person's name only before a headline of three
        words or more with no closing stop ("JORDAN: Thank you." is a speaker's turn)."""
        m = RUBRIC_RE.match(line)
        if m is None:
            return ()
        name = caps_display(m[1])
        place = self.lex.places.get(name)
        if place is None or not (place.major or place.strong and m[2].rstrip().count(" ") >= 2):
            return ()  # (a strong city heads a briefs item too: "ABUJA: Central bank holds rate",
            # "LAGOS: Dangote refinery cuts …" though Lagos is a surname too, checked below)
        if name in self.lex.given or name in self.lex.surnames:
            rest = m[2].rstrip()
            if rest.endswith((".", "?", "!", '"', "”", "…")) or rest.count(" ") < 2:
                return ()
        return ((m[1], False),)

    def _colon_place(self, surface: str) -> bool:
        """Whether capitals before a colon are a dateline's place ("KARACHI: …", "NEW YORK: …"):
        a strong gazetteer place, of two words or else no given name or surname."""
        name = caps_display(surface)
        place = self.lex.places.get(name)
        return place is not None and place.strong and (
            " " in name or not (name in self.lex.given or name in self.lex.surnames))

    def _detect(self, lines: list[Line], evidence: Evidence | None) -> list[Candidate]:
        """Entities of one parsed document, helped by corpus evidence when given."""
        return self._read(lines, evidence).candidates()

    def _read(self, lines: list[Line], evidence: Evidence | None) -> DocReader:
        """A document state that has read every parsed line."""
        doc = DocReader(self, evidence)
        doc.lines = lines
        doc._inflected_text = getattr(lines, "language", None)
        for line in lines:
            doc.read_line(line)
        return doc

    def scan(self, text: str) -> DocScan:
        """First pass over one document: its entities alone, its people, the evidence it reads."""
        return self._scan(self._parse(text))

    def _scan(self, lines: list[Line]) -> DocScan:
        """DocScan of a parsed document."""
        doc = self._read(lines, None)
        cands = doc.candidates()
        tokens = {tok for _, _, spans, *_ in lines for fields in spans
                  for tok in fields[F_TOKENS]}
        return DocScan(tuple(cands), tuple(c.name for c in cands if c.type == PERSON),
                       frozenset(tokens | doc.asked), frozenset(doc.asked))

    def scan_packed(self, text: str) -> tuple[DocScan, bytes]:
        """scan, and the parsed lines packed for resolve_packed (so they are not parsed again)."""
        lines = self._parse(text)
        return self._scan(lines), pack_lines(lines)

    def resolve(self, text: str, scan: DocScan, evidence: Evidence) -> list[Candidate]:
        """Second pass: the entities of text (whose scan is given) helped by corpus evidence."""
        if scan.settled(evidence):
            return list(scan.candidates)
        return self._detect(self._parse(text), evidence)

    def resolve_packed(self, packed: bytes, scan: DocScan, evidence: Evidence
                       ) -> list[Candidate]:
        """resolve for a text that scan_packed read, from its packed lines."""
        if scan.settled(evidence):
            return list(scan.candidates)
        return self._detect(pickle.loads(packed), evidence)

    def _resolve(self, lines: list[Line], scan: DocScan, evidence: Evidence) -> list[Candidate]:
        """resolve for a parsed document."""
        if scan.settled(evidence):
            return list(scan.candidates)
        return self._detect(lines, evidence)


BRIEFS_MIN = 3  # lines in capitals naming only a listed place that make a text a briefs page
CAPS_PLACE_LINE_RE = re.compile(r"^[A-Z][A-Z.'’ -]{2,30}(?:, [A-Z][A-Za-z.]{1,5})?$", re.M)


def _spelled_out(line: str) -> bool:
    """Whether a line is initials and, in brackets, the name they stand for ("ENA (Ethiopian
    News Agency)")."""
    m = INITIALS_SPELLED_RE.fullmatch(line)
    return m is not None and "".join(w[0] for w in m[2].split() if w[:1].isupper()) == m[1]


@functools.lru_cache(maxsize=8)  # (asked for each line in capitals of one text)
def _briefs(text: str) -> bool:
    """Whether a text is a page of briefs, each item headed by its town in capitals alone on a
    line ("HALIFAX", "MONCTON", "SYDNEY, N.S."): three such lines naming listed places."""
    places = lexicon().places
    lines = (m[0].split(",")[0] for m in CAPS_PLACE_LINE_RE.finditer(text))
    return sum(caps_display(line) in places for line in lines) >= BRIEFS_MIN


def _located(name: str, text: str) -> bool:
    """Whether the text puts something in a place so named ("in Puglia"; not "Corte de
    Justicia de Pichincha", a body's word)."""
    return re.search(rf"\b(?:in|near|outside|around|across|from|to|of|at|on) (?:the )?"
                     rf"{re.escape(name)}\b(?! [A-Z])", text) is not None


def pack_lines(lines: list[Line]) -> bytes:
    """Parsed lines as bytes, without the lines that hold nothing to read (smaller to send)."""
    # Plain tuples of str/bool/int pickle and load several times faster than parsing again.
    kept = ParsedLines(line for line in lines
                       if line[0] or line[2] or line[3] or line[4] or line[6])
    kept.language = getattr(lines, "language", "")
    return pickle.dumps(kept, protocol=pickle.HIGHEST_PROTOCOL)


def detect_corpus(texts: Mapping[str, str],
                  detector: Detector | None = None) -> dict[str, list[Candidate]]:
    """Detect over many docs, using cross-document evidence (a person in one doc helps another)."""
    det = detector or Detector()
    parsed = {key: det._parse(texts[key]) for key in sorted(texts)}
    scans = {key: det._scan(lines) for key, lines in parsed.items()}
    evidence = build_evidence(scans.values())
    return {key: det._resolve(lines, scans[key], evidence) for key, lines in parsed.items()}
