"""The country detail panel's numbers, on a small dataset whose answers are known by hand."""

from __future__ import annotations

import math

import pandas as pd
import pytest

from explorer.core.data.breakdown import ADULTS, CHILDREN, FORM_DIMENSION, Breakdown
from explorer.core.data.dataset import Dataset
from explorer.core.data.figures import AT_LEAST, Figure
from explorer.core.data.schema import SUPPRESSED, UNKNOWN
from explorer.core.indicators.country_flow_table import flow_table
from explorer.core.indicators.country_key_figures import key_figures
from explorer.core.indicators.country_profile import empty_message
from explorer.core.indicators.country_victim_profile import victim_profile

NAN = float("nan")
T = "Total"
V = "Detected trafficking victims"
C = "Persons convicted"
S = "Smuggled migrants detected"
SEX, LAB, OTHER = "Sexual exploitation", "Forced labour", "Other forms of exploitation"
LESS = dict(value=NAN, lower=1.0, upper=4.0, flag=SUPPRESSED)  # a GLOTIP "<5"


def _obs(iso3, year, value=NAN, dimension=T, category=T, sex=T, age=T, indicator=V, **cell):
    cell = {"value": value, "lower": NAN, "upper": NAN, "flag": "", **cell}
    return dict(
        iso3=iso3, year=year, indicator=indicator, dimension=dimension,
        category=category, sex=sex, age=age, **cell,
    )  # fmt: skip


def _flow(origin, destination, value=NAN, label="", year=2020, **cell):
    cell = {"value": value, "lower": NAN, "upper": NAN, "flag": "", **cell}
    return dict(
        origin=origin, destination=destination, year=year, indicator=V,
        origin_label=label or origin, **cell,
    )  # fmt: skip


COUNTRIES = pd.DataFrame(
    {
        "iso3": ["AAA", "BBB", "CCC", "DDD", "EEE", "FFF", "TUV"],
        "name": ["Alpha", "Beta", "Gamma", "Delta", "Epsilon", "Phi", "Tuvalu"],
        "region": ["Europe", "Europe", "Europe", "Africa", "Africa", "Asia", "Oceania"],
        "subregion": ["W", "W", "E", "N", "N", "S", "P"],
    }
)
NAMES = dict(zip(COUNTRIES["iso3"], COUNTRIES["name"], strict=True))


@pytest.fixture(scope="module")
def dataset() -> Dataset:
    observations = pd.DataFrame(
        [
            _obs("AAA", 2018, 100),  # 2019 missing: 2020 compares with 2018
            _obs("AAA", 2020, 80),
            _obs("AAA", 2021, 120),
            _obs("AAA", 2020, 50, sex="Female"),
            _obs("AAA", 2020, 30, sex="Male"),
            _obs("AAA", 2020, 20, age=CHILDREN),
            _obs("AAA", 2020, 55, age=ADULTS),
            _obs("AAA", 2020, age="Unknown", **LESS),
            _obs("AAA", 2020, 10, sex="Female", age=CHILDREN),  # not a bar of the profile
            _obs("AAA", 2020, 40, FORM_DIMENSION, SEX),
            _obs("AAA", 2020, 30, FORM_DIMENSION, LAB),
            _obs("AAA", 2020, dimension=FORM_DIMENSION, category=OTHER, **LESS),
            _obs("AAA", 2020, 7, FORM_DIMENSION, SEX, sex="Female", age=CHILDREN),  # not a bar
            _obs("BBB", 2018, **LESS),
            _obs("BBB", 2020, 50),
            _obs("BBB", 2020, age=CHILDREN, **LESS),
            _obs("BBB", 2020, 48, age=ADULTS),
            _obs("CCC", 2018, 0),
            _obs("CCC", 2020, 30),
            _obs("CCC", 2021, **LESS),
            _obs("DDD", 2020, **LESS),
            _obs("EEE", 2020, 200),
            _obs("EEE", 2021, 30, sex="Female"),  # parts without a Total figure
            _obs("EEE", 2021, 10, sex="Male"),
            _obs("FFF", 2020, 80),  # ties with AAA
            _obs("FFF", 2020, 75, sex="Female"),
            _obs("FFF", 2020, 5, sex="Unknown"),
            _obs("AAA", 2020, 9, indicator=S),
        ]
    )
    flows = pd.DataFrame(
        [
            _flow("AAA", "AAA", 40, "Nationals"),
            _flow("BBB", "AAA", 20, "Beta"),
            _flow(UNKNOWN, "AAA", 10, "Not known"),
            _flow("REGION:Africa", "AAA", 10, "Other Africa"),
            _flow("CCC", "AAA", label="Gamma", **LESS),
            _flow("AAA", "BBB", 10, "Alpha"),
            _flow("DDD", "EEE", label="Delta", **LESS),
        ]
    )
    return Dataset("Hand-made", observations=observations, flows=flows)


def test_figure_text_and_number() -> None:
    assert (Figure(1234.0).text, Figure(1234.0).number) == ("1,234", 1234.0)
    suppressed = Figure(NAN, 1.0, 4.0, SUPPRESSED)
    assert (suppressed.text, suppressed.number, suppressed.has_data) == ("<5", None, True)
    assert (Figure().text, Figure().number, Figure().has_data) == ("no data", None, False)
    at_least = Figure(81.0, 81.0, 84.0, AT_LEAST)
    assert (at_least.text, at_least.number) == ("at least 81", None)


def test_change_against_the_previous_available_year(dataset: Dataset) -> None:
    k = key_figures(dataset, COUNTRIES, "AAA", V, 2020)
    assert k.figure.text == "80"
    assert (k.previous_year, k.change, k.change_pct) == (2018, -20, -20.0)  # 2019 skipped
    assert k.lines()[:2] == [
        "Detected trafficking victims, 2020: 80",
        "Change since 2018: \u221220 (\u221220.0%)",  # a true minus, as the place panel
    ]
    later = key_figures(dataset, COUNTRIES, "AAA", V, 2021)
    assert (later.previous_year, later.change, later.change_pct) == (2020, 40, 50.0)
    assert later.lines()[1] == "Change since 2020: +40 (+50.0%)"


def test_previous_zero_gives_a_change_but_no_percentage(dataset: Dataset) -> None:
    k = key_figures(dataset, COUNTRIES, "CCC", V, 2020)
    assert (k.change, k.change_pct) == (30, None)
    assert k.lines()[1] == "Change since 2018: +30 (no percentage: the earlier figure was 0)"


def test_suppressed_previous_year_gives_no_change_and_says_why(dataset: Dataset) -> None:
    k = key_figures(dataset, COUNTRIES, "BBB", V, 2020)
    assert (k.previous_year, k.change, k.change_pct) == (2018, None, None)
    assert k.previous.text == "<5"
    assert k.lines()[1] == "Change since 2018: not computable (a <5 figure)"
    now_small = key_figures(dataset, COUNTRIES, "CCC", V, 2021)
    assert (now_small.previous_year, now_small.change) == (2020, None)
    assert now_small.lines()[1] == "Change since 2020: not computable (a <5 figure)"


def test_rank_and_region_median_use_exact_figures_only(dataset: Dataset) -> None:
    # 2020 exact figures: EEE 200, AAA 80, FFF 80, BBB 50, CCC 30; DDD is <5.
    a = key_figures(dataset, COUNTRIES, "AAA", V, 2020)
    f = key_figures(dataset, COUNTRIES, "FFF", V, 2020)
    b = key_figures(dataset, COUNTRIES, "BBB", V, 2020)
    assert (a.rank, f.rank, b.rank, a.ranked) == (2, 2, 4, 5)  # ties share a rank
    assert (a.region, a.region_median, a.region_count, a.position) == ("Europe", 50.0, 3, "above")
    assert b.position == "at"
    assert a.lines()[2:] == ["Rank 2 of 5 countries", "Europe median: 50 (3 countries): above"]

    d = key_figures(dataset, COUNTRIES, "DDD", V, 2020)
    assert (d.rank, d.ranked) == (None, 5)
    assert (d.region_median, d.region_count) == (200.0, 1)  # the <5 is not in the median
    assert d.lines() == [
        "Detected trafficking victims, 2020: <5",
        "Change: no earlier year with a figure",
        "Not ranked: a <5 figure for 2020 (only exact figures are ranked; 5 countries ranked)",
        "Africa median: 200 (1 country): below (a <5 figure)",  # at most 4 < 200
    ]


def test_key_figures_for_a_breakdown(dataset: Dataset) -> None:
    k = key_figures(dataset, COUNTRIES, "AAA", V, 2020, Breakdown(sex="Female"))
    assert k.lines()[0] == "Detected trafficking victims, Female, 2020: 50"
    assert (k.rank, k.ranked, k.previous_year) == (2, 2, None)


def test_country_without_figures_never_raises(dataset: Dataset) -> None:
    k = key_figures(dataset, COUNTRIES, "TUV", V, 2020)
    assert k.lines() == [
        "Detected trafficking victims, 2020: no data",
        "Change: no earlier year with a figure",
        "Not ranked: no figure for 2020 (only exact figures are ranked; 5 countries ranked)",
        "Oceania median: not computable (no exact 2020 figures)",
    ]
    assert key_figures(dataset, COUNTRIES, "ZZZ", V, 2020).lines()[3] == (
        "Region unknown: no regional comparison"
    )
    profile = victim_profile(dataset, "TUV", 2020)
    assert profile.empty and profile.children_text == "No figures by age for 2020"
    table = flow_table(dataset, NAMES, "TUV", 2020, V, "origins")
    assert (table.rows, table.total.text, table.domestic_share) == ((), "no data", None)


def test_victim_profile_shares_and_children(dataset: Dataset) -> None:
    p = victim_profile(dataset, "AAA", 2020, V)
    assert [(b.label, b.figure.text, b.share) for b in p.by_sex] == [
        ("Female", "50", 50 / 80),
        ("Male", "30", 30 / 80),
    ]
    assert [(b.label, b.figure.text) for b in p.by_age] == [
        ("Children (0-17)", "20"),
        ("Adults (18+)", "55"),
        ("Age unknown", "<5"),
    ]
    assert [b.label for b in p.by_form] == [SEX, LAB, OTHER]
    assert [b.share for b in p.by_form] == [0.5, 30 / 80, None]  # the <5 has no share
    assert p.by_form[2].figure.text == "<5"
    assert p.children_share == pytest.approx(20 / 75)  # children / (children + adults)
    assert p.children_text == "Children: 27% of detected victims of known age (20 of 75)"
    assert not p.empty


def test_suppressed_children_are_shown_and_not_counted(dataset: Dataset) -> None:
    p = victim_profile(dataset, "BBB", 2020)
    assert p.by_sex == () and p.by_form == ()
    assert [b.figure.text for b in p.by_age] == ["<5", "48"]
    assert p.by_age[0].share is None and p.by_age[1].share == 48 / 50
    assert p.children_share is None
    assert p.children_text == "Children: <5 (no share computed from a <5 figure)"


def test_profile_without_total_uses_the_exact_parts_and_lists_other_sexes(
    dataset: Dataset,
) -> None:
    e = victim_profile(dataset, "EEE", 2021)
    assert [b.share for b in e.by_sex] == [0.75, 0.25]
    assert victim_profile(dataset, "EEE", 2021).children_text == "No figures by age for 2021"
    f = victim_profile(dataset, "FFF", 2020)
    assert [(b.label, b.figure.text) for b in f.by_sex] == [
        ("Female", "75"),
        ("Male", "no data"),
        ("Sex unknown", "5"),
    ]


def test_origins_names_shares_and_at_least_total(dataset: Dataset) -> None:
    t = flow_table(dataset, NAMES, "AAA", 2020, V, "origins")
    assert [(r.code, r.name, r.figure.text) for r in t.rows] == [
        ("AAA", "Own nationals (domestic)", "40"),
        ("BBB", "Beta", "20"),
        ("REGION:Africa", "Africa (region, country not specified)", "10"),
        (UNKNOWN, "Unknown origin", "10"),
        ("CCC", "Gamma", "<5"),
    ]
    assert [r.share for r in t.rows] == [0.5, 0.25, 0.125, 0.125, None]
    assert (t.domestic_share, t.unknown_share) == (0.5, 0.125)
    assert (t.total.text, t.total.flag, t.total.value, t.total.number) == (
        "at least 81",
        AT_LEAST,
        81.0,
        None,
    )
    assert "80 victims counted exactly" in t.share_note and "1 row" in t.share_note


def test_destinations_with_an_exact_total(dataset: Dataset) -> None:
    t = flow_table(dataset, NAMES, "AAA", 2020, V, "destinations")
    assert [(r.name, r.share) for r in t.rows] == [
        ("Own nationals (domestic)", 0.8),
        ("Beta", 0.2),
    ]
    assert (t.total.text, t.total.number, t.share_note) == ("50", 50.0, "")
    assert (t.domestic_share, t.unknown_share) == (0.8, None)  # no UNKNOWN row: not claimed 0
    only_small = flow_table(dataset, NAMES, "DDD", 2020, V, "destinations")
    assert only_small.total.text == "at least 1"
    assert only_small.rows[0].share is None
    assert only_small.share_note == "No shares: no row has an exact figure"


def test_empty_message_words_the_indicator(dataset: Dataset) -> None:
    assert empty_message(dataset, "TUV", "Tuvalu", V) == (
        "No detected-victim figures for Tuvalu in this dataset"
    )
    assert empty_message(dataset, "TUV", "Tuvalu", C) == (
        "No persons-convicted figures for Tuvalu in this dataset"
    )
    assert empty_message(dataset, "BBB", "Beta", S) == (
        "No smuggled-migrant figures for Beta in this dataset"
    )
    assert empty_message(dataset, "TUV", "", "Persons prosecuted") == (
        'No "Persons prosecuted" figures for TUV in this dataset'
    )
    assert empty_message(dataset, "AAA", "Alpha", V) is None
    assert empty_message(dataset, "DDD", "Delta", V) is None  # a <5 is a figure


def test_demo_data_every_country_gets_key_figures() -> None:
    countries_module = pytest.importorskip("explorer.core.geo.countries")
    try:
        countries = countries_module.load_countries()
    except (FileNotFoundError, OSError) as error:
        pytest.skip(f"bundled geodata missing: {error}")
    from explorer.core.demo.generate import VICTIMS, generate_demo

    demo = generate_demo(countries)
    names = dict(zip(countries["iso3"], countries["name"], strict=True))
    reporting = demo.values(VICTIMS, 2020)
    assert len(reporting) > 100
    for iso3 in reporting.index:
        lines = key_figures(demo, countries, iso3, VICTIMS, 2020).lines()
        assert len(lines) == 4 and all(isinstance(line, str) and line for line in lines)
        victim_profile(demo, iso3, 2020)
        for direction in ("origins", "destinations"):
            table = flow_table(demo, names, iso3, 2020, VICTIMS, direction)
            shares = [r.share for r in table.rows if r.share is not None]
            assert all(0 <= s <= 1 for s in shares)
            assert not shares or math.isclose(sum(shares), 1.0)
        assert empty_message(demo, iso3, names.get(iso3, iso3), VICTIMS) is None
    largest = reporting["value"].dropna().sort_values(ascending=False).index
    profiles = [victim_profile(demo, iso3, 2020) for iso3 in largest[:10]]
    shares = [p.children_share for p in profiles if p.children_share is not None]
    assert shares and all(0 < s < 1 for s in shares)
