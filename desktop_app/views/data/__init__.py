"""The book as data: import, export, backups, restore and damage."""
