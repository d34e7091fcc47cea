"""to_dict / to_json: JSON-ready views of the records.

Dates become ISO 8601 strings, spans ``[start, end]`` lists, tuples lists;
field names are the records' attribute names, so the output mirrors the API.
"""

from __future__ import annotations

import datetime
import json
from collections.abc import Iterable, Iterator
from typing import Any

import attrs

from newsstruct._model import Span
from newsstruct.exceptions import OptionError


def _value(value: Any) -> Any:
    if isinstance(value, Span):
        return [value.start, value.end]
    if attrs.has(type(value)):
        return {
            field.name: _value(getattr(value, field.name)) for field in attrs.fields(type(value))
        }
    if isinstance(value, (tuple, list)):
        return [_value(item) for item in value]
    if isinstance(value, (datetime.date, datetime.datetime)):
        return value.isoformat()
    return value


def to_dict(record: Any) -> dict[str, Any]:
    """Return a JSON-ready ``dict`` for an :class:`Article` or any other record.

    A *record* that is no newsstruct record raises
    :class:`~newsstruct.exceptions.InputTypeError`.

    >>> from newsstruct import parse_article, to_dict
    >>> data = to_dict(parse_article("Quiet day\\n\\nNothing happened."))
    >>> data["headline"]
    {'text': 'Quiet day', 'span': [0, 9]}
    >>> data["paragraphs"]
    [{'text': 'Nothing happened.', 'span': [11, 28]}]

    Inside a record a span is written as its ``[start, end]`` pair; a
    :class:`Span` given alone is a ``dict`` too:

    >>> from newsstruct import Span
    >>> to_dict(Span(0, 9))
    {'start': 0, 'end': 9}
    """
    if isinstance(record, Span):
        return {"start": record.start, "end": record.end}
    if not attrs.has(type(record)):
        from newsstruct.exceptions import InputTypeError

        raise InputTypeError(
            f"to_dict expects a newsstruct record such as an Article, got {type(record).__name__}"
        )
    result: dict[str, Any] = _value(record)
    return result


def to_json(record: Any, *, indent: int | None = None) -> str:
    """Return :func:`to_dict` of *record* as a JSON string (UTF-8 text kept as is).

    Only the three line separators that JSON leaves as they are (U+0085,
    U+2028, U+2029) are written as ``\\u`` escapes, so a record written on one
    line stays on one line for every line splitter (``str.splitlines()`` breaks
    at them); the JSON means the same.  A *record* that is no newsstruct record
    raises :class:`~newsstruct.exceptions.InputTypeError`, an *indent* that is
    no ``int`` or ``None`` :class:`~newsstruct.exceptions.OptionError`.

    >>> from newsstruct import parse_article, to_json
    >>> print(to_json(parse_article("")))
    {"text": "", "headline": null, "byline": null, "dateline": null, "captions": [], "paragraphs": [], "quotes": [], "boilerplate": [], "date": null, "kicker": null, "standfirst": null, "language": null, "subheads": []}
    >>> to_json(parse_article("One\\u2028line"))[:24]
    '{"text": "One\\\\u2028line"'
    """
    if indent is not None and (not isinstance(indent, int) or isinstance(indent, bool)):
        raise OptionError(
            f"to_json indent must be an int (spaces per level) or None (one line), "
            f"got {type(indent).__name__}"
        )
    if not isinstance(record, Span) and not attrs.has(type(record)):
        from newsstruct.exceptions import InputTypeError

        raise InputTypeError(
            f"to_json expects a newsstruct record such as an Article, got {type(record).__name__}"
        )
    return dumps(to_dict(record), indent)


def dumps(value: Any, indent: int | None = None) -> str:
    """``json.dumps(value, ensure_ascii=False, indent=indent)`` with the line
    separators U+0085, U+2028 and U+2029 escaped (they can only stand inside
    JSON strings, where the escape means the same character)."""
    text = json.dumps(value, ensure_ascii=False, indent=indent)
    return text.replace("\x85", "\\u0085").replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")


def iter_json(
    record: Any, *, indent: int | None = None, head: Iterable[tuple[str, Any]] = ()
) -> Iterator[str]:
    """Yield :func:`to_json` of *record* in pieces, with the *head* fields first.

    Joined, the pieces are exactly ``json.dumps({**dict(head), **to_dict(record)},
    ensure_ascii=False, indent=indent)`` (with the line separators escaped, as
    by :func:`to_json`); but neither that dict nor that string is
    ever held whole: each piece is one field, or one item of a list field (one
    paragraph, one quote), so a writer that streams them needs memory for the
    largest item only, not for the record.
    """
    fields = [*head, *((f.name, getattr(record, f.name)) for f in attrs.fields(type(record)))]
    if not fields:
        yield "{}"
        return
    comma = ", " if indent is None else ","
    level1 = "" if indent is None else "\n" + " " * indent
    level2 = "" if indent is None else "\n" + " " * (2 * indent)
    yield "{"
    for number, (name, value) in enumerate(fields):
        yield f"{comma if number else ''}{level1}{dumps(name)}: "
        if isinstance(value, (tuple, list)) and value:
            yield "["
            for position, item in enumerate(value):
                yield (comma if position else "") + level2 + _dumps(_value(item), indent, 2)
            yield level1 + "]"
        else:
            yield _dumps(_value(value), indent, 1)
    yield ("" if indent is None else "\n") + "}"


def _dumps(value: Any, indent: int | None, depth: int) -> str:
    """*value* as JSON, its lines indented as at *depth* in an indented document
    (a JSON string holds no raw line break: every one is layout)."""
    text = dumps(value, indent)
    if indent is None or "\n" not in text:
        return text
    return text.replace("\n", "\n" + " " * (indent * depth))
