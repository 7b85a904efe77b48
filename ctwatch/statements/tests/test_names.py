import pytest

from ctwatch.statements.names import forum_key, person_key


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("Ban Ki-moon", "ban ki moon"),
        ("BAN KI-MOON", "ban ki moon"),
        ("Mr. Ban Ki-moon", "ban ki moon"),
        ("Secretary-General Ban Ki-moon", "ban ki moon"),
        ("Mr. Ban", "ban"),
        ("Jürgen Stock", "jurgen stock"),
        ("H.E. Ambassador Bashar al-Jaafari", "bashar al jaafari"),
        ("Dr Jane O’Brien", "jane obrien"),
        ("  ", ""),
    ],
)
def test_it_normalizes_person_names(name, key):
    assert person_key(name) == key


def test_it_normalizes_forum_names():
    assert forum_key("The Security Council meeting") == forum_key("security council meeting.")
    assert forum_key("A press briefing") == "press briefing"
