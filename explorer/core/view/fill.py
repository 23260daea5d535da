"""How one country is painted and one legend swatch drawn: plain values, no pandas.

Why apart from ``choropleth``: the first frame of a launch paints fills and a
legend kept from the last session before pandas is imported.
"""

from __future__ import annotations

from dataclasses import dataclass

CLASS, NO_DATA, SUPPRESSED_KIND = "class", "no_data", "suppressed"
#: A category outside the order of levels (the TIP "Special case"): no class, no rank.
UNRANKED = "unranked"


@dataclass(frozen=True)
class LegendEntry:
    """One swatch of the legend; ``kind`` tells the painter how to draw it."""

    label: str
    colour: str
    kind: str


@dataclass(frozen=True)
class Fill:
    """How one country is painted."""

    kind: str
    colour: str
    class_index: int = -1
