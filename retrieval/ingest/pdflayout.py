"""From the lines of a PDF's pages to article text: running headers and footers out, line-end hyphens
rejoined, hard-wrapped lines joined into paragraphs across page breaks."""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence
from functools import lru_cache

# Headers and footers are found among the first and last few lines of a page.
_EDGE_LINES = 3
# Repeated on this share of pages (and on two at least): page furniture, not the article's words.
_MOST_PAGES = 0.6
_LINE_END_HYPHEN = re.compile(r"([^\W\d_]+)-$")
_LINE_START_WORD = re.compile(r"([^\W\d_]+)")
_COMPOUND = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)+")
_WORD = re.compile(r"[^\W\d_]+")
_SENTENCE_END = (".", "!", "?", "”", '"', "»", "…")


def pdf_text(pages: Sequence[str]) -> str:
    """The article text of a PDF, given the text pypdf extracted from each page."""
    lines = [[line.strip() for line in page.splitlines() if line.strip()] for page in pages]
    body = [line for page in without_furniture(lines) for line in page]
    return _paragraphs(body)


def without_furniture(pages: list[list[str]]) -> list[list[str]]:
    """Each page's lines without the header and footer lines most pages repeat (page numbers may vary)."""
    counts: Counter[str] = Counter()
    for page in pages:
        counts.update({_shape(line) for line in page[:_EDGE_LINES] + page[-_EDGE_LINES:]})
    needed = max(2, math.ceil(len(pages) * _MOST_PAGES))
    furniture = {shape for shape, count in counts.items() if count >= needed}
    return [_trim(page, furniture) for page in pages]


def _shape(line: str) -> str:
    """A line with its numbers blanked: "Page 3 of 9" and "Page 4 of 9" are the same footer."""
    return " ".join(re.sub(r"\d+", "#", line.casefold()).split())


def _trim(page: list[str], furniture: set[str]) -> list[str]:
    start, end = 0, len(page)
    while start < min(end, _EDGE_LINES) and _shape(page[start]) in furniture:
        start += 1
    while end > max(start, len(page) - _EDGE_LINES) and _shape(page[end - 1]) in furniture:
        end -= 1
    return page[start:end]


def _paragraphs(lines: list[str]) -> str:
    """Join hard-wrapped lines; a line ending a sentence, or a heading, ends its paragraph."""
    vocabulary = _Vocabulary(lines)
    # A line is wrapped where the next word would not fit; a title stops short although it would.
    width = sorted(len(line) for line in lines)[int(0.9 * (len(lines) - 1))] if lines else 0
    out: list[str] = []
    starts_paragraph = True
    for number, line in enumerate(lines):
        following = lines[number + 1] if number + 1 < len(lines) else ""
        if line.endswith("\u00ad"):
            out.append(line[:-1])  # a soft hyphen is a typesetter's break, never a real hyphen
            continue
        hyphen = _LINE_END_HYPHEN.search(line)
        if hyphen and following[:1].isalpha():
            out.append(line[:-1] if vocabulary.rejoins(hyphen.group(1), following) else line)
            continue
        out.append(line)
        room = len(line) + 1 + len(following.split(" ", 1)[0]) <= width
        heading = starts_paragraph and room and _is_heading(line) and following[:1].isupper()
        starts_paragraph = line.endswith(_SENTENCE_END) or heading
        out.append("\n\n" if starts_paragraph else " ")
    return "".join(out).strip()


def _is_heading(line: str) -> bool:
    """A short line with no closing punctuation that starts with a capital (a title or subheading)."""
    return len(line.split()) <= 10 and line[:1].isupper() and not re.search(r"[.,;:!?]$", line)


class _Vocabulary:
    """Decides line-end hyphens: the document's own spelling first, then word frequencies."""

    def __init__(self, lines: list[str]) -> None:
        text = " ".join(lines)
        self._compounds = {word.casefold() for word in _COMPOUND.findall(text)}
        self._words = {word.casefold() for word in _WORD.findall(text)}
        self._language = "ru" if re.search("[а-яё]", text, re.I) else "en"

    def rejoins(self, head: str, following: str) -> bool:
        """True if "head-" at a line end and the word starting the next line are one word broken in two."""
        match = _LINE_START_WORD.match(following)
        if match is None or not following[:1].islower():
            return False  # "Anglo-" / "Saxon": a capital after the break is a compound's second part
        tail = match.group(1)
        joined = (head + tail).casefold()
        if f"{head}-{tail}".casefold() in self._compounds:
            return False
        if joined in self._words:
            return True
        return _joined_is_a_word(head.casefold(), tail.casefold(), self._language)


@lru_cache(maxsize=10_000)
def _joined_is_a_word(head: str, tail: str, language: str) -> bool:
    """ "negoti"+"ators" is a word; "well"+"known" is rarer than its parts, so the hyphen was real."""
    from wordfreq import zipf_frequency  # noqa: PLC0415 - word lists load on the first hyphenated PDF

    languages = ("ru", "uk") if language == "ru" else ("en",)
    frequency = max(zipf_frequency(head + tail, lang) for lang in languages)
    parts = min(max(zipf_frequency(part, lang) for lang in languages) for part in (head, tail))
    return frequency >= 1.0 and frequency >= parts
