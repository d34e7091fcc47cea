"""Quotes and speakers in invented agency stories in German, French, Spanish,
Italian, Portuguese and Dutch, of kinds the unseen and genre files did not try.

Every story is invented (names, places, figures and words; no real story is
copied) in the house style of one agency or paper (dpa, Keystone-SDA, APA, AFP,
Le Soir, Le Figaro, Europa Press, EFE, El País-style reportage, ANSA,
Corriere-style reportage, Lusa, Folha, NOS, ANP, De Standaard), with each
language's quotation marks: a parliamentary debate (party leaders answering
each other, ``der SPD-Fraktionschef``, ``la portavoz del PP``), election nights
(``la candidate écologiste``, ``o social-democrata Jorge Vieira``), a strike
(union, management, commuters), an obituary with tributes (a head of state, a
minister, a daughter who bears the dead man's surname), a crime story (police
spokeswoman, witnesses named by first name, the accused's lawyer), a start-up's
funding round (founder, regulator, investor), company results with analysts
(``Più cauto Marco De Santis di Equita Research: "..."``), an education reform
(ministry, head teacher, a pupil by first name and age, parents), an
environmental story (NGOs, scientists, mayors), a health reform, and foreign
news from a correspondent (``dijo a la agencia EFE``, ``disse à agência
Lusa``).  Attribution comes in every form: inverted cues with a listener
between cue and subject (``affirme au Figaro son cofondateur``, ``ha detto
all'ANSA il segretario``), colon introductions with no verb (``Voorzitter
Marloes van Dijk: "..."``), ``selon``/``según``/``segundo``/``volgens``, a
possessive view (``A su juicio, ...``), dropped subjects, pronouns, epithets
by age and by office, quotes whose full stop the copy sets after the closing
mark, and scare quotes.  The gold is every quote of :attr:`Article.quotes` in
text order with its speaker's name and mention; the roles in :data:`ROLES`
where a role matters.
"""

from __future__ import annotations

import pytest

from tests.test_quotes_intl_unseen import Gold, _mentions
from tests.test_quotes_unseen import check_story, story_names

DE_DPA_DEBATTE = """Bundestag streitet über Rentenpaket – Union attackiert Kanzlerin

BERLIN (dpa) - In einer hitzigen Bundestagsdebatte über das Rentenpaket der Bundesregierung haben sich Koalition und Opposition am Donnerstag einen heftigen Schlagabtausch geliefert. Bundeskanzlerin Annette Wiegand (SPD) verteidigte die geplante Haltelinie beim Rentenniveau. „Wer 45 Jahre gearbeitet hat, muss sich auf seine Rente verlassen können“, sagte Wiegand im Plenum.

Unionsfraktionschef Tobias Reinhardt warf der Regierung vor, die Lasten auf die junge Generation abzuwälzen. „Sie verteilen heute Geld, das unsere Kinder morgen nicht haben werden“, rief der CDU-Politiker in Richtung Regierungsbank. Das Paket sei „unbezahlbar und unehrlich“.

Der SPD-Fraktionschef Kai Oberländer konterte prompt: „Von einer Partei, die 16 Jahre lang nichts reformiert hat, lassen wir uns keine Nachhilfe geben.“ Die Union habe keinen eigenen Vorschlag vorgelegt, sagte er.

Auch die Grünen zeigten sich gespalten. Ihre Fraktionsvorsitzende Miriam Sattler sagte, sie trage das Paket mit, aber „nicht mit Begeisterung“. Die Haltelinie sei richtig, die Finanzierung dagegen „auf Kante genäht“.

AfD-Fraktionschef Gerd Kessler sprach von einem „Rentenbetrug“. Redner der anderen Fraktionen wiesen das zurück. „Wer hier von Betrug spricht, hat das Gesetz nicht gelesen“, sagte die FDP-Abgeordnete Jana Korff.

Arbeitsminister Holger Brandt (SPD) versuchte zum Ende der Debatte, die Wogen zu glätten. „Wir sind offen für Verbesserungen im parlamentarischen Verfahren“, sagte er. „Aber an der Haltelinie rütteln wir nicht.“

Laut Brandt kostet das Paket bis 2035 rund 28 Milliarden Euro zusätzlich. Ökonomen halten die Zahl für zu niedrig. Der Rentenexperte Frank Hellwig vom Institut der deutschen Wirtschaft sagte der Deutschen Presse-Agentur, die Rechnung gehe „nur bei sehr optimistischen Annahmen“ auf.

Reinhardt kündigte an, die Union werde geschlossen dagegen stimmen. „Das ist kein Rentenpaket, das ist ein Wahlgeschenk“, sagte der 52-Jährige nach der Sitzung. Die Abstimmung ist für Freitag kommender Woche geplant.
"""

DE_DPA_DEBATTE_GOLD: Gold = (
    (
        "Wer 45 Jahre gearbeitet hat, muss sich auf seine Rente verlassen können",
        "Annette Wiegand",
        "Wiegand",
    ),
    (
        "Sie verteilen heute Geld, das unsere Kinder morgen nicht haben werden",
        "Tobias Reinhardt",
        "der CDU-Politiker",
    ),
    ("unbezahlbar und unehrlich", "Tobias Reinhardt", "der CDU-Politiker"),
    (
        "Von einer Partei, die 16 Jahre lang nichts reformiert hat, lassen wir uns keine Nachhilfe geben.",
        "Kai Oberländer",
        "Der SPD-Fraktionschef Kai Oberländer",
    ),
    ("nicht mit Begeisterung", "Miriam Sattler", "Ihre Fraktionsvorsitzende Miriam Sattler"),
    ("auf Kante genäht", "Miriam Sattler", "Ihre Fraktionsvorsitzende Miriam Sattler"),
    ("Rentenbetrug", "Gerd Kessler", "AfD-Fraktionschef Gerd Kessler"),
    (
        "Wer hier von Betrug spricht, hat das Gesetz nicht gelesen",
        "Jana Korff",
        "die FDP-Abgeordnete Jana Korff",
    ),
    ("Wir sind offen für Verbesserungen im parlamentarischen Verfahren", "Holger Brandt", "er"),
    ("Aber an der Haltelinie rütteln wir nicht.", "Holger Brandt", "er"),
    ("nur bei sehr optimistischen Annahmen", "Frank Hellwig", "Der Rentenexperte Frank Hellwig"),
    ("Das ist kein Rentenpaket, das ist ein Wahlgeschenk", "Tobias Reinhardt", "der 52-Jährige"),
)

DE_SDA_STREIK = """Streik bei den Verkehrsbetrieben Zürich legt Tramnetz lahm

ZÜRICH - Ein Warnstreik des Trampersonals hat am Montagmorgen den öffentlichen Verkehr in Zürich weitgehend lahmgelegt. Rund 400 Fahrerinnen und Fahrer legten zwischen 5 und 9 Uhr die Arbeit nieder, wie die Gewerkschaft des Verkehrspersonals (SEV) mitteilte.

„Wir fahren seit zwei Jahren mit zu wenig Personal und zu langen Schichten“, sagte SEV-Sekretärin Claudia Meier vor dem Depot Kalkbreite zu Keystone-SDA. „Irgendwann ist die Geduld einfach zu Ende.“ Die Gewerkschaft fordert 4,5 Prozent mehr Lohn und kürzere Dienste.

Die Verkehrsbetriebe reagierten mit Unverständnis. Direktor Martin Gisler bezeichnete den Streik als „unverhältnismässig“. Man habe ein Angebot von 2,2 Prozent vorgelegt, das „weit über der Teuerung“ liege. „Mit Streiks auf dem Rücken der Fahrgäste löst man keine Probleme“, sagte Gisler.

An den Haltestellen warteten viele Pendler vergeblich. Eine Studentin am Central nahm es gelassen. „Ich laufe halt, das Wetter ist ja schön“, sagte sie. Ein älterer Herr war weniger verständnisvoll: „Die sollen arbeiten und nicht spazieren gehen.“

Laut dem Stadtrat sind weitere Gespräche für Mittwoch angesetzt. Stadträtin Karin Huber (SP) mahnte beide Seiten zur Einigung. Sie habe „Verständnis für die Anliegen des Personals“, sagte die Vorsteherin des Departements der Industriellen Betriebe. Ein unbefristeter Streik sei aber „keine Option“.

Die Gewerkschaft schliesst weitere Aktionen nicht aus. „Wenn am Mittwoch nichts kommt, sind wir nächste Woche wieder da“, so Meier.
"""

DE_SDA_STREIK_GOLD: Gold = (
    (
        "Wir fahren seit zwei Jahren mit zu wenig Personal und zu langen Schichten",
        "Claudia Meier",
        "SEV-Sekretärin Claudia Meier",
    ),
    ("Irgendwann ist die Geduld einfach zu Ende.", "Claudia Meier", "SEV-Sekretärin Claudia Meier"),
    ("unverhältnismässig", "Martin Gisler", "Direktor Martin Gisler"),
    ("weit über der Teuerung", "Martin Gisler", "Direktor Martin Gisler"),
    ("Mit Streiks auf dem Rücken der Fahrgäste löst man keine Probleme", "Martin Gisler", "Gisler"),
    ("Ich laufe halt, das Wetter ist ja schön", "Eine Studentin", "sie"),
    ("Die sollen arbeiten und nicht spazieren gehen.", "Ein älterer Herr", "Ein älterer Herr"),
    (
        "Verständnis für die Anliegen des Personals",
        "Karin Huber",
        "die Vorsteherin des Departements der Industriellen Betriebe",
    ),
    ("keine Option", "Karin Huber", "die Vorsteherin des Departements der Industriellen Betriebe"),
    ("Wenn am Mittwoch nichts kommt, sind wir nächste Woche wieder da", "Claudia Meier", "Meier"),
)

DE_APA_NACHRUF = """Trauer um Dirigenten Ferdinand Kastner – „Ein Musiker mit Seele“

WIEN (APA) - Der österreichische Dirigent Ferdinand Kastner ist im Alter von 87 Jahren in Wien gestorben. Das teilte seine Familie am Sonntag der APA mit. Kastner leitete mehr als zwei Jahrzehnte lang das Tonkünstler-Orchester und dirigierte an allen großen Opernhäusern Europas.

Bundespräsident Walter Pröll würdigte Kastner als „großen Botschafter der österreichischen Musik“. „Mit ihm verliert unser Land einen Künstler, der Generationen geprägt hat“, erklärte das Staatsoberhaupt in einer Aussendung.

Kulturministerin Eva Lindner (ÖVP) sprach von einem „schmerzlichen Verlust“. Kastner habe „nie die Bühne für sich gesucht, sondern immer die Musik“, sagte sie.

Der Intendant der Wiener Staatsoper, Bernhard Moser, erinnerte an Kastners letzte Premiere im Jahr 2019. „Er stand mit 81 Jahren am Pult und hat die Jungen im Orchester an die Wand dirigiert“, sagte Moser. „Das war pure Energie.“

Die Geigerin Sophie Aigner, die unter Kastner ihr Debüt gab, zeigte sich tief bewegt. „Er hat mir beigebracht, dass man zuerst zuhören muss“, sagte die 34-Jährige. „Ohne ihn würde ich heute nicht hier stehen.“

Kastner wurde 1939 in Linz geboren. Nach dem Studium in Wien und Salzburg war er Assistent bei großen Dirigenten seiner Zeit. Seine Aufnahmen der Bruckner-Sinfonien gelten bis heute als Maßstab. Ein Kritiker nannte ihn einmal den „Bildhauer des Klangs“.

Seine Tochter Martina Kastner sagte, ihr Vater sei friedlich eingeschlafen. „Er hat bis zuletzt Partituren gelesen“, sagte sie. Die Beisetzung soll im engsten Familienkreis stattfinden.
"""

DE_APA_NACHRUF_GOLD: Gold = (
    (
        "großen Botschafter der österreichischen Musik",
        "Walter Pröll",
        "Bundespräsident Walter Pröll",
    ),
    (
        "Mit ihm verliert unser Land einen Künstler, der Generationen geprägt hat",
        "Walter Pröll",
        "das Staatsoberhaupt",
    ),
    ("schmerzlichen Verlust", "Eva Lindner", "Kulturministerin Eva Lindner"),
    ("nie die Bühne für sich gesucht, sondern immer die Musik", "Eva Lindner", "sie"),
    (
        "Er stand mit 81 Jahren am Pult und hat die Jungen im Orchester an die Wand dirigiert",
        "Bernhard Moser",
        "Moser",
    ),
    ("Das war pure Energie.", "Bernhard Moser", "Moser"),
    ("Er hat mir beigebracht, dass man zuerst zuhören muss", "Sophie Aigner", "die 34-Jährige"),
    ("Ohne ihn würde ich heute nicht hier stehen.", "Sophie Aigner", "die 34-Jährige"),
    ("Bildhauer des Klangs", "Ein Kritiker", "Ein Kritiker"),
    ("Er hat bis zuletzt Partituren gelesen", "Martina Kastner", "sie"),
)

FR_AFP_ELECTION = """Municipales à Grenoble : la candidate écologiste l'emporte de justesse

GRENOBLE (AFP) - La candidate écologiste Claire Vasseur a remporté dimanche soir le second tour des élections municipales à Grenoble avec 50,8 % des voix, devançant de quelque 600 voix son rival de droite, Olivier Marchal, selon les résultats définitifs communiqués par la préfecture.

« Ce soir, Grenoble a choisi l'avenir », a lancé la nouvelle maire devant plusieurs centaines de partisans réunis place Notre-Dame. « Je serai la maire de toutes les Grenobloises et de tous les Grenoblois, y compris de ceux qui n'ont pas voté pour moi. »

Son adversaire a reconnu sa défaite peu après 22 heures. « Les électeurs ont tranché, je les respecte », a déclaré M. Marchal à l'AFP, tout en dénonçant une campagne « d'une rare violence ». Il a indiqué qu'il siégerait dans l'opposition.

Le député LFI de la circonscription, Karim Benali, qui avait appelé à voter pour Mme Vasseur, a salué « une victoire de la gauche unie ». Selon lui, ce scrutin montre que « le front républicain fonctionne encore quand on le construit sur un programme ».

Au Rassemblement national, éliminé au premier tour, on relativisait. Pour le délégué départemental du parti, Jérôme Faure, c'est « une élection volée par des alliances de couloir ».

La participation s'est établie à 41,2 %, en légère hausse par rapport au premier tour. « C'est encore trop peu », a regretté le politologue Yves Dumas, de Sciences Po Grenoble. « Quand six électeurs sur dix restent chez eux, aucune victoire n'est vraiment éclatante. »

Claire Vasseur, 44 ans, ancienne adjointe aux mobilités, a promis de présenter ses premières mesures dès le premier conseil municipal. Interrogée sur la gratuité des transports, promesse phare de sa campagne, elle a répondu : « Ce sera fait avant la fin de l'année prochaine. »
"""

FR_AFP_ELECTION_GOLD: Gold = (
    ("Ce soir, Grenoble a choisi l'avenir", "Claire Vasseur", "la nouvelle maire"),
    (
        "Je serai la maire de toutes les Grenobloises et de tous les Grenoblois, y compris de ceux qui n'ont pas voté pour moi.",
        "Claire Vasseur",
        "la nouvelle maire",
    ),
    ("Les électeurs ont tranché, je les respecte", "Olivier Marchal", "M. Marchal"),
    ("d'une rare violence", "Olivier Marchal", "M. Marchal"),
    (
        "une victoire de la gauche unie",
        "Karim Benali",
        "Le député LFI de la circonscription, Karim Benali",
    ),
    (
        "le front républicain fonctionne encore quand on le construit sur un programme",
        "Karim Benali",
        "lui",
    ),
    (
        "une élection volée par des alliances de couloir",
        "Jérôme Faure",
        "le délégué départemental du parti, Jérôme Faure",
    ),
    ("C'est encore trop peu", "Yves Dumas", "le politologue Yves Dumas"),
    (
        "Quand six électeurs sur dix restent chez eux, aucune victoire n'est vraiment éclatante.",
        "Yves Dumas",
        "le politologue Yves Dumas",
    ),
    ("Ce sera fait avant la fin de l'année prochaine.", "Claire Vasseur", "elle"),
)

FR_SOIR_AGRESSION = """Agression au couteau à Molenbeek : un suspect interpellé

BRUXELLES - Un homme de 27 ans a été interpellé mardi soir après une agression au couteau dans une épicerie de Molenbeek-Saint-Jean, a indiqué le parquet de Bruxelles. La victime, le gérant du commerce, âgé de 58 ans, a été hospitalisée ; ses jours ne sont plus en danger.

« Le suspect a été maîtrisé par des passants avant l'arrivée de nos équipes », a expliqué la porte-parole de la zone de police Bruxelles-Ouest, Sarah Declercq. Une enquête pour tentative de meurtre a été ouverte.

Selon plusieurs témoins, l'homme serait entré dans le magasin vers 19 h 30 et aurait réclamé de l'argent. Amine, un voisin qui a assisté à la scène, raconte : « Il criait, il était très agité. Le patron a refusé et l'autre a sorti un couteau. »

Une cliente, qui n'a pas souhaité donner son nom, a été plus brève : « J'ai cru que j'allais mourir. »

L'avocat du suspect, Me Laurent Dufour, a indiqué que son client contestait toute intention de tuer. « Mon client était dans un état de détresse psychologique évident », a-t-il déclaré au Soir. « Il n'a aucun antécédent de violence. »

Le bourgmestre de la commune, Ahmed Lahssaini, s'est rendu sur place mercredi matin. « Les commerçants de ce quartier travaillent dur et méritent de se sentir en sécurité », a-t-il affirmé. Il a annoncé des patrouilles renforcées dans le quartier du canal.

Le suspect doit être présenté jeudi à un juge d'instruction. Il risque jusqu'à vingt ans de réclusion.
"""

FR_SOIR_AGRESSION_GOLD: Gold = (
    (
        "Le suspect a été maîtrisé par des passants avant l'arrivée de nos équipes",
        "Sarah Declercq",
        "la porte-parole de la zone de police Bruxelles-Ouest, Sarah Declercq",
    ),
    (
        "Il criait, il était très agité. Le patron a refusé et l'autre a sorti un couteau.",
        "Amine",
        "Amine",
    ),
    ("J'ai cru que j'allais mourir.", "Une cliente", "Une cliente"),
    ("Mon client était dans un état de détresse psychologique évident", "Laurent Dufour", "il"),
    ("Il n'a aucun antécédent de violence.", "Laurent Dufour", "il"),
    (
        "Les commerçants de ce quartier travaillent dur et méritent de se sentir en sécurité",
        "Ahmed Lahssaini",
        "il",
    ),
)

FR_FIGARO_IA = """Intelligence artificielle : la start-up parisienne Lumen lève 400 millions d'euros

La jeune pousse parisienne Lumen, spécialisée dans les modèles de langage pour les entreprises, a annoncé mardi une levée de fonds de 400 millions d'euros, la plus importante jamais réalisée par une start-up française de l'intelligence artificielle.

« Nous voulons prouver qu'on peut bâtir en Europe un champion mondial de l'IA », affirme au Figaro son cofondateur et président, Thibault Aubry. À 31 ans, cet ancien chercheur passé par un grand laboratoire américain dirige déjà une équipe de 180 personnes.

Les fonds serviront surtout à acheter de la puissance de calcul. « Sans calcul, pas de modèles. C'est aussi simple que ça », résume l'entrepreneur. Lumen compte ouvrir un centre de données dans les Hauts-de-France d'ici à 2028.

Le ministre délégué chargé du Numérique, Paul Lemaire, s'est félicité d'une « excellente nouvelle pour la souveraineté technologique ». « La France a les talents, elle a désormais les capitaux », a-t-il réagi sur X.

Le régulateur reste prudent. La présidente de la CNIL, Hélène Cazenave, rappelle que les entreprises devront respecter les règles européennes sur les données personnelles. « L'innovation n'est pas une zone de non-droit », a-t-elle prévenu lors d'un colloque à Paris. Selon elle, plusieurs plaintes visant des outils d'IA générative sont en cours d'instruction.

Du côté des investisseurs, on se veut confiant. « Lumen a une avance réelle sur les usages professionnels », estime Nathalie Roux, associée du fonds Elan Capital, qui a mené le tour de table.

Thibault Aubry, lui, balaie les critiques sur une éventuelle bulle. « Les bulles, c'est quand il n'y a pas de clients. Nous, nous en avons 600. »
"""

FR_FIGARO_IA_GOLD: Gold = (
    (
        "Nous voulons prouver qu'on peut bâtir en Europe un champion mondial de l'IA",
        "Thibault Aubry",
        "son cofondateur et président, Thibault Aubry",
    ),
    ("Sans calcul, pas de modèles. C'est aussi simple que ça", "Thibault Aubry", "l'entrepreneur"),
    (
        "excellente nouvelle pour la souveraineté technologique",
        "Paul Lemaire",
        "Le ministre délégué chargé du Numérique, Paul Lemaire",
    ),
    ("La France a les talents, elle a désormais les capitaux", "Paul Lemaire", "il"),
    ("L'innovation n'est pas une zone de non-droit", "Hélène Cazenave", "elle"),
    ("Lumen a une avance réelle sur les usages professionnels", "Nathalie Roux", "Nathalie Roux"),
    (
        "Les bulles, c'est quand il n'y a pas de clients. Nous, nous en avons 600.",
        "Thibault Aubry",
        "Thibault Aubry",
    ),
)

ES_EP_PLENO = """El Gobierno y el PP chocan en el Congreso por la financiación autonómica

MADRID, 12 (EUROPA PRESS)

La portavoz del PP en el Congreso, Marta Villalba, ha acusado este miércoles al Gobierno de "comprar votos con el dinero de todos" al pactar con los partidos nacionalistas un nuevo modelo de financiación autonómica. "Ustedes no reforman la financiación, la subastan", ha espetado Villalba a la vicepresidenta primera, Elena Robles, durante la sesión de control.

Robles ha replicado que el PP "no tiene modelo" y que durante sus años de gobierno "no movió un dedo" por las comunidades infrafinanciadas. "Señora Villalba, ustedes tuvieron mayoría absoluta y no hicieron nada", ha recordado la vicepresidenta, que ha defendido que el nuevo sistema beneficiará "a todas las comunidades sin excepción".

El portavoz de Vox, Alberto Sanz, ha ido más allá y ha calificado el acuerdo de "golpe a la igualdad entre españoles". Según Sanz, el pacto "rompe la caja común" y abre la puerta a "un país a dos velocidades".

Desde los socios del Gobierno, el diputado de ERC Jordi Puigvert ha defendido el acuerdo. "Cataluña no pide privilegios, pide lo que le corresponde", ha afirmado. A su juicio, el PP "sobreactúa" porque sus propios presidentes autonómicos "saben que el modelo actual está caducado".

Fuentes del Ministerio de Hacienda han explicado a Europa Press que el texto se remitirá a las comunidades antes de final de mes. El consejero de Hacienda de Andalucía, Rafael Campos, ha advertido de que su comunidad "no aceptará un modelo hecho a medida de otros".

La ministra portavoz, Laura Gil, ha salido después al paso de las críticas en la rueda de prensa posterior al Consejo de Ministros: "Nadie va a perder, y quien diga lo contrario miente".
"""

ES_EP_PLENO_GOLD: Gold = (
    (
        "comprar votos con el dinero de todos",
        "Marta Villalba",
        "La portavoz del PP en el Congreso, Marta Villalba",
    ),
    ("Ustedes no reforman la financiación, la subastan", "Marta Villalba", "Villalba"),
    ("no tiene modelo", "Elena Robles", "Robles"),
    ("no movió un dedo", "Elena Robles", "Robles"),
    (
        "Señora Villalba, ustedes tuvieron mayoría absoluta y no hicieron nada",
        "Elena Robles",
        "la vicepresidenta",
    ),
    ("a todas las comunidades sin excepción", "Elena Robles", "la vicepresidenta"),
    ("golpe a la igualdad entre españoles", "Alberto Sanz", "El portavoz de Vox, Alberto Sanz"),
    ("rompe la caja común", "Alberto Sanz", "Sanz"),
    ("un país a dos velocidades", "Alberto Sanz", "Sanz"),
    (
        "Cataluña no pide privilegios, pide lo que le corresponde",
        "Jordi Puigvert",
        "el diputado de ERC Jordi Puigvert",
    ),
    ("sobreactúa", "Jordi Puigvert", "el diputado de ERC Jordi Puigvert"),
    (
        "saben que el modelo actual está caducado",
        "Jordi Puigvert",
        "el diputado de ERC Jordi Puigvert",
    ),
    (
        "no aceptará un modelo hecho a medida de otros",
        "Rafael Campos",
        "El consejero de Hacienda de Andalucía, Rafael Campos",
    ),
    (
        "Nadie va a perder, y quien diga lo contrario miente",
        "Laura Gil",
        "La ministra portavoz, Laura Gil",
    ),
)

ES_EFE_CORRESPONSAL = """El presidente boliviano anuncia un referéndum sobre la reforma judicial

Por Andrés Molina

La Paz, 3 nov (EFE).- El presidente de Bolivia, Ernesto Quispe, anunció este lunes que convocará un referéndum para reformar el sistema judicial del país, en medio de una profunda crisis institucional que enfrenta al Gobierno con el Tribunal Constitucional.

"El pueblo boliviano tendrá la última palabra sobre quién imparte justicia en este país", dijo Quispe en un mensaje televisado desde el Palacio Quemado. El mandatario aseguró que la consulta se celebrará "antes de que termine el primer semestre".

La oposición reaccionó con dureza. El líder del opositor Comunidad Ciudadana, Rodrigo Salinas, dijo a la agencia EFE que el anuncio es "una cortina de humo" para tapar la crisis económica. "Cuando no hay dólares ni combustible, el Gobierno inventa referendos", afirmó.

El presidente del Tribunal Constitucional, Gonzalo Arce, evitó pronunciarse sobre la propuesta, aunque recordó que cualquier consulta debe ajustarse a la Constitución. "Este tribunal no va a entrar en polémicas políticas", declaró a periodistas a la salida de una audiencia en Sucre.

Según analistas consultados por EFE, el referéndum podría polarizar aún más a un país dividido. "Quispe busca recuperar la iniciativa, pero se arriesga a una derrota que lo dejaría muy debilitado", opinó la politóloga María Teresa Vargas, de la Universidad Mayor de San Andrés.

En las calles de La Paz, las opiniones estaban divididas. "Los jueces solo trabajan para los ricos, hay que cambiarlo todo", dijo Juan Mamani, un comerciante de 52 años del mercado Rodríguez. A pocos metros, una maestra jubilada se mostraba escéptica: "Nos llaman a votar cada dos años y nada cambia".
"""

ES_EFE_CORRESPONSAL_GOLD: Gold = (
    (
        "El pueblo boliviano tendrá la última palabra sobre quién imparte justicia en este país",
        "Ernesto Quispe",
        "Quispe",
    ),
    ("antes de que termine el primer semestre", "Ernesto Quispe", "El mandatario"),
    (
        "una cortina de humo",
        "Rodrigo Salinas",
        "El líder del opositor Comunidad Ciudadana, Rodrigo Salinas",
    ),
    (
        "Cuando no hay dólares ni combustible, el Gobierno inventa referendos",
        "Rodrigo Salinas",
        "El líder del opositor Comunidad Ciudadana, Rodrigo Salinas",
    ),
    (
        "Este tribunal no va a entrar en polémicas políticas",
        "Gonzalo Arce",
        "El presidente del Tribunal Constitucional, Gonzalo Arce",
    ),
    (
        "Quispe busca recuperar la iniciativa, pero se arriesga a una derrota que lo dejaría muy debilitado",
        "María Teresa Vargas",
        "la politóloga María Teresa Vargas",
    ),
    (
        "Los jueces solo trabajan para los ricos, hay que cambiarlo todo",
        "Juan Mamani",
        "Juan Mamani",
    ),
    (
        "Nos llaman a votar cada dos años y nada cambia",
        "una maestra jubilada",
        "una maestra jubilada",
    ),
)

ES_PAIS_EDUCACION = """La reforma de la FP divide a profesores y familias: "Nos piden más con los mismos recursos"

Sevilla -

A las ocho y cuarto de la mañana, el vestíbulo del instituto Albayda de Sevilla ya está lleno de alumnos. Aquí se imparten siete ciclos de Formación Profesional, y desde septiembre todos deben incluir un año de prácticas en empresas, como exige la nueva ley. "Nos piden más con los mismos recursos", resume su directora, Pilar Montero, mientras recorre el taller de electromecánica.

El Ministerio de Educación defiende el cambio. "La FP dual es la mejor vía de acceso al empleo juvenil que conocemos", sostiene el secretario general de Formación Profesional, Luis Cárdenas, en conversación con este periódico. Según sus datos, el 74% de los alumnos que hacen prácticas encuentra trabajo en seis meses.

En el instituto no lo ven tan claro. Montero calcula que faltan empresas para colocar a la mitad de sus alumnos. "Llamamos a talleres, a hoteles, a clínicas veterinarias. Muchos nos dicen que no tienen tiempo de formar a nadie", explica. Dos profesores dedican sus horas libres a buscar plazas.

Javier, de 17 años, estudia Automoción y todavía no sabe dónde hará sus prácticas. "Me dijeron que en octubre, luego que en enero", cuenta encogiéndose de hombros. Su madre, Rocío Benítez, está preocupada: "Si no encuentra empresa, ¿pierde el curso? Nadie nos lo ha explicado".

La asociación de madres y padres Ceapa ha pedido una moratoria. Su presidenta, Ana Lucía Ferrer, asegura que "las familias se han enterado de la reforma por la prensa". Los sindicatos van en la misma línea. Para CC OO, la ley es "una buena idea mal financiada".

Cárdenas admite que hay "desajustes" en el arranque, pero pide paciencia: "Ningún cambio de este calado sale perfecto el primer año".
"""

ES_PAIS_EDUCACION_GOLD: Gold = (
    ("Nos piden más con los mismos recursos", "Pilar Montero", "su directora, Pilar Montero"),
    (
        "La FP dual es la mejor vía de acceso al empleo juvenil que conocemos",
        "Luis Cárdenas",
        "el secretario general de Formación Profesional, Luis Cárdenas",
    ),
    (
        "Llamamos a talleres, a hoteles, a clínicas veterinarias. Muchos nos dicen que no tienen tiempo de formar a nadie",
        "Pilar Montero",
        "Montero",
    ),
    ("Me dijeron que en octubre, luego que en enero", "Javier", "Javier"),
    (
        "Si no encuentra empresa, ¿pierde el curso? Nadie nos lo ha explicado",
        "Rocío Benítez",
        "Su madre, Rocío Benítez",
    ),
    (
        "las familias se han enterado de la reforma por la prensa",
        "Ana Lucía Ferrer",
        "Su presidenta, Ana Lucía Ferrer",
    ),
    ("una buena idea mal financiada", "CC OO", "CC OO"),
    ("desajustes", "Luis Cárdenas", "Cárdenas"),
    ("Ningún cambio de este calado sale perfecto el primer año", "Luis Cárdenas", "Cárdenas"),
)

IT_ANSA_BILANCIO = """Conti: Ferrovie Adriatiche chiude il 2025 con utile record, l'ad: "Ora investimenti"

(ANSA) - MILANO, 14 MAR - Ferrovie Adriatiche chiude il 2025 con un utile netto di 412 milioni di euro, in crescita del 18% rispetto all'anno precedente, e ricavi per 3,1 miliardi. Lo ha comunicato la società dopo il consiglio di amministrazione, che proporrà all'assemblea un dividendo di 0,42 euro per azione.

"È il miglior risultato della nostra storia, e lo dobbiamo alle persone che ogni giorno fanno viaggiare questo Paese", ha commentato l'amministratore delegato Stefano Lombardi. "Adesso è il momento di investire: nei prossimi tre anni metteremo sul piatto 2,5 miliardi per nuovi treni e per la manutenzione della rete".

Il manager ha escluso un aumento delle tariffe. "Non lo faremo nel 2026", ha assicurato durante la conference call con gli analisti, "e stiamo lavorando perché non serva nemmeno nel 2027".

In Borsa il titolo ha guadagnato il 4,3%. Secondo Giulia Serra, analista di Banca Tirrena, i conti sono "sopra le attese su tutte le voci". Più cauto Marco De Santis di Equita Research: "Il debito resta alto e i nuovi investimenti peseranno sul flusso di cassa".

Dai sindacati è arrivato un giudizio misto. Per il segretario della Filt-Cgil, Roberto Gallo, gli utili "devono tradursi in assunzioni e non solo in dividendi". La Uiltrasporti ha chiesto un incontro urgente.

Il ministro delle Infrastrutture, Davide Moretti, ha parlato di "un segnale positivo per tutto il sistema". Lombardi, da parte sua, ha confermato che il piano industriale sarà presentato a giugno.
"""

IT_ANSA_BILANCIO_GOLD: Gold = (
    (
        "È il miglior risultato della nostra storia, e lo dobbiamo alle persone che ogni giorno fanno viaggiare questo Paese",
        "Stefano Lombardi",
        "l'amministratore delegato Stefano Lombardi",
    ),
    (
        "Adesso è il momento di investire: nei prossimi tre anni metteremo sul piatto 2,5 miliardi per nuovi treni e per la manutenzione della rete",
        "Stefano Lombardi",
        "l'amministratore delegato Stefano Lombardi",
    ),
    ("Non lo faremo nel 2026", "Stefano Lombardi", "l'amministratore delegato Stefano Lombardi"),
    (
        "e stiamo lavorando perché non serva nemmeno nel 2027",
        "Stefano Lombardi",
        "l'amministratore delegato Stefano Lombardi",
    ),
    ("sopra le attese su tutte le voci", "Giulia Serra", "Giulia Serra"),
    (
        "Il debito resta alto e i nuovi investimenti peseranno sul flusso di cassa",
        "Marco De Santis",
        "Marco De Santis",
    ),
    (
        "devono tradursi in assunzioni e non solo in dividendi",
        "Roberto Gallo",
        "il segretario della Filt-Cgil, Roberto Gallo",
    ),
    (
        "un segnale positivo per tutto il sistema",
        "Davide Moretti",
        "Il ministro delle Infrastrutture, Davide Moretti",
    ),
)

IT_CORRIERE_AMBIENTE = """Il Po in secca già a marzo, i sindaci: "Serve un piano nazionale per l'acqua"

DAL NOSTRO INVIATO
POLESINE - Il pontile di Boretto è appoggiato sulla sabbia. Dove un anno fa attraccavano le motonavi turistiche oggi si cammina all'asciutto. "Non avevo mai visto il fiume così basso a marzo, e sono nato qui", dice Ermanno Righi, 71 anni, pescatore in pensione.

I dati dell'Autorità di bacino confermano l'allarme: al ponte della Becca il Po scorre a meno della metà della portata media del periodo. "Siamo di fronte alla terza crisi idrica in cinque anni, non si può più parlare di emergenza", spiega il segretario generale Alessandro Bortoli. Secondo lui servono nuovi invasi e il riuso delle acque reflue.

Le associazioni ambientaliste non sono d'accordo. Legambiente chiede di fermare le nuove concessioni per le colture più idroesigenti. "Costruire dighe senza cambiare il modo in cui usiamo l'acqua è come allargare un secchio bucato", sostiene la presidente regionale Chiara Fontana.

I sindaci dei comuni rivieraschi hanno scritto al governo. Il primo cittadino di Boretto, Luca Benassi, è tra i firmatari. "Noi sindaci siamo lasciati soli", accusa. "Ogni estate chiediamo le autobotti e ogni estate ci dicono di aspettare".

Il governatore dell'Emilia-Romagna, Paolo Ferraresi, ha promesso 40 milioni per la manutenzione dei canali. Il ministro dell'Ambiente, interpellato dal Corriere, ha fatto sapere tramite il suo staff che un decreto è "in fase di definizione".

Gli agricoltori intanto contano i danni. "Se non piove entro aprile, perdiamo il riso", taglia corto Giovanni Pavesi, presidente di Coldiretti Rovigo.
"""

IT_CORRIERE_AMBIENTE_GOLD: Gold = (
    (
        "Non avevo mai visto il fiume così basso a marzo, e sono nato qui",
        "Ermanno Righi",
        "Ermanno Righi",
    ),
    (
        "Siamo di fronte alla terza crisi idrica in cinque anni, non si può più parlare di emergenza",
        "Alessandro Bortoli",
        "il segretario generale Alessandro Bortoli",
    ),
    (
        "Costruire dighe senza cambiare il modo in cui usiamo l'acqua è come allargare un secchio bucato",
        "Chiara Fontana",
        "la presidente regionale Chiara Fontana",
    ),
    (
        "Noi sindaci siamo lasciati soli",
        "Luca Benassi",
        "Il primo cittadino di Boretto, Luca Benassi",
    ),
    (
        "Ogni estate chiediamo le autobotti e ogni estate ci dicono di aspettare",
        "Luca Benassi",
        "Il primo cittadino di Boretto, Luca Benassi",
    ),
    ("in fase di definizione", "Il ministro dell'Ambiente", "Il ministro dell'Ambiente"),
    ("Se non piove entro aprile, perdiamo il riso", "Giovanni Pavesi", "Giovanni Pavesi"),
)

IT_ANSA_SCIOPERO = """Sciopero dei trasporti, a Roma metro chiuse e disagi per i pendolari

(ANSA) - ROMA, 8 NOV - Metro chiuse, autobus a singhiozzo e lunghe code alle fermate: lo sciopero nazionale di 24 ore del trasporto pubblico locale ha paralizzato Roma. Secondo i sindacati l'adesione ha superato l'80%.

"I lavoratori aspettano il rinnovo del contratto da due anni, e le aziende continuano a prendere tempo", ha detto all'ANSA il segretario nazionale della Fit-Cisl, Salvatore Pellegrino, durante il presidio davanti alla sede di Asstra. "Non ci fermeremo qui".

Di tutt'altro avviso l'associazione delle aziende. "Abbiamo messo sul tavolo un aumento di 180 euro, la più alta offerta degli ultimi vent'anni", ha replicato il presidente di Asstra, Giorgio Marini. Lo sciopero, ha aggiunto, "danneggia solo i cittadini".

Tra i pendolari prevaleva l'esasperazione. "Sono in piedi da un'ora e mezza e non passa niente", protestava una infermiera alla fermata di piazza Venezia. Un ragazzo accanto a lei, studente universitario, la prendeva con filosofia: "Oggi lezione saltata, pazienza".

Il sindaco di Roma, Filippo Caruso, ha chiesto al governo di convocare le parti. "La città non può essere ostaggio di una vertenza che si trascina da troppo tempo", ha scritto sui social.

Il ministro dei Trasporti ha annunciato un tavolo per la prossima settimana. Secondo fonti del ministero, l'obiettivo è chiudere l'accordo "entro Natale".
"""

IT_ANSA_SCIOPERO_GOLD: Gold = (
    (
        "I lavoratori aspettano il rinnovo del contratto da due anni, e le aziende continuano a prendere tempo",
        "Salvatore Pellegrino",
        "il segretario nazionale della Fit-Cisl, Salvatore Pellegrino",
    ),
    (
        "Non ci fermeremo qui",
        "Salvatore Pellegrino",
        "il segretario nazionale della Fit-Cisl, Salvatore Pellegrino",
    ),
    (
        "Abbiamo messo sul tavolo un aumento di 180 euro, la più alta offerta degli ultimi vent'anni",
        "Giorgio Marini",
        "il presidente di Asstra, Giorgio Marini",
    ),
    ("danneggia solo i cittadini", "Giorgio Marini", "il presidente di Asstra, Giorgio Marini"),
    ("Sono in piedi da un'ora e mezza e non passa niente", "una infermiera", "una infermiera"),
    ("Oggi lezione saltata, pazienza", "Un ragazzo", "Un ragazzo"),
    (
        "La città non può essere ostaggio di una vertenza che si trascina da troppo tempo",
        "Filippo Caruso",
        "Il sindaco di Roma, Filippo Caruso",
    ),
    ("entro Natale", "fonti del ministero", "fonti del ministero"),
)

PT_LUSA_ELEICOES = """Autárquicas: socialista Helena Matos reconquista Coimbra

Coimbra, 12 out 2025 (Lusa) - A candidata socialista Helena Matos venceu hoje as eleições autárquicas em Coimbra, com 41,3% dos votos, recuperando para o PS uma câmara que o partido tinha perdido há oito anos, segundo os resultados provisórios.

"Os conimbricenses deram-nos uma vitória clara e uma responsabilidade enorme", afirmou Helena Matos, no discurso de vitória, perante centenas de apoiantes no Largo da Portagem. "Não vou desiludir ninguém."

O presidente cessante, o social-democrata Jorge Vieira, reconheceu a derrota pouco depois das 23:00. "A democracia funcionou e eu felicito a vencedora", disse aos jornalistas, acrescentando que vai assumir o lugar de vereador.

Para o líder da distrital do PSD, Nuno Cardoso, o resultado explica-se pelo "desgaste de dois mandatos difíceis". "Não foi uma derrota do projeto, foi uma derrota do tempo", disse à agência Lusa.

Já o cabeça de lista do Chega, Rui Meireles, que conseguiu eleger dois vereadores, falou numa "noite histórica" para o partido. "Somos a terceira força e vamos ser decisivos", garantiu.

Segundo o politólogo António Pires, da Universidade de Coimbra, a nova presidente "vai precisar de acordos para governar". "Sem maioria, cada orçamento será uma negociação", explicou à Lusa.

A abstenção rondou os 46%, menos três pontos do que em 2021.
"""

PT_LUSA_ELEICOES_GOLD: Gold = (
    (
        "Os conimbricenses deram-nos uma vitória clara e uma responsabilidade enorme",
        "Helena Matos",
        "Helena Matos",
    ),
    ("Não vou desiludir ninguém.", "Helena Matos", "Helena Matos"),
    (
        "A democracia funcionou e eu felicito a vencedora",
        "Jorge Vieira",
        "O presidente cessante, o social-democrata Jorge Vieira",
    ),
    (
        "desgaste de dois mandatos difíceis",
        "Nuno Cardoso",
        "o líder da distrital do PSD, Nuno Cardoso",
    ),
    (
        "Não foi uma derrota do projeto, foi uma derrota do tempo",
        "Nuno Cardoso",
        "o líder da distrital do PSD, Nuno Cardoso",
    ),
    ("noite histórica", "Rui Meireles", "Rui Meireles"),
    ("Somos a terceira força e vamos ser decisivos", "Rui Meireles", "Rui Meireles"),
    ("vai precisar de acordos para governar", "António Pires", "o politólogo António Pires"),
    (
        "Sem maioria, cada orçamento será uma negociação",
        "António Pires",
        "o politólogo António Pires",
    ),
)

PT_FOLHA_POLICIA = """Polícia prende suspeito de série de assaltos a farmácias na zona sul de SP

A Polícia Civil de São Paulo prendeu nesta terça-feira (4) um homem de 34 anos suspeito de participar de ao menos 12 assaltos a farmácias na zona sul da capital desde agosto. Ele foi detido em um apartamento no Capão Redondo, onde os agentes encontraram uma pistola e R$ 18 mil em dinheiro.

"Era um grupo organizado, que escolhia farmácias 24 horas com poucos funcionários de madrugada", afirmou o delegado Marcelo Tavares, do 47º DP, em entrevista coletiva. Segundo ele, outros dois integrantes da quadrilha continuam foragidos.

Uma balconista que foi rendida em setembro reconheceu o suspeito por fotografia. Ela pediu para não ser identificada. "Ele colocou a arma na minha cabeça e mandou eu abrir o caixa. Eu não consigo mais trabalhar à noite", disse à Folha.

A defesa nega as acusações. O advogado Ricardo Nogueira diz que seu cliente "é trabalhador, tem endereço fixo e nunca foi condenado". "A prisão se baseia num reconhecimento fotográfico frágil, que a própria jurisprudência já condenou", afirmou.

A Secretaria da Segurança Pública disse, em nota, que os roubos a farmácias caíram 9% no estado neste ano. A Abrafarma, que reúne as grandes redes, cobra mais policiamento. "Nossos funcionários estão com medo", afirmou o presidente-executivo da entidade, Sérgio Mena.

O suspeito foi levado para o Centro de Detenção Provisória de Pinheiros e deve passar por audiência de custódia nesta quarta.
"""

PT_FOLHA_POLICIA_GOLD: Gold = (
    (
        "Era um grupo organizado, que escolhia farmácias 24 horas com poucos funcionários de madrugada",
        "Marcelo Tavares",
        "o delegado Marcelo Tavares",
    ),
    (
        "Ele colocou a arma na minha cabeça e mandou eu abrir o caixa. Eu não consigo mais trabalhar à noite",
        "Uma balconista",
        "Ela",
    ),
    (
        "é trabalhador, tem endereço fixo e nunca foi condenado",
        "Ricardo Nogueira",
        "O advogado Ricardo Nogueira",
    ),
    (
        "A prisão se baseia num reconhecimento fotográfico frágil, que a própria jurisprudência já condenou",
        "Ricardo Nogueira",
        "O advogado Ricardo Nogueira",
    ),
    (
        "Nossos funcionários estão com medo",
        "Sérgio Mena",
        "o presidente-executivo da entidade, Sérgio Mena",
    ),
)

PT_LUSA_SAUDE = """Governo aprova reforma das urgências, médicos e utentes críticos

Lisboa, 21 nov 2025 (Lusa) - O Conselho de Ministros aprovou hoje a reforma das urgências hospitalares, que prevê o encerramento noturno de oito serviços de urgência e a criação de uma linha telefónica obrigatória antes da ida ao hospital.

"Não estamos a fechar urgências, estamos a organizá-las", disse a ministra da Saúde, Catarina Lopes, na conferência de imprensa após a reunião. A governante garantiu que "nenhum português ficará a mais de uma hora de uma urgência aberta".

A Ordem dos Médicos tem outra leitura. O bastonário, Miguel Fontes, considerou que a reforma "resolve o problema no papel e agrava-o no terreno". "Sem mais médicos, a linha telefónica vai ser apenas mais uma fila de espera", disse à Lusa.

O Sindicato Independente dos Médicos admite avançar com uma greve. Segundo o secretário-geral, Paulo Rebelo, os médicos "estão exaustos" e a reforma "foi feita sem os ouvir".

Na urgência do Hospital de Santa Maria, os utentes ouvidos pela Lusa mostraram-se divididos. "Se ligar antes evitar que eu espere dez horas, ótimo", comentou Fernanda Correia, 67 anos, que acompanhava o marido. Ao lado, um jovem com o braço ao peito encolheu os ombros: "Eu liguei e mandaram-me vir na mesma".

O PSD e o Chega pediram a audição urgente da ministra no parlamento. A reforma entra em vigor a 1 de janeiro.
"""

PT_LUSA_SAUDE_GOLD: Gold = (
    (
        "Não estamos a fechar urgências, estamos a organizá-las",
        "Catarina Lopes",
        "a ministra da Saúde, Catarina Lopes",
    ),
    (
        "nenhum português ficará a mais de uma hora de uma urgência aberta",
        "Catarina Lopes",
        "A governante",
    ),
    ("resolve o problema no papel e agrava-o no terreno", "Miguel Fontes", "Miguel Fontes"),
    (
        "Sem mais médicos, a linha telefónica vai ser apenas mais uma fila de espera",
        "Miguel Fontes",
        "Miguel Fontes",
    ),
    ("estão exaustos", "Paulo Rebelo", "o secretário-geral, Paulo Rebelo"),
    ("foi feita sem os ouvir", "Paulo Rebelo", "o secretário-geral, Paulo Rebelo"),
    (
        "Se ligar antes evitar que eu espere dez horas, ótimo",
        "Fernanda Correia",
        "Fernanda Correia",
    ),
    ("Eu liguei e mandaram-me vir na mesma", "um jovem", "um jovem"),
)

NL_NOS_STAKING = """Leraren leggen werk neer, honderden scholen dicht

Op honderden basisscholen in het noorden van het land is vandaag geen les gegeven. Leraren staakten voor hogere salarissen en kleinere klassen, op oproep van de Algemene Onderwijsbond (AOb) en CNV Onderwijs.

"We staan hier niet voor onszelf, we staan hier voor de kinderen", zei AOb-voorzitter Thijs Reinders op het Zuiderdiep in Groningen, waar zo'n drieduizend leraren bijeen waren. "Elke week valt er ergens een klas uit omdat er niemand voor staat."

Minister van Onderwijs Femke Hoogland noemt de staking begrijpelijk, maar zegt dat er geen extra geld is. "Ik kan niet beloven wat ik niet heb", zei ze na de ministerraad. Volgens de minister is er dit jaar al 1,2 miljard euro extra naar het onderwijs gegaan.

Ouders reageren verdeeld. Moeder Sanne Kuipers uit Assen moest vrij nemen van haar werk. "Ik steun de juffen wel, maar dit is de derde keer dit jaar", zegt ze. Vader Erik de Boer vindt dat ouders moeten meebetalen aan acties: "Als wij niets merken, verandert er ook niets."

De PO-Raad, die de schoolbesturen vertegenwoordigt, staat achter de eisen. Voorzitter Marloes van Dijk: "Het lerarentekort is geen probleem van de vakbonden, het is een probleem van ons allemaal."

Tweede Kamerlid Joris Akkerman (GroenLinks-PvdA) wil dat het kabinet de bezuinigingen op onderwijs terugdraait. De VVD-fractie houdt de boot af. "Geld alleen lost het tekort niet op", aldus onderwijswoordvoerder Ilse Brinkman.

De bonden sluiten nieuwe acties in maart niet uit.
"""

NL_NOS_STAKING_GOLD: Gold = (
    (
        "We staan hier niet voor onszelf, we staan hier voor de kinderen",
        "Thijs Reinders",
        "AOb-voorzitter Thijs Reinders",
    ),
    (
        "Elke week valt er ergens een klas uit omdat er niemand voor staat.",
        "Thijs Reinders",
        "AOb-voorzitter Thijs Reinders",
    ),
    ("Ik kan niet beloven wat ik niet heb", "Femke Hoogland", "ze"),
    ("Ik steun de juffen wel, maar dit is de derde keer dit jaar", "Sanne Kuipers", "ze"),
    ("Als wij niets merken, verandert er ook niets.", "Erik de Boer", "Vader Erik de Boer"),
    (
        "Het lerarentekort is geen probleem van de vakbonden, het is een probleem van ons allemaal.",
        "Marloes van Dijk",
        "Voorzitter Marloes van Dijk",
    ),
    ("Geld alleen lost het tekort niet op", "Ilse Brinkman", "onderwijswoordvoerder Ilse Brinkman"),
)

NL_ANP_CIJFERS = """Chipmachinemaker Vantor boekt recordwinst, maar waarschuwt voor China

VELDHOVEN (ANP) - Chipmachinemaker Vantor heeft in het afgelopen jaar een recordwinst geboekt van 2,4 miljard euro. De omzet steeg met 22 procent tot 11,8 miljard euro, maakte het bedrijf woensdag bekend. Toch waarschuwt topman Pieter Hoekstra voor een moeilijk 2026.

"De vraag naar onze machines is nog nooit zo groot geweest", zei Hoekstra in een toelichting. "Maar de exportbeperkingen naar China gaan ons volgend jaar honderden miljoenen kosten."

Financieel directeur Anouk Verbeek verwacht dat de omzet in het eerste halfjaar vlak blijft. Volgens haar ligt er wel een orderboek van 19 miljard euro, "genoeg om de komende twee jaar door te draaien".

Analisten reageerden gematigd positief. "De cijfers zijn sterk, maar de markt had al veel ingeprijsd", zegt analist Bart Mulder van Degroof Petercam. Zijn collega Hanna Smit van ING wijst op de onzekerheid rond nieuwe Amerikaanse regels: "Daar heeft Vantor zelf weinig invloed op."

Het aandeel sloot op het Damrak 3,1 procent lager.

Hoekstra wilde niet ingaan op vragen over een mogelijke verhuizing van het hoofdkantoor. "Wij zijn een Brabants bedrijf en dat blijven we", zei hij alleen. Wel kondigde hij aan dat Vantor dit jaar 1500 nieuwe mensen wil aannemen, vooral in Veldhoven en Eindhoven.
"""

NL_ANP_CIJFERS_GOLD: Gold = (
    ("De vraag naar onze machines is nog nooit zo groot geweest", "Pieter Hoekstra", "Hoekstra"),
    (
        "Maar de exportbeperkingen naar China gaan ons volgend jaar honderden miljoenen kosten.",
        "Pieter Hoekstra",
        "Hoekstra",
    ),
    ("genoeg om de komende twee jaar door te draaien", "Anouk Verbeek", "haar"),
    (
        "De cijfers zijn sterk, maar de markt had al veel ingeprijsd",
        "Bart Mulder",
        "analist Bart Mulder",
    ),
    ("Daar heeft Vantor zelf weinig invloed op.", "Hanna Smit", "Zijn collega Hanna Smit"),
    ("Wij zijn een Brabants bedrijf en dat blijven we", "Pieter Hoekstra", "hij"),
)

NL_STANDAARD_NATUUR = """Stikstofakkoord Kempen: boeren en natuurorganisaties vinden elkaar

In de Kempen hebben boeren, natuurorganisaties en vijf gemeenten een akkoord gesloten over de stikstofuitstoot rond het natuurgebied De Maten. Dertig veehouders krijgen steun om hun stallen aan te passen, in ruil voor een bufferzone van 800 meter.

'Dit is geen overwinning voor de ene of de andere kant, dit is gezond verstand', zegt burgemeester Wouter Claes van Genk, die de gesprekken leidde. 'Twee jaar geleden zaten deze mensen niet eens aan dezelfde tafel.'

Natuurpunt is tevreden, maar blijft waakzaam. 'Een akkoord op papier is één ding, de metingen in de heide zijn iets anders', zegt woordvoerder Lies Verhoeven. Volgens haar is de stikstofneerslag in De Maten nog altijd twee keer te hoog.

Bij de boeren is de opluchting groot. Melkveehouder Koen Vermeulen uit Zonhoven had al jaren geen vergunning meer gekregen voor zijn nieuwe stal. 'Nu weet ik eindelijk waar ik aan toe ben', zegt de 46-jarige. 'Mijn zoon wil het bedrijf overnemen. Dat kan nu.'

Ecoloog Maarten Jacobs van de Universiteit Hasselt is voorzichtig positief. Hij noemt de bufferzone 'een stap in de goede richting'. 'Maar de natuur herstelt niet in een jaar. Reken op tien, vijftien jaar', zegt Jacobs.

De Boerenbond hoopt dat het akkoord een voorbeeld wordt. 'Als het hier kan, kan het overal', aldus voorzitter Sonja De Smet.

Vlaams minister van Omgeving Bart Peeters wil het akkoord dit voorjaar laten goedkeuren door de Vlaamse regering.
"""

NL_STANDAARD_NATUUR_GOLD: Gold = (
    (
        "Dit is geen overwinning voor de ene of de andere kant, dit is gezond verstand",
        "Wouter Claes",
        "burgemeester Wouter Claes",
    ),
    (
        "Twee jaar geleden zaten deze mensen niet eens aan dezelfde tafel.",
        "Wouter Claes",
        "burgemeester Wouter Claes",
    ),
    (
        "Een akkoord op papier is één ding, de metingen in de heide zijn iets anders",
        "Lies Verhoeven",
        "woordvoerder Lies Verhoeven",
    ),
    ("Nu weet ik eindelijk waar ik aan toe ben", "Koen Vermeulen", "de 46-jarige"),
    ("Mijn zoon wil het bedrijf overnemen. Dat kan nu.", "Koen Vermeulen", "de 46-jarige"),
    ("een stap in de goede richting", "Maarten Jacobs", "Hij"),
    (
        "Maar de natuur herstelt niet in een jaar. Reken op tien, vijftien jaar",
        "Maarten Jacobs",
        "Jacobs",
    ),
    ("Als het hier kan, kan het overal", "Sonja De Smet", "voorzitter Sonja De Smet"),
)
CASES: dict[str, tuple[str, Gold]] = {
    "de_dpa_debatte": (DE_DPA_DEBATTE, DE_DPA_DEBATTE_GOLD),
    "de_sda_streik": (DE_SDA_STREIK, DE_SDA_STREIK_GOLD),
    "de_apa_nachruf": (DE_APA_NACHRUF, DE_APA_NACHRUF_GOLD),
    "fr_afp_election": (FR_AFP_ELECTION, FR_AFP_ELECTION_GOLD),
    "fr_soir_agression": (FR_SOIR_AGRESSION, FR_SOIR_AGRESSION_GOLD),
    "fr_figaro_ia": (FR_FIGARO_IA, FR_FIGARO_IA_GOLD),
    "es_ep_pleno": (ES_EP_PLENO, ES_EP_PLENO_GOLD),
    "es_efe_corresponsal": (ES_EFE_CORRESPONSAL, ES_EFE_CORRESPONSAL_GOLD),
    "es_pais_educacion": (ES_PAIS_EDUCACION, ES_PAIS_EDUCACION_GOLD),
    "it_ansa_bilancio": (IT_ANSA_BILANCIO, IT_ANSA_BILANCIO_GOLD),
    "it_corriere_ambiente": (IT_CORRIERE_AMBIENTE, IT_CORRIERE_AMBIENTE_GOLD),
    "it_ansa_sciopero": (IT_ANSA_SCIOPERO, IT_ANSA_SCIOPERO_GOLD),
    "pt_lusa_eleicoes": (PT_LUSA_ELEICOES, PT_LUSA_ELEICOES_GOLD),
    "pt_folha_policia": (PT_FOLHA_POLICIA, PT_FOLHA_POLICIA_GOLD),
    "pt_lusa_saude": (PT_LUSA_SAUDE, PT_LUSA_SAUDE_GOLD),
    "nl_nos_staking": (NL_NOS_STAKING, NL_NOS_STAKING_GOLD),
    "nl_anp_cijfers": (NL_ANP_CIJFERS, NL_ANP_CIJFERS_GOLD),
    "nl_standaard_natuur": (NL_STANDAARD_NATUUR, NL_STANDAARD_NATUUR_GOLD),
}

#: The roles some speakers hold, by (story, quote).
ROLES: dict[tuple[str, str], str] = {
    ("de_sda_streik", "keine Option"): "Vorsteherin des Departements der Industriellen Betriebe",
    ("fr_afp_election", "C'est encore trop peu"): "politologue",
    ("pt_lusa_eleicoes", "vai precisar de acordos para governar"): "politólogo",
    ("nl_standaard_natuur", "een stap in de goede richting"): "Ecoloog",
}

#: Stories whose remaining errors no general rule fixes yet, with the reason
#: (the test fails if they start passing).
KNOWN_FAILURES: dict[str, str] = {}


@pytest.mark.parametrize("name", story_names(CASES, KNOWN_FAILURES))
def test_more_story(name: str) -> None:
    text, gold = CASES[name]
    check_story(name, text, gold, ROLES)


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "es",
            "Título\n\nEl líder opositor Rodrigo Salinas dijo a la agencia EFE que el anuncio "
            'es "una cortina de humo".',
            [("una cortina de humo", "Rodrigo Salinas", "El líder opositor Rodrigo Salinas")],
        ),
        (
            "pt",
            'Título\n\nO líder do PSD, Nuno Cardoso, falou. "Foi uma derrota do tempo", disse à '
            "agência Lusa.",
            [("Foi uma derrota do tempo", "Nuno Cardoso", "O líder do PSD, Nuno Cardoso")],
        ),
        (
            "es",
            '"Es una cortina de humo", dijo a la agencia EFE el líder opositor Rodrigo Salinas.',
            [("Es una cortina de humo", "Rodrigo Salinas", "el líder opositor Rodrigo Salinas")],
        ),
        (
            "fr",
            "Titre\n\n« C'est une victoire », a déclaré à l'agence Reuters le député Karim Benali.",
            [("C'est une victoire", "Karim Benali", "le député Karim Benali")],
        ),
        (
            "it",
            'Titolo\n\n"È una vittoria", ha detto all\'agenzia Dire il deputato Marco Neri.',
            [("È una vittoria", "Marco Neri", "il deputato Marco Neri")],
        ),
    ],
)
def test_a_listener_named_by_its_agency_or_paper(
    language: str, text: str, expected: list[tuple[str, str, str]]
) -> None:
    """``dijo a la agencia EFE``, ``disse à agência Lusa``, ``à l'agence
    Reuters``, ``all'agenzia Dire``: the agency is whom the words were said to,
    never their speaker."""
    assert _mentions(text, language) == expected


def test_a_body_s_noun_before_its_name_in_a_role_s_complement() -> None:
    """``El líder del opositor Comunidad Ciudadana, Rodrigo Salinas,``: the
    capitalised words after ``opositor`` are the party's name, the person's after
    the comma."""
    text = (
        "Título\n\nEl líder del opositor Comunidad Ciudadana, Rodrigo Salinas, dijo que el "
        'anuncio es "una cortina de humo".'
    )
    assert _mentions(text, "es") == [
        (
            "una cortina de humo",
            "Rodrigo Salinas",
            "El líder del opositor Comunidad Ciudadana, Rodrigo Salinas",
        )
    ]


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "pt",
            "Título\n\nUm vereador falou no Largo da Portagem.\n\nO presidente cessante, o "
            'social-democrata Jorge Vieira, reconheceu a derrota. "A democracia funcionou", '
            "disse aos jornalistas.",
            ("A democracia funcionou", "Jorge Vieira"),
        ),
        (
            "es",
            "Título\n\nEl alcalde saliente, el socialista Pedro Lara, reconoció la derrota. "
            '"La democracia ha funcionado", dijo a los periodistas.',
            ("La democracia ha funcionado", "Pedro Lara"),
        ),
    ],
)
def test_a_party_epithet_and_a_name_set_off_after_a_role(
    language: str, text: str, expected: tuple[str, str]
) -> None:
    """``O presidente cessante, o social-democrata Jorge Vieira,``: the name after
    an article and a party's epithet is the role's holder (not a place named
    before)."""
    assert [(q, n) for q, n, _m in _mentions(text, language)] == [expected]


def test_a_portuguese_passive_in_se_is_no_cue() -> None:
    """``o resultado explica-se pelo "..."``: a passive with its agent, no one
    speaks; the view is of whom ``Para`` names."""
    text = (
        'Título\n\nPara o líder do PSD, Nuno Cardoso, o resultado explica-se pelo "desgaste de '
        'dois mandatos".'
    )
    assert _mentions(text, "pt") == [
        ("desgaste de dois mandatos", "Nuno Cardoso", "o líder do PSD, Nuno Cardoso")
    ]


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "pt",
            'Título\n\nSegundo o politólogo António Pires, a nova presidente "vai precisar de '
            'acordos".',
            ("vai precisar de acordos", "António Pires", "o politólogo António Pires"),
        ),
        (
            "fr",
            "Titre\n\n« C'est encore trop peu », a regretté le politologue Yves Dumas, de "
            "Sciences Po.",
            ("C'est encore trop peu", "Yves Dumas", "le politologue Yves Dumas"),
        ),
        (
            "nl",
            "Kop\n\nEcoloog Maarten Jacobs is voorzichtig. 'Reken op tien jaar', zegt Jacobs.",
            ("Reken op tien jaar", "Maarten Jacobs", "Jacobs"),
        ),
        (
            "de",
            "Titel\n\nBundespräsident Walter Pröll würdigte den Toten. „Mit ihm verliert unser "
            "Land einen Künstler“, erklärte das Staatsoberhaupt.",
            ("Mit ihm verliert unser Land einen Künstler", "Walter Pröll", "das Staatsoberhaupt"),
        ),
        (
            "de",
            "Titel\n\nDer Dirigent Ferdinand Kastner ist tot.\n\nSeine Tochter Martina Kastner "
            "sagte, er sei friedlich eingeschlafen. „Er hat bis zuletzt Partituren gelesen“, "
            "sagte sie.",
            ("Er hat bis zuletzt Partituren gelesen", "Martina Kastner", "sie"),
        ),
        (
            "de",
            "Titel\n\nDer Dirigent Ferdinand Kastner ist tot.\n\nDie Geigerin Sophie Aigner, die "
            "unter Kastner debütierte, war bewegt. „Er hat mir alles beigebracht“, sagte die "
            "34-Jährige.",
            ("Er hat mir alles beigebracht", "Sophie Aigner", "die 34-Jährige"),
        ),
        (
            "de",
            "Titel\n\nStadträtin Karin Huber (SP) mahnte zur Einigung. Ein Streik sei „keine "
            "Option“, sagte die Vorsteherin des Departements.",
            ("keine Option", "Karin Huber", "die Vorsteherin des Departements"),
        ),
    ],
)
def test_the_roles_of_elections_obituaries_and_city_halls(
    language: str, text: str, expected: tuple[str, str, str]
) -> None:
    """Political scientists and ecologists by what they study, a head of state by
    that noun, a daughter and a violinist of an obituary (not the dead man whose
    surname one of them bears, nor he whom the age after her does not fit), a
    city councillor by the department she heads."""
    assert _mentions(text, language)[-1] == expected


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "de",
            "Titel\n\nKulturministerin Eva Lindner (ÖVP) sprach von einem „schmerzlichen Verlust“.",
            [("schmerzlichen Verlust", "Eva Lindner", "Kulturministerin Eva Lindner")],
        ),
        (
            "es",
            'Título\n\nEl diputado Jordi Puigvert (ERC) afirmó que el PP "sobreactúa".',
            [("sobreactúa", "Jordi Puigvert", "El diputado Jordi Puigvert")],
        ),
    ],
)
def test_a_party_s_letters_in_brackets_between_a_name_and_its_cue(
    language: str, text: str, expected: list[tuple[str, str, str]]
) -> None:
    """``Eva Lindner (ÖVP) sprach von``: the party in brackets after the name does
    not part the subject from its cue, in any language."""
    assert _mentions(text, language) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Titel\n\nDer Rentenexperte Frank Hellwig vom Institut der deutschen Wirtschaft sagte "
        "der Deutschen Presse-Agentur, die Rechnung gehe „nur bei sehr optimistischen "
        "Annahmen“ auf.",
        "Titel\n\nDer Rentenexperte Frank Hellwig vom Institut sagte, die Rechnung gehe „nur bei "
        "sehr optimistischen Annahmen“ auf.",
    ],
)
def test_what_a_german_speaker_is_of_before_the_cue(text: str) -> None:
    """``Frank Hellwig vom Institut der deutschen Wirtschaft sagte``: ``vom`` and
    a declined adjective go on what the speaker is of; the comma after the cue is
    not one that sets it off."""
    quotes = _mentions(text, "de")
    assert [(q, n) for q, n, _m in quotes] == [
        ("nur bei sehr optimistischen Annahmen", "Frank Hellwig")
    ]


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "de",
            "Titel\n\nSekretärin Claudia Meier warnte: „Wir streiken weiter.“\n\nAn den "
            "Haltestellen warteten viele. Eine Studentin am Central nahm es gelassen. „Ich laufe "
            "halt“, sagte sie. Ein älterer Herr war weniger verständnisvoll: „Die sollen "
            "arbeiten.“",
            [
                ("Ich laufe halt", "Eine Studentin", "sie"),
                ("Die sollen arbeiten.", "Ein älterer Herr", "Ein älterer Herr"),
            ],
        ),
        (
            "pt",
            'Título\n\nOs utentes estavam divididos. "Se ligar antes evitar a espera, ótimo", '
            "comentou Fernanda Correia, 67 anos. Ao lado, um jovem com o braço ao peito encolheu "
            'os ombros: "Eu liguei e mandaram-me vir na mesma".',
            [("Eu liguei e mandaram-me vir na mesma", "um jovem", "um jovem")],
        ),
        (
            "it",
            'Titolo\n\n"Sono in piedi da un\'ora", protestava una infermiera alla fermata. Un '
            'ragazzo accanto a lei, studente universitario, la prendeva con filosofia: "Oggi '
            'lezione saltata, pazienza".',
            [
                ("Sono in piedi da un'ora", "una infermiera", "una infermiera"),
                ("Oggi lezione saltata, pazienza", "Un ragazzo", "Un ragazzo"),
            ],
        ),
        (
            "pt",
            "Título\n\nO delegado Marcelo Tavares falou. Uma balconista foi rendida em setembro. "
            'Ela pediu para não ser identificada. "Eu não consigo mais trabalhar à noite", disse.',
            [("Eu não consigo mais trabalhar à noite", "Uma balconista", "Ela")],
        ),
    ],
)
def test_someone_new_in_the_street_is_not_the_last_speaker(
    language: str, text: str, expected: list[tuple[str, str, str]]
) -> None:
    """``Eine Studentin ... sagte sie``, ``Ein älterer Herr war ...: „...“``, ``um
    jovem ... encolheu os ombros: "..."``: a passer-by an indefinite article
    introduces speaks after it, not the woman quoted before."""
    assert _mentions(text, language)[-len(expected) :] == expected


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "it",
            "Titolo\n\nIl governatore, Paolo Ferraresi, ha promesso 40 milioni. Il ministro "
            'dell\'Ambiente ha fatto sapere che un decreto è "in fase di definizione".',
            (
                "in fase di definizione",
                "Il ministro dell'Ambiente",
                "Il ministro dell'Ambiente",
            ),
        ),
        (
            "de",
            "Titel\n\nBundeskanzler Jonas Vogt besuchte das Werk. Der Minister sagte, die Lage sei "
            "„ernst“.",
            ("ernst", "Der Minister", "Der Minister"),
        ),
    ],
)
def test_an_office_is_not_held_by_someone_introduced_with_another(
    language: str, text: str, expected: tuple[str, str, str]
) -> None:
    """``il governatore, Paolo Ferraresi`` ... ``Il ministro dell'Ambiente``: a
    minister is no governor; the office names someone of its own."""
    assert _mentions(text, language)[-1] == expected


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "fr",
            "Titre\n\n« Nous voulons bâtir un champion », affirme au Figaro son cofondateur et "
            "président, Thibault Aubry.\n\nLes fonds serviront à acheter du calcul. « Sans "
            "calcul, pas de modèles », résume l'entrepreneur.",
            [
                (
                    "Nous voulons bâtir un champion",
                    "Thibault Aubry",
                    "son cofondateur et président, Thibault Aubry",
                ),
                ("Sans calcul, pas de modèles", "Thibault Aubry", "l'entrepreneur"),
            ],
        ),
        (
            "it",
            '"I lavoratori aspettano da due anni", ha detto all\'ANSA il segretario nazionale '
            "della Fit-Cisl, Salvatore Pellegrino, durante il presidio.",
            [
                (
                    "I lavoratori aspettano da due anni",
                    "Salvatore Pellegrino",
                    "il segretario nazionale della Fit-Cisl, Salvatore Pellegrino",
                )
            ],
        ),
    ],
)
def test_a_listener_between_a_cue_and_its_inverted_subject(
    language: str, text: str, expected: list[tuple[str, str, str]]
) -> None:
    """``affirme au Figaro son cofondateur``, ``ha detto all'ANSA il segretario``:
    the paper or agency is skipped, the subject after it read (a co-founder is a
    founder's role; ``l'entrepreneur`` after him is an epithet of his)."""
    assert _mentions(text, language) == expected


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "fr",
            "Titre\n\nAmine, un voisin qui a assisté à la scène, raconte : « Il criait, il était "
            "très agité. »",
            [("Il criait, il était très agité.", "Amine", "Amine")],
        ),
        (
            "it",
            'Titolo\n\nPiù cauto Marco De Santis di Equita Research: "Il debito resta alto".',
            [("Il debito resta alto", "Marco De Santis", "Marco De Santis")],
        ),
        (
            "es",
            'Título\n\nMás prudente Marta Gil, de BBVA Research: "La deuda sigue alta".',
            [("La deuda sigue alta", "Marta Gil", "Marta Gil")],
        ),
        (
            "nl",
            'Kop\n\nDe PO-Raad staat achter de eisen. Voorzitter Marloes van Dijk: "Het '
            'lerarentekort is een probleem van ons allemaal."',
            [
                (
                    "Het lerarentekort is een probleem van ons allemaal.",
                    "Marloes van Dijk",
                    "Voorzitter Marloes van Dijk",
                )
            ],
        ),
        (
            "de",
            "Titel\n\nDer Verband steht hinter den Forderungen. Präsidentin Marlene Dietz: „Das "
            "ist ein Problem von uns allen.“",
            [("Das ist ein Problem von uns allen.", "Marlene Dietz", "Präsidentin Marlene Dietz")],
        ),
    ],
)
def test_who_a_colon_introduces(
    language: str, text: str, expected: list[tuple[str, str, str]]
) -> None:
    """A name set off by a clause with a relative in it before its cue (``Amine, un
    voisin qui ..., raconte :``), a verbless comparison (``Più cauto X:``), a name
    alone before the colon, as a label (``Voorzitter Marloes van Dijk:``)."""
    assert _mentions(text, language) == expected


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "es",
            'Título\n\nLa portavoz del PP, Marta Villalba, ha acusado al Gobierno de "comprar '
            'votos con el dinero de todos". "Ustedes no reforman, subastan", ha espetado Villalba.',
            [
                ("comprar votos con el dinero de todos", "Marta Villalba"),
                ("Ustedes no reforman, subastan", "Marta Villalba"),
            ],
        ),
        (
            "it",
            'Titolo\n\n"Costruire dighe non basta", sostiene la presidente regionale Chiara '
            "Fontana.",
            [("Costruire dighe non basta", "Chiara Fontana")],
        ),
        (
            "de",
            "Titel\n\nBundespräsident Walter Pröll würdigte Kastner als „großen Botschafter der "
            "Musik“.",
            [("großen Botschafter der Musik", "Walter Pröll")],
        ),
        (
            "fr",
            "Titre\n\nLe ministre Paul Lemaire s'est félicité d'une « excellente nouvelle pour "
            "la souveraineté ».",
            [("excellente nouvelle pour la souveraineté", "Paul Lemaire")],
        ),
    ],
)
def test_the_cues_of_debates_and_tributes(
    language: str, text: str, expected: list[tuple[str, str]]
) -> None:
    """``ha espetado``, ``ha acusado ... de "..."``, ``sostiene``, ``würdigte ...
    als``, ``s'est félicité d'une``: a retort, an accusation, an argument, a
    tribute are speech."""
    assert [(q, n) for q, n, _m in _mentions(text, language)] == expected


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "es",
            "Título\n\nLa directora Pilar Montero habla de las prácticas.\n\nJavier, de 17 años, "
            'estudia Automoción. "Me dijeron que en octubre", cuenta encogiéndose de hombros.',
            [("Me dijeron que en octubre", "Javier", "Javier")],
        ),
        (
            "it",
            '"I lavoratori aspettano", ha detto il segretario Salvatore Pellegrino. "Non ci '
            'fermeremo qui".',
            [
                ("I lavoratori aspettano", "Salvatore Pellegrino"),
                ("Non ci fermeremo qui", "Salvatore Pellegrino"),
            ],
        ),
    ],
)
def test_ages_gerunds_and_stops_after_the_marks(
    language: str, text: str, expected: list[tuple[str, ...]]
) -> None:
    """``Javier, de 17 años,`` is someone named by first name and age; a gerund
    after ``cuenta`` leaves its subject dropped; ``"Non ci fermeremo qui".`` is a
    sentence of speech though its stop stands after the closing mark."""
    got = _mentions(text, language)
    assert [tuple(one[: len(want)]) for one, want in zip(got, expected, strict=True)] == expected


def test_a_dutch_speaker_by_age_alone() -> None:
    """``zegt de 46-jarige``: someone named before, by age."""
    text = (
        "Kop\n\nMelkveehouder Koen Vermeulen kreeg geen vergunning. 'Nu weet ik waar ik aan "
        "toe ben', zegt de 46-jarige."
    )
    assert _mentions(text, "nl") == [
        ("Nu weet ik waar ik aan toe ben", "Koen Vermeulen", "de 46-jarige")
    ]


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "es",
            'Título\n\nEl diputado Jordi Puigvert ha defendido el acuerdo. "Cataluña no pide '
            'privilegios", ha afirmado. A su juicio, el PP "sobreactúa".',
            ("sobreactúa", "Jordi Puigvert"),
        ),
        (
            "fr",
            "Titre\n\nLa députée Anne Roux a défendu le texte. « Il est juste », a-t-elle dit. À "
            "son avis, la droite « surjoue ».",
            ("surjoue", "Anne Roux"),
        ),
    ],
)
def test_a_view_by_possessive_is_the_last_speaker_s(
    language: str, text: str, expected: tuple[str, str]
) -> None:
    """``A su juicio, el PP "sobreactúa"``: whose view the possessive gives is the
    subject of the last cue before it."""
    assert [(q, n) for q, n, _m in _mentions(text, language)][-1] == expected


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "it",
            "Titolo\n\nI sindaci dei comuni rivieraschi hanno scritto al governo. Il primo "
            'cittadino di Boretto, Luca Benassi, è tra i firmatari. "Noi sindaci siamo lasciati '
            'soli", accusa.',
            [("Noi sindaci siamo lasciati soli", "Luca Benassi")],
        ),
        (
            "it",
            'Titolo\n\n"Se non piove entro aprile, perdiamo il riso", taglia corto Giovanni '
            "Pavesi, presidente di Coldiretti Rovigo.",
            [("Se non piove entro aprile, perdiamo il riso", "Giovanni Pavesi")],
        ),
        (
            "es",
            'Título\n\n"No habrá más prórrogas", zanja el consejero Rafael Campos.',
            [("No habrá más prórrogas", "Rafael Campos")],
        ),
        # the noun of the same spelling is no cue
        (
            "it",
            'Titolo\n\nSecondo la pubblica accusa il sindaco avrebbe preso "soldi in nero".',
            [],
        ),
    ],
)
def test_cues_only_after_a_quote(language: str, text: str, expected: list[tuple[str, str]]) -> None:
    """``"...", accusa.``, ``"...", taglia corto Giovanni Pavesi``: verbs that are
    nouns elsewhere (``la pubblica accusa``) are cues right after a quote; a
    singular one's dropped subject is no group named before (``I sindaci ...
    hanno scritto``), but the person named after it."""
    assert [(q, n) for q, n, _m in _mentions(text, language)] == expected


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "fr",
            "Titre\n\nLa présidente Hélène Roux a parlé.\n\nThibault Aubry, lui, balaie les "
            "critiques. « Les bulles, c'est quand il n'y a pas de clients. Nous en avons 600. »",
            [
                (
                    "Les bulles, c'est quand il n'y a pas de clients. Nous en avons 600.",
                    "Thibault Aubry",
                    "Thibault Aubry",
                )
            ],
        ),
        (
            "es",
            "Título\n\nLa ministra Ana Gil habló.\n\nPedro Lara, él, prefiere esperar. «No hay "
            "prisa, el acuerdo llegará».",
            [("No hay prisa, el acuerdo llegará", "Pedro Lara", "Pedro Lara")],
        ),
    ],
)
def test_a_person_set_off_by_a_stressed_pronoun_before_a_quote(
    language: str, text: str, expected: list[tuple[str, str, str]]
) -> None:
    """``Thibault Aubry, lui, balaie les critiques. « ... »``: the sentence turns to
    the person its stressed pronoun sets off; the quote after it is theirs, not the
    speaker of the paragraph before."""
    assert _mentions(text, language) == expected
