"""python -m ctwatch.extraction.evaluate CORPUS_DIR: run the extractor on CORPUS_DIR/articles, score
it with the corpus's own score.py (CORPUS_DIR/../score.py unless --scorer names another), print the
report, and exit non-zero with one line per bar not reached.

Our own evaluation sets (ctwatch/extraction/tests/heldout*) have no scorer beside them:
`--scorer ../shared/corpus/score.py --no-bars` scores them the same way without gating on them."""

from __future__ import annotations

import argparse
import importlib.util
import sys
from pathlib import Path
from types import ModuleType

from . import predictions_for_paths
from .inputs import InputError

# (section, field, minimum): the quality bars the extractor must reach on the dev corpus.
BARS: list[tuple[str, str, float]] = [
    ("claims", "f1", 0.90),
    ("claim_fields", "qualifier", 0.85),
    ("claim_fields", "origin", 0.85),
    ("claim_fields", "origin_countries", 0.85),
    ("claim_fields", "location", 0.85),
    ("claim_fields", "group", 0.85),
    ("claim_fields", "source", 0.85),
    ("claim_fields", "date", 0.80),
    ("statements", "f1", 0.85),
    ("speaker_accuracy", "", 0.90),
    ("forums", "f1", 0.75),
]


def load_scorer(corpus: Path, scorer: Path | None = None) -> ModuleType:
    """The corpus's score.py (or `scorer`), imported from where it lies (never copied)."""
    path = scorer or corpus.resolve().parent / "score.py"
    if not path.is_file():
        raise FileNotFoundError(f"no scorer at {path}")
    spec = importlib.util.spec_from_file_location("corpus_score", path)
    if spec is None or spec.loader is None:
        raise ImportError(f"cannot import {path}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def failed_bars(result: dict) -> list[str]:
    failures = []
    for section, field, minimum in BARS:
        value = result.get(section)
        if field:
            value = (value or {}).get(field)
        name = f"{section}.{field}" if field else section
        if value is None:
            failures.append(f"FAIL {name}: no value (nothing to score)")
        elif value < minimum:
            failures.append(f"FAIL {name} = {value:.3f} < {minimum:.2f}")
    return failures


def print_report(result: dict) -> None:
    for name in ("claims", "statements", "forums"):
        r = result[name]
        print(
            f"{name:10} P={r['precision']:.3f} R={r['recall']:.3f} F1={r['f1']:.3f} "
            f"(tp {r['tp']}, predicted {r['predicted']}, gold {r['gold']})"
        )
    fields = " ".join(f"{f}={v:.3f}" for f, v in result["claim_fields"].items() if v is not None)
    print(f"claim fields on matches: {fields}")
    print(f"speaker accuracy on matched quotes: {result['speaker_accuracy']}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m ctwatch.extraction.evaluate", description=__doc__)
    parser.add_argument("corpus", type=Path, help="a folder holding articles/ and gold/")
    parser.add_argument("--scorer", type=Path, help="score.py to use (default: CORPUS/../score.py)")
    parser.add_argument("--no-bars", action="store_true", help="report only; do not fail below the bars")
    parser.add_argument("--misses", action="store_true", help="also list every miss and wrong field")
    args = parser.parse_args(sys.argv[1:] if argv is None else argv)
    try:
        scorer = load_scorer(args.corpus, args.scorer)
        predictions = predictions_for_paths([str(args.corpus / "articles")])
    except (InputError, FileNotFoundError, ImportError) as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    result, misses = scorer.score(str(args.corpus), predictions)
    if args.misses:
        print("\n".join(misses))
    print_report(result)
    if args.no_bars:
        return 0
    failures = failed_bars(result)
    for line in failures:
        print(line)
    if not failures:
        print("all bars reached")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
