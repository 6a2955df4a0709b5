"""Which sentences can be quoted as an answer: prose, not page furniture.

Headlines, section headings, photo captions, bylines, datelines, ads and "Read more" lines are
indexed (their words help find the paragraph) but never quoted as the answer.
"""

from __future__ import annotations

import itertools
import re

from retrieval.language import lexicon
from retrieval.language.sentences import is_cut

MIN_WORDS = 4
HEADING_WORDS = 20  # an unpunctuated line up to this long is a heading or headline, not a sentence

_FURNITURE = re.compile(
    r"^\W*(?:advertisement|sponsored|read more|read also|related|see also|more on this|subscribe|sign up|"
    r"follow us|share this|share on|click here|listen to|watch:|video:|photo:|image:|picture:|"
    r"copyright|©|all rights reserved|reporting by|additional reporting|editing by|writing by|"
    r"compiled by|updated|last updated|published|posted|first published|key events|live updates|"
    r"this article|this story|sign in|log in|newsletter|by [A-ZА-Я][\w.'’-]+(?: [A-ZА-Я][\w.'’-]+)*$)",
    re.IGNORECASE,
)
_CAPTION = re.compile(
    r"^\W*\(?(?:from )?(?:left|l-r|l to r|right|top|above|below|pictured|file photo|caption)\b|"
    r"\b(?:photo|photograph|picture|image|credit|illustration)(?: by)?\s*:|"
    r"\bvia (?:getty|reuters|ap|afp|pool)|\bgetty images\b|\b(?:afp|reuters|ap|pool|epa|tass|sputnik)"
    r"(?: photo)?\s*/|\(photo by\b|\bap photo\b|\bpool via\b",
    re.IGNORECASE,
)
_DATELINE = re.compile(
    r"^[A-ZА-ЯІЇЄҐ][A-ZА-ЯІЇЄҐ .'’-]{1,40}(?:\([^)]{1,40}\))?,?\s*(?:(?:[A-Z][a-z]{2,9}\.?\s+\d{1,2}|"
    r"\d{1,2}\s+[A-Z][a-z]{2,9})(?:,?\s+\d{4})?)?\s*(?:\([^)]{1,40}\))?\s*(?:[-—–:]+\s*|\.\s*|$)"
)
_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
_DATELINE_MARK = re.compile(r"[,(]|[-—–]\s*$")
_CAPITAL = re.compile(r"[A-ZА-ЯІЇЄҐ]")
_LOWER_WORD = re.compile(r"\b[a-z]+\b")
_LETTER_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_END = re.compile(r"[.!?…:;\"'”’»)\]]$")
_STOP = re.compile(r"[.!?…][\"'”’»)\]]*$")
SHORT = 10  # words: a sentence this short must show a verb to count as one
_VERBISH = re.compile(
    r"\w\w(?:ed|ing|[^s]s)$|^(?:is|are|was|were|be|been|has|have|had|will|would|can|could|"
    r"should|may|might|must|do|does|did|says?|said|says|told|tells?|met|meets?|made|"
    r"makes?|took|takes?|gave|gives?|held|holds?|led|leads?|went|goes|came|comes|"
    r"wants?|plans?|calls?|sees?|saw|needs?|seeks?|sought|signs?|agrees?|rejects?)$"
)


def quotable(sentence: str, title: str = "") -> bool:
    """True if `sentence` reads as a sentence of the article's prose, not furniture around it.

    `title` is the article's headline: the body repeating it without a full stop is the headline again.
    (An article with no headline of its own takes its first sentence as its title: that one stays.)
    """
    if title and not _STOP.search(sentence) and _words(sentence) == _words(title):
        return False
    dateline = _DATELINE.match(sentence)
    if dateline and _is_dateline(dateline.group()) and dateline.end() >= len(sentence.rstrip()):
        return False
    rest = sentence[dateline_end(sentence) :].strip()
    words = _words(rest)
    if len(words) <= SHORT and not any(_VERBISH.search(w) or w in lexicon.IRREGULAR for w in words):
        return False
    if len(words) < MIN_WORDS or _FURNITURE.match(rest) or _CAPTION.search(rest):
        return False
    if not _END.search(rest) and len(words) <= HEADING_WORDS:
        return False
    # A piece cut from an overlong run (a transcript on one line) is speech, with its repeats: no salad test.
    return not _title_case(rest) and (any(is_cut(rest)) or not _word_salad(rest, words))


def _words(sentence: str) -> list[str]:
    # Lower-cased words, apostrophes folded: cheap enough for every sentence a question reads.
    return [w.replace("’", "'") for w in _WORD.findall(sentence.casefold())]


def dateline_end(sentence: str) -> int:
    """Where the sentence proper starts after a leading dateline ("KYIV, Dec 3 (Wire) - "), else 0."""
    match = _DATELINE.match(sentence)
    if not match or not _is_dateline(match.group()) or match.end() >= len(sentence):
        return 0
    return match.end()


def _is_dateline(found: str) -> bool:
    """A place in capitals with a date or an agency, or followed by a dash: "GENEVA, Nov 23 -"."""
    return bool(_DATELINE_MARK.search(found))


# Word pairs English never puts side by side, and words no sentence ends on: a string of words drawn at
# random (spam, a broken extraction, a synthetic distractor) is full of them; written prose has almost none.
def _set(words: str) -> frozenset[str]:
    return frozenset(words.split())


_DETERMINERS = _set("the a an its their our your my every")
_FUNCTION = _set(
    "of and to in for on by with at from as is was are were be been that but or than into onto the a an"
)
# "stay on", "looking at", "wanted to" end sentences; these never do.
_NO_END = _DETERMINERS | _set("of and but or than")
_BARE = _set("of to for with at from into than and but or the a an")
_PUNCTUATION = re.compile(r"[,;:()\"“”—–]|\s-\s")
SALAD = 2  # this many odd pairs (or one in a short sentence) and a sentence is not language
# Function words that do stand together in prose ("and the", "that is", "as well as", "to be"): each first
# word with the words that may follow it.
_FOLLOWS = {
    "and": "to in on by with at from for that as is was be of",
    "but": "to in on by with at from for that as is was",
    "or": "to in on by with at from for that as",
    "that": "is was are were to in on by with at from for as of and but or than",
    "is": "to in on by with at from for as that of than into",
    "was": "to in on by with at from for as that of than into",
    "are": "to in on by with at from for as that of",
    "were": "to in on by with at from for as that of",
    "be": "to in on by with at from for as that of than",
    "been": "to in on by with at from for as that of",
    "as": "to in of for with at on from by is was are were that and",
    "than": "that in to at on by for with from as",
    "to": "be that as",
    "in": "that as",
    "of": "that as",
    "for": "that as",
    "on": "that",
    "at": "that as",
    "from": "that as",
    "with": "that",
    "by": "that",
    "into": "that",
}
_FINE_PAIRS = frozenset(
    (a, b) for a in _FUNCTION for b in ("the", "a", "an") if a not in ("the", "a", "an")
) | {(first, second) for first, seconds in _FOLLOWS.items() for second in seconds.split()}


def _word_salad(sentence: str, words: list[str]) -> bool:
    """True if the words do not read as language: "And and London april of bonds approach crimea at."."""
    runs = [_words(run) for run in _PUNCTUATION.split(sentence)]  # "very, very" is no pair
    odd = sum(_odd_pair(a, b) for run in runs for a, b in itertools.pairwise(run))
    odd += bool(words) and words[-1] in _NO_END and not sentence.rstrip().endswith(":")
    # Prose capitalises countries, peoples, capitals, months and weekdays: a lower-case one is drawn
    # (unless nothing is capitalised at all, as in a transcript typed in lower case).
    if _CAPITAL.search(sentence):
        odd += sum(1 for w in _LOWER_WORD.findall(sentence) if w in lexicon.PROPER_NOUNS)
    return odd >= (1 if len(words) < SHORT else SALAD)


def _odd_pair(first: str, second: str) -> bool:
    if first == second and first.isalpha():
        return True  # "and and", "tonnes tonnes"
    if first in _DETERMINERS:
        return second in _FUNCTION
    # A particle may meet a preposition ("gone on in", "set out for"): only these never stand together.
    return first in _BARE and second in _FUNCTION and (first, second) not in _FINE_PAIRS


def _title_case(sentence: str) -> bool:
    """A headline capitalises most of its words; a sentence capitalises a few names."""
    words = [w for w in _LETTER_WORD.findall(sentence) if w.casefold() not in lexicon.STOP_WORDS]
    if len(words) < MIN_WORDS:
        return False
    capitals = sum(w[0].isupper() for w in words)
    return bool(capitals / len(words) >= 0.8)
