"""Country shapes as Qt paths, their fills and outlines."""
