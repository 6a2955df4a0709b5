"""The Settings class: every TALKSBOT_* variable, validated once at start-up."""

from __future__ import annotations

import json
import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import Field, SecretStr, ValidationError, field_validator, model_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

ENV_PREFIX = "TALKSBOT_"
_SECRET_TOKEN = re.compile(r"^[A-Za-z0-9_-]{1,256}$")


class SettingsError(ValueError):
    """A bad setting, described in one line that names the variable and never echoes a value."""


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
    """Accept '1,2', '[1, 2]', a list, or an int; reject anything else with a readable message."""
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
            items = [part for part in re.split(r"[,\s]+", text) if part]
    else:
        raise ValueError(f"expected comma-separated {what}")
    return [_one_id(item, what) for item in items]


def _one_id(item: object, what: str) -> int:
    if isinstance(item, bool):
        raise ValueError(f"expected comma-separated {what}")
    if isinstance(item, int):
        return item
    if isinstance(item, str) and re.fullmatch(r"-?\d{1,20}", item.strip()):
        return int(item)
    raise ValueError(f"expected comma-separated {what} (whole numbers), found a value that is not one")


class Settings(BaseSettings):
    """Runtime configuration. Build it once, in the entry point, and pass values down."""

    model_config = SettingsConfigDict(
        env_prefix=ENV_PREFIX,
        env_file=".env",
        env_file_encoding="utf-8",
        extra="ignore",
        hide_input_in_errors=True,
    )

    token: SecretStr | None = None
    docs_dir: Path = Path("seeds")
    allowed_chats: Annotated[ChatAccess, NoDecode] = ChatAccess()
    admins: Annotated[frozenset[int], NoDecode] = frozenset()
    api_url: str = "https://api.telegram.org"
    webhook_url: str | None = None
    webhook_secret: SecretStr | None = None
    webhook_listen: str = "0.0.0.0"
    webhook_port: int = Field(default=8443, ge=1, le=65535)
    cache_dir: Path = Field(default_factory=_default_cache_dir)
    index: Literal["bm25", "tantivy"] = "bm25"
    max_file_mb: float = Field(default=10.0, gt=0)
    watch: bool = True
    log_level: Literal["DEBUG", "INFO", "WARNING", "ERROR"] = "INFO"

    @field_validator("token", mode="before")
    @classmethod
    def _blank_token_is_none(cls, value: Any) -> Any:
        return None if isinstance(value, str) and not value.strip() else value

    @field_validator("token")
    @classmethod
    def _token_shape(cls, value: SecretStr | None) -> SecretStr | None:
        if value is not None and not re.fullmatch(r"\d+:[A-Za-z0-9_-]{20,}", value.get_secret_value()):
            raise ValueError("does not look like a bot token from @BotFather (digits:letters)")
        return value

    @field_validator("allowed_chats", mode="before")
    @classmethod
    def _parse_allowed(cls, value: Any) -> Any:
        if isinstance(value, ChatAccess):
            return value
        if isinstance(value, str) and value.strip() == "*":
            return ChatAccess(everyone=True)
        if value is None or (isinstance(value, str) and not value.strip()):
            return ChatAccess()
        return ChatAccess(chat_ids=frozenset(_parse_ids(value, "chat ids or '*'")))

    @field_validator("admins", mode="before")
    @classmethod
    def _parse_admins(cls, value: Any) -> Any:
        if value is None or (isinstance(value, str) and not value.strip()):
            return frozenset()
        return frozenset(_parse_ids(value, "user ids"))

    @field_validator("api_url", "webhook_url")
    @classmethod
    def _http_url(cls, value: str | None) -> str | None:
        if value is None or not value.strip():
            return None
        if not re.fullmatch(r"https?://[^\s/]+(/\S*)?", value.strip()):
            raise ValueError("must be an http:// or https:// URL")
        return value.strip().rstrip("/")

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
    def max_file_bytes(self) -> int:
        """The file size cap in bytes."""
        return int(self.max_file_mb * 1024 * 1024)


def load_settings(**overrides: Any) -> Settings:
    """Build Settings, turning a validation failure into one readable SettingsError."""
    try:
        return Settings(**overrides)
    except ValidationError as exc:
        raise SettingsError(_describe(exc)) from None


def _describe(exc: ValidationError) -> str:
    # Never include error["input"]: it may be the token (pydantic-settings issue 256).
    lines = []
    for error in exc.errors(include_input=False, include_url=False):
        field = ".".join(str(part) for part in error["loc"] if part != "__root__")
        name = f"{ENV_PREFIX}{field.upper()}" if field else "settings"
        message = str(error["msg"]).removeprefix("Value error, ")
        lines.append(f"{name}: {message}")
    return "; ".join(lines) or "invalid settings"
