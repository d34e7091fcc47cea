"""Update notes: the bracketed line under a wire headline saying what changed.

Sources: the "write-through" notes of Reuters (``(Adds analyst comment,
updates prices)``, ``(Recasts with ...)``, ``(Corrects paragraph 3 ...)``)
and AP (``(Eds: Updates with ...)``) update stories.  A note opens with one of
these verbs (any case) inside brackets.
"""

from __future__ import annotations

UPDATE_NOTE_VERBS: tuple[str, ...] = (
    "adds", "updates", "recasts", "corrects", "changes", "fixes", "rewrites",
    "refiles", "repeats", "clarifies", "removes", "inserts", "tops", "edits",
    "eds:", "writes through", "writethru", "moves", "amends", "expands",
    "new throughout", "releads", "adding", "updating", "recasting",
)  # fmt: skip
