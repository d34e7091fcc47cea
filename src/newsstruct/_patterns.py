"""Every compiled regular expression, named after what it matches.

Patterns are built from named fragments, compiled once at import with the
``regex`` module (``VERBOSE``, Unicode properties, possessive quantifiers) and
grouped by the part of the article they serve.  The dateline and date patterns
that hold the month lists are compiled once on first use
(:class:`LazyPattern`), which keeps ``import newsstruct`` fast.  No pattern may backtrack
catastrophically: quantified groups are possessive or atomic wherever the
alternatives overlap, and every loop consumes input.

Sections (one per concern; keep each section's names prefixed by its concern):

* text layout (blocks, lines)
* datelines and dates
* headlines, bylines, captions, boilerplate
* quotes and speakers
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import Any

import regex

from newsstruct._data.boilerplate import (
    ADVERTS,
    ADVISORY_LABELS,
    AGE_NOTE_OPENINGS,
    AGENCY_MATERIAL_WORDS,
    AGENCY_WORDS,
    AUTHOR_NOTE_ROLES,
    CHANNEL_CALLS,
    COMMENT_COUNT_WORDS,
    CONTENTS_HEADINGS,
    COOKIE_PHRASES,
    COPYRIGHT_PHRASES,
    CORRECTION_OPENINGS,
    CREDIT_AGENCY_NAMES,
    CREDIT_ROLES,
    CREDIT_ROLES_INTL,
    DECISION_NOUNS,
    DISCLOSURE_HEADINGS,
    DISCLOSURE_PHRASES,
    DRAFT_LABELS,
    DRAFT_NOTES,
    EMBARGO_OPENINGS,
    FEED_ENVELOPE_OPENINGS,
    FEED_FOOTER_OPENINGS,
    FEED_FOOTER_PHRASES,
    FEED_HEADER_AGENCIES,
    FLAGS,
    HOMEPAGE_WORDS,
    HOROSCOPE_HEADINGS,
    HOROSCOPE_SIGNS,
    INTERNATIONAL_WORDS,
    MEDIA_POINTER_OPENINGS,
    MEDIA_POINTER_PLACES,
    NEWSROOM_WORDS,
    OWN_CHANNELS,
    PAGE_LINKS,
    PAGE_NOTICES,
    PRESS_OFFICES,
    PRODUCED_BY_OPENINGS,
    PROGRAMME_LINES,
    PROMO_OPENINGS,
    PROMO_PHRASES,
    READING_TIME_LABELS,
    REGULATORY_NOTES,
    RELATED_OPENINGS,
    RELATIVE_AGO_AFTER,
    RELATIVE_AGO_BEFORE,
    RELATIVE_DAYS,
    RELATIVE_STAMPS,
    RELATIVE_UNITS,
    RELATIVE_UNITS_INTL,
    RELEASE_HEADINGS,
    RELEASE_PROVIDERS,
    RELEASE_STAMP_LABELS,
    REVIEW_INFO_LABELS,
    SHARE_BUTTONS,
    SHARE_ON_WORDS,
    SHARE_OPENINGS,
    SHARE_VERBS,
    SIGNOFF_AGENCIES,
    SITE_CALLS,
    SLUG_PREFIXES,
    SLUG_VERSIONS,
    SOURCE_DESK_WORDS,
    SOURCE_INFORMATION_OPENINGS,
    SPOILER_NOTES,
    SPONSOR_OPENINGS,
    STANDARDS_OPENINGS,
    TAG_LABELS,
    TIMESTAMP_LABELS,
    TOPIC_LABELS,
    TRANSLATION_NOTE_OPENINGS,
    TRIM_NOTES,
    TRUST_LINKS,
    WRITER_NOTE_ROLES,
)
from newsstruct._data.credits import (
    CAPTION_LABELS,
    CREDIT_LABELS,
    GIVEN_PICTURES,
    GLUED_CAPTION_LABELS,
    PHOTO_AGENCIES,
    PICTURE_LIBRARIES,
    WRITER_TITLE_WORDS,
)
from newsstruct._data.cues import LOOKING_BACK_NOUNS
from newsstruct._data.endmarks import (
    END_MARKS,
    INITIALS_AGENCIES,
    MEDIA_TAGS,
    OMISSION_NOTES,
    SIGNOFF_END_WORDS,
    TRANSCRIPT_CLIPS,
    TRANSCRIPT_CUES,
)
from newsstruct._data.exports import (
    FACTIVA_DOCUMENT_WORDS,
    FACTIVA_FIELDS,
    FACTIVA_LANGUAGES,
    FACTIVA_LANGUAGES_INTL,
    FACTIVA_WORD_COUNT_WORDS,
    NEXIS_CAPITAL_LABELS,
    NEXIS_COUNTER_WORDS,
    NEXIS_COVER_LABELS,
    NEXIS_HEADINGS,
    NEXIS_LABELS,
    PROQUEST_ABSTRACT_HEADING,
    PROQUEST_FULL_TEXT_HEADING,
    PROQUEST_HEAD_LABELS,
    PROQUEST_TAIL_LABELS,
)
from newsstruct._data.kickers import (
    BRACKETED_KICKERS,
    ISSUER_LABEL_NOUNS,
    KICKERS,
    WIRE_SECTION_KICKERS,
)
from newsstruct._data.lead_words import IRREGULAR_PAST, LEAD_TIMES
from newsstruct._data.mojibake import MOJIBAKE_PUNCTUATION
from newsstruct._data.outlets import NEWSLETTER_NOUNS, PAPER_NOUNS
from newsstruct._data.places import CANADIAN_PROVINCES, US_STATE_NAMES, US_STATES
from newsstruct._data.scraped import HTML_ELEMENTS
from newsstruct._data.staff_labels import STAFF_LABELS
from newsstruct._data.update_notes import UPDATE_NOTE_VERBS


class LazyPattern:
    """A pattern compiled once, on first use, for the few that are slow to compile.

    It answers ``match``, ``fullmatch``, ``search``, ``finditer``, ``findall`` and ``split``
    like the compiled pattern; after the first call these are the compiled
    pattern's own bound methods (no overhead).
    """

    def __init__(self, pattern: str, flags: int = 0, **lists: list[str]) -> None:
        self.pattern = pattern
        self.flags = flags
        self._lists: dict[str, Any] = lists

    def compiled(self) -> regex.Pattern[str]:
        """The compiled pattern (compiled on the first call)."""
        found = self.__dict__.get("_compiled")
        if found is None:
            found = regex.compile(self.pattern, self.flags, ignore_unused=True, **self._lists)
            # later calls go straight to the compiled pattern's methods
            self.__dict__.update(
                _compiled=found,
                match=found.match,
                fullmatch=found.fullmatch,
                search=found.search,
                finditer=found.finditer,
                findall=found.findall,
                split=found.split,
            )
        return found

    def match(
        self, string: str, pos: int = 0, endpos: int | None = None, *, timeout: float | None = None
    ) -> regex.Match[str] | None:
        return self.compiled().match(string, pos, endpos, timeout=timeout)

    def fullmatch(
        self, string: str, pos: int = 0, endpos: int | None = None, *, timeout: float | None = None
    ) -> regex.Match[str] | None:
        return self.compiled().fullmatch(string, pos, endpos, timeout=timeout)

    def search(
        self, string: str, pos: int = 0, endpos: int | None = None, *, timeout: float | None = None
    ) -> regex.Match[str] | None:
        return self.compiled().search(string, pos, endpos, timeout=timeout)

    def finditer(
        self, string: str, pos: int = 0, endpos: int | None = None, *, timeout: float | None = None
    ) -> Iterator[regex.Match[str]]:
        return self.compiled().finditer(string, pos, endpos, timeout=timeout)

    def findall(
        self, string: str, pos: int = 0, endpos: int | None = None, *, timeout: float | None = None
    ) -> list[Any]:
        return self.compiled().findall(string, pos, endpos, timeout=timeout)

    def split(self, string: str, maxsplit: int = 0) -> list[str | Any]:
        return self.compiled().split(string, maxsplit)


#: Seconds a pattern that scans unbounded text (a whole article, a whole
#: paragraph) may run before the ``regex`` module raises :class:`TimeoutError`
#: (pass it as ``timeout=``); :func:`newsstruct.parse_article` then skips that
#: part of the article.  The patterns are linear: this is a safety net only.
SCAN_TIMEOUT = 5.0


def any_of(*patterns: LazyPattern) -> LazyPattern:
    """One pattern that matches where any of *patterns* (compiled with the same flags) does.

    One call to it can rule them all out: it gates a series of patterns tried in turn.
    """
    flags = {pattern.flags for pattern in patterns}
    if len(flags) != 1:
        raise ValueError("any_of() needs patterns compiled with the same flags")
    # the new line ends a trailing VERBOSE comment
    return LazyPattern("|".join(f"(?:{pattern.pattern}\n)" for pattern in patterns), flags.pop())


# ---------------------------------------------------------------------------
# fragments shared by several concerns
# ---------------------------------------------------------------------------

#: Any dash: hyphen-minus, en/em dashes, minus sign, and the rest of \p{Pd}.
DASH = r"[\p{Pd}\u2212]"

# ---------------------------------------------------------------------------
# text layout
# ---------------------------------------------------------------------------

#: One line break: CRLF, LF, CR, or a Unicode line/paragraph separator.
LINE_BREAK = regex.compile(r"\r\n|[\n\r\u2028\u2029\x0b\x0c\x85]")

#: A line feed with something other than a line feed on both sides: where a
#: block may hold a line break (a text whose line feeds all come in runs, its
#: paragraphs set off by blank lines one line each, has none).
LONE_LINE_FEED = re.compile(r"[^\n]\n[^\n]")

#: The white space, invisible marks and one line break after a word's hyphen that
#: a printed column breaks it at (``ap-`` / ``proved``): however the line ends.
_BROKEN_WORD_BREAK = r"[ \t\u00a0\ufeff\u200b\u2060]*(?:\r\n|[\n\r\u2028\u2029\x85])"
#: A hyphen ending a line (:data:`BROKEN_WORD_GAP` after it).
BROKEN_WORD_END = re.compile(rf"-{_BROKEN_WORD_BREAK}")
#: What is between a hyphen ending a line and the next line's first word when the
#: word goes on there, flush left (tried with ``fullmatch``).
BROKEN_WORD_GAP = re.compile(_BROKEN_WORD_BREAK)

#: A zero-width mark (byte-order mark, zero-width space, word joiner) that the
#: layout view reads as a space: not at a line's start (the text's start is none),
#: or with white space or another such mark after it; at a line's start before a
#: letter it indents no line.
ZERO_WIDTH_INSIDE = re.compile(
    r"(?<!\n)[\ufeff\u200b\u2060]"  # inside a line, or the text's first character
    r"|[\ufeff\u200b\u2060](?=[\s\ufeff\u200b\u2060])"  # before white space
)

#: A character that ends a sentence (possibly followed by a closing mark).
SENTENCE_END = regex.compile(r"[.!?:;\"\u201d\u2019)\]]")

#: A word that leaves its sentence open at a line's end (an article, a
#: preposition, a conjunction, a possessive, an auxiliary): a hard wrap cut the
#: line there, whatever the next line starts with (``... won the prize on`` /
#: ``Wednesday for ...``); a headline or a byline does not end in one.
#: (Tried with ``fullmatch`` on a line's last word.)
OPEN_LINE_END_WORD = regex.compile(
    r"a|an|the|of|in|on|at|to|for|from|with|by|into|onto|over|under|after|before"
    r"|about|between|against|during|through|than|and|or|but|nor|as|that|which|whose"
    r"|its|their|his|her|our|is|are|was|were|has|have|had|will|would"
)

# (Markdown: see _markdown.py; every pattern is linear, its runs bounded or possessive)

#: A Markdown heading's marks at a line start: ``## Title`` (one to six ``#``, then a space).
MARKDOWN_HEADING_LINE = regex.compile(r"(?m)^[ \t]{0,3}+(?P<marks>\#{1,6}+)(?=[ \t]++[^\#\s])")
#: A Markdown block quote's marks at a line start: ``> text``, ``> > text``.
MARKDOWN_BLOCK_QUOTE = regex.compile(r"(?m)^[ \t]{0,3}+(?P<marks>>(?:[ \t]*+>)*+)")
#: A Markdown link (not an image, not escaped): ``[label](target "title")``, or a
#: reference-style link ``[label][ref]`` / ``[label][]`` (its target defined on a
#: line of its own, see :data:`MARKDOWN_LINK_LINE`).  Its label may go on over a
#: line break (a converter that wraps lines: ``[Paul\nIves](/ives)``).
MARKDOWN_LINK = regex.compile(
    r"""
    (?<! [!\\] ) \[ (?P<label> [^\[\]\n]{1,300}+ (?: \r?+\n [^\[\]\n]{1,300}+ )?+ ) \]  # [label] (no brackets; two lines at most)
    (?: \( [^\s()]{0,2000}+ (?: [ \t]++ "[^"\n]{0,300}+" )?+ \)   # (target "title")
      | \[ [^\[\]\n]{0,100}+ \] (?! [(:] ) )                      # [ref]
    """,
    regex.VERBOSE,
)
#: A line of links and nothing else but separators or spaces (a site's
#: navigation): ``[Home](/) | [Weather](/weather) | [Sport](/sport)``.
MARKDOWN_LINK_ROW = regex.compile(
    r"""
    (?m: ^ [ \t]*+
      (?: \[ [^\[\]\n]{1,300}+ \] \( [^\s()]{0,2000}+ \) [ \t]*+ (?: [|\u00b7\u2022/>\u00bb\u203a] [ \t]*+ )?+ ){2,}+
      \r?+ $ )
    """,
    regex.VERBOSE,
)
#: A separator between the links of a navigation row.
MARKDOWN_ROW_SEPARATOR = regex.compile(
    r"\][ \t]*+\([^\s()]{0,2000}+\)[ \t]*+[|\u00b7\u2022/>\u00bb\u203a]"
)
#: A linked image, ``[![alt](image.jpg)](page)`` (Jina Reader): the outer link's
#: marks are markup; the image (``image``) is read as an image.
MARKDOWN_LINKED_IMAGE = regex.compile(
    r"""
    \[ (?P<image> !\[ [^\[\]\n]{0,300}+ \] \( [^\s()]{0,2000}+ (?: [ \t]++ "[^"\n]{0,300}+" )?+ \) )
    \] \( [^\s()]{0,2000}+ (?: [ \t]++ "[^"\n]{0,300}+" )?+ \)
    """,
    regex.VERBOSE,
)
#: A reader service's number before an image's alt text: ``![Image 3: A crew at work.](...)``.
MARKDOWN_IMAGE_NUMBER = regex.compile(r"!\[(?P<number>Image[ ][0-9]{1,4}+(?::[ ]|(?=\])))")
#: A reference link's definition (a fragment): ``[3]: https://... "Title"``.
MARKDOWN_LINK_DEFINITION_FORM = r"""
    [ ]{0,3}+ \[ [^\[\]\n]{1,100}+ \] : [ \t]++ <?+ [^\s<>]{1,2000}+ >?+   # [3]: https://...
      (?: [ \t]++ (?: "[^"\n]{0,300}+" | '[^'\n]{0,300}+' | \([^()\n]{0,300}+\) ) )?+ [ \t]*+
"""
#: A line that is a Markdown link alone, perhaps a list item: ``- [Talks end](/a)``,
#: ``* [Talks end][3]``; or a reference link's definition: ``[3]: https://...``.
MARKDOWN_LINK_LINE = regex.compile(
    r"""
    (?: [-*+\u2022] [ \t]++ | [0-9]{1,3}+ [.)] [ \t]++ )?+        # - or 1.
    \[ (?P<label> [^\[\]\n]{1,300}+ ) \]
    (?: \( (?P<target> [^\s()]{0,2000}+ ) (?: [ \t]++ "[^"\n]{0,300}+" )?+ \)
      | \[ [^\[\]\n]{0,100}+ \] )
    [ \t]*+ [.,;]?+
    | """
    + MARKDOWN_LINK_DEFINITION_FORM
    + """
    """,
    regex.VERBOSE,
)
#: A link's target that is a writer's page on the site: ``/author/jane-doe``,
#: ``/people/jdoe/``, a newsletter platform's ``/@jdoe``.
MARKDOWN_AUTHOR_TARGET = regex.compile(
    r"""
    / (?i: authors?+ | by | profiles?+ | people | staff | writers?+ | contributors?+
           | journalists?+ | reporters?+ | columnists?+ ) / [^/?#\s]
    | / @ [\w.\-\u00ad]{1,60}+ /?+ (?: [?#] [^\s]*+ )?+ \Z
    """,
    regex.VERBOSE,
)
#: A name alone as a link's words: two to four capitalised words (``Jane Doe``).
MARKDOWN_NAME_LABEL = regex.compile(
    r"\p{Lu}[\p{L}\p{M}.'\u2019\-]*+(?:[ \t]++\p{Lu}[\p{L}\p{M}.'\u2019\-]*+){1,3}+"
)
#: A reference link's definition alone: ``[3]: https://...``, the target of a
#: ``[words][3]`` link (html2text writes them under the story): page furniture.
MARKDOWN_LINK_DEFINITION = regex.compile(MARKDOWN_LINK_DEFINITION_FORM, regex.VERBOSE)
#: A list item's mark before a link or an image: ``- [Talks end](/a)``, ``1. ![...](...)``.
MARKDOWN_LIST_MARK = regex.compile(
    r"(?m)^[ \t]{0,3}+(?P<mark>[-*+\u2022]|[0-9]{1,3}+[.)])[ \t]++(?=!?+\[)"
)
#: What opens an indented line that is no indented paragraph: a list item's mark
#: (``  * item``, ``  1. item``) or a Markdown link reference (``   [1]: https://...``).
INDENTED_ITEM_OPENING = regex.compile(
    r"(?:[-*+\u2022]|[0-9]{1,3}+[.)])[\t\p{Zs}]|\[[^\[\]\n]{1,100}+\]:[\t\p{Zs}]"
)
#: A Markdown table's rule under its head row: ``|---|:---:|``, ``--- | ---`` (a bar in it).
MARKDOWN_TABLE_RULE = regex.compile(
    r"""
    (?m: ^ [ \t]{0,3}+ (?= [^\n|]{0,2000}+ \| )
    \|?+ (?: [ \t]*+ :?+ -{1,100}+ :?+ [ \t]*+ \|?+ ){1,50}+ [ \t]*+ \r?+ $ )
    """,
    regex.VERBOSE,
)
#: A table's row of cells between bars, ``| Port | Ships waiting |`` (two cells or more):
#: with others like it and no rule under the first, a table as trafilatura writes one.
MARKDOWN_PIPE_ROW = regex.compile(r"(?m)^[ \t]{0,3}+\|(?:[^|\n]{1,300}+\|){2,50}+[ \t]*+\r?+$")
#: A Markdown autolink, ``<https://example.com/a>`` or ``<news@example.com>``: its
#: angle brackets are markup.
MARKDOWN_AUTOLINK = regex.compile(
    r"<(?: (?:https?|ftp)://[^\s<>]{1,2000}+ | mailto:[^\s<>]{1,300}+"
    r" | [\w.+\-]{1,100}+@[\w\-]{1,100}+(?:\.[\w\-]{1,100}+){1,10}+ )>",
    regex.VERBOSE,
)
#: The name of one of HTML's elements (a fragment; the longest names first).
MARKDOWN_HTML_ELEMENT = (
    f"(?i:{'|'.join(sorted(HTML_ELEMENTS, key=lambda name: (-len(name), name)))})"
)
#: An HTML tag left in Markdown (``<br>``, ``<p class="byline">``, ``</p>``): markup.
MARKDOWN_HTML_TAG = LazyPattern(
    rf"</?+{MARKDOWN_HTML_ELEMENT}"
    r"(?![A-Za-z0-9])(?:[ \t/][^<>\n]{0,1000}+)?+>|<!--[^<>\n]{0,2000}+-->"
)
#: A line of tags alone (``<P>``, ``</TEXT>``, ``<DOC id="APW_ENG_1" type="story" >``,
#: an XML declaration ``<?xml version="1.0" ?>``): the tags a news corpus kept as
#: SGML or XML wraps its fields and paragraphs in, each on its own line; and the
#: XSum data set's field marks (``[SN]TITLE[SN]``, ``[SN]RESTBODY[SN]``).
_XML_DECLARATION = r"<\?xml[ \t][^<>\n?]{0,1000}+\?>"
_XSUM_FIELD_MARK = r"\[SN\][A-Z\-]{1,30}+\[SN\]"
MARKUP_LINE = LazyPattern(
    rf"^[ \t]*+(?:(?:{MARKDOWN_HTML_TAG.pattern}|{_XML_DECLARATION}|{_XSUM_FIELD_MARK})[ \t]*+)++\r?$",
    regex.MULTILINE,
)
#: A tag of a news corpus kept as SGML with its fields' tags inside the lines
#: (Reuters-21578): an upper-case element name (``<TITLE>``, ``</BODY>``,
#: ``<REUTERS TOPICS="YES" NEWID="1">``), or a character reference to a control
#: character (``&#2;``, ``&#3;``: the wire's start and end of text); or an
#: escaped ``<``, ``>`` or ``&`` (``&lt;SRD>``: read as the character); or a
#: document type declaration.
SGML_FIELD_TAG = regex.compile(
    r"<(/?+)([A-Z][A-Z0-9]{0,30}+)(?:[ \t\u00a0][^<>\n]{0,1000}+)?+>|&\#(?:[1-9]|[12][0-9]|3[01]);"
    r"|&(lt|gt|amp);"
    # (a file's document type declaration: ``<!DOCTYPE lewis SYSTEM "lewis.dtd">``)
    r"|<!DOCTYPE[ \t][^<>\n]{0,1000}+>"
)
#: The date such a corpus files a story under: ``<DATE>26-FEB-1987 15:01:01.79</DATE>``.
SGML_STORY_DATE = regex.compile(
    r"<DATE>[ \t\u00a0]*+([0-9]{1,2}+)-([A-Za-z]{3})-([0-9]{4})(?![0-9])"
)
#: A text-classification data set's row kept as one line of CSV, the label and the
#: story's quoted fields (AG News: ``"3","Title (AP)","AP - Description"``; a field's
#: ``"`` doubled): the label, then the title (when there are three fields) and the text.
CSV_RECORD = regex.compile(
    r'\A[\s\ufeff\u200b]*+"[0-9]{1,3}+",(?:"((?:[^"\r\n]|"")*+)",)?+"((?:[^"\r\n]|"")*+)"'
    r"[\s\u200b]*+\Z"
)
#: A doubled quote in such a row's field that opens a quotation (before a word).
CSV_DOUBLED_QUOTE = regex.compile(r'""(?=\w)')
#: A title that names its source in parentheses, glued on one line to its text that
#: opens with the same source and a dash (AG News's title and description joined, as
#: classifiers read them: ``Title (AP) AP - Description``): the title, then the space.
GLUED_SOURCE_TITLE = regex.compile(
    r"[ \t]*+(?P<title>[^\n]{8,300}?)[ \t]\((?P<source>\p{Lu}[\p{L}.&' -]{0,30}?)\)"
    r"(?P<space>[ \t])[ \t]*+(?P=source)[ \t]++-{1,2}[ \t]"
)
#: A closing tag of such a corpus (Reuters-21578's ``</TITLE>``, ``</BODY>``) inside a text:
#: the text is read in its SGML view (:func:`newsstruct._exports.sgml_view`); the corpora
#: that put their tags on lines of their own (Gigaword's ``</HEADLINE>``) are read in the
#: view of :func:`newsstruct._blocks.tag_lines_view`.
SGML_FIELD_CLOSE = regex.compile(r"</(?:TITLE|BODY|AUTHOR|REUTERS)>")

#: An HTML ``<figcaption>`` element's opening tag left in the text, and its
#: closing tag: the words between them are a caption (read as an image's alt text).
MARKDOWN_FIGCAPTION_OPEN = regex.compile(r"<(?i:figcaption)(?:[ \t][^<>\n]{0,1000}+)?+>")
MARKDOWN_FIGCAPTION_CLOSE = regex.compile(r"</(?i:figcaption)[ \t]*+>")
#: An HTML figure's tag or its caption's left in the text: the text is read as
#: Markdown (whose view blanks HTML tags).
MARKDOWN_FIGURE_TAG = regex.compile(r"</?+(?i:figure|figcaption)(?![A-Za-z0-9])")
#: HTML that only a converter leaves in a text: a closing tag of one of HTML's
#: elements (``</p>``, ``</a>``; a ticker such as ``<U>`` has none) or a line
#: break tag (``<br>``, ``<br />``): the text is read as Markdown.
MARKDOWN_HTML_SIGN = LazyPattern(
    rf"</{MARKDOWN_HTML_ELEMENT}[ \t]*+>"
    r"|<(?i:br)[ \t]*+/?+>"
)
#: An HTML character reference left in a text (``&quot;``, ``&#8220;``,
#: ``&#x201C;``): the view reads it as its character.
MARKDOWN_HTML_ENTITY = regex.compile(
    r"&(?:#[0-9]{1,7}+|#[xX][0-9a-fA-F]{1,6}+|[A-Za-z]{2,8}+[0-9]?+);"
)


#: What each byte reads as in Windows-1252, as browsers and scrapers decode it:
#: a byte that code page leaves undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D) as its
#: Latin-1 control character.
WINDOWS_1252: tuple[str, ...] = tuple(
    bytes([byte]).decode("cp1252", errors="ignore") or chr(byte) for byte in range(256)
)
#: The byte each character of :data:`WINDOWS_1252` and of Latin-1 stands for
#: (mojibake read back into its bytes).
MOJIBAKE_BYTES: dict[str, int] = {
    **{chr(byte): byte for byte in range(256)},
    **{char: byte for byte, char in enumerate(WINDOWS_1252)},
}


def _misread(char: str) -> set[str]:
    """The ways *char* written in UTF-8 reads as Windows-1252 (a byte that
    code page leaves undefined read as its Latin-1 control character, or lost
    as U+FFFD) and as Latin-1.

    >>> _misread("«"), "â€œ" in _misread("“")
    ({'Â«'}, True)
    """
    raw = char.encode()
    kept = "".join([WINDOWS_1252[byte] for byte in raw])
    lost = raw.decode("cp1252", errors="replace")
    return {kept, lost, raw.decode("latin-1")}


#: Mojibake (:mod:`newsstruct._data.mojibake`) -> the character it stands for:
#: the punctuation's three characters (``â€œ`` -> ``“``), a Latin-1 sign's two
#: (``Â«`` -> ``«``), ``Â`` before a space (a no-break space's first half, its
#: second read as a space already) and ``â€`` whose third character was lost
#: (a closing ``”``).
MOJIBAKE_READINGS: dict[str, str] = {
    **{reading: char for char in MOJIBAKE_PUNCTUATION for reading in _misread(char)},
    **{"\u00c2" + chr(code): chr(code) for code in range(0xA0, 0xC0)},
    "\u00c2": " ",
    "\u00e2\u20ac": "\u201d",
}
#: Mojibake of punctuation (:data:`MOJIBAKE_READINGS`): the view reads it as
#: its character.  ``Â`` alone counts before a space, ``â€`` alone before white
#: space or punctuation.
MOJIBAKE = LazyPattern(
    "|".join(
        regex.escape(reading)
        for reading in sorted(MOJIBAKE_READINGS, key=len, reverse=True)
        if len(reading) > 2 or (reading[0] == "\u00c2" and len(reading) == 2)
    )
    + r"|\u00c2(?= )|\u00e2\u20ac(?=[\s.,;:!?)\]]|$)"
)

#: What a byte 0x80-0xBF (the continuation of a UTF-8 sequence) reads as in
#: Windows-1252 (its control character where that code page has none) or in Latin-1.
MOJIBAKE_CONTINUATION = "".join(
    sorted(set(WINDOWS_1252[0x80:0xC0]) | {chr(byte) for byte in range(0x80, 0xC0)})
)
_CONTINUATION = f"[{regex.escape(MOJIBAKE_CONTINUATION)}]"
#: The continuations that no text holds as written after a letter: no space and
#: no punctuation (``‚`` and ``»`` may follow a capital or a word).
_SURE_CONTINUATION = "[{}]".format(
    regex.escape(
        "".join(
            char
            for char in MOJIBAKE_CONTINUATION
            if not char.isspace()
            and char
            not in "\u00ab\u00bb\u2018\u2019\u201a\u201c\u201d\u201e\u2013\u2014\u2026\u2022\u2039\u203a"
        )
    )
)
#: Mojibake of a character written in two, three or four bytes (``Ã©`` for
#: ``é``, ``Å‚`` for ``ł``, ``Ð¼`` for ``м``, ``åŒ—`` for ``北``): the lead byte
#: read as a letter from ``Ã`` to ``ô``, then its continuations; a lead letter
#: of two bytes and a space are a letter whose second byte, a no-break space, was
#: read as a space (``Ã `` for ``à``, ``Å `` for ``Š``, ``Ð `` for ``Р``); a lead letter, a
#: space and a combining accent are a continuation that Unicode normalization
#: (NFKC, NFKD) took apart (``Ã ̈``, ``¨`` as a space and U+0308: ``è``).  Read only
#: in a text that shows :data:`LETTER_MOJIBAKE_SIGN` (``Â`` and ``â€``, the
#: punctuation's, are :data:`MOJIBAKE`).
LETTER_MOJIBAKE = LazyPattern(
    rf"[\u00c3-\u00df]{_CONTINUATION}"
    rf"|[\u00e0-\u00ef]{_CONTINUATION}{{2}}"
    rf"|[\u00f0-\u00f4]{_CONTINUATION}{{3}}"
    r"|[\u00c3-\u00df][ ][\u0301\u0304\u0308\u0327]"
    r"|[\u00c3-\u00df][ ]"
)
#: Mojibake that no text holds as written: a lead letter from ``Ã`` to ``ô``
#: then a continuation that is no space and no punctuation (``Ã©``, ``Ð¼``,
#: ``åŒ—``; not ``SÃO``).  A text that shows one was decoded wrongly as a
#: whole, so all its mojibake is read (:data:`LETTER_MOJIBAKE`).  (One pair of
#: classes: a text is scanned for it in a few nanoseconds a character.)
LETTER_MOJIBAKE_SIGN = regex.compile(rf"[\u00c3-\u00f4]{_SURE_CONTINUATION}")
#: A soft hyphen inside a word (``Bundes\u00adregierung``), where a site allows a
#: line break: the view reads the word whole.
SOFT_HYPHEN_IN_WORD = regex.compile(r"(?<=\p{L})\u00ad(?=\p{L})")
#: A backslash that escapes a mark (``\*``, ``\_``, ``\[``) or ends a line (a
#: hard line break): markup; the mark after it is a character.
MARKDOWN_ESCAPE = regex.compile(r"\\(?=[\\`*_{}\[\]()#+\-.!<>|~]|\r?\n)")
#: A field of a scraper's metadata header: ``title: Talks end``, ``URL Source: https://...``.
SCRAPED_FIELD = regex.compile(r"(?P<name>[A-Za-z][A-Za-z _\-]{0,30}+):[ \t]*+(?P<value>[^\n]*+)")
#: An item of a metadata list, a field on a list item's line (a read-it-later
#: service's export: ``- Author: [[Jane Doe]]``, ``- URL: https://...``): the
#: item's ``mark``, the field's ``name`` and ``value``.
MARKDOWN_METADATA_ITEM = regex.compile(
    r"(?m)^[ \t]{0,3}+(?P<mark>[-*+])[ \t]++"
    r"(?P<name>[A-Za-z][A-Za-z _\-]{0,30}+):[ \t]++(?P<value>[^\n]{1,1000}+)$"
)
#: A wiki link's brackets around its words (Obsidian, Logseq): ``[[Jane Doe]]``.
WIKI_LINK = regex.compile(r"(?P<open>\[\[)[^\[\]\n]{1,300}+(?P<close>\]\])")
#: The first line of a web archive record (Common Crawl's WARC and WET files): ``WARC/1.0``.
WARC_VERSION = regex.compile(r"WARC/[0-9]\.[0-9][ \t]*+\r?\n")
#: A field of a web archive record's header: ``WARC-Target-URI: https://...``,
#: ``WARC-Identified-Content-Language: eng``, ``Content-Length: 1873``.
WARC_FIELD = regex.compile(r"(?P<name>[A-Za-z][A-Za-z0-9\-]{0,60}+):[ \t]*+(?P<value>[^\n]*+)")
#: The mark between two source documents of one Multi-News record: ``|||||``
#: between spaces (or at the text's end).
RECORD_DOCUMENT_MARK = regex.compile(r"(?<![^\s])\|{5}(?![^\s])")
#: A bracket token of a Penn Treebank tokenizer (``-lrb-``, ``-RRB-``), a word
#: of its own.
BRACKET_TOKEN = regex.compile(r"(?<![\p{L}\p{N}\-])-(?i:[lr][rsc]b)-(?![\p{L}\p{N}\-])")
#: What a text holds when it may hold such a token (a cheap gate, with the
#: standard engine).
BRACKET_TOKEN_HINT = re.compile(r"-[lLrR][rRsScC][bB]-")
#: A news API's note that it cut the article's content short (NewsAPI:
#: ``... ship tracking data… [+2871 chars]``), ending its line.
TRUNCATION_MARK = regex.compile(
    r"(?<=[^\s])[ \t\u00a0\u202f]++\[\+\d{1,7}+[ \t\u00a0\u202f]chars\][ \t\u00a0\u202f]*+(?=\r?\n|\Z)"
)
#: A field of a TOML front matter (Hugo): ``title = "Talks end"``, ``date = 2025-03-04``.
SCRAPED_TOML_FIELD = regex.compile(
    r"(?P<name>[A-Za-z][A-Za-z0-9_\-]{0,30}+)[ \t]*+=[ \t]*+(?P<value>[^\n]*+)"
)
#: A TOML value (``value``) with what may follow it on its line: a string
#: (``"Talks end"``, ``'Talks end'``), an array on one line, or a bare value
#: (``2025-03-04``, ``true``: with the spaces after it), then perhaps a comment
#: (``# ...``).
SCRAPED_TOML_VALUE = regex.compile(
    r"""
    (?: " (?P<value> (?: [^"\\\n] | \\ . ){0,1000}+ ) "
      | ' (?P<value> [^'\n]{0,1000}+ ) '
      | (?P<value> \[ [^\]\n]{0,1000}+ \] | [^\s\#"'\[] [^\n\#]{0,1000}+ ) )
    [ \t]*+ (?: \# [^\n]*+ )?+
    """,
    regex.VERBOSE,
)
#: An item of a YAML list written on one line, ``["Jane Doe", 'Tom Roe', Ann Lee]``:
#: the item's words (``value``), without its quotation marks.
SCRAPED_LIST_ITEM = regex.compile(
    r"""
    " (?P<value> [^"\n]{0,300}+ ) " | ' (?P<value> [^'\n]{0,300}+ ) '
    | (?P<value> [^,\[\]"'\n]{1,300}+ )
    """,
    regex.VERBOSE,
)
#: An item of a YAML list on a line of its own, under its field: ``  - Jane Doe``.
SCRAPED_ITEM_LINE = regex.compile(r"-[ \t]++(?P<value>[^\n]{1,300}+)")
#: A word, to compare headlines written with or without markup.
SCRAPED_WORD = regex.compile(r"\w++")
#: A run of Markdown emphasis marks (paired in code, see ``_markdown._emphasis``).
MARKDOWN_EMPHASIS_RUN = regex.compile(r"\*++|_++")
#: Something only Markdown writes: a heading line, a link (a reference link too),
#: or words in bold.
MARKDOWN_SIGN = regex.compile(
    r"""
    (?m: ^ [ \t]{0,3}+ \#{1,6}+ [ \t]++ [^\#\s] )           # # Heading (not a # # # end mark)
    | \[ [^\[\]\n]{1,300}+ (?: \r?+\n [^\[\]\n]{1,300}+ )?+ \] \( [^\s()]{1,2000}+ \)  # [label](target)
    | \[ [^\[\]\n]{1,300}+ \] \[ [^\[\]\n]{0,100}+ \]        # [label][ref]
    | (?<! [*\w] ) \*\* [^\s*] | (?<! [_\w] ) __ [^\s_]        # **bold**, __bold__
    """,
    regex.VERBOSE,
)
#: A whole block that is a Markdown image, ``![alt text](url "title")``: the
#: alt text is its caption (``alt``), the link and its title are furniture.
MARKDOWN_IMAGE = regex.compile(
    r"""
    !\[ (?P<alt> [^\[\]]*+ ) \]          # ![alt text] (no brackets)
    \( [ \t]*+ [^\s()]*+                  # (url
        (?: [ \t]++ (?: "[^"\n]*+" | '[^'\n]*+' ) )?+   # "title"
    [ \t]*+ \)
    """,
    regex.VERBOSE,
)

# ---------------------------------------------------------------------------
# datelines and dates  (owned by _dateline.py / _dates.py)
# ---------------------------------------------------------------------------
# Every dateline pattern is matched at a block start against a window of at
# most DATELINE_WINDOW characters, and every loop is possessive and bounded.
# A space inside a dateline is ``[ \t\u00a0\u202f]`` (no-break spaces included).

from newsstruct._data.months import AMBIGUOUS_MONTHS as _AMBIGUOUS_MONTHS  # noqa: E402
from newsstruct._data.months import MONTHS as _MONTHS  # noqa: E402
from newsstruct._data.months import WEEKDAYS as _WEEKDAYS  # noqa: E402

#: Characters of a block searched for its dateline.
DATELINE_WINDOW = 200

#: Every month name or abbreviation in any known language: a named list (the
#: ``regex`` module matches it longest first, like an alternation sorted by
#: length, and compiles it far faster); see :func:`_dl_compile`.
_DL_MONTH_NAMES = r"\L<dl_months>"
#: The named lists of the dateline and date patterns.
_DL_LISTS = {
    "dl_months": sorted({*_MONTHS, *_AMBIGUOUS_MONTHS}, key=len, reverse=True),
    "dl_weekdays": sorted(_WEEKDAYS, key=len, reverse=True),
}


def _dl_compile(pattern: str, flags: int = 0) -> LazyPattern:
    """A dateline or date pattern with the named lists of :data:`_DL_LISTS`.

    Compiled on first use: each month list costs milliseconds to compile and
    the place words repeat it, which would make ``import newsstruct`` slow.
    """
    return LazyPattern(pattern, flags, **_DL_LISTS)


#: A month name or abbreviation (optional full stop).
_DL_MONTH = rf"(?i:{_DL_MONTH_NAMES})(?![\p{{L}}])\.?"
#: A weekday name.
_DL_WEEKDAY = r"(?i:\L<dl_weekdays>)(?![\p{L}])\.?"
#: A day may be masked (``march ##``: Gigaword writes every digit as ``#``).
_DL_DAY = r"(?:0?[1-9]|[12][0-9]|3[01]|\#\#?+)(?![0-9#])"
#: An English ordinal's ending after a day: ``4th November, 2025`` (WAM), ``Nov 4th``.
_DL_ORDINAL = r"(?:(?:st|nd|rd|th)(?![\p{L}]))"
#: A year; a time glued on as pages copied to text often have it
#: (``November 3, 20256:15 AM``) does not hide it.
_DL_YEAR = r"(?:1[89][0-9]{2}|2[0-9]{3})(?:(?![0-9])|(?=[0-9]{1,2}:[0-9]{2}(?![0-9])))"
#: A date as written in a dateline: ``March 26``, ``Oct. 20``, ``Aug 29, 2014``,
#: ``2 March``, ``10 juil 2024``, ``21 Nov. 2024``, ``25 de mayo``, ``12 мар``,
#: ``12.03.2024``, ``04/11/2025``, ``04-11-2025`` (which of day and month comes
#: first in the last two is read by :func:`newsstruct._dates.dateline_numeric_date`).
_DL_DATE = rf"""
    (?: {_DL_DAY} \. (?:0?[1-9]|1[0-2]) \. {_DL_YEAR}                                  # 12.03.2024
      | {_DL_DAY} / {_DL_DAY} / {_DL_YEAR} | {_DL_DAY} - {_DL_DAY} - {_DL_YEAR}       # 04/11/2025
      | {_DL_MONTH} [ \t\u00a0\u202f]{{0,2}}+ {_DL_DAY} {_DL_ORDINAL}?+ (?: [ \t\u00a0\u202f] d\. )?+   # (Lithuanian's day: lapkričio 4 d.)
        (?: \. (?= [ \t\u00a0\u202f]*+ \( ) )?+                          # (Hungarian's day: március 5. (MTI))
        (?: ,?+ [ \t\u00a0\u202f]++ {_DL_YEAR} )?+                                                  # month first
      | {_DL_DAY} (?: \.?+ | {_DL_ORDINAL} ) [ \t\u00a0\u202f]++ (?:de[ \t\u00a0\u202f]++)?+ {_DL_MONTH}
        (?: (?:[ \t\u00a0\u202f]++de | ,)?+ [ \t\u00a0\u202f]++ {_DL_YEAR} (?:\.(?=[ \t\u00a0\u202f]))?+ )?+  # day first
                                                                           # (a year's full stop: ``4. studenoga 2025.``)
      | {_DL_YEAR} \. [ \t\u00a0\u202f]++ {_DL_MONTH} [ \t\u00a0\u202f]++ {_DL_DAY} \.?+      # year first: 2025. november 4.
        (?: , [ \t\u00a0\u202f]++ \p{{Ll}}{{4,12}}+ (?= [ \t\u00a0\u202f]*+ \( ) )?+   # (its weekday before the
                                                                           # agency: 2026. március 5., csütörtök (MTI))
    )
"""
#: A capitalised place word: ``REYKJAVIK``, ``St.``, ``N.J.``, ``W.Va.``,
#: ``TROIS-RIVIERES``; never a month name followed by a day.
_DL_PLACE_WORD = rf"""
    (?! (?= \p{{L}}++\.?+[ \t\u00a0\u202f]{{0,2}}+[0-9\#] )             # (letters then a number: cheap)
        (?i:{_DL_MONTH_NAMES})\.?+[ \t\u00a0\u202f]{{0,2}}+[0-9\#] )
    (?: \p{{Lu}} | \p{{Lo}} )                                 # capital, or a letter of an uncased script
    (?: [\p{{L}}\p{{M}}'’] | - (?=\p{{L}}) | \.(?=\p{{L}}) )*+ \.?+     # (a hyphen joins letters)
"""
#: Lower-case words joining the parts of a place name (``Rio de Janeiro``).
_DL_CONNECTOR = r"(?:de|del|della|di|da|do|dos|das|du|des|la|le|el|al|am|an|der|den|op|upon|on|sur|of|and|y|e|van|von|im|in|bei|aan|zu|sous)"
#: The same words, as a set.
DATELINE_CONNECTORS = frozenset(_DL_CONNECTOR[3:-1].split("|"))
#: A place: up to six words, e.g. ``SOUTH BELOIT``, ``Gaza City``, ``RIO DE JANEIRO``.
_DL_PLACE = rf"""
    {_DL_PLACE_WORD} (?: [ \t\u00a0\u202f] (?:{_DL_CONNECTOR}[ \t\u00a0\u202f])?+ {_DL_PLACE_WORD} ){{0,5}}+
    (?: [ \t\u00a0\u202f] \p{{Ll}} \. \p{{Lu}} \p{{Ll}}?+ \. )?+                          # Frankfurt a.M., Freiburg i.Br.
    (?: [ \t\u00a0\u202f]?+ \( \p{{Lu}} [\p{{L}} \-]{{1,28}}+ \) (?= [ \t\u00a0\u202f]?+ \[ ) )?+
                                                       # the state before the country (ANI): Mumbai (Maharashtra) [India]
    (?: [ \t\u00a0\u202f]?+ \[ [^\]\n]{{1,30}}+ \] )?+                                   # New Delhi [India]
"""
#: A location: places joined by ``/`` and followed by up to three
#: qualifiers after commas (state, province, country).
DATELINE_LOCATION = rf"""
    (?P<location>
      (?P<lower> (?:\p{{Lu}}\p{{Ll}}++|\p{{Ll}}++) (?: [ \t\u00a0\u202f] \p{{Ll}}++ ){{1,2}}+  # lower case: La paz
      | \p{{Ll}}++ )                                                        # peoria
      (?= [ \t\u00a0\u202f]*+ , [ \t\u00a0\u202f]*+ {_DL_DATE}                                         # (only before a date,
        | [ \t\u00a0\u202f]++ \( [ \t]++ \p{{Ll}}{{2,12}}+ [ \t]++ \) )                           # or an agency in lower case,
                                                                                  # spaced off its brackets as tokenized
                                                                                  # text has it: new york ( cnn ) --)
    | {_DL_PLACE} (?: [ \t\u00a0\u202f]?+ / [ \t\u00a0\u202f]?+ {_DL_PLACE} ){{0,4}}+                 # NEW YORK/SAN FRANCISCO
      (?: [ \t\u00a0\u202f]?+ [,\u060c][ \t\u00a0\u202f]++ {_DL_PLACE} ){{0,3}}+                       # , N.J. / , Pakistan / ، مصر
    )
"""
#: An agency name in brackets: ``Reuters``, ``dpa/lni``, ``CBS.MW``, ``Dow Jones``.
_DL_AGENCY = r"[\p{L}\p{N}] (?: [\p{L}\p{N}.&'/\-] | [ \t\u00a0\u202f](?=[\p{L}\p{N}]) ){0,30}+"
#: An agency name between slashes: ``/TASS/``.
_DL_AGENCY_PLAIN = r"[\p{L}\p{N}] (?: [\p{L}\p{N}.&'\-] | [ ](?=[\p{L}\p{N}]) ){0,30}+"
#: A time after the date in a dateline's bracket: ``6:12 PM EST``.
_DL_CLOCK = (
    r"(?: [0-2]?[0-9] : [0-5][0-9] [ \t]*+ (?i: [ap]\.?m\.? ) (?: [ \t]++ \p{Lu}{2,4}+ )?+ )"
)
#: A dateline dash: ``-``, ``--``, ``—``, ``–``, ``_`` (ANPA), ``.-`` (EFE), ``:`` (ANI).
_DL_DASH = r"(?: \.?+ [\p{Pd}\u2212_]{1,3}+ | : )"

#: The main dateline: location, optional date, optional agency, dash.
#: ``NEW YORK, March 26 (Reuters) -``, ``SALVADOR, Feb 26 -``, ``MANILA -``,
#: ``Naypyidaw, Myanmar (CNN)``, ``МОСКВА, 12 мар - РИА Новости.``
DATELINE_MAIN = _dl_compile(
    rf"""
    {DATELINE_LOCATION}
    (?: [ \t\u00a0\u202f]*+ [,\u060c]?+ [ \t\u00a0\u202f]*+
        (?P<date> {_DL_DATE} | {_DL_DAY} (?= [ \t\u00a0\u202f]*+ [(/] ) )       # day only: MADRID, 21 (EFE)
        (?: [,.]?+ [ \t\u00a0\u202f]++                                      # TOKYO, Jan. 5 Kyodo -
            (?P<plain_agency> \p{{Lu}}[\p{{L}}\-]*+ (?:[ ]\p{{Lu}}[\p{{L}}\-]*+)?+ ) )?+  # Київ, 4 листопада. Укрінформ.
        ,?+
      | [ \t\u00a0\u202f]++ \( (?P<date> {_DL_DATE} ) \) (?= [ \t\u00a0\u202f]*+ : )  # KUALA LUMPUR (Nov 4):
      | [ \t\u00a0\u202f]++ \( (?= [^)\n]{{1,20}}? , [ \t\u00a0\u202f]++ {_DL_YEAR} )
        (?P<date> {_DL_DATE} ) (?: ,?+ [ \t\u00a0\u202f]++ {_DL_CLOCK} )?+ \)
        (?= [ \t\u00a0\u202f]*+ \p{{Pd}} )                                  # a full date, its year after a comma,
                                                                           # in brackets, a dash after:
                                                                           # WASHINGTON (Nov. 4, 2025) --
    )?+                                                                    # date
    (?: [ \t\u00a0\u202f]*+ (?: \p{{Pd}}{{1,3}}+ )?+ \( [ \t\u00a0\u202f]*+ (?P<agency> {_DL_AGENCY} ) [ \t\u00a0\u202f]*+ \)
                                                                           # (agency), --(BUSINESS WIRE)
      | [ \t\u00a0\u202f]*+ \.?+ [ \t\u00a0\u202f]*+ (?P<slash> / (?P<slash_agency> {_DL_AGENCY_PLAIN} ) / \.?+ ) )?+  # /TASS/.
    (?P<dash> [ \t\u00a0\u202f]*+ {_DL_DASH} )?+                                         # closing dash
    (?: [ \t\u00a0\u202f]++ (?P<tail> \p{{Lu}}[\p{{L}}\-]*+ (?:[ \t\u00a0\u202f]\p{{Lu}}[\p{{L}}\-]*+)?+ ) \. )?+  # - РИА Новости.
    """,
    regex.VERBOSE | regex.V0,
)

#: The dashes of ``\p{Pd}`` (Unicode 16, as the ``regex`` module knows them),
#: spelled out for the standard engine; ``tests/test_dateline.py`` checks that
#: they are the same set.
DATELINE_DASH_CHARS = (
    "\\-\u058a\u05be\u1400\u1806\u2010-\u2015\u2e17\u2e1a\u2e3a\u2e3b\u2e40\u2e5d"
    "\u301c\u3030\u30a0\ufe31\ufe32\ufe58\ufe63\uff0d\U00010d6e\U00010ead"
)

#: A character that every main dateline longer than its location needs: the
#: bracket of an agency, a slash (``/TASS/``), a dash (``[(/:_\p{Pd}\u2212]``)
#: or a colon.  The standard engine finds a character of a set about twice as
#: fast as ``regex`` (it is searched for in most blocks at the top of a story).
DATELINE_MARK = re.compile(f"[(/:_{DATELINE_DASH_CHARS}\u2212]")

#: A dateline that opens with its agency: ``(ANSA) - ROMA, 1 LUG -``,
#: ``(CNN) --``, ``(Bloomberg) --``.
DATELINE_AGENCY_FIRST = regex.compile(
    rf"""
    \( [ \t\u00a0\u202f]*+ (?P<agency> {_DL_AGENCY} ) [ \t\u00a0\u202f]*+ \)
    (?P<dash> [ \t\u00a0\u202f]*+ {_DL_DASH} )?+
    """,
    regex.VERBOSE,
)

#: Yonhap's Korean dateline, place and agency in one bracket: ``(서울=연합뉴스)``.
DATELINE_PLACE_IS_AGENCY = regex.compile(
    r"""
    \( [ ]*+ (?P<location> \p{L}[\p{L}\p{M}]{0,20}+ ) [ ]*+ = [ ]*+     # (서울=
    (?P<agency> \p{L}[\p{L}\p{M} ]{0,20}+ ) [ ]*+ \)                   # 연합뉴스)
    """,
    regex.VERBOSE,
)

#: Xinhua's and China News Service's Chinese dateline: ``新华社北京3月31日电``.
DATELINE_CHINESE = regex.compile(
    r"""
    (?P<agency> 新华社 | 中新社 | 中新网 | 人民网 | 央视网 | 法新社 | 路透社 | 美联社 | 共同社 | 塔斯社 )
    (?P<location> \p{Han}{1,8}+ )                                       # 北京
    (?P<date> (?:[0-9]{4}年)?+ [0-9]{1,2}月 [0-9]{1,2}日 )                 # 3月31日
    电                                                                   # "cable"
    """,
    regex.VERBOSE,
)

#: A news corpus's dateline field, a place and an ISO date alone (Reuters RCV1:
#: ``<dateline>ST. LOUIS 1996-08-21</dateline>``): the ``place`` (its space after
#: it) and the ``date``'s ``year``, ``month`` and ``day``.
DATELINE_ISO_FIELD = regex.compile(
    r"(?P<place>\p{Lu}[^\n0-9]{0,60}+)"
    r"(?P<date>(?P<year>(?:19|20)[0-9]{2})-(?P<month>[01][0-9])-(?P<day>[0-3][0-9]))"
)
#: A dateline set on three lines, as a page copies it (CNN: ``Boston`` / ``CNN`` /
#: ``—``): the place, the agency and a dash, each alone on its line.
DATELINE_STACKED = regex.compile(
    r"""
    (?P<place> \p{Lu} [^\n]{0,40}? ) [ \t]*+ \r?+ \n [ \t]*+
    (?P<agency> [^\s] [^\n]{0,29}? ) [ \t]*+ \r?+ \n [ \t]*+
    [\u2014\u2013\-]{1,2}+ (?= \s | \Z )           # (the story may follow on its line)
    """,
    regex.VERBOSE,
)

#: A dateline with a date but no place: ``Jan. 5 (Bloomberg) --``.
DATELINE_DATE_FIRST = _dl_compile(
    rf"""
    (?P<date> {_DL_DATE} ) [ \t\u00a0\u202f]*+ \( [ \t\u00a0\u202f]*+ (?P<agency> {_DL_AGENCY} ) [ \t\u00a0\u202f]*+ \)
    (?P<dash> [ \t\u00a0\u202f]*+ {_DL_DASH} )?+
    """,
    regex.VERBOSE,
)

#: A dateline that opens with the news service's name, the date and time in
#: brackets after it (a legal news service): ``Law360 (November 4, 2025,
#: 6:12 PM EST) --``, ``Law360, New York (November 4, 2025, 6:12 PM EST) --``;
#: the caller checks the name against the agencies.
DATELINE_AGENCY_DATED = _dl_compile(
    rf"""
    (?P<agency> \p{{Lu}} [\p{{L}}\p{{N}}]{{1,20}}+ ) (?: , [ \t\u00a0\u202f]++ (?P<location> {_DL_PLACE} ) )?+
    [ \t\u00a0\u202f]++ \( (?P<date> {_DL_DATE} ) (?: ,?+ [ \t\u00a0\u202f]++ {_DL_CLOCK} )?+ \)
    (?P<dash> [ \t\u00a0\u202f]*+ {_DL_DASH} )
    """,
    regex.VERBOSE,
)

#: A place closed by a full stop before the story's first sentence (East African
#: dailies): ``Dar es Salaam. The Bank of Tanzania ...``; the caller checks the
#: place against the gazetteer.
DATELINE_FULL_STOP = regex.compile(
    r"""
    (?P<location> \p{Lu} [\p{L}'\u2019\-]*+
      (?: [ ] (?: es | el | de | da | al | \p{Lu} [\p{L}'\u2019\-]*+ ) ){0,3}+ )   # Dar es Salaam
    \. (?: - (?= [ \t] ) )?+ [ \t]++ (?= \p{Lu} \p{Ll} )                           # . The ..., .- El ...
    """,
    regex.VERBOSE,
)

#: An RSS-style source prefix: ``AP - ``, ``Canadian Press - ``.
DATELINE_SOURCE = regex.compile(
    r"""
    (?P<agency> \p{L}[\p{L}.\-]*+ (?: [ \t\u00a0\u202f]\p{Lu}[\p{L}.\-]*+ ){0,2}+ )   # the source's name
    [ \t\u00a0\u202f]++ [\p{Pd}\u2212]{1,2}+ [ \t\u00a0\u202f]++                                      # spaced dash
    """,
    regex.VERBOSE,
)

#: A repeat or correction flag before the dateline: ``RPT --``, ``REFILE-``.
DATELINE_FLAG = regex.compile(
    r"""
    (?: (?: RPT | REPEAT | REFILE | CORRECTED | UPDATE[ \t\u00a0\u202f]?[0-9]{0,2} )  # the flag
        [ \t\u00a0\u202f]*+ (?: [\p{Pd}\u2212]{1,2}+ | : ) [ \t\u00a0\u202f]*+      # its dash
      | \*{2,8}+ )                                                        # wire noise: ****LONDON
    """,
    regex.VERBOSE,
)

#: A byline glued before the dateline on the same line, set off by two or more
#: spaces or a tab: ``By MICHAEL LIEDTKE     SAN FRANCISCO (AP) --``.
DATELINE_GLUED_BYLINE = regex.compile(
    r"""
    By [ \t\u00a0]++                                                  # By
    (?: \p{Lu}[\p{L}\p{M}.'’\-]*+ [ \u00a0] ){1,5}+                    # up to five name words
    [ \t\u00a0]++                                                     # a gap of 2+ spaces
    """,
    regex.VERBOSE,
)

#: The place a time stamp ends with, in capitals after a spaced dash:
#: ``Published - November 04, 2025 08:30 pm IST - THIRUVANANTHAPURAM`` (The Hindu).
DATELINE_AFTER_STAMP = regex.compile(
    r"""
    [ \t\u00a0]++ [\p{Pd}\u2212|\u25cf\u2022] [ \t\u00a0]++                  # a spaced dash, bar or dot
    (?P<location> \p{Lu}[\p{Lu}\p{M}.'’\-]*+ (?: [ ] \p{Lu}[\p{Lu}\p{M}.'’\-]*+ ){0,2}+ )  # PLACE
    [ \t\u00a0]*+ \Z
    """,
    regex.VERBOSE,
)

#: A place, a spaced dash and a stamp, the whole line: ``Madrid - 04 nov 2025 - 18:12 CET``
#: (El País), ``LONDON - Nov 4, 2025 - 18:12``, ``Barcelona 04/11/2025 18:12`` (a
#: numeric date right after the place); the stamp must also be a date line
#: (:data:`BOILERPLATE_DATE_LINE`).
DATELINE_BEFORE_STAMP = LazyPattern(
    r"""
    \A (?: (?P<location> \p{Lu}[\p{L}\p{M}.'’\-]*+
        (?: [ ] (?: (?: de | del | da | do | di ) [ ] )?+ \p{Lu}[\p{L}\p{M}.'’\-]*+ ){0,2}+ )  # Madrid,
                                                                              # Ciudad de México
      [ \t\u00a0]++ [\p{Pd}\u2212|\u25cf\u2022/] [ \t\u00a0]++                 # a spaced dash, bar, dot or
                                                                              # slash (Milenio)
      | (?P<location> \p{Lu}[\p{Lu}\p{M}.'’\-]++ (?: [ ] \p{Lu}[\p{Lu}\p{M}.'’\-]++ ){0,2}+ )
      [ \t\u00a0]++ (?= \p{Lu}\p{Ll}{2} )                                     # or in capitals before a
                                                                              # month: ISTANBUL Nov 04, 2025
      | (?P<location> \p{Lu}[\p{L}\p{M}.'’\-]*+ (?: [ ] \p{Lu}[\p{L}\p{M}.'’\-]*+ ){0,2}+ )
      [ \t\u00a0]++ (?= \d{1,2} [./] \d{1,2} [./] \d{4} ) )                  # or before a numeric date
                                                                              # (La Vanguardia):
                                                                              # Barcelona 04/11/2025 18:12
    (?P<stamp> [\p{L}\p{N}] [^\n]{0,80}+ )                                    # 04 nov 2025 - 18:12 CET
    \Z
    """,
    regex.VERBOSE,
)

#: A release's place and date alone on a line over its lead, with a comma
#: between them (the European Commission: ``Brussels, 3 March 2026``; ``Geneva,
#: March 4, 2026``): the place (group ``location``, one to three capitalised
#: words) and a full date with its year (group ``stamp``).
DATELINE_PLACE_COMMA_DATE = LazyPattern(
    r"""
    \A (?P<location> \p{Lu}[\p{L}\p{M}.'’\-]*+ (?: [ ] \p{Lu}[\p{L}\p{M}.'’\-]*+ ){0,2}+ )
    , [ \t\u00a0]++ (?: (?: le | den | el | il ) [ ] )?+                       # (Paris, le; Kiel, den)
    (?P<stamp> \d{1,2} \.?+ [ ] \p{L}{3,9}+ [ ] \d{4}                          # 3 March 2026, 4. März 2026
             | \d{1,2} [ ] de [ ] \p{L}{3,9}+ [ ] de [ ] \d{4}                  # 4 de marzo de 2026
             | \p{L}{3,9}+ \.?+ [ ] \d{1,2} , [ ] \d{4} )                       # March 4, 2026
    \Z
    """,
    regex.VERBOSE,
)

#: A release's place and full date closed by a full stop before its first
#: sentence (Spanish, French and German releases: ``Madrid, 9 de marzo de
#: 2026. La Sala ...``, ``Paris, le 9 mars 2026. La gendarmerie ...``,
#: ``Berlin, 9. März 2026. Die ...``): the place (group ``location``, one to
#: three capitalised words) and the date with its year (group ``date``).
DATELINE_DATED_FULL_STOP = LazyPattern(
    r"""
    (?P<location> \p{Lu}[\p{L}\p{M}'’\-]*+
      (?: [ ] (?: (?: de | del | da | do | di ) [ ] )?+ \p{Lu}[\p{L}\p{M}'’\-]*+ ){0,2}+ )
    , [ \t\u00a0]++ (?: (?: le | el ) [ \t\u00a0]++ )?+
    (?P<date> \d{1,2} \.?+ [ \t\u00a0]++ (?: de [ \t\u00a0]++ )?+ \p{L}{3,10}+ [ \t\u00a0]++
      (?: de [ \t\u00a0]++ )?+ \d{4} )
    \. [ \t\u00a0]++ (?= \p{Lu} \p{Ll} )
    """,
    regex.VERBOSE,
)

#: A date with a year anywhere in the text: ``May 19, 2021``, ``19 May 2021``,
#: ``4th of November 2024``, ``Feb 22, 2025``, ``2021-05-19``, ``19-May-2021``.
DATE_WITH_YEAR = _dl_compile(
    rf"""
    (?<![\p{{L}}\p{{N}}])
    (?: {_DL_MONTH} [ \t\u00a0\u202f]?+ {_DL_DAY} (?:st|nd|rd|th)?+ ,?+ [ \t\u00a0\u202f]++ {_DL_YEAR}   # May 19, 2021
      | {_DL_DAY} (?:st|nd|rd|th|\.)?+ [ \t\u00a0\u202f]++ (?:(?:de|of)[ \t\u00a0\u202f]++)?+ {_DL_MONTH} (?:[ \t\u00a0\u202f]++de)?+ ,?+ [ \t\u00a0\u202f]++ {_DL_YEAR}
                                                       # 19 May 2021, 4 Nov, 2025, 4th of November 2024
      | {_DL_YEAR} - (?:0[1-9]|1[0-2]) - (?:0[1-9]|[12][0-9]|3[01]) (?![0-9])   # 2021-05-19
      | {_DL_DAY} - {_DL_MONTH} - {_DL_YEAR}                                    # 19-May-2021
      | {_DL_DAY} \. {_DL_MONTH} [ \t\u00a0\u202f]?+ {_DL_YEAR}   # 4.nov.2025 (Folha de S.Paulo),
                                                       # 04.Nov 2025 (APA's transmission line)
    )
    """,
    regex.VERBOSE,
)

#: The day or month of a numeric date: 1 to 31, with or without a leading zero.
_DL_NUMERIC_PART = r"(?:0?[1-9]|[12][0-9]|3[01])"

#: A numeric date, day and month in either order: ``11/04/2025``, ``04.11.2025``
#: (which comes first is decided by :func:`newsstruct._dates.numeric_date`).
DATE_NUMERIC = regex.compile(
    rf"""
    (?<![\p{{N}}/.])                                                   # not inside a longer number
    (?P<first> {_DL_NUMERIC_PART} ) (?P<sep> [/.] )                     # 11/
    (?P<second> {_DL_NUMERIC_PART} ) (?P=sep)                           # 04/
    (?P<year> {_DL_YEAR} )                                              # 2025
    """,
    regex.VERBOSE,
)

#: A numeric date with a two-digit year, day and month in either order
#: (``04/11/25``, ``04.11.25``: French and German pages' stamps); read in a
#: time stamp only (:func:`newsstruct._dates.article_date`).
DATE_NUMERIC_SHORT_YEAR = regex.compile(
    rf"""
    (?<![\p{{N}}/.])                                                   # not inside a longer number
    (?P<first> {_DL_NUMERIC_PART} ) (?P<sep> [/.\-] )                   # 04/
    (?P<second> {_DL_NUMERIC_PART} ) (?P=sep)                           # 11/
    (?P<year> [0-9]{{2}} ) (?![\p{{N}}/.:\-])                            # 25
    """,
    regex.VERBOSE,
)

#: A US time zone after a time (``06:00 PM EST``, ``7:30 ET``): the page dates
#: month first.
DATE_US_ZONE = regex.compile(r"(?<![\p{L}])(?:[ECMP][SD]?T|AKST|HST)(?![\p{L}])")

#: A time zone of a country that dates day first (``IST``, ``CET``, ``BST``,
#: ``GMT+1``, ``AEDT``), after a numeric date in a time stamp.
DATE_DAY_FIRST_ZONE = regex.compile(
    r"(?<![\p{L}])(?:GMT[+\-\u2212][0-9]{1,2}|UTC[+\-\u2212][0-9]{1,2}|IST|CES?T|BST|WES?T|EES?T|MSK|SAST|EAT|WAT|AE[SD]T|NZ[SD]T|SGT|HKT)(?![\p{L}])"
)

#: A year as :data:`DATE_WITH_YEAR` reads one: every date with a year holds one.
DATE_YEAR = regex.compile(rf"(?<![0-9]){_DL_YEAR}")

#: A weekday with a month and day: ``Wednesday (May 19)``, ``Wednesday, May 19``.
DATE_WEEKDAY = _dl_compile(
    rf"""
    (?<![\p{{L}}])
    (?P<weekday> {_DL_WEEKDAY} ) [ \t\u00a0\u202f]*+ [(,]?+ [ \t\u00a0\u202f]*+
    (?P<date> {_DL_MONTH} [ \t\u00a0\u202f]?+ {_DL_DAY} | {_DL_DAY} \.?+ [ \t\u00a0\u202f]++ {_DL_MONTH} )
    """,
    regex.VERBOSE,
)

#: White space within a line, as dates use it.
_DL_BLANK = r"[ \t\u00a0\u202f]"
#: A weekday named right before a numeric date on its line (``Tue 04/11/2025``,
#: ``Tuesday, 04/11/2025``), searched for in the text before the date.
DATE_WEEKDAY_BEFORE_NUMERIC = _dl_compile(
    rf"(?<![\p{{L}}])(?P<weekday>{_DL_WEEKDAY}){_DL_BLANK}*+,?+{_DL_BLANK}*+\Z"
)
#: A weekday named right after a numeric date (``04/11/2025 (Tuesday)``,
#: ``04/11/2025, Tue``), matched at the end of the date.
DATE_WEEKDAY_AFTER_NUMERIC = _dl_compile(
    rf"{_DL_BLANK}*+[,(]?+{_DL_BLANK}*+(?P<weekday>{_DL_WEEKDAY})"
)

#: A run of letters (a weekday in :data:`DATE_WEEKDAY` is a whole run), kept
#: by ``split`` (a group).
DATE_LETTER_RUN = regex.compile(r"(\p{L}++)")

#: A line stamping the story's time: ``UPDATED Feb 22, 2025, 05:09 PM``,
#: ``Published: 19 May 2021``, ``Posted on ...``.
DATE_STAMP_LINE = regex.compile(
    r"""
    ^ [ \t]*+ (?i: (?:last[ \t\u00a0\u202f]|first[ \t\u00a0\u202f])?+ (?:updated|published|posted|publié|mis[ \t\u00a0\u202f]à[ \t\u00a0\u202f]jour
        |veröffentlicht|aktualisiert|actualizado|publicado|pubblicato|aggiornato) )
    [ \t:,]*+ (?! in [ \t\u00a0\u202f]++ \p{Lu} )       # not a print line: Published in Dawn, November 5th
    (?:on[ \t\u00a0\u202f]++)?+ [^\n]{0,80}+
    """,
    regex.VERBOSE | regex.MULTILINE,
)

# ---------------------------------------------------------------------------
# headlines, bylines, captions, boilerplate
# ---------------------------------------------------------------------------
# Owned by _headline.py, _byline.py, _caption.py and _boilerplate.py.  The
# vocabularies live in newsstruct._data; these patterns are applied to one
# block at a time, and the callers bound the block (or the tail of it) they
# pass, so every match is linear in a short window.


def _front_alternation(words: Iterable[str]) -> str:
    """Escaped alternatives, longest first (so ``Copy link`` wins over ``Copy``)."""
    unique = sorted(set(words), key=lambda word: (-len(word), word))
    return "|".join(regex.escape(word) for word in unique)


_FRONT_FLAGS = regex.VERBOSE | regex.UNICODE

#: A closing mark or sentence end that may precede a glued credit or sign-off.
_FRONT_SENTENCE_END = r"[.!?\"\u201d\u2019)\]\d]"
#: The kicker vocabulary, any case.
_HEADLINE_KICKER_WORDS = _front_alternation(KICKERS)

#: What joins writers' names on one line: ``Jane Doe and John Roe``, ``A, B and C``.
HEADLINE_WRITER_JOIN = regex.compile(r"[ \t]*+,[ \t]*+(?:and[ \t]++)?+|[ \t]++(?:and|&)[ \t]++")

#: A story's age after its source in a feed reader (``Punch · 2h``): ``2h``,
#: ``35m``, ``3d``, ``2 hours ago``.
HEADLINE_FEED_AGE = regex.compile(r"\d{1,3}[ ]?(?:[hmd]|hrs?|mins?|hours?|days?)(?:[ ]ago)?")

#: A media label glued before a video or audio page's headline (``WATCH: Acme
#: boss explains job cuts``); inside a story the same line is a promo for the
#: page's player.
HEADLINE_MEDIA_LABEL = regex.compile(
    r"(?:WATCH|VIDEO|LISTEN|AUDIO|PHOTOS|IN[ ]PICTURES|PODCAST"
    r"|Watch|Video|Listen|Audio|Photos|In[ ]pictures|Podcast)(?=:[ ]\S)"
)

#: A block that is only a kicker: ``EXCLUSIVE``, ``Analysis:``, ``UPDATE 2``.
HEADLINE_KICKER_LINE = LazyPattern(
    rf"""
    \A (?i:{_HEADLINE_KICKER_WORDS})    # a kicker word, any case
    (?: [ \t]++ \d{{1,2}}+ )?+          # an update number: UPDATE 2
    [ \t]*+ [:|\p{{Pd}}.]?+ \Z          # an optional separator or full stop, then nothing
    | \A \p{{Lu}} \p{{L}}*+ (?: [ \t] \p{{Lu}} \p{{L}}*+ ){{0,2}}+ [ \t]++ \| [ \t]++
      \p{{Lu}} \p{{L}}*+ (?: [ \t] \p{{Lu}} \p{{L}}*+ )?+ \Z   # a section and a column: Europe | Charlemagne
    | \A (?i: {_front_alternation(ISSUER_LABEL_NOUNS)} )
      (?: [ \t]++ (?i: de [ \t]++ la | de [ \t]++ los | de [ \t]++ las | de | del | du | des | der
                    | of [ \t]++ the | from [ \t]++ the | from | della | dello | dei | do | da | dos
                    | van [ \t]++ de | van [ \t]++ het | van ) (?! \p{{L}} )
          (?: (?: [ \t]++ (?! (?i: sur | sobre | on | über | su | about | zu | zum | zur | over
                                | concernant | acerca ) (?! \p{{L}} ) ) \p{{L}} [\p{{L}}\-'\u2019]*+ ){{1,4}}+
            | [ \t]++ \p{{Lu}} [\p{{L}}\-'\u2019]*+
              (?: (?: [ \t]++ (?: of | the | and | for | van | het | en | de | la | del | della
                             | der | des | du | y | e | et | und | do | da ) )*+
                  [ \t]++ \p{{Lu}} [\p{{L}}\-'\u2019]*+ ){{0,5}}+ )  # or a capitalised issuer's
                                                       # name: the Office of the Attorney General
        | (?: [ \t]++ \p{{Lu}} [\p{{L}}\-'\u2019]*+ ){{1,3}}+ )
      [ \t]*+ \Z                                      # an issuer's statement: Communiqué de la
                                                       # gendarmerie, Comunicación Poder Judicial
    """,
    _FRONT_FLAGS,
)

#: A newsletter's greeting that opens its first paragraph: ``Good morning.``,
#: ``Good Tuesday morning.``, ``Happy Friday!``, ``Hi everyone,``, ``Welcome back.``
HEADLINE_NEWSLETTER_GREETING = regex.compile(
    r"""
    (?:
        Good [ ] (?: (?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day [ ] )?+ (?:morning|afternoon|evening)
      | Happy [ ] (?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day
      | Welcome [ ] back
      | (?:Hi|Hello|Hey) (?: [ ] (?:there|all|everyone|friends|folks) )?+
    ) (?: [ ] (?:and [ ] )?welcome [ ] to [ ] [^\n]{1,60}? | [ ] (?:all|everyone|folks) )?+ [.,!]
    """,
    regex.VERBOSE,
)

#: A transcript's time code opening a speaker's turn: ``[00:00:07] JANE DOE: ...``,
#: ``[12:05]`` (a turn is no headline).
HEADLINE_TIME_CODE = LazyPattern(r"\[ [ \t]*+ \d{1,2}+ (?: : \d\d ){1,2}+ [ \t]*+ \]", _FRONT_FLAGS)

#: A page's breadcrumb trail over the headline: ``Home > News > World``,
#: ``News › Politics``, ``Home / Business / Companies`` (a slash with spaces).
HEADLINE_BREADCRUMB = LazyPattern(
    r"""
    \A [^\n<>\u203a\u00bb/|]{1,40}+
    (?: [ \t]*+ [>\u203a\u00bb/] [ \t]++ [^\n<>\u203a\u00bb/|]{1,40}+ ){1,7}+
    \Z
    """,
    _FRONT_FLAGS,
)

#: What separates the links of a breadcrumb trail: a mark with spaces on both sides.
HEADLINE_CRUMB_SEPARATOR = LazyPattern(r"[ \t]++ [>\u203a\u00bb/] [ \t]++", _FRONT_FLAGS)

#: A site's name after a page title's bar or dash: ``... jobs | Reuters``,
#: ``... jobs - BBC News`` (the caller checks the name is an outlet's).
HEADLINE_SITE_SUFFIX = LazyPattern(
    r"""
    [ \t]++ (?: \| | [\-\u2013\u2014] ) [ \t]++ (?P<site> [^\n|\-\u2013\u2014]{2,40}+ ) \Z
    """,
    _FRONT_FLAGS,
)

#: A broadcast transcript's hours on air after its title (CNN): ``... Budget
#: Talks. Aired 10-11a ET``; the title's full stop goes with them.
HEADLINE_AIRED_SUFFIX = LazyPattern(
    r"""
    \.?+ [ \t]++ Aired [ \t]++ \d{1,2}+ (?: : \d{2} )?+ [ap]?+ [ \t]*+ [\-\u2013] [ \t]*+
    \d{1,2}+ (?: : \d{2} )?+ [ap]?+ (?: [ \t]++ (?: ET | EST | EDT | PT | PST | PDT | CT | GMT ) )?+
    [ \t]*+ \Z
    """,
    _FRONT_FLAGS,
)

#: A feed's source in brackets after its headline, as RSS titles and datasets
#: built from them (AG News) print it: ``... Study Peptides (AP)``, ``... slams
#: chief (Canadian Press)`` (the caller checks the name is an outlet's).
HEADLINE_SOURCE_SUFFIX = LazyPattern(
    r"[ \t]++ \( (?P<source> [^()\n]{2,40}+ ) \) [ \t]*+ \Z", _FRONT_FLAGS
)

#: A kicker glued before the headline: ``EXCLUSIVE-Chip maker ...``,
#: ``Analysis: Why ...``, ``OPINION | Why ...``, ``FOCUS — Why ...``,
#: ``BRIEF-Acme ...``, ``US STOCKS-Wall St ...`` (Reuters' labels in capitals).
#: The nouns in lower case that a live blog's topic may hold before ``live``
#: (The Guardian: ``Australia news live:``, ``Ukraine war live:``, ``UK politics
#: live:``); a topic's other words are capitalised (``How we live:`` is a headline).
_LIVE_TOPIC_NOUNS = r"""(?: news | politics | war | crisis | elections?+ | sport | football
    | cricket | tennis | weather | markets | business | budget )"""
HEADLINE_KICKER_PREFIX = LazyPattern(
    rf"""
    \A (?P<kicker> (?i:{_HEADLINE_KICKER_WORDS}) (?: [ \t]++ \d{{1,2}}+ )?+ )
    (?P<sep>
        -                                # a hyphen glued to the kicker (wire style)
      | [ \t]++ - [ \t]++ (?= \S )         # a spaced hyphen, after capitals (read in
                                         # :mod:`newsstruct._headline`): EN DIRECT - ...
      | [ \t]*+ [:|] [ \t]*+             # a colon or bar
      | [ \t]++ [\u2013\u2014] [ \t]++   # a spaced en or em dash
      | [ \t]++ -- [ \t]++               # a spaced double hyphen (UPI NewsTrack -- ...)
    )
    | \A (?P<kicker> (?: {_front_alternation(WIRE_SECTION_KICKERS)} ) (?: [ \t]++ \d{{1,2}}+ )?+ )
      (?P<sep> - ) (?= [\p{{Lu}}\p{{N}}] )     # glued, in capitals: BRIEF-Acme ..., US STOCKS-Wall St ...
    | \A (?P<kicker> \p{{Lu}} [\p{{L}}'\u2019\-]*+
        (?: [ \t]++ (?: \p{{Lu}} [\p{{L}}'\u2019\-]*+ | {_LIVE_TOPIC_NOUNS} ) ){{0,3}}+
        [ \t]++ (?i: live ) )
      (?P<sep> [ \t]*+ : [ \t]*+ ) (?= \S )  # a live blog's topic: Australia news live: ...
    | \A (?P<kicker> \( [ \t]*+            # a label in brackets: (LEAD), (2nd LD)
        (?: (?i: {_front_alternation(BRACKETED_KICKERS)} )
          | \d{{1,2}}+ (?i: st | nd | rd | th ) [ \t]++ (?i: ld | lead ) )
        [ \t]*+ \) )
      (?P<sep> [ \t]++ )                 # then a space
    (?= \S )                             # the headline follows
    | \A (?P<kicker> \[ [ \t]*+            # a label in square brackets: [Exclusive] (Korea Herald)
        (?i: {_HEADLINE_KICKER_WORDS} | {_front_alternation(BRACKETED_KICKERS)} ) [ \t]*+ \] )
      (?P<sep> [ \t]*+ )
    (?= \S )
    """,
    _FRONT_FLAGS,
)

#: A place label before a headline, set off by a colon: ``Germany: Coalition
#: agrees ...`` (DW); the label must be a listed country (checked by the caller),
#: and the headline must not open with a quote or in the first person (``Germany:
#: We will not pay`` is Germany speaking).
HEADLINE_COUNTRY_PREFIX = LazyPattern(
    r"""
    \A (?P<kicker> \p{Lu}[\p{L}\-]*+ (?: [ ] (?:and[ ])?+ \p{Lu}[\p{L}\-]*+ ){0,2}+ )   # Germany, South Korea
    (?P<sep> : [ \t]++ )                                                    # a colon
    (?! (?: I | We | We['’]\p{L}++ | I['’]\p{L}++ | Our | My | Us ) (?![\p{L}]) )  # not Germany speaking
    (?= [\p{Lu}\p{N}] )                                                     # the headline follows
    """,
    _FRONT_FLAGS,
)

#: A sentence boundary inside a block (``... said. The ...``): headlines
#: rarely have one.
HEADLINE_SENTENCE_BREAK = LazyPattern(
    r"""
    \p{Ll}{3} [.!?] [\"\u201d\u2019]?+   # a lower-case word ends a sentence (not Mr. or vs.)
    [ \t]++
    [\"\u201c\u2018]?+ \p{Lu} \p{Ll}     # a capitalised word starts the next
    """,
    _FRONT_FLAGS,
)

#: A lead sentence's time of the event: an English weekday or a relative time
#: (``on Tuesday``, ``yesterday``, ``last week``), which headlines leave out.
LEAD_SENTENCE_TIME = LazyPattern(
    r"""
    (?<![\p{L}])
    (?: (?: Mon | Tues | Wednes | Thurs | Fri | Satur | Sun ) day   # a weekday
      | \L<lead_times> )                                             # or a relative time
    (?![\p{L}])
    """,
    _FRONT_FLAGS,
    lead_times=sorted(LEAD_TIMES, key=len, reverse=True),
)

#: A verb in the past tense, which headlines do not use: a lower-case word in
#: ``-ed`` or a common irregular form (``fell``, ``won``).
LEAD_SENTENCE_PAST = LazyPattern(
    r"(?<![\p{L}\-'\u2019])(?: \p{Ll}{2,}+ (?<=ed) | \L<past> )(?![\p{L}\-'\u2019])",
    _FRONT_FLAGS,
    past=list(IRREGULAR_PAST),
)

#: An auxiliary of a lead sentence's perfect or passive (``was``, ``had``, ``has``,
#: ``is``: ``has launched``, ``is expected``), which headlines drop.
LEAD_SENTENCE_PAST_AUX = LazyPattern(
    r"(?<![\p{L}])(?: was | were | had | has | have | is | are )(?![\p{L}])", _FRONT_FLAGS
)

#: A perfect passive (``has been issued``, ``had been told``), which headlines
#: drop (``Alert issued``); not after a modal (``may have been hacked`` is a
#: headline's hedge).
LEAD_SENTENCE_PERFECT_PASSIVE = LazyPattern(
    r"""
    (?<! (?: may | might | could | would | should | must | will ) [ \t] )
    (?<![\p{L}]) (?: has | have | had ) [ \t]++ been [ \t]++ (?: \p{Ll}{2,}+ (?<= ed | en ) | \L<past> )
    (?![\p{L}])
    """,
    _FRONT_FLAGS,
    past=list(IRREGULAR_PAST),
)

#: An article in lower case (a headline drops its articles).
LEAD_SENTENCE_ARTICLE = LazyPattern(r"(?<![\p{L}])(?: the | an? )(?![\p{L}])", _FRONT_FLAGS)

#: A possessive determiner in lower case (``has dated its thriller``), which a
#: lead's perfect takes where a headline's verb stands alone.
LEAD_SENTENCE_POSSESSIVE = LazyPattern(
    r"(?<![\p{L}])(?: its | their | his | her )(?![\p{L}])", _FRONT_FLAGS
)

#: One end of a life's span: ``June 3, 1941``, ``3 June 1941``, ``1941``.
_LIFE_SPAN_DATE = r"""
    (?: \p{L}{3,9}+ \.?+ [ \t]++ \d{1,2}+ ,?+ [ \t]++ | \d{1,2}+ [ \t]++ \p{L}{3,9}+ \.?+ ,?+ [ \t]++ )?+
    (?: 1[6-9] | 20 ) \d\d
"""

#: A life's span alone on its line, under the name that heads an obituary
#: (a funeral home's page): ``June 3, 1941 - October 30, 2025``, ``1941 - 2025``.
LIFE_SPAN = LazyPattern(
    rf"""
    \A (?P<born> {_LIFE_SPAN_DATE} ) [ \t]*+ [\p{{Pd}}~] [ \t]*+ (?P<died> {_LIFE_SPAN_DATE} ) \Z
    """,
    _FRONT_FLAGS,
)

#: The list of links that a text-mode browser's dump ends with (``lynx
#: -dump``): ``References`` flush left, then one numbered address a line,
#: under the labels ``Visible links:`` and ``Hidden links:`` in newer versions.
#: Matched from the heading's line to the end of the text.
LYNX_REFERENCES = LazyPattern(
    r"""
    References [ \t]*+ \r?+ \n
    (?: [ \t]*+ (?: (?P<item> \d{1,5}+ \. [ \t]++ \S++ ) | (?: Visible | Hidden ) [ ]links: )?+
        [ \t]*+ (?: \r?+ \n | \Z ) )*+
    \Z
    """,
    _FRONT_FLAGS,
)

#: A link's number as a text-mode browser's dump sets it before the link's
#: text: ``[12]Jane Doe``.
LYNX_LINK_NUMBER = LazyPattern(r"\[ \d{1,5}+ \]", _FRONT_FLAGS)

#: A word for the title-case test: letters, digits and inner marks.
HEADLINE_WORD = LazyPattern(r"[\p{L}\p{N}][\p{L}\p{M}\p{N}'\u2019.\-]*+")

#: The word that opens a byline, in the languages of the agencies.
_BYLINE_LEAD_WORDS = r"By|BY|by|Von|VON|von|Por|POR|por|Par|PAR|par|Door|door|Di|DI|di|Av|Af|Door"
#: The same words, as a tuple (a cheap ``startswith`` gate before the pattern).
#: Two-word openings of a byline on aggregators' copies: ``Story by Jane Doe`` (MSN);
#: India Today's ``Written By: Jane Doe``; franceinfo's ``Article rédigé par``,
#: Portuguese pages' ``Texto`` (Observador, Expresso); ``Opinion by Jane Doe``.
_BYLINE_LEAD_PHRASES = (
    "Story by",
    "Written by",
    "Words by",
    "Story By",
    "Written By",
    "Words By",
    "Article rédigé par",
    "Texto de",
    "Texto",
    # Flemish and Dutch papers: Van onze redacteur Jane Doe
    "Van onze redacteur",
    "Van onze redactrice",
    "Van onze correspondent",
    "Van onze verslaggever",
    "Van onze verslaggeefster",
    # an opinion piece's and an analysis's lead (The Washington Post, CNN)
    "Opinion by",
    "Analysis by",
    "Commentary by",
    # a broadcast bulletin's newsreader (radio scripts): Read by Jane Doe
    "Read by",
    # a Q&A's interviewer (magazines, culture pages): Interview by Jane Doe
    "Interview by",
    "Interview By",
    "Interviewed by",
    # a review's critic (film, book, album, theatre and restaurant pages):
    # Review by Jane Doe, Reviewed by Jane Doe
    "Review by",
    "Review By",
    "Reviewed by",
    "Reviewed By",
)
BYLINE_LEAD_WORDS = tuple(_BYLINE_LEAD_WORDS.split("|")) + _BYLINE_LEAD_PHRASES

#: The opening of a byline: ``By``, ``BY``, ``Von``, ``Por``, ``Par``, ...
BYLINE_LEAD = LazyPattern(
    rf"""
    \A (?P<lead> {_BYLINE_LEAD_WORDS}     # the lead word
      | {"|".join(p.replace(" ", "[ ]") for p in _BYLINE_LEAD_PHRASES)} )  # Story by
    (?: [ \t]*+ : )?+                      # By: Jane Doe
    (?: [ \t]++ | (?<= By ) (?= \p{{Lu}} \p{{Ll}} ) )  # (or glued, as copied from a link: ByJane Doe)
    (?= [\p{{Lu}}\p{{Lt}}] )               # a capitalised name follows
    """,
    _FRONT_FLAGS,
)

#: What a page prints before its byline between spaced slashes (Vanguard): the
#: time posted and the section, ``On 11:45 am / In News / By Jane Doe``.
BYLINE_POSTED_HEAD = LazyPattern(
    r"""
    \A (?: (?: On [ \t]++ [^\n/]{0,40}? \d [^\n/]{0,40}?                # On 11:45 am
          | In [ \t]++ \p{Lu} [\p{L}&]*+ (?: [ \t]++ \p{Lu} [\p{L}&]*+ ){0,2}+ )  # In News
        [ \t]++ / [ \t]++ ){1,3}+
    (?= (?: By | BY | by ) [ \t] )
    """,
    _FRONT_FLAGS,
)

#: A staff label that names the writers: ``WRITER: Jane Doe``, ``Reporter: Jane Doe``
#: (Bangkok Post, Antara, Bernama), ``Autor:``, ``Pewarta:`` (Antara's Indonesian
#: service), ``Oleh:``, ``Text:``, ``Tekst:``, ``Yazan:`` (with their colon: Oleh is
#: also a first name); an editor's label names no writer.
BYLINE_WRITER_LABEL = LazyPattern(
    r"\A (?i: writers? | reporters? | authors? | autor (?: in | a | es )?+ | auteure? | autore"
    r" | pewarta | penulis | oleh | text | tekst | texto | yazan ) [ \t]*+ : [ \t]*+ (?= [\p{Lu}\p{Lt}] )",
    _FRONT_FLAGS,
)

#: A byline without a lead word, set off by a bar from its date stamp:
#: ``Ahmet Yilmaz  |05.06.2024 - Update : 05.06.2024`` (Anadolu's site),
#: ``Jane Doe | May 3, 2024``.
BYLINE_DATED = LazyPattern(
    r"""
    \A (?P<names> [^|\n\d]{3,100}+ )               # the names (no digits)
    \| [ \t]*+                                      # a bar
    (?: [^|\n]{0,20}? \b (?: \d{1,2} [./] \d{1,2} [./] \d{2,4} | \d{4} ) \b
    [^|\n]{0,80}+                                   # a date stamp to the end
      | \d{1,3} [ \t\p{Pd}]*+ (?i: min | mins | minute | minutes ) \.?+ [ \t]++ (?i: read ) )
                                                    # or the reading time: Jane Doe | 4 min read
    \Z
    | \A (?P<names> [^|\n\d]{3,100}? )             # the names and desks, over dots
    [\u00b7\u2022] [ \t]*+                          # a middle dot: Jane Doe · CBC News · Posted: ...
    (?: [^|\u00b7\u2022\n]{0,20}? \b (?: \d{1,2} [./] \d{1,2} [./] \d{2,4} | \d{4} ) \b
    [^\u00b7\u2022\n]{0,100}+
      | \d{1,3} [ \t]*+ (?i: m | min | h | hr | hrs | d ) (?: [ \t]++ (?i: ago ) )?+ ) \Z
                                                    # or its age (a feed reader): The Post · by Jane Doe · 3h
                                                    # the date stamp, the last part (an update
                                                    # after a bar: | Last Updated: April 28)
    """,
    _FRONT_FLAGS,
)

#: A US politician's party tag after the name in a byline: ``(D-Ohio)``,
#: ``, R-N.Y.``, ``(R)``: the party's letter, then a state's abbreviation or name.
BYLINE_PARTY = LazyPattern(
    r"""
    (?: D | R | I | Ind | Dem | Rep | GOP )
    (?: [ \t]*+ [-\u2013] [ \t]*+ [A-Z] [\p{L}.]{0,12}+ (?: [ \t] [A-Z] [\p{L}.]{0,12}+ )?+ )?+
    """,
    _FRONT_FLAGS,
)

#: A date stamp glued after the writer's name with a space only (Business
#: Insider): ``Jane Doe Jun 5, 2024, 4:29 PM EDT``, perhaps with its label
#: (``Jane Doe Published November 4, 2025 Updated 3 hours ago``, ``Jane Doe on
#: November 4, 2025``); searched from a space.
BYLINE_DATE_TAIL = LazyPattern(
    r"""
    [ \t]++ (?: (?: Last [ \t]++ )?+ (?: Published | Posted | Updated ) :?+ [ \t]++ )?+
                                                    # the stamp's label (Dawn): Jane Doe Published Nov 4, 2025;
                                                    # Last Updated (The Economic Times)
    (?: Jan | Feb | Mar | Apr | May | Jun | Jul | Aug | Sep | Oct | Nov | Dec ) [a-z]{0,6}+ \.?+
    [ \t]++ \d{1,2} , [ \t]++ \d{4} (?! \d ) [^\n]{0,40}+ \Z
    | [ \t]++ on [ \t]++                          # or after "on", the date ending the line, its
                                                    # time after it or not (WordPress sites:
                                                    # By Jane Doe on November 4, 2025)
    (?: Jan | Feb | Mar | Apr | May | Jun | Jul | Aug | Sep | Oct | Nov | Dec ) [a-z]{0,6}+ \.?+
    [ \t]++ \d{1,2} , [ \t]++ \d{4} (?! \d )
    (?: ,?+ [ \t]++ (?: at [ \t]++ )?+ \d{1,2} [:.] \d\d [ \t]*+ (?: [AaPp] \.?+ [Mm] \.?+ )?+ )?+ [ \t]*+ \Z
    """,
    _FRONT_FLAGS,
)

#: A date stamp before the writer's name, a space between (Project Syndicate):
#: ``Nov 4, 2025 Jane Doe``; matched from the line's start.
BYLINE_DATE_HEAD = LazyPattern(
    r"""
    (?: Jan | Feb | Mar | Apr | May | Jun | Jul | Aug | Sep | Oct | Nov | Dec ) [a-z]{0,6}+ \.?+
    [ \t]++ \d{1,2} , [ \t]++ \d{4} [ \t]++ (?= \p{Lu} )
    """,
    _FRONT_FLAGS,
)

#: A date stamp, its day first, after the writer's name and a comma, its
#: weekday before it (Ahram Online): ``Jane Doe , Ahram Online , Tuesday 4 Nov
#: 2025``; searched from its comma (the space before it is the caller's to trim).
BYLINE_DAY_FIRST_TAIL = LazyPattern(
    r"""
    , [ \t]*+ (?: (?: Mon | Tues | Wednes | Thurs | Fri | Satur | Sun ) day ,?+ [ \t]++ )?+
    \d{1,2} [ \t]++ (?: Jan | Feb | Mar | Apr | May | Jun | Jul | Aug | Sep | Oct | Nov | Dec ) [a-z]{0,6}+ \.?+
    [ \t]++ \d{4} (?! \d ) [^\n]{0,40}+ \Z
    """,
    _FRONT_FLAGS,
)

#: Separators between the people and desks of a byline.
BYLINE_SEPARATOR = LazyPattern(
    r"""
    [ \t]*+ [,;&|\u00b7\u2022\r\n] [ \t]*+          # comma, semicolon, ampersand, bar, line break
    | [ \t]{3,}+                                     # a run of spaces: BY JANE DOE   APRIL 17, 2025
    | [ \t]++ / [ \t]++                               # a spaced slash: By Lee Wen-hsin / Staff reporter
    | [ \t]*+ [()\[\]] (?: [ \t]++ (?: and | und | y | et | e ) (?= [ \t] ) )?+ [ \t]*+
                                                       # brackets: Mario Rossi (ANSA), X (Foto) und Y
    | [ \t]++ [\p{Pd}\u2212] [ \t]++                     # a spaced dash: By Jane Doe - Reuters
    | [ \t]++ (?: and | AND | und | UND | y | Y | et | ET | e | en | og | och | i ) [ \t]++
                                                       # and / und / y / et / e / en / og / och
    | [ \t]++ (?: avec | AVEC | mit | con | com ) [ \t]++   # with: Par X avec Y
    """,
    _FRONT_FLAGS,
)

#: Name particles that may stand lower-case inside a name.
_BYLINE_PARTICLE = (
    r"(?:van|von|der|den|de|del|della|di|da|dos|das|du|la|le|al|el|bin|ibn|ben|ter|zu|y)"
)
#: One word of a name: capitalised (``D'Afflisio``, ``Jean-Luc``) or an initial (``J.``).
_BYLINE_NAME_WORD = r"(?:\p{Lu}[\p{L}\p{M}'\u2019\-]*+\.?+)"

#: A person's name as bylines write it: one to six capitalised words,
#: lower-case particles allowed between them (``Ludwig van Beethoven``).
BYLINE_PERSON = LazyPattern(
    rf"""
    {_BYLINE_NAME_WORD}                                        # the first word
    (?: [ \t]++ (?: {_BYLINE_PARTICLE} [ \t]++ ){{0,2}}+ {_BYLINE_NAME_WORD} ){{0,5}}+
                                                               # more words, particles between
    """,
    _FRONT_FLAGS,
)

#: A trailing place after a name: ``Marco Krefting in Berlin``.
BYLINE_PLACE = LazyPattern(
    r"""
    [ \t]++ (?: in | IN | aus | en | à | a | em | of | for | FOR | For | at | from | with | für )
    [ \t]++                                                 # in Paris / FOR MAILONLINE / für die ...
    \p{L} [^\n,;]{0,60}+ \Z                                # the place or paper, to the end
    """,
    _FRONT_FLAGS,
)

#: Words that make a byline segment a role or a desk, not a person.
BYLINE_ROLE = LazyPattern(
    r"""
    \b (?i: writer | correspondent | reporter | editor | staff | bureau | desk
          | columnist | contributor | analyst | chief | senior | special | political
          | economics | business | diplomatic | news | press | media | agency | agencies
          | communications
          | service | services | wire | wires | times | post | journal | herald
          | tribune | associated | reuters? | redaktion | korrespondent(?:in)?
          | envoy | envoyé(?:e)? | spécial(?:e)? | corresponsal | enviad[oa] | especial
          | redacción | rédaction
          | text | texto | testo | foto | fotos | photo | photos | video
          | agência | agencia | agenzia | agence | agentur
          | (?: head | director | manager | vice [ \t]++ president ) (?= [ \t]++ of \b )
                                                 # a company's post: Head of Infrastructure
    ) \b
    """,
    _FRONT_FLAGS,
)

#: One role of a credit line and its ``by``: ``Reporting by``, ``editing by``.
BYLINE_CREDIT_ROLE = LazyPattern(
    rf"""
    (?: (?i: {_front_alternation(CREDIT_ROLES)} )   # Reporting / Editing / Writing ...
      [ \t]++ (?i: by ) :?+                         # by (by: on Indian pages)
      | (?i: {_front_alternation(CREDIT_ROLES_INTL)} ) )   # Bericht von, Reportage de ...
    [ \t]++
    """,
    _FRONT_FLAGS,
)

#: An e-mail address: ``sooyeon@yna.co.kr``.
_BOILERPLATE_EMAIL = r"[\w.+\-]{1,64}+ @ [\w\-]{1,63}+ (?: \. [\w\-]{1,63}+ ){1,5}+"
#: A telephone number as a contact line writes it: ``555-0142``, ``(555) 555-0142``,
#: ``+1 555 555 0142``.
_BOILERPLATE_PHONE = r"""
    (?: \+ \d{1,3}+ [ \t.\-]?+ )?+ (?: \( \d{3} \) [ \t]?+ | \d{3} [ \t.\-] )? \d{3} [ \t.\-] \d{4} (?! \d )
"""

#: A word of a line that credits reporters with where they reported from or
#: what they contributed: a capitalised word (a name, a place, an outlet) or
#: one of a few lower-case words (``Jane Doe reported from Kyiv, Ukraine;``
#: ``Associated Press writer John Roe contributed from Lviv.``).
_CREDIT_LINE_WORD = r"""
    (?: \p{Lu} [\p{L}\p{M}.'\u2019\-]*+
      | (?: and | also | of | from | in | reported | contributed | reporting | additional
          | writers? | reporters? | staff | correspondents? | researchers? | editors? | agencies ) (?! [\p{L}] )
    )
"""
#: Such a line: the words, with commas, semicolons and full stops between them;
#: it says ``reported from`` or ``contributed``.
_CREDIT_LINE = rf"""
    \A (?= [^\n]{{1,250}}+ \Z )                        # a short line (the phrase gate reads those)
    (?= [^\n]{{0,200}}? \b (?: reported [ \t]++ from | contributed ) \b )
    {_CREDIT_LINE_WORD} (?: [,;.]?+ [ \t]++ {_CREDIT_LINE_WORD} ){{1,40}}+ \.?+ \Z
"""

#: A writer's name in a credit line: ``Li Wei``, ``Lin Mei-hua``, ``Jane O'Hara``.
_CREDIT_NAME = (
    r"\p{Lu} [\p{L}\p{M}.'\u2019\-]*+ (?: [ \t]++ \p{Lu} [\p{L}\p{M}.'\u2019\-]*+ ){1,3}+"
)
#: A person's name, or one capitalised word (a service's: ``DeepL``).
_CREDIT_NAME_OR_ONE = (
    r"\p{Lu} [\p{L}\p{M}.'\u2019\-]*+ (?: [ \t]++ \p{Lu} [\p{L}\p{M}.'\u2019\-]*+ ){0,3}+"
)

#: A source of a desk's source line: an agency (in any case, and Reuters'
#: ``rtr``), the newsroom (``red``, ``Redacción``), the agencies (``Agenturen``),
#: a site's name (``ORF.at``).
_CREDIT_SOURCE = rf"""
    (?: (?i: {_front_alternation(SOURCE_DESK_WORDS)} | {_front_alternation(SIGNOFF_AGENCIES)} | rtr )
        (?! [\p{{L}}\p{{N}}] )
      | (?: {_front_alternation(NEWSROOM_WORDS)} ) (?! [\p{{L}}\p{{N}}] )
      | \p{{L}} [\p{{L}}\p{{N}}\-]{{0,30}}+ \. (?: at | de | ch | com ) (?! [\p{{L}}\p{{N}}] ) )
"""
#: An agency credited at the end of a story in ``Avec AFP``, ``Com agências``,
#: ``Con información de EFE``: a listed agency (maybe after an article or the
#: word ``agency``: ``Avec l'AFP``, ``Com agência EFE``, ``da Reuters``), or the
#: word ``agencies`` (``agencias internacionales``).
_CREDIT_AGENCY = rf"""
    (?: (?: (?i: da | do | de | del | la | der | die ) [ \t]++ | (?i: l ['\u2019] ) )?+
        (?: (?i: {_front_alternation(AGENCY_WORDS)} ) [ \t]++ )?
        (?: {_front_alternation(SIGNOFF_AGENCIES + CREDIT_AGENCY_NAMES)} )
      | (?i: {_front_alternation(SOURCE_DESK_WORDS[1:] + AGENCY_MATERIAL_WORDS)} )
        (?: [ \t]++ (?i: {_front_alternation(INTERNATIONAL_WORDS)} ) )?+ )
    (?! [\p{{L}}\p{{N}}] )
"""
#: What joins the sources of such a line: ``,``, ``/``, ``;``, ``und``, ``and`` ...
_CREDIT_SOURCE_JOIN = r"(?: [ \t]*+ [,/;] [ \t]*+ | [ \t]++ (?i: und | and | et | y | e ) [ \t]++ )"

#: The credit lines read from the block's start: ``(Reporting by X; Editing by Y)``.
_CREDITS_AT_START = rf"""
    \A (?: \p{{Lu}} [\p{{L}}\p{{N}}.&'\u2019\-]*+ [ \t]++ ){{1,4}}+ (?i: photo [ \t\-] )?+ (?i: illustration | graphic ) s?+
      (?: [ \t]*+ [;/] [ \t]*+ \p{{Lu}} [^\n]{{0,80}}+ )?+ \Z
                                                    # an outlet's picture credit alone, its sources
                                                    # after a semicolon: Mother Jones illustration; Getty
    | \A (?: [\p{{Pd}}\u2212]{{1,2}}+ [ \t]*+ )?+        # a leading dash: --additional reporting by X
    [(\[]?+ [ \t]*+                                 # an optional opening bracket
    (?i: {_front_alternation(CREDIT_ROLES)} ) [ \t]++ (?i: by ) :?+ [ \t]++
    [^()\[\]\n]{{1,400}}+                            # the names and further roles
    [)\]]?+ \.?+ \Z                                 # the closing bracket, a full stop
    | \A (?: Credit | CREDIT ) [ \t]*+ (?: \.\.\. | \u2026 | : ) [ \t]*+ \p{{Lu}} [^\n]{{1,100}}+ \Z
                                                     # a picture's credit alone, its picture lost
                                                     # (web copies): Credit...Jane Doe for KFF Health News
    | \A [\p{{Pd}}\u2212 \t]*+ \(?+ (?i: (?: additional [ \t]++ (?: reporting | input ) | with [ \t]++ (?: files | inputs?+ ) ) [ \t]++ from ) [ \t]++
      {_CREDIT_LINE_WORD} (?: [,;.]?+ [ \t]++ {_CREDIT_LINE_WORD} ){{0,40}}+ \)?+ \.?+ \Z
                                                     # --additional reporting from Jane Doe,
                                                     # -- With files from Jane Doe in Ottawa (CP),
                                                     # — Additional input from APP (Geo News),
                                                     # (With inputs from PTI) (Indian sites)
    | \A [(\[] [ \t]*+ (?i: {_front_alternation(CREDIT_ROLES_INTL)} ) [ \t]*+ \p{{Lu}} [^()\[\]\n]{{1,400}}+ [)\]] \.?+ \Z
                                                     # other languages' roles, in brackets: (Bericht von
                                                     # Anna Muster, redigiert von Max Müller) (Reuters)
    | \A [\p{{Pd}}\u2212]{{2,}}+ [ \t]*+ (?: Von | VON | By | BY ) [ \t]++ \p{{Lu}} [^\n]{{1,150}}? [ \t]*+
      [\p{{Pd}}\u2212]{{2,}}+ \Z                         # the writer between dashes after the story
                                                     # (dpa-AFX): --- Von Anna Muster, dpa-AFX ---
    | \A \(?+ [ \t]*+ {_CREDIT_SOURCE} (?: {_CREDIT_SOURCE_JOIN} {_CREDIT_SOURCE} ){{1,6}}+
      (?: [ \t]*+ , [ \t]*+ \d{{1,2}} \. \d{{1,2}} \. \d{{2,4}} )?+ [ \t]*+ \)?+ \.?+ \Z
                                                     # the agencies and the newsroom (German, Austrian,
                                                     # Swiss pages): red, ORF.at/Agenturen; (APA, red,
                                                     # 4.11.2025); (dpa, AFP); dpa/AFP/AP/rtr
    | \A (?i: {_front_alternation(SOURCE_DESK_WORDS[1:])} ) \.?+ \Z
                                                     # the agencies alone: Agencias
    | \A (?: {_front_alternation(SIGNOFF_AGENCIES)} ) [ \t]*+ , [ \t]*+
      (?i: {_front_alternation(CREDIT_ROLES_INTL)} | edited [ \t]++ by ) [ \t]++ \p{{Lu}} [^\n.;]{{1,80}}+ \Z
                                                     # the agency's copy and its editor (RTBF):
                                                     # Belga, édité par Marie Dupont
    | \A [^\n;]{{1,80}}+ ; [ \t]*+ (?i: {_front_alternation(SIGNOFF_AGENCIES)} ) (?: / [a-z]{{2,8}}+ )++ \Z
                                                     # a broadcast's programme, then the agency and the
                                                     # editor (SRF): SRF 4 News, 04.11.2025 ; sda/hosb
    | \A (?: Fotografia | Fotografias | Fotos | Foto | Fotografie | Fotografía | Fotografías )
      [ \t]++ \p{{Lu}} [\p{{L}}\p{{M}}'\u2019\-]*+ (?: [ \t]++ (?: de | da | do | dos | van | von | e | y | et | und | \p{{Lu}} [\p{{L}}\p{{M}}'\u2019\-]*+ ) ){{1,5}}+ \Z
                                                     # the photographer under the byline (Expresso):
                                                     # Fotografia Maria Costa
    | \A (?i: {_front_alternation(SOURCE_INFORMATION_OPENINGS)} ) [ \t]*+ \p{{L}} [^\n.!?]{{1,100}}+ \Z
                                                     # Radio-Canada: Avec les informations de La Presse
                                                     # canadienne (no full stop: a sentence stays)
    | \A \( [ \t]*+ (?: \p{{Lu}} [\p{{L}}\-]*+ [ \t]++ ){{1,3}}+ (?i: newsroom | bureau ) [ \t]*+
      (?: ; [^()\n]{{1,200}}+ )?+ \) \.?+ \Z           # Reuters: (Bengaluru Newsroom; +1 646 223 8780)
    | \A [(\[]?+ [ \t]*+ (?i: {_front_alternation(TRANSLATION_NOTE_OPENINGS)} ) [ \t]*+
      \p{{L}}++ (?: [ \t]++ (?i: original | übersetzt ) )?+ [ \t]++
      (?i: by | par | por | von | di | da | door ) [ \t]++ {_CREDIT_NAME_OR_ONE} [ \t]*+ [)\]]?+ \.?+ \Z
                                                     # a translator's note: Translated from Spanish by
                                                     # Jane Doe., Aus dem Englischen von Max Muster
    | \A \( [ \t]*+ (?i: by ) [ \t]++ {_CREDIT_NAME} (?: (?: [ \t]*+ , [ \t]*+ | [ \t]++ (?i: and ) [ \t]++
      | [ \t]*+ & [ \t]*+ ) {_CREDIT_NAME} ){{0,5}}+ [ \t]*+ \) \.?+ \Z
                                                     # the writers in brackets at the end (CNA): (By Jane Doe and Li Wei)
    | \A \(?+ (?i: except [ \t]++ for [ \t]++ the [ \t]++ headline [ \t]*+ , [ \t]*+ )?+
      (?i: this [ \t]++ (?: story | article | report | copy ) [ \t]++
        (?: has [ \t]++ not [ \t]++ been [ \t]++ edited | is [ \t]++ auto-generated [ \t]++ from ) )
      [^\n]{{0,240}}+ \Z                              # a syndicated copy's note (Indian sites): (This story
                                                     # has not been edited by X staff and is ... from a syndicated feed.),
                                                     # This report is auto-generated from PTI news service. (ThePrint)
    | \A (?: (?! (?i: desk | bureau | staff | newsroom ) [ \t]*+ \| ) \p{{Lu}} [\p{{L}}\p{{N}}&.'\u2019\-]*+ [ \t]++ ){{0,3}}+
      (?i: desk | bureau | staff | newsroom ) [ \t]*+ \| [^\n]{{1,200}}+ \Z                    # a desk with its place and stamps after bars:
                                                     # X News Desk | New York | Updated: ...
    | \A \(?+ [ \t]*+ (?: (?i: with | avec | mit | con | com ) [ \t]++
        | (?i: {_front_alternation(SOURCE_INFORMATION_OPENINGS)} ) [ \t]*+ )
      {_CREDIT_AGENCY} (?: [ \t]*+ (?: , | / | and | & | und | et | y | e ) [ \t]*+ {_CREDIT_AGENCY} ){{0,3}}+
      [ \t]*+ \.?+ [ \t]*+ \)?+ \.?+ \Z
                                                     # the agencies under the outlet's name: with AP,
                                                     # Avec AFP, Com Reuters, (Com agências), Con
                                                     # agencias., Con información de EFE y AFP.
    | \A \(\( (?= [^()\n]{{0,200}}? @ ) [^()\n]{{1,400}}+ \)\) \Z
                                                     # Reuters: ((jane.doe@example.com; +44 ...; Reuters Messaging: ...))
    | \A (?i: contributing ) [ \t]*+ : [ \t]*+ \p{{Lu}} [^\n]{{1,300}}+ \Z
                                                     # USA Today: Contributing: Jane Doe.
    | \A (?i: published [ \t]++ by ) [ \t]*+ : [ \t]*+ {_CREDIT_NAME} \Z
                                                     # the desk's producer (India Today): Published By: Jane Doe
    | \A (?i: staff [ \t]++ (?: reporter | writer | correspondent ) ) [ \t]*+ \| [^\n]{{1,200}}+ \Z
                                                     # a desk credit and its stamp after a bar (IOL):
                                                     # Staff Reporter|Published 04 Nov 2025
    | \A \(?+ (?i: h / t | hat [ \t]++ tip ) [ \t/]*+ :?+ [ \t]*+ \p{{Lu}} [^\n]{{0,100}}+ \Z
                                                     # a hat tip to a source: (h/t The Daily Planet.)
    | \A @ [\p{{L}}\p{{N}}_]{{1,30}}+ \.?+ \Z            # a reader's handle alone, under a letter or comment
    | \A [\p{{Pd}}\u2212 \t]*+ (?i: with [ \t]++ assistance [ \t]++ from ) [ \t]++ [^\n]{{1,300}}+ \Z
                                                     # Bloomberg: --With assistance from X.
    | \A [\p{{Pd}}\u2212 \t]*+ (?i: with [ \t]++ (?: a [ \t]++ report | reports ) [ \t]++ (?: from | by ) )
      [ \t]++ \p{{Lu}} [^\n]{{1,200}}+ \Z               # ABS-CBN: — With a report from Jane Doe, DZMM
    | \A (?i: contact [ \t]++ (?: the [ \t]++ )?+ (?: reporter | editor | writer )s?+ ) [ \t]++
      \p{{Lu}} [^\n]{{0,300}}? @ [^\n]{{1,300}}+ \Z           # Caixin: Contact reporter X (x@example.com)
    | \A (?i: to [ \t]++ contact [ \t]++ the ) [ \t]++ [^\n]{{1,400}}+ \Z
                                                     # To contact the reporter on this story: ...
    | \A (?i: information | material | reporting ) [ \t]++ (?i: from ) [ \t]++ [^\n]{{1,200}}?
      [ \t] (?i: was | were ) [ \t]++ (?i: used ) [ \t]++ (?i: in ) [ \t]++ (?i: this )
      [ \t]++ (?i: report | story | article ) \.?+ \Z     # Information from X was used in this report.
    | \A (?i: some [ \t]++ )?+ (?i: information | material ) [ \t]++ (?i: for | in ) [ \t]++ (?i: this )
      [ \t]++ (?i: report | story | article ) [ \t]++ (?i: came | comes ) [ \t]++ (?i: from ) [ \t]++
      [^\n]{{1,200}}+ \Z                               # VOA: Some information for this report came from AP.
    | \A (?i: {_front_alternation(PRODUCED_BY_OPENINGS)} ) [ \t]++ (?: the [ \t]++ )?+ \p{{Lu}} [^\n]{{1,300}}+ \Z
                                                     # This article was produced by Kaiser Health News.
                                                     # (... by the Daily Planet's fact-checking team.)
    | \A (?i: (?: text | excerpts?+ | summary ) [ \t]++ (?: of | from ) [ \t]++ (?: an? [ \t]++ )?+
      (?: report | commentary | editorial | article | interview | broadcast | statement | programme ) s?+ )
      [ \t]++ (?i: by | from | in | on ) [ \t]++ [^\n.!?]{{1,200}}+ \Z
                                                     # BBC Monitoring's source over a translation:
                                                     # Text of report by Interfax news agency on 12 May
    | \A \p{{Lu}} [^\n@]{{1,80}}? [ \t] (?i: at ) [ \t]++ {_BOILERPLATE_EMAIL}
      (?: ,?+ [ \t]++ (?i: or | and ) [ \t]++ {_BOILERPLATE_PHONE} )?+ [.;]?+ \Z
                                                     # Bloomberg: Jane Doe in London at jdoe@example.net;
                                                     # a weekly's: Contact Jane Doe at jdoe@example.com or 555-0142.
    | \A (?i: write [ \t]++ to ) [ \t]++ [^\n@]{{1,120}}? (?<= [ \t] ) {_BOILERPLATE_EMAIL} [^\n]{{0,200}}+ \Z
                                                     # Dow Jones: Write to X at x@example.com
    | \A (?: {_BOILERPLATE_EMAIL} (?: [ \t]*+ [,;/] [ \t]*+ | [ \t]++ ) ){{0,3}}+ {_BOILERPLATE_EMAIL} \Z
    | \A \p{{Lu}} [\p{{L}}\p{{M}}'\u2019\-]*+ (?: [ \t]++ \p{{Lu}} [\p{{L}}\p{{M}}'\u2019\-]*+ ){{1,3}}+ [ \t]++
      {_BOILERPLATE_EMAIL} \.?+ \Z                      # the reporter's name and address: Jane Doe jdoe@example.com
    | \A (?: \p{{Lu}} [\p{{L}}\p{{N}}&.'\u2019\-]*+ [ \t]++ ){{0,3}} \p{{Lu}} [\p{{L}}\p{{N}}&.'\u2019\-]*+
      [ \t]*+ [(\[] [ \t]*+ {_BOILERPLATE_EMAIL} [ \t]*+ [)\]] \Z  # an outlet's desk and its address:
                                                     # The Local (news@example.com)
                                                     # Yonhap: the reporter's e-mail alone
    | \A (?i: {_front_alternation(STAFF_LABELS)} ) [ \t]*+ : [ \t]*+
      (?: \p{{Lu}} | (?= (?: dpa | epd | sda | ats ) (?! \p{{L}} ) ) ) [^\n.!?:;]{{0,80}}+ \.?+ \Z
                                                     # Antara: Editor: Rahmad Nasution; Source: NATO.
    | \A Published [ \t]++ by [ \t]++ \p{{Lu}} [^\n.!?]{{0,60}}? [ \t]++ (?: on | from ) [ \t]++
      [^\n!?]{{1,40}}? \d{{4}} \.?+ \Z              # an obituary site's note on the paper that ran the
                                                     # notice (Legacy): Published by The Blade on Nov. 22, 2026.
    | \A (?i: the [ \t]++ )?+ (?i: source | sources ) [ \t]*+ : [ \t]*+
      (?: Information | Details | Facts | Reporting ) [ \t]++ [^\n.!?]{{0,60}}?
      (?i: came | comes | was | were | is | are ) [ \t]++ (?: (?i: taken | drawn | gathered ) [ \t]++ )?+
      (?i: from ) [ \t]++ [^\n]{{1,240}}+ \Z      # a TV station group's note on its sources (Fox
                                                     # stations): The Source: Information in this
                                                     # story came from the police and ...
    | \A (?: \p{{Lu}} [\p{{L}}\p{{M}}.'\u2019\-]*+ [ \t]++ ){{2,4}} (?: receives | has [ \t]++ received | received )
      [ \t]++ funding [ \t]++ from [ \t]++ [^\n]{{1,300}}+ \Z   # a writer's funding (The Conversation),
                                                     # under the disclosure's heading: Jane Doe receives funding from ...
"""
#: The credit lines found by a phrase in them (each alternative needs
#: ``contributed``, ``reached`` or ``reported``, in any case).
_CREDITS_PHRASED = rf"""
      {_CREDIT_LINE}                                 # Jane Doe reported from Kyiv. / X contributed reporting.
    | \A [^\n]{{1,200}}? \b (?i: contributed [ \t]++ (?: reporting [ \t]++ )?+ to [ \t]++ this
      [ \t]++ (?: report | story | article ) ) \.?+ \Z
                                                     # AP: X contributed to this report.
    | \A [^\n]{{1,80}}? \b (?i: can | may ) [ \t]++ be [ \t]++ reached [ \t]++ (?i: at | by | on | via )
      [ \t]++ [^\n]{{0,80}}? (?: \S @ \S | \d{{3}} [ \t.\-]?+ \d{{4}} ) [^\n]{{0,80}}+ \Z
                                                     # X can be reached at x@example.com, 555-0142
"""
#: A whole credit line: ``(Reporting by X; Editing by Y)``.
BOILERPLATE_CREDITS = LazyPattern(rf"{_CREDITS_AT_START} | {_CREDITS_PHRASED}", _FRONT_FLAGS)
BOILERPLATE_CREDITS_AT_START = LazyPattern(_CREDITS_AT_START, _FRONT_FLAGS)
BOILERPLATE_CREDITS_PHRASED = LazyPattern(_CREDITS_PHRASED, _FRONT_FLAGS)

#: A call to action reported in a story's sentence, not printed by the page: its
#: speaker and a reporting verb in the past tense after a comma (``Subscribe now,
#: the company told customers on Monday ...``, ``Download the app, officials said``).
BOILERPLATE_REPORTED_CALL = LazyPattern(
    r"""
    , [ \t]++ (?: [\p{L}'\u2019\-]++ [ \t]++ ){0,4}?
    (?: said | told | urged | wrote | added | warned | asked )
    (?![\p{L}])
    """,
    _FRONT_FLAGS,
)

#: A writer's title line under the name on a blog or social site:
#: ``Managing Editor at The Riverton Courier``, ``Reporter at Daily Planet``.
BOILERPLATE_WRITER_TITLE = LazyPattern(
    rf"""
    \A (?: (?! (?i: {_front_alternation(WRITER_TITLE_WORDS)} ) [ \t]++ at [ \t] )
      \p{{Lu}} [\p{{L}}\-]{{0,20}}+ [ \t]++ ){{0,3}}+                   # Managing, Senior, Staff
    (?i: {_front_alternation(WRITER_TITLE_WORDS)} ) [ \t]++ at [ \t]++  # the job: Editor at
    \p{{Lu}} [^\n.!?:;]{{0,60}}+ \Z                                 # the paper
    | \A (?: Head | Director | Manager | Vice [ \t] President | VP | Professor ) [ \t]++ of [ \t]++
      \p{{Lu}} [\p{{L}}\-]*+ (?: [ \t]++ (?: \p{{Lu}} [\p{{L}}\-]*+ | & | and ) ){{0,3}}+
      [ \t]++ at [ \t]++ \p{{Lu}} [^\n.!?:;]{{0,60}}+ \Z          # a writer's post on a social site
                                                                # (LinkedIn): Head of Procurement at Acme
    """,
    _FRONT_FLAGS,
)

#: A live blog's contributor line over a post (CNN, Sky News): ``From CNN's
#: Jane Doe``, ``From CNN's Jane Doe and John Roe in London``: the outlet's
#: name with its possessive, then the writers' names.
_CONTRIBUTOR_NAME = (
    r"\p{Lu} [\p{L}\p{M}.'\u2019\-]*+ (?: [ \t]++ \p{Lu} [\p{L}\p{M}.'\u2019\-]*+ ){1,3}+"
)
BOILERPLATE_CONTRIBUTOR_FROM = LazyPattern(
    rf"""
    \A From [ \t]++
    (?! (?: Mon | Tues | Wednes | Thurs | Fri | Satur | Sun | To | Yester ) day ['\u2019] )  # not a day's
    (?: \p{{Lu}} [\p{{L}}\p{{N}}&.\-]*+ [ \t]++ ){{0,3}}+ \p{{Lu}} [\p{{L}}\p{{N}}&.\-]*+ (?: ['\u2019] s | (?<= s ) ['\u2019] ) [ \t]++
    {_CONTRIBUTOR_NAME}
    (?: (?: [ \t]*+ , [ \t]*+ (?: and [ \t]++ )?+ | [ \t]++ (?: and | & ) [ \t]++ ) {_CONTRIBUTOR_NAME} ){{0,5}}+
    (?: [ \t]++ in [ \t]++ \p{{Lu}} [\p{{L}}\-.]*+ (?: [ \t]++ \p{{Lu}} [\p{{L}}\-.]*+ ){{0,2}}+ )?+
    \.?+ \Z
    """,
    _FRONT_FLAGS,
)

#: A picture credit alone on a line, with no caption: ``Getty Images.``,
#: ``Jane Doe via Getty Images``, ``Getty/Instagram.``, ``ASSOCIATED PRESS.``
BOILERPLATE_PHOTO_CREDIT = LazyPattern(
    rf"""
    \A (?= [^\n]{{1,60}}+ \Z )                        # a short line
    (?: (?i: {_front_alternation((*PHOTO_AGENCIES, "Associated Press"))} )
      | (?: (?! (?i: via ) [ \t] ) \p{{Lu}} [\p{{L}}\p{{M}}.'\u2019\-/]*+ [ \t]++ ){{1,4}}+
        (?i: via [ \t]++ getty [ \t]++ images )
                                                     # in capitals too (HuffPost: JANE DOE/AFP VIA GETTY IMAGES)
      | (?: (?! (?i: file ) [ \t] ) \p{{Lu}} [\p{{L}}\p{{N}}.&'\u2019\-]*+ [ \t]++ ){{0,3}}+ (?i: file [ \t]++ )
        (?i: photo | photograph | picture | pic | image )   # a picture from the files: KT file photo
      | (?i: representative | representational | stock ) [ \t]++ (?i: photo | picture | pic | image )
                                                     # a picture of another place or day (Indian
                                                     # sites): Representative image
    )
    (?: [ \t]*+ / [ \t]*+ \p{{Lu}} [\p{{L}}\p{{N}}.&\-]*+ (?: [ \t]++ \p{{Lu}} [\p{{L}}\p{{N}}.&\-]*+ ){{0,2}}+ ){{0,3}}+
    \.?+ \Z                                          # Getty/Instagram.
    """,
    _FRONT_FLAGS,
)

#: An image's alt text that only says it is one, no caption: ``Avatar``,
#: ``Image``, ``Logo``, ``Profile picture`` (a writer's or a site's badge).
_PLACEHOLDER_ALT = r"""
    (?i: (?: user | author | profile ) [ \t]++ )?+
    (?i: avatar | image | img | photo | picture | pic | logo | icon | thumbnail
       | (?: profile | author ) [ \t]++ (?: picture | photo | image ) )
"""
#: A whole alt text that is a placeholder (:data:`_PLACEHOLDER_ALT`).
IMAGE_PLACEHOLDER_ALT = regex.compile(_PLACEHOLDER_ALT, regex.VERBOSE)

#: Embedded media left as markup on a line of its own: ``<tweet tweet-id="1"><tweet/>``.
BOILERPLATE_EMBED = LazyPattern(
    rf"""
    \A (?: < /?+ [a-z][a-z0-9\-]{{0,20}}+ (?: [ \t]++ [^<>\n]{{0,200}}+ )?+ /?+ > [ \t]*+ ){{1,6}}+ \.?+ \Z
    | \A !\[ [ \t]*+ \] \( [^\s()]*+ \) \Z    # a Markdown image with no alt text: ![](a.jpg)
    | \A !\[ [ \t]*+ {_PLACEHOLDER_ALT} [ \t]*+ \] \( [^\s()]*+ \) \Z
                                             # or a placeholder's: ![Avatar](a.png)
    """,
    _FRONT_FLAGS,
)

#: A social media account as an embedded post names it: ``Jane Doe (@jdoe)``.
_SOCIAL_ACCOUNT = r"""
    [^\n()@]{1,80}+ \( [ \t]*+ @[\p{L}\p{N}_.]{1,30}+ [ \t]*+ \)
"""
#: A social media post embedded in a page and copied as text: X's (Twitter's)
#: signature under the post, ``— Jane Doe (@jdoe) May 4, 2025``, alone or after
#: the post on its line (``Thanks! pic.twitter.com/x1 — Jane Doe (@jdoe) May 4,
#: 2025``); Instagram's ``A post shared by Jane Doe (@jdoe)``.
BOILERPLATE_SOCIAL_POST = LazyPattern(
    rf"""
    \A
    (?: (?s: . ){{0,420}}? [ \t\u00a0] )?                 # the post before it on its line
    [\u2014\u2013\-]{{1,2}}+ [ \t\u00a0]*+ {_SOCIAL_ACCOUNT}
    [ \t\u00a0]*+ {_DL_DATE} [ \t]*+ \Z
    | \A A [ ] post [ ] shared [ ] by [ ]
      (?: {_SOCIAL_ACCOUNT} | @[\p{{L}}\p{{N}}_.]{{1,30}}+ ) (?: [ ] on [ ] [^\n]{{1,60}}+ )?+ \Z
    """,
    _FRONT_FLAGS,
    **_DL_LISTS,
)

#: A quotation alone in its block, perhaps with a dash and a name after it: a pull
#: quote (``“We lost everything” — Ana Ruiz``) when its words stand in the story.
BOILERPLATE_PULL_QUOTE = LazyPattern(
    r"""
    (?: ["\u201c\u00ab\u201e]                        # in double marks
        (?P<quote> [^"\u201c\u201d\u00ab\u00bb\u201e\n]{10,390}+ ) ["\u201d\u00bb\u201c]
      | (?: '' | ['\u2018] )                           # in single marks, or an NYT double
        (?P<quote> (?: [^"\u201c\u201d\u00ab\u00bb\u201e\n'\u2019]
                     | ['\u2019] (?= [\p{L}\p{N}] ) ){10,390}+ )  # (an apostrophe: can't)
        (?: '' | ['\u2019] )
    ) [ \t]*+
    (?: [\u2014\u2013\-]{1,2}+ [ \t]*+ \p{Lu} [^\n]{0,80}+ )?+
    """,
    _FRONT_FLAGS,
)

#: What is no part of a word (a run of marks and spaces), for comparing words.
BOILERPLATE_NO_WORD = regex.compile(r"[^\p{L}\p{N}]+")

#: A credit line glued to the end of a paragraph: ``... said. (Reporting by X)``.
BOILERPLATE_TRAILING_CREDITS = LazyPattern(
    rf"""
    (?<= {_FRONT_SENTENCE_END} ) [ \t\n\r]++         # after a sentence end
    (?P<junk>
        \( [ \t]*+ (?: (?i: {_front_alternation(CREDIT_ROLES)} ) [ \t]++ (?i: by )
          | (?i: {_front_alternation(CREDIT_ROLES_INTL)} ) ) [ \t]++
        [^()\n]{{1,400}}+ \) \.?+                    # the bracketed credit line
      | [\p{{Pd}}\u2212]{{2,}}+ [ \t]*+ (?: Von | VON | By | BY ) [ \t]++ \p{{Lu}} [^\n]{{1,150}}? [ \t]*+
        [\p{{Pd}}\u2212]{{2,}}+                          # the writer between dashes (dpa-AFX)
    ) \Z
    """,
    _FRONT_FLAGS,
)

_BOILERPLATE_AGENCY = _front_alternation(SIGNOFF_AGENCIES)
#: Desk initials after an agency sign-off: ``jrr/mla``, ``so yyon z2 a3 vni/dmo``.
_BOILERPLATE_DESK_TAIL = r"(?: [ \t]++ [a-z0-9]{1,8}+ (?: / [a-z0-9]{1,8}+ )*+ ){0,10}+"
#: The media an EFE story comes with, after its desk initials: ``(foto) (vídeo)``.
_BOILERPLATE_MEDIA_TAGS = rf"(?: [ \t]*+ \( (?i: {_front_alternation(MEDIA_TAGS)} ) \) ){{0,6}}+"
#: What closes an agency name in a sign-off: an end word after a slash
#: (``Lusa/Fim``), or, after the agencies that write them, reporter and editor
#: initials in capitals (``PTI ABC DEF``).
_BOILERPLATE_AGENCY_END = rf"""
    (?: / (?: {_front_alternation(SIGNOFF_END_WORDS)} ) (?![\p{{L}}])
      | (?: / [ \t]*+ \p{{Lu}} [\p{{L}}'\u2019\-]*+ (?: [ \t]++ \p{{L}} [\p{{L}}'\u2019\-]*+ ){{1,3}}+ ){{2,3}}+
        (?= [ \t]*+ \Z )                          # the editors' names after slashes (WAM):
                                                 # WAM/Jane Doe/John Roe
      | (?<= (?: {_front_alternation(INITIALS_AGENCIES)} ) )
        (?: [ \t]++ \p{{Lu}}{{2,3}}+ (?![\p{{L}}\p{{N}}]) ){{1,4}}+
    )?+
"""

#: An agency or the agencies in a source line: ``AFP``, ``agencies``, ``wires``.
_BOILERPLATE_SOURCE_AGENCY = rf"""
    (?: (?i: agencies | agency [ \t]++ reports | news [ \t]++ agencies | wires | wire [ \t]++ services )
      | {_BOILERPLATE_AGENCY} ) (?! [\p{{L}}\p{{N}}] )
"""

#: The outlet and the agencies a story is from, alone on a line under the
#: standfirst or at the end: ``Le Monde with AFP``, ``Staff and agencies``,
#: ``BBC News with Reuters and AP``.
BOILERPLATE_SOURCE_WITH = LazyPattern(
    rf"""
    \A (?: (?! (?: WITH | AND ) [ \t] ) \p{{Lu}} [\p{{L}}\p{{N}}&'\u2019.\-]*+ [ \t]++ ){{1,3}}+
                                                                   # Le Monde, Staff, DAILY SABAH
    (?: with | WITH | and | AND | avec | mit | con ) [ \t]++
    {_BOILERPLATE_SOURCE_AGENCY}
    (?: [ \t]*+ (?: , | and | & | et | und | y | e ) [ \t]*+ {_BOILERPLATE_SOURCE_AGENCY} ){{0,3}}+
    [ \t]*+ \Z
    | \A (?: Article [ ] rédigé [ ] par | Por | Par | Von | By ) [ \t]++
      [\p{{L}}\p{{N}}] [\p{{L}}\p{{N}}&.'\u2019\-]*+ (?: [ \t]++ \p{{Lu}} [\p{{L}}\p{{N}}&.'\u2019\-]*+ ){{0,2}}+
      [ \t]++ (?: avec | with | mit | con ) [ \t]++ {_BOILERPLATE_SOURCE_AGENCY}
      (?: [ \t]++ [\p{{Pd}}|] [ \t]++ \p{{Lu}} [\p{{L}}\p{{N}}&.'\u2019\- ]{{1,40}}+ )?+ \Z
                                                                   # an outlet with an agency as the
                                                                   # byline (franceinfo): Article rédigé
                                                                   # par franceinfo avec AFP - France Télévisions
    | \A (?! BY [ \t] ) \p{{Lu}} [\p{{Lu}}\p{{N}}&.\-]++ [ \t]++ (?: \p{{Lu}} [\p{{L}}\p{{N}}&'\u2019.\-]*+ [ \t]++ ){{0,2}}+
      (?i: staff (?: [ \t]++ (?: writers?+ | reporters?+ ) )?+ ) \Z   # an outlet's initials and
                                                                   # staff: MEE staff
    | \A (?: {_front_alternation(NEWSROOM_WORDS)} ) (?: [ \t]++ \p{{Lu}} [\p{{L}}\-]*+ ){{0,3}}+ \Z
                                                                   # a newsroom as the byline:
                                                                   # Redacción Política (El Tiempo)
    """,
    _FRONT_FLAGS,
)

#: A sign-off block: ``Reuter``, ``REUTER...``, ``(AFP)``, ``EFE jrr/mla``,
#: ``dpa so yyon z2 a3 vni/dmo``.
BOILERPLATE_SIGNOFF = LazyPattern(
    rf"""
    \A (?: (?: [\p{{Pd}}\u2212]{{1,2}}+ | == ) [ \t]*+ )?+  # a leading dash: -- BERNAMA, ==Kyodo
    \(?+
    (?: (?i: reuters? ) | {_BOILERPLATE_AGENCY} )    # the agency (Reuter in any case)
    {_BOILERPLATE_AGENCY_END}                        # Lusa/Fim, PTI ABC DEF
    \)?+
    (?: \.\.\.?+ | \. | \u2026 )?+                   # REUTER... / Reuter.
    {_BOILERPLATE_DESK_TAIL}                         # desk initials
    {_BOILERPLATE_MEDIA_TAGS}                        # EFE: (foto) (vídeo)
    (?: \^M )?+                                      # a carriage return in caret notation
    \Z
    | \A / (?i: {_BOILERPLATE_AGENCY} ) / \Z            # the agency between slashes (Ritzau): /ritzau/
    | \A (?: {_BOILERPLATE_AGENCY} ) (?: / | [ ] (?= \( [^()\n:]{{1,40}}+ : ) ) \( [^()\n]{{1,200}}+ \) \Z
                                  # the agency, its desk and staff in brackets after a slash
                                  # (Agerpres): AGERPRES/(AS - autor: Ion Popescu, editor: ...),
                                  # or after a space with a label's colon: AGERPRES (autor: ...)
    """,
    _FRONT_FLAGS,
)

#: A sign-off glued to the end of the last paragraph: ``... campaign." AFP``,
#: ``... (33.7).        REUTER``.
BOILERPLATE_TRAILING_SIGNOFF = LazyPattern(
    rf"""
    (?: (?<= {_FRONT_SENTENCE_END} ) [ \t\n\r]++     # after a sentence end
      | [ \t]*+ (?: \r\n | [\n\r] ) [ \t]*+ )            # or on a line of its own
    (?P<junk>
        (?: (?: [\p{{Pd}}\u2212]{{1,2}}+ | == ) [ \t]*+ )?+
        \(?+ (?: (?i: reuters? ) | {_BOILERPLATE_AGENCY} ) {_BOILERPLATE_AGENCY_END} \)?+
        (?: \.\.\.?+ | \. | \u2026 )?+                   # (ANSA).
        {_BOILERPLATE_DESK_TAIL}
        {_BOILERPLATE_MEDIA_TAGS}
        (?: \^M )?+
    ) \Z
    """,
    _FRONT_FLAGS,
)

#: A site's name signing off the last paragraph after a dash (Philippine
#: sites): ``... publication. – Rappler.com``, ``... said. -- Inquirer.net``.
BOILERPLATE_TRAILING_SITE = LazyPattern(
    rf"""
    (?<= {_FRONT_SENTENCE_END} ) [ \t]++
    (?P<junk> [\p{{Pd}}\u2212]{{1,2}}+ [ \t]*+ \p{{Lu}} [\p{{L}}\p{{N}}\-]{{1,30}}+ (?: \. [a-z]{{2,4}}+ ){{1,2}}+ )
    \Z
    """,
    _FRONT_FLAGS,
)

#: A paper's sign-off with its sources between slashes, after a dash (Buenos
#: Aires Times): ``– TIMES/AFP/NA``, ``—TIMES/Bloomberg``; one source at least is
#: an agency.
BOILERPLATE_SOURCES_SIGNOFF = LazyPattern(
    rf"""
    \A [\p{{Pd}}\u2212]{{1,2}}+ [ \t]*+
    (?: \p{{Lu}} [\p{{L}}\-]{{0,20}}+ [ \t]*+ / [ \t]*+ ){{0,3}}?        # the paper and other sources
    (?: {_BOILERPLATE_AGENCY} ) (?! [\p{{L}}\-] )                     # an agency
    (?: [ \t]*+ / [ \t]*+ \p{{Lu}} [\p{{L}}\-]{{0,20}}+ ){{0,3}}+ \Z
    """,
    _FRONT_FLAGS,
)

#: An editor's initials and the outlet after a dash, closing a story (GMA
#: News): ``—VBL, GMA Integrated News``, ``-- LDF/KG, The Daily Planet``.
BOILERPLATE_INITIALS_SIGNOFF = LazyPattern(
    r"""
    \A [\p{Pd}\u2212]{1,2}+ [ \t]*+
    \p{Lu}{2,5}+ (?: / \p{Lu}{2,5}+ ){0,3}+                        # the editors' initials: VBL, LDF/KG
    [ \t]*+ , [ \t]++
    \p{Lu} [\p{L}\p{N}.&'\u2019\-]{0,30}+ (?: [ \t]++ \p{Lu} [\p{L}\p{N}.&'\u2019\-]{0,30}+ ){0,4}+
                                                                 # the outlet: GMA Integrated News
    \Z
    """,
    _FRONT_FLAGS,
)

#: An AFP-style desk code alone: ``bur-dar-gl/fz``, ``jm/sst``.
BOILERPLATE_DESK = LazyPattern(
    r"""
    \A (?: \( (?i: schluss | ende | end | fin | fim ) \) [ \t]++ )?+   # an end mark before (APA): (Schluss) ab/mm
    /?+                                     # a slash first (dpa-AFX): /am/he
    [a-z]{2,6}+ (?: - [a-z]{2,6}+ )*+    # the desks: bur-dar-gl
    (?: / [a-z]{2,6}+ )++                   # the editors: /fz
    (?: [ \t]++ \( [\p{L} ,.&\-]{2,60}+ \) )?+ # the sources (DW): jd/js (dpa, Reuters)
    \Z
    | \A \p{Lu}{2,4}+ (?: [ \t]*+ // [ \t]*+ \p{Lu}{2,4}+ )++ \Z
                                            # Lusa's initials: ABC // XYZ
    | \A \p{Lu}{3,4}+ (?: / \p{Lu}{2,4}+ ){2,4}+ \Z
                                            # the agency's and desk's initials in capitals: NTX/JRR/MSG
    | \A \p{Lu}{2,3}+ / \p{Lu}{3}+ \Z       # the writer's and editor's initials (APS): MD/ASG
    | \A \d{3,5}+ \*\* \d{3,5}+ \Z           # the editors' numbers under IRNA's copy: 9417**2046
    | \A (?: \p{Ll}{2,4}+ / [ \t]*+ ){2,4}+ \Z   # the editors' initials, each closed by a slash (PAP): mok/ mhr/
    | \A / \p{Lu}{2,3}+ (?: , [ \t]*+ \p{Lu}{2,3}+ ){0,2}+ / \Z
                                            # the editor's initials between slashes (BTA): /ИВ/
    | \A BBC [ \t]++ Mon (?: [ \t]++ [\p{L}\p{N}]{1,8}+ ){1,10}+ (?: / [a-z0-9]{1,8}+ )*+ \Z
                                            # BBC Monitoring's desks and editors: BBC Mon EU1 Pol sm/ak
    """,
    _FRONT_FLAGS,
)

#: A wire's media tags alone on their line (EFE): ``(photo)``, ``(foto) (vídeo)``.
BOILERPLATE_MEDIA_TAGS_ALONE = LazyPattern(
    rf"\A (?: \( (?i: {_front_alternation(MEDIA_TAGS)} ) \) [ \t]*+ ){{1,6}}+ \Z", _FRONT_FLAGS
)

#: A broadcast transcript's stage direction alone on its line: ``(BEGIN VIDEOTAPE)``,
#: ``(END VIDEO CLIP)``, ``(COMMERCIAL BREAK)``, ``[CROSSTALK]``.
BOILERPLATE_TRANSCRIPT_CUE = LazyPattern(
    rf"""
    \A [(\[] [ \t]*+
    (?: (?: BEGIN | END | START ) [ \t]++ (?: {_front_alternation(TRANSCRIPT_CLIPS)} )
        (?: [ \t]++ \p{{Lu}} [\p{{Lu}}\p{{N}}\-]*+ ){{0,3}}+   # (BEGIN VIDEO CLIP TWO)
      | (?: {_front_alternation(TRANSCRIPT_CUES)} ) )
    [ \t]*+ [)\]] \Z
    """,
    _FRONT_FLAGS,
)

#: A transcript's time code alone on its line (CNN): ``[10:00:08]``.
BOILERPLATE_TIME_CODE = LazyPattern(
    r"\A \[ [ \t]*+ \d{1,2}+ : \d{2} (?: : \d{2} )?+ [ \t]*+ \] \Z", _FRONT_FLAGS
)

#: A translator's note on what is left out, in square brackets alone on its
#: line (BBC Monitoring): ``[Passage omitted: background on the protests]``.
BOILERPLATE_OMISSION_NOTE = LazyPattern(
    rf"""
    \A \[ [ \t]*+ (?i: {_front_alternation(OMISSION_NOTES)} )
    (?: [ \t]*+ [:;,\p{{Pd}}] [^\[\]\n]{{0,200}}+ )?+ [ \t]*+ \] \Z
    """,
    _FRONT_FLAGS,
)

#: A desk code glued to the end of the last paragraph: ``... said. bur-dar/fz``.
BOILERPLATE_TRAILING_DESK = LazyPattern(
    r"""
    (?<= [.!?\"\u201d\u2019)\]] ) [ \t\n\r]++
    (?P<junk> [a-z]{2,6}+ (?: - [a-z]{2,6}+ )*+ (?: / [a-z]{2,6}+ )++ ) \Z
    """,
    _FRONT_FLAGS,
)

#: An end mark glued to the end of the last paragraph: ``... said. Enditem``.
BOILERPLATE_TRAILING_END_MARK = LazyPattern(
    rf"""
    (?<= [.!?\"\u201d\u2019)\]] ) [ \t\n\r]++
    (?P<junk> \(?+ (?i: {_front_alternation(END_MARKS)} ) \)?+ ) \Z
    """,
    _FRONT_FLAGS,
)

#: The Reuters standards trailer.
#: The name of an outlet: an acronym (``SCMP``, ``BBC News``), or capitalised
#: words ending with a newspaper's word (``The Straits Times``).
_OUTLET_NAME = r"""
    (?: \p{Lu}{2,8}+ (?: [ ] \p{Lu}\p{Ll}++ )?+
      | (?: \p{Lu}[\p{L}'’.\-]*+ [ ] ){0,3}+
        (?: News | Times | Post | Herald | Journal | Guardian | Telegraph | Tribune | Star
          | Mail | Independent | Standard | Express | Globe | Mirror | Chronicle | Gazette ) )
"""

#: The Reuters standards trailer; a link to a site's standards page
#: (``Why you can trust SCMP``).
BOILERPLATE_STANDARDS = LazyPattern(
    rf"""
    \A (?i: {_front_alternation(STANDARDS_OPENINGS)} )
    | \A (?i: {_front_alternation(TRUST_LINKS)} ) [ \t]++ (?: us | {_OUTLET_NAME} ) [ \t]*+ [?.]?+ \Z
    | \A (?i: fact [ \t\-]?+ checked ) [ \t]*+ \Z        # a fact-check badge over the story (Newsweek)
    | \A \p{{Lu}} [^\n]{{0,60}}? [ \t] (?i: is [ \t]++ a [ \t]++ trust [ \t]++ project [ \t]++ member )
      [ \t]*+ \.?+ \Z                                   # a site's badge: Newsweek Is A Trust Project Member
    """,
    _FRONT_FLAGS,
)

#: The disclosure of an opinion piece's writers: a heading alone on its line
#: (``Disclosure statement``, ``Partners``) or a block with a phrase of its
#: fixed sentences (searched for, in short blocks).
BOILERPLATE_DISCLOSURE = LazyPattern(
    rf"""
    \A (?i: {_front_alternation(DISCLOSURE_HEADINGS)} ) [ \t]*+ :?+ \Z
    | (?i: {_front_alternation(DISCLOSURE_PHRASES)} )
    """,
    _FRONT_FLAGS,
)

#: A disclosure note of its own under the story: ``Disclosure: Acme has been a
#: financial supporter of the Tribune ...``.
BOILERPLATE_DISCLOSURE_NOTE = LazyPattern(
    r"\A (?i: disclosure | financial [ \t]++ disclosure ) [ \t]*+ : [ \t]++ \p{Lu} [^\n]{0,800}+ \Z",
    _FRONT_FLAGS,
)

#: An editor's note on a change to the story, a paragraph of its own:
#: ``This article was amended on 4 November 2025 to correct ...``.
BOILERPLATE_CORRECTION = LazyPattern(
    rf"\A (?i: {_front_alternation(CORRECTION_OPENINGS)} ) [^\n]{{0,600}}+ \Z", _FRONT_FLAGS
)

#: Press-release furniture, a line of its own: the heading of a closing section
#: (``About Acme Robotics``, ``Media Contact:``, ``Forward-Looking Statements``),
#: ``NEWS PROVIDED BY`` over the company's name, ``SOURCE Acme Robotics Inc.``
BOILERPLATE_RELEASE = LazyPattern(
    rf"""
    \A (?i: {_front_alternation(RELEASE_HEADINGS)} ) [ \t]*+ :?+ \Z   # Media Contact:
    | \A (?i: contact ) [ \t]*+ : \Z                    # Contact: (Contact alone is a page link)
    | \A (?i: (?: media | press | investor | investors ) [ \t]++ )?+ (?i: contacts?+ ) [ \t]*+ :
      (?= [^\n]{{0,200}}? [@\d] | [^\n]{{0,120}}+ \n [^\n]{{0,200}}? [@\d] )
      [^\n]{{1,200}}+ (?: \n [^\n]{{1,200}}+ ){{0,3}}+ \Z  # Media contact: Jo Lee, jo@acme.example
                                                       # (the number on the next line)
    | \A (?i: for [ \t]++ immediate [ \t]++ release ) [^\n]{{0,40}}+ \Z   # FOR IMMEDIATE RELEASE
    | \A (?i: for [ \t]++ release ) (?: [ \t]*+ : | [ \t]++ (?i: at ) [ \t]++ (?= \d ) ) [^\n\d]{{0,40}}+ \d [^\n]{{0,20}}+ \Z
                                                       # For release: Tuesday, March 4, 2025;
                                                       # For release at 2:00 p.m. EDT (a central bank)
    | \A (?i: for [ \t]++ (?: media | press ) [ \t]++ (?: inquiries | enquiries | queries ) ) [ \t]*+ [,:]
      (?= [^\n]{{0,200}}? [@\d] ) [^\n]{{1,200}}+ \Z     # For media inquiries, please email ... or call ...
    | \A (?i: (?: media | press ) [ \t]++ )?+ (?i: contacts?+ ) [ \t]*+ : [ \t]++ \p{{Lu}} [^\n.!?]{{0,60}}+ \Z
                                                       # Contact: Office of Communications
    | \A (?: \+ \d{{1,3}} [ \t]*+ )?+ \( \d{{2,4}} \) [ \t]*+ \d{{3,4}} [ \t.\-] \d{{4}}
      (?: [ \t]*+ [|,;/] [ \t]*+ [^\s@]{{1,40}}+ @ [^\s@]{{1,60}}+ )?+ [ \t]*+ \Z
                                                       # its telephone and e-mail: (202) 555-0142 | a@b.gov
    | \A (?: (?i: about ) [ \t]++ (?! (?i: the | a | an | us | this | our ) \b )
          | (?i: über | acerca [ \t]++ de | sobre | informazioni [ \t]++ su | over ) [ \t]++
          | (?i: à | a ) [ \t]++ (?i: propos ) [ \t]++ (?: (?i: de ) [ \t]++ | (?i: d ) ['\u2019] ) )
      \p{{Lu}} [^\n.!?:;,"\u201c\u201d]{{0,60}}+ (?<! [ \t] ) \.?+ \Z
                                                       # About Acme Robotics (no sentence); in
                                                       # other languages: À propos d'Acme, Über Acme
    | \A (?i: {_front_alternation(RELEASE_PROVIDERS)} ) [ \t]*+ :?+ \Z # NEWS PROVIDED BY
    | \A (?i: from ) [ \t]*+ : \Z                       # From: (a government release's
                                                       # issuer on the next line: gov.uk)
    | \A SOURCE [ \t]++ \p{{Lu}} [^\n]{{0,80}}+ \Z          # SOURCE Acme Robotics Inc.
    | \A RNS [ \t]++ Number [ \t]*+ : [ \t]*+ [0-9A-Z]{{4,8}}+ \Z
                                                       # a London regulatory announcement's
                                                       # number (RNS): RNS Number : 4821K
    | \A \( [ \t]*+ ["\u201c] [^()\n"\u201c\u201d]{{1,60}}+ ["\u201d] [ \t]++ (?i: or ) [ \t]++ (?i: the ) [ \t]++
      ["\u201c] (?i: company | group | issuer | bank | fund | trust ) ["\u201d] [ \t]*+ \) \Z
                                                       # the issuer's short name defined under its
                                                       # name: ("Halden" or the "Company")
    | \A \p{{Lu}} [\p{{L}}\p{{N}}&.'\u2019\-]*+ (?: [ \t]++ (?! (?: PLC | plc | Plc ) \Z ) \p{{Lu}} [\p{{L}}\p{{N}}&.'\u2019\-]*+ ){{0,4}}+ [ \t]++
      (?: PLC | plc | Plc ) \Z                          # the issuer's name alone (RNS): Halden Minerals PLC
    | \A (?i: {_front_alternation(REGULATORY_NOTES)} ) [^\n]{{0,400}}+ \Z
                                                       # its legal notices: This announcement
                                                       # contains inside information ...
    | \A \p{{Lu}}{{2,8}}+ (?: / \p{{Lu}}{{2,8}}+ ){{0,3}}+ / (?: \d{{2}} / )?+ \d{{3,6}}+
      (?: / (?: Rev | Add | Corr ) \. \d{{1,2}}+ )?+ \Z
                                                       # an official release's document symbol
                                                       # (the UN's SG/SM/12345, GA/12567; the
                                                       # European Commission's IP/26/1234)
    | \A \p{{Lu}} [\p{{L}}&.'\u2019\-]*+ (?: [ \t]++ (?: \p{{Lu}} [\p{{L}}&.'\u2019\-]*+ | of | the | for | and ) ){{0,7}}+
      [ \t]*+ [\p{{Pd}}|:] [ \t]*+ (?i: {_front_alternation(RELEASE_STAMP_LABELS)} ) \Z
                                                       # the issuer over its release's kind:
                                                       # European Commission - Press release
    | \A (?i: {_front_alternation(PRESS_OFFICES)} )
      (?: [ \t]++ (?: \p{{Lu}} [\p{{L}}&'\u2019\-]*+ | (?i: des | der | of | the | du | de | la | del
                   | della | dello | do | da | van | het | and | und | et | y | e ) ) ){{0,6}}+
      [ \t]*+ \Z                                       # a press office: Mitteilung der Pressestelle,
                                                       # Pressestelle des Bundesgerichtshofs
    | \A (?: (?i: {_front_alternation(RELEASE_STAMP_LABELS)} ) [ \t]++ )?+
      (?: Nr | No | N[°º] | Núm | n[°º] ) \.?+ [ \t]*+ \d{{1,4}}+ / \d{{2,4}}+
      (?: [ \t]++ (?i: vom | of | du | del | de | van | dated ) [ \t]++ [^\n]{{4,30}}+ )?+ \Z
                                                       # a release's number and day:
                                                       # Nr. 041/2026 vom 04.03.2026
    """,
    _FRONT_FLAGS,
)

#: A personal name in a signature: two to four capitalised words or initials
#: (``Jane Q. Doe``, ``Mary-Ann O'Neil``).
_SIGNATURE_NAME = r"""
    {word} (?: [ \t]++ (?: \p{{Lu}} \. | {word} ) ){{1,3}}+
""".format(word=r"\p{Lu} (?: \p{Ll} | ['\u2019] \p{Lu} ) [\p{L}\p{M}'\u2019\-]*+")
#: A state or province after a town in a signature (``Calif.``, ``N.Y.``, ``Ohio``).
_SIGNATURE_STATE = _front_alternation(sorted(US_STATES | CANADIAN_PROVINCES | US_STATE_NAMES))
#: A town and its state: ``Long Beach, Calif.``, ``Springfield Ill.``
_SIGNATURE_TOWN = rf"""
    \p{{Lu}} [\p{{L}}\p{{M}}'\u2019\-]*+ (?: [ \t]++ \p{{Lu}} [\p{{L}}\p{{M}}'\u2019\-]*+ ){{0,2}}
    ,?+ [ \t]++ (?: {_SIGNATURE_STATE} )       # (two words at most to give back to the state)
"""

#: The name alone that signs a reader's letter, over the line with the town:
#: ``Jane Q. Doe.`` (see :data:`SIGNATURE_TOWN`).
SIGNATURE_NAME = LazyPattern(rf"\A {_SIGNATURE_NAME} \.?+ \Z", _FRONT_FLAGS)

#: The writer's name under a newsletter's closing words, perhaps after a
#: possessive (``Ihr Max Mustermann``, ``Votre Marie Dupont``, ``Jane Doe``).
NEWSLETTER_SIGNER = LazyPattern(
    r"""
    \A (?: (?: Ihr | Ihre | Euer | Eure | Dein | Deine | Votre | Ton | Ta | Tu | Su | Vuestro
          | Vuestra | Il[ ]vostro | La[ ]vostra | Seu | Sua | O[ ]seu | A[ ]sua | Jullie | Your
          | Yours ) ,?+ [ \t]++ )?+
    """
    + _SIGNATURE_NAME
    + r" \.?+ \Z",
    _FRONT_FLAGS,
)

#: The town under a reader's name that signs a letter: ``Long Beach, Calif.``
SIGNATURE_TOWN = LazyPattern(rf"\A {_SIGNATURE_TOWN} \.?+ \Z", _FRONT_FLAGS)

#: A letter's signature with the writer's role after the name:
#: ``Jane Doe, chair, Eastbrook Allotment Society`` (no sentence's mark).
ROLE_SIGNATURE = LazyPattern(
    rf"""\A {_SIGNATURE_NAME} [ \t]*+ , [ \t]++ [^\n.!?;:"\u201c\u201d]{{2,80}}+ \.?+ \Z""",
    _FRONT_FLAGS,
)

#: A letter's signature with the town after the name on its line:
#: ``Jane Roe, Springfield``, ``John Carver, Long Beach, Calif.`` (no sentence's mark).
NAMED_TOWN_SIGNATURE = LazyPattern(
    rf"""
    \A {_SIGNATURE_NAME} [ \t]*+ , [ \t]++
    (?: {_SIGNATURE_TOWN} | \p{{Lu}} [\p{{L}}\p{{M}}'\u2019\-]*+ (?: [ \t]++ \p{{Lu}} [\p{{L}}\p{{M}}'\u2019\-]*+ ){{0,2}}+ )
    \.?+ \Z
    """,
    _FRONT_FLAGS,
)

#: A town alone under a letter's signed name (British letters pages):
#: ``Eastbrook``, ``Milton Keynes``, ``Stoke-on-Trent.``
TOWN_ALONE = LazyPattern(
    r"\A \p{Lu} [\p{L}\p{M}'\u2019\-]*+ (?: [ \t]++ \p{Lu} [\p{L}\p{M}'\u2019\-]*+ ){0,2}+ \.?+ \Z",
    _FRONT_FLAGS,
)

#: A signature after a dash, on a line of its own: ``- Jane Doe.``,
#: ``— Jane Doe, Springfield, Ill.``, ``-John Roe, Portland.``
BOILERPLATE_SIGNATURE = LazyPattern(
    rf"""
    \A [\p{{Pd}}\u2212] [ \t]*+ {_SIGNATURE_NAME}
    (?: , [ \t]++ (?: {_SIGNATURE_TOWN} | \p{{Lu}} [\p{{L}}\p{{M}}'\u2019\-]*+ (?: [ \t]++ \p{{Lu}} [\p{{L}}\p{{M}}'\u2019\-]*+ ){{0,2}}+ ) )?+
    \.?+ \Z
    """,
    _FRONT_FLAGS,
)

#: The note on the writer that ends an opinion piece: a name (its first name is
#: checked by the caller), ``is``, then a role within the sentence:
#: ``Jane Q. Doe is a professor of law at Springfield University.``
BOILERPLATE_AUTHOR_NOTE = LazyPattern(
    rf"""
    \A (?P<first> \p{{Lu}} \p{{Ll}}++ ) (?: [ \t]++ (?: \p{{Lu}} \. | \p{{Lu}} [\p{{L}}\p{{M}}'\u2019\-]++ ) ){{1,3}}+
    [ \t]++ is [ \t]++ [^\n.;:!?"\u201c\u201d]{{0,80}}?
    \b (?i: {_front_alternation(AUTHOR_NOTE_ROLES)} ) s?+ \b     # ... is a professor
    [^\n]{{0,240}}+ \Z
    """,
    _FRONT_FLAGS,
)

#: The note on the writer that ends a story whose byline was lost: a name (the
#: surname alone too), ``is``, a newsroom's role and the outlet after ``for``,
#: ``at`` or ``with``: ``Gaudiano is a Washington-based reporter for the USA
#: TODAY NETWORK.`` (The caller checks that the story never names the person.)
BOILERPLATE_WRITER_NOTE = LazyPattern(
    rf"""
    \A (?: \p{{Lu}} \p{{Ll}}++ [ \t]++ (?: \p{{Lu}} \. [ \t]++ )?+ )?   # a first name, an initial
    (?P<surname> \p{{Lu}} \p{{Ll}}++ (?: [\-'\u2019] \p{{Lu}} \p{{Ll}}++ )?+ )
    [ \t]++ is [ \t]++ (?: a | an ) [ \t]++ [^\n.;:!?"\u201c\u201d]{{0,60}}?
    \b (?: {_front_alternation(WRITER_NOTE_ROLES)} ) \b          # ... is a columnist
    [ \t]++ (?: for | at | with ) [ \t]++                         # for the Lakeshore Tribune
    [^\n]{{0,200}}+ \Z
    """,
    _FRONT_FLAGS,
)

#: What follows the writer's name in a line about the writer at the end of a
#: story: `` is a national reporter covering the Northeast.``,
#: `` covers energy for Reuters.``, `` receives funding from the Research Council.``
#: (The caller matches the name.)
BOILERPLATE_BIO_REST = LazyPattern(
    r"""
    [ \t]++ (?:                                 # (matched at the end of the name)
        (?: is | has [ \t]++ been ) [ \t]++ [^\n.!?]{0,100}?
        \b (?: reporter | correspondent | writer | editor | columnist | journalist
            | producer | contributor | critic | bureau [ \t]++ chief | staff | fellow ) s?+ \b
                                                  # is a national reporter ...
      | (?: covers | reports [ \t]++ on | writes [ \t]++ (?: about | on ) ) [ \t]++
                                                  # covers energy for Reuters
      | (?: receives | has [ \t]++ received | received ) [ \t]++ funding [ \t]++ from [ \t]++
                                                  # the writer's disclosure (The Conversation)
    )
    [^\n]{0,160}+ \Z
    """,
    _FRONT_FLAGS,
)

#: What follows the writer's full name in a line about an opinion writer at the
#: end of the piece, whatever the writer does: `` is a former teacher ...``,
#: `` is professor of law at ...``, `` teaches law at ...`` (the caller matches
#: the full name: a surname alone may be someone else's in the story).
BOILERPLATE_BIO_REST_OF_NAME = LazyPattern(
    r"""
    [ \t]++ (?:
        is [ \t]++ (?: an?+ | the | former | professor | senior | associate | assistant
            | emeritus | director | chair | head | president | founder | co-founder | chief ) \b
      | (?: teaches | directs | leads | chairs | heads | co-founded | founded ) [ \t]++
    )
    [^\n]{0,240}+ \Z
    | , [ \t]++ (?: an?+ | the | former ) \b [^\n]{0,160}? , [ \t]++ is [ \t]++ [^\n]{0,240}+ \Z
                                  # a former post between commas first (Project Syndicate):
                                  # Jane Doe, a former chief economist at ..., is professor ...
    """,
    _FRONT_FLAGS,
)

#: A copyright line: ``Copyright 2021 ...``, ``© 2021 ...``, ``... All rights reserved.``
BOILERPLATE_COPYRIGHT = LazyPattern(
    rf"""
    \A (?i: copyright ) [ \t]*+ (?: \u00a9 | (?i: \(c\) ) | \d{{4}} | : | \p{{Lu}} )
                                                                 # Copyright 2021 / Copyright ©
    | \A (?: \u00a9 | \u2117 | (?i: \(c\) | copr\. ) )            # © 2021 ...
    | \A c\. [ \t]?+ (?: 19 | 20 ) \d\d [ \t]++ (?! (?: BCE? | AD | CE ) \b ) \p{{Lu}}
                                                                 # c.2024 The New York Times (not c. 2000 BC)
    | \A (?: dpa-infocom [ \t]*+ , [ \t]*+ )?+ dpa: \d{{6}} - \d{{2,3}} - \d{{1,9}} (?: / \d{{1,3}} )?+ [ \t]*+ \Z
                                                                 # dpa's story code, its © dropped:
                                                                 # dpa-infocom, dpa:260310-99-123456/2
    | (?i: {_front_alternation(COPYRIGHT_PHRASES)} )             # All rights reserved
    """,
    _FRONT_FLAGS,
)

#: A publisher's imprint: ``MCI (P) 066/10/2023``, ``Published by SPH Media Limited``.
BOILERPLATE_IMPRINT = LazyPattern(
    r"""
    \A (?i: mci | mica ) [ \t]*+ \( [ \t]*+ P [ \t]*+ \) [ \t]*+ \d   # MCI (P) 066/...
    | \b (?i: co\. [ \t]*+ regn\. | company [ \t]++ registration )     # Co. Regn. No.
    | \A (?i: published [ \t]++ by ) [ \t]++ [^\n]{0,80}?
      \b (?: Limited | Ltd | Inc | GmbH | LLC | PLC | Plc | S\.A\. | AG ) \b
                                                                       # Published by X Limited
    | \A \p{Lu} [\p{L}\p{N}.&'\u2019\-]*+ (?: [ \t]++ \p{Lu} [\p{L}\p{N}.&'\u2019\-]*+ ){0,4}+
      [ \t]++ is [ \t]++ published [ \t]++ by [ \t]++ \p{Lu} [^\n]{0,150}+ \Z
                                                                       # the site's publisher under the story:
                                                                       # Slate is published by The Slate Group ...
    | \A (?i: a [ \t]++ version [ \t]++ of [ \t]++ this | this ) [ \t]++ (?i: article | story )
      [ \t]++ (?i: appears | appeared ) [ \t]++ (?i: in ) [ \t]++ [^\n]{0,200}?
      \b (?i: print | edition ) \b [^\n]{0,400}+ \Z                     # the print edition's note
    | \A (?i: (?: appeared | published ) [ \t]++ in [ \t]++ the ) [ \t]++ [^\n]{0,60}? \b (?i: print [ \t]++ edition ) \b
      [^\n]{0,300}+ \Z                                                 # Appeared in the May 1, 2024, print edition as ...
    | \A (?i: published [ \t]++ in ) [ \t]++ \p{Lu} [^\n,]{0,60}+ , [ \t]++ [^\n]{0,30}? \d{4} \.?+ \Z
    | \A (?i: translation [ \t]++ of [ \t]++ an? [ \t]++ original | translated [ \t]++ from [ \t]++ the
        | edited [ \t]++ translation [ \t]++ from [ \t]++ (?= \p{Lu} )     # Egypt Independent: Edited
                                                                       # translation from Al-Masry Al-Youm
        | this [ \t]++ (?: article | story ) [ \t]++ (?: was | has [ \t]++ been ) [ \t]++ translated ) \b
      [^\n]{0,300}+ \Z                                                 # Translation of an original article ...
                                                                       # Published in Dawn, May 14th, 2024
    """,
    _FRONT_FLAGS,
)

#: A nonprofit newsroom's note on itself under a story it wrote or let others
#: republish (ProPublica, The Texas Tribune, CalMatters, Chalkbeat): ``The Texas
#: Tribune is a member-supported, nonpartisan newsroom ...``: its name, ``is a``
#: (``is part of``), then a newsroom or news organisation in its first sentence.
BOILERPLATE_OUTLET_NOTE = LazyPattern(
    r"""
    \A \p{Lu} [\p{L}\p{N}.&'\u2019\-]*+ (?: [ \t]++ \p{Lu} [\p{L}\p{N}.&'\u2019\-]*+ ){0,4}+
    [ \t]++ is [ \t]++ (?: an? | part [ \t]++ of ) [ \t]++ [^\n.!?]{0,120}?
    (?i: newsroom | news [ \t]++ (?: organi[sz]ations?+ | site | outlet | network | service ) ) \b
    [^\n]{0,300}+ \Z
    | \A (?: The [ \t]++ )?+ \p{Lu} [\p{L}\p{N}.&'\u2019\-]*+ (?: [ \t]++ \p{Lu} [\p{L}\p{N}.&'\u2019\-]*+ ){0,4}+
      [ \t]++ is [ \t]++ an? [ \t]++ (?: [\p{L}\-]++ , [ \t]++ )?+
      (?i: non-?profit | not-for-profit | nonpartisan | non-partisan | independent ) , ?+ [ \t]++
      (?: (?i: nonpartisan | non-partisan | public [ \t]++ policy | policy | research ) [ \t]++ )?+
      (?i: organi[sz]ation | think [ \t]++ tank | institute | research [ \t]++ cent(?:er|re) )
      [ \t]++ (?: devoted | dedicated | committed ) [ \t]++ to [ \t]++ [^\n]{0,300}+ \Z
                                  # a think tank's note on itself: ... is a nonprofit organization devoted to ...
    | \A \p{Lu}{2,12}+ [ \t]++ provides [ \t]++ up-to-date [ \t]++ [^\n]{0,380}+ \Z
                                  # a wire's note on its services (Bernama): BERNAMA provides up-to-date ...
    """,
    _FRONT_FLAGS,
)

#: A promo: ``Join ST's Telegram channel ...``, ``Read more:``, sign-ups.
_PROMO_AT_START = rf"""
    \A [\p{{Pd}}\u2212>*•\t \p{{So}}\ufe0f]{{0,8}}+ (?i: {_front_alternation(PROMO_OPENINGS)} )
                                                           # opens with a call (after marks, an emoji: 👉 Read more:)
    | \A (?i: follow ) [ \t]++ [^\n]{{1,60}}? [ \t]++ (?i: on ) [ \t]++
      (?i: twitter | x | facebook | instagram | threads | bluesky | telegram | linkedin ) \b
                                                                             # Follow X on Twitter
    | \A (?: (?i: follow ) [ \t]++
        | (?i: twitter | x | instagram | threads | bluesky | facebook | tiktok | youtube
            | telegram ) [ \t]*+ : [ \t]*+ )
      @ [\p{{L}}\p{{N}}_]{{1,30}}+ [^\n]{{0,80}}+ \Z                              # Follow @X, Twitter: @X
    | \A \p{{Lu}} [\p{{L}}\p{{N}}.&'\u2019\-]*+ (?: [ \t]++ \p{{Lu}} [\p{{L}}\p{{N}}.&'\u2019\-]*+ ){{0,3}} [ \t]++
      (?: Newsletters?+ | NEWSLETTERS?+ ) \Z                                     # a sign-up box's heading:
                                                                             # Daily Planet Newsletters
    | \A (?: (?i: {_front_alternation(CHANNEL_CALLS)} ) [ \t]++ [^\n.!?]{{1,100}}? [ \t]
        (?i: on | at | in | via | with ) [ \t]++ (?i: our ) [ \t]++ (?: [\p{{L}}\-]++ [ \t]++ ){{0,2}}?
        (?i: {_front_alternation(OWN_CHANNELS)} ) \b                       # a call to the outlet's own
                                                                             # channels: Follow all the latest
                                                                             # sport on our website.
      | (?i: {_front_alternation(SITE_CALLS)} ) [ \t]++ [^\n.!?]{{1,100}}? [ \t] (?i: at | on ) [ \t]++
        [\p{{L}}\p{{N}}\-]++ (?: \. \p{{L}} [\p{{L}}\p{{N}}\-]*+ )++ )          # or to its site: Keep up
                                                                             # with the race at example.com
      [^\n.!?]{{0,60}}+ [.!]?+ \Z
    | \A (?i: support ) [ \t]++ [^\n.!?]{{1,60}}? [ \t] (?i: journalism ) [^\n.!?]{{0,60}}+ \Z
                                                                             # an appeal's heading: Support
                                                                             # The Daily Planet's journalism
    | \A (?i: the [ \t]++ post ) [ \t]++ [^\n]{{1,300}}? [ \t] (?i: appeared [ \t]++ first [ \t]++ on )
      [ \t]++ [^\n]{{1,120}}+ \Z                                                 # RSS: The post X appeared first on Y.
    | \A (?i: {_front_alternation(FEED_FOOTER_OPENINGS)} ) [ \t]++ [^\n]{{1,300}}? [ \t]
      (?i: {_front_alternation(FEED_FOOTER_PHRASES)} ) [ \t]++ [^\n]{{1,120}}+ \Z
                                                                             # the same in other languages:
                                                                             # La entrada X se publicó primero en Y.
"""
#: A promo's phrase anywhere in the block (names a channel).
_PROMO_PHRASE = rf"(?i: {_front_alternation(PROMO_PHRASES)} )"
BOILERPLATE_PROMO = LazyPattern(rf"{_PROMO_AT_START} | {_PROMO_PHRASE}", _FRONT_FLAGS)
BOILERPLATE_PROMO_AT_START = LazyPattern(_PROMO_AT_START, _FRONT_FLAGS)
BOILERPLATE_PROMO_PHRASE = LazyPattern(_PROMO_PHRASE, _FRONT_FLAGS)

#: A story's sentence that reports what someone said (``the group said in a post on
#: its Telegram channel``): the words of a promo's phrase in it are no promo.
REPORTED_SPEECH = LazyPattern(
    r"(?<![\p{L}\p{N}]) (?: said | says | told | tells | wrote | writes | added | claimed"
    r" | announced | reported ) (?![\p{L}\p{N}])",
    _FRONT_FLAGS,
)

#: An advertising slot: ``Advertisement``, ``ADVERTISEMENT``, ``Anzeige``,
#: ``[Advertisement]``.
BOILERPLATE_ADVERT = LazyPattern(
    rf"\A [\p{{Pd}}\u2212 \t]*+ (?: \[ [ \t]*+ (?i: {_front_alternation(ADVERTS)} ) [ \t]*+ \]"
    rf" | (?i: {_front_alternation(ADVERTS)} ) [ \t]*+ [\p{{Pd}}\u2212.:]?+ ) \Z"
    # a sponsor's line, short (a newsletter's): Presented by Acme Bank. Banking made easy.
    rf" | \A (?i: {_front_alternation(SPONSOR_OPENINGS)} ) (?: [ \t]*+ : )?+ [ \t]++ \p{{Lu}} [^\n]{{0,90}}+ \Z",
    _FRONT_FLAGS,
)

#: A share widget heading: ``Thanks for sharing!``, ``Share this article``.
BOILERPLATE_SHARE = LazyPattern(rf"\A (?i: {_front_alternation(SHARE_OPENINGS)} )", _FRONT_FLAGS)

#: A block made only of share-button names: ``FacebookTelegram``,
#: ``Facebook Twitter LinkedIn Email``.
BOILERPLATE_SHARE_BUTTONS = LazyPattern(
    rf"""
    \A (?: (?> {_front_alternation(SHARE_BUTTONS)} ) [ \t|,/\u00b7\u2022]*+ )++ \Z
    | \A (?i: {_front_alternation(SHARE_VERBS)} ) [ \t]++ (?i: {_front_alternation(SHARE_ON_WORDS)} ) [ \t]++
      (?: (?> {_front_alternation(SHARE_BUTTONS)} ) [ \t|,/\u00b7\u2022]*+ )++ \Z
                                                  # the verb and a network: Compartir en Whatsapp,
                                                  # Partager sur Facebook, Teilen auf X
    """,
    _FRONT_FLAGS,
)

#: A block made only of the page's own links: ``Skip to main content``,
#: ``Terms of Use | Privacy Policy | Contact Us``.
BOILERPLATE_PAGE_LINKS = LazyPattern(
    rf"""
    \A [\u00b7\u2022\u2219 \t]*+                         # (a badge's bullet: ∙ Paid)
      (?: (?> {_front_alternation(PAGE_LINKS)}
        | \d{{1,5}}+ [ \t]++ (?i: comments?+ | replies ) )   # and a count of comments: Full article 2 comments
      (?! [\p{{Ll}}\p{{Lm}}\p{{Lo}}\p{{N}}] ) [ \t|,/\u00b7\u2022\u2219]*+ )++
      (?: \.{{3}} | \u2026 | \u2192 )?+ \Z              # (a feed's link with dots: Continue reading...)
                                      # (glued links too: Skip to contentSkip to site index)
    | \A (?i: click [ \t]++ to [ \t]++ play [ \t]++ video | play [ \t]++ video | watch [ \t]++ video )
      [ \t]*+ : [ \t]*+ ['\u2018"\u201c] \p{{Lu}} [^\n]{{0,200}}? ['\u2019"\u201d] \Z
                                                       # a video player's button with the video's title
                                                       # (Global News): Click to play video: 'Title'
    | \A (?i: shared ) [ \t]++ (?i: from | via ) [ \t]++ (?: (?i: the ) [ \t]++ )?+
      \p{{Lu}} [^\n.!?]{{0,40}}? [ \t] (?i: app ) \Z          # a news app's note: Shared from the Courier app
    | \A (?i: {_front_alternation(PROGRAMME_LINES)} ) [ \t]++ \p{{Lu}} [^\n.!?]{{0,60}}+ \Z
                                                       # Heard on All Things Considered
    | \A (?i: {_front_alternation(TOPIC_LABELS)} ) [ \t]*+ : [ \t]*+
      \p{{Lu}} [^\n.!?:;]{{0,120}}+ \Z                  # Topics: Bushfires, NSW
    | \A In: [ \t]*+ \p{{Lu}} [^\n.!?:;]{{0,120}}+ \Z          # a page's topics (CBS News): In: Wildfire
    | \A (?i: listen | audio ) [ \t]*+ [\u2022\u00b7|] [ \t]*+ \d{{1,2}}+ : \d\d (?: : \d\d )?+ \Z
                                                       # an audio player's button: Listen • 3:52
    | \A (?i: watch [ \t]++ video | play [ \t]++ video | video ) [ \t]*+ [\u2022\u00b7|]?+ [ \t]*+
      \d{{1,2}}+ : \d\d (?: : \d\d )?+ \Z              # a video player's button with its length
                                                       # (NHK World): Watch video 01:32; the
                                                       # length alone after its label (CNBC): VIDEO 03:12
    | \A (?i: news | story | article | content ) [ \t]++ (?i: id ) [ \t]*+ : [ \t]*+ \d{{4,12}}+ \Z
                                                       # a story's number on an agency's page
                                                       # (IRNA): News ID: 85234117
    | \A (?i: episode | ep\. ) [ \t]*+ \d{{1,4}}+ [ \t]*+ [\u2022\u00b7|] [ \t]*+ \d{{1,3}}+ [ \t]*+
      (?i: min (?: ute )?+ s?+ ) \.?+ \Z                  # a podcast's episode and length: Episode 42 · 38 min
    | \A (?i: {_front_alternation(TAG_LABELS)} ) [ \t]*+ : [ \t]*+
      [\p{{L}}\p{{N}}#] [^\n.!?:;]{{0,120}}+ \Z          # Tags: politics, election (any case)
    | \A (?: \p{{Lu}} [\p{{L}}\p{{N}}&.'\u2019\-]*+ [ \t]++ ){{1,3}}+
      (?i: {_front_alternation(HOMEPAGE_WORDS)} ) \Z     # ABC News Homepage
    | \A (?! (?i: by ) [ \t] ) (?: \p{{Lu}} [^|\n.!\d]{{0,30}}+ \| [ \t]*+ ){{3,12}}+ \p{{Lu}} [^|\n.!\d]{{0,30}}+ \Z
                                                       # a row of page links between bars:
                                                       # Support Us | Policies | Contact Us | Apps
    """,
    _FRONT_FLAGS,
)

#: A cookie notice: ``We use cookies to improve your experience.``
BOILERPLATE_COOKIES = LazyPattern(rf"(?i: {_front_alternation(COOKIE_PHRASES)} )", _FRONT_FLAGS)

#: A heading over related stories: ``MORE ON THIS TOPIC``, ``Related:``; Reuters'
#: pointers to other items (``Source text for Eikon: [ID:nABC123]``, ``Further
#: company coverage: [ACME.O]``, an ``[ID:nABC123]`` code alone).
BOILERPLATE_RELATED = LazyPattern(
    rf"""
    \A (?i: source [ \t]++ text (?: [ \t]++ for [ \t]++ eikon )?+ | further [ \t]++ company [ \t]++ coverage )
      [ \t]*+ : [^\n]{{0,200}}+ \Z                          # Further company coverage: [ACME.O]
    | \A \[ ID: [\p{{L}}\p{{N}}]{{1,30}}+ \] (?: [ \t]*+ \[ ID: [\p{{L}}\p{{N}}]{{1,30}}+ \] ){{0,5}}+ \Z
                                                  # [ID:nABC123]
    | \A (?! (?i: sources | external [ ]links ) [ \t]*+ : )       # (a fact check's Sources: stays)
      (?! (?i: read [ \t]++ more ) [ \t]*+ : )                     # (Read more: is a promo; alone,
                                                                 # the heading over a link, P&J)
      (?i: {_front_alternation(RELATED_OPENINGS)} ) (?: [ \t]*+ (?: \.{{3}} | \u2026 | [:.!] ) )?+ (?: \Z | [ \t]*+ : )
                                                                 # (HuffPost's heading with dots: Related...)
    | \A (?i: read | see [ \t]++ also | see [ \t]++ more [ \t]++ on | related (?: [ \t]++ (?: news | stories | story | articles?+
        | coverage | reading | videos?+ ) )?+ ) [ \t]*+ : [ \t]*+ \S [^\n]{{0,200}}+ (?<! [.] ) \Z
                                                  # a label and another story's title on
                                                  # its line (a title: no full stop at
                                                  # its end): READ: ..., Related news: ...
    | \A (?: Related | RELATED ) [ \t]++ (?i: article | story | video ) [ \t]++ \p{{Lu}} [^\n]{{0,200}}+ (?<! [.] ) \Z
                                                  # CNN's heading glued to the title it links to,
                                                  # no colon: Related article Mortgage rates fall ...
    | \A In: \Z                                   # a page's topics' label alone over them (CBS News)
    | \A (?i: most [ \t]++ (?: viewed | read | popular ) [ \t]++ in ) [ \t]++ \p{{Lu}} [\p{{L}}\- ]{{0,30}}+ \Z
                                                  # a section's list: Most Viewed in National
    | \A (?: (?: More | MORE ) (?: [ \t]++ (?i: stories | articles | news ) )?+ [ \t]++ (?: from | FROM | on | ON )
        | (?: Related | RELATED ) [ \t]++ (?i: stories | articles | news ) [ \t]++ (?: from | FROM )
        | (?: Popular | POPULAR ) [ \t]++ (?: on | ON ) )
      (?: [ \t]++ \p{{Lu}} [\p{{L}}\p{{N}}.'\u2019&\-]*+ ){{1,4}}+ \Z
                                                  # an outlet's name under it: More from CBS News,
                                                  # Related stories from Fresno Bee, Popular on Variety
    """,
    _FRONT_FLAGS,
)

#: The opening of a list's item: its number (``1.``, ``2)``) or its bullet
#: (``•``, ``-``, ``*``), then a blank and the item.
LIST_ITEM_OPENING = LazyPattern(r"(?:[0-9]{1,2}+[.)]|[\u2022\u2013*\-])[ \t]++\S")

#: A link to a document that goes with a release, under it: the document's
#: name in title case, ending with a document's noun, and the day it was
#: issued (a central bank's ``Implementation Note issued June 17, 2026``, a
#: ministry's ``Joint Statement released March 3, 2026``).
BOILERPLATE_RELATED_DOCUMENT = LazyPattern(
    r"""
    \A (?: \p{Lu} [\p{L}\-]*+ [ \t]++ | (?: of | the | on | and | for ) [ \t]++ ){0,5}
    (?: Note | Statement | Minutes | Projections | Report | Release | Notice | Decision
      | Order | Opinion | Summary | Transcript | Guidance | Circular | Bulletin | Letter
      | Memorandum | Directive | Ruling | Judgment | Advisory | Communiqu\u00e9 )
    [ \t]++ (?: issued | released | published | dated ) [ \t]++
    \p{Lu} \p{Ll}{2,8}+ \.?+ [ \t]++ [0-9]{1,2}+ , [ \t]++ [0-9]{4}+ \Z
    """,
    _FRONT_FLAGS,
)

#: An outlet's name alone in capitals, a source line under the headline:
#: ``ARAB NEWS``, ``ABS-CBN NEWS`` (not ``BREAKING NEWS``).
BOILERPLATE_OUTLET_CAPITALS = LazyPattern(
    r"""
    \A (?! BREAKING \b | LATEST \b | FAKE \b | GOOD \b | BAD \b | THE [ \t]++ NEWS \Z )
    \p{Lu} [\p{Lu}\-&.]++ (?: [ \t]++ \p{Lu} [\p{Lu}\-&.]*+ )?
    [ \t]++ (?: NEWS | TIMES | POST | HERALD | TRIBUNE | JOURNAL ) \Z
    """,
    _FRONT_FLAGS,
)

#: The words between a date and its time in the stamps of other languages:
#: ``à`` (French), ``às`` (Portuguese), ``alle`` (Italian), ``a las`` (Spanish),
#: ``um`` (German), ``kl.`` (Danish, Norwegian, Swedish), ``klo`` (Finnish).
_STAMP_TIME_CONNECTORS = r"à | às | as | alle | ore | a [ \t]++ las | a | um | kl\.?+ | klo | om"

#: An update or publication stamp: ``UPDATED May 20, 2021, 3:41 PM``.
#: A relative stamp in any of the listed languages: ``2 hours ago``, ``vor 2 Std.``,
#: ``il y a 3 heures``, ``hace 2 h``, ``3 ore fa``, ``2 uur geleden``.
_RELATIVE_AGE = rf"""
    (?: (?i: {_front_alternation(RELATIVE_AGO_BEFORE)} ) [ \t]++ \d{{1,3}}+ [ \t]*+
        (?i: {_front_alternation((*RELATIVE_UNITS, *RELATIVE_UNITS_INTL))} ) \.?+
      | \d{{1,3}}+ [ \t]*+ (?i: {_front_alternation((*RELATIVE_UNITS, *RELATIVE_UNITS_INTL))} ) \.?+
        [ \t]++ (?i: {_front_alternation(RELATIVE_AGO_AFTER)} ) )
    (?! \p{{L}} )
"""

#: A reading time after a site's name: ``4 min di lettura``, ``3 min de lecture``, ``5 min read``.
_READING_TIME = r"""
    \d{1,3}+ [ \t]*+ (?i: min | mins | minuti | minutos | minutes | minuten ) \.?+ [ \t]++
    (?i: read | (?: di | de | d' | d\u2019 ) [ \t]*+ (?: lettura | lecture | lectura | leitura ) )
"""

#: A feed reader's or read-later app's source line: the site, a mark, its age or
#: reading time (``tagesschau.de / vor 2 Std.``, ``Le Monde.fr - Il y a 3 heures``,
#: ``ilpost.it \u00b7 4 min di lettura``).
_FEED_SOURCE_LINE = rf"""
    \A (?: \p{{Lu}} [\p{{L}}\-]*+ [ \t]++ ){{0,3}}+ [\p{{L}}\d\-]++ (?: \. [\p{{L}}\d\-]++ )++
    (?<= \. \p{{Ll}}{{2,6}} )                            # the site: tagesschau.de, Le Monde.fr
    [ \t]*+ [/\u00b7\u2022|\p{{Pd}}] [ \t]*+            # the mark
    (?: {_RELATIVE_AGE} | {_READING_TIME} ) [ \t]*+ \Z
"""

BOILERPLATE_TIMESTAMP = LazyPattern(
    rf"""
    \A (?: \p{{Lu}} [\p{{L}} ]{{1,30}}? [ ] (?: Desk | Bureau ) [ \t]*+ / [ \t]*+ )?+
                                                       # a desk before the code (The Times of India):
                                                       # TOI City Desk / TNN / Updated: ...
    (?: \p{{Lu}} [\p{{Lu}}\p{{N}}&.\-]{{1,11}}+ [ \t]*+ [/|] [ \t]*+
      | \p{{Lu}} \p{{Ll}}{{2,11}}+ [ \t]++ \| [ \t]++     # a wire's name before a bar (ANI's partners):
                                                       # Newswire | Updated: Nov 04, 2025 18:12 IST
      | (?: {_front_alternation(SIGNOFF_AGENCIES + CREDIT_AGENCY_NAMES)} ) \.?+
        (?: [ \t]++ \p{{Lu}} [\p{{L}}\-]{{0,20}}+ ){{0,2}}+ [ \t]*+ \| [ \t]*+ )?+
                                                       # a desk code before a bar: TNN / Updated; an
                                                       # agency and its desk before a bar (Heraldo):
                                                       # Europa Press. Zaragoza | Actualizada ...
    (?: \p{{Pd}} [ \t]*+ | \( (?= [^\n()]{{1,120}}+ \) \Z ) )?+
                                                       # a dash before it: -Aktualisiert am; a
                                                       # bracket round it: (Updated: 04 Nov 2025 05:20PM)
    (?i: {_front_alternation(TIMESTAMP_LABELS)} )      # the label
    (?: (?: [ \t]*+ [:/\p{{Pd}}] )?+ [ \t]++          # an optional colon, slash or dash
      | (?<= \p{{Ll}} ) (?= \d{{1,2}} [:.] \d\d ) )      # or a time glued on: Updated08:30
    (?: (?i: on | at | am | le | el | il | em | à | a | om | den ) (?: [ \t]*+ : )?+ [ \t]++ )?+
                                                       # Updated on ..., Issued on: ..., Published at : ...,
                                                       # Publié à 18 h 12 (Quebec)
    (?: (?i: mon | tue | wed | thu | fri | sat | sun ) \p{{Ll}}{{0,6}}+ \.?+ (?: [ \t]*+ \| | ,?+ ) [ \t]++ )?+
                                                       # a weekday first: Posted Tue, Apr 9, 2024;
                                                       # Published: Tuesday | November 4, 2025
    (?: (?i: {_front_alternation(RELATIVE_DAYS)} ) ,?+ [ \t]++ (?: (?i: at | {_STAMP_TIME_CONNECTORS} ) [ \t]++ )?+ (?= \d ) )?+
                                                       # a relative day, then the time:
                                                       # Published today at 10:32 am (Paris)
    (?= \d | \p{{L}}{{3,9}}+ \.?+ ,?+ [ \t]++ \d )          # a number or "May 20" follows
    (?! (?i: by ) \b )                                 # not "Published by"
    [^\n]{{1,100}}+ \Z                                 # a short rest of the line
    | \A (?i: {_front_alternation(RELEASE_STAMP_LABELS)} ) [ \t]*+ [|:,\p{{Pd}}]?+ [ \t]*+
      (?= \d | \p{{L}}{{3,9}}+ \.?+ ,?+ [ \t]++ \d ) [^\n]{{1,40}}+ \Z
                                                       # a release's date line: News Release 3-Nov-2025
    | \A (?i: {_front_alternation(TIMESTAMP_LABELS)} ) [ \t]*+ :?+ \Z
                                                       # the label alone: PUBLISHED
    | \A (?: [\u2022\u00b7] [ \t]*+ )?+                 # an age before it: • 2h • 3 min read
      (?: \d{{1,3}} (?i: h | hr | hrs | d | m ) (?: [ \t]++ (?i: ago ) )?+ [ \t]*+ [\u2022\u00b7|] [ \t]*+ )?+
      \d{{1,3}} [ \t\p{{Pd}}]*+ (?i: min | mins | minute | minutes ) \.?+ [ \t]++ (?i: to [ \t]++ )?+
      (?i: read | listen | watch | reading [ \t]++ time ) \Z
                                                       # 3 Min Read, 4-Minute Listen, 3 mins to read,
                                                       # the label after the minutes (France 24):
                                                       # 2 min Reading time
    | \A (?i: {_front_alternation(RELATIVE_DAYS)} ) ,?+ [ \t]++ (?: (?i: at | {_STAMP_TIME_CONNECTORS} ) [ \t]++ )?+
      \d{{1,2}} (?: [:.] | h ) \d{{2}} (?: [ \t]*+ (?i: am | pm | a\.m\. | p\.m\. ) )?+
      (?: [ \t]++ (?: \p{{Lu}}{{2,5}} | Uhr ) )?+       # Today, 6:12 am; Hier à 18h12; Gestern, 18:12 Uhr
      (?: [ \t,|]++ (?i: {_front_alternation(TIMESTAMP_LABELS)} ) [ \t]++ [^\n]{{1,40}}+ )?+ \Z
                                                       # the change after it (NU.nl): Vandaag, 18:12
                                                       # Gewijzigd vandaag, 19:05
    | \A \d{{1,2}} [:.] \d{{2}} [ \t]*+
      (?: (?i: am | pm | a\.m\. | p\.m\. ) (?: [ \t]++ \p{{Lu}}{{2,5}} )?+ | \p{{Lu}}{{2,5}} ) \Z
                                                       # a time alone (live blogs): 9:42 p.m., 14:05 GMT
    | \A \d{{1,2}} [ \t]*+ (?: a\.m\. | p\.m\. | (?i: am | pm ) )
      (?: [ \t]++ (?: ET | EST | EDT | CT | CST | CDT | MT | MST | MDT | PT | PST | PDT ) )?+ \Z
                                                       # an hour alone (live blogs): 9 p.m., 10 PM ET
    | \A \d{{1,2}} [:.] \d{{2}} [ \t]*+ (?: Uhr | h ) \Z | \A \d{{1,2}} h \d{{2}} \Z
                                                       # with the hour's word (German and French live
                                                       # tickers): 18.12 Uhr, 18:12 h, 18h12
    | \A \d{{1,2}} : \d{{2}} : \d{{2}} (?: [ \t]++ \p{{Lu}}{{2,5}} )?+ \Z
                                                       # with its seconds, no zone needed (Sky News): 14:05:12
    | \A \d{{1,2}} (?: [ \t]*+ [\p{{Pd}}] [ \t]*+ \d{{1,2}} )?+ [ \t]*+
      (?i: min | mins | minutes | minutos | minuten | minuti | minuter | minutter ) \.?+ \Z
    | \A \d{{1,3}} (?: ['\u2019] | [ \t]*+ (?i: min | mins | minuti | minutos | minutes | minuten ) \.?+ )
      [ \t]*+ (?i: di | de | d' | d\u2019 ) [ \t]*+ (?i: lettura | lecture | lectura | leitura | lezen ) \Z
                                                       # a reading time in other languages: 2 minuti
                                                       # di lettura, 3' di lettura, 4 min de lecture
    | \A (?i: {_front_alternation(READING_TIME_LABELS)} ) [ \t]*+ :?+ [ \t]*+ \d{{1,3}} [ \t]*+
      (?i: min | mins | minutes | minutos | minuti | minuten ) \.?+ \Z
                                                       # the label before the minutes (Le Monde):
                                                       # Lecture 3 min.
    | \A (?i: est \. ) [ \t]*+ \d{{1,3}} [ \t]*+ (?i: min | mins | minutes ) \.?+ (?: [ \t]++ (?i: read ) )?+ \Z
                                                       # an estimated reading time (Euractiv): Est. 4min
                                                       # a reading time alone: 2 minutes, 6-8 minutes
    | \A Volume [ \t]++ \d{{1,4}}+ [ \t]*+ : [ \t]*+ debated [ \t]++ on [ \t]++ [^\n]{{6,40}}+ \Z
                                                       # a parliament's record's date (Hansard):
                                                       # Volume 762: debated on Tuesday 3 March 2026
    | \A (?: [\u2022\u00b7] [ \t]*+ )?+ \d{{1,3}} [ \t]*+ (?i: {_front_alternation(RELATIVE_UNITS)} ) \.?+ [ \t]++ (?i: ago ) \Z
                                                       # a relative stamp alone: 2 hours ago, 3 mins ago
                                                       # (a forum's comment: · 4 hr. ago)
    | \A {_RELATIVE_AGE} [ \t]*+ \Z                  # in other languages: vor 2 Std., il y a 3 heures
    | {_FEED_SOURCE_LINE}                              # a feed reader's source: tagesschau.de / vor 2 Std.
    | \A (?i: {_front_alternation(RELATIVE_STAMPS)} ) \Z   # Yesterday, Just now
    | \A \d{{1,2}}+ (?: h | d | w | m ) [ \t]*+ [\u00b7\u2022] [ \t]*+ \p{{So}}?+ \Z
                                                       # a social post's age and its dot: 3h ·
    """,
    _FRONT_FLAGS,
)

#: A match's minute alone on its line, as a sports ticker sets it over each
#: update: ``78'``, ``90'+4'``, ``45+2'`` (read as the ticker's times when the
#: text holds several: see :func:`newsstruct._boilerplate.live_times`).
BOILERPLATE_MATCH_MINUTE = LazyPattern(
    r"\d{1,3}+ (?: ['\u2019]?+ \+ [ ]?+ \d{1,2}+ )?+ ['\u2019] \Z",  # (read with match)
    _FRONT_FLAGS,
)

#: A clock time alone on its line, with a colon: ``22:41``, ``9:05`` (a live
#: blog's posts' times, when there are several: see
#: :func:`newsstruct._boilerplate.live_times`).
BOILERPLATE_BARE_CLOCK = LazyPattern(
    r"(?: [01]?+ \d | 2 [0-3] ) : [0-5] \d \Z",  # (read with match, at the block)
    _FRONT_FLAGS,
)

#: A time of day: ``6:08 AM SGT``, ``15.30``, ``3:41 p.m. ET``, ``6:15 AM GMT+1``,
#: ``14:30:12``, ``18:42, UK``.  (The zone's capitals give back one letter when
#: a word is glued on: ``GMTUpdated``.)
_BOILERPLATE_TIME = r"""
    (?: \d{1,2} (?: [:.] | h (?= \d{2} ) | [ ] h [ ] (?= \d{2} ) ) \d{2} (?: : \d{2} (?: \. \d{1,6}+ )?+ )?+
      (?: [ \t]*+ (?i: am | pm | a\.m\. | p\.m\. | a\.[ ]m\. | p\.[ ]m\. ) )?+
                                                       # 6:08 am; 18h12 (French, Portuguese); 18 h 12
                                                       # (Quebec); 06:12 p. m. (Spanish); a terminal's
                                                       # milliseconds: 14:22:08.311 GMT (Bloomberg)
      | \d{1,2} [ \t]*+ (?i: am | pm | a\.m\. | p\.m\. ) (?! \p{L} ) )   # the hour alone: 5 a.m.
    (?: [ \t]*+ (?: Uhr | hrs\.?+ | hs\.?+ | horas | h ) (?! \p{L} ) )?+
                                                       # the hour's word: 18:12 Uhr, 18:12 hrs, 18:12h
    (?: ,?+ [ \t]++ \p{Lu}{2,5} (?! \p{Ll} ) (?: [+\-\u2212] \d{1,2} (?: :? \d{2} )?+ )?+
        (?: / \p{Lu}{2,5} (?! \p{Ll} ) )?+ )?+       # the zone in winter and summer: CET/CEST
"""

#: What a web page prints after the date of a story: ``Updated 2 hours ago``,
#: ``| Updated 7:40 AM GMT`` (glued on as it often is when a page is copied),
#: ``/ Updated June 24, 2024, 11:42 AM EDT`` (NBC News), ``Last update on: Tue Nov
#: 4, 2025 09:40 PM`` (The Daily Star).
_BOILERPLATE_UPDATED = r"""
    [ \t,|/\u00b7\p{Pd}]*+
    (?: (?i: updated | last [ \t]++ updated | modified
        | atualizado | actualizado | actualizada | aktualisiert | aggiornato | mis [ \t]++ à [ \t]++ jour
        | modifié | bijgewerkt | aangepast | uppdaterad | oppdatert | opdateret | päivitetty
        | atualização | actualización | güncelleme | \( [ \t]*+ modifica
        | ultimo [ \t]++ aggiornamento | gewijzigd | actualizat | akt\. ) (?! \p{L} )
      | (?i: last [ \t]++ update (?: [ \t]++ on )?+ ) [ \t]*+ : )
    [^\n]{0,40}+
"""

#: The gap between two columns of a table laid out with spaces (a plain-text
#: table of figures): two spaces or more, or tabs.
TABLE_COLUMN_GAP = LazyPattern(r"[ ]{2,}+ | \t++", _FRONT_FLAGS)

#: A printed page's running head in capitals, copied with the story (OCR,
#: e-editions): the paper and the date with the page number after two or more
#: spaces, or before them on a left-hand page: ``THE DAILY PLANET, TUESDAY,
#: MARCH 4, 1997      A7``, ``A6    THE DAILY PLANET, MARCH 4, 1997``.
BOILERPLATE_RUNNING_HEAD = LazyPattern(
    r"""
    \A \p{Lu} [\p{Lu}\p{N} ,.'&\-]{5,100}? \d{4} \.?+ [ \t]{2,}+
      (?: PAGE [ \t]++ (?: \p{Lu}{3,9}+ | \d{1,3}+ ) | \p{Lu}{1,2}+ \d{1,3}+ | \d{1,3}+ \p{Lu}?+ ) \Z
                                                                # the page last (in words too, an old
                                                                # paper's: ... 1957.      PAGE FIVE)
    | \A (?: \p{Lu}{1,2}+ \d{1,3}+ | \d{1,3}+ \p{Lu}?+ ) [ \t]{2,}+
      \p{Lu} [\p{Lu}\p{N} ,.'&\-]{5,100}? \d{4} \Z               # the page first
    | \A (?= [^\n]{0,160}? (?<! \d ) (?: 19 | 20 ) \d\d (?! \d ) )   # an e-edition's, with bars and a year:
      (?: \p{Lu}{1,2}+ \d{1,3}+ | \d{1,3}+ \p{Lu}?+ ) [ \t]*+ \| [^\n]{1,160}+ \Z
                                                                # A6 | Tuesday, November 5, 2024 | The Courier
      | \A (?= [^\n]{0,160}? (?<! \d ) (?: 19 | 20 ) \d\d (?! \d ) )
      [^\n|]{1,80}+ (?: \| [^\n|]{1,80}+ ){0,3} \| [ \t]*+ (?: \p{Lu}{1,2}+ \d{1,3}+ | \d{1,3}+ \p{Lu}?+ ) \Z
                                                                # The Courier | November 5, 2024 | A7
    | \A \p{Lu} [\p{Lu} .'&\-]{2,60}? [ \t]*+ \| [ \t]*+ \p{Lu}{3,9}+ [ \t]++ (?: 19 | 20 ) \d\d \Z
                                                                # a magazine's, in capitals, with its issue
                                                                # (a PDF's text): THE RIVERTON REVIEW | NOVEMBER 2025
    | \A \p{Lu} [^\n]{8,100}? (?<! [ \t.!?:;,\-] ) [ \t]{10,}+
      (?: \d{1,3}+ | \p{Lu} [^\n]{0,40}? (?<! \d ) (?: 19 | 20 ) \d\d ) \Z
                                                                # a PDF's title or masthead and its page
                                                                # number or its issue far to the right
                                                                # (pdftotext's layout): Annual Report 2025   4,
                                                                # Water in Upland Districts    Annual Report 2025
    """,
    _FRONT_FLAGS,
)

#: A line that is only a date, perhaps with a weekday and a time:
#: ``May 20, 2021, 6:08 AM SGT``, ``Thursday 20 May 2021``, ``2021-05-20``.
#: A date line's date and what may follow it (read after the line's opening).
_BOILERPLATE_DATE_LINE_REST = rf"""
    (?: {_BOILERPLATE_TIME} (?: [ \t]*+ [\u00b7\u2022] [ \t]*+ | ,?+ [ \t]++ ) )?+
                                                       # the time first: 07:45, 28 February 2024;
                                                       # a dot between (TechCrunch): 8:00 AM PST · November 4, 2025
    (?: (?: Le | Il | El | Am ) [ \t]++ (?= \d ) )?+   # the article before a date (Le Parisien):
                                                       # Le 4 novembre 2025 à 18h12
    (?: (?: \p{{L}}{{3,9}}+ | Mo | Di | Mi | Do | Fr | Sa | So ) \.?+ ,?+ [ \t]++
      | \p{{Lu}} \p{{Ll}}{{1,4}}+ [ ] \p{{Ll}}{{1,4}}+ , [ \t]++ )?
                                                       # a weekday (tried both ways): Tue., Di (German);
                                                       # of two words before a comma: Thứ ba, (Vietnamese)
    (?:
        \p{{L}}{{3,9}}+ \.?+ [ \t]++ \d{{1,2}}+ (?: st | nd | rd | th )?+ ,?+ [ \t]++ \d{{4}}
                                                       # May 20, 2021
      | \d{{1,2}}+ (?: st | nd | rd | th | \. )?+ [ \t]++ (?: (?: of | de ) [ \t]++ )?+ \p{{L}}{{3,10}}+ \.?+
        (?: [ \t]++ de )?+ ,?+ [ \t]++ \d{{4}}
                                                       # 20 May 2021, 4th Nov 2024, 4th of November 2024,
                                                       # 4 de noviembre de 2025
      | \d{{1,2}} \. \p{{Ll}}{{3,4}}+ \. \d{{4}}            # 4.nov.2025 (Folha de S.Paulo)
      | \d{{4}} - \d{{2}} - \d{{2}}                        # 2021-05-20
      | \d{{4}} \. [ ]?+ \d{{1,2}} \. [ ]?+ \d{{1,2}} \.?+     # 2025.11.04. (year first, Hungarian pages)
      | \d{{4}} 年 \d{{1,2}} 月 \d{{1,2}} 日                  # 2025年11月4日 (Chinese, Japanese pages)
        (?: [ \t]*+ \d{{1,2}} 時 \d{{1,2}} 分 )?+              # 18時12分
      | \d{{1,2}} [./] \d{{1,2}} [./] \d{{2,4}}              # 20.05.2021
      | \d{{1,2}} - \d{{1,2}} - \d{{4}}                      # 20-05-2021 (Euractiv)
      | \d{{1,2}} - \d{{1,2}} - \d{{2}} (?= ,?+ [ \t]++ \d{{1,2}} [:.] \d{{2}} )
                                                       # 04-11-25, 18:12 (HLN: a time follows)
      | \d{{1,2}} \. \d{{1,2}} \. (?= [ \t]++ \d{{1,2}} [:.] \d{{2}} )   # 4.11. 18:12 (no year: a time follows)
      | \d{{1,2}} / \p{{L}}{{3,9}}+ / \d{{4}}                  # 04/Nov/2025 (The Wire)
      | \d{{1,2}} - \p{{Lu}} \p{{Ll}}{{2}} - \d{{4}}                # 23-Nov-2026 (a cricket site)
      | \p{{Lu}} \p{{L}}{{2,8}}+ \.?+ [ \t]++ \d{{1,2}}+ ,
        (?= [ \t]++ \d{{1,2}} (?: : \d{{2}} )?+ [ \t]*+ (?: a\.m\. | p\.m\. | (?i: am | pm ) ) )
                                                       # no year, an hour with its half of the day
                                                       # after it (ProPublica): Nov. 23, 5 a.m. EST
    )
    (?: [ \t,|/\p{{Pd}}\u2022\u00b7]*+ (?: (?i: at | {_STAMP_TIME_CONNECTORS} ) [ \t]++ | @ [ \t]*+ )?+
      {_BOILERPLATE_TIME} )?+
                                                       # a time: 6:08 AM, at 6:00 a.m. EST, • 12:00pm,
                                                       # · 06:15 pm (Scroll), alle 18:12, às 18h12, a las 18:12,
                                                       # / 17:42 (a disclosure service's: 12.11.2025 / 17:42 CET/CEST)
    (?: [ \t]*+ \( {_BOILERPLATE_TIME} \) )?+            # the time in GMT too: 13:12 ET (18:12 GMT)
    (?: [ \t]*+ \( (?: GMT | UTC ) [+\-\u2212] \d{{1,2}}+ (?: : \d{{2}} )?+ \) )?+
                                                       # the zone's offset in brackets (VietnamPlus): (GMT+7)
    (?: {_BOILERPLATE_UPDATED} )?+                       # Updated 2 hours ago
    (?: [ \t,|\u00b7\u2022\p{{Pd}}]*+ (?i: timer | clock | schedule | access_time )?+ [ \t]*+
        \d{{1,3}} [ \t\p{{Pd}}]*+ (?i: min | mins | minute | minutes ) \.?+ (?: [ \t]++ (?i: read | listen ) )?+ )?+
                                                       # a reading time, an icon's name glued on:
                                                       # 2025timer3 min. read; a podcast's length
                                                       # (Nov 4, 2025 \u00b7 32 min)
    (?: [ \t]++ \p{{Pd}} [ \t]++ \d{{1,6}}+ [ \t]++ \p{{Pd}} [ \t]++ \d{{1,7}}+
                                                       # the comments and views counted (Daily
                                                       # Mirror, Sri Lanka): 05:12 pm - 0 - 512
      | [ \t]++ (?i: page ) [ \t]*+ \d{{1,3}}+         # the print page (Taipei Times): 2025 page3
      | [ \t]*+ \( \p{{Lu}} \p{{L}}*+ (?: [ \t]++ \p{{Lu}} \p{{L}}*+ ){{0,3}}+ \)
                                                       # the paper in brackets: (Mainichi Japan)
      | (?: [ \t]++ \p{{Lu}} [\p{{L}}.&'\u2019\-]*+ ){{1,5}}+ [ \t]++ \( \p{{Lu}} [\p{{Lu}}.]{{0,5}}+ \)
        (?: [ \t]++ (?: Stock | ETF ) )?+ )?+
                                                       # the company and its ticker (Seeking Alpha):
                                                       # 7:12 AM ET Acme Foods Inc. (ACME) Stock
    (?: [ \t]*+ \| [ \t]*+
        (?: (?i: source ) [ \t]*+ : [^\n|]{{1,80}}+      # | Source: Acme Inc. (press releases)
          | \p{{Lu}} \p{{L}}*+ (?: ,?+ [ \t]++ \p{{Lu}} \p{{L}}*+ ){{0,3}}+ )
      | [ \t]{{2,}}+ \p{{Lu}} \p{{L}}*+ (?: ,?+ [ \t]++ \p{{Lu}} \p{{L}}*+ ){{0,3}}+ )?+
                                                       # | Japan, Economy (the sections); after two
                                                       # spaces or more (UN News: ...  Humanitarian Aid)
    \Z
    """

BOILERPLATE_DATE_LINE = LazyPattern(
    rf"""
    \A (?: (?: {_BOILERPLATE_AGENCY} ) (?: [ \t]++ (?: NEWS | News ) )?+ [ \t]++ \p{{Pd}} [ \t]++
                                                       # the agency (Kyodo's pages): KYODO NEWS -
      | \p{{Lu}} [\p{{L}}\p{{M}}'\u2019\-]*+ (?: [ ] \p{{Lu}} [\p{{L}}\p{{M}}'\u2019\-]*+ ){{0,2}}+ ,
        [ \t]++ (?: (?: den | le | el | il ) [ \t]++ )?+ (?= \d ) )?+
                                                       # the place and an article, closing a
                                                       # letter or a release: Karlsruhe, den
                                                       # 4. März 2026; Paris, le 4 mars 2026
    {_BOILERPLATE_DATE_LINE_REST}
    """,
    _FRONT_FLAGS,
)

#: A court's decision and its day (and its reference after a dash) on a line
#: of its own under a release's headline: ``Urteil vom 4. März 2026 - VIII ZR
#: 112/25``, ``Arrêt du 4 mars 2026``, ``Judgment of 4 March 2026 - Case
#: C-123/24``.
BOILERPLATE_DECISION_LINE = LazyPattern(
    rf"""
    \A (?i: {_front_alternation(DECISION_NOUNS)} ) [ \t]++
    (?i: vom | du | of | de | del | della | do | da | van ) [ \t]++
    (?: \d{{1,2}}+ \.?+ [ \t]++ (?: de [ \t]++ )?+ \p{{L}}{{3,10}}+ \.?+ (?: [ \t]++ de )?+ [ \t]++ \d{{4}}
                                                       # 4. März 2026, 4 de marzo de 2026
      | \d{{1,2}} \. \d{{1,2}} \. \d{{4}}                 # 04.03.2026
      | \p{{L}}{{3,9}}+ \.?+ [ \t]++ \d{{1,2}}+ ,?+ [ \t]++ \d{{4}} )   # March 4, 2026
    (?: [ \t]*+ [\p{{Pd}},] [ \t]*+ [^\n]{{1,60}}+ )?+ \Z   # its reference: - VIII ZR 112/25
    """,
    _FRONT_FLAGS,
)

#: A Unix time alone, in seconds or milliseconds from 2001 to 2033, as a data
#: set's record flattened to text gives its date (TREC's Washington Post
#: collection: ``1749722400000``).
#: A name in a call transcript's participants list: two to four capitalised
#: words (initials and particles among them: ``Jane Q. Doe``, ``Ana de la Cruz``).
_BOILERPLATE_PARTICIPANT_NAME = r"""
    \p{Lu} [\p{L}'\u2019.\-]*+
    (?: [ \t] (?: \p{Lu} [\p{L}'\u2019.\-]*+ | de | del | la | van | von | der | da | di | bin ) ){1,3}+
"""

#: A row of a call transcript's participants list, or a speaker's label over a
#: turn: the name (group ``name``), perhaps its role or firm after a spaced dash
#: or a comma (``Jane Doe - Chief Executive Officer``, ``John Roe -- Acme Securities``).
BOILERPLATE_PARTICIPANT = LazyPattern(
    rf"""
    \A [ \t]*+ (?P<name> {_BOILERPLATE_PARTICIPANT_NAME} )
    (?: (?: [ \t]++ (?: -{{1,2}}+ | \u2013 | \u2014 ) | , ) [ \t]++ \p{{L}} [^\n]{{0,80}}+ )?+
    [ \t]*+ \Z
    """,
    regex.VERBOSE,
)

#: An honorific before a member's name in a parliament's record (``Mr``, ``Dame``).
_TURN_HONORIFIC = r"(?: (?: Mr | Mrs | Ms | Miss | Dr | Sir | Dame ) \.?+ [ \t]++ )?+"

#: A label alone over a turn in a parliament's record (Hansard), the member's
#: name in group ``name``: the name and the seat and party in brackets
#: (``Helen Marsh (Westmorland Fells) (LD)``, group ``seat``), the office and
#: the name in brackets (``The Minister for Local Transport (Tom Hartley)``),
#: or the name alone (``Tom Hartley``, ``Mr Graham Stuart``).
TURN_LABEL = LazyPattern(
    rf"""
    \A (?: {_TURN_HONORIFIC} (?P<name> {_BOILERPLATE_PARTICIPANT_NAME} )
          (?P<seat> (?: [ \t]++ \( [^()\n]{{1,60}}+ \) ){{1,2}}+ )?+
        | The [ \t]++ \p{{Lu}} [^()\n]{{2,80}}+ \( {_TURN_HONORIFIC} (?P<name> {_BOILERPLATE_PARTICIPANT_NAME} ) \) )
    [ \t]*+ \Z
    """,
    regex.VERBOSE,
)

#: A photo's description with no credit and no verb, set between a feature's
#: paragraphs: a person's name, then where they are or what they do (a
#: preposition or a word in ``-ing``), one sentence: ``Jane Doe at the wheel of
#: her boat, the ferry since 1986.``, ``John Roe mending nets on the pier.``.
CAPTION_UNCREDITED = LazyPattern(
    rf"""
    \A {_BOILERPLATE_PARTICIPANT_NAME}
    [ \t] (?: at | in | on | with | outside | inside | near | during | beside | by
             | \p{{Ll}}{{2,}}+ (?<= ing ) ) [ \t]
    [^\n.!?"\u201c\u201d]{{8,160}}+ \. \Z
    """,
    regex.VERBOSE,
)

#: A team's name in a match report's data: one to four capitalised words.
_BOILERPLATE_TEAM = r"\p{Lu} [\p{L}'\u2019.&\-]*+ (?: [ \t] \p{Lu} [\p{L}'\u2019.&\-]*+ ){0,3}+"
#: The scorers in brackets after a team's goals: ``(Okafor 12, 58, Dunne 77)``.
_BOILERPLATE_SCORERS = r"(?: [ \t] \( [^()\n]{1,120}+ \) )?+"

#: A match report's score line, its scorers in brackets after each team's goals:
#: ``Rovers 3 (Okafor 12, 58, Dunne 77) United 1 (Marsh pen 40)``.
BOILERPLATE_SCORE_LINE = LazyPattern(
    rf"""
    \A {_BOILERPLATE_TEAM} [ \t] \d{{1,2}}+ {_BOILERPLATE_SCORERS}
    [ \t] {_BOILERPLATE_TEAM} [ \t] \d{{1,2}}+ {_BOILERPLATE_SCORERS} \Z
    """,
    regex.VERBOSE,
)

#: A results page's rows (the agate of a local paper's sports pages): a game's
#: score, the winner first (``Central 64, Northfield 58``, ``St. Mary's 55,
#: Valley Christian 53 (OT)``); a team's box score (``NORTHFIELD (58): Jones 4
#: 2-2 11, ...``); a game to come (``Harmon Prep at Ridgeview, 7 p.m.``); a
#: ranked result, the place, the name, the country's code and the time or points
#: (``1. Jo Lind (NOR) 2:03:11.4``, ``3. Sara Haile (ETH) +1:07``).
AGATE_ROW = LazyPattern(
    rf"""
    (?: {_BOILERPLATE_TEAM} [ \t] \d{{1,3}}+ , [ \t] {_BOILERPLATE_TEAM} [ \t] \d{{1,3}}+
           (?: [ \t] \( [\p{{L}}\p{{N}}/ ]{{1,12}}+ \) )?+           # (OT), (2OT), (10 inn.)
      | \p{{Lu}} [\p{{Lu}}'\u2019.&\-]*+ (?: [ \t] \p{{Lu}} [\p{{Lu}}'\u2019.&\-]*+ ){{0,3}}+
        [ \t] \( \d{{1,3}}+ (?: - \d{{1,3}}+ )?+ \) : [ \t]
        [^\n]{{10,600}}+ (?<= [0-9] | [0-9] \. )                   # NORTHFIELD (58): Jones 4 2-2 11, ...
      | {_BOILERPLATE_TEAM} [ \t] (?: at | vs\.?+ | v\.?+ ) [ \t] {_BOILERPLATE_TEAM} , [ \t]
        \d{{1,2}}+ (?: : \d\d )?+ [ \t]?+ (?: a\.m\. | p\.m\. | am | pm )    # Harmon Prep at Ridgeview, 7 p.m.
      | \d{{1,3}}+ \. [ \t]++ \p{{Lu}} [\p{{L}}\p{{M}}'\u2019.\-]*+
        (?: [ \t]++ \p{{L}} [\p{{L}}\p{{M}}'\u2019.\-]*+ ){{0,4}}+
        [ \t]++ \( \p{{Lu}}{{2,3}}+ \) ,?+ [ \t]++ \+?+ \d{{1,3}}+ (?: [:.,] \d{{1,3}}+ ){{0,3}}+
        (?: [ \t]*+ (?: pts | points | Pkt\. | pt | s | m ) )?+ )      # 1. Jo Lind (NOR) 2:03:11.4
    \Z
    """,
    regex.VERBOSE,
)
#: A game story's score summary alone on its line, after its label: the final
#: score (``Final: Lions 3, Bears 1``, ``Endstand: Kiel 31, Flensburg 29``) or
#: the standings (``North Division standings: Lions 42 pts, Hawks 39, Bears
#: 35``: three teams or more).  (Read with ``match`` at a block.)
SCORE_SUMMARY = LazyPattern(
    rf"""
    (?: (?i: final (?: [ \t]++ score )?+ | full [ \t\-] time | ft | endstand | endergebnis
          | score [ \t]++ final | résultat [ \t]++ final | resultado [ \t]++ final
          | risultato [ \t]++ finale | eindstand | eindstand ) [ \t]*+ : [ \t]++
        {_BOILERPLATE_TEAM} [ \t] \d{{1,3}}+ , [ \t] {_BOILERPLATE_TEAM} [ \t] \d{{1,3}}+
        (?: [ \t] \( [\p{{L}}\p{{N}}/ ]{{1,12}}+ \) )?+                  # Final: Lions 3, Bears 1 (OT)
      | [^\n:]{{0,40}}? (?<! \p{{L}} ) (?i: standings | tabelle | classement | clasificación
          | classifica | classificação | stand ) [ \t]*+ : [ \t]++
        {_BOILERPLATE_TEAM} [ \t] \d{{1,3}}+ (?: [ \t]++ (?: pts | points | Pkt\. | pt ) )?+
        (?: , [ \t]++ {_BOILERPLATE_TEAM} [ \t] \d{{1,3}}+ (?: [ \t]++ (?: pts | points | Pkt\. | pt ) )?+ ){{2,}}+
    ) \.?+ \Z                                     # North Division standings: Lions 42 pts, ...
    """,
    regex.VERBOSE,
)

#: A note of a box score under it: ``Halftime: Central 30-27. 3-point goals: ...``,
#: ``Records: Central 14-5``, ``A: 1,204``.  (Both read with ``match`` at a block.)
AGATE_NOTE = LazyPattern(
    r"""
    (?: Halftime | Half | Quarters | Periods | 3-point [ \t] goals | Three-point [ \t] goals
         | Records | Fouled [ \t] out | Total [ \t] fouls | Technicals | Rebounds | Assists
         | Turnovers | Officials | A | Att | Attendance ) [ \t]*+ : [ \t] [^\n]{1,600}+ \Z
    """,
    regex.VERBOSE,
)

#: The crowd under a match report's score line: ``Att: 18,204``, ``Attendance: 9,100.``
BOILERPLATE_ATTENDANCE = LazyPattern(r"\A(?:Att|Attendance|Crowd):[ \t]\d[\d,.]*+\Z")

#: A team's line-up in a match report (``Rovers: Hale, Birch, Andrews, Cole,
#: Price.``: a label, then five to 25 names after commas: a team and its
#: substitutes, not a longer list of people) or its referee
#: (``Referee: Jane Doe.``).
BOILERPLATE_LINE_UP = LazyPattern(
    rf"""
    \A (?: {_BOILERPLATE_TEAM} : (?: [ \t] \p{{Lu}} [^,\n]{{0,40}}+ , ){{4,24}}+ [ \t] \p{{Lu}} [^,\n]{{0,40}}+
          | (?: Referee | Ref | Referees ) : [ \t] [^\n]{{1,60}}+ ) \Z
    """,
    regex.VERBOSE,
)

BOILERPLATE_UNIX_TIME = regex.compile(r"\A1[0-9]{9}+(?:[0-9]{3})?+\Z")

#: A date line after the paper's name and a bar (``Philippine Daily Inquirer /
#: 05:32 AM November 04, 2024``), or after a section's news (GhanaWeb: ``General
#: News of Monday, 4 November 2024``).
BOILERPLATE_PAPER_DATE_LINE = LazyPattern(
    rf"""
    \A (?: (?: \p{{Lu}} [\p{{L}}.&'\u2019\-]*+ [ \t]++ ){{0,4}} (?: {_front_alternation(PAPER_NOUNS)} )
        [ \t]++ [/|] [ \t]++                             # the paper before a bar: The Daily Star /
      | (?: \p{{Lu}} [\p{{L}}.&'\u2019\-]*+ [ \t]++ ){{0,4}} (?i: {_front_alternation(NEWSLETTER_NOUNS)} )
        [ \t]++ \| [ \t]++                              # a newsletter's masthead: THE MORNING BRIEF |
      | (?: \p{{Lu}} \p{{L}}*+ [ \t]++ ){{0,2}} News [ \t]++ of [ \t]++ )   # General News of
    {_BOILERPLATE_DATE_LINE_REST}
    """,
    _FRONT_FLAGS,
)

# --- database exports (LexisNexis / Nexis Uni, Factiva) -------------------------
# (tried with ``match(text, start, end)`` on a block: anchored at both ends; compiled on
# first use, as most texts are no export)

#: A Nexis metadata line, label and value: ``Length: 523 words``, ``Byline: Jane Doe``.
EXPORT_NEXIS_LABEL = LazyPattern(
    rf"""
    (?P<label> {_front_alternation((*NEXIS_LABELS, *NEXIS_CAPITAL_LABELS))} )  # Length:, LENGTH:
    [ \t]*+ : [ \t]*+
    (?P<value> [\s\S]*+ )                                              # 523 words
    \Z
    """,
    _FRONT_FLAGS,
)

#: A Nexis heading alone on its line: ``Body``, ``Graphic``, ``End of Document``.
EXPORT_NEXIS_HEADING = LazyPattern(
    rf"(?: {_front_alternation(NEXIS_HEADINGS)} ) [ \t]*+ \Z",
    _FRONT_FLAGS,
)

#: The counter over a LexisNexis Academic document: ``1 of 25 DOCUMENTS``.
EXPORT_NEXIS_COUNTER = LazyPattern(
    rf"\d{{1,6}}+ [ \t]++ of [ \t]++ \d{{1,6}}+ [ \t]++ (?: {_front_alternation(NEXIS_COUNTER_WORDS)} ) \Z",
    _FRONT_FLAGS,
)

#: The word of a word count in Factiva's interfaces: ``words``, ``mots``, ``palabras``.
_EXPORT_COUNT_WORD = rf"(?i: {_front_alternation(FACTIVA_WORD_COUNT_WORDS)} )"

#: A word count alone (Factiva's header): ``523 words``, ``1,204 words``, ``1.204 Wörter``.
EXPORT_WORD_COUNT = LazyPattern(
    rf"\d{{1,3}}+ (?: [,.\u00a0\u202f]?+ \d{{3}} )*+ [ \t]++ {_EXPORT_COUNT_WORD} \Z",
    _FRONT_FLAGS,
)

#: A word count ending a line (tried with ``search`` on the head of a text): is it Factiva's?
EXPORT_WORD_COUNT_LINE = LazyPattern(
    rf"\d [ \t]++ {_EXPORT_COUNT_WORD} [ \t\r]*+ $",
    _FRONT_FLAGS | regex.MULTILINE,
)

#: A language alone (Factiva's header): ``English``, ``Français``, ``Espagnol``.
EXPORT_LANGUAGE = LazyPattern(
    rf"(?i: {_front_alternation((*FACTIVA_LANGUAGES, *FACTIVA_LANGUAGES_INTL))} ) \Z",
    _FRONT_FLAGS,
)

#: The word over a Factiva accession number: ``Document``, ``Documento``, ``Dokument``.
_EXPORT_FACTIVA_DOCUMENT_WORD = rf"(?: {_front_alternation(FACTIVA_DOCUMENT_WORDS)} )"

#: The accession number that ends a Factiva document: ``Document LBA0000020251104el1400abc``.
EXPORT_FACTIVA_DOCUMENT = LazyPattern(
    rf"(?: AN [ \t]++ )?+ {_EXPORT_FACTIVA_DOCUMENT_WORD} [ \t]++ [A-Za-z0-9]{{12,40}}+ \Z",
    _FRONT_FLAGS,
)

#: The header line of a Europresse document: section, date and word count (and page),
#: ``Le Figaro Économie, mardi 4 novembre 2025 712 mots, p. 23``; or of a GBI-Genios
#: document: the paper, ``vom`` and the date (and page, section),
#: ``Handelsblatt vom 04.11.2025, S. 12 / Unternehmen``.
EXPORT_PRESS_DATABASE_HEAD = LazyPattern(
    r"""
    [^\n]{1,120}? \d{4} [ \t]++ \d{1,3}+ (?: [ .\u00a0\u202f]?+ \d{3} )*+ [ \t]++ mots
    (?: [ \t]*+ , [ \t]*+ p\. [ \t]*+ [A-Za-z0-9\-]{1,12}+ )?+ [ \t]*+ \Z  # ... 2025 712 mots, p. 23
    | [^\n]{1,80}? [ \t] vom [ \t]++ \d{1,2} \. \d{1,2} \. \d{4}       # Handelsblatt vom 04.11.2025
      (?: [ \t]*+ , [ \t]*+ S\. [ \t]*+ \d{1,4}+ )?+ (?: [ \t]*+ [/;,] [^\n]{1,60}+ )?+ [ \t]*+ \Z
    """,
    _FRONT_FLAGS,
)

#: The date after ``vom`` in a GBI-Genios header, day first: ``vom 04.11.2025``.
EXPORT_VOM_DATE = LazyPattern(
    r"[ \t] vom [ \t]++ (?P<date> \d{1,2} \. \d{1,2} \. \d{4} ) (?! \d )",
    _FRONT_FLAGS,
)

#: The lines that close a Europresse or GBI-Genios document: ``Certificat émis le 5
#: novembre 2025 à ...``, ``news·20251104·LF·987654``, ``Dokumentnummer: HB 12345678``,
#: ``Dauerhafte Adresse des Dokuments: https://...``, ``Quelle: Handelsblatt vom 04.11.2025``.
EXPORT_PRESS_DATABASE_CLOSING = LazyPattern(
    r"""
    (?: Certificat [ \t]++ émis [ \t]++ le | Ce [ \t]++ certificat [ \t]++ est [ \t]++ émis )
      [^\n]{0,300}+ \Z
    | news [\u00b7.] \d{8} [\u00b7.] [A-Za-z0-9]{1,12}+ [\u00b7.] [A-Za-z0-9\-]{1,40}+ [ \t]*+ \Z
    | (?: Dokumentnummer | Dauerhafte [ \t]++ Adresse [ \t]++ des [ \t]++ Dokuments ) [ \t]*+ :
      [^\n]{1,300}+ \Z
    | Quelle [ \t]*+ : [^\n]{1,80}? [ \t] vom [ \t]++ \d{1,2} \. \d{1,2} \. \d{4} [^\n]{0,60}+ \Z
    """,
    _FRONT_FLAGS,
)

#: A field-coded Factiva line, its code first: ``WC 523 words``, ``LP`` alone.
EXPORT_FACTIVA_FIELD = LazyPattern(
    rf"""
    (?P<code> HD | BY | PD | ET | CY | {_front_alternation(FACTIVA_FIELDS)} )
    (?: [ \t]++ (?P<value> [\s\S]*+ ) | [ \t]*+ )                       # the value, if any
    \Z
    """,
    _FRONT_FLAGS,
)

#: A time alone on its line (Factiva's header): ``18:12 GMT``, ``1:12 PM``.
EXPORT_TIME = LazyPattern(
    rf"{_BOILERPLATE_TIME} \Z",
    _FRONT_FLAGS,
)

#: A labelled ProQuest field, label and value: ``Author: Doe, Jane``, ``Full text: The talks...``.
EXPORT_PROQUEST_FIELD = LazyPattern(
    rf"""
    (?P<label> (?i: {_front_alternation((*PROQUEST_HEAD_LABELS, *PROQUEST_TAIL_LABELS, "Full text"))} ) )
    [ \t]*+ : [ \t]*+
    (?P<value> [\s\S]*+ )                                              # Doe, Jane
    \Z
    """,
    _FRONT_FLAGS,
)

#: A row of underscores between ProQuest documents (or any two stories of a file).
EXPORT_RULE = LazyPattern(
    r"_{10,}+ [ \t]*+ \Z",
    _FRONT_FLAGS,
)

#: A heading of ProQuest's abridged form, alone on its line: ``ABSTRACT.``, ``FULL TEXT.``.
EXPORT_PROQUEST_HEADING = LazyPattern(
    rf"""
    (?P<heading> {regex.escape(PROQUEST_ABSTRACT_HEADING)} | {regex.escape(PROQUEST_FULL_TEXT_HEADING)} )
    [ \t]*+ [.:]?+ [ \t]*+ \Z
    """,
    _FRONT_FLAGS,
)

#: The first line of a Nexis Uni cover page: ``User Name:``, ``Job Number:``, ``Documents (25)``.
EXPORT_NEXIS_COVER_START = LazyPattern(
    r"""
    (?i: User [ \t]++ Name | Date [ \t]++ and [ \t]++ Time | Job [ \t]++ Number ) [ \t]*+ :
    | Documents [ \t]*+ \( [ \t]*+ \d
    """,
    _FRONT_FLAGS,
)

_EXPORT_COVER_LABEL = rf"(?i: {_front_alternation(NEXIS_COVER_LABELS)} )"

#: A line of a Nexis Uni cover page: a labelled line (``Search Terms: talks``, ``Narrowed by``,
#: ``Content Type Narrowed by``), ``Documents (25)`` or a listed headline (``1. Talks end``).
EXPORT_NEXIS_COVER_LINE = LazyPattern(
    rf"""
    [ \t]*+
    (?: {_EXPORT_COVER_LABEL}
        (?: [ \t]*+ : [^\n]*+                                         # Search Terms: talks
          | [ \t]++ {_EXPORT_COVER_LABEL} (?! [^\s:] ) [^\n]*+         # News Sources: ...
          | [ \t]*+ )                                                  # Narrowed by
      | Documents [ \t]*+ \( [ \t]*+ [\d,]{{1,9}}+ [ \t]*+ \)         # Documents (25)
      | \d{{1,4}}+ \. [ \t]++ [^\n]++                                 # 1. Talks end
    )
    [ \t\r]*+ \Z
    """,
    _FRONT_FLAGS,
)

#: A line that starts or ends a document of an export (tried at each line start, with
#: ``search``): ``Document 1 of 20`` and ``1 of 25 DOCUMENTS`` start one; ``End of Document``,
#: Factiva's ``Document LBA0000020251104el1400abc``, Reuters-21578's ``</REUTERS>`` and a
#: row of underscores end one.
EXPORT_DOCUMENT_MARKER = LazyPattern(
    rf"""
    ^ [ \t]*+
    (?: (?P<start> Document [ \t]++ \d{{1,6}}+ [ \t]++ of [ \t]++ \d{{1,6}}+
                 | \d{{1,6}}+ [ \t]++ of [ \t]++ \d{{1,6}}+ [ \t]++
                   (?: {_front_alternation(NEXIS_COUNTER_WORDS)} ) )
      | (?P<end> End [ \t]++ of [ \t]++ Document
               | (?: AN [ \t]++ )?+ {_EXPORT_FACTIVA_DOCUMENT_WORD} [ \t]++ [A-Za-z0-9]{{12,40}}+
               | </REUTERS> )                                # Reuters-21578's .sgm files
      | (?P<rule> _{{10,}}+ )
    )
    [ \t\r]*+ $
    """,
    _FRONT_FLAGS | regex.MULTILINE,
)

#: A wire flag on a line of its own: ``RPT``, ``REPEAT FROM LATE FRIDAY``, ``more``.
BOILERPLATE_FLAG = LazyPattern(
    rf"""
    \A \(?+ (?: {_front_alternation(FLAGS)} ) \)?+        # the flag
    (?: [ \t]++ (?: FROM | OF | TO | AS ) \b [^\n]{{0,60}}+ )?+  # REPEAT FROM LATE FRIDAY
    \Z
    | \A \( [ \t]*+ (?i: {_front_alternation(UPDATE_NOTE_VERBS)} ) (?![\p{{L}}])
      [^()]{{0,300}}+ \) \.?+ \Z                            # (Adds analyst comment, ...)
    | \A \( [ \t]*+ (?: {_front_alternation(TRIM_NOTES)} ) \b [^()\p{{Ll}}\n]{{0,120}}+ \) \.?+ \Z
                                                 # (STORY CAN END HERE. OPTIONAL 2 GRAFS FOLLOW.)
    | \A (?: {_front_alternation(DRAFT_NOTES)} ) (?! \p{{L}} ) [^\n]{{0,100}}+ \Z
                                                 # a draft's note: GRAF TO COME on reaction
    | \A (?: \[ [a-z]{{1,2}}+ \] (?= \p{{L}} )         # a Google Docs comment: [a]Source?
         | Comment(?:ed)?+ [ \t]++ \[ \p{{Lu}}{{1,4}}+ \d{{1,3}}+ \] [ \t]*+ : )  # Word's: Commented [SL1]:
      [^\n]{{1,400}}+ \Z
    """,
    _FRONT_FLAGS,
)

#: A horoscope column's line under a story: its heading alone (``Horoscopes``),
#: a sign with its dates in brackets (``ARIES (March 21-April 19): ...``).
BOILERPLATE_HOROSCOPE = LazyPattern(
    rf"""
    \A (?i: {_front_alternation(HOROSCOPE_HEADINGS)} ) [ \t]*+ \Z      # the heading
    | \A (?i: {_front_alternation(HOROSCOPE_SIGNS)} ) [ \t]*+
      \( [^()\n]{{3,40}}+ \) [ \t]*+ [:.\p{{Pd}}] [^\n]{{0,600}}+ \Z  # a sign and its dates
    """,
    _FRONT_FLAGS,
)

#: One part of an AP slug: ``US``, ``Storm``, ``Damage``, ``Gulf/Storms``.
_SLUG_PART = r"[\p{L}\p{N}] [\p{L}\p{N}&'./]*+"
#: A version or count after a comma in an AP slug: ``2nd Ld-Writethru``,
#: ``Correction``, ``0412``, ``a0512``, ``Urgent``.
_SLUG_ITEM = r"[\p{L}\p{N}] [\p{L}\p{N}&'./\-]*+ (?: [ ] [\p{L}\p{N}] [\p{L}\p{N}&'./\-]*+ ){0,3}+"

#: A wire's note to editors above (or under) the headline, a flag: the advisory
#: (``Eds: UPDATES with governor's comments.``, ``EDITOR'S NOTE — This story is
#: part of a series ...``; ``Editors:`` only before a sentence, not before the
#: editors' names), the embargo line (``EMBARGOED UNTIL 0001 GMT THURSDAY``),
#: AP's slug line (``BC-US--Storm-Damage,2nd Ld-Writethru``, with a word count:
#: ``<650 words>``, ``(650 words)``) and transmission stamp (``AP-WF-11-04-25 1812GMT``).
BOILERPLATE_WIRE_ADVISORY = LazyPattern(
    rf"""
    \A (?: Eds | EDS ) (?: [ \t]*+ [:.] | [ \t]++ [\u2013\u2014] | [ \t]*+ -- ) [ \t]*+ \S
      [^\n]{{0,480}}+ (?: \n [^\n]{{1,480}}+ ){{0,4}}+ \Z                 # Eds: UPDATES with ...
    | \A (?: {_front_alternation(ADVISORY_LABELS)} )
      (?: [ \t]*+ : | [ \t]++ [\u2013\u2014] | [ \t]*+ -- ) [ \t]*+
      (?= [^\n]{{0,120}}? [ \t] (?! (?: and | with | from ) \b ) \p{{Ll}}{{4}} )  # a sentence, not names
      [^\n]{{1,480}}+ (?: \n [^\n]{{1,480}}+ ){{0,4}}+
      (?<= [.!?)\]"\u201d\u2019\u2026] ) \Z                           # EDITOR'S NOTE — This story ... (a whole note)
    | \A (?: Eds | EDS | Editors | EDITORS ) [ \t]*+ : [ \t]*+ \Z          # Editors: alone, over the note
    | \A (?i: {_front_alternation(EMBARGO_OPENINGS)} ) [ \t]*+
      (?= [^\n]{{0,60}}? \d | [^\n\p{{Ll}}]{{1,80}}+ \Z )                   # a time or date, or capitals
      (?: [^\n.!?;] | (?<= (?<! \p{{L}} ) \p{{L}}{{1,4}} ) \. ){{1,80}}+ \Z    # EMBARGOED UNTIL 0001 GMT THURSDAY
    | \A \^?+ (?: {_front_alternation(SLUG_PREFIXES)} ) - {_SLUG_PART} (?: -{{1,2}}+ {_SLUG_PART} )++
      (?: [ \t]*+ , [ \t]*+ {_SLUG_ITEM} ){{0,4}}+                      # BC-US--Storm-Damage,2nd Ld-Writethru
      (?: [ \t]*+ (?: < [^<>\n]{{0,30}}+ >?+ | \( \d{{1,5}}+ [ \t]++ (?i: words ) \) ) )?+
      [ \t]*+ \Z                                                  # <650 words>, (650 words)
    | \A (?i: {_front_alternation(DRAFT_LABELS)} ) (?: [ \t]*+ [\p{{Pd}}:|] [ \t]*+
      (?i: {_front_alternation(DRAFT_LABELS)} ) )?+ [ \t]*+ \Z        # DRAFT – NOT FOR PUBLICATION
    | \A AP - \p{{Lu}}{{2}} - \d{{2}} - \d{{2}} - \d{{2,4}}+ [ \t]++ \d{{4}} (?: GMT | UTC | EST | EDT )?+ \Z
                                                                # AP-WF-11-04-25 1812GMT
    | \A (?: {_front_alternation(FEED_ENVELOPE_OPENINGS)} ) [^\n]{{0,80}}+
      (?: \n [^\n\p{{Ll}}]{{1,80}}+ ){{0,6}}+ \Z                      # ZCZC0412/SXA and its code lines
    """,
    _FRONT_FLAGS,
)

#: A separator rule or end mark: ``___``, ``* * *``, ``-30-``, ``ENDS``.
BOILERPLATE_SEPARATOR = LazyPattern(
    rf"""
    \A (?: [\-_*#=~\u2022\u00b7^] [ \t]*+ ){{3,}}+ \.?+ \Z   # a rule: ___, * * *, ^^^^ (Reuters')
    | \A (?: -- | [\u2022\u00b7] ) \Z                    # a page's stray marks alone (Medium): --, ·
    | \A \(?+ (?i: {_front_alternation(END_MARKS)} ) \)?+ \Z
                                                        # an end mark: ENDS, (END), Enditem
    | \A (?i: {_front_alternation(END_MARKS)} ) [ \t]*+ / [ \t]*+ \p{{L}}{{1,4}}+ (?: / \p{{L}}{{1,4}}+ ){{0,2}}+ \Z
                                                        # and the editor's initials: Enditem/AW, ENDS/jd
    | \A (?: [\-=#*] [ \t]*+ ){{1,3}}+ (?i: {_front_alternation(END_MARKS)} ) (?: [ \t]*+ [\-=#*] ){{1,3}}+ \Z
                                                        # between dashes: -- END --, ## ENDS ##
    | \A \( (?i: {_front_alternation(END_MARKS)} ) \)
      [ \t]++ \p{{Lu}} [\p{{L}}&.\-]*+ (?: [ \t]++ \p{{Lu}} [\p{{L}}&.\-]*+ ){{0,3}}+ \Z
                                                        # and the wire's name: (END) Dow Jones Newswires
    | \A \(?+ (?i: {_front_alternation(END_MARKS)} ) \)?+ [ \t]++
      \p{{L}}{{1,4}}+ (?: [./] \p{{L}}{{1,4}}+ ){{1,3}}+ \Z
                                                        # and the editors' initials after a space,
                                                        # dotted (KUNA): (end) ab.cd
    | \A (?i: {_front_alternation(END_MARKS)} ) [ \t]++ \d{{1,2}}+ [:.] \d{{2}}+ [ \t]*+
      (?: [AaPp] \.?+ [Mm] \.?+ )?+ (?: [ \t]++ \p{{Lu}}{{2,4}}+ )?+ \Z
                                                        # and the time a briefing ended (the White
                                                        # House's transcripts): END 2:14 P.M. EDT
    """,
    _FRONT_FLAGS,
)

#: A print page: ``A6``, ``4A``, ``12``, ``B12``, ``C``-section pages (``C1``).
_PAGE_REF = r"(?: \p{Lu}{1,2}+ \d{1,3}+ | \d{1,3}+ \p{Lu}?+ ) (?![\p{L}\p{N}])"
#: A page reference with its word: ``Page A12``, ``Pg. 4``, ``P. 3``, ``on Page 4A``.
_PAGE_WORD_REF = rf"(?: (?i: on ) [ \t]++ )?+ (?i: page | pg\.?+ | p\. ) [ \t]*+ {_PAGE_REF}"
#: A story's slug in a jump line: ``BUDGET``, ``STORY``, ``related story`` (at most
#: five words, as few as the page reference after it leaves).
_JUMP_SLUG = r"[\p{L}\p{N}'\u2019\-]++ (?: [ \t]++ [\p{L}\p{N}'\u2019\-]++ ){0,4}?"

#: A print jump line or page pointer alone: ``Continued on Page A12``,
#: ``Continued from A1``, ``See STORY, Page 4A``, ``Please see BUDGET, A6``, ``(Page 3)``,
#: ``Turn to Page A6``.
BOILERPLATE_JUMP = LazyPattern(
    rf"""
    \A (?: \p{{Lu}} [\p{{Lu}}\p{{N}}'\u2019\-]*+ [ \t]*+ \| [ \t]*+ )?+   # the story's slug: SCHOOL |
    \(?+ [ \t]*+
    (?: (?: (?i: story ) [ \t]++ )?+ (?i: continued | continues | cont'd | cont\u2019d | cont\.? | jump(?:ed)?+ )
        [ \t]++ (?i: on | from | to ) [ \t]++ (?: {_PAGE_WORD_REF} | {_PAGE_REF} )
      | (?i: please [ \t]++ )?+ (?i: see ) [ \t]++ {_JUMP_SLUG}
        (?: [ \t]*+ [,;:\u2014\-] [ \t]*+ (?: {_PAGE_WORD_REF} | {_PAGE_REF} ) | [ \t]++ {_PAGE_WORD_REF} )
      | (?i: see ) [ \t]++ {_PAGE_WORD_REF}
      | (?i: please [ \t]++ )?+ (?i: turn [ \t]++ to ) [ \t]++ {_PAGE_WORD_REF}   # Turn to Page A6
    )
    [ \t]*+ \)?+ \.?+ \Z
    | \A \( [ \t]*+ {_PAGE_WORD_REF} [ \t]*+ \) \.?+ \Z         # (Page 3): in brackets only
    """,
    _FRONT_FLAGS,
)

#: A page reference glued to the end of a paragraph, after its sentence end:
#: ``... residents.  A6.``, ``... ended. Continued on Page A12``, ``... ended. (See TALKS, Page 4A)``;
#: a page in letters and digits (``A6``, ``4A``) or with its word (``Page 3``), never a bare
#: number; or a jump line with its words on a line of its own under the paragraph, whose
#: sentence the jump may cut (``The council voted to\nContinued on Page A12``).
BOILERPLATE_TRAILING_JUMP = LazyPattern(
    rf"""
    (?: (?<= [.!?\"\u201d\u2019] ) [ \t\n\r]++                        # after a sentence end
      | [ \t]*+ (?: \r\n | [\n\r] ) [ \t]*+                          # or on a line of its own,
        (?= \(?+ [ \t]*+ (?i: story | cont | please | see | page | pg ) )  # a worded jump line
    )
    (?P<junk>
        \(?+ [ \t]*+
        (?: (?: (?i: story ) [ \t]++ )?+ (?i: continued | continues | cont'd | cont\u2019d )
            [ \t]++ (?i: on | from ) [ \t]++ (?: {_PAGE_WORD_REF} | {_PAGE_REF} )
          | (?i: please [ \t]++ )?+ (?i: see ) [ \t]++ {_JUMP_SLUG}
            (?: [ \t]*+ [,;:] [ \t]*+ (?: {_PAGE_WORD_REF} | {_PAGE_REF} ) | [ \t]++ {_PAGE_WORD_REF} )
          | {_PAGE_WORD_REF}
          | \p{{Lu}}{{1,2}}+ \d{{1,3}}+ (?![\p{{L}}\p{{N}}]) | \d{{1,3}}+ \p{{Lu}} (?![\p{{L}}\p{{N}}])
        )
        [ \t]*+ \)?+ \.?+
    ) \Z
    """,
    _FRONT_FLAGS,
)

#: A page's running number copied from a PDF: ``Page 3 of 12``, ``- 3 -`` is not taken.
BOILERPLATE_PAGE_NUMBER = LazyPattern(
    r"""
    \A (?i: page ) [ \t]++ \d{1,4}+ [ \t]++ (?i: of ) [ \t]++ \d{1,4}+ \.?+ \Z
    """,
    _FRONT_FLAGS,
)

#: One rate of a wire's currency note: ``$1 = 0.9213 euros``, ``EUR 1 = $1.08``.
_RATE = (
    r"(?: \p{Sc} | \p{Lu}{3} [ \t]?+ ) [ \t]*+ \d [\d.,]{0,12}+ [ \t]*+ = [ \t]*+ [^\n()=]{1,60}+"
)

#: A wire's currency note after the story, in double brackets (Reuters'):
#: ``(($1 = 0.9213 euros))``, ``(($1 = 0.9213 euros) (£1 = $1.2650))``.
BOILERPLATE_RATE_NOTE = LazyPattern(
    rf"\A \(\(?+ [ \t]*+ {_RATE} \) (?: [ \t;]*+ \( [ \t]*+ {_RATE} \) ){{0,3}}+ \)?+ \Z",
    _FRONT_FLAGS,
)

#: A table of contents' heading alone: ``Contents``, ``In this article:``.
CONTENTS_HEADING = LazyPattern(
    rf"\A (?i: {_front_alternation(CONTENTS_HEADINGS)} ) [ \t]*+ :?+ [ \t]*+ \Z", _FRONT_FLAGS
)

#: An entry of a table of contents, one line, numbered or bulleted, no
#: sentence's stop at its end: ``1. What has changed``, ``• Who decides?``.
CONTENTS_ENTRY = LazyPattern(
    r"""
    \A (?: \d{1,2}+ [.)] | [\u2022\u00b7*\-\u2013]
        | \d{1,2}+ : \d\d (?: : \d\d )?+ (?: [ \t]++ [\-\u2013\u2014] )?+ )   # (a chapter's time: 03:12 Who pays)
      [ \t]++ \p{Lu} [^\n]{0,100}+ (?<! [.,;:] ) \Z
    """,
    _FRONT_FLAGS,
)

#: A count of a forum's or a blog's readers' doings: ``1.8k comments``, ``212 Followers``.
_FORUM_COUNT = (
    r"[\d.,]{1,7}+ [kKmM]?+ [ \t]++ (?i: comments?+ | points?+ | upvotes?+ | followers | claps )"
)

#: A discussion forum's furniture around a post and its comments (Reddit, copied
#: from its page): the forum (``r/worldnews``), the poster (``Posted by
#: u/jane_doe``, ``submitted 3 hours ago by jane_doe``), the buttons under
#: the post or a comment, perhaps after the comments' count (``1.8k comments
#: share save hide report``, ``Reply Share``), the vote (``94% Upvoted``), a
#: comment's depth (``level 1``), a count alone (``212 Followers``); and a
#: social post's hashtags alone on a line (LinkedIn: ``#supplychain #jobs``).
BOILERPLATE_FORUM = LazyPattern(
    rf"""
    \A r/ [A-Za-z0-9_]{{2,21}}+ \Z                       # r/worldnews
    | \A (?i: posted ) [ \t]++ (?i: by ) [ \t]++ u/ [\w\-]{{2,30}}+ (?: [ \t]++ [^\n]{{1,40}}+ )?+ \Z
                                                       # Posted by u/jane_doe (5 hours ago)
    | \A submitted [ \t]++ [^\n]{{1,30}}? [ \t] by [ \t]++ [\w\-]{{2,30}}+ \Z
                                                       # submitted 3 hours ago by jane_doe
    | \A (?: {_FORUM_COUNT} [ \t]++ )?+
      (?: (?i: reply | share | save | hide | report | permalink | embed | give [ \t] award | award )
        (?: [ \t]++ | \Z ) ){{2,8}}+ \Z                  # 1.8k comments share save hide report
    | \A {_FORUM_COUNT} \Z                              # 212 Followers
    | \A \d{{1,3}}+ % [ \t]++ (?i: upvoted ) \Z           # 94% Upvoted
    | \A level [ \t]++ \d{{1,2}}+ \Z                      # level 1 (a comment's depth)
    | \A \# [\p{{L}}\p{{N}}_]{{2,40}}+ (?: [ \t]++ \# [\p{{L}}\p{{N}}_]{{2,40}}+ ){{1,15}}+ \Z
                                                       # a post's hashtags alone: #supplychain #jobs
    """,
    _FRONT_FLAGS,
)

#: A photo gallery's counter alone on its line: ``1 of 12``, ``Image 3 of 12``.
BOILERPLATE_GALLERY_COUNT = LazyPattern(
    r"""
    \A (?: (?i: image | photo | picture | slide ) [ \t]++ )?+ \d{1,3}+ [ \t]++ of [ \t]++ \d{1,3}+ \Z
    | \A (?i: image | photo | picture | slide | bild | foto | imagen | immagine | imagem | afbeelding )
      [ \t]++ \d{1,3}+ (?: [ \t]*+ / [ \t]*+ | [ \t]++ (?i: von | de | di | van ) [ \t]++ ) \d{1,3}+ \Z
                                                  # with a slash, or in other languages: Image 3/8,
                                                  # Bild 3 von 8, Foto 2 di 10
    """,
    _FRONT_FLAGS,
)

#: A PDF page's running footer or header in an export, at the end of its line:
#: ``Page 5 of 17``, ``© 2025 ProQuest LLC. All rights reserved.   Page 2 of 5``.
EXPORT_PAGE_FOOTER = LazyPattern(
    r"""
    (?: \A | (?<= [ \t] ) ) (?i: page ) [ \t]++ \d{1,4}+ [ \t]++ (?i: of ) [ \t]++ \d{1,4}+ \.?+ [ \t]*+ \Z
    """,
    _FRONT_FLAGS,
)

#: A raw feed's slug line with no AP prefix, its versions after commas (AFP,
#: UPI, dpa, ANSA): ``US-vote-Senate,2ndlead``, ``France-strike-rail,update 2``,
#: ``Italy-budget,wrap,sched``: hyphenated words, no space, then a listed version.
BOILERPLATE_FEED_SLUG = LazyPattern(
    rf"""
    \A \p{{L}} [\p{{L}}\p{{N}}&'./]*+ (?: -{{1,2}}+ [\p{{L}}\p{{N}}] [\p{{L}}\p{{N}}&'./]*+ ){{1,8}}+
    (?: [ \t]*+ , [ \t]*+ (?: \d{{1,2}}+ (?i: st | nd | rd | th ) [ \t\-]?+ )?+
        (?i: {_front_alternation(SLUG_VERSIONS)} ) (?! [\p{{L}}] ) (?: [ \t]*+ \d{{1,2}}+ )?+ ){{1,4}}+
    [ \t]*+ \Z
    """,
    _FRONT_FLAGS,
)

#: A raw feed's header line: an agency in capitals with its service or desk
#: glued on by a hyphen and/or its transmission stamp (``XINHUA-ENGLISH
#: 2025-11-04 18:12``, ``EFE-MADRID``, ``AFP 041812 GMT``); never the agency alone
#: (a sign-off) nor words after a space (``AFP JOURNALIST HURT`` is a headline).
BOILERPLATE_FEED_HEADER = LazyPattern(
    rf"""
    \A (?: {_front_alternation(FEED_HEADER_AGENCIES)} )
    (?= [\-\ ] )
    (?: - \p{{Lu}}{{2,20}}+ ){{0,2}}+
    (?: [ \t]++ \d [\d\-:/.]{{0,15}}+ (?: [ \t]++ (?: GMT | UTC | [A-Z]{{3,4}}+ ) (?![\p{{L}}]) )?+ ){{0,3}}+
    [ \t]*+ \Z
    """,
    _FRONT_FLAGS,
)

#: The Austrian agency's transmission line over an item (APA, its release
#: service OTS): the item's selector, then its priority, desk, length, sender
#: and day (``OTS0123 5 II 0312 NEF0004 WI Di, 04.Nov 2025``), or its time
#: stamp under the item (``OTS0123    2025-11-04/10:15``).
BOILERPLATE_APA_SELECTOR = LazyPattern(
    r"\A (?: APA | OTS ) [0-9]{4}+ (?: [ \t]++ [^\n]{1,80}+ )?+ \Z",
    _FRONT_FLAGS,
)

#: A pointer to the page's embedded video or audio: ``Watch the ad above.``,
#: ``Listen to audio of the remarks below:`` (at most 120 characters).
BOILERPLATE_MEDIA_POINTER = LazyPattern(
    rf"""
    \A (?i: {_front_alternation(MEDIA_POINTER_OPENINGS)} ) (?![\p{{L}}]) (?= [^\n]{{0,120}}+ \Z )
    [^\n]{{0,110}}? (?<![\p{{L}}]) (?i: {_front_alternation(MEDIA_POINTER_PLACES)} ) [ \t]*+ [.:!]?+ \Z
    | \A \p{{Lu}} [^\n.!?]{{0,80}}? [ \t]++ (?: can [ \t]++ be [ \t]++ (?: found | read | viewed | seen
        | downloaded | accessed ) | (?: is | are ) [ \t]++ available ) [ \t]++ here [ \t]*+ [.:]?+ \Z
                                  # a link's sentence alone (a release): Full text of the bill can be found here.
    """,
    _FRONT_FLAGS,
)

#: A count under a social post: ``12.3K views``, ``23 comments``, ``5 shares``.
_POST_COUNT = r"""
    \d{1,3}+ (?: [.,] \d{1,3}+ )?+ [KkMm]?+ [ \t]++
    (?i: views | reads | plays | comments?+ | shares?+ | reactions?+ | likes?+ | reposts?+ )
"""

#: A chat app's sender line over a story pasted into a message (Slack, Teams):
#: the sender's name and the time, ``Jane Doe  10:42 AM``.
BOILERPLATE_CHAT_SENDER = regex.compile(
    r"""
    \A \p{Lu} [\p{L}'\u2019.\-]*+ (?: [ ] \p{Lu} [\p{L}'\u2019.\-]*+ ){1,3}+ [ \t]{1,3}+
    \d{1,2} : \d{2} [ ]?+ (?: AM | PM | am | pm ) \Z
    """,
    regex.VERBOSE,
)

#: A radio or TV station's masthead, its call letters and frequency or channel:
#: ``WXRV 101.5 FM``, ``KXYZ-FM 89.3``, ``WXYZ-TV Channel 7``.
BOILERPLATE_STATION = LazyPattern(
    r"""
    \A [KW] [A-Z]{2,3}+ (?: - (?: FM | AM | TV | DT ) )?+ [ \t]++
    (?: \d{2,4}+ (?: \. \d )?+ (?: [ \t]*+ (?: FM | AM ) )?+ | (?i: channel ) [ \t]++ \d{1,2}+ )
    (?: [ \t]++ \p{Lu} [\p{L}\-]*+ ){0,3}+ \Z
    """,
    _FRONT_FLAGS,
)

#: A price in a review's run line: ``£18``, ``$25.50``, ``£15-£40``.
_RUN_PRICE = r"[£$€] [0-9]{1,4}+ (?: \. [0-9]{2} )?+ (?: [ \t]*+ [\-\u2013] [ \t]*+ [£$€]?+ [0-9]{1,4}+ (?: \. [0-9]{2} )?+ )?+"
#: The facts of a review's run line: how long the show runs (``Until 14 March``,
#: ``Runs until March 14``, ``To 14 March 2026``) and what its tickets cost
#: (``Tickets from £18``, ``Tickets: £15-£40``).
_RUN_FACT = rf"""
    (?: (?i: runs [ \t]++ )?+ (?i: until | till | to ) [ \t]++
        (?: {_DL_DAY} {_DL_ORDINAL}?+ [ \t]++ {_DL_MONTH} | {_DL_MONTH} [ \t]++ {_DL_DAY} {_DL_ORDINAL}?+ )
        (?: ,?+ [ \t]++ [12][0-9]{{3}} )?+
      | (?i: tickets? ) (?: [ \t]*+ : | [ \t]++ (?i: from | cost | are ) )?+ [ \t]*+ {_RUN_PRICE}
    )
"""
#: A review's run line, alone under its last paragraph: its run and its tickets
#: (:data:`_RUN_FACT`), and perhaps the venue's web address, in sentences
#: (``Until 14 March. Tickets from £18. playhouse.example``).
BOILERPLATE_REVIEW_RUN = _dl_compile(
    rf"""
    \A {_RUN_FACT}
    (?: [ \t]*+ [.,;|] [ \t]++
        (?: {_RUN_FACT} | (?i: https?:// )?+ [\p{{L}}\p{{N}}\-]++ (?: \. [\p{{L}}\p{{N}}\-]++ )++ (?: / [^\s]*+ )?+ )
    ){{1,3}}+
    \.?+ \Z
    """,
    _FRONT_FLAGS,
)

#: A line of a review's info box (its fields one a line, under the headline):
#: ``Label: Example Records``, ``Release date: Nov. 7, 2025``, ``Rating: 8/10``.
HEADLINE_REVIEW_INFO = LazyPattern(
    rf"""
    (?i: {_front_alternation(REVIEW_INFO_LABELS)} ) [ \t]*+ : [ \t]++ [^\n:]{{1,120}}+ \Z
    """,
    _FRONT_FLAGS,
)

#: A review's rating alone on its line, after its label: ``Rating: 3 stars``,
#: ``Grade: B+``, ``Score: 8/10``, ``Wertung: 4 von 5 Sternen``, ``Note : 4/5``.
REVIEW_RATING = LazyPattern(
    r"""
    \A (?i: (?: our [ \t]++ )?+ (?: rating | grade | score | verdict | stars )
        | wertung | bewertung | note | calificación | puntuación | valutazione | voto
        | nota | classificação | cijfer | beoordeling ) [ \t]*+ : [ \t]*+
    (?: \d{1,3}+ (?: [.,] \d )?+ [ \t]*+ (?: / | (?i: out [ \t]++ of | von | sur | de | su | op ) )
        [ \t]*+ \d{1,3}+ (?: [ \t]++ (?i: stars? | sternen? | étoiles? | estrellas? | stelle | estrelas? | sterren ) )?+
                                                 # 8/10, 4 out of 5 stars, 4 von 5 Sternen
      | \d (?: [.,] 5 )?+ [ \t]++ (?i: stars? | sternen? | sterne | étoiles? | estrellas? | stelle | stella
        | estrelas? | sterren | ster )       # 3 stars, 3,5 Sterne
      | [A-F] [+\-\u2212]?+                    # B+ (a letter grade)
      | [\u2605\u2606\u2729\u272d\u2b50]{1,10}+  # the stars themselves
    ) [ \t]*+ \.?+ \Z
    """,
    _FRONT_FLAGS,
)

#: A line of a book's details in a review, with its pages: ``Harbor Press. 320
#: pages. $28.``, ``Editora Tinta Azul, 320 páginas, 22 euros``.
REVIEW_BOOK_PAGES = LazyPattern(
    r"""
    (?<! \p{L} ) \d{2,4}+ [ \t]++ (?: pages | pp \. | páginas | Seiten | S \. | pagine | pagina's | blz \. )
    (?! \p{L} )
    """,
    _FRONT_FLAGS,
)

#: A tool's notice over a copied page: ``This is Google's cache of ...``.
BOILERPLATE_PAGE_NOTICE = LazyPattern(
    rf"""
    \A (?i: {_front_alternation(SPOILER_NOTES)} ) [ \t]*+ [!.:]?+
      (?: [ \t]*+ (?i: for ) [ \t]++ [^\n.!?]{{1,60}}+ )?+ [.!]?+ \Z
                                                 # a review's warning: Spoilers ahead.
    | \A (?i: {_front_alternation(PAGE_NOTICES)} )
    | \A [\-\u2013\u2014=_ \t]{{0,20}}+ (?i: forwarded [ \t]++ message | original [ \t]++ message
        | begin [ \t]++ forwarded [ \t]++ message ) [^\n]{{0,40}}+ \Z
                                                 # a forwarded mail's rule: ---------- Forwarded message ---------
    | \A (?i: from | to | cc | bcc | reply-to ) [ \t]*+ : [^\n@]{{0,120}}+ @ [^\n]{{0,200}}+ \Z
                                                 # its header: From: Jane Doe <jane@example.com>
    | \A (?i: subject ) [ \t]*+ : [ \t]*+ (?i: fwd?+ | re ) [ \t]*+ : [^\n]{{0,200}}+ \Z
                                                 # Subject: Fwd: ...
    | \A (?i: date | sent ) [ \t]*+ : [ \t]*+ (?i: mon | tue | wed | thu | fri | sat | sun ) [^\n]{{0,60}}?
      \d{{4}} [^\n]{{0,30}}+ \Z                 # Date: Tue, Nov 4, 2025 at 9:12 AM
    | \A (?: (?: {_POST_COUNT} | \d{{1,3}}+ (?: [.,] \d{{1,3}}+ )?+ [KkMm]?+ ) [ \t]*+ [\u00b7\u2022|] [ \t]*+ ){{0,4}}+
      {_POST_COUNT} \Z
                                                 # a post's counts: 12.3K views,
                                                 # 152 reactions · 23 comments · 14 shares
    | \A (?: {_POST_COUNT} [ \t]++ ){{1,4}}+ {_POST_COUNT} \Z
                                                 # with spaces alone between them: 42 reposts 118 likes
    | \A \d{{1,2}}+ : \d\d (?: : \d\d )?+ [ \t]*+ / [ \t]*+ \d{{1,2}}+ : \d\d (?: : \d\d )?+ \Z
                                                 # an audio player's clock: 00:00 / 00:00
    | \A (?i: {_front_alternation(AGE_NOTE_OPENINGS)} ) [ \t]++ (?: \d{{1,2}}+ | (?i: a | an | one ) )
      [ \t]++ (?i: years? | months? | days? ) (?: [ \t]++ (?i: old | ago ) )?+ \.?+ \Z
                                                 # a page's note on the story's age:
                                                 # This article is more than 2 years old
    | \A \d{{1,2}}+ [ \t]*+ (?i: {_front_alternation(RELATIVE_UNITS)} ) \.?+ [ \t]++ (?i: ago ) [ \t]++
      \p{{Lu}} [^\n.!?:;]{{0,120}}+ \Z              # a live blog's key event, its age and its post's
                                                 # title: 1h ago Rail services suspended
    | \A (?i: {_front_alternation(COMMENT_COUNT_WORDS)} ) [ \t]*+ \( [ \t]*+ \d{{1,6}}+ [ \t]*+ \) \Z
                                                 # a comment section's counter: Comments (12)
    | \A [\-\u2212]?+ \d{{1,3}}+ [ \t]*+ \u00b0 [ \t]*+ [FC]?+ \Z
                                                 # a weather widget's temperature: 73°, -4 °C
    | \A \d{{1,3}}+ (?: [.,] \d{{1,3}}+ )?+ [KkMm]?+ \Z
                                                 # a count alone, under a post's buttons: 12, 1.2K
    | \A [\u2605\u2606\u2729\u272d\u2b50] (?: [ \t]?+ [\u2605\u2606\u2729\u272d\u2b50\u00bd\ufe0f] ){{0,9}}+ \Z
                                                 # a review's rating in stars alone: \u2605\u2605\u2605\u2605\u2606
    | \A \d{{1,2}}+ : \d\d (?: : \d\d )?+ [ \t]*+ [\-\u2013\u2014] [ \t]*+ Source [ \t]*+ :
      [ \t]*+ [^\n]{{1,40}}+ \Z                      # a video's length and source: 01:12 - Source: CNN
    """,
    _FRONT_FLAGS,
)

#: A video player's button with the video's title in quotation marks (Global
#: News): ``Click to play video: 'Calgary expands transit fare discount'``.
VIDEO_BUTTON_TITLE = LazyPattern(
    r"""
    \A (?i: click [ \t]++ to [ \t]++ play [ \t]++ video | play [ \t]++ video | watch [ \t]++ video )
    [ \t]*+ : [ \t]*+ ['\u2018"\u201c] (?P<title> \p{Lu} [^\n]{0,200}? ) ['\u2019"\u201d] \Z
    """,
    _FRONT_FLAGS,
)

#: A video's length alone on its line, under its player: ``02:14``, ``1:02:14``.
VIDEO_LENGTH = LazyPattern(r"\A \d{1,2} : \d\d (?: : \d\d )?+ \Z", _FRONT_FLAGS)

#: A web address alone on its line, or after a label of at most eight words
#: and a colon or a spaced dash: ``AP MLB: https://apnews.com/hub/mlb``,
#: ``doi: https://doi.org/10.1/x``, ``The Wayback Machine - https://web.archive.org/...``;
#: or a site's bare address alone (a reader view's first line): ``example-news.com``.
BOILERPLATE_LINK_LINE = LazyPattern(
    r"""
    \A (?: [\p{L}\p{N}] [\p{L}\p{N}.&'\u2019\-]*+ (?: [ \t]++ [\p{L}\p{N}] [\p{L}\p{N}.&'\u2019\-]*+ ){0,7}+
          (?: [ \t]*+ : | [ \t]++ \p{Pd} ) [ \t]*+ )?   # the label: AP MLB: (not the address's https:)
    (?: https?:// | www\. ) [^\s]{1,300}+ \Z           # the address, nothing after it
    | \A (?: www\. )?+ [\p{Ll}\p{N}] [\p{Ll}\p{N}\-]{0,40}+ (?: \. [\p{Ll}\p{N}\-]{1,40}+ (?= \. ) ){0,3}+
      \. \p{Ll}{2,6}+ /?+ \Z                           # a site's bare address: example-news.com
    """,
    _FRONT_FLAGS,
)

_CAPTION_AGENCY = _front_alternation(PHOTO_AGENCIES)
_CAPTION_LABEL = _front_alternation(CREDIT_LABELS)
#: One part of a slash credit: ``Steve Helber``, ``AP``, ``Getty Images``, ``J. Doe``.
#: The domains of a picture agency's web address for its name (``RollingNews.ie``).
_SITE_DOMAIN = r"(?: com | net | org | ie | co\.uk | uk | in | ng | ke | za | au | nz | ph | pk )"

_CAPTION_CREDIT_PART = (
    r"(?: \p{Lu}\. | [\p{L}\p{N}][\p{L}\p{M}\p{N}'\u2019&\-]*+ )"
    r"(?: [ \t] (?: \p{Lu}\. | [\p{L}\p{N}][\p{L}\p{M}\p{N}'\u2019&\-]*+ ) ){0,4}+"
)

#: A labelled credit ending a caption: ``... 2021. PHOTO: AFP``,
#: ``Photo: NTB / Scanpix``, ``(Photo: AFP)``, ``Credit...Jane Doe/The Times``
#: (web pages, glued on), ``© Jane Doe``.
CAPTION_LABELLED_CREDIT = LazyPattern(
    rf"""
    (?: \A | (?<= [\s.!?,;)\]\"\u201d\u2019] )      # at a word boundary, or glued to the
      | (?<= \p{{Ll}} ) (?= Credit [ \t]*+ : ) )       # caption's last word (The Sun): ...seatsCredit: PA
    (?! (?<= \p{{Ll}} [ \t]+ ) \p{{Ll}} )              # (no label in lower case inside a sentence:
                                                    # "He was given credit: the bank agreed")
    (?P<open> [(\[] [ \t]*+ )?+                       # an optional bracket
    (?: (?P<label> (?i: {_CAPTION_LABEL} ) ) [ \t]*+ (?: : | \.\.\. | \u2026 | \| ) [ \t]*+
      | (?P<label> \u00a9 ) [ \t]*+ )
    (?P<credit> [^\n:()\[\]]{{1,100}}+ )               # the credit, to the end
    (?(open) [)\]] )
    \Z
    """,
    _FRONT_FLAGS,
)

#: A ``by`` credit ending a caption: ``(Photo by X/Getty Images)``.
CAPTION_BY_CREDIT = LazyPattern(
    r"""
    (?: (?P<open> [(\[] ) [ \t]*+ | (?<= [.!?] [ \t]++ ) )   # in brackets, or after a sentence
    (?i: photo | photograph | picture | image | foto | video ) s?+ [ \t]++
    (?(open) (?i: by | from ) | (?i: by ) ) [ \t]++    # (Photo from the Acme Agency): in brackets
    (?P<credit> [^\n()\[\]]{1,100}+ )
    (?(open) [)\]] | \.?+ ) \Z
    """,
    _FRONT_FLAGS,
)

#: A courtesy credit ending a caption, or alone on its line (the credit is who
#: gave the picture): ``(Courtesy of Jane Doe)``, ``... 1967. Photo courtesy of
#: Acme Archives``, ``Courtesy of the Acme Foundation``.
CAPTION_COURTESY_CREDIT = LazyPattern(
    r"""
    (?: (?P<open> [(\[] ) [ \t]*+ | \A | (?<= [.!?] [ \t]++ )     # in brackets, alone, or after a sentence
      | (?<= [.!?] [ \t]++ [\u2013\u2014] [ \t]*+ ) )                 # or a dash after it (The Star)
    (?: (?i: photo | photograph | picture | image | foto ) s?+ [ \t]++ )?+
    (?i: courtesy ) (?: [ \t]++ (?i: of ) )?+ [ \t]++
    (?P<credit> (?: (?i: the ) [ \t]++ )?+ [\p{Lu}\p{N}] [^\n()\[\],;]{0,100}+ )
                                                    # a name (no clause after a comma)
    (?(open) [)\]] | \.?+ ) \Z
    """,
    _FRONT_FLAGS,
)

#: A credit label and a spaced slash (NZ Herald): ``... since 2022. Photo / Jane Doe``,
#: alone or after the description's sentence end.
CAPTION_SLASH_LABEL_CREDIT = LazyPattern(
    r"""
    (?: \A | (?<= [.!?\"\u201d\u2019)] [ \t]++ ) )
    (?P<label> (?i: photo | photos | picture | pictures | image | video | graphic ) ) [ \t]++ / [ \t]++
    (?P<credit> [^\n/:()\[\]]{1,80}+ )
    \Z
    """,
    _FRONT_FLAGS,
)

#: A paper's file picture or a handout credited after a dash at the end of a
#: caption (The Star, Malay Mail): ``... in Penang. — Filepic``, ``— File pic``,
#: ``— Handout photo``.  (An agency alone after the dash signs the story off.)
CAPTION_DASH_CREDIT = LazyPattern(
    r"""
    (?<= [.!?\"\u201d\u2019)] [ \t]++ ) [\u2013\u2014] [ \t]*+
    (?P<credit> (?i: file [ \t]?+ (?: pic | pix | photo ) | handout (?: [ \t]++ photo )?+
        | screengrab | screenshot ) )
    \Z
    """,
    _FRONT_FLAGS,
)

#: A picture from the paper's files credited after a caption's last sentence,
#: with no label or mark before it (The Kathmandu Post): ``... in Kathmandu.
#: Post File Photo``, ``... on Monday. FILE PHOTO``; in lower case after the
#: source (``... near Midland, Texas. Reuters file photo``), or in brackets
#: (``... in March. (File photo)``).
CAPTION_FILE_CREDIT = LazyPattern(
    r"""
    (?<= [.!?\"\u201d\u2019)] [ \t]++ )
    (?: (?P<credit> (?: (?! (?: File | FILE ) [ \t] ) \p{Lu} [\p{L}\p{N}.&'\u2019\-]{0,20}+ [ \t]++ ){0,3}+
                                                   # the paper: Post, The Daily Planet
      (?: File | FILE ) [ \t]++ (?: Photo | PHOTO | Picture | PICTURE | Pic | Image | IMAGE ) s?+
      | (?: \p{Lu} [\p{L}\p{N}.&'\u2019\-]{0,20}+ [ \t]++ ){1,3}+ file [ \t]++ (?: photo | picture | pic | image ) s?+
                                                   # Reuters file photo
    )
    | \( (?P<credit> (?: \p{Lu} [\p{L}\p{N}.&'\u2019\-]{0,20}+ [ \t]++ ){0,3}+
        (?i: file [ \t]++ (?: photo | picture | pic | image ) s?+ ) ) \) )   # (File photo)
    \Z
    """,
    _FRONT_FLAGS,
)

#: A site's address alone as the credit after a caption's last sentence
#: (exile and Russian-language outlets credit official pictures so):
#: ``... in 2023. kremlin.ru``, ``... on Monday. mos.ru``.
CAPTION_DOMAIN_CREDIT = LazyPattern(
    r"""
    (?<= [.!?\"\u201d\u2019)] [ \t]++ )
    (?P<credit> [a-z0-9] [a-z0-9\-]{0,30}+ (?: \. [a-z0-9\-]{1,30}+ (?= \. ) ){0,2}+ \. [a-z]{2,6}+ )
    \Z
    """,
    _FRONT_FLAGS,
)

#: A picture library's name alone after the caption's last sentence, with no
#: label or bracket (sports and Irish sites: ``... late in the day. Getty
#: Images``); only picture libraries, since a wire's name after a sentence is
#: its sign-off (``... the campaign. AFP``).
CAPTION_LIBRARY_AFTER_SENTENCE = LazyPattern(
    rf"""
    (?<= [\p{{Ll}}0-9)] \. [ \t]++ )
    (?P<credit> (?i: {_front_alternation(PICTURE_LIBRARIES)} ) )
    \.?+ \Z
    """,
    _FRONT_FLAGS,
)

#: A credit after a slash that opens it, in capitals, after the caption's last
#: sentence (Kenyan sites: ``... John Mbadi. /FILE``, ``... in Nairobi. /JANE
#: DOE``): one to four words in capitals.
CAPTION_SLASH_OPENED_CREDIT = LazyPattern(
    r"""
    (?<= [\p{Ll}0-9)] \. [ \t]++ ) / [ \t]?+
    (?P<credit> \p{Lu}{2,}+ (?: [ \t] \p{Lu} [\p{Lu}'\u2019.\-]*+ ){0,3}+ )
    \Z
    """,
    _FRONT_FLAGS,
)

#: A photographer's name and the outlet the picture was taken for, after the
#: caption's last sentence (ProPublica, The New York Times): ``... County Jail
#: in Texas. Callie Richmond for ProPublica``; the caller checks the outlet.
CAPTION_FOR_OUTLET_CREDIT = LazyPattern(
    r"""
    (?<= [\p{Ll}0-9)] \. [ \t]++ )
    (?P<credit> \p{Lu} [\p{L}\p{M}'\u2019\-]*+ (?: [ \t] \p{Lu} [\p{L}\p{M}'\u2019.\-]*+ ){1,2}+
      [ \t]++ for [ \t]++ (?P<outlet> \p{Lu} [^\n.!?]{0,50}+ ) )
    \Z
    """,
    _FRONT_FLAGS,
)

#: A picture agency's web address for its name (``RollingNews.ie``): one
#: capitalised word, a dot and a common or a country's domain.
CAPTION_SITE_NAME = LazyPattern(
    rf"\p{{Lu}} [\p{{L}}\p{{N}}\-]{{2,30}}+ \. {_SITE_DOMAIN}", _FRONT_FLAGS
)

#: The picture's date in a photo's description, as agencies write it: the
#: day after ``on`` anywhere (``... on Nov. 10, 2026.``, Getty's ``... on
#: November 10, 2026 in Lansing, Michigan.``), or the month and the year after
#: ``in`` at the end (``... in June 2025.``); a year alone is no such date.
CAPTION_DATED = LazyPattern(
    r"""
    [ \t] on [ \t]++ (?: Jan | Feb | Mar | Apr | Aug | Sept? | Oct | Nov | Dec ) (?: \. | [a-z]{2,6}+ )
      [ \t]++ \d{1,2}+ , [ \t]++ (?: 19 | 20 ) \d\d \b
    | [ \t] in [ \t]++ (?: Jan | Feb | Mar | Apr | May | June? | July? | Aug | Sept? | Oct | Nov | Dec )
      (?: \. | [a-z]{2,6}+ )?+ [ \t]++ (?: 19 | 20 ) \d\d \. \Z
    """,
    _FRONT_FLAGS,
)

#: Where a photo was taken, as its description says: a capitalised place or
#: event after ``in``, ``at``, ``outside`` ... (``... rally outside the
#: Michigan State Capitol in Lansing ...``).
CAPTION_PLACE = LazyPattern(
    r"[ \t] (?: in | at | outside | inside | near | during ) [ \t]++ (?: the [ \t]++ )?+ \p{Lu}",
    _FRONT_FLAGS,
)

#: A sentence's end inside a line (a word of three small letters or more, its
#: stop, a capital): ``... the bill. The House ...`` (not ``Gov. Jane``).
SENTENCE_INSIDE = LazyPattern(r"\p{Ll}{3} [.!?] [ \t]++ \p{Lu}", _FRONT_FLAGS)

#: A bracketed credit ending a caption: ``(AP Photo/Name)``, ``(Xinhua/Name)``.
CAPTION_BRACKET_CREDIT = LazyPattern(
    rf"""
    [(\[] [ \t]*+ (?P<credit> [^\n()\[\]/]{{1,60}}+ / [^\n()\[\]]{{1,80}}+ ) [)\]] \Z
    | [(\[] [ \t]*+ (?P<credit> (?i: {_CAPTION_AGENCY} ) [ \t]++ (?i: photo | photos | foto | fotos ) )
      [ \t]*+ [)\]] \Z                            # an agency's photo: (PTI Photo)
    | [(\[] [ \t]*+ (?P<credit> (?i: {_front_alternation(PICTURE_LIBRARIES)} )
        | (?i: {_front_alternation(GIVEN_PICTURES)} )
        | \p{{Lu}} [^\n()\[\]]{{0,60}}? [ \t]++ via [ \t]++ (?i: {_CAPTION_AGENCY} ) )
      [ \t]*+ [)\]] \Z                            # a picture library: (PA Wire), (X via Getty Images)
    """,
    _FRONT_FLAGS,
)

#: A source and its photographer after a colon, in brackets, ending a caption
#: after its sentence (ABC Australia): ``... on Sunday. (ABC News: Jane Doe)``,
#: ``(AAP: Jane Doe)``, ``(Supplied: Acme Ltd)``; the caller checks the source
#: (an outlet, an agency or a handout's word).
CAPTION_SOURCE_COLON_CREDIT = LazyPattern(
    r"""
    (?<= [.!?\"\u201d\u2019] [ \t]++ ) \( [ \t]*+
    (?P<credit> (?P<source> \p{Lu} [^\n():]{0,40}+ ) : [ \t]*+
      \p{Lu} [\p{L}\p{M}'\u2019\-.]*+ (?: [ \t]++ \p{Lu} [\p{L}\p{M}'\u2019\-.]*+ ){0,3}+ )
    [ \t]*+ \) \Z
    """,
    _FRONT_FLAGS,
)

#: An agency alone in brackets ending a caption's description that has no
#: sentence end (Middle East Eye, Arab News): ``... in Cairo on 18 October
#: 2024 (AFP)``, ``(Reuters/File photo)`` (after a sentence it is a sign-off).
CAPTION_AGENCY_ALONE = LazyPattern(
    rf"""
    (?<= [\p{{L}}\p{{N}}] [ \t]++ ) [(\[] [ \t]*+
    (?P<credit> (?i: {_CAPTION_AGENCY} ) (?: [ \t]*+ / [ \t]*+ (?i: file (?: [ \t]++ photo )?+ ) )?+ )
    [ \t]*+ [)\]] \Z
    """,
    _FRONT_FLAGS,
)

#: A credit in capitals in square brackets after a caption's last sentence
#: (Korean dailies in English): ``... on Monday. [NEWS1]``, ``[JOONGANG PHOTO]``,
#: ``[SCREEN CAPTURE]``, ``[YONHAP]``.
CAPTION_SQUARE_CREDIT = LazyPattern(
    r"""
    (?<= [.!?\"\u201d\u2019)] [ \t]++ ) \[ [ \t]*+
    (?P<credit> \p{Lu} [\p{Lu}\p{N}&'\u2019\-]*+ (?: [ \t]++ [\p{Lu}\p{N}&'\u2019\-]++ ){0,5}+ )
    [ \t]*+ \] \Z
    """,
    _FRONT_FLAGS,
)

#: A credit after the word for a photo with no colon, ending a caption (Italian,
#: Dutch, Polish, French pages): ``... Palazzo Chigi. Foto Ansa``, ``... Fot.
#: PAP/Radek Pietruszka``, ``... Photo Ludovic Marin/AFP``; the caller checks that
#: the credit names an agency.
CAPTION_WORD_CREDIT = LazyPattern(
    rf"""
    (?<= [.!?\"\u201d\u2019)] [ \t]++ )                             # after a sentence end
    (?: Foto | FOTO | Fot\. | Photo | PHOTO ) [ \t]++
    (?P<credit> {_CAPTION_CREDIT_PART} (?: [ \t]*+ / [ \t]*+ {_CAPTION_CREDIT_PART} ){{0,4}}+ )
    \.?+ \Z
    """,
    _FRONT_FLAGS,
)

#: A slash credit ending a caption: ``REUTERS/Name``, ``Steve Helber/AP/dpa``.
CAPTION_SLASH_CREDIT = LazyPattern(
    rf"""
    (?: \A | (?<= [.!?\"\u201d\u2019)\]] [ \t]++ ) | (?<= \n )     # after a sentence end
      | (?<= [.!?\"\u201d\u2019)\]] [ \t]++ [\p{{Pd}}|] [ \t]++ ) )     # or a dash after it
    (?: (?i: copyright ) [ \t]++ )?+                                # Euronews: - Copyright AP Photo/X
    (?P<credit>
        {_CAPTION_CREDIT_PART}
        (?: , [ \t]++ {_CAPTION_CREDIT_PART} )?+                    # the photographer's outlet
                                                                  # (ABS-CBN): Jane Doe, ABS-CBN News/File
        (?: [ \t]*+ / [ \t]*+ {_CAPTION_CREDIT_PART} ){{1,4}}+      # more parts, slash separated
        (?: \. {_SITE_DOMAIN} (?= \.?+ \Z ) )?+                  # a site's address: Jane Doe/RollingNews.ie
    )
    \.?+ \Z
    """,
    _FRONT_FLAGS,
)

#: A slash credit glued to the full stop ending a caption's description, as
#: copied pages have it (``... on Nov. 4.Jane Doe/The Canadian Press``); matched
#: right after that full stop.
CAPTION_GLUED_SLASH_CREDIT = LazyPattern(
    rf"""
    (?P<credit>
        \p{{Lu}} (?: \. | [\p{{L}}\p{{M}}\p{{N}}'\u2019&\-]*+ )                # its first letter in capitals
        (?: [ \t] (?: \p{{Lu}}\. | [\p{{L}}\p{{N}}][\p{{L}}\p{{M}}\p{{N}}'\u2019&\-]*+ ) ){{0,4}}+
        (?: [ \t]*+ / [ \t]*+ {_CAPTION_CREDIT_PART} ){{1,4}}+      # more parts, slash separated
    )
    \.?+ \Z
    """,
    _FRONT_FLAGS,
)

#: An agency name, whole: ``AFP``, ``Getty Images``, ``AP``.
CAPTION_AGENCY = LazyPattern(rf"\A (?i: {_CAPTION_AGENCY} ) \Z", _FRONT_FLAGS)

#: Words that make a bracketed part a photo credit: ``AP Photo``.
CAPTION_PHOTO_WORD = LazyPattern(
    r"\b (?i: photo | photos | foto | picture | pictures | image | images | file ) \b",
    _FRONT_FLAGS,
)

#: What a caption says of its picture (Canadian broadcasters, the wires):
#: ``... is seen in this file photo.``, ``in this undated handout photo``.
CAPTION_IN_THIS_PHOTO = LazyPattern(
    r"""
    \b (?i: in [ \t]++ this [ \t]++ (?: [\p{L}\-]++ [ \t]++ ){0,2}+ (?: photo | photograph | image | picture ) ) \b
    """,
    _FRONT_FLAGS,
)

#: A source's name in brackets after such a caption's last sentence: ``(CTV News Toronto)``.
CAPTION_NAMED_CREDIT = LazyPattern(
    r"""
    (?<= [.!?\"\u201d\u2019] [ \t]++ ) \( [ \t]*+
    (?P<credit> \p{Lu} [\p{L}\p{N}.&'\u2019\-]*+ (?: [ \t]++ \p{Lu} [\p{L}\p{N}.&'\u2019\-]*+ ){0,4}+ )
    [ \t]*+ \) \Z
    """,
    _FRONT_FLAGS,
)

#: A web gallery's counter opening a caption: ``[1/5]``, ``Item 1 of 3``.
CAPTION_GALLERY = LazyPattern(
    r"""
    \A (?: \[ [ \t]*+ \d{1,3}+ [ \t]*+ / [ \t]*+ \d{1,3}+ [ \t]*+ \]            # [1/5]
        | (?i: item ) [ \t]++ \d{1,3}+ [ \t]++ (?i: of ) [ \t]++ \d{1,3}+ )   # Item 1 of 3
    [ \t]*+
    """,
    _FRONT_FLAGS,
)

#: A licensing link after a caption's credit: ``Purchase Licensing Rights, opens new tab``.
CAPTION_TRAILER = LazyPattern(
    r"""
    [ \t]*+ (?i: purchase [ \t]++ licensing [ \t]++ rights )
    (?: [ \t]*+ , [ \t]*+ (?i: opens [ \t]++ (?: in [ \t]++ )?+ (?: a [ \t]++ )?+ new [ \t]++ tab ) )?+
    [ \t]*+ \Z
    """,
    _FRONT_FLAGS,
)

#: A caption label opening a caption: ``FILE PHOTO: Workers walk ...``.
CAPTION_LEAD_LABEL = LazyPattern(
    rf"""
    \A (?P<label> {_front_alternation(CAPTION_LABELS)} ) [ \t]*+ [:\p{{Pd}}] [ \t]*+ (?= \S )
    | \A (?P<label> {_front_alternation(GLUED_CAPTION_LABELS)} ) [ \t]++ (?= \p{{Lu}} )
                                                 # with a space only: Photo/Illutration Visitors ...
    """,
    _FRONT_FLAGS,
)

# ---------------------------------------------------------------------------
# quotes and speakers
# ---------------------------------------------------------------------------

#: Runs of one mark, never quotes (a fragment of :data:`QUOTE_MARK`).
_QUOTE_MARK_RUN = r"""
    "{3,} | '{4,} | `{3,} | \u201c{3,} | \u201d{3,} | \u2018{4,} | \u2019{4,}
"""
#: One mark (a fragment of :data:`QUOTE_MARK`).
_QUOTE_MARK_ONE = r"""
      ' (?<= [^\s'] ' ) (?= '' (?! ' ) )  # a single closing before an NYT double: ,'''
    | ``                                  # TeX / NYT opening double
    | ''                                  # NYT double, opening or closing
    | \u2018\u2018 | \u2019\u2019             # NYT double, typeset
    | ,,                                  # typewriter German low double
    | ["\u201c\u201d\u201e\u201f]         # straight and typographic doubles
    | [\u00ab\u00bb\u2039\u203a]          # guillemets
    | [\u300c\u300d\u300e\u300f]          # CJK corner brackets
    | ['\u2018\u2019\u201a\u201b`]        # singles (or apostrophes, primes)
"""

#: One quotation-mark candidate (an apostrophe is a candidate too; context decides).
QUOTE_MARK = regex.compile(
    f"(?P<run> {_QUOTE_MARK_RUN}) | {_QUOTE_MARK_ONE}",  # runs of one mark are never quotes
    regex.VERBOSE,
)

#: :data:`QUOTE_MARK` as one capturing group, for ``split``: the pieces
#: alternate text and candidates (a run of one mark is one candidate), so one
#: C-level pass gives every candidate with its offset.  The standard engine is
#: five times slower on this form (it cannot skip to the first character of
#: an alternation of fragments); :data:`QUOTE_MARK_SPLIT_LITERAL`, the same
#: branches written as literals, is its faster twin.
QUOTE_MARK_SPLIT = regex.compile(f"((?: {_QUOTE_MARK_RUN}) | {_QUOTE_MARK_ONE})", regex.VERBOSE)

#: What follows two digits right after an opening single mark when they count
#: something (``'27 companies``, ``'90 to 95 percent``, ``'15%``, ``'50-state``):
#: a quote opens there, no year is elided.
_QUOTE_COUNT_AFTER = r"""
    (?: % | -[a-z]
      | [ ] (?: percent | per[ ]cent | times | to[ ]\d | or[ ]\d
              | (?-i:[a-z]{2,}[a-rt-z]s) )\b )  # a plural noun: '27 companies
"""

#: An apostrophe of elision at a mark position: '60s, 'n', 'em, 'til, 'cause.
QUOTE_ELISION = regex.compile(
    rf"""
    ['\u2019\u2018]
    (?:
        \d\d (?: s\b | \b (?! (?<=['\u2018]\d\d) {_QUOTE_COUNT_AFTER} ) )  # decades and years: '60s, '08
      | n ['\u2019] (?!\w)                # rock 'n' roll
      | (?: em | til | cause | cos | tis | twas | bout | round | nuff | ol
          | ya | n | im | (?-i:er) )\b    # clipped words ('er; Dutch 'Er opens a quote)
      | s [ \u00a0] (?: nachts | morgens | ochtends | middags | avonds | winters
          | zomers | maandags | zaterdags | zondags | werelds | lands | rijks ) \b
                                        # Dutch 's nachts, 's avonds, 's lands
      | s - (?= [A-Z] )                  # 's-Hertogenbosch, 's-Gravenhage
      | t [ \u00a0] (?= (?-i: [a-z] ) )  # Dutch 't (het) before a word: van 't kastje
    )
    """,
    regex.VERBOSE | regex.IGNORECASE,
)

#: Feet and inches written with primes: 5'11", 6' 2''.
QUOTE_PRIME = regex.compile(r"\d['\u2032\u2019]\s?\d{1,2}(?:\.\d+)?+(?:[\"\u2033\u201d]|'')")

#: One token of a paragraph read for speakers: a word or one punctuation mark.
SPEAKER_TOKEN = regex.compile(
    r"""
      \p{Lu}\.(?:\p{Lu}\.)++                          # initialisms: U.S., D.C.
    | [\w\p{M}] [\w\p{M}&]*+ (?: ['\u2019\-] (?=\w) [\w\p{M}&]*+ )*+  # a word, inner ' and -
    | \S                                              # one punctuation character
    """,
    regex.VERBOSE,
)

#: :data:`SPEAKER_TOKEN` as a capturing group, for ``split``: the pieces
#: alternate white space and tokens, so one C-level pass gives every token
#: with its offset (the lengths of the pieces add up to it).
SPEAKER_TOKEN_SPLIT = regex.compile(f"({SPEAKER_TOKEN.pattern}\n)", regex.VERBOSE)

import re as _re  # noqa: E402  (the standard engine: see SPEAKER_TOKEN_SPLIT_PLAIN)

#: A character outside plain text: plain text is ASCII plus the typographic
#: quotes, dashes and ellipsis of English copy (none a word character or
#: white space to :data:`SPEAKER_TOKEN`).
SPEAKER_NOT_PLAIN = _re.compile(r"[^\x00-\x7f\u201c\u201d\u2018\u2019\u2014\u2013\u2026]")

#: A lower-case word (to test a paragraph for cue words cheaply; the standard
#: engine finds the words about twice as fast).
SPEAKER_WORD = _re.compile(r"[a-z]+")

#: A word in any script (to test a paragraph not all ASCII for the other
#: languages' cue words, :data:`SPEAKER_WORD` finding ASCII words only).
SPEAKER_WORD_ANY = _re.compile(r"\w+")

#: A character that starts a word token of :data:`SPEAKER_TOKEN`: alphanumeric
#: (``str.isalnum``, as ``\w`` is to the standard engine) or ``_``.  Searched
#: for between two offsets, it tests a piece of text with no copy of it.
SPEAKER_WORD_START = _re.compile(r"\w")

#: :data:`SPEAKER_TOKEN_SPLIT` for plain text (no :data:`SPEAKER_NOT_PLAIN`
#: character), where it reads the same: ``\p{Lu}`` is ``[A-Z]``, ``\w`` is
#: ``[A-Za-z0-9_]``, no ``\p{M}``, and ``\s`` is ASCII white space without
#: ``\x1c``-``\x1f``.  The standard ``re`` engine splits such text about
#: twice as fast as ``regex``; ``tests/test_speakers.py`` checks they agree.
#: (No possessive quantifiers before Python 3.11; nothing follows the greedy
#: loops inside a branch, so they match the same.)
SPEAKER_TOKEN_SPLIT_PLAIN = _re.compile(
    r"""(
      [A-Z]\.(?:[A-Z]\.)+                                           # initialisms: U.S., D.C.
    | [A-Za-z0-9_][A-Za-z0-9_&]* (?: ['\u2019\-] (?=[A-Za-z0-9_]) [A-Za-z0-9_&]* )*  # a word
    | [^\t\n\x0b\x0c\r\ ]                                           # one punctuation character
    )""",
    _re.VERBOSE,
)


#: Where :data:`QUOTE_ELISION` matches, as empty matches for ``split`` (so
#: overlapping places are all found in one C-level pass).
QUOTE_ELISION_AT = _re.compile(f"(?=(?:{QUOTE_ELISION.pattern}))", _re.VERBOSE | _re.IGNORECASE)


#: A paragraph that credits the quote before it: ``- Sanders.``, ``\u2014 Jane Doe``.
SPEAKER_DASH_LINE = regex.compile(
    r"""
    [\p{Pd}\u2015] [ \t]*+
    (?P<name>
        \p{Lu}[\p{L}\p{M}'\u2019\-]*+ (?: \. (?= [ \t]++ \p{Lu} ) )?+       # a capitalised word
        (?: [ \t]++ \p{Lu}[\p{L}\p{M}'\u2019\-]*+ (?: \. (?= [ \t]++ \p{Lu} ) )?+ ){0,4}+
    )
    [ \t]*+ \.?+ [ \t]*+ \Z
    """,
    regex.VERBOSE,
)

#: A paragraph that names the speaker of the quote before it in its opening words:
#: ``So said harbour director Jo Kent``, ``That was the response from Acme's chief
#: executive, Tom Lind,``, ``Those were the words of Jo Kent`` (the nouns are
#: ``LOOKING_BACK_NOUNS`` in ``newsstruct/_data/cues.py``).  ``name`` is the
#: first run of two to four capitalised words after at most five other words.
SPEAKER_AFTER_LEAD = LazyPattern(
    r"""
    (?: So [ \t]++ said                                              # So said ...
      | (?: That | This | Those | These | Such ) [ \t]++ (?: was | is | were | are )
        [ \t]++ the [ \t]++ (?: """
    + _front_alternation(LOOKING_BACK_NOUNS)
    + r""" ) [ \t]++ (?: of | from )                                 # That was the word of
    )
    [ \t]++
    (?: \p{Ll}[\p{L}\p{M}'\u2019\-]*+ ,?+ [ \t]++                     # lower-case words
      | \p{Lu}[\p{L}\p{M}\-]*+ (?: 's | \u2019s | s' | s\u2019 ) [ \t]++   # or an owner
    ){0,5}?
    (?P<name>
        \p{Lu}[\p{L}\p{M}'\u2019\-]*+ (?: \. (?= [ \t]++ \p{Lu} ) )?+
        (?: [ \t]++ \p{Lu}[\p{L}\p{M}'\u2019\-]*+ (?: \. (?= [ \t]++ \p{Lu} ) )?+ ){1,3}+
    )
    (?= [ \t]*+ [,.;] | [ \t]++ \p{Ll} | [ \t]*+ \Z )
    """,
    regex.VERBOSE,
)

#: A name with a quoted nickname inside it: ``Striker Leo "The Lion" Marsh``,
#: ``Robert C. "Bobby" Scott``.  ``name`` is the words before the nickname (with
#: any titles), ``surname`` the word after it; the nickname holds no sentence
#: punctuation.
SPEAKER_NICKNAMED = regex.compile(
    r"""
    (?<! [\p{L}\p{M}.'\u2019\-] )                                  # a word's start
    (?P<name> \p{Lu}[\p{L}\p{M}'\u2019\-]*+ \.?+ (?: \p{Lu}\. )*+    # C.N.
              (?: [ ] \p{Lu}[\p{L}\p{M}'\u2019\-]*+ \.?+ (?: \p{Lu}\. )*+ ){0,3}+ )
    [ ] (?: ["\u201c] \p{Lu} [^"\u201d\n.,;:!?]{0,30}+ ["\u201d]      # "The Lion"
          | '' \p{Lu} [^"'\n.,;:!?]{0,30}+ '' ) [ ]                    # ''The Lion'' (NYT)
    (?P<surname> \p{Lu}[\p{L}\p{M}'\u2019\-]++ ) (?! [\p{L}\p{M}'\u2019\-] )
    """,
    regex.VERBOSE,
)

#: A cheap gate for :data:`SPEAKER_NICKNAMED` (the standard engine): a short
#: quote between two words, with no sentence punctuation inside.
SPEAKER_NICKNAME_GATE = _re.compile(
    r'[\w.] (?:["\u201c]\w[^"\u201d\n.,;:!?]{0,30}["\u201d]|\'\'\w[^"\'\n.,;:!?]{0,30}\'\') \w'
)

#: A second gate for :data:`SPEAKER_NICKNAMED`, searched after the first passes:
#: a short quote opening on a capital between a word and a capital.  Wherever
#: :data:`SPEAKER_NICKNAMED` matches, this does (``[^\W0-9_a-z]``, a word
#: character but an ASCII digit, ``_`` or lower-case letter, holds every
#: ``\p{Lu}``); most short quotes between words open on lower case (``a "good" deal``).
SPEAKER_NICKNAME_CAPS = _re.compile(
    r'\S (?:["\u201c][^\W0-9_a-z][^"\u201d\n.,;:!?]{0,30}["\u201d]'
    r'|\'\'[^\W0-9_a-z][^"\'\n.,;:!?]{0,30}\'\') [^\W0-9_a-z]'
)

#: A run of capitalised words (a name with its titles): ``US Secretary of State
#: Antony Blinken``, ``Sen. Ted Cruz``, ``F. Scott Fitzgerald``.
SPEAKER_NAME_RUN = regex.compile(
    r"""
    (?:
        (?: \p{Lu}[\p{L}\p{M}'\u2019\-]*+\.?+         # a capitalised word
          | \p{Lu}\.(?:\p{Lu}\.)*+ )                   # or initials
        (?: \s++ (?: of | de | da | van | von | del | bin | al )
            (?: \s++ (?: der | den | de | la | le ) )?+   # (a second: "van der")
            (?= \s++ \p{Lu} )                             # a particle inside the name
          | \s++ (?: al | el ) - (?= \p{Lu} ) )?+          # or an article: "al-Tayeb"
        \s*+
    )++
    """,
    regex.VERBOSE,
)


# ---------------------------------------------------------------------------
# byline leads inside the first paragraph  (owned by _byline.py)
# ---------------------------------------------------------------------------

#: A Korean byline lead opening the story's first paragraph (after the
#: dateline): the reporters' names and titles in Hangul, closed by ``=``:
#: ``김수연 기자 =``, ``김수연 이재호 기자 =``, ``김수연 기자·이재호 특파원 =``.
#: ``credit`` is the names and titles (the words are read by
#: :func:`newsstruct._byline.match_byline_lead`).
BYLINE_EQUALS_LEAD = regex.compile(
    r"""
    (?P<credit> \p{Hangul} [\p{Hangul} \t\u00b7\u30fb,]{1,80}+ )   # 김수연 기자
    = [ \t]*+                                                      # =
    """,
    regex.VERBOSE,
)


#: A line break as the CNN/Daily Mail corpus leaves it: `` . ``.
_DOTTED_BREAK = r"[ ] \. [ ]"
#: A line of such text: no line break, no bar (a full stop after a word, as in
#: ``U.S. Editor``, stays).
_DOTTED_CHAR = r"(?: [^\n.|] | (?<! [ ] ) \. | \. (?! [ ] ) )"
_DOTTED_LINE = rf"{_DOTTED_CHAR}{{1,100}}?"
#: Its byline's and stamps' labels, also as the corpus's lower-cased, tokenized
#: release prints them (``by . jane doe . published : . 10:11 est , ...``).
_DOTTED_BY = r"(?: By | by )"
_DOTTED_STAMP = r"(?: PUBLISHED | UPDATED | published | updated )"
#: The byline and time stamps that open a Daily Mail story as the CNN/Daily Mail
#: corpus prints them, their line breaks left as `` . ``: ``By . Jane Doe .
#: PUBLISHED: . 10:11 EST, 2 January 2014 . | . UPDATED: . 12:45 EST, 2 January
#: 2014 .``.  ``byline`` is the writers' lines (``By . Jane Doe and . John Roe``),
#: ``stamps`` the stamps; the story follows.  (Tried with ``match`` at the
#: paragraph's start, which need not be the text's.)
BYLINE_DOTTED_LEAD = regex.compile(
    rf"""
    (?: (?P<byline> {_DOTTED_BY} {_DOTTED_BREAK} {_DOTTED_LINE} (?: {_DOTTED_BREAK} {_DOTTED_LINE} ){{0,2}} )
        {_DOTTED_BREAK} (?= {_DOTTED_STAMP} | [Ll]ast [ ] updated )
      | (?P<byline> {_DOTTED_BY} {_DOTTED_BREAK} {_DOTTED_CHAR}{{1,60}}? ) {_DOTTED_BREAK} (?= \p{{Lu}} )
    )?
    (?P<stamps>
        (?: {_DOTTED_STAMP} [ ]?+ : {_DOTTED_BREAK} {_DOTTED_LINE} [ ] \. (?: [ ] \| [ ] \. )? [ ] ){{1,2}}
      | [Ll]ast [ ] updated [ ] at [ ] {_DOTTED_LINE} [ ] \. [ ]
    )?
    """,
    regex.VERBOSE,
)

#: :data:`QUOTE_MARK_SPLIT` for the standard engine, which splits with it
#: about three times as fast: every branch starts with one literal character
#: (a run of marks is written ``\x22\x22\x22+``, not ``\x22{3,}``), so the
#: engine skips straight to the candidate characters.  The branches and their
#: order are those of :data:`QUOTE_MARK_SPLIT` and hold nothing but literal
#: characters, so the two split every text the same way
#: (``tests/test_quotes.py`` checks it).  ``\x22`` is ``"``, ``\x27`` is ``'``.
QUOTE_MARK_SPLIT_LITERAL = _re.compile(
    r"""(
      \x22\x22\x22+ | \x27\x27\x27\x27+ | ```+             # runs of one mark, never quotes
    | \u201c\u201c\u201c+ | \u201d\u201d\u201d+ | \u2018\u2018\u2018\u2018+ | \u2019\u2019\u2019\u2019+
    | \x27(?<=[^\s\x27]\x27)(?=\x27\x27(?!\x27))     # a single closing before an NYT double
    | `` | \x27\x27 | \u2018\u2018 | \u2019\u2019 | ,,   # NYT (also typeset), TeX and German doubles
    | \x22 | \u201c | \u201d | \u201e | \u201f           # straight and typographic doubles
    | \u00ab | \u00bb | \u2039 | \u203a                   # guillemets
    | \u300c | \u300d | \u300e | \u300f                   # CJK corner brackets
    | \x27 | \u2018 | \u2019 | \u201a | \u201b | `       # singles (or apostrophes, primes)
    )""",
    _re.VERBOSE,
)

#: A character that :data:`SPEAKER_NAME_RUN_PLAIN` may read otherwise than
#: :data:`SPEAKER_NAME_RUN`: anything but ASCII, the no-break space and
#: non-ASCII punctuation and symbols that are neither letters, marks nor white
#: space (Latin-1 signs, general punctuation, currency, arrows, math,
#: shapes, dingbats; ``tests/test_speakers.py`` checks each).
SPEAKER_NAME_NOT_PLAIN = _re.compile(
    r"[^\x00-\x7f\xa0-\xa9\xab-\xb4\xb6-\xb9\xbb-\xbf\xd7\xf7"
    r"\u200b-\u200f\u2010-\u2027\u202a-\u202e\u2030-\u205e\u2060-\u206f"
    r"\u20a0-\u20cf\u2190-\u23ff\u2500-\u27bf\ufeff]"
)
#: White space of a name run in plain text (``\s`` of :data:`SPEAKER_NAME_RUN`).
_NAME_SPACE_PLAIN = r"[\t\n\x0b\x0c\r\ \xa0]"
#: A capitalised word of a name run in plain text.
_NAME_WORD_PLAIN = r"[A-Z][A-Za-z'\u2019\-]*\.?"
#: A particle inside a name run in plain text, with the white space before it.
_NAME_PARTICLE_PLAIN = (
    rf"(?: {_NAME_SPACE_PLAIN}+ (?: of | de | da | van | von | del | bin | al )"
    rf" (?: {_NAME_SPACE_PLAIN}+ (?: der | den | de | la | le ) )?"
    rf" (?= {_NAME_SPACE_PLAIN}+ [A-Z] )"
    rf" | {_NAME_SPACE_PLAIN}+ (?: al | el ) - (?= [A-Z] ) )?"
)
#: :data:`SPEAKER_NAME_RUN` for plain text (no :data:`SPEAKER_NAME_NOT_PLAIN`
#: character), where it reads the same: ``\p{Lu}`` is ``[A-Z]``, ``\p{L}`` is
#: ``[A-Za-z]``, no ``\p{M}``, ``\s`` is ASCII white space without
#: ``\x1c``-``\x1f``, plus the no-break space.  The first word is written out
#: so that the pattern starts with a class and the standard engine skips
#: straight to capitals (about twice as fast as ``regex`` here).  The initials
#: branch of :data:`SPEAKER_NAME_RUN` is left out: the word branch before it
#: matches wherever it does.  (No possessive quantifiers before Python 3.11;
#: all that follows the first word is optional, so the first way the greedy
#: loops match is the possessive one.)
SPEAKER_NAME_RUN_PLAIN = _re.compile(
    rf"""
    {_NAME_WORD_PLAIN} {_NAME_PARTICLE_PLAIN} {_NAME_SPACE_PLAIN}*   # the first word
    (?: {_NAME_WORD_PLAIN} {_NAME_PARTICLE_PLAIN} {_NAME_SPACE_PLAIN}* )*  # the others
    """,
    _re.VERBOSE,
)


# ---------------------------------------------------------------------------
# cheap gates for the boilerplate patterns  (owned by _boilerplate.py)
# ---------------------------------------------------------------------------

#: An agency of a sign-off written anywhere (as :data:`BOILERPLATE_TRAILING_SIGNOFF`
#: writes them, case and all; ``Reuter`` in any case is looked for apart): a
#: glued sign-off holds one, so a paragraph's end without one is not tried.
#: (The standard engine: literals only, found faster.)
BOILERPLATE_SIGNOFF_AGENCY_ANYWHERE = re.compile(
    "|".join(re.escape(word) for word in sorted(set(SIGNOFF_AGENCIES), key=lambda w: (-len(w), w)))
)

# ---------------------------------------------------------------------------
# standard-engine twins for plain text  (owned by _headline.py)
# ---------------------------------------------------------------------------

#: A character outside plain text: plain text is ASCII plus the typographic
#: quotes, dashes and ellipsis of English copy (none a letter, mark or digit).
HEADLINE_NOT_PLAIN = re.compile(r"[^\x00-\x7f\u201c\u201d\u2018\u2019\u2014\u2013\u2026]")

#: :data:`HEADLINE_WORD` for plain text (see :data:`HEADLINE_NOT_PLAIN`), for
#: the standard engine, which finds the words about twice as fast;
#: ``tests/test_headline.py`` checks that they agree.  (Nothing follows the
#: greedy loop: it matches what the possessive one does.)
HEADLINE_WORD_PLAIN = re.compile(r"[A-Za-z0-9][A-Za-z0-9'\u2019.\-]*")

# ---------------------------------------------------------------------------
# line heads for the time stamp lines  (owned by _dates.py)
# ---------------------------------------------------------------------------

#: The first three characters after the indent (spaces and tabs) of each line
#: that a line break opens (one group per line: ``findall`` on ``"\n" + text``
#: gives every line's head).  The standard engine finds its opening line break
#: fast; :data:`DATE_STAMP_LINE` is then tried only where a label may stand.
DATE_LINE_HEAD = re.compile(r"\n[ \t]*([^\n]{0,3})")
