import re
import statistics
import tempfile
import time
import uuid
from collections import Counter
from io import StringIO
from pathlib import Path

import redis
from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.db import connection
from tqdm import tqdm

from ctwatch.celery import app
from ctwatch.ingest.synthetic import write_articles
from ctwatch.ingest.workers import WorkerProcess
from ctwatch.statements.models import Article

TASK_TIME = re.compile(r" succeeded in ([0-9.]+)s")
FINISHED = (Article.Status.EXTRACTED, Article.Status.DUPLICATE, Article.Status.FAILED)


class Command(BaseCommand):
    help = (
        "Benchmark ingestion: write N synthetic article files, ingest them through a real Celery worker "
        "(2 processes) into PostgreSQL via Redis, and print articles per second."
    )

    def add_arguments(self, parser) -> None:
        parser.add_argument("--articles", type=int, default=1000)
        parser.add_argument("--concurrency", type=int, default=2)
        parser.add_argument("--timeout", type=float, default=600.0, help="give up after this many seconds")

    def handle(self, *args, articles: int, concurrency: int, timeout: float, **options) -> None:
        if settings.CELERY_TASK_ALWAYS_EAGER:
            raise CommandError(
                "set CELERY_BROKER_URL (e.g. redis://127.0.0.1:6379/0): the benchmark needs a broker"
            )
        if connection.vendor != "postgresql":
            raise CommandError("set DATABASE_URL to a PostgreSQL database: the benchmark measures PostgreSQL")
        # A fresh seed each run, so the articles are new to the database and not deduplicated away.
        seed = time.time_ns() % 1_000_000_007
        queue = f"ctwatch-bench-{uuid.uuid4().hex[:8]}"
        with tempfile.TemporaryDirectory(prefix="ctwatch-bench-") as scratch:
            folder = Path(scratch) / "articles"
            write_articles(folder, articles, seed=seed)
            worker = WorkerProcess(
                queue=queue, log=Path(scratch) / "worker.log", concurrency=concurrency
            ).start()
            try:
                if not worker.wait_ready():
                    raise CommandError(f"the worker did not start:\n{worker.log.read_text()[-2000:]}")
                app.conf.task_default_queue = queue
                elapsed, statuses = self.ingest(folder, articles, timeout)
                task_seconds = [float(t) for t in TASK_TIME.findall(worker.log.read_text(errors="replace"))]
            finally:
                worker.stop()
                redis.Redis.from_url(settings.CELERY_BROKER_URL).delete(queue)
        done = sum(statuses.values())
        summary = ", ".join(f"{n} {status}" for status, n in sorted(statuses.items()))
        if task_seconds:
            summary += f"; median task {statistics.median(task_seconds) * 1000:.0f} ms in the worker"
        self.stdout.write(
            f"ingested {done} of {articles} articles in {elapsed:.1f} s: {done / elapsed:.1f} articles/s "
            f"(files -> Redis -> worker with {concurrency} processes -> PostgreSQL; {summary})"
        )
        if done < articles:
            raise CommandError(f"only {done} of {articles} articles finished within {timeout:.0f} s")

    @staticmethod
    def ingest(folder: Path, articles: int, timeout: float) -> tuple[float, Counter]:
        started = time.monotonic()
        first_id = (Article.objects.order_by("-pk").values_list("pk", flat=True).first() or 0) + 1
        call_command("ingest", str(folder), stdout=StringIO())
        mine = Article.objects.filter(pk__gte=first_id, ingested_via=Article.Via.FILE)
        with tqdm(total=articles, desc="processed", unit="article", disable=None) as progress:
            finished = 0
            while finished < articles and time.monotonic() - started < timeout:
                time.sleep(0.25)
                now = mine.filter(status__in=FINISHED).count()
                progress.update(now - finished)
                finished = now
        elapsed = time.monotonic() - started
        return elapsed, Counter(mine.filter(status__in=FINISHED).values_list("status", flat=True))
