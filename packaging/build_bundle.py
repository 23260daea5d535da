"""Build the standalone app (one folder) and pack it: what ``make bundle`` runs.

    python packaging/build_bundle.py        # with the build environment's Python

1. makes the icons from packaging/icon.png;
2. freezes the app with packaging/explorer.spec into dist/trafficking-explorer/;
3. adds the licence texts of everything carried (LICENCES/), the desktop files and
   their installer (Linux), and a README;
4. packs dist/trafficking-explorer-VERSION-linux-x86_64.tar.gz (Linux), or a .zip
   (Windows), and, when ``appimagetool`` is on PATH, an AppImage;
5. prints the unpacked and packed sizes.
"""

from __future__ import annotations

import os
import platform
import shutil
import subprocess
import sys
import tarfile
import tomllib
import zipfile
from importlib import metadata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGING = ROOT / "packaging"
DIST = ROOT / "dist"
BUILD = ROOT / "build"
sys.path.insert(0, str(PACKAGING))
import bundle_contents as contents  # noqa: E402
import bundle_licences as licences  # noqa: E402
from icons import make_icons  # noqa: E402

VERSION = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["version"]
#: Licence texts no wheel carries: Qt's (LGPL-3.0, which builds on the GPL-3.0) and its
#: third-party code's, ICU's, and those of the libraries inside the wheels' own libraries.
LICENCE_TEXTS = PACKAGING / "licences"


def folder() -> Path:
    """The one-folder app (macOS: its .app's Contents/MacOS holds the same)."""
    return DIST / contents.NAME


def freeze() -> None:
    make_icons(BUILD / "icons")
    subprocess.run(
        [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
         "--distpath", str(DIST), "--workpath", str(BUILD / "pyinstaller"),
         str(PACKAGING / "explorer.spec")],
        check=True,
    )  # fmt: skip


def add_licences(app: Path) -> list[Path]:
    """LICENCES/<distribution>/... for every distribution carried, the texts of
    packaging/licences (Qt and its third-party code, ICU, the libraries inside the
    wheels' vendored libraries), Python's, the build machine's libraries' and an index
    of which texts cover each shared library (LIBRARIES.txt)."""
    out = app / "LICENCES"
    shutil.rmtree(out, ignore_errors=True)
    written = []
    distributions = contents.runtime_distributions()
    folders = licences.folder_names(distributions)
    for name in distributions:
        target = out / folders[licences.canonical(name)]
        for source, inner in licences.distribution_licence_files(name):
            (target / inner).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target / inner)
            written.append(target / inner)
        licence = metadata.distribution(name).metadata.get("License") or ""
        if not target.exists() and len(licence) > 200:  # the whole text in the metadata
            target.mkdir(parents=True)
            (target / "LICENSE").write_text(licence, encoding="utf-8")
            written.append(target / "LICENSE")
    shutil.copytree(LICENCE_TEXTS, out, dirs_exist_ok=True)
    written += [out / p.relative_to(LICENCE_TEXTS) for p in LICENCE_TEXTS.rglob("*") if p.is_file()]
    gdal = app / "_internal" / "pyogrio" / "gdal_data" / "LICENSE.TXT"  # GDAL, inside pyogrio
    if gdal.is_file():
        shutil.copy2(gdal, out / licences.GDAL_LICENCE)
        written.append(out / licences.GDAL_LICENCE)
    system = {}
    if sys.platform.startswith("linux"):
        system = system_library_licences(app / "_internal", out / "system-libraries")
        written += sorted(set(system.values()))
    python = Path(sys.base_prefix) / "lib" / f"python{sys.version_info[0]}.{sys.version_info[1]}"
    for candidate in (python / "LICENSE.txt", Path(sys.base_prefix) / "LICENSE.txt"):
        if candidate.is_file():
            shutil.copy2(candidate, out / "Python-LICENSE.txt")
            written.append(out / "Python-LICENSE.txt")
            break
    written.append(index_libraries(app / "_internal", out, folders, system))
    return written


def index_libraries(internal: Path, out: Path, folders: dict, system: dict) -> Path:
    """LICENCES/LIBRARIES.txt: each shared library carried and the texts covering it.
    A library no rule of bundle_licences.py covers, or whose texts are missing, stops
    the build on Linux (a warning elsewhere: those builds are not checked here)."""
    lines, missing = [], []
    packages = licences.top_level_packages()
    for path in sorted(internal.rglob("*")):
        if path.is_symlink() or not path.is_file() or not licences.is_shared_library(path.name):
            continue
        relative = path.relative_to(internal).as_posix()
        found: list[Path] = []
        for reference in licences.licences_for(relative, packages) or ("",):
            if reference == licences.SYSTEM:
                files = [system[path.name]] if path.name in system else []
            else:
                files = licences.resolve(reference, out, folders) if reference else []
            if not files:
                missing.append(f"{relative} ({reference or 'no rule'})")
            found += files
        texts = sorted({f.relative_to(out).as_posix() for f in found})
        lines.append(f"{relative}\n    " + "\n    ".join(texts or ["(none)"]))
    index = out / "LIBRARIES.txt"
    index.write_text(
        "The shared libraries this app carries and the licence texts (in this folder)\n"
        "that cover each of them.\n\n" + "\n".join(lines) + "\n",
        encoding="utf-8",
    )
    if missing:
        message = "licences: no licence text for\n  " + "\n  ".join(missing)
        if sys.platform.startswith("linux"):
            raise SystemExit(message + "\n(add a rule to packaging/bundle_licences.py)")
        print("WARNING " + message)
    return index


def system_library_licences(internal: Path, out: Path) -> dict[str, Path]:
    """The Debian copyright file of each library the freezer took from the build machine
    (OpenSSL, libffi, the xcb utilities...), found with dpkg, by library name; none where
    dpkg is absent."""
    if shutil.which("dpkg") is None:
        print("licences: dpkg not found, the system libraries' copyright files are left out")
        return {}
    written: dict[str, Path] = {}
    for library in sorted(internal.glob("*.so*")):
        # dpkg knows a file by the path its package installed (/lib or /usr/lib).
        for folder in ("/usr/lib/x86_64-linux-gnu", "/lib/x86_64-linux-gnu", "/usr/lib", "/lib"):
            source = Path(folder) / library.name
            found = subprocess.run(["dpkg", "-S", str(source)], capture_output=True, text=True)
            package = found.stdout.split(":")[0].strip()
            copyright_file = Path("/usr/share/doc") / package / "copyright"
            if found.returncode == 0 and copyright_file.is_file():
                out.mkdir(parents=True, exist_ok=True)
                shutil.copy2(copyright_file, out / f"{package}.copyright")
                written[library.name] = out / f"{package}.copyright"
                break
    return written


def add_desktop_files(app: Path) -> None:
    """share/ (desktop entry, MIME type, icons) and install-desktop.sh beside the app."""
    share = app / "share"
    shutil.rmtree(share, ignore_errors=True)
    (share / "applications").mkdir(parents=True)
    (share / "mime" / "packages").mkdir(parents=True)
    shutil.copy2(PACKAGING / f"{contents.APP_ID}.desktop", share / "applications")
    shutil.copy2(PACKAGING / f"{contents.APP_ID}.xml", share / "mime" / "packages")
    for png in sorted((BUILD / "icons").glob("explorer-*.png")):
        size = png.stem.split("-")[1]
        target = share / "icons" / "hicolor" / f"{size}x{size}" / "apps"
        target.mkdir(parents=True, exist_ok=True)
        shutil.copy2(png, target / f"{contents.APP_ID}.png")
    for script in ("install-desktop.sh",):
        shutil.copy2(PACKAGING / script, app / script)
        (app / script).chmod(0o755)


def pack(app: Path) -> Path:
    system = {"linux": "linux", "win32": "windows", "darwin": "macos"}.get(sys.platform, "other")
    base = f"{contents.NAME}-{VERSION}-{system}-{platform.machine().lower()}"
    if sys.platform.startswith("win"):
        archive = DIST / f"{base}.zip"
        with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as zipped:
            for path in sorted(app.rglob("*")):
                zipped.write(path, Path(contents.NAME) / path.relative_to(app))
        return archive
    archive = DIST / f"{base}.tar.gz"
    with tarfile.open(archive, "w:gz", compresslevel=9) as tar:
        tar.add(app, arcname=contents.NAME)
    return archive


def appimage(app: Path) -> Path | None:
    """An AppImage of the folder, when appimagetool is installed (it is not on PyPI or in
    Debian, and its usual download is from GitHub)."""
    tool = shutil.which("appimagetool")
    if tool is None:
        print("AppImage: skipped (appimagetool is not installed; the .tar.gz is the Linux build)")
        return None
    appdir = BUILD / "AppDir"
    shutil.rmtree(appdir, ignore_errors=True)
    shutil.copytree(app, appdir / "usr" / "lib" / contents.NAME, symlinks=True)
    shutil.copy2(PACKAGING / f"{contents.APP_ID}.desktop", appdir)
    shutil.copy2(BUILD / "icons" / "explorer-256.png", appdir / f"{contents.APP_ID}.png")
    run = appdir / "AppRun"
    run.write_text(
        '#!/bin/sh\nhere="$(dirname "$(readlink -f "$0")")"\n'
        f'exec "$here/usr/lib/{contents.NAME}/{contents.NAME}" "$@"\n'
    )
    run.chmod(0o755)
    target = DIST / f"{contents.NAME}-{VERSION}-{platform.machine()}.AppImage"
    env = {**os.environ, "ARCH": platform.machine()}
    subprocess.run([tool, "--no-appstream", str(appdir), str(target)], check=True, env=env)
    return target


def size_of(path: Path) -> int:
    if path.is_file():
        return path.stat().st_size
    return sum(p.lstat().st_size for p in path.rglob("*") if p.is_file() or p.is_symlink())


def main() -> int:
    freeze()
    app = folder()
    licences = add_licences(app)
    print(f"licences: {len(licences)} files in {app / 'LICENCES'}")
    mac_app = DIST / "Trafficking Flows Explorer.app"
    if sys.platform == "darwin" and mac_app.is_dir():  # wrapped before the licences came
        shutil.copytree(app / "LICENCES", mac_app / "Contents" / "Resources" / "LICENCES",
                        dirs_exist_ok=True)  # fmt: skip
    if sys.platform.startswith("linux"):
        add_desktop_files(app)
    shutil.copy2(PACKAGING / "README-bundle.txt", app / "README.txt")
    archive = pack(app)
    built = [archive]
    if sys.platform.startswith("linux"):
        built.append(appimage(app))
    print(f"unpacked: {size_of(app) / 1e6:.0f} MB  {app}")
    for path in filter(None, built):
        print(f"packed:   {size_of(path) / 1e6:.0f} MB  {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
