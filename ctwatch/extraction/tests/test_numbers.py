"""The figure grammar, on phrases written for these tests."""

import pytest

from ctwatch.extraction.numbers import find_figures, parse_number


def only(text: str):
    figures = find_figures(text)
    assert len(figures) == 1, figures
    return figures[0]


@pytest.mark.parametrize(
    ("phrase", "qualifier"),
    [
        ("more than 3,000", "more_than"),
        ("over 3,000", "more_than"),
        ("in excess of 3,000", "more_than"),
        ("at least 3,000", "more_than"),
        ("upwards of 3,000", "more_than"),
        ("up to 3,000", "up_to"),
        ("as many as 3,000", "up_to"),
        ("fewer than 3,000", "up_to"),
        ("less than 3,000", "up_to"),
        ("nearly 3,000", "nearly"),
        ("almost 3,000", "nearly"),
        ("close to 3,000", "nearly"),
        ("just under 3,000", "nearly"),
        ("about 3,000", "about"),
        ("around 3,000", "about"),
        ("approximately 3,000", "about"),
        ("some 3,000", "about"),
        ("roughly 3,000", "about"),
        ("an estimated 3,000", "about"),
        ("3,000", "exact"),
        ("just 3,000", "exact"),
        ("only 3,000", "exact"),
        ("3,000 or more", "more_than"),
        ("a strength that does not exceed 3,000", "up_to"),
    ],
)
def test_it_reads_qualifier_words(phrase: str, qualifier: str) -> None:
    figure = only(f"Officials counted {phrase} fighters last spring.")
    assert (figure.value, figure.value_max, figure.qualifier) == (3000, None, qualifier)


def test_it_reads_qualifiers_in_capitals_and_with_a_hedge() -> None:
    assert only("ALMOST 900 recruits left.").qualifier == "nearly"
    figure = only("there are probably around 450 of them")
    assert (figure.text, figure.qualifier) == ("probably around 450", "about")


@pytest.mark.parametrize(
    ("phrase", "low", "high"),
    [
        ("between 7,000 and 9,500", 7000, 9500),
        ("7,000 to 9,500", 7000, 9500),
        ("7,000-9,500", 7000, 9500),
        ("7,000–9,500", 7000, 9500),
        ("18-22,000", 18000, 22000),
        ("3-4 million", 3_000_000, 4_000_000),
        ("as many as 7,000 to 9,500", 7000, 9500),
        ("around 7,000-9,500", 7000, 9500),
    ],
)
def test_it_reads_ranges_and_a_range_wins_over_other_words(phrase: str, low: int, high: int) -> None:
    figure = only(f"The agency puts the number at {phrase} fighters.")
    assert (figure.value, figure.value_max, figure.qualifier) == (low, high, "range")


def test_it_reads_a_change_from_one_figure_to_another_as_two_figures() -> None:
    figures = find_figures("The count rose from 1,200 to 1,450 in a year.")
    assert [(f.value, f.qualifier) for f in figures] == [(1200, "exact"), (1450, "exact")]


@pytest.mark.parametrize(
    ("phrase", "value"),
    [
        ("five thousand", 5000),
        ("twenty-three thousand", 23000),
        ("a thousand", 1000),
        ("two hundred", 200),
        ("1.5 million", 1_500_000),
        ("three hundred million", 300_000_000),
        ("sixty-five thousand", 65000),
        ("one and a half thousand", 1500),
        ("two and a half million", 2_500_000),
    ],
)
def test_it_reads_numbers_in_words(phrase: str, value: int) -> None:
    assert only(f"They said {phrase} had gone.").value == value


def test_it_reads_a_range_after_the_level_something_fell_to_as_a_range() -> None:
    figure = only("Its strength has fallen to somewhere from 9,000 to 12,000 men.")
    assert (figure.value, figure.value_max, figure.qualifier) == (9000, 12000, "range")


def test_it_reads_a_range_in_words() -> None:
    figure = only("between eleven thousand and fourteen thousand remain")
    assert (figure.value, figure.value_max, figure.qualifier) == (11000, 14000, "range")


@pytest.mark.parametrize(
    ("phrase", "value"),
    [
        ("dozens", 12),
        ("hundreds", 100),
        ("thousands", 1000),
        ("tens of thousands", 10000),
        ("hundreds of thousands", 100000),
        ("a few thousand", 1000),
        ("many thousands", 1000),
        ("several hundred", 100),
    ],
)
def test_it_reads_vague_amounts_as_their_unit(phrase: str, value: int) -> None:
    figure = only(f"Officials believe {phrase} of militants crossed.")
    assert (figure.value, figure.qualifier) == (value, "vague")


@pytest.mark.parametrize(
    "text",
    [
        "The war began in 2011.",
        "Document S/2019/570 says so.",
        "At 06:45 the bell rang.",
        "A 19-year-old was arrested.",
        "It was the 21st report.",
        "The UN met.",
        "They met on March 14.",
    ],
)
def test_it_ignores_years_codes_times_ages_dates_and_ordinals(text: str) -> None:
    assert find_figures(text) == []


def test_it_parses_numbers() -> None:
    assert parse_number("25,000") == 25000
    assert parse_number("2.5 million") == 2_500_000
    assert parse_number("forty thousand") == 40000
    assert parse_number("nonsense") is None


@pytest.mark.parametrize(
    ("phrase", "value", "value_max", "qualifier"),
    [
        ("upward of 2,400", 2400, None, "more_than"),
        ("a little over 70", 70, None, "more_than"),
        ("in the region of 1,300", 1300, None, "about"),
        ("in the neighbourhood of 650", 650, None, "about"),
        ("in the neighborhood of 650", 650, None, "about"),
        ("some 3 400", 3400, None, "about"),
        ("an estimated 2\u00a0700", 2700, None, "about"),
        ("fewer than a dozen", 12, None, "up_to"),
        ("Somewhere between 1,200 and 1,900", 1200, 1900, "range"),
        ("Twenty-six", 26, None, "exact"),
        ("eleven", 11, None, "exact"),
    ],
)
def test_it_reads_spelled_and_spaced_numbers_and_more_qualifier_words(
    phrase: str, value: int, value_max: int | None, qualifier: str
) -> None:
    figure = only(f"Officials said {phrase} militants crossed.")
    assert (figure.value, figure.value_max, figure.qualifier) == (value, value_max, qualifier)


def test_it_reads_a_range_given_with_from_and_a_change_with_from_apart() -> None:
    ranged = only("Estimates ranged from 140 to 180 militants.")
    assert (ranged.value, ranged.value_max, ranged.qualifier) == (140, 180, "range")
    changed = find_figures("The number rose from 140 to 180.")
    assert [(f.value, f.value_max) for f in changed] == [(140, None), (180, None)]


def test_it_does_not_read_a_year_then_a_number_as_thousands() -> None:
    assert [f.value for f in find_figures("In 2016 40 militants crossed.")] == [40]


def test_it_reads_a_compound_number_word_as_one_number() -> None:
    assert only("Ninety-four militants crossed.").value == 94
