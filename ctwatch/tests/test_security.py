import pytest

from ctwatch.security import POLICY

pytestmark = pytest.mark.django_db


def test_it_sends_a_strict_content_security_policy_on_public_pages(client):
    response = client.get("/")
    assert response["Content-Security-Policy"] == POLICY
    assert "'unsafe-inline'" not in POLICY and "script-src 'self'" in POLICY


def test_it_leaves_the_admin_to_djangos_defaults(client):
    assert "Content-Security-Policy" not in client.get("/admin/login/")
