"""The standalone app's packaging files agree with each other and with the app (no build).

What a desk officer would notice: the menu entry that does not validate, a double-click on
a workspace that opens nothing, a new workspace under the old extension, an old
``workspace.sqlite`` left behind, a bundle without the Qt plugin of their desktop.
"""

from __future__ import annotations

import configparser
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from explorer.cli import _opened_file
from explorer.io.workspace.location import SUFFIX, default_workspace_path, is_workspace_file
from explorer.io.workspace.store import Workspace, load_workspace, save_workspace

PACKAGING = Path(__file__).resolve().parents[1] / "packaging"
sys.path.insert(0, str(PACKAGING))
import bundle_contents as contents  # noqa: E402

DESKTOP = PACKAGING / f"{contents.APP_ID}.desktop"
MIME = PACKAGING / f"{contents.APP_ID}.xml"
MIME_NS = "{http://www.freedesktop.org/standards/shared-mime-info}"


def _desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # keys are case-sensitive
    parser.read(DESKTOP, encoding="utf-8")
    return parser["Desktop Entry"]


def test_the_desktop_entry_opens_workspaces_of_the_mime_type_the_xml_declares():
    entry = _desktop_entry()
    assert entry["Type"] == "Application" and entry["Icon"] == contents.APP_ID
    assert entry["Exec"].split()[0] == contents.NAME and "%f" in entry["Exec"].split()
    mime = ET.parse(MIME).getroot().find(f"{MIME_NS}mime-type")
    assert mime is not None and mime.get("type") == contents.WORKSPACE_MIME
    assert contents.WORKSPACE_MIME in entry["MimeType"].split(";")
    globs = [g.get("pattern") for g in mime.findall(f"{MIME_NS}glob")]
    assert globs == [f"*{SUFFIX}"] and SUFFIX == contents.WORKSPACE_SUFFIX
    plist = contents.mac_info_plist()["UTExportedTypeDeclarations"][0]
    assert plist["UTTypeTagSpecification"]["public.filename-extension"] == [SUFFIX[1:]]


@pytest.mark.skipif(shutil.which("desktop-file-validate") is None, reason="desktop-file-utils")
def test_the_desktop_entry_validates():
    done = subprocess.run(
        ["desktop-file-validate", str(DESKTOP)], capture_output=True, text=True, timeout=30
    )
    assert done.returncode == 0 and not done.stdout.strip(), done.stdout + done.stderr


def test_what_a_double_click_runs_opens_the_workspace():
    # The desktop entry's "trafficking-explorer %f" with a workspace, old or new.
    assert _opened_file(["/home/me/w.tfe-workspace"]) == ["--workspace", "/home/me/w.tfe-workspace"]
    assert _opened_file(["old.sqlite"]) == ["--workspace", "old.sqlite"]
    assert _opened_file([]) == []  # the menu entry: no file
    assert _opened_file(["import", "g.xlsx"]) == ["import", "g.xlsx"]


def test_a_new_user_gets_the_workspace_extension(tmp_path: Path):
    path = default_workspace_path(platform="linux", environ={"HOME": str(tmp_path)})
    assert path.name == f"workspace{SUFFIX}" and is_workspace_file(path)


def test_an_existing_default_sqlite_workspace_stays_the_default(tmp_path: Path):
    folder = tmp_path / ".local/share/trafficking-flows-explorer"
    old = folder / "workspace.sqlite"
    folder.mkdir(parents=True)
    save_workspace(Workspace(view={"year": 2019}), old)
    path = default_workspace_path(platform="linux", environ={"HOME": str(tmp_path)})
    assert path == old
    assert load_workspace(path).view == {"year": 2019}
    # Once a workspace of the new name is there (a user made it), it is the default.
    save_workspace(Workspace(view={"year": 2021}), folder / f"workspace{SUFFIX}")
    assert default_workspace_path(platform="linux", environ={"HOME": str(tmp_path)}).suffix == (
        SUFFIX
    )


def test_sqlite_and_new_workspaces_both_open(tmp_path: Path):
    for name in ("w.sqlite", f"w{SUFFIX}"):
        save_workspace(Workspace(view={"year": 2020}), tmp_path / name)
        assert load_workspace(tmp_path / name).view == {"year": 2020}
        assert is_workspace_file(tmp_path / name)


@pytest.mark.parametrize(
    ("destination", "platform", "kept"),
    [
        ("PySide6/Qt/plugins/platforms/libqxcb.so", "linux", True),
        ("PySide6/Qt/plugins/platforms/libqoffscreen.so", "linux", True),
        ("PySide6/Qt/plugins/platforms/libqwayland.so", "linux", True),
        ("PySide6/Qt/plugins/platforms/libqeglfs.so", "linux", False),
        ("PySide6/Qt/plugins/imageformats/libqsvg.so", "linux", True),
        ("PySide6/Qt/plugins/xcbglintegrations/libqxcb-glx-integration.so", "linux", True),
        ("PySide6/Qt/plugins/wayland-shell-integration/libxdg-shell.so", "linux", True),
        (
            "PySide6/Qt/plugins/platforminputcontexts/libibusplatforminputcontextplugin.so",
            "linux",
            True,
        ),
        ("PySide6/Qt/plugins/platforminputcontexts/libqtvirtualkeyboardplugin.so", "linux", False),
        (
            "PySide6/Qt/plugins/wayland-graphics-integration-server/libqt-wayland-compositor-shm"
            "-emulation-server.so",
            "linux",
            False,
        ),
        ("PySide6/plugins/styles/qmodernwindowsstyle.dll", "win32", True),
        ("PySide6/Qt/plugins/styles/libqmacstyle.dylib", "darwin", True),
        ("PySide6/Qt/plugins/imageformats/libqpdf.so", "linux", False),
        ("PySide6/Qt/plugins/sqldrivers/libqsqlite.so", "linux", False),
        ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", "linux", False),
        ("PySide6/plugins/platforms/qwindows.dll", "win32", True),
        ("PySide6/plugins/platforms/qxcb.dll", "win32", False),
        ("PySide6/Qt/plugins/platforms/libqcocoa.dylib", "darwin", True),
        ("PySide6/Qt/lib/libQt6Pdf.so.6", "linux", False),
        ("PySide6/Qt/lib/libQt6Qml.so.6", "linux", False),
        ("PySide6/Qt/lib/QtWebEngineCore.framework/QtWebEngineCore", "darwin", False),
        ("PySide6/Qt/lib/libQt6Svg.so.6", "linux", True),
        ("PySide6/Qt/translations/qtbase_fr.qm", "linux", True),
        ("PySide6/Qt/translations/qtbase_ja.qm", "linux", False),
        ("babel/locale-data/fr.dat", "linux", True),
        ("babel/locale-data/ja.dat", "linux", False),
        ("libgtk-3.so.0", "linux", False),
        ("libxcb-cursor.so.0", "linux", True),
        ("pyogrio/gdal_data/header.dxf", "linux", True),
    ],
)
def test_the_bundle_keeps_only_what_is_used(destination: str, platform: str, kept: bool):
    assert contents.kept(destination, platform) is kept


def test_the_bundle_carries_the_apps_own_data_and_leaves_out_unused_libraries():
    root = PACKAGING.parent
    data = contents.data_files(root)
    assert all(Path(source).is_file() for source, _ in data)
    folders = {folder for _, folder in data}
    assert {"explorer/geodata", "explorer/resources/translations"} <= folders
    assert any(source.endswith("explorer_fr.qm") for source, _ in data)
    assert {"scipy", "sklearn", "mapclassify", "matplotlib"} <= set(contents.EXCLUDED_MODULES)
    assert "PySide6.QtWebEngineCore" in contents.EXCLUDED_MODULES
    # The spec's entry, icon source and licence texts are in the repository.
    for name in ("explorer.spec", "launcher.py", "icon.png", "install-desktop.sh"):
        assert (PACKAGING / name).is_file(), name
    assert (PACKAGING / "licences" / "Qt-LGPL-3.0.txt").stat().st_size > 5000


@pytest.mark.skipif(shutil.which("sh") is None, reason="no POSIX shell")
def test_the_desktop_installer_is_valid_shell():
    done = subprocess.run(["sh", "-n", str(PACKAGING / "install-desktop.sh")], timeout=30)
    assert done.returncode == 0
