import datetime as dt

import pytest
from django.core.exceptions import ValidationError

from ctwatch.statements.curation import (
    attribute_statement,
    correct_claim,
    mark_statement_not_relevant,
    merge_forums,
    merge_speakers,
    reject_claim,
    revert_claim,
    verify_claim,
)
from ctwatch.statements.models import FigureClaim, Forum, Speaker, SpeakerAlias
from ctwatch.statements.tests.factories import (
    FigureClaimFactory,
    ForumFactory,
    SpeakerFactory,
    StatementFactory,
)

pytestmark = pytest.mark.django_db
Status = FigureClaim.ReviewStatus


@pytest.fixture
def curator(django_user_model):
    return django_user_model.objects.create_user("curator", is_staff=True)


def test_it_verifies_a_claim_and_records_who_and_when(curator):
    claim = verify_claim(claim=FigureClaimFactory(), reviewer=curator)
    claim.refresh_from_db()
    assert claim.review_status == Status.VERIFIED
    assert claim.reviewed_by == curator and claim.reviewed_at is not None
    assert claim.history.first().history_change_reason == "verified by curator"


def test_it_rejects_a_claim_only_with_a_reason(curator):
    claim = FigureClaimFactory()
    with pytest.raises(ValidationError):
        reject_claim(claim=claim, reviewer=curator, reason="  ")
    reject_claim(claim=claim, reviewer=curator, reason="counts deaths, not fighters")
    claim.refresh_from_db()
    assert claim.review_status == Status.REJECTED
    assert claim.review_note == "counts deaths, not fighters"


def test_it_keeps_the_machines_values_beside_a_correction(curator):
    claim = FigureClaimFactory(value=25000, qualifier="more_than", location=["Syria"])
    correct_claim(
        claim=claim, reviewer=curator, changes={"value": 27000, "value_max": 31000, "qualifier": "range"}
    )
    correct_claim(claim=claim, reviewer=curator, changes={"location": ["Syria", "Iraq"]})
    claim.refresh_from_db()
    assert (claim.value, claim.value_max, claim.qualifier, claim.location) == (
        27000,
        31000,
        "range",
        ["Syria", "Iraq"],
    )
    assert claim.review_status == Status.CORRECTED
    # The machine's values are those from before the first correction, not from before the last.
    assert claim.machine_values["value"] == 25000
    assert claim.machine_values["qualifier"] == "more_than"
    assert claim.machine_values["location"] == ["Syria"]


def test_it_refuses_a_correction_that_makes_no_sense(curator):
    claim = FigureClaimFactory(value=25000)
    with pytest.raises(ValidationError):
        correct_claim(claim=claim, reviewer=curator, changes={"qualifier": "roughly"})
    with pytest.raises(ValidationError):
        correct_claim(claim=claim, reviewer=curator, changes={"article_id": 1})
    claim.refresh_from_db()
    assert claim.review_status == Status.MACHINE


def test_it_reverts_a_correction_to_the_machines_values(curator):
    speaker = SpeakerFactory()
    claim = FigureClaimFactory(value=25000, speaker=speaker, claim_date=dt.date(2015, 5, 29))
    correct_claim(
        claim=claim,
        reviewer=curator,
        changes={"value": 30000, "speaker": None, "claim_date": dt.date(2016, 1, 1)},
    )
    revert_claim(claim=claim, reviewer=curator)
    claim.refresh_from_db()
    assert (claim.value, claim.speaker, claim.claim_date) == (25000, speaker, dt.date(2015, 5, 29))
    assert claim.review_status == Status.MACHINE
    assert claim.machine_values is None
    assert claim.history.count() == 3


def test_it_fixes_a_statements_attribution_and_marks_it_curated(curator):
    statement = StatementFactory()
    speaker, forum = SpeakerFactory(role="Envoy"), ForumFactory()
    attribute_statement(statement=statement, curator=curator, speaker=speaker, forum=forum)
    statement.refresh_from_db()
    assert (statement.speaker, statement.forum, statement.speaker_role) == (speaker, forum, "Envoy")
    assert statement.is_curated


def test_it_marks_a_statement_not_relevant(curator):
    statement = mark_statement_not_relevant(statement=StatementFactory(), curator=curator)
    statement.refresh_from_db()
    assert not statement.is_relevant and statement.is_curated


def test_it_merges_speakers_keeping_every_name():
    ban = SpeakerFactory(name="Ban Ki-moon", slug="ban-ki-moon", role="")
    copy = SpeakerFactory(name="Ki-moon Ban", slug="ki-moon-ban", role="Secretary-General")
    SpeakerAlias.objects.create(speaker=copy, name="UN chief Ban")
    statement, claim = StatementFactory(speaker=copy), FigureClaimFactory(speaker=copy)

    merge_speakers(keep=ban, duplicates=[copy])

    assert not Speaker.objects.filter(pk=copy.pk).exists()
    statement.refresh_from_db()
    claim.refresh_from_db()
    assert statement.speaker == ban and claim.speaker == ban
    assert set(ban.aliases.values_list("name", flat=True)) == {"Ki-moon Ban", "UN chief Ban"}
    assert Speaker.objects.get(pk=ban.pk).role == "Secretary-General"
    assert claim.history.first().history_change_reason == "speaker merged into Ban Ki-moon"


def test_it_merges_forums():
    keep, copy = ForumFactory(name="Security Council briefing"), ForumFactory(name="UNSC briefing on FTFs")
    statement = StatementFactory(forum=copy)
    merge_forums(keep=keep, duplicates=[copy, keep])
    statement.refresh_from_db()
    assert statement.forum == keep
    assert list(Forum.objects.filter(pk__in=[keep.pk, copy.pk])) == [keep]


def test_it_lets_ingestion_find_the_merged_speaker_by_any_of_its_names():
    from ctwatch.ingest.store import find_or_create_speaker

    ban = SpeakerFactory(name="Ban Ki-moon", slug="ban-ki-moon")
    merge_speakers(keep=ban, duplicates=[SpeakerFactory(name="Ki-moon Ban", slug="ki-moon-ban")])
    assert find_or_create_speaker(name="Ki-moon Ban") == (ban, False)
