"""A paragraph's tokens and sentence spans, worked out once when it is indexed and stored with it.

Reading a candidate paragraph at answer time used to mean tokenising it and splitting it into
sentences (about 0.15 ms each, for ~40 paragraphs a question). The index's worker processes do both
while they have the paragraph anyway, and keep the result packed next to it (in the index's stored
fields and the file cache): an answer then unpacks it instead, and gets exactly what tokenising and
splitting the same text gives. Whatever is stored here goes stale with the code that made it, so a
change to the tokeniser or to `sentence_spans` must bump the file cache's SCHEMA (index/cache.py).

So are the terms an answer reads around the paragraph: those of the paragraph before it (its antecedent)
and of its frame (heading, the article's title and month). Tokenising those for each of ~40 candidates
took a tenth of a cold answer's time; every candidate of every question reads them.
"""

from __future__ import annotations

from array import array
from collections.abc import Sequence

from retrieval.language import text
from retrieval.language.dates import date_words
from retrieval.language.sentences import sentence_spans

# Terms and folded words joined by a character the word pattern never takes into a word; the offsets
# (starts, ends, then sentence spans) as one array of unsigned 32-bit numbers: strings and bytes are
# what msgpack, pickle and SQLite carry cheapest, and split() and array() undo them at C speed. Then the
# terms of the antecedent and of the frame, joined alike (None if they were not worked out).
Packed = tuple[str, str, bytes, str | None, str | None]
Spans = tuple[tuple[int, int], ...]
Around = tuple[tuple[str, ...], tuple[str, ...]]  # the antecedent's terms, the frame's
_Terms = tuple[Sequence[str], Sequence[str]]
Words = tuple[str, ...] | str  # folded words, or as stored: joined by _SEPARATOR (see split_words)
JoinedColumns = tuple[tuple[str, ...], Words, tuple[int, ...], tuple[int, ...]]  # text.Columns, words joined
_SEPARATOR = "\x1f"
_OFFSET = "I"


def layout(paragraph: str) -> tuple[text.Columns, Spans]:
    """The paragraph's token columns (text.columns) and its sentence spans (sentence_spans, unmended)."""
    return text.columns(paragraph), tuple(sentence_spans(paragraph))


def frame(heading: str, title: str, date: str | None) -> str:
    """What frames a paragraph for an answer: its heading, its article's title and month (in words)."""
    return f"{heading}\n{title}\n{date_words(date)}"


def pack(columns: text.Columns, spans: Spans, around: _Terms | None = None) -> Packed:
    """The columns and spans as two strings and a run of numbers, then `around` joined (see Packed)."""
    terms, words, starts, ends = columns
    offsets = array(_OFFSET, starts)
    offsets.extend(ends)
    for start, end in spans:
        offsets.extend((start, end))
    before, framing = (None, None) if around is None else (_SEPARATOR.join(t) for t in around)
    return _SEPARATOR.join(terms), _SEPARATOR.join(words), offsets.tobytes(), before, framing


def around(packed: Packed) -> Around | None:
    """The terms of the antecedent and the frame as `pack` was given them (None if it was not)."""
    before, framing = packed[3:5] if len(packed) == 5 else (None, None)
    if not isinstance(before, str) or not isinstance(framing, str):
        return None
    return _split_terms(before), _split_terms(framing)


def _split_terms(joined: str) -> tuple[str, ...]:
    return tuple(joined.split(_SEPARATOR)) if joined else ()


def unpack(packed: Packed) -> tuple[text.Columns, Spans]:
    """What `pack` was given; raises ValueError if `packed` is not something it made."""
    (terms, words, starts, ends), spans = unpack_joined(packed)
    return (terms, split_words(words), starts, ends), spans


def unpack_joined(packed: Packed) -> tuple[JoinedColumns, Spans]:
    """`unpack`, the folded words left as stored (split_words splits them): an answer reads them only
    for the few spans it quotes, and splitting every candidate's cost ~0.1 ms a question at 100k."""
    if len(packed) != 5:  # a layout stored in an older form
        raise ValueError("a stored paragraph layout does not match its tokens")
    joined_terms, joined_words, raw = packed[:3]
    terms = _split_terms(joined_terms)
    words: Words = joined_words if terms else ()
    offsets = array(_OFFSET)
    offsets.frombytes(raw)
    count = len(terms)
    # As many words as split_words would give: one more than the separators.
    word_count = joined_words.count(_SEPARATOR) + 1 if terms else 0
    if word_count != count or len(offsets) < 2 * count or (len(offsets) - 2 * count) % 2:
        raise ValueError("a stored paragraph layout does not match its tokens")
    starts, ends = tuple(offsets[:count]), tuple(offsets[count : 2 * count])
    flat = offsets[2 * count :]
    spans = tuple(zip(flat[::2], flat[1::2], strict=True))
    return (terms, words, starts, ends), spans


def split_words(words: Words) -> tuple[str, ...]:
    """The folded words of `unpack_joined`, one a token."""
    return tuple(words.split(_SEPARATOR)) if isinstance(words, str) else words
