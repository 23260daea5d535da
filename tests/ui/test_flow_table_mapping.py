"""A flow table whose columns the window does not recognise: the mapping dialog asks, with
origin and destination, and the flows are imported."""

from __future__ import annotations

from explorer.core.data.schema import DOMESTIC
from tests.io.refugee_tables import HEADER, IDPS, REFUGEES, ROWS, write_csv
from tests.ui.test_import_kinds import _import, messages, window  # noqa: F401  (fixtures)


def test_a_flow_table_not_recognised_is_mapped_as_flows_in_the_dialog(
    qtbot,
    window,  # noqa: F811
    tmp_path,
    messages,  # noqa: F811
):
    header = ["Year", "Born in", "Born in (ISO)", "Lives in", "Lives in (ISO)", *HEADER[5:]]
    path = write_csv(tmp_path / "people.csv", header, ROWS)
    _import(qtbot, window, path)
    dialog = window.context.session.mapping_dialog
    assert dialog.isVisible() and not messages
    assert not dialog.boxes["origin"].isVisible()  # first guessed as figures per country
    dialog.kind_box.setCurrentIndex(dialog.kind_box.findData("flow"))
    assert dialog.boxes["origin"].isVisible() and not dialog.boxes["country"].isVisible()
    for role, column in [
        ("origin", "Born in (ISO)"),
        ("destination", "Lives in (ISO)"),
        ("year", "Year"),
    ]:
        dialog.boxes[role].setCurrentIndex(dialog.boxes[role].findData(column))
    for column, check in dialog.value_checks.items():  # only the refugees, as one indicator
        check.setChecked(column == REFUGEES)
    with qtbot.waitSignal(dialog.mapping_chosen):
        dialog._accept()
    assert not dialog.problem.text()
    with qtbot.waitSignal(window.context.session.job.done, timeout=30_000):
        pass
    assert not messages
    flows = window.dataset.flows.set_index(["origin", "destination", "year"])
    assert flows.loc[("SYR", "TUR", 2021), "value"] == 3700
    assert flows.loc[("AFG", "PAK", 2021), "value"] == 1600  # rows 2 and 10 summed
    assert DOMESTIC not in set(window.dataset.flows["origin"])  # the IDPs are not refugees
    assert window.dataset.observations.empty


def test_internally_displaced_people_are_drawn_as_a_ring_of_their_country(
    qtbot,
    window,  # noqa: F811
    tmp_path,
    messages,  # noqa: F811
    monkeypatch,
):
    monkeypatch.setattr(window.context.session, "ask_add_to", lambda current, dataset: False)
    _import(qtbot, window, write_csv(tmp_path / "refugees.csv"))
    assert not messages
    report = window.context.session.report_dialog
    notes = report.noted_table  # the agency codes and the contradicted code, by row
    assert [notes.item(i, 0).text() for i in range(notes.rowCount())] == ["6", "7", "8", "9"]
    assert "XXA (stateless" in notes.item(1, 1).text()
    box = window.flow_controls.indicator_box
    box.setCurrentIndex(box.findData(IDPS))
    window.state.year = 2022
    window.map_view.viewport().repaint()
    view = window.flows.view
    assert list(view.domestic["iso3"]) == ["UKR"] and view.indicator == IDPS
    assert not (view.drawn["origin"] == view.drawn["destination"]).any()
    assert len(window.flows.item.prepared.rings) == 1
