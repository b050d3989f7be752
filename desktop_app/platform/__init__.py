"""Adapters to the operating system: user folders, keyring, SMTP, tray, single instance."""
