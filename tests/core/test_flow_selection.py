"""What the flows layer draws, on a small dataset whose answers are known, and on the demo."""

from __future__ import annotations

import itertools
import math

import numpy as np
import pandas as pd
import pytest

from explorer.core.data.dataset import Dataset
from explorer.core.data.schema import DOMESTIC, REGION_PREFIX, SUPPRESSED, UNKNOWN
from explorer.core.flows.selection import FlowView, build_flow_view, width_fraction
from explorer.core.flows.settings import (
    DEFAULT_TOP_N,
    FlowSettings,
    FocusMode,
    WidthScale,
    resolve_flow_indicator,
)

NAN = float("nan")
V = "Victims"
S = "Smuggled"
REGION_OF = {"AAA": "Europe", "BBB": "Europe", "CCC": "Africa", "DDD": "Africa", "EEE": "Asia"}
NAMES = {"AAA": "Alpha", "BBB": "Beta", "CCC": "Gamma", "DDD": "Delta", "EEE": "Epsilon"}


def _flow(origin, destination, value, year=2018, indicator=V, label=None):
    cell = (
        dict(value=NAN, lower=1.0, upper=4.0, flag=SUPPRESSED)
        if value == "<5"
        else dict(value=float(value), lower=NAN, upper=NAN, flag="")
    )
    return dict(
        dataset="test",
        origin=origin,
        destination=destination,
        year=year,
        indicator=indicator,
        origin_label=label or origin,
        **cell,
    )


@pytest.fixture(scope="module")
def dataset() -> Dataset:
    flows = [
        # exact country-to-country flows, largest first
        _flow("BBB", "AAA", 100),
        _flow("CCC", "AAA", 80),
        _flow("DDD", "AAA", 60),
        _flow("CCC", "BBB", 50),  # ties with AAA->BBB: AAA->BBB ranks first (origin order)
        _flow("AAA", "BBB", 50),
        _flow("CCC", "DDD", 40),
        _flow("EEE", "CCC", 30),
        _flow("AAA", "EEE", 20),
        _flow("DDD", "BBB", 10),
        _flow("EEE", "DDD", 5),
        # domestic: origin == destination, or DOMESTIC
        _flow("AAA", "AAA", 200),
        _flow(DOMESTIC, "BBB", 70),
        _flow(DOMESTIC, "CCC", "<5"),
        # not placeable
        _flow(UNKNOWN, "AAA", 120),
        _flow(REGION_PREFIX + "Africa", "AAA", 35, label="Africa, others"),
        _flow(UNKNOWN, "BBB", "<5"),
        _flow("XXX", "AAA", 15, label="Atlantis"),
        _flow("AAA", "ZZZ", 9),
        # suppressed country-to-country flows
        _flow("EEE", "AAA", "<5"),
        _flow("BBB", "CCC", "<5"),
        _flow("DDD", "EEE", "<5"),
        # another year and indicator
        _flow("BBB", "AAA", 400, year=2019),
        _flow("CCC", "AAA", 10, year=2019),
        _flow("AAA", "BBB", 7, indicator=S),
    ]
    return Dataset("test", flows=pd.DataFrame(flows))


def _view(dataset: Dataset, selected: str | None = None, year: int = 2018, **kw) -> FlowView:
    return build_flow_view(dataset, REGION_OF, V, year, FlowSettings(**kw), selected)


def _pairs(frame: pd.DataFrame) -> set[tuple[str, str]]:
    return set(zip(frame["origin"], frame["destination"], strict=True))


def _emphasised(view: FlowView) -> set[tuple[str, str]]:
    return _pairs(view.drawn[view.drawn["emphasised"]])


def _faded(view: FlowView) -> set[tuple[str, str]]:
    return _pairs(view.drawn[~view.drawn["emphasised"]])


@pytest.mark.parametrize("scale", list(WidthScale))
def test_widths_grow_with_volume_and_stay_in_range(scale):
    values = np.array([0.0, 1.0, 5.0, 50.0, 99.0, 100.0, 250.0])
    widths = width_fraction(values, 100.0, scale)
    assert np.all(np.diff(widths) >= 0)
    assert widths[0] == 0.0 and widths[-2] == 1.0 and widths[-1] == 1.0
    assert math.isnan(width_fraction(np.array([NAN]), 100.0, scale)[0])
    assert list(width_fraction(np.array([3.0, NAN]), 0.0, scale)[:1]) == [0.0]


@pytest.mark.parametrize("scale", list(WidthScale))
def test_drawn_widths_are_monotone_in_volume(dataset, scale):
    drawn = _view(dataset, top_n=100, width_scale=scale).drawn
    assert list(drawn["value"]) == sorted(drawn["value"])  # larger flows drawn last
    assert np.all(np.diff(drawn["width"].to_numpy()) >= 0)
    assert drawn["width"].between(0, 1).all()


def test_top_n_draws_exactly_the_n_largest(dataset):
    view = _view(dataset, top_n=4)
    assert len(view.drawn) == 4
    assert _pairs(view.drawn) == {("BBB", "AAA"), ("CCC", "AAA"), ("DDD", "AAA"), ("AAA", "BBB")}
    assert view.drawn["emphasised"].all()
    assert list(view.drawn["value"]) == [50.0, 60.0, 80.0, 100.0]
    assert list(view.drawn["origin_region"]) == ["Europe", "Africa", "Africa", "Europe"]


def test_a_flow_of_zero_takes_no_top_n_slot_and_is_not_drawn():
    flows = [
        _flow("BBB", "AAA", 100),
        _flow("CCC", "AAA", 0),  # a figure of 0: listed in tables, never a line of width 0
        _flow("AAA", "CCC", "<5"),  # CCC is touched by no drawn flow
        _flow(DOMESTIC, "DDD", 3),  # smaller than every drawn flow
    ]
    data = Dataset("zero", flows=pd.DataFrame(flows))
    view = build_flow_view(data, REGION_OF, V, 2018, FlowSettings(show_suppressed=True), None)
    assert _pairs(view.drawn) == {("BBB", "AAA")}
    assert view.domestic.empty
    focused = build_flow_view(
        data, REGION_OF, V, 2018, FlowSettings(top_n=1, focus=FocusMode.OUTGOING), "CCC"
    )
    assert _emphasised(focused) == set() and _faded(focused) == {("BBB", "AAA")}


def test_incoming_focus_emphasises_flows_into_the_selected_country(dataset):
    view = _view(dataset, "DDD", top_n=3, focus=FocusMode.INCOMING)
    assert _emphasised(view) == {("CCC", "DDD"), ("EEE", "DDD")}
    assert _faded(view) == {("BBB", "AAA"), ("CCC", "AAA"), ("DDD", "AAA")}


def test_outgoing_focus_emphasises_flows_out_of_the_selected_country(dataset):
    view = _view(dataset, "DDD", top_n=3, focus=FocusMode.OUTGOING)
    assert _emphasised(view) == {("DDD", "AAA"), ("DDD", "BBB")}
    assert _faded(view) == {("BBB", "AAA"), ("CCC", "AAA")}


def test_both_focus_takes_the_top_n_of_flows_in_and_out(dataset):
    view = _view(dataset, "DDD", top_n=3, focus=FocusMode.BOTH)
    assert _emphasised(view) == {("DDD", "AAA"), ("CCC", "DDD"), ("DDD", "BBB")}
    assert _faded(view) == {("BBB", "AAA"), ("CCC", "AAA")}


def test_without_focus_or_selection_everything_drawn_is_emphasised(dataset):
    assert _view(dataset, "DDD", top_n=3).drawn["emphasised"].all()
    assert _view(dataset, None, top_n=3, focus=FocusMode.INCOMING).drawn["emphasised"].all()


def test_domestic_flows_become_rings_not_curves(dataset):
    view = _view(dataset, top_n=100)
    assert not (view.drawn["origin"] == view.drawn["destination"]).any()
    assert DOMESTIC not in set(view.drawn["origin"])
    rings = view.domestic.set_index("iso3")
    assert list(rings.index) == ["AAA", "BBB"]  # CCC's ring is <5: hidden by default
    assert rings.loc["AAA", "value"] == 200 and rings.loc["BBB", "value"] == 70
    assert rings.loc["AAA", "width"] == 1.0  # the largest ring, on the rings' own scale
    assert view.scale_max == 100  # the largest curve, not the ring
    assert "CCC" not in set(_view(dataset, show_suppressed=True).domestic["iso3"])
    shown = _view(dataset, "CCC", show_suppressed=True).domestic.set_index("iso3")
    assert shown.loc["CCC", "suppressed"] and math.isnan(shown.loc["CCC", "width"])


def test_rings_smaller_than_every_drawn_flow_are_left_out(dataset):
    view = _view(dataset, top_n=2)  # draws 100 and 80: BBB's ring (70) is too small
    assert list(view.domestic["iso3"]) == ["AAA"]
    assert set(_view(dataset, "BBB", top_n=2).domestic["iso3"]) == {"AAA", "BBB"}


def test_an_indicator_of_flows_within_countries_only_draws_every_ring():
    displaced = "Internally displaced"
    flows = [_flow("AAA", "AAA", 5900, indicator=displaced), _flow(DOMESTIC, "CCC", 3)]
    flows[1]["indicator"] = displaced
    data = Dataset("idp", flows=pd.DataFrame(flows))
    view = build_flow_view(data, REGION_OF, displaced, 2018, FlowSettings(), None)
    assert view.drawn.empty
    assert view.domestic.set_index("iso3")["value"].to_dict() == {"AAA": 5900.0, "CCC": 3.0}


def test_unknown_regional_and_off_map_origins_are_listed_not_drawn(dataset):
    view = _view(dataset, top_n=100, show_suppressed=True)
    drawn = set(view.drawn["origin"]) | set(view.drawn["destination"])
    assert drawn <= set(REGION_OF)
    assert view.unplaced_lines("AAA", NAMES) == [
        "+120 of unknown origin",
        "+35 from Africa (region, country not specified)",
        "+15 from Atlantis (not on the map)",
    ]
    assert view.unplaced_lines("BBB", NAMES) == ["+<5 of unknown origin"]
    assert view.unplaced_lines("EEE") == []
    assert ("AAA", "ZZZ") in _pairs(view.unplaced)


def test_suppressed_flows_are_hidden_by_default(dataset):
    drawn = _view(dataset, top_n=100).drawn
    assert not drawn["suppressed"].any() and drawn["value"].notna().all()


def test_shown_suppressed_flows_have_no_width_and_do_not_count_towards_top_n(dataset):
    everything = _view(dataset, top_n=100, show_suppressed=True).drawn
    loose = everything[everything["suppressed"]]
    assert _pairs(loose) == {("EEE", "AAA"), ("BBB", "CCC"), ("DDD", "EEE")}
    assert loose["width"].isna().all() and (loose["flag"] == SUPPRESSED).all()
    assert list(everything["suppressed"][:3]) == [True] * 3  # drawn first, under the others

    top3 = _view(dataset, top_n=3, show_suppressed=True).drawn
    assert (~top3["suppressed"]).sum() == 3
    # Without focus: only those between countries the drawn flows already touch.
    assert _pairs(top3[top3["suppressed"]]) == {("BBB", "CCC")}
    focused = _view(dataset, "AAA", top_n=3, show_suppressed=True, focus=FocusMode.INCOMING)
    loose = focused.drawn[focused.drawn["suppressed"]]
    assert _pairs(loose) == {("EEE", "AAA")} and loose["emphasised"].all()


def test_min_volume_filters_by_exact_value(dataset):
    view = _view(dataset, top_n=100, min_volume=50, show_suppressed=True)
    assert view.drawn["value"].min() == 50 and len(view.drawn) == 5
    assert not view.drawn["suppressed"].any()  # a <5 cannot reach 50
    assert list(view.domestic["iso3"]) == ["AAA", "BBB"]
    low = _view(dataset, top_n=100, min_volume=4, show_suppressed=True)
    assert low.drawn["suppressed"].sum() == 3  # a <5 may be 4


def test_region_filter_keeps_flows_with_either_end_in_the_region(dataset):
    view = _view(dataset, top_n=100, region="Asia")
    assert _pairs(view.drawn) == {("EEE", "CCC"), ("AAA", "EEE"), ("EEE", "DDD")}
    assert view.domestic.empty
    africa = _view(dataset, top_n=100, region="Africa")
    ends = zip(africa.drawn["origin"], africa.drawn["destination"], strict=True)
    assert all("Africa" in (REGION_OF[o], REGION_OF[d]) for o, d in ends)
    assert len(africa.drawn) == 7


def test_lock_scale_uses_the_largest_flow_of_all_years(dataset):
    free = _view(dataset)
    locked = _view(dataset, lock_scale=True)
    assert free.scale_max == 100  # BBB->AAA: rings (AAA's 200) have their own scale
    assert free.ring_scale_max == 200
    assert locked.scale_max == 400  # BBB->AAA in 2019
    widths = locked.drawn.set_index(["origin", "destination"])["width"]
    assert widths.loc[("BBB", "AAA")] == pytest.approx(0.5)  # sqrt(100 / 400)
    assert _view(dataset, year=2019).scale_max == 400


def test_totals_add_placed_flows_and_say_when_a_lower_bound_is_in(dataset):
    totals = _view(dataset, top_n=1).totals
    assert totals.loc["AAA", "incoming"] == 100 + 80 + 60 + 1  # EEE->AAA <5 counts 1
    assert not totals.loc["AAA", "incoming_exact"]
    assert totals.loc["AAA", "outgoing"] == 50 + 20 and totals.loc["AAA", "outgoing_exact"]
    assert "ZZZ" not in totals.index and "XXX" not in totals.index


def test_reference_values_are_round_increasing_and_within_the_scale(dataset):
    for scale in WidthScale:
        for scale_max in (1.0, 3.0, 7.0, 48.0, 200.0, 691.0, 1234.0, 98765.0):
            view = FlowView(V, 2018, *(pd.DataFrame(),) * 4, scale_max, scale)
            values = view.reference_values()
            assert 2 <= len(values) <= 3, (scale, scale_max, values)
            assert all(a < b for a, b in itertools.pairwise(values))
            assert values[0] > 0 and values[-1] <= scale_max
            for v in values:
                mantissa = v / 10 ** math.floor(math.log10(v))
                assert round(mantissa, 9) in (1, 2, 5), (scale_max, values)
            widths = [w for _, w in view.reference_widths()]
            assert widths == sorted(widths) and widths[-1] <= 1
    assert _view(dataset).reference_values() == [10.0, 20.0, 100.0]


def test_an_empty_year_gives_empty_frames(dataset):
    view = _view(dataset, year=1990)
    assert view.drawn.empty and view.domestic.empty and view.unplaced.empty
    assert view.totals.empty and view.scale_max == 0 and view.reference_values() == []


def test_settings_reject_bad_values():
    with pytest.raises(ValueError, match="top_n"):
        FlowSettings(top_n=0)
    settings = FlowSettings()
    with pytest.raises(ValueError, match="top_n"):
        settings.top_n = 0
    with pytest.raises(ValueError, match="min_volume"):
        settings.min_volume = -1
    with pytest.raises(ValueError, match="focus"):
        settings.focus = "sideways"
    assert settings.top_n == DEFAULT_TOP_N and settings.min_volume == 0
    settings.width_scale = "linear"
    assert settings.width_scale is WidthScale.LINEAR


def test_settings_emit_an_event_when_a_field_changes():
    settings = FlowSettings()
    fields: list[int] = []
    any_change: list[str] = []
    settings.events.top_n.connect(fields.append)
    settings.events.connect(lambda info: any_change.append(info.signal.name))
    settings.top_n = 10
    settings.top_n = 10  # no change, no event
    settings.show_suppressed = True
    assert fields == [10]
    assert any_change == ["top_n", "show_suppressed"]


def test_flow_indicator_follows_the_map_unless_chosen(dataset):
    settings = FlowSettings()
    assert resolve_flow_indicator(dataset, settings, S) == S
    assert resolve_flow_indicator(dataset, settings, "Convicted") == V  # no flows: first
    settings.indicator = S
    assert resolve_flow_indicator(dataset, settings, V) == S
    settings.indicator = "gone"
    assert resolve_flow_indicator(dataset, settings, V) == V
    assert resolve_flow_indicator(Dataset("empty"), settings, V) is None


def test_demo_views_are_readable_and_fast():
    countries_module = pytest.importorskip("explorer.core.geo.countries")
    try:
        countries = countries_module.load_countries()
    except (FileNotFoundError, OSError) as error:
        pytest.skip(f"bundled geodata missing: {error}")
    from explorer.core.demo.generate import VICTIMS, generate_demo

    demo = generate_demo(countries)
    region_of = dict(zip(countries["iso3"], countries["region"], strict=True))
    settings = FlowSettings(show_suppressed=True)
    years = demo.years(VICTIMS)
    build_flow_view(demo, region_of, VICTIMS, years[0], settings)  # first call builds caches
    for year in years:
        view = build_flow_view(demo, region_of, VICTIMS, year, settings, "DEU")
        exact = view.drawn[~view.drawn["suppressed"]]
        assert len(exact) == settings.top_n
        assert set(view.drawn["origin"]) <= set(region_of)
        assert not (view.drawn["origin"] == view.drawn["destination"]).any()
        assert view.drawn["width"].dropna().between(0, 1).all()
        smallest = exact["value"].min()
        others = view.domestic[view.domestic["iso3"] != "DEU"]
        assert len(others) >= 5 and (others["value"] >= smallest).all()
        assert len(view.unplaced) > 50
