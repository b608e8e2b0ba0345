"""Who a turn's label stands for, from the document's own text: the holder of an office or a
role ("The Prime Minister (Keir Starmer)", "Moderator: Ann Berg", "BEFORE THE HONORABLE …"), the
lawyer and the witness of an examination, a questioner who names themself in the question, and
the full name a header gives a surname label ("Dr. Ann Ato Berg" for "DR. BERG:")."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable

from ..detect import ORG_HEADS
from ..model import Block, Document
from ..speakers import (HONORIFICS, LABEL_ARTICLES, NUMBER_WORDS, asks, bare_label, bracket_person,
                        common_words, family_caps, is_given_name, is_place_name, is_role_word,
                        is_surname, label_words, office_holder, person_name_shape, unlisted_name)
from .address import by_address, own_name
from .cast import by_cast_list
from .roster import header_labels, plain_phrase, roster_lines, station
from .seats import by_seat, cast_keyed, cast_people
from .fullnames import TITLES, full_names
from .names import INITIAL, SpeakerName, fold, person_part
from .qualified import many_qualified, shared_roles

# "DIRECT EXAMINATION BY MR. SMITH:" and "ANN BERG, called as a witness …, testified": who asks
# the "Q" turns and who gives the "A" turns that follow.
EXAMINER = re.compile(r"\bBY ((?:MR|MS|MRS|DR)\.? [A-Z][A-Z’'-]+(?: [A-Z][A-Z’'-]+)?):?$")
WITNESS = re.compile(r"^([A-Z][A-Z.’' -]+[A-Z])(?:,\s+(?:called as a witness|having been|"
                     r"being first|"
                     r"being duly|recalled as a witness|previously sworn|previously affirmed|"
                     r"affirmed|sworn)| \((?:affirmed|sworn)\)$)")  # "MRS ANN BERG (affirmed)"
EXAMINED = {"q": "q", "a": "a", "witness": "a"}
# A court-martial's short labels for roles: "WIT:" the witness, "ACC:" the accused.
ABBREVIATED = {"wit": "witness", "acc": "accused"}
SWORN_TURN = re.compile(r"(?i:(?:duly )?(?:sworn|affirmed))\.?")
WITNESS_NAME = re.compile(r"[A-Z][A-Z’'-]+(?: [A-Z][A-Z’'-]+){1,3}")
INITIALS = re.compile(r"[A-Z]{2,3}")  # "AB:" for Ann Berg, where the document says so
ROLE_CAST = re.compile(r"(?m)^([A-Z][a-z]+ [A-Z][a-z]+): "
                       r"((?:[A-Z][\w'’.-]+ ){1,4}[A-Z][\w'’-]+)\s*$")
ROLE_INITIALS = re.compile(r"\(([A-Z]{2,3})\)\s*$")
# A cast line that ends with its person's initials: "Chair: Prof. Ann Berg, Sciences Po (AB)".
# Or the initials of its role: "Colonel Ann Berg, Military Judge (MJ)", "…, Accused (ACC)".
CAST_INITIALS = re.compile(r"^(?:[A-Z][\w -]{0,20}:\s*)?(?:(?:Prof|Dr|Mr|Mrs|Ms|Mx|Hon|Rev|Sir|"
                           r"Dame)\.?\s+)?([A-ZÀ-ÖØ-Þ][\w'’-]+(?: (?:[A-Z]\.|[A-ZÀ-ÖØ-Þ][\w'’-]+))"
                           r"{1,5}),([^()\n]*)\(([A-Z]{2,3})\)\s*$", re.M)
# (a Hong Kong name ends in a hyphenated given name: "Ivan Moss Ho Chun-yin")
NAME = (r"((?:[A-ZÀ-ÖØ-Þ][\w'’.-]+ ){1,2}[A-ZÀ-ÖØ-Þ][\w'’-]+"
        r"(?: [A-ZÀ-ÖØ-Þ][a-z]+-[a-z]+(?![\w'’-]))?)")
INTRODUCED = frozenset("spokesman spokeswoman spokesperson moderator host co-host anchor presenter "
                       "interviewer narrator interviewee guest chair chairman chairwoman "
                       "chairperson convener convenor coroner".split())
# An office, then its holder in brackets, in a header or a label: "The Lord Mayor (Cllr Ann
# Berg) in the Chair", "MODERATOR (Ann Berg, Spokesperson)"; the inner text read as a label.
HELD_BY = r"{}\b[^()]{{0,20}}? \(([^(),]{{3,60}})[,)]"
# An office and its holder in a header's list of who is present: "Presenters: Governor Ann
# Berg; Senior Deputy Governor …".
CAST_LIST = r"(?m)(?:^[A-Z][\w ]{{0,30}}:\s*|;\s*){},? {}(?=\s*(?:[;,(]|$))"
# Not the role itself when a word in front makes it another one ("Deputy Convener: Ann Berg",
# "Senior Deputy Governor Dr. Ann Berg") or its counsel's ("For the Defendant: Ann Berg").
NOT_OTHER = "".join(rf"(?<!(?i:{w})[ -])" for w in ("vice", "deputy", "assistant", "associate",
                                                     "lieutenant", "under", "sub", "co", "ex",
                                                     "temporary",
                                                     "former", "for the", "for"))
INTRODUCED_BY = {"moderator": "moderated", "host": "hosted", "presenter": "presented",
                 "interviewer": "interviewed", "narrator": "narrated", "chair": "chaired",
                 "chairman": "chaired", "chairwoman": "chaired", "chairperson": "chaired"}
# Roles that name their holder in their own ways, besides "Moderator: Ann Berg" and the like.
ROLE_PATTERNS = {
    # the caption: "UNITED STATES v. ANN BERG", "R v ANN BERG", "ANN BERG,\nDefendant."
    "defendant": [r"\b(?:vs?\.?|versus) " + NAME, r"(?m)" + NAME + r",\s*(?i:defendant)\.?\s*$"],
    # "HMA v ANN BERG", "UNITED STATES v. SERGEANT ANN BERG": the caption's line, in capitals
    "accused": [r"(?m)\b(?:HMA|R|PP|DPP|UNITED STATES|PEOPLE|STATE|COMMONWEALTH) (?:vs?\.?|versus) "
                r"((?:[A-Z][A-Z'’-]+ ){1,6}[A-Z][A-Z'’-]+)\s*$"],
    # "an evening with novelist Ann Berg"
    "author": [r"\b(?i:evening|conversation|session) with (?:the )?(?i:novelist|writer|poet|"
               r"author|historian) " + NAME],
    "interviewee": [r"\b(?i:interview(?:ed)?|in conversation|a conversation) with " + NAME],
    "interviewer": [r"\b(?i:interview(?:ed)?|conducted) by " + NAME,
                    # "She spoke to our literary editor, Ann Berg, at her kitchen table."
                    r"\b(?:spoke|talked|speaks|talks) (?:to|with) (?:our |the )?(?:[a-z]+ ){0,2}"
                    r"(?:editor|correspondent|reporter|writer|critic|columnist|journalist),? "
                    + NAME],
    "court": [],  # its judge: BENCH, in place of the general patterns
}
CHAIR_ROLES = frozenset(("chair", "chairman", "chairwoman", "chairperson"))
BENCH_ROLES = frozenset(("his honour", "her honour", "his honor", "her honor"))
TITLED = r"(?:Cllr|Councillor|Deputy|Senator|Dr|Mr|Mrs|Ms|Prof|Hon|Sir|Dame)\.? "
# Degrees and honours after a name: "BA(Hons) MA MRTPI", "KC", "PhD", "OBE".
POST_NOMINALS = re.compile(r"(?:\s+(?:[A-Z]{2,6}|[A-Z][A-Za-z]{1,3}\([A-Za-z]+\)|Ph\.?D|DPhil))+$")
CLERICAL = r"(?:Revd|Rev|Reverend|Canon|Deacon|Fr|Father|Sister|Pastor|Rabbi|Imam)\.? "
CLERGY = frozenset("revd rev reverend canon deacon fr father sister pastor rabbi imam".split())
# Who chairs a sitting, as a record's header says: "Presidency of Mr Ann Berg, Vice-President",
# "IN THE CHAIR: Ann Berg", "Presiding: Dame Ann Berg"; the chair's labels then name them.
CHAIRS = frozenset("president speaker chair chairman chairwoman chairperson".split())
IN_THE_CHAIR = r"\b(?i:presidency of|in the chair:|presiding:) (?:" + TITLED + ")?" + NAME
FOR_ROLE = re.compile(r"\b(?i:for|on behalf of)(?: (?i:the))? $")
# Who sits alone to hear a case, as a header's "Before:" line names them.
BENCH_KINDS = frozenset(("court", "coroner", "sheriff", "judge", "magistrate", "his honour",
                         "her honour", "his honor", "her honor"))
# The one member who chairs an inquiry or a panel, as its header's cast line names them.
SOLE_CHAIR = r"(?m)^(?i:commissioner|presiding member|presiding officer|presiding arbitrator)" \
    r": (?:" + TITLED + ")?" + NAME + r"\s*$"
# Titles that, like an honorific, vouch that the capitalised words after them are a name.
# The bench: "BEFORE THE HONORABLE ANN BERG", "Presiding: Judge Ann Berg", "Judge Ann Berg".
BENCH = re.compile(r"\b(?i:before|presiding):?(?: (?i:the))?(?: (?i:honou?rable|hon\.|"
                   r"chief|district|magistrate|circuit|judge|justice|his honou?r|her honou?r|"
                   r"madam|mr\.?|mrs\.?|ms\.?))+ "  # "Before: the Honourable Madam Justice X"
                   + NAME
                   + r"|\b(?i:judge|justice) " + NAME)
# A witness called in a turn: "The government calls Special Agent Ann Berg." The capitalised run
# after the verb is read as a label (roles dropped), so "calls Ann Berg to the stand" reads too.
CALLED = re.compile(r"\b(?:calls?|recalls?)(?: as (?:its|our|their) (?:next |first )?witness,?)?"
                    r" ((?:[A-ZÀ-ÖØ-Þ][\w'’.-]*\.? ?){2,6})(?=[.,;]|$| to the stand| as )")
DEPONENT = re.compile(r"\b(?i:deposition) (?i:of) " + NAME)
# A questioner naming themself in one of the first two sentences, after a greeting or thanks:
# "I'm Ann Berg", "My name is Ann Berg", or the name then an outlet ("Ann Berg, Norvale Times.",
# "Ann Berg from Reuters") or "Ann Berg, I am a student here." A name then lower-case words
# ("Ann Berg, do you…") is someone addressed, not the questioner.
_OPEN = (r"(?:(?:[Hh]i|[Hh]ello|[Yy]es|[Tt]hanks?(?: you)?|"
         r"[Gg]ood (?:morning|afternoon|evening)|[Kk]ia ora|[Mm]orning|[Ee]vening)"
         r"(?:,? [A-Z][a-z]+)?[,.!]?\s+)?")  # "Hi Ann, it's …": the host addressed
# A script's production cues, labelled like turns: graphics, sound, music, tape.
CUE_WORDS = frozenset("gfx sfx fx sound music graphic graphics vt vision atmos ambience ambient "
                      "nat natsot b-roll broll effects montage footage stills map sting jingle "
                      "bed titles credits ident".split())
# "LINE 1", "LINE TWO": a phone-in's caller
NUMBERED_ASKER = re.compile(r"(?:caller|questioner|audience member|line|public comment|"
                            rf"commenter|member of the public) ?(?:\d{{1,2}}|{NUMBER_WORDS})")
_SELF = r"((?:[A-ZÀ-ÖØ-Þ][\w'’-]+ |[A-Z]\. |Ó ){1,2}[A-ZÀ-ÖØ-Þ][\w'’-]+)"  # no "Tomas. Ann"
_OUTLET = r"[A-ZÀ-ÖØ-Þ][\w'’&.-]*(?: (?:of|the|for|and|de|del|&|[A-ZÀ-ÖØ-Þ][\w'’&.-]*))*"
# "Ann Berg, Minister of Harbours, said …?": someone the questioner speaks of, not themself.
REPORTED = re.compile(r"\?|\b(?:said|says|told|tells|asked|asks|announced|wrote|writes|claimed|"
                      r"claims|stated|argued|argues|reported|called|promised|warned|insisted|is|"
                      r"was|has|had|will|would)\b")
# "Latoya Pruitt, I live on Ellis Boulevard.": a name, then what the speaker does or where they
# live (a name addressed goes on otherwise: "Ann Berg, I'm asking you …").
NAME_THEN_LIFE = re.compile(_OPEN + _SELF + r", I (?:live|work|teach|run|own|represent|farm)\b")
SELF_TITLE = re.compile(r"(?<=\bis )(?:Dr|Prof|Mr|Mrs|Ms)\.? (?=[A-Z])")
# Titles a caller may give with their name ("it's Councillor Ann Berg").
CALLER_TITLES = ("Councillor", "Cllr", "Mayor", "Reverend", "Rev", "Pastor", "Father", "Sister",
                 "Chief", "Senator", "Dr", "Prof", "Professor", "Mr", "Mrs", "Ms")
CALLER_TITLE = re.compile(r"\b(?:" + "|".join(CALLER_TITLES) + r")\.? (?=[A-Z])")
NAMED_SELF = re.compile(_OPEN + r"(?:(?:I'm|I’m|I am|[Mm]y name is|[Tt]his is) " + _SELF
                        + r"\b(?!['’-])|" + _SELF + r", (?:I am|I'm|I’m) "
                        + r"|(?:[Ii]t's|[Ii]t’s|[Ii]t is) " + _SELF + r" here\b"
                        # "It's Bridie here, Bridie Costello from outside Ballymahon."
                        + r"|(?:[Ii]t's|[Ii]t’s|[Ii]t is) [A-Z][a-z]+ here, " + _SELF
                        # "Morning Darla, it's Councillor Ann Berg from Redcliff."
                        + r"|(?:[Ii]t's|[Ii]t’s|[Ii]t is) (?:(?:" + "|".join(CALLER_TITLES)
                        + r")\.? )?" + _SELF + r"(?= from | in |[.,!]|$))")
HONOURED = ("Dr", "Prof", "Professor", "Mr", "Mrs", "Ms", "Sir", "Dame")
HOST_NAMED = re.compile(rf"(?:\b({'|'.join(HONOURED)})\.? )?" + _SELF)  # "… is Dr Ann Berg"
SELF_INTRO = re.compile(r"\b(?:I'm|I’m|I am|[Mm]y name is) (?:(?:Dr|Prof|Professor)\.? )?" + _SELF
                        + r"(?=[,.;!?]|$| and )")  # "My name is Dr. Ann Berg."
NAMED_FROM = re.compile(_OPEN + _SELF + r"(?:,| (?:from|with)(?: the)?) " + _OUTLET
                        + r"(?:[.,]\s|[.,]?$)")


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
    deponent = _deponent(doc) or _examined(doc)
    if deponent:
        holders.setdefault("a", deponent)
    worded = _worded_holders(doc)  # "TEKNİK DİREKTÖR" of "Teknik direktör / Head coach: …"
    opening = {id(b) for b in _opening_turns(doc)} if worded else set()
    spoken: set[str] = set()  # surnames of the people who have spoken so far
    furniture: set[int] = set()  # cast lines and sworn lines read as turns
    cast = {id(b) for b in _header_turns(doc)}  # "Moderator: Director of Communications"
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
    out = _family_named(prose, _role_words_unnamed(prose, out))
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
    return shared_roles(by_seat(doc, by_cast_list(doc, by_address(doc, out, furniture), furniture),
                                furniture))


# How a header or the text gives the holder of a label made of words no list knows, in any
# language: a cast line naming it among glosses ("Teknik direktör / Head coach: Ann Berg"), the
# role in apposition ("la mairesse, Mme Ann Berg", "Ann Berg, directeur général"), in brackets
# ("Ann Berg (Moderation)") or as a title in front ("Politologe Ann Berg").
_ENDS = r"(?=\s*(?:[,;.()]|$)|\s+[a-zà-öø-ÿ])"  # not "Ann Berg Également présents"
WORDED = (r"(?m)^[^\n:]{{0,60}}(?<!\w){role}(?!\w)[^\n:]{{0,60}}:\s*(?:{titled})?{name}" + _ENDS,
          r"(?m)(?<!\w){role}, (?:{titled})?{name}" + _ENDS, r"{name}, (?:the )?{role}(?!\w)",
          r"{name} \({role}\)", r"(?m)(?<!\w){role} {name}" + _ENDS)
LOCAL_TITLES = (r"(?:M|Mme|Mlle|Sr|Sra|Dra|Enf|Eng|Ing|Lic|Arq|Hr|Fr|Herr|Frau|Pan|Pani|Bay|"
                r"Bayan)\.? ")
LOCAL_TITLE_AT = re.compile(LOCAL_TITLES.replace("(?:", "^(?:", 1))


def _worded_holders(doc: Document) -> dict[str, str]:
    """Labels read as names whose words no name list knows ("TEKNİK DİREKTÖR", "LA MAIRESSE",
    "POLITOLOGE"), and the one person the document gives each as its holder."""
    text = "\n".join([doc.meta.title, *(b.text for b in doc.blocks if b.kind != "turn"),
                      *(f"{b.speaker}: {b.text}" for b in _opening_turns(doc))])
    labels = {office_key(bare_label(b.speaker)): b.speaker for b in doc.blocks
              if b.kind == "turn" and b.speaker}
    # "ODITÈ (Kafou)", "ODITÈ (Okap)": callers from two towns, no one holder
    shared = many_qualified(doc, office_key)
    labels = {k: v for k, v in labels.items() if k not in shared}
    # the people who speak under their own names hold no other label ("Lunch with the FT: Ann
    # Berg" above "FT:" and "Berg:")
    own = {fold(w) for lab in labels.values() if (part := person_part(lab)) for w in
           part.name.split()}
    out = {}
    for key, label in sorted(labels.items()):
        words = key.split()
        if words[0] in LABEL_ARTICLES and len(words) > 1:
            words = words[1:]  # "la mairesse, Mme Ann Berg": the article may go or stay
        if person_part(label) is None or len(key) < 4 or family_caps(bare_label(label)) or \
                any(is_given_name(w) or is_surname(w) for w in words):
            continue  # ("FT": an outlet's initials; "HASHIMOTO Ren": a name, family name first)
        role = r"\s+".join(map(re.escape, words))
        titled = f"(?:{TITLED}|{LOCAL_TITLES})"
        found = {LOCAL_TITLE_AT.sub("", m[1]) for p in WORDED
                 for m in re.finditer(p.format(role=f"(?i:{role})", titled=titled, name=NAME),
                                      text)}
        names = {n for n in found if _name_ok(n, True)
                 and not set(map(str.casefold, n.split())) & set(words)
                 and not {fold(w) for w in n.split()} & own}
        if not names and (said := _first_words_name(doc, key)):
            names = {said}  # "Ekspert Komisji: Thank you. Dr Ann Berg, Warsaw University."
        if len(names) == 1:
            out[key] = names.pop()
    return out


def _first_words_name(doc: Document, key: str) -> str | None:
    """The name a label's first turn gives as the speaker's own ("I'm Ann Berg", "Dr Ann Berg,
    Warsaw University."), when no later turn of the label gives another."""
    own = [own_name(b.text, True) for b in doc.blocks if b.kind == "turn" and b.speaker
           and office_key(bare_label(b.speaker)) == key]
    if not own or own[0] is None or any(n and n != own[0] for n in own[1:]):
        return None
    part = person_part(own[0])
    return own[0] if part and part.full else None


def _family_named(prose: str, out: list[tuple[int, str, SpeakerName | None]]
                  ) -> list[tuple[int, str, SpeakerName | None]]:
    """A label of two short name words that the text writes once more after a family name
    ("Jun Wei:" and "I'm Jun Wei. Tan Jun Wei, for new listeners"): the family name first."""
    labels = {name.name for _, _, name in out if name is not None and name.full and
              re.fullmatch(r"[A-Z][a-z]{1,5} [A-Z][a-z]{1,5}", name.name)}
    if not labels:
        return out
    longer = {}
    for name in labels:
        found = {m[1] for m in re.finditer(rf"\b([A-Z][a-z]{{1,5}}) {re.escape(name)}\b", prose)
                 if m[1].lower() not in HONORIFICS and not is_role_word(m[1]) and
                 not is_place_name(m[1]) and (is_given_name(m[1]) or  # "Tan", a colour too
                                              m[1].lower() not in common_words())}
        if len(found) == 1:
            longer[name] = SpeakerName(f"{found.pop()} {name}", True)
    return [(i, label, longer.get(name.name, name) if name else name) for i, label, name in out]


def _role_words_unnamed(prose: str, out: list[tuple[int, str, SpeakerName | None]]
                        ) -> list[tuple[int, str, SpeakerName | None]]:
    """A one-word name from a label that the text writes only as a plain word ("INDEPENDENT:",
    "as an independent"; "VOICE NOTE:") or in capitals after an article ("PCSO:", "the PCSO
    has to leave": a role's initials) names no one, nor one whose later words the text writes
    in lower case ("Presidente comunal:", `plain_phrase`); a nickname the text writes as a name
    ("Poncho, the delivery is short") does."""
    shorts = {(label, name.name) for _, label, name in out if name is not None and not name.full}
    roles = {label for label, name in shorts if _role_word_in(bare_label(label), name, prose)}
    roles |= {label for _, label, name in out if name is not None and plain_phrase(label, prose)
              and set(fold(name.name).split()) <= set(fold(label).split())}  # (no holder's)
    return [(i, label, None if label in roles else name) for i, label, name in out]



def _role_word_in(label: str, name: str, prose: str) -> bool:
    """Whether a one-word name from a label reads in the text as an acronym or a plain word."""
    if re.fullmatch(r"[A-Z]{2,6}", label) and \
            re.search(rf"\b(?:the|a|an|our|your|their) {re.escape(label)}\b", prose):
        return True
    return len(name) > 2 and name.lower() in common_words() and not is_given_name(name) and \
        not is_surname(name) and not re.search(
            rf"(?<!\b[Tt]he )(?<!\b[Aa] )(?<!\b[Aa]n )\b{re.escape(name)}\b", prose)


def _whole(short: str, text: str) -> SpeakerName | None:
    """A holder whose every word an initials label spells ("TAB" for "Tesfaye Alemu Bekele"):
    the whole name, no first word taken for a role."""
    words = text.split()
    if 2 < len(words) <= 4 and "".join(w[0] for w in words) == short and all(
            w[:1].isupper() and not is_role_word(w) and w.lower().strip(".") not in HONORIFICS
            for w in words):
        return SpeakerName(text, True)
    return None


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
    if key in holders and (name is None or INITIALS.fullmatch(bare_label(label))):
        return _whole(bare_label(label), holders[key]) or _holder(holders[key])
    if name is None and asking:
        name = _bracketed(label) or _self_named(text)
        # someone who has spoken, addressed: "Ann Berg, Norvale fans ask…"
        name = None if name and fold(name.surname) in spoken else name
        if name and numbered:
            holders[key] = name.name
        # "Q (Radio Norvale)": one outlet's questioner, who said who they are in an earlier turn
        outlet = f"asker:{label}" if re.search(r"\([A-Z][^\d()]*\)", label) else None
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


def _initials(doc: Document) -> dict[str, str]:
    """Initials the document gives its people ("Ann Berg (AB)", "AB = Ann Berg"), which then
    label their turns ("AB:"): initials → full name, each standing for one person."""
    text = "\n".join([doc.meta.title, *(b.text for b in doc.blocks[:40] if b.kind != "turn"
                                         or ROLE_INITIALS.search(b.text))])  # "Chair: … (DC)"
    if not re.search(r"[A-Z]{2,3}", text):
        return _header_initials(doc, text)
    found: dict[str, set[str]] = defaultdict(set)
    for m in re.finditer(rf"{NAME} \(([A-Z]{{2,3}})\)|\b([A-Z]{{2,3}}) ?[=:–—-] ?{NAME}", text):
        name, short = (m[1], m[2]) if m[1] else (m[4], m[3])
        if short in _initials_of(name) and (part := person_part(name)) and part.full and (
                is_given_name(part.given) or _listed(text, m.start(), name, part)
                or _whole(short, name)):
            found[short.lower()].add(name)
        elif m[1] and _office_initials(text[:m.start()], short) and (part := person_part(name)) \
                and part.full:
            found[short.lower()].add(name)  # "Deputy Commissioner Ann Berg (DC)"
    for m in CAST_INITIALS.finditer(text):  # "Chair: Prof. Ann Berg-Lund, Sciences Po (ABL)"
        name, role, short = m[1], m[2].strip(), m[3]
        if (short in _initials_of(name) or _role_initials(role, short)) \
                and (part := person_part(name)) and part.full:
            found[short.lower()].add(name)
    cast = "\n".join(f"{b.speaker}: {b.text}" for b in doc.blocks[:40]
                     if b.kind == "turn" and b.speaker and _names_only(b.text))
    for m in ROLE_CAST.finditer(f"{text}\n{cast}"):  # "Military Judge: Colonel Ann Berg", "MJ:"
        short = "".join(w[0] for w in m[1].split())
        first, last = m[1].split()
        if is_role_word(last) and not is_given_name(first) and (part := person_part(m[2])) \
                and part.full and short.lower() not in found:
            found[short.lower()].add(m[2])
    out = {short: names.pop() for short, names in found.items() if len(names) == 1}
    return out or _header_initials(doc, text)


def _listed(text: str, start: int, name: str, part: SpeakerName) -> bool:
    """A cast list's line opening with a name and its initials ("Kalani Nāone (KN), …"): the
    initials vouch for a given name no list knows."""
    return (start == 0 or text[start - 1] == "\n") and part.name == name \
        and unlisted_name(name)


def _office_initials(before: str, short: str) -> bool:
    """Whether the office right before a name spells the initials after it ("Deputy
    Commissioner Ann Berg (DC)")."""
    m = re.search(r"((?:[A-Z][a-z]+ ){1,3})$", before)
    words = m[1].split() if m else []
    return len(words) == len(short) and "".join(w[0] for w in words) == short \
        and any(is_role_word(w) for w in words)


def _role_initials(role: str, short: str) -> bool:
    """Whether a role's words give these letters: "Military Judge" MJ, "Accused" ACC."""
    words = role.split()
    return bool(words) and all(is_role_word(w) or w[:1].isupper() for w in words) and (
        "".join(w[0] for w in words).upper() == short or
        len(words) == 1 and words[0].upper().startswith(short))


def _initials_of(name: str) -> set[str]:
    """The initials a name may go by: of its words, of its hyphened parts, first and last."""
    words, parts = name.split(), re.split(r"[ -]", name)
    return {"".join(w[0] for w in words).upper(), "".join(p[0] for p in parts if p).upper(),
            (words[0][0] + words[-1][0]).upper()}  # "Kim Ok-soon": KOS


def _header_initials(doc: Document, text: str) -> dict[str, str]:
    """Initials labels ("HA:", "BOS:") of an oral history that only names its people in the
    header ("Interviewer: Henrik Aaltonen", "Interview with Beatriz Okonkwo-Salgado"): each of
    two labels or more the initials of one full name there, or none is read."""
    labels = {b.speaker for b in doc.blocks if b.kind == "turn" and b.speaker}
    shorts = {label for label in labels if INITIALS.fullmatch(label)}
    if len(shorts) < 2:
        return {}
    # (a cast line's run may open with a rank: "Interviewer: DC Ann Berg-Lund")
    cast = "\n".join(f"{b.speaker}: {b.text}" for b in _opening_turns(doc)
                     if not b.speaker.isupper())
    runs = re.finditer(r"[A-ZÀ-ÖØ-Þ][\w'’-]+(?: [A-ZÀ-ÖØ-Þ][\w'’-]+){1,4}", f"{text}\n{cast}")
    # name → whether a title stands before it ("Mr Aled Price-Hughes": a given name no list knows)
    names: dict[str, bool] = {}
    for m in runs:
        w = m[0].split()
        for k in range(len(w) - 1):
            titled = k > 0 and (w[k - 1].lower().strip(".") in HONORIFICS | TITLES
                                or is_role_word(w[k - 1]))  # "DC Ann Berg"
            names[" ".join(w[k:])] = names.get(" ".join(w[k:]), False) or titled
    found: dict[str, set[str]] = defaultdict(set)
    for name, titled in names.items():
        part = person_part(name)
        if not (part and part.full and part.name == name
                and (is_given_name(part.given) or titled and unlisted_name(name))):
            continue
        for short in _initials_of(name) & shorts:
            found[short].add(name)
    if set(found) != shorts or any(len(n) != 1 for n in found.values()):
        return {}
    return {short.lower(): names.pop() for short, names in found.items()}


def _bracketed(label: str) -> SpeakerName | None:
    """The questioner a label names in brackets: "Q (Ann Berg, Reuters)", "JOURNALIST (Ann
    Berg)"; a full name starting with a known given name."""
    match = re.search(r"\(([^()]+)\)", label)
    if match and re.match(r"[A-Z]{2,}\b", match[1]):
        return None  # "ANALYST (UOB Kay Hian)": a firm's name opens with its initials
    part = person_part(match[1].split(", ")[0].strip()) if match else None
    return part if part and part.full and is_given_name(part.given) else None


# Roles one of several people fills, whose brackets tell them apart by surname.
SURNAMED_ROLES = frozenset("guest guests panellist panelist speaker witness candidate contestant "
                           "participant delegate expert interviewee councillor member".split())
BRACKETED_WORD = re.compile(r"([^()]+?)\s*\(([A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ'’]+(?:-[A-ZÀ-ÖØ-Þ][\w'’]+)?)\)")


def _bracketed_surname(label: str) -> SpeakerName | None:
    """A role with a surname in brackets: "GUEST (Adebayo-Lawal)", "Panellist (Okafor)"; not a
    place, a word, a given name or an acronym ("REPORTER (LIVE)", "GUEST (Lagos)")."""
    m = BRACKETED_WORD.fullmatch(label.strip())
    if not m or office_key(m[1]).split()[-1:] not in [[r] for r in SURNAMED_ROLES]:
        return None  # "Chair (Acas)", "Minister (Finance)": the body, not a surname
    word = m[2]
    if word.lower() in common_words() or is_place_name(word) or is_given_name(word):
        return None
    return SpeakerName(word, False)


def _self_named(text: str) -> SpeakerName | None:
    """The full name a questioner gives in the first two sentences of a turn ("Thank you. Ann
    Berg, Norvale Times. Minister, …"), starting with a known given name; None unless one."""
    found = set()
    sentences = re.split(r"(?<=[.!?])\s+", text[:300])
    # after two short greetings, a third ("Hello, Ger? Good morning. It's Bridie here, …")
    short = len(sentences) > 2 and all(len(s.split()) <= 4 for s in sentences[:2])
    for sentence in sentences[:3 if short else 2]:
        sentence = SELF_TITLE.sub("", sentence)  # "This is Dr Ann Berg from …"
        m = NAMED_SELF.match(sentence)
        if m and m[1]:  # "my name is Ann Berg, I live in Forest Lawn": whatever names follow
            found.add(m[1])
            continue
        if (lived := NAME_THEN_LIFE.match(sentence)) is not None:
            found.add(lived[1])
            continue
        names = [n for n in re.findall(_SELF, CALLER_TITLE.sub("", sentence))
                 if is_given_name(n.split()[0]) and person_name_shape(n)]
        if len(names) != 1:
            continue  # two names: no telling
        if m:
            found.add(next(g for g in m.groups() if g))
        elif (m := NAMED_FROM.match(sentence)) and not REPORTED.search(sentence):
            found.add(m[1])
    names = {part for n in found if (part := person_part(n)) and part.full
             and is_given_name(part.given) and part.name == n}
    return names.pop() if len(names) == 1 else None


def _called(text: str) -> str | None:
    """The witness a turn calls ("The government calls Special Agent Ann Berg."), as a label."""
    match = CALLED.search(text)
    run = re.sub(r"^Madame\b", "Mme", match[1].strip().rstrip(".")) if match else ""
    part = person_part(run) if match else None
    # a title vouches for a given name no list knows ("calls Madame Mariama Bâ Sow")
    titled = run.split()[0].lower().strip(".") in HONORIFICS if run else False
    if not (part and part.full):
        return None
    # (kept with its title, which tells the holder's reading the first word is a name)
    return part.name if is_given_name(part.given) else run if titled else None


def _introduced(doc: Document) -> dict[str, str]:
    """Conversational roles that label turns ("Spokesman:", "MODERATOR:") and the one person
    the document's own text introduces in them ("… by Ann Berg, Spokesman for …", "moderator
    Ann Berg", "moderated by Ann Berg"). Titles that front many names ("President",
    "Chairman") are left alone in the text, but the document's title may give their holder
    ("Remarks by President Ann Berg": THE PRESIDENT). An interview's "A" is its interviewee."""
    roles = {ABBREVIATED.get(key, key) for b in doc.blocks
             if b.kind == "turn" and b.speaker and person_part(b.speaker) is None
             and (key := office_key(bare_label(b.speaker)))}
    if not roles:
        return {}
    text = "\n".join([doc.meta.title, *(b.text for b in doc.blocks if b.kind != "turn")])
    # Labels that name an office's holder the reader can take turn by turn are left to it.
    labels = "\n".join(sorted({b.speaker for b in doc.blocks if b.speaker and "(" in b.speaker
                               and not office_holder(b.speaker)}))
    # a header's cast line read as a turn: "Moderator: Attorney Ann Berg"
    # (above the first long turn: a chair's "CHAIR: Councillor Ann Berg." later calls on her)
    labels += "".join(f"\n{b.speaker}: {_bare_cast(b.text)}" for b in _opening_turns(doc)
                      if _names_only(b.text))
    # "Witness: Ann Berg, former Operations Manager, …": a header's cast line with who she is
    labels += "".join(f"\n{b.speaker}: {b.text.split(',')[0]}" for b in _header_turns(doc)
                      if "," in b.text and _names_only(b.text.split(",")[0]))
    out = _titled(doc)
    for role in sorted(roles - set(out) - _sided(doc)):
        found = _named_in_text(role, doc, text, labels) or _named_otherwise(role, doc, roles,
                                                                              text, labels)
        if found:
            out[role] = found
    voices = Counter(name for role, name in out.items() if NUMBERED_VOICE.fullmatch(role))
    # ("AASIAAT RADIO: JRCC Nuuk, Aasiaat Radio.": a radio call names the station it calls,
    # itself a label, not the caller)
    return {role: name for role, name in out.items()  # two voices saying one name: no telling
            if (voices[name] < 2 or not NUMBERED_VOICE.fullmatch(role))
            and not _calls(doc, role, name)}


SIDE = re.compile(r"\(([A-ZÀ-ÖØ-Þ][^()]*)\)\s*$")  # "(UNION)"; not "(via interpreter)"


def _sided(doc: Document) -> set[str]:
    """Roles the labels hold for two sides or more ("CHIEF SPOKESPERSON (UNION)" and "…
    (EMPLOYER)"): several holders, so no one name the text gives the role is theirs."""
    sides: dict[str, set[str]] = defaultdict(set)
    for b in doc.blocks:
        if b.kind == "turn" and b.speaker and (m := SIDE.search(b.speaker)):
            sides[office_key(bare_label(b.speaker))].add(m[1].casefold())
    return {role for role, found in sides.items() if len(found) > 1}


def _calls(doc: Document, role: str, name: str) -> bool:
    """Whether a turn of the role opens as a radio call does: the station called, then the
    caller's own name ("AASIAAT RADIO: JRCC Nuuk, Aasiaat Radio. …")."""
    call = re.compile(rf"(?i)(?:{re.escape(role)}:\s*)?{re.escape(name)},\s+(?:this is\s+)?"
                      rf"{re.escape(role)}\b")
    return any(call.match(b.text) for b in doc.blocks if b.kind != "turn" or b.speaker and
               office_key(bare_label(b.speaker)) == role)  # (the first may read as a cast line)


def _cast_name(role: str, text: str) -> str | None:
    """The one name a cast line gives a role, then who the person is ("Witness: Alasdair Reid,
    former Operations Manager, …"): the label vouches for a given name no list knows."""
    found = {m[1] for m in re.finditer(rf"(?m)^(?i:{re.escape(role)}): {NAME},", text)}
    names = {n for n in found if (part := person_part(n)) and part.full and
             not any(w.lower() in common_words() or w.title() in ORG_HEADS for w in n.split())}
    return names.pop() if len(names) == 1 and len(found) == 1 else None


def _header_turns(doc: Document) -> list[Block]:
    """A header's cast lines read as turns: short turns before the first long one, labelled in
    mixed case where the transcript's own turns write that label in capitals ("Witness: Ann
    Berg, …" above "WITNESS: Yes."; not a moderator's "MODERATOR: Ann Berg, Norvale Times.")."""
    caps = {office_key(b.speaker) for b in doc.blocks
            if b.kind == "turn" and b.speaker and b.speaker.isupper()}
    return [b for b in _opening_turns(doc)
            if not b.speaker.isupper() and office_key(b.speaker) in caps]


def _opening_turns(doc: Document) -> list[Block]:
    """The labelled turns before the first long one (over 120 characters): where a header's cast
    lines read as turns stand."""
    turns = [b for b in doc.blocks if b.kind == "turn" and b.speaker]
    return turns[:next((i for i, b in enumerate(turns) if len(b.text) > 120), len(turns))]


def _named_in_text(role: str, doc: Document, text: str, labels: str) -> str | None:
    """The holder of a role by the ways the header and the text introduce its kind."""
    if role == "accused":
        return _captioned(text)
    if role == "author":  # a book event's "an evening with novelist Ann Berg"
        return _one_name(ROLE_PATTERNS[role], text, cast=True)
    if role in INTRODUCED or role in ROLE_PATTERNS or _introduced_kind(role):
        # a cast line ("Chair: Ann Berg", "Ann Berg (Chair)") outranks a title in passing
        # ("Tom Roe, Chair, Norvale Water", a witness)
        return role != "court" and _one_name(_cast_patterns(role), f"{text}\n{labels}",
                                             cast=True) \
            or _one_name(_role_patterns(role), text)
    if role in BENCH_ROLES:  # "HIS HONOUR:" before "BEFORE HIS HONOUR JUDGE ANN BERG"
        return _one_name([BENCH.pattern], text)
    if role == "a":  # an oral history's header: "Narrator: Ann Berg"
        return _one_name(ROLE_PATTERNS["interviewee"], text) or \
            _one_name([rf"(?m)^(?i:narrator|interviewee): {NAME}\s*$"], text, cast=True)
    if len(role.split()) > 1 and is_role_word(role.split()[-1]) and not _office(role) \
            and not asks(role):  # "Monitoring Officer" ← "Ann Berg (Monitoring Officer)"
        # ("Before: Employment Judge Ffion Price-Hallam": the role vouches for "Ffion")
        return _one_name(_role_patterns(role), text, cast=True)
    if _office(role) and not asks(role):
        # a cast line; the office, a title and the name: "Cathaoirleach Cllr Siobhán Ní
        # Dhonnabháin"; the office in apposition: "The Speaker, Ms Ann Berg, took the Chair";
        # the chair's holder: "Her Worship Mayor Ann Berg (in the Chair)"
        office = NOT_OTHER + rf"\b(?i:{re.escape(role)})"
        return _one_name([rf"{office} {NAME}"], doc.meta.title) or \
            _one_name([rf"{NAME} \((?i:(?:head |chief |senior )?{re.escape(role)})[,)]"], text,
                      cast=True) or \
            _one_name([rf"(?m)^\s*{NAME}, (?i:{re.escape(role)})\s*$"], text) or \
            _one_name([rf"{office} ({TITLED}{NAME[1:-1]})"], text) or \
            _one_name([CAST_LIST.format(office, NAME)], text, cast=True) or \
            _one_name([rf"(?m)\b(?i:the {re.escape(role)})(?: of the [A-Z]\w+)?, (?:the )?"
                       rf"((?:{TITLED}|(?i:hon\.? )|{CLERICAL})?(?:{TITLED})?"
                       rf"{NAME[1:-1]})(?:[,.;]|\s*$)"],  # "…, the Revd Ann Berg;" ends a list
                      "\n".join(b.text for b in doc.blocks)) or \
            _one_name([rf"{office} {NAME} \((?i:in the chair)\)"], text) or \
            _one_name([rf"{office} {NAME},? (?i:presiding)\b"], text, cast=True) or \
            _one_name([rf"\b(?i:the {re.escape(_core(role))}) (?:is|was) (?:{TITLED})?{NAME}"],
                      "\n".join(b.text for b in doc.blocks if b.kind != "turn"))
    return None


def _captioned(text: str) -> str | None:
    """The accused of a Crown caption ("HMA v ANN BERG", "UNITED STATES v. SERGEANT FIRST CLASS
    ANN BERG"): a name whatever its words, or a known given name after ranks."""
    found = {m[1] for p in ROLE_PATTERNS["accused"] for m in re.finditer(p, text)}
    name = found.pop() if len(found) == 1 else ""
    part = person_part(name) if name else None
    if unlisted_name(name):
        return name
    ranks = name.split()[:-len(part.name.split())] if part else []
    return name if part and part.full and is_given_name(part.given) and all(
        is_role_word(w) or w in ("FIRST", "CLASS") for w in ranks) else None


def _named_otherwise(role: str, doc: Document, roles: set[str], text: str, labels: str
                     ) -> str | None:
    """The holder of a role by a bracket, their own words, a header line or the host."""
    if role == "q" and roles - CAST_ROLES == {"q", "a"}:  # a printed interview's questions
        return _one_name(ROLE_PATTERNS["interviewer"], text) or \
            _one_name([rf"(?m)^(?i:interviewer): {NAME}\s*$"], f"{text}\n{labels}", cast=True)
    if role == "a" and roles - CAST_ROLES == {"q", "a"}:
        return _interviewee(text)
    found = None
    if (role in INTRODUCED or _office(role)) and not asks(role):
        found = _one_held(HELD_BY.format(f"{NOT_OTHER}(?i:{re.escape(_core(role))})"),
                          f"{text}\n{labels}")
    if not found and role.split()[-1] in CHAIRS and not asks(role):
        found = _one_name([IN_THE_CHAIR], text)  # "Presidency of Mr Gérard Lacombe-Vidal"
    if not found and role in CHAIR_ROLES:  # an inquiry's one "Commissioner: Dame Ann Berg"
        found = _one_name([SOLE_CHAIR], text, cast=True)
    if not found and role in BENCH_KINDS:  # "Before: Mr Ann Berg, Assistant Coroner for X"
        found = _one_name([rf"(?m)^(?i:before): (?:{TITLED})?{NAME}(?:,|\s*$)"], text, cast=True)
    if not found and role.startswith("presiding "):  # "Tribunal: Mr Ann Berg (Presiding), …"
        found = _one_name([rf"(?:{TITLED})?{NAME} \((?i:presiding)\)"], text, cast=True)
    if not found and (role in INTRODUCED or NUMBERED_VOICE.fullmatch(role)):
        found = _introduces_self(doc, role)  # "Speaker 1: … I'm Laila Farouk."
    if not found and not asks(role) and len(role.split()) <= 3:
        # any role a header's line gives: "Dispatcher: Telecommunicator Ann Berg (ID 4471)"
        found = _one_name([rf"(?m)^(?i:{re.escape(role)}): {NAME}"], f"{text}\n{labels}") \
            or _cast_name(role, f"{text}\n{labels}")
    if not found and role in GUEST_ROLES:
        found = _host_introduces(doc, roles)
    if not found and not asks(role):  # the list may be a turn: "Speakers: Ann Berg; …"
        found = _listed_role(role, "\n".join([text, *(f"{b.speaker}: {b.text}"
                                                     for b in doc.blocks[:8] if b.speaker)]))
    return found


# A header's list of who speaks: "Speakers: Assistant Commissioner Ann Berg (Southern Region);
# Detective Superintendent Tom Roe (Commander, …)", "Panel: Ann Berg (ruling party spokesperson);
# …": a label, then entries split by semicolons.
LISTED = re.compile(r"(?m)^[A-Z][\w ]{1,30}:\s*(.+;.+)$")


def _listed_role(role: str, text: str) -> str | None:
    """The one person of a header's list whose title or bracketed description the role spells
    in order, abbreviations too ("DET SUPT" of "Detective Superintendent Tom Roe", "RULING
    PARTY" of "Ann Berg (ruling party spokesperson)")."""
    found = set()
    for line in LISTED.finditer(text):
        if line[0].lower().startswith("witness"):
            continue  # a witness's "Chair, Norvale Water" is a post elsewhere
        # the list ends with its sentence ("… Rescue Service. The briefing was chaired by …")
        for entry in re.split(r";\s*", re.split(r"(?<=[a-z]{4})\.\s+(?=[A-Z])", line[1])[0]):
            bracket = re.search(r"\(([^()]*)\)", entry)
            # "Tawana Grover-Reese, Superintendent": the description after a comma
            name, _, after = re.sub(r"\s*\([^()]*\)", "", entry).strip(" .").partition(", ")
            part = person_part(name)
            if part is None or not part.full or len(name.split()) > 8:
                continue
            title = name[:len(name) - len(part.name)].split() if name.endswith(part.name) else []
            # one description, not a post in a body ("Chair, Norvale Water")
            said = [w.strip(",.") for w in [*title, *(bracket[1].split() if bracket else []),
                                            *(after.split() if "," not in after else [])]]
            if _spelled(role.split(), said) and (is_given_name(part.given) or
                                                 unlisted_name(part.name)):
                found.add(part.name)
    return found.pop() if len(found) == 1 else None


def _spelled(short: list[str], words: list[str]) -> bool:
    """Whether some run of words reads as these label words, each whole or abbreviated."""
    return any(all(_abbreviates(s, w) for s, w in zip(short, words[i:i + len(short)]))
               for i in range(len(words) - len(short) + 1))


def _abbreviates(short: str, word: str) -> bool:
    """ "supt" of "Superintendent", "det" of "Detective": the word, or three letters or more
    of it in order, the first one first."""
    short, word = short.lower().strip("."), word.lower()
    if short == word:
        return True
    letters = iter(word)
    return len(short) >= 3 and short[0] == word[0] and all(c in letters for c in short)


def _interviewee(text: str) -> str | None:
    """A printed interview's subject: the one other person its introduction names in full, when
    it names the interviewer ("… the novelist Ann Berg has written … She spoke to our literary
    editor, Tom Roe")."""
    asker = _one_name(ROLE_PATTERNS["interviewer"], text)
    if asker is None:
        return None
    names = {m[1] for m in re.finditer(NAME, text) if m[1] != asker and
             (part := person_part(m[1])) and part.full and part.name == m[1] and
             (is_given_name(part.given) or unlisted_name(m[1]))}
    return names.pop() if len(names) == 1 else None


def _bare_cast(text: str) -> str:
    """A cast line's name without what follows it: "Ann Berg . . . (Chad)", "Ms Ann Berg BA(Hons)
    MA MRTPI", "… (ID 4471)"."""
    text = re.sub(r"\s*\([^()]*\)$", "", text.strip().rstrip("."))
    text = CAST_NICKNAME.sub("", text)  # 'Leonard "Len" Gassman (b. 1941)': the name it is under
    return POST_NOMINALS.sub("", re.sub(r"(?:\s*\.){2,}$", "", text))


CAST_NICKNAME = re.compile(r"\s+[\"“‘'][^\"“”‘’']{1,20}[\"”’'](?=\s+[A-ZÀ-ÖØ-Þ])")


def _names_only(text: str) -> bool:
    """Whether a turn's text is a name and nothing else ("Attorney Ann Berg")."""
    text = _bare_cast(text)
    part = person_part(text) if len(text) <= 60 and not re.search(r"[,;:!?]", text) else None
    return bool(part and part.full and len(text.split()) <= 5)


GUEST_ROLES = frozenset(("guest", "interviewee"))
CAST_ROLES = frozenset(("interviewer", "interviewee", "narrator"))  # an oral history's header
HOST_ROLES = frozenset(("presenter", "host", "anchor", "interviewer"))


def _host_introduces(doc: Document, roles: set[str]) -> str | None:
    """The one person a host's first turn (or the programme's introduction) introduces, not the
    host ("… is Dr Ann Berg, a plant pathologist …"), in a conversation of one host and one
    guest."""
    hosts = roles & HOST_ROLES
    if len(hosts) != 1 or len(roles & GUEST_ROLES) != 1:
        return None
    host, guest = hosts.pop(), next(iter(roles & GUEST_ROLES))
    turns = [(office_key(bare_label(b.speaker)), b.text) for b in doc.blocks
             if b.kind == "turn" and b.speaker]
    own = [text for key, text in turns if key == host][:2]  # (after a clip: "I'm joined by …")
    first = next((k for k, (key, _) in enumerate(turns) if key == guest), 0)
    # the host's words just before the guest first speaks introduce them, if any do
    handover = [text for key, text in turns[:first] if key == host][-1:]
    return next((g for g in map(_guest_in, handover + own) if g), None) or \
        _guest_in(_intro_text(doc)[:600])  # (or the programme's introduction)


def _guest_in(first: str) -> str | None:
    """The one person a host's words introduce, not the host ("… is Dr Ann Berg, …", "I'm
    joined now in the studio by Ann Berg")."""
    joined = {m[1] for m in JOINED_BY.finditer(first)}
    if len(joined) == 1:
        return joined.pop()
    own = {m[1] for m in SELF_INTRO.finditer(first)}
    names: dict[str, bool] = {}  # name → whether an honorific vouches for it
    for m in HOST_NAMED.finditer(first):
        if OTHER_ROLE_BEFORE.search(first, max(0, m.start() - 20), m.start()):
            continue  # "Our reporter Oliver Lund has been there": not the guest
        part = person_part(m[2])
        titled = bool(m[1]) or is_role_word(m[2].split()[0])  # "Councillor Nasreen Akhtar-Field"
        if part and part.name not in own and part.full and (titled or is_given_name(part.given)):
            names[part.name] = names.get(part.name, False) or titled
    honoured = {n for n, h in names.items() if h}
    found = honoured or set(names)  # "Dr Ann Berg, … with Manaaki Whenua": the doctor
    return found.pop() if len(found) == 1 else None


OTHER_ROLE_BEFORE = re.compile(r"\b(?i:reporter|correspondent|producer|colleague|editor)\s+$")
JOINED_BY = re.compile(r"\b(?:I'm|I am|we're|we are) joined(?: now)?(?: (?:in|on|here in) the "
                       r"(?:studio|line|phone))? by (?:(?:Dr|Prof|Professor)\.? )?" + _SELF)
NUMBERED_VOICE = re.compile(r"(?:speaker|voice|host) ?\d{1,2}")  # an automatic transcript's


def _introduces_self(doc: Document, role: str) -> str | None:
    """A host who says who they are in their first turn: "PRESENTER: Kia ora and welcome back
    to The Morning Shift, I'm Tamsin Ngāwhika-Reid."."""
    cast = {id(b) for b in _header_turns(doc)}  # "Moderator: Director of Communications"
    own = [b.text for b in doc.blocks if b.kind == "turn" and b.speaker and
           id(b) not in cast and office_key(bare_label(b.speaker)) == role]
    first = own[0] if own else ""
    names = {m[1] for m in SELF_INTRO.finditer(first[:400])}
    if names and _others_named(own[1:], names):
        return None  # "PATRON: Hi, I'm Ann Berg …", "PATRON: Tom Lee, Hyrum.": one label, many
    if not names and len(own) > 1 and role in HOST_ROLES:  # a sign-off: "… I'm Ann Berg."
        names = {m[1] for m in SELF_INTRO.finditer(own[-1][-200:])}
    if not names and NUMBERED_VOICE.fullmatch(role) and (m := STATED.match(first)):
        names = {m[1]} if _called_before(doc, role, m[1]) else set()
    if not names and role in HOST_ROLES and _one_host(doc):
        # the programme's introduction before the first turn: "I'm Ann Berg, and my guest …"
        names = {m[1] for m in SELF_INTRO.finditer(_intro_text(doc)[:600])}
    return names.pop() if len(names) == 1 else None


# A boat named in the text: "fishing vessel Nanoq II", "the trawler Sea Star".
VESSEL_NAMED = re.compile(r"\b(?:vessel|boat|ship|trawler|yacht|tanker|ferry|tug|cutter|"
                          r"longliner|dinghy|schooner)\s+"
                          r"((?:[A-Z][\w'’-]*\s?){1,3}(?:[IVX]{1,4}\b)?)")


def _others_named(turns: list[str], names: set[str]) -> bool:
    """Whether a later turn of the label gives another person's name as the speaker's own."""
    return any((found := _self_named(t)) is not None and found.name not in names for t in turns)


def _intro_text(doc: Document) -> str:
    """The paragraphs before the first turn: a programme's spoken introduction."""
    first = next((i for i, b in enumerate(doc.blocks) if b.kind == "turn"), 0)
    return "\n".join(b.text for b in doc.blocks[:first])


def _one_host(doc: Document) -> bool:
    """Whether one host label speaks in the document (the introduction is theirs)."""
    return len({office_key(bare_label(b.speaker)) for b in doc.blocks if b.kind == "turn" and
                b.speaker and office_key(bare_label(b.speaker)) in HOST_ROLES}) == 1


# A voice stating their name for the record: "Speaker 1: Hector Gallegos. I'm a grandfather …"
STATED = re.compile(_SELF + r"\.\s")


def _called_before(doc: Document, role: str, name: str) -> bool:
    """Whether the turns before a voice's first one call this full name ("First is Ann Berg")."""
    for block in doc.blocks:
        if block.kind != "turn" or not block.speaker:
            continue
        if office_key(bare_label(block.speaker)) == role:
            return False
        if name in block.text and person_name_shape(name):
            return True
    return False


def _titled(doc: Document) -> dict[str, str]:
    """Offices that label a full name ("MAYOR ANN BERG:", then "THE MAYOR:"), each held by one
    person in the document (by surname: "MAYOR BERG:" is her too): office → that label."""
    holders: dict[str, set[str]] = defaultdict(set)
    labels: dict[str, str] = {}
    full: set[str] = set()  # offices a label names with a full name
    for block in doc.blocks:
        if block.kind != "turn" or not block.speaker or office_holder(block.speaker):
            continue
        name = person_part(block.speaker)
        words = label_words(block.speaker)
        if name is None or len(words) <= len(name.name.split()):
            continue
        office = office_key(" ".join(words[:-len(name.name.split())]))
        if office and all(is_role_word(w) for w in office.split()):
            holders[office].add(fold(name.surname))
            if name.full and office not in full:
                labels[office] = block.speaker
                full.add(office)
            else:  # "Minister Berg:" holds it too, while no label names her in full
                labels.setdefault(office, block.speaker)
    return {office: labels[office] for office, surnames in holders.items()
            if len(surnames) == 1 and office in labels}


def _introduced_kind(role: str) -> bool:
    """A conversational role with a modifier in front ("deputy spokesperson", "co-host"): role
    words, the last one a role a text introduces."""
    words = role.split()
    return 1 < len(words) <= 3 and words[-1] in INTRODUCED and all(is_role_word(w) for w in words)


def _core(role: str) -> str:
    """An office without an Irish or Welsh article: "an ceann comhairle" → "ceann comhairle"."""
    words = role.split()  # "hon. speaker": the speaker addressed
    return " ".join(words[1:]) if words[:1] in (["an"], ["y"], ["hon."], ["hon"]) \
        and len(words) > 1 else role


def _office(role: str) -> bool:
    """Role words, maybe joined by connectors: "lord mayor", "director of finance"."""
    words = role.split()
    if words[:1] in (["madam"], ["madame"], ["hon."], ["hon"], ["an"], ["y"]) and len(words) > 1:
        words = words[1:]  # the chair addressed: "Madam Deputy Speaker", "HON. SPEAKER"
    return bool(words) and is_role_word(words[0]) and is_role_word(words[-1]) \
        and all(is_role_word(w) or w in ("of", "for", "and", "the") for w in words)


def _one_held(pattern: str, text: str) -> str | None:
    """The one holder an office names in brackets: a full name, vouched for by a known given
    name or by a title in front ("Cllr Harjit Sandhu")."""
    found = set()
    for m in re.finditer(pattern, text):
        part = person_part(m[1].strip())
        words = label_words(m[1])
        titled = len(words) == len(part.name.split()) + 1 if part else False
        if part and part.full and (is_given_name(part.given) or titled):
            found.add(m[1].strip())
    return found.pop() if len(found) == 1 else None


def _cast_patterns(role: str) -> list[str]:
    """How a header's cast line names a role's holder: "Chair: Ann Berg", "Ann Berg (Chair)"."""
    return [rf"{NOT_OTHER}\b(?i:{role}): (?:{TITLED})?{NAME}", rf"{NAME} \((?i:{role})\)"]


def _role_patterns(role: str) -> list[str]:
    """How a text introduces the holder of a role: "Ann Berg, the moderator", "Moderator Ann
    Berg", a cast line "Moderator: Ann Berg, …", "Ann Berg (Chair)", "moderated by Ann Berg",
    and the role's own ways (a court's bench, a caption's defendant)."""
    if role == "court":  # the court speaks through its judge
        return [BENCH.pattern]
    patterns = [rf"{NAME},? (?:the |our )?(?:[A-Z]{{2,6}} )?(?i:{role})\b",
                rf"{NOT_OTHER}\b(?i:{role})[:,]? (?:{TITLED})?{NAME}",
                rf"{NAME} \((?i:{role})\)", rf"{NOT_OTHER}\b(?i:{role}) (?:is|was) {NAME}",
                *ROLE_PATTERNS.get(role, ())]
    if role in INTRODUCED_BY:  # "a panel moderated by Ann Berg"
        patterns.append(rf"\b(?i:{INTRODUCED_BY[role]}) by {NAME}")
    if role in CHAIR_ROLES:  # "Board President Ann Berg presiding"
        patterns.append(rf"{NAME},? (?:presiding|\((?i:in the chair)\))")
    return patterns


def _one_name(patterns: Iterable[str], text: str, cast: bool = False) -> str | None:
    """The one full name (a known given name first) these patterns find in a text, or None;
    `cast`: a cast line's name ("Host: Morwenna Trethewey") may start with a given name no list
    knows."""
    found = set()
    for pattern in patterns:
        for m in re.finditer(pattern, text):
            group = next(i for i, g in enumerate(m.groups(), start=1) if g)
            if FOR_ROLE.search(text[max(0, m.start() - 20):m.start()]):
                continue  # "For the accused: Ms Ann Berg", counsel, not the accused
            if not _inside_name(text, m.start(group)):
                found.add(_titled_whole(m[group], text[m.end(group):]))
    names = {n for n in found if _name_ok(n, cast)}
    return names.pop() if len(names) == 1 else None


def _name_ok(name: str, cast: bool) -> bool:
    """A full name a pattern found: a known given name first, an honorific or initials, or, in a
    cast line, a name of words no dictionary has."""
    part = person_part(name)
    return part is not None and part.full and (
        is_given_name(part.given) or _honoured_name(name, part) or _initialled_name(part)
        or cast and part.name == name and unlisted_name(name))


def _initialled_name(part: SpeakerName) -> bool:
    """Initials and a surname no dictionary word ("P. Naidoo-Ramkissoon", "T. E. Shezi"), as
    courts and minutes write the people a role's pattern found."""
    *initials, surname = part.name.split()
    return all(INITIAL.fullmatch(w) for w in initials) and len(surname) > 2 \
        and surname.lower() not in common_words() and not is_role_word(surname)


def _titled_whole(name: str, after: str) -> str:
    """A name that NAME's three words cut after a title, made whole: "Ms. Luiza Carvalhal"
    then " Dantas" is "Ms. Luiza Carvalhal Dantas"."""
    if name.split()[0].lower().strip(".") not in HONORIFICS | TITLES:
        return name
    more = re.match(r" ([A-ZÀ-ÖØ-Þ][\w'’-]+)(?![\w'’.-])", after)
    if more and not is_role_word(more[1]) and more[1].lower() not in common_words():
        return name + more[0]
    return name


def _honoured_name(text: str, part: SpeakerName) -> bool:
    """An honorific and the name alone: "Dr Nkechi Obiora-Lund" vouches for a given name no
    list knows."""
    words = text.split()
    titles = words[:len(words) - len(part.name.split())]  # "Revd Dr Ann Berg": two
    return 1 <= len(titles) <= 2 and all(
        w.lower().strip(".") in HONORIFICS | TITLES | CLERGY or is_role_word(w) for w in titles)


def _inside_name(text: str, start: int) -> bool:
    """Whether a name found at `start` ends a longer one ("Ruairí [Mac Giolla Bhríde], Chair"):
    a capitalised word, no role or honorific, right before it."""
    before = re.search(r"([A-ZÀ-ÖØ-Þ][\w'’-]*) $", text[max(0, start - 30):start])
    return bool(before) and not is_role_word(before[1]) \
        and before[1].lower().strip(".") not in HONORIFICS | TITLES \
        and not (is_role_word(text[start:].split(" ", 1)[0]) and
                 before[1].lower() in common_words())  # "Employment Judge Ann Berg"


def _deponent(doc: Document) -> str | None:
    """The witness a deposition is of ("DEPOSITION OF ANN BERG"), who gives its "A" turns
    until a sworn line or a lawyer calls another."""
    text = "\n".join([doc.meta.title, *(b.text for b in doc.blocks[:12] if b.kind != "turn")])
    found = {m[1] for m in DEPONENT.finditer(text)}
    names = {n for n in found if (part := person_part(n)) and part.full
             and is_given_name(part.given)}
    return names.pop() if len(names) == 1 else None
# "We resume with the cross-examination of Captain Dabrowski": the witness, by title and surname.
EXAMINATION_OF = re.compile(r"\b(?:cross-|re-)?examination of (?:the )?([A-Z][a-z]+\.?) "
                            r"([A-ZÀ-ÖØ-Þ][\w'’-]+)\b(?! [A-ZÀ-ÖØ-Þ])")


def _examined(doc: Document) -> str | None:
    """The witness an examination is of, where the opening turns name them by title and surname
    ("the cross-examination of Captain Dabrowski") and the document writes one full name with
    that surname ("Captain Tomasz Dabrowski")."""
    opening = "\n".join(b.text for b in doc.blocks[:12])
    found = {m[2] for m in EXAMINATION_OF.finditer(opening)
             if m[1].lower().strip(".") in HONORIFICS or is_role_word(m[1])}
    if len(found) != 1:
        return None
    names = full_names([found.pop()], "\n".join(b.text for b in doc.blocks))
    return names.pop() if len(names) == 1 else None


def nicknamed(word: str, text: str) -> set[str]:
    """The full names a text gives this nickname: 'Alberto Ortiz Salgado ("Beto", her uncle)',
    'Alberto "Beto" Ortiz'."""
    key = re.escape(word)
    quoted = rf"[\"“'‘](?i:{key})[\"”'’]"
    found = {m[1] for m in re.finditer(rf"{NAME[:-1]}(?: [A-ZÀ-ÖØ-Þ][\w'’-]+)?)\s*\(\s*{quoted}",
                                         text)}
    found |= {f"{m[1]} {m[2]}" for m in re.finditer(
        rf"\b([A-ZÀ-ÖØ-Þ][\w'’-]+) {quoted} ((?:[A-ZÀ-ÖØ-Þ][\w'’-]+ )?[A-ZÀ-ÖØ-Þ][\w'’-]+)", text)}
    return {n for n in found if (part := person_part(n)) and part.full}


def office_key(office: str) -> str:
    """An office as compared: casefolded (a Turkish "İ" as "i"), spaces collapsed, without
    "The"."""
    words = office.casefold().replace("i\u0307", "i").split()
    return " ".join(words[1:] if words[:1] == ["the"] else words)
def honorific_surnames(label: str, name: SpeakerName) -> bool:
    """"MR. NYARKO AMPEM": an honorific, then two words that do not start with a known given
    name: a compound surname, maybe, that the document may give in full ("Thomas Nyarko Ampem")."""
    words = label_words(label)
    return len(words) == 3 and words[0].lower().strip(".") in HONORIFICS \
        and len(name.name.split()) == 2 and not is_given_name(name.given)


