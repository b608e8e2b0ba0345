"""Find dates stated in text: ISO, numeric US-style, dotted (day or year first) and named-month
forms (English; and, for a document's header, month names of 30 other languages from Babel's
CLDR data)."""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Iterator

from dateutil import parser as dateparser

MONTHS = ("january february march april may june july august september october november "
          "december").split()
_MON = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
PATTERNS = (
    re.compile(r"(?<![\d/.-])(\d{4})([-/])(\d{1,2})\2(\d{1,2})(?![\d])"),  # "2025/11/18" too
    re.compile(r"(?<![\d/.-])(\d{1,2})/(\d{1,2})/(\d{4}|\d{2})(?![\d/])"),
    re.compile(rf"\b{_MON}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}\b"),
    # (not the last day of a range, "7-13 December 2026": a week's listings, no day's date)
    re.compile(rf"(?<!\d[-–])\b\d{{1,2}}(?:st|nd|rd|th)?\s+{_MON},?\s+\d{{4}}\b"),
    # "24.09.2025": day first; "13.02.2024." as Serbian, Croatian, Czech, Hungarian end it
    re.compile(r"(?<![\d.])(\d{1,2})\.(\d{1,2})\.(\d{4})(?!\d|\.\d)"),
    re.compile(r"(?<![\d.])(\d{4})\.(\d{1,2})\.(\d{1,2})\.?(?![\d.])"),  # "2026.04.17" (Korea)
    # a two-digit year only beside a clock's time: "14:05  02.03.26", "02.03.26, 14:05"
    re.compile(r"(?<=\d:\d\d)\s{1,4}(\d{1,2})\.(\d{1,2})\.(\d\d)(?![\d.])"),
    re.compile(r"(?<![\d.])(\d{1,2})\.(\d{1,2})\.(\d\d),?\s{1,4}(?=\d{1,2}:\d\d(?!\d))"),
    # Japanese, Chinese and Korean: "2025年9月12日", "2025년 9월 12일"
    re.compile(r"(?<!\d)(\d{4})\s?[年년]\s?(\d{1,2})\s?[月월]\s?(\d{1,2})\s?[日일]"),
)
# A character each pattern cannot match without ("" for none): a text without it is not scanned.
PATTERN_NEEDS = ("", "/", "", "", ".", ".", ":", ":", "")
DIGIT = re.compile(r"\d")  # every pattern needs one (as the patterns' \d reads digits)
# Four-digit years only: an earlier year is a typo (`202-03-15`), and pages, listings and feeds
# assume four-digit years.
MIN_YEAR = 1000


def find_date(text: str, ambiguous: bool = True) -> dt.date | None:
    """Return the first valid calendar date stated in text, or None; without `ambiguous`, a
    numeric date that reads both ways ("03/11/2025": 3 November or March 11) is no date."""
    found: list[tuple[int, dt.date]] = []
    if DIGIT.search(text) is None:
        return None
    for index, pattern in enumerate(PATTERNS):
        if PATTERN_NEEDS[index] not in text:
            continue
        for match in pattern.finditer(text):
            if not ambiguous and index == 1 and _both_ways(match):
                continue
            date = _to_date(index, match)
            if date is not None:
                found.append((match.start(), date))
                break
    return min(found)[1] if found else None


SHORT_DATE_LINE = re.compile(r"^\s*(\d{1,2})\.(\d{1,2})\.(\d\d)\s*$")


def short_date_line(text: str) -> dt.date | None:
    """A header line that is only a dotted date with a two-digit year ("19.09.25"), read day
    first as dotted dates are; the years 1970–2069."""
    m = SHORT_DATE_LINE.match(text)
    if m is None:
        return None
    year = int(m[3]) + (2000 if int(m[3]) < 70 else 1900)
    try:
        return dt.date(year, int(m[2]), int(m[1]))
    except ValueError:
        return None


def both_readings(text: str) -> tuple[dt.date, dt.date] | None:
    """The two dates a slashed numeric date may be ("02/11/2026": 11 February or 2 November)."""
    m = PATTERNS[1].search(text) if "/" in text else None
    if m is None or not _both_ways(m) or (date := _to_date(1, m)) is None:
        return None
    try:
        return date, date.replace(month=date.day, day=date.month)
    except ValueError:
        return None


def _both_ways(match: re.Match[str]) -> bool:
    """Whether a slashed date's first two numbers could each be the month."""
    first, second = int(match[1]), int(match[2])
    return first != second and first <= 12 and second <= 12


def _to_date(kind: int, match: re.Match[str]) -> dt.date | None:
    date = _calendar_date(kind, match)
    return date if date is not None and date.year >= MIN_YEAR else None


def early_date(text: str) -> str | None:
    """The first stated date with a year before MIN_YEAR (ignored by find_date), as written."""
    if DIGIT.search(text) is None:
        return None
    for index, pattern in enumerate(PATTERNS):
        if PATTERN_NEEDS[index] not in text:
            continue
        for match in pattern.finditer(text):
            date = _calendar_date(index, match)
            if date is not None and date.year < MIN_YEAR:
                return match[0]
    return None


def _calendar_date(kind: int, match: re.Match[str]) -> dt.date | None:
    try:
        if kind == 0:
            return dt.date(int(match[1]), int(match[3]), int(match[4]))
        if kind == 1:
            year = int(match[3])
            year += 2000 if year < 70 and len(match[3]) == 2 else 1900 if len(match[3]) == 2 else 0
            first, second = int(match[1]), int(match[2])
            if first > 12 >= second:
                first, second = second, first  # "15/10/2024": the day first, as most of the world
            return dt.date(year, first, second)
        if kind in (4, 5):
            day, month, year = (match[1], match[2], match[3])[::1 if kind == 4 else -1]
            return dt.date(int(year), int(month), int(day))
        if kind == 8:
            return dt.date(int(match[1]), int(match[2]), int(match[3]))
        if kind in (6, 7):  # day first, as with full stops everywhere
            year = int(match[3])
            return dt.date(year + (2000 if year < 70 else 1900), int(match[2]), int(match[1]))
        return dateparser.parse(match[0], default=dt.datetime(1, 1, 1)).date()
    except (ValueError, OverflowError, dateparser.ParserError):
        return None


def parse_date_value(value: object) -> dt.date:
    """Parse a given date (front matter); raise ValueError if it is not a date."""
    if isinstance(value, dt.date):  # a datetime too
        value = value.isoformat()[:10]
    text = str(value).strip()
    if re.fullmatch(r"\d{4}", text):
        raise ValueError(f"'{text}' is only a year; give a full date like {text}-01-31")
    date = find_date(text)
    if date is None:
        try:
            date = dateparser.parse(text, default=dt.datetime(1, 1, 1)).date()
        except (ValueError, OverflowError, dateparser.ParserError):
            raise ValueError(f"'{text}' is not a date; use ISO 8601 like 2024-06-20") from None
    if date.year < MIN_YEAR:
        raise ValueError(f"'{text}' has a year before {MIN_YEAR} (a typo?); use a four-digit "
                         "year like 2024-06-20")
    return date


# "12 mars 2023", "5 de abril de 2023", "3. März 2023", "12 марта 2023", "marzo 12, 2023",
# Catalan "9 d'octubre de 2024".
FOREIGN = re.compile(r"(?<!\d[-–])\b(\d{1,2})\.?\s+(?:de\s+|d['’])?([^\W\d_]{3,12})\.?,?\s+"
                     r"(?:de\s+)?(\d{4})\b|\b([^\W\d_]{3,12})\.?\s+(\d{1,2}),?\s+(\d{4})\b")
LANGUAGES = ("fr es de it pt nl sv da nb fi pl cs sk sl hr sr ro hu tr ru uk bg el ca id ms lt "
             "lv et de_AT mg is sq mk sr_Latn fil sw kk uz ka hy az ky mn tg").split()
# (de_AT: "Jänner"; mg: "Aogositra"; fil: "Hulyo"; sw: "Machi"; kk, uz, ka, hy, az, ky, mn, tg:
# Central Asia and the Caucasus)
# Vietnamese numbers its months: "ngày 12 tháng 9 năm 2024".
VIETNAMESE = re.compile(r"(?i)\bngày (\d{1,2}) tháng (\d{1,2}) năm (\d{4})\b")


# The year first, as Hungarian, Latvian and Lithuanian write a date: "2024. április 25-én",
# "2024. gada 18. aprīlis", "2024 m. kovo 28 d.".
YEAR_FIRST = re.compile(r"\b((?:19|20)\d\d)(?:\.?\s+(?:gada\s+|m\.\s+)?|-yil,?\s+)(?:(\d{1,2})"
                        r"[.-]\s*([^\W\d_]{3,12})|([^\W\d_]{3,12})\.?\s+(\d{1,2})(?![\d.:]\d))")
# (and Uzbek: "2024-yil 18-sentabr")


def find_foreign_date(text: str) -> dt.date | None:
    """The first day-month-year date whose month is named in one of LANGUAGES, or None."""
    return _named_month_date(FOREIGN.finditer(text), False) or \
        _named_month_date(YEAR_FIRST.finditer(text), True) or _vietnamese_date(text)


def _vietnamese_date(text: str) -> dt.date | None:
    """A Vietnamese date with its month's number ("ngày 12 tháng 9 năm 2024")."""
    if "th" not in text or (m := VIETNAMESE.search(text)) is None or int(m[3]) < MIN_YEAR:
        return None
    try:
        return dt.date(int(m[3]), int(m[2]), int(m[1]))
    except ValueError:
        return None


def _named_month_date(matches: Iterator[re.Match[str]], year_first: bool) -> dt.date | None:
    """The first of the matches whose month word is known and whose day exists."""
    for m in matches:
        if year_first:
            year, day, word = (m[1], m[2], m[3]) if m[2] else (m[1], m[5], m[4])
        else:
            day, word, year = (m[1], m[2], m[3]) if m[1] else (m[5], m[4], m[6])
        month = _month_words().get(word.casefold())
        if month is None or int(year) < MIN_YEAR:
            continue
        try:
            return dt.date(int(year), month, int(day))
        except ValueError:
            continue
    return None


def is_month_word(word: str) -> bool:
    """A month's name or abbreviation in one of LANGUAGES ("stycznia", "Juli", "outubro")."""
    return word.casefold().strip(".") in _month_words()


def is_weekday_word(word: str) -> bool:
    """A weekday's name in one of LANGUAGES ("jeudi", "Samstag", "sábado")."""
    return word.casefold().strip(".,") in _weekday_words()


@functools.lru_cache(maxsize=1)
def _weekday_words() -> frozenset[str]:
    from babel.dates import get_day_names  # noqa: PLC0415 (loaded only for such a header)

    return frozenset(name.casefold() for lang in LANGUAGES for context in ("format", "stand-alone")
                     for name in get_day_names("wide", context, locale=lang).values())


@functools.lru_cache(maxsize=1)
def _month_words() -> dict[str, int]:
    """Month names and abbreviations → month number; a word that names two months in different
    languages ("listopad": November in Polish, October in Croatian) is left out."""
    from babel.dates import get_month_names  # noqa: PLC0415 (loaded only for such a header)

    numbers: dict[str, set[int]] = {}
    for lang in LANGUAGES:
        for width in ("wide", "abbreviated"):
            for context in ("format", "stand-alone"):
                for number, name in get_month_names(width, context, locale=lang).items():
                    numbers.setdefault(name.casefold().strip("."), set()).add(number)
    words = {w: next(iter(n)) for w, n in numbers.items() if len(n) == 1 and len(w) >= 3}
    return words | {w: k for k, w in enumerate(LATVIAN_IN, 1)}


# Latvian names a date's month in the locative ("2024. gada 8. aprīlī"), which babel lacks.
LATVIAN_IN = ("janvārī februārī martā aprīlī maijā jūnijā jūlijā augustā septembrī oktobrī "
              "novembrī decembrī").split()
