"""Small helpers shared by the extraction tests."""

from __future__ import annotations

from pathlib import Path

from ctwatch.extraction import extract
from ctwatch.extraction.types import Claim, Statement

# The corpus scorer beside the checkout (../shared/corpus), as CI has it; tests skip without it.
CORPUS_SCORER = Path(__file__).resolve().parents[4] / "shared" / "corpus" / "score.py"


def claims(text: str, **kwargs: object) -> list[Claim]:
    return extract(text, **kwargs).claims  # type: ignore[arg-type]


def one_claim(text: str, **kwargs: object) -> Claim:
    found = claims(text, **kwargs)
    assert len(found) == 1, [(c.figure, c.subject) for c in found]
    return found[0]


def direct_statements(text: str, **kwargs: object) -> list[Statement]:
    return [s for s in extract(text, **kwargs).statements if s.kind == "direct"]  # type: ignore[arg-type]
