import hashlib
import re

from ctwatch.ingest.fingerprint import (
    bands,
    distance,
    is_near_duplicate,
    resemblance,
    simhash,
    to_signed,
    to_unsigned,
)

STORY = (
    "The United Nations said on Tuesday that more than 25,000 foreign terrorist fighters from over 100 "
    "countries had travelled to join militant groups, a rise of seventy percent in less than a year. "
    "The envoy told the council that most of them were in Syria and Iraq, and that hundreds were in "
    "Afghanistan, Libya and Yemen. Governments must share passenger data and watch lists, he said, and "
    "prosecute those who return. Several members called for stronger border checks and for work with "
    "social media companies against recruitment online."
)


def test_it_gives_the_same_story_with_small_changes_a_near_fingerprint():
    syndicated = STORY.replace("on Tuesday", "on Tuesday (AFP)").replace("he said", "the envoy said")
    assert distance(simhash(STORY), simhash(syndicated)) <= 3
    assert is_near_duplicate(STORY, syndicated)


def test_it_tells_different_stories_apart():
    other = (
        "Interpol said its database now holds the names of thousands of suspected fighters, and that "
        "member countries had shared more records this year than ever before, while several European "
        "ministers met in Brussels to discuss prisons, returning families and the trials of those held."
    )
    assert not is_near_duplicate(STORY, other)


def test_it_fingerprints_a_text_without_words_as_zero():
    assert simhash("") == 0
    assert simhash(" ... !!! ") == 0


def test_it_finds_near_fingerprints_through_a_shared_band():
    a = simhash(STORY)
    b = a ^ 0b1 ^ (1 << 20) ^ (1 << 40)  # three bits apart, in three different bands
    assert distance(a, b) == 3
    assert any(x == y for x, y in zip(bands(a), bands(b), strict=True))


def test_it_round_trips_through_a_signed_bigint():
    for value in (0, 1, (1 << 63) - 1, 1 << 63, (1 << 64) - 1):
        signed = to_signed(value)
        assert -(1 << 63) <= signed < (1 << 63)
        assert to_unsigned(signed) == value


def test_it_does_not_take_a_rewrite_on_the_same_topic_for_the_same_story():
    rewrite = (
        "More than 25,000 foreign terrorist fighters from over 100 countries have travelled to join militant "
        "groups, the United Nations said. Most are in Syria and Iraq; hundreds more are in Afghanistan, "
        "Libya and Yemen. The council urged governments to prosecute returnees and share passenger data."
    )
    assert resemblance(STORY, rewrite) < 0.75
    assert not is_near_duplicate(STORY, rewrite)


def reference_simhash(text: str) -> int:
    """The textbook definition, bit by bit: what the bit-sliced implementation must equal."""
    weights = [0] * 64
    for word in re.findall(r"\w+", text.casefold()):
        h = int.from_bytes(hashlib.blake2b(word.encode(), digest_size=8).digest(), "big")
        for bit in range(64):
            weights[bit] += 1 if h >> bit & 1 else -1
    return sum(1 << bit for bit, weight in enumerate(weights) if weight > 0)


def test_it_computes_the_textbook_simhash():
    for text in (STORY, "", "fighters", "the the the fighters", STORY.upper() + " 2015 2016 2015"):
        assert simhash(text) == reference_simhash(text)
