from collections import Counter
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db.models import Count
from tqdm import tqdm

from ctwatch.ingest import submit
from ctwatch.ingest.files import article_paths, read_article_file
from ctwatch.ingest.urls import InvalidURL
from ctwatch.statements.models import Article

MAX_LISTED_FAILURES = 20


class Command(BaseCommand):
    help = "Ingest articles from URLs, files (.txt, .html, corpus .json) and folders, and register feeds."

    def add_arguments(self, parser) -> None:
        parser.add_argument("sources", nargs="*", metavar="URL|FILE|DIR")
        parser.add_argument(
            "--feed", action="append", default=[], metavar="URL", help="register and poll a feed"
        )
        parser.add_argument(
            "--sync", action="store_true", help="process here and now instead of queueing tasks"
        )

    def handle(self, *args, sources: list[str], feed: list[str], sync: bool, **options) -> None:
        if not sources and not feed:
            raise CommandError("nothing to ingest: give URLs, files or folders, or --feed URL")
        in_process = sync or settings.CELERY_TASK_ALWAYS_EAGER
        items = self.expand(sources)
        outcomes: Counter[str] = Counter()
        failures: list[str] = []
        new_ids: list[int] = []
        for item in tqdm(items, desc="ingest", unit="article", disable=None, dynamic_ncols=True):
            if isinstance(item, Path):
                submission = submit.submit_file(read_article_file(item), run_now=sync)
            else:
                submission = submit.submit_url(item, run_now=sync)
            self.tally(str(item), submission, outcomes, failures, new_ids)
        for url in feed:
            self.ingest_feed(url, sync, outcomes, failures, new_ids)

        self.stdout.write(self.summary(outcomes, new_ids, in_process))
        for line in failures[:MAX_LISTED_FAILURES]:
            self.stderr.write(f"failed: {line}")
        if len(failures) > MAX_LISTED_FAILURES:
            self.stderr.write(f"... and {len(failures) - MAX_LISTED_FAILURES} more failures (see the admin)")
        if failures:
            raise CommandError(f"{len(failures)} of {sum(outcomes.values())} inputs failed")

    @staticmethod
    def expand(sources: list[str]) -> list[Path | str]:
        """URLs as they are; files and folders as the article files in them."""
        items: list[Path | str] = []
        for source in sources:
            if "://" in source:
                items.append(source)
            elif Path(source).is_dir():
                items.extend(article_paths(Path(source)))
            else:
                items.append(Path(source))
        return items

    @staticmethod
    def tally(label, submission, outcomes, failures, new_ids) -> None:
        article = submission.article
        if article is not None:
            # In-process runs have finished by now: the status says how it went.
            article.refresh_from_db(fields=["status", "failure_reason"])
        if article is not None and article.status == Article.Status.FAILED:
            outcome, reason = submit.Outcome.FAILED, article.failure_reason
        elif article is not None and article.status == Article.Status.DUPLICATE:
            outcome, reason = submit.Outcome.DUPLICATE, ""
        else:
            outcome, reason = submission.outcome, submission.reason
        outcomes[outcome] += 1
        if outcome == submit.Outcome.FAILED:
            failures.append(f"{label}: {reason}")
        elif outcome == submit.Outcome.NEW:
            new_ids.append(article.pk)

    def ingest_feed(self, url, sync, outcomes, failures, new_ids) -> None:
        try:
            registered, _ = submit.submit_feed(url)
        except InvalidURL as error:
            outcomes[submit.Outcome.FAILED] += 1
            failures.append(f"{url}: {error}")
            return
        ids = submit.poll_feed_and_queue(registered.pk, run_now=sync)
        registered.refresh_from_db()
        if registered.last_error:
            outcomes[submit.Outcome.FAILED] += 1
            failures.append(f"feed {url}: {registered.last_error}")
        for article in Article.objects.filter(pk__in=ids):
            self.tally(
                article.url, submit.Submission(submit.Outcome.NEW, article), outcomes, failures, new_ids
            )

    @staticmethod
    def summary(outcomes: Counter, new_ids: list[int], in_process: bool) -> str:
        counts = (
            f"{outcomes[submit.Outcome.NEW]} new, {outcomes[submit.Outcome.DUPLICATE]} duplicate, "
            f"{outcomes[submit.Outcome.FAILED]} failed"
        )
        if not in_process:
            return f"{counts}; {len(new_ids)} queued: claims and statements appear as workers finish"
        found = Article.objects.filter(pk__in=new_ids).aggregate(
            claims=Count("claims", distinct=True), statements=Count("statements", distinct=True)
        )
        return f"{counts}; {found['claims']} claims and {found['statements']} statements found"
