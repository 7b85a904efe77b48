import datetime as dt

import factory

from ctwatch.statements.models import Article, FigureClaim, Forum, Speaker, Statement, content_hash


class ArticleFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Article

    title = factory.Sequence(lambda n: f"Officials give new foreign fighter figures ({n})")
    url = factory.Sequence(lambda n: f"https://news.example.org/story/{n}")
    outlet = "Example News"
    published = dt.date(2015, 5, 29)
    text = factory.Sequence(
        lambda n: (
            f"Story {n}. More than 25,000 foreign terrorist fighters from over 100 countries, the "
            "official said on Friday."
        )
    )
    raw_content = factory.SelfAttribute("text")
    content_hash = factory.LazyAttribute(lambda article: content_hash(article.text))
    status = Article.Status.EXTRACTED


class SpeakerFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Speaker

    name = factory.Sequence(lambda n: f"Alex Example{n}")
    slug = factory.Sequence(lambda n: f"alex-example{n}")
    role = "Special Envoy"
    affiliation = "United Nations"


class ForumFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Forum

    kind = Forum.Kind.SECURITY_COUNCIL
    name = factory.Sequence(lambda n: f"Security Council meeting {n}")
    date = dt.date(2015, 5, 29)


class StatementFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Statement

    article = factory.SubFactory(ArticleFactory)
    speaker = factory.SubFactory(SpeakerFactory)
    forum = factory.SubFactory(ForumFactory)
    kind = Statement.Kind.DIRECT
    text = "The flow of fighters has slowed but not stopped."
    date = dt.date(2015, 5, 29)
    start = 0
    end = factory.LazyAttribute(lambda statement: len(statement.text))


class FigureClaimFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = FigureClaim

    article = factory.SubFactory(ArticleFactory)
    speaker = factory.SubFactory(SpeakerFactory)
    forum = factory.SubFactory(ForumFactory)
    subject = FigureClaim.Subject.FOREIGN_FIGHTERS
    value = 25000
    qualifier = FigureClaim.Qualifier.MORE_THAN
    origin_countries = 100
    location = factory.LazyFunction(lambda: ["Syria", "Iraq"])
    group = "ISIS"
    claim_date = dt.date(2015, 5, 29)
    figure_text = "More than 25,000"
    figure_start = 0
    figure_end = 16
    evidence = "More than 25,000 foreign terrorist fighters from over 100 countries."
    evidence_start = 0
    evidence_end = 68


def claim_in_article(sentence: str, figure: str, *, article: Article | None = None, **fields) -> FigureClaim:
    """A claim whose evidence `sentence` (holding `figure`) sits at its recorded span in the article text."""
    if article is None:
        article = ArticleFactory(text=f"Officials met on Friday. {sentence} The meeting ended at noon.")
    start = article.text.index(sentence)
    figure_start = article.text.index(figure, start)
    return FigureClaimFactory(
        article=article,
        evidence=sentence,
        evidence_start=start,
        evidence_end=start + len(sentence),
        figure_text=figure,
        figure_start=figure_start,
        figure_end=figure_start + len(figure),
        **fields,
    )
