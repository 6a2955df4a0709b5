"""A paragraph's tokens and sentence spans, worked out once when it is indexed and stored with it.

Reading a candidate paragraph at answer time used to mean tokenising it and splitting it into
sentences (about 0.15 ms each, for ~40 paragraphs a question). The index's worker processes do both
while they have the paragraph anyway, and keep the result packed next to it (in the index's stored
fields and the file cache): an answer then unpacks it instead, and gets exactly what tokenising and
splitting the same text gives. Whatever is stored here goes stale with the code that made it, so a
change to the tokeniser or to `sentence_spans` must bump the file cache's SCHEMA (index/cache.py).
"""

from __future__ import annotations

from array import array

from retrieval.language import text
from retrieval.language.sentences import sentence_spans

# Terms and folded words joined by a character the word pattern never takes into a word; the offsets
# (starts, ends, then sentence spans) as one array of unsigned 32-bit numbers: strings and bytes are
# what msgpack, pickle and SQLite carry cheapest, and split() and array() undo them at C speed.
Packed = tuple[str, str, bytes]
Spans = tuple[tuple[int, int], ...]
_SEPARATOR = "\x1f"
_OFFSET = "I"


def layout(paragraph: str) -> tuple[text.Columns, Spans]:
    """The paragraph's token columns (text.columns) and its sentence spans (sentence_spans, unmended)."""
    return text.columns(paragraph), tuple(sentence_spans(paragraph))


def pack(columns: text.Columns, spans: Spans) -> Packed:
    """The columns and spans as two strings and a run of numbers (see Packed)."""
    terms, words, starts, ends = columns
    offsets = array(_OFFSET, starts)
    offsets.extend(ends)
    for start, end in spans:
        offsets.extend((start, end))
    return _SEPARATOR.join(terms), _SEPARATOR.join(words), offsets.tobytes()


def unpack(packed: Packed) -> tuple[text.Columns, Spans]:
    """What `pack` was given; raises ValueError if `packed` is not something it made."""
    joined_terms, joined_words, raw = packed
    terms = tuple(joined_terms.split(_SEPARATOR)) if joined_terms else ()
    words = tuple(joined_words.split(_SEPARATOR)) if terms else ()
    offsets = array(_OFFSET)
    offsets.frombytes(raw)
    count = len(terms)
    if len(words) != count or len(offsets) < 2 * count or (len(offsets) - 2 * count) % 2:
        raise ValueError("a stored paragraph layout does not match its tokens")
    starts, ends = tuple(offsets[:count]), tuple(offsets[count : 2 * count])
    flat = offsets[2 * count :]
    spans = tuple(zip(flat[::2], flat[1::2], strict=True))
    return (terms, words, starts, ends), spans
