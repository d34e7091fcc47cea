"""Where the corpora are for the tests that use them (they skip without them).

``$NEWSSTRUCT_CORPORA`` or ``../shared/corpora`` next to the repository; the
corpora are read at run time and never copied into the repository.
"""

from __future__ import annotations

import os
from pathlib import Path

#: The corpora folder, whether or not it exists.
CORPORA = Path(
    os.environ.get("NEWSSTRUCT_CORPORA", Path(__file__).resolve().parents[2] / "shared" / "corpora")
)


def corpora_dir() -> Path | None:
    """The corpora folder, or ``None`` when it is absent."""
    return CORPORA if CORPORA.is_dir() else None
