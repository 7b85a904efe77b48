"""The figure grammar: number phrases with their qualifier words, ranges and vague amounts.

Written by hand because generic number parsers average ranges, read "UN" as one or turn
"tens of thousands" into "10 of 1000". One compiled regex finds candidates; small functions
turn each match into (value, value_max, qualifier).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from .regex import trie_pattern

_UNITS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "a": 1,
    "an": 1,
}
_TENS = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
_MAGNITUDES = {"hundred": 100, "thousand": 1000, "million": 1_000_000, "billion": 1_000_000_000}

_UNIT_WORDS = "|".join(sorted((w for w in _UNITS if w not in {"a", "an"}), key=len, reverse=True))
_TEN_WORDS = "|".join(_TENS)
_SMALL = rf"(?:(?:{_TEN_WORDS})(?:[- ](?:{_UNIT_WORDS}))?|{_UNIT_WORDS})"
# Words-numbers must carry a magnitude ("five thousand", "three hundred million"): a bare "two" or
# "ten" is left alone, it rarely counts fighters and often counts something else.
_WORD_NUMBER = (
    # "one and a half thousand", as translated speech says it
    rf"(?:{_SMALL}|an?)(?:\s+and\s+a\s+half)?\s+(?:hundred(?:\s+(?:and\s+)?{_SMALL})?(?:\s+(?:thousand|million))?"
    rf"|thousand|million|billion|dozen)"
)
# "5,000", and "5 000" (a space or a narrow no-break space between thousands, as French and UN
# texts write them)
# A bare number word ("seven", "Thirty-one"), "one" excepted (it is mostly a pronoun): the claim
# rules accept these only before a noun that counts people.
_BARE_UNITS = "|".join(sorted((w for w in _UNITS if w not in {"a", "an", "one"}), key=len, reverse=True))
_BARE_WORD = rf"(?:(?:{_TEN_WORDS})(?:[- ](?:{_UNIT_WORDS}))?|{_BARE_UNITS})"
_DIGITS = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,3}(?:[ \u00a0\u202f]\d{3}(?![\d,]))+|\d+(?:\.\d+)?"
_NUMBER = (
    rf"(?:(?:{_DIGITS})(?:\s*(?:hundred thousand|thousand|million|billion|mln|bn)\b)?"
    rf"|{_WORD_NUMBER}|{_BARE_WORD})"
)

_QUALIFIERS = {
    "more_than": [
        "more than",
        "a little more than",
        "a little over",
        "over",
        "well over",
        "just over",
        "in excess of",
        "an excess of",
        "at least",
        "upwards of",
        "upward of",
        "as few as",
        "no fewer than",
        "no less than",
        "not less than",
        "greater than",
        "above",
        "beyond",
    ],
    "up_to": [
        "up to",
        "as many as",
        "fewer than",
        "less than",
        "no more than",
        "not more than",
        "under",
        "at most",
        "a maximum of",
        "as much as",
        "as high as",
        "does not exceed",
        "did not exceed",
        "do not exceed",
        "not exceeding",
    ],
    "nearly": ["nearly", "almost", "close to", "just under", "just shy of", "approaching", "just below"],
    "about": [
        "about",
        "around",
        "approximately",
        "some",
        "roughly",
        "an estimated",
        "estimated",
        "approx.",
        "circa",
        "an approximate",
        "in the region of",
        "in the neighborhood of",
        "in the neighbourhood of",
        "on the order of",
        "somewhere",
        "somewhere around",
        "anywhere",
        "some estimated",
        "something like",
        "in the range of",
        "somewhere in the range of",
        "in the order of",
        "of the order of",
    ],
    "exact": ["just", "only", "exactly", "precisely", "a total of", "total of"],
}
_QUALIFIER_OF = {phrase: kind for kind, phrases in _QUALIFIERS.items() for phrase in phrases}
# The phrase lists as plain alternations, longest first (the reference the trie-shaped ones below
# are tested against)
_QUALIFIER_WORDS = "|".join(
    re.escape(p).replace(r"\ ", r"\s+") for p in sorted(_QUALIFIER_OF, key=len, reverse=True)
)
# Every qualifier phrase as one regex (a trie, see regex.trie_pattern), for patterns elsewhere that
# allow a qualified number: "from upwards of 110 countries"
QUALIFIER_PATTERN = trie_pattern(_QUALIFIER_OF).replace(r"\ ", r"\s+")
_HEDGE_WORDS = [
    "probably",
    "perhaps",
    "possibly",
    "now",
    "currently",
    "still",
    "already",
    "reportedly",
    "believed to be",
]
_HEDGES = rf"(?:{'|'.join(_HEDGE_WORDS)})\s+"

_VAGUE = {
    "tens of thousands": 10_000,
    "hundreds of thousands": 100_000,
    "dozens": 12,
    "hundreds": 100,
    "thousands": 1000,
    "millions": 1_000_000,
    "several hundred": 100,
    "a few hundred": 100,
    "a few hundreds": 100,
    "several hundreds": 100,
    "a few thousands": 1000,
    "several thousands": 1000,
    "a few thousand": 1000,
    "many thousands": 1000,
    "several thousand": 1000,
    "some hundreds": 100,
    "many hundreds": 100,
    "several dozen": 12,
    "a dozen": 12,
    "a few dozen": 12,
    "scores": 20,
}
_VAGUE_WORDS = "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in sorted(_VAGUE, key=len, reverse=True))


def _figure_pattern(hedges: str, qualifiers: str, vague: str) -> str:
    return (
        rf"(?<![\w/.:$€£#-])"
        rf"(?:(?P<hedge>{hedges})?(?P<qual>{qualifiers})\s+)?"
        rf"(?:"
        rf"(?i:between)\s+(?P<a1>{_NUMBER})\s+and\s+(?P<b1>{_NUMBER})"
        rf"|(?P<a2>{_NUMBER})(?:\s*[-–—]\s*|\s+(?i:to)\s+)(?P<b2>{_NUMBER})"
        rf"|(?P<vague>{vague})"
        rf"|(?P<n>{_NUMBER})"
        rf")"
        rf"(?P<post>\s+or\s+more|\s*\+|-plus|\s+or\s+so)?"
        rf"(?![\w/]|[.,]\d|:\d|-year|-month|-day|-week|-member|st\b|nd\b|rd\b|th\b)"
    )


# The phrase lists as tries (see regex.trie_pattern), a space in a phrase matching any whitespace
# (as in the plain lists; a hedge's spaces stay single spaces). This pattern is matched at every
# place a figure may start, and the plain alternations tried each of some 60 phrases there; the
# trie rejects most places at the first letter. The phrases that can match at one place are
# prefixes of one another, which both shapes try longest first: the matches are the same (tests
# check this at every position of the held-out articles).
_FIGURE_RE = re.compile(
    _figure_pattern(
        rf"(?:{trie_pattern(_HEDGE_WORDS)})\s+",
        trie_pattern(_QUALIFIER_OF).replace(r"\ ", r"\s+"),
        trie_pattern(_VAGUE).replace(r"\ ", r"\s+"),
    ),
    re.IGNORECASE,
)
_NUMBER_WORD_FORMS = [
    v
    for w in ("hundred", "thousand", "million", "billion", "dozen", "scores", *_TENS, *_UNITS)
    if w not in {"a", "an", "one"}
    for v in (w, w.title(), w.upper())
]
# Where a number can be: a digit, or a number word at the start of a word. Kept as the reference
# for the two scans below (tests check they agree).
_ANY_NUMBER = re.compile(r"\d[\d,.]*|\b" + trie_pattern(_NUMBER_WORD_FORMS))
# The same, as two scans that the regex engine runs much faster: one alternation with a leading \b
# is tried at every position of the text, while each of these skips ahead to a possible first
# character. The \b is checked in Python; digits and letters never overlap, so the merged starts
# are those of _ANY_NUMBER.
_DIGIT_RUN = re.compile(r"\d[\d,.]*")
_NUMBER_WORD = re.compile(trie_pattern(_NUMBER_WORD_FORMS))
_FROM_BEFORE = re.compile(r"\bfrom\s+(?:about\s+|around\s+|some\s+)?$", re.IGNORECASE)
# "has risen from 500 to 600", "a drop from 12,000 to 8,000": two figures and a change between them;
# without a word of change, "could muster from 20,000 to 31,500" is a range.
_CHANGE_BEFORE_FROM = re.compile(
    r"\b(?:ris\w*|rose|gr[eo]w\w*|increas\w*|jump\w*|climb\w*|fell|fall\w*|drop\w*|declin\w*|decreas\w*|"
    r"down|up|swell\w*|swollen|doubl\w*|tripl\w*|shr[iu]nk\w*|dwindl\w*|revis\w*|rais\w*|lower\w*|reduc\w*|"
    r"cut|went|gone|go|soar\w*|surg\w*|plung\w*|plummet\w*|slump\w*|sank|sunk|expand\w*|mov\w*|chang\w*|"
    r"shift\w*|edg\w*|balloon\w*|spik\w*|tumbl\w*|slid\w*|rebound\w*|recover\w*|upgrad\w*|downgrad\w*)\b"
    # "had fallen to somewhere from 15,000 to 20,000": the level it fell to is the range
    r"(?:(?!\b(?:to|at)\s)[^.;:!?]){0,60}?\bfrom\s+(?:about\s+|around\s+|some\s+|roughly\s+|nearly\s+|almost\s+)?$",
    re.IGNORECASE,
)
_UP_FROM_AFTER_A_COMMA = re.compile(
    r",\s+(?:up|down)\s+from\s+(?:about\s+|around\s+|some\s+)?$", re.IGNORECASE
)
_RATE_AFTER = re.compile(r"\s+(?:a|per|each|every)\s+(?:day|week|month|year|fortnight)\b", re.IGNORECASE)
_YEAR = re.compile(r"^(?:19[0-9]{2}|20[0-9]{2})$")
_MONTH_AFTER = re.compile(
    r"\s+(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\b"
)
_MONTH_BEFORE = re.compile(
    r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+$"
    r"|\b(?:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|SEPT|OCT|NOV|DEC)[A-Z]*\.?\s+$"  # "NEW DELHI, JUNE 25"
)
# Compiled once at import: the helpers below run these many times per article,
# and re's own cache lookup costs more than the match on such short strings.
_LEADING_DIGITS = re.compile(r"^(\d[\d,]*(?:\.\d+)?)\s*(.*)$")


def is_bare_word(figure: Figure) -> bool:
    """A figure written as a small number word alone ("seven", "Thirty-one")."""
    return (
        figure.value < 100
        and figure.text[figure.number_start - figure.start :][:1].isalpha()
        and (figure.qualifier != "vague")
    )


@dataclass(frozen=True, slots=True)
class Figure:
    start: int
    end: int
    text: str
    value: int
    value_max: int | None
    qualifier: str
    number_start: int  # where the number itself begins (after the qualifier words)


_THOUSANDS_SPACE = re.compile(r"(?<=\d)[ \u00a0\u202f](?=\d{3}(?!\d))")


def parse_number(phrase: str) -> float | None:
    """'25,000' -> 25000, '1.2 million' -> 1200000, 'twenty-four thousand' -> 24000."""
    phrase = _THOUSANDS_SPACE.sub("", phrase)
    phrase = " ".join(phrase.lower().replace("-", " ").split())
    digits = _LEADING_DIGITS.match(phrase)
    if digits:
        value = float(digits.group(1).replace(",", ""))
        for word in digits.group(2).split():
            value *= {"mln": 1_000_000, "bn": 1_000_000_000}.get(word, _MAGNITUDES.get(word, 1))
        return value
    total, current = 0.0, 0.0
    for word in phrase.replace(" and a half", " half").split():
        if word == "half":
            current += 0.5  # "one and a half thousand": 1,500
        elif word in _UNITS:
            current += _UNITS[word]
        elif word in _TENS:
            current += _TENS[word]
        elif word == "hundred":
            current = max(current, 1) * 100
        elif word == "dozen":
            current = max(current, 1) * 12  # "two dozen": 24
        elif word in _MAGNITUDES:
            total += max(current, 1) * _MAGNITUDES[word]
            current = 0
        elif word != "and":
            return None
    return float(total + current) if total + current else None


_MAGNITUDE_MARK = re.compile(r",|\b(?:hundred|thousand|million|billion|bn)\b|\d\s*[kKmM]\b", re.IGNORECASE)


def _has_magnitude(phrase: str) -> bool:
    # "five" has none, so "five to seven thousand" borrows the thousand; "5,000" and "2 million" have one
    return bool(_MAGNITUDE_MARK.search(phrase))


def _range_values(low_text: str, high_text: str) -> tuple[int, int] | None:
    low, high = parse_number(low_text), parse_number(high_text)
    if low is None or high is None:
        return None
    # "25-30,000" and "12-15 million": the short left end borrows the right end's magnitude.
    if not _has_magnitude(low_text) and _has_magnitude(high_text) and low < high:
        for scale in (1_000_000_000, 1_000_000, 1000):
            if high >= scale and high % scale == 0 and low * scale <= high and low < 1000:
                low *= scale
                break
    if low >= high:
        return None
    return int(low), int(high)


# Number cores of the last text seen, the text compared by identity: an article is asked about
# sentence by sentence, and one scan of it is cheaper than one per sentence.
_last_cores: list[object] = [None, []]


def _core_starts(text: str, start: int, stop: int) -> list[int]:
    """Starts of _ANY_NUMBER.finditer(text, start, stop), from the two faster scans."""
    cores = [m.start() for m in _DIGIT_RUN.finditer(text, start, stop)]
    for m in _NUMBER_WORD.finditer(text, start, stop):
        at = m.start()
        if at and (text[at - 1].isalnum() or text[at - 1] == "_"):
            continue  # inside a word: the \b of _ANY_NUMBER
        cores.append(at)
    cores.sort()
    return cores


def _number_cores(text: str, start: int, stop: int) -> list[int]:
    if len(text) < 400:
        return _core_starts(text, start, stop)
    if _last_cores[0] is not text:
        _last_cores[:] = [text, _core_starts(text, 0, len(text))]
    cores: list[int] = _last_cores[1]  # type: ignore[assignment]
    return cores[bisect.bisect_left(cores, start) : bisect.bisect_left(cores, stop)]


_FIRST_WORDS = (
    {phrase.split()[0] for phrase in _QUALIFIER_OF}
    | {phrase.split()[0] for phrase in _VAGUE}
    | set(_UNITS)
    | set(_TENS)
    | {
        "probably",
        "perhaps",
        "possibly",
        "now",
        "currently",
        "still",
        "already",
        "reportedly",
        "believed",
        "between",
        "a",
        "an",
    }
)


_WORD_AT = re.compile(r"[A-Za-z]+\.?")
# Word starts where a figure phrase may begin: a digit (or another word character that is not an
# ASCII letter), or an ASCII word that is one of _FIRST_WORDS in any letter case. A superset of
# those that _find_figures accepts (it checks each with _WORD_AT): finding them with one pattern
# saves looking at every word near a number.
_FIGURE_START = re.compile(
    r"(?<!\w)(?:[^\W_A-Za-z]|(?ai:"
    + trie_pattern(sorted(w.rstrip(".") for w in _FIRST_WORDS))
    + r")(?![A-Za-z]))"
)
_last_found: list[object] = [None, {}]


def find_figures(text: str, start: int = 0, end: int | None = None) -> list[Figure]:
    """All figure phrases in text[start:end], left to right, with value and qualifier."""
    stop = len(text) if end is None else end
    if _last_found[0] is not text:
        _last_found[:] = [text, {}]
    found: dict[tuple[int, int], list[Figure]] = _last_found[1]  # type: ignore[assignment]
    if (start, stop) not in found:
        found[(start, stop)] = _find_figures(text, start, stop)
    return list(found[(start, stop)])


def _find_figures(text: str, start: int, stop: int) -> list[Figure]:
    figures: list[Figure] = []
    # The full grammar is tried only near a number word or digit, starting from each word in the
    # 50 characters before it (where qualifier words would be): scanning every position of a
    # sentence with it is several times slower.
    resume = start
    tried = start  # word starts before this were tried already: a match there cannot cover later cores
    for core_start in _number_cores(text, start, stop):
        if core_start < resume:
            continue
        for at in _starts_before(text, max(resume, tried, core_start - 50), core_start):
            m = _FIGURE_RE.match(text, at, stop)
            if m and m.end() > core_start:
                figures.extend(_figures_from_match(text, m))
                resume = m.end()
                break
        tried = core_start + 1  # (no word starts between the last one tried and the core)
    return figures


def _starts_before(text: str, lo: int, core_start: int) -> list[int]:
    """The word starts in text[lo:core_start + 1] where a figure phrase can begin, in order: words a
    figure phrase starts with (a qualifier, a vague amount, a number), and the number itself."""
    starts = []
    for word in _FIGURE_START.finditer(text, lo, core_start):
        at = word.start()
        if not text[at].isdigit():
            first = _WORD_AT.match(text, at)
            if not first or first.group().lower() not in _FIRST_WORDS:
                continue
        starts.append(at)
    if not core_start or not (text[core_start - 1].isalnum() or text[core_start - 1] == "_"):
        starts.append(core_start)  # the number starts a word: it is tried whatever it is
    return starts


def _figures_from_match(text: str, m: re.Match[str]) -> list[Figure]:
    # all groups in one call: this runs for every figure, and each m.group() call costs
    whole, qual, post, a1, a2, b1, b2, vague, n = m.group(
        0, "qual", "post", "a1", "a2", "b1", "b2", "vague", "n"
    )
    start, end = m.span()
    qualifier = _QUALIFIER_OF.get(" ".join(qual.lower().split()), "exact") if qual else "exact"
    post = (post or "").strip().lower()
    if post in {"or more", "+", "-plus"}:
        qualifier = "more_than"
    elif post == "or so":
        qualifier = "about"
    # where the number itself begins: the first number group that matched
    if a1 is not None:
        number_start = m.start("a1")
    elif a2 is not None:
        number_start = m.start("a2")
    elif vague is not None:
        number_start = m.start("vague")
    else:
        number_start = m.start("n")
    if vague:
        vague = " ".join(vague.lower().split())
        value = _VAGUE[vague]
        if vague == "a dozen" and qual:
            # "fewer than a dozen" bounds a definite twelve
            return [Figure(start, end, whole, value, None, qualifier, number_start)]
        return [Figure(start, end, whole, value, None, "vague", number_start)]
    low_text = a1 or a2
    high_text = b1 or b2
    if low_text and high_text:
        if (
            a2
            and _FROM_BEFORE.search(text, max(0, start - 20), start)
            # "down from 30 to 35,000": the 30 takes its thousands from the 35,000, so one range, not
            # a change from 30
            and not _borrows_magnitude(low_text, high_text)
            and _CHANGE_BEFORE_FROM.search(text, max(0, start - 90), start)
            # "4,000 to 6,000 fighters, up from 2,000 to 3,000 last autumn": the earlier level, a range
            and not _UP_FROM_AFTER_A_COMMA.search(text, max(0, start - 20), start)
        ):
            return _split_change(text, m)
        if _YEAR.match(low_text) and _YEAR.match(high_text):
            return []
        if a2 and _MONTH_BEFORE.search(text, max(0, m.start() - 12), m.start()):
            # "MALÉ, Aug 11 - Sixty-one Maldivians": a dateline's day, then the figure
            high = parse_number(m.group("b2"))
            if high is None or high < 1:
                return []
            b_start = m.start("b2")
            return [Figure(b_start, m.end(), text[b_start : m.end()], int(high), None, "exact", b_start)]
        if (
            a2
            and text[m.end("a2")] == "-"
            and low_text.lower().split()[-1] in _TENS
            and high_text.lower().split()[0] in _UNITS
        ):
            value = parse_number(text[m.start("a2") : m.end("b2")])  # "ninety-nine (thousand)": one number
            if value is not None:
                return [Figure(start, end, whole, int(value), None, qualifier, number_start)]
        values = _range_values(low_text, high_text)
        if values is None:
            return []
        return [Figure(start, end, whole, values[0], values[1], "range", number_start)]
    value = parse_number(n)
    if value is None or value < 1 or value != int(value) and value < 1000:
        return []
    if _YEAR.match(n) and not qual:
        return []
    if _MONTH_BEFORE.search(text, max(0, start - 12), start) or (
        value <= 31 and _MONTH_AFTER.match(text, end)
    ):
        return []  # "April 23", "24 February": a day of the month
    return [Figure(start, end, whole, int(value), None, qualifier, number_start)]


def _borrows_magnitude(low_text: str, high_text: str) -> bool:
    values = _range_values(low_text, high_text)
    return values is not None and values[0] != parse_number(low_text)


def _split_change(text: str, m: re.Match[str]) -> list[Figure]:
    """'risen from 500 to 600' gives two exact figures."""
    if _RATE_AFTER.match(text, m.end()):
        return []  # "from 800 to 1,000 a month": a change of rate, not of a number of people
    result = []
    for group in ("a2", "b2"):
        value = parse_number(m.group(group))
        if value is not None and value >= 1:
            result.append(
                Figure(
                    m.start(group), m.end(group), m.group(group), int(value), None, "exact", m.start(group)
                )
            )
    return result
