"""Scoring the sentences of a paragraph against a question: its own words, and those around it."""

from __future__ import annotations

import re
from collections.abc import Set
from functools import lru_cache

from retrieval.answer import query as q
from retrieval.language import text
from retrieval.language.dates import MONTH_WORDS

CONTEXT_WEIGHT = 0.5  # a question word found only in the heading or the article title
PARAGRAPH_WEIGHT = 0.3  # ...or only in another sentence of the same paragraph
ANTECEDENT_WEIGHT = 0.8  # ...but the sentences just before and after are almost part of it

# A sentence opening with one of these continues the previous one: "It had 28 points" is the plan; after
# "a 28-point proposal was posted", "However, ... Witkoff, who drafted the plan, ..." is on that plan.
_ANAPHOR = re.compile(
    # "According to Zelenskyy, the plan envisages...": the words of who says it come first.
    r"^[\"'“‘(]?(?:according to [^,]{1,40},\s*)?"
    r"(?:it|its|they|their|them|this|these|those|that|he|she|his|her|both|such|however|but|meanwhile|"
    r"the (?:two|deal|plan|proposal|document|draft|move|measure|agreement|framework|group|force)|"
    r"он|она|оно|они|это|эти|він|вона|воно|вони|це|ці)\b",
    re.IGNORECASE,
)


# After a sentence that ends on the thing asked ("...had one overriding aim."), any definite noun phrase
# opening the next one refers back to it: "The goal, he said, was...". (Alone, "The talks..." is new.)
_DEFINITE = re.compile(r"^[\"'“‘(]?(?:the|that|this|these|those|its|his|her|their)\s+[^\W\d_]", re.IGNORECASE)


def is_anaphoric(sentence: str) -> bool:
    """True if the sentence starts by referring back to something said before it."""
    return bool(_ANAPHOR.match(sentence.strip()))


def is_definite(sentence: str) -> bool:
    """True if the sentence opens with a definite noun phrase ("The goal...", "That aim...")."""
    return bool(_DEFINITE.match(sentence.strip()))


_MONTHS = "|".join(MONTH_WORDS)
# A question naming a number, a month or an ordinal ("the 20-point plan", "in October", "the fourth
# round") asks about that one: a passage without it is about another. ("first" is everywhere in news,
# "the first time": no test.)
_SPECIFIC = re.compile(rf"^(?:\d+|{_MONTHS}|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)$")
# ...but a day of the month is not one: "on 2 December" is reported as "on Tuesday" as often.
_DAY = re.compile(
    rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{_MONTHS})\b|\b(?:{_MONTHS})\.?\s+(\d{{1,2}})\b",
    re.IGNORECASE,
)


def specified(parsed: q.Query, terms: Set[str], question: str) -> bool:
    """True if `terms` hold every number, month and ordinal the question names (days of a month aside)."""
    return all(match_weight(c, terms) for c in specifics(parsed, question))


def specifics(parsed: q.Query, question: str) -> tuple[q.Concept, ...]:
    """The concepts `specified` requires: found once per paragraph, tested for each of its sentences."""
    days = _days(question) | _years_ended(question)
    return tuple(
        c
        for c in parsed.concepts
        if (_SPECIFIC.match(c.word) or (c.word != c.alternatives[0] and c.alternatives[0] in _MONTH_TERMS))
        and c.word not in days
    )


@lru_cache(maxsize=256)
def _years_ended(question: str) -> frozenset[str]:
    """The short second years of the question's year ranges ("27" in "2026-27"), which reports as often
    write out ("over 2026 and 2027"): no number to require."""
    return frozenset(q.years_cut_short(question))


# A month misspelt ("decmber", corrected to "decemb") names that month as much as one spelt right.
_MONTH_TERMS = frozenset(t for month in MONTH_WORDS for t in text.terms(month))


def days(sentence: str) -> frozenset[str]:
    """The days of the month a sentence names ("20" in "on 20 November")."""
    return frozenset(day for match in _DAY.finditer(sentence) for day in match.groups() if day)


# "the 20-point plan", "a 90-day truce": a number the question ties to a noun is a count, never a day.
_MODIFIER = re.compile(r"\b(\d+)-[^\W\d_]")


@lru_cache(maxsize=256)
def number_modifiers(question: str) -> frozenset[str]:
    """The numbers the question ties to a noun by a hyphen ("20" in "the 20-point plan")."""
    return frozenset(_MODIFIER.findall(question))


@lru_cache(maxsize=256)
def _days(question: str) -> frozenset[str]:
    # Asked of every sentence a question reads: found once per question.
    return days(question)


# "Where were the first talks held?" is not answered by "The third round took place in Geneva": a sentence
# naming another ordinal, and not the question's, is of another round. (As a context word, "first" is too
# common to require: this reads the sentence's own words.)
_ORDINAL = re.compile(
    r"\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\b", re.IGNORECASE
)


def another_ordinal(question: str, sentence: str) -> bool:
    """True if the sentence names an ordinal, none of them the question's ("the first," standing alone is
    not; "First," counting off points names none), and the question names one."""
    asked = _ordinals(question)
    if not asked:
        return False
    named, meant = set(), set()
    for m in _ORDINAL.finditer(sentence):
        alone = bool(_BEFORE_COMMA.match(sentence, m.end()))
        after_the = bool(_THE.search(sentence, 0, m.start()))
        if alone and not after_the:
            continue  # "First, the sides agreed...": an ordinal counting off points names nothing
        named.add(m.group().casefold())
        if not alone:
            # "Two options... Under the first, which Kyiv prefers, ...": "the first" standing alone is of a
            # thing named before (an option), not the question's ("the first US draft")
            meant.add(m.group().casefold())
    return bool(named) and not meant & asked


_BEFORE_COMMA = re.compile(r"\s*[,;:]")
_THE = re.compile(r"\bthe\s+$", re.IGNORECASE)


@lru_cache(maxsize=256)
def _ordinals(question: str) -> frozenset[str]:
    # Asked of every sentence a question reads: found once per question.
    return frozenset(m.group().casefold() for m in _ORDINAL.finditer(question))


# A question that sets the thing asked in time against another of its kind ("the next round", "the last
# exchange before...", "before the war", "how many remain") is not answered by a sentence that says nothing
# of that time: "the first time the current track will be held in Europe" is this round, not the next;
# "each side will release 157" is who is freed, not who remains. (The question's pattern, then the words of
# the sentence that bear it out.)
# "the next five years", "the last few days", "the last 24 hours": a span of time, no event of the kind.
_SPAN_AFTER = (
    r"(?! (?:(?:\d+|few|couple of|several|two|three|four|five|six|seven|eight|nine|ten) )?"
    r"(?:year|month|week|day|hour|night|time|decade|weekend|minute|centur(?:y|ie))s?\b)"
)
_TIME_OF_EVENT = (
    (
        # "the next round", not "where did they meet next?": the Miami meeting after Geneva says no "next"
        re.compile(
            r"\b(?:the|its|their|his|her) (?:next|upcoming|subsequent)\b" + _SPAN_AFTER, re.IGNORECASE
        ),
        re.compile(
            r"\b(?:next|new|another|further|following|upcoming|subsequent|again|later|future|soon|resum\w*|"
            r"second|third|fourth|fifth|sixth)\b",
            re.IGNORECASE,
        ),
    ),
    (
        re.compile(
            r"\b(?:the|its|their|his|her) (?:last|previous|preceding|prior)\b" + _SPAN_AFTER + r" \w",
            re.IGNORECASE,
        ),
        re.compile(
            r"\b(?:last|previous|preceding|prior|earlier|before|ago|former|past|latest|recent)\b",
            re.IGNORECASE,
        ),
    ),
    (
        re.compile(r"\bbefore the (?:war|invasion|conflict|fighting)\b|\bpre-?war\b", re.IGNORECASE),
        re.compile(
            r"\b(?:before|pre-?war|prior|previously|used to|until|peacetime|normally|had been)\b",
            re.IGNORECASE,
        ),
    ),
    (
        re.compile(r"^how many\b.*\b(?:remain\w*|still)\b", re.IGNORECASE),
        re.compile(r"\b(?:remain\w*|still|left|yet|continu\w*|held|holding)\b", re.IGNORECASE),
    ),
)


def another_time(question: str, sentence: str) -> bool:
    """True if the question sets what it asks in time ("the next round") and the sentence does not."""
    asked = _times_asked(question)
    # Most questions set nothing in time: asked of every sentence read, so no generator is made then.
    return bool(asked) and any(not bears_out.search(sentence) for bears_out in asked)


@lru_cache(maxsize=256)
def _times_asked(question: str) -> tuple[re.Pattern[str], ...]:
    # Asked of every sentence a question reads: found once per question.
    return tuple(bears_out for asks, bears_out in _TIME_OF_EVENT if asks.search(question))


# "Which city holds the reconstruction conference?" asks about one conference: "told a press conference"
# is another. A compound of the question whose first noun is plainly a noun (its ending says so: -tion,
# -ment, -ship...) is not in a sentence that lacks that noun and puts another lower-case word before the
# second. (Not -ity: "the security guarantees" are "the American guarantees", "robust guarantees" too; with
# it news dev loses one answer.)
# The second word is no verb: not "-ed", "-ing" or "-ly", and not after an auxiliary and up to two words
# ("when was the agreement signed?", "when did the Brevian delegation arrive?"; found by review). That also
# skips "will host the reconstruction conference": a refusal lost, never a wrong quote.
_COMPOUND = re.compile(
    r"\b([a-z]{3,}(?:tion|sion|ment|ance|ence|ship|ism))\s+(?!\w+(?:ed|ing|ly)\b)([a-z]{3,})\b"
)
_AUXILIARY_BEFORE = re.compile(
    r"\b(?:did|does|do|will|would|can|could|should|may|might|must)\s+(?:[\w'’-]+\s+){0,2}$"
)


def another_compound(question: str, sentence: str, terms: Set[str]) -> bool:
    """True if the sentence has the head of a compound the question names ("conference" of "reconstruction
    conference") only after another word ("press conference"), and not the question's first noun."""
    pairs = _term_pairs(_COMPOUND, question)
    # Most questions name no such compound: asked of every sentence read, so no generator is made then.
    return bool(pairs) and any(
        modifier not in terms and head in terms and _after_another(sentence, head, modifier)
        for modifier, head in pairs
    )


def _after_another(sentence: str, held: str, partner: str) -> bool:
    """`held` stands in the sentence right after a lower-case word other than the question's `partner`:
    "press conference", not "American conference" or "the conference"."""
    found = text.every_token(sentence)
    return any(
        t.term == held and n and _other_noun(found[n - 1], partner, sentence) for n, t in enumerate(found)
    )


def _other_noun(before: text.Token, modifier: str, sentence: str) -> bool:
    """The word before the head is another word in lower case: "press", not "American" or a stop word."""
    return before.term not in ("", modifier) and sentence[before.start].islower()


@lru_cache(maxsize=256)
def _term_pairs(pattern: re.Pattern[str], question: str) -> tuple[tuple[str, str], ...]:
    """The two words each match of `pattern` (_COMPOUND or _PAIR) captures in the question, as terms."""
    # Asked of every sentence a question reads: found once per question (as terms: stems, no stop words).
    found = (m for m in pattern.finditer(question) if not _AUXILIARY_BEFORE.search(question, 0, m.start()))
    terms = ((text.terms(m.group(1)), text.terms(m.group(2))) for m in found)
    return tuple((first[0], second[0]) for first, second in terms if first and second)


# "What's the euro to dollar exchange rate?" asks about a rate: "the stock exchange closed lower" holds one
# word of the compound ("exchange"), after another word in lower case ("stock exchange": another thing), and
# not the other. Any two content words in a row in the question (lower case as typed, no verb after them)
# are read as a compound; pairs overlap ("dollar exchange", "exchange rate").
_PAIR = re.compile(r"\b(?=([a-z]{3,})\s+(?!\w+(?:ed|ing|ly)\b)([a-z]{3,})\b)")


def part_of_another(question: str, sentence: str, terms: Set[str]) -> bool:
    """True if the sentence holds one word of a compound the question names ("exchange" of "exchange rate"),
    not the other, and only after another word in lower case ("stock exchange")."""
    return any(
        partner not in terms and held in terms and _after_another(sentence, held, partner)
        for pair in _term_pairs(_PAIR, question)
        for held, partner in (pair, pair[::-1])
    )


# Per concept: the concept, its needed terms, top weight, weight and mass (read once per paragraph, not
# once per sentence and concept: score_sentence runs for each of the ~150 sentences a question reads), and
# the weight and share found in a paragraph's context.
Around = tuple[tuple[q.Concept, frozenset[str], float, float, float, float, float], ...]


def around(parsed: q.Query, frame: Set[str], paragraph: Set[str]) -> Around:
    """Each concept's discounted weight and share in the heading and title (`frame`) or elsewhere in the
    paragraph: the same for all its sentences, so matched once per paragraph (for score_sentence)."""
    found = []
    for concept in parsed.concepts:
        in_frame, framed = match(concept, frame)
        in_paragraph, held = match(concept, paragraph)
        if concept.bridged:
            held = 0.0  # a guess ("rival" for "champions") covers only in or next to the sentence
        context = (max(CONTEXT_WEIGHT * in_frame, PARAGRAPH_WEIGHT * in_paragraph), max(framed, held))
        found.append((concept, concept.needed, concept.top_weight, concept.weight, concept.mass, *context))
    return tuple(found)


def score_sentence(
    parsed: q.Query, own: Set[str], antecedent: Set[str], context: Around
) -> tuple[float, float]:
    """The weight the sentence covers (own words in full, context words discounted) and the share of the
    question's coverage mass found in it or around it (query.Concept.weight and .mass); `context` is
    `around(parsed, frame, paragraph)` for its heading and title and its paragraph."""
    score = 0.0
    covered = 0.0
    # A name held stands for its title: "Driscoll met..." is about "Army Secretary Driscoll".
    named = {t for t, n in parsed.titled if match_weight(parsed.concepts[n], own)} if parsed.titled else ()
    for at, (concept, needed, top, concept_weight, mass, elsewhere, held_elsewhere) in enumerate(context):
        # match's own first test, made here: half the sets tried hold no alternative (a call saved each).
        if at in named:
            weight, share = top, 1.0
        elif needed.isdisjoint(own):
            weight = share = 0.0
        else:
            weight, share = match(concept, own)
        # Context counts at most 0.8 of a match: a sentence with the concept's best alternative needs none.
        # (The largest of three by comparisons, as max() gives it: the builtin's calls cost more here.)
        if weight < top:
            if not needed.isdisjoint(antecedent):
                found, held = match(concept, antecedent)
                found *= ANTECEDENT_WEIGHT
                if found > weight:  # noqa: PLR1730 - see above
                    weight = found
                if held > share:  # noqa: PLR1730 - see above
                    share = held
            if elsewhere > weight:  # noqa: PLR1730 - see above
                weight = elsewhere
            if held_elsewhere > share:  # noqa: PLR1730 - see above
                share = held_elsewhere
        if weight:
            score += concept_weight * weight
            covered += mass * share
    return score, covered / parsed.total


def share_held(parsed: q.Query, terms: Set[str]) -> float:
    """The share of the question's weight whose concepts `terms` hold, 0 to 1."""
    return sum(c.weight for c in parsed.concepts if match_weight(c, terms)) / parsed.total_weight


def match_weight(concept: q.Concept, terms: Set[str]) -> float:
    """The weight of the best of the concept's alternatives present in `terms` (0 if none is)."""
    # match's own first test, made here too: most concepts are in none of the sets tried (a call saved).
    return 0.0 if concept.needed.isdisjoint(terms) else match(concept, terms)[0]


def match(concept: q.Concept, terms: Set[str]) -> tuple[float, float]:
    """The weight of the best of the concept's alternatives present in `terms` (0 if none is), and the
    largest share of the concept's coverage mass one of them earns (query.Concept.covers)."""
    if concept.needed.isdisjoint(terms):
        return 0.0, 0.0
    best, share = 0.0, 0.0
    for alternative, weight, words, covers in concept.searched:
        if (weight > best or covers > share) and (
            alternative in terms or (words is not None and all(w in terms for w in words))
        ):
            # Not max(): a builtin call each costs ~0.07 ms a question over the ~300 alternatives matched.
            if weight > best:  # noqa: PLR1730 - see above
                best = weight
            if covers > share:  # noqa: PLR1730 - see above
                share = covers
    return best, share
