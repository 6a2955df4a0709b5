"""Logging set-up: one format, quiet HTTP logs, and no bot token in any line."""

from __future__ import annotations

import logging
import sys

from config import TOKEN_PATTERN

REDACTED = "[REDACTED-TOKEN]"


def redact(text: str, secrets: tuple[str, ...] = ()) -> str:
    """`text` with bot tokens and the given secrets replaced."""
    for secret in secrets:
        if secret:
            text = text.replace(secret, REDACTED)
    return TOKEN_PATTERN.sub(REDACTED, text)


class RedactingFilter(logging.Filter):
    """Rewrites every record so that its message and traceback carry no token."""

    def __init__(self, secrets: tuple[str, ...] = ()) -> None:
        super().__init__()
        self._secrets = secrets

    def filter(self, record: logging.LogRecord) -> bool:
        """Format the message now, redacted, so no later formatter can reintroduce the token."""
        record.msg = redact(record.getMessage(), self._secrets)
        record.args = None
        if record.exc_info:
            formatter = logging.Formatter()
            record.exc_text = redact(formatter.formatException(record.exc_info), self._secrets)
            record.exc_info = None
        return True


def configure(level: str = "INFO", secrets: tuple[str, ...] = ()) -> None:
    """Log to standard error, with every record redacted and the HTTP client kept quiet."""
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.addFilter(RedactingFilter(secrets))
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level)
    # httpx logs every request URL at INFO, and the URL contains the token; the others chatter at INFO.
    for noisy in ("httpx", "httpcore", "watchfiles", "pymorphy3", "apscheduler"):
        logging.getLogger(noisy).setLevel(logging.WARNING)
    # Its only log call is an ERROR with a traceback for a non-JSON answer (a proxy's 502 page), which it
    # then raises as NetworkError; the bot reports that once a minute, so the traceback is only noise.
    logging.getLogger("telegram.request.BaseRequest").setLevel(logging.CRITICAL)
