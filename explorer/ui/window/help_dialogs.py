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

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QDockWidget,
    QMainWindow,
    QMenu,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from explorer.core.places.wording import RULES
from explorer.ui.common.core_texts import core_text
from explorer.ui.common.modal import show_modal
from explorer.ui.common.translations import interface_language
from explorer.ui.window.about_dialog import AboutDialog, _paragraph, _table


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
            QCoreApplication.translate("Help", "The World, regions and groups"),
            QCoreApplication.translate(
                "Help",
                "With no country selected, the panel shows a place: the World, a UN "
                "region or subregion, or a group of your own (the place picker, View > "
                "Zoom to region, or the links in a country's panel). Every figure says "
                "how many countries it covers (N), because countries report different "
                "years:",
            )
            + " "
            + " ".join(core_text(text) for _, text in RULES),
        ),
        (
            QCoreApplication.translate("Help", "Flows between places"),
            QCoreApplication.translate(
                "Help",
                "Flows > Between: subregions or regions sums the country flows into flows "
                "between places, drawn between points on land inside each place; flows "
                "inside one place (own nationals included) are its ring. The tooltip lists "
                'the country pairs behind each. A sum with a <5 part reads "at least".',
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
        window.dataset_shown.connect(self.show_dataset)
        self.show_dataset()

    def show_dataset(self, *_: object) -> None:
        """The source line and caveats of the dataset on screen (plain text: it is data)."""
        dataset = self.window_.dataset
        self.dataset_heading.setText(
            QCoreApplication.translate("Help", "The dataset on screen: {name}").format(
                name=dataset.name
            )
        )
        provenance = dataset.provenance
        lang = interface_language()
        self.dataset_text.setText(
            "\n".join([provenance.source_line(lang), *provenance.caveats_in(lang)])
        )

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
        self.table.setAccessibleName(self.windowTitle())
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
        title = QCoreApplication.translate("Help", "&Help")
        existing = [a.menu() for a in bar.actions() if a.text() == title and a.menu()]
        self.menu = existing[0] if existing else bar.addMenu(title)
        self.panel = HowToReadPanel(window)
        side = (  # opposite the country panel: the left, or the right for right to left
            Qt.DockWidgetArea.RightDockWidgetArea
            if window.isRightToLeft()
            else Qt.DockWidgetArea.LeftDockWidgetArea
        )
        window.addDockWidget(side, self.panel)
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
        return show_modal(dialog)


def install_help(window: QMainWindow) -> HelpMenu:
    """Add the Help menu (last in the menu bar) and the hidden "How to read" dock.

    Call before ``install_settings`` so that the dock's place and visibility are
    restored with the others.
    """
    window.context.help = HelpMenu(window)
    return window.context.help
