"""Reading articles from paths: corpus JSON files, .txt and .html files, or folders of them."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

SUFFIXES = {".json", ".txt", ".html", ".htm"}


class InputError(Exception):
    """A path that cannot be read as an article; the message says which and why."""


@dataclass(slots=True)
class ArticleInput:
    id: str
    text: str
    title: str | None = None
    url: str | None = None
    published: str | None = None


def _read(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8", errors="replace")
    except OSError as error:
        raise InputError(f"cannot read {path}: {error.strerror or error}") from error


def article_from_json(raw: str, *, default_id: str) -> ArticleInput:
    """An article in the corpus's JSON format (an object with `text`, and `id`, `title`, `url`,
    `published` when known); InputError says what is wrong with anything else."""
    try:
        data = json.loads(raw)
    except json.JSONDecodeError as error:
        raise InputError(f"not valid JSON: {error.msg} (line {error.lineno})") from error
    if not isinstance(data, dict) or not isinstance(data.get("text"), str):
        raise InputError("not an article: expected an object with a 'text' string")
    return ArticleInput(
        id=str(data.get("id") or default_id),
        text=data["text"],
        title=str(data["title"]) if data.get("title") else None,
        url=str(data["url"]) if data.get("url") else None,
        published=str(data["published"]) if data.get("published") else None,
    )


def load_file(path: Path) -> ArticleInput:
    """One article from a file; HTML goes through trafilatura, JSON must follow the corpus schema."""
    suffix = path.suffix.lower()
    if suffix == ".json":
        try:
            return article_from_json(_read(path), default_id=path.stem)
        except InputError as error:
            raise InputError(f"{path} is {error}") from error
    if suffix in {".html", ".htm"}:
        from .clean import clean_html

        return ArticleInput(id=path.stem, text=clean_html(_read(path)))
    return ArticleInput(id=path.stem, text=_read(path))


def iter_articles(paths: list[str | Path]) -> Iterator[ArticleInput]:
    """Articles from every path given; a folder yields its .json/.txt/.html files in name order."""
    for raw in paths:
        path = Path(raw)
        if not path.exists():
            raise InputError(f"no such file or folder: {path}")
        if path.is_dir():
            files = sorted(p for p in path.iterdir() if p.is_file() and p.suffix.lower() in SUFFIXES)
            if not files:
                raise InputError(f"no .json, .txt or .html files in {path}")
            for file in files:
                yield load_file(file)
        else:
            yield load_file(path)
