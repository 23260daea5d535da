"""Many flows on screen: the smaller ones supersampled, the largest exact, in drawing order.

Beyond EXACT_LIMIT flows the screen fills the smaller flows of a layer at twice
the resolution and reduces them: a user must still see each in its colour, with
soft edges, as wide as before, with its arrowhead, under the larger flows; the
selected flow's outline must sit on it. Exports keep Qt's exact edges, and SVG
keeps every flow a vector shape.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QSize
from PySide6.QtGui import QColor, QImage, QPainter

from explorer.render.flows.layers import EXACT_LIMIT
from explorer.render.flows.painter import DETAIL_LIMIT, paint_flows
from explorer.render.flows.prepared_flows import EMPHASISED_ALPHA, PreparedFlows

BLUE, RED = (20, 60, 160), (200, 30, 30)
SPACING = 30.0  # pixels between rows: wider than the widest arrowhead
COUNT = EXACT_LIMIT + 20  # the first 20 rows are drawn supersampled


def _rows(count: int = COUNT, width: float = 0.3) -> PreparedFlows:
    """``count`` flows left to right, one per row, all of one width and colour."""
    xs = np.linspace(50, 550, 24)
    rows = 20 + SPACING * np.arange(count)
    points = np.vstack([np.column_stack([xs, np.full_like(xs, y)]) for y in rows])
    empty, none = np.zeros((0, 2)), np.zeros(0)
    return PreparedFlows(
        points=points,
        t=np.tile(np.linspace(0, 1, 24), count),
        piece_start=np.arange(count + 1) * 24,
        piece_flow=np.arange(count),
        piece_ends_at_destination=np.ones(count, dtype=bool),
        width=np.full(count, width),
        colour=np.tile(np.array([BLUE], dtype=np.uint8), (count, 1)),
        emphasised=np.ones(count, dtype=bool),
        rings=empty,
        ring_width=none,
        ring_colour=np.zeros((0, 3), np.uint8),
        ring_emphasised=np.zeros(0, dtype=bool),
        totals=empty,
        totals_in=none,
        totals_out=none,
    )


def _render(flows: PreparedFlows, highlight: int | None = None, supersample: bool = True) -> QImage:
    height = int(flows.points[:, 1].max() + 40)
    image = QImage(600, height, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    paint_flows(painter, flows, highlight=highlight, supersample=supersample)
    painter.end()
    return image


def _column(image: QImage, x: int, y: int, reach: int = 12) -> np.ndarray:
    """Darkness (255 - lightness) of the pixels from y - reach to y + reach at x."""
    return np.array(
        [255 - image.pixelColor(x, row).lightness() for row in range(y - reach, y + reach + 1)]
    )


def _rgb(image: QImage, x: int, y: int) -> np.ndarray:
    colour = image.pixelColor(x, y)
    return np.array([colour.red(), colour.green(), colour.blue()])


def _over_white(rgb: tuple[int, int, int]) -> np.ndarray:
    return np.array([round(255 - (255 - c) * EMPHASISED_ALPHA / 255) for c in rgb])


def test_an_export_keeps_exact_edges_for_every_flow(qapp):
    def faded(count: int) -> PreparedFlows:  # no halos: a flow looks the same alone or not
        flows = _rows(count)
        return PreparedFlows(**{**flows.__dict__, "emphasised": np.zeros(count, dtype=bool)})

    alone = _column(_render(faded(1), supersample=False), 300, 20)
    assert (_column(_render(faded(COUNT), supersample=False), 300, 20) == alone).all()
    assert (_column(_render(faded(COUNT)), 300, 20) != alone).any()  # the screen's differ


def test_a_supersampled_flow_shows_its_colour_soft_edges_and_width(qapp):
    many, exact_image = _render(_rows()), _render(_rows(), supersample=False)
    y = 20  # the first row: supersampled on screen, exact in an export
    assert np.allclose(_rgb(many, 300, y), _over_white(BLUE), atol=3)
    sampled, exact = _column(many, 300, y), _column(exact_image, 300, y)
    partial = (sampled > 10) & (sampled < sampled.max() - 10)
    assert partial.any(), "hard edges: the reduction did not soften them"
    # As wide as Qt's exact rendering: the same ink across the line, within a pixel's worth.
    assert abs(int(sampled.sum()) - int(exact.sum())) <= exact.max()


def test_supersampled_flows_keep_their_arrowheads(qapp):
    image = _render(_rows())
    for y in (20, 20 + SPACING * 10):  # supersampled rows
        body = (_column(image, 400, int(y)) > 40).sum()
        head = max((_column(image, x, int(y)) > 40).sum() for x in range(515, 550))
        assert head >= body + 4, (y, body, head)
        assert (_column(image, 575, int(y)) < 10).all()  # nothing beyond the destination


def test_a_larger_exact_flow_lies_over_a_smaller_supersampled_one(qapp):
    flows = _rows()
    # Turn the first (supersampled) flow red; the last (exact, wide) one crosses it at x = 300.
    colour, points, width = flows.colour.copy(), flows.points.copy(), flows.width.copy()
    colour[0], width[-1] = RED, 1.0
    points[24 * (COUNT - 1) :] = np.column_stack([np.full(24, 300.0), np.linspace(-300, 340, 24)])
    crossing = PreparedFlows(
        **{**flows.__dict__, "colour": colour, "points": points, "width": width}
    )
    image = _render(crossing)
    assert np.allclose(_rgb(image, 300, 20), _over_white(BLUE), atol=3)
    assert np.allclose(_rgb(image, 450, 20), _over_white(RED), atol=3)


def test_the_selected_flow_is_outlined_where_it_lies(qapp):
    flows = _rows()
    for chosen in (0, COUNT - 1):  # a supersampled flow, an exact one
        y = int(20 + SPACING * chosen)
        plain, selected = _render(flows), _render(flows, highlight=chosen)
        outline = (_column(selected, 300, y, 8) - _column(plain, 300, y, 8)) > 40
        assert outline[:8].any() and outline[9:].any(), chosen  # above and below the line
        elsewhere = np.abs(
            _column(selected, 300, y + 15, 5).astype(int) - _column(plain, 300, y + 15, 5)
        )
        assert elsewhere.max() < 10, chosen  # nothing drawn beside it


def test_an_svg_of_many_flows_holds_vector_shapes_and_no_image(qapp, tmp_path):
    from PySide6.QtSvg import QSvgGenerator

    path = tmp_path / "flows.svg"
    generator = QSvgGenerator()
    generator.setFileName(str(path))
    generator.setSize(QSize(600, 2600))
    painter = QPainter(generator)
    paint_flows(painter, _rows(), supersample=True)  # as the screen asks: still vectors
    painter.end()
    text = path.read_text(encoding="utf-8")
    assert "<image" not in text
    assert text.count("<path") + text.count("<polygon") >= COUNT


def test_hairlines_below_the_detail_limit_are_as_dark_as_in_an_export(qapp):
    """Flows beyond DETAIL_LIMIT are one-pixel lines: supersampled, still one pixel's ink."""
    count, columns = DETAIL_LIMIT + 60, 4
    per_column = -(-count // columns)
    flows = _rows(count, width=0.02)
    rows = (np.arange(count) % per_column) * 24.0 + 12  # 4 columns keep the image small
    left = (np.arange(count) // per_column) * 150.0 + 10
    xs = np.linspace(0, 130, 24)
    points = np.vstack(
        [np.column_stack([x + xs, np.full(24, y)]) for x, y in zip(left, rows, strict=True)]
    )
    flows = PreparedFlows(**{**flows.__dict__, "points": points})
    screen, export = _render(flows), _render(flows, supersample=False)
    for i in range(0, 60, 7):  # the smallest flows: hairlines (drawn first)
        x, y = int(left[i] + 60), int(rows[i])
        on_screen, exported = _column(screen, x, y, 3), _column(export, x, y, 3)
        assert on_screen.sum() > 0.8 * exported.sum(), (i, on_screen, exported)
    missing = [
        i for i in range(count) if _column(screen, int(left[i] + 60), int(rows[i]), 1).max() < 20
    ]
    assert not missing
