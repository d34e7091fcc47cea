"""Quotes and speakers in invented agency stories in German, French, Spanish,
Italian, Portuguese and Dutch, in genres the first two unseen files did not try.

Every story is invented (names, places, figures and words; no real story is
copied) in the house style of one agency or paper (dpa, APA, Keystone-SDA, AFP,
Le Monde, EFE, Europa Press, ANSA, Repubblica-style reportage, Lusa, Agência
Brasil, Record-style sports copy, ANP, Belga), with each language's quotation
marks: a football match report with coaches, players known by surname or
nickname and their epithets (``der 33-Jährige``, ``l'attaccante``, ``il
tecnico``); court cases (judge, prosecutor, defence lawyer, the accused, a
witness); science and health stories (``la Pr``, ``il Prof.``, ``Dr.``, ``la
chercheuse``); culture and prizes (a jury, a publisher, titles of works); a
disaster with rescuers and residents named by first name and age; interviews
in question-and-answer form (dialogue dashes, questions alone in a paragraph,
and one without quotation marks); bodies as speakers (police, ministries,
companies, a jury).  The gold is every quote of :attr:`Article.quotes` in text
order with its speaker's name and mention; the roles in :data:`ROLES` where a
role matters.  The answers of the interview without quotation marks
(``FR_MONDE_ENTRETIEN``) are no quotes: only its titles and scare quotes are
tested (none is a quote).
"""

from __future__ import annotations

import pytest

from tests.test_quotes_intl_unseen import Gold, _mentions
from tests.test_quotes_unseen import check_story, story_names

DE_DPA_DERBY = """Werder dreht Nordderby – Trainer Hölscher: „Die Mannschaft hat Charakter gezeigt“

BREMEN (dpa) - Werder Bremen hat das Nordderby gegen den Hamburger SV nach einem 0:2-Rückstand noch mit 3:2 gewonnen. Vor 42.100 Zuschauern im ausverkauften Weserstadion trafen Okafor (61. Minute), Brandl (74.) und Kapitän Tim Reinholz (89.) für die Gastgeber, nachdem Petrović (12.) und Lindqvist (38.) den HSV in Führung gebracht hatten.

„Die Mannschaft hat Charakter gezeigt“, sagte Werder-Trainer Ole Hölscher nach dem Abpfiff. „In der ersten Halbzeit waren wir zu passiv, das habe ich den Jungs in der Kabine auch deutlich gesagt.“ Er habe in der Pause zweimal gewechselt und auf eine Dreierkette umgestellt.

Der Trainer lobte vor allem den eingewechselten Okafor. „Er hat uns mit seiner Geschwindigkeit das Spiel zurückgegeben“, sagte Hölscher. Der 21-Jährige, den die Fans nur „Oki“ rufen, traf mit seinem ersten Ballkontakt.

Matchwinner Reinholz sprach von einem „besonderen Abend“. „So ein Tor in der letzten Minute gegen Hamburg, davon träumst du als Kind“, sagte der 33-Jährige dem Sender Sky. „Ich habe einfach draufgehalten.“

Beim HSV herrschte dagegen Ernüchterung. „Wir haben das Spiel aus der Hand gegeben, und das darf uns nicht passieren“, sagte Trainer Marco Sailer. Seine Mannschaft habe nach der Pause „aufgehört, Fußball zu spielen“.

Torschütze Lindqvist wollte keine Ausreden suchen. „Zwei Tore Vorsprung musst du über die Zeit bringen“, sagte der Schwede. „Das ist Kopfsache.“

Sportvorstand Jens Kallweit nahm die Mannschaft in die Pflicht. „Wir müssen jetzt ehrlich miteinander sein“, sagte er. Eine Trainerdiskussion gebe es aber nicht.

Mit dem Sieg springt Werder auf Rang sechs. Der HSV bleibt Neunter. Am kommenden Samstag empfängt Bremen den VfL Bochum, Hamburg reist nach Freiburg.

Für Werder war es der erste Derbysieg seit drei Jahren. Die Bremer haben damit in den vergangenen fünf Spielen elf Punkte geholt und den Abstand auf die Champions-League-Plätze auf vier Zähler verkürzt. Das Rückspiel im Volksparkstadion ist für Ende April angesetzt, die Polizei rechnet erneut mit einem Großeinsatz.
"""

DE_DPA_DERBY_GOLD: Gold = (
    ("Die Mannschaft hat Charakter gezeigt", "Ole Hölscher", "Werder-Trainer Ole Hölscher"),
    (
        "In der ersten Halbzeit waren wir zu passiv, das habe ich den Jungs in der Kabine auch deutlich gesagt.",
        "Ole Hölscher",
        "Werder-Trainer Ole Hölscher",
    ),
    ("Er hat uns mit seiner Geschwindigkeit das Spiel zurückgegeben", "Ole Hölscher", "Hölscher"),
    ("besonderen Abend", "Tim Reinholz", "Matchwinner Reinholz"),
    (
        "So ein Tor in der letzten Minute gegen Hamburg, davon träumst du als Kind",
        "Tim Reinholz",
        "der 33-Jährige",
    ),
    ("Ich habe einfach draufgehalten.", "Tim Reinholz", "der 33-Jährige"),
    (
        "Wir haben das Spiel aus der Hand gegeben, und das darf uns nicht passieren",
        "Marco Sailer",
        "Trainer Marco Sailer",
    ),
    ("aufgehört, Fußball zu spielen", "Marco Sailer", "Trainer Marco Sailer"),
    ("Zwei Tore Vorsprung musst du über die Zeit bringen", "Lindqvist", "der Schwede"),
    ("Das ist Kopfsache.", "Lindqvist", "der Schwede"),
    ("Wir müssen jetzt ehrlich miteinander sein", "Jens Kallweit", "er"),
)

DE_APA_PROZESS = """Betrugsprozess in Graz: Ex-Bankberater zu drei Jahren Haft verurteilt

GRAZ (APA) - Ein ehemaliger Bankberater ist am Mittwoch am Grazer Straflandesgericht wegen schweren gewerbsmäßigen Betrugs zu drei Jahren unbedingter Haft verurteilt worden. Der 52-Jährige soll über sieben Jahre hinweg 38 Kunden um insgesamt 2,1 Millionen Euro gebracht haben. Das Urteil ist nicht rechtskräftig.

Der Angeklagte, Gerald M., zeigte sich zu Prozessbeginn teilweise geständig. „Ich habe Fehler gemacht, und ich schäme mich dafür“, sagte er vor dem Schöffensenat. Er habe das Geld aber nicht für sich behalten wollen, sondern gehofft, die Verluste mit riskanten Geschäften wieder hereinzuholen.

Staatsanwältin Birgit Lechner sah das anders. „Der Angeklagte hat das Vertrauen älterer Menschen systematisch ausgenutzt“, sagte sie in ihrem Schlussvortrag. Viele Opfer hätten ihre gesamten Ersparnisse verloren. Von einem „Pechvogel an der Börse“ könne keine Rede sein.

Eine 79-jährige Pensionistin schilderte als Zeugin, wie sie ihr Erspartes verlor. „Er war immer so freundlich, er hat sogar zu meinem Geburtstag angerufen“, sagte die Frau unter Tränen. „Heute weiß ich, warum.“

Verteidiger Markus Holzer plädierte auf eine teilbedingte Strafe. Sein Mandant habe „alles verloren, was er hatte“, und zahle bereits monatlich an die Geschädigten zurück. „Mein Mandant ist kein Krimineller aus Gier, sondern ein Mann, der den Boden unter den Füßen verloren hat“, so Holzer.

Richterin Sandra Posch folgte dieser Argumentation nicht. „Der Schaden ist enorm, und er trifft die Schwächsten“, sagte sie in der Urteilsbegründung. Mildernd seien das Teilgeständnis und die bisherige Unbescholtenheit gewesen, erschwerend der lange Tatzeitraum.

Die Bank hat nach eigenen Angaben bereits den Großteil der Schäden ersetzt. Ein Sprecher des Instituts sagte, man habe die internen Kontrollen „grundlegend überarbeitet“.

Der Verteidiger meldete Berufung an, die Staatsanwaltschaft gab keine Erklärung ab.

Der Prozess hatte im Oktober begonnen und sich über sechs Verhandlungstage erstreckt. Insgesamt wurden 24 Zeugen gehört, darunter frühere Kolleginnen und Kollegen des Angeklagten sowie ein Sachverständiger für Bankwesen. Mehrere Geschädigte haben sich dem Verfahren als Privatbeteiligte angeschlossen und fordern zusätzlich Schadenersatz.
"""

DE_APA_PROZESS_GOLD: Gold = (
    ("Ich habe Fehler gemacht, und ich schäme mich dafür", "Gerald M.", "er"),
    (
        "Der Angeklagte hat das Vertrauen älterer Menschen systematisch ausgenutzt",
        "Birgit Lechner",
        "sie",
    ),
    ("Pechvogel an der Börse", "Birgit Lechner", "sie"),
    (
        "Er war immer so freundlich, er hat sogar zu meinem Geburtstag angerufen",
        "die Frau",
        "die Frau",
    ),
    ("Heute weiß ich, warum.", "die Frau", "die Frau"),
    ("alles verloren, was er hatte", "Markus Holzer", "Verteidiger Markus Holzer"),
    (
        "Mein Mandant ist kein Krimineller aus Gier, sondern ein Mann, der den Boden unter den Füßen verloren hat",
        "Markus Holzer",
        "Holzer",
    ),
    ("Der Schaden ist enorm, und er trifft die Schwächsten", "Sandra Posch", "sie"),
    ("grundlegend überarbeitet", "Ein Sprecher des Instituts", "Ein Sprecher des Instituts"),
)

DE_SDA_MURGANG = """Murgang verschüttet Weiler im Wallis – Bewohner evakuiert

SITTEN - Ein Murgang hat in der Nacht auf Sonntag im Weiler Ried oberhalb von Gampel VS drei Wohnhäuser und mehrere Ställe verschüttet. Verletzt wurde nach ersten Erkenntnissen niemand. Rund 60 Bewohnerinnen und Bewohner mussten ihre Häuser verlassen, wie die Kantonspolizei Wallis mitteilte.

«Der Murgang hat sich kurz nach zwei Uhr gelöst», sagte Polizeisprecher Jean-Marc Bonvin der Nachrichtenagentur Keystone-SDA. Die Einsatzkräfte seien bereits wenige Minuten später vor Ort gewesen. «Dank der Warnung durch das Messsystem konnten die meisten Bewohner rechtzeitig ihre Häuser verlassen.»

Anna Zenhäusern, 71, wohnt seit ihrer Geburt im Weiler. «Ich habe ein Donnern gehört wie von einem Zug», erzählte sie am Sonntagmorgen in der Turnhalle von Gampel, wo die Gemeinde eine Notunterkunft eingerichtet hat. «Dann hat mein Sohn an die Tür geklopft und gerufen, wir müssen sofort weg.»

Ihr Nachbar Beat, 45, konnte nur noch seine Hunde retten. «Das Haus ist voll Schlamm bis unter das Dach», sagte der Landwirt. «Aber wir leben, das ist die Hauptsache.»

Der Gemeindepräsident von Gampel, Roland Imboden, sprach von einem «schwarzen Tag» für die Gemeinde. Die Solidarität sei aber gross. «Innert zwei Stunden hatten alle Evakuierten ein Bett», sagte er.

Laut dem kantonalen Amt für Naturgefahren hatten die starken Regenfälle der vergangenen Tage den Boden völlig durchnässt. Ein Geologe des Kantons sagte, die Gefahr weiterer Murgänge sei «nach wie vor erheblich». Die Strasse nach Ried bleibt bis auf weiteres gesperrt.

Die Armee stellte am Sonntag zwei Helikopter und eine Kompanie Rettungstruppen zur Verfügung. Das Verteidigungsdepartement teilte mit, der Einsatz könne «mehrere Wochen» dauern.

Wann die Bewohner zurückkehren können, ist offen. «Wir werden niemanden in ein Haus lassen, solange wir nicht sicher sind, dass der Hang hält», sagte Imboden.

Der Weiler Ried war bereits im Sommer 2019 von einem kleineren Murgang betroffen gewesen. Damals hatte der Kanton ein Frühwarnsystem mit Sensoren im Bachbett installiert, das nun Alarm ausgelöst hat. Die Gemeinde will in den kommenden Tagen über den Bau eines zusätzlichen Auffangbeckens beraten.
"""

DE_SDA_MURGANG_GOLD: Gold = (
    (
        "Der Murgang hat sich kurz nach zwei Uhr gelöst",
        "Jean-Marc Bonvin",
        "Polizeisprecher Jean-Marc Bonvin",
    ),
    (
        "Dank der Warnung durch das Messsystem konnten die meisten Bewohner rechtzeitig ihre Häuser verlassen.",
        "Jean-Marc Bonvin",
        "Polizeisprecher Jean-Marc Bonvin",
    ),
    ("Ich habe ein Donnern gehört wie von einem Zug", "Anna Zenhäusern", "sie"),
    (
        "Dann hat mein Sohn an die Tür geklopft und gerufen, wir müssen sofort weg.",
        "Anna Zenhäusern",
        "sie",
    ),
    ("Das Haus ist voll Schlamm bis unter das Dach", "Beat", "der Landwirt"),
    ("Aber wir leben, das ist die Hauptsache.", "Beat", "der Landwirt"),
    ("schwarzen Tag", "Roland Imboden", "Der Gemeindepräsident von Gampel, Roland Imboden"),
    ("Innert zwei Stunden hatten alle Evakuierten ein Bett", "Roland Imboden", "er"),
    ("nach wie vor erheblich", "Ein Geologe des Kantons", "Ein Geologe des Kantons"),
    ("mehrere Wochen", "Das Verteidigungsdepartement", "Das Verteidigungsdepartement"),
    (
        "Wir werden niemanden in ein Haus lassen, solange wir nicht sicher sind, dass der Hang hält",
        "Roland Imboden",
        "Imboden",
    ),
)

FR_AFP_SANTE = """Cancer du pancréas : un test sanguin prometteur mis au point à Lyon

PARIS (AFP) - Des chercheurs lyonnais ont mis au point un test sanguin capable de détecter certains cancers du pancréas jusqu'à deux ans avant l'apparition des premiers symptômes, selon une étude publiée mercredi dans la revue Nature Medicine.

« C'est la première fois qu'on parvient à repérer ce cancer aussi tôt, avec une fiabilité suffisante pour envisager un dépistage », a déclaré à l'AFP la Pr Hélène Marchetti, oncologue au Centre Léon-Bérard et coordinatrice de l'étude. Le test repose sur l'analyse de fragments d'ADN tumoral qui circulent dans le sang.

L'équipe a suivi pendant six ans plus de 4.000 patients considérés comme à risque, notamment des diabétiques de plus de 50 ans. Le test a correctement identifié 83 % des cancers diagnostiqués par la suite.

« Nous restons prudents », a toutefois souligné la chercheuse. « Il faudra confirmer ces résultats sur une population plus large avant de parler d'un outil de routine. »

Le cancer du pancréas, souvent qualifié de « tueur silencieux », reste l'un des plus meurtriers : moins de 12 % des malades sont encore en vie cinq ans après le diagnostic, selon l'Institut national du cancer.

Pour le Dr Karim Benali, gastro-entérologue à l'hôpital Saint-Antoine à Paris, qui n'a pas participé aux travaux, ces résultats sont « une vraie avancée ». « Aujourd'hui, dans huit cas sur dix, nous découvrons la maladie à un stade où l'on ne peut plus opérer », explique-t-il. « Gagner deux ans, c'est changer complètement la donne. »

Le médecin met cependant en garde contre les faux positifs. Un test positif à tort pourrait entraîner « des examens invasifs inutiles et beaucoup d'angoisse », prévient-il.

Le ministère de la Santé a indiqué qu'il suivrait « avec la plus grande attention » les prochaines étapes de l'étude. La Haute autorité de santé n'a pas souhaité commenter.

L'association de patients Pancréas Espoir a salué une « lueur d'espoir ». « Chaque mois gagné, ce sont des vies sauvées », a réagi sa présidente, Martine Roux, qui a perdu son mari de la maladie en 2019.

Une seconde phase de l'étude, portant sur 20.000 personnes dans douze hôpitaux français, doit débuter au printemps, a précisé l'équipe lyonnaise.
"""

FR_AFP_SANTE_GOLD: Gold = (
    (
        "C'est la première fois qu'on parvient à repérer ce cancer aussi tôt, avec une fiabilité suffisante pour envisager un dépistage",
        "Hélène Marchetti",
        "la Pr Hélène Marchetti",
    ),
    ("Nous restons prudents", "Hélène Marchetti", "la chercheuse"),
    (
        "Il faudra confirmer ces résultats sur une population plus large avant de parler d'un outil de routine.",
        "Hélène Marchetti",
        "la chercheuse",
    ),
    ("une vraie avancée", "Karim Benali", "le Dr Karim Benali"),
    (
        "Aujourd'hui, dans huit cas sur dix, nous découvrons la maladie à un stade où l'on ne peut plus opérer",
        "Karim Benali",
        "il",
    ),
    ("Gagner deux ans, c'est changer complètement la donne.", "Karim Benali", "il"),
    ("des examens invasifs inutiles et beaucoup d'angoisse", "Karim Benali", "il"),
    ("avec la plus grande attention", "Le ministère de la Santé", "Le ministère de la Santé"),
    ("lueur d'espoir", "Pancréas Espoir", "L'association de patients Pancréas Espoir"),
    ("Chaque mois gagné, ce sont des vies sauvées", "Martine Roux", "sa présidente, Martine Roux"),
)

FR_MONDE_ENTRETIEN = """Anne-Sophie Leclerc : « La sobriété n'est pas une punition »

Ancienne directrice de l'Agence de l'environnement, l'économiste Anne-Sophie Leclerc publie cette semaine « Moins mais mieux » (Seuil, 240 pages), un essai sur la transition énergétique. Entretien.

Votre livre s'ouvre sur une scène de coupure de courant. Pourquoi ?

Parce que c'est là que tout commence. Pendant l'hiver 2022, beaucoup de Français ont découvert que l'électricité n'était pas un acquis. J'ai voulu partir de cette peur, qui est réelle, pour montrer qu'on peut en faire autre chose qu'une angoisse.

Le mot « sobriété » fait pourtant peur à beaucoup de gens.

Je le sais. On l'associe aux privations, au retour à la bougie. Mais la sobriété n'est pas une punition, c'est une organisation. Isoler un logement, ce n'est pas se priver, c'est arrêter de chauffer la rue.

Le gouvernement en fait-il assez ?

Non. Les annonces sont nombreuses, les moyens ne suivent pas. Le plan de rénovation des logements devait toucher 700.000 foyers par an ; on en est à peine à la moitié. Tant qu'on changera les règles tous les dix-huit mois, les artisans ne s'engageront pas.

Vous avez dirigé une agence publique. N'êtes-vous pas un peu responsable ?

Bien sûr, et je l'écris. Nous avons trop longtemps cru qu'il suffisait de bonnes campagnes de communication. Les gens ne changent pas parce qu'on leur fait la morale, ils changent quand c'est plus simple et moins cher.

Que répondez-vous à ceux qui parlent d'« écologie punitive » ?

Que la vraie punition, c'est la facture. Un ménage modeste qui vit dans une passoire thermique paie deux fois plus pour avoir froid. Ça, personne ne l'appelle « punitif ».

Êtes-vous optimiste ?

Raisonnablement. Les solutions existent, elles sont connues, elles ne coûtent pas plus cher que l'inaction. Ce qui manque, c'est la constance.

Propos recueillis par Julien Marceau
"""

FR_MONDE_ENTRETIEN_GOLD: Gold = ()

FR_AFP_FOOT = """Ligue 1 : Lens renverse Marseille, Haise savoure

LENS (AFP) - Le RC Lens s'est imposé 2-1 face à l'Olympique de Marseille samedi soir au stade Bollaert, grâce à un doublé de son attaquant Moussa Diabaté, et remonte à la troisième place de la Ligue 1.

Menés à la pause après une tête de Vitinha (34e), les Sang et Or ont renversé la rencontre en dix minutes. Diabaté a d'abord égalisé d'une frappe croisée (63e) avant de reprendre de volée un centre de Kessié (72e).

« On savait qu'on allait souffrir, mais on n'a jamais lâché », a réagi l'entraîneur lensois Franck Haise au micro de Prime Video. « À la mi-temps, je leur ai simplement dit de jouer plus haut et de ne plus avoir peur. »

L'attaquant malien, surnommé « la Flèche » par les supporters, a été ovationné à sa sortie. « Je dédie ces buts à ma mère, qui était dans les tribunes pour la première fois », a confié le joueur de 23 ans. « Elle ne m'avait jamais vu marquer en vrai. »

Côté marseillais, la déception était grande. « On a fait quarante-cinq bonnes minutes, et après, plus rien », a regretté l'entraîneur Roberto De Zerbi. Selon le technicien italien, ses joueurs ont « manqué de caractère » en seconde période.

Le capitaine olympien Leonardo Balerdi n'a pas cherché d'excuses. « Quand tu mènes à l'extérieur, tu dois tuer le match. On ne l'a pas fait. »

Le président du RC Lens, Joseph Oughourlian, a salué sur le réseau social X « une soirée magique ». Le club a indiqué que la rencontre s'était jouée à guichets fermés, devant 37.500 spectateurs.

Marseille, cinquième, reçoit Nice mercredi en Coupe de France. « Il faudra réagir tout de suite », a prévenu De Zerbi.

Lens n'avait plus battu Marseille à Bollaert depuis quatre saisons. Les Sang et Or comptent désormais trois points d'avance sur Lille et recevront Rennes samedi prochain.
"""

FR_AFP_FOOT_GOLD: Gold = (
    (
        "On savait qu'on allait souffrir, mais on n'a jamais lâché",
        "Franck Haise",
        "l'entraîneur lensois Franck Haise",
    ),
    (
        "À la mi-temps, je leur ai simplement dit de jouer plus haut et de ne plus avoir peur.",
        "Franck Haise",
        "l'entraîneur lensois Franck Haise",
    ),
    (
        "Je dédie ces buts à ma mère, qui était dans les tribunes pour la première fois",
        "Moussa Diabaté",
        "le joueur de 23 ans",
    ),
    ("Elle ne m'avait jamais vu marquer en vrai.", "Moussa Diabaté", "le joueur de 23 ans"),
    (
        "On a fait quarante-cinq bonnes minutes, et après, plus rien",
        "Roberto De Zerbi",
        "l'entraîneur Roberto De Zerbi",
    ),
    ("manqué de caractère", "Roberto De Zerbi", "le technicien italien"),
    (
        "Quand tu mènes à l'extérieur, tu dois tuer le match. On ne l'a pas fait.",
        "Leonardo Balerdi",
        "Le capitaine olympien Leonardo Balerdi",
    ),
    ("une soirée magique", "Joseph Oughourlian", "Le président du RC Lens, Joseph Oughourlian"),
    ("Il faudra réagir tout de suite", "Roberto De Zerbi", "De Zerbi"),
)

ES_EFE_JUICIO = """La Fiscalía pide 12 años de cárcel para el exalcalde de Vallehermoso por malversación

SANTA CRUZ DE TENERIFE, 12 mar (EFE).- La Fiscalía Anticorrupción ha pedido este martes 12 años de prisión para el exalcalde de Vallehermoso, Tomás Herrera, al que acusa de desviar 1,8 millones de euros de fondos municipales a empresas de su entorno familiar entre 2014 y 2019.

"Estamos ante un saqueo sistemático de las arcas públicas", afirmó el fiscal Andrés Villalba en su informe final ante la Audiencia Provincial. Según el fiscal, el acusado "actuaba como si el Ayuntamiento fuera su cortijo".

El abogado defensor, Ramón Quintero, pidió la libre absolución de su cliente. "No hay un solo documento que pruebe que mi cliente se quedara con un euro", sostuvo el letrado, que atribuyó las irregularidades a "errores administrativos" de los técnicos municipales.

Herrera, que ejerció la última palabra, negó todas las acusaciones. "He dedicado veinte años de mi vida a este pueblo y nunca he robado nada", declaró el exregidor con la voz entrecortada.

Durante la vista declaró también la exinterventora municipal, Lucía Méndez, quien aseguró que advirtió por escrito de los pagos irregulares en al menos cuatro ocasiones. "Nadie me hizo caso. Me dijeron que eran órdenes de arriba", explicó.

El presidente del tribunal, el magistrado José Antonio Cabrera, recordó a las partes que la sentencia no se conocerá antes de junio. "Este tribunal no va a juzgar a una persona por lo que se diga en la prensa, sino por lo que se pruebe en esta sala", advirtió.

A las puertas de la Audiencia se concentraron una veintena de vecinos de Vallehermoso con pancartas en las que podía leerse "Devuelvan lo robado". Uno de ellos, Manuel, de 67 años, dijo a EFE que el pueblo "sigue dividido" por el caso.

La acusación popular, ejercida por el partido Vecinos por Vallehermoso, eleva su petición a 15 años. Su portavoz, Carmen Darias, consideró que la pena solicitada por la Fiscalía es "insuficiente".

El juicio quedó visto para sentencia.
"""

ES_EFE_JUICIO_GOLD: Gold = (
    (
        "Estamos ante un saqueo sistemático de las arcas públicas",
        "Andrés Villalba",
        "el fiscal Andrés Villalba",
    ),
    ("actuaba como si el Ayuntamiento fuera su cortijo", "Andrés Villalba", "el fiscal"),
    (
        "No hay un solo documento que pruebe que mi cliente se quedara con un euro",
        "Ramón Quintero",
        "El abogado defensor, Ramón Quintero",
    ),
    ("errores administrativos", "Ramón Quintero", "El abogado defensor, Ramón Quintero"),
    (
        "He dedicado veinte años de mi vida a este pueblo y nunca he robado nada",
        "Tomás Herrera",
        "el exregidor",
    ),
    (
        "Nadie me hizo caso. Me dijeron que eran órdenes de arriba",
        "Lucía Méndez",
        "la exinterventora municipal, Lucía Méndez",
    ),
    (
        "Este tribunal no va a juzgar a una persona por lo que se diga en la prensa, sino por lo que se pruebe en esta sala",
        "José Antonio Cabrera",
        "El presidente del tribunal, el magistrado José Antonio Cabrera",
    ),
    ("sigue dividido", "Manuel", "Manuel"),
    ("insuficiente", "Carmen Darias", "Su portavoz, Carmen Darias"),
)

ES_EP_DANA = """La DANA deja más de 200 litros por metro cuadrado en la Ribera Alta y obliga a desalojar a 400 vecinos

VALENCIA, 4 Oct. (EUROPA PRESS) - La Generalitat ha elevado este viernes a nivel 2 la situación de emergencia en la comarca de la Ribera Alta, donde las lluvias torrenciales asociadas a una DANA han dejado más de 200 litros por metro cuadrado en menos de doce horas y han obligado a desalojar a unos 400 vecinos.

Según ha informado el Centro de Coordinación de Emergencias, los bomberos han realizado más de 150 intervenciones desde la madrugada, la mayoría por inundaciones de bajos y rescates de personas atrapadas en vehículos.

La Guardia Civil ha rescatado a una pareja de ancianos en Alzira. "Los encontramos subidos a la mesa de la cocina con el agua por la cintura", ha explicado a Europa Press un portavoz del instituto armado. Ambos han sido trasladados al hospital de La Ribera con síntomas de hipotermia.

La consellera de Justicia e Interior, Elena Sanchis, ha pedido a la población que evite cualquier desplazamiento. "Ningún viaje merece arriesgar la vida. Quédense en casa", ha insistido en una comparecencia en el centro de emergencias de L'Eliana.

Por su parte, la Agencia Estatal de Meteorología (Aemet) ha advertido de que lo peor "todavía no ha llegado". Según la portavoz de la agencia en la Comunitat Valenciana, Beatriz Romero, se esperan "acumulados superiores a los 300 litros" en las próximas horas.

En Carcaixent, los vecinos achican agua desde primera hora. "Es la tercera vez en cinco años. Ya no sabemos qué hacer", lamenta Josefa, de 58 años, mientras saca cubos de barro de su planta baja. Su vecino Vicent, de 34, asegura que el barranco "se desbordó en diez minutos".

El alcalde de Alzira, Diego Gómez, ha reclamado más medios. "Necesitamos bombas de achique y maquinaria pesada, y las necesitamos ya", ha declarado.

La compañía Iberdrola ha informado de que unos 12.000 clientes siguen sin suministro eléctrico. Adif, por su parte, ha suspendido la circulación de trenes de Cercanías entre Valencia y Xàtiva "hasta que las condiciones lo permitan".

El Ministerio del Interior ha anunciado el envío de efectivos de la Unidad Militar de Emergencias (UME).
"""

ES_EP_DANA_GOLD: Gold = (
    (
        "Los encontramos subidos a la mesa de la cocina con el agua por la cintura",
        "un portavoz del instituto armado",
        "un portavoz del instituto armado",
    ),
    (
        "Ningún viaje merece arriesgar la vida. Quédense en casa",
        "Elena Sanchis",
        "La consellera de Justicia e Interior, Elena Sanchis",
    ),
    (
        "todavía no ha llegado",
        "la Agencia Estatal de Meteorología",
        "la Agencia Estatal de Meteorología",
    ),
    (
        "acumulados superiores a los 300 litros",
        "Beatriz Romero",
        "la portavoz de la agencia en la Comunitat Valenciana, Beatriz Romero",
    ),
    ("Es la tercera vez en cinco años. Ya no sabemos qué hacer", "Josefa", "Josefa"),
    ("se desbordó en diez minutos", "Vicent", "Su vecino Vicent"),
    (
        "Necesitamos bombas de achique y maquinaria pesada, y las necesitamos ya",
        "Diego Gómez",
        "El alcalde de Alzira, Diego Gómez",
    ),
    ("hasta que las condiciones lo permitan", "Adif", "Adif"),
)

ES_EFE_PREMIO = """La poeta gallega Inés Barreiro gana el Premio Nacional de Poesía por "Cartografía del frío"

MADRID, 20 nov (EFE).- La poeta gallega Inés Barreiro ha ganado el Premio Nacional de Poesía, dotado con 30.000 euros, por su libro "Cartografía del frío", según ha anunciado este jueves el Ministerio de Cultura.

El jurado ha destacado "la precisión de un lenguaje que convierte el paisaje en memoria" y la capacidad de la autora para "hacer visible lo que el olvido borra", según el acta del fallo.

Barreiro, nacida en Lugo en 1971, ha recibido la noticia en su casa de Santiago de Compostela. "Me ha pillado fregando los platos, que es donde se reciben las buenas noticias", ha bromeado en conversación telefónica con EFE.

—¿Esperaba el premio?

—En absoluto. Escribo para pocos lectores y estoy muy contenta de que sean pocos —ha respondido entre risas—. Pero un premio así hace que el libro llegue a gente que nunca habría abierto un poemario.

El libro, publicado por la editorial Kalandraka, reúne 46 poemas escritos durante la enfermedad de su padre. "Es un libro sobre el frío de los hospitales, pero también sobre el calor de las manos", ha explicado la autora.

El ministro de Cultura, Álvaro Ferrer, ha felicitado a la galardonada en las redes sociales y ha asegurado que su obra "honra a la poesía en todas las lenguas del Estado".

Su editor, Xosé Ballesteros, ha recordado que el manuscrito llegó "casi por casualidad" a la editorial. "Lo leí en una noche y a la mañana siguiente la llamé. No hizo falta más", ha contado.

El jurado, presidido por la académica Carmen Riera, ha estado formado por once miembros. Barreiro recibirá el galardón en un acto en Madrid el próximo mes de febrero.

El Premio Nacional de Poesía, que concede anualmente el Ministerio de Cultura, distingue la mejor obra publicada el año anterior en cualquiera de las lenguas oficiales del Estado. En la pasada edición el galardón recayó en un poemario escrito en catalán.
"""

ES_EFE_PREMIO_GOLD: Gold = (
    ("la precisión de un lenguaje que convierte el paisaje en memoria", "El jurado", "El jurado"),
    ("hacer visible lo que el olvido borra", "El jurado", "El jurado"),
    (
        "Me ha pillado fregando los platos, que es donde se reciben las buenas noticias",
        "Inés Barreiro",
        "Inés Barreiro",
    ),
    (
        "En absoluto. Escribo para pocos lectores y estoy muy contenta de que sean pocos",
        "Inés Barreiro",
        "Inés Barreiro",
    ),
    (
        "Pero un premio así hace que el libro llegue a gente que nunca habría abierto un poemario.",
        "Inés Barreiro",
        "Inés Barreiro",
    ),
    (
        "Es un libro sobre el frío de los hospitales, pero también sobre el calor de las manos",
        "Inés Barreiro",
        "la autora",
    ),
    (
        "honra a la poesía en todas las lenguas del Estado",
        "Álvaro Ferrer",
        "El ministro de Cultura, Álvaro Ferrer",
    ),
    ("casi por casualidad", "Xosé Ballesteros", "Su editor, Xosé Ballesteros"),
    (
        "Lo leí en una noche y a la mañana siguiente la llamé. No hizo falta más",
        "Xosé Ballesteros",
        "Su editor, Xosé Ballesteros",
    ),
)

IT_ANSA_PARTITA = """Serie A: l'Atalanta travolge il Torino, Gasparini: "Serata perfetta"

(ANSA) - BERGAMO, 14 APR - L'Atalanta travolge il Torino 4-0 al Gewiss Stadium e aggancia il terzo posto in classifica. Decidono la doppietta di Lookman, il gol di De Ketelaere e la rete nel finale del giovane Bonfanti, al primo centro in Serie A.

"Serata perfetta, abbiamo giocato con intensità dal primo all'ultimo minuto", ha detto il tecnico nerazzurro Marco Gasparini ai microfoni di Dazn. "I ragazzi hanno capito che questa è la parte della stagione in cui si decide tutto."

Il mister ha avuto parole speciali per Lookman, soprannominato "il Gatto" dai tifosi per i suoi dribbling. "Quando è in giornata così non lo ferma nessuno", ha aggiunto Gasparini.

Raggiante anche il bomber nigeriano. "Dedico i gol a mio figlio, è nato martedì", ha raccontato l'attaccante. "Non ho dormito molto questa settimana, ma ne è valsa la pena."

Il diciannovenne Bonfanti, cresciuto nel vivaio bergamasco, non riusciva a nascondere l'emozione: "Ho sognato questo momento da quando avevo sei anni. Segnare sotto la curva è qualcosa che non dimenticherò mai".

Notte fonda invece per il Torino, che incassa la terza sconfitta consecutiva. "Abbiamo sbagliato tutto, a partire dall'atteggiamento", ha ammesso l'allenatore granata Paolo Vanoli. "Chiedo scusa ai tifosi che sono venuti fin qui. Non si può giocare così una partita del genere."

Secondo il tecnico, la squadra ha pagato "la stanchezza delle ultime settimane", ma Vanoli ha escluso che sia in discussione il suo ruolo. "Il presidente mi ha sempre sostenuto e continuerà a farlo", ha detto.

Il capitano granata Alessandro Buongiorno ha parlato di "una lezione da cui imparare". Il club, in una nota, ha annunciato il ritiro della squadra al Filadelfia fino a domenica.

Domenica l'Atalanta sarà ospite del Napoli, il Torino riceverà il Lecce.

Per i nerazzurri si tratta della quinta vittoria consecutiva in campionato, con appena due reti subite. In settimana la squadra è attesa anche dalla semifinale di Coppa Italia, che si giocherà a Bergamo mercoledì sera davanti a oltre ventimila spettatori.
"""

IT_ANSA_PARTITA_GOLD: Gold = (
    (
        "Serata perfetta, abbiamo giocato con intensità dal primo all'ultimo minuto",
        "Marco Gasparini",
        "il tecnico nerazzurro Marco Gasparini",
    ),
    (
        "I ragazzi hanno capito che questa è la parte della stagione in cui si decide tutto.",
        "Marco Gasparini",
        "il tecnico nerazzurro Marco Gasparini",
    ),
    ("Quando è in giornata così non lo ferma nessuno", "Marco Gasparini", "Gasparini"),
    ("Dedico i gol a mio figlio, è nato martedì", "Lookman", "l'attaccante"),
    ("Non ho dormito molto questa settimana, ma ne è valsa la pena.", "Lookman", "l'attaccante"),
    (
        "Abbiamo sbagliato tutto, a partire dall'atteggiamento",
        "Paolo Vanoli",
        "l'allenatore granata Paolo Vanoli",
    ),
    (
        "Chiedo scusa ai tifosi che sono venuti fin qui. Non si può giocare così una partita del genere.",
        "Paolo Vanoli",
        "l'allenatore granata Paolo Vanoli",
    ),
    ("la stanchezza delle ultime settimane", "Paolo Vanoli", "il tecnico"),
    ("Il presidente mi ha sempre sostenuto e continuerà a farlo", "Paolo Vanoli", "Vanoli"),
    (
        "una lezione da cui imparare",
        "Alessandro Buongiorno",
        "Il capitano granata Alessandro Buongiorno",
    ),
)

IT_ANSA_ALLUVIONE = """Maltempo: esonda il Savio, evacuate 300 persone nel Cesenate

(ANSA) - CESENA, 3 NOV - Il fiume Savio è esondato nella notte in tre punti tra Cesena e Mercato Saraceno, allagando case, strade e campi. Circa 300 persone sono state evacuate e ospitate in palestre e alberghi della zona, secondo quanto riferito dalla Prefettura di Forlì-Cesena.

"L'acqua è salita di due metri in meno di un'ora", ha spiegato il comandante provinciale dei Vigili del fuoco, l'ingegnere Stefano Raggi. "Abbiamo effettuato oltre 80 interventi, soprattutto per soccorrere persone rimaste bloccate ai piani alti." Nessun ferito grave è stato segnalato.

Tra gli sfollati c'è Giuseppina, 82 anni, portata via in gommone dalla sua casa di Borello. «Ho visto l'acqua entrare dalla porta e ho pensato: è finita», racconta con la coperta sulle spalle nella palestra comunale. «Quei ragazzi dei pompieri sono stati degli angeli.»

Suo nipote Matteo, 29 anni, è arrivato da Bologna appena saputa la notizia. «Sono due anni che aspettiamo i lavori sugli argini. Due anni», dice. «E adesso siamo di nuovo qui.»

La Protezione civile regionale ha prorogato l'allerta rossa fino alle 24 di domani. "Invitiamo la popolazione a non avvicinarsi ai corsi d'acqua e a limitare gli spostamenti", si legge in una nota.

Il sindaco di Cesena, Enzo Lattuca, ha chiesto lo stato di emergenza. "Il nostro territorio non può essere lasciato solo un'altra volta", ha detto il primo cittadino, che ha trascorso la notte nel centro operativo comunale. Secondo Lattuca, i danni sono "ingenti".

Il ministro per la Protezione civile ha assicurato in serata che il governo farà "tutto il necessario". La Coldiretti stima che siano stati allagati oltre 2.000 ettari di frutteti.

Le piogge dovrebbero attenuarsi da martedì, secondo l'Arpae.

Nel maggio del 2023 la stessa zona era stata colpita da un'alluvione che aveva causato danni per centinaia di milioni di euro. I lavori di rinforzo degli argini del Savio, finanziati con fondi regionali e nazionali, sono iniziati soltanto in alcuni tratti e dovrebbero concludersi entro il 2026.
"""

IT_ANSA_ALLUVIONE_GOLD: Gold = (
    (
        "L'acqua è salita di due metri in meno di un'ora",
        "Stefano Raggi",
        "il comandante provinciale dei Vigili del fuoco, l'ingegnere Stefano Raggi",
    ),
    (
        "Abbiamo effettuato oltre 80 interventi, soprattutto per soccorrere persone rimaste bloccate ai piani alti.",
        "Stefano Raggi",
        "il comandante provinciale dei Vigili del fuoco, l'ingegnere Stefano Raggi",
    ),
    ("Ho visto l'acqua entrare dalla porta e ho pensato: è finita", "Giuseppina", "Giuseppina"),
    ("Quei ragazzi dei pompieri sono stati degli angeli.", "Giuseppina", "Giuseppina"),
    ("Sono due anni che aspettiamo i lavori sugli argini. Due anni", "Matteo", "Matteo"),
    ("E adesso siamo di nuovo qui.", "Matteo", "Matteo"),
    (
        "Invitiamo la popolazione a non avvicinarsi ai corsi d'acqua e a limitare gli spostamenti",
        "La Protezione civile regionale",
        "La Protezione civile regionale",
    ),
    (
        "Il nostro territorio non può essere lasciato solo un'altra volta",
        "Enzo Lattuca",
        "il primo cittadino",
    ),
    ("ingenti", "Enzo Lattuca", "Lattuca"),
    (
        "tutto il necessario",
        "Il ministro per la Protezione civile",
        "Il ministro per la Protezione civile",
    ),
)

IT_REPUBBLICA_SCIENZA = """Alzheimer, a Padova scoperto il 'segnale d'allarme' nella retina

PADOVA - Un esame della retina, lo stesso che si fa dall'oculista, potrebbe rivelare i primi segni dell'Alzheimer con dieci anni di anticipo. È la conclusione di uno studio dell'Università di Padova pubblicato sulla rivista The Lancet Neurology.

«Abbiamo osservato che nei pazienti che poi hanno sviluppato la malattia lo strato delle fibre nervose della retina si assottiglia molto prima dei sintomi», spiega la prima autrice dello studio, la ricercatrice Giulia Ferraresi. «È come se l'occhio ci mandasse un messaggio in anticipo.»

La ricerca ha seguito per dodici anni 1.800 volontari tra i 55 e i 75 anni. Secondo la ricercatrice, il vantaggio dell'esame è la semplicità: «Dura cinque minuti, non è invasivo e costa poco».

Il coordinatore del gruppo, il Prof. Renato Zanella, invita però alla cautela. «Non siamo davanti a un test diagnostico», avverte il neurologo. «Parliamo di un indicatore di rischio, che andrà confermato con altri esami.»

Anche l'Associazione italiana malattia di Alzheimer accoglie la notizia con prudenza. «Ogni passo verso la diagnosi precoce è importante, ma le famiglie hanno bisogno soprattutto di assistenza oggi», ha dichiarato la presidente Patrizia Spadin.

Per il Dott. Luca Moretti, oculista all'ospedale di Vicenza, lo studio apre una strada interessante. «Noi oculisti vediamo milioni di pazienti ogni anno», osserva. «Se potessimo segnalare chi è a rischio, sarebbe un aiuto enorme per i neurologi.»

Lo studio è stato finanziato dal ministero della Salute e dalla Fondazione Cariparo. Il gruppo padovano conta ora di avviare una sperimentazione in cinque ospedali del Veneto entro la fine dell'anno.

«Se i risultati saranno confermati, tra cinque anni questo esame potrebbe entrare nei controlli di routine», conclude Zanella.

In Italia si stima che oltre un milione di persone convivano con una forma di demenza, di cui circa seicentomila con l'Alzheimer. Secondo le stime del ministero, il numero è destinato a crescere nei prossimi vent'anni con l'invecchiamento della popolazione.
"""

IT_REPUBBLICA_SCIENZA_GOLD: Gold = (
    (
        "Abbiamo osservato che nei pazienti che poi hanno sviluppato la malattia lo strato delle fibre nervose della retina si assottiglia molto prima dei sintomi",
        "Giulia Ferraresi",
        "la prima autrice dello studio, la ricercatrice Giulia Ferraresi",
    ),
    (
        "È come se l'occhio ci mandasse un messaggio in anticipo.",
        "Giulia Ferraresi",
        "la prima autrice dello studio, la ricercatrice Giulia Ferraresi",
    ),
    ("Dura cinque minuti, non è invasivo e costa poco", "Giulia Ferraresi", "la ricercatrice"),
    ("Non siamo davanti a un test diagnostico", "Renato Zanella", "il neurologo"),
    (
        "Parliamo di un indicatore di rischio, che andrà confermato con altri esami.",
        "Renato Zanella",
        "il neurologo",
    ),
    (
        "Ogni passo verso la diagnosi precoce è importante, ma le famiglie hanno bisogno soprattutto di assistenza oggi",
        "Patrizia Spadin",
        "la presidente Patrizia Spadin",
    ),
    ("Noi oculisti vediamo milioni di pazienti ogni anno", "Luca Moretti", "il Dott. Luca Moretti"),
    (
        "Se potessimo segnalare chi è a rischio, sarebbe un aiuto enorme per i neurologi.",
        "Luca Moretti",
        "il Dott. Luca Moretti",
    ),
    (
        "Se i risultati saranno confermati, tra cinque anni questo esame potrebbe entrare nei controlli di routine",
        "Renato Zanella",
        "Zanella",
    ),
)

PT_LUSA_JULGAMENTO = """Ex-presidente de câmara condenado a cinco anos de prisão por corrupção

Lisboa, 18 jun 2025 (Lusa) - O Tribunal de Loures condenou hoje o antigo presidente da Câmara Municipal de Vila Alva, Joaquim Serrano, a cinco anos de prisão efetiva pelos crimes de corrupção passiva e prevaricação.

Na leitura do acórdão, a juíza presidente, Margarida Tavares, considerou provado que o arguido recebeu 240 mil euros de um empresário da construção em troca da adjudicação de obras municipais. “O arguido traiu a confiança de quem o elegeu”, afirmou a magistrada.

Segundo o tribunal, o antigo autarca “agiu com plena consciência da ilicitude” dos seus atos e nunca mostrou arrependimento.

O empresário José Antunes, coarguido no processo, foi condenado a três anos e meio de prisão, com pena suspensa.

À saída do tribunal, o advogado de Joaquim Serrano, Rui Patrício Lopes, anunciou que vai recorrer. “Esta decisão assenta em presunções, não em provas”, disse aos jornalistas. “O meu cliente está inocente e vamos prová-lo na Relação.”

Já o procurador do Ministério Público, Nuno Valente, mostrou-se satisfeito. “O tribunal acompanhou, no essencial, a acusação”, afirmou.

Serrano, de 64 anos, não prestou declarações aos jornalistas. Durante o julgamento, o antigo autarca tinha negado todas as acusações. “Nunca pedi nem recebi um cêntimo de ninguém”, garantiu na primeira sessão.

Entre o público estavam vários moradores de Vila Alva. Maria da Luz, 71 anos, disse à Lusa que a condenação “chega tarde”. “Durante anos toda a gente sabia, mas ninguém fazia nada”, lamentou.

A Câmara Municipal de Vila Alva, agora liderada pela oposição, informou em comunicado que vai “avaliar a possibilidade” de pedir uma indemnização ao antigo presidente.

O processo começou em 2019, na sequência de uma denúncia anónima à Polícia Judiciária.

O antigo autarca liderou a câmara durante três mandatos consecutivos, entre 2009 e 2021, e não se recandidatou nas últimas eleições autárquicas. O Ministério Público tinha pedido uma pena de seis anos de prisão efetiva e a perda do mandato de vereador que ainda exercia.
"""

PT_LUSA_JULGAMENTO_GOLD: Gold = (
    ("O arguido traiu a confiança de quem o elegeu", "Margarida Tavares", "a magistrada"),
    ("agiu com plena consciência da ilicitude", "o tribunal", "o tribunal"),
    (
        "Esta decisão assenta em presunções, não em provas",
        "Rui Patrício Lopes",
        "o advogado de Joaquim Serrano, Rui Patrício Lopes",
    ),
    (
        "O meu cliente está inocente e vamos prová-lo na Relação.",
        "Rui Patrício Lopes",
        "o advogado de Joaquim Serrano, Rui Patrício Lopes",
    ),
    (
        "O tribunal acompanhou, no essencial, a acusação",
        "Nuno Valente",
        "o procurador do Ministério Público, Nuno Valente",
    ),
    ("Nunca pedi nem recebi um cêntimo de ninguém", "Joaquim Serrano", "o antigo autarca"),
    ("chega tarde", "Maria da Luz", "Maria da Luz"),
    ("Durante anos toda a gente sabia, mas ninguém fazia nada", "Maria da Luz", "Maria da Luz"),
    (
        "avaliar a possibilidade",
        "A Câmara Municipal de Vila Alva",
        "A Câmara Municipal de Vila Alva",
    ),
)

PT_AGENCIA_SAUDE = """Estudo da Fiocruz aponta queda de 40% nos casos graves de dengue após vacinação

Rio de Janeiro - Um estudo da Fundação Oswaldo Cruz (Fiocruz) divulgado nesta terça-feira (8) indica que a vacinação contra a dengue reduziu em 40% as internações pela doença nos municípios que participaram da primeira etapa da campanha, em 2024.

"Os resultados mostram que a vacina funciona no mundo real, e não só nos ensaios clínicos", afirmou a pesquisadora Ana Cláudia Ribeiro, coordenadora do estudo, em entrevista à Agência Brasil. Segundo ela, a queda foi maior entre adolescentes de 10 a 14 anos, o público prioritário da campanha.

A pesquisa analisou dados de 521 municípios e comparou as taxas de internação antes e depois da vacinação. "Ainda é cedo para falar em controle da dengue, mas é um sinal muito animador", disse a pesquisadora.

O infectologista Dr. Paulo Mendes, do Hospital das Clínicas de São Paulo, que não participou do estudo, considera os dados "consistentes". "A grande questão agora é ampliar a cobertura. Temos vacina, mas muita gente ainda não tomou a segunda dose", alertou o médico.

De acordo com o Ministério da Saúde, apenas 48% do público-alvo completou o esquema vacinal. A pasta informou, em nota, que vai lançar uma nova campanha de comunicação nas escolas em março.

Em Campo Grande, uma das cidades com maior adesão, a secretária municipal de Saúde, Rosana Leite, comemorou os números. "No ano passado, nossos hospitais estavam lotados em fevereiro. Este ano, tivemos leitos sobrando", contou.

A dona de casa Francisca, 52 anos, levou os dois filhos para vacinar logo nos primeiros dias. "Eu já tive dengue duas vezes, sei o que é. Não queria isso para eles", disse.

Os pesquisadores pretendem agora acompanhar os efeitos da vacina por mais três anos.

A vacina contra a dengue foi incorporada ao Sistema Único de Saúde no início de 2024, inicialmente para adolescentes em municípios com alta transmissão da doença. O Brasil registrou mais de seis milhões de casos prováveis de dengue naquele ano, o maior número da série histórica.
"""

PT_AGENCIA_SAUDE_GOLD: Gold = (
    (
        "Os resultados mostram que a vacina funciona no mundo real, e não só nos ensaios clínicos",
        "Ana Cláudia Ribeiro",
        "a pesquisadora Ana Cláudia Ribeiro",
    ),
    (
        "Ainda é cedo para falar em controle da dengue, mas é um sinal muito animador",
        "Ana Cláudia Ribeiro",
        "a pesquisadora",
    ),
    (
        "A grande questão agora é ampliar a cobertura. Temos vacina, mas muita gente ainda não tomou a segunda dose",
        "Paulo Mendes",
        "o médico",
    ),
    (
        "No ano passado, nossos hospitais estavam lotados em fevereiro. Este ano, tivemos leitos sobrando",
        "Rosana Leite",
        "a secretária municipal de Saúde, Rosana Leite",
    ),
    (
        "Eu já tive dengue duas vezes, sei o que é. Não queria isso para eles",
        "Francisca",
        "Francisca",
    ),
)

PT_RECORD_FUTEBOL = """Benfica vence no Dragão e isola-se na liderança

O Benfica venceu este domingo o FC Porto por 2-1, no Estádio do Dragão, e passou a ter cinco pontos de vantagem no topo da I Liga, a sete jornadas do fim do campeonato.

Os encarnados chegaram ao intervalo a vencer com um golo de Pavlidis (28 minutos), mas Samu empatou logo no reinício (49). Já perto do fim, o jovem Prestianni, lançado aos 70 minutos, fez o golo da vitória (86).

“Foi um jogo de grande exigência, contra um adversário muito forte”, afirmou o treinador do Benfica, Bruno Lage, na conferência de imprensa. “A equipa mostrou maturidade e soube sofrer quando foi preciso.”

O técnico destacou a entrada de Prestianni, a quem os adeptos chamam “o Mágico”. “Ele tem um talento raro. Só precisa de tempo e de confiança”, disse Lage.

O autor do golo decisivo, de 19 anos, não escondia a felicidade. “Marcar no Dragão é um sonho. Quero agradecer ao mister pela confiança”, disse o argentino à Sport TV.

Do lado portista, o treinador Vítor Bruno lamentou a falta de eficácia. “Criámos oportunidades para ganhar dois jogos e saímos com zero pontos”, disse. Segundo o técnico, a equipa “merecia mais” depois da segunda parte.

O capitão Diogo Costa também lamentou o resultado, mas recusou desistir do título. “Enquanto houver matemática, vamos acreditar”, garantiu o guarda-redes.

A SAD portista anunciou, em comunicado, que vai apresentar queixa à Liga pela arbitragem, considerando que houve “erros graves” no lance do segundo golo.

Na próxima jornada, o Benfica recebe o Braga e o FC Porto desloca-se a Guimarães.

O Benfica não vencia no Dragão para o campeonato desde a época 2018/19. Os encarnados somam agora nove vitórias consecutivas em todas as competições e defrontam na quarta-feira o Chaves, em jogo da meia-final da Taça de Portugal, no Estádio da Luz.
"""

PT_RECORD_FUTEBOL_GOLD: Gold = (
    (
        "Foi um jogo de grande exigência, contra um adversário muito forte",
        "Bruno Lage",
        "o treinador do Benfica, Bruno Lage",
    ),
    (
        "A equipa mostrou maturidade e soube sofrer quando foi preciso.",
        "Bruno Lage",
        "o treinador do Benfica, Bruno Lage",
    ),
    ("Ele tem um talento raro. Só precisa de tempo e de confiança", "Bruno Lage", "Lage"),
    (
        "Marcar no Dragão é um sonho. Quero agradecer ao mister pela confiança",
        "Prestianni",
        "o argentino",
    ),
    (
        "Criámos oportunidades para ganhar dois jogos e saímos com zero pontos",
        "Vítor Bruno",
        "o treinador Vítor Bruno",
    ),
    ("merecia mais", "Vítor Bruno", "o técnico"),
    ("Enquanto houver matemática, vamos acreditar", "Diogo Costa", "o guarda-redes"),
    ("erros graves", "A SAD portista", "A SAD portista"),
)

NL_ANP_RECHTSZAAK = """Twaalf jaar cel geëist tegen Rotterdamse drugsbaas

ROTTERDAM (ANP) - Het Openbaar Ministerie heeft dinsdag twaalf jaar celstraf geëist tegen een 44-jarige man uit Rotterdam die volgens justitie leiding gaf aan een netwerk dat cocaïne via de haven invoerde. Ook moet hij volgens het OM ruim 3 miljoen euro aan crimineel vermogen terugbetalen.

'De verdachte heeft jarenlang havenmedewerkers omgekocht en bedreigd', zei officier van justitie Marieke Dekker in de rechtbank. 'Wie weigerde mee te werken, kreeg bezoek thuis.' Volgens de aanklager werd in drie jaar tijd zeker 4000 kilo cocaïne binnengesmokkeld.

De verdediging sprak van een 'tunnelvisie' bij het OM. 'Mijn cliënt is een ondernemer in de transportsector, geen drugsbaas', zei advocaat Jeroen Baart. Het bewijs bestaat volgens hem vooral uit onderschepte chatberichten waarvan niet vaststaat wie ze heeft verstuurd.

De verdachte, die alleen bij zijn initialen R.K. wordt genoemd, zei zelf weinig. Op vragen van de rechtbank antwoordde hij steeds dat hij 'niets te zeggen' had. Alleen aan het einde nam hij kort het woord. 'Ik heb fouten gemaakt, maar ik ben niet de man die u zoekt.'

Een voormalig havenmedewerker die als getuige werd gehoord, vertelde dat hij in 2021 5000 euro kreeg om een container ongecontroleerd door te laten. 'Ik had schulden en ze wisten dat', zei de 38-jarige man. 'Toen ik wilde stoppen, stonden ze bij mijn vrouw voor de deur.'

De voorzitter van de rechtbank, mr. Hanneke Visser, liet weten dat de uitspraak op 14 maart volgt. Zij benadrukte dat de rechtbank 'alleen naar het dossier' kijkt.

Het Havenbedrijf Rotterdam zegt de zaak nauwlettend te volgen. 'Corruptie in de haven raakt ons allemaal', aldus een woordvoerder. Volgens het bedrijf zijn de controles op containers het afgelopen jaar verdubbeld.

Burgemeester Aboutaleb sprak eerder van een 'ondermijning van de rechtsstaat' die de hele stad aangaat.

De zaak maakt deel uit van een groter onderzoek naar corruptie in de Rotterdamse haven, waarin de afgelopen twee jaar al negen mensen zijn veroordeeld.
"""

NL_ANP_RECHTSZAAK_GOLD: Gold = (
    (
        "De verdachte heeft jarenlang havenmedewerkers omgekocht en bedreigd",
        "Marieke Dekker",
        "officier van justitie Marieke Dekker",
    ),
    (
        "Wie weigerde mee te werken, kreeg bezoek thuis.",
        "Marieke Dekker",
        "officier van justitie Marieke Dekker",
    ),
    ("tunnelvisie", "De verdediging", "De verdediging"),
    (
        "Mijn cliënt is een ondernemer in de transportsector, geen drugsbaas",
        "Jeroen Baart",
        "advocaat Jeroen Baart",
    ),
    ("niets te zeggen", "R.K.", "hij"),
    ("Ik heb fouten gemaakt, maar ik ben niet de man die u zoekt.", "R.K.", "hij"),
    (
        "Ik had schulden en ze wisten dat",
        "Een voormalig havenmedewerker",
        "Een voormalig havenmedewerker",
    ),
    (
        "Toen ik wilde stoppen, stonden ze bij mijn vrouw voor de deur.",
        "Een voormalig havenmedewerker",
        "Een voormalig havenmedewerker",
    ),
    ("alleen naar het dossier", "Hanneke Visser", "Zij"),
    ("Corruptie in de haven raakt ons allemaal", "een woordvoerder", "een woordvoerder"),
    ("ondermijning van de rechtsstaat", "Aboutaleb", "Burgemeester Aboutaleb"),
)

NL_BELGA_STORM = """Storm raast over Vlaanderen: boom valt op auto, twee gewonden

BRUSSEL (Belga) - Een zware storm heeft zondag in Vlaanderen voor veel schade gezorgd. Het KMI had code oranje afgekondigd voor het hele land. In Lier viel een boom op een rijdende auto, waarbij twee mensen gewond raakten.

'De bestuurder en zijn passagier zijn met verwondingen naar het ziekenhuis gebracht, maar ze zijn buiten levensgevaar', zegt woordvoerder Kristof De Smet van de brandweerzone Rivierenland. De brandweer rukte in de provincie Antwerpen meer dan 400 keer uit, vooral voor omgevallen bomen en losgewaaide dakpannen.

In Oostende werd de dijk afgesloten voor het publiek. 'Mensen komen kijken naar de golven, maar dat is levensgevaarlijk', zegt burgemeester Bart Tommelein. 'We hebben vanochtend nog drie jongeren moeten wegsturen.'

Ook het treinverkeer liep grote vertraging op. Volgens de NMBS lagen op vier lijnen takken op de sporen. Infrabel meldde dat de lijn tussen Gent en Brugge urenlang onderbroken was. 'Onze ploegen werken zo snel mogelijk, maar veiligheid gaat voor', aldus een woordvoerster.

In Mechelen stond de 76-jarige Jozef voor zijn beschadigde veranda. 'Ik woon hier vijftig jaar en zoiets heb ik nog nooit meegemaakt', vertelt hij. 'Het glas lag tot in de tuin van de buren.'

Zijn buurvrouw Els, 41, had de hele nacht niet geslapen. 'Het huis kraakte aan alle kanten. De kinderen lagen bij ons in bed', zegt ze.

Het KMI verwacht dat de wind maandag gaat liggen. 'Het ergste is voorbij, maar er kunnen nog rukwinden tot 90 kilometer per uur voorkomen', zegt weerman David Dehenauw.

Het Crisiscentrum raadt aan om voorlopig niet in bossen en parken te wandelen.

Volgens het KMI was het de zwaarste storm in Vlaanderen sinds februari 2022. Verzekeraars verwachten dat de schade in de komende dagen zal oplopen tot enkele tientallen miljoenen euro. Gemeenten roepen inwoners op om schade aan openbare bomen te melden via hun website.
"""

NL_BELGA_STORM_GOLD: Gold = (
    (
        "De bestuurder en zijn passagier zijn met verwondingen naar het ziekenhuis gebracht, maar ze zijn buiten levensgevaar",
        "Kristof De Smet",
        "woordvoerder Kristof De Smet",
    ),
    (
        "Mensen komen kijken naar de golven, maar dat is levensgevaarlijk",
        "Bart Tommelein",
        "burgemeester Bart Tommelein",
    ),
    (
        "We hebben vanochtend nog drie jongeren moeten wegsturen.",
        "Bart Tommelein",
        "burgemeester Bart Tommelein",
    ),
    (
        "Onze ploegen werken zo snel mogelijk, maar veiligheid gaat voor",
        "een woordvoerster",
        "een woordvoerster",
    ),
    ("Ik woon hier vijftig jaar en zoiets heb ik nog nooit meegemaakt", "Jozef", "hij"),
    ("Het glas lag tot in de tuin van de buren.", "Jozef", "hij"),
    ("Het huis kraakte aan alle kanten. De kinderen lagen bij ons in bed", "Els", "ze"),
    (
        "Het ergste is voorbij, maar er kunnen nog rukwinden tot 90 kilometer per uur voorkomen",
        "David Dehenauw",
        "weerman David Dehenauw",
    ),
)

NL_ANP_PRIJS = """Schrijfster Ilse Bakker wint Libris Literatuur Prijs met 'Het stille land'

AMSTERDAM (ANP) - Ilse Bakker heeft maandagavond de Libris Literatuur Prijs gewonnen met haar roman 'Het stille land'. De prijs, een bedrag van 50.000 euro, werd uitgereikt in het Amstel Hotel in Amsterdam.

De jury noemde het boek 'een meesterlijke roman over zwijgen en erfenis'. Volgens juryvoorzitter Tom Verbeek is het 'een boek dat je niet loslaat, ook niet als je het allang hebt dichtgeslagen'.

Bakker was zichtbaar ontroerd toen ze de prijs in ontvangst nam. 'Ik heb tien jaar aan dit boek gewerkt en vaak gedacht dat het nooit af zou komen', zei de 48-jarige schrijfster in haar dankwoord. 'Deze prijs is voor mijn moeder, die het niet meer kan lezen.'

De roman vertelt het verhaal van een Groningse boerenfamilie die drie generaties lang zwijgt over wat er in de oorlog gebeurde. Het boek werd eerder al genomineerd voor de BookSpot Literatuurprijs.

Haar uitgever, Marieke Schouten van uitgeverij De Arbeiderspers, sprak van 'een bekroning voor een schrijver die nooit de makkelijke weg heeft gekozen'. 'Ilse schrijft langzaam, maar elke zin klopt', zei ze.

Ook de andere genomineerden reageerden sportief. 'Als ik moest verliezen, dan het liefst van Ilse', zei dichter en romancier Joost Mulder, die met 'Zoutwater' op de shortlist stond.

Na de uitreiking stelde het ANP Bakker een paar vragen.

Wat gaat u met het geld doen?

'Eerst een nieuw dak voor mijn huis. Het lekt al twee winters.'

Werkt u al aan een nieuw boek?

'Ja, maar ik zeg er nog niets over. Dat brengt ongeluk.'

De Libris Literatuur Prijs wordt sinds 1994 jaarlijks toegekend aan de beste Nederlandstalige roman van het afgelopen jaar. De shortlist telde dit jaar zes titels, gekozen uit ruim honderdvijftig ingezonden boeken. Vorig jaar ging de prijs naar een debutant uit Antwerpen.
"""

NL_ANP_PRIJS_GOLD: Gold = (
    ("een meesterlijke roman over zwijgen en erfenis", "De jury", "De jury"),
    (
        "een boek dat je niet loslaat, ook niet als je het allang hebt dichtgeslagen",
        "Tom Verbeek",
        "juryvoorzitter Tom Verbeek",
    ),
    (
        "Ik heb tien jaar aan dit boek gewerkt en vaak gedacht dat het nooit af zou komen",
        "Ilse Bakker",
        "de 48-jarige schrijfster",
    ),
    (
        "Deze prijs is voor mijn moeder, die het niet meer kan lezen.",
        "Ilse Bakker",
        "de 48-jarige schrijfster",
    ),
    (
        "een bekroning voor een schrijver die nooit de makkelijke weg heeft gekozen",
        "Marieke Schouten",
        "Haar uitgever, Marieke Schouten",
    ),
    ("Ilse schrijft langzaam, maar elke zin klopt", "Marieke Schouten", "ze"),
    (
        "Als ik moest verliezen, dan het liefst van Ilse",
        "Joost Mulder",
        "dichter en romancier Joost Mulder",
    ),
    ("Eerst een nieuw dak voor mijn huis. Het lekt al twee winters.", "Ilse Bakker", "Bakker"),
    ("Ja, maar ik zeg er nog niets over. Dat brengt ongeluk.", "Ilse Bakker", "Bakker"),
)

CASES: dict[str, tuple[str, Gold]] = {
    "de_dpa_derby": (DE_DPA_DERBY, DE_DPA_DERBY_GOLD),
    "de_apa_prozess": (DE_APA_PROZESS, DE_APA_PROZESS_GOLD),
    "de_sda_murgang": (DE_SDA_MURGANG, DE_SDA_MURGANG_GOLD),
    "fr_afp_sante": (FR_AFP_SANTE, FR_AFP_SANTE_GOLD),
    "fr_monde_entretien": (FR_MONDE_ENTRETIEN, FR_MONDE_ENTRETIEN_GOLD),
    "fr_afp_foot": (FR_AFP_FOOT, FR_AFP_FOOT_GOLD),
    "es_efe_juicio": (ES_EFE_JUICIO, ES_EFE_JUICIO_GOLD),
    "es_ep_dana": (ES_EP_DANA, ES_EP_DANA_GOLD),
    "es_efe_premio": (ES_EFE_PREMIO, ES_EFE_PREMIO_GOLD),
    "it_ansa_partita": (IT_ANSA_PARTITA, IT_ANSA_PARTITA_GOLD),
    "it_ansa_alluvione": (IT_ANSA_ALLUVIONE, IT_ANSA_ALLUVIONE_GOLD),
    "it_repubblica_scienza": (IT_REPUBBLICA_SCIENZA, IT_REPUBBLICA_SCIENZA_GOLD),
    "pt_lusa_julgamento": (PT_LUSA_JULGAMENTO, PT_LUSA_JULGAMENTO_GOLD),
    "pt_agencia_saude": (PT_AGENCIA_SAUDE, PT_AGENCIA_SAUDE_GOLD),
    "pt_record_futebol": (PT_RECORD_FUTEBOL, PT_RECORD_FUTEBOL_GOLD),
    "nl_anp_rechtszaak": (NL_ANP_RECHTSZAAK, NL_ANP_RECHTSZAAK_GOLD),
    "nl_belga_storm": (NL_BELGA_STORM, NL_BELGA_STORM_GOLD),
    "nl_anp_prijs": (NL_ANP_PRIJS, NL_ANP_PRIJS_GOLD),
}

#: The roles some speakers hold, by (story, quote).
ROLES: dict[tuple[str, str], str] = {
    ("de_apa_prozess", "Der Schaden ist enorm, und er trifft die Schwächsten"): "Richterin",
    ("es_efe_juicio", "Estamos ante un saqueo sistemático de las arcas públicas"): "fiscal",
    ("it_ansa_alluvione", "L'acqua è salita di due metri in meno di un'ora"): (
        "comandante provinciale dei Vigili del fuoco"
    ),
    (
        "nl_belga_storm",
        "Het ergste is voorbij, maar er kunnen nog rukwinden tot 90 kilometer per uur voorkomen",
    ): "weerman",
    ("pt_lusa_julgamento", "O tribunal acompanhou, no essencial, a acusação"): (
        "procurador do Ministério Público"
    ),
}

#: Stories whose remaining errors no general rule fixes yet, with the reason
#: (the test fails if they start passing).
KNOWN_FAILURES: dict[str, str] = {
    "it_ansa_partita": (
        "a player named by surname only (Lookman) is not linked to l'attaccante: the story gives no nationality (il bomber nigeriano) and names three players the noun fits"
    ),
    "pt_record_futebol": (
        "an epithet by nationality (o argentino) is not linked to a player named by surname only (o jovem Prestianni): the story gives no nationality, and its paragraph names no one (the one before names Prestianni and Lage); we never guess a nationality from a name"
    ),
}


@pytest.mark.parametrize("name", story_names(CASES, KNOWN_FAILURES))
def test_genre_story(name: str) -> None:
    text, gold = CASES[name]
    check_story(name, text, gold, ROLES)


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "it",
            "Titolo\n\nIl sindaco Marco Neri è arrivato in mattinata. Tra gli sfollati c'è Giuseppina, "
            "82 anni, portata via in gommone. «Ho avuto paura», racconta.",
            [("Ho avuto paura", "Giuseppina", "Giuseppina")],
        ),
        (
            "pt",
            "Título\n\nO médico Paulo Mendes esteve lá. A dona de casa Francisca, 52 anos, "
            'vacinou os filhos. "Não queria isso para eles", disse.',
            [("Não queria isso para eles", "Francisca", "Francisca")],
        ),
        (
            "nl",
            "Kop\n\nBurgemeester Bart Tommelein sprak. Zijn buurvrouw Els, 41, had niet "
            "geslapen. 'Het huis kraakte', zegt ze.",
            [("Het huis kraakte", "Els", "ze")],
        ),
        (
            "nl",
            "Kop\n\nBurgemeester Bart Tommelein bezocht de wijk.\n\nIn Mechelen stond de 76-jarige "
            "Jozef voor zijn veranda. 'Zoiets heb ik nooit meegemaakt', vertelt hij.",
            [("Zoiets heb ik nooit meegemaakt", "Jozef", "hij")],
        ),
    ],
)
def test_a_first_name_set_off_by_an_age_is_someone(
    language: str, text: str, expected: list[tuple[str, str, str]]
) -> None:
    """``Giuseppina, 82 anni``, ``Els, 41,``, ``de 76-jarige Jozef``: residents and
    witnesses named by first name and age speak after it, not the official before."""
    assert _mentions(text, language) == expected


def test_a_surname_with_an_age_is_no_one_new() -> None:
    text = (
        "Titel\n\nAnna Zenhäusern, 71, wohnt im Weiler. «Ich habe ein Donnern gehört», "
        "erzählte sie."
    )
    assert _mentions(text, "de") == [("Ich habe ein Donnern gehört", "Anna Zenhäusern", "sie")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Kop\n\nHet KMI verwacht dat de wind gaat liggen. 'Het ergste is voorbij', "
            "zegt weerman David Dehenauw.",
            [("Het ergste is voorbij", "David Dehenauw", "weerman David Dehenauw")],
        ),
        (
            "Kop\n\nOok de anderen reageerden. 'Als ik moest verliezen, dan van haar', zei "
            "dichter en romancier Joost Mulder.",
            [
                (
                    "Als ik moest verliezen, dan van haar",
                    "Joost Mulder",
                    "dichter en romancier Joost Mulder",
                )
            ],
        ),
    ],
)
def test_a_dutch_noun_the_vocabulary_does_not_know_before_a_name(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    """``zegt weerman David Dehenauw``: a lower-case noun for a doer, then a full
    name, after a Dutch cue, as Nordic copy writes it."""
    assert _mentions(text, "nl") == expected


def test_a_dutch_adverb_before_a_name_is_no_role() -> None:
    text = "Kop\n\nHet was een lange dag. 'We gaan door', zei later Jan de Vries."
    assert _mentions(text, "nl") == [("We gaan door", "Jan de Vries", "Jan de Vries")]


def test_a_listener_of_several_words_before_the_subject() -> None:
    text = (
        'Título\n\nLa Guardia Civil ha rescatado a una pareja. "Los encontramos en la '
        'cocina", ha explicado a Europa Press un portavoz del instituto armado.'
    )
    assert _mentions(text, "es") == [
        (
            "Los encontramos en la cocina",
            "un portavoz del instituto armado",
            "un portavoz del instituto armado",
        )
    ]


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "es",
            "Título\n\nLa poeta Inés Barreiro ha recibido la noticia en su casa de Santiago "
            'de Compostela. "Me ha pillado fregando", ha bromeado.',
            [("Me ha pillado fregando", "Inés Barreiro", "La poeta Inés Barreiro")],
        ),
        (
            "pt",
            'Título\n\n"Temos vacina", alertou o médico Paulo Mendes.\n\nEm Campo Grande, a '
            'secretária municipal de Saúde, Rosana Leite, comemorou os números. "Tivemos '
            'leitos sobrando", contou.',
            [
                ("Temos vacina", "Paulo Mendes", "o médico Paulo Mendes"),
                (
                    "Tivemos leitos sobrando",
                    "Rosana Leite",
                    "a secretária municipal de Saúde, Rosana Leite",
                ),
            ],
        ),
        (
            "pt",
            "Título\n\nO infectologista Paulo Mendes, do Hospital das Clínicas de São Paulo, "
            'esteve lá. "Temos vacina", alertou o médico.',
            [("Temos vacina", "Paulo Mendes", "o médico")],
        ),
    ],
)
def test_places_and_institutions_named_like_people_are_no_one(
    language: str, text: str, expected: list[tuple[str, str, str]]
) -> None:
    """``en su casa de Santiago de Compostela``, ``Em Campo Grande``, ``Hospital das
    Clínicas``, ``São Paulo``: a place after a preposition of place or a noun for a
    place, a saint's town, an institution; none of them speaks."""
    assert _mentions(text, language) == expected


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        # a jury speaks for its prize
        (
            "es",
            'Título\n\nEl jurado ha destacado "la precisión de un lenguaje que convierte el '
            'paisaje en memoria".',
            [
                (
                    "la precisión de un lenguaje que convierte el paisaje en memoria",
                    "El jurado",
                    "El jurado",
                )
            ],
        ),
        # a regional minister of Catalonia, Valencia or the Balearics
        (
            "es",
            "Título\n\nLa consellera de Justicia e Interior, Elena Sanchis, ha pedido calma. "
            '"Quédense en casa", ha insistido.',
            [
                (
                    "Quédense en casa",
                    "Elena Sanchis",
                    "La consellera de Justicia e Interior, Elena Sanchis",
                )
            ],
        ),
        # a town's auditor, inverted after her verb
        (
            "es",
            "Título\n\nDurante la vista declaró también la exinterventora municipal, Lucía "
            'Méndez. "Nadie me hizo caso", explicó.',
            [
                (
                    "Nadie me hizo caso",
                    "Lucía Méndez",
                    "la exinterventora municipal, Lucía Méndez",
                )
            ],
        ),
        # an engineer set off after an office
        (
            "it",
            'Titolo\n\n"L\'acqua è salita", ha spiegato il comandante provinciale dei Vigili '
            "del fuoco, l'ingegnere Stefano Raggi.",
            [
                (
                    "L'acqua è salita",
                    "Stefano Raggi",
                    "il comandante provinciale dei Vigili del fuoco, l'ingegnere Stefano Raggi",
                )
            ],
        ),
        # a coach called il tecnico after he was introduced as l'allenatore
        (
            "it",
            'Titolo\n\n"Serata perfetta", ha detto il tecnico nerazzurro Marco Gasparini.'
            '\n\n"Abbiamo sbagliato tutto", ha ammesso l\'allenatore granata Paolo '
            'Vanoli.\n\nSecondo il tecnico, la squadra ha pagato "la stanchezza".',
            [
                ("Serata perfetta", "Marco Gasparini", "il tecnico nerazzurro Marco Gasparini"),
                ("Abbiamo sbagliato tutto", "Paolo Vanoli", "l'allenatore granata Paolo Vanoli"),
                ("la stanchezza", "Paolo Vanoli", "il tecnico"),
            ],
        ),
        # a researcher first introduced as a study's author
        (
            "it",
            "Titolo\n\n«È un messaggio», spiega la prima autrice dello studio, la ricercatrice "
            "Giulia Ferraresi.\n\nSecondo la ricercatrice, il vantaggio è la semplicità: «Dura "
            "cinque minuti».",
            [
                (
                    "È un messaggio",
                    "Giulia Ferraresi",
                    "la prima autrice dello studio, la ricercatrice Giulia Ferraresi",
                ),
                ("Dura cinque minuti", "Giulia Ferraresi", "la ricercatrice"),
            ],
        ),
    ],
)
def test_the_offices_and_epithets_of_courts_culture_science_and_sport(
    language: str, text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert _mentions(text, language) == expected


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "nl",
            "Kop\n\n'Het is een eer', zei dichter Joost Mulder, die met 'Zoutwater' op de "
            "shortlist stond.",
            [("Het is een eer", "Joost Mulder", "dichter Joost Mulder")],
        ),
        (
            "fr",
            "Titre\n\n« C'est un honneur », a dit Paul Martin, nominé avec « Les Nuits blanches ».",
            [("C'est un honneur", "Paul Martin", "Paul Martin")],
        ),
    ],
)
def test_a_capitalised_quote_after_with_is_a_title(
    language: str, text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert _mentions(text, language) == expected


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "fr",
            "Titre\n\nLe cancer du pancréas, souvent qualifié de « tueur silencieux », reste "
            "meurtrier, selon l'Institut national du cancer.",
            [],
        ),
        # the active voice: the subject's words
        (
            "fr",
            "Titre\n\nLe ministre Paul Martin a qualifié de « honteuse » la décision.",
            [("honteuse", "Paul Martin", "Le ministre Paul Martin")],
        ),
    ],
)
def test_what_a_passive_naming_participle_calls_something_is_a_term(
    language: str, text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert _mentions(text, language) == expected


def test_an_interview_s_answers_are_of_whom_the_questions_were_put_to() -> None:
    text = (
        "Kop\n\nIlse Bakker won de prijs. 'Deze prijs is voor mijn moeder', zei ze.\n\n"
        "'Als ik moest verliezen, dan van haar', zei dichter Joost Mulder.\n\n"
        "Na de uitreiking stelde het ANP Bakker een paar vragen.\n\n"
        "Wat gaat u met het geld doen?\n\n'Eerst een nieuw dak.'"
    )
    assert _mentions(text, "nl")[-1] == ("Eerst een nieuw dak.", "Ilse Bakker", "Bakker")


def test_a_dutch_age_adjective_qualifies_a_role() -> None:
    text = (
        "Kop\n\nIlse Bakker won de prijs. 'Ik heb tien jaar aan dit boek gewerkt', zei de "
        "48-jarige schrijfster."
    )
    assert _mentions(text, "nl") == [
        (
            "Ik heb tien jaar aan dit boek gewerkt",
            "Ilse Bakker",
            "de 48-jarige schrijfster",
        )
    ]


def test_a_capitalised_particle_of_a_surname_named_before() -> None:
    text = (
        "Titre\n\nL'entraîneur Roberto De Zerbi est arrivé. « Il faudra réagir », a prévenu "
        "De Zerbi."
    )
    assert _mentions(text, "fr") == [("Il faudra réagir", "Roberto De Zerbi", "De Zerbi")]


def test_selon_and_a_coach_s_epithet() -> None:
    text = (
        "Titre\n\n« On a fait quarante-cinq bonnes minutes », a regretté l'entraîneur "
        "Roberto De Zerbi. Selon le technicien italien, ses joueurs ont « manqué de "
        "caractère » en seconde période."
    )
    assert _mentions(text, "fr")[-1] == (
        "manqué de caractère",
        "Roberto De Zerbi",
        "le technicien italien",
    )


def test_a_generic_epithet_reaches_the_last_speaker_across_paragraphs_naming_no_one() -> None:
    text = (
        "Titre\n\n« C'est une première », a déclaré la Pr Hélène Marchetti, oncologue au "
        "Centre Léon-Bérard et coordinatrice de l'étude. Le test repose sur l'analyse de "
        "fragments d'ADN tumoral.\n\nL'équipe a suivi pendant six ans plus de 4.000 "
        "patients considérés comme à risque, notamment des diabétiques de plus de 50 ans. "
        "Le test a correctement identifié 83 % des cancers.\n\n« Nous restons prudents », a "
        "souligné la chercheuse."
    )
    assert _mentions(text, "fr")[-1] == (
        "Nous restons prudents",
        "Hélène Marchetti",
        "la chercheuse",
    )


def test_a_generic_epithet_after_someone_else_is_named_is_not_the_last_speaker() -> None:
    text = (
        "Titre\n\n« C'est une première », a déclaré la Pr Hélène Marchetti, oncologue au "
        "Centre Léon-Bérard.\n\nSa collègue Sophie Lambert a travaillé six ans sur le "
        "projet avec plus de 4.000 patients.\n\n« Nous restons prudents », a souligné la "
        "chercheuse."
    )
    assert _mentions(text, "fr")[-1][1] != "Hélène Marchetti"


def test_a_german_noun_before_the_surname_of_someone_named_before() -> None:
    text = (
        "Titel\n\nKapitän Tim Reinholz traf spät.\n\nMatchwinner Reinholz sprach von einem "
        "„besonderen Abend“. „So ein Tor, davon träumst du“, sagte der 33-Jährige."
    )
    assert _mentions(text, "de") == [
        ("besonderen Abend", "Tim Reinholz", "Matchwinner Reinholz"),
        ("So ein Tor, davon träumst du", "Tim Reinholz", "der 33-Jährige"),
    ]


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "it",
            "Titolo\n\n«Ogni passo è importante», ha dichiarato la presidente Patrizia Spadin."
            "\n\nPer il Dott. Luca Moretti, oculista all'ospedale di Vicenza, lo studio apre "
            "una strada interessante. «Noi oculisti vediamo milioni di pazienti», osserva.",
            ("Noi oculisti vediamo milioni di pazienti", "Luca Moretti", "il Dott. Luca Moretti"),
        ),
    ],
)
def test_a_dropped_subject_after_a_sentence_that_opens_with_whose_view_it_is(
    language: str, text: str, expected: tuple[str, str, str]
) -> None:
    assert _mentions(text, language)[-1] == expected


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "nl",
            "Kop\n\nHaar uitgever, Marieke Schouten, sprak van 'een bekroning voor een schrijver'.",
            [
                (
                    "een bekroning voor een schrijver",
                    "Marieke Schouten",
                    "Haar uitgever, Marieke Schouten",
                )
            ],
        ),
        (
            "de",
            "Titel\n\nIhr Verleger, Markus Roth, sprach von einem „Triumph“.",
            [("Triumph", "Markus Roth", "Ihr Verleger, Markus Roth")],
        ),
    ],
)
def test_a_publisher_is_a_role(
    language: str, text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert _mentions(text, language) == expected


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "de",
            "Titel\n\nDie Strasse ist gesperrt. Ein Geologe des Kantons sagte, die Gefahr sei "
            "«nach wie vor erheblich».",
            [("nach wie vor erheblich", "Ein Geologe des Kantons", "Ein Geologe des Kantons")],
        ),
    ],
)
def test_the_scientists_of_a_disaster_are_roles(
    language: str, text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert _mentions(text, language) == expected


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "es",
            "Título\n\nSegún la portavoz de la agencia en la Comunitat Valenciana, Beatriz "
            'Romero, se esperan "acumulados superiores" hoy.',
            [
                (
                    "acumulados superiores",
                    "Beatriz Romero",
                    "la portavoz de la agencia en la Comunitat Valenciana, Beatriz Romero",
                )
            ],
        ),
        (
            "it",
            'Titolo\n\nIl portavoce dell\'agenzia in Toscana, Marco Neri, ha detto che "è finita".',
            [("è finita", "Marco Neri", "Il portavoce dell'agenzia in Toscana, Marco Neri")],
        ),
    ],
)
def test_where_a_role_is_held_before_the_name_set_off(
    language: str, text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert _mentions(text, language) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Título\n\nPor su parte, la Agencia Estatal de Meteorología (Aemet) ha advertido "
            'de que lo peor "todavía no ha llegado".',
            [
                (
                    "todavía no ha llegado",
                    "la Agencia Estatal de Meteorología",
                    "la Agencia Estatal de Meteorología",
                )
            ],
        ),
        (
            'Título\n\nLa Guardia Civil ha dicho que "todo está bajo control".',
            [("todo está bajo control", "La Guardia Civil", "La Guardia Civil")],
        ),
    ],
)
def test_a_body_s_capitalised_noun_after_its_article_opens_its_name(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert _mentions(text, "es") == expected


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "pt",
            "Título\n\nO técnico destacou a entrada de Prestianni, a quem os adeptos chamam "
            "“o Mágico”. “Ele tem um talento raro”, disse Bruno Lage.",
            [("Ele tem um talento raro", "Bruno Lage", "Bruno Lage")],
        ),
        (
            "es",
            'Título\n\nEl técnico destacó a Pérez, al que los aficionados llaman "el Mago". '
            '"Tiene un talento raro", dijo Luis García.',
            [("Tiene un talento raro", "Luis García", "Luis García")],
        ),
    ],
)
def test_a_nickname_after_a_plural_naming_verb_is_no_quote(
    language: str, text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert _mentions(text, language) == expected


def test_an_indefinite_statement_is_the_body_s_that_opens_the_sentence_before() -> None:
    text = (
        'Título\n\nEl Ayuntamiento de Alzira ha cerrado los colegios. "Se recomienda no '
        'salir de casa salvo necesidad", se lee en un comunicado.'
    )
    assert _mentions(text, "es") == [
        (
            "Se recomienda no salir de casa salvo necesidad",
            "El Ayuntamiento de Alzira",
            "El Ayuntamiento de Alzira",
        )
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Título\n\nA Câmara Municipal de Vila Alva informou em comunicado que vai "
            "“avaliar a possibilidade” de pedir uma indemnização.",
            [
                (
                    "avaliar a possibilidade",
                    "A Câmara Municipal de Vila Alva",
                    "A Câmara Municipal de Vila Alva",
                )
            ],
        ),
        (
            "Título\n\nA SAD portista anunciou, em comunicado, que vai apresentar queixa à "
            "Liga pela arbitragem, considerando que houve “erros graves” no lance.",
            [("erros graves", "A SAD portista", "A SAD portista")],
        ),
    ],
)
def test_what_a_portuguese_body_announces(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _mentions(text, "pt") == expected


def test_a_dutch_jury_is_a_body() -> None:
    text = "Kop\n\nDe jury noemde het boek 'een meesterlijke roman over zwijgen en erfenis'."
    assert _mentions(text, "nl") == [
        ("een meesterlijke roman over zwijgen en erfenis", "De jury", "De jury")
    ]


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "pt",
            "Título\n\nO antigo presidente da câmara, Joaquim Serrano, foi condenado.\n\n"
            "Serrano não falou. Durante o julgamento, o antigo autarca tinha negado tudo. "
            "“Nunca recebi nada”, garantiu na primeira sessão.",
            [("Nunca recebi nada", "Joaquim Serrano", "o antigo autarca")],
        ),
        (
            "es",
            "Título\n\nEl exalcalde de Alba, Tomás Ferrer, fue condenado.\n\nFerrer no habló. "
            "Durante el juicio, el exalcalde había negado todo. «Nunca cobré nada», aseguró "
            "en la primera sesión.",
            [("Nunca cobré nada", "Tomás Ferrer", "el exalcalde")],
        ),
    ],
)
def test_a_dropped_subject_after_an_epithet_after_a_phrase_of_occasion(
    language: str, text: str, expected: list[tuple[str, str, str]]
) -> None:
    """``Durante o julgamento, o antigo autarca tinha negado ... “...”, garantiu``:
    the epithet that follows the phrase of occasion is the dropped subject's mention."""
    assert _mentions(text, language) == expected


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "de",
            "Titel\n\nGemeindepräsident Urs Imboden war vor Ort.\n\nIhr Nachbar Beat, 45, konnte "
            "nur seine Hunde retten. «Alles ist voll Schlamm», sagte der Landwirt.",
            [("Alles ist voll Schlamm", "Beat", "der Landwirt")],
        ),
        (
            "it",
            "Titolo\n\nIl sindaco Marco Neri è arrivato in mattinata.\n\nTra gli sfollati c'è "
            "Giuseppina, 82 anni, portata via in gommone. «Ho avuto paura», racconta la pensionata.",
            [("Ho avuto paura", "Giuseppina", "la pensionata")],
        ),
        (
            "fr",
            "Titre\n\nLe maire Paul Morel est venu.\n\nSon voisin Julien, 45 ans, a tout perdu. "
            "« La maison est pleine de boue », a raconté l'agriculteur.",
            [("La maison est pleine de boue", "Julien", "l'agriculteur")],
        ),
        (
            "nl",
            "Kop\n\nBurgemeester Bart Tommelein sprak.\n\nZijn buurvrouw Els, 41, had niet "
            "geslapen. 'Het huis kraakte', zegt de verpleegster.",
            [("Het huis kraakte", "Els", "de verpleegster")],
        ),
    ],
)
def test_an_epithet_of_someone_named_by_first_name_and_age(
    language: str, text: str, expected: list[tuple[str, str, str]]
) -> None:
    """``Ihr Nachbar Beat, 45, ... sagte der Landwirt``: the one person named in the
    stretch before an epithet, by first name alone, is whom it describes."""
    assert _mentions(text, language) == expected


def test_an_epithet_reaches_no_first_name_of_another_paragraph() -> None:
    text = (
        "Titel\n\nGemeindepräsident Urs Imboden war vor Ort. «Es ist schlimm», sagte er.\n\n"
        "Beat, 45, ist Landwirt.\n\n«Alles ist voll Schlamm», sagte der Landwirt."
    )
    assert _mentions(text, "de")[-1] == ("Alles ist voll Schlamm", "der Landwirt", "der Landwirt")


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "it",
            "Titolo\n\nIl tecnico Paolo Vanoli e il capitano Marco Rossi erano delusi. "
            '"Abbiamo sbagliato tutto", ha detto Rossi.\n\nSecondo il tecnico, la squadra ha '
            'pagato "la stanchezza", ma Vanoli ha escluso le dimissioni. "Il presidente mi '
            'sostiene", ha detto.',
            ("Il presidente mi sostiene", "Paolo Vanoli", "Vanoli"),
        ),
        (
            "es",
            "Título\n\nEl técnico Pablo Ruiz y el capitán Juan Soto estaban dolidos. «Lo "
            "hicimos todo mal», dijo Soto.\n\nSegún el técnico, el equipo pagó «el cansancio», "
            "pero Ruiz descartó dimitir. «El presidente me apoya», dijo.",
            ("El presidente me apoya", "Pablo Ruiz", "Ruiz"),
        ),
        (
            "pt",
            "Título\n\nO treinador Paulo Lopes e o capitão João Silva estavam tristes. “Fizemos "
            "tudo mal”, disse Silva.\n\nSegundo o técnico, a equipa pagou “o cansaço”, mas Lopes "
            "recusou demitir-se. “O presidente apoia-me”, disse.",
            ("O presidente apoia-me", "Paulo Lopes", "Lopes"),
        ),
    ],
)
def test_a_dropped_subject_after_a_clause_that_but_opens(
    language: str, text: str, expected: tuple[str, str, str]
) -> None:
    """``..., ma Vanoli ha escluso ... "...", ha detto``: the person named as the
    subject of the clause after "but" speaks, not the one of the cue before it."""
    assert _mentions(text, language)[-1] == expected


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "nl",
            "Kop\n\nDe prijs ging naar Ilse Vermeer. Haar uitgever, Marieke Schouten van "
            "uitgeverij De Arbeiderspers, sprak van 'een bekroning'. 'Ze schrijft langzaam', zei ze.",
            [
                ("een bekroning", "Marieke Schouten", "Haar uitgever, Marieke Schouten"),
                ("Ze schrijft langzaam", "Marieke Schouten", "ze"),
            ],
        ),
        (
            "de",
            "Titel\n\nDer Preis geht an Anna Keller. Ihr Verleger, Jonas Weber vom Hanser Verlag, "
            "sprach von einem „verdienten Erfolg“. „Sie schreibt langsam“, sagte er.",
            [
                ("verdienten Erfolg", "Jonas Weber", "Ihr Verleger, Jonas Weber"),
                ("Sie schreibt langsam", "Jonas Weber", "er"),
            ],
        ),
    ],
)
def test_a_name_set_off_after_a_role_with_an_affiliation_before_its_comma(
    language: str, text: str, expected: list[tuple[str, str, str]]
) -> None:
    """``Haar uitgever, Marieke Schouten van uitgeverij De Arbeiderspers, sprak``:
    the name set off is the role's, the affiliation after it no part of the mention."""
    assert _mentions(text, language) == expected


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "it",
            "Titolo\n\nLa Protezione civile regionale ha prorogato l'allerta rossa. \"Non "
            'avvicinatevi ai fiumi", si legge in una nota.',
            "La Protezione civile regionale",
        ),
        (
            "es",
            "Título\n\nLa Protección Civil regional ha ampliado la alerta roja. «No se acerquen "
            "a los cauces», se lee en un comunicado.",
            "La Protección Civil regional",
        ),
    ],
)
def test_a_body_s_lower_case_adjectives_after_its_capitalised_noun(
    language: str, text: str, expected: str
) -> None:
    """``La Protezione civile regionale ha prorogato ... "...", si legge in una nota``:
    the body's name runs on over its adjectives in lower case."""
    ((_quote, name, mention),) = _mentions(text, language)
    assert (name, mention) == (expected, expected)


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "it",
            'Titolo\n\nIl sindaco Enzo Lattuca ha parlato. "Siamo pronti", ha detto Lattuca.\n\n'
            "Il ministro per la Protezione civile ha assicurato in serata che il governo farà "
            '"tutto il necessario".',
            "Il ministro per la Protezione civile",
        ),
        (
            "pt",
            "Título\n\nO autarca Rui Lopes falou. “Estamos prontos”, disse Lopes.\n\nA ministra "
            "para os Assuntos Parlamentares garantiu que o Governo fará “tudo o que for preciso”.",
            "A ministra para os Assuntos Parlamentares",
        ),
        (
            "es",
            "Título\n\nEl alcalde Juan Soto habló. «Estamos listos», dijo Soto.\n\nEl secretario "
            "de Estado para la Unión Europea aseguró que el Gobierno hará «todo lo necesario».",
            "El secretario de Estado para la Unión Europea",
        ),
    ],
)
def test_a_role_with_its_portfolio_after_for(language: str, text: str, expected: str) -> None:
    """``Il ministro per la Protezione civile ha assicurato``: the role with its
    portfolio is the subject, not the last speaker."""
    assert _mentions(text, language)[-1][1:] == (expected, expected)


def test_for_before_a_word_in_lower_case_is_no_portfolio() -> None:
    text = (
        'Titolo\n\nIl sindaco Enzo Lattuca ha parlato per telefono. "Siamo pronti", ha detto '
        "il sindaco per telefono."
    )
    assert _mentions(text, "it") == [("Siamo pronti", "Enzo Lattuca", "il sindaco")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Titel\n\nVerteidiger Markus Holzer plädierte auf eine bedingte Strafe. Sein Mandant "
            "habe „alles verloren“, und zahle bereits zurück.",
            [("alles verloren", "Markus Holzer", "Verteidiger Markus Holzer")],
        ),
        (
            "Titel\n\nAnwältin Eva Brandl verlangte einen Freispruch. Ihre Mandantin habe „nie "
            "etwas davon gewusst, wirklich nie“, und sei unschuldig.",
            [
                (
                    "nie etwas davon gewusst, wirklich nie",
                    "Eva Brandl",
                    "Anwältin Eva Brandl",
                )
            ],
        ),
        # a conditional is no sign of reported speech with no cue before
        (
            "Titel\n\nVerteidiger Markus Holzer plädierte auf eine bedingte Strafe. Eine Haft "
            "wäre „völlig überzogen“.",
            [],
        ),
    ],
)
def test_a_german_subjunctive_after_a_sentence_that_names_the_speaker(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    """``Verteidiger Markus Holzer plädierte ... Sein Mandant habe „...“``: reported
    speech with no cue before is of the person who opens the sentence before."""
    assert _mentions(text, "de") == expected


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "nl",
            "Kop\n\n'Mijn cliënt is onschuldig', zei advocaat Jeroen Baart.\n\nDe verdachte, die "
            "alleen bij zijn initialen R.K. wordt genoemd, zei weinig. Op vragen antwoordde hij "
            "dat hij 'niets te zeggen' had.",
            ("niets te zeggen", "R.K.", "hij"),
        ),
        (
            "nl",
            "Kop\n\n'Mijn cliënt is onschuldig', zei advocaat Jeroen Baart.\n\nDe verdachte R.K. "
            "zei weinig. Op vragen antwoordde hij dat hij 'niets te zeggen' had.",
            ("niets te zeggen", "R.K.", "hij"),
        ),
        (
            "fr",
            "Titre\n\n« Mon client est innocent », a dit l'avocat Jean Morel.\n\nLe prévenu, "
            "désigné par ses initiales J.D., a peu parlé. Il a dit n'avoir « rien à ajouter ».",
            ("rien à ajouter", "J.D.", "Il"),
        ),
        # an abbreviation after a preposition and its article names no one
        (
            "nl",
            "Kop\n\n'Mijn cliënt is onschuldig', zei advocaat Jeroen Baart.\n\nVolgens de N.V. "
            "is er niets mis. Op vragen antwoordde hij dat hij 'niets te zeggen' had.",
            ("niets te zeggen", "Jeroen Baart", "hij"),
        ),
    ],
)
def test_someone_named_by_initials(
    language: str, text: str, expected: tuple[str, str, str]
) -> None:
    """``De verdachte, die alleen bij zijn initialen R.K. wordt genoemd``: court copy
    names the accused by initials; a pronoun in their paragraph stands for them."""
    assert _mentions(text, language)[-1] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Titel\n\nTrainer Ole Hölscher war zufrieden.\n\nTorschütze Lindqvist wollte keine "
            "Ausreden suchen. „Das ist Kopfsache“, sagte der Schwede.",
            ("Das ist Kopfsache", "Lindqvist", "der Schwede"),
        ),
        # the one the story gives the nationality of, not the other named there
        (
            "Titel\n\nTrainer Ole Hölscher war zufrieden.\n\nDer schwedische Stürmer Lindqvist "
            "traf zweimal, Trainer Marco Sailer lobte ihn. „Das ist Kopfsache“, sagte der Schwede.",
            ("Das ist Kopfsache", "Lindqvist", "der Schwede"),
        ),
        # two named by surname, no nationality given: no one in particular
        (
            "Titel\n\nTrainer Ole Hölscher war zufrieden.\n\nTorschütze Lindqvist und Kapitän "
            "Brandl suchten keine Ausreden. „Das ist Kopfsache“, sagte der Schwede.",
            ("Das ist Kopfsache", "der Schwede", "der Schwede"),
        ),
        (
            "Titel\n\nBundeskanzler Scholz besuchte das Werk. „Wir stehen zusammen“, sagte der "
            "SPD-Politiker.",
            ("Wir stehen zusammen", "Scholz", "der SPD-Politiker"),
        ),
    ],
)
def test_someone_named_by_role_and_surname_is_whom_an_epithet_reaches(
    text: str, expected: tuple[str, str, str]
) -> None:
    """``Torschütze Lindqvist ... sagte der Schwede``: a player or official named by
    role and surname alone is someone an epithet after may stand for."""
    assert _mentions(text, "de")[-1] == expected


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "fr",
            "Titre\n\nLENS (AFP) - Le RC Lens s'est imposé grâce à un doublé de son attaquant "
            "Moussa Diabaté.\n\n« On n'a jamais lâché », a réagi l'entraîneur lensois Franck "
            "Haise.\n\nL'attaquant malien, surnommé « la Flèche », a été ovationné. « Je dédie "
            "ces buts à ma mère », a confié le joueur de 23 ans.",
            ("Je dédie ces buts à ma mère", "Moussa Diabaté", "le joueur de 23 ans"),
        ),
        (
            "it",
            "Titolo\n\nL'Inter ha vinto grazie al suo attaccante Marco Ferri.\n\n\"Non abbiamo "
            "mai mollato\", ha detto l'allenatore Luca Conti.\n\nL'attaccante è stato applaudito "
            'all\'uscita. "Dedico i gol a mia madre", ha raccontato il giocatore di 23 anni.',
            ("Dedico i gol a mia madre", "Marco Ferri", "il giocatore di 23 anni"),
        ),
        (
            "es",
            "Título\n\nEl Betis ganó gracias a su delantero Marco Ruiz.\n\n«Nunca nos rendimos», "
            "dijo el entrenador Luis Soto.\n\nEl delantero fue ovacionado. «Dedico los goles a mi "
            "madre», contó el jugador de 23 años.",
            ("Dedico los goles a mi madre", "Marco Ruiz", "el jugador de 23 años"),
        ),
        # the epithet before names no one introduced so: no one in particular
        (
            "fr",
            "Titre\n\nLe RC Lens s'est imposé.\n\n« On n'a jamais lâché », a réagi l'entraîneur "
            "lensois Franck Haise.\n\nL'attaquant malien a été ovationné. « Je dédie ces buts à "
            "ma mère », a confié le joueur de 23 ans.",
            ("Je dédie ces buts à ma mère", "le joueur de 23 ans", "le joueur de 23 ans"),
        ),
    ],
)
def test_an_epithet_goes_on_with_the_epithet_that_opens_the_sentence_before(
    language: str, text: str, expected: tuple[str, str, str]
) -> None:
    """``L'attaquant malien ... a été ovationné. « ... », a confié le joueur de 23
    ans``: the second epithet describes whom the first stood for (the one person
    introduced as ``son attaquant``)."""
    assert _mentions(text, language)[-1] == expected


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "es",
            "Título\n\nLa compañía Iberdrola ha informado de que 12.000 clientes siguen sin luz. "
            'Adif, por su parte, ha suspendido la circulación de trenes "hasta que las '
            'condiciones lo permitan".',
            [("hasta que las condiciones lo permitan", "Adif", "Adif")],
        ),
        (
            "fr",
            "Titre\n\nEnedis a indiqué que 12.000 foyers restaient privés de courant. La SNCF, "
            "de son côté, a suspendu la circulation des trains « jusqu'à nouvel ordre ».",
            [("jusqu'à nouvel ordre", "La SNCF", "La SNCF")],
        ),
        (
            "it",
            "Titolo\n\nEnel ha comunicato che 12.000 utenze sono senza luce. Rfi, da parte sua, "
            'ha sospeso la circolazione dei treni "fino a nuovo avviso".',
            [("fino a nuovo avviso", "Rfi", "Rfi")],
        ),
        # no one reported anything in the sentence before: no one's words
        (
            "es",
            "Título\n\nLa lluvia no cesa en Valencia. Adif, por su parte, ha suspendido la "
            'circulación de trenes "hasta nuevo aviso".',
            [],
        ),
    ],
)
def test_a_fragment_of_a_subject_set_off_by_an_aside_of_its_turn(
    language: str, text: str, expected: list[tuple[str, str, str]]
) -> None:
    """``Iberdrola ha informado de que ... Adif, por su parte, ha suspendido ...
    "..."``: after a sentence that reports, the subject an aside of its turn sets
    off goes on reporting, its own words quoted."""
    assert _mentions(text, language) == expected
