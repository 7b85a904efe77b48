"""python -m ctwatch.extraction PATH... : print the predictions JSON for articles at PATH."""

from __future__ import annotations

import argparse
import json
import sys

from . import predictions_for_paths
from .inputs import InputError


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m ctwatch.extraction", description=__doc__)
    parser.add_argument(
        "paths", nargs="+", help="corpus article JSON, .txt or .html files, or folders of them"
    )
    parser.add_argument("--format", choices=["json"], default="json")
    args = parser.parse_args(argv)
    try:
        predictions = predictions_for_paths(args.paths)
    except InputError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    json.dump(predictions, sys.stdout, ensure_ascii=False, indent=1)
    sys.stdout.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
