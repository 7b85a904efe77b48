"""The one place where ctwatch talks HTTP to the outside world: article pages and feeds alike.

Everything ctwatch downloads goes through `fetch`, so the protections live here once:

- only http and https;
- a guard against server-side request forgery: the host name is resolved once, every address it
  resolves to must be public, and the connection then goes to that vetted address itself (the TLS
  certificate and SNI still use the host name), so a DNS answer that changes between the check and
  the connection (DNS rebinding) cannot point us at an internal service;
- redirects followed by hand, at most `MAX_REDIRECTS`, each hop vetted again;
- bounded time (connect, read, and a deadline for the whole download) and bounded size (on the
  wire and after gzip decoding, against decompression bombs);
- environment proxies are never used: urllib3 pools do not read HTTP(S)_PROXY, and we build the pools
  ourselves. Behind a proxy the address guard would check the proxy, not the target.

Errors come in two kinds: `FetchError` (permanent: do not retry) and `TransientFetchError` (worth
another try later). A conditional GET answered "304 Not Modified" returns None.

For tests against a local server only, two Django settings relax the address guard, read at every call:

- ``INGEST_ALLOWED_PRIVATE_HOSTS``: exact ``host:port`` authorities (as written in the URL, port
  always given, e.g. ``"127.0.0.1:8765"``, ``"[::1]:8765"``) exempt from the guard. A redirect from
  such a server to any other authority is vetted as usual, which is how the tests prove that a
  redirect to a refused address is refused.
- ``INGEST_ALLOW_PRIVATE_ADDRESSES``: True turns the guard off for every host. Never in production.
"""

import ipaddress
import re
import socket
import ssl
import time
import zlib
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from urllib.parse import urljoin, urlsplit

import urllib3
from django.conf import settings
from urllib3.exceptions import ConnectTimeoutError, HTTPError, LocationValueError, ReadTimeoutError
from urllib3.response import BaseHTTPResponse
from urllib3.util.ssl_match_hostname import CertificateError as HostNameMismatch

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address

USER_AGENT = "ctwatch/0.1 (+https://github.com/ctwatch)"
ARTICLE_TYPES: tuple[str, ...] = ("text/html", "application/xhtml+xml", "text/plain")
FEED_TYPES: tuple[str, ...] = (
    "application/rss+xml",
    "application/atom+xml",
    "application/rdf+xml",
    "application/xml",
    "text/xml",
)
DEFAULT_MAX_BYTES = 5 * 1024 * 1024
MAX_REDIRECTS = 5

# Module-level so tests can shorten them; read at every call.
CONNECT_TIMEOUT_SECONDS = 5.0
READ_TIMEOUT_SECONDS = 15.0  # the longest silence between two reads, not the whole download
TOTAL_DEADLINE_SECONDS = 30.0  # the whole fetch, redirects included; checked between reads

_CHUNK_BYTES = 64 * 1024
_REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
_DEFAULT_PORTS = {"http": 80, "https": 443}

# Both are also caught by the general rules below (link-local, unique-local); named for the reader.
_CLOUD_METADATA_ADDRESSES = frozenset(
    {ipaddress.ip_address("169.254.169.254"), ipaddress.ip_address("fd00:ec2::254")}
)
# RFC 6052: 64:ff9b::a.b.c.d is IPv4 address a.b.c.d reached through a NAT64 gateway.
_NAT64_PREFIX = ipaddress.ip_network("64:ff9b::/96")


@dataclass(frozen=True)
class FetchResult:
    url: str  # final URL, after redirects
    status: int
    content_type: str  # media type without parameters, lower case, e.g. "text/html"
    charset: str | None  # from the Content-Type header, lower case; None when the header names none
    body: bytes  # decoded from gzip when the server compressed it
    headers: dict[str, str] = field(repr=False)  # all response headers, names in lower case


class FetchError(Exception):
    """Permanent failure: fetching this URL again will fail the same way."""

    def __init__(self, message: str, *, status: int | None = None) -> None:
        super().__init__(message)
        self.status = status


class RefusedAddress(FetchError):
    """The URL, or a redirect, leads to an address that is not on the public internet."""


class TransientFetchError(Exception):
    """Temporary failure (timeout, connection trouble, 5xx, 429): worth another try later."""

    def __init__(self, message: str, *, status: int | None = None) -> None:
        super().__init__(message)
        self.status = status


@dataclass(frozen=True)
class _Target:
    """The parts of a URL needed to send one request."""

    scheme: str
    host: str  # ASCII, lower case, IPv6 without brackets
    port: int
    request_target: str  # path and query
    authority: str  # "host:port", IPv6 in brackets, port always present: what the allowlist holds
    host_header: str  # "host" or "host:port" when the port is not the scheme's default


def fetch(
    url: str,
    *,
    accept: tuple[str, ...] = ARTICLE_TYPES,
    max_bytes: int = DEFAULT_MAX_BYTES,
    etag: str | None = None,
    last_modified: str | None = None,
) -> FetchResult | None:
    """GET `url` and return its body, or None when a conditional GET answers 304 Not Modified.

    `accept` lists the media types wanted (``type/*`` and ``*/*`` work too); any other Content-Type is
    a FetchError. `etag` and `last_modified` are the values from an earlier FetchResult.headers.
    Raises FetchError (or RefusedAddress) for permanent failures, TransientFetchError otherwise.
    """
    try:
        return _fetch(url, accept=accept, max_bytes=max_bytes, etag=etag, last_modified=last_modified)
    except (FetchError, TransientFetchError):
        raise
    except LocationValueError as error:  # a URL urllib3 cannot turn into a request
        raise FetchError(f"invalid URL {url!r}: {error}") from error
    except ReadTimeoutError as error:
        raise TransientFetchError(f"{url}: read timed out: {error}") from error
    except (HTTPError, OSError) as error:
        if _caused_by_certificate_error(error):
            raise FetchError(f"{url}: TLS certificate not valid: {error}") from error
        # Connection reset or refused, a broken response, a TLS handshake cut short: all worth a retry.
        raise TransientFetchError(f"{url}: {error}") from error


def _fetch(
    url: str, *, accept: tuple[str, ...], max_bytes: int, etag: str | None, last_modified: str | None
) -> FetchResult | None:
    deadline = time.monotonic() + TOTAL_DEADLINE_SECONDS
    conditional_headers: dict[str, str] = {}
    if etag:
        conditional_headers["If-None-Match"] = etag
    if last_modified:
        conditional_headers["If-Modified-Since"] = last_modified
    current_url = url
    for _ in range(MAX_REDIRECTS + 1):
        target = _parse_target(current_url)
        headers = {
            # urllib3 sends the Host header we give instead of its own, which would be the IP address.
            "Host": target.host_header,
            "User-Agent": USER_AGENT,
            "Accept": ", ".join(accept),
            "Accept-Encoding": "gzip",
            **conditional_headers,
        }
        with _opened(target, headers=headers, deadline=deadline) as response:
            status = response.status
            if status in _REDIRECT_STATUSES:
                location = response.headers.get("Location", "").strip()
                if not location:
                    raise FetchError(f"{current_url}: redirect {status} without a Location", status=status)
                current_url = urljoin(current_url, _header_text(location))
                continue
            if status == 304:
                if conditional_headers:
                    return None
                raise FetchError(f"{current_url}: 304 Not Modified to an unconditional GET", status=status)
            _raise_for_status(current_url, status)
            return _read_result(current_url, response, accept=accept, max_bytes=max_bytes, deadline=deadline)
    raise FetchError(f"{url}: more than {MAX_REDIRECTS} redirects (last to {current_url})")


def _header_text(value: str) -> str:
    """http.client reads header bytes as Latin-1; servers that put raw non-ASCII in a Location mean UTF-8."""
    try:
        return value.encode("latin-1").decode("utf-8")
    except UnicodeError:
        return value


def _parse_target(url: str) -> _Target:
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError as error:
        raise FetchError(f"invalid URL {url!r}: {error}") from error
    scheme = parts.scheme.lower()
    if scheme not in _DEFAULT_PORTS:
        raise FetchError(f"{url!r}: only http and https URLs are fetched, not {scheme or 'no scheme'!r}")
    host = parts.hostname
    if not host:
        raise FetchError(f"invalid URL {url!r}: no host")
    if not host.isascii():
        try:
            host = host.encode("idna").decode("ascii")
        except UnicodeError as error:
            raise FetchError(f"invalid URL {url!r}: bad host name: {error}") from error
    port = port or _DEFAULT_PORTS[scheme]
    host_in_url = f"[{host}]" if ":" in host else host
    request_target = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
    return _Target(
        scheme=scheme,
        host=host,
        port=port,
        request_target=request_target,
        authority=f"{host_in_url}:{port}",
        host_header=host_in_url if port == _DEFAULT_PORTS[scheme] else f"{host_in_url}:{port}",
    )


def is_public_address(address: IPAddress) -> bool:
    """True when `address` is on the public internet, so that fetching from it cannot reach our own
    network, this machine, or a cloud metadata service."""
    if isinstance(address, ipaddress.IPv6Address):
        # ::ffff:a.b.c.d is IPv4 a.b.c.d on a dual-stack socket; Python 3.11 judges it as IPv6.
        if address.ipv4_mapped is not None:
            return is_public_address(address.ipv4_mapped)
        if address in _NAT64_PREFIX:
            return is_public_address(ipaddress.IPv4Address(int(address) & 0xFFFFFFFF))
        # 6to4 and Teredo carry an IPv4 address a relay may deliver to.
        embedded = address.sixtofour or (address.teredo[1] if address.teredo else None)
        if embedded is not None and not is_public_address(embedded):
            return False
        if address.is_site_local:  # fec0::/10, deprecated but still "global" to Python 3.11
            return False
    if address in _CLOUD_METADATA_ADDRESSES:
        return False
    # is_global alone lets multicast through (224.0.0.0/4, ff0e::/16), hence the other tests.
    return address.is_global and not (
        address.is_private
        or address.is_loopback
        or address.is_link_local
        or address.is_multicast
        or address.is_reserved
        or address.is_unspecified
    )


def _resolve(target: _Target) -> list[IPAddress]:
    """The addresses to connect to, in the resolver's order, all vetted unless the target is exempt."""
    try:
        answers = socket.getaddrinfo(target.host, target.port, type=socket.SOCK_STREAM)
    except socket.gaierror as error:
        if error.errno == socket.EAI_AGAIN:
            raise TransientFetchError(f"{target.host}: name lookup failed for now: {error}") from error
        raise FetchError(f"{target.host}: cannot resolve: {error}") from error
    except UnicodeError as error:
        raise FetchError(f"{target.host}: invalid host name: {error}") from error
    addresses = list(
        dict.fromkeys(
            ipaddress.ip_address(sockaddr[0])
            for family, _, _, _, sockaddr in answers
            if family in (socket.AF_INET, socket.AF_INET6)
        )
    )
    if not addresses:
        raise FetchError(f"{target.host}: resolves to no IP address")
    if _address_guard_applies(target):
        refused = [str(address) for address in addresses if not is_public_address(address)]
        if refused:
            # Any bad answer refuses the host: a resolver may order its answers as it likes.
            raise RefusedAddress(
                f"{target.host} resolves to {', '.join(refused)}, which is not a public address: refused"
            )
    return addresses


def _address_guard_applies(target: _Target) -> bool:
    if getattr(settings, "INGEST_ALLOW_PRIVATE_ADDRESSES", False):
        return False
    allowed: Iterable[str] = getattr(settings, "INGEST_ALLOWED_PRIVATE_HOSTS", ())
    return target.authority not in {authority.lower() for authority in allowed}


@contextmanager
def _opened(target: _Target, *, headers: dict[str, str], deadline: float) -> Iterator[BaseHTTPResponse]:
    """Send the request to the first vetted address that accepts a connection; yield the response,
    its body not yet read."""
    addresses = _resolve(target)
    connect_error: Exception | None = None
    for address in addresses:
        remaining = _remaining(deadline, target)
        timeout = urllib3.Timeout(
            connect=min(CONNECT_TIMEOUT_SECONDS, remaining), read=min(READ_TIMEOUT_SECONDS, remaining)
        )
        pool = _pool_for(target, address, timeout)
        try:
            response = pool.urlopen(
                "GET",
                target.request_target,
                headers=headers,
                redirect=False,
                retries=False,
                preload_content=False,
                decode_content=False,  # we decode ourselves, with a size cap
                assert_same_host=False,
            )
        except ConnectTimeoutError as error:  # also "connection refused": try the next address
            pool.close()
            connect_error = error
            continue
        except BaseException:
            pool.close()
            raise
        try:
            yield response
        finally:
            response.close()
            pool.close()
        return
    raise TransientFetchError(f"{target.authority}: cannot connect: {connect_error}") from connect_error


def _pool_for(target: _Target, address: IPAddress, timeout: urllib3.Timeout) -> urllib3.HTTPConnectionPool:
    # The pool connects to the vetted address itself: no second DNS lookup that could answer differently.
    if target.scheme == "https":
        return urllib3.HTTPSConnectionPool(
            str(address),
            target.port,
            timeout=timeout,
            retries=False,
            maxsize=1,
            cert_reqs="CERT_REQUIRED",
            server_hostname=target.host,  # SNI
            assert_hostname=target.host,  # the certificate must name the host, not the IP address
        )
    return urllib3.HTTPConnectionPool(str(address), target.port, timeout=timeout, retries=False, maxsize=1)


def _remaining(deadline: float, target: _Target) -> float:
    remaining = deadline - time.monotonic()
    if remaining <= 0:
        raise TransientFetchError(f"{target.authority}: no answer within {TOTAL_DEADLINE_SECONDS} s")
    return remaining


def _raise_for_status(url: str, status: int) -> None:
    if 200 <= status < 300:
        return
    if status == 429 or status >= 500:
        raise TransientFetchError(f"{url}: HTTP {status}", status=status)
    raise FetchError(f"{url}: HTTP {status}", status=status)


def _read_result(
    url: str, response: BaseHTTPResponse, *, accept: tuple[str, ...], max_bytes: int, deadline: float
) -> FetchResult:
    announced = response.headers.get("Content-Length", "").strip()
    if announced.isdigit() and int(announced) > max_bytes:
        raise FetchError(f"{url}: announces {announced} bytes, more than the {max_bytes} allowed")
    media_type, charset = _parse_content_type(response.headers.get("Content-Type", ""))
    if media_type and not _is_accepted(media_type, accept):
        raise FetchError(f"{url}: content type {media_type!r} is not one of {', '.join(accept)}")
    body = _read_body(url, response, max_bytes=max_bytes, deadline=deadline)
    if not media_type:
        media_type = _sniff_media_type(body) or ""
        if not _is_accepted(media_type, accept):
            raise FetchError(f"{url}: no content type, and the body does not look like {', '.join(accept)}")
    return FetchResult(
        url=url,
        status=response.status,
        content_type=media_type,
        charset=charset,
        body=body,
        headers={name.lower(): response.headers[name] for name in response.headers},
    )


def _read_body(url: str, response: BaseHTTPResponse, *, max_bytes: int, deadline: float) -> bytes:
    encoding = response.headers.get("Content-Encoding", "").strip().lower()
    if encoding in ("gzip", "x-gzip"):
        decoder: _CappedGzipDecoder | None = _CappedGzipDecoder(url, max_bytes=max_bytes)
    elif encoding in ("", "identity"):
        decoder = None
    else:
        raise FetchError(f"{url}: content encoding {encoding!r} was not asked for")
    parts: list[bytes] = []
    received = 0
    # Content-Length may be missing or lie; count what actually arrives. read1 returns whatever has
    # arrived instead of waiting for a full chunk, so a slow trickle still meets the deadline check.
    while chunk := response.read1(_CHUNK_BYTES, decode_content=False):
        received += len(chunk)
        if received > max_bytes:
            raise FetchError(f"{url}: body larger than the {max_bytes} bytes allowed")
        if time.monotonic() > deadline:
            raise TransientFetchError(f"{url}: download took longer than {TOTAL_DEADLINE_SECONDS} s")
        parts.append(decoder.decode(chunk) if decoder else chunk)
    if decoder:
        decoder.finish()
    return b"".join(parts)


class _CappedGzipDecoder:
    """Decodes a gzip body chunk by chunk, and stops as soon as it would exceed `max_bytes`: a few
    kilobytes of gzip can expand to gigabytes."""

    def __init__(self, url: str, *, max_bytes: int) -> None:
        self._url = url
        self._max_bytes = max_bytes
        self._decoded_bytes = 0
        self._decompressor = zlib.decompressobj(16 + zlib.MAX_WBITS)  # 16+: expect the gzip wrapper
        self._done = False

    def decode(self, data: bytes) -> bytes:
        pieces = []
        while data and not self._done:
            allowance = self._max_bytes - self._decoded_bytes + 1  # one byte more shows an excess
            try:
                piece = self._decompressor.decompress(data, allowance)
            except zlib.error as error:
                raise FetchError(f"{self._url}: invalid gzip body: {error}") from error
            self._decoded_bytes += len(piece)
            if self._decoded_bytes > self._max_bytes:
                raise FetchError(
                    f"{self._url}: decompressed body larger than the {self._max_bytes} bytes allowed"
                )
            pieces.append(piece)
            if self._decompressor.eof:
                data = self._decompressor.unused_data
                if data.startswith(b"\x1f\x8b"):  # another gzip member follows
                    self._decompressor = zlib.decompressobj(16 + zlib.MAX_WBITS)
                else:  # trailing garbage after the gzip stream, which browsers ignore too
                    self._done = True
            else:
                data = self._decompressor.unconsumed_tail
        return b"".join(pieces)

    def finish(self) -> None:
        if not self._done and not self._decompressor.eof:
            raise TransientFetchError(f"{self._url}: gzip body cut short")


def _parse_content_type(value: str) -> tuple[str, str | None]:
    """("text/html", "utf-8") from "text/html; charset=UTF-8"; ("", None) when there is none."""
    media_type, _, parameters = value.partition(";")
    charset = None
    for parameter in parameters.split(";"):
        name, _, parameter_value = parameter.partition("=")
        if name.strip().lower() == "charset":
            charset = parameter_value.strip().strip("\"'").lower() or None
    return media_type.strip().lower(), charset


def _is_accepted(media_type: str, accept: tuple[str, ...]) -> bool:
    if not media_type:
        return False
    for wanted in (item.strip().lower() for item in accept):
        if wanted in ("*/*", media_type):
            return True
        if wanted.endswith("/*") and media_type.startswith(wanted[:-1]):
            return True
    return False


# Whitespace, comments and an XML declaration may come before the first tag.
_PROLOGUE = re.compile(rb"(?:\s|<!--.*?-->|<\?xml.*?\?>)*", re.DOTALL)


def _sniff_media_type(body: bytes) -> str | None:
    """For a response without Content-Type: "text/html" or "application/xml" when the body starts like
    one, else None."""
    head = body[:2048].removeprefix(b"\xef\xbb\xbf")
    prologue = _PROLOGUE.match(head)
    prologue_end = prologue.end() if prologue else 0
    start = head[prologue_end:].lower()
    if start.startswith((b"<!doctype html", b"<html")):
        return "text/html"
    if b"<?xml" in head[:prologue_end].lower() or start.startswith((b"<rss", b"<feed", b"<rdf:rdf")):
        return "application/xml"
    return None


# The ssl module's verification error, and urllib3's own when the certificate names another host.
_CERTIFICATE_ERRORS = (ssl.SSLCertVerificationError, HostNameMismatch)


def _caused_by_certificate_error(error: BaseException) -> bool:
    """urllib3 wraps the ssl module's verification error; a bad certificate will stay bad."""
    seen: BaseException | None = error
    for _ in range(10):  # the chain is short; the bound guards against cycles
        if seen is None:
            return False
        if isinstance(seen, _CERTIFICATE_ERRORS) or any(
            isinstance(arg, _CERTIFICATE_ERRORS) for arg in seen.args
        ):
            return True
        seen = seen.__cause__ or seen.__context__
    return False
