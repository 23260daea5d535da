"""Country-indicator tables and origin-destination flow tables."""
