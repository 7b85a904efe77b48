"""Reading articles from paths, the command-line entry point and the evaluation gate."""

import json
from pathlib import Path

import pytest

from ctwatch.extraction import predictions_for_paths
from ctwatch.extraction.__main__ import main
from ctwatch.extraction.evaluate import failed_bars
from ctwatch.extraction.evaluate import main as evaluate_main
from ctwatch.extraction.inputs import InputError, iter_articles
from ctwatch.extraction.tests.helpers import CORPUS_SCORER

TEXT = "Minister Ada Berg said on Monday that about 300 foreign fighters had returned to the country."


def test_it_reads_corpus_json_text_and_html_files_and_folders(tmp_path: Path) -> None:
    (tmp_path / "a1.json").write_text(
        json.dumps(
            {
                "id": "x7",
                "url": None,
                "title": None,
                "published": "2020-02-05",
                "language": "en",
                "text": TEXT,
            }
        )
    )
    (tmp_path / "b2.txt").write_text(TEXT)
    (tmp_path / "c3.html").write_text(
        f"<html><body><article><p>{TEXT}</p><p>{TEXT.lower()}</p></article></body></html>"
    )
    (tmp_path / "ignored.csv").write_text("a,b")
    articles = list(iter_articles([tmp_path]))
    assert [a.id for a in articles] == ["x7", "b2", "c3"]
    predictions = predictions_for_paths([str(tmp_path)])
    assert predictions["x7"]["claims"][0]["value"] == 300
    assert predictions["x7"]["claims"][0]["date"] == "2020-02-03"
    assert predictions["b2"]["claims"][0]["source"] == "Ada Berg"


def test_it_reports_a_missing_path_and_a_bad_file_clearly(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        list(iter_articles([tmp_path / "nope.json"]))
    bad = tmp_path / "bad.json"
    bad.write_text("{not json")
    with pytest.raises(InputError, match="not valid JSON"):
        list(iter_articles([bad]))
    (tmp_path / "list.json").write_text("[1, 2]")
    with pytest.raises(InputError, match="not an article"):
        list(iter_articles([tmp_path / "list.json"]))


def test_it_prints_predictions_and_exits_cleanly_on_errors(
    tmp_path: Path, capsys: pytest.CaptureFixture
) -> None:
    path = tmp_path / "one.txt"
    path.write_text(TEXT)
    assert main([str(path), "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out)["one"]["claims"][0]["subject"] == "returnees"
    assert main([str(tmp_path / "missing.txt")]) == 2
    assert "no such file" in capsys.readouterr().err


def test_it_names_every_bar_not_reached() -> None:
    result = {
        "claims": {"f1": 0.95},
        "statements": {"f1": 0.5},
        "forums": {"f1": 0.8},
        "claim_fields": {
            "qualifier": 0.9,
            "origin": 0.9,
            "origin_countries": 0.9,
            "location": 0.9,
            "group": 0.9,
            "source": 0.84,
            "date": None,
        },
        "speaker_accuracy": 0.95,
    }
    failures = failed_bars(result)
    assert any("statements.f1" in f for f in failures)
    assert any("claim_fields.source" in f for f in failures)
    assert any("claim_fields.date" in f for f in failures)
    assert not any("claims.f1" in f for f in failures)


@pytest.mark.skipif(not CORPUS_SCORER.is_file(), reason="the shared corpus scorer is not beside the checkout")
def test_it_scores_a_set_with_another_scorer_and_gates_only_when_asked(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "articles").mkdir()
    (tmp_path / "gold").mkdir()
    article = {"id": "t1", "url": None, "title": None, "published": "2020-02-05", "language": "en"}
    (tmp_path / "articles" / "t1.json").write_text(json.dumps({**article, "text": TEXT}))
    gold_claim = {"evidence": TEXT, "figure": "about 300", "value": 300, "value_max": None,
                  "qualifier": "about", "subject": "returnees", "origin": None, "origin_countries": None,
                  "location": [], "group": None, "source": "Ada Berg", "date": "2020-02-03"}  # fmt: skip
    # A forum kind the sentence gives no ground for: the bars fail on it, the report does not.
    gold = {"id": "t1", "claims": [gold_claim], "statements": [], "forums": [{"kind": "report", "name": "x"}]}
    (tmp_path / "gold" / "t1.json").write_text(json.dumps(gold))
    assert evaluate_main([str(tmp_path), "--scorer", str(CORPUS_SCORER), "--no-bars"]) == 0
    assert "claims     P=1.000 R=1.000 F1=1.000" in capsys.readouterr().out
    # With bars, a set without statements or forums found fails them, naming each.
    assert evaluate_main([str(tmp_path), "--scorer", str(CORPUS_SCORER), "--misses"]) == 1
    assert "FAIL forums.f1" in capsys.readouterr().out
    assert evaluate_main([str(tmp_path)]) == 2  # no score.py beside tmp_path
    assert "no scorer" in capsys.readouterr().err
