"""Score datelines (and front matter) against the wire corpora.

Reads ``../shared/corpora`` relative to the repository (or the directory in
``$NEWSSTRUCT_CORPORA``) at run time; skips with a message when it is absent.

    python eval/wire.py [--markdown docs/_wire_results.md] [--show N]

Reuters-21578 (``reuters21578/dev.jsonl``), each story read with
``parse_article(text, reference_date=<its reference_date>)``:

* dateline found: stories with a gold dateline for which one is reported;
* location / date exact: over stories whose gold dateline is ``clean``;
* false datelines: stories without a gold dateline for which one is reported;
* headline exact, byline found, ``Reuter`` sign-off kept as boilerplate
  (measured for the front-matter and boilerplate parsers).

AG News (``agnews/test-silver.jsonl``), each lead paragraph read with
``parse_dateline``: location and agency agree with the silver label (both
compared after trimming white space, agency case-insensitively), and the
dateline's ``date_text`` equals the silver ``date_string``.
"""

from __future__ import annotations

import argparse
import datetime
import sys
from importlib.metadata import version
from pathlib import Path
from typing import Any

from corpora import corpora_dir, read_jsonl

import newsstruct
from newsstruct import Dateline, Options, parse_article, parse_dateline
from newsstruct._blocks import split_blocks
from newsstruct._dateline import match_dateline

TARGETS = {
    "dateline found": 99.5,
    "location exact": 99.5,
    "date exact": 99.5,
    "false datelines": 0.5,
    "headline exact": 99.0,
    "byline found": 98.0,
    "sign-off as boilerplate": 99.0,
    "AG News location and agency agree": 97.0,
    "AG News date as written agrees": 97.0,
}


def pct(hits: int, total: int) -> float:
    return 100.0 * hits / total if total else 0.0


def _norm_space(text: str | None) -> str | None:
    return None if text is None else " ".join(text.split())


def _first_body_dateline(row: dict[str, Any], options: Options) -> Dateline | None:
    """The dateline parser alone: on the first block after the gold headline and byline."""
    text = row["text"]
    for block in split_blocks(text):
        written = _norm_space(block.text(text))
        if written in (_norm_space(row.get("headline")), _norm_space(row.get("byline"))):
            continue
        if written is not None and written.startswith("By "):
            continue
        return match_dateline(text, block.start, block.end, options)
    return None


def score_reuters(path: Path, show: int, alone: bool) -> dict[str, tuple[int, int]]:
    counts = {name: [0, 0] for name in TARGETS if not name.startswith("AG News")}
    shown = 0
    for row in read_jsonl(path):
        reference = datetime.date.fromisoformat(row["reference_date"])
        article = parse_article(row["text"], reference_date=reference)
        gold = row.get("dateline") or {}
        if alone:
            found = _first_body_dateline(row, Options(reference_date=reference))
        else:
            found = article.dateline
        if gold.get("raw"):
            counts["dateline found"][1] += 1
            counts["dateline found"][0] += found is not None
            if gold.get("clean"):
                loc_ok = found is not None and found.location == gold["location"]
                date_ok = found is not None and str(found.date) == gold["date"]
                counts["location exact"][1] += 1
                counts["location exact"][0] += loc_ok
                counts["date exact"][1] += 1
                counts["date exact"][0] += date_ok
                if not (loc_ok and date_ok) and shown < show:
                    shown += 1
                    print(
                        "  MISS",
                        row["id"],
                        repr(gold["raw"]),
                        "->",
                        found and (found.text, found.location, str(found.date)),
                    )
        else:
            counts["false datelines"][1] += 1
            counts["false datelines"][0] += found is not None
            if found is not None and shown < show:
                shown += 1
                print("  FALSE", row["id"], repr(found.text))
        counts["headline exact"][1] += 1
        headline = article.headline.text if article.headline else None
        counts["headline exact"][0] += _norm_space(headline) == _norm_space(row.get("headline"))
        if row.get("byline"):
            counts["byline found"][1] += 1
            counts["byline found"][0] += article.byline is not None
        if row.get("signoff"):
            counts["sign-off as boilerplate"][1] += 1
            counts["sign-off as boilerplate"][0] += any(
                b.kind == "signoff" and b.text.strip() == row["signoff"]
                for b in article.boilerplate
            )
    return {name: (hits, total) for name, (hits, total) in counts.items()}


def agnews_disagreements(path: Path) -> tuple[int, int, int, list[tuple[str, str, str]]]:
    agree = total = dates = 0
    misses: list[tuple[str, str, str]] = []
    for row in read_jsonl(path):
        total += 1
        dateline = parse_dateline(row["text"].strip())
        location = dateline.location if dateline else None
        agency = dateline.agency if dateline else None
        gold_location = (row.get("location") or "").strip() or None
        gold_agency = (row.get("agency") or "").strip() or None
        ok = (
            location == gold_location
            and (agency or "").casefold() == (gold_agency or "").casefold()
        )
        agree += ok
        dates += (dateline.date_text if dateline else None) == row.get("date_string")
        if not ok:
            misses.append(
                (
                    row["id"],
                    f"gold {gold_location!r}/{gold_agency!r}",
                    f"got {location!r}/{agency!r}",
                )
            )
    return agree, total, dates, misses


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--markdown", type=Path, help="write the results table here")
    parser.add_argument("--show", type=int, default=0, help="print up to N misses")
    parser.add_argument("--show-agnews", action="store_true", help="print AG News disagreements")
    parser.add_argument(
        "--alone",
        action="store_true",
        help="score the dateline parser on the first body block (gold headline/byline skipped)",
    )
    args = parser.parse_args(argv)
    root = corpora_dir()
    if root is None:
        print("skipped: corpora not found (set NEWSSTRUCT_CORPORA or add ../shared/corpora)")
        return 0
    results: dict[str, tuple[int, int]] = {}
    reuters = root / "reuters21578" / "dev.jsonl"
    if reuters.exists():
        results.update(score_reuters(reuters, args.show, args.alone))
    else:
        print(f"skipped: {reuters} not found")
    agnews = root / "agnews" / "test-silver.jsonl"
    if agnews.exists():
        agree, total, dates, misses = agnews_disagreements(agnews)
        results["AG News location and agency agree"] = (agree, total)
        results["AG News date as written agrees"] = (dates, total)
        if args.show_agnews:
            for miss in misses:
                print("  AGNEWS", *miss)
    else:
        print(f"skipped: {agnews} not found")
    rows = []
    for name, (hits, total) in results.items():
        value = pct(hits, total)
        target = TARGETS[name]
        ok = value <= target if name == "false datelines" else value >= target
        sign = "<=" if name == "false datelines" else ">="
        rows.append(
            f"| {name} | {value:.2f} % ({hits}/{total}) | {sign} {target} % | {'yes' if ok else 'no'} |"
        )
    table = "\n".join(["| measure | result | target | met |", "|---|---|---|---|", *rows])
    print(table)
    if args.markdown:
        stamp = datetime.date.today().isoformat()
        versions = (
            f"newsstruct {newsstruct.__version__}, dateparser {version('dateparser')}, "
            f"regex {version('regex')}, attrs {version('attrs')}, Python {sys.version.split()[0]}"
        )
        args.markdown.write_text(
            "<!-- written by eval/wire.py; do not edit by hand -->\n\n"
            f"Scores of `eval/wire.py` on {stamp} ({versions}).\n"
            "Reuters-21578: `reuters21578/dev.jsonl` (4,000 stories, each read with its "
            "reference date). AG News: `agnews/test-silver.jsonl` (1,672 lead paragraphs, "
            "silver labels; see `eval/NOTES.md` for the labels found wrong).\n\n" + table + "\n",
            encoding="utf-8",
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
