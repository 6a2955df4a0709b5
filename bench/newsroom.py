"""The sentence bank of the synthetic corpus: news on other stories, in sentences a newsroom would print.

Each story (sport, weather, markets, local politics, courts, culture, and energy, sanctions and the front
line, which share the evaluation articles' vocabulary) has headline and sentence templates. Every
template holds its own verb; the slots in braces take names, places, dates and numbers only, so a filled
sentence stays grammatical. Written for this project.

What the templates avoid, because the evaluation sets ask about it and a distractor must not answer:
the people, places and events of the peace talks and of tests/fixtures (Geneva, Abu Dhabi, Brindlemoor,
Zaporizhzhia, Euroclear, Crimea...), and what the unanswerable questions ask (exchange rates, weather
in a named capital tomorrow, cup winners, drone counts over Ukraine).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Story:
    """A kind of news: where it happens, its headlines and its sentences (templates with {slots})."""

    name: str
    places: tuple[str, ...]
    headlines: tuple[str, ...]
    sentences: tuple[str, ...]


def words(text: str) -> tuple[str, ...]:
    """The words of `text`, split at white space."""
    return tuple(text.split())


def lines(text: str) -> tuple[str, ...]:
    return tuple(line.strip() for line in text.strip().splitlines() if line.strip())


TOWNS = lines("""
Ashcombe
Fernhollow
Kettleby
Marlow Cross
Dunmere
Oakhaven
Stoneleigh
Harrowgate Vale
Wexcombe
Larkspur
Pellinor
Greyford
Cobham Heath
Thornbury
Ravensholm
Eastwick
Millbrook
Halvergate
""")
FIRST_NAMES = words(
    "Olena Andriy Iryna Taras Mykola Oksana Dmytro Yulia Serhiy Natalia Marco Petra Jonas Ingrid Lars "
    "Amira Hassan Clara Tomasz Aoife Benedikt Sofia Ruth Gideon Miriam Ewan Keiko Rafael Anneli"
)
LAST_NAMES = words(
    "Kovalchuk Savchenko Bondar Tkachuk Moroz Lysenko Hartley Whitcombe Birchall Novak Lindqvist Haddad "
    "Brennan Okafor Moreau Vasquez Castell Marsh Fairweather Oduya Sandoval Quill Rasmussen Doyle"
)
COUNTRIES = words("Chile Norway Kenya Peru Canada Korea Portugal Ghana Iceland Uruguay")
DAYS = words("Monday Tuesday Wednesday Thursday Friday Saturday Sunday")
MONTHS = words("January February March April May June July August September October November December")
ORDINALS = words("second third fourth fifth sixth seventh eighth ninth")

SPORT = Story(
    "sport",
    TOWNS,
    lines("""
{club} beat {club2} to go {ordinal} in the table
{club} in talks over new stadium plan
Striker {P} signs three-year deal with {club}
"""),
    lines("""
{club} beat {club2} {score} on {day}, with {P} scoring twice in the second half.
The coach of {club} said the club was in talks with {club2} over a loan deal for the striker.
{P}, who joined from {club2} in {year}, has scored {n} goals this season.
Ticket prices at the ground in {town} will rise by {pct} next season, the club said.
The league's board agreed to cut the number of midweek fixtures from next season.
{club} have won {n} of their last {n2} matches and sit {ordinal} in the table.
Fans of {club} staged a protest outside the stadium before the match against {club2}.
{P} finished {n} seconds behind the winner in the time trial near {town}.
The draft calendar for next season includes {n} weekends without league matches.
"We played with real courage today," {P} told reporters after the match.
The club's delegation flew to {country} on {day} to complete the signing, a spokesman said.
{club} said the new stand would hold {big} supporters and open in {month}.
The referee sent off {P} after {n} minutes for a second yellow card.
A crowd of {big} watched the final at the {village} Arena on {day} evening.
The club's chairman, {P}, said talks with the council over the training ground would resume in {month}.
{club} confirmed that their captain would miss {small} weeks with a knee injury.
The women's team of {club} drew {score} away at {club2} and stay top of the league.
Local rival {club2} have not won at home since {month}, a run of {n} matches.
The cycling race will pass through {town} and {town2} on its {ordinal} stage.
Organisers expect {big} runners to take part in the half marathon in {town} next month.
The transfer fee was reported to be about {money}, a club record.
"""),
)
WEATHER = Story(
    "weather",
    TOWNS,
    lines("""
Snow and ice disrupt travel across the north
Flood warnings issued for {n} rivers after heavy rain
Coldest night of the year in {town}
"""),
    lines("""
Forecasters warned of heavy snow on {day}, with up to {n} centimetres expected in the hills above {town}.
Temperatures fell to minus {n} degrees in {town} overnight, the lowest reading since {year}.
Strong winds brought down power lines near {village}, leaving about {big} homes without electricity.
The weather service said the cold spell would last until the end of {month}.
Flood warnings remain in place for {n} rivers, including the {village} near {town}.
Gritting crews treated {big} kilometres of road on {day} night, the council said.
Rail services between {town} and {town2} were cancelled after a landslide blocked the line.
"It is the wettest autumn we have recorded here," said {P}, who runs the weather station in {town}.
Schools in {town} stayed closed on {day} because buses could not reach the outlying villages.
Farmers near {village} said the frost had destroyed about {pct} of the winter crop.
The storm, named {rare} by forecasters, is expected to reach the coast on {day} morning.
Emergency crews pumped water out of {n} homes in {town} after the river burst its banks.
The ferry between {town} and the island of {rare} was suspended because of high seas.
Drivers were told to avoid the pass above {village} until snowploughs had cleared it.
Rainfall in {month} was {pct} above the long-term average, the weather service said.
The council opened a rest centre in the sports hall at {town} for families who had to leave their homes.
A yellow warning for ice covers most of the region until {day} afternoon.
"""),
)
MARKETS = Story(
    "markets",
    TOWNS,
    lines("""
Shares in {company} jump after profit upgrade
Central bank of {country} holds rates as inflation slows
{company} to cut {big} jobs in restructuring plan
"""),
    lines("""
Shares in {company} rose {pct} on {day} after the firm raised its profit forecast for the year.
The central bank of {country} held its main interest rate at {rate} percent, as most economists had expected.
Annual inflation in {country} slowed to {rate} percent in {month}, the statistics office said.
Brent crude fell {pct} as traders weighed rising stockpiles and weaker demand from factories.
{company} said it would cut {big} jobs over the next two years to save {money}.
Government bond yields edged higher after the finance ministry announced a larger borrowing plan.
The board of {company} approved a dividend of {cents} cents a share, payable in {month}.
"Demand has held up better than we feared," chief executive {P} told analysts on a call.
{company} agreed to buy its rival {company2} for {money} in cash and shares.
The stock exchange in {country} closed {pct} lower on {day}, led by banks and miners.
Analysts at {company} expect growth of about {rate} percent next year, down from an earlier forecast.
Wheat futures rose for a {ordinal} day as dry weather threatened harvests in {country}.
{company} reported a net profit of {money} for the quarter, up from a year earlier.
The government of {country} plans to sell part of its stake in {company} next year.
Investors moved into gold, which rose {pct} over the week to a record high.
Retail sales in {country} fell unexpectedly in {month}, data showed on {day}.
{company} named {P} as its new chief executive, with effect from {month}.
The housing market in {country} cooled further as mortgage rates stayed high.
Car sales rose {pct} in {month}, led by demand for electric models, the industry body said.
"""),
)
LOCAL = Story(
    "local politics",
    TOWNS,
    lines("""
{town} council approves budget with {pct} tax rise
Residents object to {town} housing plan
Councillors in {town} vote to close {n} public toilets
"""),
    lines("""
{town} council approved a budget of {money} on {day}, including a council tax rise of {pct}.
Residents packed the town hall in {town} to object to a plan for {big} new homes on the edge of {village}.
Councillor {P} said the draft plan would be put to a public consultation in {month}.
The council's transport committee voted {n} to {n2} to extend the bus lane along the high street.
A petition against the closure of the swimming pool in {town} has gathered {big} signatures.
The mayor of {town}, {P}, said the cuts were "painful but unavoidable".
Under the plan, the council would sell {n} buildings it no longer uses and move staff to {village}.
Opposition councillors accused the leadership of rushing the decision through before the summer recess.
The new recycling scheme will start in {month}, with bins collected every {ordinal} week.
Planning officers recommended that the application for a supermarket in {village} be refused.
The parking charges in the town centre of {town} will rise to {cents} pence an hour from {month}.
A new cycle path linking {town} and {village} is due to open in the spring.
The council has set aside {money} to repair potholes on rural roads this year.
Residents of {village} said the bus service had been cut from hourly to {small} times a day.
The leader of the council, {P}, resigned on {day} after a row over the library budget.
Councillors agreed to hold a referendum on the new parish boundaries in {month}.
The draft local plan sets out {n} sites for new homes over the next fifteen years.
"""),
)
COURTS = Story(
    "courts",
    TOWNS,
    lines("""
Former director of {company} jailed for fraud
Court in {town} hears case against {P}
Jury clears {P} of all charges
"""),
    lines("""
A court in {town} sentenced {P}, a former director of {company}, to {small} years in prison for fraud.
Prosecutors said {P} had taken {money} from pension funds over {small} years.
The jury at {town} Crown Court took {n} hours to reach its verdict on {day}.
The judge said the defendant had shown "no remorse" and ordered him to repay {money}.
Lawyers for {company} said the firm would appeal against the ruling.
{P} denied all the charges and told the court that the payments had been approved by the board.
The trial, which opened in {month}, heard evidence from {n} witnesses.
A draft ruling seen by reporters suggests the appeal court will uphold the fine.
Police arrested {n} people in {town} and {town2} after a year-long investigation into stolen cars.
The inquiry into the collapse of the bridge at {village} will publish its report in {month}.
The court heard that the company had ignored {n} warnings from safety inspectors.
{P} was fined {money} for dumping waste on farmland near {village}.
The appeal will be heard by three judges in {town} in {month}.
The defence said the evidence had been gathered without a proper warrant.
A man from {town} was jailed for {small} years for his part in a series of burglaries.
The tribunal ruled that the dismissal of {n} workers at {company} had been unfair.
Magistrates in {town} adjourned the case until {month} to allow more time for reports.
"""),
)
CULTURE = Story(
    "culture",
    TOWNS,
    lines("""
{town} film festival opens with a record {big} visitors
Museum in {town} returns {n} paintings to their owners
Novelist {P} wins the {rare} Prize
"""),
    lines("""
The film festival in {town} opened on {day} with a sold-out screening of a documentary about fishermen.
The museum said it would return {n} paintings to the families of their original owners.
Novelist {P} won the {rare} Prize for a book about three generations of a farming family.
The orchestra will play {n} concerts in {country} on its tour in {month}.
Organisers said {big} people had visited the exhibition since it opened in {month}.
"It took us {n} years to restore the organ," said {P}, the cathedral's music director.
The theatre in {town} will close for repairs next year after the council agreed to fund a new roof.
Tickets for the summer concerts in {village} sold out within {n} minutes, the organisers said.
The library in {town} has lent more than {big} books since it reopened after the flood.
A statue of the town's founder was unveiled in the square at {town} on {day}.
The choir from {town} won first prize at the national competition in {month}.
The gallery bought a landscape by a local painter for {money} at auction.
A new play about the miners' strike of {year} opens at the theatre in {town} next week.
The book festival in {village} will feature {n} authors over {small} days in {month}.
Volunteers spent {n} months restoring the old cinema, which reopened on {day}.
The museum's collection of maps will go on display in the new wing from {month}.
The band's {ordinal} album was recorded in a converted barn outside {town}.
"""),
)
ENERGY = Story(
    "energy",
    ("Kharkiv", "Dnipro", "Sumy", "Poltava", "Chernihiv", "Kryvyi Rih", "Mykolaiv"),
    lines("""
Power restored to {big} homes in {place} after strike
Grid operator plans repairs to substations before the winter
New solar farm near {place} connected to the grid
"""),
    lines("""
Repair crews restored power to {big} homes in {place} on {day} after a strike damaged a substation.
The grid operator said it would need {n} weeks to repair transformers at the plant outside {place}.
Engineers connected a solar farm near {place} to the grid, adding {n} megawatts of capacity.
The regional governor, {P}, said hospitals in {place} were running on backup power overnight.
The energy ministry said power cuts of up to {n} hours a day would continue in {place} this month.
A thermal power plant near {place} will be rebuilt with help from a loan of {money}, officials said.
"We are working around the clock to keep the heating on," said {P}, an engineer in {place}.
The city council in {place} opened {n} heating points where residents can charge their phones.
Gas storage facilities were {pct} full at the start of {month}, the operator said.
Wind turbines at the coastal farm produced a record {n} megawatts on {day}.
The utility said it had installed {n} new transformers in the region since {month}.
Households in {place} will pay {pct} more for heating from next month, the city said.
A battery storage site near {place} will help balance the grid during the evening peak.
Engineers said the damaged power line near {place} would be repaired within {small} days.
The district heating plant in {place} switched to a reserve boiler after a fault on {day}.
Coal deliveries to the power station near {place} fell by {pct} in {month}.
"""),
)
SANCTIONS = Story(
    "sanctions",
    ("London", "Frankfurt", "Luxembourg", "Vienna", "Ottawa", "Oslo", "Zurich"),
    lines("""
Court in {place} upholds freeze on businessman's accounts
Regulator fines {company} for breaching sanctions
Frozen yacht to be sold at auction, court rules
"""),
    lines("""
A court in {place} upheld the freeze on bank accounts belonging to the businessman {P} on {day}.
The financial regulator fined {company} {money} for processing payments for a sanctioned shipping firm.
A superyacht that has been impounded in {place} since {year} will be sold at auction, a judge ruled.
Lawyers for {P} argued that the freeze on his assets was based on outdated intelligence.
The government added {n} companies and {n2} people to its sanctions list on {day}.
The central bank said frozen accounts held by sanctioned companies were worth about {money}.
{company} said it had ended all business with the sanctioned group in {year}.
Customs officers in {place} seized {n} containers of machine parts bound for a sanctioned buyer.
"The freeze will stay until the courts decide otherwise," a spokesman for the finance ministry said.
The bank agreed to pay {money} to settle claims that it had helped clients avoid sanctions.
The shipping company challenged the decision to detain its tanker in {place} for {n} months.
Officials in {place} said the frozen funds could not be used without a court order.
An investigation by the customs service found {n} shell companies registered in {country}.
The court in {place} will rule in {month} on whether the sanctions list was drawn up lawfully.
{P}, a lawyer who represents several sanctioned clients, said the process lacked transparency.
The finance ministry said it had frozen property worth {money} in {year}.
"""),
)
FRONT = Story(
    "front line",
    ("Pokrovsk", "Kupiansk", "Huliaipole", "Siversk", "Kostiantynivka", "Lyman", "Vovchansk"),
    lines("""
Brigade holds positions near {place} as fighting intensifies
Villagers evacuated from the front line near {place}
Medics near {place} treat wounded under fire
"""),
    lines("""
The {ordinal} brigade said it had repelled {n} assaults near {place} over the past day.
Volunteers evacuated {n} elderly residents from villages near {place} on {day}.
Artillery fire damaged a school and {n} houses in {place}, the regional administration said.
"The enemy attacks in small groups, day and night," a commander called {P} said.
Medics at a field hospital near {place} treated {n} wounded soldiers in a single night.
Military analysts said the fighting around {place} had slowed in the cold weather.
Engineers built a new line of trenches and anti-tank ditches west of {place} in {month}.
Local officials said about {big} people still lived in {place}, down from {big2} before the war.
An aid convoy reached {place} on {day} with food, medicine and building materials.
Soldiers of the {ordinal} brigade repaired a damaged bridge over the river near {place}.
A drone unit near {place} said bad weather had grounded its crews for {small} days.
The hospital in {place} moved its operating theatre into the basement last year.
Shelling cut the water supply to parts of {place} on {day}, officials said.
A convoy of buses took {n} children from {place} to a summer camp in the west.
Sappers cleared mines from {n} hectares of farmland near {place} in {month}.
"""),
)
# Sentences any report may hold: reactions, background, what comes next.
GENERAL = lines("""
"We will look at every option," {P} said.
{P} said the decision would be reviewed in {month}.
A spokesman for the council said the figures would be published on {day}.
The report was first published by a local newspaper in {town}.
Officials said more details would be announced later this month.
"Nobody expected it to happen so quickly," said {P}, who has lived in {town} for {n} years.
Critics said the plan had been drawn up without asking the people it would affect.
The figures are the highest since records began in {year}, according to the statistics office.
A meeting to discuss the proposals will be held at the community centre in {town} on {day}.
Similar measures were introduced in {country} in {year}, with mixed results.
{P}, a professor at the university in {town}, said the change was overdue.
The agreement runs for {small} years and can be extended by both sides.
It was the {ordinal} time this year that the issue had come up, officials said.
About {pct} of those asked in a survey said they supported the change.
The decision follows months of talks between the two sides.
"It is a good first step, but it is not enough," {P} told a local radio station.
""")
STORIES = (SPORT, WEATHER, MARKETS, LOCAL, COURTS, CULTURE, ENERGY, SANCTIONS, FRONT)
