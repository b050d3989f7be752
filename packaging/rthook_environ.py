# PyInstaller runtime hook, run before PyInstaller's own (the Qt hook sets QT_PLUGIN_PATH
# and QML2_IMPORT_PATH to folders in the bundle and keeps no copy). Keeps the session's
# values as VAR_ORIG, the bootloader's convention for LD_LIBRARY_PATH, so the app can give
# them back to the programs it starts (desktop_app/platform/environ.py).
import os
import sys

for _var in ("LD_LIBRARY_PATH", "QT_PLUGIN_PATH", "QML2_IMPORT_PATH", "DYLD_LIBRARY_PATH",
             "SSL_CERT_FILE"):
    _value = os.environ.get(_var)
    if _value is not None and _var + "_ORIG" not in os.environ \
            and sys._MEIPASS not in _value:
        os.environ[_var + "_ORIG"] = _value
del _var, _value
