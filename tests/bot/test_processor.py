"""The update processor: one chat's updates strictly in order, other chats alongside."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime

from telegram import Chat, Message, Update, User

from bot.processor import PerChatUpdateProcessor
from tests.waiting import until


def _update(number: int, chat_id: int) -> Update:
    chat = Chat(chat_id, Chat.PRIVATE)
    message = Message(
        number, datetime(2025, 1, 1, tzinfo=UTC), chat, from_user=User(chat_id, "U", is_bot=False)
    )
    return Update(number, message=message)


async def test_one_chat_in_order_and_others_concurrently() -> None:
    processor = PerChatUpdateProcessor()
    events: list[str] = []
    gates = {name: asyncio.Event() for name in ("a1", "a2")}

    async def work(name: str) -> None:
        events.append(f"start {name}")
        if name in gates:
            await gates[name].wait()
        events.append(f"end {name}")

    def submit(number: int, chat_id: int, name: str) -> asyncio.Task[None]:
        return asyncio.create_task(processor.process_update(_update(number, chat_id), work(name)))

    tasks = [submit(1, 10, "a1"), submit(2, 10, "a2"), submit(3, 20, "b1")]
    await asyncio.wait_for(tasks[2], 5)  # another chat is not held up by chat 10, whose a1 still waits
    assert events == ["start a1", "start b1", "end b1"]
    gates["a1"].set()
    await until(lambda: "start a2" in events, 5, "a2's start")  # a1 is done, a2 runs and waits
    tasks.append(submit(4, 10, "a3"))  # arrives while a2 still runs
    # Another chat's update submitted after a3 and finished: a3 has had every chance to start, had it
    # not been held behind a2.
    await asyncio.wait_for(submit(5, 20, "b2"), 5)
    assert "start a3" not in events
    gates["a2"].set()
    await asyncio.gather(*tasks)
    chat_10 = [e for e in events if e[-2] == "a"]
    assert chat_10 == ["start a1", "end a1", "start a2", "end a2", "start a3", "end a3"]
