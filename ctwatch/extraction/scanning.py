"""Scanning the last article seen, paragraph by paragraph and only where asked.

Many questions are asked about the same article (places in this sentence, groups in that
clause). Scanning the whole text up front wastes work on paragraphs nobody asks about; scanning
each asked range anew repeats work. Instead each paragraph is scanned once, when first needed.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable
from typing import Generic, Protocol, TypeVar


class _Spanned(Protocol):
    start: int
    end: int


T = TypeVar("T", bound=_Spanned)


class ParagraphScanner(Generic[T]):
    """Answers `find(text, start, end)` from per-paragraph scans of the last text (by identity)."""

    def __init__(self, scan: Callable[[str, int, int], list[T]]) -> None:
        self._scan = scan
        self._text: str | None = None
        self._blocks: dict[int, list[T]] = {}  # paragraph start -> its items
        # paragraph start -> where its items start, for bisect without a key function per call
        self._starts: dict[int, list[int]] = {}
        # (start, end) -> the answer: the same ranges are asked about again (a sentence, a clause)
        self._answers: dict[tuple[int, int], list[T]] = {}

    def find(self, text: str, start: int, end: int) -> list[T]:
        if self._text is not text:
            self._text, self._blocks, self._starts, self._answers = text, {}, {}, {}
        answer = self._answers.get((start, end))
        if answer is None:
            answer = self._answers[(start, end)] = self._find(text, start, end)
        return list(answer)  # a copy: the caller may change it

    def _find(self, text: str, start: int, end: int) -> list[T]:
        found: list[T] = []
        position = start
        while position < end:
            block_start = text.rfind("\n\n", 0, position + 1)
            block_start = 0 if block_start < 0 else block_start + 2
            block_end = text.find("\n\n", position)
            block_end = len(text) if block_end < 0 else block_end
            items = self._blocks.get(block_start)
            if items is None:
                items = self._blocks[block_start] = self._scan(text, block_start, block_end)
                self._starts[block_start] = [item.start for item in items]
            first = bisect.bisect_left(self._starts[block_start], start)
            for item in items[first:]:
                if item.start >= end:
                    break
                if item.end <= end:
                    found.append(item)
            position = block_end + 2
        return found
