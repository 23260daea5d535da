"""What to export: format, size, texts, extent and theme (the export dialog's choices).

Why Qt-free: the export dialog and the headless ``export`` command build the
same spec, and the sizes, scales and file names are plain arithmetic that
tests check without a display.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from enum import StrEnum
from pathlib import Path

from explorer.core.view.data import MapTexts

MM_PER_INCH = 25.4
SCREEN_DPI = 96.0
#: The window size the screen's text and line widths are designed for.
REFERENCE_PX = (1440, 900)


class Format(StrEnum):
    PNG = "png"
    SVG = "svg"
    PDF = "pdf"
    HTML = "html"
    CSV = "csv"
    XLSX = "xlsx"
    GPKG = "gpkg"

    @property
    def is_picture(self) -> bool:
        """Drawn by the map painter (the rest are written from the view's tables)."""
        return self in (Format.PNG, Format.SVG, Format.PDF)

    @property
    def is_data(self) -> bool:
        """A data file (CSV, XLSX, GeoPackage): its texts stay English, for any reader's tools."""
        return self in (Format.CSV, Format.XLSX, Format.GPKG)


class Extent(StrEnum):
    WORLD = "world"
    VIEW = "view"  # what the map window shows now


class Theme(StrEnum):
    LIGHT = "light"
    DARK = "dark"


@dataclass(frozen=True)
class SizePreset:
    """A named output size, in pixels or in millimetres (paper)."""

    name: str
    width: float
    height: float
    unit: str  # "px" or "mm"


PRESETS: tuple[SizePreset, ...] = (
    SizePreset("Slide 16:9, 1920 x 1080 px", 1920, 1080, "px"),
    SizePreset("Slide 16:9 4K, 3840 x 2160 px", 3840, 2160, "px"),
    SizePreset("A4 landscape", 297, 210, "mm"),
    SizePreset("A4 portrait", 210, 297, "mm"),
    SizePreset("A3 landscape", 420, 297, "mm"),
    SizePreset("A3 portrait", 297, 420, "mm"),
)


def preset(name: str) -> SizePreset:
    """The preset called ``name`` (KeyError with the known names otherwise)."""
    for candidate in PRESETS:
        if candidate.name == name:
            return candidate
    raise KeyError(f"no size preset {name!r}; known: {', '.join(p.name for p in PRESETS)}")


@dataclass(frozen=True)
class ExportSpec:
    """One export. Sizes are ``width`` x ``height`` in ``unit`` ("px" or "mm") at ``dpi``."""

    format: Format = Format.PNG
    width: float = 1920
    height: float = 1080
    unit: str = "px"
    dpi: float = SCREEN_DPI
    texts: MapTexts | None = None  # None: the view's default texts
    legend: bool = True
    extent: Extent = Extent.WORLD
    theme: Theme = Theme.LIGHT

    def __post_init__(self) -> None:
        if self.unit not in ("px", "mm"):
            raise ValueError(f"unit must be 'px' or 'mm', not {self.unit!r}")
        if not (self.width > 0 and self.height > 0 and self.dpi > 0):
            raise ValueError("width, height and dpi must be positive")
        width, height = self.pixel_size
        if width > 20_000 or height > 20_000:
            raise ValueError(f"{width} x {height} pixels is too large to export (20,000 at most)")

    @property
    def pixel_size(self) -> tuple[int, int]:
        """The output in pixels (for PNG; the drawing coordinates of SVG and PDF)."""
        if self.unit == "px":
            return round(self.width), round(self.height)
        factor = self.dpi / MM_PER_INCH
        return round(self.width * factor), round(self.height * factor)

    @property
    def page_mm(self) -> tuple[float, float]:
        """The physical size (PDF page, SVG size) in millimetres."""
        if self.unit == "mm":
            return self.width, self.height
        factor = MM_PER_INCH / self.dpi
        return self.width * factor, self.height * factor

    @property
    def scale(self) -> float:
        """How much larger than on screen text, outlines and arrowheads are drawn.

        Pixel sizes: the output against the 1440x900 window the screen is
        designed for (a 4K slide draws everything 2.4 times as large, so it is
        as legible as the screen when shown full size). Paper: the screen's
        physical sizes (96 dpi) at ``dpi``, a little larger on large sheets.
        """
        if self.unit == "px":
            ratio = min(self.width / REFERENCE_PX[0], self.height / REFERENCE_PX[1])
            return max(0.5, ratio)
        short_mm = min(self.width, self.height)
        reference_mm = REFERENCE_PX[1] * MM_PER_INCH / SCREEN_DPI
        return self.dpi / SCREEN_DPI * max(1.0, short_mm / reference_mm)

    def with_preset(self, size: SizePreset) -> ExportSpec:
        return replace(self, width=size.width, height=size.height, unit=size.unit)


def year_path(out: Path, year: int) -> Path:
    """``map.png`` -> ``map-2020.png``: one file per year of a batch."""
    return out.with_name(f"{out.stem}-{year}{out.suffix}")


def parse_years(text: str) -> list[int]:
    """``"2015-2022"`` or ``"2015,2018,2020"`` -> the years (ValueError when malformed)."""
    years: list[int] = []
    for part in text.replace(" ", "").split(","):
        if not part:
            continue
        if "-" in part:
            first, _, last = part.partition("-")
            start, end = int(first), int(last)
            if end < start:
                raise ValueError(f"{part!r}: the last year comes before the first")
            years.extend(range(start, end + 1))
        else:
            years.append(int(part))
    if not years:
        raise ValueError(f"no years in {text!r}")
    return sorted(set(years))
