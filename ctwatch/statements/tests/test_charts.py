import datetime as dt

import pytest

from ctwatch.statements import charts
from ctwatch.statements.charts import chart_cache_key, estimates_over_time
from ctwatch.statements.models import FigureClaim
from ctwatch.statements.tests.factories import FigureClaimFactory, ForumFactory, SpeakerFactory

pytestmark = pytest.mark.django_db


def test_it_gives_one_point_per_claim_with_its_marker_and_provenance():
    forum = ForumFactory(kind="report", name="Monitoring Team report")
    FigureClaimFactory(qualifier="more_than", value=25000, figure_text="More than 25,000", forum=forum)
    FigureClaimFactory(qualifier="up_to", value=3000, figure_text="up to 3,000")
    FigureClaimFactory(qualifier="range", value=27000, value_max=31000, figure_text="27,000 to 31,000")
    FigureClaimFactory(qualifier="vague", value=1000, figure_text="thousands")
    FigureClaimFactory(qualifier="about", value=20000, figure_text="about 20,000")
    FigureClaimFactory(claim_date=None)
    data = estimates_over_time(FigureClaim.objects.all())
    assert data["mode"] == "claims" and data["total"] == 5
    points = {point["figure"]: point for point in data["series"][0]["points"]}
    assert points["More than 25,000"]["marker"] == "lower_bound"
    assert points["More than 25,000"]["forum_kind"] == "report"
    assert points["More than 25,000"]["source"].startswith("Alex Example")
    assert points["up to 3,000"]["marker"] == "upper_bound"
    assert points["27,000 to 31,000"]["marker"] == "range"
    assert points["27,000 to 31,000"]["value_max"] == 31000
    assert points["thousands"]["marker"] == "vague"
    assert points["about 20,000"]["marker"] == "point"
    assert points["about 20,000"]["url"].startswith("/claims/")


def test_it_never_mixes_subjects_in_one_series():
    FigureClaimFactory(subject="foreign_fighters")
    FigureClaimFactory(subject="returnees", value=400)
    FigureClaimFactory(subject="returnees", value=600)
    series = estimates_over_time(FigureClaim.objects.all())["series"]
    assert [(s["subject"], len(s["points"])) for s in series] == [("foreign_fighters", 1), ("returnees", 2)]
    assert all(p["subject"] == s["subject"] for s in series for p in s["points"])


def test_it_aggregates_by_month_in_the_database_beyond_the_point_limit():
    for day, value in ((1, 100), (10, 300), (20, 200)):
        FigureClaimFactory(claim_date=dt.date(2015, 5, day), value=value, qualifier="exact")
    FigureClaimFactory(claim_date=dt.date(2015, 5, 2), value=12, qualifier="vague")
    FigureClaimFactory(claim_date=dt.date(2015, 6, 1), value=50, value_max=80, qualifier="range")
    data = estimates_over_time(FigureClaim.objects.all(), limit=3)
    assert data["mode"] == "months" and data["total"] == 5
    may, june = data["series"][0]["points"]
    assert (may["date"], may["n"], may["value"], may["mean"], may["value_max"]) == (
        "2015-05-01",
        4,
        100,
        200,
        300,
    )
    assert (june["value"], june["value_max"]) == (50, 80)


def test_it_serves_chart_json_that_follows_the_filters(client):
    speaker = SpeakerFactory(slug="ban-ki-moon")
    for year in (2014, 2015, 2015):
        FigureClaimFactory(speaker=speaker, claim_date=dt.date(year, 3, 1))
    FigureClaimFactory(claim_date=dt.date(2015, 3, 1))
    FigureClaimFactory(speaker=speaker, claim_date=dt.date(2015, 3, 1), review_status="rejected")
    data = client.get("/claims/chart.json", {"speaker": "ban-ki-moon", "year": "2015"}).json()
    assert data["total"] == 2
    assert data["list_url"] == "/claims/?speaker=ban-ki-moon&year=2015"
    assert client.get("/claims/chart.json", {"status": "all", "speaker": "ban-ki-moon"}).json()["total"] == 4


def test_it_recomputes_cached_chart_data_when_a_claim_changes(client, monkeypatch):
    claim = FigureClaimFactory()
    assert client.get("/claims/chart.json").json()["total"] == 1
    # An answer under a minute old is kept while claims stream in; here the minute has passed.
    monkeypatch.setattr(charts, "FRESH_ENOUGH_SECONDS", 0)
    FigureClaimFactory()
    assert client.get("/claims/chart.json").json()["total"] == 2
    claim.review_status = FigureClaim.ReviewStatus.REJECTED
    claim.save()
    assert client.get("/claims/chart.json").json()["total"] == 1


def test_it_keeps_a_fresh_answer_while_claims_stream_in(client):
    FigureClaimFactory()
    assert client.get("/claims/chart.json").json()["total"] == 1
    FigureClaimFactory()
    assert client.get("/claims/chart.json").json()["total"] == 1


def test_it_keys_the_cache_by_filters_not_by_their_order_or_paging():
    assert chart_cache_key({"year": "2015", "speaker": "x", "after": "2015-01-01.3"}) == chart_cache_key(
        {"speaker": "x", "year": "2015"}
    )


def test_it_answers_400_to_chart_filters_it_cannot_read(client):
    response = client.get("/claims/chart.json", {"speaker": "nobody", "year": "soon"})
    assert response.status_code == 400
    assert set(response.json()["errors"]) == {"speaker", "year"}


@pytest.mark.django_db
def test_it_warms_the_busiest_charts_as_soon_as_claims_change():
    from django.core.cache import cache

    from ctwatch.statements.charts import BUSIEST_CHARTS, chart_cache_key, warm_busiest_charts
    from ctwatch.statements.tests.factories import FigureClaimFactory

    first = FigureClaimFactory()
    assert warm_busiest_charts() == len(BUSIEST_CHARTS)
    cached = cache.get(chart_cache_key({}))["value"]
    assert [p["id"] for s in cached["series"] for p in s["points"]] == [first.pk]
    # A new claim a second later: a visitor's request would still get the recent answer; warming does not.
    second = FigureClaimFactory()
    warm_busiest_charts()
    cached = cache.get(chart_cache_key({}))["value"]
    assert sorted(p["id"] for s in cached["series"] for p in s["points"]) == [first.pk, second.pk]
