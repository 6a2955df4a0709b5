"""End-to-end fixtures: the Bot API emulator on 127.0.0.1 and the real `talksbot run` process."""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.botapi.emulator import TelegramEmulator
from tests.conftest import EVAL_FIXTURES, ROOT
from tests.people import ADMIN, ALLOWED, ALLOWED_2, GROUP
from tests.waiting import wait_until

TOKEN = "123456789:AAF-e2e-test-token-0123456789abcdefgh"
# The chats the shared bot allows, handed out two to a test.
SHARED_CHATS = range(2001, 2201)
_UNUSED_CHATS = iter(SHARED_CHATS)


@dataclass
class BotProcess:
    """A running `python -m bot run` and where its log goes."""

    process: subprocess.Popen[bytes]
    log: Path
    docs: Path
    cache: Path

    def log_text(self) -> str:
        """Everything the process has logged so far."""
        return self.log.read_text(encoding="utf-8", errors="replace")

    def stop(self) -> int:
        """SIGTERM, then wait; returns the exit code."""
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        return self.process.returncode


@pytest.fixture
def emulator() -> Iterator[TelegramEmulator]:
    """A fresh Bot API emulator per test."""
    yield from _serving_emulator()


def _serving_emulator() -> Iterator[TelegramEmulator]:
    """An emulator serving on 127.0.0.1, stopped afterwards; it must have met no bug of its own."""
    emu = TelegramEmulator(token=TOKEN).start()
    try:
        yield emu
    finally:
        emu.stop()
        assert emu.server_errors() == []


def start_bot(
    emu: TelegramEmulator, tmp_path: Path, docs: Path | None = None, ready: str = "getUpdates", **env: str
) -> BotProcess:
    """Start the real bot process against the emulator and wait until it calls `ready` (it polls)."""
    bot = launch_bot(emu, tmp_path, docs, **env)
    wait_until_ready(emu, bot, ready)
    return bot


def launch_bot(emu: TelegramEmulator, tmp_path: Path, docs: Path | None = None, **env: str) -> BotProcess:
    """Start `python -m bot run` against the emulator, logging to tmp_path/bot.log; do not wait."""
    if docs is None:
        docs = tmp_path / "docs"
        shutil.copytree(EVAL_FIXTURES, docs)
    tmp_path.mkdir(parents=True, exist_ok=True)
    cache = tmp_path / "cache"
    log = tmp_path / "bot.log"
    environment = {k: v for k, v in os.environ.items() if not k.startswith("TALKSBOT_")}
    environment.update(
        PYTHONPATH=str(ROOT),
        TALKSBOT_TOKEN=TOKEN,
        TALKSBOT_API_URL=emu.url,
        TALKSBOT_ALLOWED_CHATS=f"{ALLOWED},{ALLOWED_2},{GROUP}",
        TALKSBOT_ADMINS=str(ADMIN),
        TALKSBOT_DOCS_DIR=str(docs),
        TALKSBOT_CACHE_DIR=str(cache),
        TALKSBOT_LOG_LEVEL="DEBUG",
    )
    environment.update(env)
    with log.open("wb") as sink:
        process = subprocess.Popen(
            [sys.executable, "-m", "bot", "run"], cwd=tmp_path, env=environment, stdout=sink, stderr=sink
        )
    return BotProcess(process, log, docs, cache)


def wait_until_ready(emu: TelegramEmulator, bot: BotProcess, ready: str = "getUpdates") -> None:
    """Wait until the bot has registered its commands and called `ready`."""
    calls = len(emu.calls(ready))

    def started() -> bool:
        if bot.process.poll() is not None:
            raise RuntimeError(f"the bot exited with {bot.process.returncode}:\n{bot.log_text()}")
        return len(emu.calls(ready)) > calls and bool(emu.calls("setMyCommands"))

    try:
        wait_until(started, 60, f"the bot's first {ready}")
    except TimeoutError:
        bot.stop()
        raise TimeoutError(f"the bot never started polling:\n{bot.log_text()}") from None


@pytest.fixture
def bot(emulator: TelegramEmulator, tmp_path: Path) -> Iterator[BotProcess]:
    """The real bot process, serving the evaluation articles, stopped with SIGTERM afterwards."""
    process = start_bot(emulator, tmp_path)
    try:
        yield process
    finally:
        stop_cleanly(process)


def stop_cleanly(process: BotProcess) -> None:
    """Stop a bot that must still be running; it exits 0 and its log and files hold no token."""
    still_running = process.process.poll() is None
    code = process.stop()
    assert still_running, f"the bot exited on its own:\n{process.log_text()}"
    assert_no_secret(process, TOKEN)
    assert code == 0, process.log_text()


@dataclass
class Served:
    """One test's share of the shared bot: chats of its own, and the log from the test's start on."""

    emulator: TelegramEmulator
    bot: BotProcess
    chats: tuple[int, int]
    log_start: int

    @property
    def chat(self) -> int:
        return self.chats[0]

    def new_log(self) -> str:
        """What the bot has logged since this test began."""
        return self.bot.log_text()[self.log_start :]


@pytest.fixture(scope="session")
def shared_emulator() -> Iterator[TelegramEmulator]:
    """The Bot API emulator of the shared bot."""
    yield from _serving_emulator()


@pytest.fixture(scope="session")
def shared_bot(
    shared_emulator: TelegramEmulator, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[BotProcess]:
    """One real bot process for the tests that only talk to it and inject faults, each in its own chats:
    starting a process costs seconds, and these tests see nothing of each other."""
    allowed = ",".join(str(chat) for chat in SHARED_CHATS)
    process = start_bot(shared_emulator, tmp_path_factory.mktemp("shared"), TALKSBOT_ALLOWED_CHATS=allowed)
    try:
        yield process
    finally:
        stop_cleanly(process)


@pytest.fixture
def served(shared_emulator: TelegramEmulator, shared_bot: BotProcess) -> Iterator[Served]:
    """The shared bot for one test: two chats no other test uses; faults it left are cleared after."""
    chats = (next(_UNUSED_CHATS), next(_UNUSED_CHATS))
    yield Served(shared_emulator, shared_bot, chats, len(shared_bot.log_text()))
    shared_emulator.clear_faults()
    assert shared_bot.process.poll() is None, f"the bot exited:\n{shared_bot.log_text()}"


def assert_no_secret(bot: BotProcess, secret: str) -> None:
    """The secret (or its private half) is in no log line and no file the bot wrote or serves."""
    needles = {secret, secret.rsplit(":", maxsplit=1)[-1]}
    log = bot.log_text()
    assert not any(needle in log for needle in needles)
    for folder in (bot.cache, bot.docs):
        for path in folder.rglob("*") if folder.exists() else ():
            if path.is_file():
                data = path.read_bytes()
                assert not any(needle.encode() in data for needle in needles), path


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on (right now)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def wait_for_port(port: int, timeout: float = 15.0) -> None:
    """Wait until something accepts connections on 127.0.0.1:port."""

    def accepts() -> bool:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1):
                return True
        except OSError:
            return False

    wait_until(accepts, timeout, f"a server on port {port}")
