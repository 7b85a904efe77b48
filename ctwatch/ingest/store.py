"""Writes to the database. Every function here is safe to run twice: natural keys decide, and rows a
person has curated are never changed or deleted."""

import datetime as dt

from django.db import IntegrityError, transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.text import slugify
from simple_history.utils import bulk_create_with_history

from ctwatch.extraction.types import Extraction
from ctwatch.ingest import fingerprint
from ctwatch.ingest.clean import clean_content
from ctwatch.ingest.urls import canonical_url
from ctwatch.statements.models import (
    Article,
    DatePrecision,
    FigureClaim,
    Forum,
    Speaker,
    SpeakerAlias,
    Statement,
    content_hash,
)
from ctwatch.statements.names import forum_key, person_key

PRECISION_BY_LENGTH = {10: DatePrecision.DAY, 7: DatePrecision.MONTH, 4: DatePrecision.YEAR}


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
    """Store an article from its text or HTML; an article with the same URL or the same cleaned text is
    returned instead.

    Returns (article, created). Raises ValueError for empty text or a URL that is not http(s).
    """
    cleaned = clean_content(raw=text, content_type=content_type, title=title)
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
    *, name: str, role: str = "", affiliation: str = "", country: str = "", is_person: bool = True
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


def parse_partial_date(value: str | None) -> tuple[dt.date | None, str]:
    """'2015-05-29', '2015-05' or '2015' as a date and its precision; (None, day) for anything else."""
    precision = PRECISION_BY_LENGTH.get(len(value or ""))
    if precision is None:
        return None, DatePrecision.DAY
    padded = {
        DatePrecision.DAY: value,
        DatePrecision.MONTH: f"{value}-01",
        DatePrecision.YEAR: f"{value}-01-01",
    }
    try:
        return dt.date.fromisoformat(padded[precision]), precision
    except ValueError:
        return None, DatePrecision.DAY


def find_or_create_forum(*, kind: str, name: str, date: str | None = None, place: str = "") -> Forum:
    day, precision = parse_partial_date(date)
    lookup = {"kind": kind, "name_key": forum_key(name), "date": day}
    forum = Forum.objects.filter(**lookup).first()
    if forum:
        return forum
    try:
        with transaction.atomic():
            return Forum.objects.create(
                kind=kind, name=name[:300], date=day, date_precision=precision, place=place
            )
    except IntegrityError:
        # Another worker created the same forum meanwhile.
        return Forum.objects.get(**lookup)


def mark_duplicate(*, article: Article, original: Article) -> None:
    Article.objects.filter(pk=article.pk).update(
        status=Article.Status.DUPLICATE, duplicate_of=original, failure_reason="", updated=timezone.now()
    )
    article.status, article.duplicate_of = Article.Status.DUPLICATE, original


def find_near_duplicate(*, text: str, simhash: int, exclude_pk: int | None = None) -> Article | None:
    """An extracted article telling the same story with small changes, found through the SimHash bands."""
    bands = fingerprint.bands(simhash)
    candidates = Article.objects.filter(
        Q(simhash_band0=bands[0])
        | Q(simhash_band1=bands[1])
        | Q(simhash_band2=bands[2])
        | Q(simhash_band3=bands[3]),
        status=Article.Status.EXTRACTED,
    ).exclude(pk=exclude_pk)
    # Compare fingerprints first (integers, cheap); only the few close ones have their texts compared.
    close = [
        pk
        for pk, other in candidates.values_list("pk", "simhash")[:500]
        if fingerprint.distance(simhash, other) <= fingerprint.NEAR_DUPLICATE_BITS
    ]
    for candidate in Article.objects.filter(pk__in=close).order_by("pk").only("pk", "text"):
        if fingerprint.resemblance(text, candidate.text) >= fingerprint.MIN_RESEMBLANCE:
            return candidate
    return None


def _speaker_rows(extraction: Extraction) -> dict[str, Speaker]:
    """The article's speakers as rows, by every name the extraction uses for them."""
    rows: dict[str, Speaker] = {}
    for found in extraction.speakers:
        speaker, _ = find_or_create_speaker(
            name=found.name,
            role=found.role or "",
            affiliation=found.affiliation or "",
            is_person=found.is_person,
        )
        rows[found.name] = speaker
    return rows


def _forum_near(forums: list[tuple[int, Forum]], position: int) -> Forum | None:
    """The forum an item was said at: the only one, else the last one named before it."""
    if len(forums) == 1:
        return forums[0][1]
    before = [forum for start, forum in forums if start <= position]
    return before[-1] if before else None


def _speaker_for(name: str | None, rows: dict[str, Speaker]) -> Speaker | None:
    if not name:
        return None
    if name in rows:
        return rows[name]
    speaker, _ = find_or_create_speaker(name=name)
    rows[name] = speaker
    return speaker


def store_extraction(*, article: Article, extraction: Extraction, simhash: int | None = None) -> None:
    """Store what the extractor found in the article, in one transaction.

    Machine rows of an earlier run are replaced. Claims a person verified, corrected or rejected, and
    statements a person edited (or that such claims cite), stay exactly as they are; a new finding
    at the same place as one of them is dropped in favour of the person's version.
    """
    text = extraction.text
    if simhash is None:
        simhash = fingerprint.simhash(text)
    bands = fingerprint.bands(simhash)
    article_day = article.published
    if article_day is None and extraction.article_date:
        article_day, _ = parse_partial_date(extraction.article_date)
    with transaction.atomic():
        curated_claims: list[FigureClaim] = []
        kept_statement_ids: set[int] = set()
        # An article extracted before may hold rows of that run; a first extraction has none to look at.
        if article.extracted_at is not None or article.status == Article.Status.EXTRACTED:
            curated_claims = list(article.claims.exclude(review_status=FigureClaim.ReviewStatus.MACHINE))
            kept_statement_ids = set(article.statements.filter(is_curated=True).values_list("pk", flat=True))
            kept_statement_ids |= {claim.statement_id for claim in curated_claims if claim.statement_id}
            article.claims.filter(review_status=FigureClaim.ReviewStatus.MACHINE).delete()
            article.statements.exclude(pk__in=kept_statement_ids).delete()

        speakers = _speaker_rows(extraction)
        forums = [
            (found.evidence.start, find_or_create_forum(kind=found.kind, name=found.name, date=found.date))
            for found in extraction.forums
        ]
        kept_statements = {
            (s.start, s.end, s.kind): s for s in Statement.objects.filter(pk__in=kept_statement_ids)
        }
        statements: list[Statement] = []
        for found in extraction.statements:
            key = (found.evidence.start, found.evidence.end, found.kind)
            if key in kept_statements:
                statements.append(kept_statements[key])
                continue
            speaker = _speaker_for(found.speaker, speakers)
            statements.append(
                Statement(
                    article=article,
                    speaker=speaker,
                    speaker_role=(speaker.role if speaker else "")[:300],
                    forum=_forum_near(forums, found.evidence.start),
                    kind=found.kind,
                    text=found.quote,
                    date=article_day,
                    start=found.evidence.start,
                    end=found.evidence.end,
                    rule=(found.speaker_rule or found.evidence.rule)[:100],
                    extractor_version=extraction.extractor_version,
                )
            )
        new_statements = [s for s in statements if s.pk is None]
        bulk_create_with_history(new_statements, Statement)

        curated_keys = {(c.figure_start, c.figure_end, c.subject) for c in curated_claims}
        claims = []
        for found in extraction.claims:
            figure_start, figure_end = found.figure_span
            if (figure_start, figure_end, found.subject) in curated_keys:
                continue
            claim_day, precision = parse_partial_date(found.date)
            speaker = _speaker_for(found.source, speakers)
            claims.append(
                FigureClaim(
                    article=article,
                    statement=next(
                        (s for s in statements if s.start <= figure_start and figure_end <= s.end), None
                    ),
                    speaker=speaker,
                    forum=_forum_near(forums, figure_start),
                    source_label=(found.source or "")[:200],
                    subject=found.subject,
                    value=found.value,
                    value_max=found.value_max,
                    qualifier=found.qualifier,
                    origin=(found.origin or "")[:100],
                    origin_countries=found.origin_countries,
                    location=list(found.location),
                    group=(found.group or "")[:200],
                    claim_date=claim_day,
                    claim_date_precision=precision,
                    figure_text=found.figure[:200],
                    figure_start=figure_start,
                    figure_end=figure_end,
                    evidence=text[found.evidence.start : found.evidence.end],
                    evidence_start=found.evidence.start,
                    evidence_end=found.evidence.end,
                    rule=found.evidence.rule[:100],
                    extractor_version=extraction.extractor_version,
                )
            )
        bulk_create_with_history(claims, FigureClaim)

        Article.objects.filter(pk=article.pk).update(
            text=text,
            content_hash=content_hash(text),
            published=article.published or article_day,
            simhash=fingerprint.to_signed(simhash),
            simhash_band0=bands[0],
            simhash_band1=bands[1],
            simhash_band2=bands[2],
            simhash_band3=bands[3],
            status=Article.Status.EXTRACTED,
            failure_reason="",
            extractor_version=extraction.extractor_version,
            extracted_at=timezone.now(),
            updated=timezone.now(),
        )
