"""to_dict / to_json: JSON-ready and faithful to the records."""

from __future__ import annotations

import datetime
import json

import attrs
import pytest

from newsstruct import (
    Article,
    Dateline,
    InputTypeError,
    Paragraph,
    Quote,
    Span,
    Speaker,
    to_dict,
    to_json,
)


def _article() -> Article:
    text = 'PARIS (AFP) - "Oui," he said.'
    return Article(
        text=text,
        dateline=Dateline(text[:13], Span(0, 13), "PARIS", "AFP", None, datetime.date(2024, 7, 10)),
        paragraphs=(Paragraph(text[14:], Span(14, len(text))),),
        quotes=(Quote("Oui,", Span(15, 19), Speaker("he", "he", Span(21, 23)), "said", 0),),
        date=datetime.date(2024, 7, 10),
    )


def test_dates_are_iso_and_spans_are_pairs() -> None:
    data = to_dict(_article())
    assert data["date"] == "2024-07-10"
    assert data["dateline"]["span"] == [0, 13]
    assert data["quotes"][0]["speaker"]["span"] == [21, 23]
    assert data["captions"] == []


def test_every_field_is_present() -> None:
    data = to_dict(_article())
    assert list(data) == [field.name for field in attrs.fields(Article)]


def test_json_round_trip_keeps_spans_slicing() -> None:
    article = _article()
    data = json.loads(to_json(article, indent=2))
    for quote in data["quotes"]:
        start, end = quote["span"]
        assert data["text"][start:end] == quote["text"]


def test_to_json_keeps_unicode() -> None:
    text = "«Bonjour»"
    assert "«" in to_json(Article(text))


def test_to_dict_rejects_non_records() -> None:
    with pytest.raises(InputTypeError, match="newsstruct record"):
        to_dict({"text": "x"})


def test_to_json_names_itself_when_it_rejects_non_records() -> None:
    with pytest.raises(InputTypeError, match=r"^to_json expects a newsstruct record"):
        to_json(1)


@pytest.mark.parametrize("indent", [None, 0, 2, 4])
@pytest.mark.parametrize("head", [(), (("id", "a.txt"),), (("id", {"n": [1, 2]}), ("document", 3))])
def test_iter_json_pieces_join_to_the_records_json(
    indent: int | None, head: tuple[tuple[str, object], ...]
) -> None:
    from newsstruct import parse_article
    from newsstruct._serialize import iter_json

    article = parse_article(
        'Storm shuts ports\n\nBy Jo Lind\n\nHAMBURG (Reuters) - "We are closed," said '
        "Anna Berg, a spokeswoman.\n\nShips wait offshore. \u00e9\U0001f600\n"
    )
    want = json.dumps({**dict(head), **to_dict(article)}, ensure_ascii=False, indent=indent)
    pieces = list(iter_json(article, indent=indent, head=head))
    assert "".join(pieces) == want
    # a piece per field or list item, never the whole record at once
    assert len(pieces) > 2 * len(attrs.fields(Article))
    # a record with empty lists and nothing found
    empty = parse_article("")
    assert "".join(iter_json(empty, indent=indent)) == to_json(empty, indent=indent)


@pytest.mark.parametrize("indent", [None, 2])
def test_line_separators_inside_strings_are_escaped(indent: int | None) -> None:
    from newsstruct import parse_article
    from newsstruct._serialize import iter_json

    # U+0085, U+2028 and U+2029 are JSON string characters but line breaks
    # to str.splitlines(): a JSON line must not hold them raw.
    text = 'Storm\u2028shuts ports\n\nHAMBURG (Reuters) - "We are\x85closed," said Anna Berg.\u2029'
    article = parse_article(text)
    for out in (to_json(article, indent=indent), "".join(iter_json(article, indent=indent))):
        assert not {"\x85", "\u2028", "\u2029"} & set(out)
        assert "\\u2028" in out
        assert "\\u0085" in out
        assert "\\u2029" in out
        assert json.loads(out) == to_dict(article)  # the same JSON
    line = to_json(article)
    assert line.splitlines() == [line]
    assert "é" in to_json(Article("é"))  # other text stays as written


def test_a_span_alone_is_a_dict_as_annotated() -> None:
    assert to_dict(Span(2, 5)) == {"start": 2, "end": 5}
    assert json.loads(to_json(Span(2, 5))) == {"start": 2, "end": 5}
