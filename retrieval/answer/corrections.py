"""Corrections: a report that its own article later corrects is no answer.

Live pages and wire stories fix a wrong fact in a note ("Correction: an earlier version of this entry
said X was leading the delegation. It is led by Y."); the wrong sentence often stays above it, and
matches the question better than the note does.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from retrieval.documents import Meta, Paragraph
from retrieval.language import lexicon, text

_CORRECTED = re.compile(
    r"\ban? (?:earlier|previous) version of this (?:article|entry|story|report|post|update|item)\s+"
    r"(?:wrongly |incorrectly |mistakenly )?(?:said|stated|reported|misstated|described)\s+(?:that\s+)?"
    r"([^.;:]+)",
    re.IGNORECASE,
)
_NAME = re.compile(r"(?<![\w'’])[A-Z][\w'’-]+")


@dataclass(frozen=True)
class Claim:
    """A fact an article's correction withdraws: its names' terms and its other words' terms."""

    file: str
    paragraph: int  # the correction's: only sentences above it can be what it corrects
    names: frozenset[str]
    words: frozenset[str]


def claims(found: Iterable[tuple[Meta, Paragraph]]) -> list[Claim]:
    """The claims the corrections among these paragraphs withdraw."""
    withdrawn = []
    for meta, paragraph in found:
        if not _may_correct(paragraph.text):
            continue
        for match in _CORRECTED.finditer(paragraph.text):
            said = match.group(1)
            names = frozenset(t for name in _NAME.findall(said) for t in text.terms(name))
            words = frozenset(
                t for w in text.words(said) if w not in lexicon.STOP_WORDS for t in text.terms(w)
            )
            if names:
                withdrawn.append(Claim(meta.file, paragraph.number, names, words - names))
    return withdrawn


def _may_correct(paragraph: str) -> bool:
    """False if _CORRECTED cannot match: it needs "version", in any case. Searching for the whole pattern
    cost 6 µs a paragraph (an ignore-case alternation tried at every position), 0.35 ms for the ~60
    candidates of a question at the 100k bench; this test 0.5 µs. re's IGNORECASE also takes "ſ", "ı" and
    "İ" for "s" and "i", which str.lower() does not: a paragraph holding one is searched whole."""
    return "version" in paragraph.lower() or any(odd in paragraph for odd in "ſıİ")


def withdrawn(claims: list[Claim], file: str, paragraph: int, sentence: str) -> bool:
    """The sentence, above a correction in its article, states the withdrawn claim: all its names and
    another of its words ("The delegation is led by Witkoff" for "said Witkoff was leading it")."""
    terms = frozenset(text.terms(sentence))
    return any(
        c.file == file and paragraph < c.paragraph and c.names <= terms and bool(c.words & terms)
        for c in claims
    )
