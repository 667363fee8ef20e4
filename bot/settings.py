"""One settings object, read from the environment (and an optional .env file) when asked for.

Built by `get_settings()`, never at import time, so tests and commands can pass their own values.
Secrets are `SecretStr`: they print as '**********' in logs and reprs.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pydantic import SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict

PROJECT_ROOT = Path(__file__).resolve().parent.parent


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_file=".env", env_file_encoding="utf-8", extra="ignore")

    knowledge_dir: Path = PROJECT_ROOT / "knowledge"
    intents_dir: Path = PROJECT_ROOT / "intents"
    data_dir: Path = PROJECT_ROOT / "var"

    port: int = 8000
    public_url: str | None = None
    max_body_bytes: int = 256 * 1024
    max_header_bytes: int = 16 * 1024  # all request headers together; more is refused with 431 (or 400)
    max_header_count: int = 100
    work_queue_limit: int = 50_000  # webhooks waiting for a worker; past it the platform gets 503 and resends
    max_event_age_seconds: float = 3600.0  # LINE events older than this are not answered (push costs quota)
    # answers worked on at once per process; few keep acknowledgements fast when the CPU is busy,
    # more help when the platform's API is slow to answer (see README, "Webhook speed")
    webhook_workers: int = 4

    redis_url: str | None = None  # several workers or machines share state through Redis when set
    redis_prefix: str = "nonglert"  # key prefix, so deployments can share one Redis
    admin_token: SecretStr | None = None  # bearer token for POST /admin/reload
    admin_line_user_ids: str = ""  # comma-separated; empty means nobody is an admin
    admin_telegram_user_ids: str = ""
    analytics_salt: SecretStr | None = None  # share it between machines so user hashes agree
    rate_limit_per_minute: int = 20
    question_log_days: int = 90
    version_poll_seconds: float = 2.0
    state_sweep_seconds: float = 60.0  # how often the server deletes expired context, keys and buttons
    watch: bool = False  # development: reload when a knowledge or intents file changes

    # the web chat (bot/webchat): sites that may frame the page or call its API, comma-separated origins
    # such as "https://www.example.go.th"; empty means the page's own origin only
    web_allowed_origins: str = ""
    web_max_question_chars: int = 500  # a longer question gets 422
    web_max_body_bytes: int = 8 * 1024  # a larger POST /api/ask body gets 413
    # questions a minute from one client address (an IPv6 /64), across its sessions: larger than the
    # per-session RATE_LIMIT_PER_MINUTE, as an office behind one NAT address shares it
    web_address_rate_limit_per_minute: int = 120

    line_channel_secret: SecretStr | None = None
    line_channel_access_token: SecretStr | None = None
    line_api_base_url: str = "https://api.line.me"
    line_data_api_base_url: str = "https://api-data.line.me"  # uploads (the rich menu image) go to this host

    telegram_bot_token: SecretStr | None = None
    telegram_webhook_secret: SecretStr | None = None
    telegram_api_base_url: str = "https://api.telegram.org/bot"

    @property
    def db_path(self) -> Path:
        return self.data_dir / "knowledge.db"

    @property
    def index_path(self) -> Path:
        return self.data_dir / "knowledge.index"

    @property
    def admin_line_users(self) -> frozenset[str]:
        return frozenset(u.strip() for u in self.admin_line_user_ids.split(",") if u.strip())

    @property
    def admin_telegram_users(self) -> frozenset[str]:
        return frozenset(u.strip() for u in self.admin_telegram_user_ids.split(",") if u.strip())

    @property
    def web_origins(self) -> tuple[str, ...]:
        return tuple(o.strip().rstrip("/") for o in self.web_allowed_origins.split(",") if o.strip())

    def secrets(self) -> list[SecretStr]:
        found = [
            self.line_channel_secret,
            self.line_channel_access_token,
            self.telegram_bot_token,
            self.telegram_webhook_secret,
            self.admin_token,
            self.analytics_salt,
        ]
        return [s for s in found if s is not None]

    @property
    def line_enabled(self) -> bool:
        return _given(self.line_channel_secret) and _given(self.line_channel_access_token)

    @property
    def telegram_enabled(self) -> bool:
        return _given(self.telegram_bot_token) and _given(self.telegram_webhook_secret)


def _given(value: SecretStr | None) -> bool:
    """Set and not blank: a copied .env.example leaves empty values."""
    return value is not None and bool(value.get_secret_value().strip())


def get_settings(**overrides: Any) -> Settings:
    """Environment first, then explicit overrides (command-line flags) where they are given."""
    return Settings(**{k: v for k, v in overrides.items() if v is not None})
