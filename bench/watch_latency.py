"""From a file being written to its first answer, with the real folder watcher, on generated corpora.

python -m bench.watch_latency --sizes 1000,100000 --backends bm25,tantivy
"""

from __future__ import annotations

import argparse
import asyncio
import json
import shutil
import statistics
import tempfile
import time
from pathlib import Path

from bench import corpus
from retrieval import Library, open_backend
from retrieval.ingest.watch import FolderWatcher

ROUNDS = 5


async def measure(folder: Path, backend: str, scratch: Path) -> dict[str, float]:
    """Median and worst seconds from write to answer over a few new articles, and the start-up time."""
    started = time.perf_counter()
    library = Library(folder, backend=open_backend(backend, scratch / "index"), cache_dir=scratch / "cache")
    library.refresh()
    ready = time.perf_counter() - started
    stop = asyncio.Event()
    watcher = asyncio.create_task(FolderWatcher(library).run(stop))
    await asyncio.sleep(1.0)
    times = []
    try:
        for round_ in range(ROUNDS):
            times.append(await _one(folder, library, f"quillimorph{round_}x{time.time_ns()}"))
    finally:
        stop.set()
        await watcher
        shutil.rmtree(folder / "zz-watch", ignore_errors=True)
    return {"start_s": ready, "median_s": statistics.median(times), "max_s": max(times)}


async def _one(folder: Path, library: Library, word: str) -> float:
    path = folder / "zz-watch" / f"{word}.txt"
    path.parent.mkdir(exist_ok=True)
    started = time.perf_counter()
    path.write_text(f"New report\n\nThe {word} accord was signed in Odesa today.\n", encoding="utf-8")
    while not library.answer(f"what about the {word} accord?").found:
        if time.perf_counter() - started > 60:
            raise TimeoutError(word)
        await asyncio.sleep(0.01)
    return time.perf_counter() - started


def main() -> None:
    """Print JSON: per size and backend, start-up and write-to-answer times."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", default="1000,100000")
    parser.add_argument("--backends", default="bm25,tantivy")
    args = parser.parse_args()
    results = {}
    for size in (int(s) for s in args.sizes.split(",")):
        made = corpus.ensure(size)
        for backend in args.backends.split(","):
            with tempfile.TemporaryDirectory() as scratch:
                results[f"{size} {backend}"] = asyncio.run(measure(made.folder, backend, Path(scratch)))
            print(f"{size} {backend}: {results[f'{size} {backend}']}", flush=True)
    print(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()
