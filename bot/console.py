"""The local console chat: questions from standard input, answers on standard output."""

from __future__ import annotations

import asyncio
import logging
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import TextIO

from bot import markup, render
from bot.plural import counted
from bot.protocols import Answerer
from bot.questions import answer_message
from retrieval import FolderWatcher, Library

log = logging.getLogger("talksbot.console")
PROMPT = "? "
HISTORY_LENGTH = 1000
HELP = (
    "Type a question about the articles, for example: what happens to Crimea?\n"
    "/sources  the articles I know\n"
    "/help     this help\n"
    "/quit     leave (or Ctrl-D)"
)


def run_console(
    library: Answerer,
    stdin: TextIO = sys.stdin,
    stdout: TextIO = sys.stdout,
    history: Path | None = None,
) -> None:
    """Answer questions line by line until end of input or /quit (so piped input works too).

    On a terminal, lines can be edited and earlier ones recalled (readline), and they are kept
    in `history` between sessions.
    """
    interactive = stdin is sys.stdin and stdin.isatty() and stdout.isatty()
    if interactive:
        articles = counted(len(library.snapshot.articles), "article")
        stdout.write(f"Ask about the news in {articles}. /help for more.\n")
    with _line_editing(history if interactive else None):
        for line in _lines(stdin, interactive):
            reply = _reply(library, line.strip())
            if reply is None:
                break
            if reply:
                stdout.write(reply + "\n\n")
                stdout.flush()


def _lines(stdin: TextIO, interactive: bool) -> Iterator[str]:
    """Lines until end of input; on a terminal through input(), which edits with readline."""
    while True:
        if interactive:
            try:
                yield input(PROMPT)
            except EOFError:
                print()
                return
        else:
            line = stdin.readline()
            if not line:
                return
            yield line


def _reply(library: Answerer, text: str) -> str | None:
    """What to print for one line: "" for nothing, None to quit."""
    if not text:
        return ""
    if text.startswith("/"):
        return _command(library, text.split(maxsplit=1)[0].lower())
    # As the bot reads a message: an over-long one is answered from its last question, said so.
    asked, answer = answer_message(library, text)
    return markup.to_plain(render.message_blocks(asked, answer))


def _command(library: Answerer, command: str) -> str | None:
    if command in ("/quit", "/exit"):
        return None
    if command == "/help":
        return HELP
    if command == "/sources":
        return markup.to_plain(render.sources_blocks(library.snapshot.articles))
    return f"Unknown command {command}. Type /help for the commands, or just ask a question."


@contextmanager
def _line_editing(history: Path | None) -> Iterator[None]:
    """Readline editing with a history file, when stdin is a terminal and readline exists."""
    if history is None:
        yield
        return
    try:
        import readline  # noqa: PLC0415 - only for terminals; missing on some platforms
    except ImportError:
        yield
        return
    readline.set_history_length(HISTORY_LENGTH)
    with suppress(OSError):
        readline.read_history_file(history)
    try:
        yield
    finally:
        try:
            history.parent.mkdir(parents=True, exist_ok=True)
            readline.write_history_file(history)
        except OSError as exc:
            log.debug("could not save the console history to %s: %s", history, exc)


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
