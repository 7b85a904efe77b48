"""Dates: the article's own date and relative phrases resolved against it."""

import datetime as dt

import pytest

from ctwatch.extraction import extract
from ctwatch.extraction.dates import article_date_from_text, parse_iso, resolve

from .helpers import one_claim


@pytest.mark.parametrize(
    ("phrase", "base", "expected"),
    [
        ("on Thursday", "2019-03-15", "2019-03-14"),  # a Friday article
        ("on Friday", "2019-03-15", "2019-03-15"),  # the same day
        ("on Monday", "2019-03-15", "2019-03-11"),
        ("in November", "2019-03-15", "2018-11"),
        ("in February", "2019-03-15", "2019-02"),
        ("On May 29", "2019-07-01", "2019-05-29"),
        ("last year", "2019-03-15", "2018"),
        ("six months ago", "2019-03-15", "2018-09"),
        ("last month", "2019-01-15", "2018-12"),
        ("yesterday", "2019-03-15", "2019-03-14"),
        ("today (4 Sep)", "2019", "2019-09-04"),
        ("in January 2016", None, "2016-01"),
        ("on 12 October 2017", None, "2017-10-12"),
    ],
)
def test_it_resolves_date_phrases_keeping_their_precision(
    phrase: str, base: str | None, expected: str
) -> None:
    assert resolve(phrase, base) == expected


def test_it_returns_none_without_a_base_for_relative_phrases() -> None:
    assert resolve("on Thursday", None) is None
    assert resolve("in November", None) is None


def test_it_normalizes_published_values() -> None:
    assert parse_iso(dt.date(2020, 2, 3)) == "2020-02-03"
    assert parse_iso("2020-2") == "2020-02"
    assert parse_iso("not a date") is None
    assert parse_iso(None) is None


def test_it_finds_the_article_date_in_the_text() -> None:
    assert article_date_from_text("World\n\n14 Mar, 2018 09:12\n\nThe minister said ...")[0] == "2018-03-14"
    assert article_date_from_text("Posted Feb. 9, 2017 by staff. Text.")[0] == "2017-02-09"
    assert article_date_from_text("The envoy spoke today (9 Oct) about the 2021 plan.")[0] == "2021-10-09"
    assert article_date_from_text("No date here at all.") == (None, None)


def test_it_uses_the_article_date_found_in_the_text_when_published_is_absent() -> None:
    extraction = extract(
        "12 Apr, 2018 10:00\n\nThe minister said on Tuesday that 700 foreign fighters had returned."
    )
    assert extraction.article_date == "2018-04-12"
    assert extraction.claims[0].date == "2018-04-10"


def test_it_dates_a_claim_by_the_phrase_next_to_its_attribution() -> None:
    text = "Minister Dana Kim said in October that some 350 foreign fighters had returned."
    assert one_claim(text, published="2019-01-20").date == "2018-10"


def test_it_dates_a_claim_by_the_article_date_when_no_phrase_is_given() -> None:
    assert (
        one_claim("Minister Dana Kim said 350 foreign fighters had returned.", published="2019-01-20").date
        == "2019-01-20"
    )


def test_it_reads_an_iso_timestamp_as_the_article_date() -> None:
    assert article_date_from_text("Posted 2019-03-12T10:00:00Z by the desk.")[0] == "2019-03-12"
