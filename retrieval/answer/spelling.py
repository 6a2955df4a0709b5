"""What to do with a question word the articles never use: a typo, a chat word, or part of a compound."""

from __future__ import annotations

import re
import weakref
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Any

import numpy as np
from rapidfuzz import process
from rapidfuzz.distance import OSA

from retrieval.index.bm25 import Index
from retrieval.language import lexicon, text

CORRECTION_WEIGHT = 0.8
COMPOUND_WEIGHT = 0.6
MIN_COMPOUND = 4
ENGLISH_WORDS = 50_000


@dataclass(frozen=True)
class Resolved:
    """The index term that stands in for an unknown word, at a reduced weight."""

    term: str
    weight: float


_FIGURE = re.compile(r"\d+(?=[a-z]+$)")
DROP = Resolved("", 0.0)  # the word was a misspelt function word ("agianst", "wil"): ignore it


def resolve(word: str, term: str, index: Index) -> Resolved | None:
    """A stand-in for `term` (unknown to the index), DROP to ignore the word, or None: truly missing."""
    if term.isdigit() or len(word) < 3:
        return None
    if any(ch.isdigit() for ch in term):
        # "€90bn" is not a typo of "92bn": a figure with its unit run on stands for the figure, if told.
        figure = _FIGURE.match(term)
        known = figure is not None and index.doc_freq(figure.group()) > 0
        return Resolved(figure.group(), CORRECTION_WEIGHT) if figure and known else None
    if _misspelt_function_word(word):
        return DROP
    if lexicon.is_common_word(word):
        # A real word the articles never use ("cost", "crimes") is not a typo of one they do.
        return _compound(term, index)
    # Everything a typo is checked against, loaded at once: one slow first typo, not one slow question
    # for each table (the index's romanisation keys, the English word list).
    _keys(index)
    _english()
    return (
        _run_together(word, index)
        or _from_names(term, index)
        or _one_edit_english(word, index)
        or _from_index(term, index)
        or _from_english(word, index)
        or _compound(term, index)
    )


# Romanisations of one Ukrainian or Russian name differ in predictable letters: Yermak/Ermak,
# Zaporizhzhia/Zaporozhye, Kyrylo/Kirill, Zelensky/Zelenskyy/Zelenskiy, Dmitriev/Dmitriyev, -ov/-off.
_ROMANISATION = (
    (re.compile(r"shch|sch"), "sh"),
    (re.compile(r"zh"), "z"),
    (re.compile(r"kh"), "h"),
    (re.compile(r"g(?=[aeiouy])"), "h"),
    (re.compile(r"t[sz]"), "c"),
    (re.compile(r"ck"), "k"),
    (re.compile(r"ph"), "f"),
    (re.compile(r"w"), "v"),
    (re.compile(r"[yj]"), "i"),
    (re.compile(r"off$"), "ov"),
    (re.compile(r"^i(?=[eaou])"), ""),
    (re.compile(r"(?<=[aeiou])i(?=[eaou])"), ""),
    # The Russian -ey and the Ukrainian -iy of one name (Андрей, Андрій): Andrey/Andriy, Sergey/Serhiy.
    (re.compile(r"(?<=\w\w)ei$"), "i"),
    (re.compile(r"(.)\1+"), r"\1"),
)
NAME_WEIGHT = 0.9


def same_name(term: str, other: str) -> bool:
    """True if two terms may romanise one name: the same first letter and keys one or two edits apart
    ("zaporozhye" and "zaporizhzhia")."""
    if other[:1] != term[:1] or abs(len(other) - len(term)) > 3 or len(term) < 4:
        return False
    key = romanisation_key(term)
    return OSA.distance(key, romanisation_key(other)) <= (1 if len(key) < 8 else 2)


@lru_cache(maxsize=100_000)
def romanisation_key(term: str) -> str:
    """One spelling for the romanisations of a Slavic name: "yermak" and "ermak" both give "ermak"."""
    key = term.casefold()
    for pattern, replacement in _ROMANISATION:
        key = pattern.sub(replacement, key)
    return key


def _from_names(term: str, index: Index) -> Resolved | None:
    """The indexed name spelt another way: same romanisation key, or one or two letters off it."""
    if len(term) < 4 or not term.isalpha():
        return None
    keys, listed = _keys(index)
    key = romanisation_key(term)
    found = keys.get(key)
    if found is None and len(key) >= 6:
        limit = 1 if len(key) < 8 else 2
        near = process.extract(key, listed.near(key, limit), scorer=OSA.distance, score_cutoff=limit, limit=5)
        found = keys.get(min(near, key=lambda m: m[1])[0]) if near else None
    return Resolved(found[0], NAME_WEIGHT) if found else None


def other_spellings(term: str, index: Index) -> tuple[str, ...]:
    """The indexed terms that romanise `term`'s name another way ("zelenski": "zelenskyy", "zelenskiy"),
    commonest first; () for a term too short to tell or with none."""
    if len(term) < 4 or not term.isalpha():
        return ()
    keys, _ = _keys(index)
    return tuple(other for other in keys.get(romanisation_key(term), ()) if other != term)


def vowel_spellings(term: str, index: Index) -> tuple[str, ...]:
    """The indexed names that romanise `term`'s name with a vowel or two changed ("zaporozhy":
    "zaporizhzhia"), beyond other_spellings' own key; () for a term too short to tell or with none."""
    if len(term) < 4 or not term.isalpha():
        return ()
    keys, listed = _keys(index)
    return tuple(other for other in _vowel_variants(romanisation_key(term), keys, listed) if other != term)


_VOWELS = re.compile(r"[aeiou]")


def _vowel_variants(key: str, keys: dict[str, tuple[str, ...]], listed: _ByLength) -> list[str]:
    """The indexed names whose keys differ from `key` only in a vowel or two, as one name's Russian and
    Ukrainian romanisations do (Zaporozhye/Zaporizhzhia, Kharkov/Kharkiv): a consonant changed or dropped
    is another name (Dmitriev/Dmitri). Everyday words are left out ("plant" is not "planet")."""
    if len(key) < 6:
        return []
    limit = 1 if len(key) < 8 else 2
    skeleton = _VOWELS.sub("", key)
    near = process.extract(key, listed.near(key, limit), scorer=OSA.distance, score_cutoff=limit, limit=None)
    return [
        other
        for match in near
        if match[1] > 0 and _VOWELS.sub("", match[0]) == skeleton and match[0][:1] == key[:1]
        for other in keys[match[0]]
        if not lexicon.is_common_word(other)
    ]


MAX_EDITS = 2  # the most edits (OSA distance) a typo is corrected across


class _ByLength:
    """A word list, and the words that may lie within MAX_EDITS letters of a given word, in the list's order.

    A word `limit` edits (OSA distance) from another differs from it in length by at most `limit`, in the
    set of letters it uses by at most 2 * `limit` letters, and in its letter counts by at most 2 * `limit`
    in all (an insertion or deletion changes one count by one, a substitution two, a transposition none).
    The three bounds are checked at numpy speed, cheapest first, before rapidfuzz compares the few words
    left (about 1 in 300 of the English list): it then finds the same matches and, since it orders equal
    distances by their position in the list, in the same order as over the whole list.
    """

    def __init__(self, words: Sequence[str]) -> None:
        self._words = list(words)
        lengths = np.fromiter(map(len, self._words), dtype=np.int64, count=len(self._words))
        self._counts = _letter_counts(self._words, lengths)
        masks = _masks(self._counts)
        # For each length and limit: the words in reach by length, and their letter sets, side by side.
        self._near: dict[tuple[int, int], tuple[np.ndarray[Any, Any], np.ndarray[Any, Any]]] = {}
        for length in np.unique(lengths).tolist():
            for limit in range(1, MAX_EDITS + 1):
                for near_length in range(length - limit, length + limit + 1):
                    if (near_length, limit) not in self._near:
                        window = np.flatnonzero(np.abs(lengths - near_length) <= limit)
                        self._near[(near_length, limit)] = (window, masks[window])

    def near(self, word: str, limit: int) -> list[str]:
        """The words whose length and letters allow `limit` (1 to MAX_EDITS) edits from `word`."""
        found = self._near.get((len(word), limit))
        if found is None or not len(found[0]):
            return []
        window, masks = found
        own = _letter_counts([word], np.array([len(word)]))
        window = window[np.bitwise_count(masks ^ _masks(own)[0]) <= 2 * limit]
        apart = np.abs(self._counts[window] - own[0]).sum(axis=1)
        return [self._words[i] for i in window[apart <= 2 * limit].tolist()]


# Letters are counted in 32 bins by their code point (a to z fall in bins of their own): two words whose
# bins differ by more than 2 * limit differ by more in their letters too.
_BINS = 32
_BIT = np.left_shift(np.uint32(1), np.arange(_BINS, dtype=np.uint32))


def _letter_counts(words: Sequence[str], lengths: np.ndarray[Any, Any]) -> np.ndarray[Any, Any]:
    """For each word, how many of its letters fall in each bin (a row of _BINS small numbers)."""
    codes = np.frombuffer("".join(words).encode("utf-32-le", "surrogatepass"), dtype=np.uint32) % _BINS
    rows = np.repeat(np.arange(len(words)), lengths)
    flat = np.bincount(rows * _BINS + codes, minlength=len(words) * _BINS)
    return flat.reshape(len(words), _BINS).astype(np.int16)


def _masks(counts: np.ndarray[Any, Any]) -> np.ndarray[Any, Any]:
    """Each word's bins that hold a letter, as the bits of one number."""
    masks: np.ndarray[Any, Any] = np.bitwise_or.reduce(np.where(counts > 0, _BIT, np.uint32(0)), axis=1)
    return masks


# One entry: the live index's keys and vocabulary by length. Replaced whole by one assignment, never
# changed in place, so a reader on another thread (answers run while the folder is re-indexed) always
# sees a complete entry.
_KEYS: tuple[weakref.ref[Index] | None, dict[str, tuple[str, ...]], _ByLength, _ByLength] = (
    None,
    {},
    _ByLength(()),
    _ByLength(()),
)


def _keys(index: Index) -> tuple[dict[str, tuple[str, ...]], _ByLength]:
    """Romanisation key -> the indexed terms with it, commonest first, and the keys listed; once per index
    (0.07 s for the 46k terms of 100k paragraphs)."""
    held = _tables(index)
    return held[1], held[2]


def _vocabulary(index: Index) -> _ByLength:
    """The index's vocabulary by length; once per index."""
    return _tables(index)[3]


def _tables(
    index: Index,
) -> tuple[weakref.ref[Index] | None, dict[str, tuple[str, ...]], _ByLength, _ByLength]:
    global _KEYS  # noqa: PLW0603 - a one-entry cache, swapped atomically
    held = _KEYS
    if held[0] is not None and held[0]() is index:
        return held
    grouped: dict[str, list[str]] = {}
    vocabulary = index.vocabulary()
    for term in vocabulary:
        if term.isalpha() and len(term) >= 4:
            grouped.setdefault(romanisation_key(term), []).append(term)
    keys = {key: tuple(sorted(same, key=lambda t: (-index.doc_freq(t), t))) for key, same in grouped.items()}
    # weak: a replaced index is not kept alive
    _KEYS = held = (weakref.ref(index), keys, _ByLength(list(keys)), _ByLength(vocabulary))
    return held


def prepare(index: Index) -> None:
    """Build the tables a typo is checked against (the English word list, `index`'s vocabulary and name
    keys) now, not on the first typo: about 0.6 s at 100k paragraphs."""
    _english()
    _tables(index)


def _from_index(term: str, index: Index) -> Resolved | None:
    """The indexed term one or two edits away (names: "crimia" is "crimea"), the commonest first."""
    if len(term) < 4:
        return None
    limit = 1 if len(term) < 8 else 2
    near = _vocabulary(index).near(term, limit)
    matches = process.extract(term, near, scorer=OSA.distance, score_cutoff=limit, limit=20)
    if not matches:
        return None
    best = min(matches, key=lambda m: (m[1], -index.doc_freq(m[0])))
    return Resolved(str(best[0]), CORRECTION_WEIGHT)


def _from_english(word: str, index: Index) -> Resolved | None:
    """Typos of everyday words change their stem ("electricty"): correct the word, then stem it."""
    fixed = closest_english(word)
    return None if fixed is None else _indexed(fixed, index)


def _one_edit_english(word: str, index: Index) -> Resolved | None:
    """The everyday word one edit from `word` that the articles use most, tried before the index's terms.

    A stem hides where a typo is ("replce" stems to "replc", one edit from both "repli", reply, and "replac",
    replace); the word does not (it is one edit from "replace" only). Among several ("talsk": talk, task,
    talks) the articles' own commonest wins, not English's."""
    if len(word) < 5:
        return None
    near = _english().near(word, 1)
    matches = process.extract(word, near, scorer=OSA.distance, score_cutoff=1, limit=None)
    # A question's framing word in reach ("talk" for "talsk") says nothing of the articles' words.
    words = [str(m[0]) for m in matches if m[0] not in lexicon.QUESTION_WORDS]
    if words and words[0] in lexicon.STOP_WORDS:  # the commonest word in reach is a function word ("thier")
        return DROP
    found = [r for r in (_indexed(w, index) for w in words) if r is not None and r is not DROP]
    return max(found, key=lambda r: index.doc_freq(r.term), default=None)


def _indexed(fixed: str, index: Index) -> Resolved | None:
    """DROP for a function or framing word, else `_as_indexed`."""
    if fixed in lexicon.STOP_WORDS or fixed in lexicon.QUESTION_WORDS:
        return DROP
    return _as_indexed(fixed, index)


def _as_indexed(word: str, index: Index) -> Resolved | None:
    """The indexed term of a corrected word, at the weight of a correction; None if the articles lack it."""
    terms = text.terms(word)
    return Resolved(terms[0], CORRECTION_WEIGHT) if terms and index.doc_freq(terms[0]) > 0 else None


def closest_english(word: str) -> str | None:
    """The everyday English word one or two edits from `word` ("ukranian" is "ukrainian"), if any."""
    if len(word) < 5:
        return None
    limit = 1 if len(word) < 8 else 2
    match = process.extractOne(word, _english().near(word, limit), scorer=OSA.distance, score_cutoff=limit)
    return None if match is None else str(match[0])


MIN_SPLIT = 3  # the shortest word a run-together pair is split into beside a function word


def _run_together(word: str, index: Index) -> Resolved | None:
    """A function word typed onto the word beside it ("thephone", "ofthe"): the other word's indexed term,
    or DROP when both are function words. Not two content words: "macron" is no "mac" and "ron"."""
    # A one-letter function word ("a", "i", "s") would split names: "Adana" is no "a dana".
    for cut in range(2, len(word) - 1):
        left, right = word[:cut], word[cut:]
        if left in lexicon.STOP_WORDS and right in lexicon.STOP_WORDS:
            return DROP if len(word) >= MIN_SPLIT + 2 else None  # "ofthe"; not "ando", a name
        for stop, other in ((left, right), (right, left)):
            if stop in lexicon.STOP_WORDS and len(other) >= MIN_SPLIT and lexicon.is_common_word(other):
                found = _as_indexed(other, index)
                if found is not None:
                    return found
    return None


def _misspelt_function_word(word: str) -> bool:
    # "wil" is a typo of a word that carries no meaning; it must not sink the question. "won" is a word.
    if len(word) > 4 or lexicon.is_common_word(word, threshold=4.0):
        return False
    similar = (stop for stop in lexicon.STOP_WORDS if len(word) <= len(stop) <= len(word) + 1)
    return any(OSA.distance(word, stop) <= 1 for stop in similar)


def _compound(term: str, index: Index) -> Resolved | None:
    """A word inside an indexed compound: "shut" in "shutdown", "cease" in "ceasefire"."""
    if len(term) < MIN_COMPOUND:
        return None
    longer = [t for t in index.vocabulary() if t.startswith(term) and len(t) >= len(term) + 3]
    if not longer:
        return None
    return Resolved(max(longer, key=index.doc_freq), COMPOUND_WEIGHT)


@cache
def _english() -> _ByLength:
    from wordfreq import top_n_list  # noqa: PLC0415 - a word list; loaded on the first unknown word

    return _ByLength([w for w in top_n_list("en", ENGLISH_WORDS) if w.isalpha()])
