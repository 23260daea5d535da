"""The one map painter: the sea, the countries, the selection and the flows, with QPainter.

Why one painter for the screen and every picture: a country must look the
same on screen, in a PNG, an SVG, a PDF and a brief (DESIGN.md section 4).
The screen's graphics items call :func:`paint_shape` for themselves; pictures
call :func:`paint_map` with a :class:`MapPicture`, the view's data, and never
touch what is on screen. :func:`paint_map` paints as ``QGraphicsScene.render``
painted the screen's items before, step for step (clip, transform, stacking
order, one saved painter state per layer), so exports stayed the same files.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPen, QTransform

from explorer.core.view.choropleth import Choropleth
from explorer.core.view.map_style import SELECTION_WIDTH
from explorer.render.flows.painter import paint_flows
from explorer.render.flows.prepared_flows import PreparedFlows
from explorer.render.map.fills import (
    SEA_COLOUR,
    SEA_OUTLINE_COLOUR,
    SEA_OUTLINE_WIDTH,
    SELECTED_COLOUR,
    brush_for,
    export_pen,
    outline_pen,
)
from explorer.render.map.geometry import MapGeometry
from explorer.render.map.shape_painting import (  # noqa: F401  (the painter's whole API)
    level_of_detail,
    paint_sea,
    paint_shape,
)

HOVER_WIDTH = 1.4
#: Half the widest outline pen, in scene units (the bounds a selection outline touches).
_SELECTION_MARGIN = SELECTION_WIDTH / 2
NO_BRUSH = QBrush(Qt.BrushStyle.NoBrush)


def choropleth_fills(choropleth: Choropleth, iso3s: Iterable[str]) -> dict[str, QBrush]:
    """Each country's brush in ``choropleth`` (true colours; hatched when suppressed)."""
    return {iso3: brush_for(choropleth.fill(iso3)) for iso3 in iso3s}


@dataclass(frozen=True)
class SeaColours:
    """The sea and its outline (the map theme's; the data colours never change with it)."""

    fill: str = SEA_COLOUR
    outline: str = SEA_OUTLINE_COLOUR

    def pen(self) -> QPen:
        return outline_pen(SEA_OUTLINE_WIDTH, self.outline)

    def brush(self) -> QBrush:
        return QBrush(QColor(self.fill))


@dataclass(frozen=True)
class MapPicture:
    """What a picture of the map shows: the view's data, nothing of the screen's widgets.

    ``fills`` are the true colours by country (a colour-vision preview is for
    the screen only); a country without one is drawn as an outline.
    """

    geometry: MapGeometry
    fills: Mapping[str, QBrush]
    sea: SeaColours = SeaColours()
    selected: str | None = None
    flows: PreparedFlows | None = None
    flow_highlight: int | None = None


@dataclass(frozen=True)
class Strokes:
    """How much wider than on screen a picture draws its lines (device pixels per screen pixel)."""

    outlines: float = 1.0  # country, sea and selection outlines
    flows: float = 1.0  # flow widths, rings and arrowheads
    hatch: float | None = None  # the hatch's spacing and lines (suppressed); None: ``outlines``


def scene_to_target(
    target: QRectF, source: QRectF, expand: bool = False
) -> tuple[QTransform, float]:
    """The transform putting ``source`` (scene) into ``target`` at its top left, and the scale.

    The scale keeps the aspect ratio: the smaller of the two ratios fits all of
    ``source``; the larger (``expand``) fills all of ``target``.
    """
    x_ratio = target.width() / source.width() if source.width() else 1.0
    y_ratio = target.height() / source.height() if source.height() else 1.0
    ratio = max(x_ratio, y_ratio) if expand else min(x_ratio, y_ratio)
    transform = (
        QTransform()
        .translate(target.left(), target.top())
        .scale(ratio, ratio)
        .translate(-source.left(), -source.top())
    )
    return transform, ratio


def paint_map(
    painter: QPainter,
    picture: MapPicture,
    target: QRectF,
    source: QRectF,
    strokes: Strokes = Strokes(),
    expand: bool = False,
) -> None:
    """Paint ``source`` (a scene rectangle) of the map into ``target``, clipped to it.

    Layers bottom to top: the sea, the countries (in the geometry's order), the
    selected country's outline, the flows. A country whose outline lies wholly
    outside ``source`` is left out (a vector file carries no invisible shapes).
    """
    painter.save()
    try:
        painter.setClipRect(target, Qt.ClipOperation.IntersectClip)
        transform, _ = scene_to_target(target, source, expand)
        painter.setWorldTransform(transform, True)
        view = painter.worldTransform()
        geometry = picture.geometry
        _layer(
            painter,
            view,
            paint_sea,
            geometry.sea,
            _pen(picture.sea.pen(), strokes),
            picture.sea.brush(),
        )
        country_pen = _pen(outline_pen(), strokes)
        hatch = strokes.outlines if strokes.hatch is None else strokes.hatch
        for shape in geometry.countries:
            if not shape.bounds.intersects(source):
                continue
            brush = picture.fills.get(shape.iso3, NO_BRUSH)
            _layer(painter, view, paint_shape, shape.paths, country_pen, brush, hatch)
        selected = geometry.by_iso3().get(picture.selected or "")
        if selected is not None:
            bounds = selected.paths.full.controlPointRect().adjusted(
                -_SELECTION_MARGIN, -_SELECTION_MARGIN, _SELECTION_MARGIN, _SELECTION_MARGIN
            )
            if bounds.intersects(source):
                pen = _pen(outline_pen(SELECTION_WIDTH, SELECTED_COLOUR), strokes)
                _layer(painter, view, paint_shape, selected.paths, pen, NO_BRUSH)
        if picture.flows is not None and geometry.world_rect.intersects(source):
            _layer(painter, view, paint_flows, picture.flows, strokes.flows, picture.flow_highlight)
    finally:
        painter.restore()


def _pen(pen: QPen, strokes: Strokes) -> QPen:
    return export_pen(pen, strokes.outlines)


def _layer(painter: QPainter, view: QTransform, paint, *args) -> None:
    """One layer in a painter state of its own, from the view's transform."""
    painter.save()
    try:
        painter.setWorldTransform(view)
        paint(painter, *args)
    finally:
        painter.restore()
