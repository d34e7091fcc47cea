"""Quotes and speakers on twelve more beats.

Every story here is invented (names, places, figures and words; no real story
is copied) in the house style of English wire and web copy of 2025-2026, one
story for each of twelve more beats: a Supreme Court ruling (``Justice X wrote
for the majority``, a dissent, ``the opinion said``, lawyers on the steps), an
air crash inquiry (a preliminary report, a cockpit recording, the airline's
statement), a Security Council session (envoys by title and country, ``the
Russian envoy``, the secretary-general), an election abroad (a candidate, the
electoral commission, voters by first name and age), an OPEC+ meeting (``the
Saudi energy minister said``, anonymous delegates, analysts at named banks), a
dock strike (union leader, employers' statement, the picket line, a mediator),
a Formula One report (``told Sky Sports``, ``said the Monegasque``, ``the world
No. 3``, a team radio message), a cricket report in Indian English (``said the
skipper``, ``opined``, ``informed``, ``Shri``, ``Dr.``), a data breach (a blog
post, a researcher, ``the hackers wrote in a post``, a regulator), a
human-rights report (``Amnesty said in a report``, victims by first name, the
government's rebuttal), a spacewalk (call-outs relayed from orbit and from
Mission Control) and a restaurant feature (the chef, diners, a critic's review,
a dish's name in quotes that is no quote).  The gold follows
:mod:`tests.test_quotes_unseen`: every quote of :attr:`Article.quotes` in text
order with its speaker's name and mention.
"""

from __future__ import annotations

import pytest

from newsstruct import find_quotes
from tests.test_quotes_unseen import Gold, check_story, story_names

SCOTUS_RULING = """Supreme Court limits agencies' power to fine companies without a jury

WASHINGTON (AP) — The Supreme Court on Thursday sharply limited the power of federal agencies to impose civil fines in their own in-house courts, ruling 6-3 that companies accused of fraud are entitled to a jury trial.

Justice Harold Pemberton wrote for the majority that the Constitution "does not permit Congress to route around the jury box" by sending cases to administrative judges employed by the agency that brought them.

"A citizen who faces a penalty for fraud faces the same charge he would face in any courtroom," Pemberton wrote. "He is owed the same protections."

The case was brought by Corvane Capital, a small Ohio investment adviser that the Securities and Exchange Commission fined $2.4 million in 2022 after an in-house proceeding.

In a dissent joined by the court's two other liberal justices, Justice Miriam Okonkwo warned that the decision would "throw into doubt" the work of dozens of agencies, from workplace safety regulators to the Federal Aviation Administration.

"Today's decision is a power grab, dressed up as a defense of liberty," Okonkwo wrote. “The majority does not say where its new rule ends. I fear that is the point.”

The opinion said the ruling applied only to penalties "of the kind historically tried at common law," and it left open whether agencies could still decide cases about licenses and benefits.

On the steps of the court, Corvane's lawyer, Daniel Ashcroft, told reporters his client had waited four years for this day.

"My client was accused, prosecuted and judged by the same agency," Ashcroft said. "That is not a court. That is a conveyor belt."

Corvane's founder, Eileen Marsh, stood beside him holding a printed copy of the ruling. “I just wanted to tell my side to twelve ordinary people,” she said. “Now everybody gets to.”

The SEC said in a statement that it was reviewing the decision. "The Commission will continue to pursue fraud vigorously in whatever forum the law allows," the statement said.

Legal scholars said the ruling could force agencies to move hundreds of cases to federal district courts, which are already short of judges.

"This is the biggest shift in administrative law in a generation," said Rachel Dunmore, a professor at Georgetown University Law Center. "Agencies will need more lawyers, more time and a lot more patience."

Not everyone agreed the change would be so sweeping. Thomas Greer, a former SEC enforcement director now in private practice, said most large cases were already filed in federal court.

"The agency saw this coming," Greer said. "It has been quietly moving its big cases for years."

Senate Democrats said they would look at legislation to protect other agencies. Sen. Amy Calderón of New Mexico called the decision "a gift to every fraudster with a good lawyer."

Justice Pemberton, responding to the dissent in a footnote, said its warnings were overstated. The ruling, he wrote, "decides this case and no other."
"""

SCOTUS_RULING_GOLD: Gold = (
    (
        "does not permit Congress to route around the jury box",
        "Harold Pemberton",
        "Justice Harold Pemberton",
    ),
    (
        "A citizen who faces a penalty for fraud faces the same charge he would face in any courtroom,",
        "Harold Pemberton",
        "Pemberton",
    ),
    ("He is owed the same protections.", "Harold Pemberton", "Pemberton"),
    ("throw into doubt", "Miriam Okonkwo", "Justice Miriam Okonkwo"),
    (
        "Today's decision is a power grab, dressed up as a defense of liberty,",
        "Miriam Okonkwo",
        "Okonkwo",
    ),
    (
        "The majority does not say where its new rule ends. I fear that is the point.",
        "Miriam Okonkwo",
        "Okonkwo",
    ),
    ("of the kind historically tried at common law,", "The opinion", "The opinion"),
    (
        "My client was accused, prosecuted and judged by the same agency,",
        "Daniel Ashcroft",
        "Ashcroft",
    ),
    ("That is not a court. That is a conveyor belt.", "Daniel Ashcroft", "Ashcroft"),
    ("I just wanted to tell my side to twelve ordinary people,", "Eileen Marsh", "she"),
    ("Now everybody gets to.", "Eileen Marsh", "she"),
    (
        "The Commission will continue to pursue fraud vigorously in whatever forum the law allows,",
        "The SEC",
        "the statement",
    ),
    (
        "This is the biggest shift in administrative law in a generation,",
        "Rachel Dunmore",
        "Rachel Dunmore",
    ),
    (
        "Agencies will need more lawyers, more time and a lot more patience.",
        "Rachel Dunmore",
        "Rachel Dunmore",
    ),
    ("The agency saw this coming,", "Thomas Greer", "Greer"),
    ("It has been quietly moving its big cases for years.", "Thomas Greer", "Greer"),
    (
        "a gift to every fraudster with a good lawyer.",
        "Amy Calderón",
        "Sen. Amy Calderón of New Mexico",
    ),
    ("decides this case and no other.", "Harold Pemberton", "he"),
)

AIR_INQUIRY = """Pilots of crashed regional jet argued over de-icing, preliminary report finds

By Colin Hartley

LONDON (Reuters) - The two pilots of a regional jet that crashed on approach to Aberdeen in January disagreed about whether to switch on the engine anti-ice system minutes before the aircraft lost power, Britain's Air Accidents Investigation Branch said on Wednesday.

The AAIB's preliminary report said the crew of the Skyline Airways flight from Bergen had been "task-saturated" during a rapid descent through freezing cloud. Four of the 41 people on board were killed.

According to a transcript of the cockpit voice recorder included in the report, the first officer said "we're picking up a lot of ice here" about six minutes before impact.

"It's fine, we'll be through it in a minute," the captain replied, according to the transcript.

The report said both engines began to lose thrust about 90 seconds later. The last words on the recording, from the first officer, were: "Power's not coming back."

The AAIB's chief inspector, Fiona Whitlock, said the investigation was at an early stage and cautioned against drawing conclusions.

"We have not determined a cause, and it would be wrong to single out the crew at this point," Whitlock told reporters at the branch's headquarters in Farnborough. "We are looking at the aircraft, the weather, the training and the procedures together."

The report said investigators had found no evidence of a mechanical fault before the icing encounter, but it recommended that the manufacturer, Avalon Aerospace, review guidance on when pilots should activate the anti-ice system.

Skyline Airways said in a statement that it had already changed its procedures. "We have instructed all crews to select engine anti-ice earlier in known icing conditions," the airline said. "Our thoughts remain with the families."

Avalon said it was cooperating fully with the inquiry. A spokeswoman, Helen Ducasse, said the company would study the recommendation "with the urgency it deserves."

The U.S. National Transportation Safety Board, which is taking part because the engines were built in the United States, sent two investigators to Scotland. NTSB Chair Jennifer Alvarez said the agency would publish its own comments on the final report.

“Icing accidents are preventable,” Alvarez said in a post on X. “We have seen this chain of events before.”

The families of the victims said they were angry that the airline had not shared information sooner. Stuart Rennie, whose 24-year-old daughter was among those killed, said he had learned about the cockpit exchange from a reporter.

"I should not find out how my daughter died from a newspaper," Rennie said. "Somebody at that airline owes us a phone call."

Martin Ogilvie, a former airline captain who now teaches crew resource management, said the transcript showed a familiar pattern.

"The first officer saw the problem and said so, but he said it softly," Ogilvie said. "Cockpits still have a hierarchy, and hierarchies kill people."

A final report is expected within 12 months.
"""

AIR_INQUIRY_GOLD: Gold = (
    ("task-saturated", "AAIB", "AAIB's preliminary report"),
    ("we're picking up a lot of ice here", "the first officer", "the first officer"),
    ("It's fine, we'll be through it in a minute,", "the captain", "the captain"),
    ("Power's not coming back.", "the first officer", "the first officer"),
    (
        "We have not determined a cause, and it would be wrong to single out the crew at this point,",
        "Fiona Whitlock",
        "Whitlock",
    ),
    (
        "We are looking at the aircraft, the weather, the training and the procedures together.",
        "Fiona Whitlock",
        "Whitlock",
    ),
    (
        "We have instructed all crews to select engine anti-ice earlier in known icing conditions,",
        "Skyline Airways",
        "the airline",
    ),
    ("Our thoughts remain with the families.", "Skyline Airways", "the airline"),
    ("with the urgency it deserves.", "Helen Ducasse", "A spokeswoman"),
    ("Icing accidents are preventable,", "Jennifer Alvarez", "Alvarez"),
    ("We have seen this chain of events before.", "Jennifer Alvarez", "Alvarez"),
    ("I should not find out how my daughter died from a newspaper,", "Stuart Rennie", "Rennie"),
    ("Somebody at that airline owes us a phone call.", "Stuart Rennie", "Rennie"),
    (
        "The first officer saw the problem and said so, but he said it softly,",
        "Martin Ogilvie",
        "Ogilvie",
    ),
    ("Cockpits still have a hierarchy, and hierarchies kill people.", "Martin Ogilvie", "Ogilvie"),
)

UN_COUNCIL = """Security Council splits over Sahel ceasefire as Russia, China abstain

UNITED NATIONS (AP) — The U.N. Security Council on Monday adopted a resolution calling for a 30-day ceasefire in the central Sahel, but Russia and China abstained, and several African members said the text did too little to protect civilians.

The vote was 13-0 with two abstentions. The resolution, drafted by France and Ghana, demands "an immediate cessation of hostilities" and unhindered access for humanitarian convoys.

Secretary-General Amina Diallo-Hartmann told the council before the vote that more than 4 million people in the region needed food aid. "The people of the Sahel cannot eat our resolutions," she said. "They need trucks, and they need the guns to stop."

France's U.N. ambassador, Nicolas Verdier, said the resolution was "a first step, not a last word."

“We have worked for three weeks to find language everyone could live with,” Verdier said. “It is not perfect. No resolution is.”

The Russian envoy, Dmitri Zavarin, said Moscow had abstained because the text ignored the role of "foreign-backed armed groups" in the fighting.

"We cannot support a document that treats the legitimate authorities and the terrorists as equals," Zavarin told the council, speaking through an interpreter. "This is a political text, not a humanitarian one."

China's deputy ambassador, Liu Wenbo, said Beijing supported a ceasefire but opposed "any attempt to use humanitarian issues to interfere in internal affairs."

Ghana's ambassador, Kwame Asante-Boateng, who co-drafted the text, spoke for the three African members of the council.

"Africa did not ask for this war, and Africa will not be silent while its children starve," Asante-Boateng said. "We voted yes because yes is better than nothing."

U.S. Ambassador Margaret Ellison criticized the two abstentions. "When the council had a chance to speak with one voice, two members chose to mumble," she said.

The Russian ambassador did not respond directly, but later told reporters outside the chamber that Washington "should look in the mirror."

Aid groups said the ceasefire would mean little without monitoring. Comfort Adjei, who leads the Sahel office of the Norwegian Refugee Council, said convoys had been turned back at checkpoints three times in the past month.

"A ceasefire on paper does not open a single road," Adjei said in a phone interview from Niamey. "We will believe it when our trucks get through."

The secretary-general is due to report back to the council in 30 days. Diplomats said a second, tougher resolution was unlikely to pass.

"There is no appetite for sanctions in this room," said one Western diplomat, who spoke on condition of anonymity to discuss closed-door talks. "Everyone knows where the veto is."
"""

UN_COUNCIL_GOLD: Gold = (
    ("an immediate cessation of hostilities", "The resolution", "The resolution"),
    ("The people of the Sahel cannot eat our resolutions,", "Amina Diallo-Hartmann", "she"),
    ("They need trucks, and they need the guns to stop.", "Amina Diallo-Hartmann", "she"),
    ("a first step, not a last word.", "Nicolas Verdier", "France's U.N. ambassador"),
    (
        "We have worked for three weeks to find language everyone could live with,",
        "Nicolas Verdier",
        "Verdier",
    ),
    ("It is not perfect. No resolution is.", "Nicolas Verdier", "Verdier"),
    ("foreign-backed armed groups", "Dmitri Zavarin", "The Russian envoy"),
    (
        "We cannot support a document that treats the legitimate authorities and the terrorists as equals,",
        "Dmitri Zavarin",
        "Zavarin",
    ),
    ("This is a political text, not a humanitarian one.", "Dmitri Zavarin", "Zavarin"),
    (
        "any attempt to use humanitarian issues to interfere in internal affairs.",
        "Liu Wenbo",
        "China's deputy ambassador",
    ),
    (
        "Africa did not ask for this war, and Africa will not be silent while its children starve,",
        "Kwame Asante-Boateng",
        "Asante-Boateng",
    ),
    ("We voted yes because yes is better than nothing.", "Kwame Asante-Boateng", "Asante-Boateng"),
    (
        "When the council had a chance to speak with one voice, two members chose to mumble,",
        "Margaret Ellison",
        "she",
    ),
    ("should look in the mirror.", "Dmitri Zavarin", "The Russian ambassador"),
    ("A ceasefire on paper does not open a single road,", "Comfort Adjei", "Adjei"),
    ("We will believe it when our trucks get through.", "Comfort Adjei", "Adjei"),
    (
        "There is no appetite for sanctions in this room,",
        "one Western diplomat",
        "one Western diplomat",
    ),
    ("Everyone knows where the veto is.", "one Western diplomat", "one Western diplomat"),
)

ELECTION_ABROAD = """Opposition leader claims victory in tight presidential runoff as count drags on

LILONGWE (AFP) - Opposition leader Samuel Mbewe claimed victory on Sunday in the presidential runoff in Zambeze, even as the electoral commission said results from more than a third of polling stations had yet to be counted.

"The people have spoken, and they have spoken clearly," Mbewe told supporters outside his party's headquarters in the capital. "We will not allow anyone to steal this victory."

Thousands of supporters in the party's orange colours danced and sang in the street as he spoke, some holding up handwritten signs reading "Change Has Come."

The incumbent, President Grace Tembo, who is seeking a third term, urged calm and said her party would "respect the final and official result."

"Nobody has won anything yet," Tembo said in a televised address late on Sunday. "Let the commission do its work."

The chairman of the National Electoral Commission, Justice Peter Chirwa, said the commission had received results from 7,412 of the country's 11,960 polling stations. He said provisional figures showed Mbewe with 51.3 percent and Tembo with 47.9 percent.

“Any candidate who announces results before the commission is breaking the law,” Chirwa told a news conference. “We ask all parties to be patient.”

Turnout was estimated at 68 percent, up from 61 percent in the first round.

In the market town of Kasungu, voters queued from before dawn. Chisomo, 27, a teacher who gave only her first name, said she had voted for change.

"I have a degree and I sell tomatoes," she said. "My children deserve better than this."

But Yohane, 63, a retired civil servant, said he backed the president. "She built the roads and the clinics," he told AFP. "The young people forget what it was like before."

Observers from the African Union said the vote had been largely peaceful but noted "serious delays" in the transmission of results. The head of the AU mission, former Ghanaian president John Kufuor-Mensah, said the commission should publish results station by station.

"Transparency is the best medicine for suspicion," he said.

Mbewe, a 52-year-old lawyer and former finance minister, has promised to cut the cost of fertiliser and fight corruption. He lost the 2021 election to Tembo by fewer than 40,000 votes and challenged the result in court.

A spokesman for his party, Felix Banda, said it had deployed agents at every polling station to photograph the result sheets.

"We have the numbers," Banda said. "If the commission's figures are different from ours, the world will see it."

Diplomats in Lilongwe said they were watching closely. "Everyone is holding their breath," said a European diplomat, who asked not to be named. "The next 48 hours will decide whether this is a celebration or a crisis."
"""

ELECTION_ABROAD_GOLD: Gold = (
    ("The people have spoken, and they have spoken clearly,", "Samuel Mbewe", "Mbewe"),
    ("We will not allow anyone to steal this victory.", "Samuel Mbewe", "Mbewe"),
    ("Change Has Come.", "some", "some"),
    ("respect the final and official result.", "Grace Tembo", "The incumbent"),
    ("Nobody has won anything yet,", "Grace Tembo", "Tembo"),
    ("Let the commission do its work.", "Grace Tembo", "Tembo"),
    (
        "Any candidate who announces results before the commission is breaking the law,",
        "Peter Chirwa",
        "Chirwa",
    ),
    ("We ask all parties to be patient.", "Peter Chirwa", "Chirwa"),
    ("I have a degree and I sell tomatoes,", "Chisomo", "she"),
    ("My children deserve better than this.", "Chisomo", "she"),
    ("She built the roads and the clinics,", "Yohane", "he"),
    ("The young people forget what it was like before.", "Yohane", "he"),
    ("serious delays", "Observers from the African Union", "Observers from the African Union"),
    ("Transparency is the best medicine for suspicion,", "John Kufuor-Mensah", "he"),
    ("We have the numbers,", "Felix Banda", "Banda"),
    (
        "If the commission's figures are different from ours, the world will see it.",
        "Felix Banda",
        "Banda",
    ),
    ("Everyone is holding their breath,", "a European diplomat", "a European diplomat"),
    (
        "The next 48 hours will decide whether this is a celebration or a crisis.",
        "a European diplomat",
        "a European diplomat",
    ),
)

OPEC_OUTPUT = """OPEC+ agrees to extend output cuts into next year as prices slide

By Lidia Kowal and Omar Haddad

VIENNA/DUBAI (Reuters) - OPEC+ agreed on Sunday to extend its oil output cuts until the end of March, the group said, as it tries to shore up prices that have fallen nearly 15% since September on worries about weak demand in China.

The group, which includes Russia and other allies of the Organization of the Petroleum Exporting Countries, said in a statement that the decision reflected "a proactive and pre-emptive approach" to keeping the market balanced.

Saudi Energy Minister Prince Faisal bin Turki told reporters after the online meeting that the group would "do whatever is necessary" to support the market.

"We are not targeting a price. We are targeting stability," the Saudi energy minister said. "Those who bet against this group have lost money before."

Three OPEC+ delegates, who spoke on condition of anonymity because they were not authorised to speak to the media, said the talks had been difficult, with some members pushing for bigger quotas.

"Everybody agreed in the end, but nobody is happy," one of the delegates said. "The African producers want to pump more, and they have a point."

Another delegate said Russia had supported the extension "from the first minute."

Russian Deputy Prime Minister Alexei Grinkov said the market was "oversupplied because of non-OPEC producers," an apparent reference to rising output in the United States, Brazil and Guyana.

Brent crude futures rose 1.2% to $71.40 a barrel in early Asian trade on Monday.

Analysts said the extension was largely expected and might not be enough to lift prices for long.

"The cuts are priced in. What the market wants to see now is demand," said Helena Vrabec, head of commodities research at Halden Bank in London. "Until China's factories pick up, every rally will be sold."

Giles Armitage, an oil analyst at Ridgeway Capital, said OPEC+ faced a hard choice next year.

"If they keep cutting, they lose market share to the Americans," Armitage said. "If they stop, prices fall through $60. There is no painless option."

At Sterling Partners, analyst Ruth Okafor-Lane said she expected the group to start unwinding the cuts gradually from April. “The Saudis cannot carry the burden forever,” she wrote in a note to clients. “Riyadh needs revenue for its own plans.”

The kingdom's budget is based on oil at around $80 a barrel, according to the International Monetary Fund.

In Washington, a White House spokesman said the administration was watching the decision closely. "We want to see stable, affordable energy for American families," the spokesman said.

The group will next meet on Feb. 2.
"""

OPEC_OUTPUT_GOLD: Gold = (
    ("a proactive and pre-emptive approach", "OPEC+", "The group"),
    (
        "do whatever is necessary",
        "Faisal bin Turki",
        "Saudi Energy Minister Prince Faisal bin Turki",
    ),
    (
        "We are not targeting a price. We are targeting stability,",
        "Faisal bin Turki",
        "the Saudi energy minister",
    ),
    (
        "Those who bet against this group have lost money before.",
        "Faisal bin Turki",
        "the Saudi energy minister",
    ),
    (
        "Everybody agreed in the end, but nobody is happy,",
        "one of the delegates",
        "one of the delegates",
    ),
    (
        "The African producers want to pump more, and they have a point.",
        "one of the delegates",
        "one of the delegates",
    ),
    ("from the first minute.", "Another delegate", "Another delegate"),
    (
        "oversupplied because of non-OPEC producers,",
        "Alexei Grinkov",
        "Russian Deputy Prime Minister Alexei Grinkov",
    ),
    (
        "The cuts are priced in. What the market wants to see now is demand,",
        "Helena Vrabec",
        "Helena Vrabec",
    ),
    (
        "Until China's factories pick up, every rally will be sold.",
        "Helena Vrabec",
        "Helena Vrabec",
    ),
    (
        "If they keep cutting, they lose market share to the Americans,",
        "Giles Armitage",
        "Armitage",
    ),
    (
        "If they stop, prices fall through $60. There is no painless option.",
        "Giles Armitage",
        "Armitage",
    ),
    ("The Saudis cannot carry the burden forever,", "Ruth Okafor-Lane", "she"),
    ("Riyadh needs revenue for its own plans.", "Ruth Okafor-Lane", "she"),
    (
        "We want to see stable, affordable energy for American families,",
        "a White House spokesman",
        "the spokesman",
    ),
)

LABOUR_STRIKE = """Port workers walk out as talks over automation collapse

By Diane Whitaker, Labor Reporter

Some 9,000 dockworkers at 14 ports on the East and Gulf coasts walked off the job at midnight, the first coastwide strike in nearly half a century, after contract talks broke down over pay and the use of automated cranes.

"We gave them every chance," said Vincent Moretti, president of the International Longshore Alliance, at a rally outside the Port of Newark early Tuesday. "They chose robots over the men and women who built this port."

Moretti, 71, has led the union for 13 years and has vowed not to accept any contract that allows fully automated terminals.

The employers' group, the Atlantic Maritime Council, said in a statement that it had offered a 50% wage increase over six years. “The union has refused to negotiate in good faith,” the council said. “This strike is a choice, and it will hurt every American consumer.”

On the picket line in Baltimore, workers in yellow vests warmed their hands over a fire barrel as trucks backed up along the access road.

"My father worked this port and my grandfather worked this port," said Darnell Hughes, 44, a crane operator. "I want my son to have the same chance."

Teresa Ocampo, a checker who has worked at the port for 19 years, said she had saved for months in case of a strike. “We knew this was coming,” she said. “Nobody here wants to be out, but we'll stay out as long as it takes.”

Economists said a strike lasting more than a week could cost the economy several billion dollars a day and cause shortages of some goods before the holidays.

"The first few days are manageable. After that, the backlog grows faster than you can clear it," said Priya Raman, a supply-chain economist at Keystone Analytics. "Every day of strike is roughly five days of recovery."

The White House urged both sides to return to the table. Labor Secretary Anthony Russo said he had spoken to Moretti and to the council's chief negotiator on Monday night.

"A deal is there to be made," Russo told reporters. "I expect both sides to make it."

The federal mediator assigned to the talks, Claire Beaumont of the Federal Mediation and Conciliation Service, said she had invited both parties to meet on Thursday.

"Talks are not dead. They are paused," Beaumont said in a brief statement. "My job is to get people talking again, and that is what I will do."

Some business groups have called on the president to invoke emergency powers to force workers back. The president has said he will not.

Back in Newark, Moretti told the crowd the union was ready for a long fight. "They can wait us out, or they can pay us," he said. "We have been here a hundred years. We can wait."

Hughes said the mood on the line was calm. “We are not angry,” he said. “We are just done being nice.”
"""

LABOUR_STRIKE_GOLD: Gold = (
    ("We gave them every chance,", "Vincent Moretti", "Vincent Moretti"),
    (
        "They chose robots over the men and women who built this port.",
        "Vincent Moretti",
        "Vincent Moretti",
    ),
    (
        "The union has refused to negotiate in good faith,",
        "Atlantic Maritime Council",
        "the council",
    ),
    (
        "This strike is a choice, and it will hurt every American consumer.",
        "Atlantic Maritime Council",
        "the council",
    ),
    (
        "My father worked this port and my grandfather worked this port,",
        "Darnell Hughes",
        "Darnell Hughes",
    ),
    ("I want my son to have the same chance.", "Darnell Hughes", "Darnell Hughes"),
    ("We knew this was coming,", "Teresa Ocampo", "she"),
    (
        "Nobody here wants to be out, but we'll stay out as long as it takes.",
        "Teresa Ocampo",
        "she",
    ),
    (
        "The first few days are manageable. After that, the backlog grows faster than you can clear it,",
        "Priya Raman",
        "Priya Raman",
    ),
    ("Every day of strike is roughly five days of recovery.", "Priya Raman", "Priya Raman"),
    ("A deal is there to be made,", "Anthony Russo", "Russo"),
    ("I expect both sides to make it.", "Anthony Russo", "Russo"),
    ("Talks are not dead. They are paused,", "Claire Beaumont", "Beaumont"),
    (
        "My job is to get people talking again, and that is what I will do.",
        "Claire Beaumont",
        "Beaumont",
    ),
    ("They can wait us out, or they can pay us,", "Vincent Moretti", "he"),
    ("We have been here a hundred years. We can wait.", "Vincent Moretti", "he"),
    ("We are not angry,", "Darnell Hughes", "he"),
    ("We are just done being nice.", "Darnell Hughes", "he"),
)

F1_REPORT = """Van Leeuwen holds off Castell to win in Singapore and tighten title race

SINGAPORE — Max van Leeuwen held off a late charge from Lucas Castell to win the Singapore Grand Prix on Sunday, cutting his rival's lead in the drivers' championship to 19 points with six races left.

The Dutchman started from pole and led every lap bar the pit stops, crossing the line 1.4 seconds ahead of Castell's Vantor after a tense final stint on worn tyres.

"That was one of the hardest races of my life," van Leeuwen told Sky Sports after climbing out of his car. "The heat, the walls, the tyres falling off at the end, you have no time to breathe here."

He added: "But this is why we do it. We needed a win and we got it."

Castell, the world No. 1 in all but name after a dominant summer, had closed to within half a second on the penultimate lap before catching traffic at Turn 14.

“I had the pace to pass him, 100 per cent,” said the Monegasque. “But you can't overtake a backmarker and a leader in the same corner. It just didn't happen.”

The frustration was plain on his team radio after the chequered flag. "Guys, why did we stay out so long in the first stint?" Castell asked his race engineer. "We gave that away."

Vantor team principal Rosa Benedetti defended the strategy. "With the information we had, staying out was the right call," she said. "Lucas drove a fantastic race. Sometimes the other guy is just a bit better."

Oliver Pryce finished third for Halcyon, his first podium since Monza, to move up to third in the standings.

“This track is a sauna with walls,” the world No. 3 said, laughing. “I lost about three kilos in that car, and I'll take the trophy as a diet plan.”

There was disappointment for home favourite Aaron Teo, who was forced to retire from sixth place with a gearbox problem on lap 38.

"It hurts, especially here in front of our fans," Teo said. "They were amazing all weekend and I wanted to give them something."

Van Leeuwen's team boss, Dieter Hahn, said the result showed the team had solved the set-up problems that cost it points in August.

"Three weeks ago people were saying Max was finished in this championship," Hahn said. "He is not finished. He is never finished."

The 27-year-old, who has won three titles, was asked whether he could still catch Castell.

"Nineteen points is nothing. One bad weekend for him and it's a different story," he said. "We go to Austin to win."

Castell was less inclined to talk about the standings. "I'm not looking at the table," said the 24-year-old. "I'm looking at what we did wrong today."

The series moves to Austin for the United States Grand Prix in three weeks.
"""

F1_REPORT_GOLD: Gold = (
    (
        "That was one of the hardest races of my life,",
        "Max van Leeuwen",
        "van Leeuwen",
    ),
    (
        "The heat, the walls, the tyres falling off at the end, you have no time to breathe here.",
        "Max van Leeuwen",
        "van Leeuwen",
    ),
    ("But this is why we do it. We needed a win and we got it.", "Max van Leeuwen", "He"),
    ("I had the pace to pass him, 100 per cent,", "Lucas Castell", "the Monegasque"),
    (
        "But you can't overtake a backmarker and a leader in the same corner. It just didn't happen.",
        "Lucas Castell",
        "the Monegasque",
    ),
    ("Guys, why did we stay out so long in the first stint?", "Lucas Castell", "Castell"),
    ("We gave that away.", "Lucas Castell", "Castell"),
    ("With the information we had, staying out was the right call,", "Rosa Benedetti", "she"),
    (
        "Lucas drove a fantastic race. Sometimes the other guy is just a bit better.",
        "Rosa Benedetti",
        "she",
    ),
    ("This track is a sauna with walls,", "Oliver Pryce", "the world No. 3"),
    (
        "I lost about three kilos in that car, and I'll take the trophy as a diet plan.",
        "Oliver Pryce",
        "the world No. 3",
    ),
    ("It hurts, especially here in front of our fans,", "Aaron Teo", "Teo"),
    ("They were amazing all weekend and I wanted to give them something.", "Aaron Teo", "Teo"),
    (
        "Three weeks ago people were saying Max was finished in this championship,",
        "Dieter Hahn",
        "Hahn",
    ),
    ("He is not finished. He is never finished.", "Dieter Hahn", "Hahn"),
    (
        "Nineteen points is nothing. One bad weekend for him and it's a different story,",
        "Max van Leeuwen",
        "he",
    ),
    ("We go to Austin to win.", "Max van Leeuwen", "he"),
    ("I'm not looking at the table,", "Lucas Castell", "the 24-year-old"),
    ("I'm looking at what we did wrong today.", "Lucas Castell", "the 24-year-old"),
)

CRICKET_INDIA = """Saxena's century powers India to series-levelling win at Eden Gardens

KOLKATA: A majestic 128 from skipper Rohit Saxena guided India to a seven-wicket win over New Zealand in the third ODI at Eden Gardens on Sunday, levelling the five-match series 1-1 with two games to play.

Chasing 297, India lost both openers inside the first eight overs, but Saxena and Shreyas Menon added 171 for the third wicket to take the game away from the visitors.

"When two wickets fall early, the job is to bat long and not panic," said the skipper at the post-match presentation. "Shreyas played beautifully at the other end and took the pressure off me."

Saxena's knock, his 31st ODI hundred, came off 114 balls and included 12 fours and four sixes.

Menon, who made 84, opined that the pitch had eased under lights. "In the afternoon the ball was gripping, but after the dew came in it was skidding on nicely," he stated. "Credit to our bowlers for keeping them under 300."

Earlier, New Zealand rode on a fluent 92 from Daniel Hartley to post 296 for 8. Pacer Arjun Kaul returned figures of 4 for 51.

India's spinners were disciplined in the middle overs, with Kuldeep Rana and Axar Mehta conceding just 78 runs in their 20 overs between them.

Kaul, playing in front of his home crowd, was visibly emotional. “My parents were in the stands today. This is the first time they have seen me play for India in person,” the 23-year-old informed reporters. “I wanted to do something special for them.”

New Zealand captain Tom Fielding admitted his side had been 20 runs short. "We had a good platform but we couldn't finish it off," Fielding said. "Against a batting line-up like this, 296 is not enough on this ground."

Fielding also praised the crowd. "Sixty thousand people making that noise, it's an experience you don't forget," he said.

The Cricket Association of Bengal president, Shri Snehasish Ganguly-Roy, congratulated the team. "Kolkata always gives its heart to Indian cricket, and today the team gave it back," Shri Ganguly-Roy said, while felicitating Kaul after the match.

The team's physio, Dr. Nitin Patel, informed that all-rounder Hardik Varma, who left the field with a hamstring strain, would undergo scans on Monday.

"It is a precautionary measure. We will know more after the MRI," Dr. Patel said.

Former India captain Dilip Vengsarkar-Rao, on commentary, described Saxena's innings as "a masterclass in pacing a chase."

The fourth ODI will be played in Ranchi on Wednesday.
"""

CRICKET_INDIA_GOLD: Gold = (
    (
        "When two wickets fall early, the job is to bat long and not panic,",
        "Rohit Saxena",
        "the skipper",
    ),
    (
        "Shreyas played beautifully at the other end and took the pressure off me.",
        "Rohit Saxena",
        "the skipper",
    ),
    (
        "In the afternoon the ball was gripping, but after the dew came in it was skidding on nicely,",
        "Shreyas Menon",
        "he",
    ),
    ("Credit to our bowlers for keeping them under 300.", "Shreyas Menon", "he"),
    (
        "My parents were in the stands today. This is the first time they have seen me play for India in person,",
        "Arjun Kaul",
        "the 23-year-old",
    ),
    ("I wanted to do something special for them.", "Arjun Kaul", "the 23-year-old"),
    ("We had a good platform but we couldn't finish it off,", "Tom Fielding", "Fielding"),
    (
        "Against a batting line-up like this, 296 is not enough on this ground.",
        "Tom Fielding",
        "Fielding",
    ),
    (
        "Sixty thousand people making that noise, it's an experience you don't forget,",
        "Tom Fielding",
        "he",
    ),
    (
        "Kolkata always gives its heart to Indian cricket, and today the team gave it back,",
        "Snehasish Ganguly-Roy",
        "Shri Ganguly-Roy",
    ),
    ("It is a precautionary measure. We will know more after the MRI,", "Nitin Patel", "Dr. Patel"),
    (
        "a masterclass in pacing a chase.",
        "Dilip Vengsarkar-Rao",
        "Former India captain Dilip Vengsarkar-Rao",
    ),
)

CYBER_BREACH = """Hackers stole data of 14 million customers from telecom Brightwave, company says

By Nadia Lindqvist

(Reuters) - Telecom operator Brightwave said on Friday that hackers had stolen the names, addresses and partial payment details of about 14 million customers, in one of the largest data breaches to hit a European company this year.

In a blog post, the company said it detected "unusual activity" on a customer database on Oct. 3 and shut down access within hours.

"We are deeply sorry. Our customers trusted us with their information, and we let them down," Brightwave Chief Executive Marc Delacroix wrote in the post. "We are contacting every affected customer directly."

The company said passwords and full card numbers were not taken.

A group calling itself Nightjar claimed responsibility on a leak site on the dark web, posting what it said was a sample of 10,000 records.

“Brightwave had months to fix this and did nothing,” the hackers wrote in a post. “Pay, or the rest goes public on Monday.”

Brightwave did not say whether it had received a ransom demand. A spokesperson, Amélie Roussel, said the company "does not negotiate with criminals" and was working with law enforcement.

Security researcher Jonas Brekke, who first spotted the leak site posting, said the sample appeared genuine.

"I checked a few dozen records against public directories and they match," Brekke said in an interview. "This is real data, and it is recent."

Brekke said the group had previously targeted a Dutch hospital chain and a Spanish logistics firm. "They are patient, they are professional and they go after companies with old systems," he said.

The Data Protection Commission, which oversees the company under EU rules, said it had opened an inquiry.

"Companies have a legal duty to protect the personal data they hold," the regulator said in a statement. "We will examine whether Brightwave met that duty."

Under the EU's General Data Protection Regulation, companies can be fined up to 4% of global annual turnover for serious breaches.

Customers reacted with anger on social media. Sarah Kinsella, a Brightwave customer in Cork, said she had received an email about the breach only after reading about it in the news.

"I found out from the radio before I found out from them," she said. "That tells you everything."

Analysts said the breach could hurt Brightwave as it tries to sell its fibre business. "Buyers will want to know what else is in that network," said Thomas Riedel, an analyst at Kessler & Voss. "This lowers the price, no question."

Shares in Brightwave fell 4.8% in Paris.
"""

CYBER_BREACH_GOLD: Gold = (
    ("unusual activity", "Brightwave", "the company"),
    (
        "We are deeply sorry. Our customers trusted us with their information, and we let them down,",
        "Marc Delacroix",
        "Brightwave Chief Executive Marc Delacroix",
    ),
    (
        "We are contacting every affected customer directly.",
        "Marc Delacroix",
        "Brightwave Chief Executive Marc Delacroix",
    ),
    ("Brightwave had months to fix this and did nothing,", "Nightjar", "the hackers"),
    ("Pay, or the rest goes public on Monday.", "Nightjar", "the hackers"),
    ("does not negotiate with criminals", "Amélie Roussel", "A spokesperson"),
    (
        "I checked a few dozen records against public directories and they match,",
        "Jonas Brekke",
        "Brekke",
    ),
    ("This is real data, and it is recent.", "Jonas Brekke", "Brekke"),
    (
        "They are patient, they are professional and they go after companies with old systems,",
        "Jonas Brekke",
        "he",
    ),
    (
        "Companies have a legal duty to protect the personal data they hold,",
        "Data Protection Commission",
        "the regulator",
    ),
    (
        "We will examine whether Brightwave met that duty.",
        "Data Protection Commission",
        "the regulator",
    ),
    ("I found out from the radio before I found out from them,", "Sarah Kinsella", "she"),
    ("That tells you everything.", "Sarah Kinsella", "she"),
    ("Buyers will want to know what else is in that network,", "Thomas Riedel", "Thomas Riedel"),
    ("This lowers the price, no question.", "Thomas Riedel", "Thomas Riedel"),
)

RIGHTS_REPORT = """Amnesty accuses security forces of torturing protesters in detention

By Farah Nasser

Security forces in Veridia beat, burned and subjected to mock executions dozens of people detained during last year's anti-government protests, Amnesty International said in a report published on Wednesday.

The 64-page report, based on interviews with 52 former detainees, their relatives and lawyers, describes what it calls "a systematic pattern of torture" in at least four detention centers run by the interior ministry.

"These are not isolated abuses by a few rogue officers," said Agnès Moreau, Amnesty's regional director. "They are the result of deliberate choices made at the highest levels, and those responsible must be held to account."

Amnesty said in the report that many detainees were denied access to lawyers for weeks and that some were forced to sign confessions they were not allowed to read.

Former detainees quoted in the report, most identified only by their first names for their safety, described being held in overcrowded cells without light.

"They tied my hands to the ceiling and left me there until I could not feel my arms," said Karim, a 22-year-old engineering student who was arrested at a march in the capital in March. "Every night they told me my mother would be next."

Layla, a nurse who was detained for 41 days after treating wounded protesters, said guards threatened her with sexual violence. “They said nobody would believe me,” she told Amnesty. “I am speaking now so that they know they were wrong.”

The government rejected the findings. In a statement, Interior Minister Farid Soltani said the report was "based on lies spread by people who want to destabilise the country."

"Our security forces acted within the law to protect citizens and property," the statement said. "Any complaint of mistreatment is investigated by the competent authorities."

A government spokesman, Youssef Hamdi, told state television that Amnesty had not asked the ministry for its response before publication. Amnesty said it had written to the ministry twice, in June and August, and received no reply.

Human Rights Watch, which published a similar report in May, said the new findings matched its own research. "The evidence is now overwhelming," said Daniel Keefe, a senior researcher at the group. "The question is whether Veridia's partners will keep looking away."

The European Union, Veridia's largest trading partner, said it was studying the report. An EU spokesperson, Marta Kowalczyk, said the bloc expected "full and independent investigations."

Karim's mother, Samira, said her son had not been the same since his release. “He does not sleep. He jumps when a car stops outside,” she said. “They took my son and gave me back a stranger.”

Amnesty urged the United Nations Human Rights Council to set up an independent investigation.
"""

RIGHTS_REPORT_GOLD: Gold = (
    ("a systematic pattern of torture", "The 64-page report", "it"),
    ("These are not isolated abuses by a few rogue officers,", "Agnès Moreau", "Agnès Moreau"),
    (
        "They are the result of deliberate choices made at the highest levels, and those responsible must be held to account.",
        "Agnès Moreau",
        "Agnès Moreau",
    ),
    (
        "They tied my hands to the ceiling and left me there until I could not feel my arms,",
        "Karim",
        "Karim",
    ),
    ("Every night they told me my mother would be next.", "Karim", "Karim"),
    ("They said nobody would believe me,", "Layla", "she"),
    ("I am speaking now so that they know they were wrong.", "Layla", "she"),
    (
        "based on lies spread by people who want to destabilise the country.",
        "Farid Soltani",
        "Interior Minister Farid Soltani",
    ),
    (
        "Our security forces acted within the law to protect citizens and property,",
        "Farid Soltani",
        "the statement",
    ),
    (
        "Any complaint of mistreatment is investigated by the competent authorities.",
        "Farid Soltani",
        "the statement",
    ),
    ("The evidence is now overwhelming,", "Daniel Keefe", "Daniel Keefe"),
    (
        "The question is whether Veridia's partners will keep looking away.",
        "Daniel Keefe",
        "Daniel Keefe",
    ),
    ("full and independent investigations.", "Marta Kowalczyk", "An EU spokesperson"),
    ("He does not sleep. He jumps when a car stops outside,", "Samira", "she"),
    ("They took my son and gave me back a stranger.", "Samira", "she"),
)

SPACE_MISSION = """Astronauts complete tricky spacewalk to fix station's cooling pump

HOUSTON (AP) — Two astronauts spent nearly seven hours outside the International Space Station on Tuesday replacing a failed cooling pump, a repair NASA had described as one of the most complex of the year.

NASA astronaut Kendra Oyelaran and European Space Agency astronaut Luca Ferretti floated out of the Quest airlock shortly after 8 a.m. EDT and worked their way to the station's starboard truss, where the 780-pound pump is mounted.

"Houston, we are at the worksite, and the view is ridiculous," Oyelaran radioed as the station passed over the Sahara. "I could stay out here all day."

"Copy that, Kendra. Please don't," replied astronaut Rebecca Hollis, who was talking the pair through the repair from Mission Control in Houston.

The old pump failed in August, forcing the crew to shut down some experiments and run the station on a single cooling loop.

The spacewalkers had trouble freeing one of the pump's bolts, which had been in place since 2018. After about 40 minutes, Ferretti managed to loosen it with a torque multiplier.

“Got it. It's moving,” Ferretti called out, to applause from flight controllers. “Tell the bolt I'm sorry for what I said about it.”

Flight director Marcus Ibe said at a news conference after the spacewalk that the repair had gone "about as well as we could have hoped."

"We had a plan for every bolt, and we needed about half of the plans," Ibe said. "The crew was outstanding."

Dana Whitfield, NASA's space station program manager, said the new pump would be switched on overnight and tested over the next two days. She said that if it worked, the station would return to full operations by the weekend.

“This is a big relief,” Whitfield said. “The station is 27 years old, and keeping it healthy takes work like this.”

The European Space Agency's director of human spaceflight, Helga Sundqvist, said Ferretti's first spacewalk was "a proud day for Europe."

Ferretti's family watched from the European Astronaut Centre in Cologne, Germany. His father, Paolo, told reporters the family had been nervous all morning.

"When he said 'Got it,' his mother finally sat down," Paolo said. "She had been standing for four hours."

Back inside the station, Oyelaran described the experience in a short video posted by NASA. "You look down at the planet between tasks and it just stops you," she said. "Then you remember there's a bolt waiting and you get back to work."

NASA plans two more spacewalks before the end of the year to prepare the station for new solar arrays.
"""

SPACE_MISSION_GOLD: Gold = (
    ("Houston, we are at the worksite, and the view is ridiculous,", "Kendra Oyelaran", "Oyelaran"),
    ("I could stay out here all day.", "Kendra Oyelaran", "Oyelaran"),
    ("Copy that, Kendra. Please don't,", "Rebecca Hollis", "astronaut Rebecca Hollis"),
    ("Got it. It's moving,", "Luca Ferretti", "Ferretti"),
    ("Tell the bolt I'm sorry for what I said about it.", "Luca Ferretti", "Ferretti"),
    ("about as well as we could have hoped.", "Marcus Ibe", "Marcus Ibe"),
    ("We had a plan for every bolt, and we needed about half of the plans,", "Marcus Ibe", "Ibe"),
    ("The crew was outstanding.", "Marcus Ibe", "Ibe"),
    ("This is a big relief,", "Dana Whitfield", "Whitfield"),
    (
        "The station is 27 years old, and keeping it healthy takes work like this.",
        "Dana Whitfield",
        "Whitfield",
    ),
    (
        "a proud day for Europe.",
        "Helga Sundqvist",
        "The European Space Agency's director of human spaceflight",
    ),
    ("When he said 'Got it,' his mother finally sat down,", "Paolo", "Paolo"),
    ("She had been standing for four hours.", "Paolo", "Paolo"),
    ("You look down at the planet between tasks and it just stops you,", "Kendra Oyelaran", "she"),
    (
        "Then you remember there's a bolt waiting and you get back to work.",
        "Kendra Oyelaran",
        "she",
    ),
)

FOOD_FEATURE = """At Salt & Ember, a former fisherman cooks the catch nobody wanted

By Juliette Marr

PORTLAND, Maine — The most popular dish at Salt & Ember is a fish most people in this harbor town used to throw back.

Chef Owen Calloway, 46, spent 15 years on lobster boats before he ever worked in a kitchen. Now he builds his menu around what he calls "the bycatch": dogfish, sea robin, redfish and whatever else comes up in the nets.

"Fishermen have been eating this stuff on the boat forever," Calloway said on a recent afternoon, filleting a sea robin at a steel counter. "It was just never on anybody's plate in a restaurant."

The restaurant's signature, listed on the menu as "The Ugly One," is a whole roasted sea robin with brown butter and pickled ramps. It costs $34 and sells out most nights.

Calloway opened Salt & Ember in a former net loft on Commercial Street two years ago with his wife, Dana, who runs the dining room.

“Owen cooks, I talk,” Dana Calloway said. “That's the deal we made on our first date and it has worked so far.”

The reviews have been strong. In a review last spring, Portland Press Herald critic Miriam Asher called the sea robin "the best thing I have eaten in this city in ten years" and wrote that Calloway cooked "like a man who has gutted every fish himself."

Asher said in an interview that she had been skeptical. "I expected a gimmick," she said. "What I got was a cook who knows exactly what a fish tastes like the day it comes out of the water."

On a Thursday night, the dining room was full. At a table by the window, Rachel and Sam Kettering, visiting from Boston, were sharing a plate of fried dogfish.

"I didn't know you could eat dogfish," Sam Kettering said. "Now I'm annoyed nobody told me sooner."

His wife was more cautious. “I'm still not ordering anything called 'The Ugly One,'” she said, laughing.

Local fishermen say the restaurant has changed what they can sell. Ed Pelletier, who runs a 42-foot dragger out of the harbor, said Calloway buys fish he used to dump at sea.

"He pays me for what I used to throw over the side," Pelletier said. "I'm not going to complain about that."

Marine scientists say eating a wider range of species can ease pressure on cod and haddock stocks. "Diversifying what we eat is one of the simplest things diners can do," said Dr. Helen Morse, a fisheries biologist at the Gulf of Maine Research Institute.

For Calloway, the point is simpler. "Good fish is good fish," he said, sliding a plate across the pass. "It doesn't have to be pretty."
"""

FOOD_FEATURE_GOLD: Gold = (
    ("the bycatch", "Owen Calloway", "he"),
    ("Fishermen have been eating this stuff on the boat forever,", "Owen Calloway", "Calloway"),
    ("It was just never on anybody's plate in a restaurant.", "Owen Calloway", "Calloway"),
    ("Owen cooks, I talk,", "Dana Calloway", "Dana Calloway"),
    (
        "That's the deal we made on our first date and it has worked so far.",
        "Dana Calloway",
        "Dana Calloway",
    ),
    ("the best thing I have eaten in this city in ten years", "Miriam Asher", "Miriam Asher"),
    ("like a man who has gutted every fish himself.", "Miriam Asher", "Miriam Asher"),
    ("I expected a gimmick,", "Miriam Asher", "she"),
    (
        "What I got was a cook who knows exactly what a fish tastes like the day it comes out of the water.",
        "Miriam Asher",
        "she",
    ),
    ("I didn't know you could eat dogfish,", "Sam Kettering", "Sam Kettering"),
    ("Now I'm annoyed nobody told me sooner.", "Sam Kettering", "Sam Kettering"),
    ("I'm still not ordering anything called 'The Ugly One,'", "Rachel Kettering", "she"),
    ("He pays me for what I used to throw over the side,", "Ed Pelletier", "Pelletier"),
    ("I'm not going to complain about that.", "Ed Pelletier", "Pelletier"),
    (
        "Diversifying what we eat is one of the simplest things diners can do,",
        "Helen Morse",
        "Dr. Helen Morse",
    ),
    ("Good fish is good fish,", "Owen Calloway", "he"),
    ("It doesn't have to be pretty.", "Owen Calloway", "he"),
)

CASES: dict[str, tuple[str, Gold]] = {
    "scotus_ruling": (SCOTUS_RULING, SCOTUS_RULING_GOLD),
    "air_inquiry": (AIR_INQUIRY, AIR_INQUIRY_GOLD),
    "un_council": (UN_COUNCIL, UN_COUNCIL_GOLD),
    "election_abroad": (ELECTION_ABROAD, ELECTION_ABROAD_GOLD),
    "opec_output": (OPEC_OUTPUT, OPEC_OUTPUT_GOLD),
    "labour_strike": (LABOUR_STRIKE, LABOUR_STRIKE_GOLD),
    "f1_report": (F1_REPORT, F1_REPORT_GOLD),
    "cricket_india": (CRICKET_INDIA, CRICKET_INDIA_GOLD),
    "cyber_breach": (CYBER_BREACH, CYBER_BREACH_GOLD),
    "rights_report": (RIGHTS_REPORT, RIGHTS_REPORT_GOLD),
    "space_mission": (SPACE_MISSION, SPACE_MISSION_GOLD),
    "food_feature": (FOOD_FEATURE, FOOD_FEATURE_GOLD),
}

#: Stories whose remaining errors no general rule fixes yet, with the reason
#: (the test fails if they start passing).
KNOWN_FAILURES: dict[str, str] = {
    "f1_report": (
        "'he' after 'The 27-year-old, who has won three titles, was asked ...' (an age "
        "stated nowhere before, in a paragraph of its own) goes to the team boss who "
        "spoke last"
    ),
}


@pytest.mark.parametrize("name", story_names(CASES, KNOWN_FAILURES))
def test_beats_story(name: str) -> None:
    text, gold = CASES[name]
    check_story(name, text, gold, {})


def _said(text: str) -> list[tuple[str, str | None, str | None]]:
    return [
        (q.text, q.speaker.name, q.speaker.mention) if q.speaker else (q.text, None, None)
        for q in find_quotes(text)
    ]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # "radioed": a call from a cockpit, a spacewalk or a patrol car
        (
            "NASA astronaut Kendra Oyelaran floated out.\n\n"
            '"Houston, we are at the worksite," Oyelaran radioed.',
            "Kendra Oyelaran",
        ),
        ('The pilot radioed the tower. "Mayday, mayday," he radioed.', "The pilot"),
        # near miss: "radio" the noun is no cue
        (
            "Sports radio host Vinnie Caruso was less charitable on his show, saying "
            'Dorsey should "stop talking."',
            "Vinnie Caruso",
        ),
    ],
)
def test_radioed_is_a_cue(text: str, name: str) -> None:
    assert _said(text)[-1][1] == name


@pytest.mark.parametrize(
    ("appositive", "name"),
    [
        # a nationality between the role words before a name set off after a description
        ("former Ghanaian president John Kufuor", "John Kufuor"),
        ("Ghanaian president John Kufuor", "John Kufuor"),
        ("former Kenyan foreign minister David Mwangi", "David Mwangi"),
        # near misses: role words alone, as before; no name at all
        ("former federal prosecutor John Kufuor", "John Kufuor"),
        ("a former Ghanaian diplomat", "The head of the AU mission"),
    ],
)
def test_a_nationality_among_the_role_words_before_a_name(appositive: str, name: str) -> None:
    text = (
        "Yohane, 63, backed the president.\n\n"
        f'The head of the AU mission, {appositive}, said the results were "late."'
    )
    assert _said(text)[-1][1] == name


@pytest.mark.parametrize(
    ("middle", "quote", "name"),
    [
        # a relative named and set off in a later sentence of the speaker's paragraph
        ("His wife, Linda, was less sure.", '"It is too cold," she said.', "Linda"),
        ("Her husband, Tom, was not convinced.", '"It is too cold," he said.', "Tom"),
        # near misses: a pronoun of the other gender; a relative who has a cue of her own
        ("His wife, Linda, was less sure.", '"It is too cold," he said.', "Gary Olson"),
        (
            "His wife, Linda, said she was cold, he added.",
            '"It is too cold," she said.',
            "Linda",
        ),
    ],
)
def test_a_relative_set_off_in_the_speakers_paragraph(middle: str, quote: str, name: str) -> None:
    text = f'Ann Reed ran the market.\n\n"We love it," said Gary Olson. {middle} {quote}'
    assert _said(text)[-1][1] == name


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        # a surname's lower-case particle opening its clause belongs to the mention
        ('Max van Leeuwen won.\n\n"That was hard," van Leeuwen told Sky Sports.', "van Leeuwen"),
        ('Max van Leeuwen won.\n\nvan Leeuwen said it was "hard."', "van Leeuwen"),
        ('Ursula von der Leyen spoke.\n\n"It is hard," von der Leyen said.', "von der Leyen"),
        # near miss: a particle inside a full name, as before
        (
            'Ruud van Nistelrooy spoke.\n\n"It was hard," Ruud van Nistelrooy said.',
            "Ruud van Nistelrooy",
        ),
    ],
)
def test_a_surnames_particle_opens_the_mention(text: str, mention: str) -> None:
    assert _said(text)[-1][2] == mention


@pytest.mark.parametrize(
    ("opening", "epithet", "name"),
    [
        # a world ranking reads as a position does: the one named in the paragraph above
        ("Oliver Pryce finished third.", "the world No. 3", "Oliver Pryce"),
        ("Oliver Pryce finished third.", "the world number three", "Oliver Pryce"),
        ("World No. 3 Oliver Pryce finished third.", "the world No. 3", "Oliver Pryce"),
        # near miss: two named there leave it unresolved (no "World No." for a name)
        (
            "World No. 3 Oliver Pryce finished third, ahead of Tom Kent.",
            "the world No. 3",
            "the world No. 3",
        ),
    ],
)
def test_a_world_ranking_as_an_epithet(opening: str, epithet: str, name: str) -> None:
    text = f'{opening}\n\n"This track is a sauna," {epithet} said.'
    assert _said(text)[-1][1] == name


@pytest.mark.parametrize(
    ("noun", "name"),
    [
        # more nationality epithets: the one person named in its paragraph
        ("Monegasque", "Lucas Castell"),
        ("Thai", "Lucas Castell"),
        ("Kazakh", "Lucas Castell"),
        # near miss: a word for no nationality stays unresolved
        ("Visitor", "the Visitor"),
    ],
)
def test_still_more_nationality_epithets(noun: str, name: str) -> None:
    text = f'Lucas Castell closed in late. "I had the pace," said the {noun}.'
    assert _said(text)[-1][1] == name


@pytest.mark.parametrize(
    ("above", "name"),
    [
        # a quote that opens its paragraph: the surname that opens the paragraph above
        ("Castell, the world No. 1, had closed in late.", "Lucas Castell"),
        ("Kent, the world No. 1, had closed in late.", "Tom Kent"),
        # near misses: one introduced with another nationality; a quote that does not
        # open its paragraph
        ("Castell, the world No. 1, had closed in late.", "the Monegasque"),
        ("Castell, the world No. 1, had closed in late.", None),
    ],
)
def test_a_nationality_epithet_for_the_subject_above(above: str, name: str | None) -> None:
    castell = "Swedish driver Lucas Castell" if name == "the Monegasque" else "Lucas Castell"
    opening = "The crowd was loud. " if name is None else ""
    text = (
        f"{castell} won in May. Tom Kent was second.\n\n{above}\n\n"
        f'{opening}"I had the pace," said the Monegasque.'
    )
    said = _said(text)[-1][1]
    assert said == name or (name is None and said == "the Monegasque")


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        # an occasion after "at" is where the speaker spoke, not whom they speak for
        (
            '"We batted well," said the skipper at the post-match presentation.',
            "the skipper",
        ),
        ('"It is over," said the mayor at a news conference.', "the mayor"),
        # near misses: a place of work after "at" describes the speaker
        ('"We are full," said a doctor at the hospital.', "a doctor at the hospital"),
        ('"We are full," said a spokesman at the embassy.', "a spokesman at the embassy"),
    ],
)
def test_an_occasion_after_the_speaker(text: str, mention: str) -> None:
    assert _said(text)[-1][2] == mention


@pytest.mark.parametrize(
    ("opening", "name"),
    [
        # a cricketer's trade before the name is a role, no part of it
        ("Pacer Arjun Kaul", "Arjun Kaul"),
        ("Seamer Arjun Kaul", "Arjun Kaul"),
        # near miss: a trade already known, as before
        ("Spinner Arjun Kaul", "Arjun Kaul"),
    ],
)
def test_a_bowlers_trade_before_the_name(opening: str, name: str) -> None:
    assert _said(f'{opening} took four wickets. "My parents were there," Kaul said.')[-1][1] == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a weak cue after a document's participle phrase set off by commas
        (
            "The vote was 13-0. The resolution, drafted by France and Ghana, demands "
            '"an immediate cessation of hostilities" and access.',
            "The resolution",
        ),
        (
            'The vote was 13-0. The bill, backed by both parties, calls for "a full review" '
            "of the agency.",
            "The bill",
        ),
    ],
)
def test_a_weak_cue_after_a_participle_phrase(text: str, name: str) -> None:
    assert _said(text)[-1][1] == name


def test_a_weak_cue_after_a_participle_phrase_near_miss() -> None:
    # a noun's verb with no quote right after it is no cue
    text = 'The vote was 13-0. The shop, owned by Jo Lind, posts its specials as "daily deals" now.'
    assert all(said[1] != "The shop" for said in _said(text))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # the words one was heard yelling are the yeller's (as PolNeAR gives them)
        (
            "Police arrested Mark Dunn, 41, on Sunday.\n\nNeighbors said they heard him "
            'yelling "I will burn it down" before the fire started.',
            "Mark Dunn",
        ),
        (
            "Police said Ann Dunn, 41, was hurt.\n\nNeighbors said they heard her shouting "
            '"Stop it!" late at night.',
            "Ann Dunn",
        ),
        # near misses: a name heard, as before; no one of that gender named: no guess
        (
            "Police arrested Mark Dunn, 41, on Sunday.\n\nNeighbors said they heard Dunn "
            'shouting "Get out!" at the officers.',
            "Mark Dunn",
        ),
        (
            "Police said Ann Dunn was hurt.\n\nNeighbors said they heard him yelling "
            '"I will burn it down" before the fire started.',
            "him",
        ),
    ],
)
def test_the_one_heard_yelling(text: str, name: str) -> None:
    assert _said(text)[-1][1] == name


@pytest.mark.parametrize(
    ("issuer", "name", "role"),
    [
        # a statement's issuer with a title: the title is the role, not the name
        ("Renault President Raymond Levy", "Raymond Levy", "Renault President"),
        ("Sen. Jo Lind", "Jo Lind", "Sen."),
        # near misses: a body, a company
        ("the Ministry of Health", "Ministry of Health", None),
        ("Renault", "Renault", None),
    ],
)
def test_a_statements_issuer_with_a_title(issuer: str, name: str, role: str | None) -> None:
    (quote,) = find_quotes(f'A statement by {issuer} said the firm had "no choice."')
    assert quote.speaker is not None
    assert (quote.speaker.name, quote.speaker.role) == (name, role)


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        # the last words introduced before a colon: whose they were
        ("The last words on the recording, from the first officer, were:", "the first officer"),
        ("The final transmission, from the flight engineer, was:", "the flight engineer"),
        ("Her last words were:", "Ann Kent"),
        # near miss: "her" with only a man named before is not his
        ("Her last words were:", None),
    ],
)
def test_last_words_before_a_colon(sentence: str, name: str | None) -> None:
    named = "Ann Kent" if name == "Ann Kent" else "Tom Kent"
    text = (
        f'{named} was on board. "It is fine," the captain replied.\n\n{sentence} "Power is gone."'
    )
    said = _said(text)[-1][1]
    assert said == name or (name is None and said != "Tom Kent")


@pytest.mark.parametrize(
    ("opening", "name"),
    [
        # "For X," opening a sentence with no cue: the pronoun after is X's
        ("For Calloway, the point is simpler.", "Owen Calloway"),
        # near misses: a time or a word that names no one before
        ("For now, the point is simpler.", "Ed Pelletier"),
        ("For Monday, the plan is simpler.", "Ed Pelletier"),
    ],
)
def test_the_one_a_sentence_is_for(opening: str, name: str) -> None:
    text = (
        'Chef Owen Calloway cooks fish.\n\n"He pays me," said Ed Pelletier.\n\n'
        f'{opening} "Good fish is good fish," he said.'
    )
    assert _said(text)[-1][1] == name


@pytest.mark.parametrize(
    ("pronoun", "name"),
    [
        # two of the surname: the one of the gender of the pronoun after it
        ("he", "Owen Calloway"),
        ("she", "Dana Calloway"),
    ],
)
def test_the_one_a_sentence_is_for_of_two_of_a_surname(pronoun: str, name: str) -> None:
    text = (
        "Chef Owen Calloway runs the kitchen.\n\n"
        '"Owen cooks, I talk," Dana Calloway said.\n\n"He pays me," said Ed Pelletier.\n\n'
        f'For Calloway, the point is simpler. "Good fish is good fish," {pronoun} said.'
    )
    assert _said(text)[-1][1] == name


@pytest.mark.parametrize(
    ("later", "name"),
    [
        # "ambassador" and "envoy" for the same diplomat, by country
        ("The Russian ambassador", "Dmitri Zavarin"),
        ("The Russian envoy", "Dmitri Zavarin"),
        # near miss: another country's envoy is someone else
        ("The Chinese ambassador", "The Chinese ambassador"),
    ],
)
def test_an_envoy_is_an_ambassador(later: str, name: str) -> None:
    text = (
        'The Russian envoy, Dmitri Zavarin, said it was "bad."\n\nMs. Ellison spoke.\n\n'
        f'{later} later said Washington "should look in the mirror."'
    )
    assert _said(text)[-1][1] == name


@pytest.mark.parametrize(
    ("opening", "name"),
    [
        # a company noun before the name makes it a company for "the company" after it
        ("Telecom operator Brightwave said on Friday that hackers had stolen data.", "Brightwave"),
        ("The airline Skyvale said on Friday that hackers had stolen data.", "Skyvale"),
        # near misses: a person's role before a person's name; a trade before one
        ("Telecom executive Tom Brightwave said on Friday that hackers stole data.", "the company"),
        ("Crane operator Jo Brightwave said on Friday that the port was shut.", "the company"),
    ],
)
def test_a_company_noun_before_the_name(opening: str, name: str) -> None:
    text = f'{opening}\n\nIn a blog post, the company said it detected "unusual activity".'
    assert _said(text)[-1][1] == name


@pytest.mark.parametrize(
    ("opening", "noun", "name"),
    [
        # "the regulator", "the watchdog": the one commission or authority named before
        (
            "The Data Protection Commission said it had opened an inquiry.",
            "regulator",
            "Data Protection Commission",
        ),
        (
            "The Financial Conduct Authority said it had opened an inquiry.",
            "watchdog",
            "Financial Conduct Authority",
        ),
        # near misses: two such bodies, or none, leave it as written
        (
            "The Financial Conduct Authority and the Competition Commission said they had "
            "opened inquiries.",
            "watchdog",
            "the watchdog",
        ),
        ("Tom Kent said he had opened an inquiry.", "regulator", "the regulator"),
    ],
)
def test_the_regulator_is_the_body_named_before(opening: str, noun: str, name: str) -> None:
    text = f'{opening}\n\n"Companies have a duty," the {noun} said.'
    assert _said(text)[-1][1] == name


@pytest.mark.parametrize(
    ("lede", "noun", "name"),
    [
        # "the group" after a clause that opens on an organisation: that organisation,
        # and "the group" after it too
        ("OPEC+ agreed on Sunday to extend its cuts, the group said.", "group", "OPEC+"),
        (
            "VIENNA (Reuters) - OPEC+ agreed on Sunday to extend its cuts, the group said.",
            "group",
            "OPEC+",
        ),
        (
            "Skyvale cut 500 jobs on Monday, the company said. Shares in Skyvale fell.",
            "company",
            "Skyvale",
        ),
        # in an indented paragraph (wire copy, tabs)
        (
            "    VIENNA (Reuters) - OPEC+ agreed on Sunday to extend its cuts, the group said.",
            "group",
            "OPEC+",
        ),
        (
            "\tVIENNA (Reuters) - OPEC+ agreed on Sunday to extend its cuts, the group said.",
            "group",
            "OPEC+",
        ),
        # near misses: a common word opening the clause, an opening phrase and no
        # inverted cue, a country, a person named before
        (
            "Evaluation of the field would take a year, the company said.",
            "company",
            "The company",
        ),
        (
            "Late last month, the company wrote a letter to Skyvale. Shares in Skyvale fell.",
            "company",
            "The company",
        ),
        ("Russia agreed on Sunday to extend its cuts, the group said.", "group", "The group"),
        (
            "Tom Kent spoke. Kent agreed on Sunday to cut jobs, the company said.",
            "company",
            "The company",
        ),
    ],
)
def test_a_company_noun_inverted_after_its_clause(lede: str, noun: str, name: str) -> None:
    text = f'{lede}\n\nThe {noun} said the decision reflected "a proactive approach" to costs.'
    assert _said(text)[-1][1] == name


@pytest.mark.parametrize(
    ("opening", "noun", "name"),
    [
        # a group introduced by the name it gave itself: "the hackers", "the militants"
        ("A group calling itself Nightjar claimed the attack.", "hackers", "Nightjar"),
        ("A militant group known as Red Dawn claimed the attack.", "militants", "Red Dawn"),
        # near misses: two such groups; none
        (
            "A group calling itself Nightjar and a gang known as Black Vine claimed it.",
            "hackers",
            "the hackers",
        ),
        ("Hackers claimed the attack.", "hackers", "the hackers"),
    ],
)
def test_a_group_by_the_name_it_gave_itself(opening: str, noun: str, name: str) -> None:
    text = f'{opening}\n\n"Pay, or the rest goes public," the {noun} wrote in a post.'
    assert _said(text)[-1][1] == name


@pytest.mark.parametrize(
    ("later", "name"),
    [
        # "his wife" of one of a couple named together: the other one
        ('"I am not sure," his wife said.', "Rachel Kettering"),
        ('His wife was more cautious. "I am not sure," she said.', "Rachel Kettering"),
        # near misses: "her husband" of a man; a wife where no couple is named
        ('"I am not sure," her husband said.', "her husband"),
    ],
)
def test_the_spouse_of_one_of_a_couple(later: str, name: str) -> None:
    text = (
        "At a table by the window, Rachel and Sam Kettering were sharing a plate.\n\n"
        f'"I like it," Sam Kettering said.\n\n{later}'
    )
    assert _said(text)[-1][1] == name


def test_the_spouse_with_no_couple_named() -> None:
    text = '"I like it," Sam Kettering said.\n\n"I am not sure," his wife said.'
    assert _said(text)[-1][1] == "his wife"
