"""From a question to weighted search terms: content words, spelling fixes and thesaurus expansion."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from retrieval import lexicon, spelling, text
from retrieval.index import Index

SYNONYM_WEIGHT = 0.5
_KINDS = (
    (
        "count",
        re.compile(r"\bhow (?:many|much|big|large|long|far|old)\b|\bwhat (?:size|number)\b|сколько|скільки"),
    ),
    ("who", re.compile(r"^\W*(?:who|whom|whose)\b|\bby whom\b|^\W*(?:кто|хто)\b")),
    ("when", re.compile(r"^\W*when\b|\bwhat (?:date|time|day|year)\b|^\W*(?:когда|коли)\b")),
    ("where", re.compile(r"^\W*where\b|^\W*(?:где|де)\b")),
)


@dataclass(frozen=True)
class Concept:
    """One thing the question asks about: a word, and the index terms that can stand for it."""

    word: str
    term: str
    alternatives: tuple[str, ...]  # the term itself first, then corrections and synonyms
    weights: tuple[float, ...]
    idf: float


@dataclass(frozen=True)
class Query:
    """The parsed question."""

    concepts: tuple[Concept, ...]
    kind: str = "other"  # what is asked for: "who", "count", "when", "where" or "other"
    words: frozenset[str] = frozenset()  # every folded word of the question

    def weights(self) -> dict[str, float]:
        """Every alternative term with the largest weight any concept gives it."""
        out: dict[str, float] = {}
        for concept in self.concepts:
            for term, weight in zip(concept.alternatives, concept.weights, strict=True):
                out[term] = max(out.get(term, 0.0), weight)
        return out

    @property
    def total(self) -> float:
        """The IDF mass of everything asked."""
        return sum(concept.idf for concept in self.concepts) or 1.0


def parse(question: str, index: Index) -> Query:
    """Content terms of `question`, corrected against the index and expanded with synonyms."""
    missing_idf = _missing_idf(index)
    unique: dict[str, str] = {}
    for word, term in _content_tokens(question):
        unique.setdefault(term, word)
    concepts = (_concept(word, term, index, missing_idf) for term, word in unique.items())
    asked = frozenset(text.words(question))
    return Query(tuple(c for c in concepts if c is not None), question_kind(question), asked)


def question_kind(question: str) -> str:
    """What sort of thing the question asks for, from its wh-word."""
    lowered = text.normalise(question).casefold()
    for kind, pattern in _KINDS:
        if pattern.search(lowered):
            return kind
    return "other"


def _content_tokens(question: str) -> list[tuple[str, str]]:
    found = []
    for token in text.tokens(question):
        word = lexicon.formal(next(text.words(question[token.start : token.end]), ""))
        if word not in lexicon.QUESTION_WORDS:
            found.append((word, token.term))
    return found


def _missing_idf(index: Index) -> float:
    # A word the articles never use weighs as much as the rarest possible one.
    return index.idf("\x00never-indexed") if index.size else 1.0


def _concept(word: str, term: str, index: Index, missing: float) -> Concept | None:
    alternatives = [term]
    weights = [1.0]
    if index.doc_freq(term) == 0:
        resolved = spelling.resolve(word, term, index)
        if resolved is spelling.DROP:
            return None
        if resolved is not None:
            alternatives, weights = [resolved.term], [resolved.weight]
    for synonym in synonyms(alternatives[0]):
        if synonym not in alternatives:
            alternatives.append(synonym)
            weights.append(SYNONYM_WEIGHT)
    present = [a for a in alternatives if index.doc_freq(a) > 0]
    idf = index.idf(present[0]) if present else missing
    return Concept(word, term, tuple(alternatives), tuple(weights), idf)


def synonyms(term: str) -> list[str]:
    """Terms of the thesaurus groups that `term` belongs to (single words only stand for phrases)."""
    out: list[str] = []
    for group in _term_groups():
        if any(term in phrase for phrase in group):
            out.extend(t for phrase in group for t in phrase if t != term)
    return list(dict.fromkeys(out))


@cache
def _term_groups() -> tuple[tuple[tuple[str, ...], ...], ...]:
    return tuple(
        tuple(tuple(text.terms(phrase)) for phrase in group if text.terms(phrase))
        for group in lexicon.synonym_groups()
    )
