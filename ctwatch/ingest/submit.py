"""Ways in: a URL, a file, pasted text or a feed becomes an article row, then its processing is queued.

Queued after commit, so the worker finds the row; with no broker configured, "queued" means run
in-process right then. `run_now` processes in this process whatever the broker (the `--sync` option).
"""

import datetime as dt
import enum
from dataclasses import dataclass

from django.db import transaction
from django.utils import timezone

from ctwatch.ingest import pipeline
from ctwatch.ingest.feeds import poll_feed
from ctwatch.ingest.files import ArticleFile
from ctwatch.ingest.models import Feed
from ctwatch.ingest.store import store_article_text
from ctwatch.ingest.urls import InvalidURL, canonical_url
from ctwatch.statements.models import Article


class Outcome(enum.StrEnum):
    NEW = "new"
    DUPLICATE = "duplicate"
    FAILED = "failed"


@dataclass(frozen=True)
class Submission:
    outcome: Outcome
    article: Article | None = None
    reason: str = ""


def queue_processing(article_id: int, *, run_now: bool = False) -> None:
    # Imported here: the tasks module imports this one.
    from ctwatch.ingest.tasks import process_article_task

    if run_now:
        pipeline.process_article(article_id)
    else:
        process_article_task.delay_on_commit(article_id)


UNFINISHED = (Article.Status.PENDING, Article.Status.FETCHED)


def requeue_stalled_articles(
    *, stalled_for: dt.timedelta, now: dt.datetime | None = None, limit: int = 1000
) -> list[int]:
    """Queue again the processing of articles left unfinished for longer than any delivery could take.

    A worker killed between taking a task off Redis and recording it as unacknowledged loses that task;
    the article row survives and says what is left to do. Returns the ids queued again.
    """
    now = now or timezone.now()
    stalled = Article.objects.filter(status__in=UNFINISHED, updated__lt=now - stalled_for)
    requeued = []
    for pk, updated in stalled.order_by("updated").values_list("pk", "updated")[:limit]:
        # Touched first, conditionally: two overlapping sweeps queue an article once, and the next sweep
        # waits another full period before trying it again.
        if Article.objects.filter(pk=pk, updated=updated, status__in=UNFINISHED).update(updated=now):
            queue_processing(pk)
            requeued.append(pk)
    return requeued


def submit_url(url: str, *, run_now: bool = False) -> Submission:
    try:
        url = canonical_url(url)
    except InvalidURL as error:
        return Submission(Outcome.FAILED, reason=str(error))
    article, created = Article.objects.get_or_create(url=url, defaults={"ingested_via": Article.Via.URL})
    if not created:
        return Submission(Outcome.DUPLICATE, article)
    queue_processing(article.pk, run_now=run_now)
    return Submission(Outcome.NEW, article)


def record_failed_file(path: str, reason: str) -> Article:
    """A file that cannot be an article still leaves a row saying why, for the admin to show."""
    article, _ = Article.objects.update_or_create(
        source_file=path[:500],
        status=Article.Status.FAILED,
        content_hash=None,
        defaults={"failure_reason": reason, "ingested_via": Article.Via.FILE, "title": path[-200:]},
    )
    return article


def submit_text(
    *,
    text: str,
    title: str = "",
    url: str = "",
    published: dt.date | None = None,
    content_type: str = "text/plain",
    via: str = Article.Via.TEXT,
    source_file: str = "",
    run_now: bool = False,
) -> Submission:
    try:
        with transaction.atomic():
            article, created = store_article_text(
                text=text, title=title, url=url, published=published, content_type=content_type
            )
            if not created:
                return Submission(Outcome.DUPLICATE, article)
            Article.objects.filter(pk=article.pk).update(ingested_via=via, source_file=source_file[:500])
            if not run_now:
                queue_processing(article.pk)
    except ValueError as error:
        return Submission(Outcome.FAILED, reason=str(error))
    if run_now:
        queue_processing(article.pk, run_now=True)
    article.refresh_from_db()
    return Submission(Outcome.NEW, article)


def parse_published(value: str | None) -> dt.date | None:
    """An ISO date from a file's metadata; a malformed one is no reason to lose the article."""
    try:
        return dt.date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None


def submit_file(file: ArticleFile, *, run_now: bool = False) -> Submission:
    if file.problem:
        return Submission(
            Outcome.FAILED, record_failed_file(str(file.path), file.problem), reason=file.problem
        )
    submission = submit_text(
        text=file.raw,
        title=file.title,
        url=file.url,
        published=parse_published(file.published),
        content_type=file.content_type,
        via=Article.Via.FILE,
        source_file=str(file.path),
        run_now=run_now,
    )
    if submission.outcome == Outcome.FAILED:
        return Submission(
            Outcome.FAILED, record_failed_file(str(file.path), submission.reason), submission.reason
        )
    return submission


def submit_feed(url: str, *, title: str = "") -> tuple[Feed, bool]:
    """Register a feed (or find it); the next polling round picks it up. Raises InvalidURL."""
    return Feed.objects.get_or_create(url=canonical_url(url), defaults={"title": title})


def poll_feed_and_queue(feed_id: int, *, run_now: bool = False) -> list[int]:
    """Poll one feed and queue (or run) the processing of each new entry; returns the new article ids."""
    new_ids = poll_feed(Feed.objects.get(pk=feed_id))
    for article_id in new_ids:
        queue_processing(article_id, run_now=run_now)
    return new_ids
