"""The Help menu: how to read the map, the keyboard shortcuts, and About (sources, licences).

Why these three: a desk officer must not read detected victims as prevalence
or a flow as the whole movement; keyboard users need the shortcuts as they
really are (read from the window's actions, so the list cannot go stale); and
a redistributed copy must carry its data sources and every library's licence
(read from the installed packages, with a small table for what metadata lacks).

Every text here is plain and selectable; package metadata and dataset
provenance are data, never markup (DESIGN.md section 5).
"""

from __future__ import annotations

import re
import sys
from importlib import metadata

from PySide6.QtCore import QCoreApplication, Qt, qVersion
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QDockWidget,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMenu,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

import explorer
from explorer.ui.plain_text import plain_label

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
        tabs = QTabWidget()
        tabs.addTab(sources, QCoreApplication.translate("Help", "Data sources"))
        tabs.addTab(self.libraries, QCoreApplication.translate("Help", "Libraries"))
        tabs.addTab(native, QCoreApplication.translate("Help", "Compiled libraries"))
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


def reading_sections() -> list[tuple[str, str]]:
    """(heading, paragraph) of the "How to read this map" panel, in reading order."""
    return [
        (
            QCoreApplication.translate("Help", "Detected victims are not prevalence"),
            QCoreApplication.translate(
                "Help",
                "The figures count victims that the authorities of a country detected and "
                "reported: people identified by police, prosecutors, courts, social "
                "services or organisations. They do not estimate how many people are "
                "trafficked. A high figure can mean that a country looks hard and records "
                "well; a low figure, or none, does not mean that trafficking is rare.",
            ),
        ),
        (
            QCoreApplication.translate("Help", "Countries detect differently"),
            QCoreApplication.translate(
                "Help",
                "Laws, definitions, institutions and ways of counting differ between "
                "countries and change over time. Compare countries with care; a trend "
                "within one country is usually safer than a ranking of countries.",
            ),
        ),
        (
            QCoreApplication.translate("Help", "Suppressed small counts"),
            QCoreApplication.translate(
                "Help",
                'Publishers hide small numbers to protect the people behind them: "<5" '
                '(UNODC GLOTIP) means between 1 and 4, "<10" (CTDC) between 1 and 9. '
                "The map shows such figures as a range with their own legend swatch, "
                "never as a number and never as zero; totals that include them read "
                '"at least". Grey countries have no figure for that year.',
            ),
        ),
        (
            QCoreApplication.translate("Help", "Flows are minimum figures"),
            QCoreApplication.translate(
                "Help",
                "An arrow from A to B counts the victims detected in B whose citizenship "
                "was recorded as A. Victims whose citizenship was not recorded, or "
                "recorded only as a region or as unknown, have no arrow: they are listed "
                "in the country's tooltip and panel. So each arrow is at least the number "
                "shown, and a country's arrows do not add up to all its victims. "
                "Citizenship is not always where a person was recruited.",
            ),
        ),
        (
            QCoreApplication.translate("Help", "Case data (CTDC)"),
            QCoreApplication.translate(
                "Help",
                "CTDC data describe identified cases recorded by the contributing "
                "organisations: a sample of identified victims, not a count for a whole "
                "country.",
            ),
        ),
        (
            QCoreApplication.translate("Help", "Rates per 100,000"),
            QCoreApplication.translate(
                "Help",
                "Rates divide a count by the population loaded in the workspace for the "
                "same country and year (or the nearest year, said in the caveat). A rate "
                "built on a suppressed count is a range. Demo data get no rates.",
            ),
        ),
        (
            QCoreApplication.translate("Help", "Sources and caveats"),
            QCoreApplication.translate(
                "Help",
                "Every dataset keeps its provenance: publisher, edition, file, checksum and "
                "the publisher's caveats (File > Dataset provenance…). Exports carry the "
                "source line.",
            ),
        ),
    ]


class HowToReadPanel(QDockWidget):
    """A dock with :func:`reading_sections` and the caveats of the dataset on screen."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(QCoreApplication.translate("Help", "How to read this map"), window)
        self.setObjectName("how_to_read")
        self.window_ = window
        body = QWidget()
        column = QVBoxLayout(body)
        for heading, paragraph in reading_sections():
            column.addSpacing(6)
            column.addWidget(_paragraph(heading, bold=True))
            column.addWidget(_paragraph(paragraph))
        column.addSpacing(6)
        self.dataset_heading = _paragraph("", bold=True)
        self.dataset_text = _paragraph("")
        column.addWidget(self.dataset_heading)
        column.addWidget(self.dataset_text)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidget(body)
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setWidget(scroll)
        self.setMinimumWidth(300)
        if hasattr(window, "dataset_shown"):
            window.dataset_shown.connect(self.show_dataset)
        self.show_dataset()

    def show_dataset(self, *_: object) -> None:
        """The source line and caveats of the dataset on screen (plain text: it is data)."""
        dataset = getattr(self.window_, "dataset", None)
        if dataset is None:
            return
        self.dataset_heading.setText(
            QCoreApplication.translate("Help", "The dataset on screen: {name}").format(
                name=dataset.name
            )
        )
        provenance = dataset.provenance
        self.dataset_text.setText("\n".join([provenance.source_line(), *provenance.caveats]))

    def text(self) -> str:
        parts = [f"{h}\n{p}" for h, p in reading_sections()]
        parts.append(f"{self.dataset_heading.text()}\n{self.dataset_text.text()}")
        return "\n\n".join(parts)


def shortcut_rows(window: QMainWindow) -> list[tuple[str, str, str]]:
    """(menu, command, keys) for every action and named shortcut of the window, by menu."""
    menus: dict[QAction, str] = {}

    def walk(menu: QMenu, title: str) -> None:
        for action in menu.actions():
            if action.menu() is not None:
                walk(action.menu(), title)
            menus.setdefault(action, title)

    for top in window.menuBar().actions():
        if top.menu() is not None:
            walk(top.menu(), _plain(top.text()))
    other = QCoreApplication.translate("Help", "Map")
    rows = []
    for action in window.findChildren(QAction):
        keys = [k.toString(QKeySequence.SequenceFormat.NativeText) for k in action.shortcuts()]
        keys = [k for k in keys if k]
        if keys and action.text():
            rows.append((menus.get(action, other), _plain(action.text()), ", ".join(keys)))
    for shortcut in window.findChildren(QShortcut):
        keys = shortcut.key().toString(QKeySequence.SequenceFormat.NativeText)
        if keys and shortcut.whatsThis():
            rows.append((other, shortcut.whatsThis(), keys))
    order = {_plain(a.text()): i for i, a in enumerate(window.menuBar().actions())}
    return sorted(set(rows), key=lambda r: (order.get(r[0], len(order)), r[1].lower()))


def _plain(text: str) -> str:
    """A menu text without its mnemonic marks ("&File" -> "File", "&&" -> "&")."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


class ShortcutsDialog(QDialog):
    """The keyboard shortcuts as the window has them now."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.setWindowTitle(QCoreApplication.translate("Help", "Keyboard shortcuts"))
        self.rows = shortcut_rows(window)
        headers = [
            QCoreApplication.translate("Help", "Menu"),
            QCoreApplication.translate("Help", "Command"),
            QCoreApplication.translate("Help", "Keys"),
        ]
        self.table = _table(headers, self.rows)
        mouse = _paragraph(
            QCoreApplication.translate(
                "Help",
                "Mouse: the wheel zooms, dragging pans, a click selects a country or a flow.",
            )
        )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(mouse)
        layout.addWidget(buttons)
        self.resize(560, 480)

    def text(self) -> str:
        return "\n".join(f"{menu}: {command}  {keys}" for menu, command, keys in self.rows)


class HelpMenu:
    """The actions of the Help menu and what they open."""

    def __init__(self, window: QMainWindow) -> None:
        self.window = window
        bar = window.menuBar()
        existing = [a.menu() for a in bar.actions() if _plain(a.text()) == "Help" and a.menu()]
        self.menu = (
            existing[0] if existing else bar.addMenu(QCoreApplication.translate("Help", "&Help"))
        )
        self.panel = HowToReadPanel(window)
        window.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.panel)
        self.panel.hide()
        self.how_to_read_action = QAction(
            QCoreApplication.translate("Help", "How to &read this map"), window
        )
        self.how_to_read_action.triggered.connect(self.show_how_to_read)
        self.shortcuts_action = QAction(
            QCoreApplication.translate("Help", "&Keyboard shortcuts"), window
        )
        self.shortcuts_action.triggered.connect(self.show_shortcuts)
        self.about_action = QAction(
            QCoreApplication.translate("Help", "&About Trafficking Flows Explorer"), window
        )
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.about_action.triggered.connect(self.show_about)
        for action in (self.how_to_read_action, self.shortcuts_action):
            self.menu.addAction(action)
        self.menu.addSeparator()
        self.menu.addAction(self.about_action)
        self.dialogs: dict[str, QDialog] = {}

    def show_how_to_read(self) -> HowToReadPanel:
        self.panel.show()
        self.panel.raise_()
        return self.panel

    def show_shortcuts(self) -> ShortcutsDialog:
        return self._open("shortcuts", ShortcutsDialog(self.window))

    def show_about(self) -> AboutDialog:
        return self._open("about", AboutDialog(self.window))

    def _open(self, key: str, dialog: QDialog):
        """One dialog of each kind at a time (a second click brings up a fresh one)."""
        old = self.dialogs.get(key)
        if old is not None:
            old.close()
            old.deleteLater()
        self.dialogs[key] = dialog
        dialog.show()
        return dialog


def install_help(window: QMainWindow) -> HelpMenu:
    """Add the Help menu (last in the menu bar) and the hidden "How to read" dock.

    Call before ``install_settings`` so that the dock's place and visibility are
    restored with the others.
    """
    window.help_menu = HelpMenu(window)
    return window.help_menu
