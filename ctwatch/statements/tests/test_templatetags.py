import datetime as dt

from ctwatch.statements.templatetags.ctwatch import iso_when, when

DAY = dt.date(2019, 8, 6)


def test_it_shows_a_date_only_as_precisely_as_it_is_known():
    assert when(DAY, "day") == "6 Aug 2019"
    assert when(DAY, "month") == "Aug 2019"
    assert when(DAY, "year") == "2019"
    assert when(None, "day") == ""


def test_it_gives_machine_readable_partial_dates():
    assert iso_when(DAY, "day") == "2019-08-06"
    assert iso_when(DAY, "month") == "2019-08"
    assert iso_when(DAY, "year") == "2019"
