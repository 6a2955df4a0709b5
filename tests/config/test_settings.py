"""Settings: parsing of every variable, one clear line for a bad value, and never the token in it."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from bot.logs import REDACTED, redact
from config import ChatAccess, SettingsError, known_names, load_settings
from config.settings import TELEGRAM_API_URL
from tests.conftest import ROOT

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
    assert settings.api_url == TELEGRAM_API_URL
    assert settings.index == "bm25"
    assert settings.max_file_bytes is None  # the engine's own default, defined in retrieval only


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("1, 2,-100123", ChatAccess(chat_ids=frozenset({1, 2, -100123}))),
        ("1 2  -3", ChatAccess(chat_ids=frozenset({1, 2, -3}))),
        ("[5, -7]", ChatAccess(chat_ids=frozenset({5, -7}))),
        ("*", ChatAccess(everyone=True)),
        ("", ChatAccess()),
    ],
)
def test_allowed_chats(monkeypatch: pytest.MonkeyPatch, raw: str, expected: ChatAccess) -> None:
    monkeypatch.setenv("TALKSBOT_ALLOWED_CHATS", raw)
    assert load_settings().allowed_chats == expected


@pytest.mark.parametrize(
    ("raw", "shown"),
    [
        ("12,abc", "'abc'"),
        ("1;2", "'1;2'"),
        ("@mychannel", "'@mychannel'"),
        ("*,5", "'*' (everyone) must stand alone"),
        ("1,,2", "empty item"),
        ("1,2,", "empty item"),
    ],
)
def test_a_bad_chat_list_names_the_bad_item(monkeypatch: pytest.MonkeyPatch, raw: str, shown: str) -> None:
    monkeypatch.setenv("TALKSBOT_ALLOWED_CHATS", raw)
    with pytest.raises(SettingsError, match=re.escape(shown)):
        load_settings()


def test_a_token_pasted_as_a_chat_id_is_not_echoed(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TALKSBOT_ADMINS", f"1,{TOKEN}")
    with pytest.raises(SettingsError) as error:
        load_settings()
    assert TOKEN.split(":")[1] not in str(error.value)
    assert "bot token" in str(error.value)


@pytest.mark.parametrize(
    "secret",
    [
        "AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw",  # a token's secret half
        "123:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw",  # a token with a short bot id
        "my_webhook-secret_2026",  # a webhook secret
    ],
)
def test_a_secret_pasted_as_a_chat_id_is_not_echoed(monkeypatch: pytest.MonkeyPatch, secret: str) -> None:
    monkeypatch.setenv("TALKSBOT_ALLOWED_CHATS", f"1,{secret}")
    with pytest.raises(SettingsError) as error:
        load_settings()
    assert secret[:16] not in str(error.value)
    assert secret[-16:] not in str(error.value)
    assert "secret" in str(error.value)


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


def test_a_malformed_token_is_never_echoed_and_checked_on_demand(monkeypatch: pytest.MonkeyPatch) -> None:
    secret = "not-a-token-but-very-secret-value"
    monkeypatch.setenv("TALKSBOT_TOKEN", secret)
    settings = load_settings()  # ask, console and sources never use the token, so never check it
    with pytest.raises(SettingsError) as error:
        settings.bot_token()
    assert str(error.value).startswith("TALKSBOT_TOKEN")
    assert secret not in str(error.value)
    assert secret not in repr(error.value)


def test_bot_token_is_required_and_checked_for_shape(monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(SettingsError, match="TALKSBOT_TOKEN is not set"):
        load_settings().bot_token()
    monkeypatch.setenv("TALKSBOT_TOKEN", f" {TOKEN} ")
    assert load_settings().bot_token() == TOKEN


def test_every_token_the_settings_accept_is_redacted_in_logs(monkeypatch: pytest.MonkeyPatch) -> None:
    # One pattern serves both: a token shape the settings accept but the log filter missed would leak.
    for token in (TOKEN, "12345:" + "a" * 30, "9876543210:" + "A_-z" * 10):
        monkeypatch.setenv("TALKSBOT_TOKEN", token)
        assert load_settings().bot_token() == token
        assert redact(f"GET /bot{token}/getMe") == f"GET /bot{REDACTED}/getMe"


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


@pytest.mark.parametrize("name", known_names())
def test_a_blank_value_means_not_set(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str) -> None:
    defaults = load_settings()
    (tmp_path / ".env").write_text(f"{name}=\n", encoding="utf-8")
    assert load_settings() == defaults
    monkeypatch.setenv(name, "  ")
    assert load_settings() == defaults


def test_a_blank_api_url_is_the_default_url_in_every_source(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TALKSBOT_API_URL", "")
    assert load_settings().api_url == TELEGRAM_API_URL
    assert load_settings(api_url=" ").api_url == TELEGRAM_API_URL
    monkeypatch.setenv("TALKSBOT_API_URL", "http://127.0.0.1:8081/")
    assert load_settings().api_url == "http://127.0.0.1:8081"


def test_a_blank_webhook_url_means_polling_even_with_a_secret(tmp_path: Path) -> None:
    (tmp_path / ".env").write_text(
        "TALKSBOT_API_URL=\nTALKSBOT_WEBHOOK_URL= \nTALKSBOT_WEBHOOK_SECRET=s3cret\n", encoding="utf-8"
    )
    settings = load_settings()
    assert settings.webhook_url is None
    assert settings.api_url == TELEGRAM_API_URL


def test_env_example_copied_unchanged_is_all_defaults(tmp_path: Path) -> None:
    defaults = load_settings()
    (tmp_path / ".env").write_bytes((ROOT / ".env.example").read_bytes())
    settings = load_settings()
    assert settings == defaults
    assert settings.token is None
    assert settings.allowed_chats == ChatAccess()


def test_env_example_names_every_setting() -> None:
    text = (ROOT / ".env.example").read_text(encoding="utf-8")
    assert all(f"{name}=" in text for name in known_names())


@pytest.mark.parametrize(
    ("name", "closest"),
    [
        ("TALKSBOT_ALLOWED_CHAT", "TALKSBOT_ALLOWED_CHATS"),
        ("TALKSBOT_ADMIN", "TALKSBOT_ADMINS"),
        ("TALKSBOT_DOC_DIR", "TALKSBOT_DOCS_DIR"),
        ("talksbot_webhook_secrect", "TALKSBOT_WEBHOOK_SECRET"),
    ],
)
def test_an_unknown_name_is_an_error_naming_the_closest_known_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str, closest: str
) -> None:
    (tmp_path / ".env").write_text(f"{name}=1\n", encoding="utf-8")
    with pytest.raises(SettingsError) as in_file:
        load_settings()
    assert str(in_file.value) == f"{name} in .env is not a setting (did you mean {closest}?)"
    (tmp_path / ".env").unlink()
    monkeypatch.setenv(name, "1")
    with pytest.raises(SettingsError) as in_env:
        load_settings()
    assert str(in_env.value) == f"{name} in the environment is not a setting (did you mean {closest}?)"


def test_other_variables_in_env_are_left_alone(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / ".env").write_text("DATABASE_URL=x\nTALKSBOT_ADMINS=1\n", encoding="utf-8")
    monkeypatch.setenv("TALKSBOTS", "x")
    assert load_settings().admins == frozenset({1})


@pytest.mark.parametrize(
    "url",
    [
        "https://bot.example.com/telegram",
        "https://bot.example.com:443/hook/",
        "https://bot.example.com:80/hook",
        "https://bot.example.com:88/hook",
        "https://bot.example.com:8443/hook",
    ],
)
def test_webhook_urls_telegram_accepts(monkeypatch: pytest.MonkeyPatch, url: str) -> None:
    monkeypatch.setenv("TALKSBOT_WEBHOOK_URL", url)
    monkeypatch.setenv("TALKSBOT_WEBHOOK_SECRET", "s3cret")
    assert load_settings().webhook_url == url.rstrip("/")


@pytest.mark.parametrize(
    ("url", "reason"),
    [
        ("http://bot.example.com/telegram", "https://"),
        ("https://bot.example.com:8080/telegram", "port 443, 80, 88 or 8443"),
        ("https://bot.example.com:99999/telegram", "port"),
        ("bot.example.com/telegram", "https://"),
        ("https:///telegram", "https://"),
    ],
)
def test_webhook_urls_telegram_refuses_are_stopped_before_start(
    monkeypatch: pytest.MonkeyPatch, url: str, reason: str
) -> None:
    monkeypatch.setenv("TALKSBOT_WEBHOOK_URL", url)
    monkeypatch.setenv("TALKSBOT_WEBHOOK_SECRET", "s3cret")
    with pytest.raises(SettingsError) as error:
        load_settings()
    assert str(error.value).startswith("TALKSBOT_WEBHOOK_URL: ")
    assert reason in str(error.value)


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-16", "utf-16-be"])
def test_env_with_a_byte_order_mark_is_read(tmp_path: Path, encoding: str) -> None:
    text = "\ufeff" if encoding == "utf-16-be" else ""
    (tmp_path / ".env").write_text(text + "TALKSBOT_ADMINS=7\n", encoding=encoding)
    assert load_settings().admins == frozenset({7})


@pytest.mark.parametrize(
    "data",
    ["TALKSBOT_ADMINS=7\n".encode("utf-16-le"), b"TALKSBOT_DOCS_DIR=caf\xe9\n"],
    ids=["utf-16-without-bom", "latin-1"],
)
def test_an_env_that_cannot_be_decoded_is_one_line_naming_it(tmp_path: Path, data: bytes) -> None:
    (tmp_path / ".env").write_bytes(data)
    with pytest.raises(SettingsError) as error:
        load_settings()
    assert str(error.value) == ".env: cannot be decoded as text; save it as UTF-8"
