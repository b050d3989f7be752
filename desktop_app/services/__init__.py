"""Use cases the UI, the CLI and scripts call. Each takes an AppContext and holds rules;
no Qt. Queries belong in ``store/`` (the modules that still write their own are listed
in ARCHITECTURE.md)."""

from .context import AppContext, ChangeBus, ValidationError

__all__ = ["AppContext", "ChangeBus", "ValidationError"]
