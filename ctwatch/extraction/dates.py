"""Dates: the article's own date, and date phrases ("on Thursday", "in November", "six months ago")
resolved against it, keeping their precision (a month stays YYYY-MM)."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache

from .numbers import _UNITS as NUMBER_UNITS
from .regex import trie_pattern

_MONTHS = {
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "may": 5,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}
_MONTH = (
    r"(?:Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|June?|July?|Aug(?:ust|\.)?"
    r"|Sep(?:t(?:ember)?)?\.?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)"
)
_WEEKDAY = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?:19[5-9]\d|20[0-4]\d)"

_FULL_DATE = re.compile(
    rf"\b(?:{_DAY}\s+{_MONTH},?\s+{_YEAR}\b|{_MONTH}\s+{_DAY},?\s+{_YEAR}\b|{_YEAR}-[01]\d-[0-3]\d(?!\d))"
)
_DATE_PHRASE_BRANCHES = [
    rf"(?:on\s+)?{_WEEKDAY}(?:\s+(?:morning|afternoon|evening|night))?(?:,?\s+(?:{_DAY}\s+{_MONTH}|{_MONTH}\s+{_DAY})"
    rf"(?:,?\s+{_YEAR})?)?(?:\s*\((?:{_DAY}\s+{_MONTH}|{_MONTH}\s+{_DAY})\))?",
    rf"(?:on\s+)?(?:{_DAY}\s+{_MONTH}|{_MONTH}\s+{_DAY})(?:,?\s+{_YEAR})?",
    rf"(?:in\s+|since\s+|early\s+|late\s+|mid-?\s*)?{_MONTH}(?:\s+{_YEAR})?",
    rf"{_YEAR}-[01]\d-[0-3]\d",
    rf"today(?:\s*\((?:{_DAY}\s+{_MONTH}|{_MONTH}\s+{_DAY})\))?|yesterday|this\s+(?:morning|week|month|year)",
    r"last\s+(?:week|month|year|night)|earlier\s+this\s+(?:week|month|year)",
    r"(?:\w+|\d+)\s+(?:days?|weeks?|months?|years?)\s+ago",
    rf"in\s+{_YEAR}",
]
_AGO_BRANCH = _DATE_PHRASE_BRANCHES[-2]
_DATE_PHRASE = re.compile(rf"\b(?:{'|'.join(_DATE_PHRASE_BRANCHES)})(?!\w)")
# The same without the "six months ago" branch, for text without "ago": that branch starts at every
# word (any word may count the units), and an alternative that cannot match changes no match.
_DATE_PHRASE_WITHOUT_AGO = re.compile(
    rf"\b(?:{'|'.join(b for b in _DATE_PHRASE_BRANCHES if b != _AGO_BRANCH)})(?!\w)"
)
# Where a phrase of _DATE_PHRASE_WITHOUT_AGO can start: a digit or the first word of a branch. The
# phrase pattern is tried only there (see _find_date_phrases): searched from every position, its
# seven branches cost several times more than this scan and the few matches it is tried at.
_DATE_PHRASE_START = re.compile(
    r"\b(?:\d|"
    + trie_pattern(
        ["on", "in", "since", "early", "late", "mid", "today", "yesterday", "this", "last", "earlier"]
        + ["Mon", "Tues", "Wednes", "Thurs", "Fri", "Satur", "Sun"]
        + ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    )
    + ")"
)
_DATE_HINT = re.compile(
    r"day\b|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|\d{4}|today|yesterday|this |last |"
    r"earlier|ago\b"
)
_MONTH_OR_ISO = re.compile(r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)|\d{4}-\d")
_YEAR_IN_TEXT = re.compile(rf"{_YEAR}(?!\d)")
_TODAY_DAY_MONTH = re.compile(rf"\btoday\s*\((?P<dm>{_DAY}\s+{_MONTH}|{_MONTH}\s+{_DAY})\)")
_ON_DAY_MONTH_HINT = re.compile(r"\bon\s+")
_ON_DAY_MONTH = re.compile(
    rf"on\s+(?:{_WEEKDAY}\s+(?:morning\s+|afternoon\s+|evening\s+)?\()?(?P<dm>{_DAY}\s+{_MONTH}|"
    rf"{_MONTH}\s+{_DAY})\b(?!,?\s+\d{{4}})"
)
_MAY_VERB = re.compile(r"\bmay\s+(?:be|have|not|also|still|well|soon|now|return|pose)\b", re.IGNORECASE)
# Compiled once at import: the helpers below run these many times per article,
# and re's own cache lookup costs more than the match on such short strings.
_ISO_DATE = re.compile(r"^\s*(\d{4})(?:-(\d{1,2}))?(?:-(\d{1,2}))?")
_LEADING_PREPOSITION = re.compile(r"^(?:on|in|since|early|late|mid-?)\s*")
_TIME_OF_DAY = re.compile(r"\s+(?:morning|afternoon|evening|night)\b")
_PARENTHESIZED = re.compile(r"\(([^)]*)\)")
_LOWER_WEEKDAY = re.compile(r"(monday|tuesday|wednesday|thursday|friday|saturday|sunday)")
_LEADING_LOWER_WEEKDAY = re.compile(r"^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday),?\s+")
_UNITS_AGO = re.compile(r"(\w+)\s+(day|week|month|year)s?\s+ago")
_DAY_OF_MONTH = re.compile(r"\b(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?\b(?!\d)")
_MAY_DATE = re.compile(rf"May\s+(?:{_DAY}|{_YEAR})\b")
_MONTH_WORD = re.compile(_MONTH, re.IGNORECASE)
# "six months ago", "a year ago", "several weeks ago": the small counts a time phrase uses.
_NUMBER_WORDS = {**{word: n for word, n in NUMBER_UNITS.items() if n <= 12}, "a": 1, "an": 1, "several": 3}
_WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]


@dataclass(frozen=True, slots=True)
class DatePhrase:
    start: int
    end: int
    text: str


def parse_iso(value: str | dt.date | None) -> str | None:
    """A published value as YYYY, YYYY-MM or YYYY-MM-DD, or None."""
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    m = _ISO_DATE.match(str(value))
    if not m:
        return None
    parts = [m.group(1)] + [p.zfill(2) for p in m.groups()[1:] if p]
    return "-".join(parts)


def _as_date(value: str) -> dt.date:
    parts = [int(p) for p in value.split("-")] + [1, 1]
    return dt.date(parts[0], parts[1], parts[2])


def _precision(value: str) -> int:
    return value.count("-") + 1  # 1 year, 2 month, 3 day


_last_phrases: list[object] = [None, {}]


def find_date_phrases(text: str, start: int = 0, end: int | None = None) -> list[DatePhrase]:
    """Date expressions in text[start:end] (skipping 'may' the verb); remembered per range of the
    last text, which is asked about the same sentences several times."""
    stop = len(text) if end is None else end
    if _last_phrases[0] is not text:
        _last_phrases[:] = [text, {}]
    known: dict[tuple[int, int], list[DatePhrase]] = _last_phrases[1]  # type: ignore[assignment]
    if (start, stop) not in known:
        known[(start, stop)] = _find_date_phrases(text, start, stop)
    return list(known[(start, stop)])


def _find_date_phrases(text: str, start: int, end: int) -> list[DatePhrase]:
    found: list[DatePhrase] = []
    stop = len(text) if end is None else end
    if not _DATE_HINT.search(text, start, stop):
        return found
    if text.find("ago", start, stop) >= 0:
        matches: Iterable[re.Match[str]] = _DATE_PHRASE.finditer(text, start, stop)
    else:
        matches = _phrases_without_ago(text, start, stop)
    for m in matches:
        phrase = m.group(0)
        is_may_verb = phrase.lower() == "may" or phrase.startswith("May") and _MAY_VERB.match(text, m.start())
        if is_may_verb and not _MAY_DATE.match(phrase):
            continue
        if phrase[0].islower() and _MONTH_WORD.fullmatch(phrase):
            continue  # "mar", "may" lower case are words
        found.append(DatePhrase(m.start(), m.end(), phrase))
    return found


def _phrases_without_ago(text: str, start: int, stop: int) -> Iterator[re.Match[str]]:
    """What _DATE_PHRASE_WITHOUT_AGO.finditer(text, start, stop) finds, trying the pattern only where
    _DATE_PHRASE_START finds a phrase can begin. Those starts are word characters after a word
    boundary, so none lies inside another start's word, and a phrase (which begins at a boundary)
    cannot begin inside one either. match() with a start position still sees the character before
    it for the pattern's opening \\b."""
    resume = start
    for candidate in _DATE_PHRASE_START.finditer(text, start, stop):
        at = candidate.start()
        if at < resume:
            continue  # inside the phrase found before, as finditer would skip it
        m = _DATE_PHRASE_WITHOUT_AGO.match(text, at, stop)
        if m:
            resume = m.end()
            yield m


def article_date_from_text(text: str) -> tuple[str | None, str | None]:
    """The article's own date when the text states it: the first full date near the top, else a
    'today (27 Aug)' or first day-and-month with the latest year the text mentions, else that year."""
    head = text[: max(600, len(text) // 3)]
    m = None
    for hint in _MONTH_OR_ISO.finditer(head):
        # full dates are looked for only around month names (the full pattern is slow to scan with)
        m = _FULL_DATE.search(head, max(0, hint.start() - 6), hint.end() + 14)
        if m:
            break
    if m:
        resolved = _resolve_cached(m.group(0), None)
        if resolved:
            return resolved, "first full date in the text"
    years = [
        int(m.group(0)) for m in _YEAR_IN_TEXT.finditer(text) if not text[m.start() - 1 : m.start()].isdigit()
    ]
    if not years:
        return None, None
    year = str(max(years))
    day_month = None
    if "today" in text:
        day_month = _TODAY_DAY_MONTH.search(text)
    if day_month is None:
        for hint in _ON_DAY_MONTH_HINT.finditer(text):
            day_month = _ON_DAY_MONTH.match(text, hint.start())
            if day_month:
                break
    if day_month:
        resolved = _resolve_cached(f"{day_month.group('dm')} {year}", None)
        if resolved:
            return resolved, "day and month in the text with the latest year it mentions"
    return year, "latest year the text mentions"


def resolve(phrase: str, base: str | None) -> str | None:
    """A date phrase as YYYY[-MM[-DD]] relative to base (the article date), or None."""
    return _resolve_cached(" ".join(phrase.split()), base)


@lru_cache(maxsize=4096)
def _resolve_cached(phrase: str, base: str | None) -> str | None:
    low = phrase.lower()
    low = _LEADING_PREPOSITION.sub("", low)
    low = _TIME_OF_DAY.sub("", low)
    bracket = _PARENTHESIZED.search(low)
    if bracket:  # "today (27 Aug)", "wednesday morning (20 august)": the explicit day wins
        low = bracket.group(1)
    base_date = _as_date(base) if base else None
    base_precision = _precision(base) if base else 0
    if base_precision == 1 and not re.search(rf"\b{_YEAR}\b", low) and re.search(_MONTH, low, re.IGNORECASE):
        low = f"{low} {base}"  # only the year is known: "4 Sep" that year
    weekday = _LOWER_WEEKDAY.fullmatch(low)
    if weekday:
        if base_date is None or base_precision < 3:
            return base[:7] if base and base_precision >= 2 else None
        back = (base_date.weekday() - _WEEKDAYS.index(weekday.group(1))) % 7
        return (base_date - dt.timedelta(days=back)).isoformat()
    low = _LEADING_LOWER_WEEKDAY.sub("", low)
    if low in {"today", "this morning"}:
        return base
    if low == "yesterday" or low == "last night":
        return (base_date - dt.timedelta(days=1)).isoformat() if base_date and base_precision == 3 else base
    if low in {"this week", "earlier this week"}:
        return base
    if low in {"this month", "earlier this month"}:
        return base[:7] if base and base_precision >= 2 else None
    if low in {"this year", "earlier this year"}:
        return base[:4] if base else None
    if low == "last year":
        return str(int(base[:4]) - 1) if base else None
    if low in {"last month", "last week"} or low.endswith(" ago"):
        return _relative_span(low, base_date, base_precision)
    if re.fullmatch(_YEAR, low):
        return low
    return _calendar_phrase(low, base_date)


def _relative_span(low: str, base_date: dt.date | None, base_precision: int) -> str | None:
    if base_date is None or base_precision < 2:
        return None
    if low == "last week":
        return (base_date - dt.timedelta(days=7)).isoformat()[:7] if base_precision == 3 else None
    if low == "last month":
        month = base_date.month - 1 or 12
        year = base_date.year - (base_date.month == 1)
        return f"{year:04d}-{month:02d}"
    m = _UNITS_AGO.match(low)
    if not m:
        return None
    count = int(m.group(1)) if m.group(1).isdigit() else _NUMBER_WORDS.get(m.group(1))
    if count is None:
        return None
    unit = m.group(2)
    if unit == "year":
        return str(base_date.year - count)
    if unit == "month":
        months = base_date.year * 12 + base_date.month - 1 - count
        return f"{months // 12:04d}-{months % 12 + 1:02d}"
    days = count * (7 if unit == "week" else 1)
    return (base_date - dt.timedelta(days=days)).isoformat()[: 10 if unit == "day" else 7]


def _calendar_phrase(low: str, base_date: dt.date | None) -> str | None:
    """'29 may', 'may 29, 2015', 'november', 'january 2020' through dateparser, most recent past
    reading when the year is missing; precision kept from what the phrase states."""
    has_year = re.search(rf"\b{_YEAR}\b", low) is not None
    has_day = _DAY_OF_MONTH.search(re.sub(_YEAR, "", low)) is not None
    if not has_year and base_date is None:
        return None
    import dateparser  # imported on first use: importing it costs about a second

    settings = {"PREFER_DATES_FROM": "past", "PREFER_DAY_OF_MONTH": "first", "REQUIRE_PARTS": ["month"]}
    if base_date is not None:
        settings["RELATIVE_BASE"] = dt.datetime.combine(base_date, dt.time(12))
    parsed = dateparser.parse(low.replace(".", ""), languages=["en"], settings=settings)
    if parsed is None:
        return None
    if not has_year and base_date is not None and parsed.date() > base_date + dt.timedelta(days=1):
        parsed = parsed.replace(year=parsed.year - 1)
    return parsed.date().isoformat() if has_day else parsed.strftime("%Y-%m")
