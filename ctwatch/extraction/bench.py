"""python -m ctwatch.extraction.bench [CORPUS_DIR]: articles per second of extract() on one core."""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

from . import extract
from .inputs import iter_articles

DEFAULT_CORPUS = Path(__file__).resolve().parents[3] / "shared" / "corpus" / "dev"


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    corpus = Path(args[0]) if args else DEFAULT_CORPUS
    folder = corpus / "articles" if (corpus / "articles").is_dir() else corpus
    articles = list(iter_articles([folder]))
    if not articles:
        print(f"no articles in {folder}", file=sys.stderr)
        return 2
    for article in articles:  # warm-up: imports, regex compilation, date-phrase cache
        extract(article.text, title=article.title, published=article.published)
    passes = 40
    # CPU time of this process (what one core spends), per pass; the median pass is reported so that
    # a burst of other work on the machine does not decide the figure.
    pass_times = []
    for _ in range(passes):
        started = time.process_time()
        for article in articles:
            extract(article.text, title=article.title, published=article.published)
        pass_times.append(time.process_time() - started)
    rate = len(articles) / statistics.median(pass_times)
    print(f"extract(): {rate:.1f} articles/s over {len(articles)} articles x {passes} passes (one core)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
