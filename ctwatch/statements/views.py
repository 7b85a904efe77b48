"""
The public pages. Views stay thin: filters live in filters.py, queries in the models' QuerySets, paging in
pagination.py, chart data in charts.py and exports in exports.py.
"""

from urllib.parse import urlencode

from django.core.cache import cache
from django.core.paginator import Paginator
from django.db.models import Count
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.views.decorators.http import require_safe

from ctwatch.statements import exports
from ctwatch.statements.charts import chart_context, chart_data, remembered
from ctwatch.statements.filters import (
    ClaimFilter,
    ForumListFilter,
    SpeakerListFilter,
    StatementFilter,
    filtered,
)
from ctwatch.statements.highlight import Span, highlight_spans, locate
from ctwatch.statements.models import Article, FigureClaim, Forum, Speaker, Statement
from ctwatch.statements.pagination import Cursor, capped_count, keyset_page, page_url

OVERVIEW_COUNT_CAP = 100_000
# Counting to 100,000 four times takes tens of milliseconds: the overview's counts may be a minute old.
COUNTS_SECONDS = 60
DETAIL_LIST_SIZE = 20


@require_safe
def overview(request: HttpRequest) -> HttpResponse:
    claims = FigureClaim.objects.public()
    top = remembered("overview:top-speakers", lambda: {"rows": top_speakers(claims)})["rows"]
    speakers = Speaker.objects.in_bulk([row["speaker"] for row in top])
    ranked = [(speakers[row["speaker"]], row["n_claims"]) for row in top if row["speaker"] in speakers]
    headline = claims.filter(subject=FigureClaim.Subject.FOREIGN_FIGHTERS)
    context = {
        "counts": cache.get_or_set("overview:counts", lambda: overview_counts(claims), COUNTS_SECONDS),
        "latest_statements": Statement.objects.public().for_listing().order_by("-date", "-id")[:8],
        "latest_claims": claims.for_listing().order_by("-claim_date", "-id")[:10],
        "top_speakers": ranked,
        **chart_context({"subject": FigureClaim.Subject.FOREIGN_FIGHTERS}, headline),
        "chart_src": chart_src({"subject": FigureClaim.Subject.FOREIGN_FIGHTERS}),
        "chart_list_url": reverse("statements:claims") + "?subject=foreign_fighters",
    }
    return render(request, "statements/overview.html", context)


def overview_counts(claims) -> dict:
    return {
        "statements": capped_count(Statement.objects.public(), OVERVIEW_COUNT_CAP),
        "claims": capped_count(claims, OVERVIEW_COUNT_CAP),
        "speakers": capped_count(Speaker.objects.all(), OVERVIEW_COUNT_CAP),
        "forums": capped_count(Forum.objects.all(), OVERVIEW_COUNT_CAP),
    }


def top_speakers(claims) -> list[dict]:
    rows = claims.exclude(speaker=None).values("speaker").annotate(n_claims=Count("id"))
    return list(rows.order_by("-n_claims", "speaker")[:8])


@require_safe
def statement_list(request: HttpRequest) -> HttpResponse:
    filterset = StatementFilter(request.GET, queryset=Statement.objects.public().for_listing())
    statements = filtered(filterset)
    context = list_context(request, filterset, statements, date_field="date")
    context["export_csv"] = reverse("statements:statements_csv") + query_string(request)
    return render(request, "statements/statement_list.html", context)


@require_safe
def statement_export_csv(request: HttpRequest) -> HttpResponse:
    statements = filtered(StatementFilter(request.GET, queryset=Statement.objects.public()))
    statements = statements.order_by("-date", "-id")
    return exports.csv_response(statements, exports.STATEMENT_COLUMNS, "ctwatch-statements.csv")


@require_safe
def claim_list(request: HttpRequest) -> HttpResponse:
    filterset = ClaimFilter(request.GET, queryset=FigureClaim.objects.for_listing())
    claims = filtered(filterset)
    context = list_context(request, filterset, claims, date_field="claim_date")
    query = query_string(request)
    context.update(
        **chart_context(request.GET, claims),
        chart_src=reverse("statements:claims_chart") + query,
        chart_list_url=reverse("statements:claims") + query,
        export_csv=reverse("statements:claims_csv") + query,
        export_json=reverse("statements:claims_json") + query,
        verified_only_url=page_url(request.GET, status="reviewed", after=None),
        showing_verified_only=request.GET.get("status") == "reviewed",
    )
    return render(request, "statements/claim_list.html", context)


@require_safe
def claim_chart_json(request: HttpRequest) -> JsonResponse:
    filterset = ClaimFilter(request.GET, queryset=FigureClaim.objects.all())
    if not filterset.form.is_valid():
        return JsonResponse({"errors": filterset.form.errors}, status=400)
    data = dict(chart_data(request.GET, filterset.qs))
    data["list_url"] = reverse("statements:claims") + query_string(request)
    return JsonResponse(data)


def exported_claims(request: HttpRequest):
    """The claims of the list's filters, newest first: what both exports write."""
    claims = filtered(ClaimFilter(request.GET, queryset=FigureClaim.objects.all()))
    return claims.order_by("-claim_date", "-id")


@require_safe
def claim_export_csv(request: HttpRequest) -> HttpResponse:
    return exports.csv_response(exported_claims(request), exports.CLAIM_COLUMNS, "ctwatch-claims.csv")


@require_safe
def claim_export_json(request: HttpRequest) -> HttpResponse:
    return exports.json_response(exported_claims(request), exports.CLAIM_COLUMNS, "ctwatch-claims.json")


@require_safe
def claim_detail(request: HttpRequest, pk: int) -> HttpResponse:
    claim = get_object_or_404(
        FigureClaim.objects.select_related("speaker", "forum", "article", "statement"), pk=pk
    )
    text = claim.article.text
    spans = []
    evidence = locate(text, claim.evidence_start, claim.evidence_end, claim.evidence)
    if evidence:
        spans.append(Span(*evidence, kind="evidence", anchor="evidence"))
        figure = locate(text, claim.figure_start, claim.figure_end, claim.figure_text)
        if figure and evidence[0] <= figure[0] and figure[1] <= evidence[1]:
            spans.append(Span(*figure, kind="figure"))
    context = {
        "claim": claim,
        "article_html": highlight_spans(text, spans) if text else "",
        "evidence_found": evidence is not None,
    }
    return render(request, "statements/claim_detail.html", context)


@require_safe
def article_detail(request: HttpRequest, pk: int) -> HttpResponse:
    article = get_object_or_404(Article.objects.select_related("duplicate_of"), pk=pk)
    claims = list(article.claims.public().select_related("speaker").order_by("evidence_start", "id"))
    statements = list(article.statements.public().select_related("speaker").order_by("start", "id"))
    spans = []
    for statement in statements:
        where = locate(article.text, statement.start, statement.end, statement.text)
        if where:
            spans.append(
                Span(*where, kind="statement", href=f"#statement-{statement.pk}-entry",
                     anchor=f"statement-{statement.pk}", title="A statement: see the list below")
            )  # fmt: skip
    for claim in claims:
        where = locate(article.text, claim.evidence_start, claim.evidence_end, claim.evidence)
        if where:
            spans.append(
                Span(*where, kind="claim", href=claim.get_absolute_url(), anchor=f"claim-{claim.pk}",
                     title=f"Figure claim: {claim.figure_in_words()} {claim.get_subject_display().lower()}")
            )  # fmt: skip
    context = {
        "article": article,
        "article_html": highlight_spans(article.text, spans),
        "claims": claims,
        "statements": statements,
    }
    return render(request, "statements/article_detail.html", context)


@require_safe
def speaker_list(request: HttpRequest) -> HttpResponse:
    filterset = SpeakerListFilter(request.GET, queryset=Speaker.objects.order_by("name", "id"))
    paginator = Paginator(filtered(filterset), 50)
    page = paginator.get_page(request.GET.get("page"))
    speakers = list(page.object_list)
    ids = [speaker.id for speaker in speakers]
    n_statements = counts_by(Statement.objects.public().filter(speaker__in=ids), "speaker")
    n_claims = counts_by(FigureClaim.objects.public().filter(speaker__in=ids), "speaker")
    rows = [(speaker, n_statements.get(speaker.id, 0), n_claims.get(speaker.id, 0)) for speaker in speakers]
    context = {
        "filterset": filterset,
        "page": page,
        "rows": rows,
        "chips": filter_chips(request, filterset),
        "previous_url": page_url(request.GET, page=page.number - 1) if page.has_previous() else "",
        "next_url": page_url(request.GET, page=page.number + 1) if page.has_next() else "",
    }
    return render(request, "statements/speaker_list.html", context)


@require_safe
def speaker_detail(request: HttpRequest, slug: str) -> HttpResponse:
    speaker = get_object_or_404(Speaker.objects.prefetch_related("aliases"), slug=slug)
    statements = Statement.objects.public().filter(speaker=speaker)
    claims = FigureClaim.objects.public().filter(speaker=speaker)
    context = {
        "speaker": speaker,
        "statements": statements.for_listing().order_by("-date", "-id")[:DETAIL_LIST_SIZE],
        "claims": claims.for_listing().order_by("-claim_date", "-id")[:DETAIL_LIST_SIZE],
        "n_statements": capped_count(statements),
        "n_claims": capped_count(claims),
        **chart_context({"speaker": speaker.slug}, claims),
        "chart_src": chart_src({"speaker": speaker.slug}),
        "chart_list_url": f"{reverse('statements:claims')}?speaker={speaker.slug}",
        "statements_url": f"{reverse('statements:statements')}?speaker={speaker.slug}",
        "claims_url": f"{reverse('statements:claims')}?speaker={speaker.slug}",
    }
    return render(request, "statements/speaker_detail.html", context)


@require_safe
def forum_list(request: HttpRequest) -> HttpResponse:
    filterset = ForumListFilter(request.GET, queryset=Forum.objects.all())
    context = list_context(request, filterset, filtered(filterset), date_field="date")
    ids = [forum.id for forum in context["page"].items]
    n_statements = counts_by(Statement.objects.public().filter(forum__in=ids), "forum")
    n_claims = counts_by(FigureClaim.objects.public().filter(forum__in=ids), "forum")
    context["rows"] = [
        (forum, n_statements.get(forum.id, 0), n_claims.get(forum.id, 0)) for forum in context["page"].items
    ]
    return render(request, "statements/forum_list.html", context)


@require_safe
def forum_detail(request: HttpRequest, pk: int) -> HttpResponse:
    forum = get_object_or_404(Forum, pk=pk)
    statements = Statement.objects.public().filter(forum=forum)
    claims = FigureClaim.objects.public().filter(forum=forum)
    context = {
        "forum": forum,
        "statements": statements.for_listing().order_by("-date", "-id")[:DETAIL_LIST_SIZE],
        "claims": claims.for_listing().order_by("-claim_date", "-id")[:DETAIL_LIST_SIZE],
        "n_statements": capped_count(statements),
        "n_claims": capped_count(claims),
        "statements_url": f"{reverse('statements:statements')}?forum={forum.pk}",
        "claims_url": f"{reverse('statements:claims')}?forum={forum.pk}",
    }
    return render(request, "statements/forum_detail.html", context)


def list_context(request: HttpRequest, filterset, queryset, *, date_field: str) -> dict:
    """What every keyset-paged, filtered list shows: the page, a capped count, the filters in force."""
    after = Cursor.parse(request.GET.get("after"))
    page = keyset_page(queryset, date_field=date_field, after=after)
    return {
        "filterset": filterset,
        "page": page,
        "count": capped_count(queryset),
        "chips": filter_chips(request, filterset),
        "next_url": page_url(request.GET, after=page.next_cursor) if page.has_next else "",
        "first_url": page_url(request.GET, after=None) if not page.is_first else "",
    }


def filter_chips(request: HttpRequest, filterset) -> list[dict]:
    """The filters in force, each in words with a link that removes it."""
    form = filterset.form
    if not filterset.is_bound or not form.is_valid():
        return []
    chips = []
    for name, value in form.cleaned_data.items():
        if value in (None, "", [], ()):
            continue
        field = form.fields[name]
        if hasattr(field, "choices") and not hasattr(field, "queryset"):
            value = dict(field.choices).get(value, value)
        remove_url = page_url(request.GET, **{name: None, "after": None, "page": None})
        chips.append({"label": field.label, "value": str(value), "remove_url": remove_url})
    return chips


def counts_by(queryset, field: str) -> dict[int, int]:
    rows = queryset.order_by().values(field).annotate(n=Count("id")).values_list(field, "n")
    return dict(rows)


def query_string(request: HttpRequest) -> str:
    """The filters of this request as a query string, without the page position."""
    params = request.GET.copy()
    params.pop("after", None)
    params.pop("page", None)
    encoded = params.urlencode()
    return f"?{encoded}" if encoded else ""


def chart_src(params: dict) -> str:
    return f"{reverse('statements:claims_chart')}?{urlencode(params)}"
