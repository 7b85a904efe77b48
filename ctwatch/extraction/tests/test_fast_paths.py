"""Shortcuts taken for speed must give what the plain regex scans give: checked on the held-out
articles (and a few hard cases), sentence by sentence."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from ctwatch.extraction import (
    api,
    attribution,
    clean,
    dates,
    figure_clauses,
    figure_exclusions,
    figure_lists,
    figure_places,
    figure_subjects,
    figures,
    forums,
    numbers,
    places,
    quotes,
    speakers,
    tables,
)
from ctwatch.extraction.clean import clean_text
from ctwatch.extraction.inputs import iter_articles
from ctwatch.extraction.regex import KeywordGate
from ctwatch.extraction.segment import split

_HELDOUT = Path(__file__).parent / "heldout" / "articles"
_HARD_CASES = [
    "UNSC briefing: the UN reporters told the Senate committee, at a teleconference, in an op-ed.",
    "‘Hello there’ he said, x‘no’ a ‘b’c; 'Hello world,' said 'The Man', don't 'Go home.' 'B's'",
    "told me told us reporters reports Report UNODC UNOCT United Nations high-level Press",
]


def _texts() -> list[str]:
    return [clean_text(a.text, a.title) for a in iter_articles([_HELDOUT])] + _HARD_CASES


@pytest.fixture(scope="module")
def texts() -> list[str]:
    return _texts()


def test_keyword_hits_are_those_of_the_keyword_regex(texts: list[str]) -> None:
    for text in texts:
        expected = [
            (m.start(), forums._KIND_OF_KEYWORD[m.group(0)]) for m in forums._KEYWORD_RE.finditer(text)
        ]
        assert forums._keyword_hits(text) == expected


def test_a_forum_pattern_matches_only_where_its_needed_words_are(texts: list[str]) -> None:
    patterns = {kind: pattern for kind, _, pattern in forums._PATTERNS}
    for text in texts:
        _, sentences = split(text)
        for sentence in sentences:
            for kind, needed in forums._NEEDED_WORDS.items():
                if patterns[kind].search(text, sentence.start, sentence.end):
                    assert any(p.search(text, sentence.start, sentence.end) for p in needed), kind


def test_single_quotes_pattern_is_the_lookbehind_first_one(texts: list[str]) -> None:
    plain = re.compile(
        r"(?<![\w’'])‘(?=\S)(?:[^‘’\n]|’(?=\w))+’(?!\w)"
        r"|(?<![\w'’])'(?=[A-Z])(?:[^'\n]|'(?=\w))+?(?<=[\w.,!?;])'(?!\w)"
    )
    for text in texts:
        for start in range(0, len(text), 11):
            for end in (start + 60, len(text)):
                found = [m.span() for m in quotes._SINGLE_QUOTED.finditer(text, start, end)]
                assert found == [m.span() for m in plain.finditer(text, start, end)]


def test_number_cores_are_those_of_the_any_number_regex(texts: list[str]) -> None:
    extra = [
        "often ten Ten TEN tenth 1,000.5 twenty-one 3rd_seven x7 seventeen_ Seventy",
        "2.5 million; a dozen",
        "tHousand Twenty TWENTY twenty-one, SEVENteen seventeen Seventy sevenTy",
        "İstanbul: tHousand Twenty TWENTY twenty-one, SEVENteen seventeen",
    ]
    for text in texts + extra:
        for start in range(0, len(text), 37):
            for end in (start + 50, len(text)):
                expected = [m.start() for m in numbers._ANY_NUMBER.finditer(text, start, end)]
                assert numbers._core_starts(text, start, end) == expected


def _keyword_gates() -> list[tuple[str, KeywordGate]]:
    gates = []
    # figures.py imports the gates of the figure_* modules: each gate is checked once, under its own module
    seen: set[int] = set()
    for module in (
        attribution,
        figure_exclusions,
        figure_lists,
        figure_places,
        figure_subjects,
        figures,
        forums,
        numbers,
        tables,
    ):
        for name, value in vars(module).items():
            if isinstance(value, KeywordGate) and id(value) not in seen:
                seen.add(id(value))
                gates.append((f"{module.__name__}.{name}", value))
            elif isinstance(value, list):
                gates += [
                    (f"{module.__name__}.{name}[{i}]", v)
                    for i, v in enumerate(value)
                    if isinstance(v, KeywordGate)
                ]
    return gates


@pytest.mark.parametrize(("name", "gate"), _keyword_gates())
def test_every_match_of_a_gated_pattern_holds_one_of_its_keywords(
    texts: list[str], name: str, gate: KeywordGate
) -> None:
    hard = (
        "İnvestigated Repatrıated ſtopped KILLED Fighters re-turned ‘ı’ they have come\nback, "
        "were brought home, are now back, those who returned, up from the 90 and higher than the 80, "
        "previous tally of 5 a month, Kazakhstan has brought back some 600, left Tunisia for Syria, "
        "with Tunisian passports, the number from Belgium, lost some 300, wiped out 40 FTFs and "
        "military contractors from abroad, total 12, including dozens of FOREIGN Fighters, from 80 "
        "Countries, 12 nationalities, from some 40 UN member states"
    )
    # the ends of texts before a figure that the end-anchored gated patterns look for
    ends = [
        "Tunisia (",
        "followed by Albania with ",
        "Maghreb: ",
        "Russia tops the list with ",
        "and France\n",
        "authorities PUT THE FIGURE AT ",
        "the Tally had risen to ",
        "a new estimate of ",
        "count stood at ",
        "the number of people who have come back from Syria, at ",
        "Germany and Britain each had ",
        "a country of about ",
        "interviews with ",
        "Population stood at ",
        " most of them children",
        " and their families",
        "Uzbekistan ........ 1,500 / 130",
        "- Western Europe – 5,000 to 5,500 Tunisia: 6,000 (625 returned)",
        "Iraq\t40",
    ]
    for text in [*texts, hard, *ends]:
        for m in gate.pattern.finditer(text):
            assert gate.may_match(m.group(0)), (name, m.group(0))
        for start in range(0, len(text), 29):
            window = text[start : start + 80]
            if gate.pattern.search(window):
                assert gate.may_match(window), (name, window)
            found, expected = (
                gate.search(text, start, start + 80),
                gate.pattern.search(text, start, start + 80),
            )
            assert (found and found.span()) == (expected and expected.span()), (name, window)


def test_has_words_agrees_with_word_count(texts: list[str]) -> None:
    pieces = ["", "one", "a b c d", "a b c d e", " ,a-b c_d; e ", "İ ı ſ Straße 1 2 3 4", "x" * 50]
    for text in texts:
        pieces += [text[i : i + n] for i in range(0, len(text), 53) for n in (10, 25, 40, 90)]
    for piece in pieces:
        for n in (quotes.MIN_WORDS, 8):
            assert quotes.has_words(piece, n) == (quotes.word_count(piece) >= n), piece


def test_squash_is_the_plain_substitution(texts: list[str]) -> None:
    lines = ["", "  ", "İstanbul — ſome THING", "a__b", "--x--", "Ⅻ ½ ²"]
    for text in texts:
        lines += text.split("\n")
    for line in lines:
        assert clean._squash(line) == clean._NON_WORDS.sub(" ", line.lower()).strip(), line


def test_cues_are_those_of_the_scans_by_kind(texts: list[str]) -> None:
    extra = (
        "output the number said; disappointed out, tells:says xsaid _said said_ put the figure, "
        "put their number. According to per Per Olsen, said by citing within the report, in its "
        "report, by the ministry's own count, as reported by X, paper per cent"
    )
    for text in [*texts, extra]:
        found = []
        for order, (kind, pattern) in enumerate(attribution._CUE_PATTERNS):
            for m in pattern.finditer(text):
                at = m.start()
                if not (at and (text[at - 1].isalnum() or text[at - 1] == "_")):
                    found.append((at, order, kind, m.span()))
        found.sort()
        expected, taken_until = [], -1
        for at, _, kind, span in found:
            if at >= taken_until:
                expected.append((kind, span))
                taken_until = span[1]
        attribution._last_matches[0] = None
        assert [(kind, m.span()) for kind, m in attribution._cues(text, 0, len(text))] == expected


def test_run_tokens_are_those_of_the_token_regex(texts: list[str]) -> None:
    phrases = ["Ban Ki-moon", "Ban  Ki-moon", "A\tB  C", "Minister of the Interior", "al-Baghdadi X"]
    for text in texts:
        for m in speakers._RUN_RE.finditer(text):
            phrases.append(m.group())
    for phrase in phrases:
        expected = [(7 + t.start(), t.group()) for t in speakers._TOKEN_RE.finditer(phrase)]
        assert speakers._tokens(phrase, 7) == expected, phrase


def test_report_left_is_the_plain_search(texts: list[str]) -> None:
    extra = ["a the b c d e f g h report", "x  y\n\nz -'’ w the  report", "in a new annual UN-led  report"]
    for text in [*texts, *extra]:
        for hi in range(0, len(text), 7):
            for lo in (max(0, hi - 70), max(0, hi - 20), hi):
                expected = forums._REPORT_LEFT.search(text, lo, hi)
                assert forums._report_left(text, lo, hi).span() == expected.span(), (lo, hi)


def test_place_words_are_those_of_the_plain_pattern(texts: list[str]) -> None:
    extra = [
        "westerners western Westerner xformer former ex-Soviet ex-soviet sub-Saharan Éire Ābc",
        "A.former Pro-western ex-Sovietski sub-saharan, eformer -former _western 9former",
    ]
    for text in [*texts, *extra]:
        for start in range(0, len(text), 13):
            for end in (start + 40, len(text)):
                expected = [m.span() for m in places._PLAIN_WORD_RE.finditer(text, start, end)]
                assert [m.span() for m in places._WORD_RE.finditer(text, start, end)] == expected


def test_a_cue_starts_only_where_a_first_word_of_a_cue_does(texts: list[str]) -> None:
    for text in texts:
        starts = {m.start() for m in attribution._CUE_START.finditer(text)}
        for m in attribution._ANY_CUE.finditer(text):
            assert m.start() in starts, m.group(0)


def test_figure_starts_are_the_words_the_plain_loop_tries(texts: list[str]) -> None:
    word_start = re.compile(r"(?<!\w)\w")
    extra = (
        "about20 ABOUT 5 Approx. 7 approx 8 abouté 9 _about 3 Éire 4 ²5 more than 6, "
        "some 40 tens of thousands"
    )
    for text in [*texts, extra]:
        for core in numbers._core_starts(text, 0, len(text)):
            for lo in (max(0, core - 50), max(0, core - 7)):
                expected = []
                for w in word_start.finditer(text, lo, core + 1):
                    at = w.start()
                    first = numbers._WORD_AT.match(text, at)
                    if (
                        at == core
                        or text[at].isdigit()
                        or (first and first.group().lower() in numbers._FIRST_WORDS)
                    ):
                        expected.append(at)
                assert numbers._starts_before(text, lo, core) == expected, (text[lo : core + 5], lo, core)


def test_forum_patterns_tried_where_they_can_start_find_what_they_find(texts: list[str]) -> None:
    patterns = {kind: pattern for kind, _, pattern in forums._PATTERNS}
    extra = [
        "He told the UN Security Council on Monday. xUN Security Council meeting, FUNSC briefing; "
        "the Security Council met, U.N. Security Council debate on Syria, UNSC session",
        "the daily press briefing, told a group of reporters, comments to journalists, via teleconference",
        "to report, will report, a UN reports confirmed, white paper, research  paper, Study of x",
        "In an op-ed, a recent conference, plenary debate, debated on Monday 3 May 2019, (Urgent Question), "
        "testified before Congress, told a meeting of donors, appeared before the Senate committee",
    ]
    for text in [*texts, *extra]:
        ranges = [(s.start, s.end) for s in split(text)[1]] + [
            (i, min(len(text), i + 120)) for i in range(0, len(text), 41)
        ]
        for kind in forums._PATTERN_STARTS:
            pattern = patterns[kind]
            starts = set(forums._pattern_starts(kind, text, 0, len(text)))
            for m in pattern.finditer(text):
                assert m.start() in starts, (kind, m.group(0))
            for start, end in ranges:
                expected = [m.span() for m in pattern.finditer(text, start, end)]
                found = [m.span() for m in forums._forum_matches(kind, pattern, text, start, end)]
                assert found == expected, (kind, text[start:end])


def test_capitalized_runs_are_found_where_the_run_pattern_finds_them(texts: list[str]) -> None:
    extra = [
        "al-Qaeda el-Sisi bin-Laden ibn-Saud van-Gogh von-X de-Gaulle da-Silva di-Maria du-Pont le-Pen "
        "la-Rue ben-Ali abu-Bakr",
        "ual-Q xal-Qaeda Mr. Ban Ki-moon of the United Nations and al-Baghdadi iPhone Maker Group",
        "Éire Ābc al- bin-x al-",
    ]
    for text in [*texts, *extra]:
        for start in range(0, len(text), 29):
            for end in (start + 50, len(text)):
                expected = [m.span() for m in speakers._RUN_RE.finditer(text, start, end)]
                assert [m.span() for m in speakers._run_matches(text, start, end)] == expected


def test_a_repeated_run_is_searched_only_where_four_words_come_twice(texts: list[str]) -> None:
    run = "Four fighters were said to have returned home from Syria"
    hard = [
        f"Menu Home {run} {run} Share",
        "(one two three four five six one two three four five six.",
        "a\u00a0b\tc d\u2003e f a\u00a0b\tc d\u2003e f",
        " ".join([f"w{i}" for i in range(31)] * 2),
        f"x{run} {run}y",
        "one two three four five one two three four five",
    ]
    raw = [a.text for a in iter_articles([_HELDOUT])]
    for text in [*texts, *raw, *hard]:
        pieces = text.split("\n") + [text[i : i + n] for i in range(0, len(text), 41) for n in (80, 300)]
        for piece in pieces:
            if api._REPEATED_RUN.search(piece):
                assert api._may_repeat_a_run(piece), piece
    assert api._may_repeat_a_run(hard[0]) and api._REPEATED_RUN.search(hard[0])


def test_date_phrases_tried_where_they_can_start_are_those_of_finditer(texts: list[str]) -> None:
    extra = [
        "on Monday morning, 3 March 2020 (4 Mar), in mid-June 2019, since May, late Sept. 2018, "
        "today (27 Aug), yesterday, this week, earlier this month, last year, in 2015, 2021-03-04, "
        "xMay 5, non Monday, 12th Jan, Jan. 5, Thursday(4 May), onMonday, in\nApril 2014",
    ]
    for text in [*texts, *extra]:
        for start in range(0, len(text), 31):
            for end in (start + 70, len(text)):
                expected = [m.span() for m in dates._DATE_PHRASE_WITHOUT_AGO.finditer(text, start, end)]
                assert [m.span() for m in dates._phrases_without_ago(text, start, end)] == expected


def test_figure_pattern_with_phrase_tries_matches_as_the_plain_alternations(texts: list[str]) -> None:
    plain = re.compile(
        numbers._figure_pattern(numbers._HEDGES, numbers._QUALIFIER_WORDS, numbers._VAGUE_WORDS),
        re.IGNORECASE,
    )
    phrases = [*numbers._QUALIFIER_OF, *numbers._VAGUE, *numbers._HEDGE_WORDS]
    extra = [
        " ".join(f"{p} 40, {p.upper()}  12 or more, {p}\n5-6, believed to be {p} 7" for p in phrases),
        "believed  to be about 5; a little over 3; A few  dozen; tens of thousands; just over 2 and just 9",
    ]
    for text in [*texts, *extra]:
        for at in range(len(text)):
            for stop in (len(text), min(len(text), at + 30)):
                expected, found = plain.match(text, at, stop), numbers._FIGURE_RE.match(text, at, stop)
                assert (found and found.regs) == (expected and expected.regs), text[at : at + 40]


def test_report_words_are_those_of_the_report_word_regex(texts: list[str]) -> None:
    extra = [
        "report reports reportsx reported Reports assessment assessments study study_ studys study",
        "xreport reports. report_s report,reports;studyé assessment\nreport",
        "reports",
        "report",
        "reportsé",
    ]
    for text in [*texts, *extra]:
        assert api._report_words(text) == [m.span() for m in api._REPORT_WORD.finditer(text)], text[:60]


def test_clause_or_support_breaks_are_those_of_the_plain_pattern(texts: list[str]) -> None:
    plain = re.compile(figure_clauses._PLAIN_CLAUSE_OR_SUPPORT_BREAK)
    extra = [
        "while but supported by xwhile whilex _but but_ wbut 1but ébut a-but (but) supported byx",
        "While BUT Supported by, éwhile; sbut: bbut - but – while — supported  by",
        "but",
        "while",
    ]
    for text in [*texts, *extra]:
        for start in range(0, len(text), 11):
            for end in (start + 60, len(text)):
                expected = [m.span() for m in plain.finditer(text, start, end)]
                found = [m.span() for m in figure_clauses._CLAUSE_OR_SUPPORT_BREAK.finditer(text, start, end)]
                assert found == expected, text[start:end]
