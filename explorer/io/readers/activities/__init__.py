"""Assistance activities: the template table and IATI XML."""
