"""Reply latency and load through the Bot API emulator, against the real `talksbot run` process.

python -m bench.reply_latency            # 100 questions, one at a time: p50 / p99 reply latency
python -m bench.reply_latency --load     # 50 chats x 20 questions at once, two rounds: throughput, memory
"""

from __future__ import annotations

import argparse
import json
import statistics
import tempfile
import threading
import time
from pathlib import Path

from tests.botapi.emulator import TelegramEmulator
from tests.e2e.conftest import TOKEN, BotProcess, start_bot
from tests.eval.run import load_cases


def rss_mb(pid: int) -> float:
    """Resident memory of a process, from /proc."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def percentile(values: list[float], share: float) -> float:
    """The `share` percentile (0-1) by nearest rank."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(share * len(ordered)) - 1))]


def sequential(emu: TelegramEmulator, questions: list[str], chat: int, gap: float) -> list[float]:
    """Ask one question at a time, `gap` seconds apart; seconds from the message to the bot's reply."""
    latencies = []
    for number, question in enumerate(questions, start=1):
        time.sleep(gap)
        started = time.perf_counter()
        emu.send_message(chat, question)
        emu.wait_for_messages(chat, number, timeout=30)
        latencies.append(time.perf_counter() - started)
    return latencies


def load_round(
    emu: TelegramEmulator, questions: list[str], chats: list[int], per_chat: int
) -> dict[str, float]:
    """Every chat sends `per_chat` questions as fast as it can; all replies must arrive, in order."""
    before = {chat: len(emu.sent_messages(chat)) for chat in chats}
    sent_at: dict[tuple[int, int], float] = {}
    started = time.perf_counter()

    def user(chat: int) -> None:
        for number in range(per_chat):
            sent_at[(chat, number)] = time.perf_counter()
            emu.send_message(chat, questions[(chat + number) % len(questions)])

    threads = [threading.Thread(target=user, args=(chat,)) for chat in chats]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    latencies = _collect(emu, chats, per_chat, before, sent_at)
    elapsed = time.perf_counter() - started
    return {
        "questions": len(chats) * per_chat,
        "seconds": elapsed,
        "per_second": len(chats) * per_chat / elapsed,
        "p50_ms": percentile(latencies, 0.5) * 1000,
        "p99_ms": percentile(latencies, 0.99) * 1000,
    }


def _collect(
    emu: TelegramEmulator,
    chats: list[int],
    per_chat: int,
    before: dict[int, int],
    sent_at: dict[tuple[int, int], float],
) -> list[float]:
    latencies = []
    for chat in chats:
        replies = emu.wait_for_messages(chat, before[chat] + per_chat, timeout=120)[before[chat] :]
        if len(replies) != per_chat:
            raise AssertionError(f"chat {chat}: {len(replies)} replies to {per_chat} questions")
        for number, reply in enumerate(replies):
            latencies.append(max(0.0, reply["received_at"] - sent_at[(chat, number)]))
    return latencies


def main() -> None:
    """Run the chosen measurement and print JSON."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--load", action="store_true")
    parser.add_argument("--chats", type=int, default=50)
    parser.add_argument("--per-chat", type=int, default=20)
    parser.add_argument("--gap", type=float, default=0.1, help="seconds between sequential questions")
    args = parser.parse_args()
    questions = [case.q for case in load_cases()]
    chats = list(range(10_000, 10_000 + args.chats))
    with tempfile.TemporaryDirectory() as folder, TelegramEmulator(token=TOKEN) as emu:
        bot: BotProcess = start_bot(emu, Path(folder), TALKSBOT_ALLOWED_CHATS="*", TALKSBOT_LOG_LEVEL="INFO")
        try:
            result = _measure(emu, bot, questions, chats, args)
        finally:
            bot.stop()
    print(json.dumps(result, indent=2))


def _measure(
    emu: TelegramEmulator, bot: BotProcess, questions: list[str], chats: list[int], args: argparse.Namespace
) -> dict[str, object]:
    if not args.load:
        latencies = sequential(emu, (questions * 2)[:100], chats[0], args.gap)
        return {
            "questions": len(latencies),
            "p50_ms": statistics.median(latencies) * 1000,
            "p99_ms": percentile(latencies, 0.99) * 1000,
            "rss_mb": rss_mb(bot.process.pid),
        }
    rss_start = rss_mb(bot.process.pid)
    first = load_round(emu, questions, chats, args.per_chat)
    rss_first = rss_mb(bot.process.pid)
    second = load_round(emu, questions, chats, args.per_chat)
    return {
        "rss_mb_start": rss_start,
        "round1": first,
        "rss_mb_after_round1": rss_first,
        "round2": second,
        "rss_mb_after_round2": rss_mb(bot.process.pid),
    }


if __name__ == "__main__":
    main()
