"""Trafficking Flows Explorer: an offline desktop map of trafficking and smuggling data."""

__version__ = "0.1.0"
