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
import operator
import re
from collections.abc import Iterator
from typing import NamedTuple

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

# A word (letters and digits, joined by apostrophes), captured: re.split then alternates the text
# between words with the words themselves.
_SPLIT = re.compile(r"([^\W_]+(?:['’][^\W_]+)*)")
_CLAUSE = re.compile(r"[,;:()\"“”—–]|\s-\s")
# A clause may end at a quotation mark or a bracket ('the "reparations loan"'), never at these.
_CLAUSE_END = re.compile(r"[,;:—–]|\s-\s")
_WH = re.compile(r"\b(?:what|which|who|whom|where)\b", re.IGNORECASE)
_AT_LEAST = re.compile(r"\bat (?:least|most)\b", re.IGNORECASE)
_CAPITAL = re.compile(r"[A-Z]")
_LOWER_CASE_WORD = re.compile(r"\b[a-z]+\b")
_APOSTROPHES = re.compile("['’]")
_CYRILLIC = lexicon.CYRILLIC
# Every (word, next word) pair of _NEVER_FOLLOWED, and the first words of any: one set lookup a pair.
_NEVER_PAIRS = frozenset((a, b) for firsts, seconds in _NEVER_FOLLOWED for a in firsts for b in seconds)
_NEVER_FIRSTS = frozenset(a for a, _ in _NEVER_PAIRS)
_MAY_REPEAT = _set("had that")  # "had had" and "that that" are English; "and and" and "tonnes tonnes" are not
_COORDINATED = PREPOSITIONS - {"to"}
_CONDITION_SUBJECTS = _SUBJECTS | _set("it there")
_LOWER_CASE_NAMES = lexicon.PROPER_NOUNS - _EVERYDAY


class Split(NamedTuple):
    """A sentence read once for every test below: its words, folded, and the text between them.

    A named tuple, not a frozen dataclass: made for every sentence is_prose reads, in a quarter of the
    time (a frozen dataclass sets each field through object.__setattr__).

    The words are _WORD's over the whole sentence: a clause break is never inside a word, so a clause's
    words are a run of these, and two words within a clause with only a space between them are two
    neighbours here with `between` " ".
    """

    sentence: str
    words: list[str]
    folded: list[str]
    between: list[str]  # between[i] is the text between words[i] and words[i + 1]
    tail: str  # the text after the last word (the whole sentence if it has none)
    pairs: list[int]  # each i whose words[i] and words[i + 1] have a single space between them


def split(sentence: str) -> Split:
    """The sentence's words, folded, and what stands between them (read once for every test below)."""
    parts = _SPLIT.split(sentence)
    words = parts[1::2]
    between = parts[2:-1:2]
    # Folded in one piece, at C speed: case folding goes character by character (no word has a space,
    # and no character folds into one), so the pieces are each word folded.
    folded = " ".join(words).casefold().replace("’", "'").split(" ") if words else []
    pairs = list(itertools.compress(range(len(between)), map(" ".__eq__, between)))
    return Split(sentence, words, folded, between, parts[-1], pairs)


def reads_as_language(sentence: str) -> bool:
    """True unless the sentence has oddities English prose does not (see the module docstring)."""
    return split_reads(split(sentence))


def split_reads(split: Split) -> bool:
    """reads_as_language of the sentence `split` read."""
    allowed = 0 if len(split.words) < SHORT else 1
    # Counting stops at the first oddity too many: word salad is told after a test or two.
    return next(itertools.islice(_oddities(split), allowed, None), None) is None


def oddities(sentence: str) -> list[str]:
    """What in `sentence` English prose never does, one entry each: "the of", "ends on 'the'"..."""
    return list(_oddities(split(sentence)))


def _oddities(split: Split) -> Iterator[str]:
    if _CYRILLIC.search(split.sentence):
        yield from (f"{split.words[i]} {split.words[i + 1]}" for i in split.pairs if _repeated(split, i))
        return
    yield from _odd_pairs(split)
    yield from _odd_coordinations(split)
    yield from _clause_ends(split)
    yield from _opening(split)
    yield from _lower_case_names(split.sentence, split.words)
    yield from _places_side_by_side(split)
    yield from _bare_runs(split)


def _repeated(split: Split, i: int) -> bool:
    word, folded = split.words[i], split.folded[i]
    return folded == split.folded[i + 1] and word.isalpha() and folded not in _MAY_REPEAT


def _odd_pairs(split: Split) -> Iterator[str]:
    words, folded = split.words, split.folded
    for i in split.pairs:
        a, b = folded[i], folded[i + 1]
        if (a == b and _repeated(split, i)) or (
            a in _NEVER_FIRSTS
            and (a, b) in _NEVER_PAIRS
            and not _excused(a, b, words[i], words[i + 1], split.sentence)
        ):
            yield f"{words[i]} {words[i + 1]}"


def _odd_coordinations(split: Split) -> Iterator[str]:
    """ "in and around", "with or without", "for and against" join prepositions; "of and wheat" joins
    nothing. (Three words: two neighbouring pairs sharing a word.)"""
    words, folded = split.words, split.folded
    if _CONJUNCTIONS.isdisjoint(folded):
        return  # no conjunction: nothing joined (told at C speed, before the loop below)
    for i, j in itertools.pairwise(split.pairs):
        if (
            folded[i + 1] in _CONJUNCTIONS
            and words[i + 1] == words[j]
            and folded[i] in _COORDINATED
            and folded[j + 1] not in _PARTICLES
        ):
            yield f"{words[i]} {words[i + 1]} {words[j + 1]}"


def _excused(a: str, b: str, first: str, second: str, sentence: str) -> bool:
    """The few places where a pair above is English after all."""
    if second in ("US", "May") or first == "I":  # "the US side", "in May", "Phase I of the plan"
        return True
    if (a, b) in _PREPOSITION_PAIRS or (b == "at" and _AT_LEAST.search(sentence)):
        return True
    if a in PREPOSITIONS and b in _FINITE | _MODALS:
        return bool(_WH.search(sentence))  # "what nobody agreed on was...": left at a clause's end
    # "Would the talks resume?" asks and "Should the talks fail, ..." sets a condition.
    return a in _PURE_MODALS and ("?" in sentence or _fold(sentence.lstrip(" \"'“‘(")).startswith(a))


def _fold(word: str) -> str:
    return word.casefold().replace("’", "'")


def _clause_ends(split: Split) -> Iterator[str]:
    """A clause ending on "the" or "of" ("Andriy Tkachenko the, ..."); a sentence also on "and"."""
    words, folded, last = split.words, split.folded, len(split.words) - 1
    # Only "the", "of"... can end a clause wrongly: they are found at C speed, the rest never looked at.
    for i in itertools.compress(range(len(folded)), map(_NO_END.__contains__, folded)):
        if words[i] != "A":  # "Group A", "Plan A"
            # Trailing stops are no clause break: "...of the." is the sentence's end, tested below.
            after = split.between[i] if i < last else split.tail.rstrip(" .!?…")
            if after != " " and _CLAUSE_END.search(after):
                yield f"ends on {words[i]!r}"
    # "Among them:" introduces a list: the colon is its end, not a missing word.
    if (
        split.words
        and folded[last] in _NO_SENTENCE_END
        and words[last] != "A"
        and not split.sentence.rstrip().endswith(":")
    ):
        yield f"ends on {words[last]!r}"


def _opening(split: Split) -> Iterator[str]:
    """ "Was cargo delivered on..." as a statement: a question without its mark (a quoted question
    ending in a comma, '"Is this peace," he asked', keeps its quotation mark first)."""
    words, sentence = split.folded, split.sentence
    if len(words) < 4 or words[0] not in _NO_OPENER or "?" in sentence or sentence[:1] in "\"'“‘«(":
        return
    if words[0] in _CONDITIONS and words[1] in _CONDITION_SUBJECTS:
        return
    yield f"a statement opens with {words[0]!r}"


def _lower_case_names(sentence: str, words: list[str]) -> list[str]:
    """Prose capitalises countries, peoples, capitals, months and weekdays: a lower-case one was drawn
    (unless nothing is capitalised, as in a transcript typed in lower case)."""
    if not _CAPITAL.search(sentence) or _no_name(sentence, words):
        return []
    return [w for w in _LOWER_CASE_WORD.findall(sentence) if w in _LOWER_CASE_NAMES]


def _no_name(sentence: str, words: list[str]) -> bool:
    """No word as written is one of the names (a set lookup, cheaper than the regex): a name the regex
    finds in lower case is a whole word of the split, or a part of one between apostrophes."""
    if not _LOWER_CASE_NAMES.isdisjoint(words):
        return False
    if "'" not in sentence and "’" not in sentence:
        return True
    return all(_LOWER_CASE_NAMES.isdisjoint(_APOSTROPHES.split(w)) for w in words if "'" in w or "’" in w)


def _places_side_by_side(split: Split) -> Iterator[str]:
    """Two places with nothing between them: "Crimea Kharkiv" (a hyphen or slash joins: "London-Paris")."""
    words, folded = split.words, split.folded
    if sum(map(lexicon.PROPER_NOUNS.__contains__, folded)) < 2:
        return  # fewer than two places: no pair of them (counted at C speed, before the loop below)
    for i in split.pairs:
        a, b = words[i], words[i + 1]
        if a[0].isupper() and b[0].isupper() and _place(folded[i]) and _place(folded[i + 1]):
            yield f"{a} {b}"


def _place(folded: str) -> bool:
    return folded in lexicon.PROPER_NOUNS and not _NATIONALITY.search(folded)


def _bare_runs(split: Split) -> Iterator[str]:
    """Eight units with no function word, or nine in a row within a clause: a string of words, not a
    sentence. A unit is a word, or a run of capitalised ones ("Russian President Vladimir Putin")."""
    if _function_word_every(split.folded, MAX_STRETCH):
        return  # a run counts units, never more than the words between two function words
    units = run = 0
    capitalised = any_function_word = False
    for i, word in enumerate(split.words):
        if i and split.between[i - 1] != " " and _CLAUSE.search(split.between[i - 1]):
            run, capitalised = 0, False  # a new clause
        if split.folded[i] in FUNCTION_WORDS:
            units, run = units + 1, 0
            capitalised, any_function_word = False, True
        elif not (word[0].isupper() and capitalised):  # else it joins the capitalised unit before it
            units, run = units + 1, run + 1
            capitalised = word[0].isupper()
            if run == MAX_STRETCH:
                yield from ["no function word in a long run"] * 2
    if units >= MAX_BARE_RUN and not any_function_word:
        yield from ["no function word"] * 2


def _function_word_every(folded: list[str], most: int) -> bool:
    """True if the sentence has a function word, and fewer than `most` other words before, between or
    after them (found at C speed: most prose is told at once)."""
    bounds = [
        -1,
        *itertools.compress(range(len(folded)), map(FUNCTION_WORDS.__contains__, folded)),
        len(folded),
    ]
    return len(bounds) > 2 and max(map(operator.sub, bounds[1:], bounds)) <= most
