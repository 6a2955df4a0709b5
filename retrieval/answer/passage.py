"""A candidate paragraph read once: its tokens, its sentences and their terms, reused by every later stage."""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass
from functools import cached_property, lru_cache

from retrieval.language import text
from retrieval.language.sentences import sentence_spans
from retrieval.language.text import Token

# Paragraphs kept read: a question reads 20, and popular ones recur across questions. About 25 KB each.
PASSAGES = 4096


@dataclass(frozen=True, slots=True)
class Sentence:
    """One sentence of a passage: its span in the paragraph (characters), its text and its terms."""

    start: int
    end: int
    terms: frozenset[str]
    text: str


@dataclass(frozen=True)
class Passage:
    """A paragraph's tokens, column by column (offsets into `text`); sentences are split when asked for.

    Columns of plain strings and ints, not a Token object per word: a cache of thousands of passages
    would otherwise hold hundreds of thousands of objects for the garbage collector to walk.
    """

    text: str
    terms: tuple[str, ...]
    words: tuple[str, ...]
    starts: tuple[int, ...]
    ends: tuple[int, ...]

    @cached_property
    def term_set(self) -> frozenset[str]:
        """Every term of the paragraph: the union of its sentences' terms."""
        return frozenset(self.terms)

    @cached_property
    def sentences(self) -> tuple[Sentence, ...]:
        """The sentences, each with the terms of the tokens that start inside it (one sentence at least)."""
        spans = sentence_spans(self.text) or [(0, len(self.text))]
        buckets: list[set[str]] = [set() for _ in spans]
        at = 0
        for term, start in zip(self.terms, self.starts, strict=True):
            while at + 1 < len(spans) and start >= spans[at][1]:
                at += 1
            buckets[at].add(term)
        return tuple(
            Sentence(a, b, frozenset(terms), self.text[a:b])
            for (a, b), terms in zip(spans, buckets, strict=True)
        )

    def tokens_of(self, start: int, end: int) -> list[Token]:
        """The tokens of `text[start:end]` as tokenising that slice alone gives them, offsets into the slice.

        They are the paragraph's own tokens whenever that is provably the same; otherwise (a word cut by
        the span, "United States" across its edge, Cyrillic, whose language is guessed per text) the
        slice is tokenised again.
        """
        if self._cyrillic:
            return text.tokens(self.text[start:end])
        first = bisect_left(self.ends, start + 1)  # the first token ending after the span starts
        last = bisect_left(self.starts, end)  # the first token starting at or after its end
        if first < last and (self.starts[first] < start or self.ends[last - 1] > end):
            return text.tokens(self.text[start:end])
        return [
            Token(self.terms[i], self.starts[i] - start, self.ends[i] - start, self.words[i])
            for i in range(first, last)
        ]

    @cached_property
    def _cyrillic(self) -> bool:
        # Whether a Cyrillic word is Ukrainian or Russian is voted on over the whole text tokenised.
        return not self.text.isascii() and text.has_cyrillic(self.text)


@lru_cache(maxsize=PASSAGES)
def read(paragraph: str) -> Passage:
    """The paragraph tokenised once (memoised by its text: the same paragraph answers many questions)."""
    found = text.tokens(paragraph)
    return Passage(
        paragraph,
        tuple(t.term for t in found),
        tuple(t.word for t in found),
        tuple(t.start for t in found),
        tuple(t.end for t in found),
    )
