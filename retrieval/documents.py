"""Articles and paragraphs: the plain values every other part of the engine reads."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class FileKey:
    """What identifies one version of a file: a change to any field means it must be read again."""

    path: str  # relative to the folder, with "/"
    size: int
    mtime_ns: int


@dataclass(frozen=True)
class Meta:
    """What is known about where an article came from."""

    title: str
    file: str
    # When the article was published, "YYYY-MM-DD" (front matter, page or PDF metadata, or a dateline).
    date: str | None = None
    url: str | None = None
    # The outlet that published it ("Reuters"): front matter `publisher:` or `source:`, a page's site name.
    publisher: str | None = None
    author: str | None = None
    # The day the file was added to the folder (its modification time, "YYYY-MM-DD"): shown, labelled as
    # such, when the article itself gives no date.
    added: str | None = None
    # For a year-less dateline ("--02-18"): the year the article's own text or address gives it (a full
    # date written in it), to rank it by; never shown, the date shown stays as the article wrote it.
    year: int | None = None


@dataclass(frozen=True)
class Paragraph:
    """One answerable block of an article, with the text that gives it context."""

    number: int
    text: str
    heading: str = ""
    # The end of the paragraph before: what an opening "It" refers to, and context for the rest.
    antecedent: str = ""
    # The first sentence of the paragraph after, under the same heading ("" if a heading or the article's
    # end comes first): what a paragraph ending "There are two points still open." announces.
    following: str = ""


@dataclass(frozen=True)
class Article:
    """A parsed document: its metadata and its answerable paragraphs."""

    meta: Meta
    paragraphs: tuple[Paragraph, ...] = field(default_factory=tuple)


@dataclass(frozen=True)
class Skipped:
    """A file that was not served, and why (for warnings and /stats)."""

    file: str
    reason: str
    # True when the file could not be read (permissions, a flaky mount): try again on the next refresh.
    retry: bool = False
