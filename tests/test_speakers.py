"""Speaker mentions and their canonical names."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsstruct import Quote, find_quotes, parse_article
from newsstruct._speakers import _described_before, _description, _stop_before

SEED = Path(__file__).resolve().parents[2] / "shared" / "corpora" / "seed" / "reykjavik.txt"


def speakers(text: str) -> list[tuple[str, str, str | None]]:
    return [
        (q.speaker.mention, q.speaker.name, q.speaker.role)
        for q in find_quotes(text)
        if q.speaker is not None
    ]


def test_titles_stripped_and_role_kept() -> None:
    text = 'US Secretary of State Antony Blinken met reporters.\n\n"We are ready," Mr Blinken said.'
    assert speakers(text) == [("Mr Blinken", "Antony Blinken", "US Secretary of State")]


@pytest.mark.parametrize("mention", ["Blinken", "Mr Blinken", "Mr. Blinken", "he"])
def test_mentions_resolve_to_the_full_name(mention: str) -> None:
    text = f'Antony Blinken arrived on Monday.\n\n"We are ready," {mention} said.'
    ((found, name, _role),) = speakers(text)
    assert found == mention
    assert name == "Antony Blinken"


def test_role_noun_resolves_to_person_with_that_role() -> None:
    text = (
        "Secretary of State Antony Blinken arrived on Monday.\n\n"
        '"We are ready," the secretary said.'
    )
    assert speakers(text)[0][1] == "Antony Blinken"


def test_pronoun_refers_to_last_named_speaker() -> None:
    text = (
        'Mr Blinken said it was "a good start for both sides".\n\n'
        "Mr Lavrov, speaking through a translator, described the talks as honest.\n\n"
        '"We are ready to discuss all the issues," he said.'
    )
    quotes = find_quotes(text)
    assert [q.speaker.name for q in quotes if q.speaker] == ["Blinken", "Lavrov"]


def test_pronoun_gender_from_honorific() -> None:
    text = (
        "Mrs Jane Smith met Mr John Brown in Paris.\n\n"
        'Mr Brown said the talks "went well for both of us".\n\n'
        '"We will meet again next week," she said.'
    )
    names = [q.speaker.name for q in find_quotes(text) if q.speaker]
    assert names == ["John Brown", "Jane Smith"]


def test_appositive_and_long_description() -> None:
    text = (
        "Ned Price, a State Department spokesman who has held the job since January, "
        'said: "We are ready."'
    )
    assert speakers(text) == [("Ned Price", "Ned Price", "State Department spokesman")]


@pytest.mark.parametrize(
    ("introduction", "role"),
    [
        ("Ingrid Solberg, the port director, said", "port director"),
        ("Ingrid Solberg, 52, a crane driver from Bergen, said", "crane driver from Bergen"),
        (
            "Ingrid Solberg, chief executive of Acme Shipping, said",
            "chief executive of Acme Shipping",
        ),
        (
            "Ingrid Solberg, Acme Shipping's chief executive, said",
            "Acme Shipping's chief executive",
        ),
        ("Ingrid Solberg, a former aide to Mr. Kent, said", "former aide to Mr. Kent"),
        ("Ingrid Solberg, a spokeswoman who joined in May, said", "spokeswoman"),
        ("Sen. Ingrid Solberg, a Democrat from Ohio, said", "Sen."),
        # no appositive: a list of names, a party and state, a clause
        ("Ingrid Solberg, Tom Kent and Ann Berg said", None),
        ("Ingrid Solberg (D-Ohio) said", None),
        ("Ingrid Solberg, who runs the port, said", None),
    ],
)
def test_appositive_is_the_role_as_written(introduction: str, role: str | None) -> None:
    text = f'{introduction} the port would reopen.\n\n"We are ready," Ms Solberg said.'
    assert [(name, found) for _mention, name, found in speakers(text)] == [("Ingrid Solberg", role)]


@pytest.mark.parametrize(
    ("text", "mention", "role"),
    [
        (
            'The port director, Ingrid Solberg, said: "We are ready."',
            "The port director",
            "port director",
        ),
        (
            '"We are ready," said the port director, Ingrid Solberg.',
            "the port director",
            "port director",
        ),
        (
            'Acme Shipping\'s chief executive, Ingrid Solberg, said: "We are ready."',
            "Acme Shipping's chief executive",
            "Acme Shipping's chief executive",
        ),
        # an owner in lower case, a possessive determiner
        (
            'The state\'s port director, Ingrid Solberg, said: "We are ready."',
            "The state's port director",
            "state's port director",
        ),
        (
            'Its port director, Ingrid Solberg, said: "We are ready."',
            "Its port director",
            "port director",
        ),
    ],
)
def test_description_before_the_name_is_the_role(text: str, mention: str, role: str) -> None:
    text += '\n\n"Soon," Solberg said.'
    assert speakers(text) == [
        (mention, "Ingrid Solberg", role),
        ("Solberg", "Ingrid Solberg", role),
    ]


def test_description_before_a_name_in_another_clause_is_not_its_role() -> None:
    text = 'In a letter to the port director, Ingrid Solberg said: "We are ready."'
    assert speakers(text) == [("Ingrid Solberg", "Ingrid Solberg", None)]


@pytest.mark.parametrize(
    ("mention", "name", "role"),
    [
        (
            "Secretary of Homeland Security Jo Lind",
            "Jo Lind",
            "Secretary of Homeland Security",
        ),
        (
            "Secretary of Health and Human Services Jo Lind",
            "Jo Lind",
            "Secretary of Health and Human Services",
        ),
        ("Minister of Foreign Affairs Jo Lind", "Jo Lind", "Minister of Foreign Affairs"),
        # a three-word name after a complete office keeps its first name
        ("Secretary of State John Forbes Kerry", "John Forbes Kerry", "Secretary of State"),
    ],
)
def test_an_office_with_of_is_the_role(mention: str, name: str, role: str) -> None:
    assert speakers(f'{mention} said: "We are ready."') == [(mention, name, role)]


@pytest.mark.parametrize(
    ("mention", "name"),
    [
        ("Jo Lind and Tom Kent", "Jo Lind and Tom Kent"),
        ("Sen. Jo Lind and Rep. Tom Kent", "Jo Lind and Tom Kent"),
        # a firm is no second speaker
        ("Jo Lind of Kidder Peabody and Co", "Jo Lind"),
    ],
)
def test_two_speakers_joined_by_and(mention: str, name: str) -> None:
    ((_found, named, role),) = speakers(f'It rained.\n\n{mention} said: "We are ready."')
    assert (named, role) == (name, None)


def test_appositive_role_after_an_inverted_cue() -> None:
    text = '"We will not back down," said Ned Price, a State Department spokesman.'
    assert speakers(text) == [("Ned Price", "Ned Price", "State Department spokesman")]


def test_organisation_speaker_keeps_its_mention() -> None:
    ((mention, name, role),) = speakers('"The talks went well," the ministry said.')
    assert (mention, name, role) == ("the ministry", "the ministry", None)


def test_speaker_spans_slice_the_text() -> None:
    text = 'Jane Doe said: "Yes we can."\n\n"And we will do it again soon," she added.'
    for quote in find_quotes(text):
        assert quote.speaker is not None
        assert quote.speaker.span.slice(text) == quote.speaker.mention


@pytest.mark.skipif(not SEED.exists(), reason="the shared corpora are not present")
def test_seed_article() -> None:
    article = parse_article(SEED.read_text(encoding="utf-8"))
    expected = {
        "no secret that we have our differences": "Antony Blinken",
        "in spheres where our interests collide": "Sergei Lavrov",
        "a predictable, stable relationship with Russia": "Antony Blinken",
        "killer": "Joe Biden",
    }
    got: dict[str, str] = {}
    quotes: tuple[Quote, ...] = article.quotes
    for quote in quotes:
        assert quote.speaker is not None
        got[quote.text] = quote.speaker.name
    for text, name in expected.items():
        assert got[text] == name
    starts = {q.text.split(",")[0]: q.speaker.name for q in quotes if q.speaker}
    assert starts["We think that's good for our people"] == "Antony Blinken"
    assert starts["We are ready to discuss all the issues without exception"] == "Sergei Lavrov"
    assert "serious differences" not in got


def test_relative_who_keeps_its_mention_and_resolves() -> None:
    text = (
        "Senator Jane Doe spoke on Monday.\n\n"
        'Critics attacked Ms Doe, who called the plan "a total disaster for everyone".'
    )
    ((mention, name, _role),) = speakers(text)
    assert (mention, name) == ("who", "Jane Doe")


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        # a parenthesis inside the subject after the quote
        ('"We are ready," Sen. Chuck Schumer (D-N.Y.) said Tuesday.', "Sen. Chuck Schumer"),
        # a described speaker after the cue, whatever its head noun
        ('"It is hard to come back," said the designer, who works nearby.', "the designer"),
        ('"They will win again," wrote one commenter.', "one commenter"),
        # lower-case role words between two parts of a name
        ('"I like it," mused Blaze co-host Stu Burguiere.', "Blaze co-host Stu Burguiere"),
        # a question followed by a described speaker
        ('"What if he had lessons?" the 43-year-old asked in the video.', "the 43-year-old"),
        # an opening adverbial is not the subject
        ('Immediately after the attacks, Trump issued a statement, "We will act."', "Trump"),
        # the author of a document speaks through it
        ('At the time, she released a statement saying, "We are proud of them."', "she"),
        # a pronoun reported by another cue: the outer speaker
        (
            'Law enforcement sources have said he said "no more baby parts" to them.',
            "Law enforcement sources",
        ),
        ('Cruz has railed against what he calls the "Washington cartel" for years.', "Cruz"),
        # the person a common noun works for
        (
            'A spokesman for Bernie Sanders could only quip: "I guess it was booked."',
            "A spokesman for Bernie Sanders",
        ),
        # a capitalised auxiliary is a name
        ('"The eruption of war is a reminder of what is at stake," Will wrote.', "Will"),
        (
            '"And the more it mounted, the more determined she became," remembered Roy Verley.',
            "Roy Verley",
        ),
    ],
)
def test_speaker_mentions(text: str, mention: str) -> None:
    (quote,) = find_quotes(text)
    assert quote.speaker is not None
    assert quote.speaker.mention == mention
    assert quote.speaker.span.slice(text) == mention


def test_credit_line_after_a_quote_paragraph() -> None:
    text = '"Boeing and GE pay zero taxes on their profits."\n\n- Sanders.\n\nThis is complex.'
    assert speakers(text) == [("Sanders", "Sanders", None)]


def test_cue_before_the_quote_wins_over_the_next_sentence() -> None:
    text = 'Hillary Clinton called him "the best recruiter they have." She also said it was bad.'
    ((mention, _name, _role),) = speakers(text)
    assert mention == "Hillary Clinton"


def test_noun_cue_ending_a_paragraph_does_not_hide_the_verb() -> None:
    text = "Howard continued his scathing remarks.\n\n\u201cEight years ago she was the nominee and she lost.\u201d"
    assert speakers(text) == [("Howard", "Howard", None)]


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        # a description without its closing comma
        ('Sam Lau, the director of the Iowa Democratic Party said it was "a big deal".', "Sam Lau"),
        (
            'Katie Packer, who is chairman of Our PAC said in a statement, "It is bad."',
            "Katie Packer",
        ),
        # the reporter of a nested statement
        ('Trump said Fox executives were calling "every 15 minutes" that day.', "Trump"),
        # an adverb after the cue still closes the attribution
        (
            '"How are you today?" Miller, a retired worker, said pleasantly into the phone.',
            "Miller",
        ),
        ("Hillary Clinton cracked, ''I'm a progressive who gets things done.''", "Hillary Clinton"),
        # a noun read as a weak cue does not hide the verb before it
        (
            'Paul Ryan said the protests demands that all engage in "more listening" now.',
            "Paul Ryan",
        ),
    ],
)
def test_more_speaker_mentions(text: str, mention: str) -> None:
    (quote,) = find_quotes(text)
    assert quote.speaker is not None
    assert quote.speaker.mention == mention


def test_introduction_without_a_cue() -> None:
    text = (
        "In response, Republican nominee Donald Trump issued the following statement:\n\n"
        "\u201cOur prayers are with all those affected by the attacks.\u201d"
    )
    assert speakers(text) == [
        ("Republican nominee Donald Trump", "Donald Trump", "Republican nominee")
    ]


def test_role_noun_keeps_its_rank() -> None:
    text = 'Vice President Joe Biden spoke first.\n\n"We are ready for this," the president said.'
    ((_mention, name, _role),) = speakers(text)
    assert name == "the president"


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        # a described speaker whose words include a name
        ('"He is bigger than the party," said one Trump confidant.', "one Trump confidant"),
        # ", saying" after a sentence whose subject is a common noun for a person
        (
            "The president left no doubt of his wish to help Mrs. Clinton succeed him, "
            "saying that ''nobody is more qualified for the job''.",
            "The president",
        ),
    ],
)
def test_described_and_saying_subjects(text: str, mention: str) -> None:
    (quote,) = find_quotes(text)
    assert quote.speaker is not None
    assert quote.speaker.mention == mention


def test_pronoun_skips_a_speaker_of_the_other_gender() -> None:
    from newsstruct import find_quotes

    text = (
        "Ingrid Solberg, the harbour master, said the plan was bad.\n\n"
        '"We know the sea," Ms Solberg said.\n\n'
        "Fisheries Minister Henrik Dahl said the government was ready. "
        '"Nobody wants empty harbours," he told reporters.\n\n'
        '"We are not against it," she said.'
    )
    names = [(q.speaker.mention, q.speaker.name) for q in find_quotes(text) if q.speaker]
    assert names == [
        ("Ms Solberg", "Ingrid Solberg"),
        ("he", "Henrik Dahl"),
        ("she", "Ingrid Solberg"),
    ]


# ---------------------------------------------------------------------------
# the tokeniser: fast paths read the same as the reference pattern
# ---------------------------------------------------------------------------

_PLAIN_PIECES = [
    "Mr", "Mr.", "A.", "U.S.", "D.C.", "e.g.", "don't", "rock-and-roll", "co\u2019op",
    "snake_case", "_x", "AT&T", "1990s", "5'11", "-", "--", ".", "...", ",", ";", ":",
    "(", ")", "[", '"', "'", "\u201c", "\u201d", "\u2018", "\u2019", "\u2014", "\u2013",
    "\u2026", "Sen.", "Rep.", "no.", "Inc.", "\x1c", "\x1f", "\x00", " ", "  ", "\n",
    "\t", "\r\n", "\x0b",
]  # fmt: skip


def _reference_tokens(text: str) -> list[tuple[int, int, str, int]]:
    """Tokens as :data:`SPEAKER_TOKEN` reads them, one match at a time."""
    from newsstruct._data.titles import ABBREVIATIONS
    from newsstruct._patterns import SPEAKER_TOKEN

    found: list[tuple[int, int, str, int]] = []
    taken = 0
    for match in SPEAKER_TOKEN.finditer(text):
        start, end = match.span()
        if start < taken:
            continue  # the full stop of an abbreviation
        word = text[start:end]
        if word[0].isalnum() or word[0] == "_":
            if (
                end < len(text)
                and text[end] == "."
                and ((len(word) == 1 and word.isupper()) or word.lower() in ABBREVIATIONS)
            ):
                end += 1
                word += "."
            found.append((start, end, word, 1))
        else:
            found.append((start, end, word, 2))
        taken = end
    return found


def test_plain_token_pattern_reads_like_the_unicode_one() -> None:
    import random

    from newsstruct._patterns import (
        SPEAKER_NOT_PLAIN,
        SPEAKER_TOKEN_SPLIT,
        SPEAKER_TOKEN_SPLIT_PLAIN,
    )

    rng = random.Random(5)
    for _ in range(3000):
        text = "".join(rng.choice(_PLAIN_PIECES) for _ in range(rng.randrange(1, 12)))
        assert SPEAKER_NOT_PLAIN.search(text) is None
        assert SPEAKER_TOKEN_SPLIT_PLAIN.split(text) == SPEAKER_TOKEN_SPLIT.split(text)


@pytest.mark.parametrize(
    "text",
    [
        'Mr. Smith said: "We will." U.S. officials, e.g. Sen. Cruz, agreed.',
        "Caf\u00e9 owner Jos\u00e9 N\u00fa\u00f1ez\u00a0said\x1cno. A. B. C.",
        "_under score \u0301mark Inc.. Mr.\u2019s co\u2019op \u201cQuoted\u201d \u2014 end.",
        "",
        "   ",
    ],
)
def test_tokens_match_the_reference_reading(text: str) -> None:
    from newsstruct._speakers import _tokens

    read = _tokens(text, 0, len(text), ())
    assert [tuple(t)[:4] for t in read.tokens] == _reference_tokens(text)
    assert read.texts == [t.text for t in read.tokens]
    assert read.kinds == [t.kind for t in read.tokens]


def test_tokens_match_the_reference_reading_on_random_text() -> None:
    import random

    from newsstruct._speakers import _tokens

    pieces = [*_PLAIN_PIECES, "\u00e9", "\u00a0", "\u0301", "\u00c9t\u00e9", "\u2015"]
    rng = random.Random(11)
    for _ in range(2000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randrange(1, 15)))
        read = _tokens(text, 0, len(text), ())
        assert [tuple(t)[:4] for t in read.tokens] == _reference_tokens(text), text


def test_tokens_of_a_paragraph_with_many_abbreviations_match_the_reference_reading() -> None:
    # more stops taken into abbreviations than a few: the tokens are rebuilt in
    # one pass, as deleting the stops one by one would leave them
    import random

    from newsstruct._speakers import _FEW_STOPS_TAKEN, _tokens

    rng = random.Random(13)
    for size in (20, 60, 200):
        for _ in range(150):
            text = " ".join(rng.choice(_PLAIN_PIECES) for _ in range(size))
            read = _tokens(text, 0, len(text), ())
            assert [tuple(t)[:4] for t in read.tokens] == _reference_tokens(text), text
    text = "With Sen. Ann Berg and Mr. Lee. " * (_FEW_STOPS_TAKEN + 2) + "Dr. A. Jo spoke."
    read = _tokens(text, 0, len(text), ())
    assert read.texts.count("Sen.") == read.texts.count("Mr.") == _FEW_STOPS_TAKEN + 2
    assert read.texts.count(".") == _FEW_STOPS_TAKEN + 3  # (the stops ending sentences)
    assert read.texts[-5:] == ["Dr.", "A.", "Jo", "spoke", "."]


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        # a cue with its listener after a quote that ends its sentence
        ('"Will you change?" Ana Ruiz asked reporters after the vote.', "Ana Ruiz"),
        ('"Nobody knows!" Ana Ruiz told the local radio station in an interview.', "Ana Ruiz"),
        ('"We are ready." Ana Ruiz told him.', "Ana Ruiz"),
        # a place after the cue closes it too
        ('"We need it now!" Ana Ruiz said on Twitter.', "Ana Ruiz"),
        ('"We won." Ana Ruiz said as she left the hall.', "Ana Ruiz"),
    ],
)
def test_closed_cue_after_a_finished_quote(text: str, mention: str) -> None:
    (quote,) = find_quotes("The vote was close.\n\n" + text)
    assert quote.speaker is not None
    assert quote.speaker.mention == mention


@pytest.mark.parametrize(
    "text",
    [
        # the cue has content of its own: it does not attribute the quote before
        '"We are ready." Ana Ruiz told reporters the plan would fail.',
        '"We are ready." Ana Ruiz said on Monday that the plan would fail.',
    ],
)
def test_cue_with_its_own_content_does_not_look_back(text: str) -> None:
    assert find_quotes("The vote was close.\n\n" + text) == ()


@pytest.mark.parametrize(
    ("text", "mention", "name"),
    [
        # an inverted speaker: everything up to punctuation or a clause word
        (
            '"We won," said Mayor Lind\u2019s top aide Ann Berg.',
            "Mayor Lind\u2019s top aide Ann Berg",
            "Ann Berg",
        ),
        (
            '"We won," said city council member Ann Berg when asked.',
            "city council member Ann Berg",
            "Ann Berg",
        ),
        ('"We won," said Navy 2nd Lt. Ann Berg.', "Navy 2nd Lt. Ann Berg", "Ann Berg"),
        (
            '"We won," said one of the organisers, who asked not to be named.',
            "one of the organisers",
            "one of the organisers",
        ),
        ('"We won," tweeted another.', "another", "another"),
    ],
)
def test_inverted_speaker_phrase(text: str, mention: str, name: str) -> None:
    (quote,) = find_quotes("The count ended.\n\n" + text)
    assert quote.speaker is not None
    assert (quote.speaker.mention, quote.speaker.name) == (mention, name)


@pytest.mark.parametrize(
    "text",
    [
        '"We won," said the candidate could be wrong.',
        '"We won," said in an interview with the paper that it was over.',
    ],
)
def test_inverted_clause_is_no_speaker(text: str) -> None:
    assert find_quotes("The count ended.\n\n" + text) == ()


def test_pronoun_inside_a_report_is_named_after_the_reporter() -> None:
    text = (
        "Sam Berg said the talks had failed.\n\n"
        'The town spokesman said that in the autumn he had warned voters of "a long winter".'
    )
    ((mention, name, _role),) = speakers(text)
    assert (mention, name) == ("he", "The town spokesman")


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        (
            'The committee on Friday condemned what it called "a clear threat to the town".',
            "The committee",
        ),
        (
            "The Lind campaign is trying to contrast her record with what they call "
            '"a selfish message".',
            "The Lind campaign",
        ),
    ],
)
def test_what_it_calls_belongs_to_the_organisation(text: str, mention: str) -> None:
    (quote,) = find_quotes(text)
    assert quote.speaker is not None
    assert quote.speaker.mention == mention


def test_word_capitalised_at_a_sentence_start_is_no_speaker() -> None:
    # "once" is written in lower case elsewhere: "Once" opening a sentence is no name
    text = 'It happened once before.\n\nOnce a small fringe, this "alternative" media grew.'
    assert find_quotes(text) == ()


def test_adverb_set_off_by_a_comma_at_a_sentence_start_is_no_speaker() -> None:
    # "Specifically" is never capitalised inside a sentence: the previous speaker speaks
    text = (
        'Ann Berg spoke for an hour.\n\n"We will win," she said.\n\n'
        'Specifically, "that the plan has failed the poor."'
    )
    assert [q.speaker.mention for q in find_quotes(text) if q.speaker] == ["she", "she"]


def test_name_that_is_also_a_common_word() -> None:
    # "Will" stands inside a sentence as a name, so it stays one
    text = 'We will see.\n\nColumnist Jo Will was there. Will wants a "fine deal" now.'
    assert [q.speaker.mention for q in find_quotes(text) if q.speaker] == ["Will"]


@pytest.mark.parametrize("poet_first", [False, True])
def test_a_word_set_off_is_read_in_the_window_of_each_paragraph(
    monkeypatch: pytest.MonkeyPatch, poet_first: bool
) -> None:
    # what one paragraph's window found (or did not) is kept for the text, yet
    # each paragraph reads "Specifically" in its own window: a name near the
    # line that writes it inside a sentence, an adverb far from it
    from newsstruct import _speakers

    monkeypatch.setattr(_speakers, "_COMMON_REACH", 400)
    poet = "The poet Specifically Jones wrote it.\n\n"
    filler = "The council met on Monday to talk about roads and the budget.\n\n" * 9
    text = (
        (poet if poet_first else "")
        + 'Ann Berg spoke for an hour.\n\n"We will win," she said.\n\n'
        + 'Specifically, "that the plan has failed the poor."\n\n'
        + filler
        + 'Tom Lind spoke after her.\n\n"We will lose," he said.\n\n'
        + 'Specifically, "that the plan has failed the rich."\n\n'
        + ("" if poet_first else poet)
    )
    mentions = [q.speaker.mention if q.speaker else None for q in find_quotes(text)]
    if poet_first:
        assert mentions == ["she", "Specifically", "he", "he"]
    else:
        assert mentions == ["she", "she", "he", "Specifically"]


def test_what_a_search_for_a_word_found_is_kept_without_changing_any_answer() -> None:
    # _written keeps per word what it found in the text; every window asked,
    # sliding on, back or anywhere, gets what one search of that window finds
    import random

    from newsstruct._speakers import _whole_word, _written, forget_text

    text = "Will said. as Will said, the will, Willa, will. " * 12 + "as Will did"
    pick = random.Random(7)
    windows = [(lo, lo + width) for width in (4, 9, 30, 300) for lo in range(len(text))]
    windows += [(lo, lo + width) for width in (9, 30) for lo in range(len(text), -1, -1)]
    windows += [(pick.randrange(len(text)), pick.randrange(len(text) + 5)) for _ in range(400)]
    forget_text()
    for word, inside in [("Will", True), ("will", False), ("Willa", True), ("Bo", False)]:
        for lo, hi in windows:
            hi = min(hi, len(text))
            found = _whole_word(word, inside).search(text, lo, min(len(text), hi + 1))
            expected = found is not None and found.end() <= hi
            assert _written(text, word, lo, hi, inside=inside) == expected, (word, lo, hi)
    forget_text()


def test_a_long_text_listed_for_its_words_gives_every_answer_a_search_does() -> None:
    # past a few times a long text's length, _written lists each word's starts
    # once and bisects them: every window still gets what one search finds
    import random

    from newsstruct import _speakers
    from newsstruct._speakers import _whole_word, _written, forget_text

    unit = "Dayton, Ohio, a man said.\nas Will said, the will,\nWill Willa 2Will O-Will. "
    text = unit * 300 + "as Will did"
    pick = random.Random(11)
    windows = [(pick.randrange(len(text)), pick.randrange(len(text) + 5)) for _ in range(300)]
    windows += [(lo, lo + 60) for lo in range(0, len(text), 97)]
    forget_text()
    words = [("Will", True), ("Will", False), ("will", True), ("Willa", False), ("Dayton", True)]
    words += [("Dayton", False), ("Bo", False), ("O-Will", False), ("Ohio", True)]
    for word, inside in words:
        for lo, hi in windows:
            hi = min(hi, len(text))
            found = _whole_word(word, inside).search(text, lo, min(len(text), hi + 1))
            expected = found is not None and found.end() <= hi
            assert _written(text, word, lo, hi, inside=inside) == expected, (word, lo, hi)
    assert _speakers._RUN_STARTS
    assert _speakers._RUN_STARTS[0][1] == [-1]  # (listed)
    forget_text()
    assert not _speakers._RUN_STARTS


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        (
            'Members were angry at the plan, with Sen. Ann Berg calling it a "bad joke."',
            "Sen. Ann Berg",
        ),
        ('The union backed her, with the teachers calling her "a true champion".', "the teachers"),
        # a preposition in -ing is no verb: the main subject speaks
        (
            'Ann Berg clashed with Tom Lind during the hearing, chiding him, "Who cares?"',
            "Ann Berg",
        ),
    ],
)
def test_subject_of_a_with_clause(text: str, mention: str) -> None:
    (quote,) = find_quotes(text)
    assert quote.speaker is not None
    assert quote.speaker.mention == mention


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        # a bracket between the name and its appositive
        (
            '"They would get it," Rep. Jo Lind (R-Ohio), a panel member, said on Monday.',
            "Rep. Jo Lind",
        ),
        # a possessive opens the noun phrase
        ('"That was outrageous," Lind\u2019s former campaign strategist said.', None),
        # a capitalised modifier after a possessive is no subject of its own
        (
            "Tom Lind, her Republican opponent, bemoaned the unrest and said drugs were "
            'a "very big factor" in it.',
            "Tom Lind",
        ),
    ],
)
def test_noun_phrase_edges(text: str, mention: str | None) -> None:
    (quote,) = find_quotes("The count ended.\n\n" + text)
    assert quote.speaker is not None
    assert quote.speaker.mention == (mention or "Lind\u2019s former campaign strategist")


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ('"We are pleased," said a spokesman for the buyer.', "a spokesman for the buyer"),
        ('"We won," said the senator from Vermont on Monday.', "the senator from Vermont"),
        (
            'A spokeswoman for the harbour board said it was "a fair price".',
            "A spokeswoman for the harbour board",
        ),
    ],
)
def test_speaker_noun_takes_its_complement(text: str, mention: str) -> None:
    (quote,) = find_quotes(text)
    assert quote.speaker is not None
    assert quote.speaker.mention == mention


def test_partial_quote_belongs_to_the_pronoun_of_its_clause() -> None:
    text = (
        "Ann Berg is the only candidate to visit every town, and she has long used "
        'that to beat rivals for not campaigning "the local way."'
    )
    (quote,) = find_quotes(text)
    assert quote.speaker is not None
    assert (quote.speaker.mention, quote.speaker.name) == ("she", "Ann Berg")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a description after a name that opens its clause is that person's
        (
            "The plan failed. But Tom Lind, the president of Civic Watch, a group that has "
            'sued the city, said that "the damage is done."',
            "Tom Lind",
        ),
        # a name inside a clause (the object of "met") is not the description's
        (
            "He met Ann Berg and Tom Lind, the president of Civic Watch, a group that has "
            'sued the city, said that "the damage is done."',
            "the president of Civic Watch",
        ),
    ],
)
def test_description_is_named_after_the_name_before_it(text: str, name: str) -> None:
    (quote,) = find_quotes(text)
    assert quote.speaker is not None
    assert quote.speaker.mention == "the president of Civic Watch"
    assert quote.speaker.name == name


def test_prepositional_phrase_before_a_later_cue_is_no_speaker() -> None:
    # "without reporters asking": the phrase opens with a preposition, so the cue
    # before the quote gives the speaker
    text = (
        'Frustrated, Tom Lind said he "cannot walk down the street" without reporters '
        "asking him to attack Ann Berg."
    )
    (quote,) = find_quotes(text)
    assert quote.speaker is not None
    assert quote.speaker.name == "Tom Lind"
    assert quote.cue == "said"


def test_full_name_does_not_run_across_a_sentence_end() -> None:
    # "Texas. Tom Lind" and "Jo W. Kent. He" are read as the names "Tom Lind", "Jo W. Kent"
    text = (
        "Ann Berg campaigned in Texas. Tom Lind stayed home.\n\n"
        '"It is over," Lind said.\n\n'
        "She met Jo W. Kent. He was late.\n\n"
        '"Not yet," Kent said.'
    )
    assert [q.speaker.name for q in find_quotes(text) if q.speaker] == ["Tom Lind", "Jo W. Kent"]


def test_possessive_of_a_name_in_s_opens_the_speaker_phrase() -> None:
    # "Sanders' campaign manager" is whole, like "Berg's campaign manager"
    for owner in ("Sanders\u2019", "Sanders'", "Berg's"):
        text = f'It was a "regional" win, as {owner} campaign manager suggested on Monday.'
        (quote,) = find_quotes(text)
        assert quote.speaker is not None
        assert quote.speaker.mention == f"{owner} campaign manager"


def _read(text: str):  # type: ignore[no-untyped-def]
    from newsstruct._model import Paragraph, Span
    from newsstruct._quotes import _segments
    from newsstruct._speakers import _Paragraph

    paragraph = Paragraph(text, Span(0, len(text)))
    return _Paragraph(text, paragraph, _segments(text, [paragraph])[0])


@pytest.mark.parametrize(
    "text",
    [
        'Mr. Jo Lind of the U.S. Senate said: "We will." A. B. Smith agreed.',
        '"Yes," said Sen. Ann Berg (D-N.Y.), "and now." She left_early \u2014 e.g. at 5.',
        "Caf\u00e9 owner Jos\u00e9 N\u00fa\u00f1ez said no.",
    ],
)
def test_paragraph_lists_agree_with_the_token_records(text: str) -> None:
    from newsstruct._speakers import _tokens

    para = _read(text)
    records = _tokens(text, 0, len(text), para.segments).tokens
    assert para.texts == [t.text for t in records]
    assert para.kinds == [t.kind for t in records]
    assert para.token_start == [t.start for t in records]
    assert para.token_end == [t.end for t in records]
    assert para.lowers == [t.text.lower() for t in records]
    # a quote token is one token covering its marks, at its segment's index
    quotes = [(t.start, t.end) for t in records if t.segment >= 0]
    assert quotes == [(s.open_start, s.close_end) for s in para.segments]
    assert [records[at].segment for at in para.quote_index] == list(range(len(para.segments)))


def test_capitalised_and_name_words_by_index() -> None:
    para = _read('The senator Jo Lind said: "Now."')
    index = {text: i for i, text in enumerate(para.texts)}
    assert para._cap(index["The"])
    assert not para._name_word(index["The"])
    assert para._cap(index["Lind"])
    assert para._name_word(index["Lind"])
    assert not para._cap(index["said"])
    assert not para._name_word(index["said"])
    quote = para.quote_index[0]
    assert not para._cap(quote)
    assert not para._name_word(quote)


def test_sentence_start_matches_the_sentence_window() -> None:
    long = "Jo Lind said " + "that it rained and " * 30 + "then it stopped. Ann Berg agreed."
    para = _read(long)
    assert len(para.texts) > 100
    for index in range(len(para.texts)):
        assert para.sentence_start(index) == para.sentence(index)[0]
    # past the window, the start is capped 80 tokens back
    assert para.sentence_start(100) == 20


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ('"We will," Jo Lind went on.', "went on"),
        ('"We will," Jo Lind shot back.', "shot back"),
        ('According to Jo Lind, "the plan failed."', "According to"),
        ('In the words of Jo Lind, "the plan failed."', "In the words of"),
        ('"We will," Jo Lind said.', "said"),
    ],
)
def test_cues_of_several_words_are_found(text: str, cue: str) -> None:
    para = _read(text)
    found = [c for c, _last in (*para.cues.values(), *para.source_first.values())]
    assert found == [cue]
    (quote,) = find_quotes(text)
    assert quote.speaker is not None
    assert quote.speaker.name == "Jo Lind"


def test_a_paragraph_with_only_according_to_hands_on_the_speaker_before() -> None:
    # a paragraph without quotes whose only cue word opens "according to" is
    # not read for speakers: the speaker of the paragraph before carries over
    text = (
        'Jo Lind said: "We will go on."\n\n'
        "According to the report, taxes rose in the words of many.\n\n"
        '"It is not over yet, and we know it."'
    )
    quotes = find_quotes(text)
    assert [q.speaker.name for q in quotes if q.speaker] == ["Jo Lind", "Jo Lind"]


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        # the with clause and the appositive are found after the word tests
        ('The vote passed, with Sen. Jo Lind calling it "a disgrace".', "Sen. Jo Lind"),
        ('Sam Lau, the director of the party said "we lost".', "Sam Lau"),
        ('Officials said "we lost" and left, with no comment.', "Officials"),
    ],
)
def test_with_clause_and_appositive_subjects(text: str, mention: str) -> None:
    (quote,) = find_quotes(text)
    assert quote.speaker is not None
    assert quote.speaker.mention == mention


_NAME_PIECES = [
    "A", "B.", "U.S.", "Mc", "Donald", "O'Neil", "O\u2019Neil", "x", "said", "The", "Jean-Luc",
    "'s", "\u2019s", " of ", "of", " de ", "del", "De", " al-", " van ", "von", " bin ", " ",
    "  ", "\n", "\t", "\xa0", "\x1c", "\x0b", ".", ",", "1", '"', "-", "\u2014", "\u201c",
]  # fmt: skip


def test_plain_name_run_pattern_reads_like_the_unicode_one() -> None:
    import random

    from newsstruct._patterns import (
        SPEAKER_NAME_NOT_PLAIN,
        SPEAKER_NAME_RUN,
        SPEAKER_NAME_RUN_PLAIN,
    )

    rng = random.Random(7)
    for _ in range(5000):
        text = "".join(rng.choice(_NAME_PIECES) for _ in range(rng.randrange(1, 14)))
        assert SPEAKER_NAME_NOT_PLAIN.search(text) is None
        assert SPEAKER_NAME_RUN_PLAIN.findall(text) == SPEAKER_NAME_RUN.findall(text)
        lo, hi = sorted(rng.randrange(len(text) + 1) for _ in range(2))
        assert SPEAKER_NAME_RUN_PLAIN.findall(text, lo, hi) == SPEAKER_NAME_RUN.findall(
            text, lo, hi
        )


def test_plain_text_for_names_holds_no_other_letters_marks_or_spaces() -> None:
    """Every character :data:`SPEAKER_NAME_NOT_PLAIN` lets through reads the same
    to both name-run patterns: ASCII, the no-break space, or no letter, mark or
    white space at all."""
    import regex

    from newsstruct._patterns import SPEAKER_NAME_NOT_PLAIN

    other = regex.compile(r"[\p{L}\p{M}\s]")
    allowed = [chr(c) for c in range(0x80, 0x10000) if not SPEAKER_NAME_NOT_PLAIN.match(chr(c))]
    assert "\u2019" in allowed
    assert "\u2014" in allowed
    assert [c for c in allowed if other.match(c)] == ["\xa0"]
    for text in ("Jos\u00e9 N\u00fa\u00f1ez", "e\u0301", "a\u2003b", "\u00aa", "a\x85b"):
        assert SPEAKER_NAME_NOT_PLAIN.search(text) is not None
    spaces = [chr(c) for c in range(0x80) if regex.match(r"\s", chr(c))] + ["\xa0"]
    assert spaces == ["\t", "\n", "\x0b", "\x0c", "\r", " ", "\xa0"]


@pytest.mark.parametrize(
    ("run", "expected"),
    [
        ("Sen. Ted Cruz Jr.", (["Sen."], ["Ted", "Cruz"], None)),
        ("Mrs Jane Doe", ([], ["Jane", "Doe"], "female")),
        ("Mr. John Smith III", ([], ["John", "Smith"], "male")),
        ("Ann Berg", ([], ["Ann", "Berg"], None)),
        ("Former President Ann Berg", (["Former", "President"], ["Ann", "Berg"], None)),
    ],
)
def test_split_role(run: str, expected: tuple[list[str], list[str], str | None]) -> None:
    from newsstruct._speakers import _split_role

    assert _split_role(run.split()) == expected


def test_people_in_plain_and_other_text_alike() -> None:
    """The plain-text name pattern finds the same people as the Unicode one."""
    from newsstruct._quotes import _paragraphs
    from newsstruct._speakers import _people

    text = (
        "Former President Ann Berg spoke. Later Ms. Ingrid Solberg and Tom Lind met.\n\n"
        "In Texas. Jo W. Kent said\xa0Ms Solberg left."
    )
    found = [(p.name, p.role, p.gender) for p in _people(text, _paragraphs(text))]
    assert found == [
        ("Ann Berg", "Former President", None),
        ("Ingrid Solberg", None, "female"),
        ("Tom Lind", None, None),
        ("Jo W. Kent", None, None),
    ]
    other = text.replace("spoke", "spok\u00e9")  # not plain: read by the Unicode pattern
    assert [(p.name, p.role, p.gender) for p in _people(other, _paragraphs(other))] == found


# ---- quotes-q3: attribution rules (invented snippets) ------------------------


def one_speaker(text: str) -> tuple[str, str]:
    (quote,) = find_quotes(text)
    assert quote.speaker is not None
    return quote.speaker.mention, quote.speaker.name


def test_parenthesis_inside_the_clause_before_saying_is_skipped() -> None:
    # ", saying": the subject of the clause before the comma, past "(R-Ohio)"
    text = (
        'Ann Berg backed Sen. Tom Lind (R-Ohio) on Monday, saying it is time for "a real fighter."'
    )
    assert one_speaker(text) == ("Ann Berg", "Ann Berg")
    # negative: the bracket alone is no subject
    text = 'Sen. Tom Lind (R-Ohio) spoke on Monday, saying it was "a real mess."'
    assert one_speaker(text) == ("Sen. Tom Lind", "Tom Lind")


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ('The Lakeside Museum issued a report this week charging the group with "grave abuses."',
         "The Lakeside Museum"),
        ('The town released a statement on Friday saying the claims "are simply wrong."',
         "The town"),
        ('His office put out a statement saying the county "cannot cope."', "His office"),
    ],
)  # fmt: skip
def test_the_author_of_a_document_is_the_sentence_subject(text: str, mention: str) -> None:
    assert one_speaker(text)[0] == mention


def test_author_of_a_document_after_in() -> None:
    text = 'Jo Kent, the chair of the board, backed Lind and in a statement praised him for "a brave race."'
    assert one_speaker(text) == ("Jo Kent", "Jo Kent")
    # negative: a statement that is the subject still speaks itself
    text = 'A statement from the board said the plan was "a brave step."'
    assert one_speaker(text)[0] == "A statement from the board"


def test_participle_after_an_article_is_no_cue() -> None:
    text = 'Jo Kent told the Herald in a written statement, "We have nothing to hide here."'
    assert one_speaker(text) == ("Jo Kent", "Jo Kent")
    # negative: a noun cue after an article still reports
    text = 'Tom Lind began a lament for the "lost jobs of the valley" on Monday.'
    assert one_speaker(text) == ("Tom Lind", "Tom Lind")


@pytest.mark.parametrize(
    "opening", ["Soon after,", "Ever since she won the race,", "And a few weeks later,"]
)
def test_opening_time_phrase_is_no_subject(opening: str) -> None:
    text = f'{opening} Ms. Ann Berg made a pledge to "stay out of it."'
    assert one_speaker(text) == ("Ms. Ann Berg", "Ann Berg")


def test_opening_time_phrase_needs_its_comma() -> None:
    # negative: "Two days later" without a comma is no opening phrase to skip;
    # a name that opens the sentence stays the subject
    text = 'Ann Berg said two days later that it was "a mistake."'
    assert one_speaker(text) == ("Ann Berg", "Ann Berg")


def test_subordinators_and_late_are_no_subjects() -> None:
    text = (
        '"It is a big moment," said Jo Kent, a party strategist. '
        'Unless other rivals quit the race, "it will be hard to stop him."'
    )
    assert [q.speaker.name for q in find_quotes(text) if q.speaker] == ["Jo Kent", "Jo Kent"]
    text = 'Late last month, Ms. Jo Kent made a pledge to "stay out of it."'
    assert one_speaker(text) == ("Ms. Jo Kent", "Jo Kent")


def test_go_on_reports_only_before_punctuation() -> None:
    text = 'Sen. Ann Berg said that once the Senate goes on recess, "I will campaign."'
    assert one_speaker(text) == ("Sen. Ann Berg", "Ann Berg")
    # negative: "went on about" and "went on:" still report
    text = 'Tom Lind went on about "a rigged system" for an hour.'
    assert one_speaker(text) == ("Tom Lind", "Tom Lind")


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ('The row grew over her claim that she "never sent a secret email."', "her"),
        ("Leaders worry about Tom Lind's bold assertion that talks are \"dead.\"",
         "Tom Lind's"),
    ],
)  # fmt: skip
def test_owner_of_a_speech_noun_speaks(text: str, mention: str) -> None:
    assert one_speaker(text)[0] == mention


def test_speech_noun_after_a_cue_is_the_cue_subjects() -> None:
    # negative: "Kent said Lind's comments were ...": Kent reports them
    text = 'Jo Kent said Tom Lind\'s comments were "totally out of line."'
    assert one_speaker(text) == ("Jo Kent", "Jo Kent")


def test_possessive_speaker_is_named_after_the_last_full_name() -> None:
    text = (
        'Tom Lind spoke in Ohio. "We will win," Lind said.\n\n'
        'Critics point to his promise to be "neutral" in the talks.'
    )
    quotes = find_quotes(text)
    assert quotes[-1].speaker is not None
    assert (quotes[-1].speaker.mention, quotes[-1].speaker.name) == ("his", "Tom Lind")


def test_cue_verb_as_a_speech_noun_needs_its_owner_right_before() -> None:
    text = 'Leaders worry about Tom Lind\'s pledge to be "neutral" in the talks.'
    assert one_speaker(text)[0] == "Tom Lind's"
    # negative: "his supporters claim" is a verb with its own subject
    text = 'Tom Lind and his supporters claim the vote was "rigged from the start."'
    assert one_speaker(text)[0] != "his"


def test_name_and_speaker_noun_before_a_name_is_one_phrase() -> None:
    # "Democratic front-runner Ann Berg ... and accused": the whole phrase, not "Democratic"
    text = (
        "Democratic front-runner Ann Berg, also campaigning in Ohio, said Lind is to blame "
        'and accused him of "stoking anger."'
    )
    assert one_speaker(text) == ("Democratic front-runner Ann Berg", "Ann Berg")
    # negative: a name and its verb stay the name
    text = 'Ann Berg spoke in Ohio, said Lind is to blame and accused him of "stoking anger."'
    assert one_speaker(text)[1] == "Ann Berg"


def test_quote_inside_a_relative_clause_is_the_relatives() -> None:
    text = 'Tom Lind, who has long called the plan "a dead end," voted for it on Monday.'
    assert one_speaker(text) == ("who", "Tom Lind")
    # negative: after the clause's closing comma the quote is the subject's
    text = 'Tom Lind, who chairs the panel, has long called the plan "a dead end."'
    assert one_speaker(text) == ("Tom Lind", "Tom Lind")


def test_cue_in_a_clause_without_subject_defers_to_the_earlier_cue() -> None:
    # "when asked" has no subject of its own: the speaker is the subject of "told"
    text = (
        "The case now involves Judge Ann Berg, who told the panel when asked about it: "
        '"That matter is in good hands."'
    )
    assert one_speaker(text) == ("who", "Ann Berg")
    # negative: "when asked" with no earlier cue still reads the sentence subject
    text = 'Ann Berg, when asked about the vote: "We will see."'
    assert one_speaker(text)[1] == "Ann Berg"


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ('The plan has been called "a quiet coup" by Jo Kent, a law professor.', "Jo Kent"),
        ('The county, called the "Gate of the West" by its people, votes early.', "its people"),
        ('The probe, often labeled as a "witch hunt" by Democrats, goes on.', "Democrats"),
        ('Her use of the server was "careless," as described by Director Tom Lind.',
         "Director Tom Lind"),
    ],
)  # fmt: skip
def test_agent_of_a_passive_cue_speaks(text: str, mention: str) -> None:
    assert one_speaker(text)[0] == mention


def test_by_after_a_quote_of_an_active_cue_is_no_agent() -> None:
    # negative: "declared Lind to be "anointed" by God": God is inside the report
    text = 'Jo Kent has declared Tom Lind to be "anointed" by God.'
    assert one_speaker(text)[0] == "Jo Kent"
    # negative: "reported in a "hit piece" by the Herald": the quote is Kent's
    text = 'Jo Kent called it an error that was reported in a "hit piece" by the Herald.'
    assert one_speaker(text)[0] == "Jo Kent"


def test_coordinated_cue_after_the_quote_takes_the_sentence_subject() -> None:
    # '..., and criticized': the later cue has no subject of its own
    text = 'Jo Kent has used the phrase "rigged system" often, and criticized Lind for it.'
    assert one_speaker(text) == ("Jo Kent", "Jo Kent")
    # negative: a sentence opened by "It's" has no person to take
    text = 'It\'s a "rigged system" by now, and criticized by many.'
    assert all(q.speaker is None or q.speaker.mention != "It's" for q in find_quotes(text))


def test_by_agent_of_a_reduced_relative_inside_a_report_does_not_speak() -> None:
    # negative: "He said the arguments cited by Hughes ... "...": He reports them
    text = 'Tom Lind said the reasons cited by the board for the delay "tend to be weak."'
    assert one_speaker(text) == ("Tom Lind", "Tom Lind")


def test_pronoun_skips_a_person_whose_first_name_is_of_the_other_gender() -> None:
    # "she": Ann Berg, not Tom Lind, the last speaker, whose first name is a man's
    text = 'Tom Lind spoke first.\n\n"We won," Lind said.\n\nAnn Berg came later.\n\n"It is over," she said.'
    assert [(q.speaker.mention, q.speaker.name) for q in find_quotes(text) if q.speaker] == [
        ("Lind", "Tom Lind"),
        ("she", "Ann Berg"),
    ]
    # negative: a first name given to both sexes says nothing ("Jo")
    text = 'Ann Berg came first.\n\nJo Lind spoke next.\n\n"We won," Lind said. "It is over," she said.'
    assert [(q.speaker.mention, q.speaker.name) for q in find_quotes(text) if q.speaker] == [
        ("Lind", "Jo Lind"),
        ("she", "Jo Lind"),
    ]


def test_full_name_with_another_first_name_is_not_the_same_person() -> None:
    # "Bill Lind said" after "Mary Lind" was named: Bill Lind, not Mary Lind
    text = 'Bill Lind spoke first. Mary Lind spoke next.\n\n"We won," Bill Lind said.'
    assert one_speaker(text) == ("Bill Lind", "Bill Lind")
    # negative: a surname alone still takes the last person of that name
    text = 'Bill Lind spoke first. Mary Lind spoke next.\n\n"We won," Lind said.'
    assert one_speaker(text) == ("Lind", "Mary Lind")


def test_run_opening_with_a_known_surname_is_no_person() -> None:
    # "Lind Tower" after Tom Lind: "Lind" stays Tom Lind's surname
    text = 'Tom Lind spoke first. He opened Lind Tower.\n\n"We won," Lind said.'
    assert one_speaker(text) == ("Lind", "Tom Lind")
    # negative: a common first name after a surname is a person ("Scott Lind")
    text = 'Tim Scott spoke first. Scott Lind came next.\n\n"We won," Lind said.'
    assert one_speaker(text) == ("Lind", "Scott Lind")


def test_name_before_of_and_a_place_is_the_name() -> None:
    # "Sen. Tom Lind of Ohio": the name is Tom Lind, not Ohio
    text = '"We won," said Sen. Tom Lind of Ohio.'
    assert one_speaker(text) == ("Sen. Tom Lind of Ohio", "Tom Lind")
    text = 'Jo Kent of Cheyenne spoke first.\n\n"We won," Kent said.'
    assert one_speaker(text) == ("Kent", "Jo Kent")
    # negative: "of" inside an office stays in the role
    text = '"We won," said Secretary of State Tom Lind.'
    assert one_speaker(text) == ("Secretary of State Tom Lind", "Tom Lind")


def test_capitalised_modifier_after_an_article_is_no_subject() -> None:
    # "during a Republican debate and declared": "Republican" modifies "debate"
    text = 'He was booed during a Republican debate and declared that it "works."'
    assert one_speaker(text)[0] == "He"
    # negative: a verb after the name keeps it ("The Pentagon announced ... and said")
    text = 'The Pentagon announced the plan and said it was "a good start."'
    assert one_speaker(text)[0] == "The Pentagon"


def test_word_opening_a_sentence_is_no_first_name() -> None:
    # "Despite Lind, ...": no person named "Despite Lind"
    text = 'Tom Lind lost. Despite Lind, the plan passed.\n\n"We won," Lind said.'
    assert one_speaker(text) == ("Lind", "Tom Lind")
    # negative: a first name in the same place is kept
    text = 'Tom Lind lost. Dorothy Lind won the vote.\n\n"We won," Lind said.'
    assert one_speaker(text) == ("Lind", "Dorothy Lind")


def test_quotes_only_paragraph_is_skipped_only_when_nothing_can_name_it() -> None:
    # no words around the quotes and no speaker before: nothing attributes it
    assert find_quotes('"We will rebuild the harbour."\n\n"And soon."') == ()
    # a credit line after it still names it
    quotes = find_quotes('"We will rebuild the harbour."\n\n- Jane Doe.')
    assert [(q.text, q.speaker.name if q.speaker else None) for q in quotes] == [
        ("We will rebuild the harbour.", "Jane Doe")
    ]
    # a speaker from the paragraph before carries on into it
    quotes = find_quotes('Mayor Ana Ruiz said: "We will rebuild."\n\n- "And we will do it soon." -')
    assert [q.speaker.name if q.speaker else None for q in quotes] == ["Ana Ruiz", "Ana Ruiz"]


def _speaker_of(text: str) -> tuple[str, str | None]:
    """(name, role) of the speaker of the last quote of *text*."""
    speaker = find_quotes(text)[-1].speaker
    assert speaker is not None
    return speaker.name, speaker.role


def test_a_name_ends_before_of_and_a_place_or_firm() -> None:
    text = '"Rates will fall," said Sen. Jo Kent of Ohio.'
    assert _speaker_of(text) == ("Jo Kent", "Sen.")
    text = '"Rates will fall," said analyst Tom Lind of Acme Research Partners.'
    assert _speaker_of(text) == ("Tom Lind", "analyst")
    text = 'Tom Lind of Acme Research Partners said rates were low. "They will fall," he said.'
    assert _speaker_of(text)[0] == "Tom Lind"
    # negative: a role before "of" is one title
    text = '"Rates will fall," said Secretary of State Jo Kent.'
    assert _speaker_of(text) == ("Jo Kent", "Secretary of State")


def test_a_company_name_is_no_person() -> None:
    # "he" is not the firm named before it
    text = (
        'Tom Lind said the deal was done. Acme Tool Corp said it agreed. "We are pleased," he said.'
    )
    assert _speaker_of(text)[0] == "Tom Lind"
    # a person named right after a firm's name is the person
    text = '"Prices will rise," said oilseeds analyst for Acme Capital Markets Jo Kent.'
    assert _speaker_of(text)[0] == "Jo Kent"
    from newsstruct._speakers import _split_role

    assert _split_role(["Acme", "Tool", "Corp"])[1] == []
    # negative: a company word in lower case is no firm's name
    assert _split_role(["Jo", "research", "Kent"])[1] == ["Jo", "research", "Kent"]


def test_a_city_glued_before_a_name_is_dropped() -> None:
    from newsstruct._speakers import _split_role

    text = 'Officials met in Tokyo Tom Lind said. "It went well," Lind said.'
    assert _speaker_of(text)[0] == "Tom Lind"
    # negative: a city that is also a personal name stays
    assert _split_role(["Jackson", "Tom", "Lind"])[1] == ["Jackson", "Tom", "Lind"]
    # negative: a city alone before a surname is a two-word name
    assert _split_role(["Paris", "Lind"])[1] == ["Paris", "Lind"]


def test_a_name_broken_over_lines_is_one_line() -> None:
    text = (
        "RATES SEEN LOWER\n    LONDON, March 3 - Rates were low this week and dealers\n"
        'expected them to stay there.\n    "Rates will fall," said one senior\n'
        "bank official.\n"
    )
    (quote,) = parse_article(text).quotes
    assert quote.speaker is not None
    assert quote.speaker.mention == "one senior\nbank official"
    assert quote.speaker.name == "one senior bank official"


def test_a_described_mention_is_named_after_the_name_closing_it() -> None:
    text = '"We will win," said his campaign manager Jo Kent.'
    assert _speaker_of(text) == ("Jo Kent", "campaign manager")
    text = '"We will win," said the head of the OECD Tom Lind.'
    assert _speaker_of(text)[0] == "Tom Lind"
    # negative: after "for" the name is the one spoken for, not the speaker
    text = '"We will win," said a spokesman for Jo Kent.'
    assert _speaker_of(text)[0] == "a spokesman for Jo Kent"
    # negative: a place before a party word is no name
    text = '"We will win," said the Ohio Democrat.'
    assert _speaker_of(text)[0] == "the Ohio Democrat"


def test_a_name_after_a_possessive_is_the_person() -> None:
    text = '"It is late," the Herald\'s Tom Lind wrote.'
    assert _speaker_of(text)[0] == "Tom Lind"
    text = 'Sen. Jo Kent voted no. "It is late," Kent\'s office said.'
    assert _speaker_of(text)[0] == "Jo Kent"
    # negative: the owner of a person does not speak for them
    text = 'Sen. Jo Kent voted no. "It is late," Kent\'s son said.'
    assert _speaker_of(text)[0] != "Jo Kent"


def test_a_body_named_before_a_person_is_not_in_the_name() -> None:
    text = 'Chancellor of the Exchequer Tom Lind spoke on Monday. "Growth will pick up," Lind said.'
    assert _speaker_of(text)[0] == "Tom Lind"
    text = 'Acme Traders Association Jo Kent spoke first. "Prices are low," she said.'
    assert _speaker_of(text)[0] == "Jo Kent"
    # negative: a body alone is no person a pronoun can stand for
    text = 'Tom Lind spoke. Acme Traders Association said it agreed. "It is fine," he said.'
    assert _speaker_of(text)[0] == "Tom Lind"


def test_a_titled_surname_ends_before_of() -> None:
    text = '"Rates will fall," said Sen. Kent of Ohio.'
    assert _speaker_of(text)[0] == "Kent"
    text = 'Republicans Kent of Ohio and Lind of Utah voted no. "It is late," Kent said.'
    assert _speaker_of(text)[0] == "Kent"
    # negative: a body or a title before "of" is no name
    text = '"Rates will fall," said Deputy Minister of Finance Jo Kent.'
    assert _speaker_of(text) == ("Jo Kent", "Deputy Minister of Finance")


def test_a_plural_possessive_and_a_capitalised_description_are_not_in_the_name() -> None:
    text = '"It is late," Acme News\' Tom Lind wrote.'
    assert _speaker_of(text)[0] == "Tom Lind"
    text = 'Comedian Jo Kent took the stage. "It is late," Kent said.'
    assert _speaker_of(text) == ("Jo Kent", "Comedian")
    # negative: a first name that is a common word stays in a two-word name
    text = '"It is late," Star Lind said.'
    assert _speaker_of(text)[0] == "Star Lind"


def test_a_venue_or_news_outlet_is_no_person() -> None:
    text = 'Jo Kent spoke at the Kent International Hotel on Monday. "It went well," Kent said.'
    assert _speaker_of(text)[0] == "Jo Kent"
    # negative: a surname that is no venue word keeps its full name
    text = 'Jo Kent Lind spoke on Monday. "It went well," Lind said.'
    assert _speaker_of(text)[0] == "Jo Kent Lind"


def test_a_role_noun_resolves_to_the_one_person_holding_that_role() -> None:
    text = (
        'Sen. Jo Lind spoke on Monday. Tom Kent, a banker, agreed. "It is late," the senator said.'
    )
    assert _speaker_of(text) == ("Jo Lind", "Sen.")
    # negative: two senators leave the role noun as written
    text = (
        'Sen. Jo Lind met Sen. Tom Kent on Monday. Ann Hart agreed. "It is late," the senator said.'
    )
    assert _speaker_of(text) == ("the senator", None)


def test_a_role_noun_reads_an_appositive_and_a_party_after_the_name() -> None:
    text = 'Tom Kent, a Democrat from Ohio, spoke. Jo Lind agreed. "It is late," the Ohio Democrat said.'
    assert _speaker_of(text) == ("Tom Kent", "Democrat from Ohio")
    text = 'Jo Lind (R-Ill.) spoke. Tom Kent agreed. "It is late," the Illinois Republican said.'
    assert _speaker_of(text)[0] == "Jo Lind"
    # negative: a state that is not said of the person leaves the mention
    text = 'Jo Lind (R-Ill.) spoke. Tom Kent agreed. "It is late," the Texas Republican said.'
    assert _speaker_of(text)[0] == "the Texas Republican"


def test_a_role_noun_names_no_one_when_indefinite_or_an_organisation() -> None:
    text = 'Sen. Jo Lind spoke. "It is late," the former senator said.'
    assert _speaker_of(text)[0] == "the former senator"  # Lind is not a former senator
    text = 'Sen. Jo Lind spoke. "It is late," a senator said.'
    assert _speaker_of(text)[0] == "a senator"


def test_a_role_noun_after_a_place_resolves_but_an_appositive_of_a_name_does_not() -> None:
    text = 'Sen. Jo Lind spoke on Monday. At a meeting in Dayton, the senator said: "It is late."'
    assert _speaker_of(text) == ("Jo Lind", "Sen.")
    # negative: the description of a name inside a clause is that name's, not Lind's
    text = 'Sen. Jo Lind spoke. She met Tom Kent, the senator, who said: "It is late."'
    assert _speaker_of(text)[0] != "Jo Lind"


def test_saying_after_a_predicate_is_the_subject_before_the_appositive() -> None:
    text = (
        "Ann Berg, a founder of Acme Works, endorsed Tom Kent last week, "
        'saying he "would serve the state well."'
    )
    (quote,) = find_quotes(text)
    assert quote.speaker is not None
    assert (quote.speaker.mention, quote.speaker.name) == ("Ann Berg", "Ann Berg")
    # negative: a verb after a description of the object leaves the clause's subject
    text = 'In Ohio, Ann Berg voted for Tom Kent, a founder of Acme Works, saying he "would serve."'
    (quote,) = find_quotes(text)
    assert quote.speaker is not None
    assert quote.speaker.mention == "Ann Berg"


@pytest.mark.parametrize(
    "text",
    [
        'Tom Lind said he is certain Ann Berg will continue to be "a champion of the poor."',
        'Tom Lind said that when Ann Berg railed against banks, "she is speaking for all of us."',
        'Tom Lind told reporters who asked about the vote that it was "a fraud."',
    ],
)
def test_a_clause_inside_a_report_is_the_reporters(text: str) -> None:
    (quote,) = find_quotes(text)
    assert quote.speaker is not None
    assert (quote.speaker.mention, quote.speaker.name) == ("Tom Lind", "Tom Lind")


@pytest.mark.parametrize(
    "text",
    [
        'Tom Lind tweeted after Ann Berg argued that the plan was "a fraud."',
        'Tom Lind said the plan failed, and Ann Berg called it "a fraud."',
    ],
)
def test_a_clause_outside_the_report_keeps_its_own_speaker(text: str) -> None:
    (quote,) = find_quotes(text)
    assert quote.speaker is not None
    assert (quote.speaker.mention, quote.speaker.name) == ("Ann Berg", "Ann Berg")


def test_an_honorific_picks_the_person_of_its_gender_among_one_surname() -> None:
    text = 'Ann Lind spoke on Monday. Tom Lind agreed with her. "It is late," Mrs. Lind said.'
    assert _speaker_of(text)[0] == "Ann Lind"
    # negative: the honorific of the other gender keeps the latest of that surname
    text = 'Ann Lind spoke on Monday. Tom Lind agreed with her. "It is late," Mr. Lind said.'
    assert _speaker_of(text)[0] == "Tom Lind"


def test_a_name_of_several_words_after_an_article_modifies_a_noun() -> None:
    text = 'Tom Lind spoke. He watched a New York Yankees game and said it was "a disgrace."'
    (quote,) = find_quotes(text)
    assert quote.speaker is not None
    assert (quote.speaker.mention, quote.speaker.name) == ("He", "Tom Lind")
    # negative: an adverb after the name is its verb's, the name is the subject
    text = 'The Acme Rights League strongly denounced the plan and said it was "a disgrace."'
    (quote,) = find_quotes(text)
    assert quote.speaker is not None
    assert quote.speaker.mention == "The Acme Rights League"


def test_an_infinitive_cue_is_the_subject_of_its_governing_verb() -> None:
    text = 'The debate was dull, and Tom Lind was forced to admit, "I cannot believe it."'
    (quote,) = find_quotes(text)
    assert quote.speaker is not None
    assert (quote.speaker.mention, quote.speaker.name) == ("Tom Lind", "Tom Lind")
    assert quote.cue == "admit"
    # negative: a name in the sentence before is not the infinitive's subject
    text = 'Tom Lind spoke. Later the crowd was asked to chant, "We agree."'
    assert all(q.speaker is None or q.speaker.mention != "Tom Lind" for q in find_quotes(text))


def test_a_title_in_quotes_is_no_boundary_for_the_subject_of_a_later_cue() -> None:
    text = 'Tom Lind appeared on "Morning Show" and said the plan was "a fraud."'
    (quote,) = find_quotes(text)
    assert quote.text == "a fraud."
    assert quote.speaker is not None
    assert (quote.speaker.mention, quote.speaker.name) == ("Tom Lind", "Tom Lind")
    # negative: a quote that is said stays a boundary: the later cue has its own subject
    text = '"We won," Tom Lind said, and Ann Berg later said the plan was "a fraud."'
    speaker = find_quotes(text)[-1].speaker
    assert speaker is not None
    assert speaker.mention == "Ann Berg"


def test_a_coordinated_cue_subject_runs_to_its_speaker_noun() -> None:
    text = (
        "Sen. Tom Lind spoke. The Florida senator sought to calm his supporters, "
        'and took a question, saying the plan would "fail."'
    )
    (quote,) = find_quotes(text)
    assert quote.speaker is not None
    assert quote.speaker.mention == "The Florida senator"
    # negative: a verb after the name ends the phrase
    text = 'The Acme League sought a meeting and later said the plan was "a fraud."'
    (quote,) = find_quotes(text)
    assert quote.speaker is not None
    assert quote.speaker.mention == "The Acme League"


def test_a_document_sent_to_people_speaks_for_its_author() -> None:
    text = 'Tom Lind sent a text message to supporters saying: "We won."'
    (quote,) = find_quotes(text)
    assert quote.speaker is not None
    assert (quote.speaker.mention, quote.speaker.name) == ("Tom Lind", "Tom Lind")
    # negative: people spoken to with no document keep the phrase before the cue
    text = 'Tom Lind spoke to supporters saying: "We won."'
    (quote,) = find_quotes(text)
    assert quote.speaker is not None
    assert quote.speaker.mention == "supporters"


def test_a_comma_after_a_party_in_brackets_keeps_the_name_before_them() -> None:
    text = 'After winning Ohio, Gov. Tom Lind (R-OH), said, "We won."'
    (quote,) = find_quotes(text)
    assert quote.speaker is not None
    assert (quote.speaker.mention, quote.speaker.name) == ("Gov. Tom Lind", "Tom Lind")
    # negative: a description before the brackets is an appositive of the name before it
    text = 'Jo Kent, a senator (R-Ohio), said, "We won."'
    (quote,) = find_quotes(text)
    assert quote.speaker is not None
    assert quote.speaker.mention == "Jo Kent"
    # negative: a firm named in brackets after a preposition is no subject
    text = 'Jo Kent, of the bank Acme Trust (AT), said, "We won."'
    (quote,) = find_quotes(text)
    assert quote.speaker is not None
    assert quote.speaker.mention == "Jo Kent"


def test_a_comma_then_said_and_a_name_ends_a_sentence_with_its_speaker() -> None:
    text = '"He can win, but it is unlikely" that Lind can catch Berg, said Jo Kent, a pollster.'
    (quote,) = find_quotes(text)
    assert quote.speaker is not None
    assert (quote.speaker.mention, quote.speaker.name) == ("Jo Kent", "Jo Kent")
    # negative: a verb after the name makes it the subject of a clause, not inverted
    text = 'It was "a fraud," Ann Berg said, and Tom Lind said it was "a joke."'
    assert [q.speaker.mention for q in find_quotes(text) if q.speaker] == ["Ann Berg", "Tom Lind"]


def test_the_phrase_after_an_infinitive_cue_is_its_object() -> None:
    text = 'Tom Lind said that by refusing to say the words "radical change," they had failed.'
    (quote,) = find_quotes(text)
    assert quote.speaker is not None
    assert (quote.speaker.mention, quote.speaker.name) == ("Tom Lind", "Tom Lind")
    # negative: a finite cue before a quote still takes its inverted subject
    text = 'Then said the senator: "We will win."'
    (quote,) = find_quotes(text)
    assert quote.speaker is not None
    assert quote.speaker.mention == "the senator"


def test_an_attribution_set_off_by_commas_names_the_reporter() -> None:
    text = 'Acme, Tom Lind said, called the plan "a fraud."'
    (quote,) = find_quotes(text)
    assert quote.speaker is not None
    assert (quote.speaker.mention, quote.speaker.name) == ("Tom Lind", "Tom Lind")
    # negative: an appositive between commas is no attribution
    text = 'Ann Berg, a senator, called the plan "a fraud."'
    (quote,) = find_quotes(text)
    assert quote.speaker is not None
    assert quote.speaker.mention == "Ann Berg"


def test_a_plural_cue_form_after_a_number_and_a_name_is_a_noun() -> None:
    text = 'The panel has said that it classified 22 Berg emails as "top secret."'
    (quote,) = find_quotes(text)
    assert quote.speaker is not None
    assert (quote.speaker.mention, quote.cue) == ("The panel", "said")
    # negative: after a subject the same form reports
    text = 'Tom Lind emails reporters: "We won."'
    (quote,) = find_quotes(text)
    assert quote.speaker is not None
    assert (quote.speaker.mention, quote.cue) == ("Tom Lind", "emails")


@pytest.mark.parametrize(
    "text",
    [
        'One of them said Saudi Arabia "wants everyone to share the burden."',
        'One of them, who declined to be named, said Acme "wants out."',
    ],
)
def test_a_name_right_before_a_lower_case_quote_is_its_subject_not_the_speaker(
    text: str,
) -> None:
    assert [(mention, name) for mention, name, _role in speakers(text)] == [
        ("One of them", "One of them")
    ]


def test_an_inverted_speaker_before_a_capitalised_quote_still_speaks() -> None:
    text = 'The talks failed. Then said the minister: "We tried."'
    assert speakers(text) == [("the minister", "the minister", None)]


@pytest.mark.parametrize(
    ("before", "role"),
    [
        ("police spokeswoman", "police spokeswoman"),
        ("retired teacher", "retired teacher"),
        # a verb or a function word is no role word
        ("after beating rival", "rival"),
        ("met with the family of", None),
    ],
)
def test_role_words_before_a_name(before: str, role: str | None) -> None:
    text = f'It rained. Then {before} Ingrid Solberg spoke.\n\n"We are ready," Solberg said.'
    assert speakers(text) == [("Solberg", "Ingrid Solberg", role)]


def test_a_title_at_the_attribution_wins_over_role_words_before_the_first_name() -> None:
    text = (
        "It rained. Then police spokeswoman Ingrid Solberg spoke.\n\n"
        '"We are ready," Chief Inspector Ingrid Solberg said.'
    )
    assert speakers(text) == [
        ("Chief Inspector Ingrid Solberg", "Ingrid Solberg", "Chief Inspector")
    ]


@pytest.mark.parametrize("place", ["Tulsa, Oklahoma", "Paris, Texas"])
def test_a_place_before_saying_is_not_who_says(place: str) -> None:
    text = f'Ann Berg spoke of a death in {place}, arguing that it was "intolerable."'
    assert speakers(text) == [("Ann Berg", "Ann Berg", None)]


def test_several_documents_speak_for_their_author() -> None:
    text = 'Ann Berg posted a series of tweets early Friday saying the plan was "a farce."'
    assert speakers(text) == [("Ann Berg", "Ann Berg", None)]


def test_a_party_in_brackets_after_a_nicknamed_name_is_no_speaker() -> None:
    text = 'It rained. Jo "JJ" Lind (D-Ohio), told the crowd: "The nation is watching."'
    ((mention, name, _role),) = speakers(text)
    assert (mention, name) == ("Lind", "Jo Lind")  # the nickname cuts no name


@pytest.mark.parametrize(
    ("sentence", "mention", "name"),
    [
        (
            'Ann Berg of Dayton, Ohio says the plan is "a mess."',
            "Ann Berg of Dayton, Ohio",
            "Ann Berg",
        ),
        (
            'A woman in Fresno, Calif., told him the plan is "a mess."',
            "A woman in Fresno, Calif.",
            "A woman in Fresno, Calif.",
        ),
        # no phrase before "of": the place stays what the parser finds
        ('The fire spread in Dayton, Ohio said the plan is "a mess."', "Ohio", "Ohio"),
    ],
)
def test_a_state_after_a_town_ends_the_phrase_it_places(
    sentence: str, mention: str, name: str
) -> None:
    ((got_mention, got_name, _role),) = speakers(f"It rained. {sentence}")
    assert (got_mention, got_name) == (mention, name)


def test_a_name_word_after_an_article_and_adjectives_modifies_a_noun() -> None:
    text = 'It rained. Tom Lind then adopted a fake Southern accent and joked, "We are done."'
    ((mention, name, _role),) = speakers(text)
    assert (mention, name) == ("Tom Lind", "Tom Lind")
    # a cue right after the noun keeps the phrase as a subject
    text = 'It rained. As the nationalist Acme Times tabloid noted, Tom Lind has "a few fans."'
    ((mention, name, _role),) = speakers(text)
    assert (mention, name) == ("Acme Times", "Acme Times")


def test_a_compound_of_names_after_an_article_modifies_a_noun() -> None:
    text = (
        "It rained. Tom Lind paid a visit to the U.S.-Mexico border in Laredo, Texas and "
        'explained why "we are done."'
    )
    ((mention, name, _role),) = speakers(text)
    assert (mention, name) == ("Tom Lind", "Tom Lind")
    # a speaker noun after the compound keeps the phrase
    text = 'It rained. Later the Acme-Berg group met and said "we are done."'
    ((mention, name, _role),) = speakers(text)
    assert (mention, name) == ("the Acme-Berg group", "the Acme-Berg group")


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        # a capitalised word before an article opens no name
        (
            'It rained. Maybe the window into his soul is what he said about "self-deportation."',
            "he",
        ),
        # a noun phrase never ends on an article or a possessive
        (
            '"We have to engage them," wrote the authors of the "Growth Project," in 2013.',
            "the authors",
        ),
        # an -ly word after an article is a noun, not an adverb
        (
            'Lind was out when a member of the family suggested they tweet his "Mexican" lunch.',
            "a member of the family",
        ),
        (
            'Led by Jo Kent, the rally denounced the call for "a total and complete shutdown."',
            "the rally",
        ),
        ('In a brief reply, the announcer said: "Your children are asleep."', "the announcer"),
        # but an adjective before a noun cue is no subject
        ('Lind delivered a snappy retort: "No one is tearing this up."', "Lind"),
        # people before a past verb are the subject of a verb coordinated with it
        (
            "Outside the arena, about 200 protesters gathered in groups, holding signs and "
            'chanting "Dump Lind."',
            "200 protesters",
        ),
        # a quantifier after a possessive is an adverb: the owner speaks
        (
            'But Kent\u2019s most explosive claim is that the panel is a "witch hunt."',
            "Kent\u2019s",
        ),
        # a floating quantifier after a name, and no phrase over an auxiliary
        (
            'Jo Lind and Dr. Al Kent both denounced the "Neocons for Lind" movement.',
            "Jo Lind",
        ),
        (
            'The lawmaker did give Kent some credit, saying he should be "congratulated."',
            "The lawmaker",
        ),
        # a lone role word is no speaker
        (
            "It rained. Bill Lind\u2019s stock answer then \u2014 \u201cI\u2019ll be alright\u201d"
            " \u2014 is likely to be repeated.",
            "Bill Lind\u2019s",
        ),
        # "Here's X:" presents the speaker
        (
            "Lind wrote about it. Here\u2019s Kent in 1992: \u201cOur new direction must rest on "
            "the new realities.\u201d",
            "Kent",
        ),
        # a name word that is a function word elsewhere, between a quote and its cue
        (
            'Al From helped found the group. "The circumstances are changed now," From said.',
            "From",
        ),
    ],
)
def test_speaker_mentions_never_end_on_a_function_word(text: str, mention: str) -> None:
    (quote,) = find_quotes(text)
    assert quote.speaker is not None
    assert quote.speaker.mention == mention


@pytest.mark.parametrize(
    "text",
    [
        'It rained. Beyond the real challenges -- from "cell phone only" homes -- the miss goes on.',
        "It wasn\u2019t just the cries of \u201cLiar!\u201d that rattled Kent.",
        'It rained. That\u2019s one reason the "new" Lind turned out to be like the old one.',
    ],
)
def test_no_speaker_made_of_function_words(text: str) -> None:
    assert [(q.text, q.speaker.mention if q.speaker else None) for q in find_quotes(text)] == []


def test_a_name_after_a_possessive_modifies_its_noun() -> None:
    text = (
        "Kent, the former governor, also attacked Jo Lind, with whom he clashed at "
        "Saturday\u2019s GOP debate, calling him a \u201closer.\u201d"
    )
    (quote,) = find_quotes(text)
    assert quote.speaker is not None
    assert quote.speaker.mention == "he"


@pytest.mark.parametrize(
    ("text", "mention", "name", "role"),
    [
        # a capitalised person noun second in the run closes the role
        (
            'Critics were unmoved. "We have heard this before," said Council Member Jo Kent.',
            "Council Member Jo Kent",
            "Jo Kent",
            "Council Member",
        ),
        # ... but a name of two words is no role and its name
        ('It rained. "We are ready," said Ann Berg.', "Ann Berg", "Ann Berg", None),
        # a word for a person before a name is the role
        (
            'Passenger Tom Lind, stuck in Denver, waited. "Nobody tells us anything," he said.',
            "he",
            "Tom Lind",
            "Passenger",
        ),
        # a name with "for" or "of" inside stays whole before a speaker noun
        (
            "A Department for Environment spokesperson said: \u2018We are taking action.\u2019",
            "A Department for Environment spokesperson",
            "A Department for Environment spokesperson",
            None,
        ),
    ],
)
def test_roles_and_names_from_the_audit(
    text: str, mention: str, name: str, role: str | None
) -> None:
    assert speakers(text) == [(mention, name, role)]


def test_a_weak_cue_right_after_a_cue_is_a_noun() -> None:
    text = 'It rained. Chief Executive Jo Kent said demand had "exceeded our hopes."'
    (quote,) = find_quotes(text)
    assert quote.cue == "said"
    # without a cue before it, the weak form still reports
    text = 'It rained. Jo Kent demanded that the board be "replaced at once."'
    (quote,) = find_quotes(text)
    assert quote.cue == "demanded"


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        # role words before a common noun name no one: the mention is the name
        ('It rained. "Talks will go on," U.S. officials said.', "U.S. officials", None),
        ('It rained. "Prices will rise," grain trade analysts said.', "grain trade analysts", None),
        # but a role before a name stays the role
        (
            'It rained. "Talks will go on," Commerce Secretary Jo Kent said.',
            "Jo Kent",
            "Commerce Secretary",
        ),
        # a role word inside the owner's name before a possessive is no role
        ('It rained. "Reserves fell," First Acme\'s Jo Kent said.', "Jo Kent", None),
    ],
)
def test_names_and_roles_of_groups_and_owners(text: str, name: str, role: str | None) -> None:
    ((_mention, got_name, got_role),) = speakers(text)
    assert (got_name, got_role) == (name, role)


@pytest.mark.parametrize(
    "text",
    [
        # the description closes its paragraph, and another paragraph follows
        '"We are careful," said Jo Kent, a spokeswoman for the company.\n\nIt rained.',
        # the description runs over a wrapped line
        '"We are careful," said Jo Kent, a spokeswoman\nfor the company.',
    ],
)
def test_a_description_at_a_paragraph_end_or_over_a_line_is_the_role(text: str) -> None:
    assert speakers(text) == [("Jo Kent", "Jo Kent", "spokeswoman for the company")]


def test_an_honorific_of_the_other_gender_is_not_the_one_named_in_full() -> None:
    text = (
        "Jo and Mary Lind of Dayton won.\n\n"
        '"I thought it was a joke," Mrs. Lind said.\n\n'
        'Mr. Lind said they would pay off the house. "Then a trip," he added.'
    )
    assert [name for _mention, name, _role in speakers(text)] == [
        "Mary Lind",
        "Lind",
    ]
    # of the same gender, or of no known gender, the one named in full it stays
    text = 'Mary Lind of Dayton won.\n\n"I thought it was a joke," Ms. Lind said.'
    assert [name for _mention, name, _role in speakers(text)] == ["Mary Lind"]


@pytest.mark.parametrize(
    ("text", "mention", "name"),
    [
        # an office with "of" is one phrase, not its last word
        (
            'It rained. Lind\u2019s chief of staff, Jo Kent, said the plan was "a mess."',
            "Lind\u2019s chief of staff",
            "Jo Kent",
        ),
        (
            'It rained. The front-runner and former secretary of state said the plan was "a mess."',
            "former secretary of state",
            "former secretary of state",
        ),
        # and resolves to the one person who holds it
        (
            'Secretary of State Ann Berg met Tom Kent. "We are ready," he said.\n\n'
            '"It is a mess," the secretary of state said.',
            "the secretary of state",
            "Ann Berg",
        ),
        # a speaker noun's phrase ends before a verb in -ed
        (
            "It rained. Lind\u2019s campaign shrugged off Kent\u2019s remarks, saying "
            '"we never comment."',
            "Lind\u2019s campaign",
            "Lind\u2019s campaign",
        ),
        # but a name in "Ed" is no verb
        (
            'It rained. Former governor Ed Rendell called it "an incredible feat."',
            "Ed Rendell",
            "Ed Rendell",
        ),
    ],
)
def test_offices_with_of_and_verbs_after_speaker_nouns(text: str, mention: str, name: str) -> None:
    got = speakers(text)[-1]
    assert got[:2] == (mention, name)


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        # a role word after a first name is a surname
        (
            'It rained. "We are ready," said Representative Tom J. King of Ohio.',
            "Tom J. King",
            "Representative",
        ),
        (
            'It rained. "We are ready," said Ann Pope, the deputy adviser.',
            "Ann Pope",
            "deputy adviser",
        ),
        # but a title before more name words stays a title
        ('It rained. "We are ready," said Virginia Gov. Tom Lind.', "Tom Lind", "Virginia Gov."),
        # a capitalised person noun further in the run closes the role
        (
            'It rained. "We are ready," said Dayton City Public Advocate Jo Kent.',
            "Jo Kent",
            "Dayton City Public Advocate",
        ),
    ],
)
def test_surnames_that_are_role_words_and_long_roles(text: str, name: str, role: str) -> None:
    ((_mention, got_name, got_role),) = speakers(text)
    assert (got_name, got_role) == (name, role)


def test_a_plural_noun_in_the_possessive_owns_the_speaker_noun() -> None:
    text = 'It rained. The farmers\' union called the plan "unrealistic and punitive".'
    assert speakers(text)[0][0] == "farmers' union"
    # a name in -s still owns it
    text = 'It rained. Sanders\' campaign manager called the plan "a mess".'
    assert speakers(text)[0][0] == "Sanders' campaign manager"


@pytest.mark.parametrize(
    ("mention", "role"),
    [
        # the title of an office stays in the role, a courtesy title does not
        ("US District Judge Ingrid Solberg", "US District Judge"),
        ("Judge Ingrid Solberg", "Judge"),
        ("Chief Justice Ingrid Solberg", "Chief Justice"),
        ("Professor Ingrid Solberg", "Professor"),
        ("Dr. Ingrid Solberg", None),
        ("Ms. Ingrid Solberg", None),
    ],
)
def test_office_titles_stay_in_the_role(mention: str, role: str | None) -> None:
    assert speakers(f'{mention} said: "We are ready."') == [(mention, "Ingrid Solberg", role)]


def test_an_appositive_says_more_than_an_office_title() -> None:
    text = 'Rabbi Ingrid Solberg, president of the Harbour Trust, said: "We are ready."'
    ((_mention, name, role),) = speakers(text)
    assert (name, role) == ("Ingrid Solberg", "president of the Harbour Trust")


@pytest.mark.parametrize(
    "mention",
    [
        "A Department for Work and Pensions spokesperson",
        "A Department of Health and Human Services spokeswoman",
        "The Department for Education",
    ],
)
def test_a_body_with_and_or_for_in_its_name_speaks_whole(mention: str) -> None:
    ((found, name, _role),) = speakers(f'It rained.\n\n{mention} said: "We are committed."')
    assert (found, name) == (mention, mention.removeprefix("The "))  # a body's name: no article


def test_a_list_of_bodies_is_not_read_as_one_name() -> None:
    text = 'It rained.\n\nU.S. and South Korean officials said: "We are committed."'
    ((found, _name, _role),) = speakers(text)
    assert found == "South Korean officials"


@pytest.mark.parametrize(
    "text",
    [
        # the quote's paragraph is not the last of the text
        '"We grew," said Ingrid Solberg, chief executive of Acme Robotics.\n\nAbout Acme',
        # a hard-wrapped line inside the appositive
        '"We grew," said Ingrid Solberg, chief executive\nof Acme Robotics.',
    ],
)
def test_appositive_at_a_paragraph_end_or_over_a_line_break(text: str) -> None:
    ((_mention, name, role),) = speakers(text)
    assert (name, role) == ("Ingrid Solberg", "chief executive of Acme Robotics")


def test_appositive_stops_at_the_paragraph_end() -> None:
    text = '"We grew," said Ingrid Solberg, chief executive\n\nof Acme Robotics.'
    ((_mention, name, role),) = speakers(text)
    assert (name, role) == ("Ingrid Solberg", None)


def test_a_surname_never_named_in_full_keeps_its_appositive_as_role() -> None:
    text = 'Ms Solberg, the harbour director, said she was "disappointed" by the vote.'
    ((mention, name, role),) = speakers(text)
    assert (mention, name, role) == ("Ms Solberg", "Solberg", "harbour director")


# ---- lazy reading of paragraphs without quotes (invented snippets) -----------


def test_cue_heads_are_lower_case_letters() -> None:
    # the cue-word gates on paragraphs without quotes find words as runs of a-z
    # (the other languages' verbs written with other letters, read next to quotes
    # only, are the exception: a paragraph without quotes is not gated on them)
    from newsstruct._data.cues import OTHER_LANGUAGE_CUES, OTHER_LANGUAGE_SOURCES
    from newsstruct._speakers import _CUE_HEADS

    other = frozenset().union(*OTHER_LANGUAGE_CUES.values()) | {
        phrase.split()[0] for phrase in OTHER_LANGUAGE_SOURCES
    }
    assert all(
        head.isascii() and head.isalpha() and head.islower()
        for head in _CUE_HEADS
        if head not in other
    )


def test_pronoun_reads_the_cue_subject_of_a_paragraph_without_quotes() -> None:
    text = (
        "Ann Berg spoke first.\n\n"
        "Later Tom Lind said the port would close.\n\n"
        '"We had no choice," he said.'
    )
    assert speakers(text) == [("he", "Tom Lind", None)]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "«Работа идёт», — сказал министр Иван Петров.\n\n"
            "Олег Волков заявил, что завод закроют к зиме.\n\n"
            "«Мы не видим другого выхода», — подчеркнул он.",
            "Олег Волков",
        ),
        (
            "«Робота триває», — сказав міністр Іван Петренко.\n\n"
            "Олег Коваль заявив, що завод закриють до зими.\n\n"
            "«Ми не бачимо іншого виходу», — наголосив він.",
            "Олег Коваль",
        ),
        (
            "„Prace trwają” – powiedział minister Jan Nowak.\n\n"
            "Piotr Wiśniewski powiedział, że fabryka zostanie zamknięta.\n\n"
            "„Nie widzimy innego wyjścia” – dodał on.",
            "Piotr Wiśniewski",
        ),
        # no cue in the paragraph between: the pronoun keeps the earlier speaker
        (
            "«Работа идёт», — сказал министр Иван Петров.\n\n"
            "Олег Волков приехал в Москву во вторник.\n\n"
            "«Мы не видим другого выхода», — добавил он.",
            "Иван Петров",
        ),
        (
            "„Prace trwają” – powiedział minister Jan Nowak.\n\n"
            "Piotr Wiśniewski przyjechał do Łodzi.\n\n"
            "„Nie widzimy innego wyjścia” – dodał on.",
            "Jan Nowak",
        ),
        (
            '"Work goes on," said Minister John Berg.\n\n'
            "Peter Volkov noted at a café that the plant would close.\n\n"
            '"We see no other way," he said.',
            "Peter Volkov",
        ),
    ],
)
def test_cue_of_other_letters_in_a_paragraph_without_quotes(text: str, name: str) -> None:
    # the cue-word gate finds a verb written with letters outside a-z (заявил,
    # powiedział) in a paragraph not all ASCII; the indirect speaker is the subject
    assert [n for _, n, _ in speakers(text)][-1] == name


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        # a verb taking a clause without "that" is no word of the clause's subject
        ('Court filings say inspectors warned: "The beams could give way."', "Court filings"),
        ('Court filings show inspectors warned: "The beams could give way."', "inspectors"),
        ('Records indicate engineers wrote: "The beams could give way."', "engineers"),
        # a noun or an adjective before the speaker noun stays (what must not change)
        ('Local health officials said: "The beams could give way."', "Local health officials"),
        ('Two senior fire officers said: "The beams could give way."', "Two senior fire officers"),
    ],
)
def test_speaker_phrase_stops_after_a_clause_verb(text: str, mention: str) -> None:
    assert [m for m, _, _ in speakers(text)] == [mention]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a lone office as the label is the one holder of it in the text, before or after
        (
            'Mayor: "We will reopen the pool"\n\n'
            "Mayor Rita Solberg told the council on Monday the pool would reopen.",
            "Rita Solberg",
        ),
        (
            'Harbour minister Odd Tangen toured the docks.\n\nMinister: "The quay is safe."',
            "Odd Tangen",
        ),
        # two holders, or none: the label is left as written (what must not change)
        (
            'Mayor: "We will reopen the pool"\n\n'
            "Mayor Rita Solberg and Mayor Ivar Dahl met on Monday.",
            "Mayor",
        ),
        ('Rita Solberg toured the docks.\n\nMayor: "The quay is safe."', "Mayor"),
        # an office that ends a name in the text is no office there: as written
        (
            "Skier Vera King trains at the King Olav Hall in Oslo.\n\n"
            'King says the season "was long and cold."',
            "King",
        ),
    ],
)
def test_office_label_is_its_one_holder(text: str, name: str) -> None:
    assert [n for _, n, _ in speakers(text)][:1] == [name]


def test_paragraph_without_quotes_hands_its_speaker_on() -> None:
    text = 'Ann Berg spoke first.\n\nTom Lind, the port director, added:\n\n"We had no choice."'
    assert [name for _, name, _ in speakers(text)] == ["Tom Lind"]


# ---- second audit: courts, sports, science, obituaries (invented snippets) ----


def test_sentence_after_colon_is_direct_however_far_from_its_cue() -> None:
    text = 'Mayor Ann Berg told state television on Monday: "Half the town is gone."'
    assert [(q.text, q.kind) for q in find_quotes(text)] == [("Half the town is gone.", "direct")]


def test_fragment_after_colon_stays_partial() -> None:
    text = 'Mayor Ann Berg told state television on Monday: "gone" was the word.'
    assert [q.kind for q in find_quotes(text)] == ["partial"]


def test_gerund_before_was_is_no_cue() -> None:
    text = 'Tom Lind once said that writing was "the only thing I was good at."'
    ((quote),) = find_quotes(text)
    assert quote.speaker is not None
    assert (quote.cue, quote.kind, quote.speaker.mention) == ("said", "partial", "Tom Lind")


def test_participle_before_other_words_is_still_a_cue() -> None:
    text = 'Tom Lind backed the plan, writing that it was "the best we have."'
    ((quote),) = find_quotes(text)
    assert quote.speaker is not None
    assert (quote.cue, quote.speaker.mention) == ("writing", "Tom Lind")


def test_name_opening_a_paragraph_is_the_pronoun_of_the_quote_after_it() -> None:
    text = (
        "Quarterback Jake Moore threw three touchdowns.\n\n"
        '"He read the defense perfectly," said coach Bill Tran.\n\n'
        'Moore was modest. "The line gave me all day," he said.'
    )
    assert speakers(text)[-1] == ("he", "Jake Moore", "Quarterback")


def test_lone_capitalised_word_opening_a_paragraph_names_no_one() -> None:
    text = (
        "Quarterback Jake Moore threw three touchdowns.\n\n"
        '"He read the defense perfectly," said coach Bill Tran.\n\n'
        'Ultimately it was enough. "We won," he said.'
    )
    assert speakers(text)[-1] == ("he", "Bill Tran", "coach")


def test_sports_and_court_words_open_a_role() -> None:
    text = 'Goalkeeper Ben Cole, who made six saves, added: "The defence was brilliant."'
    assert speakers(text) == [("Goalkeeper Ben Cole", "Ben Cole", "Goalkeeper")]


def test_unknown_capitalised_word_before_a_name_is_no_role() -> None:
    text = 'Acme Ben Cole added: "The defence was brilliant."'
    assert speakers(text)[0][2] is None


def test_possessive_in_s_apostrophe_owns_a_description_before_a_name() -> None:
    text = (
        "Tom Hanks was charged. Hanks' lawyer, Sandra Pike, argued for leniency. "
        '"He has lost everything," she said.'
    )
    assert speakers(text) == [("she", "Sandra Pike", "Hanks' lawyer")]


def test_plural_possessive_without_a_name_after_it_keeps_its_mention() -> None:
    text = 'Tom Hanks was charged. The Jones\' lawyer said "He has lost everything."'
    assert speakers(text) == [("Jones' lawyer", "Jones' lawyer", None)]


def test_lower_case_owner_keeps_its_article() -> None:
    text = 'The prime minister\'s office said it was "reviewing the decision."'
    assert speakers(text) == [("The prime minister's office", "The prime minister's office", None)]


def test_named_owner_still_opens_the_phrase() -> None:
    text = 'Ann Berg spoke. Then Berg\'s office said it was "reviewing the decision."'
    assert speakers(text)[0][1] == "Ann Berg"


def test_the_judge_is_the_one_judge_named_before() -> None:
    text = 'U.S. District Judge Maria Alvarez spoke. "You chose greed," the judge told him.'
    assert speakers(text) == [("the judge", "Maria Alvarez", "U.S. District Judge")]


def test_the_judge_with_two_judges_named_stays_as_written() -> None:
    text = 'Judge Ann Berg and Judge Tom Lind sat. "You chose greed," the judge said.'
    assert speakers(text) == [("the judge", "the judge", None)]


def test_nickname_given_by_nicknamed_is_no_quote() -> None:
    text = 'Fans nicknamed Park "The Wall" after the game.'
    assert find_quotes(text) == ()


def test_quote_after_nicknamed_that_is_no_name_is_still_said() -> None:
    text = 'Tom Lind said he nicknamed Ann Berg "a loser."'
    assert speakers(text) == [("Tom Lind", "Tom Lind", None)]


def test_so_said_opening_the_next_paragraph_credits_a_quote_alone() -> None:
    text = (
        '"The port will not close. Not this year."\n\n'
        "So said harbour director Jo Kent on Monday, rejecting reports of a shutdown."
    )
    assert speakers(text) == [("Jo Kent", "Jo Kent", "harbour director")]


def test_so_said_does_not_override_a_cue_of_the_quote() -> None:
    text = (
        '"The port will not close," Ann Berg said.\n\n'
        "So said harbour director Jo Kent on Monday, rejecting reports of a shutdown."
    )
    assert speakers(text) == [("Ann Berg", "Ann Berg", None)]


def test_that_was_the_view_of_a_group_is_no_credit() -> None:
    text = '"The port will not close."\n\nThat was the view of many residents in Dayton.'
    assert speakers(text) == []


def test_mayor_elect_is_a_role() -> None:
    text = 'Mayor-elect Dana Price spoke.\n\n"I am not a career politician," Price said.'
    assert speakers(text) == [("Price", "Dana Price", "Mayor-elect")]


def test_fragment_going_on_the_word_before_it_is_partial() -> None:
    text = 'In a statement, his family said he "died surrounded by love."'
    assert [q.kind for q in find_quotes(text)] == ["partial"]


def test_sentence_after_a_listener_is_direct() -> None:
    text = 'Tom Lind told reporters "We will win."'
    assert [q.kind for q in find_quotes(text)] == ["direct"]


def test_name_cut_by_a_quoted_nickname_is_one_person() -> None:
    text = 'Striker Leo "The Lion" Marsh scored twice. "It was a team effort," Marsh said.'
    assert speakers(text) == [("Marsh", "Leo Marsh", "Striker")]


def test_name_cut_by_a_nyt_style_nickname_is_one_person() -> None:
    # New York Times style marks a nickname with two single marks, as its quotes
    for text, name in (
        (
            "Goalkeeper Tomas ''The Wall'' Novak saved four penalties this season. "
            "''I watched him take three on video,'' Novak said.",
            "Tomas Novak",
        ),
        (
            "Kwame ''Ice'' Mensah scored twice. ''It was cold out there,'' Mensah said.",
            "Kwame Mensah",
        ),
    ):
        (quote,) = find_quotes(text)
        assert quote.speaker is not None
        assert quote.speaker.name == name


def test_the_chain_of_subjects_reads_past_a_nyt_style_quote_with_an_apostrophe() -> None:
    # ''It's the same game,'' he said: the quote before the pronoun is masked whole
    text = (
        "''I don't think so,'' said captain Ryan Kowalczyk, who scored twice.\n\n"
        "Goalie Emil Sandqvist was waived in November. He has won 17 of his 21 starts.\n\n"
        "Sandqvist, a soft-spoken 29-year-old from Gothenburg, shrugged off questions.\n\n"
        "''It's the same game, same net,'' he said."
    )
    for layout in (text, text.replace("''", '"')):
        names = [q.speaker and q.speaker.name for q in find_quotes(layout)]
        assert names == ["Ryan Kowalczyk", "Emil Sandqvist"], layout


def test_a_word_that_opens_a_count_is_no_speaker() -> None:
    # "About 200 nurses", "Nearly 300 people": the count's first word names no one
    for text in (
        'About 200 nurses marched on Tuesday, carrying signs that read "Turn It Back On."',
        'Nearly 300 people marched on Tuesday, chanting "Turn it back on."',
    ):
        for quote in find_quotes(text):
            assert quote.speaker is None or quote.speaker.name not in {"About", "Nearly"}, text


def test_quoted_word_between_a_name_and_a_verb_is_no_nickname() -> None:
    text = 'Tom Lind said "Yes" Monday. "We will win," Lind said.'
    assert [name for _, name, _ in speakers(text)] == ["Tom Lind", "Tom Lind"]


# ---- transcripts with speaker labels ---------------------------------------

_TRANSCRIPT = (
    "Fox News' Chris Wallace interviewed Gov. Mike Pence on Sunday.\n\n"
    "\"WALLACE: Let's start with the debate.\n\n"
    '"PENCE: Well, look, we had a great night.\n\n'
    '"And I think the numbers show it.\n\n'
    '"WALLACE: Do you regret it?'
)


def test_transcript_label_in_capitals_is_the_speaker_resolved() -> None:
    quotes = find_quotes(_TRANSCRIPT)
    assert [(q.text, q.speaker.mention, q.speaker.name) for q in quotes if q.speaker] == [
        ("Let's start with the debate.", "WALLACE", "Chris Wallace"),
        ("Well, look, we had a great night.", "PENCE", "Mike Pence"),
        ("And I think the numbers show it.", "PENCE", "Mike Pence"),  # the run goes on
        ("Do you regret it?", "WALLACE", "Chris Wallace"),
    ]
    for quote in quotes:
        assert _TRANSCRIPT[quote.span.start : quote.span.end] == quote.text
        assert quote.speaker is not None
        span = quote.speaker.span
        assert _TRANSCRIPT[span.start : span.end] == quote.speaker.mention


def test_transcript_label_with_honorific_or_title_case_name() -> None:
    text = (
        "Mr. Tom Smith and Sen. Ann Jones spoke at the hearing.\n\n"
        '"MR. SMITH: We never saw the memo.\n\n'
        '"SEN. JONES: Then who did?\n\n'
        '"Tom Smith: Nobody, senator."'
    )
    assert [(q.text, q.speaker.name) for q in find_quotes(text) if q.speaker] == [
        ("We never saw the memo.", "Tom Smith"),
        ("Then who did?", "Ann Jones"),
        ("Nobody, senator.", "Tom Smith"),
    ]


def test_transcript_label_matches_a_surname_whatever_its_case() -> None:
    text = 'Senator Mitch McConnell spoke.\n\n"MCCONNELL: We will hold the vote."'
    assert speakers(text) == [("MCCONNELL", "Mitch McConnell", "Senator")]


def test_question_and_answer_labels_name_no_one() -> None:
    text = 'Jo Kent runs the farm.\n\n"Q: How bad was the storm?\n\n"A: The worst in 40 years.'
    assert [
        (q.text, q.speaker.mention, q.speaker.name) for q in find_quotes(text) if q.speaker
    ] == [
        ("How bad was the storm?", "Q", "Q"),
        ("The worst in 40 years.", "A", "A"),
    ]


def test_notes_and_sentences_with_a_colon_are_no_labels() -> None:
    assert find_quotes('"NOTE: The hearing was moved to Friday."') == ()
    # a word in capitals named nowhere else, alone: no transcript
    assert find_quotes('"DANGER: Keep out of the water."') == ()
    text = 'Tom Lind spoke.\n\n"The answer is simple: we leave," Lind said.'
    assert [q.text for q in find_quotes(text)] == ["The answer is simple: we leave,"]
    # a cue of its own beats the label, and no space after the colon is no label
    text = 'Donald Trump spoke.\n\n"Trump:You lie," the prince tweeted.'
    assert speakers(text) == [("the prince", "the prince", None)]


# ---- documents and studies as sources --------------------------------------


def test_a_study_that_found_is_the_source_named_by_its_author() -> None:
    assert speakers('A study by the University of Oslo found "no effect in older adults."') == [
        ("A study by the University of Oslo", "University of Oslo", None)
    ]
    assert speakers('The study, published in Nature, found that "sleep loss hurts memory."') == [
        ("The study", "The study", None)
    ]
    assert speakers('"Sleep loss hurts memory," the study found.') == [
        ("the study", "the study", None)
    ]
    assert speakers('A recent report from Acme Corp concluded "the agency failed."') == [
        ("A recent report from Acme Corp", "Acme Corp", None)
    ]


def test_found_after_no_study_is_no_cue() -> None:
    assert find_quotes('Police found the car near "the old mill," officials said.') != ()
    assert speakers('After the report came out, police found "a mess."') == []
    # a study finds no titles
    text = 'A survey by Acme found that "The Wire," a show, was the most watched.'
    assert find_quotes(text) == ()


def test_author_of_a_document_is_no_modifier_nor_possessive() -> None:
    text = 'A statement from the Acme campaign read "We are reviewing the findings."'
    assert [name for _, name, _ in speakers(text)] == ["A statement from the Acme campaign"]


def test_a_name_after_a_determiner_makes_a_weak_cue_a_noun() -> None:
    text = 'The Acme report said "sales fell."'
    assert speakers(text) == [("The Acme report", "The Acme report", None)]


def test_speaker_noun_before_a_name_is_its_role() -> None:
    text = '"The water came in so fast," said resident Carol White, 71, of Tulsa.'
    assert speakers(text) == [("resident Carol White", "Carol White", "resident")]


def test_a_participle_after_a_capitalised_word_still_cues() -> None:
    text = 'She wore a T-shirt reading: "No doubt about it. My sport. I compete clean."'
    # (the words on the T-shirt are its wearer's: a sign is never a speaker)
    assert [(q.cue, q.speaker and q.speaker.mention) for q in find_quotes(text)] == [
        ("reading", "She")
    ]


def test_nickname_gate_runs_only_where_a_quote_opens_after_a_space() -> None:
    # _people scans a paragraph with SPEAKER_NICKNAME_GATE only when it holds
    # ' "' or ' \u201c': the gate matches nothing without one
    from newsstruct._patterns import SPEAKER_NICKNAME_GATE

    samples = [
        'Leo "The Lion" Marsh',
        "Leo \u201cThe Lion\u201d Marsh",
        'Leo\t"The Lion" Marsh',
        'Leo"The Lion" Marsh',
        "Leo 'The Lion' Marsh",
        'Robert C. "Bobby" Scott',
    ]
    for sample in samples:
        opens = ' "' in sample or " \u201c" in sample
        assert opens or SPEAKER_NICKNAME_GATE.search(sample) is None, sample


def test_nickname_gate_tried_before_opening_quotes_finds_what_a_search_does() -> None:
    # _nickname_gate tries SPEAKER_NICKNAME_GATE only before ' "' and ' \u201c':
    # over every window of these texts it answers as a search of the window
    import random

    from newsstruct._patterns import SPEAKER_NICKNAME_GATE
    from newsstruct._speakers import _nickname_gate

    rng = random.Random(7)
    pieces = ["a", "Lo", " ", ' "', " \u201c", '"', "\u201d", ".", ",", "\n", "Leo", "x" * 31]
    texts = [
        'Leo "The Lion" Marsh said.',
        'Robert C. "Bobby" Scott, a "fine" man.',
        "Ann \u201cAce\u201d Berg and Jo \u201cJJ\u201d Lind",
        'He said "no." Then "yes" it was',
    ]
    texts += ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 14))) for _ in range(300)]
    found = 0
    for text in texts:
        for lo in range(len(text) + 1):
            for hi in range(lo, len(text) + 1):
                expected = SPEAKER_NICKNAME_GATE.search(text, lo, hi) is not None
                assert _nickname_gate(text, lo, hi) == expected, (text, lo, hi)
                found += expected
    assert found  # (some windows hold a nickname)
    # the word before the quote must be in the window
    assert _nickname_gate('Leo "The Lion" Marsh', 2, 20)
    assert not _nickname_gate('Leo "The Lion" Marsh', 3, 20)


def test_name_cut_by_a_curly_quoted_nickname_in_a_later_paragraph_is_one_person() -> None:
    text = (
        "Ann Berg spoke first.\n\n"
        "Striker Leo \u201cThe Lion\u201d Marsh scored twice.\n\n"
        "\u201cIt was a team effort,\u201d Marsh said."
    )
    assert speakers(text) == [("Marsh", "Leo Marsh", "Striker")]


def test_dash_credit_gate_lets_every_dash_through() -> None:
    # _dash_credit tries its regex only on a paragraph opening with one of
    # _CREDIT_DASHES: every character of the regex's opening class must be there
    import sys

    import regex

    from newsstruct._speakers import _CREDIT_DASHES

    dash = regex.compile(r"[\p{Pd}\u2015]")
    for code in range(sys.maxunicode + 1):
        char = chr(code)
        assert (dash.match(char) is not None) == (char in _CREDIT_DASHES), hex(code)
    for mark in ("-", "\u2013", "\u2014", "\u2015"):
        text = f'"We will win this year."\n\n{mark} Sanders.'
        assert [mention for mention, _, _ in speakers(text)] == ["Sanders"], mark


def test_transcript_label_gate_keeps_labels() -> None:
    # attribute() reads a label only when a capital opens the quote and a colon
    # is within _LABEL_REACH characters: the tests _label_colon starts with
    from newsstruct._speakers import _LABEL_REACH, _label_colon

    samples = ["PENCE: Well, look.", "MR. SMITH: We did.", "pence: no", "It is simple: no."]
    for sample in samples:
        gate = sample[:1].isupper() and sample.find(":", 0, min(len(sample), _LABEL_REACH)) > 0
        assert gate or _label_colon(sample, 0, len(sample)) < 0, sample
    text = (
        'Pence and Harris met on stage.\n\n"PENCE: Well, look, we will see."\n\n'
        '"HARRIS: I am speaking, Mr. Vice President."'
    )
    assert [mention for mention, _, _ in speakers(text)] == ["PENCE", "HARRIS"]


def test_word_start_is_the_word_token_test_on_every_code_point() -> None:
    # _quotes_only searches SPEAKER_WORD_START between offsets instead of
    # testing a copy of the text (any character alphanumeric, or "_"): the
    # two must agree on every character, and on pieces of several
    import sys

    from newsstruct._model import Paragraph, Span
    from newsstruct._patterns import SPEAKER_WORD_START
    from newsstruct._quotes import _segments
    from newsstruct._speakers import _quotes_only

    for code in range(sys.maxunicode + 1):
        char = chr(code)
        found = SPEAKER_WORD_START.search(f" -{char}- ", 1, 4) is not None
        assert found == (char.isalnum() or char == "_"), hex(code)
    cases = {
        '"We will."  "Soon."': True,
        '- "Yes!" -': True,
        '"We will," he said.': False,
        '_ "Yes."': False,
        '"Yes." \u00bd': False,
        '\u2014 "Yes." \u2026': True,
        'He: "Yes."': False,
    }
    for text, expected in cases.items():
        paragraph = Paragraph(text, Span(0, len(text)))
        assert _quotes_only(text, paragraph, _segments(text, [paragraph])[0]) is expected, text


# --- round 4: the known gaps and the audit of new kinds of English stories ---


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('A WHO report found "the virus spreads faster indoors."', "A WHO report"),
        ('The WHO said "the pandemic is far from over."', "The WHO"),
        ('The US said "the talks are over."', "The US"),
        ('Measles rose.\n\nThe report found "rates have fallen everywhere."', "The report"),
    ],
)
def test_acronyms_are_no_function_words(text: str, expected: str) -> None:
    assert [mention for mention, _, _ in speakers(text)] == [expected]


def test_acronym_in_a_headline_of_capitals_stays_a_word() -> None:
    from newsstruct._speakers import _keep_acronyms

    lowers = ["who", "said", "it"]
    _keep_acronyms(["WHO", "SAID", "IT"], lowers)
    assert lowers == ["who", "said", "it"]


@pytest.mark.parametrize(
    "text",
    [
        'The sign read "No entry after dark."',
        'One sign read "We work. Do you?"',
        'A sign outside the ministry read "Smaller classes now."',
        '"Go home," one banner said. "Now."',
        'A T-shirt on sale at the rally read: "Lock them up."',
    ],
)
def test_a_sign_speaks_for_no_one(text: str) -> None:
    assert find_quotes(text) == ()


def test_a_sign_carried_is_its_carriers() -> None:
    text = 'Ann Berg held up a sign saying "Jobs now."'
    assert [q.text for q in find_quotes(text)] == ["Jobs now."]
    text = 'Standing by a sign outside the ministry, Jo Kent said "we will win."'
    assert [mention for mention, _, _ in speakers(text)] == ["Jo Kent"]


@pytest.mark.parametrize(
    ("text", "mention", "name"),
    [
        ('Ann Berg carried a sign saying "Jobs now."', "Ann Berg", "Ann Berg"),
        ('Ann Berg held up a sign saying "Jobs now."', "Ann Berg", "Ann Berg"),
        ('Ann Berg carried a sign that read "Jobs now."', "Ann Berg", "Ann Berg"),
        ('Protesters carried a banner saying "Jobs now."', "Protesters", "Protesters"),
        ('They held up two handmade signs saying "Jobs now."', "They", "They"),
        # a particle belongs to the verb before it: "showed up" carries nothing
        ('Ann Berg showed up wearing a T-shirt saying "Jobs now."', "Ann Berg", "Ann Berg"),
        # the carrier is resolved as any subject: a surname, a pronoun
        (
            'Ann Berg joined the march. Berg waved a placard saying "Jobs now."',
            "Berg",
            "Ann Berg",
        ),
        (
            'Ann Berg joined the march. She wore a T-shirt saying "Jobs now."',
            "She",
            "Ann Berg",
        ),
    ],
)
def test_a_sign_is_never_a_speaker_its_carrier_is(text: str, mention: str, name: str) -> None:
    assert [(m, n) for m, n, _ in speakers(text)] == [(mention, name)]


def test_a_sign_with_no_carrier_named_is_no_ones() -> None:
    # no carrier's verb: the sign hangs, no one holds it
    text = '"We march," Ann Berg said. A sign saying "Jobs now." hung behind her.'
    assert [q.text for q in find_quotes(text)] == ["We march,"]
    # a carrier's verb with no subject before it: no one's, not the quote's before
    text = '"We march," Ann Berg said. Carrying a sign saying "Jobs now," a girl walked beside her.'
    assert [(q.text, q.speaker and q.speaker.mention) for q in find_quotes(text)] == [
        ("We march,", "Ann Berg")
    ]


def test_documents_and_posts_speak_for_their_authors() -> None:
    assert speakers('Mayor Jo Lind\'s tweet read: "We are not going anywhere."') == [
        ("Lind's tweet", "Jo Lind", "Mayor")
    ]
    assert speakers('A statement from Acme Corp read "We regret the error."') == [
        ("A statement from Acme Corp", "Acme Corp", None)
    ]


def test_interview_labels_name_asker_and_answerer() -> None:
    text = (
        "The head of the central bank, Maria Lind, said in an interview with Reuters "
        "that rates would stay high.\n\n"
        '"Q: When will rates come down?\n\n"A: Not this year."'
    )
    assert speakers(text) == [
        ("Q", "Reuters", None),
        ("A", "Maria Lind", "head of the central bank"),
    ]
    text = 'Ann Berg was interviewed by Tom Kent.\n\n"Q: Why now?"\n\n"A: Because it was time."'
    assert [(m, n) for m, n, _ in speakers(text)] == [("Q", "Tom Kent"), ("A", "Ann Berg")]
    text = 'We asked some readers.\n\n"Q: Why now?"\n\n"A: Because it was time."'
    assert [(m, n) for m, n, _ in speakers(text)] == [("Q", "Q"), ("A", "A")]


def test_interviewee_spoken_to_is_no_asker() -> None:
    text = 'The Daily Post spoke to Ann Berg.\n\n"Q: Why now?"\n\n"A: Because it was time."'
    assert [(m, n) for m, n, _ in speakers(text)] == [("Q", "Q"), ("A", "Ann Berg")]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ('Striker Dean Mbeki, 23, scored.\n\n"I just ran," the 23-year-old said.', "Dean Mbeki"),
        ('The English coach Tom Kent arrived.\n\n"We are ready," the Englishman said.', "Tom Kent"),
        (
            'Swedish star Jana Lind lost to Mira Kovacs of Hungary.\n\n"I was lucky," the Hungarian said.',
            "Mira Kovacs",
        ),
        # nothing states her nationality: no guess
        ('Jana Lind, 30, was in tears.\n\n"It hurts," the Swede said.', "the Swede"),
        # two of them are 23: no guess
        (
            'Dean Mbeki, 23, and Tom Kent, 23, scored.\n\n"I ran," the 23-year-old said.',
            "the 23-year-old",
        ),
    ],
)
def test_age_and_nationality_epithets(text: str, name: str) -> None:
    assert [n for _, n, _ in speakers(text)] == [name]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            'Rescue coordinator Piet Jans said the search would go on "as long as there is hope."',
            ("Rescue coordinator Piet Jans", "Piet Jans", "Rescue coordinator"),
        ),
        (
            'Fisk\'s barrister, Naomi Kerr, said her client was "deeply ashamed."',
            ("Fisk's barrister", "Naomi Kerr", "Fisk's barrister"),
        ),
        (
            'In a statement read to the court, the cyclist\'s widow, Fiona Hale, said: "I lost my husband."',
            ("the cyclist's widow", "Fiona Hale", "cyclist's widow"),
        ),
    ],
)
def test_court_and_family_nouns_head_speakers(text: str, expected: tuple[str, str, str]) -> None:
    assert speakers(text) == [expected]


def test_a_group_after_including_is_no_description() -> None:
    text = 'Ann Berg\'s relatives, including her son, said they had "more questions than answers."'
    assert [role for _, _, role in speakers(text)] == [None]


def test_more_than_opens_no_name() -> None:
    text = 'Fewer than 20 senators voted for it, saying it was "a fair deal."'
    assert [mention for mention, _, _ in speakers(text)] == ["20 senators"]


def test_long_appositive_ends_before_a_second_description() -> None:
    text = (
        '"The pace of change surprised us," said Dr. Helen Marsh, a marine biologist at '
        "the University of Queensland and the study's lead author."
    )
    assert [role for _, _, role in speakers(text)] == [
        "marine biologist at the University of Queensland"
    ]


def test_press_secretary_keeps_press() -> None:
    text = (
        "The White House defended it, with press secretary Dana Whitfield telling "
        'reporters the measures were "fair and firm."\n\n"No," Whitfield said.'
    )
    assert [role for _, _, role in speakers(text)] == ["press secretary", "press secretary"]


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ('Rovers manager Phil Hart said his side showed "real character."', "Rovers manager"),
        ('"We will open in 2027," said Club owner Rick Vance.', "Club owner"),
        # a longer name before the role words is not cut in two
        ('Bank of Japan governor Jo Kent said rates were "too low."', "governor"),
        ('Yesterday, spokesman Jo Kent said it was "over."', "spokesman"),
    ],
)
def test_one_capitalised_owner_joins_the_role(text: str, role: str) -> None:
    assert [r for _, _, r in speakers(text)] == [role]


def test_interviewee_is_whom_the_story_is_about() -> None:
    text = (
        "Vice President Joe Lind toured a factory on Monday. Later Lind spoke with "
        "Herald reporter Tom Kent and radio host Ann Berg. Here is the transcript.\n\n"
        '"Q: Was it a good day?\n\n"A: A very good day."'
    )
    assert [(m, n) for m, n, _ in speakers(text)] == [("Q", "Herald"), ("A", "Joe Lind")]


@pytest.mark.parametrize(
    ("before", "role"),
    [
        ("union steward", "union steward"),
        ("store clerk", "store clerk"),
        ("retired neurosurgeon", "retired neurosurgeon"),
        ("also", None),  # a function word is no role
        ("longtime local union shop steward", None),  # more than four words
    ],
)
def test_unlisted_lower_case_role_before_a_name(before: str, role: str | None) -> None:
    text = f'Strike spreads\n\n"We are not going back," said {before} Lisa Brandt.'
    (quote,) = parse_article(text).quotes
    assert quote.speaker is not None
    assert quote.speaker.name == "Lisa Brandt"
    assert quote.speaker.role == role


def test_credit_gate_lets_every_credit_line_through() -> None:
    # attribute() tries the credit lines under a paragraph of quotes alone only
    # when the next paragraph opens with one of _CREDIT_FIRSTS: the first
    # character of every lead (So said ...) and of every dash (- Sanders.)
    from newsstruct._speakers import _CREDIT_DASHES, _CREDIT_FIRSTS, _CREDIT_LEADS

    assert _CREDIT_DASHES <= _CREDIT_FIRSTS
    assert all(lead[0] in _CREDIT_FIRSTS for lead in _CREDIT_LEADS)
    credits = [
        "So said harbour director Jo Kent on Monday.",
        "That was the response from harbour director Jo Kent.",
        "This was the verdict of harbour director Jo Kent.",
        "Those were the words of harbour director Jo Kent.",
        "\u2014 Jo Kent.",
    ]
    for credit in credits:
        text = f'"The port will not close."\n\n{credit}'
        assert [name for _, name, _ in speakers(text)] == ["Jo Kent"], credit
    # negative: a paragraph that opens otherwise credits nothing
    assert speakers('"The port will not close."\n\nJo Kent.') == []


def test_one_character_before_a_quote_reads_as_the_word_search() -> None:
    # one character between the paragraph's start and the opening mark (or
    # between two quotes): a word starts there when it is alphanumeric or "_",
    # as SPEAKER_WORD_START finds
    from newsstruct._model import Paragraph, Span
    from newsstruct._quotes import _segments
    from newsstruct._speakers import _quotes_only

    cases = {
        '-"Yes."': True,
        '_"Yes."': False,
        '\u00bd"Yes."': False,
        '"We will."-"Soon."': True,
        '"We will."_"Soon."': False,
        '"We will."\u00b2"Soon."': False,
    }
    for text, expected in cases.items():
        paragraph = Paragraph(text, Span(0, len(text)))
        segments = _segments(text, [paragraph])[0]
        assert segments, text
        assert _quotes_only(text, paragraph, segments) is expected, text


def test_no_article_leaks_into_a_name() -> None:
    for article in ("the", "a", "an", "The"):
        text = f'"We won," said {article} Lisa Brandt.'
        ((mention, name, _role),) = speakers(text)
        assert (mention, name) == (f"{article} Lisa Brandt", "Lisa Brandt"), text
    # possessives never leak either
    assert speakers('"We won," said Britain\'s Lisa Brandt.')[0][1] == "Lisa Brandt"
    # an organisation is named without its article
    text = 'The Royal Society said: "The data is clear."'
    assert speakers(text)[0][1] == "Royal Society"
    # negative: a party's member from a state is no name ("Georgia" is a first name too)
    assert speakers('"No bet," said the Georgia Democrat.')[0][1] == "the Georgia Democrat"


def test_a_name_in_capitals_is_written_as_a_name() -> None:
    text = (
        '"We are not bluffing," said union chief MARK O\'NEILL.\n\n'
        '"There is no more money," said JANE MCCANN-DOE.\n\n'
        '"Yes," said ALAN PRICE, who chairs the board. Price spoke last.'
    )
    assert [(m, n) for m, n, _ in speakers(text)] == [
        ("union chief MARK O'NEILL", "Mark O'Neill"),
        ("JANE MCCANN-DOE", "Jane McCann-Doe"),
        ("ALAN PRICE", "Alan Price"),
    ]
    # negative: headings and initials in capitals are no names
    text = 'SHORT READS: "It was fine," said the review.\n\n"No," said BBC NEWS.'
    assert "BBC NEWS" in [n for _, n, _ in speakers(text)]


def test_described_speaker_named_after_a_title() -> None:
    text = (
        '"It is never too late," said the study\'s lead author, Dr. Hana Lund, '
        "a neurologist at Turku University."
    )
    ((mention, name, role),) = speakers(text)
    assert (mention, name) == ("the study's lead author", "Hana Lund")
    assert role == "neurologist at Turku University"


def test_sentence_opener_is_no_part_of_an_owner_role() -> None:
    text = (
        "But Labour's transport spokeswoman, Jo Whitmore, disagreed.\n\n"
        "'This is bad,' Ms Whitmore said."
    )
    assert speakers(text) == [("Ms Whitmore", "Jo Whitmore", "Labour's transport spokeswoman")]


def test_another_role_before_a_name() -> None:
    text = 'Another analyst, Jo Weber of Kessler Bank, was gloomy.\n\n"It is broken," Weber said.'
    assert speakers(text) == [("Weber", "Jo Weber", "analyst")]


def test_a_pronoun_never_stands_for_a_place() -> None:
    text = 'The shop in Little Harrow has been open for years.\n\n"We are closing," she said.'
    assert speakers(text) == [("she", "she", None)]
    # a first name says it is a person all the same
    text = 'They had a backup choice in Bob Melvin.\n\n"I wanted this," he said.'
    assert speakers(text) == [("he", "Bob Melvin", None)]


def test_a_first_pronoun_may_name_the_person_described_next() -> None:
    text = (
        '"I cannot go on," she said, behind the counter of the shop.\n\n'
        "The owner, Margaret Ellison, took it over in 1989."
    )
    assert speakers(text) == [("she", "Margaret Ellison", "owner")]
    # negative: a cue subject before the pronoun may be what it stands for
    text = (
        "An official said the tax was a bad idea.\n\n"
        '"We oppose it," he said.\n\nHouse Speaker Jim Wright backs it.'
    )
    # (the official, who spoke in the paragraph before, speaks on; not Jim Wright)
    assert speakers(text) == [("he", "An official", None)]
    # negative: a name with no description (a title of a book, say) is not read
    text = '"It is too pro-gay," he said of the Harry Potter books.\n\nThey sold well.'
    assert speakers(text) == [("he", "he", None)]
    # negative: a speaker of their own after it is someone else
    text = '"We will," he said.\n\nNed Price, a State Department spokesman, said: "We are ready."'
    assert speakers(text)[0][1] == "he"
    # negative: once a speaker has spoken, a pronoun does not look ahead
    text = (
        '"We are fine," said the base chief.\n\n"No order," he said.\n\n'
        "The owner, Tom Kent, is a senator."
    )
    assert speakers(text)[1][1] == "the base chief"  # the one described before, not Tom Kent


def test_archbishop_and_presenter_are_roles() -> None:
    text = (
        "Archbishop Samuel Okoye spoke to presenter Linda Moss.\n\n"
        '"Go home," Okoye said.\n\n"Why?" Moss asked.'
    )
    assert speakers(text) == [
        ("Okoye", "Samuel Okoye", "Archbishop"),
        ("Moss", "Linda Moss", "presenter"),
    ]


def test_trades_head_a_speaker_phrase() -> None:
    for noun in ("chef", "councillor", "fisherman", "pharmacist"):
        text = f'Jo Lind spoke.\n\nThe {noun} had told a podcast that food was "a fashion, not a cuisine."'
        assert speakers(text) == [(f"The {noun}", f"The {noun}", None)], noun
    # "the chef" is the one person introduced as a chef
    text = (
        "Celebrity chef Marco Bellini apologised.\n\n"
        'The chef had told a podcast that food was "a fashion, not a cuisine."'
    )
    assert speakers(text) == [("The chef", "Marco Bellini", "Celebrity chef")]


@pytest.mark.parametrize(
    ("sentence", "name", "role"),
    [
        (
            "said Minister for Foreign Affairs Penny Wong.",
            "Penny Wong",
            "Minister for Foreign Affairs",
        ),
        ("Minister for Finance Michael Nolan said.", "Michael Nolan", "Minister for Finance"),
        ("said Speaker of the House Mike Johnson.", "Mike Johnson", "Speaker of the House"),
        (
            "said Secretary of State for Health Wes Streeting.",
            "Wes Streeting",
            "Secretary of State for Health",
        ),
        ("Secretary for Transport Lam Sai-hung said.", "Lam Sai-hung", "Secretary for Transport"),
        (
            "said Governor of the Bank of England Andrew Bailey.",
            "Andrew Bailey",
            "Governor of the Bank of England",
        ),
        (
            "said the Minister for Health, Stephen Donnelly.",
            "Stephen Donnelly",
            "Minister for Health",
        ),
        ("said UN Secretary-General Antonio Guter.", "Antonio Guter", "UN Secretary-General"),
        ("Vice-President Jo Lind said.", "Jo Lind", "Vice-President"),
        # negative: a name and the body after "of" stay apart
        ("said Jo Lind of the Democratic Party.", "Jo Lind", None),
        ("said President Joe Biden of the United States.", "Joe Biden", "President"),
    ],
)
def test_an_office_with_of_or_for_is_the_role(sentence: str, name: str, role: str | None) -> None:
    quote = find_quotes(f'"We will act," {sentence}')[0]
    assert quote.speaker is not None
    assert (quote.speaker.name, quote.speaker.role) == (name, role)


def test_a_spokesman_for_a_body_with_modifiers() -> None:
    for body in (
        "the regional transport authority",
        "the rail operator",
        "the state-owned utility",
    ):
        quote = find_quotes(f'"It was a mistake," a spokesman for {body} said.')[0]
        assert quote.speaker is not None
        assert quote.speaker.mention == f"a spokesman for {body}", body
    # "rail" is a noun there, not the cue "rail against"
    quote = find_quotes('"It was a mistake," the rail operator said.')[0]
    assert quote.speaker is not None
    assert quote.speaker.mention == "the rail operator"


def test_someone_described_by_an_owner_is_named_as_written() -> None:
    quote = find_quotes('"It was a mistake," Lind\'s lawyer said.')[0]
    assert quote.speaker is not None
    assert quote.speaker.name == "Lind's lawyer"
    # negative: an owner's office speaks for the owner
    quote = find_quotes('"It was a mistake," Lind\'s office said.')[0]
    assert quote.speaker is not None
    assert quote.speaker.name == "Lind"


def test_he_or_she_never_stands_for_a_group() -> None:
    text = (
        "Shares fell, investment bankers said.\n\n"
        'The Daiwa officer defended the deal. "It is a museum piece," he said.'
    )
    assert speakers(text)[-1][1] == "he"
    text = (
        "Mayor Jo Lind spoke first. Critics said the plan was late.\n\n"
        '"We will build it," she said.'
    )
    assert speakers(text)[-1][1] == "Jo Lind"


def test_a_noun_before_a_role_is_no_cue() -> None:
    # "press" is a cue ("pressed him"), but not before "secretary"
    text = '"It was a mistake," White House press secretary Karine Lind said.'
    assert speakers(text) == [("Karine Lind", "Karine Lind", "White House press secretary")]
    # negative: "calls critics" still reports
    quote = find_quotes('Lind calls critics "cowards" and moves on.')[0]
    assert quote.speaker is not None
    assert quote.speaker.name == "Lind"


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ('"It was a mistake," Kremlin spokesman Dmitry Pesko told reporters.', "Kremlin spokesman"),
        ('"It was a mistake," IAEA chief Rafael Gross said.', "IAEA chief"),
        ('"It was a mistake," police chief Rafael Gross said.', "police chief"),
        (
            '"It was a mistake," the head of the Atomic Energy Agency, Rafael Gross, said.',
            "head of the Atomic Energy Agency",
        ),
        ('"It was a mistake," one resident, Rafael Gross, said.', "resident"),
        ('"It was a mistake," her counterpart in Ohio, Dr. Sam Pat, said.', "counterpart in Ohio"),
    ],
)
def test_the_role_as_written_before_a_name(text: str, role: str) -> None:
    quote = find_quotes(text)[0]
    assert quote.speaker is not None
    assert quote.speaker.role == role
    # negative: a description that is no person's role gives none
    assert _description(["the", "statement"]) is None


@pytest.mark.parametrize(
    "after",
    [
        "Lind was quoted as saying.",
        "Lind was quoted as saying by the Interfax news agency.",
        "Lind was quoted by Interfax as saying.",
        "Lind has been widely quoted as saying.",
    ],
)
def test_a_passive_report_names_its_subject(after: str) -> None:
    quote = find_quotes(f'"The plan is ready," {after}')[0]
    assert quote.speaker is not None
    assert quote.speaker.mention == "Lind"
    # negative: the agency that quotes is not the speaker
    other = find_quotes('"The plan is ready," Interfax quoted Lind as saying.')[0].speaker
    assert other is not None
    assert other.name == "Lind"
    quoted = find_quotes('State TV quoted Lind as saying the plan was "ready for talks".')[0]
    assert quoted.speaker is not None
    assert quoted.speaker.mention == "Lind"


@pytest.mark.parametrize(
    "rest", ["through a translator", "by phone from Kyiv", "outside the court"]
)
def test_an_inverted_speaker_before_a_phrase(rest: str) -> None:
    quote = find_quotes(f'"We are ready," said Jo Lind {rest}.')[0]
    assert quote.speaker is not None
    assert quote.speaker.mention == "Jo Lind"


def test_two_surnames_joined_by_and_speak_together() -> None:
    text = 'Jo Lind and Tom Kent met on Monday. "We are ready," Lind and Kent said.'
    assert speakers(text) == [("Lind and Kent", "Jo Lind and Tom Kent", None)]
    # not named before, or a firm: the mention as written, with no role
    assert speakers('"We are ready," Lind and Kent said.') == [
        ("Lind and Kent", "Lind and Kent", None)
    ]


def test_a_party_tag_before_an_unclosed_description_is_skipped() -> None:
    text = '"It is a frenzy," Rep. Edward Marks, D-Mass, the chairman of the Finance panel said.'
    assert speakers(text) == [("Rep. Edward Marks", "Edward Marks", "Rep.")]


def test_a_region_glued_before_a_name_is_no_part_of_it() -> None:
    text = (
        "The bank's director for Latin America and the Caribbean Rainer Stek spoke.\n\n"
        '"We will act," Stek said.'
    )
    assert speakers(text)[-1][1] == "Rainer Stek"


def test_an_owner_of_several_words_joins_the_role() -> None:
    text = '"We will compete," Lucky Stores chairman John Lill said in a statement.'
    assert speakers(text) == [("John Lill", "John Lill", "Lucky Stores chairman")]
    text = '"Growth will slow," Acme Bank\'s chief economist Jane Dow wrote in a note.'
    assert speakers(text) == [("Jane Dow", "Jane Dow", "Acme Bank's chief economist")]
    # an owner of several words may end in a role word: "White House", "DTE Energy"
    text = '"Crews are out," DTE Energy spokesperson Cindy Hecht said.'
    assert speakers(text) == [("Cindy Hecht", "Cindy Hecht", "DTE Energy spokesperson")]
    # negative: a participle opening the sentence owns nothing
    text = 'Welcoming Soviet leader Mikhail Gorba, he said: "We are committed."'
    assert all(role is None or not role.startswith("Welcoming") for _, _, role in speakers(text))


def test_a_described_subject_over_a_quote_paragraph_is_its_pronoun() -> None:
    text = (
        '"They never gave up," Rovers manager Phil Hart said.\n\n'
        "City boss Tom Kent was less impressed with the officials.\n\n"
        '"The second goal was offside," he said.'
    )
    assert speakers(text)[-1][1] == "Tom Kent"
    # negative: a caption in the present hands nothing on
    text = (
        '"They never gave up," Rovers manager Phil Hart said.\n\n'
        "Police officer Tom Kent holds up the gun used in the shooting.\n\n"
        '"It works," he said.'
    )
    assert speakers(text)[-1][1] == "Phil Hart"


def test_post_nominals_and_co_titles_are_no_part_of_a_name() -> None:
    text = '"He is ashamed," said Tom Kent KC.\n\n"We were stunned," said Co-author Markus Frei.'
    assert [name for _, name, _ in speakers(text)] == ["Tom Kent", "Markus Frei"]


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ('"We are ready," the head of the ministry, Jo Lind, said.', "head of the ministry"),
        (
            '"We are ready," the spokesman for Iran\'s foreign ministry, Nasser Kanan, said.',
            "spokesman for Iran's foreign ministry",
        ),
    ],
)
def test_a_description_with_a_complement_before_a_name_is_the_role(text: str, role: str) -> None:
    quote = find_quotes(text)[0]
    assert quote.speaker is not None
    assert quote.speaker.role == role
    # negative: a listener in another clause describes no one
    assert _described_before("In a letter to the senator, Jo Lind said so.", 28, 35) is None


@pytest.mark.parametrize(
    "after",
    [
        "That was the message from Jo Lind, the mayor.",
        "Those were the words of Jo Lind, the mayor.",
        "So said Jo Lind, the mayor.",
        "That was how Jo Lind, the mayor, put it.",
        "The warning came from Jo Lind, the mayor.",
    ],
)
def test_a_sentence_after_a_quote_may_name_its_speaker(after: str) -> None:
    text = f'Jo Kent spoke first.\n\n"We will not move." {after}'
    assert speakers(text) == [("Jo Lind", "Jo Lind", "mayor")]


def test_a_sentence_after_a_quote_that_names_no_speaker_hands_on() -> None:
    text = '"We go," Jo Kent said.\n\n"We will not move." That was the end of the talks.'
    assert [name for _, name, _ in speakers(text)] == ["Jo Kent", "Jo Kent"]


@pytest.mark.parametrize(
    ("intro", "mention"),
    [
        ("The coach of the national team, Pete Moran, was blunt.", "the coach"),
        ("Defense attorney Pete Moran spoke to reporters.", "the lawyer"),
        ("Captain Pete Moran agreed with the referee.", "the skipper"),
        ("The secretary-general of the alliance, Pete Moran, spoke.", "the secretary-general"),
    ],
)
def test_a_role_noun_names_the_one_person_so_introduced(intro: str, mention: str) -> None:
    text = f'The match ended 3-0 on Sunday night.\n\n{intro}\n\n"We go on," {mention} said.'
    assert speakers(text)[-1][:2] == (mention, "Pete Moran")
    # negative: two people fit, so the role noun names neither
    two = 'Coach Pete Moran and coach Jo Lind met.\n\nThey argued.\n\n"We go on," the coach said.'
    assert speakers(two)[-1][1] == "the coach"


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ('Defense attorney Mark Brody said: "We will appeal."', "Mark Brody", "Defense attorney"),
        (
            'The jury was out.\n\nForeign minister Jo Lind said: "No."',
            "Jo Lind",
            "Foreign minister",
        ),
        ('Deputy Prosecutor Anna Kowal said: "He lied."', "Anna Kowal", "Deputy Prosecutor"),
        ('Labour MP Diane Carter said: "No."', "Diane Carter", "Labour MP"),
        ('"No," said Diane Carter MP.', "Diane Carter", None),
        ('"No," said Sen. Baker Cook.', "Baker Cook", "Sen."),
    ],
)
def test_role_words_before_a_name_as_written(text: str, name: str, role: str | None) -> None:
    quote = find_quotes(text)[0]
    assert quote.speaker is not None
    assert (quote.speaker.name, quote.speaker.role) == (name, role)
    # negative: a capital inside a sentence opens no role
    inside = find_quotes('He met Defense attorney Mark Brody, who said: "We will appeal."')[0]
    assert inside.speaker is not None
    assert inside.speaker.role == "attorney"


def test_a_pronoun_after_an_object_of_its_gender_is_not_the_subject() -> None:
    text = (
        "Rachel Dunmore testified for a second day on Tuesday.\n\n"
        "Under cross-examination, prosecutor Kevin Ortiz pressed her on emails in which "
        'she described the device as "fully operational."'
    )
    assert speakers(text)[-1][:2] == ("she", "Rachel Dunmore")
    # negative: with no object pronoun, the pronoun inside the report is its subject
    text = (
        "Rachel Dunmore testified for a second day on Tuesday.\n\n"
        'Jo Ortiz said that over five days she had grown "more and more sure."'
    )
    assert speakers(text)[-1][1] == "Jo Ortiz"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            '"We are ready," the ministry said. It added that beds were "enough for now."',
            "the ministry",
        ),
        ('Acme Corp said on Monday it would cut jobs. "We regret this," it said.', "Acme Corp"),
        (
            '"We are at breaking point," the nurses union said. "We need help," they said.',
            "the nurses union",
        ),
        ('"It is late," investment bankers said. "Too late," they said.', "investment bankers"),
    ],
)
def test_it_and_they_stand_for_the_body_that_spoke(text: str, name: str) -> None:
    assert speakers(f"Talks failed on Monday.\n\n{text}")[-1][1] == name


def test_they_after_another_speaker_and_it_for_a_person_stay_unresolved() -> None:
    text = (
        'Talks failed.\n\n"We are at breaking point," Acme Corp said. Jo Lind, a union '
        'leader, said: "No." They said they "will not budge."'
    )
    assert speakers(text)[-1][1] == "They"
    text = 'Talks failed.\n\n"We are ready," Jo Lind said. It added that beds were "enough."'
    assert speakers(text)[-1][1] == "It"
    text = 'Talks failed.\n\n"We are ready," the statement said. "Soon," they said.'
    assert speakers(text)[-1][1] == "they"


def test_an_epithet_names_the_one_person_of_its_paragraph() -> None:
    text = (
        "The match ended late.\n\nReal boss Carlo Ancel admitted defeat. "
        '"They were better," the Italian said.'
    )
    assert speakers(text)[-1][:2] == ("the Italian", "Carlo Ancel")
    # negative: two people named in the paragraph, so the epithet names neither
    text = (
        "The match ended late.\n\nReal boss Carlo Ancel admitted defeat. Luka Mod agreed. "
        '"They were better," the Italian said.'
    )
    assert speakers(text)[-1][1] == "the Italian"
    # negative: the one person of the paragraph is introduced with another nationality
    text = (
        "The match ended late.\n\nSwedish star Jana Lind admitted defeat. "
        '"They were better," the Italian said.'
    )
    assert speakers(text)[-1][1] == "the Italian"


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        (
            'A source close to the prime minister said: "He is furious."',
            "A source close to the prime minister",
        ),
        (
            '"He is furious," a source close to the prime minister said.',
            "a source close to the prime minister",
        ),
        ('An aide to the senator said: "It is done."', "An aide to the senator"),
        (
            'One official with knowledge of the plan said: "It is done."',
            "One official with knowledge of the plan",
        ),
        ('Friends of the singer said: "She is fine."', "Friends of the singer"),
        ('Allies of Mr Johnson said: "It is done."', "Allies of Mr Johnson"),
        (
            'A person familiar with the matter said: "It is done."',
            "A person familiar with the matter",
        ),
        ('"It is done," said a person close to the talks.', "a person close to the talks"),
    ],
)
def test_a_source_linked_to_someone_does_not_stand_for_them(sentence: str, name: str) -> None:
    quote = find_quotes(sentence)[0]
    assert quote.speaker is not None
    assert quote.speaker.name == name
    # negative: an office with "of" before a name is still the role
    quote = find_quotes('Secretary of State Jo Lind said: "It is done."')[0]
    assert quote.speaker is not None
    assert (quote.speaker.name, quote.speaker.role) == ("Jo Lind", "Secretary of State")


def test_came_the_reply_from_names_the_speaker() -> None:
    text = '"Absolutely not," came the swift reply from Jo Lind, the mayor.'
    assert speakers(text) == [("Jo Lind", "Jo Lind", "mayor")]
    # negative: news from a place is no speaker
    assert speakers('"Never," came the news from Paris.') == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            'The Ministry of Health acted.\n\n"We are ready," the ministry said.',
            "Ministry of Health",
        ),
        ('Acme Bank cut its rates.\n\n"We are ready," the bank said.', "Acme Bank"),
        (
            'Shares in Acme Holdings Ltd fell.\n\n"We are ready," the company said.',
            "Acme Holdings Ltd",
        ),
    ],
)
def test_a_body_noun_names_the_one_body_named_before(text: str, name: str) -> None:
    assert speakers(text)[-1][1] == name
    # negative: two companies named, so "the company" names neither
    text = 'Acme Corp bought Bolt Inc.\n\n"We are ready," the company said.'
    assert speakers(text)[-1][1] == "the company"


def test_a_lone_first_name_after_a_description_is_the_name() -> None:
    assert speakers('"He was kind," his wife, Mary, said.') == [("his wife", "Mary", "wife")]
    text = 'Lind\'s daughter, Emma, said: "She never gave up."'
    assert speakers(text) == [("Lind's daughter", "Emma", "Lind's daughter")]
    # negative: a place set off by commas is no first name
    assert speakers('"It was cold," his son, Oslo, said.')[0][1] == "his son"


def test_capitalised_owner_after_a_verb_joins_the_role() -> None:
    text = (
        "Rovers lost again, leaving Rovers boss Phil Hart under pressure.\n\n"
        'City boss Gary Dobbs was pleased. "We were sharp," he said.\n\n'
        'Asked about his job, the Rovers boss added: "I will keep working."'
    )
    quote = find_quotes(text)[-1]
    assert quote.speaker is not None
    assert (quote.speaker.name, quote.speaker.role) == ("Phil Hart", "Rovers boss")
    # "of", "for" and "and" join a longer name: "Kidder Peabody and Co analyst"
    (quote,) = find_quotes('Kidder Peabody and Co analyst Tom Vick said: "It is cheap."')
    assert quote.speaker is not None
    assert quote.speaker.role == "analyst"


@pytest.mark.parametrize(
    "text",
    [
        'Tom Lind spoke first. "No," he said.\n\n'
        'The Speaker, Sir Alan Brook, had to intervene twice. "Order!" he said.',
        'Tom Lind spoke first. "No," he said.\n\n'
        "The judge, Sir Alan Brook, warned jurors not to look online.\n\n"
        '"Try it on the evidence," he said.',
        'Tom Lind spoke first. "No," he said.\n\n'
        "Brook, whose side have won once in ten games, refused to blame anyone.\n\n"
        '"That is on me," he said.',
    ],
)
def test_an_opening_name_set_off_by_commas_hands_on_its_subject(text: str) -> None:
    text = "Rovers boss Alan Brook and Tom Lind met.\n\n" + text
    quote = find_quotes(text)[-1]
    assert quote.speaker is not None
    assert quote.speaker.name == "Alan Brook"


def test_an_opening_set_off_description_needs_a_person_noun() -> None:
    text = (
        'Tom Lind spoke first. "No," he said.\n\n'
        'The plan, Acme Works, was dropped. "It failed," he said.'
    )
    assert find_quotes(text)[-1].speaker.name == "Tom Lind"  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("sentence", "name", "role"),
    [
        (
            'The local MP, Carys Wynne, visited the town and called for "urgent help".',
            "Carys Wynne",
            "local MP",
        ),
        (
            'The local Member of the Senedd, Carys Wynne, said: "We need help."',
            "Carys Wynne",
            "local Member of the Senedd",
        ),
        ('"We need help," said the former Mayor, Carys Wynne.', "Carys Wynne", "former Mayor"),
    ],
)
def test_adjectives_before_a_capitalised_role(sentence: str, name: str, role: str) -> None:
    quote = find_quotes(sentence)[0]
    assert quote.speaker is not None
    assert (quote.speaker.name, quote.speaker.role) == (name, role)


def test_a_body_named_with_resources_or_services_is_no_person() -> None:
    text = (
        "Natural Resources Wales said the river was high.\n\n"
        '"People here have been flooded," she said.'
    )
    assert find_quotes(text)[0].speaker.name != "Natural Resources Wales"  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            'Rovers captain Lee Ash admitted the side was "hurting".\n\n'
            '"We owe the fans," the defender said.',
            "Lee Ash",
        ),
        (
            "Substitute Kofi Mensah scored late, his first goal for the club.\n\n"
            '"I have dreamed of this," the 19-year-old said.',
            "Kofi Mensah",
        ),
        (
            'Striker Daan Veer and Tom Lind scored.\n\n"It was special," the striker said.',
            "Daan Veer",
        ),
    ],
)
def test_an_epithet_names_the_one_person_of_the_paragraph_before(text: str, name: str) -> None:
    quote = find_quotes(text)[-1]
    assert quote.speaker is not None
    assert quote.speaker.name == name


def test_an_epithet_with_two_people_before_names_no_one() -> None:
    text = 'Lee Ash and Tom Lind scored.\n\n"We owe the fans," the defender said.'
    assert find_quotes(text)[-1].speaker.name == "the defender"  # type: ignore[union-attr]


def test_an_age_epithet_is_not_someone_introduced_with_another_age() -> None:
    text = 'Kofi Mensah, 30, scored late.\n\n"I have dreamed of this," the 19-year-old said.'
    assert find_quotes(text)[-1].speaker.name == "the 19-year-old"  # type: ignore[union-attr]


def test_a_quote_set_off_with_the_subject_before_a_later_cue_is_the_subject_s() -> None:
    text = (
        'Tom Lind conceded. "We lost," he said.\n\n'
        'Sam Okoro, a 29-year-old who ran on a promise to "fix City Hall", said he was proud.'
    )
    quote = find_quotes(text)[-1]
    assert quote.speaker is not None
    assert (quote.speaker.name, quote.kind) == ("Sam Okoro", "partial")


@pytest.mark.parametrize(
    ("sentence", "mention"),
    [
        ('The boy\'s family said: "He was kind."', "The boy's family"),
        ('In a statement, the boy\'s family described him as "a kind lad".', "the boy's family"),
        ('Lind\'s family said: "He was kind."', "Lind's family"),
    ],
)
def test_a_family_after_a_possessive_is_a_speaker(sentence: str, mention: str) -> None:
    quote = find_quotes(sentence)[0]
    assert quote.speaker is not None
    assert quote.speaker.mention == mention


def test_british_police_ranks_are_roles() -> None:
    text = (
        "Detective Chief Inspector Mark Holloway spoke on Monday.\n\n"
        "DCI Holloway said officers were searching.\n\n"
        '"We believe this was targeted," he added. "It is early," Det Supt Jo Kent said.'
    )
    assert [q.speaker.name for q in find_quotes(text)] == ["Mark Holloway", "Jo Kent"]  # type: ignore[union-attr]
    text = 'Cllr Sue Mason voted against.\n\n"Once it is gone, it is gone," Cllr Mason said.'
    assert find_quotes(text)[-1].speaker.name == "Sue Mason"  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("sentence", "mention"),
    [
        ('Many protesters carried banners reading "Hands off our pensions".', "Many protesters"),
        ('Thousands marched, many carrying banners reading "Hands off".', "many"),
    ],
)
def test_the_carrier_of_a_sign_is_the_mention_without_the_sign(sentence: str, mention: str) -> None:
    quote = find_quotes(sentence)[0]
    assert quote.speaker is not None
    assert (quote.speaker.mention, quote.speaker.name) == (mention, mention)
    assert sentence[quote.speaker.span.start : quote.speaker.span.end] == mention


def test_a_name_set_off_with_its_office_opens_a_paragraph_for_the_pronoun() -> None:
    text = (
        'Rain Smith said: "Firms will cope."\n\n'
        "Paul Johnson, director of the institute, was blunter. "
        '"This is a big tax rise," he told the BBC.'
    )
    assert find_quotes(text)[-1].speaker.name == "Paul Johnson"  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            'Pop star Lena Marsh quit. "I am done," she wrote.\n\n'
            "Her label, Blue Door Records, said tickets would be refunded.\n\n"
            'In an interview, she said touring was "the best and worst thing".',
            "Lena Marsh",
        ),
        (
            "Speaking in Abuja, Alhaji Abubakar Maigandi said supply had dropped.\n\n"
            '"We get nothing," Maigandi said.',
            "Abubakar Maigandi",
        ),
    ],
)
def test_company_endings_and_honorifics_of_other_englishes(text: str, name: str) -> None:
    assert find_quotes(text)[-1].speaker.name == name  # type: ignore[union-attr]


def test_a_pronoun_after_an_unnamed_spokeswoman_is_hers() -> None:
    text = (
        "Tom Lind, the minister, spoke on Monday.\n\n"
        "A spokeswoman for the ministry said the outage was caused by an update.\n\n"
        '"Our priority was safety," she said.'
    )
    assert find_quotes(text)[-1].speaker.name == "A spokeswoman for the ministry"  # type: ignore[union-attr]
    # someone else speaking since takes the pronoun back
    text = (
        "Ann Berg, the minister, spoke on Monday.\n\n"
        '"No," a spokeswoman said. One trader said prices fell.\n\n'
        '"It is over," she said.'
    )
    # (the trader, who spoke last, in the paragraph before, speaks on)
    assert find_quotes(text)[-1].speaker.name == "One trader"  # type: ignore[union-attr]


def test_a_speaker_noun_with_a_complement_before_a_relative_clause() -> None:
    (quote,) = find_quotes(
        "A senior doctor at a hospital in the north, who asked not to be named because "
        'he was not authorised to speak, described the situation as "chaos".'
    )
    assert quote.speaker is not None
    assert quote.speaker.mention == "A senior doctor at a hospital in the north"


def test_an_opening_owner_before_a_set_off_name() -> None:
    text = (
        'The prosecutor, Monica Reyes, said: "Justice was done."\n\n'
        "The inmate's mother, Linda Carver, wept in the hallway.\n\n"
        '"My son should be alive," she told reporters.'
    )
    assert find_quotes(text)[-1].speaker.name == "Linda Carver"  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ('The judge, Mr Justice Fielding, said: "This was a wicked crime."', "Fielding"),
        ('"No," the spokesman, Mr Lind, said.', "Lind"),
    ],
)
def test_titles_and_a_surname_after_a_description_name_the_speaker(text: str, name: str) -> None:
    quote = find_quotes(text)[0]
    assert quote.speaker is not None
    assert quote.speaker.name == name
    # negative: a place set off by commas names no one
    other = find_quotes('"No," the spokesman, Oslo, said.')[0]
    assert other.speaker is not None
    assert other.speaker.name == "the spokesman"


# --- round 12: unseen styles (health, cricket, Congress, war, trials, schools) ---


@pytest.mark.parametrize(
    ("mention", "name"),
    [
        ("The British Medical Association", "British Medical Association"),
        ("The Department of Health and Social Care", "Department of Health and Social Care"),
        ("The Royal College of Nursing", "Royal College of Nursing"),
    ],
)
def test_a_body_is_named_without_its_article(mention: str, name: str) -> None:
    assert speakers(f'{mention} said it was "deeply concerned".') == [(mention, name, None)]
    # negative: a lone word, a common noun and a party's member keep it
    for kept in ("The Pentagon", "The union", "the Georgia Democrat"):
        assert speakers(f'It rained.\n\n"No," said {kept}.')[0][1] == kept


def test_former_opens_an_owners_role() -> None:
    text = 'Former England captain Mike Vaughn wrote: "Simple as that."'
    assert speakers(text) == [("Mike Vaughn", "Mike Vaughn", "Former England captain")]
    # negative: a capitalised word before the owner that is no prefix stays out
    text = 'It ended. Yesterday England captain Mike Vaughn wrote: "Simple as that."'
    assert "Yesterday" not in (speakers(text)[0][2] or "")


def test_a_response_from_a_name_hands_on_its_speaker() -> None:
    text = (
        'Sen. Maria Cantor said: "That is a business model."\n\n'
        "That drew a sharp response from Sen. Tammy Ruiz, D-N.M. "
        '"When does the fixing start?" she said.'
    )
    assert find_quotes(text)[-1].speaker.name == "Tammy Ruiz"  # type: ignore[union-attr]
    # negative: a name after "from" that is no answer's source
    text = (
        'Sen. Maria Cantor said: "That is a business model."\n\n'
        "The letter came from Sen. Tammy Ruiz, D-N.M. "
        '"When does the fixing start?" she said.'
    )
    assert find_quotes(text)[-1].speaker.name == "Maria Cantor"  # type: ignore[union-attr]


def test_an_age_epithet_after_the_paragraphs_opening_surname() -> None:
    text = (
        "Harry Brook and Joe Root added 174.\n\n"
        'Brook, who fell for 86, admitted he was "gutted". "Lesson learned," the 25-year-old said.'
    )
    assert [q.speaker.name for q in find_quotes(text)] == ["Harry Brook", "Harry Brook"]  # type: ignore[union-attr]
    # negative: a surname inside the quote is no subject
    text = (
        "Peter Serra dubbed himself over footage of Donald Trump.\n\n"
        'Getty Images.\n\n"What if Donald Trump had lessons?" the 43-year-old asked.'
    )
    assert find_quotes(text)[-1].speaker.name != "Donald Trump"  # type: ignore[union-attr]


def test_an_age_with_a_noun_and_the_paragraph_subject_before() -> None:
    text = (
        'Carmen "CeCe" Rivera will leave the drama after playing Detective Ana Morales.\n\n'
        '"It has been the greatest job of my life," the 38-year-old actress said.'
    )
    assert find_quotes(text)[0].speaker.name == "Carmen Rivera"  # type: ignore[union-attr]


def test_a_noun_for_a_person_after_a_capital_is_no_name() -> None:
    text = (
        'Olena Hrytsenko said: "We hid."\n\n'
        'A senior Western diplomat said allies were "seriously worried".\n\n'
        'Back in her kitchen, Ms Hrytsenko swept up glass. "Where would I go?" she said.'
    )
    quotes = find_quotes(text)
    assert quotes[1].speaker.name == "A senior Western diplomat"  # type: ignore[union-attr]
    assert quotes[2].speaker.name == "Olena Hrytsenko"  # type: ignore[union-attr]


def test_an_opening_phrase_before_a_titled_name() -> None:
    text = (
        'Speaker Greg Ferg said: "Order."\n\n'
        "Outside the House, Prime Minister Mark Carn defended his minister. "
        '"She is doing an outstanding job," he told reporters.'
    )
    assert find_quotes(text)[-1].speaker.name == "Mark Carn"  # type: ignore[union-attr]
    # negative: a place after an opening phrase is no speaker
    text = (
        'Chris Murph said: "Yes."\n\n'
        'In that sense, Sandy Hook was a summons. "It was different," he added.'
    )
    assert find_quotes(text)[-1].speaker.name == "Chris Murph"  # type: ignore[union-attr]


def test_a_set_off_opening_with_a_capitalised_or_plural_owner() -> None:
    text = (
        'The European Union said: "Everyone must pay."\n\n'
        "China's lead negotiator, Liu Zhenmin, rejected that. "
        '"Rich countries are responsible," he told reporters.'
    )
    assert find_quotes(text)[-1].speaker.name == "Liu Zhenmin"  # type: ignore[union-attr]
    text = (
        'Coach Sanath Perera said: "We gave them runs."\n\n'
        "The visitors' captain, Dhananjaya de Silva, was more upbeat. "
        '"We can take wickets," he said.'
    )
    speaker = find_quotes(text)[-1].speaker
    assert speaker is not None
    assert (speaker.name, speaker.role) == ("Dhananjaya de Silva", "visitors' captain")


def test_an_object_relative_with_an_appositive_names_its_subject() -> None:
    text = (
        "India, which has resisted calls to phase out coal, warned against what its "
        'environment minister, Bhupender Yadav, described as "climate colonialism".'
    )
    assert speakers(text) == [
        ("its environment minister", "Bhupender Yadav", "environment minister")
    ]
    text = 'The deal, which Irish minister Tom Lind welcomed as "a fair outcome", passed.'
    assert speakers(text)[0][1] == "Tom Lind"
    # negative: a welcome that is no cue ("a welcome message" is the subject)
    text = 'A welcome message read "Hi there, friends of the show."'
    assert speakers(text)[0][0] == "A welcome message"


def test_a_surname_with_a_title_after_a_description_is_the_person_named_before() -> None:
    text = (
        'Mr Ellison\'s barrister, Adam Brody KC, asked: "You were exhausted?"\n\n'
        'Her lawyer, Mr Brody, said the case was "built on coincidence".'
    )
    assert find_quotes(text)[-1].speaker.name == "Adam Brody"  # type: ignore[union-attr]


def test_who_after_a_name_and_its_description() -> None:
    text = (
        "The court also heard from Dr Imran Shah, a consultant pathologist, who said the "
        'levels were "not consistent with any treatment".'
    )
    assert speakers(text) == [("who", "Imran Shah", "consultant pathologist")]


def test_a_family_member_named_by_first_name() -> None:
    text = (
        'Kate Morrison said: "This school is the heart of the village."\n\n'
        'Her son Alfie, seven, said he liked it "because everyone knows everyone".'
    )
    assert speakers(text)[-1] == ("Her son Alfie", "Alfie", "son")
    # negative: a capitalised word after a noun for no relative
    text = 'Her company Acme said it was "ready".'
    assert speakers(text)[0][1] != "Acme" or speakers(text)[0][2] is None


def test_role_words_before_a_set_off_name_after_a_description() -> None:
    text = 'Her boss, transport commissioner Derek Vance, called her "relentless".'
    assert speakers(text) == [("Her boss", "Derek Vance", "transport commissioner")]


def test_a_lone_one_or_another_opening_a_sentence_speaks() -> None:
    text = 'Fans reacted online. One wrote on X: "Not Ana!" Another posted: "End of an era."'
    assert [s[0] for s in speakers(text)] == ["One", "Another"]
    # negative: "read one" after banners is a sign's words
    text = (
        'Tom Lind said it was "bad".\n\n'
        'Protesters marched with banners. "The forest is not for sale," read one.'
    )
    assert [q.text for q in find_quotes(text)] == ["bad"]


def test_a_long_nickname_of_title_case_is_no_quote() -> None:
    text = 'Rivera, nicknamed "the Queen of Tuesday Nights" by critics, said "yes".'
    assert [q.text for q in find_quotes(text)] == ["yes"]
    # negative: "known as" a phrase stays a quote when a cue stands by (PolNeAR)
    text = 'Ms Acosta said the island was known as "the Poorhouse of the Caribbean".'
    assert [q.text for q in find_quotes(text)] == ["the Poorhouse of the Caribbean"]


def test_a_word_inside_a_name_with_a_particle() -> None:
    text = 'Luiz Inacio Lula da Silva spoke.\n\n"History will not forgive us," Lula said.'
    assert speakers(text)[0][1] == "Luiz Inacio Lula da Silva"
    # negative: a show's name gives its host no surname
    text = 'The Rachel Maddow Show aired.\n\n"In any year," Maddow said.'
    assert speakers(text)[0][1] == "Maddow"


def test_continue_reports_only_before_punctuation_saying_or_that() -> None:
    text = (
        'Tom Lind said: "No."\n\n'
        'Aslef said the walkout would continue unless operators made "a serious offer".'
    )
    assert find_quotes(text)[-1].speaker.name == "Aslef"  # type: ignore[union-attr]
    assert speakers('"We will win," he continued.')[0][0] == "he"
    text = 'The narrator continues that, in "Acme\'s America, families get relief."'
    assert speakers(text)[0][0] == "The narrator"


def test_talked_about_and_spoke_of_report() -> None:
    text = 'The former secretary talked about continuing the "progress we had".'
    assert speakers(text)[0][0] == "The former secretary"


def test_an_ing_trade_word_in_a_role_before_a_name() -> None:
    text = 'Conservative housing critic Scott Aitch said: "When will she admit it?"'
    assert speakers(text)[0][2] == "Conservative housing critic"


def test_a_name_with_a_particle_and_its_surname_later() -> None:
    text = (
        '"Even modest increases helped," said the study\'s lead author, Dr Borja del Pozo '
        'Cruz.\n\n"We cannot rule it out," Dr del Pozo Cruz said.'
    )
    assert [s[1] for s in speakers(text)] == ["Borja del Pozo Cruz", "Borja del Pozo Cruz"]


def test_analysts_at_a_bank_keep_their_complement() -> None:
    text = 'Stocks fell. Analysts at Acme Bank said equities looked "stretched".'
    assert speakers(text)[0][0] == "Analysts at Acme Bank"


def test_demur_reports() -> None:
    text = (
        'UN chief Ban Ki-moon said "yes".\n\nAsked whether Donald Trump, who has called it '
        'a hoax, could win, Ban demurred.\n\n"There is just one science," he said.'
    )
    assert find_quotes(text)[-1].speaker.name == "Ban Ki-moon"  # type: ignore[union-attr]


def test_a_titled_name_opening_a_paragraph_before_a_pronouns_quote() -> None:
    text = (
        'Battalion chief Marcus Reyes said: "The wind is in charge."\n\n'
        "President Tom Harlan approved a declaration on Sunday. In a post on X, he wrote: "
        '"Help is on the way."'
    )
    assert find_quotes(text)[-1].speaker.name == "Tom Harlan"  # type: ignore[union-attr]
    # negative: a bare name of two words may be a place
    text = (
        'Chris Murph said: "Yes."\n\n'
        'Sandy Hook was a summons. In an interview, he said: "It was different."'
    )
    assert find_quotes(text)[-1].speaker.name == "Chris Murph"  # type: ignore[union-attr]


def test_a_cue_after_a_modal_inside_a_report_is_partial() -> None:
    text = 'Dr Naomi Fielding said the mission could answer "one of the biggest questions".'
    assert [q.kind for q in find_quotes(text)] == ["partial"]
    # negative: a modal cue of its own stays direct
    text = 'Dr Naomi Fielding would answer "one of the biggest questions".'
    assert [q.kind for q in find_quotes(text)] == ["direct"]


def test_a_set_off_first_name_keeps_its_description_for_the_pronoun() -> None:
    text = (
        "Nkosi's colleague, Sipho, who has worked in the park for 20 years, was cautious. "
        '"We have seen good years before," he said.'
    )
    assert speakers(text) == [("he", "Sipho", "Nkosi's colleague")]


def test_initials_own_a_role_before_a_name() -> None:
    text = 'U.N. aid chief Tom Fletch briefed the council. "We need access," he said.'
    assert speakers(text) == [("he", "Tom Fletch", "U.N. aid chief")]


def test_a_described_name_opening_the_sentence_before_a_quote() -> None:
    text = (
        'Anna Berg runs the front. "I talk," she said.\n\n'
        "The kitchen team is young. Sous chef Kemi, 24, joined from college. "
        '"I have learned more here," she said.'
    )
    assert find_quotes(text)[-1].speaker.name == "Kemi"  # type: ignore[union-attr]
    # negative: a bare name there may be a place or a thing
    text = (
        'Anna Berg runs the front. "I talk," she said.\n\n'
        "The kitchen team is young. Sandy Hook was quiet. "
        '"I have learned more here," she said.'
    )
    assert find_quotes(text)[-1].speaker.name == "Anna Berg"  # type: ignore[union-attr]


def test_an_office_and_its_portfolio_before_a_name() -> None:
    text = 'Cabinet member for education Lorraine Pike said it was "incredibly difficult".'
    assert speakers(text)[0][1:] == ("Lorraine Pike", "Cabinet member for education")
    text = 'Former secretary of state Hillary Clint said: "We need steady hands."'
    assert speakers(text)[0][2] == "Former secretary of state"
    # negative: a portfolio that ends in a word for a person is a role of its own
    text = 'A spokesman for housing minister Jo Lind said: "No comment."'
    assert speakers(text)[0][2] == "housing minister"


def test_a_surname_opening_a_paragraph_before_a_pronouns_quote() -> None:
    text = (
        "Joe Root made 143.\n\n"
        'Former captain Michael Vaughan wrote: "Root is great."\n\n'
        'Root needs 1,700 more runs. Asked about the record, he said: "Honestly, no."'
    )
    assert find_quotes(text)[-1].speaker.name == "Joe Root"  # type: ignore[union-attr]


def test_talking_about_reports_after_a_form_of_be() -> None:
    text = 'Tom Perez is already talking about "a fierce urgency" to get things done.'
    assert [q.cue for q in find_quotes(text)] == ["talking about"]
    # negative: an object's participle is no report
    text = (
        "Jen Shank is a worker. When she saw Mr. Trump talking about Carrier on the news, "
        "all she could do was shout ''Yessss!'' at the TV."
    )
    assert speakers(text)[0][1] == "Jen Shank"


# --- round 13: known gaps (places before roles, bodies with function words) ---


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ('It rained. Sri Lanka coach Chris Silverwood said: "We were poor."', "Sri Lanka coach"),
        ('Sri Lankan captain Dasun Shanaka said: "We were poor."', "Sri Lankan captain"),
        ('St. Louis mayor Tina Jones said: "We were poor."', "St. Louis mayor"),
    ],
)
def test_an_honorific_that_opens_a_place_stays_in_the_role(text: str, role: str) -> None:
    assert speakers(text)[0][2] == role
    # negative: before a personal name it is still an honorific
    assert speakers('Sri Chinmoy said: "Peace."') == [("Sri Chinmoy", "Chinmoy", None)]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ('It rained. Save the Children said it was "deeply alarmed".', "Save the Children"),
        ('It rained. "We are alarmed," said Save the Rhino.', "Save the Rhino"),
        ('It rained. Doctors Without Borders said: "We are alarmed."', "Doctors Without Borders"),
        ('It rained. Friends of the Earth said: "This is bad."', "Friends of the Earth"),
        ('It rained. "Rates stay," said the Bank of England.', "Bank of England"),
    ],
)
def test_a_body_with_function_words_keeps_its_whole_name(text: str, name: str) -> None:
    assert speakers(text)[0][1:] == (name, None)


def test_an_adverb_before_the_at_a_sentence_start_opens_no_name() -> None:
    for opener in ("Afterwards", "Separately", "Tonight"):
        text = f'It rained. {opener} the Kremlin said: "We are alarmed."'
        assert speakers(text)[0][0] == "the Kremlin"
    # negative: a role after "the" is no body's name
    assert speakers('It rained. Save the President said: "No."')[0][0] == "the President"


def test_a_role_held_in_a_place_before_a_name() -> None:
    text = 'Senior EC financial expert in Tokyo Tomas de Hora said: "The surplus is too big."'
    assert speakers(text) == [
        ("Tomas de Hora", "Tomas de Hora", "Senior EC financial expert in Tokyo")
    ]
    text = 'It rose. "No," said a correspondent in London Jo Lind, who was there.'
    assert speakers(text)[0][:2] == ("Jo Lind", "Jo Lind")
    # negative: a place alone after the role is the role's
    text = 'It rose. "No," said a correspondent in London.'
    assert speakers(text)[0][0] == "a correspondent"


@pytest.mark.parametrize(
    "company", ["Nippon Steel Corp Ltd", "Acme Holdings Corp.", "Acme Co. Ltd."]
)
def test_the_company_is_the_one_named_with_stacked_legal_forms(company: str) -> None:
    text = f'Shares of {company} fell.\n\n"We expect losses," the company said.'
    assert speakers(text)[0][1] == company
    # negative: two companies leave it unresolved
    text = 'Acme Corp. and Bolt Inc. met.\n\n"We expect losses," the company said.'
    assert speakers(text)[0][1] == "the company"


def test_military_ranks_are_roles() -> None:
    text = 'It ended. "We respond," military spokesman Brigadier Nabil Osman told Reuters.'
    assert speakers(text)[0][1:] == ("Nabil Osman", "Brigadier")
    assert speakers('Cpl. Jo Kent said: "We held."')[0][1:] == ("Jo Kent", "Cpl.")


def test_a_body_named_with_the_keeps_no_article() -> None:
    text = 'It rained. The United Nations said it was "gravely concerned".'
    assert speakers(text)[0][1] == "United Nations"


def test_an_unnamed_speaker_is_the_pronoun_of_its_paragraph() -> None:
    text = (
        'Clara Ayele said: "We need water."\n\n'
        "One aid worker, who asked not to be named, said convoys were turned back. "
        '"They tell us to wait," she said.'
    )
    assert speakers(text)[-1][:2] == ("she", "One aid worker")
    # negative: someone named between is who the pronoun may be
    text = 'Dan Sand said: "We rest."\n\nA reporter asked Sand how he felt. He replied: "Tired."'
    assert speakers(text)[-1][1] == "Dan Sand"
    # negative: a noun of the other gender
    text = 'Ann Berg said: "Go."\n\nA young man said he left. "I ran," she said.'
    assert speakers(text)[-1][1] == "Ann Berg"


def test_the_noun_after_an_unnamed_speaker_is_that_speaker() -> None:
    text = (
        'A senior government official said the cuts were "not up for negotiation."\n\n'
        '"The numbers are the numbers," the official said.'
    )
    assert speakers(text)[-1][:2] == ("the official", "A senior government official")
    # negative: another noun is someone else
    text = 'A senior official said it was "final."\n\n"No," the minister said.'
    assert speakers(text)[-1][1] == "the minister"


def test_it_found_after_a_document_that_spoke() -> None:
    text = (
        'The audit is out. "Managers bypassed the rules," the report states. '
        'It found that staff were chosen "before the job was advertised."'
    )
    assert find_quotes(text)[-1].kind == "partial"
    assert speakers(text)[-1][:2] == ("It", "the report")
    # negative: "it found" after no finder is no cue
    text = 'Police came. "Go," the officer said. It found that the car was "empty".'
    assert [q.cue for q in find_quotes(text)][-1] != "found"


def test_a_weak_cue_after_a_set_off_participle_clause() -> None:
    text = (
        "The agency replied. The agency's response, included as an appendix, reads: "
        '"We accept the findings."'
    )
    assert speakers(text) == [("The agency's", "The agency", None)]


def test_an_age_set_off_after_a_set_off_name() -> None:
    text = (
        'Tom Alvar said: "No."\n\n'
        'Her neighbor, Dale Whit, 71, had refused to evacuate. "Where would I go?" he said.'
    )
    assert speakers(text)[-1][1:] == ("Dale Whit", "neighbor")


def test_according_to_before_a_clause_that_quotes_a_fragment() -> None:
    text = 'According to Mr. Dunford, the analysis showed "fewer than 300 units."'
    assert [q.kind for q in find_quotes(text)] == ["partial"]
    text = 'According to the report, "Managers routinely bypassed rules."'
    assert [q.kind for q in find_quotes(text)] == ["direct"]


def test_an_indefinite_subject_with_adjectives_before_a_saying_clause() -> None:
    text = 'A prominent climate scientist has resigned, saying ministers "ignored our advice."'
    assert speakers(text)[0][0] == "A prominent climate scientist"


def test_a_nationality_epithet_after_the_paragraphs_opening_surname() -> None:
    text = (
        "Carl Alvar beat Luca Sinn in five sets.\n\n"
        'Sinn, the world No. 1, was gracious. "He played better," the Italian told reporters.'
    )
    assert speakers(text)[-1][:2] == ("the Italian", "Luca Sinn")
    # negative: introduced with another nationality
    text = (
        "Swedish star Luca Sinn lost to Carl Alvar.\n\n"
        'Sinn was gracious. "He played better," the Italian told reporters.'
    )
    assert speakers(text)[-1][1] == "the Italian"


def test_a_pronoun_and_a_verb_before_a_colon() -> None:
    text = (
        'Carl Alvar won. His coach, Juan Ferro, said: "Calm."\n\n'
        'Alvar will face Nole Djok. Asked about him, he smiled: "I always learn."'
    )
    assert speakers(text)[-1][:2] == ("he", "Carl Alvar")


def test_a_party_and_a_place_set_off_after_a_name() -> None:
    text = (
        '"Caps cut supply," said Councilman Victor Ruis, R-Staten Island.\n\n'
        'The Staten Island Republican said the bill would "freeze construction."'
    )
    assert speakers(text)[-1][1] == "Victor Ruis"
    # a party is no role
    assert speakers(text)[0][2] == "Councilman"


def test_a_body_with_a_plural_name_word_keeps_no_article() -> None:
    text = 'It spread. The Centers for Disease Control said it was "monitoring".'
    assert speakers(text)[0][1] == "Centers for Disease Control"


def test_an_nyt_style_quote_opening_lower_after_a_clause_is_partial() -> None:
    text = "According to Mr. Dunn, the analysis showed ''fewer than 300 units.''"
    assert [q.kind for q in find_quotes(text)] == ["partial"]


def test_an_age_epithet_with_any_noun_after_it() -> None:
    text = (
        'Wales captain Dafydd Jenks admitted his side were "second best."\n\n'
        '"We did not fire a shot," the 22-year-old lock said.'
    )
    assert speakers(text)[-1][1] == "Dafydd Jenks"


def test_an_age_before_a_name_set_off_after_a_description() -> None:
    text = (
        'Lena Ray said: "Sorry."\n\n'
        'The fan, 16-year-old Chloe Marsh, said she had been "heartbroken."\n\n'
        '"I still love her music," she said.'
    )
    assert [s[1] for s in speakers(text)] == ["Lena Ray", "Chloe Marsh", "Chloe Marsh"]


def test_a_role_noun_opening_a_paragraph_before_a_pronouns_quote() -> None:
    text = (
        '"You betrayed their trust," Judge Carol Webb told Anna Kessler, 38.\n\n'
        'The judge rejected that argument. "It does not excuse it," she said.'
    )
    assert speakers(text)[-1][1:] == ("Carol Webb", "Judge")
    # negative: a noun for a thing opens no subject
    text = (
        '"You betrayed their trust," Judge Carol Webb told Anna Kessler, 38.\n\n'
        'The argument was rejected. "It does not excuse it," she said.'
    )
    assert speakers(text)[-1][1] != "the argument"


def test_an_owner_and_a_noun_for_a_person_open_a_subject() -> None:
    text = 'The Senate\'s top Republican on Tuesday dismissed a plan, calling it "a spree."'
    assert speakers(text)[0][0] == "The Senate's top Republican"
    # negative: an owner before a noun for a thing is no subject of its own
    text = 'The Senate\'s vote on Tuesday ended a plan, calling it "a spree."'
    assert speakers(text)[0][0] == "The Senate's"


def test_a_quote_without_a_subject_keeps_its_own_cue_and_kind() -> None:
    text = (
        'The university said it "respects the right to protest" but warned that '
        'disruption of classes "will not be tolerated."'
    )
    quotes = find_quotes(text)
    assert [(q.cue, q.kind) for q in quotes] == [("said", "partial"), ("warned", "partial")]
    assert [q.speaker.mention for q in quotes] == ["The university"] * 2  # type: ignore[union-attr]


def test_a_nationality_opening_a_paragraph_before_a_pronouns_quote() -> None:
    text = (
        "Kenyan runner Daniel Kiprono won in a course record.\n\n"
        '"He was patient," said his coach, Elijah Mutua.\n\n'
        'The Kenyan will now target the world record. "Maybe," he said.'
    )
    assert speakers(text)[-1][:2] == ("he", "Daniel Kiprono")


# --- round 13: invented stories across beats (every quote checked is named as written) ---

_STORIES_13 = [
    (
        (
            "A former warehouse manager told jurors on Tuesday that he was ordered to shred invoices weeks before auditors arrived.\n\n"
            'Testifying for the prosecution, Daniel Okafor, 47, said his supervisor "made it very clear that the boxes had to disappear."\n\n'
            '"I asked him why, and he said it was none of my business," Okafor told the court.\n\n'
            "Under cross-examination, defense attorney Rachel Stein pressed him on the timeline.\n\n"
            '"You never wrote any of this down, did you?" Stein asked.\n\n'
            '"No, I did not," he replied.\n\n'
            'Judge Harold Minsky twice warned the gallery to stay quiet. "This is not a theater," the judge said.\n\n'
            "Prosecutors say the scheme cost investors more than $40 million. The defendant, Martin Greaves, has pleaded not guilty.\n\n"
            'Outside the courthouse, Greaves\'s lawyer, Paul Castellano, called the testimony "a story built on hindsight."\n\n'
            '"Mr. Okafor has every reason to shift the blame," Castellano said. "The jury will see that."'
        ),
        [
            ("made it very clear", "partial", "Daniel Okafor"),
            ("I asked him why", "direct", "Daniel Okafor"),
            ("You never wrote", "direct", "Rachel Stein"),
            ("No, I did not", "direct", "Daniel Okafor"),
            ("This is not a theater", "direct", "Harold Minsky"),
            ("a story built on hindsig", "partial", "Paul Castellano"),
            ("Mr. Okafor has every", "direct", "Paul Castellano"),
            ("The jury will see that", "direct", "Paul Castellano"),
        ],
    ),
    (
        (
            "Shares of Brightwater Foods Inc. fell 6% on Thursday after the snack maker cut its full-year outlook.\n\n"
            '"We underestimated how quickly shoppers would trade down," chief executive Laura Jennings told analysts on a conference call. "That is on us."\n\n'
            'Jennings said the company would close two plants in Ohio and expected "a tougher second half than anyone here would like."\n\n'
            'One analyst, Mark Feld of Carver Securities, asked whether the cuts went far enough. "Are you still comfortable with the dividend at these levels?" he asked.\n\n'
            '"Absolutely," replied finance chief Omar Haddad. "Our cash position is strong and the board has reaffirmed it."\n\n'
            'Haddad added that pricing "will stay disciplined" through the holidays.\n\n'
            "Brightwater said in a statement that the plant closures would affect about 600 workers.\n\n"
            "\"It's a painful decision, but it's the right one,\" the company said.\n\n"
            'Some investors were unconvinced. "They keep moving the goalposts," said Priya Raman, a portfolio manager at Elmstead Capital, which owns the stock.'
        ),
        [
            ("We underestimated", "direct", "Laura Jennings"),
            ("That is on us", "direct", "Laura Jennings"),
            ("a tougher second half", "partial", "Laura Jennings"),
            ("Are you still comfortabl", "direct", "Mark Feld"),
            ("Absolutely", "direct", "Omar Haddad"),
            ("Our cash position", "direct", "Omar Haddad"),
            ("will stay disciplined", "partial", "Omar Haddad"),
            ("It's a painful decision", "direct", "Brightwater Foods Inc."),
            ("They keep moving", "direct", "Priya Raman"),
        ],
    ),
    (
        (
            "The Prime Minister was accused of 'running scared' of a public inquiry during a bad-tempered session of Prime Minister's Questions.\n\n"
            "Labour leader Keir Harmon said families had waited 'long enough for the truth'.\n\n"
            "'Will he finally stand at that dispatch box and commit to a full, independent inquiry?' Mr Harmon asked.\n\n"
            "Prime Minister Richard Sunley replied: 'The honourable gentleman knows perfectly well that we have already set out a timetable.'\n\n"
            "He added: 'We will not be lectured by a party that voted against every penny of this funding.'\n\n"
            "The Speaker, Sir Lionel Hoyle, intervened to call for order. 'Members will calm down,' he said.\n\n"
            "Liberal Democrat MP Sarah Olney later told reporters the exchanges were 'embarrassing for everyone involved'.\n\n"
            "A Downing Street spokesman said: 'The Prime Minister has been clear on this.'"
        ),
        [
            ("long enough for the trut", "partial", "Keir Harmon"),
            ("Will he finally stand", "direct", "Keir Harmon"),
            ("The honourable gentleman", "direct", "Richard Sunley"),
            ("We will not be lectured", "direct", "Richard Sunley"),
            ("Members will calm down", "direct", "Lionel Hoyle"),
            ("embarrassing for everyon", "partial", "Sarah Olney"),
            ("The Prime Minister has b", "direct", "A Downing Street spokesman"),
        ],
    ),
    (
        (
            'Harlow Town manager Steve Brannigan hailed his side\'s "character" after they came from two goals down to beat Redbridge 3-2 on Saturday.\n\n'
            '"At half-time I told them nobody leaves this dressing room feeling sorry for themselves," Brannigan said. "They responded brilliantly."\n\n'
            "Striker Jamal Osei scored twice in the final 15 minutes, including a stoppage-time winner.\n\n"
            '"I just wanted to get in the box and gamble," said the 28-year-old, who joined on loan in January. "The gaffer kept telling us it would come."\n\n'
            'Redbridge boss Alan Pryce was less impressed with the officiating. "The second goal is offside by a yard," he said. "Everyone in the ground saw it except the one man who matters."\n\n'
            "Pryce, whose side have now lost four in a row, insisted he was not worried about his job. \"I've been in this game 30 years. You don't panic after a bad month,\" he said.\n\n"
            'Goalkeeper Tom Ellery, 19, making his first start, admitted he was "gutted" with the winner.'
        ),
        [
            ("character", "partial", "Steve Brannigan"),
            ("At half-time", "direct", "Steve Brannigan"),
            ("They responded", "direct", "Steve Brannigan"),
            ("I just wanted", "direct", "Jamal Osei"),
            ("The gaffer kept", "direct", "Jamal Osei"),
            ("The second goal", "direct", "Alan Pryce"),
            ("Everyone in the ground", "direct", "Alan Pryce"),
            ("I've been in this game", "direct", "Alan Pryce"),
            ("gutted", "partial", "Tom Ellery"),
        ],
    ),
    (
        (
            "People who walk at least 7,000 steps a day have a markedly lower risk of early death, according to a large study published on Wednesday in The Lancet Public Health.\n\n"
            'The researchers, who pooled data from 57 studies across 14 countries, wrote that the benefits "plateaued at around 9,000 steps for older adults."\n\n'
            '"The message is simple: every extra step counts, up to a point," said lead author Dr. Melanie Ortiz, an epidemiologist at the University of Sydney.\n\n'
            'Ortiz cautioned that the data were observational. "We can\'t say for certain that walking causes the lower risk," she said. "But the association is remarkably consistent."\n\n'
            'Experts not involved in the work welcomed it. Prof. Henrik Dahl of the Karolinska Institute called the findings "robust and reassuring."\n\n'
            '"Ten thousand steps was always a marketing number," Dahl said, "so it\'s nice to finally have real evidence."\n\n'
            'In their paper, the authors noted that "most participants were from high-income countries, which limits how widely the results apply."'
        ),
        [
            ("plateaued at around", "partial", "The researchers"),
            ("The message is simple", "direct", "Melanie Ortiz"),
            ("We can't say for certain", "direct", "Melanie Ortiz"),
            ("But the association", "direct", "Melanie Ortiz"),
            ("robust and reassuring", "partial", "Henrik Dahl"),
            ("Ten thousand steps", "direct", "Henrik Dahl"),
            ("so it's nice to finally", "direct", "Henrik Dahl"),
            ("most participants were", "partial", "the authors"),
        ],
    ),
    (
        (
            "Quillon, the smart-home startup, quietly disabled a feature that let its doorbells share footage with local police, the company confirmed on Monday.\n\n"
            '"We heard from customers that they wanted more control, and we agreed," a Quillon spokesperson told The Verge in an email.\n\n'
            'The change came a week after privacy advocates published a letter calling the program "surveillance by default."\n\n'
            '"This is a welcome first step, but it\'s only a first step," said Evan Tolliver, a staff technologist at the Digital Rights Project. "Users should never have been opted in."\n\n'
            'Quillon co-founder Marisa Keel defended the original design in a post on LinkedIn. "Every request required a warrant or a user\'s consent," she wrote. "We never handed anything over in secret."\n\n'
            'A Google spokesperson, asked whether its Nest cameras had a similar program, said the company "does not give anyone access to user video without a valid legal request."\n\n'
            'Analysts said the reversal could cost Quillon partners. "Police departments liked this. Now they\'ll look elsewhere," said Dana Whitcombe, who follows the smart-home industry for Harlan Research.'
        ),
        [
            ("We heard from customers", "direct", "a Quillon spokesperson"),
            ("This is a welcome first ", "direct", "Evan Tolliver"),
            ("Users should never", "direct", "Evan Tolliver"),
            ("Every request required", "direct", "Marisa Keel"),
            ("We never handed", "direct", "Marisa Keel"),
            ("does not give anyone", "partial", "A Google spokesperson"),
            ("Police departments liked", "direct", "Dana Whitcombe"),
        ],
    ),
    (
        (
            "KHARTOUM (AFP) - Fighting flared again on the outskirts of the Sudanese capital on Sunday, residents said, despite a ceasefire announced two days earlier.\n\n"
            '"The shelling started at dawn and has not stopped," Ahmed Suleiman, a teacher in the Bahri district, told AFP by phone. "We are hiding under the stairs."\n\n'
            'A spokesman for the paramilitary forces, speaking on condition of anonymity because he was not authorised to brief the media, said the army had "broken the truce first."\n\n'
            'The army denied the claim. "Our forces are only responding to attacks," military spokesman Brigadier Nabil Osman told Reuters.\n\n'
            'The United Nations said it was "gravely concerned" about civilians trapped in the area.\n\n'
            '"People are running out of water and medicine," said Clementine Ayele, the UN\'s humanitarian coordinator for Sudan. "We need safe corridors, and we need them today."\n\n'
            'One aid worker, who asked not to be named, said convoys had been turned back twice. "They tell us to wait, and then they tell us to wait again," she said.'
        ),
        [
            ("The shelling started", "direct", "Ahmed Suleiman"),
            ("We are hiding", "direct", "Ahmed Suleiman"),
            ("broken the truce first", "partial", "A spokesman for the paramilitary forces"),
            ("Our forces are only", "direct", "Nabil Osman"),
            ("gravely concerned", "partial", "United Nations"),
            ("People are running out", "direct", "Clementine Ayele"),
            ("We need safe corridors", "direct", "Clementine Ayele"),
            ("They tell us to wait", "direct", "One aid worker"),
        ],
    ),
    (
        (
            "The inspector general's report, released on Thursday, paints an unflattering picture of the agency's hiring practices.\n\n"
            '"Managers routinely bypassed competitive procedures when filling senior positions," the report states. It found that in at least 14 cases, candidates were chosen "before the job was ever advertised."\n\n'
            'The agency\'s response, included as an appendix, reads: "We accept the findings and have already begun corrective action."\n\n'
            'In a court filing last month, a group of former employees alleged the practice was "an open secret for years." The filing reads, in part: "Applicants who raised concerns were told to withdraw or be blacklisted."\n\n'
            'Senator Ruth Calloway, who requested the review, said the findings were "damning."\n\n'
            '"This is exactly what we suspected," Calloway said in a statement. "Now we need accountability, not another memo."\n\n'
            "The agency's director, Philip Marsh, did not respond to a request for comment."
        ),
        [
            ("We accept the findings", "direct", "The agency"),
            ("an open secret for years", "partial", "a group of former employees"),
            ("damning", "partial", "Ruth Calloway"),
            ("This is exactly what", "direct", "Ruth Calloway"),
            ("Now we need accountabili", "direct", "Ruth Calloway"),
        ],
    ),
    (
        (
            "The former president lashed out at the judge overseeing his case in a late-night post on Truth Social.\n\n"
            '"This is a RIGGED trial run by a highly partisan judge who HATES me!" he posted shortly after midnight.\n\n'
            'Hours later, Rep. Alicia Montero, a Democrat from California, responded on X: "Attacking judges is not a legal strategy. It\'s a threat."\n\n'
            'The post drew thousands of replies. One user wrote: "Just let the court do its job." Another posted a single word: "Enough."\n\n'
            'Legal experts warned the attacks could backfire. "Judges don\'t take kindly to being called names in public," said Marcus Bell, a former federal prosecutor who now teaches at Georgetown. "It can come up at sentencing."\n\n'
            "A spokesperson for the court declined to comment.\n\n"
            'Later on Friday, the former president doubled down. "I will say what I want, when I want," he told supporters at a rally in Ohio. "They can\'t silence me."'
        ),
        [
            ("Attacking judges is not", "direct", "Alicia Montero"),
            ("Just let the court", "direct", "One user"),
            ("Enough", "direct", "Another"),
            ("Judges don't take kindly", "direct", "Marcus Bell"),
            ("It can come up at senten", "direct", "Marcus Bell"),
        ],
    ),
    (
        (
            "Novelist Imogen Teale's new book, her first in eight years, is a thriller set in a flooded London. She spoke to us about grief, rain and writer's block.\n\n"
            "What took so long?\n\n"
            '"Honestly? I lost my nerve," Teale says, laughing. "I wrote three books in that time and threw every one of them away."\n\n'
            "Why a flood?\n\n"
            '"I grew up near the Thames, and my mother used to say the river was always deciding whether to forgive us," she says. "That line stayed with me."\n\n'
            'Her editor, Jonah Pike, recalls receiving the manuscript. "I read it in one sitting, on a train, and missed my stop," he tells me.\n\n'
            'Teale is less sure. "Every book feels like a failure until someone else reads it," she admits.\n\n'
            "Does she read her reviews?\n\n"
            '"Never. Well, sometimes. Only the bad ones," she says.'
        ),
        [
            ("Honestly? I lost my nerv", "direct", "Imogen Teale"),
            ("I wrote three books", "direct", "Imogen Teale"),
            ("I grew up near the Thame", "direct", "Imogen Teale"),
            ("That line stayed", "direct", "Imogen Teale"),
            ("I read it in one sitting", "direct", "Jonah Pike"),
            ("Every book feels", "direct", "Imogen Teale"),
            ("Never. Well, sometimes", "direct", "Imogen Teale"),
        ],
    ),
    (
        (
            "Detectives investigating the fatal stabbing of a teenager in east London have arrested two men, police said on Sunday.\n\n"
            'Det. Sgt. Amanda Pryor of the Metropolitan Police said officers were "following a number of strong leads."\n\n'
            '"We understand how frightened the community is," she said. "I would urge anyone with dashcam footage to come forward."\n\n'
            "A police spokeswoman said the two men, aged 19 and 22, remained in custody.\n\n"
            'The victim\'s uncle, Kwame Mensah, described his nephew as "a gentle boy who loved football."\n\n'
            '"He was going to the shop. That\'s all. He was going to the shop," Mr Mensah said, his voice breaking.\n\n'
            'One neighbour, who did not want to be named, said she heard shouting shortly before 11pm. "Then it went very quiet," she said.'
        ),
        [
            ("following a number of st", "partial", "Amanda Pryor"),
            ("We understand how fright", "direct", "Amanda Pryor"),
            ("I would urge anyone", "direct", "Amanda Pryor"),
            ("a gentle boy who loved f", "partial", "Kwame Mensah"),
            ("He was going to the shop", "direct", "Kwame Mensah"),
            ("Then it went very quiet", "direct", "One neighbour"),
        ],
    ),
    (
        (
            'Floodwaters began to recede across the Central Valley on Tuesday, but officials warned that levees remained "dangerously saturated."\n\n'
            '"We are not out of the woods," said Fresno County Sheriff Tom Alvarado at a morning briefing. "Please stay off the roads."\n\n'
            'Maria Lopez, 54, of Fresno, waded back into her home to find the furniture floating. "Thirty years in this house and I\'ve never seen anything like it," she said.\n\n'
            'Her neighbor, Dale Whitaker, 71, had refused to evacuate. "Where would I go?" he said. "This is everything I own."\n\n'
            'The National Weather Service said another storm could arrive by the weekend, bringing "another one to three inches of rain."\n\n'
            "According to the state's Office of Emergency Services, more than 4,000 people were still in shelters.\n\n"
            '"The next 48 hours are critical," said Gov. Elaine Porter, who toured the area by helicopter. "We have crews on every levee."'
        ),
        [
            ("dangerously saturated", "partial", "officials"),
            ("We are not out of the wo", "direct", "Tom Alvarado"),
            ("Please stay off the road", "direct", "Tom Alvarado"),
            ("Thirty years in this hou", "direct", "Maria Lopez"),
            ("Where would I go", "direct", "Dale Whitaker"),
            ("This is everything I own", "direct", "Dale Whitaker"),
            ("another one to three inc", "partial", "National Weather Service"),
            ("The next 48 hours are cr", "direct", "Elaine Porter"),
            ("We have crews on every l", "direct", "Elaine Porter"),
        ],
    ),
    (
        (
            "The couple who run the Harbour Bakery disagree about almost everything, including whether to sell it.\n\n"
            '"It\'s time," said Robert Smith, 68, who opened the shop with his wife in 1989. "My knees have made the decision for me."\n\n'
            'His wife, Helen Smith, is not so sure. "Robert says that every winter," she said. "By spring he\'s back at the ovens at four in the morning."\n\n'
            "Mr Smith laughed when told of his wife's remark. \"She's not wrong,\" he said.\n\n"
            'Ms Smith said the couple had received "three serious offers" but had not accepted any.\n\n'
            'Their daughter, Claire, who manages the shop\'s accounts, said she hoped it would stay in the family. "I grew up in that back room," she said.'
        ),
        [
            ("It's time", "direct", "Robert Smith"),
            ("My knees have made", "direct", "Robert Smith"),
            ("Robert says that every w", "direct", "Helen Smith"),
            ("By spring he's back", "direct", "Helen Smith"),
            ("She's not wrong", "direct", "Robert Smith"),
            ("three serious offers", "partial", "Helen Smith"),
            ("I grew up in that back r", "direct", "Claire"),
        ],
    ),
    (
        (
            'Thousands of protesters marched through the capital on Saturday, chanting "No more cuts!" as they passed the finance ministry.\n\n'
            "Organisers said more than 20,000 people took part; police put the figure at 8,000.\n\n"
            '"We\'re here because nurses can\'t pay their rent," said Ines Moreau, a union organiser who travelled from Lyon. "It\'s as simple as that."\n\n'
            'A senior government official, who spoke on condition of anonymity because he was not authorised to discuss the budget, said the cuts were "not up for negotiation."\n\n'
            '"The numbers are the numbers," the official said. "Nobody enjoys this."\n\n'
            'At the rally\'s end, the crowd sang along as a speaker led them in a refrain of "Hands off our hospitals."'
        ),
        [
            ("We're here because nurse", "direct", "Ines Moreau"),
            ("It's as simple as that", "direct", "Ines Moreau"),
            ("not up for negotiation", "partial", "A senior government official"),
            ("The numbers are the numb", "direct", "A senior government official"),
            ("Nobody enjoys this", "direct", "A senior government official"),
        ],
    ),
    (
        (
            "Mayor Linda Cho defended her housing plan on Monday against critics who have called it ''a giveaway to developers.''\n\n"
            "''I've heard the phrase 'giveaway' a hundred times,'' Ms. Cho said at a news conference. ''Not once has anyone shown me the giveaway.''\n\n"
            "The plan, she explained, would require ''at least 20 percent affordable units in every new building over 50 apartments.''\n\n"
            "''What they want,'' she continued, ''is a plan that builds nothing, so nobody can complain.''\n\n"
            "Councilman Ray Dunford, the plan's most vocal opponent, was unmoved. ''The mayor keeps saying 20 percent,'' he said. ''Read the fine print. It's 20 percent of a number she gets to choose.''\n\n"
            "According to Mr. Dunford, the city's own analysis showed ''fewer than 300 new affordable units over five years.''"
        ),
        [
            ("I've heard the phrase", "direct", "Linda Cho"),
            ("Not once has anyone", "direct", "Linda Cho"),
            ("at least 20 percent affo", "partial", "Linda Cho"),
            ("What they want", "direct", "Linda Cho"),
            ("is a plan that builds no", "direct", "Linda Cho"),
            ("The mayor keeps saying", "direct", "Ray Dunford"),
            ("Read the fine print", "direct", "Ray Dunford"),
            ("fewer than 300 new affor", "partial", "Ray Dunford"),
        ],
    ),
    (
        (
            "The head of the regional water board has admitted the utility ignored warnings about ageing pipes for more than a decade.\n\n"
            "In a statement released on Wednesday evening, board chairwoman Gillian Frost said: ‘We got this wrong, and I am sorry.\n\n"
            "‘Our engineers told us in 2013 that the mains under the old town needed replacing. That advice was not acted on.\n\n"
            "‘I have asked for an independent review, and its findings will be published in full.’\n\n"
            "Local councillor Amir Haddad said the apology was ‘welcome but overdue’.\n\n"
            "‘People in the old town have had brown water coming out of their taps for three summers,’ he said. ‘Sorry doesn’t fix that.’\n\n"
            "Ms Frost is due to appear before the council’s scrutiny committee next month."
        ),
        [
            ("We got this wrong", "direct", "Gillian Frost"),
            ("Our engineers told us", "direct", "Gillian Frost"),
            ("I have asked for an inde", "direct", "Gillian Frost"),
            ("welcome but overdue", "partial", "Amir Haddad"),
            ("People in the old town", "direct", "Amir Haddad"),
            ("Sorry doesn", "direct", "Amir Haddad"),
        ],
    ),
    (
        (
            "The defense called its first witness on Thursday: the defendant's former business partner, Gregory Lamb.\n\n"
            'Under questioning by defense lawyer Nina Patel, Lamb said he had never seen his partner "so much as bend a rule."\n\n'
            '"Did you ever see Mr. Hale alter a document?" Patel asked.\n\n'
            '"Never," Lamb said. "Not once in eleven years."\n\n'
            'On cross-examination, Assistant U.S. Attorney Brian Kessler showed Lamb an email in which he had written that Hale "would do anything to close this deal."\n\n'
            '"You wrote that, didn\'t you?" Kessler asked.\n\n'
            '"I did," Lamb replied, "but I meant he worked hard. That\'s all I meant."\n\n'
            'Kessler then read aloud from a second email, in which Lamb wrote: "If anyone asks, we never talked about the audit."\n\n'
            'Lamb paused for several seconds. "I don\'t remember writing that," he said.'
        ),
        [
            ("so much as bend a rule", "partial", "Gregory Lamb"),
            ("Did you ever see Mr. Hal", "direct", "Nina Patel"),
            ("Never", "direct", "Gregory Lamb"),
            ("Not once in eleven years", "direct", "Gregory Lamb"),
            ("would do anything to clo", "partial", "Gregory Lamb"),
            ("You wrote that, didn", "direct", "Brian Kessler"),
            ("I did", "direct", "Gregory Lamb"),
            ("but I meant he worked ha", "direct", "Gregory Lamb"),
            ("If anyone asks, we never", "direct", "Gregory Lamb"),
            ("I don't remember writing", "direct", "Gregory Lamb"),
        ],
    ),
    (
        (
            "When Tomasz Nowak opened his first restaurant in a former bus depot, friends told him he was mad.\n\n"
            '"My mother said, \'Tomasz, nobody will drive out here for soup,\'" he recalled, laughing. "She was wrong, thank God."\n\n'
            'Nowak, 41, now runs four restaurants across the region. He explained that the secret was simple: "Cook what your grandmother cooked, and charge less than you think you should."\n\n'
            'His business partner, Ewa Kowalczyk, put it differently. "Tomasz is the heart," she said. "I am the spreadsheet."\n\n'
            'Kowalczyk, who trained as an accountant, said the group had turned a profit "every single year except the pandemic one."\n\n'
            '"We almost closed in 2020," she continued. "Tomasz wanted to keep paying everyone, and somehow we did."\n\n'
            'Asked about expansion, Nowak shook his head. "Four is enough," he said. "Five would be greedy."'
        ),
        [
            ("My mother said, 'Tomasz", "direct", "Tomasz Nowak"),
            ("She was wrong, thank God", "direct", "Tomasz Nowak"),
            ("Cook what your grandmoth", "direct", "Tomasz Nowak"),
            ("Tomasz is the heart", "direct", "Ewa Kowalczyk"),
            ("I am the spreadsheet", "direct", "Ewa Kowalczyk"),
            ("every single year except", "partial", "Ewa Kowalczyk"),
            ("We almost closed in 2020", "direct", "Ewa Kowalczyk"),
            ("Tomasz wanted to keep pa", "direct", "Ewa Kowalczyk"),
            ("Four is enough", "direct", "Tomasz Nowak"),
            ("Five would be greedy", "direct", "Tomasz Nowak"),
        ],
    ),
    (
        (
            'A prominent climate scientist has resigned from a government advisory panel, saying ministers "treated our advice as a box to tick."\n\n'
            "Professor Hannah Rees, who had served on the panel since 2016, set out her reasons in a letter published on Monday.\n\n"
            '"I can no longer lend my name to a process that ignores its own evidence," she wrote. "The panel\'s recommendations on peatland were dropped without explanation."\n\n'
            'A spokesperson for the environment department said the government was "grateful for Professor Rees\'s service" and remained "fully committed to net zero."\n\n'
            'Rees\'s resignation is the third from the panel this year. Dr. Owen Price, who left in February, told the BBC he "completely understood" her decision.\n\n'
            '"When you feel you\'re being used as cover, you go," he said.'
        ),
        [
            ("treated our advice as a ", "partial", "A prominent climate scientist"),
            ("I can no longer lend my ", "direct", "Hannah Rees"),
            ("The panel's recommendati", "direct", "Hannah Rees"),
            (
                "grateful for Professor R",
                "partial",
                "A spokesperson for the environment department",
            ),
            (
                "fully committed to net z",
                "partial",
                "A spokesperson for the environment department",
            ),
            ("completely understood", "partial", "Owen Price"),
            ("When you feel you're bei", "direct", "Owen Price"),
        ],
    ),
    (
        (
            "Marisol Vega has spent most of her career playing other people's mothers. In her new film, she finally plays the lead.\n\n"
            '"I kept waiting for someone to hand me the script with my name at the top," Vega tells Variety. "Eventually I realized I\'d have to write it myself."\n\n'
            "The film, which she co-wrote with director Paul Henning, premiered at Sundance to a standing ovation.\n\n"
            '"Marisol walked into the audition and the room changed," says Henning, who has known her for fifteen years. "We rewrote half the second act for her."\n\n'
            'The 46-year-old actress admits the reviews have made her nervous. "It\'s lovely, but it\'s also terrifying," she says. "Now people expect something."\n\n'
            "Her co-star, Dev Arora, put it more simply: \"She's the best actor I've ever worked with, and I'm including myself.\""
        ),
        [
            ("I kept waiting for someo", "direct", "Marisol Vega"),
            ("Eventually I realized", "direct", "Marisol Vega"),
            ("Marisol walked into", "direct", "Paul Henning"),
            ("We rewrote half", "direct", "Paul Henning"),
            ("It's lovely, but", "direct", "Marisol Vega"),
            ("Now people expect", "direct", "Marisol Vega"),
            ("She's the best actor", "direct", "Dev Arora"),
        ],
    ),
    (
        (
            "Carlos Alcaraz needed almost four hours to get past Jannik Sinner in a thrilling semi-final on Friday.\n\n"
            '"Honestly, in the fifth set I was just trying to survive," said the Spaniard, who saved two match points. "My legs were gone."\n\n'
            'Sinner, the world No. 1, was gracious in defeat. "He played the big points better. That\'s tennis," the Italian told reporters.\n\n'
            'Alcaraz\'s coach, Juan Carlos Ferrero, said his player had been "mentally incredible" in the tie-break.\n\n'
            '"We talked before the match about staying calm when it gets tight," Ferrero said. "He did exactly that."\n\n'
            'Alcaraz will face Novak Djokovic in Sunday\'s final. Asked about the Serbian, he smiled: "Every time I play Novak I learn something."'
        ),
        [
            ("He played the big points", "direct", "Jannik Sinner"),
            ("mentally incredible", "partial", "Juan Carlos Ferrero"),
            ("We talked before the mat", "direct", "Juan Carlos Ferrero"),
            ("He did exactly that", "direct", "Juan Carlos Ferrero"),
            ("Every time I play Novak", "direct", "Carlos Alcaraz"),
        ],
    ),
    (
        (
            "Health officials are urging parents to check their children's vaccination records after a measles outbreak spread to a third county.\n\n"
            '"Measles is one of the most contagious diseases we know of," said Dr. Keisha Monroe, the state\'s chief medical officer. "One case can become fifty very quickly."\n\n'
            'The Centers for Disease Control and Prevention said in a statement that it was "closely monitoring the situation" and had sent a team to assist.\n\n'
            'In updated guidance, the agency wrote that unvaccinated children exposed to the virus "should stay home for 21 days."\n\n'
            'At a pediatric clinic in Hollis, nurse Beth Carrington said calls had tripled. "Parents are scared, and honestly they should be paying attention," she said.\n\n'
            'Monroe said the outbreak was "entirely preventable."'
        ),
        [
            ("Measles is one of the mo", "direct", "Keisha Monroe"),
            ("One case can become fift", "direct", "Keisha Monroe"),
            ("closely monitoring the s", "partial", "Centers for Disease Control and Prevention"),
            ("Parents are scared", "direct", "Beth Carrington"),
            ("entirely preventable", "partial", "Keisha Monroe"),
        ],
    ),
    (
        (
            "Streamline, the payments company, will cut about 1,200 jobs, or 9% of its workforce, chief executive Aaron Feld told staff on Tuesday.\n\n"
            '"This is the hardest decision I have made since we started the company," Feld wrote in a memo to employees. "I take full responsibility."\n\n'
            'An internal memo seen by Reuters said affected workers would receive "at least 16 weeks of severance."\n\n'
            "The cuts fall most heavily on the sales division, according to a person familiar with the matter who asked not to be identified because the details are private.\n\n"
            '"People found out on Slack, which is just brutal," said one engineer who was laid off. "No call, nothing."\n\n'
            "A Streamline spokeswoman declined to comment beyond the memo."
        ),
        [
            ("This is the hardest deci", "direct", "Aaron Feld"),
            ("I take full responsibili", "direct", "Aaron Feld"),
        ],
    ),
    (
        (
            "A City Council bill that would cap rent increases at rent-stabilized buildings cleared its first hurdle on Wednesday.\n\n"
            '"Tenants in this city are one bad month away from losing their homes," said Councilwoman Grace Lin (D-Queens), the bill\'s sponsor. "This gives them a floor to stand on."\n\n'
            'Opponents were quick to respond. "Every time you cap rents, you get fewer apartments," said Councilman Victor Ruiz, R-Staten Island.\n\n'
            'The Staten Island Republican said the bill would "freeze construction across the outer boroughs."\n\n'
            'Lin dismissed that argument. "We\'ve heard that for forty years," the Queens Democrat said. "The apartments never come."\n\n'
            "The full council is expected to vote next month."
        ),
        [
            ("Tenants in this city", "direct", "Grace Lin"),
            ("This gives them a floor", "direct", "Grace Lin"),
            ("Every time you cap rents", "direct", "Victor Ruiz"),
            ("freeze construction", "partial", "Victor Ruiz"),
            ("We've heard that for for", "direct", "Grace Lin"),
            ("The apartments never com", "direct", "Grace Lin"),
        ],
    ),
    (
        (
            "Margaret Ellery, who ran the village post office in Little Dunmow for 42 years, has died at the age of 91.\n\n"
            '"Mum knew everyone\'s business, but she never once repeated it," said her daughter, Susan Price. "That was her secret."\n\n'
            'Ellery took over the shop from her father in 1958. In a statement, the family said she had died "peacefully at home, surrounded by the people she loved."\n\n'
            'Parish council chairman Derek Holt said the village had lost "its memory."\n\n'
            '"Whenever anyone needed to know who lived where in 1960, you asked Margaret," he said.\n\n'
            'Her grandson, Tom, 19, said she had taught him to count change before he could read. "She\'d make me do it twice," he said, laughing.'
        ),
        [
            ("Mum knew everyone", "direct", "Susan Price"),
            ("That was her secret", "direct", "Susan Price"),
            ("peacefully at home", "partial", "the family"),
            ("its memory", "partial", "Derek Holt"),
            ("Whenever anyone needed", "direct", "Derek Holt"),
            ("She'd make me do it twic", "direct", "Tom"),
        ],
    ),
    (
        (
            "A judge on Friday sentenced a former nurse to 12 years in prison for stealing painkillers from patients at a care home.\n\n"
            '"You betrayed the trust of people who could not speak for themselves," Judge Caroline Webb told Anna Kessler, 38, at Bristol Crown Court.\n\n'
            'Kessler, who had admitted the thefts, wept as the sentence was read. Her barrister, Michael Dunn KC, had argued that she was "in the grip of an addiction she never chose."\n\n'
            'The judge rejected that argument. "Addiction may explain what you did. It does not excuse it," she said.\n\n'
            'Outside court, the daughter of one resident said the sentence "could never be long enough."\n\n'
            'Avon and Somerset Police said in a statement: "We hope today\'s outcome brings some comfort to the families."'
        ),
        [
            ("You betrayed the trust", "direct", "Caroline Webb"),
            ("in the grip of an addict", "partial", "Michael Dunn"),
            ("Addiction may explain", "direct", "Caroline Webb"),
            ("We hope today", "direct", "Avon and Somerset Police"),
        ],
    ),
    (
        (
            'Wales captain Dafydd Jenkins admitted his side had been "second best for 80 minutes" after a heavy defeat to Ireland in Cardiff.\n\n'
            "\"We didn't fire a shot. That's not good enough for this jersey,\" the 22-year-old lock said.\n\n"
            'Head coach Warren Gale was blunter. "We were beaten up physically, and we were beaten up mentally," he told BBC Sport.\n\n'
            'Ireland\'s fly-half, Jack Crowley, was named player of the match. "The boys up front gave me an armchair ride," said the Munster man.\n\n'
            'Gale, whose side face France next weekend, insisted there would be no panic. "We\'ll go back, look hard at ourselves and come out swinging," he said.'
        ),
        [
            ("second best for 80 minut", "partial", "Dafydd Jenkins"),
            ("We didn't fire a shot", "direct", "Dafydd Jenkins"),
            ("We were beaten up physic", "direct", "Warren Gale"),
            ("We'll go back", "direct", "Warren Gale"),
        ],
    ),
    (
        (
            "The pop star Lena Ray has apologised after a video of her mocking a fan went viral.\n\n"
            '"I was tired and I was rude, and there\'s no excuse for that," Ray wrote on Instagram on Tuesday night. "I\'m sorry."\n\n'
            'The fan, 16-year-old Chloe Marsh, told local television she had been "heartbroken" but accepted the apology.\n\n'
            '"I still love her music," she said. "I just hope she\'s nicer to the next person."\n\n'
            "Ray's record label, Northern Lights Records, said in a statement that the singer would donate the proceeds of her next show to an anti-bullying charity.\n\n"
            'Her manager, who asked not to be named, said Ray had been "genuinely shaken" by the reaction.'
        ),
        [
            ("I was tired and I was ru", "direct", "Lena Ray"),
            ("I'm sorry", "direct", "Lena Ray"),
            ("heartbroken", "partial", "Chloe Marsh"),
            ("I still love her music", "direct", "Chloe Marsh"),
            ("I just hope she's nicer", "direct", "Chloe Marsh"),
            ("genuinely shaken", "partial", "Her manager"),
        ],
    ),
    (
        (
            "Two men who share a surname but not, they insist, a family tree are running against each other for mayor of Brookfield.\n\n"
            "\"People keep asking if he's my cousin. He isn't,\" said Paul Turner, a retired firefighter.\n\n"
            "His opponent, Mark Turner, a software developer, laughed at the question. \"I've checked. We're not related, thank goodness,\" he said.\n\n"
            "Paul Turner wants to rebuild the town's pool. Mark Turner wants to cut property taxes.\n\n"
            '"My opponent has good intentions," Mr. Paul Turner said, "but his numbers don\'t add up."\n\n'
            'Asked to respond, Mark Turner said his rival was "living in 1985."'
        ),
        [
            ("People keep asking", "direct", "Paul Turner"),
            ("I've checked", "direct", "Mark Turner"),
            ("My opponent has good", "direct", "Paul Turner"),
            ("but his numbers don't", "direct", "Paul Turner"),
            ("living in 1985", "partial", "Mark Turner"),
        ],
    ),
    (
        (
            "WASHINGTON -- The Senate's top Republican on Tuesday dismissed a Democratic proposal to extend the child tax credit, calling it ''a spending spree dressed up as relief.''\n\n"
            "''We have been down this road before,'' Senator Mitchell Kane of Kentucky told reporters outside the chamber. ''It ends with higher prices for everybody.''\n\n"
            "Democrats were unmoved. Senator Rosa Delgado of New Mexico, the bill's lead sponsor, said Mr. Kane was ''rewriting history.''\n\n"
            "''When we expanded the credit, child poverty fell by almost half,'' she said. ''Those are not my numbers. Those are the Census Bureau's numbers.''\n\n"
            "A senior Democratic aide, speaking on the condition of anonymity to discuss private negotiations, said the party was prepared to ''hold the line'' through the August recess.\n\n"
            "Mr. Kane, for his part, predicted the bill would not reach the floor. ''Not this year,'' he said. ''Maybe not next year either.''"
        ),
        [
            ("We have been down this r", "direct", "Mitchell Kane"),
            ("It ends with higher pric", "direct", "Mitchell Kane"),
            ("rewriting history", "partial", "Rosa Delgado"),
            ("When we expanded the cre", "direct", "Rosa Delgado"),
            ("Those are not my numbers", "direct", "Rosa Delgado"),
            ("hold the line", "partial", "A senior Democratic aide"),
            ("Not this year", "direct", "Mitchell Kane"),
            ("Maybe not next year", "direct", "Mitchell Kane"),
        ],
    ),
    (
        (
            "The chief executive of Britain's largest building society has warned that first-time buyers face ‘the toughest market in a generation’.\n\n"
            "‘Deposits have never been harder to save for, and rents are eating every spare pound,’ said Debra Allingham, who has led Coastline Building Society since 2019.\n\n"
            "Ms Allingham told the Treasury committee that lenders were ‘doing what we can’ but that the government needed to ‘stop tinkering and build homes’.\n\n"
            "Conservative MP Giles Pemberton challenged her figures. ‘Your own lending to first-time buyers is up 12 per cent,’ he said. ‘Is the market really that bad?’\n\n"
            "‘Up from a very low base,’ Ms Allingham replied.\n\n"
            "A Treasury spokesman said: ‘We are committed to helping people onto the housing ladder.’"
        ),
        [
            ("Deposits have never been", "direct", "Debra Allingham"),
            ("doing what we can", "partial", "Debra Allingham"),
            ("stop tinkering and build", "partial", "Debra Allingham"),
            ("Your own lending", "direct", "Giles Pemberton"),
            ("Is the market really", "direct", "Giles Pemberton"),
            ("Up from a very low base", "direct", "Debra Allingham"),
            ("We are committed to help", "direct", "A Treasury spokesman"),
        ],
    ),
    (
        (
            "When the storm knocked out power across the island, Rafael Ortega, a 63-year-old fisherman, moved his family into the church hall.\n\n"
            '"The priest said, \'Bring everyone, bring the dog, bring the grandmother,\'" Ortega said. "So we did."\n\n'
            'His wife, Lucia, was less cheerful. "Three days on a plastic chair," she said. "I am too old for this."\n\n'
            'The island\'s mayor, Beatriz Solano, said crews were working "around the clock" to restore electricity.\n\n'
            '"We will have the hospital back first, then the water plant, then homes," she explained. "I know people are tired. I am tired too."\n\n'
            'Asked when power would return to the north of the island, Solano hesitated. "I would be lying if I gave you a date," she said.'
        ),
        [
            ("The priest said, 'Bring ", "direct", "Rafael Ortega"),
            ("So we did", "direct", "Rafael Ortega"),
            ("Three days on a plastic ", "direct", "Lucia"),
            ("I am too old for this", "direct", "Lucia"),
            ("around the clock", "partial", "Beatriz Solano"),
            ("We will have the hospita", "direct", "Beatriz Solano"),
            ("I know people are tired", "direct", "Beatriz Solano"),
            ("I would be lying", "direct", "Beatriz Solano"),
        ],
    ),
    (
        (
            "Scientists have for the first time recorded a wild orca using a tool, according to a paper published on Thursday in the journal Marine Behaviour.\n\n"
            "The team, led by marine biologist Dr. Ingrid Halvorsen of the University of Tromsø, filmed a female orca pushing a kelp stalk against a rock to dislodge sea urchins.\n\n"
            '"We watched it three times before any of us said a word," Halvorsen said. "Then everyone started talking at once."\n\n'
            'The researchers caution that one observation is not proof of a learned behaviour. "We need to see it again, in other animals, before we can say this is culture," co-author Dr. Samuel Achterberg said.\n\n'
            'Other scientists were intrigued. Dr. Priya Nandakumar, who studies dolphin cognition at the University of Hawaii and was not involved in the research, called the footage "genuinely remarkable."'
        ),
        [
            ("We watched it three time", "direct", "Ingrid Halvorsen"),
            ("Then everyone started ta", "direct", "Ingrid Halvorsen"),
            ("We need to see it again", "direct", "Samuel Achterberg"),
            ("genuinely remarkable", "partial", "Priya Nandakumar"),
        ],
    ),
    (
        (
            "A former aide to the governor testified on Wednesday that she was told to delete text messages days after a subpoena arrived.\n\n"
            'Under oath, Kayla Brennan said her supervisor had instructed her to "clean up" her phone. Asked by committee counsel who that supervisor was, she replied: "The chief of staff, Mr. Novak."\n\n'
            'Novak, through his attorney, denied the account. "Mr. Novak never asked anyone to destroy anything," the attorney, Harold Fisk, said in an email.\n\n'
            'Brennan testified for nearly five hours. At one point, she paused and said, "I knew it was wrong. I did it anyway. I have to live with that."\n\n'
            'Committee chairwoman Denise Oakes called the testimony "deeply troubling" and said the panel would subpoena Novak.'
        ),
        [
            ("clean up", "partial", "Kayla Brennan"),
            ("The chief of staff, Mr. ", "direct", "Kayla Brennan"),
            ("Mr. Novak never asked an", "direct", "Harold Fisk"),
            ("I knew it was wrong", "direct", "Kayla Brennan"),
            ("deeply troubling", "partial", "Denise Oakes"),
        ],
    ),
    (
        (
            'Hundreds of students gathered outside the university\'s administration building on Monday, chanting "Fees must fall!" and "Whose university? Our university!"\n\n'
            '"We have been asking for a meeting since September," said Thandiwe Mokoena, a third-year law student and one of the organisers. "They only listen when we shout."\n\n'
            'The university said in a statement that it "respects the right to peaceful protest" but warned that disruption of classes "will not be tolerated."\n\n'
            'Vice-chancellor Prof. Adrian Coetzee later agreed to meet student leaders on Wednesday. "Dialogue is always better than confrontation," he told the campus newspaper.'
        ),
        [
            ("We have been asking", "direct", "Thandiwe Mokoena"),
            ("They only listen", "direct", "Thandiwe Mokoena"),
            ("Dialogue is always bette", "direct", "Adrian Coetzee"),
        ],
    ),
    (
        (
            "The founder of a popular budgeting app has admitted that the company sold anonymised spending data to hedge funds, after a newsletter revealed the practice.\n\n"
            '"In hindsight, we should have been clearer with users," Jonas Lindqvist wrote in a blog post on Thursday. "That\'s on me."\n\n'
            'Lindqvist, 34, said the data "never included names, account numbers or anything that could identify a person."\n\n'
            'Privacy researcher Amara Okafor was unconvinced. "Anonymised is doing a lot of work in that sentence," she wrote on Bluesky. "Spending patterns are fingerprints."\n\n'
            "In an interview with The Associated Press, Lindqvist said the company would stop selling the data by the end of the month."
        ),
        [
            ("In hindsight, we should", "direct", "Jonas Lindqvist"),
            ("That's on me", "direct", "Jonas Lindqvist"),
            ("never included names", "partial", "Jonas Lindqvist"),
            ("Anonymised is doing a lo", "direct", "Amara Okafor"),
            ("Spending patterns are", "direct", "Amara Okafor"),
        ],
    ),
    (
        (
            'A lorry driver who caused a six-car crash on the M6 told police he had been "looking at the satnav for a second," a court heard.\n\n'
            "Prosecutor Fiona Grant said the defendant, Kevin Holloway, 52, had been travelling at 56mph when he struck the first car.\n\n"
            '"A second at that speed is 25 metres," Ms Grant told the jury. "That is the length of this courtroom, twice."\n\n'
            'Holloway\'s barrister, Rupert Vane, said his client was "devastated" and had not driven since.\n\n'
            "The trial continues."
        ),
        [
            ("A second at that speed", "direct", "Fiona Grant"),
            ("That is the length", "direct", "Fiona Grant"),
            ("devastated", "partial", "Rupert Vane"),
        ],
    ),
    (
        (
            'Tokyo (Reuters) - Japan\'s central bank kept interest rates unchanged on Friday, but its governor signalled that a rise could come "as early as spring."\n\n'
            '"If wages keep rising as we expect, adjusting the degree of easing would be appropriate," Governor Kenji Sato told a news conference.\n\n'
            'Markets reacted calmly. "He gave us a hint, not a promise," said Yuki Tanaka, chief economist at Hoshino Securities in Tokyo.\n\n'
            'Another analyst, speaking on condition of anonymity because of company policy, said the bank was "clearly preparing the ground."'
        ),
        [
            ("If wages keep rising", "direct", "Kenji Sato"),
            ("He gave us a hint", "direct", "Yuki Tanaka"),
            ("clearly preparing the gr", "partial", "Another analyst"),
        ],
    ),
    (
        (
            "The Welsh Government has defended its decision to scrap a planned bypass, despite warnings from business leaders.\n\n"
            "'We cannot keep building roads and pretending the climate crisis isn't happening,' Deputy Climate Change Minister Lee Waters told the Senedd.\n\n"
            "Welsh Conservative transport spokeswoman Natasha Asghar said the move was 'a slap in the face for every commuter stuck in traffic'.\n\n"
            "'They are making life harder for the people who can least afford it,' she added.\n\n"
            "The Federation of Small Businesses said it was 'deeply disappointed' by the decision."
        ),
        [
            ("We cannot keep building ", "direct", "Lee Waters"),
            ("a slap in the face", "partial", "Natasha Asghar"),
            ("They are making life har", "direct", "Natasha Asghar"),
            ("deeply disappointed", "partial", "Federation of Small Businesses"),
        ],
    ),
    (
        (
            'Iran\'s foreign minister warned on Sunday that any attack on its nuclear facilities would be met with "a crushing response," state media reported.\n\n'
            '"Those who play with fire will be burned," Abbas Rahimi was quoted as saying by the official IRNA news agency.\n\n'
            "The minister's remarks, carried live on state television, came a day after Israel's defence minister said all options were \"on the table.\"\n\n"
            'A Western diplomat in Vienna, who asked not to be identified because of the sensitivity of the talks, told Reuters the rhetoric was "mostly for domestic consumption."\n\n'
            '"Both sides know where the red lines are," the diplomat said.'
        ),
        [
            ("Those who play with fire", "direct", "Abbas Rahimi"),
        ],
    ),
    (
        (
            'The prime minister\'s office said in a statement on Friday that he had spoken with the families of the miners and promised "a full and transparent investigation."\n\n'
            '"No family should ever receive the phone call these families received this week," the statement said.\n\n'
            'Union leader Sipho Ndlovu said workers had raised safety concerns "at least six times" since January. "Nobody listened. Now nine men are dead," he told reporters at the mine gate.\n\n'
            'A spokesman for the mining company, Redstone Minerals, said it was cooperating fully with inspectors and would "not speculate on the cause."'
        ),
        [
            ("at least six times", "partial", "Sipho Ndlovu"),
            ("Nobody listened", "direct", "Sipho Ndlovu"),
        ],
    ),
    (
        (
            'Q. You have said the city is "at a tipping point." What do you mean?\n\n'
            "A. I mean that if we don't build 40,000 homes in the next decade, teachers and nurses will simply leave.\n\n"
            "That was how Mayor Olivia Grant put it in an interview this week, her first since winning a second term.\n\n"
            'Grant said the plan would cost "north of two billion dollars" and that she expected pushback from neighbourhood groups.\n\n'
            '"Everyone is in favour of housing, just not on their street," she said. "I understand that. I\'m asking them to think about their kids."'
        ),
        [
            ("north of two billion", "partial", "Olivia Grant"),
            ("Everyone is in favour", "direct", "Olivia Grant"),
            ("I understand that", "direct", "Olivia Grant"),
        ],
    ),
    (
        (
            "Police in Rotterdam have arrested three men suspected of smuggling 400 kilograms of cocaine hidden in a shipment of bananas.\n\n"
            '"This is one of the largest seizures in the port this year," a police spokeswoman, Marieke de Vries, said on Tuesday. "The investigation is continuing."\n\n'
            "De Vries said the men, aged between 28 and 45, were expected to appear before a judge later this week.\n\n"
            'The shipping company said it had "no knowledge whatsoever" of the drugs and was assisting investigators.'
        ),
        [
            ("This is one of the large", "direct", "Marieke de Vries"),
            ("The investigation is con", "direct", "Marieke de Vries"),
        ],
    ),
    (
        (
            'The Kenyan runner who won Sunday\'s marathon in a course record said he had trained "in silence, like a monk" for six months.\n\n'
            '"I switched off my phone. No social media, no news, just running and sleeping," Daniel Kiprop, 26, told reporters after crossing the line in 2:03:41.\n\n'
            'His coach, Elijah Mutua, said Kiprop had been "a different athlete" since moving to a high-altitude camp in Iten.\n\n'
            '"When he arrived he was fast. Now he is patient," Mutua said. "Patience wins marathons."\n\n'
            'The Kenyan will now target the world record in Berlin. "Maybe," he said with a smile. "We will see."'
        ),
        [
            ("I switched off my phone", "direct", "Daniel Kiprop"),
            ("a different athlete", "partial", "Elijah Mutua"),
            ("When he arrived he was f", "direct", "Elijah Mutua"),
            ("Patience wins marathons", "direct", "Elijah Mutua"),
        ],
    ),
]


def test_an_indefinite_document_with_adjectives_speaks() -> None:
    text = 'Feld spoke.\n\nAn internal memo seen by Reuters said staff get "at least 16 weeks."'
    assert speakers(text)[-1][0] == "An internal memo"
    # negative: a verb after a noun for a thing is no document's cue
    text = 'Tom Lind spoke.\n\nThe dispute centers on pay. They criticized the "use it" rule.'
    assert speakers(text)[-1][0] == "They"


_STORIES_14 = [
    (
        (
            "Shares in Harrow Foods fell 7 per cent on Wednesday after the company cut its profit forecast for the second time this year.\n\n"
            '"We see limited upside until volumes recover," Priya Nandakumar, an analyst at Calder Securities, wrote in a note to clients. "The guidance cut looks prudent but overdue."\n\n'
            'The chief executive, Tom Whitby, told investors on a conference call that the company was "not in crisis mode".\n\n'
            '"We have a clear plan and the balance sheet to deliver it," Whitby said.\n\n'
            'Another analyst, Ben Okafor of Northgate Capital, was less forgiving. "Management has lost credibility," he wrote.'
        ),
        [
            ("We see limited upside", "direct", "Priya Nandakumar"),
            ("The guidance cut looks", "direct", "Priya Nandakumar"),
            ("not in crisis mode", "partial", "Tom Whitby"),
            ("We have a clear plan", "direct", "Tom Whitby"),
        ],
    ),
    (
        (
            "The Green candidate, Hannah Rees, won the Eastfield seat by 312 votes after a recount that stretched past 4am.\n\n"
            '"This is a victory for every volunteer who knocked on a door in the rain," Rees told supporters at the count.\n\n'
            'The returning officer, Martin Doyle, said the recount had been requested by the Labour candidate. "Every ballot was checked twice," he said.\n\n'
            'The defeated MP, Gareth Lowe, conceded shortly afterwards. "The voters have spoken and I respect that," Lowe said, before leaving without taking questions.\n\n'
            '"It was tense, but it was fair," said a party organiser who gave only her first name, Megan.'
        ),
        [
            ("This is a victory", "direct", "Hannah Rees"),
            ("Every ballot was checked", "direct", "Martin Doyle"),
            ("The voters have spoken", "direct", "Gareth Lowe"),
            ("It was tense", "direct", "Megan"),
        ],
    ),
    (
        (
            "Waiting times at the city's two main hospitals have reached their highest level since records began, according to figures published on Thursday.\n\n"
            '"I waited eleven hours with a broken wrist," said Ana, a 34-year-old teacher who asked that her surname not be used. "Nobody told us anything."\n\n'
            '"We are doing our best with the staff we have," said a nurse who gave only her first name, Joy. "Some nights there are two of us for thirty patients."\n\n'
            'The hospital trust\'s medical director, Dr Samuel Achebe, said winter pressures had arrived early. "We are opening an extra ward next week," he said.\n\n'
            "Achebe urged people with minor injuries to use walk-in centres instead."
        ),
        [
            ("I waited eleven hours", "direct", "Ana"),
            ("Nobody told us anything", "direct", "Ana"),
            ("We are doing our best", "direct", "Joy"),
            ("Some nights there are", "direct", "Joy"),
            ("We are opening an extra", "direct", "Samuel Achebe"),
        ],
    ),
    (
        (
            "Commuters faced a second day of disruption on Tuesday as train drivers continued their walkout over pay.\n\n"
            '"We did not want to strike, but management left us no choice," the union\'s general secretary, Kevin Marsh, said outside Victoria station.\n\n'
            'At the bus stop outside, nurse Linda Okoye, 52, said her journey had taken three hours. "I am exhausted before my shift even starts," she said.\n\n'
            'The rail operator said it was "disappointed" and urged the union to return to talks.\n\n'
            '"Our door remains open," a spokesperson for the operator said. "We have made a fair offer."\n\n'
            'Marsh said further strikes were "very likely" if no improved offer came by Friday.'
        ),
        [
            ("We did not want to strike", "direct", "Kevin Marsh"),
            ("I am exhausted", "direct", "Linda Okoye"),
            ("Our door remains open", "direct", "a spokesperson for the operator"),
            ("very likely", "partial", "Kevin Marsh"),
        ],
    ),
    (
        (
            "The foreign ministers of the two countries met in Geneva on Monday for the first talks in three years.\n\n"
            '"We came here to listen, not to lecture," the visiting minister, Arkady Volkov, said through an interpreter after the meeting.\n\n'
            'His counterpart, Elena Marsh, described the talks as "frank and useful". "There is a long road ahead, but we have taken the first step," she told reporters.\n\n'
            '"Nothing is agreed until everything is agreed," Volkov added.\n\n'
            'Speaking on BBC Radio 4\'s Today programme on Tuesday, Marsh said she was "cautiously hopeful".'
        ),
        [
            ("We came here to listen", "direct", "Arkady Volkov"),
            ("frank and useful", "partial", "Elena Marsh"),
            ("There is a long road", "direct", "Elena Marsh"),
            ("Nothing is agreed", "direct", "Arkady Volkov"),
            ("cautiously hopeful", "partial", "Elena Marsh"),
        ],
    ),
    (
        (
            "Maya Okonkwo opened her first bakery with a borrowed oven and 200 pounds in savings. Ten years later she runs six shops across the city.\n\n"
            '"I had no idea what I was doing," she says, laughing. "I burnt the first three batches."\n\n'
            'Okonkwo, 41, grew up above her parents\' corner shop in Leeds. "My mother worked seven days a week. That was normal to me," she says.\n\n'
            'Her business partner, Sam Reid, says she still starts most days at 4am. "She is the first in and the last out," Reid says.\n\n'
            '"People think it is romantic," she laughs. "It is mostly flour and invoices."'
        ),
        [
            ("I had no idea", "direct", "Maya Okonkwo"),
            ("I burnt the first", "direct", "Maya Okonkwo"),
            ("My mother worked", "direct", "Maya Okonkwo"),
            ("She is the first in", "direct", "Sam Reid"),
        ],
    ),
    (
        (
            'Rovers manager Steve Collins said his side had been "robbed" after a late penalty decision went against them in Saturday\'s 2-1 defeat.\n\n'
            'Asked whether he would speak to the referee, Collins said: "What is the point? Nothing changes."\n\n'
            'Pressed on his own future, he replied: "I have a contract until 2027 and I intend to see it out."\n\n'
            'Midfielder Jordan Pike, who scored Rovers\' goal, was more measured. "We should have killed the game off before then," the 23-year-old said.\n\n'
            'The opposing manager, Luis Ortega, defended the decision. "It was a clear penalty. I have seen it five times," Ortega told reporters.'
        ),
        [
            ("robbed", "partial", "Steve Collins"),
            ("What is the point", "direct", "Steve Collins"),
            ("I have a contract", "direct", "Steve Collins"),
            ("We should have killed", "direct", "Jordan Pike"),
            ("It was a clear penalty", "direct", "Luis Ortega"),
        ],
    ),
    (
        (
            "The health secretary has defended the government's plans to close three maternity units.\n\n"
            'Speaking on the BBC\'s Today programme, Rachel Hughes said: "We are concentrating expertise where it saves the most lives."\n\n'
            'She told presenter Nick Barton that the changes were "about safety, not money". Barton asked whether mothers would face longer journeys. "Some will, yes," Hughes replied.\n\n'
            'The shadow health secretary, Omar Siddiqui, told Sky News the plans were "a betrayal of rural families".\n\n'
            '"Ministers have not visited a single one of these units," he said.'
        ),
        [
            ("We are concentrating", "direct", "Rachel Hughes"),
            ("about safety, not money", "partial", "Rachel Hughes"),
            ("Some will, yes", "direct", "Rachel Hughes"),
            ("a betrayal of rural", "partial", "Omar Siddiqui"),
            ("Ministers have not visited", "direct", "Omar Siddiqui"),
        ],
    ),
    (
        (
            "Residents have filled the letters page this week with their views on the council's plan to pedestrianise the high street.\n\n"
            "'It will kill off the few shops we have left,' writes Margaret Hale of Church Lane. 'Older people cannot carry shopping from a car park half a mile away.'\n\n"
            "Not everyone agrees. 'At last the council is doing something brave,' writes Daniel Frost. 'My children will be able to cycle to school safely.'\n\n"
            "Councillor Judith Avery, who leads the scheme, told the Gazette: 'We have listened and we will keep listening.'\n\n"
            "She said the trial would run for six months."
        ),
        [
            ("It will kill off", "direct", "Margaret Hale"),
            ("Older people cannot", "direct", "Margaret Hale"),
            ("At last the council", "direct", "Daniel Frost"),
            ("My children will", "direct", "Daniel Frost"),
            ("We have listened", "direct", "Judith Avery"),
        ],
    ),
    (
        (
            "Students at Hillcrest Academy staged a walkout on Friday over the school's new phone ban.\n\n"
            '"They treat us like children," said Year 11 pupil Aisha Bello, 16. "We just want a say."\n\n'
            'The headteacher, Mark Greaves, said the ban had already improved behaviour. "Teachers tell me lessons are calmer," he said in a letter to parents.\n\n'
            'One parent, Claire Dunn, backed the school. "My son sleeps better now," she said.\n\n'
            '"It is a small protest, and they have made their point," Greaves added.'
        ),
        [
            ("They treat us like", "direct", "Aisha Bello"),
            ("We just want a say", "direct", "Aisha Bello"),
            ("Teachers tell me", "direct", "Mark Greaves"),
            ("My son sleeps", "direct", "Claire Dunn"),
            ("It is a small protest", "direct", "Mark Greaves"),
        ],
    ),
    (
        (
            "Follow the latest from the summit below.\n\n"
            '14:05 The prime minister has arrived at the conference centre. Asked by reporters whether a deal was close, he said: "We are getting there."\n\n'
            '14:32 The European Commission president, Ursula Brandt, has struck a more cautious tone. "There are still important gaps on fisheries," she told journalists.\n\n'
            '15:10 A spokesman for the Irish government said talks were "constructive" but warned that the border question was "not yet solved".\n\n'
            '15:47 Brandt again: "I would not book your holidays just yet."'
        ),
        [
            ("There are still important", "direct", "Ursula Brandt"),
            ("constructive", "partial", "A spokesman for the Irish government"),
            ("not yet solved", "partial", "A spokesman for the Irish government"),
        ],
    ),
    (
        (
            "Police have appealed for witnesses after a cyclist was seriously injured in a hit-and-run in Bristol.\n\n"
            "'The driver did not even slow down,' said Helen Carter, who saw the crash from a bus stop. 'I just ran over to help him.'\n\n"
            "Det Sgt Paul Rowe, of Avon and Somerset Police, said the car was a dark blue hatchback. 'Someone knows who was driving,' he said. 'I would urge them to come forward.'\n\n"
            "The cyclist's brother, Imran Shah, said the family were 'devastated'."
        ),
        [
            ("The driver did not", "direct", "Helen Carter"),
            ("I just ran over", "direct", "Helen Carter"),
            ("Someone knows who", "direct", "Paul Rowe"),
            ("I would urge them", "direct", "Paul Rowe"),
            ("devastated", "partial", "Imran Shah"),
        ],
    ),
    (
        (
            "The founder of the delivery start-up Parcelly has said the company will not seek new funding this year.\n\n"
            '"We are profitable in four cities now, and that changes the conversation," Dev Malhotra said on the Founders Weekly podcast.\n\n'
            'He told the host, Anna Price, that investors had "lost patience with growth at any cost". "Frankly, so had I," he said.\n\n'
            'Price asked whether he would sell. "Never say never," Malhotra said, "but not this year."'
        ),
        [
            ("We are profitable", "direct", "Dev Malhotra"),
            ("lost patience with", "partial", "Dev Malhotra"),
            ("Frankly, so had I", "direct", "Dev Malhotra"),
            ("Never say never", "direct", "Dev Malhotra"),
            ("but not this year", "direct", "Dev Malhotra"),
        ],
    ),
    (
        (
            "The president of Brazil met his Chinese counterpart in Beijing on Thursday to sign a series of trade agreements.\n\n"
            '"Our two countries have never been closer," Luiz Pereira said through an interpreter at a joint news conference.\n\n'
            'Speaking through a translator, the Chinese leader, Wang Jun, said the agreements would "benefit both peoples for generations".\n\n'
            '"We welcome our Brazilian friends," Wang said.'
        ),
        [
            ("Our two countries", "direct", "Luiz Pereira"),
            ("benefit both peoples", "partial", "Wang Jun"),
            ("We welcome our Brazilian", "direct", "Wang Jun"),
        ],
    ),
    (
        (
            "Shares in the mining group Kestrel Resources jumped 12 per cent after it reported a surge in copper output.\n\n"
            '"The numbers were well ahead of consensus," analysts at Barclay Hunt wrote in a research note. "We raise our target price to 450p."\n\n'
            'Kestrel\'s chief financial officer, Nadia Rahman, said on a call with analysts that the company expected "another strong half".\n\n'
            'Analyst Tom Greer of Westbridge Securities said in a note that the results were "as good as it gets". "We remain buyers," he added.'
        ),
        [
            ("The numbers were well", "direct", "Barclay Hunt"),
            ("We raise our target", "direct", "Barclay Hunt"),
            ("another strong half", "partial", "Nadia Rahman"),
            ("as good as it gets", "partial", "Tom Greer"),
            ("We remain buyers", "direct", "Tom Greer"),
        ],
    ),
    (
        (
            "Floodwater reached the first floors of dozens of homes in the town overnight as the river burst its banks.\n\n"
            "'We lost everything downstairs,' said a resident who would only give his first name as Tom. 'The water came up in twenty minutes.'\n\n"
            "The Environment Agency's area manager, Fiona Blake, said flood defences had held in most places. 'This was an extraordinary amount of rain,' she said.\n\n"
            "Local MP Richard Lyle called for more investment. 'People here have been promised new defences for a decade,' he said."
        ),
        [
            ("We lost everything", "direct", "Tom"),
            ("The water came up", "direct", "Tom"),
            ("This was an extraordinary", "direct", "Fiona Blake"),
            ("People here have been", "direct", "Richard Lyle"),
        ],
    ),
    (
        (
            "The software maker Brightline beat revenue expectations for the third quarter in a row on Tuesday.\n\n"
            '"Demand for our security products has never been stronger," chief executive Laura Chen told analysts on a conference call.\n\n'
            'Finance chief Mark Davies said the company would buy back $2bn of shares. "We have more cash than we need," he said.\n\n'
            '"It was a clean quarter with no nasty surprises," said Rob Tanaka, an analyst at Pine Street Research.'
        ),
        [
            ("Demand for our security", "direct", "Laura Chen"),
            ("We have more cash", "direct", "Mark Davies"),
            ("It was a clean quarter", "direct", "Rob Tanaka"),
        ],
    ),
    (
        (
            "A former care home manager has been jailed for four years for stealing more than 200,000 pounds from residents.\n\n"
            "Sentencing Karen Holt at Leeds Crown Court, Judge Alan Pryce said: 'You abused the trust of some of the most vulnerable people in society.'\n\n"
            "Holt, 52, of Harrogate, had admitted fraud. Her barrister, Simon Webb, told the court she was 'deeply ashamed'.\n\n"
            "Outside court, the daughter of one victim said: 'No sentence will give my mother back her peace of mind.'"
        ),
        [
            ("You abused the trust", "direct", "Alan Pryce"),
            ("deeply ashamed", "partial", "Simon Webb"),
            ("No sentence will give", "direct", "the daughter of one victim"),
        ],
    ),
    (
        (
            "England head coach Sarah Lyle named an unchanged side on Thursday for the World Cup semi-final against Australia.\n\n"
            '"Why would I change a winning team?" Lyle told a news conference. "They have earned the right to go again."\n\n'
            'Asked about the fitness of her captain, Lyle said Beth Ward had trained fully. "She is fine. Honestly," she insisted.\n\n'
            'Ward, sitting beside her, smiled. "I have never felt better," the 29-year-old said.'
        ),
        [
            ("Why would I change", "direct", "Sarah Lyle"),
            ("They have earned", "direct", "Sarah Lyle"),
            ("She is fine", "direct", "Sarah Lyle"),
            ("I have never felt", "direct", "Beth Ward"),
        ],
    ),
    (
        (
            "The former chancellor Michael Grant has said the government must raise taxes to fund the health service.\n\n"
            '"There is no painless way out of this," Grant told Channel 4 News on Wednesday night. "Anyone who says otherwise is not being straight with you."\n\n'
            'Interviewed on ITV\'s Good Morning Britain the next day, the business secretary, Priya Kapoor, rejected the idea. "We will not balance the books on the backs of working families," she said.'
        ),
        [
            ("There is no painless", "direct", "Michael Grant"),
            ("Anyone who says", "direct", "Michael Grant"),
            ("We will not balance", "direct", "Priya Kapoor"),
        ],
    ),
]


_STORIES_15 = [
    (
        (
            "Rovers came from two goals down to draw 2-2 with Athletic on Saturday, with substitute Kofi Mensah scoring twice in the last ten minutes.\n\n"
            '"I told them at half-time that nobody goes home until we have given everything," Rovers manager Paul Jennings said. "They listened."\n\n'
            'Mensah, 19, was modest about his contribution. "The lads created the chances, I just had to put them away," the teenager said.\n\n'
            "Athletic boss Sean Gallagher was furious with the referee.\n\n"
            '"The second goal was offside by a yard and everyone in the ground saw it," Gallagher told BBC Radio Merseyside. "We were robbed."'
        ),
        [
            ("I told them at half-time", "direct", "Paul Jennings"),
            ("They listened", "direct", "Paul Jennings"),
            ("The second goal was offside", "direct", "Sean Gallagher"),
            ("We were robbed", "direct", "Sean Gallagher"),
        ],
    ),
    (
        (
            "A former care worker told a jury on Tuesday that she had seen the defendant strike a resident on at least two occasions.\n\n"
            'Giving evidence at Leeds Crown Court, Maria Santos said: "I saw him slap Mr Holt across the face. I reported it the same day."\n\n'
            'Under cross-examination, defence barrister Rupert Hale suggested she had a grudge against his client. "That is simply not true," Santos replied.\n\n'
            'Judge Helen Curtis told jurors they must decide the case "on the evidence alone".\n\n'
            "The trial continues."
        ),
        [
            ("I saw him slap", "direct", "Maria Santos"),
            ("That is simply not true", "direct", "Maria Santos"),
            ("on the evidence alone", "partial", "Helen Curtis"),
        ],
    ),
    (
        (
            "The finance minister defended her budget in a heated debate in parliament on Wednesday.\n\n"
            '"This budget protects the most vulnerable while bringing the deficit under control," Finance Minister Karen Walsh told MPs.\n\n'
            'Opposition leader David Moore said the plan was "a tax on working families". "They have broken every promise they made," he said.\n\n'
            'Green MP Fiona Clarke accused the government of ignoring the climate. "There is not one new penny for flood defences," she said.\n\n'
            'Walsh hit back: "The member opposite voted against every flood scheme we proposed."'
        ),
        [
            ("This budget protects", "direct", "Karen Walsh"),
            ("a tax on working families", "partial", "David Moore"),
            ("They have broken every", "direct", "David Moore"),
            ("There is not one new penny", "direct", "Fiona Clarke"),
            ("The member opposite", "direct", "Karen Walsh"),
        ],
    ),
    (
        (
            "People who walk at least 7,000 steps a day have a markedly lower risk of heart disease, according to a study of 40,000 adults published on Monday.\n\n"
            '"The benefits level off after about 9,000 steps, which is good news for people who cannot manage 10,000," said lead author Dr Naomi Fischer of the University of Bristol.\n\n'
            'Prof Alan Reid, a cardiologist who was not involved in the research, called the findings "robust and encouraging". "The message is simple: move more," he said.\n\n'
            'The study said the link held "regardless of age or sex".'
        ),
        [
            ("The benefits level off", "direct", "Naomi Fischer"),
            ("robust and encouraging", "partial", "Alan Reid"),
            ("The message is simple", "direct", "Alan Reid"),
        ],
    ),
    (
        (
            "Shares in Brightline Telecom rose 9 per cent after it reported quarterly profits well above forecasts.\n\n"
            '"This was our strongest quarter in five years," chief executive Laura Kim told analysts on an earnings call. "Customers are coming back."\n\n'
            'Chief financial officer Raj Patel said the company expected costs to fall next year. "We have taken out about 200 million dollars of spending," he said.\n\n'
            'One analyst asked whether price rises would continue. "We have no plans for further increases this year," Kim replied.'
        ),
        [
            ("This was our strongest", "direct", "Laura Kim"),
            ("Customers are coming back", "direct", "Laura Kim"),
            ("We have taken out", "direct", "Raj Patel"),
            ("We have no plans", "direct", "Laura Kim"),
        ],
    ),
    (
        (
            "Hundreds of residents were evacuated overnight as the river burst its banks in three places.\n\n"
            '"The water came up so fast we only had time to grab the dog," said Jean Moffat, 71, who was rescued from her bungalow by boat.\n\n'
            'County fire chief Owen Price said crews had carried out more than 90 rescues. "Please do not drive through flood water," he said. "It takes only a foot of water to float a car."\n\n'
            'The Environment Agency said in a statement that further rain was "likely to cause more flooding on Friday".'
        ),
        [
            ("The water came up", "direct", "Jean Moffat"),
            ("Please do not drive", "direct", "Owen Price"),
            ("It takes only a foot", "direct", "Owen Price"),
            ("likely to cause more flooding", "partial", "Environment Agency"),
        ],
    ),
    (
        (
            "Margaret Ellison, who ran the village post office for 42 years, has died aged 93.\n\n"
            'Her daughter, Susan Ellison, said she would be remembered for her kindness. "Mum knew every family in the village and every dog by name," she said.\n\n'
            'Her grandson Tom added: "She never once closed early, not even in the snow of 1982."\n\n'
            'The parish council said in a statement that the village had "lost one of its great characters".'
        ),
        [
            ("Mum knew every family", "direct", "Susan Ellison"),
            ("She never once closed", "direct", "Tom"),
            ("lost one of its great", "partial", "The parish council"),
        ],
    ),
    (
        (
            "Police are appealing for witnesses after a man was seriously injured in an assault outside a nightclub in the early hours of Sunday.\n\n"
            '"This was a violent and unprovoked attack," Detective Inspector Mark Bryant said in a statement. "We believe a number of people saw what happened."\n\n'
            "A 24-year-old man has been arrested, police said.\n\n"
            '"It was horrible, there was blood everywhere," said one witness, who did not want to be named.'
        ),
        [
            ("This was a violent", "direct", "Mark Bryant"),
            ("We believe a number", "direct", "Mark Bryant"),
            ("It was horrible", "direct", "one witness"),
        ],
    ),
    (
        (
            "NEW DELHI, March 4 (PTI) Union Minister Ravi Shankar Verma on Tuesday said the government would double funding for rural roads.\n\n"
            '"Connectivity is the foundation of development," Verma said while addressing a gathering in the capital.\n\n'
            'He said the scheme would cover "every village with a population above 250".\n\n'
            'Congress leader Anil Mehta termed the announcement "an election gimmick". "Where was this money for the last four years?" Mehta asked.'
        ),
        [
            ("Connectivity is the foundation", "direct", "Ravi Shankar Verma"),
            ("every village with a population", "partial", "Ravi Shankar Verma"),
            ("an election gimmick", "partial", "Anil Mehta"),
            ("Where was this money", "direct", "Anil Mehta"),
        ],
    ),
    (
        (
            "The former president said on Monday that he would not stand again.\n\n"
            '"I have served my country and it is time for others to lead," the former president said in a televised address.\n\n'
            'He added: "I will always be available to give advice if it is wanted."\n\n'
            "Critics said the announcement came too late."
        ),
        [
            ("I have served my country", "direct", "the former president"),
            ("I will always be available", "direct", "the former president"),
        ],
    ),
    (
        (
            "Brazil's Ana Souza won the women's 800 metres in a championship record on Friday night.\n\n"
            '"I felt strong from the gun and I knew nobody could pass me on the last bend," Souza said.\n\n'
            "Kenya's Mary Wanjiru finished second.\n\n"
            '"This medal is for my mother, who taught me to run," the Brazilian said.'
        ),
        [
            ("I felt strong", "direct", "Ana Souza"),
            ("This medal is for my mother", "direct", "Ana Souza"),
        ],
    ),
    (
        (
            "Jordan Blake has been named head of the city's new housing agency.\n\n"
            '"Housing is the single biggest issue our residents raise," Blake said on Thursday.\n\n'
            'She said her first task would be to clear the repair backlog. "Nobody should wait a year to get a broken boiler fixed," she said.'
        ),
        [
            ("Housing is the single", "direct", "Jordan Blake"),
            ("Nobody should wait", "direct", "Jordan Blake"),
        ],
    ),
    (
        (
            "A senior government official who asked not to be named said the talks had stalled over the issue of border checks.\n\n"
            '"Neither side is willing to move, and the deadline is next week," the official said.\n\n'
            'According to a spokesman for the foreign ministry, the minister "remains optimistic" that a deal can be reached.'
        ),
        [
            # (the one described with "A" in the cue's subject before it)
            ("Neither side is willing", "direct", "A senior government official"),
        ],
    ),
    (
        (
            "The health secretary was challenged over waiting lists on the BBC's Today programme on Friday.\n\n"
            '"We are seeing the numbers come down month after month," Health Secretary Anna Price told the programme.\n\n'
            'Asked whether the target would be met, she said: "I am confident that it will."\n\n'
            'Labour\'s health spokesman, Neil Bond, wrote on X: "Another week, another broken promise."'
        ),
        [
            ("We are seeing the numbers", "direct", "Anna Price"),
            ("I am confident that it will", "direct", "Anna Price"),
            ("Another week, another broken", "direct", "Neil Bond"),
        ],
    ),
    (
        (
            "Irish Rail has apologised after commuters were stranded for three hours outside Dublin on Monday evening.\n\n"
            "'It was a shambles from start to finish,' said passenger Ciara Byrne, who was travelling home to Drogheda.\n\n"
            "A spokeswoman for Irish Rail said a signalling fault was to blame. 'We sincerely apologise to all customers affected,' she said.\n\n"
            "Transport Minister Declan Murphy said he had asked for 'a full report' by the end of the week."
        ),
        [
            ("It was a shambles", "direct", "Ciara Byrne"),
            ("We sincerely apologise", "direct", "A spokeswoman for Irish Rail"),
            ("a full report", "partial", "Declan Murphy"),
        ],
    ),
    (
        (
            "TOKYO, June 2 (Kyodo) -- Japan's economy minister said Monday the government would consider fresh stimulus measures if consumer spending continued to weaken.\n\n"
            '"We will respond flexibly and without hesitation," Economy Minister Kenji Sato told a press conference.\n\n'
            'Sato said wage growth was "not yet strong enough" to offset higher prices.'
        ),
        [
            ("We will respond flexibly", "direct", "Kenji Sato"),
            ("not yet strong enough", "partial", "Kenji Sato"),
        ],
    ),
    (
        (
            "SYDNEY (AFP) - Australia's prime minister on Tuesday announced a ban on social media for children under 16.\n\n"
            '"Social media is doing real harm to our kids and I am calling time on it," Prime Minister Mark Doyle told reporters in Canberra.\n\n'
            'Tech industry group DIGI said the ban was "unworkable". "Age verification at this scale has never been done," its managing director, Sunita Rao, said.'
        ),
        [
            ("Social media is doing real harm", "direct", "Mark Doyle"),
            ("unworkable", "partial", "DIGI"),
            ("Age verification at this scale", "direct", "Sunita Rao"),
        ],
    ),
    (
        (
            "Alex Morgan, the head teacher of Riverside Academy, has announced her retirement after 22 years.\n\n"
            '"It has been the privilege of my life," Morgan said in a letter to parents.\n\n'
            'She said she planned to spend more time with her grandchildren. "I will miss the children most of all," she wrote.'
        ),
        [
            ("It has been the privilege", "direct", "Alex Morgan"),
            ("I will miss the children", "direct", "Alex Morgan"),
        ],
    ),
    (
        (
            "The mayor of Kingsbridge was re-elected on Thursday night with 58 per cent of the vote.\n\n"
            '"Tonight the people of this city have chosen hope over fear," Mayor Patricia Lowe told cheering supporters. "We have work to do."\n\n'
            'Her challenger, businessman Greg Foster, conceded before midnight. "The voters have spoken, and I wish her well," he said.\n\n'
            'At a polling station in the east of the city, retired nurse Edna Pike, 80, said she had voted for the mayor "because she fixed the buses".'
        ),
        [
            ("Tonight the people", "direct", "Patricia Lowe"),
            ("We have work to do", "direct", "Patricia Lowe"),
            ("The voters have spoken", "direct", "Greg Foster"),
            ("because she fixed the buses", "partial", "Edna Pike"),
        ],
    ),
    (
        (
            "BEIJING, May 8 (Xinhua) -- China will further open its services sector to foreign investors, a senior commerce official said on Thursday.\n\n"
            '"Opening up is a long-term strategy, not an expedient measure," Vice Minister of Commerce Wang Lei said at a press conference.\n\n'
            'Wang said the country would shorten its negative list "in an orderly manner".'
        ),
        [
            ("Opening up is a long-term", "direct", "Wang Lei"),
            ("in an orderly manner", "partial", "Wang Lei"),
        ],
    ),
    (
        (
            "The defending champion was knocked out of the tournament in straight sets on Wednesday.\n\n"
            '"I just did not feel the ball today," said world number three Elena Petrova, who lost 6-3, 6-2 to qualifier Lucy Hart.\n\n'
            'Hart, ranked 140th, could hardly believe it. "I kept waiting for her to wake up," the 20-year-old said. "She never did."'
        ),
        [
            ("I just did not feel", "direct", "Elena Petrova"),
            ("I kept waiting", "direct", "Lucy Hart"),
            ("She never did", "direct", "Lucy Hart"),
        ],
    ),
    (
        (
            'A long-awaited report into the collapse of the Meadowbank care group has blamed its directors for "wilful blindness".\n\n'
            '"The board was warned repeatedly and chose to do nothing," the report said.\n\n'
            'Unions welcomed the findings. "Our members told them this would happen," said Janet Cole, regional secretary of the GMB.\n\n'
            'A spokesman for the former directors said they "reject the report\'s conclusions".'
        ),
        [
            ("The board was warned", "direct", "the report"),
            ("Our members told them", "direct", "Janet Cole"),
            ("reject the report", "partial", "A spokesman for the former directors"),
        ],
    ),
    (
        (
            "Firefighters battled a blaze at a recycling plant in Salford for more than ten hours.\n\n"
            'Station manager Chris Dunn said: "The fire was very challenging due to the amount of plastic on site."\n\n'
            'Resident Priya Shah, who lives nearby, said: "The smoke was so thick we could not see across the road. My children are coughing."\n\n'
            'Greater Manchester Fire and Rescue Service said in a statement: "Residents should keep windows and doors closed."'
        ),
        [
            ("The fire was very", "direct", "Chris Dunn"),
            ("The smoke was so thick", "direct", "Priya Shah"),
            ("Residents should keep", "direct", "Greater Manchester Fire and Rescue Service"),
        ],
    ),
    (
        (
            "The astronomer who discovered the comet says it could be visible to the naked eye by December.\n\n"
            '"If it survives its pass close to the Sun, it will be spectacular," said Dr Ruth Adeyemi, of the Lowell Observatory.\n\n'
            'Other scientists were more cautious. "Comets are like cats: they have tails and they do exactly what they want," said astronomer Mark Liu.'
        ),
        [
            ("If it survives", "direct", "Ruth Adeyemi"),
            ("Comets are like cats", "direct", "Mark Liu"),
        ],
    ),
    (
        (
            "Ireland's rugby coach has named three uncapped players in his squad for the autumn series.\n\n"
            "'They have earned their chance through their form for their provinces,' head coach Liam Byrne said on Tuesday.\n\n"
            "Captain Conor Walsh welcomed the new faces. 'Competition for places is what drives standards,' the Leinster lock said."
        ),
        [
            ("They have earned", "direct", "Liam Byrne"),
            ("Competition for places", "direct", "Conor Walsh"),
        ],
    ),
    (
        (
            "A man who stole more than £200,000 from his elderly neighbours has been jailed for six years.\n\n"
            'Sentencing him at Bristol Crown Court, Judge Andrew Kerr said: "You preyed on people who trusted you completely."\n\n'
            'In a victim impact statement read to the court, one of the neighbours said she no longer felt "safe in my own home".\n\n'
            'Detective Constable Sarah Lamb said outside court: "I hope this sentence brings some comfort to the victims."'
        ),
        [
            ("You preyed on people", "direct", "Andrew Kerr"),
            ("safe in my own home", "partial", "the neighbours"),
            ("I hope this sentence", "direct", "Sarah Lamb"),
        ],
    ),
    (
        (
            "MELBOURNE - Victoria's premier has defended the state's new housing targets.\n\n"
            '"We make no apology for wanting young people to be able to buy a home," Premier Jacinta Allen-Ward told ABC Radio Melbourne.\n\n'
            'Opposition housing spokesman Tim Reilly said the targets were "a fantasy". "Not one extra home has been built under this plan," Mr Reilly said.'
        ),
        [
            ("We make no apology", "direct", "Jacinta Allen-Ward"),
            ("a fantasy", "partial", "Tim Reilly"),
            ("Not one extra home", "direct", "Tim Reilly"),
        ],
    ),
    (
        (
            "The company's founder gave a rare interview this week.\n\n"
            '"I never wanted to be rich, I wanted to build something useful," Helen Marsh told the Financial Times. "The money was an accident."\n\n'
            'Asked about her successor, Marsh said: "When the time comes, the board will choose. Not me."'
        ),
        [
            ("I never wanted to be rich", "direct", "Helen Marsh"),
            ("The money was an accident", "direct", "Helen Marsh"),
            ("When the time comes", "direct", "Helen Marsh"),
        ],
    ),
    (
        (
            "Two people were killed when a bus overturned on the A9 near Perth on Sunday morning.\n\n"
            'Police Scotland said: "Our thoughts are with the families of those who died."\n\n'
            'A passenger who was treated for minor injuries said the bus had been "going far too fast" before the crash. "I was thrown across the aisle," he said.'
        ),
        [
            ("Our thoughts are with", "direct", "Police Scotland"),
            ("going far too fast", "partial", "A passenger"),
            ("I was thrown across", "direct", "A passenger"),
        ],
    ),
    (
        (
            "Sam Okafor has been appointed chief executive of the national theatre.\n\n"
            '"This building has been part of my life since I was a child," Okafor said. "I want everyone to feel it belongs to them."\n\n'
            'The chair of the board, Lord Patel, said she was "the outstanding candidate".'
        ),
        [
            ("This building has been", "direct", "Sam Okafor"),
            ("I want everyone", "direct", "Sam Okafor"),
            ("the outstanding candidate", "partial", "Patel"),
        ],
    ),
    (
        (
            "Voters in the marginal seat of Hollins Park were still undecided on the eve of the election.\n\n"
            '"They are all the same, they promise the world and deliver nothing," said Dave Hughes, a 58-year-old electrician.\n\n'
            'Student Zara Ahmed, 20, said she would vote for the first time. "I care about rents. Nobody my age can afford to live here," she said.\n\n'
            'At a rally in the town centre, the Conservative candidate, Emma Stone-Hill, said: "Every vote counts."'
        ),
        [
            ("They are all the same", "direct", "Dave Hughes"),
            ("I care about rents", "direct", "Zara Ahmed"),
            ("Every vote counts", "direct", "Emma Stone-Hill"),
        ],
    ),
    (
        (
            "The central bank held interest rates at 4.5 per cent on Thursday, but signalled that cuts could come later in the year.\n\n"
            '"We are not there yet, but we are getting closer," Governor Andrew Bailey-Hart told a news conference.\n\n'
            'According to the bank\'s minutes, two members of the committee had voted for a cut, arguing that inflation was "falling faster than expected".\n\n'
            '"The door is clearly open for a move in May," said Sarah Nguyen, chief economist at Westbridge Bank.'
        ),
        [
            ("We are not there yet", "direct", "Andrew Bailey-Hart"),
            ("falling faster than expected", "partial", "two members"),
            ("The door is clearly open", "direct", "Sarah Nguyen"),
        ],
    ),
    (
        (
            "The Duchess of Carrow opened the new children's ward at St Anne's Hospital on Friday.\n\n"
            '"Every child deserves to be cared for somewhere that feels a little less like a hospital," she said in a short speech.\n\n'
            'Ward sister Grace Adebayo, who has worked at the hospital for 30 years, said: "The children already love the fish tank."\n\n'
            'Eight-year-old patient Leo showed the duchess his drawings. "She said my dragon was the best one," he said.'
        ),
        [
            ("The children already love", "direct", "Grace Adebayo"),
        ],
    ),
    (
        (
            "The tech billionaire has once again attacked the regulator on social media.\n\n"
            '"These people have never built anything in their lives," Victor Crane wrote on X late on Sunday.\n\n'
            'A spokesperson for the Competition Authority declined to comment on the post but said its investigation "will follow the evidence".\n\n'
            'Crane\'s lawyer, Diane Ross, said in an interview with CNBC: "My client will co-operate fully."'
        ),
        [
            ("These people have never", "direct", "Victor Crane"),
            ("will follow the evidence", "partial", "A spokesperson for the Competition Authority"),
            ("My client will co-operate", "direct", "Diane Ross"),
        ],
    ),
    (
        (
            "Amateur astronomer Pat Quinn spotted the supernova from her back garden in County Clare.\n\n"
            '"I thought it was a satellite at first," Quinn said. "Then I checked the charts and there was nothing there."\n\n'
            'Dr Eoin Walsh of Dublin Institute for Advanced Studies said the find was "remarkable". "Professional telescopes missed it for two nights," he said.\n\n'
            "Quinn said she had been watching the sky since she was a child."
        ),
        [
            ("I thought it was a satellite", "direct", "Pat Quinn"),
            ("Then I checked the charts", "direct", "Pat Quinn"),
            ("remarkable", "partial", "Eoin Walsh"),
            ("Professional telescopes missed", "direct", "Eoin Walsh"),
        ],
    ),
    (
        (
            "ISLAMABAD (AFP) - Pakistan's foreign ministry on Monday rejected remarks by a neighbouring country's defence minister as \"irresponsible\".\n\n"
            '"Such statements do nothing to promote peace in the region," ministry spokeswoman Amina Qureshi told a weekly briefing.\n\n'
            'She said Pakistan "desires peaceful relations with all its neighbours".'
        ),
        [
            ("Such statements do nothing", "direct", "Amina Qureshi"),
            ("desires peaceful relations", "partial", "Amina Qureshi"),
        ],
    ),
    (
        (
            "The mother of a teenager who died after taking a pill at a music festival has called for drug testing at all events.\n\n"
            '"If there had been testing, my daughter would still be alive," Karen Doyle told the BBC.\n\n'
            'The festival\'s organisers said in a statement that they were "heartbroken" and would review their safety arrangements.\n\n'
            'A Home Office spokesman said: "We have no plans to change the law."'
        ),
        [
            ("If there had been testing", "direct", "Karen Doyle"),
            ("heartbroken", "partial", "The festival's organisers"),
            ("We have no plans", "direct", "A Home Office spokesman"),
        ],
    ),
]


# --- round 16: invented stories (markets, launches, clinics, crime, weather, schools,
# strikes, royals, summits, war, aviation, farms, faith, arts, podcasts, filings,
# panels, families sharing a surname, first names only, interpreters, headlines) ---

_STORIES_16 = [
    (
        (
            "Copper prices hit a three-month low on Tuesday as fresh data showed factory activity in China contracting for a fourth straight month.\n\n"
            '"The market is pricing in a much slower recovery than anyone expected in January," said Helena Marsh, head of commodities research at Tidewell Bank in London.\n\n'
            "Benchmark copper on the London Metal Exchange fell 1.8% to $8,215 a tonne by late afternoon.\n\n"
            'Marsh said stockpiles in Shanghai warehouses had "quietly doubled" since the start of the year.\n\n'
            'Not everyone is gloomy. "Supply is the story nobody is watching," said Ravi Chandran, a metals strategist at Orbis Capital. "Two big mines are behind schedule, and that will bite by the summer."\n\n'
            "Chandran added that he still expected prices to end the year higher."
        ),
        [
            ("The market is pricing", "direct", "Helena Marsh"),
            ("quietly doubled", "partial", "Helena Marsh"),
            ("Supply is the story", "direct", "Ravi Chandran"),
            ("Two big mines", "direct", "Ravi Chandran"),
        ],
    ),
    (
        (
            "Lumora unveiled its first folding tablet on Wednesday, betting that buyers will pay a premium for a screen that doubles in size.\n\n"
            '"We wanted something you forget is a folding device after ten minutes," Lumora\'s head of product, Yuki Tanabe, told the audience at the launch in San Jose.\n\n'
            "The device goes on sale next month at $1,899.\n\n"
            'Analyst Derek Osei of Keystone Research called the price "ambitious" but said the hinge design was "genuinely clever."\n\n'
            '"The question is whether there are enough early adopters left who have not already bought a folding phone," Osei said.\n\n'
            'Tanabe dismissed concerns about durability. "We folded it 400,000 times in the lab," she said. "It is tougher than the phone in your pocket."'
        ),
        [
            ("We wanted something", "direct", "Yuki Tanabe"),
            ("ambitious", "partial", "Derek Osei"),
            ("genuinely clever", "partial", "Derek Osei"),
            ("The question is whether", "direct", "Derek Osei"),
            ("We folded it", "direct", "Yuki Tanabe"),
            ("It is tougher", "direct", "Yuki Tanabe"),
        ],
    ),
    (
        (
            "A new clinic in Hartley is offering same-day appointments for patients with long-term lung conditions, in what doctors say is a first for the region.\n\n"
            '"Most of our patients used to wait three weeks to see someone, and by then they were often in hospital," said Dr. Amara Nwosu, the respiratory consultant who set up the service.\n\n'
            "Margaret Hollis, 74, has emphysema and was one of the first through the doors.\n\n"
            '"I walked in at nine and I was home by lunchtime with new inhalers," Hollis said. "I nearly cried."\n\n'
            'Nwosu said the clinic had seen 300 patients in its first month. "The demand was always there," she said. "We just were not meeting it."'
        ),
        [
            ("Most of our patients", "direct", "Amara Nwosu"),
            ("I walked in at nine", "direct", "Margaret Hollis"),
            ("I nearly cried", "direct", "Margaret Hollis"),
            ("The demand was always", "direct", "Amara Nwosu"),
            ("We just were not", "direct", "Amara Nwosu"),
        ],
    ),
    (
        (
            "Police in Fernwood are appealing for witnesses after a man was seriously injured in a stabbing outside a convenience store late on Friday.\n\n"
            'Detective Inspector Colin Baird said officers believed the attack was "targeted" and that there was no wider risk to the public.\n\n'
            '"We know there were people in the area who may have seen a dark car leaving at speed," he said. "Please get in touch, even if you think it is nothing."\n\n'
            "Neighbours described hearing shouting shortly before 11 p.m.\n\n"
            '"It sounded like two people arguing, then a scream," said Janet Pryce, who lives above the shop. "By the time I got to the window, there were already sirens."\n\n'
            'Another resident, who asked not to be named, said the street had become "a different place" in the past year.'
        ),
        [
            ("targeted", "partial", "Colin Baird"),
            ("We know there were", "direct", "Colin Baird"),
            ("Please get in touch", "direct", "Colin Baird"),
            ("It sounded like two", "direct", "Janet Pryce"),
            ("By the time I got", "direct", "Janet Pryce"),
            ("a different place", "partial", "Another resident"),
        ],
    ),
    (
        (
            "Forecasters have issued an amber warning for heavy snow across the northern hills, with up to 30 cm expected on higher ground by Thursday morning.\n\n"
            '"This is the kind of snow that closes roads and strands people, so please take it seriously," said Met Office chief meteorologist Paul Gundersen.\n\n'
            "Temperatures could fall to minus 12 in sheltered glens overnight.\n\n"
            'Gundersen said the cold spell was likely to last "well into next week" before milder air arrived from the Atlantic.\n\n'
            'The AA urged drivers to carry blankets and a shovel. "If you do not need to travel, do not," a spokesman said.'
        ),
        [
            ("This is the kind of snow", "direct", "Paul Gundersen"),
            ("well into next week", "partial", "Paul Gundersen"),
            ("If you do not need", "direct", "a spokesman"),
        ],
    ),
    (
        (
            "A student from a coastal town that has never sent anyone to Oxford has won a place to study medicine there.\n\n"
            "Sam Okafor, 18, sat his exams while working weekend shifts at his uncle's chip shop.\n\n"
            '"I revised between orders, to be honest," the 18-year-old said. "The smell of vinegar will always remind me of biology."\n\n'
            'His head teacher, Lorraine Fitch, said the whole school was "ridiculously proud."\n\n'
            '"He has shown every child here that it is possible," she said.\n\n'
            '"I just hope I can come back and work in this town one day," the teenager added.'
        ),
        [
            ("I revised between orders", "direct", "Sam Okafor"),
            ("The smell of vinegar", "direct", "Sam Okafor"),
            ("ridiculously proud", "partial", "Lorraine Fitch"),
            ("He has shown every child", "direct", "Lorraine Fitch"),
            ("I just hope I can come", "direct", "Sam Okafor"),
        ],
    ),
    (
        (
            "Bus drivers across the Westmoor network will walk out for five days from Monday after talks over pay collapsed late on Thursday.\n\n"
            '"Our members have been offered a real-terms pay cut for the third year running, and they have had enough," said Frank Doherty, regional organiser for the Transport Workers Union.\n\n'
            'Westmoor Buses said the offer was "fair and affordable" and urged the union to put it to a vote.\n\n'
            '"We are disappointed that the union has chosen to disrupt passengers rather than let drivers have their say," said managing director Ellen Park.\n\n'
            'Doherty rejected that. "Our members did have their say," he said. "Ninety-one percent voted to strike."'
        ),
        [
            ("Our members have been offered", "direct", "Frank Doherty"),
            ("fair and affordable", "partial", "Westmoor Buses"),
            ("We are disappointed", "direct", "Ellen Park"),
            ("Our members did have", "direct", "Frank Doherty"),
            ("Ninety-one percent", "direct", "Frank Doherty"),
        ],
    ),
    (
        (
            "The Duchess of Kendal visited a children's hospice in Norfolk on Tuesday, her first solo engagement since the summer.\n\n"
            '"She sat on the floor and played with the little ones for ages, she was not in any hurry at all," said nurse Hayley Brooks, who has worked at the hospice for 12 years.\n\n'
            "The duchess was shown the hospice's new sensory garden, paid for by a local fundraising campaign.\n\n"
            'Hospice chief executive Martin Crowe said the visit would "put a spotlight on the work our staff do every single day."\n\n'
            'A palace spokeswoman said the duchess had been "deeply moved" by the families she met.'
        ),
        [
            ("She sat on the floor", "direct", "Hayley Brooks"),
            ("put a spotlight", "partial", "Martin Crowe"),
            ("deeply moved", "partial", "A palace spokeswoman"),
        ],
    ),
    (
        (
            "Singer Tasha Rivers has cancelled the remaining dates of her European tour, citing exhaustion.\n\n"
            '"I have tried to push through but my body is telling me to stop, and for once I am going to listen," Rivers wrote on Instagram on Sunday.\n\n'
            "The 29-year-old had been due to play 11 more shows, including two nights in Dublin.\n\n"
            'Her promoter, Live Arc, said in a statement that ticket holders would be refunded automatically. "Tasha\'s health comes first," the company said.\n\n'
            'Fellow musician Jordan Vale posted on X: "Rest up, queen. The songs will still be there when you get back."'
        ),
        [
            ("I have tried to push", "direct", "Tasha Rivers"),
            ("Rest up, queen", "direct", "Jordan Vale"),
        ],
    ),
    (
        (
            "Leaders of five Nordic and Baltic states agreed on Friday to pool spending on air defence, at a summit in Tallinn dominated by concerns over sabotage of undersea cables.\n\n"
            '"We cannot protect a thousand kilometres of seabed each on our own," Estonian Prime Minister Kaja Rebane told a joint news conference.\n\n'
            'Finnish President Mikael Salonen said the agreement was "a practical answer to a practical threat."\n\n'
            'Swedish Prime Minister Anders Holm was more cautious. "This is a framework, not a budget," he said. "The money will be argued over for months."\n\n'
            'Rebane said the leaders would meet again in the spring. "By then I expect numbers on the table," she said.'
        ),
        [
            ("We cannot protect a thousand", "direct", "Kaja Rebane"),
            ("a practical answer", "partial", "Mikael Salonen"),
            ("This is a framework", "direct", "Anders Holm"),
            ("The money will be argued", "direct", "Anders Holm"),
            ("By then I expect", "direct", "Kaja Rebane"),
        ],
    ),
    (
        (
            "Heavy shelling hit the outskirts of the frontline town of Velyka Dolyna overnight, damaging a school and a water pumping station, officials said on Saturday.\n\n"
            '"The enemy is deliberately targeting civilian infrastructure ahead of the winter," military spokesman Col. Andriy Kovalenko told reporters.\n\n'
            "Kovalenko said air defences had shot down 14 of 19 drones launched overnight.\n\n"
            "In the town, Olha Savchuk, 63, swept broken glass from the floor of her kitchen.\n\n"
            '"We have nowhere else to go. My son is at the front and this is his home too," she said through an interpreter.\n\n'
            'Her neighbour Petro Lysenko said most families with children had already left. "Only the old people stay now," he said.'
        ),
        [
            ("The enemy is deliberately", "direct", "Andriy Kovalenko"),
            ("We have nowhere else", "direct", "Olha Savchuk"),
            ("Only the old people", "direct", "Petro Lysenko"),
        ],
    ),
    (
        (
            "A passenger jet bound for Lisbon returned to Manchester Airport on Monday after a cracked windscreen was discovered shortly after take-off.\n\n"
            'The airline, Skylane, said the crew had followed "standard procedures" and the aircraft landed safely.\n\n'
            '"There was a bang and then the captain came on and said, very calmly, that we would be going back," said passenger Nadia Ferreira, who was travelling with her two children.\n\n'
            '"Nobody panicked. If anything, people were more worried about missing their connections," she said.\n\n'
            'A spokesperson for the Air Accidents Investigation Branch said it was "aware of the incident" and making enquiries.'
        ),
        [
            ("standard procedures", "partial", "Skylane"),
            ("There was a bang", "direct", "Nadia Ferreira"),
            ("Nobody panicked", "direct", "Nadia Ferreira"),
            (
                "aware of the incident",
                "partial",
                "A spokesperson for the Air Accidents Investigation Branch",
            ),
        ],
    ),
    (
        (
            "Wheat farmers in the southern plains are bracing for their smallest harvest in a decade after months without meaningful rain.\n\n"
            '"I have been farming this ground for 40 years and I have never seen the soil this dry in May," said Dale Whitaker, who grows wheat and sorghum near Guymon.\n\n'
            'Whitaker said he had already written off about a third of his acres. "Some of it is not worth the diesel to cut," he said.\n\n'
            'State agriculture secretary Rosa Delgado said emergency loans would be available from next week. "Nobody should lose a family farm because of one bad year," she said.'
        ),
        [
            ("I have been farming", "direct", "Dale Whitaker"),
            ("Some of it is not worth", "direct", "Dale Whitaker"),
            ("Nobody should lose", "direct", "Rosa Delgado"),
        ],
    ),
    (
        (
            "The Church of England's General Synod voted on Monday to allow parishes to hold services of thanksgiving for couples in civil partnerships.\n\n"
            '"Today the Church has taken a small but real step towards welcoming everyone," said the Bishop of Harwell, the Rt Rev Graham Ushworth, who led the debate.\n\n'
            'Opponents warned the vote risked splitting the church. "We are being asked to bless something Scripture does not," said the Rev Andrew Kirk, a vicar from Sheffield.\n\n'
            'Kirk said traditionalist parishes would "consider their position" over the coming months.'
        ),
        [
            ("Today the Church has taken", "direct", "Graham Ushworth"),
            ("We are being asked", "direct", "Andrew Kirk"),
            ("consider their position", "partial", "Andrew Kirk"),
        ],
    ),
    (
        (
            'There is a moment near the end of "Salt and Iron", the new show at the Harbour Gallery, when the lights dim and the room fills with the sound of waves.\n\n'
            "It is the work of sculptor Ines Barlow, who spent two years collecting scrap from shipyards along the Clyde.\n\n"
            '"I wanted people to hear the places these things came from, not just look at them," Barlow said in an interview before the opening.\n\n'
            'The gallery\'s director, Tom Reddy, called it "the most ambitious show we have ever mounted."\n\n'
            'Barlow admits some pieces nearly defeated her. "One of the anchors weighed more than my car," she said. "I had to borrow a crane."'
        ),
        [
            ("I wanted people to hear", "direct", "Ines Barlow"),
            ("the most ambitious show", "partial", "Tom Reddy"),
            ("One of the anchors", "direct", "Ines Barlow"),
            ("I had to borrow a crane", "direct", "Ines Barlow"),
        ],
    ),
    (
        (
            "Former footballer Gary Lindqvist has said he regrets not speaking out earlier about his gambling addiction.\n\n"
            '"I was hiding it from everyone, my wife, my team-mates, myself," Lindqvist told the Second Half podcast in an episode released on Wednesday.\n\n'
            'The former midfielder, who played more than 300 league games, said he had lost "the best part of a million pounds" over a decade.\n\n'
            'Speaking on ITV\'s Good Morning Britain later the same day, he added: "If one person hears this and picks up the phone, it is worth it."'
        ),
        [
            ("I was hiding it", "direct", "Gary Lindqvist"),
            ("If one person hears", "direct", "Gary Lindqvist"),
        ],
    ),
    (
        (
            "A former employee of Halvorsen Logistics has sued the company, alleging she was fired for reporting safety violations at its Memphis depot.\n\n"
            'In the complaint, filed Tuesday in federal court, Brenda Cole says managers told her to "stop making noise" about forklifts with faulty brakes.\n\n'
            'The filing cites a letter Cole sent to the depot manager in March. "Someone is going to get killed and I do not want it on my conscience," she wrote.\n\n'
            'Halvorsen said in a statement that it "takes safety extremely seriously" and would "vigorously defend" the lawsuit.\n\n'
            'Cole\'s attorney, Marcus Webb, said: "My client did exactly what the law asks employees to do."'
        ),
        [
            ("stop making noise", "partial", "Brenda Cole"),
            ("Someone is going to get", "direct", "Brenda Cole"),
            ("takes safety extremely", "partial", "Halvorsen Logistics"),
            ("vigorously defend", "partial", "Halvorsen Logistics"),
            ("My client did exactly", "direct", "Marcus Webb"),
        ],
    ),
    (
        (
            "Three mayors from across the region clashed over housing targets at a panel debate in Leeds on Thursday evening.\n\n"
            '"We are being told to build 12,000 homes with no new schools, no new GP surgeries and no new roads," said Bradford mayor Aisha Khan.\n\n'
            'York\'s mayor, Neil Cartwright, disagreed. "If we do not build, our children will never afford to live here," he said.\n\n'
            'Harrogate mayor Sue Pennington said both were right. "The homes and the infrastructure have to come together, not one after the other," she said.\n\n'
            'Khan replied: "Then the government has to pay for both."'
        ),
        [
            ("We are being told", "direct", "Aisha Khan"),
            ("If we do not build", "direct", "Neil Cartwright"),
            ("The homes and the", "direct", "Sue Pennington"),
            ("Then the government", "direct", "Aisha Khan"),
        ],
    ),
    (
        (
            "A couple who have run the village post office in Brindle for 35 years are retiring, and nobody wants to take it on.\n\n"
            "Peter Ashworth and his wife, Carol Ashworth, took over the shop in 1990.\n\n"
            '"We have sold stamps to three generations of some families," Carol Ashworth said. "We have seen them born, married and buried."\n\n'
            'Peter Ashworth said the post office was losing money. "The only reason it has stayed open is that we do not pay ourselves," he said.\n\n'
            '"It breaks my heart to think of it closing," his wife said.'
        ),
        [
            ("We have sold stamps", "direct", "Carol Ashworth"),
            ("We have seen them born", "direct", "Carol Ashworth"),
            ("The only reason", "direct", "Peter Ashworth"),
            ("It breaks my heart", "direct", "Carol Ashworth"),
        ],
    ),
    (
        (
            "A father and son from Cornwall have become the first pair to row across the Atlantic together in a boat they built themselves.\n\n"
            "Mark Trelawny, 58, and his son Josh Trelawny, 24, arrived in Antigua on Sunday after 49 days at sea.\n\n"
            '"There were nights I thought we would not make it, and I never once told Josh that," Mark Trelawny said.\n\n'
            '"Dad snores louder than the storms," his son joked. "That was the hardest part."\n\n'
            'Josh Trelawny said they had raised more than £60,000 for a mental health charity. "Every mile was for someone," he said.'
        ),
        [
            ("There were nights", "direct", "Mark Trelawny"),
            ("Dad snores louder", "direct", "Josh Trelawny"),
            ("That was the hardest part", "direct", "Josh Trelawny"),
            ("Every mile was for someone", "direct", "Josh Trelawny"),
        ],
    ),
    (
        (
            "When the ice cream van stopped coming to Ashby Street, the children decided to do something about it.\n\n"
            "Leo, 9, and his sister Maya, 7, wrote a letter to the council asking for the van to be allowed back.\n\n"
            '"We think summer is not summer without ice cream," Leo said, reading from the letter.\n\n'
            '"I did the drawings," Maya said. "The van is pink in mine."\n\n'
            "A council spokesman said the van's permit had lapsed but would be renewed. \"We were very touched by the children's letter,\" he said."
        ),
        [
            ("We think summer", "direct", "Leo"),
            ("I did the drawings", "direct", "Maya"),
            ("The van is pink", "direct", "Maya"),
            ("We were very touched", "direct", "A council spokesman"),
        ],
    ),
    (
        (
            "For most of the year, the beach hut at the end of the promenade is empty. On Saturdays it becomes a barber's shop for people who cannot afford one.\n\n"
            "Kwame, a 41-year-old former soldier, has been cutting hair there for free since last spring.\n\n"
            '"Everyone deserves to feel smart," he said, brushing clippings from a customer\'s collar.\n\n'
            'One regular, Dennis, said he had not had a proper haircut in two years before he found the hut. "He treats you like a person," he said.'
        ),
        [
            ("Everyone deserves", "direct", "Kwame"),
            ("He treats you like", "direct", "Dennis"),
        ],
    ),
    (
        (
            "Independent candidate Jan Novak has topped the poll in the Eastfield by-election, beating the Conservative candidate by 212 votes.\n\n"
            '"People here are tired of being taken for granted by both main parties," Novak said after the count.\n\n'
            'The Conservative candidate, Dana White, congratulated her opponent but said the result was "a protest, not a mandate."\n\n'
            '"Turnout was 23%. I would be careful about reading too much into it," said Ciaran Bleakley, a politics lecturer at Eastfield University.'
        ),
        [
            ("People here are tired", "direct", "Jan Novak"),
            ("a protest, not a mandate", "partial", "Dana White"),
            ("Turnout was 23%", "direct", "Ciaran Bleakley"),
        ],
    ),
    (
        (
            "A lifeboat crew rescued four people from a yacht that lost its mast off Anglesey on Sunday.\n\n"
            '"The sea was huge, easily five metres, and the yacht was rolling badly," said coxswain Idris Pugh.\n\n'
            'The yacht\'s skipper, Torben Aalund, said the crew had been "incredibly brave."\n\n'
            '"Without them, I do not think we would be here," Aalund said.\n\n'
            'Lifeboat volunteer Bronwen Rees said the rescue took two hours. "It was a long, cold night," she said.'
        ),
        [
            ("The sea was huge", "direct", "Idris Pugh"),
            ("incredibly brave", "partial", "Torben Aalund"),
            ("Without them", "direct", "Torben Aalund"),
            ("It was a long, cold night", "direct", "Bronwen Rees"),
        ],
    ),
    (
        (
            "Council tax to rise 5% in Greystone\n\n"
            "Households in Greystone face a 5% rise in council tax from April after councillors approved the budget on Wednesday night.\n\n"
            '"Nobody comes into politics wanting to put up taxes," said council leader Fiona Grant. "But the alternative was closing libraries."\n\n'
            'Opposition leader Martin Oakes said the council had "wasted millions" on a failed office move.'
        ),
        [
            ("Nobody comes into politics", "direct", "Fiona Grant"),
            ("But the alternative", "direct", "Fiona Grant"),
            ("wasted millions", "partial", "Martin Oakes"),
        ],
    ),
    (
        (
            "Striker signs new deal\n\n"
            "Forward Ollie Brennan has signed a new three-year contract with Castleford Town.\n\n"
            '"This club gave me my chance when nobody else would, so it was an easy decision," he said.\n\n'
            'Manager Terry Holt said Brennan was "the first name on the team sheet."'
        ),
        [
            ("This club gave me", "direct", "Ollie Brennan"),
            ("the first name on the team", "partial", "Terry Holt"),
        ],
    ),
    (
        (
            "Thousands of commuters faced delays of up to three hours on Monday after a signal failure outside Clapham.\n\n"
            '"I have been standing on this platform since seven, and nobody has told us anything," said Priya Desai, an accountant trying to get to the City.\n\n'
            "Network Rail said engineers had fixed the fault by mid-morning but warned that disruption would continue until the evening.\n\n"
            'A spokeswoman said: "We apologise to passengers for the disruption this has caused."\n\n'
            'Rail minister Hugh Benson called the failure "unacceptable" and said he had asked for a full report.'
        ),
        [
            ("I have been standing", "direct", "Priya Desai"),
            ("We apologise to passengers", "direct", "A spokeswoman"),
            ("unacceptable", "partial", "Hugh Benson"),
        ],
    ),
    (
        (
            "A drug used to treat diabetes may also slow the progression of Parkinson's disease, a small trial has found.\n\n"
            '"We are cautiously excited, but this is 150 patients, and we need a much bigger study before anyone changes their prescriptions," said Dr. Leonie Hart, a neurologist at St Anne\'s Hospital who led the research.\n\n'
            "Patients who took the drug for a year showed almost no worsening of their symptoms.\n\n"
            'Retired engineer Walter Brook, 68, who took part, said he had noticed the difference within months. "My hands stopped shaking so much that I could do up my own buttons," he said.\n\n'
            "Dr. Hart said the next trial would begin next year."
        ),
        [
            ("We are cautiously excited", "direct", "Leonie Hart"),
            ("My hands stopped shaking", "direct", "Walter Brook"),
        ],
    ),
    (
        (
            "A man who ran a fake roofing business that targeted elderly homeowners was jailed for six years on Friday.\n\n"
            'Judge Rebecca Lowe told Darren Fenwick, 44, that he had "preyed on the trust of people who had worked hard all their lives."\n\n'
            'In a statement read to the court, one victim, 86-year-old Edna Shaw, said: "I used to open my door to anyone. Now I do not open it at all."\n\n'
            'Outside court, Detective Sergeant Ian Morley said: "Fenwick is a callous man who deserves every day of this sentence."'
        ),
        [
            ("preyed on the trust", "partial", "Rebecca Lowe"),
            ("I used to open my door", "direct", "Edna Shaw"),
            ("Fenwick is a callous", "direct", "Ian Morley"),
        ],
    ),
    (
        (
            "Negotiators at the climate talks in Nairobi worked through the night on Saturday as a deal on adaptation funding hung in the balance.\n\n"
            '"We did not come here to go home with a press release," said Mele Tupou, the lead negotiator for a group of Pacific island states.\n\n'
            'The European Union\'s climate commissioner, Jonas Berglund, said rich countries had "moved a long way" and urged others to meet them halfway.\n\n'
            '"There is a deal to be had tonight, if people want one," he told reporters in a corridor shortly after 2 a.m.\n\n'
            'Tupou was unmoved. "A long way from where?" she asked.'
        ),
        [
            ("We did not come here", "direct", "Mele Tupou"),
            ("moved a long way", "partial", "Jonas Berglund"),
            ("There is a deal", "direct", "Jonas Berglund"),
            ("A long way from where", "direct", "Mele Tupou"),
        ],
    ),
    (
        (
            "Grainfield Holdings agreed on Monday to buy rival miller Ashcombe for £1.2 billion, creating the country's largest flour producer.\n\n"
            'Grainfield chief executive Nicola Hardcastle said the combined group would be "better placed to weather volatile wheat prices."\n\n'
            '"This is about resilience, not about pushing up the price of a loaf," she told Reuters.\n\n'
            'The Competition and Markets Authority said it would examine the deal. "We will look carefully at whether shoppers could end up paying more," a spokesperson said.'
        ),
        [
            ("better placed to weather", "partial", "Nicola Hardcastle"),
            ("This is about resilience", "direct", "Nicola Hardcastle"),
            ("We will look carefully", "direct", "a spokesperson"),
        ],
    ),
    (
        (
            "Teenager Mira Castell stunned the second seed in straight sets on Wednesday to reach the quarter-finals in her first Grand Slam.\n\n"
            "Castell, 17, broke serve four times and dropped only five games.\n\n"
            '"I honestly did not think about who was on the other side of the net," the 17-year-old said. "I just played the ball."\n\n'
            'Her opponent, Elena Marchetti, was gracious in defeat. "She played better than me today, simple as that," Marchetti said.'
        ),
        [
            ("I honestly did not think", "direct", "Mira Castell"),
            ("I just played the ball", "direct", "Mira Castell"),
            ("She played better than me", "direct", "Elena Marchetti"),
        ],
    ),
    (
        (
            "Japan's foreign minister arrived in Canberra on Tuesday for talks on defence and critical minerals.\n\n"
            '"Our two countries share the same concerns about stability in the region," Foreign Minister Hiroshi Kanda said through an interpreter at a joint news conference.\n\n'
            'Australian Foreign Minister Claire Donovan said the talks had been "warm and extremely productive."\n\n'
            'Kanda said Japan would double its investment in Australian lithium projects. "This is a long-term partnership," he said.'
        ),
        [
            ("Our two countries share", "direct", "Hiroshi Kanda"),
            ("warm and extremely productive", "partial", "Claire Donovan"),
            ("This is a long-term", "direct", "Hiroshi Kanda"),
        ],
    ),
    (
        (
            "A bakery chain has apologised after a customer found a piece of metal in a sandwich bought at one of its branches in Croydon.\n\n"
            'Jade Morris posted a photograph of the fragment on Facebook. "I could have broken a tooth or worse," she wrote.\n\n'
            'The chain, Crumb & Co, replied to her post within the hour. "We are so sorry, Jade. We are investigating urgently and will be in touch," it said.\n\n'
            "Croydon Council said its food safety team had been informed."
        ),
        [
            ("I could have broken", "direct", "Jade Morris"),
            ("We are so sorry, Jade", "direct", "Crumb & Co"),
        ],
    ),
    (
        (
            "Hundreds of schools in the north-west will close or partially close on Wednesday as teachers walk out over workload.\n\n"
            '"I love my job, but I am marking until midnight most nights and I cannot keep doing it," said Rachel Kim, a maths teacher in Wigan.\n\n'
            'Parents were split. Father of three Gareth Lloyd said he backed the teachers "one hundred percent."\n\n'
            '"But I still have to find childcare for three kids at short notice, and that is not easy," he said.\n\n'
            'The Department for Education said the strike was "disappointing and unnecessary."'
        ),
        [
            ("I love my job", "direct", "Rachel Kim"),
            ("one hundred percent", "partial", "Gareth Lloyd"),
            ("But I still have to find", "direct", "Gareth Lloyd"),
            ("disappointing and unnecessary", "partial", "Department for Education"),
        ],
    ),
    (
        (
            "Two men have been arrested after a dog was stolen from a garden in Milton on Saturday afternoon.\n\n"
            "Owner Sharon Betts said her cocker spaniel, Biscuit, was taken while she was inside making tea.\n\n"
            '"I was gone five minutes. Five minutes," she said. "The gate was shut and the next thing he was gone."\n\n'
            'A Thames Valley Police spokesman said: "We would like to thank members of the public who shared the appeal. Biscuit has been returned home safe and well."'
        ),
        [
            ("I was gone five minutes", "direct", "Sharon Betts"),
            ("The gate was shut", "direct", "Sharon Betts"),
            ("We would like to thank", "direct", "A Thames Valley Police spokesman"),
        ],
    ),
    (
        (
            "Mr and Mrs Patel have run the corner shop on Elm Road for 28 years, and on Saturday they handed over the keys.\n\n"
            '"I will miss the children most, they come in every morning for sweets," Mrs Patel said.\n\n'
            'Her husband was more practical. "My knees will not miss the stockroom stairs," Mr Patel said with a laugh.\n\n'
            "The new owners, Tom and Grace Okoye, plan to keep the name.\n\n"
            '"It would feel wrong to change it," Grace Okoye said.'
        ),
        [
            ("I will miss the children", "direct", "Patel"),
            ("My knees will not miss", "direct", "Patel"),
            ("It would feel wrong", "direct", "Grace Okoye"),
        ],
    ),
    (
        (
            "Police Chief Marisol Vega said on Tuesday that officers had recovered the stolen painting from a storage unit outside the city.\n\n"
            '"This was patient, careful detective work over several months," the chief told a news conference.\n\n'
            'Vega declined to say whether arrests were imminent. "I am not going to get ahead of the investigation," she said.\n\n'
            'The museum\'s director, Aldo Ferraro, said staff were "overjoyed." "We never gave up hope," he said.'
        ),
        [
            ("This was patient, careful", "direct", "Marisol Vega"),
            ("I am not going to get ahead", "direct", "Marisol Vega"),
            ("overjoyed", "partial", "Aldo Ferraro"),
            ("We never gave up hope", "direct", "Aldo Ferraro"),
        ],
    ),
    (
        (
            "Tributes have been paid to Harold Finch, the former headmaster of Kingsbridge Grammar, who has died aged 91.\n\n"
            'His daughter, Emma, said he had been "a teacher to the very end."\n\n'
            '"Even in hospital he was correcting the nurses\' grammar," she said.\n\n'
            'A former pupil, Dr. Kiran Mehta, said Mr. Finch had changed his life. "He was the first person who told me I could be a doctor," Mehta said.'
        ),
        [
            ("a teacher to the very end", "partial", "Emma"),
            ("Even in hospital", "direct", "Emma"),
            ("He was the first person", "direct", "Kiran Mehta"),
        ],
    ),
    (
        (
            "Streaming service Vireo said on Thursday it would raise prices in 12 countries, its second increase in a year.\n\n"
            '"We are investing more in original programming than ever before," the company said in a blog post.\n\n'
            'Media analyst Joanna Price of Hartwell Partners said subscribers were likely to "grumble but stay."\n\n'
            '"There is no obvious alternative for most households," she said.\n\n'
            'On X, one user wrote: "Cancelled. See you never."'
        ),
        [
            ("We are investing more", "direct", "Vireo"),
            ("grumble but stay", "partial", "Joanna Price"),
            ("There is no obvious", "direct", "Joanna Price"),
            ("Cancelled. See you never", "direct", "one user"),
        ],
    ),
    (
        (
            "A former soldier who lost both legs in Afghanistan completed the London Marathon on Sunday on prosthetic blades.\n\n"
            "Corporal Danny Reeves, 34, crossed the line in just under six hours.\n\n"
            '"Every time I wanted to stop, I thought about the lads who did not come home," he said.\n\n'
            'His wife, Sophie Reeves, was waiting at the finish. "I have never been so proud of anyone," she said.\n\n'
            '"He trained for two years for this," Mrs Reeves added.'
        ),
        [
            ("Every time I wanted to stop", "direct", "Danny Reeves"),
            ("I have never been so proud", "direct", "Sophie Reeves"),
            ("He trained for two years", "direct", "Sophie Reeves"),
        ],
    ),
    (
        (
            "Residents of a tower block in east Leeds say they have been without hot water for three weeks.\n\n"
            '"I have been boiling kettles to wash my kids," said Shauna, 29, who lives on the ninth floor and did not want her surname published.\n\n'
            '"Nobody from the council has even knocked on the door," she added.\n\n'
            'A Leeds City Council spokesperson said a replacement boiler had been ordered and would be fitted "as soon as possible."'
        ),
        [
            ("I have been boiling kettles", "direct", "Shauna"),
            ("Nobody from the council", "direct", "Shauna"),
            ("as soon as possible", "partial", "A Leeds City Council spokesperson"),
        ],
    ),
]


_STORIES_17 = [
    (
        (
            "The Millbrook City Council voted 5-2 on Tuesday night to approve a new parking ordinance downtown, capping a contentious three-hour meeting.\n\n"
            '"We have listened to the merchants for two years, and this plan reflects what they asked for," said Councilwoman Teresa Alvarado, who sponsored the measure.\n\n'
            'Councilman Greg Pruitt, one of the two votes against, called the ordinance "a tax on people who can least afford it."\n\n'
            '"Every dollar we charge at a meter is a dollar that does not get spent in a shop on Main Street," Pruitt said.\n\n'
            "Mayor Dana Whitfield, who votes only to break ties, said she would sign the ordinance this week.\n\n"
            '"Nobody got everything they wanted tonight, which is usually a sign we got it about right," she said.'
        ),
        [
            ("We have listened", "direct", "Teresa Alvarado"),
            ("a tax on people", "partial", "Greg Pruitt"),
            ("Every dollar we charge", "direct", "Greg Pruitt"),
            ("Nobody got everything", "direct", "Dana Whitfield"),
        ],
    ),
    (
        (
            "Parents packed the Eastvale school board meeting Monday to protest a plan to close two elementary schools.\n\n"
            '"You are asking seven-year-olds to ride a bus for forty minutes each way," said Rachel Dunmore, whose twin sons attend Cedar Hill Elementary. "That is not a plan, that is a punishment."\n\n'
            'Superintendent Marcus Leland said enrollment had fallen by a fifth in a decade. "We are heating classrooms that nobody sits in," he said.\n\n'
            "Board President Karen Ostrowski said no vote would be taken until March.\n\n"
            '"We owe families more time to weigh in," Ostrowski said.'
        ),
        [
            ("You are asking", "direct", "Rachel Dunmore"),
            ("That is not a plan", "direct", "Rachel Dunmore"),
            ("We are heating", "direct", "Marcus Leland"),
            ("We owe families", "direct", "Karen Ostrowski"),
        ],
    ),
    (
        (
            "A bill to cap insulin co-payments at $35 a month cleared the state Senate on Thursday after a rare bipartisan debate.\n\n"
            '"Diabetes does not check your party registration," said state Sen. Harold Beck, a Republican from Dunmore County who co-wrote the bill.\n\n'
            "His Democratic co-sponsor, state Sen. Lydia Ferraro, said the measure would help roughly 90,000 residents.\n\n"
            '"I have sat with constituents who were rationing their doses," Ferraro said. "Some of them ended up in the emergency room."\n\n'
            'State Sen. Curtis Vane, who voted no, warned that insurers would "find a way to pass the cost on."\n\n'
            "The bill now goes to the House, where Speaker Anne Locklear said it would get a hearing next month."
        ),
        [
            ("Diabetes does not check", "direct", "Harold Beck"),
            ("I have sat with", "direct", "Lydia Ferraro"),
            ("Some of them ended", "direct", "Lydia Ferraro"),
            ("find a way to pass", "partial", "Curtis Vane"),
        ],
    ),
    (
        (
            "The head of the Federal Aviation Administration faced sharp questions from senators on Wednesday over a string of near-collisions at busy airports.\n\n"
            '"How many close calls does it take before someone at your agency says enough?" asked Sen. Patricia Moreland, the committee chair.\n\n'
            '"Senator, one is too many," replied Administrator Daniel Kwan. "We are hiring controllers as fast as we can train them."\n\n'
            "Sen. Roy Etheridge pressed Kwan on overtime at understaffed towers.\n\n"
            '"Your controllers are working six-day weeks," Etheridge said. "Tired people make mistakes."\n\n'
            'Kwan acknowledged the strain. "I will not pretend the workload is sustainable," he told the committee.'
        ),
        [
            ("How many close calls", "direct", "Patricia Moreland"),
            ("Senator, one is too many", "direct", "Daniel Kwan"),
            ("We are hiring controllers", "direct", "Daniel Kwan"),
            ("Your controllers are working", "direct", "Roy Etheridge"),
            ("Tired people make", "direct", "Roy Etheridge"),
            ("I will not pretend", "direct", "Daniel Kwan"),
        ],
    ),
    (
        (
            "Former governor Elaine Brooks drew a crowd of several thousand to a fairground outside Dalton on Saturday, her first rally since entering the Senate race.\n\n"
            '"They told me this state was not ready for a comeback," Brooks told the crowd. "Well, here we are."\n\n'
            "Supporters waved hand-painted signs and chanted her name between lines.\n\n"
            '"She fixed the roads when nobody else would," said Walter Kemp, 67, a retired trucker from nearby Ashford. "I would vote for her twice if they let me."\n\n'
            'Her opponent, Rep. Martin Shaw, dismissed the rally as "nostalgia with a sound system."\n\n'
            '"Voters want to know what she will do next, not what she did in 2011," Shaw said in a statement.'
        ),
        [
            ("They told me this state", "direct", "Elaine Brooks"),
            ("Well, here we are", "direct", "Elaine Brooks"),
            ("She fixed the roads", "direct", "Walter Kemp"),
            ("I would vote for her", "direct", "Walter Kemp"),
            ("nostalgia with a sound", "partial", "Martin Shaw"),
            ("Voters want to know", "direct", "Martin Shaw"),
        ],
    ),
    (
        (
            "The Riverton Hawks rallied from 14 points down in the fourth quarter to beat Lakeshore 31-28 on Friday night.\n\n"
            '"I told them at halftime, nobody leaves this building thinking about the score," coach Bill Hanratty said. "Just win the next play."\n\n'
            "Quarterback Jaylen Price threw two touchdowns in the final six minutes.\n\n"
            '"Coach kept telling us we were fine, and at some point you start believing it," Price said.\n\n'
            'Lakeshore coach Tom Delgado blamed his team\'s tackling. "We missed eight tackles in that quarter," he said. "You cannot win like that."'
        ),
        [
            ("I told them at halftime", "direct", "Bill Hanratty"),
            ("Just win the next", "direct", "Bill Hanratty"),
            ("Coach kept telling", "direct", "Jaylen Price"),
            ("We missed eight", "direct", "Tom Delgado"),
            ("You cannot win", "direct", "Tom Delgado"),
        ],
    ),
    (
        (
            "A Carver County man was sentenced to 18 years in prison on Monday for a drunken-driving crash that killed a young mother.\n\n"
            '"You made a choice that night, and a family is paying for it every single day," Judge Miriam Okoye told Dale Rensford before handing down the sentence.\n\n'
            "Prosecutor Alan Whitcombe had asked for 22 years.\n\n"
            '"This was his third arrest for driving drunk," Whitcombe said. "The warnings were there."\n\n'
            "Defense attorney Nina Castellano said her client had taken responsibility and would appeal the length of the term.\n\n"
            'In a statement read aloud by a victim advocate, the woman\'s husband said: "I have to explain to our daughter why her mother is not coming home."'
        ),
        [
            ("You made a choice", "direct", "Miriam Okoye"),
            ("This was his third", "direct", "Alan Whitcombe"),
            ("The warnings were there", "direct", "Alan Whitcombe"),
            ("I have to explain", "direct", "the woman's husband"),
        ],
    ),
    (
        (
            "Shares of Corvell Systems fell 9% in after-hours trading on Thursday after the software maker cut its full-year outlook.\n\n"
            '"Customers are taking longer to sign big contracts, and we are not going to pretend otherwise," Chief Executive Sandra Muir said on a call with analysts.\n\n'
            "Chief Financial Officer Peter Lindqvist said the company now expects revenue of $2.1 billion to $2.15 billion.\n\n"
            '"We are being prudent about the second half," Lindqvist said.\n\n'
            'One analyst on the call, Jordan Hale of Brightline Securities, asked whether the slowdown was spreading to smaller customers. "Not in any way we can measure yet," Muir replied.'
        ),
        [
            ("Customers are taking longer", "direct", "Sandra Muir"),
            ("We are being prudent", "direct", "Peter Lindqvist"),
            ("Not in any way", "direct", "Sandra Muir"),
        ],
    ),
    (
        (
            "People who walk at least 7,000 steps a day have a markedly lower risk of dementia, according to a study of 60,000 adults published on Wednesday.\n\n"
            '"The effect was surprisingly strong, even after we controlled for income and education," said Dr. Fiona Clarke, an epidemiologist at the University of Kestrel who led the research.\n\n'
            "Participants wore activity trackers for a week and were followed for an average of seven years.\n\n"
            'Dr. Samuel Adeyemi, a neurologist who was not involved in the study, called the findings "encouraging but not conclusive."\n\n'
            '"People who are already in the early stages of decline tend to move less, so the arrow could point both ways," he said.'
        ),
        [
            ("The effect was surprisingly", "direct", "Fiona Clarke"),
            ("encouraging but not", "partial", "Samuel Adeyemi"),
            ("People who are already", "direct", "Samuel Adeyemi"),
        ],
    ),
    (
        (
            "Rescue crews pulled two more people alive from the rubble of a collapsed apartment block in Port Selwyn on Sunday, three days after the building came down.\n\n"
            '"We heard tapping just after dawn, and everyone on the site went silent," said Capt. Luis Arroyo of the city fire department.\n\n'
            "The survivors, a woman in her 60s and her grandson, were taken to hospital in stable condition.\n\n"
            '"I thought we were going to die under there," the woman, Rosa Delmar, told reporters from a stretcher. "I kept singing to him so he would not be scared."\n\n'
            'Regional Governor Victor Hames said the search would continue "as long as there is any chance."'
        ),
        [
            ("We heard tapping", "direct", "Luis Arroyo"),
            ("I thought we were going", "direct", "Rosa Delmar"),
            ("I kept singing", "direct", "Rosa Delmar"),
            ("as long as there is", "partial", "Victor Hames"),
        ],
    ),
    (
        (
            "For forty years, Agnes Whitlow has opened her bakery on Hollins Street at 4 a.m.\n\n"
            '"My mother did it, and her mother did it, and I never once thought about doing anything else," Whitlow said on a recent morning, flour on her forearms.\n\n'
            '"People think baking is about recipes. It is not. It is about showing up when you are tired and doing it anyway.\n\n'
            '"The recipes are the easy part."\n\n'
            "Her nephew, Connor Whitlow, will take over the shop next year.\n\n"
            '"She has never taken a holiday. Not one," he said. "I think she is more nervous about retiring than she ever was about anything."'
        ),
        [
            ("My mother did it", "direct", "Agnes Whitlow"),
            ("People think baking", "direct", "Agnes Whitlow"),
            ("The recipes are the easy", "direct", "Agnes Whitlow"),
            ("She has never taken", "direct", "Connor Whitlow"),
            ("I think she is more", "direct", "Connor Whitlow"),
        ],
    ),
    (
        (
            "The inspector general's report, released on Tuesday, found that the agency had lost track of more than 1,400 laptops over three years.\n\n"
            'The report said the agency\'s inventory system was "fundamentally unreliable" and that several devices had been sold online.\n\n'
            '"Management did not treat the loss of equipment as a security matter," the report states.\n\n'
            'In a written response, the agency said it "accepts all eleven recommendations" and had begun a full audit.\n\n'
            '"We take the findings seriously," the statement read.'
        ),
        [
            ("fundamentally unreliable", "partial", "The report"),
            ("Management did not treat", "direct", "the report"),
            ("accepts all eleven", "partial", "the agency"),
        ],
    ),
    (
        (
            "The administration is weighing new export restrictions on advanced chipmaking tools, according to two officials familiar with the discussions.\n\n"
            '"Nothing has been decided, but the direction is clear," said a senior administration official, who spoke on condition of anonymity because the talks are private.\n\n'
            "A second official said a decision could come before the end of the month.\n\n"
            'An industry lobbyist, who asked not to be named, said companies had been given "almost no warning."\n\n'
            '"We will comment when there is something to comment on," a Commerce Department spokeswoman said.'
        ),
        [
            ("Nothing has been decided", "direct", "a senior administration official"),
            ("almost no warning", "partial", "An industry lobbyist"),
            ("We will comment", "direct", "a Commerce Department spokeswoman"),
        ],
    ),
    (
        (
            "Ministers have been accused of 'ducking the question' over the future of the Severn rail link after a report into its costs was delayed again.\n\n"
            "'It is now eighteen months late, and every month it sits in a drawer the bill goes up,' said Ms Harriet Yates, the shadow transport secretary.\n\n"
            "Transport Secretary Mr Neil Forbes said the report would be published 'in due course'.\n\n"
            "'We want to get the numbers right rather than get them out quickly,' Mr Forbes told MPs.\n\n"
            "Mrs Joan Pelling, who chairs a campaign group for commuters in Gloucester, said passengers were 'losing patience'."
        ),
        [
            ("It is now eighteen", "direct", "Harriet Yates"),
            ("in due course", "partial", "Neil Forbes"),
            ("We want to get the numbers", "direct", "Neil Forbes"),
            ("losing patience", "partial", "Joan Pelling"),
        ],
    ),
    (
        (
            'The Taoiseach has said the Government will not be "rushed" into a decision on a new national children\'s hospital budget.\n\n'
            '"We have to be sure every euro is accounted for," Mr Ó Briain told reporters at Government Buildings.\n\n'
            'Sinn Féin\'s health spokeswoman, Deirdre Nic Aoidh, said the delay was "a disgrace".\n\n'
            '"Families in Limerick and Sligo are waiting on this," she said.\n\n'
            'A spokesman for the Department of Health said the review would conclude "within weeks".'
        ),
        [
            ("We have to be sure", "direct", "Ó Briain"),
            ("a disgrace", "partial", "Deirdre Nic Aoidh"),
            ("Families in Limerick", "direct", "Deirdre Nic Aoidh"),
            ("within weeks", "partial", "A spokesman"),
        ],
    ),
    (
        (
            "Queensland's premier has promised an inquiry into rising insurance premiums in flood-prone suburbs.\n\n"
            '"Mums and dads in Ipswich should not be paying three times what someone pays in Toowong for the same house," Premier Greg Hallett said on Monday.\n\n'
            'The Insurance Council of Australia said premiums reflected "the real cost of risk".\n\n'
            '"We understand the frustration, but pricing has to follow the claims," the council\'s chief executive, Marion Tully, said.\n\n'
            '"Fair dinkum, I could not believe the renewal notice," said Ipswich homeowner Darren Cole. "It went up $4,000 in a year."'
        ),
        [
            ("Mums and dads", "direct", "Greg Hallett"),
            ("the real cost of risk", "partial", "Insurance Council of Australia"),
            ("We understand the frustration", "direct", "Marion Tully"),
            ("Fair dinkum", "direct", "Darren Cole"),
            ("It went up $4,000", "direct", "Darren Cole"),
        ],
    ),
    (
        (
            "The Bombay High Court on Friday pulled up the municipal corporation over waterlogging in low-lying areas during the monsoon.\n\n"
            '"Every year the same promises are made and every year the same roads go under water," the bench of Justice R.K. Deshmukh and Justice Meera Iyer observed.\n\n'
            'Senior advocate Anil Sathe, appearing for the corporation, said desilting work was "90 per cent complete".\n\n'
            '"Then why are people wading to work?" Justice Deshmukh asked.\n\n'
            "The court directed the civic body to file an affidavit within two weeks."
        ),
        [
            ("90 per cent complete", "partial", "Anil Sathe"),
            ("Then why are people", "direct", "R.K. Deshmukh"),
        ],
    ),
    (
        (
            "Marathon world record holder Esther Wanjiru withdrew from Sunday's race in Berlin with a hamstring injury, her management said.\n\n"
            '"It breaks my heart, but I have to think about the rest of the season," Wanjiru said in a message posted online.\n\n'
            "The 29-year-old had been favoured to lower her own mark on the flat course.\n\n"
            '"My body is telling me to stop, so I will listen," the Kenyan said.\n\n'
            '"She will be back stronger," her coach, Paul Ruto, said.'
        ),
        [
            ("It breaks my heart", "direct", "Esther Wanjiru"),
            ("My body is telling", "direct", "Esther Wanjiru"),
            ("She will be back", "direct", "Paul Ruto"),
        ],
    ),
    (
        (
            "Lewis Harland reached the quarter-finals at Queen's on Thursday with a straight-sets win over the fifth seed.\n\n"
            '"I felt really sharp on the return today," Harland said. "The grass suits me more than people think."\n\n'
            "He broke serve three times and did not face a break point.\n\n"
            '"It is the best I have played all year," the Briton added.\n\n'
            "Harland meets the American Nate Colburn next."
        ),
        [
            ("I felt really sharp", "direct", "Lewis Harland"),
            ("The grass suits me", "direct", "Lewis Harland"),
            ("It is the best I have", "direct", "Lewis Harland"),
        ],
    ),
    (
        (
            "Singer Marla Vance has cancelled the remaining dates of her European tour, citing exhaustion.\n\n"
            '"I have been running on empty for months," Vance wrote on social media. "I need to go home."\n\n'
            "Her promoter, Live Arc, said ticket holders would receive full refunds.\n\n"
            '"Marla\'s health comes first, and we fully support her decision," the company said in a statement.\n\n'
            '"We hope to announce new dates next year," it added.'
        ),
        [
            ("I have been running", "direct", "Marla Vance"),
            ("I need to go home", "direct", "Marla Vance"),
        ],
    ),
    (
        (
            "The Harwick Clinic, a private hospital chain, has agreed to pay $12 million to settle claims it overbilled Medicare.\n\n"
            '"We deny any wrongdoing, and we settled to avoid the cost of a long fight," the firm said in a statement.\n\n'
            'Assistant U.S. Attorney Brenda Stokes said the settlement "sends a clear message."\n\n'
            '"Billing for care that never happened is theft, plain and simple," she said.'
        ),
        [
            ("sends a clear message", "partial", "Brenda Stokes"),
            ("Billing for care", "direct", "Brenda Stokes"),
        ],
    ),
    (
        (
            "A coalition of tenant groups has sued the city over its new eviction rules.\n\n"
            "Ana Reyes, the group's lead organiser, said the rules let landlords evict families with only ten days' notice.\n\n"
            'The state\'s attorney general, who was not named in the suit, said the rules were lawful. "The city acted within its powers," she said.\n\n'
            '"We will see them in court," Reyes said.'
        ),
        [
            ("We will see them", "direct", "Ana Reyes"),
        ],
    ),
    (
        (
            "Flooding closed dozens of roads across the county on Tuesday.\n\n"
            '"The river came up faster than anyone predicted," said Sheriff Dwayne Poole.\n\n'
            'A farmer who lost most of his herd said he had never seen anything like it. "I have been here fifty years," he said. "This was different."\n\n'
            'Poole urged residents to stay off flooded roads. "Turn around, don\'t drown," he said.'
        ),
        [
            ("The river came up", "direct", "Dwayne Poole"),
            ("I have been here fifty", "direct", "A farmer"),
            ("This was different", "direct", "A farmer"),
            ("Turn around", "direct", "Dwayne Poole"),
        ],
    ),
    (
        (
            "UNIONS SAY 'ENOUGH IS ENOUGH' AS PORT STRIKE LOOMS\n\n"
            "Dock workers at Felixport will strike next week unless talks resume, their union said on Monday.\n\n"
            '"Enough is enough," said Mick Laidlaw, the union\'s branch secretary. "Our members have carried this port through two years of chaos."\n\n'
            'Port operator Harbour Link said it had made "a fair and generous offer" and remained open to talks.'
        ),
        [
            ("Enough is enough", "direct", "Mick Laidlaw"),
            ("Our members have carried", "direct", "Mick Laidlaw"),
            ("a fair and generous", "partial", "Harbour Link"),
        ],
    ),
    (
        (
            "In an interview with the Clarion, the outgoing police chief reflected on three decades in uniform.\n\n"
            "Q: What will you miss most?\n\n"
            "A: The people. Not the politics, the people.\n\n"
            'Chief Ronald Ashby, 61, said the job had changed beyond recognition. "When I started, we had one computer in the whole building," he said.\n\n'
            '"Now my officers carry more computing power in their pockets than we had in the station."'
        ),
        [
            ("When I started", "direct", "Ronald Ashby"),
            ("Now my officers", "direct", "Ronald Ashby"),
        ],
    ),
    (
        (
            "A long-awaited bypass around the village of Kelby will open in May, six years behind schedule.\n\n"
            'County council leader Sue Marchant said the delays had been "frustrating for everyone."\n\n'
            "But residents who have lived with lorries rumbling past their windows were less forgiving.\n\n"
            '"Six years of promises," said Bob Tranter, 72, standing at his front gate. "I will believe it when I see it."\n\n'
            'His neighbour, Jean Ashcroft, was more upbeat. "At least my grandchildren will be able to cross the road," she said.'
        ),
        [
            ("frustrating for everyone", "partial", "Sue Marchant"),
            ("Six years of promises", "direct", "Bob Tranter"),
            ("I will believe it", "direct", "Bob Tranter"),
            ("At least my grandchildren", "direct", "Jean Ashcroft"),
        ],
    ),
    (
        (
            "The Oakmont Rangers fired manager Pete Sorensen on Sunday after a seventh straight loss.\n\n"
            '"Pete gave everything to this club, but results are results," said owner Gail Harmon.\n\n'
            'Sorensen, reached by phone, said he had "no regrets."\n\n'
            '"I would do it all again," the 54-year-old said. "I just wish we had had more time."\n\n'
            "Assistant coach Ray Dillard will take over on an interim basis."
        ),
        [
            ("Pete gave everything", "direct", "Gail Harmon"),
            ("no regrets", "partial", "Pete Sorensen"),
            ("I would do it all", "direct", "Pete Sorensen"),
            ("I just wish", "direct", "Pete Sorensen"),
        ],
    ),
    (
        (
            "A jury on Wednesday found a former city treasurer guilty of embezzling $2.3 million from the town of Glen Harbor.\n\n"
            '"She treated the town\'s bank account like her own piggy bank," District Attorney Frank Morrow said after the verdict.\n\n'
            "Linda Carrow, 58, showed no emotion as the verdict was read.\n\n"
            'Her lawyer, Michael Shore, said they would appeal. "The jury did not hear the whole story," he said.\n\n'
            "Judge Paula Bright set sentencing for June 12."
        ),
        [
            ("She treated the town", "direct", "Frank Morrow"),
            ("The jury did not hear", "direct", "Michael Shore"),
        ],
    ),
    (
        (
            "Researchers have found microplastics in the placentas of every woman tested in a small study from Norland University.\n\n"
            '"We were honestly hoping to find some clean samples," said Prof. Ingrid Solberg, the study\'s senior author. "We did not find one."\n\n'
            "The team examined 62 placentas donated after births at the university hospital.\n\n"
            'Outside experts urged caution. "The sample is small and contamination in the lab is a constant risk," said Dr. Kevin Marsh of the Institute for Environmental Health, who reviewed the paper.\n\n'
            'Solberg agreed larger studies were needed. "This is a first look, not the last word," she said.'
        ),
        [
            ("We were honestly hoping", "direct", "Ingrid Solberg"),
            ("We did not find one", "direct", "Ingrid Solberg"),
            ("The sample is small", "direct", "Kevin Marsh"),
            ("This is a first look", "direct", "Ingrid Solberg"),
        ],
    ),
    (
        (
            "Wildfire crews made progress overnight against a blaze that has burned 40,000 acres in the hills east of Corona Vista.\n\n"
            '"The wind finally gave us a break," Cal Fire battalion chief Ramon Ortiz said at a morning briefing.\n\n'
            "More than 3,000 people remain under evacuation orders.\n\n"
            '"We grabbed the dog and the photo albums and that was it," said evacuee Tina Marlowe, who spent the night in a high school gym. "I do not know if there is a house to go back to."\n\n'
            'Ortiz said containment stood at 35 percent. "We are not out of the woods," he said.'
        ),
        [
            ("The wind finally gave", "direct", "Ramon Ortiz"),
            ("We grabbed the dog", "direct", "Tina Marlowe"),
            ("I do not know if", "direct", "Tina Marlowe"),
            ("We are not out", "direct", "Ramon Ortiz"),
        ],
    ),
    (
        (
            "Airline Skyvale said on Tuesday it would cut 600 jobs as it retires its oldest jets.\n\n"
            '"These are painful decisions, and they affect people who have given us years of service," the carrier said.\n\n'
            'The pilots\' union said it had not been consulted. "We read about it in the press like everyone else," union president Carl Brandt said.\n\n'
            "Skyvale chief executive Olivia Grant said the airline would offer voluntary redundancy first."
        ),
        [
            ("We read about it", "direct", "Carl Brandt"),
        ],
    ),
    (
        (
            "Golfer Tomás Reyna held a two-shot lead after the third round of the Coastal Open on Saturday.\n\n"
            '"I putted like a dream today," Reyna said. "Tomorrow is another story."\n\n'
            "Reyna, who has never won on the tour, shot a bogey-free 65.\n\n"
            '"I have been close so many times," the 31-year-old Argentine said. "Maybe this is the week."\n\n'
            'Defending champion Kyle Brennan is four back. "I need a fast start," Brennan said.'
        ),
        [
            ("I putted like a dream", "direct", "Tomás Reyna"),
            ("Tomorrow is another", "direct", "Tomás Reyna"),
            ("I have been close", "direct", "Tomás Reyna"),
            ("Maybe this is the week", "direct", "Tomás Reyna"),
            ("I need a fast start", "direct", "Kyle Brennan"),
        ],
    ),
    (
        (
            "The governor's office released a letter on Friday in which the state's top health official warned of a shortfall in nursing staff.\n\n"
            '"Without immediate action, several rural hospitals will be unable to staff their emergency departments by winter," the letter said.\n\n'
            "Health Commissioner Dr. Lena Fairbanks wrote the letter in August.\n\n"
            'Governor Tom Reddick said his budget would include "a serious down payment" on recruitment.\n\n'
            '"We heard the warning," Reddick said. "We are acting on it."'
        ),
        [
            ("Without immediate action", "direct", "the letter"),
            ("a serious down payment", "partial", "Tom Reddick"),
            ("We heard the warning", "direct", "Tom Reddick"),
            ("We are acting on it", "direct", "Tom Reddick"),
        ],
    ),
    (
        (
            "The Lakeland County Commission approved a new jail budget on Thursday over the objections of the sheriff.\n\n"
            'Sheriff Amos Greer said the budget left him "forty deputies short."\n\n'
            'Commissioner Pat Lindell defended the vote. "We cannot give every department everything it asks for," she said.\n\n'
            'A deputy who attended the meeting, who did not want to be named because he was not authorized to speak, said morale was low. "Guys are leaving for the city every month," he said.'
        ),
        [
            ("forty deputies short", "partial", "Amos Greer"),
            ("We cannot give every", "direct", "Pat Lindell"),
            ("Guys are leaving", "direct", "A deputy"),
        ],
    ),
    (
        (
            "A former care home manager has been jailed for four years for stealing more than £200,000 from elderly residents.\n\n"
            "Sentencing Deborah Lyle at Chester Crown Court, Judge Martin Hale said she had shown 'a breathtaking disregard' for the people in her care.\n\n"
            "'You were trusted with the savings of people who could no longer look after their own affairs,' he told her.\n\n"
            "Prosecuting, Ms Gemma Rowe said the thefts had gone on for six years.\n\n"
            "In mitigation, Mr Paul Dent said his client had been 'drowning in gambling debts'."
        ),
        [
            ("a breathtaking disregard", "partial", "Martin Hale"),
            ("You were trusted", "direct", "Martin Hale"),
            ("drowning in gambling", "partial", "Paul Dent"),
        ],
    ),
    (
        (
            "The Opposition on Tuesday walked out of the state Assembly after the Speaker refused to allow a debate on the water crisis.\n\n"
            '"The people of the city are queuing for water tankers and the government wants to discuss a new stadium," said Leader of the Opposition Suresh Kulkarni.\n\n'
            'Water Resources Minister Anjali Deshpande said the government had "already sanctioned Rs 400 crore" for new pipelines.\n\n'
            '"Work will begin before the monsoon," she told reporters outside the House.\n\n'
            'Kulkarni, however, termed the announcement "an old promise in new packaging".'
        ),
        [
            ("The people of the city", "direct", "Suresh Kulkarni"),
            ("already sanctioned", "partial", "Anjali Deshpande"),
            ("Work will begin", "direct", "Anjali Deshpande"),
            ("an old promise", "partial", "Suresh Kulkarni"),
        ],
    ),
    (
        (
            "A drug already used to treat gout may slow the decline of kidney function in people with diabetes, a trial published on Thursday found.\n\n"
            '"We were looking for a small effect, and what we saw was a fairly large one," said Dr. Helen Okafor, a nephrologist at Westbrook Medical School and the trial\'s lead investigator.\n\n'
            "The trial followed 1,200 patients for three years.\n\n"
            'Dr. Marcus Feld, a kidney specialist at Riverside Hospital who was not involved in the research, said the result was "worth taking seriously."\n\n'
            '"But I would want to see it repeated before changing what I prescribe," he said.\n\n'
            'Okafor said a larger trial was planned. "We owe patients a definite answer," she said.'
        ),
        [
            ("We were looking for", "direct", "Helen Okafor"),
            ("worth taking seriously", "partial", "Marcus Feld"),
            ("But I would want", "direct", "Marcus Feld"),
            ("We owe patients", "direct", "Helen Okafor"),
        ],
    ),
    (
        (
            "The Harbor City Sharks beat the Northfield Bears 4-2 on Saturday to move into first place.\n\n"
            '"We played the full sixty minutes tonight," Sharks coach Dan Morrow said. "That has not always been the case."\n\n'
            "Center Luca Bianchi scored twice in the third period.\n\n"
            '"The puck just found me," Bianchi said. "Honestly, the linemates did all the work."\n\n'
            "Bears coach Ray Whitley was blunt about his team's performance.\n\n"
            '"We were second to every loose puck," he said. "That is on me."'
        ),
        [
            ("We played the full", "direct", "Dan Morrow"),
            ("That has not always", "direct", "Dan Morrow"),
            ("We were second", "direct", "Ray Whitley"),
            ("That is on me", "direct", "Ray Whitley"),
        ],
    ),
    (
        (
            "The city of Larkspur has been sued by a group of residents who say a new bike lane has made their street more dangerous.\n\n"
            'The complaint, filed Monday in county court, says the lane "forces delivery trucks to double-park in the only remaining travel lane."\n\n'
            '"The city ignored every warning it was given," the filing states.\n\n'
            'City Attorney Rebecca Long said the city would "vigorously defend" the project.\n\n'
            '"Bike lanes save lives. That is not a matter of opinion," Long said.'
        ),
        [
            ("forces delivery trucks", "partial", "The complaint"),
            ("The city ignored every", "direct", "the filing"),
            ("vigorously defend", "partial", "Rebecca Long"),
            ("Bike lanes save lives", "direct", "Rebecca Long"),
        ],
    ),
    (
        (
            "Hundreds of residents spent a second night in emergency shelters after a landslide cut off the mountain village of San Rafael.\n\n"
            '"We heard a sound like thunder, but it did not stop," said Maria Elena Cruz, 58, who fled with her two grandchildren. "Then the road was gone."\n\n'
            "Civil protection chief Jorge Salinas said helicopters had evacuated 140 people.\n\n"
            '"Our priority is the people who are still up there," Salinas said. "Some of them do not want to leave their animals."\n\n'
            'A rescue worker, who gave only his first name, Tomás, said the ground was still moving. "Every hour it shifts a little more," he said.'
        ),
        [
            ("We heard a sound", "direct", "Maria Elena Cruz"),
            ("Then the road was gone", "direct", "Maria Elena Cruz"),
            ("Our priority is", "direct", "Jorge Salinas"),
            ("Some of them do not", "direct", "Jorge Salinas"),
            ("Every hour it shifts", "direct", "Tomás"),
        ],
    ),
    (
        (
            "Novelist Irene Castellane has spent three decades writing about the same small town.\n\n"
            '"People ask me when I am going to write about somewhere else," she said in an interview at her home in Vermont. "I tell them I have not finished with this place yet.\n\n'
            '"Every time I think I know everyone in it, someone new walks in."\n\n'
            "Her latest book, her ninth, is set during a flood in 1927.\n\n"
            'Her longtime editor, Samuel Brandt, called it "the best thing she has written."'
        ),
        [
            ("People ask me when", "direct", "Irene Castellane"),
            ("I tell them I have not", "direct", "Irene Castellane"),
            ("Every time I think", "direct", "Irene Castellane"),
            ("the best thing she", "partial", "Samuel Brandt"),
        ],
    ),
    (
        (
            'The chief executive of a collapsed crypto exchange told a House committee on Tuesday that he had "no idea" customer funds were being moved.\n\n'
            '"Did you or did you not sign the transfer orders?" Rep. Carla Jimenez asked.\n\n'
            '"I signed a great many documents, Congresswoman," replied Darren Voss, the former chief executive of CoinHarbor. "I did not read all of them."\n\n'
            'Rep. Walt Becker called the answer "astonishing."\n\n'
            '"You ran the company," Becker said. "Who else was supposed to read them?"'
        ),
        [
            ("Did you or did you not", "direct", "Carla Jimenez"),
            ("I signed a great many", "direct", "Darren Voss"),
            ("I did not read", "direct", "Darren Voss"),
            ("astonishing", "partial", "Walt Becker"),
            ("You ran the company", "direct", "Walt Becker"),
            ("Who else was supposed", "direct", "Walt Becker"),
        ],
    ),
]


# --- round 19: a statement's issuer, the accused ---

_STORIES_19 = [
    (
        (
            "The Ministry of Defence issued a statement on Thursday after reports that two patrol boats had been taken out of service.\n\n"
            '"Both vessels remain available for operations and will return to sea next month," the statement read.\n\n'
            'Opposition MPs said the explanation was "not good enough".\n\n'
            '"We have been told nothing for weeks," said Labour defence spokesman Alan Kerr.'
        ),
        [
            ("Both vessels remain", "direct", "The Ministry of Defence"),
            ("not good enough", "partial", "Opposition MPs"),
            ("We have been told", "direct", "Alan Kerr"),
        ],
    ),
    (
        (
            "Ministers have been accused of 'ducking the question' over cuts to rural bus services.\n\n"
            "'Every week another route disappears and nobody in Whitehall will say why,' said Councillor Jean Morley, who leads the county's transport committee.\n\n"
            "The Department for Transport released a short statement. 'Funding decisions are a matter for local authorities,' the statement said."
        ),
        [
            ("Every week another route", "direct", "Jean Morley"),
            ("Funding decisions", "direct", "The Department for Transport"),
        ],
    ),
]


# --- round 20: wire house styles, transcripts, calls, courts, obituaries, science ---

_STORIES_20 = [
    (
        (
            "WASHINGTON (AP) — The Senate on Wednesday narrowly approved a bill that would expand veterans' access to private clinics, sending the measure to the House.\n\n"
            '"This is a promise kept," Senate Majority Leader Ruth Calloway, D-Ore., said on the floor before the vote.\n\n'
            'Republicans said the bill\'s price tag was too high. Sen. Dale Mercer, R-Kan., called it "a blank check with a flag on it."\n\n'
            "The vote was 51-48.\n\n"
            "___\n\n"
            "Associated Press writer Lisa Chen contributed to this report."
        ),
        [
            ("This is a promise kept", "direct", "Ruth Calloway"),
            ("a blank check", "partial", "Dale Mercer"),
        ],
    ),
    (
        (
            "LONDON, March 3 (Reuters) - British retailer Harwood Group said on Tuesday its annual profit would beat forecasts after strong Christmas trading, sending its shares up 9%.\n\n"
            '"We have taken market share in every category," Chief Executive Fiona Blake said in a statement.\n\n'
            'Analysts at Peel Hunt said the update was "reassuringly dull".\n\n'
            '"It is a clean beat," said Tom Ashby, an analyst at Shore Capital. "The question is whether it lasts."\n\n'
            "(Reporting by James Holt; Editing by Mark Potter)"
        ),
        [
            ("We have taken market", "direct", "Fiona Blake"),
            ("reassuringly dull", "partial", "Peel Hunt"),
            ("It is a clean beat", "direct", "Tom Ashby"),
            ("The question is", "direct", "Tom Ashby"),
        ],
    ),
    (
        (
            'Paris (AFP) - French farmers blocked motorways around Paris on Monday, vowing to stay "as long as it takes" to win concessions on fuel taxes.\n\n'
            '"We are not going home with promises," said Jerome Vasseur, a cereal grower from the Beauce region, standing beside his tractor.\n\n'
            'Prime Minister Claire Duval told reporters the government was "ready to listen" but would not reverse the tax.\n\n'
            '"The door is open," she said.\n\n'
            "jv/lth/rmb"
        ),
        [
            ("as long as it takes", "partial", "French farmers"),
            ("We are not going home", "direct", "Jerome Vasseur"),
            ("ready to listen", "partial", "Claire Duval"),
            ("The door is open", "direct", "Claire Duval"),
        ],
    ),
    (
        (
            'A grandmother who waited 14 hours on a hospital trolley has described the experience as "degrading".\n\n'
            "Margaret Hollis, 81, from Stockport, was taken to Stepping Hill Hospital after a fall at home.\n\n"
            'Her daughter, Karen Webb, said: "Nobody came to check on her for hours. She was crying with pain."\n\n'
            'A spokesman for Stockport NHS Foundation Trust said: "We apologise to Mrs Hollis and her family. Our emergency department was under extreme pressure that night."\n\n'
            'Health minister Andrew Pike said the case was "completely unacceptable".'
        ),
        [
            ("degrading", "partial", "A grandmother"),
            ("Nobody came to check", "direct", "Karen Webb"),
            ("We apologise to Mrs", "direct", "A spokesman for Stockport NHS Foundation Trust"),
            ("completely unacceptable", "partial", "Andrew Pike"),
        ],
    ),
    (
        (
            "OTTAWA — The federal government will spend $2.1 billion over five years to build new housing on Indigenous land, Housing Minister Anita Dhillon announced Thursday.\n\n"
            '"For too long, communities have been left waiting," Dhillon told reporters in Ottawa.\n\n'
            'Assembly of First Nations National Chief Peter Whitecloud welcomed the money but said it "barely scratches the surface."\n\n'
            '"We need ten times this," Whitecloud said in an interview with The Canadian Press.\n\n'
            "This report by The Canadian Press was first published May 4, 2026."
        ),
        [
            ("For too long", "direct", "Anita Dhillon"),
            ("barely scratches", "partial", "Peter Whitecloud"),
            ("We need ten times", "direct", "Peter Whitecloud"),
        ],
    ),
    (
        (
            "A Queensland man who spent three days lost in dense rainforest survived by eating wild berries and drinking from creeks.\n\n"
            "Bushwalker Liam O'Connor, 34, was found by a police helicopter crew on Sunday morning near Mount Bartle Frere.\n\n"
            '"He was in remarkably good spirits," Senior Sergeant Dean Moffat told AAP.\n\n'
            '"I just kept walking downhill," Mr O\'Connor said from his hospital bed in Cairns. "I knew I\'d hit a road eventually."\n\n'
            "AAP"
        ),
        [
            ("He was in remarkably", "direct", "Dean Moffat"),
            ("I just kept walking", "direct", "Liam O'Connor"),
            ("I knew I'd hit", "direct", "Liam O'Connor"),
        ],
    ),
    (
        (
            "Copper rose to the highest in almost two years as supply disruptions in Chile and Peru added to concern about a looming shortage.\n\n"
            '"The market is waking up to how tight things really are," said Nadia Osei, head of metals research at Halden Partners in London. "Inventories are at levels we haven\'t seen in a decade."\n\n'
            'Goldman Sachs Group Inc. analysts including Erik Vance said in a note that prices could reach $12,000 a ton by year-end, describing the outlook as "the most bullish in a generation."\n\n'
            'Codelco, the world\'s biggest producer, said output at its El Teniente mine was "recovering gradually."'
        ),
        [
            ("The market is waking", "direct", "Nadia Osei"),
            ("Inventories are at", "direct", "Nadia Osei"),
            ("the most bullish", "partial", "Erik Vance"),
            ("recovering gradually", "partial", "Codelco"),
        ],
    ),
    (
        (
            "Sept. 12 (UPI) -- A California man has been charged with setting a wildfire that destroyed 40 homes, prosecutors said Friday.\n\n"
            'Butte County District Attorney Mara Linden said the suspect, Wade Harlan, 29, "knowingly and recklessly" started the blaze while burning trash.\n\n'
            '"The people of Paradise Ridge have lost everything," Linden said at a news conference.\n\n'
            "Harlan's public defender did not respond to a request for comment."
        ),
        [
            ("knowingly and recklessly", "partial", "Mara Linden"),
            ("The people of Paradise", "direct", "Mara Linden"),
        ],
    ),
    (
        (
            "WOLF BLAKELY, CNN ANCHOR: Joining us now is Senator Helen Park. Senator, thanks for being with us.\n\n"
            "SEN. HELEN PARK (D-WA): Thanks for having me, Wolf.\n\n"
            'BLAKELY: The president said this morning, quote, "the deal is done." Is it?\n\n'
            "PARK: No. Nothing is done until it passes both chambers. And frankly, I have concerns.\n\n"
            "BLAKELY: What concerns?\n\n"
            "PARK: The funding formula leaves rural hospitals behind."
        ),
        [
            ("the deal is done", "partial", "The president"),
        ],
    ),
    (
        (
            "STEVE INSKEEP, HOST: Farmers in Iowa are watching the skies. NPR's Dana Wilkes reports.\n\n"
            "DANA WILKES, BYLINE: On his farm outside Ames, Rick Halvorsen kicks at the dry soil.\n\n"
            "RICK HALVORSEN: This should be mud right now. It's dust.\n\n"
            'WILKES: Halvorsen says his corn is two weeks behind. State climatologist Justin Grieve says the drought is "the worst since 2012."\n\n'
            "JUSTIN GRIEVE: We are about four inches below normal for the spring."
        ),
        [
            ("the worst since 2012", "partial", "Justin Grieve"),
        ],
    ),
    (
        (
            "Northwind Airlines Corp. reported a smaller-than-expected quarterly loss on Thursday and said summer bookings were running ahead of last year.\n\n"
            'Chief Executive Jo Lind told analysts on a call that demand for transatlantic flights was "the strongest we have ever seen."\n\n'
            '"We are adding capacity where the customers are," Lind said. "That means Europe, and it means premium cabins."\n\n'
            'Chief Financial Officer Raj Menon said fuel costs would "remain a headwind" through the third quarter.\n\n'
            'Asked whether the airline would resume buybacks, Menon said: "Not this year. Debt reduction comes first."'
        ),
        [
            ("the strongest we have", "partial", "Jo Lind"),
            ("We are adding capacity", "direct", "Jo Lind"),
            ("That means Europe", "direct", "Jo Lind"),
            ("remain a headwind", "partial", "Raj Menon"),
            ("Not this year", "direct", "Raj Menon"),
        ],
    ),
    (
        (
            "A teenager who died after falling from a cliff in Cornwall had been drinking with friends, an inquest heard.\n\n"
            "Ellie Marsh, 17, from Truro, fell about 30 metres at Holywell Bay in August last year.\n\n"
            'Her friend Jack Trevithick told the hearing: "We were sitting near the edge. I turned round and she wasn\'t there."\n\n'
            'Recording a verdict of misadventure, senior coroner Andrew Cox said: "This was a tragic accident. Ellie was a much-loved young woman."\n\n'
            'In a statement read out at the inquest, her parents said she was "kind, funny and fearless".'
        ),
        [
            ("We were sitting near", "direct", "Jack Trevithick"),
            ("This was a tragic", "direct", "Andrew Cox"),
            ("kind, funny and", "partial", "her parents"),
        ],
    ),
    (
        (
            "A former care home manager has been jailed for six years for stealing more than £400,000 from elderly residents.\n\n"
            "Sandra Pryce, 58, of Hull, used residents' bank cards to pay for holidays and a new car, Hull Crown Court heard.\n\n"
            'Judge Michael Rowe told her: "You preyed on people who trusted you completely. Your greed was breathtaking."\n\n'
            'Prosecutor Helen Adair said Pryce had shown "no genuine remorse".\n\n'
            'Outside court, Detective Constable Sam Reid said: "Today\'s sentence sends a clear message."'
        ),
        [
            ("You preyed on people", "direct", "Michael Rowe"),
            ("no genuine remorse", "partial", "Helen Adair"),
            ("Today's sentence", "direct", "Sam Reid"),
        ],
    ),
    (
        (
            "A federal judge on Monday blocked a Texas law requiring social media companies to verify users' ages, ruling that it likely violates the First Amendment.\n\n"
            'U.S. District Judge Carmen Ortiz wrote that the law "sweeps far too broadly" and would burden adults\' access to lawful speech.\n\n'
            '"The state may protect children, but it may not do so by locking the doors of the public square," Ortiz wrote in a 42-page opinion.\n\n'
            "The Texas attorney general's office said it would appeal.\n\n"
            '"We are confident the Fifth Circuit will uphold this common-sense law," spokeswoman Alicia Benn said.'
        ),
        [
            ("sweeps far too broadly", "partial", "Carmen Ortiz"),
            ("The state may protect", "direct", "Carmen Ortiz"),
            ("We are confident the Fifth", "direct", "Alicia Benn"),
        ],
    ),
    (
        (
            "Jordan Hale scored twice as Westbury came from behind to beat Calder Town 3-1 and move top of the table.\n\n"
            'Westbury manager Gary Fenwick said: "At half-time I told them to stay calm. We knew the chances would come."\n\n'
            'Calder boss Steve Orme admitted his side had "run out of legs" in the final 20 minutes.\n\n'
            '"We gave everything," Orme said. "But you can\'t give away goals like that at this level."\n\n'
            'Hale, nicknamed "The Ghost" by supporters, now has 14 goals this season.'
        ),
        [
            ("At half-time I told", "direct", "Gary Fenwick"),
            ("run out of legs", "partial", "Steve Orme"),
            ("We gave everything", "direct", "Steve Orme"),
            ("But you can't give", "direct", "Steve Orme"),
        ],
    ),
    (
        (
            'Tennis star Marta Kovac said she was "not thinking about retirement" after her second-round exit at the Australian Open on Wednesday.\n\n'
            '"I still love this sport. My body just has to catch up," the 33-year-old told reporters.\n\n'
            "Asked about her coach, Kovac said: \"He's been with me for ten years. That's not changing.\"\n\n"
            'Her opponent, 19-year-old qualifier Ana Brel, called the win "a dream."'
        ),
        [
            ("not thinking about", "partial", "Marta Kovac"),
            ("I still love this", "direct", "Marta Kovac"),
            ("He's been with me", "direct", "Marta Kovac"),
            ("a dream", "partial", "Ana Brel"),
        ],
    ),
    (
        (
            "Harold Finch, a jazz trumpeter who played with some of the biggest bands of the 1960s, died on Saturday at his home in New Orleans. He was 89.\n\n"
            "His daughter, Rosa Finch, said the cause was heart failure.\n\n"
            '"He played every single day, even when he couldn\'t walk to the bandstand anymore," she said. "Music was how he talked to us."\n\n'
            'Mr. Finch recorded his best-known album, "Blue Levee," in 1964.\n\n'
            '"Harold had a sound nobody could copy," said the pianist Carl Dupree, who toured with him for a decade.'
        ),
        [
            ("He played every single", "direct", "Rosa Finch"),
            ("Music was how he", "direct", "Rosa Finch"),
            ("Harold had a sound", "direct", "Carl Dupree"),
        ],
    ),
    (
        (
            "People who walk at least 7,000 steps a day have a lower risk of dementia, according to a large study published Wednesday in the journal Neurology.\n\n"
            "The researchers followed more than 80,000 adults in Britain for seven years.\n\n"
            '"Even modest amounts of walking seem to matter," said the study\'s lead author, Dr. Priya Nair of University College London.\n\n'
            'The authors wrote that the findings were "consistent with a causal effect" but cautioned that the study was observational.\n\n'
            '"It\'s a well-done study, but people who walk more may simply be healthier to begin with," said Dr. Owen Hale, a neurologist at Johns Hopkins University who was not involved in the research.'
        ),
        [
            ("Even modest amounts", "direct", "Priya Nair"),
            ("consistent with a causal", "partial", "The authors"),
            ("It's a well-done", "direct", "Owen Hale"),
        ],
    ),
    (
        (
            "Astronomers have spotted what may be the most distant galaxy ever seen, a faint smudge of light from just 290 million years after the Big Bang.\n\n"
            '"We were not expecting to find anything this bright, this early," said Lena Vogt, an astrophysicist at the University of Arizona and a co-author of the paper.\n\n'
            'The team nicknamed the galaxy "Little Ember."\n\n'
            '"If this holds up, it rewrites the timeline," said Marcus Bell, who was not involved in the study.'
        ),
        [
            ("We were not expecting", "direct", "Lena Vogt"),
            ("If this holds up", "direct", "Marcus Bell"),
        ],
    ),
    (
        (
            'What is a "windfall tax" and why does everyone suddenly want one?\n\n'
            'The chancellor has described the levy as "temporary and targeted". Critics call it "a tax on investment".\n\n'
            'The energy industry body, Offshore Energies UK, warned it would "drive capital abroad", while the Resolution Foundation said the design was "broadly sensible".\n\n'
            "So what happens next? Ministers say details will come in the autumn budget."
        ),
        [
            ("temporary and targeted", "partial", "The chancellor"),
            ("a tax on investment", "partial", "Critics"),
            ("drive capital abroad", "partial", "Offshore Energies UK"),
            ("broadly sensible", "partial", "Resolution Foundation"),
        ],
    ),
    (
        (
            "A letter from the late soldier was read out at his funeral in Wrexham on Friday.\n\n"
            '"If you are reading this, then I did not come home," Corporal Daniel Price wrote in the letter, which he left with his commanding officer. "Please don\'t be sad for long."\n\n'
            'His mother, Angela Price, told mourners: "Daniel was the bravest person I have ever known."\n\n'
            'The Ministry of Defence said in a statement that Cpl Price was "an exceptional soldier".'
        ),
        [
            ("If you are reading this", "direct", "Daniel Price"),
            ("Please don't be sad", "direct", "Daniel Price"),
            ("Daniel was the bravest", "direct", "Angela Price"),
            ("an exceptional soldier", "partial", "Ministry of Defence"),
        ],
    ),
    (
        (
            "The family of a cyclist killed by a lorry in Bristol have called for safer junctions.\n\n"
            'In a statement read on their behalf by solicitor Nadia Karim, the family of Tom Ellery said: "Tom was doing everything right. He was killed because the road was designed badly."\n\n'
            'Bristol City Council said it would "review the junction urgently".'
        ),
        [
            ("Tom was doing everything", "direct", "the family of Tom Ellery"),
            ("review the junction", "partial", "Bristol City Council"),
        ],
    ),
    (
        (
            "MIAMI (AP) — Devin Shaw threw for three touchdowns and the Miami Dolphins beat the Buffalo Bills 27-20 on Sunday.\n\n"
            '"We just kept grinding," Shaw said. "Nobody panicked."\n\n'
            "Bills coach Sean McAllister was blunt about his team's defense.\n\n"
            "\"We didn't tackle. That's the game,\" McAllister said.\n\n"
            'Shaw, whom teammates call "Big Game Devin," completed 24 of 31 passes.'
        ),
        [
            ("We just kept grinding", "direct", "Devin Shaw"),
            ("Nobody panicked", "direct", "Devin Shaw"),
            ("We didn't tackle", "direct", "Sean McAllister"),
        ],
    ),
    (
        (
            "BRUSSELS, June 9 (Reuters) - European Union governments are close to agreeing new sanctions, but Hungary is still holding out, three diplomats said on Friday.\n\n"
            '"We are 95% there," one senior EU diplomat said, speaking on condition of anonymity because the talks were private. "The last 5% is always the hardest."\n\n'
            'A Hungarian government spokesman, Zoltan Bako, said Budapest would "not sign anything that harms our energy security".'
        ),
        [
            ("We are 95% there", "direct", "one senior EU diplomat"),
            ("The last 5% is", "direct", "one senior EU diplomat"),
            ("not sign anything", "partial", "Zoltan Bako"),
        ],
    ),
    (
        (
            "The Prime Minister has insisted the Government will meet its housing target despite figures showing building has slowed.\n\n"
            'Speaking to broadcasters during a visit to a building site in Kent, Sir Alan Dalton said: "We will get there. I am absolutely determined."\n\n'
            'Shadow housing secretary Emma Rhodes said the target was "in tatters".\n\n'
            '"Every month the gap grows," she told the PA news agency.'
        ),
        [
            ("We will get there", "direct", "Alan Dalton"),
            ("in tatters", "partial", "Emma Rhodes"),
            ("Every month the gap", "direct", "Emma Rhodes"),
        ],
    ),
    (
        (
            'Actress June Carlisle, best known for her role as the feisty landlady in the sitcom "Hope Street", has died aged 84.\n\n'
            'Her family said in a statement: "Mum passed away peacefully at home, surrounded by the people who loved her."\n\n'
            'Her co-star Bill Turner said: "June could get a laugh out of a shopping list. There will never be another like her."'
        ),
        [
            ("Mum passed away", "direct", "Her family"),
            ("June could get a laugh", "direct", "Bill Turner"),
        ],
    ),
    (
        (
            "The Federal Reserve is likely to hold rates steady next month, Governor Lisa Okafor said, pushing back against market bets on a cut.\n\n"
            '"I don\'t see the case for easing yet," Okafor said Tuesday in remarks prepared for an event in Chicago. "Inflation has stalled above our target."\n\n'
            'Her comments echoed those of Fed Chair Martin Rees, who last week said policy was "well positioned".'
        ),
        [
            ("I don't see the case", "direct", "Lisa Okafor"),
            ("Inflation has stalled", "direct", "Lisa Okafor"),
            ("well positioned", "partial", "Martin Rees"),
        ],
    ),
]

#: Quoted titles, nicknames and terms in :data:`_STORIES_20` that are no quotes.
_NOT_QUOTES_20 = [
    (14, ["The Ghost"]),
    (16, ["Blue Levee"]),
    (18, ["Little Ember"]),
    (19, ["windfall tax"]),
    (22, ["Big Game Devin"]),
    (25, ["Hope Street"]),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        *_STORIES_13,
        *_STORIES_14,
        *_STORIES_15,
        *_STORIES_16,
        *_STORIES_17,
        *_STORIES_19,
        *_STORIES_20,
    ],
    ids=lambda value: "",
)
def test_invented_stories(text: str, expected: list[tuple[str, str, str]]) -> None:
    quotes = find_quotes(text)
    for prefix, kind, name in expected:
        quote = next(q for q in quotes if q.text.startswith(prefix))
        assert quote.speaker is not None
        assert (quote.kind, quote.speaker.name) == (kind, name), prefix


@pytest.mark.parametrize(("story", "prefixes"), _NOT_QUOTES_20)
def test_invented_stories_titles_and_nicknames(story: int, prefixes: list[str]) -> None:
    quotes = find_quotes(_STORIES_20[story][0])
    assert [q.text for q in quotes if q.text.startswith(tuple(prefixes))] == []
    assert quotes  # (the story's quotes are still found)


def test_a_first_name_given_in_a_relative_clause_names_the_speaker() -> None:
    text = '"It was chaos," said a porter who gave only his first name, Sam. "No beds," he said.'
    quotes = find_quotes(text)
    assert [(q.speaker.name, q.speaker.role) for q in quotes if q.speaker] == [
        ("Sam", "porter"),
        ("Sam", "porter"),
    ]
    text = '"It was chaos," said a nurse who asked to be identified by her first name, Ana.'
    assert [q.speaker.name for q in find_quotes(text) if q.speaker] == ["Ana"]
    # negative: a clause that gives no first name leaves the description
    text = '"It was chaos," said a nurse who gave her name to police.'
    assert [q.speaker.name for q in find_quotes(text) if q.speaker] == ["a nurse"]


def test_a_school_year_before_a_pupil_is_skipped() -> None:
    lead = "Students staged a walkout.\n\n"
    text = lead + '"We want a say," said Year 11 pupil Aisha Bello, 16.'
    assert [(q.speaker.name, q.speaker.role) for q in find_quotes(text) if q.speaker] == [
        ("Aisha Bello", "pupil")
    ]
    text = lead + '"We want a say," said Grade 10 student Ben Cole.'
    assert [q.speaker.name for q in find_quotes(text) if q.speaker] == ["Ben Cole"]
    # negative: a year and a number with no speaker noun after them names no one
    text = lead + '"We want a say," said Year 11 and left.'
    assert [q.speaker for q in find_quotes(text) if q.speaker] == []


def test_a_name_set_off_after_a_description_sheds_its_firm() -> None:
    text = 'Shares fell.\n\n"Management has lost credibility," said the analyst, Ben Okafor of Northgate Capital.'
    assert [(q.speaker.name, q.speaker.role) for q in find_quotes(text) if q.speaker] == [
        ("Ben Okafor", "analyst")
    ]
    # negative: an organisation set off after a description is no person
    text = 'Shares fell.\n\n"Management has lost credibility," said the company, Acme of Ohio.'
    assert [q.speaker.name for q in find_quotes(text) if q.speaker] == ["the company"]


def test_a_pronoun_with_no_one_named_reads_the_one_described_before() -> None:
    text = (
        "The former president said he would not stand again.\n\n"
        '"I have served," the former president said.\n\nHe added: "I will help."'
    )
    assert [q.speaker.name for q in find_quotes(text) if q.speaker] == ["the former president"] * 2
    text = '"We lost," said the head coach. "We were poor," he said.'
    assert [q.speaker.name for q in find_quotes(text) if q.speaker] == ["the head coach"] * 2
    # negative: a noun of the other gender, or a body, is not a "he"
    text = '"We lost," the spokeswoman said.\n\n"We were poor," he said.'
    assert [q.speaker.name for q in find_quotes(text) if q.speaker] == ["the spokeswoman", "he"]
    text = '"We lost," the ministry said.\n\n"We were poor," he said.'
    assert [q.speaker.name for q in find_quotes(text) if q.speaker] == ["the ministry", "he"]
    # negative: someone named who spoke since is the one the pronoun reads
    text = '"We lost," said the head coach. "We were poor," Tom Hale said.\n\n"We win," he said.'
    assert [q.speaker.name for q in find_quotes(text) if q.speaker][1:] == ["Tom Hale"] * 2
    # negative: two paragraphs or more after it, the pronoun is left as written
    text = (
        '"We lost," said the head coach.\n\nRain fell.\n\nIt was cold.\n\n"We were poor," he said.'
    )
    assert [q.speaker.name for q in find_quotes(text) if q.speaker] == ["the head coach", "he"]


def test_a_study_speaks_not_its_topic() -> None:
    text = 'A report into the collapse of the firm has blamed its directors for "wilful blindness".'
    assert [q.speaker.name for q in find_quotes(text) if q.speaker] == ["A report"]
    text = 'A long-awaited review of the Acme care group said it was "negligent".'
    assert [q.speaker.name for q in find_quotes(text) if q.speaker] == ["A long-awaited review"]
    # negative: a person who heads a study, and a study's author, speak for it
    text = 'The chairman of the inquiry said it was "bad".'
    assert [q.speaker.name for q in find_quotes(text) if q.speaker] == [
        "The chairman of the inquiry"
    ]
    text = 'A study by the university said walking was "good for you".'
    assert [q.speaker.name for q in find_quotes(text) if q.speaker] == ["the university"]


def test_a_club_before_a_position_reads_as_the_position() -> None:
    text = "Captain Conor Walsh welcomed it.\n\n'Competition is good,' the Leinster fly-half said."
    assert [q.speaker.name for q in find_quotes(text) if q.speaker] == ["Conor Walsh"]
    text = "Conor Walsh scored. 'It was good,' the Real Madrid striker said."
    assert [q.speaker.name for q in find_quotes(text) if q.speaker] == ["Conor Walsh"]
    # negative: two people named before, or a role that is no position, name no one
    text = "Conor Walsh and Tom Hale scored. 'It was good,' the Liverpool striker said."
    assert [q.speaker.name for q in find_quotes(text) if q.speaker] == ["the Liverpool striker"]
    text = "Conor Walsh scored. 'It was good,' the Liverpool manager said."
    assert [q.speaker.name for q in find_quotes(text) if q.speaker] == ["the Liverpool manager"]


def test_a_position_epithet_matches_the_whole_word() -> None:
    # the prop is the one introduced as a prop, not the one near a proposal
    text = 'Ben Moore backed the proposal; Tom Vane, the prop, scored. "Lucky," said the prop.'
    assert [q.speaker.name for q in find_quotes(text) if q.speaker] == ["Tom Vane"]
    text = 'Ben Moore, the prop, scored. Tom Vane backed the proposal. "Lucky," said the prop.'
    assert [q.speaker.name for q in find_quotes(text) if q.speaker] == ["Ben Moore"]


def test_a_complement_stops_before_its_own_verb() -> None:
    text = (
        'A spokesperson for the Competition Authority declined to comment but said it "will act".'
    )
    assert [q.speaker.name for q in find_quotes(text) if q.speaker] == [
        "A spokesperson for the Competition Authority"
    ]
    text = 'A person familiar with the talks declined to comment but said: "We will see."'
    assert [q.speaker.name for q in find_quotes(text) if q.speaker] == [
        "A person familiar with the talks"
    ]
    # negative: an adjective after the article, a company's "Limited" and a crowd stay
    text = 'A spokesman for the embattled minister said: "We will see."'
    assert [q.speaker.name for q in find_quotes(text) if q.speaker] == [
        "A spokesman for the embattled minister"
    ]
    text = 'A spokesman for Acme Limited said: "We will see."'
    assert [q.speaker.name for q in find_quotes(text) if q.speaker] == [
        "A spokesman for Acme Limited"
    ]
    text = 'Hundreds of protesters marched through the city, chanting "No more war".'
    assert [q.speaker.name for q in find_quotes(text) if q.speaker] == ["protesters"]


def test_a_word_that_counts_people_is_no_description_for_a_pronoun() -> None:
    text = (
        "The most telling promise Mrs. Clinton has made is that she will not overpromise. "
        '"We need less of that," she has said.'
    )
    assert [q.speaker.name for q in find_quotes(text) if q.speaker] == ["she"]
    # the rule it narrows still holds: a person described with "the"
    text = 'The former president visited the plant. "We need jobs," he said.'
    assert [q.speaker.name for q in find_quotes(text) if q.speaker] == ["The former president"]


def test_find_quotes_reads_each_paragraph_after_its_dateline() -> None:
    # the dateline's place is no subject: the sentence's own subject speaks
    text = 'NEW DELHI (Reuters) - Finance Minister Jo Rao on Monday called the plan "reckless".'
    assert [q.speaker.name for q in find_quotes(text) if q.speaker] == ["Jo Rao"]
    text = 'ISLAMABAD (AFP) - The ministry rejected the remarks as "irresponsible".'
    assert [q.speaker.name for q in find_quotes(text) if q.speaker] != ["ISLAMABAD"]
    text = 'WASHINGTON - Senator Ann Lee told reporters the bill was "dead on arrival".'
    quotes = find_quotes(text)
    assert [q.speaker.name for q in quotes if q.speaker] == ["Ann Lee"]
    assert text[quotes[0].span.start : quotes[0].span.end] == "dead on arrival"
    # negative: a speaker's label is no dateline
    text = 'Johnson: "We will fight."'
    assert [q.speaker.name for q in find_quotes(text) if q.speaker] == ["Johnson"]


# --- round 16: rules found by the invented stories (invented snippets) ---


def _names(text: str) -> list[str]:
    return [q.speaker.name for q in find_quotes(text) if q.speaker]


def test_a_full_name_is_its_own_person_whatever_its_first_name() -> None:
    text = (
        "Mark Lindqvar, 58, and his son Josh Lindqvar, 24, arrived.\n\n"
        '"There were nights," Mark Lindqvar said.'
    )
    assert _names(text) == ["Mark Lindqvar"]
    # negative: a surname alone is still the one named last
    text = 'Mark Lindqvar and his son Josh Lindqvar arrived.\n\n"There were nights," Lindqvar said.'
    assert _names(text) == ["Josh Lindqvar"]


def test_a_relative_named_with_an_owner_stands_for_the_one_so_introduced() -> None:
    text = 'Mark Lindqvar and his son Josh Lindqvar arrived.\n\n"Dad snores," his son joked.'
    assert _names(text) == ["Josh Lindqvar"]
    text = 'Peter Ash and his wife, Carol Ash, retired.\n\n"It breaks my heart," his wife said.'
    assert _names(text) == ["Carol Ash"]
    # negative: two sons introduced leave it as written
    text = (
        "Tom Berg and his son Leo Berg spoke, then Ann Lind and her son Sam Lind.\n\n"
        '"We lost," his son said.'
    )
    assert _names(text) == ["his son"]


def test_an_opening_subject_may_have_a_nationality_and_a_title_of_two_words() -> None:
    lead = 'Finnish President Mikael Salonen said it was "a practical answer."\n\n'
    text = lead + 'Swedish Prime Minister Anders Holm was cautious. "This is a framework," he said.'
    assert _names(text)[-1] == "Anders Holm"
    # negative: a long run of capitalised words with no title hands nothing on
    text = lead + 'Big Red Barn Country Fair Day was fun. "This is a framework," he said.'
    assert _names(text)[-1] == "Mikael Salonen"


def test_a_name_with_its_age_after_an_opening_phrase_opens_the_paragraph() -> None:
    lead = (
        '"The enemy is targeting us," military spokesman Col. Andriy Kovalenko told reporters.\n\n'
    )
    text = (
        lead
        + 'In the town, Olha Savchuk, 63, swept up glass.\n\n"We have nowhere to go," she said.'
    )
    assert _names(text)[-1] == "Olha Savchuk"
    # negative: with no age a name after an opening phrase may be a place
    text = lead + 'In that sense, Sandy Hook was lucky.\n\n"We have nowhere to go," he said.'
    assert _names(text)[-1] == "Andriy Kovalenko"


def test_a_lone_first_name_described_as_a_person_opens_the_paragraph() -> None:
    text = (
        "The hut is empty most of the year.\n\n"
        "Kwame, a 41-year-old former soldier, has been cutting hair there.\n\n"
        '"Everyone deserves to feel smart," he said.'
    )
    assert _names(text) == ["Kwame"]
    # negative: a body described is no "she"
    text = 'Ann Berg spoke.\n\nAcme, a big company, has cut jobs.\n\n"We are fine," she said.'
    assert _names(text) == ["Ann Berg"]


def test_a_club_or_a_town_is_no_person() -> None:
    text = (
        "Forward Ollie Brennan has signed a new deal with Castleford Town.\n\n"
        '"This club gave me my chance," he said.'
    )
    quotes = find_quotes(text)
    assert [(q.speaker.name, q.speaker.role) for q in quotes if q.speaker] == [
        ("Ollie Brennan", "Forward")
    ]
    # negative: a surname that only starts like a town is a person's
    text = 'Kevin Townsend signed.\n\n"This club gave me my chance," he said.'
    assert _names(text) == ["Kevin Townsend"]


def test_the_teenager_is_the_one_introduced_as_one_or_with_a_teenage_age() -> None:
    text = (
        "Sam Okafor, 18, sat his exams at night.\n\n"
        '"I revised between orders," the 18-year-old said.\n\n'
        '"I hope to come back," the teenager added.'
    )
    assert _names(text) == ["Sam Okafor", "Sam Okafor"]
    text = (
        "Teenager Mira Castell reached the quarter-finals.\n\n"
        "Castell, 17, broke serve four times.\n\n"
        '"I just played the ball," the 17-year-old said.'
    )
    quotes = find_quotes(text)
    assert [(q.speaker.name, q.speaker.role) for q in quotes if q.speaker] == [
        ("Mira Castell", "Teenager")
    ]
    # negatives: a grown-up, or two teenagers, leave it as written
    text = 'Jana Lind, 30, was in tears.\n\n"It hurts," the teenager said.'
    assert _names(text) == ["the teenager"]
    text = 'Dean Mbeki, 16, and Tom Kent, 17, scored.\n\n"I ran," the teenager said.'
    assert _names(text) == ["the teenager"]


def test_a_name_joined_by_an_ampersand_is_one_name() -> None:
    assert _names('Procter & Gamble said: "We are so sorry."') == ["Procter & Gamble"]
    text = 'The chain, Crumb & Co, replied to her post. "We are so sorry," it said.'
    assert _names(text) == ["Crumb & Co"]
    # negative: an ampersand between lower-case words joins no name
    assert _names('Sales fell & Acme said: "We are so sorry."') == ["Acme"]


def test_a_body_named_after_its_description_speaks_under_its_name() -> None:
    text = 'Shares fell. The airline, Skylane, said the crew followed "standard procedures".'
    quotes = find_quotes(text)
    assert [(q.speaker.mention, q.speaker.name) for q in quotes if q.speaker] == [
        ("The airline", "Skylane")
    ]
    # negative: what is set off in lower case is no name
    assert _names('The company, based in Ohio, said: "We are so sorry."') == ["The company"]


def test_a_headline_or_subhead_in_title_case_names_no_one() -> None:
    assert _names('Storm Hits Coast\n\n"We lost everything," she said.') == ["she"]
    text = 'Ann Berg spoke.\n\nRising Costs Ahead\n\n"We will act," she said.'
    assert _names(text) == ["Ann Berg"]
    # negative: a line that is a name keeps it
    assert _names('Ann Berg\n\n"We will act," she said.') == ["Ann Berg"]


@pytest.mark.parametrize("first", ["Jan", "June", "April", "August"])
def test_a_month_before_a_surname_is_a_first_name(first: str) -> None:
    text = f'{first} Novak has topped the poll.\n\n"People here are tired," Novak said.'
    assert _names(text) == [f"{first} Novak"]


def test_a_month_before_a_number_stays_a_month() -> None:
    assert _names('On Jan. 5, Tom Lind said "we lost."') == ["Tom Lind"]
    assert _names('In June 2024, Tom Lind said "we lost."') == ["Tom Lind"]


def test_white_is_a_surname_too() -> None:
    text = 'Shares fell.\n\nThe candidate, Dana White, said the result was "a protest."'
    assert _names(text) == ["Dana White"]
    # negative: the White House is no person
    text = 'Officials at the White House said "we lost."'
    assert _names(text) == ["Officials at the White House"]


def test_british_styles_of_clergy_with_the_article() -> None:
    text = 'Shares fell. "We are asked," said the Rev Andrew Kirk, a vicar from Sheffield.'
    assert _names(text) == ["Andrew Kirk"]
    text = (
        'Shares fell. "Today," said the Bishop of Harwell, the Rt Rev Graham Ushworth, who led it.'
    )
    assert _names(text) == ["Graham Ushworth"]
    # negative: an office alone stays as written
    assert _names('Shares fell. "Today," said the Bishop of Harwell.') == ["the Bishop of Harwell"]


def test_a_time_of_life_after_a_name_is_no_description() -> None:
    text = (
        "Mr. Lindqvar dropped his first name, Thomas Edwin Lindqvar, as a student. "
        '"It was too long for a football shirt," Mr. Lindqvar wrote.'
    )
    quotes = find_quotes(text)
    assert [(q.speaker.name, q.speaker.role) for q in quotes if q.speaker] == [
        ("Thomas Edwin Lindqvar", None)
    ]


def test_a_spokesman_after_the_name_of_his_body_is_the_pronouns() -> None:
    lead = '"We fished," said skipper Declan Magee.\n\n'
    text = lead + (
        'A Department of Agriculture spokesman said the quotas were "based on science."\n\n'
        '"We understand this," he added.'
    )
    assert _names(text)[-1] == "A Department of Agriculture spokesman"
    # negative: a noun for a woman after "of" is no head ("a friend of the mother")
    text = lead + (
        'A friend of the mother said the quotas were "based on science."\n\n'
        '"We understand this," he added.'
    )
    # (a friend is of either gender: "he" may stand for one; a mother's would not)
    assert _names(text)[-1] == "A friend of the mother"


# --- round 17: rules found by the invented stories (invented snippets) ---


def test_a_nationality_is_the_one_person_named_before() -> None:
    text = (
        "Esther Wanjiru withdrew from the race with an injury.\n\n"
        '"It breaks my heart," Wanjiru said. The 29-year-old had been the favourite.\n\n'
        '"My body is telling me to stop," the Kenyan said.'
    )
    assert _names(text) == ["Esther Wanjiru", "Esther Wanjiru"]
    # negative: two people named before, one introduced with another nationality,
    # or one named only once
    two = text.replace("injury.", "injury, as did Mary Keino.")
    assert _names(two)[-1] == "the Kenyan"
    other = text.replace("Esther Wanjiru", "Swedish runner Esther Wanjiru")
    assert _names(other)[-1] == "the Kenyan"
    once = text.replace('"It breaks my heart," Wanjiru said. ', "")
    assert _names(once) == ["the Kenyan"]


def test_an_age_is_the_one_person_the_paragraph_before_names_by_surname() -> None:
    text = (
        "The Rangers fired manager Pete Sorensen, said owner Gail Harmon.\n\n"
        'Sorensen, reached by phone, said he had "no regrets."\n\n'
        '"I would do it all again," the 54-year-old said.'
    )
    assert _names(text)[-1] == "Pete Sorensen"
    # negative: the one named there was introduced with another age
    text = text.replace("manager Pete Sorensen", "manager Pete Sorensen, 61,")
    assert _names(text)[-1] == "the 54-year-old"


def test_an_age_and_a_nationality_read_as_the_age() -> None:
    text = (
        "Tomás Reyna leads by two shots.\n\n"
        'Reyna shot a 65. "I have been close so many times," the 31-year-old Argentine said.'
    )
    assert _names(text) == ["Tomás Reyna"]


def test_an_indefinite_speaker_before_a_relative_clause() -> None:
    lead = "Jo Lind was charged on Monday.\n\n"
    text = lead + 'A lawyer who represents Lind said: "She is innocent."'
    assert _names(text) == ["A lawyer"]
    text = (
        lead
        + 'A farmer who lost most of his herd said it was bad. "I have been here fifty years," he said.'
    )
    assert _names(text) == ["A farmer"]
    # negative: a definite description and its clause are read as before
    text = lead + 'The lawyer who represents Lind said: "She is innocent."'
    assert _names(text) != ["The lawyer"]


def test_a_company_noun_is_the_organisation_that_spoke() -> None:
    text = (
        "Airline Skyvale said on Tuesday it would cut 600 jobs.\n\n"
        '"These are painful decisions," the carrier said. "We will help," it added.'
    )
    assert _names(text) == ["Skyvale", "Skyvale"]
    text = (
        "Her promoter, Live Arc, said fans would get refunds.\n\n"
        + '"We are sorry," the company said.'
    )
    assert _names(text) == ["Live Arc"]
    # negative: a person, or a public body, is no company
    text = "Tom Kent said it would be a hard year.\n\n" + '"We will cut jobs," the company said.'
    assert _names(text) == ["the company"]
    text = "The Ministry of Health said it would act.\n\n" + '"We will cut jobs," the company said.'
    assert _names(text) == ["the company"]


def test_the_agent_of_a_passive_accusation_speaks() -> None:
    lead = "The campaign turned bitter.\n\n"
    text = lead + 'Jo Lind was accused of "lying to voters" by her rival.'
    assert _names(text) == ["her rival"]
    # negative: in the active, the subject accuses
    text = lead + 'Jo Lind accused Tom Kent of "lying to voters" by email.'
    assert _names(text) == ["Jo Lind"]


def test_an_owned_description_of_another_office_takes_the_pronoun() -> None:
    text = (
        "Ana Reyes, the group's lead organiser, said the rules were unfair.\n\n"
        "The state's attorney general, who was not named in the suit, said they were lawful. "
        '"The city acted within its powers," she said.'
    )
    assert _names(text) == ["The state's attorney general"]
    # negative: the description of her own office is her
    text = text.replace("The state's attorney general", "The group's lead organiser")
    assert _names(text) == ["Ana Reyes"]


def test_a_first_name_given_in_a_clause_set_off_by_commas() -> None:
    lead = "A landslide cut off the village.\n\n"
    text = (
        lead + 'A rescue worker, who gave only his first name, Tomás, said: "It is still moving."'
    )
    assert _names(text) == ["Tomás"]
    # negative: a clause set off that gives no first name leaves the description
    text = lead + 'A rescue worker, who gave his name to police, said: "It is still moving."'
    assert _names(text) == ["A rescue worker"]


def test_a_surname_named_again_with_a_description_takes_that_role() -> None:
    from newsstruct import find_quotes

    text = (
        "Tomas Regalado would have thrown himself into the race.\n\n"
        '"I would have been all in," Mr. Regalado, the Republican mayor of Miami, said.'
    )
    (quote,) = find_quotes(text)
    assert quote.speaker is not None
    assert (quote.speaker.name, quote.speaker.role) == (
        "Tomas Regalado",
        "Republican mayor of Miami",
    )
    # negative: the role given where the person was introduced is kept
    text = (
        "Mayor Tomas Regalado would have thrown himself into the race.\n\n"
        '"I would have been all in," Mr. Regalado, a lawyer by training, said.'
    )
    (quote,) = find_quotes(text)
    assert quote.speaker is not None
    assert quote.speaker.role == "Mayor"


def test_the_statement_read_is_said_by_the_body_that_issued_it() -> None:
    text = (
        "The Foreign Ministry issued a statement on Monday.\n\n"
        '"We reject these claims entirely," the statement read.'
    )
    assert speakers(text) == [("the statement", "The Foreign Ministry", None)]
    text = 'Acme Corp released a brief written statement. "We are cooperating," the statement said.'
    assert speakers(text) == [("the statement", "Acme Corp", None)]
    # negative: with no one issuing it, the statement is its own speaker
    text = 'Police made an arrest.\n\n"We reject these claims," the statement read.'
    assert speakers(text) == [("the statement", "the statement", None)]
    # negative: a statement that does something (urged) is not its wording
    text = 'The museum issued a statement. The statement urged voters to "stay calm."'
    assert [name for _, name, _ in speakers(text)] == ["The statement"]
    # a paragraph that ends with "put out" (the verb with nothing after it)
    text = 'The ministry had a statement that it put out\n\n"We reject it," the statement read.'
    assert speakers(text) == [("the statement", "the statement", None)]


def test_the_accused_are_not_the_speaker() -> None:
    assert find_quotes("Ministers have been accused of 'ducking the question' over the cuts.") == ()
    text = 'The minister was accused by Labour of "ducking the question".'
    assert [name for _, name, _ in speakers(text)] == ["Labour"]
    # negative: an active accuser still speaks, and a cue before the passive one too
    text = 'Labour accused ministers of "ducking the question".'
    assert [name for _, name, _ in speakers(text)] == ["Labour"]
    text = 'Mr Smith said ministers had been accused of "ducking the question".'
    assert [name for _, name, _ in speakers(text)] == ["Smith"]


# --- round 20: focused rules ---


def test_a_role_word_of_music_or_the_outdoors_before_a_name() -> None:
    text = 'Rain fell.\n\n"He had a sound," said the pianist Carl Dupree.'
    assert speakers(text) == [("the pianist Carl Dupree", "Carl Dupree", "pianist")]
    text = 'Rain fell.\n\nHiker Liam Oakes, 34, was found.\n\n"I kept walking," Mr Oakes said.'
    assert speakers(text) == [("Mr Oakes", "Liam Oakes", "Hiker")]
    # negative: the role word alone is still no name
    text = 'Rain fell.\n\n"He had a sound," said the pianist.'
    assert [name for _, name, _ in speakers(text)] == ["the pianist"]


def test_an_age_reads_the_one_a_role_introduced_at_the_paragraph_before() -> None:
    text = (
        'Tennis star Marta Kovac said she was "not done" after her exit at the Australian Open.\n\n'
        '"I still love this sport," the 33-year-old told reporters.'
    )
    assert speakers(text)[-1][:2] == ("the 33-year-old", "Marta Kovac")
    # negative: two people opening the paragraph leave it unread
    text = (
        "Tennis star Marta Kovac and Ana Brel lost at the Australian Open.\n\n"
        '"I still love this sport," the 33-year-old told reporters.'
    )
    assert speakers(text)[-1][:2] == ("the 33-year-old", "the 33-year-old")


def test_a_name_a_relative_clause_of_call_gives_is_no_quote() -> None:
    text = 'Rain fell.\n\nShaw, whom teammates call "Big Game Devin," completed 24 passes.'
    assert find_quotes(text) == ()
    text = 'Rain fell.\n\nThe bridge, which locals call "The Long Mile," opened.'
    assert find_quotes(text) == ()
    # negative: a subject who calls something so is quoted
    text = 'Rain fell.\n\nShaw, who called the loss "A Total Disaster," left.'
    assert [name for _, name, _ in speakers(text)] == ["Shaw"]


def test_a_name_after_a_preposition_is_no_subject_an_unclosed_description_follows() -> None:
    text = (
        "Rain fell.\n\nIn a statement read by solicitor Nadia Karim, the family of Tom Ellery "
        'said: "Tom was doing everything right."'
    )
    assert [name for _, name, _ in speakers(text)] == ["the family of Tom Ellery"]
    # negative: a name that opens the clause is the subject, its description unclosed
    text = 'Rain fell.\n\nSam Lau, the director of the party said: "We won."'
    assert [name for _, name, _ in speakers(text)] == ["Sam Lau"]


def test_a_speaker_named_after_an_inverted_cue_is_the_next_pronoun() -> None:
    text = (
        "Others say the pound may weaken.\n\n"
        "The central bank may wait for more data, argued Tom Moss. "
        '"But by then the pound should be strong," he added.'
    )
    assert speakers(text)[-1][:2] == ("he", "Tom Moss")
    # also with an appositive after the name, and over a hard-wrapped line
    text = (
        "Others say the pound may weaken.\n\n"
        "The central bank may wait, said Tom Moss, an\neconomist at Acme. "
        '"But by then the pound should be strong," he added.'
    )
    assert speakers(text)[-1][:2] == ("he", "Tom Moss")
    # negative: a clause after the cue names no one, and the subject before it stays
    text = (
        "Tom Moss spoke first.\n\n"
        "The bank may wait, said the minutes of the meeting in May. "
        '"But by then the pound should be strong," he added.'
    )
    assert speakers(text)[-1][:2] == ("he", "Tom Moss")


def test_lower_case_particles_du_and_dos_are_part_of_a_name() -> None:
    text = 'Finance Minister Pieter du Toit said Pretoria would not meet "unfair demands."'
    assert speakers(text) == [
        ("Finance Minister Pieter du Toit", "Pieter du Toit", "Finance Minister")
    ]
    text = 'Planning Minister Ana dos Reis said Brazil wanted "a fair deal."'
    assert speakers(text)[0][1] == "Ana dos Reis"
    # negative: an unlisted lower-case word before a capital is no particle
    text = 'Pieter Toit said on Monday Pretoria would not meet "unfair demands."'
    assert speakers(text)[0][1] == "Pieter Toit"


def test_a_speaker_noun_with_its_complement_and_a_place_after_a_quote() -> None:
    text = (
        "Sources said demand was thin.\n\n"
        '"The interest was not great," a trader for a Dutch bank in Paris said.'
    )
    assert speakers(text)[-1][:2] == (
        "a trader for a Dutch bank in Paris",
        "a trader for a Dutch bank in Paris",
    )
    text = '"Rates will fall," one economist at a big bank in New York said.'
    assert speakers(text)[0][0] == "one economist at a big bank in New York"
    # negative: a name with its firm keeps the name, a bare place phrase is unchanged
    text = '"Rates will fall," Tom Lind of Acme in Paris said.'
    assert speakers(text)[0][1] == "Tom Lind"
    text = '"Rates will fall," a trader in Paris said.'
    assert speakers(text)[0][0] == "a trader in Paris"


def test_here_between_a_subject_and_its_cue_is_skipped_and_dealers_speak() -> None:
    text = 'Rain fell.\n\n"Rates will fall," dealers here said.'
    assert speakers(text) == [("dealers", "dealers", None)]
    text = '"Rates will fall," a spokesman for the bank here said.'
    assert speakers(text)[0][0] == "a spokesman for the bank"
    # negative: a sentence that opens with "Here" keeps its own subject
    text = 'Rain fell.\n\nHere, Tom Lind said, "we act."'
    assert speakers(text)[0][1] == "Tom Lind"


def test_a_speaker_noun_completed_by_a_partitive_and_a_plain_plural() -> None:
    text = (
        "LONDON, May 2 - Tea prices will recover, British blenders said.\n\n"
        '    "The drop is a passing reaction," a spokesman for one of the big'
        " British blenders said.\n\n"
        '    "Stocks are thin," he said.\n'
    )
    found = speakers(text)
    assert found[0][0] == "a spokesman for one of the big British blenders"
    assert found[1] == ("he", "a spokesman for one of the big British blenders", None)
    text = '"Rates will fall," a spokesman for one of the big British firms said.'
    assert speakers(text)[0][0] == "a spokesman for one of the big British firms"
    # negative: the plural alone speaks alone; after a non-speaker noun it is no speaker's
    assert speakers('"Rates will fall," the big British blenders said.')[0][0] == (
        "the big British blenders"
    )
    assert speakers('"Rates will fall," a price for one of the big British blenders said.') == []


def test_a_name_set_off_before_its_description_at_a_sentence_end() -> None:
    text = (
        "PARIS, May 2 - Chile, helped by strong copper prices, is likely to get new"
        " credits next week, Anna Berg, head of the IMF's Chilean desk, said.\n\n"
        '    "Things are looking up," she told reporters.\n'
    )
    assert speakers(text)[0][:2] == ("she", "Anna Berg")
    # negative: with no first name set off, the sentence's subject is still read
    text = (
        "PARIS, May 2 - Jo Lind, head of the desk, said Chile would get credits.\n\n"
        '    "Things are looking up," she told reporters.\n'
    )
    assert speakers(text)[0][:2] == ("she", "Jo Lind")


def test_an_unnamed_speaker_of_either_gender_in_the_paragraph_before() -> None:
    text = (
        "NEW YORK, May 2 - The bonds were priced at par.\n\n"
        "    A Harlow official explained that the rate would climb.\n\n"
        '    "The coupon moves against the index," he said.\n'
    )
    assert speakers(text)[0][:2] == ("he", "A Harlow official")
    # negative: two paragraphs on, the pronoun is left alone
    text = (
        "NEW YORK, May 2 - The bonds were priced at par.\n\n"
        "    A Harlow official explained that the rate would climb.\n\n"
        "    The bonds mature in 2010.\n\n"
        '    "The coupon moves against the index," he said.\n'
    )
    assert speakers(text)[0][:2] == ("he", "he")


def test_a_time_after_a_cue_opens_no_inverted_subject() -> None:
    text = (
        "The council dropped from the deal agreed yesterday plans to pay"
        ' "early leave" grants to older miners.'
    )
    assert speakers(text)[0][1] == "The council"
    text = 'The panel agreed last night proposals to pay "early leave" grants.'
    assert speakers(text)[0][1] == "The panel"
    # negative: a name after the time is the speaker, as is a possessive time
    assert speakers('"We will win," said yesterday Jo Lind.')[0][1] == "Jo Lind"
    assert speakers('"We will win," said last year\'s winner Jo Lind.')[0][1] == "Jo Lind"


def test_it_stands_for_a_body_known_by_its_initials() -> None:
    text = (
        'LONDON, May 2 - "This is no crash," the ECI said.\n\n'
        '    "Talk alone will not stop the slide," it said.\n'
    )
    assert speakers(text)[1][:2] == ("it", "the ECI")
    # negative: a person's name is no body for "it"
    text = 'LONDON, May 2 - "This is no crash," Jo Lind said.\n\n    "Talk is cheap," it said.\n'
    assert speakers(text)[1][:2] == ("it", "it")


def test_a_compound_adjective_in_capitals_is_no_person() -> None:
    text = (
        "BERLIN, May 2 - Sales rose, officials said.\n\n"
        "    Karl Wendt of Ostrava overseas sales system said Ostrava hoped for a rise in"
        " sales of South German-built cars, selling 8,000 (South German-built) units"
        " this year.\n\n"
        '    "A cheap mark helps us a lot," he told Reuters.\n'
    )
    assert speakers(text)[0][:2] == ("he", "Karl Wendt")
    # negative: a hyphenated name in capitals is still a person's
    text = 'Jean-Pierre Blanc-Martin spoke.\n\n"We won," Blanc-Martin said.'
    assert speakers(text)[0][1] == "Jean-Pierre Blanc-Martin"
    text = 'Ban Ki-moon spoke.\n\n"We won," Ban said.'
    assert speakers(text)[0][1] == "Ban Ki-moon"
    text = 'Dick Hackborn spoke.\n\n"We won," Hackborn said.'
    assert speakers(text)[0][1] == "Dick Hackborn"


def test_a_bare_cue_word_after_a_is_a_noun_and_no_speaker() -> None:
    text = (
        "OTTAWA, May 2 - Finance Minister Jo Lind said large inflows of capital are a"
        " major reason behind the rise in the dollar.\n\n"
        'He said the inflow is the result of "confidence in the country."\n'
    )
    assert speakers(text)[0][:2] == ("He", "Jo Lind")


def test_an_unnamed_asker_is_not_who_answers_in_the_next_paragraph() -> None:
    text = (
        "Jo Lind spoke at a forum on Monday.\n\n"
        "One questioner claimed that the army was too soft.\n\n"
        '"You are right," he said.\n'
    )
    assert speakers(text)[0][:2] == ("he", "Jo Lind")
    # negative: one who says something speaks on in the next paragraph
    text = (
        "Jo Lind spoke at a forum on Monday.\n\n"
        "One trader said the army was too soft.\n\n"
        '"You are right," he said.\n'
    )
    assert speakers(text)[0][:2] == ("he", "One trader")


def test_an_unnamed_speaker_modified_by_a_name_is_not_that_name() -> None:
    text = (
        "NEW YORK, May 2 - The bonds were priced at par, said sole manager Harlow McKinnon.\n\n"
        "    A Harlow officer explained that the rate would climb.\n\n"
        '    "The coupon moves against the index," he said.\n'
    )
    assert speakers(text)[0][:2] == ("he", "A Harlow officer")
    # negative: a name after the unnamed speaker still takes the pronoun from it
    text = (
        "NEW YORK, May 2 - A bank officer explained that the rate would climb, as did"
        " Harlow McKinnon.\n\n"
        '    "The coupon moves against the index," he said.\n'
    )
    assert speakers(text)[0][1] != "A bank officer"


def test_a_plural_title_gives_each_person_the_singular() -> None:
    text = (
        "WASHINGTON, May 2 - Sens. Jo Lind (D-Ohio) and Tom Kent (R-Utah) said they"
        ' filed a bill.\n\n    "Our aim is simple," Lind said.\n'
    )
    assert speakers(text) == [("Lind", "Jo Lind", "Sen.")]
    # negative: a singular title is kept as it is
    text = 'WASHINGTON, May 2 - Sen. Jo Lind filed a bill.\n\n    "Our aim is simple," Lind said.\n'
    assert speakers(text) == [("Lind", "Jo Lind", "Sen.")]


def test_a_lower_case_fragment_before_its_cue_is_partial() -> None:
    # the quote goes on a word of its sentence: a fragment, whoever the cue gives
    text = (
        'AP - The lake may flood the valley "within days," the regional water '
        "authority said on Friday.\n\n"
        'The council keeps a list of "truly unsafe" bridges, engineers say.'
    )
    got = [(q.text, q.kind, q.speaker.name if q.speaker else None) for q in find_quotes(text)]
    assert got == [
        ("within days,", "partial", "the regional water authority"),
        ("truly unsafe", "partial", "engineers"),
    ]


def test_a_quote_before_its_cue_stays_direct_when_it_opens_a_sentence_or_a_capital() -> None:
    # negatives: a quote opening its sentence, or upper case after a word, is direct
    text = (
        '"we are ready," the mayor said.\n\n'
        'The coach was blunt "We lost it," the captain said on Sunday.'
    )
    assert [q.kind for q in find_quotes(text)] == ["direct", "direct"]


def test_a_pronoun_with_a_modal_contraction_speaks() -> None:
    text = (
        "Mara Quist used to watch the late games alone. "
        '"Who wins this one?" she\'d ask herself before the last inning.'
    )
    (quote,) = find_quotes(text)
    assert quote.speaker is not None
    assert (quote.speaker.mention, quote.speaker.name) == ("she", "Mara Quist")
    assert text[quote.speaker.span.start : quote.speaker.span.end] == "she"


def test_a_modal_contraction_that_is_no_pronoun_gives_no_speaker() -> None:
    # negative: "who'd" and "that'll" before a cue are no speakers of their own
    text = 'Nobody who\'d read it said "fine" at the time; that\'ll say "enough".'
    assert all(
        q.speaker is None or q.speaker.mention not in {"who", "that"} for q in find_quotes(text)
    )


def test_a_contracted_pronoun_inside_reported_speech_is_not_the_speaker() -> None:
    # negative: "he'd asked" is reported by "said": the quote fragments are Kent's
    text = (
        "Jo Kent said later he\u2019d asked his \u201cstaff\u201d to \u201creview\u201d the fees."
    )
    assert [q.speaker.mention for q in find_quotes(text) if q.speaker] == ["Jo Kent", "Jo Kent"]


def test_a_whole_sentence_quoted_after_a_comma_is_direct() -> None:
    text = (
        'Ola Brun, chairman of the firm, said in a statement, "These figures '
        'are very welcome."\n\n'
        'The ministry said in a statement that "prices remain too high."'
    )
    assert [q.kind for q in find_quotes(text)] == ["direct", "partial"]


def test_a_specialist_is_the_he_of_the_next_paragraph() -> None:
    text = (
        '"Let us hope the money Secretary General Ana Ruiz promised arrives," a '
        "Western aid specialist said.\n\n"
        '"The rains have at least not made it worse," he added.'
    )
    names = [q.speaker.name for q in find_quotes(text) if q.speaker]
    assert names == ["a Western aid specialist", "a Western aid specialist"]


def test_a_lower_case_fragment_given_the_speaker_before_it_is_partial() -> None:
    # no cue of its own: the speaker is carried over, but the quote goes on a
    # word of its sentence, so it is a fragment (a whole quoted sentence stays direct)
    text = (
        '"We will not sign this deal," Ms Varga said. The union wants "a fair deal '
        'for every worker on the docks and their families."\n\n'
        '"We will not sign this deal," Ms Varga said.\n\n'
        'Her members "will not be pushed around by anyone, least of all the board."\n\n'
        '"We cannot wait much longer," the mayor said. "Every day costs the town money."'
    )
    got = [(q.kind, q.speaker.mention if q.speaker else None) for q in find_quotes(text)]
    assert got == [
        ("direct", "Ms Varga"),
        ("partial", "Ms Varga"),
        ("direct", "Ms Varga"),
        ("partial", "Ms Varga"),
        ("direct", "the mayor"),
        ("direct", "the mayor"),
    ]


def test_a_lower_case_quote_after_the_sentences_own_words_and_a_comma_is_partial() -> None:
    text = (
        'Like most small farms, "we live from one harvest to the next," Ana Costa said.\n\n'
        'After two dry summers, "the reservoir is at its lowest level in decades," '
        "the water authority said."
    )
    assert [q.kind for q in find_quotes(text)] == ["partial", "partial"]


def test_a_quote_after_a_comma_stays_direct_after_its_cue_a_capital_or_one_word() -> None:
    # negatives: the second part of an interrupted quote, a capital, one word before
    text = (
        '"The trains are late again," Ms Hale said, "and nobody tells us why."\n\n'
        'In her view, "This is the end of the road," Ms Hale said.\n\n'
        'Still, "it was a good season," the coach said.'
    )
    assert [q.kind for q in find_quotes(text)] == ["direct"] * 4


def test_a_quote_the_sentence_goes_on_after_before_its_cue_is_partial() -> None:
    # no punctuation inside its closing mark and more words of the sentence after it
    text = (
        '"It now looks very unlikely" that the bridge will open this year, said '
        "Lena Brandt, an engineer.\n\n"
        '"Prices have stopped falling" across most of the region, the bank said on Tuesday.'
    )
    assert [q.kind for q in find_quotes(text)] == ["partial", "partial"]


def test_a_quote_ending_in_punctuation_or_right_before_its_speaker_stays_direct() -> None:
    text = (
        '"We will fight this ruling," the union said on Monday.\n\n'
        '"We are not going anywhere" Mr Okafor said.'
    )
    assert [q.kind for q in find_quotes(text)] == ["direct", "direct"]


def test_a_capitalised_name_quoted_after_its_cue_inside_a_sentence_is_partial() -> None:
    text = (
        'The senator cited "Operation Clean Slate" policies that he said had failed.\n\n'
        'She wrote a memoir called "Small Town Girl" and toured the country with it.'
    )
    assert [q.kind for q in find_quotes(text)] == ["partial", "partial"]


def test_a_quoted_sentence_after_its_cue_stays_direct() -> None:
    # negatives: punctuation inside the closing mark ends what is quoted
    text = (
        'Mr Lind said "The Plan Is Working." He then left the room.\n\n'
        'Ms Berg told reporters "We will appeal," and left the courthouse.'
    )
    assert [q.kind for q in find_quotes(text)] == ["direct", "direct"]


def test_a_whole_sentence_in_nyt_marks_after_a_comma_or_colon_is_direct() -> None:
    text = (
        "Mr. Okafor said at a news conference, ''Given the gaps, it is a tough "
        "negotiation.''\n\n"
        "Ms. Berg wrote of the plan on Twitter: ''It will never work.''\n\n"
        "The ministry said in a statement that ''prices remain too high.''"
    )
    assert [q.kind for q in find_quotes(text)] == ["direct", "direct", "partial"]


def test_the_rest_of_an_interrupted_quote_after_a_long_attribution_is_direct() -> None:
    text = (
        '"The pay offer is a start," Ms Hale said on Monday at the depot, "but it is not '
        'enough for the night shifts."\n\n'
        'Ms Hale said on Monday at the depot that the offer, "while welcome, is not '
        'enough."\n\n'
        '"The offer is a start," Ms Hale said, adding that the union, "after all this '
        'time, wants more."'
    )
    kinds = [q.kind for q in find_quotes(text)]
    assert kinds == ["direct", "direct", "partial", "direct", "partial"]


def test_a_number_with_a_slash_may_open_the_role_after_the_cue() -> None:
    text = (
        '"We waited too long," said 9/11 widow Dana Pruitt.\n\n'
        '"It never stops," said 24/7 dispatcher Omar Haddad, who works nights.'
    )
    assert speakers(text) == [
        ("9/11 widow Dana Pruitt", "Dana Pruitt", "widow"),
        ("24/7 dispatcher Omar Haddad", "Omar Haddad", None),
    ]


def test_a_slash_set_off_by_spaces_or_between_words_is_no_number() -> None:
    # (as before: the slash ends the words read after the cue)
    assert speakers('"We waited," said 9 / 11 widow Dana Pruitt.') == []
    assert speakers('"We waited," said and/or widow Dana Pruitt.') == []


def test_growers_and_publishers_head_a_speaker_phrase() -> None:
    text = (
        'Potato growers have warned of "gaps on the shelves" by autumn.\n\n'
        'The publisher said the book was "quietly devastating".'
    )
    assert speakers(text) == [
        ("Potato growers", "Potato growers", None),
        ("The publisher", "The publisher", None),
    ]


def test_a_first_name_set_off_after_a_named_owner_s_relative_names_the_speaker() -> None:
    text = (
        'Gwen Harlow\'s son, Peter, said she had been "cold and frightened".\n\n'
        'The woman\'s husband, Tom, said it was "a disgrace".'
    )
    assert [name for _, name, _ in speakers(text)] == ["Peter", "Tom"]


def test_a_word_set_off_after_an_owner_s_noun_that_is_no_first_name_is_not_a_name() -> None:
    # (a place, not a first name: the description stays the name, as before)
    text = 'Gwen Harlow\'s son, Oslo, said she had been "cold and frightened".'
    assert [name for _, name, _ in speakers(text)] == ["Gwen Harlow's son"]


def test_an_answer_labelled_before_its_quote_is_the_interviewee_s() -> None:
    text = (
        "Potter wins craft award\n\n"
        "Nine years after her first show, Helen Okafor has opened a studio in Hull.\n\n"
        'Reviewers have called her bowls "stubbornly plain".\n\n'
        "Q: Why bowls?\n\n"
        'A: "Because everyone needs one. Nobody needs a sculpture."\n\n'
        "Q. And the glazes?\n\n"
        'A. "I mix them myself, badly."'
    )
    assert [(m, n) for m, n, _ in speakers(text)] == [
        ("Reviewers", "Reviewers"),
        ("A", "Helen Okafor"),
        ("A", "Helen Okafor"),
    ]


def test_an_answer_labelled_before_its_quote_with_no_interviewee_is_nobody_s() -> None:
    # no one named in full: the answer is not carried over from the reviewers
    text = (
        "The potter has opened a studio in Hull.\n\n"
        'Reviewers have called her bowls "stubbornly plain".\n\n'
        "Q: Why bowls?\n\n"
        'A: "Because everyone needs one. Nobody needs a sculpture."'
    )
    assert [(m, n) for m, n, _ in speakers(text)] == [("Reviewers", "Reviewers")]


def test_a_capital_a_before_a_quote_without_questions_is_no_answer() -> None:
    # (an initial, or a list: no "Q:" line, no interview)
    text = (
        "Ines Okafor has opened a studio in Hull.\n\n"
        'Reviewers have called her bowls "stubbornly plain".\n\n'
        'A: "It is a fair description," one critic added.'
    )
    assert [n for _, n, _ in speakers(text)] == ["Reviewers", "one critic"]


def test_an_interjected_pronoun_stands_for_its_sentence_s_named_subject() -> None:
    text = (
        "Ruth Okafor retires this week. Her deputy, Anna Lowe, takes over.\n\n"
        '"I will miss them," Lowe said.\n\n'
        'Okafor plans to travel, and, she said, to "read everything I never had time for".'
    )
    assert [n for _, n, _ in speakers(text)] == ["Anna Lowe", "Ruth Okafor"]


def test_an_interjected_pronoun_keeps_the_last_speaker_when_the_subject_cannot_be_it() -> None:
    text = (
        "Ruth Okafor retires this week. Her deputy, Anna Lowe, takes over.\n\n"
        '"I will miss them," Lowe said.\n\n'
        # a man's name opens the sentence: "she" is not him
        'Tom Baird plans to travel, and, she said, to "read everything I never had time for".\n\n'
        # no comma after the cue: no interjection
        'The school was different then, she said. "We had one computer."\n\n'
        # set off after the subject, not after "and": the subject is what she reports on
        'Okafor, she said, was "the best head the school ever had".'
    )
    assert [n for _, n, _ in speakers(text)] == ["Anna Lowe"] * 4


def test_a_pronoun_sentence_between_an_opening_name_and_the_quote_keeps_the_name() -> None:
    text = (
        "Helen Okafor has opened a studio in Hull.\n\n"
        'Her agent, Clare Hendry, called the work "remarkable".\n\n'
        "Okafor is already planning a second show. She would not give a date. "
        '"Ask me next year," she said.'
    )
    assert [n for _, n, _ in speakers(text)] == ["Clare Hendry", "Helen Okafor"]


def test_a_pronoun_sentence_that_quotes_nothing_after_it_hands_on_no_name() -> None:
    # the sentence after the pronoun's is no quote's: the last speaker stays hers
    text = (
        "Helen Okafor has opened a studio in Hull.\n\n"
        'Her agent, Clare Hendry, called the work "remarkable".\n\n'
        "Okafor is already planning a second show. She would not give a date. "
        "The gallery is booked until May.\n\n"
        '"Ask me next year," she said.'
    )
    assert [n for _, n, _ in speakers(text)] == ["Clare Hendry", "Clare Hendry"]


# --- round 28: a name's label before a quote (invented snippets) ---


def _said(text: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker.name if q.speaker else None) for q in find_quotes(text)]


def test_a_label_in_capitals_before_a_quote_is_the_named_speaker() -> None:
    text = (
        "The hearing heard from Grace Adebayo, the firm's former finance director.\n\n"
        'ADEBAYO: "We will appeal."\n\n'
        'MS ADEBAYO: "It was never my signature."'
    )
    quotes = find_quotes(text)
    assert [q.speaker.name for q in quotes if q.speaker] == ["Grace Adebayo"] * 2
    # the mention is the label as written, its span the label's
    mention = quotes[1].speaker
    assert mention is not None
    assert text[mention.span.start : mention.span.end] == mention.mention == "MS ADEBAYO"


def test_a_bold_label_before_a_quote_is_the_named_speaker() -> None:
    text = (
        "Our reporter Sam Whitby spoke to firefighter Joanne Mensah.\n\n"
        '**Whitby:** "Would you do it again?"\n\n'
        '**Mensah**: "I would do it again tomorrow."'
    )
    assert _said(text) == [
        ("Would you do it again?", "Sam Whitby"),
        ("I would do it again tomorrow.", "Joanne Mensah"),
    ]


def test_a_note_label_before_a_quote_names_no_one() -> None:
    text = (
        "Firefighter Joanne Mensah pulled four people from a car.\n\n"
        '"It was the job," Mensah said.\n\n'
        'Update: "The ceremony will be held in June."\n\n'
        'Headline: "Rescuer honoured"\n\n'
        'BREAKING: "Roads closed in the valley."\n\n'
        # labels with words in lower case, or a word read as a cue ("points")
        'Editor\'s note: "This story has been updated."\n\n'
        'Key points: "Four people were rescued."'
    )
    # no label speaks, and none takes the last speaker either
    assert _said(text) == [("It was the job,", "Joanne Mensah")]


def test_a_label_the_text_writes_as_a_common_word_names_no_one() -> None:
    text = (
        "The council sent a warning to residents on Friday.\n\n"
        '"Stay away from the river," Mayor Ann Cole said.\n\n'
        'Warning: "The bridge is closed."\n\n'
        'Advice: "Boil your water before drinking it." The advice stays in place.'
    )
    assert _said(text) == [("Stay away from the river,", "Ann Cole")]


def test_a_label_before_a_quote_keeps_what_the_colon_gave_otherwise() -> None:
    # negatives: a label that may be a name or a body speaks as before, and
    # a cue of the quote's own beats its label
    assert _said('Johnson: "We will fight."') == [("We will fight.", "Johnson")]
    assert _said('Police: "Stay indoors tonight."') == [("Stay indoors tonight.", "Police")]
    text = 'Update: "The road has reopened," a police spokesman said.'
    assert _said(text) == [("The road has reopened,", "a police spokesman")]
    # a colon in a sentence is no label
    text = 'Mayor Ann Cole was blunt: "We have no money."'
    assert _said(text) == [("We have no money.", "Ann Cole")]


def test_a_name_after_among_was_is_the_subject_a_pronoun_quotes() -> None:
    text = (
        'Nurse Ann Cole called the plan "a disgrace".\n\n'
        "Among the marchers was Emma Doyle, who gave birth at the unit last year. "
        '"I am here for the next mother," she said.\n\n'
        'Also at the march was Tom Reed, a retired porter. "I worked there," he said.'
    )
    assert [n for _, n, _ in speakers(text)] == ["Ann Cole", "Emma Doyle", "Tom Reed"]


def test_an_inverted_sentence_without_a_name_hands_on_nothing_new() -> None:
    # negatives: no full name after "was", or no pronoun quoting after it
    text = (
        'Nurse Ann Cole called the plan "a disgrace".\n\n'
        'Among the marchers was the mayor. "We will fight on," she said.'
    )
    assert [n for _, n, _ in speakers(text)] == ["Ann Cole", "Ann Cole"]
    text = (
        'Nurse Ann Cole called the plan "a disgrace".\n\n'
        'Among the marchers was Emma Doyle. "We will fight on," Cole said.'
    )
    assert [n for _, n, _ in speakers(text)] == ["Ann Cole", "Ann Cole"]


def test_a_role_two_people_fit_goes_to_the_one_whose_role_holds_its_other_words() -> None:
    text = (
        "Chief executive Karen Liddell said orders were slow. Chief financial officer "
        "Marcus Oyelaran said costs had risen.\n\n"
        '"Some of that is deliberate," the finance chief said.\n\n'
        # negative: nothing tells the two chiefs apart
        '"We will see," the chief said.'
    )
    assert [n for _, n, _ in speakers(text)] == ["Marcus Oyelaran", "the chief"]


def test_twice_between_a_set_off_name_and_its_verb_keeps_the_subject() -> None:
    text = (
        'Transport Secretary Graham Lowther said fares were fair. "We are investing," he said.\n\n'
        'The Speaker, Sir Alan Kemp, twice called for order. "Members will come to order," he said.'
    )
    assert [n for _, n, _ in speakers(text)] == ["Graham Lowther", "Alan Kemp"]


def test_an_unquoted_turn_after_a_bold_label_is_a_quote_only_in_a_transcript() -> None:
    text = (
        "Firefighter Joanne Mensah spoke to our reporter, Sam Whitby.\n\n"
        "**Whitby:** Were you afraid?\n\n"
        "**Mensah:** Of course. Anyone who says otherwise is lying to you."
    )
    said = [(q.text, q.speaker.name) for q in find_quotes(text, transcripts=True) if q.speaker]
    assert said == [
        ("Were you afraid?", "Sam Whitby"),
        ("Of course. Anyone who says otherwise is lying to you.", "Joanne Mensah"),
    ]
    # negatives: not read by default, and a figure after the label is no turn
    assert find_quotes(text) == ()
    text = text.replace("Of course. Anyone who says otherwise is lying to you.", "1,769.")
    assert find_quotes(text, transcripts=True) == ()


def test_a_label_in_capitals_with_a_mc_prefix_is_read_in_capitals() -> None:
    text = (
        "The inquiry heard from the harbour master, Duncan McAllister, and its counsel, "
        "Fiona Baird.\n\n"
        'BAIRD: "Where were you at that time?"\n\n'
        'McALLISTER: "I was in the office."\n\n'
        '"McALLISTER: The fax had been broken for weeks."'
    )
    assert _said(text) == [
        ("Where were you at that time?", "Fiona Baird"),
        ("I was in the office.", "Duncan McAllister"),
        ("The fax had been broken for weeks.", "Duncan McAllister"),
    ]
    # negative: a name in Title Case is no label in capitals
    text = 'Duncan McAllister was on duty.\n\nMcAllister: "I was in the office."'
    assert _said(text) == [("I was in the office.", "Duncan McAllister")]


def test_a_shared_surname_before_said_she_is_the_woman_of_that_name() -> None:
    text = (
        "Margaret Allingham, a village doctor for 42 years, has died.\n\n"
        'Her son, Robert Allingham, said she was sharp. "Mum did the crossword," he said.\n\n'
        'Her daughter, Helen Carr, called her "fearless."\n\n'
        "In a 2010 interview, Allingham said she had never thought of leaving. "
        '"Why would I go anywhere else?" she said.'
    )
    assert [n for _, n, _ in speakers(text)][-1] == "Margaret Allingham"
    # negative: "said he" keeps the man, the last named
    text = text.replace("Allingham said she had", "Allingham said he had").replace(
        '" she said.', '" he said.'
    )
    assert [n for _, n, _ in speakers(text)][-1] == "Robert Allingham"


def test_one_of_a_group_before_a_set_off_clause_is_the_subject() -> None:
    text = (
        'Festival director Owen Pritchard said the curfew was fixed. "Rules apply," he said.\n\n'
        'Fans were divided. One, posting under the name @rosie, wrote: "It is a joke."'
    )
    assert [m for m, _, _ in speakers(text)] == ["he", "One"]
    # negative: a description set off after "One" is still the appositive subject
    text = 'Two nurses spoke. One, a ward sister, said: "We are exhausted."'
    assert [m for m, _, _ in speakers(text)] == ["a ward sister"]


def test_a_note_after_on_a_or_struck_a_is_a_tone_not_a_cue() -> None:
    text = (
        "Chief executive Karen Liddell said orders were slow.\n\n"
        "Analyst Ravi Menon of Castle Partners pressed her on costs.\n\n"
        'Liddell ended the call on a confident note. "Nothing changes our targets," she said.'
    )
    assert [n for _, n, _ in speakers(text)] == ["Karen Liddell"]
    # negative: "note" as a verb still cues
    text = 'Analysts note that the firm "has room to grow."'
    assert [m for m, _, _ in speakers(text)] == ["Analysts"]


def test_the_secretary_is_not_the_shadow_secretary() -> None:
    text = (
        "Shadow transport secretary Priya Nandra said fares were too high.\n\n"
        "Transport Secretary Graham Lowther said they were fair.\n\n"
        'The secretary said the figures would be published, "as soon as they are checked."\n\n'
        # negative: "the shadow secretary" is still hers
        'The shadow secretary called that "far too late."'
    )
    assert [n for _, n, _ in speakers(text)] == ["Graham Lowther", "Priya Nandra"]


def test_quotes_alone_after_a_speech_told_of_are_the_speaker_s() -> None:
    text = (
        "The bishop, David Hale, gave his last sermon on Sunday.\n\n"
        "Hale, 70, who retires this month, spoke for twenty minutes without notes.\n\n"
        '"I have buried young men who died in doorways.\n\n'
        '"None of this is inevitable."'
    )
    assert [n for _, n, _ in speakers(text)] == ["David Hale"] * 2
    # negatives: the speech is told of before another paragraph, or by no person
    text = (
        "Hale, 70, spoke for twenty minutes without notes.\n\n"
        "The cathedral was full.\n\n"
        '"None of this is inevitable."'
    )
    assert speakers(text) == []
    text = 'Its silence spoke for itself.\n\n"None of this is inevitable."'
    assert speakers(text) == []


def test_a_name_no_list_has_set_off_after_a_relative_names_the_speaker() -> None:
    text = (
        "Dafydd Rhys, 61, keeps sheep on the hill.\n\n"
        "Rhys's brother, Emyr, said the flock had been there since 1950. "
        '"Our father bought the first ewes," he said.'
    )
    assert speakers(text) == [("he", "Emyr", "Rhys's brother")]
    text = 'Her nephew, Cadfael, said the shop was "the heart of the street".'
    assert [name for _, name, _ in speakers(text)] == ["Cadfael"]


def test_a_word_set_off_after_a_relative_is_no_name_when_a_place_or_no_verb_follows() -> None:
    # (a place, a nationality, no speech verb right after, or no relative: as before)
    for aside in ("Cardiff", "Welsh", "Wales"):
        text = f'Dafydd Rhys\'s son, {aside}, said the flock was "safe".'
        assert [name for _, name, _ in speakers(text)] == ["Dafydd Rhys's son"]
    text = 'Dafydd Rhys\'s son, Emyr, who farms nearby, said the flock was "safe".'
    assert [name for _, name, _ in speakers(text)] != ["Emyr"]
    text = 'Dafydd Rhys\'s lawyer, Emyr, said the flock was "safe".'
    assert [name for _, name, _ in speakers(text)] == ["Dafydd Rhys's lawyer"]


def test_the_minister_is_the_secretary_of_state_named_before() -> None:
    text = (
        "Health Secretary Marion Tull said the waiting lists were falling.\n\n"
        'The minister added that the new scanners would be "in place by spring".'
    )
    assert speakers(text) == [("The minister", "Marion Tull", "Health Secretary")]


def test_the_minister_is_no_press_secretary_and_prefers_a_minister() -> None:
    text = (
        "Press secretary Marion Tull said the talks were over.\n\n"
        'The minister added that the scanners would be "in place by spring".'
    )
    assert [name for _, name, _ in speakers(text)] == ["The minister"]
    text = (
        "Health Secretary Marion Tull met Foreign Minister Ana Kroll on Monday.\n\n"
        'The minister said the visit had been "very useful".'
    )
    assert [name for _, name, _ in speakers(text)] == ["Ana Kroll"]
    text = (
        "Health Secretary Marion Tull met Home Secretary Dev Rao on Monday.\n\n"
        'The minister said the visit had been "very useful".'
    )
    assert [name for _, name, _ in speakers(text)] == ["The minister"]


def test_a_label_with_a_direction_in_brackets_before_a_quote_is_the_named_speaker() -> None:
    text = (
        "The hearing heard from Grace Adebayo, the firm's former finance director.\n\n"
        'ADEBAYO (to the court): "I never saw a penny of that money."\n\n'
        '**Adebayo (quietly):** "That is all I have to say."'
    )
    quotes = find_quotes(text)
    assert [q.speaker.name for q in quotes if q.speaker] == ["Grace Adebayo"] * 2
    mention = quotes[0].speaker
    assert mention is not None
    assert text[mention.span.start : mention.span.end] == mention.mention == "ADEBAYO"


def test_a_note_or_place_label_with_brackets_before_a_quote_speaks_as_before() -> None:
    # negatives: after a direction a label that names no one is not silenced
    text = 'LONDON (Reuters): "We will appeal," Grace Adebayo told reporters.'
    assert _said(text) == [("We will appeal,", "Grace Adebayo")]
    text = (
        "Firefighter Joanne Mensah pulled four people from a car.\n\n"
        '"It was the job," Mensah said.\n\n'
        'Update (Friday): "The ceremony will be held in June."'
    )
    assert _said(text)[0] == ("It was the job,", "Joanne Mensah")
    assert "Update" not in [name for _, name in _said(text)]


def _syllable_names(count: int) -> list[str]:
    syllables = ("ba", "ko", "ri", "mu", "te", "lo", "ne", "si", "da", "fu")
    return [
        "".join(syllables[(n // 10**k) % 10] for k in range(4)).capitalize() for n in range(count)
    ]


def test_a_role_among_many_people_is_looked_up_among_the_latest() -> None:
    # (a text naming thousands of people stays linear: a role is looked up among
    # the latest people named before it, an article's worth)
    crowd = "".join(f"Maria {name} came to the meeting.\n\n" for name in _syllable_names(100))
    text = f'{crowd}Sen. Jo Lindqvist spoke last.\n\n"We will fund the port," the senator said.'
    (quote,) = find_quotes(text)
    assert quote.speaker is not None
    assert quote.speaker.name == "Jo Lindqvist"
    senators = "".join(f"Sen. Maria {name} visited the port.\n\n" for name in _syllable_names(100))
    (quote,) = find_quotes(f'{senators}"We will fund it," the senator said.')
    assert quote.speaker is not None
    assert quote.speaker.name == "the senator"


def test_a_pronoun_among_many_people_is_the_latest_of_its_gender() -> None:
    men = "".join(f"John {name} came to the meeting.\n\n" for name in _syllable_names(150))
    text = f'Maria Lindqvist spoke first.\n\n{men}"We will fund it," she said.'
    (quote,) = find_quotes(text)
    assert quote.speaker is not None
    assert quote.speaker.name == "Maria Lindqvist"
    text = f'{men}Maria Lindqvist spoke.\n\nJohn Okafor spoke.\n\n"We will fund it," she said.'
    (quote,) = find_quotes(text)
    assert quote.speaker is not None
    assert quote.speaker.name == "Maria Lindqvist"


def test_a_position_or_nationality_among_many_people_is_the_one_introduced_so() -> None:
    # (each person's profile and each epithet's pattern are remembered, not rebuilt
    # for each role looked up: the same readings, faster)
    crowd = "".join(f"Maria {name} came to the meeting.\n\n" for name in _syllable_names(60))
    text = (
        f"Defender Jo Lindqvist and Swedish skier Ana Berg came.\n\n{crowd}"
        '"We will fund it," the defender said.\n\n"We will not," the Swede said.'
    )
    assert [(q.speaker.name if q.speaker else None) for q in find_quotes(text)] == [
        "Jo Lindqvist",
        "Ana Berg",
    ]
    # negative: two defenders, two Swedes: neither is meant
    text = text.replace(
        "came.\n\n", "came.\n\nDefender Ida Holm and Swedish skier Eva Lund came.\n\n", 1
    )
    assert [(q.speaker.name if q.speaker else None) for q in find_quotes(text)] == [
        "the defender",
        "the Swede",
    ]


def test_the_vice_president_is_not_the_president_among_many() -> None:
    crowd = "".join(f"Maria {name} came to the meeting.\n\n" for name in _syllable_names(60))
    text = f'President Jo Lindqvist came.\n\n{crowd}"We will fund it," the president said.'
    (quote,) = find_quotes(text)
    assert quote.speaker is not None
    assert quote.speaker.name == "Jo Lindqvist"
    # negative: a vice president is someone else
    (quote,) = find_quotes(text.replace("the president", "the vice president"))
    assert quote.speaker is not None
    assert quote.speaker.name != "Jo Lindqvist"


def _named_before_by_hand(text: str, start: int, word: str) -> bool:
    # (the rule as first written: every earlier " word", read back from *start*)
    at = text.rfind(" " + word, 0, start)
    while at > 0:
        after = at + 1 + len(word)
        before = text[max(0, at - 30) : at].split()
        if (
            (after >= len(text) or not text[after].isalnum())
            and before
            and before[-1][:1].isupper()
            and before[-1].rstrip(".").isalpha()
            and (not before[-1].endswith(".") or len(before[-1]) <= 4)
        ):
            return True
        at = text.rfind(" " + word, 0, at)
    return False


def test_named_before_reads_the_text_once_for_each_word() -> None:
    # (hostile28q: each paragraph that opened with a word read all the text
    # before it again for that word: quadratic; now read forward once, the
    # same answers in any order of asking)
    from newsstruct._speakers import _named_before

    text = (
        "Root hit a six. The crowd loved Root's shot. Fans of the old Root "
        "club cheered. Joe Root made 90, and Mr. Kent watched. Root was out. "
        "Footage showed the Footage hall, then Jo Footage spoke. Sandy Hook "
        "was quiet; the Hook bridge shut.\n\nRoot needs more runs."
    )
    words = ["Root", "Footage", "Hook", "Kent", "Sandy", "Ann", "six", ""]
    starts = range(0, len(text) + 1, 3)
    for order in (list(starts), list(reversed(starts))):
        for word in words:
            for start in order:
                expected = _named_before_by_hand(text, start, word)
                assert _named_before(text, start, word) == expected, (word, start)
            text = text + " "  # (another text: read anew)
    assert _named_before(text, len(text), "Root")
    assert not _named_before(text, text.index("Joe Root") + 4, "Root")  # (not yet named)
    assert not _named_before(text, len(text), "Sandy")  # (only ever at a sentence's start)


def test_statement_issuers_read_each_paragraph_once(monkeypatch: pytest.MonkeyPatch) -> None:
    # (hostile28q: each quote said by "the statement" read its paragraph into
    # tokens again, and in lower case: quadratic in a paragraph of such quotes)
    import newsstruct._speakers as speakers_module

    made: list[int] = []

    class Counted(speakers_module._Paragraph):
        def __init__(self, *args: Any) -> None:
            made.append(1)
            super().__init__(*args)

    monkeypatch.setattr(speakers_module, "_Paragraph", Counted)
    opening = "The Harbour Board issued a statement on Monday. "
    quote = '"We will reopen the quay," the statement read. '
    last = '\n\nThe rain stopped. "Nothing more was said," the statement read.'
    read = []
    for count_ in (2, 6):
        made.clear()
        quotes = find_quotes(opening + quote * count_ + last)
        read.append(len(made))
        # (the last quote's issuer is in the paragraph before it)
        names = [q.speaker.name if q.speaker else None for q in quotes]
        assert names == ["The Harbour Board"] * (count_ + 1)
    assert read[0] == read[1]  # (not one more paragraph read for each quote)


def test_named_before_reads_the_text_once_for_many_words() -> None:
    # (hostile28q: a transcript of many labels, each a different word, read the
    # text before each again: past a few words, the text is read once for all)
    from newsstruct._speakers import _named_before

    people = " ".join(f"Jo Kent{n} and the Lind{n} case; Dr. Ölund{n}." for n in range(40))
    text = "Café 7 Ölund0 met Jo Root. " + people + " Moe Root_2 and Al 9lives left. Jo Root"
    words = [f"{name}{n}" for n in range(40) for name in ("Kent", "Lind", "Ölund")]
    words += ["Root", "Root_2", "9lives", "7", "Café", "Jo", "Moe", "", "Nobody"]
    for start in (0, 30, len(text) // 2, len(text) - 3, len(text)):
        text = text + " "  # (another text: read anew, the index built on the way)
        for word in words:
            expected = _named_before_by_hand(text, start, word)
            assert _named_before(text, start, word) == expected, (word, start)
    assert _named_before(text, len(text), "Kent39")
    assert not _named_before(text, len(text), "Lind39")  # (after "the": no name)


def test_no_text_is_kept_past_the_call() -> None:
    from newsstruct import _speakers

    text = (
        "Acme Corp. said on Monday it would close the plant.\n\n"
        "Footage shows the fire near the old Footage hall.\n\n"
        '"We will rebuild," the company said.'
    )
    (quote,) = find_quotes(text)
    assert quote.speaker is not None
    assert _speakers._NAMED_CACHE == []
    assert _speakers._BODY_CACHE == []
    # (nor by the office label's check: 'Mayor: "..."' asks whether a name ends in it)
    text = 'Mayor: "We will rebuild."\n\nMayor Jo Lind spoke on Monday.'
    assert find_quotes(text)
    assert _speakers._ends_a_name.cache_info().currsize == 0


def test_the_one_described_in_an_indirect_subject_speaks_as_the_noun() -> None:
    text = (
        '"We are close," a person familiar with the matter said.\n\n'
        "A second person said the White House had asked for options. "
        '"It is moving faster than expected," the person said.'
    )
    assert _names(text) == ["a person familiar with the matter", "A second person"]
    # negative: a restrictive clause after the noun describes someone new
    text = (
        '"We are close," said a person close to the family.\n\n'
        "The person who plays the rival in the rehearsals told reporters the choice "
        'was an "outsider" pick.'
    )
    assert _names(text)[-1] != "a person close to the family"


def test_a_pronoun_after_a_described_person_with_a_complement() -> None:
    text = (
        '"What they propose is double counting," said Ann Berg, head of swaps at Acme.\n\n'
        '"The risks are very large," said a director at one merchant bank. '
        '"They want you to borrow now," he added.'
    )
    assert _names(text)[-1] == "a director at one merchant bank"
    # negative: a man named since then takes the pronoun
    text = (
        '"The risks are very large," said a director at one merchant bank.\n\n'
        '"We disagree," said Tom Kent, a bank analyst. "They want you to borrow now," he added.'
    )
    assert _names(text)[-1] == "Tom Kent"


def test_a_question_turn_with_no_one_named_who_asks_has_no_speaker() -> None:
    text = (
        "Press secretary Karen Dale faced questions on Tuesday.\n\n"
        'One reporter asked: "Has the president spoken to the Speaker this week?"\n\n'
        '"They speak regularly," Dale replied.\n\n'
        'Q: "Will there be a shutdown on Friday?"\n\n'
        'A: "We are working hard to make sure there isn\'t."'
    )
    quotes = find_quotes(text)
    assert not any(q.text.startswith("Will there") for q in quotes)
    assert [q.speaker.name for q in quotes if q.text.startswith("We are")] == ["Karen Dale"]  # type: ignore[union-attr]
    # negative: one named who interviews asks
    text = (
        "Karen Dale was interviewed by Tom Kent on Tuesday.\n\n"
        'Q: "Will there be a shutdown on Friday?"\n\n'
        'A: "We are working hard to make sure there isn\'t."'
    )
    assert _names(text) == ["Tom Kent", "Karen Dale"]


def test_a_question_turn_asked_by_an_outlet_has_no_speaker() -> None:
    text = (
        "Karen Dale spoke to Reuters on Tuesday.\n\n"
        'Q: "Will there be a shutdown on Friday?"\n\n'
        'A: "We are working hard to make sure there isn\'t."'
    )
    assert _names(text) == ["Karen Dale"]


def test_a_source_linked_to_a_thing_is_the_subject_of_indirect_speech() -> None:
    text = (
        '"We are close," a senior aide said.\n\n'
        "A person familiar with the discussions said the White House had asked for options. "
        '"It is moving faster than expected," the person said.'
    )
    assert _names(text) == ["a senior aide", "A person familiar with the discussions"]
    # negative: an object after "with" and no source noun before it is no subject
    text = (
        '"We are close," a senior aide said.\n\n'
        "Talks with the union stalled, the mayor said on Monday. "
        '"It is moving faster than expected," the aide said.'
    )
    assert _names(text)[-1] == "a senior aide"


def test_body_names_read_on_the_lines_near_a_mention() -> None:
    # (hostile29b: each head's names were read in the whole text for the first
    # mention of "the ministry", "the bank" ...: now only the lines around a few
    # mentions are read, the whole text once their lines add up to it)
    import re
    from bisect import bisect_left

    from newsstruct import _speakers

    def in_reach(found: tuple[list[int], list[str]], start: int) -> list[tuple[int, str]]:
        ends, names = found
        low = bisect_left(ends, start - _speakers._BODY_NAME_REACH + 1)
        high = bisect_left(ends, start + 1)
        return list(zip(ends[low:high], names[low:high], strict=True))

    filler = "The Harbour Board met on Monday and spoke of the Ferry Bank plans. " * 25
    lines = [
        "Officials of the Ministry of Health, and the Northfield Bank spoke.",
        filler,
        "Staff at Acme Lynch Bank and the Regional Ministry for Work and Pensions met.",
        filler + "Then the Borough Council of Westmere",
        "Ministry of Ports officials and the Crumb Holdings Ltd team left.",
        "x" * 1500 + " the Tiller Bank said and the Ministry of Roads",  # (a long line)
        filler,
    ]
    text = "\n".join(lines)
    starts = [0, 40, 2000, 3999, 4000, 4001, len(text) // 2, len(text) - 5, len(text)]
    heads = re.finditer(r"Ministry|Bank|Council|Ltd|Westmere|Pensions", text)
    starts += [match.end() + gap for match in heads for gap in (-1, 0, 1, 2, 3999, 4000)]
    starts += [text.find("\n", n) + gap for n in range(0, len(text), 997) for gap in (-1, 0, 1)]
    starts = [start for start in starts if 0 <= start <= len(text)]
    for head in ("ministry", "bank", "council", "company"):
        _speakers._BODY_CACHE[:] = [(text, {}, {head: len(text)})]  # (the whole text read)
        whole = _speakers._body_names(text, head, 0)
        for start in starts:
            _speakers._BODY_CACHE[:] = [(text, {}, {})]
            assert in_reach(_speakers._body_names(text, head, start), start) == in_reach(
                whole, start
            ), (head, start)
    _speakers._BODY_CACHE[:] = [(text, {}, {})]
    _speakers._body_names(text, "bank", len(text) // 2)
    assert _speakers._BODY_CACHE[0][1] == {}  # (one mention: the whole text is not read)
    for start in starts * 3:  # (many mentions: the whole text is read, then kept)
        _speakers._body_names(text, "bank", start)
    assert "bank" in _speakers._BODY_CACHE[0][1]
    _speakers.forget_text()
    assert _speakers._named_body(text, "ministry", len(lines[0])) == "Ministry of Health"
    assert _speakers._named_body(text, "bank", 30) is None  # (none named before it yet)
    # a body named further back than the reach is not found, near or far in the text
    said = '"We will look at it," the ministry said.'
    rain = "It rained on the quay all day.\n"
    (quote,) = find_quotes("The Ministry of Ports spoke.\n" + rain * 200 + said)
    assert quote.speaker is not None
    assert quote.speaker.name == "the ministry"
    (quote,) = find_quotes("The Ministry of Ports spoke.\n" + rain * 3 + said)
    assert quote.speaker is not None
    assert quote.speaker.name == "Ministry of Ports"


def test_a_surname_opening_the_sentence_before_is_the_pronoun_after_an_adverb() -> None:
    text = (
        'Senator Ray Okafor said the cuts were "a disgrace."\n\n'
        '"Schools were never cut," said Tim Reyes, a budget analyst.\n\n'
        "Okafor has made similar claims before. In March he falsely said that "
        'the state had "closed forty schools" in two years.'
    )
    assert [name for _, name, _ in speakers(text)][-1] == "Ray Okafor"
    # (no adverb, as before; a verb that is no adverb still keeps the last speaker)
    assert [name for _, name, _ in speakers(text.replace("he falsely said", "he said"))][
        -1
    ] == "Ray Okafor"
    # (a word named nowhere before opens the sentence: no one is handed on)
    text = text.replace("Okafor has made", "Ankara has made")
    assert [name for _, name, _ in speakers(text)][-1] == "Tim Reyes"


def test_a_noun_of_speech_after_made_or_similar_is_no_cue() -> None:
    text = 'Jo Lind spoke first. Tom Kent has made similar claims about "a stolen election".'
    assert [q.cue for q in find_quotes(text)] == [None]
    text = 'Tom Kent claims the vote was "a stolen election".'
    assert [q.cue for q in find_quotes(text)] == ["claims"]


def test_a_relative_right_after_a_quote_is_a_clause_on_the_quoted_words() -> None:
    text = (
        'She has proposed hiring a "water commissioner" who reports directly to the '
        'governor, and called for doubling "the number of pipe inspectors."'
    )
    assert [m for m, _, _ in speakers(text)] == ["She", "She"]
    # (a relative on the subject before the quote still speaks, as before)
    text = 'Tom Lind, who called the plan "a disaster," left early.'
    assert [m for m, _, _ in speakers(text)] == ["who"]


def test_a_quote_inside_a_noun_phrase_is_not_attributed_by_the_words_after_it() -> None:
    text = 'She is noting the "kind of problems" Ruiz had answering questions about the banks.'
    assert [m for m, _, _ in speakers(text)] == ["She"]
    # (a quote that closes its words before the cue after it, as before)
    text = 'It was the "worst day of my life," Ruiz said.'
    assert [m for m, _, _ in speakers(text)] == ["Ruiz"]
    text = 'He called it "a disgrace" Ruiz said on Monday.'
    assert [m for m, _, _ in speakers(text)] == ["Ruiz"]


def test_a_cue_inside_a_relative_clause_set_off_by_commas_is_not_the_quote_after_it() -> None:
    text = (
        "He said the club's decision, which some have argued was rushed, was an "
        '"insult" to the volunteers.'
    )
    assert [m for m, _, _ in speakers(text)] == ["He"]
    # (a quote inside the clause, or right after its cue, is the clause's, as before)
    text = 'The board backed the plan, which critics have called "a giveaway," on Monday.'
    assert [m for m, _, _ in speakers(text)] == ["critics"]
    text = 'He thanked Mayor Dana Fox, who said at the rally, "We are not done yet."'
    assert [m for m, _, _ in speakers(text)] == ["who"]


def test_a_capitalised_word_before_a_noun_and_a_verb_is_no_speaker() -> None:
    text = 'Strong sales can still lift a weak brand, but only when "the product delivers."'
    assert speakers(text) == []
    # (a name before an adverb and a verb still is, as before)
    text = 'Lind also will back the plan, but only if it is "properly funded."'
    assert [m for m, _, _ in speakers(text)] == ["Lind"]


def test_the_agent_of_a_passive_cue_before_the_quote_speaks() -> None:
    text = (
        "Ms. Ortiz was asked by moderator Dan Kelsey whether her plan would risk "
        '"adding another costly program to the budget."'
    )
    assert speakers(text) == [("moderator Dan Kelsey", "Dan Kelsey", "moderator")]
    text = 'Mr. Varga was asked by a reporter, "Will you run again next year?"'
    assert [m for m, _, _ in speakers(text)] == ["a reporter"]
    # (quoted by an outlet, or acting by doing something, the subject speaks)
    text = 'Mr. Varga was quoted by the paper as saying the vote was "a farce."'
    assert [m for m, _, _ in speakers(text)] == ["Mr. Varga"]
    text = 'Mr. Varga interjected by attacking the mayor for his "reckless spending."'
    assert [m for m, _, _ in speakers(text)] == ["Mr. Varga"]


def test_people_in_a_crowd_head_a_speaker_phrase() -> None:
    text = (
        "The parade was quieter this year, with many marchers and onlookers chanting "
        '"We stand together" as they passed the square.'
    )
    assert [m for m, _, _ in speakers(text)] == ["onlookers"]
    text = 'Mourners sang softly, and then a heckler shouted, "Shame on you!"'
    assert [m for m, _, _ in speakers(text)] == ["a heckler"]


def test_a_compound_adjective_before_a_name_is_not_part_of_it() -> None:
    text = (
        "Many adoptees wait.\n\nSouth Korean-born Monte Ruell holds little hope. "
        '"I have no home there," Ruell said.'
    )
    assert [name for _, name, _ in speakers(text)] == ["Monte Ruell"]
    # (a hyphenated surname stays whole, as before)
    text = 'Anna Kowalska-Brandt spoke first. "It is over," Kowalska-Brandt said.'
    assert [name for _, name, _ in speakers(text)] == ["Anna Kowalska-Brandt"]


def test_a_company_set_off_after_a_description_is_the_speaker() -> None:
    text = 'Acme\'s largest customer, the carmaker Velora, said it was "watching closely."'
    assert speakers(text) == [("Acme's largest customer", "Velora", None)]
    text = 'Its biggest rival, the German carmaker Velora Motors, said it was "watching".'
    assert [name for _, name, _ in speakers(text)] == ["Velora Motors"]
    # (a person set off, or a company noun with no name: as before)
    text = 'Acme\'s lawyer, the senior partner Jo Lind, said it was "watching closely."'
    assert [name for _, name, _ in speakers(text)] == ["Jo Lind"]
    text = 'Acme\'s largest customer, the carmaker, said it was "watching closely."'
    assert [name for _, name, _ in speakers(text)] == ["Acme's largest customer"]
    text = 'Acme\'s largest customer, the region Valora, said it was "watching closely."'
    assert [name for _, name, _ in speakers(text)] == ["Acme's largest customer"]


def test_a_relative_named_by_first_name_after_a_possessive_owner_opens_the_paragraph() -> None:
    text = (
        "Ana Ferreira opened the bakery in 1990.\n\n"
        "Ferreira's brother Paulo flew over for the reopening. "
        '"My sister is stubborn," he said.'
    )
    assert [name for _, name, _ in speakers(text)] == ["Paulo"]
    text = text.replace("flew over", ", who still lives in Portugal, flew over").replace(
        "Paulo ,", "Paulo,"
    )
    assert [name for _, name, _ in speakers(text)] == ["Paulo"]
    # (a first name after a word for no relative is not read so; nor a lone owner)
    text = (
        "Ana Ferreira opened the bakery in 1990.\n\n"
        "Ferreira's chef Tom worked all night. "
        '"It was hard," he said.'
    )
    assert [name for _, name, _ in speakers(text)] != ["Tom"]
    text = (
        'Ana Ferreira opened the bakery.\n\nFerreira\'s brother was ill. "It was hard," she said.'
    )
    assert [name for _, name, _ in speakers(text)] == ["Ana Ferreira"]


def test_a_surname_alone_is_not_a_relative_introduced_after_its_first_holder() -> None:
    text = (
        "Agnes Whitlow, a retired teacher who mapped the city's rivers, has died. She was 92.\n\n"
        "Her death was announced by her niece, Clare Whitlow, who said she died at home.\n\n"
        "Whitlow began her work in 1968. "
        '"The water had to be coming from somewhere," she told an interviewer.'
    )
    assert [name for _, name, _ in speakers(text)] == ["Agnes Whitlow"]
    # (the relative named in full again keeps the surname, as before)
    text = text.replace("Whitlow began", "Clare Whitlow spoke at the funeral. Whitlow began")
    assert [name for _, name, _ in speakers(text)] == ["Clare Whitlow"]
    # (one introduced later who is no relative takes it, as before)
    text = (
        "Agnes Whitlow, a retired teacher, has died.\n\n"
        "The city archivist, Clare Whitlow, said she died at home.\n\n"
        'Whitlow began her work in 1968. "The water had to be here," she said.'
    )
    assert [name for _, name, _ in speakers(text)][-1] == "Clare Whitlow"


def test_a_name_set_off_after_a_plural_possessive_owner_names_the_speaker() -> None:
    text = 'The tenants\' lawyer, Daniel Osei, said the figure was "misleading."'
    assert speakers(text) == [("tenants' lawyer", "Daniel Osei", "tenants' lawyer")]
    text = 'The tenants\' lawyer said the figure was "misleading."'
    assert [name for _, name, _ in speakers(text)] == ["tenants' lawyer"]


def test_us_council_titles_are_stripped_from_the_name() -> None:
    for title in ("Councilor", "Councilmember", "Alderwoman"):
        speaker = find_quotes(f'"It is safe," said {title} Dan Reyes.')[0].speaker
        assert speaker is not None
        assert (speaker.name, speaker.role) == ("Dan Reyes", title)
    # (with no title, no role)
    speaker = find_quotes('"It is safe," said Dan Reyes.')[0].speaker
    assert speaker is not None
    assert (speaker.name, speaker.role) == ("Dan Reyes", None)


def names(text: str) -> list[str]:
    return [name for _, name, _ in speakers(text)]


@pytest.mark.parametrize(
    ("mention", "name"),
    [
        ("Mallam Ibrahim Lawal", "Ibrahim Lawal"),
        ("Engr. Chuka Obi", "Chuka Obi"),
        ("Nana Kofi Boateng", "Kofi Boateng"),
        ("H.E. Dr. Mariam Al Hosani", "Mariam Al Hosani"),
        ("Datuk Seri Kamal Hashim", "Kamal Hashim"),
        ("Dato Sri Lee Chong Meng", "Lee Chong Meng"),
        ("Tan Sri Mohd Azlan Ghazi", "Mohd Azlan Ghazi"),
        ("Encik Razali Ismail", "Razali Ismail"),
    ],
)
def test_honorifics_of_africa_the_gulf_and_malaysia_leave_the_name(mention: str, name: str) -> None:
    (speaker,) = speakers(f'"We are ready," said {mention}.')
    assert speaker[1] == name
    assert speaker[2] is None  # (a courtesy title is no role)


def test_tan_is_an_honorific_only_before_sri() -> None:
    assert speakers('"We are ready," said Tan Hui Min.') == [("Tan Hui Min", "Tan Hui Min", None)]


@pytest.mark.parametrize(
    ("title", "role"),
    [
        ("Treasury CS", "Treasury CS"),
        ("Treasury PS", "Treasury PS"),
        ("Kileleshwa MCA", "Kileleshwa MCA"),
        ("Gauteng MEC", "Gauteng MEC"),
        ("Taoiseach", "Taoiseach"),
        ("T\u00e1naiste", "T\u00e1naiste"),
        ("Agriculture Sec.", "Agriculture Sec."),
    ],
)
def test_titles_of_kenya_south_africa_ireland_and_the_philippines(title: str, role: str) -> None:
    text = f'"The money is there," {title} Ruth Achieng said on Monday.\n\n"We will pay," she said.'
    assert speakers(text) == [
        (f"{title} Ruth Achieng", "Ruth Achieng", role),
        ("she", "Ruth Achieng", role),
    ]


def test_sec_in_capitals_still_ends_a_sentence() -> None:
    text = (
        'The filing went to the SEC. "We have nothing to hide," Jo Lind said.\n\n'
        '"It is routine," said Tom Kent.'
    )
    assert names(text) == ["Jo Lind", "Tom Kent"]


def test_the_taoiseach_is_the_one_introduced_with_the_title() -> None:
    text = (
        '"The numbers are poor," Taoiseach Sean Brennan told the Dail.\n\n'
        '"Of course I have confidence in her," the Taoiseach said.'
    )
    assert names(text) == ["Sean Brennan", "Sean Brennan"]


def test_a_portfolio_ends_the_office_before_a_name_of_three_words() -> None:
    text = '"The stretch is hard," Federal Minister for Planning Tariq Mehmood Awan said.'
    assert speakers(text) == [
        (
            "Federal Minister for Planning Tariq Mehmood Awan",
            "Tariq Mehmood Awan",
            "Federal Minister for Planning",
        )
    ]
    text = (
        "Buses will run every eight minutes, Minister of State for Transport Lim Wei Jie"
        ' said on Saturday.\n\n"We have heard them," said Mr Lim.'
    )
    assert speakers(text) == [("Mr Lim", "Lim Wei Jie", "Minister of State for Transport")]
    # (an office that names no portfolio still runs up to the name's last two words)
    text = '"It is bad," Governor of the Bank of England Andrew Bailey said.'
    assert names(text) == ["Andrew Bailey"]
    text = '"It is bad," Secretary of Health and Human Services Xavier Becerra said.'
    assert names(text) == ["Xavier Becerra"]


def test_an_office_before_a_run_starts_after_the_sentence_before() -> None:
    text = (
        "The meeting was held at the PM House.\n\n"
        "Union Minister for Rural Development Harish Negi said the funds were ready.\n\n"
        '"The money is ready," the minister said.'
    )
    assert speakers(text) == [
        ("the minister", "Harish Negi", "Union Minister for Rural Development")
    ]


def test_an_honorific_after_two_names_is_a_surname() -> None:
    text = '"The deadline will slip," said PTI Information Secretary Naveed Akhtar Sheikh.'
    assert speakers(text) == [
        (
            "PTI Information Secretary Naveed Akhtar Sheikh",
            "Naveed Akhtar Sheikh",
            "PTI Information Secretary",
        )
    ]
    # (before a name it is an honorific, as before)
    assert names('"It is done," said Sheikh Hamdan Rashid.') == ["Hamdan Rashid"]


def test_a_surname_with_a_capitalised_particle_is_the_full_name() -> None:
    text = (
        '"Clean energy comes first," said Mariam Al Suwaidi, an under-secretary.\n\n'
        '"We will build it," Al Suwaidi said.'
    )
    assert names(text) == ["Mariam Al Suwaidi", "Mariam Al Suwaidi"]
    # (a first name that looks like a particle is someone else)
    text = '"We will build it," said Tipper Gore.\n\n"I agree," Al Gore said.'
    assert names(text) == ["Tipper Gore", "Al Gore"]


def test_a_surname_with_a_particle_is_the_latest_named_in_full_with_it() -> None:
    text = (
        '"Clean energy comes first," said Mariam Al Suwaidi, an under-secretary.\n\n'
        '"Grids come next," said Hamad Al Suwaidi, a grid engineer.\n\n'
        '"We will build it," Al Suwaidi said.\n\n'
        '"It will take years," said Omar Al Suwaidi, an economist.'
    )
    # (the latest before the mention, not one named after it)
    assert names(text) == [
        "Mariam Al Suwaidi",
        "Hamad Al Suwaidi",
        "Hamad Al Suwaidi",
        "Omar Al Suwaidi",
    ]
    # (among many of the surname, each named in full with it, still the latest:
    # the one looked up among the latest few, not all of them for each mention)
    firsts = ("Ann", "Beth", "Cara", "Dana", "Ella", "Fay", "Gina", "Hope", "Iris", "Jane")
    many = "".join(
        f'"We agree," said {first} {chr(65 + n)}ay Al Suwaidi, an engineer.\n\n'
        for n in range(8)
        for first in firsts
    )
    found = names(many + '"We will build it," Al Suwaidi said.')
    assert found[-2:] == ["Jane Hay Al Suwaidi", "Jane Hay Al Suwaidi"]


def test_the_first_words_of_a_malay_name_are_its_holder() -> None:
    text = (
        '"Warnings go out six hours ahead," said Tan Sri Mohd Azlan Ghazi, the agency head.\n\n'
        '"Nobody will be caught by surprise," said Mohd Azlan.'
    )
    assert names(text) == ["Mohd Azlan Ghazi", "Mohd Azlan Ghazi"]


def test_a_courtesy_title_before_a_word_inside_a_long_name() -> None:
    text = (
        "Workers' Party MP Muhammad Faisal Abdul Rahman raised the matter in January.\n\n"
        '"Residents have asked for this for years," Mr Faisal said.'
    )
    assert names(text) == ["Muhammad Faisal Abdul Rahman"]
    # (without a title the word alone names no one known)
    text = text.replace("Mr Faisal", "Faisal")
    assert names(text) == ["Faisal"]
    # (a longer word that opens with it inside a name is no such word)
    text = (
        "Workers' Party MP Muhammad Faisalabad Abdul Rahman raised the matter in January.\n\n"
        '"Residents have asked for this for years," Mr Faisal said.'
    )
    assert names(text) == ["Faisal"]


def test_the_spokesperson_is_the_one_named_as_such_before() -> None:
    text = (
        '"We call for restraint," Foreign Ministry spokesperson Wang Jianhua said.\n\n'
        '"The hotline is open," the spokesperson said.'
    )
    assert names(text) == ["Wang Jianhua", "Wang Jianhua"]
    # (with no one named so, the noun speaks as written)
    text = '"The hotline is open," the spokesperson said.'
    assert names(text) == ["the spokesperson"]


def test_a_participle_opening_the_sentence_is_no_speaker() -> None:
    text = (
        "Reacting, the spokesman of the party, Alhaji Yusuf Dutse, told reporters that"
        ' the opposition was "playing politics with hunger".'
    )
    assert names(text) == ["Yusuf Dutse"]


def test_a_second_of_extends_an_inverted_speaker_noun() -> None:
    text = '"It is bad," said the director of publicity of the party.'
    assert speakers(text) == [
        (
            "the director of publicity of the party",
            "the director of publicity of the party",
            None,
        )
    ]
    text = '"It is bad," said the director of publicity of the Acme Party, Yusuf Dutse.'
    assert names(text) == ["Yusuf Dutse"]


def test_an_honorific_ending_a_description_is_no_surname() -> None:
    text = '"We pray," the Roman Catholic Bishop said.\n\n"Yes," he said.'
    assert names(text) == ["the Roman Catholic Bishop", "he"]


def test_a_long_office_in_capitals_before_a_name_set_off() -> None:
    text = (
        "The National Director of Publicity of the All Progressives Congress, Mr Yusuf"
        ' Dutse, told reporters that it was "playing politics with hunger".'
    )
    assert speakers(text) == [
        (
            "The National Director of Publicity of the All Progressives Congress",
            "Yusuf Dutse",
            None,
        )
    ]
    # (after an opening word, the body that closes the office does not speak)
    text = text.replace("The National", "However, the National")
    assert names(text) == ["Yusuf Dutse"]
    # (a body named in the subject's own words still may: "the head of the Acme Group")
    text = 'The head of the Acme Group, Jo Lind, said it was "bad".'
    assert names(text) == ["Jo Lind"]


def test_the_pontiff_and_the_king_are_the_one_named_by_title_and_one_name() -> None:
    text = (
        "Pope Tobias on Sunday called for a ceasefire.\n\n"
        '"Let the weapons fall silent," the pontiff said.'
    )
    assert speakers(text) == [("the pontiff", "Tobias", "Pope")]
    text = 'King Edwin visited the flood zone.\n\n"It is heartbreaking," the King said.'
    assert speakers(text) == [("the King", "Edwin", "King")]
    # (one name after another title names no one in full: a sentence's opening)
    text = 'Mayor Edwin visited the flood zone.\n\n"It is heartbreaking," the mayor said.'
    assert names(text) == ["the mayor"]
    # (a prince named in full before is the one "Prince" and a first name stands for)
    text = (
        "Prince Omar bin Khalid criticised the plan.\n\n"
        '"It is folly," tweeted Prince Omar.\n\n'
        'Later the prince called it "a disgrace".'
    )
    assert names(text) == ["Omar bin Khalid", "Omar bin Khalid"]
    # (and one named by one name and then with a numeral is one person)
    text = (
        "Pope Tobias visited Lisbon.\n\n"
        '"Peace," said Pope Tobias II.\n\n"Thank you," the pope said.'
    )
    first, second = names(text)
    assert first.startswith("Tobias")
    assert second == first


def test_a_role_with_a_capital_is_the_holder_said_with_both() -> None:
    text = (
        "Sen. Jo Lind, an Ohio Democrat, met Sen. Ann Kent, a Texas Republican, on Monday.\n\n"
        '"We will pass it," the Ohio senator said.\n\n'
        '"We will not," the Texas senator said.\n\n'
        '"Maybe," the senator said.'
    )
    # (the head and each capital before it in the holder's role; two fit the head alone)
    assert names(text) == ["Jo Lind", "Ann Kent", "the senator"]


def test_a_lower_case_noun_after_a_title_is_the_role() -> None:
    text = '"Stay away from the coast," said weather service chief meteorologist Ann Kerr.'
    assert speakers(text)[0][1:] == ("Ann Kerr", "weather service chief meteorologist")
    # (a title alone stays the role, and the noun must leave a name of two words)
    text = '"Stay away from the coast," said Chief Inspector Ann Kerr.'
    assert speakers(text)[0][1:] == ("Ann Kerr", "Chief Inspector")


def test_a_capitalised_cue_word_inside_a_name_does_not_end_a_description() -> None:
    text = '"No deal," said Ana Tolo, the lead negotiator for the Pacific Island States.'
    assert speakers(text)[0][2] == "lead negotiator for the Pacific Island States"
    text = '"No deal," said Ana Tolo, the envoy to the United States.'
    assert speakers(text)[0][2] == "envoy to the United States"
    # (a cue word in lower case still ends it: it is a clause, no description)
    text = '"No deal," said Ana Tolo, the envoy, who states that she will stay.'
    assert speakers(text)[0][2] == "envoy"


def test_a_description_set_off_before_a_name_beats_an_academic_title() -> None:
    text = '"Walking is free," said its deputy medical director, Prof. Nia Kerr.'
    assert speakers(text) == [
        ("its deputy medical director", "Nia Kerr", "deputy medical director")
    ]
    # (a title of office stays the role: "the senator, Sen. Nia Kerr")
    text = '"Walking is free," said the senator, Sen. Nia Kerr.'
    assert speakers(text) == [("the senator", "Nia Kerr", "Sen.")]


def test_a_headline_glued_above_the_story_is_no_part_of_a_name() -> None:
    # (a hard-wrapped text: the headline's line break is read as a space)
    text = (
        "The debate went on past midnight, and the candidates traded barbs over\n"
        "taxes and trade. Mark Olsen followed the exchange from the press room.\n"
        "9:12PM Lind Says His Tax Plan Will Not Hurt Families On The Farm\n"
        "Anna Lind, who has backed farm subsidies in the past, defended her plan\n"
        "and gave new details about it on the stage.\n"
        '"We are going to cut taxes for every family," Lind said.\n'
    )
    assert [
        (q.speaker.name, q.speaker.mention) for q in parse_article(text).quotes if q.speaker
    ] == [("Anna Lind", "Lind")]
    # (no first name known: the last two words; a title before them stays)
    glued = "Senators Vow To Act Over Farm Debts Gov. Tove Lindqvist spoke first."
    speaker = find_quotes(glued + ' "We will act," Lindqvist said.')[0].speaker
    assert speaker is not None
    assert (speaker.name, speaker.role) == ("Tove Lindqvist", "Gov.")
    # (a first name that is also a word headlines capitalise is no cut: Will)
    text = 'The panel was chaired by Congressman Will Hurd of Texas. "We will act," Hurd said.'
    speaker = find_quotes(text)[0].speaker
    assert speaker is not None
    assert (speaker.name, speaker.role) == ("Will Hurd", "Congressman")


@pytest.mark.parametrize("dash", ["\u2014", "--", "-", "\u2013"])
def test_a_name_and_a_dash_before_a_quote_name_its_speaker(dash: str) -> None:
    lead = "Grace Adebayo lost the first round in court on Monday.\n\n"
    for label in ("ADEBAYO", "MS ADEBAYO", "Adebayo"):
        quotes = parse_article(f'{lead}{label} {dash} "We will appeal."').quotes
        assert [(q.speaker.name, q.speaker.mention, q.kind) for q in quotes if q.speaker] == [
            ("Grace Adebayo", label, "direct")
        ]


@pytest.mark.parametrize(
    "opening",
    [
        "WASHINGTON \u2014 ",
        "BEIRUT (AP) \u2014 ",
        "LONDON, May 3 \u2014 ",
        "Washington -- ",
        "KRAMATORSK \u2014 ",
        "Storm Watch \u2014 ",
    ],
)
def test_a_dateline_or_a_heading_and_a_dash_before_a_quote_name_no_one(opening: str) -> None:
    text = (
        "George Washington's house was shut on Monday, officials in Kramatorsk said.\n\n"
        f'{opening}"We will reopen next week."\n\n'
        f'{opening}"We will reopen," the curator said.'
    )
    quotes = parse_article(text).quotes
    assert [(q.speaker.name if q.speaker else None) for q in quotes] == ["the curator"]


def test_a_name_set_off_in_a_with_clause_is_its_speaker() -> None:
    for clause in (
        "with its chairman, Paul Easton, taking",
        "with Paul Easton, its chairman, taking",
    ):
        text = f'The board met on Friday, {clause} questions, "We have nothing to hide."'
        assert [q.speaker.name for q in find_quotes(text) if q.speaker] == ["Paul Easton"]
    # (a with clause before a comma and the subject: the subject, as before)
    text = 'With the bill passing, Ruth Ames said: "We have nothing to hide."'
    assert [q.speaker.name for q in find_quotes(text) if q.speaker] == ["Ruth Ames"]
    # (no verb in -ing after the name: the sentence's subject, as before)
    text = 'Ruth Ames met the board, with its chairman, Paul Easton, absent, and said "We wait."'
    assert [q.speaker.name for q in find_quotes(text) if q.speaker] == ["Ruth Ames"]


def test_a_phrase_and_a_dash_before_a_quote_keep_its_speaker() -> None:
    text = 'Ruth Ames spoke first.\n\nThe plan -- "a disaster" -- was dropped, Ames said.'
    assert [q.speaker.mention for q in parse_article(text).quotes if q.speaker] == ["Ames"]


@pytest.mark.parametrize("dash", ["--", "\u2014", "\u2013"])
def test_a_quote_broken_by_a_dash_interjection_has_one_speaker(dash: str) -> None:
    lead = "Maria Lopez and Tom Reyes spoke after the vote. "
    for said in (
        f'"We will stay {dash} and I mean stay {dash} until it is done," Lopez said.',
        f'"We will stay," Lopez said {dash} "until it is done."',
        f'"We will stay" {dash} Lopez paused {dash} "until it is done."',
    ):
        quotes = find_quotes(lead + said)
        assert quotes
        assert {(q.speaker.mention if q.speaker else None) for q in quotes} == {"Lopez"}
    # (a cue in the interjection stays its cue)
    said = f'"We will stay" {dash} Lopez said {dash} "until it is done."'
    assert [q.cue for q in find_quotes(lead + said)] == ["said", "said"]
    # (a second part with a cue of its own is its speaker's)
    said = f'"We will stay," Lopez said {dash} "until it is done," Reyes replied.'
    assert [q.speaker.mention for q in find_quotes(lead + said) if q.speaker] == ["Lopez", "Reyes"]
    # (a new sentence after the interjection, or no name in it: no speaker, as before)
    for said in (
        f'"We will stay" {dash} Lopez paused {dash} "It is done."',
        f'"We will stay" {dash} the crowd paused {dash} "until it is done."',
    ):
        assert [q.speaker for q in find_quotes(lead + said) if q.speaker] == []


def test_a_place_set_off_by_a_comma_is_no_speaker_of_a_quote_after_a_colon() -> None:
    lead = "The calls kept coming all night.\n\n"
    text = lead + 'Dayton, Ohio, a man on the line said: "We are closed for good."'
    assert [q.speaker.name for q in find_quotes(text) if q.speaker] == ["a man"]
    text = lead + 'Dayton, Ohio, the lights went out: "We are closed for good."'
    assert [q.speaker for q in find_quotes(text) if q.speaker] == []
    # (a person's name before a comma still speaks, as before)
    text = lead + 'Maria Lopez, a nurse, said: "We are closed for good."'
    assert [q.speaker.name for q in find_quotes(text) if q.speaker] == ["Maria Lopez"]


def test_a_rubric_glued_above_the_story_is_no_part_of_a_name() -> None:
    lead = "The debate ran late into the night and drew a big crowd. "
    for rubric in ("Politics", "Live Updates", "Opinion"):
        text = (
            lead + f'{rubric} Anna Lind said the plan would work. "We will cut taxes," Lind said.'
        )
        assert [q.speaker.name for q in find_quotes(text) if q.speaker] == ["Anna Lind"]
    # (a title before the name stays the role, as before)
    text = lead + 'Health Secretary Anna Lind said it would work. "We will cut taxes," Lind said.'
    speaker = find_quotes(text)[0].speaker
    assert speaker is not None
    assert (speaker.name, speaker.role) == ("Anna Lind", "Health Secretary")


def test_a_relative_after_a_quote_with_a_cue_later_names_no_one() -> None:
    # 'who said' is a clause on the quoted words, not its speaker
    assert find_quotes('The firm hired a "fixer" who said little.') == ()
    # ... and a cue after the clause still attributes the quote
    quotes = find_quotes('Tom Lind hired a "fixer" who said little, he said.')
    assert [(quote.text, quote.speaker.name if quote.speaker else None) for quote in quotes] == [
        ("fixer", "Tom Lind")
    ]


def _may_cue_by_regex(text: str) -> bool:
    """:func:`newsstruct._speakers._may_cue` as first written (the words a regex finds)."""
    from newsstruct._patterns import SPEAKER_WORD
    from newsstruct._speakers import _SPEAKER_CUE_HEADS

    return not _SPEAKER_CUE_HEADS.isdisjoint(SPEAKER_WORD.findall(text.lower()))


@pytest.mark.parametrize(
    "text",
    [
        "The harbour master SAID on Monday that the quay would reopen.",
        "Ferry services resume on Tuesday, the port authority announced.",
        "Tolls rose 4% in March.\tNo one commented.",
        "Reporting by Jo Kent; editing by Ann Berg",
        "x_said_y and 3told4 and said-so",
        "",
        "Sales rose.\x00Told.",
    ],
)
def test_may_cue_reads_ascii_as_the_regex_does(text: str) -> None:
    from newsstruct._model import Paragraph, Span
    from newsstruct._speakers import _may_cue

    paragraph = Paragraph(text=text, span=Span(0, len(text)))
    assert _may_cue(paragraph) == _may_cue_by_regex(text)


@given(st.text(alphabet=st.characters(max_codepoint=127), max_size=80))
@settings(max_examples=300, deadline=None)
def test_may_cue_reads_any_ascii_as_the_regex_does(text: str) -> None:
    from newsstruct._model import Paragraph, Span
    from newsstruct._speakers import _may_cue

    paragraph = Paragraph(text=text, span=Span(0, len(text)))
    assert _may_cue(paragraph) == _may_cue_by_regex(text)


@pytest.mark.parametrize(
    "text",
    [
        '"It is a mess," a person close to the mayor, who asked not to be named, said.',
        'The plan is "dead," a person close to the mayor, who asked not to be named, said.',
        '"It is a mess," a person close to the mayor, who requested anonymity, said.',
        '"It is a mess," said a person close to the mayor who asked for anonymity.',
    ],
)
def test_asking_for_anonymity_reports_nothing(text: str) -> None:
    # the relative clause's "asked" is no cue: the source is the person, not the mayor
    (quote,) = find_quotes(text)
    assert quote.speaker is not None
    assert quote.speaker.name == "a person close to the mayor"


#: Roles, epithets and documents whose holder is read among the latest people (or
#: the paragraph's issuing verbs) in fewer steps since round 32: the answers the
#: full reading gives, one holder or none when two fit.
@pytest.mark.parametrize(
    ("text", "names"),
    [
        ('Pope Leo visited Lima on Monday.\n\n"We pray for peace," the pontiff said.', ["Leo"]),
        ('Pope Leo met Pope Francis in Rome.\n\n"We pray," the pontiff said.', ["the pontiff"]),
        # (a one-word name gives way to the longer one that opens with it)
        (
            'Pope Leo arrived. Later Pope Leo XIV spoke to the crowd.\n\n"We pray," the pontiff said.',
            ["Leo XIV"],
        ),
        (
            "Sen. Maria Okafor and Sen. Maria Lindqvist met voters on Monday.\n\n"
            '"We will fund it," the senator said.',
            ["the senator"],
        ),
        ('Sen. Maria Okafor met voters.\n\n"We will fund it," the senator said.', ["Maria Okafor"]),
        (
            "Defender Tom Reyes and defender Luis Ortega trained on Monday.\n\n"
            '"We are ready," the defender said.',
            ["the defender"],
        ),
        ('Defender Tom Reyes trained.\n\n"We are ready," the defender said.', ["Tom Reyes"]),
        (
            "Ana Ferreira was elected mayor on Sunday, beating Rui Monteiro.\n\n"
            '"We will build," the mayor-elect said.',
            ["Ana Ferreira"],
        ),
        (
            'Ana Ferreira met Rui Monteiro on Sunday.\n\n"We will build," the mayor-elect said.',
            ["the mayor-elect"],
        ),
        (
            'The ministry issued a statement. "We act now," the statement read. The union '
            'released a statement on Friday. "We will strike," the statement said.',
            ["The ministry", "The union"],
        ),
        ('The ministry met on Monday. "We act now," the statement read.', ["the statement"]),
        (
            "Her niece, Clare Whitlow, spoke. Agnes Whitlow, 92, smiled.\n\n"
            'Her nephew, Tom Whitlow, spoke too. "She was kind," Whitlow said.',
            ["Agnes Whitlow"],
        ),
        ("Der englische Trainer Tom Kent lobte.\n\n„Gut“, sagte der Engländer.", ["Tom Kent"]),
        (
            "Der englische Trainer Tom Kent und der englische Trainer Ben Lee lobten.\n\n"
            "„Gut“, sagte der Engländer.",
            ["der Engländer"],
        ),
    ],
)
def test_holders_read_among_the_latest(text: str, names: list[str]) -> None:
    assert [q.speaker.name if q.speaker else None for q in find_quotes(text)] == names


def test_a_surname_with_van_den_is_one_name() -> None:
    # "van den" like "van der": the particles stay in the name and its later mention
    text = (
        'The party\'s energy spokesperson, Anna van den Berg, said the plan was "late".\n\n'
        '"It is too little," Van den Berg said.'
    )
    quotes = find_quotes(text)
    assert [q.speaker.name if q.speaker else None for q in quotes] == [
        "Anna van den Berg",
        "Anna van den Berg",
    ]
    assert quotes[1].speaker is not None
    assert quotes[1].speaker.mention == "Van den Berg"


@settings(max_examples=300, deadline=None)
@given(
    st.text(alphabet='.?!" aB', max_size=40),
    st.integers(min_value=0, max_value=45),
    st.integers(min_value=0, max_value=45),
)
def test_stop_before_is_the_backward_search(masked: str, lo: int, hi: int) -> None:
    # the rfind-based search for a sentence's end gives what the backward
    # regex gave (the same mark, the same bounds)
    import regex

    found = regex.compile(r'[.?!]"?+[ ]', regex.REVERSE).search(masked, lo, hi)
    assert _stop_before(masked, lo, hi) == (None if found is None else found.span())
