"""Armed groups: finding their names in text and folding aliases (IS, ISIL, Daesh -> ISIS)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .regex import trie_pattern
from .scanning import ParagraphScanner

# Canonical name -> surface patterns. Order matters: affiliates before the parent so that
# "ISIL-K" is not read as "ISIL".
_GROUP_PATTERNS: list[tuple[str, str]] = [
    (
        "ISIS-K",
        r"IS[IL]{0,2}-K\b|IS[IL]{1,2} ?K\b|ISKP|"
        r"(?:Islamic State|IS[IL]{1,2})[- ](?:in Iraq and the Levant[- ])?Khorasan(?: Province)?|"
        r"Islamic State(?:'s)? Khorasan Province",
    ),
    ("ISWAP", r"ISWAP|Islamic State West Africa(?: Province)?"),
    ("ISGS", r"ISGS|Islamic State (?:in the )?Greater Sahara"),
    ("Islamic State Sahel Province", r"ISSP|Islamic State(?: in the)? Sahel(?: Province)?"),
    ("JNIM", r"JNIM|Jama[’']?at Nusrat al-Islam wal-Muslimin"),
    ("Abu Sayyaf", r"Abu Sayyaf"),
    (
        "ISIS",
        r"(?:the )?Islamic State(?: of Iraq and (?:the )?(?:Levant|Syria|al-Sham|Sham))?(?: in Iraq and "
        r"(?:the )?(?:Levant|Syria|al-Sham|Sham)(?:/Sham)?)?(?: group)?|Daesh(?=ISIS)|ISIS|ISIL|"
        r"Daesh|Da[’']esh|"
        r"\bIS\b(?= group| militants| fighters| jihadis| members| detainees| suspects| prisoners|"
        r" affiliates?| branch| leaders?| commanders| has| had| now| still| controls| controlled|\)|,)"
        r"|\(IS\)",
    ),
    ("al-Qaeda", r"(?i:al[- ]Qa[e']?ida|al[- ]Qaeda)(?! in the Arabian Peninsula| in the Islamic Maghreb)"),
    ("AQAP", r"AQAP|al[- ]Qaeda in the Arabian Peninsula"),
    ("AQIM", r"AQIM|al[- ]Qaeda in the Islamic Maghreb"),
    ("al-Nusra", r"(?:Jabhat )?al[- ]Nusra(?: Front)?|(?:the )?Nusra Front|Jabhat Fatah al-Sham"),
    ("HTS", r"Hay[’']?at Tahrir al-Sham|HTS"),
    ("al-Shabaab", r"(?i:al[- ]Shabaab|al[- ]Shabab)"),
    ("Boko Haram", r"Boko Haram"),
    ("Taliban", r"(?:the )?Taliban"),
    ("Hezbollah", r"Hezbollah|Hizbollah|Hizbullah"),
    ("Hamas", r"Hamas"),
    ("Tehreek-e-Taliban Pakistan", r"Tehr[ie]+k-e-Taliban Pakistan|TTP"),
    ("International Legion", r"(?i:international legion)"),
    ("Wagner Group", r"Wagner(?: Group)?"),
    # Other armed groups foreign fighters join or fight beside, named as they are usually written.
    ("Houthis", r"Houthis?|Ansar Allah"),
    ("PKK", r"PKK\b|Kurdistan Workers[’']? Party"),
    ("Ahrar al-Sham", r"Ahrar al-Sham"),
    ("Jaish al-Islam", r"Jaish al-Islam"),
    ("Free Syrian Army", r"Free Syrian Army|FSA\b"),
    ("Lashkar-e-Taiba", r"Lashkar-e-Tai?ba|LeT\b"),
    ("Jaish-e-Mohammed", r"Jaish-e-Moham+ed|JeM\b"),
    ("Allied Democratic Forces", r"Allied Democratic Forces|ADF\b"),
    ("Maute group", r"Maute(?: group)?"),
    ("Jemaah Islamiyah", r"Jemaah Islamiyah"),
    ("Jamaah Ansharut Daulah", r"Jamaah Ansharut Daulah|JAD\b"),
    ("Ansar Dine", r"Ansar Dine"),
    ("Ansar Bait al-Maqdis", r"Ansar Bait al-Maqdis"),
    ("Turkistan Islamic Party", r"Turkistan Islamic Party|TIP\b"),
    ("Islamic Movement of Uzbekistan", r"Islamic Movement of Uzbekistan|IMU\b"),
    ("Caucasus Emirate", r"Caucasus Emirate"),
]
_GROUP_RE = re.compile("|".join(f"(?P<g{i}>{pattern})" for i, (_, pattern) in enumerate(_GROUP_PATTERNS)))
_CANONICAL = {
    alias.lower(): name
    for name, alias in [
        ("ISIS", "IS"),
        ("ISIS", "ISIL"),
        ("ISIS", "Daesh"),
        ("ISIS", "Islamic State"),
        ("ISIS", "ISIS"),
        ("al-Qaeda", "al-Qaida"),
        ("al-Qaeda", "al Qaeda"),
        ("al-Qaeda", "al-Qaeda"),
    ]
}


@dataclass(frozen=True, slots=True)
class GroupMention:
    start: int
    end: int
    name: str  # canonical


def find_groups(text: str, start: int = 0, end: int | None = None) -> list[GroupMention]:
    """Every armed group named in text[start:end], with its canonical name."""
    end = len(text) if end is None else end
    if len(text) > 200:
        return _by_paragraph.find(text, start, end)  # an article: scanned once, by paragraph
    return list(_scan_cached(text, start, end))


@lru_cache(maxsize=8192)
def _scan_cached(text: str, start: int, end: int) -> tuple[GroupMention, ...]:
    return tuple(_scan(text, start, end))


# Where a group name can start. No leading \b, so the regex engine can skip ahead by first letter;
# the word boundary is checked in Python.
_TRIGGER = re.compile(
    trie_pattern(
        [
            "IS",
            "Islamic",
            "Daesh",
            "Da’esh",
            "Da'esh",
            "al-",
            "al ",
            "Al-",
            "Al ",
            "AQ",
            "Jabhat",
            "Nusra",
            "Hay",
            "HTS",
            "Boko",
            "Taliban",
            "Hez",
            "Hiz",
            "Hamas",
            "Tehr",
            "TTP",
            "international legion",
            "International Legion",
            "International legion",
            "Wagner",
            "(IS)",
            "JNIM",
            "Jama",
            "Abu Sayyaf",
            "Houthi",
            "Ansar",
            "PKK",
            "Kurdistan Workers",
            "Ahrar",
            "Jaish",
            "Free Syrian",
            "FSA",
            "Lashkar",
            "LeT",
            "JeM",
            "Allied Democratic",
            "ADF",
            "Maute",
            "Jemaah",
            "Jamaah",
            "JAD",
            "Turkistan",
            "TIP",
            "IMU",
            "Caucasus Emirate",
        ]
    )
)


def _scan(text: str, start: int, end: int) -> list[GroupMention]:
    found = []
    resume = start
    # Try the full pattern only where a group name can start: much faster than scanning with it.
    for trigger in _TRIGGER.finditer(text, start, end):
        at = trigger.start()
        if at < resume or (at and text[at] != "(" and (text[at - 1].isalnum() or text[at - 1] == "_")):
            continue
        m = _GROUP_RE.match(text, trigger.start(), end)
        if not m or m.end() == m.start():
            continue
        resume = m.end()
        index = int(m.lastgroup[1:]) if m.lastgroup else 0
        found.append(GroupMention(m.start(), m.end(), _GROUP_PATTERNS[index][0]))
    return found


_by_paragraph: ParagraphScanner[GroupMention] = ParagraphScanner(lambda t, s, e: _scan(t, s, e))


def canonical_group(name: str) -> str:
    """Fold a written alias to the canonical group name; unknown names are kept as written."""
    mentions = find_groups(name)
    if mentions and mentions[0].end - mentions[0].start >= len(name.strip()) - 1:
        return mentions[0].name
    return _CANONICAL.get(name.strip().lower(), name.strip())


def join_groups(names: list[str]) -> str | None:
    """Several groups joined by ', ' in order of first mention, without repeats."""
    unique = list(dict.fromkeys(names))
    return ", ".join(unique) if unique else None
