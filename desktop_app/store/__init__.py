"""The SQLite file: opening, migrations and every SQL statement, as typed records. No Qt.

Everyday queries run on the plain ``sqlite3`` connection (``lite.py`` gives sqlite-utils'
semantics without its import cost); sqlite-utils itself loads only for bulk work and
migrations. See ARCHITECTURE.md.
"""

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
