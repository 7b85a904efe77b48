"""extract() never raises and keeps every span inside its text, whatever it is given."""

import time

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ctwatch.extraction import extract
from ctwatch.extraction.types import Extraction

WORDS = [
    "said",
    "more than",
    "5,000",
    "fighters",
    "foreign",
    "“",
    "”",
    '"',
    "\n\n",
    "Mr.",
    "Syria",
    "ISIS",
    "according to",
    "between",
    "and",
    "25-30,000",
    "tens of thousands",
    "He",
    "told",
    "reporters",
    ",",
    ".",
    "on Thursday",
    "from",
    "100 countries",
    "returned",
    "Ban Ki-moon",
    "Security Council",
    "report",
    ":",
    "الدولة",
    "Боевики",
    "戦闘員",
    "\x00",
    "\ufeff",
    "‘",
    "’",
    "(",
    ")",
    "[",
    "]",
    "—",
    "0:00",
    "iconhome",
]


def assert_spans_inside(extraction: Extraction) -> None:
    size = len(extraction.text)
    for claim in extraction.claims:
        assert 0 <= claim.evidence.start <= claim.evidence.end <= size
        assert 0 <= claim.figure_span[0] <= claim.figure_span[1] <= size
    for statement in extraction.statements:
        assert 0 <= statement.evidence.start <= statement.evidence.end <= size
    for forum in extraction.forums:
        assert 0 <= forum.evidence.start <= forum.evidence.end <= size
    for speaker in extraction.speakers:
        for mention in speaker.mentions:
            assert 0 <= mention.start <= mention.end <= size


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text())
def test_it_never_raises_on_arbitrary_text(text: str) -> None:
    assert_spans_inside(extract(text))


@settings(max_examples=150, deadline=None)
@given(
    st.lists(st.sampled_from(WORDS), max_size=80).map(" ".join),
    st.one_of(st.none(), st.dates().map(str), st.just("2016-06"), st.just("garbage")),
)
def test_it_never_raises_on_news_like_text(text: str, published: str | None) -> None:
    assert_spans_inside(extract(text, title=text[:40] or None, published=published))


@settings(max_examples=30, deadline=None)
@given(st.binary(max_size=2000))
def test_it_never_raises_on_binary_ish_text(data: bytes) -> None:
    assert_spans_inside(extract(data.decode("latin-1")))


def test_it_handles_empty_text() -> None:
    extraction = extract("")
    assert (extraction.text, extraction.claims, extraction.statements) == ("", [], [])


def test_it_handles_a_five_megabyte_text() -> None:
    paragraph = (
        "Minister Jan Kowal said on Monday that more than {} foreign fighters had returned to {}. "
        "“We will watch every one of them closely,” he said in “quotes” with 'marks' (and brackets).\n\n"
    )
    parts, size, index = [], 0, 0
    while size < 5_000_000:
        part = paragraph.format(1000 + index, "Syria" if index % 2 else "Ирак")
        parts.append(part)
        size += len(part)
        index += 1
    extraction = extract("".join(parts), published="2020-01-10")
    assert_spans_inside(extraction)
    assert extraction.truncated
    assert 500_000 < len(extraction.text) <= 1_000_000
    assert len(extraction.claims) > 1000


def test_it_stays_fast_on_a_long_text_without_sentence_punctuation() -> None:
    words = ["the", "council", "said", "that", "5,000", "fighters", "“", "”", "Mr.", "Ban", "He", "report"]
    text = " ".join(words[(i * 7) % len(words)] for i in range(60_000))
    started = time.process_time()
    assert_spans_inside(extract(text))
    assert time.process_time() - started < 10
