"""Rows sharing one breakdown, rows without a label and labels meaning one origin (GLOTIP)."""

from __future__ import annotations

import math

from explorer.core.data.breakdown import FORM_DIMENSION, Breakdown
from explorer.core.data.schema import DOMESTIC, UNKNOWN
from explorer.io.importing.report import ImportReport
from explorer.io.readers.glotip.reader import read_glotip
from tests.io.test_glotip import VICTIMS, row, write_csv

FORM = "by form of exploitation"
OTHER = "Other forms of exploitation"
OTHER_FORMS = Breakdown(FORM_DIMENSION, OTHER)


def _read(tmp_path, rows, overrides=None):
    return read_glotip(write_csv(tmp_path / "g.csv", rows), overrides=overrides)


def _phl(total="2318", others=("231", "230", "289")):
    """The Philippines 2018 layout: a total, two forms, then 'Other forms' in three rows."""
    rows = [
        row(iso3="PHL", year="2018", value=total),
        row(iso3="PHL", year="2018", dim=FORM, cat="Forced labour", value="802"),
        row(iso3="PHL", year="2018", dim=FORM, cat="Sexual exploitation", value="680"),
    ]
    rows += [row(iso3="PHL", year="2018", dim=FORM, cat=OTHER, value=v) for v in others]
    return rows


def test_rows_that_stay_within_the_total_are_parts_and_are_summed(tmp_path):
    dataset, report = _read(tmp_path, _phl())
    other = dataset.values(VICTIMS, 2018, OTHER_FORMS).loc["PHL"]
    assert other["value"] == 231 + 230 + 289
    assert dataset.parts_of("PHL", VICTIMS, 2018, OTHER_FORMS) == 3
    (group,) = report.conflicts
    assert (group.rule, group.kept, group.rows) == ("parts", "750", [7, 8, 9])
    assert group.reason == "with the other parts they add up to 2,232, within the total 2,318"
    assert group.set_aside == 0
    assert "1 summed as parts of one figure, 0 taken as repeats" in report.summary()
    assert report.rows_imported == 6 and report.balanced


def test_rows_that_would_exceed_the_total_are_repeats_and_the_largest_is_kept(tmp_path):
    dataset, report = _read(tmp_path, _phl(total="1800"))
    assert dataset.values(VICTIMS, 2018, OTHER_FORMS).loc["PHL", "value"] == 289
    (group,) = report.conflicts
    assert group.rule == "repeats" and group.set_aside == 2
    assert "more than the total 1,800: the largest kept" in group.reason


def test_parts_with_a_suppressed_row_are_a_range_never_a_number(tmp_path):
    dataset, _ = _read(tmp_path, _phl(others=("231", "<5")))
    other = dataset.values(VICTIMS, 2018, OTHER_FORMS).loc["PHL"]
    assert math.isnan(other["value"]) and (other["lower"], other["upper"]) == (232, 235)


def test_without_a_total_nothing_is_summed(tmp_path):
    dataset, report = _read(tmp_path, _phl()[1:])
    assert dataset.values(VICTIMS, 2018, OTHER_FORMS).loc["PHL", "value"] == 289
    assert report.conflicts[0].reason.startswith("no total to check a sum against")


def test_the_users_rule_wins_at_the_next_import(tmp_path):
    _, report = _read(tmp_path, _phl())
    key = report.conflicts[0].choice_key
    dataset, report = _read(tmp_path, _phl(), overrides={key: "repeats"})
    assert dataset.values(VICTIMS, 2018, OTHER_FORMS).loc["PHL", "value"] == 289
    assert report.conflicts[0].reason == "your choice in the import report"


def test_sex_rows_given_twice_are_checked_against_the_total(tmp_path):
    # Bolivia 2017 gives female and male twice each; all four fit in the total 397.
    rows = [row(iso3="BOL", year="2017", value="397")]
    rows += [row(iso3="BOL", year="2017", sex="Female", value=v) for v in ("62", "43")]
    rows += [row(iso3="BOL", year="2017", sex="Male", value=v) for v in ("98", "141")]
    dataset, report = _read(tmp_path, rows)
    female = dataset.values(VICTIMS, 2017, Breakdown(sex="Female")).loc["BOL", "value"]
    male = dataset.values(VICTIMS, 2017, Breakdown(sex="Male")).loc["BOL", "value"]
    assert (female, male) == (105, 239)
    assert [g.rule for g in report.conflicts] == ["parts", "parts"]


def _flows_of(dataset, destination):
    flows = dataset.flows[dataset.flows["destination"] == destination]
    return {
        o: (v, lo, hi) for o, v, lo, hi in flows[["origin", "value", "lower", "upper"]].to_numpy()
    }


def test_a_row_without_a_label_is_the_total_or_origin_not_stated(tmp_path):
    citizenship = "by citizenship"
    rows = [
        # Namibia 2020: total 19 = 6 own nationals + an unlabelled 13
        row(iso3="NAM", year="2020", value="19"),
        row(iso3="NAM", year="2020", dim=citizenship, cat="Nationals", value="6"),
        row(iso3="NAM", year="2020", dim=citizenship, cat="", value="13"),
        # an unlabelled row equal to the total is the total
        row(iso3="BIH", year="2017", value="36"),
        row(iso3="BIH", year="2017", dim=citizenship, cat="Serbia", value="4"),
        row(iso3="BIH", year="2017", dim=citizenship, cat="", value="36"),
        # larger than the total (a year leaking into the value): not a part
        row(iso3="DOM", year="2021", value="83"),
        row(iso3="DOM", year="2021", dim=citizenship, cat="", value="2,020"),
    ]
    dataset, report = _read(tmp_path, rows)
    assert _flows_of(dataset, "NAM")[DOMESTIC][0] == 6
    unknown = dataset.flows[dataset.flows["origin"] == UNKNOWN]
    assert list(unknown[["destination", "value"]].itertuples(index=False, name=None)) == [
        ("NAM", 13.0)
    ]
    assert unknown["origin_label"].tolist() == [""]
    assert report.not_stated == 13
    reasons = {r.row: r.reason for r in report.rejected}
    assert "equals the country's total (36)" in reasons[9]
    assert "larger than the country's total (83)" in reasons[11]
    assert UNKNOWN not in _flows_of(dataset, "BIH")


def test_labels_meaning_one_origin_are_one_flow_never_listed_twice(tmp_path):
    rows = [
        row(iso3="SLB", year="2019", value="20"),
        row(iso3="SLB", year="2019", dim="by citizenship", cat="Nationals", value="8"),
        row(iso3="SLB", year="2019", dim="by citizenship", cat="Solomon Islands", value="8"),
    ]
    dataset, report = _read(tmp_path, rows)
    flows = dataset.flows
    assert list(flows["origin"]) == [DOMESTIC] and list(flows["value"]) == [8]
    (group,) = report.conflicts
    assert group.rule == "repeats" and group.reason == "the same value in every row"
    assert group.key[-1] == "Nationals + Solomon Islands"


def test_persons_convicted_by_citizenship_are_flows_of_convictions(tmp_path):
    convicted = "Persons convicted"
    rows = [
        row(iso3="ITA", ind=convicted, value="30"),
        row(iso3="ITA", ind=convicted, dim="by citizenship", cat="Nigeria", value="12"),
    ]
    dataset, _ = _read(tmp_path, rows)
    flow = dataset.flows.iloc[0]
    assert (flow["origin"], flow["destination"], flow["indicator"]) == ("NGA", "ITA", convicted)


def test_rules_reasons_and_not_stated_survive_the_workspace(tmp_path):
    _, report = _read(tmp_path, _phl())
    report.not_stated = 13.0
    back = ImportReport.from_json(report.to_json())
    assert back.conflicts == report.conflicts and back.not_stated == 13.0
    old = report.to_json().replace(', "parts", "with the other', ', "x", "with the other')
    assert ImportReport.from_json(old).conflicts[0].rule == "x"  # read as stored


def test_an_old_report_without_rules_reads_as_repeats():
    import json

    report = ImportReport("f.csv", conflicts=[])
    data = json.loads(report.to_json())
    data["conflicts"] = [[["PHL", 2018], [7, 8], ["231", "230"], "231"]]
    back = ImportReport.from_json(json.dumps(data))
    assert back.conflicts[0].rule == "repeats" and back.conflicts[0].reason == ""
