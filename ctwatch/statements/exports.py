"""
CSV and JSON of a filtered list, with the provenance of every row (the article it came from and the
evidence), streamed so that a large export neither waits nor fills memory.
"""

import csv
import json
from collections.abc import Iterable, Iterator

from django.db.models import QuerySet
from django.http import StreamingHttpResponse

CHUNK = 2000
CLAIM_COLUMNS = {
    "id": "id",
    "subject": "subject",
    "figure_text": "figure_text",
    "value": "value",
    "value_max": "value_max",
    "qualifier": "qualifier",
    "claim_date": "claim_date",
    "claim_date_precision": "claim_date_precision",
    "speaker": "speaker__name",
    "speaker_slug": "speaker__slug",
    "source_label": "source_label",
    "forum": "forum__name",
    "forum_kind": "forum__kind",
    "location": "location",
    "origin": "origin",
    "origin_countries": "origin_countries",
    "group": "group",
    "review_status": "review_status",
    "evidence": "evidence",
    "article_id": "article_id",
    "article_url": "article__url",
    "article_title": "article__title",
    "article_outlet": "article__outlet",
    "article_published": "article__published",
}
STATEMENT_COLUMNS = {
    "id": "id",
    "date": "date",
    "date_precision": "date_precision",
    "speaker": "speaker__name",
    "speaker_slug": "speaker__slug",
    "speaker_role": "speaker_role",
    "forum": "forum__name",
    "forum_kind": "forum__kind",
    "kind": "kind",
    "text": "text",
    "article_id": "article_id",
    "article_url": "article__url",
    "article_title": "article__title",
    "article_outlet": "article__outlet",
    "article_published": "article__published",
}
# A spreadsheet runs a cell that starts with one of these as a formula; ingested text can start so.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def export_rows(queryset: QuerySet, columns: dict[str, str]) -> Iterator[dict]:
    names = list(columns)
    for values in queryset.values_list(*columns.values()).iterator(chunk_size=CHUNK):
        yield dict(zip(names, values, strict=True))


def csv_cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        value = "; ".join(str(item) for item in value)
    text = value.isoformat() if hasattr(value, "isoformat") else str(value)
    if isinstance(value, str) and text.startswith(FORMULA_STARTS):
        return "'" + text
    return text


class Echo:
    """A file-like object whose write returns the line, for csv.writer inside a generator."""

    def write(self, value: str) -> str:
        return value


def stream_csv(rows: Iterable[dict], columns: Iterable[str]) -> Iterator[str]:
    writer = csv.writer(Echo())
    yield writer.writerow(list(columns))
    for row in rows:
        yield writer.writerow([csv_cell(value) for value in row.values()])


def stream_json(rows: Iterable[dict]) -> Iterator[str]:
    yield "[\n"
    separator = ""
    for row in rows:
        yield separator + json.dumps(row, default=str, ensure_ascii=False)
        separator = ",\n"
    yield "\n]\n"


def csv_response(queryset: QuerySet, columns: dict[str, str], filename: str) -> StreamingHttpResponse:
    response = StreamingHttpResponse(
        stream_csv(export_rows(queryset, columns), columns), content_type="text/csv; charset=utf-8"
    )
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


def json_response(queryset: QuerySet, columns: dict[str, str], filename: str) -> StreamingHttpResponse:
    response = StreamingHttpResponse(
        stream_json(export_rows(queryset, columns)), content_type="application/json; charset=utf-8"
    )
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response
