"""The flow painter as seen in a rendered image: taper, arrowheads, every flow drawn."""

from __future__ import annotations

import numpy as np
from PySide6.QtGui import QColor, QImage, QPainter, QPicture

from explorer.render.flows.painter import DETAIL_LIMIT, paint_flows
from explorer.render.flows.prepared_flows import EMPHASISED_ALPHA, FADED_ALPHA, PreparedFlows

WIDTH, HEIGHT = 900, 700


def _horizontal_flows(rows: list[float], widths: list[float], right: float = 850) -> PreparedFlows:
    """Flows running left to right along the given rows (device pixels = scene units)."""
    xs = np.linspace(50, right, 24)
    points = np.vstack([np.column_stack([xs, np.full_like(xs, y)]) for y in rows])
    n = len(rows)
    empty, none = np.zeros((0, 2)), np.zeros(0)
    return PreparedFlows(
        points=points,
        t=np.tile(np.linspace(0, 1, 24), n),
        piece_start=np.arange(n + 1) * 24,
        piece_flow=np.arange(n),
        piece_ends_at_destination=np.ones(n, dtype=bool),
        width=np.array(widths, dtype=float),
        colour=np.tile(np.array([[20, 60, 160]], dtype=np.uint8), (n, 1)),
        emphasised=np.ones(n, dtype=bool),
        rings=empty,
        ring_width=none,
        ring_colour=np.zeros((0, 3), np.uint8),
        ring_emphasised=np.zeros(0, dtype=bool),
        totals=empty,
        totals_in=none,
        totals_out=none,
    )


def _render(flows: PreparedFlows, draft: bool = False, size=(WIDTH, HEIGHT)) -> QImage:
    image = QImage(*size, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    paint_flows(painter, flows, draft=draft)
    painter.end()
    return image


def _inked(image: QImage, x: int, y: int) -> bool:
    return image.pixelColor(x, y).lightness() < 235


def _thickness(image: QImage, x: int, y: int) -> int:
    return sum(_inked(image, x, row) for row in range(y - 40, y + 41))


def test_a_flow_tapers_towards_an_arrowhead_at_its_destination(qapp):
    image = _render(_horizontal_flows([350.0], [1.0]))
    near_origin, before_head, head = (
        _thickness(image, 90, 350),
        _thickness(image, 700, 350),
        _thickness(image, 830, 350),
    )
    assert 0 < near_origin < before_head < head
    assert not _inked(image, 870, 350)  # nothing beyond the destination


def test_every_flow_is_drawn_beyond_the_detail_limit_and_in_drafts(qapp):
    count = DETAIL_LIMIT + 60
    spacing = 24.0  # wider than the widest arrowhead, so each row shows its own flow
    rows = [12 + i * spacing for i in range(count)]
    widths = [0.02] * (count - DETAIL_LIMIT) + [0.0] * DETAIL_LIMIT  # small ones drawn first
    flows = _horizontal_flows(rows, widths, right=350)
    for draft in (False, True):
        image = _render(flows, draft, size=(400, int(rows[-1] + 20)))
        missing = [y for y in rows if not _inked(image, 200, round(y))]
        gaps = [y for y in rows if _inked(image, 200, round(y + spacing / 2))]
        assert not missing, f"{len(missing)} flows not drawn (draft={draft})"
        assert not gaps, "ink between rows: the test would not tell flows apart"


def test_a_flow_cut_at_the_map_edge_draws_both_pieces_and_one_arrowhead(qapp):
    flows = _horizontal_flows([200.0, 400.0], [1.0, 1.0])
    cut = PreparedFlows(
        **{
            **flows.__dict__,
            "piece_flow": np.array([0, 0]),
            "piece_ends_at_destination": np.array([False, True]),
            "width": np.array([1.0]),
            "colour": flows.colour[:1],
            "emphasised": np.array([True]),
        }
    )
    image = _render(cut)
    assert _inked(image, 400, 200) and _inked(image, 400, 400)
    assert _thickness(image, 840, 200) < _thickness(image, 830, 400)  # the head is on piece two


def test_widths_and_arrowheads_grow_with_the_output_scale(qapp):
    flows = _horizontal_flows([350.0], [1.0])
    image = QImage(WIDTH, HEIGHT, QImage.Format.Format_ARGB32)
    thickness = {}
    for scale in (1.0, 2.0):
        image.fill(QColor("white"))
        painter = QPainter(image)
        paint_flows(painter, flows, scale=scale)
        painter.end()
        head = max(_thickness(image, x, 350) for x in range(760, 850, 2))
        thickness[scale] = (_thickness(image, 700, 350), head)
    assert thickness[2.0][0] >= 1.8 * thickness[1.0][0]  # the line body
    assert thickness[2.0][1] >= 1.5 * thickness[1.0][1]  # the arrowhead


def _vertical_flow(x: float, width: float, rgb: tuple[int, int, int]) -> PreparedFlows:
    """One flow running top to bottom along column ``x``."""
    ys = np.linspace(50, 650, 24)
    flows = _horizontal_flows([0.0], [width])
    return PreparedFlows(
        **{
            **flows.__dict__,
            "points": np.column_stack([np.full_like(ys, x), ys]),
            "colour": np.array([rgb], dtype=np.uint8),
        }
    )


def _over_white(rgb: tuple[int, int, int], alpha: int) -> list[int]:
    return [round(255 - (255 - c) * alpha / 255) for c in rgb]


def _rgb_at(image: QImage, x: int, y: int) -> list[int]:
    colour = image.pixelColor(x, y)
    return [colour.red(), colour.green(), colour.blue()]


def test_flows_are_translucent_and_faded_flows_lighter(qapp):
    emphasised = _horizontal_flows([200.0], [1.0])
    faded = PreparedFlows(**{**emphasised.__dict__, "emphasised": np.array([False])})
    for flows, alpha in ((emphasised, EMPHASISED_ALPHA), (faded, FADED_ALPHA)):
        shown = _rgb_at(_render(flows), 400, 200)
        expected = _over_white((20, 60, 160), alpha)
        assert np.allclose(shown, expected, atol=3), (shown, expected)


def test_where_flows_cross_the_larger_one_lies_on_top(qapp):
    small = _vertical_flow(400.0, 0.5, (200, 30, 30))
    large = _horizontal_flows([350.0], [1.0])  # drawn after: larger flows come last
    both = PreparedFlows(
        **{
            **large.__dict__,
            "points": np.vstack([small.points, large.points]),
            "t": np.concatenate([small.t, large.t]),
            "piece_start": np.array([0, 24, 48]),
            "piece_flow": np.array([0, 1]),
            "piece_ends_at_destination": np.array([True, True]),
            "width": np.array([0.5, 1.0]),
            "colour": np.array([[200, 30, 30], [20, 60, 160]], dtype=np.uint8),
            "emphasised": np.array([True, True]),
        }
    )
    image = _render(both)
    assert np.allclose(_rgb_at(image, 400, 350), _over_white((20, 60, 160), EMPHASISED_ALPHA), 3)
    assert np.allclose(_rgb_at(image, 400, 150), _over_white((200, 30, 30), EMPHASISED_ALPHA), 3)


def test_vector_outputs_get_the_same_flows(qapp):
    """SVG and PDF painters are not raster engines: flows go straight to them."""
    flows = _horizontal_flows([200.0, 400.0], [1.0, 0.3])
    picture = QPicture()  # records vector commands, as an SVG or PDF painter would get them
    painter = QPainter(picture)
    paint_flows(painter, flows)
    painter.end()
    replayed = QImage(WIDTH, HEIGHT, QImage.Format.Format_ARGB32)
    replayed.fill(QColor("white"))
    painter = QPainter(replayed)
    painter.drawPicture(0, 0, picture)
    painter.end()
    raster = _render(flows)
    for y in (200, 400):
        assert np.allclose(_rgb_at(replayed, 400, y), _rgb_at(raster, 400, y), atol=3)
    assert _thickness(replayed, 700, 200) == _thickness(raster, 700, 200)


def test_flows_land_in_place_on_a_high_dpi_screen(qapp):
    image = QImage(2 * WIDTH, 2 * HEIGHT, QImage.Format.Format_ARGB32)
    image.setDevicePixelRatio(2.0)
    image.fill(QColor("white"))
    painter = QPainter(image)
    paint_flows(painter, _horizontal_flows([200.0], [1.0]))
    painter.end()
    assert _inked(image, 800, 400)  # physical pixels: twice the logical position
    assert not _inked(image, 800, 200) and not _inked(image, 800, 600)
    assert 20 <= _thickness(image, 1400, 400) <= 40  # about twice the 1x width at that point
