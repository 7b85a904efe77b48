"""The demo data set that `make run` loads must load, load again without change, and point at its evidence."""

import pytest
from django.core.management import call_command

from ctwatch.statements.models import Article, FigureClaim, Forum, Speaker, Statement, content_hash
from ctwatch.statements.names import forum_key, person_key

pytestmark = pytest.mark.django_db


@pytest.fixture
def demo():
    call_command("loaddata", "demo", verbosity=0)


def test_it_loads_speakers_forums_statements_and_claims_of_2014_to_2019(demo):
    assert Speaker.objects.count() >= 5
    assert Forum.objects.count() >= 5
    assert Statement.objects.count() >= 10
    years = {claim.claim_date.year for claim in FigureClaim.objects.all()}
    assert years >= {2014, 2015, 2016, 2017, 2018, 2019}


def test_it_loads_twice_without_change(demo):
    counts = [model.objects.count() for model in (Article, Speaker, Forum, Statement, FigureClaim)]
    call_command("loaddata", "demo", verbosity=0)
    assert counts == [model.objects.count() for model in (Article, Speaker, Forum, Statement, FigureClaim)]


def test_it_points_every_claim_and_statement_at_its_evidence(demo):
    for claim in FigureClaim.objects.select_related("article"):
        text = claim.article.text
        assert text[claim.figure_start : claim.figure_end] == claim.figure_text
        assert text[claim.evidence_start : claim.evidence_end] == claim.evidence
        assert claim.evidence_start <= claim.figure_start < claim.figure_end <= claim.evidence_end
    for statement in Statement.objects.select_related("article"):
        assert statement.article.text[statement.start : statement.end] == statement.text


def test_it_keeps_the_derived_keys_a_save_would_compute(demo):
    # loaddata does not call save(), so the fixture must carry the keys itself.
    for speaker in Speaker.objects.prefetch_related("aliases"):
        assert speaker.name_key == person_key(speaker.name)
        for alias in speaker.aliases.all():
            assert alias.name_key == person_key(alias.name)
    for forum in Forum.objects.all():
        assert forum.name_key == forum_key(forum.name)
    for article in Article.objects.all():
        assert article.content_hash == content_hash(article.text)
