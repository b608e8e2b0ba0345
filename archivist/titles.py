"""Titles before a person's name that say a mention is not that person.

A gendered title: "Mrs. Clinton" is not Bill Clinton, "Mr Brady" is not Sarah Brady. A given
name's gender comes from a packaged table (archivist/data/given_name_genders.txt, only names a
name dictionary calls male or female outright); a title of the other gender in front of a name
leaves it unlinked to that person. Unknown given names decide nothing.

A noble title's territory: "Duke of Norfolk", "Prince of Wales" name a person (or a team named
after one, "Duke of Norfolk's XI"), not a mention of the place.

A quoted title and name: "Madame Bovary", "Doctor Zhivago" in quotation marks name a work (a
novel, a film), not a person.
"""

from __future__ import annotations

import functools
import re

from .detect.lexicon import DATA

FEMALE_TITLE = re.compile(r"\b(?:Mrs|Ms|Miss|Madame|Mme|Mlle|Lady|Dame|Frau|Senora|Señora)\.? $")
MALE_TITLE = re.compile(r"\b(?:Mr|Messrs|Sir|Lord|Monsieur|Herr|Senor|Señor)\.? $")
TITLE_REACH = 12  # characters before a name that can hold its title


@functools.cache
def _genders() -> dict[str, str]:
    """Given name → "f" or "m"."""
    lines = (DATA / "given_name_genders.txt").read_text(encoding="utf-8").splitlines()
    return dict(line.split("\t", 1) for line in lines if "\t" in line)


def name_gender(name: str) -> str | None:
    """The gender of a full name's given name ("f" for "Hillary Clinton"), or None."""
    first, _, rest = name.partition(" ")
    return _genders().get(first) if rest else None


def title_gender(text: str, start: int) -> str | None:
    """The gender of a title written just before a name ("Mrs. " → "f"), or None."""
    before = text[max(0, start - TITLE_REACH):start]
    if FEMALE_TITLE.search(before):
        return "f"
    return "m" if MALE_TITLE.search(before) else None


def other_gender(text: str, start: int, gender: str | None) -> bool:
    """Whether the title before a name says the other gender than the person's given name."""
    if gender is None:
        return False
    title = title_gender(text, start)
    return title is not None and title != gender


WORK_TITLES = ("Mr|Mrs|Ms|Miss|Madame|Mme|Mademoiselle|Monsieur|Doctor|Dr|Lady|Lord|Sir|Dame|"
               "Uncle|Aunt|Captain|Professor|King|Queen|Prince|Princess|Father|Citizen|Herr|Frau")
OPEN_QUOTE_TITLE = re.compile(rf"[\"“‘'«]\s?(?:{WORK_TITLES})\.? $")
CLOSE_QUOTE = re.compile(r"[\"”’'»]")


def quoted_work(text: str, start: int, end: int) -> bool:
    """Whether a name fills a quotation with a title before it ("Madame Bovary" in quotation
    marks): the title of a work, not a person."""
    return bool(CLOSE_QUOTE.match(text, end)) and \
        bool(OPEN_QUOTE_TITLE.search(text, max(0, start - TITLE_REACH - 2), start))


NOBLE_OF = re.compile(r"\b(?:Duke|Duchess|Earl|Marquess|Marquis|Viscount|Viscountess|Baron|"
                      r"Baroness|Count|Countess|Prince|Princess|Grand Duke|Archduke) of $")


def noble_title(text: str, start: int) -> bool:
    """Whether a place's name follows a noble title ("Duke of Norfolk"): the title's, not a
    mention of the place."""
    return bool(NOBLE_OF.search(text, max(0, start - 20), start))
