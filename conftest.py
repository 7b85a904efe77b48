"""Shared test set-up: tests never reach the internet, and services are only those on this machine."""

import ipaddress
import os
import socket

import pytest

_real_connect = socket.socket.connect
_real_connect_ex = socket.socket.connect_ex


def _is_local(address) -> bool:
    if not isinstance(address, tuple):
        return True  # a Unix socket path
    host = address[0]
    if host in ("localhost", ""):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _guarded(real):
    def connect(sock, address):
        if not _is_local(address):
            raise ConnectionRefusedError(f"tests may not reach the network: {address!r}")
        return real(sock, address)

    return connect


@pytest.fixture(autouse=True)
def _no_internet(monkeypatch):
    monkeypatch.setattr(socket.socket, "connect", _guarded(_real_connect))
    monkeypatch.setattr(socket.socket, "connect_ex", _guarded(_real_connect_ex))


@pytest.fixture
def require_service():
    """Skip a test whose service is missing, unless this run promised it: CTWATCH_REQUIRE_SERVICES=1 for
    PostgreSQL, Redis and a worker, CTWATCH_REQUIRE_BROWSER=1 for Chromium. CI promises both."""

    def require(available: bool, reason: str, need: str = "SERVICES") -> None:
        if available:
            return
        if os.environ.get(f"CTWATCH_REQUIRE_{need}") == "1":
            pytest.fail(f"CTWATCH_REQUIRE_{need}=1 but {reason}")
        pytest.skip(reason)

    return require
