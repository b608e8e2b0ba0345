"""Who a turn's label stands for, from the document's own text: `named_turns` reads each
labelled turn with the holders the other parts find (offices.py, hosts.py, court.py,
initials.py, worded.py, questioners.py), then the layouts' own readings (address.py,
cast.py, seats.py); here the one turn's reading (`_turn_name`) and what names no one (a
production cue, a boat, a station)."""

from __future__ import annotations

import re

from ..detect.lexicon import address_form
from ..model import Document
from ..speakers import (HONORIFICS, STAMP, asks, bare_label, bracket_person, common_words,
                        is_given_name, is_place_name, is_role_word, is_surname, office_holder,
                        unlisted_name)
from .address import by_address
from .cast import by_cast_list
from .castlines import by_header_cast, by_two_voices
from .court import (ABBREVIATED, EXAMINED, EXAMINER, SWORN_TURN, WITNESS, WITNESS_NAME, _called,
                    _deponent, _examined, header_witness)
from .fullnames import TITLES
from .initials import INITIALS, ROLE_INITIALS, _initials, _whole
from .names import SpeakerName, fold, person_part
from .offices import _introduced
from .qualified import shared_roles
from .patterns import (CLERICAL, _header_turns, _names_only, _opening_turns, dashed_cast,
                       lone_cast_lines, office_key)
from .questioners import (NUMBERED_ASKER, _bracketed, _bracketed_surname, _self_named,
                          bracketed_addressed, bracketed_alike, numbered_throughout)
from .roster import header_labels, roster_lines, station
from .seats import by_seat, cast_keyed, cast_people
from .stations import by_station
from .worded import _family_named, _role_words_unnamed, _worded_holders

Labelled = list[tuple[int, str, SpeakerName | None]]
# A script's production cues, labelled like turns: graphics, sound, music, tape.
CUE_WORDS = frozenset("gfx sfx fx sound music graphic graphics vt vision atmos ambience ambient "
                      "nat natsot b-roll broll effects montage footage stills map sting jingle "
                      "bed titles credits ident".split())


def named_turns(doc: Document) -> list[tuple[int, str, SpeakerName | None]]:
    """(block, label, person it names) of each labelled turn. An office alone ("The Prime
    Minister") names the holder that the office's last bracketed label gave ("The Prime Minister
    (Keir Starmer)"): Hansard names the holder once, and again when the chair changes. In an
    examination, "Q" is the lawyer of the last "BY MR. SMITH:" line and "A" (or "THE WITNESS")
    the witness of the last "ANN BERG, having been duly sworn" line, or the one a lawyer calls,
    or the deponent. A questioner ("Question", "JOURNALIST (Outlet)") is who they say they are."""
    if not any(b.kind == "turn" for b in doc.blocks):
        return []
    holders = {**_introduced(doc), **_initials(doc)}
    for role, key in EXAMINED.items():  # "Witness: Ann Berg, …" names THE WITNESS's answers
        if role in holders:
            holders.setdefault(key, holders[role])
    deponent = _deponent(doc) or _examined(doc) or header_witness(doc)
    if deponent:
        holders.setdefault("a", deponent)
    worded = _worded_holders(doc)  # "TEKNİK DİREKTÖR" of "Teknik direktör / Head coach: …"
    opening = {id(b) for b in _opening_turns(doc)} if worded else set()
    spoken: set[str] = set()  # surnames of the people who have spoken so far
    furniture: set[int] = set()  # cast lines and sworn lines read as turns
    cast = {id(b) for b in _header_turns(doc)}  # "Moderator: Director of Communications"
    cast |= {id(doc.blocks[i]) for i in dashed_cast(doc)}  # "Ann Berg – Head, IR" (a list's)
    cast |= {id(b) for b in lone_cast_lines(doc)}  # "Interviewee: Ann Berg, b. 1938"
    out = []
    for i, block in enumerate(doc.blocks):
        if block.kind != "turn" or not block.speaker:
            # (the witness's name may end the line before: "ANN BERG,", "having been …")
            before = doc.blocks[i - 1].text if i and doc.blocks[i - 1].text.endswith(",") else ""
            if ("BY " in block.text and (m := EXAMINER.search(block.text))) or \
                    (m := WITNESS.match(block.text)) or \
                    before and (m := WITNESS.match(f"{before} {block.text}")):
                holders["q" if m.re is EXAMINER else "a"] = m[1]
            continue
        if SWORN_TURN.fullmatch(block.text.strip()):  # "ANN BERG: AFFIRMED", a witness line
            holders["a"] = block.speaker
            out.append((i, block.speaker, None))
            furniture.add(i)
            continue
        if id(block) in cast:
            out.append((i, block.speaker, None))
            furniture.add(i)
            continue
        # (a name answering a question is a turn: "Can you confirm your name?" "Ann Berg.")
        if not out or all(name is None and "?" not in doc.blocks[j].text for j, _, name in out):
            if _names_only(block.text) and person_part(block.speaker) is None:
                out.append((i, block.speaker, None))  # a header's "Chair: Cllr Ann Berg"
                furniture.add(i)
                continue
        if (held_by := worded.get(office_key(bare_label(block.speaker)))) is not None:
            cast_line = id(block) in opening and _names_only(block.text) and \
                held_by in block.text  # the header's own line, not an answer giving the name
            out.append((i, block.speaker, None if cast_line else SpeakerName(held_by, True)))
            furniture |= {i} if cast_line else set()
            continue
        out.append((i, block.speaker, _turn_name(block.speaker, block.text, holders, spoken)))
        if "call" in block.text and (called := _called(block.text)):
            holders["a"] = called
    prose = "\n".join([doc.meta.title, *(b.text for b in doc.blocks)])
    answers = {i: doc.blocks[j].text for (i, _, _), (j, _, _) in zip(out, out[1:])}
    out = _family_named(prose, _role_words_unnamed(prose, numbered_throughout(
        bracketed_addressed(bracketed_alike(out), answers))))
    lines = roster_lines(doc)  # "AFISA MTENDAJI:" under "Afisa Mtendaji (…): Ann Berg": a role
    cast = header_labels(doc)  # "Afisa Mtendaji (…): Ann Berg" itself: a role and its holder
    out = [(i, label, None if name and (cast_keyed(label, lines) or label in cast
                                        and len(cast_people(doc.blocks[i].text)) == 1)
            and set(fold(name.name).split()) <= set(fold(label).split()) else name)
           for i, label, name in out]
    vessels = {fold(m[1]) for m in VESSEL_NAMED.finditer(prose)}
    out = [(i, label, None if name and (fold(name.name) in vessels or station(name.name))
            else name) for i, label, name in out]  # "NANOQ II:" of "fishing vessel Nanoq II": a
    # boat calling; "SHETLAND COASTGUARD:" a station
    cues = {i for i, label, _ in out if set(bare_label(label).lower().split()) <= CUE_WORDS}
    out = [(i, label, None if i in cues else name) for i, label, name in out]
    furniture |= cues  # "GFX:", "SOUND:": a production cue speaks for no one
    # (the cast lines and the stations first: who they name has a label, and no other one)
    out = by_station(doc, by_header_cast(doc, _of_a_kind(out), furniture), furniture)
    out = by_seat(doc, by_cast_list(doc, by_address(doc, out, furniture), furniture), furniture)
    out = shared_roles(by_two_voices(doc, _noises_only(doc, out), furniture))
    return [(i, label, None if UNNAMED_VOICE.search(label) or
             name and address_form(name.name.split()) else name) for i, label, name in out]
    # ("MR. ROE: My Lady, I object.": the judge addressed names no one)


# A label whose bracket says the voice is nobody the record names: "DEPUTY (from the floor)",
# "MEMBER (off mic)", "MAN (unidentified)".
UNNAMED_VOICE = re.compile(r"(?i)\((?:[^()]*\b)?(?:from the floor|off[- ]?mic(?:rophone)?|"
                           r"unidentified|unknown|inaudible|not identified)\b[^()]*\)")


# A turn that is only a room's noise in brackets: "[applause]", "(laughter)", "[murmurs of
# assent]" (not "[in Mongolian]": a speaker the record does not render).
NOISE = re.compile(r"\s*[\[(](?i:(?:loud |prolonged |general |some )?(?:applause|laughter|laughs|"
                   r"cheers|cheering|murmurs?|booing|boos|heckling|crosstalk|clapping|jeers|"
                   r"groans|shouts|aplausos|risas|applaudissements|rires|beifall|gelächter|"
                   r"applaus|gelach)\b[^\[\]()]{0,30})[\])]\s*")


def _noises_only(doc: Document, out: Labelled) -> Labelled:
    """A label all of whose turns are a noise in brackets ("SALLE: [applause]") is the room, no
    one: not a person, whatever name the word is part of ("Salle Le Chafaud")."""
    said: dict[str, list[str]] = {}
    for i, label, _ in out:
        said.setdefault(label, []).append(doc.blocks[i].text)
    quiet = {label for label, texts in said.items() if all(NOISE.fullmatch(t) for t in texts)}
    return [(i, label, None if label in quiet else name) for i, label, name in out]


def _of_a_kind(out: Labelled) -> Labelled:
    """A label of a common word and the role another label is headed by ("YOUNG HERDER" beside
    "HERDER (Jigleg)"): one of that kind, not a name ("Young Herder")."""
    heads = {words[0] for _, label, _ in out
             if len(words := re.sub(r"\s*\([^()]*\)|\s+\d+$", "", bare_label(label)).split()) == 1}
    kinds = {label for _, label, name in out if name is not None and label.isupper()
             and len(words := bare_label(label).split()) == 2 and words[1] in heads
             and words[0].lower() in common_words()
             and fold(name.name).split() == fold(" ".join(words)).split()}  # (not its holder)
    return [(i, label, None if label in kinds else name) for i, label, name in out]


def _holder(text: str) -> SpeakerName | None:
    """The person a holder's text names; a witness's name in capitals is a name throughout
    ("SHAHANA BEGUM CHOWDHURY, affirmed": no organisation before the given name)."""
    text = re.sub(rf"^(?:{CLERICAL})+(?=\S+ \S)", "", text)  # "Revd Ann Berg": no given name
    words, part = text.split(), person_part(text)
    if part and part.full and len(words) == 3 and part.name == " ".join(words[1:]) \
            and unlisted_name(text) and not is_place_name(words[0]) \
            and words[0].lower().strip(".") not in HONORIFICS | TITLES:
        return SpeakerName(text, True)  # "Shamsur Rahman Tito, BCB media manager": whole
    if not (text.isupper() and 2 <= len(words) <= 4 and WITNESS_NAME.fullmatch(text)) or \
            part is None:
        return part
    dropped = words[:len(words) - len(part.name.split())]
    if all(is_role_word(w) or w.lower().strip(".") in HONORIFICS for w in dropped):
        return part  # "OFFICER YUSUF ELMASRY": the rank goes
    return SpeakerName(" ".join(w.title() for w in words), True)


def _turn_name(label: str, text: str, holders: dict[str, str], spoken: set[str]
               ) -> SpeakerName | None:
    """The person one turn's label names, its office's holder, or a questioner's own name."""
    key = office_key(bare_label(label))
    key = key if key in holders else ABBREVIATED.get(key, key)  # "ACC" of "… (ACC)" is kept
    key = EXAMINED.get(key, key)
    numbered = bool(NUMBERED_ASKER.fullmatch(key))  # "CALLER 3": one caller, all their turns
    asking = asks(key) or numbered
    held = office_holder(label)
    firm = _firm(label)  # "ANALYST (UOB Kay Hian)": no holder
    if held and firm and not asking and held[1].casefold() in firm[1].casefold():
        held = None
    if held and not asking:  # an office has one holder; "Reporter (Ann Berg)" is one of many
        holders[office_key(held[0])] = label
    elif not asking and (inner := bracket_person(label)) and "(" in label:
        holders[office_key(bare_label(label.split("(")[0]))] = inner  # "THE CHAIR (Sen. Berg)"
    name = person_part(label) or (None if asking else _bracketed_surname(label))
    if asks(key) and name is not None and not name.full and fold(name.name) == key \
            and not re.search(r"\d", label):  # ("FLOOR (MIC 1)": a microphone many speak at)
        name = None  # "FLOOR": a questioner's role (no "Floor"), who may say who they are
    if held and asking and name is not None:
        name = _bracketed(label)  # "Journalist (Cadena SER)": an outlet, no one's name
    if name is not None and firm and name.name.casefold() in firm[1].casefold():
        name = None  # (a firm's name opening with its initials names no one)
    if name is None and (m := ROLE_INITIALS.search(label)) and m[1].lower() in holders:
        return _holder(holders[m[1].lower()])  # "MODERATOR (KN)" after "Kalani Nāone (KN)"
    # (or the office's one word a label in brackets held: "PRIMARUL" after "PRIMARUL (Ion Pop)")
    if key in holders and (name is None or INITIALS.fullmatch(bare_label(label))
                           or not name.full and fold(name.name) == fold(key) and not asking):
        return _whole(bare_label(label), holders[key]) or _holder(holders[key])
    if name is None and asking:
        bracket = re.search(r"\(([A-Z][^\d()]*)\)", label)
        name = _bracketed(label) or _self_named(text, bracket[1] if bracket else "")
        # someone who has spoken, addressed: "Ann Berg, Norvale fans ask…"
        name = None if name and fold(name.surname) in spoken else name
        if name and numbered:
            holders[key] = name.name
        # "Q (Radio Norvale)": one outlet's questioner, who said who they are in an earlier turn
        # (the label without its time code: "[00:03:20] Journalist (Radio Norvale)")
        outlet = f"asker:{STAMP.sub('', label)}" if re.search(r"\([A-Z][^\d()]*\)", label) \
            else None
        if name and outlet:
            holders.setdefault(outlet, name.name)
        elif name is None and outlet in holders:
            name = SpeakerName(holders[outlet], True)
        return name
    if name is not None:
        spoken.add(fold(name.surname))
    return name


def _firm(label: str) -> re.Match[str] | None:
    """A label's bracket that opens with a firm's initials ("(UOB Kay Hian)"; not a title's or
    a family name's: "(SHRI C. R. PATIL)", "(MORI Daisuke)")."""
    m = re.search(r"\(([A-Z]{2,4})\b([^()]*)\)", label)
    if m is None or m[1].lower() in HONORIFICS or is_surname(m[1]) or is_given_name(m[1]) \
            or len(m[2].split()) == 1:  # "(MORI Daisuke)": a family name, then a given name
        return None
    return re.search(r"\(([^()]+)\)", label)


# A boat named in the text: "fishing vessel Nanoq II", "the trawler Sea Star".
VESSEL_NAMED = re.compile(r"\b(?:vessel|boat|ship|trawler|yacht|tanker|ferry|tug|cutter|"
                          r"longliner|dinghy|schooner)\s+"
                          r"((?:[A-Z][\w'’-]*\s?){1,3}(?:[IVX]{1,4}\b)?)")
