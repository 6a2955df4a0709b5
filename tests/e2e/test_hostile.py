"""The webhook's secret, load from many chats, and crash recovery."""

from __future__ import annotations

import json
import os
import signal
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path

from tests.botapi.emulator import TelegramEmulator
from tests.e2e.conftest import (
    TOKEN,
    BotProcess,
    Served,
    assert_no_secret,
    free_port,
    launch_bot,
    start_bot,
    wait_for_port,
)
from tests.people import ADMIN, ALLOWED
from tests.waiting import wait_until


def _post(url: str, update: dict[str, object], secret: str | None) -> int:
    headers = {"Content-Type": "application/json"}
    if secret is not None:
        headers["X-Telegram-Bot-Api-Secret-Token"] = secret
    request = urllib.request.Request(url, json.dumps(update).encode(), headers, method="POST")
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return int(response.status)
    except urllib.error.HTTPError as error:
        return error.code


def test_the_webhook_refuses_requests_without_the_secret(emulator: TelegramEmulator, tmp_path: Path) -> None:
    port = free_port()
    secret = "hook_secret-0123456789"
    # The public URL Telegram is given; a TLS-terminating proxy would forward it to the local port.
    public_url = "https://bot.example.com/telegram"
    url = f"http://127.0.0.1:{port}/telegram"
    bot = start_bot(
        emulator,
        tmp_path,
        ready="setWebhook",
        TALKSBOT_WEBHOOK_URL=public_url,
        TALKSBOT_WEBHOOK_SECRET=secret,
        TALKSBOT_WEBHOOK_LISTEN="127.0.0.1",
        TALKSBOT_WEBHOOK_PORT=str(port),
    )
    try:
        registered = emulator.calls("setWebhook")[-1]
        assert registered.params["url"] == public_url
        assert registered.params["secret_token"] == secret
        wait_for_port(port)
        update = {
            "update_id": 1,
            "message": {
                "message_id": 1,
                "date": int(time.time()),
                "text": "what happens to Crimea?",
                "chat": {"id": ALLOWED, "type": "private"},
                "from": {"id": ALLOWED, "is_bot": False, "first_name": "A"},
            },
        }
        assert _post(url, update, None) == 403
        assert _post(url, update, "wrong-secret") == 403
        assert emulator.sent_messages(ALLOWED) == []
        assert _post(url, update, secret) == 200
        [answer] = emulator.wait_for_messages(ALLOWED, 1)
        assert "Crimea" in answer["plain_text"]
    finally:
        assert bot.stop() == 0
    assert_no_secret(bot, secret)
    assert_no_secret(bot, TOKEN)


def test_many_chats_at_once_each_answered_exactly_once_and_in_order(served: Served) -> None:
    emulator, chats = served.emulator, list(served.chats)
    questions = ["crimea", "who drafted the plan?", "sanctions", "nato membership", "prisoner exchange"]
    sent: dict[int, list[int]] = {chat: [] for chat in chats}

    def user(chat: int) -> None:
        for number in range(12):
            message = emulator.send_message(chat, questions[number % len(questions)])
            sent[chat].append(message["message_id"])

    threads = [threading.Thread(target=user, args=(chat,)) for chat in chats]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    # /help in each chat is handled only after the 12 questions before it: a second reply to any of them
    # would come before the reply to /help.
    for chat in chats:
        emulator.send_message(chat, "/help")
    for chat in chats:
        replies = emulator.wait_for_messages(chat, 13, timeout=60)
        assert [r["reply_to_message_id"] for r in replies[:12]] == sent[chat]
        assert replies[12]["plain_text"].startswith("In a private chat")
    assert all(len(emulator.sent_messages(chat)) == 13 for chat in chats)
    log = served.new_log()
    assert " ERROR " not in log
    assert "Traceback" not in log


def cpu_seconds(pid: int) -> float:
    """The CPU time (user and system) a running process has used, from /proc."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _big_folder(folder: Path, articles: int) -> None:
    folder.mkdir(parents=True)
    for number in range(articles):
        body = "\n\n".join(
            f"Paragraph {p} of report {number} notes that delegation {number} discussed corridor {p}."
            for p in range(8)
        )
        (folder / f"report-{number:05d}.txt").write_text(f"Report {number}\n\n{body}\n", encoding="utf-8")


def test_killed_while_indexing_it_restarts_and_serves_the_whole_folder(
    emulator: TelegramEmulator, tmp_path: Path
) -> None:
    docs = tmp_path / "docs"
    _big_folder(docs, 1500)
    bot = _start_and_kill_while_indexing(emulator, tmp_path, docs)
    assert bot.process.returncode == -signal.SIGKILL
    second = start_bot(emulator, tmp_path, docs=docs)
    try:
        emulator.send_message(ADMIN, "/stats")
        [stats] = emulator.wait_for_messages(ADMIN, 1)
        assert "Articles: 1500" in stats["plain_text"]
        assert "Paragraphs: 12000" in stats["plain_text"]
        emulator.send_message(ALLOWED, "what did delegation 1499 discuss?")
        [answer] = emulator.wait_for_messages(ALLOWED, 1)
        assert "— Report 1499 ·" in answer["plain_text"]
    finally:
        assert second.stop() == 0


def _start_and_kill_while_indexing(emu: TelegramEmulator, tmp_path: Path, docs: Path) -> BotProcess:
    bot = launch_bot(emu, tmp_path, docs)
    # Kill in the middle of indexing: once the file cache is open and the process has worked on the
    # folder for a while (CPU time, which a busy machine does not stretch as it does the clock).
    wait_until(lambda: any(bot.cache.glob("*.sqlite3*")), 30, "the file cache", poll=0.005)
    opened = cpu_seconds(bot.process.pid)
    wait_until(lambda: cpu_seconds(bot.process.pid) - opened >= 0.3, 30, "0.3 s of indexing")
    bot.process.send_signal(signal.SIGKILL)
    bot.process.wait()
    assert not emu.calls("getUpdates"), "the bot finished indexing before it was killed"
    return bot


def test_killed_while_saving_an_upload_leaves_no_half_article(
    emulator: TelegramEmulator, tmp_path: Path
) -> None:
    bot = start_bot(emulator, tmp_path)
    before = {p.name for p in bot.docs.iterdir()}
    article = (
        "Big upload\n\n" + "The envoy repeated the same long sentence about the grain corridor. " * 120_000
    ).encode()
    emulator.send_document(ADMIN, "big.txt", article)
    # Polled often: the kill should come while the upload is being written, which takes a moment only.
    wait_until(lambda: emulator.calls("getFile"), 20, "the download of the upload", poll=0.005)
    bot.process.send_signal(signal.SIGKILL)
    bot.process.wait()
    after = {p.name for p in bot.docs.iterdir()} - before
    assert after <= {"big.txt"} | {name for name in after if name.startswith(".upload-")}
    if "big.txt" in after:
        assert (bot.docs / "big.txt").read_bytes() == article
    restarted = start_bot(emulator, tmp_path / "again", docs=bot.docs)
    try:
        assert not any(p.name.startswith(".upload-") for p in bot.docs.iterdir())
        emulator.send_message(ALLOWED, "what happens to Crimea?")
        assert "Crimea" in emulator.wait_for_messages(ALLOWED, 1)[0]["plain_text"]
    finally:
        assert restarted.stop() == 0
