"""Statements: direct quotations with their speaker, and reported speech."""

from ctwatch.extraction import extract

from .helpers import direct_statements


def test_it_finds_a_curly_quote_and_its_speaker_after_it() -> None:
    found = direct_statements("“We have to act together before it is too late,” Minister Eva Lind said.")
    assert [(s.quote, s.speaker) for s in found] == [
        ("We have to act together before it is too late,", "Eva Lind")
    ]


def test_it_finds_a_straight_quote_and_its_speaker_before_it() -> None:
    found = direct_statements(
        'Commissioner Rui Costa said: "The threat has not gone away and will not soon."'
    )
    assert [(s.quote, s.speaker) for s in found] == [
        ("The threat has not gone away and will not soon.", "Rui Costa")
    ]


def test_it_skips_quotes_of_fewer_than_five_words() -> None:
    assert direct_statements("The minister called it “a grave threat” on Monday.") == []


def test_it_continues_a_quote_over_paragraphs() -> None:
    text = (
        "Ambassador Sara Weiss said the council had to act.\n\n"
        "“The first step is to share what we know about those who travel\n\n"
        "“The second step is to prosecute them fairly and quickly,” she said."
    )
    found = direct_statements(text)
    assert len(found) == 1
    assert found[0].quote.startswith("The first step") and found[0].quote.endswith("quickly,")
    assert found[0].speaker == "Sara Weiss"


def test_it_splits_a_quote_broken_by_he_said_into_two_statements() -> None:
    text = (
        "“Our borders are safer than they were last year.” Director Omar Nasser said on Monday. "
        "“But we cannot relax our guard against those who return.”"
    )
    found = direct_statements(text)
    assert [s.speaker for s in found] == ["Omar Nasser", "Omar Nasser"]
    assert len(found) == 2


def test_it_joins_a_quote_when_the_same_sentence_clearly_continues() -> None:
    text = "“Military pressure has worked so far,” he continued, “but the ideas behind the group live on.”"
    found = direct_statements("General Ali Baraka spoke to troops. " + text)
    assert len(found) == 1
    assert "Military pressure" in found[0].quote and "live on" in found[0].quote
    assert found[0].speaker == "Ali Baraka"


def test_it_closes_a_quote_opened_in_the_previous_paragraph() -> None:
    text = (
        "Inspector Hana Mori warned of new attacks.\n\n"
        "The networks are still active in several cities and they recruit online,” Mori said."
    )
    found = direct_statements(text)
    assert [(s.quote[:12], s.speaker) for s in found] == [("The networks", "Hana Mori")]


def test_it_marks_reported_speech_as_reported() -> None:
    extraction = extract(
        "Minister Tom Berg said that the country would take back its citizens from the camps."
    )
    reported = [s for s in extraction.statements if s.kind == "reported"]
    assert reported and reported[0].speaker == "Tom Berg"
    assert reported[0].quote.startswith("the country would take back")
    assert [s for s in extraction.statements if s.kind == "direct"] == []


def test_it_attributes_an_unattributed_quote_to_the_last_speaker() -> None:
    text = (
        "“The camps are a time bomb for the whole region,” envoy Lucia Ferri said.\n\n"
        "“Nobody should think this problem will solve itself over time.”"
    )
    assert [s.speaker for s in direct_statements(text)] == ["Lucia Ferri", "Lucia Ferri"]


def test_it_attributes_a_quote_to_an_organization() -> None:
    text = (
        "The International Red Cross said in a statement that the camps were "
        "“no place for any child to grow up”."
    )
    assert [s.speaker for s in direct_statements(text)] == ["International Red Cross"]


def test_it_skips_a_report_title_in_quotes() -> None:
    text = (
        "The council discussed the third “Report on the Threat Posed by Foreign Terrorist Fighters” "
        "on Monday."
    )
    assert direct_statements(text) == []


def test_it_takes_paragraphs_after_he_said_colon_as_quoted() -> None:
    text = (
        "Envoy Mark Dale addressed the press on Tuesday. He said:\n\n"
        "The group has lost most of its territory but not its will to fight.\n\n"
        "The story continues below"
    )
    found = direct_statements(text)
    assert [(s.quote[:9], s.speaker) for s in found] == [("The group", "Mark Dale")]


def test_it_reads_british_single_quotes_but_not_apostrophes() -> None:
    found = direct_statements(
        "Minister Anna Berg said: ‘We don’t know how many of them have come back home.’"
    )
    assert [(s.quote, s.speaker) for s in found] == [
        ("We don’t know how many of them have come back home.", "Anna Berg")
    ]


def test_it_skips_a_few_words_quoted_as_a_label() -> None:
    text = (
        "The director condemned the recent “brutal and cowardly bomb attack” in the capital, "
        "police chief Ola Dahl said."
    )
    assert direct_statements(text) == []


def test_it_drops_a_quotation_cut_off_where_the_page_ends() -> None:
    text = "Envoy Karin Holt said the talks had failed.\n\n“We tried every channel we had and still the"
    assert direct_statements(text) == []


def test_it_reads_according_to_and_a_dash_after_a_quote() -> None:
    found = direct_statements(
        "“We cannot allow these fighters to vanish into Europe,” according to minister Hans Vogt."
    )
    assert [s.speaker for s in found] == ["Hans Vogt"]
    found = direct_statements(
        "“Prisons have become recruitment centres for the next generation.” — Nadia Karim, rapporteur"
    )
    assert [s.speaker for s in found] == ["Nadia Karim"]


def test_it_finds_quotes_in_straight_single_marks() -> None:
    text = (
        "The harbour master, Piet Olsen, spoke on Monday. "
        "'The boats have stopped coming and the port is quiet again,' he said. It wasn't his decision."
    )
    found = direct_statements(text)
    assert [s.quote for s in found] == ["The boats have stopped coming and the port is quiet again,"]
    assert found[0].speaker == "Piet Olsen"


def test_it_keeps_a_headline_quote_the_body_does_not_repeat() -> None:
    text = (
        "Interview: ‘The militia is weaker, but far from finished’\n\n"
        "We spoke with the researcher Dr. Hanna Brekke about the militia.\n\n"
        "Brekke said the group had lost most of its territory."
    )
    found = direct_statements(text, title="Interview: ‘The militia is weaker, but far from finished’")
    assert [(s.quote, s.speaker) for s in found] == [
        ("The militia is weaker, but far from finished", "Hanna Brekke")
    ]


def test_it_gives_an_unnamed_speaker_their_description_not_the_last_name() -> None:
    text = (
        "Mayor Ruth Keller opened the market on Monday. A local official in the border district said: "
        "“Nobody here has seen so many armed men before.”"
    )
    assert direct_statements(text)[0].speaker == "local official in the border district"


BRIEFING = (
    "Background Briefing\nWashington, DC\n\n"
    "MODERATOR: We are joined today by Colonel Ana Ferreira. Over to you.\n\n"
    "COL. ANA FERREIRA: Thanks. Let me start with the numbers in the valley this week.\n\n"
    "We think fewer than 2,000 fighters are left in the old town, and most of them are foreigners.\n\n"
    "QUESTION: Colonel, how many have surrendered so far?\n\n"
    "COL. FERREIRA: Around 300 have given themselves up since Monday, and more are expected.\n\n"
    "(The briefing ended at 11:02 a.m.)"
)


def transcript_statements(text: str) -> list:
    return [s for s in extract(text).statements if s.kind == "transcript"]


def test_it_takes_each_paragraph_of_an_answer_in_a_transcript_as_a_statement_of_its_own_kind() -> None:
    assert direct_statements(BRIEFING) == []
    found = transcript_statements(BRIEFING)
    assert [s.quote for s in found] == [
        "Thanks. Let me start with the numbers in the valley this week.",
        "We think fewer than 2,000 fighters are left in the old town, and most of them are foreigners.",
        "Around 300 have given themselves up since Monday, and more are expected.",
    ]
    assert {s.speaker for s in found} == {"Ana Ferreira"}
    assert {s.evidence.rule for s in found} == {"transcript turn"}


def test_it_leaves_the_moderator_and_the_questions_out_of_a_transcript() -> None:
    briefing = BRIEFING.replace("MODERATOR:", "CAPT. LEO MARSH:")
    quotes = [s.quote for s in transcript_statements(briefing)]
    assert len(quotes) == 3
    assert not any("Over to you" in quote or "how many" in quote for quote in quotes)


def test_it_tells_numbered_officials_on_background_apart() -> None:
    text = (
        "MODERATOR: Go ahead.\n\n"
        "SENIOR STATE DEPARTMENT OFFICIAL ONE: The flow of recruits has fallen to a trickle this year.\n\n"
        "SENIOR STATE DEPARTMENT OFFICIAL TWO: And the courts are starting to catch up with the returnees."
    )
    assert [s.speaker for s in transcript_statements(text)] == [
        "Senior State Department Official One",
        "Senior State Department Official Two",
    ]


def test_it_reads_a_speaker_named_after_an_abbreviated_title_and_a_long_apposition() -> None:
    text = (
        '"The group is richer and deadlier than it has ever been," Gen. Ruth Acker, the head of U.S. '
        "Southern Command, told senators on Tuesday."
    )
    assert [s.speaker for s in direct_statements(text)] == ["Ruth Acker"]


def test_it_skips_a_party_name_before_a_lowercase_title() -> None:
    text = '"They will come back whether we plan for it or not," said GL50 councillor Maren Holt.'
    assert [s.speaker for s in direct_statements(text)] == ["Maren Holt"]


def test_it_gives_the_official_to_the_unnamed_official_introduced_before() -> None:
    text = (
        "A senior Moroccan security official, who asked not to be named, said the numbers had doubled. "
        '"We are no longer talking about a handful of young men," the official said. Leaders of the '
        "opposition, which President Omar Haddad has banned, disagree."
    )
    assert [s.speaker for s in direct_statements(text)] == ["senior Moroccan security official"]


def test_it_keeps_one_statement_for_a_transcript_turn_written_in_quotation_marks() -> None:
    text = (
        'MODERATOR: "Good morning. The colonel joins us from Baghdad. Over to you."\n\n'
        'COL. ANA FERREIRA: "Thanks. We think fewer than 2,000 fighters are left in the old town."\n\n'
        'Q (JOHN DOE, WIRE): "How many of them are foreigners, Colonel?"\n\n'
        'COL. FERREIRA: "About half of them, and most came through the northern border crossings."'
    )
    quotes = [s.quote for s in direct_statements(text)]
    assert len(quotes) == len(set(quotes))
    assert "Thanks. We think fewer than 2,000 fighters are left in the old town." in quotes
