"""The last guard around every part parser: a failure costs the part, never the call.

A part parser that raises (a pattern's ``timeout=`` expiring with
:class:`TimeoutError` on hostile input, or a bug) gives the part's empty
result instead: ``None`` or an empty tuple.  Caller mistakes are checked
before the guard and still raise a :class:`~newsstruct.NewsstructError`.
The failure is logged on the ``newsstruct`` logger at ``DEBUG`` level with
its traceback.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

_T = TypeVar("_T")


def guarded(default: _T, parser: Callable[..., _T], *args: object) -> _T:
    """``parser(*args)``, or *default* when it raises.

    >>> from newsstruct._guard import guarded
    >>> guarded((), lambda text: tuple(text.split()), "a b")
    ('a', 'b')
    >>> guarded((), lambda text: 1 / 0, "a b")
    ()
    """
    try:
        return parser(*args)
    except Exception:  # any failure of one part is contained
        import logging  # lazy: only on failure

        logging.getLogger("newsstruct").debug(
            "%s failed; part skipped",
            getattr(parser, "__name__", repr(parser)),
            exc_info=True,
        )
        return default
