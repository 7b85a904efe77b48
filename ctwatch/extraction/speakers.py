"""Speakers: reading a name, its role and affiliation from a noun phrase ("Syria's Permanent
Representative to the UN, Bashar al-Jaafari"), normalizing it for matching ("Mr. Ban" ~ "Ban
Ki-moon"), and resolving pronouns and "the official" back to someone already named."""

from __future__ import annotations

import bisect
import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache

from .groups import find_groups
from .places import find_places
from .types import Evidence, Speaker

HONORIFICS = {
    "mr",
    "mrs",
    "ms",
    "dr",
    "prof",
    "sir",
    "dame",
    "lt",
    "gen",
    "col",
    "sgt",
    "capt",
    "maj",
    "adm",
    "sen",
    "rep",
    "gov",
    "mr.",
    "mrs.",
    "ms.",
    "dr.",
    "lt.",
    "gen.",
    "col.",
    "president",
    "minister",
}
# Words that make a capitalized phrase a title or a role rather than a person's name.
TITLE_WORDS = {
    "president",
    "minister",
    "secretary",
    "general",
    "secretary-general",
    "under-secretary-general",
    "director",
    "director-general",
    "chief",
    "head",
    "commissioner",
    "ambassador",
    "representative",
    "permanent",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "envoy",
    "special",
    "coordinator",
    "acting",
    "deputy",
    "executive",
    "chair",
    "chairman",
    "chairwoman",
    "chairperson",
    "foreign",
    "interior",
    "defense",
    "defence",
    "prime",
    "commander",
    "officer",
    "adviser",
    "advisor",
    "senator",
    "governor",
    "mayor",
    "king",
    "queen",
    "prince",
    "emir",
    "sheikh",
    "lieutenant",
    "colonel",
    "major",
    "captain",
    "admiral",
    "sergeant",
    "judge",
    "prosecutor",
    "attorney",
    "chancellor",
    "vice",
    "assistant",
    "associate",
    "senior",
    "press",
    "justice",
    "counter-terrorism",
    "counterterrorism",
    "security",
    "intelligence",
    "national",
    "federal",
    "state",
    "first",
    "high",
    "rapporteur",
    "member",
    "official",
    "leader",
    "lt.",
    "gen.",
    "mr.",
    "mrs.",
    "ms.",
    "dr.",
    "mr",
    "mrs",
    "ms",
    "dr",
    "former",
    "interim",
    "cabinet",
    "analyst",
    "researcher",
    "professor",
    "expert",
    "correspondent",
    "editor",
    "author",
    "founder",
    "co-founder",
    "u.s.",
    "un",
    "u.n.",
    "directors",
    "ministers",
    "officials",
    "representatives",
    "leaders",
    "heads",
    "chiefs",
    "political",
    "members",
    "delegates",
    "envoys",
    "commanders",
    "spokesmen",
    "secretaries",
    "presidents",
    "experts",
    "inspector",
    "superintendent",
    "detective",
    "constable",
    "marshal",
    "brigadier",
    "sheriff",
    "chief-of-staff",
    "undersecretary",
    "under-secretary",
    "ombudsman",
    "supervisor",
    "manager",
    "principal",
    "rabbi",
    "imam",
    "bishop",
    "pope",
    "cardinal",
    "lawyer",
    "mp",
    "mep",
    "congressman",
    "congresswoman",
    "lawmaker",
    "legislator",
    "parliamentarian",
    "councillor",
    "councilor",
    "councilman",
    "councilwoman",
    "consul",
    "attaché",
    "secretary-general's",
}
ORG_WORDS = {
    "states",  # "Member States told the Team": the governments, not a person
    "council",
    "office",
    "committee",
    "agency",
    "service",
    "services",
    "department",
    "ministry",
    "group",
    "organization",
    "organisation",
    "nations",
    "union",
    "coalition",
    "police",
    "interpol",
    "europol",
    "directorate",
    "center",
    "centre",
    "institute",
    "government",
    "house",
    "bureau",
    "commission",
    "assembly",
    "parliament",
    "congress",
    "senate",
    "court",
    "forces",
    "army",
    "command",
    "administration",
    "authority",
    "authorities",
    "network",
    "foundation",
    "observatory",
    "university",
    "programme",
    "program",
    "team",
    "force",
    "fbi",
    "cia",
    "nato",
    "eu",
    "un",
    "osce",
    "fsb",
    "mi5",
    "mi6",
    "aivd",
    "csis",
    "rcmp",
    "cted",
    "unoct",
    "pentagon",
    "kremlin",
    "news",
    "times",
    "post",
    "press",
    "reuters",
    "afp",
    "tass",
    "ria",
    "novosti",
    "television",
    "radio",
    "newspaper",
    "magazine",
    "journal",
    "board",
    "cabinet",
    "mission",
    "delegation",
    "secretariat",
    "monitoring",
    "panel",
    "unit",
    "watch",
    "international",
    "statement",
    "report",
    "crisis",
}
_PARTICLES = {
    "al",
    "el",
    "bin",
    "ibn",
    "van",
    "von",
    "de",
    "der",
    "den",
    "da",
    "di",
    "du",
    "la",
    "le",
    "ben",
    "abu",
    "al-",
    "el-",
    "dos",
    "das",
    "del",
    "ter",
    "ul",
}
_NOT_NAME = {
    "fighters",
    "militants",
    "jihadists",
    "mercenaries",
    "the",
    "a",
    "an",
    "this",
    "that",
    "these",
    "those",
    "in",
    "on",
    "at",
    "and",
    "but",
    "or",
    "of",
    "for",
    "to",
    "with",
    "by",
    "from",
    "as",
    "it",
    "he",
    "she",
    "they",
    "we",
    "i",
    "you",
    "his",
    "her",
    "their",
    "its",
    "our",
    "my",
    "your",
    # words that open a sentence and are no one's name: "Unlike earlier estimates, ... counted"
    "unlike",
    "despite",
    "although",
    "though",
    "whereas",
    "because",
    "unless",
    "until",
    "during",
    "amid",
    "amidst",
    "besides",
    "nonetheless",
    "instead",
    "therefore",
    "thus",
    "indeed",
    "separately",
    "elsewhere",
    "overall",
    "while",
    "after",
    "before",
    "since",
    "when",
    "if",
    "once",
    "among",
    "against",
    "within",
    "without",
    "including",
    "following",
    "regarding",
    "meanwhile",
    "however",
    "nevertheless",
    "also",
    "speaking",
    "citing",
    "according",
    "earlier",
    "later",
    "today",
    "yesterday",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "jan.",
    "feb.",
    "aug.",
    "sept.",
    "oct.",
    "nov.",
    "dec.",
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
    "breaking",
    "moscow",
    "washington",
    "london",
    "paris",
    "reuters",
    "afp",
    "ap",
    "read",
    "more",
    "so",
    "under",
    "most",
    "many",
    "some",
    "both",
    "all",
    "there",
    "here",
    "what",
    "who",
    "how",
    "why",
    "where",
    "one",
}
_NAME_TOKEN = re.compile(
    r"[A-ZÀ-ÖØ-ÞĀ-Ž][\w’'.-]*|(?:al|el|bin|ibn|van|von|de|da|di|du|le|la|ben|abu)(?:-|\s)(?=[A-Z])"
)
_SEPARATORS = re.compile(r"[,;:()\[\]“”\"\n]")
_WORD = re.compile(r"[^\s,;:()\[\]“”\"]+")
PRONOUNS = {"he": "person", "she": "person", "they": "group", "it": "org", "his": "person", "her": "person"}
# Definite descriptions that point back to someone named before.
ANAPHORS = {
    "official": "person",
    "minister": "person",
    "director": "person",
    "chief": "person",
    "head": "person",
    "spokesman": "person",
    "spokeswoman": "person",
    "spokesperson": "person",
    "envoy": "person",
    "president": "person",
    "ambassador": "person",
    "commander": "person",
    "secretary-general": "person",
    "department": "org",
    "ministry": "org",
    "agency": "org",
    "report": "report",
    "group": "org",
    "organization": "org",
    "organisation": "org",
    "office": "org",
    "committee": "org",
    "council": "org",
    "study": "report",
    "assessment": "report",
    "document": "report",
    "briefing": "report",
    "coalition": "org",
    "government": "org",
    "service": "org",
    "statement": "report",
    "coordinator": "person",
    "commissioner": "person",
    "representative": "person",
    "officer": "person",
    "adviser": "person",
    "advisor": "person",
    "general": "person",
    "colonel": "person",
    "prosecutor": "person",
    "governor": "person",
    "diplomat": "person",
    "centre": "org",
    "center": "org",
    "institute": "org",
    "forum": "org",
    "police": "org",
    "commission": "org",
    "foundation": "org",
    "observatory": "org",
    "university": "org",
    "think tank": "org",
}
GENERIC_PLURALS = {
    "officials",
    "authorities",
    "experts",
    "sources",
    "diplomats",
    "analysts",
    "investigators",
    "observers",
    "researchers",
    "commanders",
    "police",
    "prosecutors",
    "estimates",
    "figures",
    "data",
}
_ORG_ALIASES = {
    "un": "United Nations",
    "u.n.": "United Nations",
    "the un": "United Nations",
    "the united nations": "United Nations",
    "united nations": "United Nations",
    "unsc": "UN Security Council",
    "eu": "European Union",
    "the eu": "European Union",
    "us": "United States",
    "u.s.": "United States",
}


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Lower case without diacritics or punctuation (except hyphens), for matching."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    return " ".join(_PUNCTUATION.sub(" ", text.lower()).split())


@lru_cache(maxsize=16384)
def name_tokens(name: str) -> tuple[str, ...]:
    """Folded tokens of a person's name without honorifics."""
    return tuple(t for t in fold(name).split() if t not in HONORIFICS)


def speaker_key(name: str, is_person: bool) -> str:
    """Normalized key: a person's last name ('ban ki-moon' -> 'ban ki-moon' also matches 'mr. ban'
    through `same_speaker`), an organization's folded full name with aliases resolved."""
    if not is_person:
        folded = fold(_LEADING_THE.sub("", name))
        return fold(_ORG_ALIASES.get(folded, folded))
    tokens = name_tokens(name)
    return " ".join(tokens)


@dataclass(slots=True)
class Agent:
    """Whoever a sentence says is speaking, before resolution."""

    kind: str  # person, org, pronoun, anaphor, generic, report
    text: str
    start: int
    end: int
    name: str | None = None
    role: str | None = None
    head: str | None = None  # for anaphors and pronouns: "department", "he"


@lru_cache(maxsize=16384)
def is_org_phrase(phrase: str) -> bool:
    words = [fold(w) for w in phrase.split()]
    if any(w in ORG_WORDS for w in words):
        return True
    raw = phrase.split()
    if all(w.isupper() for w in raw) and 2 <= len(raw) <= 4 and all(len(w) > 2 for w in raw):
        return bool(find_groups(phrase))  # "NOUREDDINE ABBES": a name in capitals, as UN coverage writes them
    if any(w.isupper() and len(w) >= 2 for w in raw):
        return True
    return bool(find_groups(phrase))


def _is_place_phrase(phrase: str) -> bool:
    places = find_places(phrase)
    return bool(places) and sum(p.end - p.start for p in places) >= len(phrase.replace("'s", "")) - 2


_CAP = (
    r"(?:[A-ZÀ-ÖØ-ÞĀ-Ž][^\s,;:()\[\]“”\"]*"
    r"|(?:al|el|bin|ibn|van|von|de|da|di|du|le|la|ben|abu)-(?=[A-Z])[^\s,;:()\[\]“”\"]*)"
)
_PARTICLE = r"(?:al|el|bin|ibn|van|von|de|der|den|da|di|du|la|le|ben|abu|dos|das|del|ter|ul)-?"
# No lookbehind at the start (it would stop the regex engine from skipping ahead by first letter):
# a run must begin a word, which _find_runs checks.
_RUN_RE = re.compile(
    rf"{_CAP}(?:[ \t]+(?:(?:of|the|for|against|on|and|to|in)[ "
    rf"\t]+)*(?:{_CAP}|{_PARTICLE}(?=[\s,;:()\[\]“”\"]|$)))*"
)
_TOKEN_RE = re.compile(r"\S+")
_PARTICLE_START = re.compile(r"(?:al|el|bin|ibn|van|von|de|da|di|du|le|la|ben|abu)-[A-Z]")
# Compiled once at import: the helpers below run these many times per article,
# and re's own cache lookup costs more than the match on such short strings.
_PUNCTUATION = re.compile(r"[^\w\s-]")
_OF_PLACE_END = re.compile(r"\s+of\s+(?:the\s+)?([A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)*)$")
_POSSESSIVE_S = re.compile(r"[’']s$")
_UN_PREFIX = re.compile(r"^(?:UN|U\.N\.|United Nations)\b")
_GENERIC_TAIL_WORD = re.compile(r"\b(?:report|reports|official|officials|estimates?|data|figures|statement)$")
_SG_REPORT_END = re.compile(r"Secretary[- ]General[’']s report$")
_POSSESSIVE_ORG = re.compile(r"^(?:the\s+)?([A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)*)[’']s\b")
_LEADING_THE = re.compile(r"^the\s+", re.IGNORECASE)
_ORG_IN_ROLE = re.compile(
    r"\b(?:of|to|for|at)\s+(?:the\s+)?([A-Z][\w.’'-]*(?:\s+(?:of|for|on|the|and|against)?\s*[A-Z][\w.’'-]*)*)"
)
_RUN_SEPARATORS = frozenset(' \t\n\r,;:()[]“”"')
_CONNECTORS = {"of", "the", "for", "against", "on", "and", "to", "in"}


# The last article's runs, the article compared by identity (comparing long equal strings costs time).
_last_runs: list[object] = [None, [], []]


def capitalized_runs(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Spans of runs of capitalized words (allowing 'of the', 'al-' inside names and organizations);
    words such as 'The', 'In' or month names end a run."""
    if len(text) > 200:
        # An article is asked about many times: find its runs once, answer from them unless a run
        # straddles the edge of the range asked about.
        if _last_runs[0] is not text:
            runs = _find_runs(text, 0, len(text))
            _last_runs[:] = [text, runs, [end for _, end in runs]]  # ends: bisect without a key function
        whole: list[tuple[int, int]] = _last_runs[1]  # type: ignore[assignment]
        first = bisect.bisect_left(_last_runs[2], start)  # type: ignore[arg-type]
        inside: list[tuple[int, int]] = []
        for index in range(first, len(whole)):
            run = whole[index]
            if run[0] >= end:
                break
            if run[0] < start or run[1] > end:
                # a run across the edge of the range: only its part inside counts
                inside.extend(_find_runs(text, max(run[0], start), min(run[1], end)))
            else:
                inside.append(run)
        return inside
    return _find_runs(text, start, end)


# Where _RUN_RE can match: at a capital letter (it always does there), or at one of these
# particles before a hyphen and a capital ("al-Baghdadi").
_CAPITAL = re.compile(r"[A-ZÀ-ÖØ-ÞĀ-Ž]")
_PARTICLES_BEFORE_HYPHEN = {
    2: frozenset(("al", "el", "de", "da", "di", "du", "le", "la")),
    3: frozenset(("bin", "ibn", "van", "von", "ben", "abu")),
}


def _run_matches(text: str, start: int, end: int) -> list[re.Match[str]]:
    """What _RUN_RE.finditer(text, start, end) finds, trying the pattern only where it can match:
    its particle branch starts with common letters, so a scan with it tries nearly every position."""
    end = min(end, len(text))
    particles = []
    hyphen = text.find("-", start, end)
    while hyphen >= 0:
        if hyphen + 1 < end and "A" <= text[hyphen + 1] <= "Z":
            for size, words in _PARTICLES_BEFORE_HYPHEN.items():
                if hyphen - size >= start and text[hyphen - size : hyphen] in words:
                    particles.append(hyphen - size)
        hyphen = text.find("-", hyphen + 1, end)
    particles.sort()
    found = []
    position = start
    next_particle = 0
    while True:
        capital = _CAPITAL.search(text, position, end)
        at = capital.start() if capital else end
        while next_particle < len(particles) and particles[next_particle] < position:
            next_particle += 1
        if next_particle < len(particles):
            at = min(at, particles[next_particle])
        if at >= end:
            return found
        m = _RUN_RE.match(text, at, end)
        if m:
            found.append(m)
            position = m.end()
        else:
            position = at + 1


def _find_runs(text: str, start: int, end: int) -> list[tuple[int, int]]:
    runs: list[tuple[int, int]] = []
    for m in _run_matches(text, start, end):
        at, stop = m.span()
        if at > start and text[at - 1] not in _RUN_SEPARATORS:
            continue  # inside a word ("iPhone")
        phrase = m.group()
        if " " not in phrase and "\t" not in phrase:
            # one word, the usual case: a name or capitalized word on its own
            if phrase[0].isupper():
                if phrase.rstrip(".,’'").lower() not in _NOT_NAME:
                    runs.append((at, stop))
            elif _PARTICLE_START.match(phrase):
                runs.append((at, stop))
            continue
        run_start = run_end = -1
        for token_start, word in _tokens(phrase, at):
            bare = word.rstrip(".,’'").lower()
            if bare in _NOT_NAME and word[0].isupper():
                if run_start >= 0:
                    runs.append((run_start, run_end))
                run_start = -1
            elif run_start < 0:
                if word[0].isupper() or _PARTICLE_START.match(word):
                    run_start, run_end = token_start, token_start + len(word)
            elif bare not in _CONNECTORS:
                run_end = token_start + len(word)
        if run_start >= 0:
            runs.append((run_start, run_end))
    return runs


def _tokens(phrase: str, at: int) -> list[tuple[int, str]]:
    """(start, word) of each word of a run found at `at`: what _TOKEN_RE finds in it. A run holds no
    whitespace but the spaces and tabs between its words, so splitting on spaces finds them faster."""
    if "\t" in phrase:
        return [(at + t.start(), t.group()) for t in _TOKEN_RE.finditer(phrase)]
    tokens = []
    for word in phrase.split(" "):
        if word:
            tokens.append((at, word))
        at += len(word) + 1
    return tokens


# What a role is for, closing its name: "Under-Secretary-General for Political Affairs Tomasz Wierzbicki"
_PORTFOLIO_WORDS = {
    "affairs",
    "operations",
    "research",
    "policy",
    "studies",
    "relations",
    "cooperation",
    "planning",
    "analysis",
    "communications",
    "strategy",
}


@lru_cache(maxsize=16384)
def split_role_and_name(phrase: str) -> tuple[str | None, str | None]:
    """'Russian Federal Security Service Director Aleksandr Bortnikov' -> (role, 'Aleksandr Bortnikov').
    The name is the trailing words after the last title or organization word."""
    of_place = _OF_PLACE_END.search(phrase)
    if of_place and (find_places(of_place.group(1)) or is_org_phrase(of_place.group(1))):
        head_role, head_name = split_role_and_name(phrase[: of_place.start()])
        if head_name and looks_like_person(head_name):
            # "Foreign Minister Linas Linkevičius of Lithuania": the name, then where the role belongs
            return f"{head_role or ''} {phrase[of_place.start() :].strip()}".strip(), head_name
    words = phrase.split()
    cut = 0
    for i, word in enumerate(words):
        bare = fold(word).strip("-")
        if (
            bare in TITLE_WORDS
            or bare in ORG_WORDS
            or bare in {"of", "the", "for", "to", "and", "on", "against"}
            or bare in _PORTFOLIO_WORDS
            or word.endswith(("'s", "’s"))
            or any(ch.isdigit() for ch in word)  # "D66 parliamentarian ...": a party's name, not a person's
            or find_places(word)
            and i < len(words) - 1
        ):
            cut = i + 1
    if cut == len(words) and cut >= 2 and fold(words[-2]) not in TITLE_WORDS | ORG_WORDS:
        # "Foreign Minister Julie Bishop": a surname that is also a title word ends the phrase
        cut = len(words) - 2
        while (
            cut > 0
            and fold(words[cut - 1]) not in TITLE_WORDS | ORG_WORDS
            and not words[cut - 1].endswith("'s")
        ):
            cut -= 1
    name_words = words[cut:]
    before_name = fold(words[cut - 1]) if cut else ""
    if name_words and (
        before_name in ORG_WORDS
        and before_name not in TITLE_WORDS
        or before_name in {"for", "of", "on", "and", "against", "the", "to"}
    ):
        return phrase, None  # "International Red Cross": an organization's name, not a person after a title
    while name_words and fold(name_words[0]) in HONORIFICS:
        name_words = name_words[1:]
    role = " ".join(words[:cut]).strip(" ,") or None
    name = " ".join(name_words).strip(" ,.") or None
    if name and (_is_place_phrase(name) or find_groups(name) or fold(name) in _NOT_NAME):
        return phrase, None
    return role, name


@lru_cache(maxsize=16384)
def looks_like_person(name: str) -> bool:
    words = name.split()
    if not 1 <= len(words) <= 5 or is_org_phrase(name) or _is_place_phrase(name):
        return False
    if any(w.endswith(("ing", "-backed", "-led", "-based")) or fold(w) in _NOT_NAME for w in words):
        return False  # "Noting", "US-backed", "Aug"
    return all(
        w[:1].isupper() or fold(w).rstrip("-") in _PARTICLES or fold(w).startswith(("al-", "el-"))
        for w in words
    )


@lru_cache(maxsize=16384)
def normalize_org(phrase: str) -> str:
    """'the UN' -> 'United Nations'; 'a UN report' -> 'United Nations'; else as written without 'the'."""
    bare = re.sub(r"^(?:the|a|an)\s+", "", phrase.strip(" ,.’'"), flags=re.IGNORECASE)
    bare = _POSSESSIVE_S.sub("", bare)
    alias = _ORG_ALIASES.get(bare.lower())
    if alias:
        return alias
    m = _UN_PREFIX.match(bare)
    if m and _GENERIC_TAIL_WORD.search(bare):
        return "United Nations"
    if _SG_REPORT_END.search(bare):
        return "United Nations"
    return bare


def name_in_title_case(name: str) -> str:
    """'BASHAR AL-JAAFARI' -> 'Bashar al-Jaafari', 'MICHELE J. SISON' -> 'Michele J. Sison'."""
    words = []
    for word in name.split():
        parts = word.split("-")
        titled = [p[:1] + p[1:].lower() for p in parts]
        if len(parts) > 1 and fold(parts[0]) in _PARTICLES:
            titled[0] = titled[0].lower()
        words.append("-".join(titled) if fold(word) not in _PARTICLES else word.lower())
    joined = " ".join(words)
    return joined[:1].upper() + joined[1:]  # "VAN DER BERG" alone is "Van der Berg"


@dataclass(slots=True)
class SpeakerRegistry:
    """Everyone named so far in an article, in order, to resolve later mentions."""

    speakers: list[Speaker] = field(default_factory=list)
    # (position, speaker) for every mention, to find "the last person named before here"
    timeline: list[tuple[int, Speaker]] = field(default_factory=list)

    by_token: dict[str, list[Speaker]] = field(default_factory=dict)
    order: dict[int, int] = field(default_factory=dict)  # id(speaker) -> when first named
    memo: dict[tuple[str, bool], Speaker | None] = field(default_factory=dict)

    def _candidates(self, tokens: tuple[str, ...]) -> list[Speaker]:
        """Speakers sharing a word with the name: only they can match it (keeps lookups fast)."""
        seen: dict[int, Speaker] = {}
        for token in tokens:
            for speaker in self.by_token.get(token, ()):
                seen.setdefault(id(speaker), speaker)
        return (
            sorted(seen.values(), key=lambda sp: self.order[id(sp)]) if len(seen) > 1 else list(seen.values())
        )

    def find(self, name: str, is_person: bool) -> Speaker | None:
        # Lookups repeat (every mention of a name); answers stay valid until a speaker is added
        # or renamed, which clears this memo.
        memo_key = (name, is_person)
        if memo_key in self.memo:
            return self.memo[memo_key]
        found = self._find(name, is_person)
        self.memo[memo_key] = found
        return found

    def _find(self, name: str, is_person: bool) -> Speaker | None:
        tokens = name_tokens(name)
        if not tokens:
            return None
        folded = fold(name)
        for speaker in self._candidates(tuple(fold(name).split()) + tokens):
            if speaker.is_person != is_person:
                continue
            if is_person:
                theirs = name_tokens(speaker.name)
                # "Ban" ~ "Ban Ki-moon", "Jourova" ~ "Vera Jourová", "Al-Jaafari" ~ "Bashar al-Jaafari"
                if (
                    tokens == theirs
                    or len(tokens) == 1
                    and tokens[0] in theirs
                    or (len(theirs) == 1 and theirs[0] in tokens)
                    or tokens[-1] == theirs[-1]
                ):
                    return speaker
            elif (
                speaker.key == speaker_key(name, False)
                or len(folded) > 3
                and (folded in fold(speaker.name) or fold(speaker.name) in folded)
            ):
                return speaker
        return None

    def add(self, name: str, is_person: bool, role: str | None, evidence: Evidence) -> Speaker:
        if is_person and name.isupper() and len(name) > 3:
            name = name_in_title_case(name)  # "FRANÇOIS DELATTRE (France) said", as UN coverage prints names
        found = self.find(name, is_person)
        if found is None:
            affiliation = _affiliation(role) if role else None
            found = Speaker(
                name=name,
                key=speaker_key(name, is_person),
                role=role,
                affiliation=affiliation,
                is_person=is_person,
            )
            self.order[id(found)] = len(self.speakers)
            self.speakers.append(found)
            self._index(found)
            self.memo.clear()
        else:
            if is_person and len(name_tokens(name)) > len(name_tokens(found.name)):
                found.name = name  # the fuller form wins: "Mr. Voronkov" then "Vladimir Voronkov"
                found.key = speaker_key(name, True)
                self._index(found)
                self.memo.clear()
            if role and not found.role:
                found.role, found.affiliation = role, _affiliation(role)
        found.mentions.append(evidence)
        self.timeline.append((evidence.start, found))
        return found

    def _index(self, speaker: Speaker) -> None:
        for token in (
            set(fold(speaker.name).split()) | set(name_tokens(speaker.name)) | set(speaker.key.split())
        ):
            bucket = self.by_token.setdefault(token, [])
            if speaker not in bucket:
                bucket.append(speaker)

    def last_before(self, position: int, want: str) -> Speaker | None:
        """The last person (want='person') or organization ('org') mentioned before position."""
        for at, speaker in reversed(
            self.timeline[-500:] if self.timeline and self.timeline[-1][0] < position else self.timeline
        ):
            if at >= position:
                continue
            if want == "any" or speaker.is_person == (want == "person"):
                return speaker
        return None

    def by_role(self, role_words: str, position: int) -> Speaker | None:
        """'Syria's Permanent Representative to the UN' said ... -> whoever was given that role."""
        wanted = set(fold(role_words).split()) - {"the", "of", "to", "a"}
        best = None
        for speaker in self.speakers:
            if not speaker.role or not speaker.mentions or speaker.mentions[0].start >= position:
                continue
            theirs = set(fold(speaker.role).split())
            if wanted and wanted <= theirs | set(fold(speaker.name).split()):
                best = speaker
        return best


def _affiliation(role: str) -> str | None:
    """The organization named inside a role: 'Under-Secretary-General of the UN Office of
    Counter-Terrorism' -> 'UN Office of Counter-Terrorism'; 'Syria's ...' -> 'Syria'."""
    m = _ORG_IN_ROLE.search(role)
    if m:
        return m.group(1)
    m = _POSSESSIVE_ORG.match(role)
    if m:
        return m.group(1)
    runs = [w for w in role.split() if w[:1].isupper() and fold(w) not in TITLE_WORDS]
    return " ".join(runs) or None


# Transcripts, Hansard and Q&A interviews open each turn with the speaker's label:
# "MR. TOLLIVER:", "COL. HOLLISTER:", "Mr Linley:", "Dame Ann Roe (Lowden) (Con):",
# "The Minister for Security (Mr Edward Hale):", "SENIOR STATE DEPARTMENT OFFICIAL:".
_LABEL = re.compile(r"(?P<label>[A-Z][^:\n“”\"]{0,110}?)\s*:\s")
_LABEL_HONORIFIC = re.compile(
    r"^(?:(?:MR|MS|MRS|DR|COL|GEN|ADM|LT|MAJ|CAPT|AMB|SEN|REP|GOV|SGT|PROF|Mr|Ms|Mrs|Dr|Col|Gen|Adm|Lt|Maj|"
    r"Capt|Amb|Sen|Rep|Gov|Sgt|Prof|Dame|Sir|Lord|Lady|Baroness|Baron)\.?\s+)+"
)
_LABEL_PAREN = re.compile(r"\s*\((?P<inside>[^()]{1,60})\)")
_NOT_LABELS = {
    "question",
    "q",
    "a",
    "answer",
    "transcript",
    "note",
    "update",
    "editor",
    "editor's note",
    "read more",
    "related",
    "photo",
    "video",
    "watch",
    "listen",
    "source",
    "sources",
    "correction",
    "breaking",
    "key findings",
    "claim",
    "our rating",
    "rating",
    "verdict",
    "summary",
    "background",
    "caption",
    "image",
    "credit",
    "file",
    "share",
    "tags",
    "topics",
    "moderator",
    "operator",
}
# "SENIOR STATE DEPARTMENT OFFICIAL TWO": officials on background, told apart by number
_NUMBERED_OFFICIAL = re.compile(
    r"^(?:[\w.]+\s+){0,4}(?:official|briefer|spokesperson)\s+"
    r"(?:one|two|three|four|five|number \w+|[1-9A-E])$",
    re.IGNORECASE,
)
# an unnamed official labelled by role speaks for the organization the role names
_LABEL_OFFICIAL = re.compile(
    r"^(?:(?:senior|administration|high-ranking|u\.?s\.?|american)\s+)*(?P<org>.+?)\s+"
    r"(?:official|officials|spokesperson|spokesman|spokeswoman|representative)$",
    re.IGNORECASE,
)


@dataclass(slots=True)
class SpeakerLabel:
    name: str
    is_person: bool
    start: int  # the name's span in the text
    end: int
    label_end: int  # just after the colon
    upper: bool  # written in capitals, as agency transcripts do


def speaker_label(text: str, start: int, end: int) -> SpeakerLabel | None:
    """The speaker label opening a paragraph of a transcript, if there is one."""
    colon = text.find(":", start, min(end, start + 130))
    m = _LABEL.match(text, start, end) if colon > start else None
    if not m:
        return None
    label = m.group("label")
    if fold(label) in _NOT_LABELS or len(label.split()) > 12:
        return None
    name_start = start
    # "The Minister for Security (Mr Edward Hale)": the name in brackets after a role
    for paren in _LABEL_PAREN.finditer(label):
        inside = paren.group("inside")
        if _LABEL_HONORIFIC.match(inside + " "):
            bare = _LABEL_HONORIFIC.sub("", inside + " ").strip()
            if bare and looks_like_person(bare):
                at = start + paren.start("inside")
                return SpeakerLabel(bare, True, at, at + len(inside), m.end(), False)
    # "Dame Ann Roe (Lowden) (Con)": drop constituency and party
    paren = _LABEL_PAREN.search(label)
    head = label[: paren.start()] if paren else label
    honorific = _LABEL_HONORIFIC.match(head + " ")
    if honorific and honorific.end() > len(head):
        return None  # "Mr:" alone
    bare = head[honorific.end() :].strip() if honorific else head.strip()
    name_start = start + (honorific.end() if honorific else 0)
    words = bare.split()
    if not words or len(words) > 5 or not all(w[:1].isupper() or w.lower() in _PARTICLES for w in words):
        return None
    upper = bare.isupper()
    if _NUMBERED_OFFICIAL.match(bare):
        # officials briefing on background are told apart by number: each is a speaker of their own
        name = " ".join(w.capitalize() if w.isupper() and len(w) > 1 else w for w in words)
        return SpeakerLabel(name, False, start, start + len(bare), m.end(), upper)
    official = _LABEL_OFFICIAL.match(bare)
    if official and not honorific:
        org = official.group("org").strip()
        org = " ".join(w.capitalize() if w.isupper() and len(w) > 3 else w for w in org.split())
        return SpeakerLabel(org, False, start, start + len(bare), m.end(), upper)
    if len(words) > 4 or (not upper and not honorific and not looks_like_person(bare)):
        return None
    name = name_in_title_case(bare) if upper else bare
    return SpeakerLabel(name, True, name_start, name_start + len(bare), m.end(), upper)
