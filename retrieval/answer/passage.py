"""A candidate paragraph read once: its tokens, its sentences and their terms, reused by every later stage.

A paragraph the index stored no layout for is tokenised once and remembered between questions as plain
data (tuples of strings and numbers in a dict), which the garbage collector stops walking once it has
seen it; one with a stored layout is unpacked again instead (see read). The objects a question reads it
through (Passage, Sentence) live only as long as that question.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cached_property
from typing import NamedTuple

from retrieval.language import layout, prose, text
from retrieval.language.sentences import sentence_spans
from retrieval.language.text import Token

# Paragraphs kept read: a question reads 20, and popular ones recur across questions (about 25 KB each).
PASSAGES = 4096

_Spans = tuple[tuple[int, int, tuple[str, ...]], ...]  # (start, end, terms) of each sentence
# terms, folded words, starts, ends of the paragraph's tokens; its sentences once split (else None).
_Read = tuple[tuple[str, ...], tuple[str, ...], tuple[int, ...], tuple[int, ...], _Spans | None]
_READ: dict[str, _Read] = {}
# A stored layout unpacked: as _Read, its words left joined (layout.unpack_joined).
_Stored = tuple[tuple[str, ...], layout.Words, tuple[int, ...], tuple[int, ...], _Spans]


class Sentence(NamedTuple):
    """One sentence of a passage: its span in the paragraph (characters), its text and its terms.

    A named tuple, not a frozen dataclass: one is made for each sentence of the ~40 paragraphs a question
    reads, in half the time (a frozen dataclass sets each field through object.__setattr__).
    """

    start: int
    end: int
    terms: frozenset[str]
    text: str
    # A photo credit ("Photo: Wire / Name", "(Wire)"): the sentence before it is a caption. Told once here:
    # an answer asks it of each sentence's neighbours, ~450 times a question at the 100k bench.
    credit: bool


@dataclass(frozen=True)
class Passage:
    """A paragraph's tokens, column by column (offsets into `text`); sentences are split when asked for."""

    text: str
    terms: tuple[str, ...]
    # The folded words (`words`), as stored until a quoted span needs them. Not compared: they follow
    # from the text, joined or not.
    stored_words: layout.Words = field(repr=False, compare=False)
    starts: tuple[int, ...]
    ends: tuple[int, ...]
    split: _Spans | None = field(default=None, repr=False, compare=False)  # the sentences, if known

    @cached_property
    def words(self) -> tuple[str, ...]:
        """The folded words, one a token."""
        return layout.split_words(self.stored_words)

    @cached_property
    def term_set(self) -> frozenset[str]:
        """Every term of the paragraph: the union of its sentences' terms."""
        return frozenset(self.terms)

    @cached_property
    def sentences(self) -> tuple[Sentence, ...]:
        """The sentences, each with the terms of the tokens that start inside it (one sentence at least)."""
        spans = self.split if self.split is not None else _sentences(self)
        return tuple(
            Sentence(a, b, frozenset(terms), sentence, prose.is_credit(sentence))
            for a, b, terms in spans
            for sentence in (self.text[a:b],)
        )

    def tokens_of(self, start: int, end: int) -> list[Token]:
        """The tokens of `text[start:end]` as tokenising that slice alone gives them, offsets into the slice.

        They are the paragraph's own tokens whenever that is provably the same; otherwise (a word cut by
        the span, a stop word's included, "United States" across its edge, Cyrillic, whose language is
        guessed per text) the slice is tokenised again.
        """
        if self._cyrillic or text.cuts_word(self.text, start) or text.cuts_word(self.text, end):
            return text.tokens(self.text[start:end])
        first = bisect_left(self.ends, start + 1)  # the first token ending after the span starts
        last = bisect_left(self.starts, end)  # the first token starting at or after its end
        if first < last and (self.starts[first] < start or self.ends[last - 1] > end):
            return text.tokens(self.text[start:end])  # "United States" across an edge
        return [
            Token(self.terms[i], self.starts[i] - start, self.ends[i] - start, self.words[i])
            for i in range(first, last)
        ]

    @cached_property
    def _cyrillic(self) -> bool:
        # Whether a Cyrillic word is Ukrainian or Russian is voted on over the whole text tokenised.
        return not self.text.isascii() and text.has_cyrillic(self.text)


def read(paragraph: str, packed: layout.Packed | None = None) -> Passage:
    """The paragraph tokenised once (remembered by its text: the same paragraph answers many questions).

    `packed` is its layout as the index stored it: unpacking it is cheaper than tokenising and splitting.
    """
    known = _READ.get(paragraph)
    if known is None:
        stored = _stored(paragraph, packed) if packed is not None else None
        if stored is not None:
            # Unpacked again whenever it is read, not remembered: that costs less than the collector's
            # walk through a remembered paragraph's ~16 new tuples (a young collection per question, 0.3
            # ms, at the 100k bench, where only 13% of the paragraphs read recur).
            return Passage(paragraph, *stored[:4], split=stored[4])
        known = (*text.columns(paragraph), None)
        _remember(paragraph, known)
    return Passage(paragraph, *known[:4])


def _stored(paragraph: str, packed: layout.Packed) -> _Stored | None:
    """The stored layout read as tokenising and splitting would have given it (None if unreadable)."""
    try:
        (terms, words, starts, ends), spans = layout.unpack_joined(packed)
    except (ValueError, TypeError):
        return None  # worked out again: an unreadable layout costs time, never an answer
    return terms, words, starts, ends, _split(paragraph, terms, starts, spans)


def _sentences(passage: Passage) -> _Spans:
    """The passage's sentence spans and terms: split once, then remembered with its tokens."""
    known = _READ.get(passage.text)
    if known is not None and known[4] is not None:
        return known[4]
    split = _split(passage.text, passage.terms, passage.starts, sentence_spans(passage.text))
    _remember(passage.text, (passage.terms, passage.words, passage.starts, passage.ends, split))
    return split


def _split(
    paragraph: str, terms: tuple[str, ...], starts: tuple[int, ...], spans: Sequence[tuple[int, int]]
) -> _Spans:
    """Each sentence span with the terms of the tokens in it (the whole paragraph if it has none)."""
    spans = spans or [(0, len(paragraph))]
    # A token belongs to the first sentence it starts before the end of (the last takes the rest): the
    # cuts between sentences' tokens are found by bisection, and each sentence's terms sliced at C speed.
    # Repeats are kept: Passage.sentences makes a set of them anyway (dropping them here was a third of
    # this function's time, ~3 us a paragraph read).
    cuts = [bisect_left(starts, end) for _, end in spans[:-1]]
    bounds = zip([0, *cuts], [*cuts, len(terms)], strict=True)
    return tuple((a, b, terms[first:last]) for (a, b), (first, last) in zip(spans, bounds, strict=True))


def _remember(paragraph: str, known: _Read) -> None:
    # Cleared whole when full: cheaper than keeping an order, and a question's own paragraphs come back.
    if len(_READ) >= PASSAGES and paragraph not in _READ:
        _READ.clear()
    _READ[paragraph] = known


# What joins a paragraph to the opening of the next one in a quote of both: a line break, which
# `sentence_spans` always splits at, so neither sentence runs into the other.
JOIN = "\n"


def extended(passage: Passage, following: str) -> Passage:
    """The passage with the next paragraph's first sentence after it (Paragraph.following), as one more
    sentence: its columns are the two texts' own, the second's moved past the join. Only the short
    following sentence is tokenised (and remembered, as `read` does)."""
    after = read(following)
    shift = len(passage.text) + len(JOIN)
    terms = tuple(dict.fromkeys(after.terms))
    sentence = (shift, shift + len(following), terms)
    return Passage(
        passage.text + JOIN + following,
        passage.terms + after.terms,
        passage.words + after.words,
        passage.starts + tuple(s + shift for s in after.starts),
        passage.ends + tuple(e + shift for e in after.ends),
        split=(*((s.start, s.end, tuple(s.terms)) for s in passage.sentences), sentence),
    )
