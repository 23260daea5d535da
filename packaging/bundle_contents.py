"""What the standalone app carries, and what it leaves out: read by explorer.spec and the tests.

Why a module and not only the spec: the choices (which Qt plugins, which locales,
which packages) are checked by a fast test without building anything, and the
build script, the spec and the tests must agree on names.
"""

from __future__ import annotations

import re
from pathlib import Path, PurePath

NAME = "trafficking-explorer"  # the executable and the folder
APP_ID = "org.traffickingflows.Explorer"
WORKSPACE_SUFFIX = ".tfe-workspace"
WORKSPACE_MIME = "application/x-trafficking-explorer-workspace"

#: The app's distribution: its metadata and its dependencies' are carried (the About
#: dialog reads each library's name, version and licence from them).
PROJECT = "trafficking-flows-explorer"
#: Dependencies of dependencies that the app never loads (see EXCLUDED_MODULES).
NOT_CARRIED = frozenset({"mapclassify", "scipy", "scikit-learn", "joblib", "threadpoolctl",
                         "networkx", "matplotlib", "pillow"})  # fmt: skip


def runtime_distributions(project: str = PROJECT) -> list[str]:
    """``project`` and every distribution it needs at run time (markers evaluated here,
    extras not followed), less :data:`NOT_CARRIED`; in the order found."""
    from importlib import metadata

    from packaging.requirements import Requirement
    from packaging.utils import canonicalize_name

    found: dict[str, None] = {}
    todo = [project]
    while todo:
        name = canonicalize_name(todo.pop(0))
        if name in found or name in NOT_CARRIED:
            continue
        try:
            requires = metadata.requires(name) or []
        except metadata.PackageNotFoundError:
            continue  # a dependency of another platform
        found[name] = None
        for text in requires:
            requirement = Requirement(text)
            if requirement.marker is None or requirement.marker.evaluate({"extra": ""}):
                todo.append(requirement.name)
    return list(found)


#: Imported by name at run time (folium's templates, pyogrio's and pyproj's loaders).
HIDDEN_IMPORTS = ("js_lib_leaflet",)
#: Packages whose data files (not modules) the app reads.
PACKAGE_DATA = ("pyogrio", "pyproj", "js_lib_leaflet", "folium", "branca", "xyzservices")
PACKAGE_DATA_LEFT_OUT = ["**/tests/**", "**/*.map", "**/*-src.js", "**/*.esm.js", "**/*.pyi"]
#: Packages whose compiled modules import each other where the freezer cannot see it.
COMPILED_PACKAGES = ("pyogrio", "shapely", "pyproj")

#: Never loaded by the app (an import trace of the window, the screenshot, the import
#: and every export shows none of them): classification is done in numpy, plots are Qt's.
EXCLUDED_MODULES = [
    "mapclassify",
    "scipy",
    "sklearn",
    "matplotlib",
    "PIL",
    "tkinter",
    "IPython",
    "pytest",
    "hypothesis",
    "openpyxl",
    "pyarrow",
    "numba",
    # Interactive-console modules: GNU Readline is GPL-3, which the app's libraries are not
    # distributed under; ncurses comes with them. The app has no console.
    "readline",
    "curses",
    "_curses",
    "_curses_panel",
    "sqlalchemy",
    "psycopg2",
    "fiona",
    "countryinfo",
    "PySide6.QtNetwork",
    "PySide6.QtQml",
    "PySide6.QtQuick",
    "PySide6.QtWebEngineCore",
    "PySide6.QtWebEngineWidgets",
    "PySide6.QtOpenGL",
    "PySide6.QtOpenGLWidgets",
    "PySide6.QtPrintSupport",
    "PySide6.QtSql",
    "PySide6.QtTest",
    "PySide6.QtXml",
    "PySide6.QtConcurrent",
    "PySide6.QtDesigner",
    "PySide6.QtUiTools",
    "PySide6.QtHelp",
    "PySide6.QtPdf",
]

#: Qt plugins kept, by folder: everything else under plugins/ is left out.
QT_PLUGINS = {
    "platforms": {
        "linux": ("xcb", "offscreen", "wayland", "minimal"),
        "win32": ("windows", "offscreen", "minimal"),
        "darwin": ("cocoa", "offscreen", "minimal"),
    },
    "imageformats": ("svg", "jpeg", "gif", "ico"),
    "iconengines": ("svgicon",),
    "platformthemes": ("xdgdesktopportal",),  # the desktop's colour scheme, file dialogs
    "platforminputcontexts": ("compose", "ibus"),  # accented letters typed in search
    "xcbglintegrations": ("xcb-glx", "xcb-egl"),
    # Wayland's client side: window decorations, buffers and shells (all small).
    "wayland-decoration-client": ("*",),
    "wayland-graphics-integration-client": ("*",),
    "wayland-shell-integration": ("*",),
    "styles": ("windowsvista", "modernwindows", "mac"),
}
#: Qt libraries no kept module or plugin needs (pulled in by plugins left out).
QT_LIBRARIES_LEFT_OUT = re.compile(
    r"Qt6?(Pdf|Qml|Quick|Network|VirtualKeyboard|Multimedia|WebEngine|Sql|Test|Designer"
    r"|PrintSupport|Positioning|WebChannel|Charts|3D|Bluetooth|SerialPort|EglFS|EglFs)",
)
#: Libraries of the desktop itself, collected as dependencies of Qt's plugins (GTK's
#: through a theme plugin left out): they must be the machine's own (they follow its
#: X server, graphics driver, fonts and session bus), as every Linux desktop has them.
#: The xcb utility libraries and xkbcommon stay in: they are often missing.
SYSTEM_LIBRARIES = re.compile(
    r"^lib(gtk-3|gdk-3|gdk_pixbuf|atk(-bridge)?|atspi|cairo(-gobject)?|pango(cairo|ft2)?|epoxy|harfbuzz|graphite2|thai|datrie"
    r"|fribidi|pixman|X11|X11-xcb|Xext|Xi|Xrender|Xrandr|Xcursor|Xfixes|Xinerama|Xcomposite"
    r"|Xdamage|Xau|Xdmcp|xcb|xcb-render|xcb-shm|GL|EGL|GLX|OpenGL|fontconfig|freetype|png16"
    r"|glib-2\.0|gobject-2\.0|gio-2\.0|gmodule-2\.0|gthread-2\.0|dbus-1|systemd|krb5"
    r"|krb5support|gssapi_krb5|k5crypto|com_err|keyutils|selinux|mount|blkid|pcre2-8|gcrypt"
    r"|gpg-error|cap|bsd|md|uuid|expat|brotli\w*)(-[\d.]+)?\.so",
)
#: The app's languages besides English: Qt's own texts (dialog buttons) in them.
UI_LANGUAGES = ("fr", "es")
#: Languages whose CLDR country names are matched on import (core/names/country_spellings).
NAME_LANGUAGES = ("en", "fr", "es", "it", "pt", "de", "nl")


def data_files(root: Path) -> list[tuple[str, str]]:
    """(source, folder in the bundle) of the app's own data: geodata, resources and the
    sources the map's outline cache names in its key (render/map/geometry_cache.py)."""
    source = root / "resources"
    resources = [
        (str(path), str(PurePath("explorer/resources", path.parent.relative_to(source))))
        for path in sorted(source.rglob("*"))
        if path.is_file() and not path.name.startswith("build_") and path.suffix != ".pyc"
    ]
    hashed = [
        (str(root / "explorer" / "render" / "map" / name), "explorer/render/map")
        for name in ("geometry.py", "paths.py", "detail_paths.py")
    ]
    return [(str(root / "geodata" / "countries.gpkg"), "explorer/geodata"), *resources, *hashed]


def _plugin_kept(parts: tuple[str, ...], platform: str) -> bool:
    folder, name = parts[0], parts[-1]
    kept = QT_PLUGINS.get(folder)
    if kept is None:
        return False
    if isinstance(kept, dict):
        kept = kept.get("linux" if platform.startswith("linux") else platform, ())
    # libqxcb.so, qwindows.dll, libqxcb-glx-integration.so, libibusplatforminputcontextplugin.so,
    # qmodernwindowsstyle.dll, libqmacstyle.dylib: the name between prefix and kind.
    core = re.sub(r"^lib", "", name.split(".")[0])
    core = re.sub(r"(-integration|platforminputcontextplugin|style)$", "", core)
    return "*" in kept or any(core in (k, "q" + k) for k in kept)


def kept(destination: str, platform: str) -> bool:
    """Whether a file the freezer collected at ``destination`` (relative to the bundle's
    contents folder) is worth shipping."""
    parts = PurePath(destination.replace("\\", "/")).parts
    if platform.startswith("linux") and SYSTEM_LIBRARIES.match(parts[-1]):
        return False
    if any(QT_LIBRARIES_LEFT_OUT.search(p) for p in parts if p.startswith(("libQt", "Qt"))):
        return False
    if parts[0] == "PySide6":
        if "plugins" in parts:
            return _plugin_kept(parts[parts.index("plugins") + 1 :], platform)
        if "translations" in parts:
            return bool(re.match(rf"qtbase_({'|'.join(UI_LANGUAGES)})\.qm$", parts[-1]))
        return "qml" not in parts
    if parts[0] == "babel" and parts[1:2] == ("locale-data",):
        return bool(re.match(rf"(root|{'|'.join(NAME_LANGUAGES)})(_\w+)?\.dat$", parts[-1]))
    if parts[0] == "pycountry" and parts[1:2] in (("locales",), ("tests",)):
        return False  # English names only: CLDR's (babel) give the other languages
    return not ("tests" in parts[:3] and parts[0] in ("pandas", "numpy", "shapely", "pyproj"))


def keep_only_used(toc: list, platform: str) -> list:
    """``toc`` (the freezer's (destination, source, kind) entries) less what is never used."""
    return [entry for entry in toc if kept(entry[0], platform)]


def mac_info_plist() -> dict:
    """The app bundle's Info.plist additions: version, and workspaces open it."""
    import tomllib

    root = Path(__file__).resolve().parents[1]
    version = tomllib.loads((root / "pyproject.toml").read_text())["project"]["version"]
    return {
        "CFBundleShortVersionString": version,
        "CFBundleVersion": version,
        "NSHighResolutionCapable": True,
        "CFBundleDocumentTypes": [
            {
                "CFBundleTypeName": "Trafficking Flows Explorer workspace",
                "CFBundleTypeRole": "Editor",
                "LSHandlerRank": "Owner",
                "LSItemContentTypes": [APP_ID + ".workspace"],
            }
        ],
        "UTExportedTypeDeclarations": [
            {
                "UTTypeIdentifier": APP_ID + ".workspace",
                "UTTypeDescription": "Trafficking Flows Explorer workspace",
                "UTTypeConformsTo": ["public.data", "public.database"],
                "UTTypeTagSpecification": {
                    "public.filename-extension": [WORKSPACE_SUFFIX.lstrip(".")],
                    "public.mime-type": [WORKSPACE_MIME],
                },
            }
        ],
    }
