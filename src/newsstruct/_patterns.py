"""Every compiled regular expression, named after what it matches.

Patterns are built from named fragments, compiled once at import with the
``regex`` module (``VERBOSE``, Unicode properties, possessive quantifiers) and
grouped by the part of the article they serve.  No pattern may backtrack
catastrophically: quantified groups are possessive or atomic wherever the
alternatives overlap, and every loop consumes input.

Sections (one per concern; keep each section's names prefixed by its concern):

* text layout (blocks, lines)
* datelines and dates
* headlines, bylines, captions, boilerplate
* quotes and speakers
"""

from __future__ import annotations

import regex

# ---------------------------------------------------------------------------
# fragments shared by several concerns
# ---------------------------------------------------------------------------

#: Any dash: hyphen-minus, en/em dashes, minus sign, and the rest of \p{Pd}.
DASH = r"[\p{Pd}\u2212]"
#: Opening and closing quotation marks of every script (not the apostrophe).
OPEN_QUOTE_CHARS = "\"\u201c\u201e\u00ab\u2039\u201a\u2018\u300c\u300e"
CLOSE_QUOTE_CHARS = "\"\u201d\u201c\u00bb\u203a\u2019\u2018\u300d\u300f"

# ---------------------------------------------------------------------------
# text layout
# ---------------------------------------------------------------------------

#: One line break: CRLF, LF, CR, or a Unicode line/paragraph separator.
LINE_BREAK = regex.compile(r"\r\n|[\n\r\u2028\u2029\x0b\x0c\x85]")

#: A character that ends a sentence (possibly followed by a closing mark).
SENTENCE_END = regex.compile(r"[.!?:;\"\u201d\u2019)\]]")

# ---------------------------------------------------------------------------
# datelines and dates  (owned by _dateline.py / _dates.py)
# ---------------------------------------------------------------------------

# ---------------------------------------------------------------------------
# headlines, bylines, captions, boilerplate
# ---------------------------------------------------------------------------

# ---------------------------------------------------------------------------
# quotes and speakers
# ---------------------------------------------------------------------------
