"""The Telegram bot and command-line interface of talksbot."""
