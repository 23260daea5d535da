"""Every shared library the standalone app carries has its licence text, and the app
carries PROJ's data once (no build: the wheels installed here are what it freezes).

What a user or a distributor would notice: a library in LICENCES/LIBRARIES.txt with no
text, a text named that is not there, numpy's OpenBLAS notice overwritten by another
file of the same name, a second 10 MB proj.db.
"""

from __future__ import annotations

import os
import re
import sys
from functools import cache
from importlib import metadata
from pathlib import Path, PurePath

import pytest

PACKAGING = Path(__file__).resolve().parents[1] / "packaging"
sys.path.insert(0, str(PACKAGING))
import bundle_contents as contents  # noqa: E402
import bundle_licences as licences  # noqa: E402
import proj_data  # noqa: E402

TEXTS = PACKAGING / "licences"
BUILD_WRITES = {licences.GDAL_LICENCE, *licences.PYTHON}  # copied from pyogrio, Python
_packages = cache(licences.top_level_packages)


def _wheel_libraries() -> list[tuple[str, str]]:
    """(distribution, path in the bundle) of every shared library a carried wheel
    installed and the bundle keeps (PyInstaller keeps site-packages' layout)."""
    found = []
    for name in contents.runtime_distributions():
        for file in metadata.distribution(name).files or []:
            path = PurePath(str(file)).as_posix()
            if licences.is_shared_library(file.name) and contents.kept(path, sys.platform):
                found.append((name, path))
    return found


@cache
def _covered(reference: str) -> bool:
    if reference.startswith("dist:"):
        name, _, inner = reference[len("dist:") :].partition("/")
        targets = {target.as_posix() for _, target in licences.distribution_licence_files(name)}
        return bool(targets) and (not inner or inner in targets)
    if reference == licences.GDAL_LICENCE:
        return (proj_data.installed("pyogrio/gdal_data") / "LICENSE.TXT").is_file()
    return reference in BUILD_WRITES or (TEXTS / reference).is_file()


def test_every_library_the_wheels_bring_has_its_licence_text():
    packages = _packages()
    libraries = _wheel_libraries()
    vendored = [path for _, path in libraries if ".libs/" in path]
    assert any("pyproj.libs/libcurl" in p for p in vendored), "the wheels' layout changed"
    uncovered = {
        path: refs
        for _, path in libraries
        if not (refs := licences.licences_for(path, packages))
        or licences.SYSTEM in refs
        or not all(_covered(ref) for ref in refs)
    }
    assert not uncovered, f"add a rule to packaging/bundle_licences.py: {uncovered}"


def test_a_library_no_rule_names_has_no_licence():
    packages = _packages()
    for new in ("pyproj.libs/libwebp-1a2b3c4d.so.7.1.9", "shapely.libs/libgfortran-5e6f.so.5"):
        assert licences.licences_for(new, packages) == ()
    gdal = licences.licences_for("pyogrio.libs/libgdal-253d08a6.so.38.3.12.4", packages)
    assert {"GDAL-LICENSE.txt", "third-party/curl.txt", "third-party/libxml2.txt"} <= set(gdal)
    assert licences.licences_for("PySide6/Qt/lib/libicuuc.so.73", packages) == licences.ICU
    assert "Qt-third-party-notices.txt" in licences.licences_for(
        "PySide6/Qt/plugins/imageformats/libqjpeg.so", packages
    )
    assert licences.licences_for("libssl.so.3", packages) == (licences.SYSTEM,)
    dynload = "python3.13/lib-dynload/_ssl.cpython-313-x86_64-linux-gnu.so"
    assert licences.licences_for(dynload, packages) == licences.PYTHON


def test_every_text_a_rule_or_a_notice_names_is_in_the_repository():
    named = {*licences.QT, *licences.ICU, *licences.GDAL}
    named |= {text for _, texts in licences.VENDORED for text in texts}
    notices = (TEXTS / "Qt-third-party-notices.txt").read_text(encoding="utf-8")
    named |= set(re.findall(r"third-party/[\w.+-]+\.txt", notices))
    for text in sorted(named - BUILD_WRITES):
        if not text.startswith("dist:"):
            assert (TEXTS / text).stat().st_size > 400, text


def test_numpy_keeps_its_openblas_notice_apart_from_its_other_licences():
    files = dict((target.as_posix(), source) for source, target in
                 licences.distribution_licence_files("numpy"))  # fmt: skip
    assert "OpenBLAS" in files["LICENSE.txt"].read_text(encoding="utf-8")
    assert any(path.startswith("numpy/random/") for path in files)


def test_pyogrio_and_pyproj_carry_the_same_proj_database():
    # When this fails a wheel moved to another PROJ: the bundle then keeps both
    # copies (10 MB more) until the other wheel follows.
    assert proj_data.shareable()
    toc = [
        ("pyogrio/proj_data/proj.db", "/x/proj.db", "DATA"),
        ("pyogrio/gdal_data/header.dxf", "/x/header.dxf", "DATA"),
        ("pyproj/proj_dir/share/proj/proj.db", "/y/proj.db", "DATA"),
    ]
    kept = [entry[0] for entry in proj_data.without_pyogrio_copy(toc)]
    assert kept == ["pyogrio/gdal_data/header.dxf", "pyproj/proj_dir/share/proj/proj.db"]


def test_the_runtime_hook_points_gdal_at_the_copy_the_bundle_keeps(monkeypatch, tmp_path):
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    monkeypatch.setenv("PROJ_DATA", "/somewhere/else")
    exec(compile(proj_data.RUNTIME_HOOK.read_text(), str(proj_data.RUNTIME_HOOK), "exec"), {})
    assert os.environ["PROJ_DATA"] == str(tmp_path.joinpath(*proj_data.PYPROJ_DATA.split("/")))


@pytest.mark.parametrize("text", ["Qt-third-party-notices.txt", "ICU-LICENSE.txt"])
def test_the_qt_and_icu_texts_are_whole(text: str):
    body = (TEXTS / text).read_text(encoding="utf-8")
    assert "Permission is hereby granted" in body and len(body) > 5000
