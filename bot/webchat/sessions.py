"""Web chat sessions: opaque ids the server issues, so context and rate limits follow a browser tab.

Only a salted hash of an id reaches the state store (as for platform ids), and it expires with the
conversation's context: a tab idle longer simply gets a new id.
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

    def resolve(self, given: object) -> str:
        """The session to answer in: the one given when this server issued it and it has not expired,
        else a new one (an id a client made up is never adopted). Either way it lives another
        SESSION_SECONDS from now."""
        known = isinstance(given, str) and TOKEN_SHAPE.match(given) and self._state.recall(self._key(given))
        session = given if known and isinstance(given, str) else secrets.token_urlsafe(TOKEN_BYTES)
        self._state.remember({self._key(session): "1"}, SESSION_SECONDS)
        return session
