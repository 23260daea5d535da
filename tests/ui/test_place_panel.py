"""The place panel as a user sees it: the World without a selection, regions, groups."""

from __future__ import annotations

import pandas as pd
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from explorer.core.data.dataset import Dataset
from explorer.core.places.summary import summarise
from explorer.io.workspace.store import load_workspace
from explorer.ui.map.region_zoom import zoom_to_region
from explorer.ui.window.app import LaunchOptions, build_window

VICTIMS = "Detected trafficking victims"
MEKONG = ["KHM", "THA", "VNM"]


def _exact_totals(dataset: Dataset, year: int, members=None) -> tuple[float, int]:
    """Plain pandas: sum and count of the exact national totals of ``year``."""
    o = dataset.observations
    rows = o[
        (o["indicator"] == VICTIMS)
        & (o["year"] == year)
        & (o["dimension"] == "Total")
        & (o["category"] == "Total")
        & (o["sex"] == "Total")
        & (o["age"] == "Total")
    ]
    if members is not None:
        rows = rows[rows["iso3"].isin(list(members))]
    exact = rows[rows["value"].notna() & (rows["flag"].fillna("") != "suppressed")]
    return float(exact["value"].sum()), int(exact["iso3"].nunique())


def _pick(window, code: str) -> None:
    """Choose ``code`` in the place picker as a user would."""
    picker = window.detail_panel.place.picker
    index = picker.findData(code)
    assert index >= 0, code
    picker.setCurrentIndex(index)
    picker.activated.emit(index)


def _figures_line(total: float, n: int, year: int) -> str:
    return f"{VICTIMS}, {year}: {total:,.0f}, the sum of the exact figures of {n} countries"


def test_without_a_country_the_dock_is_a_place_and_shows_the_world(window):
    panel = window.detail_panel
    year = window.state.year
    assert window.state.selected is None
    assert panel.windowTitle() == "Place"
    summary = summarise(window.dataset, window.places, "world", VICTIMS, year)
    total, n = _exact_totals(window.dataset, year)
    assert summary.total.exact_sum == total and summary.total.exact_countries == n
    text = panel.text()
    assert text.startswith("World\nWorld\n" + _figures_line(total, n, year))
    assert f"{summary.total.reporting} of {summary.total.members} countries reported" in text
    assert "Change since" in text
    window.state.selected = "DEU"
    assert panel.windowTitle() == "Country"
    assert panel.text().startswith("Germany")


def test_picking_a_region_changes_title_and_figures(window):
    panel = window.detail_panel
    year = window.state.year
    world_text = panel.text()
    _pick(window, "region:Europe")
    assert window.state.place == "region:Europe"
    europe = window.places.get("region:Europe").members
    total, n = _exact_totals(window.dataset, year, europe)
    text = panel.text()
    assert text != world_text
    assert panel.place.title.text() == "Europe (region)"
    assert _figures_line(total, n, year) in text
    assert f"of {len(europe)} countries reported" in text
    assert window.places.get("region:Europe").members < window.places.world().members


def test_subregion_link_of_a_country_shows_that_subregion(window, qtbot):
    panel = window.detail_panel
    window.state.selected = "DEU"
    assert panel.subregion_link.text() == "Subregion: Western Europe \u2192"
    qtbot.mouseClick(panel.subregion_link, Qt.MouseButton.LeftButton)
    assert window.state.selected is None
    assert window.state.place == "subregion:Western Europe"
    assert panel.windowTitle() == "Place"
    assert panel.place.title.text() == "Western Europe (subregion of Europe)"
    members = window.places.get("subregion:Western Europe").members
    assert "DEU" in members and "ITA" not in members
    total, n = _exact_totals(window.dataset, window.state.year, members)
    assert _figures_line(total, n, window.state.year) in panel.text()


def test_zoom_to_region_shows_the_region_and_frames_it(window):
    window.state.selected = "BRA"
    before = window.map_view.transform().m11()
    assert zoom_to_region(window, "Europe")
    assert window.state.selected is None
    assert window.state.place == "region:Europe"
    assert window.detail_panel.place.title.text() == "Europe (region)"
    assert window.map_view.transform().m11() > before  # zoomed in on Europe


def test_clicking_a_ranking_row_selects_that_country(window, qtbot):
    _pick(window, "region:Africa")
    place = window.detail_panel.place
    table = place.ranking
    summary = place.summary
    assert table.rowCount() == min(15, len(summary.ranking))
    second = summary.ranking[1].iso3
    assert second in window.places.get("region:Africa").members
    rect = table.visualItemRect(table.item(1, 0))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.state.selected == second
    assert window.detail_panel.windowTitle() == "Country"


def test_a_place_where_nobody_reported_says_so(window):
    rows = [
        ("DEU", 2021, 100.0),
        ("DEU", 2022, 120.0),
        ("FRA", 2021, 50.0),
        ("FRA", 2022, 40.0),
        ("ITA", 2022, 7.0),
    ]
    observations = pd.DataFrame(
        {
            "iso3": [r[0] for r in rows],
            "year": [r[1] for r in rows],
            "indicator": VICTIMS,
            "value": [r[2] for r in rows],
            "flag": "",
        }
    )
    window.set_dataset(Dataset("Three countries", observations=observations))
    assert window.state.indicator == VICTIMS and window.state.year == 2022
    panel = window.detail_panel
    assert _figures_line(167, 3, 2022) in panel.text()
    # DEU and FRA both years: 150 -> 160.
    assert "Change since 2021: +6.7% (150 to 160), over the 2 countries" in panel.text()
    _pick(window, "region:Oceania")
    text = panel.text()
    assert "No country in Oceania reported detected trafficking victims for 2022." in text
    assert panel.place.figures.text().splitlines() == [
        "No country in Oceania reported detected trafficking victims for 2022.",
        "Change since 2021: not computable: no country reported exact figures in both years.",
    ]
    assert not panel.place.ranking.isVisible()


def _save_button(dialog):
    return dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save)


def test_group_dialog_refuses_bad_input_then_saves_a_shown_group(window, qtbot):
    dialog = window.edit_place_group()
    assert dialog.isVisible()
    qtbot.mouseClick(_save_button(dialog), Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.message.isVisible()
    assert dialog.message.text() == "Give the group a name."
    dialog.name_edit.setText("  Mekong  ")
    qtbot.mouseClick(_save_button(dialog), Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert dialog.message.text() == "Tick at least one country."
    assert window.places.groups() == []
    dialog.set_checked(set(MEKONG))
    assert dialog.count_label.text() == "Countries ticked: 3"
    qtbot.mouseClick(_save_button(dialog), Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    picker = window.detail_panel.place.picker
    assert picker.findData("group:Mekong") >= 0
    assert picker.itemText(picker.findData("group:Mekong")) == "Mekong (group)"
    assert window.state.place == "group:Mekong"
    assert picker.currentData() == "group:Mekong"
    place = window.detail_panel.place
    assert place.title.text() == "Mekong (group of 3 countries)"
    total, n = _exact_totals(window.dataset, window.state.year, MEKONG)
    assert _figures_line(total, n, window.state.year) in window.detail_panel.text()
    assert place.edit_group_button.isEnabled()


def test_editing_a_group_refuses_a_taken_name_then_renames_and_deletes(window, qtbot):
    window.places.set_group("Andes", ["BOL", "ECU", "PER"])
    window.places.set_group("Mekong", MEKONG)
    _pick(window, "group:Mekong")
    qtbot.mouseClick(window.detail_panel.place.edit_group_button, Qt.MouseButton.LeftButton)
    dialog = window.place_group_dialog
    assert dialog.windowTitle() == "Edit group" and sorted(dialog.members()) == MEKONG
    dialog.name_edit.setText("ANDES")
    qtbot.mouseClick(_save_button(dialog), Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert dialog.message.text() == "There is already a group called ANDES."
    dialog.name_edit.setText("Mekong Four")
    dialog.set_checked({"LAO"})
    qtbot.mouseClick(_save_button(dialog), Qt.MouseButton.LeftButton)
    assert window.places.group_members() == {
        "Andes": ["BOL", "ECU", "PER"],
        "Mekong Four": sorted([*MEKONG, "LAO"]),
    }
    assert window.state.place == "group:Mekong Four"
    picker = window.detail_panel.place.picker
    assert picker.findData("group:Mekong") == -1
    assert window.detail_panel.place.title.text() == "Mekong Four (group of 4 countries)"
    dialog = window.edit_place_group("Mekong Four")
    qtbot.mouseClick(dialog.delete_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert window.state.place == "world"
    assert picker.findData("group:Mekong Four") == -1
    assert window.detail_panel.place.title.text() == "World"


def _open(qtbot, workspace):
    window = build_window(LaunchOptions(workspace=workspace))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_a_group_is_kept_in_the_workspace_and_comes_back(qtbot, tmp_path, warnings_shown):
    path = tmp_path / "w.sqlite"
    window = _open(qtbot, path)
    dialog = window.edit_place_group()
    dialog.name_edit.setText("Mekong")
    dialog.set_checked(set(MEKONG))
    qtbot.mouseClick(_save_button(dialog), Qt.MouseButton.LeftButton)
    assert warnings_shown == []
    assert window.state.place == "group:Mekong"
    assert load_workspace(path).groups == {"Mekong": MEKONG}
    window.close()
    assert load_workspace(path).groups == {"Mekong": MEKONG}

    again = _open(qtbot, path)
    assert [p.name for p in again.places.groups()] == ["Mekong"]
    assert again.places.get("group:Mekong").members == frozenset(MEKONG)
    picker = again.detail_panel.place.picker
    assert picker.itemText(picker.findData("group:Mekong")) == "Mekong (group)"
    _pick(again, "group:Mekong")
    assert again.detail_panel.place.title.text() == "Mekong (group of 3 countries)"
    total, n = _exact_totals(again.dataset, again.state.year, MEKONG)
    assert _figures_line(total, n, again.state.year) in again.detail_panel.text()
    dialog = again.edit_place_group("Mekong")
    qtbot.mouseClick(dialog.delete_button, Qt.MouseButton.LeftButton)
    assert load_workspace(path).groups == {}
    assert warnings_shown == []
    again.close()


def test_the_last_shown_group_is_shown_again_at_the_next_start(qtbot, tmp_path, warnings_shown):
    path = tmp_path / "w.sqlite"
    window = _open(qtbot, path)
    window.places.set_group("Mekong", MEKONG)
    window.state.place = "group:Mekong"
    window.close()
    assert load_workspace(path).view.get("place") == "group:Mekong"
    again = _open(qtbot, path)
    assert again.state.place == "group:Mekong"
    assert again.detail_panel.place.picker.currentData() == "group:Mekong"
    assert again.detail_panel.place.title.text() == "Mekong (group of 3 countries)"
    again.close()


def test_the_place_shown_is_outlined_on_the_map_and_not_with_a_country(window):
    _pick(window, "subregion:Western Europe")
    members = window.places.get("subregion:Western Europe").members
    assert window.map_view.outlined_place() == sorted(members)
    window.state.selected = "DEU"
    assert window.map_view.outlined_place() == []
    window.state.selected = None
    _pick(window, "world")
    assert window.map_view.outlined_place() == []
