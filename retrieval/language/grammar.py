"""Does a sentence read as language? Counting what English prose never does.

Prose and word salad (words drawn at random, keyword stuffing, a broken extraction, spam) can share
every word; what differs is order and proportion. English puts its function words in few places:
"the" is followed by a noun phrase, never by "of", "is" or "he"; "in" never by "is"; no sentence ends
on "the"; a statement does not open with "Was". And prose needs its function words: eight words or
more without one, or nine in a row, are a list, not a sentence. Each such thing is an *oddity*.
Measured on the project's fixtures (1,404 quotable sentences of news prose, English, Russian and
Ukrainian): no sentence has two oddities, and 7 have one (a stranded preposition: "went on into
the evening"). Words drawn at random have them in most sentences of any length.

Only English is judged: a sentence in Cyrillic is checked for repeated words alone.
"""

from __future__ import annotations

import itertools
import re

from retrieval.language import lexicon


def _set(words: str) -> frozenset[str]:
    return frozenset(words.split())


DETERMINERS = _set("the a an every its their our your my")
PREPOSITIONS = _set("of to in for on at by with from into onto among amid toward towards via per upon")
_BE = _set("is are was were am")
_HAVE = _set("has have had")
# "will", "can", "might" and "must" are nouns too ("the will of the people", "a must"): never after "the".
_MODALS = _set("will would can could should might must shall")
_PURE_MODALS = _set("would could should shall")  # never nouns
_FINITE = _BE | _HAVE | _set("would could should shall does did")
_AUXILIARIES = _BE | _HAVE | _MODALS | _set("does did do be been being")
_CONJUNCTIONS = _set("and or but nor")
_SUBJECTS = _set("he she they we i")
_OBJECTS = _set("him them me")
_RELATIVES = _set("which whom whose")
FUNCTION_WORDS = (
    DETERMINERS
    | PREPOSITIONS
    | _AUXILIARIES
    | _CONJUNCTIONS
    | _SUBJECTS
    | _OBJECTS
    | _RELATIVES
    | lexicon.STOP_WORDS
    | _set("it you us that this these those what when where while if whether because although though as")
    | _set("not no so there than may")
)
# What may not follow: a determiner (the of, a is, the he, the and), a preposition (in is, of he; "to"
# is also the infinitive: "to be"), a subject pronoun (he the, they of) and a finite "be" (is was).
_NOT_AFTER_DETERMINER = (
    PREPOSITIONS | _CONJUNCTIONS | _SUBJECTS | _OBJECTS | _RELATIVES | DETERMINERS | (_AUXILIARIES - _MODALS)
)
_NOT_AFTER_PREPOSITION = _SUBJECTS | _FINITE | _set("will can might must")
# "he at first", "I for one", "they in turn", "he by then": only these never follow a subject.
_NOT_AFTER_SUBJECT = DETERMINERS | _OBJECTS | _set("of from into")
_NOT_AFTER_BE = _BE | _HAVE | _MODALS
# In a statement a modal is followed by a verb, "not" or an adverb: "would the", "could in" are drawn.
_NOT_AFTER_MODAL = DETERMINERS | PREPOSITIONS | _BE | _SUBJECTS
# Prepositions that do stand together ("out of", "up to": "out" and "up" are no prepositions here).
_PREPOSITION_PAIRS = frozenset({("from", "among"), ("from", "into"), ("into", "among")})
# Words that may follow "in and", "for or": another preposition or an adverb particle.
_PARTICLES = PREPOSITIONS | _set(
    "about above across after against along around before behind below beneath beside besides beyond "
    "despite down during except inside near off out outside over past since through throughout till "
    "under underneath until up upon within without not back away"
)
_BARE = _set("of for with at from into")  # a preposition that needs its noun at once
# Which words never follow which (each pair may still be excused: see _excused).
_NEVER_FOLLOWED = (
    (DETERMINERS, _NOT_AFTER_DETERMINER),
    (PREPOSITIONS - {"to"}, _NOT_AFTER_PREPOSITION),  # "to" is also the infinitive: "to be", "to have"
    (_BARE, PREPOSITIONS),
    (_CONJUNCTIONS, _CONJUNCTIONS),
    (_SUBJECTS, _NOT_AFTER_SUBJECT),
    (_BE, _NOT_AFTER_BE),
    (_PURE_MODALS, _NOT_AFTER_MODAL),
)
# Words a sentence or a clause never ends on.
_NO_END = DETERMINERS | _set("of")
_NO_SENTENCE_END = _NO_END | _set("and but or than")
# A statement never opens with a finite verb ("Was cargo delivered on..."); "Had he known", "Were it
# not for" and "Should they fail" are conditions, so those three may open with a pronoun after them.
_NO_OPENER = _BE | _set("has had does did would could should")  # "Have your say" is an imperative
_CONDITIONS = _set("had were should")
# Peoples and languages in lexicon.PROPER_NOUNS ("Russian", "French"): they stand before places.
# ...and those that are also everyday words ("march on", "a turkey", "fine china", "polish").
_EVERYDAY = _set("march turkey china polish august")
_NATIONALITY = re.compile(r"(?:an|ish|ese|i|ch|ek|ai|ss)$")

MAX_BARE_RUN = 8  # units (a capitalised name is one) without a function word: a list, not a sentence
MAX_STRETCH = 9  # ...and this many in a row, with no punctuation between: the fixtures' longest is 7
SHORT = 10  # words: a sentence this short is not language with one oddity; a longer one needs two

_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
_CLAUSE = re.compile(r"[,;:()\"“”—–]|\s-\s")
# A clause may end at a quotation mark or a bracket ('the "reparations loan"'), never at these.
_CLAUSE_END = re.compile(r"[,;:—–]|\s-\s")
_WH = re.compile(r"\b(?:what|which|who|whom|where)\b", re.IGNORECASE)
_CYRILLIC = lexicon.CYRILLIC


def reads_as_language(sentence: str) -> bool:
    """True unless the sentence has oddities English prose does not (see the module docstring)."""
    count = len(oddities(sentence))
    return count < (1 if len(_WORD.findall(sentence)) < SHORT else 2)


def oddities(sentence: str) -> list[str]:
    """What in `sentence` English prose never does, one entry each: "the of", "ends on 'the'"..."""
    if _CYRILLIC.search(sentence):
        return [f"{a} {b}" for a, b in _pairs(sentence) if _repeated(a, b)]
    found = [f"{a} {b}" for a, b in _pairs(sentence) if _odd_pair(a, b, sentence)]
    found += [" ".join(t) for t in _triples(sentence) if _odd_coordination(*t)]
    found += _clause_ends(sentence)
    found += _opening(sentence)
    found += _lower_case_names(sentence)
    found += _places_side_by_side(sentence)
    found += _bare_runs(sentence)
    return found


def _pairs(sentence: str) -> list[tuple[str, str]]:
    """Neighbouring words within a clause, only a space between them ("US-led" and "and/or" are one)."""
    pairs = []
    for clause in _CLAUSE.split(sentence):
        spans = list(_WORD.finditer(clause))
        for a, b in itertools.pairwise(spans):
            if clause[a.end() : b.start()] == " ":
                pairs.append((a.group(), b.group()))
    return pairs


def _triples(sentence: str) -> list[tuple[str, str, str]]:
    """Three neighbouring words within a clause, only spaces between them."""
    pairs = _pairs(sentence)
    return [(a, b, d) for (a, b), (c, d) in itertools.pairwise(pairs) if b == c]


def _odd_coordination(first: str, second: str, third: str) -> bool:
    """ "in and around", "with or without", "for and against" join prepositions; "of and wheat" joins
    nothing."""
    return (
        _fold(first) in PREPOSITIONS - {"to"}
        and _fold(second) in _CONJUNCTIONS
        and _fold(third) not in _PARTICLES
    )


def _fold(word: str) -> str:
    return word.casefold().replace("’", "'")


def _repeated(first: str, second: str) -> bool:
    # "had had" and "that that" are English; "and and" and "tonnes tonnes" are not.
    return _fold(first) == _fold(second) and first.isalpha() and _fold(first) not in ("had", "that")


def _odd_pair(first: str, second: str, sentence: str) -> bool:
    if _repeated(first, second):
        return True
    a, b = _fold(first), _fold(second)
    never = any(a in firsts and b in seconds for firsts, seconds in _NEVER_FOLLOWED)
    return never and not _excused(a, b, first, second, sentence)


def _excused(a: str, b: str, first: str, second: str, sentence: str) -> bool:
    """The few places where a pair above is English after all."""
    if second in ("US", "May") or first == "I":  # "the US side", "in May", "Phase I of the plan"
        return True
    if (a, b) in _PREPOSITION_PAIRS or (b == "at" and _at_least(sentence)):
        return True
    if a in PREPOSITIONS and b in _FINITE | _MODALS:
        return bool(_WH.search(sentence))  # "what nobody agreed on was...": left at a clause's end
    # "Would the talks resume?" asks and "Should the talks fail, ..." sets a condition.
    return a in _PURE_MODALS and ("?" in sentence or _fold(sentence.lstrip(" \"'“‘(")).startswith(a))


def _at_least(sentence: str) -> bool:
    return bool(re.search(r"\bat (?:least|most)\b", sentence, re.IGNORECASE))


def _clause_ends(sentence: str) -> list[str]:
    """A clause ending on "the" or "of" ("Andriy Tkachenko the, ..."); a sentence also on "and"."""
    clauses = [_WORD.findall(c) for c in _CLAUSE_END.split(sentence.rstrip(" .!?…"))]
    found = [f"ends on {c[-1]!r}" for c in clauses[:-1] if c and _ends_clause_oddly(c[-1], _NO_END)]
    last = _WORD.findall(sentence)
    # "Among them:" introduces a list: the colon is its end, not a missing word.
    if last and _ends_clause_oddly(last[-1], _NO_SENTENCE_END) and not sentence.rstrip().endswith(":"):
        found.append(f"ends on {last[-1]!r}")
    return found


def _ends_clause_oddly(word: str, never: frozenset[str]) -> bool:
    return _fold(word) in never and word != "A"  # "Group A", "Plan A"


def _opening(sentence: str) -> list[str]:
    """ "Was cargo delivered on..." as a statement: a question without its mark (a quoted question
    ending in a comma, '"Is this peace," he asked', keeps its quotation mark first)."""
    words = [_fold(w) for w in _WORD.findall(sentence)]
    if len(words) < 4 or words[0] not in _NO_OPENER or "?" in sentence or sentence[:1] in "\"'“‘«(":
        return []
    if words[0] in _CONDITIONS and words[1] in _SUBJECTS | _set("it there"):
        return []
    return [f"a statement opens with {words[0]!r}"]


def _lower_case_names(sentence: str) -> list[str]:
    """Prose capitalises countries, peoples, capitals, months and weekdays: a lower-case one was drawn
    (unless nothing is capitalised, as in a transcript typed in lower case)."""
    if not re.search(r"[A-Z]", sentence):
        return []
    return [w for w in re.findall(r"\b[a-z]+\b", sentence) if w in lexicon.PROPER_NOUNS - _EVERYDAY]


def _places_side_by_side(sentence: str) -> list[str]:
    """Two places with nothing between them: "Crimea Kharkiv" (a hyphen or slash joins: "London-Paris")."""
    return [
        f"{a} {b}"
        for a, b in _pairs(sentence)
        if a[0].isupper() and b[0].isupper() and _place(a) and _place(b)
    ]


def _place(word: str) -> bool:
    folded = _fold(word)
    return folded in lexicon.PROPER_NOUNS and not _NATIONALITY.search(folded)


def _bare_runs(sentence: str) -> list[str]:
    """Eight units with no function word, or nine in a row: a string of words, not a sentence."""
    units_in_all = 0
    found = []
    for clause in _CLAUSE.split(sentence):
        run = 0
        units = _units(_WORD.findall(clause))
        units_in_all += len(units)
        for unit in units:
            run = 0 if unit in FUNCTION_WORDS else run + 1
            if run == MAX_STRETCH:
                found += ["no function word in a long run"] * 2
    if units_in_all >= MAX_BARE_RUN and not any(_fold(w) in FUNCTION_WORDS for w in _WORD.findall(sentence)):
        found += ["no function word"] * 2
    return found


def _units(words: list[str]) -> list[str]:
    """Folded words, a run of capitalised ones ("Russian President Vladimir Putin") as one unit."""
    units: list[str] = []
    capitalised = False
    for word in words:
        folded = _fold(word)
        if folded in FUNCTION_WORDS:
            units.append(folded)
            capitalised = False
        elif not (word[0].isupper() and capitalised):
            units.append(folded)
            capitalised = word[0].isupper()
    return units
