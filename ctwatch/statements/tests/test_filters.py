import datetime as dt

import pytest

from ctwatch.statements.filters import ClaimFilter, StatementFilter, filtered
from ctwatch.statements.models import FigureClaim, Forum, Statement
from ctwatch.statements.tests.factories import (
    FigureClaimFactory,
    ForumFactory,
    SpeakerFactory,
    StatementFactory,
)

pytestmark = pytest.mark.django_db


def statements(**params) -> set[int]:
    return {s.id for s in filtered(StatementFilter(params, queryset=Statement.objects.all()))}


def claims(**params) -> set[int]:
    return {c.id for c in filtered(ClaimFilter(params, queryset=FigureClaim.objects.all()))}


def test_it_filters_statements_by_speaker_forum_kind_year_and_kind():
    ban = SpeakerFactory(slug="ban-ki-moon")
    council = ForumFactory(kind=Forum.Kind.SECURITY_COUNCIL)
    briefing = ForumFactory(kind=Forum.Kind.PRESS_BRIEFING)
    match = StatementFactory(speaker=ban, forum=council, date=dt.date(2015, 3, 1))
    StatementFactory(forum=council, date=dt.date(2015, 3, 1))
    StatementFactory(speaker=ban, forum=briefing, date=dt.date(2015, 3, 1))
    StatementFactory(speaker=ban, forum=council, date=dt.date(2016, 1, 1))
    reported = StatementFactory(speaker=ban, forum=council, date=dt.date(2015, 7, 1), kind="reported")
    assert statements(speaker="ban-ki-moon", forum_kind="security_council", year="2015") == {
        match.id,
        reported.id,
    }
    assert statements(speaker="ban-ki-moon", year="2015", kind="reported") == {reported.id}
    assert statements(forum=str(briefing.id)) == {s.id for s in Statement.objects.filter(forum=briefing)}


def test_it_filters_by_a_range_of_years_inclusive():
    early = StatementFactory(date=dt.date(2014, 1, 1))
    middle = StatementFactory(date=dt.date(2015, 12, 31))
    StatementFactory(date=dt.date(2016, 1, 1))
    StatementFactory(date=None)
    assert statements(year_min="2014", year_max="2015") == {early.id, middle.id}


def test_it_shows_nothing_for_an_unknown_speaker_or_a_backwards_range():
    StatementFactory()
    assert statements(speaker="nobody-at-all") == set()
    assert statements(year_min="2016", year_max="2014") == set()
    form = StatementFilter({"year_min": "2016", "year_max": "2014"}, queryset=Statement.objects.all()).form
    assert not form.is_valid() and "year_max" in form.errors


def test_it_searches_statement_text():
    camps = StatementFactory(text="The detention camps in Syria remain a concern.")
    StatementFactory(text="Borders were closed.")
    assert statements(q="detention camps") == {camps.id}


def test_it_hides_rejected_claims_unless_asked():
    kept = FigureClaimFactory(review_status=FigureClaim.ReviewStatus.MACHINE)
    verified = FigureClaimFactory(review_status=FigureClaim.ReviewStatus.VERIFIED)
    corrected = FigureClaimFactory(review_status=FigureClaim.ReviewStatus.CORRECTED)
    rejected = FigureClaimFactory(review_status=FigureClaim.ReviewStatus.REJECTED)
    assert claims() == {kept.id, verified.id, corrected.id}
    assert claims(status="reviewed") == {verified.id, corrected.id}
    assert claims(status="rejected") == {rejected.id}
    assert claims(status="all") == {kept.id, verified.id, corrected.id, rejected.id}


def test_it_filters_claims_by_location_without_matching_part_of_a_name():
    syria = FigureClaimFactory(location=["Syria", "Iraq"])
    FigureClaimFactory(location=["Iraqi Kurdistan"])
    FigureClaimFactory(location=[])
    assert claims(location="Syria") == {syria.id}
    assert claims(location="Iraq") == {syria.id}


def test_it_filters_claims_by_subject_origin_group_and_years():
    match = FigureClaimFactory(
        subject="returnees", origin="Tunisia", group="ISIS", claim_date=dt.date(2017, 6, 1)
    )
    FigureClaimFactory(
        subject="foreign_fighters", origin="Tunisia", group="ISIS", claim_date=dt.date(2017, 6, 1)
    )
    FigureClaimFactory(subject="returnees", origin="France", group="ISIS", claim_date=dt.date(2017, 6, 1))
    FigureClaimFactory(subject="returnees", origin="Tunisia", group="ISIS", claim_date=dt.date(2019, 6, 1))
    assert claims(subject="returnees", origin="tunisia", group="isis", year_min="2016", year_max="2018") == {
        match.id
    }


def test_it_searches_claim_evidence():
    match = FigureClaimFactory(evidence="Some 5,000 returnees reached Europe.")
    FigureClaimFactory(evidence="More than 25,000 fighters.")
    assert claims(q="returnees") == {match.id}
