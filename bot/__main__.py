"""The command line and composition root: the only place where settings, engine and bot meet."""

from __future__ import annotations

import argparse
import asyncio
import gc
import json
import logging
import os
import signal
import sys
import tempfile
import threading
from dataclasses import asdict
from pathlib import Path

from telegram.error import InvalidToken

from bot import app, lifecycle, logs, markup, render
from bot.app import Background, BotConfig
from bot.console import run_console, watching
from bot.examples import example_questions
from bot.lifecycle import StartupError, WebhookConfig
from bot.plural import counted
from bot.questions import answer_message
from config import Settings, SettingsError, load_settings
from retrieval import DEFAULT_MAX_BYTES, FolderError, FolderWatcher, Library, index_dir, open_backend

log = logging.getLogger("talksbot")
EXIT_USAGE = 2
EXIT_INTERRUPTED = 130  # 128 + SIGINT, as shells report a command stopped by Ctrl-C
EXIT_BROKEN_PIPE = 141  # 128 + SIGPIPE, as shells report `yes | head -1`
HISTORY_FILE = "console_history"


def main(argv: list[str] | None = None) -> int:
    """Entry point of the `talksbot` command: Ctrl-C and a closed pipe end it quietly."""
    try:
        return _main(argv)
    except KeyboardInterrupt:
        if sys.stderr.isatty():
            print(file=sys.stderr)  # leave the shell's prompt on a line of its own after ^C
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        # The reader (`| head -1`) has gone; point stdout at /dev/null so the flush at exit is silent too.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_BROKEN_PIPE


def _main(argv: list[str] | None) -> int:
    args = _parser().parse_args(argv)
    # python-telegram-bot 22 warns unless durations are timedeltas; opt in to the new behaviour.
    os.environ.setdefault("PTB_TIMEDELTA", "true")
    try:
        settings = load_settings()
        token = settings.bot_token() if _runs_bot(args, settings) else None
    except SettingsError as exc:
        print(f"talksbot: bad setting: {exc}", file=sys.stderr)
        return EXIT_USAGE
    secrets = tuple(s.get_secret_value() for s in (settings.token, settings.webhook_secret) if s)
    logs.configure(settings.log_level if args.command != "ask" else "WARNING", secrets)
    folder = Path(args.docs) if getattr(args, "docs", None) else settings.docs_dir
    settings, temporary = _usable_cache(settings, folder)
    try:
        library = _open_library(folder, settings, allow_empty=_serves(args))
    except FolderError as exc:
        print(f"talksbot: {exc}", file=sys.stderr)
        return EXIT_USAGE
    # What start-up built (the folder's article list, language data) lives as long as the process: the
    # garbage collector need not walk it again on every full collection, which costs an answer up to
    # 100 ms at 100,000 paragraphs and about ten times that at a million.
    gc.freeze()
    try:
        return _dispatch(args, settings, library, token)
    finally:
        library.close()  # tantivy's writer lock is released for the next process at once
        if temporary is not None:
            temporary.cleanup()


def _parser() -> argparse.ArgumentParser:
    docs_help = "document folder (default: TALKSBOT_DOCS_DIR or seeds)"
    parser = argparse.ArgumentParser(prog="talksbot", description=__doc__)
    parser.add_argument("--docs", metavar="DIR", help=docs_help)
    # Accepted after the command too; SUPPRESS keeps a value given before the command.
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--docs", metavar="DIR", help=docs_help, default=argparse.SUPPRESS)
    commands = parser.add_subparsers(dest="command")
    ask = commands.add_parser("ask", parents=[common], help="answer one question and exit")
    ask.add_argument("question", nargs="+")
    ask.add_argument("--json", action="store_true", help="print the structured answer")
    commands.add_parser("console", parents=[common], help="chat with the engine on this terminal")
    commands.add_parser("sources", parents=[common], help="list the loaded articles")
    commands.add_parser("run", parents=[common], help="run the Telegram bot (needs TALKSBOT_TOKEN)")
    return parser


def _runs_bot(args: argparse.Namespace, settings: Settings) -> bool:
    """True for `run`, and for no command when a token is set; only these need (and check) the token."""
    return args.command == "run" or (args.command is None and settings.token is not None)


def _serves(args: argparse.Namespace) -> bool:
    """True for the long-running modes, which watch the folder and may start before it has articles."""
    return args.command in ("run", "console") or args.command is None


def _usable_cache(
    settings: Settings, folder: Path
) -> tuple[Settings, tempfile.TemporaryDirectory[str] | None]:
    """`settings` with a cache folder this run can write: TALKSBOT_CACHE_DIR, else (one warning) a temporary
    one, removed at exit. Each user of the cache (file cache, tantivy, /gaps, history) would otherwise warn
    on its own, or fail: tantivy cannot run without a folder for its index."""
    cache = settings.cache_dir
    if _inside(cache, folder):
        log.warning(
            "TALKSBOT_CACHE_DIR %s is inside the document folder %s: move it out (the folder watcher sees "
            "every write to the cache; see README, Configuration)",
            cache,
            folder,
        )
    problem = _unwritable(cache)
    if problem is None:
        return settings, None
    temporary = tempfile.TemporaryDirectory(prefix="talksbot-cache-")
    log.warning(
        "TALKSBOT_CACHE_DIR %s is unusable (%s): using a temporary cache for this run, so every file is read "
        "again at the next start, and /gaps and the console history are not kept",
        cache,
        problem,
    )
    return settings.model_copy(update={"cache_dir": Path(temporary.name)}), temporary


def _inside(path: Path, folder: Path) -> bool:
    where, root = path.resolve(), folder.resolve()
    return where == root or root in where.parents


def _unwritable(folder: Path) -> str | None:
    """Why a file cannot be written in `folder` (created if missing), or None if it can."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryFile(dir=folder):
            pass
    except OSError as exc:
        return exc.strerror or str(exc)
    return None


def _open_library(folder: Path, settings: Settings, *, allow_empty: bool) -> Library:
    backend = open_backend(settings.index, index_dir(settings.cache_dir, folder))
    library = Library(
        folder,
        max_bytes=settings.max_file_bytes or DEFAULT_MAX_BYTES,
        cache_dir=settings.cache_dir,
        backend=backend,
    )
    try:
        library.refresh()
    except FolderError:
        library.close()
        raise
    if not library.snapshot.articles:
        message = f"no readable articles (.txt, .md, .html, .pdf) in {folder}"
        if not allow_empty:
            library.close()
            raise FolderError(message)
        log.warning("%s yet; answering from new files as they arrive", message)
    return library


def _dispatch(args: argparse.Namespace, settings: Settings, library: Library, token: str | None) -> int:
    if args.command == "ask":
        return _ask(library, " ".join(args.question), as_json=args.json)
    if args.command == "sources":
        print(markup.to_plain(render.sources_blocks(library.snapshot.articles)))
        return 0
    if token is not None:
        return _run_bot(settings, library, token)
    if args.command is None:
        print(
            "No TALKSBOT_TOKEN set, so here is a local console chat. Set it (see README) to run the bot.",
            file=sys.stderr,
        )
    # The word lists load while the person types the first question.
    preparing = threading.Thread(target=library.prepare, name="prepare", daemon=True)
    mask = _block_sigint()  # the threads started here (and theirs: the watcher's) inherit the block
    preparing.start()
    try:
        with watching(library, settings.watch):
            _restore_sigint(mask)
            run_console(library, history=settings.cache_dir / HISTORY_FILE)
    finally:
        _restore_sigint(mask)
        # A daemon thread still inside C++ code (rapidfuzz) when the interpreter exits aborts the process
        # ("terminate called without an active exception"): a short session waits for the loading to end,
        # also when it ends by a closed pipe or Ctrl-C (a closed pipe aborted once in CI: exit -6, not 141).
        preparing.join()
    return 0


def _block_sigint() -> set[int | signal.Signals] | None:
    """Block Ctrl-C (SIGINT) in this thread and return the mask to restore (None where masks do not exist).

    The console's main thread waits in a read of stdin. The kernel gives a process's SIGINT to any thread
    that does not block it; taken by a background thread, it does not interrupt that read, and the console
    then waits for a line (or, in a pipe, exits 0 at end of input) instead of exiting 130. Threads started
    while it is blocked inherit the block, so the signal can only reach the main thread.
    """
    if not hasattr(signal, "pthread_sigmask"):
        return None
    return signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})


def _restore_sigint(mask: set[int | signal.Signals] | None) -> None:
    """Give this thread back the signal mask `_block_sigint` returned (a pending Ctrl-C is then raised)."""
    if mask is not None:
        signal.pthread_sigmask(signal.SIG_SETMASK, mask)


def _prepared(library: Library) -> Background:
    """A background task that loads the word lists while the bot connects, so the first question is quick."""

    async def prepare(stop: asyncio.Event) -> None:
        await asyncio.to_thread(library.prepare)

    return prepare


def _run_bot(settings: Settings, library: Library, token: str) -> int:
    config = BotConfig(
        token=token,
        api_url=settings.api_url,
        access=settings.allowed_chats,
        admins=settings.admins,
        examples=example_questions(library),
        cache_dir=settings.cache_dir,
        migrations_file=settings.cache_dir / "chat-migrations.json",
    )
    background = [_prepared(library), *([FolderWatcher(library).run] if settings.watch else [])]
    webhook = None
    if settings.webhook_url and settings.webhook_secret:
        secret = settings.webhook_secret.get_secret_value()
        webhook = WebhookConfig(settings.webhook_url, secret, settings.webhook_listen, settings.webhook_port)
    log.info("serving %s from %s", counted(len(library.snapshot.articles), "article"), library.folder)
    if not settings.allowed_chats.everyone and not settings.allowed_chats.chat_ids:
        log.warning("TALKSBOT_ALLOWED_CHATS is empty: the bot answers nobody but tells each chat its id")
    try:
        lifecycle.run(app.build_application(config, library, background), webhook)
    except InvalidToken:
        # PTB's message quotes the token; the reason is always the same, so say it in our words.
        log.error(
            "Telegram rejected TALKSBOT_TOKEN (revoked or mistyped?); get the current one from @BotFather"
        )
        return 1
    except StartupError as exc:
        log.error("%s", exc)
        return 1
    except Exception as exc:
        log.error("the bot stopped: %s", exc, exc_info=exc)
        return 1
    return 0


def _ask(library: Library, question: str, *, as_json: bool) -> int:
    asked, answer = answer_message(library, question)  # as the bot reads a message
    if as_json:
        reply = {"question": asked.text, "found": answer.found, **asdict(answer)}
        print(json.dumps(reply, ensure_ascii=False, indent=2))
    else:
        print(markup.to_plain(render.message_blocks(asked, answer)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
