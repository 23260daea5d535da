"""The headless ``export`` command builds no window: data files load no Qt at all, pictures
only QtGui, and every file is the one the window writes for the same view."""

from __future__ import annotations

import re
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest

from tests.probes import run_probe

ROOT = Path(__file__).resolve().parents[1]

PROBE = """
import json, sys
from explorer.cli import main
status = main(sys.argv[1:])
loaded = sorted({m.split(".")[1] for m in sys.modules if m.startswith("PySide6.")})
print(json.dumps({"status": status, "qt": loaded}))
"""


def _run(tmp_path: Path, *args: str, env: dict[str, str] | None = None) -> dict:
    return run_probe(tmp_path, PROBE, *args, env=env, timeout=180)


@pytest.mark.parametrize("suffix", ["csv", "html", "xlsx", "gpkg"])
def test_data_exports_load_no_qt(tmp_path, suffix):
    out = tmp_path / f"map.{suffix}"
    result = _run(tmp_path, "export", "--demo", "--out", str(out), "--between", "subregions")
    assert result == {"status": 0, "qt": []}
    assert out.stat().st_size > 0


def test_pictures_need_qtgui_but_no_widgets(tmp_path):
    out = tmp_path / "map.png"
    result = _run(tmp_path, "export", "--demo", "--out", str(out), "--select", "DEU")
    assert result["status"] == 0
    assert "QtGui" in result["qt"]
    assert "QtWidgets" not in result["qt"], "a picture needs no window"


@pytest.mark.parametrize(
    ("name", "options"),
    [
        ("world.png", []),
        ("deu-incoming.png", ["--select", "DEU", "--focus", "incoming", "--theme", "dark"]),
        ("regions.csv", ["--between", "regions"]),
        ("no-flows.html", ["--no-flows"]),
        ("bra-selected.html", ["--select", "BRA"]),
    ],
)
def test_the_command_writes_the_window_s_file(qtbot, tmp_path, name, options):
    """The same request, once through the window's export and once headless: same file."""
    from PySide6.QtGui import QImage

    from explorer.cli import main
    from explorer.core.view.export_spec import ExportSpec, Extent, Format, Theme
    from explorer.ui.export.map_export import export
    from explorer.ui.window.app import LaunchOptions, build_window

    headless = tmp_path / "headless" / name
    assert main(["export", "--demo", "--out", str(headless), *options]) == 0

    values = dict(zip(options[::2], options[1::2], strict=False))
    window = build_window(
        LaunchOptions(
            demo_only=True,
            select=values.get("--select"),
            focus=values.get("--focus", "all"),
            flows="--no-flows" not in options,
            zoom_to_selection=False,
        )
    )
    qtbot.addWidget(window)
    window.flow_settings.between = values.get("--between", "countries")
    fmt = Format(name.rsplit(".", 1)[1])
    spec = ExportSpec(format=fmt, theme=Theme(values.get("--theme", "light")))
    (tmp_path / "window").mkdir()
    windowed = export(window, replace(spec, extent=Extent.WORLD), tmp_path / "window" / name)

    if fmt is Format.PNG:
        ours, theirs = QImage(str(headless)), QImage(str(windowed))
        assert ours.size() == theirs.size()
        assert ours == theirs, "the same pixels"
    else:
        assert headless.read_bytes() == windowed.read_bytes()


def test_a_data_export_speaks_the_user_s_language_without_qt(tmp_path):
    """The map disclaimer of a headless HTML export in French, as the window writes it."""
    out = tmp_path / "map.html"
    result = _run(
        tmp_path, "export", "--demo", "--out", str(out), env={"TRAFFICKING_EXPLORER_LANG": "fr"}
    )
    assert result == {"status": 0, "qt": []}
    text = out.read_text(encoding="utf-8")
    assert "Les frontières et les noms indiqués" in text
    assert "do not imply official endorsement" not in text


def test_the_launch_imports_the_data_stack_before_qt():
    """The window's launch imports pandas, geopandas and pyproj before PySide6: once
    PySide6 is loaded, its import hook compiles every later module (90 ms at launch)."""
    probe = (
        "import sys\n"
        "from explorer.ui.window.app import _import_data_libraries\n"
        "_import_data_libraries()\n"
        "print(sorted({'geopandas', 'pandas', 'pyproj', 'PySide6'} & set(sys.modules)))\n"
    )
    proc = subprocess.run(
        [sys.executable, "-c", probe], cwd=ROOT, capture_output=True, text=True, timeout=120
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "['geopandas', 'pandas', 'pyproj']"


@pytest.mark.parametrize(
    ("lang", "title", "exported"),
    [
        ("fr", "Victimes de la traite détectées, 2022", "Exporté le "),
        ("ar", "ضحايا الاتجار بالأشخاص المكتشَفون، ٢٠٢٢", "صُدِّر في "),
        ("en", "Detected trafficking victims, 2022", "Exported on "),
    ],
)
def test_a_picture_s_title_and_footer_are_in_the_export_s_language(tmp_path, lang, title, exported):
    svg = tmp_path / "map.svg"
    assert _run(tmp_path, "export", "--demo", "--lang", lang, "--out", str(svg))["status"] == 0
    text = svg.read_text(encoding="utf-8")
    assert f"<title>{title}</title>" in text
    assert exported in re.search(r"<desc>([^<]*)</desc>", text).group(1)


def test_a_data_file_s_texts_stay_english_in_any_language(tmp_path):
    out = tmp_path / "map.csv"
    assert _run(tmp_path, "export", "--demo", "--lang", "fr", "--out", str(out))["status"] == 0
    about = (tmp_path / "map-about.txt").read_text(encoding="utf-8")
    assert "Title: Detected trafficking victims, 2022" in about
    assert "Exported: Exported on " in about
    assert "The boundaries and names shown do not imply" in about
    assert "Victimes" not in about and "Exporté" not in about
