"""Sentence splitting that survives "U.S.", "Nov. 20" and initials, returning spans of the original."""

from __future__ import annotations

import itertools
import re

# Abbreviations after which a period does not end a sentence (compared folded, without the dot).
_TITLES = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "dr",
        "prof",
        "gen",
        "lt",
        "col",
        "maj",
        "capt",
        "sgt",
        "adm",
        "cmdr",
        "sen",
        "rep",
        "gov",
        "pres",
        "st",
        "rev",
        "hon",
        "fr",
        "sr",
        "jr",
        "amb",
        "insp",
        "supt",
        "cllr",
    ]
)
_TITLE_ENDINGS = tuple("." + title for title in _TITLES)  # "Lt.Gen." ends in a title too
_ABBREVIATIONS = _TITLES | frozenset(
    [
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "no",
        "nos",
        "vs",
        "etc",
        "approx",
        "est",
        "dept",
        "inc",
        "ltd",
        "co",
        "corp",
        "bros",
        "fig",
        "vol",
        "ed",
        "eds",
        "al",
        "cf",
        "viz",
        "mt",
        "ft",
        "ave",
        "blvd",
        "govt",
        "intl",
        "natl",
        "univ",
        "г",
        "гг",
        "т",
        "е",
        "др",
        "пр",
        "ст",
        "им",
    ]
)
# A multi-letter acronym such as "U.S." ends a sentence only when a typical sentence opener follows.
_OPENERS = frozenset(
    [
        "the",
        "a",
        "an",
        "it",
        "its",
        "he",
        "she",
        "they",
        "we",
        "i",
        "this",
        "that",
        "these",
        "those",
        "there",
        "but",
        "and",
        "so",
        "yet",
        "in",
        "on",
        "at",
        "for",
        "as",
        "after",
        "before",
        "when",
        "while",
        "however",
        "meanwhile",
        "his",
        "her",
        "their",
        "our",
    ]
)
# A quote longer than this is a wall of text (a transcript without punctuation): it is cut into pieces.
MAX_SPAN = 400
_MIN_PIECE = MAX_SPAN // 4
_CLAUSE_END = re.compile(r"[,;:](?=\s)|\s[—–-](?=\s)")
_CUT_END = re.compile(r"(?:[,;:—–-]|[^\W_])$")
_BOUNDARY = re.compile(r"[.!?…]+['\"”’»)\]]*(?=\s+)|[\n]+")
_INITIALS = re.compile(r"(?:\w\.)+\w")
_NEXT_WORD = re.compile(r"\s*['\"“‘«(\[]*(\S*)")


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) spans of the sentences of `text`, trimmed of surrounding white space.

    A sentence longer than MAX_SPAN characters is split at clause boundaries (", ; : —"), else
    between words, into pieces of at most MAX_SPAN characters.
    """
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _BOUNDARY.finditer(text):
        if match.group().startswith("\n") or _ends_sentence(text, start, match):
            _add(spans, text, start, match.end())
            start = match.end()
    _add(spans, text, start, len(text))
    return [piece for span in spans for piece in _bounded(text, *span)]


def last_sentences(text: str, count: int) -> list[str]:
    """The last `count` sentences of `text`, as `split_sentences(text)[-count:]` gives them.

    Boundaries are judged from the end until enough sentences lie after one: a paragraph's opening
    sentences are never split only to be thrown away. (Where a sentence starts changes no boundary after
    it: the sentences after a boundary are the same whatever comes before it.)
    """
    if count <= 0:
        return []
    ends: list[int] = []  # the boundaries judged so far, from the last one back
    for match in reversed(list(_BOUNDARY.finditer(text))):
        if not _is_boundary(text, match):
            continue
        ends.append(match.end())
        if len(ends) >= count:
            tail = _pieces(text, ends[::-1])
            if len(tail) >= count:  # else a blank span: one boundary further back
                return [text[a:b] for a, b in tail[-count:]]
    return [text[a:b] for a, b in _pieces(text, [0, *ends[::-1]])[-count:]]


def _pieces(text: str, starts: list[int]) -> list[tuple[int, int]]:
    """The sentence spans from starts[0] on, given every boundary after it, as sentence_spans makes them."""
    spans: list[tuple[int, int]] = []
    for start, end in itertools.pairwise([*starts, len(text)]):
        _add(spans, text, start, end)
    return [piece for span in spans for piece in _bounded(text, *span)]


def _is_boundary(text: str, match: re.Match[str]) -> bool:
    # A sentence's start only bounds how far back _word_before looks, and it stops at white space first.
    return match.group().startswith("\n") or _ends_sentence(text, 0, match)


def is_cut(sentence: str) -> tuple[bool, bool]:
    """(starts mid-sentence, ends mid-sentence) for a span that may be a piece of an overlong sentence."""
    long = len(sentence) > MAX_SPAN // 2
    return long and sentence[:1].islower(), long and bool(_CUT_END.search(sentence))


def split_sentences(text: str) -> list[str]:
    """The sentences of `text`, as verbatim substrings."""
    return [text[a:b] for a, b in sentence_spans(text)]


def _bounded(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The span cut into pieces of at most MAX_SPAN characters, each trimmed of white space."""
    pieces: list[tuple[int, int]] = []
    while end - start > MAX_SPAN:
        cut = _cut_point(text, start, start + MAX_SPAN)
        _add(pieces, text, start, cut)
        start = cut
    _add(pieces, text, start, end)
    return pieces


def _cut_point(text: str, start: int, limit: int) -> int:
    """Where to end a piece: after the last clause boundary, else the last space, else at the limit."""
    window = text[start + _MIN_PIECE : limit]
    clauses = [m.end() for m in _CLAUSE_END.finditer(window)]
    if clauses:
        return start + _MIN_PIECE + clauses[-1]
    space = max(window.rfind(" "), window.rfind("\n"), window.rfind("\t"))
    return start + _MIN_PIECE + space if space > 0 else limit


def _add(spans: list[tuple[int, int]], text: str, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append((start, end))


def _ends_sentence(text: str, start: int, match: re.Match[str]) -> bool:
    if not match.group().startswith("."):
        return _next_starts_sentence(text, match.end())
    word = _word_before(text, start, match.start() + 1)
    following = _next_word(text, match.end())
    return _period_ends(word, following)


def _word_before(text: str, start: int, end: int) -> str:
    """The word ending at `end`; scanning back a bounded way keeps long paragraphs linear."""
    begin = end - 1
    limit = max(start, end - 64)
    while begin > limit and not text[begin - 1].isspace():
        begin -= 1
    return text[begin:end]


def _period_ends(word: str, following: str) -> bool:
    bare = word.rstrip(".").lstrip("\"'“‘([«").casefold()
    if not following or not (following[0].isupper() or following[0].isdigit()):
        return False
    if bare in _TITLES or bare.endswith(_TITLE_ENDINGS):
        return False
    if bare in _ABBREVIATIONS:
        return not following[0].isdigit() and following.casefold() in _OPENERS
    if _INITIALS.fullmatch(bare) or (len(bare) == 1 and bare.isalpha()):
        # "U.S." or an initial ("Donald J. Trump"): only a sentence opener after it starts anew.
        return following.casefold().strip("'\"“‘") in _OPENERS
    return True


def _next_starts_sentence(text: str, position: int) -> bool:
    following = _next_word(text, position)
    return bool(following) and (following[0].isupper() or following[0].isdigit())


def _next_word(text: str, position: int) -> str:
    match = _NEXT_WORD.match(text, position)
    return match.group(1) if match else ""
