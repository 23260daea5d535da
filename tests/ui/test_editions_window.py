"""View > Compare editions on screen: two GLOTIP exports in one workspace, the revision map's
colours and legend, the revised figures (filtered, sorted, exported), the World in each
edition with its N, and the panel's note on a revised figure."""

from __future__ import annotations

import csv
import zipfile

import pytest
from PySide6.QtCore import Qt

from explorer.ui.editions.revision_map import COLOURS
from explorer.ui.window.app import LaunchOptions, build_window
from tests.io.test_glotip import HEADER, row

OLD = [
    row("NGA", value="193"),
    row("NGA", value="100", year="2019"),
    row("FRA", value="500"),
    row("FRA", value="450", year="2019"),
    row("DEU", value="<5"),
    row("ESP", value="1757"),
    row("PRT", value="40"),
]
NEW = [
    row("NGA", value="65"),
    row("NGA", value="100", year="2019"),
    row("FRA", value="612"),
    row("FRA", value="450", year="2019"),
    row("DEU", value="3"),
    row("ESP", value="1,757"),
    row("ITA", value="12"),
]


def _write(path, date, rows):
    with open(path, "w", encoding="utf-8", newline="") as stream:
        writer = csv.writer(stream)
        writer.writerow(["UNODC", "unodc_ddds@un.org"])
        writer.writerow([date])
        writer.writerow(HEADER)
        writer.writerows(rows)
    return path


@pytest.fixture
def window(qtbot, tmp_path):
    win = build_window(LaunchOptions(workspace=tmp_path / "w.sqlite", size=(1440, 900)))
    qtbot.addWidget(win)
    for name, date, rows in (("old.csv", "30/05/2023", OLD), ("new.csv", "14/04/2025", NEW)):
        job = win.context.session.start_import(_write(tmp_path / name, date, rows))
        with qtbot.waitSignal(job.done, timeout=30_000):
            pass
        win.context.session.report_dialog.close()
    win.state.year = 2020
    return win


def _open(window):
    window.view_menu.aboutToShow.emit()
    (action,) = [a for a in window.view_menu.actions() if a.text() == "Compare &editions…"]
    assert action.isEnabled()
    action.trigger()
    return window.context.editions_window


def test_the_revision_map_colours_each_country_by_its_revision(window):
    assert window.dataset.name == "GLOTIP 14/04/2025"
    editions = _open(window)
    assert editions.current_box.currentText() == "14/04/2025 edition"
    assert editions.other_box.currentText() == "30/05/2023 edition"
    revision_map = editions.map
    assert revision_map.colour_of("NGA") == COLOURS["lowered"]
    assert revision_map.colour_of("FRA") == COLOURS["raised"]
    assert revision_map.colour_of("DEU") == COLOURS["refined"]
    assert revision_map.colour_of("ESP") == COLOURS["unchanged"]
    assert revision_map.colour_of("ITA") == COLOURS["new"]
    assert revision_map.colour_of("PRT") == COLOURS["withdrawn"]
    assert revision_map.colour_of("BRA") is None  # no figure in either edition
    assert revision_map.legend_text() == (
        "raised: 1; lowered: 1; made exact within the old range: 1; new in the newer "
        "edition: 1; withdrawn: 1; unchanged: 1"
    )
    image = revision_map.grab().toImage()
    shape = window.geometry.by_iso3()["NGA"]
    from explorer.render.map.painter import scene_to_target

    transform, _ = scene_to_target(revision_map._map_rect(), window.geometry.world_rect)
    point = transform.map(shape.label_point).toPoint()
    ratio = image.devicePixelRatio()
    pixel = image.pixelColor(int(point.x() * ratio), int(point.y() * ratio))
    assert pixel.name() == COLOURS["lowered"]
    assert "193 → 65 (lowered)" in revision_map.detail("NGA")


def test_the_table_filters_sorts_and_exports(window, tmp_path):
    editions = _open(window)
    table = editions.table
    model = table.model
    assert model.rowCount() == 5  # ESP's separator is not a revision
    assert sorted(model.rows["country"]) == ["France", "Germany", "Italy", "Nigeria", "Portugal"]
    table.kind_box.setCurrentIndex(table.kind_box.findData("changed"))
    assert sorted(model.rows["iso3"]) == ["DEU", "FRA", "NGA"]
    table.filter_box.setText("nig")
    assert list(model.rows["iso3"]) == ["NGA"]
    assert [model.index(0, c).data() for c in (4, 5, 6, 7)] == [
        "193",
        "65",
        "\u2212128",
        "Changed (lowered)",
    ]
    table.filter_box.clear()
    table.kind_box.setCurrentIndex(0)
    table.view.sortByColumn(6, Qt.SortOrder.AscendingOrder)  # by difference: the fall first
    assert model.rows["iso3"].iloc[0] == "NGA"
    out = editions.export_table(tmp_path / "revisions.csv")
    with open(out, encoding="utf-8", newline="") as stream:
        rows = list(csv.DictReader(stream))
    assert {(r["iso3"], r["old"], r["new"], r["kind"]) for r in rows} == {
        ("NGA", "193", "65", "changed"),
        ("FRA", "500", "612", "changed"),
        ("DEU", "<5", "3", "changed"),
        ("ITA", "", "12", "new"),
        ("PRT", "40", "", "withdrawn"),
    }
    book = editions.export_table(tmp_path / "revisions.xlsx")
    with zipfile.ZipFile(book) as archive:
        names = archive.namelist()
        shared = archive.read("xl/sharedStrings.xml").decode("utf-8")
    assert "xl/worksheets/sheet2.xml" in names  # Revisions and About
    assert "Nigeria" in shared and "lowered" in shared


def test_the_world_in_each_edition_and_the_panel_note(window):
    editions = _open(window)
    editions.tabs.setCurrentIndex(2)
    table = editions.places_table
    heads = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
    assert heads[1:3] == ["Total, 30/05/2023 edition", "Total, 14/04/2025 edition"]
    world = [table.item(0, c).text() for c in range(5)]
    assert world[0] == "World"
    assert world[1].startswith("2,490 (N=4 of ")  # 193 + 500 + 1,757 + 40 (DEU <5 beside)
    assert world[2].startswith("2,449 (N=5 of ")  # 65 + 612 + 3 + 1,757 + 12
    assert world[3] == f"{((193 + 500) / (100 + 450) - 1) * 100:+.1f}% (N=2)"  # NGA, FRA
    assert world[4] == f"{((65 + 612) / (100 + 450) - 1) * 100:+.1f}% (N=2)"
    window.state.selected = "NGA"
    note = window.detail_panel.edition_label
    assert note.isVisibleTo(window.detail_panel)
    assert note.text() == "14/04/2025 edition: 65; the 30/05/2023 edition gave 193"
    window.state.selected = "ESP"
    assert not note.isVisibleTo(window.detail_panel)
    editions.current_box.setCurrentIndex(editions.current_box.findData("GLOTIP 30/05/2023"))
    editions.current_box.activated.emit(editions.current_box.currentIndex())
    assert editions.other_box.currentText() == "14/04/2025 edition"
    window.state.selected = "NGA"  # the newer edition on screen, the older one current
    assert note.text() == "14/04/2025 edition: 65; the 30/05/2023 edition gave 193"


def test_a_tier_become_special_case_reads_as_moved_into_a_level_outside_the_order(qtbot, window):
    """Tier 3 -> Special case: no difference of ranks, no "raised" or "lowered"."""
    from explorer.core.editions.compare import compare_editions
    from explorer.core.editions.summaries import revision_rows
    from explorer.ui.editions.revision_map import RevisionMap
    from explorer.ui.editions.revision_table import RevisionTable
    from tests.core.test_editions import _tiers

    order = ["Tier 1", "Tier 2", "Tier 3"]
    old = _tiers("01/06/2022", {"LBY": "Tier 3", "PER": "Special case"}, order)
    new = _tiers("01/06/2023", {"LBY": "Special case", "PER": "Tier 2"}, order)
    revisions = compare_editions(old, new)
    table = RevisionTable()
    qtbot.addWidget(table)
    table.set_table(revision_rows(revisions, {"LBY": "Libya", "PER": "Peru"}))
    model = table.model
    cells = {
        model.index(r, 0).data(): [model.index(r, c).data() for c in (4, 5, 6, 7)]
        for r in range(model.rowCount())
    }
    assert cells == {
        "Libya": ["Tier 3", "Special case", "", "Changed (moved into a level outside the order)"],
        "Peru": ["Special case", "Tier 2", "", "Changed (moved out of a level outside the order)"],
    }
    revision_map = RevisionMap(window.geometry)
    qtbot.addWidget(revision_map)
    from explorer.core.editions.summaries import map_directions

    directions = map_directions(revisions, "TIP tier", 2022)
    revision_map.set_directions(directions, {}, lambda _iso3: "")
    assert revision_map.legend_text() == (
        "moved to a later level: 0; moved to an earlier level: 0; moved into a level outside "
        "the order: 1; moved out of a level outside the order: 1; new in the newer edition: 0; "
        "withdrawn: 0; unchanged: 0"
    )
    assert revision_map.colour_of("LBY") not in (COLOURS["raised"], COLOURS["lowered"])
