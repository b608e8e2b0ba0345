"""Context cues around a span: titles, roles, speech, locatives, dates, results lines."""

from __future__ import annotations

import re
from collections.abc import Sequence

from .lexicon import (AREA_ADJECTIVES, DATE_PREPS, HONORIFIC_PAIRS, LOCATIVE_PREPS, MONTHS_DAYS,
                      PLACE_NOUNS, ROLE_NOUNS, ROMANCE_ROLE_NOUNS, SPEECH_VERBS, TITLE_HEADS,
                      TITLE_MODIFIERS, TITLE_WORDS)
from .spans import Span

AGE_RE = re.compile(r"^year-old$")
ROLE_PREFIXES = ("co-", "vice-", "ex-", "deputy-")
ELIDED_RE = re.compile(r"^(?:[LlDd]|[Dd]ell|[Aa]ll|[Nn]ell|[Ss]ull|[Dd]all)['’]")  # "l'alcalde"
# One-word honorifics that are also surnames elsewhere (Indonesian "Pak", "Bu"; French "Maître").
SOFT_HONORIFICS = frozenset("Pak Bapak Bu Ibu Maître Maitre Elder Pastor Deacon".split())
# Ethiopia's "Mr" and "Mrs" (Amharic "Ato", "Woizero"; Oromo "Obbo", "Aadde"), before a given name
# and a father's name; "Ato" is a given name too ("Ato Boldon"): only before two more words.
ETHIOPIAN_HONORIFICS = frozenset("Ato Woizero Weizero Wro Obbo Aadde".split())
ABBREVIATION_RE = re.compile(r"[A-Z]{2,5}$")  # "UN", "NATO": an owner's initials
REGION_AFTER_RE = re.compile(r"(?:,? (?:and |or )?[A-Z][\w'’-]+)* "
                             r"(?:[Rr]egions|[Oo]blasts|[Pp]rovinces|[Kk]rais|[Tt]erritories|"
                             r"[Gg]overnorates|region|oblast|province|krai|territory|"
                             r"governorate|districts?)\b")
PLACE_WORDS = frozenset("County Junction Abbey Castle Manor Chapel Heights Springs Falls Harbour "
                        "Harbor".split())  # end a place or club name, not a surname
MINUTE_RE = re.compile(r" \(?\d{1,3}(?:st|nd|rd|th)(?: min(?:ute)?s?)?(?=[,;)]| pen| and \d)")
NATION_RE = re.compile(r" \(([A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,2})\)"
                       r"(?! \d{1,2}\b(?![.:,]\d))")
# (a team's score may follow, "Ruch (Poland) 5 ...": only other results make a person)
PLAIN_CAPS_RE = re.compile(r"^[A-Z]{3,}(?:[ -][A-Z]{3,})?$")
APPOSITIVE_RE = re.compile(r", (?:the |a |an |[a-z-]+'s )?(?:[a-z-]+ ){0,2}?([a-z]+)(?: of| at| for"
                           r"| in|,|\.|$)")
APPOSITIVE_ROLES = frozenset("official officer scientist expert professor researcher engineer "
                             "doctor teacher student worker resident farmer lecturer head "
                             "chairman president director".split())
# Occupations and roles only a person has, before a name ("novelist Ayobami Adebayo") or in an
# apposition after it (", a novelist,"): a name with unlisted given names is a person there.
# Not words that are also common surnames (Bishop, Cook, Baker, Farmer, Mason, Porter, Pope)
# nor roles a company or country can fill (publisher, host, partner, sponsor).
PERSON_NOUNS = frozenset(
    "novelist poet playwright artist painter sculptor photographer filmmaker composer musician "
    "pianist violinist guitarist drummer rapper comedian dancer choreographer designer "
    "architect historian philosopher sociologist psychologist physicist chemist biologist "
    "mathematician astronomer archaeologist anthropologist linguist surgeon physician nurse "
    "dentist pharmacist paramedic midwife psychiatrist therapist midfielder sprinter swimmer "
    "boxer cyclist skier wrestler golfer footballer cricketer athlete gymnast referee umpire "
    "diplomat politician lawmaker legislator campaigner organiser organizer volunteer "
    "entrepreneur investor banker economist accountant consultant executive inventor scholar "
    "priest imam rabbi pastor cleric monk nun soldier sergeant lieutenant colonel pilot "
    "advocate barrister solicitor "
    "astronaut detective investigator constable firefighter student pupil graduate grandmother "
    "grandfather granddaughter grandson niece aunt girlfriend boyfriend fiancee fiance victim "
    "survivor witness suspect defendant plaintiff prisoner detainee hostage refugee migrant "
    "protester demonstrator villager neighbour neighbor columnist reporter presenter "
    "broadcaster blogger translator curator librarian chef trader vendor hawker retiree "
    "pensioner shopkeeper homeowner commuter fisherman welder labourer laborer miner electrician "
    "plumber carpenter mechanic schoolteacher headteacher headmaster headmistress instructor "
    "tutor councillor councilor magistrate barrister solicitor paralegal forester geologist "
    "virologist epidemiologist meteorologist hydrologist ecologist environmentalist "
    "whistleblower cinematographer screenwriter newcomer elder substitute paceman seamer boss "
    "star veteran general "  # "secretary general Ada Obi"
    "researcher scientist engineer farmer teacher lecturer academic "
    "specialist coordinator resident caretaker ranger herder shepherd surveyor planner "
    "agronomist botanist zoologist oceanographer glaciologist volcanologist seismologist "
    "statistician demographer strategist lobbyist negotiator mediator auditor headman "
    "headwoman chieftain parliamentarian selector".split())
# After a name: an age in apposition ("Jane Roe, 34, of Leeds"), a relative clause only people
# take ("Jane Roe, who …"; bodies take "which"), or speech about oneself ("Jane Roe said she …").
PERSON_AFTER_RE = re.compile(r", (?:(?:aged )?\d{1,3},|who\b|an? \d{1,3}-year-old\b)"
                             r"| \((?:born|b\.|aged|née|nee)\b"
                             r"| \(\d{1,3}\)| (?:said|says|told|added) (?:he|she|his|her)\b"
                             r"|, (?:said|says|told|added)\b")  # "The minister, Ada Obi, said"
# An apposition's first words ("Jane Roe, a trader heading home, said"): up to three lowercase
# words before a preposition or the clause's end.
APPOSITION_WORDS_RE = re.compile(r", (?:a|an|the) (?:[A-Z][a-z]+ )?((?:[a-z-]+ ?){1,3})")
# (a nationality or a town may come first: "Zeca Roe, the Angolan singer whose …")
APPOSITION_STOPS = frozenset("of in at for to from with on who which that and or by".split())
CLAUSE_END = frozenset(('', ',', '.', ';', ':', '"', '”', ')', '!', '?'))
# Verbs that open questions ("Will Rosneftegaz pay?") and are also given names.
AUXILIARIES = frozenset("Will Can May Might Must Shall Should Would Could Did Does Do Is Are Was "
                        "Were Has Have Had".split())
PATRONYMIC_RE = re.compile(r"(?:ovich|evich|ovna|evna|ichna)$")
REGION_NOUN_AFTER_RE = re.compile(r" (?:province|district|river|valley|valleys|coast|coastline|"
                                  r"peninsula|delta|region|governorate|oblast|prefecture|ward|"
                                  r"constituency|borough|parish|township|suburb|neighbou?rhood|"
                                  r"area|upazila|tehsil|taluk|taluka|mandal|woreda|kebele|"
                                  r"barangay|canton|arrondissement|voivodeship|okrug|raion|"
                                  r"rayon|municipality|commune|aimag|soum)\b")  # Mongolia's
# provinces and their districts ("Tuv aimag", "Bulgan soum")
# After a name in a results table: a standings row (six or more numbers) or a score line's first
# team ("Gloria Bistrita (Romania) 2 Valletta (Malta) 1"): the name is a team, not a person.
TEAM_ROW_RE = re.compile(r"(?: \([A-Z][\w .'-]*\))?(?:(?: +\d{1,3}){6,}\s*$"
                         r"| \d{1,2} [A-Z][^\d]{0,40}? \d{1,2}\s*$)")
COMPANY_AFTER_RE = re.compile(r"(?: &| and) Co\b|,? (?:Inc|Corp|Ltd|Plc|PLC|LLC|AG|SA|NV|GmbH)\b")
NUMBER_AFTER_RE = re.compile(r"[ -]\d")
# A one- or two-digit number closing a clause is part of a name ("Rustavi 2", a channel), not
# a date, a score ("2-0") or a tally ("326 all out").
NAMED_NUMBER_RE = re.compile(r" \d{1,2}(?:[,;)]| (?:channel|TV|television)\b|\.?$)")
# Roles that work at a body ("an analyst at Mizuho", "a strategist at Nomura").
WORKPLACE_ROLES = frozenset("strategist strategists analysts economists researcher researchers "
                            "scientist scientists professor lecturer fellow partner employee "
                            "employees staff worker workers intern".split())
# Before "the" and a weak place: not "from", "at" ("suspended from the Commonwealth": a body).
THE_PLACE_PREPS = frozenset("in near off across throughout into inside outside along towards "
                             "beyond".split())
PLACES_PLURALS = frozenset("villages towns cities areas districts suburbs neighbourhoods "
                           "neighborhoods communities settlements regions provinces counties "
                           "ports islands places".split())
# Verbs of moving house or fleeing before "to" and a place (not "went to", "sold to", "talked to").
MOTION_VERBS = frozenset("moved relocated fled flee fleeing evacuated emigrated migrated "
                         "deported displaced returned moving relocating diverted drifted "
                         "travelled traveled flew sailed drove commute commuted travel travels "
                         "travelling traveling sail sailing fly flying drive driving headed "
                         "heading "
                         # travel nouns: "flights to Shannon", "the crossing to Lochmaddy"
                         "flights flight trips trip ferry ferries crossing sailings journey "
                         "route road roads highway motorway railway train trains bus buses "
                         # carried there, or a direction: "driven to Jökulsárlón", "taken to
                         # Bebek", "head south to La Boca"
                         "driven taken airlifted retired walked marched "
                         "rushed hiked cycled north south east west boats boat "
                         # "want us to move to Mulund", "the trail to Ausangate"
                         "move trail trails".split())
THE_PLACE_END_RE = re.compile(r"\s*(?:$|[.,;:!?)])| (?:on|in|at|for|to|from|with|and|or|where|"
                              r"near|off|since|during|until|after|before|this|last|next|when|"
                              r"while)\b")
COORDINATED_RE = re.compile(r",? (?:and|or) [A-Z]")
# "from Oban to Mull": a route's two ends, both places once the first is one.
FROM_TO_RE = re.compile(r" to [A-Z]")


def title_run(tokens: Sequence[str]) -> tuple[int, int] | None:
    """(start, end) of the first run of title words ending in a title head, if any."""
    pair = honorific_pair(tokens)
    if pair is not None:
        return pair
    if TITLE_WORDS.isdisjoint(tokens):
        return None
    n = len(tokens)
    for i in range(n):
        if tokens[i] not in TITLE_HEADS and tokens[i] not in TITLE_MODIFIERS:
            continue
        j = i
        while j < n and (tokens[j] in TITLE_HEADS or tokens[j] in TITLE_MODIFIERS):
            j += 1
        if any(tokens[k] in TITLE_HEADS for k in range(i, j)):
            last_head = max(k for k in range(i, j) if tokens[k] in TITLE_HEADS)
            if last_head + 2 < n and (tokens[last_head].rstrip("'’"), tokens[last_head + 1]) \
                    in HONORIFIC_PAIRS:
                return i, _past_chained(tokens, last_head + 2)  # "Police Datuk Seri Kamarul
                # ...": the pair's "Seri"
            return i, last_head + 1
    return None


# Titles a Malay honorific pair goes on with before the name.
CHAINED_TITLES = frozenset(("Dr", "Prof", "Ir", "Haji", "Hajah", "Ustaz"))


def _past_chained(tokens: Sequence[str], end: int) -> int:
    """The end of an honorific pair's run past the titles it goes on with ("Datuk Seri Dr Ahmad
    Zahid Hamidi", "Tan Sri Prof Ann Roe"), a word of the name left at least."""
    while end < len(tokens) - 1 and tokens[end].rstrip(".") in CHAINED_TITLES:
        end += 1
    return end


def honorific_pair(tokens: Sequence[str]) -> tuple[int, int] | None:
    """(start, end) of an honorific opening the tokens ("Tan Sri", "Dato' Seri", "Pak")."""
    if len(tokens) > 2 and (tokens[0].rstrip("'’"), tokens[1]) in HONORIFIC_PAIRS:
        return 0, _past_chained(tokens, 2)
    if len(tokens) > 1 and tokens[0] in SOFT_HONORIFICS and "-" not in tokens[1]:
        return 0, 1  # "Pak Bambang"; a Korean "Pak Se-ri" is a surname and a given name
    if len(tokens) > 2 and tokens[0] in ETHIOPIAN_HONORIFICS:
        return 0, 1  # "Ato Dawit Haile-Mariam"
    return None


def date_context(span: Span) -> bool:
    """Whether a month name is used as a date ("in May", "May 15")."""
    return span.prev_word.lower() in DATE_PREPS or span.next_text.lstrip()[:1].isdigit()


def locative(span: Span) -> bool:
    """Whether a locative preposition or place noun precedes the span ("in Mobile")."""
    prev = span.prev_word.lower()
    if prev in LOCATIVE_PREPS:
        return True
    if prev == "the":  # "in the Red Sea", not "in the Canadian bond market"
        return span.prev_prev.lower() in THE_PLACE_PREPS and \
            THE_PLACE_END_RE.match(span.next_text) is not None
    if prev == "as":  # "as far as Nilambur", "as far away as Maumere"
        return span.prev_prev.lower() in ("far", "away")
    if prev in ("including", "like"):  # "villages including Klatanlo", "towns like Huntly"
        return span.prev_prev.lower() in PLACES_PLURALS
    if prev in AREA_ADJECTIVES:  # "in north Queensland", "across rural Wayanad", "the
        # eastern Free State"
        return span.prev_prev.lower() in LOCATIVE_PREPS or span.prev_prev.lower() == "the" \
            and THE_PLACE_END_RE.match(span.next_text) is not None
    if prev == "to":  # "moved to Belconnen", "fled to Rafah"
        return span.prev_prev.lower() in MOTION_VERBS
    return prev == "of" and span.prev_prev.lower() in PLACE_NOUNS


def at_workplace(span: Span) -> bool:
    """ "analyst at Mizuho", "Matsumoto at Mizuho": "at" after a role or a name names where
    someone works, not where something is."""
    if span.prev_word != "at" or not span.prev_prev:
        return False
    before = span.prev_prev
    return before.lower() in ROLE_NOUNS or before.lower() in PERSON_NOUNS or \
        before.lower() in WORKPLACE_ROLES or before[:1].isupper() and before[1:].islower()


def table_heading_place(span: Span) -> bool:
    """A place in a table row that is not a team: "(Cuba)", "At Leicester: ..."."""
    nxt = span.next_text[:1]
    return nxt == ")" or (nxt == ":" and span.prev_word.lower() in LOCATIVE_PREPS)


def name_goes_on(span: Span) -> bool:
    """Whether a longer name continues after "for" or "on", with or without "the" ("Federal
    Agency for Fishery", "Sustainable Energy for the Changing World")."""
    nxt = span.next_text
    if not nxt.startswith((" for ", " on ")):
        return False
    words = nxt.split(" ", 4)[2:4]
    if words[:1] in (["the"], ["a"], ["an"]) and nxt.startswith(" for "):
        words = words[1:]
    return words != [] and words[0][:1].isupper() and \
        words[0].rstrip(".,;:") not in MONTHS_DAYS  # "Security Council on Monday" ends there


# A dash closing an apposition as a comma would ("its leader, Ann Roe - no relation - said").
DASH_AFTER_RE = re.compile(r" [-–—] ")


def role_cue(span: Span) -> bool:
    """A role noun, age or speech verb before the span ("spokesman", "20-year-old", "said"), a
    role after it (", deputy director of"), or a speaker's colon."""
    prev = span.prev_word.lower()
    if prev.startswith(ROLE_PREFIXES):  # "co-leader", "vice-captain": the role after the hyphen
        prev = prev.split("-", 1)[1]
    if romance_role(span.prev_word):
        return True  # "el comisario Derlis Roe", "la vicegobernadora Hebe Roe"
    if prev in ROLE_NOUNS or AGE_RE.match(prev) or \
            prev in PERSON_NOUNS and (span.prev_word.islower() or _opens_line(span)):
        return True  # "curator Ann Roe", "Researcher Ann Roe said" (not "Star Wars")
    if prev == "late" and span.prev_prev.lower() == "the":
        return True  # "celebrates the late Thione Seck": someone who died
    before = span.prev_prev[:-1].lower() if span.prev_prev.endswith(",") else ""
    if not span.prev_word and (span.next_text[:1] == "," or span.next_text[:1] in ".;" and
                               len(span.tokens) > 1 or
                               len(span.tokens) > 1 and DASH_AFTER_RE.match(span.next_text)) and \
            (before in ROLE_NOUNS or before in PERSON_NOUNS or romance_role(before)):
        return True  # "its curator, Ann Roe, said" / "has a new president, Ann Roe."
    if prev in SPEECH_VERBS and span.next_text[:1] in CLAUSE_END:
        return True  # '..." said Jane Roe.', not "says Iraqi Kurds agree"
    m = APPOSITIVE_RE.match(span.next_text)
    if m and (m[1] in ROLE_NOUNS or m[1] in APPOSITIVE_ROLES or m[1] in PERSON_NOUNS):
        return True
    m = APPOSITION_WORDS_RE.match(span.next_text)
    if m and any(w in PERSON_NOUNS or w in ROLE_NOUNS for w in _apposition_head(m[1])):
        return True
    return span.next_text.startswith(":") and span.start == 0


def romance_role(word: str) -> bool:
    """A Romance office, occupation or kin word in lower case, maybe after an elided article or
    with "vice" ("l'alcalde", "vicegobernadora")."""
    word = ELIDED_RE.sub("", word)
    return word.islower() and (word in ROMANCE_ROLE_NOUNS or word.startswith("vice") and
                               word[4:] in ROMANCE_ROLE_NOUNS)


def _opens_line(span: Span) -> bool:
    """Whether the word before the span opens its sentence ("Researcher Ann Roe said …")."""
    return span.initial is False and span.start == len(span.prev_word) + 1


def _apposition_head(words: str) -> list[str]:
    """The words of an apposition before its first preposition ("trader heading to" → trader,
    heading; "city of traders" → city)."""
    out = []
    for w in words.split():
        if w in APPOSITION_STOPS:
            break
        out.append(w)
    return out


def after_cue(span: Span) -> bool:
    """An age, "who" or speech about oneself after the span ("Jane Roe, 34,", "Jane Roe said
    she"): a person's, when the name is not a club's or a church's (the caller checks)."""
    return PERSON_AFTER_RE.match(span.next_text) is not None


def person_cue(span: Span) -> bool:
    """A role noun before or a speech verb after the span."""
    if role_cue(span):
        return True
    after = span.next_text.lstrip(" ,").split(" ", 1)[0].rstrip(".,;:")
    return after in SPEECH_VERBS or span.next_text.startswith(":")
