"""Nasty inputs: each returns an Article whose spans slice the input."""

from __future__ import annotations

import pytest

import newsstruct
from newsstruct import Article

from .test_properties import check

NASTY = {
    "empty": "",
    "whitespace": " \t\n\r\n \u3000\n",
    "unmatched straight quotes": '"' * 5000,
    "mixed marks": "“‘«»’”" * 3000,
    "one long line": ("word " * 200_000)[:1_000_000],
    "empty paragraphs": "\n\n" * 50_000,
    "said between quotes": '"x" said ' * 100_000,
    "dateline prefix repeated": "NEW YORK, " * 20_000,
    "nested parentheses": "(" * 10_000 + "AP" + ")" * 10_000 + " - text",
    "control characters": "".join(chr(c) for c in range(32)) * 100,
    "lone surrogate": 'He said \udcff "hi" \ud800.',
    "cr only": 'HEADLINE\r\rPARIS (AFP) - Body.\r\r"Yes," he said.\r',
    "invisible marks": "\ufeffTitle\u200b\n\n\u200fBERLIN (dpa) - \u200e\u2066Text\u2069 😀😀.",
    "html left in": "<p>&quot;Hi&quot; &#8220;there&#8221;, she said.</p>\n<br/>",
    "only dashes": "— – - _ -- .- :" * 1000,
    "only capitals": "WASHINGTON " * 30_000,
    "quotes across many paragraphs": '"Start\n\n"' * 5000,
    "unclosed marks of six families": "\u201c\u2018\u00ab\u201e\"'" * 20_000,
    "apostrophes": "'n' " * 20_000,
    "mojibake": "\u00e2\u20ac\u0153Hi\u00e2\u20ac \u00c2\u00a0\u00c2 \u00e2\u20ac" * 20_000,
}


@pytest.mark.parametrize("name", sorted(NASTY))
def test_nasty_input_gives_an_article(name: str) -> None:
    article = check(NASTY[name])
    assert isinstance(article, Article)


def test_whitespace_only_has_no_parts() -> None:
    article = check(NASTY["whitespace"])
    assert article.paragraphs == ()
    assert article.headline is None
    assert article.quotes == ()


@pytest.mark.parametrize(
    ("parser", "module", "inner", "text", "empty"),
    [
        ("find_quotes", "newsstruct._quotes", "quotes_in", '"Yes," he said.', ()),
        ("find_quoted_text", "newsstruct._quotes", "_all_quotes", '"Yes," he said.', ()),
        ("find_boilerplate", "newsstruct._boilerplate", "match_boilerplate", "(Reuters)", ()),
        ("parse_byline", "newsstruct._byline", "match_byline", "By Jo Kent", None),
        ("parse_caption", "newsstruct._caption", "match_caption", "A port. Photo: AP", None),
        ("parse_dateline", "newsstruct._dateline", "match_dateline", "PARIS (AFP) - Yes.", None),
        ("parse_date", "newsstruct._dates", "resolve_date", "March 3, 2024", None),
    ],
)
def test_a_failing_part_parser_gives_the_empty_result(
    monkeypatch: pytest.MonkeyPatch, parser: str, module: str, inner: str, text: str, empty: object
) -> None:
    parse = getattr(newsstruct, parser)
    assert parse(text) != empty

    def fail(*args: object) -> None:
        raise TimeoutError("regex timed out")

    monkeypatch.setattr(f"{module}.{inner}", fail)
    assert parse(text) == empty
    with pytest.raises(newsstruct.InputTypeError):
        parse(b"caller mistakes still raise")
