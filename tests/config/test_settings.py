"""Settings: parsing of every variable, one clear line for a bad value, and never the token in it."""

from __future__ import annotations

from pathlib import Path

import pytest

from config import ChatAccess, SettingsError, load_settings

TOKEN = "123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw0"


@pytest.fixture(autouse=True)
def clean_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """No TALKSBOT_* from the machine and no .env from the checkout."""
    import os

    for name in list(os.environ):
        if name.startswith("TALKSBOT_"):
            monkeypatch.delenv(name)
    monkeypatch.chdir(tmp_path)


def test_defaults() -> None:
    settings = load_settings()
    assert settings.token is None
    assert settings.docs_dir == Path("seeds")
    assert settings.allowed_chats == ChatAccess()
    assert not settings.allowed_chats.allows(1)
    assert settings.api_url == "https://api.telegram.org"
    assert settings.index == "bm25"


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("1, 2,-100123", ChatAccess(chat_ids=frozenset({1, 2, -100123}))),
        ("[5, -7]", ChatAccess(chat_ids=frozenset({5, -7}))),
        ("*", ChatAccess(everyone=True)),
        ("", ChatAccess()),
    ],
)
def test_allowed_chats(monkeypatch: pytest.MonkeyPatch, raw: str, expected: ChatAccess) -> None:
    monkeypatch.setenv("TALKSBOT_ALLOWED_CHATS", raw)
    assert load_settings().allowed_chats == expected


def test_admins_and_env_file(tmp_path: Path) -> None:
    (tmp_path / ".env").write_text("TALKSBOT_ADMINS=11,12\nTALKSBOT_DOCS_DIR=articles\n", encoding="utf-8")
    settings = load_settings()
    assert settings.admins == frozenset({11, 12})
    assert settings.docs_dir == Path("articles")


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("TALKSBOT_ALLOWED_CHATS", "everyone"),
        ("TALKSBOT_ADMINS", "[1, 2"),
        ("TALKSBOT_API_URL", "ftp://example.com"),
        ("TALKSBOT_WEBHOOK_PORT", "70000"),
        ("TALKSBOT_INDEX", "elastic"),
        ("TALKSBOT_MAX_FILE_MB", "-1"),
    ],
)
def test_a_bad_value_names_its_variable_in_one_line(
    monkeypatch: pytest.MonkeyPatch, name: str, value: str
) -> None:
    monkeypatch.setenv(name, value)
    with pytest.raises(SettingsError) as error:
        load_settings()
    message = str(error.value)
    assert message.startswith(name)
    assert "\n" not in message


def test_a_malformed_token_is_never_echoed(monkeypatch: pytest.MonkeyPatch) -> None:
    secret = "not-a-token-but-very-secret-value"
    monkeypatch.setenv("TALKSBOT_TOKEN", secret)
    with pytest.raises(SettingsError) as error:
        load_settings()
    assert "TALKSBOT_TOKEN" in str(error.value)
    assert secret not in str(error.value)
    assert secret not in repr(error.value)


def test_the_token_is_secret_in_repr(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TALKSBOT_TOKEN", TOKEN)
    settings = load_settings()
    assert settings.token is not None
    assert settings.token.get_secret_value() == TOKEN
    assert TOKEN not in repr(settings)
    assert TOKEN not in str(settings.model_dump())


def test_webhook_needs_a_secret(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TALKSBOT_WEBHOOK_URL", "https://bot.example.com/hook")
    with pytest.raises(SettingsError, match="TALKSBOT_WEBHOOK_SECRET"):
        load_settings()
    monkeypatch.setenv("TALKSBOT_WEBHOOK_SECRET", "s3cret_value")
    assert load_settings().webhook_url == "https://bot.example.com/hook"
