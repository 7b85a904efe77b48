"""Articles from files: .txt, .html and the corpus JSON format, or a folder of them."""

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from ctwatch.extraction.inputs import InputError, article_from_json
from ctwatch.ingest.decode import NotText, decode_body

SUFFIX_TYPES = {".txt": "text/plain", ".text": "text/plain", ".html": "text/html", ".htm": "text/html",
                ".json": "application/json"}  # fmt: skip
MAX_FILE_BYTES = 5 * 1024 * 1024


@dataclass(frozen=True)
class ArticleFile:
    """One article read from a file, or the reason it could not be read (`problem`)."""

    path: Path
    raw: str = ""
    content_type: str = "text/plain"
    title: str = ""
    url: str = ""
    published: str | None = None
    problem: str = ""


def article_paths(path: Path) -> list[Path]:
    """The file itself, or a folder's article files in name order (not descending into sub-folders)."""
    if path.is_dir():
        return sorted(p for p in path.iterdir() if p.is_file() and p.suffix.lower() in SUFFIX_TYPES)
    return [path]


def read_article_file(path: Path) -> ArticleFile:
    suffix = path.suffix.lower()
    if suffix not in SUFFIX_TYPES:
        kind = suffix or "(none)"
        return ArticleFile(path, problem=f"unsupported file type {kind}: use .txt, .html or .json")
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            return ArticleFile(path, problem=f"file too large: {size:,} bytes (limit {MAX_FILE_BYTES:,})")
        body = path.read_bytes()
    except OSError as error:
        return ArticleFile(path, problem=f"cannot read: {error.strerror or error}")
    try:
        text = decode_body(body)
    except NotText as error:
        return ArticleFile(path, problem=f"not an article: {error}")
    if suffix != ".json":
        return ArticleFile(path, raw=text, content_type=SUFFIX_TYPES[suffix])
    try:
        article = article_from_json(text, default_id=path.stem)
    except InputError as error:
        return ArticleFile(path, problem=str(error))
    return ArticleFile(
        path,
        raw=article.text,
        content_type="text/plain",
        title=article.title or "",
        url=article.url or "",
        published=article.published,
    )


def iter_article_files(paths: list[Path]) -> Iterator[ArticleFile]:
    for path in paths:
        if not path.exists():
            yield ArticleFile(path, problem="no such file or folder")
            continue
        for file in article_paths(path):
            yield read_article_file(file)
