import datetime as dt

import pytest
from django.utils import timezone

from ctwatch.ingest.submit import requeue_stalled_articles
from ctwatch.ingest.tasks import requeue_stalled_articles_task
from ctwatch.statements.models import Article
from ctwatch.statements.tests.factories import ArticleFactory

pytestmark = pytest.mark.django_db
HOUR = dt.timedelta(hours=1)


def left_unfinished(*, idle: dt.timedelta, status: str = Article.Status.FETCHED) -> Article:
    """An article whose processing was queued `idle` ago and never ran (its task lost with a worker)."""
    article = ArticleFactory(status=status)
    Article.objects.filter(pk=article.pk).update(updated=timezone.now() - idle)
    return article


def test_it_processes_articles_left_unfinished_longer_than_a_delivery_takes(
    django_capture_on_commit_callbacks,
):
    stalled = left_unfinished(idle=2 * HOUR)
    recent = left_unfinished(idle=dt.timedelta(minutes=5))
    finished = ArticleFactory(status=Article.Status.EXTRACTED)
    Article.objects.filter(pk=finished.pk).update(updated=timezone.now() - 2 * HOUR)

    with django_capture_on_commit_callbacks(execute=True):
        assert requeue_stalled_articles(stalled_for=HOUR) == [stalled.pk]

    stalled.refresh_from_db()
    assert stalled.status == Article.Status.EXTRACTED
    assert stalled.claims.count() == 1
    recent.refresh_from_db()
    assert recent.status == Article.Status.FETCHED


def test_it_queues_an_article_once_per_period(django_capture_on_commit_callbacks):
    stalled = left_unfinished(idle=2 * HOUR, status=Article.Status.PENDING)
    with django_capture_on_commit_callbacks(execute=False) as queued:
        assert requeue_stalled_articles(stalled_for=HOUR) == [stalled.pk]
        # The second sweep finds the article touched by the first, though its task has not run yet.
        assert requeue_stalled_articles(stalled_for=HOUR) == []
    assert len(queued) == 1
    later = timezone.now() + 2 * HOUR
    with django_capture_on_commit_callbacks(execute=False) as queued:
        assert requeue_stalled_articles(stalled_for=HOUR, now=later) == [stalled.pk]
    assert len(queued) == 1


def test_it_takes_the_oldest_first_within_the_limit():
    ids = [left_unfinished(idle=HOUR * hours).pk for hours in (3, 5, 4)]
    assert requeue_stalled_articles(stalled_for=HOUR, limit=2) == [ids[1], ids[2]]


def test_it_sweeps_with_the_settings_period(settings, django_capture_on_commit_callbacks):
    settings.INGEST_REQUEUE_AFTER = 600
    stalled = left_unfinished(idle=dt.timedelta(minutes=11))
    left_unfinished(idle=dt.timedelta(minutes=9))
    with django_capture_on_commit_callbacks(execute=True):
        assert requeue_stalled_articles_task.delay().get() == 1
    stalled.refresh_from_db()
    assert stalled.status == Article.Status.EXTRACTED
