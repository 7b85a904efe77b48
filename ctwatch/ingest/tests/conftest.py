"""Ingestion test fixtures: a small web site on 127.0.0.1, and real Celery workers on a queue of their own."""

import contextlib
import threading
import uuid
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
import redis
from django.conf import settings
from django.db import connection

from ctwatch.celery import app
from ctwatch.ingest.workers import WorkerProcess


@dataclass
class Page:
    body: bytes
    content_type: str = "text/html; charset=utf-8"
    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)


class LocalSite(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.pages: dict[str, Page] = {}
        self.requests: list[tuple[str, dict[str, str]]] = []

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}{path}"


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.0"
    server: LocalSite

    def log_message(self, format: str, *args: object) -> None:
        pass

    def do_GET(self) -> None:
        headers = {name.lower(): value for name, value in self.headers.items()}
        self.server.requests.append((self.path, headers))
        page = self.server.pages.get(self.path, Page(b"<p>not here</p>", status=404))
        etag = page.headers.get("ETag")
        if etag and headers.get("if-none-match") == etag:
            self.send_response(304)
            self.end_headers()
            return
        self.send_response(page.status)
        self.send_header("Content-Type", page.content_type)
        for name, value in page.headers.items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(page.body)))
        self.end_headers()
        # The client may stop reading early, as the size cap makes it do.
        with contextlib.suppress(BrokenPipeError, ConnectionResetError):
            self.wfile.write(page.body)


@pytest.fixture
def local_site(settings):
    site = LocalSite()
    thread = threading.Thread(target=site.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    settings.INGEST_ALLOWED_PRIVATE_HOSTS = [f"127.0.0.1:{site.server_address[1]}"]
    yield site
    site.shutdown()
    site.server_close()


@pytest.fixture(autouse=True)
def in_process_tasks(request):
    """Queued tasks run in-process, as on the embedded defaults, whatever broker this run has; tests marked
    `worker` are the exception: they send tasks through the broker to real workers."""
    if request.node.get_closest_marker("worker"):
        yield
        return
    previous = app.conf.task_always_eager
    app.conf.task_always_eager = True
    yield
    app.conf.task_always_eager = previous


@pytest.fixture
def worker_queue(require_service, tmp_path):
    """A queue of this test's own, for workers it starts with start_worker(); all are stopped afterwards."""
    require_service(
        not settings.CELERY_TASK_ALWAYS_EAGER, "CELERY_BROKER_URL is not set: no broker for a worker"
    )
    require_service(connection.vendor == "postgresql", "a worker process cannot share a SQLite test database")
    queue = f"ctwatch-test-{uuid.uuid4().hex[:12]}"
    previous_default = app.conf.task_default_queue
    app.conf.task_default_queue = queue
    workers: list[WorkerProcess] = []

    def start_worker(concurrency: int = 1, *, beat: bool = False, **env: str) -> WorkerProcess:
        log = tmp_path / f"worker-{len(workers)}.log"
        worker = WorkerProcess(queue=queue, log=log, concurrency=concurrency, beat=beat, env=env)
        workers.append(worker.start())
        return workers[-1]

    yield queue, start_worker
    app.conf.task_default_queue = previous_default
    for worker in workers:
        worker.stop()
    redis.Redis.from_url(settings.CELERY_BROKER_URL).delete(queue)
