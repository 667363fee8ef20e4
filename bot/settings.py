"""One settings object, read from the environment (and an optional .env file) when asked for.

Built by `get_settings()`, never at import time, so tests and commands can pass their own values.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pydantic_settings import BaseSettings, SettingsConfigDict

PROJECT_ROOT = Path(__file__).resolve().parent.parent


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_file=".env", env_file_encoding="utf-8", extra="ignore")

    knowledge_dir: Path = PROJECT_ROOT / "knowledge"
    intents_dir: Path = PROJECT_ROOT / "intents"
    data_dir: Path = PROJECT_ROOT / "var"

    @property
    def db_path(self) -> Path:
        return self.data_dir / "knowledge.db"


def get_settings(**overrides: Any) -> Settings:
    """Environment first, then explicit overrides (command-line flags) where they are given."""
    return Settings(**{k: v for k, v in overrides.items() if v is not None})
