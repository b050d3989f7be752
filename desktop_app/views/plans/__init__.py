"""Making and changing plans: Log stall, the playbook editor, and moving a touch."""
