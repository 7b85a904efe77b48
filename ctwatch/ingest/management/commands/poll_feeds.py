from django.core.management.base import BaseCommand

from ctwatch.ingest.feeds import claim_due_feeds
from ctwatch.ingest.models import Feed
from ctwatch.ingest.submit import poll_feed_and_queue


class Command(BaseCommand):
    help = "Poll every due feed once and queue its new entries (what beat does every minute)."

    def add_arguments(self, parser) -> None:
        parser.add_argument(
            "--sync", action="store_true", help="process new entries here instead of queueing"
        )

    def handle(self, *args, sync: bool, **options) -> None:
        feed_ids = claim_due_feeds()
        new = 0
        for feed_id in feed_ids:
            new += len(poll_feed_and_queue(feed_id, run_now=sync))
        failing = Feed.objects.filter(pk__in=feed_ids).exclude(last_error="")
        for feed in failing:
            self.stderr.write(f"{feed.url}: {feed.last_error}")
        self.stdout.write(
            f"polled {len(feed_ids)} feeds: {new} new entries, {failing.count()} feeds with errors"
        )
