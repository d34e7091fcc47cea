"""newsstruct: turn the plain text of a news article into typed parts.

>>> from newsstruct import parse_article
>>> article = parse_article("Rain expected\\n\\nBERLIN (dpa) - It will rain.")
>>> article.headline.text, article.dateline.location, article.paragraphs[0].text
('Rain expected', 'BERLIN', 'It will rain.')
"""

from __future__ import annotations

from newsstruct import _boilerplate, _byline, _caption, _dateline, _exports, _quotes
from newsstruct._article import parse_article
from newsstruct._batch import parse_articles
from newsstruct._crlf import read_as_lf
from newsstruct._dates import parse_date
from newsstruct._html import render_html
from newsstruct._model import (
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
    Subhead,
)
from newsstruct._ninjs import to_ninjs
from newsstruct._options import Options
from newsstruct._schema import article_schema
from newsstruct._serialize import to_dict, to_json
from newsstruct.exceptions import (
    InputTypeError,
    NewsstructError,
    OptionError,
    SpanError,
    UnknownLanguageError,
    WorkerError,
)

__version__ = "0.1.0"

# (each reads a text with \r\n line ends as its \n twin, its spans mapped back;
# parse_article and parse_articles do so themselves)
find_boilerplate = read_as_lf(_boilerplate.find_boilerplate)
find_quoted_text = read_as_lf(_quotes.find_quoted_text)
find_quotes = read_as_lf(_quotes.find_quotes)
parse_byline = read_as_lf(_byline.parse_byline)
parse_caption = read_as_lf(_caption.parse_caption)
parse_dateline = read_as_lf(_dateline.parse_dateline)
split_documents = read_as_lf(_exports.split_documents)

__all__ = [
    "Article",
    "Boilerplate",
    "Byline",
    "Caption",
    "Dateline",
    "Headline",
    "InputTypeError",
    "Kicker",
    "NewsstructError",
    "OptionError",
    "Options",
    "Paragraph",
    "Quote",
    "Span",
    "SpanError",
    "Speaker",
    "Standfirst",
    "Subhead",
    "UnknownLanguageError",
    "WorkerError",
    "__version__",
    "article_schema",
    "find_boilerplate",
    "find_quoted_text",
    "find_quotes",
    "parse_article",
    "parse_articles",
    "parse_byline",
    "parse_caption",
    "parse_date",
    "parse_dateline",
    "render_html",
    "split_documents",
    "to_dict",
    "to_json",
    "to_ninjs",
]
