"""The HTTP choke point: what it fetches, what it refuses, and how it fails, against a server on 127.0.0.1.

The local server is exempt from the address guard through INGEST_ALLOWED_PRIVATE_HOSTS, by its exact
host:port only, so a redirect from it to any other address is vetted like a first request.
"""

import contextlib
import gzip
import json
import shutil
import socket
import ssl
import subprocess
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from ipaddress import ip_address
from pathlib import Path
from urllib.parse import parse_qs, quote

import pytest

from ctwatch.ingest import fetch as fetch_module
from ctwatch.ingest.fetch import (
    FEED_TYPES,
    USER_AGENT,
    FetchError,
    RefusedAddress,
    TransientFetchError,
    fetch,
    is_public_address,
)

ARTICLE_HTML = (
    "<!DOCTYPE html><html><head><title>Returnees</title></head><body><p>Up to 5,000.</p></body></html>"
)
ETAG = '"v1"'
LAST_MODIFIED = "Tue, 01 Mar 2016 10:00:00 GMT"
RSS = b'<?xml version="1.0"?><rss version="2.0"><channel><title>News</title></channel></rss>'
PNG = b"\x89PNG\r\n\x1a\n" + bytes(64)
GZIP_BOMB = gzip.compress(bytes(16 * 1024 * 1024), compresslevel=9)  # 16 MiB of zeros in ~16 KB


class _Handler(BaseHTTPRequestHandler):
    # HTTP/1.0: one request per connection, and a body may simply end when the connection closes.
    protocol_version = "HTTP/1.0"
    server: "_RecordingServer"

    def log_message(self, format: str, *args: object) -> None:
        pass

    def do_GET(self) -> None:
        self.server.requests.append(
            (self.path, {name.lower(): value for name, value in self.headers.items()})
        )
        path, _, query = self.path.partition("?")
        route = ROUTES.get(path) or next(
            (handler for prefix, handler in PREFIX_ROUTES.items() if path.startswith(prefix)), None
        )
        if route is None:
            self._respond(404, b"not here", content_type="text/html")
        else:
            route(self, path, parse_qs(query))

    def _respond(
        self, status: int, body: bytes, *, content_type: str | None, headers: dict[str, str] | None = None
    ) -> None:
        self.send_response(status)
        if content_type:
            self.send_header("Content-Type", content_type)
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def _stream(self, chunks: Iterator[bytes], *, headers: dict[str, str]) -> None:
        """A 200 without Content-Length; stops quietly when the client hangs up."""
        self.send_response(200)
        for name, value in headers.items():
            self.send_header(name, value)
        self.end_headers()
        with contextlib.suppress(BrokenPipeError, ConnectionResetError):
            for chunk in chunks:
                self.wfile.write(chunk)
                self.wfile.flush()


Route = Callable[[_Handler, str, dict[str, list[str]]], None]  # handler, path, query


def _article(handler: _Handler, path: str, query: dict[str, list[str]]) -> None:
    if (
        handler.headers.get("If-None-Match") == ETAG
        or handler.headers.get("If-Modified-Since") == LAST_MODIFIED
    ):
        handler._respond(304, b"", content_type=None, headers={"ETag": ETAG})
        return
    handler._respond(
        200,
        ARTICLE_HTML.encode(),
        content_type="text/html; charset=UTF-8",
        headers={"ETag": ETAG, "Last-Modified": LAST_MODIFIED},
    )


def _chain(handler: _Handler, path: str, query: dict[str, list[str]]) -> None:
    """/chain/N redirects N times, alternating 301 with a relative and 302 with an absolute Location."""
    remaining = int(path.rsplit("/", 1)[1])
    if remaining == 0:
        _article(handler, path, query)
    elif remaining % 2:
        handler._respond(301, b"", content_type=None, headers={"Location": f"{remaining - 1}"})
    else:
        host, port = handler.server.server_address[:2]
        location = f"http://{host}:{port}/chain/{remaining - 1}"
        handler._respond(302, b"", content_type=None, headers={"Location": location})


def _status(handler: _Handler, path: str, query: dict[str, list[str]]) -> None:
    handler._respond(int(path.rsplit("/", 1)[1]), b"<p>status</p>", content_type="text/html")


def _sleep_then(seconds: float, route: "Route") -> "Route":
    def slow(handler: _Handler, path: str, query: dict[str, list[str]]) -> None:
        time.sleep(seconds)
        with contextlib.suppress(BrokenPipeError, ConnectionResetError):
            route(handler, path, query)

    return slow


def _drip(handler: _Handler, path: str, query: dict[str, list[str]]) -> None:
    """One byte every 50 ms: each read is quick, the whole download is not."""

    def bytes_slowly() -> Iterator[bytes]:
        for _ in range(40):
            time.sleep(0.05)
            yield b"x"

    handler._stream(bytes_slowly(), headers={"Content-Type": "text/plain"})


ROUTES: dict[str, "Route"] = {
    "/article": _article,
    "/plain": lambda h, p, q: h._respond(
        200, "Café".encode("latin-1"), content_type="text/plain; charset=ISO-8859-1"
    ),
    "/feed": lambda h, p, q: h._respond(200, RSS, content_type="application/rss+xml"),
    "/untyped-html": lambda h, p, q: h._respond(200, ARTICLE_HTML.encode(), content_type=None),
    "/untyped-rss": lambda h, p, q: h._respond(200, RSS, content_type=None),
    "/untyped-binary": lambda h, p, q: h._respond(200, PNG, content_type=None),
    "/image": lambda h, p, q: h._respond(200, PNG, content_type="image/png"),
    "/redirect": lambda h, p, q: h._respond(302, b"", content_type=None, headers={"Location": q["to"][0]}),
    # Raw UTF-8 bytes in the header, as some servers send them; http.client reads them as Latin-1.
    "/redirect-utf8": lambda h, p, q: h._respond(
        302, b"", content_type=None, headers={"Location": "/café".encode().decode("latin-1")}
    ),
    "/caf%C3%A9": _article,
    "/loop": lambda h, p, q: h._respond(302, b"", content_type=None, headers={"Location": "/loop"}),
    "/redirect-without-location": lambda h, p, q: h._respond(302, b"", content_type=None),
    "/headers": lambda h, p, q: h._respond(
        200, json.dumps(dict(h.headers.items())).encode(), content_type="text/plain"
    ),
    "/gzip-article": lambda h, p, q: h._respond(
        200,
        gzip.compress(ARTICLE_HTML.encode()),
        content_type="text/html",
        headers={"Content-Encoding": "gzip"},
    ),
    "/gzip-bomb": lambda h, p, q: h._respond(
        200, GZIP_BOMB, content_type="text/html", headers={"Content-Encoding": "gzip"}
    ),
    "/brotli": lambda h, p, q: h._respond(
        200, b"\x0b\x02\x80hi\x03", content_type="text/html", headers={"Content-Encoding": "br"}
    ),
    # 6 MiB in 64 KiB pieces and no Content-Length: only counting the bytes can stop it.
    "/huge-streamed": lambda h, p, q: h._stream(
        (bytes(64 * 1024) for _ in range(96)), headers={"Content-Type": "text/html"}
    ),
    "/huge-announced": lambda h, p, q: h._stream(
        iter([b"<html>"]), headers={"Content-Type": "text/html", "Content-Length": str(10**10)}
    ),
    "/slow": _sleep_then(1.0, _article),
    "/drip": _drip,
}
PREFIX_ROUTES = {"/chain/": _chain, "/status/": _status}


class _RecordingServer(ThreadingHTTPServer):
    daemon_threads = True
    requests: list[tuple[str, dict[str, str]]]

    def handle_error(self, request: object, client_address: object) -> None:
        pass  # a client that hung up on purpose (timeouts, size caps) is not news


@dataclass
class LocalServer:
    server: _RecordingServer
    scheme: str = "http"
    host: str = "127.0.0.1"
    server_names: list[str | None] = field(default_factory=list)  # SNI names seen, for HTTPS

    @property
    def port(self) -> int:
        return self.server.server_address[1]

    @property
    def authority(self) -> str:
        return f"{self.host}:{self.port}"

    @property
    def requests(self) -> list[tuple[str, dict[str, str]]]:
        return self.server.requests

    def url(self, path: str) -> str:
        return f"{self.scheme}://{self.authority}{path}"


def _serve(ssl_context: ssl.SSLContext | None = None) -> Iterator[_RecordingServer]:
    server = _RecordingServer(("127.0.0.1", 0), _Handler)
    server.requests = []
    if ssl_context is not None:
        server.socket = ssl_context.wrap_socket(server.socket, server_side=True)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        yield server
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture(scope="module")
def _http_server() -> Iterator[LocalServer]:
    for server in _serve():
        yield LocalServer(server)


@pytest.fixture
def server(_http_server: LocalServer, settings) -> LocalServer:
    """The local HTTP server, exempt from the address guard by its exact host:port."""
    _http_server.requests.clear()
    settings.INGEST_ALLOWED_PRIVATE_HOSTS = [_http_server.authority]
    return _http_server


class FakeDns:
    """Answers for made-up host names; IP literals go to the real resolver, which answers them
    without the network; any other name fails, so no test asks a real DNS server."""

    def __init__(self) -> None:
        self.answers: dict[str, list[list[str]] | socket.gaierror] = {}
        self.lookups: list[str] = []
        self._real_getaddrinfo = socket.getaddrinfo

    def answer(self, host: str, *answers: list[str]) -> None:
        """Each lookup of `host` takes the next answer; the last one repeats."""
        self.answers[host] = list(answers)

    def fail(self, host: str, error: socket.gaierror) -> None:
        self.answers[host] = error

    def getaddrinfo(self, host: str, port: int, *args: object, **kwargs: object) -> list[tuple]:
        with contextlib.suppress(socket.gaierror):  # a numeric address needs no DNS server
            return self._real_getaddrinfo(host, port, type=socket.SOCK_STREAM, flags=socket.AI_NUMERICHOST)
        self.lookups.append(host)
        answers = self.answers.get(host)
        if answers is None:
            raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")
        if isinstance(answers, socket.gaierror):
            raise answers
        addresses = answers.pop(0) if len(answers) > 1 else answers[0]
        return [
            (socket.AF_INET6, socket.SOCK_STREAM, 6, "", (address, port, 0, 0))
            if ":" in address
            else (socket.AF_INET, socket.SOCK_STREAM, 6, "", (address, port))
            for address in addresses
        ]


@pytest.fixture(autouse=True)
def dns(monkeypatch) -> FakeDns:
    fake = FakeDns()
    monkeypatch.setattr(socket, "getaddrinfo", fake.getaddrinfo)
    return fake


@pytest.fixture
def connections(monkeypatch) -> list[tuple]:
    """Every address a socket connects to during the test (through the no-internet guard of conftest)."""
    attempts: list[tuple] = []
    guarded_connect = socket.socket.connect

    def recording_connect(sock: socket.socket, address: tuple) -> None:
        attempts.append(address)
        guarded_connect(sock, address)

    monkeypatch.setattr(socket.socket, "connect", recording_connect)
    return attempts


def _unused_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


# --- the address guard ---


@pytest.mark.parametrize(
    "url",
    [
        "file:///etc/passwd",
        "ftp://ftp.example.org/pub/file.txt",
        "gopher://example.org/1",
        "data:text/html,<p>hello</p>",
        "javascript:alert(1)",
        "example.org/no-scheme",
    ],
)
def test_it_refuses_schemes_other_than_http_and_https(url, connections):
    with pytest.raises(FetchError, match="only http and https"):
        fetch(url)
    assert connections == []


@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.1/",
        "http://127.1.2.3:8080/",
        "http://[::1]/",
        "http://169.254.169.254/latest/meta-data/",
        "http://[fd00:ec2::254]/latest/meta-data/",
        "http://10.0.0.1/",
        "http://172.16.0.1/",
        "http://192.168.1.1/",
        "http://100.64.0.1/",
        "http://[::ffff:127.0.0.1]/",
        "http://[::ffff:10.0.0.1]/",
        "http://0.0.0.0/",
        "http://[::]/",
        "http://224.0.0.1/",
        "http://[fe80::1]/",
        "http://[fec0::1]/",
        "http://2130706433/",  # 127.0.0.1 written as one number, which the resolver accepts
        "https://127.0.0.1/",
    ],
)
def test_it_refuses_non_public_addresses_before_connecting(url, connections):
    with pytest.raises(RefusedAddress, match="not a public address"):
        fetch(url)
    assert connections == []


def test_it_refuses_a_host_name_that_resolves_to_a_private_address_before_connecting(dns, connections):
    dns.answer("intranet.example", ["10.1.2.3"])
    with pytest.raises(RefusedAddress, match="intranet.example resolves to 10.1.2.3"):
        fetch("http://intranet.example/")
    assert connections == []


def test_it_refuses_a_host_name_when_any_of_its_addresses_is_private(dns, connections):
    dns.answer("mixed.example", ["93.184.216.34", "2606:2800:220:1::1", "fd00::1"])
    with pytest.raises(RefusedAddress, match="fd00::1"):
        fetch("https://mixed.example/")
    assert connections == []


@pytest.mark.parametrize(
    ("address", "public"),
    [
        ("93.184.216.34", True),
        ("8.8.8.8", True),
        ("2606:4700::1111", True),
        ("::ffff:8.8.8.8", True),
        ("64:ff9b::808:808", True),  # NAT64 to a public address
        ("127.0.0.1", False),
        ("::1", False),
        ("::ffff:127.0.0.1", False),
        ("::ffff:169.254.169.254", False),
        ("169.254.169.254", False),
        ("fd00:ec2::254", False),
        ("10.0.0.1", False),
        ("172.31.255.255", False),
        ("192.168.0.1", False),
        ("100.64.0.1", False),  # shared address space (carrier-grade NAT)
        ("0.0.0.0", False),
        ("::", False),
        ("224.0.0.1", False),
        ("233.252.0.1", False),  # multicast, yet "global" to Python
        ("ff0e::1", False),
        ("240.0.0.1", False),
        ("255.255.255.255", False),
        ("198.18.0.1", False),
        ("192.0.2.1", False),
        ("2001:db8::1", False),
        ("fe80::1", False),
        ("fec0::1", False),  # site-local, yet "global" to Python 3.11
        ("fc00::1", False),
        ("::7f00:1", False),  # IPv4-compatible 127.0.0.1
        ("64:ff9b::a00:1", False),  # NAT64 to 10.0.0.1
        ("2002:a00:1::1", False),  # 6to4 for 10.0.0.1
        ("2002:7f00:1::1", False),  # 6to4 for 127.0.0.1
    ],
)
def test_it_judges_whether_an_address_is_public(address, public):
    assert is_public_address(ip_address(address)) is public


@pytest.mark.parametrize("url", ["http://[::1", "http://example.org:99999/", "http:///path", "https://"])
def test_it_refuses_an_invalid_url(url, connections):
    with pytest.raises(FetchError, match="invalid URL"):
        fetch(url)
    assert connections == []


def test_it_reports_an_unknown_host_as_permanent(dns):
    with pytest.raises(FetchError, match="cannot resolve"):
        fetch("https://no-such-host.example/")


def test_it_reports_a_temporary_dns_failure_as_transient(dns):
    dns.fail("flaky.example", socket.gaierror(socket.EAI_AGAIN, "Temporary failure in name resolution"))
    with pytest.raises(TransientFetchError, match="name lookup failed for now"):
        fetch("https://flaky.example/")


def test_it_connects_to_the_vetted_address_not_to_a_second_lookup(server, dns, connections, settings):
    # A rebinding resolver: a harmless first answer, then an internal one for whoever asks again.
    dns.answer("news.example", ["127.0.0.1"], ["10.1.2.3"])
    settings.INGEST_ALLOWED_PRIVATE_HOSTS = [f"news.example:{server.port}"]
    result = fetch(f"http://news.example:{server.port}/article")
    assert result is not None and result.url == f"http://news.example:{server.port}/article"
    assert dns.lookups == ["news.example"]
    assert connections == [("127.0.0.1", server.port)]
    assert server.requests[0][1]["host"] == f"news.example:{server.port}"


def test_it_refuses_the_local_server_without_an_exemption(_http_server, settings, connections):
    settings.INGEST_ALLOWED_PRIVATE_HOSTS = []
    with pytest.raises(RefusedAddress):
        fetch(_http_server.url("/article"))
    assert connections == []


def test_it_exempts_every_address_with_INGEST_ALLOW_PRIVATE_ADDRESSES(_http_server, settings):
    settings.INGEST_ALLOWED_PRIVATE_HOSTS = []
    settings.INGEST_ALLOW_PRIVATE_ADDRESSES = True
    result = fetch(_http_server.url("/article"))
    assert result is not None and result.status == 200


# --- redirects ---


def test_it_follows_redirects_and_reports_the_final_url(server):
    result = fetch(server.url("/chain/5"))  # five redirects: the most it follows
    assert result is not None
    assert result.url == server.url("/chain/0")
    assert result.body == ARTICLE_HTML.encode()
    assert [path for path, _ in server.requests] == [f"/chain/{n}" for n in (5, 4, 3, 2, 1, 0)]


def test_it_follows_a_redirect_to_the_same_server(server):
    result = fetch(server.url("/redirect?to=" + quote(server.url("/plain"), safe="")))
    assert result is not None and result.url == server.url("/plain")


def test_it_reads_a_raw_utf8_location_as_utf8(server):
    result = fetch(server.url("/redirect-utf8"))
    assert result is not None and result.url == server.url("/café")
    assert server.requests[-1][0] == "/caf%C3%A9"


@pytest.mark.parametrize("url", ["/chain/6", "/loop"])
def test_it_gives_up_after_five_redirects(server, url):
    with pytest.raises(FetchError, match="more than 5 redirects"):
        fetch(server.url(url))
    assert len(server.requests) == 6


@pytest.mark.parametrize(
    "location",
    [
        "http://169.254.169.254/latest/meta-data/",
        "http://10.0.0.1/admin",
        "http://[::1]/",
        "http://intranet.example/",
        "OTHER_PORT",  # the same loopback address, another port: the exemption is for one host:port only
    ],
)
def test_it_refuses_a_redirect_to_a_refused_address(server, dns, connections, location):
    dns.answer("intranet.example", ["10.1.2.3"])
    if location == "OTHER_PORT":
        location = f"http://127.0.0.1:{_unused_port()}/"
    with pytest.raises(RefusedAddress, match="not a public address"):
        fetch(server.url("/redirect?to=" + quote(location, safe="")))
    assert connections == [("127.0.0.1", server.port)]


@pytest.mark.parametrize("location", ["file:///etc/passwd", "ftp://ftp.example.org/pub"])
def test_it_refuses_a_redirect_to_another_scheme(server, location):
    with pytest.raises(FetchError, match="only http and https"):
        fetch(server.url("/redirect?to=" + quote(location, safe="")))


def test_it_refuses_a_redirect_without_location(server):
    with pytest.raises(FetchError, match="without a Location") as raised:
        fetch(server.url("/redirect-without-location"))
    assert raised.value.status == 302


# --- successful fetches ---


def test_it_fetches_an_html_page(server):
    result = fetch(server.url("/article"))
    assert result is not None
    assert result.url == server.url("/article")
    assert result.status == 200
    assert result.content_type == "text/html"
    assert result.charset == "utf-8"
    assert result.body == ARTICLE_HTML.encode()
    assert result.headers["etag"] == ETAG
    assert result.headers["last-modified"] == LAST_MODIFIED


def test_it_sends_a_clear_user_agent_and_what_it_accepts(server):
    fetch(server.url("/article"))
    _, headers = server.requests[0]
    assert headers["user-agent"] == USER_AGENT == "ctwatch/0.1 (+https://github.com/ctwatch)"
    assert headers["accept"] == "text/html, application/xhtml+xml, text/plain"
    assert headers["accept-encoding"] == "gzip"
    assert headers["host"] == server.authority


def test_it_fetches_plain_text_with_its_charset(server):
    result = fetch(server.url("/plain"))
    assert result is not None
    assert result.content_type == "text/plain"
    assert result.charset == "iso-8859-1"
    assert result.body.decode(result.charset) == "Café"


def test_it_fetches_a_feed_with_the_feed_types(server):
    result = fetch(server.url("/feed"), accept=FEED_TYPES)
    assert result is not None
    assert result.content_type == "application/rss+xml"
    assert result.charset is None
    assert result.body == RSS
    assert server.requests[0][1]["accept"].startswith("application/rss+xml, application/atom+xml")


def test_it_answers_none_when_a_conditional_get_is_not_modified(server):
    assert fetch(server.url("/article"), etag=ETAG) is None
    assert fetch(server.url("/article"), last_modified=LAST_MODIFIED) is None
    assert server.requests[0][1]["if-none-match"] == ETAG
    assert server.requests[1][1]["if-modified-since"] == LAST_MODIFIED
    changed = fetch(server.url("/article"), etag='"v0"')
    assert changed is not None and changed.status == 200


def test_it_decodes_a_gzip_body(server):
    result = fetch(server.url("/gzip-article"))
    assert result is not None and result.body == ARTICLE_HTML.encode()


@pytest.mark.parametrize(
    ("path", "accept", "media_type"),
    [("/untyped-html", None, "text/html"), ("/untyped-rss", FEED_TYPES, "application/xml")],
)
def test_it_sniffs_a_body_without_content_type(server, path, accept, media_type):
    result = fetch(server.url(path), **({"accept": accept} if accept else {}))
    assert result is not None and result.content_type == media_type


# --- refusals and failures ---


def test_it_refuses_a_body_without_content_type_that_is_not_markup(server):
    with pytest.raises(FetchError, match="no content type, and the body does not look like"):
        fetch(server.url("/untyped-binary"))


@pytest.mark.parametrize(("path", "accept"), [("/image", None), ("/article", FEED_TYPES), ("/feed", None)])
def test_it_refuses_a_content_type_not_asked_for(server, path, accept):
    with pytest.raises(FetchError, match="is not one of"):
        fetch(server.url(path), **({"accept": accept} if accept else {}))


def test_it_stops_a_streamed_body_larger_than_the_cap(server):
    with pytest.raises(FetchError, match="body larger than the 5242880 bytes allowed"):
        fetch(server.url("/huge-streamed"))


def test_it_refuses_a_body_announced_larger_than_the_cap(server):
    with pytest.raises(FetchError, match="announces 10000000000 bytes"):
        fetch(server.url("/huge-announced"))


def test_it_honours_a_smaller_cap(server):
    with pytest.raises(FetchError, match="announces"):
        fetch(server.url("/article"), max_bytes=10)


def test_it_stops_a_gzip_bomb(server):
    with pytest.raises(FetchError, match="decompressed body larger than the 5242880 bytes allowed"):
        fetch(server.url("/gzip-bomb"))


def test_it_refuses_a_content_encoding_it_did_not_ask_for(server):
    with pytest.raises(FetchError, match="content encoding 'br' was not asked for"):
        fetch(server.url("/brotli"))


@pytest.mark.parametrize("status", [400, 403, 404, 410, 451])
def test_it_reports_client_errors_as_permanent(server, status):
    with pytest.raises(FetchError, match=f"HTTP {status}") as raised:
        fetch(server.url(f"/status/{status}"))
    assert raised.value.status == status
    assert not isinstance(raised.value, RefusedAddress)


@pytest.mark.parametrize("status", [429, 500, 502, 503])
def test_it_reports_server_errors_and_too_many_requests_as_transient(server, status):
    with pytest.raises(TransientFetchError, match=f"HTTP {status}") as raised:
        fetch(server.url(f"/status/{status}"))
    assert raised.value.status == status


def test_it_reports_a_read_timeout_as_transient(server, monkeypatch):
    monkeypatch.setattr(fetch_module, "READ_TIMEOUT_SECONDS", 0.2)
    started = time.monotonic()
    with pytest.raises(TransientFetchError, match="timed out"):
        fetch(server.url("/slow"))
    assert time.monotonic() - started < 0.9


def test_it_reports_a_download_past_the_deadline_as_transient(server, monkeypatch):
    monkeypatch.setattr(fetch_module, "TOTAL_DEADLINE_SECONDS", 0.3)
    started = time.monotonic()
    with pytest.raises(TransientFetchError, match="longer than 0.3 s"):
        fetch(server.url("/drip"))
    assert time.monotonic() - started < 0.9


def test_it_reports_a_refused_connection_as_transient(settings):
    port = _unused_port()
    settings.INGEST_ALLOWED_PRIVATE_HOSTS = [f"127.0.0.1:{port}"]
    with pytest.raises(TransientFetchError, match="cannot connect"):
        fetch(f"http://127.0.0.1:{port}/")


def test_it_ignores_proxies_from_the_environment(server, monkeypatch, connections):
    for name in ("HTTP_PROXY", "http_proxy", "HTTPS_PROXY", "https_proxy", "ALL_PROXY", "all_proxy"):
        monkeypatch.setenv(name, f"http://127.0.0.1:{_unused_port()}")
    monkeypatch.delenv("NO_PROXY", raising=False)
    monkeypatch.delenv("no_proxy", raising=False)
    result = fetch(server.url("/headers"))
    assert result is not None
    assert server.requests[0][0] == "/headers"  # origin-form: not a request to a proxy
    assert connections == [("127.0.0.1", server.port)]


# --- HTTPS: connect to the vetted address, check the certificate against the host name ---


@pytest.fixture(scope="module")
def _certificate(tmp_path_factory) -> tuple[Path, Path]:
    """A self-signed certificate for news.example."""
    if shutil.which("openssl") is None:
        pytest.skip("the openssl command is needed to make a test certificate")
    directory = tmp_path_factory.mktemp("tls")
    certificate, key = directory / "cert.pem", directory / "key.pem"
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes"]
        + ["-keyout", str(key), "-out", str(certificate), "-days", "2", "-subj", "/CN=news.example"]
        + ["-addext", "subjectAltName=DNS:news.example"],
        check=True,
        capture_output=True,
    )
    return certificate, key


@pytest.fixture(scope="module")
def _https_server(_certificate) -> Iterator[LocalServer]:
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(*_certificate)
    server_names: list[str | None] = []
    context.sni_callback = lambda _socket, server_name, _context: server_names.append(server_name)
    for server in _serve(context):
        yield LocalServer(server, scheme="https", host="news.example", server_names=server_names)


@pytest.fixture
def https_server(_https_server, _certificate, dns, settings, monkeypatch) -> LocalServer:
    """The HTTPS server as news.example, whose certificate this test run trusts."""
    _https_server.requests.clear()
    _https_server.server_names.clear()
    dns.answer("news.example", ["127.0.0.1"])
    settings.INGEST_ALLOWED_PRIVATE_HOSTS = [_https_server.authority, f"other.example:{_https_server.port}"]
    monkeypatch.setenv("SSL_CERT_FILE", str(_certificate[0]))  # read by the default TLS context
    return _https_server


def test_it_fetches_over_https_with_the_host_name_for_sni_and_certificate(https_server, connections):
    result = fetch(https_server.url("/article"))
    assert result is not None and result.body == ARTICLE_HTML.encode()
    assert connections == [("127.0.0.1", https_server.port)]
    assert https_server.server_names == ["news.example"]
    assert https_server.requests[0][1]["host"] == f"news.example:{https_server.port}"


def test_it_refuses_a_certificate_for_another_host_name(https_server, dns):
    dns.answer("other.example", ["127.0.0.1"])
    with pytest.raises(FetchError, match="certificate"):
        fetch(f"https://other.example:{https_server.port}/article")


def test_it_refuses_a_certificate_no_authority_vouches_for(https_server, monkeypatch):
    monkeypatch.delenv("SSL_CERT_FILE")
    with pytest.raises(FetchError, match="certificate"):
        fetch(https_server.url("/article"))
