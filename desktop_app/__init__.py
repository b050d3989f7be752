"""Tickler: turns every stall into a dated plan of follow-up touches."""

from __future__ import annotations


def _version() -> str:
    from importlib import metadata

    try:
        return metadata.version("tickler")
    except metadata.PackageNotFoundError:  # running from a source tree that is not installed
        import re
        from pathlib import Path

        pyproject = Path(__file__).resolve().parent.parent / "pyproject.toml"
        if pyproject.exists():
            match = re.search(r'^version\s*=\s*"([^"]+)"', pyproject.read_text(), re.M)
            if match:
                return match.group(1)
        return "0+unknown"


def __getattr__(name: str) -> str:
    """``__version__``, worked out on first use: importlib.metadata costs ~20 ms at start."""
    if name == "__version__":
        version = _version()
        globals()["__version__"] = version
        return version
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
