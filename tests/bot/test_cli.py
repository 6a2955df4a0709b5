"""The talksbot command, run as a real process over real folders."""

from __future__ import annotations

import json
import os
import pty
import select
import shutil
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import IO

import pytest

from bot.console import PROMPT
from tests.conftest import ROOT

CRIMEA = "cede the regions of Crimea, Luhansk, and Donetsk"
UNDECODABLE = "cannot be decoded as text; save it as UTF-8"


def talksbot(
    *args: str, stdin: str = "", cwd: Path = ROOT, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    """Run `python -m bot` with a clean TALKSBOT_* environment."""
    base = {k: v for k, v in os.environ.items() if not k.startswith("TALKSBOT_")}
    base["TALKSBOT_CACHE_DIR"] = str(cwd / ".talksbot-test-cache") if cwd != ROOT else "/nonexistent/cache"
    return subprocess.run(
        [sys.executable, "-m", "bot", *args],
        input=stdin,
        capture_output=True,
        text=True,
        cwd=cwd,
        env={**base, **(env or {}), "PYTHONPATH": str(ROOT)},
        timeout=60,
        check=False,
    )


def test_ask_prints_the_crimea_sentence_with_its_source() -> None:
    result = talksbot("ask", "what happens to Crimea?")
    assert result.returncode == 0, result.stderr
    assert CRIMEA in result.stdout
    # Headline (the dek's main clause), byline, and the day the file was added: file names stay in --json.
    headline = "Conversations involving Washington, Moscow, and Kyiv have continued"
    assert f"— {headline} · Guy Birchall · added " in result.stdout
    assert "paragraph" not in result.stdout


def test_ask_capital_of_france_quotes_nothing() -> None:
    result = talksbot("ask", "What is the capital of France?")
    assert result.returncode == 0
    assert "don't cover this" in result.stdout
    article = next((ROOT / "seeds").glob("*.txt")).read_text(encoding="utf-8")
    for line in article.splitlines():
        if len(line) > 30:
            assert line[:30] not in result.stdout


def test_ask_json(tmp_path: Path) -> None:
    result = talksbot("ask", "--json", "crimea", "--docs", str(ROOT / "seeds"), cwd=tmp_path)
    data = json.loads(result.stdout)
    assert data["found"] is True
    assert CRIMEA in data["quote"]["text"]
    assert data["question"] == "crimea"
    assert data["quote"]["paragraph"] == 8
    assert data["quote"]["meta"]["file"] == "000_71c02f400aeff401.txt"


def test_missing_and_empty_folders_exit_2(tmp_path: Path) -> None:
    missing = talksbot("ask", "x", "--docs", str(tmp_path / "nope"), cwd=tmp_path)
    assert missing.returncode == 2
    assert missing.stderr.strip().count("\n") == 0
    assert "not found" in missing.stderr
    (tmp_path / "empty").mkdir()
    empty = talksbot("ask", "x", "--docs", str(tmp_path / "empty"), cwd=tmp_path)
    assert empty.returncode == 2
    assert "no readable articles" in empty.stderr


def test_console_reads_piped_questions_until_end_of_input() -> None:
    result = talksbot("console", stdin="what happens to Crimea?\n\nwho drafted the original plan?\n")
    assert result.returncode == 0
    assert CRIMEA in result.stdout
    assert "Steve Witkoff" in result.stdout


def test_no_arguments_and_no_token_opens_the_console() -> None:
    result = talksbot(stdin="crimea\n")
    assert result.returncode == 0
    assert "TALKSBOT_TOKEN" in result.stderr
    assert CRIMEA in result.stdout


def test_sources_lists_the_articles() -> None:
    result = talksbot("sources")
    assert "000_71c02f400aeff401.txt, 10 paragraphs" in result.stdout


def test_a_bad_setting_is_one_line_and_exit_2(tmp_path: Path) -> None:
    result = talksbot("ask", "x", cwd=tmp_path, env={"TALKSBOT_ALLOWED_CHATS": "everyone"})
    assert result.returncode == 2
    assert result.stderr.startswith("talksbot: bad setting: TALKSBOT_ALLOWED_CHATS")
    assert result.stderr.count("\n") == 1


def test_docs_before_the_command_and_an_empty_folder_for_the_console(tmp_path: Path) -> None:
    result = talksbot("--docs", str(ROOT / "seeds"), "ask", "crimea", cwd=tmp_path)
    assert CRIMEA in result.stdout
    (tmp_path / "empty").mkdir()
    console = talksbot("--docs", str(tmp_path / "empty"), "console", stdin="crimea\n", cwd=tmp_path)
    assert console.returncode == 0
    assert "I have no articles yet" in console.stdout
    assert "No article mentions" not in console.stdout


def one_line(stderr: str) -> str:
    """The single line a failure prints; fails if there is more, or a traceback."""
    assert "Traceback" not in stderr
    assert stderr.count("\n") == 1, stderr
    return stderr.rstrip("\n")


def test_env_example_copied_unchanged_works_for_every_local_command(tmp_path: Path) -> None:
    shutil.copy(ROOT / ".env.example", tmp_path / ".env")
    docs = ("--docs", str(ROOT / "seeds"))
    ask = talksbot("ask", "what happens to Crimea?", *docs, cwd=tmp_path)
    assert ask.returncode == 0, ask.stderr
    assert CRIMEA in ask.stdout
    assert talksbot("sources", *docs, cwd=tmp_path).returncode == 0
    console = talksbot(*docs, stdin="crimea\n", cwd=tmp_path)  # no token in .env: the console
    assert console.returncode == 0, console.stderr
    assert CRIMEA in console.stdout


def test_a_blank_cache_dir_is_the_default_cache_dir_not_the_current_folder(tmp_path: Path) -> None:
    work = tmp_path / "work"
    work.mkdir()
    (work / ".env").write_text("TALKSBOT_CACHE_DIR=\n", encoding="utf-8")
    environment = {"TALKSBOT_CACHE_DIR": "", "XDG_CACHE_HOME": str(tmp_path / "xdg")}
    result = talksbot("ask", "crimea", "--docs", str(ROOT / "seeds"), cwd=work, env=environment)
    assert result.returncode == 0, result.stderr
    assert any((tmp_path / "xdg" / "talksbot").iterdir())
    assert sorted(path.name for path in work.iterdir()) == [".env"]


def test_a_malformed_token_is_no_concern_of_ask_sources_and_console(tmp_path: Path) -> None:
    env = {"TALKSBOT_TOKEN": "not-a-token-at-all"}
    assert CRIMEA in talksbot("ask", "crimea", env=env).stdout
    assert "paragraphs" in talksbot("sources", env=env).stdout
    assert CRIMEA in talksbot("console", stdin="crimea\n", env=env).stdout
    for command in (["run"], []):
        result = talksbot(*command, env=env, cwd=tmp_path)
        assert result.returncode == 2
        line = one_line(result.stderr)
        assert line.startswith("talksbot: bad setting: TALKSBOT_TOKEN: does not look like a bot token")
        assert "not-a-token-at-all" not in line


@pytest.mark.parametrize("where", ["environment", ".env"])
def test_a_misspelt_name_is_one_line_naming_the_closest_known_one(tmp_path: Path, where: str) -> None:
    env = {}
    if where == ".env":
        (tmp_path / ".env").write_text("TALKSBOT_ALLOWED_CHAT=1001\n", encoding="utf-8")
    else:
        env["TALKSBOT_ALLOWED_CHAT"] = "1001"
    result = talksbot("ask", "crimea", cwd=tmp_path, env=env)
    assert result.returncode == 2
    where_text = "in .env" if where == ".env" else "in the environment"
    assert one_line(result.stderr) == (
        f"talksbot: bad setting: TALKSBOT_ALLOWED_CHAT {where_text} is not a setting "
        "(did you mean TALKSBOT_ALLOWED_CHATS?)"
    )


def test_an_env_saved_as_utf16_is_read_by_its_bom_and_without_one_is_one_line(tmp_path: Path) -> None:
    docs = str(ROOT / "seeds")
    (tmp_path / ".env").write_text(f"TALKSBOT_DOCS_DIR={docs}\n", encoding="utf-16")
    assert CRIMEA in talksbot("ask", "crimea", cwd=tmp_path).stdout
    (tmp_path / ".env").write_bytes(f"TALKSBOT_DOCS_DIR={docs}\n".encode("utf-16-le"))
    result = talksbot("ask", "crimea", cwd=tmp_path)
    assert result.returncode == 2
    assert one_line(result.stderr) == f"talksbot: bad setting: .env: {UNDECODABLE}"


def test_a_webhook_url_telegram_would_refuse_is_stopped_before_start(tmp_path: Path) -> None:
    env = {"TALKSBOT_WEBHOOK_URL": "https://bot.example.com:8080/hook", "TALKSBOT_WEBHOOK_SECRET": "s"}
    result = talksbot("run", cwd=tmp_path, env=env)
    assert result.returncode == 2
    line = one_line(result.stderr)
    assert line.startswith("talksbot: bad setting: TALKSBOT_WEBHOOK_URL: must use port 443")


def _as_from_a_terminal() -> None:
    """In the child before exec: SIGINT handled and unblocked, as a shell leaves it for a command it runs.

    A test worker may have SIGINT ignored or blocked (both are inherited), and a process started with SIGINT
    ignored rightly keeps ignoring it, as a background job does: then no Ctrl-C could reach the console.
    """
    signal.signal(signal.SIGINT, signal.SIG_DFL)
    signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})


def test_ctrl_c_in_the_console_exits_130_quietly() -> None:
    process = subprocess.Popen(
        [sys.executable, "-m", "bot", "console"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        cwd=ROOT,
        env=clean_env(),
        text=True,
        preexec_fn=_as_from_a_terminal,  # noqa: PLW1509 - the test starts no thread that holds a lock the child needs
    )
    assert process.stdin is not None
    assert process.stdout is not None
    process.stdin.write("what happens to Crimea?\n")
    process.stdin.flush()
    answer = read_until(process.stdout, CRIMEA)  # the console is now waiting for the next line
    assert CRIMEA in answer
    process.send_signal(signal.SIGINT)
    # stdin stays open until the process has ended: closing it (communicate) could end the console by end
    # of input, exit 0, before the signal is handled.
    process.wait(timeout=30)
    _, stderr = process.communicate(timeout=30)
    assert process.returncode == 130
    assert "Traceback" not in stderr
    assert "KeyboardInterrupt" not in stderr


@pytest.mark.parametrize(
    ("args", "stdin"),
    [(["ask", "what happens to Crimea?"], ""), (["sources"], ""), (["console"], "crimea\n" * 50)],
)
def test_a_closed_pipe_exits_quietly(args: list[str], stdin: str) -> None:
    process = subprocess.Popen(
        [sys.executable, "-m", "bot", *args],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        cwd=ROOT,
        env=clean_env(),
    )
    assert process.stdout is not None
    process.stdout.close()  # like `| head -1` having exited: every write now fails with EPIPE
    _, stderr = process.communicate(stdin.encode(), timeout=60)
    assert process.returncode == 141
    assert stderr == b""


def test_console_commands_are_not_questions() -> None:
    lines = "/help\n/sources\n/foo\nwhat happens to Crimea?\n/quit\nwho drafted the original plan?\n"
    result = talksbot("console", stdin=lines)
    assert result.returncode == 0
    assert "/quit" in result.stdout  # the help lists it
    assert "000_71c02f400aeff401.txt" in result.stdout
    assert "Unknown command /foo" in result.stdout
    assert CRIMEA in result.stdout
    assert "Steve Witkoff" not in result.stdout  # asked after /quit
    assert "No article mentions" not in result.stdout


def test_console_on_a_terminal_edits_lines_and_keeps_history(tmp_path: Path) -> None:
    history = tmp_path / "cache" / "console_history"
    with Terminal(tmp_path / "cache") as terminal:
        terminal.type("rimea\x01c\r")  # Ctrl-A: back to the start of the line, to add the "c"
        terminal.expect(CRIMEA)
        terminal.expect(PROMPT)  # readline reads again
        terminal.type("\x04")  # Ctrl-D
        assert terminal.wait() == 0
    assert history.read_text(encoding="utf-8").splitlines()[-1] == "crimea"
    with Terminal(tmp_path / "cache") as terminal:
        terminal.type("\x10\r")  # Ctrl-P: the previous line, from the last session's history
        terminal.expect(CRIMEA)
        terminal.expect(PROMPT)
        terminal.type("/quit\r")
        assert terminal.wait() == 0


def test_console_from_a_pipe_writes_no_history(tmp_path: Path) -> None:
    result = talksbot("console", "--docs", str(ROOT / "seeds"), stdin="crimea\n", cwd=tmp_path)
    assert result.returncode == 0
    assert CRIMEA in result.stdout
    assert (tmp_path / ".talksbot-test-cache").is_dir()  # the cache is there, the history is not
    assert not (tmp_path / ".talksbot-test-cache" / "console_history").exists()


def clean_env(**extra: str) -> dict[str, str]:
    """This process's environment without TALKSBOT_*, the cache out of the checkout."""
    base = {k: v for k, v in os.environ.items() if not k.startswith("TALKSBOT_")}
    return {**base, "TALKSBOT_CACHE_DIR": "/nonexistent/cache", "PYTHONPATH": str(ROOT), **extra}


def read_until(stream: IO[str], needle: str, timeout: float = 60) -> str:
    """Read lines from `stream` until one contains `needle` (in a thread, so the deadline holds)."""
    seen: list[str] = []
    found = threading.Event()

    def reader() -> None:
        for line in stream:
            seen.append(line)
            if needle in line:
                found.set()
                return

    threading.Thread(target=reader, daemon=True).start()
    assert found.wait(timeout), "".join(seen)
    return "".join(seen)


class Terminal:
    """`talksbot console` on a pseudo-terminal, so readline is in play as for a person typing."""

    def __init__(self, cache: Path) -> None:
        self._master, slave = pty.openpty()
        self.process = subprocess.Popen(
            [sys.executable, "-m", "bot", "console"],
            stdin=slave,
            stdout=slave,
            stderr=slave,
            cwd=ROOT,
            env=clean_env(TALKSBOT_CACHE_DIR=str(cache), TERM="xterm", TALKSBOT_WATCH="false"),
        )
        os.close(slave)
        self.output = b""
        self._seen = 0  # where the next expect() starts looking

    def __enter__(self) -> Terminal:
        self.expect(PROMPT)  # readline is reading
        return self

    def __exit__(self, *exc_info: object) -> None:
        if self.process.poll() is None:
            self.process.kill()
            self.process.wait()
        os.close(self._master)

    def type(self, keys: str) -> None:
        """Send keystrokes."""
        os.write(self._master, keys.encode())

    def expect(self, text: str, timeout: float = 60) -> None:
        """Wait until the terminal has shown `text` after what the last expect() found."""
        deadline = time.monotonic() + timeout
        while text.encode() not in self.output[self._seen :]:
            remaining = deadline - time.monotonic()
            assert remaining > 0, self.output.decode(errors="replace")
            if select.select([self._master], [], [], remaining)[0]:
                try:
                    self.output += os.read(self._master, 65536)
                except OSError:  # the process has exited and closed the terminal
                    break
        found = self.output.find(text.encode(), self._seen)
        assert found >= 0, self.output.decode(errors="replace")
        self._seen = found + len(text.encode())

    def wait(self) -> int:
        """Wait for the process to exit, reading what it still prints."""
        deadline = time.monotonic() + 30
        while self.process.poll() is None and time.monotonic() < deadline:
            if select.select([self._master], [], [], 0.1)[0]:
                try:
                    self.output += os.read(self._master, 65536)
                except OSError:
                    break
        return self.process.wait(timeout=max(deadline - time.monotonic(), 1))


def test_an_unusable_cache_folder_is_one_warning_and_answers_still_come(tmp_path: Path) -> None:
    (tmp_path / "a-file").write_text("not a folder", encoding="utf-8")
    for index in ("bm25", "tantivy"):
        env = {"TALKSBOT_CACHE_DIR": str(tmp_path / "a-file" / "cache"), "TALKSBOT_INDEX": index}
        result = talksbot("--docs", str(ROOT / "seeds"), "console", stdin="crimea\n", cwd=tmp_path, env=env)
        assert result.returncode == 0, result.stderr
        assert CRIMEA in result.stdout
        [warning] = [line for line in result.stderr.splitlines() if "WARNING" in line]
        assert "TALKSBOT_CACHE_DIR" in warning
        assert "unusable" in warning
        assert "Traceback" not in result.stderr


def test_a_cache_folder_inside_the_document_folder_is_warned_of(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    shutil.copytree(ROOT / "seeds", docs)
    env = {"TALKSBOT_CACHE_DIR": str(docs / "cache")}
    result = talksbot("--docs", str(docs), "ask", "crimea", cwd=tmp_path, env=env)
    assert CRIMEA in result.stdout
    assert "is inside the document folder" in result.stderr


def test_the_console_reads_a_long_line_as_the_bot_does() -> None:
    preamble = "I have been reading a great deal about the negotiations lately. " * 45
    line = f"{preamble}So what will happen to Crimea under the plan and the recogn\n"
    result = talksbot("console", stdin=line)
    assert result.stdout.count("Your message was long (") == 1
    assert CRIMEA in result.stdout
