import pytest
from django.contrib import admin
from django.urls import reverse

from ctwatch.statements.models import Article, FigureClaim, Forum, Speaker, SpeakerAlias, Statement
from ctwatch.statements.tests.factories import FigureClaimFactory, StatementFactory

pytestmark = pytest.mark.django_db
MODELS = [Article, Speaker, SpeakerAlias, Forum, Statement, FigureClaim]


def test_it_registers_every_model():
    for model in MODELS:
        assert model in admin.site._registry
    # Aliases are also edited inline on their speaker.
    assert any(inline.model is SpeakerAlias for inline in admin.site._registry[Speaker].inlines)


@pytest.mark.parametrize("model", MODELS, ids=lambda m: m.__name__)
def test_it_lists_searches_and_filters_each_model(admin_client, model, django_assert_max_num_queries):
    for _ in range(3):
        FigureClaimFactory(statement=StatementFactory())
    url = reverse(f"admin:statements_{model._meta.model_name}_changelist")
    with django_assert_max_num_queries(12):
        response = admin_client.get(url)
    assert response.status_code == 200
    assert admin.site._registry[model].search_fields
    assert admin.site._registry[model].list_filter
    response = admin_client.get(url, {"q": "25,000"})
    assert response.status_code == 200


def test_it_finds_a_claim_by_its_evidence(admin_client):
    FigureClaimFactory(evidence="About 6,000 fighters came from Tunisia.", figure_text="About 6,000")
    FigureClaimFactory(
        evidence="More than 25,000 foreign terrorist fighters.", figure_text="More than 25,000"
    )
    response = admin_client.get(reverse("admin:statements_figureclaim_changelist"), {"q": "Tunisia"})
    assert b"About 6,000" in response.content
    assert b"More than 25,000" not in response.content


def test_it_shows_a_claims_history(admin_client):
    claim = FigureClaimFactory()
    claim.review_status = FigureClaim.ReviewStatus.VERIFIED
    claim.save()
    response = admin_client.get(reverse("admin:statements_figureclaim_history", args=[claim.pk]))
    assert response.status_code == 200
    assert claim.history.count() == 2


def test_it_keeps_anonymous_visitors_out(client):
    response = client.get(reverse("admin:statements_figureclaim_changelist"))
    assert response.status_code == 302
    assert "/admin/login/" in response["Location"]
