"""Score headlines, bylines and sign-offs against the corpora in ../shared/corpora.

Usage::

    python eval/front.py [--show N]

Reads ``reuters21578/dev.jsonl`` (gold ``headline``, ``byline``, ``signoff``)
and ``polnear/*.jsonl`` (the first line is taken as the headline, a rough
check), from ``$NEWSSTRUCT_CORPORA`` or ``../shared/corpora`` relative to the
repository.  The corpora are read at run time and never copied.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from corpora import corpora_dir, read_jsonl

from newsstruct import parse_article


def pct(part: int, whole: int) -> str:
    return f"{100 * part / whole:6.2f} % ({part}/{whole})" if whole else "   n/a"


def score_reuters(path: Path, show: int) -> None:
    n = head_ok = by_gold = by_found = by_exact = so_gold = so_found = 0
    misses: dict[str, list[str]] = {"headline": [], "byline": [], "signoff": []}
    began = time.perf_counter()
    for doc in read_jsonl(path):
        n += 1
        article = parse_article(doc["text"])
        got = article.headline.text if article.headline else None
        if got == doc["headline"]:
            head_ok += 1
        else:
            misses["headline"].append(f"{doc['id']}: gold={doc['headline']!r} got={got!r}")
        if doc["byline"]:
            by_gold += 1
            if article.byline is not None:
                by_found += 1
                by_exact += article.byline.text == doc["byline"]
            else:
                misses["byline"].append(f"{doc['id']}: gold={doc['byline']!r}")
        if doc["signoff"]:
            so_gold += 1
            signoffs = [b.text for b in article.boilerplate if b.kind == "signoff"]
            if any(doc["signoff"] in text for text in signoffs):
                so_found += 1
            else:
                misses["signoff"].append(f"{doc['id']}: tail={doc['text'][-60:]!r}")
    took = time.perf_counter() - began
    print(f"reuters21578/dev  {n} stories, {took:.1f} s")
    print(f"  headline exact       {pct(head_ok, n)}   target >= 99 %")
    print(f"  byline found         {pct(by_found, by_gold)}   target >= 98 %")
    print(f"  byline text exact    {pct(by_exact, by_gold)}")
    print(f"  sign-off found       {pct(so_found, so_gold)}   target >= 99 %")
    for name, rows in misses.items():
        for row in rows[:show]:
            print(f"    miss {name}: {row}")


def score_polnear(paths: list[Path], show: int) -> None:
    n = head_ok = 0
    rows: list[str] = []
    for path in paths:
        for doc in read_jsonl(path):
            n += 1
            first = doc["text"].strip().splitlines()[0].strip()
            article = parse_article(doc["text"])
            got = article.headline.text if article.headline else None
            if got == first:
                head_ok += 1
            else:
                rows.append(f"{doc['id']}: first={first[:80]!r} got={got!r}")
    print(f"polnear  {n} articles")
    print(f"  headline == first line   {pct(head_ok, n)}")
    for row in rows[:show]:
        print(f"    miss: {row}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", type=int, default=0, help="print up to N misses per measure")
    args = parser.parse_args(argv)
    root = corpora_dir()
    if root is None:
        print("corpora not found: set NEWSSTRUCT_CORPORA or put them in ../shared/corpora")
        return 1
    score_reuters(root / "reuters21578" / "dev.jsonl", args.show)
    score_polnear(sorted((root / "polnear").glob("*.jsonl")), args.show)
    return 0


if __name__ == "__main__":
    sys.exit(main())
