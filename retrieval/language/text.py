"""Text normalisation, sentence splitting and the one tokeniser shared by documents and questions."""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections.abc import Iterator
from typing import NamedTuple, cast

from retrieval.language import lexicon

_QUOTES = str.maketrans(
    {
        "‘": "'",
        "’": "'",
        "‚": "'",
        "‛": "'",
        "′": "'",
        "`": "'",
        "´": "'",
        "“": '"',
        "”": '"',
        "„": '"',
        "‟": '"',
        "″": '"',
        "«": '"',
        "»": '"',
        "‐": "-",
        "‑": "-",
        "‒": "-",
        "–": "-",
        "—": "-",
        "―": "-",
        "−": "-",
        "\u00a0": " ",
        "\u202f": " ",
        "\u2009": " ",
    }
)
# Invisible format characters (Unicode category Cf: soft hyphen, zero-width space and joiners, word
# joiner, BOM, direction marks). Pasted text carries them inside words ("Cri\u200bmea"); they are never
# meaning, so a word runs on through them and its folded form drops them.
_FORMAT_CHARS = "\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff"
_FORMAT = re.compile(f"[{_FORMAT_CHARS}]")
# Control characters other than tab and newline carry no meaning in an article or a question.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")

# A figure written together with its unit ("€90bn", "$2.5bn", "£300m", "600k", "10km", "5pc") is two
# words, the figure and the unit, as a question writes them ("90 billion"): only these units, and only
# right after a figure ("10am", "5mm" and "I'm" stay whole).
_UNIT_WORDS = {
    "bn": "billion",
    "mn": "million",
    "tn": "trillion",
    "km": "kilometre",
    "pc": "percent",
}
# "m" and "k" alone are no words ("M. Dupont"): a unit only right after a figure ("£300m", "£5 m").
_BARE_UNITS = {"m": "million", "M": "million", "k": "thousand", "K": "thousand"}
_FIGURE_BEFORE_UNIT = r"\d+(?:[.,]\d+)*(?=(?i:bn|mn|m|k|tn|km|pc)(?![^\W_]))"
# A word: letters/digits joined by apostrophes ("Ukraine's"), or a number with separators.
_WORD = re.compile(
    rf"(?<![^\W_])(?:[A-Z]\.){{2,}}|{_FIGURE_BEFORE_UNIT}|\d+(?:[.,]\d+)+(?![^\W_])|[^\W_]+(?:[{_FORMAT_CHARS}]+[^\W_]+)*(?:['’][^\W_]+)*",
    re.UNICODE,
)
_CYRILLIC = lexicon.CYRILLIC
_UKRAINIAN_ONLY = lexicon.UKRAINIAN_ONLY
_RUSSIAN_ONLY = lexicon.RUSSIAN_ONLY


def normalise(text: str) -> str:
    """NFKC, curly quotes and dashes folded to ASCII, control and invisible format characters removed."""
    text = _FORMAT.sub("", _CONTROL.sub("", unicodedata.normalize("NFKC", text).translate(_QUOTES)))
    # Removing a zero-width character can bring a base letter and its accent together: compose again.
    return unicodedata.normalize("NFKC", text)


class Token(NamedTuple):
    """One word of a text: its folded form, its index term ("" for a stop word) and its span.

    `start` and `end` are character offsets into the text that was tokenised; `word` is the word
    normalised and case-folded (a number without its thousands separators), as `words` yields it.
    """

    # A named tuple, not a dataclass: a question reads thousands of these, and tuples are built fastest.
    term: str
    start: int
    end: int
    word: str


# Two-word names of one thing, as one term: "United States" is "america" wherever the US is.
_PAIRS = {("unit", "state"): "america", ("unit", "kingdom"): "britain", ("european", "union"): "eu"}
_PAIR_SECONDS = frozenset(second for _, second in _PAIRS)
_PAIR_TERMS = frozenset(_PAIRS.values())
# The same word pattern for text that is all ASCII (most of an English corpus): no format characters,
# no curly apostrophe, and [A-Za-z0-9] is what [^\W_] means there. Matching it is the fast path.
_WORD_ASCII = re.compile(
    rf"(?<![A-Za-z0-9])(?:[A-Z]\.){{2,}}|{_FIGURE_BEFORE_UNIT}|\d+(?:[.,]\d+)+(?![A-Za-z0-9])|[A-Za-z0-9]+(?:'[A-Za-z0-9]+)*"
)

_SPLIT = re.compile(f"({_WORD.pattern})", re.UNICODE)
_SPLIT_ASCII = re.compile(f"({_WORD_ASCII.pattern})")


def every_token(text: str) -> list[Token]:
    """Every word of `text` in order, stop words included (with the term ""), "United States" as one."""
    return _scan(text, keep_stop_words=True)


def tokens(text: str) -> list[Token]:
    """Terms of `text` with their character spans, stop words removed."""
    return _scan(text, keep_stop_words=False)


def terms(text: str) -> list[str]:
    """The terms of `text`, in order: what the index stores and what a question searches for."""
    plain = text.isascii()
    ukrainian = False if plain else _looks_ukrainian(text)
    raws = (_WORD_ASCII if plain else _WORD).findall(text)
    # The indexing path: every word looked up at C speed, no spans unless a pair ("United States") needs them.
    known = list(map(_TERMS[ukrainian].get, raws))
    found = (
        [_term_of(raw, ukrainian) if term is None else term for raw, term in zip(raws, known, strict=True)]
        if None in known
        else cast(list[str], known)  # no word missing: every entry is a term
    )
    if not _BARE_UNITS.keys().isdisjoint(raws):
        _read_bare_units(raws, found)
    if _PAIR_SECONDS.isdisjoint(found) or not _may_pair(found):
        return list(filter(None, found))
    return [token.term for token in _scan(text, keep_stop_words=False)]


Columns = tuple[tuple[str, ...], tuple[str, ...], tuple[int, ...], tuple[int, ...]]


def columns(text: str) -> Columns:
    """`tokens(text)` column by column: (terms, folded words, starts, ends), without a Token per word."""
    plain = text.isascii()
    ukrainian = False if plain else _looks_ukrainian(text)
    # The word pattern captured: split() alternates the text between words with the words, so the
    # lengths' running sums are the offsets, all computed at C speed (no match object per word).
    parts = (_SPLIT_ASCII if plain else _SPLIT).split(text)
    raws = parts[1::2]
    known = list(map(_TERMS[ukrainian].get, raws))
    found = (
        [_term_of(raw, ukrainian) if term is None else term for raw, term in zip(raws, known, strict=True)]
        if None in known
        else cast(list[str], known)  # no word missing: every entry is a term
    )
    if not _BARE_UNITS.keys().isdisjoint(raws):
        _read_bare_units(raws, found)
    if not _PAIR_SECONDS.isdisjoint(found) and _may_pair(found):
        kept = _scan(text, keep_stop_words=False)
        return (
            tuple(t.term for t in kept),
            tuple(t.word for t in kept),
            tuple(t.start for t in kept),
            tuple(t.end for t in kept),
        )
    offsets = list(itertools.accumulate(map(len, parts)))  # offsets[2i] and [2i + 1]: word i's start, end
    raws = list(itertools.compress(raws, found))  # a stop word's term is "": dropped
    folded = list(map(_FOLDED.get, raws))
    words = (
        [_folded(raw) if word is None else word for raw, word in zip(raws, folded, strict=True)]
        if None in folded
        else cast(list[str], folded)
    )
    return (
        tuple(filter(None, found)),
        tuple(words),
        tuple(itertools.compress(offsets[:-1:2], found)),
        tuple(itertools.compress(offsets[1::2], found)),
    )


def _read_bare_units(raws: list[str], found: list[str]) -> None:
    """A bare "m" or "k" right after a figure is its unit ("300", "m": "million"); else it stays no term."""
    for i in range(1, len(raws)):
        unit = _BARE_UNITS.get(raws[i])
        if unit and raws[i - 1][-1].isdigit():
            found[i] = unit


def _may_pair(found: list[str]) -> bool:
    """True if two terms in a row could be a pair ("unit", "state"): only then are spans needed."""
    previous = ""
    for term in found:
        if term:
            if (previous, term) in _PAIRS:
                return True
            previous = term
    return False


def words(text: str) -> Iterator[str]:
    """The normalised, lower-cased words of `text`, before stop words and stemming."""
    for match in _WORD.finditer(text):
        yield _fold(match.group())


def folded_words(text: str, found: list[Token]) -> Iterator[str]:
    """The folded words behind `every_token(text)`, as `words(text)` yields them: a pair gives both."""
    for token in found:
        if token.term in _PAIR_TERMS and not text[token.start : token.end].isalnum():
            yield from words(text[token.start : token.end])  # "United States": two words, one token
        else:
            yield token.word


def _scan(text: str, *, keep_stop_words: bool) -> list[Token]:
    plain = text.isascii()
    # ASCII text has no Cyrillic to vote on, and its words need no Unicode normalisation.
    ukrainian = False if plain else _looks_ukrainian(text)
    known = _TERMS[ukrainian]
    found: list[Token] = []
    last_raw = ""
    for match in (_WORD_ASCII if plain else _WORD).finditer(text):
        raw = match.group()
        term = known.get(raw)
        if term is None:
            term = _term_of(raw, ukrainian)
        if not term and raw in _BARE_UNITS and last_raw[-1:].isdigit():
            term = _BARE_UNITS[raw]  # "£5 m": the figure's unit
        last_raw = raw
        if not term:
            if keep_stop_words:
                found.append(Token("", match.start(), match.end(), _folded(raw)))
            continue
        if term in _PAIR_SECONDS and found and _joins(text, found[-1], term, match):
            previous = found[-1]
            found[-1] = Token(_PAIRS[previous.term, term], previous.start, match.end(), previous.word)
        else:
            found.append(Token(term, match.start(), match.end(), _folded(raw)))
    return found


def _joins(text: str, previous: Token, term: str, match: re.Match[str]) -> bool:
    """True if `previous` and this word name one thing ("United States"): capitalised, only space between."""
    if (previous.term, term) not in _PAIRS:
        return False
    # "United States" is the country; "the unit stated" is not: both words capitalised.
    named = text[previous.start].isupper() and match.group()[0].isupper()
    return named and text[previous.end : match.start()].isspace()


# raw word -> term (one table per language guess) and raw word -> folded word: pure functions of the raw
# word, and most words repeat (memoising halves indexing). Plain dicts of strings, which the garbage
# collector need not walk; each is cleared whole when it grows past _MEMO_LIMIT.
_TERMS: tuple[dict[str, str], dict[str, str]] = ({}, {})
_FOLDED: dict[str, str] = {}
_MEMO_LIMIT = 500_000


def _term_of(raw: str, ukrainian: bool) -> str:
    """The term of one raw word, remembered."""
    known = _TERMS[ukrainian]
    if len(known) >= _MEMO_LIMIT:
        known.clear()
    term = known[raw] = _term(raw, _folded(raw), ukrainian)
    return term


def _folded(raw: str) -> str:
    """The folded form of one raw word, remembered."""
    word = _FOLDED.get(raw)
    if word is None:
        if len(_FOLDED) >= _MEMO_LIMIT:
            _FOLDED.clear()
        word = _FOLDED[raw] = _fold(raw)
    return word


def cuts_word(text: str, position: int) -> bool:
    """True if a word of `text` (stop words too) runs across `position`, a character offset."""
    if position <= 0 or position >= len(text):
        return False
    # A word holds no white space: the one that could run across starts after the last space before.
    space = max(text.rfind(" ", 0, position), text.rfind("\n", 0, position), text.rfind("\t", 0, position))
    for match in _WORD.finditer(text, max(space, 0)):
        if match.start() >= position:
            return False
        if match.end() > position:
            return True
    return False


def has_cyrillic(text: str) -> bool:
    """True if `text` holds a Cyrillic letter (its words' terms then depend on the whole text's language)."""
    return bool(_CYRILLIC.search(text))


def _looks_ukrainian(text: str) -> bool:
    # Russian and Ukrainian share most letters; words that only one language has decide for the rest.
    if not _CYRILLIC.search(text):
        return False
    votes = (lexicon.cyrillic_vote(w.lower()) for w in _WORD.findall(text) if _CYRILLIC.search(w))
    return sum(votes) > 0


_NUMBER = re.compile(r"[\d.,]+")
_DECIMAL = re.compile(r"[\d.]+")
_POSSESSIVE = re.compile(r"'s$|'$")
# Letters, digits, apostrophes and separators of ASCII: normalise() leaves them as they are.
_PLAIN_WORD = re.compile(r"[A-Za-z0-9'.,]+")


def _fold(word: str) -> str:
    # The fast path skips two Unicode normalisations for the common case; it folds exactly as they would.
    word = word.lower() if _PLAIN_WORD.fullmatch(word) else normalise(word).casefold()
    if _NUMBER.fullmatch(word):
        return word.replace(",", "")
    # A unit's short form is folded to its word: a question's "90 billion" holds the words of "€90bn".
    return _UNIT_WORDS.get(word, word)


# One term for each country that news names several ways: "US", "U.S.", "USA", "America", "American".
_COUNTRIES = {
    "US": "america",
    "USA": "america",
    "UK": "britain",
}
_COUNTRY_WORDS = {
    "america": "america",
    "american": "america",
    "americans": "america",
    "britain": "britain",
    "british": "britain",
}


def _term(raw: str, folded: str, ukrainian: bool) -> str:
    """The index term of a raw word whose folded form is `folded` ("" for a stop word)."""
    if "." in raw and not raw[0].isdigit():
        raw = raw.replace(".", "")  # "U.S." and "E.U." are the acronyms "US" and "EU"
        folded = _fold(raw)
    country = _COUNTRIES.get(raw) or _COUNTRY_WORDS.get(raw.casefold())
    if country:
        return country
    word = folded
    if word.isdigit() or _DECIMAL.fullmatch(word):
        return word
    word = lexicon.formal(_POSSESSIVE.sub("", word) if "'" in word else word)
    if word in lexicon.STOP_WORDS or (len(word) < 2 and not word.isdigit()):
        return ""
    return stem(word, ukrainian)


def stem(word: str, ukrainian: bool = False) -> str:
    """Reduce a folded word to its stem, choosing the language from its script (memoised)."""
    known = _STEMS[ukrainian]
    found = known.get(word)
    if found is None:
        if len(known) >= _STEMS_LIMIT:
            known.clear()
        found = known[word] = _stem(word, ukrainian)
    return found


# word -> stem, one table per language guess. Plain dicts of strings, unlike an lru_cache's entries, are
# no objects for the garbage collector to walk.
_STEMS: tuple[dict[str, str], dict[str, str]] = ({}, {})
_STEMS_LIMIT = 200_000


def _stem(word: str, ukrainian: bool) -> str:
    if _CYRILLIC.search(word):
        if _UKRAINIAN_ONLY.search(word) or (ukrainian and not _RUSSIAN_ONLY.search(word)):
            return lexicon.ukrainian_lemma(word)
        return str(lexicon.russian_stemmer().stemWord(word))
    return str(lexicon.english_stemmer().stemWord(lexicon.one_spelling(word)))
