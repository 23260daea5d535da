"""The workspace behind the window: open, save, import, reports."""
