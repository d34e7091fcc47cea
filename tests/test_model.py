"""The records: frozen, hashable, typed, serialisable with attrs.asdict."""

from __future__ import annotations

import datetime
import pickle

import attrs
import pytest

from newsstruct import (
    Article,
    Boilerplate,
    Byline,
    Caption,
    Dateline,
    Headline,
    NewsstructError,
    Paragraph,
    Quote,
    Span,
    SpanError,
    Speaker,
)


def test_span_slices_and_orders() -> None:
    span = Span(2, 5)
    assert span.slice("abcdefg") == "cde"
    assert len(span) == 3
    assert Span(1, 2) < Span(2, 3)


@pytest.mark.parametrize(("start", "end"), [(-1, 2), (3, 2), (0, -1)])
def test_span_rejects_bad_offsets(start: int, end: int) -> None:
    with pytest.raises(SpanError, match=r"Span (start|end)") as raised:
        Span(start, end)
    assert isinstance(raised.value, ValueError)  # (existing handlers keep working)
    assert isinstance(raised.value, NewsstructError)


def test_records_are_frozen_and_hashable() -> None:
    headline = Headline("Title", Span(0, 5))
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        headline.text = "other"  # type: ignore[misc]
    assert hash(headline) == hash(Headline("Title", Span(0, 5)))


def test_sequences_become_tuples() -> None:
    byline = Byline("By A and B", ["A", "B"], Span(0, 10))
    assert byline.names == ("A", "B")
    article = Article("x", paragraphs=[Paragraph("x", Span(0, 1))])
    assert isinstance(article.paragraphs, tuple)
    assert hash(article)


def test_article_round_trips_through_pickle_and_asdict() -> None:
    speaker = Speaker("Ann Lee", "she", Span(20, 23), role="mayor")
    article = Article(
        text="t" * 40,
        headline=Headline("t", Span(0, 1)),
        byline=Byline("t", ("t",), Span(1, 2)),
        dateline=Dateline("t", Span(2, 3), "T", None, None, datetime.date(2021, 5, 19)),
        captions=(Caption("t", Span(3, 4), "AFP"),),
        paragraphs=(Paragraph("t", Span(4, 5)),),
        quotes=(Quote("t", Span(5, 6), speaker, "said", 0),),
        boilerplate=(Boilerplate("t", Span(6, 7), "promo"),),
        date=datetime.date(2021, 5, 19),
    )
    assert pickle.loads(pickle.dumps(article)) == article
    data = attrs.asdict(article)
    assert data["quotes"][0]["speaker"]["name"] == "Ann Lee"
    assert data["dateline"]["date"] == datetime.date(2021, 5, 19)


def test_body_joins_paragraphs() -> None:
    article = Article("a\n\nb", paragraphs=(Paragraph("a", Span(0, 1)), Paragraph("b", Span(3, 4))))
    assert article.body == "a\n\nb"


def test_model_field_types_are_real_types() -> None:
    # no `from __future__ import annotations` in _model: serialisers read real types
    assert attrs.fields(Dateline).date.type == (datetime.date | None)
