import pytest
from django.urls import reverse

from ctwatch.statements.models import FigureClaim
from ctwatch.statements.tests.factories import FigureClaimFactory, StatementFactory

pytestmark = pytest.mark.django_db


def test_it_shows_counts_and_the_latest_items(client, django_assert_max_num_queries):
    for _ in range(3):
        FigureClaimFactory()
    StatementFactory(text="Fighters keep crossing the border every week, the envoy warned.")
    FigureClaimFactory(review_status=FigureClaim.ReviewStatus.REJECTED, figure_text="99,999")
    with django_assert_max_num_queries(8):
        response = client.get(reverse("statements:overview"))
    assert response.status_code == 200
    assert response.context["counts"]["claims"] == 3
    assert response.context["counts"]["statements"] == 1
    content = response.content.decode()
    assert "more than 25,000" in content
    assert "Fighters keep crossing the border every week" in content
    assert "99,999" not in content


def test_it_says_when_there_is_nothing_yet(client):
    response = client.get(reverse("statements:overview"))
    assert response.status_code == 200
    assert "No figure claims yet" in response.content.decode()


def test_it_escapes_text_from_articles(client):
    StatementFactory(text='<script>alert("x")</script> said the official')
    content = client.get(reverse("statements:overview")).content.decode()
    assert "<script>alert" not in content
    assert "&lt;script&gt;alert" in content
