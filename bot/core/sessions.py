"""Conversation context per session, so that a follow-up ("แล้วเป้าหมายล่ะ") means the last topic.

The engine talks to the `ContextStore` protocol only; the in-memory store serves one process,
and a shared store can replace it without touching the engine.
"""

from __future__ import annotations

import threading
import time
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

CONTEXT_TTL_SECONDS = 30 * 60
MAX_SESSIONS = 100_000


@dataclass(frozen=True)
class Context:
    record_id: str | None
    intent: str | None
    lang: str
    listed: tuple[str, ...] = ()  # the records of the last list answer, in its order ("the second one")
    aggregate: str | None = None  # the whole-report question it answered, for "and strategy 2?"
    more: tuple[str, ...] = ()  # the records a list answer had no room for ("ดูเพิ่ม")
    figure: tuple[str, ...] = ()  # the words that named one of the topic's figures, for "why did it fall?"
    year: int | None = None  # a year asked that the topic's record only tells in passing, for "and its score?"
    asked: tuple[str, ...] = ()  # the attribute words asked of the topic, as the language data words them


class ContextStore(Protocol):
    def get(self, session_id: str) -> Context | None: ...

    def put(self, session_id: str, context: Context) -> None: ...


class MemoryContextStore:
    """Keeps the newest sessions in memory; context older than the TTL reads as absent."""

    def __init__(
        self,
        ttl: float = CONTEXT_TTL_SECONDS,
        capacity: int = MAX_SESSIONS,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._ttl = ttl
        self._capacity = capacity
        self.clock = clock
        self._items: OrderedDict[str, tuple[float, Context]] = OrderedDict()
        self._lock = threading.Lock()  # channels may answer on worker threads

    def get(self, session_id: str) -> Context | None:
        with self._lock:
            item = self._items.get(session_id)
            if item is None:
                return None
            stamp, context = item
            if self.clock() - stamp > self._ttl:
                del self._items[session_id]
                return None
            return context

    def put(self, session_id: str, context: Context) -> None:
        with self._lock:
            self._items[session_id] = (self.clock(), context)
            self._items.move_to_end(session_id)
            while len(self._items) > self._capacity:
                self._items.popitem(last=False)
