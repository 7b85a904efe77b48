"""Paragraphs and sentences of cleaned text, as character spans."""

from __future__ import annotations

import re
from dataclasses import dataclass

# Words that end with a period without ending a sentence.
_ABBREVIATIONS = {
    "mr",
    "mrs",
    "ms",
    "dr",
    "prof",
    "lt",
    "gen",
    "col",
    "sgt",
    "capt",
    "maj",
    "adm",
    "gov",
    "sen",
    "rep",
    "st",
    "jr",
    "sr",
    "no",
    "vs",
    "etc",
    "approx",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
    "fig",
    "corp",
    "inc",
    "ltd",
    "co",
    "rev",
    "hon",
    "amb",
    "pres",
    "min",
}
_LAST_TOKEN = re.compile(r"([\w.]+)$")
_BOUNDARY = re.compile(r"[.!?…]+[\"”’')\]]*\s+(?=[\"“‘'(\[]?[A-Z0-9À-Ý])")
# Compiled once at import: the helpers below run these many times per article,
# and re's own cache lookup costs more than the match on such short strings.
_LINE_RUN = re.compile(r"[^\n]+(?:\n(?!\n)[^\n]+)*")


@dataclass(frozen=True, slots=True)
class Sentence:
    start: int
    end: int
    paragraph: int  # index of its paragraph
    index: int  # index among all sentences


def paragraph_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each paragraph: blocks separated by blank lines (or single newlines)."""
    return [(m.start(), m.end()) for m in _LINE_RUN.finditer(text)]


def is_abbreviation(text: str, dot: int) -> bool:
    word = _LAST_TOKEN.search(text, max(0, dot - 24), dot)
    if not word:
        return False
    token = word.group(1)
    if "." in token or len(token) == 1:  # U.S, D.C, initials like "J"
        return token.isupper() or len(token) == 1 or "." in token
    return token.lower() in _ABBREVIATIONS


def sentence_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Sentences of text[start:end] as spans, whitespace trimmed."""
    spans = []
    cursor = start
    for m in _BOUNDARY.finditer(text, start, end):
        if text[m.start()] == "." and is_abbreviation(text, m.start()):
            continue
        if text.startswith("....", m.start()) or (
            text.startswith("..", m.start()) and text[m.end()].isdigit()
        ):
            continue  # leader dots of a table row ("Uzbekistan ........ 1,500"), not an ellipsis
        cut = m.end()
        while cut > cursor and text[cut - 1].isspace():
            cut -= 1
        if cut > cursor:
            spans.append((cursor, cut))
        cursor = m.end()
    if cursor < end and text[cursor:end].strip():
        spans.append((cursor, end))
    return spans


# No real sentence is this long; text without sentence punctuation (lists, junk) is cut into
# pieces of about this size at a space, so that work per sentence stays bounded.
MAX_SENTENCE_CHARS = 1500


def _bounded(text: str, start: int, end: int) -> list[tuple[int, int]]:
    pieces = []
    while end - start > MAX_SENTENCE_CHARS:
        cut = text.rfind(" ", start + MAX_SENTENCE_CHARS // 2, start + MAX_SENTENCE_CHARS)
        cut = cut if cut > start else start + MAX_SENTENCE_CHARS
        pieces.append((start, cut))
        start = cut + 1 if text[cut : cut + 1] == " " else cut
    pieces.append((start, end))
    return pieces


def split(text: str) -> tuple[list[tuple[int, int]], list[Sentence]]:
    """Paragraph spans and every sentence with its paragraph index."""
    paragraphs = paragraph_spans(text)
    sentences: list[Sentence] = []
    for p_index, (p_start, p_end) in enumerate(paragraphs):
        for s_start, s_end in sentence_spans(text, p_start, p_end):
            for piece_start, piece_end in _bounded(text, s_start, s_end):
                sentences.append(Sentence(piece_start, piece_end, p_index, len(sentences)))
    return paragraphs, sentences
