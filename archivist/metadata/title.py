"""The title: which block is the headline (past mastheads, letterheads, labels) and its clean
text."""

from __future__ import annotations

import re

from ..convert import URL
from ..dates import find_date, find_foreign_date
from ..headlines import (NOTICE_SUBJECT_WORDS, headline_like, letterhead, no_headline,
                         share_bar, untagged)
from ..mastheads import furniture
from ..model import Block
from ..newsletters import unmarked
from ..placeline import any_date_only, attested_place, date_only, known_place
from ..speakers import common_words
from .author import _header_aside, _labelled_credit
from .letterhead import _after_release_line, _mail_header, _under_letterhead
from .patterns import (CAPITAL, DATELINE, INITIALISM_END, MAIL_SUBJECT, PUBLICATION_OF,
                       RELEASE_LABEL, SECTION_WORDS, SENTENCE_STOP, TAGLINE, TITLE_DATELINE,
                       _RELEASE)
from .shapes import _fields_line, _headline_shape, _label_line, _masthead_line


TITLE_MAX = 80

NAMED_ISSUE = re.compile(r"(?i)^(?:[\w'’-]+\s+){1,2}(?:issue|edition)$")  # "Advent issue"


def _title_index(blocks: list[Block]) -> int | None:
    """The leading headline line, skipping a one-word section label such as 'World', or the
    headline under a press release's letterhead and release line (a kicker right on it is
    passed by the caller, metadata.reading)."""
    if (k := _headline_under_kickers(blocks)) is not None:
        return k  # "CORRIERE DELLA SERA | MILANO" / "Cronaca" / the headline / "di Ann Roe"
    skip = next((k for k, b in enumerate(blocks[:4]) if not furniture(b.text)), 0)
    if skip:  # a saved web page's skip link, address, menu and crumbs above it
        below = _title_index(blocks[skip:])
        return None if below is None else skip + below
    if (after := _after_release_line(blocks)) is not None:
        return after
    if (below := _below_lead(blocks)) is not None:
        return below
    if (mail := _mail_header(blocks)) and mail < len(blocks):
        after = _title_index(blocks[mail:])
        subject = next(i for i, b in enumerate(blocks) if MAIL_SUBJECT.match(b.text))
        if after is None or _names_the_issue(blocks[subject].text, blocks[mail:mail + after]) \
                or CONTENTS_ITEM.match(blocks[mail + after].text) or \
                after == 0 and letterhead(blocks[mail].text) or \
                not headline_like(blocks[mail + after].text):  # ("Casablanca, le 14 octobre")
            return subject  # the Subject line, cleaned (over a newsletter's "1. …" contents)
        return mail + after
    if (under := _under_letterhead(blocks)) is not None:
        return under
    for i, block in enumerate(blocks[:3]):
        text = block.text
        if i < 2 and block.kind == "byline" and _fields_line(text) and \
                _headline_below(blocks, i + 1, i == 0):
            continue  # "By Ann Roe · 12 March 2026 · The Observer" above the headline
        if block.kind in ("bullet", "numbered", "turn", "quote", "attribution", "byline") or \
                i == 0 and _labelled_credit(text) is not None:
            return None  # ("Words: Ann Roe" first: the writer's credit, no headline)
        if i == 0 and len(text.split()) == 1 and len(blocks) > 1 and text[:1].isupper() \
                and not date_only(blocks[1].text):  # "Statement / 2021-03-03": the title
            continue
        if i == 0 and len(blocks) > 1 and RELEASE_LABEL.match(text):
            continue  # "FOR IMMEDIATE RELEASE" above a press release's headline
        if i == 2 and not (_label_line(blocks[1].text) or _fields_line(blocks[1].text)):
            return None  # a third line is the headline only under two label lines
        if i == 0 and len(blocks) > 1 and furniture(blocks[1].text) and _masthead_line(text) \
                and (k := _heading_under_masthead(blocks)):
            return k  # "KENNEBEC LEDGER" / its site's menu / a section / the headline
        if i < 2 and (_label_line(text) or _fields_line(text)) and \
                _headline_below(blocks, i + 1, i == 0):
            continue  # "RUGBY | URC", "Dhaka, 09.03.2025" above the headline (not above
            # "Compiled by the islands desk": "INDIAN OCEAN — IN BRIEF" is the title then)
        if i == 0 and (_masthead_line(text) or PUBLICATION_OF.search(text)) and \
                (k := _heading_under_masthead(blocks)):
            return k  # "THE WEST CORNWALL COURIER" / its date / "LETTERS TO THE EDITOR"
        if i == 0 and _kicker_over_headline(blocks):
            continue  # "NordTV English | News in English …", "Rail industry" over the headline
        long_line = len(text) > 250 or len(text.split()) > 40
        ends_prose = text.endswith((".", "…")) and not text.isupper()
        if long_line or ends_prose or URL.search(text):
            return None
        return i
    return None


# A byline's or a date's line: what stands right under a headline on a news page.
SIGNED_OR_DATED = re.compile(r"(?i)^(?:by|par|por|di|von|door|published|updated|posted|"
                             r"publié|publicado|pubblicato|"
                             # Nordic, Polish, Czech, Slovak, Finnish: "by", "published", "updated"
                             r"af|av|autor|autorka|opublikowano|zaktualizowano|publikováno|"
                             r"aktualizováno|publikované|aktualizované|publicerad|publicerat|"
                             r"uppdaterad|uppdaterat|publisert|oppdatert|publiceret|opdateret|"
                             r"julkaistu|päivitetty|"
                             # Russian, Georgian, Uzbek, Kazakh "author", "published"
                             r"автор|авторы|опубликовано|ავტორი|muallif|avtor|avtory|"
                             r"jariyalandy)\b")
KICKER_WORDS = 5  # at most this many words in a masthead, a site's tagline or a section


def _kicker_over_headline(blocks: list[Block]) -> bool:
    """A short first line (a masthead, a site's name and tagline, a section) over a headline of
    twice as many words that a byline or a date follows within three lines (a standfirst, a
    writer's name and job between): the headline is the second line ("L'Orient Today" /
    "Tripoli municipality approves …" / "By Ann Roe | 06 January 2024")."""
    if len(blocks) < 3 or blocks[0].kind not in ("paragraph", "heading"):
        return False
    first, head = blocks[0].text, blocks[1]
    words = _kicker_words(first)  # (a site's name before its tagline, a trail's longest crumb)
    if words > KICKER_WORDS or first.endswith((".", ":", "?", "!", "…")) or \
            len(head.text.split()) < max(6, 2 * words) or not _headline_shape(head):
        return False
    return any(_signed_or_dated(b) or _dated_line(b.text) for b in blocks[2:5])


def _dated_line(text: str) -> bool:
    """A short line with a date in it: a dateline ("Атырау, 20 февраля 2024 г. – …")."""
    return len(text.split()) <= 12 and (find_date(text) or find_foreign_date(text)) is not None


KICKER_LINES = 6  # short lines at most over a headline: site, section, town, date, time


def _headline_under_kickers(blocks: list[Block]) -> int | None:
    """A headline under two to six short lines (a site's name, its section, a town, a date, a
    time), a byline or a date within three lines under it: the lines above are a page's
    furniture ("Il Sole 24 ORE" / "Moda | Tessile" / the headline / … / "di Ann Roe")."""
    words = 0  # the most words of a short line above (each line read once: every text asks)
    for k in range(min(KICKER_LINES + 1, len(blocks) - 1)):
        if k >= 2 and _headline_under(blocks, k, words):
            return k
        if k == 1 and TAGLINE_LINE.match(blocks[k].text) and _short_line(blocks[0]):
            continue  # "EURASIA BULLETIN · BERLIN" / "The English edition for …"
        if _signed_or_dated(blocks[k]) or share_bar(blocks[k].text):
            continue  # "Posted 17.11.2023, 09:30 · Updated 3 hours ago", "Share  Tweet  Email"
        if not _short_line(blocks[k]):
            return None
        words = max(words, _kicker_words(blocks[k].text))
    return None


# A site's tagline under its name: "The English edition for the Russian-speaking community …".
TAGLINE_LINE = re.compile(r"^(?:The|Your|A|An) [\w-]+ [a-z][^.!?:]{8,80}$")


def _headline_under(blocks: list[Block], k: int, words: int) -> bool:
    """Whether block k reads as the headline under the short lines before it."""
    head, above = blocks[k], blocks[:k]
    return _headline_shape(head) and len(head.text.split()) >= max(6, 2 * words) and \
        _capital_start(head.text) and not any_date_only(head.text) and \
        (any(_signed_or_dated(b) for b in blocks[k + 1:k + 4]) or
         blocks[k + 1].kind == "paragraph" and  # (not a transcript's first turn)
         any(find_date(b.text) or find_foreign_date(b.text) for b in above))


def _capital_start(text: str) -> bool:
    """A headline's first letter, past opening quotes: a capital, or a letter of a script with no
    case (Georgian); no digit ("12 Capper Street, …" is an address)."""
    first = text.lstrip("\"'«„“‘‚(")[:1]
    return first.isupper() or first.isalpha() and not first.islower()


def _short_line(block: Block) -> bool:
    """A line of furniture over a headline: a few words, no sentence's end."""
    text = block.text
    return block.kind in ("paragraph", "heading", "byline") and (furniture(text) or
        _toolbar(text) or len(text.split(" | ")[0].split()) <= KICKER_WORDS and len(text) <= 60
        and not text.endswith((".", "?", "!", "…", ",")))


def _kicker_words(text: str) -> int:
    """The words of a short line over a headline: of a toolbar's longest item, of a site's name
    before its tagline."""
    if _toolbar(text):
        return max(len(t.split()) for t in re.split(r"\s{2,}|\s+[|/>›»•·]\s+", text.strip()))
    return len(text.split(" | ")[0].split())


def _toolbar(text: str) -> bool:
    """A menu, a trail or a toolbar: short items apart by wide spaces or bars ("Domů  Domácí
    Zahraniční  Ekonomika", "iDNES.cz  /  Zprávy  /  Brno a jižní Morava")."""
    items = [t for t in re.split(r"\s{2,}|\s+[|/>›»•·]\s+", text.strip()) if t]
    return len(items) >= 3 and all(len(t.split()) <= 4 for t in items) and len(text) <= 160


def _kicker_on_headline(blocks: list[Block], i: int) -> bool:
    """A kicker on the line right above the headline, no blank line between, and a blank line
    under the headline (a German "Dachzeile", a site's topic line): a short line that does not
    end a sentence, over a headline-shaped line of more words."""
    if i + 1 >= len(blocks) or blocks[i].kind not in ("paragraph", "heading"):
        return False
    kicker, head = blocks[i], blocks[i + 1]
    words = len(kicker.text.split())
    return head.line == kicker.line + 1 and words <= KICKER_WORDS and \
        not kicker.text.endswith((".", ":", "?", "!", "…", ",")) and \
        len(head.text.split()) >= max(4, words + 1) and _headline_shape(head) and \
        head.text[:1].isupper() and \
        (i + 2 == len(blocks) or blocks[i + 2].line > head.line + 1) and \
        not date_only(kicker.text) and not _fields_line(kicker.text) and \
        not _signed_or_dated(head) and find_date(head.text) is None and \
        not any_date_only(head.text)  # ("Le port ferme" / "Publié le 3 mars": a dated title)


def _signed_or_dated(block: Block) -> bool:
    """A byline, a date line or a line of header fields."""
    text = block.text.lstrip("/|·• ")  # (a byline after its desk's bar: "/ By Ann Roe")
    return block.kind == "byline" or bool(SIGNED_OR_DATED.match(text)) or \
        len(text.split()) <= 12 and (_fields_line(text) or date_only(text) or
                                     any_date_only(text))


def _below_lead(blocks: list[Block]) -> int | None:
    """The headline under a lead paragraph a page printed above it ("DHAKA, Bangladesh (AP) —
    A fire tore through …" above "Garment factory fire kills 9"): the first block opens with a
    dateline in capitals and reads as prose, the second is a heading shaped like a headline."""
    if len(blocks) < 3 or blocks[1].kind != "heading" or not _headline_shape(blocks[1]):
        return None
    lead = blocks[0].text
    m = DATELINE.match(lead)
    if m is None or not m[1].split()[0].isupper():  # "Dhaka, Feb 12 (AP) — …": a known town
        m = TITLE_DATELINE.match(lead)  # with a date or an agency
        m = m if m and attested_place(m[1], lead) and (m[3] or find_date(lead[:m.end()])) else None
    if m is None or blocks[0].kind != "paragraph" or \
            len(lead.split()) < 15 or not lead.endswith((".", "”", "\"")):
        return None
    # The headline tells what the lead tells (a crosshead under it, "What comes next", does not).
    shared = _content_words(blocks[1].text) & _content_words(lead)
    return 1 if len(shared) >= 2 else None


def _content_words(text: str) -> set[str]:
    """The words of five letters or more of a text, folded: what a headline shares with its
    lead."""
    return {w.casefold() for w in re.findall(r"[^\W\d_]{5,}", text)}


CONTENTS_ITEM = re.compile(r"^\d{1,2}[.)]\s+\S")


def _names_the_issue(subject: str, labels: list[Block]) -> bool:
    """Whether an e-mail's Subject opens with the name of the newsletter whose masthead heads its
    body ("Subject: Harbour Notes – May update" over "HARBOUR NOTES"): the Subject titles the
    issue, the line under the masthead is its strapline."""
    words = _clean_title(subject).casefold().split()
    return any(len(label := b.text.casefold().split()) >= 2 and words[:len(label)] == label
               for b in labels)


def _heading_under_masthead(blocks: list[Block]) -> int | None:
    """The first heading under a masthead and its date lines, however short or shouted."""
    for k in range(1, min(4, len(blocks))):
        text = blocks[k].text
        if any_date_only(text) or _fields_line(text) or _header_aside(text) or furniture(text) \
                or all(w in SECTION_WORDS for w in text.split()) or NAMED_ISSUE.match(text) \
                or TAGLINE.search(text):
            continue  # (and its site's menu, "Home | News | Sports | Opinion", and section)
        words = text.split()
        return k if blocks[k].kind == "heading" and 2 <= len(words) <= 12 and \
            not text.endswith((".", ":")) else None
    return None


def _headline_below(blocks: list[Block], k: int, deeper: bool) -> bool:
    """Whether a headline follows at k (`deeper`: or under one more label line there)."""
    if k >= len(blocks) or CREDIT_LINE.match(blocks[k].text):
        return False
    return _headline_shape(blocks[k]) or deeper and (_label_line(blocks[k].text) or
                                                     _fields_line(blocks[k].text)) and \
        _headline_below(blocks, k + 1, False)


# What a headline's line may hold before the headline: a rubric in capitals ("PROFILE | The
# woman who …"), an e-mail's Subject label, a list's tag and a release label ("Subject: [OOML
# #212] …", "Subject: PRESS NOTE: …"). Only a headline of three words or more after it.
TITLE_PREFIX = re.compile(rf"^(?:[{CAPITAL}][{CAPITAL}'’&-]+(?: [{CAPITAL}][{CAPITAL}'’&-]+)? \| |"
                          r"(?:Opinion|Analysis|Profile|Explainer|Interview|Comment|Feature|"
                          r"Obituary|Exclusive|Editorial|Review|"
                          # the same rubrics in Spanish, Portuguese and Italian
                          r"Opinión|Opinião|Opinione|Análisis|Análise|Analisi|Entrevista|"
                          r"Intervista|Editoriale|Reportaje|Reportagem|Crónica|Crônica|"
                          r"Obituario|Obituário|Necrológica) \| |"
                          # a newsletter's name and issue: "Power Brief #87 | …", "Chamber
                          # Weekly | …"
                          r"[A-Z][\w&'’-]*(?: [A-Z][\w&'’-]*){0,3} (?:#\d{1,4}|(?:Weekly|Brief|"
                          r"Bulletin|Digest|Newsletter|Update|Roundup)(?: #\d{1,4})?) \| |"
                          rf"(?i:{NOTICE_SUBJECT_WORDS})"
                          r"\s*:\s*(?:(?i:re|fwd?|tr)\s*:\s*)*(?:\[[^\]]{1,30}\]\s*)?"
                          rf"(?:(?i:{_RELEASE})(?:\s*/\s*(?i:{_RELEASE}))?\s*[:–—-]\s*)?|"
                          # "COMMUNIQUÉ DE PRESSE – Mise en service de la ligne T4 …"
                          rf"(?i:{_RELEASE})\s+[–—-]\s+)(?=(?:\S+ ){{2}}\S)")

# A newsletter's first item ("1) KSE-100 closes …"), an agenda's item ("9.3  CABLE BEACH …").
ITEM_NUMBER = re.compile(r"^(?:\d{1,2}\)|\d{1,2}(?:\.\d{1,2})+)\s+(?=[A-Z]{2}|\S+ \S+ \S)")


def _label_before(line: str, title: str) -> str:
    """What _clean_title cut from the front of a headline's line ("AA |"), as written."""
    at = line.find(title)
    return line[:at].strip() if at > 0 else ""


def _tail_after(line: str, title: str) -> str:
    """What _clean_title cut from the end of a headline's line (a rating, a wire's "="), as
    written."""
    at = line.find(title)
    return line[at + len(title):].strip() if at >= 0 and title else ""


def letter_spaced(text: str) -> str | None:
    """A heading set letter by letter, its words apart by wider gaps ("S E N A T E   O F   T H E
    …"), as its words ("SENATE OF THE …"); None for any other line."""
    words = re.split(r"\s{2,}", text.strip())
    if not LETTER_SPACED.fullmatch(text.strip()) or sum(len(w) > 1 for w in words) < 2:
        return None
    return " ".join(w.replace(" ", "") for w in words)


LETTER_SPACED = re.compile(r"[^\W\d_](?: [^\W\d_])+(?:\s{2,}[^\W\d_](?: [^\W\d_])*)+")


def _clean_title(text: str) -> str:
    """The headline of a headline's line, without a rating after it or a label before it."""
    text = letter_spaced(text) or text
    bare = TITLE_PREFIX.sub("", ITEM_NUMBER.sub("", RATING_TAIL.sub("", unmarked(text))))
    bare = TITLE_PREFIX.sub("", bare)  # "Subject: Power Brief #87 | …": a label, then a name
    bare = untagged(bare)
    bare = PICTOGRAPHS.sub("", bare)  # "☕ Kopi Brief #212: …": a newsletter's emoji, no word
    if (m := SHOUTED_KICKER.match(bare)) and m[1].lower() in common_words() and \
            not known_place(m[1].title()) and not bare[m.end():].isupper():
        bare = bare[m.end():]  # "INQUEST: Fisherman drowned …", "WATCH: …" (not "NATO: …")
    return bare if bare.strip() else text


PICTOGRAPHS = re.compile(r"^(?:[\u2600-\u27bf\U0001f000-\U0001faff\ufe0f\u200d]+\s*)+")

# A tabloid's label in capitals before its headline's colon: one dictionary word.
SHOUTED_KICKER = re.compile(rf"^([{CAPITAL}]{{4,}}):\s+(?=[{CAPITAL}\d\"“‘'])(?=(?:\S+ ){{3}}\S)")

# A review's rating after its headline: "… portrait of Mitrovica ★★★★☆"; an Italian wire's
# closing mark ("… interrogazione a Schillaci =").
RATING_TAIL = re.compile(r"\s*[★☆✩✪✫✭✮⭐]{3,}\s*$|\s+=$")

CREDIT_LINE = re.compile(r"^(?i:(?:compiled|edited|written|reported|curated) by|by)\s")


def derive_title(blocks: list[Block]) -> str:
    """A short title from the first sentence, cut at a word boundary."""
    text = next((b.text for b in blocks if b.text.strip() and not no_headline(b.text) and
                 b.kind != "byline"),
                next((b.text for b in blocks if b.text.strip()), "Untitled"))  # (a bare URL)
    if (m := DATELINE.match(text)) and (m[2] or m[3]) and len(text) > m.end() + 20:
        text = text[m.end():]  # "ACCRA, Ghana, Oct. 7 (GNA) – Lecturers …": not "ACCRA, Ghana, Oct"
    sentence = first_sentence(text)
    if len(sentence) <= TITLE_MAX:
        return sentence if INITIALISM_END.search(sentence) else sentence.rstrip(".")
    cut = sentence[:TITLE_MAX].rsplit(" ", 1)[0].rstrip(",;:–— ")
    return f"{cut}…"


def first_sentence(text: str) -> str:
    """The text up to its first sentence end, never one inside an initialism ("U.S. agency")."""
    for m in SENTENCE_STOP.finditer(text):
        if not (text[m.start()] == "." and INITIALISM_END.search(text[:m.start() + 1])):
            return text[:m.start() + 1]
    return text
