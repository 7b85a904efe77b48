"""
Article text with spans of it highlighted (the evidence of a claim, every quote). The text comes from
the web and can carry markup: every piece of it is escaped, and only our own tags are added around it.
"""

from dataclasses import dataclass

from django.utils.html import escape, format_html
from django.utils.safestring import SafeString, mark_safe


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    kind: str  # a CSS class suffix: hl-evidence, hl-figure, hl-claim, hl-statement
    href: str = ""
    anchor: str = ""  # an id for links to this span
    title: str = ""


def locate(text: str, start: int, end: int, expected: str) -> tuple[int, int] | None:
    """Where `expected` is in `text`: at its recorded span if it is still there, else its first match."""
    if expected and text[start:end] == expected:
        return start, end
    found = text.find(expected) if expected else -1
    return (found, found + len(expected)) if found >= 0 else None


def highlight_spans(text: str, spans: list[Span]) -> SafeString:
    """The text, escaped, with each span marked; overlapping spans share the innermost one's link."""
    spans = [span for span in spans if 0 <= span.start < span.end <= len(text)]
    cuts = sorted({0, len(text), *(span.start for span in spans), *(span.end for span in spans)})
    pieces = []
    for start, end in zip(cuts, cuts[1:], strict=False):
        piece = escape(text[start:end])
        covering = [span for span in spans if span.start <= start and end <= span.end]
        for span in covering:
            if span.start == start and span.anchor:
                pieces.append(format_html('<span id="{}" class="anchor"></span>', span.anchor))
        if not covering:
            pieces.append(piece)
            continue
        inner = min(covering, key=lambda span: span.end - span.start)
        classes = " ".join(sorted({f"hl-{span.kind}" for span in covering}))
        if inner.href:
            link = '<a class="hl {}" href="{}" title="{}">{}</a>'
            pieces.append(format_html(link, classes, inner.href, inner.title, piece))
        else:
            pieces.append(format_html('<mark class="hl {}">{}</mark>', classes, piece))
    # Safe: every piece of the text was escaped above.
    return mark_safe("".join(str(piece) for piece in pieces))
