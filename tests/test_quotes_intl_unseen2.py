"""Quotes and speakers in twelve more invented agency stories in German, French,
Spanish, Italian, Portuguese and Dutch, in genres the first unseen file has not:
a court hearing with a witness and lawyers (dpa, ANSA), quarterly results with
executives and analysts (Reuters, Europa Press), post-match reports (AFP rugby,
Agência Estado football, ANP cycling), science and health (EFE, ANP), a
culture interview (Adnkronos) and natural disasters (AFP earthquake, Lusa wildfire).

Every story is invented (names, places, figures and words; no real story is
copied) in its agency's house style: credits in the dateline, ``so X``, ``selon
X``, ``según X``, ``secondo X``, ``segundo X``, ``aldus X``, colon
introductions, ANSA's ``"...". Così X``, titles and honorifics, plural cues with
no subject (``avisaram``, ``han respondido``, ``hanno scritto``), a work's title
in single quotes, epithets (``de Deen``, ``de renner``, ``la regista``).  The gold
is every quote of :attr:`Article.quotes` in text order with its speaker's name and
mention; the roles in :data:`ROLES` where a role matters.  The short forms after
the stories are the general rules these stories called for, each in every
language where it exists.
"""

from __future__ import annotations

import pytest

from tests.test_quotes_intl_unseen import Gold, _mentions
from tests.test_quotes_unseen import check_story, story_names

DE_DPA_GERICHT = """Prozess um Brandanschlag auf Lagerhalle: Zeugin belastet Angeklagten schwer

KASSEL (dpa) - Im Prozess um den Brandanschlag auf eine Lagerhalle in Kassel-Bettenhausen hat eine Nachbarin den Angeklagten am Mittwoch schwer belastet. Sie habe den 34-Jährigen in der Tatnacht gegen 2.30 Uhr mit zwei Benzinkanistern vor dem Tor gesehen, sagte die 58-Jährige vor dem Landgericht. „Ich war mir damals sicher, und ich bin es heute noch“, sagte sie.

Dem Mann wird schwere Brandstiftung und versuchter Versicherungsbetrug vorgeworfen. Laut Anklage soll er das Feuer gelegt haben, um die Versicherungssumme von 1,2 Millionen Euro für seinen hoch verschuldeten Großhandel zu kassieren. Verletzt wurde niemand, ein Feuerwehrmann erlitt eine leichte Rauchvergiftung.

Die Zeugin, eine pensionierte Lehrerin, schilderte die Nacht ausführlich. Sie sei wegen ihres Hundes wach gewesen und habe aus dem Küchenfenster geschaut. „Er hat sich zweimal umgedreht, als ob er Angst hatte, dass ihn jemand sieht“, sagte sie. Wenige Minuten später habe sie den Feuerschein bemerkt und die 112 gewählt.

Verteidiger Markus Olbrich stellte die Aussage in Frage. Die Straße sei nachts kaum beleuchtet, der Abstand zum Tor betrage fast 40 Meter. „Niemand kann bei diesen Lichtverhältnissen ein Gesicht auf diese Entfernung sicher erkennen“, sagte der Anwalt. Er beantragte ein Gutachten zu den Sichtverhältnissen.

Oberstaatsanwältin Sabine Kröger hielt dagegen. „Die Zeugin hat den Angeklagten seit Jahren gekannt. Sie hat nicht irgendein Gesicht erkannt, sondern das ihres Nachbarn.“ Zudem passe die Aussage zu den Daten seines Mobiltelefons, das sich zur Tatzeit in der Nähe der Halle eingewählt habe.

Der Angeklagte selbst schweigt bislang zu den Vorwürfen. Über seinen Anwalt ließ er erklären, er sei in der Nacht bei seiner Lebensgefährtin gewesen.

Auch ein Brandermittler des Landeskriminalamts sagte am Mittwoch aus. Er habe an zwei Stellen in der Halle Rückstände von Benzin gefunden. „Ein technischer Defekt ist nach unseren Untersuchungen ausgeschlossen“, erklärte der Sachverständige.

Der Vorsitzende Richter Thomas Lindner kündigte an, die Lebensgefährtin des Angeklagten in der kommenden Woche als Zeugin zu hören. „Wir werden uns die Zeit nehmen, die dieses Verfahren braucht“, sagte Lindner zum Ende des Verhandlungstages. Ein Urteil wird nicht vor Ende Januar erwartet.
"""
DE_DPA_GERICHT_GOLD: Gold = (
    ("Ich war mir damals sicher, und ich bin es heute noch", "die 58-Jährige", "sie"),
    (
        "Er hat sich zweimal umgedreht, als ob er Angst hatte, dass ihn jemand sieht",
        "die 58-Jährige",
        "sie",
    ),
    (
        "Niemand kann bei diesen Lichtverhältnissen ein Gesicht auf diese Entfernung sicher erkennen",
        "Markus Olbrich",
        "der Anwalt",
    ),
    (
        "Die Zeugin hat den Angeklagten seit Jahren gekannt. Sie hat nicht irgendein Gesicht erkannt, sondern das ihres Nachbarn.",
        "Sabine Kröger",
        "Oberstaatsanwältin Sabine Kröger",
    ),
    (
        "Ein technischer Defekt ist nach unseren Untersuchungen ausgeschlossen",
        "der Sachverständige",
        "der Sachverständige",
    ),
    ("Wir werden uns die Zeit nehmen, die dieses Verfahren braucht", "Thomas Lindner", "Lindner"),
)

DE_REUTERS_QUARTAL = """Maschinenbauer Hellwig verdoppelt Gewinn – Aktie springt nach oben

STUTTGART (Reuters) - Der Maschinenbauer Hellwig hat im dritten Quartal dank einer starken Nachfrage aus den USA deutlich mehr verdient als erwartet. Der Nettogewinn stieg auf 84 Millionen Euro nach 41 Millionen im Vorjahreszeitraum, wie das Unternehmen am Donnerstag in Stuttgart mitteilte. Der Umsatz legte um zwölf Prozent auf 1,1 Milliarden Euro zu.

„Wir haben ein außergewöhnlich starkes Quartal hinter uns“, sagte Vorstandschef Dr. Reinhard Vogelsang in einer Telefonkonferenz mit Journalisten. Vor allem das Geschäft mit Verpackungsanlagen für die Lebensmittelindustrie sei gewachsen. „Unsere Kunden investieren wieder, und sie investieren in Automatisierung.“

Die Aktie des im MDax notierten Unternehmens legte bis zum Mittag um mehr als neun Prozent zu und war damit größter Gewinner im Index. Analysten hatten im Schnitt lediglich mit einem Gewinn von 62 Millionen Euro gerechnet.

Finanzvorständin Claudia Meisner hob die Prognose für das Gesamtjahr an. Hellwig erwartet nun eine operative Marge von elf bis zwölf Prozent. „Das ist ehrgeizig, aber erreichbar“, sagte Meisner. Risiken sehe sie vor allem bei den Preisen für Stahl und Elektronikbauteile.

In China dagegen läuft das Geschäft weiter schleppend. Der Auftragseingang aus der Volksrepublik fiel um 18 Prozent. Vogelsang sprach von einer „anhaltenden Zurückhaltung“ der chinesischen Kunden. Man werde dort aber keine Stellen abbauen, betonte er.

Analyst Jens Uhlmann von der Landesbank Baden-Württemberg zeigte sich beeindruckt. „Das sind sehr saubere Zahlen, die Qualität des Wachstums überrascht positiv“, schrieb er in einer Studie. Er hob sein Kursziel von 48 auf 56 Euro an.

Skeptischer äußerte sich Petra Landwehr, Fondsmanagerin bei der Fondsgesellschaft Rheinkapital. „Ein Quartal macht noch keinen Trend“, sagte sie. Die Abhängigkeit vom US-Markt sei inzwischen sehr hoch, und mögliche Zölle seien ein erhebliches Risiko.

Vogelsang wies die Sorge zurück. Hellwig fertige bereits rund ein Drittel seiner Anlagen für amerikanische Kunden in einem Werk in South Carolina. „Wer bei uns kauft, kauft auch in Amerika bei uns“, sagte der Manager.
"""
DE_REUTERS_QUARTAL_GOLD: Gold = (
    (
        "Wir haben ein außergewöhnlich starkes Quartal hinter uns",
        "Reinhard Vogelsang",
        "Vorstandschef Dr. Reinhard Vogelsang",
    ),
    (
        "Unsere Kunden investieren wieder, und sie investieren in Automatisierung.",
        "Reinhard Vogelsang",
        "Vorstandschef Dr. Reinhard Vogelsang",
    ),
    ("Das ist ehrgeizig, aber erreichbar", "Claudia Meisner", "Meisner"),
    ("anhaltenden Zurückhaltung", "Reinhard Vogelsang", "Vogelsang"),
    (
        "Das sind sehr saubere Zahlen, die Qualität des Wachstums überrascht positiv",
        "Jens Uhlmann",
        "er",
    ),
    ("Ein Quartal macht noch keinen Trend", "Petra Landwehr", "sie"),
    ("Wer bei uns kauft, kauft auch in Amerika bei uns", "Reinhard Vogelsang", "der Manager"),
)

FR_AFP_RUGBY = """Top 14 : Castres renverse Toulouse au bout du suspense, Lafargue « fier de ses joueurs »

CASTRES, 12 oct 2026 (AFP) - Le Castres Olympique a créé la surprise samedi en battant le Stade Toulousain 24 à 22 au stade Pierre-Fabre, grâce à une pénalité de son ouvreur Julien Carrère à la dernière minute.

Menés 22 à 14 à l'heure de jeu, les Tarnais ont renversé la rencontre dans un final irrespirable. « On n'a jamais lâché. Même quand ils ont marqué leur deuxième essai, on savait que le match n'était pas fini », a déclaré le manager castrais Pierre Lafargue en conférence de presse.

« Je suis fier de mes joueurs, fier de ce groupe », a-t-il ajouté, la voix encore marquée par l'émotion.

Auteur de 14 points, Julien Carrère a été porté en triomphe par ses coéquipiers. L'ouvreur de 23 ans, qui jouait son premier match comme titulaire cette saison, a avoué avoir tremblé avant la dernière tentative. « J'ai pensé à rien, j'ai juste regardé les poteaux », a-t-il raconté au micro de Canal+.

Côté toulousain, la déception était immense. L'entraîneur Benoît Marchal n'a pas cherché d'excuses. « On a été suffisants. On a cru que c'était fait, et à ce niveau-là, ça ne pardonne pas », a regretté le technicien.

Le talonneur international Mathieu Sabatier, capitaine du jour, a lui aussi pointé l'indiscipline de son équipe, sanctionnée de quatorze pénalités. « On leur a offert le match sur un plateau », a résumé le joueur. « Il faudra vite relever la tête, on reçoit le Racing dans six jours. »

Selon Marchal, l'absence de plusieurs cadres retenus avec le XV de France a pesé dans les dernières minutes. Mais il refuse d'en faire un argument : « Ceux qui étaient sur le terrain avaient le niveau pour gagner ce match. »

Avec cette victoire, Castres remonte à la cinquième place du championnat. Toulouse reste leader, mais ne compte plus que deux points d'avance sur Bordeaux-Bègles.
"""
FR_AFP_RUGBY_GOLD: Gold = (
    (
        "On n'a jamais lâché. Même quand ils ont marqué leur deuxième essai, on savait que le match n'était pas fini",
        "Pierre Lafargue",
        "le manager castrais Pierre Lafargue",
    ),
    ("Je suis fier de mes joueurs, fier de ce groupe", "Pierre Lafargue", "il"),
    ("J'ai pensé à rien, j'ai juste regardé les poteaux", "Julien Carrère", "il"),
    (
        "On a été suffisants. On a cru que c'était fait, et à ce niveau-là, ça ne pardonne pas",
        "Benoît Marchal",
        "le technicien",
    ),
    ("On leur a offert le match sur un plateau", "Mathieu Sabatier", "le joueur"),
    (
        "Il faudra vite relever la tête, on reçoit le Racing dans six jours.",
        "Mathieu Sabatier",
        "le joueur",
    ),
    (
        "Ceux qui étaient sur le terrain avaient le niveau pour gagner ce match.",
        "Benoît Marchal",
        "il",
    ),
)

FR_AFP_SEISME = """Séisme dans les Pyrénées : des dégâts importants, aucune victime à déplorer

LOURDES, 3 mars 2026 (AFP) - Un séisme de magnitude 5,1 a secoué lundi soir les Hautes-Pyrénées, provoquant d'importants dégâts matériels dans plusieurs villages de la vallée d'Argelès mais sans faire de victime, selon la préfecture.

La secousse, ressentie jusqu'à Toulouse et Bordeaux, s'est produite à 21h47 à une profondeur d'une dizaine de kilomètres, a précisé le Réseau national de surveillance sismique. Plusieurs répliques ont été enregistrées dans la nuit.

« C'est le séisme le plus fort dans la région depuis plus de quarante ans », a indiqué à l'AFP la sismologue Hélène Darrieux, de l'Observatoire Midi-Pyrénées. « Une réplique de magnitude 4 dans les prochains jours n'est pas à exclure. »

À Saint-Savin, le clocher de l'église a été fissuré et une trentaine de maisons ont été endommagées. Le maire, Jean-Claude Pujol, a passé la nuit dans la salle des fêtes avec les habitants évacués. « Les gens ont eu très peur. Certains sont sortis en pyjama, avec les enfants dans les bras », raconte l'élu, joint par téléphone.

Mardi matin, la préfète des Hautes-Pyrénées, Anne-Sophie Merlin, s'est rendue sur place avec les pompiers. « Notre priorité, c'est de mettre tout le monde à l'abri et de vérifier la solidité de chaque bâtiment », a-t-elle déclaré. Une cellule de crise a été ouverte et 46 personnes ont été relogées provisoirement.

Les habitants, eux, oscillent entre soulagement et inquiétude. Marie-Thérèse Casteran, 81 ans, a vu une partie de sa cheminée s'effondrer dans son salon. « J'ai cru que la maison allait tomber. Je suis restée sous la table de la cuisine, comme on nous l'avait appris à l'école », confie-t-elle.

Le ministre de l'Intérieur, Laurent Bessière, a annoncé qu'il demanderait la reconnaissance de l'état de catastrophe naturelle « dans les plus brefs délais ». Les experts des assurances sont attendus dans la vallée dès mercredi.

Les Pyrénées sont la région la plus sismique de France métropolitaine. Selon Hélène Darrieux, la population reste pourtant mal préparée : « On vit avec l'idée que ça n'arrive qu'aux autres. »
"""
FR_AFP_SEISME_GOLD: Gold = (
    (
        "C'est le séisme le plus fort dans la région depuis plus de quarante ans",
        "Hélène Darrieux",
        "la sismologue Hélène Darrieux",
    ),
    (
        "Une réplique de magnitude 4 dans les prochains jours n'est pas à exclure.",
        "Hélène Darrieux",
        "la sismologue Hélène Darrieux",
    ),
    (
        "Les gens ont eu très peur. Certains sont sortis en pyjama, avec les enfants dans les bras",
        "Jean-Claude Pujol",
        "l'élu",
    ),
    (
        "Notre priorité, c'est de mettre tout le monde à l'abri et de vérifier la solidité de chaque bâtiment",
        "Anne-Sophie Merlin",
        "elle",
    ),
    (
        "J'ai cru que la maison allait tomber. Je suis restée sous la table de la cuisine, comme on nous l'avait appris à l'école",
        "Marie-Thérèse Casteran",
        "elle",
    ),
    (
        "dans les plus brefs délais",
        "Laurent Bessière",
        "Le ministre de l'Intérieur, Laurent Bessière",
    ),
    ("On vit avec l'idée que ça n'arrive qu'aux autres.", "Hélène Darrieux", "Hélène Darrieux"),
)

ES_EP_RESULTADOS = """Iberconsa gana un 38 % más hasta septiembre y eleva su dividendo

MADRID, 29 Oct. (EUROPA PRESS) - La constructora Iberconsa obtuvo un beneficio neto de 412 millones de euros entre enero y septiembre, un 38 % más que en el mismo periodo del año anterior, gracias al tirón de su negocio de concesiones y a la mejora de los márgenes en Estados Unidos, según ha informado este miércoles la compañía a la Comisión Nacional del Mercado de Valores (CNMV).

La cifra de negocio alcanzó los 7.850 millones de euros, un 9 % más, mientras que la cartera de pedidos marcó un récord histórico de 21.300 millones. El consejero delegado, Álvaro Echevarría, ha atribuido el resultado a "la disciplina en la contratación" de los últimos tres años.

"Hemos renunciado a proyectos que no eran rentables, y hoy recogemos los frutos", ha asegurado Echevarría durante la presentación de resultados a analistas. El directivo ha añadido que la compañía no descarta nuevas adquisiciones en Norteamérica. "Tenemos músculo financiero y estamos mirando oportunidades, pero sin prisa", ha precisado.

La directora financiera, Marta Villalobos, ha anunciado que el consejo propondrá elevar el dividendo complementario a 0,85 euros por acción. "Queremos que los accionistas participen del crecimiento", ha explicado Villalobos, que ha cifrado la deuda neta en 1.900 millones, 600 millones menos que a cierre de 2025.

En Bolsa, las acciones de Iberconsa subían un 4,2 % a media sesión, hasta los 31,60 euros, y lideraban las ganancias del Ibex 35.

Los analistas han recibido las cuentas con optimismo moderado. Para Lucía Ortega, analista de Renta 4, las cifras son "sólidas" y superan las previsiones del consenso. "El negocio de concesiones compensa con creces la debilidad de la construcción en España", ha señalado la experta en una nota a clientes.

Más cauto se ha mostrado Javier Montoya, de la gestora Bestinver Patrimonio. A su juicio, la exposición a Estados Unidos "es una fortaleza hoy, pero puede ser un riesgo mañana" si cambia la política de contratación pública tras las elecciones. "No vemos motivos para cambiar nuestra recomendación de mantener", ha indicado.

Por su parte, los sindicatos han criticado que la mejora de resultados no se traslade a las plantillas. "Los beneficios se reparten entre los accionistas mientras los salarios siguen congelados", han denunciado en un comunicado conjunto CCOO y UGT, que reclaman abrir la negociación del convenio antes de fin de año.
"""
ES_EP_RESULTADOS_GOLD: Gold = (
    (
        "la disciplina en la contratación",
        "Álvaro Echevarría",
        "El consejero delegado, Álvaro Echevarría",
    ),
    (
        "Hemos renunciado a proyectos que no eran rentables, y hoy recogemos los frutos",
        "Álvaro Echevarría",
        "Echevarría",
    ),
    (
        "Tenemos músculo financiero y estamos mirando oportunidades, pero sin prisa",
        "Álvaro Echevarría",
        "El directivo",
    ),
    ("Queremos que los accionistas participen del crecimiento", "Marta Villalobos", "Villalobos"),
    ("sólidas", "Lucía Ortega", "Lucía Ortega"),
    (
        "El negocio de concesiones compensa con creces la debilidad de la construcción en España",
        "Lucía Ortega",
        "la experta",
    ),
    ("es una fortaleza hoy, pero puede ser un riesgo mañana", "Javier Montoya", "Javier Montoya"),
    (
        "No vemos motivos para cambiar nuestra recomendación de mantener",
        "Javier Montoya",
        "Javier Montoya",
    ),
    (
        "Los beneficios se reparten entre los accionistas mientras los salarios siguen congelados",
        "CCOO y UGT",
        "CCOO y UGT",
    ),
)

ES_EFE_CIENCIA = """Un equipo español descubre en Atapuerca restos humanos de más de un millón de años

BURGOS, 14 Mar. (EFE).- Un equipo de investigadores del yacimiento de Atapuerca ha hallado un fragmento de mandíbula humana con una antigüedad estimada de entre 1,1 y 1,3 millones de años, lo que lo convertiría en uno de los fósiles humanos más antiguos de Europa occidental, según han anunciado este jueves los codirectores de las excavaciones.

El fósil, que conserva tres dientes, apareció el pasado julio en el nivel más profundo de la Sima del Elefante y ha sido analizado durante ocho meses en el Centro Nacional de Investigación sobre la Evolución Humana (CENIEH).

"Es un hallazgo que nos obliga a replantear cuándo y cómo llegaron los primeros humanos a la península", ha explicado en rueda de prensa la paleoantropóloga Inés Carrasco, que dirige el estudio. "Todavía no podemos decir a qué especie pertenece, y sería irresponsable aventurarlo", ha añadido.

Según Carrasco, la datación se ha obtenido combinando tres métodos independientes, entre ellos el análisis de la polaridad magnética de los sedimentos. Los resultados se publicarán en las próximas semanas en una revista científica internacional.

El geólogo Fernando Ruiz de Gauna, responsable de la datación, ha subrayado la dificultad del trabajo. "Cada centímetro de sedimento es un archivo. Hemos tardado meses en leerlo sin cometer errores", ha afirmado el investigador, quien ha reconocido que el equipo "no se lo creía" cuando llegaron los primeros resultados.

La consejera de Cultura de la Junta de Castilla y León, Rocío Benavente, que ha asistido a la presentación, ha anunciado una partida adicional de 1,5 millones de euros para las próximas campañas. "Atapuerca es un orgullo para esta tierra y para la ciencia de todo el mundo", ha declarado.

No todos los expertos comparten el entusiasmo. El paleontólogo Martín Esquivel, de la Universidad de Granada, ha pedido prudencia hasta conocer el artículo completo. "Las dataciones de estos niveles siempre han sido discutidas. Hay que ver los datos antes de hablar de revolución", ha advertido en declaraciones a EFE.

Los codirectores de Atapuerca han recogido el guante. "Bienvenido sea el debate, para eso publicamos", han respondido. La campaña de excavación de este verano comenzará el 1 de julio y contará con más de 300 investigadores.
"""
ES_EFE_CIENCIA_GOLD: Gold = (
    (
        "Es un hallazgo que nos obliga a replantear cuándo y cómo llegaron los primeros humanos a la península",
        "Inés Carrasco",
        "la paleoantropóloga Inés Carrasco",
    ),
    (
        "Todavía no podemos decir a qué especie pertenece, y sería irresponsable aventurarlo",
        "Inés Carrasco",
        "la paleoantropóloga Inés Carrasco",
    ),
    (
        "Cada centímetro de sedimento es un archivo. Hemos tardado meses en leerlo sin cometer errores",
        "Fernando Ruiz de Gauna",
        "el investigador",
    ),
    ("no se lo creía", "Fernando Ruiz de Gauna", "el investigador"),
    (
        "Atapuerca es un orgullo para esta tierra y para la ciencia de todo el mundo",
        "Rocío Benavente",
        "La consejera de Cultura de la Junta de Castilla y León, Rocío Benavente",
    ),
    (
        "Las dataciones de estos niveles siempre han sido discutidas. Hay que ver los datos antes de hablar de revolución",
        "Martín Esquivel",
        "Martín Esquivel",
    ),
    (
        "Bienvenido sea el debate, para eso publicamos",
        "Los codirectores de Atapuerca",
        "Los codirectores de Atapuerca",
    ),
)

IT_ANSA_PROCESSO = """Crollo della palazzina a Torre del Greco, in aula i vigili del fuoco: "Segnalammo le crepe due anni prima"

(ANSA) - NAPOLI, 18 NOV - "Le crepe sul pilastro del piano terra erano visibili a occhio nudo. Le avevamo segnalate al Comune già nel 2023". Così in aula il caposquadra dei vigili del fuoco Salvatore Esposito, ascoltato oggi come testimone nel processo per il crollo della palazzina di via Cimaglia a Torre del Greco, in cui nel febbraio 2025 morirono tre persone.

Alla sbarra ci sono quattro imputati: il proprietario dell'immobile, l'amministratore di condominio, un ingegnere e un dirigente dell'ufficio tecnico comunale, accusati a vario titolo di omicidio colposo plurimo e crollo colposo.

Esposito ha ricostruito davanti alla prima sezione penale del tribunale di Napoli il sopralluogo del settembre 2023. "Abbiamo scritto nero su bianco che serviva una verifica strutturale urgente", ha detto il testimone. Alla domanda del pm Anna Ruocco se qualcuno avesse risposto a quella segnalazione, il vigile ha allargato le braccia: "Per quanto ne so io, nessuno".

Duro il controesame dell'avvocato Carlo Maresca, difensore del dirigente comunale. Il legale ha contestato al testimone di non aver mai sollecitato il Comune dopo la prima relazione. "Non era compito dei vigili del fuoco fare i solleciti", ha replicato Esposito.

Fuori dall'aula Maresca ha ribadito la linea della difesa. "Il mio assistito non ha mai ricevuto quella relazione. Lo dimostreremo documenti alla mano", ha dichiarato ai cronisti.

In aula, come a ogni udienza, c'erano anche i familiari delle vittime. Tra loro Giovanna Scognamiglio, che nel crollo ha perso la madre e il fratello. "Sentire che tutti sapevano e nessuno ha fatto niente fa più male di qualsiasi condanna", ha detto la donna con la voce rotta. "Noi chiediamo solo la verità".

Il comitato dei familiari ha annunciato una fiaccolata per il prossimo 24 febbraio, nel primo anniversario del crollo. "Non permetteremo che questa storia venga dimenticata", hanno scritto in una nota.

Il processo è stato aggiornato al 2 dicembre, quando sarà ascoltato il perito nominato dalla procura, l'ingegnere Paolo Di Lauro.
"""
IT_ANSA_PROCESSO_GOLD: Gold = (
    (
        "Le crepe sul pilastro del piano terra erano visibili a occhio nudo. Le avevamo segnalate al Comune già nel 2023",
        "Salvatore Esposito",
        "il caposquadra dei vigili del fuoco Salvatore Esposito",
    ),
    (
        "Abbiamo scritto nero su bianco che serviva una verifica strutturale urgente",
        "Salvatore Esposito",
        "il testimone",
    ),
    ("Per quanto ne so io, nessuno", "Salvatore Esposito", "il vigile"),
    ("Non era compito dei vigili del fuoco fare i solleciti", "Salvatore Esposito", "Esposito"),
    (
        "Il mio assistito non ha mai ricevuto quella relazione. Lo dimostreremo documenti alla mano",
        "Carlo Maresca",
        "Carlo Maresca",
    ),
    (
        "Sentire che tutti sapevano e nessuno ha fatto niente fa più male di qualsiasi condanna",
        "Giovanna Scognamiglio",
        "la donna",
    ),
    ("Noi chiediamo solo la verità", "Giovanna Scognamiglio", "la donna"),
    (
        "Non permetteremo che questa storia venga dimenticata",
        "Il comitato dei familiari",
        "Il comitato dei familiari",
    ),
)

IT_ADNKRONOS_CINEMA = """Cinema: Elena Ferraresi, 'il mio film sulle donne del Delta è un atto d'amore'

ROMA, 9 SET (Adnkronos) - "Ho passato tre inverni nel Delta del Po prima di girare una sola scena. Volevo che quelle donne si fidassero di me, e ci vuole tempo". Elena Ferraresi, 41 anni, racconta così all'Adnkronos la genesi di 'Acqua bassa', il suo secondo lungometraggio, accolto ieri sera alla Mostra di Venezia da dieci minuti di applausi.

Il film segue per un anno la vita di tre pescatrici di vongole di Goro, interpretate da attrici non professioniste. "Non ho mai pensato di prendere attrici famose. Loro non recitano la fatica, la conoscono", spiega la regista, nata a Ferrara e cresciuta tra Bologna e Parigi.

La scelta non è stata semplice da difendere con i produttori. "All'inizio mi dicevano che nessuno sarebbe andato a vedere un film senza un nome in locandina", ricorda Ferraresi sorridendo. "Poi hanno visto il primo montaggio e hanno smesso di dirlo".

Tra le protagoniste c'è Rita Bellotti, 58 anni, che da trent'anni esce in barca all'alba. Sul red carpet, in abito da sera per la prima volta nella sua vita, non nascondeva l'emozione. "Mi sembra di sognare. Domani torno a Goro e mi rimetto gli stivali", ha detto ridendo ai fotografi.

Secondo il critico Andrea Morselli, che ne ha scritto sul Corriere della Sera, 'Acqua bassa' è "il film italiano più coraggioso di quest'anno". Per Morselli la regista "ha trovato un linguaggio suo, lontano dal documentario e dal melodramma".

Non sono mancate però le voci critiche. Alcuni spettatori hanno lamentato la lentezza del racconto, e su una testata online il film è stato definito "un bel reportage più che un'opera di cinema".

Ferraresi non si scompone. "Il ritmo del film è il ritmo della laguna. Chi ha fretta può guardare altro", taglia corto. Del prossimo progetto preferisce non parlare: "Sto scrivendo, ma è presto. Posso solo dire che ci sarà ancora l'acqua".

Il film uscirà nelle sale italiane il 16 ottobre distribuito da Lucky Red.
"""
IT_ADNKRONOS_CINEMA_GOLD: Gold = (
    (
        "Ho passato tre inverni nel Delta del Po prima di girare una sola scena. Volevo che quelle donne si fidassero di me, e ci vuole tempo",
        "Elena Ferraresi",
        "Elena Ferraresi",
    ),
    (
        "Non ho mai pensato di prendere attrici famose. Loro non recitano la fatica, la conoscono",
        "Elena Ferraresi",
        "la regista",
    ),
    (
        "All'inizio mi dicevano che nessuno sarebbe andato a vedere un film senza un nome in locandina",
        "Elena Ferraresi",
        "Ferraresi",
    ),
    ("Poi hanno visto il primo montaggio e hanno smesso di dirlo", "Elena Ferraresi", "Ferraresi"),
    (
        "Mi sembra di sognare. Domani torno a Goro e mi rimetto gli stivali",
        "Rita Bellotti",
        "Rita Bellotti",
    ),
    (
        "il film italiano più coraggioso di quest'anno",
        "Andrea Morselli",
        "il critico Andrea Morselli",
    ),
    (
        "ha trovato un linguaggio suo, lontano dal documentario e dal melodramma",
        "Andrea Morselli",
        "Morselli",
    ),
    (
        "Il ritmo del film è il ritmo della laguna. Chi ha fretta può guardare altro",
        "Elena Ferraresi",
        "Ferraresi",
    ),
    (
        "Sto scrivendo, ma è presto. Posso solo dire che ci sarà ancora l'acqua",
        "Elena Ferraresi",
        "Ferraresi",
    ),
)

PT_LUSA_INCENDIO = """Incêndio em Monchique consome mais de 5.000 hectares e obriga a retirar 300 pessoas

MONCHIQUE, 7 ago 2026 (Lusa) – O incêndio que deflagrou no sábado na serra de Monchique, no distrito de Faro, já consumiu mais de 5.000 hectares e obrigou à retirada preventiva de cerca de 300 pessoas de 12 aldeias, segundo a Proteção Civil.

Às 18:00 de hoje estavam no terreno 620 operacionais, apoiados por 184 viaturas e 14 meios aéreos. O comandante sub-regional do Algarve, Vítor Madeira, admitiu que as próximas horas serão "decisivas". "O vento mudou de direção ao início da tarde e a frente ativa está agora a avançar para sul, em direção a zonas habitadas", explicou o comandante aos jornalistas, num briefing no posto de comando.

Segundo Vítor Madeira, o combate tem sido dificultado pela orografia da serra e pelas temperaturas acima dos 40 graus. "Há vales onde os nossos homens simplesmente não conseguem entrar", sublinhou.

Na aldeia de Alferce, os moradores assistiram de longe às chamas que desciam a encosta. Maria do Carmo Guerreiro, 74 anos, recusou sair de casa durante horas. "Já vi isto em 2003 e em 2018. Tenho medo, mas esta casa é tudo o que tenho", disse à Lusa a idosa, que acabou por aceitar ser levada para o pavilhão municipal.

O presidente da Câmara de Monchique, Rui André Pires, criticou a demora no reforço de meios aéreos. "Pedimos aviões desde domingo de manhã e só chegaram ao fim do dia", lamentou o autarca. "Quando o fogo chega às casas, já é tarde."

A ministra da Administração Interna, Sofia Brandão, que visitou o posto de comando ao final da tarde, rejeitou as críticas. "Todos os meios disponíveis no país foram mobilizados. Não houve um único pedido que ficasse sem resposta", garantiu a governante.

Três bombeiros sofreram ferimentos ligeiros e foram assistidos no local. A Polícia Judiciária já abriu um inquérito para apurar as causas do fogo. Fonte da PJ disse à Lusa que "nenhuma hipótese está afastada", incluindo a de fogo posto.

As associações de produtores florestais da região reuniram-se ao fim da tarde em Portimão. "Há vinte anos que pedimos um cadastro e uma gestão a sério da floresta", avisaram no final, num comunicado.

O Instituto Português do Mar e da Atmosfera (IPMA) prevê a manutenção do tempo quente e seco pelo menos até quinta-feira.
"""
PT_LUSA_INCENDIO_GOLD: Gold = (
    ("decisivas", "Vítor Madeira", "Vítor Madeira"),
    (
        "O vento mudou de direção ao início da tarde e a frente ativa está agora a avançar para sul, em direção a zonas habitadas",
        "Vítor Madeira",
        "o comandante",
    ),
    (
        "Há vales onde os nossos homens simplesmente não conseguem entrar",
        "Vítor Madeira",
        "Vítor Madeira",
    ),
    (
        "Já vi isto em 2003 e em 2018. Tenho medo, mas esta casa é tudo o que tenho",
        "Maria do Carmo Guerreiro",
        "a idosa",
    ),
    (
        "Pedimos aviões desde domingo de manhã e só chegaram ao fim do dia",
        "Rui André Pires",
        "o autarca",
    ),
    ("Quando o fogo chega às casas, já é tarde.", "Rui André Pires", "o autarca"),
    (
        "Todos os meios disponíveis no país foram mobilizados. Não houve um único pedido que ficasse sem resposta",
        "Sofia Brandão",
        "a governante",
    ),
    ("nenhuma hipótese está afastada", "Fonte da PJ", "Fonte da PJ"),
    (
        "Há vinte anos que pedimos um cadastro e uma gestão a sério da floresta",
        "As associações de produtores florestais da região",
        "As associações de produtores florestais da região",
    ),
)

PT_ESTADO_FUTEBOL = """Palmeiras vira sobre o Grêmio no fim e Abel Lima exalta elenco: "Time de guerreiros"

SÃO PAULO (Agência Estado) - O Palmeiras venceu o Grêmio de virada por 2 a 1, neste domingo, no Allianz Parque, e manteve a liderança do Campeonato Brasileiro com quatro pontos de vantagem. Depois de sair perdendo no primeiro tempo, a equipe alviverde empatou com Rafael Veiga e virou aos 47 minutos da etapa final, com gol de cabeça do zagueiro Murilo Santana.

Na entrevista coletiva, o técnico Abel Lima não escondeu a emoção. "É um time de guerreiros. Eles podiam ter desistido quando tomaram o gol, mas ninguém abaixou a cabeça", afirmou o treinador. "Hoje o torcedor pode ir para casa orgulhoso."

O português fez questão de elogiar o autor do gol da vitória, que voltava de lesão. "O Murilo passou dois meses trabalhando sozinho na academia. Esse gol é dele, mas também é de todo o departamento médico", disse.

Murilo Santana, de 26 anos, ainda estava no gramado quando falou com a reportagem. "Eu só pensei em atacar a bola. Quando vi a rede balançar, não acreditei", contou o zagueiro, que dedicou o gol à filha recém-nascida.

Do lado gremista, o clima era de revolta com a arbitragem. O técnico Renato Farias reclamou de uma falta não marcada no lance que originou o escanteio do segundo gol. "Todo mundo viu a falta no Pedro. O árbitro estava a cinco metros e não deu nada", disparou o treinador.

O volante Diego Moraes, capitão do Grêmio, adotou um tom mais comedido. "A gente não pode culpar só a arbitragem. Nós tivemos chance de matar o jogo e não matamos", admitiu o jogador.

Segundo o presidente do Palmeiras, Carlos Albuquerque, o clube vai pedir à CBF mais rigor na escala de árbitros para a reta final do campeonato. "Queremos apenas que o campeonato seja decidido dentro de campo", declarou o dirigente.

O Palmeiras volta a campo no próximo sábado, contra o Fortaleza, no Castelão. O Grêmio recebe o Bahia no domingo.
"""
PT_ESTADO_FUTEBOL_GOLD: Gold = (
    (
        "É um time de guerreiros. Eles podiam ter desistido quando tomaram o gol, mas ninguém abaixou a cabeça",
        "Abel Lima",
        "o treinador",
    ),
    ("Hoje o torcedor pode ir para casa orgulhoso.", "Abel Lima", "o treinador"),
    (
        "O Murilo passou dois meses trabalhando sozinho na academia. Esse gol é dele, mas também é de todo o departamento médico",
        "Abel Lima",
        "o treinador",
    ),
    (
        "Eu só pensei em atacar a bola. Quando vi a rede balançar, não acreditei",
        "Murilo Santana",
        "o zagueiro",
    ),
    (
        "Todo mundo viu a falta no Pedro. O árbitro estava a cinco metros e não deu nada",
        "Renato Farias",
        "o treinador",
    ),
    (
        "A gente não pode culpar só a arbitragem. Nós tivemos chance de matar o jogo e não matamos",
        "Diego Moraes",
        "o jogador",
    ),
    (
        "Queremos apenas que o campeonato seja decidido dentro de campo",
        "Carlos Albuquerque",
        "o dirigente",
    ),
)

NL_ANP_ONDERZOEK = """Onderzoekers Radboudumc: slaaptekort verhoogt risico op diabetes al na één week

NIJMEGEN (ANP) - Wie een week lang structureel te weinig slaapt, wordt al minder gevoelig voor insuline. Dat blijkt uit onderzoek van het Radboudumc in Nijmegen, dat donderdag is gepubliceerd in het wetenschappelijke tijdschrift The Lancet Diabetes & Endocrinology.

De onderzoekers lieten 64 gezonde volwassenen tussen de 20 en 40 jaar een week lang maximaal vijf uur per nacht slapen. Daarna werd hun bloedsuiker gemeten en vergeleken met een week waarin ze acht uur sliepen.

"We zagen dat de insulinegevoeligheid gemiddeld met 18 procent daalde. Dat is vergelijkbaar met wat je ziet bij mensen die flink zijn aangekomen", zegt onderzoeksleider Marieke Janssen. "Het gaat dus niet om jaren van slecht slapen, maar om één week."

Volgens Janssen is het goede nieuws dat het effect omkeerbaar is. Na twee nachten normale slaap waren de waarden bij de meeste deelnemers weer terug op het oude niveau. "Het lichaam herstelt snel, als je het de kans geeft", aldus de internist.

Het onderzoek is vooral relevant voor mensen in ploegendiensten, denkt mede-onderzoeker Pieter van Dongen. Ruim een miljoen Nederlanders werkt regelmatig 's nachts. "Bij hen is slaaptekort geen uitzondering maar de regel. Daar moeten werkgevers rekening mee houden", zegt hij.

Ook de 62-jarige Ton, die dertig jaar nachtdiensten draaide in de haven van Rotterdam, herkent het. Hij kreeg drie jaar geleden diabetes type 2.

"Niemand heeft mij ooit verteld dat het iets met mijn werk te maken kon hebben", zegt hij. "Ik dacht altijd dat het aan mijn eten lag."

Het Diabetes Fonds noemt het onderzoek "een belangrijke bouwsteen". Een woordvoerder wijst erop dat slaap in de voorlichting over diabetes tot nu toe nauwelijks een rol speelt. "Dat gaan we veranderen", zei hij.

Hoogleraar epidemiologie Frank Verbeek van het UMC Utrecht, die niet bij het onderzoek betrokken was, plaatst wel een kanttekening. "Het is een kleine groep en een korte periode. Of dit op lange termijn ook tot meer diabetes leidt, weten we nog niet", zegt Verbeek.
"""
NL_ANP_ONDERZOEK_GOLD: Gold = (
    (
        "We zagen dat de insulinegevoeligheid gemiddeld met 18 procent daalde. Dat is vergelijkbaar met wat je ziet bij mensen die flink zijn aangekomen",
        "Marieke Janssen",
        "onderzoeksleider Marieke Janssen",
    ),
    (
        "Het gaat dus niet om jaren van slecht slapen, maar om één week.",
        "Marieke Janssen",
        "onderzoeksleider Marieke Janssen",
    ),
    ("Het lichaam herstelt snel, als je het de kans geeft", "Marieke Janssen", "de internist"),
    (
        "Bij hen is slaaptekort geen uitzondering maar de regel. Daar moeten werkgevers rekening mee houden",
        "Pieter van Dongen",
        "hij",
    ),
    ("Niemand heeft mij ooit verteld dat het iets met mijn werk te maken kon hebben", "Ton", "hij"),
    ("Ik dacht altijd dat het aan mijn eten lag.", "Ton", "hij"),
    ("een belangrijke bouwsteen", "Het Diabetes Fonds", "Het Diabetes Fonds"),
    ("Dat gaan we veranderen", "Een woordvoerder", "hij"),
    (
        "Het is een kleine groep en een korte periode. Of dit op lange termijn ook tot meer diabetes leidt, weten we nog niet",
        "Frank Verbeek",
        "Verbeek",
    ),
)

NL_ANP_WIELRENNEN = """Van der Heijden wint Amstel Gold Race na solo van twintig kilometer: 'Dit is een droom'

VALKENBURG (ANP) - Thijs van der Heijden heeft zondag de Amstel Gold Race op zijn naam geschreven. De 27-jarige Brabander van Team Polderland reed op twintig kilometer van de finish weg uit de kopgroep en hield met nog 18 seconden voorsprong stand op de Cauberg. De Belg Wout Claessens werd tweede, de Deen Mikkel Sørensen derde.

"Dit is een droom. Als kind stond ik hier met mijn vader langs de kant, en nu win ik hem zelf", zei een geëmotioneerde Van der Heijden na de finish tegen de NOS. "Op de Keutenberg voelde ik dat de anderen pijn hadden. Toen dacht ik: nu of nooit."

Het is de eerste Nederlandse zege in de Amstel Gold Race sinds 2019. Ploegleider Erik Brouwer sprak van "een perfect uitgevoerd plan". "We wisten dat hij op de lange beklimmingen de sterkste zou zijn. Het enige wat we moesten doen, was hem op tijd vooraan brengen", vertelde Brouwer.

Claessens baalde na afloop zichtbaar. De Belg had lang gewacht met zijn aanval en kwam in de slotkilometers nog dichtbij. "Ik heb het verkeerd ingeschat. Ik dacht dat hij zou stilvallen, maar hij bleef maar doorrijden", zei de renner van Lotto-Vlaanderen. "Tweede is mooi, maar hier kom je om te winnen."

Ook Sørensen was niet helemaal tevreden. "De benen waren goed, maar in de finale miste ik een ploeggenoot", zei de Deen.

Langs de Cauberg stonden volgens de organisatie ruim 200.000 toeschouwers. Onder hen de 71-jarige Harrie, die sinds 1974 geen editie heeft gemist. Hij stond op zijn vaste plek halverwege de klim.

"Zo'n solo heb ik hier maar een paar keer gezien. Dit was er één voor de boeken", zegt hij.

Van der Heijden rijdt woensdag de Waalse Pijl. Daarna volgt Luik-Bastenaken-Luik, de laatste klassieker van het voorjaar. "Ik ga eerst genieten van deze dag", zei hij. "Morgen denk ik wel weer aan de volgende koers."
"""
NL_ANP_WIELRENNEN_GOLD: Gold = (
    (
        "Dit is een droom. Als kind stond ik hier met mijn vader langs de kant, en nu win ik hem zelf",
        "Thijs van der Heijden",
        "een geëmotioneerde Van der Heijden",
    ),
    (
        "Op de Keutenberg voelde ik dat de anderen pijn hadden. Toen dacht ik: nu of nooit.",
        "Thijs van der Heijden",
        "een geëmotioneerde Van der Heijden",
    ),
    ("een perfect uitgevoerd plan", "Erik Brouwer", "Ploegleider Erik Brouwer"),
    (
        "We wisten dat hij op de lange beklimmingen de sterkste zou zijn. Het enige wat we moesten doen, was hem op tijd vooraan brengen",
        "Erik Brouwer",
        "Brouwer",
    ),
    (
        "Ik heb het verkeerd ingeschat. Ik dacht dat hij zou stilvallen, maar hij bleef maar doorrijden",
        "Wout Claessens",
        "de renner van Lotto-Vlaanderen",
    ),
    (
        "Tweede is mooi, maar hier kom je om te winnen.",
        "Wout Claessens",
        "de renner van Lotto-Vlaanderen",
    ),
    (
        "De benen waren goed, maar in de finale miste ik een ploeggenoot",
        "Mikkel Sørensen",
        "de Deen",
    ),
    (
        "Zo'n solo heb ik hier maar een paar keer gezien. Dit was er één voor de boeken",
        "Harrie",
        "hij",
    ),
    ("Ik ga eerst genieten van deze dag", "Thijs van der Heijden", "hij"),
    ("Morgen denk ik wel weer aan de volgende koers.", "Thijs van der Heijden", "hij"),
)

#: Every story by name: its text and its gold.
CASES: dict[str, tuple[str, Gold]] = {
    "de_dpa_gericht": (DE_DPA_GERICHT, DE_DPA_GERICHT_GOLD),
    "de_reuters_quartal": (DE_REUTERS_QUARTAL, DE_REUTERS_QUARTAL_GOLD),
    "fr_afp_rugby": (FR_AFP_RUGBY, FR_AFP_RUGBY_GOLD),
    "fr_afp_seisme": (FR_AFP_SEISME, FR_AFP_SEISME_GOLD),
    "es_ep_resultados": (ES_EP_RESULTADOS, ES_EP_RESULTADOS_GOLD),
    "es_efe_ciencia": (ES_EFE_CIENCIA, ES_EFE_CIENCIA_GOLD),
    "it_ansa_processo": (IT_ANSA_PROCESSO, IT_ANSA_PROCESSO_GOLD),
    "it_adnkronos_cinema": (IT_ADNKRONOS_CINEMA, IT_ADNKRONOS_CINEMA_GOLD),
    "pt_lusa_incendio": (PT_LUSA_INCENDIO, PT_LUSA_INCENDIO_GOLD),
    "pt_estado_futebol": (PT_ESTADO_FUTEBOL, PT_ESTADO_FUTEBOL_GOLD),
    "nl_anp_onderzoek": (NL_ANP_ONDERZOEK, NL_ANP_ONDERZOEK_GOLD),
    "nl_anp_wielrennen": (NL_ANP_WIELRENNEN, NL_ANP_WIELRENNEN_GOLD),
}

#: The role of the speaker of some quotes, as written in the text.
ROLES: dict[tuple[str, str], str] = {
    ("de_reuters_quartal", "Das ist ehrgeizig, aber erreichbar"): "Finanzvorständin",
    ("nl_anp_wielrennen", "een perfect uitgevoerd plan"): "Ploegleider",
    ("nl_anp_wielrennen", "De benen waren goed, maar in de finale miste ik een ploeggenoot"): (
        "Deen"
    ),
    ("it_ansa_processo", "Per quanto ne so io, nessuno"): "vigile",
}

#: Stories whose remaining errors no general rule fixes yet, with the reason
#: (the test fails if they start passing).
KNOWN_FAILURES: dict[str, str] = {}


@pytest.mark.parametrize("name", story_names(CASES, KNOWN_FAILURES))
def test_unseen_story(name: str) -> None:
    text, gold = CASES[name]
    check_story(name, text, gold, ROLES)


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        # a dropped subject of a plural cue: the group or body the sentence before
        # is about, not the one person named before it
        (
            "pt",
            "A ministra Ana Costa reuniu-se com os sindicatos na terça-feira. Os "
            "dirigentes sindicais saíram desiludidos. «Não aceitaremos cortes», avisaram.",
            [("Não aceitaremos cortes", "Os dirigentes", "Os dirigentes")],
        ),
        (
            "es",
            "Los sindicatos convocaron una huelga. «No aceptaremos recortes», advirtieron.",
            [("No aceptaremos recortes", "Los sindicatos", "Los sindicatos")],
        ),
        (
            "it",
            "Il ministro Paolo Neri ha incontrato i sindacati. I rappresentanti sindacali "
            'sono usciti delusi. "Non accetteremo tagli", hanno detto.',
            [("Non accetteremo tagli", "I rappresentanti", "I rappresentanti")],
        ),
        (
            "it",
            'I sindacati hanno proclamato uno sciopero. "Non accetteremo tagli", dissero.',
            [("Non accetteremo tagli", "I sindacati", "I sindacati")],
        ),
        # ... a body named in the singular with a plural verb, a plural in -ções
        (
            "it",
            'Il comitato dei familiari ha annunciato una fiaccolata. "Non dimenticheremo", '
            "hanno scritto in una nota.",
            [("Non dimenticheremo", "Il comitato dei familiari", "Il comitato dei familiari")],
        ),
        (
            "pt",
            "As associações de produtores reuniram-se em Portimão. «Pedimos um cadastro», "
            "avisaram no final.",
            [
                (
                    "Pedimos um cadastro",
                    "As associações de produtores",
                    "As associações de produtores",
                )
            ],
        ),
        (
            "es",
            'Los codirectores de Atapuerca han recogido el guante. "Bienvenido sea el '
            'debate", han respondido.',
            [
                (
                    "Bienvenido sea el debate",
                    "Los codirectores de Atapuerca",
                    "Los codirectores de Atapuerca",
                )
            ],
        ),
    ],
)
def test_a_plural_cue_s_dropped_subject_is_the_group_before(
    language: str, text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert _mentions(text, language) == expected


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "pt",
            "O ministro da Saúde, Rui Lopes, visitou o hospital. «A situação está "
            "controlada», foi dito pelo ministro aos jornalistas.",
            [("A situação está controlada", "Rui Lopes", "ministro")],
        ),
        (
            "fr",
            "Le ministre Paul Girard a visité l'usine. « Aucun emploi ne sera supprimé », a "
            "été annoncé par le ministre.",
            [("Aucun emploi ne sera supprimé", "Paul Girard", "le ministre")],
        ),
        (
            "de",
            "Wirtschaftsminister Paul Hartmann besuchte das Werk. „Die Werke bleiben offen“, "
            "wurde vom Minister am Dienstag bestätigt.",
            [("Die Werke bleiben offen", "Paul Hartmann", "Minister")],
        ),
        (
            "nl",
            "Minister Jan de Vries bezocht de fabriek. 'Geen enkele baan verdwijnt', werd "
            "gezegd door de minister.",
            [("Geen enkele baan verdwijnt", "Jan de Vries", "de minister")],
        ),
        (
            "nl",
            "Minister Jan de Vries bezocht de fabriek. 'Geen enkele baan verdwijnt', werd "
            "door de minister bevestigd.",
            [("Geen enkele baan verdwijnt", "Jan de Vries", "de minister")],
        ),
        (
            "es",
            "El ministro Pablo Gil visitó la fábrica. «No se perderá ningún empleo», fue "
            "confirmado por el portavoz del ministerio, Luis Mora.",
            [
                (
                    "No se perderá ningún empleo",
                    "Luis Mora",
                    "el portavoz del ministerio, Luis Mora",
                )
            ],
        ),
        (
            "it",
            'Il ministro Paolo Neri ha visitato la fabbrica. "Nessun posto sarà perso", è '
            "stato detto dal ministro.",
            [("Nessun posto sarà perso", "Paolo Neri", "ministro")],
        ),
    ],
)
def test_a_passive_cue_s_agent_speaks(
    language: str, text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert _mentions(text, language) == expected


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "nl",
            "Burgemeester Kees Dijkman sprak de bewoners toe. 'We doen wat we kunnen', zei "
            "hij.\n\nOok de 76-jarige Jozef kwam kijken.\n\n'Zoiets heb ik nooit gezien', "
            "zegt hij.",
            [
                ("We doen wat we kunnen", "Kees Dijkman", "hij"),
                ("Zoiets heb ik nooit gezien", "Jozef", "hij"),
            ],
        ),
        (
            "nl",
            "Burgemeester Kees Dijkman sprak de bewoners toe. 'We doen wat we kunnen', zei "
            "hij.\n\nOok Jozef, 76, kwam kijken. Zijn huis staat aan de dijk.\n\n'Zoiets heb "
            "ik nooit gezien', zegt hij.",
            [
                ("We doen wat we kunnen", "Kees Dijkman", "hij"),
                ("Zoiets heb ik nooit gezien", "Jozef", "hij"),
            ],
        ),
        (
            "de",
            "Bürgermeister Klaus Weber sprach zu den Anwohnern. „Wir tun, was wir können“, "
            "sagte er.\n\nAuch der 76-jährige Josef kam vorbei.\n\n„So etwas habe ich nie "
            "gesehen“, sagt er.",
            [
                ("Wir tun, was wir können", "Klaus Weber", "er"),
                ("So etwas habe ich nie gesehen", "Josef", "er"),
            ],
        ),
        # (a preposition that opens a sentence is no first name: Langs de Cauberg)
        (
            "nl",
            "'We wisten het', zei ploegleider Erik Brouwer.\n\nLangs de Cauberg stonden veel "
            "mensen. Onder hen de 71-jarige Harrie, die sinds 1974 geen editie heeft gemist."
            "\n\n'Zo'n solo heb ik zelden gezien', zegt hij.",
            [
                ("We wisten het", "Erik Brouwer", "ploegleider Erik Brouwer"),
                ("Zo'n solo heb ik zelden gezien", "Harrie", "hij"),
            ],
        ),
    ],
)
def test_a_pronoun_after_a_paragraph_that_names_someone_by_first_name(
    language: str, text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert _mentions(text, language) == expected


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        # a surname named before, after an indefinite article and how they felt
        (
            "nl",
            'Thijs van der Heijden won. "Dit is een droom", zei een geëmotioneerde Van der '
            "Heijden na de finish.",
            [("Dit is een droom", "Thijs van der Heijden", "een geëmotioneerde Van der Heijden")],
        ),
        (
            "de",
            "Thomas Müller traf doppelt. „Das war ein Traum“, sagte ein sichtlich "
            "erleichterter Müller nach dem Spiel.",
            [("Das war ein Traum", "Thomas Müller", "ein sichtlich erleichterter Müller")],
        ),
        (
            "es",
            "Marcos Llorente marcó dos goles. «Era un sueño», dijo un emocionado Llorente "
            "tras el partido.",
            [("Era un sueño", "Marcos Llorente", "un emocionado Llorente")],
        ),
        (
            "fr",
            "Thomas Girard a marqué deux fois. « C'était un rêve », a déclaré un Girard soulagé.",
            [("C'était un rêve", "Thomas Girard", "un Girard")],
        ),
        # a phrase of occasion with its complement between the cue and the subject
        (
            "es",
            '"Es un hallazgo", ha explicado en rueda de prensa la paleoantropóloga Inés '
            "Carrasco, que dirige el estudio.",
            [("Es un hallazgo", "Inés Carrasco", "la paleoantropóloga Inés Carrasco")],
        ),
        # two acronyms joined by and, after the cue
        (
            "es",
            '"Los beneficios se reparten", han denunciado en un comunicado conjunto CCOO y '
            "UGT, que reclaman abrir la negociación.",
            [("Los beneficios se reparten", "CCOO y UGT", "CCOO y UGT")],
        ),
        # what a result is put down to
        (
            "es",
            'El consejero delegado, Álvaro Echevarría, ha atribuido el resultado a "la '
            'disciplina en la contratación".',
            [
                (
                    "la disciplina en la contratación",
                    "Álvaro Echevarría",
                    "El consejero delegado, Álvaro Echevarría",
                )
            ],
        ),
        # a role with an adjective of where it is held before the name
        (
            "fr",
            "« On n'a jamais lâché », a déclaré le manager castrais Pierre Lafargue en "
            "conférence de presse.",
            [("On n'a jamais lâché", "Pierre Lafargue", "le manager castrais Pierre Lafargue")],
        ),
    ],
)
def test_a_subject_after_its_cue(
    language: str, text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert _mentions(text, language) == expected


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        # "...". Così, after a place, and the speaker
        (
            "it",
            '"Le crepe erano visibili". Così in aula il caposquadra dei vigili del fuoco '
            "Salvatore Esposito, ascoltato oggi come testimone.",
            [
                (
                    "Le crepe erano visibili",
                    "Salvatore Esposito",
                    "il caposquadra dei vigili del fuoco Salvatore Esposito",
                )
            ],
        ),
        # "...". X, set off, racconta così
        (
            "it",
            '"Ho passato tre inverni nel Delta". Elena Ferraresi, 41 anni, racconta così la '
            "genesi del suo film.",
            [("Ho passato tre inverni nel Delta", "Elena Ferraresi", "Elena Ferraresi")],
        ),
        # a colon after a clause that but opens, or after a phrase of circumstance
        (
            "fr",
            "Benoît Marchal a perdu. Mais il refuse d'en faire un argument : « Ceux qui "
            "étaient sur le terrain avaient le niveau. »",
            [("Ceux qui étaient sur le terrain avaient le niveau.", "Benoît Marchal", "il")],
        ),
        (
            "it",
            "Alla domanda del pm Anna Ruocco se qualcuno avesse risposto, il vigile ha "
            'allargato le braccia: "Per quanto ne so io, nessuno".',
            [("Per quanto ne so io, nessuno", "il vigile", "il vigile")],
        ),
        # whose view it is, named in the sentence before; a name with no comma after it
        (
            "es",
            "Más cauto se ha mostrado Javier Montoya, de la gestora Bestinver Patrimonio. A "
            'su juicio, la exposición "es una fortaleza hoy" si nada cambia.',
            [("es una fortaleza hoy", "Javier Montoya", "Javier Montoya")],
        ),
        (
            "it",
            'Secondo il critico Andrea Morselli, il film è "coraggioso". Per Morselli la '
            'regista "ha trovato un linguaggio suo".',
            [
                ("coraggioso", "Andrea Morselli", "il critico Andrea Morselli"),
                ("ha trovato un linguaggio suo", "Andrea Morselli", "Morselli"),
            ],
        ),
    ],
)
def test_a_speaker_in_the_sentence_around_the_quote(
    language: str, text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert _mentions(text, language) == expected


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        # an epithet or a nationality after the one surname its paragraph gives
        (
            "nl",
            "De Belg Wout Claessens werd tweede, de Deen Mikkel Sørensen derde.\n\n"
            '"Dit is een droom", zei ploegleider Erik Brouwer.\n\nClaessens baalde na '
            'afloop. "Ik heb het verkeerd ingeschat", zei de renner van Lotto-Vlaanderen.'
            '\n\nOok Sørensen was niet tevreden. "De benen waren goed", zei de Deen.',
            [
                ("Dit is een droom", "Erik Brouwer", "ploegleider Erik Brouwer"),
                (
                    "Ik heb het verkeerd ingeschat",
                    "Wout Claessens",
                    "de renner van Lotto-Vlaanderen",
                ),
                ("De benen waren goed", "Mikkel Sørensen", "de Deen"),
            ],
        ),
        # a festival is no one: the epithet after it is the last speaker's
        (
            "it",
            '"Volevo che si fidassero di me". Elena Ferraresi racconta così il film, '
            'accolto alla Mostra di Venezia.\n\nIl film segue tre pescatrici. "Non ho mai '
            'pensato di prendere attrici famose", spiega la regista.',
            [
                ("Volevo che si fidassero di me", "Elena Ferraresi", "Elena Ferraresi"),
                ("Non ho mai pensato di prendere attrici famose", "Elena Ferraresi", "la regista"),
            ],
        ),
    ],
)
def test_an_epithet_names_the_one_its_paragraph_is_about(
    language: str, text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert _mentions(text, language) == expected


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # a short capitalised quote set off before a noun for a work is its title, and
        # so is the same title quoted again later
        (
            "it",
            "La regista racconta la genesi di 'Acqua bassa', il suo secondo lungometraggio."
            "\n\nSecondo il critico Andrea Morselli, 'Acqua bassa' è un film coraggioso.",
        ),
        (
            "fr",
            "Selon l'autrice Claire Morel, « Les Nuits blanches », son premier roman, parle "
            "de l'exil.",
        ),
        (
            "es",
            "Según la directora Ana Ruiz, «Tierra seca», su segunda película, habla de la sequía.",
        ),
        (
            "de",
            "Laut der Autorin Anna Berg handelt „Nachtzug“, ihr drittes Buch, von der Flucht.",
        ),
    ],
)
def test_a_work_s_title_is_no_quote(language: str, text: str) -> None:
    assert _mentions(text, language) == []
