"""Quotes and speakers in invented Swedish, Norwegian (Bokmål) and Danish news
stories, of the kinds newsstruct meets unseen.

Every story is invented (names, places, figures and words; no real story is
copied) in the house style of one agency, paper or broadcaster (TT, Dagens
Nyheter, Aftonbladet, Hufvudstadsbladet with FNB copy, NTB, VG, NRK, E24,
Ritzau, Politiken, DR, Berlingske), with each language's quotation marks
(Swedish ``”…”``, Norwegian ``«…»``, Danish ``»…«`` and ``“…,”``) and speech
opened by a dash (``– …, säger hon.``).  They are rich in hard attribution:
titles before names (``justitieminister Gustav Lindahl``), capitalised roles
opening a sentence (``Teaterchef Morten Bech``, ``Kaptajnen Mikkel Bach``),
surnames and definite roles after the cue (``sa Ekström``, ``siger
teaterchefen``), ``enligt``/``ifølge``, pronouns across paragraphs, people named
by no more than who they are (``Offerets far``, ``En kvinna``) or by their age
(``sa 24-åringen``), a council that *writes* and an analyst at a bank who
*calls* the result something.  The gold is every quote of
:attr:`Article.quotes` in text order with its speaker's name and mention; the
roles in :data:`ROLES` where a role matters.
"""

from __future__ import annotations

import pytest

from tests.test_quotes_intl_unseen import Gold, _mentions
from tests.test_quotes_unseen import check_story, story_names

#: TT: a minister at a press conference, dash-led quotes, ``enligt``, a party's spokesman, a council that *writes*.
SV_TT_RIKSDAG = """Regeringen vill skärpa straffen för gängbrott – oppositionen rasar

STOCKHOLM (TT) – Regeringen lägger fram ett nytt lagförslag om skärpta straff för den som rekryterar barn till kriminella gäng. Straffet ska kunna bli upp till tio års fängelse.

– Det här är ett av de största straffrättsliga paketen på decennier, säger justitieminister Gustav Lindahl (M) på en pressträff i Rosenbad på tisdagen.

Enligt Lindahl har antalet barn som misstänks för grova våldsbrott mer än fördubblats på fem år. Han menar att samhället måste markera tydligt mot de vuxna som utnyttjar dem.

– Den som lockar in en fjortonåring i ett gäng ska veta att det kostar. Det ska inte löna sig att använda barn som verktyg, säger han.

Förslaget har tagits fram tillsammans med Sverigedemokraterna. Partiets rättspolitiska talesperson Henrik Sandell kallar det ”ett steg i rätt riktning” men vill gå längre.

– Vi hade gärna sett en sänkt straffmyndighetsålder också. Den frågan är inte avgjord, säger Sandell till TT.

Socialdemokraternas partiledare Annika Ström är kritisk till upplägget. Hon anser att regeringen satsar för lite på förebyggande arbete i skolan och socialtjänsten.

– Man kan inte straffa bort det här problemet. Varje krona som läggs på fängelseplatser saknas i förskolan, säger Ström.

Även Lagrådet har tidigare varnat för att straffskärpningarna riskerar att bli verkningslösa. I ett yttrande i våras skrev rådet att effekterna var ”svåra att bedöma”.

Lindahl avfärdar kritiken.

– Vi gör både och. Vi bygger fler fängelseplatser och vi satsar på socialtjänsten, säger justitieministern.

Kriminologen Eva Hedberg vid Stockholms universitet är tveksam. Enligt henne finns det lite forskning som visar att hårdare straff minskar rekryteringen.

– Straffet spelar sällan roll för den som rekryterar. Det som avgör är risken att åka fast, säger hon.

Moderaternas partisekreterare Karin Wahlström skriver i ett mejl till TT att kritiken från oppositionen är ”förutsägbar”.

– Socialdemokraterna hade åtta år på sig att göra något. Nu klagar de på att andra gör det, skriver hon.

Även Polisförbundet välkomnar förslaget, men varnar för att det inte räcker med nya lagar om det saknas poliser som kan utreda brotten. Förbundets ordförande Katarina Nord säger till TT att hundratals utredartjänster står tomma.

Lagändringarna föreslås träda i kraft den 1 juli nästa år. Riksdagen väntas rösta om förslaget i maj.
"""

SV_TT_RIKSDAG_GOLD: Gold = (
    (
        "Det här är ett av de största straffrättsliga paketen på decennier",
        "Gustav Lindahl",
        "justitieminister Gustav Lindahl",
    ),
    (
        "Den som lockar in en fjortonåring i ett gäng ska veta att det kostar. Det ska inte löna sig att använda barn som verktyg",
        "Gustav Lindahl",
        "han",
    ),
    (
        "ett steg i rätt riktning",
        "Henrik Sandell",
        "Partiets rättspolitiska talesperson Henrik Sandell",
    ),
    (
        "Vi hade gärna sett en sänkt straffmyndighetsålder också. Den frågan är inte avgjord",
        "Henrik Sandell",
        "Sandell",
    ),
    (
        "Man kan inte straffa bort det här problemet. Varje krona som läggs på fängelseplatser saknas i förskolan",
        "Annika Ström",
        "Ström",
    ),
    ("svåra att bedöma", "rådet", "rådet"),
    (
        "Vi gör både och. Vi bygger fler fängelseplatser och vi satsar på socialtjänsten",
        "Gustav Lindahl",
        "justitieministern",
    ),
    (
        "Straffet spelar sällan roll för den som rekryterar. Det som avgör är risken att åka fast",
        "Eva Hedberg",
        "hon",
    ),
    ("förutsägbar", "Karin Wahlström", "Moderaternas partisekreterare Karin Wahlström"),
    (
        "Socialdemokraterna hade åtta år på sig att göra något. Nu klagar de på att andra gör det",
        "Karin Wahlström",
        "hon",
    ),
)


#: A Stockholm daily's court report: byline, a caption with ``Foto:``, the place in capitals closed by a full stop, ``”…”`` quotes, a prosecutor and a defence lawyer, a mother named by no more than her son's death.
SV_DN_RATTEGANG = """Åklagaren kräver livstid för mordet i Hammarby sjöstad

Av Johanna Berglund

Den 24-årige mannen nekar till brott. Foto: Lars Pehrson

STOCKHOLM. På onsdagen höll åklagaren sin slutplädering i rättegången om mordet på en 31-årig man i Hammarby sjöstad i februari. Hon yrkar på livstids fängelse för den 24-årige huvudmisstänkte.

”Det här var ett planerat och kallblodigt mord”, sa kammaråklagare Sofia Ekström i Stockholms tingsrätt. ”Den tilltalade har haft all tid i världen att ångra sig.”

Enligt åklagaren visar teknisk bevisning att mannen befann sig i trapphuset när skotten avlossades. Hans mobiltelefon ska ha kopplats upp mot en mast i närheten bara minuter före dådet.

Den 24-årige nekar till brott. Han har under rättegången hävdat att han var hemma hos sin flickvän hela kvällen.

Hans försvarare, advokat Martin Lund, ifrågasätter bevisningen.

”Det finns inget vittne som har sett min klient på platsen. Mobildata visar bara att en telefon var i området, inte vem som bar den”, säger Lund till DN.

Han kallar åklagarens teori för ”en konstruktion” och menar att polisen tidigt låste sig vid en gärningsman.

Den dödade mannens mor, som följt hela rättegången från åhörarbänken, beskriver de senaste månaderna som ett helvete.

”Jag vill bara att någon tar ansvar. Min son kommer aldrig tillbaka”, säger hon.

Rättegången har pågått i tre veckor och omfattat förhör med ett trettiotal vittnen. Enligt åklagaren är bevisningen ”stark och samstämmig”.

Rättegången har präglats av hårda säkerhetsåtgärder. Flera vittnen har hörts bakom skärmar och två har vägrat att svara på frågor.

Målsägandebiträdet Karin Holm säger att familjen är förberedd på båda utfallen.

”De har fått vänja sig vid att inget är säkert i den här processen”, säger hon.

Under rättegångens sista dag fick den tilltalade själv ordet. Han upprepade att han är oskyldig.

”Jag har aldrig varit i det där huset. Jag vet inte varför jag sitter här”, sa 24-åringen med låg röst.

Enligt Sofia Ekström har mannen ändrat sin berättelse flera gånger under förundersökningen. Hon pekade särskilt på uppgifterna om flickvännen, som inte kunnat bekräfta alibit.

Försvaret har begärt att mannen ska frikännas. Om han döms vill advokat Martin Lund att tingsrätten tar hänsyn till hans unga ålder.

Dom meddelas den 12 december.
"""

SV_DN_RATTEGANG_GOLD: Gold = (
    (
        "Det här var ett planerat och kallblodigt mord",
        "Sofia Ekström",
        "kammaråklagare Sofia Ekström",
    ),
    (
        "Den tilltalade har haft all tid i världen att ångra sig.",
        "Sofia Ekström",
        "kammaråklagare Sofia Ekström",
    ),
    (
        "Det finns inget vittne som har sett min klient på platsen. Mobildata visar bara att en telefon var i området, inte vem som bar den",
        "Martin Lund",
        "Lund",
    ),
    ("en konstruktion", "Martin Lund", "Han"),
    (
        "Jag vill bara att någon tar ansvar. Min son kommer aldrig tillbaka",
        "Den dödade mannens mor",
        "hon",
    ),
    ("stark och samstämmig", "Sofia Ekström", "åklagaren"),
    ("De har fått vänja sig vid att inget är säkert i den här processen", "Karin Holm", "hon"),
    (
        "Jag har aldrig varit i det där huset. Jag vet inte varför jag sitter här",
        "24-åringen",
        "24-åringen",
    ),
)


#: A tabloid's crime story: the police's press officer, a witness named as no more than ``En kvinna``, a councillor and a regional police chief (``uppger``).
SV_AFTONBLADET_POLIS = """Man skjuten till döds i Uppsala – polisen söker vittnen

Av Erik Nilsson

UPPSALA. En man i 30-årsåldern sköts till döds i bostadsområdet Gränby i Uppsala natten mot lördagen. Ingen har gripits.

Larmet kom strax efter klockan ett. När polisen kom till platsen låg mannen livlös på en gångväg mellan två hyreshus.

– Vi har fått in flera samtal om skottlossning och hittade en skadad man på platsen. Han fördes till sjukhus men avled där, säger polisens presstalesperson Jonas Engström till Aftonbladet.

Polisen har spärrat av ett stort område och teknisk undersökning pågår. Enligt Engström är det för tidigt att säga något om motivet.

– Vi utesluter ingenting i dagsläget. Vi vill gärna komma i kontakt med alla som har rört sig i området under natten, säger han.

En kvinna som bor i ett av husen vaknade av smällarna.

– Först trodde jag att det var fyrverkerier. Sedan hörde jag någon skrika, och då förstod jag att något hemskt hade hänt, säger hon.

Hon vill inte framträda med namn av rädsla för repressalier.

Skjutningen är den tredje i Uppsala på mindre än en månad. I oktober sköts en 19-årig man i benet i Gottsunda, och två veckor senare hittades en skadskjuten man i Stenhagen.

Kommunstyrelsens ordförande Maria Sjöberg (S) säger att hon är djupt tagen av händelsen.

– Det är fruktansvärt att det här händer igen. Gränby ska vara en trygg plats att växa upp i, säger hon.

Uppsala har drabbats av flera skjutningar under hösten. Polisen har sedan tidigare ett särskilt händelsebeslut i länet.

Regionpolisområdets chef Lena Björk uppger att polisen kommer att förstärka närvaron i området under helgen.

– Boende kommer att se fler poliser här de kommande dagarna, både i uniform och civilt, uppger hon.

Enligt uppgifter till Aftonbladet var den döde känd av polisen sedan tidigare. Polisen vill inte kommentera uppgifterna.

Föreningen Gränby i samverkan har kallat till en manifestation på söndagskvällen. Föreningens ordförande Hassan Ali uppger att han är trött på våldet.

– Vi vägrar vänja oss. Våra barn ska inte behöva gå förbi blodfläckar på väg till skolan, säger Hassan Ali.

Den som har information uppmanas att ringa polisen på 114 14.
"""

SV_AFTONBLADET_POLIS_GOLD: Gold = (
    (
        "Vi har fått in flera samtal om skottlossning och hittade en skadad man på platsen. Han fördes till sjukhus men avled där",
        "Jonas Engström",
        "polisens presstalesperson Jonas Engström",
    ),
    (
        "Vi utesluter ingenting i dagsläget. Vi vill gärna komma i kontakt med alla som har rört sig i området under natten",
        "Jonas Engström",
        "han",
    ),
    (
        "Först trodde jag att det var fyrverkerier. Sedan hörde jag någon skrika, och då förstod jag att något hemskt hade hänt",
        "En kvinna",
        "hon",
    ),
    (
        "Det är fruktansvärt att det här händer igen. Gränby ska vara en trygg plats att växa upp i",
        "Maria Sjöberg",
        "hon",
    ),
    (
        "Boende kommer att se fler poliser här de kommande dagarna, både i uniform och civilt",
        "Lena Björk",
        "hon",
    ),
    (
        "Vi vägrar vänja oss. Våra barn ska inte behöva gå förbi blodfläckar på väg till skolan",
        "Hassan Ali",
        "Hassan Ali",
    ),
)


#: A Finland-Swedish daily's sport report with ``”…”`` quotes, players and coaches, and the Finnish agency's Swedish service (``FNB``) under it.
SV_HBL_HOCKEY = """HIFK vände och vann derbyt mot Jokerit

Av Mikael Lindqvist

HELSINGFORS. HIFK låg under med 0–2 efter första perioden men vände och vann derbyt mot Jokerit med 4–2 inför fullsatta läktare i Nordis på lördagen.

”Vi var inte med alls i början. I pausen sa vi till varandra att det inte får sluta så här”, sa HIFK:s lagkapten Jesper Nordman efter matchen.

Nordman gjorde själv två mål i andra perioden och var matchens store spelare.

”Det är alltid något speciellt med derbyn. Publiken bär en framåt”, sa han.

Jokerit tog ledningen genom två snabba mål av Aleksi Virtanen och Oskar Holm. Men efter paus tog hemmalaget över.

HIFK:s tränare Peter Ahlroth var nöjd med reaktionen.

”Grabbarna visade karaktär. Vi ändrade lite i försvarsspelet och plötsligt fick vi ordning på det”, sa Ahlroth.

Han ville ändå inte ta ut något i förväg.

”Det är en lång säsong. Vi har inte vunnit något än”, påpekade tränaren.

Jokerits tränare Jari Kallio var besviken på sitt lags andra period.

”Vi slutade spela. Det är oförlåtligt i ett derby”, sa Kallio.

Enligt Kallio saknades både disciplin och energi efter den första pausen.

Jokerits målvakt Teemu Salo, som släppte in fyra mål på 23 skott, tog på sig en del av skulden.

”Jag borde ha tagit det tredje målet. Det vände matchen”, sa Salo.

Matchen sågs av 8 200 åskådare, enligt arrangören säsongens största publik i Nordis hittills.

Efter matchen var stämningen i HIFK:s omklädningsrum uppsluppen. Backen Oskar Holmström, som gjorde sin första match efter en lång skadeperiod, hade svårt att sluta le.

”Jag har väntat i sju månader på det här. Att få komma tillbaka i ett derby, inför den här publiken, det går inte att beskriva”, sa Holmström.

Jokerit har nu förlorat tre raka matcher. Enligt klubbens sportchef Mika Lehtonen finns det ändå ingen anledning till panik.

”Vi har ett bra lag. Men vi måste hitta tillbaka till det enkla spelet”, sa Lehtonen till HBL.

HIFK leder nu serien med tre poängs marginal. Nästa match spelas på tisdag borta mot Tappara.

FNB
"""

SV_HBL_HOCKEY_GOLD: Gold = (
    (
        "Vi var inte med alls i början. I pausen sa vi till varandra att det inte får sluta så här",
        "Jesper Nordman",
        "HIFK:s lagkapten Jesper Nordman",
    ),
    ("Det är alltid något speciellt med derbyn. Publiken bär en framåt", "Jesper Nordman", "han"),
    (
        "Grabbarna visade karaktär. Vi ändrade lite i försvarsspelet och plötsligt fick vi ordning på det",
        "Peter Ahlroth",
        "Ahlroth",
    ),
    ("Det är en lång säsong. Vi har inte vunnit något än", "Peter Ahlroth", "tränaren"),
    ("Vi slutade spela. Det är oförlåtligt i ett derby", "Jari Kallio", "Kallio"),
    ("Jag borde ha tagit det tredje målet. Det vände matchen", "Teemu Salo", "Salo"),
    (
        "Jag har väntat i sju månader på det här. Att få komma tillbaka i ett derby, inför den här publiken, det går inte att beskriva",
        "Oskar Holmström",
        "Holmström",
    ),
    (
        "Vi har ett bra lag. Men vi måste hitta tillbaka till det enkla spelet",
        "Mika Lehtonen",
        "Lehtonen",
    ),
)


#: NTB: ``Oslo (NTB):``, dash-led quotes, a minister, party leaders, the prime minister in the Storting's question hour with ``«…»``.
NB_NTB_STORTING = """Regjeringen vil kutte i pendlerfradraget – Frp raser

Oslo (NTB): Regjeringen foreslår å kutte pendlerfradraget kraftig i statsbudsjettet for neste år. Opposisjonen kaller forslaget et angrep på distriktene.

– Dette er et nødvendig grep for å få budsjettet i balanse. Fradraget har vokst ut av alle proporsjoner, sier finansminister Kjersti Haugen (Ap) til NTB.

Ifølge Finansdepartementet vil kuttet gi staten om lag 1,8 milliarder kroner i økte inntekter. Rundt 300.000 arbeidstakere får et lavere fradrag.

Frp-leder Morten Solberg mener regjeringen straffer folk som ikke har noe valg.

– Folk i distriktene har ikke T-bane utenfor døra. De må kjøre bil til jobben, og nå skal de betale mer for det, sier Solberg.

Han kaller forslaget «et hån mot vanlige arbeidsfolk» og varsler at partiet vil stemme imot.

Også Senterpartiet er kritisk. Partiets finanspolitiske talsperson Ola Brekke sier til NTB at Sp ikke vil støtte kuttet i budsjettforhandlingene.

– Dette rammer de som allerede har de lengste reiseveiene. Det er helt feil vei å gå, sier Brekke.

Statsminister Håkon Lie forsvarte forslaget i Stortingets spørretime onsdag.

«Vi har et ansvar for å holde orden i økonomien. Det betyr at vi må gjøre prioriteringer, også når de er upopulære», sa statsministeren.

Han la til at regjeringen samtidig øker bevilgningene til kollektivtransport utenfor de store byene.

– Vi gir med den ene hånden og tar med den andre. Sånn er budsjettpolitikk, sa Lie.

Økonom Silje Nordahl i Samfunnsøkonomisk analyse mener kuttet er fornuftig.

– Fradraget har i liten grad truffet dem det var ment for. Mye av pengene går til folk med høye inntekter, sier hun.

Ifølge en måling som Norstat har gjort for NRK og Aftenposten, er 58 prosent av velgerne imot kuttet.

Partileder Solberg mener tallene taler for seg selv.

– Folk har skjønt hva dette handler om. Regjeringen burde lytte, sier han.

Venstre-leder Guri Melby-Strand sier til NTB at partiet er åpent for å se på fradraget, men ikke på denne måten.

– Vi kan godt diskutere et mer målrettet fradrag. Men å kutte over hele linja uten et alternativ er dårlig politikk, sier hun.

Budsjettet skal behandles i Stortinget i desember.
"""

NB_NTB_STORTING_GOLD: Gold = (
    (
        "Dette er et nødvendig grep for å få budsjettet i balanse. Fradraget har vokst ut av alle proporsjoner",
        "Kjersti Haugen",
        "finansminister Kjersti Haugen",
    ),
    (
        "Folk i distriktene har ikke T-bane utenfor døra. De må kjøre bil til jobben, og nå skal de betale mer for det",
        "Morten Solberg",
        "Solberg",
    ),
    ("et hån mot vanlige arbeidsfolk", "Morten Solberg", "Han"),
    (
        "Dette rammer de som allerede har de lengste reiseveiene. Det er helt feil vei å gå",
        "Ola Brekke",
        "Brekke",
    ),
    (
        "Vi har et ansvar for å holde orden i økonomien. Det betyr at vi må gjøre prioriteringer, også når de er upopulære",
        "Håkon Lie",
        "statsministeren",
    ),
    (
        "Vi gir med den ene hånden og tar med den andre. Sånn er budsjettpolitikk",
        "Håkon Lie",
        "Lie",
    ),
    (
        "Fradraget har i liten grad truffet dem det var ment for. Mye av pengene går til folk med høye inntekter",
        "Silje Nordahl",
        "hun",
    ),
    ("Folk har skjønt hva dette handler om. Regjeringen burde lytte", "Morten Solberg", "han"),
    (
        "Vi kan godt diskutere et mer målrettet fradrag. Men å kutte over hele linja uten et alternativ er dårlig politikk",
        "Guri Melby-Strand",
        "hun",
    ),
)


#: A tabloid's court report: the public prosecutor (``aktor``), the defence (``forsvarer``), the victim's sister, the accused by his age.
NB_VG_RETTSSAK = """Aktor ber om 17 års fengsel for drapet i Bergen

Av Ingrid Hovland

BERGEN (VG) Aktor ba torsdag om 17 års fengsel for den 29 år gamle mannen som er tiltalt for drapet på sin tidligere samboer i Bergen i fjor høst.

«Tiltalte har handlet med overlegg. Han oppsøkte henne i leiligheten, og han tok med seg kniven», sa statsadvokat Hilde Moe i sin prosedyre i Bergen tingrett.

Ifølge aktor var drapet kulminasjonen av flere år med vold og trusler i forholdet. Hun viste til meldinger tiltalte hadde sendt den drepte ukene før.

«Dette er ikke en handling i affekt. Det er siste kapittel i en lang historie om kontroll», sa Moe.

Den tiltalte erkjenner å ha drept kvinnen, men nekter straffskyld for overlagt drap. Han har forklart at han mistet kontrollen under en krangel.

Forsvarer Anders Kvam mener påtalemyndigheten overdriver.

«Min klient har hele tiden sagt at han ikke dro dit for å skade henne. Det finnes ingen bevis for at drapet var planlagt», sier Kvam til VG.

Han vil be om en straff på under tolv år. Forsvareren kaller aktors påstand «urimelig streng».

Bistandsadvokat Marte Lien representerer den drepte kvinnens foreldre. Hun sier familien har fulgt rettssaken med stor smerte.

«De har fått høre detaljer de aldri ønsket å vite. Nå håper de at retten gir et klart svar», sier Lien.

Kvinnens søster har vært til stede i retten alle dagene.

«Jeg er her for henne. Noen må være det», sier hun.

Tiltalte fikk det siste ordet i retten. Han henvendte seg direkte til den drepte kvinnens familie.

«Jeg skulle ønske jeg kunne gjøre det ugjort. Jeg tenker på henne hver dag», sa 29-åringen.

Ifølge aktor Hilde Moe veier dette lite mot bevisene i saken.

Rettssaken har vart i to uker. Retten har hørt 24 vitner, blant dem flere venninner av den drepte som fortalte om et forhold preget av sjalusi.

Moe la i prosedyren vekt på at tiltalte hadde slettet meldinger fra telefonen sin timer etter drapet.

«Det er ikke noe en person i sjokk gjør. Det er noe en person som planlegger, gjør», sa aktor.

Dom ventes å bli avsagt i løpet av januar.
"""

NB_VG_RETTSSAK_GOLD: Gold = (
    (
        "Tiltalte har handlet med overlegg. Han oppsøkte henne i leiligheten, og han tok med seg kniven",
        "Hilde Moe",
        "statsadvokat Hilde Moe",
    ),
    (
        "Dette er ikke en handling i affekt. Det er siste kapittel i en lang historie om kontroll",
        "Hilde Moe",
        "Moe",
    ),
    (
        "Min klient har hele tiden sagt at han ikke dro dit for å skade henne. Det finnes ingen bevis for at drapet var planlagt",
        "Anders Kvam",
        "Kvam",
    ),
    ("urimelig streng", "Anders Kvam", "Forsvareren"),
    (
        "De har fått høre detaljer de aldri ønsket å vite. Nå håper de at retten gir et klart svar",
        "Marte Lien",
        "Lien",
    ),
    ("Jeg er her for henne. Noen må være det", "Kvinnens søster", "hun"),
    (
        "Jeg skulle ønske jeg kunne gjøre det ugjort. Jeg tenker på henne hver dag",
        "29-åringen",
        "29-åringen",
    ),
    (
        "Det er ikke noe en person i sjokk gjør. Det er noe en person som planlegger, gjør",
        "Hilde Moe",
        "aktor",
    ),
)


#: A broadcaster's fire story on NTB copy: the fire service, the police's incident commander (``politiets innsatsleder``), residents (``forteller``), an officer the vocabulary does not know (``byantikvar``).
NB_NRK_BRANN = """Storbrann i Trondheim sentrum – 40 personer evakuert

Trondheim (NTB): En kraftig brann brøt natt til søndag ut i en bygård i Trondheim sentrum. Rundt 40 beboere ble evakuert, og to personer er sendt til sykehus.

Brannvesenet fikk melding om brannen like etter klokken tre. Da de første mannskapene kom fram, sto flammene ut av vinduene i tredje etasje.

– Det var en svært krevende situasjon. Brannen spredte seg raskt gjennom loftet, sier utrykningsleder Tor Inge Haugen i Trøndelag brann- og redningstjeneste til NRK.

Politiets innsatsleder Kari Aune forteller at alle beboerne nå er gjort rede for.

– Vi har hatt kontakt med samtlige som bor i bygården. To er sendt til St. Olavs hospital med røykskader, men de er ikke livstruende skadd, sier Aune.

Ifølge politiet er det for tidig å si noe om brannårsaken. Krimteknikere skal undersøke bygården når brannen er slukket.

Beboer Ahmed Yusuf våknet av at røykvarsleren gikk.

– Jeg tok med meg barna og løp ut i bare pysjamasen. Vi har mistet alt, forteller han.

En nabo, Randi Holm, sier hun så flammene fra soverommet sitt.

– Det var helt surrealistisk. Hele himmelen var oransje, sier hun.

Kommunen har satt opp et evakueringssenter på et hotell i nærheten. Ordfører Eirik Strand sier kommunen vil hjelpe de evakuerte så lenge det trengs.

– Ingen skal stå uten tak over hodet. Vi stiller opp for alle som er rammet, sier ordføreren.

Politiet opplyser at de ikke har mottatt meldinger om savnede personer. Bygården, som er fra 1890-tallet, regnes som tapt.

– Det er et tungt tap for byen. Dette var en av de eldste trebygårdene i sentrum, sier byantikvar Gunnhild Sæther til Adresseavisen.

Det er ikke første gang det brenner i området. I fjor vår brant en annen bygård bare to kvartaler unna, og da mistet en eldre mann livet.

Ifølge brannsjef Øyvind Rønning er de gamle trehusene i sentrum spesielt utsatt.

– Brannen sprer seg lett i slike bygninger, fordi det ikke finnes brannskiller mellom leilighetene. Vi har lenge ment at eierne må pålegges å oppgradere, sier Rønning.

Brannvesenet regner med å holde på med etterslukking store deler av søndagen.
"""

NB_NRK_BRANN_GOLD: Gold = (
    (
        "Det var en svært krevende situasjon. Brannen spredte seg raskt gjennom loftet",
        "Tor Inge Haugen",
        "utrykningsleder Tor Inge Haugen",
    ),
    (
        "Vi har hatt kontakt med samtlige som bor i bygården. To er sendt til St. Olavs hospital med røykskader, men de er ikke livstruende skadd",
        "Kari Aune",
        "Aune",
    ),
    ("Jeg tok med meg barna og løp ut i bare pysjamasen. Vi har mistet alt", "Ahmed Yusuf", "han"),
    ("Det var helt surrealistisk. Hele himmelen var oransje", "Randi Holm", "hun"),
    (
        "Ingen skal stå uten tak over hodet. Vi stiller opp for alle som er rammet",
        "Eirik Strand",
        "ordføreren",
    ),
    (
        "Det er et tungt tap for byen. Dette var en av de eldste trebygårdene i sentrum",
        "Gunnhild Sæther",
        "byantikvar Gunnhild Sæther",
    ),
    (
        "Brannen sprer seg lett i slike bygninger, fordi det ikke finnes brannskiller mellom leilighetene. Vi har lenge ment at eierne må pålegges å oppgradere",
        "Øyvind Rønning",
        "Rønning",
    ),
)


#: Business results: the chief executive, an analyst at a bank (``i Pareto Securities kaller ...``), a union rep who *writes*.
NB_E24_RESULTAT = """Nordvik Sjømat leverte rekordresultat – aksjen til værs

Av Lars Brekke

Sjømatselskapet Nordvik Sjømat fikk et driftsresultat på 1,2 milliarder kroner i tredje kvartal, det beste i selskapets historie. Aksjen steg over 8 prosent på Oslo Børs torsdag.

– Vi har hatt et svært godt kvartal med høye laksepriser og lav dødelighet i anleggene våre, sier konsernsjef Marianne Vold til E24.

Analytikerne hadde på forhånd ventet et driftsresultat på rundt 950 millioner kroner, ifølge Infront.

Vold peker på at selskapet har investert tungt i nye merder og bedre fiskehelse de siste årene.

– Det vi ser nå, er resultatet av et langsiktig arbeid. Vi har ikke flaks, vi har jobbet for dette, sier hun.

Hun er likevel forsiktig med å love like gode tall framover. Lakseprisene har falt noe de siste ukene.

– Markedet er uforutsigbart. Vi må være forberedt på svingninger, sier Vold.

Analytiker Petter Moen i Pareto Securities kaller resultatet «imponerende».

– Kostnadene var klart lavere enn vi hadde regnet med. Det tyder på at selskapet har fått kontroll på driften, sier Moen.

Ifølge Moen er den største risikoen for selskapet den varslede grunnrenteskatten på havbruk.

Også fagforeningen er fornøyd med tallene. Klubbleder Stein Andersen mener de ansatte fortjener en del av gevinsten.

«Folkene på anleggene har gjort en kjempejobb i et tøft år. Det bør gjenspeiles i lønnsoppgjøret», skriver Andersen i en melding til E24.

Konsernsjefen vil ikke spekulere i hvordan skatten vil påvirke investeringene.

– Vi forholder oss til de rammene politikerne gir oss. Men det er klart at usikkerhet aldri er bra for en bransje som tenker i tiårsperspektiv, sier Vold.

Nordvik Sjømat har rundt 900 ansatte, de fleste på anlegg langs kysten av Nordland og Troms. Selskapet har de siste to årene kjøpt opp to mindre oppdrettere.

Fiskeri- og havminister Bjørnar Skjæran sier til E24 at regjeringen ikke har planer om å endre skatten.

– Havbruksnæringen tjener gode penger på en felles ressurs. Da er det rimelig at fellesskapet får en del av verdiskapingen, sier statsråden.

Selskapet foreslår et utbytte på 6 kroner per aksje.
"""

NB_E24_RESULTAT_GOLD: Gold = (
    (
        "Vi har hatt et svært godt kvartal med høye laksepriser og lav dødelighet i anleggene våre",
        "Marianne Vold",
        "konsernsjef Marianne Vold",
    ),
    (
        "Det vi ser nå, er resultatet av et langsiktig arbeid. Vi har ikke flaks, vi har jobbet for dette",
        "Marianne Vold",
        "hun",
    ),
    ("Markedet er uforutsigbart. Vi må være forberedt på svingninger", "Marianne Vold", "Vold"),
    ("imponerende", "Petter Moen", "Analytiker Petter Moen"),
    (
        "Kostnadene var klart lavere enn vi hadde regnet med. Det tyder på at selskapet har fått kontroll på driften",
        "Petter Moen",
        "Moen",
    ),
    (
        "Folkene på anleggene har gjort en kjempejobb i et tøft år. Det bør gjenspeiles i lønnsoppgjøret",
        "Stein Andersen",
        "Andersen",
    ),
    (
        "Vi forholder oss til de rammene politikerne gir oss. Men det er klart at usikkerhet aldri er bra for en bransje som tenker i tiårsperspektiv",
        "Marianne Vold",
        "Vold",
    ),
    (
        "Havbruksnæringen tjener gode penger på en felles ressurs. Da er det rimelig at fellesskapet får en del av verdiskapingen",
        "Bjørnar Skjæran",
        "statsråden",
    ),
)


#: Ritzau: dash-led quotes, ``siger``/``sagde``/``udtaler``, the prime minister in the Folketing, ``/ritzau/`` under the story.
DA_RITZAU_FOLKETING = """Regeringen vil hæve afgiften på cigaretter – kritik fra Dansk Folkeparti

Regeringen vil hæve prisen på en pakke cigaretter til 100 kroner. Det fremgår af et udspil, som sundhedsministeren præsenterede tirsdag.

- Vi ved, at prisen er det mest effektive redskab til at få unge til at lade være med at ryge. Derfor gør vi det nu, siger sundhedsminister Louise Bang (S) til Ritzau.

Ifølge ministeriet ryger omkring 14 procent af de 15-29-årige dagligt. Målet er at få tallet under fem procent i 2030.

Dansk Folkeparti er imod forslaget. Partiformand Thomas Kjær kalder det en "skat på de fattigste".

- Det er igen de mennesker, der har mindst, som kommer til at betale. Og grænsehandlen vil eksplodere, siger han.

Statsminister Anne Dahl forsvarede forslaget under spørgetimen i Folketinget onsdag.

- Jeg forstår godt, at det gør ondt på pengepungen. Men det gør mere ondt at få lungekræft, sagde statsministeren.

Kræftens Bekæmpelse bakker op om udspillet. Direktør Jesper Fogh udtaler, at organisationen har kæmpet for højere priser i mange år.

- Det her vil redde liv. Det er så enkelt, siger Jesper Fogh.

Også i Venstre er der opbakning, men partiets sundhedsordfører Mette Juul efterlyser en plan mod grænsehandel.

- Det nytter ikke, at danskerne bare kører til Tyskland og fylder bagagerummet. Det skal regeringen have et svar på, siger hun.

Ifølge Skatteministeriet vil en pakke cigaretter i Tyskland fortsat koste omkring 60 kroner, når afgiften er hævet.

Skatteminister Rasmus Kiil (V) afviser dog, at grænsehandlen vil eksplodere.

- Erfaringen fra sidste afgiftsstigning er, at de fleste køber deres cigaretter i Danmark. Vi følger udviklingen tæt, siger han.

Også blandt de handlende er der bekymring. Ifølge De Samvirkende Købmænd vil mange små butikker i grænselandet miste en stor del af deres omsætning.

- For mange købmænd er tobak en fjerdedel af omsætningen. Det er ikke noget, man bare lige erstatter, siger direktør Niels Bendix til Ritzau.

Statsministeren afviste samtidig, at regeringen vil gå videre og forbyde salg af tobak til personer født efter 2010, som det er sket i andre lande.

- Det er ikke noget, vi arbejder med lige nu, sagde Anne Dahl.

Afgiftsstigningen skal træde i kraft 1. april. Den forventes at give statskassen 900 millioner kroner om året.

/ritzau/
"""

DA_RITZAU_FOLKETING_GOLD: Gold = (
    (
        "Vi ved, at prisen er det mest effektive redskab til at få unge til at lade være med at ryge. Derfor gør vi det nu",
        "Louise Bang",
        "sundhedsminister Louise Bang",
    ),
    ("skat på de fattigste", "Thomas Kjær", "Partiformand Thomas Kjær"),
    (
        "Det er igen de mennesker, der har mindst, som kommer til at betale. Og grænsehandlen vil eksplodere",
        "Thomas Kjær",
        "han",
    ),
    (
        "Jeg forstår godt, at det gør ondt på pengepungen. Men det gør mere ondt at få lungekræft",
        "Anne Dahl",
        "statsministeren",
    ),
    ("Det her vil redde liv. Det er så enkelt", "Jesper Fogh", "Jesper Fogh"),
    (
        "Det nytter ikke, at danskerne bare kører til Tyskland og fylder bagagerummet. Det skal regeringen have et svar på",
        "Mette Juul",
        "hun",
    ),
    (
        "Erfaringen fra sidste afgiftsstigning er, at de fleste køber deres cigaretter i Danmark. Vi følger udviklingen tæt",
        "Rasmus Kiil",
        "han",
    ),
    (
        "For mange købmænd er tobak en fjerdedel af omsætningen. Det er ikke noget, man bare lige erstatter",
        "Niels Bendix",
        "direktør Niels Bendix",
    ),
    ("Det er ikke noget, vi arbejder med lige nu", "Anne Dahl", "Anne Dahl"),
)


#: A Copenhagen daily's court report with ``»…«``: the prosecutor (``anklager``), the defence, the victim's father, a police superintendent of a district (``fra Københavns Politi``).
DA_POLITIKEN_RETSSAG = """Anklager kræver fængsel i 12 år for knivdrab på Nørrebro

Af Sofie Vestergaard

Anklagemyndigheden kræver fængsel i 12 år til den 22-årige mand, der er tiltalt for at have dræbt en 19-årig med et knivstik på Nørrebro i marts.

»Tiltalte tog en kniv med ud den aften. Det er ikke noget, man gør ved et tilfælde«, sagde anklager Rasmus Holm i sin procedure i Københavns Byret torsdag.

Ifølge anklageren viser videooptagelser fra en butik, at den tiltalte løb efter offeret, efter at en skænderi var blevet afbrudt.

»Han havde alle muligheder for at gå væk. Han valgte at løbe efter ham«, sagde Holm.

Den 22-årige har erkendt at have stukket offeret, men han nægter sig skyldig i manddrab. Han forklarer, at han handlede i nødværge.

Hans forsvarer, advokat Line Kragh, har bedt retten om at frifinde ham for manddrab og i stedet dømme for grov vold.

»Min klient var bange. Han var blevet truet af en gruppe unge mænd i ugerne før, og han troede, at han skulle dø«, siger Line Kragh til Politiken.

Hun kalder anklagemyndighedens krav »helt ude af proportioner«.

Offerets far har været i retten alle dage. Han siger, at familien blot ønsker, at retten tager stilling til, hvad der skete.

»Vi får ham aldrig tilbage. Men vi har brug for at vide, at nogen tager det alvorligt«, siger han.

Retssagen har varet fem dage. Retten har blandt andet hørt vidner, der var til stede på Blågårds Plads den aften, hvor drabet skete.

Politikommissær Henrik Skov fra Københavns Politi siger, at sagen er et eksempel på, at flere unge bærer kniv.

»Vi ser desværre alt for mange sager, hvor et skænderi ender i et knivstik«, siger han.

Den tiltalte fik sidste ord i retten. Han vendte sig mod offerets familie.

»Jeg ville aldrig have, at det skulle ende sådan. Jeg tænker på det hver eneste dag«, sagde den 22-årige.

Ifølge Line Kragh vil forsvaret overveje at anke, hvis hendes klient bliver dømt for manddrab.

Forsvareren Line Kragh understregede i sin procedure, at hendes klient selv ringede til politiet efter knivstikket.

»Det er ikke en mand, der flygter fra sit ansvar«, sagde hun.

Dommen afsiges 4. december.
"""

DA_POLITIKEN_RETSSAG_GOLD: Gold = (
    (
        "Tiltalte tog en kniv med ud den aften. Det er ikke noget, man gør ved et tilfælde",
        "Rasmus Holm",
        "anklager Rasmus Holm",
    ),
    (
        "Han havde alle muligheder for at gå væk. Han valgte at løbe efter ham",
        "Rasmus Holm",
        "Holm",
    ),
    (
        "Min klient var bange. Han var blevet truet af en gruppe unge mænd i ugerne før, og han troede, at han skulle dø",
        "Line Kragh",
        "Line Kragh",
    ),
    ("helt ude af proportioner", "Line Kragh", "Hun"),
    (
        "Vi får ham aldrig tilbage. Men vi har brug for at vide, at nogen tager det alvorligt",
        "Offerets far",
        "han",
    ),
    (
        "Vi ser desværre alt for mange sager, hvor et skænderi ender i et knivstik",
        "Henrik Skov",
        "han",
    ),
    (
        "Jeg ville aldrig have, at det skulle ende sådan. Jeg tænker på det hver eneste dag",
        "den 22-årige",
        "den 22-årige",
    ),
    ("Det er ikke en mand, der flygter fra sit ansvar", "Line Kragh", "hun"),
)


#: A broadcaster's football report with ``“…,”`` quotes (the comma inside the mark), captain, coaches, a sporting director.
DA_DR_FODBOLD = """FC Midtjylland slog Brøndby i topopgøret – træneren roser forsvaret

FC Midtjylland vandt søndag 2-0 over Brøndby i Herning og overtog dermed førstepladsen i Superligaen.

Kaptajnen Mikkel Bach scorede begge mål i anden halvleg.

“Det var en kamp, hvor vi skulle være tålmodige. Brøndby var gode i første halvleg, men vi holdt fast i planen,” sagde Mikkel Bach til DR efter kampen.

Cheftræner Jonas Lykke var især tilfreds med holdets defensiv.

“Vi gav dem næsten ingen chancer. Det er det, der vinder mesterskaber,” siger Lykke.

Brøndby havde ellers det bedste af spillet i de første 45 minutter. Angriberen Nicolai Sand ramte stolpen efter en halv time.

“Hvis den går ind, er det en helt anden kamp. Sådan er fodbold,” sagde Sand.

Brøndbys træner, Kasper Friis, var skuffet over holdets anden halvleg.

“Vi mistede grebet efter pausen. Det må vi se på i ugens løb,” sagde han.

Ifølge Friis manglede holdet energi efter en hård europæisk kamp torsdag.

Sportsdirektør Peter Munk fra FC Midtjylland sagde efter kampen, at klubben ikke vil lade sig rive med af førstepladsen.

“Der er lang vej endnu. Vi tager én kamp ad gangen,” sagde Munk.

Midtjyllands målmand, Oliver Dam, holdt buret rent for fjerde kamp i træk.

“Det er forsvaret, der fortjener æren. Jeg havde næsten ikke noget at lave,” sagde han beskedent.

Sejren betyder, at FC Midtjylland nu har tre point ned til Brøndby og fem point ned til FC København på tredjepladsen.

Brøndby-fansene var tydeligt utilfredse efter slutfløjtet, og flere hundrede blev stående bag det ene mål og råbte efter holdets ledelse.

Ifølge Brøndbys kommunikationschef, Maja Holt, vil klubben tage en snak med fangrupperne i den kommende uge.

“Vi forstår frustrationen, men vi skal også huske, at vi ligger nummer to i ligaen,” sagde hun til DR.

Næste kamp for FC Midtjylland er på udebane mod AGF onsdag. Cheftræner Jonas Lykke venter en svær opgave.

“Aarhus er altid et hårdt sted at spille. Vi skal være lige så disciplinerede som i dag,” sagde han.

De to hold mødes igen i pokalturneringen i marts.
"""

DA_DR_FODBOLD_GOLD: Gold = (
    (
        "Det var en kamp, hvor vi skulle være tålmodige. Brøndby var gode i første halvleg, men vi holdt fast i planen,",
        "Mikkel Bach",
        "Mikkel Bach",
    ),
    (
        "Vi gav dem næsten ingen chancer. Det er det, der vinder mesterskaber,",
        "Jonas Lykke",
        "Lykke",
    ),
    ("Hvis den går ind, er det en helt anden kamp. Sådan er fodbold,", "Nicolai Sand", "Sand"),
    ("Vi mistede grebet efter pausen. Det må vi se på i ugens løb,", "Kasper Friis", "han"),
    ("Der er lang vej endnu. Vi tager én kamp ad gangen,", "Peter Munk", "Munk"),
    (
        "Det er forsvaret, der fortjener æren. Jeg havde næsten ikke noget at lave,",
        "Oliver Dam",
        "han",
    ),
    (
        "Vi forstår frustrationen, men vi skal også huske, at vi ligger nummer to i ligaen,",
        "Maja Holt",
        "hun",
    ),
    (
        "Aarhus er altid et hårdt sted at spille. Vi skal være lige så disciplinerede som i dag,",
        "Jonas Lykke",
        "han",
    ),
)


#: A daily's culture story: a photo credit alone, a theatre's head (``Teaterchef``, ``teaterchefen``), a minister who *writes*, a soloist, a union.
DA_BERLINGSKE_KULTUR = """Det Kongelige Teater skærer 40 stillinger – kunstnere frygter for balletten

Af Karen Holst

Foto: Mads Nissen

Det Kongelige Teater skal spare 60 millioner kroner næste år. Det betyder, at 40 stillinger forsvinder, og at to store forestillinger bliver aflyst.

Teaterchef Morten Bech siger til Berlingske, at der ikke var andre muligheder.

»Vi har vendt hver en sten. Vi har ikke lyst til at fyre nogen, men vi kan ikke bruge penge, vi ikke har«, siger han.

Ifølge teatret skyldes underskuddet især stigende energipriser og et fald i billetsalget efter pandemien.

Kulturminister Ida Mørch (M) udtaler i en skriftlig kommentar, at hun har forståelse for teatrets situation.

»Det Kongelige Teater er en national institution, og jeg følger sagen tæt«, skriver ministeren.

Hun vil dog ikke love ekstra penge.

Solodanseren Camilla Juhl er en af dem, der frygter for balletten. Hun har danset på Gamle Scene i 15 år.

»Når man skærer i balletten, tager det ti år at bygge den op igen. Det forstår politikerne ikke«, siger hun.

Dansk Skuespillerforbund kalder nedskæringerne »et kulturelt selvmål«.

Forbundets formand, Anders Ravn, mener, at staten har et særligt ansvar.

»Det er statens eget teater. Hvis ikke staten vil betale for det, hvem skal så?« spørger han.

Også publikum reagerer. Abonnent gennem 30 år Bente Lauritsen har skrevet et åbent brev til ministeren.

»Jeg har siddet i salen siden 1990'erne. Det gør ondt at se, hvordan man lader teatret forfalde«, skriver hun i brevet.

Teatret har i forvejen skåret i antallet af forestillinger. I sidste sæson blev tre produktioner udskudt på grund af økonomien.

Kulturordfører Sara Holm fra SF kalder situationen uholdbar og vil kalde ministeren i samråd.

»Man kan ikke lade nationalscenen sejle. Ministeren må på banen nu«, siger Sara Holm.

Ifølge Morten Bech skal de ansatte have besked om afskedigelserne inden jul.

»Det bliver en hård december for mange. Det er jeg ked af«, siger teaterchefen.
"""

DA_BERLINGSKE_KULTUR_GOLD: Gold = (
    (
        "Vi har vendt hver en sten. Vi har ikke lyst til at fyre nogen, men vi kan ikke bruge penge, vi ikke har",
        "Morten Bech",
        "han",
    ),
    (
        "Det Kongelige Teater er en national institution, og jeg følger sagen tæt",
        "Ida Mørch",
        "ministeren",
    ),
    (
        "Når man skærer i balletten, tager det ti år at bygge den op igen. Det forstår politikerne ikke",
        "Camilla Juhl",
        "hun",
    ),
    ("et kulturelt selvmål", "Dansk Skuespillerforbund", "Dansk Skuespillerforbund"),
    (
        "Det er statens eget teater. Hvis ikke staten vil betale for det, hvem skal så?",
        "Anders Ravn",
        "han",
    ),
    (
        "Jeg har siddet i salen siden 1990'erne. Det gør ondt at se, hvordan man lader teatret forfalde",
        "Bente Lauritsen",
        "hun",
    ),
    ("Man kan ikke lade nationalscenen sejle. Ministeren må på banen nu", "Sara Holm", "Sara Holm"),
    ("Det bliver en hård december for mange. Det er jeg ked af", "Morten Bech", "teaterchefen"),
)


CASES: dict[str, tuple[str, Gold]] = {
    "sv_tt_riksdag": (SV_TT_RIKSDAG, SV_TT_RIKSDAG_GOLD),
    "sv_dn_rattegang": (SV_DN_RATTEGANG, SV_DN_RATTEGANG_GOLD),
    "sv_aftonbladet_polis": (SV_AFTONBLADET_POLIS, SV_AFTONBLADET_POLIS_GOLD),
    "sv_hbl_hockey": (SV_HBL_HOCKEY, SV_HBL_HOCKEY_GOLD),
    "nb_ntb_storting": (NB_NTB_STORTING, NB_NTB_STORTING_GOLD),
    "nb_vg_rettssak": (NB_VG_RETTSSAK, NB_VG_RETTSSAK_GOLD),
    "nb_nrk_brann": (NB_NRK_BRANN, NB_NRK_BRANN_GOLD),
    "nb_e24_resultat": (NB_E24_RESULTAT, NB_E24_RESULTAT_GOLD),
    "da_ritzau_folketing": (DA_RITZAU_FOLKETING, DA_RITZAU_FOLKETING_GOLD),
    "da_politiken_retssag": (DA_POLITIKEN_RETSSAG, DA_POLITIKEN_RETSSAG_GOLD),
    "da_dr_fodbold": (DA_DR_FODBOLD, DA_DR_FODBOLD_GOLD),
    "da_berlingske_kultur": (DA_BERLINGSKE_KULTUR, DA_BERLINGSKE_KULTUR_GOLD),
}


#: The roles of the speakers of some quotes, by (story, quote).
ROLES: dict[tuple[str, str], str] = {
    (
        "sv_tt_riksdag",
        "Det här är ett av de största straffrättsliga paketen på decennier",
    ): "justitieminister",
    (
        "da_berlingske_kultur",
        "Vi har vendt hver en sten. Vi har ikke lyst til at fyre nogen, men vi kan ikke bruge penge, vi ikke har",
    ): "Teaterchef",
    (
        "da_politiken_retssag",
        "Vi ser desværre alt for mange sager, hvor et skænderi ender i et knivstik",
    ): "Politikommissær",
    ("nb_vg_rettssak", "Jeg er her for henne. Noen må være det"): "Kvinnens søster",
    (
        "nb_nrk_brann",
        "Det er et tungt tap for byen. Dette var en av de eldste trebygårdene i sentrum",
    ): "byantikvar",
}

#: Stories whose remaining errors no general rule fixes yet, with the reason
#: (the test fails if they start passing).
KNOWN_FAILURES: dict[str, str] = {}


@pytest.mark.parametrize("name", story_names(CASES, KNOWN_FAILURES))
def test_unseen_nordic_story(name: str) -> None:
    text, gold = CASES[name]
    check_story(name, text, gold, ROLES)


_said = _mentions  # (quote, speaker name, mention) of every quote; spans checked


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        # a compound ending in *chef*/*sjef* is a role, opening the sentence or after the cue
        (
            "da",
            "Teatret skal spare.\n\n"
            "Teaterchef Morten Bech siger til avisen, at der ikke var andre muligheder.\n\n"
            "»Vi har vendt hver en sten«, siger han.\n\n"
            "»Det bliver en hård december«, siger teaterchefen.",
            [
                ("Vi har vendt hver en sten", "Morten Bech", "han"),
                ("Det bliver en hård december", "Morten Bech", "teaterchefen"),
            ],
        ),
        (
            "nb",
            "Klubben har sparket treneren.\n\n"
            "– Vi trengte en ny retning, sier sportssjef Trond Lie til VG.",
            [("Vi trengte en ny retning", "Trond Lie", "sportssjef Trond Lie")],
        ),
        # a captain: a role the vocabulary now knows, opening the sentence
        (
            "da",
            "FC Midtjylland vandt søndag.\n\n"
            "Kaptajnen Mikkel Bach scorede begge mål.\n\n"
            "»Vi var tålmodige«, sagde Mikkel Bach efter kampen.",
            [("Vi var tålmodige", "Mikkel Bach", "Mikkel Bach")],
        ),
        # someone named by their age alone after the cue
        (
            "sv",
            "Den tilltalade fick sista ordet.\n\n"
            "”Jag har aldrig varit där”, sa 24-åringen med låg röst.",
            [("Jag har aldrig varit där", "24-åringen", "24-åringen")],
        ),
        (
            "nb",
            "Tiltalte fikk det siste ordet.\n\n«Jeg angrer», sa 29-åringen.",
            [("Jeg angrer", "29-åringen", "29-åringen")],
        ),
        (
            "da",
            "Den tiltalte fik sidste ord.\n\n»Jeg fortryder«, sagde den 22-årige.",
            [("Jeg fortryder", "den 22-årige", "den 22-årige")],
        ),
        # a noun of a doer ending in -ar or -og that the vocabulary does not know,
        # then a full name, after the cue; a Nordic first name the lists lacked
        (
            "nb",
            "Bygården regnes som tapt.\n\n"
            "– Det er et tungt tap for byen, sier byantikvar Gunnhild Sæther til Adresseavisen.",
            [("Det er et tungt tap for byen", "Gunnhild Sæther", "byantikvar Gunnhild Sæther")],
        ),
        (
            "sv",
            "Antalet anmälningar ökar.\n\n"
            "– Det är en oroande trend, säger psykolog Annika Berg till SVT.",
            [("Det är en oroande trend", "Annika Berg", "psykolog Annika Berg")],
        ),
        # the firm a named analyst works in, between the name and the cue
        (
            "nb",
            "Aksjen steg 8 prosent.\n\n"
            "Analytiker Petter Moen i Pareto Securities kaller resultatet «imponerende».",
            [("imponerende", "Petter Moen", "Analytiker Petter Moen")],
        ),
        (
            "sv",
            "Aktien steg kraftigt.\n\n"
            "Analytikern Eva Ek i Handelsbanken kallar rapporten ”mycket stark”.",
            [("mycket stark", "Eva Ek", "Analytikern Eva Ek")],
        ),
        # *statsråd*, any member of the cabinet, is the minister named before, by a
        # compound office or two offices joined (Fiskeri- og havminister)
        (
            "nb",
            "Laksen.\n\n"
            "Fiskeri- og havminister Bjørnar Skjæran sier til E24 at regjeringen ikke vil endre skatten.\n\n"
            "– Det er rimelig, sier statsråden.",
            [("Det er rimelig", "Bjørnar Skjæran", "statsråden")],
        ),
        (
            "sv",
            "Skolan.\n\n"
            "Utbildningsminister Anna Ek säger till TT att regeringen inte ändrar sig.\n\n"
            "– Det är rimligt, säger statsrådet.",
            [("Det är rimligt", "Anna Ek", "statsrådet")],
        ),
        # a council that writes, by its definite noun
        (
            "sv",
            "Lagrådet har varnat för förslaget.\n\n"
            "I ett yttrande skrev rådet att effekterna var ”svåra att bedöma”.",
            [("svåra att bedöma", "rådet", "rådet")],
        ),
    ],
)
def test_a_nordic_form(
    language: str, text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert _said(text, language) == expected


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        # the person a paragraph of prose opens with, named by no more than who they
        # are, is whom the pronoun of the next paragraph's cue stands for, not the
        # last speaker of that gender
        (
            "da",
            "Anklager Rasmus Holm talte i en time.\n\n"
            "»Han valgte at løbe efter ham«, sagde Holm.\n\n"
            "Offerets far har været i retten alle dage.\n\n"
            "»Vi får ham aldrig tilbage«, siger han.",
            [
                ("Han valgte at løbe efter ham", "Rasmus Holm", "Holm"),
                ("Vi får ham aldrig tilbage", "Offerets far", "han"),
            ],
        ),
        (
            "nb",
            "Statsadvokat Hilde Moe la fram sin prosedyre.\n\n"
            "«Dette var planlagt», sa Moe.\n\n"
            "Kvinnens søster har vært til stede i retten alle dagene.\n\n"
            "«Jeg er her for henne», sier hun.",
            [
                ("Dette var planlagt", "Hilde Moe", "Moe"),
                ("Jeg er her for henne", "Kvinnens søster", "hun"),
            ],
        ),
        (
            "sv",
            "Polisen har spärrat av området.\n\n"
            "– Vi utesluter ingenting, säger presstalesperson Lena Björk.\n\n"
            "En kvinna som bor i ett av husen vaknade av smällarna.\n\n"
            "– Först trodde jag att det var fyrverkerier, säger hon.",
            [
                ("Vi utesluter ingenting", "Lena Björk", "presstalesperson Lena Björk"),
                ("Först trodde jag att det var fyrverkerier", "En kvinna", "hon"),
            ],
        ),
        # a paragraph that names someone in full is read as before
        (
            "da",
            "Anklager Rasmus Holm talte i en time.\n\n"
            "»Han valgte at løbe efter ham«, sagde Holm.\n\n"
            "Offerets far, Jens Dahl, har været i retten alle dage.\n\n"
            "»Vi får ham aldrig tilbage«, siger han.",
            [
                ("Han valgte at løbe efter ham", "Rasmus Holm", "Holm"),
                ("Vi får ham aldrig tilbage", "Jens Dahl", "han"),
            ],
        ),
        # a role that someone named before was introduced with may name them again
        (
            "sv",
            "Socialdemokraternas partiledare Anna Ek talade i riksdagen.\n\n"
            "”Vi kräver svar”, sa Ek.\n\n"
            "Partiets ledare har länge varit kritisk till regeringen.\n\n"
            "– Det här håller inte, säger hon.",
            [("Vi kräver svar", "Anna Ek", "Ek"), ("Det här håller inte", "Anna Ek", "hon")],
        ),
        (
            "da",
            "Venstres formand Jens Holm talte i Folketinget.\n\n"
            "»Vi kræver svar«, sagde Holm.\n\n"
            "Partiets formand har længe været kritisk.\n\n"
            "»Det holder ikke«, siger han.",
            [("Vi kræver svar", "Jens Holm", "Holm"), ("Det holder ikke", "Jens Holm", "han")],
        ),
        # a club named with its letters is no second person either (FC Midtjylland)
        (
            "da",
            "Cheftræner Jonas Lykke var tilfreds.\n\n"
            "“Vi gav dem ingen chancer,” siger Lykke.\n\n"
            "Midtjyllands målmand, Oliver Dam, holdt buret rent.\n\n"
            "“Det er forsvaret, der fortjener æren,” sagde han.\n\n"
            "Næste kamp for FC Midtjylland er mod AGF onsdag. Cheftræner Jonas Lykke venter en svær opgave.\n\n"
            "“Aarhus er altid et hårdt sted,” sagde han.",
            [
                ("Vi gav dem ingen chancer,", "Jonas Lykke", "Lykke"),
                ("Det er forsvaret, der fortjener æren,", "Oliver Dam", "han"),
                ("Aarhus er altid et hårdt sted,", "Jonas Lykke", "han"),
            ],
        ),
        # a police district or a stage named after the person is no second person:
        # the pronoun still stands for the one named there
        (
            "da",
            "Sagen.\n\n"
            "»Han havde alle muligheder«, sagde anklager Rasmus Holm.\n\n"
            "Politikommissær Henrik Skov fra Københavns Politi siger, at flere unge bærer kniv.\n\n"
            "»Vi ser alt for mange sager«, siger han.",
            [
                ("Han havde alle muligheder", "Rasmus Holm", "anklager Rasmus Holm"),
                ("Vi ser alt for mange sager", "Henrik Skov", "han"),
            ],
        ),
        (
            "da",
            "Teatret sparer.\n\n"
            "»Jeg følger sagen tæt«, skriver kulturminister Ida Mørch.\n\n"
            "Solodanseren Camilla Juhl frygter for balletten. Hun har danset på Gamle Scene i 15 år.\n\n"
            "»Det tager ti år at bygge den op igen«, siger hun.",
            [
                ("Jeg følger sagen tæt", "Ida Mørch", "kulturminister Ida Mørch"),
                ("Det tager ti år at bygge den op igen", "Camilla Juhl", "hun"),
            ],
        ),
    ],
)
def test_whom_a_pronoun_after_a_paragraph_of_prose_stands_for(
    language: str, text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert _said(text, language) == expected
