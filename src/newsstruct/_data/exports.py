"""Database exports: the field labels of LexisNexis / Nexis Uni, Factiva and ProQuest.

Sources: the plain-text and RTF/Word exports of Nexis Uni and LexisNexis
Academic (a document's labelled metadata lines ``Section:``, ``Length:``,
``Byline:``, ``Load-Date:``..., the headings ``Body``, ``Graphic``,
``Classification`` and ``End of Document``) and of Factiva (the header
``523 words`` / date / source / source code / language / copyright, the
closing ``Document LBA0000020251104el1400abc``, and the two-letter field codes
of its "Full Article/Report plus Indexing" format: ``HD``, ``BY``, ``WC``,
``PD``, ``SN``, ``SC``, ``LA``, ``CY``, ``LP``, ``TD``, ``AN`` ...), as
documented by the vendors and by the research tools that read them (e.g. the
R packages LexisNexisTools and tm.plugin.factiva).  ProQuest: the labelled
fields of its text export (``Author:``, ``Publication info:``, ``Abstract:``,
``Full text:``, then ``Subject:`` ... ``Database:``), the ``Document 1 of 20``
line over each document and the row of underscores between them; its
abridged form (a paragraph ``ABSTRACT.`` over the abstract, then ``FULL
TEXT.`` over the story).  The Nexis Uni cover page of a DOCX/PDF export
(``User Name:``, ``Job Number:``, ``Documents (25)``, ``Search Terms:``...).
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

#: The same languages as Factiva's other interfaces name them (French ``Anglais``,
#: ``Espagnol``; Spanish ``Inglés``; German ``Englisch``; Italian ``Inglese``;
#: Portuguese ``Inglês``) and as they name themselves (``Français``, ``Deutsch``).
FACTIVA_LANGUAGES_INTL: tuple[str, ...] = (
    # French interface
    "Anglais", "Allemand", "Français", "Espagnol", "Italien", "Portugais",
    "Néerlandais", "Suédois", "Danois", "Norvégien", "Finnois", "Polonais", "Russe",
    "Chinois", "Japonais", "Arabe", "Turc", "Grec", "Tchèque", "Hongrois",
    # Spanish interface
    "Inglés", "Alemán", "Francés", "Español", "Italiano", "Portugués", "Neerlandés",
    "Holandés", "Sueco", "Danés", "Noruego", "Finés", "Polaco", "Ruso", "Chino",
    "Japonés", "Árabe", "Turco", "Griego", "Checo", "Húngaro", "Catalán",
    # German interface
    "Englisch", "Deutsch", "Französisch", "Spanisch", "Italienisch", "Portugiesisch",
    "Niederländisch", "Schwedisch", "Dänisch", "Norwegisch", "Finnisch", "Polnisch",
    "Russisch", "Chinesisch", "Japanisch", "Arabisch", "Türkisch", "Griechisch",
    "Tschechisch", "Ungarisch",
    # Italian interface
    "Inglese", "Tedesco", "Francese", "Spagnolo", "Portoghese", "Olandese", "Svedese",
    "Danese", "Norvegese", "Finlandese", "Polacco", "Russo", "Cinese", "Giapponese",
    # Portuguese interface
    "Inglês", "Alemão", "Francês", "Espanhol", "Português", "Holandês", "Sueco",
    "Russo", "Chinês", "Japonês",
    # as the languages name themselves
    "Nederlands", "Svenska", "Dansk", "Norsk", "Suomi", "Polski", "Català",
)  # fmt: skip

#: The word of a Factiva header's word count in its interfaces (``523 words``,
#: ``534 mots``, ``423 palabras``, ``612 Wörter``, ``380 parole``, ``401 palavras``).
FACTIVA_WORD_COUNT_WORDS: tuple[str, ...] = (
    "words", "mots", "palabras", "Wörter", "Woerter", "parole", "palavras", "woorden",
)  # fmt: skip

#: The word over the accession number that ends a Factiva document, in its
#: interfaces (``Document``, ``Documento``, ``Dokument``).
FACTIVA_DOCUMENT_WORDS: tuple[str, ...] = ("Document", "Documento", "Dokument")

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


#: Labels of the ProQuest fields above the story (``Author: Doe, Jane``), any case.
PROQUEST_HEAD_LABELS: tuple[str, ...] = (
    "Author", "Authors", "Publication info", "Abstract", "Links", "Dateline",
    "Byline", "Credit", "Section", "Edition",
)  # fmt: skip

#: Unlabelled lines among the ProQuest fields above the story (links), any case.
PROQUEST_HEAD_LINES: tuple[str, ...] = (
    "ProQuest document link", "Document link", "Full text PDF", "Full Text PDF",
    "Check availability", "Find a copy", "Links",
)  # fmt: skip

#: The heading of the citations that may end a ProQuest export.
PROQUEST_BIBLIOGRAPHY = "Bibliography"

#: The label of the ProQuest field that holds the story: ``Full text: The talks ended...``.
PROQUEST_FULL_TEXT = "full text"

#: The label of the ProQuest abstract (the standfirst) and of its author.
PROQUEST_ABSTRACT = "abstract"
PROQUEST_AUTHOR = ("author", "authors", "byline")

#: What ProQuest writes for a document with no abstract (``Abstract: None available.``), casefolded.
PROQUEST_NO_ABSTRACT: tuple[str, ...] = ("none available.", "none available", "none")

#: Labels of the ProQuest fields after the story (``Subject:`` ... ``Database:``), any case.
PROQUEST_TAIL_LABELS: tuple[str, ...] = (
    "Subject", "Subjects", "Location", "People", "Company / organization",
    "Identifier / keyword", "Classification", "Title", "Publication title", "Volume",
    "Issue", "Pages", "First page", "Number of pages", "Publication year",
    "Publication date", "Year", "Section", "Publisher", "Place of publication",
    "Country of publication", "Publication subject", "ISSN", "e-ISSN", "ISBN",
    "Source type", "Language of publication", "Document type", "Document feature",
    "ProQuest document ID", "Document URL", "Copyright", "Last updated", "Database",
    "Credit", "Illustration", "Accession number", "Column", "Dateline", "Edition",
    "Update", "Links", "Publication info", "Author", "Authors",
)  # fmt: skip

#: The ProQuest tail labels of a date (``Publication date: Nov 4, 2025``) and a copyright.
PROQUEST_DATE_LABELS: tuple[str, ...] = ("publication date",)
PROQUEST_COPYRIGHT = "copyright"

#: The headings of ProQuest's abridged form: ``ABSTRACT.`` over the abstract,
#: ``FULL TEXT.`` over the story.
PROQUEST_ABSTRACT_HEADING = "ABSTRACT"
PROQUEST_FULL_TEXT_HEADING = "FULL TEXT"

#: Labels of the lines of a Nexis Uni cover page (``User Name: Jane Doe``), any case.
NEXIS_COVER_LABELS: tuple[str, ...] = (
    "User Name", "Date and Time", "Job Number", "Client/Matter", "Client / Matter",
    "Search Terms", "Search Type", "Narrowed by", "Content Type", "Sources", "News",
    "Timeline", "Language", "Source", "Publication Type", "Subject", "Geography",
    "Industry", "Company", "Person", "Download Request", "Print Request", "Documents",
)  # fmt: skip

#: The elements of a news corpus kept as SGML with its fields' tags inside the
#: lines (Reuters-21578: ``<TITLE>...</TITLE>``, ``<DATELINE>    SALVADOR, Feb 26 -
#: </DATELINE><BODY>Showers ...``) whose content is catalogue data, not story: they
#: are read as blank, content and all.
SGML_METADATA_ELEMENTS: tuple[str, ...] = (
    "DATE", "TOPICS", "PLACES", "PEOPLE", "ORGS", "EXCHANGES", "COMPANIES", "UNKNOWN",
    "MKNOTE", "DOCNO", "DOCID", "FILEID", "FIRST", "SECOND", "NOTE",
)  # fmt: skip

#: The elements of such a corpus that hold a field of the story's front
#: (headline, byline, dateline): each reads from the start of a line of its own.
SGML_FIELD_ELEMENTS: tuple[str, ...] = (
    "TITLE", "AUTHOR", "DATELINE", "HEADLINE", "HL", "BYLINE", "HEAD",
)  # fmt: skip
