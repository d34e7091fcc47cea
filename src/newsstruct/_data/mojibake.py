"""Punctuation that a wrong decoding turns into mojibake.

A text written in UTF-8 and read back as Windows-1252 (or Latin-1) shows each
character of the General Punctuation block as three characters (``“`` as
``â€œ``, ``’`` as ``â€™``, ``—`` as ``â€”``) and each Latin-1 sign as two
(``«`` as ``Â«``, a no-break space as ``Â`` and a space).  Scrapers that guess
an encoding wrongly leave such text; the parsers read each sequence as the
character it stands for (:data:`newsstruct._patterns.MOJIBAKE`), so its quote
marks and dashes still count.  Letters written in two bytes (``Ã©`` for ``é``)
are read too, in a text that shows such mojibake for sure
(:data:`newsstruct._patterns.LETTER_MOJIBAKE_SIGN`).

Sources: the Windows-1252 and ISO 8859-1 code charts, and the punctuation of
the wire styles (quote marks, dashes, apostrophes, ellipses, bullets, primes).
"""

from __future__ import annotations

#: The punctuation read back from its three-character mojibake (``â€`` then
#: one character): quote marks (curly, low, single and angle), dashes, the
#: ellipsis, the bullet, primes and the euro sign; and the symbols that pages
#: set as bullets and separators (``Jakarta ● Tue``, ``Read more ►``): the
#: trade mark sign, arrows, squares, triangles, circles, diamonds, stars,
#: check marks and crosses.
MOJIBAKE_PUNCTUATION = (
    "\u2013\u2014\u2018\u2019\u201a\u201c\u201d\u201e\u2022\u2026\u2032\u2033\u2039\u203a\u20ac"
    "\u2122\u2190\u2191\u2192\u2193\u25a0\u25aa\u25b2\u25b6\u25ba\u25bc\u25cf\u25c6"
    "\u2605\u2606\u2713\u2714\u2715\u2716"
)
