"""No Docker engine runs here, so the compose file is checked as data: services, commands, dependencies."""

import re
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[2]


def load_compose() -> dict:
    return yaml.safe_load((ROOT / "docker-compose.yml").read_text())


def test_it_declares_the_production_stack():
    services = load_compose()["services"]
    assert set(services) == {"db", "redis", "migrate", "web", "worker", "beat"}


def test_it_builds_every_app_service_from_one_image_and_env_file():
    services = load_compose()["services"]
    for name in ("migrate", "web", "worker", "beat"):
        assert services[name]["build"] == "."
        assert services[name]["image"] == "ctwatch:latest"
        assert services[name]["env_file"] == ".env"
    assert (ROOT / "Dockerfile").exists()
    assert (ROOT / ".env.example").exists()


def test_it_keeps_the_database_with_a_healthcheck_and_a_volume():
    compose = load_compose()
    db = compose["services"]["db"]
    assert "pg_isready" in " ".join(db["healthcheck"]["test"])
    assert db["volumes"][0].split(":")[0] in compose["volumes"]
    assert "redis-cli" in compose["services"]["redis"]["healthcheck"]["test"]


def test_it_migrates_once_before_the_app_starts():
    services = load_compose()["services"]
    assert services["migrate"]["command"][-2:] == ["migrate", "--noinput"]
    assert services["migrate"]["restart"] == "no"
    for name in ("web", "worker", "beat"):
        assert services[name]["depends_on"]["migrate"]["condition"] == "service_completed_successfully"
        assert services[name]["depends_on"]["db"]["condition"] == "service_healthy"
        assert services[name]["depends_on"]["redis"]["condition"] == "service_healthy"


def test_it_runs_gunicorn_a_worker_and_exactly_one_beat():
    services = load_compose()["services"]
    assert services["web"]["command"][:2] == ["gunicorn", "ctwatch.wsgi:application"]
    assert services["web"]["ports"] == ["8000:8000"]
    assert services["worker"]["command"][:4] == ["celery", "-A", "ctwatch", "worker"]
    assert services["beat"]["command"][:4] == ["celery", "-A", "ctwatch", "beat"]
    assert services["beat"]["deploy"]["replicas"] == 1
    beats = [name for name, s in services.items() if "beat" in s.get("command", [])]
    assert beats == ["beat"]


def test_it_documents_every_variable_the_settings_read():
    settings_source = (ROOT / "ctwatch" / "settings.py").read_text()
    documented = {
        line.split("=", 1)[0]
        for line in (ROOT / ".env.example").read_text().splitlines()
        if "=" in line and not line.startswith("#")
    }
    read = set(re.findall(r'env_(?:bool|int|list)\("([A-Z_]+)"', settings_source))
    read |= set(re.findall(r'os\.environ\.get\("([A-Z_]+)"', settings_source))
    read |= set(re.findall(r'from_url\("([A-Z_]+)"', settings_source))
    assert read <= documented, f"undocumented: {sorted(read - documented)}"
