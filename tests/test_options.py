"""Options and input checks: caller mistakes raise NewsstructError subclasses."""

from __future__ import annotations

import datetime
import json
import pathlib
import re
from collections.abc import Callable

import attrs
import pytest

from newsstruct import (
    InputTypeError,
    NewsstructError,
    OptionError,
    Options,
    Span,
    UnknownLanguageError,
    parse_article,
    parse_articles,
    render_html,
    to_json,
    to_ninjs,
)


@pytest.mark.parametrize("bad", [b"bytes", bytearray(b"x"), None, 42, ["a"]])
def test_non_str_text_raises_input_type_error(bad: object) -> None:
    with pytest.raises(InputTypeError, match="must be str"):
        parse_article(bad)  # type: ignore[arg-type]


def test_bytes_message_says_how_to_decode() -> None:
    with pytest.raises(TypeError, match=r"decode"):
        parse_article(b"abc")  # type: ignore[arg-type]


def test_a_path_or_an_open_file_says_to_pass_the_text(tmp_path: pathlib.Path) -> None:
    path = tmp_path / "story.txt"
    path.write_text("Calm day\n\nNothing moved.", encoding="utf-8")
    with pytest.raises(InputTypeError, match=r"got \w*Path: pass the file's text.*read_text"):
        parse_article(path)  # type: ignore[arg-type]
    with path.open(encoding="utf-8") as handle, pytest.raises(InputTypeError, match=r"\.read\(\)"):
        parse_article(handle)  # type: ignore[arg-type]
    with pytest.raises(InputTypeError, match="read the files first"):
        parse_articles(path, workers=1)  # type: ignore[arg-type]
    with pytest.raises(InputTypeError) as info:
        parse_article(42)  # type: ignore[arg-type]
    assert str(info.value) == "text must be str, got int"  # no hint where none fits


@pytest.mark.parametrize("bad", ["2021-05-20", 20210520, datetime.time(1, 2)])
def test_bad_reference_date_raises_option_error(bad: object) -> None:
    with pytest.raises(OptionError, match="reference_date must be"):
        parse_article("x", reference_date=bad)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="reference_date"):
        parse_article("x", reference_date=bad)  # type: ignore[arg-type]


def test_datetime_reference_is_kept_as_date() -> None:
    assert Options(reference_date=datetime.datetime(2021, 1, 2, 23, 59)).reference_date == (
        datetime.date(2021, 1, 2)
    )


def test_unknown_language_raises() -> None:
    with pytest.raises(UnknownLanguageError, match="unknown language code 'klingon'"):
        parse_article("x", languages=["klingon"])
    with pytest.raises(NewsstructError):
        Options(languages=[3])
    with pytest.raises(OptionError, match="sequence"):
        Options(languages=5)


def test_languages_normalised() -> None:
    assert Options(languages="DE").languages == ("de",)
    assert Options(languages=[]).languages is None


def test_language_tags_with_a_region_and_norwegian_read_as_their_code() -> None:
    # a BCP 47 tag's region or script is dropped; Norwegian is read as Bokmål
    assert Options(languages=["pt-BR", "en_US", "zh-Hant-TW"]).languages == ("pt", "en", "zh")
    assert Options(languages="no").languages == ("nb",)
    assert Options(languages="NO-no").languages == ("nb",)
    with pytest.raises(UnknownLanguageError, match="unknown language code 'xx-YY'"):
        Options(languages="xx-YY")


def test_options_record_is_accepted_whole() -> None:
    options = Options(reference_date=datetime.date(2021, 3, 12))
    text = "LONDON, March 11 (Reuters) - Ports closed, officials said."
    dateline = parse_article(text, options=options).dateline
    assert dateline is not None
    assert dateline.date == datetime.date(2021, 3, 11)
    assert [a.dateline for a in parse_articles([text], options=options, workers=1)] == [dateline]


def test_options_and_its_fields_together_raise() -> None:
    with pytest.raises(OptionError, match="not both"):
        parse_article("x", options=Options(), languages=["en"])
    with pytest.raises(OptionError, match=r"must be a newsstruct\.Options"):
        parse_article("x", options={"languages": ["en"]})  # type: ignore[arg-type]


@pytest.mark.parametrize("bad", ["Storm shuts ports", b"Storm", None, 123])
def test_no_iterable_of_texts_passed_to_parse_articles_raises(bad: object) -> None:
    with pytest.raises(InputTypeError, match="iterable of texts"):
        parse_articles(bad, workers=1)  # type: ignore[arg-type]


def test_the_string_hint_only_for_strings() -> None:
    with pytest.raises(OptionError) as info:
        parse_article("x", reference_date=20250101)  # type: ignore[arg-type]
    assert "fromisoformat" not in str(info.value)
    with pytest.raises(OptionError, match="fromisoformat"):
        parse_article("x", reference_date="2025-01-01")  # type: ignore[arg-type]


def test_render_html_of_no_article_raises() -> None:
    from newsstruct import render_html

    with pytest.raises(InputTypeError, match="expects an Article"):
        render_html("x")  # type: ignore[arg-type]


def test_headline_false_reads_the_text_as_the_story_alone() -> None:
    text = (
        "Acme shares slump 12% on chip demand.\n\n"
        "The company said demand for its chips had slowed sharply in the third quarter."
    )
    assert parse_article(text).headline is not None  # read as a headline by default
    article = parse_article(text, headline=False)
    assert article.headline is None
    assert article.paragraphs[0].text == "Acme shares slump 12% on chip demand."
    assert parse_article(text, options=Options(headline=False)) == article
    assert [a.headline for a in parse_articles([text], headline=False, workers=1)] == [None]
    # the byline and the dateline are still read
    other = parse_article("By Jane Doe\n\nLONDON (Reuters) - Rain fell.", headline=False)
    assert other.byline is not None
    assert other.dateline is not None


def test_headline_false_keeps_a_scraped_headers_title() -> None:
    text = (
        "Title: Talks end\nURL Source: https://example.com/a\n\n"
        "Markdown Content:\nPorts shut on Monday, officials said.\n"
    )
    article = parse_article(text, headline=False)
    assert article.headline is not None
    assert article.headline.text == "Talks end"  # metadata, not the story's first line
    assert [p.text for p in article.paragraphs] == ["Ports shut on Monday, officials said."]


_QUOTED = (
    "Ports shut as storm nears\n\n"
    "LISBON (Reuters) - Portugal closed its ports on Sunday.\n\n"
    '"We will reopen when it is safe," Transport Minister Ana Costa said.\n\n'
    "Reuter"
)


def test_quotes_false_skips_quotes_and_keeps_every_other_part() -> None:
    full = parse_article(_QUOTED)
    bare = parse_article(_QUOTED, quotes=False)
    assert [q.speaker.name for q in full.quotes if q.speaker] == ["Ana Costa"]
    assert bare.quotes == ()
    assert attrs.evolve(full, quotes=()) == bare
    assert parse_article(_QUOTED, options=Options(quotes=False)) == bare
    assert [a.quotes for a in parse_articles([_QUOTED], quotes=False, workers=1)] == [()]


@pytest.mark.parametrize("field", ["transcripts", "headline", "quotes"])
def test_a_flag_that_is_no_bool_names_itself(field: str) -> None:
    with pytest.raises(OptionError, match=f"^{field} must be True or False, got int 1$"):
        Options(**{field: 1})  # type: ignore[arg-type]


@pytest.mark.parametrize("field", ["transcripts", "headline", "quotes"])
@pytest.mark.parametrize("bad", ["no", "yes", 1, None])
def test_a_flag_passed_to_parse_article_that_is_no_bool_raises(field: str, bad: object) -> None:
    """A truthy ``headline="no"`` is checked too, not taken for the default."""
    with pytest.raises(OptionError, match=f"^{field} must be True or False"):
        parse_article("Storm nears\n\nPorts closed.", **{field: bad})  # type: ignore[arg-type]
    with pytest.raises(OptionError, match=f"^{field} must be True or False"):
        list(parse_articles(["Storm"], workers=1, **{field: bad}))  # type: ignore[arg-type]


def test_a_flag_at_its_default_with_an_options_record_is_no_clash() -> None:
    options = Options(headline=False)
    article = parse_article("Storm nears\n\nPorts closed.", options=options)
    assert article == parse_article(
        "Storm nears\n\nPorts closed.", options=options, transcripts=False, headline=True
    )
    assert article.headline is None
    with pytest.raises(OptionError, match="not both"):
        parse_article("x", options=options, headline="no")  # type: ignore[arg-type]


def test_transcripts_without_quotes_is_a_mistake() -> None:
    with pytest.raises(OptionError, match="pass one of them"):
        parse_article(_QUOTED, transcripts=True, quotes=False)


@pytest.mark.parametrize("value", ["no", None, 0, 1, ""])
def test_find_quotes_takes_transcripts_as_a_bool_only(value: object) -> None:
    from newsstruct import find_quotes

    with pytest.raises(OptionError, match="transcripts must be True or False"):
        find_quotes('"Yes," she said.', transcripts=value)  # type: ignore[arg-type]
    # negative: both bools are taken
    assert [q.text for q in find_quotes('"Yes," she said.', transcripts=False)] == ["Yes,"]
    assert [q.text for q in find_quotes('"Yes," she said.', transcripts=True)] == ["Yes,"]


_STORY = parse_article('Calm day\n\nBERLIN (dpa) - "Nothing moved," said Anna Weber.')


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda: to_json(_STORY, indent=2.5), "to_json indent must be an int"),  # type: ignore[arg-type]
        (lambda: to_json(_STORY, indent="2"), "to_json indent must be an int"),  # type: ignore[arg-type]
        (lambda: to_json(_STORY, indent=True), "to_json indent must be an int"),
        (lambda: render_html(_STORY, title=5), "render_html title must be a str or None"),  # type: ignore[arg-type]
        (lambda: render_html(_STORY, title=b"x"), "render_html title must be a str or None"),  # type: ignore[arg-type]
        (lambda: to_ninjs(_STORY, ["3.1"]), "unknown ninjs version"),  # type: ignore[arg-type]
        (lambda: to_ninjs(_STORY, 3.1), "unknown ninjs version"),  # type: ignore[arg-type]
        (lambda: to_ninjs(_STORY, uri=7), "to_ninjs uri must be a str"),  # type: ignore[arg-type]
        (lambda: Span(None, 3), "Span start must be an int offset, got NoneType"),  # type: ignore[arg-type]
        (lambda: Span(0, "3"), "Span end must be an int offset, got str"),  # type: ignore[arg-type]
        (lambda: Options(languages=b"en"), "languages must be a sequence of ISO 639-1 codes"),
    ],
)
def test_wrong_argument_types_of_the_exporters_name_what_to_pass(
    call: Callable[[], object], message: str
) -> None:
    """A wrong type for a keyword of to_json, render_html, to_ninjs, Span or
    Options raises a NewsstructError naming what to pass, not a TypeError or
    AttributeError from deep inside json or str."""
    with pytest.raises(NewsstructError, match=re.escape(message)):
        call()


def test_right_argument_types_of_the_exporters_still_work() -> None:
    """The checks above turn nothing away that worked before."""
    assert to_json(_STORY, indent=0).startswith("{\n")
    assert json.loads(to_json(_STORY, indent=2))["text"] == _STORY.text
    assert "<title>Mine" in render_html(_STORY, title="Mine")
    assert "<title>Calm day" in render_html(_STORY, title=None)
    assert to_ninjs(_STORY, "2.2", uri="urn:example:1")["uri"] == "urn:example:1"
    assert to_ninjs(_STORY, uri=None)["uri"].startswith("urn:newsstruct:sha256:")
    assert Span(0, 3) == Span(start=0, end=3)
    assert Options(languages="en").languages == ("en",)
    assert Options(languages=["en", "de"]).languages == ("en", "de")


def test_a_missing_value_from_pandas_is_named_as_such() -> None:
    """NaN, what pandas puts in an empty cell, is told apart from other floats."""
    with pytest.raises(InputTypeError, match=r"got float nan: a missing value"):
        parse_article(float("nan"))  # type: ignore[arg-type]
    with pytest.raises(InputTypeError, match=r"got float nan: a missing value"):
        list(parse_articles(["Calm day.", float("nan")]))  # type: ignore[list-item]
    with pytest.raises(InputTypeError, match=r"^text must be str, got float$"):
        parse_article(2.5)  # type: ignore[arg-type]
