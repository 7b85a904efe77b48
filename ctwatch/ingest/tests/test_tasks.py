import pytest
import redis
from django.conf import settings
from django.db import transaction

from ctwatch.ingest.tasks import store_article_text_task
from ctwatch.ingest.workers import wait_until
from ctwatch.statements.models import Article

TEXT = "Up to 5,000 foreign fighters have returned, the minister told parliament on Tuesday."


@pytest.mark.django_db
def test_it_stores_an_article_in_process():
    result = store_article_text_task.delay(
        text=TEXT, title="Returnees", url="https://news.example.org/r", published="2016-03-01"
    )
    article = Article.objects.get(pk=result.get())
    assert article.title == "Returnees"
    assert str(article.published) == "2016-03-01"


@pytest.mark.django_db
def test_it_queues_the_task_only_after_commit(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        store_article_text_task.delay_on_commit(text=TEXT)
        assert Article.objects.count() == 0
    assert len(callbacks) == 1
    callbacks[0]()
    assert Article.objects.filter(text=TEXT).count() == 1


@pytest.mark.django_db
def test_it_fails_on_a_malformed_date_without_storing():
    result = store_article_text_task.delay(text=TEXT, published="29 May")
    assert result.failed()
    with pytest.raises(ValueError):
        result.get()
    assert Article.objects.count() == 0


@pytest.mark.worker
@pytest.mark.django_db(transaction=True)
def test_it_stores_an_article_through_a_real_worker(worker_queue):
    queue, start_worker = worker_queue
    broker = redis.Redis.from_url(settings.CELERY_BROKER_URL)
    with transaction.atomic():
        for url in ("https://news.example.org/r?utm_source=feed", "https://news.example.org/r#top"):
            store_article_text_task.apply_async_on_commit(
                kwargs={"text": TEXT, "title": "Returnees", "url": url, "published": "2016-03-01"},
                queue=queue,
            )
        assert broker.llen(queue) == 0, "queued before the transaction committed"
    assert broker.llen(queue) == 2

    log = start_worker().log
    finished = wait_until(lambda: log.read_text(errors="replace").count(" succeeded in ") == 2)
    assert finished, f"the worker did not finish both tasks:\n{log.read_text(errors='replace')[-3000:]}"
    # Both deliveries name the same story: the second found the first instead of adding a row.
    article = Article.objects.get()
    assert article.url == "https://news.example.org/r"
    assert article.title == "Returnees"
    assert article.text == TEXT
    assert article.status == Article.Status.FETCHED


@pytest.mark.django_db
def test_it_retries_a_transient_failure_then_fails_visibly(local_site):
    from ctwatch.ingest.fetch import TransientFetchError
    from ctwatch.ingest.tasks import process_article_task
    from ctwatch.ingest.tests.conftest import Page

    local_site.pages["/busy"] = Page(b"<p>try later</p>", status=503)
    article = Article.objects.create(url=local_site.url("/busy"))
    result = process_article_task.delay(article.pk)
    with pytest.raises(TransientFetchError):
        result.get()
    article.refresh_from_db()
    assert article.status == Article.Status.FAILED
    assert article.failure_reason.startswith("gave up after 6 retries: TransientFetchError")
    assert len(local_site.requests) == 7


@pytest.mark.django_db
def test_it_records_an_unexpected_error_on_the_article(monkeypatch):
    from ctwatch.ingest import pipeline
    from ctwatch.ingest.tasks import process_article_task

    def broken(article):
        raise RuntimeError("extractor bug")

    monkeypatch.setattr(pipeline, "extract_article", broken)
    article = Article.objects.create(raw_content="text", status=Article.Status.FETCHED)
    assert process_article_task.delay(article.pk).failed()
    article.refresh_from_db()
    assert article.status == Article.Status.FAILED
    assert article.failure_reason == "unexpected error: RuntimeError: extractor bug"
