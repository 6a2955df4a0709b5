"""Which sentences can be quoted as an answer: prose, not page furniture.

Headlines, section headings, photo captions, bylines, datelines, ads and "Read more" lines are
indexed (their words help find the paragraph) but never quoted as the answer.
"""

from __future__ import annotations

import re
import string

from retrieval.language import grammar, lexicon
from retrieval.language.sentences import is_cut

MIN_WORDS = 4
HEADING_WORDS = 20  # an unpunctuated line up to this long is a heading or headline, not a sentence

_FURNITURE = re.compile(
    r"^\W*(?:advertisement|sponsored|read more|read also|related|see also|more on this|subscribe|sign up|"
    r"follow us|share this|share on|click here|listen to|watch:|video:|photo:|image:|picture:|"
    r"copyright|©|all rights reserved|reporting by|additional reporting|editing by|writing by|"
    r"compiled by|updated|last updated|published|posted|first published|key events|live updates|"
    r"this article|this story|sign in|log in|newsletter|by [A-ZА-Я][\w.'’-]+(?: [A-ZА-Я][\w.'’-]+)*$|"
    # A correction notice restates the claim it withdraws: "An earlier version ... said that X" is not X.
    r"(?:correction|clarification|editor['’]?s note)\b[^:]{0,24}:|an earlier version of this)",
    re.IGNORECASE,
)
_CAPTION = re.compile(
    r"^\W*\(?(?:from )?(?:left|l-r|l to r|right|top|above|below|pictured|file photo|caption)\b|"
    r"\b(?:photo|photograph|picture|image|credit|illustration)(?: by)?\s*:|"
    r"\bvia (?:getty|reuters|ap|afp|pool)|\bgetty images\b|\b(?:afp|reuters|ap|pool|epa|tass|sputnik)"
    r"(?: photo)?\s*/|\(photo by\b|\bap photo\b|\bpool via\b|\bcaption\s*:|\((?:left|right|centre|center)\)",
    re.IGNORECASE,
)
# Searching for _CAPTION costs 15 µs a sentence (an ignore-case alternation tried at every position), most
# of quotable's own time. Every branch after the first (anchored at the start) holds one of these, so a
# sentence without any can only match at its start. str.lower() finds them as the regex would, except for
# the three letters below, which re's IGNORECASE takes for "i" or "s" and str.lower() does not.
_CAPTION_HINTS = ("photo", "picture", "image", "credit", "illustration", "via", "getty", "/", "caption", "(")
_CASE_EXCEPTIONS = frozenset("İıſ")
_DATELINE = re.compile(
    r"^[A-ZА-ЯІЇЄҐ][A-ZА-ЯІЇЄҐ .'’-]{1,40}(?:\([^)]{1,40}\))?,?\s*(?:(?:[A-Z][a-z]{2,9}\.?\s+\d{1,2}|"
    r"\d{1,2}\s+[A-Z][a-z]{2,9})(?:,?\s+\d{4})?)?\s*(?:\([^)]{1,40}\))?\s*(?:[-—–:]+\s*|\.\s*|$)"
)
_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
# The only characters whose case folding holds a character of another kind (a letter or digit, an
# apostrophe, anything else): "İ" folds to "i" and a combining dot, which ends a word. _words folds the
# whole text first, grammar.split each word found: the two agree on a text without these (all of
# Unicode is checked in tests/retrieval/language/test_prose.py).
_FOLD_SHIFTS = re.compile(
    "[\u0130\u01f0\u0345\u0390\u03b0\u1e96-\u1e99\u1f50\u1f52\u1f54\u1f56\u1fb6\u1fb7"
    "\u1fc6\u1fc7\u1fd2\u1fd3\u1fd6\u1fd7\u1fe2-\u1fe4\u1fe6\u1fe7\u1ff6\u1ff7]"
)
_END = re.compile(r"[.!?…:;\"'”’»)\]]$")
_STOP = re.compile(r"[.!?…][\"'”’»)\]]*$")
_PAST = re.compile(r"^[a-z]\w+ed$")
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
    return not repeats_title(sentence, title) and is_prose(sentence)


def repeats_title(sentence: str, title: str) -> bool:
    """True if `sentence` is the headline `title` again: the same words, without a full stop."""
    return bool(title) and not _STOP.search(sentence) and _words(sentence) == _words(title)


def is_prose(sentence: str) -> bool:
    """`quotable` but for the headline test: what the sentence alone tells (so it can be remembered
    for a sentence that recurs across articles, as wire copy and boilerplate do)."""
    dateline = _DATELINE.match(sentence)
    if dateline and _is_dateline(dateline.group()) and dateline.end() >= len(sentence.rstrip()):
        return False
    rest = sentence[_end_of(dateline, sentence) :].strip()
    # Read once for the word counts and the grammar test: its folded words are _words(rest), unless
    # folding shifts a word's border (_FOLD_SHIFTS).
    split = grammar.split(rest)
    words = split.folded if rest.isascii() or not _FOLD_SHIFTS.search(rest) else _words(rest)
    if len(words) <= SHORT and not any(_VERBISH.search(w) or w in lexicon.IRREGULAR for w in words):
        return False
    if len(words) < MIN_WORDS or _FURNITURE.match(rest) or _caption(rest):
        return False
    if not _END.search(rest) and len(words) <= HEADING_WORDS:
        return False
    # A piece cut from an overlong run (a transcript on one line) is speech, with its repeats: no salad test.
    return not _title_case(rest) and (any(is_cut(rest)) or grammar.split_reads(split))


# "Photo: Wire / Name", or the agency alone in brackets ("(Wire)", "(Getty Images)."): the credit after a
# caption. The sentence before it in its paragraph is the caption ("Moll speaking to reporters in Arland
# last week."), whatever its words. One space between the bracket's words, not an optional one: with
# "\s?" a run of capitals splits many ways, and a hostile "(AAAA...)" took minutes to fail.
_CREDIT = re.compile(
    r"^\W*(?i:photo|photograph|picture|image|credit|illustration)(?i: by)?\s*:|"
    r"^\([A-Z][\w.&-]*(?: [A-Z][\w.&-]*){0,2}\)\.?$"
)


def is_credit(sentence: str) -> bool:
    """True if `sentence` is a photo credit: the one before it is a caption."""
    # _CREDIT's first branch needs a colon, its second an opening bracket first: most sentences have
    # neither, told at C speed before the regex.
    return (":" in sentence or sentence.startswith("(")) and bool(_CREDIT.match(sentence))


def _caption(sentence: str) -> bool:
    """A photo caption or credit: _CAPTION.search, searched only where it can match."""
    if any(map(sentence.lower().__contains__, _CAPTION_HINTS)) or not (
        sentence.isascii() or _CASE_EXCEPTIONS.isdisjoint(sentence)  # the exceptions are not ASCII
    ):
        return bool(_CAPTION.search(sentence))
    return bool(_CAPTION.match(sentence))


def _words(sentence: str) -> list[str]:
    # Lower-cased words, apostrophes folded: cheap enough for every sentence a question reads. Folded
    # before the words are found, at C speed: _WORD takes either apostrophe alike, so the words are the same.
    return _WORD.findall(sentence.casefold().replace("’", "'"))


def dateline_end(sentence: str) -> int:
    """Where the sentence proper starts after a leading dateline ("KYIV, Dec 3 (Wire) - "), else 0."""
    return _end_of(_DATELINE.match(sentence), sentence)


def _end_of(dateline: re.Match[str] | None, sentence: str) -> int:
    """dateline_end, given what _DATELINE matched of `sentence` (is_prose has matched it already)."""
    if not dateline or not _is_dateline(dateline.group()) or dateline.end() >= len(sentence):
        return 0
    return dateline.end()


def _is_dateline(found: str) -> bool:
    """A place in capitals with a date or an agency, or followed by a dash: "GENEVA, Nov 23 -"."""
    return bool(re.search(r"[,(]|[-—–]\s*$", found))


_TITLE_WORD = re.compile(r"[^\W\d_][\w'’-]*")
TITLE_SHARE = 0.8  # of a headline's words (not stop words) capitalised
_CAPITALS = string.ascii_uppercase.encode()


def _capitals(ascii_text: str) -> int:
    """How many capital letters an ASCII text has (the bytes without them are counted at C speed)."""
    return len(ascii_text) - len(ascii_text.encode().translate(None, _CAPITALS))


def _title_case(sentence: str) -> bool:
    """A headline capitalises most of its words; a sentence capitalises a few names.

    A headline in title case capitalises its verb too: a sentence full of names with a full stop and a
    past-tense verb in lower case ("Witkoff and Kushner represented the United States.") is prose. (A
    photo caption is in the present tense: "Trump greets Zelensky at Mar-a-Lago on Sunday.")
    """
    if sentence.isascii() and _capitals(sentence) < MIN_WORDS * TITLE_SHARE:
        return False  # fewer capitals than a title-case share of the fewest words takes (at C speed)
    words = [w for w in _TITLE_WORD.findall(sentence) if w.casefold() not in lexicon.STOP_WORDS]
    # The share of capitals first: it rules out most prose at once, before a regex for every word.
    if len(words) < MIN_WORDS or sum(w[0].isupper() for w in words) / len(words) < TITLE_SHARE:
        return False
    return not (_STOP.search(sentence) and any(_PAST.search(w) or w in lexicon.IRREGULAR for w in words))
