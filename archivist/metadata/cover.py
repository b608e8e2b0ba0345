"""A report's cover page saved as text: the issuing body's letterhead, a series line, the report's
title (maybe with a subtitle), its credit line ("Prepared by:", "Imeandaliwa na:") and a date.

The title is the cover's line that names a report's kind ("HAZE SEASON SITUATION REPORT 2024",
"RIPOTI YA UTEKELEZAJI WA MIRADI YA MAJI"), not the letterhead over it nor the subtitle under
it; the credit line gives the authors; a lone letterhead line names the issuer.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..bylines import parse_byline
from ..headlines import CHROME
from ..model import Block
from ..placeline import any_date_only, known_place
from .minutes import ACRONYM_TAIL

# A cover's credit line, in the languages the readers meet.
CREDIT = re.compile(r"(?i)^(?:(?:report )?(?:prepared|compiled|written|authored|edited) by|"
                    r"authors?|imeandaliwa na|kimeandaliwa na|disusun oleh|penyusun|"
                    r"(?:préparé|rédigé|élaboré) par|auteur(?:e|s|es)?|(?:elaborado|preparado|"
                    r"redactado) por|autor(?:es|as|a)?|(?:erstellt|verfasst) von|autoren|"
                    r"người thực hiện|opracowanie|opracował[a]?)\s*:?\s+(?=\S)")
# The word naming a report's kind, in the languages the readers meet.
KIND = re.compile(r"(?i)\b(?:report|assessment|review|study|survey|evaluation|analysis|audit|"
                  r"strategy|plan|white paper|policy brief|ripoti|taarifa|tathmini|laporan|kajian|"
                  r"rapport|étude|évaluation|informe|estudio|evaluación|relatório|estudo|"
                  r"avaliação|bericht|studie|gutachten|báo cáo|raport|sprawozdanie|"
                  r"ulat|pag-aaral)\b")
# A series' number: "CRRS Technical Report No. 07/2024", "Working Paper 12" (not a year).
SERIES = re.compile(r"(?i)\b(?:no\.|nr\.|n[º°]\.?|number|series|nomor|namba)\s*\d|^\S+ (?:\S+ )?"
                    r"(?:report|paper) (?!(?:19|20)\d\d\b)\d")
# Titles' words in honorifics and degrees a credit line puts before its names.
HONOURS = re.compile(r"\b(?:Assoc\.|Asst\.|Prof\.|Dr\.|Engr\.|Eng\.|Ir\.|Arch\.|Mhandisi|Bw\.|Bi\.|"
                     r"Mhe\.|Mr\.?|Mrs\.?|Ms\.?|Mme|M\.|Ing\.|Lic\.|Dra\.|Drs\.)\s+")
COVER = 10  # a cover's lines stand in the first blocks


@dataclass(frozen=True)
class Cover:
    """What a report's cover gives: the title's block, its authors and its issuer."""

    title: int
    text: str
    credit: int
    author: str | None
    issuer: str | None
    town: str | None


def report_cover(blocks: list[Block]) -> Cover | None:
    """The cover of a report, when the first blocks hold a credit line under a line naming a
    report's kind."""
    credit = next((k for k, b in enumerate(blocks[:COVER]) if CREDIT.match(b.text.strip())), None)
    if credit is None or credit == 0:
        return None
    named = [k for k in range(credit) if _names_kind(blocks[k].text)] or \
        [k + (len(blocks[k + 1].text.split()) >= 5) for k in range(credit - 1)
         if _numbered_kind(blocks[k].text)]  # the long line under a report's number, or it
    if not named:
        return None
    title = named[0]
    if _generic(blocks[title].text) and (longest := _longest(blocks, title, credit)) is not None:
        title = longest  # "Field Report 2023" under the report's own title
    text = blocks[title].text.strip()
    if title > 1 and (lead := blocks[title - 1].text.strip()).endswith(":") and \
            len(lead.split()) <= 8 and not CREDIT.match(lead):
        text = f"{blocks[title - 1].text.strip()} {text}"  # "Living with the River:" over the rest
    above = [k for k in range(title) if not _cover_line(blocks[k].text)]
    issuer = _issuer(blocks[above[0]].text) if len(above) == 1 else None
    towns = [t for k in range(title) if (t := _town_line(blocks[k].text)) is not None]
    return Cover(title, text, credit, _authors(blocks[credit].text),
                 issuer and ACRONYM_TAIL.sub("", issuer), towns[0] if towns else None)


def _town_line(text: str) -> str | None:
    """The town of a cover's address line ("Makurdi, Benue State, Nigeria")."""
    parts = [p.strip() for p in text.strip().split(",")]
    if 2 <= len(parts) <= 4 and len(text.split()) <= 8 and known_place(parts[0]) and \
            all(p[:1].isupper() for p in parts):
        return parts[0]
    return None


def _names_kind(text: str) -> bool:
    """A cover's title line: it names a report's kind, and no series number."""
    text = text.strip()
    return bool(KIND.search(text)) and not SERIES.search(text) and len(text.split()) <= 25 and \
        not text.endswith(".") and CREDIT.match(text) is None


def _generic(text: str) -> bool:
    """A kind's label with a year and few words: "Field Report 2023", "Monitoring Report 2023"."""
    words = [w for w in text.split() if not re.fullmatch(r"[\d/–-]+", w)]
    return len(words) <= 3


def _longest(blocks: list[Block], title: int, credit: int) -> int | None:
    """The cover's longest line between its letterhead and its credit line, but the label."""
    lines = [k for k in range(1, credit) if k != title and not _cover_line(blocks[k].text)
             and len(blocks[k].text.split()) >= 4 and not blocks[k].text.rstrip().endswith(".")]
    return max(lines, key=lambda k: len(blocks[k].text.split()), default=None)


def _numbered_kind(text: str) -> bool:
    """A report's number line, which the title stands under ("INFORME TÉCNICO N° 07/2025")."""
    return bool(KIND.search(text) and SERIES.search(text)) and len(text.split()) <= 8


def _issuer(text: str) -> str:
    """The issuer's name: a letterhead's line in capitals over its parents' lines, which the
    text joined to it ("CORPORACIÓN NACIONAL FORESTAL Ministerio de Agricultura …")."""
    text = text.strip()
    caps = re.match(r"(?:[^\W\d_a-zà-ÿ]{2,}(?: |$))+", text)
    return caps[0].strip() if caps and len(caps[0].split()) >= 2 else text


def _cover_line(text: str) -> bool:
    """A cover's line that is no issuer: chrome, a date, a series line, a town's line."""
    text = text.strip()
    return bool(CHROME.match(text) or any_date_only(text) or SERIES.search(text)) or \
        text.count(",") >= 1 and len(text.split()) <= 5  # "Makurdi, Benue State, Nigeria"


def _authors(text: str) -> str | None:
    """The names of a credit line, without their honours ("Dr. Ann Roe and Engr. Tom Lee")."""
    names = HONOURS.sub("", CREDIT.sub("", text.strip()))
    names = re.sub(r"\s+(?:na|dan|et|y|e|und|và|at)\s+", " and ", names)
    byline = parse_byline(f"By {names}")
    return None if byline is None else byline.author
