"""SQLite storage through sqlite-utils: schema, migrations and queries. No Qt here."""

from .database import (
    DamagedDatabaseError,
    NewerDatabaseError,
    StoreError,
    integrity_problems,
    is_damage,
    open_database,
)
from .store import Store

__all__ = ["DamagedDatabaseError", "NewerDatabaseError", "Store", "StoreError",
           "integrity_problems", "is_damage", "open_database"]
