"""Whole articles written for these tests, each with the extraction expected from it."""

import json
from pathlib import Path

import pytest

from ctwatch.extraction import extract

GOLDEN = Path(__file__).parent / "golden"
CLAIM_FIELDS = (
    "figure",
    "value",
    "value_max",
    "qualifier",
    "subject",
    "origin",
    "origin_countries",
    "location",
    "group",
    "source",
    "date",
)


@pytest.mark.parametrize("name", sorted(p.stem for p in GOLDEN.glob("*.txt")))
def test_it_extracts_each_golden_article_as_expected(name: str) -> None:
    expected = json.loads((GOLDEN / f"{name}.json").read_text())
    text = (GOLDEN / f"{name}.txt").read_text()
    extraction = extract(text, **expected["input"])
    prediction = extraction.to_prediction()
    assert extraction.article_date == expected["article_date"]
    assert [{k: c[k] for k in CLAIM_FIELDS} for c in prediction["claims"]] == expected["claims"]
    assert [
        {"quote": s["quote"], "speaker": s["speaker"], "kind": s.get("kind", "direct")}
        for s in prediction["statements"]
    ] == expected["statements"]
    assert sorted({f["kind"] for f in prediction["forums"]}) == expected["forum_kinds"]
    for claim in extraction.claims:
        assert extraction.text[claim.figure_span[0] : claim.figure_span[1]].strip() == claim.figure
