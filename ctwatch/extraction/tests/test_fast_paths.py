"""Shortcuts taken for speed must give what the plain regex scans give: checked on the held-out
articles (and a few hard cases), sentence by sentence."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from ctwatch.extraction import forums, numbers, quotes
from ctwatch.extraction.clean import clean_text
from ctwatch.extraction.inputs import iter_articles
from ctwatch.extraction.segment import split

_HELDOUT = Path(__file__).parent / "heldout" / "articles"
_HARD_CASES = [
    "UNSC briefing: the UN reporters told the Senate committee, at a teleconference, in an op-ed.",
    "‘Hello there’ he said, x‘no’ a ‘b’c; 'Hello world,' said 'The Man', don't 'Go home.' 'B's'",
    "told me told us reporters reports Report UNODC UNOCT United Nations high-level Press",
]


def _texts() -> list[str]:
    return [clean_text(a.text, a.title) for a in iter_articles([_HELDOUT])] + _HARD_CASES


@pytest.fixture(scope="module")
def texts() -> list[str]:
    return _texts()


def test_keyword_hits_are_those_of_the_keyword_regex(texts: list[str]) -> None:
    for text in texts:
        expected = [
            (m.start(), forums._KIND_OF_KEYWORD[m.group(0)]) for m in forums._KEYWORD_RE.finditer(text)
        ]
        assert forums._keyword_hits(text) == expected


def test_a_forum_pattern_matches_only_where_its_needed_words_are(texts: list[str]) -> None:
    patterns = {kind: pattern for kind, _, pattern in forums._PATTERNS}
    for text in texts:
        _, sentences = split(text)
        for sentence in sentences:
            for kind, needed in forums._NEEDED_WORDS.items():
                if patterns[kind].search(text, sentence.start, sentence.end):
                    assert any(p.search(text, sentence.start, sentence.end) for p in needed), kind


def test_single_quotes_pattern_is_the_lookbehind_first_one(texts: list[str]) -> None:
    plain = re.compile(
        r"(?<![\w’'])‘(?=\S)(?:[^‘’\n]|’(?=\w))+’(?!\w)"
        r"|(?<![\w'’])'(?=[A-Z])(?:[^'\n]|'(?=\w))+?(?<=[\w.,!?;])'(?!\w)"
    )
    for text in texts:
        for start in range(0, len(text), 11):
            for end in (start + 60, len(text)):
                found = [m.span() for m in quotes._SINGLE_QUOTED.finditer(text, start, end)]
                assert found == [m.span() for m in plain.finditer(text, start, end)]


def test_number_cores_are_those_of_the_any_number_regex(texts: list[str]) -> None:
    extra = [
        "often ten Ten TEN tenth 1,000.5 twenty-one 3rd_seven x7 seventeen_ Seventy",
        "2.5 million; a dozen",
    ]
    for text in texts + extra:
        for start in range(0, len(text), 37):
            for end in (start + 50, len(text)):
                expected = [m.start() for m in numbers._ANY_NUMBER.finditer(text, start, end)]
                assert numbers._core_starts(text, start, end) == expected
