"""End marks and desk codes that close a wire story.

Sources: the closing lines of wire copy as the agencies publish it: Xinhua's
``Enditem``, Yonhap's ``(END)``, Lusa's ``Lusa/Fim`` and ``ABC // XYZ``
editor initials, EFE's and Notimex's ``(FIN)``, Kyodo's ``==Kyodo``, AP's
``-0-`` and ``ENDS``/``END`` of the British and Australian wires, PTI's and
IANS's reporter and editor initials in capitals after the agency name
(``PTI ABC DEF``).  Matched as written, ignoring case where noted.
"""

from __future__ import annotations

#: A block that is only one of these (optionally in brackets) ends the story;
#: matched ignoring case.
END_MARKS: tuple[str, ...] = (
    "END", "ENDS", "ENDITEM", "END ITEM", "FIN", "FIM", "-30-", "-0-", "==END==",
    # the end-of-message line of a raw teleprinter or IPTC 7901 feed
    "NNNN",
    # the Austria Presse Agentur's end mark: (Schluss)
    "SCHLUSS",
    # a press release's end mark in other languages (ANP's ``Einde persbericht``)
    "Einde persbericht", "Ende der Pressemitteilung", "Fin du communiqué",
    "Fin del comunicado", "Slut på pressmeddelandet",
    # the end of a German listed company's ad-hoc release (EQS, news aktuell)
    "Ende der Insiderinformation", "Ende der Ad-hoc-Mitteilung", "Ende der Mitteilung",
    # a news database's closing line, left on one story copied out of an export
    "End of Document",
)  # fmt: skip

#: What may follow an agency sign-off after a slash: ``Lusa/Fim``, ``EFE/Fin``.
SIGNOFF_END_WORDS: tuple[str, ...] = ("Fim", "FIM", "Fin", "FIN", "End", "END")

#: Agencies that sign off with reporter and editor initials in capitals
#: after their name: ``PTI ABC DEF``, ``IANS KR SKP``.  Matched as written.
INITIALS_AGENCIES: tuple[str, ...] = ("PTI", "IANS", "UNI", "ANI")

#: The media EFE lists after its sign-off, in brackets: ``EFE mcm/ad (foto) (vídeo)``.
#: Matched ignoring case.
MEDIA_TAGS: tuple[str, ...] = (
    "foto", "fotos", "vídeo", "video", "audio", "infografía", "gráfico", "galería",
    # the same tags in EFE's English service
    "photo", "photos", "graphic", "infographic", "gallery",
)  # fmt: skip

#: A broadcast transcript's stage directions, alone on a line in brackets
#: (CNN, Fox News, NPR): ``(BEGIN VIDEOTAPE)``, ``(END VIDEO CLIP)``,
#: ``(COMMERCIAL BREAK)``, ``(CROSSTALK)``.  ``BEGIN``, ``END`` or ``START``
#: may open those of :data:`TRANSCRIPT_CLIPS`.  Matched as written (capitals).
TRANSCRIPT_CLIPS: tuple[str, ...] = (
    "VIDEOTAPE", "VIDEO CLIP", "VIDEO", "AUDIO CLIP", "AUDIO", "SOUNDBITE",
    "SOUND BITE", "LIVE FEED", "LIVE VIDEO", "TAPE", "CLIP", "SOUND",
)  # fmt: skip
#: The stage directions that stand alone (no ``BEGIN`` or ``END``).
TRANSCRIPT_CUES: tuple[str, ...] = (
    "COMMERCIAL BREAK", "BREAK", "CROSSTALK", "LAUGHTER", "APPLAUSE", "INAUDIBLE",
    "MUSIC", "NEWS BREAK", "OFF-MIKE", "SILENCE", "CHEERING", "CHEERS", "BELL RINGS",
    "TECHNICAL DIFFICULTIES", "AUDIO GAP", "VIDEO GAP",
)  # fmt: skip

#: An editor's note in square brackets alone on a line (BBC Monitoring) on
#: what its translation leaves out: ``[Passage omitted: background]``,
#: ``[Words indistinct]``.  Lower case.
OMISSION_NOTES: tuple[str, ...] = (
    "passage omitted", "passages omitted", "words indistinct", "word indistinct",
    "sentence as published", "as published", "passage indistinct",
)  # fmt: skip
