"""The built-in demo fills the map plausibly, says it is synthetic, and never changes."""

from __future__ import annotations

import importlib.util

import pandas as pd
import pytest

from explorer.core.data.breakdown import ADULTS, CHILDREN, FORM_DIMENSION, FORMS, Breakdown
from explorer.core.data.dataset import Dataset
from explorer.core.data.schema import ACTIVITY_KINDS, REGION_PREFIX, SUPPRESSED, UNKNOWN
from explorer.core.demo.generate import (
    CONVICTED,
    DEMO_NAME,
    SMUGGLED,
    VICTIMS,
    bundled_populations,
    generate_demo,
)

COUNTRIES = pd.DataFrame(
    [
        ("ATA", "Antarctica", "Antarctica", "Antarctica"),
        ("BRA", "Brazil", "Americas", "Latin America and the Caribbean"),
        ("MEX", "Mexico", "Americas", "Latin America and the Caribbean"),
        ("USA", "United States of America", "Americas", "Northern America"),
        ("CAN", "Canada", "Americas", "Northern America"),
        ("DEU", "Germany", "Europe", "Western Europe"),
        ("FRA", "France", "Europe", "Western Europe"),
        ("ESP", "Spain", "Europe", "Southern Europe"),
        ("ROU", "Romania", "Europe", "Eastern Europe"),
        ("NGA", "Nigeria", "Africa", "Sub-Saharan Africa"),
        ("KEN", "Kenya", "Africa", "Sub-Saharan Africa"),
        ("MAR", "Morocco", "Africa", "Northern Africa"),
        ("SAU", "Saudi Arabia", "Asia", "Western Asia"),
        ("ARE", "United Arab Emirates", "Asia", "Western Asia"),
        ("IND", "India", "Asia", "Southern Asia"),
        ("PHL", "Philippines", "Asia", "South-eastern Asia"),
        ("THA", "Thailand", "Asia", "South-eastern Asia"),
        ("CHN", "China", "Asia", "Eastern Asia"),
        ("AUS", "Australia", "Oceania", "Australia and New Zealand"),
        ("TUV", "Tuvalu", "Oceania", "Polynesia"),
        ("XKX", "Kosovo", "Europe", "Southern Europe"),
    ],
    columns=["iso3", "name", "region", "subregion"],
)
INHABITED = set(COUNTRIES["iso3"]) - {"ATA"}


@pytest.fixture(scope="module")
def demo() -> Dataset:
    return generate_demo(COUNTRIES)


def _pivot(demo: Dataset, breakdowns: dict[str, Breakdown]) -> pd.DataFrame:
    """Exact values of several breakdowns side by side, per (iso3, year)."""
    frames = {}
    for name, breakdown in breakdowns.items():
        frames[name] = pd.concat(
            {y: demo.values(VICTIMS, y, breakdown) for y in demo.years(VICTIMS)}
        )["value"]
    return pd.DataFrame(frames).dropna()


def test_same_seed_gives_identical_frames(demo: Dataset) -> None:
    again = generate_demo(COUNTRIES.iloc[::-1])  # input order does not matter either
    for table in ("observations", "flows", "activities"):
        pd.testing.assert_frame_equal(getattr(demo, table), getattr(again, table))


def test_another_seed_gives_other_figures(demo: Dataset) -> None:
    other = generate_demo(COUNTRIES, seed=7)
    assert not demo.observations.equals(other.observations)
    assert not demo.flows.equals(other.flows)


def test_covers_nearly_every_country_but_not_antarctica(demo: Dataset) -> None:
    covered = demo.countries_with_data(VICTIMS)
    assert "ATA" not in covered
    assert {"TUV", "XKX"} <= covered  # small states and user-assigned codes stay in
    assert len(covered & INHABITED) >= 0.9 * len(COUNTRIES)


def test_years_2015_to_2022_with_gaps(demo: Dataset) -> None:
    assert demo.years(VICTIMS) == list(range(2015, 2023))
    per_year = [len(demo.values(VICTIMS, y)) for y in demo.years(VICTIMS)]
    assert max(per_year) <= len(INHABITED)
    cells = demo.observations.query(
        "indicator == @VICTIMS and sex == 'Total' and age == 'Total' and dimension == 'Total'"
    )
    assert len(cells) < len(INHABITED) * 8  # some countries miss some years


def test_indicators_and_breakdowns(demo: Dataset) -> None:
    assert demo.indicators() == [VICTIMS, CONVICTED, SMUGGLED]
    assert demo.flow_indicators() == [VICTIMS, SMUGGLED]
    assert [b.label for b in demo.breakdowns(VICTIMS)] == [
        "Total",
        "Female",
        "Male",
        "Children (0-17)",
        "Adults (18+)",
        "Girls",
        "Boys",
        "Women",
        "Men",
        *FORMS,
    ]
    assert [b.label for b in demo.breakdowns(CONVICTED)] == ["Total", "Female", "Male"]
    assert demo.breakdowns(SMUGGLED) == [Breakdown.TOTAL]


def test_small_cells_are_suppressed_with_bounds(demo: Dataset) -> None:
    for table in (demo.observations, demo.flows):
        suppressed = table[table["flag"] == SUPPRESSED]
        assert len(suppressed) > 0
        assert suppressed["value"].isna().all()
        assert (suppressed["lower"] == 1).all() and (suppressed["upper"] == 4).all()
        exact = table[table["flag"] != SUPPRESSED]
        assert not exact["value"].between(1, 4).any()


def test_some_country_totals_are_suppressed_every_year(demo: Dataset) -> None:
    for year in demo.years(VICTIMS):
        assert (demo.values(VICTIMS, year)["flag"] == SUPPRESSED).any(), year


def _mean_victims(demo: Dataset, iso3: str) -> float:
    """Mean yearly total over the years reported, a ``<5`` counted as 4 (its upper bound)."""
    totals = pd.concat([demo.values(VICTIMS, y) for y in demo.years(VICTIMS)])
    rows = totals.loc[[iso3]]
    return float(rows["value"].fillna(rows["upper"]).mean())


def test_population_column_sets_the_scale() -> None:
    # Swap the sizes: Tuvalu as large as India, the United States as small as Nauru.
    swapped = COUNTRIES.assign(population=COUNTRIES["iso3"].map({"TUV": 1.3e9, "USA": 1e4}))
    demo = generate_demo(swapped)
    assert _mean_victims(demo, "TUV") > 20 * _mean_victims(demo, "USA")
    # Codes the bundled table lacks get the median size instead of failing.
    extra = pd.DataFrame([("XYZ", "Nowhere", "Asia", "Western Asia")], columns=COUNTRIES.columns)
    assert "XYZ" in generate_demo(pd.concat([COUNTRIES, extra])).countries_with_data(VICTIMS)


def test_parts_add_up_to_totals(demo: Dataset) -> None:
    sexes = _pivot(
        demo, {"total": Breakdown.TOTAL, "f": Breakdown(sex="Female"), "m": Breakdown(sex="Male")}
    )
    assert len(sexes) > 0
    assert (sexes["f"] + sexes["m"] == sexes["total"]).all()
    ages = _pivot(
        demo, {"total": Breakdown.TOTAL, "c": Breakdown(age=CHILDREN), "a": Breakdown(age=ADULTS)}
    )
    assert (ages["c"] + ages["a"] == ages["total"]).all()
    forms = _pivot(
        demo, {"total": Breakdown.TOTAL, **{f: Breakdown(FORM_DIMENSION, f) for f in FORMS}}
    )
    assert (forms[list(FORMS)].sum(axis=1) == forms["total"]).all()


def test_totals_spread_over_orders_of_magnitude(demo: Dataset) -> None:
    values = demo.values(VICTIMS, 2019)["value"].dropna()
    assert values.max() > 20 * values[values > 0].min()


def test_trafficking_flows_domestic_cross_region_unknown(demo: Dataset) -> None:
    flows = demo.flows[demo.flows["indicator"] == VICTIMS]
    domestic = flows[flows["origin"] == flows["destination"]]
    assert len(domestic) > 0 and (domestic["origin_label"] == "Nationals").all()
    region = dict(zip(COUNTRIES["iso3"], COUNTRIES["region"], strict=True))
    countries = flows[flows["origin"].isin(region) & (flows["origin"] != flows["destination"])]
    assert (countries["origin"].map(region) != countries["destination"].map(region)).any()
    assert (flows["origin"] == UNKNOWN).any()
    assert flows["origin"].str.startswith(REGION_PREFIX).any()
    assert (flows["flag"] == SUPPRESSED).any()


def test_flow_volume_matches_destination_total(demo: Dataset) -> None:
    flows = demo.flows[(demo.flows["indicator"] == VICTIMS) & (demo.flows["flag"] == "")]
    inflow = flows.groupby(["destination", "year"])["value"].sum()
    for (iso3, year), exact_in in inflow.items():
        total = demo.values(VICTIMS, int(year)).loc[iso3]
        assert pd.isna(total["value"]) or exact_in <= total["value"]


def test_smuggling_routes(demo: Dataset) -> None:
    flows = demo.flows[demo.flows["indicator"] == SMUGGLED]
    assert len(flows) > 0
    assert (flows["origin"] != flows["destination"]).all()  # smuggling crosses a border
    assert set(flows["destination"]) <= demo.countries_with_data(SMUGGLED)


def test_about_three_hundred_activities(demo: Dataset) -> None:
    activities = demo.activities
    assert 250 <= activities["reference"].nunique() <= 350
    assert set(activities["kind"]) <= set(ACTIVITY_KINDS)
    assert set(activities["status"]) == {"planned", "ongoing", "completed"}
    assert activities["reference"].str.match(r"^DEMO-\d{4}-\d{4}$").all()
    assert (activities["start"] >= "2014-01-01").all() and (activities["end"] <= "2026-12-31").all()
    assert (activities["start"] <= activities["end"]).all()
    assert activities.groupby("reference")["iso3"].nunique().max() > 1  # multi-country
    themes = activities["themes"].str.split("; ")
    assert themes.map(len).between(1, 3).all()
    assert "ATA" not in set(activities["iso3"])


def test_status_agrees_with_dates(demo: Dataset) -> None:
    a = demo.activities
    as_of = pd.Timestamp("2025-06-30")
    assert (a.loc[a["status"] == "planned", "start"] > as_of).all()
    assert (a.loc[a["status"] == "completed", "end"] < as_of).all()


def test_says_synthetic_everywhere(demo: Dataset) -> None:
    assert demo.name == DEMO_NAME == "Demo (synthetic)"
    assert demo.is_synthetic
    assert "SYNTHETIC" in demo.provenance.source_line()
    assert any("not official statistics" in c for c in demo.provenance.caveats)
    assert any("not a measure of prevalence" in c for c in demo.provenance.caveats)
    assert (demo.observations["dataset"] == DEMO_NAME).all()


@pytest.fixture(scope="module")
def bundled() -> tuple[pd.DataFrame, Dataset]:
    """The real country table and the demo over it (skipped without the geodata)."""
    if importlib.util.find_spec("explorer.core.geo.countries") is None:
        pytest.skip("explorer.core.geo.countries not built yet")
    countries_module = pytest.importorskip("explorer.core.geo.countries")
    try:
        countries = countries_module.load_countries()
    except (FileNotFoundError, OSError) as error:
        pytest.skip(f"bundled geodata missing: {error}")
    return countries, generate_demo(countries)


def test_demo_over_the_bundled_countries(bundled: tuple[pd.DataFrame, Dataset]) -> None:
    countries, demo = bundled
    inhabited = set(countries["iso3"]) - {"ATA"}
    assert len(demo.countries_with_data(VICTIMS)) >= 0.9 * len(inhabited)
    assert "ATA" not in demo.countries_with_data(VICTIMS)
    assert 250 <= demo.activities["reference"].nunique() <= 350
    for year in demo.years(VICTIMS):
        assert (demo.values(VICTIMS, year)["flag"] == SUPPRESSED).any(), year


def test_bundled_population_covers_the_country_table(
    bundled: tuple[pd.DataFrame, Dataset],
) -> None:
    countries, _ = bundled
    population = bundled_populations()
    assert set(countries["iso3"]) <= set(population)
    assert population["ATA"] == 0 and population["XKX"] > 0  # gaps filled by hand
    assert population["IND"] > population["USA"] > population["DEU"] > population["NRU"] > 0
    assert all(len(f"{int(v)}".rstrip("0")) <= 3 for v in population.values())  # 3 sig. figures


def test_populous_countries_detect_and_send_more_than_small_islands(
    bundled: tuple[pd.DataFrame, Dataset],
) -> None:
    countries, demo = bundled
    present = set(countries["iso3"])
    large = [iso3 for iso3 in ("USA", "IND") if iso3 in present]
    small = [iso3 for iso3 in ("NRU", "MSR") if iso3 in present]
    if not large or not small:
        pytest.skip("the country table lacks the countries compared here")
    for big in large:
        for island in small:
            assert _mean_victims(demo, big) > _mean_victims(demo, island), (big, island)
    # Origins: territories under 100,000 people send a tiny part of cross-border victims.
    population = bundled_populations()
    flows = demo.flows[(demo.flows["indicator"] == VICTIMS) & (demo.flows["flag"] == "")]
    abroad = flows[flows["origin"].isin(population) & (flows["origin"] != flows["destination"])]
    tiny = abroad["origin"].map(population) < 100_000
    assert abroad.loc[tiny, "value"].sum() < 0.01 * abroad["value"].sum()
