import pytest
from django.core.management import CommandError, call_command

from ctwatch.statements.models import Article, FigureClaim, Forum, Speaker, Statement

pytestmark = pytest.mark.django_db

SMALL = {"articles": 20, "claims": 100, "statements": 30, "speakers": 12, "forums": 8}


def test_it_generates_the_rows_asked_for_with_spans_that_match_the_text(capsys):
    call_command("generate_data", **SMALL)
    assert (Article.objects.count(), FigureClaim.objects.count(), Statement.objects.count()) == (20, 100, 30)
    assert Speaker.objects.count() == 12 and Forum.objects.count() == 8
    for claim in FigureClaim.objects.select_related("article")[:50]:
        assert claim.article.text[claim.evidence_start : claim.evidence_end] == claim.evidence
        assert claim.article.text[claim.figure_start : claim.figure_end] == claim.figure_text
    for statement in Statement.objects.select_related("article"):
        assert statement.article.text[statement.start : statement.end] == statement.text
    assert "generated 12 speakers" in capsys.readouterr().out


def test_it_refuses_to_add_to_a_database_with_rows_unless_told():
    call_command("generate_data", **SMALL)
    with pytest.raises(CommandError, match="--yes"):
        call_command("generate_data", **SMALL)
    call_command("generate_data", flush=True, **SMALL)
    assert FigureClaim.objects.count() == 100


def test_it_is_deterministic_with_a_seed():
    call_command("generate_data", seed=7, **SMALL)
    first = list(FigureClaim.objects.order_by("id").values_list("figure_text", "subject", "claim_date"))
    call_command("generate_data", seed=7, flush=True, **SMALL)
    again = list(FigureClaim.objects.order_by("id").values_list("figure_text", "subject", "claim_date"))
    assert first == again
