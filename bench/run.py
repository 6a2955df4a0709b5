"""`make bench`: build, restart, answer and update timings per index backend, against naive rank-bm25.

Every (size, backend) runs in subprocesses of its own, so the memory reported is that backend's:
one process builds the index cold; a second restarts over what the first left on disk and serves.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field, fields
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, TypeVar

import numpy as np
from rank_bm25 import BM25Okapi

from bench import corpus
from bot.markup import to_html_parts
from bot.render import answer_blocks
from retrieval import Article, Library
from retrieval.index.backends import Backend, Bm25Backend
from retrieval.index.building import entries
from retrieval.index.tantivy_index import TantivyBackend
from retrieval.ingest.loader import read_article, scan
from retrieval.language import text

BACKENDS = ("bm25", "tantivy", "baseline")
DEFAULT_SIZES = "1000,10000,100000"
RESULTS = corpus.HERE / "results"
NEW_ARTICLE_ROUNDS = 3
# rank-bm25's get_scores walks every paragraph (~80 ms a query at 100k): fewer questions above this.
BASELINE_FULL_UP_TO = 10_000
BASELINE_QUERIES_LARGE = 30
# Above this, rank-bm25 needs minutes and gigabytes per run: only tantivy is measured unless --all.
NAIVE_UP_TO = 100_000
WARMUP = ("What happened in Geneva?", "grain corridor Odesa")
NEW_FOLDER = "zz-bench-new"  # inside the corpus folder; removed before and after every measurement
PHASES = ("build", "serve", "all")

T = TypeVar("T")
Ask = Callable[[str], str | None]


@dataclass
class Measurement:
    """What was measured for one backend over one corpus; a phase fills in its own fields."""

    size: int
    backend: str
    files: int
    queries: int = 0
    cold_build_s: float | None = None
    noop_refresh_ms: float | None = None
    rss_after_build_mb: float | None = None
    peak_rss_build_mb: float | None = None
    warm_restart_s: float | None = None
    rss_after_restart_mb: float | None = None
    rss_serving_mb: float | None = None
    rss_anon_serving_mb: float | None = None  # the rest is file-backed: mostly the mmapped index
    peak_rss_serving_mb: float | None = None
    answer_p50_ms: float | None = None
    answer_p99_ms: float | None = None
    answered: float | None = None
    new_article_ms: float | None = None
    new_article_max_ms: float | None = None
    new_article_found: bool | None = None
    top: list[str | None] = field(default_factory=list)

    def merged(self, other: Measurement) -> Measurement:
        """This measurement with every field the other one has."""
        values = {f.name: getattr(self, f.name) for f in fields(self)}
        values.update({f.name: v for f in fields(other) if (v := getattr(other, f.name)) not in (None, [])})
        return Measurement(**values)


def main(argv: Sequence[str] | None = None) -> int:
    """Measure every size and backend asked for, print the table and save the JSON."""
    args = _parser().parse_args(argv)
    if args.one:
        size, backend = corpus.parse_size(args.one[0]), args.one[1]
        measured = measure(size, backend, args.queries, args.phase, args.scratch)
        print(json.dumps(asdict(measured)) if args.json else _table([measured]))
        return 0
    sizes = [corpus.parse_size(s) for s in args.sizes.split(",")]
    backends = [b.strip() for b in args.backends.split(",")]
    results: list[Measurement] = []
    for size in sizes:
        _prepare(size)
        for backend in _backends_for(size, backends, everything=args.all):
            results.append(_in_subprocesses(size, backend, args.queries))
        print(_table([r for r in results if r.size == size]), flush=True)
    print(f"\nresults saved to {_save(results)}")
    return 0


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m bench.run", description=__doc__)
    parser.add_argument("--sizes", default=DEFAULT_SIZES, help="paragraph counts, e.g. 1000,10k,1M")
    parser.add_argument("--backends", default=",".join(BACKENDS), help=f"any of {','.join(BACKENDS)}")
    parser.add_argument("--queries", type=int, default=corpus.QUESTIONS, help="questions to time")
    parser.add_argument("--all", action="store_true", help=f"run rank-bm25 above {NAIVE_UP_TO:,} too")
    parser.add_argument("--one", nargs=2, metavar=("SIZE", "BACKEND"), help="measure one pair, here")
    parser.add_argument("--phase", choices=PHASES, default="all", help="with --one: build, serve or all")
    parser.add_argument("--scratch", type=Path, help="with --one: where the cache and index live")
    parser.add_argument("--json", action="store_true", help="with --one: print JSON, not the table")
    return parser


def _backends_for(size: int, backends: list[str], *, everything: bool) -> list[str]:
    if everything or size <= NAIVE_UP_TO:
        return backends
    skipped = [b for b in backends if b != "tantivy"]
    if skipped:
        _say(f"skipping {', '.join(skipped)} at {size:,} paragraphs (rank-bm25 is too slow there; --all)")
    return [b for b in backends if b == "tantivy"]


def _prepare(size: int) -> None:
    started = time.perf_counter()
    made = corpus.ensure(size)
    _say(f"corpus {size:,} paragraphs, {made.files:,} files: ready in {time.perf_counter() - started:.1f} s")


def _in_subprocesses(size: int, backend: str, queries: int) -> Measurement:
    """Build in one process, then restart and serve in another, over the same scratch folder."""
    scratch = Path(tempfile.mkdtemp(prefix="talksbot-bench-"))
    try:
        phases = ["all"] if backend == "baseline" else ["build", "serve"]
        parts = [_subprocess(size, backend, queries, phase, scratch) for phase in phases]
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    result = parts[0]
    for part in parts[1:]:
        result = result.merged(part)
    return result


def _subprocess(size: int, backend: str, queries: int, phase: str, scratch: Path) -> Measurement:
    _say(f"{backend} at {size:,} paragraphs: {phase}...")
    command = [sys.executable, "-m", "bench.run", "--one", str(size), backend, "--json"]
    command += ["--queries", str(queries), "--phase", phase, "--scratch", str(scratch)]
    done = subprocess.run(command, check=True, stdout=subprocess.PIPE, text=True, cwd=corpus.ROOT)
    return Measurement(**json.loads(done.stdout.strip().splitlines()[-1]))


def measure(
    size: int, backend: str, queries: int, phase: str = "all", scratch: Path | None = None
) -> Measurement:
    """Measure one backend over the corpus of `size` paragraphs, in this process."""
    made = corpus.ensure(size)
    _remove_new_articles(made.folder)
    questions = list(made.questions[:queries])
    if backend == "baseline":
        return _measure_baseline(
            made, questions[:BASELINE_QUERIES_LARGE] if size > BASELINE_FULL_UP_TO else questions
        )
    with tempfile.TemporaryDirectory(prefix="talksbot-bench-") as own:
        where = scratch or Path(own)
        result = Measurement(made.paragraphs, backend, made.files)
        if phase in {"build", "all"}:
            result = result.merged(_measure_build(made, backend, where))
        if phase in {"serve", "all"}:
            result = result.merged(_measure_serving(made, backend, questions, where))
        return result


def _measure_build(made: corpus.Corpus, name: str, scratch: Path) -> Measurement:
    """Cold build from the folder with an empty cache and index, then a refresh that finds nothing."""
    cold, (library, backend) = _timed(lambda: _open(made.folder, name, scratch))
    gc.collect()
    memory = _memory()
    noop, _ = _timed(library.refresh)
    _close(backend)
    return Measurement(
        made.paragraphs,
        name,
        made.files,
        cold_build_s=cold,
        noop_refresh_ms=noop * 1000,
        rss_after_build_mb=memory["VmRSS"],
        peak_rss_build_mb=memory["VmHWM"],
    )


def _measure_serving(made: corpus.Corpus, name: str, questions: list[str], scratch: Path) -> Measurement:
    """Restart over the cache and index a build left, answer every question, then add articles."""
    warm, (library, backend) = _timed(lambda: _open(made.folder, name, scratch))
    # As bot/__main__.py does once the folder is loaded: word lists and typo tables are loaded while the
    # bot connects, not by the first question that needs them; then the heap is frozen.
    library.prepare()
    gc.freeze()
    after_restart = _memory()["VmRSS"]
    for question in WARMUP:
        _answer(library, question)
    latencies, tops = _latencies(lambda q: _answer(library, q), questions)
    written: list[str] = []
    new = _new_article_rounds(made.folder, lambda q: _answer_refreshed(library, q, written), written)
    _close(backend)
    result = _served(made, name, (latencies, tops), new)
    result.warm_restart_s = warm
    result.rss_after_restart_mb = after_restart
    return result


def _served(
    made: corpus.Corpus,
    name: str,
    answers: tuple[list[float], list[str | None]],
    new: tuple[float, float, bool],
) -> Measurement:
    """Answer latencies, a new article's delay, and the peak memory of serving them."""
    latencies, tops = answers
    p50, p99 = _percentiles(latencies)
    memory = _memory()
    return Measurement(
        made.paragraphs,
        name,
        made.files,
        queries=len(latencies),
        rss_serving_mb=memory["VmRSS"],
        rss_anon_serving_mb=memory["RssAnon"],
        peak_rss_serving_mb=memory["VmHWM"],
        answer_p50_ms=p50,
        answer_p99_ms=p99,
        answered=sum(t is not None for t in tops) / max(len(tops), 1),
        new_article_ms=new[0],
        new_article_max_ms=new[1],
        new_article_found=new[2],
        top=tops,
    )


def _open(folder: Path, name: str, scratch: Path) -> tuple[Library, Backend]:
    """A new backend and Library over the scratch cache and index, refreshed from the folder."""
    backend: Backend = TantivyBackend(scratch / "index") if name == "tantivy" else Bm25Backend()
    library = Library(folder, backend=backend, cache_dir=scratch / "cache")
    library.refresh()
    return library, backend


def _close(backend: Backend) -> None:
    # The writer's lock must be released before the same index is opened again.
    if isinstance(backend, TantivyBackend):
        backend.close()


def _answer(library: Library, question: str) -> str | None:
    """The whole answer as the bot sends it: search, quote, render to Telegram HTML."""
    answer = library.answer(question)
    to_html_parts(answer_blocks(answer))
    quote = answer.quote
    return f"{quote.meta.file}#{quote.paragraph}" if quote else None


def _answer_refreshed(library: Library, question: str, written: list[str]) -> str | None:
    # As the folder watcher does: re-read the paths its file events named, not the whole folder.
    library.refresh(written[-1:])
    answer = library.answer(question)
    to_html_parts(answer_blocks(answer))
    return answer.quote.text if answer.quote else None


def _measure_baseline(made: corpus.Corpus, questions: list[str]) -> Measurement:
    """rank-bm25's BM25Okapi over the same token lists: get_scores, then the top 5."""
    cold, (paragraphs, bm25) = _timed(lambda: _baseline_build(made.folder))
    memory = _memory()
    latencies, tops = _latencies(lambda q: _baseline_answer(bm25, paragraphs, q), questions)

    def rebuild_and_answer(question: str) -> str | None:
        # rank-bm25 cannot add a document: the naive way is to rebuild over everything.
        added = _baseline_paragraphs(made.folder / NEW_FOLDER)
        rebuilt = BM25Okapi([terms for _, terms in paragraphs + added])
        return _baseline_answer(rebuilt, paragraphs + added, question)

    new = _new_article_rounds(made.folder, rebuild_and_answer)
    result = _served(made, "baseline", (latencies, tops), new)
    result.cold_build_s = cold
    result.rss_after_build_mb = memory["VmRSS"]
    result.peak_rss_build_mb = memory["VmHWM"]
    return result


def _baseline_build(folder: Path) -> tuple[list[tuple[str, list[str]]], Any]:
    paragraphs = _baseline_paragraphs(folder)
    return paragraphs, BM25Okapi([terms for _, terms in paragraphs])


def _baseline_paragraphs(folder: Path) -> list[tuple[str, list[str]]]:
    """(text, terms) of every paragraph, tokenised exactly as the Library does."""
    found = (read_article(path, key.path) for key, path in scan(folder))
    articles = [article for article in found if isinstance(article, Article)]
    return [(e.paragraph.text, list(e.terms)) for a in articles for e in entries(a)]


def _baseline_answer(bm25: Any, paragraphs: list[tuple[str, list[str]]], question: str) -> str | None:
    scores = np.asarray(bm25.get_scores(text.terms(question)))
    top = np.argpartition(-scores, 5)[:5] if len(scores) > 5 else np.arange(len(scores))
    best = max(top, key=lambda i: scores[i], default=None)
    return paragraphs[int(best)][0] if best is not None and scores[best] > 0 else None


def _latencies(ask: Ask, questions: list[str]) -> tuple[list[float], list[str | None]]:
    latencies: list[float] = []
    tops: list[str | None] = []
    for question in questions:
        started = time.perf_counter()
        tops.append(ask(question))
        latencies.append((time.perf_counter() - started) * 1000)
    return latencies, tops


def _new_article_rounds(
    folder: Path, ask: Ask, written: list[str] | None = None
) -> tuple[float, float, bool]:
    """Write an article with a made-up word, then time until a question about it is answered."""
    times: list[float] = []
    found = True
    try:
        for round_ in range(NEW_ARTICLE_ROUNDS):
            word = f"zorbliquant{round_}x{os.getpid()}"
            started = time.perf_counter()
            relative = _write_new_article(folder, word)
            if written is not None:
                written.append(relative)
            quoted = ask(f"What about {word}?")
            times.append((time.perf_counter() - started) * 1000)
            found = found and quoted is not None and word in quoted
    finally:
        _remove_new_articles(folder)
    return statistics.median(times), max(times), found


def _write_new_article(folder: Path, word: str) -> str:
    path = folder / NEW_FOLDER / f"{word}.txt"
    path.parent.mkdir(exist_ok=True)
    body = (
        "Breaking: a new development\n\n"
        f"The {word} agreement was signed in Kyiv on Monday, officials said.\n\n"
        "Both delegations promised to meet again before the end of the month.\n"
    )
    path.write_text(body, encoding="utf-8")
    return path.relative_to(folder).as_posix()


def _remove_new_articles(folder: Path) -> None:
    new = folder / NEW_FOLDER
    if new.is_dir():
        for path in new.iterdir():
            path.unlink()
        new.rmdir()


def _timed(work: Callable[[], T]) -> tuple[float, T]:
    started = time.perf_counter()
    result = work()
    return time.perf_counter() - started, result


def _percentiles(latencies: list[float]) -> tuple[float, float]:
    p50, p99 = np.percentile(latencies, [50, 99]) if latencies else (0.0, 0.0)
    return float(p50), float(p99)


def _memory() -> dict[str, float]:
    """VmRSS, its anonymous part (RssAnon) and VmHWM (the peak) of this process, in MB."""
    found: dict[str, float] = {}
    for line in Path("/proc/self/status").read_text(encoding="ascii").splitlines():
        name, _, value = line.partition(":")
        if name in {"VmRSS", "RssAnon", "VmHWM"}:
            found[name] = int(value.split()[0]) / 1024
    return found


Row = tuple[str, Callable[[Measurement], float | None], str]
ROWS: tuple[Row, ...] = (
    ("cold build", lambda r: r.cold_build_s, "s"),
    ("warm restart", lambda r: r.warm_restart_s, "s"),
    ("no-change refresh", lambda r: r.noop_refresh_ms, "ms"),
    ("answer p50", lambda r: r.answer_p50_ms, "ms"),
    ("answer p99", lambda r: r.answer_p99_ms, "ms"),
    ("new article answered", lambda r: r.new_article_ms, "ms"),
    ("RSS after build", lambda r: r.rss_after_build_mb, "MB"),
    ("peak RSS, build", lambda r: r.peak_rss_build_mb, "MB"),
    ("RSS after restart", lambda r: r.rss_after_restart_mb, "MB"),
    ("RSS after serving", lambda r: r.rss_serving_mb, "MB"),
    ("  of it anonymous", lambda r: r.rss_anon_serving_mb, "MB"),
    ("peak RSS, serving", lambda r: r.peak_rss_serving_mb, "MB"),
    ("answered", lambda r: None if r.answered is None else r.answered * 100, "%"),
)


def _table(results: Sequence[Measurement]) -> str:
    """One block per size: a column per backend, each figure with its ratio to the baseline."""
    baseline = next((r for r in results if r.backend == "baseline"), None)
    head = results[0]
    lines = [
        f"\n{head.size:,} paragraphs in {head.files:,} files; questions timed: "
        + ", ".join(f"{r.backend} {r.queries}" for r in results)
    ]
    lines.append(f"{'':<22}" + "".join(f"{r.backend:<30}" for r in results))
    for label, get, unit in ROWS:
        reference = get(baseline) if baseline else None
        cells = [_cell(get(r), reference if r is not baseline else None, unit) for r in results]
        lines.append(f"{label:<22}" + "".join(f"{cell:<30}" for cell in cells))
    lines.extend(_checks(results))
    return "\n".join(lines)


def _cell(value: float | None, reference: float | None, unit: str) -> str:
    if value is None:
        return "-"
    shown = f"{value:,.2f} {unit}" if value < 100 else f"{value:,.0f} {unit}"
    if reference and unit != "%":
        shown += f" ({value / reference:.2f}x baseline)"
    return shown


def _checks(results: Sequence[Measurement]) -> list[str]:
    """Whether new articles were found, and how often bm25 and tantivy quote the same paragraph."""
    lines = [f"{r.backend}: a new article was NOT answered" for r in results if r.new_article_found is False]
    by_name = {r.backend: r for r in results}
    if "bm25" in by_name and "tantivy" in by_name:
        pairs = list(zip(by_name["bm25"].top, by_name["tantivy"].top, strict=False))
        same = sum(a == b for a, b in pairs)
        lines.append(f"{'same top quote':<22}bm25 and tantivy agree on {same} of {len(pairs)} questions")
    return lines


def _save(results: Sequence[Measurement]) -> Path:
    RESULTS.mkdir(exist_ok=True)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    path = RESULTS / f"{stamp}.json"
    machine = {"python": platform.python_version(), "cpus": os.cpu_count(), "platform": platform.platform()}
    payload = {"created": stamp, "machine": machine, "results": [asdict(r) for r in results]}
    path.write_text(json.dumps(payload, indent=1), encoding="utf-8")
    return path


def _say(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


if __name__ == "__main__":
    sys.exit(main())
