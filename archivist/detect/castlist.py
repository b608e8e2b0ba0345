"""The people a transcript's or a programme's header lists by their part: "Hosts: Lagi Tuimavave,
Ben Fonoti-Wright", "Guest: Dr Fiame Leota, National University of Samoa", "Interviewee: Bridget
(Bridie) O'Doherty, b. 1938", "Present: Cllr Ann Roe; Tom Lee (Clerk)".

The key says the items are people, so a name no list knows counts (a podcast host's "Lagi"); each
item must still be a person's shape: two to four capitalised words after any title, no body's or
place's word, not all dictionary words. An item that is a body ("National University of Samoa")
or a role is left to the other rules.
"""

from __future__ import annotations

import re

from .lexicon import ORG_HEADS, TITLE_HEADS, TITLE_WORDS, Lexicon

# The parts a header lists people under, in the singular or the plural.
CAST_KEY_RE = re.compile(r"^\s*(?:Hosts?|Co-hosts?|Guests?|Panel(?:ists?)?|Participants?|"
                         r"Speakers?|Presenters?|Interviewers?|Interviewees?|Moderators?|"
                         r"Narrators?|Featuring|Attendees|Present|Also present|Witness(?:es)?)"
                         r"\s*:\s+(?=\S)", re.I)
ITEM_SPLIT_RE = re.compile(r"\s*[;,]\s*|\s+(?:and|&)\s+")
ASIDE_RE = re.compile(r"\s*\([^()]*\)|\s+[-–—]\s.*$")  # "(Bridie)", "(Chair)", "— host"
NAME_WORD_RE = re.compile(r"[A-ZÀ-ÖØ-Þ][\w'’.-]*$")
MAX_LINE = 300
SENTENCE_END_RE = re.compile(r"\b(\w{3,})[.!?]\s+\S")  # (not "Dr. Ann", "b. 1938")


def cast_people(line: str, lex: Lexicon) -> tuple[str, ...]:
    """The people a header's cast line lists, each as written (titles off), or ()."""
    m = CAST_KEY_RE.match(line) if len(line) <= MAX_LINE else None
    if m is None:
        return ()
    body = ASIDE_RE.sub("", line[m.end():]).strip().rstrip(".")
    if any(not _title(w[1]) for w in SENTENCE_END_RE.finditer(body)):
        return ()  # prose after the list: "Hosts: Ann Roe. Welcome back, I'm Ann, …"
    items = ITEM_SPLIT_RE.split(body)
    return tuple(name for item in items if (name := _person(item, lex)) is not None)


def _person(item: str, lex: Lexicon) -> str | None:
    """The person's name an item holds, its titles off, if it has a person's shape."""
    words = item.split()
    while words and _title(words[0].rstrip(".")):
        words = words[1:]
    if not 2 <= len(words) <= 4 or not all(NAME_WORD_RE.match(w) for w in words):
        return None
    name = " ".join(words)
    if any(w in ORG_HEADS or w.rstrip(".").isupper() and len(w) > 1 for w in words) or \
            name in lex.places or words[0] in lex.places and words[0] not in lex.given or \
            all(w.lower() in lex.common for w in words):
        return None
    return name


def _title(word: str) -> bool:
    """A title or an office before a name, in the singular or the plural ("Commissioners Chad
    Roe"), or a religious sister's "Sr"."""
    return word in TITLE_HEADS or word in TITLE_WORDS or word == "Sr" or \
        word.endswith("s") and (word[:-1] in TITLE_HEADS or word[:-1] in TITLE_WORDS)
