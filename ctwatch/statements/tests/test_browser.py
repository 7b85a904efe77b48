"""
End-to-end tests of the public pages in headless Chromium (Debian's, driven by Playwright). Every page
must load without a console error and without asking anything of another site; screenshots of each page,
at desktop and phone width, go to test-artifacts/screenshots/.
"""

import datetime as dt

import pytest

from ctwatch.statements.models import Forum
from ctwatch.statements.tests.factories import (
    ArticleFactory,
    FigureClaimFactory,
    ForumFactory,
    SpeakerFactory,
    StatementFactory,
    claim_in_article,
)

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

HOSTILE = '<script>window.ranScript = true</script><img src="x" onerror="window.ranScript = true">'


@pytest.fixture
def data():
    ban = SpeakerFactory(name="Ban Ki-moon", slug="ban-ki-moon", role="Secretary-General")
    other = SpeakerFactory(name="Nathan Sales", slug="nathan-sales", role="Coordinator for Counterterrorism")
    council = ForumFactory(kind=Forum.Kind.SECURITY_COUNCIL, name="Security Council 7453rd meeting")
    briefing = ForumFactory(kind=Forum.Kind.PRESS_BRIEFING, name="State Department briefing")
    for year, forum, speaker in ((2015, council, ban), (2016, council, ban), (2015, briefing, other)):
        StatementFactory(
            speaker=speaker, forum=forum, date=dt.date(year, 3, 1), text=f"{speaker.name} spoke in {year}."
        )
    claim = claim_in_article(
        "Between 27,000 and 31,000 foreign fighters have gone to Syria.",
        "Between 27,000 and 31,000",
        speaker=ban,
        forum=council,
        qualifier="range",
        value=27000,
        value_max=31000,
        claim_date=dt.date(2015, 9, 1),
    )
    for i, (qualifier, value) in enumerate((("more_than", 25000), ("up_to", 30000), ("vague", 1000))):
        FigureClaimFactory(
            speaker=ban, forum=briefing, qualifier=qualifier, value=value, claim_date=dt.date(2016, 1, 1 + i)
        )
    FigureClaimFactory(speaker=other, forum=briefing, subject="returnees", value=1500, qualifier="about")
    hostile = ArticleFactory(
        title=f"Hostile {HOSTILE}", text=f"{HOSTILE} More than 5,000 fighters. {HOSTILE}"
    )
    claim_in_article("More than 5,000 fighters.", "More than 5,000", article=hostile, speaker=other)
    StatementFactory(article=hostile, text=HOSTILE, start=0, end=len(HOSTILE))
    return {"claim": claim, "council": council, "hostile": hostile}


def test_it_loads_every_page_without_errors_or_outside_requests(visit, data):
    pages = {
        "overview": "/",
        "statements": "/statements/",
        "speakers": "/speakers/",
        "speaker": "/speakers/ban-ki-moon/",
        "forums": "/forums/",
        "forum": f"/forums/{data['council'].pk}/",
        "claims": "/claims/",
        "claim": f"/claims/{data['claim'].pk}/",
        "article": f"/articles/{data['claim'].article_id}/",
    }
    desktop, phone = visit(), visit(width=390)
    for name, path in pages.items():
        for tab, suffix in ((desktop, ""), (phone, "-phone")):
            tab.open(path)
            tab.wait_for_charts()
            tab.screenshot(name + suffix)
    for tab in (desktop, phone):
        assert tab.errors == []
        assert tab.elsewhere == []


def test_it_filters_statements_by_speaker_forum_kind_and_year(visit, data):
    tab = visit()
    page = tab.open("/statements/")
    assert page.locator("#results > li").count() == 4
    page.get_by_label("Speaker (slug)").fill("ban-ki-moon")
    page.get_by_label("Forum kind").select_option("security_council")
    page.get_by_label("Year", exact=True).fill("2015")
    page.get_by_role("button", name="Apply filters").click()
    page.wait_for_url("**/statements/?*")
    assert page.locator("#results > li").count() == 1
    assert "Ban Ki-moon spoke in 2015." in page.locator("#results").inner_text()
    for part in ("speaker=ban-ki-moon", "forum_kind=security_council", "year=2015"):
        assert part in page.url
    tab.screenshot("statements-filtered")
    assert tab.errors == []


def test_it_draws_one_point_per_claim_for_a_filter(visit, data):
    tab = visit()
    page = tab.open("/claims/?speaker=ban-ki-moon")
    tab.wait_for_charts()
    assert page.locator("#claims-chart").get_attribute("data-points") == "4"
    assert page.locator("#claims-chart canvas").count() == 1  # one subject: one chart
    page = tab.open("/claims/")
    tab.wait_for_charts()
    assert page.locator("#claims-chart").get_attribute("data-points") == "6"
    assert page.locator("#claims-chart canvas").count() == 2  # foreign fighters apart from returnees
    page.get_by_label("who gave the figure").check()
    assert page.locator("#claims-chart canvas").count() == 2
    assert page.locator("#claims-chart").get_attribute("data-points") == "6"
    assert tab.errors == []


def test_it_highlights_the_evidence_on_the_claim_page(visit, data):
    tab = visit()
    page = tab.open(f"/claims/{data['claim'].pk}/")
    evidence = page.locator(".article-text mark.hl-evidence")
    assert (
        "".join(evidence.all_inner_texts())
        == "Between 27,000 and 31,000 foreign fighters have gone to Syria."
    )
    assert page.locator(".article-text mark.hl-figure").inner_text() == "Between 27,000 and 31,000"
    assert evidence.first.is_visible()


def test_it_runs_nothing_from_an_article_that_carries_markup(visit, data):
    tab = visit()
    article = data["hostile"]
    claim = article.claims.get()
    for path in (f"/articles/{article.pk}/", f"/claims/{claim.pk}/", "/statements/", "/"):
        page = tab.open(path)
        page.wait_for_timeout(50)
        assert page.evaluate("window.ranScript === undefined"), path
        assert "<script>" in page.locator("main").inner_text()  # shown as text, not run
    assert tab.errors == []
    assert tab.elsewhere == []
