"""Quotes and speakers in invented agency stories in German, French, Spanish, Italian,
Portuguese and Dutch, of the kinds newsstruct meets unseen.

Every story is invented (names, places, figures and words; no real story is
copied) in the house style of one agency or paper (dpa, APA, Süddeutsche-style
reportage, AFP, Le Monde-style reportage, Belga, EFE, El País-style reportage,
ANSA, Corriere-style reportage, Agência Brasil, Lusa, Folha-style reportage,
ANP, NOS), with each language's own quotation marks (``„…“`` and ``»…«``,
``« … »`` and dash dialogue, ``«…»`` and ``"…"``, Dutch ``'…'`` and ``"…"``).
They are rich in hard attribution: speakers alternating, honorifics and
offices, pronouns across paragraphs, subjects after their cue (``sagte
Brenner``, ``a déclaré le chef du gouvernement``, ``ha detto la premier``),
``laut``/``selon``/``según``/``secondo``/``segundo``/``volgens``, quotes split
by their attribution, quotes running over paragraphs, unnamed sources, and
titles, slogans and signs that are no quotes.  The gold is every quote of
:attr:`Article.quotes` in text order with its speaker's name and mention; the
roles in :data:`ROLES` where a role matters.
"""

from __future__ import annotations

import pytest

from newsstruct import find_quotes
from tests.test_quotes_unseen import check_story, story_names

#: (``Quote.text``, ``Speaker.name``, ``Speaker.mention``) of every quote, in text order.
Gold = tuple[tuple[str, str, str], ...]

DE_DPA_HAUSHALT = """Koalition streitet über Sparpaket – Kanzler mahnt zur Geschlossenheit

BERLIN (dpa) - Im Streit um den Bundeshaushalt 2027 hat Bundeskanzler Matthias Brenner seine Koalitionspartner zur Einigkeit aufgerufen. „Wir werden diesen Haushalt gemeinsam beschließen, oder wir werden gemeinsam scheitern“, sagte Brenner am Dienstag nach einer Sitzung des Koalitionsausschusses im Kanzleramt. Die Lage sei ernst, aber keineswegs aussichtslos.

Nach Angaben aus Koalitionskreisen fehlen im Entwurf des Finanzministeriums noch immer rund 14 Milliarden Euro. Besonders umstritten sind Kürzungen beim Bürgergeld und bei der Förderung von Wärmepumpen. Die Grünen hatten in der vergangenen Woche mit einem Veto gedroht.

Finanzminister Jörg Albrecht (FDP) verteidigte seinen Kurs. „Wer mehr ausgeben will, muss sagen, wo das Geld herkommen soll“, sagte der Liberale der Deutschen Presse-Agentur. Neue Schulden lehne er ab. „Die Schuldenbremse steht im Grundgesetz, nicht in einem Parteiprogramm.“

Die Fraktionsvorsitzende der Grünen, Katharina Vogt, warf Albrecht dagegen vor, die Lasten einseitig zu verteilen. „Es kann nicht sein, dass die Menschen mit den kleinsten Einkommen die Zeche zahlen“, sagte sie im ZDF-„Morgenmagazin“. Ihre Partei sei zu Kompromissen bereit, werde aber keinen „Kahlschlag im Sozialstaat“ mittragen.

Laut Vogt liegen bereits mehrere Vorschläge auf dem Tisch, darunter der Abbau klimaschädlicher Subventionen. Albrecht hält davon wenig. „Das klingt gut in einer Talkshow“, sagte der Minister, „aber es bringt im nächsten Jahr keinen einzigen Euro.“

Aus Regierungskreisen hieß es am Abend, eine Einigung bis Ende der Woche sei „unwahrscheinlich, aber nicht ausgeschlossen“. Ein Sprecher des Finanzministeriums wollte sich zu den Details nicht äußern.

Die Opposition nutzte den Streit für scharfe Angriffe. Unionsfraktionschef Heinrich Lamprecht sprach von einem „Trauerspiel“. Die Regierung habe „jede Glaubwürdigkeit verspielt“, sagte der CDU-Politiker in Berlin. Er forderte den Kanzler auf, die Vertrauensfrage zu stellen.

Brenner wies das zurück. Er habe „volles Vertrauen“ in seine Minister, sagte er. Man werde sich nicht von Umfragen treiben lassen.

Auch aus den Ländern kam Kritik. Die niedersächsische Ministerpräsidentin Ulrike Harms (SPD) mahnte, die Kommunen dürften nicht weiter belastet werden.

»Unsere Städte und Gemeinden stehen schon heute mit dem Rücken zur Wand. Jede Kürzung beim Bund landet am Ende bei den Kommunen.

Wir brauchen jetzt Klarheit und keine weiteren Wochen des Streits«, sagte Harms der »Hannoverschen Allgemeinen Zeitung«.

Ökonomen sehen die Debatte gelassener. Der Präsident des Instituts für Wirtschaftsforschung, Professor Stefan Kleinert, sagte, die Lücke sei „beherrschbar“. Entscheidend sei, dass die Regierung Investitionen in Schienen und Brücken nicht zusammenstreiche. „Kürzen kann man schnell, aber die Folgen spürt man zehn Jahre lang“, so Kleinert.

Der Koalitionsausschuss soll am Donnerstag erneut zusammenkommen. Zuvor will Brenner nach dpa-Informationen Einzelgespräche mit Albrecht und Vogt führen. Ein Regierungssprecher sagte, der Kanzler sei „zuversichtlich“.
"""

DE_DPA_HAUSHALT_GOLD: Gold = (
    (
        "Wir werden diesen Haushalt gemeinsam beschließen, oder wir werden gemeinsam scheitern",
        "Matthias Brenner",
        "Brenner",
    ),
    (
        "Wer mehr ausgeben will, muss sagen, wo das Geld herkommen soll",
        "Jörg Albrecht",
        "der Liberale",
    ),
    (
        "Die Schuldenbremse steht im Grundgesetz, nicht in einem Parteiprogramm.",
        "Jörg Albrecht",
        "der Liberale",
    ),
    (
        "Es kann nicht sein, dass die Menschen mit den kleinsten Einkommen die Zeche zahlen",
        "Katharina Vogt",
        "sie",
    ),
    ("Kahlschlag im Sozialstaat", "Katharina Vogt", "sie"),
    ("Das klingt gut in einer Talkshow", "Jörg Albrecht", "der Minister"),
    ("aber es bringt im nächsten Jahr keinen einzigen Euro.", "Jörg Albrecht", "der Minister"),
    ("unwahrscheinlich, aber nicht ausgeschlossen", "Regierungskreisen", "Regierungskreisen"),
    ("Trauerspiel", "Heinrich Lamprecht", "Unionsfraktionschef Heinrich Lamprecht"),
    ("jede Glaubwürdigkeit verspielt", "Heinrich Lamprecht", "der CDU-Politiker"),
    ("volles Vertrauen", "Matthias Brenner", "er"),
    (
        "Unsere Städte und Gemeinden stehen schon heute mit dem Rücken zur Wand. Jede Kürzung beim Bund landet am Ende bei den Kommunen.",
        "Ulrike Harms",
        "Harms",
    ),
    ("Wir brauchen jetzt Klarheit und keine weiteren Wochen des Streits", "Ulrike Harms", "Harms"),
    (
        "beherrschbar",
        "Stefan Kleinert",
        "Der Präsident des Instituts für Wirtschaftsforschung, Professor Stefan Kleinert",
    ),
    (
        "Kürzen kann man schnell, aber die Folgen spürt man zehn Jahre lang",
        "Stefan Kleinert",
        "Kleinert",
    ),
    ("zuversichtlich", "Ein Regierungssprecher", "Ein Regierungssprecher"),
)

DE_SZ_KLINIK = """Warum das Kreiskrankenhaus schließen soll – und was die Menschen in Lindau-Ost davon halten

Von Miriam Ostermann

LINDAU-OST. Die Kantine im Erdgeschoss ist an diesem Mittwochmittag fast leer. Auf dem Tisch am Fenster liegt ein Flugblatt mit der Überschrift „Unser Krankenhaus bleibt!“. Seit Wochen sammelt eine Bürgerinitiative Unterschriften gegen die geplante Schließung der Geburtsstation und der Notaufnahme.

„Wenn hier nachts jemand einen Herzinfarkt hat, sind es bis zur nächsten Klinik 45 Minuten“, sagt Renate Fuchs. Die 63-jährige Krankenschwester arbeitet seit 31 Jahren in dem Haus und hat die Initiative mitgegründet. „Das ist kein Sparen mehr, das ist ein Risiko für Menschenleben.“

Der Landrat sieht das anders. Bernd Hollweg (CSU) verweist auf die Zahlen: Das Haus schreibt seit Jahren rote Zahlen, im vergangenen Jahr betrug das Defizit 8,2 Millionen Euro. „Wir können nicht jedes Jahr Millionen in ein Haus stecken, in dem kaum noch Kinder zur Welt kommen“, sagt Hollweg in seinem Büro im Landratsamt. Im vergangenen Jahr seien es gerade 212 Geburten gewesen.

Er betont, es gehe nicht um eine vollständige Schließung. Geplant sei ein sogenanntes „Gesundheitszentrum“ mit ambulanten Angeboten, einer Tagesklinik und einem Rettungswagen, der rund um die Uhr bereitsteht. „Die Versorgung wird nicht schlechter, sie wird anders“, sagt der Landrat.

Für Fuchs ist das eine Ausrede. „Gesundheitszentrum klingt schön“, sagt sie. „Aber wer nachts Blutungen hat, dem hilft kein Schild an der Tür.“

Die Debatte ist typisch für viele ländliche Regionen. Nach Angaben der Deutschen Krankenhausgesellschaft schreiben mehr als die Hälfte der Kliniken Verluste. Bundesgesundheitsministerin Petra Landau hatte mit ihrer Krankenhausreform angekündigt, kleine Häuser umzubauen statt sie zu schließen.

Ein Sprecher des Ministeriums sagte auf Anfrage, die Entscheidung liege beim Träger. Die Reform biete „ausreichend Spielraum für bedarfsgerechte Lösungen vor Ort“.

Chefarzt Dr. Wolfgang Reiter, der die Innere Medizin leitet, will sich nicht auf eine Seite schlagen. Er kenne beide Argumente. „Ich verstehe die Sorgen der Menschen“, sagt Reiter. „Aber ich verstehe auch, dass wir Fachärzte kaum noch nach Lindau-Ost bekommen.“ Zwei Stellen in seiner Abteilung seien seit mehr als einem Jahr unbesetzt.

Ein Assistenzarzt, der seinen Namen nicht in der Zeitung lesen möchte, wird deutlicher. „Hier arbeiten alle am Limit. Irgendwann passiert etwas, und dann fragt man, warum niemand etwas gesagt hat.“

Die Bürgerinitiative hat inzwischen 11.000 Unterschriften gesammelt. Am Samstag will sie vor dem Landratsamt demonstrieren. Der Kreistag soll im Dezember entscheiden.

Hollweg rechnet mit einer knappen Mehrheit. „Es wird eine schwere Entscheidung, aber ich werde mich nicht vor ihr drücken“, sagt er.

Renate Fuchs will bis zuletzt kämpfen. Vor der Kantine hängt sie ein neues Plakat auf. Darauf steht: „Erst die Geburtsstation, dann das ganze Haus?“. Sie tritt einen Schritt zurück. „So“, sagt sie, „das sollen sie sich ruhig jeden Tag ansehen.“
"""

DE_SZ_KLINIK_GOLD: Gold = (
    (
        "Wenn hier nachts jemand einen Herzinfarkt hat, sind es bis zur nächsten Klinik 45 Minuten",
        "Renate Fuchs",
        "Renate Fuchs",
    ),
    (
        "Das ist kein Sparen mehr, das ist ein Risiko für Menschenleben.",
        "Renate Fuchs",
        "Renate Fuchs",
    ),
    (
        "Wir können nicht jedes Jahr Millionen in ein Haus stecken, in dem kaum noch Kinder zur Welt kommen",
        "Bernd Hollweg",
        "Hollweg",
    ),
    ("Die Versorgung wird nicht schlechter, sie wird anders", "der Landrat", "der Landrat"),
    ("Gesundheitszentrum klingt schön", "Renate Fuchs", "sie"),
    ("Aber wer nachts Blutungen hat, dem hilft kein Schild an der Tür.", "Renate Fuchs", "sie"),
    ("Ich verstehe die Sorgen der Menschen", "Wolfgang Reiter", "Reiter"),
    (
        "Aber ich verstehe auch, dass wir Fachärzte kaum noch nach Lindau-Ost bekommen.",
        "Wolfgang Reiter",
        "Reiter",
    ),
    (
        "Hier arbeiten alle am Limit. Irgendwann passiert etwas, und dann fragt man, warum niemand etwas gesagt hat.",
        "Ein Assistenzarzt",
        "Ein Assistenzarzt",
    ),
    (
        "Es wird eine schwere Entscheidung, aber ich werde mich nicht vor ihr drücken",
        "Bernd Hollweg",
        "er",
    ),
    ("So", "Renate Fuchs", "sie"),
    ("das sollen sie sich ruhig jeden Tag ansehen.", "Renate Fuchs", "sie"),
)

DE_APA_WAHL = """Wiener Gemeinderat: ÖVP und Grüne einigen sich auf Wohnbaupaket

WIEN (APA) - Nach monatelangen Verhandlungen haben sich die Wiener Stadtregierung und die Opposition auf ein gemeinsames Paket für den sozialen Wohnbau geeinigt. Bis 2030 sollen 12.000 neue Gemeindewohnungen entstehen, teilte das Büro von Bürgermeister Andreas Pichler am Freitag mit.

„Das ist ein historischer Tag für Wien“, sagte Pichler bei einer Pressekonferenz im Rathaus. Leistbares Wohnen sei „die soziale Frage unserer Zeit“. Die Stadt werde dafür in den kommenden fünf Jahren 2,4 Milliarden Euro in die Hand nehmen.

Wohnbaustadträtin Sabine Gruber (SPÖ) sprach von einem „Kraftakt“. „Wir bauen nicht nur Wohnungen, wir bauen Nachbarschaften“, sagte sie. Die neuen Anlagen sollen Kindergärten, Arztpraxen und Grünflächen erhalten.

Auch die Opposition zeigte sich zufrieden. ÖVP-Landesparteiobmann Markus Steindl lobte, dass die Stadt erstmals private Bauträger stärker einbinden wolle. „Wir haben lange darauf gedrängt, und jetzt bewegt sich endlich etwas“, sagte Steindl. Er kündigte aber an, die Umsetzung „genau im Auge“ zu behalten.

Die Grünen hatten zunächst strengere Klimaauflagen verlangt. Klubobfrau Lena Aigner sagte, man habe „das Maximum herausgeholt“. Alle neuen Bauten sollen ohne Gas beheizt werden.

„Wer heute noch Gasheizungen in Neubauten einbaut, baut die Probleme von morgen“, erklärte Aigner. Das Paket sei ein Kompromiss, „aber ein guter“.

Kritik kam von der FPÖ. Landesparteisekretär Florian Huber sprach von „Wahlkampfgeschenken auf Pump“. Die Stadt habe bereits jetzt Schulden in Rekordhöhe, so Huber.

Von Mieterschützern kam ein gemischtes Echo. Laut der Mietervereinigung reichen 12.000 Wohnungen bei weitem nicht aus, um die Nachfrage zu decken. Derzeit stünden mehr als 20.000 Menschen auf der Warteliste für eine Gemeindewohnung.

„Die Richtung stimmt, aber das Tempo nicht“, sagte die Vorsitzende der Mietervereinigung, Elisabeth Kranz, der APA. Viele Familien könnten sich die Mieten am freien Markt schon heute nicht mehr leisten.

Pichler räumte ein, dass die Stadt nicht alle Probleme lösen könne. „Wir können nicht zaubern“, sagte der Bürgermeister. „Aber wir können zeigen, dass Politik noch etwas bewegen kann.“

Das Paket soll im Jänner im Gemeinderat beschlossen werden. Die Baugenehmigungen für die ersten 1.500 Wohnungen in Floridsdorf und der Donaustadt liegen nach Angaben der Stadt bereits vor. Der Spatenstich ist für März geplant.

Ein Sprecher der Bundesregierung begrüßte die Einigung. Der Bund werde prüfen, ob er sich an der Finanzierung beteiligen könne, hieß es.

Beobachter werten die Einigung auch als Signal vor der Gemeinderatswahl im kommenden Herbst. Der Politologe Thomas Wendl von der Universität Wien sagte, Pichler habe sich „ein wichtiges Thema gesichert“. Ob das reiche, sei offen. „Die Wähler vergessen schnell“, so Wendl.

Der Film „Die Stadt gehört uns“, der die Wohnungsnot in Wien thematisiert, läuft derzeit in den Kinos und hat die Debatte zusätzlich angeheizt.
"""

DE_APA_WAHL_GOLD: Gold = (
    ("Das ist ein historischer Tag für Wien", "Andreas Pichler", "Pichler"),
    ("die soziale Frage unserer Zeit", "Andreas Pichler", "Pichler"),
    ("Kraftakt", "Sabine Gruber", "Wohnbaustadträtin Sabine Gruber"),
    ("Wir bauen nicht nur Wohnungen, wir bauen Nachbarschaften", "Sabine Gruber", "sie"),
    (
        "Wir haben lange darauf gedrängt, und jetzt bewegt sich endlich etwas",
        "Markus Steindl",
        "Steindl",
    ),
    ("genau im Auge", "Markus Steindl", "Er"),
    ("das Maximum herausgeholt", "Lena Aigner", "Klubobfrau Lena Aigner"),
    (
        "Wer heute noch Gasheizungen in Neubauten einbaut, baut die Probleme von morgen",
        "Lena Aigner",
        "Aigner",
    ),
    ("aber ein guter", "Lena Aigner", "Aigner"),
    ("Wahlkampfgeschenken auf Pump", "Florian Huber", "Landesparteisekretär Florian Huber"),
    (
        "Die Richtung stimmt, aber das Tempo nicht",
        "Elisabeth Kranz",
        "die Vorsitzende der Mietervereinigung, Elisabeth Kranz",
    ),
    ("Wir können nicht zaubern", "Andreas Pichler", "der Bürgermeister"),
    (
        "Aber wir können zeigen, dass Politik noch etwas bewegen kann.",
        "Andreas Pichler",
        "der Bürgermeister",
    ),
    ("ein wichtiges Thema gesichert", "Thomas Wendl", "Der Politologe Thomas Wendl"),
    ("Die Wähler vergessen schnell", "Thomas Wendl", "Wendl"),
)

FR_AFP_RETRAITES = """Retraites : le gouvernement ouvre la porte à un compromis, les syndicats restent prudents

PARIS, 14 mars 2027 (AFP) - Le Premier ministre Étienne Mercadier a ouvert mardi la porte à un compromis sur la réforme des retraites, au lendemain d'une journée de mobilisation qui a rassemblé plus d'un million de manifestants selon les syndicats.

« Je ne suis pas fermé, je n'ai jamais été fermé », a déclaré le chef du gouvernement lors des questions au gouvernement à l'Assemblée nationale. « Si les partenaires sociaux ont de meilleures idées pour financer notre système, je les écouterai. »

Le Premier ministre a toutefois répété que le report de l'âge légal à 64 ans n'était « pas négociable ». Une ligne rouge que les syndicats jugent inacceptable.

« On nous parle de dialogue, mais on nous présente un texte déjà ficelé », a réagi la secrétaire générale de la CFDT, Nathalie Roussel, sur France Inter. Selon elle, le gouvernement « joue la montre » en espérant un essoufflement du mouvement.

Son homologue de la CGT, Patrick Delorme, s'est montré plus offensif encore. « Le gouvernement veut passer en force. Nous irons jusqu'au retrait », a-t-il lancé devant la presse au siège de la confédération, à Montreuil.

Le ministre du Travail, Olivier Garnier, a tenté de calmer le jeu. « Personne ne veut l'affrontement », a-t-il assuré sur BFMTV, avant d'ajouter que la réforme était « indispensable pour sauver nos retraites ».

Dans la majorité, certains députés s'inquiètent. « On ne peut pas gouverner contre la rue pendant six mois », confie un élu Renaissance sous couvert d'anonymat. « Il faut lâcher quelque chose, et vite. »

À droite, le président du groupe Les Républicains, Henri Bastide, a posé ses conditions. Son groupe votera le texte « si et seulement si » les carrières longues sont mieux prises en compte, a-t-il prévenu.

Le Rassemblement national a dénoncé une « réforme injuste ». Pour Sandrine Leclerc, vice-présidente du parti, le gouvernement « méprise les Français qui travaillent ». Elle a appelé à un référendum.

Selon un sondage Ifop publié dimanche, 68 % des Français sont opposés à la réforme.

Mardi soir, l'entourage du Premier ministre assurait que « rien n'est figé ». « Matignon veut montrer qu'il écoute, sans rien céder sur l'essentiel », résume un conseiller ministériel.

Une nouvelle journée de grève est prévue jeudi. La SNCF prévoit un trafic « très perturbé » et la RATP a appelé les usagers à privilégier le télétravail.

— Et si le gouvernement recule ? a demandé un journaliste à Patrick Delorme à la sortie de la réunion intersyndicale.

— Alors nous aurons gagné, et nous le dirons, a répondu le syndicaliste.

Le texte doit être examiné en séance publique à partir du 3 avril. Le gouvernement n'exclut pas de recourir à l'article 49.3 de la Constitution, qui permet l'adoption d'un texte sans vote.
"""

FR_AFP_RETRAITES_GOLD: Gold = (
    (
        "Je ne suis pas fermé, je n'ai jamais été fermé",
        "Étienne Mercadier",
        "le chef du gouvernement",
    ),
    (
        "Si les partenaires sociaux ont de meilleures idées pour financer notre système, je les écouterai.",
        "Étienne Mercadier",
        "le chef du gouvernement",
    ),
    ("pas négociable", "Étienne Mercadier", "Le Premier ministre"),
    (
        "On nous parle de dialogue, mais on nous présente un texte déjà ficelé",
        "Nathalie Roussel",
        "la secrétaire générale de la CFDT, Nathalie Roussel",
    ),
    ("joue la montre", "Nathalie Roussel", "elle"),
    ("Le gouvernement veut passer en force. Nous irons jusqu'au retrait", "Patrick Delorme", "il"),
    ("Personne ne veut l'affrontement", "Olivier Garnier", "il"),
    ("indispensable pour sauver nos retraites", "Olivier Garnier", "il"),
    (
        "On ne peut pas gouverner contre la rue pendant six mois",
        "un élu Renaissance",
        "un élu Renaissance",
    ),
    ("Il faut lâcher quelque chose, et vite.", "un élu Renaissance", "un élu Renaissance"),
    ("si et seulement si", "Henri Bastide", "il"),
    ("réforme injuste", "Le Rassemblement national", "Le Rassemblement national"),
    ("méprise les Français qui travaillent", "Sandrine Leclerc", "Sandrine Leclerc"),
    ("rien n'est figé", "l'entourage du Premier ministre", "l'entourage du Premier ministre"),
    (
        "Matignon veut montrer qu'il écoute, sans rien céder sur l'essentiel",
        "un conseiller",
        "un conseiller",
    ),
    ("Et si le gouvernement recule ?", "un journaliste", "un journaliste"),
    ("Alors nous aurons gagné, et nous le dirons", "Patrick Delorme", "le syndicaliste"),
)

FR_MONDE_VIGNES = """Dans le Bordelais, les viticulteurs arrachent leurs vignes « la mort dans l'âme »

Par Claire Vasseur (Saint-Émilion, Gironde, envoyée spéciale)

Sur la colline qui domine le village, la pelleteuse avance rang par rang. En une matinée, trois hectares de merlot plantés par son grand-père ont disparu. Jean-Baptiste Lacoste regarde la scène, les mains dans les poches. « Ça fait mal. On a l'impression d'arracher une partie de soi », souffle le viticulteur de 54 ans.

Comme lui, des centaines de producteurs girondins ont demandé à bénéficier du plan d'arrachage financé par l'État et l'interprofession. Objectif : réduire de 10 000 hectares la surface du vignoble bordelais, confronté à une chute durable de la consommation de vin rouge et à la fermeture du marché chinois.

« Nous produisons trop pour un marché qui se rétracte. Il faut regarder la réalité en face », estime Mathilde Courrège, présidente du syndicat viticole local. Selon elle, un quart des exploitations du secteur sont « au bord du dépôt de bilan ».

Le préfet de la Gironde, Laurent Savary, assure que l'État « ne laissera personne sur le bord de la route ». « Chaque hectare arraché sera indemnisé à hauteur de 6 000 euros », a-t-il précisé lors d'une visite à Libourne, la semaine dernière.

Une somme jugée dérisoire par beaucoup. « Avec 6 000 euros, je rembourse à peine le crédit du tracteur », s'agace Julien Mérignac, installé depuis 2011 à quelques kilomètres de là. Il a pourtant signé. « Je n'avais pas le choix. C'était ça ou la faillite. »

Dans les bureaux du Conseil interprofessionnel du vin de Bordeaux, on défend un plan « nécessaire et douloureux ». Son directeur, Frédéric Aubin, reconnaît que la filière a tardé. « Nous aurions dû réagir il y a dix ans. Nous avons cru que les grands crus tireraient tout le monde vers le haut. Ce n'est pas arrivé. »

Certains tentent de se réinventer. À Castillon, Élodie Ferrand a remplacé une partie de ses vignes par des oliviers et des amandiers. Elle produit aussi un vin blanc sans alcool, baptisé « Renaissance », qui se vend bien aux États-Unis.

« Les jeunes boivent moins, mais ils boivent autrement, explique-t-elle. Il faut arrêter de pleurer et s'adapter. »

Le ministre de l'Agriculture, Bertrand Joubert, doit se rendre dans le Bordelais à la fin du mois. Interrogé par Le Monde, son cabinet indique qu'une « enveloppe complémentaire » est à l'étude, sans en préciser le montant.

Un négociant, qui préfère garder l'anonymat, se montre pessimiste : « Le plan d'arrachage ne suffira pas. Dans cinq ans, il faudra en faire un deuxième. »

Le soir tombe sur Saint-Émilion. Jean-Baptiste Lacoste remonte dans son pick-up. Sur la porte, un autocollant proclame « Le vin, c'est la vie ». Il esquisse un sourire.

« On verra bien, dit-il. Les vignes, ça repousse. Les vignerons, pas toujours. »
"""

FR_MONDE_VIGNES_GOLD: Gold = (
    (
        "Ça fait mal. On a l'impression d'arracher une partie de soi",
        "Jean-Baptiste Lacoste",
        "le viticulteur de 54 ans",
    ),
    (
        "Nous produisons trop pour un marché qui se rétracte. Il faut regarder la réalité en face",
        "Mathilde Courrège",
        "Mathilde Courrège",
    ),
    ("au bord du dépôt de bilan", "Mathilde Courrège", "elle"),
    (
        "ne laissera personne sur le bord de la route",
        "Laurent Savary",
        "Le préfet de la Gironde, Laurent Savary",
    ),
    ("Chaque hectare arraché sera indemnisé à hauteur de 6 000 euros", "Laurent Savary", "il"),
    (
        "Avec 6 000 euros, je rembourse à peine le crédit du tracteur",
        "Julien Mérignac",
        "Julien Mérignac",
    ),
    ("Je n'avais pas le choix. C'était ça ou la faillite.", "Julien Mérignac", "Julien Mérignac"),
    (
        "Nous aurions dû réagir il y a dix ans. Nous avons cru que les grands crus tireraient tout le monde vers le haut. Ce n'est pas arrivé.",
        "Frédéric Aubin",
        "Son directeur, Frédéric Aubin",
    ),
    (
        "Les jeunes boivent moins, mais ils boivent autrement, explique-t-elle. Il faut arrêter de pleurer et s'adapter.",
        "Élodie Ferrand",
        "elle",
    ),
    ("enveloppe complémentaire", "son cabinet", "son cabinet"),
    (
        "Le plan d'arrachage ne suffira pas. Dans cinq ans, il faudra en faire un deuxième.",
        "Un négociant",
        "Un négociant",
    ),
    (
        "On verra bien, dit-il. Les vignes, ça repousse. Les vignerons, pas toujours.",
        "Jean-Baptiste Lacoste",
        "il",
    ),
)

FR_BELGA_BRUXELLES = """Bruxelles : accord sur le budget régional après une nuit de négociations

BRUXELLES, 22 novembre (Belga) - Les partenaires de la majorité bruxelloise sont parvenus vendredi matin à un accord sur le budget 2027, après une nuit de négociations au cabinet du ministre-président, Karim Benali.

« Ce n'était pas simple, mais nous avons trouvé un équilibre », a déclaré M. Benali devant la presse, les traits tirés. Le déficit sera ramené à 1,2 milliard d'euros, contre 1,6 milliard prévu initialement.

La ministre des Finances, Véronique Dubois, a détaillé les principales mesures : une réduction de 5 % des frais de fonctionnement de l'administration, le report de plusieurs chantiers de rénovation et une hausse de la taxe sur les bureaux vides.

« Tout le monde fait un effort, y compris les cabinets ministériels », a-t-elle souligné. « Nous ne toucherons ni aux crèches ni aux transports en commun. »

Selon la ministre, la Région économisera ainsi 400 millions d'euros l'an prochain. L'opposition conteste ce chiffre.

« Ce budget repose sur des hypothèses de croissance totalement irréalistes », a dénoncé le chef de groupe MR au Parlement bruxellois, Thomas Lambert. « Dans six mois, on nous annoncera un nouveau trou, j'en prends le pari. »

Du côté des syndicats, la satisfaction domine. Le secrétaire régional de la FGTB, Marc Vandenberghe, s'est félicité que la STIB soit épargnée. Les transports publics « restent une priorité », a-t-il salué dans un communiqué.

Les communes, en revanche, s'inquiètent. Plusieurs bourgmestres redoutent de devoir compenser le report des investissements régionaux. La bourgmestre d'Ixelles, Anne-Sophie Martens, parle d'un « transfert de charges qui ne dit pas son nom ».

« On nous demande de faire plus avec moins, chaque année. À un moment donné, ça ne tient plus », a-t-elle expliqué à l'agence Belga.

Interrogé sur ce point, Karim Benali a promis une concertation avec les communes « dès janvier ». Le ministre-président a rappelé que la Région avait augmenté sa dotation aux pouvoirs locaux de 3 % l'an dernier.

Pour l'économiste Pierre Janssens, de l'UCLouvain, l'accord ne règle pas le problème de fond. « La Région vit au-dessus de ses moyens depuis quinze ans. Ce budget gagne du temps, il ne résout rien », estime-t-il.

Le texte doit encore être approuvé par le Parlement bruxellois, en principe le 18 décembre. La majorité y dispose de 49 sièges sur 89.

Un député de la majorité, qui a requis l'anonymat, reconnaît que l'ambiance était tendue : « À trois heures du matin, on a cru que tout allait sauter. »

Le budget prévoit également le lancement du projet baptisé « Bruxelles respire », un plan de 80 millions d'euros pour végétaliser les cours d'école d'ici 2030.
"""

FR_BELGA_BRUXELLES_GOLD: Gold = (
    ("Ce n'était pas simple, mais nous avons trouvé un équilibre", "Karim Benali", "M. Benali"),
    (
        "Tout le monde fait un effort, y compris les cabinets ministériels",
        "Véronique Dubois",
        "elle",
    ),
    ("Nous ne toucherons ni aux crèches ni aux transports en commun.", "Véronique Dubois", "elle"),
    (
        "Ce budget repose sur des hypothèses de croissance totalement irréalistes",
        "Thomas Lambert",
        "le chef de groupe MR au Parlement bruxellois, Thomas Lambert",
    ),
    (
        "Dans six mois, on nous annoncera un nouveau trou, j'en prends le pari.",
        "Thomas Lambert",
        "le chef de groupe MR au Parlement bruxellois, Thomas Lambert",
    ),
    ("restent une priorité", "Marc Vandenberghe", "il"),
    (
        "transfert de charges qui ne dit pas son nom",
        "Anne-Sophie Martens",
        "La bourgmestre d'Ixelles, Anne-Sophie Martens",
    ),
    (
        "On nous demande de faire plus avec moins, chaque année. À un moment donné, ça ne tient plus",
        "Anne-Sophie Martens",
        "elle",
    ),
    ("dès janvier", "Karim Benali", "Karim Benali"),
    (
        "La Région vit au-dessus de ses moyens depuis quinze ans. Ce budget gagne du temps, il ne résout rien",
        "Pierre Janssens",
        "il",
    ),
    (
        "À trois heures du matin, on a cru que tout allait sauter.",
        "Un député de la majorité",
        "Un député de la majorité",
    ),
)

ES_EFE_VIVIENDA = """El Gobierno aprueba la ley de vivienda entre críticas de la oposición

MADRID, 12 de febrero (EFE).- El Consejo de Ministros aprobó este martes el proyecto de ley de vivienda asequible, que prevé limitar los alquileres en las zonas tensionadas y construir 180.000 pisos públicos en los próximos diez años.

«Es la ley más ambiciosa de nuestra democracia en materia de vivienda», afirmó el presidente del Gobierno, Álvaro Medina, en la rueda de prensa posterior al Consejo. Medina añadió que el acceso a un hogar digno «no puede depender del código postal».

La ministra de Vivienda, Lucía Ferrer, detalló que la norma obligará a los grandes propietarios a destinar el 30 % de las nuevas promociones a alquiler social. «No vamos a permitir que los fondos de inversión sigan expulsando a las familias de los barrios», subrayó.

Según Ferrer, el Estado invertirá 4.000 millones de euros hasta 2030, financiados en parte con fondos europeos.

El Partido Popular rechazó de plano el texto. Su portavoz en el Congreso, Javier Santamaría, lo calificó de «intervencionista» y advirtió de que reducirá la oferta. «Cada vez que la izquierda toca el mercado del alquiler, los precios suben», dijo en los pasillos de la Cámara.

Vox fue más allá y anunció que recurrirá la ley ante el Tribunal Constitucional.

Desde el sector inmobiliario, la patronal APCE pidió «seguridad jurídica». Su presidente, Ramón Castells, lamentó que el Gobierno no hubiera consultado a las empresas. «Nos enteramos por la prensa», se quejó. «Así no se puede planificar nada».

Los inquilinos, en cambio, celebraron el anuncio con cautela. «Es un paso, pero llega tarde», dijo a EFE Marta Iglesias, portavoz del Sindicato de Inquilinas de Barcelona. «Mientras la ley se tramita, miles de familias seguirán recibiendo cartas de desahucio».

Fuentes del Ministerio de Hacienda aseguraron que el coste de la ley está «plenamente cubierto» en los presupuestos.

El texto deberá ahora superar el trámite parlamentario, donde el Gobierno no tiene garantizada la mayoría. Los socios de Junts han condicionado su apoyo a que las comunidades autónomas conserven las competencias.

—Hablaremos con todos los grupos —aseguró la ministra—, pero no vamos a rebajar la ambición de la ley.

Preguntada por el plazo, Ferrer se mostró optimista. Espera que la norma entre en vigor antes del verano. «Si hay voluntad, habrá ley», zanjó.

El Banco de España, por su parte, advirtió en su último informe de que los controles de precios pueden tener «efectos no deseados» a medio plazo si no van acompañados de un aumento de la oferta.

La película «Techo y comida», que retrata la vida de una madre desahuciada en Jerez, ha vuelto a las salas con motivo del debate.
"""

ES_EFE_VIVIENDA_GOLD: Gold = (
    (
        "Es la ley más ambiciosa de nuestra democracia en materia de vivienda",
        "Álvaro Medina",
        "el presidente del Gobierno, Álvaro Medina",
    ),
    ("no puede depender del código postal", "Álvaro Medina", "Medina"),
    (
        "No vamos a permitir que los fondos de inversión sigan expulsando a las familias de los barrios",
        "Lucía Ferrer",
        "La ministra de Vivienda, Lucía Ferrer",
    ),
    ("intervencionista", "Javier Santamaría", "Su portavoz en el Congreso, Javier Santamaría"),
    (
        "Cada vez que la izquierda toca el mercado del alquiler, los precios suben",
        "Javier Santamaría",
        "Su portavoz en el Congreso, Javier Santamaría",
    ),
    ("seguridad jurídica", "APCE", "la patronal APCE"),
    ("Nos enteramos por la prensa", "Ramón Castells", "Su presidente, Ramón Castells"),
    ("Así no se puede planificar nada", "Ramón Castells", "Su presidente, Ramón Castells"),
    ("Es un paso, pero llega tarde", "Marta Iglesias", "Marta Iglesias"),
    (
        "Mientras la ley se tramita, miles de familias seguirán recibiendo cartas de desahucio",
        "Marta Iglesias",
        "Marta Iglesias",
    ),
    (
        "plenamente cubierto",
        "Fuentes del Ministerio de Hacienda",
        "Fuentes del Ministerio de Hacienda",
    ),
    ("Hablaremos con todos los grupos", "Lucía Ferrer", "la ministra"),
    ("pero no vamos a rebajar la ambición de la ley.", "Lucía Ferrer", "la ministra"),
    ("Si hay voluntad, habrá ley", "Lucía Ferrer", "La ministra de Vivienda, Lucía Ferrer"),
    ("efectos no deseados", "El Banco de España", "El Banco de España"),
)

ES_PAIS_SEQUIA = """La sequía vacía los embalses andaluces y enfrenta a agricultores y ecologistas

Por Carmen Ruiz Aranda

Sevilla - El embalse de La Breña apenas guarda un 12 % de su capacidad. Desde la presa, lo que antes era agua es ahora una llanura de barro agrietado. «Nunca lo había visto así, y llevo aquí cuarenta años», cuenta Antonio Becerra, agricultor de Palma del Río, mientras señala los troncos de olivos que asoman en el fondo.

La Junta de Andalucía decretó la semana pasada la emergencia hídrica en 34 municipios. El consejero de Agricultura, Manuel Ortega, defendió en el Parlamento andaluz las restricciones al riego. «No hay agua para todos, y la prioridad es el consumo humano», dijo. El consejero pidió «responsabilidad» a los regantes.

Los agricultores no lo ven igual. Según la organización agraria Asaja, las pérdidas en el olivar podrían superar los 800 millones de euros. Su secretario general en Sevilla, Rafael Montes, acusa a la Administración de «improvisar». «Llevamos tres años avisando. Nadie ha construido una sola balsa», lamenta.

Los ecologistas, por su parte, culpan al modelo agrícola. «El problema no es solo que llueve menos, es que hemos multiplicado el regadío intensivo», sostiene la bióloga Elena Vidal, de Ecologistas en Acción. Vidal recuerda que la superficie de regadío en la cuenca del Guadalquivir ha crecido un 20 % en una década.

Becerra escucha estos argumentos con escepticismo. Su familia cultiva olivos desde hace tres generaciones. «Que vengan aquí a decirme que yo tengo la culpa», responde. «Yo riego lo justo. Los que gastan el agua son otros».

Un técnico de la Confederación Hidrográfica del Guadalquivir, que pide no ser identificado, reconoce que los controles son insuficientes. «Hay pozos ilegales por todas partes y no tenemos inspectores para cerrarlos», admite.

La ministra para la Transición Ecológica, Inés Carrasco, visitó el jueves la zona. Anunció 200 millones para obras de emergencia y una desaladora en la costa de Huelva. Preguntada por los plazos, reconoció que la planta no estará lista antes de 2029.

«Hemos llegado tarde, lo sé», admitió la ministra ante los alcaldes de la comarca. «Pero vamos a recuperar el tiempo perdido».

El alcalde de Palma del Río, José Luis Navarro, agradeció la visita pero pidió hechos. «Las promesas no riegan», resumió.

En el bar de la plaza, los vecinos siguen las noticias con resignación. Alguien ha colgado en la pared un cartel con la palabra «Lluvia» escrita a mano.

Antonio Becerra apura su café y vuelve al campo. Este año, dice, no habrá cosecha. «Pero el año que viene volveremos a sembrar. Aquí nadie se rinde».
"""

ES_PAIS_SEQUIA_GOLD: Gold = (
    ("Nunca lo había visto así, y llevo aquí cuarenta años", "Antonio Becerra", "Antonio Becerra"),
    (
        "No hay agua para todos, y la prioridad es el consumo humano",
        "Manuel Ortega",
        "El consejero de Agricultura, Manuel Ortega",
    ),
    ("responsabilidad", "Manuel Ortega", "El consejero"),
    (
        "Llevamos tres años avisando. Nadie ha construido una sola balsa",
        "Rafael Montes",
        "Su secretario general en Sevilla, Rafael Montes",
    ),
    (
        "El problema no es solo que llueve menos, es que hemos multiplicado el regadío intensivo",
        "Elena Vidal",
        "la bióloga Elena Vidal",
    ),
    ("Que vengan aquí a decirme que yo tengo la culpa", "Antonio Becerra", "Antonio Becerra"),
    ("Yo riego lo justo. Los que gastan el agua son otros", "Antonio Becerra", "Antonio Becerra"),
    (
        "Hay pozos ilegales por todas partes y no tenemos inspectores para cerrarlos",
        "Un técnico de la Confederación Hidrográfica del Guadalquivir",
        "Un técnico de la Confederación Hidrográfica del Guadalquivir",
    ),
    ("Hemos llegado tarde, lo sé", "Inés Carrasco", "la ministra"),
    ("Pero vamos a recuperar el tiempo perdido", "Inés Carrasco", "la ministra"),
    (
        "Las promesas no riegan",
        "José Luis Navarro",
        "El alcalde de Palma del Río, José Luis Navarro",
    ),
)

ES_EFE_FUTBOL = """El Betis destituye a su entrenador tras la quinta derrota consecutiva

SEVILLA, 3 de noviembre (EFE).- El Real Betis anunció este lunes la destitución de su entrenador, el argentino Gustavo Pellegrini, tras la derrota del domingo ante el Getafe (2-0), la quinta consecutiva en LaLiga.

«El club agradece a Gustavo Pellegrini su trabajo y su dedicación, y le desea la mejor de las suertes en el futuro», señaló la entidad verdiblanca en un comunicado.

El presidente del Betis, Antonio Lozano, explicó en una comparecencia ante los medios que la decisión había sido «muy dolorosa». «Gustavo es una persona extraordinaria, pero los resultados no llegaban y teníamos que actuar», dijo Lozano.

El equipo ocupa la decimoctava posición de la clasificación, en puestos de descenso, con solo nueve puntos en doce jornadas.

Pellegrini se despidió de la plantilla en la ciudad deportiva a primera hora de la mañana. Según fuentes del club, el técnico agradeció a los jugadores su compromiso y les pidió que «no bajen los brazos».

En declaraciones a la radio argentina, el entrenador reconoció su parte de culpa. «No supe encontrar la tecla. Me voy triste, pero con la cabeza alta», dijo. «Este equipo tiene calidad para salvarse, estoy seguro».

El capitán, Joaquín Herrera, lamentó la marcha del técnico. «Los que fallamos en el campo somos nosotros», afirmó el centrocampista tras el entrenamiento. «Ahora nos toca dar la cara».

El director deportivo, Raúl Manzano, será el encargado de buscar un sustituto. Entre los candidatos figuran el exseleccionador de Uruguay Martín Ferreyra y el español Sergio Alcaraz, libre desde su salida del Alavés.

—¿Habrá nuevo entrenador antes del partido del sábado? —le preguntaron a Manzano.

—Esa es la idea —respondió—. No podemos perder más tiempo.

De forma provisional, el técnico del filial, Diego Mora, dirigirá al equipo ante el Valencia. «Es un reto enorme, pero estoy preparado», aseguró Mora, que llegó al club en 2019.

La afición, que había pedido la dimisión del técnico con pancartas en las que se leía «Pellegrini vete ya», recibió la noticia con alivio. La peña Betis Triana, la más antigua del club, emitió un comunicado en el que pide «unidad» a todos los estamentos.

Según el diario Marca, el club baraja pagar hasta dos millones de euros para rescindir el contrato del técnico, que expiraba en junio de 2028.

El último entrenador destituido por el Betis en plena temporada fue Rubén Saiz, en 2021. Su sustituto logró entonces la permanencia en la última jornada.
"""

ES_EFE_FUTBOL_GOLD: Gold = (
    (
        "El club agradece a Gustavo Pellegrini su trabajo y su dedicación, y le desea la mejor de las suertes en el futuro",
        "la entidad",
        "la entidad",
    ),
    ("muy dolorosa", "Antonio Lozano", "El presidente del Betis, Antonio Lozano"),
    (
        "Gustavo es una persona extraordinaria, pero los resultados no llegaban y teníamos que actuar",
        "Antonio Lozano",
        "Lozano",
    ),
    ("no bajen los brazos", "Gustavo Pellegrini", "Pellegrini"),
    (
        "No supe encontrar la tecla. Me voy triste, pero con la cabeza alta",
        "Gustavo Pellegrini",
        "el entrenador",
    ),
    (
        "Este equipo tiene calidad para salvarse, estoy seguro",
        "Gustavo Pellegrini",
        "el entrenador",
    ),
    ("Los que fallamos en el campo somos nosotros", "Joaquín Herrera", "el centrocampista"),
    ("Ahora nos toca dar la cara", "Joaquín Herrera", "el centrocampista"),
    ("Esa es la idea", "Raúl Manzano", "Manzano"),
    ("No podemos perder más tiempo.", "Raúl Manzano", "Manzano"),
    ("Es un reto enorme, pero estoy preparado", "Diego Mora", "Mora"),
    ("unidad", "Betis Triana", "Betis Triana"),
)

IT_ANSA_MANOVRA = """Manovra, la premier apre ai sindacati: "Pronti al confronto"

ROMA, 9 OTTOBRE - La presidente del Consiglio, Giulia Ferraris, ha aperto a un confronto con i sindacati sulla legge di bilancio, dopo lo sciopero generale di venerdì scorso. "Non abbiamo nulla da nascondere, e siamo pronti a discutere ogni singola voce della manovra", ha detto la premier a margine di un incontro a Palazzo Chigi.

Ferraris ha però escluso un ritorno al passato sulle pensioni. "Quota 100 è costata miliardi e non ha creato un solo posto di lavoro", ha aggiunto. Secondo la premier, la priorità resta il taglio del cuneo fiscale.

Il ministro dell'Economia, Roberto Colombo, ha difeso l'impianto della manovra davanti alle commissioni Bilancio di Camera e Senato. "I conti sono in ordine e lo dicono i mercati", ha affermato. Lo spread, ha ricordato Colombo, è sceso sotto i 120 punti base.

Di tutt'altro avviso la segretaria della Cgil, Francesca Bellini. "Questa manovra taglia la sanità e la scuola per finanziare i condoni", ha accusato. "Se il governo vuole davvero ascoltarci, ritiri i tagli. Altrimenti torneremo in piazza".

Anche la Uil ha bocciato il testo. Il leader Carlo Martucci ha parlato di "una manovra senza anima" e ha chiesto un incontro urgente con la presidente del Consiglio.

Più cauta la Cisl. Secondo il segretario generale, Marco Donati, ci sono "aperture da verificare" e il sindacato attende di leggere i testi definitivi. "Non firmiamo cambiali in bianco, ma non chiudiamo nessuna porta", ha spiegato.

Dall'opposizione, il segretario del Pd, Luca Rinaldi, ha definito la manovra "un gioco di prestigio". "Danno con una mano e tolgono con l'altra", ha detto Rinaldi ai cronisti a Montecitorio. Il leader del Movimento 5 Stelle ha annunciato una mozione contro il taglio del reddito di inclusione.

Fonti di Palazzo Chigi fanno sapere che l'incontro con le parti sociali potrebbe tenersi già la prossima settimana. "La porta è aperta", è la linea che filtra dall'entourage della premier.

Nella maggioranza non mancano le tensioni. Un esponente di Forza Italia, che chiede di restare anonimo, ammette che "sulla casa qualcosa va cambiato". La Lega, invece, insiste sulla flat tax per le partite Iva.

Il testo della legge di bilancio arriverà in aula a metà novembre. Il governo punta a blindarlo con la fiducia entro Natale.

Il cosiddetto "decreto omnibus", approvato ieri in Consiglio dei ministri, contiene intanto le misure per le imprese colpite dall'alluvione in Emilia-Romagna.

"Non lasceremo indietro nessuno", ha promesso la premier ai sindaci emiliani, collegati in videoconferenza. "I soldi ci sono e arriveranno entro dicembre".

Il presidente della Regione, Stefano Guidi, ha accolto con favore l'annuncio, ma ha chiesto "tempi certi". "Le imprese non possono aspettare altri sei mesi", ha sottolineato.
"""

IT_ANSA_MANOVRA_GOLD: Gold = (
    (
        "Non abbiamo nulla da nascondere, e siamo pronti a discutere ogni singola voce della manovra",
        "Giulia Ferraris",
        "la premier",
    ),
    (
        "Quota 100 è costata miliardi e non ha creato un solo posto di lavoro",
        "Giulia Ferraris",
        "Ferraris",
    ),
    (
        "I conti sono in ordine e lo dicono i mercati",
        "Roberto Colombo",
        "Il ministro dell'Economia, Roberto Colombo",
    ),
    (
        "Questa manovra taglia la sanità e la scuola per finanziare i condoni",
        "Francesca Bellini",
        "la segretaria della Cgil, Francesca Bellini",
    ),
    (
        "Se il governo vuole davvero ascoltarci, ritiri i tagli. Altrimenti torneremo in piazza",
        "Francesca Bellini",
        "la segretaria della Cgil, Francesca Bellini",
    ),
    ("una manovra senza anima", "Carlo Martucci", "Il leader Carlo Martucci"),
    ("aperture da verificare", "Marco Donati", "il segretario generale, Marco Donati"),
    (
        "Non firmiamo cambiali in bianco, ma non chiudiamo nessuna porta",
        "Marco Donati",
        "il segretario generale, Marco Donati",
    ),
    ("un gioco di prestigio", "Luca Rinaldi", "il segretario del Pd, Luca Rinaldi"),
    ("Danno con una mano e tolgono con l'altra", "Luca Rinaldi", "Rinaldi"),
    (
        "sulla casa qualcosa va cambiato",
        "Un esponente di Forza Italia",
        "Un esponente di Forza Italia",
    ),
    ("Non lasceremo indietro nessuno", "Giulia Ferraris", "la premier"),
    ("I soldi ci sono e arriveranno entro dicembre", "Giulia Ferraris", "la premier"),
    ("tempi certi", "Stefano Guidi", "Il presidente della Regione, Stefano Guidi"),
    (
        "Le imprese non possono aspettare altri sei mesi",
        "Stefano Guidi",
        "Il presidente della Regione, Stefano Guidi",
    ),
)

IT_CORRIERE_SCUOLA = """Milano, il liceo senza riscaldamento. Gli studenti: «Facciamo lezione col cappotto»

di Paola Marchetti

Alle otto del mattino, nell'aula 14 del liceo scientifico Volta, il termometro segna 13 gradi. I ragazzi della quarta B tengono addosso giacche e sciarpe. «Facciamo lezione col cappotto da due settimane», racconta Sofia, 17 anni, rappresentante d'istituto. «Ci dicono di avere pazienza, ma intanto ci ammaliamo».

La caldaia della scuola, installata alla fine degli anni Ottanta e riparata più volte negli ultimi inverni, si è guastata a fine ottobre. La Città metropolitana, proprietaria dell'edificio, ha promesso un intervento entro Natale. Ma per molti genitori è troppo tardi.

«È inaccettabile che nel 2026 un liceo di Milano non abbia il riscaldamento», dice Roberto Galli, presidente del consiglio d'istituto. Galli ha scritto una lettera al sindaco e al prefetto. «Non chiediamo miracoli, chiediamo una caldaia».

La preside, Anna Colombo, difende il lavoro della scuola. «Abbiamo fatto tutto il possibile: stufette elettriche, orari ridotti, lezioni in palestra», spiega nel suo ufficio. «Ma non posso riparare una caldaia con le mie mani».

Secondo la dirigente, il problema è strutturale. L'impianto ha più di quarant'anni e i pezzi di ricambio non si trovano più. «Ogni inverno è una lotteria», ammette.

Il consigliere metropolitano con delega all'edilizia scolastica, Davide Ferri, assicura che i fondi ci sono. «Abbiamo stanziato 400 mila euro. Il problema sono i tempi della gara d'appalto», spiega. Ferri promette che i lavori partiranno «al più tardi il 15 dicembre».

Gli studenti non si fidano. Lunedì hanno organizzato un presidio davanti alla sede della Città metropolitana, in via Vivaio. Sui cartelli si leggeva «Studiare non è un lusso».

— Ci avete promesso il riscaldamento a ottobre — ha urlato al megafono Luca, 18 anni. — Adesso siamo a dicembre.

Un professore di matematica, che preferisce non comparire, racconta di colleghi costretti a prendere giorni di malattia. «Siamo in sei assenti su quaranta, e non è un caso», dice.

Secondo l'Osservatorio sull'edilizia scolastica di Legambiente, a Milano una scuola su cinque ha problemi all'impianto di riscaldamento. «È il risultato di vent'anni di mancati investimenti», spiega la responsabile del rapporto, Chiara Fontana.

Il sindaco ha fatto sapere che seguirà personalmente la vicenda. In serata, un portavoce di Palazzo Marino ha confermato che da lunedì arriveranno dieci nuove stufe a pellet.

Sofia non si fa illusioni. «Vedremo. Qui ormai siamo abituati alle promesse», dice sorridendo. Poi torna in classe. Alla lavagna, qualcuno ha scritto con il gesso: «Benvenuti al Polo Nord».
"""

IT_CORRIERE_SCUOLA_GOLD: Gold = (
    ("Facciamo lezione col cappotto da due settimane", "Sofia", "Sofia"),
    ("Ci dicono di avere pazienza, ma intanto ci ammaliamo", "Sofia", "Sofia"),
    (
        "È inaccettabile che nel 2026 un liceo di Milano non abbia il riscaldamento",
        "Roberto Galli",
        "Roberto Galli",
    ),
    ("Non chiediamo miracoli, chiediamo una caldaia", "Roberto Galli", "Roberto Galli"),
    (
        "Abbiamo fatto tutto il possibile: stufette elettriche, orari ridotti, lezioni in palestra",
        "Anna Colombo",
        "La preside, Anna Colombo",
    ),
    (
        "Ma non posso riparare una caldaia con le mie mani",
        "Anna Colombo",
        "La preside, Anna Colombo",
    ),
    ("Ogni inverno è una lotteria", "Anna Colombo", "La preside, Anna Colombo"),
    (
        "Abbiamo stanziato 400 mila euro. Il problema sono i tempi della gara d'appalto",
        "Davide Ferri",
        "Davide Ferri",
    ),
    ("al più tardi il 15 dicembre", "Davide Ferri", "Davide Ferri"),
    ("Ci avete promesso il riscaldamento a ottobre", "Luca", "Luca"),
    ("Adesso siamo a dicembre.", "Luca", "Luca"),
    (
        "Siamo in sei assenti su quaranta, e non è un caso",
        "Un professore di matematica",
        "Un professore di matematica",
    ),
    (
        "È il risultato di vent'anni di mancati investimenti",
        "Chiara Fontana",
        "la responsabile del rapporto, Chiara Fontana",
    ),
    ("Vedremo. Qui ormai siamo abituati alle promesse", "Sofia", "Sofia"),
)

IT_ANSA_CALCIO = """Serie A, Rossetti dopo il derby: "Abbiamo dominato, ci manca solo il gol"

TORINO, 17 MARZO - Il Torino esce sconfitto dal derby della Mole ma il suo allenatore, Paolo Rossetti, non ha dubbi: "Abbiamo dominato per novanta minuti, ci è mancato solo il gol", ha detto il tecnico granata nella conferenza stampa del dopo partita.

La Juventus si è imposta 1-0 grazie a un colpo di testa del difensore brasiliano Thiago Nunes al 78'. Per i bianconeri è la terza vittoria consecutiva, che vale il secondo posto in classifica.

"Sono partite che si vincono con gli episodi. Oggi l'episodio è stato nostro", ha commentato l'allenatore della Juventus, Marco Bellandi. "Il Torino ha giocato bene, bisogna dargli merito".

Bellandi ha elogiato in particolare il suo portiere, autore di tre interventi decisivi nel primo tempo. "Senza di lui staremmo parlando di un'altra partita", ha riconosciuto.

Il portiere, l'italiano Federico Sala, ha minimizzato. "Ho fatto il mio lavoro. Il gol lo ha segnato Thiago, il merito è suo", ha detto ai microfoni di Dazn.

Rossetti ha contestato anche la direzione di gara. "Sul contatto in area al 60' c'era un rigore grande come una casa", ha attaccato. "Non capisco perché il Var non sia intervenuto".

Secondo l'ex arbitro Luigi Pazzini, interpellato da Sky, la decisione è stata corretta. "Il contatto c'è, ma è minimo. Non è un errore chiaro ed evidente", ha spiegato.

Il presidente del Torino, Ettore Morandi, ha preferito non commentare l'arbitraggio. Ha però espresso "piena fiducia" nell'allenatore, la cui posizione era stata messa in discussione dopo due sconfitte consecutive.

"Rossetti resta al suo posto, non c'è mai stato nessun dubbio", ha detto Morandi all'uscita dallo stadio.

Intanto il capitano granata, Andrea Ricci, ha chiesto scusa ai tifosi: "Meritavano di più. Ci rifaremo a Bergamo".

Secondo quanto filtra dall'ambiente bianconero, il club starebbe pensando di rinnovare il contratto di Bellandi fino al 2029. "Ne parleremo a fine stagione", si è limitato a dire il direttore sportivo Giorgio Landi.

Nella curva granata è comparso lo striscione "Il Toro non si arrende", mentre i tifosi bianconeri hanno intonato il coro "Siamo noi i padroni di Torino" per tutto il secondo tempo.

Il prossimo turno vedrà il Torino impegnato sabato a Bergamo contro l'Atalanta, mentre la Juventus ospiterà il Napoli domenica sera in una sfida che vale una fetta importante della corsa alla Champions League.

"Dobbiamo ripartire dalla prestazione", ha concluso Rossetti. "Se giochiamo così, i punti arriveranno".
"""

IT_ANSA_CALCIO_GOLD: Gold = (
    (
        "Abbiamo dominato per novanta minuti, ci è mancato solo il gol",
        "Paolo Rossetti",
        "il tecnico",
    ),
    (
        "Sono partite che si vincono con gli episodi. Oggi l'episodio è stato nostro",
        "Marco Bellandi",
        "l'allenatore della Juventus, Marco Bellandi",
    ),
    (
        "Il Torino ha giocato bene, bisogna dargli merito",
        "Marco Bellandi",
        "l'allenatore della Juventus, Marco Bellandi",
    ),
    ("Senza di lui staremmo parlando di un'altra partita", "Marco Bellandi", "Bellandi"),
    (
        "Sul contatto in area al 60' c'era un rigore grande come una casa",
        "Paolo Rossetti",
        "Rossetti",
    ),
    ("Non capisco perché il Var non sia intervenuto", "Paolo Rossetti", "Rossetti"),
    (
        "Il contatto c'è, ma è minimo. Non è un errore chiaro ed evidente",
        "Luigi Pazzini",
        "Luigi Pazzini",
    ),
    ("piena fiducia", "Ettore Morandi", "Il presidente del Torino, Ettore Morandi"),
    ("Rossetti resta al suo posto, non c'è mai stato nessun dubbio", "Ettore Morandi", "Morandi"),
    (
        "Meritavano di più. Ci rifaremo a Bergamo",
        "Andrea Ricci",
        "il capitano granata, Andrea Ricci",
    ),
    ("Ne parleremo a fine stagione", "Giorgio Landi", "il direttore sportivo Giorgio Landi"),
    ("Dobbiamo ripartire dalla prestazione", "Paolo Rossetti", "Rossetti"),
    ("Se giochiamo così, i punti arriveranno", "Paolo Rossetti", "Rossetti"),
)

PT_AGENCIA_BRASIL = """Governo anuncia novo programa de crédito para pequenos agricultores

Brasília - O governo federal anunciou nesta quarta-feira (15) um programa de crédito de R$ 12 bilhões para pequenos agricultores afetados pelas enchentes no Rio Grande do Sul. O anúncio foi feito pelo ministro do Desenvolvimento Agrário, Paulo Teixeira Lins, no Palácio do Planalto.

“Ninguém vai ficar para trás. Quem perdeu a lavoura vai ter crédito com juros baixos e prazo longo para pagar”, disse o ministro. Segundo ele, as primeiras liberações devem ocorrer ainda em novembro.

O presidente da Confederação Nacional dos Trabalhadores na Agricultura (Contag), Aristides Moura, elogiou a medida, mas cobrou agilidade. “O agricultor não pode esperar seis meses pelo dinheiro. A próxima safra começa agora”, afirmou.

De acordo com o Ministério da Fazenda, os recursos virão do Fundo Nacional de Desenvolvimento e não terão impacto sobre a meta fiscal. O secretário executivo da pasta, Rodrigo Almeida, garantiu que o programa “cabe no orçamento”.

A oposição criticou o anúncio. Para o deputado Marcos Vilela (PL-RS), o governo “chega atrasado” ao estado. “Há produtores que perderam tudo em maio e até hoje não receberam um centavo”, disse o parlamentar em entrevista à Agência Brasil.

A governadora do Rio Grande do Sul, Helena Barros, participou da cerimônia por videoconferência. Ela agradeceu o apoio federal e pediu que o programa inclua também os pescadores artesanais. “São famílias que vivem do rio e que perderam barcos, redes, tudo”, lembrou.

Segundo a governadora, mais de 40 mil famílias de pescadores foram atingidas pelas cheias.

Em nota, a Federação da Agricultura do Estado do Rio Grande do Sul (Farsul) afirmou que o valor é “insuficiente diante do tamanho da tragédia”. A entidade estima perdas de R$ 30 bilhões no setor.

O ministro rebateu as críticas. “É o maior programa de crédito emergencial da história do país. Se for preciso, vamos ampliar”, afirmou Teixeira Lins, ao deixar o palácio.

Produtores ouvidos pela reportagem em Canoas relatam dificuldades para acessar as linhas de crédito já existentes. “O banco pede documento que a água levou”, contou a agricultora Rosângela Pires, de 52 anos. “Como é que eu vou provar que tinha uma plantação, se não sobrou nem a cerca?”

Um técnico do Banco do Brasil, que pediu para não ser identificado, confirmou que a burocracia atrasa as liberações. “A gente quer ajudar, mas as regras são as mesmas de antes da enchente”, disse.

O programa, batizado de “Recomeça Campo”, será regulamentado por medida provisória a ser publicada nos próximos dias no Diário Oficial da União.

O presidente da República deve visitar a região na próxima semana, segundo a Secretaria de Comunicação Social.
"""

PT_AGENCIA_BRASIL_GOLD: Gold = (
    (
        "Ninguém vai ficar para trás. Quem perdeu a lavoura vai ter crédito com juros baixos e prazo longo para pagar",
        "Paulo Teixeira Lins",
        "o ministro",
    ),
    (
        "O agricultor não pode esperar seis meses pelo dinheiro. A próxima safra começa agora",
        "Aristides Moura",
        "Aristides Moura",
    ),
    ("cabe no orçamento", "Rodrigo Almeida", "O secretário executivo da pasta, Rodrigo Almeida"),
    ("chega atrasado", "Marcos Vilela", "o deputado Marcos Vilela"),
    (
        "Há produtores que perderam tudo em maio e até hoje não receberam um centavo",
        "Marcos Vilela",
        "o parlamentar",
    ),
    (
        "São famílias que vivem do rio e que perderam barcos, redes, tudo",
        "Helena Barros",
        "A governadora do Rio Grande do Sul, Helena Barros",
    ),
    (
        "insuficiente diante do tamanho da tragédia",
        "a Federação da Agricultura do Estado do Rio Grande do Sul",
        "a Federação da Agricultura do Estado do Rio Grande do Sul",
    ),
    (
        "É o maior programa de crédito emergencial da história do país. Se for preciso, vamos ampliar",
        "Paulo Teixeira Lins",
        "Teixeira Lins",
    ),
    ("O banco pede documento que a água levou", "Rosângela Pires", "a agricultora Rosângela Pires"),
    (
        "Como é que eu vou provar que tinha uma plantação, se não sobrou nem a cerca?",
        "Rosângela Pires",
        "a agricultora Rosângela Pires",
    ),
    (
        "A gente quer ajudar, mas as regras são as mesmas de antes da enchente",
        "Um técnico do Banco do Brasil",
        "Um técnico do Banco do Brasil",
    ),
)

PT_LUSA_SAUDE = """Greve dos médicos: ministra admite negociar mas recusa “aumentos irresponsáveis”

Lisboa, 21 nov 2026 (Lusa) - A ministra da Saúde, Teresa Cabral, admitiu hoje reabrir as negociações com os sindicatos médicos, no segundo dia de uma greve nacional que encerrou blocos operatórios e consultas em vários hospitais do país.

«Estamos disponíveis para voltar à mesa já na próxima semana», afirmou a governante, à margem de uma visita ao Hospital de Santa Maria, em Lisboa. «Mas não podemos aceitar aumentos que o país não consegue pagar.»

Segundo Teresa Cabral, a proposta do Governo prevê um aumento de 8% nos salários base, faseado ao longo de dois anos.

A Federação Nacional dos Médicos (FNAM) considera a proposta «insuficiente». A presidente da estrutura sindical, Joana Vieira, afirmou à agência Lusa que a adesão à greve ronda os 85%.

«Os médicos estão cansados de promessas. Há colegas a fazer 400 horas extraordinárias por ano porque não há gente», disse Joana Vieira. «Se nada mudar, vamos continuar a perder profissionais para o privado e para o estrangeiro.»

O Sindicato Independente dos Médicos (SIM) tem uma posição mais moderada. O seu secretário-geral, Nuno Rebelo, admitiu que «há margem para um acordo» e disse esperar que a reunião da próxima semana seja «produtiva».

Na oposição, o líder parlamentar do PS, Miguel Antunes, acusou o Governo de «empurrar o problema com a barriga». «A ministra fala em diálogo, mas a única coisa que os portugueses veem são urgências fechadas», declarou na Assembleia da República.

À porta do Hospital de Santa Maria, os utentes mostravam-se divididos. «Tenho uma cirurgia marcada há oito meses e hoje mandaram-me para casa», queixou-se Manuel Sousa, reformado, de 71 anos. Ainda assim, diz compreender os médicos. «Eles também têm razão. Trabalham demais.»

Um médico interno do serviço de cirurgia, que não quis ser identificado, explicou à Lusa que muitos jovens clínicos já pensam em emigrar. «Eu próprio tenho uma proposta de um hospital em Genebra. Ganharia quatro vezes mais.»

O primeiro-ministro, José Matias, foi questionado sobre a greve durante uma deslocação ao Porto. «Confio na ministra e confio no diálogo», respondeu, recusando fazer mais comentários.

De acordo com dados do Ministério da Saúde, foram adiadas cerca de 12 mil consultas e 900 cirurgias nos dois primeiros dias de greve.

A greve termina na sexta-feira. A FNAM já anunciou uma nova paralisação para dezembro caso não haja acordo.

Questionada sobre se a ministra tem condições para continuar no cargo, Joana Vieira foi evasiva. «Isso é uma pergunta para o primeiro-ministro», disse.

A expressão «Serviço Nacional de Saúde em coma», usada nos cartazes dos manifestantes, tornou-se viral nas redes sociais.
"""

PT_LUSA_SAUDE_GOLD: Gold = (
    (
        "Estamos disponíveis para voltar à mesa já na próxima semana",
        "Teresa Cabral",
        "a governante",
    ),
    (
        "Mas não podemos aceitar aumentos que o país não consegue pagar.",
        "Teresa Cabral",
        "a governante",
    ),
    (
        "Os médicos estão cansados de promessas. Há colegas a fazer 400 horas extraordinárias por ano porque não há gente",
        "Joana Vieira",
        "Joana Vieira",
    ),
    (
        "Se nada mudar, vamos continuar a perder profissionais para o privado e para o estrangeiro.",
        "Joana Vieira",
        "Joana Vieira",
    ),
    ("há margem para um acordo", "Nuno Rebelo", "O seu secretário-geral, Nuno Rebelo"),
    ("produtiva", "Nuno Rebelo", "O seu secretário-geral, Nuno Rebelo"),
    (
        "A ministra fala em diálogo, mas a única coisa que os portugueses veem são urgências fechadas",
        "Miguel Antunes",
        "o líder parlamentar do PS, Miguel Antunes",
    ),
    (
        "Tenho uma cirurgia marcada há oito meses e hoje mandaram-me para casa",
        "Manuel Sousa",
        "Manuel Sousa",
    ),
    ("Eles também têm razão. Trabalham demais.", "Manuel Sousa", "Manuel Sousa"),
    (
        "Eu próprio tenho uma proposta de um hospital em Genebra. Ganharia quatro vezes mais.",
        "Um médico interno do serviço de cirurgia",
        "Um médico interno do serviço de cirurgia",
    ),
    ("Confio na ministra e confio no diálogo", "José Matias", "O primeiro-ministro, José Matias"),
    ("Isso é uma pergunta para o primeiro-ministro", "Joana Vieira", "Joana Vieira"),
)

PT_FOLHA_ELEICAO = """Prefeita de Recife lidera pesquisa e adversário fala em “virada”

Por Juliana Carvalho

RECIFE - A prefeita do Recife, Camila Andrade (PSB), lidera a corrida pela reeleição com 41% das intenções de voto, segundo pesquisa Datafolha divulgada nesta sexta-feira. Em segundo lugar aparece o deputado estadual Rafael Cordeiro (PL), com 27%.

Em entrevista à Folha, a prefeita disse receber os números “com humildade”. “Pesquisa não ganha eleição. Vamos continuar andando nos bairros e ouvindo as pessoas”, afirmou ela durante agenda em Casa Amarela, na zona norte da cidade.

Cordeiro minimizou a desvantagem. “Em 2020 eu estava com 8% nesta altura e terminei em segundo. A virada vai acontecer”, disse o deputado, que aposta no discurso da segurança pública.

Segundo o candidato, a prefeitura “abandonou as periferias” e deixou a violência crescer. Ele promete colocar 2.000 guardas municipais armados nas ruas.

A campanha da prefeita rebateu. Em nota, a coordenação afirmou que os índices de homicídio caíram 18% na capital desde 2021 e que o adversário “vende soluções mágicas”.

Para o cientista político Fernando Lacerda, da UFPE, a disputa ainda está aberta. “A prefeita tem uma vantagem confortável, mas 30% dos eleitores ainda não decidiram. Um debate ruim pode mudar tudo”, avaliou.

Na feira de Água Fria, os eleitores ouvidos pela reportagem se dividiam. “Ela fez o calçamento da minha rua, isso eu não esqueço”, disse a vendedora Maria José Santos, 58. Ao lado, o taxista Edson Ribeiro discordava. “Calçamento não adianta se eu não posso sair de casa à noite.”

A terceira colocada, a vereadora Luana Freitas (PSOL), com 11%, disse que a pesquisa mostra “o cansaço com a polarização”. “Tem muita gente que não quer nem um nem outro”, declarou, em ato no centro.

Um integrante da coordenação de campanha de Cordeiro, que falou sob condição de anonimato, admitiu que a estratégia agora é atrair os indecisos. “A gente precisa falar com quem ainda não prestou atenção na eleição”, disse.

O primeiro debate na TV está marcado para o dia 12. A prefeita confirmou presença. Perguntada se teme o confronto direto, riu. “Eu gosto de debate. É onde a gente mostra o que fez.”

A pesquisa, contratada pela Folha e registrada no Tribunal Regional Eleitoral, ouviu 1.120 eleitores em todas as regiões da cidade entre terça e quinta-feira. A margem de erro é de três pontos percentuais para mais ou para menos.

O slogan da campanha de Cordeiro, “Recife sem medo”, tem sido repetido pelo candidato em todas as agendas.
"""

PT_FOLHA_ELEICAO_GOLD: Gold = (
    ("com humildade", "Camila Andrade", "a prefeita"),
    (
        "Pesquisa não ganha eleição. Vamos continuar andando nos bairros e ouvindo as pessoas",
        "Camila Andrade",
        "ela",
    ),
    (
        "Em 2020 eu estava com 8% nesta altura e terminei em segundo. A virada vai acontecer",
        "Rafael Cordeiro",
        "o deputado",
    ),
    ("abandonou as periferias", "Rafael Cordeiro", "o candidato"),
    (
        "A prefeita tem uma vantagem confortável, mas 30% dos eleitores ainda não decidiram. Um debate ruim pode mudar tudo",
        "Fernando Lacerda",
        "Fernando Lacerda",
    ),
    (
        "Ela fez o calçamento da minha rua, isso eu não esqueço",
        "Maria José Santos",
        "a vendedora Maria José Santos",
    ),
    (
        "Calçamento não adianta se eu não posso sair de casa à noite.",
        "Edson Ribeiro",
        "o taxista Edson Ribeiro",
    ),
    ("o cansaço com a polarização", "Luana Freitas", "a vereadora Luana Freitas"),
    ("Tem muita gente que não quer nem um nem outro", "Luana Freitas", "a vereadora Luana Freitas"),
    (
        "A gente precisa falar com quem ainda não prestou atenção na eleição",
        "Um integrante da coordenação de campanha de Cordeiro",
        "Um integrante da coordenação de campanha de Cordeiro",
    ),
)

NL_ANP_STIKSTOF = """Kabinet en boeren bereiken voorlopig akkoord over stikstof

DEN HAAG (ANP) - Het kabinet en de landbouworganisaties hebben na maanden van overleg een voorlopig akkoord bereikt over de aanpak van de stikstofuitstoot. Dat maakte minister van Landbouw Femke de Groot dinsdagavond bekend na afloop van een lange vergadering op het ministerie.

"Dit is geen akkoord waar iedereen blij mee is, maar wel een akkoord waar iedereen mee kan leven", zei De Groot tegen verslaggevers. Volgens de minister krijgen boeren tot 2035 de tijd om hun uitstoot met een derde te verminderen.

Het akkoord voorziet in een fonds van 8 miljard euro voor boeren die willen verduurzamen of stoppen. Gedwongen uitkoop is van tafel, benadrukte De Groot. "Niemand wordt van zijn land gezet. Dat heb ik vanaf het begin beloofd."

LTO-voorzitter Gerrit Jansen sprak van "een belangrijke stap". "We hebben lang moeten praten, maar de boer staat weer centraal", aldus Jansen. Hij waarschuwt wel dat het geld snel beschikbaar moet komen. "Boeren kunnen niet nog jaren wachten op duidelijkheid."

Niet iedereen is tevreden. Milieuorganisatie Greenpeace noemt het akkoord "een gemiste kans". Volgens woordvoerder Anouk Mulder is het tempo veel te laag om de natuur te redden. "De rechter heeft al meerdere keren gezegd dat het sneller moet. Dit kabinet kiest opnieuw voor uitstel", zegt Mulder.

Ook in de Tweede Kamer zijn de reacties verdeeld. GroenLinks-PvdA-fractievoorzitter Jesse van Dam vindt het akkoord "boterzacht". BBB-leider Ineke Bos is juist positief. "Eindelijk wordt er naar de boeren geluisterd in plaats van over ze gepraat", zei ze in een reactie.

De Raad van State moet nog advies uitbrengen over het wetsvoorstel dat uit het akkoord voortvloeit. Een woordvoerder van de Raad wilde niet op de inhoud vooruitlopen.

Een ambtenaar die bij de onderhandelingen betrokken was, zegt dat het akkoord vorige week bijna klapte. "Op een gegeven moment zijn er mensen weggelopen. Dat we er toch uit zijn gekomen, is eigenlijk een klein wonder."

Volgens de Universiteit Wageningen is de doelstelling haalbaar, mits boeren ook echt investeren in nieuwe stallen en minder vee houden. Hoogleraar Pieter Hoekstra noemt de afspraken "realistisch, maar krap".

"Als de helft van de boeren meedoet, halen we het doel. Als het een kwart is, niet", legt hij uit.

De minister wil het wetsvoorstel voor de zomer naar de Kamer sturen. "We hebben nu een akkoord. Nu moeten we het ook uitvoeren", zei De Groot.

De actiegroep 'Boeren in Verzet' heeft laten weten voorlopig geen nieuwe acties te plannen. Het akkoord wordt de komende weken voorgelegd aan de achterban van de landbouworganisaties.
"""

NL_ANP_STIKSTOF_GOLD: Gold = (
    (
        "Dit is geen akkoord waar iedereen blij mee is, maar wel een akkoord waar iedereen mee kan leven",
        "Femke de Groot",
        "De Groot",
    ),
    (
        "Niemand wordt van zijn land gezet. Dat heb ik vanaf het begin beloofd.",
        "Femke de Groot",
        "De Groot",
    ),
    ("een belangrijke stap", "Gerrit Jansen", "LTO-voorzitter Gerrit Jansen"),
    ("We hebben lang moeten praten, maar de boer staat weer centraal", "Gerrit Jansen", "Jansen"),
    ("Boeren kunnen niet nog jaren wachten op duidelijkheid.", "Gerrit Jansen", "Jansen"),
    ("een gemiste kans", "Milieuorganisatie Greenpeace", "Milieuorganisatie Greenpeace"),
    (
        "De rechter heeft al meerdere keren gezegd dat het sneller moet. Dit kabinet kiest opnieuw voor uitstel",
        "Anouk Mulder",
        "Mulder",
    ),
    ("boterzacht", "Jesse van Dam", "GroenLinks-PvdA-fractievoorzitter Jesse van Dam"),
    (
        "Eindelijk wordt er naar de boeren geluisterd in plaats van over ze gepraat",
        "Ineke Bos",
        "ze",
    ),
    (
        "Op een gegeven moment zijn er mensen weggelopen. Dat we er toch uit zijn gekomen, is eigenlijk een klein wonder.",
        "Een ambtenaar",
        "Een ambtenaar",
    ),
    ("realistisch, maar krap", "Pieter Hoekstra", "Hoogleraar Pieter Hoekstra"),
    (
        "Als de helft van de boeren meedoet, halen we het doel. Als het een kwart is, niet",
        "Pieter Hoekstra",
        "hij",
    ),
    ("We hebben nu een akkoord. Nu moeten we het ook uitvoeren", "Femke de Groot", "De Groot"),
)

NL_NOS_ZIEKENHUIS = """Ziekenhuis in Zeeland sluit spoedeisende hulp 's nachts: 'Onverantwoord'

De spoedeisende hulp van het ziekenhuis in Goes gaat vanaf 1 maart 's nachts dicht. Dat heeft de raad van bestuur van het Zeeuwse ziekenhuis bekendgemaakt. Patiënten moeten tussen 23.00 en 07.00 uur naar Vlissingen of Bergen op Zoom.

Volgens bestuursvoorzitter Marieke Verhoeven is er geen alternatief. 'We hebben simpelweg niet genoeg artsen en verpleegkundigen om de nachtdiensten te vullen', zegt ze. 'Ik ga liever eerlijk om met dit tekort dan dat ik onveilige zorg lever.'

In de regio is de woede groot. Burgemeester Hans Koster van Goes noemt het besluit 'onverantwoord'. 'Bij een hartaanval telt elke minuut. Vanuit Yerseke ben je 's nachts straks een uur onderweg', zegt hij.

Huisarts Sandra Wielemaker, die al twintig jaar in Kapelle werkt, maakt zich zorgen om haar oudere patiënten. 'Mensen gaan twijfelen of ze wel de ambulance moeten bellen. En dan is het te laat.'

De Zeeuwse Statenfractie van het CDA heeft vragen gesteld aan de provincie. Statenlid Wim de Vos wil weten of de ambulancezorg is voorbereid op de extra ritten. 'Er rijden 's nachts nu vier ambulances in heel Zeeland. Dat is niet genoeg', aldus De Vos.

Volgens de Regionale Ambulancevoorziening Zeeland komt er vanaf maart een extra wagen bij. 'Daarmee vangen we het meeste op, maar niet alles', zegt directeur Erik Smits. Hij roept inwoners op om bij twijfel altijd 112 te bellen.

Minister van Volksgezondheid Karin Hofman liet in een reactie weten dat ze het besluit 'betreurt', maar dat het ziekenhuis zelf verantwoordelijk is. 'Ik kan niet vanuit Den Haag bepalen hoe een ziekenhuis zijn roosters vult', zei de minister.

Een verpleegkundige van de afdeling, die anoniem wil blijven, zegt dat de sluiting op de werkvloer geen verrassing was. 'We draaien al maanden met uitzendkrachten. Iedereen zag dit aankomen.'

Verhoeven erkent dat het ziekenhuis te laat aan de bel heeft getrokken. 'Dat had eerder gemoeten, daar heb ik spijt van.' Ze belooft dat de maatregel tijdelijk is en dat de spoedeisende hulp weer volledig opengaat zodra er genoeg personeel is.

Het actiecomité 'Houd de SEH open' heeft inmiddels ruim 25.000 handtekeningen verzameld. Op zaterdag is een protestmars gepland door het centrum van Goes.

'We geven niet op', zegt woordvoerder Lotte Brouwer van het comité. 'Dit is geen luxe, dit is een levensvoorziening.'

Of de maatregel echt tijdelijk is, betwijfelt Koster. 'Wat 's nachts dichtgaat, gaat zelden weer open', zegt de burgemeester.
"""

NL_NOS_ZIEKENHUIS_GOLD: Gold = (
    (
        "We hebben simpelweg niet genoeg artsen en verpleegkundigen om de nachtdiensten te vullen",
        "Marieke Verhoeven",
        "ze",
    ),
    (
        "Ik ga liever eerlijk om met dit tekort dan dat ik onveilige zorg lever.",
        "Marieke Verhoeven",
        "ze",
    ),
    ("onverantwoord", "Hans Koster", "Burgemeester Hans Koster"),
    (
        "Bij een hartaanval telt elke minuut. Vanuit Yerseke ben je 's nachts straks een uur onderweg",
        "Hans Koster",
        "hij",
    ),
    (
        "Mensen gaan twijfelen of ze wel de ambulance moeten bellen. En dan is het te laat.",
        "Sandra Wielemaker",
        "Huisarts Sandra Wielemaker",
    ),
    (
        "Er rijden 's nachts nu vier ambulances in heel Zeeland. Dat is niet genoeg",
        "Wim de Vos",
        "De Vos",
    ),
    ("Daarmee vangen we het meeste op, maar niet alles", "Erik Smits", "directeur Erik Smits"),
    ("betreurt", "Karin Hofman", "Minister van Volksgezondheid Karin Hofman"),
    (
        "Ik kan niet vanuit Den Haag bepalen hoe een ziekenhuis zijn roosters vult",
        "Karin Hofman",
        "de minister",
    ),
    (
        "We draaien al maanden met uitzendkrachten. Iedereen zag dit aankomen.",
        "Een verpleegkundige van de afdeling",
        "Een verpleegkundige van de afdeling",
    ),
    ("Dat had eerder gemoeten, daar heb ik spijt van.", "Marieke Verhoeven", "Verhoeven"),
    ("We geven niet op", "Lotte Brouwer", "woordvoerder Lotte Brouwer"),
    (
        "Dit is geen luxe, dit is een levensvoorziening.",
        "Lotte Brouwer",
        "woordvoerder Lotte Brouwer",
    ),
    ("Wat 's nachts dichtgaat, gaat zelden weer open", "Hans Koster", "de burgemeester"),
)

NL_BELGA_VOETBAL = """Club Brugge ontslaat trainer na pijnlijke nederlaag in Antwerpen

BRUGGE (Belga) - Club Brugge heeft maandag trainer Stijn Peeters ontslagen. De club reageert daarmee op de 4-0 nederlaag van zondag op het veld van Antwerp, de derde nederlaag op rij in de Jupiler Pro League.

"We danken Stijn voor zijn inzet, maar we zijn van mening dat een nieuwe impuls nodig is", zo meldt Club Brugge in een persbericht. Assistent-trainer Koen Maes neemt voorlopig over.

Voorzitter Bart Verhaeghe van Club Brugge lichtte de beslissing maandagmiddag toe op een persconferentie. "Dit is een van de moeilijkste beslissingen die ik als voorzitter heb moeten nemen", zei hij. "Stijn is een fantastische mens, maar de resultaten volgen niet."

Peeters zelf reageerde via sociale media. "Ik heb alles gegeven voor deze club en ik ga met opgeheven hoofd weg", schreef de 46-jarige trainer. Hij bedankte de spelers en de supporters voor hun steun.

Volgens sportief directeur Dirk Claes is de zoektocht naar een opvolger al begonnen. "We willen snel schakelen. Binnen twee weken willen we een nieuwe trainer voorstellen", zei Claes in gesprek met Belga.

Aanvoerder Thomas Janssens was zichtbaar aangedaan. "Het is onze schuld, niet die van de trainer", zei de middenvelder na de training. "Wij hebben op het veld niet geleverd."

Volgens ingewijden staat de Nederlander Ruud van Leeuwen bovenaan het lijstje. De oud-trainer van FC Twente is sinds de zomer zonder club. Zijn zaakwaarnemer wilde niet reageren.

Bij de supporters was de reactie gemengd. "Het was tijd", zei een supporter die al dertig jaar een abonnement heeft. "Maar het probleem zit dieper dan de trainer."

De Brugse supportersfederatie riep het bestuur op om "eindelijk een langetermijnvisie" uit te werken. Op de tribune hing zondag een spandoek met de tekst 'Waar is ons Club?'.

Oud-speler en analist Frank Dewulf vindt het ontslag terecht. "Het elftal had geen gezicht meer", zegt hij. "Dan moet je als bestuur ingrijpen, hoe pijnlijk dat ook is."

Koen Maes, die al zes jaar in de technische staf zit, staat zaterdag voor het eerst aan het hoofd van de ploeg tegen KV Mechelen. "Ik ben er klaar voor", zei Maes kort.

Club Brugge staat na veertien speeldagen zesde in de stand, op elf punten van leider Union. Vorig seizoen werd de club nog landskampioen.

Het ontslag van Peeters is het eerste van dit seizoen in de hoogste klasse. Volgens cijfers van de Pro League ontsloegen Belgische clubs vorig seizoen samen elf trainers.
"""

NL_BELGA_VOETBAL_GOLD: Gold = (
    (
        "We danken Stijn voor zijn inzet, maar we zijn van mening dat een nieuwe impuls nodig is",
        "Club Brugge",
        "Club Brugge",
    ),
    (
        "Dit is een van de moeilijkste beslissingen die ik als voorzitter heb moeten nemen",
        "Bart Verhaeghe",
        "hij",
    ),
    ("Stijn is een fantastische mens, maar de resultaten volgen niet.", "Bart Verhaeghe", "hij"),
    (
        "Ik heb alles gegeven voor deze club en ik ga met opgeheven hoofd weg",
        "Stijn Peeters",
        "de 46-jarige trainer",
    ),
    (
        "We willen snel schakelen. Binnen twee weken willen we een nieuwe trainer voorstellen",
        "Dirk Claes",
        "Claes",
    ),
    ("Het is onze schuld, niet die van de trainer", "Thomas Janssens", "de middenvelder"),
    ("Wij hebben op het veld niet geleverd.", "Thomas Janssens", "de middenvelder"),
    ("Het was tijd", "een supporter", "een supporter"),
    ("Maar het probleem zit dieper dan de trainer.", "een supporter", "een supporter"),
    ("Het elftal had geen gezicht meer", "Frank Dewulf", "hij"),
    ("Dan moet je als bestuur ingrijpen, hoe pijnlijk dat ook is.", "Frank Dewulf", "hij"),
    ("Ik ben er klaar voor", "Koen Maes", "Maes"),
)

#: Every story by name: its text and its gold.
CASES: dict[str, tuple[str, Gold]] = {
    "de_dpa_haushalt": (DE_DPA_HAUSHALT, DE_DPA_HAUSHALT_GOLD),
    "de_sz_klinik": (DE_SZ_KLINIK, DE_SZ_KLINIK_GOLD),
    "de_apa_wahl": (DE_APA_WAHL, DE_APA_WAHL_GOLD),
    "fr_afp_retraites": (FR_AFP_RETRAITES, FR_AFP_RETRAITES_GOLD),
    "fr_monde_vignes": (FR_MONDE_VIGNES, FR_MONDE_VIGNES_GOLD),
    "fr_belga_bruxelles": (FR_BELGA_BRUXELLES, FR_BELGA_BRUXELLES_GOLD),
    "es_efe_vivienda": (ES_EFE_VIVIENDA, ES_EFE_VIVIENDA_GOLD),
    "es_pais_sequia": (ES_PAIS_SEQUIA, ES_PAIS_SEQUIA_GOLD),
    "es_efe_futbol": (ES_EFE_FUTBOL, ES_EFE_FUTBOL_GOLD),
    "it_ansa_manovra": (IT_ANSA_MANOVRA, IT_ANSA_MANOVRA_GOLD),
    "it_corriere_scuola": (IT_CORRIERE_SCUOLA, IT_CORRIERE_SCUOLA_GOLD),
    "it_ansa_calcio": (IT_ANSA_CALCIO, IT_ANSA_CALCIO_GOLD),
    "pt_agencia_brasil": (PT_AGENCIA_BRASIL, PT_AGENCIA_BRASIL_GOLD),
    "pt_lusa_saude": (PT_LUSA_SAUDE, PT_LUSA_SAUDE_GOLD),
    "pt_folha_eleicao": (PT_FOLHA_ELEICAO, PT_FOLHA_ELEICAO_GOLD),
    "nl_anp_stikstof": (NL_ANP_STIKSTOF, NL_ANP_STIKSTOF_GOLD),
    "nl_nos_ziekenhuis": (NL_NOS_ZIEKENHUIS, NL_NOS_ZIEKENHUIS_GOLD),
    "nl_belga_voetbal": (NL_BELGA_VOETBAL, NL_BELGA_VOETBAL_GOLD),
}

#: The role of the speaker of some quotes, as written in the text.
ROLES: dict[tuple[str, str], str] = {
    (
        "de_dpa_haushalt",
        "Wir werden diesen Haushalt gemeinsam beschließen, oder wir werden gemeinsam scheitern",
    ): "Bundeskanzler",
    (
        "de_apa_wahl",
        "Wir haben lange darauf gedrängt, und jetzt bewegt sich endlich etwas",
    ): "ÖVP-Landesparteiobmann",
    ("fr_afp_retraites", "pas négociable"): "Premier ministre",
    (
        "fr_belga_bruxelles",
        "Ce budget repose sur des hypothèses de croissance totalement irréalistes",
    ): "chef de groupe MR au Parlement bruxellois",
    (
        "es_efe_vivienda",
        "Es la ley más ambiciosa de nuestra democracia en materia de vivienda",
    ): "presidente del Gobierno",
    ("it_ansa_manovra", "Non lasceremo indietro nessuno"): "premier",
    ("pt_lusa_saude", "Estamos disponíveis para voltar à mesa já na próxima semana"): "governante",
    ("nl_anp_stikstof", "boterzacht"): "GroenLinks-PvdA-fractievoorzitter",
}

# -- six more stories, of other outlets and genres: sport (SID), a court report
# (Ouest-France style), business (Europa Press), culture (Adnkronos), local news
# (Público style) and an interview (Volkskrant style)

DE_SID_FUSSBALL = """Hertha-Trainer Kessler nach Pleite in Rostock: „Das war nicht bundesligareif“

ROSTOCK (SID) - Nach der dritten Niederlage in Serie wächst bei Hertha Schwerin der Druck auf Trainer Dominik Kessler. Beim 0:2 im Ostseestadion blieb sein Team über weite Strecken harmlos, die Fans pfiffen die Mannschaft nach dem Schlusspfiff gnadenlos aus. „Das war nicht bundesligareif, das muss man so deutlich sagen“, sagte Kessler nach dem Spiel. „Wir haben keine einzige zwingende Torchance herausgespielt.“

Die Rostocker gingen bereits in der 14. Minute durch einen Kopfball von Jonas Weidemann in Führung. Nach einem Fehler von Schwerins Innenverteidiger Marko Petrović erhöhte der eingewechselte Lukas Hain kurz vor Schluss auf 2:0. Hansa-Trainer Frank Ehlers lobte seine Mannschaft für eine „reife, konzentrierte Leistung“. Man habe genau das umgesetzt, was man sich vorgenommen habe.

Petrović nahm die Schuld für das zweite Gegentor auf sich. „Den Ball muss ich einfach wegschlagen, da gibt es nichts zu beschönigen“, sagte der 27-Jährige. „Ich habe die Mannschaft heute im Stich gelassen.“

Sportvorstand Carsten Mühlbauer stellte sich demonstrativ hinter den Trainer. „Wir diskutieren keine Personalien, schon gar nicht nach drei Spielen“, sagte Mühlbauer dem Sport-Informations-Dienst. Kessler genieße das volle Vertrauen des Vorstands. Auf die Frage, ob das auch nach einer weiteren Niederlage gelte, antwortete er knapp: „Ich beantworte keine hypothetischen Fragen.“

In der Fankurve war die Stimmung deutlich gereizter. Auf einem Transparent stand: „Kessler raus – Wir sind Schwerin!“ Ein langjähriger Dauerkarteninhaber, der seinen Namen nicht nennen wollte, sagte, die Mannschaft wirke „leer und ohne Plan“.

Sorgen bereitet dem Verein zudem die Personallage. Stürmer Emre Yıldız musste in der zweiten Halbzeit mit einer Oberschenkelverletzung vom Platz. Mannschaftsarzt Dr. Heiko Lenz sprach von einer „deutlichen Zerrung“. Eine genaue Diagnose solle eine MRT-Untersuchung am Montag bringen. „Ich gehe davon aus, dass er mindestens zwei Wochen ausfällt“, sagte Lenz.

Kapitän Tim Brandenburger versuchte, die Wogen zu glätten. „Wir stehen alle in der Verantwortung, nicht nur der Trainer“, sagte der Mittelfeldspieler. „Jeder muss in den Spiegel schauen.“ Er forderte eine Reaktion im Heimspiel gegen den VfL Halberstadt am kommenden Samstag.

Kessler selbst will von einer Krise nichts wissen. Er habe in der Kabine „klare Worte“ gefunden, sagte der 46-Jährige. Die Mannschaft habe Qualität, das habe sie in der Hinrunde oft genug gezeigt. „Wir werden da gemeinsam rauskommen. Daran habe ich keinen Zweifel.“

Hertha Schwerin rutschte durch die Niederlage auf den 15. Tabellenplatz ab und hat nur noch zwei Punkte Vorsprung auf den Relegationsrang.
"""

DE_SID_FUSSBALL_GOLD: Gold = (
    ("Das war nicht bundesligareif, das muss man so deutlich sagen", "Dominik Kessler", "Kessler"),
    ("Wir haben keine einzige zwingende Torchance herausgespielt.", "Dominik Kessler", "Kessler"),
    ("reife, konzentrierte Leistung", "Frank Ehlers", "Hansa-Trainer Frank Ehlers"),
    (
        "Den Ball muss ich einfach wegschlagen, da gibt es nichts zu beschönigen",
        "Marko Petrović",
        "der 27-Jährige",
    ),
    ("Ich habe die Mannschaft heute im Stich gelassen.", "Marko Petrović", "der 27-Jährige"),
    (
        "Wir diskutieren keine Personalien, schon gar nicht nach drei Spielen",
        "Carsten Mühlbauer",
        "Mühlbauer",
    ),
    ("Ich beantworte keine hypothetischen Fragen.", "Carsten Mühlbauer", "er"),
    (
        "leer und ohne Plan",
        "Ein langjähriger Dauerkarteninhaber",
        "Ein langjähriger Dauerkarteninhaber",
    ),
    ("deutlichen Zerrung", "Heiko Lenz", "Mannschaftsarzt Dr. Heiko Lenz"),
    ("Ich gehe davon aus, dass er mindestens zwei Wochen ausfällt", "Heiko Lenz", "Lenz"),
    (
        "Wir stehen alle in der Verantwortung, nicht nur der Trainer",
        "Tim Brandenburger",
        "der Mittelfeldspieler",
    ),
    ("Jeder muss in den Spiegel schauen.", "Tim Brandenburger", "der Mittelfeldspieler"),
    ("klare Worte", "Dominik Kessler", "der 46-Jährige"),
    (
        "Wir werden da gemeinsam rauskommen. Daran habe ich keinen Zweifel.",
        "Dominik Kessler",
        "der 46-Jährige",
    ),
)

FR_OUEST_TRIBUNAL = """Vannes : dix-huit mois de prison avec sursis pour l'ancien trésorier du club de voile

L'ancien trésorier de la Société nautique du Golfe a été condamné mardi par le tribunal correctionnel de Vannes pour avoir détourné près de 94 000 euros entre 2019 et 2023. Il devra également rembourser l'intégralité des sommes.

Par Anne-Sophie Le Gall

Il a gardé les yeux baissés pendant presque toute l'audience. Yves Kerbrat, 61 ans, retraité de la fonction publique, était jugé pour abus de confiance. Pendant quatre ans, il a viré de l'argent du club vers ses propres comptes, en maquillant les opérations en frais de régates ou en achats de matériel.

« J'avais honte, mais je n'arrivais plus à m'arrêter », a-t-il reconnu à la barre d'une voix à peine audible. Il a expliqué avoir voulu combler les dettes de jeu de son fils. « Je pensais tout rembourser avant la fin de la saison. Je me suis menti à moi-même. »

La présidente du tribunal, Catherine Morvan, ne s'est pas montrée convaincue. « Vous avez eu quatre ans pour vous arrêter, monsieur. Quatre ans, et des dizaines de virements », a-t-elle relevé, en feuilletant le rapport de l'expert-comptable.

Le détournement avait été découvert au printemps 2023 par la nouvelle présidente du club, Maëlle Guillou, lors du renouvellement des assurances. Partie civile, elle a décrit un club « trahi de l'intérieur ». « Nous avons dû annuler deux stages pour les enfants. Certains bénévoles ont arrêté, ils ne voulaient plus entendre parler du club », a-t-elle témoigné.

Pour le procureur de la République, Thibault Renaud, le prévenu a agi « avec méthode et sang-froid ». Il a requis deux ans de prison, dont dix-huit mois avec sursis, et une interdiction de gérer toute association pendant cinq ans. « Ce n'est pas un moment d'égarement. C'est un système », a-t-il martelé.

L'avocate de la défense, Me Juliette Caradec, a plaidé la clémence. Elle a rappelé que son client n'avait aucun antécédent et qu'il avait déjà remboursé 20 000 euros. « Il a tout perdu : sa réputation, ses amis, sa place sur les pontons. Il n'a pas besoin de prison pour comprendre », a plaidé l'avocate.

Après une heure de délibéré, le tribunal a finalement prononcé une peine de dix-huit mois avec sursis, assortie de l'obligation de rembourser le club et d'une interdiction de gérer pendant cinq ans.

À la sortie de la salle d'audience, Maëlle Guillou s'est dite « soulagée que ce soit terminé ». Le club compte désormais tourner la page. Un bénévole, qui préfère rester anonyme, résumait le sentiment général : « On a été naïfs. On lui faisait confiance, c'était notre ami. »

Yves Kerbrat, lui, a quitté le palais de justice sans un mot pour la presse.
"""

FR_OUEST_TRIBUNAL_GOLD: Gold = (
    ("J'avais honte, mais je n'arrivais plus à m'arrêter", "Yves Kerbrat", "il"),
    (
        "Je pensais tout rembourser avant la fin de la saison. Je me suis menti à moi-même.",
        "Yves Kerbrat",
        "il",
    ),
    (
        "Vous avez eu quatre ans pour vous arrêter, monsieur. Quatre ans, et des dizaines de virements",
        "Catherine Morvan",
        "elle",
    ),
    ("trahi de l'intérieur", "Maëlle Guillou", "elle"),
    (
        "Nous avons dû annuler deux stages pour les enfants. Certains bénévoles ont arrêté, ils ne voulaient plus entendre parler du club",
        "Maëlle Guillou",
        "elle",
    ),
    (
        "avec méthode et sang-froid",
        "Thibault Renaud",
        "le procureur de la République, Thibault Renaud",
    ),
    ("Ce n'est pas un moment d'égarement. C'est un système", "Thibault Renaud", "il"),
    (
        "Il a tout perdu : sa réputation, ses amis, sa place sur les pontons. Il n'a pas besoin de prison pour comprendre",
        "Juliette Caradec",
        "l'avocate",
    ),
    ("soulagée que ce soit terminé", "Maëlle Guillou", "Maëlle Guillou"),
    ("On a été naïfs. On lui faisait confiance, c'était notre ami.", "Un bénévole", "Un bénévole"),
)

ES_EP_EMPRESA = """La conservera Albamar cerrará su planta de Vigo y despedirá a 230 trabajadores

VIGO, 14 (EUROPA PRESS)

La conservera gallega Albamar ha anunciado este martes el cierre de su planta de Vigo, que emplea a 230 personas, y el traslado de su producción a la fábrica que el grupo tiene en Marruecos. La empresa atribuye la decisión al aumento de los costes energéticos y a la caída de las ventas en el mercado europeo.

El consejero delegado de la compañía, Ignacio Barreiro, ha defendido que la medida es "dolorosa pero inevitable". "Hemos perdido dinero en Vigo durante tres ejercicios consecutivos. No podemos seguir sosteniendo una planta que no es viable", ha explicado Barreiro en un comunicado remitido a los medios.

Según la dirección, el cierre se hará efectivo a partir del 1 de marzo. La empresa ofrecerá recolocaciones en Marruecos y en su centro logístico de Ourense, aunque no ha precisado cuántos puestos estarán disponibles.

Los sindicatos han reaccionado con dureza. La secretaria general de CCOO en la comarca, Marta Iglesias, ha calificado el anuncio de "chantaje" y ha acusado a la empresa de haber recibido ayudas públicas durante años. "Se llevaron subvenciones de la Xunta para modernizar la planta y ahora se marchan. Eso tiene un nombre", ha denunciado Iglesias.

Por su parte, el responsable de Industria de UGT, Xosé Manuel Fariña, ha anunciado movilizaciones a partir de la próxima semana. "No vamos a aceptar un cierre por la puerta de atrás", ha advertido. Los representantes de los trabajadores se reunirán el jueves con la dirección para negociar el expediente de regulación de empleo.

La conselleira de Economía, Beatriz Lamas, ha asegurado que el Gobierno gallego "hará todo lo posible" para mantener la actividad. Lamas ha pedido a la empresa que "reconsidere" su decisión y ha ofrecido abrir una mesa de diálogo con todas las partes.

Fuentes de la compañía han señalado a Europa Press que la decisión es "firme" y que no contemplan dar marcha atrás. Las mismas fuentes han recordado que Albamar mantendrá su sede social en Galicia.

En la puerta de la fábrica, el ambiente era de incredulidad. Rosa Villar, que lleva 24 años en la línea de enlatado, no sabe qué hará a partir de marzo. "Tengo 53 años. ¿Quién me va a contratar a mí?", se preguntaba. A su lado, su compañero Andrés Piñeiro se mostraba algo más combativo: "Esto no se ha acabado. Vamos a pelear cada puesto".

El alcalde de Vigo, Alberto Costas, ha lamentado la noticia, que ha calificado de "golpe muy duro" para el tejido industrial de la ciudad, y ha reclamado al Ministerio de Industria que intervenga.

Albamar, fundada en 1958, facturó 180 millones de euros el año pasado y cuenta con unos 900 empleados en total.
"""

ES_EP_EMPRESA_GOLD: Gold = (
    (
        "dolorosa pero inevitable",
        "Ignacio Barreiro",
        "El consejero delegado de la compañía, Ignacio Barreiro",
    ),
    (
        "Hemos perdido dinero en Vigo durante tres ejercicios consecutivos. No podemos seguir sosteniendo una planta que no es viable",
        "Ignacio Barreiro",
        "Barreiro",
    ),
    (
        "chantaje",
        "Marta Iglesias",
        "La secretaria general de CCOO en la comarca, Marta Iglesias",
    ),
    (
        "Se llevaron subvenciones de la Xunta para modernizar la planta y ahora se marchan. Eso tiene un nombre",
        "Marta Iglesias",
        "Iglesias",
    ),
    (
        "No vamos a aceptar un cierre por la puerta de atrás",
        "Xosé Manuel Fariña",
        "el responsable de Industria de UGT, Xosé Manuel Fariña",
    ),
    ("hará todo lo posible", "Beatriz Lamas", "Beatriz Lamas"),
    ("reconsidere", "Beatriz Lamas", "Lamas"),
    ("firme", "Fuentes de la compañía", "Fuentes de la compañía"),
    ("Tengo 53 años. ¿Quién me va a contratar a mí?", "Rosa Villar", "Rosa Villar"),
    (
        "Esto no se ha acabado. Vamos a pelear cada puesto",
        "Andrés Piñeiro",
        "su compañero Andrés Piñeiro",
    ),
    ("golpe muy duro", "Alberto Costas", "El alcalde de Vigo, Alberto Costas"),
)

IT_ADNKRONOS_MOSTRA = """Arte: a Bergamo la prima grande mostra su Lorenzo Ceruti, 'il pittore delle nebbie'

Bergamo, 9 mar. (Adnkronos) - Oltre ottanta opere, molte delle quali mai esposte al pubblico, per raccontare il pittore che ha trasformato la pianura lombarda in un paesaggio dell'anima. Apre domani all'Accademia Carrara la prima grande retrospettiva dedicata a Lorenzo Ceruti (1871-1934), "Le nebbie e la luce", che resterà aperta fino al 30 giugno.

"Ceruti è stato a lungo considerato un minore, un pittore di provincia. Questa mostra vuole dimostrare il contrario", ha spiegato la curatrice, Elena Marchetti, durante la presentazione alla stampa. Secondo la storica dell'arte, il pittore bergamasco "ha anticipato di vent'anni certe intuizioni del paesaggio europeo".

Il percorso si articola in sei sezioni, dalle prime prove accademiche fino ai grandi notturni degli anni Venti. Tra i prestiti più importanti figurano due tele provenienti da una collezione privata svizzera, che tornano in Italia per la prima volta dopo quasi un secolo.

"È stato un lavoro lunghissimo, quasi un'indagine poliziesca", ha raccontato Marchetti. "Abbiamo rintracciato opere finite in soffitte, in canoniche, perfino in una trattoria di Lovere". Alcuni dipinti, ha aggiunto, sono stati restaurati appositamente per l'occasione.

Soddisfatto il direttore dell'Accademia, Paolo Zanchi, che ha parlato di "un debito che la città aveva con uno dei suoi figli più grandi". Per Zanchi la mostra è anche un investimento sul turismo culturale: l'obiettivo è superare i 60mila visitatori. "Bergamo non è solo una porta d'ingresso per l'aeroporto. È una città d'arte, e vogliamo che il mondo se ne accorga", ha sottolineato.

Alla presentazione era presente anche l'assessore comunale alla Cultura, Giovanna Rota. "Investire sulla cultura significa investire sulla qualità della vita di chi abita qui", ha detto l'assessore, che ha annunciato un biglietto ridotto per i residenti e aperture serali ogni giovedì.

Non sono mancate le polemiche. Un gruppo di artisti locali ha contestato la scelta di affidare l'allestimento a uno studio milanese. "Ancora una volta si guarda fuori invece di valorizzare chi lavora sul territorio", ha scritto in una nota il collettivo Officina Orobica.

Il catalogo, pubblicato da Silvana Editoriale, raccoglie saggi di dodici studiosi italiani e stranieri. Tra questi il critico Andrea Bonfanti, che a margine dell'inaugurazione ha definito Ceruti "un poeta della sottrazione". "Nei suoi quadri manca sempre qualcosa: un contorno, un orizzonte, una figura. Ed è proprio quella mancanza che ci commuove", ha osservato il critico.

La mostra è accompagnata da un ciclo di incontri, concerti e visite guidate per le scuole. I biglietti sono già in vendita sul sito dell'Accademia.
"""

IT_ADNKRONOS_MOSTRA_GOLD: Gold = (
    (
        "Ceruti è stato a lungo considerato un minore, un pittore di provincia. Questa mostra vuole dimostrare il contrario",
        "Elena Marchetti",
        "la curatrice, Elena Marchetti",
    ),
    (
        "ha anticipato di vent'anni certe intuizioni del paesaggio europeo",
        "Elena Marchetti",
        "la storica dell'arte",
    ),
    ("È stato un lavoro lunghissimo, quasi un'indagine poliziesca", "Elena Marchetti", "Marchetti"),
    (
        "Abbiamo rintracciato opere finite in soffitte, in canoniche, perfino in una trattoria di Lovere",
        "Elena Marchetti",
        "Marchetti",
    ),
    (
        "un debito che la città aveva con uno dei suoi figli più grandi",
        "Paolo Zanchi",
        "il direttore dell'Accademia, Paolo Zanchi",
    ),
    (
        "Bergamo non è solo una porta d'ingresso per l'aeroporto. È una città d'arte, e vogliamo che il mondo se ne accorga",
        "Paolo Zanchi",
        "il direttore dell'Accademia, Paolo Zanchi",
    ),
    (
        "Investire sulla cultura significa investire sulla qualità della vita di chi abita qui",
        "Giovanna Rota",
        "l'assessore",
    ),
    (
        "Ancora una volta si guarda fuori invece di valorizzare chi lavora sul territorio",
        "Officina Orobica",
        "il collettivo Officina Orobica",
    ),
    ("un poeta della sottrazione", "Andrea Bonfanti", "il critico Andrea Bonfanti"),
    (
        "Nei suoi quadri manca sempre qualcosa: un contorno, un orizzonte, una figura. Ed è proprio quella mancanza che ci commuove",
        "Andrea Bonfanti",
        "il critico",
    ),
)

PT_PUBLICO_BAIRRO = """Moradores da Penha de França contestam parque de estacionamento no antigo mercado

Junta de freguesia garante que o projeto ainda pode ser alterado. Associação de moradores já recolheu mais de 1500 assinaturas contra a obra.

O antigo Mercado de Santa Engrácia, fechado desde 2019, deverá dar lugar a um parque de estacionamento subterrâneo com 320 lugares e a uma praça à superfície. O projeto, apresentado pela Câmara Municipal de Lisboa no mês passado, está a dividir os moradores da Penha de França.

"Ninguém nos perguntou nada. Soubemos pelos jornais", queixa-se Fernanda Matos, presidente da Associação de Moradores da Penha de França. A associação defende que o edifício, construído em 1932, seja recuperado e transformado num equipamento cultural e num mercado de produtores locais. "Este bairro já tem carros a mais. O que falta são sítios onde as pessoas se possam encontrar", argumenta.

Nas últimas semanas, a associação recolheu mais de 1500 assinaturas e organizou duas concentrações à porta do mercado. Na mais recente, no sábado, várias dezenas de pessoas seguravam cartazes com a frase "O mercado é nosso".

O presidente da Junta de Freguesia da Penha de França, Rui Carvalhal, diz compreender as preocupações, mas lembra que a falta de estacionamento é "a queixa número um" que recebe dos fregueses. "Há pessoas que andam meia hora às voltas para estacionar. Isso também é qualidade de vida", afirmou ao PÚBLICO. O autarca garante, no entanto, que o projeto "não está fechado" e que a junta vai pedir à câmara uma sessão pública de esclarecimento.

Contactada pelo PÚBLICO, a Câmara Municipal de Lisboa explicou, em resposta escrita, que o parque "responde a uma necessidade identificada há mais de dez anos" e que a praça prevista à superfície terá "zonas verdes, bancos e um espaço para feiras".

Nem todos os comerciantes da zona estão contra a obra. Joaquim Albuquerque, dono de uma pastelaria na Rua Morais Soares há 28 anos, vê no parque uma oportunidade. "Os clientes deixaram de vir porque não têm onde deixar o carro. Se fizerem o parque, o bairro ganha vida outra vez", acredita.

Já a arquiteta Inês Valadares, que estudou o edifício numa tese de mestrado, alerta para o valor patrimonial do mercado. A estrutura em betão e ferro é, segundo a especialista, "um dos melhores exemplos da arquitetura modernista de mercados em Lisboa". "Demolir o interior seria uma perda irreparável", sublinha.

A sessão pública deverá realizar-se ainda este mês, no auditório da junta. Até lá, a associação de moradores promete continuar a recolher assinaturas. "Não vamos desistir. O mercado é do bairro, não é de quem tem carro", garante Fernanda Matos.
"""

PT_PUBLICO_BAIRRO_GOLD: Gold = (
    ("Ninguém nos perguntou nada. Soubemos pelos jornais", "Fernanda Matos", "Fernanda Matos"),
    (
        "Este bairro já tem carros a mais. O que falta são sítios onde as pessoas se possam encontrar",
        "Fernanda Matos",
        "Fernanda Matos",
    ),
    (
        "a queixa número um",
        "Rui Carvalhal",
        "O presidente da Junta de Freguesia da Penha de França, Rui Carvalhal",
    ),
    (
        "Há pessoas que andam meia hora às voltas para estacionar. Isso também é qualidade de vida",
        "Rui Carvalhal",
        "O presidente da Junta de Freguesia da Penha de França, Rui Carvalhal",
    ),
    ("não está fechado", "Rui Carvalhal", "O autarca"),
    (
        "responde a uma necessidade identificada há mais de dez anos",
        "a Câmara Municipal de Lisboa",
        "a Câmara Municipal de Lisboa",
    ),
    (
        "zonas verdes, bancos e um espaço para feiras",
        "a Câmara Municipal de Lisboa",
        "a Câmara Municipal de Lisboa",
    ),
    (
        "Os clientes deixaram de vir porque não têm onde deixar o carro. Se fizerem o parque, o bairro ganha vida outra vez",
        "Joaquim Albuquerque",
        "Joaquim Albuquerque",
    ),
    (
        "um dos melhores exemplos da arquitetura modernista de mercados em Lisboa",
        "Inês Valadares",
        "a especialista",
    ),
    (
        "Demolir o interior seria uma perda irreparável",
        "Inês Valadares",
        "a arquiteta Inês Valadares",
    ),
    (
        "Não vamos desistir. O mercado é do bairro, não é de quem tem carro",
        "Fernanda Matos",
        "Fernanda Matos",
    ),
)

NL_VOLKSKRANT_INTERVIEW = """Dirigent Saskia van Leeuwen: 'Een orkest is geen machine, het is een dorp'

Na twaalf jaar neemt Saskia van Leeuwen afscheid als chef-dirigent van het Noordelijk Filharmonisch. Een gesprek over bezuinigingen, jonge musici en de stilte na het laatste akkoord.

Door Mark Hoogendoorn

GRONINGEN - In haar werkkamer boven de grote zaal staan de partituren tot aan het plafond. Op de vensterbank ligt een verdroogde bos tulpen van het laatste concert. Saskia van Leeuwen (58) schenkt koffie in en lacht als ze de stapels ziet. 'Ik heb ze nooit opgeruimd. Mijn opvolger mag dat doen.'

Twaalf jaar stond ze aan het hoofd van het orkest. In die tijd overleefde het twee bezuinigingsrondes, een fusie en een verhuizing naar het nieuwe muziekcentrum. 'Er waren jaren dat ik elke maandag dacht: dit is de laatste seizoensbrochure die we drukken', zegt ze. 'Dat we er nog zijn, is vooral te danken aan de musici zelf.'

Van Leeuwen groeide op in Zwolle, als dochter van een organist. Ze studeerde viool en directie in Den Haag en Wenen. Pas op haar veertigste kreeg ze een vaste aanstelling. 'Vrouwelijke dirigenten waren toen nog een bezienswaardigheid. Men vroeg me na concerten of ik het niet te zwaar vond, met mijn armen.'

Hoe kijkt ze terug op de bezuinigingen van 2012?

'Met woede, nog steeds. Er werd gedaan alsof cultuur een hobby was van de grachtengordel. Maar in Groningen komen bij ons schoolklassen uit Delfzijl en Stadskanaal die nog nooit een cello hebben gezien. Dat raak je kwijt als je een orkest wegbezuinigt.'

Wat heeft u het orkest proberen mee te geven?

'Dat een orkest geen machine is. Het is een dorp. Er zijn ruzies, er zijn vriendschappen, er zijn mensen die al dertig jaar naast elkaar zitten en nooit met elkaar praten. Als dirigent moet je dat dorp laten zingen.'

Concertmeester Pieter Holwerda, die al sinds 1998 bij het orkest speelt, herkent dat beeld. 'Saskia luistert. Dat klinkt vanzelfsprekend, maar dat is het niet', zegt hij. 'Ze weet hoe de tweede hobo zich voelt op een slechte dag.'

Ook zakelijk directeur Anouk Brink is lovend. Volgens haar heeft Van Leeuwen het publiek 'verjongd' met korte middagconcerten en samenwerkingen met popmuzikanten. 'Zonder haar hadden we de jongeren nooit bereikt.'

In september begint de Finse dirigent Jussi Lahtinen als haar opvolger. Van Leeuwen wil zich niet met hem bemoeien. 'Hij moet zijn eigen dorp bouwen. Ik ga in de zaal zitten, zoals iedereen.'

En daarna? Ze wijst naar de stapels partituren. 'Eerst die opruimen. En dan weer viool spelen, voor mezelf. Dat heb ik twaalf jaar niet gedaan.'
"""

NL_VOLKSKRANT_INTERVIEW_GOLD: Gold = (
    (
        "Ik heb ze nooit opgeruimd. Mijn opvolger mag dat doen.",
        "Saskia van Leeuwen",
        "Saskia van Leeuwen",
    ),
    (
        "Er waren jaren dat ik elke maandag dacht: dit is de laatste seizoensbrochure die we drukken",
        "Saskia van Leeuwen",
        "ze",
    ),
    ("Dat we er nog zijn, is vooral te danken aan de musici zelf.", "Saskia van Leeuwen", "ze"),
    (
        "Vrouwelijke dirigenten waren toen nog een bezienswaardigheid. Men vroeg me na concerten of ik het niet te zwaar vond, met mijn armen.",
        "Saskia van Leeuwen",
        "ze",
    ),
    (
        "Met woede, nog steeds. Er werd gedaan alsof cultuur een hobby was van de grachtengordel. Maar in Groningen komen bij ons schoolklassen uit Delfzijl en Stadskanaal die nog nooit een cello hebben gezien. Dat raak je kwijt als je een orkest wegbezuinigt.",
        "Saskia van Leeuwen",
        "Saskia van Leeuwen",
    ),
    (
        "Dat een orkest geen machine is. Het is een dorp. Er zijn ruzies, er zijn vriendschappen, er zijn mensen die al dertig jaar naast elkaar zitten en nooit met elkaar praten. Als dirigent moet je dat dorp laten zingen.",
        "Saskia van Leeuwen",
        "Saskia van Leeuwen",
    ),
    ("Saskia luistert. Dat klinkt vanzelfsprekend, maar dat is het niet", "Pieter Holwerda", "hij"),
    ("Ze weet hoe de tweede hobo zich voelt op een slechte dag.", "Pieter Holwerda", "hij"),
    ("verjongd", "Anouk Brink", "haar"),
    ("Zonder haar hadden we de jongeren nooit bereikt.", "Anouk Brink", "haar"),
    (
        "Hij moet zijn eigen dorp bouwen. Ik ga in de zaal zitten, zoals iedereen.",
        "Saskia van Leeuwen",
        "Van Leeuwen",
    ),
    (
        "Eerst die opruimen. En dan weer viool spelen, voor mezelf. Dat heb ik twaalf jaar niet gedaan.",
        "Saskia van Leeuwen",
        "Ze",
    ),
)

CASES.update(
    {
        "de_sid_fussball": (DE_SID_FUSSBALL, DE_SID_FUSSBALL_GOLD),
        "fr_ouest_tribunal": (FR_OUEST_TRIBUNAL, FR_OUEST_TRIBUNAL_GOLD),
        "es_ep_empresa": (ES_EP_EMPRESA, ES_EP_EMPRESA_GOLD),
        "it_adnkronos_mostra": (IT_ADNKRONOS_MOSTRA, IT_ADNKRONOS_MOSTRA_GOLD),
        "pt_publico_bairro": (PT_PUBLICO_BAIRRO, PT_PUBLICO_BAIRRO_GOLD),
        "nl_volkskrant_interview": (NL_VOLKSKRANT_INTERVIEW, NL_VOLKSKRANT_INTERVIEW_GOLD),
    }
)

#: Stories whose remaining errors no general rule fixes yet, with the reason
#: (the test fails if they start passing).
KNOWN_FAILURES: dict[str, str] = {}


@pytest.mark.parametrize("name", story_names(CASES, KNOWN_FAILURES))
def test_unseen_story(name: str) -> None:
    text, gold = CASES[name]
    check_story(name, text, gold, ROLES)


def _said(text: str, language: str) -> list[tuple[str, str | None]]:
    """``(quote, speaker name)`` of every quote found; spans checked."""
    return [(said, name) for said, name, _ in _mentions(text, language)]


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        # a noun for a doer the vocabulary does not know, after a cue, is its subject
        (
            "fr",
            "La récolte est perdue.\n\n« Ça fait mal », souffle le brocanteur.",
            [("Ça fait mal", "le brocanteur")],
        ),
        (
            "nl",
            'Het bestuur greep in.\n\n"Het was tijd", zei een supporter die er al jaren komt.',
            [("Het was tijd", "een supporter")],
        ),
        # a French or Italian dash line whose cue is a compound past
        (
            "fr",
            "La réunion s'est terminée tard.\n\n"
            "— Et si le gouvernement recule ? a demandé un journaliste.\n\n"
            "— Alors nous aurons gagné, a répondu le syndicaliste.",
            [
                ("Et si le gouvernement recule ?", "un journaliste"),
                ("Alors nous aurons gagné", "le syndicaliste"),
            ],
        ),
        (
            "it",
            "Gli studenti protestano davanti alla sede.\n\n"
            "— Ci avete promesso il riscaldamento — ha urlato al megafono Luca. — Adesso basta.",
            [("Ci avete promesso il riscaldamento", "Luca"), ("Adesso basta.", "Luca")],
        ),
        # a pronoun after a speaker of no known gender: the one named since
        (
            "nl",
            "Volgens woordvoerder Anouk Mulder is het te laat.\n\n"
            'Fractievoorzitter Jesse van Dam vindt het plan "boterzacht". BBB-leider Ineke '
            'Bos is juist positief. "Eindelijk wordt er geluisterd", zei ze.',
            [("boterzacht", "Jesse van Dam"), ("Eindelijk wordt er geluisterd", "Ineke Bos")],
        ),
        # a paragraph of speech after one of prose that named one person only
        (
            "fr",
            "« Nous produisons trop », estime Mathilde Courrège.\n\n"
            "À Castillon, Élodie Ferrand a planté des oliviers.\n\n"
            "« Il faut s'adapter, explique-t-elle. Les jeunes boivent autrement. »",
            [
                ("Nous produisons trop", "Mathilde Courrège"),
                (
                    "Il faut s'adapter, explique-t-elle. Les jeunes boivent autrement.",
                    "Élodie Ferrand",
                ),
            ],
        ),
        # Austrian offices
        (
            "de",
            "„Jetzt bewegt sich etwas“, sagte ÖVP-Landesparteiobmann Markus Steindl.",
            [("Jetzt bewegt sich etwas", "Markus Steindl")],
        ),
        # whom it was told after a role is no part of the role
        (
            "de",
            "Jörg Albrecht ist Finanzminister.\n\n„Wer mehr will, muss sagen, woher“, sagte der "
            "Liberale der Deutschen Presse-Agentur.",
            [("Wer mehr will, muss sagen, woher", "Jörg Albrecht")],
        ),
        # a party's letters and a place before the name set off end the role
        (
            "fr",
            "« Ce budget est irréaliste », a dénoncé le chef de groupe MR au Parlement "
            "bruxellois, Thomas Lambert.",
            [("Ce budget est irréaliste", "Thomas Lambert")],
        ),
        # someone unnamed of a party, not a person named so
        (
            "fr",
            "« Il faut lâcher quelque chose », confie un élu Renaissance sous couvert d'anonymat.",
            [("Il faut lâcher quelque chose", "un élu Renaissance")],
        ),
        # what a place is of, after a cue with its subject dropped
        (
            "es",
            "Javier Santamaría criticó la ley. «Los precios suben», dijo en los pasillos de la "
            "Cámara.",
            [("Los precios suben", "Javier Santamaría")],
        ),
        # a reflexive cue after a quote
        (
            "es",
            "La patronal pidió «seguridad». Su presidente, Ramón Castells, lamentó la decisión. "
            "«Nos enteramos por la prensa», se quejó.",
            [("seguridad", "La patronal"), ("Nos enteramos por la prensa", "Ramón Castells")],
        ),
        # a dropped subject: the surname that opens the sentence before
        (
            "it",
            '"Sono partite dure", ha detto Marco Bellandi.\n\n'
            'Bellandi ha elogiato il portiere. "Senza di lui avremmo perso", ha riconosciuto.',
            [
                ("Sono partite dure", "Marco Bellandi"),
                ("Senza di lui avremmo perso", "Marco Bellandi"),
            ],
        ),
        # where and how a dropped subject spoke
        (
            "it",
            "La preside, Anna Colombo, difende la scuola. «Abbiamo fatto il possibile», spiega "
            "nel suo ufficio. «Vedremo», dice sorridendo.",
            [("Abbiamo fatto il possibile", "Anna Colombo"), ("Vedremo", "Anna Colombo")],
        ),
        # an opinion's holder with a party's letters in brackets
        (
            "pt",
            "Para o deputado Marcos Vilela (PL-RS), o governo “chega atrasado” ao estado.",
            [("chega atrasado", "Marcos Vilela")],
        ),
        # a Portuguese cue with its pronoun joined by a hyphen
        (
            "pt",
            "«Tenho uma cirurgia marcada», queixou-se Manuel Sousa, reformado.",
            [("Tenho uma cirurgia marcada", "Manuel Sousa")],
        ),
        # a quote after a sentence whose reported clause has a verb like a cue (laat)
        (
            "nl",
            "Marieke Verhoeven zegt dat het ziekenhuis te laat was. 'Daar heb ik spijt van.'",
            [("Daar heb ik spijt van.", "Marieke Verhoeven")],
        ),
        # a Dutch relative clause that only its closing comma sets off
        (
            "nl",
            "Een ambtenaar die bij het overleg was, zegt dat het bijna klapte. "
            '"Er zijn mensen weggelopen."',
            [("Er zijn mensen weggelopen.", "Een ambtenaar")],
        ),
        # a body's noun in capitals opens its name
        (
            "nl",
            '"We danken Stijn voor zijn inzet", zo meldt Club Brugge in een persbericht.',
            [("We danken Stijn voor zijn inzet", "Club Brugge")],
        ),
        # a definite role phrase keeps whom it stood for
        (
            "it",
            'La presidente del Consiglio, Giulia Ferraris, apre ai sindacati. "Siamo pronti", '
            "ha detto la premier.\n\nLa segretaria della Cgil, Francesca Bellini, attacca: "
            '"Tagli e condoni".\n\n"Non lasceremo indietro nessuno", ha promesso la premier.',
            [
                ("Siamo pronti", "Giulia Ferraris"),
                ("Tagli e condoni", "Francesca Bellini"),
                ("Non lasceremo indietro nessuno", "Giulia Ferraris"),
            ],
        ),
        # Dutch de opens an epithet of the one just named
        (
            "nl",
            'Aanvoerder Thomas Janssens was aangedaan. "Het is onze schuld", zei de middenvelder.',
            [("Het is onze schuld", "Thomas Janssens")],
        ),
        # French vocabulary: repeated and imperfect cues, a minister's cabinet, a merchant
        (
            "fr",
            "Le ministre a répété que le report n'était « pas négociable ». Mardi, son cabinet "
            "assurait que « rien n'est figé ».",
            [("pas négociable", "Le ministre"), ("rien n'est figé", "son cabinet")],
        ),
        (
            "fr",
            "Un négociant, qui préfère garder l'anonymat, se montre pessimiste : « Le plan ne "
            "suffira pas. »",
            [("Le plan ne suffira pas.", "Un négociant")],
        ),
        # German scholars are roles, and a partial quote after them is theirs
        (
            "de",
            "Der Politologe Thomas Wendl von der Universität Wien sagte, Pichler habe sich „ein "
            "Thema gesichert“.",
            [("ein Thema gesichert", "Thomas Wendl")],
        ),
        # a reflexive verb that takes a speech verb's infinitive (si è limitato a dire)
        (
            "it",
            '"Ne parleremo a fine stagione", si è limitato a dire il presidente Marco Bellucci.',
            [("Ne parleremo a fine stagione", "Marco Bellucci")],
        ),
        (
            "fr",
            "« Nous verrons », s'est contenté de dire le ministre Alain Berthier.",
            [("Nous verrons", "Alain Berthier")],
        ),
        (
            "es",
            "«Ya hablaremos», se limitó a decir el entrenador Luis Ortega.",
            [("Ya hablaremos", "Luis Ortega")],
        ),
        (
            "pt",
            "«Vamos esperar», limitou-se a dizer o ministro Paulo Teixeira.",
            [("Vamos esperar", "Paulo Teixeira")],
        ),
        # a body's short name in brackets after its full name, before the cue
        (
            "pt",
            "Em nota, a Federação das Indústrias do Estado de São Paulo (Fiesp) afirmou que "
            "a medida é “tardia”.",
            [("tardia", "a Federação das Indústrias do Estado de São Paulo")],
        ),
        (
            "es",
            "La Confederación de Organizaciones Empresariales de Castilla (Cecale) afirmó que "
            "la medida es «insuficiente».",
            [("insuficiente", "La Confederación de Organizaciones Empresariales de Castilla")],
        ),
        (
            "de",
            "Der Deutsche Gewerkschaftsbund (DGB) erklärte, die Pläne seien „ein Angriff auf "
            "die Beschäftigten“.",
            [("ein Angriff auf die Beschäftigten", "Der Deutsche Gewerkschaftsbund")],
        ),
        (
            "nl",
            "De Federatie Nederlandse Vakbeweging (FNV) zegt dat het voorstel 'onacceptabel' is.",
            [("onacceptabel", "De Federatie Nederlandse Vakbeweging")],
        ),
        # a body's capitalised name goes on with lower-case adjectives (le Parti socialiste)
        (
            "fr",
            "Le Rassemblement national a dénoncé une « réforme injuste ».",
            [("réforme injuste", "Le Rassemblement national")],
        ),
        (
            "fr",
            "La Fédération nationale des syndicats agricoles (FNSEA) a dénoncé « une provocation ».",
            [("une provocation", "La Fédération nationale des syndicats agricoles")],
        ),
        (
            "it",
            "Il Partito democratico ha definito la manovra «una truffa».",
            [("una truffa", "Il Partito democratico")],
        ),
        (
            "es",
            "La Guardia civil ha dicho que el operativo fue «un éxito».",
            [("un éxito", "La Guardia civil")],
        ),
        (
            "pt",
            "O Partido liberal afirmou que a medida é “tardia”.",
            [("tardia", "O Partido liberal")],
        ),
        # an answer in dialogue is whom the question before was put to
        (
            "es",
            "El presidente del club, Tomás Irazábal, compareció junto al capitán, Álvaro "
            "Soler.\n\n—¿Seguirá el técnico? —le preguntaron a Irazábal.\n\n—Por supuesto "
            "—respondió—. Tiene todo nuestro apoyo.",
            [("Por supuesto", "Tomás Irazábal"), ("Tiene todo nuestro apoyo.", "Tomás Irazábal")],
        ),
        (
            "fr",
            "Le patron de la CGT, Patrick Delorme, a croisé la ministre Claire Vautrin.\n\n— Et "
            "si le gouvernement recule ? a demandé un journaliste à Patrick Delorme.\n\n— Alors "
            "nous aurons gagné, a répondu le syndicaliste.",
            [
                ("Et si le gouvernement recule ?", "un journaliste"),
                ("Alors nous aurons gagné", "Patrick Delorme"),
            ],
        ),
        (
            "it",
            "Il sindaco Matteo Ferri ha incontrato l'assessore Carlo Bini.\n\n— E il cantiere? — "
            "ha chiesto un cronista a Ferri.\n\n— Riparte lunedì — ha risposto il primo "
            "cittadino.",
            [("E il cantiere?", "un cronista"), ("Riparte lunedì", "Matteo Ferri")],
        ),
        # a generic epithet (the candidate) goes on with the last speaker across one
        # paragraph break, of its gender only
        (
            "pt",
            "A prefeita Camila Andrade lidera. Em segundo aparece o deputado Rafael Cordeiro."
            "\n\n“A virada vai acontecer”, disse o deputado.\n\nSegundo o candidato, a "
            "prefeitura “abandonou as periferias”.",
            [
                ("A virada vai acontecer", "Rafael Cordeiro"),
                ("abandonou as periferias", "Rafael Cordeiro"),
            ],
        ),
        (
            "es",
            "La alcaldesa Lucía Prieto lidera. Segundo aparece el diputado Marcos Vela.\n\n"
            "«Vamos a remontar», dijo el diputado.\n\nSegún el candidato, el Ayuntamiento «ha "
            "olvidado los barrios».",
            [("Vamos a remontar", "Marcos Vela"), ("ha olvidado los barrios", "Marcos Vela")],
        ),
        (
            "it",
            "La sindaca Laura Conti è in testa. Segue il deputato Marco Riva.\n\n«Rimonteremo», "
            "ha detto il deputato.\n\nSecondo il candidato, il Comune «ha abbandonato le "
            "periferie».",
            [("Rimonteremo", "Marco Riva"), ("ha abbandonato le periferie", "Marco Riva")],
        ),
        (
            "fr",
            "La maire Hélène Roux est en tête. Suit le député Marc Vidal.\n\n« Nous allons "
            "remonter », a dit le député.\n\nSelon le candidat, la mairie « a abandonné les "
            "quartiers ».",
            [("Nous allons remonter", "Marc Vidal"), ("a abandonné les quartiers", "Marc Vidal")],
        ),
        (
            "pt",
            "O deputado Rafael Cordeiro e a prefeita Camila Andrade disputam.\n\n“A virada vai "
            "acontecer”, disse o deputado.\n\nSegundo a candidata, a prefeitura “está no rumo "
            "certo”.",
            [
                ("A virada vai acontecer", "Rafael Cordeiro"),
                ("está no rumo certo", "Camila Andrade"),
            ],
        ),
        # a reflexive say that states how one feels (s'est dite « soulagée »)
        (
            "fr",
            "À la sortie, Maëlle Guillou s'est dite « soulagée que ce soit fini ».",
            [("soulagée que ce soit fini", "Maëlle Guillou")],
        ),
        (
            "it",
            "Il sindaco Paolo Ranieri si è detto «molto soddisfatto» dell'accordo.",
            [("molto soddisfatto", "Paolo Ranieri")],
        ),
        # vocabulary met in the later stories: a curator, a collective, a present
        # complaint with its pronoun, an aside, a description
        (
            "it",
            '"È stato un lavoro lunghissimo", ha spiegato la curatrice, Elena Marchetti, alla '
            "stampa.",
            [("È stato un lavoro lunghissimo", "Elena Marchetti")],
        ),
        (
            "it",
            '"Si guarda fuori", ha scritto in una nota il collettivo Officina Orobica.',
            [("Si guarda fuori", "Officina Orobica")],
        ),
        (
            "pt",
            '"Ninguém nos perguntou nada", queixa-se Fernanda Matos, presidente da associação.',
            [("Ninguém nos perguntou nada", "Fernanda Matos")],
        ),
        (
            "pt",
            "O autarca garante, no entanto, que o projeto “não está fechado”.",
            [("não está fechado", "O autarca")],
        ),
        (
            "fr",
            "Partie civile, elle a décrit un club « trahi de l'intérieur ».",
            [("trahi de l'intérieur", "elle")],
        ),
        # a German adjective between the article and an unknown noun
        (
            "de",
            "Ein langjähriger Dauerkarteninhaber, der seinen Namen nicht nennen wollte, sagte, "
            "die Mannschaft wirke „leer und ohne Plan“.",
            [("leer und ohne Plan", "Ein langjähriger Dauerkarteninhaber")],
        ),
        # an idiom with the verb of a sign, not before the colon, keeps its subject
        (
            "de",
            "Der Trainer Dominik Kessler stand Rede und Antwort: „Wir kommen da raus.“",
            [("Wir kommen da raus.", "Dominik Kessler")],
        ),
        # a naming cue's object before the quote is no inverted subject; the
        # relative's antecedent is (the Spanish and French ones read so already)
        (
            "it",
            "«Bene», ha detto la curatrice. Tra questi il critico Andrea Bonfanti, che a "
            "margine della mostra ha definito Ceruti «un poeta».",
            [("Bene", "la curatrice"), ("un poeta", "Andrea Bonfanti")],
        ),
        (
            "es",
            "«Sí», dijo Luis Gil. La portavoz Ana Ruiz, que habló en Madrid, calificó a Pérez "
            "de «irresponsable».",
            [("Sí", "Luis Gil"), ("irresponsable", "Ana Ruiz")],
        ),
        (
            "fr",
            "« Oui », a dit Luc Roy. Le député Marc Vidal, qui parlait à la presse, a qualifié "
            "Dupont de « menteur ».",
            [("Oui", "Luc Roy"), ("menteur", "Marc Vidal")],
        ),
    ],
)
def test_an_unseen_form(language: str, text: str, expected: list[tuple[str, str]]) -> None:
    assert _said(text, language) == expected


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # a sign's words after a pronominal adverb: no one speaks them
        (
            "de",
            "Renate Fuchs hängt ein Plakat auf. Darauf steht: „Erst die Station, dann das Haus?“",
        ),
        # someone unknown wrote it, not the last speaker
        (
            "it",
            "«Vedremo», dice Sofia. Poi torna in classe. Alla lavagna, qualcuno ha scritto con il "
            "gesso: «Benvenuti al Polo Nord».",
        ),
        # a sign's words after a verb of standing written and a colon
        (
            "de",
            "Die Fans pfiffen. Auf einem Transparent stand: „Erst die Punkte, dann die Party“",
        ),
        ("it", "I tifosi hanno fischiato. Lo striscione recitava: «Erst die Punkte»."),
        # a programme's title joined to its broadcaster by a hyphen
        ("de", "Sie sagte im ZDF-„Morgenmagazin“, ihre Partei sei bereit."),
        # a question put by reporters unnamed (le preguntaron) names no one
        ("es", "Raúl Manzano buscará un sustituto.\n\n—¿Habrá nuevo entrenador? —le preguntaron."),
    ],
)
def test_no_one_speaks(language: str, text: str) -> None:
    said = _said(text, language)
    assert not [
        quote for quote, name in said if quote.startswith(("Erst", "Benvenuti", "Morgen", "¿Habrá"))
    ]


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "de",
            "Ein Assistenzarzt, der seinen Namen nicht nennen will, wird deutlicher. „Hier "
            "arbeiten alle am Limit, und irgendwann passiert etwas.“",
            [("Hier arbeiten alle am Limit, und irgendwann passiert etwas.", "Ein Assistenzarzt")],
        ),
        (
            "nl",
            "Huisarts Sandra Wielemaker maakt zich zorgen om haar patiënten. 'Mensen gaan "
            "twijfelen of ze de ambulance moeten bellen.'",
            [("Mensen gaan twijfelen of ze de ambulance moeten bellen.", "Sandra Wielemaker")],
        ),
        # an age in brackets after the name
        (
            "nl",
            "Saskia van Leeuwen (58) schenkt koffie in. 'Ik heb ze nooit opgeruimd.'",
            [("Ik heb ze nooit opgeruimd.", "Saskia van Leeuwen")],
        ),
        # a noun for a doer the vocabulary does not know and a first name it does not know
        (
            "pt",
            "Ao lado, o taxista Edson Ribeiro discordava. “Calçamento não adianta.”",
            [("Calçamento não adianta.", "Edson Ribeiro")],
        ),
        (
            "es",
            "Al lado, el frutero Wilson Arce no estaba de acuerdo. «Aquí nadie compra.»",
            [("Aquí nadie compra.", "Wilson Arce")],
        ),
        (
            "it",
            "Il tassista Ernesto Vitali scuote la testa. «Non cambia niente.»",
            [("Non cambia niente.", "Ernesto Vitali")],
        ),
        (
            "fr",
            "Plus loin, le brocanteur Gilles Aubry hausse les épaules. « On verra bien. »",
            [("On verra bien.", "Gilles Aubry")],
        ),
    ],
)
def test_a_quote_after_a_sentence_a_person_opens(
    language: str, text: str, expected: list[tuple[str, str]]
) -> None:
    assert _said(text, language) == expected


def test_capitalised_nouns_that_open_a_sentence_are_no_person() -> None:
    text = (
        "„Wer mehr ausgeben will, muss sagen, woher“, sagte Finanzminister Jörg Albrecht. "
        "Neue Schulden lehne er ab. „Die Schuldenbremse steht im Grundgesetz.“"
    )
    assert [name for _, name in _said(text, "de")] == ["Jörg Albrecht", "Jörg Albrecht"]


def test_a_time_preposition_ends_a_role() -> None:
    text = (
        "Le Premier ministre Étienne Mercadier a parlé.\n\n« Je ne suis pas fermé », a déclaré "
        "le chef du gouvernement lors des questions au gouvernement."
    )
    (quote,) = find_quotes(text, language="fr")
    assert quote.speaker is not None
    assert (quote.speaker.name, quote.speaker.role) == ("Étienne Mercadier", "chef du gouvernement")


def test_dutch_elided_articles_are_no_quotation_marks() -> None:
    text = (
        "Burgemeester Hans Koster is boos. 'Er rijden 's nachts vier ambulances in heel Zeeland. "
        "Dat is niet genoeg', zegt hij. 'Wat 's avonds dichtgaat, in 's-Hertogenbosch of hier, "
        "gaat zelden open', aldus Koster."
    )
    assert _said(text, "nl") == [
        ("Er rijden 's nachts vier ambulances in heel Zeeland. Dat is niet genoeg", "Hans Koster"),
        ("Wat 's avonds dichtgaat, in 's-Hertogenbosch of hier, gaat zelden open", "Hans Koster"),
    ]


def _mentions(text: str, language: str) -> list[tuple[str, str | None, str | None]]:
    """``(quote, speaker name, mention)`` of every quote found; spans checked."""
    quotes = find_quotes(text, language=language)
    for quote in quotes:
        assert text[quote.span.start : quote.span.end] == quote.text
        if quote.speaker is not None:
            speaker = quote.speaker
            assert text[speaker.span.start : speaker.span.end] == speaker.mention
    return [
        (q.text, q.speaker.name, q.speaker.mention) if q.speaker else (q.text, None, None)
        for q in quotes
    ]


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "it",
            'Tra gli ospiti il critico Marco Ferrante, che ha definito il pittore "un maestro". '
            '"Nei suoi paesaggi manca sempre qualcosa", ha osservato il critico.',
            [
                ("un maestro", "Marco Ferrante", "il critico Marco Ferrante"),
                ("Nei suoi paesaggi manca sempre qualcosa", "Marco Ferrante", "il critico"),
            ],
        ),
        (
            "pt",
            "Na sessão esteve o crítico Rui Lacerda. "
            "«Falta sempre alguma coisa nestes quadros», observou o crítico.",
            [("Falta sempre alguma coisa nestes quadros", "Rui Lacerda", "o crítico")],
        ),
        (
            "es",
            "Entre los invitados estaba el crítico Andrés Bonilla. "
            "«Siempre falta algo en sus cuadros», señaló el crítico.",
            [("Siempre falta algo en sus cuadros", "Andrés Bonilla", "el crítico")],
        ),
        (
            "nl",
            "Op de opening was ook de criticus Joost Bakker. "
            '"Er ontbreekt altijd iets aan zijn doeken", zei de criticus.',
            [("Er ontbreekt altijd iets aan zijn doeken", "Joost Bakker", "de criticus")],
        ),
    ],
)
def test_a_noun_a_person_was_introduced_with_names_them_after_a_cue(
    language: str, text: str, expected: list[tuple[str, str, str]]
) -> None:
    """``il critico Marco Ferrante`` ... ``ha osservato il critico``: a noun the
    vocabulary does not know, that stood before a person's name, is a role after
    a later cue, and its mention is its own."""
    assert _mentions(text, language) == expected


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("it", 'La mostra apre oggi. "Nei paesaggi manca qualcosa", ha osservato il critico.'),
        ("pt", "A mostra abre hoje. «Falta sempre alguma coisa», observou o crítico."),
    ],
)
def test_a_noun_no_one_was_introduced_with_is_no_speaker(language: str, text: str) -> None:
    assert _mentions(text, language) == []


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "pt",
            "«Ninguém nos ouviu», queixa-se Marta Lobo, presidente da associação. A associação "
            "defende que o mercado seja recuperado. «O bairro precisa de praças», argumenta.",
            [("Ninguém nos ouviu", "Marta Lobo"), ("O bairro precisa de praças", "Marta Lobo")],
        ),
        (
            "es",
            "«Nadie nos consultó», lamenta Irene Castro, portavoz de la plataforma. La "
            "plataforma sostiene que el edificio debe rehabilitarse. «El barrio necesita "
            "plazas», añade.",
            [("Nadie nos consultó", "Irene Castro"), ("El barrio necesita plazas", "Irene Castro")],
        ),
        # a body that was quoted itself since keeps its dropped subject
        (
            "es",
            "«Nadie nos escuchó», dice Irene Castro. «El proyecto es ilegal», afirma la "
            "plataforma en un comunicado. La plataforma sostiene que el edificio debe "
            "rehabilitarse. «Vamos a recurrir», añade.",
            [
                ("Nadie nos escuchó", "Irene Castro"),
                ("El proyecto es ilegal", "la plataforma"),
                ("Vamos a recurrir", "La plataforma"),
            ],
        ),
    ],
)
def test_a_dropped_subject_after_a_body_s_indirect_cue_is_the_person_quoted(
    language: str, text: str, expected: list[tuple[str, str]]
) -> None:
    """``«...», queixa-se Marta Lobo. A associação defende que ... «...»,
    argumenta``: the person quoted last, not the body whose cue has no quote."""
    assert _said(text, language) == expected


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        # a request's participle after its auxiliary is a cue
        (
            "es",
            "La conselleira de Economía, Beatriz Lamas, visitó la planta. Lamas ha pedido "
            "a la empresa que «reconsidere» su decisión.",
            [("reconsidere", "Beatriz Lamas")],
        ),
        (
            "pt",
            "A ministra da Economia, Beatriz Lemos, visitou a fábrica. Lemos tem pedido à "
            "empresa que «reconsidere» a decisão.",
            [("reconsidere", "Beatriz Lemos")],
        ),
    ],
)
def test_a_request_s_participle_is_a_cue(
    language: str, text: str, expected: list[tuple[str, str]]
) -> None:
    assert _said(text, language) == expected


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "es",
            "El entrenador Diego Mora habló ayer. La afición, que había pedido su dimisión "
            "con pancartas en las que se leía «Mora vete ya», recibió la noticia con alivio.",
        ),
        (
            "pt",
            "O treinador Diego Morais falou ontem. Os adeptos, que tinham pedido a sua "
            "demissão com cartazes em que se lia «Morais rua», aplaudiram.",
        ),
        (
            "es",
            "El alcalde Tomás Rivas visitó la obra. Los vecinos, que habían reclamado la "
            "reforma, colgaron un cartel que rezaba «Barrio olvidado» en la fachada.",
        ),
    ],
)
def test_a_sign_s_words_after_a_request_are_no_one_s(language: str, text: str) -> None:
    """``había pedido ... con pancartas en las que se leía «...»``: the words
    right after a verb of reading are a sign's, not the request's subject's."""
    assert _said(text, language) == []


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "nl",
            "Kop\n\nNa twaalf jaar neemt Saskia van Leeuwen afscheid als dirigent. Ze wijst "
            "naar de stapels partituren. 'Eerst die opruimen.'",
            [("Eerst die opruimen.", "Saskia van Leeuwen", "Ze")],
        ),
        (
            "de",
            "Titel\n\nSeit zwölf Jahren leitet Claudia Wendt den Chor. Sie zeigt auf die "
            "Stapel Partituren. „Die räume ich jetzt endlich auf.“",
            [("Die räume ich jetzt endlich auf.", "Claudia Wendt", "Sie")],
        ),
        (
            "fr",
            "Titre\n\nDepuis douze ans, Claire Dubois dirige l'orchestre. Elle montre les "
            "piles de partitions. « Je vais enfin les ranger. »",
            [("Je vais enfin les ranger.", "Claire Dubois", "Elle")],
        ),
        (
            "it",
            "Titolo\n\nDopo dodici anni Giulia Conti lascia l'orchestra. Lei indica le pile "
            "di spartiti. «Prima le metto in ordine.»",
            [("Prima le metto in ordine.", "Giulia Conti", "Lei")],
        ),
        # a surname alone, with its particle, of someone named in full before
        (
            "nl",
            "Kop\n\nNa twaalf jaar neemt Saskia van Leeuwen afscheid.\n\nIn september "
            "begint Jussi Lahtinen als opvolger. Van Leeuwen wil zich niet met hem bemoeien. "
            "'Hij moet zijn eigen dorp bouwen.'",
            [("Hij moet zijn eigen dorp bouwen.", "Saskia van Leeuwen", "Van Leeuwen")],
        ),
    ],
)
def test_a_quote_after_a_sentence_a_pronoun_or_a_surname_opens(
    language: str, text: str, expected: list[tuple[str, str, str]]
) -> None:
    """``Ze wijst naar de stapels. '...'``, ``Van Leeuwen wil ... '...'``: a quote
    that is a sentence of its own after one that a singular pronoun, or the
    surname of someone named in full, opens is theirs."""
    assert _mentions(text, language) == expected


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # a plural pronoun, or a surname no one named in full has, opens no one's speech
        (
            "nl",
            "Kop\n\nDe musici van het orkest zijn boos. Ze wijzen naar de begroting. "
            "'Eerst die opruimen.'",
        ),
        (
            "de",
            "Titel\n\nDie Musiker des Orchesters sind wütend. Sie zeigen auf den Haushalt. "
            "„Erst muss das aufgeräumt werden.“",
        ),
        ("nl", "Kop\n\nVan Gogh schilderde hier. 'Eerst die opruimen.'"),
    ],
)
def test_no_one_opens_the_sentence_before_the_quote(language: str, text: str) -> None:
    assert _mentions(text, language) == []


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "nl",
            "Kop\n\nNa twaalf jaar neemt Saskia van Leeuwen afscheid als dirigent. 'Het was "
            "mooi', zegt ze.\n\nHoe kijkt ze terug op de bezuinigingen?\n\n'Met woede, nog "
            "steeds.'",
            [
                ("Het was mooi", "Saskia van Leeuwen", "ze"),
                ("Met woede, nog steeds.", "Saskia van Leeuwen", "Saskia van Leeuwen"),
            ],
        ),
        (
            "fr",
            "Titre\n\nAprès douze ans, Claire Dubois quitte l'orchestre. « C'était beau », "
            "dit-elle.\n\nComment voyez-vous les coupes budgétaires ?\n\n« Avec colère, "
            "encore aujourd'hui. »",
            [
                ("C'était beau", "Claire Dubois", "elle"),
                ("Avec colère, encore aujourd'hui.", "Claire Dubois", "Claire Dubois"),
            ],
        ),
    ],
)
def test_an_interview_s_answer_after_a_question_paragraph(
    language: str, text: str, expected: list[tuple[str, str, str]]
) -> None:
    """A paragraph that is one short question alone, then one of speech only:
    the answer of the last speaker, under the mention that named them in full."""
    assert _mentions(text, language) == expected


def test_a_question_paragraph_with_no_speaker_before_gives_no_answerer() -> None:
    text = (
        "Kop\n\nHet orkest speelt al veertig jaar.\n\nHoe gaat het verder?\n\n'Niemand weet het.'"
    )
    assert _mentions(text, "nl") == []


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "nl",
            "Kop\n\nOok directeur Anouk Brink is lovend. Volgens haar heeft de dirigent het "
            "publiek 'verjongd' met middagconcerten.",
            [("verjongd", "Anouk Brink", "haar")],
        ),
        (
            "de",
            "Titel\n\nDie Direktorin Anna Brandt ist zufrieden. Laut ihr hat die Dirigentin "
            "das Publikum „verjüngt“.",
            [("verjüngt", "Anna Brandt", "ihr")],
        ),
    ],
)
def test_a_source_preposition_s_object_pronoun(
    language: str, text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert _mentions(text, language) == expected


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "de",
            "Titel\n\nSeit 2010 leitet Claudia Wendt den Chor. Im Jahr 2015 übernahm sie "
            "auch die Oper. „Das war ein Abenteuer.“",
            [("Das war ein Abenteuer.", "Claudia Wendt", "sie")],
        ),
        (
            "nl",
            "Kop\n\nSinds 2010 leidt Saskia Mulder het koor. Pas in 2015 kreeg ze een eigen "
            "zaal. 'Dat was een avontuur.'",
            [("Dat was een avontuur.", "Saskia Mulder", "ze")],
        ),
    ],
)
def test_a_quote_after_a_sentence_whose_pronoun_follows_its_verb(
    language: str, text: str, expected: list[tuple[str, str, str]]
) -> None:
    """``Pas in 2015 kreeg ze een eigen zaal. '...'``: German and Dutch put the
    subject after the verb when other words open the sentence."""
    assert _mentions(text, language) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a plural verb, or a pronoun in a clause after a comma
        "Kop\n\nSinds 2010 leidt Saskia Mulder het koor. In 2015 kregen ze een eigen "
        "zaal. 'Dat was een avontuur.'",
        "Kop\n\nSinds 2010 leidt Saskia Mulder het koor. Toen het af was, zag ze de "
        "zaal. 'Dat was een avontuur.'",
    ],
)
def test_no_inverted_pronoun_before_the_quote(text: str) -> None:
    assert _mentions(text, "nl") == []
