"""A text with \\r\\n line ends gives the parts of its \\n twin, its spans mapped back."""

from __future__ import annotations

import datetime
import pickle
import types
import typing
from collections.abc import Iterator
from typing import Any

import attrs
import pytest

import newsstruct
from newsstruct import (
    Article,
    Quote,
    Span,
    find_boilerplate,
    find_quoted_text,
    find_quotes,
    parse_article,
    parse_articles,
    parse_byline,
    parse_caption,
    parse_dateline,
    split_documents,
)
from newsstruct._crlf import as_crlf, lf_twin

#: Hard-wrapped stories whose quotes went to someone else when their lines
#: ended in \r\n: a nickname in marks before a surname on the next line, and
#: a narrator named in apposition over a wrapped quote.
SPORT = (
    "Harriers snatch late win over United in cup replay\n"
    "\n"
    'The winner came in the 88th minute from winger Samuel "Rocket"\n'
    "Okafor, who cut inside from the left and bent a shot into the far\n"
    "corner. Okafor, signed from a non-league side in the summer, has\n"
    "now scored in four straight games.\n"
    "\n"
    "Asked about the goal, a hand cupped to his ear in front of the\n"
    'home fans, Okafor grinned. "I saw the keeper leaning early," he\n'
    'said. "So I went the other way."\n'
)
REVIEW = (
    "A first novel about a fishing family that keeps its secrets close\n"
    "\n"
    'Helen Morrow\'s debut, "The Salt Houses" (Larch Books, 318 pages,\n'
    "$27), is set in a harbour town on the Cornish coast between 1947\n"
    "and 1969, and for most of its length it is about nets, debts and\n"
    "the slow grudges of four brothers.\n"
    "\n"
    "The youngest, Tobias, narrates. He is watchful, funny and\n"
    'unreliable in ways the book takes its time to show. "Every family\n'
    'in the town has one story it will not tell," he tells us early\n'
    'on, "and ours has two." Morrow, a former harbour clerk, has an\n'
    "ear for that kind of line.\n"
)


def _elements(value: Any) -> Iterator[Any]:
    if isinstance(value, tuple):
        for item in value:
            yield from _elements(item)
    elif attrs.has(type(value)) and not isinstance(value, Span):
        yield value
        for field in attrs.fields(type(value)):
            yield from _elements(getattr(value, field.name))


def _assert_slices(text: str, found: object) -> None:
    """Every span in *found* slices *text* to what it covers, and cuts no \\r\\n."""
    for element in _elements(found):
        for field in attrs.fields(type(element)):
            span = getattr(element, field.name)
            if not isinstance(span, Span):
                continue
            if field.name == "span":
                covered = "text" if hasattr(element, "text") else "mention"
            else:
                covered = field.name.removesuffix("_span")
            assert text[span.start : span.end] == getattr(element, covered), element
            assert text[span.start - 1 : span.start + 1] != "\r\n" or span.start == 0
            assert text[span.end - 1 : span.end + 1] != "\r\n"


def _said(article: Article) -> list[tuple[str, str | None, str | None]]:
    return _said_in(article.quotes)


def _said_in(quotes: tuple[Quote, ...]) -> list[tuple[str, str | None, str | None]]:
    return [
        (
            quote.text.replace("\r\n", "\n"),
            None if quote.speaker is None else quote.speaker.name,
            None if quote.speaker is None else quote.speaker.mention.replace("\r\n", "\n"),
        )
        for quote in quotes
    ]


@pytest.mark.parametrize(
    ("story", "speaker"), [(SPORT, "Samuel Okafor"), (REVIEW, "Tobias")], ids=["sport", "review"]
)
def test_a_hard_wrapped_story_with_crlf_line_ends_gives_its_lf_quotes(
    story: str, speaker: str
) -> None:
    crlf = story.replace("\n", "\r\n")
    article = parse_article(crlf)
    assert article.text is crlf
    assert _said(article) == _said(parse_article(story))
    assert [quote.speaker and quote.speaker.name for quote in article.quotes] == [speaker] * 2
    _assert_slices(crlf, article)
    # (a quote wrapped over a line keeps its \r\n, as written)
    assert any("\r\n" in quote.text for quote in article.quotes) is (story is REVIEW)


def test_a_crlf_text_gives_the_lf_parts_with_their_spans_mapped() -> None:
    story = (
        "Ports close as storm nears\n\nBy Jane Doe and John Smith, Reuters\n\n"
        "The harbour at dawn. Photo: Tom Roe/Reuters\n\n"
        "LISBON, May 2 (Reuters) - Ports closed on Monday as a storm\n"
        "neared the coast, officials said.\n\n"
        '"Ships will wait offshore," the harbour master, Rui Costa,\ntold reporters.\n\n'
        "(Reporting by Jane Doe; Editing by Tom Lee)\n"
    )
    crlf = story.replace("\n", "\r\n")
    lf, article = parse_article(story), parse_article(crlf)
    _assert_slices(crlf, article)
    assert article.byline is not None
    assert article.dateline is not None
    assert article.byline.names == ("Jane Doe", "John Smith")
    assert article.dateline.location == "LISBON"
    assert [c.credit for c in article.captions] == [c.credit for c in lf.captions]
    assert [p.text.replace("\r\n", "\n") for p in article.paragraphs] == [
        p.text for p in lf.paragraphs
    ]
    assert _said(article) == _said(lf) == [("Ships will wait offshore,", "Rui Costa", "Rui Costa")]
    assert [b.kind for b in article.boilerplate] == [b.kind for b in lf.boilerplate]
    assert article.date == lf.date


def test_a_text_with_mixed_line_ends_reads_each_as_a_line_end() -> None:
    text = 'Talks end\r\n\r\nOSLO (NTB) - Talks ended.\n\r"We are done," Jo Lind said.\r\n'
    article = parse_article(text)
    _assert_slices(text, article)
    assert article.headline is not None
    assert article.headline.text == "Talks end"
    assert [p.text for p in article.paragraphs] == ["Talks ended.", '"We are done," Jo Lind said.']
    assert [(q.text, q.speaker and q.speaker.name) for q in article.quotes] == [
        ("We are done,", "Jo Lind")
    ]


def test_a_crlf_after_a_lone_cr_ends_a_line_of_its_own() -> None:
    # (\r\r\n: two line ends, a blank line, as before)
    text = "Talks end\r\r\nOSLO (NTB) - Talks ended.\r\nNo deal was made.\r\n"
    twin = lf_twin(text)
    assert twin is not None
    assert twin[0] == "Talks end\r\r\nOSLO (NTB) - Talks ended.\nNo deal was made.\n"
    article = parse_article(text)
    _assert_slices(text, article)
    assert article.headline is not None
    assert article.headline.text == "Talks end"


def test_a_text_without_crlf_is_parsed_as_it_is() -> None:
    text = "Talks end\n\nOSLO (NTB) - Talks ended.\r"
    assert lf_twin(text) is None
    assert parse_article(text).text is text


def test_the_per_part_functions_read_a_crlf_text_as_its_lf_twin() -> None:
    quotes = 'Talks ended.\r\n"We will win," said Mayor Jo Lind.\r\nShe calls it "the plan."'
    found = find_quotes(quotes)
    assert [(q.text, q.speaker and q.speaker.name) for q in found][:1] == [
        ("We will win,", "Jo Lind")
    ]
    assert _said_in(found) == _said_in(find_quotes(quotes.replace("\r\n", "\n")))
    assert [q.span for q in found][:1] == [Span(15, 27)]
    _assert_slices(quotes, found)
    assert find_quotes(text=quotes) == found  # (the text given by keyword too)
    quoted = find_quoted_text(quotes)
    assert [q.text for q in quoted] == ["We will win,", "the plan."]
    _assert_slices(quotes, quoted)
    junk = find_boilerplate("Rain fell.\r\n\r\n(c) 2025 Example News\r\n")
    assert [(b.text, b.kind, b.span) for b in junk] == [
        ("(c) 2025 Example News", "copyright", Span(14, 35))
    ]
    byline = parse_byline("\r\nBy Anna Weber and Tom Holt\r\n")
    assert byline is not None
    assert byline.names == ("Anna Weber", "Tom Holt")
    assert byline.span == Span(2, 28)
    _assert_slices("\r\nBy Anna Weber and Tom Holt\r\n", byline)
    caption = parse_caption("Boats in the harbour\r\nat dawn. (Photo: Lars Berg/NTB)")
    assert caption is not None
    assert caption.credit == "Lars Berg/NTB"
    _assert_slices("Boats in the harbour\r\nat dawn. (Photo: Lars Berg/NTB)", caption)
    dateline = parse_dateline(
        "\r\nOSLO, May 2 (NTB) - Rain fell.", reference_date=datetime.date(2025, 5, 3)
    )
    assert dateline is not None
    assert dateline.date == datetime.date(2025, 5, 2)
    _assert_slices("\r\nOSLO, May 2 (NTB) - Rain fell.", dateline)
    documents = "Talks end\r\n\r\nThe talks ended.\r\n\r\nEnd of Document\r\n\r\nStorm hits\r\n"
    spans = split_documents(documents)
    assert [documents[s.start : s.end].splitlines()[0] for s in spans] == [
        "Talks end",
        "Storm hits",
    ]
    assert all(documents[s.end - 1 : s.end + 1] != "\r\n" for s in spans)
    (batch,) = parse_articles([SPORT.replace("\n", "\r\n")])
    assert _said(batch) == _said(parse_article(SPORT))


def _type_args(kind: object) -> tuple[Any, ...]:
    return typing.get_args(kind)


def _built(kind: type, twin: str, span: Span) -> Any:
    """A record of class *kind* whose every span is *span* over *twin*."""
    hints = typing.get_type_hints(kind)
    values: dict[str, object] = {}
    names = [field.name for field in attrs.fields(kind)]
    for field in attrs.fields(kind):
        values[field.name] = _value(hints[field.name], twin, span)
    for name in names:
        if name == "span":
            values["text" if "text" in names else "mention"] = twin[span.start : span.end]
        elif name.endswith("_span") and name.removesuffix("_span") in names:
            values[name.removesuffix("_span")] = twin[span.start : span.end]
    if "span" not in names and "text" in names:  # (the article: the whole text)
        values["text"] = twin
    return kind(**values)


def _value(hint: Any, twin: str, span: Span) -> object:
    args = [arg for arg in _type_args(hint) if arg is not type(None)]
    if typing.get_origin(hint) in (typing.Union, types.UnionType):
        return _value(args[0], twin, span)
    if typing.get_origin(hint) is tuple:
        return (_value(args[0], twin, span),)
    if hint is Span:
        return span
    if attrs.has(hint):
        return _built(hint, twin, span)
    if hint is str:
        return "derived\nstring"
    if hint is int:
        return 0
    if hint is datetime.date:
        return datetime.date(2025, 5, 2)
    raise AssertionError(f"no value for {hint}")


RECORDS = sorted(
    (
        getattr(newsstruct, name)
        for name in newsstruct.__all__
        if isinstance(getattr(newsstruct, name), type)
        and attrs.has(getattr(newsstruct, name))
        and getattr(newsstruct, name).__module__ == "newsstruct._model"
        and getattr(newsstruct, name) is not Span
    ),
    key=lambda kind: kind.__name__,
)


def test_every_record_kind_is_mapped() -> None:
    # (a record added later is walked too: every Span field mapped, what it covers read again)
    assert {kind.__name__ for kind in RECORDS} >= {"Article", "Quote", "Speaker", "Caption"}
    text = "Rain fell\r\nall day.\r\n\r\nTalks end.\r\n"
    found = lf_twin(text)
    assert found is not None
    twin, breaks = found
    for kind in RECORDS:
        record = _built(kind, twin, Span(5, 18))  # "fell\nall day."
        mapped = as_crlf(record, twin, breaks, text)
        if isinstance(mapped, Article):
            assert mapped.text is text
        spans = [
            getattr(element, field.name)
            for element in _elements(mapped)
            for field in attrs.fields(type(element))
            if isinstance(getattr(element, field.name), Span)
        ]
        assert spans, kind
        assert set(spans) == {Span(5, 19)}, kind
        _assert_slices(text, mapped)
        # (derived strings stay as they were)
        derived = [
            getattr(element, field.name)
            for element in _elements(mapped)
            for field in attrs.fields(type(element))
            if getattr(element, field.name) == "derived\nstring"
        ]
        unmapped = [
            getattr(element, field.name)
            for element in _elements(record)
            for field in attrs.fields(type(element))
            if getattr(element, field.name) == "derived\nstring"
        ]
        assert derived == unmapped


@pytest.mark.parametrize(
    "name",
    [
        "find_boilerplate",
        "find_quoted_text",
        "find_quotes",
        "parse_byline",
        "parse_caption",
        "parse_dateline",
        "split_documents",
    ],
)
def test_the_per_part_functions_pickle_by_their_public_name(name: str) -> None:
    # (so they can be sent to worker processes: ProcessPoolExecutor().map(find_quotes, ...))
    function = getattr(newsstruct, name)
    assert pickle.loads(pickle.dumps(function)) is function
