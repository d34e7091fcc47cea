"""parse_articles(): order, laziness, pickling, options."""

from __future__ import annotations

import datetime
import itertools
import pickle
from collections.abc import Iterator

import pytest

from newsstruct import Article, parse_article, parse_articles
from newsstruct.exceptions import InputTypeError, OptionError, UnknownLanguageError

TEXTS = [
    "Storm shuts ports\n\nLISBON (Reuters) - Ports closed on Monday, officials said.\n\nReuter",
    "",
    'Quiet day\n\nBERLIN, May 19 (dpa) - "Nothing happened," said Anna Schmidt.',
    "By Jane Doe\n\nPARIS (AFP) - Shares were steady.\n\nPHOTO: AFP",
    "no structure at all",
]


def test_in_process_matches_parse_article() -> None:
    expected = [parse_article(text) for text in TEXTS]
    assert list(parse_articles(TEXTS, workers=1)) == expected


def test_pool_keeps_input_order() -> None:
    texts = [f"Headline {i}\n\nBody number {i}." for i in range(50)]
    got = list(parse_articles(texts, workers=2, chunksize=3))
    assert got == [parse_article(text) for text in texts]
    assert [a.text for a in got] == texts


def test_pool_passes_options() -> None:
    day = datetime.date(2021, 5, 20)
    one = list(parse_articles(TEXTS, reference_date=day, languages=["en"], workers=1))
    two = list(parse_articles(TEXTS, reference_date=day, languages=["en"], workers=2))
    assert one == two == [parse_article(t, reference_date=day, languages=["en"]) for t in TEXTS]


def test_records_pickle() -> None:
    for article in parse_articles(TEXTS, workers=1):
        assert pickle.loads(pickle.dumps(article)) == article


def test_lazy_bounded_input_is_not_read_ahead() -> None:
    consumed = 0

    def endless() -> Iterator[str]:
        nonlocal consumed
        for i in itertools.count():
            consumed += 1
            yield f"Headline {i}\n\nBody."

    results = parse_articles(endless(), workers=2, chunksize=4)
    first = list(itertools.islice(results, 10))
    assert [a.text for a in first] == [f"Headline {i}\n\nBody." for i in range(10)]
    assert consumed <= 4 * 2 * 2 + 4 * 3  # the window, not the (endless) input
    results.close()  # type: ignore[attr-defined]


def test_in_process_is_lazy() -> None:
    results = parse_articles(itertools.repeat("A\n\nB."), workers=1)
    assert isinstance(next(results), Article)


def test_none_means_all_cores() -> None:
    assert list(parse_articles(TEXTS[:2], workers=None)) == [parse_article(t) for t in TEXTS[:2]]


@pytest.mark.parametrize("workers", [0, -1, 1.5, "2", True])
def test_bad_workers(workers: object) -> None:
    with pytest.raises(OptionError, match="workers must be a positive int"):
        parse_articles(TEXTS, workers=workers)  # type: ignore[arg-type]


@pytest.mark.parametrize("chunksize", [0, -3, None, 2.0])
def test_bad_chunksize(chunksize: object) -> None:
    with pytest.raises(OptionError, match="chunksize must be a positive int"):
        parse_articles(TEXTS, chunksize=chunksize)  # type: ignore[arg-type]


def test_bad_options_raise_before_reading() -> None:
    class Explode:
        def __iter__(self) -> Iterator[str]:
            raise AssertionError("input read")

    with pytest.raises(UnknownLanguageError):
        parse_articles(Explode(), languages=["xx"])
    with pytest.raises(OptionError):
        parse_articles(Explode(), reference_date="2021-05-20")  # type: ignore[arg-type]
    with pytest.raises(OptionError):
        parse_articles(Explode(), workers=0)


@pytest.mark.parametrize("workers", [1, 2])
def test_non_str_item_raises_input_type_error(workers: int) -> None:
    results = parse_articles(["fine", b"bytes"], workers=workers)  # type: ignore[list-item]
    with pytest.raises(InputTypeError, match="decode it first"):
        list(results)


@pytest.mark.parametrize("workers", [1, 2])
def test_a_bad_item_raises_after_every_article_before_it(workers: int) -> None:
    # The pool reads ahead of the caller; the texts it read before the bad one
    # still come out first, as they do from a plain loop.
    texts: list[object] = [f"Headline {i}\n\nBody {i}." for i in range(40)]
    texts.insert(23, None)
    results = parse_articles(texts, workers=workers, chunksize=4)  # type: ignore[arg-type]
    got = [next(results).text for _ in range(23)]
    assert got == texts[:23]
    with pytest.raises(InputTypeError, match="got NoneType"):
        next(results)


@pytest.mark.parametrize("workers", [1, 2])
def test_an_input_generator_error_comes_after_its_articles(workers: int) -> None:
    def broken() -> Iterator[str]:
        for i in range(9):
            yield f"Headline {i}\n\nBody."
        raise OSError("disk gone")

    results = parse_articles(broken(), workers=workers, chunksize=4)
    got = [next(results).text for _ in range(9)]
    assert got == [f"Headline {i}\n\nBody." for i in range(9)]
    with pytest.raises(OSError, match="disk gone"):
        next(results)


def test_an_input_that_ends_on_a_full_chunk_ends_the_pool() -> None:
    texts = [f"Headline {i}\n\nBody." for i in range(8)]
    assert [a.text for a in parse_articles(texts, workers=2, chunksize=4)] == texts


def test_a_dead_worker_raises_worker_error(monkeypatch: pytest.MonkeyPatch) -> None:
    import concurrent.futures
    from concurrent.futures import Future
    from concurrent.futures.process import BrokenProcessPool

    from newsstruct import WorkerError

    class DeadPool:
        def __init__(self, **_: object) -> None:
            pass

        def submit(self, *_: object) -> Future[list[object]]:
            future: Future[list[object]] = Future()
            future.set_exception(BrokenProcessPool("a child process terminated abruptly"))
            return future

        def shutdown(self, **_: object) -> None:
            pass

    monkeypatch.setattr(concurrent.futures, "ProcessPoolExecutor", DeadPool)
    with pytest.raises(WorkerError, match="__main__"):
        list(parse_articles(["Storm shuts ports"], workers=2))
