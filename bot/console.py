"""The local console chat: questions from standard input, answers on standard output."""

from __future__ import annotations

import sys
from typing import TextIO

from bot import markup, render
from bot.protocols import AnswerSource

PROMPT = "? "


def run_console(library: AnswerSource, stdin: TextIO = sys.stdin, stdout: TextIO = sys.stdout) -> None:
    """Answer questions line by line until end of input (so piped input works too)."""
    interactive = stdin.isatty()
    if interactive:
        stdout.write(f"Ask about the news in {len(library.snapshot.articles)} articles. Ctrl-D to quit.\n")
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
