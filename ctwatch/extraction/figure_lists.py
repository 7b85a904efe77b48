"""Figures in lists, breakdowns and tables: a sentence opening a breakdown ("Of these, ..."), a part
of a total given before ("including 30 ..."), a figure beside a country in a list ("Tunisia (760)",
"... respectively"), one figure for each of two countries, and the rows of a text table."""

from __future__ import annotations

import re
from dataclasses import replace

from .figure_exclusions import _DOCUMENT_NUMBER
from .numbers import Figure
from .places import find_places, place_name
from .regex import KeywordGate
from .tables import table_cells
from .types import FigureClaim

_BREAKDOWN_START = re.compile(
    r"^\W*(?:Of (?:these|them|those|whom|this number|the total)|Among (?:them|these|those)|"
    r"These include|They include|This includes|Including)\b",
    re.IGNORECASE,
)
_SUBSET_BEFORE = re.compile(
    r"\b(?:including|of whom|among them|of them|of these)\s+(?:some\s+|about\s+|around\s+)?$", re.IGNORECASE
)
# An item of a list of countries with figures: "Tunisia (760)", "the United Kingdom (some 360)",
# "followed by Albania with about 140", "Maghreb: close to 8,000"
# (every branch ends with a bracket, 'with' or a colon: gated, see KeywordGate)
_PLACE_ITEM_BEFORE = KeywordGate(
    re.compile(
        # "comes from France, with more than 700", "the largest contingent is French, with 903"
        r"(?:^|[,;(]\s*|\band\s+|\bby\s+|\bof\s+|\bfrom\s+|\b(?:is|are|was|were|while|whereas)\s+|\n)"
        r"(?:[-•*–]\s+)?(?:[Tt]he\s+)?"  # "- Kyrgyzstan: at least 330", a bullet's country
        # "Eastern Europe (including Russia): 7,250": a bracket may follow the name
        r"([A-Z][\w'’-]*(?:\s+(?:and\s+)?[A-Z][\w'’-]*){0,3})(?:\s+alone|\s+\([^()]{1,40}\)(?=:))?"
        r"(?:\s*\(\s*|,?\s+with\s+|:\s*|\s+(?:tops|topped|leads|led|heads|headed)\s+(?:the\s+)?(?:[\w-]+\s+)?"
        r"(?:list|table|ranking)\b[^,;.]{0,40}?\s+with\s+|\s+(?:led|leads|came\s+first|came\s+next|followed)\s+with\s+"
        # "France accounts for the largest contingent with 1,910", "Tunisia remains the largest source, with"
        r"|\s+(?:accounts?\s+for|provides?|provided|has|had|is|was|remains|remained)\s+(?:the\s+)?"
        r"(?:largest|biggest|second[- ]largest|most|main|leading|top)\b[^,;.]{0,40}?,?\s+with\s+"
        # "the Middle East accounts for about 11,000", "North America contributed roughly 280"
        r"|\s+(?:accounts?\s+for|accounted\s+for|contribut(?:ed|es)|supplied|supplies|produced)\s+(?:another\s+)?"
        # "Bosnia was the source of more than 300, Albania of around 140"
        r"|\s+of\s+)$"
        # "put the contingent from Tunisia at about 3,000, from Morocco at ..."
        r"|\bfrom\s+(?:the\s+)?([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})\s+at\s+$"
    ),
    (
        "(",
        "with",
        ":",
        "accounted for",
        "accounts for",
        "account for",
        "contribut",
        "suppl",
        "produced",
        " at ",
        " of ",
    ),
)
# "Bosnia and Kosovo account for the largest groups, with some 320 and around 360 respectively"
_RESPECTIVELY = re.compile(r"\b[Rr]espectively\b")


def table_row_claims(
    text: str, s_start: int, s_end: int, figures: list[Figure], last_claim: FigureClaim | None
) -> list[FigureClaim] | None:
    """Claims from rows of a text table (see tables.py), the row's label as origin; None when the
    sentence is not made of table rows only. A table follows an article's figures about fighters
    (`last_claim`), whose location and group its rows share."""
    if last_claim is None:
        return None
    cells = table_cells(text, s_start, s_end, figures)
    if cells is None:
        return None
    return [
        FigureClaim(
            figure=cell.figure,
            sentence=(s_start, s_end),
            subject=cell.subject,
            origin=place_name(cell.label) or cell.label or None,  # a table's total row has no origin
            origin_countries=None,
            location=list(last_claim.location),
            group=last_claim.group,
            rule="figure in a row of a table",
            region=cell.row,
        )
        for cell in cells
        # "Views: 3,412": a page's counter, not a row of the article's table
        if not _DOCUMENT_NUMBER.search(text, max(s_start, cell.figure.start - 30), cell.figure.start)
    ]


# "Germany and Britain each had about 760", "The UK and Germany are each somewhere between 500 and 600"
_EACH_BEFORE = KeywordGate(
    re.compile(
        r",?\s+(?:(?:are|were|have|had|has)\s+)?each\s+"
        # "Britain and Germany are each estimated to have produced between 500 and 600"
        r"(?:(?:estimated|believed|thought|said|reported)\s+to\s+have\s+)?"
        r"(?:(?:had|have|has|sent|saw|count(?:ed)?|contributed|produced|are|were|numbered|put\s+at|estimated\s+at|"
        # (no qualifier before the "$": the figure, whose start ends the window, begins with its own)
        r"placed\s+at|account\s+for|accounted\s+for)\s+)?$"
    ),
    ("each",),
)


_LIST_COMMA = re.compile(r",\s+(?:the\s+)?")
_EACH_AFTER = re.compile(r"\s+each\b")
_WITH_BEFORE = re.compile(r",?\s+(?:(?:follow|followed|come\s+next)\s+)?(?:with|at)\s+$|\s*\(\s*$")


def _one_figure_for_each(text: str, s_start: int, claims: list[FigureClaim]) -> list[FigureClaim]:
    """A figure given for each of two or more countries ("Belgium, Germany and the UK each count several
    hundred") is a claim for each."""
    result = []
    for claim in claims:
        result.append(claim)
        start = claim.figure.start
        window = text[max(s_start, start - 90) : start]
        offset = start - len(window)
        each = _EACH_BEFORE.search(window)
        if each:
            pair_end = offset + each.start()
        elif _EACH_AFTER.match(text, claim.figure.end) and (joined := _WITH_BEFORE.search(window)):
            pair_end = offset + joined.start()  # "Germany and the UK, with about 760 each"
        else:
            continue
        named = [p for p in find_places(text, offset, pair_end) if not p.is_demonym]
        if len(named) < 2 or not re.fullmatch(r"\s+and\s+(?:the\s+)?", text[named[-2].end : named[-1].start]):
            continue
        if text[named[-1].end : pair_end].strip():
            continue  # "Germany and Britain ..., each": the pair must stand right before "each"
        listed = [named[-2], named[-1]]
        while len(listed) < len(named) and _LIST_COMMA.fullmatch(
            text, named[-len(listed) - 1].end, listed[0].start
        ):
            listed.insert(0, named[-len(listed) - 1])  # "Belgium, Germany and ...": the earlier items
        claim.origin = listed[0].name
        for place in listed[1:]:
            result.append(
                replace(claim, origin=place.name, location=list(claim.location), notes=list(claim.notes))
            )
    return result
