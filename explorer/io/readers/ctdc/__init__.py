"""CTDC case data (both generations)."""
