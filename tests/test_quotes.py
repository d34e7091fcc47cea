"""Quotation marks, quoted segments and which of them are attributed quotes."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsstruct import Paragraph, Span, find_quoted_text, find_quotes, parse_article
from newsstruct._quotes import quotes_in
from newsstruct.exceptions import InputTypeError, OptionError


def texts(text: str) -> list[str]:
    return [q.text for q in find_quoted_text(text)]


def quoted(text: str) -> list[str]:
    return [q.text for q in find_quotes(text)]


def blank_line_paragraphs(text: str) -> list[Paragraph]:
    """Paragraphs from blank-line blocks, built by hand (independent of the composer)."""
    paragraphs = []
    pos = 0
    for block in text.split("\n\n"):
        start = text.index(block, pos)
        paragraphs.append(Paragraph(block, Span(start, start + len(block))))
        pos = start + len(block)
    return paragraphs


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('"We will go," he said.', ["We will go,"]),
        ("\u201cWe will go,\u201d he said.", ["We will go,"]),
        ("''We will go,'' he said.", ["We will go,"]),
        ("``We will go,'' he said.", ["We will go,"]),
        ("\u2018We will go,\u2019 he said.", ["We will go,"]),
        ("\u00abNous irons\u00bb, a-t-il dit.", ["Nous irons"]),
        ("\u201eWir gehen\u201c, sagte er.", ["Wir gehen"]),
        ("\u201aWir gehen\u2018, sagte er.", ["Wir gehen"]),
        ("'Serious differences' remain", ["Serious differences"]),
        (
            '"He called it \u2018a deal\u2019 today," she said.',
            ["He called it \u2018a deal\u2019 today,"],
        ),
        ("\u201cHe said 'no' twice,\u201d she said.", ["He said 'no' twice,"]),
        ("''She said, 'Go home,' and left,'' he said.", ["She said, 'Go home,' and left,"]),
        ('"A," and \u201cB,\u201d he said.', ["A,", "B,"]),
    ],
)
def test_marks(text: str, expected: list[str]) -> None:
    assert texts(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Russia's envoy and the countries' leaders met.",
        "Music of the '60s and '70s",
        "He loved rock 'n' roll.",
        "She is 5'11\" tall.",
        "Yes, Ma'am, it's fine.",
        "Russia\u2019s envoy and the countries\u2019 leaders met in the \u201960s.",
        "Rock \u2019n\u2019 roll",
        "",
        '""',
        '"',
    ],
)
def test_apostrophes_primes_elisions_never_open(text: str) -> None:
    assert texts(text) == []


def test_unclosed_mark_only_affects_its_paragraph() -> None:
    text = (
        'He said "this never closes and then more words here.\n\n'
        '"We are ready," Ms Smith said.\n\n'
        'Later he added a "stray mark, and "We will win," Mr Jones said.'
    )
    found = quoted(text)
    assert "We are ready," in found
    assert "We will win," in found


def test_quote_over_several_paragraphs() -> None:
    text = (
        'Mr Jones said:\n\n"We came here to work and we will stay until it is done.\n\n'
        '"Nobody will stop us now," he said.'
    )
    quotes = find_quotes(text)
    assert [q.text for q in quotes] == [
        "We came here to work and we will stay until it is done.",
        "Nobody will stop us now,",
    ]
    assert [q.paragraph for q in quotes] == [1, 2]
    assert all(q.speaker is not None and q.speaker.name == "Jones" for q in quotes)


def test_interrupted_quote_is_two_records_with_one_speaker() -> None:
    quotes = find_quotes('"We will," he said, "and soon."')
    assert [q.text for q in quotes] == ["We will,", "and soon."]
    assert quotes[0].speaker == quotes[1].speaker
    assert quotes[0].speaker is not None
    assert quotes[0].speaker.mention == "he"


def test_partial_quote_in_indirect_speech() -> None:
    (quote,) = find_quotes(
        "Mr Lavrov said Russia and the US have to cooperate "
        '"in spheres where our interests collide".'
    )
    assert quote.text == "in spheres where our interests collide"
    assert quote.kind == "partial"
    assert quote.cue == "said"
    assert quote.speaker is not None
    assert quote.speaker.mention == "Mr Lavrov"


@pytest.mark.parametrize(
    ("text", "attributed"),
    [
        ('Mr Biden said he regarded Mr Putin as a "killer", prompting anger.', True),
        ("Viewers watched \u201cSaturday Night Live\u201d on Sunday.", False),
        ('Critics attacked the so-called "deal" on Monday.', False),
        ('The boxer goes by "Shorty" at home.', False),
        ('The book, "The Art of the Deal," sold well.', False),
        ('<tweet author="someone">text</tweet>', False),
        ('Mr Trump called the plan "a total disaster" on Monday.', True),
        # a quoted word joined to the next by a hyphen is part of a compound
        ('She said the "moan"-worthy headlines were sexist.', False),
    ],
)
def test_scare_quotes_titles_nicknames(text: str, attributed: bool) -> None:
    assert bool(find_quotes(text)) is attributed
    assert find_quoted_text(text)  # the segment is still found


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ('"We are ready," said Mr Blinken.', "Mr Blinken"),
        ('"We are ready," Mr Blinken said.', "Mr Blinken"),
        ('Ned Price, a State Department spokesman, said: "We are ready."', "Ned Price"),
        ('"We are ready," the ministry said in a statement.', "the ministry"),
        ('According to Ms Lee, "the talks went well."', "Ms Lee"),
        ('"We are ready," said a spokesman for the group.', "a spokesman for the group"),
        ('"We are ready." Mr Blinken said on Monday.', "Mr Blinken"),
        ('"Why not?" Mr Blinken asked.', "Mr Blinken"),
        ('Mr Blinken (D-Ohio) said it was "a good day for all".', "Mr Blinken"),
    ],
)
def test_speaker_positions(text: str, mention: str) -> None:
    (quote,) = find_quotes(text)
    assert quote.speaker is not None
    assert quote.speaker.mention == mention
    assert quote.speaker.span.slice(text) == mention


def test_quote_only_paragraph_continues_previous_speaker() -> None:
    text = (
        '"We are ready," said Jane Doe, the mayor.\n\n'
        '"We have waited for this day for a very long time."'
    )
    quotes = find_quotes(text)
    assert len(quotes) == 2
    assert quotes[1].speaker is not None
    assert quotes[1].speaker.name == "Jane Doe"


def test_colon_introduction_in_previous_paragraph() -> None:
    text = "Jane Doe, the mayor, told reporters:\n\n\u201cWe are going to rebuild the town.\u201d"
    (quote,) = find_quotes(text)
    assert quote.speaker is not None
    assert quote.speaker.name == "Jane Doe"


def test_quotes_in_with_hand_made_paragraphs() -> None:
    text = 'Headline with "a quote"\n\n"We will win the vote," Mr Smith said.'
    paragraphs = blank_line_paragraphs(text)[1:]
    quotes = quotes_in(text, paragraphs)
    assert [q.text for q in quotes] == ["We will win the vote,"]
    assert quotes[0].paragraph == 0


def test_a_quote_that_runs_on_is_said_by_the_speaker_of_the_rest() -> None:
    text = (
        "Mayor Ann Berg spoke on Wednesday.\n\n"
        '"We will build 10,000 homes. We will do it with private help.\n\n'
        '"And we will make a third of them affordable," Berg said.'
    )
    assert [(q.text[:13], q.speaker and q.speaker.name) for q in find_quotes(text)] == [
        ("We will build", "Ann Berg"),
        ("And we will m", "Ann Berg"),
    ]
    # a quote in other marks inside an excerpt is no continuation of it
    text = (
        "From Jo Kent, writing in the Herald:\n\n"
        '"The race is long and the field is wide.\n\n'
        "\u201cYou have called them names,\u201d Lind said in the debate."
    )
    assert [q.text[:13] for q in find_quotes(text)] == ["You have call"]


def test_spans_slice_the_text() -> None:
    text = "A.\n\n\u201c  Padded quote here  ,\u201d he said."
    for quote in find_quoted_text(text):
        assert quote.span.slice(text) == quote.text
        assert quote.text == quote.text.strip()


def test_seed_article_through_parse_article() -> None:
    text = (
        "US and Russia stress dialogue despite 'serious differences'\n\n"
        "REYKJAVIK (REUTERS) - Top diplomats met on Wednesday.\n\n"
        "United States Secretary of State Antony Blinken said it was "
        '"no secret that we have our differences".\n\n'
        '"We think that\'s good for our people," Mr Blinken said.'
    )
    article = parse_article(text)
    assert [(q.text, q.speaker.name if q.speaker else None) for q in article.quotes] == [
        ("no secret that we have our differences", "Antony Blinken"),
        ("We think that's good for our people,", "Antony Blinken"),
    ]


def test_wrong_type() -> None:
    with pytest.raises(InputTypeError):
        find_quotes(b"bytes")  # type: ignore[arg-type]
    with pytest.raises(InputTypeError):
        find_quoted_text(None)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "text",
    [
        '"' * 100_000,
        '"said"' * 5_000,
        "\u201c" * 50_000,
        "'" * 50_000,
        "''" * 50_000,
        '"a," he said, "b' * 2_000,
        "Mr. Smith said " * 5_000,
    ],
)
def test_hostile_input_finishes(text: str) -> None:
    for quote in find_quoted_text(text):
        assert quote.span.slice(text) == quote.text


_MARKY = st.text(
    alphabet=st.sampled_from(list("ab .,:\n\"'`\u201c\u201d\u2018\u2019\u00ab\u00bbHeMrsaid")),
    max_size=200,
)


@settings(max_examples=300, deadline=None)
@given(_MARKY)
def test_never_raises_and_spans_slice(text: str) -> None:
    for quote in find_quoted_text(text):
        assert quote.span.slice(text) == quote.text
        assert quote.text
        if quote.speaker is not None:
            assert quote.speaker.span.slice(text) == quote.speaker.mention
    assert set(find_quotes(text)) <= set(find_quoted_text(text))


@pytest.mark.parametrize(
    ("text", "attributed"),
    [
        # a nickname inside a name is not a quote
        ('Rep. Robert C. "Bobby" Scott said he would open his home to everyone.', False),
        # a term someone uses is theirs
        ('Rubio said that by refusing to say the words "radical Islam," they erred.', True),
        # a short sentence in Title Case is not a title
        ("''It is not charity,'' the president added. ''We're America.''", True),
    ],
)
def test_terms_nicknames_and_short_sentences(text: str, attributed: bool) -> None:
    quotes = find_quotes(text)
    assert any(q.text.startswith(("Bobby", "radical", "We're")) for q in quotes) is attributed
    assert find_quoted_text(text)


@pytest.mark.parametrize(
    ("text", "attributed"),
    [
        # a name in Title Case given by a cue a few words before is said
        ('Within minutes, Ana Ruiz called her rival "Little Sam" twice.', True),
        ('Ms Ruiz keeps referring to the town as the "Great Swamp" in speeches.', True),
        # a preposition between the cue and the title: a place, not a name given
        ('"We are ready," Ana Ruiz said on "Morning Radio" last week.', False),
        ('Ana Ruiz wrote under the pseudonym "Carla Danger" for years.', False),
    ],
)
def test_title_named_by_a_cue(text: str, attributed: bool) -> None:
    quotes = find_quotes(text)
    titled = [q for q in quotes if q.text[:1] in "LGMC"]
    assert bool(titled) is attributed


_MARK_CHARS = "\"'`\u201c\u201d\u2018\u2019\u201a\u201b\u201e\u201f\u00ab\u00bb\u2039\u203a,"


@settings(max_examples=300, deadline=None)
@given(
    st.text(
        alphabet=st.sampled_from(_MARK_CHARS + "ab5n6 .(-\u00e9_\n"),
        max_size=80,
    )
)
def test_marks_classed_in_bulk_as_one_by_one(text: str) -> None:
    """``_marks`` (one split, cached classes) agrees with ``_classify`` mark by mark."""
    from newsstruct._patterns import QUOTE_MARK
    from newsstruct._quotes import _classify, _marks

    one_by_one = [
        _classify(text, m.start(), m.end(), 0, len(text))
        for m in QUOTE_MARK.finditer(text)
        if m.lastgroup != "run"
    ]
    assert _marks(text, 0, len(text)) == [m for m in one_by_one if m is not None]


@pytest.mark.parametrize(
    "text",
    [
        "'n' " * 20,  # more elisions than are checked one by one
        "It's 5'11\" and 6\u2019 2'' tall, 'em, '60s \u201860s\u2019 \u2018tis",
        "'Yes,' she said. '60s music. 'Twas 'n' roll 'em all.",
    ],
)
def test_marks_elisions_and_primes(text: str) -> None:
    from newsstruct._patterns import QUOTE_MARK
    from newsstruct._quotes import _classify, _marks

    one_by_one = [
        _classify(text, m.start(), m.end(), 0, len(text))
        for m in QUOTE_MARK.finditer(text)
        if m.lastgroup != "run"
    ]
    assert _marks(text, 0, len(text)) == [m for m in one_by_one if m is not None]


def test_a_list_of_quotes_is_not_attributed() -> None:
    """Past 100 quoted segments a paragraph is a list, not prose: no speakers."""
    few = '"x y z w," he said. ' * 100
    many = '"x y z w," he said. ' * 101
    assert len(find_quotes(few)) == 100
    assert find_quotes(many) == ()
    assert len(find_quoted_text(many)) == 101


def test_packed_segments_read_the_same(monkeypatch: pytest.MonkeyPatch) -> None:
    """Long texts hold their segments packed; the quotes are the same."""
    import newsstruct._quotes as quotes_module

    text = (
        '"We will," he said, "and soon."\n\nShe said: "No."\n\n'
        "Nothing here.\n\n\u201cIt\u2019s fine,\u201d said Ned Price.\n\n'Start\n\n"
    )
    plain = find_quoted_text(text)
    monkeypatch.setattr(quotes_module, "_PACK_ABOVE", 0)
    assert find_quoted_text(text) == plain
    assert len(plain) == 5


@pytest.mark.parametrize(
    ("text", "said"),
    [
        # one capitalised word owned by a possessive is a title
        ('Tom Lind told NBC\'s "Today" on Monday that he was "very happy".', ["very happy"]),
        # so is a number owned by a possessive (a film, an album)
        ('Jo Lind\'s "13th" documents the prisons, Lind said, and is "a must".', ["a must"]),
        ('Jo Lind\'s "1989" sold well, Lind said: "We were lucky."', ["We were lucky."]),
        # a work named after its kind of work is a title
        (
            'She was hurt at a screening of her film, "Trainwreck." Ann Berg said it was sad.',
            [],
        ),
        # an exclamation is said, whoever owns it
        ('Tom Lind told NBC\'s "Yes!" team he was "very happy".', ["Yes!", "very happy"]),
    ],
)
def test_titles_of_shows_and_films(text: str, said: list[str]) -> None:
    assert [q.text for q in find_quotes(text)] == said


@settings(max_examples=500, deadline=None)
@given(
    st.text(
        alphabet=st.sampled_from(_MARK_CHARS + "\u300c\u300d\u300e\u300fa \n"),
        max_size=40,
    )
)
def test_literal_mark_split_reads_like_the_regex_one(text: str) -> None:
    """The standard engine's twin splits at the same marks, runs included."""
    from newsstruct._patterns import QUOTE_MARK_SPLIT, QUOTE_MARK_SPLIT_LITERAL

    assert QUOTE_MARK_SPLIT_LITERAL.split(text) == QUOTE_MARK_SPLIT.split(text)


@pytest.mark.parametrize(
    ("text", "marks"),
    [
        ('a""""b', ['""""']),  # a run of one mark is one piece
        ("'''x''''", ["''", "'", "''''"]),  # three apostrophes are '' then '
        ("``x'' ,,y,, \u201c\u201c\u201c", ["``", "''", ",,", ",,", "\u201c\u201c\u201c"]),
        ("\u00abx\u00bb \u300cy\u300d", ["\u00ab", "\u00bb", "\u300c", "\u300d"]),
    ],
)
def test_literal_mark_split_pieces(text: str, marks: list[str]) -> None:
    from newsstruct._patterns import QUOTE_MARK_SPLIT, QUOTE_MARK_SPLIT_LITERAL

    pieces = QUOTE_MARK_SPLIT_LITERAL.split(text)
    assert pieces[1::2] == marks
    assert pieces == QUOTE_MARK_SPLIT.split(text)


@settings(max_examples=300, deadline=None)
@given(
    st.text(alphabet=st.sampled_from(_MARK_CHARS + "ab5 \n"), max_size=40),
    st.lists(st.integers(min_value=0, max_value=40), max_size=6),
)
def test_marks_of_the_whole_text_are_those_of_each_paragraph(text: str, cuts: list[int]) -> None:
    """One split of the whole text gives each paragraph its own marks, even
    when a run of marks crosses a paragraph edge or paragraphs touch."""
    from itertools import pairwise

    from newsstruct._quotes import _marks, _marks_by_paragraph

    bounds = sorted({min(cut, len(text)) for cut in cuts} | {0, len(text)})
    paragraphs = [
        Paragraph(text[lo:hi], Span(lo, hi))
        for n, (lo, hi) in enumerate(pairwise(bounds))
        if n % 3 != 1  # some text between paragraphs
    ]
    assert _marks_by_paragraph(text, paragraphs) == [
        _marks(text, p.span.start, p.span.end) for p in paragraphs
    ]


def test_a_run_of_marks_across_a_paragraph_edge() -> None:
    from newsstruct._quotes import _marks, _marks_by_paragraph

    text = 'He said "no."""Yes," she said.'
    edge = text.index("Yes") - 1
    paragraphs = [
        Paragraph(text[:edge], Span(0, edge)),
        Paragraph(text[edge:], Span(edge, len(text))),
    ]
    # split whole, the three marks over the edge are one run (no mark); each
    # paragraph has marks of its own
    by_paragraph = _marks_by_paragraph(text, paragraphs)
    assert [[text[m[0] : m[1]] for m in marks] for marks in by_paragraph] == [
        ['"', '"', '"'],
        ['"', '"'],
    ]
    assert by_paragraph == [_marks(text, p.span.start, p.span.end) for p in paragraphs]


def test_packed_paragraph_views_read_like_lists() -> None:
    """A packed paragraph's segments: its length without building them, then
    the same segments, by index, slice or iteration."""
    from newsstruct._quotes import _Packed, _paragraphs, segments_in

    text = '"A," he said, "b c." She said: \u201cD.\u201d\n\nNone.\n\n"E\n\n"F," I said.'
    paragraphs = _paragraphs(text)
    packed = _Packed()
    plain = [segments_in(text, paragraphs, i) for i in range(len(paragraphs))]
    for found in plain:
        packed.add(found)
    assert len(packed) == len(plain) == 4
    first = packed[0]
    assert len(first) == 3
    assert first[1] == plain[0][1]
    assert first[-2:] == plain[0][-2:]
    assert [list(view) for view in packed] == plain
    assert packed[1] == []
    assert [s.closed for s in packed[2]] == [False]
    assert packed[-1][0].paragraph == 3
    assert [list(view) for view in packed[1:3]] == plain[1:3]


_FEW_PIECES = ["", "a", "ab ", " ", "5", ".", "(", "\u2014", "He said ", " she said."]


@settings(max_examples=400, deadline=None)
@given(
    st.lists(st.sampled_from(_FEW_PIECES), min_size=3, max_size=3),
    st.lists(st.sampled_from([*_MARK_CHARS, "''", "``", ",,"]), min_size=1, max_size=2),
    st.sampled_from(['"', "\u201c", "\u201d", "'", "x", "\u00ab", ""]),
)
def test_one_or_two_marks_pair_as_the_stack_pairs_them(
    pieces: list[str], marks: list[str], following: str
) -> None:
    """The fast path for a paragraph of one or two marks gives what pairing
    them on a stack (with the repairs) gives, whether the next paragraph
    opens with a mark or not."""
    from newsstruct._quotes import _few_segments, _marks, _paired_segments, segments_in

    body = pieces[0] + marks[0] + pieces[1] + (marks[1] if len(marks) > 1 else "") + pieces[2]
    text = body + "\n\n" + following + "Next."
    paragraphs = [
        Paragraph(body, Span(0, len(body))),
        Paragraph(text[len(body) + 2 :], Span(len(body) + 2, len(text))),
    ]
    found = _marks(text, 0, len(body))
    if not 1 <= len(found) <= 2:
        return
    for next_opens in (None, True, False):
        few = _few_segments(text, paragraphs, 0, found, next_opens)
        if few is not None:
            assert few == _paired_segments(text, paragraphs, 0, list(found), next_opens)
    # with the next paragraph read from its own marks, as _segments reads it
    from newsstruct._quotes import _segments

    assert list(_segments(text, paragraphs)[0]) == segments_in(text, paragraphs, 0)


def test_two_opening_marks_of_one_kind() -> None:
    """``""Start``: the second mark runs on when the next paragraph opens with
    a mark; else it is dropped and the first (opening the paragraph) runs on."""
    from newsstruct._quotes import _paragraphs, _segments, segments_in

    for text in ('""Start\n\n"Next', '""Start\n\nNext', 'x""Start\n\nNext', '"Start\n\n""Start'):
        paragraphs = _paragraphs(text)
        fast = [list(found) for found in _segments(text, paragraphs)]
        assert fast == [segments_in(text, paragraphs, i) for i in range(len(paragraphs))]
    text = '""Start\n\nNext'
    (segment,) = _segments(text, _paragraphs(text))[0]
    assert text[segment.start : segment.end] == '"Start'


@settings(max_examples=300, deadline=None)
@given(
    st.text(alphabet=st.sampled_from("\"'\u201c\u201d\u2018\u2019\u00ab\u00bbab5 \n"), max_size=40),
    st.lists(st.integers(min_value=0, max_value=40), max_size=6),
)
def test_one_character_marks_in_one_pass(text: str, cuts: list[int]) -> None:
    """Marks of one character each (no run, no double): the one pass gives each
    paragraph its own marks."""
    from itertools import pairwise

    from newsstruct._quotes import _marks, _marks_by_paragraph

    bounds = sorted({min(cut, len(text)) for cut in cuts} | {0, len(text)})
    paragraphs = [
        Paragraph(text[lo:hi], Span(lo, hi))
        for n, (lo, hi) in enumerate(pairwise(bounds))
        if n % 3 != 1
    ]
    assert _marks_by_paragraph(text, paragraphs) == [
        _marks(text, p.span.start, p.span.end) for p in paragraphs
    ]


def test_single_marks_in_a_double_marked_text_are_no_quotes() -> None:
    """US and wire copy: single marks are headlines, subheads and terms."""
    text = (
        '"We will stay," Ms Berg said.\n\n'
        "'A tough decision.'\n\n"
        'She called the \'deal\' a mistake. "It was hard," she added. "Very."'
    )
    assert quoted(text) == ["We will stay,", "It was hard,", "Very."]
    assert "A tough decision." in texts(text)
    # a text quoted in single marks (British style) keeps them
    british = "'We will stay,' Ms Berg said.\n\n'A tough decision.'\n\n'It was hard,' she added."
    assert quoted(british) == ["We will stay,", "A tough decision.", "It was hard,"]


def test_title_after_told_is_the_listener() -> None:
    """``told "Fox and Friends"``: the programme is told, it says nothing."""
    assert quoted('"It was a mistake," Ms Berg told "Fox and Friends."') == ["It was a mistake,"]
    # what is told after a colon is said
    assert quoted('Ms Berg told reporters: "We Will Win Big."') == ["We Will Win Big."]


def test_sentence_after_a_colon_is_the_clause_subject_s() -> None:
    """A sentence quoted after a colon belongs to the subject of the clause before it."""
    (quote,) = find_quotes('The report is clear: "These rules do not apply to the old system."')
    assert quote.speaker is not None
    assert quote.speaker.mention == "The report"
    (quote,) = find_quotes(
        'Respondents must disclose:\n\n"When did this person first arrive here?"'
    )
    assert quote.speaker is not None
    assert quote.speaker.mention == "Respondents"
    # the subject ends before its verb in -ed
    (quote,) = find_quotes(
        'The ministry issued a short note:\n\n"The talks resume next week in Geneva."'
    )
    assert quote.speaker is not None
    assert quote.speaker.mention == "The ministry"
    # a title after a colon is not
    assert quoted('His new book: "The Art of the Deal And More"') == []


def test_lost_closing_mark_at_the_paragraph_end() -> None:
    """``"...," she said. "Now we govern.`` runs to the paragraph's end."""
    text = '"We won," Ms Berg said. "Now we govern.\n\nThe vote was close.'
    assert quoted(text) == ["We won,", "Now we govern."]
    # a mark that does not open a sentence, or a paragraph that does not end like
    # one, is still dropped
    assert quoted('"We won," Ms Berg said. "Now we govern\n\nThe vote was close.') == ["We won,"]
    assert quoted('Ms Berg said it was "fine and we will see.') == []


def test_sentence_after_an_attribution_continues_the_quote() -> None:
    """``"...," Burton told delegates. "Donald Trump."`` is Burton's, title or not."""
    quotes = find_quotes('"We have a common enemy," Ms Berg told delegates. "Tom Lind."')
    assert [(q.text, q.speaker.mention if q.speaker else None) for q in quotes] == [
        ("We have a common enemy,", "Ms Berg"),
        ("Tom Lind.", "Ms Berg"),
    ]
    # not after other words, nor a title that is no sentence
    text = '"We have a common enemy," Ms Berg told delegates. Its name was "Tom Lind."'
    assert quoted(text) == ["We have a common enemy,"]
    text = '"We have a common enemy," Ms Berg told delegates. "Tom Lind" is its name.'
    assert quoted(text) == ["We have a common enemy,"]


@settings(max_examples=400, deadline=None)
@given(
    st.lists(
        st.text(alphabet=st.sampled_from("\"\u201c\u201d\u00ab\u00bb'ab. "), max_size=8),
        min_size=1,
        max_size=5,
    )
)
def test_segments_of_every_paragraph_are_those_of_segments_in(bodies: list[str]) -> None:
    """The one pass over a text's paragraphs (with its inline cases: one pair,
    a mark opening its paragraph, the same kind twice) gives what
    :func:`segments_in` gives paragraph by paragraph, with the quotes closed in
    the next paragraph (:func:`_closed_in_next`); so does a long text's
    paragraph-by-paragraph reading."""
    from newsstruct._quotes import (
        _closed_in_next,
        _marks,
        _Packed,
        _paragraphs,
        _segments,
        segments_in,
    )

    text = "\n\n".join(bodies)
    paragraphs = _paragraphs(text)
    fast = [list(found) for found in _segments(text, paragraphs)]
    marks = [_marks(text, p.span.start, p.span.end) for p in paragraphs]
    plain = [segments_in(text, paragraphs, i, marks[i]) for i in range(len(paragraphs))]
    _closed_in_next(text, paragraphs, marks, plain)
    assert fast == plain
    packed = _Packed()
    for found in plain:
        packed.add(found)
    assert [list(view) for view in packed] == plain


def test_long_text_closes_quotes_in_next_paragraph_too() -> None:
    from newsstruct._quotes import _PACK_ABOVE, _paragraphs, _segments

    body = "Hans Berg sagte: \u201eWir bleiben.\n\nDas ist klar\u201c, f\u00fcgte er hinzu."
    short = "\n\n".join([body] * 3)
    long = "\n\n".join([body] * (_PACK_ABOVE // len(body) + 2))
    short_found = [list(found) for found in _segments(short, _paragraphs(short))]
    long_found = [list(found) for found in _segments(long, _paragraphs(long))]
    assert [len(found) for found in short_found] == [1, 1] * 3
    assert [len(found) for found in long_found[:6]] == [1, 1] * 3
    assert [s.start - s.open_start for s in long_found[1]] == [
        s.start - s.open_start for s in short_found[1]
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a term marker, then the, then the term
        (
            'Kent backs what has become known as the "Buffett rule" after the investor, she said.',
            [],
        ),
        ('The lab was known as the "mosquito lab," officials said.', []),
        # "a" characterises: the naming verb's agent said it
        ('The probe, labeled as a "witch hunt" by Democrats, goes on.', ["witch hunt"]),
        # an article with no marker before it is no term
        ('Kent said the "plan is dead" and left.', ["plan is dead"]),
    ],
)
def test_term_marker_before_an_article(text: str, expected: list[str]) -> None:
    assert [q.text for q in find_quotes(text)] == expected


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.integers(0, 60), max_size=30),
    st.lists(st.tuples(st.integers(0, 70), st.integers(0, 12)), max_size=12),
)
def test_in_paragraphs_gives_the_bisected_slices(
    offsets: list[int], bounds: list[tuple[int, int]]
) -> None:
    """_in_paragraphs (one pointer over the starts) gives each paragraph the
    slice two bisections give, for paragraphs in text order and out of it."""
    from bisect import bisect_left

    from newsstruct._quotes import _in_paragraphs

    starts = sorted(offsets)
    items = [(at, at + 1, "d", 1, "straight") for at in starts]
    los = [lo for lo, _ in bounds]
    his = [lo + size for lo, size in bounds]
    expected = [
        items[bisect_left(starts, lo) : bisect_left(starts, hi, bisect_left(starts, lo))]
        for lo, hi in zip(los, his, strict=True)
    ]
    assert _in_paragraphs(items, starts, los, his) == expected
    in_order = sorted(bounds)
    los = [lo for lo, _ in in_order]
    his = [lo + size for lo, size in in_order]
    expected = [
        items[bisect_left(starts, lo) : bisect_left(starts, hi, bisect_left(starts, lo))]
        for lo, hi in zip(los, his, strict=True)
    ]
    assert _in_paragraphs(items, starts, los, his) == expected


def test_marks_by_paragraph_skip_marks_between_paragraphs() -> None:
    # the paragraphs' marks come by one pointer: marks in text left out of
    # every paragraph (boilerplate between them) are passed over, not given
    from newsstruct._quotes import _marks, _marks_by_paragraph

    text = '"One," she said.\n\n"Ad" "here"\n\nHe said "two."\n\n"Three."'
    paragraphs = [p for p in _paragraphs_of(text) if not p.text.startswith('"Ad"')]
    by_paragraph = _marks_by_paragraph(text, paragraphs)
    assert by_paragraph == [_marks(text, p.span.start, p.span.end) for p in paragraphs]
    assert [len(marks) for marks in by_paragraph] == [2, 2, 2]


def _paragraphs_of(text: str) -> list[Paragraph]:
    from newsstruct._quotes import _paragraphs

    return list(_paragraphs(text))


# --- round 4: a quote closed in the next paragraph, which does not open it again ---


def test_quote_closed_in_next_paragraph_runs_on() -> None:
    text = "Jo Kent said: \u201cWe will not accept this.\n\nIt is clear,\u201d she added."
    quotes = find_quotes(text)
    assert [(q.text, q.speaker.name if q.speaker else None) for q in quotes] == [
        ("We will not accept this.", "Jo Kent"),
        ("It is clear,", "Jo Kent"),
    ]
    for quote in quotes:
        assert text[quote.span.start : quote.span.end] == quote.text


def test_quote_closed_by_a_wrapped_line_runs_on() -> None:
    text = (
        "\u201cSupporters of others,\u201d Jo Kent added, \u201chave focused on paid ads and"
        "\nin primaries.\u201d"
    )
    assert quoted(text)[-1] == "in primaries."


def test_credit_line_closing_the_marks_is_no_quote() -> None:
    text = (
        '"What we have seen is that our efforts have been insufficient.\n'
        'Amy Pope, deputy homeland security adviser."'
    )
    assert "Amy Pope, deputy homeland security adviser." not in texts(text)


def _turns(text: str) -> list[tuple[str, str | None, str]]:
    return [
        (q.speaker.mention, q.speaker.name, q.text)
        for q in find_quotes(text, transcripts=True)
        if q.speaker is not None
    ]


def test_transcript_without_quotation_marks_is_read_on_request() -> None:
    text = (
        "Finance Minister Roberta Kell spoke to presenter Tom Avery.\n\n"
        "AVERY: Can you promise there will be no tax rise?\n\n"
        "KELL: I can. We do not need it.\n\n"
        "AVERY: And if it doesn't balance?\n\n"
        "KELL: Then you can have me back."
    )
    assert _turns(text) == [
        ("AVERY", "Tom Avery", "Can you promise there will be no tax rise?"),
        ("KELL", "Roberta Kell", "I can. We do not need it."),
        ("AVERY", "Tom Avery", "And if it doesn't balance?"),
        ("KELL", "Roberta Kell", "Then you can have me back."),
    ]
    for quote in find_quotes(text, transcripts=True):
        assert text[quote.span.start : quote.span.end] == quote.text
        assert quote.kind == "direct"
        assert quote.cue is None
    # off by default, and parse_article never reads them
    assert find_quotes(text) == ()
    assert parse_article(text).quotes == ()


def test_transcript_labels_with_honorifics_and_reporters() -> None:
    text = (
        "The councillor, Derek Hale, and the officer, Sandra Moyes, argued.\n\n"
        "Mr. Hale: You will approve this, or you will regret it.\n\n"
        "Ms. Moyes: Are you threatening me?\n\n"
        "REPORTER: Will anyone resign?\n\n"
        "Note: Names of other witnesses have been withheld."
    )
    assert [(m, n) for m, n, _ in _turns(text)] == [
        ("Mr. Hale", "Derek Hale"),
        ("Ms. Moyes", "Sandra Moyes"),
        ("REPORTER", "Reporter"),
    ]


def test_transcript_q_and_a_only_in_a_named_interview() -> None:
    text = (
        "Actress Lena Sorvino spoke to The Courier about her return.\n\n"
        "Q: Why come back now?\n\nA: My children are grown and I ran out of excuses."
    )
    assert [(m, n) for m, n, _ in _turns(text)] == [("Q", "The Courier"), ("A", "Lena Sorvino")]
    # negative: an explainer's questions and answers are nobody's speech
    text = (
        "The Senate votes on Tuesday. Here is what to know.\n\n"
        "Q: What is a filibuster?\n\nA: A way to delay a vote by talking."
    )
    assert _turns(text) == []


def test_no_false_transcripts() -> None:
    negatives = [
        # datelines and section labels name no one
        "WASHINGTON: We will vote today, the leader said.\n\n"
        "LONDON: We are ready, said the minister. Are you?",
        # notes, sources, photos and updates
        "Note: We corrected this story.\n\nSource: Our own reporting, we said.\n\n"
        "Editor's note: Do you agree?\n\nPhoto: We took it.\n\nUPDATE: We were wrong.",
        # a list of names with figures or descriptions is no dialogue
        "Hillary Clinton: 1,769.\n\nBernie Sanders: 1,501.",
        "Jeb Bush: The former governor proposed new loans.\n\n"
        "Marco Rubio: The senator backed a tax credit.",
        "New Hampshire: Polls close at 8.\n\nSouth Carolina: Polls close at 7. Will you vote?",
        # one speaker's label twice is no dialogue
        "Jo Kent spoke.\n\nKENT: We will win.\n\nKENT: We will win again.",
    ]
    for text in negatives:
        assert _turns(text) == [], text


_INTERVIEW = (
    "Kell rules out a tax rise\n\n"
    "Finance Minister Roberta Kell spoke to presenter Tom Avery.\n\n"
    "AVERY: Can you promise there will be no tax rise?\n\n"
    "KELL: I can. We do not need it.\n\n"
    "AVERY: And if it doesn't balance?\n\n"
    "KELL: Then you can have me back."
)


def test_parse_article_reads_transcripts_on_request() -> None:
    from newsstruct import Options, parse_articles

    article = parse_article(_INTERVIEW, transcripts=True)
    assert [(q.speaker.name if q.speaker else None) for q in article.quotes] == [
        "Tom Avery",
        "Roberta Kell",
        "Tom Avery",
        "Roberta Kell",
    ]
    assert [q.paragraph for q in article.quotes] == [1, 2, 3, 4]
    assert parse_article(_INTERVIEW).quotes == ()
    batch = list(parse_articles([_INTERVIEW], transcripts=True, workers=1))
    assert batch[0].quotes == article.quotes
    assert Options(transcripts=True).transcripts is True
    with pytest.raises(OptionError, match="transcripts must be True or False"):
        Options(transcripts="yes")  # type: ignore[arg-type]


def test_a_lower_case_fragment_the_sentence_goes_on_after_is_partial() -> None:
    (quote,) = find_quotes('Jo Kent denounced "a total lack of respect" from management.')
    assert quote.kind == "partial"
    # negative: a whole sentence after its cue is direct
    (quote,) = find_quotes('Jo Kent said: "we will win."')
    assert quote.kind == "direct"


def test_a_quoted_single_letter_is_a_label() -> None:
    text = 'The company said the suit concerned its "c" series plugs and class "B" stock.'
    assert find_quotes(text) == ()
    assert [q.text for q in find_quoted_text(text)] == ["c", "B"]
    # negative: a two-letter answer is still quoted
    (quote,) = find_quotes('Asked if he would run, Tom Lind said "no" and left.')
    assert quote.text == "no"


def test_doubled_curly_singles_are_nyt_double_marks() -> None:
    text = (
        "All she could do was shout \u2018\u2018Yes!\u2019\u2019 at the TV. "
        "\u2018\u2018I loved it,\u2019\u2019 she said."
    )
    quotes = find_quotes(text)
    assert [q.text for q in quotes] == ["Yes!", "I loved it,"]
    assert quotes[1].speaker is not None
    assert quotes[1].speaker.mention == "she"
    # a single quote nested right inside one is kept
    text = "\u2018\u2018They said, \u2018Sir, we stay,\u2019 \u2019\u2019 Tom Lind recalled."
    (quote,) = find_quotes(text)
    assert quote.text.startswith("They said, \u2018Sir")
    # negative: four in a row are a rule, not marks
    assert (
        find_quoted_text("Part one \u2018\u2018\u2018\u2018 part two \u2019\u2019\u2019\u2019 end.")
        == ()
    )


def test_a_double_mark_typed_for_an_apostrophe_pairs_with_nothing() -> None:
    text = (
        'The Star, the country"s oldest paper, said: "We don"t like it." '
        'Traders welcomed Rao"s plan.'
    )
    assert [q.text for q in find_quotes(text)] == ['We don"t like it.']
    # negative: a mark after a space still opens a quote before a lower-case s
    assert [q.text for q in find_quoted_text('He called it "silly" and left.')] == ["silly"]


def test_the_apostrophe_of_a_plural_possessive_inside_single_marks() -> None:
    for open_, close in (("'", "'"), ("\u2018", "\u2019")):
        text = f"{open_}By then voters{close} images are formed,{close} he added."
        (quote,) = find_quotes(text)
        assert quote.text == f"By then voters{close} images are formed,"
    text = "'The workers' union is strong,' he said, and 'the bosses' side is weak.'"
    assert [q.text for q in find_quotes(text)] == [
        "The workers' union is strong,",
        "the bosses' side is weak.",
    ]
    # negative: single marks that close before another opens still close
    text = "He hates the 'ladies' and 'gents' signs."
    assert [q.text for q in find_quoted_text(text)] == ["ladies", "gents"]


def test_a_left_mark_between_spaces_closes_an_open_quote() -> None:
    text = (
        "\u2018I hate the term \u201cManhattan poor,\u201d  \u2018 she said. "
        "\u2018They were fine.\u2019"
    )
    assert [q.text for q in find_quotes(text)] == [
        "I hate the term \u201cManhattan poor,\u201d",
        "They were fine.",
    ]
    text = "\u201cWe won,  \u201c she said. \u201cThey lost.\u201d"
    assert [q.text for q in find_quotes(text)] == ["We won,", "They lost."]
    # negative: a left mark before a word still opens
    text = "He said \u2018we won\u2019 and left."
    assert [q.text for q in find_quoted_text(text)] == ["we won"]


def test_a_title_after_painting_masterpiece_or_video_game_is_no_quote() -> None:
    text = (
        'AFP - Two canvases, among them the masterpiece "The Lost Garden", were '
        "taken from a museum by armed robbers, police said.\n\n"
        'The video game "Star Harbor 2" will reach stores in June, its publisher said.\n\n'
        'Loans in the category referred to as "other," fell sharply, the bank said.'
    )
    assert find_quotes(text) == ()


def test_a_fragment_naming_a_masterpiece_is_still_a_quote() -> None:
    # negative: the marker must stand right before the quote
    text = 'The senator called the plan "a masterpiece of confusion," aides said.'
    assert [q.text for q in find_quotes(text)] == ["a masterpiece of confusion,"]


def test_a_quoted_domain_or_file_extension_is_no_quote() -> None:
    text = (
        'AP - Two new domain names -- ".shop" and ".games" -- could go online next '
        "year as the oversight board announced approval on Friday."
    )
    assert find_quotes(text) == ()
    assert texts(text) == [".shop", ".games"]


def test_a_quote_of_several_words_after_a_stray_full_stop_is_still_a_quote() -> None:
    # negative: only one word after the full stop is a domain or an extension
    text = 'The new names were ".ready to go," officials said.'
    assert [q.text for q in find_quotes(text)] == [".ready to go,"]


def test_a_single_mark_before_a_count_opens_a_quote() -> None:
    # two digits that count something: no year is elided there
    text = (
        "The audit found that \u201832 councils missed the deadline\u2019, the office said.\n\n"
        "She called the \u201840 per cent\u2019 figure wrong and the \u201860-day\u2019 "
        "limit too short.\n\n"
        "A banner read '25%!' at the gate."
    )
    assert texts(text) == [
        "32 councils missed the deadline",
        "40 per cent",
        "60-day",
        "25%!",
    ]


def test_an_elided_year_before_a_word_or_in_capitals_stays_an_apostrophe() -> None:
    # negatives: years ('08 campaign, '60s, class of '27) and a title in capitals
    text = (
        "The \u201908 campaign and the \u201812 race were close, Ms Berg said.\n\n"
        "He left in the \u201960s and came back with the class of '27 in June.\n\n"
        "The \u201860 Minutes team was there."
    )
    assert texts(text) == []


def test_a_plural_possessive_shaped_mark_after_it_does_not_close_a_quote() -> None:
    text = (
        "Those voting \u2018yes\u2019 were counted after the rules\u2019 passage, officials said."
    )
    assert texts(text) == ["yes"]
    # negative: the possessive inside a quote closed later is still no closing mark
    text = "\u2018The workers\u2019 union is strong,\u2019 he said."
    assert texts(text) == ["The workers\u2019 union is strong,"]


def test_a_dropped_g_inside_single_marks_does_not_close_them() -> None:
    text = (
        "He took calls on his \u2018Keepin\u2019 It Real\u2019 radio show, an aide said.\n\n"
        "'Nothin' but trouble,' she said."
    )
    assert texts(text) == ["Keepin\u2019 It Real", "Nothin' but trouble,"]
    # negatives: words that end in -in close their quote
    text = "\u2018We were in Berlin\u2019 she said. \u2018It was fine.\u2019"
    assert texts(text) == ["We were in Berlin", "It was fine."]


def test_single_marks_typed_as_right_marks_count_for_the_house_style() -> None:
    # markup attributes converted to right marks (id=’7711’) are single-marked
    # segments: they do not make a text quoted in single marks a double-marked one
    text = (
        "Officials Wear \u201cBuild It Here\u201d Caps at Rally.\n\n"
        "Two officials wore caps reading, \u2018Build It Here\u2019 on Monday, Ms Ortiz said.\n\n"
        "<post id=\u20197711\u2019 author=\u2019@desk\u2019 date=\u20192024-05-01\u2019>Caps.</post>"
    )
    assert quoted(text) == ["Build It Here"]
    # negative: in a text quoted in double marks, a single-marked quote is no speech
    text = (
        "\u201cWe will build,\u201d Ms Ortiz said. \u201cIt starts now,\u201d she added.\n\n"
        "Two officials wore caps reading, \u2018Build It Here\u2019 on Monday, Ms Ortiz said."
    )
    assert quoted(text) == ["We will build,", "It starts now,"]


@pytest.mark.parametrize(
    "text",
    [
        'The developer promises "world-class public space".',
        'The mayor warned "a summer of disruption".',
        'The company has pledged "a full review of safety procedures".',
        'Critics denounced "a betrayal of the town".',
    ],
)
def test_a_lower_case_fragment_right_after_a_verb_of_promise_or_judgment_is_partial(
    text: str,
) -> None:
    (quote,) = find_quotes(text)
    assert quote.kind == "partial"
    assert quote.speaker is not None
    assert quote.speaker.mention != ""


@pytest.mark.parametrize(
    "text",
    [
        'The mayor said "we will not wait any longer".',  # a verb of saying: as before
        'The developer promises "World-class public space".',  # a capital: as before
        'The mayor warned: "a summer of disruption".',  # a colon: as before
        'The mayor warned "we cannot wait any longer."',  # its own stop: a sentence
    ],
)
def test_a_fragment_after_a_verb_of_saying_or_with_its_own_stop_stays_direct(text: str) -> None:
    (quote,) = find_quotes(text)
    assert quote.kind == "direct"


@pytest.mark.parametrize(
    "text",
    [
        'The fund was, Pettit said, "a fiction for years".',
        'The plan would, Lind said, "cost the town dearly".',
    ],
)
def test_a_quote_after_an_attribution_set_off_after_a_linking_verb_is_partial(
    text: str,
) -> None:
    (quote,) = find_quotes(text)
    assert quote.kind == "partial"


@pytest.mark.parametrize(
    "text",
    [
        'The fund was, Pettit said, "A fiction for years."',  # a sentence of its own
        'In Paris, Lind said, "we will win".',  # no clause left open before the name
    ],
)
def test_a_quote_after_an_attribution_with_no_open_clause_stays_direct(text: str) -> None:
    (quote,) = find_quotes(text)
    assert quote.kind == "direct"


def test_quotes_after_colons_in_one_paragraph_read_it_once(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # (hostile28q: a paragraph of many quotes after colons was read into tokens
    # again for each of them, and sliced from its start for each: quadratic)
    import newsstruct._quotes as quotes_module
    from newsstruct._speakers import _Paragraph

    made: list[int] = []

    class Counted(_Paragraph):
        def __init__(self, *args: Any) -> None:
            made.append(1)
            super().__init__(*args)

    monkeypatch.setattr(quotes_module, "_Paragraph", Counted)
    text = (
        'The note makes it clear: "These rules do not apply to the port at all." '
        'The sign on the gate was blunt:  "Sailings are cancelled until further notice." '
        'The ferry company, which runs the route, was brief: "We are sorry for the delay." '
        'Then came the rain. "Nobody saw the ship come in at night."'
    )
    found = [(q.text, q.speaker.mention if q.speaker else None) for q in find_quotes(text)]
    assert found == [
        ("These rules do not apply to the port at all.", "The note"),
        ("Sailings are cancelled until further notice.", "The sign"),
        # (a body after an adjective heads its subject: quotes30e)
        ("We are sorry for the delay.", "The ferry company"),
    ]
    assert len(made) == 1
    # (no colon: no speaker, as before)
    assert "Nobody saw the ship come in at night." not in [quote for quote, _ in found]


def test_quote_after_a_colon_ending_the_paragraph_before() -> None:
    text = 'The note makes it clear:\n\n"These rules do not apply to the port at all."'
    ((quote),) = find_quotes(text)
    assert quote.speaker is not None
    assert quote.speaker.mention == "The note"
    # (no colon above it: no speaker, no quote)
    assert (
        find_quotes('The note makes it clear.\n\n"These rules do not apply to the port at all."')
        == ()
    )


def test_a_paragraph_reset_forgets_what_it_read() -> None:
    from newsstruct._speakers import _Paragraph

    text = 'Ann Berg, who chairs the board, said: "We are ready for it."'
    paragraph = Paragraph(text=text, span=Span(0, len(text)))
    para = _Paragraph(text, paragraph, [])
    cue = para.lowers.index("said")
    assert para.np_before(cue, 0) is not None
    assert para._subjects
    para.reset()
    assert (para._subjects, para._common, para.antecedents) == ({}, {}, {})
    assert para.texts[0] == "Ann"  # (its tokens kept)


def test_a_negotiated_text_is_a_source() -> None:
    text = 'The latest draft says parties should "phase down unabated coal power".'
    (quote,) = find_quotes(text)
    assert quote.speaker is not None
    assert quote.speaker.mention == "The latest draft"
    text = 'The final communique says leaders "remain committed to free trade".'
    (quote,) = find_quotes(text)
    assert quote.speaker is not None
    assert quote.speaker.mention == "The final communique"
    # (the verb is no source: a quote after it keeps the one who drafts)
    text = 'Jo Lind will draft what she calls "a fair text", an aide said.'
    assert all(q.speaker is None or "draft" not in q.speaker.mention for q in find_quotes(text))


def test_a_body_after_adjectives_heads_the_subject_before_a_relative_clause() -> None:
    text = 'The armed group that claimed the raid said it had hit "a lawful target".'
    (quote,) = find_quotes(text)
    assert quote.speaker is not None
    assert quote.speaker.mention == "The armed group"
    text = 'The state broadcaster said the count was "a farce from start to finish".'
    (quote,) = find_quotes(text)
    assert quote.speaker is not None
    assert quote.speaker.mention == "The state broadcaster"
    # (a verb after the noun is no body: the pronoun in the clause speaks)
    text = 'The dispute centers on what she called "a lie".'
    (quote,) = find_quotes(text)
    assert quote.speaker is not None
    assert quote.speaker.mention == "she"


# Layouts that scrapers and data sets leave (paragraphs run together, emphasis
# marks, teletype capitals): the quotes read as in the clean text.


def _said(text: str) -> list[tuple[str, str | None, str]]:
    return [
        (q.text, None if q.speaker is None else q.speaker.name, q.kind) for q in find_quotes(text)
    ]


@pytest.mark.parametrize("joint", [" | ", "  ", " "])
def test_paragraphs_run_together_keep_a_quote_from_the_next_sentence(joint: str) -> None:
    text = joint.join(
        [
            "\u201cWe cannot keep it open,\u201d said Mayor Ruth Okafor.",
            "\u201cNow they want flats.\u201d",
            "Okafor said the books would move to the central branch.",
        ]
    )
    assert _said(text) == [
        ("We cannot keep it open,", "Ruth Okafor", "direct"),
        ("Now they want flats.", "Ruth Okafor", "direct"),
    ]


def test_a_pipe_between_paragraphs_keeps_the_cues_next_to_their_quotes() -> None:
    # (what must not change: each cue next to its own quote)
    text = "\u201cWe will,\u201d Okafor said. | Bell said: \u201cWe will not.\u201d"
    assert [(q.text, q.speaker.name if q.speaker else None) for q in find_quotes(text)] == [
        ("We will,", "Okafor"),
        ("We will not.", "Bell"),
    ]


@pytest.mark.parametrize("marks", ["_", "*", "**"])
def test_a_quote_in_emphasis_marks_opens_its_sentence(marks: str) -> None:
    text = (
        f"{marks}\u201cWe cannot keep it open,\u201d{marks} said Mayor Ruth Okafor. "
        f"{marks}\u201cThis is the hardest choice I have made.\u201d{marks}\n\nMore later.\n"
    )
    said = _said(text)
    assert said == [
        ("We cannot keep it open,", "Ruth Okafor", "direct"),
        ("This is the hardest choice I have made.", "Ruth Okafor", "direct"),
    ]
    for quote in find_quotes(text):
        assert text[quote.span.start : quote.span.end] == quote.text


def test_a_quoted_fragment_in_emphasis_marks_stays_partial() -> None:
    text = "Okafor called the plan _\u201ca disgrace to the city\u201d_ on Monday."
    (quote,) = find_quotes(text)
    assert quote.kind == "partial"
    assert quote.speaker is not None
    assert quote.speaker.name == "Okafor"


def test_a_text_in_capitals_is_read_as_teletype_copy() -> None:
    text = (
        "COUNCIL SHUTS LIBRARY\n\n"
        '"WE CANNOT KEEP THREE BRANCHES OPEN," SAID MAYOR LINDA OKAFOR. '
        '"THIS IS THE HARDEST CHOICE I HAVE MADE."\n\n'
        "RESIDENTS PACKED THE CHAMBER.\n\n"
        '"NOBODY IS LOSING THEIR CARD," SHE SAID.\n\n'
        '"ONCE A LIBRARY CLOSES IT NEVER COMES BACK," COUNCILLOR PRIYA NAIR SAID.\n'
    )
    quotes = find_quotes(text)
    assert [(q.speaker.name if q.speaker else None) for q in quotes] == [
        "LINDA OKAFOR",
        "LINDA OKAFOR",
        "LINDA OKAFOR",
        "PRIYA NAIR",
    ]
    assert quotes[2].speaker is not None
    assert quotes[2].speaker.mention == "SHE"
    for quote in quotes:
        assert text[quote.span.start : quote.span.end] == quote.text
        assert quote.speaker is not None
        span = quote.speaker.span
        assert text[span.start : span.end] == quote.speaker.mention


def test_a_text_with_a_word_in_capitals_is_read_as_written() -> None:
    # (what must not change: a text in mixed case with an acronym keeps its names)
    text = '"We will act," said Jo Lind, the NATO chief, IN BRUSSELS.'
    (quote,) = find_quotes(text)
    assert quote.speaker is not None
    assert quote.speaker.name == "Jo Lind"
    assert quote.speaker.role == "NATO chief"


def test_a_request_after_a_quote_is_no_attribution() -> None:
    text = (
        "\u201cEvery trip brings something new,\u201d Whitfield said. \u201cThat should "
        "worry us.\u201d The team has asked the government to protect the forest."
    )
    assert [q.speaker.name if q.speaker else None for q in find_quotes(text)] == [
        "Whitfield",
        "Whitfield",
    ]
    # (what must not change: a listener after the cue, and nothing after it)
    for text in (
        "\u201cThat should worry us,\u201d Whitfield told reporters.",
        "\u201cWhy now?\u201d Whitfield asked the minister.",
        "\u201cThat should worry us,\u201d Whitfield told reporters in Lima.",
    ):
        (quote,) = find_quotes(text)
        assert quote.speaker is not None
        assert quote.speaker.name == "Whitfield"


def test_a_quote_over_paragraphs_run_together_ends_where_the_next_opens() -> None:
    text = (
        "\u201cWe carried few people,\u201d said director Neil Gallagher. \u201cThe fuel "
        "alone costs more than the tickets. \u201cWe would rather run two boats.\u201d "
        "Islanders were angry."
    )
    assert _said(text) == [
        ("We carried few people,", "Neil Gallagher", "direct"),
        ("The fuel alone costs more than the tickets.", "Neil Gallagher", "direct"),
        ("We would rather run two boats.", "Neil Gallagher", "direct"),
    ]
    # the speaker named after the rest says it all
    text = (
        "\u201cIt hurts,\u201d Rep. Ann Moore said on Friday. \u201cIf it is so, then "
        "we have failed. \u201cI have thought about it a lot,\u201d said Rep. Jim Cole."
    )
    assert [q.speaker.name if q.speaker else None for q in find_quotes(text)] == [
        "Ann Moore",
        "Jim Cole",
        "Jim Cole",
    ]


def test_a_mark_left_open_inside_a_sentence_is_no_quote_over_paragraphs() -> None:
    # (what must not change: a mark that opens no sentence, or words that end
    # like no sentence, are dropped as before)
    text = "She said \u201cwe lost the cup. \u201cNext year,\u201d she said."
    assert [q.text for q in find_quotes(text)] == ["Next year,"]
    text = "Jo Lind said. \u201cWe lost the cup \u201cNext year,\u201d she said."
    assert [q.text for q in find_quotes(text)] == ["Next year,"]


def test_the_turns_of_a_transcript_run_together_are_no_quote_over_paragraphs() -> None:
    # (what must not change: a turn opened by its label is not cut off at the next)
    text = (
        "The debate went on. \u201cLIND: We will cut taxes for everyone. "
        "\u201cROE: You said that last year.\u201d"
    )
    assert [q.text for q in find_quoted_text(text)] == ["ROE: You said that last year."]
    # (without its label, the first turn is a quote that lost its closing mark)
    text = text.replace("LIND: ", "").replace("ROE: ", "")
    assert [q.text for q in find_quoted_text(text)] == [
        "We will cut taxes for everyone.",
        "You said that last year.",
    ]
