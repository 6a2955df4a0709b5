"""Articles sent to the bot, in-process: admins add them (once), everyone else is refused; /reload, /stats."""

from __future__ import annotations

from tests.bot.offline import OfflineBot
from tests.conftest import EVAL_FIXTURES
from tests.people import ADMIN, ALLOWED, STRANGER

ARTICLE = (
    "Ferry talks in Odesa\n\nBy Test Reporter\n\n"
    "The quokka delegation signed a grain corridor memorandum aboard the ferry Marianna in Odesa.\n"
)


def names(bot: OfflineBot) -> list[str]:
    return sorted(p.name for p in bot.docs.iterdir())


async def test_an_admin_adds_an_article_by_sending_it(talksbot: OfflineBot) -> None:
    emulator = talksbot.emulator
    emulator.send_document(ADMIN, "quokka.txt", ARTICLE.encode())
    await talksbot.process()
    [confirmation] = emulator.sent_messages(ADMIN)
    assert "Ferry talks in Odesa" in confirmation["plain_text"]
    assert "1 paragraph," in confirmation["plain_text"]
    assert (talksbot.docs / "quokka.txt").read_text(encoding="utf-8") == ARTICLE
    emulator.send_message(ALLOWED, "what did the quokka delegation sign?")
    await talksbot.process()
    [answer] = emulator.sent_messages(ALLOWED)
    assert "grain corridor memorandum" in answer["plain_text"]
    # The same name again is saved beside it, never over it.
    emulator.send_document(ADMIN, "quokka.txt", ARTICLE.replace("grain", "salt").encode())
    await talksbot.process()
    [_, second] = emulator.sent_messages(ADMIN)
    assert "quokka-2.txt" in second["plain_text"]
    assert (talksbot.docs / "quokka.txt").read_text(encoding="utf-8") == ARTICLE


async def test_an_upload_already_in_the_folder_is_not_added_again(talksbot: OfflineBot) -> None:
    emulator = talksbot.emulator
    fixture = sorted(EVAL_FIXTURES.glob("*.txt"))[1]
    emulator.send_document(ADMIN, "quokka.txt", ARTICLE.encode())
    await talksbot.process()
    before = names(talksbot)
    emulator.send_document(ADMIN, "copy.md", ARTICLE.encode())
    emulator.send_document(ADMIN, "renamed.txt", fixture.read_bytes())
    emulator.send_document(ADMIN, "empty.txt", b"")
    await talksbot.process()
    replies = [r["plain_text"] for r in emulator.sent_messages(ADMIN)]
    assert replies == [
        "Added “Ferry talks in Odesa” as quokka.txt: 1 paragraph, answering from it now.",
        "Already have it as quokka.txt: nothing added.",
        f"Already have it as {fixture.name}: nothing added.",
        "Not added: the file is empty.",
    ]
    assert names(talksbot) == before


async def test_uploads_from_anyone_else_are_refused_and_nothing_is_written(talksbot: OfflineBot) -> None:
    emulator = talksbot.emulator
    before = names(talksbot)
    emulator.send_document(ALLOWED, "evil.txt", b"Hostile article\n\nSomething to inject.\n")
    emulator.send_document(STRANGER, "evil2.txt", b"Hostile article\n\nSomething to inject.\n")
    emulator.send_message(ALLOWED, "/reload")
    emulator.send_message(ALLOWED, "/stats")
    await talksbot.process()
    replies = emulator.sent_messages(ALLOWED)
    assert len(replies) == 3
    assert all("Only the bot's admins" in r["plain_text"] for r in replies)
    assert names(talksbot) == before


async def test_bad_uploads_are_explained_and_admin_stats(talksbot: OfflineBot) -> None:
    emulator = talksbot.emulator
    emulator.send_document(ADMIN, "../../etc/passwd.txt", b"")
    emulator.send_document(ADMIN, "image.png", b"\x89PNG\r\n\x1a\n")
    emulator.send_document(ADMIN, "binary.txt", bytes(range(256)) * 4)
    emulator.send_message(ADMIN, "/reload")
    emulator.send_message(ADMIN, "/stats")
    await talksbot.process()
    replies = [r["plain_text"] for r in emulator.sent_messages(ADMIN)]
    assert len(replies) == 5
    assert replies[0].startswith("Not added")
    assert replies[1].startswith("Not added")
    assert "binary" in replies[2]
    assert "Rescanned" in replies[3]
    assert "Articles: 7" in replies[4]
    assert not (talksbot.docs.parent / "etc").exists()
    assert not (talksbot.docs.parent.parent / "etc").exists()
    assert not any(p.name.startswith(".upload") for p in talksbot.docs.iterdir())


async def test_an_admin_upload_in_a_cyrillic_code_page_keeps_its_title(talksbot: OfflineBot) -> None:
    emulator = talksbot.emulator
    title = "Переговоры в Вельмаре"
    body = "Делегации договорились о прекращении огня вдоль Днепра с понедельника, сообщили участники."
    page = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1251">'
        f"<title>{title}</title></head><body><article><h1>{title}</h1><p>{body}</p></article></body></html>"
    )
    emulator.send_document(ADMIN, "talks.html", page.encode("cp1251"))
    notes = "\ufeffTalks\r\n\r\nThe truce holds.\r\n"
    emulator.send_document(ADMIN, "notes.txt", notes.encode("utf-16-le"))
    emulator.send_document(ADMIN, "broken.txt", b"\xff\xfe\x41\x00\x00\xd8")
    await talksbot.process()
    added, notes_added, refused = (m["plain_text"] for m in emulator.sent_messages(ADMIN))
    assert f"Added “{title}”" in added
    assert "Added “Talks”" in notes_added
    assert "no text encoding explains its bytes" in refused
