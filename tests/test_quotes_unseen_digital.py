"""Quotes and speakers in invented stories in the forms of today's digital outlets.

Every story here is invented (names, places, figures and words; no real story
is copied) in the house style of one digital outlet's copy in 2024-2026: smart
brevity's bold lead-ins (``Why it matters:``, ``What they're saying:``) over
bullets that each hold a speaker and a quote, a political newsletter's
``MESSAGE FROM`` and ``told Playbook``, a business wire's people familiar with
the matter and declined comments, a financial paper's ``said Jane Roe, head of
X at Y``, public radio's web copy (``tells NPR``, a transcript's turns printed
without marks), ``said in a statement to The Hill``, an explainer in the first
person, a live page's time-stamped posts signed ``— Jane Roe``, posts quoted
from social networks (an embedded post with its handle and date is the page's
furniture, no quote), a Substack newsletter, a newsletter's numbered takeaways
and bullets (``• X: "..."``, ``- "...," said X.``) and quotes from podcasts and
videos.  The gold follows :mod:`tests.test_quotes_unseen`: every quote of
:attr:`Article.quotes` in text order with its speaker's name and mention.
"""

from __future__ import annotations

import pytest

from newsstruct import parse_article
from tests.test_quotes_unseen import Gold, check_story, story_names

AXIOS_SMART = """Senate GOP splits over chip export bill

By Hannah Voss

Senate Republicans are openly divided over a bipartisan bill that would tighten export controls on advanced chips, with a vote expected as soon as next week.

Why it matters: The fight pits the party's China hawks against senators from farm states who fear retaliation against soybean and pork exports.

Driving the news: Sen. Carl Whitmore (R-Ind.) told Axios on Tuesday he would vote against the bill unless it is amended to protect agricultural exports.

"I'm not going to trade away Indiana farmers for a press release," Whitmore said.
The bill's lead sponsor, Sen. Lydia Barrow (R-Ariz.), said she was "open to a conversation" but would not gut the licensing rules.

What they're saying: Senators on both sides of the split made their case to Axios.

• Sen. Dan Pruett (R-Iowa): "Beijing has shown us exactly how it retaliates. It goes after our farmers first."
• Sen. Maria Ochoa (D-Nev.): "This is the rare bill where both parties agree on the threat. We shouldn't blow it up now."
• A senior GOP aide: "Leadership wants this off the floor before recess, full stop."

Between the lines: Barrow has quietly courted the farm-state holdouts for weeks, according to two people familiar with the talks.

She told one colleague that the bill "can carry a carve-out for food," one of the people said.

The other side: The Semiconductor Industry Association warned in a letter that the licensing rules would "cede market share to foreign competitors."

Zoom in: The bill would require a license for any chip above a set performance threshold shipped to a list of countries.

Commerce Department officials said in a briefing that they could administer the new rules "with existing staff."

"We have been preparing for this for a year," Under Secretary Ruth Kamara told reporters.

Reality check: Even if the Senate passes the bill, House Speaker Tom Aldridge has not committed to bringing it to the floor.

"We'll look at whatever the Senate sends us," Aldridge told Axios in a brief interview. "No promises."

What's next: Barrow said she hopes to release amended text by Friday. "We are close," she said. "Closer than people think."

Flashback: A similar export bill stalled in 2024 after farm-state senators demanded a carve-out for food and fertilizer shipments. Its sponsors never brought it back to the floor, and the licensing office it would have created was folded into an appropriations rider instead.

By the numbers: U.S. soybean exports to the region were worth about $14 billion last year, according to Agriculture Department data.

The bottom line: The vote will show whether the farm caucus still has the muscle to rewrite trade policy.
"""

AXIOS_SMART_GOLD: Gold = (
    (
        "I'm not going to trade away Indiana farmers for a press release,",
        "Carl Whitmore",
        "Whitmore",
    ),
    ("open to a conversation", "Lydia Barrow", "Sen. Lydia Barrow"),
    (
        "Beijing has shown us exactly how it retaliates. It goes after our farmers first.",
        "Dan Pruett",
        "Sen. Dan Pruett",
    ),
    (
        "This is the rare bill where both parties agree on the threat. We shouldn't blow it up now.",
        "Maria Ochoa",
        "Sen. Maria Ochoa",
    ),
    (
        "Leadership wants this off the floor before recess, full stop.",
        "A senior GOP aide",
        "A senior GOP aide",
    ),
    ("can carry a carve-out for food,", "Lydia Barrow", "She"),
    (
        "cede market share to foreign competitors.",
        "Semiconductor Industry Association",
        "The Semiconductor Industry Association",
    ),
    ("with existing staff.", "Commerce Department officials", "Commerce Department officials"),
    ("We have been preparing for this for a year,", "Ruth Kamara", "Under Secretary Ruth Kamara"),
    ("We'll look at whatever the Senate sends us,", "Tom Aldridge", "Aldridge"),
    ("No promises.", "Tom Aldridge", "Aldridge"),
    ("We are close,", "Lydia Barrow", "she"),
    ("Closer than people think.", "Lydia Barrow", "she"),
)

AXIOS_LOCAL = """Denver's e-bike rebate runs dry in 48 hours

Denver's latest round of e-bike rebates ran out in under two days, leaving hundreds of residents on a waitlist and city council members asking for more money.

The big picture: The program, launched in 2023, has become one of the city's most popular climate initiatives, but its budget has shrunk each year.

State of play: The city opened applications Monday morning for 1,200 vouchers worth up to $1,400 each. By Wednesday, every voucher was claimed.

What they're saying: Residents who missed out told Axios Denver they were frustrated by the short window.

- "I refreshed the page at 9:01 and it was already crawling," said Lakewood commuter Priya Sandoval.
- "This was my one shot at getting rid of our second car," said Mateo Reyes, a father of three in Montbello.
- "I get that it's popular, but the city has to plan for that," said Glenda Foss, who applied from her office downtown.

Council member Aaron Pickett, who chairs the climate committee, said the city should "stop treating this like a lottery."

"If a program works this well, you fund it properly," Pickett told Axios. "You don't ration it."

The other side: Mayor's office spokesperson Dana Whitfield said the budget was set months ago and the city faces a shortfall.

"We would love to give a rebate to everyone who wants one," Whitfield said in an email. "The money is simply not there this year."

By the numbers: Since 2023, the program has issued about 9,400 vouchers, according to the city's climate office.

• 61% went to income-qualified residents.
• The average rider logs about 26 miles a week, a city survey found.

Zoom out: Several other Colorado cities have paused or shrunk their own programs.

Boulder climate manager Hollis Grant: "We saw the same demand curve. Everyone did."

Between the lines: The program is funded from a climate sales tax that voters approved in 2020, but the council has shifted part of that money to sidewalks and bus shelters over the past two budgets.

What's next: Pickett plans to propose an amendment next month to move $2 million from the city's parking fund into the rebate program.

He said the amendment would "pay for itself" in reduced traffic and emissions, though the city has not studied that claim.

Whitfield said the mayor would "review any proposal that comes to his desk."
"""

AXIOS_LOCAL_GOLD: Gold = (
    (
        "I refreshed the page at 9:01 and it was already crawling,",
        "Priya Sandoval",
        "Lakewood commuter Priya Sandoval",
    ),
    ("This was my one shot at getting rid of our second car,", "Mateo Reyes", "Mateo Reyes"),
    ("I get that it's popular, but the city has to plan for that,", "Glenda Foss", "Glenda Foss"),
    ("stop treating this like a lottery.", "Aaron Pickett", "Council member Aaron Pickett"),
    ("If a program works this well, you fund it properly,", "Aaron Pickett", "Pickett"),
    ("You don't ration it.", "Aaron Pickett", "Pickett"),
    ("We would love to give a rebate to everyone who wants one,", "Dana Whitfield", "Whitfield"),
    ("The money is simply not there this year.", "Dana Whitfield", "Whitfield"),
    ("We saw the same demand curve. Everyone did.", "Hollis Grant", "Hollis Grant"),
    ("pay for itself", "Aaron Pickett", "He"),
    ("review any proposal that comes to his desk.", "Dana Whitfield", "Whitfield"),
)

PLAYBOOK = """POLITICO Playbook: The budget deal nobody wants to own

By Eugene Daly and Rachel Kim

Good Thursday morning. This is Eugene Daly. Get in touch.

DRIVING THE DAY — House appropriators will unveil a stopgap spending bill this morning that runs through March 14, and almost nobody on the Hill is happy about it.

"It's a punt wrapped in a punt," one senior House Republican told Playbook last night. "But it's the punt we have."

Rep. Janelle Ortiz (D-Calif.), the top Democrat on the Appropriations Committee, told Playbook she would support the bill "with a heavy heart."

"Nobody should be proud of governing three months at a time," Ortiz said.

SCOOP — Freedom Caucus Chair Brent Holloway is circulating a letter among conservatives demanding that leadership attach border provisions to the bill, according to a copy obtained by Playbook. The letter calls the stopgap "a surrender dressed up as a strategy."

Holloway told Playbook he expected "at least 30 signatures" by Friday.

MESSAGE FROM THE AMERICAN FUEL ALLIANCE: America's refiners keep prices stable for working families. Tell Congress: don't raise costs at the pump. Learn more at fuelalliance.org.

WHITE HOUSE WATCH — The White House is keeping its distance. Press secretary Nadia Ferris said Wednesday that the president would "sign a clean bill" but would not weigh in on the details.

"We're not going to negotiate against ourselves from this podium," Ferris said.

BOLD LEAD-INS, BOLD MOVES — Senate Majority Leader Gordon Pike offered a rare bit of praise for his House counterparts.

"They did the hard thing," Pike told reporters. "Now we do the easy thing and pass it."

A spokesperson for Speaker Mike Dolan declined to comment on the Freedom Caucus letter.

PLAYBOOK READS

— Rep. Sam Tolliver (R-Tenn.) will not seek reelection, he announced Wednesday. "Twelve years is enough," Tolliver said in a video posted to X.

— Sen. Amy Castellano (D-Mich.) is hosting a fundraiser for three House candidates in Detroit on Saturday.

TRANSITIONS — Nora Quist is now chief of staff to Rep. Ben Oduya (D-Ga.). She most recently was legislative director for Sen. Amy Castellano.

TALK OF THE TOWN — A bipartisan group of freshman members had dinner at a steakhouse on Capitol Hill on Tuesday night, the third such gathering this year. Attendees said the budget fight came up only briefly.

MEDIA MOVES — Leah Brandt is joining CNN as a senior Capitol Hill producer. She previously was at NBC.

HAPPY BIRTHDAY: Rep. Tom Garrity (R-Ohio), former Sen. Alma Reyes and Politico's Dan Whelan.
"""

PLAYBOOK_GOLD: Gold = (
    (
        "It's a punt wrapped in a punt,",
        "one senior House Republican",
        "one senior House Republican",
    ),
    ("But it's the punt we have.", "one senior House Republican", "one senior House Republican"),
    ("with a heavy heart.", "Janelle Ortiz", "Rep. Janelle Ortiz"),
    ("Nobody should be proud of governing three months at a time,", "Janelle Ortiz", "Ortiz"),
    ("a surrender dressed up as a strategy.", "The letter", "The letter"),
    ("at least 30 signatures", "Brent Holloway", "Holloway"),
    ("sign a clean bill", "Nadia Ferris", "Nadia Ferris"),
    ("We're not going to negotiate against ourselves from this podium,", "Nadia Ferris", "Ferris"),
    ("They did the hard thing,", "Gordon Pike", "Pike"),
    ("Now we do the easy thing and pass it.", "Gordon Pike", "Pike"),
    ("Twelve years is enough,", "Sam Tolliver", "Tolliver"),
)

BLOOMBERG_DEAL = """Carver Foods Weighs Sale of Snack Unit to Private Equity

By Nathan Orr and Keiko Hamada

Carver Foods Inc. is exploring a sale of its snack division, a business that could fetch about $4 billion, according to people familiar with the matter.

The packaged-food maker is working with advisers to gauge interest from buyout firms including Altamont Partners, said the people, who asked not to be identified because the deliberations are private. No final decision has been made and Carver could opt to keep the unit, the people said.

A spokesperson for Carver declined to comment. A representative for Altamont didn't respond to a request for comment.

Chief Executive Officer Rebecca Lindqvist has been reshaping the company since she took over in 2024, shedding slower-growing brands and investing in frozen meals.

"We want to own businesses where we can be number one or number two," Lindqvist said in an interview last month. "Everything else is on the table."

Shares of Carver rose as much as 7.2% in New York trading Tuesday, the biggest intraday gain since August.

The snack unit, which makes pretzels and kettle chips, has struggled as consumers cut back on impulse purchases. Its sales fell 4% last year.

"The snack business has been a drag on the multiple for a while," said Oliver Grant, an analyst at Redfield Securities. "Investors will cheer anything that simplifies the story."

Private equity firms have been active buyers of food brands as inflation cools. Altamont agreed last year to buy a frozen-pizza maker for $2.1 billion.

Still, financing a deal of this size could be difficult, according to Marisol Vega, a credit strategist at Penrose Bank.

"The leveraged loan market is open, but lenders are picky about consumer names right now," Vega said in a phone interview.

Carver's board is expected to review bids in the coming weeks, one of the people said. Other suitors could emerge, another person said.

Carver, based in Minneapolis, has a market value of about $22 billion. The company also owns a dairy business and a line of plant-based meat substitutes that it bought in 2021.

Lindqvist told analysts on the company's earnings call in February that she was "not in a hurry" to sell anything.

"If the right price comes along, we'll listen," she said at the time.

A person close to the company said the board was "more motivated than the CEO lets on."

-- With assistance from Priya Raman

To contact the reporters on this story:
Nathan Orr in New York at norr@example.net
"""

BLOOMBERG_DEAL_GOLD: Gold = (
    (
        "We want to own businesses where we can be number one or number two,",
        "Rebecca Lindqvist",
        "Lindqvist",
    ),
    ("Everything else is on the table.", "Rebecca Lindqvist", "Lindqvist"),
    (
        "The snack business has been a drag on the multiple for a while,",
        "Oliver Grant",
        "Oliver Grant",
    ),
    ("Investors will cheer anything that simplifies the story.", "Oliver Grant", "Oliver Grant"),
    (
        "The leveraged loan market is open, but lenders are picky about consumer names right now,",
        "Marisol Vega",
        "Vega",
    ),
    ("not in a hurry", "Rebecca Lindqvist", "Lindqvist"),
    ("If the right price comes along, we'll listen,", "Rebecca Lindqvist", "she"),
    (
        "more motivated than the CEO lets on.",
        "A person close to the company",
        "A person close to the company",
    ),
)

FT_MARKETS = """European banks rally as rate cut bets fade

Martin Arnold in Frankfurt and Sophie Lyle in London

European bank shares climbed to their highest level since 2008 on Wednesday as investors bet that the European Central Bank would hold interest rates steady for longer than expected.

The Stoxx 600 banks index rose 2.4 per cent, led by lenders in Italy and Spain, after data showed eurozone inflation ticked up to 2.6 per cent in February.

"The market has been too quick to price in cuts," said Helena Brandt, head of European equities at Vantor Asset Management. "Banks are the obvious winners if rates stay where they are."

Net interest margins at the region's largest lenders have widened sharply since 2022, lifting profits to record levels.

"We are in a sweet spot, and the question is how long it lasts," said Luca Ferrante, chief investment officer at Altavia Capital in Milan.

Bank shares have more than doubled since the start of 2023, though they remain below the peaks they reached before the global financial crisis.

Not everyone is convinced the rally will hold. Credit quality in commercial property remains a worry, and several German lenders have increased provisions.

"Loan losses tend to arrive with a lag," said Ingrid Solberg, a banking analyst at Nordhavn Research. "The good times can mask a lot."

ECB policymakers have signalled they are in no hurry to ease. Executive board member Pieter Janssens told the Financial Times last week that the bank needed "more evidence" that wage growth was slowing.

"We are not there yet," he said.

Shares in Banco Meridional rose 4.1 per cent. The Spanish lender said in a statement that it expected net interest income to be "broadly stable" this year.

Analysts at Kessler & Co wrote in a note that bank valuations were "still undemanding relative to history".

Italian lenders, which have been among the biggest beneficiaries of higher rates, have used their profits to fund record share buybacks and dividends. The sector has also faced pressure from governments seeking windfall taxes on bank earnings, most recently in Spain and Hungary.

The euro weakened 0.3 per cent against the dollar to $1.083, while yields on 10-year German Bunds rose 4 basis points.

The rally also lifted insurers. "Higher rates are good for the whole financial complex," said Tom Beckett, portfolio manager at Greyfield Investors.

UniBanca declined to comment on speculation about a merger with a smaller rival.
"""

FT_MARKETS_GOLD: Gold = (
    ("The market has been too quick to price in cuts,", "Helena Brandt", "Helena Brandt"),
    (
        "Banks are the obvious winners if rates stay where they are.",
        "Helena Brandt",
        "Helena Brandt",
    ),
    (
        "We are in a sweet spot, and the question is how long it lasts,",
        "Luca Ferrante",
        "Luca Ferrante",
    ),
    ("Loan losses tend to arrive with a lag,", "Ingrid Solberg", "Ingrid Solberg"),
    ("The good times can mask a lot.", "Ingrid Solberg", "Ingrid Solberg"),
    ("more evidence", "Pieter Janssens", "Pieter Janssens"),
    ("We are not there yet,", "Pieter Janssens", "he"),
    ("broadly stable", "The Spanish lender", "The Spanish lender"),
    (
        "still undemanding relative to history",
        "Analysts at Kessler & Co",
        "Analysts at Kessler & Co",
    ),
    ("Higher rates are good for the whole financial complex,", "Tom Beckett", "Tom Beckett"),
)

NPR_WEB = """In rural Kansas, a hospital closes and a town asks what comes next

When the only hospital in Harlan County closed its doors in January, the nearest emergency room became an hour's drive away.

For Doris Mueller, who is 74 and has a heart condition, that hour is not an abstraction.

"I keep my shoes by the bed now," Mueller tells NPR. "If something happens at night, my son has to drive me to Salina, and I just pray we make it."

The hospital's owner, Plains Health Partners, said it had lost money for six straight years. In a statement, the company said the closure was "a painful but necessary decision."

Dr. Ray Okonkwo, who practiced at the hospital for 19 years, now runs a small clinic in a former bank building on Main Street.

"We can set a bone, we can stitch a cut, we can stabilize someone," he says. "What we can't do is surgery, and we can't keep anyone overnight."

Rural hospital closures have accelerated since 2020, according to researchers at the University of North Carolina.

Health economist Janet Cole says the math is brutal for small facilities.

AILSA CHANG, HOST: Cole has studied closures in a dozen states.

JANET COLE: The pattern is always the same. Volume drops, then the doctors leave, then the doors close.

"When half your patients are on Medicare or Medicaid and your volume is low, you are losing money on almost every admission," Cole says.

The county commission has applied for a federal program that would let the building reopen as a "rural emergency hospital" with no inpatient beds.

Commissioner Dale Hutchins says that is the best the county can hope for.

"It's not what we had," Hutchins says. "But it's something, and something beats nothing."

Not everyone agrees. Local pastor Ellen Brody has organized town meetings to push for a full reopening.

"People here built that hospital with bake sales in 1952," Brody says. "We are not going to let it become a waiting room."

The federal designation would bring higher Medicare payments for emergency and outpatient care, but it would not bring back the 25 beds the hospital once had.

Mueller, for her part, says she is not going anywhere.

"This is my home," she says. "I'd just like to be able to get old in it."

The commission expects a decision on its application by late spring.

NPR's Will Stancil contributed to this report.
"""

NPR_WEB_GOLD: Gold = (
    ("I keep my shoes by the bed now,", "Doris Mueller", "Mueller"),
    (
        "If something happens at night, my son has to drive me to Salina, and I just pray we make it.",
        "Doris Mueller",
        "Mueller",
    ),
    ("a painful but necessary decision.", "the company", "the company"),
    ("We can set a bone, we can stitch a cut, we can stabilize someone,", "Ray Okonkwo", "he"),
    ("What we can't do is surgery, and we can't keep anyone overnight.", "Ray Okonkwo", "he"),
    (
        "When half your patients are on Medicare or Medicaid and your volume is low, you are losing money on almost every admission,",
        "Janet Cole",
        "Cole",
    ),
    ("It's not what we had,", "Dale Hutchins", "Hutchins"),
    ("But it's something, and something beats nothing.", "Dale Hutchins", "Hutchins"),
    ("People here built that hospital with bake sales in 1952,", "Ellen Brody", "Brody"),
    ("We are not going to let it become a waiting room.", "Ellen Brody", "Brody"),
    ("This is my home,", "Doris Mueller", "she"),
    ("I'd just like to be able to get old in it.", "Doris Mueller", "she"),
)

HILL_STATEMENT = """GOP senator breaks with leadership on Pentagon nominee

BY ALEX GAINES - 03/04/26 6:12 PM ET

Sen. Norah Wexley (R-Maine) said Tuesday she will oppose President Harmon's nominee to lead the Pentagon's acquisition office, becoming the first Republican to break ranks.

"I cannot support a nominee who has told this committee one thing in private and another in public," Wexley said in a statement to The Hill.

The nominee, defense executive Curtis Vail, has faced questions about his ties to a drone manufacturer that holds Pentagon contracts.

A White House spokesperson said in a statement to The Hill that Vail was "exceptionally qualified" and would "bring real accountability to a broken system."

Senate Armed Services Committee Chairman Roger Pell (R-Miss.) said he still expected Vail to be confirmed.

"We have the votes," Pell told reporters outside the Senate chamber. "Senator Wexley is entitled to her view."

Pell has scheduled a closed-door briefing for committee members on Wednesday afternoon, where Pentagon ethics officials are expected to walk through Vail's financial disclosures.

Democrats seized on the defection. Sen. Paul Adeyemi (D-Md.), a member of the committee, said Wexley had "put country over party."

"I hope a few more of her colleagues find the same courage," Adeyemi told The Hill in an interview.

Vail's company, Aerion Systems, did not immediately respond to a request for comment from The Hill.

Two other Republicans on the panel have said they are undecided.

The committee is scheduled to vote on the nomination Thursday. A spokesperson for Senate Majority Leader Gordon Pike said the full Senate could take it up as early as next week.

Vail served as chief operating officer of Aerion from 2019 until last year, when he was nominated. The company won about $310 million in Pentagon contracts during that period, according to federal spending records.

The acquisition office oversees roughly $170 billion a year in weapons purchases and has been a frequent target of bipartisan criticism over cost overruns.

Wexley has broken with her party before, most notably on last year's disaster aid package.

"She votes her conscience, and Maine knows it," said Brian Tully, a Republican strategist in Portland. "It's never hurt her at home."

Vail, in a letter to the committee released Monday, wrote that he had "fully divested" from Aerion and would recuse himself from any decision involving the company.

"I have followed every ethics rule to the letter," he wrote.
"""

HILL_STATEMENT_GOLD: Gold = (
    (
        "I cannot support a nominee who has told this committee one thing in private and another in public,",
        "Norah Wexley",
        "Wexley",
    ),
    ("exceptionally qualified", "A White House spokesperson", "A White House spokesperson"),
    (
        "bring real accountability to a broken system.",
        "A White House spokesperson",
        "A White House spokesperson",
    ),
    ("We have the votes,", "Roger Pell", "Pell"),
    ("Senator Wexley is entitled to her view.", "Roger Pell", "Pell"),
    ("put country over party.", "Paul Adeyemi", "Sen. Paul Adeyemi"),
    ("I hope a few more of her colleagues find the same courage,", "Paul Adeyemi", "Adeyemi"),
    ("She votes her conscience, and Maine knows it,", "Brian Tully", "Brian Tully"),
    ("It's never hurt her at home.", "Brian Tully", "Brian Tully"),
    ("fully divested", "Curtis Vail", "Vail"),
    ("I have followed every ethics rule to the letter,", "Curtis Vail", "he"),
)

VOX_EXPLAINER = """Why your rent keeps going up even as new apartments open

The country built more apartments last year than at any point since the 1970s. So why does rent still feel impossible?

The short answer is that supply takes years to catch up, and the places that build the most are not always the places where people most want to live.

"New supply works, but it works slowly," Jenny Schuetz, a housing economist at a Washington think tank, told me. "You don't see it in a year. You see it in five."

That lag matters. In cities like Austin and Phoenix, where construction boomed, rents have actually fallen over the past 18 months. In coastal cities, where zoning rules make building hard, they have kept climbing.

Consider Boston. The city approved about 4,000 new units last year, a fraction of what economists say it needs.

"We are trying to fill a bathtub with a teaspoon," said Marcus Dellinger, who runs a tenant advocacy group in Dorchester.

What about rent control?

Rent control is popular with voters, and it can protect tenants who already have a lease. But most economists argue it discourages new construction over time.

"It helps the people who have apartments today at the expense of the people who will need them tomorrow," Mariana Cruz, an economist at the University of Michigan, explained in an email.

Not every researcher agrees with that framing. Tenant organizers point out that many cities with rent control also build a lot.

"The idea that rent stabilization kills construction is more of a talking point than a finding," argued Devon Hale, a policy analyst at the Urban Futures Lab.

So what actually works?

Most of the experts I spoke with named the same fix: letting more homes be built near jobs and transit.

"Legalize the duplex," Schuetz said, only half joking. "That alone would do more than most of the programs we spend billions on."

Some states are moving in that direction. California and Montana have passed laws overriding local bans on small apartment buildings, and a bill in Massachusetts would do the same near train stations.

State Rep. Alana Pierce, the Massachusetts bill's sponsor, put it bluntly in a hearing last month: "If you want cheaper rent, you need more homes. There is no magic."

The bottom line: rent will not fall everywhere at once. But in the places that build, it already is.
"""

VOX_EXPLAINER_GOLD: Gold = (
    ("New supply works, but it works slowly,", "Jenny Schuetz", "Jenny Schuetz"),
    ("You don't see it in a year. You see it in five.", "Jenny Schuetz", "Jenny Schuetz"),
    ("We are trying to fill a bathtub with a teaspoon,", "Marcus Dellinger", "Marcus Dellinger"),
    (
        "It helps the people who have apartments today at the expense of the people who will need them tomorrow,",
        "Mariana Cruz",
        "Mariana Cruz",
    ),
    (
        "The idea that rent stabilization kills construction is more of a talking point than a finding,",
        "Devon Hale",
        "Devon Hale",
    ),
    ("Legalize the duplex,", "Jenny Schuetz", "Schuetz"),
    (
        "That alone would do more than most of the programs we spend billions on.",
        "Jenny Schuetz",
        "Schuetz",
    ),
    (
        "If you want cheaper rent, you need more homes. There is no magic.",
        "Alana Pierce",
        "State Rep. Alana Pierce",
    ),
)

LIVE_UPDATES = """Live updates: Storm slams Gulf Coast as thousands lose power

Last updated 4:55 p.m. ET

4:52 p.m. ET

Governor says National Guard is on standby

Louisiana Gov. Renee Boudreaux said Thursday afternoon that 600 National Guard members were ready to deploy to coastal parishes.

"We are not going to wait for the water to come to us," Boudreaux said at a briefing in Baton Rouge. "If you were told to leave, leave now."

— Marcus Webb

Boudreaux also said the state had requested a federal emergency declaration, which would free up money for debris removal and temporary housing.

The storm was moving north at about 6 mph late Thursday, a crawl that forecasters said would prolong heavy rain over the same areas for most of Friday. Some parishes could see more than 15 inches of rain before it moves inland.

4:10 p.m. ET

More than 140,000 customers without power

Utility Gulf Power & Light said about 143,000 customers had lost power across Louisiana and Mississippi. A company spokesperson, Tanya Greer, said crews would not begin repairs until winds dropped below 40 mph.

"Our line workers are staged and ready, but we won't put them in buckets in this wind," Greer said.

— Ana Delgado

3:35 p.m. ET

Mayor: 'Stay off the roads'

Gulfport Mayor Leon Pritchard urged residents to stay home as flooding closed several major roads.

"If you don't have to be out, don't be out," Pritchard said in a video posted on Facebook. "We have already pulled two people out of cars this afternoon."

— Marcus Webb

Several school districts announced closures for Friday.

— Ana Delgado

2:48 p.m. ET

Forecasters warn of storm surge

The National Hurricane Center said in its 2 p.m. advisory that storm surge of up to 9 feet was possible east of the mouth of the Mississippi River.

"This is a life-threatening situation," the center said. "Residents should follow the advice of local officials."

Senior hurricane specialist Dr. Kim Alvarado told reporters the storm had "slowed down and that is the worst thing it could do."

— Ana Delgado

1:15 p.m. ET

Shelters open in three parishes

The Red Cross opened shelters in Terrebonne, Lafourche and Plaquemines parishes. Regional director Paul Sifuentes said about 900 people had checked in by midday.

"People are coming in wet and scared, and we're giving them a dry cot and a hot meal," he said.

— Marcus Webb
"""

LIVE_UPDATES_GOLD: Gold = (
    ("We are not going to wait for the water to come to us,", "Renee Boudreaux", "Boudreaux"),
    ("If you were told to leave, leave now.", "Renee Boudreaux", "Boudreaux"),
    (
        "Our line workers are staged and ready, but we won't put them in buckets in this wind,",
        "Tanya Greer",
        "Greer",
    ),
    ("If you don't have to be out, don't be out,", "Leon Pritchard", "Pritchard"),
    (
        "We have already pulled two people out of cars this afternoon.",
        "Leon Pritchard",
        "Pritchard",
    ),
    ("This is a life-threatening situation,", "the center", "the center"),
    ("Residents should follow the advice of local officials.", "the center", "the center"),
    ("slowed down and that is the worst thing it could do.", "Kim Alvarado", "Dr. Kim Alvarado"),
    (
        "People are coming in wet and scared, and we're giving them a dry cot and a hot meal,",
        "Paul Sifuentes",
        "he",
    ),
)

SOCIAL_POSTS = """Tech CEO's post about remote work sparks backlash

The chief executive of software company Lumen Grid set off a storm online this week after posting that employees who want to work from home "should find another job."

"If you can't be bothered to come to the office, you can't be bothered to build the future. Find another job," Lumen Grid CEO Derek Haskins wrote on X on Monday.

The post was viewed more than 12 million times by Wednesday. Many replies were critical.

"Imagine telling the people who kept your company alive in 2020 that they don't care," wrote Priya Natarajan, a software engineer in Seattle, in a reply that drew 40,000 likes.

Others defended Haskins. Venture capitalist Brett Lowell wrote on LinkedIn that Haskins was "saying what every founder thinks but won't say."

"Founders are allowed to have opinions. This is one of them." — Brett Lowell (@brettlowell) March 3, 2026

Haskins appeared to double down on Tuesday.

"Not backing down. The best work happens in the room," he posted.

Former Lumen Grid engineer Rosa Jimenez, who left the company last year, told reporters that the post reflected a culture of "fear and performance."

"People were told their badge swipes were being counted," Jimenez said. "It was never about collaboration."

A Lumen Grid spokesperson said in an email that the company had "a clear hybrid policy" and that Haskins was speaking for himself.

The backlash spread beyond X. On LinkedIn, hundreds of current and former employees shared their own stories about office attendance rules at tech companies, and the hashtag #FindAnotherJob trended for much of Tuesday.

Workplace researcher Nicole Baptiste said the episode showed how fraught return-to-office policies remain.

"Executives underestimate how personally employees take this," Baptiste said. "It's not about a desk. It's about trust."

On Wednesday evening, Haskins posted a shorter message on Threads.

"Heard you. Still think offices matter. Will say it better next time," he wrote.

The company did not say whether Haskins would address staff directly.

Some employees were unmoved. One posted anonymously on the workplace app Blind: "Nothing has changed except the tone."

Lumen Grid, which has about 3,000 employees, ended its fully remote policy last year and now requires staff to be in the office three days a week. The company said at the time that the change would help new hires learn faster.

Lumen Grid's shares fell 3% over the three days.
"""

SOCIAL_POSTS_GOLD: Gold = (
    ("should find another job.", "The chief executive", "The chief executive"),
    (
        "If you can't be bothered to come to the office, you can't be bothered to build the future. Find another job,",
        "Derek Haskins",
        "Lumen Grid CEO Derek Haskins",
    ),
    (
        "Imagine telling the people who kept your company alive in 2020 that they don't care,",
        "Priya Natarajan",
        "Priya Natarajan",
    ),
    ("saying what every founder thinks but won't say.", "Brett Lowell", "Brett Lowell"),
    ("Not backing down. The best work happens in the room,", "Derek Haskins", "he"),
    ("fear and performance.", "Rosa Jimenez", "Former Lumen Grid engineer Rosa Jimenez"),
    ("People were told their badge swipes were being counted,", "Rosa Jimenez", "Jimenez"),
    ("It was never about collaboration.", "Rosa Jimenez", "Jimenez"),
    ("a clear hybrid policy", "A Lumen Grid spokesperson", "A Lumen Grid spokesperson"),
    ("Executives underestimate how personally employees take this,", "Nicole Baptiste", "Baptiste"),
    ("It's not about a desk. It's about trust.", "Nicole Baptiste", "Baptiste"),
    ("Heard you. Still think offices matter. Will say it better next time,", "Derek Haskins", "he"),
    ("Nothing has changed except the tone.", "One", "One"),
)

SUBSTACK_NEWSLETTER = """The Ledger: What the school board fight is really about

Welcome back to The Ledger. If you were forwarded this email, you can subscribe here.

I spent Tuesday night at the Harwood County school board meeting, which ran until almost midnight and included, at one point, a man dressed as a library book.

The fight, on paper, is about a new policy for reviewing classroom materials. In practice, it is about who gets to decide what a good education looks like.

Board chair Melissa Tran opened the meeting by asking for "civility, or at least brevity." She got neither.

"We are not banning anything," Tran told me afterward in the parking lot. "We are asking parents to be part of the process. That's it."

The policy's critics see it differently. Kevin Osei, a high school English teacher for 22 years, was one of 41 people who signed up to speak.

"I have taught the same novel for two decades, and not one parent has ever asked me to stop," Osei said at the microphone. "Now I'm being told I need a permission slip."

Board member Jill Harmon, the policy's author, pushed back.

"Nobody is asking for a permission slip," she said. "We're asking for a reading list. Most parents have never seen one."

I asked Harmon later whether she had read the books that prompted the policy. She said she had read "two of the five, and parts of the others."

A few things worth noting:

- The district has received 14 formal challenges to books in the past year, up from two the year before.
- "This is a solution in search of a problem," said Rita Mendez, president of the local teachers union.
- "My kids deserve to know what's in their backpacks," said parent Carl Dugan, who spoke in favor.

Some context: Harwood County has about 31,000 students, and its school board elections have drawn record turnout in each of the past two cycles. Three of the seven board members were elected in 2024 on a platform of "parental rights."

The board voted 4-3 to approve the policy. Tran cast the deciding vote.

When I reached Osei by phone on Wednesday, he sounded tired.

"I'll follow the rules," he told me. "I just don't think the rules are about what they say they're about."

That's all for this week. If you have thoughts, just hit reply. I read everything.
"""

SUBSTACK_NEWSLETTER_GOLD: Gold = (
    ("civility, or at least brevity.", "Melissa Tran", "Board chair Melissa Tran"),
    ("We are not banning anything,", "Melissa Tran", "Tran"),
    ("We are asking parents to be part of the process. That's it.", "Melissa Tran", "Tran"),
    (
        "I have taught the same novel for two decades, and not one parent has ever asked me to stop,",
        "Kevin Osei",
        "Osei",
    ),
    ("Now I'm being told I need a permission slip.", "Kevin Osei", "Osei"),
    ("Nobody is asking for a permission slip,", "Jill Harmon", "she"),
    ("We're asking for a reading list. Most parents have never seen one.", "Jill Harmon", "she"),
    ("two of the five, and parts of the others.", "Jill Harmon", "She"),
    ("This is a solution in search of a problem,", "Rita Mendez", "Rita Mendez"),
    ("My kids deserve to know what's in their backpacks,", "Carl Dugan", "parent Carl Dugan"),
    ("I'll follow the rules,", "Kevin Osei", "he"),
    ("I just don't think the rules are about what they say they're about.", "Kevin Osei", "he"),
)

PODCAST_YOUTUBE = """Star quarterback says he nearly retired, in podcast interview

Jets quarterback Malik Dorsey said he came close to retiring after last season's knee injury, in a wide-ranging interview released Tuesday.

"There was a week where I had the text written to my agent," Dorsey said on the "Third and Long" podcast. "I just never hit send."

Dorsey, 31, tore his ACL in November and missed the final seven games. He told host Brandon Shaw that his daughter talked him out of it.

"She asked me if I was quitting because I wanted to or because I was scared," Dorsey said. "I didn't have a good answer."

Shaw, a former NFL linebacker, called the story "the most honest thing I've heard from a quarterback in years."

Jets head coach Ron Petrakis was asked about the interview at a news conference on Wednesday.

"I'm glad he didn't hit send," Petrakis said, drawing laughter. "We're a better team with him."

Dorsey's comments come days after his former teammate, wide receiver Andre Fulton, criticized the team's medical staff in a YouTube video.

"They rushed guys back, and everybody knew it," Fulton said in the video, which has been viewed more than 2 million times. "I'm not going to pretend otherwise just because I got paid."

The Jets said in a statement that the team's medical decisions are made "solely in the interest of player health."

Fitness influencer Tasha Greene, who trained with Dorsey during his rehab, said on her YouTube channel that he had been "in the gym at 5 a.m. every single day."

"People don't see the dark part of a comeback," Greene said in the clip. "They just see the highlight."

Dorsey has been cleared for full contact, according to the team, and threw at the Jets' voluntary minicamp last month. He completed most of his passes in seven-on-seven drills, though he did not take part in team scrimmages.

Asked on the podcast whether he would finish his career with the Jets, Dorsey laughed.

"Ask me in March," he said.

The Jets went 9-8 last season and missed the playoffs on the final weekend. Dorsey signed a four-year extension worth $180 million in 2024 and is under contract through 2028.

Sports radio host Vinnie Caruso was less charitable on his afternoon show, saying Dorsey should "stop talking and start throwing."

The team declined to make Dorsey available for further comment.

The Jets open training camp on July 24.
"""

PODCAST_YOUTUBE_GOLD: Gold = (
    ("There was a week where I had the text written to my agent,", "Malik Dorsey", "Dorsey"),
    ("I just never hit send.", "Malik Dorsey", "Dorsey"),
    (
        "She asked me if I was quitting because I wanted to or because I was scared,",
        "Malik Dorsey",
        "Dorsey",
    ),
    ("I didn't have a good answer.", "Malik Dorsey", "Dorsey"),
    ("the most honest thing I've heard from a quarterback in years.", "Brandon Shaw", "Shaw"),
    ("I'm glad he didn't hit send,", "Ron Petrakis", "Petrakis"),
    ("We're a better team with him.", "Ron Petrakis", "Petrakis"),
    ("They rushed guys back, and everybody knew it,", "Andre Fulton", "Fulton"),
    ("I'm not going to pretend otherwise just because I got paid.", "Andre Fulton", "Fulton"),
    ("solely in the interest of player health.", "The Jets", "The Jets"),
    ("in the gym at 5 a.m. every single day.", "Tasha Greene", "Fitness influencer Tasha Greene"),
    ("People don't see the dark part of a comeback,", "Tasha Greene", "Greene"),
    ("They just see the highlight.", "Tasha Greene", "Greene"),
    ("Ask me in March,", "Malik Dorsey", "he"),
    ("stop talking and start throwing.", "Vinnie Caruso", "Sports radio host Vinnie Caruso"),
)

NEWSLETTER_BULLETS = """Morning Brief: Three takeaways from the transit board vote

By Carla Benitez

Good morning. Here is what you need to know about Thursday's regional transit board vote, which approved a 25-cent fare increase and cut service on four bus routes.

1. The vote was closer than expected.

The board approved the plan 7-6. Chair Howard Lin cast the deciding vote after nearly four hours of public comment.

"Nobody up here wanted to raise fares," Lin said before the vote. "But the alternative was cutting service even deeper."

2. Riders showed up in force.

More than 80 people signed up to speak. A few of their comments:

• Nursing assistant Joy Ramirez: "The 14 is how I get to my shift. You cut it, I lose my job."
• Student Devin Park: "You are balancing the budget on the people who have the least."
• Retiree Harold Kemp: "I've ridden these buses for 40 years. I'll pay the quarter, but don't take my route."

3. The money problem isn't going away.

The agency faces a $48 million gap next year as federal pandemic aid runs out, according to its finance director, Sandra Obi.

"This vote buys us a year," Obi told board members. "It does not fix the structural deficit."

Obi said the agency would also freeze hiring for nonessential positions and delay the purchase of 40 electric buses by a year to save money in the short term.

Board member Tyrell Grant, who voted no, said the agency should have pushed harder for a state bailout.

"We went to the legislature with our hat in our hand instead of a plan," Grant said. "That's on us."

The agency's ridership is still about 20 percent below its 2019 level, though weekend trips have nearly recovered. Bus routes serving hospitals and warehouses have rebounded fastest.

The state budget proposal released last month includes no new operating money for regional transit, though it does set aside $300 million for capital projects such as new buses and station repairs. Transit advocates have called that split backwards.

What's next

The fare increase takes effect July 1. The route cuts begin in August.

The Riders Alliance said in a statement it would "fight every one of these cuts" at the state capitol next session.

Quote of the day

"You can't grow ridership by making the bus worse." — Transit researcher Elena Volkov, speaking at a panel Wednesday

See you tomorrow.
"""

NEWSLETTER_BULLETS_GOLD: Gold = (
    ("Nobody up here wanted to raise fares,", "Howard Lin", "Lin"),
    ("But the alternative was cutting service even deeper.", "Howard Lin", "Lin"),
    ("The 14 is how I get to my shift. You cut it, I lose my job.", "Joy Ramirez", "Joy Ramirez"),
    (
        "You are balancing the budget on the people who have the least.",
        "Devin Park",
        "Student Devin Park",
    ),
    (
        "I've ridden these buses for 40 years. I'll pay the quarter, but don't take my route.",
        "Harold Kemp",
        "Retiree Harold Kemp",
    ),
    ("This vote buys us a year,", "Sandra Obi", "Obi"),
    ("It does not fix the structural deficit.", "Sandra Obi", "Obi"),
    (
        "We went to the legislature with our hat in our hand instead of a plan,",
        "Tyrell Grant",
        "Grant",
    ),
    ("That's on us.", "Tyrell Grant", "Grant"),
    ("fight every one of these cuts", "Riders Alliance", "The Riders Alliance"),
    (
        "You can't grow ridership by making the bus worse.",
        "Elena Volkov",
        "Transit researcher Elena Volkov",
    ),
)

CASES: dict[str, tuple[str, Gold]] = {
    "axios_smart": (AXIOS_SMART, AXIOS_SMART_GOLD),
    "axios_local": (AXIOS_LOCAL, AXIOS_LOCAL_GOLD),
    "playbook": (PLAYBOOK, PLAYBOOK_GOLD),
    "bloomberg_deal": (BLOOMBERG_DEAL, BLOOMBERG_DEAL_GOLD),
    "ft_markets": (FT_MARKETS, FT_MARKETS_GOLD),
    "npr_web": (NPR_WEB, NPR_WEB_GOLD),
    "hill_statement": (HILL_STATEMENT, HILL_STATEMENT_GOLD),
    "vox_explainer": (VOX_EXPLAINER, VOX_EXPLAINER_GOLD),
    "live_updates": (LIVE_UPDATES, LIVE_UPDATES_GOLD),
    "social_posts": (SOCIAL_POSTS, SOCIAL_POSTS_GOLD),
    "substack_newsletter": (SUBSTACK_NEWSLETTER, SUBSTACK_NEWSLETTER_GOLD),
    "podcast_youtube": (PODCAST_YOUTUBE, PODCAST_YOUTUBE_GOLD),
    "newsletter_bullets": (NEWSLETTER_BULLETS, NEWSLETTER_BULLETS_GOLD),
}

#: ``Speaker.role`` of the speaker of a quote, where the role matters.
ROLES: dict[tuple[str, str], str] = {
    ("axios_smart", "We have been preparing for this for a year,"): "Under Secretary",
    ("podcast_youtube", "stop talking and start throwing."): "Sports radio host",
    (
        "ft_markets",
        "The market has been too quick to price in cuts,",
    ): "head of European equities at Vantor Asset Management",
}

#: Stories whose remaining errors no general rule fixes yet, with the reason
#: (the test fails if they start passing).
KNOWN_FAILURES: dict[str, str] = {}


#: A teacher who spoke, then another man who spoke after him.
_OSEI = 'Board backs book rules\n\nKevin Osei spoke.\n\n"I have taught it," Osei said.\n\n"Nobody asks," said Carl Dugan.\n\n'


@pytest.mark.parametrize("name", story_names(CASES, KNOWN_FAILURES))
def test_digital_story(name: str) -> None:
    text, gold = CASES[name]
    assert 400 <= len(text.split()) <= 800
    check_story(name, text, gold, ROLES)


@pytest.mark.parametrize(
    ("text", "quote", "name", "mention"),
    [
        # a live page's post signed under its last paragraph: the signature credits
        # no quote of a paragraph whose quotes have a cue
        (
            "Live updates\n\n2:10 p.m. ET\n\n"
            '"Stay home tonight," Mayor Ada Reyes said. "The roads are not safe."\n\n'
            "— Tom Baird",
            "The roads are not safe.",
            "Ada Reyes",
            "Mayor Ada Reyes",
        ),
        # a list's bullet before a label with a senator's party and state
        (
            "What they're saying:\n\n"
            '• Sen. Dan Pruett (R-Iowa): "Beijing goes after our farmers first."',
            "Beijing goes after our farmers first.",
            "Dan Pruett",
            "Sen. Dan Pruett",
        ),
        (
            'Voters spoke.\n\n- Maria Ochoa (D-Nev.): "We should not blow this up now."',
            "We should not blow this up now.",
            "Maria Ochoa",
            "Maria Ochoa",
        ),
        # a label of a source named by a role alone, after another speaker's quote
        (
            'The talks went on.\n\n"We are close," Ochoa said.\n\n'
            'A senior GOP aide: "Leadership wants a vote before recess."',
            "Leadership wants a vote before recess.",
            "A senior GOP aide",
            "A senior GOP aide",
        ),
        # a topic's capitalised word, a role and a name open the sentence
        (
            "Sports radio host Vinnie Caruso was less kind on his show, saying the "
            'quarterback should "stop talking and start throwing."',
            "stop talking and start throwing.",
            "Vinnie Caruso",
            "Sports radio host Vinnie Caruso",
        ),
        # a firm's name with "&" after the speaker noun it completes
        (
            'Analysts at Kessler & Co wrote in a note that banks were "still cheap".',
            "still cheap",
            "Analysts at Kessler & Co",
            "Analysts at Kessler & Co",
        ),
        # "Under Secretary" is a title, not a preposition, before or after the cue
        (
            '"We have been preparing for a year," Under Secretary Ruth Kamara told reporters.',
            "We have been preparing for a year,",
            "Ruth Kamara",
            "Under Secretary Ruth Kamara",
        ),
        (
            '"We have the staff," said Under Secretary of State Ruth Kamara.',
            "We have the staff,",
            "Ruth Kamara",
            "Under Secretary of State Ruth Kamara",
        ),
        # a medium with its participle after a preposition is no subject: the name
        # set off before it is
        (
            'Fans waited.\n\nLind, in a YouTube video posted Sunday: "I am not going anywhere."',
            "I am not going anywhere.",
            "Lind",
            "Lind",
        ),
        # a school's principal, a title before the name as a superintendent's
        (
            'Parents met.\n\n- "We need more teachers," said Principal Ken Marsh.',
            "We need more teachers,",
            "Ken Marsh",
            "Principal Ken Marsh",
        ),
        # a newsletter's label before a sentence whose subject is a name and that
        # reports no speech: the pronoun after it is the name's
        (
            "Rebates run dry\n\nCouncil member Aaron Pickett said it was bad.\n\n"
            '"We saw it," said Hollis Grant.'
            "\n\nWhat's next: Pickett plans to propose an amendment next month.\n\n"
            'He said the amendment would "pay for itself."',
            "pay for itself.",
            "Aaron Pickett",
            "He",
        ),
        # a clause of time that names one person, before a pronoun subject
        (
            _OSEI + "When I reached Osei by phone on Wednesday, he sounded tired.\n\n"
            '"I\'ll follow the rules," he told me.',
            "I'll follow the rules,",
            "Kevin Osei",
            "he",
        ),
        (
            _OSEI + 'When I reached Osei by phone on Wednesday, he said: "I\'ll follow the rules."',
            "I'll follow the rules.",
            "Kevin Osei",
            "he",
        ),
    ],
)
def test_digital_form(text: str, quote: str, name: str, mention: str) -> None:
    found = {q.text: q for q in parse_article(text).quotes}
    assert quote in found, list(found)
    speaker = found[quote].speaker
    assert speaker is not None
    assert (speaker.name, speaker.mention) == (name, mention)


@pytest.mark.parametrize(
    ("text", "quote", "name"),
    [
        # a dash line still credits a paragraph of quotes alone
        (
            'The note ended so.\n\n"We will be back next year."\n\n— Sanders',
            "We will be back next year.",
            "Sanders",
        ),
        # a verb before the role: the sentence's subject is the name that opens it
        (
            'Lind praised volunteer Jo Kent on Monday, saying she was "a hero to all of us."',
            "a hero to all of us.",
            "Lind",
        ),
        # a label before a sentence whose subject is no person: the last speaker
        (
            "Rebates run dry\n\nCouncil member Aaron Pickett said it was bad.\n\n"
            '"We saw it," said Hollis Grant.'
            "\n\nWhat's next: The council plans to vote next month.\n\n"
            'He said the amendment would "pay for itself."',
            "pay for itself.",
            "Hollis Grant",
        ),
        # a clause that holds another of the gender ("him"), that names two people,
        # or that is no clause of time: the last speaker
        (
            _OSEI + 'After Osei fired him, he sued.\n\n"I\'ll follow the rules," he told me.',
            "I'll follow the rules,",
            "Carl Dugan",
        ),
        (
            _OSEI + "When Osei met Tom Reyes, he was calm.\n\n"
            '"I\'ll follow the rules," he told me.',
            "I'll follow the rules,",
            "Carl Dugan",
        ),
        # (or a clause with no subject of its own, or the pronoun's)
        (
            _OSEI + 'After meeting Osei, he shrugged.\n\n"I\'ll follow the rules," he told me.',
            "I'll follow the rules,",
            "Carl Dugan",
        ),
        (
            _OSEI + 'When he reached Osei, he shrugged.\n\n"I\'ll follow the rules," he told me.',
            "I'll follow the rules,",
            "Carl Dugan",
        ),
        (
            _OSEI + 'Asked about Osei, he shrugged.\n\n"I\'ll follow the rules," he told me.',
            "I'll follow the rules,",
            "Carl Dugan",
        ),
    ],
)
def test_digital_form_unchanged(text: str, quote: str, name: str) -> None:
    found = {q.text: q for q in parse_article(text).quotes}
    assert quote in found, list(found)
    speaker = found[quote].speaker
    assert speaker is not None
    assert speaker.name == name


@pytest.mark.parametrize(
    ("text", "name", "mention"),
    [
        # words in the clause a verb of saying opens with "that": its subject's,
        # the cue after the quote only names the source who relays them
        (
            'Jo Lind told aides that the plan was "dead on arrival," two people '
            "familiar with the talks said.",
            "Jo Lind",
            "Jo Lind",
        ),
        (
            "Ada Reyes has courted the holdouts.\n\nShe told one colleague that the bill "
            '"can carry a carve-out," one of the people said.',
            "Ada Reyes",
            "She",
        ),
        # near misses: no "that" clause, a quote of its own sentence, another cue between
        (
            'Jo Lind told aides the plan was dead. "It is over," an aide said.',
            "an aide",
            "an aide",
        ),
        (
            'The plan was "dead on arrival," two people familiar with the talks said.',
            "two people familiar with the talks",
            "two people familiar with the talks",
        ),
        (
            'Jo Lind told aides that the plan, which Tom Kent called "a mess," was over, '
            "an aide said.",
            "Tom Kent",
            "Tom Kent",
        ),
    ],
)
def test_words_reported_second_hand(text: str, name: str, mention: str) -> None:
    (quote,) = parse_article(text).quotes
    assert quote.speaker is not None
    assert (quote.speaker.name, quote.speaker.mention) == (name, mention)
