"""The map view, its items, styles, themes, flows layer and map tools."""
