"""How far a figure's words reach: the clause it opens (without relative clauses set off by
commas), where its noun phrase's clause and the places said of it end, and the clause before it."""

from __future__ import annotations

import re

from .places import find_places

_RELATIVE_CLAUSE = re.compile(
    r",\s*(?:who|which|whose|whom|where)\b[^,;]*,|,\s+(?!and\b|but\b|while\b|the\b)[^,;]{1,70},(?!\d)"
)
_CLAUSE_BREAK = re.compile(r",(?!\d)|[;:(—–]|\s-\s|\sand\sthat\s")
_CLAUSE_OR_CONTRAST_BREAK = re.compile(r",\s*|;|—|\s[–-]\s|\swhile\s|\sbut\s|\swhereas\s")
_CONJUNCTION_CAPITALIZED = re.compile(r"(?:and\s+|or\s+)?(?:the\s+)?[A-Z]")
# r"[,;:(—–]|\s-\s|\bwhile\b|\bbut\b|\bsupported by\b", written so that every branch starts with a
# character class and the regex engine can skip ahead to a possible first character (a branch
# starting with \b is tried at every position); (?<!\w[wbs]) is the \b before the word. Tests check
# that both find the same breaks.
_PLAIN_CLAUSE_OR_SUPPORT_BREAK = r"[,;:(—–]|\s-\s|\bwhile\b|\bbut\b|\bsupported by\b"
_CLAUSE_OR_SUPPORT_BREAK = re.compile(
    r"[,;:(—–]|\s-\s|[wbs](?<!\w[wbs])(?:(?<=w)hile|(?<=b)ut|(?<=s)upported by)\b"
)
_CONTRAST_BREAK = re.compile(r"[,;]\s*(?:while|whereas|but|including)\b|;")
_LATER_CLAUSE = re.compile(r",\s+(?:and|while|but|whereas)\s+|;\s*")


def _own_clause(before: str) -> str:
    """The words before a figure since the last clause break: "127 have returned, and about 150 ..."."""
    breaks = list(_LATER_CLAUSE.finditer(before))
    return before[breaks[-1].end() :] if breaks else before


def _main_clause(text: str, start: int, limit: int) -> str:
    """The clause a figure opens, without relative clauses set off by commas: in "3,000 Europeans,
    who trained in Syria, are back" it is "3,000 Europeans are back"; it ends at the next comma."""
    piece = text[start:limit]
    if "," in piece:  # every relative clause the pattern takes out starts with a comma
        piece = _RELATIVE_CLAUSE.sub(" ", piece)
    m = _CLAUSE_BREAK.search(piece)
    return piece[: m.start()] if m else piece


def _location_end(text: str, start: int, limit: int) -> int:
    """Where the places said of a figure stop: at a clause break, but not inside a list of places
    ("in Syria, Iraq, Afghanistan, Yemen and Libya")."""
    for m in _CLAUSE_OR_CONTRAST_BREAK.finditer(text[start:limit]):
        if m.group(0).startswith(","):
            following = text[start + m.end() : start + m.end() + 30]
            if _CONJUNCTION_CAPITALIZED.match(following) and find_places(following.split(",")[0]):
                continue
        return start + m.start()
    return limit


def _clause_end(text: str, start: int, limit: int) -> int:
    """End of the clause holding a figure's noun phrase: the next comma, semicolon, dash or bracket."""
    m = _CLAUSE_OR_SUPPORT_BREAK.search(text[start:limit])
    return start + m.start() if m else limit
