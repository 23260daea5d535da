"""The import report's groups of rows: the rule each got, why, and the user's other choice."""

from __future__ import annotations

from PySide6.QtCore import Qt

from explorer.core.data.breakdown import FORM_DIMENSION, Breakdown
from explorer.io.workspace.store import load_workspace
from explorer.ui.common.translations import LANG_ENV
from explorer.ui.window.app import LaunchOptions, build_window
from tests.io.test_glotip import VICTIMS, row, write_csv
from tests.ui.translated import translated

FORM = "by form of exploitation"
OTHER = Breakdown(FORM_DIMENSION, "Other forms of exploitation")
ROWS = [
    row(iso3="PHL", year="2018", value="2318"),
    row(iso3="PHL", year="2018", dim=FORM, cat="Forced labour", value="802"),
    row(iso3="PHL", year="2018", dim=FORM, cat="Sexual exploitation", value="680"),
    *[
        row(iso3="PHL", year="2018", dim=FORM, cat="Other forms of exploitation", value=v)
        for v in ("231", "230", "289")
    ],
    # Qatar 2019: a <5 total while female and male add up to 8
    row(iso3="QAT", year="2019", value="<5"),
    row(iso3="QAT", year="2019", sex="Female", value="5"),
    row(iso3="QAT", year="2019", sex="Male", value="3"),
]


def _import(qtbot, window, path):
    job = window.context.session.start_import(path)
    with qtbot.waitSignal(job.done, timeout=30_000):
        pass


def test_a_group_turned_to_repeats_is_kept_one_at_the_next_import(qtbot, tmp_path, warnings_shown):
    workspace = tmp_path / "w.sqlite"
    window = build_window(LaunchOptions(workspace=workspace))
    qtbot.addWidget(window)
    source = write_csv(tmp_path / "glotip.csv", ROWS)
    _import(qtbot, window, source)
    assert window.dataset.values(VICTIMS, 2018, OTHER).loc["PHL", "value"] == 750
    dialog = window.context.session.report_dialog
    tab = dialog.groups_tab
    assert dialog.tabs.tabText(1) == "Groups of rows (1)"
    assert tab.table.item(0, 4).text() == "750"  # shown on the map
    assert "within the total 2,318" in tab.table.item(0, 5).text()
    (box,) = tab.boxes.values()
    assert box.currentData() == "parts" and not tab.use_button.isEnabled()
    box.setCurrentIndex(box.findData("repeats"))
    assert tab.use_button.isEnabled()
    qtbot.mouseClick(tab.use_button, Qt.MouseButton.LeftButton)
    assert not tab.use_button.isEnabled()
    stored = load_workspace(workspace).rules
    assert stored == {tab.groups[0].choice_key: "repeats"}
    assert "apply when you import the file again" in window.statusBar().currentMessage()

    _import(qtbot, window, source)  # the next import follows the user's rule
    assert window.dataset.values(VICTIMS, 2018, OTHER).loc["PHL", "value"] == 289
    again = window.context.session.report_dialog.groups_tab
    assert again.groups[0].reason == "your choice in the import report"
    assert not warnings_shown


def test_contradictions_are_listed_and_shown_on_the_figure(qtbot, tmp_path, warnings_shown):
    window = build_window(LaunchOptions(workspace=tmp_path / "w.sqlite"))
    qtbot.addWidget(window)
    _import(qtbot, window, write_csv(tmp_path / "glotip.csv", ROWS))
    dialog = window.context.session.report_dialog
    assert dialog.tabs.tabText(2) == "Contradictions (1)"
    table = dialog.checks_table
    cells = [table.item(0, c).text() for c in range(table.columnCount())]
    assert cells == [
        "QAT",
        "2019",
        VICTIMS,
        "Sex",
        "The total is <5, but female + male add up to 8.",
    ]
    window.state.indicator, window.state.year = VICTIMS, 2019
    window.state.selected = "QAT"
    warning = "\u26a0 In the file: The total is <5, but female + male add up to 8."
    assert warning in window.detail_panel.text()
    assert "\u26a0 The total is <5, but female + male add up to 8." in (
        window.map_view.tooltip_text("QAT")
    )


def test_contradictions_read_in_the_interface_language_and_the_csv_keeps_english(
    qtbot, tmp_path, warnings_shown, monkeypatch
):
    monkeypatch.setenv(LANG_ENV, "fr")  # the interface language, as the app installs it
    with translated("fr"):
        window = build_window(LaunchOptions(workspace=tmp_path / "w.sqlite", language="fr"))
        qtbot.addWidget(window)
        _import(qtbot, window, write_csv(tmp_path / "glotip.csv", ROWS))
        dialog = window.context.session.report_dialog
        table = dialog.checks_table
        cells = [table.item(0, c).text() for c in range(table.columnCount())]
        said = "Le total est <5, mais la somme sexe féminin + sexe masculin atteint 8."
        assert cells == ["QAT", "2019", "Victimes de la traite détectées", "Sexe", said]
        headers = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
        assert headers == ["Pays", "Année", "Indicateur", "Ventilation", "Dans le fichier"]
        window.state.indicator, window.state.year = VICTIMS, 2019
        window.state.selected = "QAT"
        assert f"\u26a0 Dans le fichier : {said}" in window.detail_panel.text()
        assert f"\u26a0 {said}" in window.map_view.tooltip_text("QAT")
        assert "The total is <5" not in window.detail_panel.text()
        dialog.report.to_csv(tmp_path / "report.csv")
    exported = (tmp_path / "report.csv").read_text(encoding="utf-8-sig")
    assert "The total is <5, but female + male add up to 8." in exported
    assert "Le total" not in exported
