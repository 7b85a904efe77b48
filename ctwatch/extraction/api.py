"""`extract()`: cleaned text in, claims, statements, speakers, forums and the article date out."""

from __future__ import annotations

import bisect
import dataclasses
import datetime as dt
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from . import attribution as attr
from .clean import clean_text
from .dates import article_date_from_text, find_date_phrases, parse_iso, resolve
from .figures import claims_in_sentence, is_breakdown
from .forums import find_forums, kinds_hinted
from .groups import find_groups
from .numbers import find_figures
from .quotes import (
    MIN_WORDS,
    QuoteSpan,
    block_quote_paragraphs,
    continues_same_sentence,
    find_quote_spans,
    has_words,
    is_label,
    is_title,
)
from .segment import Sentence, is_abbreviation, split
from .speakers import (
    SpeakerLabel,
    SpeakerRegistry,
    capitalized_runs,
    is_org_phrase,
    looks_like_person,
    speaker_label,
    split_role_and_name,
)
from .types import Claim, Evidence, Extraction, FigureClaim, Forum, Statement

# Raised whenever the rules change what is extracted: `manage.py reextract` redoes the articles that an
# older version read (1.3: transcript turns as their own kind, bar tables, lists of countries, ...; 1.3.2: the
# fighters among a group brought home, headings that repeat a figure below).
EXTRACTOR_VERSION = "1.3.2"
# No news article is this long: a longer text is a mis-fetched page or junk. Past this size the
# cleaned text is cut at a paragraph end, so that one bad input cannot hold a worker for minutes.
MAX_TEXT_CHARS = 1_000_000

_SPEECH_VERB_RE = re.compile(rf"\b(?:{attr.SPEECH_VERBS})\b")
# No \b in front (checked in Python instead). What _report_words finds (tests check they agree).
_REPORT_WORD = re.compile(r"(?:report|reports|assessment|study)\b")
_BYLINE_BEFORE = re.compile(
    r"(?:^|\n|\(|\b(?:Reporting|Editing|Writing|Additional reporting))\s*[Bb]y\s+$|^By\s+$"
)
_AFTER_QUOTE_TAG = re.compile(r"[\s,.]*(?:according to\s+|[—–-]\s*)")
_REPORTED_VERBS = re.compile(
    r"\b(?:said|says|told [\w ’'.-]{1,60}? that|told \w+|stated|warned|noted|stressed|added|explained|"
    r"announced|estimated|believes|revealed)\s+(?:that\s+)?",
    re.IGNORECASE,
)
# Compiled once at import: the helpers below run these many times per article,
# and re's own cache lookup costs more than the match on such short strings.
_WORDS = re.compile(r"\w+")
# Six or more words, then the same words again: a headline printed twice (bounded, so cheap).
_REPEATED_RUN = re.compile(r"\b((?:\w[\w’',:.-]*\s+){5,30}?\w[\w’',:.-]*)\s+\1\b")
_STOP_OR_QUOTE_END = re.compile(r"[.!?:\"”]\s*$")
_OF_CAPITALIZED = re.compile(r"\bof\s+(?:the\s+)?[A-Z]")
_LEADING_ARTICLE_OR_POSSESSIVE = re.compile(r"^(?:The|A)\s+|[’']s$")
_POSSESSIVE_S = re.compile(r"[’']s$")
_IT_WAS_VERBED_BY = re.compile(r"\W*It\s+(?:has been|was|is)\s+(?:\w+\s+)?by\s+")
_PLACE_PREPOSITIONS = frozenset(
    ("in", "at", "near", "around", "outside", "across", "into", "toward", "towards")
)
_SENTENCE_STOP = re.compile(r"[.!?](?:\s|$)")
_SENTENCE_END = re.compile(r"[.!?…]\W*$")
_IN_OR_SINCE_YEAR = re.compile(r"(?:in|since)\s+\d{4}")
_SINCE_OR_IN_DIGIT = re.compile(r"(?:since|in \d)")
_YEAR_WORD = re.compile(r"\b(19[5-9]\d|20[0-4]\d)\b")
_THE_MEETING = re.compile(r"the (?:conference|meeting|summit|session)")


@dataclass(slots=True)
class _Source:
    position: int  # where the attribution (verb or quote) is
    name: str
    is_person: bool
    agent_span: tuple[int, int]
    verb_span: tuple[int, int]
    rule: str
    in_quote: bool


class _Article:
    """Working state for one article: the text, its parts and who has spoken so far."""

    def __init__(self, text: str, title: str | None, published: str | None) -> None:
        self.text = text
        self.paragraphs, self.sentences = split(text)
        self.title = title
        if published:
            self.article_date, self.article_date_rule = published, "published"
        else:
            self.article_date, self.article_date_rule = article_date_from_text(text)
        self.headline_paragraphs = self._headline_paragraphs()
        self.registry = SpeakerRegistry()
        self.sources: list[_Source] = []
        self.source_positions: list[int] = []
        self.sentence_starts = [s.start for s in self.sentences]
        self._report_org: list[str | None] = []  # computed when first needed
        self.quotes: list[QuoteSpan] = []
        self.quote_starts: list[int] = []
        self.quote_speakers: dict[int, _Source | None] = {}
        # (start, end, speaker) of what each answering speaker of a transcript says, paragraph by paragraph
        self.turns: list[tuple[int, int, _Source]] = []

    def _headline_paragraphs(self) -> set[int]:
        heads = set()
        title_words = _WORDS.findall((self.title or "").lower())
        for index, (start, end) in enumerate(self.paragraphs[:3]):
            if title_words and _same_words(_WORDS.finditer(self.text[start:end].lower()), title_words):
                heads.add(index)
        if not heads:
            heads = self._paragraphs_with_a_repeated_line()
        if not heads and self.paragraphs and not self.title:
            start, end = self.paragraphs[0]
            first = self.text[start:end]
            if len(first.split()) <= 20 and not _STOP_OR_QUOTE_END.search(first) and len(self.paragraphs) > 2:
                heads.add(0)
        return heads

    def _paragraphs_with_a_repeated_line(self) -> set[int]:
        """Pages often print the headline twice at the top, among menu words, in one short block that
        cleaning joins into one line: words said twice in a row there are the headline."""
        heads = set()
        for index, (start, end) in enumerate(self.paragraphs[:3]):
            if (
                end - start <= 600
                and _may_repeat_a_run(self.text[start:end])
                and _REPEATED_RUN.search(self.text, start, end)
            ):
                heads.add(index)
        return heads

    @property
    def first_report_org(self) -> str | None:
        """The organization behind the first report the article names ('the report said' -> it)."""
        if not self._report_org:
            self._report_org.append(self._find_first_report_org())
        return self._report_org[0]

    def _find_first_report_org(self) -> str | None:
        for at, end in _report_words(self.text):
            if at and _word_char_at(self.text, at - 1):
                continue  # inside a word: the \b the pattern leaves out (see _REPORT_WORD)
            left = max(self.text.rfind(c, max(0, at - 120), at) for c in ".;\n") + 1
            right = min(
                [i for i in (self.text.find(c, end, end + 120) for c in ".;\n") if i >= 0] + [len(self.text)]
            )
            org = attr.report_org(self.text[max(left, at - 120) : min(right, end + 120)])
            if org:
                return org
        return None

    def is_lede(self, claim: Claim) -> bool:
        """In the first paragraph after the headline: a summary of figures the body details."""
        lede = next((i for i in range(len(self.paragraphs)) if i not in self.headline_paragraphs), None)
        sentence = _sentence_of(self, claim.evidence.start)
        return sentence is not None and sentence.paragraph == lede

    def in_quote(self, position: int) -> QuoteSpan | None:
        # quotes are in text order and do not overlap: only the last one starting before can hold it
        index = bisect.bisect_right(self.quote_starts, position) - 1
        for quote in self.quotes[max(0, index - 1) : index + 1]:
            for s, e in quote.parts or [(quote.start, quote.end)]:
                if s <= position < e:
                    return quote
        return None

    def set_quotes(self, quotes: list[QuoteSpan]) -> None:
        self.quotes = sorted(quotes, key=lambda q: q.start)
        self.quote_starts = [q.start for q in self.quotes]

    def last_source(self, position: int, want: str = "any") -> _Source | None:
        index = bisect.bisect_left(self.source_positions, position)
        for source in reversed(self.sources[max(0, index - 200) : index]):
            if want == "any" or source.is_person == (want == "person"):
                return source
        return None

    def sources_between(self, start: int, end: int) -> list[_Source]:
        return self.sources[
            bisect.bisect_left(self.source_positions, start) : bisect.bisect_left(self.source_positions, end)
        ]

    def add_source(self, source: _Source) -> None:
        index = bisect.bisect_right(self.source_positions, source.position)
        self.sources.insert(index, source)
        self.source_positions.insert(index, source.position)


def _may_repeat_a_run(line: str) -> bool:
    """False only when _REPEATED_RUN cannot match in line. Its run has six words or more, so the
    second to fifth words of the run stand between spaces in both copies: four whitespace-split words
    in a row that come twice. The regex tries every run length at every word (a third of a
    millisecond per article); this test takes a few microseconds and almost no paragraph passes it."""
    words = line.split()  # str.split() and the regex's \s agree on what is whitespace
    quads = list(zip(words, words[1:], words[2:], words[3:], strict=False))
    return len(set(quads)) < len(quads)


def _report_words(text: str) -> list[tuple[int, int]]:
    """The spans _REPORT_WORD.finditer(text) finds, found with str.find: the regex engine still
    stops at every r, a and s of the article, str.find skips to the words. A word char after the
    word (the pattern's \\b) rules a place out, and "reports" is taken where "report" is followed
    by an "s" and then no word char, as the pattern does. Matches of these words cannot overlap."""
    found = []
    for word in ("report", "assessment", "study"):
        at = text.find(word)
        while at >= 0:
            end = at + len(word)
            if word == "report" and text.startswith("s", end) and not _word_char_at(text, end + 1):
                end += 1  # "reports"
            if not _word_char_at(text, end):
                found.append((at, end))
            at = text.find(word, at + 1)
    found.sort()
    return found


def _word_char_at(text: str, at: int) -> bool:
    """Whether text[at] is a character \\w matches (false at the end of the text)."""
    return at < len(text) and (text[at].isalnum() or text[at] == "_")


def _same_words(words: Iterator[re.Match[str]], expected: list[str]) -> bool:
    """Whether the words found are exactly the expected ones; stops at the first that differs
    (a paragraph is compared with the title word by word rather than joined in full)."""
    count = 0
    for count, m in enumerate(words, 1):
        if count > len(expected) or m.group(0) != expected[count - 1]:
            return False
    return count == len(expected)


def _resolve(article: _Article, agent: attr.Agent, position: int) -> tuple[str | None, bool | None]:
    if agent.kind == "pronoun" and agent.head in {"he", "she"}:
        # the last person who spoke is more salient than the last person merely named
        last_speaker = article.last_source(position, "person")
        last_named = article.registry.last_before(position, "person")
        if last_speaker and (
            last_named is None
            or article.registry.find(last_speaker.name, True) is last_named
            or last_speaker.position >= _last_mention(last_named, position) - 400
        ):
            return last_speaker.name, True
        if last_named:
            return last_named.name, True
    if agent.kind == "pronoun" and agent.head in {"it", "they"}:
        last = article.last_source(position, "org")
        if last:
            return last.name, False
        return (article.first_report_org, False) if article.first_report_org else (None, None)
    if agent.kind == "anaphor" and agent.role and _OF_CAPITALIZED.search(agent.role):
        found = article.registry.by_role(
            re.sub(r"^(?:the|a|an)\s+", "", agent.role, flags=re.IGNORECASE), position
        )
        if found:
            return found.name, found.is_person
        return re.sub(r"^(?:the|a|an)\s+", "", agent.role, flags=re.IGNORECASE), True
    if agent.kind == "org" and agent.name and attr.ANAPHORS.get(agent.name.lower()) == "org":
        named_org = _org_named_before(article, agent.name.lower(), position)
        if named_org:
            return named_org, False  # "the Centre counts ...": the Centre named in full before
    if agent.kind == "anaphor" and attr.ANAPHORS.get((agent.head or "").lower()) == "org":
        named_org = _org_named_before(article, (agent.head or "").lower(), position)
        if named_org:
            return named_org, False  # "the Centre counts ..." -> "Centre for Conflict Studies" named before
    if agent.kind == "anaphor" and attr.ANAPHORS.get((agent.head or "").lower(), "person") == "person":
        earlier = article.registry.by_role(
            re.sub(r"^(?:the|a|an)\s+", "", agent.role or "", flags=re.I), position
        )
        definite = article.text[agent.start : agent.end].lower().startswith(("the ", "this ", "that "))
        if earlier is None and agent.head and definite:
            unnamed = _unnamed_before(article, agent.head, agent.start)
            if unnamed:
                return unnamed, True  # "a Jordanian security official ... the official said"
        if earlier is None and article.registry.last_before(position, "person") is None and agent.head:
            # a news lede names the role first and the person after: "the EU's coordinator told
            # lawmakers ... Hendrik Vollmer, who coordinates ..."
            named = _next_person_named(article, position, agent.head)
            if named:
                return named, True
    return attr.resolve_agent(agent, article.registry, position, article.first_report_org)


def _org_named_before(article: _Article, head: str, position: int) -> str | None:
    """The nearest organization named before position whose name holds the head word."""
    for start, end in reversed(capitalized_runs(article.text, max(0, position - 3000), position)):
        phrase = _LEADING_ARTICLE_OR_POSSESSIVE.sub("", article.text[start:end])
        words = phrase.lower().split()
        if len(words) >= 2 and head in words and is_org_phrase(phrase):
            return phrase
    return None


def _next_person_named(article: _Article, position: int, head: str) -> str | None:
    """The first person named after position whose description shares the role's stem ("coordinator",
    "who coordinates"); a president named next is not "the official" of the sentence before."""
    stem = head.lower()[:6]
    for start, end in capitalized_runs(article.text, position, min(len(article.text), position + 500)):
        _, name = split_role_and_name(article.text[start:end])
        if name and len(name.split()) >= 2 and looks_like_person(name):
            around = article.text[max(0, start - 60) : min(len(article.text), end + 80)].lower()
            return name if stem in around else None
    return None


def _unnamed_before(article: _Article, head: str, position: int) -> str | None:
    """'a senior Pakistani security official told Dawn ... the official said': the person the article
    introduced without a name, as it described them."""
    pattern = _unnamed_pattern(head.lower())
    found = list(pattern.finditer(article.text, max(0, position - 1500), position))
    return found[-1].group(1) if found else None


@lru_cache(maxsize=64)
def _unnamed_pattern(head: str) -> re.Pattern[str]:
    return re.compile(
        rf"\b(?:[Aa]n?|[Oo]ne)\s+((?:[\w’'-]+\s+){{0,4}}?{re.escape(head)})\b(?!\s+(?:of|for|from)\b)"
    )


def _last_mention(speaker: object, position: int) -> int:
    mentions = [m.start for m in speaker.mentions if m.start < position]  # type: ignore[attr-defined]
    return max(mentions) if mentions else -1


def _note_people(article: _Article, sentence: Sentence) -> None:
    """Record names of people in the sentence so 'he' and 'Mr. X' can point back to them."""
    for start, end in capitalized_runs(article.text, sentence.start, sentence.end):
        if article.text[max(0, start - 3) : start].lower() == "by " and _BYLINE_BEFORE.search(
            article.text, max(0, start - 24), start
        ):
            continue  # "By Marc Delaunay", "Reporting by ...": the writer, not someone in the story
        before = article.text[max(0, start - 8) : start]
        word_before = before.split()[-1] if before.endswith(" ") and before.strip() else ""
        if word_before in _PLACE_PREPOSITIONS:
            continue  # "the UN mission in Kabul", "fighting around Mocímboa da Praia": a place
        role, name, full_name = _person_in(article.text[start:end])
        if name and (full_name or article.registry.find(name, True)):
            article.registry.add(name, True, role, Evidence(start, end, "name in text"))


@lru_cache(maxsize=16384)
def _person_in(phrase: str) -> tuple[str | None, str | None, bool]:
    """(role, name, whether the name has two words or more) of a capitalized phrase naming a person."""
    role, name = split_role_and_name(_POSSESSIVE_S.sub("", phrase))
    if not name:
        return None, None, False
    if len(name.split()) >= 2:
        return (role, name, True) if looks_like_person(name) else (None, None, False)
    return role, name, False


def _transcript_speaker(
    article: _Article, p_start: int, label: SpeakerLabel | None, title_case: bool
) -> _Source | None:
    """'MR TOLLIVER: Good afternoon ...': in a transcript the label says who speaks the paragraph.
    Labels in title case ('Mr Linley:', 'Haddad:') count only where turns repeat (title_case)."""
    if not label or not (label.upper or title_case):
        return None
    known = article.registry.find(label.name, label.is_person)
    name = known.name if known else label.name
    return _Source(
        p_start,
        name,
        label.is_person,
        (label.start, label.end),
        (p_start, label.label_end),
        "transcript: speaker label",
        False,
    )


_TITLE_IN_LABEL = re.compile(
    r"\b(?:MR|MRS|MS|DR|COL|GEN|LT|MAJ|CAPT|AMB|AMBASSADOR|SECRETARY|MINISTER|PRESIDENT|SPOKESPERSON|"
    r"SPOKESMAN|SPOKESWOMAN|MODERATOR|OFFICIAL|Q|A)\b\.?"
)


# A paragraph that gives the floor to someone else: a question, the moderator, "Q41 Chair:".
_TURN_OPENER = re.compile(r"(?:Q\d*\.?\s+)?[A-Z][A-Za-z.' -]{0,60}?(?:\s*\([^()\n]{1,80}\))?\s*:\s")
# Whoever chairs the session: their lines hand the floor over, they are not statements.
_CHAIRS = re.compile(
    r"\b(?:moderator|chair(?:man|woman|person)?|host|operator|press officer|presenter)\b", re.I
)
_HANDS_OVER = re.compile(
    r"\b(?:over to you|(?:we are|we're|we've been) joined|joined (?:today |again |here )?by|next question|"
    r"(?:last|final) question|go ahead)\b",
    re.I,
)


def _collect_turns(
    article: _Article, labels: list[SpeakerLabel | None], title_case: bool, asking: set[str]
) -> None:
    """Speakers of a transcript, remembered as sources; what each answering speaker says, as turns.

    A turn runs from the speaker's label over the paragraphs after it, up to the next label; whoever
    only asks questions, or chairs the session, has no turns."""
    text = article.text
    current: _Source | None = None
    turns: list[tuple[int, int, _Source | None]] = []
    labelled_paragraphs = 0
    full_names: dict[str, str] = {}  # "COL. DILLARD" later is the "COLONEL RYAN DILLARD" of the first turn
    for (p_start, p_end), label in zip(article.paragraphs, labels, strict=True):
        labelled = _transcript_speaker(article, p_start, label, title_case)
        if labelled:
            labelled_paragraphs += 1
            if labelled.is_person and " " in labelled.name:
                full_names.setdefault(labelled.name.split()[-1], labelled.name)
            elif labelled.name in full_names:
                labelled = dataclasses.replace(labelled, name=full_names[labelled.name])
        if labelled and label.name not in asking:
            article.add_source(labelled)
            current = None if _CHAIRS.search(text, p_start, labelled.verb_span[1]) else labelled
            turns.append((labelled.verb_span[1], p_end, current))
        elif label or labelled or _TURN_OPENER.match(text, p_start, p_end) or text.startswith("(", p_start):
            current = None
        elif current:
            turns.append((p_start, p_end, current))
    if labelled_paragraphs < 2:
        return
    spoken = [(start, end, source) for start, end, source in turns if source]
    chairs = {source.name for start, end, source in spoken if _HANDS_OVER.search(text, start, end)}
    article.turns = [(start, end, source) for start, end, source in spoken if source.name not in chairs]


def _collect_sources(article: _Article) -> None:
    """Pass over sentences in order: every attribution, resolved and remembered."""
    labels = [speaker_label(article.text, p_start, p_end) for p_start, p_end in article.paragraphs]
    turns = Counter(label.name for label in labels if label)
    for index, (label, (_, p_end)) in enumerate(zip(labels, article.paragraphs, strict=True)):
        if (
            label
            and label.upper
            and turns[label.name] == 1
            and not _TITLE_IN_LABEL.search(article.text, label.start, label.label_end)
            and attr.find_attributions(article.text, label.label_end, p_end)
        ):
            # "KUALA LUMPUR: ..., police said": a dateline before a report, not a speaker's one turn
            labels[index] = None
    title_case = sum(1 for label in labels if label and not label.upper) >= 3
    # the interviewer's label opens only questions: whoever answers is the speaker
    asking = {label.name for label in labels if label} - {
        label.name
        for label, (p_start, p_end) in zip(labels, article.paragraphs, strict=True)
        if label and not article.text[p_start:p_end].rstrip().endswith("?")
    }
    _collect_turns(article, labels, title_case, asking)
    for sentence in article.sentences:
        attributions = attr.find_attributions(article.text, sentence.start, sentence.end)
        for attribution in attributions:
            attr.register(attribution.agent, article.registry, attribution.rule)
        _note_people(article, sentence)
        for attribution in attributions:
            name, is_person = _resolve(article, attribution.agent, attribution.verb_start)
            if not name:
                continue
            article.add_source(
                _Source(
                    attribution.verb_start,
                    name,
                    bool(is_person),
                    (attribution.agent.start, attribution.agent.end),
                    (attribution.verb_start, attribution.verb_start + 4),
                    attribution.rule,
                    article.in_quote(attribution.verb_start) is not None,
                )
            )


def _sentence_of(article: _Article, position: int) -> Sentence | None:
    index = bisect.bisect_right(article.sentence_starts, position) - 1
    if index >= 0 and position < article.sentences[index].end + 1:
        return article.sentences[index]
    return None


def _quote_speaker(article: _Article, quote: QuoteSpan, index: int) -> _Source | None:
    text = article.text
    # 1. after the closing mark: '..., ” said Obama', '...,” he said', '” It has been explained by X'
    if quote.close_mark is not None:
        p_end = article.paragraphs[quote.paragraph][1]
        window_end = min(p_end, quote.close_mark + 220)
        next_open = min(
            [
                q.open_mark
                for q in article.quotes[index + 1 : index + 3]
                if q.open_mark is not None and q.open_mark > quote.close_mark
            ]
            + [window_end]
        )
        window_end = min(window_end, next_open)
        after = text[quote.close_mark + 1 : window_end]
        passive = _IT_WAS_VERBED_BY.match(after)
        if passive:
            agent = attr.agent_after(text, quote.close_mark + 1 + passive.end(), window_end)
            if agent:
                return _as_source(article, agent, quote.close_mark, "quote: passive by X")
        # '”, according to Vogt.' and '” — Nadia Karim, UN rapporteur'
        tagged = _AFTER_QUOTE_TAG.match(after)
        if tagged:
            agent = attr.agent_after(text, quote.close_mark + 1 + tagged.end(), window_end)
            if agent and agent.kind in {"person", "org", "pronoun", "report"}:
                found = _as_source(article, agent, quote.close_mark, "quote: ” according to X")
                if found:
                    return found
        sentence_end = next(
            (
                stop
                for stop in _SENTENCE_STOP.finditer(after)
                if not (after[stop.start()] == "." and is_abbreviation(after, stop.start()))
            ),
            None,
        )  # "Gen. Mark Dalton, the commander of U.S. Africa Command, told Congress": one sentence
        limit = quote.close_mark + 1 + (sentence_end.end() if sentence_end else len(after))
        verb = _SPEECH_VERB_RE.search(text, quote.close_mark + 1, limit)
        ended = _SENTENCE_END.search(text[quote.start : quote.end]) is not None
        if verb and ended and len(text[quote.close_mark + 1 : verb.start()].split()) > 4:
            verb = None  # '...very bad." The US Secretary of the Interior said': a new sentence
        if verb and verb.start() - quote.close_mark < 140:
            between = text[quote.close_mark + 1 : verb.start()]
            if not between.strip(" ,.—–-"):
                agent = attr.agent_after(text, verb.end(), limit)
                rule = "quote: ” said X"
            else:
                agent = attr.agent_before(text, quote.close_mark + 1, verb.start())
                rule = "quote: ” X said"
                if agent is None:
                    agent = attr.agent_after(text, verb.end(), limit)
                    rule = "quote: ” ... said X"
            if agent:
                found = _as_source(article, agent, verb.start(), rule)
                if found:
                    return found
    # 2. before the opening mark, in the same sentence: 'Obama said there are “', 'She said: “'
    if quote.open_mark is not None:
        sentence = _sentence_of(article, quote.open_mark)
        floor = sentence.start if sentence else article.paragraphs[quote.paragraph][0]
        previous_close = (
            max(
                [
                    q.close_mark
                    for q in article.quotes[max(0, index - 2) : index]
                    if q.close_mark is not None and q.close_mark < quote.open_mark
                ]
                + [floor - 1]
            )
            + 1
        )
        floor = max(floor, previous_close)
        verbs = list(_SPEECH_VERB_RE.finditer(text, floor, quote.open_mark))
        if verbs:
            verb = verbs[-1]
            agent = attr.agent_before(text, floor, verb.start())
            if agent:
                found = _as_source(article, agent, verb.start(), "quote: X said “")
                if found:
                    return found
        # 3. the first person named earlier in the sentence
        if sentence:
            for start, end in capitalized_runs(text, sentence.start, quote.open_mark):
                role, name = split_role_and_name(text[start:end])
                if name and looks_like_person(name) and len(name.split()) >= 2:
                    found_speaker = article.registry.find(name, True)
                    return _Source(
                        start,
                        found_speaker.name if found_speaker else name,
                        True,
                        (start, end),
                        (start, end),
                        "quote: person named in the sentence",
                        False,
                    )
    # 4. whoever spoke last, else the last person named shortly before
    last = article.last_source(quote.start)
    if last is None:
        named = article.registry.last_before(quote.start, "person")
        if named and any(quote.start - m.start < 600 for m in named.mentions if m.start < quote.start):
            return _Source(
                quote.start,
                named.name,
                True,
                (quote.start, quote.start),
                (quote.start, quote.start),
                "quote: the last person named before it",
                False,
            )
    if last:
        return _Source(
            quote.start,
            last.name,
            last.is_person,
            last.agent_span,
            last.verb_span,
            "quote: continues the last speaker",
            False,
        )
    return None


def _as_source(article: _Article, agent: attr.Agent, position: int, rule: str) -> _Source | None:
    attr.register(agent, article.registry, rule)
    name, is_person = _resolve(article, agent, position)
    if agent.kind == "generic" and not name:
        last = article.last_source(position)
        if last:
            return _Source(
                position,
                last.name,
                last.is_person,
                last.agent_span,
                last.verb_span,
                rule + " (generic: last speaker)",
                False,
            )
    if not name:
        return None
    return _Source(
        position, name, bool(is_person), (agent.start, agent.end), (position, position + 4), rule, False
    )


def _statements(article: _Article) -> list[Statement]:
    statements: list[Statement] = []
    text = article.text
    pending: list[tuple[QuoteSpan, _Source | None]] = []
    headline_quotes: list[QuoteSpan] = []
    for index, quote in enumerate(article.quotes):
        headline = quote.paragraph in article.headline_paragraphs
        if headline and not (is_title(text, quote) or is_label(text, quote)):
            headline_quotes.append(quote)
            continue
        if quote.paragraph in article.headline_paragraphs or is_title(text, quote) or is_label(text, quote):
            continue
        if (
            quote.close_mark is None
            and quote.end >= len(text.rstrip()) - 1
            and index == len(article.quotes) - 1
        ):
            continue  # left open at the very end of the text: the page was cut off mid-quotation
        quote_text = quote.text(text)
        speaker = _quote_speaker(article, quote, index)
        if speaker:
            article.add_source(
                _Source(
                    quote.start,
                    speaker.name,
                    speaker.is_person,
                    speaker.agent_span,
                    speaker.verb_span,
                    speaker.rule,
                    True,
                )
            )
        article.quote_speakers[quote.start] = speaker
        if not has_words(quote_text, MIN_WORDS) and not (
            pending and continues_same_sentence(text, pending[-1][0], quote)
        ):
            continue
        if pending and continues_same_sentence(text, pending[-1][0], quote):
            first, first_speaker = pending[-1]
            joined = f"{first.text(text)} {quote_text}"
            statements[-1] = Statement(
                joined,
                statements[-1].speaker or (speaker.name if speaker else None),
                "direct",
                Evidence(first.start, quote.end, "quote continued after 'he said'"),
                statements[-1].speaker_rule,
            )
            continue
        statements.append(
            Statement(
                quote_text,
                speaker.name if speaker else None,
                "direct",
                Evidence(quote.start, quote.end, "quotation marks"),
                speaker.rule if speaker else None,
            )
        )
        pending.append((quote, speaker))
    for intro, start, end in block_quote_paragraphs(text, article.paragraphs):
        p_start = article.paragraphs[intro][0]
        verbs = list(_SPEECH_VERB_RE.finditer(text, p_start, article.paragraphs[intro][1]))
        agent = attr.agent_before(text, p_start, verbs[-1].start()) if verbs else None
        source = _as_source(article, agent, verbs[-1].start(), "block quote after 'said:'") if agent else None
        statements.append(
            Statement(
                text[start:end],
                source.name if source else None,
                "direct",
                Evidence(start, end, "block quote after 'said:'"),
                source.rule if source else None,
            )
        )
        block = QuoteSpan(start, end, None, None, intro + 1)
        article.set_quotes(article.quotes + [block])
        article.quote_speakers[start] = source
        if source:
            article.add_source(
                _Source(
                    start,
                    source.name,
                    source.is_person,
                    source.agent_span,
                    source.verb_span,
                    source.rule,
                    True,
                )
            )
    quoted = [(s.evidence.start, s.evidence.end) for s in statements]
    for start, end, speaker in article.turns:
        words = text[start:end].strip()
        inside = sum(max(0, min(end, q_end) - max(start, q_start)) for q_start, q_end in quoted)
        if inside >= 0.8 * len(words):
            continue  # 'COL. WARREN: "The current estimate is ..."': the quotation already says it
        if has_words(words, MIN_WORDS):
            start = text.index(words, start)
            # Its own kind: SCHEMA.md's direct statements are words in quotation marks
            statements.append(
                Statement(
                    words,
                    speaker.name,
                    "transcript",
                    Evidence(start, start + len(words), "transcript turn"),
                    speaker.rule,
                )
            )
    statements.extend(_headline_statements(article, headline_quotes, statements))
    statements.extend(_reported(article))
    return statements


def _headline_statements(
    article: _Article, quotes: list[QuoteSpan], body: list[Statement]
) -> list[Statement]:
    """A quotation in the headline that the body does not repeat, given to the article's first
    speaker (a headline quotes the person the story is about)."""
    found: list[Statement] = []
    if not quotes:
        return found  # most headlines quote nobody: the words of the body's quotes are not needed
    seen: list[set[str]] = [set(_WORDS.findall(s.quote.lower())) for s in body]
    for quote in quotes:
        quote_text = quote.text(article.text)
        words = set(_WORDS.findall(quote_text.lower()))
        repeated = any(len(words & other) >= 0.6 * len(words) for other in seen)
        if not has_words(quote_text, MIN_WORDS) or repeated:
            continue
        seen.append(words)
        p_end = article.paragraphs[quote.paragraph][1]
        later = [s for s in article.sources_between(p_end, len(article.text))]
        first = next((s for s in later if s.is_person), later[0] if later else None)
        found.append(
            Statement(
                quote_text,
                first.name if first else None,
                "direct",
                Evidence(quote.start, quote.end, "quotation marks in the headline"),
                "headline quote: the article's first speaker" if first else None,
            )
        )
    return found


def _reported(article: _Article) -> list[Statement]:
    """'X said that ...' without quotation marks: reported speech, marked as such."""
    found = []
    for sentence in article.sentences:
        body = article.text[sentence.start : sentence.end]
        if "“" in body or "”" in body or '"' in body or sentence.paragraph in article.headline_paragraphs:
            continue
        for source in article.sources_between(sentence.start, sentence.end):
            if source.in_quote:
                continue
            m = _REPORTED_VERBS.match(article.text, source.position)
            if not m:
                continue
            clause = article.text[m.end() : sentence.end].strip()
            if has_words(clause, MIN_WORDS):
                found.append(
                    Statement(
                        clause,
                        source.name,
                        "reported",
                        Evidence(m.end(), sentence.end, "reported speech: X said that"),
                        source.rule,
                    )
                )
            break
    return found


_CARRIED_SOURCE_RULES = {
    "source: continuing the article's last speaker",
    "source: the report the article is about",
}


def _claim_source(article: _Article, claim: FigureClaim) -> tuple[_Source | None, str]:
    figure_at = claim.figure.start
    quote = article.in_quote(figure_at)
    s_start, s_end = claim.sentence
    if quote:
        inner = [
            s
            for s in article.sources_between(quote.start, figure_at)
            if s.in_quote
            and s.rule not in {"quotation marks"}
            and s.position >= s_start
            and not s.rule.startswith("quote")
        ]
        if inner:
            return inner[-1], "source: attribution inside the quote"
        speaker = article.quote_speakers.get(quote.start)
        if speaker:
            return speaker, "source: speaker of the quote"
    candidates = [
        s
        for s in article.sources_between(s_start, s_end)
        if not s.in_quote and not s.rule.startswith("quote")
    ]
    before = [s for s in candidates if s.position < figure_at]
    if before:
        return before[-1], "source: attribution before the figure"
    after = [s for s in candidates if s.position >= figure_at]
    if after:
        return after[0], "source: attribution after the figure"
    quote_sources = [s for s in article.sources_between(s_start, s_end) if s.rule.startswith("quote")]
    if quote_sources:
        return quote_sources[0], "source: speaker quoted in the sentence"
    sentence = _sentence_of(article, s_start)
    p_start = article.paragraphs[sentence.paragraph][0] if sentence else s_start
    last = next((s for s in reversed(article.sources_between(0, s_start)) if not s.in_quote), None)
    if last is not None and last.position >= p_start:
        return last, "source: continuing the paragraph's speaker"
    if last is not None:
        # A report or a briefing gives most of an article's figures: a figure no one is said to give
        # comes from whoever last gave one.
        return last, "source: continuing the article's last speaker"
    if article.first_report_org:
        # "a study released on Tuesday by the X Center": figures the article reports from it
        report = _Source(s_start, article.first_report_org, False, (s_start, s_start), (s_start, s_start),
                         "report", False)  # fmt: skip
        return report, "source: the report the article is about"
    return None, "source: none stated"


def _claim_date(article: _Article, claim: FigureClaim, source: _Source | None) -> str | None:
    s_start, s_end = claim.sentence
    text = article.text
    phrases = find_date_phrases(text, s_start, s_end)
    if source:
        lo = min(source.agent_span[0], source.verb_span[0]) - 5
        hi = max(source.agent_span[1], source.verb_span[1]) + 45
        attribution_sentence = _sentence_of(article, source.verb_span[0])
        a_start = attribution_sentence.start if attribution_sentence else s_start
        a_end = attribution_sentence.end if attribution_sentence else s_end
        near = [
            p
            for p in find_date_phrases(text, max(0, lo), min(len(text), hi))
            if not _IN_OR_SINCE_YEAR.fullmatch(p.text) and a_start <= p.start < a_end
        ]
        leading = [p for p in phrases if p.start - s_start <= 3 and not _SINCE_OR_IN_DIGIT.match(p.text)]
        for phrase in near + leading:
            resolved = resolve(phrase.text, article.article_date)
            if resolved:
                return resolved
    if source is None:
        # nobody resolved, but "the minister said on Tuesday" still dates the claim
        for verb in _SPEECH_VERB_RE.finditer(text, s_start, s_end):
            for phrase in find_date_phrases(text, verb.end(), min(s_end, verb.end() + 30)):
                resolved = resolve(phrase.text, article.article_date)
                if resolved:
                    return resolved
    if source:
        year = _YEAR_WORD.search(text[max(0, source.agent_span[0] - 8) : source.agent_span[1]])
        if year and not source.is_person:
            return year.group(1)
    return article.article_date


def _same_party(a: str | None, b: str | None) -> bool:
    if not a or not b:
        return True
    fa, fb = a.lower(), b.lower()
    return fa == fb or fa in fb or fb in fa or fa.split()[-1] == fb.split()[-1]


def _affiliated(article: _Article, a: str | None, b: str | None) -> bool:
    """One source is an organization and the other a person whose role names it."""
    if not a or not b:
        return True
    for person_name, org in ((a, b), (b, a)):
        speaker = article.registry.find(person_name, True)
        if speaker and speaker.role and org.lower() in speaker.role.lower():
            return True
    return False


def _specificity(claim: Claim, article: _Article) -> int:
    if not claim.source:
        return 0
    speaker = article.registry.find(claim.source, True)
    return 2 if speaker else 1


def _merge_into(keep: Claim, other: Claim) -> None:
    for name in ("origin", "origin_countries", "group"):
        if getattr(keep, name) is None and getattr(other, name) is not None:
            setattr(keep, name, getattr(other, name))
    if not keep.location and other.location:
        keep.location = list(other.location)


def _merge_claims(article: _Article, claims: list[Claim]) -> list[Claim]:
    """One claim per distinct figure (SCHEMA.md): headline repeats go, the same figure in other
    words goes into the range it repeats, the same value from one source is one claim."""
    body = [c for c in claims if not c.in_headline]
    result: list[Claim] = []
    for claim in body:
        twin = None
        for kept in result:
            if (kept.subject, kept.value, kept.value_max) != (claim.subject, claim.value, claim.value_max):
                continue
            if kept.origin and claim.origin and kept.origin != claim.origin:
                continue  # one number for two countries: two claims
            if (
                _same_party(kept.source, claim.source)
                or article.is_lede(kept) != article.is_lede(claim)  # the lede sums up the body
                # the same figure in other words where one of the two names nobody: one claim; two
                # sources that each give it are two claims (SCHEMA.md)
                or (kept.qualifier != claim.qualifier and not (kept.source and claim.source))
            ):
                twin = kept
                break
        if twin is None:
            result.append(claim)
            continue
        if _specificity(claim, article) > _specificity(twin, article):
            _merge_into(claim, twin)
            result[result.index(twin)] = claim
        else:
            _merge_into(twin, claim)
    ranges = [c for c in result if c.value_max is not None]
    final: list[Claim] = []
    for claim in result:
        # "Up to 5,000" over "between 3,000 and 5,000", "as few as 12,000" over "12,000 to 15,000"
        covering = next(
            (
                r
                for r in ranges
                if r is not claim
                and claim.value_max is None
                and r.subject == claim.subject
                and (
                    claim.qualifier == "up_to"
                    and claim.value == r.value_max
                    or claim.qualifier == "more_than"
                    and claim.value == r.value
                )
            ),
            None,
        )
        if covering:
            _merge_into(covering, claim)
            if not covering.source and claim.source:
                covering.source = claim.source
            continue
        final.append(claim)
    if not final:
        final = [c for c in claims if c.in_headline and c.qualifier != "vague"]
    return [c for c in final if not _rounded_heading(article, c, final)]


_ROW_MARK = re.compile(r"[|:—–]|\s-\s")


def _rounded_heading(article: _Article, claim: Claim, claims: list[Claim]) -> bool:
    """A heading line inside the page that repeats a figure of the text below ("Tbilisi counts
    approximately fifty Georgians in Syria"), or rounds one the text gives exactly ("Russia says nearly
    7,000 foreigners have come" over 6,956), says the same thing again (SCHEMA.md)."""
    line = article.text[claim.evidence.start : claim.evidence.end].rstrip()
    if not line or line[-1] in '.!?"”’;:,' or line[:1] in "-•*–" or len(line.split()) > 20:
        return False  # a sentence or a list item, not a heading
    if not _ROW_MARK.search(line) and any(
        other is not claim
        and (other.subject, other.value, other.value_max, other.qualifier)
        == (claim.subject, claim.value, claim.value_max, claim.qualifier)
        and (other.origin == claim.origin or None in (other.origin, claim.origin))
        and other.evidence.start > claim.evidence.end
        for other in claims
    ):
        return True  # "Tbilisi counts approximately fifty Georgians in Syria" over the body's own sentence
    if (
        claim.qualifier not in {"nearly", "about", "more_than", "up_to", "vague"}
        or claim.value_max is not None
    ):
        return False
    if claim.qualifier == "vague":
        # "Syria to fold thousands of foreign fighters into new army" over "some 3,500 foreign fighters"
        return any(
            other is not claim
            and other.subject == claim.subject
            and other.qualifier != "vague"
            and other.evidence.start > claim.evidence.start
            and claim.value <= other.value < 10 * claim.value
            for other in claims
        )
    return any(
        other is not claim
        and other.subject == claim.subject
        and other.qualifier == "exact"
        and other.evidence.start > claim.evidence.start
        and abs(other.value - claim.value) <= 0.05 * claim.value
        for other in claims
    )


def _claims(article: _Article) -> list[Claim]:
    claims: list[Claim] = []
    defaulted: set[int] = set()  # starts of figures whose subject no word of their own decided
    previous: FigureClaim | None = None
    previous_sentence_index = -10
    previous_text = ""
    for sentence in article.sentences:
        recent = previous is not None and sentence.index - previous_sentence_index <= 2
        if not find_figures(article.text, sentence.start, sentence.end):
            previous_text = article.text[sentence.start : sentence.end]
            continue  # no number at all: nothing more to look at
        recent_group = _recent_group(article, sentence)
        found = claims_in_sentence(
            article.text,
            sentence.start,
            sentence.end,
            previous if recent else None,
            recent,
            previous_text,
            recent_group,
            last_claim=previous,
        )
        previous_text = article.text[sentence.start : sentence.end]
        if not found:
            continue
        breakdown_parent = previous if recent and is_breakdown(article.text, sentence.start) else None
        for figure_claim in found:
            source, source_rule = _claim_source(article, figure_claim)
            source_name = source.name if source else None
            if source is None and breakdown_parent is not None:
                parent = next(
                    (c for c in reversed(claims) if c.figure_span[0] == breakdown_parent.figure.start), None
                )
                source_name = parent.source if parent else None
                source_rule = "source: of the total this breaks down"
            figure = figure_claim.figure
            if figure_claim.subject_by_default:
                restated = next(
                    (c for c in claims if (c.value, c.value_max) == (figure.value, figure.value_max)), None
                )
                defaulted.add(figure.start)
                if restated is not None:
                    figure_claim.subject, figure_claim.group = restated.subject, restated.group
                else:
                    # In an article counting a force's strength (a briefing on the battle), fighters with
                    # no group named are that force's too.
                    decided = [
                        c for c in claims if c.figure_span[0] not in defaulted and c.subject != "returnees"
                    ]
                    strengths = sum(c.subject == "fighters" for c in decided)
                    if strengths and (decided[-1].subject == "fighters" or 2 * strengths > len(decided)):
                        figure_claim.subject = "fighters"
            claims.append(
                Claim(
                    figure=figure.text.strip(),
                    value=figure.value,
                    value_max=figure.value_max,
                    qualifier=figure.qualifier,
                    subject=figure_claim.subject,
                    origin=figure_claim.origin,
                    origin_countries=figure_claim.origin_countries,
                    location=figure_claim.location,
                    group=figure_claim.group,
                    source=source_name,
                    # a speaker carried over from an earlier paragraph spoke then, not necessarily of this
                    date=_claim_date(
                        article,
                        figure_claim,
                        None if source_rule in _CARRIED_SOURCE_RULES else source,
                    ),
                    evidence=Evidence(sentence.start, sentence.end, f"{figure_claim.rule}; {source_rule}"),
                    figure_span=(figure.start, figure.end),
                    in_headline=sentence.paragraph in article.headline_paragraphs,
                )
            )
        if breakdown_parent is not None:
            _fill_total_from_breakdown(claims, breakdown_parent, found)
        previous = found[-1] if not breakdown_parent else previous
        previous_sentence_index = sentence.index
    return _merge_claims(article, claims)


def _recent_group(article: _Article, sentence: Sentence) -> str | None:
    """The last armed group named in the two sentences before this one."""
    start = article.sentences[max(0, sentence.index - 2)].start
    mentions = find_groups(article.text, start, sentence.start)
    return mentions[-1].name if mentions else None


def _fill_total_from_breakdown(claims: list[Claim], parent: FigureClaim, parts: list[FigureClaim]) -> None:
    """'25,000 fighters ... Of these, 22,000 in Syria and Iraq, 6,500 in Afghanistan': the total is where
    its parts are."""
    total = next((c for c in claims if c.figure_span[0] == parent.figure.start), None)
    if total is None:
        return
    if total.location:
        # "... travelled to Syria and Iraq. Of those, 4,500 are from Western countries": the parts
        # are where the whole is
        part_starts = {part.figure.start for part in parts}
        for claim in claims:
            if claim.figure_span[0] in part_starts and not claim.location:
                claim.location = list(total.location)
        return
    for part in parts:
        for place in part.location:
            if place not in total.location:
                total.location.append(place)


def _forums(article: _Article) -> list[Forum]:
    forums: list[Forum] = []
    seen: set[tuple[str, str]] = set()
    for sentence in article.sentences:
        if sentence.paragraph in article.headline_paragraphs:
            continue
        kinds = kinds_hinted(article.text, sentence.start, sentence.end)
        if not kinds:
            continue
        for mention in find_forums(article.text, sentence.start, sentence.end, kinds):
            key = (mention.kind, mention.name.lower())
            if key in seen:
                continue
            if (
                mention.kind == "other"
                and _THE_MEETING.fullmatch(key[1])
                and any(f.kind in {"un_conference", "coalition_meeting", "security_council"} for f in forums)
            ):
                continue  # "the conference": the UN conference or coalition meeting named before
            seen.add(key)
            date = None
            for phrase in find_date_phrases(article.text, sentence.start, sentence.end):
                if abs(phrase.start - mention.end) < 60 or abs(phrase.end - mention.start) < 60:
                    date = resolve(phrase.text, article.article_date)
                    if date:
                        break
            forums.append(
                Forum(mention.kind, mention.name, date, Evidence(mention.start, mention.end, mention.rule))
            )
    return forums


def extract(
    text: str, *, title: str | None = None, url: str | None = None, published: str | dt.date | None = None
) -> Extraction:
    """Claims, statements, speakers and forums found in one article, each with its evidence span
    into `Extraction.text` (the cleaned text) and the rule that found it."""
    if not isinstance(text, str):
        text = str(text or "")
    cleaned = clean_text(text, title)
    truncated = len(cleaned) > MAX_TEXT_CHARS
    if truncated:
        cut = cleaned.rfind("\n\n", 0, MAX_TEXT_CHARS)
        cleaned = cleaned[: cut if cut > MAX_TEXT_CHARS // 2 else MAX_TEXT_CHARS]
    article = _Article(cleaned, title, parse_iso(published))
    article.set_quotes(find_quote_spans(cleaned, article.paragraphs))
    _collect_sources(article)
    statements = _statements(article)
    claims = _claims(article)
    forums = _forums(article)
    used = {c.source for c in claims} | {s.speaker for s in statements}
    speakers = [s for s in article.registry.speakers if s.name in used]
    return Extraction(
        text=cleaned,
        article_date=article.article_date,
        article_date_rule=article.article_date_rule,
        claims=claims,
        statements=statements,
        speakers=speakers,
        forums=forums,
        extractor_version=EXTRACTOR_VERSION,
        truncated=truncated,
    )
