import datetime as dt

import pytest

from ctwatch.ingest.pipeline import process_article, reextract_article
from ctwatch.ingest.store import store_article_text
from ctwatch.statements.models import Article, FigureClaim, Speaker, Statement

pytestmark = pytest.mark.django_db

STORY = """Envoy says foreign fighters keep arriving

More than 25,000 foreign terrorist fighters from over 100 countries have travelled to Syria and Iraq, the \
United Nations envoy Maria Exampleton told a Security Council meeting on Tuesday.

"We are seeing fighters move on to new battlefields, and many of them will try to come home," Exampleton said.

Officials in the region estimate that between 3,000 and 4,000 fighters have already returned.
"""


def ingest(text: str = STORY, **fields) -> Article:
    article, _ = store_article_text(text=text, title="Envoy says foreign fighters keep arriving", **fields)
    return process_article(article.pk)


def test_it_extracts_a_stored_article_and_records_the_extractor():
    article = ingest(published=dt.date(2016, 3, 3))
    assert article.status == Article.Status.EXTRACTED
    assert article.extractor_version
    assert article.extracted_at is not None
    claim = article.claims.get(value=25000)
    assert claim.subject == FigureClaim.Subject.FOREIGN_FIGHTERS
    assert claim.qualifier == FigureClaim.Qualifier.MORE_THAN
    assert article.text[claim.figure_start : claim.figure_end] == claim.figure_text
    assert article.text[claim.evidence_start : claim.evidence_end] == claim.evidence
    assert claim.review_status == FigureClaim.ReviewStatus.MACHINE
    assert claim.speaker.name == "Maria Exampleton"
    statement = article.statements.get(kind=Statement.Kind.DIRECT)
    assert statement.speaker == claim.speaker
    assert article.text[statement.start : statement.end] == statement.text


def test_it_does_nothing_the_second_time():
    article = ingest()
    counts = (
        Article.objects.count(),
        Statement.objects.count(),
        FigureClaim.objects.count(),
        Speaker.objects.count(),
    )
    process_article(article.pk)
    ingest()
    assert counts == (
        Article.objects.count(),
        Statement.objects.count(),
        FigureClaim.objects.count(),
        Speaker.objects.count(),
    )


def test_it_records_a_text_with_nothing_left_after_cleaning_as_failed():
    article = Article.objects.create(
        url="https://news.example.org/empty", raw_content="<html><body><nav>Menu</nav></body></html>",
        raw_content_type="text/html", status=Article.Status.FETCHED,
    )  # fmt: skip
    process_article(article.pk)
    article.refresh_from_db()
    assert article.status == Article.Status.FAILED
    assert "not an article" in article.failure_reason


def test_it_sets_a_near_duplicate_aside_as_a_duplicate_of_the_first():
    first = ingest(url="https://news.example.org/a")
    syndicated = STORY.replace("on Tuesday", "on Tuesday in New York") + "\nCopyright Example Wire.\n"
    second = ingest(text=syndicated, url="https://mirror.example.net/b")
    assert second.status == Article.Status.DUPLICATE
    assert second.duplicate_of == first
    assert not second.claims.exists()


def test_it_leaves_curated_claims_exactly_as_a_person_left_them_on_reextraction(django_user_model):
    article = ingest()
    curator = django_user_model.objects.create_user("curator")
    corrected = article.claims.get(value=25000)
    corrected.machine_values = corrected.curated_values()
    corrected.value, corrected.qualifier = 27000, FigureClaim.Qualifier.ABOUT
    corrected.review_status = FigureClaim.ReviewStatus.CORRECTED
    corrected.reviewed_by = curator
    corrected.reviewed_at = dt.datetime(2016, 4, 1, tzinfo=dt.UTC)
    corrected.save()
    rejected = article.claims.exclude(pk=corrected.pk).first()
    if rejected:
        rejected.review_status = FigureClaim.ReviewStatus.REJECTED
        rejected.save()
    before = {
        c.pk: c.curated_values() | {"status": c.review_status} for c in article.claims.all() if c.is_curated
    }
    history_before = corrected.history.count()

    reextract_article(article.pk)
    reextract_article(article.pk)

    after = {
        c.pk: c.curated_values() | {"status": c.review_status}
        for c in FigureClaim.objects.filter(pk__in=before)
    }  # fmt: skip
    assert after == before
    assert corrected.history.count() == history_before
    # The machine does not add its own version of a figure a person has corrected.
    assert article.claims.filter(figure_start=corrected.figure_start, subject=corrected.subject).count() == 1


def test_it_does_nothing_for_an_article_deleted_after_it_was_queued():
    article = ingest()
    Article.objects.filter(pk=article.pk).delete()
    assert process_article(article.pk) is None
    assert reextract_article(article.pk) is None


def test_it_leaves_statements_a_person_edited_on_reextraction(django_user_model):
    from ctwatch.statements.curation import attribute_statement, mark_statement_not_relevant

    article = ingest()
    curator = django_user_model.objects.create_user("curator")
    statement = article.statements.get(kind=Statement.Kind.DIRECT)
    hidden = mark_statement_not_relevant(statement=statement, curator=curator)
    other = Speaker.objects.create(name="Someone Else", slug="someone-else")
    attribute_statement(statement=hidden, curator=curator, speaker=other, forum=None)

    reextract_article(article.pk)

    statement.refresh_from_db()
    assert (statement.is_relevant, statement.speaker, statement.forum) == (False, other, None)
    # The machine does not add its own copy of the statement beside the person's version.
    assert article.statements.filter(start=statement.start, end=statement.end).count() == 1
