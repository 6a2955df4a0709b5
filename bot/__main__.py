"""The command line and composition root: the only place where settings, engine and bot meet."""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
from dataclasses import asdict
from pathlib import Path

from bot import app, logs, markup, render
from bot.app import BotConfig, WebhookConfig
from bot.console import run_console, watching
from bot.examples import example_questions
from config import Settings, SettingsError, load_settings
from retrieval import FolderError, Library, open_backend
from retrieval.cache import folder_id
from retrieval.watch import FolderWatcher

log = logging.getLogger("talksbot")
EXIT_USAGE = 2


def main(argv: list[str] | None = None) -> int:
    """Entry point of the `talksbot` command."""
    args = _parser().parse_args(argv)
    # python-telegram-bot 22 warns unless durations are timedeltas; opt in to the new behaviour.
    os.environ.setdefault("PTB_TIMEDELTA", "true")
    try:
        settings = load_settings()
    except SettingsError as exc:
        print(f"talksbot: bad setting: {exc}", file=sys.stderr)
        return EXIT_USAGE
    secrets = tuple(s.get_secret_value() for s in (settings.token, settings.webhook_secret) if s)
    logs.configure(settings.log_level if args.command != "ask" else "WARNING", secrets)
    folder = Path(args.docs) if getattr(args, "docs", None) else settings.docs_dir
    try:
        library = _open_library(folder, settings, allow_empty=_serves(args, settings))
    except FolderError as exc:
        print(f"talksbot: {exc}", file=sys.stderr)
        return EXIT_USAGE
    return _dispatch(args, settings, library)


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


def _serves(args: argparse.Namespace, settings: Settings) -> bool:
    """True for the long-running modes, which watch the folder and may start before it has articles."""
    return args.command in ("run", "console") or args.command is None


def _open_library(folder: Path, settings: Settings, *, allow_empty: bool) -> Library:
    index_dir = settings.cache_dir / f"tantivy-{folder_id(folder)}"
    backend = open_backend(settings.index, index_dir)
    library = Library(
        folder, max_bytes=settings.max_file_bytes, cache_dir=settings.cache_dir, backend=backend
    )
    library.refresh()
    if not library.snapshot.articles:
        message = f"no readable articles (.txt, .md, .html, .pdf) in {folder}"
        if not allow_empty:
            raise FolderError(message)
        log.warning("%s yet; answering from new files as they arrive", message)
    return library


def _dispatch(args: argparse.Namespace, settings: Settings, library: Library) -> int:
    if args.command == "ask":
        return _ask(library, " ".join(args.question), as_json=args.json)
    if args.command == "sources":
        print(markup.to_plain(render.sources_blocks(library.snapshot.articles)))
        return 0
    if args.command == "run" or (args.command is None and settings.token is not None):
        return _run_bot(settings, library)
    if args.command is None:
        print(
            "No TALKSBOT_TOKEN set, so here is a local console chat. Set it (see README) to run the bot.",
            file=sys.stderr,
        )
    with watching(library, settings.watch):
        run_console(library)
    return 0


def _run_bot(settings: Settings, library: Library) -> int:
    if settings.token is None:
        print("talksbot: TALKSBOT_TOKEN is not set (see README: Create the bot)", file=sys.stderr)
        return EXIT_USAGE
    config = BotConfig(
        token=settings.token.get_secret_value(),
        api_url=settings.api_url,
        access=settings.allowed_chats,
        admins=settings.admins,
        examples=example_questions(library),
        migrations_file=settings.cache_dir / "chat-migrations.json",
    )
    background = [FolderWatcher(library).run] if settings.watch else []
    webhook = None
    if settings.webhook_url and settings.webhook_secret:
        secret = settings.webhook_secret.get_secret_value()
        webhook = WebhookConfig(settings.webhook_url, secret, settings.webhook_listen, settings.webhook_port)
    log.info("serving %d articles from %s", len(library.snapshot.articles), library.folder)
    if not settings.allowed_chats.everyone and not settings.allowed_chats.chat_ids:
        log.warning("TALKSBOT_ALLOWED_CHATS is empty: the bot answers nobody but tells each chat its id")
    try:
        app.run(app.build_application(config, library, background), webhook)
    except Exception as exc:
        log.error("the bot stopped: %s", exc, exc_info=exc)
        return 1
    return 0


def _ask(library: Library, question: str, *, as_json: bool) -> int:
    answer = library.answer(question)
    if as_json:
        print(json.dumps({"found": answer.found, **asdict(answer)}, ensure_ascii=False, indent=2))
    else:
        print(markup.to_plain(render.answer_blocks(answer)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
