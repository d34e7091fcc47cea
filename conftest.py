"""Sybil: run the doctests in docstrings, the README and the docs with pytest."""

from __future__ import annotations

from doctest import ELLIPSIS, NORMALIZE_WHITESPACE

from sybil import Sybil
from sybil.parsers.markdown import PythonCodeBlockParser as MarkdownCodeBlockParser
from sybil.parsers.markdown import SkipParser as MarkdownSkipParser
from sybil.parsers.rest import DocTestParser, PythonCodeBlockParser, SkipParser

_OPTIONS = ELLIPSIS | NORMALIZE_WHITESPACE

pytest_collect_file = (
    Sybil(
        parsers=[DocTestParser(optionflags=_OPTIONS), PythonCodeBlockParser(), SkipParser()],
        patterns=["*.py"],
        path="src",
    )
    + Sybil(
        parsers=[MarkdownCodeBlockParser(doctest_optionflags=_OPTIONS), MarkdownSkipParser()],
        patterns=["*.md"],
        path=".",
        excludes=["CHANGELOG.md", "docs/_build/*", ".venv/*", "eval/NOTES.md"],
    )
).pytest()
