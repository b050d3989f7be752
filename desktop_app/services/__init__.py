"""Use cases the UI calls. Each takes an AppContext; none imports Qt widgets."""

from .context import AppContext, ChangeBus, ValidationError

__all__ = ["AppContext", "ChangeBus", "ValidationError"]
