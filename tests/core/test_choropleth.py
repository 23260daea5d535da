"""Fills and legend: fixed classes across years, suppressed and missing kept apart."""

from __future__ import annotations

import numpy as np
import pandas as pd

from explorer.core.data.breakdown import Breakdown
from explorer.core.data.dataset import Dataset
from explorer.core.view.choropleth import CLASS, NO_DATA, SUPPRESSED_KIND, ChoroplethBuilder
from explorer.core.view.palettes import NO_DATA_COLOUR, SUPPRESSED_COLOUR, sequential

IND = "Detected trafficking victims"


def _dataset() -> Dataset:
    rows = []
    for year, values in {
        2019: [10, 20, 30, 40, 50, 60],
        2020: [100, 200, 300, 400, 500, 600],
    }.items():
        for i, value in enumerate(values):
            rows.append(
                {"iso3": f"C{i:02d}", "year": year, "indicator": IND, "value": float(value)}
            )
    rows.append(
        {
            "iso3": "SUP",
            "year": 2020,
            "indicator": IND,
            "value": np.nan,
            "lower": 1.0,
            "upper": 4.0,
            "flag": "suppressed",
        }
    )
    rows.append({"iso3": "FEM", "year": 2020, "indicator": IND, "sex": "Female", "value": 7.0})
    frame = pd.DataFrame(rows)
    frame["dataset"] = "t"
    return Dataset("t", observations=frame)


def test_classes_are_shared_by_all_years_so_colours_compare():
    builder = ChoroplethBuilder(_dataset(), k=4)
    early, late = builder.build(IND, 2019), builder.build(IND, 2020)
    assert early.classification == late.classification
    assert early.fill("C00").class_index == 0
    assert late.fill("C05").class_index == late.classification.k - 1
    assert late.fill("C05").colour == sequential("YlOrRd", late.classification.k)[-1]


def test_suppressed_and_missing_countries_have_their_own_fills():
    choropleth = ChoroplethBuilder(_dataset()).build(IND, 2020)
    assert choropleth.fill("SUP").kind == SUPPRESSED_KIND
    assert choropleth.fill("SUP").colour == SUPPRESSED_COLOUR
    assert choropleth.fill("ZZZ").kind == NO_DATA
    assert choropleth.fill("ZZZ").colour == NO_DATA_COLOUR
    assert choropleth.fill("C01").kind == CLASS
    kinds = [entry.kind for entry in choropleth.legend]
    assert kinds[-2:] == [SUPPRESSED_KIND, NO_DATA]
    assert choropleth.legend[-2].label == "Suppressed (<5)"


def test_title_names_indicator_breakdown_and_year():
    builder = ChoroplethBuilder(_dataset())
    assert builder.build(IND, 2020).title == f"{IND}, 2020"
    female = builder.build(IND, 2020, Breakdown(sex="Female"))
    assert female.title == f"{IND}: Female, 2020"
    assert female.fill("FEM").kind == CLASS
    assert female.fill("C01").kind == NO_DATA
    assert female.classes_note == "Quantile classes over 2019-2020"


def test_legend_has_a_suppressed_swatch_only_where_a_suppressed_figure_exists():
    builder = ChoroplethBuilder(_dataset())
    assert "Suppressed (<5)" in [e.label for e in builder.build(IND, 2019).legend]  # 2020 has one
    female = builder.build(IND, 2020, Breakdown(sex="Female"))
    assert "Suppressed (<5)" not in [e.label for e in female.legend]
    assert female.legend[-1].label == "No data"


def test_the_suppressed_swatch_names_the_datasets_own_threshold():
    import pandas as pd

    from explorer.core.data.dataset import Dataset
    from explorer.core.view.choropleth import ChoroplethBuilder

    def rows(upper: float) -> pd.DataFrame:
        return pd.DataFrame(
            {
                "iso3": ["DEU", "ITA"],
                "year": [2020, 2020],
                "indicator": ["Victims", "Victims"],
                "value": [25.0, None],
                "lower": [None, 1.0],
                "upper": [None, upper],
                "flag": ["", "suppressed"],
            }
        )

    for upper, label in ((4.0, "Suppressed (<5)"), (9.0, "Suppressed (<10)")):
        legend = ChoroplethBuilder(Dataset("d", observations=rows(upper))).build("Victims", 2020)
        assert label in [entry.label for entry in legend.legend]
