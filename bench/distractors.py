"""Answers that hold at scale: the evaluation set's answers with 100,000 distractor paragraphs added.

`python -m bench.distractors` answers every question of a set over its folder, then over the same
folder plus a synthetic corpus (bench/corpus.py), and reports the share of answers that changed (the
main quote, or a refusal turned into a quote). It also asks "what happens to Crimea?" over seeds/
plus the distractors. Both over tantivy, the backend a folder this large is served with.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
from pathlib import Path

from bench import corpus
from retrieval import Library, open_backend
from tests.eval.run import SETS, load_cases

SEEDS = corpus.ROOT / "seeds"
CRIMEA = "cede the regions of Crimea"


def _library(folders: list[Path], scratch: Path, name: str) -> Library:
    docs = scratch / name
    for folder in folders:
        shutil.copytree(folder, docs / folder.name, dirs_exist_ok=True)
    library = Library(docs, backend=open_backend("tantivy", scratch / f"{name}-index"), cache_dir=scratch)
    library.refresh()
    return library


def _quote(library: Library, question: str) -> str | None:
    answer = library.answer(question)
    return answer.quote.text if answer.quote else None


def main(argv: list[str] | None = None) -> int:
    """Print the share of changed answers and the Crimea check; exit 1 if either misses its target."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--set", default="news-dev", choices=sorted(SETS))
    parser.add_argument("--size", type=corpus.parse_size, default=100_000, help="distractor paragraphs")
    args = parser.parse_args(argv)
    questions, folder = SETS[args.set]
    cases = load_cases(questions)
    distractors = corpus.ensure(args.size).folder
    with tempfile.TemporaryDirectory() as scratch:
        alone = _library([folder], Path(scratch), "alone")
        crowded = _library([folder, distractors], Path(scratch), "crowded")
        answers = [(c.q, _quote(alone, c.q), _quote(crowded, c.q)) for c in cases]
        changed = [(question, after) for question, before, after in answers if before != after]
        seeded = _library([SEEDS, distractors], Path(scratch), "seeded")
        crimea = _quote(seeded, "what happens to Crimea?") or ""
    share = len(changed) / max(len(cases), 1)
    print(f"{args.set}: {len(changed)}/{len(cases)} answers changed ({share:.1%}), {args.size:,} distractors")
    for question, after in changed:
        print(f"  changed: {question!r} -> {(after or 'no answer')[:100]!r}")
    found = "the seed sentence" if CRIMEA in crimea else repr(crimea)
    print(f"seeds/ + distractors, 'what happens to Crimea?': {found}")
    return 0 if share <= 0.02 and CRIMEA in crimea else 1


if __name__ == "__main__":
    sys.exit(main())
