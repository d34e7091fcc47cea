"""Throughput of parse_articles() with 1 and 2 workers.

Run: ``python bench/bench_batch.py [--articles N] [--chunksize N] [--repeat N]``.  Texts come
from ``../shared/corpora/polnear/dev.jsonl`` (repeated to N) when it exists,
else synthetic wire stories.  Prints articles/s per worker count and the
speed-up of 2 workers over 1.
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import statistics
import time
from collections.abc import Iterator
from pathlib import Path

from newsstruct import parse_articles

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpora" / "polnear" / "dev.jsonl"


def corpus_texts() -> list[str]:
    if CORPUS.exists():
        with CORPUS.open(encoding="utf-8") as handle:
            return [json.loads(line)["text"] for line in handle if line.strip()]
    return [
        f"Storm number {i} shuts ports\n\nLISBON, May {1 + i % 28} (Reuters) - Ports closed on "
        f'Monday. "We had no choice," harbour master Ana Costa said.\n\n' + "More text. " * 80
        for i in range(50)
    ]


def texts(n: int) -> Iterator[str]:
    return itertools.islice(itertools.cycle(corpus_texts()), n)


def run(n: int, workers: int, chunksize: int) -> tuple[float, float]:
    """Articles/s over the whole run, and from the first result on (pool started)."""
    start = time.perf_counter()
    results = parse_articles(texts(n), workers=workers, chunksize=chunksize)
    next(results)
    first = time.perf_counter()
    count = 1 + sum(1 for _ in results)
    end = time.perf_counter()
    assert count == n
    return n / (end - start), (n - 1) / (end - first)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--chunksize", type=int, default=64)
    parser.add_argument("--repeat", type=int, default=3, help="runs per worker count")
    args = parser.parse_args()
    source = CORPUS.name if CORPUS.exists() else "synthetic"
    print(
        f"{args.articles} articles from {source}, chunksize {args.chunksize}, "
        f"{os.cpu_count()} cores"
    )
    list(parse_articles(texts(20), workers=1))  # warm caches (dateparser) in this process
    overall: dict[int, list[float]] = {1: [], 2: []}
    steady: dict[int, list[float]] = {1: [], 2: []}
    for _ in range(args.repeat):  # alternate, so load from elsewhere hits both alike
        for workers in (1, 2):
            rate, after_first = run(args.articles, workers, args.chunksize)
            overall[workers].append(rate)
            steady[workers].append(after_first)
    for workers in (1, 2):
        print(
            f"workers={workers}: {statistics.median(overall[workers]):8.1f} articles/s "
            f"({statistics.median(steady[workers]):.1f}/s after the first result; "
            f"median of {args.repeat})"
        )
    speedup = statistics.median(overall[2]) / statistics.median(overall[1])
    print(f"speed-up 2 vs 1: {speedup:.2f}x")


if __name__ == "__main__":
    main()
