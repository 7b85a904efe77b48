import pytest

from ctwatch.ingest.urls import InvalidURL, canonical_url


@pytest.mark.parametrize(
    ("url", "canonical"),
    [
        ("HTTPS://News.Example.ORG/a/b?id=3#comments", "https://news.example.org/a/b?id=3"),
        (
            "https://news.example.org/a?utm_source=tw&utm_medium=social&id=3",
            "https://news.example.org/a?id=3",
        ),
        ("https://news.example.org/a?fbclid=abc&gclid=def", "https://news.example.org/a"),
        ("http://news.example.org:80/a", "http://news.example.org/a"),
        ("https://news.example.org:8443/a", "https://news.example.org:8443/a"),
        ("https://news.example.org", "https://news.example.org/"),
        ("https://[2001:db8::1]/a", "https://[2001:db8::1]/a"),
    ],
)
def test_it_canonicalizes_urls(url, canonical):
    assert canonical_url(url) == canonical


@pytest.mark.parametrize(
    "url", ["ftp://example.org/a", "file:///etc/passwd", "not a url", "https://", "http://x:99999/"]
)
def test_it_refuses_what_is_not_an_http_url(url):
    with pytest.raises(InvalidURL):
        canonical_url(url)
