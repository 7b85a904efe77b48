"""Statements: direct quotations (straight or curly marks, running over paragraphs, broken by
'he said'), block quotes after 'He said:', and reported speech ('X said that ...')."""

from __future__ import annotations

import re
from dataclasses import dataclass

_OPEN = {"“", "«", "„"}
_CLOSE = {"”", "»"}
# Each branch starts with its mark and looks behind it after (rather than before) matching it, so
# that the regex engine can skip ahead to the next mark instead of trying every position.
_SINGLE_QUOTED = re.compile(
    r"‘(?<![\w’']‘)(?=\S)(?:[^‘’\n]|’(?=\w))+’(?!\w)"
    # straight single marks: opened before a capital, closed after punctuation or a word, and an
    # apostrophe inside a word ("don't", "Malaysia's") does not close
    r"|'(?<![\w'’]')(?=[A-Z])(?:[^'\n]|'(?=\w))+?(?<=[\w.,!?;])'(?!\w)"
)
_LABEL_BEFORE = re.compile(
    r"\b(?:the|a|an|its|his|her|their|this|these|what (?:it|they|he|she|officials) (?:called|described as))"
    r"(?:\s+[a-z-]+)?\s*$"
)
_MARK_RE = re.compile(r'[“”«»„"]')
_TITLE_BEFORE = re.compile(
    r"(?:\bthe|\ba|\ban|\bits|\bfirst|\bsecond|\bthird|\b\w+th|\bninth|\bentitled|\btitled|"
    r"\bcalled|\bdubbed|\bnamed|\bso-called|\bread|\bheadlined)\s*$",
    re.IGNORECASE,
)
_WORDS = re.compile(r"\w+")
# Compiled once at import: the helpers below run these many times per article,
# and re's own cache lookup costs more than the match on such short strings.
_SENTENCE_END = re.compile(r"[.!?]\W*$")
_STOP_OR_COMMA_END = re.compile(r"[.!?,]\W*$")
_STOP_MARK = re.compile(r"[.!?]")
_SENTENCE_OR_ELLIPSIS_END = re.compile(r"[.!?…]\W*$")
MIN_WORDS = 5


@dataclass(slots=True)
class QuoteSpan:
    start: int  # first character inside the marks
    end: int  # one past the last character inside the marks
    open_mark: int | None  # position of the opening mark (None: the quote began before this paragraph)
    close_mark: int | None  # position of the closing mark (None: ran to the paragraph end)
    paragraph: int
    parts: list[tuple[int, int]] | None = None  # for a quote continued over paragraphs or joined pieces

    def text(self, text: str) -> str:
        spans = self.parts or [(self.start, self.end)]
        return " ".join(text[s:e].strip() for s, e in spans).strip()


def _is_open(text: str, pos: int, p_start: int, p_end: int) -> bool:
    mark = text[pos]
    if mark in _OPEN:
        return True
    if mark in _CLOSE:
        return False
    before = text[pos - 1] if pos > p_start else " "
    after = text[pos + 1] if pos + 1 < p_end else " "
    if before.isspace() or before in "([—–-/" or pos == p_start:
        return not after.isspace()
    return False


def find_quote_spans(text: str, paragraphs: list[tuple[int, int]]) -> list[QuoteSpan]:
    """Quoted passages in order. A quote left open at a paragraph end runs to that end; a closing
    mark with no opening one at the start of a paragraph closes a quote opened before it."""
    spans: list[QuoteSpan] = []
    for p_index, (p_start, p_end) in enumerate(paragraphs):
        opened: int | None = None
        emitted = 0
        for mark in _MARK_RE.finditer(text, p_start, p_end):
            pos = mark.start()
            if _is_open(text, pos, p_start, p_end):
                if opened is not None and pos - opened > 1:
                    spans.append(QuoteSpan(opened + 1, pos, opened, None, p_index))
                    emitted += 1
                opened = pos
            elif opened is not None:
                spans.append(QuoteSpan(opened + 1, pos, opened, pos, p_index))
                emitted += 1
                opened = None
            elif emitted == 0:
                spans.append(QuoteSpan(p_start, pos, None, pos, p_index))
                emitted += 1
        if opened is not None:
            spans.append(QuoteSpan(opened + 1, p_end, opened, None, p_index))
        if not emitted and opened is None:
            spans.extend(_single_quoted(text, p_start, p_end, p_index))
    return _join_continued(text, spans, paragraphs)


def _single_quoted(text: str, p_start: int, p_end: int, p_index: int) -> list[QuoteSpan]:
    """British style ‘...’ quotations, in a paragraph without double quotes. ’ is also the
    apostrophe, so a closing mark must not have a letter right after it ("don’t")."""
    spans = []
    for m in _SINGLE_QUOTED.finditer(text, p_start, p_end):
        spans.append(QuoteSpan(m.start() + 1, m.end() - 1, m.start(), m.end() - 1, p_index))
    return spans


def _join_continued(text: str, spans: list[QuoteSpan], paragraphs: list[tuple[int, int]]) -> list[QuoteSpan]:
    """An unclosed quote whose next paragraph opens with a quote mark continues there (press style)."""
    joined: list[QuoteSpan] = []
    for span in spans:
        prev = joined[-1] if joined else None
        if (
            prev
            and prev.close_mark is None
            and prev.end == paragraphs[prev.paragraph][1]
            and span.paragraph == prev.paragraph + 1
            and span.open_mark == paragraphs[span.paragraph][0]
        ):
            prev.parts = (prev.parts or [(prev.start, prev.end)]) + [(span.start, span.end)]
            prev.end, prev.close_mark, prev.paragraph = span.end, span.close_mark, span.paragraph
            continue
        joined.append(span)
    return joined


def word_count(quote: str) -> int:
    return len(_WORDS.findall(quote))


# n words or more (runs of \w, as word_count counts them): a search that stops at the n-th word,
# where counting them all would read every word of a long quotation
_AT_LEAST_WORDS = {n: re.compile(r"\w+" + r"\W+\w+" * (n - 1)) for n in (MIN_WORDS, 8)}


def has_words(text: str, n: int) -> bool:
    """Whether word_count(text) >= n, for n in (MIN_WORDS, 8)."""
    return _AT_LEAST_WORDS[n].search(text) is not None


def is_title(text: str, span: QuoteSpan) -> bool:
    """'the ninth “Report of the Secretary-General on ...”': a title in quotes, not speech."""
    if span.open_mark is None:
        return False
    # the words before the mark first: they rule out most quotations, and the tests on the quoted
    # words read all of it
    if not _TITLE_BEFORE.search(text[max(0, span.open_mark - 20) : span.open_mark]):
        return False
    inner = text[span.start : span.end].strip()
    return (
        inner[:1].isupper()
        and sum(w[:1].isupper() for w in inner.split(None, 4)[:4]) >= 2
        and not _SENTENCE_END.search(inner)
    )


def is_label(text: str, span: QuoteSpan) -> bool:
    """'condemned the recent “heinous and cowardly attack”': a few words quoted as a label inside
    a noun phrase, not a statement."""
    if span.open_mark is None:
        return False
    # the words before the mark first, as in is_title
    if not _LABEL_BEFORE.search(text[max(0, span.open_mark - 25) : span.open_mark]):
        return False
    inner = text[span.start : span.end].strip()
    return not has_words(inner, 8) and not _STOP_OR_COMMA_END.search(inner)


def continues_same_sentence(text: str, first: QuoteSpan, second: QuoteSpan) -> bool:
    """'“..., ” he continued, “but ...”': the second piece carries on the first one's sentence."""
    if first.close_mark is None or second.open_mark is None or first.paragraph != second.paragraph:
        return False
    between = text[first.close_mark + 1 : second.open_mark]
    if len(between) > 60 or _STOP_MARK.search(between.strip().rstrip(",")[:-1] if between.strip() else ""):
        return False
    first_text = text[first.start : first.end].rstrip()
    second_text = text[second.start : second.end].lstrip()
    return (
        first_text.endswith((",", "…", "—", "-", "..."))
        and second_text[:1].islower()
        and between.strip().endswith(",")
    )


_BLOCK_INTRO = re.compile(
    r"\b(?:said|says|stated|added|told [\w ]+|wrote|writes|continued|explained)\s*:\s*$"
)


def block_quote_paragraphs(text: str, paragraphs: list[tuple[int, int]]) -> list[tuple[int, int, int]]:
    """Paragraphs quoted without marks after a line such as 'He said:'; (intro paragraph, start, end)."""
    blocks = []
    for index, (p_start, p_end) in enumerate(paragraphs):
        if text[p_end - 1 : p_end] != ":" or not _BLOCK_INTRO.search(text, max(p_start, p_end - 80), p_end):
            continue
        for follow in range(index + 1, min(index + 4, len(paragraphs))):
            f_start, f_end = paragraphs[follow]
            body = text[f_start:f_end]
            if any(c in body for c in '“”"') or not _SENTENCE_OR_ELLIPSIS_END.search(body):
                break
            blocks.append((index, f_start, f_end))
    return blocks
