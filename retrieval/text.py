"""Text normalisation, sentence splitting and the one tokeniser shared by documents and questions."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from retrieval import lexicon

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
        "\u200b": "",
        "\ufeff": "",
        "\u00ad": "",
    }
)
# Control characters other than tab and newline carry no meaning in an article or a question.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")

# A word: letters/digits joined by apostrophes ("Ukraine's"), or a number with separators.
_WORD = re.compile(r"\d+(?:[.,]\d+)+(?![^\W_])|[^\W_]+(?:['’][^\W_]+)*", re.UNICODE)
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_UKRAINIAN_ONLY = re.compile(r"[іїєґ]")
_RUSSIAN_ONLY = re.compile(r"[ыэъё]")


def normalise(text: str) -> str:
    """NFKC, curly quotes and dashes folded to ASCII, control characters removed."""
    text = _CONTROL.sub("", unicodedata.normalize("NFKC", text).translate(_QUOTES))
    # Removing a zero-width character can bring a base letter and its accent together: compose again.
    return unicodedata.normalize("NFKC", text)


@dataclass(frozen=True)
class Token:
    """One indexed term and where its word stands in the original text."""

    term: str
    start: int
    end: int


def tokens(text: str) -> list[Token]:
    """Terms of `text` with their character spans, stop words removed."""
    ukrainian = _looks_ukrainian(text)
    found = []
    for match in _WORD.finditer(text):
        term = _term(match.group(), ukrainian)
        if term:
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


@lru_cache(maxsize=500_000)
def _term(raw: str, ukrainian: bool) -> str:
    # A pure function of the raw word, and most words repeat: memoising it halves indexing time.
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
