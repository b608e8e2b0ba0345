"""Hosts and guests: the guest a host's words introduce ("I'm joined now by Ann Berg", "…
is Dr Ann Berg, a plant pathologist"), a host or a numbered voice who says who they are
("I'm Tamsin Ngāwhika-Reid", "Speaker 1: Hector Gallegos.")."""

from __future__ import annotations

import re

from ..model import Document
from ..speakers import bare_label, is_given_name, is_role_word, person_name_shape
from .names import person_part
from .patterns import SELF_INTRO, _SELF, _header_turns, office_key
from .questioners import _self_named

HONOURED = ("Dr", "Prof", "Professor", "Mr", "Mrs", "Ms", "Sir", "Dame")
HOST_NAMED = re.compile(rf"(?:\b({'|'.join(HONOURED)})\.? )?" + _SELF)  # "… is Dr Ann Berg"
GUEST_ROLES = frozenset(("guest", "interviewee"))
CAST_ROLES = frozenset(("interviewer", "interviewee", "narrator"))  # an oral history's header
HOST_ROLES = frozenset(("presenter", "host", "anchor", "interviewer"))


def guest_role(role: str) -> bool:
    """A guest's role, maybe with where they sit: "guest", "studio guest", "phone guest"."""
    words = role.split()
    return role in GUEST_ROLES or len(words) == 2 and words[-1] == "guest" \
        and words[0] in ("studio", "phone", "in-studio", "special", "featured")


def _host_introduces(doc: Document, roles: set[str]) -> str | None:
    """The one person a host's first turn (or the programme's introduction) introduces, not the
    host ("… is Dr Ann Berg, a plant pathologist …"), in a conversation of one host and one
    guest."""
    hosts = roles & HOST_ROLES
    guests = {r for r in roles if guest_role(r)}
    if len(hosts) != 1 or len(guests) != 1:
        return None
    host, guest = hosts.pop(), guests.pop()
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
JOINED_BY = re.compile(r"\b(?:I'm|I am|we're|we are) (?:joined(?: now)?(?: (?:in|on|here in) the "
                       r"(?:studio|line|phone))? by|sitting (?:here )?with) "
                       r"(?:(?:Dr|Prof|Professor)\.? )?" + _SELF)  # "I'm sitting here with"
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
