"""Quotes and speakers read the same whatever the layout of the story.

Users' texts come one paragraph a line, with blank lines between paragraphs,
indented with a tab, with spaces or with no-break spaces, hard-wrapped at 65-70
columns (wire copy indents each paragraph's first line), with ``\\r\\n`` or
``\\r`` line ends.  Every invented English story of the ``test_quotes_unseen*``
files is laid out again in each layout here and must give the same quotes,
speakers and mentions as its clean reading (blank lines between paragraphs),
white space aside.

A hard-wrapped text with neither indents nor blank lines is ambiguous: a
paragraph whose last line is nearly full cannot be told from one that goes on
(:func:`newsstruct._blocks._ended_short`), so two paragraphs may read as one,
and a speaker found by where a paragraph starts may change.  That layout is
tried on short snippets only (:func:`test_a_paragraph_of_speech_under_a_short_line`).
"""

from __future__ import annotations

import html
import textwrap
from collections.abc import Callable

import pytest

from newsstruct import parse_article
from tests import (
    test_quotes_unseen,
    test_quotes_unseen_forms,
    test_quotes_unseen_genres,
    test_quotes_unseen_long,
)

_MODULES = (
    test_quotes_unseen,
    test_quotes_unseen_forms,
    test_quotes_unseen_genres,
    test_quotes_unseen_long,
)

#: Every invented English story, as its paragraphs.
STORIES: dict[str, list[str]] = {
    f"{module.__name__.rpartition('_')[2]}:{name}": [
        part.strip() for part in case[0].replace("\r", "").split("\n\n") if part.strip()
    ]
    for module in _MODULES
    for name, case in module.CASES.items()
}


def _wrapped(paragraph: str, width: int, indent: str = "") -> str:
    return textwrap.fill(paragraph, width, initial_indent=indent, break_on_hyphens=False)


#: The layouts, each from a story's paragraphs to its text.
LAYOUTS: dict[str, Callable[[list[str]], str]] = {
    "tab indent": lambda ps: "".join(f"\t{p}\n" for p in ps),
    "two-space indent": lambda ps: "".join(f"  {p}\n" for p in ps),
    "no-break space indent": lambda ps: "".join(f"\u00a0\u00a0\u00a0{p}\n" for p in ps),
    "tab indent, blank lines": lambda ps: "\n\n".join(f"\t{p}" for p in ps) + "\n",
    "tab indent, CRLF": lambda ps: "".join(f"\t{p}\r\n" for p in ps),
    "wire (indented, wrapped at 68)": lambda ps: "".join(
        _wrapped(p, 68, "    ") + "\n" for p in ps
    ),
    "wire, CRLF": lambda ps: "".join(
        _wrapped(p, 68, "    ").replace("\n", "\r\n") + "\r\n" for p in ps
    ),
    "wire, CR": lambda ps: "".join(_wrapped(p, 68, "    ").replace("\n", "\r") + "\r" for p in ps),
    "wrapped at 70, blank lines, indented": lambda ps: "\n\n".join(
        _wrapped(p, 70, "   ") for p in ps
    ),
    "wrapped at 65, blank lines, CRLF": lambda ps: "\r\n\r\n".join(
        _wrapped(p, 65).replace("\n", "\r\n") for p in ps
    ),
    "CR alone": lambda ps: "\r\r".join(ps) + "\r",
}

#: The stories a layout legitimately reads otherwise, and why.
KNOWN_DIFFERENCES: dict[tuple[str, str], str] = {}


def _flat(words: str | None) -> str | None:
    return None if words is None else " ".join(html.unescape(words).split())


def _read(text: str) -> list[tuple[str | None, str | None, str | None]]:
    return [
        (
            _flat(quote.text),
            _flat(quote.speaker.name) if quote.speaker else None,
            _flat(quote.speaker.mention) if quote.speaker else None,
        )
        for quote in parse_article(text).quotes
    ]


@pytest.mark.parametrize("layout", LAYOUTS)
def test_same_quotes_and_speakers_in_every_layout(layout: str) -> None:
    lay = LAYOUTS[layout]
    differ = {}
    for name, paragraphs in STORIES.items():
        if (layout, name) in KNOWN_DIFFERENCES:
            continue
        clean, laid = _read("\n\n".join(paragraphs)), _read(lay(paragraphs))
        if laid != clean:
            differ[name] = (
                [item for item in clean if item not in laid],
                [item for item in laid if item not in clean],
            )
    assert not differ, differ


def test_the_stories_hold_many_quotes() -> None:
    assert len(STORIES) >= 40
    assert sum(len(_read("\n\n".join(ps))) for ps in STORIES.values()) >= 800


_CAPTAIN = [
    "City boss Marta Kowalczyk praised her captain, Tom Pickering, who scored after 28 minutes.",
    'Pickering himself was in no mood to celebrate. "A draw feels like a defeat," the veteran '
    "midfielder said.",
]


@pytest.mark.parametrize("indent", ["\t", "    ", "  ", "\u00a0\u00a0", " \t"])
def test_an_indent_keeps_the_paragraph_s_subject(indent: str) -> None:
    # a surname that opens a paragraph is its subject, who "the veteran midfielder"
    # is, however the paragraph is indented
    text = "".join(f"{indent}{paragraph}\n" for paragraph in _CAPTAIN)
    (quote,) = parse_article(text, headline=False).quotes
    assert quote.speaker is not None
    assert (quote.speaker.name, quote.speaker.mention) == (
        "Tom Pickering",
        "the veteran midfielder",
    )
    assert quote.text == "A draw feels like a defeat,"


def test_an_indent_keeps_the_surname_s_holder() -> None:
    # "Calder" alone is Ruth, named in full at a paragraph's start since her husband
    # spoke, when every paragraph is indented with a tab as when none is
    paragraphs = [
        "On a grey morning in October, Ruth Calder walks the edge of her flooded field.",
        '"That is where it all started," she says.',
        "Her husband, Ian Calder, who keeps the farm's books, admits he did not want her to "
        "go ahead.",
        '"I thought we would lose the farm," he says.',
        "Ruth Calder laughs when she hears that.",
        '"He has been saying that since 1987," she says.',
        "The legal fight cost the couple almost everything they had saved.",
        '"There were nights I did not sleep at all," Calder says.',
    ]
    for text in ("\n\n".join(paragraphs), "".join(f"\t{p}\n" for p in paragraphs)):
        quotes = parse_article(text, headline=False).quotes
        speakers = [q.speaker and q.speaker.name for q in quotes]
        assert speakers == ["Ruth Calder", "Ian Calder", "Ruth Calder", "Ruth Calder"], text


def _crlf_wrapped(paragraphs: list[str], width: int) -> str:
    return "\r\n\r\n".join(_wrapped(p, width).replace("\n", "\r\n") for p in paragraphs) + "\r\n"


def test_a_description_cut_by_a_crlf_break_is_the_one_before() -> None:
    # "the\r\naide" reads "the  aide" on one line: the aide described before
    paragraphs = [
        "Campaign officials are worried about turnout. One senior aide, who asked not to be "
        'named, said the memo was meant as "a cold shower."',
        '"People see a lead on cable and think it is over," the aide said. "It is not."',
    ]
    text = _crlf_wrapped(paragraphs, 54)
    assert "the\r\naide" in text
    speakers = [(q.speaker and q.speaker.name) for q in parse_article(text).quotes]
    assert speakers == ["One senior aide"] * 3


def test_a_statement_read_by_another_cut_by_a_crlf_break() -> None:
    # "In a short statement\r\nread by her brother, she said": the statement is hers
    paragraphs = [
        "Rebecca Harlow did not speak to the media on Monday. In a short statement read by "
        'her brother, she said she was "overwhelmed" and asked for privacy.',
        '"I want to thank everyone who never stopped fighting for me," the statement said.',
    ]
    text = _crlf_wrapped(paragraphs, 74)
    assert "statement\r\nread by" in text
    quotes = parse_article(text, headline=False).quotes
    assert [(q.speaker and q.speaker.name) for q in quotes] == ["Rebecca Harlow"] * 2


def test_a_statement_said_in_cut_by_a_crlf_break() -> None:
    # "said in a\r\nwritten statement" and "In a\r\nstatement, he called": the
    # later "the statement said" is theirs, as in the text on one line
    said = [
        "The firm, which won three contracts worth $4 million without bidding last year, "
        "did not answer calls or emails about the awards on Monday or on Tuesday. A "
        "lawyer for it, Nadia Ostrova, said in a written statement that it had "
        '"done every job on time."',
        '"Any suggestion of wrongdoing is false," the statement said.',
    ]
    called = [
        "Mayor Owen Tasker, who grew up two streets from the bakery, ordered the flags "
        "at City Hall lowered to half-staff on Friday morning. In a statement, he "
        'called her "the heart of the ward."',
        '"She never turned anyone away," the statement said.',
    ]
    for paragraphs, width, cut, name in (
        (said, 66, "said in a\r\nwritten statement", "Nadia Ostrova"),
        (called, 70, "In a\r\nstatement,", "Owen Tasker"),
    ):
        text = _crlf_wrapped(paragraphs, width)
        assert cut in text, text
        for layout in ("\n\n".join(paragraphs), text):
            quotes = parse_article(layout, headline=False).quotes
            assert [(q.speaker and q.speaker.name) for q in quotes] == [name] * 2, layout


def test_the_spokesperson_described_in_the_paragraph_cut_by_a_crlf_break() -> None:
    # "A police spokesperson said ... the\r\nspokesperson said": the one described
    # in the paragraph, not the spokesperson named before, as on one line
    paragraphs = [
        "Lena Marsh, a spokesperson for the council, said the hall would reopen in May "
        'after repairs. "We are nearly there," she said.',
        "A police spokesperson said the fire broke out shortly after 2am and that no one "
        'was hurt. "Investigations are ongoing and we are appealing for witnesses," the '
        "spokesperson said.",
    ]
    text = _crlf_wrapped(paragraphs, 56)
    assert "the\r\nspokesperson" in text, text
    for layout in ("\n\n".join(paragraphs), text):
        quotes = parse_article(layout, headline=False).quotes
        assert [(q.speaker and q.speaker.name) for q in quotes] == [
            "Lena Marsh",
            "A police spokesperson",
        ], layout


def test_furniture_between_paragraphs_does_not_cut_the_chain_of_subjects() -> None:
    # an ad label between the paragraph naming the subject and the pronoun's: the
    # pronoun is still the subject's, as without the label
    text = (
        "Orchestra finds its voice\n\n"
        '"We were a pickup band," said the concertmaster, Lena Brandt, who joined in 1998.\n\n'
        "On a gray Tuesday morning in late February, Tomasz Wieczorek stood on the podium "
        "of the Erie Philharmonic's rehearsal hall, arms folded.\n\n"
        "Advertisement\n\n"
        "He did not raise his voice. He rarely does. When the passage came together, he "
        'nodded once and said, "Again, from the top."'
    )
    for layout in (text, text.replace("Advertisement\n\n", "")):
        names = [q.speaker and q.speaker.name for q in parse_article(layout).quotes]
        assert names == ["Lena Brandt", "Tomasz Wieczorek"], layout


def test_furniture_two_paragraphs_back_does_not_cut_the_chain_of_subjects() -> None:
    # the pronoun's paragraph opens with a quote, the one before with a clause naming
    # the subject, and page furniture stands before that one: the furniture's line,
    # with no full stop, must not run into the clause as one sentence
    text = (
        "Council backs new library policy\n\n"
        '- "My kids deserve to know what is in their backpacks," said parent Carl Dugan.\n\n'
        "The board voted 4-3 to approve the policy. Tran cast the deciding vote.\n\n"
        "Advertisement\n\n"
        "READ MORE: Council approves new budget for libraries\n\n"
        "When I reached Kevin Osei by phone on Wednesday, he sounded tired.\n\n"
        '"I will follow the rules," he told me.'
    )
    bare = text.replace("Advertisement\n\n", "").replace(
        "READ MORE: Council approves new budget for libraries\n\n", ""
    )
    # (and paragraphs set apart by "\r\n\r\n" read as by "\n\n", with or without it)
    for layout in (text, bare, text.replace("\n", "\r\n"), bare.replace("\n", "\r\n")):
        quotes = parse_article(layout).quotes
        assert [(q.speaker and q.speaker.name) for q in quotes][-1] == "Kevin Osei", layout


def test_a_pronoun_cut_from_its_verb_by_a_crlf_break_opens_its_sentence() -> None:
    # "In a brief interview ..., he\r\nswitched to English.": the pronoun still opens
    # its sentence, so the chain reads the paragraph before it for its subject
    text = (
        "Ukraine's agriculture minister, Mykola Hrytsenko, spoke at the forum.\n\n"
        '"Prices move when a port is hit," said Amara Diallo, a deputy director.\n\n'
        "Russia's embassy did not respond to a request for comment.\n\n"
        "Hrytsenko, a former grain trader who became minister last year,\n"
        "spent much of the day in meetings with European officials.\n\n"
        "In a brief interview with Reuters after one of those meetings, he\n"
        "switched to English.\n\n"
        '"I am tired of thanking people for promises," he said.'
    )
    for layout in (text, text.replace("\n", "\r\n")):
        quotes = parse_article(layout, headline=False).quotes
        assert [(q.speaker and q.speaker.name) for q in quotes] == [
            "Amara Diallo",
            "Mykola Hrytsenko",
        ], layout


def test_the_candidate_himself_cut_by_a_crlf_break() -> None:
    # "the\r\ncandidate himself, who insisted ...": the campaign's candidate
    text = (
        "Trump's campaign manager, Kellyanne Conway, spoke on Sunday.\r\n\r\n"
        "Conway's candor has occasionally put her at odds with the\r\n"
        "candidate himself, who insisted at a rally in Colorado on Saturday that he\r\n"
        'was "winning big" and that the polls were "rigged."\r\n'
    )
    known = "Donald Trump said on Friday that he would win.\r\n\r\n"
    quotes = parse_article(known + text, headline=False).quotes
    assert [(q.text, q.speaker and q.speaker.name) for q in quotes][-2:] == [
        ("winning big", "Donald Trump"),
        ("rigged.", "Donald Trump"),
    ]


def test_a_paragraph_of_speech_under_a_short_line() -> None:
    # hard-wrapped, no indent, no blank line: a line that ends a sentence and could
    # have held the next line's first word ends its paragraph, when that paragraph
    # opens with a quotation mark as with a capital
    paragraphs = [
        "The result leaves Rovers 14th in the table, four points above the relegation "
        "zone, while City drop to sixth after a run of three defeats.",
        "Hollins, who has been under pressure after a run of one win in eight matches, "
        "insisted the point could be a turning point.",
        '"Moments like that can define a season," he said.',
        "Both sides are back in action on Tuesday night, with Rovers away at Carlisle and "
        "City at home to Northgate in the cup.",
    ]
    text = "".join(_wrapped(paragraph, 68) + "\n" for paragraph in paragraphs)
    article = parse_article(text, headline=False)
    assert [p.text[:8] for p in article.paragraphs] == [p[:8] for p in paragraphs]
    (said,) = article.quotes
    assert said.speaker is not None
    assert (said.speaker.name, said.speaker.mention) == ("Hollins", "he")


def test_a_nested_quote_closing_with_an_nyt_double_keeps_its_closing_mark() -> None:
    # ",'''": the nested quote's single closes first, then the NYT double
    text = (
        "Olga Brenner worked at the plant for 11 years.\n\n"
        "''When the inspectors came, the manager told me, 'Keep the back door "
        "locked,''' said Brenner, a former cook.\n\n"
        "''He said, 'Not one more word.''' Brenner said. ''So I stopped talking.''\n"
    )
    quotes = parse_article(text, headline=False).quotes
    assert [(q.text, q.speaker and q.speaker.name) for q in quotes] == [
        (
            "When the inspectors came, the manager told me, 'Keep the back door locked,'",
            "Olga Brenner",
        ),
        ("He said, 'Not one more word.'", "Olga Brenner"),
        ("So I stopped talking.", "Olga Brenner"),
    ]
    # (three singles that open are still the NYT double first)
    opening = "Olga Brenner said: '''Tis the season,' he told me.''"
    assert [q.text for q in parse_article(opening, headline=False).quotes] == [
        "'Tis the season,' he told me."
    ]


@pytest.mark.parametrize(
    ("opening", "closing"),
    [('"', '"'), ("''", "''"), ("``", "''"), ("\u2018", "\u2019"), ("\u00ab", "\u00bb")],
    ids=["straight", "nyt", "tex", "british", "guillemets"],
)
def test_a_sign_s_words_are_no_one_s_whatever_their_marks(opening: str, closing: str) -> None:
    # "A handwritten sign on the door said only, ''...''": no one says them
    text = (
        "Baker who fed the ward for 60 years dies at 91\n\n"
        "Father Thomas Albanese, her pastor, said the funeral would be held on Friday.\n\n"
        '"She always left before the last hymn," Father Albanese said.\n\n'
        "A neighbour stopped by the bakery on Monday out of habit. A handwritten sign "
        f"on the door said only, {opening}Closed today. Back tomorrow.{closing}\n"
    )
    quotes = parse_article(text).quotes
    assert [(q.text, q.speaker and q.speaker.name) for q in quotes] == [
        ("She always left before the last hymn,", "Thomas Albanese")
    ]


@pytest.mark.parametrize(
    ("opening", "closing"),
    [('"', '"'), ("''", "''"), ("``", "''"), ("\u2018", "\u2019")],
    ids=["straight", "nyt", "tex", "british"],
)
def test_the_one_a_question_addresses_answers_whatever_the_marks(
    opening: str, closing: str
) -> None:
    # "''Mr. Lasko, do you understand ...?'' the judge asked." then "''I do,'' he said"
    text = (
        "Former clerk admits stealing from church fund\n\n"
        "Dennis Lasko, 48, of Fairview, admitted one count of theft in county court on "
        "Tuesday. Prosecutors said he spent the money on a car.\n\n"
        "Before accepting the plea, Judge Martin Oduya read out the terms of the "
        "agreement, under which prosecutors will recommend two years.\n\n"
        f"{opening}Mr. Lasko, do you understand that I am not bound by that "
        f"recommendation?{closing} the judge asked.\n\n"
        f"{opening}I understand,{closing} he said.\n"
    )
    quotes = parse_article(text).quotes
    assert [q.speaker and q.speaker.name for q in quotes] == ["Martin Oduya", "Dennis Lasko"]
