"""Photo credits: agencies, photo desks and the words that introduce a credit.

Sources: the picture credits printed by wire agencies (Reuters, AP, AFP, dpa,
EFE, ANSA, Xinhua, Kyodo, Yonhap, Bernama, PTI, NTB Scanpix, TT, Ritzau,
Lehtikuva, Anadolu, EPA...) and picture libraries (Getty Images, Shutterstock,
Alamy, Bloomberg), and the credit labels used by newspaper sites (``PHOTO:``,
``ST PHOTO:``, ``FILE PHOTO:``, ``Photo:``, ``Foto:``, ``Picture:``,
``Image:``, ``Photograph:``, ``Credit:``) in English and the main European
languages.
"""

from __future__ import annotations

#: Names that end a slash credit (``Steve Helber/AP/dpa``, ``X/Getty Images``)
#: or stand as the whole credit (``PHOTO: AFP``).  Matched case-insensitively.
PHOTO_AGENCIES: tuple[str, ...] = (
    "AAP", "AFP", "ANP", "ANSA", "AP", "APA", "Alamy", "Anadolu", "Anadolu Agency",
    "Belga", "Bernama", "Bloomberg", "CTK", "dpa", "dpa-Zentralbild", "EFE", "EPA",
    "EPA-EFE", "Getty", "Getty Images", "IANS", "Imago", "KCNA", "Keystone",
    "Kyodo", "Lehtikuva", "Lusa", "MTI", "NTB", "NTB Scanpix", "NurPhoto", "PA",
    "PA Images", "PA Wire", "PAP", "PTI", "Picture Alliance", "picture alliance",
    "Pool", "REUTERS", "Reuters", "Reuters Connect", "Ritzau", "Ritzau Scanpix",
    "SIPA", "Scanpix", "Shutterstock", "Sputnik", "TASS", "TT", "TT News Agency",
    "Xinhua", "Yonhap", "ZUMA", "ZUMA Wire", "via Getty Images", "AFP via Getty Images",
    "Antara", "Antara Foto", "ANI", "UNI", "Jiji", "Jiji Press", "Kyodo News", "Bernama",
    "Anadolu Ajansi", "Keystone-SDA", "STT", "Lehtikuva", "Belga", "Ritzau Foto",
    "The Canadian Press", "Canadian Press", "AAP Image",
    # Anadolu's credit on Turkish dailies in English (Daily Sabah): (AA Photo)
    "AA",
    # Malaysian and Philippine papers' picture desks (New Straits Times, The Philippine Star)
    "NSTP", "The Star", "The Philippine Star",
    # picture agencies and desks of French, Italian, Spanish, Portuguese, Dutch and
    # Polish papers (Le Parisien's LP/Jane Doe, MAXPPP/Jane Doe, Folhapress)
    # (picture desks only: a wire's name in brackets after a place is its dateline)
    "LP", "MAXPPP", "ABACA", "Hans Lucas", "IP3 Press", "Fotogramma", "Imagoeconomica",
    "Cuartoscuro", "Folhapress", "Hollandse Hoogte", "Agencja Wyborcza.pl",
    # Irish papers' and sites' sports picture agencies (Jane Doe/INPHO, Jane Doe/Sportsfile)
    "INPHO", "Inpho", "Sportsfile",
)  # fmt: skip

#: Picture libraries and agencies' picture services that, alone in brackets,
#: credit the caption they end (The Independent: ``... a previous strike (PA
#: Wire)``, ``(Getty Images)``); a wire's name alone in brackets (``(AFP)``)
#: is a sign-off, so the wires are not listed.  Matched case-insensitively.
PICTURE_LIBRARIES: tuple[str, ...] = (
    "Getty Images", "Getty", "PA Wire", "PA Images", "PA Media", "PA Archive", "Shutterstock",
    "Alamy", "Alamy Stock Photo", "iStock", "iStockphoto", "Imago", "ZUMA Press", "ZUMA Wire",
    "NurPhoto", "SOPA Images", "Picture Alliance", "EPA", "EPA-EFE", "AFP via Getty Images",
    "Reuters Connect", "Bloomberg via Getty Images", "AP Images",
)  # fmt: skip

#: What a paper prints in brackets after a caption for a picture it was given
#: or took from a screen (Arab News, Middle East Eye): ``(Supplied)``,
#: ``(Handout)``, ``(Screengrab)``.  Matching ignores case.
GIVEN_PICTURES: tuple[str, ...] = (
    "Supplied", "Handout", "Handout photo", "Screengrab", "Screenshot", "File photo",
    "File picture", "Social media",
    # a tabloid's and an Indian site's notes for a picture of another day or place
    # (the Daily Mail: ... in August (file image); (Representative image))
    "File image", "Stock image", "Stock photo", "Stock picture", "Representative image",
    "Representative photo", "Representational image", "Representational photo",
)  # fmt: skip

#: Labels that introduce a credit (``PHOTO: AFP``, ``Foto: dpa``), in the
#: case they are written; matching ignores case.
CREDIT_LABELS: tuple[str, ...] = (
    "PHOTO", "PHOTOS", "ST PHOTO", "ST PHOTOS", "FILE PHOTO", "PHOTO FILE", "PICTURE",
    "PICTURES", "IMAGE", "IMAGES", "PHOTOGRAPH", "PHOTOGRAPHS", "CREDIT", "CREDITS",
    "FOTO", "FOTOS", "BILD", "BILDER", "KUVA", "ФОТО", "PHOTO CREDIT", "IMAGE CREDIT",
    "IMAGE CREDITS", "PHOTO CREDITS",
    "PICTURE CREDIT", "VIDEO", "GRAPHIC", "ILLUSTRATION", "PHOTOGRAPHER", "FOTÓGRAFO",
    "FOTOGRAF", "PHOTOGRAPHE", "KUVAAJA",
    # Hungarian, Polish and Portuguese labels: Fotó: MTI/X, Zdjęcie: PAP/X
    "FOTÓ", "ZDJĘCIE", "ZDJĘCIA", "FOTOGRAFIA",
)  # fmt: skip

#: Words that make a caption label without a credit after them
#: (``FILE PHOTO: Workers walk ...``; AP's and VOA's ``FILE - People wade ...``).
CAPTION_LABELS: tuple[str, ...] = (
    "FILE PHOTO",
    "FILE PICTURE",
    "FILE IMAGE",
    "FILE",
    "PHOTO",
    "FOTO",
)

#: Labels a page prints before a caption with a space only, no colon (The
#: Asahi Shimbun, its typo included: ``Photo/Illutration Visitors look at
#: ...``); the photographer's name then closes the caption in brackets.  As written.
GLUED_CAPTION_LABELS: tuple[str, ...] = ("Photo/Illutration", "Photo/Illustration")

#: Labels that web pages copied to text put before a caption, followed by a
#: comma: ``Image caption, Sandbags were stacked ...`` (BBC pages; screen
#: readers hear them).  As written.
WEB_CAPTION_LABELS: tuple[str, ...] = (
    "Image caption", "Media caption", "Video caption", "Picture caption", "Caption",
    # the BBC's language services (BBC Mundo, Russian, Ukrainian, Turkish, Brasil,
    # Afrique, Indonesia, Serbian): the same label in the page's language
    "Pie de foto", "Подпись к фото", "Підпис до фото", "Fotoğraf altyazısı",
    "Legenda da foto", "Légende image", "Keterangan gambar", "Potpis ispod fotografije",
)  # fmt: skip

#: The labels of :data:`WEB_CAPTION_LABELS` that text taken from the same
#: pages with their punctuation lost keeps before a caption with a space only
#: (the XSum data set: ``Media caption Swimmers said ...``); a capital follows.
SPACED_CAPTION_LABELS: tuple[str, ...] = ("Image caption", "Media caption", "Video caption")
#: The same pages' credit label with its comma lost: ``Image copyright Getty
#: Images`` (XSum), over the caption.
SPACED_CREDIT_LABELS: tuple[str, ...] = ("Image copyright", "Image source")

#: Labels of the same pages before a credit on a line of its own:
#: ``Image source, Getty Images``.  As written.
WEB_CREDIT_LABELS: tuple[str, ...] = (
    "Image source",
    "Media source",
    "Video source",
    "Picture source",
    # the BBC's language services (see WEB_CAPTION_LABELS)
    "Fuente de la imagen",
    "Автор фото",
    "Fotoğraf kaynağı",
    "Crédito",
    "Crédit photo",
    "Sumber gambar",
    "Autor fotografije",
)

#: A writer's job, the last word of the title line a blog or social site prints
#: under the name (``Managing Editor at The Riverton Courier``).  Lower case.
WRITER_TITLE_WORDS: tuple[str, ...] = (
    "editor", "reporter", "writer", "correspondent", "columnist", "journalist",
    "producer", "photographer", "editor-in-chief", "publisher", "anchor", "presenter",
)  # fmt: skip
