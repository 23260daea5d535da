"""Where the bundled geodata and resources live, installed or in a source tree.

Why: the wheel carries them inside the package (``explorer/geodata``,
``explorer/resources``, via hatchling force-include), while a source checkout
or an editable install keeps them at the repository root. Code asks here and
never builds such paths itself.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parents[2]  # .../explorer


@cache
def _bundled_dir(name: str) -> Path:
    for candidate in (_PACKAGE / name, _PACKAGE.parent / name):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(
        f"bundled folder {name!r} not found next to {_PACKAGE}; the installation is incomplete"
    )


def geodata_dir() -> Path:
    """The folder holding the country GeoPackage."""
    return _bundled_dir("geodata")


def countries_gpkg() -> Path:
    """The derived, validated country GeoPackage (see geodata/README.md)."""
    return geodata_dir() / "countries.gpkg"


def resources_dir() -> Path:
    """Icons, stylesheets and UI text."""
    return _bundled_dir("resources")
