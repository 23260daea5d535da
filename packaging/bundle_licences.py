"""The licence texts of what the standalone app carries, and which of them covers each
shared library in it: read by build_bundle.py (LICENCES/) and the tests.

Why a table of libraries: a wheel's vendored libraries (``pyproj.libs/libcurl-*.so``,
the GDAL library in ``pyogrio.libs`` with some twenty libraries linked into it) come
without a licence file of their own, and a new wheel version can add one silently.
Every shared library in the bundle must match a rule below; the build fails on Linux
when one does not (and a test fails on the wheels installed), so a new library
without its licence is noticed before it ships.

A licence reference is a path inside LICENCES/ (a text from packaging/licences or
written by the build), ``dist:NAME/PATH`` (a licence file of the distribution NAME,
copied to LICENCES/NAME-VERSION/PATH; an empty PATH: any of them), or
:data:`SYSTEM` (a library of the build machine: its Debian copyright file).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from importlib import metadata
from pathlib import Path, PurePath

SYSTEM = "system"
QT = ("Qt-LGPL-3.0.txt", "Qt-GPL-3.0.txt", "Qt-third-party-notices.txt")
ICU = ("ICU-LICENSE.txt",)
PYTHON = ("Python-LICENSE.txt",)
GDAL_LICENCE = "GDAL-LICENSE.txt"  # written by the build from pyogrio's gdal_data
LICENCE_NAMES = ("LICEN", "COPYING", "NOTICE", "AUTHORS", "COPYRIGHT")


def dist(name: str, path: str = "") -> str:
    return f"dist:{name}/{path}"


def _texts(*names: str) -> tuple[str, ...]:
    return tuple(f"third-party/{name}.txt" for name in names)


#: What the GDAL library of pyogrio's Linux wheel holds, linked statically (vcpkg's GDAL
#: with curl, GEOS, libkml and OpenSSL; its exported symbols and embedded versions show
#: each): PROJ, GEOS, SQLite with SpatiaLite, curl with OpenSSL, libxml2, Expat, LibTIFF,
#: libgeotiff, libjpeg-turbo, libpng, zlib, liblzma, json-c, LERC, Qhull, libkml with
#: uriparser, minizip and Boost's headers.
GDAL = (
    GDAL_LICENCE,
    dist("pyproj", "LICENSE_proj"),
    dist("shapely", "LICENSE_GEOS"),
    *_texts("sqlite", "spatialite", "MPL-1.1", "LGPL-2.1", "curl", "openssl", "Apache-2.0"),
    *_texts("libxml2", "expat", "libtiff", "libgeotiff", "libjpeg-turbo", "libpng", "zlib"),
    *_texts("liblzma", "0BSD", "json-c", "lerc", "qhull", "libkml", "uriparser", "minizip"),
    *_texts("boost"),
)
#: Vendored libraries (``NAME.libs/`` on Linux, ``.dylibs/`` on macOS), by their name
#: without ``lib``, the wheel's hash and the version.
VENDORED: tuple[tuple[str, tuple[str, ...]], ...] = (
    (r"scipy_openblas\w*", (dist("numpy", "LICENSE.txt"),)),  # OpenBLAS, LAPACK, gfortran
    (r"geos(_c)?", (dist("shapely", "LICENSE_GEOS"),)),
    (r"proj(_\d+)?", (dist("pyproj", "LICENSE_proj"),)),
    (r"curl", _texts("curl", "openssl", "Apache-2.0")),  # OpenSSL linked statically
    (r"nghttp2", _texts("nghttp2")),
    (r"sqlite3", _texts("sqlite")),
    (r"tiff", _texts("libtiff")),
    (r"gdal", GDAL),
)
SHARED_LIBRARY = re.compile(r"\.(so(\.[\w.]+)?|dylib|dll|pyd)$")


def is_shared_library(name: str) -> bool:
    return bool(SHARED_LIBRARY.search(name))


def _stem(name: str) -> str:
    """``libgeos_c-ac38a227.so.1.20.5`` -> ``geos_c``; ``proj_9.dll`` -> ``proj_9``."""
    return re.split(r"[-.]", re.sub(r"^lib", "", name), maxsplit=1)[0]


def licences_for(path: str, packages: Mapping[str, str]) -> tuple[str, ...]:
    """The licence references covering the shared library at ``path`` (relative to the
    bundle's contents folder); ``packages`` maps top-level import names to distribution
    names. Empty when no rule covers it."""
    parts = PurePath(path.replace("\\", "/")).parts
    name = parts[-1]
    if re.match(r"(lib)?icu(data|uc|i18n|in|dt)", name):
        return ICU
    if parts[0] in ("PySide6", "shiboken6") or re.match(r"(lib)?(Qt6|pyside6|shiboken6)", name):
        return QT
    if parts[0].startswith("python3") or re.match(r"(lib)?python3", name):
        return PYTHON
    if parts[0].endswith(".libs") or ".dylibs" in parts:
        stem = _stem(name)
        return next((texts for rule, texts in VENDORED if re.fullmatch(rule, stem)), ())
    top = parts[0].split(".")[0]
    if top in packages:
        return (dist(packages[top]),)
    if len(parts) == 1:
        return (SYSTEM,)
    return ()


def top_level_packages() -> dict[str, str]:
    """Import name -> distribution name, for every installed distribution."""
    return {top: names[0] for top, names in metadata.packages_distributions().items()}


def _is_licence(path: PurePath) -> bool:
    return any(word in path.name.upper() for word in LICENCE_NAMES) and "tests" not in path.parts


def distribution_licence_files(name: str) -> list[tuple[Path, PurePath]]:
    """(source, path under LICENCES/NAME-VERSION/) of every licence file ``name``'s wheel
    installed: all of ``*.dist-info/licenses/`` (PEP 639, with its folders: numpy's
    bundled OpenBLAS notice and its own LICENSE.txt keep apart), the licence-like files
    elsewhere in the dist-info, and those inside the package (zlib-ng's, GDAL's)."""
    found: dict[PurePath, Path] = {}
    for file in metadata.distribution(name).files or []:
        source = Path(str(file.locate()))
        parts = PurePath(str(file)).parts
        if parts[0].endswith(".dist-info"):
            if parts[1:2] == ("licenses",) and len(parts) > 2:
                target = PurePath(*parts[2:])
            elif _is_licence(PurePath(str(file))):
                target = PurePath(*parts[1:])
            else:
                continue
        elif _is_licence(PurePath(str(file))) and not file.name.endswith(".py"):
            target = PurePath(str(file))
        else:
            continue
        if source.is_file():
            found.setdefault(target, source)
    return sorted(((source, target) for target, source in found.items()), key=lambda x: x[1])


def resolve(reference: str, licences: Path, folders: Mapping[str, str]) -> list[Path]:
    """The files in ``licences`` (LICENCES/) a reference names; ``folders`` maps a
    distribution's canonical name to its folder there. Empty when they are missing."""
    if reference.startswith("dist:"):
        name, _, inner = reference[len("dist:") :].partition("/")
        folder = folders.get(canonical(name))
        if folder is None:
            return []
        base = licences / folder
        if not inner:
            return sorted(p for p in base.rglob("*") if p.is_file()) if base.is_dir() else []
        return [base / inner] if (base / inner).is_file() else []
    return [licences / reference] if (licences / reference).is_file() else []


def canonical(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def folder_names(distributions: Iterable[str]) -> dict[str, str]:
    """Canonical name -> LICENCES folder name (``Name-VERSION``)."""
    found = {}
    for name in distributions:
        dist_ = metadata.distribution(name)
        found[canonical(name)] = f"{dist_.metadata['Name']}-{dist_.version}"
    return found
