"""German and Dutch texts: their language, and the capitals that are no names.

German writes every noun with a capital and both languages open sentences with capitalised
articles and prepositions ("Bei Untersuchungen …", "Eine Familie …", "Von Anna Roe" as a
byline's "by"), so the English reading of capitals finds people in them. Before a German or
Dutch line is parsed, its closed-class words and its frequent common nouns are written in lower
case: what remains capitalised is a name, a place or a word the language's frequency list does
not hold. Names are kept: a word the lexicon lists as a given name, surname or place, and a word
the document writes after a given name ("Angela Merkel … Merkel sagte").
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

from .inflected import zipf
from .lexicon import TITLE_HEADS, Lexicon
from .romance import local_country_names

# Function words each language has and English (and the other) mostly does not.
FUNCTION_WORDS = {
    "de": frozenset("und der die das ist nicht mit auf für dem den sich auch wird wurde nach bei "
                    "einer eine sind noch wie über zum zur vom im durch werden hat".split()),
    "nl": frozenset("het een van niet met zijn voor ook werd naar bij deze wordt maar zijn "
                    "heeft hebben door dat wat nog tot uit".split()),
}
WORD_RE = re.compile(r"[a-zäöüßéèëïij]+")
LANGUAGE_SAMPLE = 3000  # characters read to tell a text's language
ENGLISH = frozenset("the and of is was with for that this are".split())
# Closed-class words a sentence may open with, capitalised: never a name's first word here
# (not the particles "van", "de", "von", "ter": "Van Dijk", "De Boer" are names).
CLOSED = {
    "de": frozenset(
        "der die das dem den des ein eine einer eines einem einen kein keine bei mit nach aus "
        "auf für über unter vor hinter neben zwischen seit während wegen trotz laut gegen ohne "
        "um am im zum zur vom beim ins ans durch bis als auch nur noch dann doch schon so wie "
        "wenn weil dass ob und oder aber sondern denn dieser diese dieses diesem diesen jeder "
        "jede jedes alle viele mehrere einige mein meine sein seine ihr ihre unser unsere euer "
        "es er sie wir ich man wer was wo wann warum hier dort da nun jetzt heute gestern morgen "
        "damit dabei dazu danach davor darum deshalb daher trotzdem außerdem zudem inzwischen "
        "bereits rund etwa knapp fast".split()),
    "nl": frozenset(
        "het een bij met voor op in uit naar door over onder tegen tussen sinds na tijdens "
        "volgens zonder om aan tot deze dit die dat ook maar en of want als toen wanneer omdat "
        "hoe wie wat waar er hij zij ze we wij ik men zijn haar hun ons onze mijn elke iedere "
        "alle veel enkele hier daar nu vandaag gisteren morgen daarom daarna inmiddels bovendien "
        "ongeveer bijna ruim".split()),
}
BY_WORDS = frozenset(("Von", "Door"))
NEXT_RE = re.compile(r" ([A-ZÄÖÜ][\w-]+)")
OF_PLACE_RE = re.compile(r" (?:von|van) [A-ZÄÖÜ]")
# Locatives before a place's name ("in Gotha", "nach Herford", "aus Basel", "naar Tiel"); not
# "von", "van": also a name's particle.
LOCATIVES = {"de": frozenset("in nach aus bei nahe zwischen bis ab im".split()),
             "nl": frozenset("in naar uit bij nabij tussen vanuit richting".split())}
# German bodies written as one word ("Landgericht", "Landratsamt", "Bauernverband").
BODY_WORD_RE = re.compile(r"\w{3,}(?:gericht|gerichts|amt|amts|ministerium|verband|verein|"
                          r"behörde|kammer|direktion|verwaltung|polizei)$")
# An area's noun, before its name ("Kanton Bern", "gemeente Tynaarlo"): no name itself.
AREA_NOUNS = frozenset("landkreis kreis bezirk kanton gemeinde ortsteil stadtteil provincie "
                       "gemeente deelgemeente".split())
COMMON_ZIPF = 3.0  # a word this frequent in the language (wordfreq) is a common word there
CAP_RE = re.compile(r"(?<![\w'’-])([A-ZÄÖÜ][a-zäöüßéèëï]+)(?![\w'’-])")
PARTICLES = r"(?:(?:van|von|vom|zu|de|der|den|ter|ten|te|in ['’]t|['’]t) )*"
GIVEN_THEN_RE = re.compile(rf"(?<![\w'’-])([A-ZÄÖÜ][a-zäöüßéèëï-]+)(?= {PARTICLES}"
                           rf"([A-ZÄÖÜ][\wäöüß'’-]+))")  # (overlapping: "Geigerin Lea Roe")
# A surname after a capitalised particle: "Van der Meer", "De Wit", "Ter Veen".
PARTICLED_RE = re.compile(rf"(?<![\w'’-])(?:Van|Von|De|Den|Der|Ter|Ten|Te) {PARTICLES}"
                          rf"([A-ZÄÖÜ][\wäöüß'’-]+)")
# A name after a locative: a place's ("in Österreich", "nach Herford", "naar Tiel").
LOCATED_RE = re.compile(r"(?<![\w'’-])(?:in|nach|aus|naar|uit) ([A-ZÄÖÜ][\wäöüß'’-]+)")
# A team sheet or a results line: a label, then names between commas, semicolons and dashes.
LIST_LINE_RE = re.compile(r"^[^:]{1,40}:(?:[^,;]*[,;]){3}")


def written_in_germanic(text: str) -> str:
    """"de" or "nl" when the text's function words are mostly that language's, else ""."""
    return germanic_language(WORD_RE.findall(text[:LANGUAGE_SAMPLE].lower()))


def germanic_language(words: list[str]) -> str:
    """"de" or "nl" when these lowercase words' function words are mostly that language's."""
    seen = Counter(words)  # (each table's words looked up once, not each word in each table)
    counts = {lang: sum(seen[w] for w in table) for lang, table in FUNCTION_WORDS.items()}
    lang = max(counts, key=counts.__getitem__)
    others = sum(n for k, n in counts.items() if k != lang) + sum(seen[w] for w in ENGLISH)
    return lang if counts[lang] >= 5 and counts[lang] > 2 * others else ""


def named_words(lex: Lexicon, text: str) -> frozenset[str]:
    """The words a document writes after a listed given name ("Angela Merkel", "Sandra de
    Wit") or a capitalised particle ("Van der Meer"), or after a locative ("in Österreich"),
    and countries' names in the languages the detector reads: names, however common."""
    return frozenset(m[2] for m in GIVEN_THEN_RE.finditer(text) if _given(lex, m[1])) | \
        frozenset(m[1] for m in PARTICLED_RE.finditer(text)) | \
        frozenset(m[1] for m in LOCATED_RE.finditer(text) if _proper(m[1])) | \
        local_country_names()


def _given(lex: Lexicon, word: str) -> bool:
    """Whether a word is a given name, or two joined by a hyphen ("Jan-Willem")."""
    return word in lex.given or "-" in word and all(p in lex.given for p in word.split("-"))


def lowered(line: str, lang: str, lex: Lexicon, names: Iterable[str]) -> str:
    """The line with its capitalised function words and frequent common nouns in lower case
    (same length, so offsets hold)."""
    if not lang or LIST_LINE_RE.match(line):
        return line  # (a team sheet's names: "RWO: Richter – Kowalski, Brandt, Heuer, …")
    names = frozenset(names)

    def low(m: re.Match[str]) -> str:
        word = m[1]
        if word in BY_WORDS and (after := NEXT_RE.match(line, m.end())) and after[1] in lex.given:
            return word.lower()  # "Von Anna Roe", "Door Jan Roe": a byline's "by"
        if line[max(0, m.start() - 4):m.start()] == "vom " and word not in lex.surnames:
            return word.lower()  # "Roe vom Turngau Ortenau": "of the", no name's particle
        if word in TITLE_HEADS and OF_PLACE_RE.match(line, m.end()):
            return word.lower()  # "Bürgermeister von Pörtschach": the office of a town
        return word.lower() if _common(word, lang, lex, names) else word

    return CAP_RE.sub(low, line)


def _common(word: str, lang: str, lex: Lexicon, names: frozenset[str]) -> bool:
    """Whether a capitalised word of a German or Dutch text is one of its common words."""
    lower = word.lower()
    if lower in CLOSED[lang] or lower in AREA_NOUNS or lang == "de" and BODY_WORD_RE.search(lower):
        return True  # ("Bei", "Eine"; "Roe vom Bauernverband": a body's word, no name's)
    if word in names or _given(lex, word) or word in lex.surnames or word in lex.places or \
            word in TITLE_HEADS:  # ("Frau Roe", "Bürgermeister Roe": a title's cue kept)
        return False
    return zipf(lower, lang) >= COMMON_ZIPF


def _street_word(word: str) -> bool:
    """Whether a street-shaped word is a kind of road ("Bundesstraße 88"), or a common word of
    German or Dutch with a loose street's end ("Radweg", "opslaan"); "Hauptstraße", frequent
    as it is, names a town's street."""
    return word.replace("ß", "ss") in ROAD_KINDS or word.endswith(LOOSE_ENDS) and (
        zipf(word, "de") >= COMMON_ZIPF or zipf(word, "nl") >= COMMON_ZIPF)


def _proper(word: str) -> bool:
    """Whether a capitalised word after a locative reads as a name, not a German noun ("in
    Klagenfurt", not "in Führung"): English writes it too (names cross languages, nouns do
    not), not far less often than German does."""
    lower = word.lower()
    english = zipf(lower, "en")
    return english >= 1.0 and english >= zipf(lower, "de") - 2.5


# A street, square or quay written as one word with its noun at the end: "Hauptstraße",
# "Conrad-von-Hötzendorf-Straße", "Am Markt" is not one; Dutch "Kerkstraat", "Dorpsplein".
STREET_RE = re.compile(r"(?<![\w'’-])([A-ZÄÖÜ][\wäöüß.'’-]*?(?:straße|strasse|str\.|gasse|weg|"
                       r"platz|allee|damm|ufer|straat|plein|laan|gracht|kade|steeg|singel))"
                       r"(?![\w'’-])")
LOOSE_ENDS = ("weg", "ufer", "damm", "laan", "kade", "singel", "steeg")
ROAD_KINDS = frozenset("bundesstrasse landstrasse landesstrasse kreisstrasse staatsstrasse "
                       "kantonsstrasse passstrasse durchgangsstrasse umfahrungsstrasse "
                       "gemeindestrasse ortsstrasse hauptverkehrsstrasse nebenstrasse "
                       "seitenstrasse rijksweg snelweg".split())
# An area's noun before its name: "Landkreis Gotha", "Bezirk Leibnitz", "Kanton Aargau",
# "gemeente Tynaarlo", "provincie Gelderland" (the noun maybe written in lower case above).
AREA_RE = re.compile(r"(?<![\w'’-])(?i:landkreis|kreis|bezirk|kanton|gemeinde|ortsteil|"
                     r"stadtteil|provincie|gemeente|deelgemeente)\s+([A-ZÄÖÜ][\wäöüß'’-]+"
                     r"(?:\s(?:am|an der|im|ob der|bei|in der|aan den|aan de|op)\s"
                     r"[A-ZÄÖÜ][\wäöüß'’-]+)?)")


def germanic_places(line: str) -> list[tuple[str, int, int]]:
    """The streets a German or Dutch line names as one word, and the areas it names after their
    noun: (surface, start, end)."""
    return [(m[1], m.start(1), m.end(1)) for m in STREET_RE.finditer(line)
            if not _street_word(m[1].lower())] + \
        [(m[1], m.start(1), m.end(1)) for m in AREA_RE.finditer(line)]


# The end of a German body's one-word name, or a Dutch body's noun ("Staatsanwaltschaft",
# "Polizeiinspektion", "Landratsamt", "Stadtwerke", "Rechtbank", "Waterschap").
BODY_ENDS = (r"gericht|gerichtshof|anwaltschaft|amt|inspektion|präsidium|polizei|ministerium|"
             r"verband|verein|kammer|direktion|verwaltung|behörde|stiftung|werke|sparkasse|"
             r"hochschule|universität|akademie|orchester|feuerwehr|rettung|genossenschaft|"
             r"gewerkschaft|klinikum|revier|betrieb|departement|rechtbank|gerechtshof|politie|"
             r"politiezone|brandweer|waterschap|veiligheidsregio|stichting|vereniging|"
             r"universiteit|hogeschool|hoogheemraadschap|ministerie|planbureau")
BODY_WORD = rf"(?:[A-ZÄÖÜ][a-zäöüß]*(?:{BODY_ENDS})|" + \
    "|".join(e.capitalize() for e in BODY_ENDS.split("|")) + ")"  # ("Polizei", "Rechtbank")
# An adjective before a body's word: a land's, or what kind it is ("Hessisches Ministerium",
# "Freiwillige Feuerwehr").
BODY_ADJECTIVE = r"(?:([A-ZÄÖÜ][a-zäöü]+(?:e|es|er|en)) )?"
NAME_WORD = r"[A-ZÄÖÜ][\wäöüß'’]+(?:-[A-ZÄÖÜ][\wäöüß'’]+)*"
# A body's word, then its place or name ("Landgericht Bielefeld", "Rechtbank Midden-Nederland",
# "Heimatverein Burg (Spreewald)"); or a town's adjective before it ("Thüringer Polizei").
BODY_NAMED_RE = re.compile(rf"(?<![\w'’-]){BODY_ADJECTIVE}({BODY_WORD}) ({NAME_WORD}"
                           r"(?: \([A-ZÄÖÜ][\wäöüß-]+\))?)(?![\w'’-])")
BODY_OF_RE = re.compile(rf"(?<![\w'’-])([A-ZÄÖÜ][a-zäöü]+er) ({BODY_WORD})(?![\w'’-])")
# A body's word and its field ("Bundesamt für Umwelt", "Ministerium für Wissenschaft und
# Forschung, Kunst und Kultur", "Ministerie van Infrastructuur en Waterstaat").
FIELD = rf"[A-ZÄÖÜ][\wäöüß'’]+-?"
BODY_FOR_RE = re.compile(rf"(?<![\w'’-]){BODY_ADJECTIVE}({BODY_WORD}) (?:für|van|voor) "
                         rf"{FIELD}(?:(?:, | und | en ){FIELD})*(?![\w'’-])")


def germanic_bodies(line: str, lowered_line: str, lex: Lexicon) -> list[tuple[str, int, int]]:
    """The bodies a German or Dutch line names by their word and a name (surface, start, end):
    the name still capitalised once the line's common words are lowered, or a known place."""
    out = [_listed(_whole(m), line, lex) for m in BODY_FOR_RE.finditer(line)]
    out += [_whole(m) for m in BODY_NAMED_RE.finditer(line)
            if _named(m[3], m.start(3), lowered_line, lex) and not _inside(m, out)]
    out += [(m[0], m.start(), m.end()) for m in BODY_OF_RE.finditer(line)
            if _town_adjective(m[1], lex) and not _inside(m, out)]
    return out


def _whole(m: re.Match[str]) -> tuple[str, int, int]:
    """The body's name, with its adjective unless that opens the sentence as an article ("Die")."""
    if m[1] and m[1].lower() in CLOSED["de"] | CLOSED["nl"]:
        return m[0][m.start(2) - m.start():], m.start(2), m.end()
    return m[0], m.start(), m.end()


def _listed(body: tuple[str, int, int], line: str, lex: Lexicon) -> tuple[str, int, int]:
    """The body without a last item after a comma that opens a name ("… für Digitales und
    Verkehr, Henning Schneider (SPD)")."""
    name, start, end = body
    head, sep, last = name.rpartition(", ")
    if sep and (last in lex.given or re.match(r" [A-ZÄÖÜ]", line[end:])):
        return head, start, start + len(head)
    return body


def _inside(m: re.Match[str], found: list[tuple[str, int, int]]) -> bool:
    return any(a <= m.start(m.lastindex or 0) < b for _, a, b in found)


def _named(name: str, start: int, lowered_line: str, lex: Lexicon) -> bool:
    first = name.split("-")[0].split()[0]
    return first in lex.places or lowered_line[start:start + 1].isupper() and \
        first.lower() not in CLOSED["de"] | CLOSED["nl"]


def _town_adjective(word: str, lex: Lexicon) -> bool:
    """A town's or a land's adjective ("Berner", "Thüringer", "Wuppertaler")."""
    stem = word[:-2]
    return stem in lex.places or stem + "en" in lex.places
