"""Writes to the database. Every function here is safe to run twice: natural keys decide."""

import datetime as dt

from django.db import IntegrityError, transaction
from django.utils.text import slugify

from ctwatch.ingest.urls import canonical_url
from ctwatch.statements.models import Article, Speaker, SpeakerAlias, content_hash
from ctwatch.statements.names import person_key


def normalize_text(text: str) -> str:
    """Unix line ends, no trailing spaces, no NUL bytes (PostgreSQL refuses them in text)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\x00", "")
    return "\n".join(line.rstrip() for line in text.split("\n")).strip()


def find_duplicate_article(*, url: str, text_hash: str | None) -> Article | None:
    match = None
    if url:
        match = Article.objects.filter(url=url).first()
    if match is None and text_hash:
        match = Article.objects.filter(content_hash=text_hash).first()
    return match


def store_article_text(
    *,
    text: str,
    title: str = "",
    url: str = "",
    published: dt.date | None = None,
    outlet: str = "",
    language: str = "en",
    content_type: str = "text/plain",
) -> tuple[Article, bool]:
    """Store an article from its text; an article with the same URL or the same text is returned instead.

    Returns (article, created). Raises ValueError for empty text or a URL that is not http(s).
    """
    cleaned = normalize_text(text)
    if not cleaned:
        raise ValueError("the article has no text")
    url = canonical_url(url) if url else ""
    text_hash = content_hash(cleaned)
    existing = find_duplicate_article(url=url, text_hash=text_hash)
    if existing:
        return existing, False
    try:
        with transaction.atomic():
            article = Article.objects.create(
                url=url,
                title=title.strip()[:500],
                outlet=outlet.strip()[:200],
                published=published,
                language=language,
                raw_content=text.replace("\x00", ""),
                raw_content_type=content_type,
                text=cleaned,
                content_hash=text_hash,
                status=Article.Status.FETCHED,
            )
    except IntegrityError:
        # Another worker stored the same URL or text between our look-up and our insert.
        existing = find_duplicate_article(url=url, text_hash=text_hash)
        if existing is None:
            raise
        return existing, False
    return article, True


def unique_speaker_slug(name: str) -> str:
    base = slugify(name)[:200] or "speaker"
    slug, n = base, 1
    while Speaker.objects.filter(slug=slug).exists():
        n += 1
        slug = f"{base}-{n}"
    return slug


def find_or_create_speaker(
    *, name: str, role: str = "", affiliation: str = "", country: str = ""
) -> tuple[Speaker, bool]:
    """The one speaker known by this name in any spelling, or a new one; the name is kept as an alias.

    Fills in role, affiliation and country only where they are still empty: what a person entered stays.
    """
    matches = list(Speaker.objects.matching(name)[:2])
    if len(matches) == 1:
        speaker, created = matches[0], False
        missing = {
            field: value
            for field, value in (("role", role), ("affiliation", affiliation), ("country", country))
            if value and not getattr(speaker, field)
        }
        if missing:
            Speaker.objects.filter(pk=speaker.pk).update(**missing)
            for field, value in missing.items():
                setattr(speaker, field, value)
    else:
        speaker, created = (
            Speaker(name=name.strip(), role=role, affiliation=affiliation, country=country),
            True,
        )
        try:
            with transaction.atomic():
                speaker.slug = unique_speaker_slug(speaker.name)
                speaker.save()
        except IntegrityError:
            # Someone created the same person meanwhile: the unique name key says it is them.
            speaker, created = Speaker.objects.get(name_key=person_key(name)), False
    alias_key = person_key(name)
    if alias_key != speaker.name_key:
        SpeakerAlias.objects.get_or_create(
            name_key=alias_key, defaults={"speaker": speaker, "name": name.strip()}
        )
    return speaker, created
