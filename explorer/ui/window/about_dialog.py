"""The About dialog: version, data sources, and every library's licence.

Why read at runtime: the licences shown must be those of the libraries really
installed with the app (package metadata), not a list that drifts; a small
table covers packages whose metadata is vague.
"""

from __future__ import annotations

import re
import sys
from importlib import metadata

from PySide6.QtCore import QCoreApplication, Qt, qVersion
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

import explorer
from explorer.render.fonts import SHIPPED, licence_file
from explorer.ui.common.plain_text import plain_label

PROJECT = "trafficking-flows-explorer"
LEAFLET_FALLBACK_VERSION = "1.9.4"

#: Licences of the dependencies, for packages whose metadata does not name one clearly.
KNOWN_LICENCES: dict[str, str] = {
    "pyside6-essentials": "LGPL-3.0-only OR GPL-2.0-only OR GPL-3.0-only",
    "shiboken6": "LGPL-3.0-only OR GPL-2.0-only OR GPL-3.0-only",
    "geopandas": "BSD-3-Clause",
    "shapely": "BSD-3-Clause",
    "pyogrio": "MIT",
    "pyproj": "MIT",
    "pandas": "BSD-3-Clause",
    "numpy": "BSD-3-Clause",
    "mapclassify": "BSD-3-Clause",
    "folium": "MIT",
    "django-js-lib-leaflet": "BSD-2-Clause (Leaflet)",
    "pycountry": "LGPL-2.1-only",
    "psygnal": "BSD-3-Clause",
    "python-calamine": "MIT",
    "rapidfuzz": "MIT",
    "ftfy": "Apache-2.0",
    "babel": "BSD-3-Clause",
    "xlsxwriter": "BSD-2-Clause",
    "defusedxml": "PSF-2.0",
    "zlib-ng": "PSF-2.0 (bindings), Zlib (zlib-ng)",
}
#: Packages the app needs beyond its declared dependencies (PySide6's runtime).
EXTRA_PACKAGES = ("shiboken6",)
#: Free-text licence names and their SPDX identifiers.
_SPDX_NAMES = {
    "mit license": "MIT",
    "the mit license": "MIT",
    "psfl": "PSF-2.0",
    "python software foundation license": "PSF-2.0",
    "apache software license": "Apache-2.0",
    "apache license 2.0": "Apache-2.0",
}
#: Licence texts too vague to print when the table above knows better.
_VAGUE = {"", "unknown", "bsd", "bsd license", "osi approved", "other/proprietary license"}


# -- licences ------------------------------------------------------------------------
def _name(requirement: str) -> str:
    match = re.match(r"[A-Za-z0-9._-]+", requirement)
    return match.group(0).lower().replace("_", "-") if match else ""


def dependency_names() -> list[str]:
    """The project's runtime dependencies (from its metadata, else the known table)."""
    try:
        requirements = metadata.requires(PROJECT) or []
    except metadata.PackageNotFoundError:
        requirements = []
    names = [_name(r) for r in requirements if "extra ==" not in r]
    names = list(dict.fromkeys(n for n in names if n)) or list(KNOWN_LICENCES)
    return [*names, *(n for n in EXTRA_PACKAGES if n not in names)]


def licence_of(meta: metadata.PackageMetadata | None, name: str) -> str:
    """License-Expression, else a short License field, else the classifier, else the table."""
    found = ""
    if meta is not None:
        license_field = (meta.get("License") or "").strip()
        classifiers = [
            c.split("::")[-1].strip()
            for c in meta.get_all("Classifier") or []
            if c.startswith("License ::")
        ]
        if meta.get("License-Expression"):
            found = meta["License-Expression"].strip()
        elif license_field:
            found = license_field.splitlines()[0].strip()  # a whole licence text: its title
        elif classifiers:
            found = "; ".join(classifiers)
    found = _spdx(found)
    if found.lower() in _VAGUE or len(found) > 80:
        found = KNOWN_LICENCES.get(name, found)
    return found or QCoreApplication.translate("Help", "not stated")


def _spdx(text: str) -> str:
    """Free-text licence names as SPDX identifiers ("BSD 3-Clause License": BSD-3-Clause)."""
    bsd = re.fullmatch(r"(?:the )?bsd[ -](\d)[ -]clause(?: license)?", text, re.I)
    if bsd:
        return f"BSD-{bsd.group(1)}-Clause"
    return _SPDX_NAMES.get(text.lower(), text)


def library_rows() -> list[tuple[str, str, str]]:
    """(package, installed version, licence) for every runtime dependency."""
    rows = []
    for name in dependency_names():
        try:
            meta = metadata.metadata(name)
        except metadata.PackageNotFoundError:
            rows.append((name, QCoreApplication.translate("Help", "not installed"), ""))
            continue
        rows.append((meta["Name"], meta["Version"], licence_of(meta, name)))
    return sorted(rows, key=lambda row: row[0].lower())


def native_rows() -> list[tuple[str, str, str]]:
    """(library, version, licence) of the compiled libraries shipped inside the wheels."""
    rows = [("Qt", qVersion(), "LGPL-3.0-only")]
    for label, module, attribute, licence in (
        ("GEOS (in shapely)", "shapely", "geos_version_string", "LGPL-2.1-only"),
        ("GDAL (in pyogrio)", "pyogrio", "__gdal_version_string__", "MIT"),
        ("PROJ (in pyproj)", "pyproj", "proj_version_str", "MIT"),
    ):
        version = getattr(sys.modules.get(module), attribute, "")
        rows.append((label, str(version), licence))
    python = "{}.{}.{}".format(*sys.version_info[:3])
    return [*rows, ("Python", python, "PSF-2.0")]


def font_rows() -> list[tuple[str, str, str]]:
    """(font, version, licence) of the fonts shipped for Arabic and Chinese text."""
    return [(f"{name} ({weights})", version, lic) for name, weights, version, lic in SHIPPED]


def font_licence_line() -> str:
    return QCoreApplication.translate(
        "Help", "Font licence text (SIL Open Font License 1.1): {path}"
    ).format(path=licence_file())


def leaflet_version() -> str:
    """The Leaflet version the HTML export inlines (read from its file header)."""
    try:
        from importlib import resources

        path = resources.files("js_lib_leaflet") / "static" / "js_lib_leaflet" / "leaflet.js"
        with path.open(encoding="utf-8") as handle:
            head = handle.read(400)
    except (ImportError, OSError):
        return LEAFLET_FALLBACK_VERSION
    match = re.search(r"Leaflet (\d+\.\d+\.\d+)", head)
    return match.group(1) if match else LEAFLET_FALLBACK_VERSION


def data_source_lines() -> list[str]:
    return [
        QCoreApplication.translate(
            "Help",
            "Country shapes: Natural Earth admin-0 countries, 1:50m (Natural Earth 4.1.0), "
            "as packaged in world-atlas 2.0.2. Natural Earth data: public domain. "
            "world-atlas packaging: ISC licence, (c) Michael Bostock. Boundaries are "
            "Natural Earth's de facto lines, not an official position.",
        ),
        QCoreApplication.translate(
            "Help",
            "Demo data: synthetic, generated by this program to show how it works. "
            "Not official statistics.",
        ),
        QCoreApplication.translate(
            "Help",
            "Imported data stay under their publishers' terms (UNODC GLOTIP, CTDC and "
            "others); each dataset's source, edition, licence and caveats are in "
            "File > Dataset provenance…",
        ),
        QCoreApplication.translate(
            "Help",
            "Leaflet {version} (inlined in the interactive HTML export): BSD-2-Clause, "
            "(c) Vladimir Agafonkin, (c) CloudMade.",
        ).format(version=leaflet_version()),
    ]


def about_text() -> str:
    """Everything the About dialog says, as plain text (what "Copy" puts on the clipboard)."""
    lines = [
        "Trafficking Flows Explorer",
        QCoreApplication.translate("Help", "Version {version}").format(
            version=explorer.__version__
        ),
        QCoreApplication.translate(
            "Help",
            "An offline map of human-trafficking and migrant-smuggling data. "
            "It makes no network request.",
        ),
        "",
        QCoreApplication.translate("Help", "Data sources"),
        *(f"- {line}" for line in data_source_lines()),
        "",
        QCoreApplication.translate("Help", "Libraries (package, version, licence)"),
        *(f"- {n} {v}: {lic}" for n, v, lic in library_rows()),
        "",
        QCoreApplication.translate("Help", "Compiled libraries inside them"),
        *(f"- {n} {v}: {lic}" for n, v, lic in native_rows()),
        "",
        QCoreApplication.translate("Help", "Fonts (font, version, licence)"),
        *(f"- {n} {v}: {lic}" for n, v, lic in font_rows()),
        font_licence_line(),
    ]
    return "\n".join(lines)


# -- widgets -------------------------------------------------------------------------
def _paragraph(text: str, bold: bool = False) -> QLabel:
    label = plain_label(text)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if bold:
        font = label.font()
        font.setBold(True)
        label.setFont(font)
    return label


def _table(headers: list[str], rows: list[tuple[str, ...]]) -> QTableWidget:
    table = QTableWidget(len(rows), len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().hide()
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setWordWrap(False)
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.setItem(r, c, QTableWidgetItem(text))  # items are always plain text
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(True)
    return table


class AboutDialog(QDialog):
    """Version, data sources and licences; the full text can be copied."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("Help", "About Trafficking Flows Explorer"))
        title = _paragraph("Trafficking Flows Explorer", bold=True)
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        title.setFont(font)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        self._text = about_text()
        for line in self._text.splitlines()[1:3]:  # the version, what the app is
            layout.addWidget(_paragraph(line))

        sources = QWidget()
        column = QVBoxLayout(sources)
        for line in data_source_lines():
            column.addWidget(_paragraph(line))
        column.addStretch(1)
        headers = [
            QCoreApplication.translate("Help", "Package"),
            QCoreApplication.translate("Help", "Version"),
            QCoreApplication.translate("Help", "Licence"),
        ]
        self.libraries = _table(headers, library_rows())
        native = _table(
            [
                QCoreApplication.translate("Help", "Library"),
                QCoreApplication.translate("Help", "Version"),
                QCoreApplication.translate("Help", "Licence"),
            ],
            native_rows(),
        )
        self.fonts = _table(
            [
                QCoreApplication.translate("Help", "Font"),
                QCoreApplication.translate("Help", "Version"),
                QCoreApplication.translate("Help", "Licence"),
            ],
            font_rows(),
        )
        tabs = QTabWidget()
        tabs.addTab(sources, QCoreApplication.translate("Help", "Data sources"))
        for table, name in (
            (self.libraries, QCoreApplication.translate("Help", "Libraries")),
            (native, QCoreApplication.translate("Help", "Compiled libraries")),
            (self.fonts, QCoreApplication.translate("Help", "Fonts")),
        ):
            table.setAccessibleName(name)  # a tab's title is not read with its table
            tabs.addTab(table, name)
        layout.addWidget(tabs, 1)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        copy = QPushButton(QCoreApplication.translate("Help", "&Copy all as text"))
        copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(self.text()))
        buttons.addButton(copy, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(640, 520)

    def text(self) -> str:
        return self._text
