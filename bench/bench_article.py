"""Benchmarks for parse_article: throughput, scan ratio, import time, linear time, memory.

Run: ``python bench/bench_article.py [--textacy] [--quick]``.  Prints figures; asserts
nothing (speed targets live here, not in the tests).

* throughput on PolNeAR-size articles (``../shared/corpora/polnear/dev.jsonl`` or
  ``$NEWSSTRUCT_CORPORA``; a synthetic article when the corpus is absent), dates
  included, in one process;
* the ratio to a bare regex scan of the same texts (one pass finding quote marks,
  blank lines and ``said|says|told``);
* where the time goes: milliseconds per article in each part parser;
* ``import newsstruct`` time in a fresh interpreter, with bytecode caches
  written first (as after ``pip install``; without them every import compiles
  the sources again);
* time per MB and peak memory (per byte of UTF-8 input) from 10 KB to 10 MB
  inputs (``--quick`` stops at 1 MB);
* time for the hostile inputs of ``tests/test_hostile.py`` and the inputs of
  thousands of tiny paragraphs below (per MB for inputs of 10 KB or more);
* optionally textacy + spaCy ``en_core_web_sm`` side by side (``--textacy``).
"""

from __future__ import annotations

import argparse
import contextlib
import functools
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
import newsstruct._article
from newsstruct import parse_article

ROOT = Path(__file__).resolve().parents[1]
BARE_SCAN = regex.compile(
    r"[\"\u201c\u201d\u2018\u2019\u00ab\u00bb]|\n[ \t]*\n|\b(?:said|says|told)\b"
)


def many_people(count: int, unit: str = "") -> str:
    """A text naming *count* people, each introduced as a senator and quoted as
    ``the senator`` (each role looked up among the people named before it), or
    each in *unit* (``{name}`` replaced)."""
    syllables = ("ba", "ko", "ri", "mu", "te", "lo", "ne", "si", "da", "fu")
    names = (
        "".join(syllables[(n // 10**k) % 10] for k in range(4)).capitalize() for n in range(count)
    )
    unit = (
        unit
        or 'Sen. Maria {name} visited the port on Monday.\n\n"We will fund it," the senator said.\n\n'
    )
    return "".join(unit.replace("{name}", name) for name in names)


#: Inputs of thousands of tiny paragraphs (a few bytes each): each paragraph costs
#: a few microseconds whatever is in it (the gates, the records), so these are the
#: slowest per MB; tracked here, beside the hostile inputs of the tests.
TINY_PARAGRAPHS = {
    "tiny: quoted letters": '"x"\n\n' * 20_000,
    "tiny: letters": "a\n\n" * 50_000,
    "tiny: Markdown headings": "# Title\n\n" * 20_000,
    "tiny: Markdown link list": "- [Talks end](/a)\n" * 10_000,
    # blocks that the boilerplate rules read (a number opens them, a slash, capitals)
    "tiny: numbered lines": "1.\n" * 50_000,
    "tiny: bare addresses": "https://x.com\n\n" * 10_000,
    "tiny: lines in capitals": "BREAKING NEWS\n\n" * 10_000,
    "tiny: quotation marks alone": '"\n' * 50_000,
    # (over 100,000 characters: the quotes' segments are packed, their marks read by windows)
    "tiny: quotation marks alone, long": '"\n' * 125_000,
    "tiny: quotes left open": '"Start\n\n' * 30_000,
    "tiny: dashes alone": "\u2014\n\n" * 30_000,
    # every paragraph a short attributed quote: each costs its attribution too
    "tiny: quote paragraphs": '"We are glad," she said. "Yes."\n\n' * 5_000,
    "tiny: Swedish dash speech": "\u2013 Vi \u00e4r glada, s\u00e4ger hon. \u2013 Ja.\n\n" * 5_000,
    # (each run of rows without a rule checked against the ruled tables by bisection)
    "ruled and bare Markdown tables": (
        "| Who | Said |\n|---|---|\n| Jo | Yes |\n\n| Port | Ships |\n| Northhaven | 31 |\n\n"
    )
    * 2_000,
    # (each heading in capitals after a list's heading: the rows under that heading
    # read once, not once per heading below them)
    "list headings under a long row": (
        "The mare won by a length on Tuesday, and the crowd cheered loudly for her.\n\n"
        "RESULTS\n\n" + "Harbour Light 8-1\n\n" * 2_000 + "harbour light " * 9 + "\n\n"
    )
    + "UP NEXT\n\n" * 4_000,
    "list headings under a row with no figure": (
        "The mare won by a length on Tuesday, and the crowd cheered loudly for her.\n\n"
        "Results\n\n" + "Rovers 3-0 United\n\n" * 2_000 + "No games today\n\n"
    )
    + "Standings\n\nRovers 9\n\nCity 7\n\nTown 4\n\n" * 1_000,
    # (each block's marks read from the first after it: no copy of all the later ones)
    "live headings by time stamps": "Roads closed\n\n3:42 p.m. ET\n\n" * 20_000,
    # (not tiny: thousands of people, each role looked up among those named before it)
    "many people, each quoted by role": many_people(2_000),
    "many people, each quoted by position": many_people(
        2_000,
        'Defender Maria {name} visited the port.\n\n"We will fund it," the defender said.\n\n',
    ),
    # (each French epithet reads its paragraph's opening; each speaker the latest ones)
    "many people in French, by role": many_people(
        2_000,
        "Le ministre Jean {name} a visit\u00e9 le port lundi.\n\n"
        "\u00ab Nous allons le financer \u00bb, a d\u00e9clar\u00e9 le ministre.\n\n",
    ),
    # (each stamp's two readings looked up in the set of the text's full dates)
    "stamps under many spelled dates": "2021-05-19 " * 1_800 + "\n\n" + "04/11/2025\n\n" * 20_000,
    # (not tiny: one paragraph of quotes after colons, read into tokens once for all)
    "quotes after colons in one paragraph": (
        'The note makes it clear: "These rules do not apply to the port at all." ' * 2_000
    ),
    # (each paragraph opens with a word written before: the text read for it once)
    "paragraphs opening with a word named before": (
        'Footage shows the fire near the old Footage hall. "It was huge," he said.\n\n' * 5_000
    ),
    # (not tiny: paragraphs of quotes said by "the statement", each read once for all)
    "paragraphs of a statement's quotes": (
        'The ministry issued a statement. "We act now," the statement read. ' * 100 + "\n\n"
    )
    * 40,
    # (each paragraph opens with another word: past a few, the text read once for all)
    "paragraphs opening with different words": "".join(
        f"{chr(65 + n % 26)}{chr(97 + n // 26 % 26)}{chr(97 + n // 676 % 26)} shows the fire."
        ' "It was huge," he said.\n\n'
        for n in range(5_000)
    ),
    # (not tiny: one line of emphasis marks, each run's line break looked for
    # from the run before it, not from the line's start)
    "emphasis marks on one long line": "# T\n\n" + "The *council met **today, said __no. " * 10_000,
    # (not tiny: "the bank", "the council" ... said once each after a long text of
    # capitals: each head's names read on the lines near its mention, not in all)
    "bodies said once each after capitals": "Staff Of The North Harbour Ferry Board Met.\n\n"
    * 10_000
    + "".join(
        f'"We will look at it," the {head} said.\n\n'
        for head in ("ministry", "bank", "council", "agency", "court", "group", "company")
    ),
    # (not tiny: "der Engländer" after lines with no ". ": each person's sentence
    # stop looked for within the words read, not back to the text's start)
    "nationality epithets, no sentence stop": "# T\n\n"
    + "Der englische Trainer Tom Kent lobte.\n\n„Gut“, sagte der Engländer.\n\n" * 2_000,
    # (not tiny: thousands of relatives of one surname, each then quoted by the
    # surname alone: the one named before them looked up among the latest few)
    "relatives of one surname": "# T\n\n"
    + "".join(
        f'Her niece, {first} {chr(65 + n % 26)}{chr(97 + n // 26)}ey Smith, spoke. "She was kind," Smith said.\n\n'
        for n in range(100)
        for first in ("Ann", "Beth", "Cara", "Dana", "Ella", "Fay", "Gina", "Hope", "Iris", "Jane")
    ),
    # (not tiny: one time stamp over thousands of short headings, each over prose:
    # the white space over each heading read back from it, not sliced from the stamp)
    "time stamp over headings": "3:42 p.m. ET\n\n"
    + "".join(
        f"BRIDGE TALKS END {n}\n\nThe state closed two roads on Monday, officials said.\n\n"
        for n in range(5_000)
    ),
    # (not tiny: pull quotes, each said in a longer paragraph: the paragraphs' words
    # joined once and the text folded once, not read again for each quote)
    "pull quotes said in paragraphs": "".join(
        f"The mayor said we will build bridge {n} next year, and fast.\n\n"
        f'"We will build bridge {n} next year"\n\n'
        for n in range(4_000)
    ),
    # (not tiny: a lone office as a quote's label, thousands of times, under as many
    # holders of it: its one holder looked for among the latest people named)
    "lone office labels": "".join(
        f'Mayor: "We will rebuild bridge {n}."\n\nMayor Jo {chr(65 + n % 26)}{chr(97 + n // 26 % 26)}son '
        "spoke on Monday about the plan.\n\n"
        for n in range(2_000)
    ),
    # (not tiny: a capitalised word set off at each paragraph's start, never inside
    # a sentence: each asks whether it is written inside one near it, one search in C
    # of what the last paragraph's window did not read)
    "a place set off at each paragraph's start": 'Dayton, Ohio, a man on the line said: "We won."\n\n'
    * 8_000,
    # (not tiny: thousands of one surname named in full with a particle, each quoted
    # by the particle and the surname: the one meant looked up among the latest few)
    "one surname with a particle": "".join(
        f"{chr(65 + n % 26)}{chr(97 + n // 26 % 26)}ra {chr(65 + n // 676 % 26)}ay Al Suwaidi "
        'visited the port on Monday.\n\n"We will fund it," Al Suwaidi said.\n\n'
        for n in range(2_000)
    ),
    # (not tiny: a courtesy title before a word, thousands of times, under names of
    # four words: only the names that hold the word between spaces are split)
    "a courtesy title under long names": "".join(
        f"Muhammad {chr(65 + n % 26)}{chr(97 + n // 26)}zan Abdul Rahman visited the port.\n\n"
        for n in range(100)
    )
    + '"Yes," Mr Zed said.\n\n' * 10_000,
    # (each block read once as a participants list's rows, not once per heading over it)
    "participants headings over rows": "Company Participants\n\nJo Lee - CEO\n\n" * 10_000,
    # (each line in capitals under one in lower case read for a dateline only when it
    # holds the agency's bracket)
    "short lines in capitals under lower case": "fed\nWA\n" * 40_000,
    # (not tiny: a thousand popes, each said after as "the pontiff": the latest holders
    # of the title read once each, their role's head once)
    "the pontiff after many popes": "".join(
        f'Pope {chr(65 + n % 26)}{chr(97 + n // 26 % 26)}tus visited.\n\n"We pray," the pontiff said.\n\n'
        for n in range(2_000)
    ),
    # (not tiny: one sentence of thousands of abbreviations, "Sen. Ann Berg and ...":
    # the stops taken into them dropped from its tokens in one pass)
    "thousands of abbreviations in one sentence": "Members were angry, with "
    + "Sen. Ann Berg and " * 20_000
    + 'the mayor calling it a "bad joke."',
    # (not tiny: paragraphs of people titled Judge and Mr Justice, then of quotes
    # said by "the judge": each reads the latest people until two fit)
    "the judge after many judges": "".join(
        f"Judge Amy {chr(65 + n % 26)}{chr(97 + n // 26 % 26)}son heard it. "
        f"Mr Justice {chr(65 + n // 26 % 26)}{chr(97 + n % 26)}ley agreed. "
        + ('"We will rule soon," the judge said. ' * 3 if n % 10 == 9 else "")
        + ("\n\n" if n % 10 == 9 else "")
        for n in range(2_000)
    ),
    # (not tiny: thousands of people between thousands of "the mayor-elect" quotes:
    # the latest people read only when an election word follows the first of them)
    "the mayor-elect among many people": "".join(
        f"Jo {chr(65 + n % 26)}{chr(97 + n // 26 % 26)}son and Ann {chr(65 + n // 26 % 26)}"
        f'{chr(97 + n % 26)}ley met.\n\n"We will build," the mayor-elect said.\n\n'
        for n in range(4_000)
    ),
    # (not tiny: paragraphs of a hundred quotes said by "the statement" with no
    # sentence that issued it: the issuing verbs found once a paragraph)
    "a statement's quotes with no issuer": (
        'The ministry met on Monday. "We act now," the statement read. ' * 100 + "\n\n"
    )
    * 40,
    # (not tiny: a different capitalised word set off at each paragraph's start: no
    # pattern made for a word the text never writes in lower case or inside a sentence)
    "a different place set off at each paragraph's start": "".join(
        f"{chr(65 + n % 26)}{chr(97 + n // 26 % 26)}{chr(97 + n // 676 % 26)}ton, Ohio, "
        'a man on the line said: "We won."\n\n'
        for n in range(8_000)
    ),
}


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
    print(
        f"throughput: {rate:,.0f} articles/s over {len(texts)} articles of {size:.1f} KB mean, "
        "dates included (target >= 1,000/s)"
    )

    def scan() -> None:
        for text in texts:
            for _ in BARE_SCAN.finditer(text):
                pass

    def structure_only() -> None:
        for text in texts:
            parse_article(text, quotes=False)

    bare_seconds = best_of(structure_only, repeat)
    print(
        f"throughput with quotes=False (structure only): {len(texts) / bare_seconds:,.0f} "
        "articles/s"
    )

    scan_seconds = best_of(scan, repeat)
    print(f"bare regex scan: {len(texts) / scan_seconds:,.0f} articles/s")
    print(f"ratio newsstruct / bare scan: {seconds / scan_seconds:.1f}x (target <= 5x)")
    return rate


#: The part parsers timed by :func:`stages` (names in ``newsstruct._article``).
STAGES = (
    "split_blocks",
    "phrase_anchors",
    "find_front_matter",
    "continue_byline",
    "match_boilerplate",
    "match_caption",
    "match_byline",
    "match_dateline",
    "split_trailing_boilerplate",
    "quotes_in",
    "article_date",
)


def stages(texts: list[str]) -> None:
    """Milliseconds per article spent in each part parser (wrapped with a timer)."""
    spent: dict[str, float] = dict.fromkeys(STAGES, 0.0)
    originals = {name: getattr(newsstruct._article, name) for name in STAGES}

    def timed(name: str, func: object) -> object:
        assert callable(func)

        @functools.wraps(func)
        def wrapper(*args: object) -> object:
            started = time.perf_counter()
            try:
                return func(*args)
            finally:
                spent[name] += time.perf_counter() - started

        return wrapper

    for name, func in originals.items():
        setattr(newsstruct._article, name, timed(name, func))
    try:
        started = time.perf_counter()
        for text in texts:
            parse_article(text)
        total = time.perf_counter() - started
    finally:
        for name, func in originals.items():
            setattr(newsstruct._article, name, func)
    per = 1000 / len(texts)
    print(f"where the time goes ({total * per:.2f} ms per article):")
    for name, seconds in sorted(spent.items(), key=lambda item: -item[1]):
        print(f"  {name:28s} {seconds * per:6.3f} ms")
    print(f"  {'(the rest)':28s} {(total - sum(spent.values())) * per:6.3f} ms")


def non_quote_time(texts: list[str], repeat: int = 20) -> None:
    """Milliseconds per article for everything but ``quotes_in`` (stubbed out).

    The stage timers of :func:`stages` add their own overhead to every call;
    this figure has none.  Each article's best time is kept (other processes
    on the machine inflate single runs).
    """
    name = "quotes_in"
    original = getattr(newsstruct._article, name)

    def no_quotes(text: str, paragraphs: object) -> tuple[()]:
        return ()

    best = [float("inf")] * len(texts)
    setattr(newsstruct._article, name, no_quotes)
    try:
        for _ in range(repeat):
            for index, text in enumerate(texts):
                started = time.perf_counter()
                parse_article(text)
                best[index] = min(best[index], time.perf_counter() - started)
    finally:
        setattr(newsstruct._article, name, original)
    print(
        f"everything but quotes_in: {sum(best) * 1000 / len(texts):.3f} ms per article "
        "(best of each article; target <= 0.5 ms)"
    )


def import_time() -> None:
    code = "import time; t = time.perf_counter(); import newsstruct; print(time.perf_counter() - t)"

    def best(env: dict[str, str]) -> float:
        runs = [
            float(
                subprocess.run(
                    [sys.executable, "-c", code],
                    capture_output=True,
                    text=True,
                    check=True,
                    env=env,
                ).stdout
            )
            for _ in range(5)
        ]
        return min(runs) * 1000

    cached = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    best(cached)  # writes the bytecode caches, as ``pip install`` does
    print(
        f"import newsstruct: {best(cached):.0f} ms with bytecode caches (best of 5; target < 150 ms)"
    )


def linear_curve(quick: bool) -> None:
    unit = synthetic_article()
    sizes = [10_000, 100_000, 1_000_000] + ([] if quick else [10_000_000])
    print("size        s/MB    peak memory / input size (target: flat s/MB; memory < 10x at 10 MB)")
    for size in sizes:
        text = (unit * (size // len(unit) + 1))[:size]
        megabytes = len(text.encode("utf-8")) / 1e6
        # small inputs take milliseconds: take the best of more runs so that one
        # scheduling hiccup does not bend the curve
        # (the 10 MB input twice: one run alone may meet a pause of the machine)
        repeat = 2 if size >= 10_000_000 else min(30, max(3, 3_000_000 // size))
        seconds = best_of(lambda text=text: parse_article(text), repeat)
        gc.collect()
        tracemalloc.start()
        parse_article(text)
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        print(f"{megabytes:7.2f} MB  {seconds / megabytes:6.3f}  {peak / (megabytes * 1e6):6.1f}x")


def hostile() -> None:
    sys.path.insert(0, str(ROOT))
    from tests.test_hostile import NASTY

    # best of five runs: the first runs of a process also compile the patterns
    # they are the first to use and take fresh memory from the system (on
    # '"Start\n\n"' * 5000 the first four runs take 1.6 times as long as the
    # ones after), costs a process that parses many texts pays once
    print("hostile input (best of 5)          size      seconds   s/MB (target <= 1 s/MB)")
    for name, text in [*sorted(NASTY.items()), *TINY_PARAGRAPHS.items()]:
        seconds = best_of(lambda text=text: parse_article(text), 5)
        megabytes = len(text.encode("utf-8", "surrogatepass")) / 1e6
        per_mb = (
            f"{seconds / megabytes:8.2f}" if megabytes >= 0.01 else "       -"
        )  # s/MB means little below 10 KB
        print(f"{name:32s} {megabytes:7.3f} MB {seconds:8.3f} {per_mb}")


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
        # textacy raises on odd quote marks; it still spent the time
        with contextlib.suppress(Exception):
            list(textacy.extract.triples.direct_quotations(nlp(text)))
    rate = len(sample) / (time.perf_counter() - started)
    print(
        f"textacy + en_core_web_sm: {rate:,.1f} articles/s; newsstruct is {ours / rate:,.0f}x faster"
    )


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
    stages(texts)
    non_quote_time(texts)
    import_time()
    linear_curve(args.quick)
    hostile()
    if args.textacy:
        textacy_side_by_side(texts, rate)


if __name__ == "__main__":
    main()
