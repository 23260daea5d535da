"""Other files than GLOTIP through the same window: CTDC, tables that need a mapping, IATI."""

from __future__ import annotations

import time

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QMessageBox

from explorer.ui.window.app import LaunchOptions, build_window
from tests.io.test_ctdc import generate, rec
from tests.io.test_ctdc import write_csv as write_ctdc


@pytest.fixture
def messages(monkeypatch) -> list[str]:
    shown: list[str] = []

    def warning(parent, title, text, *args, **kwargs):
        shown.append(f"{title}: {text}")
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "warning", warning)
    return shown


@pytest.fixture
def window(qtbot, tmp_path):
    win = build_window(LaunchOptions(workspace=tmp_path / "w.sqlite"))
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


def _import(qtbot, window, path, mapping=None):
    job = window.context.session.start_import(path, mapping)
    assert job is not None
    with qtbot.waitSignal(job.done, timeout=60_000):
        pass


def test_ctdc_case_data_becomes_a_dataset_with_flows(qtbot, window, tmp_path, messages):
    records = [rec(cit="ROU", dest="DEU") for _ in range(12)] + [rec(cit="NGA", dest="ITA")] * 3
    _import(qtbot, window, write_ctdc(tmp_path / "ctdc.csv", records))
    assert not messages
    dataset = window.dataset
    assert dataset.name.lower().startswith("ctdc")
    assert window.state.indicator == "Victims identified (CTDC case data)"
    flows = dataset.flows.set_index(["origin", "destination"])
    assert flows.loc[("ROU", "DEU"), "value"] == 12
    assert flows.loc[("NGA", "ITA"), "flag"] == "suppressed"  # 3 cases: shown as <10
    assert "identified cases" in " ".join(dataset.provenance.caveats).lower()
    assert window.context.session.report_dialog.isVisible()


def test_a_table_with_unclear_columns_asks_then_imports(qtbot, qtlog, window, tmp_path, messages):
    path = tmp_path / "scores.csv"
    path.write_text("Nation,When,Score\nGermany,2021,3.5\nFrance,2021,2.0\nItaly,2021,1.5\n")
    _import(qtbot, window, path)
    # The question ends the import's thread from the window's thread, not from its own.
    assert not [r.message for r in qtlog.records if "wait on itself" in r.message]
    dialog = window.context.session.mapping_dialog
    assert dialog.isVisible() and not messages
    assert "value" not in dialog.boxes  # the value columns are check boxes
    assert {c: b.isChecked() for c, b in dialog.value_checks.items()} == {
        "When": True,
        "Score": True,
    }
    dialog.boxes["year"].setCurrentText("When")  # the year column is then not a value
    dialog.name_edit.setText("Openness score")
    with qtbot.waitSignal(dialog.mapping_chosen):
        dialog._accept()
    with qtbot.waitSignal(window.context.session.job.done, timeout=30_000):
        pass
    assert window.state.indicator == "Openness score"
    values = window.dataset.values("Openness score", 2021)
    assert values.loc["DEU", "value"] == 3.5 and len(values) == 3


def test_an_iati_file_with_an_entity_bomb_is_refused_with_a_message(
    qtbot, window, tmp_path, messages
):
    bomb = tmp_path / "activities.xml"
    bomb.write_text(
        '<?xml version="1.0"?>\n<!DOCTYPE lolz [<!ENTITY lol "lol">'
        '<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>\n'
        '<iati-activities version="2.03"><iati-activity>&lol2;</iati-activity></iati-activities>'
    )
    _import(qtbot, window, bomb)
    assert messages and "Import failed" in messages[0]
    assert window.dataset.is_synthetic  # nothing was imported


@pytest.mark.slow
def test_a_quarter_million_ctdc_records_import_while_the_window_keeps_answering(
    qtbot, window, tmp_path
):
    path = tmp_path / "ctdc_250k.csv"
    generate(250_000, seed=3).to_csv(path, index=False)
    ticks: list[float] = []
    timer = QTimer(interval=20)
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    timer.start()
    started = time.perf_counter()
    job = window.context.session.start_import(path)
    finished: list[float] = []
    job.succeeded.connect(lambda *_: finished.append(time.perf_counter()))
    with qtbot.waitSignal(job.done, timeout=120_000):
        pass
    timer.stop()
    during = [t for t in ticks if started <= t <= finished[0]]
    assert len(during) >= 3  # the event loop ran while the records were read
    assert window.dataset.name.lower().startswith("ctdc")


def test_a_population_sheet_adds_rates_per_100000_to_counts(
    qtbot, window, tmp_path, messages, monkeypatch
):
    monkeypatch.setattr(window.context.session, "ask_add_to", lambda current, dataset: False)
    from tests.io.test_glotip import row
    from tests.io.test_glotip import write_csv as write_glotip

    _import(qtbot, window, write_glotip(tmp_path / "glotip.csv", [row(iso3="DEU", value="494")]))
    population = tmp_path / "API_SP.POP.TOTL.csv"
    population.write_text(
        '"Data Source","World Development Indicators",\n\n'
        '"Last Updated Date","2024-06-28",\n\n'
        '"Country Name","Country Code","Indicator Name","Indicator Code","2019","2020",\n'
        '"Germany","DEU","Population, total","SP.POP.TOTL","83092962","83160871",\n'
        '"World","WLD","Population, total","SP.POP.TOTL","7742681934","7820205606",\n'
    )
    _import(qtbot, window, population)
    assert not messages
    window.context.session.show_dataset("GLOTIP 30/05/2023")
    rate = "Detected trafficking victims per 100,000 population"
    items = [
        window.controls.indicator_box.itemText(i)
        for i in range(window.controls.indicator_box.count())
    ]
    assert rate in items
    window.state.indicator = rate
    window.state.selected = "DEU"
    assert "0.6" in window.detail_panel.text()  # 494 of 83.2 million
    assert any("per 100,000" in c for c in window.dataset.provenance.caveats)


def test_activities_can_be_added_to_the_dataset_on_screen(qtbot, window, tmp_path, monkeypatch):
    from explorer.core.geo.locations import resources_dir
    from tests.io.test_glotip import row
    from tests.io.test_glotip import write_csv as write_glotip

    _import(qtbot, window, write_glotip(tmp_path / "glotip.csv", [row(iso3="NGA", value="120")]))
    asked: list[str] = []
    monkeypatch.setattr(
        window.context.session,
        "ask_add_to",
        lambda current, dataset: asked.append(current) or True,
    )
    _import(qtbot, window, resources_dir() / "activities-example.csv")
    assert asked == ["GLOTIP 30/05/2023"]
    assert window.dataset.name == "GLOTIP 30/05/2023"
    assert window.context.session.workspace.names() == ["GLOTIP 30/05/2023"]  # no second dataset
    window.state.selected = "NGA"
    text = window.detail_panel.text()
    assert "120" in text and "Training of labour inspectors" in text
    assert any("activities-example.csv" in c for c in window.dataset.provenance.caveats)
