"""Keep secrets out of every log line, whichever library writes it.

python-telegram-bot logs the Bot API URL, and httpx logs each request URL: both contain the bot
token. Redacting at record creation covers every handler and logger, ours or a library's.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable

MASK = "**********"
_installed: set[str] = set()


def redact(secrets: Iterable[str]) -> None:
    """Replace these values (and any added before) with a mask in all log records from now on."""
    new = {s for s in secrets if s and len(s) >= 4} - _installed
    if not new:
        return
    if not _installed:
        make = logging.getLogRecordFactory()

        def factory(*args: object, **kwargs: object) -> logging.LogRecord:
            record = make(*args, **kwargs)
            message = record.getMessage()
            if any(secret in message for secret in _installed):
                for secret in _installed:
                    message = message.replace(secret, MASK)
                record.msg, record.args = message, ()
            return record

        logging.setLogRecordFactory(factory)
    _installed.update(new)
