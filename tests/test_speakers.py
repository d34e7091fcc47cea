"""Speaker mentions and their canonical names."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsstruct import Quote, find_quotes, parse_article

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
    assert speakers(text) == [("Ned Price", "Ned Price", None)]


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
