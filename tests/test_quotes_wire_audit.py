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


@pytest.mark.parametrize(
    "office",
    ["Industry and Foreign Trade Secretary", "Securities and Exchange Commission Chairman"],
)
def test_and_between_two_portfolios_joins_one_office(office: str) -> None:
    text = f'"We will ask for more time," said {office} Roberto Vallejo.'
    (quote,) = parse_article(text).quotes
    assert quote.speaker is not None
    assert (quote.speaker.mention, quote.speaker.name, quote.speaker.role) == (
        f"{office} Roberto Vallejo",
        "Roberto Vallejo",
        office,
    )


def test_and_between_two_portfolios_in_lower_case_joins_one_source() -> None:
    text = '"All options are open," said a Venezuelan energy and mines ministry source.'
    ((_, mention, _),) = _read(text)
    assert mention == "a Venezuelan energy and mines ministry source"


def test_and_between_two_names_joins_no_office() -> None:
    text = '"We will ask for more time," said Reagan and Treasury Secretary Tom Lind.'
    ((_, mention, _),) = _read(text)
    assert mention == "Reagan"


#: The office named before a full name at its first mention, with ``and``
#: between two portfolios, is the role of the pronoun that speaks later.
JOINED_OFFICE = """ARGENTINA SEEKS LONGER DEBT DEADLINES
    BUENOS AIRES, March 4 - Argentina will ask its creditors for
more time to pay, Industry and Foreign Trade Secretary Roberto
Vallejo told reporters.
    "We are going to insist on contingency clauses," he said.
 Reuter
"""


def test_role_keeps_the_portfolio_before_and() -> None:
    (quote,) = parse_article(JOINED_OFFICE).quotes
    assert quote.speaker is not None
    assert (quote.speaker.name, quote.speaker.role) == (
        "Roberto Vallejo",
        "Industry and Foreign Trade Secretary",
    )


def test_a_name_before_and_adds_nothing_to_the_role() -> None:
    text = (
        "The talks ended, Tom Lind and Trade Secretary Roberto Vallejo told reporters.\n\n"
        '"We are going to insist," Vallejo said.'
    )
    (quote,) = parse_article(text).quotes
    assert quote.speaker is not None
    assert quote.speaker.role == "Trade Secretary"


@pytest.mark.parametrize(
    "roles",
    [
        "Acme chairman and chief executive",
        "former Nevada Sen. and party confidant",
        "the former senator and party confidant",
    ],
)
def test_two_roles_joined_by_and_before_a_name_are_one_persons(roles: str) -> None:
    text = f'"We will stay in the market," said {roles} Jo Kent.'
    ((_, mention, name),) = _read(text)
    assert (mention, name) == (f"{roles} Jo Kent", "Jo Kent")


@pytest.mark.parametrize("after", ["Jo Kent", "his deputy Jo Kent"])
def test_and_before_a_name_or_an_owner_joins_no_roles(after: str) -> None:
    text = f'"We will stay in the market," said the chairman and {after}.'
    ((_, mention, _),) = _read(text)
    assert mention == "the chairman"


#: ``Surname of Firm and Partner``: the firm's two names after *of* are no
#: part of the person's name.
FIRM_OF_TWO_NAMES = """U.K. RATES SEEN LOWER
    LONDON, March 11 - Gilts rallied, said Stephen Lowell, head of
research at stockbrokers Harding and Crewe.
    Lowell of Harding and Crewe said he too expected a cut.
    "Savings have been competing too hard with the building
societies," he said.
 Reuter
"""


def test_firm_of_two_names_after_of_is_no_part_of_the_name() -> None:
    assert _read(FIRM_OF_TWO_NAMES)[-1][2] == "Stephen Lowell"


#: A role opening with ``Senior`` and an acronym (``Senior EC financial
#: expert``) names no one ``Senior EC``; the place the role is held in, glued
#: before the name, makes no place of the person.
ROLE_IN_A_CITY = """NEW CURRENCY GAP SEEN
    TOKYO, March 5 - The pact between the U.S., Japan, West Germany,
Britain and France came when the dollar was already falling.
    Senior EC financial expert in Tokyo Tomas de Vries has watched
the movements closely.
    "You have to look at the dollar's peak," he said.
 Reuter
"""


def test_senior_and_an_acronym_open_a_role_not_a_name() -> None:
    assert _read(ROLE_IN_A_CITY) == [
        ("You have to look at the dollar's peak,", "he", "Tomas de Vries")
    ]


def test_the_older_wire_s_countries_are_no_one() -> None:
    text = (
        "Talks among Japan, West Germany and the Soviet Union went on.\n\n"
        '"We are ready to sign," he said.'
    )
    assert _read(text)[0][2] not in {"West Germany", "Soviet Union"}


#: A sentence-opening quote with no cue after a sentence whose subject reports
#: what another did (``said he was glad that Lind had admitted``): the
#: subject who reports goes on speaking.
OUTER_REPORTER = (
    "Senate leader Jo Kent said in an interview he was glad that Tom Lind had "
    'admitted some of his mistakes. "But one speech is not enough."'
)


def test_cueless_quote_after_a_reported_cue_is_the_reporters() -> None:
    assert _read(OUTER_REPORTER) == [("But one speech is not enough.", "Jo Kent", "Jo Kent")]


def test_a_cue_set_off_after_the_words_is_the_main_one() -> None:
    text = 'Jo Kent said the plan was dead, Tom Lind told reporters. "It will not come back."'
    assert _read(text)[0][1] == "Tom Lind"


@pytest.mark.parametrize(
    "text",
    [
        "AP - U.S. stocks rose on Tuesday as investors expected the Fed to keep to "
        '"measured" rate rises.',
        "AP - NYMEX crude oil futures jumped on Monday as rebels began an "
        '"all-out" war on the government.',
    ],
)
def test_capitals_that_modify_a_noun_say_no_fragment(text: str) -> None:
    assert _read(text) == []


def test_capitals_before_a_verb_still_own_a_fragment() -> None:
    text = 'AP - CREW filed a request with the agency for "records of every e-mail account."'
    assert _read(text)[0][1] == "CREW"


def test_reporter_with_a_party_in_brackets_goes_on() -> None:
    text = (
        "Senate leader Jo Kent (Democrat) of Ohio said he was glad that Tom Lind had "
        'admitted some of his mistakes. "But one speech is not enough."'
    )
    assert _read(text)[0][2] == "Jo Kent"
