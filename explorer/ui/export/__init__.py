"""Exports from the window: the dialog, pictures of the map and the briefs."""
