"""What the launch does not import before the first painted map: a guard, not a timer.

Why: every heavy library imported before the first paint is time the user waits
at each launch (pandas alone is 0.2 s), and a stray top-level import in one
module is enough to bring one back. So the launch, on the demo and on a
workspace holding an imported GLOTIP file, is run in a fresh process to its
first paint, and the libraries it must leave for later are checked absent.
The list grows as launch work moves after the first paint (issue 20).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.io.test_glotip import row, write_csv
from tests.probes import run_probe

ROOT = Path(__file__).resolve().parents[1]

#: Imported on first use only: classes, exports, spreadsheets, name matching.
NOT_BEFORE_FIRST_PAINT = (
    "scipy",
    "sklearn",
    "mapclassify",
    "openpyxl",
    "python_calamine",
    "folium",
    "branca",
    "jinja2",
    "matplotlib",
    "PIL",
    "rapidfuzz",
    "ftfy",
)

CHILD = """
import json, sys
from pathlib import Path
from explorer.ui.window.app import LaunchOptions, run

seen = {"lines": []}


class Watch:  # run() prints first-paint and ready; note the modules loaded at each
    def write(self, text):
        if text.strip():
            seen["lines"].append(text.strip())
            seen.setdefault(text.strip(), sorted(sys.modules))
        return len(text)

    def flush(self):
        pass


sys.stdout = Watch()
workspace = Path(sys.argv[1]) if len(sys.argv) > 1 else None
code = run(LaunchOptions(workspace=workspace, exit_after_first_paint=True))
sys.stdout = sys.__stdout__
print(json.dumps({"code": code, "lines": seen["lines"], "modules": seen.get("first-paint", [])}))
"""

#: Not imported before the first frame of a launch on a workspace it was kept for: the
#: data libraries themselves (the window, which needs them, is built after it).
NOT_BEFORE_FIRST_FRAME = ("pandas", "numpy", "shapely", "geopandas", "pyproj", "pyogrio")


def _launch(tmp_path: Path, *args: str) -> dict:
    answer = run_probe(tmp_path, CHILD, *args, env={"QT_QPA_PLATFORM": "offscreen"})
    assert answer["code"] == 0
    assert answer["lines"] == ["first-paint", "ready"]
    return answer


def _modules_at_first_paint(tmp_path: Path, *args: str) -> set[str]:
    return {name.partition(".")[0] for name in _launch(tmp_path, *args)["modules"]}


def _glotip_workspace(tmp_path: Path) -> Path:
    from explorer.cli import main

    source = write_csv(tmp_path / "glotip.csv", [row("NGA", value="193"), row("DEU")])
    workspace = tmp_path / "w.sqlite"
    assert main(["import", str(source), "--workspace", str(workspace)]) == 0
    return workspace


@pytest.mark.parametrize("start", ["demo", "GLOTIP workspace"])
def test_the_launch_leaves_heavy_libraries_for_later(tmp_path: Path, start: str):
    args = [str(_glotip_workspace(tmp_path))] if start == "GLOTIP workspace" else []
    loaded = _modules_at_first_paint(tmp_path, *args)
    assert "PySide6" in loaded and "explorer" in loaded  # it did launch
    early = sorted(set(NOT_BEFORE_FIRST_PAINT) & loaded)
    assert early == [], f"imported before the first paint: {early}"


def test_the_next_launch_paints_its_first_frame_before_the_data_libraries(tmp_path: Path):
    workspace = str(_glotip_workspace(tmp_path))
    first = _modules_at_first_paint(tmp_path, workspace)  # keeps the frame once ready
    assert "pandas" in first  # no frame yet: the window itself was the first paint
    again = _modules_at_first_paint(tmp_path, workspace)
    assert "PySide6" in again and "explorer" in again
    early = sorted(set(NOT_BEFORE_FIRST_FRAME + NOT_BEFORE_FIRST_PAINT) & again)
    assert early == [], f"imported before the first frame: {early}"
