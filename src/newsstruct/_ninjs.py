"""to_ninjs(): an :class:`Article` as an IPTC ninjs news item (versions 3.1 and 2.2).

ninjs ("News in JSON", https://iptc.org/standards/ninjs/) describes a news item
as metadata plus renditions of its content; the mapping follows the practice of
the wire agencies that publish ninjs (AP):

==================  ==========================================================
newsstruct          ninjs
==================  ==========================================================
headline            ``headlines`` ``[{"role": "main", "value": ...}]``
kicker              ``headlines`` ``[{"role": "kicker", ...}]``
standfirst          ``descriptions`` ``[{"role": "summary", ...}]``
captions            ``descriptions`` ``[{"role": "caption", ...}]``
caption credits     ``descriptions`` ``[{"role": "creditline", ...}]``
byline              ``by`` (the byline as written, on one line)
dateline place      ``located``
dateline agency     ``infoSources`` ``[{"name": ..., "role": "source"}]``
body paragraphs     ``bodies`` ``[{"role": "main", "contentType": "text/plain"}]``
subheads            in the body text, each between its paragraphs
news date           ``contentCreated`` (midnight UTC of the date)
language            ``language``
==================  ==========================================================

Version 2.2 spells the same properties in lower case (``contenttype``,
``contentcreated``, ``infosources``).  What ninjs has no place for is dropped:
quotes and their speakers, spans (offsets into the text), boilerplate, the
dateline's date as written, byline names one by one, and the original text.
"""

from __future__ import annotations

import datetime
from typing import Any

from newsstruct._model import Article
from newsstruct.exceptions import InputTypeError, OptionError

_SCHEMAS = {
    "3.1": "http://www.iptc.org/std/ninjs/ninjs-schema_3.1.json#",
    "2.2": "http://www.iptc.org/std/ninjs/ninjs-schema_2.2.json#",
}


def to_ninjs(article: Article, version: str = "3.1", *, uri: str | None = None) -> dict[str, Any]:
    """Return *article* as a JSON-ready IPTC ninjs object (``version`` ``"3.1"`` or ``"2.2"``).

    *uri*, the item's identifier (the one property ninjs requires), defaults
    to ``urn:newsstruct:sha256:`` and the SHA-256 of the article text, so the
    same text always gets the same uri.  Properties for parts the article
    lacks are left out.  Quotes, speakers, spans and boilerplate have no place
    in ninjs and are dropped (see the docs' export page).  An *article* that is
    no :class:`~newsstruct.Article` raises
    :class:`~newsstruct.exceptions.InputTypeError`; another *version*, or a
    *uri* that is no ``str`` or ``None``, raises
    :class:`~newsstruct.exceptions.OptionError`.

    >>> from newsstruct import Article, Headline, Paragraph, Span, to_ninjs
    >>> text = "Calm day\\n\\nNothing moved."
    >>> article = Article(
    ...     text=text,
    ...     headline=Headline("Calm day", Span(0, 8)),
    ...     paragraphs=[Paragraph("Nothing moved.", Span(10, 24))],
    ... )
    >>> item = to_ninjs(article, uri="urn:example:1")
    >>> item["headlines"], item["bodies"][0]["value"]
    ([{'role': 'main', 'value': 'Calm day'}], 'Nothing moved.')
    >>> sorted(to_ninjs(article, "2.2", uri="urn:example:1")["bodies"][0])
    ['contenttype', 'role', 'value']
    >>> to_ninjs(Article(text=""))["uri"][:22]
    'urn:newsstruct:sha256:'
    >>> to_ninjs(article, "1.0")
    Traceback (most recent call last):
    ...
    newsstruct.exceptions.OptionError: unknown ninjs version '1.0': use "3.1" or "2.2"
    """
    if not isinstance(version, str) or version not in _SCHEMAS:
        raise OptionError(f'unknown ninjs version {version!r}: use "3.1" or "2.2"')
    if not isinstance(article, Article):
        raise InputTypeError(f"to_ninjs expects an Article, got {type(article).__name__}")
    if uri is not None and not isinstance(uri, str):
        raise OptionError(
            f"to_ninjs uri must be a str such as 'urn:example:1' or None (a hash of the text), "
            f"got {type(uri).__name__}"
        )
    legacy = version == "2.2"
    content_type = "contenttype" if legacy else "contentType"

    if uri is None:
        import hashlib  # lazy: keeps ``import newsstruct`` fast

        uri = (
            "urn:newsstruct:sha256:"
            + hashlib.sha256(article.text.encode("utf-8", "surrogatepass")).hexdigest()
        )
    item: dict[str, Any] = {
        "uri": uri,
        "type": "text",
        "standard": {"name": "ninjs", "version": version, "schema": _SCHEMAS[version]},
    }
    if article.language is not None:
        item["language"] = article.language
    if article.date is not None:
        item["contentcreated" if legacy else "contentCreated"] = _date_time(article.date)

    headlines = []
    if article.headline is not None:
        headlines.append({"role": "main", "value": article.headline.text})
    if article.kicker is not None:
        headlines.append({"role": "kicker", "value": article.kicker.text})
    if headlines:
        item["headlines"] = headlines

    descriptions = []
    if article.standfirst is not None:
        descriptions.append({"role": "summary", "value": article.standfirst.text})
    for caption in article.captions:
        descriptions.append({"role": "caption", "value": caption.text})
        if caption.credit is not None:
            descriptions.append({"role": "creditline", "value": caption.credit})
    if descriptions:
        item["descriptions"] = descriptions

    if article.byline is not None:
        item["by"] = " ".join(article.byline.text.split())  # one line: "By Jo Lind Reporter"
    if article.dateline is not None:
        if article.dateline.location is not None:
            item["located"] = article.dateline.location
        if article.dateline.agency is not None:
            item["infosources" if legacy else "infoSources"] = [
                {"name": article.dateline.agency, "role": "source"}
            ]
    if article.paragraphs:
        item["bodies"] = [{"role": "main", content_type: "text/plain", "value": _body(article)}]
    return item


def _body(article: Article) -> str:
    """The body text: the paragraphs joined by blank lines, with the subheads
    in their places (each a paragraph of its own, as the story sets it).

    >>> from newsstruct import parse_article
    >>> from newsstruct._ninjs import _body
    >>> print(_body(parse_article("# Vote\\n\\nThe count ended.\\n\\n## What next\\n\\nTalks.")))
    The count ended.
    <BLANKLINE>
    What next
    <BLANKLINE>
    Talks.
    """
    if not article.subheads:
        return article.body
    parts = [(p.span.start, p.text) for p in article.paragraphs]
    parts += [(s.span.start, s.text) for s in article.subheads]
    return "\n\n".join(text for _, text in sorted(parts))


def _date_time(date: datetime.date) -> str:
    """A date as the RFC 3339 date-time ninjs requires: midnight UTC."""
    return f"{date.isoformat()}T00:00:00Z"
