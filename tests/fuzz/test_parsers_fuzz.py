"""Parsers on malformed input: .txt/.md, front matter, HTML, PDF and raw bytes never raise."""

from __future__ import annotations

import functools
import re
import warnings
from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from fpdf import FPDF
from hypothesis import example, given
from hypothesis import strategies as st

from retrieval.documents import Article, Skipped
from retrieval.ingest.encoding import decode
from retrieval.ingest.formats import parse_html, parse_pdf
from retrieval.ingest.loader import read_article
from retrieval.ingest.parsing import parse_text
from retrieval.language.sentences import split_sentences
from tests.fuzz.strategies import Huge, fuzz, hostile_text, huge_text, prose, text_inputs, valid_text

FUZZ = fuzz(150)
SLOW = fuzz(40)

short = st.one_of(st.text(max_size=20), hostile_text.map(lambda s: s[:20]), prose(max_words=4))


@contextmanager
def library_warnings_ignored() -> Iterator[None]:
    """pyproject turns warnings into errors; in production a library's warning is only a warning."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        yield


def check_article(article: Article) -> None:
    numbers = [p.number for p in article.paragraphs]
    assert numbers == list(range(1, len(numbers) + 1))
    for paragraph in article.paragraphs:
        assert paragraph.text.strip(), paragraph
    title = article.meta.title
    assert title.strip(), article.meta
    assert len(title) <= 150, title


# --- Malformed Markdown and front matter -------------------------------------------------------

meta_key = st.one_of(
    st.sampled_from(["title", "Title", "date", "url", "link", "source", "author", "byline", "published"]),
    short,
)
front_matter_line = st.one_of(
    st.builds(lambda k, sp, v: f"{k}:{sp}{v}", meta_key, st.sampled_from(["", " ", "  ", "\t"]), short),
    st.builds(lambda k, v: f'{k}: "{v}', meta_key, short),  # unbalanced quote
    short,  # not a key/value line at all
)


@st.composite
def front_matter(draw: st.DrawFn) -> str:
    opener = draw(st.sampled_from(["---", "\ufeff---", "--- ", "---\t", "----", "-- -"]))
    closer = draw(st.sampled_from(["---", "...", "--- ", "", "--", None]))
    lines = [opener, *draw(st.lists(front_matter_line, max_size=6))]
    if closer is not None:  # None: never closed
        lines.append(closer)
    return "\n".join(lines)


markdown_line = st.one_of(
    short,
    prose(max_words=12),
    st.builds(lambda n, s: "#" * n + s, st.integers(1, 8), short),  # headings, also "#######x"
    st.builds(lambda s: f"# {s} ###", short),
    st.builds(lambda m, s: f"{m} {s}", st.sampled_from(["-", "*", "+", "•", "1.", "2)", "  -", "-"]), short),
    st.builds(lambda a, b: f"[{a}]({b}", short, short),  # unclosed link
    st.builds(lambda a, b: f"[{a}]({b})", short, short),
    st.builds(lambda a, b: f"![{a}]({b})", short, short),
    st.builds(lambda m, s: f"{m}{s}{m}", st.sampled_from(["*", "**", "__", "`", "_"]), short),
    st.builds(lambda m, s: f"{m}{s}", st.sampled_from(["*", "**", "__", "`", "> ", ">"]), short),
    st.sampled_from(
        ["---", "***", "* * *", "___", "", " ", "\x00", "\x00H", "By John Smith", "Date: 2025-01-01"]
    ),
    st.builds(lambda s, n: s * n, st.text(min_size=1, max_size=3), st.integers(1000, 5000)),  # long line
    st.builds(lambda s: "Title: " + s, st.text(min_size=1, max_size=400)),
)
line_ending = st.sampled_from(["\n", "\r\n", "\r", "\n\n", "\r\n\r\n"])


@st.composite
def markdown_document(draw: st.DrawFn) -> str:
    head = draw(st.one_of(st.just(""), front_matter()))
    parts = [head] if head else []
    for line in draw(st.lists(markdown_line, max_size=25)):
        parts.append(line)
        parts.append(draw(line_ending))
    return "".join(parts) if parts else ""


documents = st.one_of(text_inputs, markdown_document())


# The title falls back to the file's name when the text has none.
file_names = st.one_of(st.just("x.md"), st.text(max_size=30).map(lambda s: f"{s}.md"), st.just("dir/-_-.txt"))


@FUZZ
@given(documents, st.booleans(), file_names)
@example("---\ntitle: \x00\n---\n", True, "x.md")
@example("# \n\n#\n", True, "x.md")
@example("---\n---\n", False, " .md")
def test_parse_text_never_raises_and_is_well_formed(text: str, markdown: bool, file: str) -> None:
    check_article(parse_text(text, file, markdown=markdown))


@fuzz(3)
@given(huge_text(min_size=100_000, max_size=200_000), st.booleans())
def test_parse_text_on_huge_input(huge: Huge, markdown: bool) -> None:
    check_article(parse_text(huge.text, "huge.txt", markdown=markdown))


# --- No sentence of the body is lost ---------------------------------------------------------------

sentence = st.lists(
    st.sampled_from(["talks", "envoy", "plan", "troops", "Geneva", "corridor", "grain", "said", "will"]),
    min_size=3,
    max_size=8,
).map(lambda ws: " ".join(ws).capitalize() + ".")


@st.composite
def structured_markdown(draw: st.DrawFn) -> tuple[str, list[str]]:
    """Headings and plain paragraphs, laid out the ways people write Markdown; returns the body sentences."""
    lines: list[str] = []
    body: list[str] = []
    for _ in range(draw(st.integers(1, 5))):
        if draw(st.booleans()):
            lines.append(
                "#" * draw(st.integers(1, 3)) + " " + draw(st.sampled_from(["Background", "The plan"]))
            )
            if draw(st.booleans()):
                lines.append("")
        sentences = draw(st.lists(sentence, min_size=1, max_size=3))
        body.extend(sentences)
        lines.append(" ".join(sentences))
        lines.append("")
    return "\n".join(lines), body


@fuzz(100)
@given(structured_markdown())
@example(("Talks talks talks.\n\n# Background\nTalks talks talks talks.\n", ["Talks talks talks talks."]))
def test_markdown_body_text_directly_under_a_heading_is_kept(document: tuple[str, list[str]]) -> None:
    # A paragraph that starts on the line right after a "# heading" (no blank line between: common
    # Markdown) must be served, not folded into the heading and dropped from the index.
    text, body = document
    article = parse_text(text, "x.md", markdown=True)
    served = [s for p in article.paragraphs for s in split_sentences(p.text)]
    for wanted in body:
        assert wanted in served, (wanted, article)


# --- HTML --------------------------------------------------------------------------------------------

TAGS = ("p", "div", "article", "main", "h1", "h2", "span", "a", "b", "table", "td", "li", "ul", "body")
tag_name = st.one_of(st.sampled_from(TAGS), st.text(st.characters(codec="ascii"), max_size=6))
attr_value = st.one_of(
    short, st.builds(lambda s, n: s * n, st.text(min_size=1, max_size=3), st.integers(1, 20_000))
)
entity = st.sampled_from(
    ["&amp;", "&lt;", "&", "&#0;", "&#x110000;", "&#xD800;", "&nbsp", "&bogus;", "&#99999999999;"]
)


@st.composite
def html_fragment(draw: st.DrawFn, depth: int = 0) -> str:
    """Text, entities, stray open/close tags, unclosed script/style/comments, and nested junk."""
    kind = draw(st.integers(0, 6 if depth < 4 else 2))
    if kind == 0:
        fragment = draw(st.one_of(prose(max_words=20), short, entity))
    elif kind == 1:
        quote = draw(st.sampled_from(["", '"', "'"]))
        fragment = f"<{draw(tag_name)} {draw(short)}={quote}{draw(attr_value)}>"
    elif kind == 2:
        fragment = f"</{draw(tag_name)}>"
    elif kind == 3:
        script = draw(st.sampled_from(["script", "style", "noscript", "template", "iframe"]))
        closing = draw(st.sampled_from([f"</{script}>", ""]))
        fragment = f"<{script}>{draw(short)}{closing}"
    elif kind == 4:
        fragment = f"<!--{draw(short)}" + draw(st.sampled_from(["-->", ""]))
    else:
        inner = "".join(draw(st.lists(html_fragment(depth + 1), max_size=4)))
        tag = draw(tag_name)
        fragment = f"<{tag}>{inner}{draw(st.sampled_from([f'</{tag}>', '', '</p>']))}"
    return fragment


@st.composite
def html_document(draw: st.DrawFn) -> str:
    head = draw(
        st.sampled_from(
            [
                "",
                "<!DOCTYPE html>",
                "<html><head><title>",
                '<?xml version="1.0"?>',
                '<meta charset="x">',
                "<html><head><meta property='og:title' content='",
            ]
        )
    )
    body = "".join(draw(st.lists(html_fragment(), max_size=12)))
    return head + body


@SLOW
@given(st.one_of(text_inputs, html_document()))
@example("")
@example("<html>")
@example("<p>" + "The envoy said the talks would resume. " * 20 + "</p>")
def test_parse_html_never_raises(html: str) -> None:
    with library_warnings_ignored():
        result = parse_html(html, "x.html")
    assert isinstance(result, Article | Skipped)
    if isinstance(result, Article):
        check_article(result)


# --- PDF ---------------------------------------------------------------------------------------------


@functools.cache
def small_pdf() -> bytes:
    pdf = FPDF()
    pdf.set_title("Geneva talks")
    pdf.set_author("Ann Lee")
    pdf.add_page()
    pdf.set_font("Helvetica", size=12)
    pdf.multi_cell(
        0, 8, "The envoy said the talks in Geneva would resume on Monday. " * 6, new_x="LMARGIN", new_y="NEXT"
    )
    pdf.multi_cell(0, 8, "Both sides exchanged 1,000 prisoners.", new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


@st.composite
def mutated_pdf(draw: st.DrawFn) -> bytes:
    data = bytearray(small_pdf())
    how = draw(st.sampled_from(["truncate", "flip", "splice", "delete"]))
    if how == "truncate":
        return bytes(data[: draw(st.integers(0, len(data)))])
    for _ in range(draw(st.integers(1, 8))):
        at = draw(st.integers(0, len(data) - 1))
        if how == "flip":
            data[at] = draw(st.integers(0, 255))
        elif how == "splice":
            data[at:at] = draw(st.binary(min_size=1, max_size=20))
        else:
            del data[at : at + draw(st.integers(1, 200))]
        if not data:
            break
    return bytes(data)


def test_the_unmutated_pdf_is_read() -> None:
    result = parse_pdf(small_pdf(), "x.pdf")
    assert isinstance(result, Article), result
    check_article(result)


@SLOW
@given(st.one_of(st.binary(max_size=2000), mutated_pdf()))
@example(b"%PDF-1.4")
@example(small_pdf().replace(b"/FlateDecode", b"/FlateDecodX"))  # one corrupt byte: an unknown filter
@example(b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 1 0 R>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF")
def test_parse_pdf_never_raises(data: bytes) -> None:
    with library_warnings_ignored():
        result = parse_pdf(data, "x.pdf")
    assert isinstance(result, Article | Skipped)
    if isinstance(result, Article):
        check_article(result)


# --- Bytes on disk -----------------------------------------------------------------------------------

raw_bytes = st.one_of(
    st.binary(max_size=3000),
    text_inputs.map(lambda s: s.encode("utf-8", "surrogatepass")),  # a lone surrogate: invalid UTF-8
    valid_text.map(lambda s: s.encode("cp1252", "replace")),
    valid_text.map(lambda s: b"\xef\xbb\xbf" + s.encode("utf-8")),
)


@fuzz(300)
@given(raw_bytes)
@example(b"\x81\x8d\x8f\x90\x9d")  # undefined in cp1252
def test_decode_returns_text_or_skipped(data: bytes) -> None:
    result = decode(data, "x.txt")
    assert isinstance(result, str | Skipped)
    if isinstance(result, str):
        assert "\x00" not in result[:8192]


@pytest.mark.parametrize("suffix", [".txt", ".md", ".html", ".pdf"])
@SLOW
# surrogatepass: the drawn HTML may hold a lone surrogate, which plain str.encode refuses (a flaky draw).
@given(
    data=st.one_of(
        raw_bytes, mutated_pdf(), html_document().map(lambda s: s.encode("utf-8", "surrogatepass"))
    )
)
def test_read_article_never_raises(
    tmp_path_factory: pytest.TempPathFactory, suffix: str, data: bytes
) -> None:
    # A session-scoped folder: every example overwrites the one file.
    path = tmp_path_factory.getbasetemp() / f"fuzz-article{suffix}"
    path.write_bytes(data)
    with library_warnings_ignored():
        result = read_article(path, path.name)
    assert isinstance(result, Article | Skipped)
    if isinstance(result, Article):
        check_article(result)
        assert result.paragraphs


def test_a_broken_front_matter_opener_leaves_the_text_as_body() -> None:
    # "-- -" (one of the openers generated above) is not front matter: the lines stay in the body.
    article = parse_text("-- -\ntitle: x\n---\nBody text here.", "x.md", markdown=True)
    assert re.search("Body text here", " ".join(p.text for p in article.paragraphs))
