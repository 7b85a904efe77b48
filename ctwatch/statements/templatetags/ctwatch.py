"""Template filters for showing what ctwatch knows no more precisely than it knows it."""

import datetime as dt

from django import template
from django.utils.dateformat import format as format_date

from ctwatch.statements.models import DatePrecision, format_partial_date

register = template.Library()
HUMAN_FORMATS = {DatePrecision.DAY: "j M Y", DatePrecision.MONTH: "M Y", DatePrecision.YEAR: "Y"}


@register.filter
def when(value: dt.date | None, precision: str) -> str:
    """'6 Aug 2019', 'Aug 2019' or '2019': a date stated as a month is not shown as its 1st."""
    if value is None:
        return ""
    return format_date(value, HUMAN_FORMATS.get(precision, HUMAN_FORMATS[DatePrecision.DAY]))


@register.filter
def iso_when(value: dt.date | None, precision: str) -> str:
    """The same date for a <time datetime=...> attribute: 2019-08-06, 2019-08 or 2019."""
    return format_partial_date(value, precision)


@register.filter
def thousands(value: int | None) -> str:
    """12,345 with a comma whatever the locale settings; a dash when there is no number."""
    if value is None or value == "":
        return "–"
    return f"{value:,}"
