import csv
import io
import json

import pytest

from ctwatch.statements.exports import csv_cell
from ctwatch.statements.tests.factories import (
    ArticleFactory,
    FigureClaimFactory,
    SpeakerFactory,
    StatementFactory,
)

pytestmark = pytest.mark.django_db


def read_csv(response) -> list[dict]:
    text = b"".join(response.streaming_content).decode()
    return list(csv.DictReader(io.StringIO(text)))


def test_it_exports_the_filtered_claims_as_csv_with_provenance(client, django_assert_max_num_queries):
    article = ArticleFactory(url="https://news.example.org/a", title="A story")
    FigureClaimFactory(article=article, location=["Syria", "Iraq"], evidence="More than 25,000 fighters.")
    FigureClaimFactory(subject="returnees")
    FigureClaimFactory(review_status="rejected")
    with django_assert_max_num_queries(3):
        response = client.get("/claims/export.csv", {"subject": "foreign_fighters"})
        rows = read_csv(response)
    assert response["Content-Type"].startswith("text/csv")
    assert "attachment" in response["Content-Disposition"]
    assert len(rows) == 1
    assert rows[0]["article_url"] == "https://news.example.org/a"
    assert rows[0]["evidence"] == "More than 25,000 fighters."
    assert rows[0]["location"] == "Syria; Iraq"
    assert rows[0]["claim_date"] == "2015-05-29"


def test_it_exports_claims_as_json(client):
    FigureClaimFactory(location=["Syria"])
    response = client.get("/claims/export.json")
    rows = json.loads(b"".join(response.streaming_content))
    assert len(rows) == 1
    assert rows[0]["location"] == ["Syria"] and rows[0]["value"] == 25000
    assert rows[0]["article_url"].startswith("https://news.example.org/")


def test_it_exports_the_filtered_statements_as_csv(client):
    speaker = SpeakerFactory(slug="ban-ki-moon")
    StatementFactory(speaker=speaker, text="We counted them.")
    StatementFactory(text="Not this one.")
    rows = read_csv(client.get("/statements/export.csv", {"speaker": "ban-ki-moon"}))
    assert [row["text"] for row in rows] == ["We counted them."]
    assert rows[0]["speaker_slug"] == "ban-ki-moon" and rows[0]["article_url"]


def test_it_defuses_cells_a_spreadsheet_would_run():
    assert csv_cell("=HYPERLINK(1)") == "'=HYPERLINK(1)"
    assert csv_cell("@SUM(A1)") == "'@SUM(A1)"
    assert csv_cell(-5) == "-5"
    assert csv_cell(None) == ""
