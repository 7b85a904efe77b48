"""Forums: where figures and statements were made."""

import pytest

from ctwatch.extraction import extract


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The envoy told the Security Council on Tuesday that the threat was growing.", "security_council"),
        ("The figures were given at a Security Council meeting on counter-terrorism.", "security_council"),
        ("He spoke during the United Nations High-level Conference on Border Security.", "un_conference"),
        ("Ministers met at two days of UN-sponsored talks in Geneva.", "un_conference"),
        ("She spoke at a Rome meeting of the Global Coalition against Daesh.", "coalition_meeting"),
        ("The spokesman said at a press briefing that the numbers had fallen.", "press_briefing"),
        ("The general told reporters in Baghdad that the group was weaker.", "press_briefing"),
        ("The minister told French newspaper Le Monde that 300 had returned.", "interview"),
        ("In an interview with a local radio station, the mayor said the town was safe.", "interview"),
        ("A new report by the Institute for Peace Studies says the flow has slowed.", "report"),
        ("In an op-ed published on Sunday, the minister called for unity.", "other"),
    ],
)
def test_it_finds_forums_of_each_kind(text: str, kind: str) -> None:
    kinds = {f.kind for f in extract(text).forums}
    assert kind in kinds


def test_it_keeps_the_forum_name_as_written_and_its_date() -> None:
    extraction = extract(
        "The envoy spoke at a press briefing on Thursday about the camps.", published="2021-06-04"
    )
    forum = next(f for f in extraction.forums if f.kind == "press_briefing")
    assert "press briefing" in forum.name
    assert forum.date == "2021-06-03"


def test_it_does_not_take_news_agency_reports_for_reports() -> None:
    assert {f.kind for f in extract("Experts gathered in Madrid on Monday, AFP reports.").forums} == set()


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Briefing the Security Council on Monday, the envoy said the threat remained.", "security_council"),
        ("The UN reports confirmed that thousands had travelled.", "report"),
        ("The findings of the 2019 Annual Report on Terrorism were published in May.", "report"),
    ],
)
def test_it_finds_forums_written_with_capitals(text: str, kind: str) -> None:
    assert kind in {f.kind for f in extract(text).forums}


def test_it_does_not_take_study_the_verb_for_a_study() -> None:
    assert "report" not in {
        f.kind for f in extract("Leaders need to study the reasons why people join.").forums
    }


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "The coordinator told the European Parliament's civil liberties committee that checks were weak.",
            "other",
        ),
        ("Daily Press Briefing, Washington, 3 May 2016", "press_briefing"),
        ("Speaking to reporters in Abuja, the general said the group was weaker.", "press_briefing"),
        ("“They will come back,” Mr. Dorn told me in his office.", "interview"),
        ("A briefing paper by the Centre for Sahel Studies puts the number at 4,000.", "report"),
        ("She spoke at a two-day high-level conference at UN Headquarters in New York.", "un_conference"),
        (
            "The figures were given at a ministerial meeting of the Global Coalition to Defeat ISIS in Rome.",
            "coalition_meeting",
        ),
    ],
)
def test_it_finds_forums_in_other_phrasings(text: str, kind: str) -> None:
    assert kind in {f.kind for f in extract(text).forums}


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Dr Lena Park, who spoke at a seminar in Oslo on Tuesday, said the cell was small.", "other"),
        ("During the debate in Brussels, the rapporteur said the threat was growing.", "other"),
        ("The deputies held a plenary debate on radicalisation.", "other"),
        ("Intelligence chiefs tell Congress that the figure has risen.", "other"),
        ("The general told a meeting of the agency's district heads that the flow had stopped.", "other"),
        ("He told Harbour Evening Courier by phone that half of them had not been paid.", "interview"),
        (
            "Senior Official on Detainees\nSpecial Briefing\nVia Teleconference\n\nMODERATOR: Welcome.",
            "press_briefing",
        ),
        (
            "Delegates met for a two-day regional conference on returnees, organized by the United Nations "
            "Office of Counter-Terrorism.",
            "un_conference",
        ),
        ("This morning the Under-Secretary-General briefed Member States on the camps.", "un_conference"),
        (
            "It was the first time the coalition's ministerial meeting had been held in Asia.",
            "coalition_meeting",
        ),
    ],
)
def test_it_finds_debates_seminars_briefings_and_meetings(text: str, kind: str) -> None:
    kinds = {f.kind for f in extract(text).forums}
    assert kind in kinds


def test_it_prefers_the_un_conference_to_a_conference_of_another_kind() -> None:
    text = (
        "Delegates met for a regional conference on returnees, organized by the United Nations. "
        "Opening the conference, the director said the camps were crowded."
    )
    assert {f.kind for f in extract(text).forums} == {"un_conference"}


def test_it_does_not_take_a_question_about_your_assessment_for_a_report() -> None:
    text = "QUESTION: Is that consistent with your assessment of the threat?"
    assert "report" not in {f.kind for f in extract(text).forums}
