"""Quotes and speakers in invented stories on new beats in German, French,
Spanish, Italian and Portuguese.

Every story here is invented (names, places, figures and words; no real report
is copied) in the house style of one agency (dpa/lby, KNA, AFP, EFE, Europa
Press, ANSA, Lusa), two per language, on beats the other story files do not
cover: a village council's vote on a wind farm, a bishop's consecration, a
migrants' rescue at sea, a tennis player's press conference, a royal visit, a
train derailment, a canonisation, migrants landing on an island, a city
council's vote on short-term lets and a hailstorm before the grape harvest.

The conventions follow :mod:`tests.test_quotes_intl_releases`: the gold is
every quote of :attr:`Article.quotes` in text order with its speaker's name and
mention (a role alone, or a body's name, when no one is named).  A body named
by its field (``das Landesamt für Umwelt``, ``l'Office français de protection
des réfugiés``) is named whole; a name in marks after a noun for a product or
a group (``la gamme « Vortex Pro »``, ``Bürgerinitiative „Gegenwind
Hirschberg“``) is no quote.
"""

from __future__ import annotations

import pytest

from tests.test_quotes_intl_unseen import Gold, _mentions
from tests.test_quotes_unseen import check_story, story_names

#: dpa/lby from a village council's vote on a wind farm: the mayor with his
#: party in brackets, a citizens' group's name after its noun
#: (``Bürgerinitiative „Gegenwind Hirschberg“``, no quote), its spokeswoman after
#: a possessive, a councillor as ``er``, a state office named by its field
#: (``das Landesamt für Umwelt``), a cooperative's chief, the deputy mayor's
#: words after ``sprach von`` and as ``die Grünen-Politikerin``, and the mayor's
#: closing words with no cue after a sentence about him.
DE_LBY_WINDPARK = """Gemeinderat stimmt für Windpark – Bürgerinitiative kündigt Klage an

HOCHSTETTEN (dpa/lby) - Nach monatelangem Streit hat der Gemeinderat im oberbayerischen Hochstetten den Weg für einen Windpark mit fünf Anlagen frei gemacht. Mit 11 zu 9 Stimmen billigte das Gremium am Dienstagabend den Bebauungsplan für das Gebiet am Hirschberg. Rund 300 Menschen verfolgten die Sitzung in der Turnhalle, weil der Sitzungssaal im Rathaus zu klein war.

„Das ist kein leichter Tag für unsere Gemeinde, aber es ist ein guter“, sagte Bürgermeister Florian Haslinger (Freie Wähler) nach der Abstimmung. Die Anlagen sollen rechnerisch Strom für 14 000 Haushalte liefern. Ein Teil der Pachteinnahmen fließe in den Gemeindehaushalt, versprach der Rathauschef.

Gegner des Projekts hatten vor der Halle Transparente aufgehängt. Die Bürgerinitiative „Gegenwind Hirschberg“ kündigte noch am Abend rechtliche Schritte an. „Wir werden diesen Beschluss nicht hinnehmen. Der Wald am Hirschberg ist kein Industriegebiet“, sagte ihre Sprecherin Monika Aigner. Die Initiative will vor dem Verwaltungsgericht München klagen.

Gemeinderat Thomas Brandl (CSU), der gegen den Plan gestimmt hatte, warf der Verwaltung vor, die Bedenken der Anwohner übergangen zu haben. „Man hat uns Gutachten vorgelegt, die der Betreiber selbst bezahlt hat“, sagte er. Die Gemeinde wies das zurück: Alle Gutachten seien von unabhängigen Büros erstellt worden.

Auch das Landesamt für Umwelt hatte sich in das Verfahren eingeschaltet. Nach einer Prüfung der Gutachten zum Vogelschutz sehe man „keine durchgreifenden Bedenken“, teilte das Landesamt für Umwelt auf Anfrage mit. Der Rotmilan, der am Hirschberg brütet, sei durch Abschaltzeiten ausreichend geschützt.

Betreiben soll den Windpark die Energiegenossenschaft Inntal. Ihr Vorstand Stefan Moser zeigte sich erleichtert. „Wir wollen, dass die Wertschöpfung hier im Ort bleibt und nicht bei einem Konzern in Hamburg“, sagte Moser. Bürgerinnen und Bürger aus Hochstetten könnten Anteile ab 500 Euro zeichnen. Baubeginn soll im Herbst 2027 sein.

Zweite Bürgermeisterin Claudia Reiter (Grüne) sprach von einem „Signal für die ganze Region“. Bisher drehen sich im Landkreis nur drei Windräder. „Wenn wir die Energiewende wollen, dann müssen wir sie auch vor der eigenen Haustür wollen“, sagte die Grünen-Politikerin.

Haslinger rief beide Seiten zur Mäßigung auf. In den vergangenen Wochen waren Plakate beschmiert und Gemeinderäte im Internet beleidigt worden. „Wir müssen nach dieser Abstimmung wieder miteinander reden können. Wir sind ein Dorf, kein Schlachtfeld.“
"""

DE_LBY_WINDPARK_GOLD: Gold = (
    (
        "Das ist kein leichter Tag für unsere Gemeinde, aber es ist ein guter",
        "Florian Haslinger",
        "Bürgermeister Florian Haslinger",
    ),
    (
        "Wir werden diesen Beschluss nicht hinnehmen. Der Wald am Hirschberg ist kein Industriegebiet",
        "Monika Aigner",
        "ihre Sprecherin Monika Aigner",
    ),
    (
        "Man hat uns Gutachten vorgelegt, die der Betreiber selbst bezahlt hat",
        "Thomas Brandl",
        "er",
    ),
    ("keine durchgreifenden Bedenken", "das Landesamt für Umwelt", "das Landesamt für Umwelt"),
    (
        "Wir wollen, dass die Wertschöpfung hier im Ort bleibt und nicht bei einem Konzern in Hamburg",
        "Stefan Moser",
        "Moser",
    ),
    ("Signal für die ganze Region", "Claudia Reiter", "Zweite Bürgermeisterin Claudia Reiter"),
    (
        "Wenn wir die Energiewende wollen, dann müssen wir sie auch vor der eigenen Haustür wollen",
        "Claudia Reiter",
        "die Grünen-Politikerin",
    ),
    (
        "Wir müssen nach dieser Abstimmung wieder miteinander reden können. Wir sind ein Dorf, kein Schlachtfeld.",
        "Florian Haslinger",
        "Haslinger",
    ),
)


#: KNA from a bishop's consecration: the new bishop's sermon (``sagte er``) and
#: a fragment of it carried on in reported speech, the cardinal who consecrated
#: him by his title, a laywomen's group's chief, an abuse victims' council named
#: by its field (``der Betroffenenbeirat für das Bistum``), the bishop's mother
#: as ``die 81-Jährige``, a believer named with her age and town.
DE_KNA_BISCHOF = """Neuer Bischof von Lindenau geweiht – Predigt über Vertrauen

LINDENAU (KNA) - Mit einem feierlichen Gottesdienst ist am Samstag im Dom zu Lindenau der neue Bischof Andreas Wendel geweiht worden. Rund 3000 Gläubige verfolgten die mehr als dreistündige Feier im Dom und auf Leinwänden auf dem Domplatz. Der 54-Jährige folgt auf Bischof Heinrich Sommer, der im vergangenen Jahr aus Altersgründen zurückgetreten war.

In seiner ersten Predigt als Bischof sprach Wendel offen über die Krise der Kirche. „Wir haben Vertrauen verspielt, und wir werden es nicht mit schönen Worten zurückgewinnen“, sagte er. Die Kirche müsse den Betroffenen von Missbrauch zuhören, „auch wenn das, was sie sagen, schmerzt“.

Hauptkonsekrator war der Erzbischof von Bergstadt, Kardinal Matthias Lorenz. Er legte Wendel die Hände auf und überreichte ihm Ring, Mitra und Hirtenstab. „Ein Bischof ist kein Verwalter, sondern ein Hirte, der den Geruch seiner Herde kennt“, sagte der Kardinal in seiner Ansprache.

Die Vorsitzende des Diözesanrats der Katholiken, Gabriele Horn, verband ihre Glückwünsche mit Forderungen. „Wir erwarten, dass Frauen in diesem Bistum endlich Verantwortung in der Leitung bekommen“, sagte Horn. Wendel gilt als offen für Reformen, hat sich zur Frage der Weihe von Frauen aber bisher nicht geäußert.

Zurückhaltender äußerte sich der Betroffenenbeirat für das Bistum Lindenau. Man nehme den neuen Bischof beim Wort, hieß es in einer Erklärung. „Entscheidend ist nicht, was heute gepredigt wurde, sondern was in einem Jahr umgesetzt ist“, schrieb der Beirat.

Unter den Gästen war auch die Mutter des neuen Bischofs, Elisabeth Wendel. Sie war mit einem Bus aus dem Sauerland angereist. „Als er mit zwölf Jahren Messdiener wurde, hätte ich mir das nie vorstellen können“, sagte die 81-Jährige.

Auf dem Domplatz verfolgte Maria Schuster aus Lindenau die Feier auf der Leinwand. „Ich bin gekommen, weil ich wieder Hoffnung haben will“, sagte die 67-Jährige. Nach dem Gottesdienst zog Wendel durch die Altstadt und segnete die Menschen auf dem Domplatz.
"""

DE_KNA_BISCHOF_GOLD: Gold = (
    (
        "Wir haben Vertrauen verspielt, und wir werden es nicht mit schönen Worten zurückgewinnen",
        "Andreas Wendel",
        "er",
    ),
    ("auch wenn das, was sie sagen, schmerzt", "Andreas Wendel", "er"),
    (
        "Ein Bischof ist kein Verwalter, sondern ein Hirte, der den Geruch seiner Herde kennt",
        "Matthias Lorenz",
        "der Kardinal",
    ),
    (
        "Wir erwarten, dass Frauen in diesem Bistum endlich Verantwortung in der Leitung bekommen",
        "Gabriele Horn",
        "Horn",
    ),
    (
        "Entscheidend ist nicht, was heute gepredigt wurde, sondern was in einem Jahr umgesetzt ist",
        "der Beirat",
        "der Beirat",
    ),
    (
        "Als er mit zwölf Jahren Messdiener wurde, hätte ich mir das nie vorstellen können",
        "Elisabeth Wendel",
        "die 81-Jährige",
    ),
    (
        "Ich bin gekommen, weil ich wieder Hoffnung haben will",
        "Maria Schuster",
        "die 67-Jährige",
    ),
)


#: AFP on a migrants' boat rescued off the Channel coast: the prefecture's
#: spokesman set off after his role, a rescuer by first name and age (``Julien,
#: 34 ans``), a Sudanese man by his first name only, an aid group's coordinator
#: (``a-t-elle dénoncé``), the mayor, the interior minister in a statement, a
#: federal office named by its field (``l'Office français de protection des
#: réfugiés``) after ``selon``.
FR_AFP_MIGRANTS = """Manche : 64 migrants secourus au large de Wimereux, un enfant porté disparu

BOULOGNE-SUR-MER, 14 février 2026 (AFP) - Soixante-quatre migrants ont été secourus dans la nuit de vendredi à samedi au large de Wimereux (Pas-de-Calais), après le naufrage partiel de leur embarcation, a annoncé la préfecture maritime de la Manche et de la mer du Nord. Un enfant d'une dizaine d'années est porté disparu.

« Les conditions étaient très difficiles, avec une mer formée et une eau à 8 degrés », a déclaré le porte-parole de la préfecture maritime, Thomas Guérin. Les recherches, menées par un hélicoptère de la Marine nationale et deux canots de la SNSM, se sont poursuivies samedi matin.

Julien, 34 ans, bénévole à la station SNSM de Boulogne, faisait partie des premiers sauveteurs sur place. « On a sorti de l'eau des gens qui ne sentaient plus leurs jambes. Certains ne savaient pas nager », raconte-t-il, la voix encore marquée par la nuit.

Parmi les rescapés, pris en charge au port de Boulogne-sur-Mer, figurent une quinzaine de femmes et plusieurs enfants. Ahmed, un Soudanais de 22 ans, explique avoir payé 1.500 euros pour la traversée. « Ils nous ont dit que le bateau était sûr. Quand le moteur s'est arrêté, tout le monde a commencé à crier », dit-il.

Pour les associations, ce nouveau drame était prévisible. « Tant qu'il n'y aura pas de voie légale pour demander l'asile au Royaume-Uni, les gens continueront de mourir dans la Manche », a dénoncé Claire Vasseur, coordinatrice de l'association Utopia Littoral. « On ne peut pas s'habituer à ça », a-t-elle ajouté.

Le maire de Wimereux, Bernard Lefranc, a demandé davantage de moyens pour la surveillance des plages. « Nos communes ne peuvent pas porter seules ce poids », a-t-il estimé.

Dans un communiqué, le ministre de l'Intérieur, Paul Serrano, a salué « l'engagement exceptionnel des sauveteurs » et promis de « renforcer la lutte contre les réseaux de passeurs ».

Selon l'Office français de protection des réfugiés, plus de 30.000 personnes ont tenté la traversée l'an dernier depuis les côtes françaises.
"""

FR_AFP_MIGRANTS_GOLD: Gold = (
    (
        "Les conditions étaient très difficiles, avec une mer formée et une eau à 8 degrés",
        "Thomas Guérin",
        "le porte-parole de la préfecture maritime, Thomas Guérin",
    ),
    (
        "On a sorti de l'eau des gens qui ne sentaient plus leurs jambes. Certains ne savaient pas nager",
        "Julien",
        "il",
    ),
    (
        "Ils nous ont dit que le bateau était sûr. Quand le moteur s'est arrêté, tout le monde a commencé à crier",
        "Ahmed",
        "il",
    ),
    (
        "Tant qu'il n'y aura pas de voie légale pour demander l'asile au Royaume-Uni, les gens continueront de mourir dans la Manche",
        "Claire Vasseur",
        "Claire Vasseur",
    ),
    ("On ne peut pas s'habituer à ça", "Claire Vasseur", "elle"),
    ("Nos communes ne peuvent pas porter seules ce poids", "Bernard Lefranc", "il"),
    (
        "l'engagement exceptionnel des sauveteurs",
        "Paul Serrano",
        "le ministre de l'Intérieur, Paul Serrano",
    ),
    (
        "renforcer la lutte contre les réseaux de passeurs",
        "Paul Serrano",
        "le ministre de l'Intérieur, Paul Serrano",
    ),
)


#: AFP at a tennis Grand Slam: the winner's press conference (``a confié la
#: Française``, ``a-t-elle souri``), her coach after ``selon son entraîneur``,
#: the beaten player in English words translated, the French federation's
#: president (``le président de la Fédération française de tennis (FFT)``), a
#: racket range's name after its noun (``la gamme « Vortex Pro »``, no quote).
FR_AFP_TENNIS = """Roland-Garros : Léa Dumas en demi-finale, « le match de ma vie »

PARIS, 3 juin 2026 (AFP) - La Française Léa Dumas s'est qualifiée mercredi pour les demi-finales de Roland-Garros en battant l'Américaine Jessica Moore 6-4, 3-6, 7-5, après plus de deux heures et demie de jeu sur le court Philippe-Chatrier.

« C'est le match de ma vie. Quand j'étais petite, je venais ici avec mon père et je regardais les joueuses depuis le haut des tribunes », a confié la Française, 24 ans et 31e mondiale, en conférence de presse.

Menée 5-3 dans le troisième set, Dumas a aligné quatre jeux d'affilée. « À 5-3, je me suis dit que je n'avais plus rien à perdre. J'ai commencé à frapper plus fort, et ça a tourné », a-t-elle expliqué. Interrogée sur le public, qui a chanté la Marseillaise à la fin du match, elle a dit avoir eu « des frissons ».

Son entraîneur, l'Espagnol Carlos Ibáñez, n'était pas surpris. Selon lui, sa joueuse « a enfin accepté d'être une joueuse d'attaque ». « Elle a travaillé tout l'hiver sur son service. Aujourd'hui, on voit le résultat », a-t-il ajouté.

Jessica Moore, tête de série numéro 6, ne cachait pas sa déception. « Elle a mieux joué les points importants. Je n'ai rien à me reprocher, mais c'est dur », a déclaré l'Américaine, qui disputait son premier quart de finale à Paris.

Le président de la Fédération française de tennis (FFT), Gilles Moreau, a salué « une victoire qui fera du bien à tout le tennis français ». Aucune Française n'avait atteint le dernier carré à Paris depuis 2017.

Dumas, qui joue avec une raquette de la gamme « Vortex Pro », affrontera vendredi la Polonaise Anna Kowalczyk. « Je vais essayer de ne pas trop regarder le tableau », a-t-elle souri.
"""

FR_AFP_TENNIS_GOLD: Gold = (
    (
        "C'est le match de ma vie. Quand j'étais petite, je venais ici avec mon père et je regardais les joueuses depuis le haut des tribunes",
        "Léa Dumas",
        "la Française",
    ),
    (
        "À 5-3, je me suis dit que je n'avais plus rien à perdre. J'ai commencé à frapper plus fort, et ça a tourné",
        "Léa Dumas",
        "elle",
    ),
    ("des frissons", "Léa Dumas", "elle"),
    ("a enfin accepté d'être une joueuse d'attaque", "Carlos Ibáñez", "lui"),
    (
        "Elle a travaillé tout l'hiver sur son service. Aujourd'hui, on voit le résultat",
        "Carlos Ibáñez",
        "il",
    ),
    (
        "Elle a mieux joué les points importants. Je n'ai rien à me reprocher, mais c'est dur",
        "Jessica Moore",
        "l'Américaine",
    ),
    (
        "une victoire qui fera du bien à tout le tennis français",
        "Gilles Moreau",
        "Le président de la Fédération française de tennis (FFT), Gilles Moreau",
    ),
    ("Je vais essayer de ne pas trop regarder le tableau", "Léa Dumas", "elle"),
)


#: EFE on a royal visit: the princess's speech (``ha afirmado la princesa``,
#: her title with her name), the regional president, a young award winner by
#: age, a head of a foundation named by its field (``la Fundación para el
#: desarrollo rural``), the mayor as ``el regidor``, a neighbour after ``según``.
ES_EFE_PRINCESA = """La princesa Leonor visita Teruel y pide "no rendirse" ante la despoblación

TERUEL, 9 may (EFE).- La princesa de Asturias, Leonor de Borbón, ha visitado este sábado la comarca turolense del Maestrazgo, donde ha presidido la entrega de las becas de una fundación que apoya a jóvenes emprendedores del medio rural y ha mantenido un encuentro con vecinos de varios pueblos de la zona.

"Cada pueblo que pierde su escuela pierde también una parte de su futuro, y eso nos concierne a todos", ha afirmado la princesa en su discurso, el primero que pronuncia en solitario en Aragón.

La heredera ha animado a los becados a "no rendirse" y a quedarse en sus pueblos. "Sé que no es fácil. Pero lo que hacéis aquí es tan importante como lo que se hace en cualquier gran ciudad", ha añadido.

El presidente de Aragón, Manuel Serrano, ha agradecido la visita y ha recordado que la provincia ha perdido un tercio de su población en medio siglo. "Hoy el Maestrazgo ha estado en el centro de España, y eso no pasa todos los días", ha dicho Serrano.

Una de las becadas, Marta Gil, de 26 años, ha explicado a la princesa su proyecto de quesería artesanal en Cantavieja. "Me fui a estudiar a Zaragoza y pensaba que nunca volvería. Ahora tengo tres cabras y un préstamo", ha bromeado la joven.

La directora de la Fundación para el desarrollo rural, Pilar Aznar, ha subrayado que este año se han presentado 412 solicitudes, el doble que hace dos años. "Hay talento en los pueblos. Lo que falta son oportunidades y conexión a internet", ha asegurado Aznar.

El alcalde de Cantavieja, José Luis Martín, ha recibido a la princesa en la plaza mayor, donde se habían congregado unos 600 vecinos. "No recuerdo tanta gente en el pueblo desde las fiestas de 1990", ha reconocido el regidor.

Según Carmen Royo, vecina de 78 años, la visita "ha sido como un día de fiesta". La princesa ha recorrido después el casco histórico y ha saludado a los vecinos antes de regresar a Madrid.
"""

ES_EFE_PRINCESA_GOLD: Gold = (
    (
        "Cada pueblo que pierde su escuela pierde también una parte de su futuro, y eso nos concierne a todos",
        "Leonor de Borbón",
        "la princesa",
    ),
    ("no rendirse", "Leonor de Borbón", "La heredera"),
    (
        "Sé que no es fácil. Pero lo que hacéis aquí es tan importante como lo que se hace en cualquier gran ciudad",
        "Leonor de Borbón",
        "La heredera",
    ),
    (
        "Hoy el Maestrazgo ha estado en el centro de España, y eso no pasa todos los días",
        "Manuel Serrano",
        "Serrano",
    ),
    (
        "Me fui a estudiar a Zaragoza y pensaba que nunca volvería. Ahora tengo tres cabras y un préstamo",
        "Marta Gil",
        "la joven",
    ),
    (
        "Hay talento en los pueblos. Lo que falta son oportunidades y conexión a internet",
        "Pilar Aznar",
        "Aznar",
    ),
    (
        "No recuerdo tanta gente en el pueblo desde las fiestas de 1990",
        "José Luis Martín",
        "el regidor",
    ),
    ("ha sido como un día de fiesta", "Carmen Royo", "Carmen Royo"),
)


#: Europa Press on a train derailment: the emergency service's spokeswoman,
#: a passenger by name and age, the minister at the scene (``ha señalado el
#: ministro``), the rail company's chief with ``según ha explicado``, a train
#: drivers' union, the commission that investigates (``la Comisión de
#: investigación de accidentes ferroviarios``) after a colon, a surgeon at the
#: hospital after ``ha indicado a los periodistas``.
ES_EP_TREN = """Descarrila un tren de Media Distancia en Palencia con 23 heridos, dos de ellos graves

PALENCIA, 18 Nov. (EUROPA PRESS) - Un tren de Media Distancia que cubría la ruta entre Valladolid y Santander ha descarrilado este martes a primera hora cerca de la localidad palentina de Alar del Rey, con 147 pasajeros a bordo. Veintitrés personas han resultado heridas, dos de ellas de gravedad, según el servicio de emergencias 112 de Castilla y León.

"Los dos primeros vagones han salido de la vía y uno ha volcado sobre el terraplén", ha explicado la portavoz del 112, Sonia Alonso, que ha precisado que todos los pasajeros han sido evacuados en menos de una hora.

Luis Pardo, de 52 años, viajaba en el tercer vagón. "Se oyó un golpe seco y después todo empezó a temblar. La gente gritaba y las maletas caían encima", ha relatado a Europa Press mientras esperaba un autobús para continuar el viaje.

El ministro de Transportes, Óscar Ribera, se ha desplazado a la zona a mediodía. "Vamos a saber qué ha pasado, y lo vamos a saber pronto. Las víctimas y sus familias tienen derecho a respuestas", ha señalado el ministro ante los medios.

La presidenta de la operadora ferroviaria, Elena Castaño, ha descartado por ahora un fallo del material. Según ha explicado, el tren había pasado la revisión "hace menos de un mes" y circulaba a la velocidad permitida.

El sindicato de maquinistas Semaf ha reclamado una auditoría de toda la línea. "Llevamos años avisando de que esta vía necesita una renovación urgente", ha denunciado su secretario general en Castilla y León, Alberto Cuesta.

La Comisión de investigación de accidentes ferroviarios ha abierto un expediente. En un comunicado, el organismo ha indicado: "Se analizarán el estado de la infraestructura, el material rodante y los registros de conducción".

Los dos heridos graves han sido trasladados al Complejo Asistencial de Palencia. "Están estables, pero uno de ellos tendrá que ser operado esta tarde", ha indicado a los periodistas el jefe de Cirugía del hospital, Ignacio Vega.
"""

ES_EP_TREN_GOLD: Gold = (
    (
        "Los dos primeros vagones han salido de la vía y uno ha volcado sobre el terraplén",
        "Sonia Alonso",
        "la portavoz del 112, Sonia Alonso",
    ),
    (
        "Se oyó un golpe seco y después todo empezó a temblar. La gente gritaba y las maletas caían encima",
        "Luis Pardo",
        "Luis Pardo",
    ),
    (
        "Vamos a saber qué ha pasado, y lo vamos a saber pronto. Las víctimas y sus familias tienen derecho a respuestas",
        "Óscar Ribera",
        "el ministro",
    ),
    (
        "hace menos de un mes",
        "Elena Castaño",
        "La presidenta de la operadora ferroviaria, Elena Castaño",
    ),
    (
        "Llevamos años avisando de que esta vía necesita una renovación urgente",
        "Alberto Cuesta",
        "su secretario general en Castilla y León, Alberto Cuesta",
    ),
    (
        "Se analizarán el estado de la infraestructura, el material rodante y los registros de conducción",
        "el organismo",
        "el organismo",
    ),
    (
        "Están estables, pero uno de ellos tendrá que ser operado esta tarde",
        "Ignacio Vega",
        "el jefe de Cirugía del hospital, Ignacio Vega",
    ),
)


#: ANSA from a canonisation in St Peter's Square: the Pope's homily (``ha
#: detto il Papa``, ``ha aggiunto il Pontefice``), the postulator, the healed
#: woman by her age (``la 58enne``), the bishop of the saint's diocese, the
#: Vatican's press office after ``secondo``, a pilgrim from the saint's town.
IT_ANSA_SANTO = """Papa proclama santo don Carlo Bellini, il prete degli operai

CITTÀ DEL VATICANO, 19 OTT - Papa Leone XIV ha proclamato santo don Carlo Bellini, il sacerdote bresciano che nel dopoguerra aprì le prime mense per gli operai delle acciaierie, durante una messa celebrata stamattina in piazza San Pietro davanti a circa 60 mila fedeli.

"Don Carlo non ha scritto trattati di teologia. Ha aperto la porta della sua canonica e ha dato da mangiare a chi aveva fame", ha detto il Papa nell'omelia. "La santità non è un premio per pochi, è una strada per tutti", ha aggiunto il Pontefice.

Il miracolo riconosciuto per la canonizzazione riguarda la guarigione di una donna di Lumezzane, Anna Ferrari, colpita nel 2019 da una grave forma di leucemia. "I medici mi avevano dato poche settimane. Mia figlia pregava don Carlo ogni sera", ha raccontato all'ANSA la 58enne, presente oggi in piazza con la famiglia.

Il postulatore della causa, padre Giovanni Rota, ha spiegato che l'indagine sul miracolo è durata più di tre anni. "Abbiamo ascoltato ventidue testimoni e sette medici, anche non credenti", ha sottolineato il religioso.

Da Brescia sono arrivati in piazza oltre 8 mila pellegrini con 120 pullman. Il vescovo di Brescia, monsignor Pierluigi Tonelli, ha parlato di "un giorno di festa per tutta la nostra terra". "Don Carlo ci ricorda che la Chiesa deve stare dove la gente lavora e soffre", ha detto il presule.

Secondo la Sala stampa della Santa Sede, alla cerimonia hanno partecipato anche il presidente della Repubblica e una delegazione dei sindacati metalmeccanici.

La causa di canonizzazione era stata aperta nel 1998 dalla diocesi di Brescia. La beatificazione era arrivata nel 2013, dopo il riconoscimento di un primo miracolo avvenuto in Sardegna. Nelle acciaierie della zona molti reparti si sono fermati per un minuto alle undici, quando è iniziata la messa.

Tra i fedeli c'era anche Luigi Bonetti, 84 anni, ex operaio delle acciaierie. "Da ragazzo mangiavo alla sua mensa. Non chiedeva mai chi eri o per chi votavi", ha ricordato commosso.
"""

IT_ANSA_SANTO_GOLD: Gold = (
    (
        "Don Carlo non ha scritto trattati di teologia. Ha aperto la porta della sua canonica e ha dato da mangiare a chi aveva fame",
        "Leone XIV",
        "il Papa",
    ),
    ("La santità non è un premio per pochi, è una strada per tutti", "Leone XIV", "il Pontefice"),
    (
        "I medici mi avevano dato poche settimane. Mia figlia pregava don Carlo ogni sera",
        "Anna Ferrari",
        "la 58enne",
    ),
    (
        "Abbiamo ascoltato ventidue testimoni e sette medici, anche non credenti",
        "Giovanni Rota",
        "il religioso",
    ),
    (
        "un giorno di festa per tutta la nostra terra",
        "Pierluigi Tonelli",
        "Il vescovo di Brescia, monsignor Pierluigi Tonelli",
    ),
    (
        "Don Carlo ci ricorda che la Chiesa deve stare dove la gente lavora e soffre",
        "Pierluigi Tonelli",
        "il presule",
    ),
    (
        "Da ragazzo mangiavo alla sua mensa. Non chiedeva mai chi eri o per chi votavi",
        "Luigi Bonetti",
        "Luigi Bonetti",
    ),
)


#: ANSA from Lampedusa: the hotspot's operator (``ha spiegato il direttore``),
#: the mayor, a doctor of the health authority, a young man from Guinea by first
#: name, the coast guard in a statement after a colon, an agency named by its
#: field (``l'Agenzia delle Nazioni Unite per i rifugiati``) after ``secondo``,
#: an opposition MP's words after ``per``-less ``ha attaccato``.
IT_ANSA_SBARCHI = """Lampedusa, 900 migranti in un giorno. Hotspot al collasso

LAMPEDUSA, 22 AGO - Ventidue sbarchi in meno di ventiquattr'ore e oltre 900 persone approdate sull'isola: l'hotspot di contrada Imbriacola, pensato per 400 ospiti, ne accoglie da stamattina più di 1.300.

"Stiamo lavorando senza sosta, ma gli spazi sono quelli che sono. Molti dormono all'aperto sotto i teli", ha spiegato il direttore del centro, Marco Licata. In giornata sono previsti due trasferimenti verso Porto Empedocle con il traghetto di linea.

Il sindaco di Lampedusa, Salvatore Pace, ha chiesto l'intervento del governo. "L'isola da sola non può farcela. Non possiamo gestire un'emergenza europea con i mezzi di un Comune di seimila abitanti", ha detto Pace.

Al molo Favarolo i medici dell'Asp di Agrigento visitano chi arriva. "Vediamo soprattutto disidratazione e ustioni da carburante, ma stanno arrivando anche donne incinte", ha riferito la dottoressa Giulia Sorrentino.

Tra le persone sbarcate c'è Mamadou, 19 anni, partito dalla Guinea due anni fa. "In Libia ci hanno tenuti in un capannone per mesi. Ho visto morire un mio amico", ha raccontato il giovane.

La Guardia costiera ha soccorso nella notte un barchino con 42 persone a bordo a sud dell'isola. In una nota ha precisato: "Le condizioni del mare sono in peggioramento e si prevedono altri arrivi nelle prossime ore".

Secondo l'Agenzia delle Nazioni Unite per i rifugiati, dall'inizio dell'anno sono sbarcate in Italia oltre 48 mila persone, il 12 per cento in più rispetto allo stesso periodo del 2025.

Nelle ultime settimane le partenze si sono concentrate soprattutto dalla costa tunisina di Sfax e dalla Libia orientale. Con il mare calmo, i barchini di ferro impiegano meno di un giorno per raggiungere l'isola. Molti dei migranti arrivati oggi provengono dalla Guinea, dal Mali e dal Bangladesh.

Dall'opposizione, il deputato Andrea Rinaldi ha attaccato il governo: "Avevano promesso il blocco delle partenze, oggi abbiamo l'hotspot al collasso". Il Viminale ha annunciato l'invio di altri due pattugliatori.
"""

IT_ANSA_SBARCHI_GOLD: Gold = (
    (
        "Stiamo lavorando senza sosta, ma gli spazi sono quelli che sono. Molti dormono all'aperto sotto i teli",
        "Marco Licata",
        "il direttore del centro, Marco Licata",
    ),
    (
        "L'isola da sola non può farcela. Non possiamo gestire un'emergenza europea con i mezzi di un Comune di seimila abitanti",
        "Salvatore Pace",
        "Pace",
    ),
    (
        "Vediamo soprattutto disidratazione e ustioni da carburante, ma stanno arrivando anche donne incinte",
        "Giulia Sorrentino",
        "la dottoressa Giulia Sorrentino",
    ),
    (
        "In Libia ci hanno tenuti in un capannone per mesi. Ho visto morire un mio amico",
        "Mamadou",
        "il giovane",
    ),
    (
        "Le condizioni del mare sono in peggioramento e si prevedono altri arrivi nelle prossime ore",
        "La Guardia costiera",
        "La Guardia costiera",
    ),
    (
        "Avevano promesso il blocco delle partenze, oggi abbiamo l'hotspot al collasso",
        "Andrea Rinaldi",
        "il deputato Andrea Rinaldi",
    ),
)


#: Lusa from a city council's vote on short-term lets: the mayor (``afirmou o
#: presidente da câmara``), an opposition councillor with her party, a
#: residents' association's chief, a landlords' association's words after
#: ``segundo``, a hostel owner by name and age, the mayor again as ``o
#: autarca``; a national institute named by its field (``o Instituto Nacional
#: de estatística``) is no speaker of words.
PT_LUSA_CAMARA = """Câmara de Setúbal aprova travão ao alojamento local no centro histórico

Setúbal, 27 jan 2026 (Lusa) - A Câmara Municipal de Setúbal aprovou hoje a suspensão, por um ano, de novos registos de alojamento local no centro histórico da cidade, com os votos favoráveis da maioria e a abstenção de dois vereadores da oposição.

"Não somos contra o turismo, mas não podemos deixar que o centro da cidade fique sem moradores", afirmou o presidente da câmara, Rui Fernandes, no final da reunião do executivo municipal.

Segundo dados da autarquia, existem atualmente 1.140 registos de alojamento local no concelho, mais de metade concentrados nas freguesias do centro. Nos últimos cinco anos, a população residente na zona histórica caiu 18%.

A medida terá ainda de ser votada na assembleia municipal, o que deverá acontecer em fevereiro. A suspensão não se aplica às restantes freguesias do concelho, como Azeitão, onde o alojamento local tem crescido menos.

A vereadora do PSD Marta Leal, que se absteve, considerou a medida "tardia e insuficiente". "Suspender novos registos não resolve nada se a câmara não construir habitação a preços que as famílias possam pagar", disse a autarca da oposição à agência Lusa.

Para a Associação de Moradores do Bairro Troino, a decisão é "um primeiro passo". "Há prédios inteiros onde já não vive ninguém o ano todo. À noite, as ruas ficam às escuras", lamentou o presidente da associação, Joaquim Seixas.

Do lado dos proprietários, as críticas são duras. Segundo a Associação do Alojamento Local em Portugal, a suspensão "põe em risco centenas de postos de trabalho" e "castiga quem investiu na reabilitação da cidade".

Ana Bento, de 41 anos, gere um hostel na Rua Direita desde 2016. "Comprei um prédio em ruínas e recuperei-o com as minhas poupanças. Agora tratam-nos como se fôssemos o problema", contou à Lusa.

Rui Fernandes garantiu que os registos já existentes não serão afetados. "Ninguém vai perder a licença que tem. Queremos apenas travar o crescimento enquanto estudamos a situação", assegurou o autarca.
"""

PT_LUSA_CAMARA_GOLD: Gold = (
    (
        "Não somos contra o turismo, mas não podemos deixar que o centro da cidade fique sem moradores",
        "Rui Fernandes",
        "o presidente da câmara, Rui Fernandes",
    ),
    ("tardia e insuficiente", "Marta Leal", "A vereadora do PSD Marta Leal"),
    (
        "Suspender novos registos não resolve nada se a câmara não construir habitação a preços que as famílias possam pagar",
        "Marta Leal",
        "a autarca da oposição",
    ),
    (
        "um primeiro passo",
        "a Associação de Moradores do Bairro Troino",
        "a Associação de Moradores do Bairro Troino",
    ),
    (
        "Há prédios inteiros onde já não vive ninguém o ano todo. À noite, as ruas ficam às escuras",
        "Joaquim Seixas",
        "o presidente da associação, Joaquim Seixas",
    ),
    (
        "põe em risco centenas de postos de trabalho",
        "a Associação do Alojamento Local em Portugal",
        "a Associação do Alojamento Local em Portugal",
    ),
    (
        "castiga quem investiu na reabilitação da cidade",
        "a Associação do Alojamento Local em Portugal",
        "a Associação do Alojamento Local em Portugal",
    ),
    (
        "Comprei um prédio em ruínas e recuperei-o com as minhas poupanças. Agora tratam-nos como se fôssemos o problema",
        "Ana Bento",
        "Ana Bento",
    ),
    (
        "Ninguém vai perder a licença que tem. Queremos apenas travar o crescimento enquanto estudamos a situação",
        "Rui Fernandes",
        "o autarca",
    ),
)


#: Lusa from the Douro after a hailstorm on the eve of the harvest: a grower by
#: name and age, the winegrowers' association's chief, the regional
#: agriculture director, the institute named by its field (``o Instituto dos
#: vinhos do Douro e do Porto``) after ``segundo``, the minister in parliament
#: (``disse a ministra``), a cooperative's chief with ``adiantou``.
PT_LUSA_GRANIZO = """Granizo destrói vinhas no Douro a duas semanas da vindima

Peso da Régua, 28 ago 2026 (Lusa) - Uma queda de granizo de cerca de vinte minutos destruiu na terça-feira à tarde parte da produção de uva em várias freguesias dos concelhos de Peso da Régua e Santa Marta de Penaguião, a duas semanas do início da vindima.

"Em vinte minutos perdi o trabalho de um ano inteiro. Os cachos ficaram todos rebentados no chão", contou à Lusa Manuel Teixeira, de 63 anos, viticultor na freguesia de Fontelas, enquanto mostrava as videiras desfolhadas.

O presidente da Associação dos Viticultores do Alto Douro, Fernando Pinto, estima que as perdas cheguem a 70% em algumas parcelas. "Há produtores que não vão ter nada para vindimar. Sem apoio, muitos vão abandonar as vinhas", alertou.

A diretora regional de Agricultura e Pescas do Norte, Sofia Magalhães, esteve hoje no terreno com técnicos para avaliar os estragos. "Vamos fazer o levantamento parcela a parcela para que os apoios cheguem depressa a quem perdeu", afirmou a responsável.

Segundo o Instituto dos vinhos do Douro e do Porto, a região tem cerca de 19 mil viticultores, na maioria pequenos produtores com menos de um hectare.

No parlamento, a ministra da Agricultura, Helena Costa, anunciou a abertura de uma linha de apoio de cinco milhões de euros. "Ninguém vai ficar para trás. Os agricultores do Douro podem contar com o Governo", disse a ministra, em resposta a uma pergunta do Bloco de Esquerda.

Na Adega Cooperativa de Santa Marta, a maior da zona afetada, as contas ainda estão por fazer. "Vamos receber muito menos uva e de pior qualidade, mas a adega vai receber toda a uva que os sócios conseguirem salvar", adiantou o presidente da cooperativa, António Carvalho.

Para Manuel Teixeira, a ajuda tem de chegar antes do inverno. "Se o dinheiro vier daqui a dois anos, já não há viticultor para o receber", disse.
"""

PT_LUSA_GRANIZO_GOLD: Gold = (
    (
        "Em vinte minutos perdi o trabalho de um ano inteiro. Os cachos ficaram todos rebentados no chão",
        "Manuel Teixeira",
        "Manuel Teixeira",
    ),
    (
        "Há produtores que não vão ter nada para vindimar. Sem apoio, muitos vão abandonar as vinhas",
        "Fernando Pinto",
        "O presidente da Associação dos Viticultores do Alto Douro, Fernando Pinto",
    ),
    (
        "Vamos fazer o levantamento parcela a parcela para que os apoios cheguem depressa a quem perdeu",
        "Sofia Magalhães",
        "a responsável",
    ),
    (
        "Ninguém vai ficar para trás. Os agricultores do Douro podem contar com o Governo",
        "Helena Costa",
        "a ministra",
    ),
    (
        "Vamos receber muito menos uva e de pior qualidade, mas a adega vai receber toda a uva que os sócios conseguirem salvar",
        "António Carvalho",
        "o presidente da cooperativa, António Carvalho",
    ),
    (
        "Se o dinheiro vier daqui a dois anos, já não há viticultor para o receber",
        "Manuel Teixeira",
        "Manuel Teixeira",
    ),
)


CASES: dict[str, tuple[str, Gold]] = {
    "de_lby_windpark": (DE_LBY_WINDPARK, DE_LBY_WINDPARK_GOLD),
    "de_kna_bischof": (DE_KNA_BISCHOF, DE_KNA_BISCHOF_GOLD),
    "fr_afp_migrants": (FR_AFP_MIGRANTS, FR_AFP_MIGRANTS_GOLD),
    "fr_afp_tennis": (FR_AFP_TENNIS, FR_AFP_TENNIS_GOLD),
    "es_efe_princesa": (ES_EFE_PRINCESA, ES_EFE_PRINCESA_GOLD),
    "es_ep_tren": (ES_EP_TREN, ES_EP_TREN_GOLD),
    "it_ansa_santo": (IT_ANSA_SANTO, IT_ANSA_SANTO_GOLD),
    "it_ansa_sbarchi": (IT_ANSA_SBARCHI, IT_ANSA_SBARCHI_GOLD),
    "pt_lusa_camara": (PT_LUSA_CAMARA, PT_LUSA_CAMARA_GOLD),
    "pt_lusa_granizo": (PT_LUSA_GRANIZO, PT_LUSA_GRANIZO_GOLD),
}

#: The roles of the speakers of some quotes, by (story, quote).
ROLES: dict[tuple[str, str], str] = {}

#: Stories whose remaining errors no general rule fixes yet, with the reason
#: (the test fails if they start passing).
KNOWN_FAILURES: dict[str, str] = {
    "de_lby_windpark": (
        "a quote with no cue that closes a paragraph after a sentence about something "
        "else (``Haslinger rief ... auf. In den vergangenen Wochen waren Plakate "
        "beschmiert ... „...“``) is not read: only the sentence right before names "
        "whose words they are"
    ),
    "pt_lusa_camara": (
        "a body whose name ends with a place after ``em`` (``a Associação do Alojamento "
        "Local em Portugal``) is read without it: a place after a body's name is most "
        "often where it acts, not part of its name"
    ),
}


@pytest.mark.parametrize("name", story_names(CASES, KNOWN_FAILURES))
def test_intl_beats_story(name: str) -> None:
    text, gold = CASES[name]
    check_story(name, text, gold, ROLES)


_said = _mentions  # (quote, speaker name, mention) of every quote; spans checked


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        # a body named with its field after für, de, di, voor: the whole name, up to
        # the cue, a mark, the end or a word of time, place or listener
        (
            "de",
            "Titel\n\n„Die Lage ist ernst“, teilte das Amt für Umwelt am Montag mit.",
            [("Die Lage ist ernst", "das Amt für Umwelt", "das Amt für Umwelt")],
        ),
        (
            "de",
            "Titel\n\n„Die Konjunktur erholt sich“, erklärte das Institut für Weltwirtschaft in Kiel.",
            [
                (
                    "Die Konjunktur erholt sich",
                    "das Institut für Weltwirtschaft",
                    "das Institut für Weltwirtschaft",
                )
            ],
        ),
        (
            "de",
            "Titel\n\nDas Ministerium für Arbeit und Soziales erklärte: „Wir prüfen den Fall.“",
            [
                (
                    "Wir prüfen den Fall.",
                    "Das Ministerium für Arbeit und Soziales",
                    "Das Ministerium für Arbeit und Soziales",
                )
            ],
        ),
        (
            "de",
            "Titel\n\nDas Bundesamt für Gesundheit (BAG) teilte mit: „Die Lage ist ernst.“",
            [
                (
                    "Die Lage ist ernst.",
                    "Das Bundesamt für Gesundheit",
                    "Das Bundesamt für Gesundheit",
                )
            ],
        ),
        (
            "fr",
            "Titre\n\n« La situation est grave », selon l'Office français de protection des "
            "réfugiés.",
            [
                (
                    "La situation est grave",
                    "l'Office français de protection des réfugiés",
                    "l'Office français de protection des réfugiés",
                )
            ],
        ),
        (
            "es",
            "Titular\n\n«La situación es grave», indicó el Instituto de salud pública.",
            [
                (
                    "La situación es grave",
                    "el Instituto de salud pública",
                    "el Instituto de salud pública",
                )
            ],
        ),
        (
            "it",
            "Titolo\n\n«La situazione è grave», ha detto l'Istituto superiore di sanità.",
            [
                (
                    "La situazione è grave",
                    "l'Istituto superiore di sanità",
                    "l'Istituto superiore di sanità",
                )
            ],
        ),
        (
            "pt",
            "Título\n\nO Instituto de meteorologia alertou: «Vem aí uma tempestade.»",
            [
                (
                    "Vem aí uma tempestade.",
                    "O Instituto de meteorologia",
                    "O Instituto de meteorologia",
                )
            ],
        ),
        (
            "nl",
            'Titel\n\n"De situatie is ernstig", zegt het Rijksinstituut voor volksgezondheid.',
            [
                (
                    "De situatie is ernstig",
                    "het Rijksinstituut voor volksgezondheid",
                    "het Rijksinstituut voor volksgezondheid",
                )
            ],
        ),
        # but not a field that runs on into a name, nor a verb and its object after de
        (
            "de",
            "Titel\n\n„Die Lage ist ernst“, sagte das Amt für Umwelt Hans Meier.",
            [("Die Lage ist ernst", "das Amt", "das Amt")],
        ),
        (
            "fr",
            "Titre\n\n« Nous allons revoir le texte », a promis l'Office de revoir la copie.",
            [("Nous allons revoir le texte", "l'Office", "l'Office")],
        ),
        (
            "fr",
            "Titre\n\n« Nous allons revoir le texte », a promis l'Office de revoir sa copie.",
            [("Nous allons revoir le texte", "l'Office", "l'Office")],
        ),
        # nor a role's complement (read as before)
        (
            "de",
            "Titel\n\n„Die Lage ist ernst“, sagte ein Sprecher des Bundesamts für Gesundheit.",
            [
                (
                    "Die Lage ist ernst",
                    "ein Sprecher des Bundesamts für Gesundheit",
                    "ein Sprecher des Bundesamts für Gesundheit",
                )
            ],
        ),
    ],
)
def test_a_body_named_by_its_field(
    language: str, text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert _said(text, language) == expected


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        # a name in marks after a noun for a product, even with a cue after it: no quote
        (
            "fr",
            "Titre\n\nLe groupe lance la gamme « Moreau Flex », a dit son directeur.",
            [],
        ),
        (
            "it",
            'Titolo\n\nL\'azienda ha lanciato il marchio "Terra", ha spiegato '
            "l'amministratore delegato Marco Neri.",
            [],
        ),
        # but words said after the noun's sentence are
        (
            "fr",
            "Titre\n\nLe groupe a lancé sa gamme. « Nous sommes prêts », a dit son "
            "directeur, Paul Roux.",
            [("Nous sommes prêts", "Paul Roux", "son directeur, Paul Roux")],
        ),
    ],
)
def test_a_product_s_name_before_a_cue(
    language: str, text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert _said(text, language) == expected


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        # als and a bare role: what someone is, no subject
        (
            "de",
            "Titel\n\nDer neue Bischof Andreas Wendel wurde geweiht. Als Bischof sprach "
            "Wendel offen über die Krise. „Wir haben Vertrauen verspielt“, sagte er.",
            [("Wir haben Vertrauen verspielt", "Andreas Wendel", "er")],
        ),
        # a German noun before a first name and a surname: what they are
        (
            "de",
            "Titel\n\nGemeinderat Thomas Brandl (CSU) stimmte dagegen. „Man hat uns "
            "Gutachten vorgelegt“, sagte er.",
            [("Man hat uns Gutachten vorgelegt", "Thomas Brandl", "er")],
        ),
        # an ordinal before a deputy's office
        (
            "de",
            "Titel\n\nZweite Bürgermeisterin Claudia Reiter (Grüne) sprach von einem "
            "„Signal für die ganze Region“.",
            [
                (
                    "Signal für die ganze Region",
                    "Claudia Reiter",
                    "Zweite Bürgermeisterin Claudia Reiter",
                )
            ],
        ),
    ],
)
def test_a_german_role_before_a_name_or_after_als(
    language: str, text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert _said(text, language) == expected


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        # an agency of two words told, then the subject dropped
        (
            "es",
            'Titular\n\nLuis Pardo, de 52 años, viajaba en el tercer vagón. "Se oyó un '
            'golpe seco", ha relatado a Europa Press mientras esperaba un autobús.',
            [("Se oyó un golpe seco", "Luis Pardo", "Luis Pardo")],
        ),
        # an agency told before the name of the subject: not part of the name
        (
            "pt",
            "Título\n\n«Em vinte minutos perdi tudo», contou à Lusa Manuel Teixeira, "
            "viticultor.\n\nPara Manuel Teixeira, a ajuda tem de chegar. «Depressa», disse.",
            [
                ("Em vinte minutos perdi tudo", "Manuel Teixeira", "Manuel Teixeira"),
                ("Depressa", "Manuel Teixeira", "Manuel Teixeira"),
            ],
        ),
        # a place of two names where a role is held, before the name set off
        (
            "es",
            'Titular\n\n"Llevamos años avisando", ha denunciado su secretario general en '
            "Castilla y León, Alberto Cuesta.",
            [
                (
                    "Llevamos años avisando",
                    "Alberto Cuesta",
                    "su secretario general en Castilla y León, Alberto Cuesta",
                )
            ],
        ),
        # an age as an Italian noun
        (
            "it",
            'Titolo\n\nLa donna è guarita. "I medici mi avevano dato poche settimane", ha '
            "raccontato all'ANSA la 58enne.",
            [("I medici mi avevano dato poche settimane", "la 58enne", "la 58enne")],
        ),
        # a prelate's honorific before his name set off after the role
        (
            "it",
            'Titolo\n\nIl vescovo di Brescia, monsignor Pierluigi Tonelli, ha parlato di "un '
            'giorno di festa".',
            [
                (
                    "un giorno di festa",
                    "Pierluigi Tonelli",
                    "Il vescovo di Brescia, monsignor Pierluigi Tonelli",
                )
            ],
        ),
    ],
)
def test_a_listener_a_place_an_age_or_a_title_around_a_name(
    language: str, text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert _said(text, language) == expected


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        # a body's name with a station's acronym is no person; a first name with an
        # indefinite article, a noun and an age after it is someone
        (
            "fr",
            "Titre\n\nJulien, 34 ans, bénévole à la station SNSM de Boulogne, était là. « On "
            "a sorti des gens de l'eau », raconte-t-il.\n\nAhmed, un Soudanais de 22 ans, "
            "explique avoir payé. « Le bateau était sûr, disaient-ils », dit-il.",
            [
                ("On a sorti des gens de l'eau", "Julien", "il"),
                ("Le bateau était sûr, disaient-ils", "Ahmed", "il"),
            ],
        ),
        # the subject a paragraph opens with by a surname, not whom it names in full after
        (
            "fr",
            "Titre\n\nLa Française Léa Dumas a gagné. « C'est le match de ma vie », a-t-elle "
            "dit.\n\nDumas affrontera vendredi la Polonaise Anna Kowalczyk. « Je vais "
            "essayer », a-t-elle souri.",
            [
                ("C'est le match de ma vie", "Léa Dumas", "elle"),
                ("Je vais essayer", "Léa Dumas", "elle"),
            ],
        ),
        # but the one named in full when the paragraph opens with no surname
        (
            "fr",
            "Titre\n\nLa Française Léa Dumas a gagné. « C'est le match de ma vie », a-t-elle "
            "dit.\n\nVendredi, la Polonaise Anna Kowalczyk attend. « Je vais essayer », "
            "a-t-elle souri.",
            [
                ("C'est le match de ma vie", "Léa Dumas", "elle"),
                ("Je vais essayer", "Anna Kowalczyk", "elle"),
            ],
        ),
    ],
)
def test_who_a_pronoun_stands_for(
    language: str, text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert _said(text, language) == expected


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        # a body's view after para, pour: a body that speaks (not a place)
        (
            "pt",
            'Título\n\nPara a Associação de Moradores do Bairro Troino, a decisão é "um '
            'primeiro passo".',
            [
                (
                    "um primeiro passo",
                    "a Associação de Moradores do Bairro Troino",
                    "a Associação de Moradores do Bairro Troino",
                )
            ],
        ),
        (
            "fr",
            "Titre\n\nPour la France, c'est « une chance ».",
            [],
        ),
        # a body's name with its adjective, and its statement with the subject dropped
        # after a speaker of the paragraph before
        (
            "it",
            'Titolo\n\n"Ho visto morire un amico", ha raccontato il giovane Mamadou.\n\n'
            'La Guardia costiera ha soccorso un barchino. In una nota ha precisato: "Il mare '
            'è in peggioramento".',
            [
                ("Ho visto morire un amico", "Mamadou", "il giovane Mamadou"),
                ("Il mare è in peggioramento", "La Guardia costiera", "La Guardia costiera"),
            ],
        ),
        (
            "pt",
            'Título\n\nO presidente da câmara, Rui Costa, falou. "Estamos prontos", disse.\n\n'
            'A Proteção Civil emitiu um aviso. Em comunicado, sublinhou: "O risco é elevado".',
            [
                ("Estamos prontos", "Rui Costa", "O presidente da câmara, Rui Costa"),
                ("O risco é elevado", "A Proteção Civil", "A Proteção Civil"),
            ],
        ),
        # but with no statement, the dropped subject stays the last speaker's
        (
            "es",
            "Titular\n\n«No cederemos», dijo el presidente Pedro Ruiz.\n\n"
            "El Gobierno ha aprobado la ley. «Es un buen día», ha dicho.",
            [
                ("No cederemos", "Pedro Ruiz", "el presidente Pedro Ruiz"),
                ("Es un buen día", "Pedro Ruiz", "el presidente Pedro Ruiz"),
            ],
        ),
        # a word of manner after a dropped subject's cue
        (
            "it",
            "Titolo\n\nTra i fedeli c'era anche Luigi Bonetti, 84 anni, ex operaio. \"Da "
            'ragazzo mangiavo alla sua mensa", ha ricordato commosso.',
            [("Da ragazzo mangiavo alla sua mensa", "Luigi Bonetti", "Luigi Bonetti")],
        ),
        # an exhortation and an heir named as such
        (
            "es",
            "Titular\n\nLa princesa de Asturias, Leonor de Borbón, visitó Teruel.\n\nLa "
            'heredera ha animado a los becados a "no rendirse".',
            [("no rendirse", "Leonor de Borbón", "La heredera")],
        ),
    ],
)
def test_a_body_s_view_statement_or_a_dropped_subject(
    language: str, text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert _said(text, language) == expected
