"""Dask helpers: parse JSON-lines files into a bag of ``to_dict`` records.

Needs ``pip install newsstruct[dask]``.  See the docs' "Millions of articles" page.
"""

from __future__ import annotations

import datetime
import functools
from collections.abc import Iterable
from typing import Any

import dask.bag

from newsstruct._options import Options, merge_options
from newsstruct._serialize import dumps
from newsstruct.contrib._records import parse_record

# Typed as Any: dask's own annotations are partial, and absent where dask is not installed.
db: Any = dask.bag

__all__ = ["parse_jsonl", "parse_record", "to_jsonl_files"]


def parse_jsonl(
    paths: str | list[str],
    *,
    text_field: str = "text",
    id_field: str = "id",
    reference_date: datetime.date | None = None,
    languages: Iterable[str] | None = None,
    options: Options | None = None,
    blocksize: str | int | None = "64MiB",
) -> Any:
    """A ``dask.bag.Bag`` of ``{"id": ..., **to_dict(article)}`` (or error records), one per JSON line.

    *paths* is anything :func:`dask.bag.read_text` takes (globs, lists, remote
    URLs with fsspec).  Blank lines are skipped.  *reference_date* and
    *languages*, or one :class:`~newsstruct.Options` record as *options* (for
    the other parser options too: ``Options(headline=False)`` ...), are as for
    :func:`~newsstruct.parse_article`; a bad option raises at once.
    """
    options = merge_options(options, reference_date, languages, False)
    parse = functools.partial(
        parse_record, text_field=text_field, id_field=id_field, options=options
    )
    lines = db.read_text(paths, blocksize=blocksize).filter(str.strip)
    return lines.map(parse)


def to_jsonl_files(bag: Any, pattern: str) -> Any:
    """Write *bag* of records as JSON lines, one file per partition (``pattern`` has a ``*``).

    Every line ends with a newline, the last one too, so the files can be
    concatenated (``cat parsed/part-*.jsonl``) into one valid JSON-lines file;
    as in :func:`newsstruct.to_json`, no record holds a raw line separator.
    """
    return bag.map(dumps).to_textfiles(pattern, last_endline=True)
