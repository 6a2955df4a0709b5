"""Build retrieval/data/fluency.tsv: how often one word class follows another in the project's own prose.

Run by hand when the fixtures change: `.venv/bin/python tools/build_fluency.py`. The counts come only
from text written for this project (tests/fixtures, seeds/), so the table carries no one else's words.
"""

from __future__ import annotations

import collections
import itertools
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from retrieval.fluency import classes  # noqa: E402 - the path above must come first
from retrieval.sentences import split_sentences  # noqa: E402

SOURCES = (ROOT / "tests" / "fixtures" / "news", ROOT / "tests" / "fixtures" / "eval", ROOT / "seeds")
OUT = ROOT / "retrieval" / "data" / "fluency.tsv"


def sentences() -> list[str]:
    """Every sentence of four words or more in the sources' .txt and .md files, front matter left out."""
    found = []
    for folder in SOURCES:
        for path in sorted(folder.glob("*")):
            if path.suffix not in (".txt", ".md"):
                continue
            body = path.read_text(encoding="utf-8").split("---\n")[-1]
            for block in body.split("\n\n"):
                found += [s for s in split_sentences(block.replace("\n", " ")) if len(s.split()) >= 4]
    return found


def main() -> None:
    """Count class bigrams and write the table."""
    pairs: collections.Counter[tuple[str, str]] = collections.Counter()
    for sentence in sentences():
        tokens = classes(sentence)
        pairs.update(itertools.pairwise(tokens))
    lines = ["# class<TAB>next class<TAB>count, from the project's own fixtures (tools/build_fluency.py)"]
    lines += [f"{a}\t{b}\t{n}" for (a, b), n in sorted(pairs.items())]
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(pairs)} pairs written to {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
