"""Texts of many tiny paragraphs: the shortcuts that read them faster give
what the full reading gives."""

from __future__ import annotations

import pytest

import newsstruct._quotes as quotes_module
from newsstruct import Paragraph, Span, find_quoted_text, find_quotes, parse_article
from newsstruct._blocks import _lf_content
from newsstruct._boilerplate import pull_quotes
from newsstruct._quotes import _marks, _marks_in_windows, _segments
from newsstruct._subheads import crossheads

#: Paragraphs of quotes of every shape the segments are read for: a pair, a
#: quote left open and closed in the next paragraph, one left open to the end,
#: marks alone, a run of marks, German marks closed in the next paragraph.
QUOTED = (
    '"We will stay," the mayor said.\n\n'
    '"The bridge closes in May.\n\n'
    'It reopens in June," she added.\n\n'
    "\u201cNo,\u201d he said. \u201cNot yet.\n\n"
    "Berg sagte: \u201eWir bleiben.\n\n"
    "Das ist klar\u201c, sagte er.\n\n"
    "''''\n\n"
    '"x"\n\n'
    '"\n\n'
    'She said the plan was "on track" and "fair" to all.\n\n'
)


def _paragraphs(text: str) -> list[Paragraph]:
    found, at = [], 0
    for part in text.split("\n\n"):
        if part:
            found.append(Paragraph(part, Span(at, at + len(part))))
        at += len(part) + 2
    return found


def _as_lists(segments: object) -> list[list[object]]:
    return [list(part) for part in segments]  # type: ignore[attr-defined]


@pytest.mark.parametrize("window", [40, 200, 100_000])
def test_marks_by_windows_are_each_paragraphs_own(
    monkeypatch: pytest.MonkeyPatch, window: int
) -> None:
    text = QUOTED * 3
    paragraphs = _paragraphs(text)
    monkeypatch.setattr(quotes_module, "_PACK_ABOVE", window)
    assert list(_marks_in_windows(text, paragraphs)) == [
        _marks(text, p.span.start, p.span.end) for p in paragraphs
    ]


def test_marks_by_windows_of_paragraphs_out_of_order_or_touching() -> None:
    # a run of marks over the edge of two touching paragraphs; a paragraph
    # before the last one's end; one inside another
    text = 'He said """"" and "so" she did.'
    paragraphs = [
        Paragraph(text[0:10], Span(0, 10)),
        Paragraph(text[10:20], Span(10, 20)),
        Paragraph(text[3:12], Span(3, 12)),
        Paragraph(text[14:31], Span(14, 31)),
        Paragraph(text[18:22], Span(18, 22)),
    ]
    assert list(_marks_in_windows(text, paragraphs)) == [
        _marks(text, p.span.start, p.span.end) for p in paragraphs
    ]


def test_packed_segments_are_the_listed_ones(monkeypatch: pytest.MonkeyPatch) -> None:
    text = QUOTED * 4
    paragraphs = _paragraphs(text)
    listed = _segments(text, paragraphs)
    assert isinstance(listed, list)
    assert any(listed)  # (quotes found: the comparison is not of empty lists)
    # a quote closed in the next paragraph continues it (both paths join them)
    assert any(not segment.closed for part in listed for segment in part)
    monkeypatch.setattr(quotes_module, "_PACK_ABOVE", 60)
    packed = _segments(text, paragraphs)
    assert not isinstance(packed, list)
    assert _as_lists(packed) == _as_lists(listed)


def test_lines_without_white_space_at_their_edges() -> None:
    # every line flush
    assert _lf_content("Title\n\nBody.\n") == (
        [(0, 5, False), (7, 12, False)],
        bytearray(b"\x01\x00\x01\x00"),
    )
    assert _lf_content("") == ([], bytearray(b"\x00"))
    # a space, a no-break space or a tab at a line's end is trimmed off the line
    for space in (" ", "\u00a0", "\t"):
        assert _lf_content(f"Title{space}\n\nBody.") == (
            [(0, 5, False), (8, 13, False)],
            bytearray(b"\x01\x00\x01"),
        )
    # a line of white space alone has no content; an indented line is not read here
    assert _lf_content("Title\n \nBody.") == (
        [(0, 5, False), (8, 13, False)],
        bytearray(b"\x01\x00\x01"),
    )
    assert _lf_content("Title\n  Body.") is None


def test_lower_case_lines_are_no_crossheads() -> None:
    prose = "The council voted on Monday to close the old bridge for a year."
    for line, found in (("What happens next", True), ("what happens next", False)):
        text = f"{prose}\n\n{line}\n\n{prose}\n\n{prose}"
        start = len(prose) + 2
        bodies = [
            (0, len(prose)),
            (start, start + len(line)),
            (start + len(line) + 2, start + len(line) + 2 + len(prose)),
            (start + len(line) + 4 + len(prose), len(text)),
        ]
        assert (crossheads(text, bodies) == [1]) is found


def test_repeated_tiny_blocks_read_alike() -> None:
    # the same short block again and again: each is body, as the first is
    story = "The council voted on Monday to close the old bridge.\n\n"
    article = parse_article(story + "a\n\n" * 30 + "\u2014\n\n" * 30)
    texts = [paragraph.text for paragraph in article.paragraphs]
    assert texts.count("a") == 30
    assert texts.count("\u2014") == 30
    # a short block the boilerplate rules take is taken every time it comes
    article = parse_article(story + "Advertisement\n\n" * 5 + story)
    assert [junk.text for junk in article.boilerplate].count("Advertisement") == 5
    assert "Advertisement" not in [paragraph.text for paragraph in article.paragraphs]


def test_numbers_alone_keep_their_paragraphs() -> None:
    story = "The council voted on Monday to close the old bridge.\n\n"
    article = parse_article(story + "1.\n\n2.\n\n" * 20 + story)
    assert [paragraph.text for paragraph in article.paragraphs].count("1.") == 20
    # a page pointer glued to a paragraph's end is still split off
    glued = parse_article(story + "The council voted to\nContinued on Page A12\n\n" + story)
    assert "Continued on Page A12" in [junk.text for junk in glued.boilerplate]


@pytest.mark.parametrize("window", [60, 100_000])
def test_marks_alone_make_no_quote(monkeypatch: pytest.MonkeyPatch, window: int) -> None:
    monkeypatch.setattr(quotes_module, "_PACK_ABOVE", window)
    alone = '"\n\n' * 40 + "\u201c\n\n" * 40
    assert find_quotes(alone) == ()
    assert find_quoted_text(alone) == ()
    # one quote among the marks is still found, and attributed
    said = alone + '"We will stay," the mayor said.\n\n' + alone
    assert [quote.text for quote in find_quoted_text(said)] == ["We will stay,"]
    assert [quote.speaker.name for quote in find_quotes(said) if quote.speaker] == ["the mayor"]


def test_short_pull_quotes() -> None:
    said = "The coach said: I do as we go, and so does the team, every week.\n\n"
    for block, found in (('"I do as we go"', [1]), ('"We go"', []), ('"', [])):
        text = f"{said}{block}\n\nThe season opens in May."
        bodies, at = [], 0
        for part in text.split("\n\n"):
            bodies.append((at, at + len(part)))
            at += len(part) + 2
        assert pull_quotes(text, bodies) == found
