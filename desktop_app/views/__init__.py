"""Qt widgets, dialogs and item models: one module per screen."""
