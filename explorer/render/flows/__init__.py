"""Flow curves, rings and their legend on any QPainter."""
