"""The same story gives the same parts however its text is laid out.

Each invented story is parsed as written and after one layout change (line
ends, spaces, invisible marks, blank lines); the parts found must be the same
up to their offsets and the change itself.
"""

from __future__ import annotations

import functools
import html
import re
import textwrap
from collections.abc import Callable

import pytest

from newsstruct import Article, parse_article

STORIES = {
    "web": (
        "Council votes to close the old bridge\n"
        "\n"
        "Repairs would cost more than a new crossing, engineers say\n"
        "\n"
        "Jane Porter\n"
        "Transport Correspondent\n"
        "\n"
        "Crowds on the bridge at dusk. Photo: Tom Roe/Reuters\n"
        "\n"
        "LEEDS - The council voted on Monday to close the old bridge for good.\n"
        "\n"
        '"We had no choice," said Maria Chen, the council leader. "It is not safe."\n'
        "\n"
        "What happens next\n"
        "\n"
        "Work on a new bridge starts in the spring, officials said on Monday.\n"
        "\n"
        "Residents were told to use the ferry until then, the council said.\n"
        "\n"
        "(Reporting by Jane Porter; Editing by Tom Hardy)\n"
    ),
    "wire": (
        "BAHIA COCOA REVIEW\n"
        "    SALVADOR, Feb 26 - Showers continued throughout the week in\n"
        "the Bahia cocoa zone, alleviating the drought since early\n"
        "January, a farmer said.\n"
        '    "The dry period means the temporao will be late this year,"\n'
        "said Jose Silva, a grower in Ilheus.\n"
        " Reuter\n"
    ),
    "byline": (
        "Ports close as storm nears\n"
        "\n"
        "By Jane Doe and John Smith, Reuters\n"
        "\n"
        "LISBON (Reuters) - Ports closed on Monday as a storm neared the coast, "
        "officials said.\n"
        "\n"
        "\u201cShips will wait offshore,\u201d the harbour master, Rui Costa, told reporters.\n"
        "\n"
        "Reuter\n"
    ),
    "stamped": (
        "Resale prices rise for the fifth straight quarter\n"
        "\n"
        "Prices climbed 1.1 per cent in the third quarter, down from 2.3 per cent.\n"
        "\n"
        "Ng Keng Gene\n"
        "Property Correspondent\n"
        "Oct 1, 2024, 04:56 PM\n"
        "\n"
        "SINGAPORE \u2013 Resale prices of flats rose for the fifth quarter in a row, "
        "estimates showed on Oct 1.\n"
        "\n"
        "The index rose 1.1 per cent, compared with 2.3 per cent in the second quarter.\n"
    ),
    "long": (
        "Drought deepens across the southern plains as reservoirs fall\n"
        "\n"
        "By Tom Roe\n"
        "\n"
        "DALLAS (Reuters) - Reservoirs across the southern plains fell to their lowest "
        "level in a decade this week, forcing towns to ration water for the first time "
        "since the drought of 2011, state officials said on Tuesday.\n"
        "\n"
        '"We are asking every household to cut its use by a fifth until the rains come '
        'back," said Ana Ruiz, the water commissioner, who called the shortage the worst '
        "she had seen in her thirty years with the agency.\n"
        "\n"
        "Farmers in the region have already sold part of their herds because the grass "
        "on their pastures has dried out and the price of hay has doubled since the "
        "spring, according to figures from the state farm bureau.\n"
        "\n"
        "Forecasters said there was little chance of heavy rain before the autumn, and "
        "warned that a hot summer would make the shortage worse in the towns that rely "
        "on shallow wells rather than on the large reservoirs.\n"
        "\n"
        "The governor is expected to declare a state of emergency later this week, which "
        "would free money for water trucks and for new wells in the worst-hit counties, "
        "his office said in a statement.\n"
        "\n"
        "(Reporting by Tom Roe; Editing by Jane Doe and the weekend desk in Washington, "
        "with additional reporting by Li Wei in Houston)\n"
    ),
    "lines": (
        "Ferry service resumes after strike\n"
        "By Ana Ruiz\n"
        "OSLO, March 6 (AP) - Ferries resumed crossings on the northern route on Thursday.\n"
        '"We are glad to be back," said Li Wei, a captain.\n'
        "The union said talks would go on next week.\n"
    ),
}


def _wrapped(text: str, width: int = 60) -> str:
    """*text* with every line longer than *width* hard-wrapped."""
    lines: list[str] = []
    for line in text.split("\n"):
        lines += textwrap.wrap(line, width, break_on_hyphens=False) if len(line) > width else [line]
    return "\n".join(lines)


#: Typographic marks and the HTML character references a feed writes for them.
_REFERENCES = {
    "\u201c": "&ldquo;",
    "\u201d": "&rdquo;",
    "\u2018": "&lsquo;",
    "\u2019": "&rsquo;",
    "\u2014": "&mdash;",
    "\u2013": "&ndash;",
    '"': "&quot;",
    "&": "&amp;",
}
#: The same marks as a scraper shows them after reading UTF-8 as Windows-1252.
_MOJIBAKE = {
    char: char.encode().decode("cp1252", errors="replace").replace("\ufffd", "\u009d")
    for char in "\u201c\u201d\u2018\u2019\u2014\u2013\u00a0"
}


#: Each byte as Windows-1252 reads it (its control character where that code page has none).
_CP1252 = [bytes([byte]).decode("cp1252", errors="ignore") or chr(byte) for byte in range(256)]


def _decoded_wrongly(text: str) -> str:
    """*text* written in UTF-8 and read back as Windows-1252, as a scraper that
    guesses the encoding wrongly reads it."""
    return "".join(_CP1252[byte] for byte in text.encode())


def _decoded_rightly(text: str) -> str:
    """*text* read back from :func:`_decoded_wrongly` (as it is when it was not)."""
    try:
        raw = bytes(ord(c) if c < "\u0100" else c.encode("cp1252")[0] for c in text)
        return raw.decode()
    except (UnicodeError, ValueError):
        return text


def _referenced(text: str) -> str:
    """*text* with its marks written as HTML character references."""
    return "".join(_REFERENCES.get(char, char) for char in text)


def _garbled(text: str) -> str:
    """*text* with its marks written as mojibake."""
    return "".join(_MOJIBAKE.get(char, char) for char in text)


_Transform = Callable[[str], str]
TRANSFORMS: dict[str, _Transform] = {
    "crlf": lambda t: t.replace("\n", "\r\n"),
    "cr": lambda t: t.replace("\n", "\r"),
    "line-separator": lambda t: t.replace("\n", "\u2028"),
    "bom": lambda t: "\ufeff" + t,
    "trailing-spaces": lambda t: re.sub(r"(?m)(?<=\S)$", "  ", t),
    "crlf-trailing-spaces": lambda t: re.sub(r"(?m)(?<=\S)$", " \t", t).replace("\n", "\r\n"),
    "zero-width-space-at-line-ends": lambda t: re.sub(r"(?m)(?<=\S)$", "\u200b", t),
    "no-break-spaces": lambda t: re.sub(r"(?<=\S) (?=\S)", "\u00a0", t),
    "narrow-no-break-spaces": lambda t: t.replace(" - ", "\u202f-\u202f"),
    "zero-width-space-at-start": lambda t: "\u200b" + t,
    "two-blank-lines": lambda t: t.replace("\n\n", "\n\n\n"),
    "tabs-between-words": lambda t: re.sub(r"(?<=\S) (?=\S)", "\t", t),
    "tab-indents": lambda t: t.replace("\n    ", "\n\t"),
    "blank-lines-around": lambda t: "\n \n\n" + t + "\n\n  \n",
    "hard-wrapped": _wrapped,
    # (an e-mail client's width: a wrapped paragraph among one-line ones)
    "72-columns-hard-wrapped": lambda t: _wrapped(t, 72),
    "markdown-heading": lambda t: "# " + t,
    "markdown-heading-hard-wrapped": lambda t: "# " + _wrapped(t),
    "html-references": _referenced,
    "mojibake": lambda t: _garbled(t.replace(" - ", " \u2014 ")),
    "decoded-wrongly": _decoded_wrongly,
    "soft-hyphens": lambda t: re.sub(r"(?<=\b[A-Za-z]{4})(?=[a-z]{4})", "\u00ad", t),
}
#: The stories hard-wrapped: long enough for the wrap to show, their paragraphs
#: set off by blank lines (hard-wrapping a story with a paragraph a line would
#: make its paragraphs' ends guesswork).
_SEPARATED = ("byline", "long", "stamped", "web")

_MARKS = str.maketrans(dict.fromkeys("\ufeff\u200b\u00ad", ""))
#: A Markdown heading's marks at a part's start.
_HEADING = re.compile(r"^#+ ")


_UNGARBLED = {garbled: char for char, garbled in _MOJIBAKE.items()}


def _norm(text: str | None) -> str | None:
    if text is None:
        return None
    if "\u00e2\u20ac" in text or "\u00c3" in text:
        text = _decoded_rightly(text)
    if "&" in text:
        text = html.unescape(text)
    for garbled, char in _UNGARBLED.items():
        text = text.replace(garbled, char)
    return " ".join(_HEADING.sub("", text.translate(_MARKS)).replace("\u2014", "-").split())


def _parts(article: Article) -> dict[str, object]:
    n = _norm
    dateline = article.dateline
    return {
        "headline": n(article.headline.text) if article.headline else None,
        "kicker": n(article.kicker.text) if article.kicker else None,
        "standfirst": n(article.standfirst.text) if article.standfirst else None,
        "byline": tuple(map(n, article.byline.names)) if article.byline else None,
        "dateline": (
            (n(dateline.location), dateline.agency, n(dateline.date_text), dateline.date)
            if dateline
            else None
        ),
        "captions": [(n(c.text), n(c.credit)) for c in article.captions],
        "subheads": [n(s.text) for s in article.subheads],
        "paragraphs": [n(p.text) for p in article.paragraphs],
        "quotes": [
            (n(q.text), n(q.speaker.name) if q.speaker else None, q.kind) for q in article.quotes
        ],
        "boilerplate": [(n(b.text), b.kind) for b in article.boilerplate],
        "date": article.date,
    }


#: Each story with each transform; hard wrapping only for the stories long
#: enough to show a wrap and whose paragraphs are set off by blank lines.
_CASES = [
    (story, transform)
    for story in sorted(STORIES)
    for transform in sorted(TRANSFORMS)
    if not transform.endswith("hard-wrapped") or story in _SEPARATED
]


@pytest.mark.parametrize(("story", "transform"), _CASES)
def test_same_parts_under_layout_change(story: str, transform: str) -> None:
    text = STORIES[story]
    changed = TRANSFORMS[transform](text)
    before, after = parse_article(text), parse_article(changed)
    assert _parts(after) == _parts(before)
    # and every part still slices the text as written
    spans = [(p.span, p.text) for p in after.paragraphs]
    spans += [(b.span, b.text) for b in after.boilerplate]
    spans += [(c.span, c.text) for c in after.captions]
    spans += [(q.span, q.text) for q in after.quotes]
    for span, written in spans:
        assert changed[span.start : span.end] == written


def test_stories_have_parts() -> None:
    """The stories exercise the parts compared (a guard on the test itself)."""
    web = parse_article(STORIES["web"])
    assert web.standfirst is not None
    assert web.byline is not None
    assert web.byline.names == ("Jane Porter",)
    assert web.captions
    assert web.subheads
    assert web.quotes
    assert web.boilerplate
    wire = parse_article(STORIES["wire"])
    assert wire.dateline is not None
    assert wire.dateline.location == "SALVADOR"
    assert [q.speaker.name for q in wire.quotes if q.speaker] == ["Jose Silva"]


def test_the_per_part_functions_read_the_layout_as_parse_article_does() -> None:
    from newsstruct import find_quotes, parse_byline, parse_caption, parse_dateline

    byline = parse_byline("By\u00a0Jane\u00a0Doe")
    assert byline is not None
    assert byline.names == ("Jane Doe",)
    assert byline.text == "By\u00a0Jane\u00a0Doe"
    dateline = parse_dateline("OSLO\u00a0(Reuters)\u00a0-\u00a0Talks ended.")
    assert dateline is not None
    assert (dateline.location, dateline.agency) == ("OSLO", "Reuters")
    caption = parse_caption("Crowds in Oslo.\u00a0(AP\u00a0Photo/Jo\u00a0Lind)")
    assert caption is not None
    assert caption.text == "Crowds in Oslo."
    text = '"We will win,"\u00a0said\u00a0Jo\u00a0Lind, the\u00a0mayor.\r\rTalks ended.'
    quotes = find_quotes(text)
    assert [(q.text, q.speaker.name if q.speaker else None) for q in quotes] == [
        ("We will win,", "Jo Lind")
    ]
    assert all(text[q.span.start : q.span.end] == q.text for q in quotes)


# ---------------------------------------------------------------------------
# every page of the wire-form tests
# ---------------------------------------------------------------------------

#: The layout changes run over every page of ``tests/test_wire_forms.py`` and
#: ``tests/test_wire_forms_intl.py`` (one pass over the ~700 pages each, read
#: without quotes to keep the test fast; the stories above check the quotes).
#: CR alone, the other Unicode breaks, tabs between words and tab indents are
#: read by the same layout view as those chosen; hard wrapping and a Markdown heading change what a
#: page is (a wrapped page's paragraph ends are guesswork, a ``#`` makes a page
#: of fields a Markdown page), mojibake is checked on the stories above.
_PAGE_TRANSFORMS = (
    "crlf-trailing-spaces",
    "line-separator",
    "bom",
    "zero-width-space-at-line-ends",
    "no-break-spaces",
    "two-blank-lines",
    "soft-hyphens",
    "html-references",
)

#: The pages whose parts a layout change legitimately changes, and why.
_PAGE_EXCLUSIONS: dict[tuple[str, str], str] = {
    # A soft hyphen is typeset in a story's words, never in the labels and
    # marks a tool writes around them; the transform puts one in each long word,
    # so it breaks the marks these pages are read by:
    ("lynx_dump", "soft-hyphens"): "a text browser's References line",
    ("obsidian_clip", "soft-hyphens"): "a front matter's published: field",
    ("readwise_export", "soft-hyphens"): "a metadata list's Category: field",
    ("readwise_export_tags", "soft-hyphens"): "a metadata list's Category: field",
    ("rcv1_xml", "soft-hyphens"): "the XML tags",
    ("rcv1_xml_no_byline", "soft-hyphens"): "the XML tags",
    ("rcv1_xml_frankfurt", "soft-hyphens"): "the XML tags",
    ("common_crawl_wet", "soft-hyphens"): "the WARC/1.0 record header",
    ("user_story_draft", "soft-hyphens"): "a draft's BYLINE: field with the writer's role",
    ("nyt_annotated_fields", "soft-hyphens"): "the Headline: and Byline: fields",
    ("mind_record", "soft-hyphens"): "the Title: and Abstract: fields",
    ("all_the_news_record", "soft-hyphens"): "the Title: and Content: fields",
    ("user_substack_post", "soft-hyphens"): "a newsletter platform's Subscribe button",
    # HTML references belong in a story's text, not in the syntax around it:
    ("obsidian_clip", "html-references"): "a front matter's YAML quotes",
    ("agnews_csv", "html-references"): "a CSV row's quotes",
    ("reuters21578_sgml", "html-references"): "the SGML tags' attributes and escapes",
    ("rcv1_xml", "html-references"): "XML attributes' quotes, and &quot; escaped again",
    ("rcv1_xml_no_byline", "html-references"): "XML attributes' quotes, and &quot; escaped again",
    # (as obsidian_clip's) and a feed item's references escaped again:
    ("user_front_matter", "soft-hyphens"): "a front matter's field names",
    ("user_front_matter", "html-references"): "a front matter's YAML quotes",
    ("user_rss_item", "html-references"): "its HTML references, escaped again",
    # A PDF column's paragraph whose last line is nearly full is told by the
    # line's width in characters (the next line's first word would have fitted
    # on it); marks that change the widths hide that break:
    ("user_epaper_pdf", "soft-hyphens"): "invisible soft hyphens counted in the widths",
    ("user_epaper_pdf", "zero-width-space-at-line-ends"): "a space moved to each next line's "
    "start, which sets every line but the first a column in",
}


#: A module constant of the international wire forms is a page when longer than this.
_MIN_PAGE = 200


def _wire_pages() -> dict[str, str]:
    """Every page of the wire-form tests by its case's or constant's name."""
    from tests import test_wire_forms_intl
    from tests.test_wire_forms import CASES

    pages = {name: case[0] if isinstance(case, tuple) else case for name, case in CASES.items()}
    for name, value in vars(test_wire_forms_intl).items():
        if name.isupper() and isinstance(value, str) and len(value) > _MIN_PAGE:
            pages[name] = value
    return pages


@functools.cache
def _page_parts() -> dict[str, tuple[str, dict[str, object]]]:
    """Each wire-form page and its parts as written (read once)."""
    return {
        name: (page, _parts(parse_article(page, quotes=False)))
        for name, page in _wire_pages().items()
    }


@pytest.mark.parametrize("transform", _PAGE_TRANSFORMS)
def test_every_wire_form_page_under_layout_change(transform: str) -> None:
    change = TRANSFORMS[transform]
    changed = []
    for name, (page, parts) in _page_parts().items():
        if (name, transform) in _PAGE_EXCLUSIONS:
            continue
        after = _parts(parse_article(change(page), quotes=False))
        if after != parts:
            changed.append((name, sorted(key for key in parts if after[key] != parts[key])))
    assert changed == []


def test_the_excluded_pages_do_change() -> None:
    """Each exclusion is still needed (and names a page): a page that reads the
    same again is taken off the list."""
    pages = _page_parts()
    for name, transform in _PAGE_EXCLUSIONS:
        page, parts = pages[name]
        after = _parts(parse_article(TRANSFORMS[transform](page), quotes=False))
        assert after != parts, (name, transform)


def test_the_pages_are_read() -> None:
    """The wire-form pages are found (a guard on the test itself)."""
    pages = _page_parts()
    assert len(pages) > 700
    assert {"factiva_wire", "lynx_dump", "FACTIVA_FRENCH"} <= pages.keys()
