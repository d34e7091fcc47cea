"""The same text in other layouts and quote styles, at the same offsets.

Each function rewrites a text character for character (its length and every
offset stay the same), so the gold spans of a labelled corpus still apply:
``eval/quotes.py --layout NAME`` scores PolNeAR as if it had been written so.
The rewrites are mechanical, as a converter or an e-mail client would make
them, not hand-typeset copy: a few marks come out where a typesetter would not
put them.
"""

from __future__ import annotations

from collections.abc import Callable

_STRAIGHT = str.maketrans({"\u201c": '"', "\u201d": '"', "\u2018": "'", "\u2019": "'"})
#: What may stand before an opening mark besides white space.
_OPENS_AFTER = "([{-\u2014"


def straight(text: str) -> str:
    """Curly marks made straight (``“Yes,” he said`` -> ``"Yes," he said``)."""
    return text.translate(_STRAIGHT)


def curly(text: str) -> str:
    """Straight marks made curly by what stands before them: a mark after white
    space or an opening bracket opens, any other closes (an apostrophe too);
    a single mark right after an opening one opens as well (NYT ``''``)."""
    text = straight(text)
    out: list[str] = []
    for i, char in enumerate(text):
        prev = text[i - 1] if i else " "
        if char == '"':
            out.append("\u201c" if prev.isspace() or prev in _OPENS_AFTER else "\u201d")
        elif char == "'":
            opening = prev.isspace() or prev in _OPENS_AFTER + '"\u201c' or out[-1:] == ["\u2018"]
            out.append("\u2018" if opening else "\u2019")
        else:
            out.append(char)
    return "".join(out)


def british(text: str) -> str:
    """Double and single marks swapped, as British papers print quotes
    (``‘Yes,’ he said``, ``“...”`` inside them).  A right single mark stays an
    apostrophe unless a left one is open in its paragraph; an NYT double of two
    singles becomes one single mark, padded outside with a space."""
    text = curly(text)
    out: list[str] = []
    depth = 0
    for i, char in enumerate(text):
        prev = text[i - 1] if i else " "
        nxt = text[i + 1] if i + 1 < len(text) else " "
        if char == "\n":
            depth = 0
        if char == "\u201c":
            out.append("\u2018")
        elif char == "\u201d":
            out.append("\u2019")
        elif char == "\u2018":
            out.append("\u201c")
            depth += 1
        elif char == "\u2019" and not (prev.isalnum() and nxt.isalnum()) and depth:
            out.append("\u201d")
            depth -= 1
        else:
            out.append(char)
    return "".join(out).replace("\u201c\u201c", " \u2018").replace("\u201d\u201d", "\u2019 ")


def wrapped(text: str, width: int = 72) -> str:
    """Every line hard-wrapped at *width* columns: the space before a word that
    would pass it becomes a line break."""
    out = list(text)
    column = 0
    space = -1
    for i, char in enumerate(text):
        if char == "\n":
            column, space = 0, -1
            continue
        if char == " ":
            space = i
        column += 1
        if column > width and space >= 0:
            out[space] = "\n"
            column, space = i - space, -1
    return "".join(out)


def lowercase(text: str) -> str:
    """Every letter lower-cased, as the datasets of uncased models hold text; a
    character whose lower case is longer (``İ``) stays as it is."""
    return "".join(low if len(low := char.lower()) == 1 else char for char in text)


def uppercase(text: str) -> str:
    """Every letter in capitals, as teletype wire copy was; a character whose
    capital is longer (``ß``) stays as it is."""
    return "".join(up if len(up := char.upper()) == 1 else char for char in text)


def one_line(text: str) -> str:
    """Every line break a space, as data sets that dropped them hold text (the
    paragraphs run together on one line)."""
    return text.replace("\r", " ").replace("\n", " ")


#: The layouts by name, for ``--layout``.
LAYOUTS: dict[str, Callable[[str], str]] = {
    "as-written": lambda text: text,
    "wrapped": wrapped,
    "straight": straight,
    "curly": curly,
    "british": british,
    "cr": lambda text: text.replace("\n", "\r"),
    "no-break-spaces": lambda text: text.replace(" ", "\u00a0"),
    "lowercase": lowercase,
    "uppercase": uppercase,
    "one-line": one_line,
}
