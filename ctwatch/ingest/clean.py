"""The clean step: markup and page furniture out. Its result is stored, and spans refer to it."""

from ctwatch.extraction import clean_html, clean_text

HTML_TYPES = ("text/html", "application/xhtml+xml")


def is_html(content_type: str, raw: str) -> bool:
    if content_type:
        return content_type.split(";")[0].strip().lower() in HTML_TYPES
    return raw.lstrip()[:200].lower().startswith(("<!doctype html", "<html"))


def clean_content(*, raw: str, content_type: str = "", title: str = "") -> str:
    # PostgreSQL refuses NUL bytes in text, and no article needs them.
    raw = raw.replace("\x00", "")
    text = clean_html(raw) if is_html(content_type, raw) else raw
    return clean_text(text, title or None)
