"""The map a window showed, kept so the next launch can paint it before loading the data.

Why: a launch on a workspace must import pandas, read every dataset and build
the window before it can draw the map (about 1.6 s on the GLOTIP workspace),
while the map the user left is only a fill per country, a legend and where the
map sat in the window. Kept in the user's cache folder after each launch and
each close, it lets the next launch paint that same map within half a second
and load the rest behind it. It is painted only when everything it was drawn
from is unchanged (``inputs``: the workspace's part checksums and view, the
app's version, the settings that style the map), so it is never a map of
other data, only an earlier sight of the same one.

Plain values only (no Qt, no pandas): the frame is read and checked before
either is imported.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from typing import Any

from explorer.core.view.fill import Fill, LegendEntry

#: Bump when the record's fields change: an older record is then not read.
FORMAT = "tfe-first-frame-1"


@dataclass(frozen=True)
class FirstFrame:
    """What the window looked like: the map's fills, legend and place in the window."""

    inputs: str  # digest of everything the frame was drawn from (see the module's docstring)
    geometry_key: str  # the map's prepared outlines in the cache (``geometry_cache``)
    countries: tuple[str, ...]  # ISO3 codes in the outlines' drawing order
    window_size: tuple[int, int]
    map_rect: tuple[int, int, int, int]  # the map's viewport in window pixels: x, y, w, h
    transform: tuple[float, float, float, float]  # scene to viewport: sx, sy, dx, dy
    fills: dict[str, Fill]  # countries with a figure (or suppressed); others show no data
    no_data: Fill
    legend_title: str
    legend: tuple[LegendEntry, ...]
    legend_note: str
    sea: tuple[tuple[float, ...], ...] = ()  # the sea's rings in scene units: x0, y0, x1, ...
    colours: dict[str, str] = field(default_factory=dict)  # window, view, sea, sea_outline, outline
    window_title: str = ""
    status: str = ""  # the status bar's text while the data loads

    def to_json(self) -> str:
        record = asdict(self)
        record["format"] = FORMAT
        return json.dumps(record, ensure_ascii=False, separators=(",", ":"))

    @classmethod
    def from_json(cls, text: str) -> FirstFrame | None:
        """The frame in ``text``, or None when it is not a whole record of this format."""
        try:
            record = json.loads(text)
            if not isinstance(record, dict) or record.pop("format", None) != FORMAT:
                return None
            return cls(
                inputs=_str(record["inputs"]),
                geometry_key=_str(record["geometry_key"]),
                countries=tuple(_str(c) for c in _list(record["countries"])),
                window_size=_ints(record["window_size"], 2),
                map_rect=_ints(record["map_rect"], 4),
                transform=_floats(record["transform"], 4),
                fills={_str(k): _fill(v) for k, v in _dict(record["fills"]).items()},
                no_data=_fill(record["no_data"]),
                legend_title=_str(record["legend_title"]),
                legend=tuple(_entry(e) for e in _list(record["legend"])),
                legend_note=_str(record["legend_note"]),
                sea=tuple(_ring(r) for r in _list(record["sea"])),
                colours={_str(k): _str(v) for k, v in _dict(record["colours"]).items()},
                window_title=_str(record["window_title"]),
                status=_str(record["status"]),
            )
        except (ValueError, TypeError, KeyError, AttributeError):
            return None

    def fill(self, iso3: str) -> Fill:
        return self.fills.get(iso3, self.no_data)


def _list(value: Any) -> list:
    if not isinstance(value, list):
        raise TypeError("not a list")
    return value


def _dict(value: Any) -> dict:
    if not isinstance(value, dict):
        raise TypeError("not a mapping")
    return value


def _str(value: Any) -> str:
    if not isinstance(value, str):
        raise TypeError("not a text")
    return value


def _ints(value: Any, count: int) -> tuple[int, ...]:
    if not isinstance(value, list) or len(value) != count:
        raise ValueError("wrong length")
    if not all(isinstance(v, int) and not isinstance(v, bool) for v in value):
        raise TypeError("not whole numbers")
    return tuple(value)


def _floats(value: Any, count: int) -> tuple[float, ...]:
    if not isinstance(value, list) or len(value) != count:
        raise ValueError("wrong length")
    if not all(isinstance(v, int | float) and not isinstance(v, bool) for v in value):
        raise TypeError("not numbers")
    return tuple(float(v) for v in value)


def _ring(value: Any) -> tuple[float, ...]:
    if not isinstance(value, list) or len(value) % 2:
        raise ValueError("not a ring of points")
    return _floats(value, len(value))


def _fill(value: Any) -> Fill:
    if not isinstance(value, dict):
        raise TypeError("not a fill")
    index = value.get("class_index", -1)
    if not isinstance(index, int):
        raise TypeError("not a class index")
    return Fill(_str(value["kind"]), _str(value["colour"]), index)


def _entry(value: Any) -> LegendEntry:
    if not isinstance(value, dict):
        raise TypeError("not a legend entry")
    return LegendEntry(_str(value["label"]), _str(value["colour"]), _str(value["kind"]))
