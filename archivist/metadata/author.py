"""The author: bylines in the header and their shapes, sign-offs, closing credits, letters'
signers."""

from __future__ import annotations

import re
from anyascii import anyascii
from dataclasses import replace
from typing import Any

from ..bylines import (IN_PLACE, JOBS, LABELLED, SEGMENT, Byline, closing_credit, header_credit,
                       parse_byline, sign_off, standfirst_writer)
from ..dates import find_date, find_foreign_date
from ..detect import ORG_HEADS
from ..headlines import share_bar
from ..mastheads import credit_outlet, outlet_name, signed_outlet, writer_note
from ..model import Block
from ..placeline import any_date_only, attested_place, known_place
from ..speakers import (common_words, display_name, is_common_phrase, is_given_name, is_role_word,
                        person_name_shape, unlisted_name)
from .outlet import _above_footer, _agency_name, _dated_outlet, _paper_named
from .patterns import AGENCY_TAIL, DATELINE, PUBLISHED, TAIL_CREDIT
from .place import _place_then_date, _venue_line, _venue_name
from .shapes import _paper_masthead


OPENING_QUOTES = ("\"", "“", "‘", "'", "«", "„")

AUTHOR_BIO = re.compile(r"^((?:[A-Z][\w'’.-]+ ){1,3}[A-Z][\w'’-]+) is (?:a|an|the) [^.]{0,80}?"
                        r"\b(?:correspondent|reporter|writer|journalist|editor|columnist|"
                        r"contributor|critic)s?\b")

# A street's line of a letter writer's address ("Holme Street,", "12 Mill Lane").
STREET_LINE = re.compile(r"\b(?:Street|St|Road|Rd|Avenue|Ave|Lane|Close|Drive|Way|Terrace|"
                         r"Crescent|Gardens|Grove|Place|Square|Row)\.?$")


def _letter_signer(body: list[Block], full: str) -> tuple[str, str] | None:
    """A letter's signer and town, closing it: "Ann Roe, Orvika" or "Ann Roe" over "Orvika",
    maybe over her street (under them, at most a line that says where the letter ran, or a
    footer under a rule)."""
    lines = [b.text.strip().rstrip(",") for b in _above_footer(body)[-4:] if b.text.strip()]
    for end in (len(lines), len(lines) - 1):
        if end < 1:
            continue
        last = lines[end - 1]
        name, _, town = last.partition(", ")
        if not town and end >= 2:
            name, town = lines[end - 2], last
        town = town.strip().rstrip(".")
        known = known_place(town) or attested_place(town, full)
        if end >= 3 and STREET_LINE.search(name) and _signer_name(lines[end - 3]):
            return lines[end - 3], town if known else ""  # "Ann Roe," / "Holme Street," / …
        if 1 <= len(town.split()) <= 3 and known and _signer_name(name):
            return name.strip(), town
    return None


# A letter's closing words before the signer's name, in English and other languages.
VALEDICTION = re.compile(r"^(?i:faithfully|yours(?: \w+){0,2}|sincerely|(?:kind |warm |best )?"
                         r"regards|blessings|in christ|with (?:gratitude|thanks)|"
                         r"mit freundlichen grüßen|cordialement|atentamente|cordiali saluti)[,.]?$")

SIGNER_STYLE = re.compile(r"^(?:(?:The|Rev\.?|Revd\.?|Very|Right|Rt\.?|Canon|Fr\.?|Father|"
                          r"Pastor|Dr\.?|Mr\.?|Mrs\.?|Ms\.?|Sister|Brother|Deacon)\s+)+")


def _valediction_signer(body: list[Block]) -> str | None:
    """The name under a letter's closing words ("Faithfully," / "The Rev. Ann Roe")."""
    lines = [b.text.strip() for b in body[-4:] if b.text.strip()]
    for i, line in enumerate(lines[:-1]):
        if VALEDICTION.match(line):
            name = SIGNER_STYLE.sub("", lines[i + 1].split(",")[0]).strip()
            return name if _signer_name(name) else None
    return None


def _signer_name(text: str) -> bool:
    """A signer's name: a person's, a nickname in quotes allowed ('Ann "Annie" Roe')."""
    plain = re.sub(r"\s+[\"“][^\"”]{2,20}[\"”]", "", text.strip())
    return 2 <= len(plain.split()) <= 5 and person_name_shape(plain) and not known_place(plain)


def _labelled_credit(text: str) -> Byline | None:
    """A line that credits the writer by a label ("Words: Ann Roe", "Text: Ann Roe")."""
    if not LABELLED.match(text.strip()) or len(text) > 80:
        return None
    named = parse_byline(text)
    return named if named is not None and person_name_shape(named.author) else None


# Any credit's label ("Foto: Mihai Toma", "Fotoğraf: DHA", "Grafika: …"): no paper's name.
CREDIT_LABEL = re.compile(r"^[^\W\d_]+(?:[ .][^\W\d_]+)?\s?:\s")


def closing_label(body: list[Block], full: str) -> tuple[str, str | None] | None:
    """The writer a labelled line among the last three credits ("Text: Ann Roe", "Reporter:
    Ann Roe") and the paper named on the line beside it, if any ("Harbour Times")."""
    lines = [b.text.strip() for b in body[-3:]]
    for i, line in enumerate(lines):  # "Harbour Times" / "Reporter: Ann Roe", either way round
        label = LABELLED.match(line)
        named = parse_byline(line) if label and label[0].rstrip().endswith(":") else None
        writer = named.author if named else line[label.end():].strip() if label else ""
        if not (label and label[0].rstrip().endswith(":") and person_name_shape(writer)):
            continue
        for other in lines[i - 1:i] + lines[i + 1:i + 2]:
            if outlet_name(other, full) and not person_name_shape(other) and \
                    not LABELLED.match(other) and not CREDIT_LABEL.match(other):
                return writer, other
        return writer, None
    return None


def _credit_lines(body: list[Block], found: dict[str, Any], full: str) -> None:
    """The paper a credit line names by a convention: closing the piece ("Published in the
    Harbour Herald", "Harbour Herald — Letters, 4 May 2026", "Ann Roe writes for the Herald."),
    or beside a labelled writer's credit ("Reporter: Ann Roe"), or in the header ("Harbour
    Herald staff" under the byline)."""
    for block in reversed(body[-3:]):
        text = block.text
        paper = credit_outlet(text, full)
        if paper is None and (paper := signed_outlet(text, full, any_date_only)) and \
                "date" not in found and (date := find_date(text, ambiguous=False)):
            found["date"] = date  # the paper's stamp dates the piece
        if paper is not None and text.startswith(paper + ", ") and \
                known_place(town := re.split(r"\s+[|•·—–]\s+", text)[0][len(paper) + 2:]):
            found["signed_town"] = town  # "The Post, Orvika | Updated …": where it was filed
        if paper is None and (note := writer_note(text, full)) is not None:
            paper = note[1]
            found.setdefault("author", note[0])
        if paper is not None and not LABELLED.match(paper):  # ("Автор: Ann Roe | 29.04.2024")
            found["outlet"] = paper
            return
    if (labelled := closing_label(body, full)) is not None:
        found.setdefault("author", labelled[0])  # ("Gohebydd / Reporter: Ann Roe")
        if labelled[1] is not None:
            found["outlet"] = labelled[1]
            return
    for block in body[:5]:  # (a header's "Town — date" is a dateline: a paper's word vouches)
        signed = signed_outlet(block.text, full, any_date_only)
        if len(block.text) <= 120 and (paper := credit_outlet(block.text, full) or
                                       signed and _paper_named(signed) and signed):
            found["outlet"] = paper
            return


def _byline_index(body: list[Block], first: int, title: str = "") -> tuple[int, Byline] | None:
    """A person's name alone on the line right under the headline, or under the dateline that
    follows it ("Anna Berg" above "PORTVILLE 2001-04-05"): the byline. Only a line that starts
    with a known given name and holds nothing but the name, a role and an outlet counts
    ("Anna Berg, Staff Writer", "Anna Berg | Reuters"); see bylines.py."""
    for j in (first, first + 1):
        if j >= len(body) or body[j].kind not in ("heading", "paragraph", "signature"):
            return None
        text = body[j].text
        if share_bar(text):
            continue  # "Share  Tweet  Email" between the date line and the byline
        if (stamped := _stamped_name(body, j)) is not None:
            return j, stamped  # "Ann Roe    14:05  02.03.26": no town stamps a clock's time
        if DATELINE.match(text) and (find_date(text) or find_foreign_date(text)) or \
                _header_aside(text) or j == first and _standfirst(body, j):
            continue  # "MAE SOT, Thailand 1996-08-25": a dateline, however name-like
        if _venue_line(text, [title, *(b.text for b in body[j + 1:j + 2])]) or \
                _paper_masthead(text) is not None:
            continue  # "Alexandra Park" above "City 2 United 1": the ground, no byline (nor
            # the paper's masthead: "El Economista Global | Mercados")
        if (dated := _name_and_date(body, j) or _name_over_desk(body, j)) is not None:
            return j, dated  # "ZOLILE NDLOVU-MATSHAYA | 14 August 2025", "ANN ROE" / "POST STAFF"
        if _agency_name(text) and len(text.split()) <= 3 and text.istitle():
            return j, Byline(text, None)  # "Andina Noticias" under the headline: the agency
        byline = parse_byline(text, bare=True) or _dated_name(body, j) or \
            _name_and_masthead(text, body[0].text)
        if byline is None or " ".join(text.split()[:2]).isupper() \
                or is_common_phrase(byline.author) or _venue_name(byline.author) \
                or known_place(byline.author) \
                or find_date(byline.author) or not text.startswith(byline.author) and \
                any(w.strip(",.") in ORG_HEADS for w in text.split()):
            return None  # ("· Kabwe International Conference Centre, Lusaka": a venue)
        return j, byline
    return None


def _name_and_masthead(text: str, masthead: str) -> Byline | None:
    """Names beside the paper's name that heads the page ("Ann Roe and Tom Lee | Harbour Pilot &
    Review" under the masthead "Harbour Pilot & Review"): the paper vouches for unlisted names."""
    parts = [p.strip() for p in re.split(r"\s+[|•·]\s+", text.strip())]
    if len(parts) != 2 or parts[1] != masthead.strip() or parts[0] == parts[1]:
        return None
    names = re.split(r"\s+(?:and|&)\s+|,\s+", parts[0])
    if not all(person_name_shape(n) and 2 <= len(n.split()) <= 4 for n in names):
        return None
    return Byline(" and ".join(names), parts[1])


def _kicker_credit(kickers: list[Block]) -> Byline | None:
    """The writers a "By" line above the headline credits, maybe after its desk ("North Coast /
    By Ann Roe and Tom Lee")."""
    for block in kickers:
        if KICKER_BY.match(block.text.strip()) and (credit := closing_credit(block.text)):
            return credit
    return None


KICKER_BY = re.compile(r"^(?:[^/|•·]{2,30}\s*[/|•·]\s*)?(?:By|BY)\s+[A-Z]")

CLOCK_TIME = re.compile(r"(?<![\d:])\d{1,2}:\d\d(?![\d:])")


def _stamped_name(body: list[Block], j: int) -> Byline | None:
    """A name beside the time and the date the piece was posted ("Ann Roe | 14:05 02.03.26"),
    the name no place's."""
    parts = [p.strip() for p in SEGMENT.split(body[j].text)]
    if len(parts) != 2 or not CLOCK_TIME.search(parts[1]):
        return None
    named = _name_and_date(body, j)
    full = "\n".join(b.text for b in body)
    return None if named is None or attested_place(named.author, full) else named


def _name_and_date(body: list[Block], j: int) -> Byline | None:
    """A name and the date on one line under the headline, the name maybe in capitals and
    unknown to the lists of given names ("ZOLILE NDLOVU-MATSHAYA | 14 August 2025")."""
    parts = [p.strip() for p in SEGMENT.split(body[j].text)]
    if len(parts) != 2 or not any_date_only(parts[1]):
        return None
    name = display_name(parts[0])
    if not person_name_shape(name) or not unlisted_name(name) and \
            not is_given_name(name.split()[0]) or known_place(name.split()[-1]) or \
            known_place(name):
        return None  # ("Santa Fe | 14:05 02.03.26": a town)
    return None if _named_again(name, "\n".join(b.text for b in body[j + 1:])) else Byline(name)


def _standfirst(body: list[Block], j: int) -> bool:
    """A sentence or two under the headline that sums the piece up, over a short line (the
    byline) and the date line under that."""
    words = body[j].text.split()  # (a deck with no full stop reads as a heading)
    if body[j].kind not in ("paragraph", "heading") or not 8 <= len(words) <= 60 or \
            j + 2 >= len(body):
        return False
    date_line = body[j + 2].text
    return len(body[j + 1].text) <= 80 and len(date_line) <= 60 and \
        (_header_aside(date_line) or find_date(date_line) is not None and
         not re.search(r"[.!?]$", date_line))


def _name_over_desk(body: list[Block], j: int) -> Byline | None:
    """A name in capitals over its desk's line in capitals ("ANN ROE" / "POST REPORTERS")."""
    text, below = body[j].text.strip(), body[j + 1].text.strip() if j + 1 < len(body) else ""
    words = below.split()
    if not (text.isupper() and below.isupper() and 1 <= len(words) <= 3 and
            words[-1].lower() in JOBS):
        return None
    name = display_name(text)
    if not person_name_shape(name) or known_place(name) or \
            not (unlisted_name(name) or is_given_name(name.split()[0])):
        return None  # ("PORT AUTHORITY" / "STAFF WRITERS": words, no one's name)
    return Byline(name)


def _dated_name(body: list[Block], j: int) -> Byline | None:
    """A name the given names do not know ("Sunita Prajapati") as the byline: only next to the
    header's date line, naming no place, and a name the story never mentions again."""
    text = IN_PLACE.sub("", body[j].text.strip(), count=1)  # "Nguyễn Thị Thu Hà in Hanoi"
    if not person_name_shape(text) or is_common_phrase(text):
        return None
    near = [body[k].text for k in (j - 1, j + 1) if 0 <= k < len(body)]
    dated = [t for t in near if _header_aside(t) and not RATING.match(t.strip())]
    words = text.split()
    if not dated or any(w.casefold() in dated[0].casefold() for w in words):
        return None  # ("Portville Harbour" above "PORTVILLE 2001-04-05": the place's name)
    if words[-1].lower() in common_words() or known_place(words[-1]) or known_place(text):
        return None
    rest = "\n".join(b.text for b in body[j + 1:])
    return None if _named_again(text, rest) else Byline(text)


HONORIFICS = frozenset("mr mrs ms miss dr prof mx sir dame".split())


def _named_again(name: str, rest: str) -> bool:
    """Whether the text names this person again: the whole name, or the surname alone or after a
    title ("Prajapati said", "Ms Prajapati"), not after another given name ("Mayor Sunil
    Prajapati" is someone else)."""
    first, *_, last = name.split()
    if name in rest:
        return True
    for m in re.finditer(rf"(?:(\S+)\s+)?\b{re.escape(last)}\b", rest):
        before = (m[1] or "").strip("\"“‘(")
        if not before[:1].isupper() or before == first or \
                before.lower().rstrip(".") in HONORIFICS or is_role_word(before):
            return True
    return False


RATING = re.compile(r"^[★☆✩✭✮⭐\s]{3,}$|^\d(?:\.\d)?\s*/\s*(?:5|10)$")  # "★★★★☆", "4/5"


def _header_aside(text: str) -> bool:
    """A header line that may stand between the headline and the byline: a star rating, a date
    ("Posted: Oct 23, 2025 5:31 PM CDT | Last Updated: …"), a place and a date ("Kraków,
    14 stycznia 2026 r.")."""
    if RATING.match(text.strip()) or any_date_only(text):
        return True
    if len(text) <= 100 and PUBLISHED.match(text) and find_date(text):
        return True
    return _place_then_date(AGENCY_TAIL.sub("", text).rstrip(" :–—-")) is not None


def _mark_bylines(body: list[Block]) -> None:
    """Header lines that name the author ("Feature | Hatay | By Jane Roe | 6 May 2025") are
    bylines: shown as such, and read as credits rather than as text about the people named."""
    for i, block in enumerate(body[:6]):
        if block.kind == "paragraph" and (parse_byline(block.text) or header_credit(block.text)):
            body[i] = replace(block, kind="byline", level=0)


def _standfirst_writer(blocks: list[Block]) -> str | None:
    """The writer the standfirst under the headline names at its end."""
    return next((w for b in blocks if b.kind in ("paragraph", "heading") and
                 (w := standfirst_writer(b.text)) is not None), None)


def _author_bio(body: list[Block]) -> str | None:
    """A closing line that says who wrote the piece: "Jane Roe is the Guardian's Africa
    correspondent.", "Jane Roe is a freelance journalist based in Lagos."."""
    last = body[-1] if body else None
    if len(body) > 1 and last is not None and len(last.text) <= 80 and \
            (credit_outlet(last.text, "") or signed_outlet(last.text, "", any_date_only)):
        last = body[-2]  # ("Ann Roe is the Post's critic" / "The Post | Culture")
    if last is None or last.kind not in ("paragraph", "byline", "heading") or \
            len(last.text) > 200:
        return None
    m = AUTHOR_BIO.match(last.text)
    return m[1] if m and person_name_shape(m[1]) and is_given_name(m[1].split()[0]) else None


def _sign_off(body: list[Block]) -> Byline | None:
    """A closing "— Jane Roe, The Daily Post" after the last paragraph: the author signing off,
    not a quote's attribution (the paragraph before it opens with no quotation mark)."""
    if len(body) < 3 or body[-1].kind != "attribution" or body[-2].kind != "quote":
        return None
    text = body[-1].text.lstrip("—― ")
    if body[-2].text.startswith(OPENING_QUOTES) and not WRITTEN_BY.match(text):
        return None  # (a writer's credit, "— Reporting by Ann Roe", closes even a quote)
    # The header's agency ("GYUMRI, Armenia (ArmBusiness) —") vouches for its writer's sign-off.
    agencies = tuple(m[1] for b in body[:4] for m in re.finditer(r"\(([^()]{2,30})\)", b.text))
    named = (parse_byline(text) or closing_credit(text)) if TAIL_CREDIT.match(text) else \
        sign_off(text, agencies)
    if named is not None:
        body[-2] = replace(body[-2], kind="paragraph")  # convert read it as the credited quote
    return named


EPIGRAPH_WORDS = 12  # a shorter line before "— Ann Roe" may be a saying she is credited with

EMAIL_LINE = re.compile(r"^\S+@\S+\.\w+$")


def _closing_credit(body: list[Block]) -> tuple[int, Byline] | None:
    """The writer a short last line credits (before an e-mail address line, if any), after at
    least two paragraphs of text, the last one ended; a bare name there is no quote's
    attribution."""
    end = len(body) - 1
    while end >= len(body) - 3 and end >= 0 and WIRE_TRAILER.match(body[end].text.strip()):
        end -= 1  # a wire's desk initials, time group, end mark ("ik/al", "141402 OCT", "NNNN")
    email = body[end].text.strip() if end >= 0 and EMAIL_LINE.match(body[end].text.strip()) else ""
    if email or end >= 0 and (WIRE_END.match(body[end].text.strip()) or
                              _dated_outlet(body[end].text, True, "") is not None):
        end -= 1  # ("Enditem/ls", "(END)", "-30-": a wire's end mark under the credit)
    if end < 2 or sum(b.kind in ("paragraph", "quote") for b in body[:end]) < 2:
        return None
    block, before = body[end], body[end - 1]
    if WRITTEN_BY.match(block.text) and (block.kind in ("paragraph", "byline") or
                                         block.kind == "attribution" and before.kind != "quote"):
        credit = closing_credit(block.text)  # "Written by Ann Roe. Edited by Tom Lee." says so
        return (end, credit) if credit is not None else None
    lone_dash = block.kind == "bullet" and before.kind != "bullet"  # "- Ann Roe" closing it
    if block.kind not in ("paragraph", "heading", "byline", "attribution", "signature") and \
            not lone_dash or before.kind == "attribution" or \
            before.kind == "quote" and (before.text.startswith(OPENING_QUOTES) or
                                        len(before.text.split()) < EPIGRAPH_WORDS) or \
            before.text.rstrip()[-1:] not in ".!?\"”»’)":
        return None  # a list's last item ("Tom Lee,\n\nAnn Roe"), no credit
    if credit_outlet(block.text, "") is not None:
        return None  # "-- Harbour Notes / staff": the paper's staff, no writer
    credit = closing_credit(block.text)
    if credit is None and email and person_name_shape(block.text) and \
            _letters(block.text) == _letters(email.split("@")[0]):
        credit = Byline(block.text.strip())  # "Rónán Ó Gallchóir" over "ronan.ogallchoir@…"
    return (end, credit) if credit is not None else None


WRITTEN_BY = re.compile(r"^(?:(?i:written|reported|reporting|compiled|words|text|story) by|"
                        r"(?:[A-Z][a-z]+ )compiled by|"  # "Obituary compiled by Ann Roe"
                        r"[—–-]\s*(?i:by))\s+[A-Z]")  # (and "— by Ann Roe, KSL.com")

# What a wire puts under its credit: the desk's initials, the time group, the end mark.
WIRE_TRAILER = re.compile(r"^(?:NNNN|[a-z]{1,4}(?:/[a-z]{1,4})+|\d{6}\s+[A-Z]{3}(?:\s+\d{2,4})?)$")

WIRE_END = re.compile(r"^(?:\(?(?i:end|ends|enditem)\)?(?:/[a-z]{1,4})?|-?30-|#{3})$")


def _letters(text: str) -> str:
    """The letters of a name or an address, in ASCII lower case ("Ó Gallchóir" → "ogallchoir")."""
    return re.sub(r"[^a-z]", "", anyascii(text).lower())
