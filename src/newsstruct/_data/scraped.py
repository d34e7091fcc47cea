"""Scraper and reader-service headers: the field names of the metadata they put
above an article's text.

Sources: trafilatura's text and Markdown output with ``with_metadata=True``
(a ``---`` block of ``title:``, ``author:``, ``url:``, ``hostname:``,
``description:``, ``sitename:``, ``date:``, ``categories:``, ``tags:``,
``fingerprint:`` ... lines), the YAML front matter of static-site Markdown
files (Jekyll, Hugo), Hugo's TOML front matter between ``+++`` lines
(``title = "..."``, ``date = 2024-05-01T10:00:00Z``, ``authors = ["...",
"..."]``, ``publishDate``, ``lastmod``, ``weight`` ...), and reader services
that print ``Title:``, ``URL Source:``, ``Published Time:`` and ``Markdown
Content:`` over the page (Jina Reader).  Names are matched without regard to
case.
"""

from __future__ import annotations

#: The fields that hold the headline.
TITLE_FIELDS: tuple[str, ...] = ("title", "headline")
#: The fields that hold the writers' names.
AUTHOR_FIELDS: tuple[str, ...] = ("author", "authors", "byline", "creator")
#: The fields that hold the publication date.
DATE_FIELDS: tuple[str, ...] = (
    "date", "published", "published time", "publication date", "date published",
    "pubdate", "published_at", "publish_date", "datepublished", "publishdate",
)  # fmt: skip
#: Other fields such a header holds (furniture): a header is read only when
#: most of its lines are fields of these lists.
OTHER_FIELDS: tuple[str, ...] = (
    "url", "url source", "source", "hostname", "sitename", "site", "description",
    "excerpt", "categories", "category", "tags", "fingerprint", "id", "license",
    "comments", "language", "lang", "image", "pagetype", "layout", "slug", "draft",
    "updated", "modified", "date modified", "last modified", "summary", "keywords",
    "warning", "number of pages", "canonical",
    # Hugo's own front matter
    "lastmod", "expirydate", "aliases", "weight", "type", "images", "series", "linktitle",
    "subtitle", "toc",
)  # fmt: skip
#: Every field name above, case folded.
HEADER_FIELDS: frozenset[str] = frozenset(
    name.casefold() for name in TITLE_FIELDS + AUTHOR_FIELDS + DATE_FIELDS + OTHER_FIELDS
)
#: The line that closes a reader service's header: the page's text follows.
CONTENT_LABELS: tuple[str, ...] = ("Markdown Content:", "Content:", "Text:")
#: The first line of a web archive record (Common Crawl's WARC and WET files).
WARC_VERSION = "WARC/"
#: The line that opens and closes a front-matter block.
FRONT_MATTER_FENCE = "---"
#: The line that opens and closes a TOML front-matter block (Hugo).
TOML_FENCE = "+++"
#: The HTML elements whose tags a Markdown converter may leave in the text
#: (``<br>``, ``<p class="byline">``, ``<figcaption>``): their tags are markup.
HTML_ELEMENTS: tuple[str, ...] = (
    "a", "abbr", "article", "aside", "audio", "b", "blockquote", "br", "caption", "center",
    "cite", "code", "dd", "del", "details", "div", "dl", "dt", "em", "figcaption", "figure",
    "font", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "i", "iframe", "img",
    "ins", "li", "main", "mark", "nav", "ol", "p", "picture", "pre", "q", "s", "script", "section",
    "small", "source", "span", "strong", "sub", "summary", "sup", "table", "tbody", "td",
    "th", "thead", "time", "tr", "u", "ul", "video", "wbr",
)  # fmt: skip
