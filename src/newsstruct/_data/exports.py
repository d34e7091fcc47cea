"""Database exports: the field labels of LexisNexis / Nexis Uni and Factiva.

Sources: the plain-text and RTF/Word exports of Nexis Uni and LexisNexis
Academic (a document's labelled metadata lines ``Section:``, ``Length:``,
``Byline:``, ``Load-Date:``..., the headings ``Body``, ``Graphic``,
``Classification`` and ``End of Document``) and of Factiva (the header
``523 words`` / date / source / source code / language / copyright, the
closing ``Document LBA0000020251104el1400abc``, and the two-letter field codes
of its "Full Article/Report plus Indexing" format: ``HD``, ``BY``, ``WC``,
``PD``, ``SN``, ``SC``, ``LA``, ``CY``, ``LP``, ``TD``, ``AN`` ...), as
documented by the vendors and by the research tools that read them (e.g. the
R packages LexisNexisTools and tm.plugin.factiva).
"""

from __future__ import annotations

#: Labels of Nexis metadata lines (``Length: 523 words``), before or after the story.
NEXIS_LABELS: tuple[str, ...] = (
    "Section", "Length", "Byline", "Dateline", "Highlight", "Language",
    "Publication-Type", "Document-Type", "Subject", "Organization", "Industry",
    "Geographic", "Person", "City", "State", "Country", "Company", "Ticker",
    "Load-Date", "Correction-Date", "Journal-Code", "Notes", "Transcript",
    "Series", "Edition", "Type", "Distribution", "Web-Publication-Date",
    "Publication-Date", "Acc-No", "Column", "Author", "URL",
)  # fmt: skip

#: The same labels in capitals, as LexisNexis Academic wrote them (``LENGTH: 523 words``),
#: with its ``BODY:`` and ``GRAPHIC:``.
NEXIS_CAPITAL_LABELS: tuple[str, ...] = (
    *(label.upper() for label in NEXIS_LABELS),
    "BODY", "GRAPHIC",
)  # fmt: skip

#: Nexis headings on a line of their own: the story starts under ``Body``.
NEXIS_HEADINGS: tuple[str, ...] = ("Body", "Graphic", "Classification", "End of Document")

#: The heading over a Nexis story.
NEXIS_BODY = "Body"

#: The first line of each LexisNexis Academic document: ``1 of 25 DOCUMENTS``.
NEXIS_COUNTER_WORDS: tuple[str, ...] = ("DOCUMENTS", "DOCUMENT", "Documents", "Document")

#: Labels of the Nexis lines that end the story (LexisNexis Academic has no ``Body``).
NEXIS_TAIL_LABELS: tuple[str, ...] = (
    "LOAD-DATE", "LANGUAGE", "PUBLICATION-TYPE", "GRAPHIC", "DOCUMENT-TYPE", "SUBJECT",
    "CORRECTION-DATE", "JOURNAL-CODE", "NOTES", "URL",
)  # fmt: skip

#: The line that ends each Nexis document.
NEXIS_END = "End of Document"

#: Languages written alone on a line of a Factiva header (``English``).
FACTIVA_LANGUAGES: tuple[str, ...] = (
    "English", "German", "French", "Spanish", "Italian", "Portuguese", "Dutch",
    "Swedish", "Danish", "Norwegian", "Finnish", "Polish", "Russian", "Chinese",
    "Japanese", "Korean", "Arabic", "Turkish", "Greek", "Czech", "Hungarian",
)  # fmt: skip

#: Factiva field codes whose line is furniture (``WC 523 words``, ``AN Document ...``).
FACTIVA_FIELDS: tuple[str, ...] = (
    "WC", "SN", "SC", "ED", "PG", "LA", "VOL", "CT", "RF", "CO", "IN", "NS", "RE",
    "IPC", "IPD", "PUB", "AN", "ART", "CR", "SE", "CLM", "GC", "LP", "TD",
)  # fmt: skip

#: Factiva field codes of a date or time (``PD 4 November 2025``, ``ET 18:12 GMT``).
FACTIVA_DATE_FIELDS: tuple[str, ...] = ("PD", "ET")

#: Factiva field codes of the parts: headline, byline, copyright.
FACTIVA_HEADLINE_FIELD = "HD"
FACTIVA_BYLINE_FIELD = "BY"
FACTIVA_COPYRIGHT_FIELD = "CY"

#: Factiva field codes over the story's text: the lead paragraph, then the rest.
FACTIVA_TEXT_FIELDS: tuple[str, ...] = ("LP", "TD")
