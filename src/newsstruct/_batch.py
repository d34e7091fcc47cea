"""parse_articles(): parse many articles, in order, lazily, on all cores.

The input is read a chunk at a time and at most ``2 * workers`` chunks are in
flight, so memory stays bounded whatever the size of the input (a generator
over a 10 GB file is fine).  Workers are processes started with the
``forkserver`` method where the platform has it (else ``spawn``): safe with
threads in the parent, and each worker imports newsstruct once.
"""

from __future__ import annotations

import collections
import datetime
import functools
import itertools
import os
import signal
from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING, TypeVar

from newsstruct._article import build_article
from newsstruct._model import Article
from newsstruct._options import Options, check_text, merge_options
from newsstruct.exceptions import InputTypeError, OptionError, WorkerError

if TYPE_CHECKING:  # imported when a pool starts: keeps ``import newsstruct`` fast
    import multiprocessing.context
    from concurrent.futures import Future

T = TypeVar("T")
R = TypeVar("R")

#: Chunks in flight per worker: enough to keep every worker busy while the
#: parent writes results, small enough to bound memory.
_WINDOW_PER_WORKER = 2


def parse_articles(
    texts: Iterable[str],
    *,
    reference_date: datetime.date | datetime.datetime | None = None,
    languages: Iterable[str] | None = None,
    transcripts: bool = False,
    headline: bool = True,
    quotes: bool = True,
    options: Options | None = None,
    workers: int | None = None,
    chunksize: int = 64,
) -> Iterator[Article]:
    """Parse many texts; yield one :class:`Article` per text, in input order.

    The result is lazy: texts are read as results are consumed, and only a few
    chunks of *chunksize* texts are held at a time, so an iterator over a huge
    file streams.  *workers* is the number of worker processes; ``None``
    means one per core (:func:`os.cpu_count`), ``1`` parses in this process
    with no pool (best for small inputs, notebooks and debugging).
    *reference_date*, *languages*, *transcripts*, *headline*, *quotes* and *options* are as
    for :func:`parse_article`.

    With more than one worker, a script must guard its entry point with
    ``if __name__ == "__main__":`` (each worker imports the main module);
    when a worker dies before it finishes (no such guard, or killed for
    memory), the iterator raises :class:`~newsstruct.exceptions.WorkerError`.

    Options are checked at once: a bad option raises
    :class:`~newsstruct.exceptions.OptionError` before any text is read.  A
    text that is not a ``str`` raises
    :class:`~newsstruct.exceptions.InputTypeError` when the iterator reaches it,
    and so does one text passed whole (``parse_articles("...")`` would read each
    of its characters as an article), at once.

    >>> from newsstruct import parse_articles
    >>> texts = ["Storm shuts ports\\n\\nLISBON (Reuters) - Ports closed.", "", "Calm"]
    >>> articles = parse_articles(texts, workers=1)
    >>> [article.text[:5] for article in articles]
    ['Storm', '', 'Calm']
    >>> next(parse_articles(iter([]), workers=1), "nothing")
    'nothing'
    >>> parse_articles(texts, workers=0)
    Traceback (most recent call last):
    ...
    newsstruct.exceptions.OptionError: workers must be a positive int or None (one per core), got 0; ...
    """
    if not isinstance(texts, Iterable):
        raise InputTypeError(
            f"parse_articles() takes an iterable of texts (a list, a generator), "
            f"got {type(texts).__name__}"
            + ("; read the files first" if isinstance(texts, os.PathLike) else "")
        )
    if isinstance(texts, (str, bytes)):
        raise InputTypeError(
            f"parse_articles() takes an iterable of texts, got one {type(texts).__name__}; "
            f"use parse_article() for one text, or pass [text]"
        )
    options = merge_options(options, reference_date, languages, transcripts, headline, quotes)
    count = check_workers(workers)
    size = _check_chunksize(chunksize)
    if count == 1:
        return _in_process(texts, options)
    task = functools.partial(_parse_chunk, options)
    return imap_chunks(task, _checked(texts), workers=count, chunksize=size)


def check_workers(workers: object) -> int:
    """Return the number of worker processes for *workers* (``None`` = cores)."""
    if workers is None:
        return os.cpu_count() or 1
    if isinstance(workers, bool) or not isinstance(workers, int) or workers < 1:
        raise OptionError(
            f"workers must be a positive int or None (one per core), got {workers!r}; "
            f"use workers=1 to parse in this process without a pool"
        )
    return workers


def _check_chunksize(chunksize: object) -> int:
    if isinstance(chunksize, bool) or not isinstance(chunksize, int) or chunksize < 1:
        raise OptionError(
            f"chunksize must be a positive int (texts sent to a worker at a time), "
            f"got {chunksize!r}; the default 64 suits most news articles"
        )
    return chunksize


def _in_process(texts: Iterable[str], options: Options) -> Iterator[Article]:
    for text in texts:
        yield build_article(check_text(text), options)


def _checked(texts: Iterable[str]) -> Iterator[str]:
    """Check types in the parent, so a bad item raises where the caller can see it."""
    for text in texts:
        yield check_text(text)


def _parse_chunk(options: Options, texts: list[str]) -> list[Article]:
    return [build_article(text, options) for text in texts]


def _ignore_sigint() -> None:
    """Worker initializer: Ctrl-C is the parent's to handle (it shuts the pool down)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _context() -> multiprocessing.context.BaseContext:
    import multiprocessing

    if "forkserver" not in multiprocessing.get_all_start_methods():
        return multiprocessing.get_context("spawn")
    context = multiprocessing.get_context("forkserver")
    # Import newsstruct once in the fork server (if it is not running yet), so
    # each worker starts with it loaded instead of importing it again.
    context.set_forkserver_preload(["newsstruct"])
    return context


def imap_chunks(
    task: Callable[[list[T]], list[R]],
    items: Iterable[T],
    *,
    workers: int,
    chunksize: int,
) -> Iterator[R]:
    """Map *task* over chunks of *items* in a process pool; yield results in order.

    *task* must be picklable (a module-level function or a
    :func:`functools.partial` of one) and return one result per item.  At most
    ``2 * workers`` chunks are in flight.  Closing the iterator (or an
    exception, Ctrl-C included) cancels pending chunks and shuts the pool down.

    An exception raised by *items* itself (a bad text caught by the caller's
    check, a generator's own error) is held back until the results of every
    item before it have been yielded, so the caller sees exactly as many
    results as with a plain loop over *items*.
    """
    iterator = iter(items)
    window = workers * _WINDOW_PER_WORKER
    pending: collections.deque[Future[list[R]]] = collections.deque()
    failure: Exception | None = None
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    executor = ProcessPoolExecutor(
        max_workers=workers, mp_context=_context(), initializer=_ignore_sigint
    )
    try:
        while True:
            while failure is None and len(pending) < window:
                chunk: list[T] = []
                try:
                    chunk.extend(itertools.islice(iterator, chunksize))
                except Exception as error:  # raised once the items before it are out
                    failure = error
                if chunk:
                    pending.append(executor.submit(task, chunk))
                if len(chunk) < chunksize:
                    break
            if not pending:
                if failure is not None:
                    raise failure
                return
            try:
                done = pending.popleft().result()
            except BrokenProcessPool as error:
                raise WorkerError(
                    "a worker process died before it finished; with workers > 1 a script "
                    'must guard its entry point with if __name__ == "__main__": (each '
                    "worker imports the main module), and a worker may be killed for "
                    "memory; use workers=1 to parse in this process"
                ) from error
            yield from done
    finally:
        for future in pending:
            future.cancel()
        executor.shutdown(wait=True, cancel_futures=True)
