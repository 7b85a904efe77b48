"""The admin: where curators review what the machine extracted: verify, correct, reject, revert, merge.

The claim list opens as the review queue (claims nobody has reviewed yet, oldest first), with the evidence
sentence and the figure in it highlighted. Every change goes through ctwatch.statements.curation, which
records who and when and keeps the machine's values; django-simple-history keeps every version, with a
diff and a revert on each row's history page.
"""

import datetime as dt

from django import forms
from django.contrib import admin, messages
from django.core.paginator import Paginator
from django.db.models import Q, QuerySet
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.html import format_html, format_html_join
from simple_history.admin import SimpleHistoryAdmin

from ctwatch.statements import curation
from ctwatch.statements.models import FigureClaim, Forum, Speaker, SpeakerAlias, Statement

Status = FigureClaim.ReviewStatus
# Counting every row of a million-row table on each page costs more than the page; past this, "many".
COUNT_CAP = 10_000


class CappedCountPaginator(Paginator):
    """Counts at most COUNT_CAP + 1 rows, so a page of a huge list stays fast."""

    @cached_property
    def count(self) -> int:
        # No ordering: counting needs no sort, and sorting a million rows is what made this slow.
        return len(self.object_list.order_by().values_list("pk", flat=True)[: COUNT_CAP + 1])


class InputFilter(admin.SimpleListFilter):
    """A list filter typed into a box, for fields with too many values to list (speakers, outlets)."""

    template = "admin/input_filter.html"

    def lookups(self, request, model_admin):
        return ((),)  # a filter needs at least one choice to be shown

    def choices(self, changelist):
        yield {
            "query_string": changelist.get_query_string(remove=[self.parameter_name]),
            "parameter_name": self.parameter_name,
            "value": self.value() or "",
            "other_params": [
                (key, value)
                for key, values in changelist.get_filters_params().items()
                if key != self.parameter_name
                for value in (values if isinstance(values, list) else [values])
            ],
        }


class SpeakerInputFilter(InputFilter):
    title = "speaker (name)"
    parameter_name = "speaker_name"

    def queryset(self, request, queryset):
        value = (self.value() or "").strip()
        if not value:
            return queryset
        # Speakers first (thousands of rows), then their claims through the (speaker, date) index: joining
        # a million claims to a substring match made the planner scan the queue.
        speakers = Speaker.objects.filter(Q(name__icontains=value) | Q(aliases__name__icontains=value))
        return queryset.filter(speaker_id__in=list(speakers.values_list("pk", flat=True).distinct()[:1000]))


class OutletInputFilter(InputFilter):
    title = "outlet"
    parameter_name = "outlet"

    def queryset(self, request, queryset):
        value = (self.value() or "").strip()
        return queryset.filter(article__outlet__icontains=value) if value else queryset


class ReviewStatusFilter(admin.SimpleListFilter):
    """Opens on the claims awaiting review: the list is the curators' queue."""

    title = "review status"
    parameter_name = "review"

    def lookups(self, request, model_admin):
        return [
            ("machine", "Awaiting review"),
            *[(status, label) for status, label in Status.choices if status != "machine"],
            ("all", "All"),
        ]

    def value(self):
        return super().value() or "machine"

    def choices(self, changelist):
        for value, label in self.lookup_choices:
            yield {
                "selected": self.value() == value,
                "query_string": changelist.get_query_string({self.parameter_name: value}),
                "display": label,
            }

    def queryset(self, request, queryset):
        value = self.value()
        return queryset if value == "all" else queryset.filter(review_status=value)


class YearFilter(admin.SimpleListFilter):
    title = "year of the claim"
    parameter_name = "year"

    def lookups(self, request, model_admin):
        return [(str(year), str(year)) for year in range(timezone.now().year, 2009, -1)]

    def queryset(self, request, queryset):
        if not (self.value() or "").isdigit():
            return queryset
        year = int(self.value())
        return queryset.filter(claim_date__gte=dt.date(year, 1, 1), claim_date__lte=dt.date(year, 12, 31))


class RejectForm(forms.Form):
    reason = forms.CharField(
        widget=forms.Textarea(attrs={"rows": 3, "autofocus": True}),
        help_text="Why these claims are wrong: kept with each claim and shown in its history.",
    )


class ClaimForm(forms.ModelForm):
    location = forms.CharField(
        required=False, help_text="Countries, separated by commas (e.g. Syria, Iraq).", label="Location"
    )

    class Meta:
        model = FigureClaim
        fields = [
            "subject", "value", "value_max", "qualifier", "origin", "origin_countries", "location", "group",
            "source_label", "speaker", "forum", "claim_date", "claim_date_precision", "review_note",
        ]  # fmt: skip

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.initial["location"] = ", ".join(self.instance.location or [])

    def clean_location(self) -> list[str]:
        return [part.strip() for part in self.cleaned_data["location"].split(",") if part.strip()]


@admin.register(FigureClaim)
class FigureClaimAdmin(SimpleHistoryAdmin):
    form = ClaimForm
    change_form_template = "admin/statements/figureclaim/change_form.html"
    list_display = [
        "figure", "subject", "evidence_with_figure", "source_name", "forum_kind", "claim_date",
        "review_status", "article_link",
    ]  # fmt: skip
    list_display_links = ["figure"]
    list_filter = [
        ReviewStatusFilter, "subject", "qualifier", "forum__kind", YearFilter, SpeakerInputFilter,
        OutletInputFilter,
    ]  # fmt: skip
    search_fields = ["figure_text", "evidence", "source_label", "speaker__name", "group", "origin"]
    autocomplete_fields = ["speaker", "forum"]
    ordering = ["created", "id"]
    sortable_by = ["figure", "subject", "claim_date", "review_status"]
    paginator = CappedCountPaginator
    list_per_page = 50
    show_full_result_count = False
    actions = ["verify", "reject", "revert"]
    readonly_fields = [
        "evidence_with_figure", "article_link", "statement_link", "machine_values_table", "review_status",
        "reviewed_by", "reviewed_at", "rule", "extractor_version",
    ]  # fmt: skip
    fieldsets = [
        ("Evidence", {"fields": ["evidence_with_figure", "article_link", "statement_link"]}),
        ("The figure", {"fields": [("value", "value_max"), "qualifier", "subject"]}),
        ("Who and what is counted", {"fields": ["origin", "origin_countries", "location", "group"]}),
        ("Who said it, where and when", {
            "fields": ["speaker", "source_label", "forum", ("claim_date", "claim_date_precision")],
        }),
        ("Review", {
            "fields": ["review_status", "review_note", "reviewed_by", "reviewed_at", "machine_values_table"],
        }),
        ("Provenance", {"fields": ["rule", "extractor_version"], "classes": ["collapse"]}),
    ]  # fmt: skip

    def get_queryset(self, request: HttpRequest) -> QuerySet[FigureClaim]:
        # The article's text is long and not needed on the list: only its outlet and id are.
        return (
            super()
            .get_queryset(request)
            .select_related("speaker", "forum", "article")
            .defer("article__text", "article__raw_content")
        )

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False  # claims come from articles, through extraction

    @admin.display(description="figure", ordering="value")
    def figure(self, claim: FigureClaim) -> str:
        return claim.figure_in_words()

    @admin.display(description="evidence")
    def evidence_with_figure(self, claim: FigureClaim) -> str:
        start = max(0, claim.figure_start - claim.evidence_start)
        end = max(start, claim.figure_end - claim.evidence_start)
        text = claim.evidence
        return format_html("{}<mark>{}</mark>{}", text[:start], text[start:end], text[end:])

    @admin.display(description="source")
    def source_name(self, claim: FigureClaim) -> str:
        return claim.source or "–"

    @admin.display(description="forum kind", ordering="forum__kind")
    def forum_kind(self, claim: FigureClaim) -> str:
        return claim.forum.get_kind_display() if claim.forum else "–"

    @admin.display(description="article")
    def article_link(self, claim: FigureClaim) -> str:
        label = claim.article.outlet or f"article {claim.article_id}"
        url = f"{claim.article.get_absolute_url()}#claim-{claim.pk}"
        return format_html('<a href="{}" target="_blank" rel="noopener">{}</a>', url, label)

    @admin.display(description="statement")
    def statement_link(self, claim: FigureClaim) -> str:
        return claim.statement.text[:200] if claim.statement_id else "–"

    @admin.display(description="machine's original values")
    def machine_values_table(self, claim: FigureClaim) -> str:
        if not claim.machine_values:
            return "–"
        now = claim.curated_values()
        rows = format_html_join(
            "",
            "<tr><th>{}</th><td>{}</td><td>{}</td></tr>",
            (
                (field, value, now.get(field))
                for field, value in claim.machine_values.items()
                if value != now.get(field)
            ),
        )
        return format_html(
            '<table class="machine-values"><tr><th>field</th><th>machine</th><th>now</th></tr>{}</table>',
            rows,
        )

    def save_model(self, request: HttpRequest, claim: FigureClaim, form, change: bool) -> None:
        """A saved edit is a correction; the Verify and Reject buttons are decisions on the claim as it is.

        The form has already written its values onto `claim`; the curation functions get the row as it is
        in the database, so a correction keeps the values from before it.
        """
        stored = FigureClaim.objects.get(pk=claim.pk)
        changes = {field: form.cleaned_data[field] for field in form.changed_data if field != "review_note"}
        note = form.cleaned_data.get("review_note", "")
        if "_reject" in request.POST:
            curation.reject_claim(claim=stored, reviewer=request.user, reason=note)
        elif changes:
            curation.correct_claim(claim=stored, reviewer=request.user, changes=changes, note=note)
        elif "_verify" in request.POST:
            curation.verify_claim(claim=stored, reviewer=request.user, note=note)
        else:
            stored.review_note = note
            stored.save(update_fields=["review_note", "updated"])
        claim.refresh_from_db()

    def get_form(self, request, obj=None, change=False, **kwargs):
        form = super().get_form(request, obj, change, **kwargs)
        if "_reject" in request.POST:
            # A rejection needs its reason.
            form.base_fields["review_note"].required = True
        return form

    @admin.action(description="Verify the selected claims", permissions=["change"])
    def verify(self, request: HttpRequest, claims: QuerySet[FigureClaim]) -> None:
        for claim in claims:
            curation.verify_claim(claim=claim, reviewer=request.user)
        self.message_user(request, f"{len(claims)} claims verified.", messages.SUCCESS)

    @admin.action(description="Reject the selected claims…", permissions=["change"])
    def reject(self, request: HttpRequest, claims: QuerySet[FigureClaim]) -> HttpResponse | None:
        form = RejectForm(request.POST if "reason" in request.POST else None)
        if form.is_bound and form.is_valid():
            for claim in claims:
                curation.reject_claim(claim=claim, reviewer=request.user, reason=form.cleaned_data["reason"])
            self.message_user(request, f"{len(claims)} claims rejected.", messages.SUCCESS)
            return None
        context = {
            **self.admin_site.each_context(request),
            "title": "Reject claims",
            "form": form,
            "claims": claims,
            "opts": self.model._meta,
            "action_checkbox_name": admin.helpers.ACTION_CHECKBOX_NAME,
        }
        return TemplateResponse(request, "admin/statements/figureclaim/reject.html", context)

    @admin.action(description="Revert the selected claims to the machine's values", permissions=["change"])
    def revert(self, request: HttpRequest, claims: QuerySet[FigureClaim]) -> None:
        curated = [claim for claim in claims if claim.is_curated]
        for claim in curated:
            curation.revert_claim(claim=claim, reviewer=request.user)
        self.message_user(request, f"{len(curated)} claims back in the review queue.", messages.SUCCESS)

    def response_change(self, request: HttpRequest, claim: FigureClaim) -> HttpResponse:
        if "_verify" in request.POST or "_reject" in request.POST:
            # On to the next claim awaiting review, as a curator works through the queue.
            following = (
                FigureClaim.objects.filter(review_status=Status.MACHINE).order_by("created", "id").first()
            )
            self.message_user(request, f"{claim} is now {claim.get_review_status_display().lower()}.")
            if following:
                return HttpResponseRedirect(f"../../{following.pk}/change/")
            return HttpResponseRedirect("../../")
        return super().response_change(request, claim)


class SpeakerAliasInline(admin.TabularInline):
    model = SpeakerAlias
    extra = 0
    fields = ["name"]


class MergeForm(forms.Form):
    keep = forms.ModelChoiceField(queryset=None, widget=forms.RadioSelect, empty_label=None)

    def __init__(self, *args, choices: QuerySet, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["keep"].queryset = choices
        self.fields["keep"].label = "Keep this one; the others are merged into it"


class MergeActionMixin:
    """An action that merges the selected rows into one the curator picks."""

    merge_function = None
    merge_permission = ""

    def has_merge_permission(self, request: HttpRequest) -> bool:
        return request.user.has_perm(f"statements.{self.merge_permission}")

    @admin.action(description="Merge the selected duplicates…", permissions=["merge"])
    def merge(self, request: HttpRequest, rows: QuerySet) -> HttpResponse | None:
        if rows.count() < 2:
            self.message_user(request, "Select at least two to merge.", messages.WARNING)
            return None
        form = MergeForm(request.POST if "keep" in request.POST else None, choices=rows)
        if form.is_bound and form.is_valid():
            keep = form.cleaned_data["keep"]
            type(self).merge_function(keep=keep, duplicates=rows.exclude(pk=keep.pk))
            self.message_user(request, f"Merged {rows.count() - 1} into {keep}.", messages.SUCCESS)
            return None
        context = {
            **self.admin_site.each_context(request),
            "title": f"Merge {self.model._meta.verbose_name_plural}",
            "form": form,
            "rows": rows,
            "opts": self.model._meta,
            "action_checkbox_name": admin.helpers.ACTION_CHECKBOX_NAME,
        }
        return TemplateResponse(request, "admin/statements/merge.html", context)


@admin.register(Speaker)
class SpeakerAdmin(MergeActionMixin, SimpleHistoryAdmin):
    list_display = ["name", "role", "affiliation", "country", "is_person"]
    list_filter = ["is_person", "country"]
    search_fields = ["name", "aliases__name", "role", "affiliation"]
    prepopulated_fields = {"slug": ["name"]}
    inlines = [SpeakerAliasInline]
    actions = ["merge"]
    merge_function = curation.merge_speakers
    merge_permission = "merge_speaker"
    show_full_result_count = False


@admin.register(SpeakerAlias)
class SpeakerAliasAdmin(admin.ModelAdmin):
    list_display = ["name", "speaker"]
    list_filter = ["speaker__is_person"]
    list_select_related = ["speaker"]
    search_fields = ["name", "speaker__name"]
    autocomplete_fields = ["speaker"]


@admin.register(Forum)
class ForumAdmin(MergeActionMixin, SimpleHistoryAdmin):
    list_display = ["name", "kind", "date", "place"]
    list_filter = ["kind", "date"]
    search_fields = ["name", "place"]
    date_hierarchy = "date"
    actions = ["merge"]
    merge_function = curation.merge_forums
    merge_permission = "merge_forum"
    show_full_result_count = False


@admin.register(Statement)
class StatementAdmin(SimpleHistoryAdmin):
    list_display = ["short_text", "speaker", "kind", "forum", "date", "is_relevant", "is_curated"]
    list_filter = ["is_relevant", "is_curated", "kind", "forum__kind", "date"]
    list_select_related = ["speaker", "forum"]
    search_fields = ["text", "speaker__name"]
    autocomplete_fields = ["speaker", "forum"]
    fields = ["text", "kind", "speaker", "speaker_role", "forum", "date", "is_relevant", "article_link"]
    readonly_fields = ["text", "kind", "speaker_role", "date", "is_relevant", "article_link"]
    paginator = CappedCountPaginator
    show_full_result_count = False
    actions = ["mark_not_relevant"]

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    @admin.display(description="text")
    def short_text(self, statement: Statement) -> str:
        return statement.text[:100]

    @admin.display(description="article")
    def article_link(self, statement: Statement) -> str:
        return format_html('<a href="{}">{}</a>', statement.article.get_absolute_url(), statement.article)

    def save_model(self, request: HttpRequest, statement: Statement, form, change: bool) -> None:
        curation.attribute_statement(
            statement=statement,
            curator=request.user,
            speaker=form.cleaned_data["speaker"],
            forum=form.cleaned_data["forum"],
        )

    @admin.action(description="Mark the selected statements as not relevant", permissions=["change"])
    def mark_not_relevant(self, request: HttpRequest, statements: QuerySet[Statement]) -> None:
        for statement in statements:
            curation.mark_statement_not_relevant(statement=statement, curator=request.user)
        self.message_user(
            request, f"{len(statements)} statements hidden from the public pages.", messages.SUCCESS
        )
