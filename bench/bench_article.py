"""Benchmarks for parse_article: throughput, scan ratio, import time, linear time, memory.

Run: ``python bench/bench_article.py [--textacy] [--quick]``.  Prints figures; asserts
nothing (speed targets live here, not in the tests).

* throughput on PolNeAR-size articles (``../shared/corpora/polnear/dev.jsonl`` or
  ``$NEWSSTRUCT_CORPORA``; a synthetic article when the corpus is absent), dates
  included, in one process;
* the ratio to a bare regex scan of the same texts (one pass finding quote marks,
  blank lines and ``said|says|told``);
* ``import newsstruct`` time in a fresh interpreter;
* time per MB and peak memory from 10 KB to 10 MB inputs;
* time for the hostile inputs of ``tests/test_hostile.py``, per MB;
* optionally textacy + spaCy ``en_core_web_sm`` side by side (``--textacy``).
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import platform
import statistics
import subprocess
import sys
import time
import tracemalloc
from pathlib import Path

import regex

import newsstruct
from newsstruct import parse_article

ROOT = Path(__file__).resolve().parents[1]
BARE_SCAN = regex.compile(r"[\"\u201c\u201d\u2018\u2019\u00ab\u00bb]|\n[ \t]*\n|\b(?:said|says|told)\b")


def corpus_texts() -> list[str]:
    base = Path(os.environ.get("NEWSSTRUCT_CORPORA", ROOT.parent / "shared" / "corpora"))
    path = base / "polnear" / "dev.jsonl"
    if path.exists():
        with path.open(encoding="utf-8") as handle:
            return [json.loads(line)["text"] for line in handle]
    print(f"(corpus not found at {path}; using a synthetic article)")
    return [synthetic_article()] * 84


def synthetic_article() -> str:
    para = (
        'Officials said on Tuesday that the plan was "on track", and Mr Smith told '
        'reporters: "We will deliver it on time, whatever it costs." The ministry said '
        "the figures would be published next week.\n\n"
    )
    return "Plan on track, officials say\n\nLONDON (Reuters) - " + para * 24


def best_of(func: object, repeat: int) -> float:
    assert callable(func)
    times = []
    for _ in range(repeat):
        gc.collect()
        started = time.perf_counter()
        func()
        times.append(time.perf_counter() - started)
    return min(times)


def throughput(texts: list[str], repeat: int) -> float:
    for text in texts:  # warm caches (dateparser, regex)
        parse_article(text)

    def run() -> None:
        for text in texts:
            parse_article(text)

    seconds = best_of(run, repeat)
    size = statistics.mean(len(t.encode("utf-8")) for t in texts) / 1024
    rate = len(texts) / seconds
    print(f"throughput: {rate:,.0f} articles/s over {len(texts)} articles of {size:.1f} KB mean")

    def scan() -> None:
        for text in texts:
            for _ in BARE_SCAN.finditer(text):
                pass

    scan_seconds = best_of(scan, repeat)
    print(f"bare regex scan: {len(texts) / scan_seconds:,.0f} articles/s")
    print(f"ratio newsstruct / bare scan: {seconds / scan_seconds:.1f}x (target <= 5x)")
    return rate


def import_time() -> None:
    code = "import time; t = time.perf_counter(); import newsstruct; print(time.perf_counter() - t)"
    runs = [
        float(subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout)
        for _ in range(5)
    ]
    print(f"import newsstruct: {min(runs) * 1000:.0f} ms (best of 5; target < 150 ms)")


def linear_curve(quick: bool) -> None:
    unit = synthetic_article()
    sizes = [10_000, 100_000, 1_000_000] + ([] if quick else [10_000_000])
    print("size        s/MB    peak memory / input size")
    for size in sizes:
        text = (unit * (size // len(unit) + 1))[:size]
        seconds = best_of(lambda text=text: parse_article(text), 1 if size >= 1_000_000 else 3)
        tracemalloc.start()
        parse_article(text)
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        print(f"{size / 1e6:7.2f} MB  {seconds / (size / 1e6):6.3f}  {peak / (size * 1):6.1f}x (chars)")


def hostile() -> None:
    sys.path.insert(0, str(ROOT))
    from tests.test_hostile import NASTY

    print("hostile input                      size      seconds   s/MB")
    for name, text in sorted(NASTY.items()):
        seconds = best_of(lambda text=text: parse_article(text), 1)
        megabytes = max(len(text.encode("utf-8", "surrogatepass")) / 1e6, 1e-6)
        print(f"{name:32s} {megabytes:7.3f} MB {seconds:8.3f} {seconds / megabytes:8.2f}")


def textacy_side_by_side(texts: list[str], ours: float) -> None:
    try:
        import spacy
        import textacy.extract
    except ImportError:
        print("textacy: not installed (pip install 'newsstruct[compare]'); skipped")
        return
    try:
        nlp = spacy.load("en_core_web_sm")
    except OSError:
        print("textacy: spaCy model en_core_web_sm not installed; skipped")
        return
    sample = texts[:20]
    started = time.perf_counter()
    for text in sample:
        try:
            list(textacy.extract.triples.direct_quotations(nlp(text)))
        except Exception:  # textacy raises on odd quote marks; it still spent the time
            pass
    rate = len(sample) / (time.perf_counter() - started)
    print(f"textacy + en_core_web_sm: {rate:,.1f} articles/s; newsstruct is {ours / rate:,.0f}x faster")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--textacy", action="store_true", help="run textacy side by side")
    parser.add_argument("--quick", action="store_true", help="skip the 10 MB input")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    print(
        f"newsstruct {newsstruct.__version__}, Python {platform.python_version()}, "
        f"{platform.machine()}, {os.cpu_count()} cores, {platform.platform()}"
    )
    texts = corpus_texts()
    rate = throughput(texts, args.repeat)
    import_time()
    linear_curve(args.quick)
    hostile()
    if args.textacy:
        textacy_side_by_side(texts, rate)


if __name__ == "__main__":
    main()
