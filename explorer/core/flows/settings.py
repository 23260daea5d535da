"""What the user chose for the flows layer, as an observable Qt-free object.

Why: the flow controls, the map's flow layer, the legend and exports all follow
the same choices. A psygnal evented dataclass lets each widget subscribe to one
field (``settings.events.top_n``) or to any change (``settings.events``) instead
of polling, and lets core tests drive the layer without a QApplication.
Values are checked on every assignment (not only in ``__init__``), so a bad
spin-box value fails where it is written rather than later inside a paint.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, fields
from enum import StrEnum
from typing import TYPE_CHECKING, Any

from psygnal import evented

if TYPE_CHECKING:
    from explorer.core.data.dataset import Dataset


class FocusMode(StrEnum):
    """Which flows of the selected country stand out (the rest are drawn faded)."""

    ALL = "all"  # no focus: every drawn flow is emphasised
    INCOMING = "incoming"  # flows detected in the selected country
    OUTGOING = "outgoing"  # flows of the selected country's citizens abroad
    BOTH = "both"


class WidthScale(StrEnum):
    """How a flow's volume becomes a line width.

    SQRT (default) keeps small flows visible next to a few very large ones;
    LINEAR makes widths proportional, which reads true but hides small flows.
    """

    SQRT = "sqrt"
    LINEAR = "linear"


class Between(StrEnum):
    """What the flow layer joins: countries (as read), or the UN subregions or regions
    they belong to (flows summed; see ``explorer.core.places.between``)."""

    COUNTRIES = "countries"
    SUBREGIONS = "subregions"
    REGIONS = "regions"


class ColourMode(StrEnum):
    """REGION colours a flow by its origin's M49 region; SINGLE uses one colour."""

    REGION = "region"
    SINGLE = "single"


#: Why 40: about the number of separate curves a reader can still follow on a
#: world map at desktop size; beyond that, curves into Europe and North America
#: merge into a tangle. In the demo the 40 largest of ~450 exact country-to-country
#: flows of a year carry close to half of their volume, so the big picture stays.
DEFAULT_TOP_N = 40


@evented
@dataclass
class FlowSettings:
    """User choices for the flows layer; every field change emits ``events.<field>``."""

    visible: bool = True
    #: Flow indicator; "" follows the map (see ``resolve_flow_indicator``).
    indicator: str = ""
    #: How many of the largest exact flows are drawn (see ``DEFAULT_TOP_N``).
    top_n: int = DEFAULT_TOP_N
    #: Exact flows below this value are hidden.
    min_volume: float = 0.0
    #: "" for all; else an M49 region: flows with origin OR destination in it.
    region: str = ""
    focus: FocusMode = FocusMode.ALL
    width_scale: WidthScale = WidthScale.SQRT
    #: True: the widest line is the largest flow of ALL years, so widths compare over time.
    lock_scale: bool = False
    colour_mode: ColourMode = ColourMode.REGION
    #: Draw ``<5`` flows as thin dashed lines (never with an invented width).
    show_suppressed: bool = False
    #: Show incoming/outgoing totals at countries.
    show_totals: bool = False
    #: Flows between countries, or summed between subregions or regions.
    between: Between = Between.COUNTRIES

    def __setattr__(self, name: str, value: Any) -> None:
        super().__setattr__(name, _checked(name, value))

    def assign(self, other: FlowSettings) -> None:
        """Take every value of ``other`` without emitting (see ``ViewState.assign``)."""
        with self.events.blocked():
            for f in fields(self):
                setattr(self, f.name, getattr(other, f.name))


_ENUMS: dict[str, type[StrEnum]] = {
    "focus": FocusMode,
    "width_scale": WidthScale,
    "colour_mode": ColourMode,
    "between": Between,
}
_BOOLS = frozenset({"visible", "lock_scale", "show_suppressed", "show_totals"})


def _checked(name: str, value: Any) -> Any:
    """``value`` for field ``name``, coerced to its type; ValueError when it makes no sense."""
    if name == "top_n":
        if isinstance(value, bool) or not isinstance(value, int | float) or value != int(value):
            raise ValueError(f"top_n must be a whole number, got {value!r}")
        if value < 1:
            raise ValueError(f"top_n must be at least 1 (flows to draw), got {value!r}")
        return int(value)
    if name == "min_volume":
        if isinstance(value, bool) or not isinstance(value, int | float) or math.isnan(value):
            raise ValueError(f"min_volume must be a number, got {value!r}")
        if value < 0:
            raise ValueError(f"min_volume must be 0 or more, got {value!r}")
        return float(value)
    if name in _ENUMS:
        enum = _ENUMS[name]
        try:
            return enum(value)
        except ValueError:
            choices = ", ".join(repr(m.value) for m in enum)
            raise ValueError(f"{name} must be one of {choices}, got {value!r}") from None
    if name in _BOOLS:
        return bool(value)
    if name in ("indicator", "region"):
        if value is None:
            return ""
        if not isinstance(value, str):
            raise ValueError(f"{name} must be text, got {value!r}")
    return value


def resolve_flow_indicator(
    dataset: Dataset, settings: FlowSettings, map_indicator: str | None
) -> str | None:
    """The flow indicator to draw, or None when the dataset has no flows.

    The user's explicit choice wins while the dataset has it; otherwise follow
    the map's indicator when it has flows (victims on the map -> victim flows),
    else take the first flow indicator. A choice missing from a newly loaded
    dataset falls back instead of drawing nothing.
    """
    available = dataset.flow_indicators()
    if not available:
        return None
    if settings.indicator and settings.indicator in available:
        return settings.indicator
    if map_indicator and map_indicator in available:
        return map_indicator
    return available[0]
