"""fetch -> clean -> deduplicate -> extract -> store: each step a plain function, the tasks thin wrappers.

An article's status says how far it has come, so running the pipeline again on it (a redelivered task,
a retry) continues where it stopped and never does a finished step twice.
"""

import logging

from django.db import IntegrityError
from django.utils import timezone

from ctwatch.extraction import extract
from ctwatch.ingest import fingerprint, store
from ctwatch.ingest.clean import clean_content
from ctwatch.ingest.decode import NotText, decode_body
from ctwatch.ingest.fetch import FetchError, fetch
from ctwatch.statements.models import Article, content_hash

logger = logging.getLogger(__name__)


# Fewer words than this is a page without an article (an error page, a paywall stub, an empty body).
MIN_ARTICLE_WORDS = 8


class PermanentError(Exception):
    """This article cannot be ingested, and trying again would not change that; the message says why."""


def mark_failed(article: Article, reason: str) -> None:
    """Record a permanent failure, unless the article got further meanwhile (another delivery finished it)."""
    Article.objects.filter(pk=article.pk).exclude(
        status__in=[Article.Status.EXTRACTED, Article.Status.DUPLICATE]
    ).update(status=Article.Status.FAILED, failure_reason=reason[:2000], updated=timezone.now())
    article.refresh_from_db(fields=["status", "failure_reason"])


def fetch_article(article: Article) -> None:
    """Download a pending article's URL; transient errors propagate so the task can retry."""
    try:
        result = fetch(article.url)
    except FetchError as error:
        raise PermanentError(f"fetch failed: {error}") from error
    if result is None:
        raise PermanentError("fetch failed: the server answered 304 Not Modified to an unconditional request")
    try:
        raw = decode_body(result.body, result.charset)
    except NotText as error:
        raise PermanentError(f"not an article: {error}") from error
    Article.objects.filter(pk=article.pk, status=Article.Status.PENDING).update(
        raw_content=raw,
        raw_content_type=result.content_type,
        fetched_at=timezone.now(),
        status=Article.Status.FETCHED,
        updated=timezone.now(),
    )
    article.refresh_from_db()


def extract_article(article: Article) -> None:
    """Clean a fetched article, set it aside if it is a duplicate, else extract and store what it says."""
    # Text and files were cleaned when stored (store_article_text); a fetched page is cleaned here.
    text = article.text or clean_content(
        raw=article.raw_content, content_type=article.raw_content_type, title=article.title
    )
    words = len(text.split())
    if words < MIN_ARTICLE_WORDS:
        raise PermanentError(f"not an article: {words} words left after removing markup and page furniture")
    original = Article.objects.filter(content_hash=content_hash(text)).exclude(pk=article.pk).first()
    simhash = fingerprint.simhash(text)
    original = original or store.find_near_duplicate(text=text, simhash=simhash, exclude_pk=article.pk)
    if original:
        store.mark_duplicate(article=article, original=original)
        return
    extraction = extract(
        text, title=article.title or None, url=article.url or None, published=article.published
    )
    if extraction.text != text:
        simhash = fingerprint.simhash(extraction.text)
    try:
        store.store_extraction(article=article, extraction=extraction, simhash=simhash)
    except IntegrityError:
        # Another worker stored the same text under another URL between our check and our write.
        original = (
            Article.objects.filter(content_hash=content_hash(extraction.text)).exclude(pk=article.pk).first()
        )
        if original is None:
            raise
        store.mark_duplicate(article=article, original=original)


def process_article(article_id: int) -> Article | None:
    """Take one article as far as it can go. Permanent failures are recorded on the article.

    Returns the article as it ended, or None when it no longer exists (deleted after it was queued).
    """
    article = Article.objects.filter(pk=article_id).first()
    if article is None:
        logger.info("article %s is gone: nothing to do", article_id)
        return None
    try:
        if article.status == Article.Status.PENDING:
            fetch_article(article)
        if article.status == Article.Status.FETCHED:
            extract_article(article)
    except PermanentError as error:
        logger.info("article %s failed: %s", article.pk, error)
        mark_failed(article, str(error))
    article.refresh_from_db()
    return article


def reextract_article(article_id: int) -> Article | None:
    """Run the current extractor over a stored article again; curated rows stay as they are."""
    article = Article.objects.filter(pk=article_id).first()
    if article is None or article.status != Article.Status.EXTRACTED:
        return process_article(article_id)
    extraction = extract(article.text, title=article.title or None, url=article.url or None,
                         published=article.published)  # fmt: skip
    store.store_extraction(article=article, extraction=extraction)
    article.refresh_from_db()
    return article
