"""to_dict / to_json: JSON-ready views of the records.

Dates become ISO 8601 strings, spans ``[start, end]`` lists, tuples lists;
field names are the records' attribute names, so the output mirrors the API.
"""

from __future__ import annotations

import datetime
import json
from typing import Any

import attrs

from newsstruct._model import Span


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

    >>> from newsstruct import parse_article, to_dict
    >>> data = to_dict(parse_article("Quiet day\\n\\nNothing happened."))
    >>> data["headline"]
    {'text': 'Quiet day', 'span': [0, 9]}
    >>> data["paragraphs"]
    [{'text': 'Nothing happened.', 'span': [11, 28]}]
    """
    if not attrs.has(type(record)):
        from newsstruct.exceptions import InputTypeError

        raise InputTypeError(
            f"to_dict expects a newsstruct record such as an Article, got {type(record).__name__}"
        )
    result: dict[str, Any] = _value(record)
    return result


def to_json(record: Any, *, indent: int | None = None) -> str:
    """Return :func:`to_dict` of *record* as a JSON string (UTF-8 text kept as is).

    >>> from newsstruct import parse_article, to_json
    >>> print(to_json(parse_article("")))
    {"text": "", "headline": null, "byline": null, "dateline": null, "captions": [], "paragraphs": [], "quotes": [], "boilerplate": [], "date": null, "kicker": null, "standfirst": null, "language": null, "subheads": []}
    """
    return json.dumps(to_dict(record), ensure_ascii=False, indent=indent)
