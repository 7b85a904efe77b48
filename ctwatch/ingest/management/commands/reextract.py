import datetime as dt

from django.core.management.base import BaseCommand, CommandError
from tqdm import tqdm

from ctwatch.extraction import EXTRACTOR_VERSION
from ctwatch.ingest.pipeline import reextract_article
from ctwatch.ingest.tasks import reextract_article_task
from ctwatch.statements.models import Article


class Command(BaseCommand):
    help = (
        "Run the current extractor over stored articles, recording its version. By default only articles "
        "an older extractor version processed; claims and statements people curated stay untouched."
    )

    def add_arguments(self, parser) -> None:
        parser.add_argument(
            "--all", dest="every", action="store_true", help="every extracted article, whatever its version"
        )
        parser.add_argument("--ids", type=int, nargs="+", metavar="ID", help="these articles only")
        parser.add_argument(
            "--since", type=dt.date.fromisoformat, metavar="YYYY-MM-DD", help="published since"
        )
        parser.add_argument("--sync", action="store_true", help="run here instead of queueing tasks")

    def handle(self, *args, every: bool, ids: list[int] | None, since: dt.date | None, sync: bool, **options):
        articles = Article.objects.filter(status=Article.Status.EXTRACTED)
        if ids:
            articles = Article.objects.filter(pk__in=ids)
            missing = set(ids) - set(articles.values_list("pk", flat=True))
            if missing:
                raise CommandError(f"no articles with ids {sorted(missing)}")
        elif not every:
            articles = articles.exclude(extractor_version=EXTRACTOR_VERSION)
        if since:
            articles = articles.filter(published__gte=since)
        article_ids = list(articles.order_by("pk").values_list("pk", flat=True))
        for article_id in tqdm(article_ids, desc="reextract", unit="article", disable=None):
            if sync:
                reextract_article(article_id)
            else:
                reextract_article_task.delay(article_id)
        verb = "re-extracted" if sync else "queued for re-extraction"
        self.stdout.write(f"{len(article_ids)} articles {verb} with extractor {EXTRACTOR_VERSION}")
