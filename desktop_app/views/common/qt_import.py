"""Loading Qt at start without PySide6's import hook.

When PySide6 loads it puts its own function in place of Python's ``__import__``. From then
on every module an import statement names is read back from its source file
(``inspect.getsource``) to see whether it says ``from __feature__ import …`` (PySide's
opt-in snake_case and true_property names), and two Python callbacks run around every
import statement. Tickler uses no ``__feature__`` and no star imports (the hook's other
job), yet its start names about a hundred modules after Qt has loaded: the hook cost about
15 ms of CPU before the queue's first paint, a quarter of everything the app adds to a
bare Qt window.

``load_qt`` imports the Qt modules the window needs and puts Python's own ``__import__``
back. Qt's classes still come into being on first use (that is done in the module type,
not in the hook).
"""

from __future__ import annotations

import builtins
import sys


def load_qt() -> None:
    """Import QtCore, QtGui and QtWidgets, then undo PySide6's import hook.

    Does nothing when Qt is already loaded (a test run, an embedding process): the hook
    is then somebody else's to keep, and the one before it is no longer known here.
    """
    if "PySide6" in sys.modules:
        return
    python_import = builtins.__import__
    try:
        import PySide6.QtWidgets  # noqa: F401  (QtCore and QtGui come with it)
    finally:
        builtins.__import__ = python_import
