"""User aliases applied to an imported dataset: the map changes without the source file."""

from __future__ import annotations

import pytest

from explorer.core.names.keys import normalise
from explorer.io.importing.report import ImportReport
from explorer.io.workspace.aliases import reapply_aliases
from tests.io.test_glotip import VICTIMS, read, row, write_csv

ROWS = [
    row(dim="by citizenship", cat="Romania", value="10"),
    row(dim="by citizenship", cat="Atlantis", value="7"),  # unresolved
    row(dim="by citizenship", cat="Erithera", value="<5"),  # unresolved
    row(dim="by citizenship", cat="Bulgaria", value="12"),
    row(dim="by citizenship", cat="Lemuria", value="6", year="2019"),  # unresolved
    row(iso3="ITA", dim="by country of repatriation", cat="Atlantis", value="2"),
]


@pytest.fixture
def imported(tmp_path):
    return read(write_csv(tmp_path / "g.csv", ROWS))


def _flow(dataset, origin, destination="DEU", year=2020, indicator=VICTIMS):
    flows = dataset.flows
    hit = flows[
        (flows["origin"] == origin)
        & (flows["destination"] == destination)
        & (flows["year"] == year)
        & (flows["indicator"] == indicator)
    ]
    assert len(hit) <= 1
    return None if hit.empty else hit.iloc[0]


def test_unknown_flows_are_sums_of_kept_parts(imported):
    dataset, report = imported
    unknown = _flow(dataset, "UNKNOWN")
    assert (unknown["lower"], unknown["upper"]) == (8, 11)  # 7 + <5
    assert sorted(report.unknown_parts["origin_label"]) == [
        "Atlantis",
        "Atlantis",
        "Erithera",
        "Lemuria",
    ]


def test_an_alias_moves_a_label_out_of_unknown(imported):
    dataset, report = imported
    aliases = {normalise("Atlantis"): "ROU"}
    new, new_report, moved = reapply_aliases(dataset, report, aliases)
    assert moved == ["Atlantis"]
    romania = _flow(new, "ROU")
    assert romania["value"] == 17  # 10 from Romania + 7 from Atlantis, summed
    unknown = _flow(new, "UNKNOWN")
    assert (unknown["lower"], unknown["upper"]) == (1, 4)  # only Erithera's <5 is left
    assert _flow(new, "UNKNOWN", year=2019)["value"] == 6  # Lemuria untouched
    repat = _flow(new, "ITA", "ROU", indicator=f"{VICTIMS} by country of repatriation")
    assert repat["value"] == 2  # the repatriation's unknown end was the destination
    assert "Atlantis" not in new_report.unresolved and "Erithera" in new_report.unresolved
    # 36 victims (<5 as 1); 7 + 1 + 6 were unresolved, 1 + 6 still are.
    assert report.resolved_share == pytest.approx(22 / 36)
    assert new_report.resolved_share == pytest.approx(29 / 36)
    assert new.flows["value"].fillna(new.flows["lower"]).sum() == pytest.approx(
        dataset.flows["value"].fillna(dataset.flows["lower"]).sum()
    )  # no victim lost or counted twice


def test_applying_again_after_a_round_trip_of_the_report_changes_nothing_more(imported):
    dataset, report = imported
    aliases = {normalise("Erithera"): "ERI"}
    new, new_report, moved = reapply_aliases(dataset, report, aliases)
    assert moved == ["Erithera"] and _flow(new, "ERI")["lower"] == 1
    again = ImportReport.from_json(new_report.to_json(), new_report.unknown_parts)
    same, _, moved_again = reapply_aliases(new, again, aliases)
    assert moved_again == [] and same is new


def test_an_alias_to_unknown_or_of_another_label_moves_nothing(imported):
    dataset, report = imported
    for aliases in ({normalise("Atlantis"): "UNKNOWN"}, {normalise("Narnia"): "ROU"}, {}):
        new, _, moved = reapply_aliases(dataset, report, aliases)
        assert moved == [] and new is dataset
