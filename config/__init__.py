"""Settings for talksbot, read from TALKSBOT_* environment variables and .env."""

from config.settings import TOKEN_PATTERN, ChatAccess, Settings, SettingsError, known_names, load_settings

__all__ = ["TOKEN_PATTERN", "ChatAccess", "Settings", "SettingsError", "known_names", "load_settings"]
