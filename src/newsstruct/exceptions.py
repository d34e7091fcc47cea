"""Exceptions raised by newsstruct.

newsstruct raises only for *caller mistakes* (wrong argument types, bad
options); text it cannot read gives ``None`` or empty parts instead.  Every
exception is a :class:`NewsstructError`, and also the built-in exception that
fits (:class:`TypeError` or :class:`ValueError`), so existing handlers keep
working.

>>> from newsstruct import parse_article
>>> from newsstruct.exceptions import NewsstructError
>>> try:
...     parse_article(b"bytes, not str")
... except NewsstructError as error:
...     print(type(error).__name__)
InputTypeError
"""

from __future__ import annotations

__all__ = [
    "InputTypeError",
    "NewsstructError",
    "OptionError",
    "SpanError",
    "UnknownLanguageError",
    "WorkerError",
]


class NewsstructError(Exception):
    """Base class of every exception newsstruct raises on purpose.

    >>> from newsstruct import NewsstructError, find_quotes
    >>> try:
    ...     find_quotes(None)
    ... except NewsstructError as error:
    ...     print(error)
    text must be str, got NoneType
    """


class InputTypeError(NewsstructError, TypeError):
    """The text to parse is not a :class:`str` (for example ``bytes`` or ``None``).

    >>> from newsstruct import parse_byline
    >>> parse_byline(b"By Anna Weber")
    Traceback (most recent call last):
    ...
    newsstruct.exceptions.InputTypeError: text must be str, got bytes: decode it first, ...
    """


class OptionError(NewsstructError, ValueError):
    """An option has a wrong type or value (for example ``reference_date="2021"``).

    >>> from newsstruct import Options
    >>> Options(headline="no")
    Traceback (most recent call last):
    ...
    newsstruct.exceptions.OptionError: headline must be True or False, got str 'no'
    """


class SpanError(NewsstructError, ValueError):
    """A :class:`~newsstruct.Span` built by hand with a negative offset or an
    end before its start (``Span(5, 2)``): give ``0 <= start <= end``.

    >>> from newsstruct import Span
    >>> Span(-1, 4)
    Traceback (most recent call last):
    ...
    newsstruct.exceptions.SpanError: Span start must be >= 0, got -1
    """


class UnknownLanguageError(OptionError):
    """A language code in ``languages`` is not one newsstruct can read dates in.

    >>> from newsstruct import parse_article
    >>> parse_article("Rain fell.", languages=["xx"])
    Traceback (most recent call last):
    ...
    newsstruct.exceptions.UnknownLanguageError: unknown language code 'xx': ...
    """


class WorkerError(NewsstructError, RuntimeError):
    """A worker process of :func:`~newsstruct.parse_articles` died before it
    finished: most often a script without an ``if __name__ == "__main__":``
    guard (each worker imports the main module), or a worker killed for
    memory.

    Catch it around the loop that reads the results::

        try:
            for article in parse_articles(texts, workers=2):
                ...
        except WorkerError as error:
            print(error)
    """
