"""One bounded retry loop for the platforms' send calls: each channel says which errors are passing."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from typing import Any

log = logging.getLogger("nonglert.send")

SEND_ATTEMPTS = 3
RETRY_DELAYS = (0.2, 1.0)


async def retrying(call: Callable[[], Awaitable[Any]], transient: Callable[[Exception], bool]) -> None:
    """Call; on a transient error wait a little and try again, at most SEND_ATTEMPTS times in all."""
    for attempt in range(SEND_ATTEMPTS):
        try:
            await call()
            return
        except Exception as exc:
            if not transient(exc) or attempt == SEND_ATTEMPTS - 1:
                raise
            log.warning("send failed (%s), retrying", exc)
            await asyncio.sleep(RETRY_DELAYS[min(attempt, len(RETRY_DELAYS) - 1)])
