"""Hostile inputs end as a clear `failed` status or a clean article: never a crash, never a stuck article."""

import pytest

from ctwatch.ingest.files import read_article_file
from ctwatch.ingest.submit import Outcome, submit_file, submit_url
from ctwatch.ingest.tests.conftest import Page
from ctwatch.statements.models import Article

pytestmark = pytest.mark.django_db

PARAGRAPH = (
    "More than 25,000 foreign terrorist fighters from over 100 countries have joined the Islamic State, "
    "the envoy Maria Exampleton told reporters on Tuesday, adding that the flow had slowed."
)


def ingest_page(site, page: Page) -> Article:
    site.pages["/page"] = page
    submission = submit_url(site.url("/page"), run_now=True)
    assert submission.outcome == Outcome.NEW
    submission.article.refresh_from_db()
    return submission.article


def test_it_fails_binary_bytes_served_as_html(local_site):
    article = ingest_page(local_site, Page(bytes(range(256)) * 64))
    assert article.status == Article.Status.FAILED
    assert "binary" in article.failure_reason


def test_it_fails_a_body_that_is_not_a_page(local_site):
    article = ingest_page(local_site, Page(b"\x89PNG\r\n\x1a\n" + bytes(512), content_type="image/png"))
    assert article.status == Article.Status.FAILED
    assert "image/png" in article.failure_reason


def test_it_reads_invalid_encodings_as_a_clean_article(local_site):
    body = f"<html><body><p>{PARAGRAPH} Caf\xe9 \xff\xfe.</p></body></html>".encode("latin-1")
    article = ingest_page(local_site, Page(body, content_type="text/html; charset=utf-8"))
    assert article.status == Article.Status.EXTRACTED
    assert "25,000 foreign terrorist fighters" in article.text


def test_it_fails_a_50_megabyte_body(local_site):
    article = ingest_page(local_site, Page(b"<p>" + b"a" * (50 * 1024 * 1024) + b"</p>"))
    assert article.status == Article.Status.FAILED
    assert "more than the 5242880 allowed" in article.failure_reason


def test_it_survives_deeply_nested_html(local_site):
    depth = 5000
    body = ("<div>" * depth + f"<p>{PARAGRAPH}</p>" + "</div>" * depth).encode()
    article = ingest_page(local_site, Page(body))
    assert article.status in (Article.Status.EXTRACTED, Article.Status.FAILED)
    if article.status == Article.Status.FAILED:
        assert article.failure_reason


def test_it_keeps_scripts_and_event_handlers_out_of_the_text(local_site):
    body = (
        "<html><head><script>alert('head')</script><style>p{color:red}</style></head><body>"
        f'<article><p onclick="steal()">{PARAGRAPH}</p><img src=x onerror="alert(\'img\')">'
        "<script>document.write('injected text')</script><p>The council will meet again in June to review "
        "the list of measures.</p></article></body></html>"
    ).encode()
    article = ingest_page(local_site, Page(body))
    assert article.status == Article.Status.EXTRACTED
    for fragment in ("alert", "steal()", "onerror", "onclick", "injected text", "color:red", "<"):
        assert fragment not in article.text


def test_it_fails_an_empty_page(local_site):
    article = ingest_page(local_site, Page(b"<html><head><title>x</title></head><body></body></html>"))
    assert article.status == Article.Status.FAILED
    assert "not an article" in article.failure_reason


def test_it_fails_a_missing_page_without_retrying(local_site):
    local_site.pages["/page"] = Page(b"<p>gone</p>", status=404)
    article = submit_url(local_site.url("/page"), run_now=True).article
    article.refresh_from_db()
    assert article.status == Article.Status.FAILED
    assert "404" in article.failure_reason
    assert len(local_site.requests) == 1


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        ("binary.txt", bytes(range(256)) * 16, "binary"),
        ("broken.json", b'{"text": "unterminated', "not valid JSON"),
        ("list.json", b'["not", "an", "article"]', "expected an object with a 'text' string"),
        ("empty.txt", b"", "no text"),
        ("image.png", b"\x89PNG", "unsupported file type"),
    ],
)
def test_it_records_a_file_that_cannot_be_an_article(tmp_path, name, content, reason):
    path = tmp_path / name
    path.write_bytes(content)
    submission = submit_file(read_article_file(path))
    assert submission.outcome == Outcome.FAILED
    assert reason in submission.reason
    assert submission.article.status == Article.Status.FAILED
    assert submission.article.source_file == str(path)
    # Trying again records the same failure, not a second row.
    submit_file(read_article_file(path))
    assert Article.objects.filter(source_file=str(path)).count() == 1


def test_it_refuses_a_file_over_the_size_limit(tmp_path):
    path = tmp_path / "huge.txt"
    path.write_bytes(b"word " * (1024 * 1024 + 10))
    submission = submit_file(read_article_file(path))
    assert submission.outcome == Outcome.FAILED
    assert "too large" in submission.reason
