"""Who asserts a figure: said, according to, told, pronouns, 'Mr. X', 'the official', reports."""

from ctwatch.extraction import extract

from .helpers import claims, one_claim


def test_it_takes_the_source_from_x_said() -> None:
    assert (
        one_claim("Interior Minister Karl Brenner said 650 jihadists had left the country.").source
        == "Karl Brenner"
    )


def test_it_takes_the_source_from_said_x() -> None:
    text = "“There are more than 2,000 foreign fighters in the north,” said General Omar Haddad."
    assert one_claim(text).source == "Omar Haddad"


def test_it_takes_the_source_from_according_to() -> None:
    assert one_claim("About 700 militants remain in the hills, according to the United Nations.").source == (
        "United Nations"
    )


def test_it_takes_the_source_from_told() -> None:
    text = "Police chief Maria Lund told reporters that about 90 suspected foreign fighters had returned."
    assert one_claim(text).source == "Maria Lund"


def test_it_resolves_a_pronoun_to_the_last_named_speaker() -> None:
    text = (
        "Defence Minister Paul Okafor spoke in the capital on Friday. "
        "He said that up to 1,500 foreign fighters were operating in the north."
    )
    assert one_claim(text).source == "Paul Okafor"


def test_it_resolves_mr_x_to_the_full_name() -> None:
    text = (
        "Secretary-General Lena Sorensen opened the session. “At least 3,000 foreign fighters have "
        "returned to their countries,” said Ms. Sorensen."
    )
    assert one_claim(text).source == "Lena Sorensen"


def test_it_resolves_the_official_to_the_last_named_speaker() -> None:
    text = (
        "Envoy Tomas Reyes briefed diplomats on Tuesday. The official said some 4,000 foreign fighters "
        "were still in the camps."
    )
    assert one_claim(text).source == "Tomas Reyes"


def test_it_gives_a_report_its_organization() -> None:
    text = (
        "A report published by the Global Security Institute on Monday examines the war. "
        "The report said about 1,100 foreign fighters had joined the militia."
    )
    assert one_claim(text).source == "Global Security Institute"


def test_it_names_no_one_when_officials_are_not_named() -> None:
    assert one_claim("Officials say around 800 foreign fighters have left.").source is None
    assert one_claim("U.S. officials say around 800 foreign fighters have left.").source == "U.S. officials"


def test_it_reads_a_name_behind_an_appositive() -> None:
    text = (
        "Jana Novak, the agency's deputy director, citing intelligence estimates, told lawmakers that "
        "nearly 600 nationals had gone to fight in Syria."
    )
    assert one_claim(text).source == "Jana Novak"


def test_it_reads_speaker_roles_and_affiliations() -> None:
    text = (
        "“We estimate that 2,000 foreign fighters remain,” Kenya's Permanent Representative to the UN, "
        "Amina Otieno, said on Monday."
    )
    extraction = extract(text, published="2020-05-06")
    speaker = next(s for s in extraction.speakers if s.name == "Amina Otieno")
    assert speaker.is_person
    assert speaker.role == "Kenya's Permanent Representative to the UN"
    assert speaker.affiliation == "UN"


def test_it_gives_mr_x_and_the_full_name_one_key() -> None:
    text = (
        "Director Ivan Petrov said 300 fighters had returned. “We watch them,” said Mr. Petrov on Monday, "
        "adding that the threat remained serious."
    )
    extraction = extract(text)
    assert [s.name for s in extraction.speakers] == ["Ivan Petrov"]
    assert extraction.speakers[0].key == "ivan petrov"


def test_it_keeps_sources_apart_within_a_sentence() -> None:
    found = claims(
        "Minister Lea Roth said 400 fighters had returned, while the police said 250 were in prison."
    )
    assert [c.source for c in found if c.value == 400] == ["Lea Roth"]


def test_it_reads_a_surname_that_is_also_a_title_word() -> None:
    text = "Some 250 Australians have gone to fight in the conflict, Foreign Minister Julie Bishop said."
    assert one_claim(text).source == "Julie Bishop"


def test_it_reads_said_followed_by_a_lower_case_role_and_a_name() -> None:
    text = (
        "The group's ranks have swelled to an estimated 3,000 fighters, said analyst Sara Lind "
        "of the Peace Institute."
    )
    assert one_claim(text).source == "Sara Lind"


def test_it_takes_the_speaker_of_a_transcript_paragraph_from_its_label() -> None:
    text = (
        "Daily Press Briefing\n\nMaria Lopez\n\nDeputy Spokesperson\n\n"
        "QUESTION: How many fighters are there?\n\n"
        "MS LOPEZ: Our estimate is that the group has between 2,000 and 3,000 fighters in the region."
    )
    assert one_claim(text).source.endswith("Lopez")


def test_it_names_a_delegate_written_in_capitals() -> None:
    text = "KARIM BENSALEM (Algeria) said that some 170 Algerians were fighting abroad."
    assert one_claim(text).source == "Karim Bensalem"


def test_it_reads_a_role_named_before_the_person() -> None:
    text = (
        "About 4,000 foreign fighters remain in the region, the bloc's security coordinator told lawmakers. "
        "Anna Lindqvist, who coordinates policy, said checks remained patchy."
    )
    assert one_claim(text).source == "Anna Lindqvist"


def test_it_reads_the_centre_back_to_its_full_name() -> None:
    text = (
        "Centre for Migration and Conflict Research\n\nKey findings\n\n"
        "In total, the Centre counts roughly 30,000 foreigners who joined militant groups in Syria."
    )
    assert one_claim(text).source == "Centre for Migration and Conflict Research"


def test_it_does_not_take_the_byline_for_a_speaker() -> None:
    text = (
        "By Jon Harlan\n\nAbout 2,000 foreign fighters remain in the camps, the agency's director told "
        "reporters. Petra Novak, who heads the agency, said more must be done."
    )
    assert one_claim(text).source == "Petra Novak"


def test_it_takes_the_speaker_from_a_transcript_label_in_capitals() -> None:
    text = (
        "MODERATOR: Welcome to the call.\n\n"
        "COL. BRANDT: Thank you. We assess the enemy now fields about 9,000 fighters in the valley.\n\n"
        "Q: Thanks, Colonel."
    )
    assert one_claim(text).source == "Brandt"


def test_it_takes_the_speaker_from_hansard_style_labels() -> None:
    text = (
        "Mr Tobias Wren (Eastfield) (Lab): Will the Minister make a statement on returnees?\n\n"
        "The Minister for Borders (Ms Hannah Olsen): Some 450 individuals have travelled to fight in the "
        "conflict.\n\n"
        "Mr Wren: I thank the Minister for her answer.\n\n"
        "Ms Olsen: I will write to him."
    )
    assert one_claim(text).source == "Hannah Olsen"


def test_it_gives_an_unnamed_official_labelled_in_a_transcript_to_the_organization() -> None:
    text = (
        "MODERATOR: Over to you.\n\n"
        "SENIOR FOREIGN OFFICE OFFICIAL: Thanks. The militia holds roughly 3,000 foreign fighters "
        "in its jails."
    )
    assert one_claim(text).source == "Foreign Office"


def test_it_gives_an_unnamed_official_to_the_organization() -> None:
    text = (
        "A senior Foreign Ministry official, briefing reporters ahead of the summit, said an estimated "
        "4,000 foreign fighters remained in detention."
    )
    assert one_claim(text).source == "Foreign Ministry"


def test_it_takes_the_source_from_figures_from_or_supplied_by() -> None:
    text = "About 150 nationals are fighting abroad, according to the latest figures from the border police."
    assert one_claim(text).source == "border police"
    text = "Nearly 900 foreign fighters are held, according to figures supplied by the Northern Guard (NG)."
    assert one_claim(text).source == "Northern Guard"


def test_it_takes_the_publisher_of_a_study_published_on_a_day_by() -> None:
    text = (
        "Close to 600 people from the valley travelled to Syria, according to a study published on "
        "Tuesday by the Institute for Border Studies."
    )
    assert one_claim(text).source == "Institute for Border Studies"


def test_it_takes_the_body_that_counted() -> None:
    assert one_claim("By the army's own count, around 700 militants remain in the hills.").source == "army"
    text = "Some 120 fighters have returned, according to interior ministry figures released on Monday."
    assert one_claim(text).source == "interior ministry"


def test_it_takes_a_described_organization_or_group_as_the_source() -> None:
    text = "Across the region, a Geneva-based think-tank puts the number of foreign fighters at about 800."
    assert one_claim(text).source == "Geneva-based think-tank"
    assert (
        one_claim("Local analysts believe upwards of 300 fighters have crossed.").source == "Local analysts"
    )
    text = "Kenyan army commanders estimate that the militia has 2,000-3,000 fighters."
    assert one_claim(text).source == "Kenyan army commanders"


def test_it_gives_a_figure_no_one_is_said_to_give_to_the_article_s_last_speaker() -> None:
    found = claims(
        "The minister, Ana Ruiz, said on Monday that 900 fighters had left the country.\n\n"
        "Officials in the capital are worried.\n\nAbout 300 foreign fighters have since come home."
    )
    assert [(c.value, c.source) for c in found] == [(900, "Ana Ruiz"), (300, "Ana Ruiz")]


def test_it_gives_figures_of_a_report_with_no_speaker_to_the_report_s_author() -> None:
    found = claims(
        "A study published on Tuesday by the Northern Policy Institute looks at recruitment.\n\n"
        "Some 2,400 foreign fighters left the region between 2013 and 2017."
    )
    assert [(c.value, c.source) for c in found] == [(2400, "Northern Policy Institute")]


def test_it_does_not_take_a_dateline_for_a_speaker() -> None:
    found = claims(
        "NORTHPORT: About 80 nationals are still in Syria with the group, the interior minister, Lena Holt, "
        "said on Monday.\n\nThe government is preparing new laws."
    )
    assert [(c.value, c.source) for c in found] == [(80, "Lena Holt")]


def test_it_gives_a_figure_to_the_country_whose_delegate_gave_it() -> None:
    found = claims(
        "The representative of Norway said that around 90 nationals had travelled to fight in Syria. "
        "France’s delegate said that approximately 1,400 French nationals had travelled to the zone."
    )
    assert [(c.value, c.source) for c in found] == [
        (90, "representative of Norway"),
        (1400, "representative of France"),
    ]


def test_it_names_a_group_of_officials_after_according_to_as_written() -> None:
    text = "Some 2,000 foreign fighters are Westerners, according to U.S. officials, the paper reported."
    assert one_claim(text).source == "U.S. officials"


def test_it_takes_the_body_behind_a_report_by_a_named_centre_or_a_un_team() -> None:
    text = (
        "A report by the Centre for Conflict and Justice Studies estimated that roughly 9,000 foreign "
        "fighters are held in Syria."
    )
    assert one_claim(text).source == "Centre for Conflict and Justice Studies"
    text = (
        "KABUL: A report by a United Nations monitoring team released on Thursday puts the number of "
        "foreign fighters in Afghanistan at about 8,000."
    )
    assert one_claim(text, published="2020-05-01").source == "United Nations"


def test_it_does_not_take_states_alone_for_member_states() -> None:
    text = "Member States estimate that some 4,000 foreign fighters remain in the province."
    assert one_claim(text).source != "States"


def test_it_takes_the_name_after_a_description_of_the_speaker() -> None:
    text = '"Our data show a large share of women," said the study\'s lead author, Dr Laura Fenwick.'
    assert [s.speaker for s in extract(text).statements] == ["Laura Fenwick"]


def test_it_does_not_take_a_word_opening_a_sentence_for_a_name() -> None:
    text = (
        "Unlike earlier estimates, which mostly counted men, the dataset includes women. "
        '"It changes the picture," the author said.'
    )
    assert "Unlike" not in [s.speaker for s in extract(text).statements]
