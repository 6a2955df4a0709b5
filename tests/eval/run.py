"""`make eval`: answer and no-answer accuracy of the engine and of a naive BM25 baseline, in one run."""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from rank_bm25 import BM25Okapi

from retrieval import Article, Library, open_backend
from retrieval.backends import Backend
from retrieval.loader import read_article, scan

HERE = Path(__file__).parent
FIXTURES = HERE.parent / "fixtures" / "eval"
QUESTIONS = HERE / "questions.json"


@dataclass(frozen=True)
class Case:
    """One evaluation question and the sentence that answers it (None: nothing does)."""

    q: str
    expect: str | None
    file: str | None
    kind: str


@dataclass(frozen=True)
class Score:
    """How a system did: answered right, refused right, and what it got wrong."""

    name: str
    answered: int
    answerable: int
    refused: int
    unanswerable: int
    misses: tuple[str, ...]

    @property
    def answer_accuracy(self) -> float:
        """Share of answerable questions whose expected sentence was quoted."""
        return self.answered / max(self.answerable, 1)

    @property
    def no_answer_accuracy(self) -> float:
        """Share of unanswerable questions that got "not covered"."""
        return self.refused / max(self.unanswerable, 1)


Responder = Callable[[str], "tuple[str, str] | None"]


def load_cases(path: Path = QUESTIONS) -> list[Case]:
    """The question set."""
    return [Case(**item) for item in json.loads(path.read_text(encoding="utf-8"))]


def engine_responder(folder: Path, backend: Backend | None = None) -> Responder:
    """The real engine: (quoted text, file) or None for "not covered"."""
    library = Library(folder, backend=backend)
    library.refresh()

    def respond(question: str) -> tuple[str, str] | None:
        answer = library.answer(question)
        return (answer.quote.text, answer.quote.source.file) if answer.quote else None

    return respond


def baseline_responder(folder: Path) -> Responder:
    """BM25Okapi over whitespace tokens of each paragraph; the top paragraph is the answer."""
    paragraphs = [(p.text, article.meta.file) for article in _articles(folder) for p in article.paragraphs]
    bm25 = BM25Okapi([text.lower().split() for text, _ in paragraphs])

    def respond(question: str) -> tuple[str, str] | None:
        scores = bm25.get_scores(question.lower().split())
        best = int(scores.argmax())
        return paragraphs[best] if scores[best] > 0 else None

    return respond


def _articles(folder: Path) -> list[Article]:
    found = (read_article(path, key.path) for key, path in scan(folder))
    return [article for article in found if isinstance(article, Article)]


def agreement(first: Responder, second: Responder, cases: Sequence[Case]) -> float:
    """Share of questions both systems answer identically (the same quote, or both "not covered")."""
    same = sum(first(case.q) == second(case.q) for case in cases)
    return same / max(len(cases), 1)


def evaluate(name: str, respond: Responder, cases: Sequence[Case]) -> Score:
    """Run every case through `respond` and count."""
    answered = refused = 0
    misses = []
    for case in cases:
        got = respond(case.q)
        if case.expect is None:
            refused += got is None
            ok = got is None
        else:
            ok = got is not None and case.expect in got[0] and got[1] == case.file
            answered += ok
        if not ok:
            misses.append(f"[{case.kind}] {case.q!r} -> {got[0][:90] if got else None!r}")
    answerable = sum(case.expect is not None for case in cases)
    return Score(name, answered, answerable, refused, len(cases) - answerable, tuple(misses))


def report(scores: Sequence[Score], verbose: bool) -> str:
    """A table of both accuracies per system."""
    lines = [f"{'system':<22} {'answer accuracy':>18} {'no-answer accuracy':>20}"]
    for s in scores:
        lines.append(
            f"{s.name:<22} {s.answered:>3}/{s.answerable:<3} {s.answer_accuracy:>7.1%}"
            f"    {s.refused:>3}/{s.unanswerable:<3} {s.no_answer_accuracy:>7.1%}"
        )
    if verbose:
        for s in scores:
            lines += [f"\n{s.name} misses:", *(f"  {m}" for m in s.misses)]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    """Print the evaluation table."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quiet", action="store_true", help="only the table, not the misses")
    parser.add_argument("--set", default="questions", choices=["questions", "heldout"], help="question set")
    args = parser.parse_args(argv)
    cases = load_cases(HERE / f"{args.set}.json")
    with tempfile.TemporaryDirectory() as index_dir:
        bm25 = engine_responder(FIXTURES)
        tantivy = engine_responder(FIXTURES, open_backend("tantivy", Path(index_dir)))
        scores = [
            evaluate("talksbot (rank-bm25)", bm25, cases),
            evaluate("talksbot (tantivy)", tantivy, cases),
            evaluate("baseline BM25Okapi", baseline_responder(FIXTURES), cases),
        ]
        same = agreement(bm25, tantivy, cases)
    print(f"{args.set}.json: {len(cases)} questions over {FIXTURES.relative_to(HERE.parent.parent)}")
    print(report(scores, verbose=not args.quiet))
    print(f"rank-bm25 and tantivy give the same answer to {same:.1%} of the questions")
    return 0


if __name__ == "__main__":
    sys.exit(main())
