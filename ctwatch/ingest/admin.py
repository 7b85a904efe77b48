"""Ingestion in the admin: articles with their status and failure reason, feeds, and adding sources."""

from django.contrib import admin, messages
from django.db.models import QuerySet
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.template.response import TemplateResponse
from django.urls import path, reverse

from ctwatch.ingest import submit
from ctwatch.ingest.forms import AddSourcesForm
from ctwatch.ingest.models import Feed
from ctwatch.ingest.tasks import process_article_task, reextract_article_task
from ctwatch.statements.models import Article


@admin.register(Article)
class ArticleAdmin(admin.ModelAdmin):
    list_display = ["__str__", "outlet", "published", "status", "ingested_via", "short_failure", "updated"]
    list_filter = ["status", "ingested_via", "language", "extractor_version", "published"]
    search_fields = ["title", "url", "outlet", "source_file", "failure_reason"]
    date_hierarchy = "published"
    readonly_fields = [
        "status", "failure_reason", "content_hash", "duplicate_of", "feed", "ingested_via", "source_file",
        "extractor_version", "fetched_at", "extracted_at", "created", "updated",
    ]  # fmt: skip
    raw_id_fields = ["duplicate_of", "feed"]
    list_select_related = ["feed"]
    show_full_result_count = False
    actions = ["retry", "reextract"]

    @admin.display(description="failure")
    def short_failure(self, article: Article) -> str:
        return article.failure_reason[:120]

    @admin.action(description="Retry the selected failed articles")
    def retry(self, request: HttpRequest, articles: QuerySet[Article]) -> None:
        failed = articles.filter(status=Article.Status.FAILED)
        ids = list(failed.values_list("pk", flat=True))
        # Back to the first step that still has something to do: fetch again if nothing was fetched.
        failed.filter(content_hash__isnull=True, raw_content="").exclude(url="").update(
            status=Article.Status.PENDING, failure_reason=""
        )
        failed.exclude(raw_content="").update(status=Article.Status.FETCHED, failure_reason="")
        for article_id in ids:
            process_article_task.delay_on_commit(article_id)
        self.message_user(request, f"{len(ids)} failed articles queued again.", messages.SUCCESS)

    @admin.action(description="Re-extract the selected articles (curated claims stay as they are)")
    def reextract(self, request: HttpRequest, articles: QuerySet[Article]) -> None:
        ids = list(articles.filter(status=Article.Status.EXTRACTED).values_list("pk", flat=True))
        for article_id in ids:
            reextract_article_task.delay_on_commit(article_id)
        self.message_user(request, f"{len(ids)} articles queued for re-extraction.", messages.SUCCESS)

    def get_urls(self):
        return [
            path("add-sources/", self.admin_site.admin_view(self.add_sources), name="ingest_add_sources"),
            *super().get_urls(),
        ]

    def add_sources(self, request: HttpRequest) -> HttpResponse:
        if not self.has_add_permission(request):
            return HttpResponseRedirect(reverse("admin:index"))
        form = AddSourcesForm(request.POST if request.method == "POST" else None)
        if request.method == "POST" and form.is_valid():
            self.submit_sources(request, form.cleaned_data)
            return HttpResponseRedirect(reverse("admin:statements_article_changelist"))
        context = {
            **self.admin_site.each_context(request),
            "title": "Add articles or a feed",
            "form": form,
            "opts": self.model._meta,
        }
        return TemplateResponse(request, "admin/ingest/add_sources.html", context)

    def submit_sources(self, request: HttpRequest, data: dict) -> None:
        outcomes = [submit.submit_url(url) for url in data["urls"]]
        if data["text"].strip():
            outcomes.append(
                submit.submit_text(
                    text=data["text"],
                    title=data["title"],
                    url=data["source_url"] or "",
                    published=data["published"],
                )
            )
        for outcome in outcomes:
            if outcome.outcome == submit.Outcome.FAILED:
                self.message_user(request, f"Not added: {outcome.reason}", messages.ERROR)
        new = sum(o.outcome == submit.Outcome.NEW for o in outcomes)
        known = sum(o.outcome == submit.Outcome.DUPLICATE for o in outcomes)
        if outcomes:
            self.message_user(request, f"{new} articles queued, {known} already known.", messages.SUCCESS)
        if data["feed_url"]:
            feed, created = submit.submit_feed(data["feed_url"])
            verb = "registered; it is polled within a minute" if created else "was already registered"
            self.message_user(request, f"Feed {feed.url} {verb}.", messages.SUCCESS)


@admin.register(Feed)
class FeedAdmin(admin.ModelAdmin):
    list_display = [
        "__str__",
        "enabled",
        "poll_interval",
        "last_polled_at",
        "consecutive_failures",
        "last_error",
    ]
    list_filter = ["enabled"]
    search_fields = ["title", "url"]
    readonly_fields = [
        "etag",
        "last_modified",
        "last_polled_at",
        "next_poll_at",
        "last_error",
        "consecutive_failures",
    ]
    actions = ["poll_now"]

    @admin.action(description="Poll the selected feeds at the next round")
    def poll_now(self, request: HttpRequest, feeds: QuerySet[Feed]) -> None:
        count = feeds.update(next_poll_at=None)
        self.message_user(request, f"{count} feeds will be polled within a minute.", messages.SUCCESS)
