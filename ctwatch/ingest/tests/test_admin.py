import pytest
from django.urls import reverse

from ctwatch.ingest.models import Feed
from ctwatch.ingest.tests.conftest import Page
from ctwatch.statements.models import Article

pytestmark = pytest.mark.django_db
TEXT = (
    "More than 25,000 foreign terrorist fighters from over 100 countries have joined the Islamic State, "
    "the envoy Maria Exampleton told reporters on Tuesday."
)


def test_it_shows_the_add_sources_page(admin_client):
    response = admin_client.get(reverse("admin:ingest_add_sources"))
    assert response.status_code == 200
    assert b"Article URLs" in response.content
    changelist = admin_client.get(reverse("admin:statements_article_changelist"))
    assert reverse("admin:ingest_add_sources").encode() in changelist.content


def test_it_ingests_pasted_text_from_the_admin(admin_client, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        response = admin_client.post(
            reverse("admin:ingest_add_sources"), {"text": TEXT, "title": "Envoy", "published": "2016-03-01"}
        )
    assert response.status_code == 302
    article = Article.objects.get()
    assert article.ingested_via == Article.Via.TEXT
    assert article.status == Article.Status.EXTRACTED
    assert article.claims.filter(value=25000).exists()


def test_it_queues_urls_and_registers_a_feed_from_the_admin(
    admin_client, local_site, django_capture_on_commit_callbacks
):
    local_site.pages["/a"] = Page(f"<html><body><article><p>{TEXT}</p></article></body></html>".encode())
    with django_capture_on_commit_callbacks(execute=True) as queued:
        admin_client.post(
            reverse("admin:ingest_add_sources"),
            {
                "urls": f"{local_site.url('/a')}\n\n{local_site.url('/a')}#again",
                "feed_url": "https://news.example.org/rss",
            },
        )
    assert len(queued) == 1
    assert Article.objects.get().status == Article.Status.EXTRACTED
    assert Feed.objects.get().url == "https://news.example.org/rss"


def test_it_refuses_an_empty_or_bad_submission(admin_client):
    response = admin_client.post(reverse("admin:ingest_add_sources"), {})
    assert b"Give at least one article URL" in response.content
    response = admin_client.post(reverse("admin:ingest_add_sources"), {"urls": "ftp://example.org/x"})
    assert b"Not http(s) URLs" in response.content
    assert not Article.objects.exists()


def test_it_keeps_non_staff_out_of_the_add_sources_page(client, django_user_model):
    user = django_user_model.objects.create_user("reader", password="pw-reader-123")
    client.force_login(user)
    response = client.get(reverse("admin:ingest_add_sources"))
    assert response.status_code == 302
    assert "/admin/login/" in response["Location"]


def test_it_retries_failed_articles(admin_client, local_site, django_capture_on_commit_callbacks):
    article = Article.objects.create(
        url=local_site.url("/late"), status=Article.Status.FAILED, failure_reason="fetch failed: 503"
    )
    local_site.pages["/late"] = Page(f"<html><body><article><p>{TEXT}</p></article></body></html>".encode())
    with django_capture_on_commit_callbacks(execute=True):
        admin_client.post(
            reverse("admin:statements_article_changelist"),
            {"action": "retry", "_selected_action": [article.pk]},
        )
    article.refresh_from_db()
    assert article.status == Article.Status.EXTRACTED
    assert article.failure_reason == ""


def test_it_lists_articles_with_their_failure_reason(admin_client, django_assert_max_num_queries):
    for n in range(5):
        Article.objects.create(
            url=f"https://news.example.org/{n}", status=Article.Status.FAILED, failure_reason=f"404 {n}"
        )
    with django_assert_max_num_queries(10):
        response = admin_client.get(
            reverse("admin:statements_article_changelist"), {"status__exact": "failed"}
        )
    assert response.content.count(b"404 ") == 5


def test_it_lists_feeds_and_polls_them_on_request(admin_client):
    feed = Feed.objects.create(url="https://news.example.org/rss", last_error="malformed feed")
    response = admin_client.get(reverse("admin:ingest_feed_changelist"))
    assert b"malformed feed" in response.content
    admin_client.post(
        reverse("admin:ingest_feed_changelist"), {"action": "poll_now", "_selected_action": [feed.pk]}
    )
    feed.refresh_from_db()
    assert feed.next_poll_at is None
