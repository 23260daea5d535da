"""The first frame of a launch shows the map the window showed, and only while it still does."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtGui import QCloseEvent, QImage

from explorer.io.importing.importers import read_any
from explorer.io.workspace.first_frames import frame_path, write_frame
from explorer.io.workspace.store import Workspace, load_workspace, save_workspace
from explorer.render.map import geometry_cache
from explorer.ui.window.settings import AppSettings
from tests.io.test_glotip import row, write_csv

SIZE = (1440, 900)
FIGURES = {"NGA": "193", "FRA": "500", "USA": "2,000", "BRA": "<5", "IND": "40", "AUS": "12"}


@pytest.fixture
def path(tmp_path: Path) -> Path:
    source = write_csv(
        tmp_path / "glotip.csv", [row(iso3, value=value) for iso3, value in FIGURES.items()]
    )
    path = tmp_path / "w.sqlite"
    save_workspace(Workspace([read_any(source)[0]]), path)
    return path


@pytest.fixture
def settings(tmp_path: Path) -> AppSettings:
    return AppSettings(tmp_path / "settings.ini")


def _window(qtbot, path: Path):
    from explorer.ui.window.app import LaunchOptions, build_window

    window = build_window(LaunchOptions(workspace=path, size=SIZE))
    window.context.session.remember_view = False  # the tests change the file themselves
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def _kept(qtbot, path: Path, settings: AppSettings):
    """The window on ``path`` and the frame it keeps for the next launch."""
    from PySide6.QtWidgets import QApplication

    from explorer.ui.window.first_frame import record_frame

    window = _window(qtbot, path)
    assert window.context.session.save()  # the file holds the view shown (as after a close)
    frame = record_frame(window, path, QApplication.instance(), SIZE, settings)
    assert frame is not None
    write_frame(path, frame)
    return window, frame


def _first(qtbot, path: Path, settings: AppSettings):
    from PySide6.QtWidgets import QApplication

    from explorer.ui.window.first_frame import first_frame_window

    first = first_frame_window(QApplication.instance(), path, SIZE, settings)
    if first is not None:
        qtbot.addWidget(first)
    return first


def _pixel(image: QImage, point: QPoint) -> str:
    return image.pixelColor(point).name()


def test_the_first_frame_paints_each_country_as_the_window_does(qtbot, path, settings):
    window, frame = _kept(qtbot, path, settings)
    shown = window.grab().toImage()
    first = _first(qtbot, path, settings)
    assert first is not None
    first.show()
    qtbot.waitUntil(lambda: first.times_painted > 0)
    early = first.grab().toImage()
    assert (early.width(), early.height()) == (shown.width(), shown.height())
    view = window.map_view
    points = view.label_points
    for iso3 in ("NGA", "FRA", "USA", "IND", "AUS", "CHN", "RUS"):  # CHN, RUS: no data
        at = view.viewport().mapTo(window, view.mapFromScene(points[iso3]))
        assert _pixel(early, at) == _pixel(shown, at) == view.displayed_colour(iso3), iso3
    assert frame.fill("BRA").kind == "suppressed"  # hatched, as on screen: never a class
    choropleth = view.choropleth
    assert (frame.legend_title, frame.legend, frame.legend_note) == (
        choropleth.title,
        choropleth.legend,
        choropleth.classes_note,
    )
    assert "Opening the workspace" in first.accessibleName()


def test_no_first_frame_once_the_workspace_changed(qtbot, path, settings):
    _kept(qtbot, path, settings)
    assert _first(qtbot, path, settings) is not None
    workspace = load_workspace(path)
    workspace.view = {**workspace.view, "year": 2019}  # another program (or window) saved
    save_workspace(workspace, path)
    assert _first(qtbot, path, settings) is None


def test_no_first_frame_once_the_map_style_changed(qtbot, path, settings):
    _kept(qtbot, path, settings)
    settings.set("view/palette", "Blues")
    assert _first(qtbot, path, settings) is None


def test_no_first_frame_without_the_outlines_in_the_cache(qtbot, path, settings):
    _window, frame = _kept(qtbot, path, settings)
    geometry_cache.cache_path(frame.geometry_key).unlink()
    assert _first(qtbot, path, settings) is None


def test_no_first_frame_from_a_damaged_frame_file(qtbot, path, settings):
    _kept(qtbot, path, settings)
    frame_path(path).write_text("{", encoding="utf-8")
    assert _first(qtbot, path, settings) is None


def test_the_first_frame_stays_until_the_window_replaces_it(qtbot, path, settings):
    _kept(qtbot, path, settings)
    first = _first(qtbot, path, settings)
    first.show()
    event = QCloseEvent()
    first.closeEvent(event)
    assert not event.isAccepted()


def test_no_frame_is_kept_of_a_view_the_file_does_not_hold(qtbot, path, settings):
    """A window whose view is not in its file (not saved yet, a read-only window, a failed
    save) keeps no frame: the next launch opens on the file's view, not this one."""
    from PySide6.QtWidgets import QApplication

    from explorer.ui.window.first_frame import record_frame

    window = _window(qtbot, path)
    app = QApplication.instance()
    assert record_frame(window, path, app, SIZE, settings) is None  # the file has no view yet
    assert window.context.session.save()
    assert record_frame(window, path, app, SIZE, settings) is not None
    window.state.year = 2019  # not saved: the file still opens on 2020
    assert window.map_view.choropleth.year == 2019
    assert record_frame(window, path, app, SIZE, settings) is None
    assert window.context.session.save()
    frame = record_frame(window, path, app, SIZE, settings)
    assert frame is not None and frame.legend_title.endswith("2019")
