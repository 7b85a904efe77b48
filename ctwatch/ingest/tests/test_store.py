import datetime as dt

import pytest

from ctwatch.ingest.store import find_or_create_speaker, store_article_text
from ctwatch.statements.models import Article, Speaker, SpeakerAlias
from ctwatch.statements.tests.factories import SpeakerFactory

pytestmark = pytest.mark.django_db

TEXT = "More than 25,000 foreign terrorist fighters have travelled from over 100 countries, officials said."


def test_it_stores_an_article_from_text():
    article, created = store_article_text(
        text=TEXT,
        title=" Figures ",
        url="https://News.Example.org/a?utm_source=x#top",
        published=dt.date(2015, 5, 29),
    )
    assert created
    article.refresh_from_db()
    assert article.url == "https://news.example.org/a"
    assert article.title == "Figures"
    assert article.published == dt.date(2015, 5, 29)
    assert article.text == TEXT
    assert article.status == Article.Status.FETCHED
    assert len(article.content_hash) == 64


def test_it_returns_the_stored_article_for_the_same_url():
    first, _ = store_article_text(text=TEXT, url="https://news.example.org/a")
    again, created = store_article_text(text=TEXT + " Updated.", url="https://news.example.org/a?fbclid=1#x")
    assert not created and again.pk == first.pk
    assert Article.objects.count() == 1


def test_it_returns_the_stored_article_for_the_same_text_under_another_url():
    first, _ = store_article_text(text=TEXT, url="https://news.example.org/a")
    again, created = store_article_text(text=f"  {TEXT}\r\n", url="https://mirror.example.net/b")
    assert not created and again.pk == first.pk
    assert Article.objects.count() == 1


def test_it_keeps_different_texts_without_url_apart():
    store_article_text(text=TEXT)
    store_article_text(text=TEXT.replace("25,000", "30,000"))
    assert Article.objects.count() == 2


@pytest.mark.parametrize("text", ["", "   \n\t ", "\x00"])
def test_it_refuses_an_empty_text(text):
    with pytest.raises(ValueError, match="no text"):
        store_article_text(text=text)
    assert Article.objects.count() == 0


def test_it_refuses_a_url_that_is_not_http():
    with pytest.raises(ValueError, match="http"):
        store_article_text(text=TEXT, url="file:///etc/passwd")


def test_it_drops_nul_bytes_that_postgresql_refuses():
    article, _ = store_article_text(text="Fighters\x00 arrived.")
    assert "\x00" not in article.text and "\x00" not in article.raw_content


def test_it_matches_a_speaker_in_another_spelling():
    ban = SpeakerFactory(name="Ban Ki-moon", slug="ban-ki-moon")
    for spelling in ("BAN KI-MOON", "Secretary-General Ban Ki-moon", "Mr. Ban", "Ban Ki moon"):
        speaker, created = find_or_create_speaker(name=spelling)
        assert (speaker.pk, created) == (ban.pk, False), spelling
    assert Speaker.objects.count() == 1
    assert set(ban.aliases.values_list("name", flat=True)) == {"Mr. Ban"}


def test_it_matches_accented_names():
    stock = SpeakerFactory(name="Jürgen Stock", slug="jurgen-stock")
    assert find_or_create_speaker(name="Jurgen Stock")[0].pk == stock.pk


def test_it_does_not_guess_between_two_people_with_the_same_surname():
    SpeakerFactory(name="John Smith", slug="john-smith")
    SpeakerFactory(name="Jane Smith", slug="jane-smith")
    speaker, created = find_or_create_speaker(name="Mr. Smith")
    assert created and speaker.name == "Mr. Smith"
    assert Speaker.objects.count() == 3


def test_it_finds_a_speaker_by_an_alias_seen_before():
    ban = SpeakerFactory(name="Ban Ki-moon", slug="ban-ki-moon")
    SpeakerAlias.objects.create(speaker=ban, name="UN chief Ban")
    assert find_or_create_speaker(name="UN chief Ban")[0].pk == ban.pk


def test_it_creates_a_new_speaker_with_a_unique_slug():
    SpeakerFactory(name="Other Person", slug="nicholas-rasmussen")
    speaker, created = find_or_create_speaker(name="Nicholas Rasmussen", role="Director, NCTC")
    assert created
    assert speaker.slug == "nicholas-rasmussen-2"
    assert speaker.role == "Director, NCTC"


def test_it_fills_in_a_missing_role_but_keeps_one_a_person_entered():
    ban = SpeakerFactory(name="Ban Ki-moon", slug="ban-ki-moon", role="", affiliation="United Nations")
    find_or_create_speaker(name="Ban Ki-moon", role="Secretary-General", affiliation="UN")
    ban.refresh_from_db()
    assert ban.role == "Secretary-General"
    assert ban.affiliation == "United Nations"
