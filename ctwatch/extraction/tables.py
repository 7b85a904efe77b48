"""Tables written as lines of text: "Uzbekistan ........ 1,500 / 130", "Central Asia: 5,965 / 338",
"- Western Europe: 5,000 to 5,500", "Tunisia: 6,000 (625 returned)". Reports and research summaries
print their country breakdowns this way; each cell is a figure whose row names where it comes from
and whose column (or bracketed word) says whether it counts those who went or those who came back."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .numbers import Figure
from .regex import KeywordGate

_CELL = (
    r"(?:(?:roughly|about|around|some|approximately|nearly|almost|up to|more than|over|at least|fewer than|"
    r"close to|an estimated)\s+)?[~≈]?\s?\d[\d,.]*(?:\s*(?:[-–]|to)\s*\d[\d,.]*)?"
)
_ROW = re.compile(
    r"\s*(?:[-•*–]\s+)?(?P<label>[A-Z][A-Za-z’'&,. -]{1,60}?)\s*(?:\.{2,}|…+|:|\s[–—-]\s|\t)\s*"
    rf"(?P<a>{_CELL})\+?"
    rf"(?:\s*/\s*(?P<b>{_CELL}|unknown|n/?a|-|–)"
    # "Tunisia: 6,000 (625 returned)": a second figure named in brackets
    rf"|\s*\((?P<bb>{_CELL})\s+(?P<bword>[a-z][a-z ]{{2,24}})\))?\s*(?=$|[A-Z]|[-•*–]\s)"
)
# "The breakdown is as follows: - Western Europe: 5,000 - ...": a lead-in before bulleted rows
_LEAD_IN = re.compile(r"[^:.;]{0,200}:\s+(?=[-•*–]\s+[A-Z])")
# The column heads a table states before its rows: "(travelled / returned)", "affiliated / returned:"
_HEAD = re.compile(r"([A-Za-z][A-Za-z -]{2,30}?)\s*/\s*([A-Za-z][A-Za-z -]{2,30})\s*[):]")
_RETURN_WORD = re.compile(r"return|came back|back home|repatriat", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class TableCell:
    figure: Figure
    label: str  # the row's name as written: a country or region
    subject: str  # "foreign_fighters" or "returnees", by the column
    row: tuple[int, int]


def _rows_start(text: str, start: int, end: int) -> int:
    lead_in = _LEAD_IN.match(text, start, end)
    return lead_in.end() if lead_in else start


# Every row separates its label from its figures with one of these (see _ROW): a sentence without
# any is no table, and most sentences with figures have none, so the patterns are not tried.
_ROW_GATE = KeywordGate(_ROW, ("..", "…", ":", "-", "–", "—", "\t"))


def may_be_table(text: str, start: int, end: int) -> bool:
    """The sentence starts like a table row (cheap test before reading it)."""
    if _has_bar_row(text, start, end):
        return True
    if not _ROW_GATE.may_match(text[start:end]):
        return False
    return _ROW.match(text, _rows_start(text, start, end), end) is not None


# "| Tunisia | 2,926 | 800 |": a table as pages and text extractors print one, a row a line, its cells
# between bars; a line of bars without figures before the rows names the columns, and a caption may
# come before that.
_PIPE_ROW = re.compile(r"^[ \t]*\|?[ \t]*[A-Z][^|\n]{0,60}\|[ \t]*[~≈]?\d", re.MULTILINE)
_PIPE_CELL = re.compile(rf"\s*(?:{_CELL})\s*")
_LINE = re.compile(r"[^\n]+")
# Columns that count something else than fighters who went or came back
_OTHER_COLUMN = re.compile(
    r"killed|dead|died|deaths|women|children|minors|share|\bper\b|per\s*cent|%|rate|population|year",
    re.IGNORECASE,
)
_TOTAL_ROW = re.compile(r"(?:total|all|overall)\b", re.IGNORECASE)


def _has_bar_row(text: str, start: int, end: int) -> bool:
    """text[start:end] holds a row of a bar table (the bar looked for first: most sentences have none)."""
    return text.find("|", start, end) >= 0 and _PIPE_ROW.search(text, start, end) is not None


def _bar_cells(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Spans of the cells of one line of a bar table, the empty ones outside the outer bars left out."""
    cells = []
    at = start
    for index in range(start, end + 1):
        if index == end or text[index] == "|":
            cells.append((at, index))
            at = index + 1
    if cells and not text[cells[0][0] : cells[0][1]].strip():
        cells = cells[1:]
    if cells and not text[cells[-1][0] : cells[-1][1]].strip():
        cells = cells[:-1]
    return cells


def _bar_heads(text: str, start: int, end: int) -> list[str]:
    """The names of a bar table's columns: the line of bars without figures above the rows."""
    for line in reversed(list(_LINE.finditer(text, start, end))):
        if not line.group(0).strip():
            continue
        if "|" not in line.group(0):
            return []  # prose above the rows: they have no heads
        heads = _column_heads(text, _bar_cells(text, line.start(), line.end()))
        if heads is not None:
            return heads
    return []


def _column_heads(text: str, parts: list[tuple[int, int]]) -> list[str] | None:
    """The names in a line of bars with no figure after its first cell (the columns' heads), else None."""
    if any(c.isdigit() for p_start, p_end in parts[1:] for c in text[p_start:p_end]):
        return None
    return [" ".join(text[p_start:p_end].split()) for p_start, p_end in parts]


def _bar_table_cells(text: str, start: int, end: int, figures: list[Figure]) -> list[TableCell] | None:
    # each row may be a paragraph of its own: the heads may be lines above the sentence
    heads = _bar_heads(text, max(0, start - 800), start)
    cells: list[TableCell] = []
    rows = 0
    for line in _LINE.finditer(text, start, end):
        if not line.group(0).strip():
            continue
        if "|" not in line.group(0):
            if rows:
                return None  # prose after the rows: not a table only
            continue  # a caption before the table
        parts = _bar_cells(text, line.start(), line.end())
        line_heads = _column_heads(text, parts)
        if line_heads is not None:
            heads = line_heads
            continue
        label = " ".join(text[parts[0][0] : parts[0][1]].split())
        if not label[:1].isupper():
            return None
        rows += 1
        for index, (p_start, p_end) in enumerate(parts[1:], 1):
            if not _PIPE_CELL.fullmatch(text, p_start, p_end):
                continue
            head = heads[index] if index < len(heads) else ""
            if _OTHER_COLUMN.search(head):
                continue
            subject = "returnees" if _RETURN_WORD.search(head) else "foreign_fighters"
            figure = next((f for f in figures if p_start <= f.start < p_end), None)
            if figure is not None:
                row_label = "" if _TOTAL_ROW.match(label) else label
                cells.append(TableCell(figure, row_label, subject, (line.start(), line.end())))
    return cells if rows else None


def table_cells(text: str, start: int, end: int, figures: list[Figure]) -> list[TableCell] | None:
    """Every figure cell of the rows making up text[start:end], or None when it is not rows only.
    `figures` are the figures found in that span; cells saying "unknown" or "-" give nothing."""
    if _has_bar_row(text, start, end):
        return _bar_table_cells(text, start, end, figures)
    rows = []
    at = _rows_start(text, start, end)
    while at < end:
        row = _ROW.match(text, at, end)
        if row is None:
            break
        rows.append(row)
        at = row.end()
    if not rows or text[at:end].strip():
        return None
    heads = list(_HEAD.finditer(text, max(0, start - 600), start))
    head = heads[-1] if heads else None  # the last column head before the rows
    columns = ("foreign_fighters", "returnees" if head and _RETURN_WORD.search(head.group(2)) else None)
    if head and _RETURN_WORD.search(head.group(1)):
        columns = ("returnees", None)
    by_start = {f.number_start: f for f in figures} | {f.start: f for f in figures}
    cells = []
    for row in rows:
        label = " ".join(row.group("label").split()).strip(" ,.")
        named = list(zip(("a", "b"), columns, strict=True))
        if row.group("bb"):
            named.append(("bb", "returnees" if _RETURN_WORD.search(row.group("bword")) else None))
        for group, subject in named:
            if subject is None or row.group(group) is None:
                continue
            cell_start = row.start(group) + len(row.group(group)) - len(row.group(group).lstrip("~≈ "))
            figure = by_start.get(cell_start) or by_start.get(row.start(group))
            if figure is not None:
                cells.append(TableCell(figure, label, subject, (row.start(), row.end())))
    return cells
