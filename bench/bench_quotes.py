"""Time find_quotes on a 5 KB article (and on hostile input).

Usage: ``python bench/bench_quotes.py [--repeat N]``.  The article is made up
here (no corpus text): paragraphs of reported speech in the usual wire forms.
Hostile inputs are timed in CPU seconds per MB (``time.process_time``, which
other processes on the machine disturb less than wall-clock time).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Callable, Sequence

from newsstruct import find_quoted_text, find_quotes

_PARAGRAPHS = (
    "United States Secretary of State Jane Doe, in her first meeting with Foreign "
    'Minister John Roe, said it was "no secret that we have our differences" and that '
    "the two countries would keep talking.",
    "Mr Roe, speaking through a translator, said the sides have to cooperate "
    '"in spheres where our interests meet".',
    "\"We think that's good for our people, good for your people and good for the "
    'world," Ms Doe said.',
    "The meeting was the first between the two governments since the spring.",
    '"We are ready to discuss all the issues without exception," he said, "but on '
    'the basis of mutual respect."',
    "\u201cIt was a useful start,\u201d said Ned Price, a State Department spokesman. "
    "\u201cMore talks will follow.\u201d",
    "According to officials familiar with the talks, the next round could come "
    "\u201cwithin weeks\u201d.",
    "Critics called the so-called \u201creset\u201d a mistake, and the talk show "
    "\u201cMeet the Press\u201d devoted its hour to it.",
)


def article(size: int = 5000) -> str:
    parts: list[str] = []
    total = 0
    index = 0
    while total < size:
        paragraph = _PARAGRAPHS[index % len(_PARAGRAPHS)]
        parts.append(paragraph)
        total += len(paragraph) + 2
        index += 1
    return "\n\n".join(parts)[:size]


def timed(function: Callable[[str], object], text: str, repeat: int) -> list[float]:
    runs: list[float] = []
    for _ in range(repeat):
        began = time.perf_counter()
        function(text)
        runs.append(time.perf_counter() - began)
    return runs


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--repeat", type=int, default=200)
    args = parser.parse_args(argv)
    text = article()
    print(f"article: {len(text)} characters, {len(find_quotes(text))} quotes")
    for label, function in (("find_quotes", find_quotes), ("find_quoted_text", find_quoted_text)):
        runs = timed(function, text, args.repeat)
        print(
            f"{label:<17} median {statistics.median(runs) * 1000:7.3f} ms"
            f"  min {min(runs) * 1000:7.3f} ms"
        )
    print("hostile input (find_quoted_text)     size     s/MB, CPU time (target <= 1 s/MB)")
    for label, hostile in (
        ('1 MB of "', '"' * 1_000_000),
        ('"said" x 100,000', '"said"' * 100_000),
        ('"x" said x 100,000', '"x" said ' * 100_000),
        # just under the cap of 100 quotes a paragraph: every quote is attributed
        ('("x" said x 99 + \\n\\n) x 1,000', ('"x" said ' * 99 + "\n\n") * 1000),
        ('"Start\\n\\n" x 5,000', '"Start\n\n"' * 5000),
        ("mixed marks x 3,000", "\u201c\u2018\u00ab\u00bb\u2019\u201d" * 3000),
        ("'n' x 20,000", "'n' " * 20_000),
    ):
        megabytes = len(hostile.encode("utf-8")) / 1e6
        began = time.process_time()
        find_quoted_text(hostile)
        seconds = time.process_time() - began
        print(f"{label:<35} {megabytes:6.3f} MB {seconds / megabytes:7.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
