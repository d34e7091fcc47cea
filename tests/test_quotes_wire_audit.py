"""Quotes and speakers in the forms of older and business wire copy.

A hand audit of quotes in 1987 Reuters stories and 2004 agency leads found
these forms read wrong.  Every snippet here is invented in the same form (no
corpus text is copied): the hard-wrapped, indented paragraphs of the old
Reuters wire, and the one-paragraph leads of agency feeds (``AP - ...``).
"""

from __future__ import annotations

import pytest

from newsstruct import parse_article

#: (``Quote.text``, ``Speaker.mention``, ``Speaker.name``) of every quote, in text order.
Row = tuple[str, str | None, str | None]


def _read(text: str) -> list[Row]:
    return [
        (
            " ".join(quote.text.split()),
            None if quote.speaker is None else " ".join(quote.speaker.mention.split()),
            None if quote.speaker is None else quote.speaker.name,
        )
        for quote in parse_article(text).quotes
    ]


#: A name after the cue, then an affiliation too long for one phrase: the name
#: speaks (not a group noun in the affiliation, nor an earlier speaker).
LONG_AFFILIATION = """SALVAGE OF SUNKEN FREIGHTER COULD TAKE MONTHS
    ROTTERDAM, March 11 - Divers halted the search for the crew
of the Nordlicht freighter on Tuesday. Experts said it could
take months to raise the ship from the harbour floor.
    "In these waters you can count on one working day in five,"
said Piet Vermeer of Dutch Salvage experts Nordhaven Marine of
Delfzijl. He said cranes would arrive on Friday.
 Reuter
"""


def test_name_before_a_long_affiliation_speaks() -> None:
    assert _read(LONG_AFFILIATION) == [
        (
            "In these waters you can count on one working day in five,",
            "Piet Vermeer",
            "Piet Vermeer",
        ),
    ]


#: ``and said`` after the quote coordinates a second verb of the sentence's
#: subject: the words after it are no inverted speaker.
COORDINATED_CUE = """REGULATORS WEIGH SWAP RULES
    LONDON, March 4 - The draft paper said the new rules would
not cover spot foreign exchange contracts.
    It accepted that "such netting may in some cases reduce the
credit risk," and said some of the current proposals may be
changed to take this into account.
 Reuter
"""


def test_and_said_after_a_quote_names_no_speaker_after_it() -> None:
    assert _read(COORDINATED_CUE) == [
        (
            "such netting may in some cases reduce the credit risk,",
            "It",
            "The draft paper",
        ),
    ]


#: A cue-less quote after a sentence that opens with a person's name and gives
#: their view is that person's, not the speaker of the paragraph before.
VIEW_THEN_QUOTE = """BOND ANALYSTS SEE SLOWER MONEY GROWTH
    NEW YORK, March 6 - Ward Kelling of Tanner Securities said the
weak figures would please the Fed.
    "The aggregates are all sending the same signal now," he said.
    Mary Stamm of Ostrow Brothers Inc sees faster growth of
eight pct in M-1 next month, but still slow enough to let the Fed
ease. "You would be more inclined to ease than in the past."
 Reuter
"""


def test_cueless_quote_after_a_named_view_is_that_persons() -> None:
    assert _read(VIEW_THEN_QUOTE) == [
        ("The aggregates are all sending the same signal now,", "he", "Ward Kelling"),
        ("You would be more inclined to ease than in the past.", "Mary Stamm", "Mary Stamm"),
    ]


#: ``dismissed her claim that ...``: the owner of the claim said the words.
REBUTTED_CLAIM = (
    "AP - A former driver for pop singer Mara Vance on Thursday dismissed her "
    'claim that her first manager had been "paid off."'
)


def test_owner_of_a_rebutted_claim_speaks() -> None:
    assert _read(REBUTTED_CLAIM) == [("paid off.", "her", "Mara Vance")]


@pytest.mark.parametrize("cue", ["rejected", "denied", "disputed"])
def test_rebutting_cues_leave_the_words_to_the_owner(cue: str) -> None:
    text = (
        "Tom Varga, the mayor, spoke on Monday. The council "
        f'{cue} his assertion that the budget was "balanced to the penny."'
    )
    ((_, mention, _),) = _read(text)
    assert mention == "his"


def test_reporting_cue_before_a_speech_noun_still_speaks() -> None:
    text = 'The minister said his claim that the plan was "dead on arrival" was wrong.'
    ((_, mention, _),) = _read(text)
    assert mention == "The minister"


#: ``the 24-year old`` (the last hyphen dropped) is the age epithet.
AGE_WITHOUT_HYPHEN = (
    "AP - Late on a Friday night Tom Reyes was still at his desk. "
    '"I just have to keep going," the 31-year old said as he rubbed his eyes.'
)


def test_age_epithet_without_its_last_hyphen() -> None:
    assert _read(AGE_WITHOUT_HYPHEN) == [
        ("I just have to keep going,", "the 31-year old", "Tom Reyes")
    ]


def test_surname_alone_after_its_full_name_gives_the_view() -> None:
    text = (
        "Bond prices rose. Mary Stamm of Beta Bank was upbeat.\n\n"
        'Jo Kent of Acme Bank said rates would fall. "The data is soft," she said.\n\n'
        'Stamm sees faster growth next month. "You would be more inclined to buy now."'
    )
    assert _read(text)[-1] == ("You would be more inclined to buy now.", "Stamm", "Mary Stamm")


@pytest.mark.parametrize("subject", ["Newsdesk", "Wall Street"])
def test_a_capitalised_word_that_names_no_one_gives_no_view(subject: str) -> None:
    text = (
        "Bond prices rose on Friday.\n\n"
        'Jo Kent of Acme Bank said rates would fall. "The data is soft," she said.\n\n'
        f'{subject} expects a cut in May. "You would be more inclined to buy now."'
    )
    assert _read(text)[-1][1:] != (subject, subject)


#: A quote that is a whole sentence, with no cue, then ``He also noted that``:
#: the one who goes on reporting said it.
ALSO_NOTED = """ACME SHARES UP ON ANALYST ADVICE
    NEW YORK, March 11 - Shares of Acme Chemical rose today.
    Analyst Jane Orrin of Beta Securities said she raised her
estimates. The company earned 6.35 dlrs a share in 1986.
    "Strong demand and lower costs will continue to aid Acme."
She also noted that energy earnings are better than expected.
 Reuter
"""


def test_quote_before_also_noted_is_that_subjects() -> None:
    assert _read(ALSO_NOTED) == [
        ("Strong demand and lower costs will continue to aid Acme.", "She", "Jane Orrin"),
    ]


def test_also_after_a_quote_inside_a_sentence_hands_nothing_back() -> None:
    text = (
        "Jo Kent, a lawyer, has cheered on voters with talks like "
        '"We will win the most states." Tom Lind has also said that the party is split.'
    )
    assert all(mention != "Tom Lind" for _, mention, _ in _read(text))


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "Speaking on Monday, Jo Kent told the annual forum of the Plastics Trade "
            'Association "We are looking at acquisitions and joint ventures."',
            "direct",
        ),
        ('Jo Kent told reporters at the depot "We will stay here."', "direct"),
        ('Jo Kent told reporters the plan was "Dead on arrival."', "partial"),
        ('Jo Kent told reporters the plan "Will fail."', "partial"),
    ],
)
def test_sentence_quoted_after_a_long_listener_is_direct(text: str, kind: str) -> None:
    (quote,) = parse_article(text).quotes
    assert quote.kind == kind


def test_and_said_after_a_quote_leaves_it_to_the_sentences_it() -> None:
    text = (
        "The paper said the rules would not cover spot deals. It accepted that "
        '"such netting may cut the risk," and said some of the proposals may be changed.'
    )
    assert _read(text) == [("such netting may cut the risk,", "It", "The paper")]
