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
        "questo questa dopo stato di dell nella dalla dalle sul sulla tra ha "
        # the elided articles after a preposition (sull'Appennino, nell'area)
        # and short words no other listed language writes so often
        "sull nell dall al dal mentre oltre"
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
        "и в не на что с по как из за от это о к для его также был была были который после при "
        "до но или между без им он она они их уже ещё еще может когда если только через где "
        "году года"
    ),
    "sv": _words(
        "och att det som är en på för av med till den har inte om var ett jag sig men från också"
    ),
    "nb": _words(
        "og det som er på av med til har ikke seg fra også å etter skal blir ble kan mot hun sier "
        "opp neste mye hva ut at sa"
    ),
    "da": _words(
        "og det som er på af med til har ikke sig fra også at efter skal bliver blev kan mod "
        "hun siger nu op næste meget hvad ud sagde"
    ),
    "pl": _words(
        "i w nie na się z że do to jest o jak po przez od za oraz był była który także we ze "
        "dla już został została roku"
    ),
    "tr": _words("ve bir bu da de için ile olarak olan çok daha gibi sonra ama her kadar"),
    "fi": _words(
        "ja ei että oli hän ovat mutta myös kun joka tai sekä vain nyt mukaan kanssa jälkeen on "
        "jotka jonka joita sitä siitä tämä tämän nämä kuin vielä jo olisi eivät hänen mitä "
        "sanoo sanoi"
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
    # Slavic languages share na, za, do, od, po, se, je; each list also holds
    # the words only it has (cs při, sk sa, sl in, hr tijekom, sr takođe).
    # No Latin list holds a, to or is (English has them too), nor the words
    # of English abbreviations: s u k o (U.S., Shaw's), pa ga (Pa., Ga.), pre, sa;
    # nor French le, ne.
    "cs": _words(
        "v se na je že z ve za by jako pro ale jsou jeho od po do pod být který která které "
        "kterou kterých kterým také už jen bylo byl byla byli podle když než tak při mezi "
        "jejich ještě nebo aby což tento tato toto této toho má mají bude budou řekl uvedl "
        "však není již jsme jsem své protože kde dnes"
    ),
    "sk": _words(
        "v sa na je že z vo za by ako ale sú jeho od po do pod pred byť ktorý ktorá ktoré "
        "ktorí ktorú ktorých ktorým ktorej tiež už len bolo bol bola boli podľa keď než tak "
        "pri medzi ich ešte alebo aby čo tento táto toto tejto toho má majú bude budú povedal "
        "uviedol však nie sme som svoje pretože kde aj dnes"
    ),
    "sl": _words(
        "in je v na za da se z so ki tudi bo po iz ali kot pri od do bi smo sem še že "
        "bil bila bilo bili ter vendar zato ker kjer kar med lahko dejal njegov tega tem jih "
        "mu jo bodo sta ob pod brez če tako kdo danes"
    ),
    # (Bosnian reads as Croatian or Serbian: it shares their words)
    "hr": _words(
        "i je na se da za su od iz koji koja koje kojeg kojem što kao bi će ali ili te do po "
        "prema kako nije bio bila bilo bili još također već samo nakon biti ima među između "
        "rekao danas ovo taj tijekom prije poslije gdje tko jer kad kada dok niti bez pod ih "
        "mu joj njegov njihov svoje vrijeme tisuća posto"
    ),
    # Serbian in both its alphabets
    "sr": _words(
        "i je na se da za su od iz koji koja koje kojeg kojem što kao bi će ali ili do po "
        "prema kako nije bio bila bilo bili još takođe već samo nakon biti ima između među "
        "rekao danas ovo taj tokom posle gde ko jer kad kada dok niti bez pod ih mu joj "
        "njegov njihov svoje vreme hiljada saopštio juče odsto pre dve reči rečima ovde "
        "и је у на се да за су од са о из који која које којег којем што као би ће али или до "
        "по према како није био била било били још такође већ само након бити има између међу "
        "рекао данас ово тај током пре после где ко јер кад када док нити без под их му јој "
        "његов њихов своје време хиљада саопштио јуче одсто"
    ),
    "bg": _words(
        "и на в за да се с от е са че по не това като той тя те беше бе при към до след но "
        "или който която които което също още вече може ще има един една ги му им през заяви "
        "каза според между без си го бъде бил била били тези този тази когато ако защото "
        "обаче"
    ),
    "uk": _words(
        "і в у на з що не до та й як від за це для його також був була було були які який яка "
        "яке після при про але або вже щоб ще він вона вони їх її має буде є між через під "
        "над чи тому цього році року із зі цей ця ці свої може можуть тільки лише коли якщо "
        "понад"
    ),
    "hu": _words(
        "az és hogy nem egy meg van volt már csak mint ki fel ezt azt ami aki amely amelyek "
        "még mert vagy után szerint között pedig lesz lett kell sem akkor itt ott minden több "
        "mondta ez azonban illetve valamint vele neki ezért majd során óta"
    ),
    "lt": _words(
        "ir kad yra su į iš jo tai bet nuo ar dėl kaip buvo bus taip pat apie jau tik kuris "
        "kuri kurie kurių prie jų jos savo metų pagal kai tačiau arba nes jei tarp kas šis ši "
        "šio šių jis ji jie teigė"
    ),
    "lv": _words(
        "un ir ar par uz no kas ka arī bet lai vai tas tā jau vēl pēc kā tikai bija būs viņš "
        "viņa viņi gan kur tika tiek tiks šo šī šis savu starp kurš kura kuri kuru pie līdz "
        "tāpat nav sacīja"
    ),
    "et": _words(
        "ja on ei et see oli ka kui aga mis nii ta tema nad või siis veel juba seda selle kes "
        "kus pärast ning üle vastu ainult kõik olid oleks peab tuleb samuti mida ütles sest "
        "kuid nagu ehk selles seal nende neid ega mille aasta aastal"
    ),
}
"""ISO 639-1 code -> its most frequent function words (lower case)."""

#: English words that are never a word of a person's name (function words,
#: pronouns, adverbs, months, days and times, PTB bracket tokens), for text
#: written all in lower case, where no capital tells a name.
NOT_NAMES: frozenset[str] = frozenset(
    {"a", "an", "the", "his", "her", "its", "our", "my", "your", "their", "him", "them",
     "us", "me", "one", "two", "some", "many", "any", "every", "such", "these", "those",
     "all", "both", "each", "other", "or", "so", "if", "as", "when", "while", "after",
     "before", "because", "though", "then", "now", "also", "still", "just", "only",
     "even", "not", "no", "yes", "about", "into", "over", "under", "up", "out", "off",
     "down", "than", "there", "here", "what", "how", "why", "where", "whom", "whose",
     "do", "does", "did", "can", "could", "may", "might", "must", "should", "shall",
     "am", "being", "again", "often", "never", "always", "already", "together",
     "including", "please", "himself", "herself", "themselves", "itself", "anybody",
     "somebody", "everybody", "everyone", "someone", "nobody", "anyone", "too", "well",
     "more", "most", "very", "recently", "previously", "repeatedly", "people", "police",
     "officials", "according", "statement", "interview", "saying", "adding", "telling",
     "during", "like", "against", "through", "without", "within", "among", "between",
     "january", "february", "march", "april", "june", "july", "august",
     "september", "october", "november", "december", "monday", "tuesday", "wednesday",
     "thursday", "friday", "saturday", "sunday", "today", "yesterday", "tonight",
     "tomorrow", "week", "month", "year", "morning", "afternoon", "evening", "night",
     "earlier", "later", "last", "next", "ago", "once", "twice", "thrice", "lrb", "rrb", "lsb", "rsb", "lcb", "rcb",
     "n't", "'s"}
)  # fmt: skip
