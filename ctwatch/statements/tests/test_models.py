import datetime as dt

import pytest
from django.db import IntegrityError, transaction

from ctwatch.statements.models import Article, FigureClaim, Forum, Speaker, content_hash, format_partial_date
from ctwatch.statements.tests.factories import (
    ArticleFactory,
    FigureClaimFactory,
    ForumFactory,
    SpeakerFactory,
    StatementFactory,
)

pytestmark = pytest.mark.django_db


def test_it_refuses_a_second_article_with_the_same_url():
    ArticleFactory(url="https://news.example.org/a")
    with pytest.raises(IntegrityError), transaction.atomic():
        ArticleFactory(url="https://news.example.org/a")


def test_it_refuses_a_second_article_with_the_same_text():
    ArticleFactory(text="Same words.", content_hash=content_hash("Same words."))
    with pytest.raises(IntegrityError), transaction.atomic():
        ArticleFactory(text="Same words.", content_hash=content_hash("Same words."))


def test_it_allows_many_articles_without_url_or_text_yet():
    ArticleFactory(url="", text="One.", content_hash=content_hash("One."))
    ArticleFactory(url="", text="Two.", content_hash=content_hash("Two."))
    Article.objects.create(url="https://news.example.org/pending-1")
    Article.objects.create(url="https://news.example.org/pending-2")
    assert Article.objects.filter(url="").count() == 2
    assert Article.objects.filter(content_hash__isnull=True).count() == 2


def test_it_hashes_text_regardless_of_whitespace_layout():
    assert content_hash("More than\n25,000  fighters ") == content_hash("More than 25,000 fighters")
    assert content_hash("25,000 fighters") != content_hash("26,000 fighters")


def test_it_starts_articles_pending():
    assert Article.objects.create(url="https://news.example.org/x").status == Article.Status.PENDING


def test_it_keys_forums_on_kind_normalized_name_and_date():
    ForumFactory(kind=Forum.Kind.SECURITY_COUNCIL, name="Security Council meeting", date=dt.date(2015, 5, 29))
    with pytest.raises(IntegrityError), transaction.atomic():
        ForumFactory(
            kind=Forum.Kind.SECURITY_COUNCIL, name="The security council meeting.", date=dt.date(2015, 5, 29)
        )
    # Another day or another kind is another forum.
    ForumFactory(kind=Forum.Kind.SECURITY_COUNCIL, name="Security Council meeting", date=dt.date(2015, 9, 24))
    ForumFactory(kind=Forum.Kind.OTHER, name="Security Council meeting", date=dt.date(2015, 5, 29))


def test_it_keys_undated_forums_too():
    ForumFactory(kind=Forum.Kind.REPORT, name="Annual threat assessment", date=None)
    with pytest.raises(IntegrityError), transaction.atomic():
        ForumFactory(kind=Forum.Kind.REPORT, name="annual threat assessment", date=None)


def test_it_refuses_the_same_statement_span_twice():
    statement = StatementFactory()
    with pytest.raises(IntegrityError), transaction.atomic():
        StatementFactory(article=statement.article, start=statement.start, end=statement.end)


def test_it_refuses_the_same_figure_twice_in_an_article():
    claim = FigureClaimFactory()
    with pytest.raises(IntegrityError), transaction.atomic():
        FigureClaimFactory(
            article=claim.article, figure_start=claim.figure_start, figure_end=claim.figure_end
        )


def test_it_refuses_a_range_that_ends_below_its_start():
    with pytest.raises(IntegrityError), transaction.atomic():
        FigureClaimFactory(value=31000, value_max=27000, qualifier=FigureClaim.Qualifier.RANGE)


def test_it_starts_claims_as_machine_extracted_and_uncurated():
    claim = FigureClaimFactory()
    assert claim.review_status == FigureClaim.ReviewStatus.MACHINE
    assert not claim.is_curated
    assert claim.reviewed_by is None and claim.reviewed_at is None and claim.machine_values is None


def test_it_keeps_the_machine_values_beside_a_correction(django_user_model):
    claim = FigureClaimFactory(value=25000, qualifier=FigureClaim.Qualifier.MORE_THAN)
    curator = django_user_model.objects.create_user("curator")
    claim.machine_values = claim.curated_values()
    claim.value, claim.value_max, claim.qualifier = 27000, 31000, FigureClaim.Qualifier.RANGE
    claim.review_status = FigureClaim.ReviewStatus.CORRECTED
    claim.reviewed_by = curator
    claim.reviewed_at = dt.datetime(2016, 1, 1, tzinfo=dt.UTC)
    claim.save()

    claim.refresh_from_db()
    assert claim.is_curated
    assert (claim.value, claim.value_max) == (27000, 31000)
    assert claim.machine_values["value"] == 25000
    assert claim.machine_values["qualifier"] == "more_than"
    assert claim.machine_values["claim_date"] == "2015-05-29"
    assert claim.history.count() == 2


@pytest.mark.parametrize(
    ("value", "value_max", "qualifier", "words"),
    [
        (25000, None, "more_than", "more than 25,000"),
        (27000, 31000, "range", "between 27,000 and 31,000"),
        (5000, None, "up_to", "up to 5,000"),
        (1000, None, "vague", "thousands"),
        (10000, None, "vague", "tens of thousands"),
        (15000, None, "exact", "15,000"),
    ],
)
def test_it_says_a_figure_in_words(value, value_max, qualifier, words):
    claim = FigureClaim(value=value, value_max=value_max, qualifier=qualifier)
    assert claim.figure_in_words() == words


def test_it_names_the_source_as_the_speaker_or_the_organization():
    assert FigureClaimFactory(speaker=SpeakerFactory(name="Ban Ki-moon")).source == "Ban Ki-moon"
    assert FigureClaimFactory(speaker=None, source_label="United Nations").source == "United Nations"


def test_it_formats_dates_as_precisely_as_known():
    day = dt.date(2015, 11, 1)
    assert format_partial_date(day, "day") == "2015-11-01"
    assert format_partial_date(day, "month") == "2015-11"
    assert format_partial_date(day, "year") == "2015"
    assert format_partial_date(None, "day") == ""


def test_it_follows_the_speaker_name_with_its_key():
    speaker = SpeakerFactory(name="Jürgen Stock")
    assert speaker.name_key == "jurgen stock"
    speaker.name = "Juergen Stock"
    speaker.save()
    assert Speaker.objects.get(pk=speaker.pk).name_key == "juergen stock"


def test_it_has_the_search_and_location_indexes_on_postgresql():
    from django.db import connection

    if connection.vendor != "postgresql":
        pytest.skip("GIN indexes exist on PostgreSQL only")
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT indexname FROM pg_indexes WHERE indexname LIKE %s OR indexname = %s",
            ["%_search_idx", "claim_location_idx"],
        )
        names = {row[0] for row in cursor.fetchall()}
    assert names == {"statement_search_idx", "claim_search_idx", "claim_location_idx"}
