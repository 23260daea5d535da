"""What the app remembers between runs: geometry, docks, workspace, style, recent files."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSize

from explorer.core.view.classify import DEFAULT_K, DEFAULT_SCHEME
from explorer.core.view.palettes import DEFAULT_PALETTE
from explorer.io.workspace.store import Workspace, save_workspace
from explorer.ui.window.app import LaunchOptions, build_window
from explorer.ui.window.recent_files import install_recent_files
from explorer.ui.window.settings import MAX_RECENT, SETTINGS_VERSION, AppSettings, install_settings
from tests.ui.conftest import CRS

ROOT = Path(__file__).resolve().parents[2]


def _main_window(qtbot, dataset, countries):
    from explorer.ui.window.main_window import MainWindow

    window = MainWindow(dataset, countries, CRS)
    qtbot.addWidget(window)
    window.resize(1440, 900)  # as build_window does: restoring must change it
    return window


def _show(qtbot, window) -> None:
    window.show()
    qtbot.waitExposed(window)


#: One run of the app, in a process of its own: "first" resizes, moves, closes the
#: Country dock and quits; "second" starts again and prints what it restored.
RUN = """
import json, sys
from PySide6.QtWidgets import QApplication
app = QApplication([])
from explorer.core.geo.countries import PROJECTIONS, load_countries, project_countries
from explorer.core.demo.generate import demo_dataset
from explorer.ui.window.settings import AppSettings, install_settings
from explorer.ui.window.main_window import MainWindow
crs = PROJECTIONS["Equal Earth"]
window = MainWindow(demo_dataset(), project_countries(load_countries(), crs), crs)
window.resize(1440, 900)
install_settings(window, AppSettings(sys.argv[2]))
window.show()
app.processEvents()
if sys.argv[1] == "first":
    window.resize(1000, 700)
    window.move(130, 120)
    window.detail_panel.close()
    app.processEvents()
else:
    print(json.dumps({"geometry": [window.x(), window.y(), window.width(), window.height()],
                      "country": window.detail_panel.toggleViewAction().isChecked(),
                      "flows": window.flow_controls.isVisible()}))
window.close()
"""


def test_geometry_and_docks_survive_a_restart_of_the_app(tmp_path):
    """Two processes, as a user closes and starts the app (on a screen big enough)."""
    screen = tmp_path / "screen.json"
    screen.write_text(
        json.dumps({"screens": [{"name": "big", "width": 2560, "height": 1600}]}),
        encoding="utf-8",
    )
    env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={screen}"}
    ini = tmp_path / "settings.ini"

    def run(phase: str) -> str:
        done = subprocess.run(
            [sys.executable, "-c", RUN, phase, str(ini)],
            env=env,
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=120,
            check=True,
        )
        return done.stdout

    run("first")
    restored = json.loads(run("second").strip().splitlines()[-1])
    # By default the window is 1440 x 900 with the Country dock open in front of Flows.
    assert restored == {"geometry": [130, 120, 1000, 700], "country": False, "flows": True}


def test_geometry_and_docks_survive_a_new_window(qtbot, tmp_path, dataset, projected_countries):
    """The same in one process (the offscreen screen is 800 px wide: widths are clamped)."""
    ini = tmp_path / "settings.ini"
    first = _main_window(qtbot, dataset, projected_countries)
    install_settings(first, AppSettings(ini))
    _show(qtbot, first)
    first.resize(900, 640)
    first.detail_panel.close()  # the user closed the Country dock (Flows comes to the front)
    qtbot.waitUntil(lambda: first.flow_controls.isVisible())
    first.close()

    second = _main_window(qtbot, dataset, projected_countries)
    install_settings(second, AppSettings(ini))
    _show(qtbot, second)
    assert second.height() == 640
    assert not second.detail_panel.toggleViewAction().isChecked()
    assert second.flow_controls.isVisible()


def test_without_stored_settings_the_window_is_left_alone(
    qtbot, tmp_path, dataset, projected_countries
):
    window = _main_window(qtbot, dataset, projected_countries)
    install_settings(window, AppSettings(tmp_path / "none.ini"))
    _show(qtbot, window)
    assert window.size() == QSize(1440, 900)
    assert window.detail_panel.isVisible()


def test_values_written_by_another_run_are_read_with_their_types(tmp_path):
    """INI files give text back ("7", "true", one-element lists as strings)."""
    ini = tmp_path / "settings.ini"
    ini.write_text(
        "[meta]\nversion=1\n"
        "[view]\npalette=Blues\nscheme=fisher_jenks\nclasses=7\nprojection=Robinson\n"
        "[help]\nfirst_run_done=true\n"
        "[recent]\nfiles=/data/only.sqlite\n",
        encoding="utf-8",
    )
    settings = AppSettings(ini)
    assert settings.style() == ("Blues", "fisher_jenks", 7)
    assert settings.projection() == "Robinson"
    assert settings.first_run_done is True
    assert settings.recent_files() == [Path("/data/only.sqlite")]


def test_wrong_types_and_impossible_values_give_the_defaults(
    qtbot, tmp_path, dataset, projected_countries
):
    ini = tmp_path / "settings.ini"
    ini.write_text(
        "[meta]\nversion=1\n"
        "[window]\ngeometry=not a geometry\nstate=42\n"
        "[view]\nclasses=many\nprojection=Mercator\n"
        "[help]\nfirst_run_done=maybe\n",
        encoding="utf-8",
    )
    settings = AppSettings(ini)
    assert settings.get("window/geometry") == b""
    assert settings.style() == (DEFAULT_PALETTE, DEFAULT_SCHEME, DEFAULT_K)
    assert settings.projection() == "Equal Earth"
    assert settings.first_run_done is False
    window = _main_window(qtbot, dataset, projected_countries)
    install_settings(window, settings)  # garbage in the file is not a crash
    assert window.size() == QSize(1440, 900)
    with pytest.raises(ValueError):
        settings.set("view/classes", "seven")


def test_settings_of_a_newer_version_are_ignored_and_kept(
    qtbot, tmp_path, dataset, projected_countries
):
    ini = tmp_path / "settings.ini"
    text = f"[meta]\nversion={SETTINGS_VERSION + 1}\n[view]\nclasses=7\npalette=Blues\n"
    ini.write_text(text, encoding="utf-8")
    settings = AppSettings(ini)
    assert settings.read_only
    assert settings.style() == (DEFAULT_PALETTE, DEFAULT_SCHEME, DEFAULT_K)
    settings.remember_style("Greens", "quantiles", 4)  # works for this run, in memory
    assert settings.style() == ("Greens", "quantiles", 4)
    window = _main_window(qtbot, dataset, projected_countries)
    install_settings(window, settings)
    assert "newer version" in window.statusBar().currentMessage()
    _show(qtbot, window)
    window.close()
    assert ini.read_text(encoding="utf-8") == text  # the newer app's file is untouched


def test_style_projection_and_first_run_round_trip(tmp_path):
    ini = tmp_path / "settings.ini"
    settings = AppSettings(ini)
    settings.remember_style("PuBu", "equal_interval", 6)
    settings.remember_projection("Plate Carrée")
    settings.first_run_done = True
    settings.sync()
    again = AppSettings(ini)
    assert again.style() == ("PuBu", "equal_interval", 6)
    assert again.projection() == "Plate Carrée"
    assert again.first_run_done is True


def test_recent_files_most_recent_first_without_duplicates(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    settings = AppSettings(tmp_path / "settings.ini")
    for n in range(10):
        settings.add_recent(tmp_path / f"w{n}.sqlite")
    settings.add_recent(Path("w3.sqlite"))  # the same file, spelt relative to the folder
    recent = settings.recent_files()
    assert len(recent) == MAX_RECENT
    assert recent[0] == tmp_path / "w3.sqlite"
    assert recent[1] == tmp_path / "w9.sqlite"
    assert recent.count(tmp_path / "w3.sqlite") == 1
    assert tmp_path / "w0.sqlite" not in recent  # the oldest fell off
    settings.clear_recent()
    assert settings.recent_files() == []


def _session_window(qtbot, path: Path):
    window = build_window(LaunchOptions(workspace=path))
    qtbot.addWidget(window)
    window.resize(1200, 800)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_recent_menu_lists_workspaces_and_opens_them(qtbot, tmp_path):
    first, second = tmp_path / "first.sqlite", tmp_path / "second.sqlite"
    for path in (first, second):
        save_workspace(Workspace(), path)
    ini = tmp_path / "settings.ini"
    settings = AppSettings(ini)
    window = _session_window(qtbot, first)
    install_settings(window, settings)
    recent = install_recent_files(window, settings)
    assert recent is not None

    actions = window.file_menu.actions()
    opener = next(i for i, a in enumerate(actions) if a.text() == "&Open workspace…")
    assert actions[opener + 1].menu() is recent.menu  # right after "Open workspace…"

    window.context.session.open_workspace(second)
    recent.refresh()
    assert [a.toolTip() for a in recent.entries()] == [str(second), str(first)]

    recent.entries()[1].trigger()  # click "first.sqlite"
    assert window.context.session.path == first
    recent.refresh()
    assert [a.toolTip() for a in recent.entries()] == [str(first), str(second)]

    second.unlink()
    recent.refresh()
    gone = recent.entries()[1]
    assert not gone.isEnabled()
    assert gone.text().endswith("(missing)")

    window.close()
    restarted = AppSettings(ini)
    assert restarted.last_workspace() == first  # the app reopens it at the next start
    recent.clear()
    assert AppSettings(ini).recent_files() == []
    assert next(a.text() for a in recent.menu.actions() if a.text()) == "No recent files"


def test_a_window_without_workspace_gets_no_recent_menu(qtbot, tmp_path, window):
    assert install_recent_files(window, AppSettings(tmp_path / "s.ini")) is None
    assert all("recent" not in a.text() for a in window.file_menu.actions())
