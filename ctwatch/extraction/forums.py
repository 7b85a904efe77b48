"""Forums: where statements or figures were made (Security Council, UN conference, coalition
meeting, press briefing, interview, report, other), named as the article names them."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from .regex import trie_pattern

_MEDIA = (
    r"(?:[A-Z][\w’'.-]*\s+){0,4}(?:Zeitung|Times|Post|Mail|Guardian|Figaro|Monde|News|Agency|TV|Television|"
    r"Radio|Channel|BBC|CNN|Reuters|AFP|EFE|RIA|TASS|Interfax|Journal|Herald|Telegraph|Tribune|Gazette|"
    r"Daily|Express|Al Jazeera|Sputnik|Spiegel|Bild|Corriere|Repubblica|País|Pais|Kommersant|Izvestia|"
    r"Observer|Independent|Sun|Star|Monitor|Review|Chronicle|Courier|Standard|Dispatch|Insider|"
    r"Globe and Mail|Newsweek|Politico|Axios|Bloomberg|NPR|PBS|ABC|CBS|NBC|"
    r"Fox News|Sky News|France 24|Euronews|Anadolu|Xinhua|Ria Novosti|Kyodo|Yonhap|Le Point|magazine|"
    r"newspaper|daily|broadcaster|television|radio|network)\b"
)
_PATTERNS: list[tuple[str, str, re.Pattern[str]]] = [
    (
        "security_council",
        "Security Council meeting or briefing",
        re.compile(
            r"(?:(?:United Nations|UN|U\.N\.)\s+)?Security Council(?:'s|’s)?\s+(?:[\w-]+\s+){0,2}?"
            r"(?:meeting|briefing|session|summit|debate|consultations)(?:\s+on\s+[^,.;]{3,80})?"
            r"|\b(?:told|[Bb]riefing|briefed|addressed|[Aa]ddressing|address|told a meeting of)\s+(?:the\s+)?"
            r"(?:(?:United Nations|UN|U\.N\.)\s+)?Security Council\b"
            r"|\b(?:the\s+)?(?:(?:United Nations|UN|U\.N\.)\s+)?Security "
            r"Council\s+(?:\w+\s+){0,3}?(?:approved|adopted|"
            r"demanded|welcomed|held|met|convened|will convene|heard|urged|unanimously|voted|"
            r"expressed|reiterated)\b"
            r"|\bUNSC (?:meeting|briefing|session)\b"
        ),
    ),
    (
        "coalition_meeting",
        "coalition meeting",
        re.compile(
            r"(?:[A-Z][\w-]*\s+)?(?:Global\s+)?Coalition(?:\s+(?:to Defeat|"
            r"against)\s+(?:the\s+)?(?:ISIS|ISIL|Daesh|"
            r"Islamic State))?\s+(?:[\w-]+\s+){0,3}?(?:meeting|ministerial|conference|gathering|"
            r"summit)\b[^.;]{0,60}"
            r"|\b(?:a|the)\s+(?:[\w-]+\s+)?(?:meeting|ministerial|gathering)\s+of\s+(?:the\s+)?(?:Global\s+)?"
            r"(?:anti-\w+\s+)?Coalition\b[^.;,]{0,40}"
            r"|\bthe\s+coalition[’']s\s+(?:[\w-]+\s+)?(?:ministerial|meeting|gathering)\b[^.;,]{0,40}"
        ),
    ),
    (
        "un_conference",
        "UN conference",
        re.compile(
            r"\b(?:(?:United Nations|UN|U\.N\.)[- ](?:sponsored|hosted|led|organized|"
            r"organised)\s+(?:talks|conference|"
            r"meeting|summit|forum)"
            r"|(?:the\s+)?(?:United Nations|UN|U\.N\.)\s+(?:[A-Z][\w-]*\s+){0,6}(?:Conference|"
            r"Summit|Forum|Assembly)"
            r"(?:\s+(?:of|on|for)\s+[^,.;]{3,80})?"
            r"|(?:meeting|session)\s+of\s+the\s+(?:United Nations|UN|U\.N\.)\s+[^,.;]{3,60}?Committee"
            r"|General Assembly\s+(?:\w+\s+){0,2}(?:meeting|session|debate|event)"
            r"|\b(?:told|addressed|addressing|address)\s+(?:the\s+)?(?:UN\s+|United Nations\s+)?"
            r"General Assembly"
            r"|\b(?:meeting|session|briefing|event)\s+of\s+the\s+(?:UN\s+|United Nations\s+)?"
            r"Counter-Terrorism Committee"
            r"|(?:High-level|high-level)\s+[Cc]onference[^,.;]{0,80}"
            r"|(?:conference|summit|meeting|forum|session|talks)\s+"
            r"(?:at|of|hosted by|organi[sz]ed by|convened by)\s+"
            r"(?:the\s+)?(?:UN|United Nations|U\.N\.)\b[^,.;]{0,40}"
            r"|\b(?:conference|meeting|forum|workshop|seminar)\b[^.;]{0,160}?\b(?:co-)?"
            r"(?:organi[sz]ed|hosted|convened|sponsored)\s+(?:jointly\s+)?by\s+(?:the\s+)?"
            r"(?:UN\b|United Nations|"
            r"U\.N\.|UNOCT|UNODC|UNDP|(?:UN\s+|United Nations\s+)?Office of Counter-Terrorism)"
            r"|\b(?:briefing\s+(?:to|for)|briefed|briefing)\s+(?:the\s+)?Member States\b[^,.;]{0,60})"
        ),
    ),
    (
        "press_briefing",
        "press briefing",
        re.compile(
            r"\b(?:(?:a|the|his|her)\s+)?(?:[Dd]aily\s+)?(?:[Pp]ress|[Nn]ews|[Mm]edia)\s+(?:[Bb]riefing|[Cc]onference)\b"
            r"[^,.;]{0,40}"
            r"|\b(?:told|telling|briefed|briefing|[Ss]peaking to|spoke to|told a group "
            r"of)\s+(?:[\w-]+\s+){0,2}?(?:reporters|journalists|"
            r"the press|the media)\b[^,.;]{0,30}"
            r"|\bcomments to (?:reporters|journalists)\b[^,.;]{0,30}"
            r"|\b(?:[Ss]pecial|[Bb]ackground|[Nn]oon|[Dd]aily)\s+[Bb]riefing\b[^,.;\n]{0,60}"
            r"|\b(?:[Vv]ia\s+|[Bb]ackground\s+|[Pp]ress\s+)?[Tt]eleconference\b"
        ),
    ),
    (
        "interview",
        "interview",
        re.compile(
            rf"\b(?:told|telling)\s+(?:the\s+)?(?:[A-Z][\w’'-]+\s+){{0,3}}(?:newspaper|daily|magazine|agency|"
            rf"broadcaster|television|radio)\s+(?:[A-Z][\w’'.-]*\s*){{1,4}}"
            rf"|\b(?:[Ii]n|[Dd]uring)\s+(?:an|a recent|a television|a radio|a "
            rf"telephone)\s+interview\b[^,.;]{{0,60}}"
            rf"|\b(?:told|telling|said to|speaking to|in comments "
            rf"to)\s+(?:the\s+)?(?:[A-Z]\w+[’']s\s+)?{_MEDIA}"
            rf"|\b(?:says|said|speaking)\s+on\s+(?:[A-Z]\w+\s+)?(?:state\s+)?(?:television|TV|radio)\b"
            rf"|\b(?:told|telling)\s+(?:me|us|this (?:newspaper|reporter|correspondent|website|agency))\b"
            rf"|\b(?:told|telling)\s+(?:[A-Z][\w’'-]+\s+){{1,3}}"
            rf"(?:by (?:phone|telephone)|in an? (?:[\w-]+\s+)?"
            rf"interview)\b"
        ),
    ),
    (
        "report",
        "report",
        re.compile(
            # the key word first: the words naming the report before it are added by find_forums
            r"\b(?<!to )(?<!will )(?:[Rr]eport|[Aa]ssessment|[Ss]tudy|"
            r"(?:briefing|policy|white|research)\s+paper)"
            r"\b(?!ers|ed|ing)"
            r"(?:\s+(?:for|of|on|by|from|concerning|published by|released by|issued by)\s+"
            r"(?:(?!\s(?:says|said|shows|showed|found|finds|warns|warned|on \w+day|in \w+ "
            r"\d{4})\b)[^,.;]){3,90})?"
            r"(?:\s*\((?:document\s+)?S/\d{4}/\d+\))?"
            r"|\b(?:UN|United Nations|U\.N\.)\s+reports\b"
        ),
    ),
    (
        "other",
        "other",
        re.compile(
            r"\b[Ii]n\s+an?\s+(?:op-ed|Op-Ed|statement|open letter|article|"
            r"speech|address|blog post)\b"
            r"|\b(?:a|the)\s+(?:[\w’'-]+\s+){0,5}?(?:conference|summit|forum|hearing|symposium|seminar|workshop|"
            r"roundtable|round table|webinar|lecture)\b[^,.;]{0,50}"
            r"|\b(?:[Pp]lenary|[Pp]arliamentary|[Pp]arliament|Commons|Senate|Lords|Bundestag)\s+debate\b[^,.;]{0,40}"
            r"|\bdebate\s+in\s+(?:the\s+)?(?:[A-Z][\w-]+)(?:\s+(?:of\s+)?[A-Z][\w-]+){0,3}"
            r"|\bdebated on\s+\w+(?:\s+\d{1,2}\s+\w+\s+\d{4})?|\(Urgent Question\)"
            r"|\b(?:tell|tells|told|testif(?:y|ies|ied)\s+(?:before|to))\s+Congress\b"
            r"|\b(?:told|addressed|addressing)\s+a\s+meeting\s+of\b[^,.;]{3,60}"
            r"|\b(?:a\s+)?meeting\s+of\s+(?:[A-Z]\w+[’']s\s+)?(?:[A-Z][\w-]*\s+){1,6}(?:Committee|Council|Commission)\b"
            r"|\b(?:before|testifying before|appear(?:ed|ing)? before|told|addressed|addressing)"
            r"\s+(?:the\s+)?"
            r"[^,.;]{0,60}?"
            r"(?:[Cc]ommittee|[Pp]arliament|[Ss]enate|Congress|Bundestag|Duma|National Assembly)\b"
        ),
    ),
]
# Words of which every branch of a kind's pattern holds one (a plain alternation scans fast): a
# sentence without any is not worth the pattern. Only for kinds whose key words (KEYWORDS, e.g.
# "told", "UN") are common and say little; keep these in step with the patterns above.
_NEEDED_WORDS = {
    "press_briefing": (re.compile(r"riefing|onference|reporters|journalists|the press|the media"),),
    "un_conference": (
        re.compile(
            r"talks|onference|meeting|ummit|orum|Assembly|Committee|session|workshop|seminar|Member States"
        ),
    ),
    "other": (
        re.compile(
            r"conference|summit|forum|hearing|symposium|seminar|workshop|roundtable|round table|webinar|"
            r"lecture|debate|Urgent Question|Congress|meeting|ommittee|arliament|enate|Bundestag|Duma|"
            r"National Assembly"
        ),
        # "in a statement", "in an op-ed": these words count only after "in a"
        re.compile(r"[Ii]n\s+an?\s+(?:op-ed|Op-Ed|statement|open letter|article|speech|address|blog post)"),
    ),
}
_REPORT_LEFT = re.compile(r"(?:\b(?:a|an|the|its|their|this|that|in)\s+)?(?:[\w’'-]+\s+){0,5}$")
_REPORT_NOT = re.compile(
    r"\bnews reports?\b|\bmedia reports?\b|"
    r"\bpurpose of this report\b|\bunconfirmed reports?\b|\b(?:your|my)\s+(?:own\s+)?assessment\b",
    re.IGNORECASE,
)


def _report_left(text: str, lo: int, hi: int) -> re.Match[str]:
    """_REPORT_LEFT.search(text, lo, hi): the words naming a report before its key word.

    The pattern ends at hi and holds at most six words, each followed by white space, so no match
    starts before the end of the seventh word from the end: the search starts there, which saves
    trying (and failing) at every position of the 70 characters before."""
    rest = text[lo:hi].rsplit(None, 6)
    if len(rest) == 7:
        lo += len(rest[0])
    return _REPORT_LEFT.search(text, lo, hi)  # type: ignore[return-value]  # it can match empty at hi


# Where the costlier patterns can match: at the start of a word that is the first word of one of
# their branches (all but a few branches start with \b), or anywhere at the start of one of the
# phrases listed second (the branches without \b). A pattern is tried only there, which is much
# faster than scanning a sentence with it; tests check that every match starts at such a place.
_PATTERN_STARTS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "security_council": (
        (
            "told",
            "Briefing",
            "briefing",
            "briefed",
            "addressed",
            "Addressing",
            "addressing",
            "address",
            "the",
        ),
        ("United Nations", "UN", "U.N.", "Security Council"),
    ),
    "press_briefing": (
        (
            *("a", "the", "his", "her", "Daily", "daily", "Press", "press", "News", "news", "Media", "media"),
            *("told", "telling", "briefed", "briefing", "Speaking", "speaking", "spoke", "comments"),
            *("Special", "special", "Background", "background", "Noon", "noon", "Via", "via"),
            *("Teleconference", "teleconference"),
        ),
        (),
    ),
    "report": (
        (
            *("Report", "report", "Assessment", "assessment", "Study", "study"),
            *("briefing", "policy", "white", "research", "UN", "United", "U.N."),
        ),
        (),
    ),
    "other": (
        (
            *("In", "in", "a", "the", "Plenary", "plenary", "Parliamentary", "parliamentary", "Parliament"),
            *("parliament", "Commons", "Senate", "Lords", "Bundestag", "debate", "debated", "tell", "tells"),
            *("told", "testif", "addressed", "addressing", "meeting", "before", "testifying", "appear"),
        ),
        ("(Urgent Question)",),
    ),
}
_START_WORDS = {kind: re.compile(r"\b" + trie_pattern(words)) for kind, (words, _) in _PATTERN_STARTS.items()}


def _pattern_starts(kind: str, text: str, start: int, end: int) -> list[int]:
    """The places in text[start:end] where the pattern of `kind` can match, in order."""
    words, phrases = _PATTERN_STARTS[kind]
    starts = {m.start() for m in _START_WORDS[kind].finditer(text, start, end)}
    for phrase in phrases:
        at = text.find(phrase, start, end)
        while at >= 0:
            starts.add(at)
            at = text.find(phrase, at + 1, end)
    return sorted(starts)


def _forum_matches(
    kind: str, pattern: re.Pattern[str], text: str, start: int, end: int
) -> list[re.Match[str]]:
    """What pattern.finditer(text, start, end) finds (none of the patterns matches empty text)."""
    if kind not in _PATTERN_STARTS:
        return list(pattern.finditer(text, start, end))
    found = []
    position = start
    for at in _pattern_starts(kind, text, start, end):
        if at < position:
            continue  # inside the match before, as finditer goes on after a match
        m = pattern.match(text, at, end)
        if m:
            found.append(m)
            position = m.end()
    return found


@dataclass(frozen=True, slots=True)
class ForumMention:
    kind: str
    name: str
    start: int
    end: int
    rule: str


# Plain key words per kind: a substring test on a sentence is much cheaper than any pattern.
KEYWORDS = {
    "security_council": ("Security Council", "UNSC"),
    "coalition_meeting": ("Coalition", "coalition’s", "coalition's"),
    "un_conference": (
        "UN",
        "U.N.",
        "United Nations",
        "General Assembly",
        "High-level",
        "high-level",
        "Member States",
        "UNOCT",
        "UNODC",
        "Office of Counter-Terrorism",
    ),
    "press_briefing": (
        "Press",
        "speaking to",
        "spoke to",
        "press",
        "news",
        "media",
        "reporters",
        "journalists",
        "riefing",
        "eleconference",
    ),
    "interview": (
        "told me",
        "told us",
        "interview",
        "told",
        "telling",
        "said to",
        "speaking to",
        "comments to",
        "television",
        "TV",
        "radio",
    ),
    "report": ("report", "Report", "assessment", "Assessment", "study", "Study", "paper"),
    "other": (
        "arliament",
        "enate",
        "Congress",
        "statement",
        "op-ed",
        "Op-Ed",
        "letter",
        "article",
        "speech",
        "address",
        "blog",
        "conference",
        "summit",
        "forum",
        "hearing",
        "symposium",
        "meeting",
        "committee",
        "seminar",
        "workshop",
        "roundtable",
        "round table",
        "webinar",
        "lecture",
        "debate",
        "Urgent Question",
        "Congress",
    ),
}


_KIND_OF_KEYWORD = {word: kind for kind, words in KEYWORDS.items() for word in words}
_KEYWORD_RE = re.compile(trie_pattern(_KIND_OF_KEYWORD))
# Compiled once at import: the helpers below run these many times per article,
# and re's own cache lookup costs more than the match on such short strings.
_DETERMINER_BEFORE = re.compile(r"\b(?:[Tt]he|its|their)\s+$")
_NAME_REPORTS = re.compile(r"\b(?:[A-Z]{2,}|[A-Z]\w+)\s+reports\b")
# Compiled once at import (re's own cache lookup costs more than these matches on short names).
_REPORT_OF = re.compile(r"\b(?:report|assessment|study)\s+(?:for|of|on|by|from|published|released)")
_PRESS_CONFERENCE = re.compile(r"\b(?:press|news)\s+conference\b", re.IGNORECASE)
_UN_OR_COUNCIL = re.compile(r"(?:United Nations|UN|U\.N\.|Security Council|Coalition|High-level|Council)")
_COUNCIL_NUMBER = re.compile(r"Security Council(?:'s|’s)\s+\d")
_LEADING_VERB_OR_PREPOSITION = re.compile(
    r"^(?:told|telling|briefing|briefed|addressed|addressing|address|in|during|through|"
    r"before|testifying before|said to|speaking to|says on|said on)\s+"
)
# keyword hits in the last text seen (compared by identity), as (position, kinds)
_last_hits: list[object] = [None, [], []]


def _keyword_hits(text: str) -> list[tuple[int, str]]:
    """(position, kind) of each match of _KEYWORD_RE.finditer(text), found with str.find instead:
    a regex over ~60 key words tries nearly every position of the text, str.find skips ahead.
    At a position the trie pattern matches the longest key word there, and matches do not overlap."""
    longest: dict[int, str] = {}
    for word in _KIND_OF_KEYWORD:
        at = text.find(word)
        while at >= 0:
            if len(word) > len(longest.get(at, "")):
                longest[at] = word
            at = text.find(word, at + 1)
    hits = []
    taken_until = 0
    for at in sorted(longest):
        if at >= taken_until:
            hits.append((at, _KIND_OF_KEYWORD[longest[at]]))
            taken_until = at + len(longest[at])
    return hits


def kinds_hinted(text: str, start: int, end: int) -> set[str]:
    """The forum kinds whose key words occur in text[start:end] (a cheap test before the patterns)."""
    if _last_hits[0] is not text:
        hits = _keyword_hits(text)
        _last_hits[:] = [text, hits, [at for at, _ in hits]]
    hits: list[tuple[int, str]] = _last_hits[1]  # type: ignore[no-redef]
    starts: list[int] = _last_hits[2]  # type: ignore[assignment]
    first, last = bisect.bisect_left(starts, start), bisect.bisect_left(starts, end)
    kinds = {kind for _, kind in hits[first:last]}
    if "press_briefing" not in kinds and "interview" in kinds:
        kinds.add("press_briefing")  # "told reporters": the key word of both is "told"
    return kinds


def find_forums(text: str, start: int, end: int, kinds: set[str] | None = None) -> list[ForumMention]:
    """Forum mentions in one sentence (only of the given kinds, when given)."""
    found: list[ForumMention] = []
    for kind, rule, pattern in _PATTERNS:
        if kinds is not None and kind not in kinds:
            continue
        needed = _NEEDED_WORDS.get(kind)
        if needed is not None and not any(p.search(text, start, end) for p in needed):
            continue  # none of the words every branch of the pattern needs: it cannot match here
        for m in _forum_matches(kind, pattern, text, start, end):
            name = m.group(0).strip(" ,")
            begin = m.start()
            if kind == "report" and not name.startswith(("UN", "United", "U.N.")):
                left = _report_left(text, max(start, m.start() - 70), m.start())
                if left:
                    begin = left.start()
                    name = text[begin : m.end()].strip(" ,")
            if kind == "report":
                # "AFP reports": a news agency reporting, not a published report; but "the UN
                # reports confirmed" names reports
                determined = _DETERMINER_BEFORE.search(text[max(start, begin - 6) : begin])
                agency_reports = _NAME_REPORTS.search(name) and not _REPORT_OF.search(name)
                if agency_reports and not determined:
                    continue
                if _REPORT_NOT.search(text[max(start, begin - 30) : m.end()]) and not agency_reports:
                    continue
            if kind == "other" and _PRESS_CONFERENCE.search(name):
                continue
            if kind == "other" and _UN_OR_COUNCIL.search(name):
                continue
            if kind == "security_council" and _COUNCIL_NUMBER.search(text[m.start() : m.end() + 8]):
                continue
            name = _LEADING_VERB_OR_PREPOSITION.sub("", name)
            found.append(ForumMention(kind, name, begin, m.end(), f"forum: {rule}"))
    # "a regional conference ..., organized by the UN": the specific kind wins over "other"
    specific = [f for f in found if f.kind in {"security_council", "un_conference", "coalition_meeting"}]
    return [
        f
        for f in found
        if f.kind != "other" or not any(f.start < g.end and g.start < f.end for g in specific)
    ]
