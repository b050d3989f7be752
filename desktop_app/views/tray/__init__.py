"""Call pop-ups: the tray, native notifications, the in-window banner and their settings."""
