"""Hypothesis strategies shared by the fuzz tests: hostile Unicode, mixed-script prose, huge inputs."""

from __future__ import annotations

import os
from dataclasses import dataclass

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st

# TALKSBOT_FUZZ_SCALE=20 runs twenty times the examples, for a longer bug hunt than the test suite's.
SCALE = float(os.environ.get("TALKSBOT_FUZZ_SCALE", "1"))


def fuzz(max_examples: int) -> settings:
    """Settings for a fuzz test: no deadline (first calls load dictionaries), examples scaled."""
    return settings(
        max_examples=max(1, round(max_examples * SCALE)),
        deadline=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    )


# Characters the text pipeline treats specially, or that commonly break text code.
SPECIAL_CHARS = (
    "\x00\x01\x07\x08\x0b\x0c\x1b\x1c\x1d\x1e\x1f\x7f\x85\x9f"  # C0/C1 controls, NEL
    "\t\n\r\u2028\u2029\u00a0\u202f\u2009\u3000"  # line/paragraph separators, odd spaces
    "\u200b\u200c\u200d\u2060\ufeff\u00ad"  # zero-width characters, BOM, soft hyphen
    "\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2069"  # bidi marks and overrides
    "\u0301\u0308\u0327\u20dd\u0483\u036f"  # combining marks
    "\ufb01\uff2b\u2160\u00bd\u2075\u2034\u00b4\u1100\u1161"  # NFKC-sensitive: ligature, full width...
    "'\"`’‘‚‛“”„«»′″‐‑–—−.,;:!?…()[]{}<>&*_#-+=|~\\/"  # quotes, dashes and punctuation
    "абвгдежзийклмнопрстуфхцчшщъыьэюяёіїєґАБВГДЕЁІЇЄҐ"  # Russian and Ukrainian letters
    "😀👍🏽👨‍👩‍👧𝔘𝕏𐍈\U0010ffff"  # astral characters, ZWJ sequences
)

WORDS = (
    "The",
    "the",
    "U.S.",
    "Mr.",
    "Dr.",
    "Nov.",
    "No.",
    "J.",
    "Donald",
    "Ukraine's",
    "Kyiv",
    "talks",
    "1,000",
    "3.5",
    "28-point",
    "plan",
    "said",
    "it",
    "переговоры",
    "переговорах",
    "Київ",
    "мирний",
    "план",
    "г.",
    "т.",
    "е.",
    "Він",
    "сказав",
    "це",
    "и",
    "і",
    "what",
    "how",
    "many",
    "...",
    "!",
    "?",
    "…",
    "«",
    "»",
    '"',
    "(",
    ")",
)
SEPARATORS = (" ", "  ", "\n", "\n\n", ". ", "! ", "? ", ".\n", "\t", "\r\n", " \u200b", "\u00a0", "")

# st.characters() includes lone surrogates ("\ud800"): a Python str can hold them, e.g. a file name
# that is not valid UTF-8 comes back from os.walk with "\udce9" for the byte 0xE9 (surrogateescape).
any_char = st.one_of(st.characters(), st.sampled_from(SPECIAL_CHARS))
hostile_text = st.text(any_char)
# Text that can really arrive in an article (decoded strictly) or a Telegram message: no lone surrogates.
valid_char = st.one_of(st.characters(exclude_categories=["Cs"]), st.sampled_from(SPECIAL_CHARS))
valid_text = st.text(valid_char)


@st.composite
def prose(draw: st.DrawFn, max_words: int = 60) -> str:
    """English, Russian and Ukrainian words with sentence punctuation, abbreviations and odd spacing."""
    pieces = draw(
        st.lists(
            st.tuples(st.one_of(st.sampled_from(WORDS), hostile_text), st.sampled_from(SEPARATORS)),
            max_size=max_words,
        )
    )
    return "".join(word + sep for word, sep in pieces)


text_inputs = st.one_of(st.text(), hostile_text, prose())


@dataclass(frozen=True)
class Huge:
    """A few hundred thousand characters, described by a fragment and a length so it reprs small."""

    fragment: str
    size: int

    @property
    def text(self) -> str:
        return (self.fragment * (self.size // len(self.fragment) + 1))[: self.size]


def huge_text(min_size: int = 100_000, max_size: int = 300_000) -> st.SearchStrategy[Huge]:
    """A random fragment repeated and cut at a random length (hypothesis never sees the whole text)."""
    fragment = st.one_of(prose(max_words=30), hostile_text).filter(bool)
    return st.builds(Huge, fragment, st.integers(min_size, max_size))
