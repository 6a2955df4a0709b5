"""From a question to weighted search terms: content words, spelling fixes and thesaurus expansion."""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import cache, cached_property

from retrieval.answer import salience, spelling
from retrieval.index.bm25 import Index, lucene_idf
from retrieval.language import lexicon, text

SYNONYM_WEIGHT = 0.5
MAX_CONCEPTS = 32  # a question with more content words than this is searched by its first ones
PHRASE_SHARE = 0.5  # each word of a synonym phrase, searched alone
# A word the articles never use, bridged to related words they do use ("quit" -> "resign"): weaker than
# an exact match, and only a few, since WordNet lists rarer senses too (news_dev.json scores the same
# from 0.25 to 1.0: half is a guess at how much a related word should count).
BRIDGE_WEIGHT = 0.5
BRIDGES = 4
OPTIONAL_SHARE = 0.5  # the weight in the question's IDF mass of an everyday word no article uses


@dataclass(frozen=True)
class Concept:
    """One thing the question asks about: a word, and the index terms that can stand for it."""

    word: str
    term: str
    alternatives: tuple[str, ...]  # the term itself first, then corrections and synonyms
    weights: tuple[float, ...]
    idf: float  # the folder's IDF of the word
    # How much the word counts in scoring a sentence, and in deciding whether a passage covers the
    # question (retrieval/answer/salience.py: neither moves much as the folder grows).
    weight: float
    mass: float
    # An everyday word the articles never use and nothing bridges ("job", "flatmate"): one such word
    # does not sink a question whose other words match.
    optional: bool = False

    @cached_property
    def searched(self) -> tuple[tuple[str, float, tuple[str, ...] | None], ...]:
        """(alternative, weight, a phrase's words or None) for each alternative, as sentences match them.

        A phrase ("arm forc" for "armed forces") matches a sentence only with all its words.
        """
        return tuple(
            (a, w, tuple(a.split()) if " " in a else None)
            for a, w in zip(self.alternatives, self.weights, strict=True)
        )

    @cached_property
    def top_weight(self) -> float:
        """The weight of the concept's best alternative."""
        return max(self.weights, default=0.0)


@dataclass(frozen=True)
class Query:
    """The parsed question."""

    concepts: tuple[Concept, ...]
    words: frozenset[str] = frozenset()  # every folded word of the question
    own: frozenset[str] = frozenset()  # the question's own index terms, before corrections and synonyms

    def weights(self) -> dict[str, float]:
        """Every alternative term with the largest weight any concept gives it."""
        out: dict[str, float] = {}
        for concept in self.concepts:
            for alternative, weight in zip(concept.alternatives, concept.weights, strict=True):
                # A phrase ("arm forc" for "armed forces") searches for each of its words, more weakly.
                share = 1.0 if " " not in alternative else PHRASE_SHARE
                for term in alternative.split():
                    out[term] = max(out.get(term, 0.0), weight * share)
        return out

    @cached_property
    def terms(self) -> frozenset[str]:
        """Every index term the question stands for: its words, corrections, synonyms, phrase words."""
        return frozenset(t for c in self.concepts for a in c.alternatives for t in a.split())

    @cached_property
    def asked_terms(self) -> frozenset[str]:
        """Every term the question holds or stands for: a sentence must add something to these."""
        return self.terms | self.own

    @cached_property
    def total(self) -> float:
        """The coverage mass of everything asked; an optional word counts half."""
        return sum(c.mass * (OPTIONAL_SHARE if c.optional else 1.0) for c in self.concepts) or 1.0

    @cached_property
    def total_weight(self) -> float:
        """The scoring weight of everything asked; an optional word counts half."""
        return sum(c.weight * (OPTIONAL_SHARE if c.optional else 1.0) for c in self.concepts) or 1.0


def parse(question: str, index: Index, framing: frozenset[str] = frozenset()) -> Query:
    """Content terms of `question`, corrected against the index and expanded with synonyms.

    `framing` holds folded words that only name the answer type ("long" in "how long"): not searched.
    The question is tokenised once; its words, terms and concepts all come from that one pass.
    """
    # A word the articles never use weighs as much as the rarest possible one: Lucene's IDF of df=0.
    missing_idf = lucene_idf(index.size, 0) if index.size else 1.0
    found = text.every_token(question)
    unique: dict[str, str] = {}
    for word, term in _content_tokens(found):
        if word in framing:
            continue
        if len(unique) >= MAX_CONCEPTS:
            break
        unique.setdefault(term, word)
    concepts = (_concept(word, term, index, missing_idf) for term, word in unique.items())
    asked = frozenset(text.folded_words(question, found))
    own = frozenset(token.term for token in found if token.term)
    return Query(tuple(c for c in concepts if c is not None), asked, own)


def _content_tokens(found: list[text.Token]) -> list[tuple[str, str]]:
    content = []
    for token in found:
        if not token.term:
            continue
        word = lexicon.formal(token.word)
        country = token.term in ("america", "britain")  # "US", "UK": not the pronoun "us"
        if country or (word not in lexicon.QUESTION_WORDS and word not in lexicon.INLINE_CHAT):
            content.append((word, token.term))
    return content


def _concept(word: str, term: str, index: Index, missing: float) -> Concept | None:
    alternatives = [term]
    weights = [1.0]
    if index.doc_freq(term) == 0:
        resolved = spelling.resolve(word, term, index)
        if resolved is spelling.DROP:
            return None
        bridged = _bridge(word, term, index)
        if bridged:
            alternatives += bridged
            weights += [BRIDGE_WEIGHT] * len(bridged)
        elif resolved is not None:
            alternatives, weights = [resolved.term], [resolved.weight]
    if not lexicon.is_common_word(word) or word in lexicon.PROPER_NOUNS:
        # One name, several romanisations across outlets: each is the name itself.
        for other in spelling.other_spellings(alternatives[0], index):
            if other not in alternatives:
                alternatives.append(other)
                weights.append(weights[0])
    for synonym in synonyms(alternatives[0]):
        if synonym not in alternatives:
            alternatives.append(synonym)
            weights.append(SYNONYM_WEIGHT)
    present = [a for a in alternatives if indexed(a, index)]
    idf = min(index.idf(t) for t in present[0].split()) if present else missing
    # A name the articles never mention ("Japan") is never optional: only an everyday word may be missing.
    optional = not present and lexicon.is_common_word(word) and word not in lexicon.PROPER_NOUNS
    weighed = _weighed(word, term, alternatives[0], bool(present))
    doc_freq = max(index.doc_freq(t) for t in present[0].split()) if present else 0
    weight, mass = salience.ranking(weighed, doc_freq), salience.coverage(weighed, idf)
    return Concept(word, term, tuple(alternatives), tuple(weights), idf, weight, mass, optional)


def _weighed(word: str, term: str, first: str, present: bool) -> str:
    """The word whose salience the concept takes: a typo the word it stands for ("ukranian" is
    "ukrainian"), a word the articles never use "" (it weighs the most)."""
    if not present:
        return ""
    if first != term:
        return spelling.closest_english(word) or word
    return word


def indexed(alternative: str, index: Index) -> bool:
    """True if the index holds the alternative: a term, or every word of a phrase ("arm forc")."""
    return all(index.doc_freq(term) > 0 for term in alternative.split())


def _bridge(word: str, term: str, index: Index) -> list[str]:
    """Index terms WordNet relates to an everyday word the articles never use (never for names)."""
    if not lexicon.is_common_word(word):
        return []
    found = []
    for related in lexicon.related_words(term):
        terms = text.terms(related)
        if len(terms) == 1 and index.doc_freq(terms[0]) > 0 and terms[0] not in found:
            found.append(terms[0])
    return found[:BRIDGES]


def synonyms(term: str) -> list[str]:
    """The other members of the thesaurus groups `term` belongs to, a phrase as its terms joined by spaces.

    A phrase ("arm forc", for "armed forces") matches a sentence only with all its words: "arm" alone is
    a weapon.
    """
    out: list[str] = []
    for group in _term_groups():
        if (term,) in group:
            out.extend(" ".join(phrase) for phrase in group if phrase != (term,))
    return list(dict.fromkeys(out))


@cache
def _term_groups() -> tuple[tuple[tuple[str, ...], ...], ...]:
    return tuple(
        tuple(tuple(text.terms(phrase)) for phrase in group if text.terms(phrase))
        for group in lexicon.synonym_groups()
    )


# "What did X say about Y after Z": the article's lead names X and Z in its own words, the sentence that
# answers holds Y and has X and Z from its title and neighbours. So X and Z weigh this share in choosing
# the sentence (the search and the coverage test are as before). Tuned on news_dev.json and real news.
SETTING_SHARE = 0.5


def discounted(parsed: Query, setting: frozenset[str]) -> Query:
    """The query with the concepts of `setting` (question.Question.setting) weighing SETTING_SHARE."""
    if not setting:
        return parsed
    concepts = tuple(
        replace(c, weight=c.weight * SETTING_SHARE) if c.term in setting else c for c in parsed.concepts
    )
    return replace(parsed, concepts=concepts)
