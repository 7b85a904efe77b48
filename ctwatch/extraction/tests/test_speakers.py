"""Names, roles and matching keys of speakers."""

import pytest

from ctwatch.extraction import extract
from ctwatch.extraction.speakers import SpeakerRegistry, name_in_title_case, speaker_key, split_role_and_name
from ctwatch.extraction.types import Evidence


def test_it_splits_a_role_from_a_name() -> None:
    assert split_role_and_name("Federal Security Service Director Ivan Sokolov") == (
        "Federal Security Service Director",
        "Ivan Sokolov",
    )
    assert split_role_and_name("Foreign Minister Julie Bishop") == ("Foreign Minister", "Julie Bishop")
    assert split_role_and_name("Interior Minister Ana Ruiz of Spain") == (
        "Interior Minister of Spain",
        "Ana Ruiz",
    )


def test_it_keeps_an_organization_whole() -> None:
    assert split_role_and_name("International Red Cross")[1] is None
    assert split_role_and_name("Centre for Conflict Studies")[1] is None


def test_it_matches_mr_x_and_a_family_name_first_to_the_full_name() -> None:
    registry = SpeakerRegistry()
    full = registry.add("Ban Ki-moon", True, "UN Secretary-General", Evidence(0, 11, "test"))
    assert registry.find("Mr. Ban", True) is full
    assert registry.find("Ki-moon", True) is full
    assert registry.find("Mr. Lee", True) is None


def test_it_keeps_the_fuller_name_when_a_short_one_came_first() -> None:
    registry = SpeakerRegistry()
    registry.add("Mr. Okafor", True, None, Evidence(0, 10, "test"))
    speaker = registry.add("Paul Okafor", True, "Defence Minister", Evidence(20, 31, "test"))
    assert (speaker.name, speaker.role, len(registry.speakers)) == ("Paul Okafor", "Defence Minister", 1)


def test_it_normalizes_organization_keys() -> None:
    assert speaker_key("the UN", False) == speaker_key("United Nations", False)
    assert speaker_key("Jürgen Stöck", True) == "jurgen stock"


def test_it_writes_names_printed_in_capitals_in_title_case() -> None:
    assert name_in_title_case("BASHAR AL-JAAFARI") == "Bashar al-Jaafari"
    assert name_in_title_case("MICHELE J. SISON") == "Michele J. Sison"
    assert name_in_title_case("VAN DER BERG") == "Van der Berg"


def test_it_does_not_take_a_place_after_in_for_a_person() -> None:
    text = (
        "The report was released by the UN mission in Kandahar on Monday. Taliban spokesman Ahmad Noori "
        'rejected it. "These figures are invented by our enemies and nobody should believe them," he said.'
    )
    assert [s.speaker for s in extract(text).statements if s.kind == "direct"] == ["Ahmad Noori"]


@pytest.mark.parametrize(
    ("phrase", "role", "name"),
    [
        (
            "Under-Secretary-General for Political Affairs Tomasz Wierzbicki",
            "Under-Secretary-General for Political Affairs",
            "Tomasz Wierzbicki",
        ),
        ("Minister for Home Affairs Peter Dutton", "Minister for Home Affairs", "Peter Dutton"),
        ("Head of Counter-Terrorism Operations Jane Doe", "Head of Counter-Terrorism Operations", "Jane Doe"),
    ],
)
def test_it_keeps_what_a_role_is_for_in_the_role(phrase: str, role: str, name: str) -> None:
    assert split_role_and_name(phrase) == (role, name)
