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


# -- A third audit: 70 Reuters-21578 stories that hold quotation marks, and the
# -- AG News leads with marks that neither audit before read.


def _roles(text: str) -> list[str | None]:
    return [None if q.speaker is None else q.speaker.role for q in parse_article(text).quotes]


def _names_roles(text: str) -> list[tuple[str, str | None] | None]:
    return [
        None if q.speaker is None else (q.speaker.name, q.speaker.role)
        for q in parse_article(text).quotes
    ]


@pytest.mark.parametrize(
    "text",
    [
        # a name no one is said to give: a term, not the words of the sentence's subject
        "Traders noted the practice also opens the door to what is called "
        '"dark pooling", where brokers match orders off the floor.',
        # the words an abbreviation stands for
        'The XR model (XR stands for "extended range"), which Acme says will run '
        "faster, goes on sale today.",
    ],
)
def test_a_term_after_what_is_called_or_stands_for_is_no_quote(text: str) -> None:
    assert _read(text) == []


def test_a_fragment_called_by_its_subject_is_still_a_quote() -> None:
    text = 'Jo Kent called the plan "a disaster for savers," and said she would fight it.'
    assert _read(text) == [("a disaster for savers,", "Jo Kent", "Jo Kent")]


#: ``member states`` is a noun after its modifier, no cue: the one who said the
#: sentence speaks.
MEMBER_STATES = """U.S. PRESSES EC ON OILS TAX
    WASHINGTON, March 4 - U.S. officials met on the tax plan.
    One source said the U.S. would make clear to member states
that if the plan goes ahead "there will be a price to pay."
 Reuter
"""


def test_member_states_is_no_cue() -> None:
    assert _read(MEMBER_STATES) == [("there will be a price to pay.", "One source", "One source")]


def test_a_subject_that_states_still_reports() -> None:
    text = 'The ministry states that the plan "will not be changed."'
    assert _read(text)[0][1] == "The ministry"


def test_a_strong_reading_in_a_survey_is_no_cue() -> None:
    text = (
        "TOKYO (Reuters) - The Nikkei average closed up 1.2 percent on Friday, as a "
        'strong reading in the central bank\'s "tanshi" business survey lifted banks.'
    )
    assert _read(text) == []


def test_a_sign_reading_still_gives_its_words() -> None:
    text = 'AP - The marchers carried a banner reading "No cuts to our schools."'
    assert [row[0] for row in _read(text)] == ["No cuts to our schools."]


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        (
            'AP - Calling the school "a sleeping giant," Tom Brennan took over as coach of '
            "the Falcons on Monday after three years at Idaho.",
            "Tom Brennan",
        ),
        ('AP - Branding the deal "a disaster," Senator Ann Kerr walked out.', "Senator Ann Kerr"),
    ],
)
def test_a_fronted_participle_is_the_main_subject_s(text: str, mention: str) -> None:
    assert [row[1] for row in _read(text)] == [mention]


@pytest.mark.parametrize(
    "text",
    [
        # a firm is no one the participle describes, nor is a gerund subject
        'AP - Calling the deal "a disaster," Acme Corp shares fell 5 percent.',
        'AP - Calling the deal "a disaster" was easy for Tom Kerr.',
    ],
)
def test_no_person_after_a_fronted_participle_gives_no_speaker(text: str) -> None:
    assert [row[1] for row in _read(text)] == []


#: ``said <firm> and Co <role> <name>``: the person after the firm's role speaks.
FIRM_AND_CO = """GILT BUYING SEEN RISING
    TOKYO, March 3 - Japanese interest in British gilts is
growing, bond managers said.
    "The government is in no hurry to issue more bonds," said
Harwood Fenton and Co assistant manager Keiko Tanaka.
 REUTER
"""


def test_a_firm_and_co_before_its_analyst_is_no_speaker() -> None:
    assert _read(FIRM_AND_CO)[0][1:] == ("Keiko Tanaka", "Keiko Tanaka")


def test_a_firm_and_co_alone_speaks_whole() -> None:
    text = '"Demand is strong," said Harwood Fenton and Co.'
    assert _read(text)[0][1] == "Harwood Fenton and Co."


#: Roles the old wire writes: with no article between two commas before the
#: name, an appositive whose organisation's name runs past ten words, a firm
#: written with ``&``, a committee's two names, an owner right after the
#: dateline's dash.
WIRE_ROLES = """SPAIN TO LAUNCH EXPORT DRIVE
    MADRID, March 4 - Spain unveils a plan this month to lift
exports, director-general of the state export institute, Jaime
Ortega Ruiz, said.
    "The target is to raise exports," he said.
    Edward E. Lane, an IBM vice president and group executive of
the Information Systems Group, said in a statement, "This is an
important step."
    Bruce Lyle, senior technology analyst with Hambrecht &
Quist in San Francisco, said he had not seen them.
    "Apple has done well," he told Reuters.
    House Ways and Means Committee
Chairman Dan Rourke said he would back the bill.
    "It is suicide," Rourke said.
 REUTER
"""


def test_roles_the_old_wire_writes() -> None:
    assert _roles(WIRE_ROLES) == [
        "director-general of the state export institute",
        "IBM vice president and group executive of the Information Systems Group",
        "senior technology analyst with Hambrecht & Quist in San Francisco",
        "House Ways and Means Committee Chairman",
    ]


def test_an_owner_after_the_dateline_dash_keeps_its_role() -> None:
    text = """LENDERS SAID SPLIT
    SANTIAGO, March 4 - Central Bank director Daniel Moss
said Chile's creditor banks were divided on the request.
    "There are difficulties," Moss told a local radio station.
 REUTER
"""
    assert _roles(text) == ["Central Bank director"]


def test_a_role_set_off_with_no_cue_after_the_name_is_none() -> None:
    # a list, no role before the name: "..., director of X, Jo Lind, and ..."
    text = (
        "The panel heard the chairman, director of the port, Jo Lind, and others.\n\n"
        '"We will build," Lind said.'
    )
    assert _roles(text) != ["director of the port"]


def test_a_place_s_possessive_is_no_subject() -> None:
    text = """BANKS WARN PERU ON DEBT
    NEW YORK, Feb 26 - Peru's 12-bank advisory committee
expressed "deep concern" to the chief debt negotiator over the
suspension of interest payments.
 Reuter
"""
    assert [row[1] for row in _read(text)] != ["Peru's"]


def test_a_person_s_possessive_claim_is_still_theirs() -> None:
    text = 'But Kent\u2019s most explosive claim is that the panel is a "witch hunt."'
    assert _read(text)[0][1] == "Kent\u2019s"


def test_a_hyphened_subject_is_read_whole() -> None:
    text = (
        "BAGHDAD (Reuters) - Iraq's U.S.-backed government said on Tuesday that "
        '"gross neglect" by its allies led to the attack.'
    )
    assert _read(text)[0][1] == "Iraq's U.S.-backed government"


def test_a_dash_set_off_is_no_hyphen() -> None:
    text = 'LIMA - The rebels - backed by Cuba - said "we will win."'
    assert _read(text)[0][1] == "The rebels"


#: A source "with close ties to" someone reports what another told: the source
#: speaks, not whom it has ties to.
CLOSE_TIES = """CORN SALE RUMORS PERSIST
    WASHINGTON, March 2 - Traders continued to speculate on a sale.
    One lobbyist with close ties to the Reagan administration
said a Soviet trade team told private grain trade officials in
Chicago last week that Moscow would buy as much as two mln
tonnes of U.S. corn if it was "competitively priced."
 Reuter
"""


def test_a_source_with_close_ties_to_reports() -> None:
    assert _read(CLOSE_TIES)[0][1] == ("One lobbyist with close ties to the Reagan administration")


#: An unnamed aide the story goes on quoting: *he* after "the aide said" is the
#: aide, not the prime minister named before, even a paragraph of quote later.
UNNAMED_AIDE = """PREMIER TO STAY UNTIL REFORM PASSES
    TOKYO, March 11 - Prime Minister Ichiro Sato will step down
only after his tax plan passes, one of his closest aides said.
    The aide, who declined to be identified, said at a private
meeting, "Sato's power does not end with his term."
    Sato vowed yesterday to press on with his plan.
   "If I were Sato, I would close the session in May," the aide
said.
    The other option would be to extend the session, he said.
    "The opposition will present a no-confidence motion."
    He said he expected the tax to have little effect on the
local elections.
    "Candidates will all oppose the tax," he said.
 REUTER
"""


def test_he_after_an_unnamed_aide_is_the_aide() -> None:
    assert [row[2] for row in _read(UNNAMED_AIDE)] == ["The aide", "the aide"] + ["the aide"] * 2


def test_he_after_an_epithet_of_one_named_is_still_the_named() -> None:
    text = (
        '"Should there be a register?" a reporter asked Tom Kerr after the event.\n\n'
        '"There should be many systems," the businessman replied.\n\n'
        '"I would certainly do that," he added.'
    )
    assert _read(text)[-1][2] != "the businessman"


#: ``An aide to <name> who asked not to be identified said ..., which he said``:
#: *he* is the aide, not the one the aide works for.
AIDE_TO = """WHEAT RUMORS PERSIST
    WASHINGTON, March 2 - Traders continued to speculate on a sale.
    An aide to Agriculture Secretary Tom Reed who asked not to
be identified said there was nothing to back the talk, which he
said was started by "somebody stirring the (corn) market."
 Reuter
"""


def test_he_after_an_aide_to_someone_is_the_aide() -> None:
    assert _read(AIDE_TO) == [
        (
            "somebody stirring the (corn) market.",
            "he",
            "An aide to Agriculture Secretary Tom Reed",
        )
    ]


#: A quote that opens its sentence, a participle on its words, then the cue:
#: the name at the cue speaks, not a speaker of the sentence before.
PARTICIPLE_ON_THE_WORDS = """RAIL FIRM APPEALS RULING
    WASHINGTON, March 5 - Acme Southern Corp will ask the
commission to reconsider its ruling, a company spokesman said.
    "We expect to file papers late tonight" asking the commission
to reopen the case, spokesman Rick Hale said in a telephone
interview from Chicago.
 Reuter
"""


def test_a_participle_on_the_quoted_words_passes_to_the_cue() -> None:
    assert _read(PARTICIPLE_ON_THE_WORDS) == [
        ("We expect to file papers late tonight", "Rick Hale", "Rick Hale")
    ]


def test_a_meeting_called_to_discuss_is_no_cue() -> None:
    text = """AIDES MEET ON DEBT
    WASHINGTON, March 3 - U.S. officials met on the debt issue.
    The official said the interagency meeting was called to
discuss "the general debt picture and compare notes on the
talks."
 Reuter
"""
    assert [q.cue for q in parse_article(text).quotes] == ["said"]


def test_called_to_say_still_reports() -> None:
    text = 'She was called to say "it is over."'
    assert [q.cue for q in parse_article(text).quotes] == ["say"]


#: ``It quoted a statement by X as saying``: the statement speaks, not the
#: agency that quoted it.
STATEMENT_QUOTED = """OFFENSIVE ENDS
    LONDON, Feb 26 - Iran announced tonight that its offensive had ended.
    The news agency IRNA said the operation was now over.
    It quoted a joint statement by the army and the guards as
saying that their forces had "dealt one of the severest blows on
the enemy."
 Reuter
"""


def test_a_statement_quoted_as_saying_speaks() -> None:
    assert _read(STATEMENT_QUOTED)[0][1] == "a joint statement by the army and the guards"


def test_an_agency_quoting_a_person_as_saying_gives_the_person() -> None:
    text = 'State TV quoted Kanani as saying the talks were "going well."'
    assert _read(text)[0][1] == "Kanani"


#: A surname of two words (``Ortega Ruiz``) after the full name: that person,
#: with the role the full name was given.
TWO_WORD_SURNAME = """SPAIN TO LAUNCH EXPORT DRIVE
    MADRID, March 4 - Spain unveils a plan to lift exports,
trade official Jaime Ortega Ruiz said.
    "The target is to raise exports," he said.
    Ortega Ruiz said the institute would double its budget.
    "The problem is convincing businessmen," he said.
 REUTER
"""


def test_a_two_word_surname_is_the_one_named_in_full() -> None:
    assert _names_roles(TWO_WORD_SURNAME) == [("Jaime Ortega Ruiz", "trade official")] * 2


def test_a_first_name_and_surname_inside_a_longer_run_is_its_own() -> None:
    text = (
        'Fans of "Crooked Hillary Clinton" chants cheered.\n\n"We will win," Hillary Clinton said.'
    )
    assert _read(text)[-1][2] == "Hillary Clinton"


#: A chamber's side owns its leader's role (``Senate Republican leader``), and
#: the state before the office (``the Kansas senator``) may be one the story
#: never gave that leader; ``former`` keeps a past leader apart.
STATE_SENATOR = """DOLE SAYS REAGAN MUST ACT
    WASHINGTON, March 3 - Reagan and former Senate Republican leader
Tom Baker met today.
    White House aides are weighing the nomination, Senate
Republican leader Bob Dole said.
    "He has to get it behind him," the Kansas senator said.
 Reuter
"""


def test_the_state_senator_is_the_chamber_leader() -> None:
    assert _names_roles(STATE_SENATOR) == [("Bob Dole", "Senate Republican leader")]


def test_the_state_senator_is_not_any_senator() -> None:
    text = (
        "Senator Jo Reed of Iowa said the bill was dead.\n\n"
        '"We will see," the Florida senator said.'
    )
    assert _read(text)[0][2] != "Jo Reed"


#: An infinitive after the quote is no cue with an inverted subject (``the
#: decision to dismiss 200 staff``): the source *according to* names speaks.
ACCORDING_TO_A_MEMO = """CHIEF EXPLAINS CUTS
    NEW YORK, March 9 - The need to cut "waste and overlap" was
behind the decision to dismiss 200 staff, according to a memo from
Laurence Kerr, chief executive of Acme Inc.
 Reuter
"""


def test_an_infinitive_after_the_quote_is_no_cue() -> None:
    assert [row[2] for row in _read(ACCORDING_TO_A_MEMO)] == ["Laurence Kerr"]


def test_went_on_to_say_still_reports() -> None:
    text = '"We will win," Jo Kent went on to say.'
    assert _read(text)[0][1] == "Jo Kent"


def test_a_gerund_subject_is_no_fronted_participle() -> None:
    text = 'CHICAGO - Adding Acme stock to the index is a "minor plus," analyst Tom Reed said.'
    assert [q.cue for q in parse_article(text).quotes] == ["said"]


#: A statement that opens its sentence and a participle names no author before
#: the cue: *it* after it is the statement, not a body named before.
STATEMENT_IT = """SHIPPING EXPORTS OFF 40 PCT
    JOHANNESBURG, March 9 - A statement released by the ministry on
Monday said the talks went well.
    A statement issued by the conference here said sailings are
being increased from nine to seven days.
    "This is the most positive development on the route in four
years," it said.
 Reuter
"""


def test_it_after_a_statement_is_the_statement() -> None:
    assert [row[1:] for row in _read(STATEMENT_IT)] == [("it", "A statement")]


def test_a_firm_s_trade_before_its_name_is_its_role() -> None:
    text = 'Stockbrokers James Capel said in a note: "The market is strong."'
    assert _names_roles(text) == [("James Capel", "Stockbrokers")]
