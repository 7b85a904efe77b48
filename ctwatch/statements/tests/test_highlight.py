from ctwatch.statements.highlight import Span, highlight_spans, locate


def test_it_escapes_every_piece_of_the_text():
    html = highlight_spans("<b>x</b> 5,000 <script>", [Span(9, 14, kind="figure")])
    assert html == '&lt;b&gt;x&lt;/b&gt; <mark class="hl hl-figure">5,000</mark> &lt;script&gt;'


def test_it_links_overlapping_spans_to_the_innermost_one():
    text = "He said more than 100 left."
    html = highlight_spans(
        text,
        [
            Span(0, 27, kind="statement", href="#s1"),
            Span(8, 21, kind="claim", href="/claims/1/", anchor="c1"),
        ],
    )
    assert '<a class="hl hl-statement" href="#s1" title="">He said </a>' in html
    assert '<span id="c1" class="anchor"></span><a class="hl hl-claim hl-statement" href="/claims/1/"' in html


def test_it_ignores_spans_outside_the_text():
    assert highlight_spans("short", [Span(3, 99, kind="claim")]) == "short"


def test_it_finds_text_that_moved():
    assert locate("abc def", 4, 7, "def") == (4, 7)
    assert locate("xx abc def", 4, 7, "def") == (7, 10)
    assert locate("abc", 0, 3, "zzz") is None
