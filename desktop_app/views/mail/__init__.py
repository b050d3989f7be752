"""Email: settings, templates, composing, the Outbox and its sender, and the mailbox watcher."""
