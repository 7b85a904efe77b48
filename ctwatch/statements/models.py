"""
The data model: articles as fetched, who spoke (speakers), where (forums), what they said
(statements) and the figures they gave (figure claims), each tied to the evidence it came from.
"""

import datetime as dt
import hashlib
import re

from django.conf import settings
from django.contrib.postgres.search import SearchQuery, SearchVector
from django.db import connections, models
from django.db.models import Q
from django.urls import reverse
from simple_history.models import HistoricalRecords

from ctwatch.statements.names import forum_key, person_key


class DatePrecision(models.TextChoices):
    """How much of a date the source states: 'in November 2015' is a month, not the 1st."""

    DAY = "day", "Day"
    MONTH = "month", "Month"
    YEAR = "year", "Year"


def format_partial_date(value, precision: str) -> str:
    """The date as precise as it is known: 2015-11-01 at month precision is '2015-11'."""
    if value is None:
        return ""
    if precision == DatePrecision.YEAR:
        return f"{value.year:04d}"
    if precision == DatePrecision.MONTH:
        return f"{value.year:04d}-{value.month:02d}"
    return value.isoformat()


def content_hash(text: str) -> str:
    """A fingerprint of the text that ignores how whitespace was laid out."""
    squashed = re.sub(r"\s+", " ", text).strip()
    return hashlib.sha256(squashed.encode("utf-8")).hexdigest()


# What the full-text search reads, as written in the GIN indexes of migration 0002: a query uses an index
# only when its expression is exactly the indexed one.
SEARCH_CONFIG = "english"
STATEMENT_SEARCH_VECTOR = SearchVector("text", config=SEARCH_CONFIG)
CLAIM_SEARCH_VECTOR = SearchVector("evidence", config=SEARCH_CONFIG)


def search_queryset(queryset: models.QuerySet, *, field: str, vector: SearchVector, words: str):
    """Rows whose `field` matches the words: full-text on PostgreSQL, a plain substring match elsewhere."""
    words = words.strip()
    if not words:
        return queryset
    if connections[queryset.db].vendor == "postgresql":
        query = SearchQuery(words, config=SEARCH_CONFIG, search_type="websearch")
        return queryset.annotate(search_vector=vector).filter(search_vector=query)
    return queryset.filter(**{f"{field}__icontains": words})


def year_bounds(field: str, year_min: int | None, year_max: int | None) -> Q:
    """Whole calendar years as a date range, so an index on the date column serves it."""
    condition = Q()
    if year_min is not None:
        condition &= Q(**{f"{field}__gte": dt.date(year_min, 1, 1)})
    if year_max is not None:
        condition &= Q(**{f"{field}__lte": dt.date(year_max, 12, 31)})
    return condition


class DatedQuerySet(models.QuerySet):
    """Year filters over the date a list is ordered by (`date_field`), as ranges an index serves."""

    date_field = "date"

    def for_year(self, year: int):
        return self.filter(year_bounds(self.date_field, year, year))

    def between_years(self, year_min: int | None, year_max: int | None):
        return self.filter(year_bounds(self.date_field, year_min, year_max))


class ProvenanceQuerySet(DatedQuerySet):
    # What list rows show of their speaker, forum and article: never the article's (long) text.
    LISTED_RELATED_FIELDS = (
        "speaker__name", "speaker__slug", "speaker__role",
        "forum__name", "forum__kind", "forum__date", "forum__date_precision",
        "article__url", "article__title", "article__outlet",
    )  # fmt: skip
    NOT_LISTED: tuple[str, ...] = ()

    def for_listing(self):
        own = [f.name for f in self.model._meta.concrete_fields if f.name not in self.NOT_LISTED]
        return self.select_related("speaker", "forum", "article").only(*own, *self.LISTED_RELATED_FIELDS)


class TimeStamped(models.Model):
    created = models.DateTimeField(auto_now_add=True)
    updated = models.DateTimeField(auto_now=True)

    class Meta:
        abstract = True


class Article(TimeStamped):
    class Status(models.TextChoices):
        PENDING = "pending", "Pending"
        FETCHED = "fetched", "Fetched"
        EXTRACTED = "extracted", "Extracted"
        DUPLICATE = "duplicate", "Duplicate"
        FAILED = "failed", "Failed"

    class Via(models.TextChoices):
        URL = "url", "URL"
        FEED = "feed", "Feed"
        FILE = "file", "File"
        TEXT = "text", "Pasted text"

    # Canonical URL (tracking parameters and fragment dropped); empty for pasted text and files.
    url = models.URLField("canonical URL", max_length=2000, blank=True, default="")
    title = models.CharField(max_length=500, blank=True, default="")
    outlet = models.CharField(max_length=200, blank=True, default="")
    published = models.DateField(null=True, blank=True)
    language = models.CharField(max_length=16, default="en")
    raw_content = models.TextField("content as fetched", blank=True, default="")
    raw_content_type = models.CharField(max_length=100, blank=True, default="")
    text = models.TextField("cleaned text", blank=True, default="")
    # Null until there is text, so many pending URLs can wait side by side.
    content_hash = models.CharField(max_length=64, unique=True, null=True, blank=True, editable=False)
    status = models.CharField(max_length=16, choices=Status.choices, default=Status.PENDING)
    failure_reason = models.TextField(blank=True, default="")
    ingested_via = models.CharField(max_length=8, choices=Via.choices, default=Via.URL)
    feed = models.ForeignKey(
        "ingest.Feed", null=True, blank=True, on_delete=models.SET_NULL, related_name="articles"
    )
    source_file = models.CharField(max_length=500, blank=True, default="")
    # The same story syndicated with small changes is kept, but only the first one is extracted.
    duplicate_of = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.SET_NULL, related_name="duplicates"
    )
    # SimHash of the cleaned text (signed, as BIGINT holds it) and its four 16-bit bands, each indexed
    # so near-duplicate candidates are found without a scan; see ctwatch.ingest.fingerprint.
    simhash = models.BigIntegerField(null=True, blank=True, editable=False)
    simhash_band0 = models.IntegerField(null=True, blank=True, editable=False, db_index=True)
    simhash_band1 = models.IntegerField(null=True, blank=True, editable=False, db_index=True)
    simhash_band2 = models.IntegerField(null=True, blank=True, editable=False, db_index=True)
    simhash_band3 = models.IntegerField(null=True, blank=True, editable=False, db_index=True)
    extractor_version = models.CharField(max_length=32, blank=True, default="")
    fetched_at = models.DateTimeField(null=True, blank=True)
    extracted_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-published", "-id"]
        constraints = [
            models.UniqueConstraint(fields=["url"], condition=~Q(url=""), name="article_unique_url"),
        ]
        indexes = [
            models.Index(fields=["status", "updated"], name="article_status_idx"),
            models.Index(fields=["published"], name="article_published_idx"),
        ]

    def __str__(self) -> str:
        return self.title or self.url or f"Article {self.pk}"

    def get_absolute_url(self) -> str:
        return reverse("statements:article", args=[self.pk])


class SpeakerQuerySet(models.QuerySet):
    def matching(self, name: str) -> "SpeakerQuerySet":
        """Speakers known by this name in any spelling, or, for a bare surname, the only one with it."""
        key = person_key(name)
        if not key:
            return self.none()
        exact = self.filter(Q(name_key=key) | Q(aliases__name_key=key)).distinct()
        if " " in key or exact.exists():
            return exact
        # "Mr. Ban" names a surname only: it identifies a person when exactly one has that name part.
        by_part = self.filter(
            Q(name_key__startswith=f"{key} ")
            | Q(name_key__endswith=f" {key}")
            | Q(name_key__contains=f" {key} ")
        )
        return by_part if by_part.count() == 1 else self.none()

    def search(self, words: str) -> "SpeakerQuerySet":
        words = words.strip()
        if not words:
            return self
        return self.filter(
            Q(name__icontains=words) | Q(role__icontains=words) | Q(affiliation__icontains=words)
        )


class Speaker(TimeStamped):
    name = models.CharField("display name", max_length=200)
    name_key = models.CharField(max_length=200, unique=True, editable=False)
    slug = models.SlugField(max_length=220, unique=True)
    role = models.CharField("role or title", max_length=300, blank=True, default="")
    affiliation = models.CharField(max_length=300, blank=True, default="")
    country = models.CharField(max_length=100, blank=True, default="")
    # Organizations speak too ("the UN Monitoring Team said"): they are speakers that are not people.
    is_person = models.BooleanField(default=True)

    objects = SpeakerQuerySet.as_manager()
    history = HistoricalRecords()

    class Meta:
        ordering = ["name"]
        permissions = [("merge_speaker", "Can merge duplicate speakers")]

    def __str__(self) -> str:
        return self.name

    def save(self, *args, **kwargs) -> None:
        # The key is derived data: it must follow the name whoever edits it.
        self.name_key = person_key(self.name)
        super().save(*args, **kwargs)

    def get_absolute_url(self) -> str:
        return reverse("statements:speaker", args=[self.slug])


class SpeakerAlias(models.Model):
    """Another name a speaker appeared under ("Mr. Ban" for Ban Ki-moon)."""

    speaker = models.ForeignKey(Speaker, on_delete=models.CASCADE, related_name="aliases")
    name = models.CharField(max_length=200)
    name_key = models.CharField(max_length=200, unique=True, editable=False)

    class Meta:
        verbose_name_plural = "speaker aliases"

    def __str__(self) -> str:
        return self.name

    def save(self, *args, **kwargs) -> None:
        self.name_key = person_key(self.name)
        super().save(*args, **kwargs)


class Forum(TimeStamped):
    class Kind(models.TextChoices):
        SECURITY_COUNCIL = "security_council", "UN Security Council"
        UN_CONFERENCE = "un_conference", "UN conference or meeting"
        COALITION_MEETING = "coalition_meeting", "Global Coalition meeting"
        PRESS_BRIEFING = "press_briefing", "Press briefing"
        INTERVIEW = "interview", "Interview"
        REPORT = "report", "Report"
        OTHER = "other", "Other"

    kind = models.CharField(max_length=32, choices=Kind.choices, default=Kind.OTHER)
    name = models.CharField(max_length=300)
    name_key = models.CharField(max_length=300, editable=False)
    date = models.DateField(null=True, blank=True)
    date_precision = models.CharField(max_length=8, choices=DatePrecision.choices, default=DatePrecision.DAY)
    place = models.CharField(max_length=200, blank=True, default="")

    objects = DatedQuerySet.as_manager()
    history = HistoricalRecords()

    class Meta:
        ordering = ["-date", "name"]
        permissions = [("merge_forum", "Can merge duplicate forums")]
        constraints = [
            # Two constraints because NULL dates never collide in a plain unique index.
            models.UniqueConstraint(
                fields=["kind", "name_key", "date"],
                condition=Q(date__isnull=False),
                name="forum_unique_dated",
            ),
            models.UniqueConstraint(
                fields=["kind", "name_key"], condition=Q(date__isnull=True), name="forum_unique_undated"
            ),
        ]
        indexes = [models.Index(fields=["kind", "date"], name="forum_kind_date_idx")]

    def __str__(self) -> str:
        when = format_partial_date(self.date, self.date_precision)
        return f"{self.name} ({when})" if when else self.name

    def save(self, *args, **kwargs) -> None:
        self.name_key = forum_key(self.name)
        super().save(*args, **kwargs)

    def get_absolute_url(self) -> str:
        return reverse("statements:forum", args=[self.pk])


class Provenance(models.Model):
    """What every extracted row shares: where it came from and which rule of which extractor found it."""

    article = models.ForeignKey(Article, on_delete=models.CASCADE)
    # No single-column indexes: the (speaker, date) and (forum, date) indexes of each model serve these
    # look-ups too, and every index is one more write for each row ingested.
    speaker = models.ForeignKey(Speaker, null=True, blank=True, on_delete=models.SET_NULL, db_index=False)
    forum = models.ForeignKey(Forum, null=True, blank=True, on_delete=models.SET_NULL, db_index=False)
    rule = models.CharField("extraction rule", max_length=100, blank=True, default="")
    extractor_version = models.CharField(max_length=32, blank=True, default="")
    created = models.DateTimeField(auto_now_add=True)
    updated = models.DateTimeField(auto_now=True)

    class Meta:
        abstract = True


class StatementQuerySet(ProvenanceQuerySet):
    def public(self) -> "StatementQuerySet":
        """What the public pages show: statements a curator has not marked irrelevant."""
        return self.filter(is_relevant=True)

    def search(self, words: str) -> "StatementQuerySet":
        return search_queryset(self, field="text", vector=STATEMENT_SEARCH_VECTOR, words=words)


class Statement(Provenance):
    class Kind(models.TextChoices):
        DIRECT = "direct", "Direct quote"
        REPORTED = "reported", "Reported speech"
        # A speaker's own words in a transcript: verbatim, though no one put them in quotation marks
        TRANSCRIPT = "transcript", "Transcript"

    speaker_role = models.CharField("role spoken in", max_length=300, blank=True, default="")
    kind = models.CharField(max_length=16, choices=Kind.choices, default=Kind.DIRECT)
    text = models.TextField()
    date = models.DateField(null=True, blank=True)
    date_precision = models.CharField(max_length=8, choices=DatePrecision.choices, default=DatePrecision.DAY)
    # Character span of `text` in the article's cleaned text.
    start = models.PositiveIntegerField()
    end = models.PositiveIntegerField()
    # Set when a person has edited the statement: re-extraction then leaves it as it is.
    is_curated = models.BooleanField(default=False)
    is_relevant = models.BooleanField(default=True)

    objects = StatementQuerySet.as_manager()
    history = HistoricalRecords()

    class Meta:
        ordering = ["-date", "-id"]
        default_related_name = "statements"
        constraints = [
            models.UniqueConstraint(fields=["article", "start", "end", "kind"], name="statement_unique_span"),
            models.CheckConstraint(condition=Q(end__gte=models.F("start")), name="statement_span_ordered"),
        ]
        indexes = [
            models.Index(fields=["date", "id"], name="statement_date_idx"),
            models.Index(fields=["speaker", "date"], name="statement_speaker_date_idx"),
            models.Index(fields=["forum", "date"], name="statement_forum_date_idx"),
            # Full-text search has a GIN index on PostgreSQL (statement_search_idx), made by migration 0002
            # outside the model state: SQLite has no such index, and rebuilds its tables from the state.
        ]

    def __str__(self) -> str:
        return self.text[:80]

    def get_absolute_url(self) -> str:
        return f"{self.article.get_absolute_url()}#statement-{self.pk}"


VAGUE_WORDS = {
    12: "dozens",
    100: "hundreds",
    1000: "thousands",
    10000: "tens of thousands",
    100000: "hundreds of thousands",
}


class FigureClaimQuerySet(ProvenanceQuerySet):
    date_field = "claim_date"
    NOT_LISTED = ("machine_values",)

    def public(self) -> "FigureClaimQuerySet":
        """What the public pages and charts show unless asked otherwise: everything a curator has not
        rejected, or, with the CHART_VERIFIED_ONLY setting, only what a person has checked."""
        if settings.CHART_VERIFIED_ONLY:
            return self.reviewed()
        return self.exclude(review_status=FigureClaim.ReviewStatus.REJECTED)

    def reviewed(self) -> "FigureClaimQuerySet":
        """Claims a person has checked: verified as found, or corrected."""
        return self.filter(
            review_status__in=[FigureClaim.ReviewStatus.VERIFIED, FigureClaim.ReviewStatus.CORRECTED]
        )

    def in_location(self, country: str) -> "FigureClaimQuerySet":
        """Claims about fighters in this country (`location` is a JSON list of country names)."""
        if connections[self.db].vendor == "postgresql":
            # jsonb containment, served by the GIN index of migration 0002.
            return self.filter(location__contains=[country])
        # SQLite has no JSON containment: match the quoted name inside the stored JSON text, which
        # Django writes with json.dumps, so '"Iraq"' cannot match "Iraqi Kurdistan".
        return self.filter(location__icontains=f'"{country}"')

    def search(self, words: str) -> "FigureClaimQuerySet":
        return search_queryset(self, field="evidence", vector=CLAIM_SEARCH_VECTOR, words=words)


class FigureClaim(Provenance):
    class Subject(models.TextChoices):
        FOREIGN_FIGHTERS = "foreign_fighters", "Foreign fighters"
        RETURNEES = "returnees", "Returnees"
        FIGHTERS = "fighters", "Fighters (total strength)"
        OTHER = "other", "Other"

    class Qualifier(models.TextChoices):
        EXACT = "exact", "exactly"
        ABOUT = "about", "about"
        MORE_THAN = "more_than", "more than"
        UP_TO = "up_to", "up to"
        NEARLY = "nearly", "nearly"
        RANGE = "range", "between"
        VAGUE = "vague", "vaguely"

    class ReviewStatus(models.TextChoices):
        MACHINE = "machine", "Machine-extracted"
        VERIFIED = "verified", "Verified"
        CORRECTED = "corrected", "Corrected"
        REJECTED = "rejected", "Rejected"

    # The fields a curator may correct; the machine's values for them are kept in `machine_values`.
    CURATED_FIELDS = (
        "subject", "value", "value_max", "qualifier", "origin", "origin_countries", "location", "group",
        "source_label", "speaker_id", "forum_id", "claim_date", "claim_date_precision",
    )  # fmt: skip

    statement = models.ForeignKey(Statement, null=True, blank=True, on_delete=models.SET_NULL)
    # Who asserts the figure when it is an organization rather than a person ("United Nations").
    source_label = models.CharField("source", max_length=200, blank=True, default="")
    subject = models.CharField(max_length=32, choices=Subject.choices, default=Subject.FOREIGN_FIGHTERS)
    value = models.PositiveBigIntegerField()
    value_max = models.PositiveBigIntegerField(null=True, blank=True)
    qualifier = models.CharField(max_length=16, choices=Qualifier.choices, default=Qualifier.EXACT)
    origin = models.CharField(max_length=100, blank=True, default="")
    origin_countries = models.PositiveIntegerField("number of countries of origin", null=True, blank=True)
    location = models.JSONField("countries where they are or went", default=list, blank=True)
    group = models.CharField(max_length=200, blank=True, default="")
    claim_date = models.DateField(null=True, blank=True)
    claim_date_precision = models.CharField(
        max_length=8, choices=DatePrecision.choices, default=DatePrecision.DAY
    )
    figure_text = models.CharField("figure as written", max_length=200)
    figure_start = models.PositiveIntegerField()
    figure_end = models.PositiveIntegerField()
    evidence = models.TextField("evidence sentence")
    evidence_start = models.PositiveIntegerField()
    evidence_end = models.PositiveIntegerField()

    review_status = models.CharField(
        max_length=16, choices=ReviewStatus.choices, default=ReviewStatus.MACHINE
    )
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+",
        db_index=False,  # only ever read from a claim, never searched by
    )  # fmt: skip
    reviewed_at = models.DateTimeField(null=True, blank=True)
    review_note = models.TextField(blank=True, default="")
    machine_values = models.JSONField(
        "machine's original values", null=True, blank=True, help_text="Kept when a person corrects the claim."
    )

    objects = FigureClaimQuerySet.as_manager()
    history = HistoricalRecords()

    class Meta:
        ordering = ["-claim_date", "-id"]
        default_related_name = "claims"
        constraints = [
            models.UniqueConstraint(
                fields=["article", "figure_start", "figure_end", "subject"], name="claim_unique_figure"
            ),
            models.CheckConstraint(
                condition=Q(value_max__isnull=True) | Q(value_max__gte=models.F("value")),
                name="claim_range_ordered",
            ),
        ]
        indexes = [
            models.Index(fields=["claim_date", "id"], name="claim_date_idx"),
            models.Index(fields=["subject", "claim_date"], name="claim_subject_date_idx"),
            models.Index(fields=["review_status", "claim_date"], name="claim_review_date_idx"),
            # The review queue: claims awaiting review, oldest first.
            models.Index(fields=["review_status", "created", "id"], name="claim_review_queue_idx"),
            models.Index(fields=["speaker", "claim_date"], name="claim_speaker_date_idx"),
            models.Index(fields=["forum", "claim_date"], name="claim_forum_date_idx"),
            # The latest edit, for the version that keys cached chart data (see charts.claims_version).
            models.Index(fields=["updated"], name="claim_updated_idx"),
            # Evidence search and location containment have GIN indexes on PostgreSQL (claim_search_idx,
            # claim_location_idx), made by migration 0002 outside the model state, as for statements.
        ]

    def __str__(self) -> str:
        return f"{self.figure_text} {self.get_subject_display().lower()}"

    def get_absolute_url(self) -> str:
        return reverse("statements:claim", args=[self.pk])

    @property
    def is_curated(self) -> bool:
        """A person has decided on this claim: machines must leave it alone."""
        return self.review_status != self.ReviewStatus.MACHINE

    def figure_in_words(self) -> str:
        """'between 27,000 and 31,000', 'more than 25,000', 'thousands': the figure as a reader says it."""
        if self.qualifier == self.Qualifier.VAGUE:
            return VAGUE_WORDS.get(self.value, f"some {self.value:,}")
        if self.value_max is not None:
            return f"between {self.value:,} and {self.value_max:,}"
        if self.qualifier == self.Qualifier.EXACT:
            return f"{self.value:,}"
        return f"{self.get_qualifier_display()} {self.value:,}"

    @property
    def source(self) -> str:
        return self.speaker.name if self.speaker_id else self.source_label

    def curated_values(self) -> dict:
        """The correctable fields as plain JSON values, e.g. to keep the machine's originals."""
        values = {}
        for field in self.CURATED_FIELDS:
            value = getattr(self, field)
            values[field] = value.isoformat() if hasattr(value, "isoformat") else value
        return values
