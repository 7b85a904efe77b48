"""Celery tasks: thin wrappers that call one function of the ingestion code each."""

import datetime as dt

from celery import shared_task
from django.db import InterfaceError, OperationalError

from ctwatch.ingest.store import store_article_text

# A lost database connection is worth another try; anything else will fail the same way again.
TRANSIENT_ERRORS = (OperationalError, InterfaceError)


@shared_task(
    autoretry_for=TRANSIENT_ERRORS, retry_backoff=2, retry_backoff_max=300, retry_jitter=True, max_retries=6
)
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
    )
    return article.pk
