"""Short stop-word lists used to tell the language of a story.

Sources: the most frequent function words of each language in the Leipzig
Corpora Collection news corpora (articles, prepositions, conjunctions,
pronouns).  A few words belong to two lists (``de``, ``e``); the counts
over a few thousand characters still tell the languages apart.
"""

from __future__ import annotations


def _words(line: str) -> frozenset[str]:
    """The words of *line*, split on white space."""
    return frozenset(line.split())


STOPWORDS: dict[str, frozenset[str]] = {
    "en": _words(
        "the and of to in that is was for with said on he it at by from has have were "
        "which this but are not they his their an be had been would will"
    ),
    "fr": _words(
        "le les des du et est une dans pour qui sur au aux pas par avec ce il elle sont "
        "été ont cette mais leur selon de en"
    ),
    "de": _words(
        "der die das und ist nicht mit sich den dem ein eine auch auf für von zu im wird "
        "werden sind hat dass nach bei wie am wir über zum zur aus noch oder aber wurde "
        "einen einem einer sei nur vor"
    ),
    "es": _words(
        "el los las del y que por con una para es se al su sus fue como más pero este "
        "esta según entre sobre de en hoy"
    ),
    "it": _words(
        "il gli della delle dei che è per con una non sono del alla nel anche più come "
        "questo questa dopo stato di dell nella dalla dalle sul sulla tra ha"
    ),
    "pt": _words(
        "o os da das do dos e que não com uma para é em no na ao pelo pela foi mais como "
        "seu sua também de"
    ),
    "nl": _words(
        "de het een en van is niet dat op te zijn met voor door ook bij werd heeft naar "
        "maar nog wordt"
    ),
    "ru": _words(
        "и в не на что с по как из за от это о к для его также был была были который после при"
    ),
    "sv": _words(
        "och att det som är en på för av med till den har inte om var ett jag sig men från också"
    ),
    "nb": _words(
        "og det som er på av med til har ikke seg fra også å etter skal blir ble kan mot hun sier "
        "opp neste mye hva ut"
    ),
    "da": _words(
        "og det som er på af med til har ikke sig fra også at efter skal bliver blev kan mod "
        "hun siger nu op næste meget hvad ud"
    ),
    "pl": _words(
        "i w nie na się z że do to jest o jak po przez od za oraz był była który także we ze "
        "dla już został została roku"
    ),
    "tr": _words("ve bir bu da de için ile olarak olan çok daha gibi sonra ama her kadar"),
    "fi": _words(
        "ja ei että oli hän ovat mutta myös kun joka tai sekä vain nyt mukaan kanssa jälkeen"
    ),
    # (de as in French and Spanish, which have more of their own)
    "ro": _words(
        "și şi în care pentru fost din cu sau după mai fiind acest această de să că pe "
        "iar sunt ale unui unei"
    ),
    # (Malay shares most of these: a Malay story reads as Indonesian)
    "id": _words(
        "yang dan di ini itu dengan untuk dari dalam tidak pada akan juga kata tersebut "
        "menjadi karena oleh bahwa telah adalah"
    ),
}
"""ISO 639-1 code -> its most frequent function words (lower case)."""
