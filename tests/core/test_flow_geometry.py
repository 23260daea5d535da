"""Flow curves look right on the map: short way round, split at the edge, two arcs per pair."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st
from pyproj import Transformer

from explorer.core.flows.geometry import MIN_CHORD, FlowCurves, flow_curves

EQUAL_EARTH = "EPSG:8857"
PHILIPPINES = (121.8, 12.9)
UNITED_STATES = (-98.6, 39.8)
NIGERIA = (8.1, 9.6)
ITALY = (12.6, 42.8)
FIJI = (178.0, -17.8)
NEW_ZEALAND = (172.0, -41.0)
SAMOA = (-172.0, -13.7)


def project(lon: float, lat: float, crs: str = EQUAL_EARTH) -> np.ndarray:
    transformer = Transformer.from_crs("EPSG:4326", crs, always_xy=True)
    return np.array(transformer.transform(lon, lat))


def map_width(crs: str = EQUAL_EARTH) -> float:
    return 2 * project(180.0, 0.0, crs)[0]


def latitude(point: np.ndarray, crs: str = EQUAL_EARTH) -> float:
    inverse = Transformer.from_crs(crs, "EPSG:4326", always_xy=True)
    return inverse.transform(point[0], point[1])[1]


def one_flow(origin, destination, crs: str = EQUAL_EARTH, **kwargs) -> FlowCurves:
    return flow_curves(np.array([origin]), np.array([destination]), crs=crs, **kwargs)


def test_pacific_flow_leaves_east_edge_and_reenters_west():
    curves = one_flow(PHILIPPINES, UNITED_STATES)
    first, second = curves.pieces_of(0)
    assert curves.flow_count == 1
    assert list(curves.piece_ends_at_destination) == [False, True]

    assert first[-1, 1] == pytest.approx(second[0, 1])  # same latitude on both sides
    edge_lat = latitude(first[-1])
    assert first[-1, 0] == pytest.approx(project(180.0, edge_lat)[0], abs=1.0)
    assert second[0, 0] == pytest.approx(project(-180.0, edge_lat)[0], abs=1.0)
    assert first[-1, 0] > 0 > second[0, 0]

    width = map_width()
    for piece in (first, second):
        assert np.ptp(piece[:, 0]) < width / 2
    assert (first[:, 0] > 0).all()
    assert (second[:, 0] < 0).all()
    np.testing.assert_allclose(first[0], project(*PHILIPPINES), atol=1.0)
    np.testing.assert_allclose(second[-1], project(*UNITED_STATES), atol=1.0)


def test_pacific_flow_t_continues_across_the_cut():
    curves = one_flow(PHILIPPINES, UNITED_STATES)
    start, cut, end = curves.piece_start
    assert curves.t[start] == 0.0
    assert curves.t[end - 1] == 1.0
    assert 0 < curves.t[cut - 1] == curves.t[cut] < 1
    assert (np.diff(curves.t) >= 0).all()


def test_africa_to_europe_is_one_piece_from_origin_to_destination():
    curves = one_flow(NIGERIA, ITALY)
    (piece,) = curves.pieces_of(0)
    np.testing.assert_allclose(piece[0], project(*NIGERIA), atol=1.0)
    np.testing.assert_allclose(piece[-1], project(*ITALY), atol=1.0)
    assert curves.t[0] == 0.0 and curves.t[-1] == 1.0
    assert (np.diff(curves.t) > 0).all()
    assert curves.piece_ends_at_destination.tolist() == [True]
    assert curves.piece_start.tolist() == [0, 24]
    assert curves.piece_flow.tolist() == [0]


def _chord_offset(piece: np.ndarray) -> tuple[float, float]:
    """(signed distance of the middle sample from the chord, chord length); + is right."""
    a, b, mid = piece[0], piece[-1], piece[len(piece) // 2]
    chord = b - a
    length = float(np.hypot(*chord))
    cross = chord[0] * (mid - a)[1] - chord[1] * (mid - a)[0]
    return -cross / length, length


def test_there_and_back_are_two_separate_arcs():
    curves = flow_curves(np.array([NIGERIA, ITALY]), np.array([ITALY, NIGERIA]))
    (there,) = curves.pieces_of(0)
    (back,) = curves.pieces_of(1)
    _, chord = _chord_offset(there)
    gap = np.hypot(*(there[len(there) // 2] - back[len(back) // 2]))
    assert gap > 0.1 * chord


def test_the_curve_bends_to_the_right_by_about_half_the_bend():
    # bend is the control-point offset; a quadratic Bezier's apex sits half way to it.
    for bend in (0.2, 0.4):
        (piece,) = one_flow(NIGERIA, ITALY, samples=25, bend=bend).pieces_of(0)
        offset, chord = _chord_offset(piece)
        assert offset > 0  # to the right of the direction of travel
        assert offset == pytest.approx(bend / 2 * chord, rel=0.3)
    (straight,) = one_flow(NIGERIA, ITALY, samples=25, bend=0.0).pieces_of(0)
    assert abs(_chord_offset(straight)[0]) < 0.01 * _chord_offset(straight)[1]


def test_fiji_to_new_zealand_does_not_cross_but_fiji_to_samoa_does():
    assert len(one_flow(FIJI, NEW_ZEALAND).pieces_of(0)) == 1
    curves = one_flow(FIJI, SAMOA)
    pieces = curves.pieces_of(0)
    assert len(pieces) == 2
    assert pieces[0][-1, 0] > 0 > pieces[1][0, 0]
    spans = sum(np.ptp(p[:, 0]) for p in pieces)
    assert spans < 0.05 * map_width()


def test_flow_starting_on_the_antimeridian_stays_on_its_side():
    curves = one_flow((10.0, 0.0), (-180.0, 3.0))  # shorter way is eastwards to +180
    (piece,) = curves.pieces_of(0)
    assert piece[-1, 0] == pytest.approx(project(180.0, 3.0)[0], abs=1.0)
    assert np.ptp(piece[:, 0]) < 0.55 * map_width()


@pytest.mark.parametrize("crs", ["ESRI:54030", "EPSG:4087", EQUAL_EARTH])
def test_other_projections_give_finite_points_with_edges_on_the_right_side(crs):
    curves = flow_curves(
        np.array([PHILIPPINES, NIGERIA, FIJI]), np.array([UNITED_STATES, ITALY, SAMOA]), crs=crs
    )
    assert np.isfinite(curves.points).all()
    assert curves.piece_flow.tolist() == [0, 0, 1, 2, 2]
    first, second = curves.pieces_of(0)
    edge_lat = latitude(first[-1], crs)
    assert first[-1, 0] == pytest.approx(project(180.0, edge_lat, crs)[0], abs=1.0)
    assert second[0, 0] == pytest.approx(project(-180.0, edge_lat, crs)[0], abs=1.0)
    assert first[-1, 0] > 0 > second[0, 0]


def test_domestic_and_missing_flows_draw_nothing():
    curves = flow_curves(
        np.array([NIGERIA, (180.0, 5.0), (np.nan, 1.0), ITALY]),
        np.array([NIGERIA, (-180.0, 5.0), ITALY, NIGERIA]),
    )
    assert curves.piece_flow.tolist() == [3]  # indices stay the caller's
    assert curves.pieces_of(0) == []
    assert curves.flow_count == 1


def test_no_flows_gives_empty_curves():
    curves = flow_curves(np.empty((0, 2)), np.empty((0, 2)))
    assert curves.points.shape == (0, 2)
    assert curves.piece_start.tolist() == [0]
    assert curves.piece_start.dtype == np.int64
    assert curves.piece_flow.shape == (0,) and curves.piece_flow.dtype == np.int64
    assert curves.t.shape == (0,)
    assert curves.piece_ends_at_destination.shape == (0,)
    assert curves.flow_count == 0


def test_shapes_and_dtypes():
    curves = flow_curves(np.array([PHILIPPINES, NIGERIA]), np.array([UNITED_STATES, ITALY]))
    assert curves.points.dtype == np.float64
    assert curves.piece_start.dtype == np.int64
    assert curves.piece_flow.dtype == np.int64
    assert curves.t.shape == (len(curves.points),)
    assert curves.piece_start[-1] == len(curves.points)
    assert len(curves.piece_start) == len(curves.piece_flow) + 1


lons = st.floats(-180, 180, allow_nan=False)
lats = st.floats(-60, 75, allow_nan=False)


@settings(max_examples=300, deadline=None)
@given(
    pairs=st.lists(st.tuples(lons, lats, lons, lats), min_size=1, max_size=20),
    crs=st.sampled_from([EQUAL_EARTH, "ESRI:54030", "EPSG:4087"]),
)
def test_any_flows_stay_short_finite_and_ordered(pairs, crs):
    data = np.array(pairs)
    origins, destinations = data[:, :2], data[:, 2:]
    dlon = destinations[:, 0] - origins[:, 0]
    dlon = np.where(np.abs(dlon) > 180, dlon - 360 * np.sign(dlon), dlon)  # the short way
    chord = np.hypot(dlon, destinations[:, 1] - origins[:, 1])
    assume((chord > MIN_CHORD).all())  # no domestic flows (one place: no curve)
    curves = flow_curves(origins, destinations, crs=crs)
    width = map_width(crs)

    assert np.isfinite(curves.points).all()
    assert sorted(set(curves.piece_flow.tolist())) == list(range(len(pairs)))
    assert np.bincount(curves.piece_flow[curves.piece_ends_at_destination]).tolist() == [1] * len(
        pairs
    )
    for k in range(len(curves.piece_flow)):
        piece = curves.points[curves.piece_start[k] : curves.piece_start[k + 1]]
        assert len(piece) >= 2
        assert np.ptp(piece[:, 0]) < 0.6 * width
    for flow in range(len(pairs)):
        ks = np.flatnonzero(curves.piece_flow == flow)
        t = curves.t[curves.piece_start[ks[0]] : curves.piece_start[ks[-1] + 1]]
        assert t[0] == 0.0 and t[-1] == 1.0
        assert (np.diff(t) >= 0).all()
