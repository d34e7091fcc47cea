"""One JSON-lines record -> one output dict (shared by the Dask and Spark helpers)."""

from __future__ import annotations

import datetime
import json
from collections.abc import Iterable, Mapping
from typing import Any

from newsstruct._article import build_article
from newsstruct._options import Options
from newsstruct._serialize import to_dict


def parse_record(
    record: str | bytes | Mapping[str, Any],
    *,
    text_field: str = "text",
    id_field: str = "id",
    options: Options | None = None,
) -> dict[str, Any]:
    """Parse one record (a JSON line or a mapping) into ``{"id": ..., **to_dict(article)}``.

    A bad record (not JSON, not an object, no string in *text_field*) gives
    ``{"id": ..., "error": "..."}`` instead, as the command line does.

    >>> from newsstruct.contrib._records import parse_record
    >>> parse_record('{"id": 7, "text": "Calm day"}')["text"]
    'Calm day'
    >>> parse_record('{"id": 8}')
    {'id': 8, 'error': "no string in field 'text'"}
    >>> parse_record("[1]")
    {'id': None, 'error': 'expected a JSON object, got list'}
    """
    if isinstance(record, (str, bytes)):
        try:
            record = json.loads(record)
        except ValueError as error:
            return {"id": None, "error": f"not valid JSON ({error})"}
    if not isinstance(record, Mapping):
        return {"id": None, "error": f"expected a JSON object, got {type(record).__name__}"}
    ident = record.get(id_field)
    text = record.get(text_field)
    if not isinstance(text, str):
        return {"id": ident, "error": f"no string in field {text_field!r}"}
    return {"id": ident, **to_dict(build_article(text, options or Options()))}


def with_dates(value: Any) -> Any:
    """*value* (``to_dict`` output) with its ``date`` strings as :class:`datetime.date`."""
    if isinstance(value, dict):
        return {
            key: datetime.date.fromisoformat(item)
            if key == "date" and isinstance(item, str)
            else with_dates(item)
            for key, item in value.items()
        }
    if isinstance(value, list):
        return [with_dates(item) for item in value]
    return value


def parse_records(
    records: Iterable[str | bytes | Mapping[str, Any]], **kwargs: Any
) -> list[dict[str, Any]]:
    """:func:`parse_record` over *records*."""
    return [parse_record(record, **kwargs) for record in records]
