"""Who a generic label stands for from how the text introduces it, whatever the layout: a
caption over a clip ("[ON SCREEN: Ann Berg, resident]" above "SOT:"), a cast line ("Quizmaster:
Ann Berg"), a numbered seat said with its number ("Joining me on line four is Ann Berg" for
"LINE 4", "In seat one, … Ann Berg" for "SEAT 1"), the one name a host introduces right before a
numbered voice's first turn ("First up, Ann Berg in Leeds." then "CALLER 1:"), numbered seats in
the order a list names them ("Our panel: Ann Berg, Tom Roe and Eva Holt" for "PANELLIST 1–3"),
and a side, a party or a country said next to one name before it first speaks ("For the
opposition, Ann Berg.", "the representative of Fiji, Ambassador Ann Berg", "Ann Berg (ruling
party spokesperson)"). A name claimed by two labels, or a label given two names, names no one."""

from __future__ import annotations

import re
from collections import Counter, defaultdict

from ..detect.lexicon import HONORIFIC_PAIRS
from ..model import Document
from ..speakers import (HONORIFICS, NUMBERED, bare_label, common_words, is_given_name,
                        is_place_name, is_role_word, is_surname, label_words, unlisted_name)
from .address import INTERPRETING, SENTENCES, STAGE_ONLY, STATED_SELF, _single, _who_they_are
from .fullnames import TITLES
from .names import SpeakerName, fold, person_part
from .roster import (article_acronym, header_labels, plain_phrase, roster, roster_lines,
                     roster_names, station)

Labelled = list[tuple[int, str, SpeakerName | None]]

_CAP = r"[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’-]+"  # (Latin Extended-A too: "Škrijelj", "Łukasz")
# A run of capitalised words (particles inside), where a name may stand: "Ambassador Ann Berg",
# "The Rt Hon Lady Ann Berg".
_PARTICLE = r"(?:de|da|do|dos|das|van|von|der|den|del|le|la|al|bin|ter|Ó|Ní|Ua) "
RUN = re.compile(rf"{_CAP}(?: (?:{_PARTICLE}){{0,2}}{_CAP}){{1,5}}")  # ("Lotte van der Heijden")
# Malay two-word titles, stacked as a knight's and a Dato's are ("Tan Sri Dato' Sri Ann Berg"):
# no part of the name, and they would fill a run's length.
MALAY_TITLES = re.compile(r"\b(?:" + "|".join(rf"{a}['’]? {b}" for a, b in sorted(HONORIFIC_PAIRS))
                          + r") (?=[A-Z])")
# A nickname in brackets inside a name: "Hendrika (Rieke) van Oosten-Schipper".
NICKNAME = re.compile(r"(?<=\w) \([A-ZÀ-ÖØ-Þ][\w'’-]+\)(?= (?:[a-z]{1,3} ){0,2}[A-ZÀ-ÖØ-Þ])")
# A pilgrim's title before a Muslim name, in Indonesia, Malaysia and West Africa: no given name.
PILGRIM = frozenset("haji hajjah hajah hj hjh alhaji alhaja alhaja hajia".split())
# A broadcast clip's labels: sound on tape, a grab, a vox pop.
CLIP_WORDS = frozenset("sot sync clip grab actuality insert vox soundbite bite".split())
# A caption naming the one on screen: "[ON SCREEN: Ann Berg, resident]", "SUPER: Ann Berg".
CAPTION = re.compile(r"^\[?(?i:super|caption|on screen|onscreen|aston|strap|lower third|name strap|"
                     r"namestrap|l3|chyron|cg|gfx|id)\s*[:–—-]\s*([^,\]|–—(]+)")
BENCH = frozenset(("judge", "court", "coroner", "sheriff", "magistrate", "recorder"))
# First words of places and peoples, not of a person's name ("North Koreans", "New Britain").
PLACE_OPENERS = frozenset("north south east west northern southern eastern western new upper "
                          "lower greater central mount port lake fort".split())
SEAT_NO = re.compile(r"(?:No\.?|NO\.?|Nº|№) ?(\d{1,3})")
TIMED_LABEL = re.compile(r"^(.*?\S)\s+\(?\d{1,2}:\d{2}(?::\d{2})?\)?$")
NUMBER_WORDS = ("zero one two three four five six seven eight nine ten eleven twelve").split()
ORDINALS = ("zeroth first second third fourth fifth sixth seventh eighth ninth tenth eleventh "
            "twelfth").split()
# Words a host hands over with, before a numbered voice's first turn ("First up, Ann Berg").
HANDOVER = re.compile(r"\b(?i:first up|next up|next|we have|hear from|we've got|we’ve got|"
                      r"joining (?:me|us)|on the line|let's go to|let’s go to|here's|here’s|"
                      r"welcome|over to|"
                      r"go (?:live )?to|cross to|you're on|you’re on|"
                      r"with (?:me|us)(?: now)? (?:is|are)|"
                      # an assembly's chair: "I give the floor to Ann Berg", "Ann Berg will speak"
                      r"(?:give|gives|giving|pass|hand) the floor|the floor (?:goes|passes) to|"
                      r"you have the floor|has the floor|take the floor|will (?:now )?speak|"
                      r"I (?:now )?call (?:on|upon)|I'll go (?:next )?to|I will go (?:next )?to)\b")
# Words joining a role's words, in English and in the languages of FOREIGN_ROLES ("SECRETARIO DE
# SEGURIDAD", "PROREKTORICA ZA NASTAVU").
CONNECTORS = frozenset("the of for and de del la el du des da do za na i".split())
# Automatic transcripts number voices in the order they first speak, not as a list names them.
VOICES = frozenset(("speaker", "voice", "participant", "unknown", "person"))


def by_seat(doc: Document, out: Labelled, skip: set[int]) -> Labelled:
    """The turns of generic labels named by the text's introductions (see the module)."""
    out = _same_voice(out, skip)
    prose = "\n".join(b.text for b in doc.blocks)
    lines = roster_lines(doc)  # (a cast line read as a turn: "Chair: Paraguay — Ann Berg")
    generic = {label for i, label, name in out if i not in skip and (
        _generic(label, name) or name is None and (plain_phrase(label, prose)
                                                   or cast_keyed(label, lines)
                                                   or article_acronym(label, prose)))}
    cast_only = {label for i, label, name in out if i not in skip and _role_like(label, name)}
    generic |= cast_only
    generic -= header_labels(doc)  # the header's "Chair: Ann Berg" above "PARAGUAY (Chair):"
    if not generic:
        return out
    turns = [(i, label) for i, label, _ in out if i not in skip]
    first = {}
    for i, label in turns:
        first.setdefault(label, i)
    named = {label: n.name for i, label, n in out if n is not None and n.full
             and label not in generic}
    found: dict[str, set[str]] = defaultdict(set)
    outlets: dict[str, set[str]] = {}
    # (a cast line read as a turn is the header's: "Speaker of the House: Ann Berg")
    header = [doc.meta.title,
              *(b.text if b.kind != "turn" else f"{b.speaker}: {b.text}"
                for k, b in enumerate(doc.blocks[:min(first.values())])
                if b.kind != "turn" or k in skip)]
    for label in generic:
        others = [t for t in lines if not t.startswith(f"{label}:")]  # (not its own line)
        # (with the header's cast lines read as turns: "Hosts: Sheriff X; Public Information
        # Officer Ann Berg" for PIO)
        before = [*header, *(t for t in others if t not in header),
                  *(doc.blocks[i].text for i, lab in turns if i < first[label] and lab != label)]
        found[label] |= _cast(label, header) or _cast(label, others)
        found[label] |= roster_names(label, roster(others))
        prev = _previous(turns, first[label], label)
        if prev is not None and _single(label):  # "… Governor Ann Berg." then "GOBERNADORA:"
            found[label] |= _called_up(doc.blocks[prev].text)
        if label in cast_only:  # "Chair: Rektor prof. dr. Ann Berg" for REKTOR
            if not _surname_written(label, doc):
                found[label] |= _said_with(label, header, doc.meta.title, generic)
            continue
        found[label] |= _numbered(label, before) \
            | _said_with(label, before, doc.meta.title, generic)
        outlets[label] = _with_outlet(label, before)
        own = _signed_off([doc.blocks[i].text for i, lab in turns if lab == label])
        if len(own) == 1:  # their own words outrank a role said of another ("our reporter X")
            found[label] = own
        if (prev := _previous(turns, first[label], label)) is not None:
            if _numbered_role(label):
                found[label] |= _handed_over(doc.blocks[prev].text)
            elif _single(label):  # "Please welcome the Principal …, Professor Ann Berg."
                found[label] |= _handed_over(doc.blocks[prev].text, _head_role(label))
    if turns and turns[0][1] in generic and _single(turns[0][1]):
        found[turns[0][1]] |= _stated(doc.blocks[turns[0][0]].text)
    for label in generic - cast_only:
        if not _numbered_role(label) and _single(label) and not INTERPRETING.search(label):
            found[label] |= _floor_given(label, turns, doc)
    _listed(generic, named, header, doc, turns, first, found)
    # the outlet's evidence last: a label with no other, a name no other label's evidence gives
    others = {fold(n) for names in found.values() for n in names}
    for label, names in outlets.items():
        if not found[label] and len(names) == 1 and fold(next(iter(names))) not in others:
            found[label] = names
    captions = _captions(doc, turns, generic)
    return _assign(out, skip, generic, named, found, captions)


def _same_voice(out: Labelled, skip: set[int]) -> Labelled:
    """A numbered voice's turns under time-coded labels ("Speaker 3  1:40", "Speaker 3  2:30",
    an automatic transcript's) are one voice's: the one name any of them got names the rest."""
    names: dict[str, set[str]] = defaultdict(set)
    for i, label, name in out:
        if i not in skip and (key := _voice(label)) and name is not None and name.full:
            names[key].add(name.name)
    result = []
    for i, label, name in out:
        key = _voice(label)
        if i not in skip and name is None and key and len(names.get(key, ())) == 1:
            name = SpeakerName(next(iter(names[key])), True)
        result.append((i, label, name))
    return result


def _voice(label: str) -> str | None:
    """The numbered voice of a time-coded label ("Speaker 3  1:40" → "Speaker 3")."""
    m = TIMED_LABEL.match(label)
    return m[1] if m and NUMBERED.match(m[1]) and _single(m[1]) else None


def _generic(label: str, name: SpeakerName | None) -> bool:
    """A label that names no one itself: a role, a seat, a side ("RULING PARTY", "LINE 4"), or
    one word no name list knows that is a common word, a role or an acronym ("OPPOSITION",
    "QUIZMASTER", "CPP")."""
    if name is None and (_numbered_role(label) or station(bare_label(label))
                         or _delegation(label)):
        return True  # "MWANAKIJIJI 1": a seat's number names no one, whatever the role's word;
        # "THE CHILEAN DELEGATION": one plate, its head speaking
    if name is None:  # its words a role's, a side's, a seat's or a place's, not a judge's name
        words = re.sub(r"\s*\([^()]*\)", "", bare_label(label)).split()
        return bool(words) and all(
            w.lower() in common_words() or is_role_word(w) or w.isdigit() or w.lower() in CLIP_WORDS
            or re.fullmatch(r"[A-Z]{2,5}", w) and len(words) == 1 or is_place_name(w)
            or w.lower() in CONNECTORS for w in words) \
            and not any(is_given_name(w) or is_surname(w) for w in words if w.isupper() and
                        w.lower() not in common_words())
    if name.full or len(name.name.split()) != 1:
        return station(name.name)  # "SHETLAND COASTGUARD": a radio station, no one's name
    word = name.name
    if _of_place(label):
        return True  # "DELEGATE OF KENYA": a seat of a country, whatever else "Kenya" is
    if label_words(label)[0].lower().strip(".") in HONORIFICS:
        return False  # "Mr. Austria": a surname, whatever else the word is
    return not (is_given_name(word) or is_surname(word)) and (
        word.lower() in common_words() or is_role_word(word) or is_place_name(word)
        or bool(re.fullmatch(r"[A-Z]{2,5}", bare_label(label))))


def _role_like(label: str, name: SpeakerName | None) -> bool:
    """One word in capitals no name list knows ("QUIZMASTER"): a role where a header's cast
    line gives it a name."""
    return name is not None and not name.full and " " not in label and label.isupper() \
        and len(label) > 5 and not _generic(label, name) \
        and not (is_given_name(name.name) or is_surname(name.name))


def _of_place(label: str) -> bool:
    """A role of a place: "DELEGATE OF KENYA", one seat, one person."""
    words = bare_label(label).split()
    return len(words) >= 3 and words[-2].lower() == "of" and is_place_name(words[-1])


def _people(text: str) -> list[str]:
    """The full person names a stretch of text writes, in order, each once."""
    out: list[str] = []
    for m in RUN.finditer(MALAY_TITLES.sub("", text)):
        words = m[0].split()
        # titles in front: "His Honour Judge Ann Berg"
        part = next((_unlisted_first(words[k:], p) for k in range(len(words) - 1)
                     if (p := person_part(" ".join(words[k:]))) and p.full
                     and p.name.split()[0].lower().strip(".") not in PILGRIM), None)
        if part and part.full and len(part.name.split()) <= 4 \
                and (is_given_name(part.given) or unlisted_name(_particles_out(part.name))) \
                and not any(w.lower() in common_words() and not is_given_name(w)
                            or re.fullmatch(r"[A-Z]{1,3}", w) for w in part.name.split()) \
                and part.name.split()[0].lower() not in PLACE_OPENERS and part.name not in out \
                and not station(part.name):
            out.append(part.name)
    return out


def _particles_out(name: str) -> str:
    """A name without its lower-case particles, which are dictionary words ("van", "de")."""
    return " ".join(w for w in name.split() if not w.islower()) if len(name.split()) > 2 \
        else name


def _unlisted_first(words: list[str], part: SpeakerName) -> SpeakerName:
    """A first word the label reading dropped that is no title, role, place or plain word is a
    given name no list knows: "Fatmata Binta Kamara-Jalloh", not "Binta Kamara-Jalloh"."""
    size = len(part.name.split())
    if " ".join(words[-size:]) != part.name:
        return part
    dropped = words[:-size]
    while dropped and _title(dropped[0]):  # "Chief Tom Numake Iauko"
        dropped = dropped[1:]
    if len(dropped) != 1 or size > 3:
        return part
    word = dropped[0]
    if word.lower() in common_words() and not is_given_name(word) or is_place_name(word) \
            or word.isupper():
        return part
    return SpeakerName(f"{word} {part.name}", True)


def _title(word: str) -> bool:
    """A title or a role in front of a name ("Chief", "Ambassador", "Ms")."""
    return is_role_word(word) or word.lower() in HONORIFICS or word.lower() in TITLES \
        or word.lower().strip(".") in PILGRIM


def _sentences(texts: list[str]) -> list[str]:
    """Clauses: sentences, and a list's entries split at semicolons."""
    return [c for t in texts for s in SENTENCES.split(t) for c in s.split(";") if c.strip()]


def _cast(label: str, header: list[str]) -> set[str]:
    """A header's cast line for the label, or for its role's word ("Quizmaster: Ann Berg";
    "Presiding: Mr Ann Berg (Norvale)" for THE PRESIDENT)."""
    word = re.sub(r"^(?i:the) ", "", bare_label(label))
    key = re.escape(word)
    if word.lower() in BENCH:
        key += "|before"  # "Before: His Honour Judge Ann Berg" for THE JUDGE
    if word.lower().startswith("chair"):
        key += "|in the chair|presiding"  # "In the Chair: Deputy Ann Berg" for Chairman
    if " " not in word and len(word) >= 6:
        key += "|" + re.escape(word[:5]) + r"\w*"
    if side := re.search(r"(?i)\bfor the \w+(?: \w+)?$", word):  # "For the Applicants: Ann Berg"
        key += "|" + re.escape(side[0])
    inner = re.search(r"\(([A-Za-z]+)\)$", label)  # "PARAGUAY (Chair)": "Chair: Paraguay — X"
    if inner and is_role_word(inner[1]):
        key += "|" + re.escape(inner[1])
    # (several cast lines on one line: "Presidente comunal: Ann Berg · Secretario: Tom Roe")
    parts = [c for t in header for c in re.split(r"\s+[·|•]\s+", t)]
    # (a gloss in brackets either way: "Afisa Mtendaji (Executive Officer):", "Gram Vikas
    # Adhikari (Secretary):" for SECRETARY)
    # (or after a slash: "Voorzitter / Chair:", "Водещ / Host:")
    line = re.compile(rf"(?:(?i:{key})(?:\s*\([^()]*\))?(?:\s*/\s*[^:/]{{1,60}})?"
                      rf"|[^():]{{1,40}}\((?i:{key})\)|[^():/]{{1,40}}/\s*(?i:{key})):\s+(.+)$")
    names = {p[0] for t in parts if (m := line.match(t)) and len(p := cast_people(m[1])) == 1}
    return names


# A name in initials opening a cast line's value: "Hon. W. M. Berg, High Court Judge"; after a
# title, initials without stops too, as South Africa's Hansard writes them ("Ms L C Berg").
INITIALLED = re.compile(r"(?:(?:Hon|Mr|Mrs|Ms|Dr|Justice)\.? )*"
                        r"((?:[A-Z]\. ?){1,5}[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ'’-]{2,}"
                        r"|(?<=[a-z.] )(?:[A-Z] ){1,4}[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ'’-]{2,})(?=$|[,;(])")


def cast_keyed(label: str, lines: list[str]) -> bool:
    """Whether a header's cast line is keyed by a capitals label's words, a gloss aside, and
    names one person ("Afisa Mtendaji (Village Executive Officer): Bi. Ann Berg" for AFISA
    MTENDAJI): the label is a role."""
    words = re.sub(r"\s*\([^()]*\)", "", bare_label(label))
    if not label.isupper() or len(words.split()) < 2:
        return False
    key = r"\s+".join(re.escape(w) for w in words.split())
    line = re.compile(rf"(?i:{key})(?:\s*\([^()]*\))?:\s+(.+)$")
    return any((m := line.match(c)) and len(cast_people(m[1])) == 1
               for t in lines for c in re.split(r"\s+[·|•]\s+", t))


def cast_people(value: str) -> list[str]:
    """The people a cast line's value names: full names, else one in initials at its start
    (INITIALLED: "Mr. T. Berg" → T. Berg)."""
    people = _people(NICKNAME.sub("", value))
    if not people and (m := INITIALLED.match(value.strip())):
        return [m[1]]
    return people


def _numbered_role(label: str) -> tuple[str, int] | None:
    """A numbered seat's role and number ("LINE 4" → line, 4); not an automatic transcript's
    voices."""
    if seat := SEAT_NO.fullmatch(bare_label(label)):  # "No. 7": a member by seat number
        return "no", int(seat[1])
    m = NUMBERED.match(bare_label(label))
    if not m:
        return None
    role = m[1].lower()
    last = bare_label(label).split()[-1].lower()  # "LINE 4", "LINE FOUR"
    digits = re.search(r"\d+", last)
    # (an assembly's members by a number of any size: "MEMBER 57")
    number = int(digits[0]) if digits else \
        NUMBER_WORDS.index(last) if last in NUMBER_WORDS else 1000
    return None if role in VOICES or number >= 1000 else (role, number)


def _numbered(label: str, texts: list[str]) -> set[str]:
    """The one name a clause gives with the seat's number: "on line four is Ann Berg", "In seat
    one, a librarian, it's Ann Berg", "our third caller is Ann Berg"."""
    seat = _numbered_role(label)
    if seat is None:
        return set()
    role, n = seat
    stem = re.escape(role[:5]) + r"\w*" if role != "no" else r"(?:no\.?|number|seat)"
    words = rf"|{NUMBER_WORDS[n]}" if n < len(NUMBER_WORDS) else ""
    ordinal = rf"|{ORDINALS[n]} {stem}" if n < len(ORDINALS) else ""
    pattern = re.compile(rf"\b(?i:{stem} (?:number |no\.? )?(?:{n}{words}){ordinal})\b")
    # the first clause that names anyone with the number: later ones may name a seat's topic
    # ("Seat three, the poems of Seamus Heaney.")
    said = next((p for c in _sentences(texts) if pattern.search(c) and (p := _people(c))), [])
    return set(said) if len(said) == 1 else set()


def _signed_off(texts: list[str]) -> set[str]:
    """The names a label's turns sign off with, a reporter's last sentence after a report: "Ann
    Berg, Southern Tonight, Te Anau." (a name, then only who and where they are)."""
    out = set()
    for text in texts:
        *said, last = SENTENCES.split(text.strip())
        if len(" ".join(said)) < 40:
            continue  # a call to the next to speak: "Thank you. Ann Berg, Norvale Times."
        m = STATED_SELF.fullmatch(last)
        if m and m[2] and _who_they_are(m[2]) and (people := _people(m[1])) == [m[1]]:
            out.add(m[1])
    return out


def _previous(turns: list[tuple[int, str]], index: int, label: str) -> int | None:
    """The turn right before a turn, another label's."""
    k = next(k for k, (i, _) in enumerate(turns) if i == index)
    return turns[k - 1][0] if k and turns[k - 1][1] != label else None


# A turn's last sentence that calls up the next speaker by title and name, nothing else:
# "Governor Ann Berg.", "Now the secretary of public security, General Ann Berg."
CALLED_UP = re.compile(r"(?:(?:And )?(?:Now|Next),? [^.!?]{0,80}?, )?((?:[A-Z][a-z]+\.? ){1,3}"
                       r"[A-ZÀ-ÖØ-Þ][\w'’-]+(?: [A-ZÀ-ÖØ-Þ][\w'’-]+){1,3})\.")


def _called_up(text: str) -> set[str]:
    """The one titled name a turn's last sentence calls up (see CALLED_UP); its title a role or
    an honorific, not the speaker's own name ("I'm …", "… , Norvale Radio.")."""
    last = _sentences([text.strip()])[-1:] if text.strip() else []
    m = CALLED_UP.fullmatch(last[0].strip()) if last else None
    if not m:
        return set()
    people = _people(m[1])
    if len(people) != 1 or not m[1].endswith(people[0]):
        return set()
    titles = m[1][:-len(people[0])].split()
    return set(people) if titles and all(_title(w.rstrip(".")) for w in titles) else set()


def _head_role(label: str) -> str | None:
    """A role label's last word, when a role's ("SU PRESIDENT" → president)."""
    words = re.sub(r"\s*\([^()]*\)", "", bare_label(label)).split()
    return words[-1].lower() if words and is_role_word(words[-1]) else None


def _handed_over(text: str, role: str | None = "") -> set[str]:
    """The one name the last handing-over clause of a turn introduces ("First up, Ann Berg in
    Leeds. Ann, hello."); with a role, a clause that says it ("… where our correspondent Ann
    Berg is waiting")."""
    if role is None:
        return set()
    for clause in reversed(_sentences([text])[-3:]):
        said = re.search(rf"(?i)\b{re.escape(role)}\b", clause) if role else None
        if role and not said:
            continue
        if HANDOVER.search(clause) and (people := _people(clause)):
            if len(people) > 1 and said:  # "the Peshawar Zalmi captain, Babar Azam": after it
                people = [p for p in people if clause.find(p) >= said.end()
                          and _next_to(clause, said.start(), said.end(), p)]
            return set(people) if len(people) == 1 else set()
    return set()


# A chair's clause giving the floor to the next speaker: "I give the floor to Ann Berg", "Next,
# Ann Berg, the retired teacher.", "Ann Berg will speak for the youth group."
FLOOR = re.compile(r"(?i:(?:give|gives|giving|pass|hand) the floor|the floor (?:goes|passes) to|"
                   r"you have the floor|has the floor|will (?:now )?speak|"
                   r"I (?:now )?call (?:on|upon)|I'll go (?:next )?to|I will go (?:next )?to)"
                   r"|(?i:please welcome)|^\s*(?:And )?(?:Now|Next)\b,? ")


def _stated(text: str) -> set[str]:
    """The name a transcript's first turn states after a role and nothing else but who they
    are, as a cast line would ("SHETLAND COASTGUARD: Watch officer Ann Berg, Shetland
    Coastguard.")."""
    people = _people(text)
    if len(people) != 1 or "\n" in text.strip():
        return set()
    at = text.find(people[0])
    before = re.findall(r"[^\W\d_][\w'’.-]*", text[:at])
    m = re.fullmatch(r"(?:, ([^.!?;]{1,80}))?[.]?", text[at + len(people[0]):].strip())
    # (a role's words before it, its last a role: "Watch officer Ann Berg"; a moderator's "Ms Ann
    # Berg, Norvale Times." calls a questioner)
    if len(before) > 3 or not before or not is_role_word(before[-1].rstrip(".")) or not m \
            or not _who_they_are(m[1] or ""):
        return set()
    return set(people)


def _floor_given(label: str, turns: list[tuple[int, str]], doc: Document) -> set[str]:
    """The names a chair gives the floor to right before each of a label's turns (see FLOOR): an
    assembly's chair names each speaker before they talk; two names, no one."""
    names: set[str] = set()
    for k, (i, lab) in enumerate(turns):
        back = k - 1  # (past the audience's "[applause]")
        while back > 0 and STAGE_ONLY.fullmatch(doc.blocks[turns[back][0]].text):
            back -= 1
        if lab == label and back >= 0 and turns[back][1] != label:
            names |= _floored(doc.blocks[turns[back][0]].text)
    return names


def _floored(text: str) -> set[str]:
    """The one name of a turn's last floor-giving clause (FLOOR) among its last two."""
    for clause in reversed(_sentences([text])[-2:]):
        if FLOOR.search(clause):
            people = _people(clause)
            return set(people) if len(people) == 1 else set()
    return set()


def _said_with(label: str, texts: list[str], title: str, labels: set[str]) -> set[str]:
    """The one name a clause writes with a side, a party or a country's words (or the words an
    acronym label spells) before the label first speaks: "For the opposition, Ann Berg.", "Ann
    Berg (ruling party spokesperson)", "the representative of Fiji, Ambassador Ann Berg"."""
    if _numbered_role(label) or NUMBERED.match(bare_label(label)):
        return set()
    words = re.sub(r"^(?i:the) ", "", bare_label(label)).split()
    if not words or len(words) > 4:
        return set()
    phrases = [r"\s+".join(re.escape(w) for w in words)]
    # of two sides ("FOR THE MOTION", "AGAINST THE MOTION"), the word that tells them apart
    # ("Speaking against is Ann Berg"), when no mere preposition
    tails = {tuple(bare_label(o).lower().split()[1:]) for o in labels if o != label}
    if len(words) > 1 and tuple(w.lower() for w in words[1:]) in tails \
            and words[0].lower() not in ("for", "of", "the", "to", "in", "on", "and", "with"):
        phrases.append(re.escape(words[0]))
    if len(words) == 1 and re.fullmatch(r"[A-Z]{2,5}", words[0]):
        phrases += [re.escape(p) for p in _spelled_out(words[0], "\n".join([title, *texts]))]
    if (adjective := _delegation(label)) is not None:  # "THE CHILEAN DELEGATION": "… of Chile"
        phrases += [re.escape(p) for p in _demonym_of(adjective, "\n".join([title, *texts]))]
    pattern = re.compile(rf"(?<![\w-])(?i:{'|'.join(phrases)})(?![\w-])")
    found = set()
    for clause in _sentences(texts):
        people = _people(clause)
        for m in pattern.finditer(clause):
            if any(_inside(clause, m.start(), m.end(), p) for p in people):
                continue  # "with Ann Mahlangu-Nkosi, founder of …" for MAHLANGU-NKOSI: a name's
            near = {p for p in people if _next_to(clause, m.start(), m.end(), p)}
            if len(near) == 1:  # (two: that clause tells nothing)
                found |= near
    return found


DELEGATION = re.compile(r"^(?:THE )?([A-Z][A-Za-z]+) (?:DELEGATION|DELEGATE|REPRESENTATIVE)$",
                        re.I)
DEMONYM_ENDS = ("an", "ian", "ean", "ese", "ine", "ish", "i", "ic")


def _delegation(label: str) -> str | None:
    """The people's adjective of a delegation's plate ("THE CHILEAN DELEGATION" → Chilean)."""
    m = DELEGATION.match(bare_label(label))
    word = m[1] if m else ""
    return word if m and word.lower().endswith(DEMONYM_ENDS) and not is_place_name(word) \
        else None


def _demonym_of(adjective: str, text: str) -> set[str]:
    """The places a text writes whose people's adjective this is (Chile → Chilean, Peru →
    Peruvian, Japan → Japanese): the adjective opens with the place's name (all but its last
    two letters) and adds a short ending."""
    adj = adjective.lower()
    out = set()
    for m in re.finditer(r"\b[A-Z][a-zà-ÿ]{2,}\b", text):
        place = m[0]
        stem = place.lower()[:max(4, len(place) - 2)]
        if adj != place.lower() and adj.startswith(stem) and len(adj) - len(stem) <= 5 \
                and is_place_name(place):
            out.add(place)
    return out


def _surname_written(label: str, doc: Document) -> bool:
    """Whether the text writes a one-word label as a surname, after a capitalised word ("Ann
    Mahlangu-Nkosi" for MAHLANGU-NKOSI) or a personal title ("Mr. Ganbold, Erdenes Mongol")."""
    pattern = re.compile(rf"(?:[A-ZÀ-ÖØ-Þ][\w'’-]+|\b(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof)\.) "
                         rf"(?i:{re.escape(label)})\b")
    return any(pattern.search(b.text) for b in doc.blocks) or bool(pattern.search(doc.meta.title))


def _inside(clause: str, start: int, end: int, name: str) -> bool:
    """Whether a clause's hit is part of where it writes this name."""
    return any(k <= start and end <= k + len(name)
               for k in (m.start() for m in re.finditer(re.escape(name), clause)))


# A label's outlet, firm or seat after its role: "ANALYST (Kenanga)", "REPORTER, DAILY NATION",
# "JOURNALIST (AFP, in English)".
OUTLET_LABEL = re.compile(r"^[^(),]+?(?:\s*\(([A-Z][^()]*)\)|, ([A-Z][^()]*))$")


def _with_outlet(label: str, texts: list[str]) -> set[str]:
    """The one name a clause writes next to a label's outlet before it first speaks: "Our first
    question comes from Ann Berg of Kenanga." for ANALYST (Kenanga), "Ann Berg (Daily Nation)"
    for REPORTER, DAILY NATION."""
    m = OUTLET_LABEL.match(label)
    outlet = (m[1] or m[2]).split(",")[0].strip() if m else ""
    words = outlet.split()
    if not words or len(words) > 4 or not all(w[:1].isupper() or w.lower() in CONNECTORS
                                                for w in words):
        return set()
    phrase = r"\s+".join(re.escape(w) for w in words)
    pattern = re.compile(rf"(?<![\w-])(?i:{phrase})(?![\w-])")
    found = set()
    for clause in _sentences(texts):
        for hit in pattern.finditer(clause):
            near = {p for p in _people(clause) if _next_to(clause, hit.start(), hit.end(), p)}
            # in a list, the name its bracket follows: "Ann Berg (Daily Nation), Tom Roe (…)"
            near = {p for p in near if clause[:hit.start()].rstrip().endswith(f"{p} (")} or near
            if len(near) == 1:
                found |= near
    return found


# Lower-case words that may stand between a side's words and its speaker's name: "the ruling
# party: its candidate is the sitting member, Ann Berg", "Ann Berg (ruling party spokesperson)".
BETWEEN = frozenset("is was its his her their the a an of for from on behalf representing s head "
                    "candidate member sitting speaking opening representative spokesperson "
                    "spokesman spokeswoman side bench benches seat delegate delegation "
                    "prof dr mr mrs ms mme".split())  # "Rektor prof. dr. Ann Berg"


def _next_to(clause: str, start: int, end: int, name: str) -> bool:
    """Whether a name stands next to a phrase, only punctuation, capitalised words (titles, an
    office) and the words of BETWEEN between them ("spoke with" is a sentence about them)."""
    at = clause.find(name)
    between = clause[end:at] if at >= end else clause[at + len(name):start] if at >= 0 else None
    if between is None or at < end and at + len(name) > start:
        return False
    words = re.findall(r"[^\W\d_][\w'’-]*", between)
    return len(words) <= 8 and all(w[0].isupper() or w.lower() in BETWEEN or is_role_word(w)
                                   for w in words)


def _spelled_out(acronym: str, text: str) -> set[str]:
    """Capitalised runs whose initials spell an acronym ("Convention People's Party" for CPP)."""
    out = set()
    for m in re.finditer(r"[A-Z][\w'’]*(?: (?:of |the |and |for )*[A-Z][\w'’]*)+", text):
        words = m[0].split()
        # "And for the Convention People's Party": from any word; "Public Information Officer
        # Ann Berg": to any word
        for k in range(len(words)):
            for j in range(len(words), k, -1):
                if words[k][0].isupper() and words[j - 1][0].isupper() and \
                        "".join(w[0] for w in words[k:j] if w[0].isupper()) == acronym:
                    out.add(" ".join(words[k:j]))
    return out


def _listed(generic: set[str], named: dict[str, str], header: list[str], doc: Document,
            turns: list[tuple[int, str]], first: dict[str, int],
            found: dict[str, set[str]]) -> None:
    """Numbered seats of one role in the order one clause lists as many names after a word of
    that role ("Our panel: A, B and C" for PANELLIST 1–3, "Presented by A and B" for PRESENTER
    1–2), where seats already named agree with it."""
    seats: dict[str, dict[int, str]] = defaultdict(dict)
    for label in {lab for _, lab in turns}:
        if (seat := _numbered_role(label)) and (label in generic or label in named):
            seats[seat[0]][seat[1]] = label
    for role, by_number in seats.items():
        if sorted(by_number) != list(range(1, len(by_number) + 1)) or len(by_number) < 2:
            continue
        start = min(first[label] for label in by_number.values())
        texts = [*header, *(doc.blocks[i].text for i, _ in turns if i < start)]
        stem = re.compile(rf"\b(?i:{re.escape(role[:5])})\w*\b")
        lists = {tuple(people) for t in texts for s in SENTENCES.split(t)
                 if (m := stem.search(s)) and len(people := _people(s[m.end():])) == len(by_number)}
        if len(lists) != 1:
            continue
        order = lists.pop()
        if all(named.get(label) in (None, order[n - 1]) for n, label in by_number.items()):
            for n, label in by_number.items():
                if label in generic:
                    found[label].add(order[n - 1])


def _captions(doc: Document, turns: list[tuple[int, str]], generic: set[str]) -> dict[int, str]:
    """Turn → the name a caption line gives: the next turn's, a clip's, as a bulletin's script
    writes them above the clips; the turn's before where the next label has had its caption
    ("REP (VO)", its reporter's strap above its first turn) or where the captions are written
    under the clips (each follows a clip's turn, one comes before the presenter's). A label
    captioned once is named in all its turns."""
    labels = dict(turns)
    order = [i for i, _ in turns]
    lines = _caption_lines(doc)
    near = [(max((i for i in order if i < j), default=None),
             min((i for i in order if i > j), default=None), name) for j, name in lines]
    below = bool(near) and all(p is not None and labels[p] in generic for p, _, _ in near) \
        and any(n is None or labels[n] not in generic for _, n, _ in near)
    out: dict[int, str] = {}
    captioned: dict[str, list[str]] = defaultdict(list)
    for before, after, name in near:
        free = {i for i in (before, after) if i is not None and labels[i] in generic}
        free_p = before in free and not captioned[labels[before]]
        if after in free and not (below and free_p) and (
                not captioned[labels[after]] or not free_p):
            pick = after
        elif free_p:
            pick = before
        else:
            continue
        captioned[labels[pick]].append(name or "")
        if name:
            out[pick] = name
    for i, label in turns:
        names = captioned.get(label, [])
        if i not in out and len(names) == 1 and names[0] and label in generic:
            out[i] = names[0]  # "REP (VO)": one reporter, captioned once
        if i not in out and label in generic and (name := _clip_caption(label, doc.blocks[i].text)):
            out[i] = name
    return out


# Labels of caption lines a reader may take for turns: "GFX: Ann Berg | Reporting from Omagh".
CAPTION_LABELS = frozenset("gfx super caption aston strap cg chyron".split())


def _caption_lines(doc: Document) -> list[tuple[int, str | None]]:
    """(block, the one name it gives or None) of each caption line."""
    out = []
    for j, block in enumerate(doc.blocks):
        text = block.text.strip()
        if block.kind == "turn":
            if not (block.speaker and bare_label(block.speaker).lower() in CAPTION_LABELS):
                continue
            text = f"{block.speaker}: {text}"
        if m := CAPTION.match(text):
            people = _people(m[1])
            out.append((j, people[0] if len(people) == 1 else None))
    return out


def _clip_caption(label: str, text: str) -> str | None:
    """A clip's own caption opening its turn: "SOT: Ann Berg, tour operator — 'We had to …'"."""
    if not set(bare_label(label).lower().split()) & CLIP_WORDS:
        return None
    m = re.match(r"([^,(—–:\n]{4,60})(?:,| \(| [—–-] )([^:\"“‘\n]{0,80}?)(?:\)|:|\n| [—–-] |"
                 r"\s*[\"“‘])", text)
    if not m:
        return None
    people = _people(m[1])
    return people[0] if people == [m[1].strip()] else None


def _assign(out: Labelled, skip: set[int], generic: set[str], named: dict[str, str],
            found: dict[str, set[str]], captions: dict[int, str]) -> Labelled:
    """Each generic label's turns named where the evidence gives one name no one else holds."""
    taken = {fold(n) for n in named.values()}
    # a bare surname label speaks for its bearer ("Berg:" beside "FT:" in "Lunch with the FT: Ann
    # Berg")
    surnames = {fold(n.surname) for i, label, n in out if n is not None and label not in generic}
    whole = {label: next(iter(names)) for label, names in found.items()
             if len(names) == 1 and (_single(label) or _of_place(label))}
    claims = defaultdict(set)
    # "PRESIDENT (Norvale)" and "PRESIDENT": one claim, when no other "PRESIDENT (…)" speaks
    plain = {label: re.sub(r"\s*\([^()]*\)", "", label) for label in generic}
    variants = Counter(p for label, p in plain.items() if p != label)
    for label, name in whole.items():
        one = plain[label] if variants[plain[label]] == 1 and plain[label] in generic else label
        claims[fold(name)].add(one)
    # a caption may name the reporter another remark of the same role signs off as: "REP (VO)"
    # and "REP (PTC)"
    roles = {fold(n): re.sub(r"\s*\([^()]*\)", "", label) for label, n in named.items()}
    result = []
    for i, label, name in out:
        who = captions.get(i)
        if who is None and label in whole and len(claims[fold(whole[label])]) == 1:
            who = whole[label]
        # (the bracketed form of a named role speaks for its holder: "SUSPECT (through
        # interpreter)" beside "SUSPECT")
        same = who is not None and "(" in label and roles.get(fold(who)) == plain.get(label)
        if i in skip or label not in generic or who is None or fold(who) in taken and not same \
                or fold(who.split()[-1]) in surnames and not same:
            if i not in skip and label in generic and name is not None and not name.full \
                    and is_place_name(name.name):
                name = None  # "DELEGATE OF KENYA" is no one called Kenya
            result.append((i, label, name))
        else:
            result.append((i, label, SpeakerName(who, True)))
    return result
