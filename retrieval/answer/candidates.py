"""One candidate paragraph read for one question: which of its sentences answer, and what span to quote.

Every sentence is scored against the question (its own words, its neighbours', the heading and title);
a sentence that covers too little of the question, or only restates it, is out. Of the rest, the best
that reads as prose and the best that also supplies the answer type are picked.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from typing import TypeVar

from retrieval.answer import answer_types, selection
from retrieval.answer import query as q
from retrieval.answer.passage import Passage, Sentence, read
from retrieval.answer.question import DEFINITION, OTHER, STATEMENT, YES_NO, Question
from retrieval.index.bm25 import Hit
from retrieval.language import prose, text
from retrieval.language.dates import date_words
from retrieval.language.text import Token

# A passage answers only if it covers this share of the question's IDF mass: "capital of France"
# over the talks articles finds "capital" somewhere, but never "France", and so is not answered.
MIN_COVERAGE = 0.7
# A question that asks for a date, number, name or place has a second test, the answer type: its
# words may be matched a little less fully. 0.7 for both is best on news_dev.json alone; 0.6 for typed
# questions keeps heldout.json and questions.json where they were (their misses were read).
MIN_COVERAGE_TYPED = 0.6
# Yes/no questions carry incidental words ("all at once if there's a deal"): they pass with the typed 60%.
STRICT = frozenset({OTHER, DEFINITION, STATEMENT})
# Between sentences that cover the question alike, the one whose paragraph holds more of it wins. (It was
# the paragraph's BM25 score, relative to the best: that moves whenever the folder grows, and with it
# the answer; measured with bench/distractors.py.)
PARAGRAPH_SHARE = 0.1
OWN_SHARE = 0.5  # a sentence with less of the question in its own words is quoted with the one it needs
MIN_NEW_TERMS = 2  # a sentence adding fewer terms than this to the question only restates it
MIN_WEIGHTED = 0.35  # the question's weight the sentence covers, context words discounted
SET_UP_TERMS = 2  # a sentence whose last this-many terms are the question's sets up the next one

Scored = tuple[float, float, int]  # (score, coverage, sentence number)


@dataclass(frozen=True)
class Pick:
    """A span of a candidate paragraph to quote (characters of its text), and how well it answers."""

    hit: Hit
    passage: Passage
    start: int
    end: int
    score: float  # the sentence's score over the question's weight, plus a share of its paragraph's
    supplies: bool  # it holds a thing of the answer type asked

    @cached_property
    def tokens(self) -> tuple[Token, ...]:
        """The quoted span's own tokens, offsets into the quote (the paragraph's, not tokenised again)."""
        return tuple(self.passage.tokens_of(self.start, self.end))


@dataclass(frozen=True)
class _Reading:
    """One candidate paragraph read for one question."""

    hit: Hit
    parsed: q.Query
    question: Question
    passage: Passage

    @cached_property
    def paragraph_share(self) -> float:
        """The share of the question the whole paragraph holds, 0 to 1."""
        return selection.share_held(self.parsed, self.passage.term_set)

    @property
    def sentences(self) -> tuple[Sentence, ...]:
        return self.passage.sentences

    def quotable(self, i: int) -> bool:
        """Sentence `i` is prose, not furniture (asked only when needed: it is not cheap)."""
        return _quotable(self.sentences[i].text, self.hit.meta.title)


def picks(hit: Hit, parsed: q.Query, question: Question) -> list[Pick]:
    """The paragraph's best answering sentence and its best sentence overall (the same one, often)."""
    paragraph, meta = hit.paragraph, hit.meta
    passage = read(paragraph.text)
    frame = _term_set(f"{paragraph.heading}\n{meta.title}\n{date_words(meta.date)}")
    before = _term_set(paragraph.antecedent)
    # News paragraphs run on from each other: the one before is weak context for the whole paragraph.
    whole = passage.term_set | before
    minimum = MIN_COVERAGE if question.asked in STRICT else MIN_COVERAGE_TYPED
    if _coverage_bound(parsed, whole | frame) < minimum:
        return []  # no sentence here can cover enough: not worth splitting the paragraph into sentences
    reading = _Reading(hit, parsed, question, passage)
    scored = []
    for i, sentence in enumerate(reading.sentences):
        if question.asked != YES_NO and len(sentence.terms - parsed.asked_terms) < MIN_NEW_TERMS:
            continue  # a sentence that only restates the question (yes/no aside): its neighbour may answer
        context = _neighbours(i, reading.sentences, before)
        score, coverage = selection.score_sentence(parsed, sentence.terms, context, frame, whole)
        if coverage < minimum or score / parsed.total_weight < MIN_WEIGHTED:
            continue
        if not selection.specified(parsed, sentence.terms | context | frame, question.text):
            continue
        scored.append((score, coverage, i))
    return _best_two(reading, scored)


def _coverage_bound(parsed: q.Query, everything: frozenset[str]) -> float:
    """The coverage of a sentence that had all the paragraph's context words as its own: no sentence's is
    higher (every set a sentence is scored on is part of `everything`, and masses are positive)."""
    covered = 0.0
    for concept in parsed.concepts:
        if selection.match_weight(concept, everything):
            covered += concept.mass
    return covered / parsed.total


def _term_set(context: str) -> frozenset[str]:
    """The terms of a title, heading or previous paragraph: the same few recur across candidates."""
    known = _CONTEXTS.get(context)
    if known is None:
        known = _remember(_CONTEXTS, context, tuple(text.terms(context)), CONTEXTS)
    return frozenset(known)


def _quotable(sentence: str, title: str) -> bool:
    """prose.quotable, its costly part remembered by the sentence alone (it recurs across articles)."""
    if prose.repeats_title(sentence, title):
        return False
    known = _QUOTABLE.get(sentence)
    if known is None:
        known = _remember(_QUOTABLE, sentence, prose.is_prose(sentence), QUOTABLE)
    return known


# Memos of plain values (the collector stops walking tuples of strings), cleared whole when full.
CONTEXTS = 16_384
QUOTABLE = 65_536
_CONTEXTS: dict[str, tuple[str, ...]] = {}
_QUOTABLE: dict[str, bool] = {}
K = TypeVar("K")
V = TypeVar("V")


def _remember(memo: dict[K, V], key: K, value: V, limit: int) -> V:
    if len(memo) >= limit:
        memo.clear()
    memo[key] = value
    return value


def _best_two(reading: _Reading, scored: list[Scored]) -> list[Pick]:
    """The best quotable sentence that supplies the answer type, then the best quotable one overall.

    Both checks are costly, so they run down the ranking only until each pick is found: the result is
    what filtering every sentence first would give.
    """
    ranked = (x for x in sorted(scored, reverse=True) if reading.quotable(x[2]))
    best = next(ranked, None)
    if best is None:
        return []
    supplying = (
        best if _supplies(reading, best[2]) else next((x for x in ranked if _supplies(reading, x[2])), None)
    )
    found = [] if supplying is None else [_pick(reading, supplying, supplies=True)]
    return [*found, _pick(reading, best, supplies=False)]


def _supplies(reading: _Reading, i: int) -> bool:
    question, parsed = reading.question, reading.parsed
    sentence = reading.sentences[i]
    # A leading dateline ("GENEVA, Nov 23 (Wire) -") names no answer.
    start = prose.dateline_end(sentence.text)
    body = sentence.text[start:]
    if question.counted:
        found = reading.passage.tokens_of(sentence.start + start, sentence.end)
        if not answer_types.counts(body, question.counted, found):
            return False
    if question.named and not answer_types.names_near(body, question.named, parsed.words):
        return False
    return answer_types.supplies(question.asked, body, parsed.words)


def _neighbours(i: int, sentences: tuple[Sentence, ...], before: frozenset[str]) -> frozenset[str]:
    """The words of the sentences before and after sentence `i` (for the first one opening with "It",
    the end of the previous paragraph instead of a sentence before it)."""
    near: frozenset[str] = frozenset()
    if i > 0:
        near |= sentences[i - 1].terms
    elif selection.is_anaphoric(sentences[i].text):
        near |= before
    if i + 1 < len(sentences):
        near |= sentences[i + 1].terms
    return near


def _pick(reading: _Reading, scored: Scored, *, supplies: bool) -> Pick:
    score, _, i = scored  # coverage only broke ties between equal scores
    hit, parsed = reading.hit, reading.parsed
    start, end = _span(reading, i)
    ranked = score / parsed.total_weight + PARAGRAPH_SHARE * reading.paragraph_share
    return Pick(hit, reading.passage, start, end, ranked, supplies)


def _span(reading: _Reading, i: int) -> tuple[int, int]:
    """Sentence `i`, joined by the sentence before or after it when that one holds the question's words."""
    sentences, parsed, paragraph = reading.sentences, reading.parsed, reading.passage.text
    start, end = sentences[i].start, sentences[i].end
    start += prose.dateline_end(paragraph[start:end])
    if own_share(parsed, sentences[i].terms) >= OWN_SHARE:
        return (start, sentences[i + 1].end) if _sets_up_next(reading, i) else (start, end)
    for j in (i - 1, i + 1):
        if (
            0 <= j < len(sentences)
            and reading.quotable(j)
            and own_share(parsed, sentences[j].terms) >= OWN_SHARE
        ):
            if j < i:
                return sentences[j].start + prose.dateline_end(paragraph[sentences[j].start : end]), end
            return start, sentences[j].end
    return start, end


def _sets_up_next(reading: _Reading, i: int) -> bool:
    """ "The envoy set out her main objective. It was to..." : a sentence ending on what is asked,
    followed by one that refers back to it, is only the set-up: the next one holds the answer."""
    sentences = reading.sentences
    if i + 1 >= len(sentences) or not selection.is_anaphoric(sentences[i + 1].text):
        return False
    own = reading.passage.tokens_of(sentences[i].start, sentences[i].end)
    last = [token.term for token in own][-SET_UP_TERMS:]
    return bool(last) and set(last) <= reading.parsed.terms and reading.quotable(i + 1)


def own_share(parsed: q.Query, terms: frozenset[str]) -> float:
    """The share of the question's weight found in `terms` alone."""
    own = sum(c.weight for c in parsed.concepts if selection.match_weight(c, terms))
    return own / parsed.total_weight
