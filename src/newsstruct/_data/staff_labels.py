"""Labels that credit the staff of a story at its end: ``Editor: Rahmad Nasution``.

Sources: the closing lines of Antara, Bernama, Xinhua and Vietnam News Agency
English copy (``Reporter: ...``, ``Editor: ...``, ``Translator: ...``), and of
news sites in the main European languages (``Redakteur:``, ``Redacción:``,
``Rédaction :``, ``Edição:``), and the source line under web stories
(``Source: Al Jazeera and news agencies``).  Matched ignoring case, followed
by a colon.
"""

from __future__ import annotations

STAFF_LABELS: tuple[str, ...] = (
    "Editor", "Editors", "Editing", "Reporter", "Reporters", "Writer", "Writers",
    "Translator", "Translated", "Photographer", "Photo editor", "Producer", "Author",
    "Redakteur", "Redakteurin", "Redaktion", "Redacción", "Edición", "Rédaction",
    "Edição", "Redação", "Redazione", "Source", "Sources",
    # Antara's Indonesian service: Pewarta (reporter), Penulis (writer), Redaktur (editor)
    "Pewarta", "Penulis", "Redaktur", "Autor", "Autorin", "Auteur", "Autore",
    # the source line in other languages: Quelle: dpa, Źródło: PAP, Fuente: EFE
    "Quelle", "Quellen", "Fuente", "Fuentes", "Fonte", "Fontes", "Bron", "Källa", "Kilde",
    "Źródło", "Zdroj", "Kaynak", "Sumber", "Sursa", "Lähde",
    # the writer and the editor in Central, Eastern and Northern European copy:
    # Autorka: (Polish, Czech), Автор:, Редактор:, Toimittaja: (Finnish), Toimetaja:
    # (Estonian), Szerző: (Hungarian), Urednik: (South Slavic), Autorius: (Lithuanian)
    "Autorka", "Автор", "Авторка", "Редактор", "Toimittaja", "Toimetaja", "Szerző",
    "Urednik", "Urednica", "Autorius", "Autors", "Redaktor", "Redaktorka",
)  # fmt: skip

#: What a web page prints under a byline before the place the writer files from
#: (The New York Times): ``Reporting from Kyiv, Ukraine``.  As written.
FILED_FROM_LABELS: tuple[str, ...] = (
    "Reporting from ", "Reported from ", "REPORTING FROM ", "Reporting From ",
)  # fmt: skip

#: Labels a page prints alone on the line over the writer's name (case folded,
#: without the colon that must follow them): ``Author of the article:`` (National
#: Post, Postmedia papers), ``Author:``, ``Written by:``.
BYLINE_LABELS: frozenset[str] = frozenset(
    {
        "author", "authors", "author of the article", "authors of the article",
        "written by", "story by", "words by", "reporter", "reporters", "writer", "writers",
    }
)  # fmt: skip
