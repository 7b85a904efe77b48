"""The extraction engine: news text in, explainable figure claims, statements, speakers and forums out.

Pure Python (no Django); see `extract()`.
"""

from .api import EXTRACTOR_VERSION, extract
from .clean import clean_html, clean_text
from .types import Claim, Evidence, Extraction, Forum, Speaker, Statement

__all__ = [
    "EXTRACTOR_VERSION",
    "Claim",
    "Evidence",
    "Extraction",
    "Forum",
    "Speaker",
    "Statement",
    "clean_html",
    "clean_text",
    "extract",
    "predictions_for_paths",
]


def predictions_for_paths(paths: list[str]) -> dict[str, dict]:
    """The SCHEMA.md predictions object for the articles at these paths, keyed by article id."""
    from .inputs import iter_articles

    result = {}
    for article in iter_articles(paths):
        extraction = extract(article.text, title=article.title, url=article.url, published=article.published)
        result[article.id] = extraction.to_prediction()
    return result
