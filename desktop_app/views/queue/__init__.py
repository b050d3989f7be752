"""The Today queue and the Upcoming days."""
