import datetime as dt

import pytest

from ctwatch.statements.models import Statement
from ctwatch.statements.pagination import Cursor, capped_count, keyset_page, page_url
from ctwatch.statements.tests.factories import StatementFactory

pytestmark = pytest.mark.django_db
DAY = dt.date(2015, 5, 29)


def walk(size: int) -> list[int]:
    """Every id, page by page, following the cursors as a reader following "Next page" would."""
    seen, after = [], None
    while True:
        page = keyset_page(Statement.objects.all(), date_field="date", after=after, size=size)
        seen += [statement.id for statement in page.items]
        if not page.has_next:
            return seen
        after = Cursor.parse(str(page.next_cursor))


def test_it_pages_newest_first_through_equal_dates_and_then_undated_rows():
    same_day = [StatementFactory(date=DAY).id for _ in range(5)]
    older = StatementFactory(date=DAY - dt.timedelta(days=1)).id
    newer = StatementFactory(date=DAY + dt.timedelta(days=1)).id
    undated = [StatementFactory(date=None).id for _ in range(4)]
    expected = [newer, *sorted(same_day, reverse=True), older, *sorted(undated, reverse=True)]
    for size in (1, 2, 3, 4, 50):
        assert walk(size) == expected


def test_it_pages_when_every_row_is_undated():
    ids = [StatementFactory(date=None).id for _ in range(5)]
    assert walk(2) == sorted(ids, reverse=True)


def test_it_reads_a_page_in_at_most_two_queries(django_assert_max_num_queries):
    for _ in range(3):
        StatementFactory(date=DAY)
    StatementFactory(date=None)
    with django_assert_max_num_queries(2):
        page = keyset_page(Statement.objects.all(), date_field="date", after=None, size=10)
    assert len(page.items) == 4 and not page.has_next


def test_it_starts_over_on_a_malformed_cursor():
    assert Cursor.parse("yesterday.12") is None
    assert Cursor.parse("2015-05-29") is None
    assert Cursor.parse("") is None
    assert Cursor.parse("2015-05-29.12") == Cursor(DAY, 12)
    assert Cursor.parse("none.7") == Cursor(None, 7)
    assert str(Cursor(None, 7)) == "none.7"


def test_it_caps_counts():
    for _ in range(4):
        StatementFactory()
    assert str(capped_count(Statement.objects.all(), cap=10)) == "4"
    capped = capped_count(Statement.objects.all(), cap=3)
    assert capped.capped and str(capped) == "3+"


def test_it_keeps_the_other_parameters_in_page_links(rf):
    request = rf.get("/statements/", {"speaker": "ban-ki-moon", "year": "2015", "after": "2015-01-01.3"})
    assert page_url(request.GET, after="2014-12-31.2") == "?after=2014-12-31.2&speaker=ban-ki-moon&year=2015"
    assert page_url(request.GET, after=None) == "?speaker=ban-ki-moon&year=2015"
