"""Countries, regions, demonyms and armed groups."""

from ctwatch.extraction.groups import canonical_group, find_groups
from ctwatch.extraction.places import find_places, place_name


def test_it_names_countries_from_names_aliases_and_demonyms() -> None:
    assert place_name("Dutch") == "Netherlands"
    assert place_name("Britons") == "United Kingdom"
    assert place_name("U.S.") == "United States"
    assert [p.name for p in find_places("fighters from Tunisia and the UK in Syria's north")] == [
        "Tunisia",
        "United Kingdom",
        "Syria",
    ]


def test_it_keeps_regions_and_prefers_the_longest_name() -> None:
    names = [p.name for p in find_places("from South Africa, Central Asia and the Middle East")]
    assert names == ["South Africa", "Central Asia", "Middle East"]


def test_it_does_not_read_the_pronoun_us_or_a_given_name_as_a_place() -> None:
    assert find_places("He told us the plan.") == []
    assert find_places("Jordan Peterson spoke.") == []


def test_it_folds_group_aliases() -> None:
    assert [g.name for g in find_groups("ISIL, Daesh, the Islamic State and IS militants")] == ["ISIS"] * 4
    assert [g.name for g in find_groups("al-Qaida, Jabhat al-Nusra and ISIL-K")] == [
        "al-Qaeda",
        "al-Nusra",
        "ISIS-K",
    ]
    assert canonical_group("Da'esh") == "ISIS"
    assert canonical_group("Ansar al-Sharia") == "Ansar al-Sharia"


def test_it_keeps_sahel_affiliates_apart_from_the_parent() -> None:
    from ctwatch.extraction.groups import find_groups

    names = [g.name for g in find_groups("Both JNIM and the Islamic State Sahel Province recruit here.")]
    assert names == ["JNIM", "Islamic State Sahel Province"]


def test_it_reads_a_bare_is_before_what_the_group_has_or_holds() -> None:
    assert [
        g.name for g in find_groups("Officials say IS has 8,000 fighters and IS detainees number 2,000.")
    ] == [
        "ISIS",
        "ISIS",
    ]
    assert find_groups("What IS left of the town is rubble.") == []


def test_it_knows_other_armed_groups_and_keeps_short_names_whole_words() -> None:
    text = "The Houthis, the PKK, the ADF and Jemaah Islamiyah all recruit; TIPS and ADFX are not groups."
    assert [g.name for g in find_groups(text)] == [
        "Houthis",
        "PKK",
        "Allied Democratic Forces",
        "Jemaah Islamiyah",
    ]
