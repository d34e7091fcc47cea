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

_FIRSTS = ["Samuel", "Helen", "Tobias", "Marta", "Kofi", "Ines", "Dara"]
_LASTS = ["Okafor", "Morrow", "Lindqvist", "Achebe", "Ferreira", "Walsh", "Brandt"]
_NICKS = ['"Rocket"', '"Ice"', '"The Wall"', '"Doc"']
_SAYINGS = [
    "We defended for our lives at the end",
    "Every family in the town has one story it will not tell",
    "Nobody was turned away",
    "I saw the keeper leaning early",
]
_SENTENCES = [
    "The winner came late from winger {first} {nick} {last}, who bent a shot in.",
    "{last}, signed in the summer, has now scored in four straight games.",
    "The youngest, {first}, narrates.",
    "{last} grinned.",
    '"{saying}," {last} said.',
    '"{saying}," he said.',
    '"{saying}," she tells us early on, "and ours has two."',
    '"{saying}," said {first} {last}, the club\'s captain.',
    "Council leader {first} {last} said the {thing} had been {quoted}.",
    '{first} {last}\'s debut, "The Salt Houses" (Larch Books, 318 pages), is out.',
    "The {thing} covers the north side of the town, officials said on Monday.",
    "Asked about the {thing}, a hand cupped to his ear, {last} smiled.",
]


@st.composite
def wire_story(draw: st.DrawFn) -> str:
    """An invented story of a few hard-wrapped paragraphs (quotes, names,
    nicknames, appositives), with ``\\n`` line ends and no ``\\r``."""
    import textwrap

    def sentence() -> str:
        return draw(st.sampled_from(_SENTENCES)).format(
            first=draw(st.sampled_from(_FIRSTS)),
            last=draw(st.sampled_from(_LASTS)),
            nick=draw(st.sampled_from(_NICKS)),
            saying=draw(st.sampled_from(_SAYINGS)),
            thing=draw(st.sampled_from(["recount", "goal", "plan", "book"])),
            quoted=draw(st.sampled_from(['"a formality"', '"human and fixable"'])),
        )

    width = draw(st.integers(min_value=20, max_value=80))
    paragraphs = [
        " ".join(sentence() for _ in range(draw(st.integers(min_value=1, max_value=4))))
        for _ in range(draw(st.integers(min_value=1, max_value=6)))
    ]
    indent = draw(st.sampled_from(["", "    "]))
    between = "\n" if indent else "\n\n"
    wrapped = [
        textwrap.fill(p, width, initial_indent=indent, break_on_hyphens=False) for p in paragraphs
    ]
    return "Harriers snatch late win in cup replay\n\n" + between.join(wrapped) + "\n"
