"""Ingestion through real Celery workers, Redis and PostgreSQL: nothing lost, nothing doubled.

These tests start `celery worker` processes on a queue of their own and run only where a broker and
PostgreSQL are configured (CI's second run); elsewhere they skip, saying why.
"""

import datetime as dt
import os
import signal
from collections import Counter
from io import StringIO

import pytest
from django.core.management import call_command
from django.utils import timezone

from ctwatch.extraction import extract
from ctwatch.ingest.store import store_article_text
from ctwatch.ingest.synthetic import generate_articles, write_articles
from ctwatch.ingest.tasks import process_article_task
from ctwatch.ingest.workers import wait_until
from ctwatch.statements.models import Article, FigureClaim, Statement

pytestmark = [pytest.mark.worker, pytest.mark.django_db(transaction=True)]
BATCH = 300
LOST = 20
FINISHED = (Article.Status.EXTRACTED, Article.Status.DUPLICATE, Article.Status.FAILED)
# A short redelivery delay, so a task lost with its worker comes back within the test; the tasks here
# take well under a second, and the time limits stay below it as settings require.
FAST_REDELIVERY = {
    "CELERY_VISIBILITY_TIMEOUT": "8",
    "CELERY_TASK_TIME_LIMIT": "6",
    "CELERY_TASK_SOFT_TIME_LIMIT": "5",
}


def finished_count() -> int:
    return Article.objects.filter(status__in=FINISHED).count()


def counts() -> tuple[int, int, int]:
    return Article.objects.count(), Statement.objects.count(), FigureClaim.objects.count()


def assert_each_article_extracted_once(count: int = BATCH) -> None:
    """Every article is extracted, and holds exactly what one run of the extractor finds in it."""
    assert Counter(Article.objects.values_list("status", flat=True)) == {Article.Status.EXTRACTED: count}
    for article in Article.objects.all():
        expected = extract(article.text, title=article.title, url=article.url, published=article.published)
        claims = sorted(article.claims.values_list("figure_start", "subject"))
        assert claims == sorted((c.figure_span[0], c.subject) for c in expected.claims), article.url
        assert article.statements.count() == len(expected.statements), article.url


def test_it_ingests_the_same_articles_twice_without_duplicates(worker_queue, tmp_path):
    _, start_worker = worker_queue
    folder = tmp_path / "articles"
    write_articles(folder, BATCH, seed=11)
    worker = start_worker(concurrency=2)

    call_command("ingest", str(folder), stdout=StringIO())
    assert wait_until(lambda: finished_count() == BATCH, timeout=180), worker.log.read_text()[-3000:]
    first = counts()
    assert first[0] == BATCH and first[2] >= BATCH

    call_command("ingest", str(folder), stdout=StringIO())
    # A redelivered task (the same article queued again) must change nothing either.
    for article_id in Article.objects.values_list("pk", flat=True)[:50]:
        process_article_task.delay(article_id)
    assert wait_until(lambda: worker.log.read_text().count(" succeeded in ") >= BATCH + 50, timeout=120)
    assert counts() == first
    assert_each_article_extracted_once()

    # A person corrects one claim and rejects another; re-extracting everything leaves both as they are.
    corrected, rejected = FigureClaim.objects.order_by("pk")[:2]
    corrected.machine_values = corrected.curated_values()
    corrected.value, corrected.review_status = corrected.value + 1, FigureClaim.ReviewStatus.CORRECTED
    corrected.save()
    rejected.review_status = FigureClaim.ReviewStatus.REJECTED
    rejected.save()
    curated = {c.pk: (c.curated_values(), c.review_status, c.history.count()) for c in (corrected, rejected)}
    done = worker.log.read_text().count(" succeeded in ")
    call_command("reextract", "--all", stdout=StringIO())
    assert wait_until(lambda: worker.log.read_text().count(" succeeded in ") >= done + BATCH, timeout=120)
    for claim in FigureClaim.objects.filter(pk__in=curated):
        assert (claim.curated_values(), claim.review_status, claim.history.count()) == curated[claim.pk]
    assert counts() == first


def start_batch(worker_queue, folder, *, seed: int):
    """A worker processing a batch of articles, returned once a fifth of the batch is done."""
    _, start_worker = worker_queue
    write_articles(folder, BATCH, seed=seed)
    worker = start_worker(concurrency=2, **FAST_REDELIVERY)
    assert worker.wait_ready()
    call_command("ingest", str(folder), stdout=StringIO())
    assert wait_until(lambda: finished_count() >= BATCH // 5, timeout=120)
    return worker


def test_it_loses_nothing_when_a_worker_is_killed_mid_batch(worker_queue, tmp_path):
    _, start_worker = worker_queue
    worker = start_batch(worker_queue, tmp_path / "articles", seed=12)
    worker.kill()
    stopped_at = finished_count()
    assert stopped_at < BATCH, "the batch finished before the worker could be killed"

    # Redis hands back what the dead worker held unacknowledged; beat's sweep queues again a task lost
    # in the moment between leaving the queue and being noted as unacknowledged.
    start_worker(concurrency=2, beat=True, **FAST_REDELIVERY)
    assert wait_until(lambda: finished_count() == BATCH, timeout=240), (
        f"stuck at {finished_count()} of {BATCH}"
    )
    assert_each_article_extracted_once()


def test_it_finishes_articles_whose_tasks_were_lost(worker_queue):
    _, start_worker = worker_queue
    # Stored an hour ago, and no task ever queued: as if each had been lost with a worker.
    for article in generate_articles(LOST, seed=14):
        store_article_text(text=article.text, title=article.title, url=article.url)
    Article.objects.update(updated=timezone.now() - dt.timedelta(hours=1))

    worker = start_worker(concurrency=2, beat=True, **FAST_REDELIVERY)
    assert wait_until(lambda: finished_count() == LOST, timeout=120), worker.log.read_text()[-3000:]
    assert_each_article_extracted_once(count=LOST)


def test_it_loses_nothing_when_a_pool_process_dies(worker_queue, tmp_path):
    worker = start_batch(worker_queue, tmp_path / "articles", seed=13)
    for child in worker.children():
        os.kill(child, signal.SIGKILL)
    assert finished_count() < BATCH, "the batch finished before a pool process could be killed"

    # The main process replaces its pool and gets the lost tasks back; no restart needed.
    assert wait_until(lambda: finished_count() == BATCH, timeout=240), (
        f"stuck at {finished_count()} of {BATCH}"
    )
    assert worker.process.poll() is None
    assert_each_article_extracted_once()
