"""Properties over any text: never raises, spans slice the input, JSON always works."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import attrs
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsstruct import Article, Span, parse_article, to_dict, to_json

from .strategies import dateline_text, newsy_text, wire_story

_SETTINGS = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _elements(value: Any) -> Iterator[Any]:
    """Every record inside *value* (depth first)."""
    if isinstance(value, tuple):
        for item in value:
            yield from _elements(item)
    elif attrs.has(type(value)) and not isinstance(value, Span):
        yield value
        for field in attrs.fields(type(value)):
            yield from _elements(getattr(value, field.name))


def assert_spans_slice(article: Article) -> None:
    text = article.text
    for element in _elements(article):
        if isinstance(element, Article):
            continue
        span = getattr(element, "span", None)
        assert isinstance(span, Span), element
        assert 0 <= span.start <= span.end <= len(text)
        own = getattr(element, "text", None)
        if own is None:  # a Speaker: its mention is what the span covers
            own = element.mention
        assert text[span.start : span.end] == own, element
        credit_span = getattr(element, "credit_span", None)
        if credit_span is not None:
            assert text[credit_span.start : credit_span.end] == element.credit


def check(text: str) -> Article:
    article = parse_article(text)
    assert article.text is text
    assert_spans_slice(article)
    json.loads(to_json(article))
    paragraph_spans = [p.span for p in article.paragraphs]
    assert paragraph_spans == sorted(paragraph_spans)
    for quote in article.quotes:
        assert 0 <= quote.paragraph < max(1, len(article.paragraphs))
    return article


@_SETTINGS
@given(st.text())
def test_any_text(text: str) -> None:
    check(text)


@_SETTINGS
@given(newsy_text)
def test_newsy_text(text: str) -> None:
    check(text)


@_SETTINGS
@given(dateline_text)
def test_dateline_like_text(text: str) -> None:
    check(text)


@_SETTINGS
@given(st.lists(newsy_text, max_size=8).map("\n\n".join))
def test_paragraphs_of_newsy_text(text: str) -> None:
    article = check(text)
    assert to_dict(article)["text"] == text


@_SETTINGS
@given(st.lists(newsy_text, max_size=8).map("\n\n".join))
def test_quotes_and_speakers_raise_nothing_unguarded(text: str) -> None:
    # parse_article's guard would hide a failure: call the quote reader directly
    from newsstruct._quotes import _all_quotes, _paragraphs

    for quote in _all_quotes(text, _paragraphs(text)):
        assert text[quote.span.start : quote.span.end] == quote.text
        if quote.speaker is not None:
            speaker = quote.speaker
            assert text[speaker.span.start : speaker.span.end] == speaker.mention


def _parts(article: Article) -> list[tuple[str, list[tuple[str, object]]]]:
    """Every part of *article* with its fields but its spans, ``\\r\\n`` read as ``\\n``."""
    parts = []
    for element in _elements(article):
        if isinstance(element, Article):
            continue
        fields = []
        for field in attrs.fields(type(element)):
            value = getattr(element, field.name)
            if isinstance(value, str):
                value = value.replace("\r\n", "\n")
            if not isinstance(value, Span) and not attrs.has(type(value)):
                fields.append((field.name, value))
        parts.append((type(element).__name__, fields))
    return parts


def _assert_crlf_twin(text: str) -> None:
    lf = text.replace("\r", "")
    crlf = lf.replace("\n", "\r\n")
    article, twin = parse_article(lf), parse_article(crlf)
    assert twin.text is crlf
    assert_spans_slice(twin)
    for element in _elements(twin):
        span = getattr(element, "span", None)
        if span is not None:  # (no span cuts a \r\n in half)
            assert crlf[span.start - 1 : span.start + 1] != "\r\n" or span.start == 0
            assert crlf[span.end - 1 : span.end + 1] != "\r\n"
    assert _parts(twin) == _parts(article)
    assert (twin.date, twin.language) == (article.date, article.language)


@_SETTINGS
@given(wire_story())
def test_a_story_with_crlf_line_ends_gives_the_parts_of_its_lf_twin(text: str) -> None:
    _assert_crlf_twin(text)


@_SETTINGS
@given(st.lists(newsy_text, max_size=8).map("\n\n".join))
def test_newsy_text_with_crlf_line_ends_gives_the_parts_of_its_lf_twin(text: str) -> None:
    _assert_crlf_twin(text)
