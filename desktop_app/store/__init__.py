"""SQLite storage through sqlite-utils: schema, migrations and queries. No Qt here."""

from .database import NewerDatabaseError, StoreError, open_database
from .store import Store

__all__ = ["NewerDatabaseError", "Store", "StoreError", "open_database"]
