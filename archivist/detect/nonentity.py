"""What a capitalised span is not: an event or holiday, a work or product, a caption label, a
cited author."""

from __future__ import annotations

import re
from collections.abc import Sequence

from .lexicon import (CAPTION_WORDS, EVENT_HEADS, EVENT_OPENERS, FACILITY_NOUNS, STORM_WORDS,
                      THING_NOUNS, Lexicon)
from .spans import QUALIFIER_RE, Span

MINE_NOUNS = frozenset(("mine", "mines", "smelter"))
NEXT_WORD_RE = re.compile(r"(?:-\d+)?(?:\s*\(\w+\))?\s+(?:(?:gas|copper|gold|coal|iron|lithium|"
                          r"nickel|zinc|silver|uranium|diamond|platinum)\s+)?([a-z]+)")
# A name coordinated with another before a plural street noun: "along Xuân Thủy and Cầu Giấy
# streets" names two streets.
STREETS_AFTER_RE = re.compile(r",? (?:and|or) (?:[^\W\d_][\w'’-]* ){1,3}"
                              r"(?:streets|roads|avenues|boulevards|squares)\b")
ORDINAL_ENDINGS = frozenset(("st", "nd", "rd", "th"))
_YEAR = r"(?:1[5-9]|20)\d\d[a-z]?"
_INITIALS = r", [A-Z]\.(?:\s?[A-Z]\.)*"
# What follows an author's name in a reference: "et al.", "(2019)", ", 2013;", ", Y. and Zhang,
# L. (2019)": "Gao and Zhang (2019) argue" cites two authors, not the town of Gao.
CITATION_AFTER_RE = re.compile(
    rf",? et al\b|,? \(?{_YEAR}[),;]|{_INITIALS},?\s\({_YEAR}\)"
    rf"|{_INITIALS}\s(?:and|&)\s[A-Z][\w'’-]+{_INITIALS}"
    rf"|\s(?:and|&)\s[A-Z][\w'’-]+(?:{_INITIALS})?,?\s\({_YEAR}[),;]")
YEAR_ONLY_RE = re.compile(rf",? \(?{_YEAR}[),;]")
# A disease or pathogen named after a place ("Marburg virus", "Lassa fever"): no place mention.
DISEASE_AFTER_RE = re.compile(r"(?:[ -]like)? (?:virus|viruses|fever|flu|influenza|disease|"
                              r"variant|strain|syndrome|encephalitis)\b")


def names_event(tokens: Sequence[str], lex: Lexicon) -> bool:
    """Whether tokens name an event, award or holiday ("Victory Day", "Merry Christmas")."""
    if tokens[-1] in EVENT_HEADS and not (tokens[-1] == "Day" and len(tokens) == 2 and
                                          tokens[0] in lex.given):  # "Doris Day"
        return True
    if len(tokens) > 1 and (tokens[0] in STORM_WORDS or tokens[0] in EVENT_OPENERS):
        return True  # "Storm Eowyn", "Hurricane Helene", "Torneo Apertura"
    n = len(tokens)
    return any(" ".join(tokens[i:j]) in lex.holidays for i in range(n)
               if tokens[i] in lex.holiday_starts for j in range(i + 1, n + 1))


# A ship's name follows these: "the MV Doña Paz", "HMS Belfast" (not "MS", "SS": Ms, initials).
SHIP_PREFIXES = frozenset("MV MT HMS USS RV FV INS HMAS HMNZS HMCS RMS HDMS HNLMS USNS "
                          "USCGC BRP KRI TCG ROKS PNS SLNS NRP CCGS RFA ICGS HTMS HNoMS HSwMS "
                          "KNM HMY".split())  # navies' and coast guards' prefixes


def thing_context(span: Span) -> bool:
    """Whether a noun right before or after says the span names a work or a thing."""
    if span.prev_word.lower() in THING_NOUNS:
        return True
    m = NEXT_WORD_RE.match(span.next_text)
    return bool(m) and (m[1] in THING_NOUNS or m[1] in FACILITY_NOUNS) or \
        STREETS_AFTER_RE.match(span.next_text) is not None


def names_mine(span: Span) -> bool:
    """ "the Tía María copper mine", "the Copper Cliff smelter": a mine's or smelter's name,
    no one's, wherever else the document writes it ("protests against Tía María")."""
    m = NEXT_WORD_RE.match(span.next_text)
    return bool(m) and m[1] in MINE_NOUNS


def names_disease(span: Span) -> bool:
    """Whether a disease or pathogen word follows the span ("Sudan virus", "Rift Valley fever")."""
    return DISEASE_AFTER_RE.match(span.next_text) is not None


def is_qualifier(tokens: Sequence[str]) -> bool:
    """Whether the last token ends in a participle after a hyphen: the span qualifies a noun
    ("a Hong Kong-based group"), it names no one."""
    return bool(tokens) and bool(QUALIFIER_RE.search(tokens[-1]))


def has_caption_word(tokens: Sequence[str]) -> bool:
    """Whether a caption label ("Photo", "Image") is among the tokens."""
    return not CAPTION_WORDS.isdisjoint(tokens)


def after_ordinal(span: Span) -> bool:
    """Whether an ordinal number stands right before the span ("5th Tank Army")."""
    return span.prev_word in ORDINAL_ENDINGS


def cited_author(span: Span, lex: Lexicon) -> bool:
    """Whether the span is an author's name in a reference ("Gao and Zhang (2019)"); a given
    name and surname before a year alone are a person with a date ("Americans Harrison Dillard
    (1948), Lindy Remigino (1952)": Olympic champions), as references cite surnames."""
    m = CITATION_AFTER_RE.match(span.next_text)
    if m is None:
        return False
    year_only = YEAR_ONLY_RE.fullmatch(m[0]) is not None
    return not (year_only and any(t in lex.given for t in span.tokens[:-1]))
