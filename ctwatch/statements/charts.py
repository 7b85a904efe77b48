"""
Chart data, computed in the database. The chart of estimates over time shows one point per claim while
a filter leaves few enough to read (POINT_LIMIT); beyond that it shows one point per subject and month,
with the lowest and highest figure of that month as a bar, aggregated by the database.

Series are per subject: foreign fighters and returnees are never drawn on one axis.

Aggregating a million claims takes a few hundred milliseconds, too long for a page, so chart data is
remembered (`remembered`) until a claim is added or edited: a data version, read from two indexes, is part
of what is cached.
"""

import time
from collections import defaultdict
from collections.abc import Callable
from urllib.parse import urlencode

from django.conf import settings
from django.core.cache import cache
from django.db.models import Avg, Count, Max, Min, Q, QuerySet
from django.db.models.functions import Coalesce, TruncMonth
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.safestring import mark_safe

from ctwatch.statements.models import FigureClaim, Forum, format_partial_date
from ctwatch.statements.templatetags.ctwatch import when

POINT_LIMIT = 500
CACHE_SECONDS = 600
# While claims are being ingested, the version changes every few seconds: an answer this recent is kept.
FRESH_ENOUGH_SECONDS = 60
SUBJECT_LABELS = dict(FigureClaim.Subject.choices)
FORUM_KIND_LABELS = dict(Forum.Kind.choices)
MARKERS = {
    FigureClaim.Qualifier.MORE_THAN: "lower_bound",  # the true figure is above: an arrow up
    FigureClaim.Qualifier.UP_TO: "upper_bound",  # at most this: an arrow down
    FigureClaim.Qualifier.VAGUE: "vague",
    FigureClaim.Qualifier.RANGE: "range",
}
POINT_FIELDS = (
    "id", "subject", "claim_date", "claim_date_precision", "value", "value_max", "qualifier", "figure_text",
    "speaker__name", "source_label", "forum__kind", "forum__name", "article__outlet",
)  # fmt: skip


def estimates_over_time(queryset: QuerySet, *, limit: int = POINT_LIMIT) -> dict:
    """{"mode": "claims" | "months", "total": n, "series": [{"subject", "label", "points": [...]}]}."""
    dated = queryset.filter(claim_date__isnull=False)
    rows = list(dated.order_by("claim_date", "id").values(*POINT_FIELDS)[: limit + 1])
    if len(rows) <= limit:
        points = [claim_point(row) for row in rows]
        return {"mode": "claims", "total": len(points), "series": series_of(points)}
    points = monthly_points(dated)
    return {"mode": "months", "total": sum(p["n"] for p in points), "series": series_of(points)}


def claim_point(row: dict) -> dict:
    value_max = row["value_max"]
    return {
        "id": row["id"],
        "subject": row["subject"],
        "date": row["claim_date"].isoformat(),
        "date_label": when(row["claim_date"], row["claim_date_precision"]),
        "date_iso": format_partial_date(row["claim_date"], row["claim_date_precision"]),
        "value": row["value"],
        "value_max": value_max,
        "marker": "range" if value_max is not None else MARKERS.get(row["qualifier"], "point"),
        "figure": row["figure_text"],
        "source": row["speaker__name"] or row["source_label"] or "Unattributed",
        "outlet": row["article__outlet"],
        "forum": row["forum__name"] or "",
        "forum_kind": row["forum__kind"] or "unknown",
        "forum_kind_label": FORUM_KIND_LABELS.get(row["forum__kind"], "No forum"),
        "url": reverse("statements:claim", args=[row["id"]]),
    }


def monthly_points(dated: QuerySet) -> list[dict]:
    """Per subject and month: how many claims, and their lowest, mean and highest figure.

    Vague figures ("thousands") are counted but left out of the numbers, which they would only drag down.
    """
    precise = ~Q(qualifier=FigureClaim.Qualifier.VAGUE)
    rows = (
        dated.order_by()
        .annotate(month=TruncMonth("claim_date"))
        .values("subject", "month")
        .annotate(
            n=Count("id"),
            low=Min("value", filter=precise),
            mean=Avg("value", filter=precise),
            high=Max(Coalesce("value_max", "value"), filter=precise),
        )
        .order_by("subject", "month")
    )
    points = []
    for row in rows:
        month = row["month"]
        month = month.date() if hasattr(month, "date") else month
        points.append(
            {
                "subject": row["subject"],
                "date": month.isoformat(),
                "date_label": when(month, "month"),
                "date_iso": format_partial_date(month, "month"),
                "n": row["n"],
                "value": row["low"],
                "value_max": row["high"],
                "mean": round(row["mean"]) if row["mean"] is not None else None,
                "marker": "month",
                "year": month.year,
            }
        )
    return points


def series_of(points: list[dict]) -> list[dict]:
    by_subject = defaultdict(list)
    for point in points:
        by_subject[point["subject"]].append(point)
    return [
        {"subject": subject, "label": label, "points": by_subject[subject]}
        for subject, label in SUBJECT_LABELS.items()
        if by_subject[subject]
    ]


def claims_version() -> str:
    """Changes when a claim is added (highest id) or edited (latest `updated`); both read from an index."""
    stamp = FigureClaim.objects.aggregate(last_id=Max("id"), last_change=Max("updated"))
    last_change = stamp["last_change"].isoformat() if stamp["last_change"] else ""
    return f"{stamp['last_id']}/{last_change}"


def remembered(
    key: str, compute: Callable[[], dict], *, version: str | None = None, refresh: bool = False
) -> dict:
    """compute(), cached until the claims change (and for at most CACHE_SECONDS). `refresh` recomputes
    as soon as the claims changed, even when the cached answer is recent: for the warming task."""
    version = version or claims_version()
    hit = cache.get(key)
    fresh_enough = not refresh and hit and time.time() - hit["at"] < FRESH_ENOUGH_SECONDS
    if hit and (hit["version"] == version or fresh_enough):
        return hit["value"]
    value = compute()
    cache.set(key, {"version": version, "at": time.time(), "value": value}, CACHE_SECONDS)
    return value


def chart_cache_key(params) -> str:
    """The same filters give the same key whatever their order; paging parameters are not filters."""
    pairs = params.lists() if hasattr(params, "lists") else ((key, [value]) for key, value in params.items())
    kept = sorted(
        (key, value)
        for key, values in pairs
        for value in values
        if key not in ("after", "page") and value != ""
    )
    # The default set of claims depends on a setting too.
    scope = "checked" if settings.CHART_VERIFIED_ONLY else "public"
    return f"chart:{scope}:" + urlencode(kept)


def chart_data(params, claims, *, refresh: bool = False) -> dict:
    """The chart of these claims; `params` are the filters that chose them, which key the cache."""
    return remembered(chart_cache_key(params), lambda: estimates_over_time(claims), refresh=refresh)


def chart_context(params, claims, *, refresh: bool = False) -> dict:
    """The chart data and its table (hundreds of rows: rendered once and cached with the data)."""
    version = claims_version()
    key = chart_cache_key(params)
    data = remembered(key, lambda: estimates_over_time(claims), version=version, refresh=refresh)
    table = remembered(
        key + "#table",
        lambda: {"html": render_to_string("statements/_chart_table.html", {"chart": data})},
        version=version,
        refresh=refresh,
    )
    # Safe: rendered by an autoescaping template.
    return {"chart": data, "chart_table": mark_safe(table["html"])}


# The charts most visitors open: the claim list without filters, and one per subject (the overview's
# headline is the foreign fighters' one). Narrower filters select few enough claims to be quick anyway.
BUSIEST_CHARTS = (
    {},
    {"subject": FigureClaim.Subject.FOREIGN_FIGHTERS},
    {"subject": FigureClaim.Subject.RETURNEES},
    {"subject": FigureClaim.Subject.FIGHTERS},
)


def warm_busiest_charts() -> int:
    """Compute the busiest charts ahead of visitors after claims change (run by beat every minute), so no
    visitor waits the few hundred milliseconds a million-row aggregate takes. Returns how many."""
    from ctwatch.statements.filters import ClaimFilter  # filters import this module's neighbours

    for params in BUSIEST_CHARTS:
        chart_context(params, ClaimFilter(params, queryset=FigureClaim.objects.all()).qs, refresh=True)
    return len(BUSIEST_CHARTS)
