"""Importing a file: recognise it, keep within the limits, report what became of each row."""
