"""Bylines in the forms of the agencies and publishers."""

from __future__ import annotations

import pytest

from newsstruct import InputTypeError, parse_byline


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("By Cal Mankowski, Reuters", ("Cal Mankowski",)),
        ("by Janie Gabbett, Reuters", ("Janie Gabbett",)),
        ("BY TED D'AFFLISIO, Reuters", ("TED D'AFFLISIO",)),
        ("By Patti Domm, Reuter", ("Patti Domm",)),
        ("By HILLEL ITALIE\nAssociated Press Writer", ("HILLEL ITALIE",)),
        ("By HILLEL ITALIE, AP Business Writer", ("HILLEL ITALIE",)),
        ("By Jane Doe and John Smith", ("Jane Doe", "John Smith")),
        ("By Jane Doe, John Smith and Ann Lee, Reuters", ("Jane Doe", "John Smith", "Ann Lee")),
        ("By Jane Doe & John Smith", ("Jane Doe", "John Smith")),
        ("By: Jane Doe", ("Jane Doe",)),
        ("By J. R. Smith", ("J. R. Smith",)),
        ("By Ludwig van Beethoven", ("Ludwig van Beethoven",)),
        ("By Jean-Luc O'Neil in Paris", ("Jean-Luc O'Neil",)),
        ("By Jane Doe, Staff Reporter", ("Jane Doe",)),
        ("By JANE DOE Associated Press", ("JANE DOE",)),
        ("By JOSH BOAK AP Economics Writer", ("JOSH BOAK",)),
        ("By Jane Doe | Reuters", ("Jane Doe",)),
        ("By Jane Doe - Reuters", ("Jane Doe",)),
        ("By Jane Doe of The New York Times", ("Jane Doe",)),
        ("By Jane Doe, Special to The Washington Post", ("Jane Doe",)),
        ("By Jane Doe, Reuters\nMay 20, 2021", ("Jane Doe",)),
        ("By Jane Doe\nUpdated 3:41 PM", ("Jane Doe",)),
        ("Von Marco Krefting und Sunrita Sen, dpa", ("Marco Krefting", "Sunrita Sen")),
        ("Von Marco Krefting, dpa", ("Marco Krefting",)),
        ("Por María López y José Pérez, EFE", ("María López", "José Pérez")),
        ("Par Jean Dupont et Marie Curie, AFP", ("Jean Dupont", "Marie Curie")),
        ("Reporting by Jane Doe; Editing by Tom Lee", ("Jane Doe", "Tom Lee")),
        (
            "(Reporting by Jane Doe in Paris; Additional reporting by Ann Lee; "
            "Editing by Tom Lee and Bob Ray)",
            ("Jane Doe", "Ann Lee", "Tom Lee", "Bob Ray"),
        ),
        ("Reporting by Jane Doe, editing by Tom Lee", ("Jane Doe", "Tom Lee")),
    ],
)
def test_names(text: str, names: tuple[str, ...]) -> None:
    byline = parse_byline(text)
    assert byline is not None
    assert byline.names == names
    assert byline.text == text.strip()
    assert text[byline.span.start : byline.span.end] == byline.text


@pytest.mark.parametrize(
    "text",
    [
        "By the end of the year, prices had doubled.",
        "By Monday, the talks had collapsed and both sides left.",
        "By 2030 the plant will close.",
        "By May 2021, prices had doubled.",
        "Bye for now",
        "Reuters",
        "Jane Doe, Reuters",
        "By " + "Jane Doe, " * 100,
        "",
        "   ",
    ],
)
def test_not_bylines(text: str) -> None:
    assert parse_byline(text) is None


def test_type_error() -> None:
    with pytest.raises(InputTypeError):
        parse_byline(None)  # type: ignore[arg-type]
