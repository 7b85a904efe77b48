"""The typed results of an extraction. Every item keeps its evidence span into `Extraction.text`
and the name of the rule that found it, so a curator can see why it is there. `FigureClaim` is a
claim on its way there, passed between the figure modules and api.py."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

from .numbers import Figure


@dataclass(slots=True)
class Evidence:
    start: int
    end: int
    rule: str


@dataclass(slots=True)
class Speaker:
    name: str  # as best known in the article ("Ban Ki-moon", "International Crisis Group")
    key: str  # normalized for matching: "Mr. Ban" and "Ban Ki-moon" share it
    role: str | None  # "Syria's Permanent Representative to the UN"
    affiliation: str | None  # organization named in the role, if any
    is_person: bool
    mentions: list[Evidence] = field(default_factory=list)


@dataclass(slots=True)
class Claim:
    figure: str
    value: int
    value_max: int | None
    qualifier: str
    subject: str
    origin: str | None
    origin_countries: int | None
    location: list[str]
    group: str | None
    source: str | None
    date: str | None
    evidence: Evidence  # the sentence stating the figure
    figure_span: tuple[int, int]
    in_headline: bool = False


@dataclass(slots=True)
class FigureClaim:
    """A figure accepted as counting fighters, before source and date are resolved."""

    figure: Figure
    sentence: tuple[int, int]
    subject: str
    origin: str | None
    origin_countries: int | None
    location: list[str]
    group: str | None
    rule: str
    region: tuple[int, int]
    notes: list[str] = field(default_factory=list)
    # The subject came from no word near the figure but from the default in figures.claims_in_sentence;
    # an earlier claim of the same figure in the article knows better what it counts.
    subject_by_default: bool = False


@dataclass(slots=True)
class Statement:
    quote: str
    speaker: str | None
    kind: str  # "direct", "reported", or "transcript" (a speaker's turn in a transcript)
    evidence: Evidence  # the quoted words, without the marks
    speaker_rule: str | None = None


@dataclass(slots=True)
class Forum:
    kind: str
    name: str
    date: str | None
    evidence: Evidence


@dataclass(slots=True)
class Extraction:
    text: str
    article_date: str | None
    article_date_rule: str | None
    claims: list[Claim]
    statements: list[Statement]
    speakers: list[Speaker]
    forums: list[Forum]
    extractor_version: str
    truncated: bool = False  # the cleaned text was longer than api.MAX_TEXT_CHARS and was cut

    def to_prediction(self) -> dict[str, Any]:
        """One article in the predictions shape of the corpus SCHEMA.md."""
        claims = []
        for c in self.claims:
            claims.append(
                {
                    "evidence": self.text[c.evidence.start : c.evidence.end],
                    "figure": c.figure,
                    "value": c.value,
                    "value_max": c.value_max,
                    "qualifier": c.qualifier,
                    "subject": c.subject,
                    "origin": c.origin,
                    "origin_countries": c.origin_countries,
                    "location": list(c.location),
                    "group": c.group,
                    "source": c.source,
                    "date": c.date,
                    "rule": c.evidence.rule,
                }
            )
        statements = []
        for s in self.statements:
            item = {"quote": s.quote, "speaker": s.speaker, "rule": s.evidence.rule}
            if s.kind != "direct":
                item["kind"] = s.kind
            statements.append(item)
        forums = [
            {"kind": f.kind, "name": f.name, "date": f.date, "rule": f.evidence.rule} for f in self.forums
        ]
        return {
            "claims": claims,
            "statements": statements,
            "forums": forums,
            "article_date": self.article_date,
            "extractor_version": self.extractor_version,
            "truncated": self.truncated,
        }

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)
