"""Language data: stop words, spelling variants, stemmers and the news thesaurus."""

from __future__ import annotations

import re
from functools import cache, lru_cache
from importlib import resources
from typing import Any

import Stemmer

from retrieval.language import dates


def _lines(name: str) -> list[str]:
    """The non-blank, non-comment lines of a file in retrieval/data."""
    text = resources.files("retrieval.data").joinpath(name).read_text(encoding="utf-8")
    return [line for line in text.splitlines() if line.strip() and not line.startswith("#")]


def _words(name: str) -> frozenset[str]:
    return frozenset(word for line in _lines(name) for word in line.split())


STOP_WORDS = _words("stopwords.txt")
# Words that shape a question but are not its subject: "what happens to Crimea?" is about Crimea.
QUESTION_WORDS = _words("question_words.txt")
# Capitals, large cities and regions, folded: a question naming one asks about what happened there.
CITIES = _words("cities.txt")
# Words prose always capitalises (countries, peoples, capitals, months, weekdays), folded.
PROPER_NOUNS = _words("proper_nouns.txt") | CITIES


# A capitals.txt line's mark for a city whose name is also a first name or an everyday word ("Sofia").
_PLACE_ONLY = "place only"


def _capital_line(line: str) -> tuple[list[str], str, bool]:
    """(country words, city, whether the city names its government) of "germany german: Berlin" or of
    "bulgaria bulgarian: Sofia | place only".

    Raises ValueError for a line with no colon, no word before it, no city after it or another mark: a
    silent "" would make every such country's capital the empty string, and "" a government
    (question._GOVERNMENTS).
    """
    countries, colon, rest = line.partition(":")
    city, bar, mark = rest.partition("|")
    if not colon or not countries.split() or not city.strip() or (bar and mark.strip() != _PLACE_ONLY):
        raise ValueError(f"capitals.txt: expected 'country people-word: City', got {line!r}")
    return countries.split(), city.strip(), not bar


def capital_pairs(lines: list[str]) -> dict[str, str]:
    """Country and people-words (folded) -> the capital as written, from lines "germany german: Berlin"."""
    out: dict[str, str] = {}
    for line in lines:
        countries, city, _ = _capital_line(line)
        out.update((country, city) for country in countries)
    return out


def governing_capitals(lines: list[str]) -> frozenset[str]:
    """The capitals (folded) that news names for their governments ("Moscow said"): not those marked
    "place only", whose name is a first name or an everyday word ("did Sofia offer" asks about a person)."""
    return frozenset(city.casefold() for _, city, governs in map(_capital_line, lines) if governs)


# A country or people-word, folded -> its capital as written ("german" -> "Berlin").
CAPITALS = capital_pairs(_lines("capitals.txt"))
GOVERNMENTS = governing_capitals(_lines("capitals.txt"))
# Of those, the ones that can be a party to a deal: countries, peoples, continents, places (no month).
PARTIES = PROPER_NOUNS - dates.CALENDAR


def _chat_words() -> dict[str, frozenset[str]]:
    kinds = (line.partition(":") for line in _lines("chat.txt"))
    return {kind.strip(): frozenset(words.split()) for kind, _, words in kinds}


_CHAT = _chat_words()
# Small talk by kind ("greeting", "thanks", "farewell", "ack"), and every word that only wraps a question.
SMALL_TALK = {kind: words for kind, words in _CHAT.items() if kind not in ("filler", "inline")}
CHAT_WORDS = frozenset().union(*_CHAT.values())
# Chat words that carry no meaning even inside a question ("thanks", "please", "hi"), dropped from it.
INLINE_CHAT = _CHAT["inline"]

_BRITISH = {
    "defence": "defense",
    "offence": "offense",
    "licence": "license",
    "pretence": "pretense",
    "programme": "program",
    "programmes": "programs",
    "grey": "gray",
    "cheque": "check",
    "tyre": "tire",
    "aluminium": "aluminum",
    "storey": "story",
    "kerb": "curb",
    "manoeuvre": "maneuver",
    "manoeuvres": "maneuvers",
    "judgement": "judgment",
    "ageing": "aging",
    "enrol": "enroll",
    "fulfil": "fulfill",
    "jewellery": "jewelry",
}
# (letters every match holds, pattern, replacement): the letters let most words skip the pattern.
_SPELLING_RULES = (
    # -ize becomes -ise, not the reverse: "supervise" and "advise" have no -ize twin to meet.
    ("iz", re.compile(r"(?<=\w{3})iz(e|ed|es|ing|ation|ations|er|ers)$"), r"is\1"),
    ("yz", re.compile(r"(?<=\w{2})yz(e|ed|es|ing)$"), r"ys\1"),
    ("our", re.compile(r"(?<=\w{3})our(s|ed|ing|able|ite|ites)?$"), r"or\1"),
    ("re", re.compile(r"(?<=\w{2}[bt])re(s|d)?$"), r"er\1"),
    ("ll", re.compile(r"(?<=\w{3}el)l(ed|ing|er|ers)$"), r"\1"),
)


def _pairs(name: str) -> dict[str, str]:
    return dict(line.split() for line in _lines(name))


_IRREGULAR = _pairs("irregular.txt")
# Irregular verb forms ("met", "led", "took"): a word here is a verb.
IRREGULAR = frozenset(_IRREGULAR)
_INFORMAL = _pairs("informal.txt")


def formal(word: str) -> str:
    """The word a chat spelling stands for ("wat" is "what"), else the word itself."""
    return _INFORMAL.get(word, word)


@lru_cache(maxsize=100_000)
def one_spelling(word: str) -> str:
    """Map British and American spellings, and irregular verb forms, onto one form before stemming."""
    if word in _IRREGULAR:
        return _IRREGULAR[word]
    if word in _BRITISH:
        return _BRITISH[word]
    for letters, pattern, replacement in _SPELLING_RULES:
        if letters in word:
            word = pattern.sub(replacement, word)
    return word


# The scripts: Cyrillic letters, and the letters only Ukrainian or only Russian has (one place for all).
CYRILLIC = re.compile(r"[\u0400-\u04ff]")
UKRAINIAN_ONLY = re.compile(r"[іїєґ]")
RUSSIAN_ONLY = re.compile(r"[ыэъё]")


def is_common_word(word: str, threshold: float = 3.0) -> bool:
    """True if `word` is an everyday word of its language (Zipf frequency at least `threshold`)."""
    return zipf(word) >= threshold


@lru_cache(maxsize=65_536)
def zipf(word: str) -> float:
    """wordfreq's Zipf frequency of a folded word (0 to about 8) in English, Russian or Ukrainian, by its
    letters; 0.0 for a word wordfreq does not know."""
    from wordfreq import zipf_frequency  # noqa: PLC0415 - loads word lists; questions only

    language = ("uk" if UKRAINIAN_ONLY.search(word) else "ru") if CYRILLIC.search(word) else "en"
    return float(zipf_frequency(word, language))


@cache
def english_stemmer() -> Any:
    """The Snowball English stemmer (one instance: it is not cheap to build)."""
    return Stemmer.Stemmer("english")


@cache
def russian_stemmer() -> Any:
    """The Snowball Russian stemmer."""
    return Stemmer.Stemmer("russian")


@cache
def _morph(lang: str) -> Any:
    import pymorphy3  # noqa: PLC0415 - loads a dictionary; only needed once Cyrillic text appears

    return pymorphy3.MorphAnalyzer(lang=lang)


@lru_cache(maxsize=100_000)
def cyrillic_vote(word: str) -> int:
    """+1 if `word` can only be Ukrainian, -1 if only Russian, 0 if it could be either."""
    if UKRAINIAN_ONLY.search(word):
        return 1
    if RUSSIAN_ONLY.search(word):
        return -1
    return int(_morph("uk").word_is_known(word)) - int(_morph("ru").word_is_known(word))


@lru_cache(maxsize=100_000)
def ukrainian_lemma(word: str) -> str:
    """Ukrainian has no Snowball stemmer on PyPI: use pymorphy3's dictionary lemma instead.

    A character this Python's Unicode tables do not name (a Tangut ideograph pasted into a word) makes
    pymorphy3 raise ValueError while it guesses the word's script: such a word is its own lemma.
    """
    try:
        parses = _morph("uk").parse(word)
    except ValueError:
        return word
    return str(parses[0].normal_form) if parses else word


def _synonym_groups() -> list[list[str]]:
    return [
        [phrase.strip() for phrase in line.split(",") if phrase.strip()] for line in _lines("synonyms.txt")
    ]


@cache
def synonym_groups() -> tuple[tuple[str, ...], ...]:
    """Groups of words and phrases that news reports use interchangeably."""
    return tuple(tuple(group) for group in _synonym_groups())


@cache
def _wordnet() -> dict[str, tuple[str, ...]]:
    """Stem of a WordNet word -> related single words (synonyms, derived forms), both directions."""
    forward: dict[str, list[str]] = {}
    backward: dict[str, list[str]] = {}
    for line in _lines("wordnet.tsv"):
        word, *others = line.split("\t")
        singles = [w for w in others if " " not in w and w.isalpha()]
        verb, _, particle = word.partition(" ")
        if particle:  # a phrasal verb ("pull out"), keyed by its verb's stem: see phrasal_key
            forward.setdefault(phrasal_key(english_stemmer().stemWord(verb), particle), []).extend(singles)
            continue
        forward.setdefault(english_stemmer().stemWord(word), []).extend(singles)
        for other in singles:
            backward.setdefault(english_stemmer().stemWord(other), []).append(word)
    # A word's own entry is ranked by relevance; links from other entries follow it.
    stems = forward.keys() | backward.keys()
    return {s: tuple(dict.fromkeys(forward.get(s, []) + backward.get(s, []))) for s in stems}


# A closed compound names a kind of its last word ("footbridge" is a bridge) when WordNet lists that word
# among the compound's own relatives and what comes before it is a word of its own, not a particle or a
# prefix ("outnumber", "underestimate", "downgrade" are no number, estimate, grade). "Airport" and
# "ceasefire" are kept out by WordNet: neither lists "port" or "fire".
_NOT_MODIFIERS = frozenset(
    [
        "under",
        "over",
        "out",
        "down",
        "up",
        "back",
        "off",
        "on",
        "in",
        "by",
        "after",
        "fore",
        "counter",
        "mis",
        "pre",
        "re",
        "non",
        "multi",
        "micro",
        "neo",
        "ultra",
    ]
)
_MODIFIER = 3  # letters at least before the head: "footbridge", not "abridge"


def _compound_of(word: str, head: str) -> bool:
    """True if `word` is a closed compound of a word and `head`, its last word ("foot" + "bridge")."""
    modifier = word[: -len(head)]
    if word == head or not word.endswith(head) or len(modifier) < _MODIFIER or modifier in _NOT_MODIFIERS:
        return False
    return is_common_word(modifier)


@cache
def _compounds() -> dict[str, tuple[str, ...]]:
    """Stem of a word -> the closed compounds WordNet relates to it that name a kind of it."""
    out: dict[str, list[str]] = {}
    for line in _lines("wordnet.tsv"):
        word, *others = line.split("\t")
        for head in others:
            if head.isalpha() and _compound_of(word, head):
                out.setdefault(english_stemmer().stemWord(head), []).append(word)
    return {stem: tuple(dict.fromkeys(words)) for stem, words in out.items()}


def compounds(stem: str) -> tuple[str, ...]:
    """Closed compounds naming a kind of the word with this Snowball stem ("bridg": "footbridge")."""
    return _compounds().get(stem, ())


def phrasal_key(stem: str, particle: str) -> str:
    """The related_words key of a phrasal verb: its verb's Snowball stem and its particle ("pull out")."""
    return f"{stem} {particle}"


def related_vocabulary() -> frozenset[str]:
    """Every word that related_words gives for some stem (about 22,000)."""
    return frozenset(word for words in _wordnet().values() for word in words)


@cache
def _wordnet_entries() -> dict[str, tuple[str, ...]]:
    """A WordNet headword (one word, folded) -> the single words of its own entry, best first."""
    out: dict[str, tuple[str, ...]] = {}
    for line in _lines("wordnet.tsv"):
        word, *others = line.split("\t")
        if " " not in word:
            out[word] = tuple(w for w in others if " " not in w and w.isalpha())
    return out


_INFLECTIONS = ("", "s", "es", "d", "ed", "ing")


def inflected_related_words(word: str) -> tuple[str, ...]:
    """The words WordNet relates to `word` (folded) and to the forms of it that differ only by an inflection
    ("provoked", "provoke"), never to another word of its Snowball stem ("grateful" is no form of "grate").
    () when WordNet has no entry for any of them."""
    entries = _wordnet_entries()
    bases = {word[: -len(end)] for end in _INFLECTIONS[1:] if word.endswith(end)} | {word}
    forms = dict.fromkeys(base + end for base in sorted(bases) for end in (*_INFLECTIONS, "e"))
    return tuple(dict.fromkeys(w for form in forms for w in entries.get(form, ())))


def related_words(stem: str) -> tuple[str, ...]:
    """Words WordNet relates to the English word with this Snowball stem (or to the phrasal verb of
    this phrasal_key), most relevant first.

    From Princeton WordNet 3.0 (retrieval/data/wordnet.tsv; licence in WORDNET-LICENSE.txt).
    """
    return _wordnet().get(stem, ())
