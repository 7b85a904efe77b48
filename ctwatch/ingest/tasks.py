"""Celery tasks: thin wrappers that load by id and call one function of the ingestion code each.

Every task is idempotent (the article's status says what is left to do, writes go through natural
keys), so a redelivery after a lost worker changes nothing; that is what makes `acks_late` safe.
"""

import datetime as dt
import logging

from celery import shared_task
from celery.contrib.django.task import DjangoTask
from django.conf import settings
from django.db import InterfaceError, OperationalError

from ctwatch.ingest import pipeline, submit
from ctwatch.ingest.feeds import claim_due_feeds
from ctwatch.ingest.fetch import TransientFetchError
from ctwatch.ingest.store import store_article_text
from ctwatch.statements.models import Article

logger = logging.getLogger(__name__)

# Worth another try: the network or the database may be back soon. Anything else fails the same way again.
TRANSIENT_ERRORS = (TransientFetchError, OperationalError, InterfaceError)
RETRY_POLICY = {
    "autoretry_for": TRANSIENT_ERRORS,
    "retry_backoff": 2,
    "retry_backoff_max": 300,
    "retry_jitter": True,
    "max_retries": 6,
}


class ArticleTask(DjangoTask):
    """Marks the article failed, with the reason, when its task gives up: nothing is dropped silently."""

    def on_failure(self, exc, task_id, args, kwargs, einfo) -> None:
        article_id = kwargs.get("article_id", args[0] if args else None)
        if article_id is None:
            return
        article = Article.objects.filter(pk=article_id).first()
        if article:
            retries = self.request.retries
            tried = f"gave up after {retries} retries: " if retries else "unexpected error: "
            pipeline.mark_failed(article, f"{tried}{type(exc).__name__}: {exc}")


@shared_task(**RETRY_POLICY)
def store_article_text_task(
    *, text: str, title: str = "", url: str = "", published: str | None = None, outlet: str = ""
) -> int:
    """Store an article from its text (deduplicated on canonical URL and content); returns its id."""
    article, _ = store_article_text(
        text=text,
        title=title,
        url=url,
        published=dt.date.fromisoformat(published) if published else None,
        outlet=outlet,
        content_type="text/plain",
    )
    return article.pk


@shared_task(base=ArticleTask, **RETRY_POLICY)
def process_article_task(article_id: int) -> str:
    """fetch -> clean -> deduplicate -> extract -> store for one article; returns its final status."""
    article = pipeline.process_article(article_id)
    return article.status if article else "gone"


@shared_task(base=ArticleTask, **RETRY_POLICY)
def reextract_article_task(article_id: int) -> str:
    """Run the current extractor over a stored article; curated claims stay untouched."""
    article = pipeline.reextract_article(article_id)
    return article.status if article else "gone"


@shared_task(**RETRY_POLICY)
def poll_feed_task(feed_id: int) -> int:
    """Poll one feed; each new entry is queued for processing. Failures are recorded on the feed."""
    return len(submit.poll_feed_and_queue(feed_id))


@shared_task
def poll_due_feeds_task() -> int:
    """Run by beat every minute: hand each due feed to a poll task, once."""
    feed_ids = claim_due_feeds()
    for feed_id in feed_ids:
        poll_feed_task.delay(feed_id)
    return len(feed_ids)


@shared_task
def requeue_stalled_articles_task() -> int:
    """Run by beat: queue again the articles whose task was lost with its worker."""
    stalled_for = dt.timedelta(seconds=settings.INGEST_REQUEUE_AFTER)
    requeued = submit.requeue_stalled_articles(stalled_for=stalled_for)
    if requeued:
        logger.warning("queued %d unfinished articles again (tasks lost): %s", len(requeued), requeued[:20])
    return len(requeued)
