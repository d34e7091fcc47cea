"""render_html(): one self-contained HTML page showing an article's parts in its text.

The page is the article text, unchanged and escaped, with each part the parser
found wrapped in a ``<span class="ns-...">``.  Spans index the original text,
so the text is walked once: at every offset where some part starts or ends,
the open ``<span>`` elements are closed down to the ones still running and the
new ones opened.  Parts that nest (a quote in a paragraph) nest in the page;
parts that cross (a quote running over a paragraph break) are split into
pieces, the last piece marked ``ns-end``.  ``textContent`` of the article
element is exactly ``article.text``.

No network: CSS is inline, there are no scripts, fonts or images, and a
Content-Security-Policy forbids fetching anything.
"""

from __future__ import annotations

import html
import itertools
from collections.abc import Iterable

import attrs

from newsstruct._model import Article, Quote, Span
from newsstruct.exceptions import InputTypeError, OptionError

#: Nesting rank: lower ranks are outer elements where two parts overlap.
_BLOCK, _INNER, _WORD = 0, 1, 2

#: Quote colours, one per speaker in order of first quote (cycled).
_PALETTE = (
    "#ffe08a",
    "#a8e6cf",
    "#ffb3c1",
    "#b5d0ff",
    "#d7b8ff",
    "#ffd1a1",
    "#c8f08f",
    "#9fe7f5",
)
_NO_SPEAKER = "#e4e4e4"

_CSS = """
body { font: 16px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif; margin: 2em auto;
       max-width: 48em; padding: 0 1em; color: #1d1d1d; background: #fff; }
h1 { font-size: 1.1em; color: #555; font-weight: normal; }
.ns-text { white-space: pre-wrap; overflow-wrap: break-word; border: 1px solid #ddd;
           padding: 1em; border-radius: 6px; }
.ns-headline { font-weight: bold; font-size: 1.3em; }
.ns-kicker { text-transform: uppercase; letter-spacing: .05em; color: #a33; }
.ns-standfirst { font-style: italic; }
.ns-byline { color: #255; font-variant: small-caps; }
.ns-dateline { background: #dfefff; border-bottom: 2px solid #36c; cursor: help; }
.ns-caption { background: #f3ecff; font-size: .95em; }
.ns-credit { color: #640; font-style: italic; }
.ns-paragraph { background: #f8f8f8; }
.ns-subhead { font-weight: bold; }
.ns-quote { border-radius: 3px; }
.ns-quote.ns-end[data-speaker]::after { content: "\\2014\\00a0" attr(data-speaker);
           font-size: .7em; font-weight: bold; color: #333; background: #fff;
           margin-left: .25em; padding: 0 .25em; border: 1px solid #ccc; border-radius: 3px;
           white-space: nowrap; vertical-align: super; }
.ns-speaker { text-decoration: underline dotted; font-weight: 600; }
.ns-boilerplate { text-decoration: line-through; color: #888; }
.ns-legend { display: flex; flex-wrap: wrap; gap: .4em 1em; margin: 1em 0; padding: 0;
             list-style: none; font-size: .9em; }
.ns-legend li span { padding: 0 .3em; }
.ns-meta { font-size: .9em; color: #555; }
"""


@attrs.frozen
class _Mark:
    """A part to mark: where it is, how it nests, and the tag that opens it."""

    start: int
    end: int
    rank: int
    order: int = attrs.field(eq=False)  # position among the marks: ties in nesting
    css: str
    attributes: tuple[tuple[str, str], ...] = ()

    def open_tag(self, last: bool) -> str:
        classes = f"{self.css} ns-end" if last else self.css
        attributes = "".join(
            f' {name}="{html.escape(value, quote=True)}"' for name, value in self.attributes
        )
        return f'<span class="{classes}"{attributes}>'


def render_html(article: Article, *, title: str | None = None) -> str:
    """Return a self-contained HTML page showing *article*'s text with its parts marked.

    Headline, kicker, standfirst, byline, dateline (place, agency and resolved
    date in its ``title``, shown on hover), captions and credits, paragraphs,
    quotes (coloured per speaker, the speaker's name beside each) and speaker
    mentions, and boilerplate (struck through) are ``<span>`` elements with an
    ``ns-*`` class and ``data-*`` attributes; a legend explains the colours.
    Everything from the text is escaped; the page loads nothing from the network.
    An *article* that is no :class:`~newsstruct.Article` raises
    :class:`~newsstruct.exceptions.InputTypeError`, a *title* that is no ``str``
    or ``None`` :class:`~newsstruct.exceptions.OptionError`.

    >>> from newsstruct import Article, Headline, Span, render_html
    >>> page = render_html(Article(text="<b>Hi</b>", headline=Headline("<b>Hi</b>", Span(0, 9))))
    >>> page.startswith("<!DOCTYPE html>")
    True
    >>> '<span class="ns-headline ns-end">&lt;b&gt;Hi&lt;/b&gt;</span>' in page
    True
    >>> "<b>" in page
    False
    """
    if not isinstance(article, Article):
        raise InputTypeError(
            f"render_html expects an Article (from parse_article), got {type(article).__name__}"
        )
    if title is not None and not isinstance(title, str):
        raise OptionError(
            f"render_html title must be a str or None (the article's headline), "
            f"got {type(title).__name__}"
        )
    marks = _marks(article)
    colours = _speaker_colours(article.quotes)
    heading = title or (article.headline.text if article.headline else "Article")
    parts = [
        "<!DOCTYPE html>",
        '<html lang="{}">'.format(html.escape(article.language or "und", quote=True)),
        "<head>",
        '<meta charset="utf-8">',
        '<meta http-equiv="Content-Security-Policy" '
        "content=\"default-src 'none'; style-src 'unsafe-inline'\">",
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{html.escape(_one_line(heading))} \N{EN DASH} newsstruct</title>",
        f"<style>{_CSS}{_speaker_css(colours)}</style>",
        "</head>",
        "<body>",
        f"<h1>newsstruct: {html.escape(_one_line(heading))}</h1>",
        _meta(article),
        _legend(colours),
        f'<article class="ns-text">{_walk(article.text, marks)}</article>',
        "</body>",
        "</html>",
        "",
    ]
    return "\n".join(parts)


def _one_line(text: str) -> str:
    return " ".join(text.split())[:200]


def _speaker_name(quote: Quote) -> str | None:
    return quote.speaker.name if quote.speaker is not None else None


def _speaker_colours(quotes: Iterable[Quote]) -> dict[str, int]:
    colours: dict[str, int] = {}
    for quote in quotes:
        name = _speaker_name(quote)
        if name is not None and name not in colours:
            colours[name] = len(colours)
    return colours


def _speaker_css(colours: dict[str, int]) -> str:
    rules = [f".ns-quote {{ background: {_NO_SPEAKER}; }}"]
    rules.extend(
        f".ns-speaker-{index} {{ background: {_PALETTE[index % len(_PALETTE)]}; }}"
        for index in range(len(colours))
    )
    return "\n".join(rules) + "\n"


def _meta(article: Article) -> str:
    facts = []
    if article.date is not None:
        facts.append(f"news date {article.date.isoformat()}")
    if article.language is not None:
        facts.append(f"language {article.language}")
    facts.append(
        f"{len(article.paragraphs)} paragraphs, {len(article.quotes)} quotes, "
        f"{len(article.captions)} captions, {len(article.boilerplate)} boilerplate"
    )
    return f'<p class="ns-meta">{html.escape("; ".join(facts))}</p>'


def _legend(colours: dict[str, int]) -> str:
    entries = [
        ("ns-headline", "headline"),
        ("ns-kicker", "kicker"),
        ("ns-standfirst", "standfirst"),
        ("ns-byline", "byline"),
        ("ns-dateline", "dateline (hover: place, agency, date)"),
        ("ns-caption", "caption"),
        ("ns-credit", "credit"),
        ("ns-paragraph", "paragraph"),
        ("ns-subhead", "subhead"),
        ("ns-quote", "quote, no speaker"),
        ("ns-speaker", "speaker mention"),
        ("ns-boilerplate", "boilerplate"),
    ]
    items = [
        f'<li data-legend="{css}"><span class="{css}">{html.escape(label)}</span></li>'
        for css, label in entries
    ]
    items.extend(
        f'<li data-legend="ns-speaker-{index}"><span class="ns-quote ns-speaker-{index}">'
        f"quote: {html.escape(name)}</span></li>"
        for name, index in colours.items()
    )
    return '<ul class="ns-legend">' + "".join(items) + "</ul>"


def _marks(article: Article) -> list[_Mark]:
    marks: list[_Mark] = []

    def add(span: Span | None, rank: int, css: str, *attributes: tuple[str, str]) -> None:
        if span is not None:
            marks.append(_Mark(span.start, span.end, rank, len(marks), css, attributes))

    if article.kicker is not None:
        add(article.kicker.span, _BLOCK, "ns-kicker")
    if article.headline is not None:
        add(article.headline.span, _BLOCK, "ns-headline")
    if article.standfirst is not None:
        add(article.standfirst.span, _BLOCK, "ns-standfirst")
    if article.byline is not None:
        names = "; ".join(article.byline.names)
        add(article.byline.span, _BLOCK, "ns-byline", ("data-names", names), ("title", names))
    dateline = article.dateline
    if dateline is not None:
        hover = [
            f"place: {dateline.location or '?'}",
            f"agency: {dateline.agency or '?'}",
            f"date: {dateline.date.isoformat() if dateline.date else '?'}",
        ]
        if dateline.date_text:
            hover[-1] += f" (from {dateline.date_text!r})"
        attributes = [("title", "; ".join(hover))]
        if dateline.location is not None:
            attributes.append(("data-location", dateline.location))
        if dateline.agency is not None:
            attributes.append(("data-agency", dateline.agency))
        if dateline.date is not None:
            attributes.append(("data-date", dateline.date.isoformat()))
        add(dateline.span, _BLOCK, "ns-dateline", *attributes)
    for caption in article.captions:
        add(caption.span, _BLOCK, "ns-caption")
        if caption.credit is not None:
            add(caption.credit_span, _INNER, "ns-credit", ("data-credit", caption.credit))
    for paragraph in article.paragraphs:
        add(paragraph.span, _BLOCK, "ns-paragraph")
    for subhead in article.subheads:
        add(subhead.span, _BLOCK, "ns-subhead")
    for item in article.boilerplate:
        add(item.span, _BLOCK, "ns-boilerplate", ("data-kind", item.kind), ("title", item.kind))
    colours = _speaker_colours(article.quotes)
    for quote in article.quotes:
        name = _speaker_name(quote)
        if name is None:
            add(quote.span, _INNER, "ns-quote", ("data-kind", quote.kind))
            continue
        speaker = quote.speaker
        assert speaker is not None
        css = f"ns-quote ns-speaker-{colours[name]}"
        label = f"{name}, {speaker.role}" if speaker.role else name
        add(
            quote.span,
            _INNER,
            css,
            ("data-speaker", name),
            ("data-kind", quote.kind),
            ("title", label),
        )
        add(speaker.span, _WORD, "ns-speaker", ("data-speaker", name), ("title", label))
    return marks


def _walk(text: str, marks: list[_Mark]) -> str:
    """Escape *text* once, opening and closing the marks' ``<span>`` elements in place."""
    size = len(text)
    clipped = (
        attrs.evolve(mark, start=min(mark.start, size), end=min(mark.end, size)) for mark in marks
    )
    # A part found twice is marked once; empty parts are not marked.
    kept = list(dict.fromkeys(m for m in clipped if m.end > m.start))
    starting: dict[int, list[_Mark]] = {}
    ending: dict[int, list[_Mark]] = {}
    for mark in kept:
        starting.setdefault(mark.start, []).append(mark)
        ending.setdefault(mark.end, []).append(mark)
    bounds = sorted({0, size, *starting, *ending})
    out: list[str] = []
    stack: list[tuple[_Mark, int]] = []  # open pieces: mark, index of its open tag in out
    active: set[_Mark] = set()

    def close_to(depth: int, position: int) -> None:
        while len(stack) > depth:
            mark, index = stack.pop()
            out[index] = mark.open_tag(last=position == mark.end)
            out.append("</span>")

    for left, right in itertools.pairwise(bounds):
        active.difference_update(ending.get(left, ()))
        active.update(starting.get(left, ()))
        ordered = sorted(active, key=_nesting_key)
        keep = 0
        while keep < len(stack) and keep < len(ordered) and stack[keep][0] is ordered[keep]:
            keep += 1
        close_to(keep, left)
        for mark in ordered[keep:]:
            stack.append((mark, len(out)))
            out.append("")  # the open tag, filled in when the piece closes
        out.append(html.escape(text[left:right], quote=False))
    close_to(0, size)
    return "".join(out)


def _nesting_key(mark: _Mark) -> tuple[int, int, int, int]:
    return (mark.rank, mark.start, -mark.end, mark.order)
