"""Qt widgets, dialogs and item models: the window, its dialogs and panels, and the
features installed after the queue's first paint. Widgets call services, never SQL."""
