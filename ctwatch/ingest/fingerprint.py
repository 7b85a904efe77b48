"""Near-duplicate detection: the same story syndicated with small changes is recorded as a duplicate.

Two stages. A 64-bit SimHash over the text's words finds candidates cheaply: the same story with a few
words changed lands within `NEAR_DUPLICATE_BITS` bits. To find those without scanning every row, the
fingerprint is cut into four 16-bit bands; by the pigeonhole principle, fingerprints at most 3 bits
apart agree exactly on at least one band, and each band is an indexed column. Articles on one topic
share much vocabulary, so a candidate is confirmed only when the two texts also share most of their
three-word shingles (`resemblance`).
"""

import hashlib
import re
from collections import Counter

NEAR_DUPLICATE_BITS = 3
# Share of three-word shingles two texts must have in common to be one story.
MIN_RESEMBLANCE = 0.75
BAND_BITS = 16
BANDS = 64 // BAND_BITS
SHINGLE_WORDS = 3
WORD = re.compile(r"\w+", re.UNICODE)


def _feature_hash(feature: str) -> int:
    return int.from_bytes(hashlib.blake2b(feature.encode("utf-8"), digest_size=8).digest(), "big")


def simhash(text: str) -> int:
    """An unsigned 64-bit fingerprint of the text's words, weighted by count; 0 for a text without words.

    Single words rather than shingles: an edited word then moves one feature, not three. Bit b is set
    when more than half of the words' hashes (counted with repeats) have bit b set.
    """
    # The 64 per-bit counters are kept bit-sliced: planes[j] holds bit j of every counter, so adding a
    # word's hash to all 64 counters at once is a ripple-carry add of a few integer operations, instead
    # of a loop over 64 bits per word.
    planes: list[int] = []
    total = 0
    for word, count in Counter(WORD.findall(text.casefold())).items():
        h = _feature_hash(word)
        total += count
        for _ in range(count):
            carry, j = h, 0
            while carry:
                if j == len(planes):
                    planes.append(0)
                planes[j], carry = planes[j] ^ carry, planes[j] & carry
                j += 1
    fingerprint = 0
    for bit in range(64):
        ones = sum((plane >> bit & 1) << j for j, plane in enumerate(planes))
        if 2 * ones > total:
            fingerprint |= 1 << bit
    return fingerprint


def shingles(text: str) -> set[str]:
    words = WORD.findall(text.casefold())
    return {" ".join(words[i : i + SHINGLE_WORDS]) for i in range(max(1, len(words) - SHINGLE_WORDS + 1))}


def resemblance(a: str, b: str) -> float:
    """Jaccard similarity of the two texts' three-word shingles, from 0 (nothing shared) to 1."""
    sa, sb = shingles(a), shingles(b)
    if not sa or not sb:
        return 0.0
    return len(sa & sb) / len(sa | sb)


def bands(fingerprint: int) -> list[int]:
    """The four 16-bit bands of a fingerprint, low band first."""
    mask = (1 << BAND_BITS) - 1
    return [fingerprint >> (BAND_BITS * i) & mask for i in range(BANDS)]


def to_signed(fingerprint: int) -> int:
    """The fingerprint as a signed 64-bit integer, which is what a BIGINT column holds."""
    return fingerprint - (1 << 64) if fingerprint >= 1 << 63 else fingerprint


def to_unsigned(value: int) -> int:
    return value + (1 << 64) if value < 0 else value


def distance(a: int, b: int) -> int:
    return (to_unsigned(a) ^ to_unsigned(b)).bit_count()


def is_near_duplicate(a_text: str, b_text: str) -> bool:
    """Both stages at once, for two texts at hand."""
    return (
        distance(simhash(a_text), simhash(b_text)) <= NEAR_DUPLICATE_BITS
        and resemblance(a_text, b_text) >= MIN_RESEMBLANCE
    )
