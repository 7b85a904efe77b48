"""Tables written as lines of text: rows, columns and the cells that are not figures."""

from ctwatch.extraction.numbers import find_figures
from ctwatch.extraction.tables import may_be_table, table_cells


def cells_of(text: str) -> list[tuple[str, int, str]] | None:
    found = table_cells(text, 0, len(text), find_figures(text))
    return None if found is None else [(c.label, c.figure.value, c.subject) for c in found]


def test_it_reads_columns_by_the_heads_stated_before_the_rows() -> None:
    text = "Estimates (left / came back):\n\nArcadia ...... 900 / 120 Borduria ...... 450 / unknown"
    rows_at = text.index("Arcadia")
    found = table_cells(text, rows_at, len(text), find_figures(text))
    assert [(c.label, c.figure.value, c.subject) for c in found] == [
        ("Arcadia", 900, "foreign_fighters"),
        ("Arcadia", 120, "returnees"),
        ("Borduria", 450, "foreign_fighters"),
    ]


def test_it_reads_bullets_after_a_lead_in_and_a_bracketed_second_figure() -> None:
    assert cells_of("The totals are: - North Region: about 700 - South Region: 300 (45 returned)") == [
        ("North Region", 700, "foreign_fighters"),
        ("South Region", 300, "foreign_fighters"),
        ("South Region", 45, "returnees"),
    ]


def test_it_refuses_prose_that_only_starts_like_a_row() -> None:
    text = "Update: 300 Members of the group met. Officials said 40 people left early."
    assert may_be_table(text, 0, len(text))  # "Update: 300" reads like a row ...
    assert cells_of(text) is None  # ... but the rest is prose


def test_it_reads_a_bar_table_by_the_heads_of_its_columns_and_leaves_other_columns_out() -> None:
    text = (
        "Fighters by country (survey of 2016)\n\n| Country | Travelled | Killed | Returned |\n\n"
        "| Arcadia | 1,200 | 300 | 150 |\n\n| Total | 1,500 | 350 | 200 |"
    )
    rows_at = text.index("| Arcadia")
    assert may_be_table(text, rows_at, len(text))
    found = table_cells(text, rows_at, len(text), find_figures(text))
    assert [(c.label, c.figure.value, c.subject) for c in found] == [
        ("Arcadia", 1200, "foreign_fighters"),
        ("Arcadia", 150, "returnees"),
        ("", 1500, "foreign_fighters"),  # the total row: no country
        ("", 200, "returnees"),
    ]


def test_it_refuses_a_bar_line_followed_by_prose() -> None:
    text = "Arcadia | 1,200\nOfficials said 40 people left early."
    assert cells_of(text) is None


def test_it_reads_ranges_in_a_bar_table_and_leaves_a_column_per_million_out() -> None:
    text = "Country | Estimate | Per million population\n\nArcadia | 500-600 | 9.5\n\nBorduria | 440 | 40"
    rows_at = text.index("Arcadia")
    found = table_cells(text, rows_at, len(text), find_figures(text))
    assert [(c.label, c.figure.value, c.figure.value_max, c.subject) for c in found] == [
        ("Arcadia", 500, 600, "foreign_fighters"),
        ("Borduria", 440, None, "foreign_fighters"),
    ]
