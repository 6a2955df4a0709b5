"""The synthetic corpus: deterministic, news-like sentences that read as language, and its questions."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from bench import corpus, newsroom
from retrieval.language import lexicon
from retrieval.language.grammar import reads_as_language
from retrieval.language.prose import quotable
from retrieval.language.sentences import split_sentences

SIZE = 2000
_SLOT = re.compile(r"\{\w+\}")
_VERB = re.compile(
    r"\b(?:\w{2,}ed|is|are|was|were|has|have|had|will|would|can|could|must|said|says|told|held|"
    r"beat|sit|stay|stayed|fell|rose|won|took|lives|runs|covers|opens|follows|includes|expect|"
    r"remain|plans|seized|built|sets|upheld)\b"
)
TEMPLATES = [t for s in newsroom.STORIES for t in s.sentences] + list(newsroom.GENERAL)


@pytest.fixture(scope="module")
def made(tmp_path_factory: pytest.TempPathFactory) -> corpus.Corpus:
    return corpus.ensure(SIZE, tmp_path_factory.mktemp("corpora"))


def _texts(folder: Path) -> dict[str, str]:
    return {str(p.relative_to(folder)): p.read_text(encoding="utf-8") for p in sorted(folder.rglob("*.txt"))}


def test_the_same_seed_writes_the_same_corpus(made: corpus.Corpus, tmp_path: Path) -> None:
    again = corpus.ensure(SIZE, tmp_path)
    assert _texts(again.folder) == _texts(made.folder)
    assert again.questions == made.questions


def test_another_seed_writes_another(made: corpus.Corpus, tmp_path: Path) -> None:
    other = corpus.ensure(SIZE, tmp_path, seed=corpus.SEED + 1)
    assert _texts(other.folder) != _texts(made.folder)


@pytest.mark.parametrize("template", TEMPLATES)
def test_every_template_holds_its_own_verb_and_ends_a_sentence(template: str) -> None:
    words = _SLOT.sub("X", template).casefold().split()
    irregular = any(w.strip(".,") in lexicon.IRREGULAR for w in words)  # "sent", "brought", "upheld"
    assert irregular or _VERB.search(" ".join(words)), template
    assert template.endswith((".", '."', ',"'))


def test_every_sentence_reads_as_language_and_may_be_quoted(made: corpus.Corpus) -> None:
    sentences = 0
    for text in _texts(made.folder).values():
        for paragraph in text.split("\n\n")[1:]:
            if paragraph.startswith("By "):
                continue  # the byline
            for sentence in split_sentences(paragraph):
                assert reads_as_language(sentence), sentence
                assert quotable(sentence), sentence
                assert sentence.endswith((".", '."')), sentence
                sentences += 1
    assert sentences > 4 * SIZE


def test_the_paragraph_count_and_the_questions(made: corpus.Corpus) -> None:
    bodies = [text.split("\n\n")[1:] for text in _texts(made.folder).values()]
    paragraphs = sum(len([p for p in body if p.strip() and not p.startswith("By ")]) for body in bodies)
    assert paragraphs == SIZE == made.paragraphs
    assert len(made.questions) == corpus.QUESTIONS
    assert all(q.strip() for q in made.questions)


def test_no_name_the_evaluation_asks_about_is_drawn() -> None:
    """A distractor must not answer an evaluation question: none of its people, places or outlets."""
    text = " ".join(TEMPLATES + [t for s in newsroom.STORIES for t in s.headlines]).casefold()
    pools = newsroom.TOWNS + newsroom.FIRST_NAMES + newsroom.LAST_NAMES + corpus.WIRES
    names = " ".join(pools + tuple(p for s in newsroom.STORIES for p in s.places)).casefold()
    for name in ("geneva", "abu dhabi", "brindlemoor", "zaporizhzhia", "crimea", "euroclear", "kyiv"):
        assert name not in text
        assert name not in names
    assert "ukrenergo" not in text
    assert "world cup" not in text
    assert not set(lexicon.PROPER_NOUNS) & {w.casefold() for w in newsroom.TOWNS}
