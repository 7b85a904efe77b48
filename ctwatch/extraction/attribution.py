"""Attribution: who a sentence says is speaking ("X said", "according to X", "said X", "X told
reporters", "in this report"), and resolving that agent to a speaker in the registry."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, fields

from .places import find_places
from .regex import KeywordGate, trie_pattern
from .speakers import (
    ANAPHORS,
    GENERIC_PLURALS,
    PRONOUNS,
    TITLE_WORDS,
    Agent,
    SpeakerRegistry,
    capitalized_runs,
    fold,
    is_org_phrase,
    looks_like_person,
    name_in_title_case,
    normalize_org,
    split_role_and_name,
)
from .types import Evidence

SPEECH_VERB_WORDS = (
    "said",
    "says",
    "say",
    "told",
    "tells",
    "added",
    "adds",
    "stressed",
    "stresses",
    "noted",
    "notes",
    "warned",
    "warns",
    "stated",
    "states",
    "explained",
    "continued",
    "revealed",
    "reveals",
    "estimated",
    "estimates",
    "estimate",
    "believe",
    "assess",
    "count",
    "put the number",
    "put their number",
    "puts their number",
    "put its strength",
    "puts its strength",
    "believes",
    "believed",
    "indicated",
    "urged",
    "announced",
    "announces",
    "reported",
    "reports",
    "wrote",
    "writes",
    "admitted",
    "argued",
    "claimed",
    "claims",
    "insisted",
    "emphasised",
    "emphasized",
    "underlined",
    "pointed out",
    "declared",
    "declares",
    "confirmed",
    "confirms",
    "assessed",
    "acknowledged",
    "asserted",
    "observed",
    "concluded",
    "predicted",
    "disclosed",
    "tweeted",
    "testified",
    "alleged",
    "highlighted",
    "recalled",
    "remarked",
    "replied",
    "responded",
    "cautioned",
    "projected",
    "calculated",
    "counted",
    "spoke",
    "found",
    "finds",
    "show",
    "shows",
    "counts",
    "concludes",
    "saying",
    "assesses",
    "put the number",
    "puts the number",
    "put the figure",
    "puts the figure",
    "put the total",
    "puts the total",
    "briefed",
    "expressed",
    "cited",
    "quoted",
    "called",
    "calls",
    "identified",
    "documented",
    "recorded",
    "tallied",
)
SPEECH_VERBS = trie_pattern(SPEECH_VERB_WORDS)
_AUXILIARY_TAIL = re.compile(
    r"(?:\s*,)?(?:\s+(?:has|have|had|also|then|later|previously|earlier|recently|again|further|now|"
    r"once|already|repeatedly|publicly|reportedly|last\s+(?:week|month|year)|this\s+(?:week|month|year)|"
    r"on\s+\w+day|\w+day|in\s+[A-Z][a-z]+|(?:[A-Z][a-z]+\.?\s+\d{1,2})|(?:\d{1,2}\s+[A-Z][a-z]+)))+\s*,?\s*$"
)
# a time phrase may stand between the participle and "by": "a study published on Monday by X"
_WHEN = r"(?:\s+(?:on|last|this|earlier|in|late|early)\s+[\w-]+(?:\s+\d{1,2},?)?)?"
_PASSIVE_BY = re.compile(
    r"\b(?:explained|stated|said|written|announced|issued|presented|published|released|supplied|compiled|"
    r"prepared|produced|collected|gathered|circulated|commissioned|"
    rf"given|made|provided|cited|estimated|reported|revealed|put forward){_WHEN}\s+by\s+"
)
_FIGURES_OWNER = re.compile(
    r"(?:(?:the|its|their)\s+)?(?:(?:latest|new|official|own)\s+)*(?P<who>(?:[\w-]+\s+){0,3}?(?:ministry|department|"
    r"police|agency|agencies|government|office|service|services|authorities|army|military|forces|"
    r"prosecutors?|intelligence))(?:[’']s?)?\s+(?:own\s+)?(?:figures|data|estimates?|count|tally|statistics|"
    r"numbers|reckoning)\b",
    re.IGNORECASE,
)
# "figures from national security agencies", "data supplied by the SDF": who the numbers come from
_FIGURES_FROM = re.compile(
    r"\b(?:figures|data|numbers|statistics|estimates?|count|tally|information)\s+(?:from|of)\s+"
    r"(?=(?:the\s+)?[A-Za-z])"
)
_GENERIC_END = re.compile(
    rf"(?:(?P<mod>(?:[A-Z][\w.’'-]*\s+){{1,3}}(?:[a-z][\w-]*\s+)?|(?:[A-Z][\w.’'-]*\s+){{0,3}}|(?:\w+\s+)?(?:intelligence|security|government|western|"
    rf"european|american|military|senior|local)\s+)?(?P<head>{'|'.join(sorted(GENERIC_PLURALS))}))\s*$",
)
_ANAPHOR_START = re.compile(
    r"(?:the|a|an)\s+(?:[\w’'-]+\s+){0,3}?(?P<head>" + "|".join(ANAPHORS) + r")\b", re.IGNORECASE
)
_ANAPHOR_END = re.compile(
    rf"\b(?:the|this|that|a|an|its|his|her|their)\s+(?:[\w.’'-]+\s+){{0,3}}?(?P<head>{'|'.join(ANAPHORS)})"
    rf"(?:\s+of\s+(?:the\s+)?[\w.’'() -]+?)?\s*$",
    re.IGNORECASE,
)
_ROLE_OF = KeywordGate(
    re.compile(
        r"\b(?P<role>(?:the\s+)?(?:[\w-]+\s+)?(?:head|chief|director|leader|spokesman|spokeswoman|spokesperson|"
        r"chairman|chair|commander|minister|secretary|president|envoy|ambassador|representative|delegate|"
        r"delegation)\s+of\s+(?:the\s+)?[\w.’' ()-]+?)\s*,?\s*$",
        re.IGNORECASE,
    ),
    (
        *("head", "chief", "director", "leader", "spokes", "chair", "commander", "minister", "secretary"),
        *("president", "envoy", "ambassador", "representative", "delegat"),
    ),
)
# The first two are searched only where their verbs occur (the report words the others need are in
# every phrase asked about).
_REPORT_ORG = [
    KeywordGate(
        re.compile(
            r"(?P<org>\b[A-Z][\w’'.-]*(?:\s+(?:of|for|on|and|the)?\s*[A-Z][\w’'.-]*)*)\s+(?:has\s+|have\s+)?"
            r"(?:put out|released|published|issued|produced|presented)\s+(?:a|an|its|the|their)\s+"
            r"(?:new\s+|latest\s+)?(?:report|study|assessment|survey|analysis)"
        ),
        ("put out", "released", "published", "issued", "produced", "presented"),
    ),
    KeywordGate(
        re.compile(
            r"\b(?:published|released|issued|prepared|compiled|produced|presented|circulated|supplied)"
            rf"{_WHEN}\s+by\s+"
            r"(?P<org>(?:the\s+)?[^,.;]+?)(?=\s+(?:on|in|at|last|this|which|that|who)\b|[,.;]|$)"
        ),
        (
            "published",
            "released",
            "issued",
            "prepared",
            "compiled",
            "produced",
            "presented",
            "circulated",
            "supplied",
        ),
    ),
    re.compile(
        r"\b(?:report|assessment|study|briefing|review|estimate)s?\s+(?:by|from|of)\s+"
        r"(?P<org>(?:the\s+|an?\s+(?=[A-Z]))?[A-Z][^,.;]*?)(?=\s+(?:on|in|at|last|this|which|that|who|concerning|said|says|"
        # "the Centre for Detention and Justice Studies": "for" before a name is part of it
        r"to|for(?!\s+(?:the\s+)?[A-Z]))\b|[,.;(]|$)"
    ),
    re.compile(
        r"(?P<org>\b(?:[A-Z][\w.’'-]*\s+)*[A-Z][\w.’'-]*?)(?:[’']s)?\s+(?:\d+\w*\s+|new\s+|latest\s+|"
        r"annual\s+|first\s+|biannual\s+|[\w-]+-level\s+)*(?:report|reports|assessment|study|briefing|"
        r"estimates?)\b"
    ),
]


@dataclass(slots=True)
class Attribution:
    agent: Agent
    verb_start: int
    rule: str


_TAIL_WORDS = {
    "has",
    "have",
    "had",
    "also",
    "then",
    "later",
    "previously",
    "earlier",
    "recently",
    "again",
    "further",
    "now",
    "once",
    "already",
    "repeatedly",
    "publicly",
    "reportedly",
    "week",
    "month",
    "year",
    "today",
    "tonight",
    "yesterday",
}
_MONTH_STARTS = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"}
_TAIL_PAREN = re.compile(r"\s*\([^)]*\)\s*$")
_TAIL_TODAY = re.compile(r"\s+(?:today|tonight|yesterday)\s*$")
_ACCORDING_WORDS = [
    "according to",
    "According to",
    "citing",
    "Citing",
    "as cited by",
    "As cited by",
    "as reported by",
    "As reported by",
    "per",
    "Per",
]
_PASSIVE_WORDS = [
    "explained",
    "stated",
    "said",
    "written",
    "announced",
    "issued",
    "presented",
    "published",
    "released",
    "given",
    "made",
    "provided",
    "cited",
    "estimated",
    "reported",
    "revealed",
    "put forward",
]
# The kinds of cue of attribution, in order: at a place the first kind listed that matches wins.
_CUE_PATTERNS = [
    ("according", re.compile(trie_pattern(_ACCORDING_WORDS) + r"\s+")),
    (
        "by_count",
        re.compile(
            r"[Bb]y\s+(?=(?:the\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,3}?[\w-]+[’']s?\s+(?:own\s+)?"
            r"(?:count|estimate|tally|figures|reckoning|calculations?)\b)"
        ),
    ),
    (
        "report_in",
        re.compile(
            r"[Ii]n\s+(?:this|the|its|their|a|that)\s+(?:new\s+|latest\s+|annual\s+)?"
            r"(?:report|assessment|study|statement)\b"
        ),
    ),
    ("passive", re.compile(trie_pattern(_PASSIVE_WORDS) + r"\s+by\s+")),
    ("verb", re.compile(rf"{SPEECH_VERBS}\b")),
]
# All kinds of cue in one pattern, in the order above, each kind a named group. The leading \b is
# the "not inside a word" test: every cue starts with a letter.
_ANY_CUE = re.compile(r"\b(?:" + "|".join(f"(?P<{kind}>{p.pattern})" for kind, p in _CUE_PATTERNS) + ")")
# Where a cue can start: a word that is the first word of one. _ANY_CUE is tried only there (see
# _cues): tried at every word, its five groups cost more than this one list of words.
_CUE_FIRST_WORDS = {
    phrase.split()[0] for phrase in (*_ACCORDING_WORDS, *_PASSIVE_WORDS, *SPEECH_VERB_WORDS)
} | {"By", "by", "In", "in"}
_CUE_START = re.compile(r"\b" + trie_pattern(sorted(_CUE_FIRST_WORDS)))
_REPORT_WORDS = {"report", "reports", "assessment", "study", "estimates", "document"}
_ANAPHOR_HEADS = set(ANAPHORS)
_COUNTRY_DELEGATE = re.compile(
    r"(?:^|(?<=\s))(?P<country>[A-Z][\w.’' -]{1,40}?)[’']s\s+(?:delegate|representative|envoy|ambassador|"
    r"delegation|permanent representative)\s*$"
)
_DELEGATE = re.compile(
    r"\b(?P<name>[A-Z][A-Z'’.-]+(?:\s+[A-Z][A-Z'’.-]+)+)\s+\((?P<country>[A-Z][^()]{2,40})\)\s*,?\s*$"
)
_UNNAMED_OFFICIAL = re.compile(
    r"\s*(?:[Aa]n?|[Oo]ne|[Tt]wo|[Tt]hree|[Ss]everal)\s+(?:(?:senior|top|high-ranking|high-level|local|former|"
    r"western|[A-Z][a-z]+(?:ian|ese|ish|i))\s+)*"
    r"(?P<org>(?:[A-Z][\w.&-]*\s+){1,5}|(?:[a-z-]+\s+){0,2}(?:ministry|police|army|military|government)\s+)"
    r"(?:official|spokesman|spokeswoman|spokesperson|source|commander|officer|representative)s?"
    r"(?:\s*,[^,]*)?\s*$"
)
_INDEFINITE = {"a", "an", "one", "two", "three", "several"}
_ORG_HEADS = {
    "think-tank",
    "tank",
    "consultancy",
    "institute",
    "watchdog",
    "group",
    "centre",
    "center",
    "ngo",
    "charity",
    "foundation",
    "organisation",
    "organization",
    "agency",
    "ministry",
    "commission",
}
_UNNAMED_PERSON = re.compile(
    r"\s*(?:[Aa]n?|[Oo]ne)\s+(?P<np>(?:[\w-]+\s+){0,3}(?:official|analyst|commander|diplomat|officer|"
    r"spokesman|spokeswoman|spokesperson|expert|researcher)(?:\s+in\s+(?:the\s+)?[\w -]{1,40}?)?)"
    r"(?:\s*,[^,]*,?)?\s*$"
)
_ORG_DESCRIBED = re.compile(
    r"\b(?P<det>[Aa]n?|[Tt]he|[Oo]ne)\s+(?P<np>(?:[\w’'-]+\s+){0,3}?"
    r"(?:think[- ]tank|consultancy|institute|watchdog|"
    r"monitoring group|research group|research centre|research center|NGO|charity|foundation|"
    r"organi[sz]ation|agency|ministry|commission))\s*$"
)
_LEAD_IN = re.compile(
    r"\s*(?:On \w+|In \w+|Nevertheless|Meanwhile|However|Earlier[^,]*|Later[^,]*|Also|But|And|Separately|"
    r"[A-Z][a-z]+ing\b[^,]{0,60}|(?:In|At|During|After)\b[^,]{0,60})\s*,?\s*"
)
_ALSO_NOUNS = {
    "states",
    "notes",
    "reports",
    "claims",
    "calls",
    "estimates",
    "estimate",
    "count",
    "puts",
    "counted",
    "recorded",
}
_NOUN_BEFORE = re.compile(
    r"(?:\b(?:[Mm]ember|[Uu]nited|[Tt]he|of|these|those|its|his|her|their|our|and|many|all|several|some|"
    r"such|two|three|other|new|media|news|press|[A-Z][a-z]+ian|[A-Z][a-z]+ese))\s+$"
)
_RELATIVE_END = re.compile(r",?\s*(?:which|that|who)\s*$")
_PASSIVE_BEFORE = re.compile(r"\b(?:is|are|was|were|be|been|being)\s+(?:\w+ly\s+)?$")
_RELATIVE_TAIL = re.compile(r",\s*(?:who|whose|which|where)\b[^,]*,?\s*$")
_INVERTIBLE = re.compile(
    r"^(?:said|says|added|adds|continued|stressed|noted|explained|warned|declared|insisted|"
    r"stated|wrote|writes|asked|replied|concluded|remarked|argued|observed)$"
)
# Compiled once at import: the helpers below run these many times per article,
# and re's own cache lookup costs more than the match on such short strings.
_MR_MRS_MS_DR = re.compile(r"(?:Mr|Mrs|Ms|Dr)\.?\s")
_COMMA_CLAUSE_START = re.compile(r",\s*(?:citing|according|speaking|who|which|said)\b")
_POSSESSIVE_S = re.compile(r"[’']s$")
_STOP_OR_QUOTE_MARK = re.compile(r"[.;:“”\"]")
_POSSESSIVE_S_WORD = re.compile(r"[’']s\b")
# the phrase runs to the next punctuation, but not to the dots of "U.S." ("according to U.S. officials")
_NOUN_PHRASE = re.compile(r"\s*(?P<np>(?:[^,.;:“”\"()]|(?<=\b[A-Z])\.(?=[A-Z]|\s+[a-z]))+)")
_NAMED_GENERIC = re.compile(
    r"(?:[A-Z][\w.’'-]*\s+){1,3}(?:(?:intelligence|security|military|senior)\s+)?(?P<head>\w+)\s*"
)
# "Centre for Conflict and Justice", "Institute of Peace": a body's name, not a title before a surname
_BODY_OF = re.compile(
    r"(?:[A-Z][\w-]*\s+)?(?:Centre|Center|Institute|Office|Council|Commission|Foundation|Observatory|"
    r"Programme|Program|Bureau|Directorate|Agency|Department|School)\s+(?:for|of|on)\s"
)
_APPOSITIVE_NAME = re.compile(
    r",\s+(?:(?:Dr|Mr|Mrs|Ms|Prof|Professor)\.?\s+)?(?P<name>[A-Z][\w’'-]+(?:\s+(?:al-|bin\s+|van\s+|de\s+)?"
    r"[A-Z][\w’'-]+){1,3})\s*(?=[,.;]|$)"
)
_DETERMINER_END = re.compile(r"(?:the|a|an|this|that|these)\s*$")
_DOCUMENT_WORD = re.compile(r"\b(?:report|reports|assessment|study|estimates|document|data|figures)\b")
_LOWERCASE_WORDS_BEFORE_CAPITAL = re.compile(r"(?:[a-z][\w-]*\s+){1,4}(?=[A-Z])")
_DETERMINER_START = re.compile(r"(?:the|a|an|this|that|its|their|his|her)\b")
_LEADING_ARTICLE = re.compile(r"(?:the|a|an)\s+")
_POSSESSIVE_THEN_WORDS = re.compile(r"[’']s\s+([\w -]+)")
# Words a report pattern can take for its author: "A report", "Its latest report"
_NOT_AN_ORG = {
    "this",
    "the",
    "new",
    "latest",
    "a",
    "an",
    "one",
    "its",
    "their",
    "our",
    "his",
    "her",
    "that",
    "another",
}
_LEADING_ARTICLE_OR_IN = re.compile(r"^(?:[Tt]he|[Aa]n?|[Ii]n|[Tt]his)\s+")
_UN_OR_SECRETARY_GENERAL = re.compile(r"^(?:Secretary[- ]General|UN|U\.N\.|United Nations)\b")
_LEADING_CONNECTIVE = re.compile(
    r"^(?:and|but|while|meanwhile|however|the|on \w+|in \w+)\b,?\s*", re.IGNORECASE
)
_POSSESSIVE_STATEMENT = re.compile(
    r"(?P<who>[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)*)[’']s\s+(?:statement|remarks|comments|"
    r"estimate|figures|data|report|assessment|testimony|interview|speech)\b"
)
_ROLE_WORD = re.compile(r"\b(?:chief|head|official|spokesman|envoy|director|minister|ambassador)\b")
_CAPITALIZED_WORD = re.compile(r"[A-Z][a-z]+")


def _strip_tail(window: str) -> str:
    """Drop adverbs, dates and relative clauses between a subject and its verb ("Bortnikov also",
    "Putin last month", "the minister of Lithuania, whose country holds the presidency,")."""
    # Patterns anchored at the end are searched in the last 120 characters only: searching a
    # long window for "...$" costs time proportional to its length squared.
    for _ in range(2):
        cut = max(0, len(window) - 120)
        tail = window[cut:]
        words = tail.rstrip(" ,").rsplit(None, 1)
        last = words[-1] if words else ""
        relative = ", who" in tail or ", which" in tail or ", where" in tail  # ", whose" holds ", who"
        if not (
            relative
            or last.endswith(")")
            or last.lower() in _TAIL_WORDS
            or last[:1].isdigit()
            or last[:3] in _MONTH_STARTS
            or last.endswith("day")
        ):
            break  # the window ends in a plain word: nothing to strip (the patterns below are costly)
        tail = _TAIL_PAREN.sub("", tail)
        tail = _TAIL_TODAY.sub("", tail)
        m = _AUXILIARY_TAIL.search(tail)
        tail = tail[: m.start()] if m else tail
        m = _RELATIVE_TAIL.search(tail)
        tail = tail[: m.start()] if m else tail
        if len(tail) == len(window) - cut:
            break  # nothing was stripped (the steps above only cut): a second pass would do the same
        window = window[:cut] + tail
    return window


_AGENT_FIELDS = tuple(f.name for f in fields(Agent))
# Subjects found in the last text (compared by identity), by (clause start, verb start): a quote's
# speaker is often read from the same verb and clause as the attribution found before it.
_last_agents: list[object] = [None, {}]


def agent_before(text: str, clause_start: int, verb_start: int) -> Agent | None:
    """The subject of a speech verb, read backwards from the verb to the clause start."""
    if _last_agents[0] is not text:
        _last_agents[:] = [text, {}]
    known: dict[tuple[int, int], Agent | None] = _last_agents[1]  # type: ignore[assignment]
    key = (clause_start, verb_start)
    if key not in known:
        known[key] = _agent_before(text, clause_start, verb_start)
    agent = known[key]
    if agent is None:
        return None
    # a copy (made field by field: dataclasses.replace costs several times more): a caller may change it
    return Agent(*[getattr(agent, name) for name in _AGENT_FIELDS])


def _agent_before(text: str, clause_start: int, verb_start: int) -> Agent | None:
    raw = text[clause_start:verb_start]
    delegate = _DELEGATE.search(raw, max(0, len(raw) - 90)) if raw.rstrip(" ,").endswith(")") else None
    if delegate and find_places(delegate.group("country")):
        # UN meetings coverage: "NOUREDDINE ABBES (Tunisia) said": the delegate, speaking for a country
        country = find_places(delegate.group("country"))[0].name
        raw = delegate.group("name")
        name = name_in_title_case(raw) if raw.isupper() else raw
        return Agent(
            "person",
            delegate.group(0),
            clause_start + delegate.start(),
            clause_start + delegate.end(),
            name=name,
            role=f"representative of {country}",
        )
    window = _strip_tail(raw).rstrip(" ,")
    words = window.split()
    if not words:
        return None
    country_delegate = _COUNTRY_DELEGATE.search(window) if "’s " in window or "'s " in window else None
    if country_delegate and find_places(country_delegate.group("country")):
        # "France’s delegate said": the country's representative, who may be named nowhere
        country = find_places(country_delegate.group("country"))[0].name
        at = clause_start + country_delegate.start()
        return Agent("org", country_delegate.group(0), at, at + len(country_delegate.group(0)),
                     name=f"representative of {country}")  # fmt: skip
    indefinite = window.lstrip()[:7].split(" ", 1)[0].lower() in _INDEFINITE
    unnamed = _UNNAMED_OFFICIAL.match(window) if indefinite else None
    if unnamed:
        # "a senior State Department official, briefing reporters, said": nobody named, so the
        # organization speaks; "a ministry spokesman" points back to the ministry named before
        org = unnamed.group("org").strip()
        at = clause_start + unnamed.start("org")
        return Agent("org", org, at, at + len(org), name=normalize_org(org))
    unnamed = _UNNAMED_PERSON.match(window) if indefinite else None
    if unnamed:
        # "a senior counter-terrorism official, who briefed journalists, said": nobody named and no
        # organization either; the description is all the article gives
        described = unnamed.group("np").strip()
        at = clause_start + unnamed.start("np")
        return Agent("org", described, at, at + len(described), name=described)
    offset = clause_start
    last_word = words[-1].lower()
    # the pattern ends with the relative pronoun (in a word or not): a window ending otherwise has none
    relative = (
        _RELATIVE_END.search(window, max(0, len(window) - 20))
        if window.rstrip().endswith(("which", "that", "who"))
        else None
    )
    if relative and relative.start() > 0:
        # "the 2014 Public Report ..., which identified": the relative pronoun's antecedent speaks
        window = window[: relative.start()].rstrip(" ,")
        words = window.split()
    if window.strip().lower() in GENERIC_PLURALS:
        return Agent("generic", window.strip(), offset, offset + len(window))
    if last_word in PRONOUNS and last_word not in {"his", "her"}:
        end = offset + len(window)
        return Agent("pronoun", words[-1], end - len(last_word), end, head=last_word)
    last_word = words[-1].lower() if words else ""
    described = _ORG_DESCRIBED.search(window, max(0, len(window) - 120)) if last_word in _ORG_HEADS else None
    if described and described.group("det").lower() != "the":
        # "Across Europe, a Brussels think-tank puts the number at": the indefinite subject itself
        np = described.group("np")
        return Agent("org", np, offset + described.start("np"), offset + len(window), name=np)
    runs = capitalized_runs(text, clause_start, clause_start + len(window))
    lead_person = _leading_person(text, runs, clause_start, offset + len(window))
    if lead_person:
        return lead_person
    tail_start = max(0, len(window) - 120)
    tail_words = set(window[-80:].lower().replace(",", " ").split())
    m = _ROLE_OF.search(window, tail_start) if " of " in window[tail_start:] else None
    if m and not looks_like_person(window.split(",")[-1].strip()):
        return Agent(
            "anaphor",
            m.group("role"),
            offset + m.start("role"),
            offset + len(window),
            role=m.group("role"),
            head=fold(m.group("role").split()[0 if not m.group("role").lower().startswith("the") else 1]),
        )
    tail_is_run = bool(runs) and runs[-1][1] >= offset + len(window.rstrip(" ,.’'s")) - 2
    if tail_is_run:
        agent = _agent_from_run(text, runs, clause_start)
        if agent:
            return agent
    if tail_words & _REPORT_WORDS:
        start = offset + max(0, len(window) - 80)
        return Agent("report", window[-80:].strip(), start, offset + len(window), head="report")
    # the same search as `described` above (the window has not changed): it ends with the head noun
    m = described
    if m:
        # "a Brussels think-tank puts the number at", "a New York-based security consultancy says"
        described = m.group("np")
        return Agent("org", described, offset + m.start("np"), offset + len(window), name=described)
    m = _GENERIC_END.search(window, tail_start) if last_word in GENERIC_PLURALS else None
    if m:
        modifier = (m.group("mod") or "").strip()
        text_np = f"{modifier} {m.group('head')}".strip()
        return Agent(
            "generic", text_np, offset + m.start(), offset + len(window), name=text_np if modifier else None
        )
    m = _ANAPHOR_END.search(window, tail_start) if tail_words & _ANAPHOR_HEADS else None
    if m:
        return Agent(
            "anaphor",
            m.group(0).strip(),
            offset + m.start(),
            offset + len(window),
            role=m.group(0).strip(),
            head=m.group("head").lower(),
        )
    # An appositive stands between the subject and the verb ("Josh Earnest, the press secretary,
    # citing ..., told"): the subject is the first name at the start of the clause.
    if runs:
        first = runs[0]
        lead = text[clause_start : first[0]]
        if not lead.strip() or re.fullmatch(
            r"\s*(?:[A-Z]\w*|On \w+|In \w+|Nevertheless|Meanwhile|However|"
            r"Earlier[^,]*|Later[^,]*)\s*,\s*",
            lead,
        ):
            agent = _agent_from_run(text, [first], clause_start)
            if agent and agent.kind == "person" and agent.name and len(agent.name.split()) >= 2:
                return agent
    return None


def _leading_person(
    text: str, runs: list[tuple[int, int]], clause_start: int, window_end: int
) -> Agent | None:
    """'Josh Earnest, the White House press secretary, citing ..., told': a person's name opening the
    clause and set off by a comma is the subject, whatever stands between it and the verb."""
    if not runs:
        return None
    first_start = first_end = -1
    for run_start, run_end in runs[:3]:
        # skip an opening participle or phrase ("Opening the debate, Helena Marsh, ..., said")
        lead = text[clause_start:run_start]
        if (not lead.strip() or _LEAD_IN.fullmatch(lead)) and looks_like_person(
            split_role_and_name(text[run_start:run_end])[1] or ""
        ):
            first_start, first_end = run_start, run_end
            break
    if first_start < 0:
        return None
    after = text[first_end:window_end]
    if not after.startswith(",") or len(after.strip(" ,")) < 3:
        return None
    phrase = text[first_start:first_end]
    role, name = split_role_and_name(phrase)
    if not name or not looks_like_person(name) or len(name.split()) < 2 and not _MR_MRS_MS_DR.match(phrase):
        return None
    appositive = after.strip(" ,")
    appositive = _COMMA_CLAUSE_START.split(appositive)[0].strip(" ,")
    return Agent("person", phrase, first_start, first_end, name=name, role=role or appositive or None)


def _agent_from_run(text: str, runs: list[tuple[int, int]], clause_start: int) -> Agent | None:
    run_start, run_end = runs[-1]
    phrase = text[run_start:run_end].rstrip(",")
    phrase = _POSSESSIVE_S.sub("", phrase)
    role, name = split_role_and_name(phrase)
    # "the Centre for Conflict and Justice Studies": one word left after a body's name is no surname
    if name and looks_like_person(name) and not (" " not in name and role and _BODY_OF.match(role)):
        if not role:
            role = _appositive_before(text, runs, clause_start)
        name_start = run_start + phrase.rfind(name) if name in phrase else run_start
        return Agent("person", phrase, name_start, run_end, name=name, role=role)
    words = {fold(w) for w in phrase.split()}
    if words & (
        TITLE_WORDS
        - {
            "security",
            "intelligence",
            "national",
            "federal",
            "state",
            "international",
            "counter-terrorism",
            "press",
            "justice",
            "defense",
            "defence",
            "interior",
            "foreign",
            "un",
            "u.s.",
            "u.n.",
            "high",
            "first",
            "senior",
            "special",
        }
    ):
        # a role standing alone; if a name precedes it as "Name, Role," the name is the agent
        if len(runs) >= 2:
            prev_start, prev_end = runs[-2]
            between = text[prev_end:run_start]
            prev = text[prev_start:prev_end]
            if between.strip() in {",", ", the", ", a"} or between.strip().startswith(","):
                prev_role, prev_name = split_role_and_name(prev)
                if prev_name and looks_like_person(prev_name):
                    return Agent("person", prev, prev_start, prev_end, name=prev_name, role=phrase)
        return Agent("anaphor", phrase, run_start, run_end, role=phrase, head="official")
    if is_org_phrase(phrase) or phrase.isupper() or len(phrase.split()) >= 2:
        return Agent("org", phrase, run_start, run_end, name=normalize_org(phrase))
    if looks_like_person(phrase):
        return Agent("person", phrase, run_start, run_end, name=phrase)
    return None


def _appositive_before(text: str, runs: list[tuple[int, int]], clause_start: int) -> str | None:
    """'Syria's Permanent Representative to the UN, Bashar al-Jaafari' and 'CSIS director Michel
    Coulombe': the words before the name, back to the clause start, when they read as a role."""
    run_start = runs[-1][0]
    before = text[clause_start:run_start].strip()
    before = _STOP_OR_QUOTE_MARK.split(before)[-1].strip()
    before = _LEADING_CONNECTIVE.sub("", before).strip(" ,")
    if not before or len(before.split()) > 14:
        return None
    if any(fold(w).strip(",") in TITLE_WORDS for w in before.split()) or _POSSESSIVE_S_WORD.search(before):
        return before
    return None


def agent_after(text: str, start: int, end: int) -> Agent | None:
    """The noun phrase after 'according to' or an inverted verb ('said Mr. Ban')."""
    window = text[start:end]
    m = _NOUN_PHRASE.match(window)
    if not m:
        return None
    np_text = m.group("np").strip()
    np_start = start + m.start("np")
    if _DETERMINER_START.match(np_text) and (
        named := _APPOSITIVE_NAME.match(text, np_start + len(np_text), end)
    ):
        name = named.group("name")
        if looks_like_person(name):
            # 'said the study's lead author, Dr Laura Fenwick': the name after the description
            return Agent("person", name, named.start("name"), named.end("name"), name=name, role=np_text)
    by = _PASSIVE_BY.search(np_text)
    if by:
        return agent_after(text, np_start + by.end(), np_start + len(np_text))
    lower = np_text.lower()
    first = lower.split()[0] if lower.split() else ""
    if first in PRONOUNS and first not in {"his", "her"}:
        return Agent("pronoun", np_text.split()[0], np_start, np_start + len(first), head=first)
    possessive = _POSSESSIVE_STATEMENT.match(np_text)
    if possessive:
        who = possessive.group("who")
        if looks_like_person(who):
            return Agent("person", who, np_start, np_start + len(who), name=who)
        return Agent("org", who, np_start, np_start + len(who), name=normalize_org(who))
    source_of = _FIGURES_FROM.search(np_text)
    if source_of and not _DETERMINER_END.match(np_text[source_of.end() :]):
        inner = agent_after(text, np_start + source_of.end(), np_start + len(np_text))
        if inner and inner.kind in {"person", "org", "generic"}:
            return inner
        rest = np_text[source_of.end() :].strip()
        if rest and len(rest.split()) <= 6:
            return Agent(
                "org", rest, np_start + source_of.end(), np_start + len(np_text), name=normalize_org(rest)
            )
    owner = _FIGURES_OWNER.match(np_text)
    if owner:
        # "interior ministry figures", "the government's own count": the body that counted
        who = owner.group("who")
        return Agent(
            "org", who, np_start + owner.start("who"), np_start + owner.end("who"), name=normalize_org(who)
        )
    if _DOCUMENT_WORD.search(lower):
        return Agent("report", np_text, np_start, np_start + len(np_text), head="report")
    if (generic := _NAMED_GENERIC.fullmatch(np_text)) and generic.group("head") in GENERIC_PLURALS:
        # "according to U.S. officials", "according to Western diplomats": a group, named as written
        return Agent("generic", np_text, np_start, np_start + len(np_text), name=np_text)
    runs = capitalized_runs(text, np_start, np_start + len(np_text))
    described = _LOWERCASE_WORDS_BEFORE_CAPITAL.match(np_text)
    if runs and described and not _DETERMINER_START.match(np_text):
        # "said analyst Sara Lind of the Peace Institute": a role in lower case, then the name
        agent = _agent_from_run(text, [runs[0]], np_start)
        if agent and agent.kind == "person":
            agent.role = agent.role or described.group(0).strip()
            return agent
    if len(runs) > 1 and runs[-1][1] >= np_start + len(np_text) - 1 and _LEADING_ARTICLE.match(np_text):
        # "the Dutch intelligence agency AIVD": the name closing the description
        return _agent_from_run(text, [runs[-1]], np_start)
    if len(runs) > 1 and runs[0][0] - np_start <= 4:
        gap = text[runs[0][1] : runs[1][0]]
        if gap.strip() and gap.strip().islower() and any(fold(w) in TITLE_WORDS for w in gap.split()):
            # "said D66 parliamentarian Sjoerd Boonstra": a party or body, a title in lower case, the name
            agent = _agent_from_run(text, [runs[1]], np_start)
            if agent and agent.kind == "person":
                agent.role = agent.role or text[runs[0][0] : runs[1][0]].strip()
                return agent
    if runs and runs[0][0] - np_start <= 4:
        # "said Obama in New York": the first run; "according to the UN's counter-terrorism chief": a role
        run_start, run_end = runs[0]
        if _POSSESSIVE_S.search(text[run_start:run_end]):
            run_end -= 2
        rest = text[run_end : np_start + len(np_text)]
        role_rest = _POSSESSIVE_THEN_WORDS.match(rest)
        if role_rest and _ROLE_WORD.search(role_rest.group(1)):
            role = text[run_start:run_end] + role_rest.group(0)
            return Agent(
                "anaphor", role, run_start, run_end + len(role_rest.group(0)), role=role, head="official"
            )
        return _agent_from_run(text, [runs[0]], np_start)
    m = _GENERIC_END.match(np_text)
    if m:
        return Agent("generic", np_text, np_start, np_start + len(np_text))
    m = _ANAPHOR_START.match(np_text)
    if m:
        return Agent(
            "anaphor", m.group(0), np_start, np_start + m.end(), role=m.group(0), head=m.group("head")
        )
    return None


# Matches in the last article, the article compared by identity (comparing long equal strings costs time).
_last_matches: list[object] = [None, [], []]


def _cues(text: str, start: int, end: int) -> list[tuple[str, re.Match[str]]]:
    """Cues of attribution inside text[start:end], from one scan of the whole text."""
    if _last_matches[0] is not text:
        # what _ANY_CUE.finditer(text) finds: a cue can only start where _CUE_START matches, and
        # no cue starts inside the first word of another
        kept = []
        taken_until = 0
        for first_word in _CUE_START.finditer(text):
            at = first_word.start()
            if at < taken_until:
                continue  # inside the cue before
            m = _ANY_CUE.match(text, at)
            if m:
                kept.append((m.lastgroup, m))
                taken_until = m.end()
        _last_matches[:] = [text, kept, [m.start() for _, m in kept]]
    kept_cues: list[tuple[str, re.Match[str]]] = _last_matches[1]  # type: ignore[assignment]
    starts: list[int] = _last_matches[2]  # type: ignore[assignment]
    first = bisect.bisect_left(starts, start)
    last = bisect.bisect_left(starts, end, first)
    return [(kind, m) for kind, m in kept_cues[first:last] if m.end() <= end]


def find_attributions(text: str, start: int, end: int) -> list[Attribution]:
    """Every attribution in text[start:end], in order of the verb (or 'according to')."""
    found: list[Attribution] = []
    for cue, m in _cues(text, start, end):
        if cue in {"according", "by_count"}:
            agent = agent_after(text, m.end(), end)
            if agent:
                found.append(Attribution(agent, m.start(), "according to X"))
        elif cue == "report_in":
            agent = Agent("report", m.group(0), m.start(), m.end(), head="report")
            found.append(Attribution(agent, m.start(), "in the report"))
        elif cue == "passive":
            agent = agent_after(text, m.end(), end)
            if agent and agent.kind in {"person", "org", "anaphor", "report"}:
                found.append(Attribution(agent, m.start(), "X-ed by Y"))
        else:
            attribution = _verb_attribution(text, start, end, m)
            if attribution:
                found.append(attribution)
    found.sort(key=lambda a: a.verb_start)
    return found


def _verb_attribution(text: str, start: int, end: int, m: re.Match[str]) -> Attribution | None:
    if m.group(0) in _ALSO_NOUNS and _NOUN_BEFORE.search(text, max(start, m.start() - 12), m.start()):
        return None  # "member states", "the reports", "its estimates": nouns, not verbs
    if _PASSIVE_BEFORE.search(text, max(start, m.start() - 24), m.start()):
        return None  # "is estimated", "are believed": passive, nobody named
    clause_start = _clause_start(text, start, m.start())
    agent = agent_before(text, clause_start, m.start())
    rule = "X said"
    if _INVERTIBLE.match(m.group(0)) and (
        agent is None or agent.kind == "report" and text[m.end() : m.end() + 2].strip()[:1] in {"", ","}
    ):
        inverted = agent_after(text, m.end(), end)
        if inverted and inverted.kind in {"person", "org", "pronoun"}:
            agent, rule = inverted, "said X"
    return Attribution(agent, m.start(), rule) if agent else None


def _clause_start(text: str, floor: int, verb_start: int) -> int:
    """Back from a verb to the nearest quote mark or sentence start, whichever is closer."""
    best = floor
    for mark in ("“", "”", '"', ";", "—", " – ", "\n"):
        at = text.rfind(mark, floor, verb_start)
        if at >= 0:
            best = max(best, at + len(mark))
    # "the official said ... and he said": a "that"/"and" inside the clause does not start it, the
    # whole clause is kept (no search for one: its result would not be used)
    return best


def report_org(phrase: str) -> str | None:
    """The organization behind a report phrase ('a new report published by the Dutch agency AIVD'
    -> 'the Dutch agency AIVD'; 'a UN report' -> 'United Nations')."""
    for pattern in _REPORT_ORG:
        m = pattern.search(phrase)
        if m:
            org = m.group("org").strip()
            org = _LEADING_ARTICLE_OR_IN.sub("", org)
            words = org.split()
            named = [i for i, w in enumerate(words) if w[:1].isupper()]
            if named and len(words) - 1 > named[-1] and named[-1] > 0:
                org = " ".join(
                    words[: named[-1] + 1]
                )  # "the X Institute looks at": the name ends at "Institute"
            if _UN_OR_SECRETARY_GENERAL.match(org):
                return "United Nations"
            if not org or org.lower() in _NOT_AN_ORG or not org[0].isupper():
                continue
            runs = [w for w in org.split() if w[:1].isupper()]
            if not runs or all(
                _CAPITALIZED_WORD.fullmatch(w)
                and w.lower()
                in {
                    "january",
                    "february",
                    "march",
                    "april",
                    "june",
                    "july",
                    "august",
                    "september",
                    "october",
                    "november",
                    "december",
                    "in",
                    "the",
                }
                for w in runs
            ):
                continue
            return normalize_org(org)
    return None


def resolve_agent(
    agent: Agent, registry: SpeakerRegistry, position: int, first_report_org: str | None
) -> tuple[str | None, bool | None]:
    """(source name, is_person) for an agent; (None, None) when it names nobody."""
    if agent.kind == "person" and agent.name:
        found = registry.find(agent.name, True)
        return (found.name if found else agent.name), True
    if agent.kind == "org" and agent.name:
        found = registry.find(agent.name, False)
        return (found.name if found else agent.name), False
    if agent.kind == "pronoun":
        want = {"person": "person", "org": "org", "group": "org"}[PRONOUNS[agent.head or "he"]]
        found = registry.last_before(position, want)
        if found is None and want == "org":
            return first_report_org, False if first_report_org else None
        return (found.name, found.is_person) if found else (None, None)
    if agent.kind == "report":
        own = report_org(agent.text)
        if own:
            return own, False
        return first_report_org, (False if first_report_org else None)
    if agent.kind == "generic":
        return (agent.name, False) if agent.name else (None, None)
    if agent.kind == "anaphor":
        head = (agent.head or "").lower()
        kind = ANAPHORS.get(head, "person")
        if kind == "report":
            own = report_org(agent.text)
            return (own or first_report_org), False
        if agent.role:
            found = registry.by_role(
                re.sub(r"^(?:the|a|an)\s+", "", agent.role, flags=re.IGNORECASE), position
            )
            if found:
                return found.name, found.is_person
        found = registry.last_before(position, "person" if kind == "person" else "org")
        if found:
            return found.name, found.is_person
        described = re.sub(r"^(?:the|a|an)\s+", "", agent.text.strip(), flags=re.IGNORECASE)
        if kind == "org" and len(described.split()) >= 2:
            return described, False  # "the security service": nobody named before, keep it as written
    return None, None


def register(agent: Agent, registry: SpeakerRegistry, rule: str) -> None:
    """Record a named agent so later pronouns and short names can point back to it."""
    if agent.kind == "person" and agent.name:
        registry.add(agent.name, True, agent.role, Evidence(agent.start, agent.end, rule))
    elif agent.kind == "org" and agent.name:
        registry.add(agent.name, False, None, Evidence(agent.start, agent.end, rule))
