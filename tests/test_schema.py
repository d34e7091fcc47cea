"""article_schema(): the shipped JSON Schema describes to_dict() output, field for field."""

from __future__ import annotations

import datetime
import types
import typing
from typing import Any

import attrs
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import newsstruct
from newsstruct import (
    Article,
    Boilerplate,
    Byline,
    Caption,
    Dateline,
    Headline,
    Kicker,
    Paragraph,
    Quote,
    Span,
    Speaker,
    Standfirst,
    Subhead,
    article_schema,
    parse_article,
    to_dict,
)

from .strategies import dateline_text, newsy_text
from .test_ninjs import ARTICLES

jsonschema = pytest.importorskip("jsonschema")

RECORDS = [
    Headline,
    Kicker,
    Standfirst,
    Byline,
    Dateline,
    Caption,
    Paragraph,
    Subhead,
    Speaker,
    Quote,
    Boilerplate,
    Article,
]
_SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _validator() -> Any:
    schema = article_schema()
    cls = jsonschema.validators.validator_for(schema)
    return cls(schema, format_checker=cls.FORMAT_CHECKER)


VALIDATOR = _validator()


def test_schema_is_valid_draft_2020_12() -> None:
    schema = article_schema()
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    jsonschema.Draft202012Validator.check_schema(schema)


def test_accessor_returns_a_copy() -> None:
    article_schema()["$defs"].clear()
    assert "article" in article_schema()["$defs"]


@pytest.mark.parametrize("record", RECORDS, ids=lambda r: r.__name__)
def test_every_field_is_in_the_schema(record: type) -> None:
    definition = article_schema()["$defs"][record.__name__.lower()]
    names = [field.name for field in attrs.fields(record)]
    assert sorted(definition["properties"]) == sorted(names)
    assert sorted(definition["required"]) == sorted(names)
    assert definition["additionalProperties"] is False


@pytest.mark.parametrize("record", RECORDS, ids=lambda r: r.__name__)
def test_optional_fields_allow_null(record: type) -> None:
    schema = article_schema()
    definition = schema["$defs"][record.__name__.lower()]
    for field in attrs.fields(record):
        sub = {"$defs": schema["$defs"], **definition["properties"][field.name]}
        accepts_null = VALIDATOR.evolve(schema=sub).is_valid(None)
        assert accepts_null == _is_optional(field.type), field.name


def _is_optional(annotation: Any) -> bool:
    origin = typing.get_origin(annotation)
    return origin in (typing.Union, types.UnionType) and type(None) in typing.get_args(annotation)


def test_every_record_is_exported() -> None:
    schema_defs = set(article_schema()["$defs"]) - {"span", "date"}
    assert schema_defs == {record.__name__.lower() for record in RECORDS}
    assert all(hasattr(newsstruct, record.__name__) for record in RECORDS)


@pytest.mark.parametrize("name", list(ARTICLES))
def test_hand_made_articles_validate(name: str) -> None:
    VALIDATOR.validate(to_dict(ARTICLES[name]))


def test_broken_dicts_fail() -> None:
    good = to_dict(ARTICLES["full"])
    assert VALIDATOR.is_valid(good)
    assert not VALIDATOR.is_valid({k: v for k, v in good.items() if k != "quotes"})
    assert not VALIDATOR.is_valid({**good, "extra": 1})
    assert not VALIDATOR.is_valid({**good, "date": "19 May 2024"})
    assert not VALIDATOR.is_valid({**good, "headline": {"text": "x", "span": [1]}})
    assert not VALIDATOR.is_valid({**good, "headline": {"text": "x", "span": [0, 1, 2]}})


@_SETTINGS
@given(st.one_of(st.text(), newsy_text, dateline_text))
def test_parsed_text_validates(text: str) -> None:
    VALIDATOR.validate(to_dict(parse_article(text)))


# Records of every shape, whatever the parsers find today.
_spans = st.builds(lambda a, b: Span(min(a, b), max(a, b)), st.integers(0, 99), st.integers(0, 99))
_opt = st.none() | st.text(max_size=5)
_dates = st.none() | st.dates(datetime.date(1900, 1, 1), datetime.date(2100, 1, 1))
_speaker = st.builds(Speaker, st.text(max_size=5), st.text(max_size=5), _spans, _opt)
_articles = st.builds(
    Article,
    text=st.text(max_size=20),
    headline=st.none() | st.builds(Headline, st.text(max_size=5), _spans),
    byline=st.none()
    | st.builds(Byline, st.text(max_size=5), st.lists(st.text(max_size=5), max_size=3), _spans),
    dateline=st.none() | st.builds(Dateline, st.text(max_size=5), _spans, _opt, _opt, _opt, _dates),
    captions=st.lists(
        st.builds(Caption, st.text(max_size=5), _spans, _opt, st.none() | _spans), max_size=2
    ),
    paragraphs=st.lists(st.builds(Paragraph, st.text(max_size=5), _spans), max_size=2),
    quotes=st.lists(
        st.builds(
            Quote,
            st.text(max_size=5),
            _spans,
            st.none() | _speaker,
            _opt,
            st.integers(0, 9),
            st.sampled_from(["direct", "partial"]),
        ),
        max_size=2,
    ),
    boilerplate=st.lists(
        st.builds(Boilerplate, st.text(max_size=5), _spans, st.text(max_size=8)), max_size=2
    ),
    date=_dates,
    kicker=st.none() | st.builds(Kicker, st.text(max_size=5), _spans),
    standfirst=st.none() | st.builds(Standfirst, st.text(max_size=5), _spans),
    language=_opt,
)


@_SETTINGS
@given(_articles)
def test_generated_records_validate(article: Article) -> None:
    VALIDATOR.validate(to_dict(article))
