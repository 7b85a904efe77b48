"""Building fast regular expressions from word lists.

Python's `re` tries every branch of an alternation at every position; an alternation shaped
as a trie ("s(?:aid|ays|tressed)|t(?:old|ells)") rejects most positions at the first letter
and runs several times faster on long texts.
"""

from __future__ import annotations

import re
from collections.abc import Iterable


def trie_pattern(words: Iterable[str]) -> str:
    """A non-capturing regex matching exactly the given literal words (longest first)."""
    trie: dict[str, dict] = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return _render(trie)


def _render(node: dict[str, dict]) -> str:
    ends_here = "" in node
    branches = [re.escape(char) + _render(child) for char, child in sorted(node.items()) if char]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if ends_here else body


def words_regex(
    words: Iterable[str] = (), stems: Iterable[str] = (), flags: int = re.IGNORECASE
) -> re.Pattern[str]:
    """Whole words from `words`, or any word beginning with one of `stems`, as one fast regex."""
    parts = []
    words, stems = list(words), list(stems)
    if words:
        parts.append(rf"\b{trie_pattern(words)}\b")
    if stems:
        parts.append(rf"\b{trie_pattern(stems)}\w*")
    return re.compile("|".join(parts), flags)


# re.IGNORECASE matches these to "i", "i" and "s"; str.lower() does not turn them into those letters.
_CASE_ODD = ("İ", "ı", "ſ")


class KeywordGate:
    """`pattern`, searched only in strings that hold one of `keywords` (in any letter case when the
    pattern ignores case): every match of the pattern holds one of them (tests check this).

    A search tries the pattern at every position of the string, and the word alternations below
    cost several microseconds per sentence; a few substring tests cost a fraction of that, and most
    strings asked about hold none of the key words."""

    __slots__ = ("pattern", "keywords", "ignore_case")

    def __init__(self, pattern: re.Pattern[str], keywords: Iterable[str]) -> None:
        self.pattern = pattern
        self.ignore_case = bool(pattern.flags & re.IGNORECASE)
        self.keywords = tuple(k.lower() for k in keywords) if self.ignore_case else tuple(keywords)

    def may_match(self, string: str) -> bool:
        """False only when the pattern cannot match anywhere in string."""
        haystack = string.lower() if self.ignore_case else string
        for keyword in self.keywords:
            if keyword in haystack:
                return True
        # "İ", "ı" and "ſ" match "i" and "s" when case is ignored, but lower() does not make them so
        return self.ignore_case and not string.isascii() and any(c in string for c in _CASE_ODD)

    def search(self, string: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
        if endpos is None:
            endpos = len(string)
        if not self.may_match(string[pos:endpos] if pos or endpos < len(string) else string):
            return None
        return self.pattern.search(string, pos, endpos)


def gated_words_regex(words: Iterable[str] = (), stems: Iterable[str] = ()) -> KeywordGate:
    """`words_regex(words, stems)`, searched only in strings that hold one of the words or stems."""
    words, stems = list(words), list(stems)
    return KeywordGate(words_regex(words, stems), [*words, *stems])
