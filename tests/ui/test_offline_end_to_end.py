"""The whole app with no network: import every kind of file, look around, export every format.

Sockets are already refused suite-wide (pytest-socket); here every attempt to
connect or to look up a name is also recorded, so that the test fails on an
attempt the app would have swallowed (a library that catches the error and
carries on would pass a test that only watches for exceptions).
"""

from __future__ import annotations

import csv
import socket
import sqlite3
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from explorer.core.view.export_spec import Format
from explorer.io.workspace.store import load_workspace
from explorer.ui.export.window_exports import open_export_dialog
from explorer.ui.window.app import LaunchOptions, build_window
from tests.io.test_activities_table import ROWS as ACTIVITY_ROWS
from tests.io.test_activities_table import write_csv as write_activities
from tests.io.test_ctdc import rec
from tests.io.test_ctdc import write_csv as write_ctdc
from tests.io.test_flow_table import ROWS as FLOW_ROWS
from tests.io.test_flow_table import write_csv as write_flows
from tests.io.test_glotip import HEADER, row, write_xlsx
from tests.io.test_iati import VALID as IATI_XML
from tests.io.test_indicator_table import WB_HEADER, WB_PREAMBLE, WB_ROWS, YEARS
from tests.io.test_indicator_table import write_csv as write_table
from tests.web.test_html_export import _parse

VICTIMS = "Detected trafficking victims"
GLOTIP_ROWS = [
    *(
        row(iso3="DEU", year=str(y), value=str(v))
        for y, v in [(2018, 430), (2019, 480), (2020, 494)]
    ),
    *(row(iso3="ITA", year=str(y), value="<5") for y in (2018, 2019, 2020)),
    row(iso3="NGA", year="2020", value="1,200"),
    row(iso3="DEU", dim="by citizenship", cat="Bulgaria", value="51"),
    row(iso3="DEU", dim="by citizenship", cat="Nigeria", value="40"),
    row(iso3="ITA", dim="by citizenship", cat="Nigeria", value="77"),
]
MAGIC = {
    Format.PNG: b"\x89PNG\r\n\x1a\n",
    Format.SVG: b"<?xml",
    Format.PDF: b"%PDF-",
    Format.HTML: b"<!DOCTYPE html>",
    Format.XLSX: b"PK\x03\x04",
    Format.GPKG: b"SQLite format 3\x00",
}


@pytest.fixture
def network_attempts(monkeypatch) -> list[str]:
    """Every connect or name lookup, recorded (and refused) instead of made."""
    attempts: list[str] = []

    def refuse(what: str):
        def refused(*args, **kwargs):
            attempts.append(f"{what} {args[1:] if what.startswith('socket.') else args}")
            raise OSError(f"{what}: no network in this test")

        return refused

    for name in ("connect", "connect_ex", "sendto"):
        monkeypatch.setattr(socket.socket, name, refuse(f"socket.{name}"))
    for name in ("getaddrinfo", "gethostbyname", "gethostbyname_ex", "create_connection"):
        monkeypatch.setattr(socket, name, refuse(name))
    return attempts


@pytest.fixture
def messages(monkeypatch) -> list[str]:
    shown: list[str] = []

    def warning(parent, title, text, *args, **kwargs):
        shown.append(f"{title}: {text}")
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "warning", warning)
    return shown


def _files(folder: Path) -> list[tuple[Path, str]]:
    """One small file of every kind the app imports, and a word its dataset name has."""
    indicator_xlsx = [
        *WB_PREAMBLE,
        [*WB_HEADER, *YEARS],
        *[[r[0], r[1], "Prison population (per 100,000)", "PRS.P5", *r[4:]] for r in WB_ROWS],
    ]
    iati = folder / "activities-iati.xml"
    iati.write_text(IATI_XML, encoding="utf-8")
    return [
        (
            write_xlsx(folder / "glotip.xlsx", [["UNODC"], ["30/05/2023"], HEADER, *GLOTIP_ROWS]),
            "GLOTIP",
        ),
        (
            write_table(
                folder / "API_VC.IHR.PSRC.P5_DS2_en_csv_v2.csv",
                [*WB_PREAMBLE, [*WB_HEADER, *YEARS, ""], *[[*r, ""] for r in WB_ROWS]],
            ),
            "API_VC.IHR",  # the file names the dataset
        ),
        (write_xlsx(folder / "API_PRS.xlsx", indicator_xlsx), "API_PRS"),
        (write_flows(folder / "routes.csv", FLOW_ROWS), "routes"),
        (write_ctdc(folder / "ctdc.csv", [rec(cit="ROU", dest="DEU")] * 12), "CTDC"),
        (write_activities(folder / "assistance.csv", ACTIVITY_ROWS), "assistance"),
        (iati, "IATI"),
    ]


def _import(qtbot, window, path: Path) -> None:
    job = window.context.session.start_import(path)
    assert job is not None
    with qtbot.waitSignal(job.done, timeout=60_000):
        pass


def _click_country(qtbot, window, iso3: str) -> None:
    view = window.map_view
    point = view.mapFromScene(view.label_points[iso3])
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point)


def _check_export(path: Path, fmt: Format) -> None:
    assert path.is_file() and path.stat().st_size > 200, path
    head = path.read_bytes()[:64]
    if fmt is Format.CSV:
        rows = list(csv.reader(path.open(encoding="utf-8-sig")))
        assert len(rows) > 1 and any("DEU" in r for r in rows)
        flows, about = (
            path.with_name(f"{path.stem}-flows.csv"),
            path.with_name(f"{path.stem}-about.txt"),
        )
        assert flows.is_file() and about.is_file()
    elif fmt is Format.SVG:
        assert b"<svg" in path.read_bytes()[:2000]
    elif fmt is Format.HTML:
        text = path.read_text(encoding="utf-8")
        assert text.lstrip()[:15].lower() == "<!doctype html>"
        page = _parse(text)  # everything inlined: the page opens with no network
        assert page.scripts and all("src" not in attrs for attrs, _ in page.scripts)
        for tag, key, value in page.attrs:
            if key in ("src", "href", "srcset", "data"):
                assert (value or "").startswith(("#", "data:")), (tag, key, value)
        assert "@import" not in text and "L.tileLayer(" not in text
    else:
        assert head.startswith(MAGIC[fmt]), (fmt, head)
    if fmt is Format.GPKG:
        con = sqlite3.connect(path)
        try:
            tables = {r[0] for r in con.execute("SELECT table_name FROM gpkg_contents")}
        finally:
            con.close()
        assert tables


def test_the_whole_app_runs_offline_without_a_connection_attempt(
    qtbot, tmp_path, network_attempts, messages, monkeypatch
):
    window = build_window(LaunchOptions(workspace=tmp_path / "workspace.sqlite", size=(1000, 640)))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    session = window.context.session
    monkeypatch.setattr(session, "ask_add_to", lambda current, dataset: False)

    names = []
    for path, word in _files(tmp_path):
        _import(qtbot, window, path)
        assert not messages, messages
        assert not window.dataset.is_synthetic
        assert word.lower() in window.dataset.name.lower(), (path.name, window.dataset.name)
        assert session.report_dialog is not None and session.report_dialog.isVisible()
        session.report_dialog.close()
        names.append(window.dataset.name)
    assert len(set(names)) == 7
    assert load_workspace(tmp_path / "workspace.sqlite").names() == names  # saved, offline

    # Back to the GLOTIP data through the Datasets menu; select countries on the map.
    glotip = next(a for a in session.menu.datasets_menu.actions() if a.text().startswith("GLOTIP"))
    glotip.trigger()
    assert window.dataset.name == names[0] and window.state.indicator == VICTIMS
    for iso3, name in (("DEU", "Germany"), ("ITA", "Italy"), ("NGA", "Nigeria")):
        _click_country(qtbot, window, iso3)
        assert window.state.selected == iso3
        assert name in window.detail_panel.text()
    _click_country(qtbot, window, "DEU")

    # Play the years from the first to the last (the timer sped up: 0.9 s a year otherwise).
    controls = window.controls
    window.state.year = 2018
    controls._timer.setInterval(30)
    seen: list[int] = []
    window.state.year_changed.connect(seen.append)
    controls.play_button.click()
    qtbot.waitUntil(lambda: not controls.play_button.isChecked(), timeout=10_000)
    assert seen[:2] == [2019, 2020] and window.state.year == 2020
    assert "494" in window.detail_panel.text()

    # Export every format the export dialog offers, as a user would.
    dialog = open_export_dialog(window)
    offered = [Format(dialog.format_box.itemData(i)) for i in range(dialog.format_box.count())]
    assert set(offered) == set(Format)
    for index, fmt in enumerate(offered):
        dialog.format_box.setCurrentIndex(index)
        written = dialog.write(tmp_path / f"map.{fmt.value}")
        _check_export(written, fmt)
    dialog.close()

    window.close()
    assert not messages, messages
    assert network_attempts == []
    loaded = {name for name in sys.modules if name.startswith("PySide6.")}
    assert not {n for n in loaded if n.startswith(("PySide6.QtNetwork", "PySide6.QtWebEngine"))}


def test_the_recorder_sees_connection_attempts(network_attempts):
    """The check above can fail: a lookup or a connect, even to a local socket, is seen."""
    with pytest.raises(OSError):
        socket.getaddrinfo("example.org", 443)
    with socket.socket(socket.AF_UNIX) as local, pytest.raises(OSError):
        local.connect("/nonexistent/socket")
    assert [a.split()[0] for a in network_attempts] == ["getaddrinfo", "socket.connect"]
