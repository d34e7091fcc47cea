"""render_html(): parts marked in the text, everything escaped, checked in a real browser."""

from __future__ import annotations

import html
import shutil
import subprocess
from collections.abc import Sequence
from html.parser import HTMLParser
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsstruct import (
    Article,
    Headline,
    Paragraph,
    Quote,
    Span,
    Speaker,
    parse_article,
    render_html,
)

from .strategies import newsy_text
from .test_ninjs import _full


class _Element:
    def __init__(self, tag: str, attributes: dict[str, str], parent: _Element | None) -> None:
        self.tag = tag
        self.attributes = attributes
        self.parent = parent
        self.children: list[_Element | str] = []

    @property
    def classes(self) -> list[str]:
        return self.attributes.get("class", "").split()

    @property
    def text(self) -> str:
        return "".join(c if isinstance(c, str) else c.text for c in self.children)

    def find_all(self, css: str) -> list[_Element]:
        found = [self] if css in self.classes else []
        for child in self.children:
            if isinstance(child, _Element):
                found.extend(child.find_all(css))
        return found

    def ancestors(self) -> list[_Element]:
        node, result = self.parent, []
        while node is not None:
            result.append(node)
            node = node.parent
        return result


_VOID = {"meta", "link", "br", "img", "hr", "input"}


class _Tree(HTMLParser):
    """A tiny DOM: enough to find the marked elements and their text."""

    def __init__(self, page: str) -> None:
        super().__init__(convert_charrefs=True)
        self.root = _Element("#document", {}, None)
        self.node = self.root
        self.feed(page)
        self.close()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        element = _Element(tag, {k: v or "" for k, v in attrs}, self.node)
        self.node.children.append(element)
        if tag not in _VOID:
            self.node = element

    def handle_endtag(self, tag: str) -> None:
        node: _Element | None = self.node
        while node is not None and node.tag != tag:
            node = node.parent
        if node is not None and node.parent is not None:
            self.node = node.parent

    def handle_data(self, data: str) -> None:
        self.node.children.append(data)


def _article_element(page: str) -> _Element:
    tree = _Tree(page)
    (element,) = tree.root.find_all("ns-text")
    return element


def _crossing() -> Article:
    text = 'Head\n\nPARIS - "We won," said Jo Bo. "Again.\n\nAnd again," he said.'
    q1 = text.index("We won,")
    q2 = text.index("Again.")
    q2_end = text.index('," he') + 1
    p1_end = text.index("\n\nAnd")
    mention = text.index("Jo Bo")
    he = text.index("he said")
    return Article(
        text=text,
        headline=Headline("Head", Span(0, 4)),
        paragraphs=[
            Paragraph(text[6:p1_end], Span(6, p1_end)),
            Paragraph(text[p1_end + 2 :], Span(p1_end + 2, len(text))),
        ],
        quotes=[
            Quote(
                "We won,", Span(q1, q1 + 7), Speaker("Jo Bo", "Jo Bo", Span(mention, mention + 5))
            ),
            Quote(text[q2:q2_end], Span(q2, q2_end), Speaker("Jo Bo", "he", Span(he, he + 2))),
            Quote("nobody", Span(0, 0)),
        ],
    )


def test_text_content_is_the_article_text() -> None:
    article = _full()
    assert _article_element(render_html(article)).text == article.text


def test_full_article_parts_are_marked() -> None:
    article = _full()
    root = _Tree(render_html(article)).root
    text = _article_element(render_html(article))
    assert [e.text for e in text.find_all("ns-headline")] == ["Storm shuts ports"]
    assert [e.text for e in text.find_all("ns-kicker")] == ["ANALYSIS"]
    assert [e.text for e in text.find_all("ns-standfirst")] == ["Ships wait offshore as winds rise"]
    (byline,) = text.find_all("ns-byline")
    assert byline.attributes["data-names"] == "Ana Costa; Rui Lima"
    (dateline,) = text.find_all("ns-dateline")
    assert dateline.text == "LISBON, May 19 (Reuters) -"
    assert (
        dateline.attributes["title"]
        == "place: LISBON; agency: Reuters; date: 2024-05-19 (from 'May 19')"
    )
    assert dateline.attributes["data-date"] == "2024-05-19"
    (caption,) = text.find_all("ns-caption")
    (credit,) = text.find_all("ns-credit")
    assert credit.text == "Jo Bo/AFP"
    assert caption.text == "Waves hit the pier."
    (quote,) = text.find_all("ns-quote")
    assert quote.text == "We had no choice,"
    assert quote.attributes["data-speaker"] == "Ana Costa"
    assert quote.attributes["title"] == "Ana Costa, harbour master"
    assert "ns-speaker-0" in quote.classes
    assert "ns-end" in quote.classes
    assert any("ns-paragraph" in a.classes for a in quote.ancestors())  # nested in its paragraph
    (mention,) = text.find_all("ns-speaker")
    assert mention.text == "Ana Costa"
    (junk,) = text.find_all("ns-boilerplate")
    assert junk.text == "Reuter"
    assert junk.attributes["data-kind"] == "signoff"
    (legend,) = root.find_all("ns-legend")
    assert "quote: Ana Costa" in legend.text
    assert "boilerplate" in legend.text


def test_quote_across_paragraphs_is_split_and_labelled_once() -> None:
    article = _crossing()
    page = render_html(article)
    text = _article_element(page)
    assert text.text == article.text
    pieces = [q for q in text.find_all("ns-quote") if "ns-speaker-0" in q.classes]
    assert [p.text for p in pieces] == ["We won,", "Again.", "\n\n", "And again,"]
    assert ["ns-end" in p.classes for p in pieces] == [True, False, False, True]
    assert len(text.find_all("ns-paragraph")) == 2  # paragraphs stay whole: the quote splits
    assert "nobody" not in page  # empty span: not marked
    assert len({p.attributes["data-speaker"] for p in pieces}) == 1


def test_everything_is_escaped() -> None:
    text = '<script>alert("x")</script> & "quotes" <b onclick=1>'
    evil = 'Jo "<b>" Bo'
    article = Article(
        text=text,
        headline=Headline(text[:8], Span(0, 8)),
        quotes=[Quote("quotes", Span(32, 38), Speaker(evil, "x", Span(0, 1)))],
    )
    page = render_html(article)
    assert "<script" not in page
    assert "<b>" not in page
    assert "<b " not in page
    assert html.escape(evil, quote=True) in page
    assert _article_element(page).text == text


def test_self_contained() -> None:
    page = render_html(_full())
    for needle in ("<script", "<link", "src=", "href=", "@import", "url(", "http://", "https://"):
        assert needle not in page
    assert "default-src 'none'" in page


def test_spans_past_the_end_are_clipped() -> None:
    article = Article(text="abc", headline=Headline("abc", Span(1, 99)))
    assert _article_element(render_html(article)).text == "abc"


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(newsy_text, st.text()))
def test_any_parsed_text_renders(text: str) -> None:
    page = render_html(parse_article(text))
    if "\r" not in text and "\x00" not in text:
        assert _article_element(page).text == text


# -- in a real browser --------------------------------------------------------------------------

CHROMIUM = next(
    (p for p in (shutil.which("chromium"), "/usr/bin/chromium") if p and Path(p).exists()), None
)
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--hide-scrollbars",
]


def _chromium(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    profile = tmp_path / "profile"
    return subprocess.run(
        [str(CHROMIUM), *FLAGS, f"--user-data-dir={profile}", *args],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )


@pytest.mark.browser
@pytest.mark.skipif(
    CHROMIUM is None, reason="chromium not installed (Debian: apt-get install -y chromium)"
)
def test_in_headless_chromium(tmp_path: Path) -> None:
    article = parse_article(
        Path(__file__).parents[1].joinpath("examples", "harbour.txt").read_text(encoding="utf-8")
    )
    page = tmp_path / "article.html"
    page.write_text(render_html(article), encoding="utf-8")
    dom = _chromium(tmp_path, "--dump-dom", page.as_uri()).stdout
    text = _article_element(dom)
    assert text.text.replace("\r\n", "\n") == article.text.replace("\r\n", "\n")
    expected: dict[str, Sequence[object | None]] = {
        "ns-headline": [article.headline],
        "ns-dateline": [article.dateline],
        "ns-byline": [article.byline],
        "ns-caption": article.captions,
        "ns-boilerplate": article.boilerplate,
    }
    for css, parts in expected.items():
        assert len(text.find_all(css)) == sum(p is not None for p in parts), css
    speakers = {q.speaker.name for q in article.quotes if q.speaker is not None}
    marked = {
        e.attributes["data-speaker"]
        for e in text.find_all("ns-quote")
        if "data-speaker" in e.attributes
    }
    assert marked == speakers
    screenshot = tmp_path / "article.png"
    _chromium(tmp_path, "--window-size=1000,1400", f"--screenshot={screenshot}", page.as_uri())
    assert screenshot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert screenshot.stat().st_size > 10_000


def test_a_speaker_of_two_quotes_is_marked_once() -> None:
    text = '"One," he said, "two."'
    he = Speaker("Jo Bo", "he", Span(7, 9))
    article = Article(
        text=text,
        quotes=[Quote("One,", Span(1, 5), he), Quote("two.", Span(17, 21), he)],
    )
    element = _article_element(render_html(article))
    assert [e.text for e in element.find_all("ns-speaker")] == ["he"]
    assert [e.text for e in element.find_all("ns-quote")] == ["One,", "two."]
    assert element.text == text
