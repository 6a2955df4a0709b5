"""The local console chat: questions from standard input, answers on standard output."""

from __future__ import annotations

import asyncio
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TextIO

from bot import markup, render
from bot.plural import counted
from bot.protocols import AnswerSource
from retrieval import Library
from retrieval.watch import FolderWatcher

PROMPT = "? "


def run_console(library: AnswerSource, stdin: TextIO = sys.stdin, stdout: TextIO = sys.stdout) -> None:
    """Answer questions line by line until end of input (so piped input works too)."""
    interactive = stdin.isatty()
    if interactive:
        articles = counted(len(library.snapshot.articles), "article")
        stdout.write(f"Ask about the news in {articles}. Ctrl-D to quit.\n")
    while True:
        if interactive:
            stdout.write(PROMPT)
            stdout.flush()
        line = stdin.readline()
        if not line:
            break
        question = line.strip()
        if not question:
            continue
        blocks = render.answer_blocks(library.answer(question))
        stdout.write(markup.to_plain(blocks) + "\n\n")
        stdout.flush()


@contextmanager
def watching(library: Library, enabled: bool = True) -> Iterator[None]:
    """Keep the library in step with its folder, from a background thread, while the console runs."""
    if not enabled:
        yield
        return
    loop = asyncio.new_event_loop()
    stop = asyncio.Event()
    thread = threading.Thread(
        target=loop.run_until_complete, args=(FolderWatcher(library).run(stop),), daemon=True
    )
    thread.start()
    try:
        yield
    finally:
        loop.call_soon_threadsafe(stop.set)
        thread.join(timeout=5)
        if not thread.is_alive():
            loop.close()
