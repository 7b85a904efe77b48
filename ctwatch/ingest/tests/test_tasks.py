import os
import signal
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest
import redis
from django.conf import settings
from django.db import connection, transaction

from ctwatch.celery import app
from ctwatch.ingest.tasks import store_article_text_task
from ctwatch.statements.models import Article

ROOT = Path(__file__).resolve().parents[3]
TEXT = "Up to 5,000 foreign fighters have returned, the minister told parliament on Tuesday."


@pytest.fixture
def in_process_tasks():
    """Run queued tasks in-process, as on the embedded defaults, whatever broker this run has."""
    previous = app.conf.task_always_eager
    app.conf.task_always_eager = True
    yield
    app.conf.task_always_eager = previous


@pytest.mark.django_db
def test_it_stores_an_article_in_process(in_process_tasks):
    result = store_article_text_task.delay(
        text=TEXT, title="Returnees", url="https://news.example.org/r", published="2016-03-01"
    )
    article = Article.objects.get(pk=result.get())
    assert article.title == "Returnees"
    assert str(article.published) == "2016-03-01"


@pytest.mark.django_db
def test_it_queues_the_task_only_after_commit(in_process_tasks, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        store_article_text_task.delay_on_commit(text=TEXT)
        assert Article.objects.count() == 0
    assert len(callbacks) == 1
    callbacks[0]()
    assert Article.objects.filter(text=TEXT).count() == 1


@pytest.mark.django_db
def test_it_fails_on_a_malformed_date_without_storing(in_process_tasks):
    result = store_article_text_task.delay(text=TEXT, published="29 May")
    assert result.failed()
    with pytest.raises(ValueError):
        result.get()
    assert Article.objects.count() == 0


def database_url_for_worker() -> str:
    """The URL of the test database this process uses, so the worker writes where the test reads."""
    db = connection.settings_dict
    password = f":{db['PASSWORD']}" if db.get("PASSWORD") else ""
    return f"postgres://{db['USER']}{password}@{db['HOST'] or '127.0.0.1'}:{db['PORT'] or 5432}/{db['NAME']}"


@pytest.fixture
def celery_worker_process(tmp_path, require_service):
    """A real Celery worker in its own process, on a queue of its own, started when the test asks.

    Yields (queue, start); start() returns the path of the worker's log.
    """
    require_service(
        bool(settings.CELERY_BROKER_URL), "CELERY_BROKER_URL is not set: no broker to run a worker on"
    )
    require_service(connection.vendor == "postgresql", "a worker process cannot share a SQLite test database")
    queue = f"ctwatch-test-{uuid.uuid4().hex[:12]}"
    processes = []

    def start() -> Path:
        log = tmp_path / f"worker-{len(processes)}.log"
        env = {
            **os.environ,
            "DATABASE_URL": database_url_for_worker(),
            "CELERY_BROKER_URL": settings.CELERY_BROKER_URL,
        }
        command = [
            sys.executable, "-m", "celery", "-A", "ctwatch", "worker", "--pool=prefork", "--concurrency=1",
            "-Q", queue, "--without-gossip", "--without-mingle", "--loglevel=INFO",
        ]  # fmt: skip
        with log.open("wb") as out:
            processes.append(
                subprocess.Popen(command, cwd=ROOT, env=env, stdout=out, stderr=subprocess.STDOUT)
            )
        return log

    yield queue, start
    for process in processes:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
    redis.Redis.from_url(settings.CELERY_BROKER_URL).delete(queue)


def wait_for(condition, timeout: float = 60.0) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.2)
    return False


@pytest.mark.worker
@pytest.mark.django_db(transaction=True)
def test_it_stores_an_article_through_a_real_worker(celery_worker_process):
    queue, start_worker = celery_worker_process
    broker = redis.Redis.from_url(settings.CELERY_BROKER_URL)
    with transaction.atomic():
        for url in ("https://news.example.org/r?utm_source=feed", "https://news.example.org/r#top"):
            store_article_text_task.apply_async_on_commit(
                kwargs={"text": TEXT, "title": "Returnees", "url": url, "published": "2016-03-01"},
                queue=queue,
            )
        assert broker.llen(queue) == 0, "queued before the transaction committed"
    assert broker.llen(queue) == 2

    log = start_worker()
    finished = wait_for(lambda: log.read_text(errors="replace").count(" succeeded in ") == 2)
    assert finished, f"the worker did not finish both tasks:\n{log.read_text(errors='replace')[-3000:]}"
    # Both deliveries name the same story: the second found the first instead of adding a row.
    article = Article.objects.get()
    assert article.url == "https://news.example.org/r"
    assert article.title == "Returnees"
    assert article.text == TEXT
    assert article.status == Article.Status.FETCHED
