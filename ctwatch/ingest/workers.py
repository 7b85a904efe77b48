"""Run a real Celery worker in a child process, for the worker tests and the ingestion benchmark."""

import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

from django.conf import settings
from django.db import connection

ROOT = Path(__file__).resolve().parents[2]


def database_url_for_worker() -> str:
    """The URL of the database this process uses now (the test database, in tests)."""
    db = connection.settings_dict
    password = f":{db['PASSWORD']}" if db.get("PASSWORD") else ""
    return f"postgres://{db['USER']}{password}@{db['HOST'] or '127.0.0.1'}:{db['PORT'] or 5432}/{db['NAME']}"


class WorkerProcess:
    """`celery worker` on its own queue, logging to a file, in a process group of its own to kill it whole.

    With `beat`, the worker also runs the periodic tasks (celery's -B), for tests of what beat does.
    """

    def __init__(
        self,
        *,
        queue: str,
        log: Path,
        concurrency: int = 2,
        beat: bool = False,
        env: dict[str, str] | None = None,
    ) -> None:
        self.queue, self.log, self.concurrency, self.beat = queue, log, concurrency, beat
        self.env = {
            **os.environ,
            "DATABASE_URL": database_url_for_worker(),
            "CELERY_BROKER_URL": settings.CELERY_BROKER_URL,
            # Tasks the worker itself queues (beat's, retries) go to its queue too.
            "CELERY_TASK_DEFAULT_QUEUE": queue,
            **(env or {}),
        }
        self.process: subprocess.Popen | None = None

    def start(self) -> "WorkerProcess":
        command = [
            sys.executable, "-m", "celery", "-A", "ctwatch", "worker", "--pool=prefork",
            f"--concurrency={self.concurrency}", "-Q", self.queue, "--without-gossip", "--without-mingle",
            "--without-heartbeat", "--loglevel=INFO",
        ]  # fmt: skip
        if self.beat:
            command += ["--beat", f"--schedule={self.log.with_suffix('.beat-schedule')}"]
        with self.log.open("ab") as out:
            self.process = subprocess.Popen(
                command, cwd=ROOT, env=self.env, stdout=out, stderr=subprocess.STDOUT, start_new_session=True
            )
        return self

    def wait_ready(self, timeout: float = 60.0) -> bool:
        return wait_until(lambda: " ready." in self.log.read_text(errors="replace"), timeout)

    def children(self) -> list[int]:
        """Pool process ids (from /proc: the children of the worker's main process)."""
        path = Path(f"/proc/{self.process.pid}/task/{self.process.pid}/children")
        return [int(pid) for pid in path.read_text().split()] if path.exists() else []

    def kill(self) -> None:
        """SIGKILL the main process and its pool at once, as a crash or an out-of-memory kill would."""
        os.killpg(self.process.pid, signal.SIGKILL)
        self.process.wait()

    def stop(self) -> None:
        if self.process is None or self.process.poll() is not None:
            return
        os.killpg(self.process.pid, signal.SIGTERM)
        try:
            self.process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.kill()


def wait_until(condition: Callable[[], bool], timeout: float = 60.0, interval: float = 0.2) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(interval)
    return condition()
