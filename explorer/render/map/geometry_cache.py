"""The map's prepared outlines kept on disk, so a launch reads them instead of rebuilding.

Why: turning the projected countries into paths at every level of detail is
the costliest step of drawing the first map (0.18 s; DESIGN.md section 4),
and its result only changes with the outlines, the projection or this code.
The paths, bounds, flow anchors and focus rectangles are written once with
Qt's own binary form of paths (``QDataStream``), compressed, in the user's
cache folder; reading them back takes about 25 ms. The file's name is a digest
of everything the result depends on (the outlines' WKB, the projection, the
source of the modules that build them, the Qt version), so a stale file is
never read, only left behind. Any problem with the file means a rebuild: the
cache can make a launch faster, never wrong.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import zlib
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QDataStream, QIODevice, QPointF, QRectF, qVersion
from PySide6.QtGui import QPainterPath

from explorer.io.workspace.location import cache_dir

if TYPE_CHECKING:
    import geopandas as gpd

    from explorer.render.map.geometry import MapGeometry

#: Bump when the file's layout changes.
FORMAT = "tfe-map-geometry-1"
END = "end"
#: More levels of detail than any shape has: a count beyond it is a damaged file.
MAX_LEVELS = 16


def cache_key(countries: gpd.GeoDataFrame, crs: str, builder: Path) -> str:
    """The digest naming the cache file of ``countries`` drawn in ``crs`` by ``builder``."""
    import shapely  # here: the first frame of a launch reads the cache before shapely loads

    digest = hashlib.sha256(FORMAT.encode())
    for part in (crs, qVersion(), *countries["iso3"], *countries["name"]):
        digest.update(str(part).encode("utf-8", "surrogatepass") + b"\0")
    here = Path(__file__).parent  # the modules that build and hold the paths
    for source in (builder, here / "paths.py", here / "detail_paths.py"):
        digest.update(source.read_bytes())
    for wkb in shapely.to_wkb(countries.geometry.to_numpy()):
        digest.update(wkb)
    for point in countries["label_point"]:
        digest.update(f"{point.x!r},{point.y!r}".encode())
    return digest.hexdigest()


def cache_path(key: str) -> Path:
    return cache_dir() / f"map-geometry-{key[:32]}.bin"


def read(key: str, countries: gpd.GeoDataFrame) -> list[tuple] | None:
    """Per country (paths, bounds, label point, focus) as written, or None (no file, or a
    file that does not read back whole: it is then rebuilt)."""
    return read_shapes(key, len(countries))


def read_shapes(key: str, count: int) -> list[tuple] | None:
    """As :func:`read`, for ``count`` countries, needing neither geopandas nor shapely."""
    try:
        data = QByteArray(zlib.decompress(cache_path(key).read_bytes()))
    except (OSError, zlib.error):
        return None
    stream = QDataStream(data, QIODevice.OpenModeFlag.ReadOnly)
    if stream.readQString() != FORMAT or stream.readInt32() != count:
        return None
    shapes = []
    for _ in range(count):
        full = QPainterPath()
        stream >> full
        count = stream.readInt32()
        if stream.status() != QDataStream.Status.Ok or not 0 <= count <= MAX_LEVELS:
            return None
        levels = []
        for _level in range(count):
            tolerance = stream.readDouble()
            path = QPainterPath()
            stream >> path
            levels.append((tolerance, path))
        bounds, anchor, focus = QRectF(), QPointF(), QRectF()
        stream >> bounds
        stream >> anchor
        stream >> focus
        shapes.append((full, tuple(levels), bounds, anchor, focus))
    if stream.readQString() != END or stream.status() != QDataStream.Status.Ok:
        return None
    return shapes


def write(key: str, geometry: MapGeometry) -> None:
    """Keep ``geometry``'s countries for the next launch (atomically; a failure is ignored:
    the next launch rebuilds)."""
    data = QByteArray()
    stream = QDataStream(data, QIODevice.OpenModeFlag.WriteOnly)
    stream.writeQString(FORMAT)
    stream.writeInt32(len(geometry.countries))
    for shape in geometry.countries:
        stream << shape.paths.full
        stream.writeInt32(len(shape.paths.levels))
        for tolerance, path in shape.paths.levels:
            stream.writeDouble(tolerance)
            stream << path
        stream << shape.bounds
        stream << shape.label_point
        stream << shape.focus
    stream.writeQString(END)
    path = cache_path(key)
    with contextlib.suppress(OSError):
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(f"{path.name}.tmp-{os.getpid()}")
        tmp.write_bytes(zlib.compress(bytes(data), 1))
        os.replace(tmp, path)
