"""Attribution vocabulary for German, French, Spanish, Italian, Portuguese, Dutch and Nordic copy, by language.

Source: general knowledge of the reporting verbs (*sagte*, *a déclaré*,
*a-t-il dit*, *dijo*, *ha detto*, *disse*), source prepositions (*laut*,
*selon*, *según*, *secondo*, *segundo*), titles and honorifics most common in
German, French, Spanish, Italian and Portuguese news copy, the
kind the agencies' style guides list; none is taken from a corpus.  Every
word is written in lower case (the apostrophe as ``'``); tests in
``tests/test_quotes_intl.py`` check that each table covers every language.
"""

from __future__ import annotations

from newsstruct._data.languages import INTL_LANGUAGES

__all__ = ["INTL_LANGUAGES"]  # (the languages these tables cover; defined with the others)

#: Finite reporting verbs (third person, present and past) that attribute a
#: quote on their own: ``„...“, sagte Scholz``, ``« ... », affirme Dupont``.
CUE_VERBS: dict[str, frozenset[str]] = {
    "de": frozenset(
        {"sagte", "sagten", "sagt", "erklärte", "erklärten", "erklärt", "betonte", "betont",
         "fügte", "fügt", "meinte", "meint", "ergänzte", "ergänzt", "warnte", "warnt",
         "kritisierte", "kritisiert", "forderte", "fordert", "räumte", "versicherte",
         "versichert", "unterstrich", "unterstreicht", "bekräftigte", "mahnte", "mahnt",
         "erläuterte", "erläutert", "berichtete", "berichtet", "schrieb", "schreibt",
         "twitterte", "teilte", "sprach", "rief", "fragte", "fragt", "antwortete",
         "antwortet", "erwiderte", "entgegnete", "beteuerte", "beklagte", "klagte",
         "lobte", "kündigte", "stellte", "resümierte", "bilanzierte", "verkündete",
         "verkündet", "bestätigte", "bestätigt", "zitierte", "empörte", "freute", "ärgerte",
         "wunderte", "zeigte", "konterte", "kontert", "versprach", "verspricht", "nannte", "bezeichnete", "kommentierte",
         "nennt", "nennen", "nannten",
         "erzählt", "erzählte", "riet", "empfahl"}
    ),
    "fr": frozenset(
        {"répète", "réaffirme", "assurait", "indiquait", "affirmait", "expliquait", "estimait", "déclare", "dit", "ajoute", "indique", "affirme", "estime", "explique", "souligne",
         "assure", "martèle", "lance", "confie", "précise", "rappelle", "prévient",
         "insiste", "reconnaît", "répond", "poursuit", "commente", "réagit", "annonce",
         "avertit", "note", "observe", "relève", "juge", "dénonce", "regrette", "raconte",
         "résume", "conclut", "admet", "écrit", "tranche", "plaide", "promet", "déplore",
         "fustige", "ironise", "renchérit", "nuance", "glisse", "détaille", "soutient",
         "témoigne", "déclarent", "disent", "ajoutent", "affirment", "estiment",
         "expliquent", "déclara", "ajouta", "affirma", "répondit", "lança", "réplique",
         "s'interroge", "interroge", "martelait", "salue", "demande", "qualifie", "rétorque", "confirme",
         "évoque", "parle", "parlent",
         # the manner of speaking (« ... », soupire-t-elle)
         "soupire", "sourit", "s'agace", "s'inquiète", "s'indigne", "s'insurge",
         # what one finds, and plurals of the present (les syndicats assurent que « ... »)
         "constate", "constatent", "assurent", "soulignent", "préviennent", "dénoncent",
         "regrettent", "déplorent", "jugent", "rappellent", "annoncent",
         # a line of dialogue's cue (— On a tout perdu, souffle Nadia.)
         "souffle", "murmure"}
    ),
    "es": frozenset(
        {"resumió", "resume", "bromeó", "bromea", "dijo", "afirmó", "aseguró", "explicó", "señaló", "añadió", "indicó", "declaró",
         "sostuvo", "agregó", "manifestó", "subrayó", "destacó", "advirtió", "insistió",
         "apuntó", "comentó", "precisó", "reconoció", "recalcó", "expresó", "admitió",
         "respondió", "criticó", "lamentó", "denunció", "apostilló", "zanjó", "aseveró",
         "remarcó", "enfatizó", "relató", "contó", "escribió", "concluyó", "matizó",
         "puntualizó", "defendió", "recordó", "anunció", "prometió", "confesó", "detalló",
         "resaltó", "sentenció", "valoró", "opinó", "consideró", "estimó", "dice",
         "afirma", "asegura", "explica", "señala", "añade", "indica", "declara", "sostiene",
         "agrega", "manifiesta", "subraya", "destaca", "advierte", "insiste", "apunta",
         "comenta", "precisa", "reconoce", "recalca", "admite", "responde", "lamenta",
         "relata", "cuenta", "escribe", "concluye", "recuerda", "opina", "considera",
         "dijeron", "afirmaron", "aseguraron", "explicaron", "señalaron", "indicaron",
         "declararon", "añadieron", "preguntaron", "respondieron", "replicó", "replica",
         "ironizó", "reivindicó",
         "exclamó", "preguntó", "pregunta", "informó", "informa", "calificó", "califica", "rebatió", "argumentó", "aclaró", "reprochó", "celebró",
         # the plural of the present (fuentes ... aseguran)
         "dicen", "afirman", "aseguran", "explican", "señalan", "indican", "sostienen",
         "advierten", "apuntan", "destacan",
         # a complaint, reflexive (se quejó Antonio Gil)
         "quejó", "quejaba", "lamentaba",
         # a call or a demand (pidió «calma», exigió «respeto»)
         "pidió", "pide", "exigió", "exige", "reclamó", "reclama",
         # what one speaks of (habló de «...»)
         "habló", "hablaron"}
    ),
    "it": frozenset(
        {"urla", "urlò", "grida", "gridò", "esclama", "esclamò", "riconosce", "riconobbe", "dice", "afferma", "spiega", "aggiunge", "sottolinea", "dichiara", "osserva",
         "commenta", "conclude", "precisa", "ricorda", "avverte", "ammette", "assicura",
         "replica", "attacca", "insiste", "scrive", "disse", "affermò", "spiegò",
         "aggiunse", "sottolineò", "dichiarò", "commentò", "concluse", "precisò", "ricordò",
         "avvertì", "ammise", "assicurò", "replicò", "attaccò", "scrisse", "ribadisce",
         "evidenzia", "rileva", "denuncia", "racconta", "raccontò", "definisce", "definì", "ribatte", "risponde", "conferma", "rimarca", "chiosa",
         "lamenta", "lamentò",
         # what one speaks of (parlano di «...»)
         "parla", "parlano", "parlò",
         # a call or a demand (chiede «rispetto»)
         "chiede", "chiese"}
    ),
    "pt": frozenset(
        {"resumiu", "resume", "confirmou", "confirma", "admite", "explicou", "disse", "afirmou", "declarou", "acrescentou", "sublinhou", "destacou",
         "ressaltou", "salientou", "garantiu", "assegurou", "comentou", "concluiu", "lembrou",
         "admitiu", "reconheceu", "respondeu", "alertou", "advertiu", "defendeu", "criticou",
         "disseram", "afirmaram", "diz", "afirma", "declara", "explica", "acrescenta",
         "sublinha", "destaca", "garante", "comenta", "lembra", "reconhece",
         "responde", "alerta", "defende", "escreveu", "frisou", "adiantou", "indicou",
         "apontou", "insistiu", "contou", "relatou", "conta", "relata", "rebateu", "rebate", "lamentou", "lamenta", "chamou", "classificou", "qualificou", "considerou", "definiu", "ponderou", "completou", "avaliou", "observou", "argumentou", "questionou", "reforçou", "pontuou", "enfatizou", "celebrou",
         "reclamou", "reclama", "desabafou", "desabafa", "cobrou", "cobra", "ironizou", "disparou",
         "queixou", "queixa", "argumenta", "acredita",
         # a call (pediu «calma»)
         "pediu", "pede",
         # what one speaks of (falou em "...")
         "falou", "falaram"}
    ),
}  # fmt: skip

#: Participles that take a speech verb's infinitive as a cue, with the word that
#: may link them (``a tenu à préciser``, ``a-t-elle fait savoir``, ``ha voluto
#: sottolineare``, ``ha tenuto a precisare``), and those infinitives.
CHAIN_PARTICIPLES: dict[str, frozenset[str]] = {
    "de": frozenset(),
    "fr": frozenset({"tenu", "voulu", "souhaité", "fait", "laissé"}),
    "es": frozenset(),
    "it": frozenset({"voluto", "tenuto"}),
    "pt": frozenset(),
}
CHAIN_LINKS: dict[str, frozenset[str]] = {
    "de": frozenset(),
    "fr": frozenset({"à"}),
    "es": frozenset(),
    "it": frozenset({"a"}),
    "pt": frozenset(),
}
SPEECH_INFINITIVES: dict[str, frozenset[str]] = {
    "de": frozenset(),
    "fr": frozenset(
        {"dire", "préciser", "souligner", "rappeler", "rassurer", "savoir", "valoir",
         "insister", "affirmer", "ajouter", "expliquer", "déclarer", "assurer", "indiquer",
         "saluer", "dénoncer", "répondre", "nuancer", "prévenir", "avertir", "relativiser",
         "marteler", "défendre", "démentir", "remarquer", "observer", "entendre"}
    ),
    "es": frozenset(
        {"decir", "señalar", "explicar", "responder", "comentar", "añadir", "asegurar",
         "afirmar", "precisar", "recordar", "subrayar"}
    ),
    "it": frozenset(
        {"dire", "precisare", "sottolineare", "ribadire", "ricordare", "spiegare",
         "rassicurare", "chiarire", "aggiungere", "replicare", "rispondere", "evidenziare"}
    ),
    "pt": frozenset(
        {"dizer", "afirmar", "responder", "comentar", "explicar", "acrescentar", "lembrar",
         "destacar", "declarar"}
    ),
}  # fmt: skip

#: Reflexive verbs that take a speech verb's infinitive as a cue (``si è
#: limitato a dire``, ``s'est contenté de dire``, ``se limitó a señalar``,
#: ``limitou-se a dizer``): the words that open them (the reflexive pronoun,
#: with the auxiliary of a compound tense), their forms, and the words that
#: link them to the infinitive (one of :data:`SPEECH_INFINITIVES`).
REFLEXIVE_OPENERS: dict[str, tuple[tuple[str, ...], ...]] = {
    "fr": (("s'est",), ("s'était",), ("se", "sont"), ("se", "sera")),
    "es": (("se", "ha"), ("se", "había"), ("se", "han"), ("se",)),
    "it": (("si", "è"), ("si", "era"), ("si", "sono"), ("si",)),
    "pt": (("se", "tem"), ("se",)),
    "de": (), "nl": (), "sv": (), "nb": (), "da": (),
}  # fmt: skip
REFLEXIVE_CHAINS: dict[str, frozenset[str]] = {
    "fr": frozenset(
        {"contenté", "contentée", "contentés", "contentées", "borné", "bornée", "bornés",
         "bornées", "contente", "borne"}
    ),
    "es": frozenset({"limitó", "limitaron", "limitaba", "limitado", "limita", "conformó"}),
    "it": frozenset(
        {"limitato", "limitata", "limitati", "limitate", "limita", "limitò", "limitava"}
    ),
    "pt": frozenset({"limitou", "limitaram", "limitava", "limitado", "limita"}),
    "de": frozenset(), "nl": frozenset(), "sv": frozenset(), "nb": frozenset(),
    "da": frozenset(),
}  # fmt: skip
#: Reflexive forms of *say* that state how the speaker feels, a cue before a
#: quoted word (``s'est dite « soulagée »``, ``si è detto «soddisfatto»``).
REFLEXIVE_SPEECH: dict[str, frozenset[str]] = {
    "fr": frozenset({"dit", "dite", "dits", "dites"}),
    "es": frozenset({"dicho"}),
    "it": frozenset({"detto", "detta", "detti", "dette"}),
    "pt": frozenset({"disse", "disseram", "dito"}),
    "de": frozenset(), "nl": frozenset(), "sv": frozenset(), "nb": frozenset(),
    "da": frozenset(),
}  # fmt: skip
REFLEXIVE_LINKS: dict[str, frozenset[str]] = {
    "fr": frozenset({"de", "à"}),
    "es": frozenset({"a", "con"}),
    "it": frozenset({"a"}),
    "pt": frozenset({"a"}),
    "de": frozenset(), "nl": frozenset(), "sv": frozenset(), "nb": frozenset(),
    "da": frozenset(),
}  # fmt: skip

#: Cues that put a question (``le preguntaron a Manzano``, ``a demandé ... à
#: Patrick Delorme``) and cues that answer one (``respondió``, ``a répondu``):
#: an answer in the next paragraph is whom the question was put to.
QUESTION_CUES: dict[str, frozenset[str]] = {
    "de": frozenset({"fragte", "fragten", "gefragt"}),
    "fr": frozenset({"demandé", "demande", "demandent", "interrogé", "interroge"}),
    "es": frozenset({"preguntó", "preguntaron", "pregunta", "preguntan", "preguntado"}),
    "it": frozenset({"chiesto", "chiede", "chiedono", "domandato", "domanda"}),
    "pt": frozenset({"perguntou", "perguntaram", "pergunta", "perguntam", "perguntado"}),
    "nl": frozenset({"vroeg", "vroegen", "gevraagd"}),
    "sv": frozenset(), "nb": frozenset(), "da": frozenset(),
}  # fmt: skip
ANSWER_CUES: dict[str, frozenset[str]] = {
    "de": frozenset({"antwortete", "antwortet", "entgegnete", "geantwortet", "erwiderte"}),
    "fr": frozenset({"répondu", "répond", "rétorqué", "rétorque", "répliqué", "réplique"}),
    "es": frozenset({"respondió", "responde", "contestó", "contesta", "replicó", "respondido",
                     "contestado"}),
    "it": frozenset({"risposto", "risponde", "replicato", "replica", "ribattuto"}),
    "pt": frozenset({"respondeu", "responde", "rebateu", "respondido"}),
    "nl": frozenset({"antwoordde", "antwoordt", "geantwoord"}),
    "sv": frozenset(), "nb": frozenset(), "da": frozenset(),
}  # fmt: skip

#: Verbs that say what a sign, banner or page bears before a colon (``Auf einem
#: Transparent stand: „...“``, ``Lo striscione recitava: «...»``), or right before
#: the quote (``pancartas en las que se leía «...»``, ``on pouvait lire « ... »``):
#: its words are no one's speech.
SIGN_VERBS: dict[str, frozenset[str]] = {
    "de": frozenset({"stand", "steht", "standen", "stehen", "prangte", "prangt"}),
    "nl": frozenset({"stond", "staat", "stonden", "staan"}),
    "it": frozenset({"recitava", "recita", "recitavano", "recitano", "leggeva", "leggevano"}),
    "fr": frozenset({"lisait", "lire"}),
    "es": frozenset({"leía", "leían", "rezaba", "rezaban", "reza", "rezan"}),
    "pt": frozenset({"lia", "liam"}),
    "sv": frozenset(), "nb": frozenset(), "da": frozenset(),
}  # fmt: skip

#: Cues that name or qualify someone, whose object stands between them and the
#: quote (``ha definito Ceruti «...»``, ``a qualifié Dupont de « ... »``,
#: ``calificó a Pérez de «...»``, ``chamou Lula de "..."``, ``nannte Scholz
#: „...“``): a name right before the quote is no inverted subject.
NAMING_CUES: dict[str, frozenset[str]] = {
    "de": frozenset({"nannte", "nennt", "bezeichnete", "bezeichnet", "genannt"}),
    "fr": frozenset({"qualifié", "qualifie", "traité", "traite"}),
    "es": frozenset({"calificado", "calificó", "califica", "definido", "definió", "define",
                     "llamado", "llamó", "tachado", "tachó"}),
    "it": frozenset({"definito", "definisce", "definì", "chiamato", "bollato", "bolla"}),
    "pt": frozenset({"chamou", "chama", "chamado", "classificou", "classifica",
                     "classificado", "qualificou", "definiu"}),
    "nl": frozenset({"noemde", "noemt", "genoemd"}),
    "sv": frozenset({"kallar", "kallade"}), "nb": frozenset({"kaller", "kalte"}),
    "da": frozenset({"kalder", "kaldte"}),
}  # fmt: skip

#: German verbs in the subjunctive of reported speech (Konjunktiv I, and the
#: Konjunktiv II forms that stand in for it): a quoted fragment in a sentence
#: with one and no cue of its own goes on with the last cue's subject (``Er
#: wolle „geordnete Verhältnisse“ hinterlassen.``).
REPORTED_SPEECH_DE: frozenset[str] = frozenset(
    {"sei", "seien", "habe", "werde", "könne", "müsse", "wolle", "solle", "dürfe",
     "gebe", "wisse", "liege", "stehe", "gehe", "komme", "wäre", "wären", "hätte",
     "hätten", "würde", "würden", "gäbe", "gäben", "käme", "kämen"}
)  # fmt: skip

#: Words for a person's initials, before them (``bij zijn initialen R.K.``): the
#: initials name someone, as court copy names the accused.
INITIALS_NOUNS: frozenset[str] = frozenset(
    {"initialen", "initiales", "iniciales", "iniziali", "iniciais", "initials"}
)

#: The verbs of :data:`REPORTED_SPEECH_DE` that are also conditionals (``Es wäre
#: schön``, ``Er würde ...``): no sign of reported speech without a cue before.
CONDITIONALS_DE: frozenset[str] = frozenset(
    {"wäre", "wären", "hätte", "hätten", "würde", "würden", "gäbe", "gäben", "käme", "kämen"}
)

#: Auxiliaries of the perfect: ``hat ... gesagt``, ``a déclaré``, ``ha dicho``.
AUXILIARIES: dict[str, frozenset[str]] = {
    "de": frozenset({"hat", "hatte", "haben", "hatten"}),
    "fr": frozenset({"a", "avait", "ont", "avaient"}),
    "es": frozenset({"ha", "había", "han", "habían"}),
    "it": frozenset({"ha", "aveva", "hanno", "avevano"}),
    "pt": frozenset({"tem", "tinha", "têm", "tinham"}),
}

#: How a German or Dutch verb in the plural ends, and its plurals that end
#: otherwise (``sie sind``, ``ze gaan``): after ``sie`` or ``ze`` such a verb
#: makes the pronoun *they*, not *she* (``Sie sind verzweifelt: „...“``).
#: (Read only where the verb comes second: German, Dutch and the Nordic
#: languages, whose ``-en`` is kept as it was.)
PLURAL_VERB_ENDS: dict[str, tuple[str, ...]] = dict.fromkeys(
    ("fr", "es", "it", "pt", "nl", "sv", "nb", "da"), ("en",)
)
PLURAL_VERB_ENDS["de"] = ("en", "ln", "rn")
PLURAL_VERBS: dict[str, frozenset[str]] = {
    "de": frozenset({"sind", "tun"}),
    "nl": frozenset({"zijn", "gaan", "staan", "slaan", "doen", "zien"}),
    "fr": frozenset(), "es": frozenset(), "it": frozenset(), "pt": frozenset(),
    "sv": frozenset(), "nb": frozenset(), "da": frozenset(),
}  # fmt: skip

#: Adjectives that make a role an office just won (``la nouvelle maire``, ``der
#: neue Bürgermeister``, ``la nueva alcaldesa``, ``il nuovo sindaco``, ``a nova
#: presidente``, ``de nieuwe burgemeester``; Italian also ``il neosindaco``):
#: such a role is the one person the story says was elected or won
#: (:meth:`newsstruct._speakers_intl._Resolver.elected`).
NEW_OFFICE_WORDS: dict[str, frozenset[str]] = {
    "de": frozenset({"neue", "neuer", "neuen", "designierte", "designierter"}),
    "fr": frozenset({"nouveau", "nouvelle", "nouvel"}),
    "es": frozenset({"nuevo", "nueva", "electo", "electa"}),
    "it": frozenset({"nuovo", "nuova", "neoeletto", "neoeletta"}),
    "pt": frozenset({"novo", "nova", "eleito", "eleita"}),
    "nl": frozenset({"nieuwe", "kersverse"}),
    "sv": frozenset(), "nb": frozenset(), "da": frozenset(),
}  # fmt: skip

#: Offices won at an election (``maire``, ``alcaldesa``, ``sindaco``, ``prefeita``,
#: ``burgemeester``; German ones as the end of a compound, ``Oberbürgermeisterin``):
#: only these, after a word of :data:`NEW_OFFICE_WORDS`, are read as just won (not
#: ``le nouveau ministre``, whom no election makes).
ELECTED_OFFICES: frozenset[str] = frozenset(
    {"maire", "mairesse", "bourgmestre", "président", "présidente", "député", "députée",
     "sénateur", "sénatrice", "gouverneur", "gouverneure", "alcalde", "alcaldesa",
     "presidente", "presidenta", "gobernador", "gobernadora", "diputado", "diputada",
     "senador", "senadora", "sindaco", "sindaca", "governatore", "governatrice",
     "deputato", "deputata", "senatore", "senatrice", "prefeito", "prefeita", "autarca",
     "governador", "governadora", "burgemeester", "president",
     "bürgermeister", "bürgermeisterin", "präsident", "präsidentin", "kanzler",
     "kanzlerin", "landrat", "landrätin", "abgeordneter", "abgeordnete"}
)  # fmt: skip

#: Words after a person's name in their sentence that say they were elected
#: (``a été élue``, ``gewählt``, ``elegida``, ``eletto``, ``eleita``, ``gekozen``).
ELECTED_WORDS: dict[str, frozenset[str]] = {
    "de": frozenset({"gewählt", "wiedergewählt"}),
    "fr": frozenset({"élu", "élue", "réélu", "réélue"}),
    "es": frozenset({"elegido", "elegida", "reelegido", "reelegida", "electo", "electa"}),
    "it": frozenset({"eletto", "eletta", "rieletto", "rieletta"}),
    "pt": frozenset({"eleito", "eleita", "reeleito", "reeleita"}),
    "nl": frozenset({"gekozen", "verkozen", "herkozen"}),
    "sv": frozenset(), "nb": frozenset(), "da": frozenset(),
}  # fmt: skip

#: Words after a person's name in their sentence that say they won; they count
#: only with a word of :data:`ELECTION_WORDS` in the same stretch (``a remporté
#: ... le second tour des municipales``, not ``a remporté le match``).
WON_WORDS: dict[str, frozenset[str]] = {
    "de": frozenset({"gewann", "gewinnt", "gewonnen", "siegte", "gesiegt"}),
    "fr": frozenset({"remporté", "remporte", "l'emporte", "emporté", "gagné", "gagne"}),
    "es": frozenset({"ganó", "gana", "ganado", "venció", "vence", "impuso", "impone"}),
    "it": frozenset({"vinto", "vince", "vinse", "spuntata", "spuntato", "conquistato"}),
    "pt": frozenset({"venceu", "vence", "vencido", "ganhou", "ganha", "ganho", "conquistou"}),
    "nl": frozenset({"won", "wint", "gewonnen"}),
    "sv": frozenset(), "nb": frozenset(), "da": frozenset(),
}  # fmt: skip

#: Beginnings or ends of the words for an election, its round or its votes
#: (``élections``, ``Stichwahl``, ``comicios``, ``ballottaggio``, ``verkiezingen``).
ELECTION_WORDS: dict[str, tuple[str, ...]] = {
    "de": ("wahl", "stimmen"),
    "fr": ("élection", "municipales", "législatives", "présidentielle", "scrutin", "voix",
           "primaire"),
    "es": ("elecci", "comicios", "votos", "primarias", "balotaje"),
    "it": ("elezion", "ballottaggio", "voti", "primarie", "comunali", "regionali"),
    "pt": ("eleiç", "autárquicas", "votos", "escrutínio", "presidenciais", "legislativas"),
    "nl": ("verkiezing", "stemmen"),
    "sv": (), "nb": (), "da": (),
}  # fmt: skip

#: Plural forms among the cues and auxiliaries above: a cue that opens with
#: one has a plural subject (``„...“, sagten sie``: *they*, not *she*;
#: ``« ... », ont-ils dit``; ``«...», dijeron``).
PLURAL_CUES: dict[str, frozenset[str]] = {
    "de": frozenset({"sagten", "erklärten", "haben", "hatten"}),
    "fr": frozenset({"déclarent", "disent", "ajoutent", "affirment", "estiment", "expliquent",
                     "ont", "avaient"}),
    "es": frozenset({"dijeron", "afirmaron", "aseguraron", "explicaron", "señalaron",
                     "indicaron", "declararon", "añadieron", "han", "habían", "dicen",
                     "afirman", "aseguran", "explican", "señalan", "indican", "sostienen",
                     "advierten", "apuntan", "destacan", "preguntaron", "respondieron"}),
    "it": frozenset({"hanno", "avevano"}),
    "pt": frozenset({"disseram", "afirmaram", "têm", "tinham"}),
}  # fmt: skip

#: Past participles that make a cue with an auxiliary.
PARTICIPLES: dict[str, frozenset[str]] = {
    "de": frozenset(
        {"gesagt", "erklärt", "betont", "gemeint", "ergänzt", "gewarnt", "gefordert",
         "geschrieben", "versichert", "hinzugefügt", "bekräftigt", "kritisiert",
         "unterstrichen", "berichtet", "geantwortet", "erwidert", "entgegnet", "bestätigt",
         "angekündigt", "verkündet", "versprochen", "gekontert", "genannt", "bezeichnet", "kommentiert"}
    ),
    "fr": frozenset(
        {"répété", "réaffirmé", "redit", "déclaré", "dit", "ajouté", "indiqué", "affirmé", "estimé", "expliqué", "souligné",
         "assuré", "martelé", "lancé", "confié", "précisé", "rappelé", "prévenu", "insisté",
         "reconnu", "répondu", "poursuivi", "commenté", "réagi", "annoncé", "averti", "noté",
         "observé", "relevé", "jugé", "dénoncé", "regretté", "raconté", "résumé", "conclu",
         "admis", "écrit", "tranché", "plaidé", "promis", "déploré", "fustigé", "ironisé",
         "renchéri", "nuancé", "glissé", "détaillé", "soutenu", "témoigné", "tweeté",
         "répliqué", "interrogé", "salué", "demandé", "qualifié", "rétorqué", "confirmé",
         "évoqué", "parlé", "constaté", "décrit"}
    ),
    "es": frozenset(
        {"resumido", "dicho", "afirmado", "asegurado", "explicado", "señalado", "añadido", "indicado",
         "declarado", "sostenido", "agregado", "manifestado", "subrayado", "destacado",
         "advertido", "insistido", "apuntado", "comentado", "precisado", "reconocido",
         "recalcado", "expresado", "admitido", "respondido", "lamentado", "denunciado",
         "escrito", "concluido", "recordado", "anunciado", "replicado", "preguntado", "calificado", "rebatido", "argumentado", "aclarado", "reprochado",
         "criticado", "defendido", "valorado", "pedido", "exigido", "reclamado", "solicitado"}
    ),
    "it": frozenset(
        {"urlato", "gridato", "esclamato", "riconosciuto", "minimizzato", "espresso", "detto", "affermato", "spiegato", "aggiunto", "sottolineato", "dichiarato",
         "osservato", "commentato", "concluso", "precisato", "ricordato", "avvertito",
         "ammesso", "assicurato", "replicato", "attaccato", "insistito", "scritto",
         "annunciato", "evidenziato", "rilevato", "ribadito", "denunciato", "raccontato", "definito", "ribattuto", "risposto", "confermato", "rimarcato", "chiosato",
         "parlato", "criticato", "accusato", "sostenuto", "lamentato", "promesso", "avvisato", "tuonato",
         "chiesto"}
    ),
    "pt": frozenset(
        {"resumido", "dito", "afirmado", "declarado", "explicado", "acrescentado", "sublinhado",
         "destacado", "garantido", "comentado", "lembrado", "admitido", "reconhecido",
         "respondido", "escrito", "rebatido", "lamentado", "chamado", "classificado", "avaliado", "observado", "argumentado", "reforçado", "enfatizado", "ponderado", "completado",
         "pedido", "exigido", "reclamado", "solicitado"}
    ),
}  # fmt: skip

#: Words that introduce their source as a preposition: ``laut Scholz``,
#: ``selon le ministre``, ``según Sánchez``; German ``so`` only after a quote
#: (``„...“, so Scholz``).
SOURCE_PREPOSITIONS: dict[str, frozenset[str]] = {
    "de": frozenset({"laut", "so"}),
    "fr": frozenset({"selon", "d'après"}),
    "es": frozenset({"según"}),
    "it": frozenset({"secondo"}),
    "pt": frozenset({"segundo", "conforme"}),
}

#: Impersonal cues, by their verb, with the pronoun that follows it:
#: ``„...“, hieß es aus dem Ministerium``, ``Aus Regierungskreisen hieß es:
#: „...“``.  Their speaker is the source the prepositions below introduce,
#: else no one.
IMPERSONAL_CUES: dict[str, dict[str, str]] = {
    "de": {"hieß": "es", "heißt": "es"},
    "fr": {"peut-on": "lire", "pouvait-on": "lire", "pourra-t-on": "lire"},
    "es": {"se": "lee"},
    "it": {"si": "legge"},
    # (a cue of one word, its pronoun joined by a hyphen, has an empty second word)
    "pt": {"lê-se": "", "pode-se": "ler"},
}

#: Prepositions that introduce the source of an impersonal cue (``aus dem
#: Ministerium``, ``von der Polizei``, ``beim Verband``, ``seitens der Regierung``).
IMPERSONAL_SOURCES: dict[str, frozenset[str]] = {
    "de": frozenset({"aus", "von", "vom", "seitens", "vonseiten", "bei", "beim", "im", "in"}),
    "fr": frozenset({"dans"}),
    "es": frozenset({"en"}),
    "it": frozenset({"in", "nella", "nel", "nelle", "nei"}),
    "pt": frozenset({"em", "na", "no", "nas", "nos", "numa", "num"}),
}

#: Nouns of time that are no source after such a preposition (``hieß es in der
#: Nacht``).
IMPERSONAL_TIMES: frozenset[str] = frozenset(
    {"nacht", "woche", "früh", "frühe", "jahr", "monat", "vergangenheit", "zukunft",
     "vergangenen", "kürze", "regel", "notte", "settimana", "passato", "noche", "semana",
     "pasado"}
)  # fmt: skip

#: Articles after such a preposition (German datives and genitives: ``aus dem
#: Ministerium``, ``seitens der Regierung``).
OBLIQUE_ARTICLES: dict[str, frozenset[str]] = {
    "de": frozenset({"dem", "den", "der", "des", "einem", "einer", "eines"}),
    "fr": frozenset({"le", "la", "l'", "un", "une", "son", "sa", "leur"}),
    "es": frozenset({"el", "la", "los", "las", "un", "una", "su"}),
    "it": frozenset({"la", "il", "lo", "l'", "una", "un", "sua", "suo"}),
    "pt": frozenset({"a", "o", "uma", "um", "sua", "seu"}),
}

#: Source prepositions of several words, by their first word: ``de acuerdo
#: con el ministro``, ``de acordo com ela``, ``nach Angaben von Scholz``.
SOURCE_PHRASES: dict[str, dict[str, tuple[tuple[str, ...], ...]]] = {
    "de": {"nach": (("nach", "angaben", "von"), ("nach", "angaben", "des"))},
    "fr": {"de": (("de", "l'avis", "de"),)},
    "es": {"de": (("de", "acuerdo", "con"),), "a": (("a", "juicio", "de"),)},
    "it": {"a": (("a", "detta", "di"),), "stando": (("stando", "a"),)},
    "pt": {"de": (("de", "acordo", "com"),)},
}

#: Prepositions that open a sentence with the person whose view it gives,
#: set off by a comma: ``Pour Marine Le Pen, c'est « ... »``, ``Para el
#: ministro, se trata de «...»``, ``Per Meloni, è "..."``.  (German ``für``
#: takes no comma and is left out.)
OPINION_PREPOSITIONS: dict[str, frozenset[str]] = {
    "de": frozenset(),
    "fr": frozenset({"pour"}),
    "es": frozenset({"para"}),
    "it": frozenset({"per"}),
    "pt": frozenset({"para"}),
}

#: Words that open the sentence after a quote and stand for it, before its
#: cue: ``"...". Lo ha detto Giorgia Meloni``, ``„...“ Das sagte Scholz``,
#: ``«...». Así lo ha dicho el ministro``.
RESUMPTIVES: dict[str, frozenset[str]] = {
    "de": frozenset({"das", "dies"}),
    "fr": frozenset(),
    "es": frozenset({"lo", "así"}),
    "it": frozenset({"lo", "così"}),
    "pt": frozenset(),
}

#: Such words that name the speaker with no verb after them (Italian agency
#: copy: ``"...". Così il ministro Matteo Piantedosi a margine di un convegno``).
BARE_RESUMPTIVES: frozenset[str] = frozenset({"così"})

#: Subject pronouns (and the stressed pronouns after a source preposition,
#: ``selon lui``) with the gender they give.
PRONOUNS: dict[str, dict[str, str]] = {
    "de": {"er": "male", "sie": "female"},
    "fr": {
        "il": "male",
        "elle": "female",
        "lui": "male",
        "ils": "plural",
        "elles": "plural",
        "eux": "plural",
    },
    "es": {"él": "male", "ella": "female"},
    "it": {"lui": "male", "lei": "female"},
    "pt": {"ele": "male", "ela": "female"},
}

#: Honorifics before a name, with the gender they give (``""``: none).
HONORIFICS: dict[str, dict[str, str]] = {
    "de": {"herr": "male", "herrn": "male", "frau": "female", "dr.": "", "prof.": ""},
    "fr": {"m.": "male", "mme": "female", "mme.": "female", "mlle": "female", "me": "",
           "monsieur": "male", "madame": "female", "mademoiselle": "female", "dr": "",
           "dr.": "", "pr": ""},
    "es": {"sr.": "male", "sra.": "female", "srta.": "female", "señor": "male",
           "señora": "female", "señorita": "female", "don": "male", "doña": "female",
           "dr.": "", "dra.": "female"},
    "it": {"sig.": "male", "signor": "male", "signora": "female",
           "signorina": "female", "dott.": "", "on.": "", "avv.": "", "prof.": ""},
    "pt": {"sr.": "male", "sra.": "female", "senhor": "male", "senhora": "female",
           "dom": "male", "dona": "female", "dr.": "", "dra.": "female"},
}  # fmt: skip

#: Honorifics that go with a first name (``dona Maria``, ``don Pedro``, ``Dom
#: Pedro``): one name word after them is a first name, not a surname.  Like the
#: others they are no part of ``Speaker.name`` and no role.
FIRST_NAME_HONORIFICS: frozenset[str] = frozenset({"don", "doña", "dom", "dona"})

#: Prefixes that make a role word another role of the same kind: ``ex-presidente``,
#: ``ex-ministre``, ``expresidente``, ``vicealcalde``, ``vice-prefeito``,
#: ``cofondateur``.
ROLE_PREFIXES: frozenset[str] = frozenset({"ex", "vice", "co", "neo"})

#: Words (lower case, without their full stop) that a full stop after them
#: abbreviates, so that it ends no sentence.
ABBREVIATIONS: dict[str, frozenset[str]] = {
    "de": frozenset({"dr", "prof", "st", "bzw", "ca", "vgl", "nr", "sog"}),
    "fr": frozenset({"m", "dr", "st", "ste", "pr"}),
    "es": frozenset({"sr", "sra", "srta", "dr", "dra", "ud", "uds", "d"}),
    "it": frozenset({"sig", "dott", "on", "avv", "prof"}),
    "pt": frozenset({"sr", "sra", "dr", "dra"}),
}

#: Articles and possessives that open a speaker phrase, with the gender they
#: give a role noun after them (``""``: none, or a plural).
DETERMINERS: dict[str, dict[str, str]] = {
    "de": {"der": "male", "die": "female", "das": "", "ein": "male", "eine": "female",
           "des": "", "dessen": "", "deren": "", "sein": "", "seine": "", "ihr": "",
           "ihre": ""},
    "fr": {"le": "male", "la": "female", "les": "", "l'": "", "un": "male", "une": "female",
           "son": "", "sa": "female", "leur": ""},
    "es": {"el": "male", "la": "female", "los": "", "las": "", "un": "male", "una": "female",
           "su": ""},
    "it": {"il": "male", "lo": "male", "la": "female", "i": "", "gli": "", "le": "",
           "un": "male", "uno": "male", "una": "female", "suo": "", "sua": "female"},
    "pt": {"o": "male", "a": "female", "os": "", "as": "", "um": "male", "uma": "female",
           "seu": "", "sua": "female"},
}  # fmt: skip

#: Possessives that may follow an article (``il suo avvocato``, ``o seu advogado``).
POSSESSIVES: frozenset[str] = frozenset(
    {"sein", "seine", "ihr", "ihre", "son", "sa", "leur", "su", "suo", "sua", "seu"}
)

#: Definite articles (singular) of all five languages: a role phrase that opens
#: with one may be an epithet of the speaker just named (``Der SPD-Politiker``).
DEFINITE_ARTICLES: frozenset[str] = frozenset(
    {"der", "die", "le", "la", "el", "il", "lo", "o", "a", "het"}
)
#: Dutch ``de`` too, once the reader is Dutch (elsewhere it is a preposition).
DEFINITE_ARTICLES_NL: frozenset[str] = DEFINITE_ARTICLES | {"de"}

#: Indefinite articles (singular) of the languages read: a role phrase that
#: opens with one (``une porte-parole du ministère``) is someone new, not the
#: unnamed speaker of that role before (``un porte-parole de la région``).
INDEFINITE_ARTICLES: frozenset[str] = frozenset(
    {"ein", "eine", "un", "une", "uno", "una", "um", "uma", "een", "en", "ett", "et"}
)

#: Roles that speak for or about someone else (spokespeople, lawyers,
#: prosecutors, judges): such a role in a later paragraph is no epithet of the
#: person named before (``„...“, sagte der Anwalt``, ``dijo el portavoz``).
COUNTERPART_ROLES: frozenset[str] = frozenset(
    {"porte-parole", "avocat", "avocate", "procureur", "procureure", "juge",
     "portavoz", "abogado", "abogada", "fiscal", "juez", "jueza", "portavoce", "avvocato",
     "avvocata", "procuratore", "giudice", "porta-voz", "advogado", "advogada",
     "procurador", "procuradora", "juiz", "juíza", "sprecher", "sprecherin", "anwalt",
     "anwältin", "richter", "richterin",
     # relatives: someone's, never the one named before with no role
     "mère", "père", "fille", "fils", "épouse", "mari", "veuve", "sœur", "frère",
     "grand-mère", "grand-père", "madre", "padre", "hija", "hijo", "esposa", "esposo",
     "marido", "viuda", "hermana", "hermano", "abuela", "abuelo", "figlia", "figlio",
     "moglie", "vedova", "sorella", "fratello", "nonna", "nonno", "mãe", "pai", "filha",
     "filho", "viúva", "irmã", "irmão", "avó", "avô"}
)  # fmt: skip
#: The German ones, read as the ends of compounds (``Regierungssprecherin``).
COUNTERPART_ROLES_DE: tuple[str, ...] = (
    "sprecher", "sprecherin", "anwalt", "anwältin", "richter", "richterin",
)  # fmt: skip

#: Role words that describe a person named before with another role, in a
#: later paragraph (``Javier Milei`` ... ``el mandatario``; ``Giorgia
#: Meloni`` ... ``la premier``): generic heads, leaders and party epithets.
EPITHET_NOUNS: frozenset[str] = frozenset(
    {"governante", "syndicaliste", "sindicalista", "candidato", "candidata", "candidat",
     "candidate", "kandidaat", "kandidat", "kandidatin", "chef", "cheffe", "dirigeant", "dirigeante", "élu", "élue", "socialiste", "insoumis",
     "insoumise", "écologiste", "communiste", "centriste", "macroniste", "mandatario",
     "mandataria", "líder", "dirigente", "jefe", "jefa", "socialista", "ecologista",
     "comunista", "centrista", "independentista", "premier", "leader", "capo",
     "leghista", "dem", "pentastellato", "pentastellata", "mandatário", "mandatária",
     "chefe", "petista", "bolsonarista", "tucano", "artiste", "artista", "cineasta",
     # a writer, however first named (la romancière ... l'écrivaine)
     "écrivain", "écrivaine", "escritor", "escritora", "scrittore", "scrittrice",
     # a judge or prosecutor, however first named (le procureur ... le magistrat)
     "magistrat", "magistrate", "magistrado", "magistrada", "magistrato"}
)  # fmt: skip
#: German ones, read as the ends of compounds (``SPD-Politikerin``, ``70-Jährige``).
EPITHET_ENDINGS_DE: tuple[str, ...] = (
    "politiker", "politikerin", "jährige", "jähriger", "liberale", "liberaler", "künstler", "künstlerin",
    "schriftsteller", "schriftstellerin",
)  # fmt: skip

#: Role nouns that name the same office (``Trainer Markus Kessler`` ...
#: ``der Coach``; ``Papa Francesco`` ... ``il Pontefice``; ``el rey`` ... ``el
#: monarca``): a role given alone stands for the one person named before with
#: any of them.  German ones also match as the end of a compound.
ROLE_SYNONYMS: tuple[frozenset[str], ...] = (
    frozenset({"trainer", "trainerin", "coach"}),
    frozenset({"entraîneur", "entraîneuse", "coach"}),
    frozenset({"entrenador", "entrenadora", "técnico", "técnica", "preparador"}),
    frozenset({"allenatore", "allenatrice", "tecnico", "mister"}),
    frozenset({"técnico", "técnica", "treinador", "treinadora"}),
    frozenset({"papst", "pontifex", "pape", "pontife", "papa", "pontífice", "pontefice"}),
    frozenset({"könig", "monarch", "roi", "monarque", "souverain"}),
    frozenset({"königin", "monarchin", "reine", "souveraine"}),
    frozenset({"rey", "monarca", "soberano", "re", "sovrano", "rei"}),
    frozenset({"reina", "soberana", "regina", "sovrana", "rainha"}),
    # a head of state and a mayor by their other nouns (das Staatsoberhaupt, l'édile)
    frozenset({"staatsoberhaupt", "bundespräsident", "staatspräsident"}),
    frozenset({"bürgermeister", "stadtoberhaupt", "rathauschef"}),
    frozenset({"bürgermeisterin", "stadtoberhaupt", "rathauschefin"}),
    frozenset({"maire", "édile"}),
    # a Swedish or Norwegian minister by the noun for any member of the cabinet
    # (havminister Kari Dahl ... statsråden)
    frozenset({"statsråd", "minister"}),
)  # fmt: skip

#: Pronouns of whom it was said to that stand between a quote and its cue
#: (``«...», le dijo``, ``« ... », nous a-t-il confié``, ``"...", gli ha detto``).
CUE_CLITICS: dict[str, frozenset[str]] = {
    "fr": frozenset({"lui", "leur", "nous", "vous", "me", "te"}),
    "es": frozenset({"le", "les", "me", "nos", "te", "os", "se"}),
    "it": frozenset({"gli", "le", "mi", "ci", "ti", "vi"}),
    "pt": frozenset({"lhe", "lhes", "me", "nos", "te"}),
    "de": frozenset(),
    "nl": frozenset(),
    "sv": frozenset(),
    "nb": frozenset(),
    "da": frozenset(),
}

#: Roles whose holder is named by one name (``Papa Francesco``, ``König
#: Charles``, ``le roi Philippe``, ``el rey Felipe``): that name alone is the
#: person named in full.
REGNAL_ROLES: frozenset[str] = frozenset(
    {"papst", "könig", "königin", "pape", "roi", "reine", "papa", "rey", "reina", "re",
     "regina", "rei", "rainha"}
)  # fmt: skip

#: Words that join a role to what it is the role of: ``Sprecher des
#: Ministeriums``, ``ministre de l'Intérieur``, ``presidente del Gobierno``.
CONNECTORS: dict[str, frozenset[str]] = {
    "de": frozenset({"des", "der", "für", "von", "vom"}),
    "fr": frozenset({"de", "du", "des", "d'", "chargé", "chargée", "au", "aux"}),
    "es": frozenset({"de", "del"}),
    "it": frozenset(
        {"di", "del", "dello", "della", "dei", "degli", "delle", "al", "alla", "ai", "agli"}
    ),
    "pt": frozenset({"de", "do", "da", "dos", "das"}),
}

#: Prepositions that join a role to its portfolio when a capitalised name
#: follows (``ministro per la Protezione civile``, ``ministra para os Assuntos
#: Parlamentares``, ``secretario de Estado para la Unión Europea``); before a
#: word in lower case they are no part of the role (``il sindaco per telefono``).
PORTFOLIO_LINKS: dict[str, frozenset[str]] = {
    "de": frozenset(), "fr": frozenset(), "es": frozenset({"para"}), "it": frozenset({"per"}),
    "pt": frozenset({"para"}), "nl": frozenset(), "sv": frozenset(), "nb": frozenset(),
    "da": frozenset(),
}  # fmt: skip

#: Words that join two offices or two portfolios in one role (``ministra de
#: Trabajo y Economía Social``, ``vicepresidenta primera y ministra de Hacienda``,
#: ``ministro dell'Economia e delle Finanze``).
ROLE_COORDINATORS: dict[str, frozenset[str]] = {
    "de": frozenset({"und"}),
    "fr": frozenset({"et"}),
    "es": frozenset({"y", "e"}),
    "it": frozenset({"e", "ed"}),
    "pt": frozenset({"e"}),
}

#: Role nouns.  German ones match as the end of a compound (``Bundeskanzler``,
#: ``Regierungssprecherin``, ``SPD-Politiker``) and take ``-in`` for a woman;
#: French and Spanish ones are matched whole.
ROLE_WORDS: dict[str, frozenset[str]] = {
    "de": frozenset(
        {"liberale", "liberaler", "politologe", "politologin", "soziologe", "soziologin", "psychologe", "psychologin", "historiker", "historikerin", "obmann", "obfrau", "landesrat", "landesrätin", "kanzler", "minister", "präsident", "sprecher", "chef", "vorsitzende",
         "vorsitzender", "leiter", "direktor", "bürgermeister", "politiker", "abgeordnete",
         "abgeordneter", "experte", "expertin", "analyst", "ökonom", "sekretär",
         "botschafter", "kommissar", "richter", "anwalt", "anwältin", "trainer", "manager",
         "senator", "gouverneur", "könig", "königin", "papst", "bischof", "professor",
         "wissenschaftler", "forscher", "unternehmer", "ermittler", "landrat", "landrätin", "kandidat",
         "redakteur", "geschäftsführer", "gewerkschafter", "aktivist", "beauftragte",
         "beauftragter", "vertreter", "vorstand", "general", "kommandeur", "funktionär",
         "diplomat", "vize", "jährige", "jähriger", "kollege", "kardinal", "coach", "kapitän", "stürmer", "schütze", "torjäger", "torwart", "torhüter", "verteidiger", "spieler", "regisseur", "autor", "sänger", "künstler", "schriftsteller", "journalist",
         # who reviews or comments (der Kritiker, die Kolumnistin)
         "kritiker", "rezensent", "kolumnist", "kommentator",
         # people by where they live or what they do (der Rentner, die Anwohnerin)
         "rentner", "anwohner", "bewohner", "pendler", "landwirt", "augenzeuge", "besucher",
         # who won or challenges (der Wahlsieger, sein Herausforderer)
         "sieger", "herausforderer",
         # in a hospital (die Patientin, der Krankenpfleger, die Notärztin)
         "patient", "pfleger", "arzt",
         # military ranks (Oberstleutnant, Hauptmann)
         "oberst", "leutnant", "hauptmann", "feldwebel", "admiral",
         # the Pope and a monarch by their other nouns (der Pontifex, der Monarch)
         "pontifex", "monarch", "meteorologe", "meteorologin",
         # doctors by their field (die Neurologin, der Virologe)
         "neurologe", "neurologin", "kardiologe", "kardiologin", "epidemiologe",
         "epidemiologin", "virologe", "virologin", "psychiater", "psychiaterin",
         # soldiers and officials (ein ranghoher Offizier, ein Beamter)
         "offizier", "soldat", "kommandant", "beamter", "beamte"}
    ),
    "fr": frozenset(
        {"bourgmestre", "échevin", "échevine", "négociant", "négociante", "viticulteur", "viticultrice", "vigneron", "vigneronne", "ministre", "président", "présidente", "porte-parole", "secrétaire", "directeur",
         "directrice", "maire", "député", "députée", "sénateur", "sénatrice", "chef",
         "cheffe", "patron", "patronne", "dirigeant", "dirigeante", "responsable",
         "conseiller", "conseillère", "ambassadeur", "ambassadrice", "avocat", "avocate",
         "procureur", "procureure", "juge", "commissaire", "expert", "experte", "analyste",
         "économiste", "chercheur", "chercheuse", "professeur", "professeure", "candidat",
         "conservateur", "conservatrice", "historien", "historienne",
         "candidate", "délégué", "déléguée", "entraîneur", "sélectionneur", "syndicaliste",
         "militant", "militante", "élu", "élue", "gouverneur", "roi", "reine", "pape",
         "préfet", "préfète", "chancelier", "chancelière", "commandant", "général",
         "représentant", "représentante", "fondateur", "fondatrice", "vice-président", "évêque",
         "cardinal",
         "vice-présidente", "pdg", "eurodéputé", "eurodéputée", "ministre-président",
         # party epithets: le socialiste, l'insoumis, l'écologiste
         "socialiste", "insoumis", "insoumise", "écologiste", "communiste", "centriste",
         "macroniste", "réalisateur", "réalisatrice", "acteur", "actrice", "écrivain", "écrivaine", "chanteur", "chanteuse", "artiste", "journaliste", "capitaine", "joueur", "joueuse", "défenseur", "attaquant", "attaquante", "gardien", "buteur", "ailier", "fonctionnaire", "homologue", "romancier", "romancière", "éditeur", "éditrice",
         # people by what they do or where they live
         "infirmier", "infirmière", "médecin", "entrepreneur", "entrepreneuse", "habitant", "habitante", "riverain", "riveraine", "retraité", "retraitée", "usager", "usagère", "voyageur", "voyageuse", "bénévole", "électeur", "électrice", "étudiant", "étudiante", "enseignant", "enseignante", "commerçant", "commerçante", "agriculteur", "agricultrice", "passager", "passagère", "conducteur", "conductrice", "patient", "patiente", "voisin", "voisine", "victime", "témoin", "survivant", "survivante", "client", "cliente", "salarié", "salariée", "ouvrier", "ouvrière", "manifestant", "manifestante",
         "gréviste", "cheminot", "cheminote", "soignant", "soignante", "pompier", "policier",
         "policière", "gendarme", "éleveur", "éleveuse", "pêcheur", "locataire", "lycéen",
         "lycéenne", "rescapé", "rescapée", "sinistré", "sinistrée",
         # a mayor's deputy (l'adjoint au maire, l'adjointe à la culture)
         "adjoint", "adjointe",
         # a bill's rapporteur (le rapporteur du texte)
         "rapporteur", "rapporteure",
         # military ranks (le lieutenant-colonel, le colonel)
         "colonel", "lieutenant", "lieutenant-colonel", "sergent", "adjudant", "amiral",
         # family (une mère d'élève, Samira; le père de la victime)
         "mère", "père", "fille", "fils", "épouse", "mari", "veuve", "sœur", "frère",
         "grand-mère", "grand-père",
         # the Pope and a monarch by their other nouns (le pontife, le souverain)
         "pontife", "souverain", "souveraine", "monarque", "météorologue",
         # a study's author, a magistrate (l'auteure principale, le magistrat)
         "auteur", "auteure", "autrice", "magistrat", "magistrate",
         # doctors by their field (la neurologue, le gériatre)
         "neurologue", "cardiologue", "épidémiologiste", "infectiologue", "virologue",
         "oncologue", "psychiatre", "pédiatre", "gériatre",
         # soldiers (un officier, une soldate)
         "officier", "soldat", "soldate"}
    ),
    "es": frozenset(
        {"presidente", "presidenta", "ministro", "ministra", "portavoz", "secretario",
         "secretaria", "director", "directora", "alcalde", "alcaldesa", "diputado",
         "diputada", "senador", "senadora", "jefe", "jefa", "líder", "responsable",
         "consejero", "consejera", "embajador", "embajadora", "abogado", "abogada", "fiscal",
         "juez", "jueza", "experto", "experta", "analista", "economista", "investigador",
         "investigadora", "profesor", "profesora", "candidato", "candidata", "delegado",
         "historiador", "historiadora",
         "delegada", "vicepresidente", "vicepresidenta", "gobernador", "gobernadora", "rey",
         "reina", "papa", "canciller", "comisario", "comisaria", "entrenador",
         "seleccionador", "sindicalista", "activista", "fundador", "fundadora",
         "coordinador", "coordinadora", "representante", "dirigente", "titular",
         "eurodiputado", "eurodiputada", "mandatario", "mandataria", "obispo", "cardenal",
         # town councillors (el concejal de Urbanismo, la edil, el regidor)
         "concejal", "concejala", "edil", "regidor", "regidora",
         # party epithets: el socialista, la popular no (an adjective)
         "socialista", "ecologista", "comunista", "centrista", "independentista", "actor", "actriz", "escritor", "escritora", "cantante", "artista", "cineasta", "periodista", "capitán", "jugador", "jugadora", "delantero", "portero", "centrocampista", "defensor", "guardameta", "funcionario", "funcionaria", "homólogo", "homóloga",
         # people by what they do or where they live
         "enfermero", "enfermera", "médico", "médica", "empresario", "empresaria", "vecino", "vecina", "jubilado", "jubilada", "pasajero", "pasajera", "voluntario", "voluntaria", "votante", "estudiante", "maestro", "maestra", "comerciante", "agricultor", "agricultora", "conductor", "conductora", "paciente", "víctima", "testigo", "cliente", "trabajador", "trabajadora", "manifestante", "superviviente", "huelguista",
         # military ranks (el teniente coronel, el sargento)
         "teniente", "coronel", "sargento", "comandante", "general", "almirante",
         # family (la madre de la víctima)
         "madre", "padre", "hija", "hijo", "esposa", "esposo", "marido", "viuda",
         "hermana", "hermano", "abuela", "abuelo",
         # a coach, the Pope and a monarch by their other nouns (el técnico, el monarca)
         "técnico", "técnica", "pontífice", "monarca", "soberano", "soberana", "meteorólogo",
         "meteoróloga", "preparador", "autor", "autora", "magistrado", "magistrada",
         # doctors by their field (la neuróloga, el pediatra)
         "neurólogo", "neuróloga", "cardiólogo", "cardióloga", "epidemiólogo", "epidemióloga",
         "virólogo", "viróloga", "oncólogo", "oncóloga", "psiquiatra", "pediatra", "geriatra",
         # soldiers (un soldado)
         "soldado", "soldada"}
    ),
    "it": frozenset(
        {"esponente", "preside", "presidente", "ministro", "ministra", "portavoce", "segretario", "segretaria",
         "direttore", "direttrice", "sindaco", "sindaca", "deputato", "deputata", "senatore",
         "senatrice", "capo", "leader", "responsabile", "consigliere", "consigliera",
         "ambasciatore", "ambasciatrice", "avvocato", "avvocata", "procuratore", "giudice",
         "commissario", "esperto", "esperta", "analista", "economista", "ricercatore",
         "ricercatrice", "professore", "professoressa", "candidato", "candidata", "premier",
         "curatore", "curatrice", "storico", "storica",
         "vicepresidente", "governatore", "governatrice", "re", "regina", "papa",
         "cancelliere", "allenatore", "ct", "sindacalista", "attivista", "fondatore",
         "fondatrice", "amministratore", "questore", "prefetto", "generale", "comandante",
         "tecnico", "capitano", "titolare", "vescovo", "cardinale", "coordinatore",
         "coordinatrice", "relatore", "relatrice",
         # party epithets: il leghista, la dem
         "leghista", "dem", "pentastellato", "pentastellata", "regista", "attore", "attrice", "scrittore", "scrittrice", "cantante", "artista", "cineasta", "giornalista", "attaccante", "portiere", "giocatore", "giocatrice", "centrocampista", "difensore", "centravanti", "funzionario", "funzionaria", "assessore", "assessora",
         # a group leader, a citizen (il primo cittadino: the mayor)
         "capogruppo", "cittadino", "cittadina",
         # people by what they do or where they live
         "infermiere", "infermiera", "medico", "imprenditore", "imprenditrice", "abitante", "pensionato", "pensionata", "passeggero", "passeggera", "volontario", "volontaria", "elettore", "elettrice", "studentessa", "insegnante", "commerciante", "agricoltore", "pendolare", "autista", "paziente", "vittima", "testimone", "vicino", "vicina", "cliente", "lavoratore", "lavoratrice", "residente", "manifestante", "scioperante",
         # military ranks (il colonnello, il maresciallo)
         "colonnello", "tenente", "maresciallo", "sergente", "ammiraglio",
         # family (ha detto la madre)
         "madre", "padre", "figlia", "figlio", "moglie", "marito", "vedova", "sorella",
         "fratello", "nonna", "nonno",
         # the Pope and a monarch by their other nouns (il pontefice, il sovrano)
         "pontefice", "sovrano", "sovrana", "monarca", "meteorologo", "meteorologa",
         "autore", "autrice", "magistrato",
         # doctors by their field (la neurologa, il pediatra)
         "neurologo", "neurologa", "cardiologo", "cardiologa", "epidemiologo", "epidemiologa",
         "virologo", "virologa", "oncologo", "oncologa", "psichiatra", "pediatra", "geriatra",
         # soldiers (un soldato)
         "soldato", "soldatessa"}
    ),
    "pt": frozenset(
        {"governante", "parlamentar", "integrante", "presidente", "presidenta", "ministro", "ministra", "porta-voz", "secretário",
         "secretária", "diretor", "diretora", "prefeito", "prefeita", "deputado", "deputada",
         "senador", "senadora", "chefe", "líder", "responsável", "conselheiro",
         "conselheira", "embaixador", "embaixadora", "advogado", "advogada", "procurador",
         "procuradora", "juiz", "juíza", "comissário", "especialista", "analista",
         "economista", "pesquisador", "pesquisadora", "professor", "professora", "candidato",
         "curador", "curadora", "historiador", "historiadora", "autarca",
         "candidata", "vice-presidente", "governador", "governadora", "rei", "rainha",
         "papa", "chanceler", "técnico", "treinador", "sindicalista", "ativista", "fundador",
         "fundadora", "coordenador", "coordenadora", "representante", "dirigente",
         "primeiro-ministro", "primeira-ministra", "delegado", "delegada", "comandante",
         "general", "mandatário", "mandatária", "bispo", "cardeal",
         # the owner: a dona da padaria (before a name, dona is an honorific)
         "dono", "dona",
         # party epithets: o petista, o socialista
         "petista", "bolsonarista", "socialista", "tucano", "cineasta", "ator", "atriz", "escritor", "escritora", "cantor", "cantora", "artista", "jornalista", "capitão", "jogador", "jogadora", "atacante", "goleiro", "zagueiro", "guarda-redes", "avançado", "funcionário", "funcionária",
         # a judge's report on a case (o relator do caso)
         "relator", "relatora",
         # people by what they do or where they live
         "enfermeiro", "enfermeira", "médico", "médica", "empresário", "empresária", "morador", "moradora", "aposentado", "aposentada", "reformado", "reformada", "passageiro", "passageira", "voluntário", "voluntária", "eleitor", "eleitora", "estudante", "aluno", "aluna", "comerciante", "agricultor", "agricultora", "motorista", "paciente", "vítima", "testemunha", "vizinho", "vizinha", "cliente", "trabalhador", "trabalhadora", "manifestante", "grevista",
         # military ranks (o tenente-coronel, o sargento)
         "tenente", "tenente-coronel", "coronel", "sargento", "almirante",
         # family (a mãe da vítima) and a town councillor (a vereadora)
         "mãe", "pai", "filha", "filho", "esposa", "marido", "viúva", "irmã", "irmão",
         "avó", "avô", "vereador", "vereadora",
         # the Pope and a monarch by their other nouns (o pontífice, o monarca)
         "pontífice", "monarca", "soberano", "soberana", "meteorologista", "autor", "autora",
         "magistrado", "magistrada",
         # doctors by their field (a neurologista, o pediatra)
         "neurologista", "cardiologista", "epidemiologista", "virologista", "oncologista",
         "psiquiatra", "pediatra", "geriatra",
         # soldiers (um soldado)
         "soldado"}
    ),
}  # fmt: skip

#: Role nouns that name a woman (French and Spanish; German ones end in ``-in``).
FEMALE_ROLES: frozenset[str] = frozenset(
    {"conservatrice", "curatrice", "curadora", "historienne", "historiadora",
     "storica",
     "présidente", "directrice", "députée", "sénatrice", "cheffe", "patronne",
     "dirigeante", "conseillère", "ambassadrice", "avocate", "procureure", "experte",
     "chercheuse", "professeure", "candidate", "déléguée", "militante", "élue", "reine",
     "préfète", "chancelière", "représentante", "fondatrice", "vice-présidente",
     "eurodéputée", "presidenta", "ministra", "secretaria", "directora", "alcaldesa",
     "diputada", "senadora", "jefa", "consejera", "embajadora", "abogada", "jueza",
     "experta", "investigadora", "profesora", "candidata", "delegada", "vicepresidenta",
     "gobernadora", "comisaria", "fundadora", "coordinadora", "eurodiputada", "expertin",
     "anwältin", "landrätin", "rätin", "königin", "segretaria", "direttrice", "sindaca",
     "deputata", "senatrice", "consigliera", "ambasciatrice", "avvocata", "esperta",
     "ricercatrice", "professoressa", "governatrice", "regina", "secretária", "prefeita",
     "conselheira", "embaixadora", "advogada", "procuradora", "juíza", "pesquisadora",
     "rainha", "primeira-ministra", "dona", "insoumise", "réalisatrice", "actrice",
     "écrivaine", "chanteuse", "joueuse", "actriz", "escritora", "jugadora", "attrice",
     "scrittrice", "atriz", "cantora", "jogadora", "funcionaria", "funzionaria", "assessora",
     "funcionária", "pentastellata", "mandataria", "coordinatrice",
     "mandatária", "ärztin", "romancière", "éditrice",
     "infirmière", "entrepreneuse", "habitante", "riveraine", "retraitée", "usagère", "voyageuse", "électrice", "étudiante", "enseignante", "commerçante", "agricultrice", "passagère", "conductrice", "enfermera", "médica", "empresaria", "vecina", "jubilada", "pasajera", "voluntaria", "maestra", "agricultora", "conductora", "infermiera", "imprenditrice", "pensionata", "passeggera", "volontaria", "elettrice", "studentessa", "enfermeira", "empresária", "moradora", "aposentada", "reformada", "passageira", "voluntária", "eleitora", "aluna", "patiente", "voisine", "survivante", "cliente", "salariée", "ouvrière", "trabajadora", "vicina", "lavoratrice", "vizinha", "trabalhadora",
     # relatives and a councillor
     "mère", "fille", "épouse", "veuve", "sœur", "grand-mère", "madre", "hija", "esposa",
     "viuda", "hermana", "abuela", "figlia", "moglie", "vedova", "sorella", "nonna", "mãe",
     "filha", "viúva", "irmã", "avó", "vereadora",
     # the other nouns of an office, a study's author
     "souveraine", "técnica", "soberana", "sovrana", "meteoróloga", "meteorologa",
     "auteure", "autrice", "magistrate", "autora", "magistrada", "neuróloga", "cardióloga",
     "epidemióloga", "viróloga", "oncóloga", "neurologa", "cardiologa", "epidemiologa",
     "virologa", "oncologa", "soldate", "soldada", "soldatessa"}
)  # fmt: skip

#: Adjectives that stand before a role noun (``premier ministre``,
#: ``primer ministro``; German adjectives are read by their endings).
ROLE_ADJECTIVES: dict[str, frozenset[str]] = {
    "de": frozenset(),
    "fr": frozenset({"premier", "première", "ancien", "ancienne", "nouveau", "nouvelle",
                     "haut", "haute"}),
    "es": frozenset({"primer", "primera", "ex", "nuevo", "nueva", "alto", "alta", "antiguo",
                     "antigua"}),
    "it": frozenset({"primo", "prima", "ex", "nuovo", "nuova"}),
    "pt": frozenset({"primeiro", "primeira", "ex", "novo", "nova", "antigo", "antiga"}),
}  # fmt: skip

#: Adjectives that follow a role noun and belong to it (``directrice générale``,
#: ``amministratore delegato``, ``secretario general``, ``diretor-geral``), and
#: phrases of several words (``par intérim``, ``en funciones``).
ROLE_ADJECTIVES_AFTER: dict[str, frozenset[str]] = {
    "de": frozenset(),
    "fr": frozenset({"général", "générale", "adjoint", "adjointe", "délégué", "déléguée",
                     "par intérim"}),
    "es": frozenset({"general", "adjunto", "adjunta", "delegado", "delegada", "interino",
                     "interina", "en funciones",
                     # vicepresidenta primera, vicepresidente segundo
                     "primero", "primera", "segundo", "segunda", "tercero", "tercera",
                     "cuarto", "cuarta"}),
    "it": frozenset({"generale", "delegato", "delegata", "aggiunto", "aggiunta"}),
    "pt": frozenset({"geral", "adjunto", "adjunta", "interino", "interina"}),
}  # fmt: skip

#: Lower-case nouns of bodies that speak (``le gouvernement``, ``la policía``;
#: in German every noun is capitalised and any one may head a speaker).
ORGANISATION_NOUNS: dict[str, frozenset[str]] = {
    "de": frozenset(),
    "fr": frozenset(
        {"gouvernement", "cabinet", "ministère", "police", "parquet", "préfecture", "mairie",
         "entreprise", "groupe", "syndicat", "parti", "commission", "tribunal", "armée",
         "gendarmerie", "présidence", "direction", "association", "ong", "société",
         "opposition", "source", "proche", "entourage", "majorité", "intersyndicale", "communiqué", "jugement", "arrêt", "rapport",
         "défense", "accusation", "fédération", "confédération", "fondation", "agence",
         "collectif", "club"}
    ),
    "es": frozenset(
        {"entidad", "gobierno", "ministerio", "policía", "fiscalía", "ayuntamiento", "empresa",
         "partido", "sindicato", "tribunal", "comisión", "ejecutivo", "ejército",
         "presidencia", "dirección", "asociación", "ong", "compañía", "guardia",
         "oposición", "fuente", "fuentes", "portavoces", "entorno", "sentencia", "comunicado", "informe", "nota",
         "defensa", "acusación", "patronal", "federación", "confederación", "fundación",
         "agencia", "plataforma", "coordinadora", "gremio", "club", "colectivo"}
    ),
    "it": frozenset(
        {"governo", "ministero", "polizia", "procura", "comune", "azienda", "società",
         "gruppo", "sindacato", "partito", "commissione", "tribunale", "esercito",
         "carabinieri", "presidenza", "opposizione", "fonti", "fonte", "regione", "questura", "sentenza", "comunicato", "nota", "rapporto",
         "difesa", "accusa", "associazione", "federazione", "confederazione", "fondazione",
         "agenzia", "prefettura", "club", "collettivo"}
    ),
    "pt": frozenset(
        {"governo", "ministério", "polícia", "empresa", "grupo", "sindicato", "partido",
         "comissão", "tribunal", "exército", "presidência", "oposição", "fonte", "fontes",
         "prefeitura", "nota", "comunicado", "relatório", "sentença", "defesa", "acusação",
         "procuradoria", "associação", "federação", "confederação", "fundação", "agência",
         "autarquia", "clube", "coletivo", "entidade"}
    ),
}  # fmt: skip

#: Where a listener goes after a cue, before an inverted subject (``a déclaré
#: à l'AFP Jean Dupont``, ``dijo a la prensa el ministro``): skipped.
LISTENER_PREPOSITIONS: dict[str, frozenset[str]] = {
    "de": frozenset(),
    "fr": frozenset({"à", "au", "aux"}),
    "es": frozenset({"a", "al"}),
    "it": frozenset({"a", "al", "alla", "ai"}),
    "pt": frozenset({"a", "à", "ao", "aos", "às"}),
}

#: Articles and prepositions before a listener named by a quoted title
#: (``sagte dem „Spiegel“``, ``a déclaré au « Monde »``, ``dijo al «País»``).
LISTENER_ARTICLES: dict[str, frozenset[str]] = {
    "de": frozenset({"dem"}),
    "fr": frozenset({"au", "à"}),
    "es": frozenset({"al", "a"}),
    "it": frozenset({"al", "a"}),
    "pt": frozenset({"ao", "à"}),
}

#: Prepositions of a short phrase of place or occasion between a cue and its
#: inverted subject (``a affirmé à la barre le prévenu``, ``declaró ante el juez
#: el exconsejero``, ``ha spiegato durante la conferenza il sindaco``).
CIRCUMSTANCE_PREPOSITIONS: dict[str, frozenset[str]] = {
    "de": frozenset({"vor", "in", "im", "auf", "bei", "beim"}),
    "fr": frozenset({"à", "devant", "lors", "en", "dans", "sur"}),
    "es": frozenset({"ante", "en", "durante", "desde", "a", "al"}),
    "it": frozenset({"davanti", "durante", "in", "a", "nel", "nella", "al", "alla"}),
    "pt": frozenset({"diante", "perante", "durante", "em", "na", "no", "a", "ao", "à"}),
}

#: Lower-case nouns and adjectives that may stand between a role's ``of`` and
#: the capitalised name of the body it holds the role in (``el líder del
#: opositor Comunidad Ciudadana``, ``la portavoz del partido Sumar``, ``il
#: segretario del sindacato Filt``): the name is the body's, not the person's.
BODY_NOUNS: frozenset[str] = frozenset(
    {"partido", "partito", "parti", "partij", "opositor", "opositora", "oficialista",
     "governista", "sindicato", "sindacato", "syndicat", "movimiento", "movimento",
     "mouvement", "grupo", "gruppo", "groupe", "colectivo", "coletivo", "collectif",
     "bloque", "blocco", "bloc", "frente", "fronte", "front", "coalición", "coalizione",
     "coalition", "coligação", "instituto", "istituto", "institut", "club", "clube",
     "fundación", "fondazione", "fondation", "fundação", "conservador", "conservadora",
     "liberal", "socialista", "ecologista", "ecologiste", "nacionalista", "separatista",
     "ultraderechista", "izquierdista", "derechista", "centrista", "gobernante",
     "governativo", "diario", "periódico", "jornal", "journal", "quotidiano"}
)  # fmt: skip

#: Lower-case nouns that open a listener named after them, after a cue and its
#: preposition (``dijo a la agencia EFE``, ``disse à agência Lusa``, ``a déclaré à
#: l'agence Reuters``, ``ha detto all'agenzia Dire``): the noun and the name are
#: whom the words were said to, not the cue's inverted subject.
LISTENER_HEADS: frozenset[str] = frozenset(
    {"agencia", "agência", "agenzia", "agence", "diario", "periódico", "jornal", "journal",
     "quotidien", "quotidiano", "giornale", "radio", "rádio", "emisora", "cadena", "televisión",
     "televisão", "télévision", "chaîne", "canal", "canale", "emittente", "revista",
     "revue", "magazine", "settimanale", "semanario", "hebdomadaire", "portal", "rede",
     "tv", "tele", "emissora", "programa", "programme", "programma", "persbureau",
     "krant", "dagblad", "omroep", "zender", "weekblad", "nieuwssite", "nieuwsdienst"}
)  # fmt: skip

#: German nouns that name a listener after a cue, not its subject (``sagte
#: der Zeitung``).
LISTENER_NOUNS: frozenset[str] = frozenset(
    {"zeitung", "nachrichtenagentur", "agentur", "presse", "journalisten", "reportern",
     "sender", "deutschen", "bild", "welt"}
)  # fmt: skip

#: Adverbs and time words that may stand between a subject and its cue, or
#: between a cue and its inverted subject (``Scholz hat am Montag gesagt``,
#: ``Dupont a également déclaré``, ``Sánchez también dijo``).
SKIPPABLE: dict[str, frozenset[str]] = {
    "de": frozenset(
        {"auch", "zudem", "außerdem", "dazu", "bereits", "nun", "jetzt", "dann", "noch",
         "erneut", "später", "heute", "gestern", "wiederum", "ebenfalls", "weiter", "am",
         "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag",
         "abend", "morgen", "nachmittag", "vormittag", "zuvor", "damals", "einmal",
         "mal", "aber", "jedoch", "also", "sich", "selbst", "selber",
         # adverbs of contrast after a subject (Die Bundesbank dagegen warnte)
         "dagegen", "hingegen", "allerdings", "indes", "seinerseits", "ihrerseits"}
    ),
    "fr": frozenset(
        {"aussi", "également", "ensuite", "encore", "alors", "déjà", "lui-même",
         "elle-même", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi",
         "dimanche", "hier", "aujourd'hui", "pourtant", "toutefois", "cependant", "enfin",
         "notamment", "récemment", "plus", "tard", "par", "ailleurs", "d'ailleurs", "soir",
         "matin", "midi"}
    ),
    "es": frozenset(
        {"también", "además", "hoy", "ayer", "luego", "después", "ya", "incluso",
         "asimismo", "lunes", "martes", "miércoles", "jueves",
         "viernes", "sábado", "domingo", "sin", "embargo", "recientemente", "entonces",
         "mañana", "tarde", "noche", "este", "esta"}
    ),
    "it": frozenset(
        {"anche", "poi", "inoltre", "già", "ancora", "ieri", "oggi", "lunedì", "martedì",
         "mercoledì", "giovedì", "venerdì", "sabato", "domenica", "stamattina", "stasera",
         "infine", "invece", "però", "sera", "mattina", "questa", "questo"}
    ),
    "pt": frozenset(
        {"também", "ainda", "hoje", "ontem", "depois", "já", "segunda-feira",
         "terça-feira", "quarta-feira", "quinta-feira", "sexta-feira", "sábado", "domingo",
         "nesta", "neste", "manhã", "tarde", "noite"}
    ),
}  # fmt: skip

#: Asides of several words between a cue and its subject (``juge pour sa
#: part l'économiste``, ``dijo por su parte el ministro``).
ASIDES: dict[str, frozenset[str]] = {
    "de": frozenset({"ihrerseits", "seinerseits"}),
    "fr": frozenset({"pour sa part", "pour son part", "de son côté", "quant à lui",
                     "quant à elle", "à son tour", "lui aussi", "elle aussi", "au contraire",
                     "en revanche"}),
    "es": frozenset({"por su parte", "a su vez", "por otro lado", "por otra parte",
                     "en cambio", "por el contrario"}),
    "it": frozenset({"da parte sua", "a sua volta", "dal canto suo", "per parte sua",
                     "al contrario"}),
    "pt": frozenset({"por sua vez", "por seu lado", "por sua parte", "no entanto"}),
}  # fmt: skip

#: Relative pronouns that open a clause set off by commas after a subject
#: (``Scholz, der in Berlin war, sagte``, ``Sánchez, que habló, dijo``).
RELATIVES: dict[str, frozenset[str]] = {
    "de": frozenset({"der", "die", "das", "welcher", "welche", "welches"}),
    "fr": frozenset({"qui", "dont", "que"}),
    "es": frozenset({"que", "quien", "quienes"}),
    "it": frozenset({"che", "cui"}),
    "pt": frozenset({"que", "quem"}),
}

#: Words for a street or a square, lower case before its name (``via Garibaldi``,
#: ``calle Mayor``, ``rue Victor Hugo``): the name after one is a place's, part
#: of a role's complement (``i commercianti di via Garibaldi``), no speaker's.
STREET_NOUNS: frozenset[str] = frozenset(
    {"via", "viale", "piazza", "piazzale", "corso", "vicolo", "largo", "calle", "avenida",
     "plaza", "paseo", "rue", "avenue", "boulevard", "place", "quai", "impasse", "rua",
     "praça", "travessa", "alameda"}
)  # fmt: skip

#: Words that open the clause of what was said (``dijo que``, ``sagte, dass``,
#: ``zei dat``, ``sa att``): a noun after one and its article is the clause's
#: subject (``dijeron que el plan "quita ..."``), no title of a plan.
REPORTED_THAT: frozenset[str] = frozenset({"que", "che", "dass", "dat", "att", "at"})

#: Words after which a subject may open a clause (besides punctuation).
CLAUSE_OPENERS: dict[str, frozenset[str]] = {
    "de": frozenset({"und", "aber", "doch", "denn", "sondern", "wie", "als", "während"}),
    "fr": frozenset({"et", "mais", "car", "comme", "puis", "lorsque", "quand", "où"}),
    "es": frozenset({"y", "e", "pero", "como", "mientras", "cuando", "donde"}),
    "it": frozenset({"e", "ma", "come", "mentre", "quando", "dove"}),
    # (Já a economista Sofia Raposo alerta: a contrast that opens the sentence)
    "pt": frozenset({"e", "mas", "como", "enquanto", "quando", "onde", "já"}),
}

#: Capitalised words that open a sentence without being a name.
FUNCTION_WORDS: dict[str, frozenset[str]] = {
    "de": frozenset(
        {"der", "die", "das", "ein", "eine", "er", "sie", "es", "wir", "ich", "ihr", "man",
         "und", "aber", "doch", "denn", "wie", "als", "am", "im", "in", "an", "auf", "mit",
         "nach", "vor", "bei", "für", "von", "zu", "dies", "diese", "dieser", "dieses",
         "so", "laut", "auch", "dazu", "zudem", "nun", "jetzt", "heute", "gestern",
         "dann", "da", "hier", "dort", "wenn", "weil", "dass", "ob", "nicht", "kein",
         "keine", "herr", "frau", "ihm", "ihn", "ihnen", "uns", "mich", "dich", "sich",
         # pronominal adverbs (Darauf steht: „...“): where, never who
         "darauf", "darin", "daran", "darunter", "darüber", "dabei", "damit", "danach",
         "davor", "dahinter", "daneben", "darum", "dafür", "dagegen", "daraus", "davon",
         # prepositions of time and place (Seit Wochen ist sie ...): never a name
         "seit", "bis", "gegen", "um", "über", "unter", "zum", "zur", "vom", "beim", "aus",
         "durch", "ohne", "trotz", "wegen", "nachdem", "bevor", "seitdem"}
    ),
    "fr": frozenset(
        {"lors", "pendant", "durant", "depuis", "le", "la", "les", "un", "une", "il", "elle", "ils", "elles", "on", "nous", "je",
         "vous", "et", "mais", "comme", "selon", "pour", "dans", "en", "à", "au", "aux",
         "de", "du", "des", "ce", "cette", "ces", "ceci", "cela", "si", "quand", "lorsque",
         "puis", "alors", "ainsi", "aussi", "par", "sur", "avec", "sans", "chez", "après",
         "avant", "lui", "leur", "son", "sa", "ses", "ne", "pas", "c'est", "d'après"}
    ),
    "es": frozenset(
        {"durante", "el", "la", "los", "las", "un", "una", "él", "ella", "ellos", "ellas", "nosotros",
         "yo", "usted", "y", "pero", "como", "según", "para", "en", "a", "al", "de",
         "del", "este", "esta", "estos", "estas", "eso", "esto", "si", "cuando", "así",
         "también", "por", "con", "sin", "sobre", "tras", "ante", "su", "sus", "no",
         "lo", "le", "les", "se", "que", "ya", "hoy", "ayer"}
    ),
    "it": frozenset(
        {"durante", "dopo", "il", "lo", "la", "i", "gli", "le", "un", "una", "lui", "lei", "noi", "io", "e",
         "ma", "come", "secondo", "per", "in", "a", "di", "da", "con", "su", "tra", "fra",
         "questo", "questa", "che", "non", "se", "anche", "del", "della", "al", "alla",
         "nel", "nella", "sul", "dal", "ha", "è"}
    ),
    "pt": frozenset(
        {"durante", "após", "o", "a", "os", "as", "um", "uma", "ele", "ela", "eles", "elas", "nós", "eu", "e",
         "mas", "como", "segundo", "para", "em", "de", "do", "da", "no", "na", "com", "por",
         "pelo", "pela", "sem", "sobre", "este", "esta", "isso", "isto", "se", "que", "não",
         "já", "hoje", "ontem", "ao", "à"}
    ),
}  # fmt: skip

#: Words elided before an apostrophe, by what they are: an article opens a
#: speaker phrase (``l'Élysée``), a connector joins a role to what it is the
#: role of (``ministre d'État``, ``ministro dell'Interno``).
ELISIONS: dict[str, dict[str, str]] = {
    "de": {},
    "fr": {"l": "article", "d": "connector", "qu": "other", "j": "other", "n": "other",
           "s": "other", "c": "other"},
    "es": {},
    "it": {"l": "article", "un": "article", "d": "connector", "dell": "connector",
           "all": "connector", "nell": "other", "sull": "other", "dall": "other"},
    "pt": {},
}  # fmt: skip

#: Languages that drop a subject pronoun (``«...», dijo.``): the cue's subject
#: is the last speaker's.
PRO_DROP: frozenset[str] = frozenset({"es", "it", "pt"})

#: Words after a cue with no subject that show the subject was dropped, not
#: put later (``dijo en una entrevista``).
AFTER_DROPPED_SUBJECT: dict[str, frozenset[str]] = {
    "de": frozenset(),
    "fr": frozenset(),
    "es": frozenset({"en", "tras", "durante", "que", "ante", "entre", "con", "sin", "desde"}),
    "it": frozenset({"in", "durante", "dopo", "che", "davanti", "tra", "fra", "con", "senza"}),
    "pt": frozenset({"em", "durante", "após", "que", "no", "na", "entre", "com", "sem"}),
}
#: (and prepositions with the article in them: spiega nel suo ufficio)
AFTER_DROPPED_SUBJECT["it"] |= frozenset(
    {"nel", "nella", "nei", "nelle", "nello", "sul", "sulla", "dal", "dalla"}
)

#: Lower-case words inside a name (``Ursula von der Leyen``, ``Luis de Guindos``).
NAME_PARTICLES: frozenset[str] = frozenset(
    {"von", "van", "der", "den", "zu", "de", "del", "la", "le", "di", "da", "do", "dos",
     "das", "y", "du", "ter", "ten"}
)  # fmt: skip

#: The particles above that are also words of the language itself (Portuguese
#: ``de``, ``da``, ``dos``): the others open a surname in its copy (``De la
#: Fuente``, ``Van der Berg``).
#: (Read in Portuguese only so far: elsewhere every particle counts as the
#: language's own.)
OWN_PARTICLES: dict[str, frozenset[str]] = dict.fromkeys(
    ("de", "fr", "es", "it", "nl", "sv", "nb", "da"), NAME_PARTICLES
)
OWN_PARTICLES["pt"] = frozenset({"de", "da", "do", "dos", "das"})

#: Words right before a quoted term that make it a term, not speech
#: (``die sogenannte „Brandmauer“``, ``le « pacte » dit``, ``el llamado «plan»``),
#: and nouns of a titled work (``der Film „...“``, ``le journal « ... »``).
TERM_MARKERS: dict[str, frozenset[str]] = {
    "de": frozenset(
        {"sogenannte", "sogenannten", "sogenannter", "sogenanntes", "sog.", "genannt",
         "genannte", "genannten", "titel", "film", "buch", "zeitung", "sendung",
         "magazin", "motto", "schlagwort", "begriff", "wort", "stichwort", "serie", "lied",
         "album", "roman", "stück", "programm", "slogan"}
    ),
    "fr": frozenset(
        {"dit", "dite", "dits", "dites", "appelé", "appelée", "appelés", "appelées",
         "baptisé", "baptisée", "surnommé", "surnommée", "intitulé", "intitulée", "film",
         "livre", "journal", "émission", "magazine", "série", "chanson", "album", "roman",
         "titre", "slogan", "mot", "terme", "formule", "devise", "opération", "plan",
         "programme"}
    ),
    "es": frozenset(
        {"llamado", "llamada", "llamados", "llamadas", "denominado", "denominada",
         "apodado", "apodada", "conocido", "conocida", "titulado", "titulada", "película",
         "libro", "diario", "periódico", "programa", "serie", "canción", "álbum",
         "novela", "lema", "término", "palabra", "operación", "plan", "como"}
    ),
    "it": frozenset(
        {"cosiddetto", "cosiddetta", "cosiddetti", "cosiddette", "chiamato", "chiamata",
         "soprannominato", "intitolato", "intitolata", "film", "libro", "giornale",
         "quotidiano", "programma", "serie", "canzone", "album", "romanzo", "slogan",
         "termine", "parola", "piano", "operazione"}
    ),
    "pt": frozenset(
        {"chamado", "chamada", "chamados", "chamadas", "denominado", "denominada",
         "apelidado", "apelidada", "intitulado", "intitulada", "filme", "livro", "jornal",
         "programa", "série", "canção", "álbum", "romance", "lema", "termo", "palavra",
         "plano", "operação"}
    ),
}  # fmt: skip

#: Common first names of German, French and Spanish speakers, by the sex
#: that bears them almost only (names given to both are left out).
MALE_FIRST_NAMES: frozenset[str] = frozenset(
    {"olaf", "friedrich", "markus", "christian", "robert", "karl", "lars", "boris",
     "hubertus", "wolfgang", "frank-walter", "hans", "jürgen", "peter", "thomas", "stefan",
     "michael", "andreas", "matthias", "martin", "jens", "horst", "günter", "gerhard",
     "helmut", "heiko", "sigmar", "volker", "cem", "hendrik", "björn", "dietmar", "uwe",
     "klaus", "emmanuel", "jean", "jean-luc", "jean-marie", "jean-noël", "françois",
     "gérald", "bruno", "édouard", "gabriel", "nicolas", "jacques", "pierre", "philippe",
     "michel", "éric", "olivier", "laurent", "sébastien", "jean-pierre",
     "jean-michel", "gérard", "alain", "bernard", "pedro", "alberto", "santiago", "pablo",
     "carlos", "josé", "juan", "luis", "miguel", "antonio", "manuel", "francisco",
     "javier", "fernando", "jorge", "mariano", "felipe", "andrés", "alejandro",
     "sergio", "óscar", "félix", "íñigo", "gustavo", "nicolás", "ignacio"}
)  # fmt: skip
FEMALE_FIRST_NAMES: frozenset[str] = frozenset(
    {"angela", "annalena", "ursula", "nancy", "svenja", "christine", "saskia", "ricarda",
     "sahra", "alice", "katarina", "lisa", "julia", "anna", "claudia", "petra", "sabine",
     "andrea", "franziska", "manuela", "marine", "élisabeth", "elisabeth", "anne",
     "ségolène", "rachida", "valérie", "nathalie", "marie", "sophie", "catherine",
     "isabelle", "maud", "agnès", "aurore", "brigitte", "amélie", "claire", "yaël",
     "sylvie", "mathilde", "isabel", "yolanda", "teresa", "carmen", "irene", "pilar",
     "maría", "ana", "cristina", "margarita", "nadia", "begoña", "dolores", "lucía",
     "elena", "marta", "laura", "susana", "inés", "montserrat", "ada", "johanna",
     "giorgia", "elly", "giovanna", "francesca", "chiara", "viola"}
)  # fmt: skip

#: Nationality nouns (``der Engländer``, ``le Français``, ``el polaco``,
#: ``l'italiano``, ``o brasileiro``) and the stems of the words that state that
#: nationality where a person is introduced (``der englische Trainer Tom Kent``,
#: ``L'entraîneur français Jean Dupont``): such a noun in a later paragraph is the
#: one person introduced with one of its stems, or no one.  German nouns that end
#: other words (``Pole``: ``Metropole``; ``Ire``: ``Satire``; ``Deutsche``: ``die
#: Deutsche Bahn``) are left out.
NATIONALITIES: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = (
    (("engländer", "engländerin", "anglais", "anglaise", "inglés", "inglesa", "inglese",
      "inglês"), ("engl", "angl", "ingl")),
    (("brite", "britin", "britannique", "británico", "británica", "britannico",
      "britannica", "britânico", "britânica"), ("brit",)),
    (("schotte", "schottin", "écossais", "écossaise", "escocés", "escocesa", "scozzese",
      "escocês"), ("schott", "écoss", "escoc", "scozz")),
    (("franzose", "französin", "français", "française", "francés", "francesa", "francese",
      "francês"), ("franz", "fran")),
    (("allemand", "allemande", "alemán", "alemana", "tedesco", "tedesca", "alemão",
      "alemã"), ("deutsch", "allem", "alem", "tedesc")),
    (("spanier", "spanierin", "espagnol", "espagnole", "español", "española", "spagnolo",
      "spagnola", "espanhol", "espanhola"), ("span", "espa", "spagn")),
    (("italiener", "italienerin", "italien", "italienne", "italiano", "italiana"),
     ("ital",)),
    (("portugiese", "portugiesin", "portugais", "portugaise", "portugués", "portuguesa",
      "portoghese", "português"), ("portug", "portog")),
    (("polonais", "polonaise", "polaco", "polaca", "polacco", "polacca"),
     ("poln", "polen", "polon", "polac")),
    (("niederländer", "niederländerin", "holländer", "holländerin", "néerlandais",
      "néerlandaise", "hollandais", "holandés", "holandesa", "neerlandés", "olandese",
      "holandês"), ("niederl", "holl", "néerl", "holand", "neerl", "oland")),
    (("schweizer", "schweizerin", "suisse", "suizo", "svizzero", "svizzera",
      "suíço", "suíça"), ("schweiz", "suiss", "suiz", "svizz", "suíç")),
    (("österreicher", "österreicherin", "autrichien", "autrichienne", "austriaco",
      "austriaca", "austríaco", "austríaca"), ("österr", "autrich", "austr")),
    (("belgier", "belgierin", "belge", "belga"), ("belg",)),
    (("russe", "russin", "ruso", "rusa", "russo", "russa"), ("russ", "rus")),
    (("ukrainer", "ukrainerin", "ukrainien", "ukrainienne", "ucraniano", "ucraniana",
      "ucraino"), ("ukrain", "ucran", "ucrain")),
    (("amerikaner", "amerikanerin", "américain", "américaine", "estadounidense",
      "americano", "americana"), ("amerik", "améric", "americ", "estadoun")),
    (("brasilianer", "brasilianerin", "brésilien", "brésilienne", "brasileño",
      "brasileña", "brasiliano", "brasiliana", "brasileiro", "brasileira"),
     ("brasil", "brésil")),
    (("argentinier", "argentinierin", "argentin", "argentine", "argentino"),
     ("argentin",)),
    (("mexikaner", "mexikanerin", "mexicain", "mexicaine", "mexicano", "mexicana",
      "messicano", "messicana"), ("mexi", "messic")),
    (("schwede", "schwedin", "suédois", "suédoise", "sueco", "sueca", "svedese"),
     ("schwed", "suéd", "suec", "sved")),
    (("däne", "dänin", "danois", "danoise", "danés", "danesa", "danese", "dinamarquês",
      "dinamarquesa"), ("dän", "danois", "danés", "danes", "dinamarq")),
    (("norweger", "norwegerin", "norvégien", "norvégienne", "noruego", "noruega",
      "norvegese", "norueguês"), ("norw", "norv", "norue")),
    (("ungar", "ungarin", "hongrois", "hongroise", "húngaro", "húngara", "ungherese"),
     ("ungar", "hongr", "húngar", "ungher")),
)  # fmt: skip

# -- Dutch -------------------------------------------------------------------
# Dutch puts its finite verb second, as German does (``„...”, zei Rutte``,
# ``Rutte zei: „...”``, ``Volgens Rutte ...``, ``„...”, aldus Rutte``), but
# writes its nouns in lower case, as the Romance languages do; its role nouns
# are matched whole, and its compounds by their ends
# (``fractievoorzitter``, ``politiewoordvoerder``).

CUE_VERBS["nl"] = frozenset(
    {"zei", "zeiden", "zegt", "zeggen", "verklaarde", "verklaarden", "verklaart",
     "vertelde", "vertelden", "vertelt", "stelde", "stelt", "stellen", "schreef",
     "schrijft", "benadrukte", "benadrukt", "voegde", "voegt", "reageerde", "reageert",
     "waarschuwde", "waarschuwt", "noemde", "noemt", "antwoordde", "antwoordt", "vroeg",
     "vraagt", "oordeelde", "oordeelt", "meldde", "meldt", "erkende", "erkent",
     "beloofde", "belooft", "legde", "legt", "liet", "laat", "twitterde", "tweette",
     "concludeerde", "concludeert", "onderstreepte", "onderstreept", "riep", "roept",
     "vindt", "vond", "vinden", "meent", "meende", "denkt", "dacht", "beaamde", "beaamt",
     "bevestigde", "bevestigt", "kondigde", "klaagde", "klaagt", "verzuchtte", "verzucht",
     "lacht", "lachte", "sprak", "spreekt", "bezwoer", "bezweert", "herhaalde",
     "herhaalt", "pleitte", "pleit", "betoogde", "betoogt", "opperde", "oppert",
     "verduidelijkte", "preciseerde", "wees", "verwachtte", "verwacht"}
)  # fmt: skip
CHAIN_PARTICIPLES["nl"] = frozenset()
CHAIN_LINKS["nl"] = frozenset()
SPEECH_INFINITIVES["nl"] = frozenset()
AUXILIARIES["nl"] = frozenset({"heeft", "had", "hebben", "hadden"})
PLURAL_CUES["nl"] = frozenset(
    {"zeiden", "zeggen", "verklaarden", "vertelden", "stellen", "vinden", "hebben", "hadden"}
)
PARTICIPLES["nl"] = frozenset(
    {"gezegd", "verklaard", "verteld", "gesteld", "geschreven", "benadrukt", "gereageerd",
     "gewaarschuwd", "genoemd", "geantwoord", "gemeld", "erkend", "beloofd", "toegevoegd",
     "uitgelegd", "bevestigd", "aangekondigd", "getwitterd", "gevraagd", "onderstreept",
     "geconcludeerd", "betoogd", "gepleit"}
)  # fmt: skip
# (``aldus`` only after a quote, as German ``so``: ``„...”, aldus Hendriks``)
SOURCE_PREPOSITIONS["nl"] = frozenset({"volgens", "aldus"})

#: Object pronouns a source preposition takes (``volgens haar``, ``laut ihm``),
#: with their gender: the speaker they stand for.
SOURCE_PRONOUNS: dict[str, dict[str, str]] = {
    "nl": {"haar": "female", "hem": "male"},
    "de": {"ihr": "female", "ihm": "male"},
    # (selon elle, según ella, secondo lei, segundo ela: subject pronouns, read so)
    "fr": {}, "es": {}, "it": {}, "pt": {}, "sv": {}, "nb": {}, "da": {},
}  # fmt: skip
IMPERSONAL_CUES["nl"] = {"klinkt": "het", "klonk": "het", "heet": "het", "luidt": "het"}
IMPERSONAL_SOURCES["nl"] = frozenset({"bij", "uit", "van", "vanuit", "in"})
OBLIQUE_ARTICLES["nl"] = frozenset({"de", "het", "een"})
SOURCE_PHRASES["nl"] = {}
OPINION_PREPOSITIONS["nl"] = frozenset()
RESUMPTIVES["nl"] = frozenset({"dat", "dit"})
PRONOUNS["nl"] = {"hij": "male", "zij": "female", "ze": "female"}
HONORIFICS["nl"] = {"de heer": "male", "mevrouw": "female", "mevr.": "female",
                    "dhr.": "male", "dr.": "", "prof.": "", "mr.": "", "ir.": "", "drs.": ""}  # fmt: skip
ABBREVIATIONS["nl"] = frozenset({"dr", "prof", "mr", "ir", "drs", "dhr", "mevr", "st", "nr", "ca"})
DETERMINERS["nl"] = {"de": "", "het": "", "een": "", "zijn": "", "haar": "female", "hun": ""}
CONNECTORS["nl"] = frozenset({"van", "voor"})
ROLE_COORDINATORS["nl"] = frozenset({"en"})
ROLE_WORDS["nl"] = frozenset(
    {"dirigent", "chef-dirigent", "concertmeester", "minister", "premier", "burgemeester", "wethouder", "schepen", "woordvoerder",
     "woordvoerster", "voorzitter", "voorzitster", "directeur", "directrice", "president",
     "presidente", "staatssecretaris", "kamerlid", "europarlementariër", "gedeputeerde",
     "raadslid", "gemeenteraadslid", "statenlid", "lid",
     "commissaris", "gouverneur", "ambassadeur", "advocaat", "advocate", "officier",
     "rechter", "aanklager", "hoogleraar", "professor", "onderzoeker", "onderzoekster",
     "wetenschapper", "deskundige", "expert", "econoom", "analist", "topman", "topvrouw",
     "bestuurder", "leider", "lijsttrekker", "fractievoorzitter", "partijleider",
     "trainer", "coach", "aanvoerder", "spits", "doelman", "keeper", "middenvelder",
     "verdediger", "speler", "speelster", "bondscoach", "zanger", "zangeres", "schrijver",
     "schrijfster", "auteur", "regisseur", "acteur", "actrice", "kunstenaar", "journalist",
     "koning", "koningin", "paus", "bisschop", "kardinaal", "generaal", "kolonel",
     "commandant", "diplomaat", "kandidaat", "activist", "vakbondsman", "vakbondsvrouw",
     "secretaris", "ceo", "oprichter", "oprichtster", "producer", "ondernemer", "arts",
     "huisarts", "verpleegkundige", "agent", "agente", "inspecteur", "burger",
     "bewoner", "bewoonster", "buurtbewoner", "omwonende", "forens", "reiziger",
     "passagier", "boer", "melkveehouder", "ooggetuige", "getuige", "slachtoffer",
     "student", "studente", "leraar", "lerares", "docent", "docente", "winkelier", "eigenaar", "eigenaresse", "klant", "patiënt", "patiënte", "moeder",
     "vader", "dochter", "zoon", "echtgenote", "echtgenoot", "weduwe", "zus", "broer",
     "onderzoeksleider", "projectleider", "teamleider", "chef", "baas", "manager",
     # people unnamed by what they are or do (een ambtenaar, een supporter)
     "ambtenaar", "medewerker", "medewerkster", "supporter", "inwoner", "inwoonster",
     "bezoeker", "bezoekster", "ingewijde", "bestuurslid", "politicus"}
)  # fmt: skip
ROLE_ADJECTIVES["nl"] = frozenset({"oud", "voormalig", "voormalige", "nieuwe", "demissionair"})
ROLE_ADJECTIVES_AFTER["nl"] = frozenset()
ORGANISATION_NOUNS["nl"] = frozenset(
    {"kabinet", "regering", "ministerie", "politie", "brandweer", "gemeente", "provincie",
     "rechtbank", "hof", "bedrijf", "vakbond", "partij", "commissie", "leger", "defensie",
     "oppositie", "bron", "bronnen", "stad", "stadsbestuur", "club", "bond", "organisatie",
     "verklaring", "rapport", "vonnis", "justitie", "om", "verdediging", "raad"}
)  # fmt: skip
LISTENER_PREPOSITIONS["nl"] = frozenset({"tegen", "tegenover", "aan"})
LISTENER_ARTICLES["nl"] = frozenset({"tegen", "aan"})
CIRCUMSTANCE_PREPOSITIONS["nl"] = frozenset({"in", "op", "bij", "tijdens", "na", "voor"})
SKIPPABLE["nl"] = frozenset(
    {"ook", "bovendien", "verder", "daarna", "nu", "al", "nog", "dan", "later", "vandaag",
     "gisteren", "eerder", "opnieuw", "eens", "echter", "wel", "maandag", "dinsdag",
     "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag", "avond", "ochtend",
     "middag", "nacht", "zelf", "toen", "destijds", "maar", "dus", "eraan", "toe"}
)  # fmt: skip
ASIDES["nl"] = frozenset({"op zijn beurt", "op haar beurt", "van zijn kant", "van haar kant"})
RELATIVES["nl"] = frozenset({"die", "dat", "wie"})
CLAUSE_OPENERS["nl"] = frozenset({"en", "maar", "want", "of", "zoals", "toen", "terwijl"})
FUNCTION_WORDS["nl"] = frozenset(
    {"de", "het", "een", "hij", "zij", "ze", "wij", "we", "ik", "jij", "je", "u", "men",
     "en", "maar", "want", "of", "zoals", "als", "toen", "in", "op", "aan", "met", "na",
     "voor", "bij", "van", "naar", "uit", "om", "over", "door", "tegen", "dit", "deze",
     "dat", "die", "volgens", "aldus", "ook", "nu", "vandaag", "gisteren", "dan", "daar",
     "hier", "er", "omdat", "niet", "geen", "zijn", "haar", "hun", "hem",
     "ons", "mij", "zich", "wat", "wie", "waar", "hoe", "waarom", "wanneer", "mevrouw"}
)  # fmt: skip
ELISIONS["nl"] = {}
AFTER_DROPPED_SUBJECT["nl"] = frozenset()
TERM_MARKERS["nl"] = frozenset(
    {"zogenaamde", "zogenoemde", "zogeheten", "genaamd", "getiteld", "titel", "film",
     "boek", "krant", "programma", "serie", "lied", "album", "roman", "motto", "slogan",
     "term", "woord", "begrip", "plan", "operatie", "heet"}
)  # fmt: skip

#: Dutch and Flemish female role nouns (not those that are no woman's in another
#: language: ``presidente``, ``agente``, ``studente``, ``docente``).
FEMALE_ROLES = FEMALE_ROLES | frozenset(
    {"woordvoerster", "voorzitster", "advocate", "onderzoekster", "topvrouw", "speelster",
     "zangeres", "schrijfster", "vakbondsvrouw", "oprichtster", "bewoonster", "lerares",
     "eigenaresse", "patiënte", "moeder", "dochter", "echtgenote", "weduwe", "zus"}
)  # fmt: skip
COUNTERPART_ROLES = COUNTERPART_ROLES | frozenset(
    {"woordvoerder", "woordvoerster", "advocaat", "rechter", "aanklager", "officier",
     "moeder", "vader", "dochter", "zoon", "echtgenote", "echtgenoot", "weduwe", "zus",
     "broer"}
)  # fmt: skip
#: Common Dutch and Flemish first names, by the sex that bears them almost only.
MALE_FIRST_NAMES = MALE_FIRST_NAMES | frozenset(
    {"pieter", "joost", "daan", "henk", "ruud", "gert-jan", "willem", "filip", "ruben",
     "jan", "jeroen", "wopke", "sjoerd", "bas", "maarten", "geert", "frans",
     "hugo", "kees", "dirk", "bram", "sander", "wouter", "koen", "stijn", "thijs",
     "jasper", "joris", "niels", "bert", "johan", "luc", "jef", "wim", "rik", "tom",
     "arjen", "hans", "jaap", "klaas", "gerrit", "teun", "lars"}
)  # fmt: skip
FEMALE_FIRST_NAMES = FEMALE_FIRST_NAMES | frozenset(
    {"marieke", "anouk", "sanne", "katrien", "femke", "gerda", "lotte", "mirjam",
     "sigrid", "kajsa", "ilse", "annemarie", "hanneke", "esther", "marjolein", "sophie",
     "lieke", "fleur", "eva", "anne", "inge", "els", "griet", "hilde", "kristel",
     "liesbeth", "wendy", "caroline", "dilan", "mona", "carola", "saskia"}
)  # fmt: skip

# -- Swedish, Norwegian (Bokmål) and Danish -----------------------------------
# The three put their finite verb second, as Dutch does (``”...”, säger hon``,
# ``– ..., sier statsministeren``, ``»...,« siger Mette Frederiksen``,
# ``Ifølge X ...``), write their nouns in lower case and join them into
# compounds (``finansminister``, ``presstalesperson``), and mark a definite
# noun with an ending (``statsministern``, ``ordføreren``, ``formanden``): a
# role is matched whole, by the end of a compound, or without its ending.
# Their news copy sets direct speech off with a dash that opens the paragraph
# (``– Vi er glade, sier hun.``; see ``dialogue_segments``).

CUE_VERBS["sv"] = frozenset(
    {"säger", "sa", "sade", "berättar", "berättade", "skriver", "skrev", "uppger",
     "uppgav", "konstaterar", "konstaterade", "menar", "menade", "förklarar",
     "förklarade", "tillägger", "tillade", "understryker", "underströk", "framhåller",
     "framhöll", "betonar", "betonade", "påpekar", "påpekade", "svarar", "svarade",
     "frågar", "frågade", "varnar", "varnade", "tycker", "tyckte", "anser", "ansåg",
     "hävdar", "hävdade", "medger", "medgav", "kommenterar", "kommenterade", "fortsätter",
     "fortsatte", "sammanfattar", "suckar", "suckade", "skrattar", "skrattade",
     "utbrister", "utbrast", "meddelar", "meddelade", "kallar", "kallade", "lovar",
     "lovade", "twittrar", "twittrade", "vidgår", "vidgick", "intygar", "intygade",
     "inflikar", "inflikade", "resonerar", "resonerade", "tror", "trodde"}
)  # fmt: skip
CUE_VERBS["nb"] = frozenset(
    {"sier", "sa", "skriver", "skrev", "forteller", "fortalte", "mener", "mente",
     "forklarer", "forklarte", "legger", "la", "understreker", "understreket",
     "påpeker", "påpekte", "svarer", "svarte", "spør", "spurte", "advarer", "advarte",
     "synes", "syntes", "hevder", "hevdet", "innrømmer", "innrømmet", "kommenterer",
     "kommenterte", "fortsetter", "fortsatte", "konstaterer", "konstaterte", "sukker",
     "sukket", "ler", "lo", "kaller", "kalte", "lover", "lovet", "tror", "trodde",
     "uttaler", "uttalte", "opplyser", "opplyste", "bekrefter", "bekreftet",
     "presiserer", "presiserte", "tvitret", "oppsummerer", "oppsummerte"}
)  # fmt: skip
CUE_VERBS["da"] = frozenset(
    {"siger", "sagde", "skriver", "skrev", "fortæller", "fortalte", "mener", "mente",
     "udtaler", "udtalte", "forklarer", "forklarede", "tilføjer", "tilføjede",
     "understreger", "understregede", "påpeger", "påpegede", "svarer", "svarede",
     "spørger", "spurgte", "advarer", "advarede", "synes", "syntes", "hævder",
     "hævdede", "indrømmer", "indrømmede", "kommenterer", "kommenterede", "fortsætter",
     "fortsatte", "konstaterer", "konstaterede", "sukker", "sukkede", "griner",
     "grinede", "kalder", "kaldte", "lover", "lovede", "tror", "troede", "oplyser",
     "oplyste", "bekræfter", "bekræftede", "tweeter", "tweetede", "opsummerer",
     "opsummerede", "erkender", "erkendte", "vurderer", "vurderede"}
)  # fmt: skip
AUXILIARIES.update({"sv": frozenset({"har", "hade"}), "nb": frozenset({"har", "hadde"}),
                    "da": frozenset({"har", "havde"})})  # fmt: skip
# (a Nordic verb takes no number: ``säger de`` is read from its pronoun)
PLURAL_CUES.update({"sv": frozenset(), "nb": frozenset(), "da": frozenset()})
PARTICIPLES["sv"] = frozenset(
    {"sagt", "berättat", "skrivit", "uppgett", "uppgivit", "konstaterat", "förklarat",
     "meddelat", "betonat", "påpekat", "svarat", "understrukit", "framhållit", "tillagt"}
)  # fmt: skip
PARTICIPLES["nb"] = frozenset(
    {"sagt", "fortalt", "skrevet", "uttalt", "forklart", "understreket", "påpekt",
     "svart", "opplyst", "bekreftet", "konstatert"}
)  # fmt: skip
PARTICIPLES["da"] = frozenset(
    {"sagt", "fortalt", "skrevet", "udtalt", "forklaret", "understreget", "påpeget",
     "svaret", "oplyst", "bekræftet", "konstateret", "tilføjet"}
)  # fmt: skip
SOURCE_PREPOSITIONS.update(
    {"sv": frozenset({"enligt"}), "nb": frozenset({"ifølge"}), "da": frozenset({"ifølge"})}
)
IMPERSONAL_CUES.update({"sv": {}, "nb": {}, "da": {}})
IMPERSONAL_SOURCES.update({"sv": frozenset(), "nb": frozenset(), "da": frozenset()})
OBLIQUE_ARTICLES.update(
    {"sv": frozenset({"en", "ett"}), "nb": frozenset({"en", "ei", "et"}),
     "da": frozenset({"en", "et"})}
)  # fmt: skip
SOURCE_PHRASES.update({"sv": {}, "nb": {}, "da": {}})
OPINION_PREPOSITIONS.update({"sv": frozenset(), "nb": frozenset(), "da": frozenset()})
# (``– ... Det siger Jesper Holm.``: the next sentence opens with ``det``)
RESUMPTIVES.update({"sv": frozenset({"det"}), "nb": frozenset({"det"}), "da": frozenset({"det"})})
PRONOUNS.update(
    {"sv": {"han": "male", "hon": "female", "de": "plural"},
     "nb": {"han": "male", "hun": "female", "de": "plural"},
     "da": {"han": "male", "hun": "female", "de": "plural"}}
)  # fmt: skip
HONORIFICS.update({code: {"dr.": "", "prof.": ""} for code in ("sv", "nb", "da")})
ABBREVIATIONS.update(
    {"sv": frozenset({"dr", "prof", "bl", "ca", "nr", "st", "kl", "t", "ex", "resp"}),
     "nb": frozenset({"dr", "prof", "bl", "ca", "nr", "st", "kl", "ev", "jf", "mht"}),
     "da": frozenset({"dr", "prof", "bl", "ca", "nr", "st", "kl", "jf", "mht"})}
)  # fmt: skip
DETERMINERS.update(
    {"sv": {"en": "", "ett": "", "den": "", "hans": "", "hennes": "", "deras": ""},
     "nb": {"en": "", "ei": "female", "et": "", "den": "", "hans": "", "hennes": "",
            "deres": ""},
     "da": {"en": "", "et": "", "den": "", "hans": "", "hendes": "", "deres": ""}}
)  # fmt: skip
# (``presstalesperson vid polisen``, ``overlege ved sykehuset``: where a role is held)
CONNECTORS.update(
    {"sv": frozenset({"för", "vid", "hos"}), "nb": frozenset({"for", "ved", "hos"}),
     "da": frozenset({"for", "ved", "hos"})}
)  # fmt: skip
ROLE_COORDINATORS.update(
    {"sv": frozenset({"och"}), "nb": frozenset({"og"}), "da": frozenset({"og"})}
)
ROLE_WORDS["sv"] = frozenset(
    {"statsminister", "minister", "statsråd", "talesperson", "talesman", "taleskvinna",
     "presstalesperson", "presstalesman", "pressekreterare", "presschef",
     "informationschef", "kommunikationschef", "ordförande", "partiledare", "ledare",
     "partisekreterare", "gruppledare", "kommunalråd", "borgarråd", "landshövding",
     "talman", "riksdagsledamot", "ledamot", "ambassadör", "vd", "chef", "direktör",
     "generaldirektör", "rikspolischef", "polischef", "polisinspektör", "kommissarie",
     "åklagare", "chefsåklagare", "kammaråklagare", "advokat", "försvarsadvokat",
     "domare", "professor", "forskare", "docent", "expert", "ekonom", "chefsekonom",
     "analytiker", "tränare", "förbundskapten", "lagkapten", "kapten", "spelare",
     "målvakt", "anfallare", "mittfältare", "biskop", "ärkebiskop", "kung", "drottning",
     "prinsessa", "prins", "general", "överbefälhavare", "läkare", "överläkare",
     "sjuksköterska", "granne", "vittne", "invånare", "student", "lärare", "rektor",
     "ägare", "författare", "artist", "sångerska", "sångare", "skådespelare",
     "skådespelerska", "regissör", "mamma", "pappa", "dotter", "son", "hustru", "bonde",
     "räddningsledare", "insatsledare", "befäl", "grundare", "entreprenör", "president",
     "premiärminister", "kansler", "sekreterare", "generalsekreterare", "kandidat",
     "aktivist", "journalist", "redaktör", "chefredaktör",
     # who starts or runs a cause or an event (initiativtagaren Sara Ali)
     "initiativtagare", "arrangör", "organisatör", "företagare"}
)  # fmt: skip
ROLE_WORDS["nb"] = frozenset(
    {"statsminister", "minister", "statsråd", "talsperson", "talsmann", "talskvinne",
     "pressetalsperson", "pressetalsmann", "pressesjef", "informasjonssjef",
     "kommunikasjonssjef", "leder", "partileder", "nestleder", "gruppeleder",
     "ordfører", "varaordfører", "byrådsleder", "fylkesordfører", "statsforvalter",
     "stortingsrepresentant", "representant", "president", "stortingspresident",
     "ambassadør", "sjef", "konsernsjef", "direktør", "administrerende", "daglig",
     "politimester", "politiinspektør", "innsatsleder", "operasjonsleder", "aktor",
     "statsadvokat", "advokat", "forsvarer", "forsvarsadvokat", "dommer", "professor",
     "forsker", "ekspert", "økonom", "sjeføkonom", "analytiker", "trener",
     "landslagssjef", "kaptein", "spiller", "keeper", "spiss", "biskop", "konge",
     "dronning", "prinsesse", "prins", "general", "forsvarssjef", "lege", "overlege",
     "sykepleier", "nabo", "vitne", "innbygger", "student", "lærer", "rektor", "eier",
     "forfatter", "artist", "sanger", "sangerinne", "skuespiller", "regissør", "mor",
     "far", "datter", "sønn", "kone", "bonde", "gründer", "statsministerkandidat",
     "kandidat", "aktivist", "journalist", "redaktør", "sjefredaktør", "generalsekretær",
     "sekretær", "vaktsjef", "rådmann", "kommunedirektør",
     "initiativtaker", "arrangør", "grunnlegger", "beboer"}
)  # fmt: skip
ROLE_WORDS["da"] = frozenset(
    {"statsminister", "minister", "talsperson", "talsmand", "talskvinde",
     "pressetalsperson", "pressechef", "kommunikationschef", "formand", "næstformand",
     "gruppeformand", "partiformand", "leder", "partileder", "politisk", "borgmester",
     "overborgmester", "rådmand", "regionsrådsformand", "folketingsmedlem", "medlem",
     "ordfører", "ambassadør", "direktør", "administrerende", "chef", "koncernchef",
     "politiinspektør", "vicepolitiinspektør", "politikommissær", "vagtchef",
     "indsatsleder", "anklager", "anklagemyndighed", "advokat", "forsvarer",
     "forsvarsadvokat", "dommer", "professor", "lektor", "forsker", "ekspert", "økonom",
     "cheføkonom", "analytiker", "træner", "cheftræner", "landstræner", "anfører",
     "spiller", "målmand", "angriber", "biskop", "konge", "dronning", "prinsesse",
     "prins", "general", "forsvarschef", "læge", "overlæge", "sygeplejerske", "nabo",
     "vidne", "beboer", "indbygger", "studerende", "lærer", "rektor", "ejer",
     "indehaver", "forfatter", "kunstner", "sanger", "sangerinde", "skuespiller",
     "instruktør", "mor", "far", "datter", "søn", "kone", "hustru", "landmand",
     "stifter", "iværksætter", "præsident", "kandidat", "aktivist", "journalist",
     "redaktør", "chefredaktør", "generalsekretær", "sekretær",
     "initiativtager", "arrangør"}
)  # fmt: skip
# The roles of court staff, scholars, dancers and family in Nordic copy, and of
# someone named as no more than a woman or a man (försvararen, kriminologen Eva
# Hedberg, solodanseren, kvinnens søster, kaptajnen, en kvinna som bor i huset).
ROLE_WORDS["sv"] |= frozenset(
    {"försvarare", "målsägandebiträde", "kriminolog", "statsvetare", "dansare", "mor",
     "syster", "bror", "kvinna"}
)  # fmt: skip
ROLE_WORDS["nb"] |= frozenset(
    {"bistandsadvokat", "kriminolog", "statsviter", "solodanser", "ballettdanser",
     "søster", "bror", "kvinne", "mann"}
)  # fmt: skip
ROLE_WORDS["da"] |= frozenset(
    {"kaptajn", "bistandsadvokat", "kriminolog", "solodanser", "balletdanser",
     "danserinde", "søster", "bror", "kvinde", "mand"}
)  # fmt: skip
# Someone named by their age alone (sa 24-åringen, sagde den 22-årige).
for _code in ("sv", "nb", "da"):
    ROLE_WORDS[_code] |= frozenset({"åring", "årige"})
FEMALE_ROLES |= frozenset({"syster", "søster", "kvinna", "kvinne", "kvinde", "danserinde"})
ROLE_ADJECTIVES.update(
    {"sv": frozenset({"förre", "före", "tidigare", "nye", "nya", "avgående", "biträdande",
                      "vice", "tillförordnade", "tf"}),
     "nb": frozenset({"tidligere", "avtroppende", "nye", "fungerende", "konstituert",
                      "assisterende", "visepresident"}),
     "da": frozenset({"tidligere", "afgående", "nye", "fungerende", "konstitueret",
                      "vice"})}
)  # fmt: skip
ROLE_ADJECTIVES_AFTER.update({"sv": frozenset(), "nb": frozenset(), "da": frozenset()})
ORGANISATION_NOUNS.update(
    {"sv": frozenset({"regeringen", "polisen", "departementet", "myndigheten", "kommunen",
                      "regionen", "försvarsmakten", "tingsrätten", "hovrätten",
                      "åklagarmyndigheten", "räddningstjänsten", "företaget", "bolaget",
                      "facket", "partiet", "klubben", "förbundet", "styrelsen"}),
     "nb": frozenset({"regjeringen", "politiet", "departementet", "direktoratet",
                      "kommunen", "fylket", "forsvaret", "tingretten", "lagmannsretten",
                      "påtalemyndigheten", "brannvesenet", "selskapet", "konsernet",
                      "forbundet", "partiet", "klubben", "styret"}),
     "da": frozenset({"regeringen", "politiet", "ministeriet", "styrelsen", "kommunen",
                      "regionen", "forsvaret", "byretten", "landsretten",
                      "anklagemyndigheden", "beredskabet", "selskabet", "koncernen",
                      "forbundet", "partiet", "klubben", "bestyrelsen"})}
)  # fmt: skip
# Councils and boards that speak for themselves (Lagrådet ... skrev rådet att).
ORGANISATION_NOUNS["sv"] |= frozenset({"rådet", "nämnden", "utredningen", "inspektionen"})
ORGANISATION_NOUNS["nb"] |= frozenset({"rådet", "nemnda", "utvalget", "tilsynet"})
ORGANISATION_NOUNS["da"] |= frozenset({"rådet", "nævnet", "udvalget", "tilsynet"})
LISTENER_PREPOSITIONS.update(
    {"sv": frozenset({"till", "för"}), "nb": frozenset({"til", "overfor"}),
     "da": frozenset({"til", "over"})}
)  # fmt: skip
LISTENER_ARTICLES.update({"sv": frozenset(), "nb": frozenset(), "da": frozenset()})
CIRCUMSTANCE_PREPOSITIONS.update(
    {"sv": frozenset({"i", "på", "vid", "under", "efter", "inför"}),
     "nb": frozenset({"i", "på", "ved", "under", "etter", "foran"}),
     "da": frozenset({"i", "på", "ved", "under", "efter", "foran"})}
)  # fmt: skip
SKIPPABLE.update(
    {"sv": frozenset({"också", "även", "dessutom", "sedan", "nu", "då", "senare", "i dag",
                      "tidigare", "igen", "dock", "ändå", "själv", "själva", "bara",
                      "måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag",
                      "söndag", "vidare"}),
     "nb": frozenset({"også", "dessuten", "siden", "nå", "da", "senere", "igjen",
                      "likevel", "selv", "bare", "videre", "mandag", "tirsdag", "onsdag",
                      "torsdag", "fredag", "lørdag", "søndag", "imidlertid"}),
     "da": frozenset({"også", "desuden", "siden", "nu", "da", "senere", "igen",
                      "alligevel", "selv", "bare", "videre", "mandag", "tirsdag", "onsdag",
                      "torsdag", "fredag", "lørdag", "søndag", "dog", "imidlertid"})}
)  # fmt: skip
ASIDES.update(
    {"sv": frozenset({"för sin del", "å sin sida"}), "nb": frozenset({"for sin del"}),
     "da": frozenset({"for sin del"})}
)  # fmt: skip
RELATIVES.update(
    {"sv": frozenset({"som"}), "nb": frozenset({"som"}), "da": frozenset({"som", "der"})}
)
CLAUSE_OPENERS.update(
    {"sv": frozenset({"och", "men", "för", "eller", "som", "när", "medan"}),
     "nb": frozenset({"og", "men", "for", "eller", "som", "når", "mens"}),
     "da": frozenset({"og", "men", "for", "eller", "som", "når", "mens"})}
)  # fmt: skip
FUNCTION_WORDS.update(
    {"sv": frozenset({"en", "ett", "den", "det", "de", "han", "hon", "vi", "jag", "du",
                      "ni", "man", "och", "men", "eller", "som", "när", "i", "på", "av",
                      "med", "till", "för", "från", "om", "efter", "under", "vid", "mot",
                      "enligt", "också", "nu", "i dag", "då", "där", "här", "inte",
                      "ingen", "hans", "hennes", "deras", "sin", "sitt", "sina", "dem",
                      "oss", "mig", "sig", "vad", "vem", "var", "hur", "varför", "detta", "dessa", "att"}),
     "nb": frozenset({"en", "ei", "et", "den", "det", "de", "han", "hun", "vi", "jeg",
                      "du", "dere", "man", "og", "men", "eller", "som", "når", "i", "på",
                      "av", "med", "til", "for", "fra", "om", "etter", "under", "ved",
                      "mot", "ifølge", "også", "nå", "da", "der", "her", "ikke", "ingen",
                      "hans", "hennes", "deres", "sin", "sitt", "sine", "dem", "oss",
                      "meg", "seg", "hva", "hvem", "hvor", "hvordan", "hvorfor", "dette",
                      "disse", "at"}),
     "da": frozenset({"en", "et", "den", "det", "de", "han", "hun", "vi", "jeg", "du",
                      "i", "man", "og", "men", "eller", "som", "når", "på", "af", "med",
                      "til", "for", "fra", "om", "efter", "under", "ved", "mod",
                      "ifølge", "også", "nu", "da", "der", "her", "ikke", "ingen",
                      "hans", "hendes", "deres", "sin", "sit", "sine", "dem", "os",
                      "mig", "sig", "hvad", "hvem", "hvor", "hvordan", "hvorfor",
                      "dette", "disse", "at"})}
)  # fmt: skip
ELISIONS.update({"sv": {}, "nb": {}, "da": {}})
AFTER_DROPPED_SUBJECT.update({"sv": frozenset(), "nb": frozenset(), "da": frozenset()})
TERM_MARKERS.update(
    {"sv": frozenset({"så kallade", "kallade", "kallad", "titeln", "filmen", "boken",
                      "tidningen", "programmet", "serien", "låten", "albumet", "romanen",
                      "devisen", "parollen", "ordet", "begreppet", "uttrycket", "heter"}),
     "nb": frozenset({"såkalte", "kalt", "tittelen", "filmen", "boka", "boken", "avisen",
                      "programmet", "serien", "låten", "albumet", "romanen", "slagordet",
                      "ordet", "begrepet", "uttrykket", "heter"}),
     "da": frozenset({"såkaldte", "kaldet", "titlen", "filmen", "bogen", "avisen",
                      "programmet", "serien", "sangen", "albummet", "romanen", "sloganet",
                      "ordet", "begrebet", "udtrykket", "hedder"})}
)  # fmt: skip

FEMALE_ROLES = FEMALE_ROLES | frozenset(
    {"taleskvinna", "drottning", "prinsessa", "sjuksköterska", "sångerska",
     "skådespelerska", "mamma", "dotter", "hustru", "talskvinne", "dronning",
     "prinsesse", "sangerinne", "mor", "datter", "kone", "talskvinde", "sangerinde"}
)  # fmt: skip
COUNTERPART_ROLES = COUNTERPART_ROLES | frozenset(
    {"talesperson", "talsperson", "advokat", "forsvarer", "domare", "dommer", "åklagare",
     "aktor", "anklager", "mamma", "pappa", "dotter", "son", "mor", "far", "datter",
     "sønn", "søn", "hustru", "kone"}
)  # fmt: skip
#: Common Swedish, Norwegian and Danish first names, by the sex that bears them almost only.
MALE_FIRST_NAMES = MALE_FIRST_NAMES | frozenset(
    {"anders", "johan", "erik", "lars", "per", "karl", "nils", "olof", "mikael", "oscar",
     "magnus", "henrik", "jesper", "mads", "jens", "søren", "sören", "ole", "tor",
     "geir", "jonas", "espen", "knut", "arne", "bjørn", "björn", "gunnar", "mats",
     "fredrik", "mattias", "rasmus", "kasper", "morten", "frederik", "lasse", "ulf",
     "stefan", "håkan", "göran", "jørgen", "torbjørn", "sindre", "håvard", "eirik",
     "ola", "kjell", "leif", "sven", "svend", "martin", "ahmed", "emil", "anton", "axel",
     "gustav", "oskar", "håkon", "petter", "mikkel", "nicolai", "trond", "terje",
     "vegard", "øyvind", "hassan", "jari", "teemu", "aleksi", "mikko"}
)  # fmt: skip
FEMALE_FIRST_NAMES = FEMALE_FIRST_NAMES | frozenset(
    {"karin", "lena", "eva", "elisabeth", "kari", "ingrid", "silje", "maria", "anne",
     "mette", "lone", "sofie", "camilla", "astrid", "birgitta", "kristina", "ulla",
     "britt", "marit", "siri", "tone", "hege", "ragnhild", "solveig", "ida", "frida",
     "emma", "ebba", "magdalena", "pia", "pernille", "trine", "lotte", "helle", "dorthe",
     "susanne", "malin", "johanna", "linnea", "sara", "hanna", "nora", "ingeborg",
     "annika", "kjersti", "marte", "randi", "gunnhild", "bente", "line", "ingvild",
     "katrine", "signe", "tove", "marianne"}
)  # fmt: skip
CHAIN_PARTICIPLES.update({"sv": frozenset(), "nb": frozenset(), "da": frozenset()})
CHAIN_LINKS.update({"sv": frozenset(), "nb": frozenset(), "da": frozenset()})
SPEECH_INFINITIVES.update({"sv": frozenset(), "nb": frozenset(), "da": frozenset()})

# -- chanted slogans -----------------------------------------------------------
# A crowd's chant is its speech, as English ``chanted`` is (``Los manifestantes
# corearon "..."``, ``Die Demonstranten skandierten „...“``, ``les manifestants
# ont scandé « ... »``): the verbs of chanting and shouting, with their plurals.
CUE_VERBS["es"] |= frozenset(
    {"corearon", "coreaban", "corean", "coreó", "gritaron", "gritaban", "gritan", "gritó"}
)
PLURAL_CUES["es"] |= frozenset({"corearon", "coreaban", "corean", "gritaron", "gritaban", "gritan"})
PARTICIPLES["es"] |= frozenset({"coreado", "gritado"})
CUE_VERBS["fr"] |= frozenset({"scandaient", "scandent", "scande", "criaient", "crient"})
PLURAL_CUES["fr"] |= frozenset({"scandaient", "scandent", "criaient", "crient"})
PARTICIPLES["fr"] |= frozenset({"scandé", "crié"})
CUE_VERBS["de"] |= frozenset({"skandierten", "skandierte", "skandieren", "riefen"})
PLURAL_CUES["de"] |= frozenset({"skandierten", "skandieren", "riefen"})
PARTICIPLES["de"] |= frozenset({"skandiert", "gerufen"})
CUE_VERBS["it"] |= frozenset({"scandivano", "scandiscono", "gridavano", "gridano", "gridò"})
PLURAL_CUES["it"] |= frozenset({"scandivano", "scandiscono", "gridavano", "gridano"})
PARTICIPLES["it"] |= frozenset({"scandito", "gridato"})
CUE_VERBS["pt"] |= frozenset({"gritaram", "gritavam", "gritou", "entoaram", "entoavam"})
PLURAL_CUES["pt"] |= frozenset({"gritaram", "gritavam", "entoaram", "entoavam"})
PARTICIPLES["pt"] |= frozenset({"gritado", "entoado"})
CUE_VERBS["nl"] |= frozenset({"scandeerden", "scandeerde", "riepen", "riep"})
PLURAL_CUES["nl"] |= frozenset({"scandeerden", "riepen"})
CUE_VERBS["sv"] |= frozenset({"skanderade", "skanderar", "ropade", "ropar"})
CUE_VERBS["nb"] |= frozenset({"skanderte", "skanderer", "ropte", "roper"})
CUE_VERBS["da"] |= frozenset({"skanderede", "skanderer", "råbte", "råber"})

# -- joking, and the offices of sport, courts, culture and regions --------------
# A quip is speech (``ha bromeado``, ``a plaisanté``, ``ha scherzato``, ``brincou``,
# ``scherzte``, ``grapte``); a jury speaks for its prize as a body does (``El
# jurado ha destacado "..."``); Spanish copy from Catalonia, Valencia and the
# Balearics names regional ministers ``conseller``/``consellera``; a town's
# auditor (``la exinterventora municipal``), a publisher (``su editor``) and an
# engineer (``l'ingegnere Stefano Raggi``) are introduced by their office.
CUE_VERBS["es"] |= frozenset({"bromeado"})
PARTICIPLES["es"] |= frozenset({"bromeado"})
CUE_VERBS["fr"] |= frozenset({"plaisante", "plaisanta"})
PARTICIPLES["fr"] |= frozenset({"plaisanté"})
CUE_VERBS["it"] |= frozenset({"scherza", "scherzò"})
PARTICIPLES["it"] |= frozenset({"scherzato"})
CUE_VERBS["pt"] |= frozenset({"brincou", "brinca"})
PARTICIPLES["pt"] |= frozenset({"brincado"})
CUE_VERBS["de"] |= frozenset({"scherzte", "scherzt"})
PARTICIPLES["de"] |= frozenset({"gescherzt"})
CUE_VERBS["nl"] |= frozenset({"grapte", "grapt"})
PARTICIPLES["nl"] |= frozenset({"gegrapt"})
ORGANISATION_NOUNS["fr"] |= frozenset({"jury"})
ORGANISATION_NOUNS["es"] |= frozenset({"jurado"})
ORGANISATION_NOUNS["it"] |= frozenset({"giuria"})
ORGANISATION_NOUNS["pt"] |= frozenset({"júri"})
ROLE_WORDS["es"] |= frozenset(
    {"conseller", "consellera", "interventor", "interventora", "editor", "editora"}
)
ROLE_WORDS["it"] |= frozenset({"ingegnere"})
FEMALE_ROLES |= frozenset({"consellera", "interventora", "editora"})

# -- epithets of science, medicine and sport ------------------------------------
# Science and health copy names a researcher or a doctor in full once, then by
# what they do (``la Pr Hélène Marchetti, oncologue ... « ... », a souligné la
# chercheuse``; ``il Prof. Renato Zanella ... ha detto il ricercatore``); match
# reports call a coach first named ``l'allenatore`` or ``der Trainer`` ``il
# tecnico``, ``el técnico``, ``le technicien`` after: generic epithets, like
# ``le syndicaliste``.  Doctors by their field join the roles.
EPITHET_NOUNS |= frozenset(
    {"chercheur", "chercheuse", "scientifique", "investigador", "investigadora",
     "científico", "científica", "ricercatore", "ricercatrice", "scienziato", "scienziata",
     "pesquisador", "pesquisadora", "cientista", "onderzoeker", "onderzoekster",
     "wetenschapper", "médecin", "médico", "médica", "medico", "arts", "technicien",
     "técnico", "técnica", "tecnico", "entraîneur", "entrenador", "allenatore", "treinador"}
)  # fmt: skip
EPITHET_ENDINGS_DE += ("forscher", "forscherin", "mediziner", "medizinerin")
ROLE_WORDS["pt"] |= frozenset({"infectologista", "infetologista"})
ROLE_WORDS["es"] |= frozenset({"infectólogo", "infectóloga"})
ROLE_WORDS["it"] |= frozenset({"infettivologo", "infettivologa"})
ROLE_WORDS["fr"] |= frozenset({"technicien", "technicienne"})
FEMALE_ROLES |= frozenset({"technicienne"})

#: Prepositions before which a short capitalised quote is a work's title, not
#: speech (``die met 'Zoutwater' op de shortlist stond``, ``nominé avec « Les
#: Nuits blanches »``, ``premiada con "Cartografía del frío"``, ``mit „Nachtzug“
#: bekannt geworden``).
TITLE_PREPOSITIONS: dict[str, frozenset[str]] = {
    "de": frozenset({"mit"}),
    "fr": frozenset({"avec"}),
    "es": frozenset({"con"}),
    "it": frozenset({"con"}),
    "pt": frozenset({"com"}),
    "nl": frozenset({"met"}),
    "sv": frozenset({"med"}),
    "nb": frozenset({"med"}),
    "da": frozenset({"med"}),
}

# -- books and prizes -----------------------------------------------------------
# Culture copy introduces a writer's publisher and fellow writers by what they do
# (``Haar uitgever, Marieke Schouten,``, ``Ihr Verleger, Markus Roth,``, ``dichter
# Joost Mulder``).
ROLE_WORDS["nl"] |= frozenset({"uitgever", "uitgeefster", "dichter", "dichteres", "romancier"})
ROLE_WORDS["de"] |= frozenset({"verleger", "verlegerin", "lyriker", "lyrikerin"})
FEMALE_ROLES |= frozenset({"uitgeefster", "dichteres", "verlegerin", "lyrikerin"})

# -- disasters ------------------------------------------------------------------
# Disaster copy quotes the scientists who read the ground, the water and the ice,
# and the people of the land (``Ein Geologe des Kantons sagte``, ``le géologue``,
# ``el geólogo``, ``die Landwirtin``, ``die Bäuerin``).
ROLE_WORDS["de"] |= frozenset(
    {"geologe", "geologin", "glaziologe", "glaziologin", "hydrologe", "hydrologin",
     "seismologe", "seismologin", "vulkanologe", "vulkanologin",
     "bergführer", "bergführerin", "landwirtin", "bäuerin"}
)  # fmt: skip
ROLE_WORDS["fr"] |= frozenset({"géologue", "hydrologue", "sismologue", "volcanologue"})
ROLE_WORDS["es"] |= frozenset(
    {"geólogo", "geóloga", "hidrólogo", "hidróloga", "sismólogo", "sismóloga"}
)
ROLE_WORDS["it"] |= frozenset({"geologo", "geologa", "idrologo", "idrologa", "sismologo"})
ROLE_WORDS["pt"] |= frozenset({"geólogo", "geóloga", "hidrólogo", "hidróloga"})
ROLE_WORDS["nl"] |= frozenset({"geoloog", "hydroloog", "seismoloog"})
FEMALE_ROLES |= frozenset(
    {"geologin", "glaziologin", "hydrologin", "seismologin", "vulkanologin",
     "bergführerin", "landwirtin", "bäuerin", "geóloga", "hidróloga", "sismóloga", "geologa",
     "idrologa"}
)  # fmt: skip

# -- what bodies announce ---------------------------------------------------------
# Bodies speak through announcements (``A Câmara ... informou em comunicado que vai
# “...”``, ``A SAD portista anunciou ... que houve “...”``, ``il club ha
# comunicato che ...``).
CUE_VERBS["pt"] |= frozenset({"anunciou", "anuncia", "informou", "informa", "comunicou"})
PARTICIPLES["pt"] |= frozenset({"anunciado", "informado", "comunicado"})
CUE_VERBS["es"] |= frozenset({"comunicó"})
CUE_VERBS["it"] |= frozenset({"annuncia", "annunciò", "comunica", "comunicò"})
# (a Portuguese town council, a parish council: A Câmara Municipal de Vila Alva)
ORGANISATION_NOUNS["pt"] |= frozenset({"câmara", "junta", "município"})
# (a jury in Dutch copy: De jury noemde het boek '...')
ORGANISATION_NOUNS["nl"] |= frozenset({"jury"})

# -- politics and public life -------------------------------------------------
# Election nights and debates quote political scientists and ecologists by what
# they study (``le politologue Yves Dumas``, ``Segundo o politólogo António
# Pires``, ``Ecoloog Maarten Jacobs``), a head of state by that noun (``erklärte
# das Staatsoberhaupt``) and a Swiss city councillor by the department she heads
# (``die Vorsteherin des Departements``).
ROLE_WORDS["de"] |= frozenset(
    {"staatsoberhaupt", "stadtoberhaupt", "rathauschef", "rathauschefin", "vorsteher",
     "vorsteherin"}
)  # fmt: skip
ROLE_WORDS["fr"] |= frozenset({"politologue", "écologue", "édile"})
ROLE_WORDS["es"] |= frozenset({"politólogo", "politóloga", "ecólogo", "ecóloga"})
ROLE_WORDS["it"] |= frozenset({"politologo", "politologa", "ecologo", "ecologa"})
ROLE_WORDS["pt"] |= frozenset({"politólogo", "politóloga", "ecólogo", "ecóloga"})
ROLE_WORDS["nl"] |= frozenset({"politicoloog", "ecoloog", "bioloog"})
FEMALE_ROLES |= frozenset(
    {"vorsteherin", "rathauschefin", "politóloga", "ecóloga", "politologa", "ecologa"}
)

# -- obituaries -------------------------------------------------------------------
# Obituaries quote the family and the colleagues of the dead, each introduced by
# that noun before the name (``Seine Tochter Martina Kastner``, ``Die Geigerin
# Sophie Aigner``, ``Der Intendant der Staatsoper, Bernhard Moser``): a role, so
# that the name after it is someone's and a pronoun or an age after it reaches her.
ROLE_WORDS["de"] |= frozenset(
    {"tochter", "sohn", "witwe", "witwer", "ehefrau", "ehemann", "mutter", "vater",
     "bruder", "schwester", "enkel", "enkelin", "geiger", "geigerin", "pianist",
     "pianistin", "cellist", "cellistin", "dirigentin", "musiker", "musikerin", "sängerin",
     "komponist", "komponistin", "schauspieler", "schauspielerin", "intendant",
     "intendantin", "tänzer", "tänzerin"}
)  # fmt: skip
FEMALE_ROLES |= frozenset(
    {"tochter", "witwe", "ehefrau", "mutter", "schwester", "enkelin", "geigerin",
     "pianistin", "cellistin", "dirigentin", "musikerin", "sängerin", "komponistin",
     "schauspielerin", "intendantin", "tänzerin"}
)  # fmt: skip

# -- strikes and vox pops ------------------------------------------------------------
# Strike and election copy asks people in the street, introduced by what they are
# (``Eine Studentin am Central``, ``ein Fahrgast``, ``eine Kundin``).
ROLE_WORDS["de"] |= frozenset(
    {"student", "studentin", "schüler", "schülerin", "passant", "passantin", "fahrgast",
     "kunde", "kundin", "lehrer", "lehrerin", "pendlerin", "rentnerin", "anwohnerin",
     "bewohnerin"}
)  # fmt: skip
FEMALE_ROLES |= frozenset(
    {"studentin", "schülerin", "passantin", "kundin", "lehrerin", "pendlerin", "rentnerin",
     "anwohnerin", "bewohnerin"}
)  # fmt: skip
# (people in the street by what they look like: um jovem com o braço ao peito,
# un ragazzo accanto a lei, una mujer en la cola, un homme, une femme)
ROLE_WORDS["pt"] |= frozenset(
    {"jovem", "rapaz", "homem", "mulher", "senhora", "utente", "idoso", "idosa"}
)
ROLE_WORDS["it"] |= frozenset(
    {"ragazzo", "ragazza", "uomo", "donna", "signora", "anziano", "anziana"}
)
ROLE_WORDS["es"] |= frozenset({"joven", "hombre", "mujer", "señora", "anciano", "anciana"})
ROLE_WORDS["fr"] |= frozenset({"homme", "femme"})
ROLE_WORDS["nl"] |= frozenset({"vrouw"})
FEMALE_ROLES |= frozenset(
    {"mulher", "senhora", "idosa", "ragazza", "donna", "signora", "anziana", "mujer",
     "señora", "anciana", "femme", "vrouw"}
)  # fmt: skip

# -- debates, strikes and tributes: more cues ----------------------------------------
# A debate's retorts and a strike's protests (``ha espetado Villalba``, ``protestava
# una infermiera``, ``sbotta il sindaco``), what a minister lets be known through
# others (``ha fatto sapere tramite il suo staff che ...``) and what a tribute
# honours someone as (``würdigte Kastner als „...“``, ``s'est félicité d'une « ... »``).
CUE_VERBS["es"] |= frozenset({"espetó", "espeta"})
PARTICIPLES["es"] |= frozenset({"espetado"})
CUE_VERBS["it"] |= frozenset(
    {"protesta", "protestò", "protestava", "sbotta", "sbottò", "incalza", "incalzò",
     "tuona", "tuonò"}
)  # fmt: skip
CHAIN_PARTICIPLES["it"] |= frozenset({"fatto"})
SPEECH_INFINITIVES["it"] |= frozenset({"sapere"})
CUE_VERBS["de"] |= frozenset({"würdigte", "würdigt"})
REFLEXIVE_SPEECH["fr"] |= frozenset({"félicité", "félicitée", "félicités", "félicitées"})

#: Public offices, each held by one person at a time: a definite role of one
#: of them (``il ministro``) never stands for someone introduced with another
#: (``il governatore, Paolo Ferraresi``).
OFFICE_NOUNS: frozenset[str] = frozenset(
    {"ministro", "ministra", "ministre", "minister", "ministerin", "governatore",
     "governatrice", "gobernador", "gobernadora", "gouverneur", "governador",
     "governadora", "sindaco", "sindaca", "alcalde", "alcaldesa", "maire", "bürgermeister",
     "bürgermeisterin", "burgemeester", "prefeito", "prefeita", "prefetto", "préfet",
     "préfète", "kanzler", "kanzlerin", "canciller", "cancelliere", "chancelier",
     "chancelière", "landrat", "landrätin", "wethouder", "schepen"}
)  # fmt: skip
#: The German ones, read as the ends of compounds (``Bundeskanzler``, ``Finanzministerin``).
OFFICE_ENDINGS_DE: tuple[str, ...] = (
    "minister", "ministerin", "kanzler", "kanzlerin", "bürgermeister", "bürgermeisterin",
)  # fmt: skip

# (a founder or a businessman by that noun after his name: « ... », résume
# l'entrepreneur; ha detto l'imprenditore; sagte der Unternehmer)
EPITHET_NOUNS |= frozenset(
    {"entrepreneur", "entrepreneuse", "empresario", "empresaria", "emprendedor",
     "emprendedora", "imprenditore", "imprenditrice", "empresário", "empresária",
     "empreendedor", "empreendedora", "ondernemer", "fondateur", "fondatrice", "fundador",
     "fundadora", "fondatore", "oprichter", "oprichtster"}
)  # fmt: skip
EPITHET_ENDINGS_DE += ("unternehmer", "unternehmerin", "gründer", "gründerin")
# (an argument held: « ... », sostiene la presidente regionale Chiara Fontana)
CUE_VERBS["it"] |= frozenset({"sostiene", "sostenne"})
# (an accusation: ha acusado al Gobierno de "comprar votos")
CUE_VERBS["es"] |= frozenset({"acusó"})
PARTICIPLES["es"] |= frozenset({"acusado"})
# (shop workers as witnesses: uma balconista, una cajera, une caissière, una commessa)
ROLE_WORDS["pt"] |= frozenset({"balconista", "atendente", "vendedor", "vendedora", "frentista"})
ROLE_WORDS["es"] |= frozenset(
    {"dependiente", "dependienta", "cajero", "cajera", "vendedor", "vendedora"}
)
ROLE_WORDS["fr"] |= frozenset({"caissier", "caissière", "vendeur", "vendeuse"})
ROLE_WORDS["it"] |= frozenset({"commesso", "commessa", "cassiere", "cassiera"})
FEMALE_ROLES |= frozenset(
    {"vendedora", "dependienta", "cajera", "caissière", "vendeuse", "commessa", "cassiera"}
)  # fmt: skip
# (someone by age alone in Dutch, as in German: zegt de 46-jarige)
ROLE_WORDS["nl"] |= frozenset({"jarige"})
EPITHET_ENDINGS_DE += ("jarige",)

#: Phrases that open a sentence with the view of whoever spoke last, by a
#: possessive (``A su juicio, el PP "sobreactúa"``, ``À son avis, ...``, ``A suo
#: avviso, ...``, ``Na sua opinião, ...``, ``Seiner Ansicht nach ...``): the words
#: quoted in that sentence are that speaker's.
OWN_VIEW_PHRASES: dict[str, tuple[tuple[str, ...], ...]] = {
    "es": (("a", "su", "juicio"), ("en", "su", "opinión"), ("a", "su", "entender")),
    "fr": (("à", "son", "avis"), ("selon", "ses", "mots"), ("à", "ses", "yeux")),
    "it": (("a", "suo", "avviso"), ("a", "suo", "giudizio"), ("secondo", "il", "suo", "parere")),
    "pt": (("na", "sua", "opinião"), ("a", "seu", "ver"), ("no", "seu", "entender")),
    "de": (("seiner", "ansicht", "nach"), ("ihrer", "ansicht", "nach"),
           ("seiner", "meinung", "nach"), ("ihrer", "meinung", "nach")),
    "nl": (("naar", "zijn", "mening"), ("naar", "haar", "mening")),
    "sv": (), "nb": (), "da": (),
}  # fmt: skip

#: Cues read only right after a quote (or inside its marks), where no noun of the
#: same spelling can stand: ``"...", accusa.`` (not ``la pubblica accusa``),
#: ``"...", taglia corto Giovanni Pavesi``, ``«...», zanja el ministro``, ``« ... »,
#: tranche le maire``.
QUOTE_CUES: dict[str, tuple[tuple[str, ...], ...]] = {
    "it": (("accusa",), ("taglia", "corto"), ("tagliò", "corto"), ("sentenzia",)),
    "es": (("acusa",), ("zanja",)),
    "pt": (("acusa",), ("remata",)),
    "fr": (("tranche",), ("accuse",)),
    "de": (), "nl": (), "sv": (), "nb": (), "da": (),
}  # fmt: skip

#: Stressed pronouns that a Romance sentence sets off after its subject to turn
#: to that person (``Thibault Aubry, lui, balaie les critiques``, ``La ministra,
#: ella, guarda avanti``): a quote that is the next sentence is that person's.
TOPIC_PRONOUNS: dict[str, frozenset[str]] = {
    "fr": frozenset({"lui", "elle"}),
    "es": frozenset({"él", "ella"}),
    "it": frozenset({"lui", "lei"}),
    "pt": frozenset({"ele", "ela"}),
    "de": frozenset(), "nl": frozenset(), "sv": frozenset(), "nb": frozenset(),
    "da": frozenset(),
}  # fmt: skip

#: The third person plural of common reporting verbs in the languages that drop
#: the subject (``«...», avisaram.``, ``«...», advirtieron``, ``"...",
#: dissero``), and a few singulars missing above (``avisou``, ``avisó``): with
#: no subject, their speaker is the group or body the sentence before is about.
_PLURAL_REPORTING: dict[str, frozenset[str]] = {
    "pt": frozenset(
        {"avisaram", "alertaram", "garantiram", "explicaram", "declararam", "acrescentaram",
         "sublinharam", "destacaram", "salientaram", "asseguraram", "comentaram",
         "lembraram", "admitiram", "reconheceram", "responderam", "advertiram",
         "defenderam", "criticaram", "denunciaram", "frisaram", "adiantaram", "indicaram",
         "apontaram", "insistiram", "contaram", "relataram", "lamentaram", "consideraram",
         "reclamaram", "pediram", "exigiram", "anunciaram", "confirmaram", "escreveram",
         "dizem", "afirmam", "explicam", "garantem", "alertam", "avisam", "defendem",
         "lembram", "contam", "denunciam", "criticam", "reclamam", "lamentam",
         "sublinham", "destacam", "acrescentam", "consideram", "pedem", "exigem"}
    ),
    "es": frozenset(
        {"advirtieron", "alertaron", "avisaron", "denunciaron", "lamentaron", "criticaron",
         "reclamaron", "exigieron", "pidieron", "insistieron", "subrayaron", "destacaron",
         "recordaron", "reconocieron", "admitieron", "manifestaron", "agregaron",
         "sostuvieron", "apuntaron", "precisaron", "comentaron", "anunciaron",
         "expresaron", "defendieron", "relataron", "contaron", "confirmaron", "aclararon",
         "recalcaron", "valoraron", "opinaron", "consideraron", "concluyeron",
         "denuncian", "lamentan", "critican", "reclaman", "exigen", "piden", "insisten",
         "subrayan", "recuerdan", "reconocen", "admiten", "manifiestan", "agregan",
         "precisan", "comentan", "añaden", "declaran", "relatan", "responden", "alertan",
         "avisan"}
    ),
    "it": frozenset(
        {"dissero", "affermarono", "spiegarono", "aggiunsero", "sottolinearono",
         "dichiararono", "commentarono", "denunciarono", "ribadirono", "precisarono",
         "ricordarono", "assicurarono", "avvertirono", "ammisero", "replicarono",
         "scrissero", "raccontarono", "conclusero", "dicono", "affermano", "spiegano",
         "aggiungono", "sottolineano", "dichiarano", "osservano", "commentano",
         "precisano", "ricordano", "avvertono", "ammettono", "assicurano", "replicano",
         "insistono", "ribadiscono", "denunciano", "raccontano", "lamentano",
         "confermano", "rispondono", "ribattono"}
    ),
    # (German, French and Dutch name the subject: sagten sie, ont-ils dit, zeiden ze)
    "de": frozenset(), "fr": frozenset(), "nl": frozenset(), "sv": frozenset(),
    "nb": frozenset(), "da": frozenset(),
}  # fmt: skip
for _code, _plurals in _PLURAL_REPORTING.items():
    CUE_VERBS[_code] = CUE_VERBS[_code] | _plurals
    PLURAL_CUES[_code] = PLURAL_CUES[_code] | _plurals
CUE_VERBS["pt"] |= frozenset({"avisou", "avisa", "denunciou", "denuncia", "anunciou"})
CUE_VERBS["es"] |= frozenset({"avisó", "alertó"})
CUE_VERBS["it"] |= frozenset({"denunciò"})
del _code, _plurals

# verbs that judge what they name (``begrüßte das Paket als „...“``), Spanish imperfects of speech (``resumía Manuel
# Ortega``) and a compound *speak of* (``ha hablado de «...»``)
CUE_VERBS["de"] |= frozenset(
    {"begrüßte", "begrüßt", "wertete", "wertet", "verurteilte", "verurteilt"}
)
PARTICIPLES["de"] |= frozenset({"begrüßt", "gewertet", "verurteilt", "gelobt"})
CUE_VERBS["es"] |= frozenset({"resumía", "decía", "explicaba", "contaba", "aseguraba"})
PARTICIPLES["es"] |= frozenset({"hablado"})
# what a body calls something (``contra o que chama de "atalho perigoso"``)
CUE_VERBS["pt"] |= frozenset({"chama"})

# the spokesmen of a workforce and Portuguese researchers (``i rappresentanti
# sindacali``, ``os investigadores``), whom a plural cue after names
ROLE_WORDS["it"] |= frozenset(
    {"rappresentante", "dirigente", "delegato", "delegata", "operaio", "operaia"}
)
ROLE_WORDS["pt"] |= frozenset({"investigador", "investigadora"})

PARTICIPLES["pt"] |= frozenset({"confirmado"})
PARTICIPLES["es"] |= frozenset({"confirmado"})

#: The auxiliaries of a passive cue after a quote, by their first word (``«...»,
#: foi dito pelo ministro``, ``« ... », a été annoncé par le ministre``, ``„...“,
#: wurde vom Minister bestätigt``, ``'...', werd gezegd door de minister``, ``«...»,
#: fue confirmado por el portavoz``, ``"...", è stato detto dal ministro``): the
#: agent after :data:`PASSIVE_CUE_AGENTS` is the speaker.
PASSIVE_CUE_AUXILIARIES: dict[str, tuple[tuple[str, ...], ...]] = {
    "pt": (("foi",), ("tinha", "sido"), ("tem", "sido")),
    "es": (("fue",), ("ha", "sido"), ("había", "sido")),
    "it": (("è", "stato"), ("è", "stata"), ("era", "stato"), ("fu",), ("viene",)),
    "fr": (("a", "été"), ("avait", "été"), ("fut",)),
    "de": (("wurde",), ("wird",)),
    "nl": (("werd",), ("wordt",), ("is",)),
    "sv": (), "nb": (), "da": (),
}  # fmt: skip
#: The words that introduce a passive cue's agent (``pelo``, ``par``, ``vom``, ``door``).
PASSIVE_CUE_AGENTS: dict[str, frozenset[str]] = {
    "pt": frozenset({"por", "pelo", "pela"}),
    "es": frozenset({"por"}),
    "it": frozenset({"da", "dal", "dalla", "dallo"}),
    "fr": frozenset({"par"}),
    "de": frozenset({"von", "vom"}),
    "nl": frozenset({"door"}),
    "sv": frozenset(), "nb": frozenset(), "da": frozenset(),
}  # fmt: skip

# a committee that speaks as one (``il comitato dei familiari``), co-directors of a
# dig or a study (``los codirectores``), a sports team's manager and a cyclist's
# (``le manager castrais``, ``ploegleider``, ``de renner``), a physician
# (``de internist``) and a German finance chief (``Finanzvorständin``)
ORGANISATION_NOUNS["it"] |= frozenset({"comitato"})
ROLE_WORDS["es"] |= frozenset({"codirector", "codirectora"})
ROLE_WORDS["fr"] |= frozenset({"manager"})
ROLE_WORDS["nl"] |= frozenset(
    {"ploegleider", "renner", "wielrenner", "internist", "cardioloog", "longarts"}
)
ROLE_WORDS["de"] |= frozenset({"vorständin"})

# Dutch prepositions of place that open a sentence before a place with a particle
# (``Langs de Cauberg stonden ...``, ``Tegenover de Dam``): no one's first name
FUNCTION_WORDS["nl"] |= frozenset(
    {"langs", "onder", "naast", "achter", "boven", "tegenover", "rond", "rondom",
     "tussen", "buiten", "binnen", "nabij", "vanaf"}
)  # fmt: skip
ROLE_WORDS["it"] |= frozenset({"caposquadra", "vigile"})

#: Nouns for a work that, set off after a short capitalised quote, say it is the
#: work's title (``'Acqua bassa', il suo secondo lungometraggio``, ``« Les Nuits
#: blanches », son premier roman``, ``„Nachtzug“, ihr drittes Album``).
WORK_NOUNS: dict[str, frozenset[str]] = {
    "de": frozenset({"film", "spielfilm", "dokumentarfilm", "buch", "roman", "album",
                     "stück", "theaterstück", "debütroman", "ausstellung", "serie"}),
    "fr": frozenset({"film", "long-métrage", "documentaire", "livre", "roman", "album",
                     "spectacle", "pièce", "exposition", "série", "essai"}),
    "es": frozenset({"película", "largometraje", "documental", "libro", "novela", "disco",
                     "álbum", "obra", "exposición", "serie", "ensayo"}),
    "it": frozenset({"film", "lungometraggio", "documentario", "libro", "romanzo", "disco",
                     "album", "spettacolo", "mostra", "serie", "saggio"}),
    "pt": frozenset({"filme", "longa-metragem", "documentário", "livro", "romance", "disco",
                     "álbum", "espetáculo", "exposição", "série", "ensaio"}),
    "nl": frozenset({"film", "speelfilm", "documentaire", "boek", "roman", "album",
                     "voorstelling", "tentoonstelling", "serie", "debuutroman"}),
    "sv": frozenset(), "nb": frozenset(), "da": frozenset(),
}  # fmt: skip

# Dutch nationality nouns (``de Belg Wout Claessens``, ``de Deen``) and the Danes
NATIONALITIES += (
    (("belg",), ("belg",)),
    (("deen", "däne", "dänin", "danois", "danoise", "danés", "danesa", "danese",
      "dinamarquês"), ("deen", "dän", "danois", "danés", "danes", "dinamar")),
    (("nederlander",), ("niederl", "holl", "néerl", "holand", "neerl", "oland")),
)  # fmt: skip

# a cyclist and a film director, named by what they do in sport and culture copy
# (``zei de renner``, ``spiega la regista``, ``a confié la réalisatrice``)
EPITHET_NOUNS |= frozenset(
    {"renner", "wielrenner", "coureur", "coureuse", "ciclista", "corridore", "regista",
     "regisseur", "regisseuse", "réalisateur", "réalisatrice", "realizador",
     "realizadora"}
)  # fmt: skip

# what a result is put down to is its speaker's words (``ha atribuido el resultado a
# "la disciplina en la contratación"``, ``atribuiu a queda a "..."``)
PARTICIPLES["es"] |= frozenset({"atribuido"})
PARTICIPLES["pt"] |= frozenset({"atribuído"})
PARTICIPLES["it"] |= frozenset({"attribuito"})
CUE_VERBS["es"] |= frozenset({"atribuyó", "atribuye"})
CUE_VERBS["pt"] |= frozenset({"atribuiu", "atribui"})
CUE_VERBS["it"] |= frozenset({"attribuisce"})

#: Nouns a name follows in quotation marks, for a body, a law, a campaign or a
#: name as such (``das Bündnis „Kultur bleibt“``, ``le collectif « Mayotte
#: solidaire »``, ``la plataforma «Stop Desahucios»``, ``il comitato "Salviamo il
#: porto"``, ``o movimento "Vem pra Rua"``, ``de actiegroep 'Red de Wadden'``,
#: ``den Namen „...“``, ``sous le nom de « ... »``): a quoted segment that opens with
#: a capital right after one, or after one and ``de``, ``di``, ``van`` or ``von``, is
#: a name, not speech (up to twelve words: ``den sperrigen Namen „Gesetz zur
#: Errichtung eines Sondervermögens ...“``).  A segment in lower case after one is
#: read as before (``la loi « liberticide »`` may be someone's word).
NAME_HEADS: dict[str, frozenset[str]] = {
    "de": frozenset(
        {"name", "namen", "partei", "bündnis", "initiative", "bewegung", "verein",
         "kampagne", "aktion", "projekt", "gesetz", "fonds", "liste", "netzwerk",
         "plattform", "verband", "stiftung"}
    ),
    "fr": frozenset(
        {"nom", "collectif", "association", "parti", "mouvement", "campagne", "projet",
         "loi", "dispositif", "réseau", "liste", "plateforme", "fondation"}
    ),
    "es": frozenset(
        {"nombre", "plataforma", "colectivo", "asociación", "partido", "movimiento",
         "campaña", "proyecto", "ley", "lista", "coalición", "fundación", "iniciativa"}
    ),
    "it": frozenset(
        {"nome", "comitato", "associazione", "partito", "movimento", "campagna",
         "progetto", "legge", "decreto", "lista", "coalizione", "fondazione",
         "iniziativa", "collettivo"}
    ),
    "pt": frozenset(
        {"nome", "coletivo", "associação", "partido", "movimento", "campanha", "projeto",
         "lei", "decreto", "lista", "coligação", "fundação", "iniciativa"}
    ),
    "nl": frozenset(
        {"naam", "actiegroep", "partij", "beweging", "vereniging", "campagne", "project",
         "wet", "regeling", "lijst", "stichting", "initiatief", "platform", "collectief"}
    ),
    "sv": frozenset(
        {"namnet", "partiet", "föreningen", "kampanjen", "projektet", "lagen",
         "nätverket", "stiftelsen", "initiativet", "rörelsen"}
    ),
    "nb": frozenset(
        {"navnet", "partiet", "foreningen", "kampanjen", "prosjektet", "loven",
         "nettverket", "stiftelsen", "initiativet", "bevegelsen"}
    ),
    "da": frozenset(
        {"navnet", "partiet", "foreningen", "kampagnen", "projektet", "loven",
         "netværket", "fonden", "initiativet", "bevægelsen"}
    ),
}  # fmt: skip

#: Prepositions and articles before a paper's or a programme's title that the
#: clause's cue follows at once, with no comma (``In „de Volkskrant” schreef
#: recensent ...``, ``Die »taz« schrieb``, ``il «Fatto» ha titolato``, ``Le
#: « Monde » écrit``): the title is where or who wrote, not words said.
MEDIUM_WORDS: dict[str, frozenset[str]] = {
    "de": frozenset({"in", "im", "der", "die", "das", "dem"}),
    "fr": frozenset({"dans", "le", "la", "les"}),
    "es": frozenset({"en", "el", "la", "los", "las"}),
    "it": frozenset({"su", "sul", "sulla", "nel", "nella", "il", "la", "lo", "i", "le"}),
    "pt": frozenset({"no", "na", "em", "o", "a", "os", "as"}),
    "nl": frozenset({"in", "op", "de", "het"}),
    "sv": frozenset({"i"}),
    "nb": frozenset({"i"}),
    "da": frozenset({"i"}),
}

#: Verbs that give a paper's headline (``il «Fatto» ha titolato «...»``, ``titelte
#: die „Bild“``): what follows in marks is a title, not words said.
HEADLINE_VERBS: frozenset[str] = frozenset(
    {"titelte", "titelt", "titolato", "titola", "titolava", "titolò", "tituló", "titula",
     "titulaba", "titulou", "titulava", "titrait", "titre", "titré", "kopte", "kopt"}
)  # fmt: skip

# the writers a press review quotes (l'éditorialiste, la columnista, il commentatore)
ROLE_WORDS["fr"] |= frozenset(
    {"éditorialiste", "chroniqueur", "chroniqueuse", "commentateur", "commentatrice"}
)
ROLE_WORDS["es"] |= frozenset({"columnista", "editorialista", "comentarista"})
ROLE_WORDS["it"] |= frozenset({"editorialista", "opinionista", "commentatore", "commentatrice"})
ROLE_WORDS["pt"] |= frozenset({"colunista", "editorialista", "comentador", "comentadora"})
ROLE_WORDS["nl"] |= frozenset({"columnist", "columniste", "commentator", "commentatrice"})
FEMALE_ROLES |= frozenset(
    {"chroniqueuse", "commentatrice", "comentadora", "columniste"}
)  # fmt: skip

#: *With the words* right before a quote (``feliciteerde haar met de woorden „...”``,
#: ``verabschiedete sich mit den Worten „...“``): the words are the clause's subject's,
#: whatever its verb.
WITH_THE_WORDS: dict[str, tuple[tuple[str, ...], ...]] = {
    "de": (("mit", "den", "worten"),),
    "fr": (("avec", "ces", "mots"), ("par", "ces", "mots")),
    "es": (("con", "las", "palabras"), ("con", "estas", "palabras")),
    "it": (("con", "le", "parole"), ("con", "queste", "parole")),
    "pt": (("com", "as", "palavras"), ("com", "estas", "palavras")),
    "nl": (("met", "de", "woorden"), ("met", "deze", "woorden")),
    "sv": (("med", "orden"),),
    "nb": (("med", "ordene"),),
    "da": (("med", "ordene"),),
}

# The regional press: Mexican and South American cues (``refirió``, ``acotó``,
# ``abundó``, ``externó``: Notimex, El Universal, La Jornada, Télam, La Tercera)
# and roles (``la vocera``, ``el subsecretario``, ``el intendente``, ``el
# académico``); Quebec's ``mairesse``; the Maghreb's ``wali``; Swiss members of a
# chamber before their names (``SVP-Nationalrat``, ``Ständerat``, ``Grossrat``,
# ``Regierungsrat``); Flemish ``fractieleider``; Brazilian ``cuidadora``.
CUE_VERBS["es"] |= frozenset(
    {"refirió", "refiere", "mencionó", "menciona", "acotó", "acota", "abundó", "abunda",
     "externó", "expuso", "expone", "reiteró", "reitera", "planteó", "plantea",
     "cuestionó", "cuestiona", "ahondó", "puntualiza", "asevera"}
)  # fmt: skip
ROLE_WORDS["es"] |= frozenset(
    {"vocero", "vocera", "subsecretario", "subsecretaria", "intendente", "intendenta",
     "académico", "académica", "legislador", "legisladora", "cotitular", "munícipe",
     "síndico", "síndica", "procurador", "procuradora"}
)  # fmt: skip
ROLE_WORDS["fr"] |= frozenset({"mairesse", "wali", "universitaire"})
ROLE_WORDS["pt"] |= frozenset({"cuidador", "cuidadora", "subsecretário", "subsecretária"})
ROLE_WORDS["nl"] |= frozenset({"fractieleider", "volksvertegenwoordiger", "minister-president"})
ROLE_WORDS["de"] |= frozenset(
    {"nationalrat", "ständerat", "grossrat", "großrat", "regierungsrat", "kantonsrat",
     "stadtpräsident", "gemeindepräsident", "landammann", "landeshauptfrau"}
)  # fmt: skip
FEMALE_ROLES |= frozenset(
    {"vocera", "subsecretaria", "intendenta", "académica", "legisladora", "síndica",
     "procuradora", "mairesse", "cuidadora", "subsecretária", "landeshauptfrau"}
)  # fmt: skip
COUNTERPART_ROLES |= frozenset({"vocero", "vocera"})
# an academic, however introduced (el investigador ... el académico)
EPITHET_NOUNS |= frozenset({"académico", "académica", "universitaire", "acadêmico", "acadêmica"})
ROLE_WORDS["pt"] |= frozenset({"acadêmico", "acadêmica"})
FEMALE_ROLES |= frozenset({"acadêmica"})
# the level of government after the role (el mandatario estatal, el gobernador provincial)
ROLE_ADJECTIVES_AFTER["es"] |= frozenset({"estatal", "federal", "municipal", "provincial"})
# a paper's readers told by the paper itself (dijo a este medio, a este rotativo)
LISTENER_HEADS |= frozenset({"medio", "rotativo", "matutino", "vespertino"})
# Quebec's dropped remark (« ... », a-t-elle laissé tomber)
SPEECH_INFINITIVES["fr"] |= frozenset({"tomber"})
# according to, in Mexican and South American copy (a decir del investigador, en
# palabras de la ministra) and with the article joined on (a juicio del ministro)
SOURCE_PHRASES["es"] = {
    **SOURCE_PHRASES["es"],
    "a": (
        ("a", "juicio", "de"),
        ("a", "juicio", "del"),
        ("a", "decir", "de"),
        ("a", "decir", "del"),
    ),
    "en": (("en", "palabras", "de"), ("en", "palabras", "del")),
}
# Brazil's minister as the holder of the portfolio (a titular da pasta), the
# portfolio as the ministry (de acordo com a pasta)
ROLE_WORDS["pt"] |= frozenset({"titular"})
ORGANISATION_NOUNS["pt"] |= frozenset({"pasta"})
# Belgium's levels of government before a role (Vlaams minister, federaal minister)
# and members of a parliament or of the opposition (Parlementslid, oppositielid)
ROLE_ADJECTIVES["nl"] |= frozenset(
    {"vlaams", "vlaamse", "federaal", "federale", "waals", "waalse", "brussels", "brusselse"}
)
ROLE_WORDS["nl"] |= frozenset({"parlementslid", "oppositielid", "volksvertegenwoordigster"})
FEMALE_ROLES |= frozenset({"volksvertegenwoordigster"})
# a remark thrown or let slip in Latin American copy (lanzó el mandatario, soltó,
# atajó, deslizó, remató), a boss as a German compound's end (Gewerkschaftsboss), a
# union's leader by its adjective (la leader syndicale, el líder sindical), and
# French joy as a cue (s'est réjoui le président, s'est réjouie la ministre)
CUE_VERBS["es"] |= frozenset(
    {"lanzó", "lanza", "soltó", "suelta", "atajó", "ataja", "deslizó", "desliza", "remató",
     "remata"}
)  # fmt: skip
ROLE_WORDS["de"] |= frozenset({"boss"})
ROLE_ADJECTIVES_AFTER["fr"] |= frozenset({"syndical", "syndicale"})
ROLE_ADJECTIVES_AFTER["es"] |= frozenset({"sindical"})
ROLE_ADJECTIVES_AFTER["pt"] |= frozenset({"sindical"})
REFLEXIVE_SPEECH["fr"] |= frozenset({"réjoui", "réjouie", "réjouis", "réjouies"})
ROLE_WORDS["fr"] |= frozenset({"leader"})  # (la leader syndicale, le leader de la CGT)
# a specialist, however introduced (el director ... el especialista), and Austria's
# pensioner (die Pensionistin Maria Hauser)
ROLE_WORDS["es"] |= frozenset({"especialista"})
EPITHET_NOUNS |= frozenset({"especialista"})
ROLE_WORDS["de"] |= frozenset({"pensionist"})
# the arts and company copy: a performer by that noun (ha contado el intérprete), a
# fado singer and a guitarist, a lead actress (die Hauptdarstellerin), an executive
# board's member in Portugal (a administradora financeira)
ROLE_WORDS["es"] |= frozenset({"intérprete"})
ROLE_WORDS["pt"] |= frozenset(
    {"intérprete", "fadista", "guitarrista", "administrador", "administradora"}
)
ROLE_WORDS["it"] |= frozenset({"interprete"})
ROLE_WORDS["fr"] |= frozenset({"interprète"})
ROLE_WORDS["de"] |= frozenset({"darsteller"})
FEMALE_ROLES |= frozenset({"administradora"})
ROLE_SYNONYMS += (
    frozenset({"cantora", "fadista", "intérprete"}),
    frozenset({"cantor", "fadista", "intérprete"}),
    frozenset({"actor", "actriz", "intérprete"}),
    frozenset({"schauspieler", "darsteller", "hauptdarsteller"}),
    frozenset({"schauspielerin", "darstellerin", "hauptdarstellerin"}),
)
PARTICIPLES["es"] |= frozenset({"contado"})  # (ha contado el intérprete, as contó)

#: Nouns for a product, a range or an offer that its name in quotation marks
#: follows (``die neue Wärmepumpenserie „Aurea“``, ``la gamme « Origine »``, ``el
#: modelo "Brisa"``, ``il marchio "Terra"``, ``o tarifário "Navi Total"``, ``het
#: merk "Zuid"``): a segment in capitals right after one is a name, not speech;
#: German ones match as the end of a compound (``Modellreihe``, ``Produktlinie``).
PRODUCT_HEADS: dict[str, frozenset[str]] = {
    "de": frozenset({"serie", "reihe", "modell", "marke", "linie", "tarif", "app"}),
    "fr": frozenset({"gamme", "marque", "modèle", "offre", "application", "forfait"}),
    "es": frozenset({"gama", "marca", "modelo", "tarifa", "aplicación"}),
    "it": frozenset({"gamma", "marchio", "modello", "tariffa", "app"}),
    "pt": frozenset({"gama", "marca", "modelo", "tarifário", "aplicação"}),
    "nl": frozenset({"merk", "model", "lijn", "tarief", "app"}),
    "sv": frozenset(), "nb": frozenset(), "da": frozenset(),
}  # fmt: skip
# an analyst as the expert in German market copy (Analyst Jonas Pfeiffer ... schrieb
# der Experte)
ROLE_SYNONYMS += (
    frozenset({"analyst", "experte"}),
    frozenset({"analystin", "expertin"}),
)
# a film's or a record's producer (die Produzentin Hanna Oswald, la productrice)
ROLE_WORDS["de"] |= frozenset({"produzent"})
ROLE_WORDS["fr"] |= frozenset({"producteur", "productrice"})
ROLE_WORDS["es"] |= frozenset({"productor", "productora"})
ROLE_WORDS["it"] |= frozenset({"produttore", "produttrice"})
ROLE_WORDS["pt"] |= frozenset({"produtor", "produtora"})
ROLE_WORDS["nl"] |= frozenset({"producent"})
FEMALE_ROLES |= frozenset({"productrice", "productora", "produttrice", "produtora"})
# a confession and a story told (ha confessato l'attrice, confessou Mayra Lopes, ha
# relatado Marcos), a company's executive (ha insistido el directivo) and a newcomer
# on the stage or the team (Nieuwkomer Fenna Wiersma)
CUE_VERBS["it"] |= frozenset({"confessa"})
PARTICIPLES["it"] |= frozenset({"confessato"})
CUE_VERBS["pt"] |= frozenset({"confessou", "confessa"})
PARTICIPLES["pt"] |= frozenset({"confessado"})
PARTICIPLES["es"] |= frozenset({"relatado", "confesado"})
ROLE_WORDS["es"] |= frozenset({"directivo", "directiva"})
FEMALE_ROLES |= frozenset({"directiva"})
ROLE_WORDS["nl"] |= frozenset({"nieuwkomer"})

#: Nouns of bodies named by their field after *for* or *of* (``das Bundesamt
#: für Gesundheit``, ``l'Office fédéral de la santé publique``, ``el Instituto
#: de salud pública``, ``l'Istituto superiore di sanità``, ``het Rijksinstituut
#: voor volksgezondheid``): the capitalised noun, then its field, are the
#: body's whole name.
FIELDED_BODY_NOUNS: dict[str, frozenset[str]] = {
    "de": frozenset(),  # (German compounds: by their ends, below)
    "fr": frozenset(
        {"office", "institut", "agence", "centre", "conseil", "observatoire", "commissariat",
         "haut-commissariat", "autorité", "direction", "secrétariat", "service", "commission",
         "comité", "fédération", "fondation", "ministère", "laboratoire", "caisse",
         "académie", "bureau", "union", "association", "collectif", "ordre", "école"}
    ),
    "es": frozenset(
        {"instituto", "agencia", "centro", "consejo", "observatorio", "autoridad",
         "dirección", "secretaría", "servicio", "comisión", "comité", "federación",
         "fundación", "ministerio", "consejería", "oficina", "organismo", "colegio",
         "asociación", "confederación", "laboratorio", "academia", "junta", "defensoría",
         "escuela"}
    ),
    "it": frozenset(
        {"istituto", "agenzia", "centro", "consiglio", "osservatorio", "autorità",
         "direzione", "segreteria", "servizio", "commissione", "comitato", "federazione",
         "fondazione", "ministero", "ufficio", "ente", "ordine", "associazione",
         "laboratorio", "accademia", "consorzio", "scuola"}
    ),
    "pt": frozenset(
        {"instituto", "agência", "centro", "conselho", "observatório", "autoridade",
         "direção", "direção-geral", "secretaria", "serviço", "comissão", "comité", "comitê",
         "federação", "fundação", "ministério", "gabinete", "ordem", "associação",
         "laboratório", "academia", "entidade", "provedoria", "escola"}
    ),
    "nl": frozenset(
        {"instituut", "rijksinstituut", "bureau", "planbureau", "dienst", "ministerie",
         "raad", "centrum", "autoriteit", "agentschap", "stichting", "commissie", "inspectie",
         "vereniging", "federatie", "college", "kenniscentrum"}
    ),
    "sv": frozenset(), "nb": frozenset(), "da": frozenset(),
}  # fmt: skip

#: The ends of German compound nouns of bodies named by their field after
#: ``für`` (``Bundesamt``, ``Landesamt``, ``Ministerium``, ``Institut``,
#: ``Bundesanstalt``, ``Sachverständigenrat``).
FIELDED_BODY_ENDS_DE: tuple[str, ...] = (
    "amt", "ministerium", "institut", "anstalt", "behörde", "zentrum", "zentrale", "rat",
    "kommission", "verband", "stelle", "büro", "agentur", "kammer", "akademie", "stiftung",
    "vereinigung", "komitee", "ausschuss", "direktion", "dienst", "gesellschaft", "labor",
    "forum", "netzwerk", "gremium", "beirat", "senat",
)  # fmt: skip

#: The words that join a body's noun to its field (``für``, ``de``, ``di``, ``van``).
FIELD_LINKS: dict[str, frozenset[str]] = {
    "de": frozenset({"für"}),
    "fr": frozenset({"de", "du", "des", "pour"}),
    "es": frozenset({"de", "del", "para"}),
    "it": frozenset({"di", "del", "dello", "della", "dei", "degli", "delle", "per"}),
    "pt": frozenset({"de", "do", "da", "dos", "das", "para"}),
    "nl": frozenset({"voor", "van"}),
    "sv": frozenset(), "nb": frozenset(), "da": frozenset(),
}  # fmt: skip

# Church, court and royal beats: the clergy (il presule, il religioso, el
# sacerdote), a royal heir (la princesa, la heredera), a doctor named by her
# title (la dottoressa Giulia Sorrentino), a volunteer rescuer and a grower.
ROLE_WORDS["de"] |= frozenset({"pfarrer", "pfarrerin", "prinz", "prinzessin"})
ROLE_WORDS["fr"] |= frozenset({"prêtre", "prince", "princesse", "sauveteur", "sauveteuse"})
ROLE_WORDS["es"] |= frozenset({"sacerdote", "príncipe", "princesa", "heredera", "heredero"})
ROLE_WORDS["it"] |= frozenset(
    {"presule", "religioso", "religiosa", "sacerdote", "parroco", "postulatore",
     "postulatrice", "principe", "principessa", "dottore", "dottoressa", "giovane"}
)  # fmt: skip
ROLE_WORDS["pt"] |= frozenset({"príncipe", "princesa", "viticultor", "viticultora"})
FEMALE_ROLES |= frozenset(
    {"pfarrerin", "prinzessin", "princesse", "sauveteuse", "princesa", "heredera",
     "religiosa", "postulatrice", "principessa", "dottoressa", "viticultora"}
)  # fmt: skip
# a prelate's title before his name (monsignor Pierluigi Tonelli, monseñor Luis Arce)
HONORIFICS["it"] |= {"monsignor": "male", "mons.": "male"}
HONORIFICS["es"] |= {"monseñor": "male", "mons.": "male"}
HONORIFICS["fr"] |= {"mgr": "male"}
ABBREVIATIONS["it"] |= frozenset({"mons"})
ABBREVIATIONS["es"] |= frozenset({"mons"})
# a smile and a report (a-t-elle souri, ha riferito la dottoressa)
PARTICIPLES["fr"] |= frozenset({"souri"})
PARTICIPLES["it"] |= frozenset({"riferito"})
# a body that investigates or regulates (el organismo ha indicado)
ORGANISATION_NOUNS["fr"] |= frozenset({"organisme"})
ORGANISATION_NOUNS["es"] |= frozenset({"organismo"})
ORGANISATION_NOUNS["it"] |= frozenset({"organismo"})
ORGANISATION_NOUNS["pt"] |= frozenset({"organismo"})
# an ordinal before a deputy's office (Zweite Bürgermeisterin Claudia Reiter)
ROLE_ADJECTIVES["de"] |= frozenset({"erste", "erster", "zweite", "zweiter", "dritte", "dritter"})

#: Nouns of a written statement a body's words come in (``In una nota ha
#: precisato``, ``en un comunicado``, ``dans un communiqué``).
STATEMENT_NOUNS: dict[str, frozenset[str]] = {
    "de": frozenset({"mitteilung", "erklärung", "stellungnahme", "pressemitteilung"}),
    "fr": frozenset({"communiqué", "déclaration", "message"}),
    "es": frozenset({"comunicado", "nota", "declaración", "mensaje"}),
    "it": frozenset({"nota", "comunicato", "dichiarazione", "messaggio"}),
    "pt": frozenset({"nota", "comunicado", "declaração", "mensagem"}),
    "nl": frozenset({"verklaring", "persbericht", "bericht"}),
    "sv": frozenset(), "nb": frozenset(), "da": frozenset(),
}  # fmt: skip
# an exhortation in the words said (la heredera ha animado a los becados a "no
# rendirse", il Papa ha esortato i fedeli a "non avere paura")
CUE_VERBS["es"] |= frozenset({"animó", "anima"})
PARTICIPLES["es"] |= frozenset({"animado"})
CUE_VERBS["it"] |= frozenset({"esorta"})
PARTICIPLES["it"] |= frozenset({"esortato"})
CUE_VERBS["pt"] |= frozenset({"exortou", "exorta"})
PARTICIPLES["pt"] |= frozenset({"exortado"})
# an heir by her title and as the heir (la princesa de Asturias ... la heredera)
ROLE_SYNONYMS += (
    frozenset({"princesa", "heredera"}),
    frozenset({"príncipe", "heredero"}),
)
