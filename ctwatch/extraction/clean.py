"""Cleaning: page furniture out, article text in, paragraphs separated by blank lines.

Rules go by the shape of lines (short unpunctuated runs, icon names, timers, repeated lines),
never by a site's markup, so they carry over to outlets we have not seen.
"""

from __future__ import annotations

import re
import unicodedata

_BOILERPLATE_LINES = {
    "skip to main content",
    "skip to content",
    "accessibility links",
    "breaking news",
    "back to top",
    "podcasts",
    "advertisement",
    "powered by automated translation",
    "share",
    "share this article",
    "print",
    "email",
    "menu",
    "search",
    "subscribe",
    "sign in",
    "log in",
    "close",
    "comments",
    "world news",
    "video",
    "listen",
    "listen to this article",
    "follow us",
    "related",
    "tags",
    "share on facebook",
    "share on twitter",
    "loading",
    "play",
    "pause",
    "next",
    "previous",
    "advertisement - scroll to continue",
    "scroll to continue with content",
    "main menu",
    "photo",
}
# A heading after which a page lists other stories: everything below it is dropped.
_END_MARKERS = re.compile(
    r"^(?:top stories|partner news|most popular|most read|related (?:articles|stories|news|coverage)|"
    r"more (?:stories|news|from [\w ]+)|you may also like|recommended(?: for you)?|read next|"
    r"trending(?: now)?|latest news|more on this story|also in [\w ]+)\s*:?$",
    re.IGNORECASE,
)
_LEAD_IN_PREFIXES = re.compile(
    r"^(?:read more|related|also read|read also|see also|watch|listen|more)\s*[:|–-]", re.IGNORECASE
)
_ENDS_WITH_FIGURE = re.compile(r"[A-Za-z].*[\s:—–-]\d[\d,.]*\+?\s*$")
_TIMER = re.compile(r"^(?:\d{1,2}:\d{2}(?::\d{2})?\s*)+$")
_SENTENCE_END = re.compile(r"[.!?:;\"”’)…]\s*$")
_NON_WORDS = re.compile(r"\W+")
_WORD_RUNS = re.compile(r"\w+")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u200b-\u200d\ufeff]")
# Compiled once at import: the helpers below run these many times per article,
# and re's own cache lookup costs more than the match on such short strings.
_SYMBOL = re.compile(r"[^\w\s'-]")
_TWO_LETTERS = re.compile(r"[^\W\d_]{2}")
_HTML_TAG = re.compile(r"<[^>]+>")


def normalize_characters(raw: str) -> str:
    """Unicode NFC, one kind of newline and space, no control characters."""
    text = unicodedata.normalize("NFC", raw.replace("\r\n", "\n").replace("\r", "\n"))
    text = text.replace("\u00a0", " ").replace("\t", " ").replace("\u2028", "\n").replace("\u2029", "\n")
    return _CONTROL.sub("", text)


def _is_icon_run(line: str) -> bool:
    if "icon" not in line.lower():
        return False
    words = line.split()
    return len(words) >= 5 and sum("icon" in w.lower() for w in words) >= len(words) / 2


def _is_furniture(line: str) -> bool:
    if len(line) > 60 and not line.endswith("|"):
        # a long line is page furniture only as a run of icon names or a "Read more:" link
        return _is_icon_run(line) or bool(_LEAD_IN_PREFIXES.match(line))
    bare = _SYMBOL.sub("", line).strip().lower()
    if not bare or not _TWO_LETTERS.search(line):
        return True  # punctuation, image markup, bare numbers
    if bare in _BOILERPLATE_LINES or _TIMER.match(line) or _is_icon_run(line):
        return True
    if _LEAD_IN_PREFIXES.match(line):
        return True
    if line.count(" | ") >= 3 and len(line) < 300 and max(len(part) for part in line.split(" | ")) < 40:
        return True  # a menu: "Home | Politics | Economy | Society"
    return line.endswith("|") and len(line) < 200  # image captions and table cells of page chrome


def _is_short_unpunctuated(line: str) -> bool:
    # a line ending in a figure is a row of a table ("Central Asia — 4,400"), not a menu item
    return (
        len(line) <= 60
        and len(line.split()) <= 4
        and not _SENTENCE_END.search(line)
        and not _ENDS_WITH_FIGURE.search(line)
    )


def _squash(line: str) -> str:
    """Words only, lower case, one space apart: two lines that read the same squash the same.
    (What _NON_WORDS.sub(" ", line.lower()).strip() gives, in a faster way.)"""
    return " ".join(_WORD_RUNS.findall(line.lower()))


def _drop_menu_runs(lines: list[str]) -> list[str]:
    """Three or more consecutive very short lines without sentence punctuation are navigation."""
    keep = [True] * len(lines)
    i = 0
    while i < len(lines):
        j = i
        while j < len(lines) and _is_short_unpunctuated(lines[j]):
            j += 1
        if j - i >= 3:
            for k in range(i, j):
                keep[k] = False
        i = max(j, i + 1)
    return [line for line, kept in zip(lines, keep, strict=True) if kept]


def _drop_repeats(lines: list[str], title: str | None) -> list[str]:
    """A headline or caption repeated, or a paragraph repeated (even cut short), is kept once."""
    kept: list[str] = []
    seen: set[str] = set()
    by_opening: dict[str, list[str]] = {}  # long lines by their first 60 characters, for cut-short repeats
    title_key = _squash(title or "")
    for index, line in enumerate(lines):
        key = _squash(line)
        if not key:
            continue
        if title_key and index < 6 and title_key in key and len(key) - len(title_key) < 30:
            # the headline with page debris around it ("date 2022-02-10 <headline>"): keep the headline
            if title_key in seen:
                continue
            line, key = title.strip(), title_key  # type: ignore[union-attr]
        if key in seen:
            continue
        if len(key) > 60 and any(k.startswith(key) for k in by_opening.get(key[:60], ())):
            continue  # a repeated paragraph cut short at the end of the page
        seen.add(key)
        if len(key) > 60:
            by_opening.setdefault(key[:60], []).append(key)
        kept.append(line)
    return kept


def _cut_trailing_sections(lines: list[str]) -> list[str]:
    """Drop 'Top stories', 'Most popular' and what follows, when they come after the article."""
    total = sum(len(line) for line in lines) or 1
    running = 0
    for index, line in enumerate(lines):
        if _END_MARKERS.match(line.strip()) and running > total * 0.3:
            return lines[:index]
        running += len(line)
    return lines


# "Tunisia | 2,926 | 800": a row of a table whose cells are parted by bars, a figure in the second cell
_TABLE_ROW = re.compile(r"\s*\|?\s*[A-Z][^|]{0,60}\|\s*[~≈]?\d[\d,.]*(?:\s*[-–]\s*\d[\d,.]*)?\s*(?:\||$)")


def _is_table_row(line: str) -> bool:
    return "|" in line and _TABLE_ROW.match(line) is not None


# "Central Asia: 5,950", "- Maghreb (North Africa): roughly 8,000": a row of a list of figures by label
_LIST_ROW = re.compile(
    r"\s*(?:[-•*–]\s*)?[A-Z][^:|.!?]{0,60}:\s*(?:[A-Za-z]+\s+){0,3}[~≈]?\d[\d,.]*"
    r"(?:\s*(?:[-–]|to)\s*\d[\d,.]*)?\s*(?:\([^()]{0,60}\))?\s*$"
)


def _is_list_row(line: str) -> bool:
    return ":" in line and _LIST_ROW.match(line) is not None


def _table_lines(lines: list[str]) -> set[int]:
    """Indexes of a bar table's rows and of the line of column heads above them: "Country | Departed |
    Returned" reads like a menu, and "France | 1,460 | 390" like its items, but they are the article's."""
    rows = {index for index, line in enumerate(lines) if _is_table_row(line)}
    return rows | {index - 1 for index in rows if index and "|" in lines[index - 1]}


def _unwrap(raw_lines: list[str]) -> list[str]:
    """Hard-wrapped plain text (blank lines between paragraphs, no punctuation at most line ends)
    becomes one line per paragraph; text already one paragraph per line stays as it is."""
    blocks: list[list[str]] = [[]]
    for line in raw_lines:
        if _is_table_row(line) or _is_list_row(line):
            # a row of a table ("Tunisia | 2,926 | 800") or list ("Central Asia: 5,950"): a line of
            # its own, never joined
            if blocks[-1]:
                blocks.append([])
            blocks[-1].append(line.strip())
            blocks.append([])
        elif line.strip():
            blocks[-1].append(line.strip())
        elif blocks[-1]:
            blocks.append([])
    multi = [b for b in blocks if len(b) >= 3]
    wrapped = (
        len([b for b in blocks if b]) >= 2
        and multi
        and sum(sum(not _SENTENCE_END.search(line) for line in b[:-1]) > (len(b) - 1) / 2 for b in multi)
        > len(multi) / 2
    )
    if not wrapped:
        return [line.strip() for line in raw_lines if line.strip()]
    return [" ".join(b) for b in blocks if b]


def clean_text(raw: str, title: str | None = None) -> str:
    """Article text without page furniture, one paragraph per block, blocks separated by a blank line."""
    text = normalize_characters(raw or "")
    lines = _unwrap(text.split("\n"))
    lines = [" ".join(line.split()) for line in lines]
    table = _table_lines(lines) if "|" in text else set()
    lines = [line for index, line in enumerate(lines) if index in table or not _is_furniture(line)]
    lines = _cut_trailing_sections(lines)
    lines = _drop_menu_runs(lines)
    lines = _drop_repeats(lines, title)
    return "\n\n".join(lines)


def clean_html(html: str) -> str:
    """Main text of an HTML page (trafilatura, no network), then the plain-text cleaner."""
    import trafilatura  # imported here: only HTML input needs it, and it is slow to import

    extracted = trafilatura.extract(html, include_comments=False, include_tables=False, favor_precision=True)
    if not extracted:
        extracted = _HTML_TAG.sub("\n", html)
    return clean_text(extracted)
