"""Bylines: the author (and outlet) a header line names, in the shapes news sites write them.

"By Jane Doe", "BY JANE DOE and KEVIN O'ROURKE Associated Press", "Posted by Jane Doe on 2 May
2024", "Reporting by Jane Doe; Editing by Tom Roe", "By Dr. Jane Doe, The Daily Post", and,
right under a headline, a bare "Jane Doe, Staff Writer", "Jane Doe Environment correspondent" or
"Jane Doe | Reuters". Every name must be shaped like a person's name and every other part must be
an outlet, a role or a date; anything else ("By the end of the week …") names no author.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .dates import find_date, find_foreign_date
from .detect import ORG_HEADS
from .placeline import display_place, known_place
from .speakers import (OUTLETS, common_words, display_word, is_given_name, is_role_word,
                       person_name_shape, unlisted_name)

# Who wrote it; a photographer's or a video's credit ("Photos by …") names no author.
PREFIX = re.compile(r"^(?:to contact the reporters? on this story:\s*(?=\S)|"
                    # "De notre correspondant à Ghardaïa, …", "Crónica de Rocío Quispe"
                    r"de not(?:re|s) (?:envoyée?s?|correspondante?s?)"
                    r"(?: spéciale?s?| permanente?s?)?"
                    r"(?: (?:à|au|en) [\w'’-]+(?: [\w'’-]+)?)?,?\s+(?=[A-ZÀ-ÖØ-Þ])|"
                    r"(?:crónica|reportaje|texto|informe|crônica|reportagem) de\s+(?=[A-ZÀ-ÖØ-Þ])|"
                    r"(?:(?:posted|written|"
                    r"writing|story|words|text|(?:match\s+|race\s+|game\s+)?report|reporting|"
                    r"reported|reviewed|compiled|interview|article|"
                    r"(?:words|text) and (?:pictures|photos|photographs))\s+|"
                    # a blog's "On March 3, 2026 5:42 pm In News by …"
                    r"(?:posted\s+)?on\s+[\w ,.:]{6,40}?\s+in\s+[\w&-]+(?:\s[\w&-]+)?\s+|"
                    r"posted\s+(?:on\s+)?[\w ,.]{6,30}?\s+)?by:?\s+"
                    # a role in lower case before the name: "By court reporter Jamie Lowe"
                    r"(?-i:(?:[a-z]+\s+){0,2}(?:reporter|correspondent|editor|writer)\s+(?=[A-Z]))?"
                    r"(?=\S))", re.I)
SEGMENT = re.compile(r"\s+[|•·]\s+|\s{3,}")  # ("By Ann Roe   December 2, 2025": a wide gap)
# Other credits after a comma: "Reported by Jane Roe, edited by Tom Lee", "… and agencies".
COMMA_TRAILER = re.compile(r"(?:,\s*(?:(?:with\s+)?(?:additional\s+)?(?:reporting|edited|editing|"
                           r"photos?|pictures?|graphics)\s+by\b|additional reporting\b).*"
                           r"|\s+(?:and|with)\s+(?:agencies|wires|wire services)\b.*)$", re.I)
# "… at gyuan@example.net", "@gyuan"; not "@Dire Dawa", where the piece was filed
EMAIL = re.compile(r"\s+(?:at\s+)?\S+@\S+|\s+@(?![A-Z][a-z]+(?:\s+[A-Z][a-z]+)*\s*$)\w+")
# A labelled credit ("Author: Jane Roe", "Text: Jane Roe", "Autora: …") or another language's
# "by" ("Por", "Par", "Von", "Door", "Av", "Af", Welsh "Gan", Italian "Di", Polish "Od"): like
# "By", but a known given name must follow; also in the lower case Italian, Spanish, French,
# Dutch and Nordic papers print it in ("di Ann Roe", "por Ann Roe", "af Ann Roe").
# ("Author Ann Roe" under "Date 25.11.2026": a site's label with no colon)
BY_WORDS = "Por|Par|Von|Door|Av|Af|Gan|Di|Od|Oleh|Nosoratan'i|From|por|par|door|av|af|di|Author"
# Labels in other languages too: "Texte", "Testo", "Teksti", "Текст", "Автор"/"Аутор" (Cyrillic),
# Turkish "Haber"/"Yazan", Indonesian "Penulis"/"Pewarta"/"Wartawan", Bosnian "Piše", a
# correspondent's or a chronicle's label ("Corresponsal:", "Crónica:")
# ("Gohebydd / Reporter:": a label in two languages)
LABELLED = re.compile(r"^(?:(?:[^\W\d_]+\s*/\s*)?"
                      r"(?i:author|autor|autora|autore|auteur|reporter|(?:match\s+)?report|"
                      r"reporting|text|words|byline|story|texte|texto|testo|tekst|teksti|"
                      r"texti|текст|"
                      r"автор|аутор|haber|yazan|penulis|pewarta|wartawan|piše|pise|napisao|"
                      r"napisala|corresponsal|correspondent|correspondente|correspondant|"
                      r"correspondante|crónica|cronica|reportaje|reportagem|periodista|"
                      r"journalist|journaliste|toimittaja|redactor|redactora|writer|bài|"
                      r"szerző|írta|corespondent|autorka|muhabir)\s*:|"
                      rf"(?:{BY_WORDS}):?(?= ))\s*(?=[A-ZÀ-ÖØ-ÞĀ-ſȘ-țА-ЯЁΑ-Ωა-ჰ])")
# ("Ş", "Ł", "Ș"; Cyrillic, Greek and Georgian capitals: "Автор: Эрмек Турдубаев")
# A Hungarian writer's label, whose name follows family name first.
FAMILY_FIRST_LABEL = re.compile(r"(?i)^(?:szerző|írta)\s*:")


def _family_first(text: str) -> str | None:
    """A name of two or three capitalised words ending in a known given name ("Major Bence",
    "Kiss-Bartha Eszter"), or None."""
    words = text.split()
    return text if 2 <= len(words) <= 3 and is_given_name(words[-1]) and \
        all(w[:1].isupper() and w.replace("-", "").isalpha() for w in words) else None


# An outlet in brackets after the name: "By Jane Roe (Reuters)".
BRACKETED_OUTLET = re.compile(r"\s*\(([A-Z][\w&. -]{1,30})\)\s*$")
# Parts a byline may trail that name nobody: another credit ("| Photographs by …"), the blog's
# filing ("| Filed under: Java, Temples"), a weekday ("| Monday, 17 March 2025").
TRAILER = re.compile(r"\s*(?:[|•·/]|,(?=\s*\w+\s*:))\s*(?:(?:photo(?:graph)?s?|pictures?|"
                     r"images?|video|illustrations?|graphics|edited|editing|translated|"
                     r"(?:english\s+)?(?:text|version)|adapted)\s+by|"
                     r"(?:translation|translator|english version|traduction|traducción|tradução|"
                     r"traduzione|übersetzung|prijevod|prevod|käännös)\s*:|"
                     r"(?:photo(?:graph)?s?|pictures?|images?|video|fotos?|fotograf\w*|fotoğraf|"
                     r"kuvat?|фото\w*|sary|bilder?|billede)\s*:|filed\s+(?:under|in)|"
                     r"tags|topics|categor(?:y|ies))(?:\b|(?<=:)).*$", re.I)
# A photographer's label after the writer's name with no separator: "Text: Ann Roe Foto: Tom Lee".
PHOTO_TAIL = re.compile(r"\s+(?:[-–—]\s+)?(?i:photos?|photographs?|pictures?|fotos?|fotograf\w*|"
                        r"фото\w*|bilder?|kuvat?|images?|ảnh)\s*:.*$")
WEEKDAY = re.compile(r"(?i)^(?:mon|tues|wednes|thurs|fri|satur|sun)day$")
# A rubric before the byline on one line: "Feature | Hatay, Turkey | By Jane Roe | 6 May 2025".
RUBRIC = re.compile(r"^(?:[A-Z][\w'’ -]{0,30}(?:,\s*[A-Z][\w'’ -]{0,30})?\s*\|\s*){1,2}(?=By\s)")
SEPARATORS = re.compile(r"\s*(?:,|\||•|·|\s[–—/-](?=\s)|\s(?i:for)(?=\s+[A-Z]))\s*")
TIGHT_SLASH = re.compile(r"(?<=[a-z])/(?=[A-Z])")
AND = re.compile(r"\s+(?:and|AND|&|og|och|und|et|ja|ve|dan|и)\s+")  # "Av A og B"
HONORIFIC = re.compile(r"^(?:Dr|Prof|Mr|Mrs|Ms|Mx|Sir|Dame)\.?\s+(?=[A-Z])")
ON_DATE = re.compile(r"\s+(?:[|/•·–—-]\s+)?(?:on|updated|published|posted)\b:?\s+.*$", re.I)
# "Jane Roe in Lagos", "… in Oaxa, Mexico", "… at Celtic Park": where she filed from.
IN_PLACE = re.compile(r"\s+(?:(?:in|at|IN|AT|desde|depuis)\s+|@)[A-Z][\w.'’ -]*"
                      r"(?:(?:,\s*|\s+and\s+)[A-Z][\w.'’ -]*)*"
                      r"(?=\s*(?:[|•·]|$))")
# Job words a byline puts after the name ("Staff Writer", "Environment correspondent").
JOBS = frozenset("writer writers reporter reporters correspondent correspondents editor editors "
                 "columnist contributor journalist critic analyst producer staff photographer "
                 "commentator blogger author bureau desk correspondant correspondante "
                 "corresponsal correspondente korrespondent journaliste periodista envoyé "
                 "envoyée spécial spéciale enviado enviada stringer".split())
MAX_LINE = 160


@dataclass(frozen=True)
class Byline:
    """Who wrote the piece, as the line writes the names, and the outlet it names (if any)."""

    author: str
    outlet: str | None = None


# An initial glued to the name after it, as Mongolian papers write their writers ("B.Khongorzul",
# the father's initial and the given name).
GLUED_INITIAL = re.compile(r"(?<=\b[A-Z])\.(?=[A-Z][A-Za-z]{2,}\b)")


def parse_byline(text: str, bare: bool = False) -> Byline | None:
    """The author a byline names; `bare`: a line without "By" (it must start with a given name)."""
    text = GLUED_INITIAL.sub(". ", text.strip())  # "By B.KHONGORZUL": "B. Khongorzul"
    if text.startswith("(") and text.endswith(")"):
        text = text[1:-1]  # "(Reporting by Jane Roe; Editing by Tom Lee)"
    text = PHOTO_TAIL.sub("", TRAILER.sub("", RUBRIC.sub("", text)))
    if (slash := TIGHT_SLASH.search(text)) and _job(text[slash.end():]):
        text = f"{text[:slash.start()]} / {text[slash.end():]}"  # "Ann Roe/Senior Sports Writer"
    if ";" in text and PREFIX.match(text):
        text = text.removesuffix(".")  # "Writing by Ada Obi; Editing by Tom Roe."
    if len(text) > MAX_LINE or text.endswith((".", "?", "!")) and not find_date(text[-20:]) \
            and not CLOCK_END.search(text):
        return None
    segments = SEGMENT.split(text)
    dated_segment = len(segments) > 1 and any(_dated(g) for g in segments)
    text = _credit_segments(text)  # (drops the date: "Ann Roe | PTN | Updated: 6 Jul 2024")
    reports = REPORTS.match(text)
    if reports:
        text, bare = reports[1], True  # "Siobhán Walsh reports"
    if sourced := SOURCE_LABEL.match(text):
        text, bare = text[sourced.end():], True  # "Source: Ann Roe, Contributor" (a job must say
        # it is a writer: "Source: Reuters", "Source: Harbour Police" name no one)
    labelled = LABELLED.match(text)
    # "Текст: Zarema Gadzhieva"; "Por Sisa Cotacachi" (not the two-letter "Di", "Av": words too)
    strong = bool(reports) or bool(labelled) and (labelled[0].rstrip().endswith(":") or
                                                  len(labelled[0].strip()) >= 3)
    if labelled and FAMILY_FIRST_LABEL.match(labelled[0]) and \
            (name := _family_first(text[labelled.end():].strip())) is not None:
        return Byline(name, None)  # Hungarian "Szerző: Major Bence": the family name first
    if labelled:
        text, bare = text[labelled.end():], True  # a given name must open what follows
    if (m := PREFIX.match(text)) is None and not bare:
        return None
    rest = COMMA_TRAILER.sub("", EMAIL.sub("", text[m.end():] if m else text))
    if (bracket := BRACKETED_OUTLET.search(rest)) and "," not in rest:
        rest = f"{rest[:bracket.start()]}, {bracket[1]}"  # "Jane Roe (Reuters)"
    dated = dated_segment or ON_DATE.search(rest.split(";")[0]) is not None
    rest = ON_DATE.sub("", rest.split(";")[0]).strip()  # "; Editing by …", "on 2 May 2024"
    pieces = AND.split(rest)
    if len(pieces) > 1 and (all(IN_PLACE.search(p) for p in pieces) or  # "Ann Roe in Rome and …"
                            IN_PLACE.search(pieces[0]) and _named(pieces[1:])):
        rest = " and ".join(IN_PLACE.sub("", p, count=1) for p in pieces)
    rest = IN_PLACE.sub("", rest, count=1)
    parts = [p for p in SEPARATORS.split(rest) if p and not _dated(p) and not _noise(p)]
    if m and "|" in rest:  # "Posted 8.2.2026 by Esi Roe | Travel diaries": the blog's category
        parts = parts[:1] + [p for p in parts[1:] if not CATEGORY.fullmatch(p)]
    if not parts:
        return None
    names, outlet = _names(parts[0]), None
    if names is None:
        return None
    authors, tail = names
    if authors[0].split()[0].lower() == "our":
        return None  # "By Our Trincomalee Correspondent": the place, no one's name
    flanked = False  # a place or an outlet beside the name: "Maris Kuusk | ERR"
    for part in ([tail] if tail else []) + parts[1:]:
        if _job(part) or known_place(display_place(part) if part.isupper() else part):
            flanked = True
            continue  # "By Ada Obi, Abuja": where she files from, no outlet
        if person_name_shape(part) and is_given_name(part.split()[0]) and \
                not known_place(part.split()[0]) and \
                part.split()[0].lower() not in ARTICLES:  # ("China Daily", "El Comercio")
            authors.append(part)  # "Ada Obi, Tom Roe": a second author, no outlet
            continue
        if outlet is None and _outlet(part):
            outlet, flanked = part, True
            continue
        return None
    job = bool(tail) and _job(tail) or any(_job(p) for p in parts[1:])
    if sourced and not job:
        return None
    # "Aswathy Menon / TNN / Updated: Dec 3, 2025": an outlet and a date vouch for the name
    strong = strong or outlet is not None and dated or dated_segment  # ("Ann Roe | 3 min read |
    # 12 November 2024": the line's own date says it is a byline)
    if bare and not job and not (_given(authors[0]) or strong and _label_vouched(authors[0]) or
                                 flanked and "|" in text and _world_given(authors[0])):
        return None  # ("Chidinma Okafor, Staff Writer": the job says it is a byline; "Anand
        # Kishore Sinha | Saharsa": a given name of the world's lists, a place beside it)
    return Byline(" and ".join(_unshout(a) for a in authors), outlet)


# A standfirst closed by its writer: "It is time the State paid up, writes Ann Roe".
WRITES = re.compile(r"[,.]\s+writes\s+([A-ZÀ-ÖØ-Þ][\w'’.-]*(?: [A-ZÀ-ÖØ-Þ][\w'’.-]*){1,3})\.?$")


def standfirst_writer(text: str) -> str | None:
    """The writer a standfirst names at its end ("…, writes Ann Roe")."""
    m = WRITES.search(text.strip())
    return m[1] if m and person_name_shape(m[1]) and is_given_name(m[1].split()[0]) else None


SOURCE_LABEL = re.compile(r"^(?i:source)\s*:\s*(?=[A-Z])")
# An Irish paper's credit: "Siobhán Walsh reports".
REPORTS = re.compile(r"^([A-ZÀ-ÖØ-Þ][\w'’.-]+(?: [A-ZÀ-ÖØ-Þ][\w'’.-]+){1,3}) (?:reports|writes)$")
# A blog's category after its credit: one capitalised word, then lower-case ones.
CATEGORY = re.compile(r"[A-Z][a-z]+(?: (?:[a-z]+|&)){0,3}")


def _dated(part: str) -> bool:
    """Whether a part of a credit line is a date, in English or another language."""
    return find_date(part) is not None or find_foreign_date(part) is not None


HEADER_SEGMENT = re.compile(r"\s+[|•·–—]\s+")


# A header line's parts for a credit among them: a spaced hyphen splits too ("By Ann Roe - Nov
# 09,2025 - Last updated …"); a part opening with "By" is a credit ("By Ann Roe in Guiyang").
SEGMENT_PARTS = re.compile(r"\s+[|•·–—-]\s+")
BY_PART = re.compile(rf"^(?:By|BY|{BY_WORDS})\s+[A-Z]")
GLOSSED_BY = re.compile(r"^[^\W\d_]+\s*/\s*(?=By\s)")  # "Gan / By Ann Roe": Welsh, then English
WORDS_BY = re.compile(r"^[A-Z][a-z]+ by\s+[A-Z]")  # "Words by Ann Roe | Photography by Tom Lee"


def segment_credit(text: str) -> Byline | None:
    """The one labelled credit among a header line's parts, whatever else they hold: "Przemyśl,
    14.10.2025 r. | Autor: Ann Roe | tłum. / translated by Tom Lee", "Haber: Ann Roe – Çeviri:
    Tom Lee" (a translator's or a photographer's label is no author's)."""
    if len(text) > MAX_LINE:
        return None
    credit = _credit_part(text)
    return parse_byline(credit) if credit is not None else None


def _credit_part(text: str) -> str | None:
    """The one labelled or "By" part of a header line of several parts."""
    parts = [GLOSSED_BY.sub("", p) for p in SEGMENT_PARTS.split(text.strip()) if p]
    credits = [p for p in parts if LABELLED.match(p) or BY_PART.match(p) or
               WORDS_BY.match(p) and not OTHER_CREDIT.match(p)]
    return credits[0] if len(parts) > 1 and len(credits) == 1 else None


# Particles inside a name written in a header's parts ("Marta Vilanova i Puig", "Ann Le Bihan").
PART_PARTICLES = frozenset("i y e de da do dos das del la le van von der den al el".split())
# A note that the piece is translated, in the languages a header may say it in.
TRANSLATED = re.compile(r"(?i)\b(?:translated|translation|traduit|traduction|traducción|traducido|"
                        r"tradução|traduzido|traduzione|tradotto|übersetzt|übersetzung|"
                        r"fordította|tłum\.?|tłumaczenie|imetafsiriwa|çeviri|vertaald|oversatt|"
                        r"přeloženo|traducere)\b")


def named_part_credit(text: str) -> Byline | None:
    """The one part of a dated header line that is a person's name and nothing else: "Husum ·
    Ann Roe · 03.02.2026 · Husumer Nachrichten", "Girona | Ann Roe i Puig | 24/01/2026 06:00"."""
    if len(text) > MAX_LINE or text.endswith((".", "?", "!")):
        return None
    parts = [p.strip() for p in HEADER_SEGMENT.split(text.strip()) if p.strip()]
    if len(parts) < 2 or not any(_dated(p) or TRANSLATED.search(p) for p in parts):
        return None
    names = [p for p in parts if _part_name(p)]
    return Byline(names[0]) if len(names) == 1 else None


def _part_name(part: str) -> bool:
    """A header part that is a name: two to four words, a known given name first, capitalised
    words or particles, no dictionary word, no place."""
    words = part.split()
    return 2 <= len(words) <= 4 and not part.isupper() and _given(part) and \
        not any(c.isdigit() for c in part) and \
        all(w[:1].isupper() and w.lower() not in common_words() or w in PART_PARTICLES
            for w in words[1:]) and words[-1] not in PART_PARTICLES and not known_place(part)


def header_credit(text: str) -> Byline | None:
    """The writer a header line names after its place and date: "Bundaberg | Wednesday 19
    November 2025 | Jess Amadio-Kerr", "KUOPIO · Julkaistu 3.11.2025 · Ville Tiihonen",
    "MOSTAR, 22.07.2025 (FENA) – Piše: Amra Hadžiomerović". A date must come first."""
    text = text.strip()
    if len(text) > MAX_LINE or text.endswith((".", "?", "!")):
        return None
    segments = [g for g in HEADER_SEGMENT.split(text) if g]
    dated = False
    while len(segments) > 1 and _header_part(segments[0], segments[1]):
        dated = dated or len(segments[0].split()) <= 8 and _dated(segments[0])
        segments.pop(0)
    if not dated:
        return None
    rest = " | ".join(segments)
    if any(w.strip(",.") in ORG_HEADS for w in segments[0].split()[1:]):
        return None  # "Saturday, 11 October 2025 · Mulungushi International Conference Centre"
    if (byline := parse_byline(rest) or parse_byline(rest, bare=True)) is not None:
        return byline
    # a name alone after the place and the date: "Sermitsiaq.AG · 4 June 2025 · Nuka Petersen"
    return Byline(rest) if len(segments) == 1 and _label_vouched(rest) and \
        not known_place(rest) else None


def _header_part(part: str, after: str) -> bool:
    """A dateline's part before the credit: a date, a clock time, a place before a date."""
    words = part.split()
    return _dated(part) or _noise(part) or len(words) <= 3 and part[:1].isupper() and \
        not any(is_given_name(w) for w in words) and _dated(after)


def _given(name: str) -> bool:
    """A name opening with a known given name, or two joined by a hyphen ("Paul-Antoine
    Giacometti"; not "Smith-Jones Limited"), and no article then one word ("Le Monde")."""
    words = name.split()
    if words[0].lower() in ARTICLES and len(words) == 2:
        return False
    parts = words[0].split("-")
    return is_given_name(words[0]) or len(parts) == 2 and all(is_given_name(p) for p in parts) \
        and not any(w.lower() in common_words() for w in words[1:])


ARTICLES = frozenset("le la les l the el los las il lo der die das de du".split())


def _world_given(name: str) -> bool:
    """A name of two to four words opening with a given name of the world's lists ("Anand",
    "Maris"), none of them a dictionary word."""
    from .detect.lexicon import lexicon  # noqa: PLC0415 (the detector's lists, built once)

    words = name.split()
    return 2 <= len(words) <= 4 and person_name_shape(name) and words[0] in lexicon().given and \
        not any(w.lower() in common_words() for w in words)


def _label_vouched(name: str) -> bool:
    """A name after a strong label ("Текст: Zarema Gadzhieva") that no list knows: person-shaped,
    no article or dictionary word in it ("Texte : Le Monde" names a paper)."""
    return unlisted_name(name) and name.split()[0].lower() not in ARTICLES


def _named(parts: list[str]) -> bool:
    """People's names, each opening with a known given name ("… in Taipei and Margaret Roe")."""
    return all(person_name_shape(p) and is_given_name(p.split()[0]) for p in parts)


def _credit_segments(text: str) -> str:
    """A header line's "|"/"·" segments less dates and reading times, from the one that says
    "By" ("Posted: March 3, 2024 | By Jane Roe", "By Jane Roe · March 3, 2024 · 4 min read")."""
    segments = SEGMENT.split(text)
    if len(segments) == 1:
        return text
    credit = [bool(PREFIX.match(g) or LABELLED.match(g)) for g in segments]
    kept = [(g, c) for g, c in zip(segments, credit) if g and (c or not _dated(g) and
                                                               not _noise(g))]
    first = next((i for i, (_, c) in enumerate(kept) if c), 0)
    return " | ".join(g for g, _ in kept[first:])


def filed_from(text: str) -> str | None:
    """Where a byline says the piece was filed ("By Jane Roe in Oaxa, Mexico" → "Oaxa,
    Mexico"), when the line is a byline at all."""
    if parse_byline(text) is None:
        credit = _credit_part(text)  # "By Ann Roe in Guiyang | site.com.cn | Updated: …"
        return filed_from(credit) if credit is not None else None
    text = RUBRIC.sub("", text.strip().strip("()"))
    m = IN_PLACE.search(TRAILER.sub("", text))
    if m and m[0].strip().startswith("@"):  # "By Ann Roe @Dire Dawa"
        return m[0].strip()[1:] if known_place(m[0].strip()[1:]) else None
    if m:
        return m[0].strip().split(" ", 1)[1] if " and " not in m[0] else None
    parts = SEPARATORS.split(TRAILER.sub("", text))[1:]  # "By Ada Obi, Abuja", "… | MENDOZA"
    parts = [display_place(p) if p.isupper() and len(p) > 3 else p for p in parts]
    return next((p for p in parts if known_place(p) and not _job(p)), None)


def sign_off(text: str, outlets: tuple[str, ...] = ()) -> Byline | None:
    """"Jane Roe, The Daily Post" closing a piece: one name (a given name first, or any name when
    the outlet is one of `outlets`, those the header names, or named like a paper) and an
    outlet."""
    name, _, outlet = text.strip().partition(",")
    outlet = outlet.strip()
    if not (person_name_shape(name) and _outlet(outlet) and
            (is_given_name(name.split()[0]) or outlet in outlets or _paper(outlet))):
        return None
    return Byline(_unshout(name.strip()), outlet)


# Words of newspapers' names: "North East Dispatch", "Arab News", "The Kigali Times".
PAPER_WORDS = frozenset("news times post journal herald telegraph tribune gazette dispatch "
                        "chronicle courier observer inquirer express mirror mail".split())


def _paper(outlet: str) -> bool:
    """An outlet named like a newspaper ("North East Dispatch", "Arab News")."""
    return any(w.lower() in PAPER_WORDS | OUTLETS for w in outlet.split())


def _unshout(name: str) -> str:
    """A name in capitals as a page shows names ("KEVIN O'ROURKE" → "Kevin O'Rourke")."""
    return " ".join(display_word(w) for w in name.split()) if name.isupper() else name


def _names(part: str) -> tuple[list[str], str] | None:
    """Names joined by "and"/"&", each shaped like a person's; the words after the last name
    (an outlet or a role with no comma before it) are returned apart."""
    pieces = AND.split(part)
    names = [HONORIFIC.sub("", p) for p in pieces]
    *first, last = names
    if not all(person_name_shape(n) for n in first):
        return None
    tokens = last.split()
    if person_name_shape(last) or _given_title(tokens):
        return [*first, last], ""
    for size in range(2, min(4, len(tokens) - 1) + 1):  # "Jane Doe Environment correspondent"
        if person_name_shape(" ".join(tokens[:size])) and _job(" ".join(tokens[size:])):
            return [*first, " ".join(tokens[:size])], " ".join(tokens[size:])
    caps = next((n for n, t in enumerate(tokens) if not t.isupper()), len(tokens))
    if 2 <= caps < len(tokens) and person_name_shape(" ".join(tokens[:caps])):
        return [*first, " ".join(tokens[:caps])], " ".join(tokens[caps:])  # "JANE DOE Reuters"
    return None


def _given_title(tokens: list[str]) -> bool:
    """A byline's given name that is also a title, before a full name ("By Prince Kwesi Owusu",
    as Ghana and Nigeria name sons): a writer, no royal."""
    return len(tokens) >= 3 and tokens[0] in ("Prince", "Princess") and \
        person_name_shape(" ".join(tokens[1:])) and is_given_name(tokens[1])


def _job(part: str) -> bool:
    """A role after the name: "Staff Writer", "Senior Environment Correspondent" (the role word
    "press", as in "press secretary", ends outlet names: "Associated Press")."""
    if m := JOB_BASED.match(part):  # "correspondant à Niamey": where the job is, no filing place
        part = m[1]
    words = part.split()
    return 1 <= len(words) <= 5 and all(w.isalpha() for w in words) and \
        (words[-1].lower() in JOBS or is_role_word(words[-1]) and words[-1].lower() != "press")


JOB_BASED = re.compile(r"^(\w+(?: \w+)?) (?:à|au|en|em|in|at|a) [A-ZÀ-ÖØ-Þ][\w'’ -]*$")


def _outlet(part: str) -> bool:
    """One to five capitalised words, none a job word: "Reuters", "The Daily Post"."""
    words = part.split()
    return 1 <= len(words) <= 5 and all(w[:1].isupper() or w.lower() in OUTLET_SMALL or w == "&"
                                        for w in words) and not _job(part) and \
        not CREDIT_LABEL.match(part)  # "Fordította: Ann Roe", a translator's credit



# Small words inside outlets' names: "Monitorul de Cluj", "Corriere della Sera", "La Voz del Sur".
OUTLET_SMALL = frozenset("of the and de du des della del di da do la le y".split())


def _noise(part: str) -> bool:
    """Words a byline may trail that name nobody: "Published 3 hours ago", "Updated"."""
    return bool(re.match(r"(?i)(?:published|updated|posted|last modified|\d+ min|special to\b|"
                         r"\d+ (?:comments?|replies|responses|reactions)$)", part)) \
        or WEEKDAY.match(part) is not None or CLOCK.fullmatch(part) is not None


CLOCK_END = re.compile(r"\d[:.]\d\d\s*[ap]\.m\.$", re.I)  # "…, Updated Jan. 8, 6:00 a.m."
# "6:05 PM EST", "04:10 pm GMT+7"
CLOCK = re.compile(r"(?i)\d{1,2}[:.]\d\d(?:\s*[ap]\.?m\.?)?(?:\s+[A-Z]{2,4}(?:[+-]\d{1,2})?)?")


# A closing credit's parts: "Words: Ann Roe | Photos: Tom Lee", "Photography: Tom Lee. Words: Ann
# Roe", "Reporting: Ann Roe, Baku; Tom Lee, Tbilisi" (a sentence's end, not an initial's dot).
# ("Andi Muh. Ridwan", "Ma. Cristina Reyes": names' abbreviations, no sentence's end either).
CREDIT_PARTS = re.compile(r"\s+[|•·]\s+|(?<!\b[A-Z])(?<!\b[A-Z][a-z])(?<!\bMuh)(?<!\bMoh)"
                          r"(?<!\bMoh[ad])\.\s+(?=[A-Z])")
CREDIT_LABEL = re.compile(r"^([^\W\d_][\w ]{0,30}?)\s*:\s*(?=\S)")
# Labels and verbs of the writer's credit, in the languages closing credits use; others
# ("Photos", "Editing", "Additional reporting") credit someone who did not write the piece.
WRITER_LABELS = frozenset((
    "text", "texts", "texto", "texte", "words", "reporting", "reporter", "reporters", "report",
    "report authors", "authors", "author", "story", "byline", "writer", "written", "reportage",
    "text and photos", "texto y fotos", "texto e fotos", "words and pictures", "words and photos",
    "text and pictures", "words and photographs", "text and photographs", "reportaje",
    "reportagem", "texte et photos", "texte et photo",
    "textes et photos", "text und fotos", "text und bilder", "testo e foto", "texto e foto",
    "tekst i zdjęcia", "tekst en foto's", "autor", "autora", "auteur", "autore", "autrice",
    "match report", "verslaggever", "verslaggeving", "reportero", "reportera", "repórter",
    "reporterin", "journaliste", "journalist"))
WRITER_BY = re.compile(r"^(?:(?i:reporting|reported|written|writing|compiled|filed|words|text|"
                       rf"story|(?:match\s+)?report)\s+by|(?i:by)|{BY_WORDS}|"
                       r"[A-Z][a-z]+\s+compiled\s+by)\s+(?=[^\W\d_])")  # "Obituary compiled by"
# A name, then what it wrote for: "Ann Roe, for the Andean Post", "Ann Roe, especial para o
# Diário", "Ann Roe in Kigali"; or the desk, then the name: "Redacción Andina / Ann Roe".
FOR_OUTLET = re.compile(r",\s+(?:(?i:for|especial para|para|pour|für)\s+)"
                        r"(?:(?i:the|o|a|el|la|le)\s+)?(?=[A-Z])")
# "Ann Roe and Tom Lee contributed to this report.", "Associated Press writer Ann Roe reported
# from La Paz.": the writers, when no byline names others.
CONTRIBUTED = re.compile(r"^(?:(?:[A-Z][\w.&-]*\s+){1,3}(?:writers?|reporters?|"
                         r"correspondents?)\s+)?(.+?)\s+(?:also\s+)?contributed"
                         r"(?:\s+reporting)?\s+to\s+this\s+(?:report|story|article)\.?$", re.I)
WIRE_WRITER = re.compile(r"^(?:[A-Z][\w.&-]*\s+){1,3}(?:writers?|reporters?|correspondents?)\s+"
                         r"(.+?)\s+(?:reported|wrote)\s+(?:from|in)\s+[A-Z][^.]*\.?$")
DESK_SLASH = re.compile(r"^[A-Z][\w'’ -]{1,40}\s+/\s+(?=[A-Z])")
CONTACT_REPORTER = re.compile(r"^(?i:contact (?:the )?(?:reporter|writer|author))\s+(.+?)"
                              r"\s+at\s+\S+@")


def closing_credit(text: str) -> Byline | None:
    """The writer a piece's closing line credits, in the shapes of the whole world's papers:
    "Words: Ann Roe | Photos: Tom Lee", "— Reporting by Ann Roe. Additional reporting by …",
    "Texto: Ann Roe", "Compiled by A. Roe", "Ann Roe, Maritime Week", "— Ann Roe, for the
    Andean Post", "Ann Roe in Kigali", "Desk / Ann Roe", "Contact reporter Ann Roe at …"."""
    text = text.strip().lstrip("—–- ").strip()
    if text.startswith("(") and text.endswith(")"):
        text = text[1:-1]  # "(By Chen Yi-hsuan and Hsieh Pei-ying)" above a wire's "Enditem"
    if len(text) > MAX_LINE:
        return None
    if m := CONTACT_REPORTER.match(text):
        return _credited(m[1])
    if m := CONTRIBUTED.match(text) or WIRE_WRITER.match(text):
        names = _credit_names(m[1])
        return Byline(" and ".join(names)) if names else None
    authors: list[str] = []
    labelled = False
    parts = CREDIT_PARTS.split(text.removesuffix("."))
    if len(parts) == 1 and ";" in text:
        parts = re.split(r"\s*;\s*(?=[A-Z][\w ]{0,30}?(?:\s+by\s|:))", parts[0])
    if any(re.match(r"(?i)reporting\b", p) for p in parts):  # the reporters are the authors,
        parts = [p for p in parts if not re.match(r"(?i)writ", p)]  # not the desk's writer
    for part in parts:
        label = CREDIT_LABEL.match(part)
        verb = WRITER_BY.match(part)
        if label or verb or OTHER_CREDIT.match(part):
            labelled = True
            if label and label[1].lower() in WRITER_LABELS:
                authors += _credit_names(part[label.end():])
            elif verb and not label:
                authors += _credit_names(part[verb.end():])
    if labelled and authors:
        whole = parse_byline(text) if len(parts) == 1 else None  # "By Ann Roe, The Post"
        if whole is not None and set(authors) <= set(AND.split(whole.author)):
            return whole
        return Byline(" and ".join(authors))
    if labelled:
        return None
    if (slashed := _slashed(text)) is not None:
        return slashed
    text = DESK_SLASH.sub("", FOR_OUTLET.sub(", ", text))
    return _credited(text)


def _slashed(text: str) -> Byline | None:
    """Writers and their agency apart by slashes: "Ann Roe / BNS", "Ann Roe / Tom Lee (EFE)"; each
    name opens with a known given name (a desk's name before the slash is no writer)."""
    parts = re.split(r"\s+/\s+", text)
    if len(parts) < 2:
        return None
    outlet = None
    if bracket := BRACKETED_OUTLET.search(parts[-1]):
        outlet, parts[-1] = bracket[1], parts[-1][:bracket.start()].strip()
    elif _outlet(parts[-1]) and not person_name_shape(parts[-1]):
        outlet = parts.pop()
        if known_place(outlet) and not outlet.isupper():  # (an agency's initials: "PNA")
            outlet = None  # "Ann Roe / Asunción": her town
    if outlet and re.search(r"(?i)\b(?:images?|photos?|pictures?|stock)\b", outlet):
        return None  # "Tom Lee / Getty Images": a photographer's credit
    names = [n for p in parts for n in AND.split(p)]
    if names and all(person_name_shape(n) and is_given_name(NAME_ABBREVIATION.sub("", n).split()[0])
                     for n in names):
        return Byline(" and ".join(names), outlet)
    return None


# An abbreviated first name before the given name: "Ma. Cristina Reyes", "Muh. Iqbal Hasan".
NAME_ABBREVIATION = re.compile(r"^(?:Ma|Muh|Moh|Mohd|Md)\.\s+(?=[A-Z])")


# Who else a credit names: "Additional reporting by …", "Editing by …", "Photos by …".
OTHER_CREDIT = re.compile(r"(?i)^(?:additional|further|with)\s+reporting\b|"
                          r"^(?i:photos?|photograph(?:s|y)?|pictures?|images?|editing|edited|video|"
                          r"graphics|illustrations?)\b")


def _credit_names(rest: str) -> list[str]:
    """The names a writer's label or verb vouches for (no known given name needed): "Ann Roe
    (NRC), Tom Lee (ATPDH)", "Ann Roe, Baku; Tom Lee, Tbilisi", "Ann Roe in Osh and Bishkek",
    "Ann Roe for Horn Dispatch", "Ann Roe, iTromsø-Nordlys"."""
    rest = re.sub(r"\s*\([^()]{1,40}\)", "", rest)
    names = []
    for piece in re.split(r"\s*;\s*|\s+/\s+", rest):  # "Ann Roe / Tom Lee"
        piece = re.sub(r"\s+(?i:for)\s+(?:the\s+)?[A-Z][\w'’ -]*$", "", piece)
        found = parse_byline(piece, bare=True)
        if found is not None:  # "Ann Roe, The Post": the outlet, a job or a place after her
            names += AND.split(found.author)
            continue
        pieces = AND.split(piece)
        if len(pieces) > 1 and all(IN_PLACE.search(p) for p in pieces):  # "A in X and B in Y"
            piece = " and ".join(IN_PLACE.sub("", p, count=1) for p in pieces)
        piece = IN_PLACE.sub("", piece, count=1).strip()
        parts = [p.strip() for p in AND.split(piece.split(",")[0])]
        rest_parts = [p.strip() for p in piece.split(",")[1:]]
        if rest_parts and _named(rest_parts):
            parts += rest_parts  # "Ann Roe, Tom Lee": two writers
        names += [p for p in parts if _vouched_name(p)]
    return names


def _vouched_name(text: str) -> bool:
    """A person's name shape, a nickname in quotes aside ('Andre "Dre" McFarlane')."""
    return person_name_shape(NICKNAME.sub("", text)) and not _outlet_word(text)


def _outlet_word(name: str) -> bool:
    """A word of outlets' names in a name-shaped credit: "Solomon Star Online" is the paper."""
    return any(w.lower() in OUTLETS for w in name.split())


NICKNAME = re.compile(r"\s+[\"“][^\"”]{1,20}[\"”](?=\s)")


def _credited(text: str) -> Byline | None:
    """A bare credit: a name (a given name first), with an outlet, a job or a place after it."""
    found = parse_byline(NICKNAME.sub("", text), bare=True)
    if found is not None and _outlet_word(found.author):
        return None
    if found is None and person_name_shape(text) and is_given_name(text.split()[0]):
        return Byline(text)
    if found is not None and NICKNAME.search(text):
        name = text.split(",")[0].strip()
        return Byline(name, found.outlet) if NICKNAME.sub("", name) == found.author else found
    return found
