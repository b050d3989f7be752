"""The widgets and helpers every screen shares: colours, dates, table models, the zone picker,
Tab handling, screen sizing, background jobs, change notices and refusals beside fields."""
