"""The map's line colours and widths, shared by the Qt painter and the HTML map.

Why Qt-free and in one place: the native map, the picture exports and the
interactive HTML export must draw the sea, the borders and the selection the
same way; the painter makes its pens from these values and the HTML page its
Leaflet styles, so neither can drift from the other. Widths are screen pixels.
"""

from __future__ import annotations

OUTLINE_COLOUR = "#6f6f6f"
OUTLINE_WIDTH = 0.6
SELECTED_COLOUR = "#111111"
SELECTION_WIDTH = 2.4
SEA_COLOUR = "#e8f1f8"
SEA_OUTLINE_COLOUR = "#9db3c7"
SEA_OUTLINE_WIDTH = 1.0
