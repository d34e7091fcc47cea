"""article_schema(): the JSON Schema of :func:`newsstruct.to_dict` output, shipped as data."""

from __future__ import annotations

import copy
import functools
import json
from typing import Any

SCHEMA_FILE = "article.schema.json"


@functools.lru_cache(maxsize=1)
def _load() -> dict[str, Any]:
    from importlib import resources  # lazy: keeps ``import newsstruct`` fast

    data = resources.files("newsstruct").joinpath(SCHEMA_FILE).read_text(encoding="utf-8")
    schema: dict[str, Any] = json.loads(data)
    return schema


def article_schema() -> dict[str, Any]:
    """Return the JSON Schema (draft 2020-12) that ``to_dict(article)`` output follows.

    The schema ships in the package as ``newsstruct/article.schema.json``; each
    call returns a fresh copy, safe to change.  Every record is an object with
    all its fields present (``null`` or ``[]`` for a part not found), spans are
    ``[start, end]`` pairs and dates ``YYYY-MM-DD`` strings.  It raises
    nothing.

    >>> from newsstruct import article_schema
    >>> schema = article_schema()
    >>> schema["$schema"]
    'https://json-schema.org/draft/2020-12/schema'
    >>> sorted(schema["$defs"]["headline"]["properties"])
    ['span', 'text']
    >>> schema["$defs"]["span"]["minItems"], schema["$defs"]["span"]["maxItems"]
    (2, 2)
    """
    return copy.deepcopy(_load())
