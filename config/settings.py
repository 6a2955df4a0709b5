"""The Settings class: every TALKSBOT_* variable, validated once at start-up."""

from __future__ import annotations

import codecs
import difflib
import json
import os
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Any, Literal
from urllib.parse import urlsplit

from dotenv import dotenv_values
from pydantic import Field, SecretStr, ValidationError, field_validator, model_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

ENV_PREFIX = "TALKSBOT_"
ENV_FILE = Path(".env")
# Telegram's own Bot API server: the API URL when none (or a blank one) is given.
TELEGRAM_API_URL = "https://api.telegram.org"
# A bot token from @BotFather: the numeric bot id, a colon, and a 35-character secret. The settings
# check a whole value against it; the log filter finds it inside any text.
TOKEN_PATTERN = re.compile(r"\d{5,}:[A-Za-z0-9_-]{30,}")
_SECRET_TOKEN = re.compile(r"^[A-Za-z0-9_-]{1,256}$")
# Telegram delivers webhooks only over HTTPS, and only to these ports.
WEBHOOK_PORTS = (443, 80, 88, 8443)
_BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))


class SettingsError(ValueError):
    """A bad setting, in one line that names the variable; it never echoes a secret (only a bad id item)."""


@dataclass(frozen=True)
class ChatAccess:
    """Which chats may use the bot: everyone, or a fixed set of chat ids."""

    everyone: bool = False
    chat_ids: frozenset[int] = frozenset()

    def allows(self, chat_id: int) -> bool:
        """True if this chat may use the bot."""
        return self.everyone or chat_id in self.chat_ids


def _default_cache_dir() -> Path:
    # Outside the document folder, so the watcher never sees the cache being written.
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "talksbot"


def _parse_ids(raw: object, what: str) -> list[int]:
    """Accept '1,2', '1 2', '[1, 2]', a list, or an int; reject anything else naming the bad item."""
    if isinstance(raw, int):
        return [raw]
    if isinstance(raw, list | tuple | set | frozenset):
        items: list[object] = list(raw)
    elif isinstance(raw, str):
        text = raw.strip()
        if text.startswith("["):
            try:
                items = json.loads(text)
            except json.JSONDecodeError:
                raise ValueError(f"not a valid JSON list of {what}") from None
        else:
            items = _split_ids(text, what)
    else:
        raise ValueError(f"expected comma-separated {what}")
    return [_one_id(item, what) for item in items]


def _split_ids(text: str, what: str) -> list[object]:
    # Commas or spaces separate ids ("1, 2" and "1 2" alike), but an empty item between commas
    # ("1,,2", "1,2,") is more likely a deleted id than intent: refuse it rather than guess.
    parts = [part.strip() for part in text.split(",")]
    if len(parts) > 1 and "" in parts:
        raise ValueError(f"expected comma-separated {what}, found an empty item between commas")
    return [item for part in parts for item in part.split()]


def _one_id(item: object, what: str) -> int:
    if isinstance(item, bool):
        raise ValueError(f"expected comma-separated {what}")
    if isinstance(item, int):
        return item
    if isinstance(item, str) and re.fullmatch(r"-?\d{1,20}", item.strip()):
        return int(item)
    if item == "*":
        raise ValueError("'*' (everyone) must stand alone, not in a list with chat ids")
    hint = " (a @name is not an id: see README, Find a chat id)" if str(item).startswith("@") else ""
    raise ValueError(
        f"expected comma-separated {what} (whole numbers), found {_shown(item)}, which is not one{hint}"
    )


def _shown(item: object) -> str:
    # Ids are not secret, so the bad item is named; but never a pasted token, and never at length. Nor
    # anything holding a long run of a token's letters: its secret half, a short-id token ("123:AAH..."),
    # a webhook secret. No id, @name or typo holds 16 in a row ("@mychannel", "-100123", "1;2").
    text = str(item)
    if TOKEN_PATTERN.search(text):
        return "what looks like a bot token"
    if _SECRET_RUN.search(text):
        return "what looks like a secret (not shown)"
    return repr(text if len(text) <= 30 else text[:30] + "...")


_SECRET_RUN = re.compile(r"[A-Za-z0-9_-]{16}")


class Settings(BaseSettings):
    """Runtime configuration. Build it once, in the entry point, and pass values down."""

    model_config = SettingsConfigDict(
        env_prefix=ENV_PREFIX,
        env_file=ENV_FILE,
        env_file_encoding="utf-8",
        extra="ignore",
        hide_input_in_errors=True,
    )

    # Its shape is checked only by bot_token(): the commands that never talk to Telegram ignore it.
    token: SecretStr | None = None
    docs_dir: Path = Path("seeds")
    allowed_chats: Annotated[ChatAccess, NoDecode] = ChatAccess()
    admins: Annotated[frozenset[int], NoDecode] = frozenset()
    # Blank or unset: Telegram's server. Blank or unset webhook URL: no webhook, long polling.
    api_url: str = TELEGRAM_API_URL
    webhook_url: str | None = None
    webhook_secret: SecretStr | None = None
    webhook_listen: str = "0.0.0.0"
    webhook_port: int = Field(default=8443, ge=1, le=65535)
    cache_dir: Path = Field(default_factory=_default_cache_dir)
    index: Literal["bm25", "tantivy"] = "bm25"
    # None: the engine's own limit (retrieval.DEFAULT_MAX_BYTES, 10 MB), so the number lives in one place.
    max_file_mb: float | None = Field(default=None, gt=0)
    watch: bool = True
    log_level: Literal["DEBUG", "INFO", "WARNING", "ERROR"] = "INFO"

    @model_validator(mode="before")
    @classmethod
    def _blank_means_unset(cls, data: Any) -> Any:
        # `NAME=` in .env (as .env.example ships) means "use the default", for every variable alike.
        if isinstance(data, dict):
            return {key: value for key, value in data.items() if not _blank(value)}
        return data

    @field_validator("allowed_chats", mode="before")
    @classmethod
    def _parse_allowed(cls, value: Any) -> Any:
        if isinstance(value, ChatAccess):
            return value
        if isinstance(value, str) and value.strip() == "*":
            return ChatAccess(everyone=True)
        return ChatAccess(chat_ids=frozenset(_parse_ids(value, "chat ids or '*'")))

    @field_validator("admins", mode="before")
    @classmethod
    def _parse_admins(cls, value: Any) -> Any:
        return frozenset(_parse_ids(value, "user ids"))

    @field_validator("api_url")
    @classmethod
    def _api_url(cls, value: str) -> str:
        # http:// too: a self-hosted Bot API server or a test emulator on the same machine.
        if not re.fullmatch(r"https?://[^\s/]+(/\S*)?", value.strip()):
            raise ValueError("must be an http:// or https:// URL")
        return value.strip().rstrip("/")

    @field_validator("webhook_url")
    @classmethod
    def _webhook_url(cls, value: str | None) -> str | None:
        return None if value is None else _telegram_webhook_url(value.strip())

    @field_validator("webhook_secret")
    @classmethod
    def _secret_shape(cls, value: SecretStr | None) -> SecretStr | None:
        if value is not None and not _SECRET_TOKEN.fullmatch(value.get_secret_value()):
            raise ValueError("must be 1-256 characters of A-Z, a-z, 0-9, _ and -")
        return value

    @model_validator(mode="after")
    def _webhook_needs_secret(self) -> Settings:
        if self.webhook_url and self.webhook_secret is None:
            raise ValueError("TALKSBOT_WEBHOOK_SECRET is required when TALKSBOT_WEBHOOK_URL is set")
        return self

    @property
    def max_file_bytes(self) -> int | None:
        """The file size cap in bytes, or None for the engine's default."""
        return None if self.max_file_mb is None else int(self.max_file_mb * 1024 * 1024)

    def bot_token(self) -> str:
        """The token, for the commands that talk to Telegram; SettingsError if it is unset or malformed."""
        if self.token is None:
            raise SettingsError(f"{ENV_PREFIX}TOKEN is not set (see README: Create the bot)")
        token = self.token.get_secret_value().strip()
        if not TOKEN_PATTERN.fullmatch(token):
            raise SettingsError(
                f"{ENV_PREFIX}TOKEN: does not look like a bot token from @BotFather (digits:letters)"
            )
        return token


def _blank(value: object) -> bool:
    return isinstance(value, str) and not value.strip()


def _telegram_webhook_url(url: str) -> str:
    """`url` without a trailing slash if Telegram would accept it for a webhook; ValueError if not."""
    parts = urlsplit(url)
    if parts.scheme != "https" or not parts.hostname or re.search(r"\s", url):
        raise ValueError("must be an https:// URL (Telegram sends webhooks over HTTPS only)")
    try:
        port = parts.port or 443
    except ValueError:
        raise ValueError("has a port that is not a number") from None
    if port not in WEBHOOK_PORTS:
        raise ValueError("must use port 443, 80, 88 or 8443 (the only ports Telegram sends webhooks to)")
    return url.rstrip("/")


def load_settings(env_file: Path = ENV_FILE, **overrides: Any) -> Settings:
    """Build Settings from the environment and `env_file`; one readable SettingsError for anything wrong."""
    encoding = _env_file_encoding(env_file)
    file_values = dotenv_values(env_file, encoding=encoding) if env_file.is_file() else {}
    _check_names(os.environ, "in the environment")
    _check_names(file_values, f"in {env_file}")
    try:
        return Settings(_env_file=env_file, _env_file_encoding=encoding, **overrides)
    except ValidationError as exc:
        raise SettingsError(_describe(exc)) from None


def _env_file_encoding(path: Path) -> str:
    """UTF-8, or the encoding its byte-order mark names (Windows editors write UTF-16 with one)."""
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        return "utf-8"
    except OSError as exc:
        raise SettingsError(f"{path}: cannot be read ({exc.strerror})") from None
    encoding = next((name for bom, name in _BOMS if data.startswith(bom)), "utf-8")
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError:
        text = "\0"
    # UTF-16 without a byte-order mark decodes as UTF-8 full of NULs, which no text file contains.
    if "\0" in text:
        raise SettingsError(f"{path}: cannot be decoded as text; save it as UTF-8")
    return encoding


def known_names() -> tuple[str, ...]:
    """Every TALKSBOT_* variable Settings reads."""
    return tuple(f"{ENV_PREFIX}{name.upper()}" for name in Settings.model_fields)


def _check_names(names: Mapping[str, object] | Iterable[str], where: str) -> None:
    # A misspelt name would otherwise be ignored in silence, and its default take effect.
    known = known_names()
    for name in names:
        upper = name.upper()
        if upper.startswith(ENV_PREFIX) and upper not in known:
            guess = difflib.get_close_matches(upper, known, n=1)
            hint = f" (did you mean {guess[0]}?)" if guess else f" (known: {', '.join(known)})"
            raise SettingsError(f"{name} {where} is not a setting{hint}")


def _describe(exc: ValidationError) -> str:
    # Never include error["input"]: it may be the token (pydantic-settings issue 256).
    lines = []
    for error in exc.errors(include_input=False, include_url=False):
        field = ".".join(str(part) for part in error["loc"] if part != "__root__")
        name = f"{ENV_PREFIX}{field.upper()}" if field else "settings"
        message = str(error["msg"]).removeprefix("Value error, ")
        lines.append(f"{name}: {message}")
    return "; ".join(lines) or "invalid settings"
