"""to_ninjs(): valid against the official IPTC ninjs JSON Schemas 3.1 and 2.2."""

from __future__ import annotations

import datetime
import json
import re
from pathlib import Path
from typing import Any

import pytest

from newsstruct import (
    Article,
    Boilerplate,
    Byline,
    Caption,
    Dateline,
    Headline,
    Kicker,
    Paragraph,
    Quote,
    Span,
    Speaker,
    Standfirst,
    parse_article,
    to_ninjs,
)
from newsstruct.exceptions import InputTypeError, OptionError

jsonschema = pytest.importorskip("jsonschema")

SCHEMAS = Path(__file__).parent / "schemas"
VERSIONS = ["3.1", "2.2"]


def _validator(version: str) -> Any:
    schema = json.loads((SCHEMAS / f"ninjs-schema_{version}.json").read_text(encoding="utf-8"))
    cls = jsonschema.validators.validator_for(schema)
    cls.check_schema(schema)
    return cls(schema, format_checker=cls.FORMAT_CHECKER)


def _slice(text: str, fragment: str, after: int = 0) -> tuple[str, Span]:
    start = text.index(fragment, after)
    return fragment, Span(start, start + len(fragment))


def _full() -> Article:
    text = (
        "ANALYSIS\n"
        "Storm shuts ports\n"
        "Ships wait offshore as winds rise\n\n"
        "By Ana Costa and Rui Lima\n\n"
        "LISBON, May 19 (Reuters) - Ports closed on Monday. "
        '"We had no choice," harbour master Ana Costa said.\n\n'
        "Waves hit the pier. PHOTO: Jo Bo/AFP\n\n"
        "Reuter"
    )
    quote_text, quote_span = _slice(text, "We had no choice,")
    mention, mention_span = _slice(text, "Ana Costa", text.index("harbour"))
    caption_text, caption_span = _slice(text, "Waves hit the pier.")
    credit, credit_span = _slice(text, "Jo Bo/AFP")
    dateline_text, dateline_span = _slice(text, "LISBON, May 19 (Reuters) -")
    body_text, body_span = _slice(
        text, 'Ports closed on Monday. "We had no choice," harbour master Ana Costa said.'
    )
    return Article(
        text=text,
        kicker=Kicker(*_slice(text, "ANALYSIS")),
        headline=Headline(*_slice(text, "Storm shuts ports")),
        standfirst=Standfirst(*_slice(text, "Ships wait offshore as winds rise")),
        byline=Byline(
            "By Ana Costa and Rui Lima",
            ("Ana Costa", "Rui Lima"),
            _slice(text, "By Ana Costa and Rui Lima")[1],
        ),
        dateline=Dateline(
            dateline_text, dateline_span, "LISBON", "Reuters", "May 19", datetime.date(2024, 5, 19)
        ),
        captions=[Caption(caption_text, caption_span, credit, credit_span)],
        paragraphs=[Paragraph(body_text, body_span)],
        quotes=[
            Quote(
                quote_text,
                quote_span,
                Speaker("Ana Costa", mention, mention_span, "harbour master"),
                "said",
                0,
            )
        ],
        boilerplate=[Boilerplate(*_slice(text, "Reuter", text.index("Jo Bo")), kind="signoff")],
        date=datetime.date(2024, 5, 19),
        language="en",
    )


ARTICLES = {
    "empty": Article(text=""),
    "full": _full(),
    "captions only": Article(
        text="A dog. PHOTO: AP",
        captions=[Caption("A dog.", Span(0, 6), "AP", Span(14, 16)), Caption("A dog.", Span(0, 6))],
    ),
    "no date": Article(
        text="Title\n\nBody.",
        headline=Headline("Title", Span(0, 5)),
        paragraphs=[Paragraph("Body.", Span(7, 12))],
        dateline=Dateline("X -", Span(0, 3), location=None, agency="AP"),
    ),
    "parsed": parse_article(
        "Storm shuts ports\n\nLISBON (Reuters) - Ports closed on Monday, officials said.\n\nReuter"
    ),
    "parsed empty": parse_article(""),
}


@pytest.mark.parametrize("version", VERSIONS)
@pytest.mark.parametrize("name", list(ARTICLES))
def test_valid_against_official_schema(version: str, name: str) -> None:
    item = to_ninjs(ARTICLES[name], version)
    _validator(version).validate(item)
    assert item["uri"].startswith("urn:newsstruct:sha256:")
    assert item["standard"]["version"] == version


def test_full_mapping_31() -> None:
    item = to_ninjs(_full(), uri="urn:example:full")
    assert item["uri"] == "urn:example:full"
    assert item["type"] == "text"
    assert item["headlines"] == [
        {"role": "main", "value": "Storm shuts ports"},
        {"role": "kicker", "value": "ANALYSIS"},
    ]
    assert item["by"] == "By Ana Costa and Rui Lima"
    assert item["located"] == "LISBON"
    assert item["infoSources"] == [{"name": "Reuters", "role": "source"}]
    assert item["contentCreated"] == "2024-05-19T00:00:00Z"
    assert item["language"] == "en"
    assert item["descriptions"] == [
        {"role": "summary", "value": "Ships wait offshore as winds rise"},
        {"role": "caption", "value": "Waves hit the pier."},
        {"role": "creditline", "value": "Jo Bo/AFP"},
    ]
    assert item["bodies"] == [
        {"role": "main", "contentType": "text/plain", "value": _full().body},
    ]
    flat = json.dumps(item)
    assert "We had no choice" in flat  # inside the body text only
    assert "harbour master" in flat
    assert "quotes" not in flat
    assert "span" not in flat


def test_full_mapping_22_lower_case() -> None:
    item = to_ninjs(_full(), "2.2")
    assert item["contentcreated"] == "2024-05-19T00:00:00Z"
    assert item["infosources"] == [{"name": "Reuters", "role": "source"}]
    assert item["bodies"][0]["contenttype"] == "text/plain"
    assert "contentCreated" not in item


def test_empty_article_is_minimal() -> None:
    assert set(to_ninjs(Article(text=""))) == {"uri", "type", "standard"}


def test_no_date_no_content_created() -> None:
    item = to_ninjs(ARTICLES["no date"])
    assert "contentCreated" not in item
    assert "located" not in item
    assert item["infoSources"] == [{"name": "AP", "role": "source"}]


def test_uri_is_stable_and_text_based() -> None:
    assert to_ninjs(Article(text="a"))["uri"] == to_ninjs(Article(text="a"))["uri"]
    assert to_ninjs(Article(text="a"))["uri"] != to_ninjs(Article(text="b"))["uri"]
    assert to_ninjs(Article(text="\udcff"))["uri"].startswith("urn:")


@pytest.mark.parametrize("version", ["1.0", "3", "3.0", 3.1, ""])
def test_unknown_version(version: object) -> None:
    with pytest.raises(OptionError, match=re.escape('use "3.1" or "2.2"')):
        to_ninjs(Article(text=""), version)  # type: ignore[arg-type]


def test_not_an_article() -> None:
    with pytest.raises(InputTypeError):
        to_ninjs({"text": ""})  # type: ignore[arg-type]


def test_a_byline_of_two_lines_is_one_line_in_ninjs() -> None:
    from newsstruct import parse_article, to_ninjs

    article = parse_article(
        "Ports reopen\n\nBy Priya Raman\nTransport Correspondent\n\nThe ports reopened on Monday."
    )
    assert article.byline is not None
    assert "\n" in article.byline.text
    assert to_ninjs(article)["by"] == "By Priya Raman Transport Correspondent"
