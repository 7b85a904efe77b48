"""Which figures are fighter claims, and what the sentence says about them."""

import pytest

from ctwatch.extraction import extract

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


def test_it_reads_repatriated_fighters_as_returnees_of_the_repatriating_country() -> None:
    # citizens repatriated as such are mostly families (see the test of repatriations below); men
    # said to have fought are returnees
    claim = one_claim("Kazakhstan has repatriated more than 600 men who fought in Syria, the ministry said.")
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


@pytest.mark.parametrize(
    "sentence",
    [
        "Police said they had arrested more than 300 people on suspicion of supporting the group.",
        "Prosecutors have charged 14 people with recruiting for terrorist groups abroad.",
        "A further 90 or so people are being investigated for financing the militants.",
        "The camp still holds about 51,000 people, most of them children.",
        "The government flew home more than 300 citizens from the region, most of them children.",
        "Of these, up to 2,100 were minors, the study said.",
        "Most recruits are men aged 18 to 30 from poor districts.",
        "The militant preacher has around 250,000 followers online.",
        'Officials said they had stopped "a little over 60 people" from joining the jihadists.',
        "The flow of foreign fighters went from about 800 to 1,000 a month down to 50 a month.",
        "Investigators put the number of women who travelled with the militants at 140.",
    ],
)
def test_it_leaves_out_arrests_families_camps_ages_followers_and_rates(sentence: str) -> None:
    assert claims(sentence) == [], [(c.figure, c.subject) for c in claims(sentence)]


@pytest.mark.parametrize(
    ("sentence", "subject", "value"),
    [
        ("Nineteen men among those returned are now on trial, the minister said.", "returnees", 19),
        ("The report says about 45 extremist travellers have returned to the country.", "returnees", 45),
        ("At least 30 individuals have been convicted following their return.", "returnees", 30),
        ("Officials said some 2 300 foreign fighters remained in the region.", "foreign_fighters", 2300),
        ("The cell is thought to number between 60 and 90 fighters, officials said.", "fighters", 60),
    ],
)
def test_it_reads_returnees_and_strength_in_other_words(sentence: str, subject: str, value: int) -> None:
    claim = one_claim(sentence)
    assert (claim.subject, claim.value) == (subject, value)


def test_it_counts_an_earlier_figure_given_for_comparison() -> None:
    found = claims(
        "About 310 Norwegians are now fighting with terrorist groups in Syria, up from about 240 "
        "late last year, officials said."
    )
    assert sorted((c.value, c.subject) for c in found) == [
        (240, "foreign_fighters"),
        (310, "foreign_fighters"),
    ]


def test_it_counts_a_figure_put_at_a_number() -> None:
    found = claims(
        "Many foreign fighters joined the group in its first year. An academic study put the figure at "
        "more than 3,100."
    )
    assert [(c.value, c.subject) for c in found] == [(3100, "foreign_fighters")]


def test_it_reads_local_fighters_held_in_their_own_country_as_fighters() -> None:
    found = claims(
        "Local forces hold some 1,800 foreign fighters from 40 countries, alongside roughly "
        "6,000 Iraqi fighters held in Iraq."
    )
    assert sorted((c.value, c.subject) for c in found) == [(1800, "foreign_fighters"), (6000, "fighters")]


def test_it_reads_such_fighters_after_foreign_fighters_as_foreign() -> None:
    found = claims(
        "Foreign fighters play a small role in the insurgency. We count no more than 80 such fighters "
        "in the two groups."
    )
    assert [(c.value, c.subject, c.qualifier) for c in found] == [(80, "foreign_fighters", "up_to")]


def test_it_reads_an_answer_to_a_question_about_fighters() -> None:
    found = claims(
        "Q: How many fighters does the group have now?\n\nA: Between 3,000 and 4,000 across the region."
    )
    assert [(c.value, c.value_max, c.subject) for c in found] == [(3000, 4000, "fighters")]


def test_it_reads_a_list_of_countries_with_figures_in_brackets() -> None:
    found = claims(
        "About 4,000 fighters have come back home from Syria, the agency said. Morocco accounts for the "
        "largest number of people who have come back, at about 610, followed by Jordan (250), the "
        "Netherlands (some 60) and Austria (close to 90)."
    )
    assert sorted((c.value, c.subject, c.origin) for c in found if c.value < 1000) == [
        (60, "returnees", "Netherlands"),
        (90, "returnees", "Austria"),
        (250, "returnees", "Jordan"),
        (610, "returnees", "Morocco"),
    ]


def test_it_counts_an_earlier_figure_named_sentences_after_the_claim() -> None:
    found = claims(
        "More than 4,200 foreign fighters have travelled to Syria, the coordinator said. He spoke to "
        "lawmakers on Monday. His estimate is well above the 2,500 to 2,900 the commission cited in March."
    )
    assert sorted((c.value, c.value_max, c.subject) for c in found) == [
        (2500, 2900, "foreign_fighters"),
        (4200, None, "foreign_fighters"),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Police called the number of departures large for an island whose population is roughly 350,000.",
        "The ministry brought back more than 410 citizens from camps in Syria and Iraq since 2020, most of "
        "them women and children.",
        "The bombing, in which nine people died, three of them the attackers, was claimed by the group.",
        "Their unit is small compared with the thousands who came from Europe.",
    ],
)
def test_it_leaves_out_populations_family_repatriations_deaths_and_references_back(sentence: str) -> None:
    assert [c.figure for c in claims(sentence)] == []


@pytest.mark.parametrize(
    ("text", "subject", "value"),
    [
        (
            "About 210 Antigua and Barbuda nationals travelled to Syria to join the group.",
            "foreign_fighters",
            210,
        ),
        (
            "About 70 men from the country are still held in prisons in Syria, the minister said.",
            "foreign_fighters",
            70,
        ),
        (
            "Approximately 140 individuals with links to Norway were abroad and suspected of "
            "terrorism-related activities, the report said.",
            "foreign_fighters",
            140,
        ),
    ],
)
def test_it_reads_other_ways_of_naming_fighters_abroad(text: str, subject: str, value: int) -> None:
    claim = one_claim(text)
    assert (claim.subject, claim.value) == (subject, value)


def test_it_reads_nationals_after_a_figure_of_travellers() -> None:
    found = claims(
        "Around 700 people travelled from Denmark to Syria and Iraq, the service said. "
        "An estimated 35 Danish men remain in prisons there today."
    )
    assert sorted((c.value, c.subject) for c in found) == [
        (35, "foreign_fighters"),
        (700, "foreign_fighters"),
    ]


def test_it_keeps_listed_countries_as_origins_and_the_sentence_places_as_location() -> None:
    found = claims(
        "About 4,000 fighters have come back home from Syria, the agency said. Morocco accounts for the "
        "largest number of people who have come back from the war in Syria and Iraq, at about 610, "
        "followed by Jordan (250)."
    )
    listed = {c.origin: sorted(c.location) for c in found if c.value < 1000}
    assert listed == {"Morocco": ["Iraq", "Syria"], "Jordan": ["Iraq", "Syria"]}


def test_it_takes_the_place_from_the_paragraph_when_the_sentence_names_none() -> None:
    found = claims(
        "The group has spread across northern Mozambique in the past year. Analysts say it now has "
        "roughly 800 fighters."
    )
    assert [(c.value, c.location) for c in found] == [(800, ["Mozambique"])]


def test_it_reads_figures_given_respectively_for_listed_countries() -> None:
    found = claims(
        "Around 2,000 foreign fighters left Central Asia for Syria, the report says. Tajikistan and "
        "Kyrgyzstan account for the largest contingents, with some 410 and about 230 respectively."
    )
    assert sorted((c.value, c.subject, c.origin) for c in found if c.value < 1000) == [
        (230, "foreign_fighters", "Kyrgyzstan"),
        (410, "foreign_fighters", "Tajikistan"),
    ]


def test_it_reads_a_part_of_the_recruits_named_before_as_the_same_kind() -> None:
    found = claims(
        "About 600 foreign fighters from the region went to Syria. Most of the recruits joined one "
        "faction, but several dozen fought with another, he said."
    )
    assert sorted((c.value, c.subject) for c in found) == [
        (12, "foreign_fighters"),
        (600, "foreign_fighters"),
    ]


def test_it_reads_militants_who_returned_from_the_war_as_returnees() -> None:
    claim = one_claim("More than 120 militants who returned from Syria have been convicted, the court said.")
    assert (claim.value, claim.subject) == (120, "returnees")


def test_it_reads_the_number_of_fighters_running_into_thousands() -> None:
    claim = one_claim(
        "The number of militants from the Caucasus who joined terrorist groups abroad runs into thousands."
    )
    assert (claim.value, claim.qualifier, claim.subject) == (1000, "vague", "foreign_fighters")


def test_it_reads_a_number_word_before_an_abbreviated_demonym_and_a_people_noun() -> None:
    claim = one_claim("We have brought back nine U.K. adults who went to fight, and all of them face trial.")
    assert (claim.value, claim.subject) == (9, "returnees")


@pytest.mark.parametrize(
    "sentence",
    [
        "The militants held the town for three years before the army returned.",
        "Officials from seven countries met to discuss foreign fighters.",
        "Two of the delegates spoke about foreign fighters.",
    ],
)
def test_it_leaves_out_number_words_that_count_something_else(sentence: str) -> None:
    assert [c.figure for c in claims(sentence)] == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Fewer than 600 Belgians are still in Syria, the minister said.",
        "Between 300 and 400 Indonesians are believed to be in Syria, police said.",
        "Roughly 150 Moroccans remain in Iraq, officials in Rabat estimate.",
    ],
)
def test_it_counts_nationals_present_in_a_country_at_war_as_foreign_fighters(sentence):
    (claim,) = extract(sentence, published="2016-05-02").claims
    assert claim.subject == "foreign_fighters"
    assert claim.origin and claim.location and claim.origin not in claim.location


@pytest.mark.parametrize(
    "sentence",
    [
        "About 5,000 Britons are in Spain for the summer, the embassy said.",
        "Some 300 Syrians are still in Syria's north, aid groups said.",
        "Some 200 Britons were evacuated from Lebanon last week.",
    ],
)
def test_it_does_not_count_nationals_elsewhere_or_at_home(sentence):
    assert extract(sentence, published="2016-05-02").claims == []


@pytest.mark.parametrize(
    ("sentence", "subject"),
    [
        (
            "We have counted some 300 people who reached the conflict zone, the researcher says.",
            "foreign_fighters",
        ),
        (
            "Five Gulf states contributed about 1,500 fighters to militias in Yemen, the study finds.",
            "foreign_fighters",
        ),
        ("The group has about 2,000 fighters in the conflict zone, the army said.", "fighters"),
    ],
)
def test_it_tells_fighters_who_came_from_elsewhere_from_a_groups_own(sentence, subject):
    (claim,) = extract(sentence, published="2016-05-02").claims
    assert claim.subject == subject


def test_it_reads_fighters_counted_with_no_group_as_foreign_and_a_group_strength_as_fighters() -> None:
    found = claims(
        "Around 3,200 fighters have made their way to the front since spring, the ministry said. "
        "The militia itself is thought to number some 9,000 fighters."
    )
    assert [(c.value, c.subject) for c in found] == [(3200, "foreign_fighters"), (9000, "fighters")]


def test_it_borrows_the_magnitude_of_a_range_written_in_words() -> None:
    claim = one_claim(
        "Officials believe that five to seven thousand recruits from the region joined militants abroad."
    )
    assert (claim.value, claim.value_max, claim.qualifier) == (5000, 7000, "range")


def test_it_reads_countries_listed_with_their_figures() -> None:
    found = claims(
        "The survey counted more than 9,000 foreign fighters in all. Morocco tops the list of countries of "
        "origin with 1,400 nationals, ahead of Egypt with 900 and Lebanon with about 650."
    )
    assert [(c.value, c.origin, c.subject) for c in found[1:]] == [
        (1400, "Morocco", "foreign_fighters"),
        (900, "Egypt", "foreign_fighters"),
        (650, "Lebanon", "foreign_fighters"),
    ]


def test_it_reads_a_table_written_as_text_lines_by_its_column_heads() -> None:
    found = claims(
        "The agency estimates that 2,300 foreign fighters came from the region.\n\n"
        "Its figures by country (departed / returned):\n\n"
        "Ruritania ....... 1,200 / 310\n\nNorthern Province: 640 / unknown\n\nKosovo ....... 460 / 120"
    )
    assert [(c.value, c.origin, c.subject) for c in found[1:]] == [
        (1200, "Ruritania", "foreign_fighters"),
        (310, "Ruritania", "returnees"),
        (640, "Northern Province", "foreign_fighters"),
        (460, "Kosovo", "foreign_fighters"),
        (120, "Kosovo", "returnees"),
    ]


def test_it_reads_a_count_that_stood_at_a_figure() -> None:
    found = claims(
        "Fighters from the islands have joined the war in growing numbers. The police count stood at "
        "around 80 in March."
    )
    assert [(c.value, c.subject) for c in found] == [(80, "foreign_fighters")]


def test_it_does_not_read_a_quoted_report_title_as_the_subject() -> None:
    claim = one_claim(
        'The study, called "Foreign Fighters and the Problem of Returnees", says that about 3,100 people '
        "from 40 countries travelled to join the group."
    )
    assert claim.subject == "foreign_fighters"


@pytest.mark.parametrize(
    "sentence",
    [
        "The coalition against the group, which now counted 86 members, met in Rome.",
        "The government brought home more than 900 nationals from the Roj camp last year, officials said, "
        "and said they had fought there.",
    ],
)
def test_it_leaves_out_members_of_a_coalition_and_people_brought_from_a_camp(sentence: str) -> None:
    assert [c.figure for c in claims(sentence)] == []


def test_it_reads_a_part_of_a_total_by_where_it_comes_from() -> None:
    found = claims(
        "Investigators believe 12,000 foreign fighters reached the region. Some 1,500 of them are "
        "Europeans, and at least 300 of them came from North Africa."
    )
    assert [(c.value, c.subject) for c in found] == [
        (12000, "foreign_fighters"),
        (1500, "foreign_fighters"),
        (300, "foreign_fighters"),
    ]


def test_it_reads_a_number_of_dozens_as_their_product() -> None:
    claim = one_claim(
        "Around three dozen Canadians are believed to have come back from Syria, the report says."
    )
    assert (claim.value, claim.qualifier, claim.subject) == (36, "about", "returnees")


@pytest.mark.parametrize(
    "sentence",
    [
        "The government will send 300 more military advisers to the region, bringing the total number of "
        "its troops there to about 2,100.",
        "With a population of 400,000, forty fighters would mean one for every 10,000 people.",
        "The fighting killed over 200, including 150 militants, the army said.",
    ],
)
def test_it_leaves_out_advisers_troops_ratios_and_the_dead(sentence: str) -> None:
    assert [c.figure for c in claims(sentence) if c.value not in {40}] == []


def test_it_reads_returning_fighters_as_returnees() -> None:
    claim = one_claim("Only nine returning fighters have been convicted so far, prosecutors said.")
    assert (claim.value, claim.subject) == (9, "returnees")


def test_it_keeps_one_value_given_by_two_sources_as_two_claims() -> None:
    found = claims(
        "The interior ministry said 6,000 volunteers had enlisted. Across the border, General Ivo Marek "
        "said on Monday that more than 6,000 volunteers from abroad were ready to fight on his side."
    )
    assert [(c.value, c.qualifier) for c in found] == [(6000, "exact"), (6000, "more_than")]


def test_it_reads_nationals_among_fighters_in_a_war_or_counted_there() -> None:
    found = claims(
        "Some 700 fighters from the region joined militant groups in the Philippines. Officials said 22 "
        "Malaysians were believed to be among them.\n\nIn 2016 the agency put the number of Malaysians in "
        "Syria at some 90. A few hundred Uzbeks may now be in northern Afghanistan, she said."
    )
    assert [(c.value, c.origin, c.subject) for c in found] == [
        (700, None, "foreign_fighters"),
        (22, "Malaysia", "foreign_fighters"),
        (90, "Malaysia", "foreign_fighters"),
        (100, "Uzbekistan", "foreign_fighters"),
    ]


def test_it_reads_figures_that_return_as_returnees() -> None:
    found = claims(
        "Among those returned from Syria were 300 children and 41 men, the minister said. Of the fighters "
        "who left, Norway has had some 90 return."
    )
    assert (41, "returnees") in [(c.value, c.subject) for c in found]
    assert (90, "returnees") in [(c.value, c.subject) for c in found]


@pytest.mark.parametrize(
    "sentence",
    [
        "Recruiters target migrants: roughly 2.7 million Central Asians work in Russia, officials said.",
        "After the attacks that drew recruits abroad, more than 15,000 people are now listed in the database "
        "of radicalised individuals.",
    ],
)
def test_it_leaves_out_migrant_workers_and_people_on_a_watch_list(sentence: str) -> None:
    assert [c.figure for c in claims(sentence)] == []


def test_it_reads_fighters_left_in_a_place_as_remaining_not_departed() -> None:
    claim = one_claim("The commander said no more than 300 ISIS fighters are left in the old town.")
    assert (claim.value, claim.subject) == (300, "fighters")


def test_it_reads_a_verb_number_two_word_demonyms_and_armed_men() -> None:
    found = claims(
        "Foreign fighters in the province number between 2,000 and 3,000, the report says. The minister "
        "said 40 Sri Lankans had gone to join the group. The militia began the siege with about 500 "
        "armed men."
    )
    assert [(c.value, c.subject, c.origin) for c in found] == [
        (2000, "foreign_fighters", None),
        (40, "foreign_fighters", "Sri Lanka"),
        (500, "fighters", None),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Researchers held interviews with more than 700 people in towns hit by militant attacks.",
        "The fighting left more than 500 dead, among them 121 fighters of the local militia.",
        "Some 40,000 women and children live in the camps, including about 6,000 from other countries.",
    ],
)
def test_it_leaves_out_people_interviewed_the_dead_and_camp_residents(sentence: str) -> None:
    assert [c.figure for c in claims(sentence)] == []


def test_it_reads_one_figure_given_for_each_of_two_countries_as_two_claims() -> None:
    found = claims(
        "About 5,000 foreign fighters came from Europe. Among them, Spain led with some 300, while Italy "
        "and Greece each had about 120."
    )
    assert [(c.value, c.origin) for c in found] == [
        (5000, "Europe"),
        (300, "Spain"),
        (120, "Italy"),
        (120, "Greece"),
    ]


def test_it_reads_a_table_row_with_a_bracketed_second_figure() -> None:
    found = claims(
        "The centre counts about 9,000 foreign fighters from the region.\n\n"
        "Ruritania: 1,600 (410 returned)\nKosovo: 350+\nGreece: 120 (30 returned)"
    )
    assert [(c.value, c.origin, c.subject) for c in found[1:]] == [
        (1600, "Ruritania", "foreign_fighters"),
        (410, "Ruritania", "returnees"),
        (350, "Kosovo", "foreign_fighters"),
        (120, "Greece", "foreign_fighters"),
        (30, "Greece", "returnees"),
    ]


def test_it_reads_people_from_many_countries_where_fighters_are_the_talk() -> None:
    found = claims(
        "The flow of foreign fighters has slowed. The centre now puts the total at between 9,000 and "
        "11,000 people from at least 60 countries."
    )
    assert [(c.value, c.value_max, c.subject, c.origin_countries) for c in found] == [
        (9000, 11000, "foreign_fighters", 60)
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Foreign fighters keep coming. The country has placed more than 9,000 individuals from 80 countries "
        "on its entry ban list.",
        "Foreign fighters keep coming. The region's population, which we estimate at around 1 million, "
        "is tired of war.",
    ],
)
def test_it_leaves_out_entry_bans_and_populations_of_millions(sentence: str) -> None:
    assert [c.figure for c in claims(sentence)] == []


def test_it_reads_a_part_of_them_as_the_fighters_counted_before() -> None:
    found = claims(
        "Around 900 Bahrainis are fighting alongside militant groups abroad, a leader said. He said "
        "roughly 600 of them are with the Nusra Front."
    )
    assert [(c.value, c.subject) for c in found] == [(900, "foreign_fighters"), (600, "foreign_fighters")]


def test_it_reads_bare_number_words_that_came_back_and_a_dateline_day_apart() -> None:
    found = claims(
        "VALLETTA, Aug 11 - Forty-one Maltese have travelled to Syria to join militant groups, police said. "
        "Nine have returned, he said."
    )
    assert [(c.value, c.subject) for c in found] == [(41, "foreign_fighters"), (9, "returnees")]


def test_it_reads_a_force_of_some_strength_and_keeps_earlier_returns_to_their_clause() -> None:
    found = claims(
        "The army said the group, which it believes to be 1,200 to 1,500-strong, had lost its camps. "
        "Of the 600 foreign fighters who left, 120 have returned, and about 150 are thought to remain "
        "in Syria."
    )
    assert [(c.value, c.subject) for c in found] == [
        (1200, "fighters"),
        (600, "foreign_fighters"),
        (120, "returnees"),
        (150, "foreign_fighters"),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Foreign fighters worry them. The country hosts 550,000 refugees, around 120,000 of them in camps.",
        "Foreign fighters are a worry. A court ordered the execution of 47 people convicted of terrorism.",
        "Foreign fighters worry them. More than 9,000 members of the group and their dependants surrendered.",
    ],
)
def test_it_leaves_out_refugees_the_executed_and_members_with_their_families(sentence: str) -> None:
    assert [c.figure for c in claims(sentence)] == []


def test_it_reads_a_bulleted_list_of_regions_with_qualified_figures() -> None:
    found = claims(
        "The report counts about 30,000 foreign fighters in all. Its breakdown is as follows: - North "
        "Africa: roughly 8,000 - Western Europe: 5,000 to 5,500 - Central Asia: up to 900"
    )
    assert [(c.value, c.value_max, c.origin) for c in found[1:]] == [
        (8000, None, "North Africa"),
        (5000, 5500, "Western Europe"),
        (900, None, "Central Asia"),
    ]


def test_it_reads_a_country_name_before_the_noun_as_origin_and_citizens_in_a_war() -> None:
    found = claims(
        "Some 300 foreign fighters came from the Balkans. Roughly 30 Kosovo men remain in Kurdish-run "
        "prisons in Syria, an official said. Albania has about 70 of its citizens in Syria."
    )
    assert [(c.value, c.subject, c.origin) for c in found] == [
        (300, "foreign_fighters", "Balkans"),
        (30, "foreign_fighters", "Kosovo"),
        (70, "foreign_fighters", "Albania"),
    ]


def test_it_reads_modifiers_joined_by_and_and_fighters_left_at_a_clause_end() -> None:
    found = claims(
        "The database holds nearly 40,000 known and suspected foreign terrorist fighters. The group has "
        "somewhere between 5,000 and 7,000 fighters left, the colonel said."
    )
    assert [(c.value, c.subject) for c in found] == [(40000, "foreign_fighters"), (5000, "fighters")]


def test_it_reads_counts_that_have_risen_and_a_part_of_them_by_nationality() -> None:
    found = claims(
        "The minister says the number of Bahrainis fighting with militant groups in Syria has risen to "
        "about 90, up from some 60 a month ago. Prisons hold some 9,000 ISIS members, about 3,000 of them "
        "Iraqis."
    )
    assert [(c.value, c.subject, c.origin) for c in found] == [
        (90, "foreign_fighters", "Bahrain"),
        (60, "foreign_fighters", "Bahrain"),
        (9000, "fighters", None),
        (3000, "foreign_fighters", "Iraq"),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Some 80 fighters went abroad. About 160 people at home were actively supporting them.",
        "Some 80 fighters went abroad. Hundreds of people demonstrated in the capital against their return.",
    ],
)
def test_it_leaves_out_supporters_at_home_and_demonstrators(sentence: str) -> None:
    assert [c.value for c in claims(sentence)] == [80]


def test_it_reads_a_total_including_foreigners_as_all_fighters() -> None:
    found = claims(
        "Commanders estimate that around 1,000 to 1,500 militants are dug in there, including hundreds of "
        "foreigners."
    )
    assert [(c.value, c.subject) for c in found] == [(1000, "fighters"), (100, "foreign_fighters")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Some 80 fighters went abroad. The recruits included around 350 children under 18.",
        "Some 80 fighters went abroad. For a country of barely 400,000 people, that is a lot.",
        "Some 80 fighters went abroad. The fighting forced more than 300,000 people from their homes.",
        "Some 80 fighters went abroad, officials said on 24 February.",
        "Some 80 fighters went abroad. Of that total, up to 14 (10 per cent) were women.",
    ],
)
def test_it_leaves_out_ages_populations_the_displaced_days_and_women(sentence: str) -> None:
    assert [c.value for c in claims(sentence)] == [80]


def test_it_reads_more_as_the_end_of_a_phrase_unless_a_noun_follows() -> None:
    found = claims(
        "Turkey is holding 1,201 foreign Islamic State members and has captured 287 more during its "
        "operation."
    )
    assert [(c.value, c.subject) for c in found] == [(1201, "foreign_fighters"), (287, "foreign_fighters")]


def test_it_reads_those_gone_home_and_returns_as_returnees() -> None:
    found = claims(
        "Of the 900 foreign fighters, 300 had been killed and 250 had left the country and gone home. "
        "Only 40 returns were recorded in the south."
    )
    assert [(c.value, c.subject) for c in found][1:] == [(250, "returnees"), (40, "returnees")]


def test_it_reads_a_heading_that_rounds_the_figure_below_as_the_same_claim() -> None:
    found = claims(
        "Updated 17 June, 14:52\n\nMinistry says nearly 5,000 foreigners have come to fight\n\n"
        "The defence ministry says 4,912 foreign fighters from 60 countries have arrived since February."
    )
    assert [(c.value, c.qualifier) for c in found] == [(4912, "exact")]


def test_it_reads_a_heading_inside_the_page_that_repeats_a_figure_below_as_the_same_claim() -> None:
    found = claims(
        "REGION | ARMENIA | SECURITY\n\nBorder villages fear the return of the volunteers\n\n"
        "Yerevan counts about 40 Armenian fighters in Syria and Iraq, Baku speaks of more\n\n12 May 2016\n\n"
        "For the villages along the border, the news brought old fears back.\n\n"
        "Armenia's National Security Service says about 40 Armenian citizens are fighting with armed groups "
        "in Syria and Iraq, most of them from the north."
    )
    assert [(c.value, c.source) for c in found] == [(40, "Armenia's National Security Service")]


def test_it_keeps_rows_of_a_list_that_give_two_countries_the_same_figure() -> None:
    found = claims(
        "Some 27,000 foreign fighters have travelled to Syria and Iraq, the report says.\n\n"
        "Its estimates by country of origin:\n\n"
        "France: 1,700\nGermany: 760\nUnited Kingdom: 760\nBelgium: 470"
    )
    assert [(c.origin, c.value) for c in found][1:] == [
        ("France", 1700),
        ("Germany", 760),
        ("United Kingdom", 760),
        ("Belgium", 470),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Officials said around 90 Australians were fighting with or supporting armed groups in Syria.",
        "The minister said authorities had identified fewer than a dozen Filipinos in Syria.",
    ],
)
def test_it_reads_nationals_fighting_or_found_in_a_war_not_theirs_as_foreign_fighters(sentence: str) -> None:
    assert one_claim(sentence).subject == "foreign_fighters"


def test_it_reads_strengths_put_at_and_counts_officials_speak_of() -> None:
    found = claims(
        "Foreign fighters remain a worry. The militia's fighting strength is put at between 5,000 and 8,000, "
        "though one state cited a figure as high as 12,000. The ministry puts its own figure at about 900 "
        "foreign fighters, and officials in the capital speak of some 300."
    )
    assert [(c.value, c.subject) for c in found] == [
        (5000, "fighters"),
        (12000, "fighters"),
        (900, "foreign_fighters"),
        (300, "foreign_fighters"),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Some 80 fighters went abroad. Sources put the number of nationals killed in Syria at over 70.",
        "Some 80 fighters went abroad. The youngest recorded traveller was 18 and the oldest 71.",
        "Some 80 fighters went abroad. The movement plans a national army of 110,000 men.",
    ],
)
def test_it_leaves_out_the_dead_ages_and_armies(sentence: str) -> None:
    assert [c.value for c in claims(sentence)] == [80]


def test_it_reads_returns_said_in_other_words() -> None:
    found = claims(
        "Of the roughly 900 Danes who went, we think about 300 are back home now. Of those who went, roughly "
        "a third, about 280, have already come back."
    )
    assert [(c.value, c.subject) for c in found][1:] == [(300, "returnees"), (280, "returnees")]


def test_it_reads_a_country_that_provides_the_largest_contingent_with_a_figure() -> None:
    found = claims(
        "Some 6,000 foreign fighters came from Western Europe. France accounts for the largest contingent "
        "with 1,910 people, followed by Germany (960)."
    )
    assert [(c.value, c.origin) for c in found][1:] == [(1910, "France"), (960, "Germany")]


def test_it_leaves_out_people_repatriated_unless_they_are_said_to_have_fought() -> None:
    found = claims(
        "Some 300 Bahrainis went to fight in Syria. A flight brought home 231 citizens from Syria on "
        "Tuesday. The government has also repatriated 40 nationals suspected of fighting for the group."
    )
    assert [(c.value, c.subject) for c in found] == [(300, "foreign_fighters"), (40, "returnees")]


def test_it_reads_figures_with_peoples_listed_as_foreign_and_a_figure_cited_beside_another() -> None:
    found = claims(
        "The monitor says there are as many as 5,000 fighters in the province, including Chechens, Uzbeks "
        "and Turks. The militia's strength is put at between 8,000 and 9,000, though one state cited a "
        "figure as high as 15,000."
    )
    assert [(c.value, c.subject) for c in found] == [
        (5000, "foreign_fighters"),
        (8000, "fighters"),
        (15000, "fighters"),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Officials said 212 people, including 190 women and children, were flown back to the capital.",
        "The minister said 6,000 former fighters and their family members had surrendered since 2020.",
        "The security service said 140 of those who left were women.",
        "Police have detained dozens of people suspected of recruiting young men for militant groups.",
        "More than 50,000 people have been flown out since the airlift began.",
        "The number of right-wing extremists in the country grew to 13,300, the agency said.",
        "The agency put the number of Islamist extremists inside Denmark at around 2,000.",
        "The siege has killed more than 900 people, including 610 militants, officials said.",
        "Border guards turned back hundreds of people trying to cross into the war zone.",
    ],
)
def test_it_leaves_out_families_evacuees_recruiters_and_extremists_at_home(sentence: str) -> None:
    assert claims(sentence) == []


def test_it_still_counts_travellers_among_whom_women() -> None:
    assert one_claim("The committee counts 640 citizens who left for Syria, including 90 women.").value == 640


def test_it_reads_from_to_as_a_range_unless_a_change_is_said() -> None:
    found = claims("Analysts say the militia could field from 6,000 to 9,500 fighters this year.")
    assert [(c.value, c.value_max) for c in found] == [(6000, 9500)]
    found = claims("The number of fighters has grown from 6,000 to 9,500 since the spring, analysts say.")
    assert [(c.value, c.value_max) for c in found] == [(6000, None), (9500, None)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Around 90 of the roughly 210 people who left Norway to join militant groups have now returned.",
        "About half of them, some 140 men, have since returned to Denmark, the police said.",
        "Few of the estimated 3,000 foreign fighters believed to have returned home have been tried.",
    ],
)
def test_it_reads_returns_said_after_the_noun_or_after_a_partitive(sentence: str) -> None:
    assert claims(sentence)[0].subject == "returnees"


@pytest.mark.parametrize(
    "sentence",
    [
        "Albania repatriated nine suspected fighters in March.",
        "Serbia brought home 48 of its nationals in June, five of them foreign terrorist fighters.",
        "Latvia repatriated 19 citizens from Syria, including three men suspected of having fought.",
        "Of those who have returned, 88 are in prison, the prosecutor said.",
    ],
)
def test_it_reads_fighters_among_those_brought_home_as_returnees(sentence: str) -> None:
    assert [c.subject for c in claims(sentence)] == ["returnees"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The agency has recorded more than 1,100 departures to Syria and Iraq since 2012.",
        "Kurdish forces are holding around 70 Swedish men suspected of IS membership, the ministry said.",
        "Roughly 1,500 Russian paramilitaries linked to the Wagner Group are deployed in the country.",
        "Norway wants to bring home its nationals held in Syria, among them 30 men suspected of fighting.",
    ],
)
def test_it_reads_departures_members_paramilitaries_and_nationals_abroad_as_foreign(sentence: str) -> None:
    assert [c.subject for c in claims(sentence)] == ["foreign_fighters"]


def test_it_leaves_out_a_supposed_number() -> None:
    assert claims("In small states even a few dozen departures can overwhelm the courts.") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Officials put the number of gunmen in the town at 400 to 500.",
        "Under the amnesty, more than 40 fighters have handed themselves in since May.",
    ],
)
def test_it_reads_gunmen_and_fighters_who_surrender_as_a_local_force(sentence: str) -> None:
    assert [c.subject for c in claims(sentence)] == ["fighters"]


def test_it_does_not_read_fighters_back_in_circulation_as_returnees() -> None:
    text = "We assess that several hundred seasoned ISIS fighters are now back in circulation in the region."
    assert [c.subject for c in claims(text)] != ["returnees"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The ministry has added more than 60,000 people to its no-entry list since 2014.",
        "About 70 Norwegians fought in Syria. Another 40 or so were stopped before they could leave.",
        "Some 90 Finns fought in Syria, and about 150 more were actively supporting them from home.",
        "The island nation, with fewer than 500,000 citizens, has sent about 100 people to fight.",
        "Prosecutors filed indictments against six men accused of joining the militia last week.",
        "About 200 Danish nationals, including roughly 80 to 90 children, are held in camps in Syria.",
    ],
)
def test_it_leaves_out_lists_the_stopped_supporters_populations_and_the_indicted(sentence: str) -> None:
    found = claims(sentence)
    assert all(c.value not in {60000, 40, 150, 500000, 6, 200} for c in found), found


def test_it_reads_as_high_as_and_a_quoted_figure_after_the_number_of() -> None:
    claim = one_claim('A preacher said the number of Jordanians in Syria was "as high as 2,000".')
    assert (claim.value, claim.qualifier, claim.subject) == (2000, "up_to", "foreign_fighters")


def test_it_counts_people_charged_after_they_came_back_as_returnees() -> None:
    claim = one_claim(
        "Prosecutors have brought cases against around 40 people who returned from the conflict zone."
    )
    assert (claim.value, claim.subject) == (40, "returnees")


def test_it_reads_past_a_possessive_and_keeps_fighters_among_camp_returnees() -> None:
    claim = one_claim("The envoy said some 1,900 of his country's nationals had left for conflict zones.")
    assert (claim.value, claim.subject) == (1900, "foreign_fighters")
    text = "Georgia repatriated 31 citizens from camps, including four men suspected of having fought there."
    assert [(c.value, c.subject) for c in claims(text)] == [(4, "returnees")]


def test_it_ends_a_quoted_figure_at_the_quotation_mark() -> None:
    text = 'He said the number of Kyrgyz nationals who fought in Syria was "several thousand" if all counted.'
    assert [(c.value, c.qualifier, c.subject) for c in claims(text)] == [(1000, "vague", "foreign_fighters")]
    text = 'The president asked allies to "take back over 600" ISIS fighters captured in Syria.'
    assert [c.value for c in claims(text)] == [600]


def test_it_reads_the_khorasan_branch_written_is_k() -> None:
    claim = one_claim("Officials say several hundred IS-K fighters are now back in circulation.")
    assert (claim.group, claim.subject) == ("ISIS-K", "fighters")


def test_it_reads_a_named_total_put_at_a_figure_and_forces_with_mercenaries() -> None:
    text = (
        "One study found 2,000 Scandinavians had gone to fight, while another put the overall Nordic total "
        "at close to 2,500."
    )
    assert [c.value for c in claims(text)] == [2000, 2500]
    assert one_claim("There are now 14,000 foreign forces and mercenaries in the country.").subject == (
        "foreign_fighters"
    )
    assert one_claim(
        "More than 3,000 militants from the countries of the region are still fighting there."
    ).subject == ("foreign_fighters")


@pytest.mark.parametrize(
    "sentence",
    [
        "The army says 30,000 members of the group, together with their families, have surrendered.",
        "About 400 Finns went to Syria. Roughly 150 of them were men of fighting age.",
        "More than 2,000 others who tried to cross were deported before reaching the battlefield.",
        "Hundreds of thousands have since returned to their villages after the fighting.",
        "The minister said the troops killed the last 35 militants on Friday.",
    ],
)
def test_it_leaves_out_families_ages_the_deported_and_the_displaced_coming_home(sentence: str) -> None:
    assert all(c.value not in {30000, 150, 2000, 100000, 35} for c in claims(sentence))


def test_it_reads_fighters_going_back_to_the_fight_as_fighters() -> None:
    text = "The scheme has freed more than 900 former ISWAP fighters, though some have returned to the bush."
    assert one_claim(text).subject == "fighters"


def test_it_reads_the_men_of_a_repatriation_named_after_it_as_returnees() -> None:
    text = (
        "Uzbekistan flew home 98 citizens from camps in Syria on Monday. Among them were 21 men suspected "
        "of having fought for the Islamic State group."
    )
    assert [(c.value, c.subject) for c in claims(text)] == [(21, "returnees")]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "Tajikistan has flown 84 of its nationals home from Syria, the ministry said. The group "
            "included 25 women, 50 children and nine men suspected of fighting for ISIS.",
            9,
        ),
        (
            "Canada has repatriated 140 citizens from camps in Syria. Most were women and children, but 61 "
            "were men who had fought for the Islamic State group.",
            61,
        ),
        (
            "We have brought back 23 of our citizens from Syria so far. Nine of them are men who had "
            "fought for ISIS, and all face charges.",
            9,
        ),
    ],
)
def test_it_reads_the_men_who_fought_in_the_group_of_a_repatriation_told_before_as_returnees(
    text: str, value: int
) -> None:
    assert [(c.value, c.subject) for c in claims(text)] == [(value, "returnees")]


def test_it_reads_men_still_fighting_after_a_repatriation_as_fighters_abroad() -> None:
    text = (
        "Tajikistan has repatriated 84 of its citizens from camps in Syria, officials said. The women and "
        "children will be rehabilitated, but about 300 Tajik men are still fighting for ISIS in Syria."
    )
    assert [(c.value, c.subject) for c in claims(text)] == [(300, "foreign_fighters")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Al-Shabaab, she went on, was assessed to have about 7,000 fighters in Somalia.",
        "The affiliate is thought to have some 1,500 fighters and remains capable of attacks abroad.",
        "The YPG, whose commanders say they can field around 30,000 fighters, rejected the plan.",
    ],
)
def test_it_reads_a_groups_strength_as_fighters_despite_words_of_travel_in_other_senses(
    sentence: str,
) -> None:
    # "went on" is a speaker going on, "attacks abroad" where a group strikes, "can field" its own size
    assert one_claim(sentence).subject == "fighters"


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("Officials believe roughly 90 Canadians have actually reached Syria or Iraq.", 90),
        ("The ministry counted nearly 450 Dutch nationals on the ground in Iraq and Syria.", 450),
        ("We think a little more than 60 Norwegians have made it to Syria.", 60),
        (
            "Police estimate that about 30 Malaysians fought in Mindanao, several of whom are believed "
            "to have died.",
            30,
        ),
    ],
)
def test_it_reads_nationals_who_reached_a_war_as_foreign_fighters(sentence: str, value: int) -> None:
    claim = one_claim(sentence)
    assert (claim.value, claim.subject) == (value, "foreign_fighters")


def test_it_reads_natives_of_a_region_fighting_in_a_groups_ranks_as_foreign_fighters() -> None:
    claim = one_claim(
        "Up to 400 natives of Ingushetia are now fighting in the ranks of ISIS, the minister said."
    )
    assert (claim.subject, claim.origin) == ("foreign_fighters", "Ingushetia")


def test_it_reads_those_still_in_a_war_after_the_returnees_as_foreign_fighters() -> None:
    text = (
        "Some 800 Moroccans who fought abroad have come home, the minister said, while about 1,100 remain in "
        "conflict zones."
    )
    assert [(c.value, c.subject) for c in claims(text)] == [(800, "returnees"), (1100, "foreign_fighters")]


def test_it_reads_a_figure_of_nationals_named_at_the_start_of_the_sentence_as_foreign_fighters() -> None:
    claim = one_claim(
        "Of the Moroccans still abroad, about 900 are believed to be in Syria, the minister said."
    )
    assert (claim.value, claim.subject, claim.origin, claim.location) == (
        900,
        "foreign_fighters",
        "Morocco",
        ["Syria"],
    )


def test_it_reads_fighters_from_a_place_counted_by_a_figure_without_a_noun_as_foreign_fighters() -> None:
    text = (
        "In Idlib, the Turkistan Islamic Party has about 2,000 fighters. Fighters from Tajikistan "
        "in the party number a few hundred, while those from Russia's North Caucasus are no more than 150."
    )
    found = [(c.value, c.subject, c.origin) for c in claims(text)]
    assert found[1:] == [(100, "foreign_fighters", "Tajikistan"), (150, "foreign_fighters", "North Caucasus")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Jordan has taken back around 400 of its citizens who fought for ISIS from prisons in Syria.",
            [(400, "returnees")],
        ),
        (
            "Fewer than 50 of the foreign fighters have been sent home so far, officials said.",
            [(50, "returnees")],
        ),
        (
            "About 5,000 foreign fighters have returned to their home countries, including roughly 900 to "
            "the Balkans.",
            [(5000, "returnees"), (900, "returnees")],
        ),
    ],
)
def test_it_reads_fighters_taken_back_sent_home_or_returned_to_a_region_as_returnees(
    text: str, expected: list[tuple[int, str]]
) -> None:
    assert [(c.value, c.subject) for c in claims(text)] == expected


def test_it_reads_fighters_still_to_be_sent_home_as_not_yet_returned() -> None:
    claim = one_claim("Turkey said 11 French fighters held in its prisons are to be sent home this week.")
    assert claim.subject == "foreign_fighters"


def test_it_reads_a_country_taking_custody_of_its_own_fighters_as_returnees() -> None:
    text = "Iraq has taken custody of some 2,000 Iraqi fighters previously held in north-east Syria."
    assert one_claim(text).subject == "returnees"


def test_it_reads_the_personnel_of_a_mercenary_company_as_fighters() -> None:
    claim = one_claim("A UN panel estimated that Wagner had between 900 and 1,100 personnel in the country.")
    assert (claim.value, claim.value_max, claim.subject) == (900, 1100, "foreign_fighters")


def test_it_reads_a_strength_told_as_a_level_and_a_groups_members() -> None:
    text = "US officials say ISIL's fighting strength in the region has fallen to between 9,000 and 12,000."
    assert [(c.value, c.value_max, c.subject) for c in claims(text)] == [(9000, 12000, "fighters")]
    claim = one_claim(
        "The report estimates that al-Shabaab has between 7,000 and 9,000 members in the country."
    )
    assert (claim.value, claim.subject) == (7000, "fighters")


def test_it_reads_citizens_of_a_named_region_and_men_charged_among_the_repatriated() -> None:
    text = "Between 3,000 and 4,000 citizens of the Commonwealth of Independent States are fighting in Syria."
    assert one_claim(text).subject == "foreign_fighters"
    text = "In March the authorities brought back 61 people, among them nine men who were later charged."
    assert [(c.value, c.subject) for c in claims(text)] == [(9, "returnees")]


def test_it_reads_a_vague_heading_as_the_figure_below_in_other_words() -> None:
    text = (
        "Army to absorb thousands of foreign fighters\n\n"
        "The new authorities plan to fold some 2,800 foreign fighters into a division of the army, "
        "officials said.\n\n"
        "- Eastern Legion: several hundred fighters;\n"
        "- Northern Legion: about 450 fighters."
    )
    assert [(c.value, c.qualifier) for c in claims(text)] == [(2800, "about"), (100, "vague"), (450, "about")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Boko Haram, which commanded several thousand fighters in the north-east, had killed more than "
            "2,000 civilians in 2014 alone.",
            [(1000, "fighters")],
        ),
        (
            "Officials said more than 2,000 militants had surrendered, many of them wounded.",
            [(2000, "fighters")],
        ),
        (
            'About 400 fighters have come back to Morocco, he said, and "several dozen" of them are held.',
            [(400, "returnees"), (12, "returnees")],
        ),
        ("Bosnia in the 1990s drew perhaps 1,000 to 2,000 foreign mujahideen.", [(1000, "foreign_fighters")]),
        (
            "Turkey repatriated 600 citizens, among them 300 children, 250 women and 50 men who had taken "
            "part in hostilities.",
            [(50, "returnees")],
        ),
    ],
)
def test_it_reads_killers_the_partly_wounded_quoted_parts_mujahideen_and_listed_repatriates(
    text: str, expected: list
) -> None:
    assert [(c.value, c.subject) for c in claims(text)] == expected


def test_it_leaves_out_a_corrected_figure_and_would_be_travellers() -> None:
    assert claims("Correction: An earlier version of this report gave the number of returnees as 330.") == []
    text = "Several dozen others have been deported on suspicion of trying to reach IS-held territory."
    assert claims(text) == []


def test_it_reads_is_before_fighters_as_the_group_and_a_factions_strength_with_foreigners() -> None:
    claim = one_claim("The SDF hold about 9,000 IS fighters in prisons in the north-east, officials said.")
    assert (claim.value, claim.group) == (9000, "ISIS")
    text = (
        "He led a faction that at its height counted an estimated 1,200 fighters, many of them from Dagestan."
    )
    assert one_claim(text).subject == "fighters"
    text = "The group still counts several hundred foreign fighters, most of them from Kenya."
    assert one_claim(text).subject == "foreign_fighters"


def test_it_reads_former_soldiers_recruited_to_fight_abroad_as_foreign_fighters() -> None:
    text = "As many as 400 Peruvian former soldiers were recruited last year to fight in Yemen."
    assert one_claim(text).subject == "foreign_fighters"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Around 300 fighters are believed to have returned to Spain, and about 150 to Portugal.",
            [(300, "returnees"), (150, "returnees")],
        ),
        (
            "He said 700 Tajik citizens had travelled to Syria, among them 90 women, and that his country "
            "had brought home 40 children.",
            [(700, "foreign_fighters")],
        ),
        (
            "Up to 3,000 fighters from northern Syria were brought to Libya, the envoy said.",
            [(3000, "foreign_fighters")],
        ),
        (
            "About 800 fighters have come back, the minister said. He said 137 of these returnees are held.",
            [(800, "returnees"), (137, "returnees")],
        ),
        (
            "Some 500 citizens have travelled to Syria, among them 210 men, while the others are women and "
            "children.",
            [(500, "foreign_fighters")],
        ),
    ],
)
def test_it_reads_elliptical_returns_clauses_with_and_that_origins_and_breakdowns_by_sex(
    text: str, expected: list
) -> None:
    assert [(c.value, c.subject) for c in claims(text)] == expected


def test_it_reads_the_people_shot_dead_as_victims_and_a_part_of_returnees_said_before() -> None:
    assert claims("On Friday a gunman shot dead 38 people, 30 of them tourists, near the beach.") == []
    text = (
        "About 1,200 Uzbeks went to fight in Syria. Roughly 150 have returned, and 111 of those have been "
        "pardoned for fighting abroad."
    )
    assert [(c.value, c.subject) for c in claims(text)] == [
        (1200, "foreign_fighters"),
        (150, "returnees"),
        (111, "returnees"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The fighters of the Islamic State in Libya are now between 4 thousand and 6 thousand.",
            [(4000, 6000, "fighters")],
        ),
        (
            "About 9,000 Syrians have been sent to Libya since 2019, monitors say.",
            [(9000, None, "foreign_fighters")],
        ),
        (
            "About 150 Gambians have joined the Islamists in Mali, officials estimate.",
            [(150, None, "foreign_fighters")],
        ),
        (
            "The foreign fighters with the Taliban are not less than 8,000 people.",
            [(8000, None, "foreign_fighters")],
        ),
        (
            "The experts estimate that more than 3,000 Moroccans are fighting abroad. Some 2,000 of them are "
            "believed to be in Syria, and between 300 and 500 in Libya.",
            [
                (3000, None, "foreign_fighters"),
                (2000, None, "foreign_fighters"),
                (300, 500, "foreign_fighters"),
            ],
        ),
        (
            "There are some 160 children with links to the zone. Roughly 60 of them are still in the camps.",
            [],
        ),
    ],
)
def test_it_reads_strength_of_a_groups_men_fighters_sent_abroad_and_parts_of_a_claim_before(
    text: str, expected: list
) -> None:
    assert [(c.value, c.value_max, c.subject) for c in claims(text)] == expected


def test_it_reads_a_qualifier_and_vague_words_in_translated_english() -> None:
    claim = one_claim("The group would still dispose of a few hundreds of fighters in the zone.")
    assert (claim.value, claim.qualifier) == (100, "vague")
    assert (
        one_claim("The foreign fighters are not less than 10,000 people, he said.").qualifier == "more_than"
    )


def test_it_reads_a_forums_members_as_no_claim_and_wagner_in_ukraine_as_a_force() -> None:
    assert claims("The forum, launched in 2011, has 30 members, including the European Union.") == []
    claim = one_claim("Officials said Wagner had about 50,000 personnel in Ukraine, most of them convicts.")
    assert claim.subject == "fighters"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Russia tracked foreign mercenaries from the start. It said 4,100 of them from 41 countries had "
            "arrived in Ukraine by June.",
            [(4100, None, "foreign_fighters")],
        ),
        (
            "About 9,000 suspected ISIL fighters remain in detention, of whom an estimated 2,500 are neither "
            "Syrian nor Iraqi.",
            [(9000, None, "fighters"), (2500, None, "foreign_fighters")],
        ),
        (
            "She said the total membership of ISIL in the two countries was estimated at between 15,000 and "
            "20,000.",
            [(15000, 20000, "fighters")],
        ),
        (
            "France tops the list with about 1,900 fighters, while Spain and Italy each account for 200.",
            [
                (1900, None, "foreign_fighters"),
                (200, None, "foreign_fighters"),
                (200, None, "foreign_fighters"),
            ],
        ),
    ],
)
def test_it_reads_parts_from_many_countries_non_nationals_membership_and_each_account_for(
    text: str, expected: list
) -> None:
    assert [(c.value, c.value_max, c.subject) for c in claims(text)] == expected


@pytest.mark.parametrize(
    "text",
    [
        "Among the militants killed so far were at least eight foreigners, the army said.",
        "More than 400 people, including 310 militants, have been killed in the fighting.",
        "Of them 1,200 were destroyed and 900 have left the country, the ministry said.",
    ],
)
def test_it_leaves_out_the_dead_said_around_a_parenthesis_or_in_a_ministrys_words(text: str) -> None:
    assert all(c.value not in {8, 400, 310, 1200} for c in claims(text))


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        (
            "Chilean authorities have identified fewer than 10 nationals fighting with IS in Syria.",
            "foreign_fighters",
        ),
        (
            "About 60 citizens who fought with the group remain in Syria and Iraq, officials say.",
            "foreign_fighters",
        ),
        (
            "In 2016, 17 people from two districts slipped out of the country to join the group.",
            "foreign_fighters",
        ),
    ],
)
def test_it_reads_a_countrys_nationals_and_those_who_slipped_out_as_foreign(text: str, subject: str) -> None:
    assert one_claim(text).subject == subject


def test_it_leaves_out_a_count_mostly_of_foreign_women_and_children() -> None:
    text = "Officials said 640 people affiliated with IS, most of them foreign women and children, escaped."
    assert claims(text) == []


def test_it_reads_a_small_number_in_words_as_the_next_place_of_a_count() -> None:
    text = "Officials said 41 Filipinos were still with the group in Syria, and at least three in Libya."
    assert [(c.value, c.subject) for c in claims(text)] == [(41, "foreign_fighters"), (3, "foreign_fighters")]


def test_it_gates_rare_word_patterns_without_losing_what_they_match() -> None:
    # "far-right" and a correction note in capitals: matched by the patterns, so the gates must let them in
    assert claims("The number of far-right militants in the country grew to 1,200, the agency said.") == []
    assert claims("CORRECTION: The number of fighters who have returned is 330, not 350.") == []


@pytest.mark.parametrize(
    "text",
    [
        "About 900 Uzbeks are in the war zones, around 300 of them women, the minister said.",
        "Some 400 Danes went to Syria. Fewer than 30 of the returnees are women, the agency said.",
        "Police seized the passports of 60 people they suspected of planning to travel to Syria.",
        "Travel bans were placed on 150 people thought to be preparing to join armed groups abroad.",
        "Press enquiries: +44 20 7946 0000 or the foreign fighters desk.",
        "Soldiers kill 15 militants in a raid near the border.",
        "The offensive around the city displaced more than 90,000 people.",
    ],
)
def test_it_leaves_out_counts_by_sex_would_be_travellers_phone_numbers_and_the_displaced(text: str) -> None:
    counted = [c for c in claims(text) if c.value in {300, 30, 60, 150, 20, 7946, 15, 90_000}]
    assert counted == []


@pytest.mark.parametrize(
    ("text", "value", "subject"),
    [
        (
            "Around 90 fighters have come back to Albania, and dozens have since been convicted, police say.",
            12,
            "returnees",
        ),
        (
            "Some 500 Moroccans who fought for armed groups in Syria, Iraq and Libya have returned home.",
            500,
            "returnees",
        ),
        (
            "Of the 700 Belgians who went to Syria, Iraq and Yemen, 130 have returned, officials said.",
            700,
            "foreign_fighters",
        ),
        (
            "About 4,000 militants hold the old city, and up to 800 of them are foreign fighters who vow to "
            "fight to the death, the general said.",
            800,
            "foreign_fighters",
        ),
    ],
)
def test_it_reads_who_came_back_after_a_relative_clause_or_a_conviction_and_fighting_to_the_death(
    text: str, value: int, subject: str
) -> None:
    assert [c.subject for c in claims(text) if c.value == value] == [subject]


def test_it_reads_a_conjunction_after_a_figure_as_the_end_of_its_noun_phrase() -> None:
    text = "The number of gunmen in the town fell to 150, down from about 400 when the siege began."
    assert {(c.value, c.subject) for c in claims(text)} == {(150, "fighters"), (400, "fighters")}


@pytest.mark.parametrize(
    ("text", "values"),
    [
        (
            "About 9,000 foreign fighters are in Syria. The biggest contingent comes from Egypt, with "
            "more than 600 people, followed by Lebanon with about 350.",
            {9000, 600, 350},
        ),
        (
            "About 9,000 foreign fighters are in Syria. The largest national group is Dutch, with 410 "
            "individuals, followed by Denmark with 120.",
            {9000, 410, 120},
        ),
        (
            "About 4,000 Europeans have gone to Syria. Belgium heads the Western list with as many as 440 "
            "people, followed by Austria with up to 150.",
            {4000, 440, 150},
        ),
        (
            "About 20,000 foreign fighters are in Syria. Jordan is the largest single source, with "
            "about 2,000, followed by Libya with 600.",
            {20000, 2000, 600},
        ),
    ],
)
def test_it_reads_the_first_country_of_a_list_said_with_its_figure(text: str, values: set[int]) -> None:
    assert {c.value for c in claims(text) if c.subject == "foreign_fighters"} == values


@pytest.mark.parametrize(
    ("text", "values"),
    [
        (
            "Some 15,000 foreign fighters are in Syria. The study put the contingent from Egypt at about "
            "1,100, from Lebanon at some 900 and from Sudan at around 100.",
            {15000, 1100, 900, 100},
        ),
        (
            "Some 15,000 foreign fighters are in Syria. Countries of the Gulf account for about 4,000 of "
            "them, while South Asia contributed roughly 350.",
            {15000, 4000, 350},
        ),
        (
            "Some 3,000 Europeans are in Syria. Belgium and Austria are each estimated to have produced "
            "between 300 and 400.",
            {3000, 300},
        ),
        (
            "Some 3,000 Europeans are in Syria. Denmark, with some 150 nationals in the conflict zone, has "
            "seen around 60 return.",
            {3000, 150, 60},
        ),
    ],
)
def test_it_reads_countries_listed_by_share_contribution_and_return(text: str, values: set[int]) -> None:
    assert {c.value for c in claims(text)} == values


def test_it_reads_each_of_two_countries_estimated_to_have_produced_a_figure() -> None:
    text = "Some 3,000 Europeans are in Syria. Belgium and Austria are each estimated to have produced 300."
    assert sorted(c.origin for c in claims(text) if c.value == 300) == ["Austria", "Belgium"]


@pytest.mark.parametrize(
    "text",
    [
        "Militant websites announced the deaths of at least 25 fighters from the Caucasus.",
        "The president said he would send 350 more military advisers to the region.",
        "Estimates of foreign fighters in the 1990s ran to a few thousand.[14] Most came from the Gulf.",
    ],
)
def test_it_leaves_out_deaths_advisers_and_footnote_markers(text: str) -> None:
    assert not [c for c in claims(text) if c.value in {25, 350, 14}]


@pytest.mark.parametrize(
    ("text", "value", "subject"),
    [
        (
            "Well over 9,000 people from upwards of 60 countries made their way to Syria to fight.",
            9000,
            "foreign_fighters",
        ),
        (
            "According to officials, up to 200 citizens of Kyrgyzstan may be in Syria.",
            200,
            "foreign_fighters",
        ),
    ],
)
def test_it_reads_qualified_counts_of_countries_and_citizens_of_a_country_in_a_war(
    text: str, value: int, subject: str
) -> None:
    assert [(c.value, c.subject) for c in claims(text)] == [(value, subject)]


@pytest.mark.parametrize(
    "text",
    [
        "Officials said 900 Moroccans had joined armed groups and that police had stopped another 2,000 "
        "young people from leaving.",
        "Ministers from 30 members of the Global Coalition met in Paris.",
    ],
)
def test_it_leaves_out_another_count_stopped_and_members_of_a_coalition(text: str) -> None:
    assert not [c for c in claims(text) if c.value in {2000, 30}]


@pytest.mark.parametrize(
    "text",
    [
        "Interview: foreign fighters will come home, a researcher says 12 March 2018 | Views: 4 512",
        "Police have broken up 61 terrorist cells since 2015, 50 of them linked to Islamic State.",
        "Police arrested 900 people for terrorist offences last year, 400 of them for jihadist terrorism.",
    ],
)
def test_it_leaves_out_page_counters_and_parts_of_a_count_of_something_else(text: str) -> None:
    assert not [c for c in claims(text) if c.value in {4512, 50, 400}]


def test_it_reads_those_convicted_after_a_count_of_returnees_as_returnees() -> None:
    text = "About 300 Swedes have returned from Syria, the agency said. Only about 40 have been convicted."
    assert [(c.value, c.subject) for c in claims(text)] == [(300, "returnees"), (40, "returnees")]


def test_it_reads_the_next_country_of_a_list_said_with_of() -> None:
    text = "Kosovo was the source of more than 300 fighters, Albania of around 140 and Serbia of about 50."
    assert {c.value for c in claims(text)} == {300, 140, 50}


@pytest.mark.parametrize(
    ("text", "value", "subject"),
    [
        ("Since 2019 European states have taken back fewer than 60 men from Syria.", 60, "returnees"),
        ("Police have arrested 35 people who returned from Syria after joining ISIS.", 35, "returnees"),
        ("Several dozen Uzbeks are believed to still be at large in Syria.", 12, "foreign_fighters"),
        ("Estimates of the strength of the Taliban range from 50,000 to 80,000 men.", 50000, "fighters"),
        (
            "Islamic State is weakened. A report says the group retains some 3,000 members in Iraq.",
            3000,
            "fighters",
        ),
    ],
)
def test_it_reads_men_taken_back_returnees_arrested_those_at_large_and_a_groups_strength(
    text: str, value: int, subject: str
) -> None:
    assert [(c.value, c.subject) for c in claims(text)] == [(value, subject)]


def test_it_reads_a_pair_of_countries_each_given_a_figure_after_a_comma() -> None:
    text = "France leads with roughly 1,200 fighters, followed by Spain and Italy, each between 100 and 200."
    assert sorted(c.origin for c in claims(text) if c.value == 100) == ["Italy", "Spain"]


def test_it_leaves_out_an_age_someone_turned() -> None:
    text = "About 500 foreign fighters are held there, with boys moved from the camps when they turned 15."
    assert [c.value for c in claims(text)] == [500]


@pytest.mark.parametrize(
    "second",
    [
        "In January the agency had put the total at 270, and in the summer at around 450.",
        "The ministry spoke of 80 people in 2014; today it says about 450.",
    ],
)
def test_it_reads_the_same_count_at_another_time_said_in_a_parallel_clause(second: str) -> None:
    text = (
        "Some 500 Germans have joined jihadist groups in Syria, officials say. Most are young. Many are "
        "converts.\n\nThe numbers mark a rise. " + second
    )
    assert 450 in [c.value for c in claims(text)]


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("About 4,000 Europeans have gone to Syria. Belgium alone accounts for about 450.", {4000, 450}),
        (
            "Some 15,000 foreign fighters are in Syria. The count from the Caucasus rose to 2,700.",
            {15000, 2700},
        ),
        (
            "The largest contingents of foreign fighters come from North Africa, which accounts for 8,000.",
            {8000},
        ),
        ("Officials said some 2,300 TTP members were among the prisoners freed last month.", {2300}),
    ],
)
def test_it_reads_a_country_alone_a_count_that_rose_contingents_and_a_groups_members(
    text: str, values: set[int]
) -> None:
    assert {c.value for c in claims(text)} == values


@pytest.mark.parametrize(
    "text",
    [
        "Relative to population, Belgium has 40 foreign fighters for every million inhabitants.",
        "Recruits said they had been promised KSh 30,000 to join the foreign fighters.",
        "The sanctions list currently includes 257 individuals linked to the terrorist fighters.",
    ],
)
def test_it_leaves_out_rates_per_population_money_and_sanctions_lists(text: str) -> None:
    assert not [c for c in claims(text) if c.value in {40, 30000, 257}]


@pytest.mark.parametrize(
    ("text", "value", "subject"),
    [
        (
            "Among the foreign detainees are as many as 600 men from Europe, officials said.",
            600,
            "foreign_fighters",
        ),
        (
            "Some 9,000 fighters are held in Syria, roughly 1,500 of whom are neither Syrian nor Iraqi.",
            1500,
            "foreign_fighters",
        ),
        (
            "Officials said the group's fighting force had shrunk to between 12,000 and 15,000.",
            12000,
            "fighters",
        ),
        (
            "Some 500 foreign fighters are in Syria. Estimates for Afghanistan put their number at fewer "
            "than 20,000 over a full decade of war.",
            20000,
            "foreign_fighters",
        ),
    ],
)
def test_it_reads_detainees_named_first_non_nationals_a_fighting_force_and_a_figure_over_a_decade(
    text: str, value: int, subject: str
) -> None:
    assert [c.subject for c in claims(text) if c.value == value] == [subject]


def test_it_leaves_out_the_number_of_people_in_a_camp() -> None:
    text = (
        "Some 9,000 fighters are held in Syria, and the number of people in the al-Hol camp is below 40,000."
    )
    assert [c.value for c in claims(text)] == [9000]


@pytest.mark.parametrize(
    ("text", "value", "subject"),
    [
        (
            "The ministry said the group had grown to 4,000 fighters following the death of its leader.",
            4000,
            "fighters",
        ),
        (
            "The envoy said fewer than ten Japanese nationals had joined ISIS, and that one had been killed.",
            10,
            "foreign_fighters",
        ),
        ("Prosecutors have charged more than 130 returnees since 2013, figures show.", 130, "returnees"),
        ("Of the adults, 33 men had been charged with terrorism offences on their return.", 33, "returnees"),
        (
            "Up to 900 Kenyans had joined the group, she said, some of whom had since returned.",
            900,
            "foreign_fighters",
        ),
        ("The interior ministry counts 217 adult returnees, as well as 57 minors.", 217, "returnees"),
    ],
)
def test_it_reads_whose_death_who_was_charged_on_return_and_who_of_a_count_returned(
    text: str, value: int, subject: str
) -> None:
    assert [c.subject for c in claims(text) if c.value == value] == [subject]


def test_it_reads_places_after_figures_given_respectively_as_locations_and_each_in_brackets() -> None:
    text = "The ambassador said ISIS now had some 12,000 and 8,000 fighters in Iraq and Syria respectively."
    assert {(c.value, c.subject) for c in claims(text)} == {(12000, "fighters"), (8000, "fighters")}
    text = "France (1,700 fighters) leads, ahead of Germany and the United Kingdom (760 each)."
    assert sorted(c.origin for c in claims(text) if c.value == 760) == ["Germany", "United Kingdom"]


def test_it_leaves_out_figures_supposed_after_whether() -> None:
    text = '"Whether it is four hundred or nearly two thousand Europeans, the trend is up," she said.'
    assert claims(text) == []


@pytest.mark.parametrize(
    ("text", "value", "subject"),
    [
        (
            "Six hundred and eighty-nine French nationals are currently present in the Syrian-Iraqi zone.",
            689,
            "foreign_fighters",
        ),
        (
            "The number of terrorists in the province had fallen from 2,000 to between 300 and 400 today.",
            300,
            "fighters",
        ),
        ('"There are some 4,000 to 5,000 TTP men in Afghanistan," he said.', 4000, "fighters"),
        (
            "Roughly 250 Americans have traveled or attempted to travel to the conflict zone.",
            250,
            "foreign_fighters",
        ),
        (
            "ISIL's fighting strength has fallen to 12,000, down from estimates of more than 30,000 in 2015.",
            30000,
            "fighters",
        ),
    ],
)
def test_it_reads_numbers_in_words_with_hyphens_a_level_today_a_groups_men_and_earlier_estimates(
    text: str, value: int, subject: str
) -> None:
    assert [c.subject for c in claims(text) if c.value == value] == [subject]


@pytest.mark.parametrize(
    "text",
    [
        "More than 150 Americans have tried to travel to the conflict, officials said.",
        "Police detained six people suspected of running a recruitment cell for foreign fighters.",
        "Some 60,000 people, two-thirds of them children, are held in the al-Hol and Roj camps.",
        "The average age of the European fighters whose identity could be established was 24.",
        '"My nephew went to fight there when he was 19," she said.',
    ],
)
def test_it_leaves_out_would_be_travellers_recruiters_camp_residents_and_ages(text: str) -> None:
    assert not [c for c in claims(text) if c.value in {150, 6, 60000, 24, 19}]


@pytest.mark.parametrize(
    ("text", "value", "subject"),
    [
        (
            "Some 2,000 Danes are in Syria. Denmark says 135 of its residents have travelled.",
            135,
            "foreign_fighters",
        ),
        (
            "ISIS now had between 4,000 and 6,000 fighters in Libya, and as many as 1,500 of them were "
            "believed to be Tunisians.",
            1500,
            "foreign_fighters",
        ),
        (
            "Around 1,300 French fighters have returned to France. Of those, around 300 are in detention.",
            300,
            "returnees",
        ),
        (
            "Some 7,000 foreign fighters went to Ukraine. Of them, 1,802 have gone back to their home "
            "countries and 3,225 are still fighting.",
            3225,
            "foreign_fighters",
        ),
    ],
)
def test_it_reads_its_residents_nationals_among_them_and_parts_of_those_counted_before(
    text: str, value: int, subject: str
) -> None:
    assert [c.subject for c in claims(text) if c.value == value] == [subject]


def test_it_reads_bullets_of_countries_after_a_lead_in_as_departures() -> None:
    text = (
        "About 5,000 Europeans have gone to Syria, and around 1,500 have returned.\n\n"
        "The study breaks the total down by country:\n\n"
        "- Germany: around 760, of whom about a third have returned;\n\n- Austria: up to 300."
    )
    assert sorted((c.value, c.subject, c.origin) for c in claims(text) if c.value in {760, 300}) == [
        (300, "foreign_fighters", "Austria"),
        (760, "foreign_fighters", "Germany"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Investigators say that all four alleged gunmen are citizens of Tajikistan.",
        "Since 2021 over 106,000 persons surrendered, including about 16,000 fighters, while the rest were "
        "their wives and children.",
    ],
)
def test_it_leaves_out_a_count_already_given_and_a_total_of_mostly_families(text: str) -> None:
    assert not [c for c in claims(text) if c.value in {4, 106000}]


@pytest.mark.parametrize(
    ("text", "value", "value_max", "subject"),
    [
        (
            "ISIL in Libya now had between 4,000 and 6,000 fighters, up from 2,000 to 3,000 last autumn.",
            2000,
            3000,
            "fighters",
        ),
        (
            "He said it was an organization that now commanded between 20,000 and 31,500 fighters.",
            20000,
            31500,
            "fighters",
        ),
        (
            "The prosecution service has brought charges against more than 60 returnees so far.",
            60,
            None,
            "returnees",
        ),
        (
            "Baghdad had taken back around 1,000 Iraqi ISIS detainees for trial since 2021.",
            1000,
            None,
            "returnees",
        ),
        (
            "Belgian officials believe as many as 100 of their nationals are in Syria.",
            100,
            None,
            "foreign_fighters",
        ),
    ],
)
def test_it_reads_an_earlier_range_a_force_commanded_returnees_charged_or_taken_back_and_nationals_in_a_war(
    text: str, value: int, value_max: int | None, subject: str
) -> None:
    assert [(c.value_max, c.subject) for c in claims(text) if c.value == value] == [(value_max, subject)]


def test_it_reads_a_figure_each_of_three_countries_counts() -> None:
    text = (
        "About 5,000 Europeans are in Syria. Belgium, Germany and the United Kingdom each count several "
        "hundred nationals in the region."
    )
    assert sorted(c.origin for c in claims(text) if c.value == 100) == [
        "Belgium",
        "Germany",
        "United Kingdom",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "She noted that her country had repatriated 51 Americans, 30 of them children.",
        "A court last year convicted nine men of recruiting fighters for Islamic State.",
    ],
)
def test_it_leaves_out_families_brought_home_and_recruiters_convicted(text: str) -> None:
    assert not [c for c in claims(text) if c.value in {51, 9}]


def test_it_reads_nationals_among_rebels_or_insurgents_as_fighters_abroad() -> None:
    claim = one_claim(
        "By June the monitors had counted close to 900 Chechens among the rebels in northern Syria."
    )
    assert (claim.value, claim.subject, claim.origin) == (900, "foreign_fighters", "Chechnya")


@pytest.mark.parametrize(
    "text",
    [
        # compared with a count of camp residents, the earlier figure counts residents too
        "About 1,200 fighters from many countries fled to Syria in 2014. Today the camp holds over "
        "50,000 people, up from roughly 9,000 last spring.",
        # the second object of the verb that killed the first
        "Fighters loyal to the Islamic State claimed the attack, which killed 12 U.S. police officers "
        "and nearly 140 Iraqis.",
    ],
)
def test_it_leaves_out_figures_tied_to_a_count_of_something_else(text: str) -> None:
    assert not [c for c in claims(text) if c.value in {9000, 140}]


def test_it_reads_each_part_of_a_breakdown_by_its_own_verb() -> None:
    text = (
        "Some 600 Dutch nationals travelled to Syria, the ministry said. Of those, 90 have come back to "
        "the Netherlands, about 250 are thought to remain in the region, and 150 have died."
    )
    assert [(c.value, c.subject) for c in claims(text) if c.value in {90, 250}] == [
        (90, "returnees"),
        (250, "foreign_fighters"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        'Jihadist fighters crossed the border again. The army says it has "eliminated" 430 militants.',
        "Foreign fighters once used the valley, where some 6,000 people live, as a route into Syria.",
    ],
)
def test_it_leaves_out_those_a_quoted_verb_killed_and_the_people_who_live_somewhere(text: str) -> None:
    assert not [c for c in claims(text) if c.value in {430, 6000}]


def test_it_reads_a_list_of_regions_with_figures_after_a_total() -> None:
    text = (
        "The institute counts 30,100 foreigners who\ntravelled to Syria and Iraq, listed here\nby region:\n\n"
        "Central Asia: 4,200\nEastern Europe (with Russia): 5,300\nSouth Asia: 600\n\n"
        "The authors say the\nfigures are conservative\nand partial.\n"
    )
    assert {(c.origin, c.value) for c in claims(text) if c.value != 30100} == {
        ("Central Asia", 4200),
        ("Eastern Europe", 5300),
        ("South Asia", 600),
    }


def test_it_reads_the_number_of_members_that_does_not_exceed_a_figure() -> None:
    claim = one_claim(
        "Officials said the number of Daesh members still hiding in the desert does not exceed 400."
    )
    assert (claim.value, claim.qualifier, claim.subject, claim.group) == (400, "up_to", "fighters", "ISIS")


def test_it_leaves_out_a_page_counter_set_as_a_row() -> None:
    text = (
        "Some 2,000 fighters remain in the city, the army said.\n\nViews: 3,412\n\n"
        "The army said the operation would continue."
    )
    assert [c.value for c in claims(text)] == [2000]


def test_it_reads_a_range_after_down_from_and_leaves_out_a_camp_population_that_fell() -> None:
    text = (
        "About 6,000 fighters remain at large today, the general said. That is down from somewhere "
        "around 20 to 25,000 at the group's height. The population of the camp, he added, had fallen "
        "to about 41,000."
    )
    assert sorted((c.value, c.value_max) for c in claims(text)) == [(6000, None), (20000, 25000)]
