"""Answer-type checks: does a sentence hold a thing of the kind asked (a person, a date, a number...)?

Each check looks for an expression of the type that the question does not already contain: "who
met Putin?" is not answered by a sentence whose only name is Putin's.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Callable, Collection, Sequence

from retrieval.answer.question import CAUSE, DATE, DURATION, NAME, NUMBER, PERSON, PLACE, STATEMENT
from retrieval.language import lexicon, text

# "May" only with its capital: "the administration may be willing to..." is no date.
_MONTHS = (
    r"January|February|March|April|(?-i:May)|June|July|August|September|October|November|December|"
    r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec"
)
_DAYS = r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
_NUMBER_WORDS = (
    r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|twenty|"
    r"thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|trillion|dozen|"
    r"dozens|hundreds|thousands|millions|billions|half|third|quarter|fifth|tenth|double|twice"
)
NUMBER_WORDS = _NUMBER_WORDS  # for candidates' rules on a figure
# "A second" before a noun is the ordinal ("for a second round"), no length of time.
_UNITS = r"seconds|second(?![\s-]+[^\W\d_])|minutes?|hours?|days?|nights?|weeks?|months?|years?|decades?"
_DATE = re.compile(
    rf"\b(?:(?:{_MONTHS})\.?(?:\s+\d{{1,2}}(?:st|nd|rd|th)?)?(?:,?\s+\d{{4}})?|\d{{1,2}}(?:st|nd|rd|th)?\s+"
    rf"(?:{_MONTHS})|{_DAYS}|(?:19|20)\d\d|\d{{4}}-\d\d-\d\d|\d{{1,2}}[./]\d{{1,2}}[./]\d{{2,4}}|"
    r"today|yesterday|tomorrow|tonight|overnight|this (?:morning|afternoon|evening|week|month|year)|"
    r"(?:last|next|this|coming|previous) (?:week|month|year|weekend|spring|summer|autumn|winter)|"
    r"(?:earlier|later) (?:this|that|in the) (?:week|month|year|day)|"
    r"\d{1,2}:\d\d|\d{1,2} ?(?:a\.m\.|p\.m\.|am|pm|GMT|UTC|CET)|Thanksgiving|Christmas|New Year|Easter|"
    # "in the last week" is when; "in the last five months" is a stretch of time up to now, no date.
    r"(?:in|within|after|before|by) (?:the )?"
    rf"(?:coming|next|(?:past|last)(?! (?:\d+|{_NUMBER_WORDS}|few|several) )) \w+|days? (?:after|before)|"
    # ..."in two weeks" is when; "for two hours" is how long (no date: "closed for two hours").
    rf"(?:in|within|after|by) (?:\d+|{_NUMBER_WORDS}|a|an) (?:{_UNITS})|"
    r"\b(?:января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря|"
    r"понедельник\w*|вторник\w*|сред\w|четверг\w*|пятниц\w|суббот\w|воскресень\w|"
    r"січня|лютого|березня|квітня|травня|червня|липня|серпня|вересня|жовтня|листопада|грудня|"
    r"понеділ\w*|вівтор\w*|серед\w|четвер\w*|п'ятниц\w|субот\w|неділ\w))(?![^\W_])",
    re.IGNORECASE,
)
# "Until when...?" asks where a span ends: the date must follow a word that ends one.
_UNTIL_ASKED = frozenset({"until", "till", "til"})
_ENDS_SPAN = re.compile(r"\b(?:until|till|through|to|by|before|up to)\s+(?:the\s+)?$", re.IGNORECASE)
# A date with the other end of its range ("November 29-30", "17 and 18 February"): no count of anything.
_DATE_SPAN = re.compile(
    rf"(?:\b\d{{1,2}}\s*(?:and|to|-|–)\s*)?(?:{_DATE.pattern})(?:\s*[-–]\s*\d{{1,2}}\b)?", re.IGNORECASE
)
# A count of people: a cardinal number of people of some kind ("ten representatives", "a team of 12"), not
# an ordinal, a fraction or a count of other things ("the third round", "the first two rounds").
_CARDINAL = (
    r"(?:\d[\d,.]*(?:k|m|mn|bn)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|"
    r"twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundreds?|thousands?|millions?|dozens?)"
)
# People counted by where they live, what they do there or how they came: "3,000 residents crossed". WordNet
# files no "people" above them, so query.py also searches them for "people".
KINDS_OF_PEOPLE = (
    *("residents", "inhabitants", "locals", "citizens", "villagers", "voters", "visitors", "tourists"),
    *("passengers", "pedestrians", "spectators", "fans", "workers", "employees", "students", "patients"),
    *("protesters", "demonstrators", "civilians"),
)
_HEADCOUNT = re.compile(
    rf"\b{_CARDINAL}(?:[\s-]+\w+)?[\s-]+(?:people|persons|individuals|members|representatives|officials|"
    r"negotiators|delegates|diplomats|envoys|ministers|advisers|advisors|aides|experts|staff|officers|"
    r"generals|soldiers|troops|servicemen|prisoners|journalists|lawmakers|leaders|men|women|children|"
    rf"{'|'.join(KINDS_OF_PEOPLE)})\b|"
    r"\b(?:team|delegation|group|panel|contingent) of (?:about |some |around |up to )?"
    rf"{_CARDINAL}\b",
    re.IGNORECASE,
)
_DURATION = re.compile(
    rf"\b(?:\d[\d.,]*|{_NUMBER_WORDS}|an?|several|many|few)[\s-]+(?:more\s+|full\s+)?(?:{_UNITS})\b|"
    r"\b(?:hours|days|weeks|months|years)[\s-](?:long|of talks|of negotiations)\b|\bovernight\b|"
    r"\ball (?:day|night|week)\b|\bfor (?:hours|days|weeks|months|years)\b|"
    r"\b\d+\s*(?:час\w*|дн\w*|недел\w*|месяц\w*|год\w*|лет|годин\w*|тижн\w*|місяц\w*|рок\w*)",
    re.IGNORECASE,
)
# A whole number, not its digits: "28" of "the 28-point plan" is the question's own, its "2" no new figure.
_NUMBER = re.compile(
    rf"\d(?:[\d.,]*\d)?|%|\b(?:{_NUMBER_WORDS}|percent|per cent|majority|minority)\b", re.IGNORECASE
)
# A cause stated outright: "because", "fearing", "at the request of", "accused ... of", "in order to", or a
# reason someone gives ("writing that Ukraine needed...", "argued that..."). The words after it must say
# something the question does not: "failed because it was designed to be easy" restates "why did it fail,
# given it was designed to be easy?".
# "caused by", "prompted by"...: the cause of the noun before it (see _of_another_effect).
_CAUSED_BY = re.compile(r"(?:caused|prompted|triggered|sparked|driven|motivated) by", re.IGNORECASE)
_STRONG_CAUSE = re.compile(
    r"\b(?:because(?: of)?|due to|owing to|thanks to|as a (?:direct )?(?:result|consequence) of|"
    r"in (?:response|reaction|retaliation|protest|revenge) (?:to|for|against|at|over)|"
    r"at the (?:request|urging|invitation|insistence|behest|initiative) of|"
    r"at [\w-]+(?:'s|’s) (?:request|urging|invitation|insistence)|"
    # "citing Ukrainian sources", "cited by Axios" say who reported it, not why.
    r"fearing|for fear|out of fear|afraid|"
    r"(?:citing|cited)(?!\s+(?:by\b|(?:[\w'’-]+\s+){0,3}(?:sources?|officials?|reports?|media|people|"
    r"diplomats?|insiders?|data|documents?|publications?|outlets?|newspapers?|agenc(?:y|ies))\b))|"
    r"blam(?:e|es|ed|ing)|accus(?:e|es|ed|ing)|"
    r"on (?:suspicion|charges?|allegations?) (?:of|that)|suspected of|"
    r"in order (?:to|for)|so (?:that|as to)|to (?:avoid|prevent)|aimed at|designed to|intended to|meant to|"
    r"in exchange for|in return for|on the grounds|(?:the|a|main|key|one|for) reasons?|"
    r"reasons? (?:for|why|was|is)|"
    rf"given that|{_CAUSED_BY.pattern}|"
    # "a natural departure point, given existing legislation": "given" after a comma is "in view of", not the
    # verb ("the aid, given to Kyiv in May"), as it is with to/by and whom a few words on ("the contract,
    # given last year to a Brevian firm": review13 finding 6; "given the need to act" is still a cause).
    r"(?<=,\s)given(?!\s+(?:to|by|in|on|at|up|back|away|out|him|her|them|it|us|me|that)\b)"
    r"(?!(?:\s+[\w'’-]+){1,3}?\s+(?:to|by)\s+(?:the|a|an|its|his|her|their|(?-i:[A-Z]))\b)|"
    r"over (?:concerns?|fears?|claims?|allegations?|accusations?)|"
    r"(?:argu|explain|insist|reason)(?:ed|es|s|ing)? that|warning that|point(?:s|ed|ing)? out that|"
    r"(?:signals?|signall?ed|(?:a|the) (?:sign|signal)) that|"
    r"(?:said|says|saying|wrote|writes|writing|told|stressing|noting|adding)\b[^.;]{0,60}?\b"
    r"(?:needed|needs|had to|has to|have to|must|wanted|was necessary|is necessary|required|unfair|fair|"
    r"unacceptable|(?:would|will) only (?:prolong|worsen|deepen|delay|encourage|embolden|reward|benefit|"
    r"escalate|fuel|strengthen|weaken))|"
    r"потому что|из-за|так как|поскольку|чтобы|через те що|тому що|бо|щоб)\b",
    re.IGNORECASE,
)
# An effect after its cause: "Attacks hit the grid, forcing blackouts", "...which prompted the move".
_EFFECT = re.compile(
    r"(?:,\s*|\bwhich\s+|\bthat\s+)(?:(?:forc|prompt|caus|trigger|spark)(?:ed|ing)|lead(?:ing)? to|led to|"
    r"result(?:ed|ing)? in)\b",
    re.IGNORECASE,
)
# Words that often go with a cause but often do not ("after", "amid", "wants", "to ensure"): a sentence
# with only these is a weaker answer, quoted when nothing states a cause outright ("now the country needs
# to focus on security", after "I offered him the post", is why). "since" is not one: in news it says
# when ("the first talks since the war began").
_WEAK_CAUSE = re.compile(
    # "after four days" only says when, and so does "after the official talks in Geneva", not "after the
    # talks collapsed".
    rf"\b(?:after(?!\s+(?:\d|(?:{_NUMBER_WORDS}|a|an|several|many)\s+(?:{_UNITS})\b|(?:{_MONTHS})\b|"
    rf"(?:(?:the|{_NUMBER_WORDS})\s+)?(?:[\w-]+\s+)?(?:talks|negotiations|meetings?|rounds?|sessions?)\b"
    r"(?![^,.;:]*\b(?:\w+ed|broke|fell|failed|collapsed|stalled)\b)))|"
    r"following|amid|as part of|related to|in connection with|concerns?|fear\w*|worr\w+|"
    r"risks?|object\w*|oppos\w+|insist\w*|argu\w+|goal|aim|purpose|motive|"
    r"to (?:ensure|allow|stop|end|protect|secure|force|push|pressure|give|keep|make|help|reduce|lower|cut|"
    r"limit|minimi[sz]e|improve|build|restore|rebuild|strengthen|ease|win|gain|show|signal|deter)|"
    r"needs? to|needed to|seeking to|sought to|led to|leading to|result(?:ed|ing|s)? in|"
    r"therefore|thus|hence|why|"
    r"unhappy|angry|unless|unfair|not fair|prompted|caused|trigger\w*|spark\w*|forced|forcing|"
    r"investigation|probe|suspicion|signals?|после|після)\b",
    re.IGNORECASE,
)
# A sentence whose cause is the one before it: "That is why...", "Given this experience...".
_CAUSE_BEFORE = re.compile(
    r"^[\"'“‘(]?(?:(?:that|this|which)(?: is|'s|’s) why|given (?:this|that|these|those)|"
    r"for (?:this|that|these|those) reasons?|because of (?:this|that)|as a (?:result|consequence)|hence|"
    r"therefore|that is the reason|this is the reason)\b",
    re.IGNORECASE,
)
# Markers that name the effect after them ("X accused Y of...", "the reason for..."), or whose subject is
# the speaker, not an effect ("Marten told reporters the bank needed...").
_EFFECT_AFTER = re.compile(
    r"accus|blam|(?:the|a|main|key|one|for) reason|reasons? |argu|explain|insist|warning|point|signal|sign|"
    r"said|says|saying|wrote|writes|writing|told|stressing|noting|adding",
    re.IGNORECASE,
)
_CLAUSE_END = re.compile(r"[.;:!?,)\]]")
CAUSE_WORDS = 8  # the words after a marker read as the cause it states
STRONG, WEAK = 2, 1
# A word of position before a place: "on the outskirts of Kessel", "met on the sidelines of the Orsk forum".
_POSITION_OF = r"on the (?:outskirts|edge|sidelines|fringes|margins|banks?|shores?|coast) of"
# Words that put a place where something is wherever they stand (see _SITTING), Russian and Ukrainian too.
_POSITION_WORDS = (
    r"from|near|outside|inside|within|along|between|around|opposite|beside|off|hosted by|venue|city of|"
    rf"town of|region of|{_POSITION_OF}|в|во|на|у|около|возле|под|близ|из|під|біля|поблизу|із"
)
# The place after such a word: up to two words, then a capitalised name and its run.
_PLACE_AFTER = (
    r"(?:the\s+|a\s+)?(?:[\w'’-]+\s+){0,2}[A-ZА-ЯІЇЄҐ][\w'’-]*(?:\s+(?:[A-ZА-ЯІЇЄҐ][\w'’-]*|of|and))*"
)
# "On the outskirts of" before the bare "on", which would take "the outskirts" as the place.
_LOCATIVE = re.compile(
    rf"\b(?i:{_POSITION_OF}|in|at|on|to|across|into|towards?|via|{_POSITION_WORDS})\s+({_PLACE_AFTER})"
)
# A place described, not named: "at hubs well away from the front line", "on the border".
_PLACE_PHRASE = re.compile(
    r"\b(?:in|at|near|outside|inside|on|along|across|behind|away from|close to|within|from)\s+"
    r"(?:the\s+|a\s+|an\s+)?[\"“]?"
    r"(?:[\w'’-]+\s+){0,2}(border|front ?line|hubs?|bases?|city|capital|town|village|region|area|zone|coast|"
    r"port|airport|resort|palace|embassy|hotel|headquarters|residence|estate|club|country|territory|sea|"
    r"river|island|province|oblast|district|mission|building|venue|site|plant|crossing)\b",
    re.IGNORECASE,
)
# "A footbridge over the Tarsk river" is where it stands; "over" anything else is as often "about" ("a dispute
# over the plant"), so only water and the land it cuts are places after it.
_OVER_WATER = re.compile(
    r"\bover\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}(river|sea|bay|strait|lake|canal|channel|gorge|valley)\b",
    re.IGNORECASE,
)
_SPEECH = re.compile(
    r"[\"“”«»]|\b(?:said|says|say|told|tells|tell|announced|announces|claimed|claims|warned|warns|wrote|writes|"
    r"posted|posts|argued|argues|added|adds|noted|notes|stressed|stresses|insisted|insists|admitted|"
    r"denied|denies|described|describes|called|calls|according to|statement|remarks?|comments?|replied|"
    r"responded|suggested|promised|demanded|proposed|offered|believes?|thinks?|accused|accuses|dismissed|"
    r"rejected|welcomed|praised|criticised|criticized|condemned|urged|urges|vowed|pledged|hailed)\b",
    re.IGNORECASE,
)
# Who is asked can be answered by all of a group ("everyone involved would receive an amnesty"); a role
# or group noun alone ("officials", "the delegation", "people") names no one.
_GROUPS = re.compile(r"\b(?:everyone|everybody|all sides|both sides|no one|nobody)\b", re.IGNORECASE)
# A name after these is a place or a beneficiary ("in Washington", "envoy for Ukraine"), not who acted;
# so is one after a word of travelling "to" ("the delegations returned to Abu Dhabi"; "spoke to Witkoff"
# is a person's, and so is "the prize went to Tarvik": going or coming is no travel of its own).
_AFTER_PLACE_WORD = re.compile(
    r"\b(?:in|at|from|near|outside|inside|across|via|into|towards?|for|(?:returned|returning|travell?ed|"
    r"travell?ing|flew|flying|headed|heading|moved|arrived|back|trip|journey)\s+to)\s+(?:the\s+)?$"
)
# A name before these qualifies them ("Kremlin spokesman", "the Trump administration").
_ROLE_AFTER = re.compile(
    r"\s+(?:spokes\w+|aides?|officials?|administration|government|media|side|team|delegation|envoy|adviser|chief)\b"
)
_POSSESSIVE = re.compile(r"\w['’]s(?!\w)|s['’](?!\w)")  # "Trump's envoy", "the allies' plan"
# Initials ("NABU", "the OP", "U.S.") and a state's full name ("the United Arab Emirates", "the European
# Union") name an institution, no person: it may still be who acted, as a country may (WEAK). (Agencies and
# offices by name are left as they were: "the International Atomic Energy Agency" is one heldout.json answer.)
_ACRONYM = re.compile(r"[A-Z]{2,}s?|[A-Z](?:\.[A-Z])+\.?")
_STATE = re.compile(r"Emirates|States|Kingdom|Republic|Nations|Union|Federation")
_SAYS = (
    r"said|says|told|tells|added|adds|wrote|writes|posted|announced|claimed|warned|noted|stressed|"
    r"insisted|argued|explained|confirmed|replied|according to"
)
# "Zelensky also announced that...": an adverb may stand between the speaker and the verb.
# "Zelenskiy has said that...": so may an auxiliary.
_SAYS_AFTER = re.compile(
    rf",?\s+(?:(?:also|later|then|again|earlier|has|have|had)\s+){{0,2}}(?:{_SAYS})\b", re.IGNORECASE
)
_SAYS_BEFORE = re.compile(rf"\b(?:{_SAYS})\s+(?:[\w'’-]+\s+){{0,3}}$", re.IGNORECASE)
# The words of holding or siting an event, after which a place is the event's: "took place at", "met in".
_EVENT = re.compile(
    r"\b(?:place|held|hold|holds|holding|hosted|hosts?|hosting|met|meet|meets|meeting|meetings|based|"
    r"located|headquartered|kept|stored|stationed|deployed|gathered|convened|venue|talks|summit|round)\b",
    re.IGNORECASE,
)
_COUNTRY_TERMS = lexicon.PROPER_NOUNS | {"america", "britain", "eu"}  # "U.S.", "United Kingdom"
# A place named within this many words after the event word is its place (3 to 5 answer news_dev.json and
# realnews alike).
ATTACHED_WORDS = 4
# A place where something is or was, not one things go to ("reparations to Ukraine", "pressure on Russia").
# "In" and "at" name the place of anything ("soldiers captured in Mariupol"), so they must follow the event
# (SITED_WORDS); the rarer words of position and "from" ("speaking from Kyiv") tell where anywhere, and so
# does any Russian or Ukrainian one (the words of events, _EVENT, are English only).
_SITTING = re.compile(rf"\b(?:(?i:in|at)|(?P<position>(?i:{_POSITION_WORDS})))\s+(?P<place>{_PLACE_AFTER})")
# ...named within this many words after an event word or one of the question's: the names of those who
# met may stand between ("meeting U.S. envoys Steve Witkoff and Jared Kushner in Berlin"). Tuned on the
# eval sets (save_all/cmp_all): 6 loses a right answer on real2 and one on news_blind.json; 14 and 20 score
# as 10 on news_blind.json.
SITED_WORDS = 10
# "In recent weeks Velmara has offered...": words of time before a name make the phrase a time, not a place.
_TIME_BEFORE = re.compile(
    r"\b(?:recent|past|coming|meantime|weeks?|days?|months?|years?|hours?|decades?|times?)\s+[A-ZА-ЯІЇЄҐ]",
    re.I,
)
# "Brevia's capital Orvane will host the summit": a place, named as one or known to be one ("Turkey will
# host"), that hosts the event sits it; a person who hosts ("Tarvik will host Moll") does not.
_HOST_VERB = re.compile(r"\b(?:host|hosts|hosted|hosting)\b")
# The place and the words between it and the verb, read back at most _HOST_BEFORE_CHARS from each verb: a
# pattern ending in the verb, tried at every capital of a long run of them, was quadratic (6,000 characters
# of capitalised words: 0.46 s; now 0.02 s).
_HOSTING = re.compile(
    r"(?:\b(?P<kind>capital|city|town|port|village|region|country|state)\s+)?"
    r"(?P<place>\b[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})\s+(?:(?:will|would|is|was|to|set|due|has|have|had)\s+){0,3}$"
)
_HOST_BEFORE_CHARS = 100
_CAPITALISED = re.compile(
    r"(?<![\w'’])(?:[A-ZА-ЯІЇЄҐ][\w'’-]*\.?)(?:\s+(?:[A-ZА-ЯІЇЄҐ][\w'’-]*|(?:of|de|von|al|bin)\b))*"
)
_NOT_NAMES = frozenset(
    [
        "the",
        "a",
        "an",
        "it",
        "this",
        "that",
        "these",
        "those",
        "there",
        "he",
        "she",
        "they",
        "we",
        "i",
        "you",
        "in",
        "on",
        "at",
        "but",
        "and",
        "however",
        "after",
        "before",
        "when",
        "while",
        "as",
        "if",
        "meanwhile",
        "yet",
        "so",
        "still",
        "also",
        "then",
        "now",
        "officials",
        "asked",
        "speaking",
        "under",
        "according",
        "photo",
        "reuters",
        "file",
        "gmt",
        "utc",
        "cet",
    ]
)


def supplies(asked: str, sentence: str, question_words: frozenset[str]) -> bool:
    """True if `sentence` holds an expression of answer type `asked` not already in the question.

    `question_words` holds the question's folded words. Types without a check (yes-no, definition,
    other) are always supplied.
    """
    return strength(asked, sentence, question_words) > 0


def strength(asked: str, sentence: str, question_words: frozenset[str]) -> int:
    """How firmly `sentence` supplies the type `asked` (as `supplies`): STRONG for a person named, a place
    tied to the event asked, a stated cause ("because..."); WEAK for only a country for "who", a place of
    something else in the sentence for "where", "after..." for "why"; else 0."""
    if asked == CAUSE:
        return cause(sentence, question_words)
    check = _CHECKS.get(asked)
    if check is None or check(sentence, question_words):
        return STRONG
    loose = _LOOSE.get(asked)
    return WEAK if loose is not None and loose(sentence, question_words) else 0


def _new(matches: list[str], question_words: frozenset[str]) -> bool:
    """Some match has a word the question does not."""
    return any(not set(text.words(m)) <= question_words for m in matches if any(text.words(m)))


def _date(sentence: str, asked: frozenset[str]) -> bool:
    """A date the question lacks; for "until when...?" one that ends a span ("until February 1")."""
    dates = list(_DATE.finditer(sentence))
    if asked & _UNTIL_ASKED:
        dates = [m for m in dates if _ENDS_SPAN.search(sentence[max(0, m.start() - 12) : m.start()])]
    return _new([m.group() for m in dates], asked)


# A date that gives the day of a month ("23 January", "Oct. 2, 2025"), not only a month, a weekday or a year.
_DAY_OF_MONTH = re.compile(
    rf"\b(?:(?:{_MONTHS})\.?\s+\d{{1,2}}(?!\d)|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{_MONTHS})\b)|"
    r"\b\d{1,2}[./]\d{1,2}[./]\d{2,4}\b",
    re.IGNORECASE,
)
# "Since when...?" asks where a span starts: the date after "since" or "from" is the one that answers.
_SINCE_ASKED = frozenset({"since"})
_STARTS_SPAN = re.compile(r"\b(?:since|from)\s+(?:the\s+)?$", re.IGNORECASE)


def date_precision(sentence: str, question_words: frozenset[str]) -> int:
    """1 if a date of the sentence that the question lacks gives the day of a month, else 0 (the date
    must start a span for "since when...?", end one for "until when...?")."""
    ends = _ENDS_SPAN if question_words & _UNTIL_ASKED else None
    ends = _STARTS_SPAN if question_words & _SINCE_ASKED else ends
    asked = frozenset(text.terms(" ".join(question_words)))
    dates = [
        m
        for m in _DATE.finditer(sentence)
        if _new([m.group()], question_words)
        and (ends is None or ends.search(sentence[max(0, m.start() - 12) : m.start()]))
    ]
    return int(any(_DAY_OF_MONTH.search(m.group()) and _of_the_asked(sentence, m, asked) for m in dates))


# The bounds of a clause: "The Tolm treaty, signed ... last year, takes effect on 1 February" dates the
# taking effect, not the signing.
_CLAUSE_BREAK = re.compile(r"[,;:()]|\s[-–—]\s")
_DATE_PHRASE = re.compile(
    rf"^\W*(?:(?:on|in|from|between|until|till|by|and)\s+)*(?:\d|(?:{_MONTHS})\b)", re.I
)


def _of_the_asked(sentence: str, date: re.Match[str], asked: frozenset[str]) -> bool:
    """The date is in a clause that holds a word of the question, or is a date phrase alone ("..., on 23
    January"), so it dates the deed asked and not another one the sentence tells of."""
    starts = [m.end() for m in _CLAUSE_BREAK.finditer(sentence, 0, date.start())]
    start = starts[-1] if starts else 0
    after = _CLAUSE_BREAK.search(sentence, date.end())
    clause = sentence[start : after.start() if after else len(sentence)]
    return not asked or bool(_DATE_PHRASE.match(clause)) or bool(asked & frozenset(text.terms(clause)))


def _any_date(sentence: str, asked: frozenset[str]) -> bool:
    """Any date the question lacks: for "until when...?", "on Friday" is when it was said, at best."""
    return _new([m.group() for m in _DATE.finditer(sentence)], asked)


# "a day after he met Trump", "two weeks earlier", "three years ago": when, relative to something else;
# no length of anything (unless "for" says so: "talked for two hours before leaving").
_RELATIVE = re.compile(r"\s+(?:after|before|later|earlier|ago|prior|since)\b", re.IGNORECASE)
_FOR = re.compile(r"\bfor\s+(?:about\s+|almost\s+|nearly\s+|some\s+|over\s+)?$", re.IGNORECASE)


# "power cuts of many hours a day": how often, not how long anything lasted.
_RATE = re.compile(r"\s+(?:a|an|per|each|every)\s+(?:day|night|week|month|year)\b", re.IGNORECASE)
# "guarantees lasting up to 50 years": the length of the noun before "lasting", which may be no word of the
# question ("how long did the meeting last?").
_LASTING = re.compile(
    r"\b([^\W\d_][\w'’-]*)\s+lasting\s+(?:up to\s+|about\s+|some\s+|nearly\s+|almost\s+)?$", re.I
)


def _duration(sentence: str, asked: frozenset[str]) -> bool:
    lengths = [
        m.group()
        for m in _DURATION.finditer(sentence)
        if (
            not _RELATIVE.match(sentence, m.end())
            or _FOR.search(sentence[max(0, m.start() - 20) : m.start()])
        )
        and not _RATE.match(sentence, m.end())
        and not _of_another_thing(sentence, m, asked)
    ]
    return _new(lengths, asked)


def _of_another_thing(sentence: str, length: re.Match[str], asked: frozenset[str]) -> bool:
    """The length is of a noun the question does not name: "guarantees lasting up to 50 years"."""
    start = max(0, length.start() - 40)
    if "lasting" not in sentence[start : length.start()].lower():
        return False  # most lengths: no regex run, no terms made
    lasting = _LASTING.search(sentence, start, length.start())
    if lasting is None:
        return False
    named = set(text.terms(" ".join(asked)))
    # "the talks lasting nine hours" is of the negotiations asked: a thesaurus synonym names the noun too.
    named.update(*(_synonym_terms().get(term, ()) for term in list(named)))
    return not set(text.terms(lasting.group(1))) & named


@functools.cache
def _synonym_terms() -> dict[str, frozenset[str]]:
    """Index term -> the single-word terms of the thesaurus groups it is in (retrieval/data/synonyms.txt)."""
    out: dict[str, set[str]] = {}
    for group in lexicon.synonym_groups():
        singles = {terms[0] for terms in (text.terms(phrase) for phrase in group) if len(terms) == 1}
        for term in singles:
            out.setdefault(term, set()).update(singles - {term})
    return {term: frozenset(others) for term, others in out.items()}


def _number(sentence: str, asked: frozenset[str]) -> bool:
    """A number the question lacks, not a date's: "in December 2025" says when, not how much."""
    return _new([m.group() for m in _NUMBER.finditer(_DATE_SPAN.sub(" ", sentence))], asked)


def _cause(sentence: str, asked: frozenset[str]) -> bool:
    return cause(sentence, asked) > 0


def cause(sentence: str, question_words: frozenset[str], related: frozenset[str] = frozenset()) -> int:
    """How firmly `sentence` states a cause: STRONG (a marker such as "because" or "fearing" followed by
    words the question lacks, or an effect after its cause: "..., forcing blackouts"), WEAK (only a word
    that often goes with one, such as "after" or "amid"), or 0. `related`: the index terms the question's
    words stand for (synonyms too), which tell the effect asked in other words."""
    asked = _stems(question_words)
    for match in _STRONG_CAUSE.finditer(sentence):
        if (
            _states_more(sentence[match.end() :], question_words)
            and not _of_another_effect(sentence[: match.start()], match.group(), question_words)
            and not _asked_as_cause(sentence, match, asked, related)
        ):
            return STRONG
    for match in _EFFECT.finditer(sentence):
        before = list(text.words(sentence[: match.start()]))[-CAUSE_WORDS:]
        if any(w not in question_words and w not in lexicon.STOP_WORDS for w in before):
            return STRONG
    weak = _WEAK_CAUSE.finditer(sentence)
    return (
        WEAK
        if any(
            not _restates(m.group(), asked)
            and not _asked_as_cause(sentence, m, asked, related)
            and not _timed(sentence, m)
            for m in weak
        )
        else 0
    )


# "less than two weeks after the first", "shortly after": "after" with a span before it says when, not why.
_SPAN_BEFORE = re.compile(
    rf"(?:\b(?:\d[\d.,]*|{_NUMBER_WORDS}|an?|several|few|many)[\s-]+(?:{_UNITS})|"
    r"\b(?:shortly|soon|just|right|hours|days|weeks|months|years|moments|minutes|immediately))\s+$",
    re.IGNORECASE,
)


def _timed(sentence: str, marker: re.Match[str]) -> bool:
    return marker.group().casefold() == "after" and bool(_SPAN_BEFORE.search(sentence[: marker.start()]))


def _restates(marker: str, asked: frozenset[str]) -> bool:
    """ "agreed to restore the dialogue", for "why did they restore it?": a weak marker made of a word the
    question asks about names the event, not a cause of it."""
    return any(t in asked for t in text.terms(marker))


def restates_cause(sentence: str, question_words: frozenset[str]) -> bool:
    """True if the sentence gives as its cause only what the question names ("failed because it was
    designed to be easy", for "why did it fail, given it was designed to be easy?"): the sentence after
    it, if it refers back, is what explains it."""
    return any(
        not _states_more(sentence[m.end() :], question_words) for m in _STRONG_CAUSE.finditer(sentence)
    )


def cause_before(sentence: str) -> bool:
    """True if the sentence opens by pointing back to its cause ("That is why...", "Given this...")."""
    return bool(_CAUSE_BEFORE.match(sentence.strip()))


def _of_another_effect(before: str, marker: str, question_words: frozenset[str]) -> bool:
    """ "the damage caused by the invasion": a cause named after a noun is the cause of that noun, and of
    what is asked only if the question names it."""
    if not _CAUSED_BY.match(marker):
        return False
    effect = [w for w in text.words(before) if w not in lexicon.STOP_WORDS][-1:]
    if not effect:
        return False
    asked = _stems(question_words)
    # "failure" is of "fail": a stem that begins the other's is the same word in another part of speech.
    return not any(e.startswith(a) or a.startswith(e) for e in text.terms(effect[0]) for a in asked)


def _asked_as_cause(
    sentence: str, marker: re.Match[str], asked: frozenset[str], related: frozenset[str]
) -> bool:
    """ "The truce was agreed after the talks in Abu Dhabi", for "why was Abu Dhabi chosen for the talks?":
    what the question names is the cause here, and the effect before the marker is another thing. Unless
    the effect is the one asked in other words: "Belgian representatives rejected these proposals because
    the EU's commitments..." for "why did Belgium turn down the EU guarantees?" ("reject" for "turn down")."""
    if _EFFECT_AFTER.match(marker.group()):
        return False
    before = text.terms(sentence[: marker.start()])
    if not before or not asked.isdisjoint(before) or not related.isdisjoint(before):
        return False
    end = _CLAUSE_END.search(sentence, marker.end() + 1)
    return not asked.isdisjoint(text.terms(sentence[marker.end() : end.start() if end else len(sentence)]))


def _states_more(after: str, question_words: frozenset[str]) -> bool:
    """The words after a cause marker (up to the clause's end) hold a content word the question lacks."""
    end = _CLAUSE_END.search(after, 1)
    said = list(text.words(after[: end.start() if end else len(after)]))[:CAUSE_WORDS]
    return any(w not in question_words and w not in lexicon.STOP_WORDS for w in said)


def _person(sentence: str, asked: frozenset[str]) -> bool:
    """Someone named, or all of a group ("everyone involved")."""
    return _someone_named(sentence, asked, countries=False) or bool(_GROUPS.search(sentence))


def _someone(sentence: str, asked: frozenset[str]) -> bool:
    """A country or a people may be who acted ("under Russian control"), if no one is named."""
    return _someone_named(sentence, asked, countries=True)


def _someone_named(sentence: str, asked: frozenset[str], *, countries: bool) -> bool:
    """A new name that can be the one asked for: not a place ("in Washington"), a possessor ("Trump's
    envoy"), a name qualifying a noun ("Kremlin spokesman"), part of a name the question gives ("Keith
    Kellogg" for "Kellogg"), nor, unless the question asks who said something, the speaker quoted; and
    a country or a people ("Russian officials") only if `countries`."""
    speaker_asked = bool(_SPEECH.search(" ".join(asked)))
    for start, end, name in _name_spans(sentence):
        words = set(text.words(name))
        # The question's name spelt another way ("Zelenskyy" for "Zelensky") is no new name: `asked` holds
        # the index terms the question's names were matched by.
        # A title the question words ("the army secretary") does not make "Army Secretary Dan Driscoll"
        # the question's: only its proper words count.
        proper = " ".join(w for w in name.split() if not _everyday(w)) or name
        given = set(text.words(proper)) & asked or not set(text.terms(proper)).isdisjoint(asked)
        if not words or given or _site(name) or (not countries and (_country(name) or _institution(name))):
            continue
        if _AFTER_PLACE_WORD.search(sentence[:start]) or _POSSESSIVE.search(sentence[start : end + 2]):
            continue
        if not _ROLE_AFTER.match(sentence, end) and (
            speaker_asked or not _speaker(sentence, start, end) or _labelled(sentence[:start], asked)
        ):
            return True
    return False


# The noun phrase right before a name, in apposition to it: "The head of Ukraine's delegation Andriy
# Yermak", "the chief negotiator, Rustem Umerov,".
_LABEL = re.compile(r"\b(?:[Tt]he|[Aa]n?)\s+((?:[\w'’-]+\s+){0,5}?[a-z][\w'’-]*),?\s*$")


def _labelled(before: str, asked: frozenset[str]) -> bool:
    """The name is labelled by the question's own everyday words ("the head of Ukraine's delegation X"
    for "who led Ukraine's delegation?"): a speaker so named is the one asked about, not only the one
    quoted."""
    label = _LABEL.search(before)
    return label is not None and any(
        w in asked and w not in lexicon.STOP_WORDS for w in text.words(label.group(1)) if w.islower()
    )


def _country(name: str) -> bool:
    """A country, a people or a capital ("Kyiv", "the United States", "Russian"): every word of the name
    in the proper-noun list (which holds months and weekdays too) or of a country's terms."""
    return set(text.words(name)) <= lexicon.PROPER_NOUNS or set(text.terms(name)) <= _COUNTRY_TERMS


# "Who leads the Russian delegation?" asks for a person of one side: a country named just before a role
# ("Ukraine's negotiating team", "the US envoy"). A sentence naming only another side ("Ukraine's team is
# led by...") is about another person, however well it matches.
_ROLES = frozenset(
    re.findall(
        r"\w+",
        "delegation delegations team side envoy envoys negotiator negotiators delegate delegates "
        "representative representatives ambassador spokesman spokeswoman spokesperson",
    )
)
_US = frozenset({"us", "u.s.", "usa"})  # "the us envoy": in a question, never the pronoun
SIDE_PREFIX = 5  # "russia" and "russian", "ukraine" and "ukrainian", "america" and "american" share it


def _sides() -> dict[str, str]:
    """The terms of the sides the synonym list groups ("russia, moscow, kremlin"), with their peoples'
    ("russian"), each to its side's first letters. Venues ("Geneva", "Florida") are no side."""
    countries = {t for word in lexicon.PROPER_NOUNS for t in text.terms(word)}
    sides: dict[str, str] = {}
    for group in lexicon.synonym_groups():
        terms = [t for member in group if " " not in member for t in text.terms(member)]
        if terms and any(t in countries for t in terms):
            side = terms[0][:SIDE_PREFIX]
            sides.update((t, side) for t in [*terms, *(c for c in countries if c[:SIDE_PREFIX] == side)])
    return sides


_SIDES = _sides()


def asks_of_a_side(question: str) -> bool:
    """The question names a side of the war ("the US", "Ukraine's", "Moscow")."""
    words = [re.sub(r"['’]s$", "", w) for w in text.words(question)]
    return any(w in _US or any(t in _SIDES for t in text.terms(w)) for w in words)


def _sides_with_roles(sentence: str) -> list[str]:
    """The sides named just before a role: "the Russian delegation", "Ukraine's negotiating team"."""
    words = [re.sub(r"['’]s$", "", w) for w in text.words(sentence)]
    found = []
    for i, word in enumerate(words):
        terms = ["america"] if word in _US else text.terms(word)
        if terms and terms[0] in _SIDES and _ROLES & set(words[i + 1 : i + 3]):
            found.append(_SIDES[terms[0]])
    return found


# "who represented the US at...": the side is the one represented.
_REPRESENTED = re.compile(r"\brepresent(?:s|ed|ing)?\s+(?:the\s+)?([^\W\d_][\w'’.]*)", re.IGNORECASE)


@functools.lru_cache(maxsize=256)
def side_asked(question: str) -> str | None:
    """The side whose person the question asks for ("russi" for "the Russian delegation", "ameri" for
    "who represented the US"), or None."""
    represented = _REPRESENTED.search(question)
    terms = text.terms(represented.group(1)) if represented else []
    if terms and terms[0] in _SIDES:
        return _SIDES[terms[0]]
    return next(iter(_sides_with_roles(question)), None)


def names_side(terms: frozenset[str], side: str) -> bool:
    """The terms name `side` ("america", "washington" for "ameri")."""
    return any(_SIDES.get(t) == side for t in terms)


def same_side(party: tuple[str, ...], terms: frozenset[str]) -> bool:
    """The terms name the side of one of the `party` terms ("russian" for "russia", "moscow")."""
    sides = {_SIDES[t] for t in party if t in _SIDES}
    return any(_SIDES.get(t) in sides for t in terms)


# "Umerov ... is known in Washington": a side's capital or country after "in", "at" or "to" is a place, not
# the side acting ("to" too: an envoy to Washington is another side's).
# A people's word or one before a noun is no place: "with reference to Russian media", "according to US
# officials".
_AS_PLACE = re.compile(
    r"\b(?<!according )(?:in|at|to)\s+(?:the\s+)?((?-i:[A-Z])[\w.]*)\b(?<!an|sh|se)"
    r"(?!\s+(?-i:[a-z])\w{2,}s\b)",
    re.IGNORECASE,
)


def named_sides(terms: frozenset[str]) -> set[str]:
    """The sides the terms name."""
    return {_SIDES[t] for t in terms if t in _SIDES}


def _located(sentence: str) -> frozenset[str]:
    """The terms of the capitalised words the sentence uses as places only ("in Washington")."""
    return frozenset(t for m in _AS_PLACE.finditer(sentence) for t in text.terms(m.group(1)))


def of_another_side(sentence: str, terms: frozenset[str], side: str) -> bool:
    """The sentence (its terms) names a side but not `side`, or names another's role and not `side`'s:
    "Russia's team will be headed by X, who has questioned Ukrainian sovereignty" for Ukraine's team."""
    located = _located(sentence) if side in named_sides(terms) else frozenset()
    named = {_SIDES[t] for t in terms if t in _SIDES and t not in located}
    if named and side not in named:
        return True
    roles = _sides_with_roles(sentence) if named else []
    return bool(roles) and side not in roles


# A name ending in one of these is a site's: "the Zaporizhzhia Nuclear Power Plant" is no one who acts.
_SITE = re.compile(r"Plants?|Stations?|Airports?|Bridges?|Dams?|Reactors?|Complex|Residence|Palace")


def _institution(name: str) -> bool:
    """An institution, not a person: all initials ("NABU", "U.S."), or a state's name ("United Nations")."""
    parts = name.split()
    return all(_ACRONYM.fullmatch(p.rstrip(",.")) or not p[:1].isupper() for p in parts) or bool(
        _STATE.fullmatch(parts[-1].strip(".,"))
    )


def _site(name: str) -> bool:
    """A plant's or a building's name ("Zaporizhzhia Nuclear Power Plant"): no one who acts, nor a side."""
    parts = name.split()
    return len(parts) > 1 and bool(_SITE.fullmatch(parts[-1].strip(".,")))


def _speaker(sentence: str, start: int, end: int) -> bool:
    """The name is the one quoted: "X said", "said X", "according to X"."""
    return bool(_SAYS_AFTER.match(sentence, end) or _SAYS_BEFORE.search(sentence[:start]))


# The verbs of saying, proposing and agreeing, and the words that open their subject ("..., Zelensky said",
# "According to people familiar with the talks, Russia's delegation repeated that"). Praise and blame are
# said too: "Merz hailed the decision, ... to reassure Hungary" is Merz's word, not Hungary's.
# ("states" and "continued" are left out: "the United States", "fighting continued".)
_SPEAKS = re.compile(
    r"\b(?:said|says|say|told|tells|added|announced|claimed|warned|wrote|posted|argued|noted|stressed|insisted|"
    r"admitted|denied|described|replied|responded|suggested|promised|demanded|proposed|proposes|offered|"
    r"accused|repeated|urged|vowed|pledged|agreed|decided|rejected|dismissed|insists|believes|thinks|hailed|"
    r"welcomed|praised|criticised|criticized|condemned|stated|explained|declared|reiterated)\b",
    re.IGNORECASE,
)
_SUBJECT_START = re.compile(r".*(?:^|[,;:\"“”«»(]|\bthat\b)", re.DOTALL)


def speakers(sentence: str) -> list[str]:
    """The subjects of the sentence's verbs of saying, proposing or agreeing that name someone: "Russian
    experts said" -> ["Russian experts"], "..., Zelensky said" -> ["Zelensky"]; "he said" names no one."""
    return [subject for subject, named in subjects(sentence) if named]


def subjects(sentence: str) -> list[tuple[str, bool]]:
    """The subjects of the sentence's verbs of saying, proposing or agreeing, each with whether it names
    someone ("The summit conclusions say" names no one, but is the summit's word)."""
    found: list[tuple[str, bool]] = []
    verbs = list(_SPEAKS.finditer(sentence))
    names = _name_spans(sentence) if verbs else []
    for verb in verbs:
        opened = _SUBJECT_START.match(sentence, 0, verb.start())
        start = opened.end() if opened else 0
        named = any(begins >= start and ends <= verb.start() for begins, ends, _ in names)
        found.append((sentence[start : verb.start()], named))
    # '..., this channel is crucial," Witkoff coninued.': a name after a closing quote, with one word after
    # it, is who spoke, whatever the verb (misspelt, or one no list holds).
    after_quote = _QUOTE_ENDED_BY.search(sentence)
    if after_quote and not verbs:
        found.append((after_quote.group(1), True))
    return found


_QUOTE_ENDED_BY = re.compile(
    r"[,.!?][\"”]\s+((?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+){0,2})\s+[a-z]+\W*$"
)


def inner_place(sentence: str, asked: frozenset[str]) -> bool:
    """A place of the event that is no word of the proper-noun list (countries, capitals, peoples; see
    `_country`): "where in Paris did they meet?" is answered by "at the Elysee Palace", not by "first met
    in Britain"."""
    return _place(sentence, asked, inner=True)


def _place(sentence: str, asked: frozenset[str], *, inner: bool = False) -> bool:
    """A place named right after the event ("held in Brussels", "talks at Mar-a-Lago", "based in"), or
    described ("near the Belarus border"). "Driscoll, who held talks with officials in Abu Dhabi" names
    the place of another event, and "invested in a US-led fund" no place at all. If `inner`, no name
    `_country` takes (any word of the proper-noun list: countries, capitals, peoples, months, weekdays) is
    such a place."""
    own = _stems(asked)
    sentence = _unlocated(sentence, own)
    undated = _undated(sentence)
    for match in _LOCATIVE.finditer(sentence):
        named = _CAPITALISED.search(match.group(1))  # the words before it, the preposition's too, lead to it
        found = [n for n in _places(match.group(1)) if not (inner and _country(n))]
        before = undated[: match.start(1) + named.start()] if named else ""
        if _new_stems(found, own) and named and _attached(before, own, ATTACHED_WORDS):
            return True
    described = itertools.chain(_PLACE_PHRASE.finditer(sentence), _OVER_WATER.finditer(sentence))
    return _new([m.group(1) for m in described], asked)


# "at Mar-a-Lago in Palm Beach, Florida", "at his Mar-a-Lago club in Florida": where the question's own place
# is (for "where did he stop on the way to Mar-a-Lago?"), no other place.
_OWN_LOCATED = re.compile(
    r"(\b(?:in|at|to|near|from|on)\s+(?:the\s+|his\s+|her\s+|their\s+|its\s+)?([A-Z][\w'’-]*"
    r"(?:\s+[A-Z][\w'’-]*)*))(?:\s+[a-z]+)?(?:,|\s+in)\s+(?:the\s+)?[A-Z][\w'’-]*(?:,?\s+[A-Z][\w'’-]*)*"
)
# A name with a title ("French President Emmanuel Macron", "hosted by Prime Minister X") is a person's.
_TITLED = re.compile(
    r"\b(?:President|Prime|Minister|Chancellor|Secretary|Mr|Mrs|Ms|Dr|King|Queen|Pope|Senator|Governor|"
    r"General|Admiral|Sir|Lady|Lord|Prince|Princess|Sheikh|Emir|Envoy|Spokes\w+)\b\.?"
)


def _unlocated(sentence: str, own: frozenset[str]) -> str:
    """The sentence without the places that only locate the question's own ("at Mar-a-Lago in Palm Beach,
    Florida" -> "at Mar-a-Lago")."""
    return _OWN_LOCATED.sub(lambda m: m.group(0) if _new_stems([m.group(2)], own) else m.group(1), sentence)


def _places(found: str) -> list[str]:
    """The names in the words after a word of place that can be places: not a person with a title, and
    not a possessor ("on Putin's residence" places nothing; "Putin's Valdai residence" places it)."""
    return [
        re.sub(r"^(?:\S+['’]s?\s+)+", "", name)
        for start, end, name in _name_spans(found, opener=False)
        if not _TITLED.search(found[max(0, start - 12) : end])
        and not _POSSESSIVE.search(found[end - 2 : end + 1])
    ]


_COUNTRY_STEMS = frozenset(t for word in _COUNTRY_TERMS for t in text.terms(word))


def _new_stems(names: list[str], own: frozenset[str]) -> bool:
    """Some name has a term the question lacks, nor its country's or people's: "meet the Russian president"
    names no new place for "where did he meet the Russians?", "across Ukraine" none for "which Ukrainian
    city?". A capital of the side ("in Moscow", "in Kyiv") is a place all the same."""
    kin = {t[:SIDE_PREFIX] for t in own if t in _COUNTRY_STEMS}
    return any(
        not all(t in own or (t in _COUNTRY_STEMS and t[:SIDE_PREFIX] in kin) for t in text.terms(name))
        for name in names
        if text.terms(name)
    )


def sited(sentence: str, asked: frozenset[str]) -> bool:
    """A new place where something sits, a few words after an event word or one of the question's: a
    "where" answered only by a place of something else ("captured in Mariupol" for where a swap will be,
    "reparations to Ukraine" for where assets are held) is no answer, this one may be ("is meeting U.S.
    envoys Steve Witkoff and Jared Kushner in Berlin", where _place's nearer reach fails)."""
    own = _stems(asked)
    unlocated = _unlocated(sentence, own)
    undated = _undated(unlocated)
    return _hosted(unlocated, own) or any(
        _new_stems(_places(m.group("place")), own)
        and (m.group("position") or _attached(undated[: m.start()], own, SITED_WORDS))
        for m in _SITTING.finditer(unlocated)
        if not _DATE.match(m.group("place")) and not _TIME_BEFORE.search(m.group("place"))
    )


def _hosted(sentence: str, own: frozenset[str]) -> bool:
    """A new place hosts something: named a capital, city... before it, or a country or city known as one."""
    found = (
        _HOSTING.search(sentence, max(0, v.start() - _HOST_BEFORE_CHARS), v.start())
        for v in _HOST_VERB.finditer(sentence)
    )
    return any(
        (m.group("kind") or all(w.casefold() in lexicon.PROPER_NOUNS for w in m.group("place").split()))
        and _new_stems([m.group("place")], own)
        for m in found
        if m is not None
    )


def _undated(sentence: str) -> str:
    """The sentence with its dates blanked, every offset kept (see _attached)."""
    return _DATE_SPAN.sub(lambda d: " " * len(d.group()), sentence)


# Characters read back from a place for its last words: room for `reach` long words and blanked dates.
_NEAR_CHARS = 40


def _attached(undated: str, own: frozenset[str], reach: int = ATTACHED_WORDS) -> bool:
    """The words just before a place (`undated`: the sentence up to it, its dates blanked once for the whole
    sentence, since per place that cost the text before it) hold the question's own event word or one of
    holding an event.

    A date between them does not part them ("met on Monday and Tuesday in Abu Dhabi"); a name of the
    question is its subject, not its event ("Driscoll was being sent to Ukraine", "Medinsky confirmed to
    Russian media": the places of other things he did).
    """
    near = re.findall(r"[\w'’-]+", undated[-_NEAR_CHARS * reach :])[-reach:]
    return bool(_EVENT.search(" ".join(near))) or any(
        set(text.terms(word)) & own for word in near if not word[:1].isupper()
    )


def _somewhere(sentence: str, asked: frozenset[str]) -> bool:
    """A new name after any word of place, whatever it is the place of, but one that only locates the
    question's own place: "hosted him at Mar-a-Lago in Palm Beach, Florida" tells no stop on the way; nor
    does a time ("said on Sunday that Ukraine and Russia..."), nor the country of a people the question
    names ("in Ukraine" for "where did the Ukrainian team meet?")."""
    own = _stems(asked)
    unlocated = _unlocated(sentence, own)
    return _hosted(unlocated, own) or any(
        _new_stems([name for _, _, name in _name_spans(m.group(1), opener=False)], own)
        for m in _LOCATIVE.finditer(unlocated)
        if not _DATE.match(m.group(1))
    )


@functools.lru_cache(maxsize=256)
@functools.lru_cache(maxsize=1024)
def _stems(asked: frozenset[str]) -> frozenset[str]:
    """The index terms of the question's folded words: asked of every sentence read, worked out once."""
    return frozenset(t for w in asked for t in text.terms(w))


def _name(sentence: str, asked: frozenset[str]) -> bool:
    return _new(_names(sentence), asked)


def _statement(sentence: str, asked: frozenset[str]) -> bool:
    return bool(_SPEECH.search(sentence))


_MEASURES = {
    # "36, a mother of two", "the 71-year-old", "aged 52", "52 years old", "born in 1971".
    "age": re.compile(
        r"\b\d{1,3}[- ]years?[- ]old\b|\baged? \d{1,3}\b|,\s*\d{2},|\bborn (?:in|on)\b|"
        r"\b(?:his|her|their) (?:twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)\b",
        re.IGNORECASE,
    ),
    # "20%", "a fifth", "half", "almost all of", "split equally": a proportion of the whole.
    "share": re.compile(
        r"%|\bper ?cent\b|\bpercent|\d\s?pc\b|"
        r"\b(?:half|halves|thirds?|quarters?|fifths?|tenths?|majority|minority|"
        r"fraction|bulk|equally|evenly|fifty-fifty|whole|entire(?:ty)?)\b|\ball (?:of )?the\b|\b\d+/\d+\b|"
        r"\b(?:almost|nearly|virtually|practically) all\b",
        re.IGNORECASE,
    ),
    # "3.5%", "two per cent", "50 basis points", "1.08 dollars to the euro": a rate, not any sum.
    "rate": re.compile(
        r"%|\bper ?cent\b|\bpercent|\d\s?pc\b|\bbasis points?\b|\binterest-free\b|\bzero[- ]interest\b|"
        # a decimal that is no sum ("23.8 million euros") and no thousands ("27,353 jobs")
        r"\b\d+\.\d{1,4}\b(?!\s*(?:million|billion|trillion|bn|mn|m|k)\b)",
        re.IGNORECASE,
    ),
    # "€90 billion", "$450", "23.8 million crowns", "£38m": a sum of money, in whatever currency.
    "money": re.compile(
        r"[$€£¥₴₽]|\b(?:dollars?|euros?|pounds?|sterling|hryvni?as?|roubles?|rubles?|yuan|yen|francs?|crowns?|"
        r"kron[aeor]r?|zlot(?:y|ys|ies)|forints?|rupees?|pesos?|rand|lei|shekels?|dinars?|usd|eur|gbp|uah|rub|cents?)\b|\b\d[\d.,]*\s*(?:million|billion|trillion|bn|mn|m)\b",
        re.IGNORECASE,
    ),
}


# A figure before a word no English word list has: "950,000 tenge" may be a sum in a currency not listed.
_FIGURE_UNIT = re.compile(r"\d[\d.,]*\s+([^\W\d_]+)")
UNIT_ZIPF = 3.0  # untuned: "zlotys", "tenge", "lari" fall below it, "years", "prisoners", "rupees" not


def unlisted_currency(sentence: str) -> bool:
    """True if a figure in `sentence` stands before a rare word, perhaps a currency no list holds."""
    return any(
        not lexicon.is_common_word(m.group(1).casefold(), threshold=UNIT_ZIPF)
        for m in _FIGURE_UNIT.finditer(sentence)
    )


def measures(sentence: str, measure: str) -> bool:
    """True if `sentence` holds a number of the kind `measure` ("age", "share", "rate", "money") asks for."""
    pattern = _MEASURES.get(measure)
    return pattern is None or bool(pattern.search(sentence))


# A count of people asked in general words is answered by a count of any kind of them.
_ANYONE = frozenset({"people", "persons", "person", "individuals", "members", "men", "women"})


def counts(
    sentence: str,
    counted: str,
    found: Sequence[text.Token] | None = None,
    spelt: Collection[str] = (),
) -> bool:
    """True if a number in `sentence` counts the thing named by the folded word `counted`.

    "how many points" is answered by "19 points" or "a 19-point plan", not by "30 countries".
    `found` is the sentence's tokens when they are already read (as text.tokens(sentence) gives them);
    `spelt` holds other index terms for the word (its spelling put right: "reactcors" is "reactor").
    """
    if counted in _ANYONE:
        # "how many people": "a team of ten representatives", not "a meeting on November 29-30" or "the
        # third round".
        return bool(_HEADCOUNT.search(_DATE_SPAN.sub(" ", sentence)))
    wanted = set(text.terms(counted)) | set(spelt)
    for token in text.tokens(sentence) if found is None else found:
        if token.term in wanted:
            # The number stands just before the noun, perhaps with an adjective between: "314 prisoners",
            # "a 19-point plan", "six more reactors"; not "three years in Russian prisons".
            before = re.split(r"[\s-]+", sentence[max(0, token.start - 40) : token.start].strip())[-3:]
            if any(
                _NUMBER.search(word) and _counts_beyond(before[at + 1 :])
                for at, word in enumerate(before)
                if word
            ):
                return True
    return False


# "in point 14 or point 17", "Lidiia, 29, who...": a number with a link word or a comma after it counts no
# noun beyond.
# ("six of its reactors" counts them: "of" and articles are no link.)
_LINKS = frozenset({"or", "and", "in", "on", "at", "to", "for", "from", "by", "with", "than"})


def _counts_beyond(between: list[str]) -> bool:
    """The words between a number and a noun are only adjectives: "six more reactors", "a 19-point plan"."""
    return not any(word.endswith(",") or word.casefold() in _LINKS for word in between)


# "How many prisoners did each side release?" asks a number per side: "agreed to swap 314 prisoners" is the
# total, "will each release 157", "157 for 157", "157 per side" the number asked.
_EACH_ASKED = re.compile(r"\b(?:each|per|apiece)\b", re.IGNORECASE)
# "60 for 60": a whole number (not the "200" of "1,200") and the same number a few words on. Bounded and
# anchored at a number's start, so a run like "1,1,1,..." costs linear time, not cubic backtracking.
_EACH_TOLD = re.compile(
    r"\b(?:each|per|apiece|every|both)\b|\bin (?:return|exchange) for\b"
    r"|(?<![\d,])(\d[\d,]*)(?![\d,])[^.]{0,40}?\bfor\s+\1(?!,?\d)",
    re.IGNORECASE,
)


def each_untold(question: str, sentence: str, counted: str | None = None) -> bool:
    """True if the question asks a number for each of several ("how many did each side release?") and
    the sentence tells none: only a total, or a number of one."""
    if not _EACH_ASKED.search(question) or _EACH_TOLD.search(sentence):
        return False
    return not (counted and _each_by_its_doer(sentence, counted))


_COUNT_WORD = rf"(?:\d[\d,]*|{_NUMBER_WORDS})"


def _each_by_its_doer(sentence: str, counted: str) -> bool:
    """Two or more numbers of the counted noun, each after a name of its own: "Brevia released 300
    prisoners and Arland released 280 prisoners" tells each side's number."""
    noun = re.escape(counted[:-1] if counted.endswith("s") and len(counted) > 3 else counted)
    found = list(re.finditer(rf"\b{_COUNT_WORD}\s+(?:[^\W\d_]+\s+)?{noun}(?:s|es)?\b", sentence, re.I))
    ends = [0, *(m.end() for m in found)]
    return len(found) >= 2 and all(_names(sentence[ends[n] : m.start()]) for n, m in enumerate(found))


def names_near(sentence: str, noun: str, question_words: frozenset[str]) -> bool:
    """True if a new name stands within a few words of `noun`: "the Shorecrest club", "club, Shorecrest"."""
    words = re.findall(r"\S+", sentence)
    for i, word in enumerate(words):
        if _same_noun(word, noun):
            near = " ".join(words[max(0, i - 2) : i] + words[i + 1 : i + 4])
            # "Vladimir Medinsky" is no new name when the question names Medinsky
            if any(
                not set(text.words(name)) & question_words and _names_one(name, noun) for name in _names(near)
            ):
                return True
    return False


# Countries, peoples, continents, months and weekdays: a country's name names a country, not the member
# whose name is asked ("a member of the Ukrainian Verkhovna Rada" names no member).
_NATIONS = lexicon.PROPER_NOUNS - lexicon.CITIES
_NATION_NOUNS = frozenset({"country", "nation", "state", "continent", "month", "day", "region", "people"})


def _names_one(name: str, noun: str) -> bool:
    """The name may be one of the noun: a people's or a country's word only names a country."""
    return noun in _NATION_NOUNS or not all(w in _NATIONS for w in text.words(name))


def _same_noun(word: str, noun: str) -> bool:
    """The word is the noun, singular or plural: "negotiators" for "negotiator", not "negotiations"
    (which shares its stem)."""
    folded = next(iter(text.words(_POSSESSIVE_END.sub("", word))), "")
    return folded in (noun, f"{noun}s", f"{noun}es") or noun in (f"{folded}s", f"{folded}es")


_POSSESSIVE_END = re.compile(r"['’]s?\W*$")


def _names(sentence: str) -> list[str]:
    """Capitalised word runs that read as names: not a sentence opener, a month or a weekday."""
    return [name for _, _, name in _name_spans(sentence)]


def _name_spans(sentence: str, *, opener: bool = True) -> list[tuple[int, int, str]]:
    """The names of _names, each with the start and end of its capitalised run. Unless `opener` is False
    (the words after "in" or "at": "in Alaska" is a place), a common word opening the sentence is none."""
    names = []
    for match in _CAPITALISED.finditer(sentence):
        words = [w for w in match.group().split() if w.casefold().strip(".") not in _NOT_NAMES]
        if opener and match.start() == _first_word(sentence) and words and _everyday(words[0]):
            words = words[1:]  # "Negotiators met...", "Several...": capitalised only by the sentence
        words = [w for w in words if not _DATE.fullmatch(w.strip("."))]
        if words and not all(w.casefold() in lexicon.STOP_WORDS for w in words):
            names.append((match.start(), match.end(), " ".join(words)))
    return names


def _first_word(sentence: str) -> int:
    match = re.search(r"[^\W\d_]", sentence)
    return match.start() if match else -1


def _everyday(word: str) -> bool:
    folded = word.casefold().strip(".")
    return folded not in lexicon.PROPER_NOUNS and lexicon.is_common_word(folded, threshold=3.5)


_CHECKS: dict[str, Callable[[str, frozenset[str]], bool]] = {
    DATE: _date,
    DURATION: _duration,
    NUMBER: _number,
    CAUSE: _cause,
    PERSON: _person,
    PLACE: _place,
    NAME: _name,
    STATEMENT: _statement,
}
_LOOSE: dict[str, Callable[[str, frozenset[str]], bool]] = {
    PERSON: _someone,
    PLACE: _somewhere,
    DATE: _any_date,
}
