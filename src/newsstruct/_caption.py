"""Photo captions with their credits: ``... PHOTO: AFP``, ``(Photo by X/Getty Images)`` ...

A block is a caption when it ends with a photo credit in one of these forms:

* a labelled credit: ``... 2021. PHOTO: AFP``, ``PHOTO: ST FILE``,
  ``Photo: NTB / Scanpix``, ``Foto: dpa``, ``(Photo: AFP)``,
  ``Credit...Jane Doe/The New York Times`` (glued on), ``© Jane Doe``;
* a ``by`` credit in brackets: ``(Photo by Jane Doe/Getty Images)``;
* a bracketed slash credit: ``(AP Photo/Evan Vucci)``, ``(Xinhua/Li Ming)``,
  ``(Jane Doe/The Washington Post)``;
* a slash credit after the last sentence, naming an agency:
  ``REUTERS/Jane Doe``, ``Steve Helber/AP/dpa``;

or when it opens with a caption label (``FILE PHOTO: ...``).
:attr:`~newsstruct.Caption.text` is the description without the credit (and
without a leading label); :attr:`~newsstruct.Caption.credit` is the credit as
written without its label or brackets (``AFP`` for ``PHOTO: AFP``).  An agency
name alone after the last sentence (``... campaign." AFP``) is not a photo
credit: it is a sign-off (see :doc:`boilerplate`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from newsstruct._blocks import trim
from newsstruct._data.credits import (
    CAPTION_LABELS,
    CREDIT_LABELS,
    GIVEN_PICTURES,
    GLUED_CAPTION_LABELS,
    PICTURE_LIBRARIES,
    SPACED_CAPTION_LABELS,
    SPACED_CREDIT_LABELS,
    WEB_CAPTION_LABELS,
    WEB_CREDIT_LABELS,
)
from newsstruct._data.endmarks import END_MARKS
from newsstruct._data.outlets import PAPER_NOUNS, is_outlet
from newsstruct._data.titles import COMPANY_WORDS
from newsstruct._guard import guarded
from newsstruct._markdown import ReadBlocks, read_as_written
from newsstruct._model import Caption, Span
from newsstruct._options import check_text
from newsstruct._patterns import (
    CAPTION_AGENCY,
    CAPTION_AGENCY_ALONE,
    CAPTION_BRACKET_CREDIT,
    CAPTION_BY_CREDIT,
    CAPTION_COURTESY_CREDIT,
    CAPTION_DASH_CREDIT,
    CAPTION_DATED,
    CAPTION_DOMAIN_CREDIT,
    CAPTION_FILE_CREDIT,
    CAPTION_FOR_OUTLET_CREDIT,
    CAPTION_GALLERY,
    CAPTION_GLUED_SLASH_CREDIT,
    CAPTION_IN_THIS_PHOTO,
    CAPTION_LABELLED_CREDIT,
    CAPTION_LEAD_LABEL,
    CAPTION_LIBRARY_AFTER_SENTENCE,
    CAPTION_NAMED_CREDIT,
    CAPTION_PHOTO_WORD,
    CAPTION_PLACE,
    CAPTION_SITE_NAME,
    CAPTION_SLASH_CREDIT,
    CAPTION_SLASH_LABEL_CREDIT,
    CAPTION_SLASH_OPENED_CREDIT,
    CAPTION_SOURCE_COLON_CREDIT,
    CAPTION_SQUARE_CREDIT,
    CAPTION_TRAILER,
    CAPTION_UNCREDITED,
    CAPTION_WORD_CREDIT,
    IMAGE_PLACEHOLDER_ALT,
    LINE_BREAK,
    MARKDOWN_IMAGE,
    SENTENCE_INSIDE,
)

#: The labels of :data:`~newsstruct._patterns.CAPTION_LEAD_LABEL` (written in capitals).
_LEAD_LABELS = tuple(CAPTION_LABELS) + GLUED_CAPTION_LABELS
#: The credit labels of :data:`~newsstruct._patterns.CAPTION_LABELLED_CREDIT`, case folded.
_FOLDED_LABELS = tuple(sorted({label.casefold() for label in CREDIT_LABELS}))
_LONGEST_LABEL = max(map(len, CREDIT_LABELS))
#: The labels of :data:`WEB_CAPTION_LABELS` and :data:`WEB_CREDIT_LABELS`, each
#: with its comma.
_WEB_CAPTION_LABELS = tuple(f"{label}," for label in WEB_CAPTION_LABELS)
_WEB_CREDIT_LABELS = tuple(f"{label}," for label in WEB_CREDIT_LABELS)
_WEB_LABELS = _WEB_CAPTION_LABELS + _WEB_CREDIT_LABELS
_SPACED_CREDIT_LABELS = tuple(f"{label} " for label in SPACED_CREDIT_LABELS)
_SPACED_LABELS = tuple(f"{label} " for label in SPACED_CAPTION_LABELS) + _SPACED_CREDIT_LABELS
#: Labels a web page writes before a caption's description as well as before a
#: credit alone (``Photo: Getty Images``), as written with their colon and space.
_DESCRIBED_LABELS = ("Photo: ", "Caption: ", "Picture: ", "Pictured: ", "Image: ")
#: The first characters of what :func:`_may_open_caption` looks for.
_OPENING_FIRSTS = frozenset(
    "[Ii" + "".join(label[:1] for label in _LEAD_LABELS + _WEB_LABELS + _DESCRIBED_LABELS)
)
#: The first characters of a block whose caption gate (:func:`caption_gate`)
#: may read past its end: the gate of a block opened by any other reads the block alone.
CAPTION_GATE_FIRSTS = _OPENING_FIRSTS
#: What square brackets after a story's sentence hold that is no picture's credit:
#: end marks, media tags and editors' notes, case folded.
_NOT_SQUARE_CREDITS = frozenset(
    {*(mark.casefold() for mark in END_MARKS), "video", "photo", "photos", "audio", "graphic"}
    | {"watch", "listen", "read", "more", "sic", "update", "updated", "updates", "correction"}
    | {"corrected", "developing", "breaking"}
)  # fmt: skip
#: A site's address credited after a caption (``kremlin.ru``) has at most this many characters.
_MAX_DOMAIN = 60
#: Blocks longer than this are never captions.
_MAX_CAPTION = 1200
#: The credit is looked for in this many characters at the end of a block.
_TAIL = 240
#: A caption credited with an agency alone in brackets, its description with no
#: sentence end (``... in Cairo (AFP)``), is one line of at most this many characters.
_MAX_AGENCY_CAPTION = 300
#: The credits of :data:`~newsstruct._data.credits.GIVEN_PICTURES`, case folded.
_GIVEN_PICTURES = frozenset(credit.casefold() for credit in GIVEN_PICTURES)
#: A slash credit alone on its line (a bare credit, its caption over or under it)
#: is at most this long and spaced: ``The STAR / Jane Doe``.
_MAX_BARE_SLASH_CREDIT = 60
#: A credit has at most this many words.
_MAX_CREDIT_WORDS = 10


def no_caption(text: str, start: int, end: int) -> bool:
    """True when :func:`match_caption` gives ``None`` for ``text[start:end]`` by its
    cheap gate alone (most paragraphs); ``False`` when it may read a caption.

    (A failure here is one of :func:`match_caption` too: a caller that passes
    the block by when this is true reads it in full when it raises.)

    >>> from newsstruct._caption import no_caption
    >>> no_caption("The bridge will close.", 0, 22)
    True
    >>> no_caption("A crew at work. (AP Photo/John Roe)", 0, 35)
    False
    """
    if end - start > _MAX_CAPTION or end <= start:
        return True
    block = text[start:end]
    tail = block[-_TAIL:]  # (the block itself when it is short)
    # no gallery counter or label to open it, no credit (its colon, bracket
    # or slash) to end it, no licensing link after it: most paragraphs
    # (tested with ``in`` on the block: no call per test)
    return (
        block[-1] not in ")]"
        and ":" not in tail
        and "/" not in tail
        and "|" not in tail  # PHOTO | FILE | NMG
        and "\u00a9" not in tail
        and "redit" not in tail  # Credit...Jane Doe
        and "ourtesy" not in tail  # Courtesy of Jane Doe
        and "Foto " not in tail  # ... Palazzo Chigi. Foto Ansa
        and "FOTO " not in tail
        and not ((" by " in tail or " By " in tail) and ("hoto" in tail or "icture" in tail))
        and "icensing" not in block
        and "ICENSING" not in block
        and "ile P" not in tail  # ... in Kathmandu. Post File Photo
        and "ILE P" not in tail
        and "ile p" not in tail  # ... Texas. Reuters file photo
        and (block[-1] not in _DASH_CREDIT_LAST or not _may_end_dash_credit(block))
        and (block[0] not in _OPENING_FIRSTS or not _may_open_caption(text, start))
        and not ("a" <= text[end - 1] <= "z" and _may_end_domain(text, start, end))
        and not _ends_with_library(block)
        and not _may_end_for_credit(text, start, end)
    )


#: A wire's full name alone as a picture's credit (HuffPost: ``ASSOCIATED PRESS``).
_WIRE_NAMES = frozenset({"associated press", "the associated press"})
#: The picture libraries' names as a caption's block may end in them (case folded).
_LIBRARY_ENDINGS = tuple(sorted({library.casefold() for library in PICTURE_LIBRARIES}))
#: The length of the longest of :data:`_LIBRARY_ENDINGS`.
_LONGEST_LIBRARY = max(map(len, _LIBRARY_ENDINGS))
#: The last three characters of each of :data:`_LIBRARY_ENDINGS`.
_LIBRARY_LASTS = frozenset(ending[-3:] for ending in _LIBRARY_ENDINGS)


def _ends_with_library(block: str) -> bool:
    """Whether *block*, the full stops at its end dropped, ends with a picture
    library's name (:data:`_LIBRARY_ENDINGS`, case folded).

    (Only its last characters are folded, not a copy of the whole paragraph:
    case folding maps each character on its own, to one character or more.)
    """
    stem = block[-2 * _LONGEST_LIBRARY :].rstrip(".")
    if len(stem) < _LONGEST_LIBRARY:
        stem = block.rstrip(".")  # (a short block, or a long run of stops)
    # (its last three characters first: few paragraphs end as a name does)
    return stem[-3:].casefold()[-3:] in _LIBRARY_LASTS and stem.casefold().endswith(
        _LIBRARY_ENDINGS
    )


#: The last letters of a credit after a dash (``— Filepic``, ``— Handout``).
_DASH_CREDIT_LAST = frozenset("cxotCXOT")
#: A credit after a dash is in this many characters at the end of a block.
_DASH_CREDIT_TAIL = 24


def _may_end_domain(text: str, start: int, end: int) -> bool:
    """True when ``text[start:end]`` may end with a site's address (``... 2023. kremlin.ru``).

    >>> from newsstruct._caption import _may_end_domain
    >>> _may_end_domain("At a meeting. kremlin.ru", 0, 24), _may_end_domain("He said.", 0, 8)
    (True, False)
    """
    return (
        "a" <= text[end - 1] <= "z"
        and text.rfind(".", max(start, end - _MAX_TLD - 1), end - 1) >= 0
        and end - start <= _MAX_AGENCY_CAPTION
    )


#: A site's address ends in at most this many letters after its last dot.
_MAX_TLD = 6


def _may_end_dash_credit(block: str) -> bool:
    """True when a dash stands near the end of *block* (``... Penang. — Filepic``)."""
    tail = block[-_DASH_CREDIT_TAIL:]
    return "\u2014" in tail or "\u2013" in tail


#: What :func:`no_caption` looks for in a block (its tail or the whole of it).
_TAIL_LITERALS = (
    ":", "/", "|", "\u00a9", "redit", "icensing", "ICENSING", "hoto", "icture", "ourtesy",
    "Foto ", "FOTO ",
)  # fmt: skip


def caption_gate(text: str) -> Callable[[str, int, int], bool]:
    """:func:`no_caption` for the blocks of *text*: when *text* holds none of the
    literals it looks for in a block (a credit's colon or slash, ``©``,
    ``Credit``, a licensing link, the ``Photo`` or ``Picture`` of ``Photo by``), a
    gate that tests only the block's ends.

    >>> from newsstruct._caption import caption_gate, no_caption
    >>> caption_gate("a\\n\\nb") is no_caption, caption_gate("a: b") is no_caption
    (False, True)
    """
    if any(map(text.__contains__, _TAIL_LITERALS)):
        return no_caption
    if "\u2014" in text or "\u2013" in text:
        return _no_caption_by_ends
    return _no_caption_by_marks  # (no dash: no credit after one either)


def _no_caption_by_marks(text: str, start: int, end: int) -> bool:
    """:func:`_no_caption_by_ends` for a text that holds no em or en dash."""
    if end - start > _MAX_CAPTION or end <= start:
        return True
    return (
        text[end - 1] not in ")]"
        and (text[start] not in _OPENING_FIRSTS or not _may_open_caption(text, start))
        and not ("a" <= text[end - 1] <= "z" and _may_end_domain(text, start, end))
        and not _may_end_for_credit(text, start, end)
    )


def _no_caption_by_ends(text: str, start: int, end: int) -> bool:
    """:func:`no_caption` for a block of a text that holds none of :data:`_TAIL_LITERALS`."""
    if end - start > _MAX_CAPTION or end <= start:
        return True
    return (
        text[end - 1] not in ")]"
        and (text[end - 1] not in _DASH_CREDIT_LAST or not _may_end_dash_credit(text[start:end]))
        and (text[start] not in _OPENING_FIRSTS or not _may_open_caption(text, start))
        and not ("a" <= text[end - 1] <= "z" and _may_end_domain(text, start, end))
        and not _may_end_for_credit(text, start, end)
    )


def _may_end_for_credit(text: str, start: int, end: int) -> bool:
    """True when ``text[start:end]`` may end in a photographer's credit for an
    outlet (``... in Texas. Callie Richmond for ProPublica``)."""
    return (
        text[end - 1].isalpha()
        and end - start <= _MAX_AGENCY_CAPTION
        and text.find(" for ", max(start, end - _MAX_FOR_TAIL), end) >= 0
    )


#: A photographer's credit for an outlet is found in the last this many characters.
_MAX_FOR_TAIL = 90


def match_caption(text: str, start: int, end: int) -> Caption | None:
    """The caption that ``text[start:end]`` (a whole block) is, spans into *text*; else ``None``."""
    if no_caption(text, start, end):
        return None
    block = text[start:end]
    if block.startswith(_WEB_LABELS):
        return _web_caption(text, start, end)
    if block.startswith(_SPACED_LABELS):
        return _spaced_caption(text, start, end)
    if block.startswith("!["):
        return _image_caption(text, start, end)
    if "icensing" in block or "ICENSING" in block:  # web captions: ... Purchase Licensing Rights
        trailer = CAPTION_TRAILER.search(block)
        if trailer is not None:
            block = block[: trailer.start()]
    if block[:1] == "[" and block[-2:] == ")]" and block.count("[") == 1 and block.count("]") == 1:
        # an image's alt text in brackets, as pandoc's plain text writes it:
        # [Water pours from a manhole. (Riverton Courier/Ana Ruiz)]
        inner = match_caption(text, start + 1, end - 1)
        if inner is not None and inner.credit is not None:
            return inner
    skip = 0
    if block[:1] in ("[", "I", "i"):  # a gallery counter: [1/5], Item 1 of 3
        gallery = CAPTION_GALLERY.match(block)
        skip = gallery.end() if gallery is not None else 0
    lead = (
        CAPTION_LEAD_LABEL.match(block[skip:] if skip else block)
        if block.startswith(_LEAD_LABELS, skip)  # cheap gate: the label opens the caption
        else None
    )
    described = (
        _described_after_label(block, skip)
        if lead is None and block.startswith(_DESCRIBED_LABELS, skip)
        else 0
    )
    desc_start = skip + lead.end() if lead is not None else (described or skip)
    credit = _credit(block, desc_start)
    if credit is None and lead is not None and lead.group("label") in GLUED_CAPTION_LABELS:
        credit = _name_in_brackets(block, desc_start)  # Photo/Illutration ... (Jane Doe)
    if credit is None:
        if lead is None and not described:
            return None
        desc_end = len(block)
        credit_text: str | None = None
        credit_span: Span | None = None
    else:
        desc_end, credit_start, credit_end = credit
        credit_text = block[credit_start:credit_end]
        credit_span = Span(start + credit_start, start + credit_end)
    while desc_end > desc_start and block[desc_end - 1] in " \t\r\n|-\u2013\u2014":
        desc_end -= 1
    if desc_end == desc_start and credit_text is None:
        return None
    return Caption(
        block[desc_start:desc_end],
        Span(start + desc_start, start + desc_end),
        credit=credit_text,
        credit_span=credit_span,
    )


#: Lower-case words of a credit after such a label (``courtesy of the family``,
#: ``file photo by Jane Doe``): not counted as a description's words.
_CREDIT_WORDS = frozenset(
    {"by", "of", "the", "for", "via", "and", "courtesy", "file", "handout", "photo",
     "picture", "image", "supplied", "staff", "photographer", "contributed", "submitted",
     "provided", "archive", "archives", "pool", "family", "a", "an", "to", "from"}
)  # fmt: skip
#: A description after such a label has at least this many other lower-case words.
_MIN_DESCRIBED_WORDS = 3


def _described_after_label(block: str, skip: int) -> int:
    """Where the description starts after a label of :data:`_DESCRIBED_LABELS`
    opening *block* at *skip* (``Photo: A ferry leaves the harbour at dawn.``),
    or ``0`` when what follows the label is no description but a credit
    (``Photo: Lars Berg/NTB``, ``Photo: courtesy of the family``): a capital,
    :data:`_MIN_DESCRIBED_WORDS` lower-case words that are no credit's, and a
    sentence's end (before a credit in brackets, if any).

    >>> _described_after_label("Photo: A ferry leaves the harbour at dawn.", 0)
    7
    >>> _described_after_label("Photo: Boats at dawn in the port. (AFP/Lars Berg)", 0)
    7
    >>> _described_after_label("Photo: Lars Berg/NTB", 0), _described_after_label("Photo: courtesy of the family.", 0)
    (0, 0)
    """
    start = block.index(" ", skip) + 1
    rest = block[start:].rstrip()
    if not rest[:1].isupper():
        return 0
    if rest[-1:] in ")]":
        opening = rest.rfind("(" if rest[-1] == ")" else "[")
        rest = rest[:opening].rstrip() if opening > 0 else rest
    if rest[-1:] not in (".", "!", "?"):
        return 0
    words = (word.strip(".,;:!?") for word in rest.split())
    lower = sum(1 for word in words if word.islower() and word not in _CREDIT_WORDS)
    return start if lower >= _MIN_DESCRIBED_WORDS else 0


def _name_in_brackets(block: str, floor: int) -> tuple[int, int, int] | None:
    """(end of description, credit start, credit end) of the photographer's name
    in brackets that closes a labelled caption (The Asahi Shimbun: ``Photo/Illutration
    Visitors look at the leaves. (Jane Doe)``): two to four capitalised words.

    >>> from newsstruct._caption import match_caption
    >>> text = "Photo/Illutration Visitors look at the leaves. (Jane Doe)"
    >>> caption = match_caption(text, 0, len(text))
    >>> caption.text, caption.credit
    ('Visitors look at the leaves.', 'Jane Doe')
    >>> text = "FILE PHOTO: Visitors look at the leaves in (New York)"
    >>> match_caption(text, 0, len(text)).credit is None
    True
    """
    end = len(block.rstrip())
    if block[end - 1 : end] != ")":
        return None
    opening = block.rfind("(", floor, end)
    if opening <= floor:
        return None
    words = block[opening + 1 : end - 1].split()
    if not 2 <= len(words) <= _MAX_NAME_WORDS or not all(
        word[:1].isupper() and word.replace("-", "").replace(".", "").isalpha() for word in words
    ):
        return None
    return opening, opening + 1, end - 1


#: A photographer's name in brackets has at most this many words.
_MAX_NAME_WORDS = 4


def _image_caption(text: str, start: int, end: int) -> Caption | None:
    """A Markdown image's alt text as its caption: ``![A crew at work.](photo.jpg)``.

    A credit in the alt text is read as in any caption; an image with no alt
    text is no caption (it is page furniture, see :mod:`newsstruct._boilerplate`).

    >>> from newsstruct._caption import match_caption
    >>> text = "![A crew at work. (AP Photo/John Roe)](https://example.com/a.jpg)"
    >>> caption = match_caption(text, 0, len(text))
    >>> caption.text, caption.credit
    ('A crew at work.', 'AP Photo/John Roe')
    >>> text = '![A crew at work.](a.jpg "Portland")'
    >>> match_caption(text, 0, len(text)).text
    'A crew at work.'
    >>> match_caption("![](a.jpg)", 0, 10) is None, match_caption("![Avatar](a.png)", 0, 16)
    (True, None)
    """
    image = MARKDOWN_IMAGE.fullmatch(text, start, end)
    if image is None:
        return None
    alt_start, alt_end = trim(text, image.start("alt"), image.end("alt"))
    if alt_start >= alt_end or IMAGE_PLACEHOLDER_ALT.fullmatch(text, alt_start, alt_end):
        return None  # (no alt text, or one that only names the image: ![Avatar](a.png))
    caption = match_caption(text, alt_start, alt_end)
    if caption is not None:
        return caption
    return Caption(text[alt_start:alt_end], Span(alt_start, alt_end))


def _web_caption(text: str, start: int, end: int) -> Caption | None:
    """A caption or credit line with a web page's label: ``Image caption, ...``.

    ``Image source, Getty Images`` is a credit alone (see :func:`bare_credit`);
    ``Image caption, Sandbags ...`` a description with no credit (one line
    above or below may give it, see :func:`credit_above`).
    """
    comma = text.index(",", start, end)
    body_start, body_end = trim(text, comma + 1, end)
    if body_start >= body_end or "\n" in text[body_start:body_end]:
        return None
    span = Span(body_start, body_end)
    if text.startswith(_WEB_CREDIT_LABELS, start):
        if not _short(text[body_start:body_end]):
            return None
        return Caption(
            "", Span(body_start, body_start), credit=text[body_start:body_end], credit_span=span
        )
    return Caption(text[body_start:body_end], span)


def _spaced_caption(text: str, start: int, end: int) -> Caption | None:
    """A web page's caption whose label lost its comma: ``Media caption Swimmers
    said ...`` (a capital after the label, one line); or its credit alone:
    ``Image copyright Getty Images``.

    >>> from newsstruct._caption import match_caption
    >>> match_caption("Media caption Swimmers said they were angry", 0, 43).text
    'Swimmers said they were angry'
    >>> match_caption("Image caption text is read aloud", 0, 32) is None
    True
    """
    label = next(label for label in _SPACED_LABELS if text.startswith(label, start))
    body_start, body_end = trim(text, start + len(label), end)
    if body_start >= body_end or not text[body_start].isupper():
        return None
    if "\n" in text[body_start:body_end]:
        return None
    span = Span(body_start, body_end)
    if label in _SPACED_CREDIT_LABELS:  # Image copyright Getty Images: a credit alone
        if not _short(text[body_start:body_end]):
            return None
        credit = text[body_start:body_end]
        return Caption("", Span(body_start, body_start), credit=credit, credit_span=span)
    return Caption(text[body_start:body_end], span)


def credit_above(credit: Caption | None, caption: Caption) -> Caption | None:
    """*caption* with the credit of the bare *credit* read from a block next to it.

    Web pages print ``Image source, Getty Images`` on the line over
    ``Image caption, ...`` (and NPR the credit on the line under a caption,
    by its buttons): one caption.  ``None`` when *credit* is no bare credit or
    *caption* has a credit of its own.

    >>> from newsstruct._caption import credit_above, match_caption
    >>> text = "Image source, Getty Images\\nImage caption, Sandbags on the quay"
    >>> credit = match_caption(text, 0, 26)
    >>> c = credit_above(credit, match_caption(text, 27, len(text)))
    >>> c.text, c.credit
    ('Sandbags on the quay', 'Getty Images')
    """
    if not bare_credit(credit) or caption.credit is not None or not caption.text:
        return None
    assert credit is not None  # (bare_credit)
    return Caption(caption.text, caption.span, credit=credit.credit, credit_span=credit.credit_span)


#: A credit line under a caption's page buttons has at most this many characters.
_MAX_WIDGET_CREDIT = 100


def widget_credit(text: str, start: int, end: int) -> Caption | None:
    """The bare credit that ``text[start:end]`` is, next to a caption's page buttons.

    NPR prints a caption's credit on a line of its own, under the caption and
    again under its ``hide caption`` button: ``Jane Doe/NPR``, ``Jane Doe for
    NPR``, ``Getty Images``.  Only the caller knows the buttons are there;
    this reads the line as a photographer and an outlet (or an agency).

    >>> from newsstruct._caption import widget_credit
    >>> widget_credit("Jane Doe/NPR", 0, 12).credit
    'Jane Doe/NPR'
    >>> widget_credit("Farmers are reopening wells.", 0, 28) is None
    True
    """
    start, end = trim(text, start, end)
    if not 0 < end - start <= _MAX_WIDGET_CREDIT:
        return None
    credit = text[start:end]
    if "\n" in credit or credit[-1] in ".!?,;:":
        return None
    parts = [part.strip() for part in credit.split("/")]
    if len(parts) == 1:
        parts = [part.strip() for part in credit.split(" for ")]  # Jane Doe for NPR
    person, via, library = credit.casefold().rpartition(" via ")
    if not (
        (len(parts) == 1 and (CAPTION_AGENCY.fullmatch(credit) or credit.casefold() in _WIRE_NAMES))
        or (via and person and library in _LIBRARY_ENDINGS)  # Jane Doe via Getty Images
        or (len(parts) > 1 and _photo_credit(credit))
        or _person_and_outlet(parts)
    ):
        return None
    return Caption("", Span(start, start), credit=credit, credit_span=Span(start, end))


def bare_credit(caption: Caption | None) -> bool:
    """True when *caption* is a credit alone: ``Foto: Kay Nietfeld/dpa`` with no description."""
    return caption is not None and not caption.text and caption.credit is not None


def caption_above(
    text: str, above: tuple[int, int], credit: Caption, credit_start: int
) -> Caption | None:
    """The caption written over two lines: the block *above* and a bare credit under it.

    *credit* is the :func:`bare_credit` caption read from the block that
    starts at *credit_start*.  ``Ein ICE steht im Bahnhof.`` and, on the next
    line, ``Foto: Kay Nietfeld/dpa`` are one caption when nothing but a single
    line break stands between them (a blank line parts a paragraph from a
    credit of its own); else ``None``.

    >>> from newsstruct._caption import caption_above, match_caption
    >>> text = "A tram in Berlin.\\nFoto: Kay Nietfeld/dpa"
    >>> credit = match_caption(text, 18, len(text))
    >>> c = caption_above(text, (0, 17), credit, 18)
    >>> c.text, c.credit, c.span
    ('A tram in Berlin.', 'Kay Nietfeld/dpa', Span(start=0, end=17))
    >>> spaced = "A tram in Berlin.\\n\\nFoto: Kay Nietfeld/dpa"
    >>> caption_above(spaced, (0, 17), match_caption(spaced, 19, len(spaced)), 19) is None
    True
    """
    start, end = above
    if (
        not bare_credit(credit)
        or not 0 < end - start <= _MAX_CAPTION
        or not next_line(text, end, credit_start)
        # (a page's labelled credit goes with the caption under it: credit_above)
        or text.startswith(_SPACED_CREDIT_LABELS, credit_start)
    ):
        return None
    return Caption(
        text[start:end],
        Span(start, end),
        credit=credit.credit,
        credit_span=credit.credit_span,
    )


#: The quotation marks that no caption over the story holds.
_QUOTE_MARKS = frozenset('"\u201c\u201d\u00ab\u00bb\u201e')
#: A caption over the story credited with an agency alone has at least this
#: many words before the agency.
_MIN_LEAD_CAPTION_WORDS = 4


def lead_caption(text: str, start: int, end: int) -> Caption | None:
    """The block ``text[start:end]``, over the story's first paragraph, as a caption
    whose credit is an agency's name alone after its last sentence.

    Pages print the lead photo's caption over the story with the agency after it
    (The National, The Korea Times: ``Shoppers at a mall in Dubai. Reuters``);
    later in a story the same form is the story's sign-off, so only the caller
    (which knows no paragraph came before) may read it so.  One line, no
    quotation mark, at most 300 characters.

    >>> from newsstruct._caption import lead_caption
    >>> text = "Containers are stacked at a port in Busan, Nov. 1. Yonhap"
    >>> c = lead_caption(text, 0, len(text))
    >>> c.text, c.credit
    ('Containers are stacked at a port in Busan, Nov. 1.', 'Yonhap')
    >>> text = '"We will win," she said. AFP'
    >>> lead_caption(text, 0, len(text)) is None
    True
    """
    start, end = trim(text, start, end)
    if not 0 < end - start <= _MAX_AGENCY_CAPTION:
        return None
    block = text[start:end]
    if "\n" in block or not _QUOTE_MARKS.isdisjoint(block):
        return None
    head, stop, agency = block.rpartition(". ")
    agency = agency.rstrip(".").strip()
    if not stop or not agency or CAPTION_AGENCY.fullmatch(agency) is None:
        return None
    if len(head.split()) < _MIN_LEAD_CAPTION_WORDS:
        return None
    at = start + len(head) + len(stop)
    at += len(text[at:end]) - len(text[at:end].lstrip())
    return Caption(
        text[start : start + len(head) + 1],
        Span(start, start + len(head) + 1),
        credit=agency,
        credit_span=Span(at, at + len(agency)),
    )


#: A description under its credit line is at most this long.
_MAX_DESCRIPTION_UNDER = 400


#: Words of a finite verb that a sentence has and a photo's description lacks
#: (``Jane Doe at 66 is the oldest skipper.`` is the story's).
_VERB_WORDS = frozenset(
    {"is", "was", "are", "were", "has", "have", "had", "says", "said", "will", "would",
     "can", "could", "did", "does", "do", "may", "might", "must", "should", "been"}
)  # fmt: skip


def uncredited_captions(text: str, bodies: Sequence[tuple[int, int]]) -> list[tuple[int, Caption]]:
    """The *bodies* (``(start, end)`` blocks of *text*, in order) that are
    photos' descriptions with no credit, by index, each with its caption: in a
    story whose pictures are credited apart (``Photographs by Jane Doe``: the
    caller's test), a line between two paragraphs, each longer, that names a
    person and where they are or what they do, one sentence with no verb
    (:data:`~newsstruct._patterns.CAPTION_UNCREDITED`: ``Jane Doe at the wheel of
    her boat.``).  A line with a verb (``Jane Doe at 66 is the oldest skipper.``)
    stays.

    >>> from newsstruct._caption import uncredited_captions
    >>> text = (
    ...     "The ferry crosses the loch six times a day in summer and winter.\\n\\n"
    ...     "Jane Doe at the wheel of the ferry.\\n\\n"
    ...     "She has worked on the boat since she left school at sixteen."
    ... )
    >>> [caption.text for _, caption in uncredited_captions(text, [(0, 64), (66, 101), (103, 163)])]
    ['Jane Doe at the wheel of the ferry.']
    """
    found: list[tuple[int, Caption]] = []
    for index in range(1, len(bodies) - 1):
        start, end = bodies[index]
        if end - start > _MAX_UNCREDITED or text[end - 1] != "." or not text[start].isupper():
            continue
        line = text[start:end]
        if (
            CAPTION_UNCREDITED.match(line) is None
            or not _VERB_WORDS.isdisjoint(line.casefold().split())
            or bodies[index - 1][1] - bodies[index - 1][0] <= end - start
            or bodies[index + 1][1] - bodies[index + 1][0] <= end - start
        ):
            continue
        found.append((index, Caption(line, Span(start, end))))
    return found


#: A photo's description with no credit has at most this many characters.
_MAX_UNCREDITED = 200


def description_under(
    text: str, credit: Caption, credit_end: int, start: int, end: int, apart: bool = False
) -> Caption | None:
    """The caption written over two lines: a bare *credit* (its block ends at
    *credit_end*) and the description ``text[start:end]`` on the next line.

    Pages copied to text print a photo's credit over its caption (Stuff, the
    NZ Herald: ``Photo / Jane Doe`` then ``The terminal is being rebuilt.``):
    one caption when a single line break stands between them and the
    description is one short line; else ``None``.

    >>> from newsstruct._caption import description_under, match_caption
    >>> text = "Photo / Jane Doe\\nThe terminal is being rebuilt."
    >>> c = description_under(text, match_caption(text, 0, 16), 16, 17, len(text))
    >>> c.text, c.credit
    ('The terminal is being rebuilt.', 'Jane Doe')
    >>> spaced = "Photo / Jane Doe\\n\\nThe terminal is being rebuilt."
    >>> description_under(spaced, match_caption(spaced, 0, 16), 16, 18, len(spaced)) is None
    True

    *apart*: the caller knows the two blocks are the lead picture's, over the
    story: one blank line may part them (see :func:`blank_line`).
    """
    if (
        not bare_credit(credit)
        or not 0 < end - start <= _MAX_DESCRIPTION_UNDER
        or not (
            next_line(text, credit_end, start) or (apart and blank_line(text, credit_end, start))
        )
        or "\n" in text[start:end]
    ):
        return None
    return Caption(
        text[start:end], Span(start, end), credit=credit.credit, credit_span=credit.credit_span
    )


def dated_caption_sentence(text: str, start: int, end: int) -> bool:
    """True when ``text[start:end]`` reads as a photo's description that ends
    with a full stop: one capitalised line of at most 250 characters, one
    sentence with no quotation mark, no finite verb of a story's sentence
    (``is``, ``was``, ``has``, ``said`` ...) and no past tense among its first
    words, with the place (``in Lansing``, ``at the White House``) and the
    picture's date as agencies write it (``... on Nov. 10, 2026.``, ``... in
    June 2025.``).

    A body paragraph ends with a full stop too; this is what HuffPost's
    captions, printed under their credit in the middle of a story, have that
    a story's sentence seldom has all at once.

    >>> from newsstruct._caption import dated_caption_sentence
    >>> line = "Supporters rally outside the Capitol in Lansing on Nov. 10, 2026."
    >>> dated_caption_sentence(line, 0, len(line))
    True
    >>> line = "The law was signed on Nov. 10, 2026."
    >>> dated_caption_sentence(line, 0, len(line))
    False
    >>> line = "Lawmakers approved the bill on Nov. 10, 2026."
    >>> dated_caption_sentence(line, 0, len(line))
    False
    >>> line = "The bill takes effect on Jan. 1, 2027."
    >>> dated_caption_sentence(line, 0, len(line))
    False
    >>> line = "The company went bankrupt in 2019."
    >>> dated_caption_sentence(line, 0, len(line))
    False
    >>> line = "Supporters rally outside the Capitol in Lansing on Monday."
    >>> dated_caption_sentence(line, 0, len(line))
    False
    """
    line = text[start:end]
    return (
        0 < len(line) <= _MAX_DATED_CAPTION
        and line[0].isupper()
        and "\n" not in line
        and _QUOTE_MARKS.isdisjoint(line)
        and _STORY_VERBS.isdisjoint(line.casefold().split())
        and CAPTION_DATED.search(line) is not None
        and CAPTION_PLACE.search(line) is not None
        and SENTENCE_INSIDE.search(line) is None
        and not any(
            word.endswith("ed") and word not in _CAPTION_PARTICIPLES
            for word in line.split()[1:_PAST_REACH]
        )  # (a story's past tense: Lawmakers approved the bill on Nov. 10, 2026.)
    )


#: A verb in the past tense among a line's first words makes it a story's sentence ...
_PAST_REACH = 7
#: ... but for the participles of captions (``Jane Doe, pictured in 2024, ...``).
_CAPTION_PARTICIPLES = frozenset({"pictured", "photographed", "dressed", "seated", "masked"})
#: A photo's dated description under its credit has at most this many characters.
_MAX_DATED_CAPTION = 250
#: Words of a story's sentence, not of a photo's description.
_STORY_VERBS = _VERB_WORDS | {"told", "tells", "added", "according"}


def caption_over_story(
    text: str, above: tuple[int, int], credit: Caption, credit_start: int
) -> Caption | None:
    """The lead picture's caption over the story, over two blocks: the
    description *above* and, after one blank line, a bare *credit* (read from
    the block that starts at *credit_start*).

    Web pages copied to text set the picture's description and its credit on
    lines of their own (``Abgeordnete im Bundestag.`` / ``Foto: Kay
    Nietfeld/dpa``, ``... on March 4, 2026.`` / ``Jane Doe/Reuters``).  Only
    the caller knows no paragraph of the story came before; the description is
    one line of at most 300 characters, capitalised, with no quotation mark;
    else ``None``.

    >>> from newsstruct._caption import caption_over_story, match_caption
    >>> text = "A tram in Berlin.\\n\\nFoto: Kay Nietfeld/dpa"
    >>> c = caption_over_story(text, (0, 17), match_caption(text, 19, len(text)), 19)
    >>> c.text, c.credit
    ('A tram in Berlin.', 'Kay Nietfeld/dpa')
    >>> text = '"We will win," she said.\\n\\nFoto: Kay Nietfeld/dpa'
    >>> caption_over_story(text, (0, 24), match_caption(text, 26, len(text)), 26) is None
    True
    """
    start, end = above
    if (
        not bare_credit(credit)
        or not 0 < end - start <= _MAX_AGENCY_CAPTION
        or not text[start].isupper()
        or not blank_line(text, end, credit_start)
        or text.startswith(_SPACED_CREDIT_LABELS, credit_start)
    ):
        return None
    block = text[start:end]
    if "\n" in block or not _QUOTE_MARKS.isdisjoint(block):
        return None
    return Caption(block, Span(start, end), credit=credit.credit, credit_span=credit.credit_span)


def caption_goes_on(text: str, above: tuple[int, int], caption: Caption) -> Caption | None:
    """*caption* with its description's first line, the block *above* (a caption
    split over two lines by a copy: ``Die erste Bahn fährt am Samstagmorgen`` /
    ``durch die Habsburgerstraße. Bild: Thomas Kunz``).

    The caption's description opens in lower case on the very next line, and
    the line above is one capitalised line of at most 200 characters with no
    sentence's stop at its end; else ``None``.

    >>> from newsstruct._caption import caption_goes_on, match_caption
    >>> text = "The first tram leaves on Saturday\\nfrom the old depot. Photo: Jane Doe/AP"
    >>> c = caption_goes_on(text, (0, 33), match_caption(text, 34, len(text)))
    >>> c.text, c.credit
    ('The first tram leaves on Saturday\\nfrom the old depot.', 'Jane Doe/AP')
    >>> text = "The first tram leaves on Saturday.\\nFrom the old depot. Photo: Jane Doe/AP"
    >>> caption_goes_on(text, (0, 34), match_caption(text, 35, len(text))) is None
    True
    """
    start, end = above
    opening = caption.span.start
    if (
        not caption.text
        or not caption.text[0].islower()
        or not 0 < end - start <= _MAX_CAPTION_FIRST_LINE
        or not text[start].isupper()
        or text[end - 1] in _LINE_STOPS
        or not next_line(text, end, opening)
        or "\n" in text[start:end]
    ):
        return None
    return Caption(
        text[start : caption.span.end],
        Span(start, caption.span.end),
        credit=caption.credit,
        credit_span=caption.credit_span,
    )


#: The first line of a caption split over two has at most this many characters.
_MAX_CAPTION_FIRST_LINE = 200
#: What ends a line that no caption goes on under.
_LINE_STOPS = frozenset('.!?:;"\u201d\u2019)')


def blank_line(text: str, end: int, start: int) -> bool:
    """True when only white space with two line breaks (one blank line) stands in
    ``text[end:start]``.

    >>> from newsstruct._caption import blank_line
    >>> blank_line("a\\n\\nb", 1, 3), blank_line("a\\nb", 1, 2), blank_line("a\\n\\n\\nb", 1, 4)
    (True, False, False)
    """
    if end > start:
        return False
    gap = text[end:start]
    return not gap.strip() and len(LINE_BREAK.findall(gap)) == 2


def next_line(text: str, end: int, start: int) -> bool:
    """True when only white space with one line break stands in ``text[end:start]``.

    >>> from newsstruct._caption import next_line
    >>> next_line("a\\nb", 1, 2), next_line("a \\r\\n b", 1, 5), next_line("a\\n\\nb", 1, 3)
    (True, True, False)
    """
    if end > start:
        return False
    gap = text[end:start]
    if gap == "\n":  # the common case, without a scan
        return True
    return not gap.strip() and len(LINE_BREAK.findall(gap)) == 1


def _may_open_caption(text: str, start: int) -> bool:
    """True when ``text[start:]`` may open with a gallery counter or a caption label.

    ``[1/5]``, ``Item 1 of 3`` (in any case: no other letter folds to ``t``,
    ``e`` or ``m``) or a label of :data:`_LEAD_LABELS` (as written).
    """
    first = text[start]
    if first == "[":
        return True
    if first in "Ii" and text[start + 1 : start + 4].casefold() == "tem":
        return True
    return (
        text.startswith(_LEAD_LABELS, start)
        or text.startswith(_WEB_LABELS, start)
        or text.startswith(_SPACED_LABELS, start)
        or text.startswith(_DESCRIBED_LABELS, start)
    )


def _credit(block: str, floor: int) -> tuple[int, int, int] | None:
    """(end of description, credit start, credit end) in *block*, or ``None``."""
    window = max(floor, len(block) - _TAIL)
    # cheap gates: each pattern needs its colon, closing bracket or slash
    bracketed = block[-1:] in (")", "]")
    colon = block.rfind(":", window)
    if colon < 0:  # Credit...Jane Doe, Credit\u2026Jane Doe
        colon = max(block.rfind("...", window), block.rfind("\u2026", window))
    if colon < 0:  # PHOTO | FILE | NMG (Nation Media Group): the first bar after the label
        bar = block.find("|", window)
        if bar >= 0 and _label_before(block, window, bar):
            colon = bar
    # a labelled credit's colon is the last one, right after its label
    if (colon >= 0 and _label_before(block, window, colon)) or block.find("\u00a9", window) >= 0:
        found = CAPTION_LABELLED_CREDIT.search(block, window)
        if found is not None and _short(found.group("credit")):
            start, end = _trim(block, *found.span("credit"))
            return found.start(), start, end
    if bracketed:
        found = CAPTION_BY_CREDIT.search(block, window)
        if found is not None:
            return found.start(), found.start("credit"), found.end("credit")
        found = CAPTION_BRACKET_CREDIT.search(block, window)
        if found is not None and (
            _photo_credit(found.group("credit"), bracketed=True)
            or found.group("credit").casefold() in _GIVEN_PICTURES
        ):
            start, end = _trim(block, *found.span("credit"))
            return found.start(), start, end
        if block[-1] == ")" and block.find(":", window) >= 0:
            found = CAPTION_SOURCE_COLON_CREDIT.search(block, max(window, floor))
            if found is not None and _credited_source(found.group("source").strip()):
                # ... on Sunday. (ABC News: Jane Doe)
                return found.start(), found.start("credit"), found.end("credit")
        if (
            block[-1] == ")"
            and len(block) <= _MAX_AGENCY_CAPTION
            and CAPTION_IN_THIS_PHOTO.search(block, floor) is not None
        ):
            found = CAPTION_NAMED_CREDIT.search(block, max(window, floor))  # ... photo. (CTV News)
            if found is not None:
                return found.start(), found.start("credit"), found.end("credit")
        if block[-1] == "]" and len(block) <= _MAX_AGENCY_CAPTION and "\n" not in block:
            found = CAPTION_SQUARE_CREDIT.search(block, max(window, floor))  # ... Monday. [NEWS1]
            if (
                found is not None
                and found.group("credit").casefold() not in _NOT_SQUARE_CREDITS
                and not _digest_item(block)
            ):
                return found.start(), found.start("credit"), found.end("credit")
        if len(block) <= _MAX_AGENCY_CAPTION and "\n" not in block:
            found = CAPTION_AGENCY_ALONE.search(
                block, window
            )  # ... in Cairo on 18 October 2024 (AFP)
            if found is not None:
                return found.start(), found.start("credit"), found.end("credit")
    elif block.find(" by ", window) >= 0 or block.find(" By ", window) >= 0:
        found = CAPTION_BY_CREDIT.search(block, window)  # ... 2024. Photo by X/Getty Images
        if found is not None and found.start() > floor and _by_credit(found.group("credit")):
            start, end = _trim(block, found.start("credit"), found.end("credit"))
            return found.start(), start, end
    if block.find("ourtesy", window) >= 0:
        found = CAPTION_COURTESY_CREDIT.search(block, max(window, floor))
        if found is not None and _short(found.group("credit")):
            start, end = _trim(block, found.start("credit"), found.end("credit"))
            return found.start(), start, end
    if block.find(" / ", window) >= 0:
        found = CAPTION_SLASH_LABEL_CREDIT.search(block, window)  # ... 2022. Photo / Jane Doe
        if found is not None and _short(found.group("credit")):
            start, end = _trim(block, *found.span("credit"))
            return found.start(), start, end
    if block[-1].islower() and block.find(".", len(block) - _MAX_DOMAIN, len(block) - 2) >= 0:
        found = CAPTION_DOMAIN_CREDIT.search(block, max(window, floor, len(block) - _MAX_DOMAIN))
        if found is not None and len(block) <= _MAX_AGENCY_CAPTION and "\n" not in block:
            return found.start(), found.start("credit"), found.end("credit")  # ... 2023. kremlin.ru
    if (
        block.find("ile P", window) >= 0
        or block.find("ILE P", window) >= 0
        or block.find("ile p", window) >= 0
    ):
        found = CAPTION_FILE_CREDIT.search(block, max(window, floor))  # ... Post File Photo
        if found is not None and found.start() > floor:
            return found.start(), found.start("credit"), found.end("credit")
    if block[-1] in _DASH_CREDIT_LAST and _may_end_dash_credit(block):
        found = CAPTION_DASH_CREDIT.search(block, max(window, floor))
        if found is not None:
            return found.start(), found.start("credit"), found.end("credit")
    if _has_photo_word(block, window):
        found = CAPTION_WORD_CREDIT.search(block, max(window, floor))  # ... Chigi. Foto Ansa
        if found is not None and _photo_credit(found.group("credit")):
            return found.start(), found.start("credit"), found.end("credit")
    if block.find("/", window) >= 0:
        found = CAPTION_SLASH_CREDIT.search(block, window)
        if found is not None and (
            (
                (
                    found.start() > floor
                    # alone on its line, spaced (the Philippine Star: The STAR / Jane Doe)
                    or (len(block) <= _MAX_BARE_SLASH_CREDIT and " / " in block)
                )
                and _photo_credit(found.group("credit"))
            )
            # alone on its line, a photographer and the outlet (Stuff: Jane Doe/Stuff)
            or (
                found.start() == 0
                and len(block) <= _MAX_BARE_SLASH_CREDIT
                and " /" not in block
                and "/ " not in block  # (spaced: a desk over a byline, ABC Rural / By Jane Doe)
                and not block.isupper()  # (a headline in capitals: MOTOR/AMERICA SALES RISE)
                and block.rsplit(None, 1)[-1].casefold()
                not in _WRITER_TITLES  # Jane Doe/Staff Reporter
                and _person_and_outlet(block.split("/"))
            )
        ):
            return found.start(), found.start("credit"), found.end("credit")
        if found is None:
            glued = _glued_slash_credit(block, max(window, floor))
            if glued is not None:
                return glued
    if len(block) <= _MAX_AGENCY_CAPTION and "\n" not in block and block[:1].isupper():
        tail = max(window, floor, len(block) - _MAX_LIBRARY_TAIL)
        if (block[-1] != "." and (". " in block or ".\t" in block)) or block.find(". ", tail) >= 0:
            # ... late in the day. Getty Images; ... John Mbadi. /FILE
            found = CAPTION_LIBRARY_AFTER_SENTENCE.search(block, tail)
            if found is None:
                found = CAPTION_SLASH_OPENED_CREDIT.search(block, tail)
            if found is not None and found.start() > floor:
                return found.start(), found.start("credit"), found.end("credit")
        if block[-1].isalpha() and block.find(" for ", len(block) - _MAX_FOR_TAIL) >= 0:
            # ... in Texas. Callie Richmond for ProPublica (a listed outlet)
            found = CAPTION_FOR_OUTLET_CREDIT.search(
                block, max(window, floor, len(block) - _MAX_FOR_TAIL)
            )
            if (
                found is not None
                and found.start() > floor
                and is_outlet(found.group("outlet").strip())
            ):
                return found.start(), found.start("credit"), found.end("credit")
    return None


#: A picture library's name or a slash-opened credit after a caption's
#: sentence is found in the last this many characters.
_MAX_LIBRARY_TAIL = 48


#: The words for a photo that open a credit with no colon after them, with their space.
_PHOTO_WORDS_BEFORE = ("Foto ", "FOTO ", "Fot. ", "Photo ", "PHOTO ")


def _has_photo_word(block: str, window: int) -> bool:
    """True when a word of :data:`_PHOTO_WORDS_BEFORE` is in the block's tail."""
    tail = block[window:]
    return any(word in tail for word in _PHOTO_WORDS_BEFORE)


def _glued_slash_credit(block: str, window: int) -> tuple[int, int, int] | None:
    """A slash credit glued to the description's last full stop (``Nov. 4.Jane Doe/CP``)."""
    slash = block.rfind("/", window)
    dot = block.rfind(".", window, slash)
    while dot > window:
        before, after = block[dot - 1], block[dot + 1 : dot + 2]
        if (before.islower() or before.isdigit()) and after.isupper():
            found = CAPTION_GLUED_SLASH_CREDIT.match(block, dot + 1)
            if found is not None and _photo_credit(found.group("credit")):
                return dot + 1, found.start("credit"), found.end("credit")
            return None
        dot = block.rfind(".", window, dot)
    return None


def _label_before(block: str, window: int, colon: int) -> bool:
    """True when a credit label (``PHOTO``, ``Credit``) ends ``block[window:colon]`` (spaces aside).

    Case folded as ``(?i:)`` reads it (a dotted capital I is an i).
    """
    before = block[window:colon].rstrip(" \t")[-_LONGEST_LABEL:]
    folded = before.replace("\u0130", "i").casefold()
    if folded.lstrip(" \t") in _GALLERY_LABELS and block[:window].strip() == "":
        return False  # a photo essay's headline: In pictures: The last harvest
    return folded.endswith(_FOLDED_LABELS)


#: A gallery's label over its title (``In pictures: ...``): no picture credit.
_GALLERY_LABELS = frozenset({"in pictures", "in photos", "in images", "in photographs"})


def _short(credit: str) -> bool:
    return 0 < len(credit.split()) <= _MAX_CREDIT_WORDS


def _trim(block: str, start: int, end: int) -> tuple[int, int]:
    while start < end and block[start].isspace():
        start += 1
    while end > start and block[end - 1] in " \t.":
        end -= 1
    return start, end


def _photo_credit(credit: str, *, bracketed: bool = False) -> bool:
    """True when a slash credit names an agency (or, in brackets, says "Photo")."""
    if not _short(credit):
        return False
    parts = [part.strip() for part in credit.split("/")]
    if any(CAPTION_AGENCY.match(part) for part in parts):
        return True
    _, via, agency = parts[-1].rpartition(" via ")
    if via and CAPTION_AGENCY.fullmatch(agency.strip()):
        return True  # a paper's photographer via an agency: Jane Doe/Houston Chronicle via AP
    first = parts[0].rsplit(None, 1)
    if len(first) == 2 and first[1].lower() in _PHOTO_WORDS and CAPTION_AGENCY.match(first[0]):
        return True  # an agency's photo: AP Photo/Jo Lind
    if parts[0].isupper() and len(parts[0]) >= 2 and CAPTION_AGENCY.match(parts[0].title()):
        return True
    if _staff_photographer(parts):
        return True  # a paper's own photographer: Jane Q. Doe/Globe Staff
    if _filed_picture(parts):
        return True  # a picture from the files: APP/File, Jane Doe/Archive
    if (
        len(parts) == 2
        and (is_outlet(parts[1]) or _paper_name(parts[1]) or _site_name(parts[1]))
        and _person_and_outlet(parts)
    ):
        # a photographer and a listed outlet or a paper: Jane Doe/Toronto Star,
        # Jane Doe/Riverton Courier-Journal (Gannett's papers)
        return True
    return bracketed and (
        bool(CAPTION_PHOTO_WORD.search(parts[0]))
        or _person_and_outlet(parts)
        or _outlet_initials_and_person(parts)
    )


def _credited_source(source: str) -> bool:
    """True when *source*, before a colon and a name in a caption's brackets,
    is where the picture came from: a listed outlet, an agency, or a handout's
    word (``Supplied``).

    >>> from newsstruct._caption import _credited_source
    >>> _credited_source("ABC News"), _credited_source("AAP"), _credited_source("Supplied")
    (True, True, True)
    >>> _credited_source("Source"), _credited_source("Pictured")
    (False, False)
    """
    return (
        is_outlet(source)
        or CAPTION_AGENCY.fullmatch(source) is not None
        or source.casefold() in _GIVEN_PICTURES
    )


def _paper_name(name: str) -> bool:
    """True when *name* is a newspaper's: capitalised words ending in a paper's
    noun, or two joined (:data:`~newsstruct._data.outlets.PAPER_NOUNS`).

    >>> from newsstruct._caption import _paper_name
    >>> _paper_name("Riverton Courier-Journal"), _paper_name("The Lakeshore Tribune")
    (True, True)
    >>> _paper_name("Tribune"), _paper_name("City Hall"), _paper_name("the Daily news")
    (False, False, False)
    """
    words = name.split()
    return (
        1 < len(words) <= _MAX_OUTLET_WORDS
        and all(word[:1].isupper() for word in words)
        and (words[-1] in PAPER_NOUNS or all(part in PAPER_NOUNS for part in words[-1].split("-")))
    )


def _outlet_initials_and_person(parts: list[str]) -> bool:
    """True for a paper's initials and its photographer, in brackets: ``(JP/Jane Doe)``.

    The initials are two to six capitals; the photographer two or three
    capitalised words (no company word).

    >>> from newsstruct._caption import _outlet_initials_and_person
    >>> _outlet_initials_and_person(["JP", "Seto Wardhana"]), _outlet_initials_and_person(["JP", "Seto"])
    (True, False)
    >>> _outlet_initials_and_person(["UN", "WHO"]), _outlet_initials_and_person(["EU", "Acme Corp"])
    (False, False)
    """
    if len(parts) != 2:
        return False
    initials, person = parts[0], parts[1].split()
    return (
        2 <= len(initials) <= _MAX_OUTLET_INITIALS
        and initials.isalpha()
        and initials.isupper()
        and len(person) in _CREDIT_NAME_WORDS
        and all(word[:1].isupper() and not word.isupper() for word in person)
        and COMPANY_WORDS.isdisjoint(word.lower().rstrip(".") for word in person)
    )


#: A paper's initials before its photographer's name have at most this many capitals.
_MAX_OUTLET_INITIALS = 6


def _staff_photographer(parts: list[str]) -> bool:
    """True for a photographer and a paper's staff: ``David L. Ryan/Globe Staff``.

    >>> _staff_photographer(["David L. Ryan", "Globe Staff"]), _staff_photographer(["Up", "Down"])
    (True, False)
    """
    if len(parts) != 2:
        return False
    person, staff = parts[0].split(), parts[1].split()
    return (
        len(person) in (2, 3, 4)
        and 1 < len(staff) <= _MAX_STAFF_WORDS
        and staff[-1].casefold() == "staff"
        and all(word[:1].isupper() for word in person + staff[:-1])
    )


def _digest_item(block: str) -> bool:
    """True when *block* opens as an item of a newsletter's digest, whose source
    in brackets ends it (``-One poll shows ... [NYT]``, ``STORM HITS COAST The
    storm ... [CNN]``): a dash or bullet, or two words in capitals.

    >>> from newsstruct._caption import _digest_item
    >>> _digest_item("-One poll shows a lead. [XYZ]"), _digest_item("STORM HITS COAST Rain fell. [XYZ]")
    (True, True)
    >>> _digest_item("A bus waits at a stop. [NEWS1]")
    False
    """
    if block[:1] in "-\u2013\u2014\u2022*":
        return True
    words = block.split(None, 2)[:2]
    return len(words) == 2 and all(len(word) > 1 and word.isupper() for word in words)


#: The last words of a writer's title after a slash (``Jane Doe/Staff Reporter``): a byline's.
_WRITER_TITLES = frozenset({"reporter", "writer", "correspondent", "editor", "columnist"})


def _filed_picture(parts: list[str]) -> bool:
    """True for a source and a word for the picture's provenance: ``APP/File``.

    >>> from newsstruct._caption import _filed_picture
    >>> _filed_picture(["APP", "File"]), _filed_picture(["Jane Doe", "Archive"])
    (True, True)
    >>> _filed_picture(["and", "File"]), _filed_picture(["Up", "Down"])
    (False, False)
    """
    if len(parts) != 2 or parts[1].casefold() not in _PROVENANCE_WORDS:
        return False
    source = parts[0].split()
    return 0 < len(source) <= _MAX_STAFF_WORDS and all(word[:1].isupper() for word in source)


#: The last part of a slash credit saying where a picture comes from (``APP/File``).
_PROVENANCE_WORDS = frozenset({"file", "files", "file photo", "archive", "archives", "handout"})
#: A paper's staff in a photo credit has at most this many words (``Star Tribune Staff``).
_MAX_STAFF_WORDS = 4


def _by_credit(credit: str) -> bool:
    """True when the credit after ``Photo by`` (no brackets) names an agency or people.

    >>> [_by_credit(c) for c in ("Jo Lind/Anadolu Agency via Getty Images", "Jo Lind", "the wind")]
    [True, True, False]
    """
    credit = credit.rstrip(". ")
    _, via, agency = credit.partition(" via ")
    if via and CAPTION_AGENCY.match(agency.strip()):
        return True
    if _photo_credit(credit):
        return True
    words = [word for word in credit.split() if word not in ("and", "&")]
    return 1 < len(words) <= _MAX_BY_CREDIT_WORDS and all(word[:1].isupper() for word in words)


#: At most this many words name the people after ``Photo by`` with no brackets.
_MAX_BY_CREDIT_WORDS = 6
#: Words after an agency's name in a credit for its photo (``AP Photo/Jo Lind``).
_PHOTO_WORDS = frozenset({"photo", "photos", "foto", "fotos", "pictures", "images"})
#: A photographer's name in a credit has two or three words; an outlet's at most five.
_CREDIT_NAME_WORDS = (2, 3)
_MAX_OUTLET_WORDS = 5


def _site_name(name: str) -> bool:
    """True when *name* is a picture agency's web address for its name, one
    capitalised word and a country's or a common domain (``RollingNews.ie``,
    ``Sportsfile.com``): as Irish and other sites credit a photographer.

    >>> from newsstruct._caption import _site_name
    >>> _site_name("RollingNews.ie"), _site_name("Inpho.ie")
    (True, True)
    >>> _site_name("rollingnews.ie"), _site_name("Rolling News"), _site_name("Dr.No")
    (False, False, False)
    """
    return CAPTION_SITE_NAME.fullmatch(name) is not None


def _person_and_outlet(parts: list[str]) -> bool:
    """True for a photographer and the outlet, in brackets: ``(Jane Doe/The Washington Post)``.

    >>> from newsstruct._caption import _person_and_outlet
    >>> _person_and_outlet(["Jane Doe", "The Washington Post"])
    True
    >>> _person_and_outlet(["Republicans", "Democrats"])
    False
    >>> _person_and_outlet(["Acme Corp", "Beta Inc"])
    False
    >>> _person_and_outlet(["Jane Doe", "Los Angeles Times"])
    True
    """
    if len(parts) != 2:
        return False
    person, outlet = parts[0].split(), parts[1].split()
    # (a listed outlet may end in a company word: Jane Doe/Los Angeles Times)
    company = person if is_outlet(parts[1]) else person + outlet
    return (
        len(person) in _CREDIT_NAME_WORDS
        and COMPANY_WORDS.isdisjoint(word.lower().rstrip(".") for word in company)
        and 0 < len(outlet) <= _MAX_OUTLET_WORDS
        and all(word[:1].isupper() for word in person + outlet)
    )


def parse_caption(text: str) -> Caption | None:
    """Parse *text* (one caption) as a photo caption with its credit.

    Text that is no caption gives ``None``; a *text* that is no ``str`` raises
    :class:`~newsstruct.exceptions.InputTypeError`.

    >>> from newsstruct import parse_caption
    >>> c = parse_caption("Mr Blinken (left) and Mr Lavrov in Reykjavik. PHOTO: AFP")
    >>> c.text, c.credit
    ('Mr Blinken (left) and Mr Lavrov in Reykjavik.', 'AFP')
    >>> parse_caption("Rescuers at work. PHOTO: ST FILE").credit
    'ST FILE'
    >>> c = parse_caption("Fans cheer in Oslo. Photo: NTB / Scanpix")
    >>> c.text, c.credit
    ('Fans cheer in Oslo.', 'NTB / Scanpix')
    >>> parse_caption("A nurse at work. (Photo by Jane Doe/Getty Images)").credit
    'Jane Doe/Getty Images'
    >>> parse_caption("Biden speaks in Delaware. (AP Photo/Evan Vucci)").credit
    'AP Photo/Evan Vucci'
    >>> parse_caption("A view of the port. REUTERS/Jane Doe").credit
    'REUTERS/Jane Doe'
    >>> parse_caption("Police at the scene in Richmond. Steve Helber/AP/dpa").credit
    'Steve Helber/AP/dpa'
    >>> c = parse_caption("FILE PHOTO: Workers walk past a factory in Berlin.")
    >>> c.text, c.credit
    ('Workers walk past a factory in Berlin.', None)
    >>> c = parse_caption("x. PHOTO: AFP")
    >>> c.credit_span
    Span(start=10, end=13)
    >>> parse_caption('"We will win," she said." AFP') is None
    True
    >>> parse_caption("Talks resumed on Monday.") is None
    True

    A Markdown image's alt text, and an HTML ``<figcaption>`` element left in
    the text, are captions (spans into *text*, the markup outside them):

    >>> c = parse_caption("<figcaption>Crowds in Oslo. Photo: Jo Lind/Reuters</figcaption>")
    >>> c.text, c.credit, c.span
    ('Crowds in Oslo.', 'Jo Lind/Reuters', Span(start=12, end=27))
    >>> parse_caption("![Crowds in Oslo. (AP Photo/Jo Lind)](a.jpg)").credit
    'AP Photo/Jo Lind'
    """
    text = check_text(text)

    def read(text: str, blocks: ReadBlocks) -> Caption | None:
        return guarded(None, match_caption, text, *trim(text))

    return read_as_written(text, read)
