"""Where the rep's data lives."""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path

APP_NAME = "Tickler"
APP_ID = "io.github.tickler.Tickler"  # the desktop entry and icon name packaging/ installs
DB_FILENAME = "tickler.sqlite3"
DB_ENV = "TICKLER_DB"


def default_data_dir() -> Path:
    from platformdirs import user_data_path

    return user_data_path(APP_NAME, appauthor=False)


def resolve_db_path(cli_value: str | None, env: Mapping[str, str] = os.environ) -> Path:
    """``--db`` wins, then ``TICKLER_DB``, then the platform's user data folder."""
    if cli_value:
        return Path(cli_value).expanduser().resolve()
    if env.get(DB_ENV):
        return Path(env[DB_ENV]).expanduser().resolve()
    return default_data_dir() / DB_FILENAME
