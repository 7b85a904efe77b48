"""Cleaning page furniture out of plain text and HTML."""

from ctwatch.extraction.clean import clean_html, clean_text


def test_it_drops_icon_name_runs_timers_and_boilerplate_lines() -> None:
    raw = (
        "iconhome iconsearch iconmenu iconshare iconprint iconclose\n"
        "Skip to main content\n"
        "The minister spoke to parliament on Monday.\n"
        "0:00\n12:41\n"
        "READ MORE: Another story about something else\n"
        "Back To Top\n"
    )
    assert clean_text(raw) == "The minister spoke to parliament on Monday."


def test_it_cuts_sidebars_that_follow_the_article() -> None:
    raw = (
        "The talks lasted two days and ended with a joint statement on the threat.\n"
        "Delegates agreed to share passenger data more quickly than before.\n"
        "Top stories\n"
        "A storm closed roads in the north.\n"
    )
    cleaned = clean_text(raw)
    assert "storm" not in cleaned and "Delegates agreed" in cleaned


def test_it_drops_runs_of_very_short_menu_lines() -> None:
    raw = "News\nWorld\nSport\nCulture\nThe court heard the case of three men who returned from Iraq."
    assert clean_text(raw) == "The court heard the case of three men who returned from Iraq."


def test_it_keeps_one_copy_of_a_repeated_headline() -> None:
    raw = "Minister warns of returnees\n\nMinister warns of returnees\n\nThe minister warned on Monday."
    assert clean_text(raw, title="Minister warns of returnees") == (
        "Minister warns of returnees\n\nThe minister warned on Monday."
    )


def test_it_keeps_one_copy_of_a_repeated_paragraph_even_cut_short() -> None:
    para = "The envoy said the group still had the means to regroup and to attack across the border region."
    cleaned = clean_text(f"{para}\n\nSomething else entirely was said here.\n\n{para[:70]}")
    assert cleaned.count("The envoy said") == 1


def test_it_unwraps_hard_wrapped_plain_text() -> None:
    raw = (
        "The minister said on Monday that the\ncountry would take back its citizens\nfrom the camps.\n\n"
        "Critics said the plan came\ntoo late for many of the\nchildren."
    )
    assert clean_text(raw).split("\n\n") == [
        "The minister said on Monday that the country would take back its citizens from the camps.",
        "Critics said the plan came too late for many of the children.",
    ]


def test_it_extracts_the_main_text_of_an_html_page() -> None:
    html = (
        "<html><head><title>T</title></head><body><nav><a href='/'>Home</a><a href='/w'>World</a></nav>"
        "<article><h1>Envoy warns of returning fighters</h1>"
        "<p>The envoy said on Monday that about 400 foreign fighters had returned to the region in the past "
        "year, and that most of them were being watched by the police.</p>"
        "<p>She added that the authorities needed more resources to follow every case closely.</p>"
        "</article><footer>Contact us</footer></body></html>"
    )
    cleaned = clean_html(html)
    assert "about 400 foreign fighters" in cleaned
    assert "Contact us" not in cleaned


def test_it_drops_a_menu_written_on_one_line() -> None:
    raw = "Home | Politics | Economy | Society | Regions\n\nThe minister spoke on Monday about the returnees."
    assert clean_text(raw) == "The minister spoke on Monday about the returnees."


def test_it_keeps_short_lines_that_end_in_a_figure_as_rows_of_a_table() -> None:
    raw = "Fighters by region:\nWestern Europe — 4,500\nCentral Asia — 4,400\nSouth Asia — 380\n\nMore."
    cleaned = clean_text(raw)
    assert "Central Asia — 4,400" in cleaned and "South Asia — 380" in cleaned


def test_it_keeps_the_rows_of_a_bar_table_apart_when_unwrapping_hard_wrapped_text() -> None:
    wrapped = (
        "The survey counted fighters who went\nabroad and came back in each of the\ncountries it covers.\n\n"
        "Country | Went | Returned\nArcadia | 1,200 | 150\nBorduria | 640 | 90\n\n"
        "Most of those who came back were\ntried, the authors write, and some\nwere released.\n"
    )
    paragraphs = clean_text(wrapped).split("\n\n")
    assert "Arcadia | 1,200 | 150" in paragraphs and "Borduria | 640 | 90" in paragraphs
    assert (
        "The survey counted fighters who went abroad and came back in each of the countries it covers."
        in (paragraphs)
    )


def test_it_keeps_a_bar_table_that_reads_like_a_menu() -> None:
    text = (
        "Departures by country, official figures.\n\nCountry | Departed | Returned | Dead\n"
        "France | 1,460 | 390 | 400\nGermany | 1,150 | 380 | 270\n\nHome | News | World | Sport\n"
    )
    cleaned = clean_text(text)
    assert "Country | Departed | Returned | Dead" in cleaned and "France | 1,460 | 390 | 400" in cleaned
    assert "Home | News" not in cleaned  # a menu is still furniture


def test_it_keeps_the_rows_of_a_list_of_figures_by_label_apart_when_unwrapping() -> None:
    wrapped = (
        "The centre counted people who went\nabroad to join armed groups, by\nregion of origin.\n\n"
        "By region:\n\nNorth Caucasus: 2,400\n- Balkans (incl. Kosovo): about 1,000\nGulf states: 3,100\n\n"
        "Most of those who came back were\ntried, the authors write, and some\nwere released.\n"
    )
    paragraphs = clean_text(wrapped).split("\n\n")
    assert "North Caucasus: 2,400" in paragraphs and "Gulf states: 3,100" in paragraphs
    assert "- Balkans (incl. Kosovo): about 1,000" in paragraphs
