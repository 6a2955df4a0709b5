"""`make eval`: does the main quote answer? Per kind and overall, engine vs a naive BM25 baseline, in one run.

A question set is a JSON list. Each item has `q` and `kind`, and either `answers` (a list of
`{"file", "expect"}`: any one of them quoted is right; empty means no article answers) or the older
single `expect` and `file` (`expect` null: no article answers). A kind starting with "unanswerable"
or equal to "none" is a question the articles don't answer.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from rank_bm25 import BM25Okapi

from retrieval import Article, Library, open_backend
from retrieval.index.backends import Backend
from retrieval.ingest.loader import read_article, scan

HERE = Path(__file__).parent
FIXTURES = HERE.parent / "fixtures" / "eval"
NEWS = HERE.parent / "fixtures" / "news"
QUESTIONS = HERE / "questions.json"
# Each named set, and the folder its questions are about.
SETS = {
    "questions": (QUESTIONS, FIXTURES),
    "heldout": (HERE / "heldout.json", FIXTURES),
    "news-dev": (HERE / "news_dev.json", NEWS),
    "news-blind": (HERE / "news_blind.json", NEWS),
    "news-unanswerable": (HERE / "news_unanswerable.json", NEWS),
}


@dataclass(frozen=True)
class Case:
    """One evaluation question and the (file, expected text) pairs that answer it; none: nothing does."""

    q: str
    kind: str
    answers: tuple[tuple[str, str], ...]

    @property
    def answerable(self) -> bool:
        """True if some article answers the question."""
        return bool(self.answers)


@dataclass(frozen=True)
class Result:
    """One question's outcome for one system."""

    case: Case
    got: tuple[str, str] | None

    @property
    def ok(self) -> bool:
        """The main quote holds an expected text from its file, or a refusal where nothing answers."""
        if not self.case.answerable:
            return self.got is None
        return self.got is not None and any(
            expect in self.got[0] and file == self.got[1] for file, expect in self.case.answers
        )


@dataclass(frozen=True)
class Score:
    """How a system did on a question set."""

    name: str
    results: tuple[Result, ...]

    @property
    def answered(self) -> int:
        """Answerable questions whose main quote answers them."""
        return sum(r.ok for r in self.results if r.case.answerable)

    @property
    def answerable(self) -> int:
        """How many questions some article answers."""
        return sum(r.case.answerable for r in self.results)

    @property
    def refused(self) -> int:
        """Unanswerable questions that got "not covered"."""
        return sum(r.ok for r in self.results if not r.case.answerable)

    @property
    def unanswerable(self) -> int:
        """How many questions no article answers."""
        return len(self.results) - self.answerable

    @property
    def wrong(self) -> int:
        """Questions quoted with a main quote that does not answer them: an answerable one quoted from the
        wrong sentence, or an unanswerable one quoted at all (the confident wrong quote a newsroom fears)."""
        return sum(r.got is not None and not r.ok for r in self.results)

    @property
    def answer_accuracy(self) -> float:
        """Share of answerable questions whose main quote answers them."""
        return self.answered / max(self.answerable, 1)

    @property
    def no_answer_accuracy(self) -> float:
        """Share of unanswerable questions that got "not covered"."""
        return self.refused / max(self.unanswerable, 1)

    def by_kind(self) -> dict[str, tuple[int, int]]:
        """Kind -> (right, asked)."""
        out: dict[str, list[int]] = defaultdict(lambda: [0, 0])
        for r in self.results:
            out[r.case.kind][0] += r.ok
            out[r.case.kind][1] += 1
        return {kind: (right, asked) for kind, (right, asked) in sorted(out.items())}

    @property
    def misses(self) -> tuple[str, ...]:
        """One line per wrong outcome."""
        return tuple(
            f"[{r.case.kind}] {r.case.q!r} -> {r.got[0][:90] if r.got else None!r}"
            for r in self.results
            if not r.ok
        )


Responder = Callable[[str], "tuple[str, str] | None"]


def load_cases(path: Path = QUESTIONS) -> list[Case]:
    """The question set at `path`, in either format."""
    return [_case(item) for item in json.loads(path.read_text(encoding="utf-8"))]


def _case(item: dict[str, Any]) -> Case:
    if "answers" in item:
        pairs = tuple((a["file"], a["expect"]) for a in item["answers"])
    else:
        pairs = ((item["file"], item["expect"]),) if item.get("expect") else ()
    return Case(item["q"], item["kind"], pairs)


def engine_responder(folder: Path, backend: Backend | None = None) -> Responder:
    """The real engine: (main quote, file) or None when it refuses."""
    library = Library(folder, backend=backend)
    library.refresh()

    def respond(question: str) -> tuple[str, str] | None:
        answer = library.answer(question)
        return (answer.quote.text, answer.quote.meta.file) if answer.quote else None

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
    """Run every case through `respond`."""
    return Score(name, tuple(Result(case, respond(case.q)) for case in cases))


def report(scores: Sequence[Score], verbose: bool) -> str:
    """Overall and per-kind tables, each system beside the baseline (the last score)."""
    head = f"{'system':<22} {'main quote right':>18} {'refused right':>20} {'vs baseline':>12}"
    lines = [f"{head} {'wrong quotes':>14}"]
    baseline = scores[-1]
    for s in scores:
        ratio = s.answer_accuracy / max(baseline.answer_accuracy, 1e-9)
        lines.append(
            f"{s.name:<22} {s.answered:>3}/{s.answerable:<3} {s.answer_accuracy:>7.1%}"
            f"    {s.refused:>3}/{s.unanswerable:<3} {s.no_answer_accuracy:>7.1%}   {ratio:>8.2f}x"
            f"   {s.wrong:>4}/{len(s.results):<4}"
        )
    lines += ["", _kind_table(scores)]
    if verbose:
        for s in scores[:1]:
            lines += [f"\n{s.name} misses:", *(f"  {m}" for m in s.misses)]
    return "\n".join(lines)


def _kind_table(scores: Sequence[Score]) -> str:
    kinds = scores[0].by_kind()
    header = f"{'kind':<18}" + "".join(f"{s.name[:20]:>22}" for s in scores)
    rows = [header]
    for kind, (_, asked) in kinds.items():
        cells = "".join(
            f"{s.by_kind()[kind][0]:>12}/{asked:<3} {s.by_kind()[kind][0] / asked:>5.0%}" for s in scores
        )
        rows.append(f"{kind:<18}{cells}")
    return "\n".join(rows)


def _save(path: Path, score: Score) -> None:
    rows = [{"q": r.case.q, "kind": r.case.kind, "ok": r.ok, "got": r.got} for r in score.results]
    path.write_text(json.dumps(rows, ensure_ascii=False, indent=1), encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    """Print the evaluation tables for one question set."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quiet", action="store_true", help="only the tables, not the misses")
    parser.add_argument("--set", default="questions", choices=sorted(SETS), help="a named question set")
    parser.add_argument("--questions", type=Path, help="a question file (with --folder), instead of --set")
    parser.add_argument("--folder", type=Path, help="the folder the --questions are about")
    parser.add_argument("--bm25-only", action="store_true", help="skip the tantivy run")
    parser.add_argument("--save", type=Path, help="write the engine's per-question results here (JSON)")
    args = parser.parse_args(argv)
    questions, folder = (args.questions, args.folder) if args.questions else SETS[args.set]
    cases = load_cases(questions)
    with tempfile.TemporaryDirectory() as index_dir:
        bm25 = engine_responder(folder)
        scores = [evaluate("talksbot (rank-bm25)", bm25, cases)]
        if not args.bm25_only:
            tantivy = engine_responder(folder, open_backend("tantivy", Path(index_dir)))
            scores.append(evaluate("talksbot (tantivy)", tantivy, cases))
        scores.append(evaluate("baseline BM25Okapi", baseline_responder(folder), cases))
        same = None if args.bm25_only else agreement(bm25, tantivy, cases)
    if args.save:
        _save(args.save, scores[0])
    print(f"{questions.name}: {len(cases)} questions over {folder}")
    print(report(scores, verbose=not args.quiet))
    if same is not None:
        print(f"rank-bm25 and tantivy give the same answer to {same:.1%} of the questions")
    return 0


if __name__ == "__main__":
    sys.exit(main())
