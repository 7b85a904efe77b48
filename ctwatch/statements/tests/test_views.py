import datetime as dt

import pytest
from django.urls import reverse

from ctwatch.statements.models import FigureClaim, Forum
from ctwatch.statements.tests.factories import (
    ArticleFactory,
    FigureClaimFactory,
    ForumFactory,
    SpeakerFactory,
    StatementFactory,
    claim_in_article,
)

pytestmark = pytest.mark.django_db
MARKUP = '<script>alert("x")</script><img src=x onerror="alert(1)">'


def many_rows(n: int = 6):
    """Rows spread over speakers, forums and articles, so a per-row query would show in the counts."""
    for i in range(n):
        speaker = SpeakerFactory()
        forum = ForumFactory(kind=list(Forum.Kind)[i % len(Forum.Kind)])
        StatementFactory(speaker=speaker, forum=forum, date=dt.date(2015, 1, 1) + dt.timedelta(days=i))
        FigureClaimFactory(
            speaker=speaker, forum=forum, claim_date=dt.date(2016, 1, 1) + dt.timedelta(days=i)
        )
    StatementFactory(date=None)
    FigureClaimFactory(claim_date=None)


def test_it_shows_counts_and_the_latest_items(client, django_assert_max_num_queries):
    for _ in range(3):
        FigureClaimFactory()
    StatementFactory(text="Fighters keep crossing the border every week, the envoy warned.")
    FigureClaimFactory(review_status=FigureClaim.ReviewStatus.REJECTED, figure_text="99,999")
    with django_assert_max_num_queries(14):
        response = client.get(reverse("statements:overview"))
    assert response.status_code == 200
    assert response.context["counts"]["claims"].value == 3
    assert response.context["counts"]["statements"].value == 1
    content = response.content.decode()
    assert "more than 25,000" in content
    assert "Fighters keep crossing the border every week" in content
    assert "99,999" not in content
    assert 'data-chart-src="/claims/chart.json?subject=foreign_fighters"' in content


def test_it_says_when_there_is_nothing_yet(client):
    for name in ("overview", "statements", "claims", "speakers", "forums"):
        response = client.get(reverse(f"statements:{name}"))
        assert response.status_code == 200
        assert 'class="empty"' in response.content.decode(), name


@pytest.mark.parametrize(
    ("name", "limit"),
    [("overview", 14), ("statements", 6), ("claims", 9), ("speakers", 5), ("forums", 5)],
)
def test_it_lists_with_a_bounded_number_of_queries(client, django_assert_max_num_queries, name, limit):
    many_rows()
    with django_assert_max_num_queries(limit):
        response = client.get(reverse(f"statements:{name}"))
    assert response.status_code == 200


def test_it_shows_detail_pages_with_a_bounded_number_of_queries(client, django_assert_max_num_queries):
    many_rows()
    speaker = SpeakerFactory(slug="ban-ki-moon", name="Ban Ki-moon")
    forum = ForumFactory()
    claim = claim_in_article("There are 25,000 fighters in Syria.", "25,000", speaker=speaker, forum=forum)
    for i in range(3):
        StatementFactory(speaker=speaker, forum=forum, article=claim.article, start=i, end=i + 1)
        FigureClaimFactory(
            speaker=speaker, forum=forum, article=claim.article, figure_start=i, figure_end=i + 1
        )
    pages = [
        (reverse("statements:speaker", args=["ban-ki-moon"]), 10),
        (reverse("statements:forum", args=[forum.pk]), 6),
        (reverse("statements:claim", args=[claim.pk]), 2),
        (reverse("statements:article", args=[claim.article_id]), 4),
        (reverse("statements:claims_chart") + "?speaker=ban-ki-moon", 4),
    ]
    for url, limit in pages:
        with django_assert_max_num_queries(limit):
            response = client.get(url)
        assert response.status_code == 200, url


def test_it_answers_404_for_what_does_not_exist(client):
    for url in ("/speakers/nobody/", "/forums/999/", "/claims/999/", "/articles/999/"):
        assert client.get(url).status_code == 404


def test_it_filters_statements_in_the_query_string_and_shows_the_filters(client):
    speaker = SpeakerFactory(slug="ban-ki-moon", name="Ban Ki-moon")
    StatementFactory(speaker=speaker, text="We counted the fighters.", date=dt.date(2015, 2, 1))
    StatementFactory(text="Someone else spoke.", date=dt.date(2015, 2, 1))
    content = client.get("/statements/", {"speaker": "ban-ki-moon", "year": "2015"}).content.decode()
    assert "We counted the fighters." in content
    assert "Someone else spoke." not in content
    assert "Ban Ki-moon" in content and "Remove filter" in content
    assert "/statements/export.csv?speaker=ban-ki-moon&amp;year=2015" in content


def test_it_pages_statements_with_a_cursor(client):
    for i in range(55):
        StatementFactory(date=dt.date(2015, 1, 1) + dt.timedelta(days=i))
    first = client.get("/statements/")
    assert len(first.context["page"].items) == 50
    cursor = str(first.context["page"].next_cursor)
    assert f"after={cursor}" in first.content.decode()
    second = client.get("/statements/", {"after": cursor})
    assert len(second.context["page"].items) == 5
    assert not second.context["page"].has_next
    assert "First page" in second.content.decode()


def test_it_shows_the_claims_chart_data_and_its_table(client):
    FigureClaimFactory(figure_text="More than 25,000", claim_date=dt.date(2015, 5, 29))
    FigureClaimFactory(subject="returnees", value=1500, figure_text="1,500", qualifier="exact")
    response = client.get("/claims/")
    content = response.content.decode()
    assert response.context["chart"]["total"] == 2
    assert "<caption>Foreign fighters</caption>" in content and "<caption>Returnees</caption>" in content
    assert "More than 25,000" in content


def test_it_highlights_the_evidence_on_the_claim_page(client):
    claim = claim_in_article("Between 27,000 and 31,000 fighters went to Syria.", "Between 27,000 and 31,000")
    content = client.get(claim.get_absolute_url()).content.decode()
    assert (
        '<span id="evidence" class="anchor"></span><mark class="hl hl-evidence hl-figure">Between 27,000 and '
        '31,000</mark><mark class="hl hl-evidence"> fighters went to Syria.</mark>'
    ) in content
    assert "Officials met on Friday." in content


def test_it_escapes_text_from_articles_everywhere(client):
    article = ArticleFactory(title=MARKUP, text=f"{MARKUP} There are 300 returnees. {MARKUP}")
    claim = claim_in_article(
        "There are 300 returnees.", "300", article=article, speaker=SpeakerFactory(name=MARKUP)
    )
    StatementFactory(text=MARKUP, article=article)
    for url in ("/", "/statements/", "/claims/", claim.get_absolute_url(), article.get_absolute_url()):
        content = client.get(url).content.decode()
        assert "<script>alert" not in content, url
        assert "<img src=x" not in content, url
        assert "&lt;script&gt;" in content, url


def test_it_links_every_claim_and_statement_in_the_article(client):
    article = ArticleFactory(text="Intro. More than 5,000 fighters left. He said: we will act. End.")
    claim = claim_in_article("More than 5,000 fighters left.", "More than 5,000", article=article)
    statement = StatementFactory(article=article, text="we will act.", start=47, end=59)
    assert article.text[47:59] == "we will act."
    content = client.get(article.get_absolute_url()).content.decode()
    assert f'href="{claim.get_absolute_url()}"' in content
    assert f'id="statement-{statement.pk}"' in content
    assert f'href="#statement-{statement.pk}-entry"' in content


def test_it_shows_speakers_with_their_counts(client):
    speaker = SpeakerFactory(name="Ban Ki-moon", slug="ban-ki-moon")
    FigureClaimFactory(speaker=speaker)
    FigureClaimFactory(speaker=speaker, review_status=FigureClaim.ReviewStatus.REJECTED)
    StatementFactory(speaker=speaker)
    response = client.get("/speakers/", {"q": "ban"})
    assert response.context["rows"] == [(speaker, 1, 1)]
    assert client.get("/speakers/", {"q": "nobody"}).context["rows"] == []


def test_it_lists_forums_by_kind_and_year(client):
    council = ForumFactory(kind=Forum.Kind.SECURITY_COUNCIL, date=dt.date(2015, 5, 29))
    ForumFactory(kind=Forum.Kind.REPORT, date=dt.date(2015, 5, 29))
    ForumFactory(kind=Forum.Kind.SECURITY_COUNCIL, date=dt.date(2016, 5, 29))
    response = client.get("/forums/", {"forum_kind": "security_council", "year": "2015"})
    assert [forum for forum, _, _ in response.context["rows"]] == [council]


def test_it_shows_only_checked_claims_by_default_when_the_setting_says_so(client, settings):
    from ctwatch.statements.models import FigureClaim
    from ctwatch.statements.tests.factories import FigureClaimFactory

    verified = FigureClaimFactory(review_status=FigureClaim.ReviewStatus.VERIFIED)
    waiting = FigureClaimFactory()

    def chart_ids(**params) -> set[int]:
        data = client.get("/claims/chart.json", params).json()
        return {point["id"] for series in data["series"] for point in series["points"]}

    assert chart_ids() == {verified.pk, waiting.pk}
    settings.CHART_VERIFIED_ONLY = True
    assert chart_ids() == {verified.pk}
    listed = client.get("/claims/").content.decode()
    assert f"/claims/{verified.pk}/" in listed and f"/claims/{waiting.pk}/" not in listed
    # A visitor can still ask for the claims awaiting review.
    assert chart_ids(status="machine") == {waiting.pk}
