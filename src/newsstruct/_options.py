"""The explicit, frozen options record passed through every parser."""

from __future__ import annotations

import datetime
import os
from collections.abc import Iterable

import attrs

from newsstruct._data.languages import LANGUAGE_ALIASES, LANGUAGES
from newsstruct.exceptions import InputTypeError, OptionError, UnknownLanguageError


def check_text(text: object, *, name: str = "text") -> str:
    """Return *text* if it is a ``str``; raise :class:`InputTypeError` otherwise."""
    if isinstance(text, str):
        return text
    if isinstance(text, (bytes, bytearray, memoryview)):
        raise InputTypeError(
            f"{name} must be str, got {type(text).__name__}: "
            f"decode it first, e.g. {name}.decode('utf-8', errors='replace')"
        )
    if isinstance(text, os.PathLike):
        raise InputTypeError(
            f"{name} must be str, got {type(text).__name__}: pass the file's text, "
            f"e.g. pathlib.Path(...).read_text(encoding='utf-8'), not its path"
        )
    if callable(getattr(text, "read", None)):
        raise InputTypeError(
            f"{name} must be str, got {type(text).__name__}: pass the file's text, "
            f"e.g. its .read(), not the open file"
        )
    if isinstance(text, float) and text != text:
        raise InputTypeError(
            f"{name} must be str, got float nan: a missing value (pandas reads an empty "
            f"cell as NaN); drop or fill those rows first, e.g. series.dropna()"
        )
    raise InputTypeError(f"{name} must be str, got {type(text).__name__}")


def _reference(value: object) -> datetime.date | None:
    """Converter: accept a date or datetime (kept as its date), or ``None``."""
    if value is None:
        return None
    if isinstance(value, datetime.datetime):
        return value.date()
    if isinstance(value, datetime.date):
        return value
    hint = f"; for a string use datetime.date.fromisoformat({value!r})"
    raise OptionError(
        f"reference_date must be a datetime.date, datetime.datetime or None, "
        f"got {type(value).__name__} {value!r}" + (hint if isinstance(value, str) else "")
    )


def _languages(value: object) -> tuple[str, ...] | None:
    """Converter: a tuple of known ISO 639-1 codes, or ``None`` to detect."""
    if value is None:
        return None
    if isinstance(value, str):
        value = (value,)
    if isinstance(value, (bytes, bytearray)) or not isinstance(value, Iterable):
        raise OptionError(
            f"languages must be a sequence of ISO 639-1 codes such as ('en', 'de'), "
            f"got {type(value).__name__}"
        )
    codes: list[str] = []
    for code in value:
        if not isinstance(code, str):
            raise OptionError(f"language codes must be str, got {type(code).__name__} {code!r}")
        low = code.strip().lower().replace("_", "-")
        if low not in LANGUAGES and "-" in low:
            low = low.partition("-")[0]  # a region or script after the code: pt-BR, en_US
        low = LANGUAGE_ALIASES.get(low, low)  # no: Norwegian, read as Bokmål (nb)
        if low not in LANGUAGES:
            known = ", ".join(sorted(LANGUAGES))
            raise UnknownLanguageError(
                f"unknown language code {code!r}: use an ISO 639-1 code, one of {known}"
            )
        codes.append(low)
    if not codes:
        return None
    return tuple(codes)


def _flag(_instance: object, attribute: attrs.Attribute[bool], value: object) -> None:
    """Validator: a ``bool``; anything else (``"no"``, ``0``) is a caller mistake."""
    if not isinstance(value, bool):
        raise OptionError(
            f"{attribute.name} must be True or False, got {type(value).__name__} {value!r}"
        )


@attrs.frozen
class Options:
    """How to read an article.

    ``reference_date`` is the day the story was published or received (a
    ``datetime.date`` or ``datetime.datetime``): dates without a year resolve
    to the nearest such date not after it.  ``languages`` lists ISO 639-1
    codes to read dates in; one code alone is also the article's language,
    the one its quotes are read in (a short text may not tell it itself);
    with several, the language is told from the text among them; ``None``
    detects it from the text.  A tag with a region or script (``pt-BR``,
    ``en_US``) is read as its language, and Norwegian ``no`` as ``nb``
    (Bokmål).
    ``transcripts`` reads the turns of a transcript printed without quotation
    marks (``KELL: I can.``) as quotes said by their labels (see
    :func:`~newsstruct.find_quotes`).  ``headline=False`` says the text holds
    no headline, only the story (as many corpora keep the body apart from
    the title): its first lines are then never read as headline, kicker or
    standfirst.  ``quotes=False`` skips finding quotes and their speakers
    (``Article.quotes`` is then empty): the other parts are the same, read
    about three times as fast on long stories full of quotes, for callers
    who want structure alone.

    >>> from newsstruct import Options
    >>> import datetime
    >>> Options(reference_date=datetime.datetime(2021, 5, 20, 9, 30)).reference_date
    datetime.date(2021, 5, 20)
    >>> Options(languages=["EN", "de"]).languages
    ('en', 'de')
    >>> Options(languages=["pt-BR", "no"]).languages
    ('pt', 'nb')
    >>> Options(languages=["xx"])
    Traceback (most recent call last):
    ...
    newsstruct.exceptions.UnknownLanguageError: unknown language code 'xx': ...
    >>> Options(quotes="no")
    Traceback (most recent call last):
    ...
    newsstruct.exceptions.OptionError: quotes must be True or False, got str 'no'
    """

    reference_date: datetime.date | None = attrs.field(default=None, converter=_reference)
    languages: tuple[str, ...] | None = attrs.field(default=None, converter=_languages)
    transcripts: bool = attrs.field(default=False, validator=_flag)
    headline: bool = attrs.field(default=True, validator=_flag)
    quotes: bool = attrs.field(default=True, validator=_flag)

    def __attrs_post_init__(self) -> None:
        if self.transcripts and not self.quotes:
            raise OptionError(
                "transcripts=True reads a transcript's turns as quotes, and quotes=False "
                "skips quotes: pass one of them"
            )


DEFAULT_OPTIONS = Options()


def merge_options(
    options: object,
    reference_date: datetime.date | datetime.datetime | None,
    languages: Iterable[str] | None,
    transcripts: bool,
    headline: bool = True,
    quotes: bool = True,
) -> Options:
    """The :class:`Options` a caller passed, as *options* or as its fields.

    Passing both an :class:`Options` and one of its fields is a mistake
    (which should win?), and so is an *options* that is no :class:`Options`.

    >>> merge_options(None, None, ["en"], False).languages
    ('en',)
    >>> merge_options(Options(transcripts=True), None, None, False).transcripts
    True
    >>> merge_options(Options(), None, ["en"], False)
    Traceback (most recent call last):
    ...
    newsstruct.exceptions.OptionError: pass either options=Options(...) or reference_date=, languages=, transcripts=, headline= and quotes=, not both; ...
    """
    fields = (
        reference_date is not None
        or languages is not None
        or transcripts is not False
        or headline is not True
        or quotes is not True
    )
    if options is None:
        if not fields:
            return DEFAULT_OPTIONS
        return Options(
            reference_date=reference_date,
            languages=languages,
            transcripts=transcripts,
            headline=headline,
            quotes=quotes,
        )
    if not isinstance(options, Options):
        raise OptionError(
            f"options must be a newsstruct.Options, got {type(options).__name__}; "
            f"build one with newsstruct.Options(reference_date=..., languages=...)"
        )
    if fields:
        raise OptionError(
            "pass either options=Options(...) or reference_date=, languages=, "
            "transcripts=, headline= and quotes=, not both; put the fields in the Options record"
        )
    return options
