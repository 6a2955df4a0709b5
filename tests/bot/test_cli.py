"""The talksbot command, run as a real process over real folders."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from tests.conftest import ROOT

CRIMEA = "cede the regions of Crimea, Luhansk, and Donetsk"


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
    assert data["quote"]["source"]["paragraph"] == 8


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
    assert "don't cover this" in console.stdout
