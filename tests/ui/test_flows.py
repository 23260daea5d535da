"""The flows layer as a user sees it: top-N, focus, rings, unknown origins, hover, click."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import QPoint, Qt

from explorer.core.data.schema import UNKNOWN
from explorer.core.flows.settings import DEFAULT_TOP_N, FocusMode

VICTIMS = "Detected trafficking victims"


@pytest.fixture
def flows(window):
    window.state.year = 2020
    window.map_view.viewport().repaint()
    return window.flows


def _largest_flow_point(window) -> QPoint:
    """A viewport point on the topmost (largest) flow where the map picks that flow.

    Points near a country's label point mean the country, so walk along the
    flow from its middle until the map answers with the flow itself.
    """
    view = window.map_view
    view.viewport().repaint()
    hits = window.flows.item.hits(view.viewportTransform())
    last = hits.segment_flow.max()
    segments = np.flatnonzero(hits.segment_flow == last)
    middle = len(segments) // 2
    for k in sorted(range(len(segments)), key=lambda k: abs(k - middle)):
        x, y = hits.segments_a[segments[k]]
        point = QPoint(round(x), round(y))
        if view.flow_at(point) is not None and hits.flow_at(x, y) == last:
            return point
    raise AssertionError("the largest flow has no point the map attributes to it")


def test_top_n_flows_are_drawn_and_follow_the_control(window, flows):
    drawn = flows.view.drawn
    assert (~drawn["suppressed"]).sum() == DEFAULT_TOP_N
    assert not drawn["suppressed"].any(), "suppressed flows are hidden by default"
    window.flow_controls.top_n_box.setValue(7)
    assert len(flows.view.drawn) == 7
    window.map_view.viewport().repaint()
    hits = flows.item.hits(window.map_view.viewportTransform())
    assert len(np.unique(hits.segment_flow)) == 7


def test_incoming_mode_emphasises_only_flows_into_the_selected_country(window, flows):
    counts = flows.view.drawn["destination"].value_counts()
    target = counts.index[0]
    window.state.selected = target
    box = window.flow_controls.focus_box
    box.setCurrentIndex(box.findData(FocusMode.INCOMING.value))
    drawn = flows.view.drawn
    emphasised = drawn[drawn["emphasised"]]
    assert len(emphasised) >= counts.iloc[0]
    assert set(emphasised["destination"]) == {target}
    assert (drawn.loc[~drawn["emphasised"], "destination"] != target).all()


def test_domestic_flows_are_rings_not_curves(window, flows):
    view = flows.view
    assert not view.domestic.empty
    assert not (view.drawn["origin"] == view.drawn["destination"]).any()
    assert len(flows.item.prepared.rings) == len(view.domestic)


def test_unknown_origins_are_not_drawn_but_named_in_the_tooltip(window, flows, dataset):
    year_flows = dataset.flows_for(2020, VICTIMS)
    unknown = year_flows[year_flows["origin"] == UNKNOWN]
    exact = unknown[unknown["value"].notna()].sort_values("value")
    destination, value = exact.iloc[-1]["destination"], exact.iloc[-1]["value"]
    assert UNKNOWN not in set(flows.view.drawn["origin"])
    assert f"+{int(value):,} of unknown origin" in window.map_view.tooltip_text(destination)
    window.state.selected = destination
    assert f"+{int(value):,} of unknown origin" in window.detail_panel.text()


def test_suppressed_flows_show_as_dashed_lines_only_on_request(window, flows):
    window.flow_controls.suppressed_box.setChecked(True)
    drawn = flows.view.drawn
    assert drawn["suppressed"].any()
    assert drawn.loc[drawn["suppressed"], "width"].isna().all()


def test_map_with_flows_differs_where_the_largest_flow_runs(window, flows):
    point = _largest_flow_point(window)
    with_flows = window.map_view.viewport().grab().toImage()
    window.flow_controls.visible_box.setChecked(False)
    window.map_view.viewport().repaint()
    without = window.map_view.viewport().grab().toImage()
    colours = {
        with_flows.pixelColor(x, y).name() for x in range(0, 1000, 20) for y in range(0, 700, 20)
    }
    assert len(colours) > 10, "the rendered map is not blank"
    assert with_flows.pixelColor(point) != without.pixelColor(point)
    assert window.flows.legend() is None


def test_hover_names_the_pair_and_click_selects_it(window, flows, qtbot):
    point = _largest_flow_point(window)
    flow = window.map_view.flow_at(point)
    assert flow is not None
    text = flows.flow_text(flow)
    origin = window.map_view.items_by_iso3[flow["origin"]].name
    destination = window.map_view.items_by_iso3[flow["destination"]].name
    assert text.startswith(f"{origin} \u2192 {destination}, 2020: ")
    assert "detected victims" in text and "Source:" in text
    qtbot.mouseClick(window.map_view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert window.state.selected_flow == (flow["origin"], flow["destination"])
    panel = window.detail_panel.text()
    assert f"Selected flow: {origin} \u2192 {destination}" in panel
    assert "2020" in panel and "2015" in panel
    assert window.flows.item.highlight is not None


def test_flow_legend_lists_reference_widths_and_regions(window, flows):
    legend = flows.legend()
    assert 2 <= len(legend.references) <= 3
    values = [float(label.replace(",", "")) for label, _ in legend.references]
    assert values == sorted(values, reverse=True)
    assert any(label.startswith("From ") for label, _ in legend.colours)
    window.flow_controls.lock_box.setChecked(True)
    assert "locked across years" in flows.legend().note
