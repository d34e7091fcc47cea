"""Where the corpora are, and how to read them (shared by the eval scripts).

The corpora are read at run time from ``$NEWSSTRUCT_CORPORA`` or from
``../shared/corpora`` next to the repository; they are never copied in.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any


def corpora_dir(part: str = "") -> Path | None:
    """The corpora folder (holding *part*, when given), or ``None`` when it is absent."""
    env = os.environ.get("NEWSSTRUCT_CORPORA")
    path = Path(env) if env else Path(__file__).resolve().parents[2] / "shared" / "corpora"
    return path if (path / part).is_dir() else None


def read_jsonl(path: Path) -> Iterator[dict[str, Any]]:
    """The JSON objects of a JSON-lines file, one per non-empty line."""
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                yield json.loads(line)
