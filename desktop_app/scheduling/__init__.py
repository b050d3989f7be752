"""What is due when: pure maths, plus a thin QTimer shell in ``timers``."""
