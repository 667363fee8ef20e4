"""What every channel calls: rate limits, admin commands, the question log, and live knowledge reload.

Channel-neutral like the core (no SDK here): an `Inbound` in, a `Reply` out. The engine is swapped
whole on reload, so a question in flight finishes on the knowledge it started with.
"""

from __future__ import annotations

import asyncio
import dataclasses
import hashlib
import logging
import time
from collections import Counter
from dataclasses import dataclass, field

from bot.core.loader import Bundle, BundleError, Problem, load_bundle
from bot.core.normalize import MAX_INPUT_CHARS
from bot.core.types import Inbound, Reply
from bot.reports import unanswered_report, usage_report
from bot.runtime import load_engine, serving_engine
from bot.settings import Settings
from bot.state import QuestionEvent, StateStore

log = logging.getLogger("nonglert.service")

ADMIN_COMMANDS = ("/reload", "/unanswered", "/stats")
RATE_WINDOW_SECONDS = 60.0


@dataclass(frozen=True)
class ReloadResult:
    """What a reload did: the new version and what changed, or the problems that stopped it."""

    version: str
    changes: dict[str, dict[str, int]] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems

    def summary(self) -> str:
        if not self.ok:
            lines = [f"reload refused: {len(self.problems)} problem(s); still serving version {self.version}"]
            return "\n".join(lines + [str(p) for p in self.problems[:20]])
        parts = [f"{kind}: +{c['added']} ~{c['changed']} -{c['removed']}" for kind, c in sorted(self.changes.items())]
        return f"reloaded: version {self.version}" + (" (" + "; ".join(parts) + ")" if parts else " (no changes)")


def changes_between(old: Bundle, new: Bundle) -> dict[str, dict[str, int]]:
    """Records added, changed and removed, per kind."""
    before, after = {r.id: r for r in old.records}, {r.id: r for r in new.records}
    out: dict[str, Counter[str]] = {}
    for rid in before.keys() | after.keys():
        kind = (after.get(rid) or before[rid]).kind
        what = (
            "added"
            if rid not in before
            else "removed"
            if rid not in after
            else ("changed" if before[rid] != after[rid] else None)
        )
        if what:
            out.setdefault(kind, Counter())[what] += 1
    return {k: {w: c[w] for w in ("added", "changed", "removed")} for k, c in out.items()}


class Knowledge:
    """Holds the current engine; reloads from the files, and follows versions other workers announce."""

    def __init__(self, settings: Settings, state: StateStore) -> None:
        self.settings = settings
        self.state = state
        loaded = load_engine(settings, contexts=state)
        for problem in loaded.problems:
            log.warning("knowledge: %s", problem)
        self.engine = loaded.engine
        self._lock = asyncio.Lock()
        self._followed: str | None = None  # the last announced version tried, so a mismatch is tried once

    @property
    def version(self) -> str:
        return self.engine.version

    def _rebuild(self) -> ReloadResult:
        """Validate every file, build a new database, and swap the engine; on any problem change nothing."""
        try:
            bundle = load_bundle(self.settings.knowledge_dir, self.settings.intents_dir)
        except BundleError as exc:
            return ReloadResult(self.version, problems=exc.problems)
        old = self.engine.bundle
        self.engine = serving_engine(bundle, self.settings, self.state)
        return ReloadResult(bundle.version, changes_between(old, bundle))

    async def reload(self) -> ReloadResult:
        async with self._lock:  # two reloads at once run one after the other
            result = await asyncio.to_thread(self._rebuild)
            if result.ok:
                self.state.announce(result.version)
                log.info("knowledge reloaded: %s", result.summary())
            return result

    async def follow(self) -> bool:
        """Load the files when another worker announced a version this one does not serve."""
        announced = self.state.version()
        if not announced or announced in {self.version, self._followed} or self._lock.locked():
            return False
        self._followed = announced
        async with self._lock:
            result = await asyncio.to_thread(self._rebuild)
        if result.ok and result.version == announced:
            log.info("knowledge: followed version %s announced by another worker", announced)
            return True
        log.warning("knowledge: version %s was announced but these files give %s", announced, result.version)
        return False


class Service:
    def __init__(self, settings: Settings, state: StateStore, knowledge: Knowledge) -> None:
        self.settings = settings
        self.state = state
        self.knowledge = knowledge
        self._salt = settings.analytics_salt.get_secret_value() if settings.analytics_salt else state.salt()
        self._admins = {"line": settings.admin_line_users, "telegram": settings.admin_telegram_users}

    def _hash(self, raw: str, length: int) -> str:
        return hashlib.sha256(f"{self._salt}:{raw}".encode()).hexdigest()[:length]

    def user_hash(self, inbound: Inbound) -> str:
        """A salted hash: usage can be counted per person without storing who they are (PDPA)."""
        return self._hash(f"{inbound.channel}:{inbound.user_id or inbound.session_id}", 16)

    def session_key(self, inbound: Inbound) -> str:
        """The conversation (this sender in this chat) as a salted hash: context and rate limits are kept
        under it, so no platform id reaches the state store."""
        return self._hash(f"session:{inbound.session_id}", 32)

    def is_admin(self, inbound: Inbound) -> bool:
        return inbound.user_id is not None and inbound.user_id in self._admins.get(inbound.channel, frozenset())

    async def ask(self, inbound: Inbound) -> Reply | None:
        """The reply to send, or None when the bot should stay silent: an admin command in a group
        (others would read the report), or a sender already told to slow down in this window."""
        command = inbound.command
        if command in ADMIN_COMMANDS:
            if inbound.in_group:
                log.info("admin command %s ignored in a group on %s: one-to-one chats only", command, inbound.channel)
                return None
            return await self._admin(command, inbound)
        user = self.user_hash(inbound)
        # a question, not a document: cut before it is read or logged (a LINE message may run to 5,000 characters)
        cut = inbound.text[:MAX_INPUT_CHARS]
        inbound = dataclasses.replace(inbound, text=cut, session_id=self.session_key(inbound))
        limit = self.settings.rate_limit_per_minute
        hits = self.state.count(inbound.session_id, RATE_WINDOW_SECONDS)
        if hits > limit:
            if hits > limit + 1:  # told once in this window already
                return None
            lang = self.knowledge.engine.nlu.normalize(inbound.text).lang or "th"
            return Reply(self.knowledge.engine.say.say("slow_down", lang), (), (), "rate_limited", 0.0, True, lang=lang)
        engine = self.knowledge.engine
        started = time.perf_counter()
        reply = engine.handle(inbound)
        elapsed = (time.perf_counter() - started) * 1000
        if (
            engine.event_of(inbound) is None
        ):  # a follow, a sticker or /start is not a question: the log is for questions
            self.state.record(
                QuestionEvent(
                    at=time.time(),
                    channel=inbound.channel,
                    user=user,
                    text=engine.nlu.normalize(inbound.text).text,
                    intent=reply.intent,
                    fallback=reply.fallback,
                    confidence=reply.confidence,
                    elapsed_ms=round(elapsed, 3),
                    candidates=list(reply.candidates),
                )
            )
        return reply

    def greeting(self, inbound: Inbound) -> Reply:
        """The /start greeting in this conversation, not counted against the rate limit: the web page shows
        it on every load, and like the page itself it costs little and stores nothing."""
        greet = dataclasses.replace(inbound, text="", event="start", session_id=self.session_key(inbound))
        return self.knowledge.engine.handle(greet)

    async def _admin(self, command: str, inbound: Inbound) -> Reply:
        if not self.is_admin(inbound):
            log.warning(
                "admin command %s refused for a non-admin on %s (user %s)",
                command,
                inbound.channel,
                self.user_hash(inbound),
            )
            say = self.knowledge.engine.say
            text = f"{say.say('not_admin', 'th')} / {say.say('not_admin', 'en')}"
            return Reply(text, (), (), "admin_refused", 0.0, True)
        if command == "/reload":
            text = (await self.knowledge.reload()).summary()
        elif command == "/unanswered":
            text = unanswered_report(self.state.events(time.time() - 7 * 86400), limit=10)
        else:
            text = usage_report(self.state.events(time.time() - 7 * 86400))
        return Reply(text, (), (), "admin", 1.0, False)

    def prune(self) -> int:
        """Forget questions older than the retention period (90 days unless configured)."""
        return self.state.prune(time.time() - self.settings.question_log_days * 86400)

    def sweep(self) -> int:
        """Forget expired context, rate counts, redelivery keys and button questions."""
        return self.state.sweep()


def build_service(settings: Settings) -> Service:
    """The state store the settings ask for, the knowledge on top of it, and the service over both."""
    from bot.state import open_state

    state = open_state(settings.redis_url, settings.data_dir, settings.redis_prefix)
    return Service(settings, state, Knowledge(settings, state))
