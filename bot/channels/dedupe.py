"""Remember which webhook deliveries were already handled, so a redelivery is answered once.

LINE redelivers with the same `webhookEventId`; Telegram retries the same `update_id` until it
gets a 2xx. Keys are kept for a day. The protocol lets a shared store replace this one.
"""

from __future__ import annotations

import threading
import time
from collections import OrderedDict
from collections.abc import Callable
from typing import Protocol

DEDUPE_TTL_SECONDS = 24 * 60 * 60
MAX_KEYS = 200_000


class SeenStore(Protocol):
    def first_time(self, key: str) -> bool:
        """True exactly once per key within the TTL; records the key."""
        ...


class MemorySeenStore:
    def __init__(
        self, ttl: float = DEDUPE_TTL_SECONDS, capacity: int = MAX_KEYS, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self._ttl = ttl
        self._capacity = capacity
        self._clock = clock
        self._seen: OrderedDict[str, float] = OrderedDict()
        self._lock = threading.Lock()

    def first_time(self, key: str) -> bool:
        with self._lock:
            now = self._clock()
            while self._seen and (
                now - next(iter(self._seen.values())) > self._ttl or len(self._seen) >= self._capacity
            ):
                self._seen.popitem(last=False)
            if key in self._seen:
                return False
            self._seen[key] = now
            return True
