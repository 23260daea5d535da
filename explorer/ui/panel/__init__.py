"""The detail panel: a country or a place, its figures, flows and activities."""
