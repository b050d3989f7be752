"""Plain data and pure rules: no Qt, no SQL, no I/O."""
