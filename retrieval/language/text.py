"""Text normalisation, sentence splitting and the one tokeniser shared by documents and questions."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from functools import lru_cache
from typing import NamedTuple

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

# A word: letters/digits joined by apostrophes ("Ukraine's"), or a number with separators.
_WORD = re.compile(
    rf"(?<![^\W_])(?:[A-Z]\.){{2,}}|\d+(?:[.,]\d+)+(?![^\W_])|[^\W_]+(?:[{_FORMAT_CHARS}]+[^\W_]+)*(?:['’][^\W_]+)*",
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
    """One indexed term and where its word stands in the original text."""

    # A named tuple, not a dataclass: a question reads thousands of these, and tuples are built fastest.
    term: str
    start: int
    end: int


# Two-word names of one thing, as one term: "United States" is "america" wherever the US is.
_PAIRS = {("unit", "state"): "america", ("unit", "kingdom"): "britain", ("european", "union"): "eu"}


def tokens(text: str) -> list[Token]:
    """Terms of `text` with their character spans, stop words removed."""
    ukrainian = _looks_ukrainian(text)
    found: list[Token] = []
    for match in _WORD.finditer(text):
        term = _term(match.group(), ukrainian)
        if not term:
            continue
        pair = _PAIRS.get((found[-1].term, term)) if found else None
        # "United States" is the country; "the unit stated" is not: both words capitalised.
        named = text[found[-1].start].isupper() and match.group()[0].isupper() if pair else False
        if pair and named and text[found[-1].end : match.start()].isspace():
            found[-1] = Token(pair, found[-1].start, match.end())
        else:
            found.append(Token(term, match.start(), match.end()))
    return found


def terms(text: str) -> list[str]:
    """The terms of `text`, in order: what the index stores and what a question searches for."""
    return [token.term for token in tokens(text)]


def words(text: str) -> Iterator[str]:
    """The normalised, lower-cased words of `text`, before stop words and stemming."""
    for match in _WORD.finditer(text):
        yield _fold(match.group())


def _looks_ukrainian(text: str) -> bool:
    # Russian and Ukrainian share most letters; words that only one language has decide for the rest.
    if not _CYRILLIC.search(text):
        return False
    votes = (lexicon.cyrillic_vote(w.lower()) for w in _WORD.findall(text) if _CYRILLIC.search(w))
    return sum(votes) > 0


def _fold(word: str) -> str:
    word = normalise(word).casefold()
    if re.fullmatch(r"[\d.,]+", word):
        return word.replace(",", "")
    return word


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


@lru_cache(maxsize=500_000)
def _term(raw: str, ukrainian: bool) -> str:
    # A pure function of the raw word, and most words repeat: memoising it halves indexing time.
    if "." in raw and not raw[0].isdigit():
        raw = raw.replace(".", "")  # "U.S." and "E.U." are the acronyms "US" and "EU"
    country = _COUNTRIES.get(raw) or _COUNTRY_WORDS.get(raw.casefold())
    if country:
        return country
    word = _fold(raw)
    if word.isdigit() or re.fullmatch(r"[\d.]+", word):
        return word
    word = lexicon.formal(re.sub(r"'s$|'$", "", word))
    if word in lexicon.STOP_WORDS or (len(word) < 2 and not word.isdigit()):
        return ""
    return stem(word, ukrainian)


@lru_cache(maxsize=200_000)
def stem(word: str, ukrainian: bool = False) -> str:
    """Reduce a folded word to its stem, choosing the language from its script."""
    if _CYRILLIC.search(word):
        if _UKRAINIAN_ONLY.search(word) or (ukrainian and not _RUSSIAN_ONLY.search(word)):
            return lexicon.ukrainian_lemma(word)
        return str(lexicon.russian_stemmer().stemWord(word))
    return str(lexicon.english_stemmer().stemWord(lexicon.one_spelling(word)))
