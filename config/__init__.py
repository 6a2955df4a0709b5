"""Settings for talksbot, read from TALKSBOT_* environment variables and .env."""

from config.settings import ChatAccess, Settings, SettingsError, load_settings

__all__ = ["ChatAccess", "Settings", "SettingsError", "load_settings"]
