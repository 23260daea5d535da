"""A year change with a country selected builds each of the panel's flow tables once.

Why: the country panel follows every step of the year slider; building a table
twice doubles what the user waits for, and no test of what is shown would notice.
"""

from __future__ import annotations

from explorer.core.data.dataset import Dataset
from explorer.ui.panel import flows as panel_flows

VICTIMS = "Detected trafficking victims"


def test_a_year_change_builds_each_flow_table_once(window, monkeypatch):
    window.state.selected = "NGA"
    years = window.dataset.years(VICTIMS)
    window.state.year = years[-1]
    built: list[tuple[str, int, str]] = []
    asked: list[tuple[str, str, int]] = []
    real_table = panel_flows.flow_table

    def counted_table(dataset, names, iso3, year, indicator, direction, lang=None):
        built.append((iso3, int(year), direction))
        return real_table(dataset, names, iso3, year, indicator, direction, lang)

    monkeypatch.setattr(panel_flows, "flow_table", counted_table)
    for name in ("top_origins", "top_destinations"):
        real = getattr(Dataset, name)

        def counted(self, iso3, year, indicator, n=5, _name=name, _real=real):
            asked.append((_name, iso3, int(year)))
            return _real(self, iso3, year, indicator, n)

        monkeypatch.setattr(Dataset, name, counted)

    window.state.year = years[-2]

    year = years[-2]
    assert sorted(built) == [("NGA", year, "destinations"), ("NGA", year, "origins")]
    mine = [a for a in asked if a[1] == "NGA"]
    assert sorted(mine) == [("top_destinations", "NGA", year), ("top_origins", "NGA", year)]
    assert str(year) in window.detail_panel.flows.text()  # the tables did follow the year
