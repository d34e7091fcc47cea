"""Speakers in text written all in lower case, as the datasets of uncased models hold it."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsstruct import find_quotes, parse_article
from newsstruct._recase import lower_cased, recased


def said(text: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker.name if q.speaker else None) for q in find_quotes(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a cue after the name, PTB-tokenized (the tokenizer's space before the
        # comma stays in the quote: its text is what the marks hold)
        (
            "`` we will not back down , '' antony blinken said on monday .",
            [("we will not back down ,", "antony blinken")],
        ),
        ('"nobody warned us," okafor told reporters.', [("nobody warned us,", "okafor")]),
        # a cue before the name, past its role words
        (
            '"we are not leaving," said tenant organiser priya raman.',
            [("we are not leaving,", "priya raman")],
        ),
        (
            "`` it is over , '' said coach ines moreau .",
            [("it is over ,", "ines moreau")],
        ),
        # a title and a first name
        (
            'gov. dale hendricks said the state "cannot keep borrowing."',
            [("cannot keep borrowing.", "dale hendricks")],
        ),
        (
            "in an interview , mr. castellano said : `` we did nothing wrong . ''",
            [("we did nothing wrong .", "castellano")],
        ),
        # a name set off by commas before the cue, or described after it
        (
            '"we will appeal," her lawyer, tomas brandt, said.',
            [("we will appeal,", "tomas brandt")],
        ),
        (
            "harald jensen , 61 , a fisherman , said : `` the catch has halved . ''",
            [("the catch has halved .", "harald jensen")],
        ),
        (
            '"we need nurses," nkechi obi-adeyemi, a union steward, said.',
            [("we need nurses,", "nkechi obi-adeyemi")],
        ),
        # the last two words of a run the sentence ends after are the name
        (
            '"we were never asked," said chief elder joseph tsosie.',
            [("we were never asked,", "joseph tsosie")],
        ),
        (
            "`` the ice is thin , '' said inuk hunter pauloosie akeeagok .",
            [("the ice is thin ,", "pauloosie akeeagok")],
        ),
        # a title and two words the name ends after; a party in PTB brackets
        (
            "rep. marisol ortega -lrb- d-calif . -rrb- said it had `` failed . ''",
            [("failed .", "marisol ortega")],
        ),
        # any cue after a quote that ends in a comma
        (
            '"we will rebuild," vowed mayor tomasz nowicki.',
            [("we will rebuild,", "tomasz nowicki")],
        ),
        (
            'okafor, who chairs the board, said the vote was "a mistake."',
            [("a mistake.", "okafor")],
        ),
        (
            '"the numbers are clear," according to okafor, an economist.',
            [("the numbers are clear,", "okafor")],
        ),
        # a name read again later in the text
        (
            '"the vote is final," the chairwoman, helga sorensen, said. '
            'asked about an appeal, sorensen said: "there is none."',
            [("the vote is final,", "helga sorensen"), ("there is none.", "helga sorensen")],
        ),
    ],
)
def test_lower_case_speakers_are_read_from_the_cue(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert said(text) == expected


def test_the_quote_keeps_the_text_as_written_at_its_spans() -> None:
    text = '"we are ready," said sen. rosa delgado, d-n.m., on friday.'
    (quote,) = find_quotes(text)
    assert quote.text == text[quote.span.start : quote.span.end] == "we are ready,"
    assert quote.speaker is not None
    assert quote.speaker.mention == text[quote.speaker.span.start : quote.speaker.span.end]
    assert quote.speaker.mention == "sen. rosa delgado"
    assert quote.speaker.name == "rosa delgado"
    assert quote.cue == "said"


def test_parse_article_reads_lower_case_speakers_too() -> None:
    text = (
        "city to close the old bridge\n\n"
        'the bridge will close in may for repairs. "it is not safe," said '
        "marta kovacs, the city's transport director.\n"
    )
    article = parse_article(text)
    assert [(q.text, q.speaker.name if q.speaker else None) for q in article.quotes] == [
        ("it is not safe,", "marta kovacs")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # words that are not names stay as they are: nouns, plurals, pronouns
        ('"it smelled odd," residents said.', '"It smelled odd," residents said.'),
        ('"it smelled odd," he said.', '"It smelled odd," he said.'),
        ('the firm said it "regrets any delay."', 'The firm said it "regrets any delay."'),
        # a first name that is also a word needs a cue or a title to be one
        ("we hope mark will come.", "We hope mark will come."),
        # a cue after a quote that ends a sentence is no inverted one
        ('"sad." calls men odd names, he said.', '"Sad." Calls men odd names, he said.'),
        # a first name reads one word on, not the verb after it
        ("even so, donald trump remains calm.", "Even so, Donald Trump remains calm."),
        # a word in -ly is a name after a title, an adverb before a cue
        ("then mrs. schlafly spoke.", "Then Mrs. Schlafly spoke."),
        ('"no," he then publicly said.', '"No," he then publicly said.'),
        ('"no," said jo lind quietly.', '"No," said Jo Lind quietly.'),
        # initials before a name a cue sets off; a web address is no initialism
        ("as j.k. rowling said, see example.com.", "As J.K. Rowling said, see example.com."),
        # an abbreviation does not end the sentence
        ("the u.n. envoy met gen. ali", "The U.N. envoy met Gen. Ali"),
    ],
)
def test_common_words_are_not_made_names(text: str, expected: str) -> None:
    assert recased(text) == expected


def test_mixed_case_text_is_read_as_written() -> None:
    text = '"We will not back down," Antony Blinken said. "never," said jo lind.'
    assert not lower_cased(text)
    # the lower-case name stays unread in a text that has capitals
    assert [name for _, name in said(text)][:1] == ["Antony Blinken"]
    assert all(name != "jo lind" for _, name in said(text))


def test_a_text_is_lower_case_with_under_one_capital_in_two_thousand_characters() -> None:
    assert lower_cased("`` we will , '' jo lind said .")
    assert not lower_cased("`` We will , '' jo lind said .")
    assert lower_cased('"' + "a" * 4000 + ' Bc"')
    assert not lower_cased('"' + "a" * 3000 + ' Bc De"')
    assert not lower_cased("")
    assert not lower_cased("`` 42 , '' .")


def test_a_long_text_without_marks_or_denser_in_marks_than_prose_is_read_as_written() -> None:
    story = '"we will," jo lind said on monday, and the talks went on for hours. ' * 40
    assert lower_cased(story)  # two marks in some 70 characters
    assert not lower_cased(story.replace('"', ""))  # no quote to read
    assert not lower_cased('"x" said ' * 1000)  # a mark every four or five characters
    assert lower_cased('"x" said ' * 10)  # short: recased whatever its marks


def test_recasing_capitalises_names_sentences_and_initialisms_in_place() -> None:
    text = "u.s. officials met sen. jo lind , r-ariz . `` it went well , '' lind said ."
    assert recased(text) == (
        "U.S. officials met Sen. Jo Lind , R-ARIZ . `` It went well , '' Lind said ."
    )


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet="abc ,.'\"`-İß\n", max_size=80))
def test_recasing_keeps_every_offset(text: str) -> None:
    shadow = recased(text)
    assert len(shadow) == len(text)
    assert shadow.lower() == text.lower() or "\u0130" in text
    for quote in find_quotes(text):
        assert quote.text == text[quote.span.start : quote.span.end]
