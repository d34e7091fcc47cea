"""Hypothesis strategies that generate the shapes news parsers trip over."""

from __future__ import annotations

from hypothesis import strategies as st

QUOTE_MARKS = ['"', "'", "“", "”", "‘", "’", "«", "»", "„", "‚", "''", "``", "‹", "›"]
DASHES = ["-", "--", "—", "–", "_", ".-", ":", "‒", "−"]
PIECES = [
    "said",
    "says",
    "told reporters",
    "according to",
    "he",
    "she",
    "Mr Blinken",
    "Antony Blinken",
    "(Reuters)",
    "(AP)",
    "(dpa/lni)",
    "PHOTO: AFP",
    "By Jane Doe, Reuters",
    "Reuter",
    "May 19",
    "Wednesday (May 19)",
    "NEW YORK, ",
    "REYKJAVIK",
    "(",
    ")",
    "[",
    "]",
    "\n",
    "\n\n",
    "\r\n",
    "\r",
    "    ",
    "\t",
    " ",
    ".",
    ",",
    # speaker shapes the naming rules read
    ", the port director, ",
    "the port director, Jo Kent, ",
    "One of them ",
    " and ",
    " of ",
    "Secretary of Health and Human Services ",
    "police spokeswoman ",
    "Acme's chief executive, ",
    "Helen Marsh, Environment correspondent",
    # web pages and press releases
    "Enlarge this image",
    "toggle caption",
    "Jane Doe/NPR",
    "About Acme",
    "Media Contact:",
    "NEWS PROVIDED BY",
    "BOSTON--(BUSINESS WIRE)--",
    "jo@acme.example",
    "Jane Doe covers energy for Reuters.",
    "Jane Doe \u00b7 CBC News \u00b7 Posted: Nov 04, 2025",
    "KYODO NEWS - Nov 4, 2025 - 18:12 | Japan",
    "Europe | Charlemagne",
    "\u200b",
    "\ufeff",
    "\u200f",
    "\x00",
    "😀",
    "&quot;",
    "&#8220;",
    "&rdquo;",
    "&amp;",
    "&#39;",
    "&nbsp;",
    "&",
    ";",
    "<p>",
    # Markdown
    "# ",
    "## ",
    "**",
    "*",
    "__",
    "> ",
    "[Jane Doe](https://example.com/jd)",
    "](",
    "![A crew at work.](a.jpg)",
    "![](a.jpg)",
    "- [Talks end](/a)",
    *QUOTE_MARKS,
    *DASHES,
]

#: Text made of news-like pieces and arbitrary characters.
newsy_text = st.lists(
    st.one_of(
        st.sampled_from(PIECES),
        st.text(
            alphabet=st.characters(codec="utf-8", exclude_categories=["Cs"]),
            max_size=12,
        ),
        st.from_regex(r"[A-Z][A-Z .,/]{0,20}", fullmatch=True),
    ),
    max_size=60,
).map("".join)

#: A dateline-like prefix followed by body text.
dateline_text = st.builds(
    "{}{}{} {}".format,
    st.from_regex(r"[A-Za-z .,/\[\]]{0,25}", fullmatch=True),
    st.sampled_from(["", " (Reuters)", " (AP)", " (AFP)", ", May 19", ", 2 March 2024 (EFE)"]),
    st.sampled_from(DASHES),
    newsy_text,
)
