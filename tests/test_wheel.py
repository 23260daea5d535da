"""The built wheel carries the geodata and resources, and the installed package finds them."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

pytestmark = pytest.mark.slow

PROBE = """
import sys
sys.path.insert(0, sys.argv[1])
import explorer
from explorer.core.geo import locations
from explorer.core.geo.countries import load_countries
assert explorer.__file__.startswith(sys.argv[1]), explorer.__file__
path = locations.countries_gpkg()
assert str(path).startswith(sys.argv[1]), path
assert locations.resources_dir().is_dir()
countries = load_countries()
print(len(countries), countries.geometry.is_valid.all(), path)
"""


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("dist")
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--quiet",
            "--no-deps",
            "--no-build-isolation",
            "--wheel-dir",
            str(out),
            str(ROOT),
        ],
        check=True,
        cwd=out,
    )
    (found,) = out.glob("trafficking_flows_explorer-*.whl")
    return found


def test_wheel_contains_geodata_and_resources(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    assert "explorer/geodata/countries.gpkg" in names
    assert "explorer/geodata/README.md" in names
    assert any(n.startswith("explorer/resources/") for n in names)
    assert "explorer/resources/translations/explorer_fr.qm" in names  # French menus
    assert "explorer/ui/window/main_window.py" in names
    # The Arabic and Chinese fonts and their licence (SIL OFL 1.1) travel with the app.
    fonts = "explorer/resources/fonts/"
    assert {
        fonts + "NotoSansArabic-Regular.ttf",
        fonts + "NotoSansArabic-Bold.ttf",
        fonts + "NotoSansCJKsc-Regular-subset.otf",
        fonts + "OFL.txt",
        fonts + "web/NotoSansArabic-Regular.woff2",  # embedded in Arabic HTML exports
        fonts + "web/NotoSansSC-Regular-names.woff2",  # and in Chinese ones
    } <= names


def test_installed_wheel_loads_country_geometries(wheel, tmp_path):
    target = tmp_path / "site"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "install",
            "--quiet",
            "--no-deps",
            "--target",
            str(target),
            str(wheel),
        ],
        check=True,
    )
    result = subprocess.run(
        [sys.executable, "-c", PROBE, str(target)],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    count, valid, path = result.stdout.split(maxsplit=2)
    assert int(count) > 230
    assert valid == "True"
    assert "explorer/geodata/countries.gpkg" in path
