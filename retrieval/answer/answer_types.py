"""Answer-type checks: does a sentence hold a thing of the kind asked (a person, a date, a number...)?

Each check looks for an expression of the type that the question does not already contain: "who
met Putin?" is not answered by a sentence whose only name is Putin's.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from retrieval.answer.question import CAUSE, DATE, DURATION, NAME, NUMBER, PERSON, PLACE, STATEMENT
from retrieval.language import lexicon, text

_MONTHS = (
    r"January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec"
)
_DAYS = r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
_NUMBER_WORDS = (
    r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|twenty|"
    r"thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|trillion|dozen|"
    r"dozens|hundreds|thousands|millions|billions|half|third|quarter|fifth|tenth|double|twice"
)
_UNITS = r"seconds?|minutes?|hours?|days?|nights?|weeks?|months?|years?|decades?"
_DATE = re.compile(
    rf"\b(?:(?:{_MONTHS})\.?(?:\s+\d{{1,2}}(?:st|nd|rd|th)?)?(?:,?\s+\d{{4}})?|\d{{1,2}}(?:st|nd|rd|th)?\s+"
    rf"(?:{_MONTHS})|{_DAYS}|(?:19|20)\d\d|\d{{4}}-\d\d-\d\d|\d{{1,2}}[./]\d{{1,2}}[./]\d{{2,4}}|"
    r"today|yesterday|tomorrow|tonight|overnight|this (?:morning|afternoon|evening|week|month|year)|"
    r"(?:last|next|this|coming|previous) (?:week|month|year|weekend|spring|summer|autumn|winter)|"
    r"(?:earlier|later) (?:this|that|in the) (?:week|month|year|day)|"
    r"\d{1,2}:\d\d|\d{1,2} ?(?:a\.m\.|p\.m\.|am|pm|GMT|UTC|CET)|Thanksgiving|Christmas|New Year|Easter|"
    r"(?:in|within|after|before|by) (?:the )?(?:coming|next|past|last) \w+|days? (?:after|before)|"
    rf"(?:in|within|after|by|for) (?:\d+|{_NUMBER_WORDS}|a|an) (?:{_UNITS})|"
    r"\b(?:января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря|"
    r"понедельник\w*|вторник\w*|сред\w|четверг\w*|пятниц\w|суббот\w|воскресень\w|"
    r"січня|лютого|березня|квітня|травня|червня|липня|серпня|вересня|жовтня|листопада|грудня|"
    r"понеділ\w*|вівтор\w*|серед\w|четвер\w*|п'ятниц\w|субот\w|неділ\w))(?![^\W_])",
    re.IGNORECASE,
)
_DURATION = re.compile(
    rf"\b(?:\d[\d.,]*|{_NUMBER_WORDS}|an?|several|many|few)[\s-]+(?:more\s+|full\s+)?(?:{_UNITS})\b|"
    r"\b(?:hours|days|weeks|months|years)[\s-](?:long|of talks|of negotiations)\b|\bovernight\b|"
    r"\ball (?:day|night|week)\b|\bfor (?:hours|days|weeks|months|years)\b|"
    r"\b\d+\s*(?:час\w*|дн\w*|недел\w*|месяц\w*|год\w*|лет|годин\w*|тижн\w*|місяц\w*|рок\w*)",
    re.IGNORECASE,
)
_NUMBER = re.compile(rf"\d|%|\b(?:{_NUMBER_WORDS}|percent|per cent|majority|minority)\b", re.IGNORECASE)
_CAUSE = re.compile(
    r"\b(?:because|due to|owing to|as a result|after|following|amid|over (?:concerns?|fears?|claims?)|"
    r"in order to|so that|so as to|to (?:avoid|prevent|ensure|allow|stop|end|protect|secure|force|push|"
    r"pressure|give|keep|make|help)|in response to|in protest|citing|cited|blam\w+|reasons?|caused|"
    r"led to|prompted|aimed at|designed to|the aim|seeking to|sought to|for fear|since|as part of|"
    r"given that|in exchange for|in return for|on the grounds|accus\w+|suspicion|investigation|probe|"
    r"forc\w+|trigger\w*|spark\w*|result(?:ed|ing)? in|leading to|driv\w+|therefore|thus|hence|"
    r"to (?:reduce|lower|cut|limit|minimi[sz]e|improve|build|restore|rebuild|strengthen|ease|win|gain|"
    r"show|signal|avoid|deter)|object\w*|oppos\w+|fear\w*|worr\w+|concerns?|risks?|because of|unhappy|"
    r"angry|insist\w*|argu\w+|wanted|wants|so|why|goal|aim|purpose|motive|intended|meant to|"
    r"потому что|из-за|так как|поскольку|после|чтобы|через те що|тому що|бо|після|щоб)\b",
    re.IGNORECASE,
)
_LOCATIVE = re.compile(
    r"\b(?i:in|at|near|outside|inside|on|to|from|across|along|between|into|towards?|via|off|around|within|"
    r"opposite|beside|hosted by|venue|city of|town of|region of|в|во|на|у|около|возле|под|близ|из|під|біля|"
    r"поблизу|із)\s+((?:the\s+|a\s+)?(?:[\w'’-]+\s+){0,2}"
    r"[A-ZА-ЯІЇЄҐ][\w'’-]*(?:\s+(?:[A-ZА-ЯІЇЄҐ][\w'’-]*|of|and))*)"
)
# A place described, not named: "at hubs well away from the front line", "on the border".
_PLACE_PHRASE = re.compile(
    r"\b(?:in|at|near|outside|inside|on|along|across|behind|away from|close to|within)\s+"
    r"(?:the\s+|a\s+|an\s+)?"
    r"(?:[\w'’-]+\s+){0,2}(border|front ?line|hubs?|bases?|city|capital|town|village|region|area|zone|coast|"
    r"port|airport|resort|palace|embassy|hotel|headquarters|residence|estate|club|country|territory|sea|"
    r"river|island|province|oblast|district|mission|building|venue|site|plant|crossing)\b",
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
_ROLE_NOUNS = re.compile(
    r"\b(?:president|minister|envoy|spokes(?:man|woman|person)|adviser|advisor|secretary|chief|head|"
    r"negotiators?|delegation|leader|officials?|investigators?|prosecutors?|diplomats?|ambassador|"
    r"commander|general|chancellor|premier|mediators?|council|government|administration|agency|"
    r"ministry|committee|parliament|court|company|fund|bank|bureau|office|service|army|forces|everyone|"
    r"everybody|all sides|both sides|no one|nobody|civilians|soldiers|people|residents|troops|those|team|"
    r"side|delegates?|lawmakers|MPs|leaders|allies|partners|governments?|states|countries)\b",
    re.IGNORECASE,
)
_CAPITALISED = re.compile(
    r"(?<![\w'’])(?:[A-ZА-ЯІЇЄҐ][\w'’-]*\.?)(?:\s+(?:[A-ZА-ЯІЇЄҐ][\w'’-]*|of|de|von|al|bin))*"
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
    ]
)


def supplies(asked: str, sentence: str, question_words: frozenset[str]) -> bool:
    """True if `sentence` holds an expression of answer type `asked` not already in the question.

    `question_words` holds the question's folded words. Types without a check (yes-no, definition,
    other) are always supplied.
    """
    check = _CHECKS.get(asked)
    return True if check is None else check(sentence, question_words)


def _new(matches: list[str], question_words: frozenset[str]) -> bool:
    """Some match has a word the question does not."""
    return any(not set(text.words(m)) <= question_words for m in matches if any(text.words(m)))


def _date(sentence: str, asked: frozenset[str]) -> bool:
    return _new([m.group() for m in _DATE.finditer(sentence)], asked)


def _duration(sentence: str, asked: frozenset[str]) -> bool:
    return _new([m.group() for m in _DURATION.finditer(sentence)], asked)


def _number(sentence: str, asked: frozenset[str]) -> bool:
    return _new([m.group() for m in _NUMBER.finditer(sentence)], asked)


def _cause(sentence: str, asked: frozenset[str]) -> bool:
    return bool(_CAUSE.search(sentence))


def _person(sentence: str, asked: frozenset[str]) -> bool:
    return _new(_names(sentence), asked) or _new([m.group() for m in _ROLE_NOUNS.finditer(sentence)], asked)


def _place(sentence: str, asked: frozenset[str]) -> bool:
    """A name after a word of place: "in Hallandale Beach", "based in Brussels", "near the Belarus border"."""
    if any(_new(_names(m.group(1)), asked) for m in _LOCATIVE.finditer(sentence)):
        return True
    return _new([m.group(1) for m in _PLACE_PHRASE.finditer(sentence)], asked)


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
        r"%|\bper ?cent\b|\bpercent|\b(?:half|halves|thirds?|quarters?|fifths?|tenths?|majority|minority|"
        r"fraction|bulk|equally|evenly|fifty-fifty|whole|entire(?:ty)?)\b|\ball (?:of )?the\b|\b\d+/\d+\b|"
        r"\b(?:almost|nearly|virtually|practically) all\b",
        re.IGNORECASE,
    ),
}


def measures(sentence: str, measure: str) -> bool:
    """True if `sentence` holds a number of the kind `measure` ("age" or "share") asks for."""
    pattern = _MEASURES.get(measure)
    return pattern is None or bool(pattern.search(sentence))


# A count of people asked in general words is answered by a count of any kind of them.
_ANYONE = frozenset({"people", "persons", "person", "individuals", "members", "men", "women"})


def counts(sentence: str, counted: str, found: Sequence[text.Token] | None = None) -> bool:
    """True if a number in `sentence` counts the thing named by the folded word `counted`.

    "how many points" is answered by "19 points" or "a 19-point plan", not by "30 countries".
    `found` is the sentence's tokens when they are already read (as text.tokens(sentence) gives them).
    """
    if counted in _ANYONE:
        return _number(sentence, frozenset())  # "how many people": "a team of ten representatives"
    wanted = set(text.terms(counted))
    for token in text.tokens(sentence) if found is None else found:
        if token.term in wanted:
            # The number stands just before the noun, perhaps with an adjective between: "314 prisoners",
            # "a 19-point plan", "six more reactors"; not "three years in Russian prisons".
            before = re.split(r"[\s-]+", sentence[max(0, token.start - 40) : token.start].strip())[-3:]
            if any(_NUMBER.search(word) for word in before if word):
                return True
    return False


def names_near(sentence: str, noun: str, question_words: frozenset[str]) -> bool:
    """True if a new name stands within a few words of `noun`: "the Shorecrest club", "club, Shorecrest"."""
    wanted = set(text.terms(noun))
    words = re.findall(r"\S+", sentence)
    for i, word in enumerate(words):
        if set(text.terms(word)) & wanted:
            near = " ".join(words[max(0, i - 2) : i] + words[i + 1 : i + 4])
            if _new(_names(near), question_words):
                return True
    return False


def _names(sentence: str) -> list[str]:
    """Capitalised word runs that read as names: not a sentence opener, a month or a weekday."""
    names = []
    for match in _CAPITALISED.finditer(sentence):
        words = [w for w in match.group().split() if w.casefold().strip(".") not in _NOT_NAMES]
        if match.start() == _first_word(sentence) and words and _everyday(words[0]):
            words = words[1:]  # "Negotiators met...", "Several...": capitalised only by the sentence
        words = [w for w in words if not _DATE.fullmatch(w.strip("."))]
        if words and not all(w.casefold() in lexicon.STOP_WORDS for w in words):
            names.append(" ".join(words))
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
