"""Feeds: poll RSS and Atom feeds through our fetch choke point; new entries become pending articles."""

import datetime as dt
import logging

import feedparser
from django.db import transaction
from django.utils import timezone

from ctwatch.ingest.fetch import FEED_TYPES, FetchError, TransientFetchError, fetch
from ctwatch.ingest.models import Feed
from ctwatch.ingest.urls import InvalidURL, canonical_url
from ctwatch.statements.models import Article

logger = logging.getLogger(__name__)
# After failures, wait longer between polls, up to 2**5 poll intervals.
MAX_BACKOFF_EXPONENT = 5


def claim_due_feeds(now: dt.datetime | None = None) -> list[int]:
    """Ids of due feeds, each moved to its next poll time first, so a feed is handed out once per round
    even when two beats or a slow poll overlap: the conditional update decides who got it."""
    now = now or timezone.now()
    claimed = []
    for feed in Feed.objects.due(now).only("pk", "next_poll_at", "poll_interval"):
        moved = Feed.objects.filter(pk=feed.pk, next_poll_at=feed.next_poll_at).update(
            next_poll_at=now + feed.poll_interval
        )
        if moved:
            claimed.append(feed.pk)
    return claimed


def _entry_date(entry: feedparser.FeedParserDict) -> dt.date | None:
    parsed = entry.get("published_parsed") or entry.get("updated_parsed")
    if not parsed:
        return None
    # feedparser gives UTC as a time.struct_time.
    return dt.datetime(*parsed[:6], tzinfo=dt.UTC).date()


def _record_failure(feed: Feed, reason: str, now: dt.datetime) -> None:
    failures = feed.consecutive_failures + 1
    Feed.objects.filter(pk=feed.pk).update(
        last_polled_at=now,
        last_error=reason[:2000],
        consecutive_failures=failures,
        next_poll_at=now + feed.poll_interval * 2 ** min(failures, MAX_BACKOFF_EXPONENT),
    )


def poll_feed(feed: Feed, *, now: dt.datetime | None = None) -> list[int]:
    """Fetch the feed (a conditional GET) and store each entry not seen before as a pending article.

    Returns the ids of the new articles; an entry whose URL is already known is skipped, so an entry
    is queued once however often the feed is polled. Failures are recorded on the feed, never raised.
    """
    now = now or timezone.now()
    try:
        result = fetch(
            feed.url, accept=FEED_TYPES, etag=feed.etag or None, last_modified=feed.last_modified or None
        )
    except (FetchError, TransientFetchError) as error:
        _record_failure(feed, f"fetch failed: {error}", now)
        return []
    if result is None:  # 304 Not Modified
        Feed.objects.filter(pk=feed.pk).update(
            last_polled_at=now, next_poll_at=now + feed.poll_interval, last_error="", consecutive_failures=0
        )
        return []
    # Bytes, never a string: given a string that looks like a URL, feedparser would fetch it itself.
    parsed = feedparser.parse(result.body, sanitize_html=False, resolve_relative_uris=False)
    problem = ""
    if parsed.bozo and not isinstance(parsed.get("bozo_exception"), feedparser.CharacterEncodingOverride):
        # Broken XML: keep what feedparser could still read, and say so on the feed.
        problem = f"malformed feed: {parsed.get('bozo_exception', 'unknown error')}"
        if not parsed.entries:
            _record_failure(feed, problem, now)
            return []

    new_ids = []
    with transaction.atomic():
        for entry in parsed.entries:
            try:
                url = canonical_url(entry.get("link") or "")
            except InvalidURL:
                continue
            article, created = Article.objects.get_or_create(
                url=url,
                defaults={
                    "title": (entry.get("title") or "")[:500],
                    "published": _entry_date(entry),
                    "outlet": (parsed.feed.get("title") or "")[:200],
                    "ingested_via": Article.Via.FEED,
                    "feed": feed,
                },
            )
            if created:
                new_ids.append(article.pk)
        Feed.objects.filter(pk=feed.pk).update(
            title=feed.title or (parsed.feed.get("title") or "")[:300],
            etag=result.headers.get("etag", "")[:300],
            last_modified=result.headers.get("last-modified", "")[:100],
            last_polled_at=now,
            next_poll_at=now + feed.poll_interval,
            last_error=problem[:2000],
            consecutive_failures=0,
        )
    if problem:
        _record_failure(feed, problem, now)
    logger.info("feed %s: %d new entries", feed.pk, len(new_ids))
    return new_ids
