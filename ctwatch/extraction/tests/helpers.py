"""Small helpers shared by the extraction tests."""

from __future__ import annotations

from ctwatch.extraction import extract
from ctwatch.extraction.types import Claim, Statement


def claims(text: str, **kwargs: object) -> list[Claim]:
    return extract(text, **kwargs).claims  # type: ignore[arg-type]


def one_claim(text: str, **kwargs: object) -> Claim:
    found = claims(text, **kwargs)
    assert len(found) == 1, [(c.figure, c.subject) for c in found]
    return found[0]


def direct_statements(text: str, **kwargs: object) -> list[Statement]:
    return [s for s in extract(text, **kwargs).statements if s.kind == "direct"]  # type: ignore[arg-type]
