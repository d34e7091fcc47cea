"""Spark helpers: parse a DataFrame of texts into rows of the ``to_dict`` shape.

Needs ``pip install newsstruct[spark]`` (PySpark, pandas, pyarrow) and Java::

    parsed = stories.select("id", "text").mapInPandas(parse_partitions, schema=ARTICLE_DDL)

See the docs' "Millions of articles" page.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pandas as pd

from newsstruct._options import Options
from newsstruct.contrib._records import parse_record, with_dates
from newsstruct.exceptions import OptionError

__all__ = ["ARTICLE_COLUMNS", "ARTICLE_DDL", "parse_partitions"]

_SPAN = "array<int>"
_TEXT_SPAN = f"struct<text: string, span: {_SPAN}>"
_SPEAKER = f"struct<name: string, mention: string, span: {_SPAN}, role: string>"

#: Column name -> Spark SQL type of every output column, in order: ``id``,
#: the fields of :func:`newsstruct.to_dict` (spans ``array<int>``, dates
#: ``date``), and ``error`` (set, with ``id``, for a bad input row only).
ARTICLE_COLUMNS: dict[str, str] = {
    "id": "string",
    "text": "string",
    "headline": _TEXT_SPAN,
    "byline": f"struct<text: string, names: array<string>, span: {_SPAN}>",
    "dateline": (
        f"struct<text: string, span: {_SPAN}, location: string, agency: string, "
        "date_text: string, date: date>"
    ),
    "captions": (
        f"array<struct<text: string, span: {_SPAN}, credit: string, credit_span: {_SPAN}>>"
    ),
    "paragraphs": f"array<{_TEXT_SPAN}>",
    "quotes": (
        f"array<struct<text: string, span: {_SPAN}, speaker: {_SPEAKER}, cue: string, "
        "paragraph: int, kind: string>>"
    ),
    "boilerplate": f"array<struct<text: string, span: {_SPAN}, kind: string>>",
    "date": "date",
    "kicker": _TEXT_SPAN,
    "standfirst": _TEXT_SPAN,
    "language": "string",
    "subheads": f"array<struct<text: string, span: {_SPAN}, paragraph: int>>",
    "error": "string",
}

#: The output schema as a Spark DDL string, for ``mapInPandas(..., schema=ARTICLE_DDL)``.
ARTICLE_DDL = ", ".join(f"{name} {kind}" for name, kind in ARTICLE_COLUMNS.items())


def _row(record: dict[str, Any]) -> dict[str, Any]:
    row = dict.fromkeys(ARTICLE_COLUMNS)
    row.update(with_dates(record))
    if row["id"] is not None:
        row["id"] = str(row["id"])
    return row


def parse_partitions(
    frames: Iterator[pd.DataFrame],
    *,
    text_field: str = "text",
    id_field: str = "id",
    options: Options | None = None,
) -> Iterator[pd.DataFrame]:
    """For ``DataFrame.mapInPandas``: parse the *text_field* column of each batch.

    Each input row gives one output row with the columns of
    :data:`ARTICLE_COLUMNS`; a row whose text is null or not a string gives
    only ``id`` and ``error``.  Ids are output as strings.  *options* (an
    :class:`~newsstruct.Options`, e.g. ``Options(reference_date=...,
    headline=False)``) is how to read every text; pass it, like the field
    names, with :func:`functools.partial`.
    """
    if options is not None and not isinstance(options, Options):
        raise OptionError(
            f"options must be a newsstruct.Options, got {type(options).__name__}; "
            f"build one with newsstruct.Options(reference_date=..., headline=...)"
        )
    for frame in frames:
        records = frame.to_dict("records")
        rows = [
            _row(parse_record(record, text_field=text_field, id_field=id_field, options=options))
            for record in records
        ]
        yield pd.DataFrame(rows, columns=list(ARTICLE_COLUMNS))
