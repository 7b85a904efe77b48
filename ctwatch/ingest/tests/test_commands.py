import json
from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from ctwatch.extraction import EXTRACTOR_VERSION
from ctwatch.ingest.models import Feed
from ctwatch.ingest.synthetic import write_articles
from ctwatch.statements.models import Article, FigureClaim, Statement

pytestmark = pytest.mark.django_db


def run(*args: str) -> str:
    out = StringIO()
    call_command(*args, stdout=out, stderr=StringIO())
    return out.getvalue()


def test_it_ingests_a_folder_and_sums_up(tmp_path, django_capture_on_commit_callbacks):
    write_articles(tmp_path / "articles", 5, seed=3)
    with django_capture_on_commit_callbacks(execute=True):
        output = run("ingest", str(tmp_path / "articles"))
    assert output.startswith("5 new, 0 duplicate, 0 failed;")
    assert Article.objects.filter(status=Article.Status.EXTRACTED).count() == 5
    again = run("ingest", str(tmp_path / "articles"))
    assert again.startswith("0 new, 5 duplicate, 0 failed;")


def test_it_processes_in_this_process_with_sync(tmp_path):
    write_articles(tmp_path / "articles", 2, seed=4)
    output = run("ingest", "--sync", str(tmp_path / "articles"))
    assert Article.objects.filter(status=Article.Status.EXTRACTED).count() == 2
    claims, statements = FigureClaim.objects.count(), Statement.objects.count()
    assert claims > 0
    assert output.endswith(f"{claims} claims and {statements} statements found\n")


def test_it_reports_failures_and_exits_non_zero(tmp_path):
    (tmp_path / "binary.txt").write_bytes(bytes(range(256)) * 8)
    err = StringIO()
    with pytest.raises(CommandError, match="2 of 2 inputs failed"):
        call_command(
            "ingest", str(tmp_path / "binary.txt"), "ftp://example.org/x", stdout=StringIO(), stderr=err
        )
    assert "binary.txt: not an article" in err.getvalue()
    assert "ftp://example.org/x: not an http(s) URL" in err.getvalue()


def test_it_asks_for_something_to_ingest():
    with pytest.raises(CommandError, match="nothing to ingest"):
        call_command("ingest", stdout=StringIO())


def test_it_reextracts_articles_of_older_extractor_versions(tmp_path, django_capture_on_commit_callbacks):
    write_articles(tmp_path / "articles", 3, seed=5)
    with django_capture_on_commit_callbacks(execute=True):
        run("ingest", str(tmp_path / "articles"))
    Article.objects.filter(pk=Article.objects.first().pk).update(extractor_version="0.0.1")
    assert run("reextract", "--sync").startswith("1 articles re-extracted")
    assert set(Article.objects.values_list("extractor_version", flat=True)) == {EXTRACTOR_VERSION}
    assert run("reextract", "--sync").startswith("0 articles")
    assert run("reextract", "--sync", "--all").startswith("3 articles")
    with pytest.raises(CommandError, match="no articles with ids"):
        run("reextract", "--ids", "999999")


def test_it_polls_due_feeds_once(local_site):
    from ctwatch.ingest.tests.conftest import Page

    local_site.pages["/feed.xml"] = Page(b"<rss><channel><title>x</title>broken", "application/rss+xml")
    Feed.objects.create(url=local_site.url("/feed.xml"))
    out = StringIO()
    err = StringIO()
    call_command("poll_feeds", stdout=out, stderr=err)
    assert out.getvalue().startswith("polled 1 feeds: 0 new entries, 1 feeds with errors")
    assert "malformed feed" in err.getvalue()
    assert run("poll_feeds").startswith("polled 0 feeds")


def test_it_generates_articles_with_what_they_state(tmp_path):
    output = run("generate_articles", str(tmp_path / "out"), "--count", "4", "--seed", "9")
    assert output.startswith("wrote 4 articles")
    files = sorted((tmp_path / "out").glob("*.json"))
    assert len(files) == 4
    manifest = json.loads((tmp_path / "out-manifest.json").read_text())
    first = json.loads(files[0].read_text())
    assert manifest[first["id"]]["text"] == first["text"]
    assert all(claim["figure"] for claim in manifest[first["id"]]["claims"])
    with pytest.raises(CommandError, match="not empty"):
        run("generate_articles", str(tmp_path / "out"))
