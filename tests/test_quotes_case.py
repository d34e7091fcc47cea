"""Quotes and speakers in text set all in capitals (teletype wire copy) and all in
lower case (uncased data sets): the same speakers as the story in ordinary case."""

from __future__ import annotations

import pytest

from newsstruct import find_quotes
from newsstruct._recase import recased


def both(text: str) -> list[str]:
    return [text.lower(), text.upper()]


# (a name's possessive, its stop, a first name that is a word too: the full
# name is found where the story introduces it, and a later surname stands for it)
@pytest.mark.parametrize(
    ("story", "expected"),
    [
        (
            "The tarp on Lorraine Pettaway's roof has been there since March.\n\n"
            '"Nobody comes out," Pettaway said.',
            [("Nobody comes out,", "Lorraine Pettaway", "Pettaway")],
        ),
        (
            "The agency referred questions to a spokeswoman, Kiara Whitlock.\n\n"
            '"We had no role in the contract," Whitlock said.',
            [("We had no role in the contract,", "Kiara Whitlock", "Whitlock")],
        ),
        (
            "Campaign spokeswoman Kelly Brennan pointed to a police report.\n\n"
            '"The figure is in black and white," Brennan said.',
            [("The figure is in black and white,", "Kelly Brennan", "Brennan")],
        ),
        (
            "Sen. Bill Harker of Montana was less restrained.\n\n"
            '"I have made my point," Harker told reporters.',
            [("I have made my point,", "Bill Harker", "Harker")],
        ),
        # (initials before the name, a first name in a vowel and s after a role word)
        (
            "The state will open 500 clinics, state health minister K. R. Rao said on "
            'Thursday.\n\n"No citizen should have to travel far," Rao said.',
            [("No citizen should have to travel far,", "K. R. Rao", "Rao")],
        ),
        (
            "The winner came from captain Lewis Brand, who headed in a corner.\n\n"
            '"We kept going," Brand said.',
            [("We kept going,", "Lewis Brand", "Brand")],
        ),
    ],
)
def test_full_name_where_introduced(
    story: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    for text in both(story):
        got = [(q.text, q.speaker.name if q.speaker else None) for q in find_quotes(text)]
        want = [(a.upper() if text.isupper() else a.lower(), b) for a, b, _ in expected]
        assert got == [(a, b and (b.upper() if text.isupper() else b.lower())) for a, b in want]


# (near misses: a possessive that is no surname's, a word before a surname
# that is an article's noun, a verb in ly)
@pytest.mark.parametrize(
    "story",
    [
        "The bill Harker wrote failed in committee.\n\n"
        '"I have made my point," Harker told reporters.',
        'The company\'s roof leaked for a month.\n\n"Nobody comes out," Pettaway said.',
        'The party director confirms Delgado will run.\n\n"I am ready for this," Delgado said.',
        'The report names Delgado as its author.\n\n"I am ready for this," Delgado said.',
    ],
)
def test_no_first_name_where_none_is_introduced(story: str) -> None:
    for text in both(story):
        (quote,) = find_quotes(text)
        assert quote.speaker is not None
        assert quote.speaker.name.lower() in ("harker", "pettaway", "delgado")


# (a formal title right before a name is part of the mention, as news copy
# capitalises it; a title in initials is one too)
@pytest.mark.parametrize(
    ("story", "name", "mention"),
    [
        (
            'In a 34-page ruling, Judge Samuel Orr wrote that the order fell "well within '
            "the mayor's authority\" and dismissed the suit.",
            "Samuel Orr",
            "Judge Samuel Orr",
        ),
        (
            'In a video posted online, CEO Martina Kroll said: "We let you down, and we '
            'are going to make it right."',
            "Martina Kroll",
            "CEO Martina Kroll",
        ),
        (
            'Green MSP Lorna Baptiste urged ministers to plan ahead "rather than lurching '
            'from crisis to crisis."',
            "Lorna Baptiste",
            "Green MSP Lorna Baptiste",
        ),
        (
            'Outside court, Det Sgt Lisa Mould said the sentence would "send a clear message."',
            "Lisa Mould",
            "Det Sgt Lisa Mould",
        ),
    ],
)
def test_formal_title_in_mention(story: str, name: str, mention: str) -> None:
    for text in both(story):
        case = str.upper if text.isupper() else str.lower
        (quote,) = find_quotes(text)
        assert quote.speaker is not None
        assert (quote.speaker.name, quote.speaker.mention) == (case(name), case(mention))


# (near miss: a title after an article or a possessive describes, it is no
# title: news copy writes it in lower case, and the mention is the story's)
@pytest.mark.parametrize(
    "story",
    [
        'Her father, Jo Lind, said the crossing was "a long, cold night."',
        'At the hearing her father Tomas Lind said it was "a long, cold night."',
        'The judge, Samuel Orr, wrote that the order fell "well within the law."',
        'The party leader Jo Lind said the vote was "a disgrace."',
    ],
)
def test_described_title_not_in_mention(story: str) -> None:
    (written,) = find_quotes(story)
    assert written.speaker is not None
    for text in both(story):
        case = str.upper if text.isupper() else str.lower
        (quote,) = find_quotes(text)
        assert quote.speaker is not None
        assert quote.speaker.mention == case(written.speaker.mention)
    assert "her father Tomas" in recased(story.lower()) or "Tomas" not in story


# (a company's name ends with a corporate word; a body's name after "the" with a
# body's noun right before its cue is a name, without its article)
@pytest.mark.parametrize(
    ("story", "name"),
    [
        (
            'General Motors said in a statement that it was "evaluating the impact."',
            "General Motors",
        ),
        (
            '"We deny every claim in the suit," Marlow Pharmaceuticals said on Tuesday.',
            "Marlow Pharmaceuticals",
        ),
        (
            'Rivers will stay high, the Met Office said, warning of "several more days of rain."',
            "Met Office",
        ),
        (
            'The Interior Department said the rule was "necessary to protect the river."',
            "Interior Department",
        ),
    ],
)
def test_company_and_body_names(story: str, name: str) -> None:
    for text in both(story):
        case = str.upper if text.isupper() else str.lower
        (quote,) = find_quotes(text)
        assert quote.speaker is not None
        assert quote.speaker.name == case(name)


# (near misses: an article before a corporate word, a body's noun after a
# possessive or with no cue after it)
@pytest.mark.parametrize(
    "story",
    [
        'The airlines said the new fees were "fair and clear."',
        'The mayor\'s office said the plan was "under review."',
        'The school board said the plan was "under review."',
        'A spokesperson for the department said it was "reviewing the ruling."',
    ],
)
def test_no_company_or_body_name_from_common_words(story: str) -> None:
    (written,) = find_quotes(story)
    assert written.speaker is not None
    for text in both(story):
        case = str.upper if text.isupper() else str.lower
        (quote,) = find_quotes(text)
        assert quote.speaker is not None
        assert quote.speaker.name == case(written.speaker.name)


# (a verb after a first name is no surname: an irregular past form, or a verb
# with an object pronoun after it)
@pytest.mark.parametrize(
    ("story", "shadow"),
    [
        (
            'Chief constable Mark Ellison took questions. "No," Ellison said.',
            "Chief constable Mark Ellison took questions",
        ),
        ("Dwayne manned the grill. Maria brought tamales.", "Maria brought tamales"),
        ('"Tyler earned it in the film room," she said.', '"Tyler earned it'),
    ],
)
def test_verb_after_first_name_is_no_surname(story: str, shadow: str) -> None:
    assert shadow in recased(story.lower())


def test_verb_after_first_name_speaker() -> None:
    story = (
        "Chief constable Mark Ellison took questions from reporters for an hour.\n\n"
        '"We had more officers there than at any concert," Ellison said.'
    )
    for text in both(story):
        (quote,) = find_quotes(text)
        assert quote.speaker is not None
        assert quote.speaker.name.lower() == "mark ellison"


# (near miss: a surname that is no verb form stays a surname)
def test_surname_after_first_name() -> None:
    assert "Maria Lopez on" in recased("the speech by maria lopez on monday was short.")
    assert "said Anna Reed." in recased('"no," said anna reed.')


# (the place or firm after a name and "of" is part of the mention, as in copy;
# a common word after "of" is not)
@pytest.mark.parametrize(
    ("story", "mention"),
    [
        (
            '"It is time to step aside," said Sen. Deb Fischer of Nebraska.',
            "Sen. Deb Fischer of Nebraska",
        ),
        (
            '"How much of it is share loss?" asked Priya Raman of Barclays.',
            "Priya Raman of Barclays",
        ),
    ],
)
def test_place_after_name_in_mention(story: str, mention: str) -> None:
    for text in both(story):
        case = str.upper if text.isupper() else str.lower
        (quote,) = find_quotes(text)
        assert quote.speaker is not None
        assert quote.speaker.mention == case(mention)


def test_common_word_after_name_and_of() -> None:
    assert "Jo Lind of the finance" in recased(
        'sen. jo lind of the finance committee said it was "over."'
    )
    assert "Jo Lind of staff." in recased('"no," said jo lind of staff.')
