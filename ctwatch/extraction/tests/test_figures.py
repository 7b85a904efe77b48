"""Which figures are fighter claims, and what the sentence says about them."""

import pytest

from .helpers import claims, one_claim


@pytest.mark.parametrize(
    ("sentence", "subject"),
    [
        ("Officials estimate that 4,200 foreign fighters remain in the country.", "foreign_fighters"),
        ("About 900 Tunisian jihadists have travelled to Libya, the ministry said.", "foreign_fighters"),
        ("The militia now has roughly 7,000 fighters, the general said.", "fighters"),
        ("At least 150 recruits from Kosovo went to fight abroad, police said.", "foreign_fighters"),
        ("Some 300 of those who left have since returned home, the minister said.", "returnees"),
        ("Around 240 returnees are being monitored, the agency said.", "returnees"),
        ("As many as 2,000 mercenaries are fighting for the regime, the envoy said.", "foreign_fighters"),
        (
            "More than 5,000 people from 60 countries volunteered to fight, the minister said.",
            "foreign_fighters",
        ),
    ],
)
def test_it_tells_foreign_fighters_returnees_and_group_strength_apart(sentence: str, subject: str) -> None:
    assert one_claim(sentence).subject == subject


@pytest.mark.parametrize(
    "sentence",
    [
        "The fighting has killed more than 10,000 civilians, the agency said.",
        "The coalition has deployed 3,500 troops to the region.",
        "More than 120 experts from 40 countries attended the two-day meeting.",
        "Around 250,000 refugees have crossed the border since March.",
        "The programme costs $40 million a year.",
        "About 1,000 foreign fighters a month were crossing the border at the peak.",
        "Nearly 40% of them are women, the report said.",
        "At least 60 fighters were killed in the air strikes, the monitor said.",
        "Security forces arrested 12 suspects on Monday.",
    ],
)
def test_it_leaves_out_figures_that_count_something_else(sentence: str) -> None:
    assert claims(sentence) == []


def test_it_reads_origin_from_demonyms_from_phrases_and_nationality() -> None:
    assert one_claim("Some 450 Belgian jihadists have gone to Syria, officials said.").origin == "Belgium"
    assert (
        one_claim("About 800 fighters from Morocco joined the group, the ministry said.").origin == "Morocco"
    )
    assert (
        one_claim("Nearly 1,200 militants with French nationality are in Iraq, he said.").origin == "France"
    )
    assert (
        one_claim("Up to 3,000 Europeans have joined extremist groups, the commissioner said.").origin
        == "Europe"
    )


def test_it_reads_the_number_of_countries_of_origin() -> None:
    claim = one_claim(
        "Some 30,000 foreign fighters from more than 85 countries have travelled there, he said."
    )
    assert (claim.value, claim.origin_countries) == (30000, 85)
    claim = one_claim("Tens of thousands of militants have come from 90 UN member states, she said.")
    assert (claim.qualifier, claim.origin_countries) == ("vague", 90)


def test_it_reads_locations_including_lists_and_breakdowns() -> None:
    claim = one_claim("More than 9,000 foreign fighters are in Syria, Iraq and Libya, the envoy said.")
    assert claim.location == ["Syria", "Iraq", "Libya"]
    found = claims(
        "The agency counts 14,000 foreign fighters. Of these, 8,000 are in Syria and Iraq, "
        "4,500 in Afghanistan and hundreds in Somalia."
    )
    by_value = {c.value: c.location for c in found}
    assert by_value[8000] == ["Syria", "Iraq"]
    assert by_value[4500] == ["Afghanistan"]
    assert by_value[100] == ["Somalia"]
    assert by_value[14000] == ["Syria", "Iraq", "Afghanistan", "Somalia"]


def test_it_keeps_a_region_as_written() -> None:
    assert one_claim(
        "Nearly 500 Danes have gone to fight in the Middle East, the service said."
    ).location == ["Middle East"]


def test_it_folds_group_aliases_and_joins_several() -> None:
    assert one_claim("Daesh has about 3,000 fighters left, the envoy said.").group == "ISIS"
    assert one_claim("ISIL still commands some 3,000 fighters, the envoy said.").group == "ISIS"
    claim = one_claim("More than 6,000 foreign fighters joined the Islamic State and al-Qaida, she said.")
    assert claim.group == "ISIS, al-Qaeda"


def test_it_does_not_give_a_figure_the_group_it_is_compared_with() -> None:
    claim = one_claim(
        "The affiliate, weaker than al-Shabaab, has between 300 and 500 fighters, the panel said."
    )
    assert claim.group is None or "al-Shabaab" not in claim.group


def test_it_counts_the_same_figure_in_headline_and_body_once() -> None:
    text = (
        "Up to 2,500 jihadists back home, agency says\n\n"
        "Between 1,800 and 2,500 jihadists who fought abroad are now back in their home countries, "
        "the agency said on Monday."
    )
    found = claims(text, title="Up to 2,500 jihadists back home, agency says", published="2021-03-10")
    assert [(c.value, c.value_max) for c in found] == [(1800, 2500)]


def test_it_keeps_the_same_number_from_two_sources_as_two_claims() -> None:
    text = (
        "Minister Anna Holm said more than 4,000 foreign fighters had travelled from the region. "
        "According to the United Nations, more than 4,000 foreign fighters had travelled from the region."
    )
    assert [c.source for c in claims(text)] == ["Anna Holm", "United Nations"]


def test_it_counts_an_earlier_estimate_reported_as_such() -> None:
    found = claims(
        "The number of the group's fighters fell to 9,000, down from a previous estimate of 14,000, "
        "the spokesman said."
    )
    assert sorted(c.value for c in found) == [9000, 14000]


def test_it_reads_a_part_of_a_total() -> None:
    found = claims("The Interior Ministry says 120 of the 300 Belgians who went to Syria have come back.")
    by_value = {c.value: c for c in found}
    assert (by_value[120].subject, by_value[120].origin) == ("returnees", "Belgium")
    assert (by_value[300].subject, by_value[300].origin) == ("foreign_fighters", "Belgium")


def test_it_reads_repatriated_citizens_as_returnees_of_the_repatriating_country() -> None:
    claim = one_claim("Kazakhstan has repatriated more than 600 citizens from Syria, the ministry said.")
    assert (claim.subject, claim.origin, claim.location) == ("returnees", "Kazakhstan", ["Syria"])


def test_it_leaves_out_fighters_killed_or_lost() -> None:
    assert claims("Air strikes killed more than 100 militants last week, the ministry said.") == []
    assert claims("The group has lost 45,000 fighters since 2014, a general said.") == []


def test_it_keeps_a_return_in_another_clause_apart() -> None:
    claim = one_claim(
        "Nearly 800 Germans have left for Syria, about a third of whom have returned, the agency said."
    )
    assert claim.subject == "foreign_fighters"
    claim = one_claim("Up to 900 Italians, who trained in camps in Libya, are back home, the minister said.")
    assert claim.subject == "returnees"


def test_it_reads_ftfs_as_foreign_fighters() -> None:
    assert one_claim("The number of FTFs has reached 40,000, the envoy said.").subject == "foreign_fighters"


def test_it_does_not_count_people_at_a_meeting_about_terrorism() -> None:
    assert claims("About 2,000 people attended the conference on terrorism in Vienna, organisers said.") == []


def test_it_counts_detained_suspects_of_a_group() -> None:
    claim = one_claim("Some 12,000 ISIS suspects are held in prisons in the north-east, the general said.")
    assert (claim.value, claim.group) == (12000, "ISIS")


def test_it_reads_citizens_of_a_country_as_their_origin() -> None:
    claim = one_claim(
        "Nearly 900 citizens of Kyrgyzstan have joined militant groups abroad, the minister said."
    )
    assert (claim.subject, claim.origin) == ("foreign_fighters", "Kyrgyzstan")


def test_it_leaves_out_people_stopped_from_leaving() -> None:
    assert claims("Police prevented about 9,000 young people from leaving to join militant groups.") == []


def test_it_reads_a_part_of_those_who_travelled() -> None:
    text = (
        "More than 20,000 foreign fighters travelled to the region, and about 4,000 have returned, she said. "
        "Some 900 of them have moved on to other conflict zones, she added."
    )
    by_value = {c.value: c.subject for c in claims(text)}
    assert by_value[900] == "foreign_fighters"


def test_it_reads_a_return_mentioned_with_an_arrest() -> None:
    by_value = {
        c.value: c.subject
        for c in claims(
            "Some 1,200 Moroccans joined militant groups, and 180 of them were arrested on their return."
        )
    }
    assert by_value[180] == "returnees"


def test_it_leaves_out_women_counted_as_such() -> None:
    assert (
        claims("The minister said 52 women had also travelled to the conflict zone with their husbands.")
        == []
    )


def test_it_gives_the_parts_of_a_total_its_place_and_reads_are_demonyms() -> None:
    text = (
        "Upwards of 30,000 foreign fighters have travelled to Syria and Iraq, the spokesman said. "
        "Of those, around 4,500 are from Western countries, and more than 150 are Americans."
    )
    by_value = {c.value: c for c in claims(text)}
    assert by_value[4500].location == ["Syria", "Iraq"]
    assert (by_value[150].origin, by_value[150].location) == ("United States", ["Syria", "Iraq"])
