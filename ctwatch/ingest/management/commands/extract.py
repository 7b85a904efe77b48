"""manage.py extract PATH... --format json: the extraction engine's predictions for articles on disk."""

from __future__ import annotations

import json
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from ctwatch.extraction import predictions_for_paths
from ctwatch.extraction.inputs import InputError


class Command(BaseCommand):
    help = (
        "Extract figure claims, statements and forums from corpus article JSON, .txt or .html files "
        "(or folders of them) and print the predictions JSON keyed by article id."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("paths", nargs="+", help="files or folders to read")
        parser.add_argument("--format", choices=["json"], default="json", help="output format (json)")

    def handle(self, *args: Any, **options: Any) -> None:
        try:
            predictions = predictions_for_paths(options["paths"])
        except InputError as error:
            raise CommandError(str(error)) from error
        self.stdout.write(json.dumps(predictions, ensure_ascii=False, indent=1))
