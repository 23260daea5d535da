"""The legends over the map on screen: the classes and, when flows show, their widths.

Why apart from the view: the legend is drawn in viewport pixels over a moving
map, from cached pictures (a title may be thousands of characters long), while
the view's business is the scene; exports lay their legends out on the page
instead (:mod:`explorer.render.page.layout`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF
from PySide6.QtGui import QPainter

from explorer.render.direction import right_to_left
from explorer.render.map.picture_cache import PictureCache, logical_size
from explorer.render.page.legend import fit_title, legend_size, paint_legend
from explorer.ui.common.plain_text import LINE_LIMIT, shown

if TYPE_CHECKING:
    from explorer.core.view.choropleth import Choropleth
    from explorer.core.view.fill import LegendEntry
    from explorer.render.flows.legend import FlowLegend

MARGIN = 12  # px from the viewport's left and bottom edges
GAP = 8  # px between the class legend and the flow legend


def paint_map_legends(
    painter: QPainter,
    legends: PictureCache,
    choropleth: Choropleth,
    flow_legend: FlowLegend | None,
    viewport_width: float,
    viewport_height: float,
    ratio: float,
) -> None:
    """Paint the class legend at the bottom left, the flow legend to its right (right
    to left: the class legend at the bottom right, the flow legend to its left).

    ``painter`` must paint in viewport pixels; ``legends`` keeps the pictures
    between paints, keyed by their content; ``ratio`` is the device pixel ratio.
    """
    w = paint_class_legend(
        painter,
        legends,
        (choropleth.title_in(), choropleth.legend, choropleth.note_in()),
        viewport_width,
        viewport_height,
        ratio,
    )
    if flow_legend is not None:
        from explorer.render.flows.legend import flow_legend_size, paint_flow_legend

        rtl = right_to_left()
        flows = legends.image(
            ("flows", repr(flow_legend), rtl),
            lambda: flow_legend_size(flow_legend),
            lambda p: paint_flow_legend(p, QPointF(0, 0), flow_legend, rtl=rtl),
            ratio,
        )
        fw, fh = logical_size(flows)
        x = viewport_width - MARGIN - w - GAP - fw if rtl else MARGIN + w + GAP
        painter.drawImage(QPointF(x, viewport_height - MARGIN - fh), flows)


def paint_class_legend(
    painter: QPainter,
    legends: PictureCache,
    legend: tuple[str, tuple[LegendEntry, ...], str],
    viewport_width: float,
    viewport_height: float,
    ratio: float,
) -> float:
    """The class legend (title, entries, note) at the bottom left (right to left: the
    bottom right, swatches on the right of their labels); returns its width.

    Apart so the first frame of a launch paints it the same way without the flows'
    modules (numpy)."""
    full_title, entries, note = legend
    # Half the map at most: a file's indicator name may be thousands of characters.
    title = fit_title(shown(full_title, LINE_LIMIT), viewport_width / 2)
    rtl = right_to_left()
    classes = legends.image(
        ("classes", title, entries, note, rtl),
        lambda: legend_size(title, entries, note=note),
        lambda p: paint_legend(p, QPointF(0, 0), title, entries, note=note, rtl=rtl),
        ratio,
    )
    w, h = logical_size(classes)
    x = viewport_width - MARGIN - w if rtl else MARGIN
    painter.drawImage(QPointF(x, viewport_height - MARGIN - h), classes)
    return w
