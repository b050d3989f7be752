"""The main window and what frames every screen: start-up, undo, the crash notice, help, and
noticing other writers of the book."""
