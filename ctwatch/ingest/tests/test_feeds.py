import datetime as dt

import pytest
from django.utils import timezone

from ctwatch.ingest.feeds import claim_due_feeds, poll_feed
from ctwatch.ingest.models import Feed
from ctwatch.ingest.submit import poll_feed_and_queue
from ctwatch.ingest.tests.conftest import Page
from ctwatch.statements.models import Article

pytestmark = pytest.mark.django_db

STORY = (
    "<html><body><article><h1>Envoy: fighters keep coming</h1><p>More than 25,000 foreign terrorist "
    "fighters from over 100 countries have joined the Islamic State, the envoy Maria Exampleton told "
    "reporters on Tuesday. She said the flow had slowed since last year but had not stopped, and that "
    "governments should share passenger data.</p></article></body></html>"
)


def rss(site, *paths: str) -> bytes:
    items = "".join(
        f"<item><title>Story {path}</title><link>{site.url(path)}?utm_source=rss</link>"
        f"<pubDate>Tue, 01 Mar 2016 10:00:00 GMT</pubDate></item>"
        for path in paths
    )
    channel = f"<channel><title>Wire</title>{items}</channel>"
    return f'<?xml version="1.0"?><rss version="2.0">{channel}</rss>'.encode()


def atom(site, *paths: str) -> bytes:
    entries = "".join(
        f'<entry><title>Story {path}</title><link href="{site.url(path)}"/><id>{path}</id>'
        f"<updated>2016-03-01T10:00:00Z</updated></entry>"
        for path in paths
    )
    return (
        '<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">'
        f"<title>Atom wire</title><id>urn:wire</id><updated>2016-03-01T10:00:00Z</updated>{entries}</feed>"
    ).encode()


def test_it_turns_new_rss_entries_into_pending_articles(local_site):
    local_site.pages["/feed.xml"] = Page(
        rss(local_site, "/a", "/b"), "application/rss+xml", headers={"ETag": '"1"'}
    )
    feed = Feed.objects.create(url=local_site.url("/feed.xml"))
    new_ids = poll_feed(feed)
    articles = Article.objects.filter(pk__in=new_ids).order_by("url")
    assert [a.url for a in articles] == [local_site.url("/a"), local_site.url("/b")]
    assert {a.status for a in articles} == {Article.Status.PENDING}
    assert {a.published for a in articles} == {dt.date(2016, 3, 1)}
    assert all(a.feed == feed and a.ingested_via == Article.Via.FEED for a in articles)
    feed.refresh_from_db()
    assert (feed.title, feed.etag, feed.last_error) == ("Wire", '"1"', "")
    assert feed.next_poll_at > timezone.now()


def test_it_reads_atom_feeds(local_site):
    local_site.pages["/atom.xml"] = Page(atom(local_site, "/x"), "application/atom+xml")
    new_ids = poll_feed(Feed.objects.create(url=local_site.url("/atom.xml")))
    assert Article.objects.get(pk__in=new_ids).url == local_site.url("/x")


def test_it_asks_conditionally_and_queues_each_entry_once(local_site, django_capture_on_commit_callbacks):
    local_site.pages["/feed.xml"] = Page(
        rss(local_site, "/a"), "application/rss+xml", headers={"ETag": '"1"'}
    )
    local_site.pages["/a"] = Page(STORY.encode())
    local_site.pages["/b"] = Page(STORY.replace("25,000", "30,000").replace("Tuesday", "Friday").encode())
    feed = Feed.objects.create(url=local_site.url("/feed.xml"))

    with django_capture_on_commit_callbacks(execute=True) as queued:
        assert len(poll_feed_and_queue(feed.pk)) == 1
    assert len(queued) == 1
    with django_capture_on_commit_callbacks(execute=True) as queued:
        assert poll_feed_and_queue(feed.pk) == []  # 304 Not Modified
    assert queued == []
    assert local_site.requests[-1][1]["if-none-match"] == '"1"'

    local_site.pages["/feed.xml"] = Page(
        rss(local_site, "/a", "/b"), "application/rss+xml", headers={"ETag": '"2"'}
    )
    with django_capture_on_commit_callbacks(execute=True) as queued:
        new_ids = poll_feed_and_queue(feed.pk)
    assert len(new_ids) == 1 and len(queued) == 1
    assert Article.objects.count() == 2
    assert set(Article.objects.values_list("status", flat=True)) == {Article.Status.EXTRACTED}
    assert [path for path, _ in local_site.requests].count("/a") == 1


def test_it_records_a_broken_feed_and_backs_off(local_site):
    local_site.pages["/broken.xml"] = Page(b"<rss><channel><item><title>unclosed", "application/rss+xml")
    feed = Feed.objects.create(url=local_site.url("/broken.xml"), poll_interval=dt.timedelta(minutes=10))
    assert poll_feed(feed) == []
    feed.refresh_from_db()
    assert "malformed feed" in feed.last_error
    assert feed.consecutive_failures == 1
    assert feed.next_poll_at >= timezone.now() + dt.timedelta(minutes=19)
    assert not Article.objects.exists()


def test_it_records_an_unreachable_feed(local_site):
    feed = Feed.objects.create(url=local_site.url("/gone.xml"))
    assert poll_feed(feed) == []
    feed.refresh_from_db()
    assert "404" in feed.last_error


def test_it_hands_out_a_due_feed_once():
    now = timezone.now()
    due = Feed.objects.create(
        url="https://news.example.org/due.xml", next_poll_at=now - dt.timedelta(minutes=1)
    )
    Feed.objects.create(url="https://news.example.org/later.xml", next_poll_at=now + dt.timedelta(minutes=5))
    Feed.objects.create(url="https://news.example.org/off.xml", enabled=False)
    assert claim_due_feeds(now) == [due.pk]
    assert claim_due_feeds(now) == []
