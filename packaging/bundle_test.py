"""Run the built standalone app as on a user's machine: what ``make bundle-test`` runs.

    python packaging/bundle_test.py [FOLDER]   # default: the archive in dist/, unpacked
    python packaging/bundle_test.py --check-exports DIR   # only DIR/demo.{png,svg,pdf,html}

Every run of the app gets an empty environment (``env -i``): PATH is an empty
folder (no Python, no tools), HOME a fresh temporary folder, a UTF-8 locale and
QT_QPA_PLATFORM=offscreen. It checks ``--version``; a ``--screenshot`` of the demo
against the same screenshot from the virtual environment (pixel comparison, small
tolerance); the ``import`` of a generated GLOTIP-shaped workbook into a new
workspace (``.tfe-workspace``), and a map exported from it; the same workbook read
by the app started as the window's reading child; ``export --demo`` to PNG, SVG,
PDF, HTML and GeoPackage, each file checked to be valid and not trivial (the
GeoPackage's CRS written by GDAL from the one proj.db the bundle keeps); that no run
printed a PROJ error; and that LICENCES/LIBRARIES.txt names an existing licence text
for every shared library in the folder.

The checks run in this (development) Python; only the app runs from the bundle.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import tarfile
import tempfile
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path, PurePath

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
DEFAULT_APP = ROOT / "dist" / "trafficking-explorer" / "trafficking-explorer"
#: A pixel differs when a channel differs by more than this; at most MAX_DIFFERENT of them.
CHANNEL_TOLERANCE = 24
MAX_DIFFERENT = 0.005
TIMEOUT_S = 300
#: Libraries under the GPL only (no library exception), which the bundle must not carry:
#: GNU Readline comes with Python's ``readline`` module, left out of the bundle.
GPL_ONLY = ("libreadline",)
#: What GDAL or PROJ print when they cannot find or read proj.db.
PROJ_TROUBLE = re.compile(r"proj\.db|PROJ data|PROJ: |PROJ_DATA|PROJ_LIB", re.IGNORECASE)


class CheckFailedError(Exception):
    pass


def clean_env(home: Path) -> dict[str, str]:
    """A user's session reduced to what any machine has: no Python, no virtual environment."""
    (home / "bin").mkdir(parents=True, exist_ok=True)
    return {
        "PATH": str(home / "bin"),  # empty: the app must need nothing from PATH
        "HOME": str(home),
        "LANG": "C.UTF-8",
        "QT_QPA_PLATFORM": "offscreen",
    }


def run(command: list[str], env: dict[str, str], cwd: Path) -> str:
    print("$", " ".join(command), flush=True)
    empty = ["env", "-i", *(f"{k}={v}" for k, v in env.items())]
    try:
        done = subprocess.run([*empty, *command], cwd=cwd, capture_output=True, check=True,
                              text=True, timeout=TIMEOUT_S)  # fmt: skip
    except subprocess.CalledProcessError as error:
        message = f"exit {error.returncode}: {' '.join(command)}\n{error.stderr[-3000:]}"
        raise CheckFailedError(message) from None
    if PROJ_TROUBLE.search(done.stderr):
        raise CheckFailedError(f"PROJ's data not found: {' '.join(command)}\n{done.stderr[-3000:]}")
    return done.stdout


def check_png(path: Path, minimum: tuple[int, int] = (800, 500)):
    from PySide6.QtGui import QImage

    image = QImage(str(path))
    if image.isNull() or image.width() < minimum[0] or image.height() < minimum[1]:
        raise CheckFailedError(f"{path.name}: not a PNG of at least {minimum}")
    colours = {image.pixel(x, y) for x in range(0, image.width(), 7) for y in range(0, 400, 7)}
    if len(colours) < 20:
        raise CheckFailedError(f"{path.name}: nearly blank ({len(colours)} colours)")
    return image


def check_svg(path: Path) -> None:
    root = ET.parse(path).getroot()
    paths = root.findall(".//{http://www.w3.org/2000/svg}path")
    if not root.tag.endswith("svg") or len(paths) < 100:
        raise CheckFailedError(f"{path.name}: not an SVG map ({len(paths)} paths)")


def check_pdf(path: Path) -> None:
    from pypdf import PdfReader

    reader = PdfReader(path)
    if len(reader.pages) < 1 or path.stat().st_size < 50_000:
        raise CheckFailedError(f"{path.name}: not a PDF map")


def check_html(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    if "<html" not in text.lower() or "L.map" not in text or len(text) < 100_000:
        raise CheckFailedError(f"{path.name}: not a self-contained Leaflet map")
    if "https://unpkg" in text or "cdn.jsdelivr" in text:
        raise CheckFailedError(f"{path.name}: loads a script from the network")


def check_gpkg(path: Path) -> None:
    """Both map layers, every country, and the CRS GDAL wrote (it needs proj.db for it)."""
    import pyogrio

    layers = {str(name) for name, _ in pyogrio.list_layers(path)}
    info = pyogrio.read_info(path, layer="countries")
    if not {"countries", "flows"} <= layers or info["features"] < 200:
        raise CheckFailedError(f"{path.name}: not the map's layers ({sorted(layers)})")
    if info["crs"] != "EPSG:4326":
        raise CheckFailedError(f"{path.name}: CRS {info['crs']!r}, not EPSG:4326")


CHECKS = {"png": check_png, "svg": check_svg, "pdf": check_pdf, "html": check_html,
          "gpkg": check_gpkg}  # fmt: skip


def check_licences(app: Path) -> None:
    """LICENCES/LIBRARIES.txt lists every shared library of the folder, each with
    licence texts that are there; and the folder carries one proj.db."""
    sys.path.insert(0, str(ROOT / "packaging"))
    from bundle_licences import is_shared_library
    from proj_data import shareable

    folder = app.parent
    internal, licences = folder / "_internal", folder / "LICENCES"
    listed: dict[str, list[str]] = {}
    library = ""
    for line in (licences / "LIBRARIES.txt").read_text(encoding="utf-8").splitlines()[2:]:
        if line.startswith("    "):
            listed[library].append(line.strip())
        elif line:
            library = line
            listed[library] = []
    carried = [p.relative_to(internal).as_posix() for p in internal.rglob("*")
               if p.is_file() and not p.is_symlink() and is_shared_library(p.name)]  # fmt: skip
    unlisted = sorted(set(carried) - set(listed))
    texts = {text for found in listed.values() for text in found}
    absent = sorted(t for t in texts if not (licences / t).is_file())
    if unlisted or absent or any(not found for found in listed.values()):
        raise CheckFailedError(f"licences: not listed {unlisted[:5]}, texts missing {absent[:5]}")
    copyleft = sorted(name for name in carried if PurePath(name).name.startswith(GPL_ONLY))
    if copyleft:
        raise CheckFailedError(f"GPL-only libraries carried (leave their modules out): {copyleft}")
    databases = sorted(p.relative_to(internal).as_posix() for p in internal.rglob("proj.db"))
    print(f"licences: {len(carried)} shared libraries, {len(texts)} licence texts; {databases}")
    if not databases or (len(databases) > 1 and shareable()):
        raise CheckFailedError(f"expected one proj.db, found {databases}")


def check_exports(folder: Path) -> None:
    """demo.png, demo.svg, demo.pdf and demo.html in ``folder`` are valid, non-trivial maps."""
    from PySide6.QtGui import QGuiApplication

    _qt = QGuiApplication.instance() or QGuiApplication([])  # QImage reads PNGs
    for suffix, check in CHECKS.items():
        path = folder / f"demo.{suffix}"
        check(path)
        print(f"export {suffix}: {path.stat().st_size / 1e3:.0f} kB, valid")


def compare(ours, theirs) -> float:
    """The share of pixels that differ beyond the tolerance (1.0 when sizes differ)."""
    import numpy as np
    from PySide6.QtGui import QImage

    if ours.size() != theirs.size():
        return 1.0

    def pixels(image):
        image = image.convertToFormat(QImage.Format.Format_RGBA8888)
        data = np.frombuffer(bytes(image.constBits()), np.uint8)  # a copy: image is freed
        return data.reshape(image.height(), image.bytesPerLine())[:, : image.width() * 4]

    a, b = pixels(ours).astype(int), pixels(theirs).astype(int)
    differ = (np.abs(a - b) > CHANNEL_TOLERANCE).reshape(a.shape[0], -1, 4).any(axis=2)
    return float(differ.mean())


def same_screenshot(app: Path, work: Path, env: dict[str, str], name: str) -> None:
    """The bundle's ``--screenshot`` matches the virtual environment's, pixel for pixel
    (within the tolerance)."""
    from PySide6.QtGui import QImage

    ours, theirs = work / f"bundle-{name}.png", work / f"venv-{name}.png"
    run([str(app), "--screenshot", str(ours)], env, work)
    venv_env = {**env, "HOME": str(work / "venv-home"), "PYTHONPATH": str(ROOT)}
    run([sys.executable, "-m", "explorer", "--screenshot", str(theirs)], venv_env, ROOT)
    share = compare(check_png(ours), QImage(str(theirs)))
    print(f"screenshot ({name}): {share:.3%} of pixels differ from the virtual environment's")
    if share > MAX_DIFFERENT:
        raise CheckFailedError(f"the bundle's screenshot differs in {share:.2%} of its pixels")


def glotip_workbook(path: Path) -> Path:
    """A small GLOTIP-shaped export: victims in a few countries over three years, flows."""
    from tests.io.test_glotip import HEADER, row, write_xlsx

    rows = [HEADER]
    for i, iso3 in enumerate(("DEU", "FRA", "NGA", "BRA", "THA", "USA", "ROU", "IND")):
        for year in ("2019", "2020", "2021"):
            rows.append(row(iso3=iso3, year=year, value=str(40 + 13 * i + int(year) % 7)))
            rows.append(row(iso3=iso3, year=year, sex="Female", value=str(20 + 7 * i)))
    rows.append(row(iso3="DEU", dim="by citizenship", cat="Romania", value="25"))
    rows.append(row(iso3="FRA", dim="by citizenship", cat="Nigeria", value="18"))
    return write_xlsx(path, rows)


def read_by_the_app_as_a_child(app: Path, workbook: Path) -> None:
    """The window reads a large file in a child: the app's own executable, started with
    the child's argument, must answer with the dataset that reading it here gives."""
    from explorer.io.importing import child_process
    from explorer.io.importing.importers import read_any

    print(f"$ {app} {child_process.CHILD_ARGUMENT} < request for {workbook.name}", flush=True)
    child_process.child_command = lambda: [str(app), child_process.CHILD_ARGUMENT]
    dataset, report = child_process.read_in_child(workbook)
    expected, _ = read_any(workbook)
    if not dataset.observations.equals(expected.observations) or report.rows_read == 0:
        raise CheckFailedError("the app read the workbook as a child, into another dataset")


def unpacked(folder: Path) -> Path:
    """The app as a user gets it: the newest Linux archive unpacked into ``folder`` (the
    built folder itself when there is no archive)."""
    archives = sorted((ROOT / "dist").glob("trafficking-explorer-*-linux-*.tar.gz"))
    if not archives or DEFAULT_APP.stat().st_mtime > archives[-1].stat().st_mtime + 60:
        return DEFAULT_APP
    with tarfile.open(archives[-1]) as tar:
        tar.extractall(folder, filter="tar")
    print(f"unpacked {archives[-1].name} into {folder}")
    return folder / "trafficking-explorer" / "trafficking-explorer"


def main(app: Path | None = None) -> int:
    if not DEFAULT_APP.is_file() and app is None:
        print(f"no bundle at {DEFAULT_APP}: run `make bundle` first", file=sys.stderr)
        return 2
    version = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["version"]
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    _qt = QGuiApplication.instance() or QGuiApplication([])  # QImage reads PNGs
    with tempfile.TemporaryDirectory(prefix="bundle-test-") as folder:
        work = Path(folder)
        app = app or unpacked(work / "unpacked")
        env = clean_env(work / "home")
        check_licences(app)
        out = run([str(app), "--version"], env, work)
        if version not in out:
            raise CheckFailedError(f"--version printed {out!r}, not {version}")

        # English, then French: the translations (the app's and Qt's) are found.
        for language in ("en", "fr"):
            same_screenshot(app, work, {**env, "TRAFFICKING_EXPLORER_LANG": language}, language)

        workbook = glotip_workbook(work / "glotip-like.xlsx")
        workspace = work / "mine.tfe-workspace"
        print(run([str(app), "import", str(workbook), "--workspace", str(workspace)], env, work))
        if not workspace.is_file():
            raise CheckFailedError("import wrote no workspace")
        run([str(app), "export", "--workspace", str(workspace), "--out", str(work / "w.png")],
            env, work)  # fmt: skip
        check_png(work / "w.png")
        read_by_the_app_as_a_child(app, workbook)

        from tests.shared_data import GLOTIP_WORKBOOK

        if GLOTIP_WORKBOOK.is_file():  # the real export, when it is beside the clone
            real = work / "glotip.tfe-workspace"
            print(run([str(app), "import", str(GLOTIP_WORKBOOK), "--workspace", str(real)],
                      env, work))  # fmt: skip
            run([str(app), "export", "--workspace", str(real), "--out", str(work / "g.png")],
                env, work)  # fmt: skip
            check_png(work / "g.png")

        for suffix in CHECKS:
            run([str(app), "export", "--demo", "--out", str(work / f"demo.{suffix}")], env, work)
        check_exports(work)
    print("bundle-test: all passed")
    return 0


if __name__ == "__main__":
    try:
        if sys.argv[1:2] == ["--check-exports"]:  # the hosted CI's Windows and macOS runs
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
            sys.exit(check_exports(Path(sys.argv[2])))
        given = Path(sys.argv[1]) / "trafficking-explorer" if len(sys.argv) > 1 else None
        sys.exit(main(given))
    except CheckFailedError as failure:
        print(f"bundle-test FAILED: {failure}", file=sys.stderr)
        sys.exit(1)
