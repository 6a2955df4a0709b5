"""The answer engine on arbitrary questions and file names: no exception, quotes always verbatim."""

from __future__ import annotations

import os
import string
import tempfile
from pathlib import Path

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from bot import render
from bot.markup import to_html_parts
from retrieval import Answer, Library
from retrieval.language.lexicon import STOP_WORDS
from tests.botapi.tghtml import parse_html
from tests.fuzz.strategies import fuzz, hostile_text, prose, valid_text

# Very long questions are larger than hypothesis likes to print; that is the point.
pytestmark = pytest.mark.filterwarnings(
    "ignore:Generating overly large repr:hypothesis.errors.HypothesisWarning"
)

ARTICLES = {
    "geneva.txt": (
        "Geneva talks resume on Monday\n"
        "By Ann Lee\n"
        "\n"
        "The U.S. envoy said the talks in Geneva would resume on Monday, after a pause of two weeks.\n"
        "\n"
        "Both delegations exchanged 1,000 prisoners on Friday. It was the largest exchange since 2022.\n"
        "\n"
        "The 28-point plan was drafted by Mr. Witkoff and later cut to 19 points.\n"
    ),
    "corridor.md": (
        "---\n"
        "title: Black Sea corridor deal\n"
        "date: 2025-11-27\n"
        "---\n"
        "# Black Sea corridor deal\n"
        "\n"
        "Negotiators in Istanbul agreed to reopen a protected shipping corridor for grain exports "
        "from Odesa.\n"
        "\n"
        "The corridor would be monitored by Turkish naval vessels.\n"
        "\n"
        "- Insurers said premiums could fall by half.\n"
    ),
    "kyiv_uk.txt": (
        "Переговори у Женеві\n"
        "\n"
        "Делегації України та США обговорили мирний план у Женеві в неділю.\n"
        "\n"
        "Він містив 28 пунктів, але після переговорів їх залишилося 19.\n"
    ),
    "moscow_ru.txt": (
        "Переговоры в Москве\n\nРоссийская делегация заявила, что переговоры продолжатся в декабре.\n"
    ),
}
ARTICLE_WORDS = sorted({word.strip(".,:-") for text in ARTICLES.values() for word in text.split()} - {""})


@pytest.fixture(scope="module")
def library(tmp_path_factory: pytest.TempPathFactory) -> Library:
    folder = tmp_path_factory.mktemp("articles")
    for name, text in ARTICLES.items():
        (folder / name).write_text(text, encoding="utf-8")
    built = Library(folder)
    built.refresh()
    assert len(built.snapshot.articles) == len(ARTICLES)
    return built


def check_answer(answer: Answer) -> None:
    quotes = [*([answer.quote] if answer.quote else []), *answer.also, *answer.more]
    for quote in quotes:
        assert quote.text, quote
        # Quoted word for word: the quote is a verbatim substring of the article's file.
        assert quote.text in ARTICLES[quote.meta.file], quote
        for start, end in quote.highlights:
            assert 0 <= start < end <= len(quote.text), (quote.highlights, quote.text)
    assert answer.found == (answer.quote is not None)
    for part in to_html_parts(render.answer_blocks(answer)):
        parse_html(part)


article_words = st.lists(st.sampled_from(ARTICLE_WORDS), min_size=1, max_size=12).map(" ".join)
stop_words = st.lists(st.sampled_from(sorted(STOP_WORDS)), max_size=10).map(" ".join)
punctuation = st.text(st.sampled_from(string.punctuation + "«»“”—…¿¡·"), max_size=50)
questions = st.one_of(
    valid_text,
    hostile_text,
    prose(max_words=20),
    article_words,
    st.tuples(article_words, hostile_text, article_words).map(" ".join),
    st.builds(lambda w, n: (w + " ") * n, article_words, st.integers(50, 400)),  # very long
)


@fuzz(200)
@given(questions)
@example("When will the Geneva talks resume?")
@example("how many points were in the plan")
@example("Скільки пунктів містив план?")
@example("\x00" * 100 + "Geneva")
def test_any_question_is_answered_or_declined(library: Library, question: str) -> None:
    answer = library.answer(question)
    check_answer(answer)
    if not question.strip():
        assert not answer.found


blank = st.text(st.sampled_from(" \t\n\r\x0b\x0c\u00a0\u2028\u3000"), max_size=30)


@fuzz(100)
@given(st.one_of(blank, punctuation, stop_words))
@example("")
def test_a_question_without_content_words_finds_nothing(library: Library, question: str) -> None:
    answer = library.answer(question)
    check_answer(answer)
    assert not answer.found


def test_a_real_question_is_answered(library: Library) -> None:
    answer = library.answer("When will the Geneva talks resume?")
    assert answer.quote is not None
    assert "resume on Monday" in answer.quote.text


# A folder's file names are bytes; one that is not valid UTF-8 (an archive made on Windows, a Latin-1
# disk) comes back from os.walk as a str with lone surrogates ("caf\udce9.txt").
file_names = st.binary(min_size=1, max_size=40).filter(
    lambda b: b"/" not in b and b"\x00" not in b and not b.startswith(b".")
)


@fuzz(15)
@given(file_names)
@example(b"caf\xe9")
def test_any_file_name_loads_answers_and_renders(name: bytes) -> None:
    with tempfile.TemporaryDirectory() as root:
        folder, cache = Path(root, "docs"), Path(root, "cache")
        folder.mkdir()
        cache.mkdir()
        with open(os.path.join(os.fsencode(folder), name + b".txt"), "wb") as file:
            file.write(b"Geneva talks\n\nThe envoy said the Geneva talks would resume on Monday.\n")
        library = Library(folder, cache_dir=cache)  # the bot runs with its file cache on
        library.refresh()
        assert len(library.snapshot.articles) == 1
        answer = library.answer("When will the Geneva talks resume?")
        assert answer.quote is not None
        for blocks in (render.answer_blocks(answer), render.sources_blocks(library.snapshot.articles)):
            for part in to_html_parts(blocks):
                part.encode("utf-8")  # what the Bot API is sent must be UTF-8
                parse_html(part)
