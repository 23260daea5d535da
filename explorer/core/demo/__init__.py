"""The built-in synthetic demonstration data (seeded, deterministic, never official)."""
