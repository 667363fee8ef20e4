"""Web chat sessions: opaque ids the server issues, so context and rate limits follow a browser tab.

Only a salted hash of an id reaches the state store (as for platform ids), and it expires with the
conversation's context: a tab idle longer simply gets a new id. An id is stored only once a question in
it is answered, so refused requests (past a rate limit) leave nothing behind.
"""

from __future__ import annotations

import re
import secrets
from collections.abc import Callable

from bot.core.sessions import CONTEXT_TTL_SECONDS
from bot.state import StateStore

SESSION_SECONDS = CONTEXT_TTL_SECONDS
TOKEN_BYTES = 24  # 32 URL-safe characters
TOKEN_SHAPE = re.compile(r"^[A-Za-z0-9_-]{16,64}$")


class WebSessions:
    """Issue and recognise session ids; `hashed` is the service's salted hash of a session."""

    def __init__(self, state: StateStore, hashed: Callable[[str], str]) -> None:
        self._state = state
        self._hashed = hashed

    def _key(self, session: str) -> str:
        return f"web-session:{self._hashed(session)}"

    def known(self, given: object) -> str | None:
        """The id given when this server issued it and it has not expired, else None: an id a client made
        up is never adopted."""
        if isinstance(given, str) and TOKEN_SHAPE.match(given) and self._state.recall(self._key(given)):
            return given
        return None

    @staticmethod
    def new() -> str:
        """A fresh id, not yet stored: `keep` stores it once its first question is answered."""
        return secrets.token_urlsafe(TOKEN_BYTES)

    def keep(self, session: str) -> None:
        """The session lives another SESSION_SECONDS from now (each answered question extends it)."""
        self._state.remember({self._key(session): "1"}, SESSION_SECONDS)
