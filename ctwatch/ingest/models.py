import datetime as dt

from django.db import models
from django.db.models import Q
from django.utils import timezone

from ctwatch.statements.models import TimeStamped


class FeedQuerySet(models.QuerySet):
    def due(self, now: dt.datetime | None = None) -> "FeedQuerySet":
        """Enabled feeds whose next poll time has come (or that were never polled)."""
        now = now or timezone.now()
        return self.filter(Q(next_poll_at__isnull=True) | Q(next_poll_at__lte=now), enabled=True)


class Feed(TimeStamped):
    """An RSS or Atom feed whose new entries are ingested as articles."""

    url = models.URLField("feed URL", max_length=2000, unique=True)
    title = models.CharField(max_length=300, blank=True, default="")
    poll_interval = models.DurationField(default=dt.timedelta(hours=1))
    enabled = models.BooleanField(default=True)
    # Conditional GET: the server answers 304 when nothing changed since these.
    etag = models.CharField(max_length=300, blank=True, default="")
    last_modified = models.CharField(max_length=100, blank=True, default="")
    last_polled_at = models.DateTimeField(null=True, blank=True)
    next_poll_at = models.DateTimeField(null=True, blank=True, db_index=True)
    last_error = models.TextField(blank=True, default="")
    consecutive_failures = models.PositiveIntegerField(default=0)

    objects = FeedQuerySet.as_manager()

    class Meta:
        ordering = ["title", "url"]

    def __str__(self) -> str:
        return self.title or self.url
