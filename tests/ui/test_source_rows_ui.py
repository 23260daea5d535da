"""Show source rows on screen: from the map, the panel, the place figures and Edit's shortcut,
the dialog lists the file rows as the file had them; Copy and Save as CSV give the same."""

from __future__ import annotations

import csv

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QGuiApplication

from explorer.ui.window.app import LaunchOptions, build_window
from tests.io.test_glotip import row, write_csv

ROWS = [
    row("NGA", value="193"),  # file row 4
    row("NGA", value="150", year="2019"),  # 5
    row("NGA", "by citizenship", "Nationals", value="120"),  # 6
    row("NGA", "by citizenship", "Ghana", value="<5"),  # 7
    row("GHA", value="40"),  # 8
    row("NGA", "Total", "Total", value="60", sex="Female"),  # 9
    row("NGA", "Total", "Total", value="133", sex="Male"),  # 10
]


def _window(qtbot, tmp_path):
    window = build_window(LaunchOptions(workspace=tmp_path / "w.sqlite", size=(1440, 900)))
    qtbot.addWidget(window)
    job = window.context.session.start_import(write_csv(tmp_path / "glotip.csv", ROWS))
    with qtbot.waitSignal(job.done, timeout=30_000):
        pass
    window.context.session.report_dialog.close()
    window.state.year = 2020
    return window


def _menu_words(widget) -> list[str]:
    return [a.text() for a in widget._source_rows_menu.actions()]


def _open(widget, pos: QPoint, index: int = 0):
    widget.customContextMenuRequested.emit(pos)
    menu = widget._source_rows_menu
    menu.actions()[index].trigger()
    menu.close()


def _rows(dialog) -> list[dict[str, str]]:
    table = dialog.rows_table
    heads = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
    return [
        {h: table.item(r, c).text() for c, h in enumerate(heads)} for r in range(table.rowCount())
    ]


def test_a_right_click_on_a_country_shows_its_rows(qtbot, tmp_path, warnings_shown):
    window = _window(qtbot, tmp_path)
    view = window.map_view
    window.flow_settings.visible = False  # the country, not a flow arrow, under the point
    qtbot.wait(50)
    pos = view.mapFromScene(view.label_points["GHA"])
    _open(view, pos)
    dialog = window.source_rows.last_dialog
    assert dialog.title_label.text().startswith("Ghana, 2020: Detected trafficking victims: 40")
    (shown,) = _rows(dialog)
    assert (shown["Row"], shown["Iso3_code"], shown["txtVALUE"]) == ("8", "GHA", "40")
    assert shown["File"] == "glotip.csv" and shown["Source"] == "GLOTIP"
    assert len(shown["SHA-256"]) == 64
    assert not warnings_shown


def test_the_shortcut_shows_the_world_total_then_the_selected_flow(qtbot, tmp_path):
    window = _window(qtbot, tmp_path)
    window.source_rows.show_current()  # nothing selected: the World's total
    dialog = window.source_rows.last_dialog
    assert dialog.title_label.text() == "World, 2020: Detected trafficking victims, total: 233"
    assert "sum of the exact figures of the 2 countries that reported one" in (
        dialog.rules_label.text()
    )
    assert sorted(r["Row"] for r in _rows(dialog)) == ["4", "8"]
    window.state.selected = "NGA"
    window.state.selected_flow = ("GHA", "NGA")
    window.source_rows.show_current()
    (flow,) = _rows(window.source_rows.last_dialog)
    assert (flow["Row"], flow["Category"], flow["txtVALUE"]) == ("7", "Ghana", "<5")
    assert "kept as a range" in flow["What the importer did"]
    assert "'Ghana' read as Ghana" in flow["What the importer did"]


def test_panel_figures_offer_their_rows(qtbot, tmp_path):
    window = _window(qtbot, tmp_path)
    window.state.selected = "NGA"
    panel = window.detail_panel
    _open(panel.key_label, QPoint(5, 5))
    assert [r["Row"] for r in _rows(window.source_rows.last_dialog)] == ["4"]
    table = panel.series_table
    years = [table.item(r, 0).text() for r in range(table.rowCount())]
    y = table.visualItemRect(table.item(years.index("2019"), 0)).center()
    _open(table, y)
    assert [r["Row"] for r in _rows(window.source_rows.last_dialog)] == ["5"]
    origins = panel.flows.sections[0][2]
    codes = [panel.flows.partner("origins", r) for r in range(origins.rowCount())]
    at = origins.visualItemRect(origins.item(codes.index("DOMESTIC"), 0)).center()
    _open(origins, at)
    (own,) = _rows(window.source_rows.last_dialog)
    assert (own["Row"], own["Category"]) == ("6", "Nationals")


def test_place_figures_offer_total_and_change(qtbot, tmp_path):
    window = _window(qtbot, tmp_path)
    figures = window.detail_panel.place.figures
    figures.customContextMenuRequested.emit(QPoint(5, 5))
    assert _menu_words(figures) == [
        "Show source rows of the &total…",
        "Show source rows of the &change…",
    ]
    figures._source_rows_menu.close()
    _open(figures, QPoint(5, 5), index=1)
    dialog = window.source_rows.last_dialog
    assert dialog.title_label.text() == (
        "World: Detected trafficking victims, change 2019 to 2020: +28.7%"
    )
    assert sorted(r["Row"] for r in _rows(dialog)) == ["4", "5"]


def test_copy_and_csv_carry_the_same_rows(qtbot, tmp_path):
    window = _window(qtbot, tmp_path)
    window.state.selected = "NGA"
    dialog = window.source_rows.show(window.source_rows.country("NGA"))
    dialog.copy()
    text = QGuiApplication.clipboard().text()
    assert text.splitlines()[0] == "Nigeria, 2020: Detected trafficking victims: 193"
    assert "\t4\tNGA\t" in text
    path = tmp_path / "rows.csv"
    dialog.save_csv(path)
    with open(path, encoding="utf-8-sig", newline="") as stream:
        lines = list(csv.reader(stream))
    assert lines[0] == ["Nigeria, 2020: Detected trafficking victims: 193"]
    header = lines[lines.index([]) + 1]
    assert header[:6] == ["Figure", "Shown", "File", "SHA-256", "Sheet", "Row"]
    assert lines[-1][5:8] == ["4", "NGA", "X"]
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)


def test_place_shares_and_a_flow_on_the_map_offer_their_rows(qtbot, tmp_path):
    window = _window(qtbot, tmp_path)
    profile = window.detail_panel.place.profile
    profile.customContextMenuRequested.emit(QPoint(5, 5))
    words = _menu_words(profile)
    profile._source_rows_menu.close()
    assert "Show source rows of the share: Women and girls…" in words
    _open(
        profile, QPoint(5, 5), index=words.index("Show source rows of the share: Women and girls…")
    )
    dialog = window.source_rows.last_dialog
    assert dialog.title_label.text().startswith("World, 2020: Detected trafficking victims, share")
    assert [r["Row"] for r in _rows(dialog)] == ["9", "10"]  # NGA: female 60, male 133
    assert dialog.title_label.text().endswith("Women and girls: 31.1%")  # 60 / 193
