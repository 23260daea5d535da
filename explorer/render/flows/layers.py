"""Flows on raster devices: drawn opaque into a layer image, laid on the map with one opacity.

Why layers: Qt fills an antialiased shape eight times slower in a translucent
colour than in an opaque one (114 ms against 14 ms for 500 flows at
1440x900). The flows of one opacity are therefore drawn opaque into an image,
and the image is laid on the map once with that opacity. A larger flow then
covers a smaller one where they cross, as in a sequence of translucent fills,
only without the smaller showing through.

Why supersampled on screen: even opaque, Qt's antialiased fill of 500 long
tapered outlines took 23 ms, two thirds of a refined repaint (its cost is the
outline's length: every edge pixel is a cell in a list). Filling without
antialiasing is far cheaper, so on screen the smaller flows of a layer are
filled without it into an image of SUPERSAMPLE times the layer's resolution,
which is then laid into the layer with a smooth (box-filtered) reduction: an
edge pixel gets the share of its SUPERSAMPLE x SUPERSAMPLE samples that the
flow covers. The EXACT_LIMIT largest flows, drawn last (on top) and the most
visible, are then filled antialiased straight into the layer, with their
halos. The drawing order is kept: every supersampled flow lies below every
exact one. Exports (PNG, clipboard) keep Qt's exact edges for every flow, as
does a screen so large that the supersampled image would pass SUPERSAMPLE_BUDGET.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QImage, QPainter, QPolygonF

from explorer.render.flows.shapes import HALO_LIMIT, FlowShapes

SUPERSAMPLE = 2  # samples per pixel per axis: at half size, smooth scaling is a box filter
EXACT_LIMIT = HALO_LIMIT  # the largest flows of a layer keep Qt's exact antialiased edges
SUPERSAMPLE_BUDGET = 16_000_000  # pixels of the supersampled image (64 MB) at most


def paint_layer(
    painter: QPainter,
    shapes: FlowShapes,
    chosen: np.ndarray,
    alpha: int,
    smooth: bool,
    highlight: int | None,
    supersample: bool = False,
) -> list[QPolygonF]:
    """Draw the ``chosen`` flows opaque into an image, then lay it on ``painter`` at ``alpha``.

    ``smooth``: antialiased edges; ``supersample`` (the screen): below the
    EXACT_LIMIT largest, by supersampling. Returns the highlighted flow's
    outlines in device coordinates.
    """
    area = shapes.device_bounds(chosen).intersected(_device_rect(painter))
    if area.isEmpty():
        return []
    ratio = painter.device().devicePixelRatioF()
    layer = _image(area, ratio, 1)
    layer_painter = _painter(layer, area, smooth)
    highlighted = []
    fine_pixels = layer.width() * layer.height() * SUPERSAMPLE**2
    if smooth and supersample and fine_pixels <= SUPERSAMPLE_BUDGET:
        exact = chosen & (np.cumsum(chosen[::-1])[::-1] <= EXACT_LIMIT)  # the last ones
        sampled = chosen & ~exact
        if sampled.any():
            fine = _image(area, ratio, SUPERSAMPLE)
            fine_painter = _painter(fine, area, smooth=False)
            highlighted += shapes.paint(fine_painter, sampled, 255, highlight, SUPERSAMPLE)
            fine_painter.end()
            _reduce(layer_painter, layer, fine)
        chosen = exact
    highlighted += shapes.paint(layer_painter, chosen, 255, highlight)
    layer_painter.end()
    painter.save()
    painter.setOpacity(painter.opacity() * alpha / 255)
    painter.drawImage(area.topLeft(), layer)
    painter.restore()
    return highlighted


def _reduce(painter: QPainter, layer: QImage, fine: QImage) -> None:
    """Lay ``fine`` (SUPERSAMPLE x the layer's resolution) over the whole ``layer``, smoothly.

    At exactly half the size Qt's smooth (bilinear) scaling weighs each 2 x 2
    block of samples equally: the share of an output pixel the flows cover.
    """
    painter.save()
    painter.resetTransform()  # the layer's own pixels: no rounding of the reduction
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    target = QRectF(QPointF(0, 0), layer.deviceIndependentSize())
    painter.drawImage(target, fine, QRectF(0, 0, fine.width(), fine.height()))
    painter.restore()


def _image(area: QRectF, ratio: float, factor: int) -> QImage:
    """A transparent image covering ``area`` at ``factor`` times the device's resolution."""
    image = QImage(
        max(1, int(np.ceil(area.width() * ratio))) * factor,
        max(1, int(np.ceil(area.height() * ratio))) * factor,
        QImage.Format.Format_ARGB32_Premultiplied,
    )
    image.setDevicePixelRatio(ratio * factor)
    image.fill(Qt.GlobalColor.transparent)
    return image


def _painter(image: QImage, area: QRectF, smooth: bool) -> QPainter:
    """A painter on ``image`` taking the device coordinates of ``area``."""
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, smooth)
    painter.translate(-area.left(), -area.top())
    return painter


def _device_rect(painter: QPainter) -> QRectF:
    """The painter's whole device in its (logical) device coordinates."""
    device = painter.device()
    ratio = device.devicePixelRatioF()
    return QRectF(0, 0, device.width() / ratio, device.height() / ratio)
