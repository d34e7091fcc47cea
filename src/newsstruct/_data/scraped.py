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
Content:`` over the page (Jina Reader), and the metadata list of a
read-it-later service's Markdown export under the title (Readwise: ``-
Author: [[Jane Doe]]``, ``- Full Title: ...``, ``- Category: #articles``, ``-
URL: ...``; Obsidian's and Logseq's ``[[...]]`` links).  Names are matched
without regard to case.
"""

from __future__ import annotations

#: The fields that hold the headline.
TITLE_FIELDS: tuple[str, ...] = ("title", "headline", "full title", "hed")
#: The fields that hold the writers' names.
AUTHOR_FIELDS: tuple[str, ...] = ("author", "authors", "byline", "creator")
#: The fields that hold the publication date.
DATE_FIELDS: tuple[str, ...] = (
    "date", "published", "published time", "publication date", "date published",
    "pubdate", "published_at", "publish_date", "datepublished", "publishdate",
    # a news API's article record (NewsAPI: publishedAt)
    "publishedat",
)  # fmt: skip
#: Other fields such a header holds (furniture): a header is read only when
#: most of its lines are fields of these lists.
OTHER_FIELDS: tuple[str, ...] = (
    "url", "url source", "source", "hostname", "sitename", "site", "description",
    "excerpt", "categories", "category", "tags", "fingerprint", "id", "license",
    "comments", "language", "lang", "image", "pagetype", "layout", "slug", "draft",
    "updated", "modified", "date modified", "last modified", "summary", "keywords",
    "warning", "number of pages", "canonical", "text",
    # Hugo's own front matter
    "lastmod", "expirydate", "aliases", "weight", "type", "images", "series", "linktitle",
    "subtitle", "toc",
    # a read-it-later service's export (Readwise)
    "document tags", "document note",
    # the fields of a news dataset's record printed as labelled lines (the New
    # York Times Annotated Corpus, MIND, RealNews)
    "dateline", "section", "desk", "online headline", "online section", "lead paragraph",
    "abstract", "descriptors", "taxonomic classifiers", "word count", "domain",
    "subcategory", "news id", "publication", "content", "body", "maintext",
    # a CMS's export of a post (WordPress, Ghost): its state and address
    "status", "post status", "permalink", "visibility",
    # a newsroom's draft (a word processor's copy): the abstract's name is ``dek``
    "dek", "words", "length",
    # a news API's article record printed as labelled lines (NewsAPI)
    "urltoimage",
)  # fmt: skip
#: The fields whose value is the story itself, on the label's line (the All
#: the News data set printed as labelled lines: ``Content: The bridge ...``;
#: news-please's ``maintext``).
STORY_FIELDS: tuple[str, ...] = ("content", "text", "body", "maintext")
#: The field that holds a record's summary, read as the standfirst (MIND:
#: ``Abstract: About 3,000 homes lost water ...``).
ABSTRACT_FIELDS: tuple[str, ...] = ("abstract", "dek")
#: The field that holds a record's dateline (``Dateline: HARTWELL, Vt., May 3``).
DATELINE_FIELDS: tuple[str, ...] = ("dateline",)
#: Every field name above, case folded.
HEADER_FIELDS: frozenset[str] = frozenset(
    name.casefold() for name in TITLE_FIELDS + AUTHOR_FIELDS + DATE_FIELDS + OTHER_FIELDS
)
#: The line that closes a reader service's header: the page's text follows.
CONTENT_LABELS: tuple[str, ...] = (
    "Markdown Content:", "Content:", "Text:", "Full Text:", "Full text:", "Body:",
)  # fmt: skip
#: The labels a reader service's or a dataset's labelled header opens with (and a
#: newsroom's draft: ``SLUG: COUNCIL-BUDGET``, ``HED: ...``).
TITLE_LABELS: tuple[str, ...] = (
    "Title:", "title:", "Headline:", "headline:", "SLUG:", "Slug:", "HED:", "Hed:",
)  # fmt: skip
#: The labels a news API's article record opens with when printed as labelled
#: lines in the API's own order (NewsAPI: ``source:``, ``author:``, ``title:``
#: ... ``content:``); lower case, as the API names its keys.
RECORD_LABELS: tuple[str, ...] = ("source:", "author:")
#: The line over each of a story's highlights in the CNN / Daily Mail data
#: set's story files: the highlights close the story, each under its mark.
HIGHLIGHT_MARK = "@highlight"
#: The label over the lead paragraph that opens the full text of a story in the
#: New York Times' archive (the paragraph is repeated under it).
LEAD_LABEL = "LEAD:"
#: The token the Multi-News data set writes for each line break of its
#: source documents (``... said. NEWLINE_CHAR NEWLINE_CHAR The ...``).
NEWLINE_TOKEN = "NEWLINE_CHAR"
#: What a text holds when it may hold the mark between two source documents
#: of one Multi-News record (``|||||`` between spaces).
RECORD_DOCUMENT_HINT = "|||||"
#: The tokens a Penn Treebank tokenizer writes for brackets (the Gigaword and
#: CNN / Daily Mail data sets' tokenized text: ``-lrb- cnn -rrb- --``), in any
#: case, by the bracket each stands for.
BRACKET_TOKENS: dict[str, str] = {
    "-lrb-": "(", "-rrb-": ")", "-lsb-": "[", "-rsb-": "]", "-lcb-": "{", "-rcb-": "}",
}  # fmt: skip
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
    # the elements of news corpora kept as SGML or XML (English Gigaword's and
    # TREC's <DOC>, <HEADLINE>, <DATELINE>, <TEXT>; Reuters RCV1's <newsitem>,
    # <title>, <headline>, <byline>, <dateline>, <copyright>, <metadata>)
    "doc", "docno", "doctype", "headline", "dateline", "byline", "text", "newsitem",
    "copyright", "metadata", "codes", "editdetail", "dc", "title",
)  # fmt: skip
