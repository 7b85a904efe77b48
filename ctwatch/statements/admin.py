"""The admin: every model findable, filterable and listed with the columns a curator scans."""

from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from ctwatch.statements.models import Article, FigureClaim, Forum, Speaker, SpeakerAlias, Statement


@admin.register(Article)
class ArticleAdmin(admin.ModelAdmin):
    list_display = ["__str__", "outlet", "published", "status", "extractor_version", "updated"]
    list_filter = ["status", "language", "published", "extractor_version"]
    search_fields = ["title", "url", "outlet"]
    date_hierarchy = "published"
    readonly_fields = ["content_hash", "created", "updated", "fetched_at", "extracted_at"]
    show_full_result_count = False


class SpeakerAliasInline(admin.TabularInline):
    model = SpeakerAlias
    extra = 0
    fields = ["name"]


@admin.register(Speaker)
class SpeakerAdmin(SimpleHistoryAdmin):
    list_display = ["name", "role", "affiliation", "country"]
    list_filter = ["country"]
    search_fields = ["name", "aliases__name", "role", "affiliation"]
    prepopulated_fields = {"slug": ["name"]}
    inlines = [SpeakerAliasInline]


@admin.register(SpeakerAlias)
class SpeakerAliasAdmin(admin.ModelAdmin):
    list_display = ["name", "speaker"]
    list_filter = ["speaker__country"]
    list_select_related = ["speaker"]
    search_fields = ["name", "speaker__name"]
    autocomplete_fields = ["speaker"]


@admin.register(Forum)
class ForumAdmin(SimpleHistoryAdmin):
    list_display = ["name", "kind", "date", "place"]
    list_filter = ["kind", "date"]
    search_fields = ["name", "place"]
    date_hierarchy = "date"


@admin.register(Statement)
class StatementAdmin(SimpleHistoryAdmin):
    list_display = ["short_text", "speaker", "kind", "forum", "date", "article"]
    list_filter = ["kind", "forum__kind", "date"]
    list_select_related = ["speaker", "forum", "article"]
    search_fields = ["text", "speaker__name"]
    autocomplete_fields = ["article", "speaker", "forum"]
    date_hierarchy = "date"
    show_full_result_count = False

    @admin.display(description="text")
    def short_text(self, statement: Statement) -> str:
        return statement.text[:100]


@admin.register(FigureClaim)
class FigureClaimAdmin(SimpleHistoryAdmin):
    list_display = [
        "figure_text", "value", "value_max", "qualifier", "subject", "speaker", "source_label", "claim_date",
        "review_status",
    ]  # fmt: skip
    list_filter = ["review_status", "subject", "qualifier", "forum__kind", "claim_date"]
    list_select_related = ["speaker"]
    search_fields = ["figure_text", "evidence", "source_label", "speaker__name", "group", "origin"]
    autocomplete_fields = ["article", "statement", "speaker", "forum"]
    readonly_fields = ["machine_values", "reviewed_by", "reviewed_at", "extractor_version", "rule"]
    date_hierarchy = "claim_date"
    show_full_result_count = False
