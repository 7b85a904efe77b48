from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from ctwatch.ingest.synthetic import write_articles


class Command(BaseCommand):
    help = (
        "Write synthetic articles with known figures, speakers and forums as corpus-format JSON files, "
        "plus <folder>-manifest.json with what each states. For load tests and benchmarks."
    )

    def add_arguments(self, parser) -> None:
        parser.add_argument("folder", type=Path)
        parser.add_argument("--count", type=int, default=300)
        parser.add_argument("--seed", type=int, default=1)

    def handle(self, *args, folder: Path, count: int, seed: int, **options) -> None:
        if count < 1:
            raise CommandError("--count must be at least 1")
        if folder.exists() and any(folder.iterdir()):
            raise CommandError(f"{folder} is not empty: give a new folder")
        articles = write_articles(folder, count, seed=seed)
        claims = sum(len(article.claims) for article in articles)
        self.stdout.write(f"wrote {len(articles)} articles stating {claims} figures to {folder}")
