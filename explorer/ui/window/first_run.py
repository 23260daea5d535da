"""The first-run notice over the map: the demo data is synthetic; here is how to import real data.

Why over the map and not a modal dialog: the map behind it is the demo the
user came to see, and the notice must not block it; it stays until "Got it",
and never comes back once dismissed. It is never shown in headless renders
(``--screenshot``, ``--brief``: the offscreen platform), so no exported image
carries it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QMainWindow,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from explorer.ui.common.plain_text import plain_label
from explorer.ui.window.settings import AppSettings

MARGIN = 16
WIDTH = 460


class FirstRunOverlay(QFrame):
    """A card floating at the top left of the map area.

    A child of the window rather than of the central widget: the central widget
    is replaced at every dataset switch, the window stays.
    """

    def __init__(self, window: QMainWindow, settings: AppSettings) -> None:
        super().__init__(window)
        self.window_, self.settings = window, settings
        self.setObjectName("first_run")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.setStyleSheet(
            "QFrame#first_run { background: #fffdf5; border: 1px solid #b38600;"
            " border-radius: 6px; }"
        )
        self.setAccessibleName(QCoreApplication.translate("FirstRun", "About the demo data"))
        title = plain_label(
            QCoreApplication.translate("FirstRun", "This is synthetic demonstration data")
        )
        font = title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        title.setFont(font)
        self.body = plain_label(
            QCoreApplication.translate(
                "FirstRun",
                "The figures and flows on this map are invented by the program to show "
                "how it works. They are not official statistics and must not be quoted.",
            )
            + "\n\n"
            + QCoreApplication.translate(
                "FirstRun",
                "To see real data, choose File > Import data… or drag a file onto the "
                "window: a UNODC GLOTIP export (xlsx or csv), a CTDC data file, a "
                "country-indicator sheet or an activity list. Imports are kept in your "
                "workspace, with their source and caveats.",
            )
        )
        self.body.setWordWrap(True)
        self.body.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.import_button = QPushButton(QCoreApplication.translate("FirstRun", "&Import data…"))
        self.import_button.clicked.connect(self.import_data)
        self.import_button.setEnabled(self._import_action() is not None)
        if not self.import_button.isEnabled():
            self.import_button.setToolTip(
                QCoreApplication.translate(
                    "FirstRun", "Importing needs a workspace (started without --demo-only)"
                )
            )
        self.done_button = QPushButton(QCoreApplication.translate("FirstRun", "&Got it"))
        self.done_button.setDefault(True)
        self.done_button.clicked.connect(self.dismiss)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.done_button)
        column = QVBoxLayout(self)
        column.setContentsMargins(16, 12, 16, 12)
        column.addWidget(title)
        column.addWidget(self.body)
        column.addLayout(buttons)
        self.setFixedWidth(WIDTH)

    def _import_action(self):
        session = self.window_.context.session
        return session.menu.import_action.trigger if session is not None else None

    def on_screen(self) -> bool:
        """Shown and not covered: its buttons act only then (a covered button can
        still hold the keyboard focus, and Space on it must not act unseen)."""
        return self.isVisible() and not self.visibleRegion().isEmpty()

    def import_data(self) -> None:
        """Open the import dialog (the notice stays until an import succeeds or "Got it")."""
        ask = self._import_action()
        if ask is not None and self.on_screen():
            ask()

    def dismiss(self) -> None:
        """Hide the notice for good."""
        if not self.on_screen():
            return
        self.settings.first_run_done = True
        self.settings.sync()
        self.hide()

    def place(self) -> None:
        """At the top left of the map area, below the synthetic-data banner."""
        central = self.window_.centralWidget()
        if central is None:
            return
        top_left = central.geometry().topLeft()
        banner = self.window_.banner
        if banner.isVisible():
            top_left.setY(top_left.y() + banner.height())
        self.adjustSize()
        self.move(top_left.x() + MARGIN, top_left.y() + MARGIN)
        self.raise_()

    def text(self) -> str:
        return self.body.text()


class FirstRunController(QObject):
    """Shows the overlay while synthetic data is on screen, keeps it over the map."""

    def __init__(self, window: QMainWindow, settings: AppSettings) -> None:
        super().__init__(window)
        self.window, self.settings = window, settings
        self.overlay = FirstRunOverlay(window, settings)
        self.overlay.hide()
        window.installEventFilter(self)
        direct = Qt.FindChildOption.FindDirectChildrenOnly
        for child in window.findChildren(QWidget, options=direct):
            child.installEventFilter(self)
        window.dataset_shown.connect(self.refresh)
        self.refresh()

    def refresh(self, *_: object) -> None:
        """Show the overlay on synthetic data until dismissed; a real dataset ends it."""
        if self.settings.first_run_done:
            self.overlay.hide()
            return
        if not self.window.dataset.is_synthetic:
            # Real data on screen: the user has found how to import; the notice is done.
            self.settings.first_run_done = True
            self.overlay.hide()
            return
        self.overlay.show()
        self.overlay.place()
        # A new central widget gets its place when the layout next runs: place again then.
        QTimer.singleShot(0, self.overlay, self.overlay.place)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if watched is self.window and kind == QEvent.Type.ChildAdded:
            child = event.child()  # type: ignore[attr-defined]
            if isinstance(child, QWidget):
                child.installEventFilter(self)
        elif (
            kind == QEvent.Type.ZOrderChange
            and watched is not self.overlay
            and self.overlay.isVisible()
        ):
            # Raising a tabbed dock raises the map's widget too (Qt's main window
            # layout): the notice goes back on top, or its buttons would be live
            # tab stops hidden behind the map. Once the raise is done: raising
            # during it stops the dock from coming to the front of its tabs.
            QTimer.singleShot(0, self.overlay, self.overlay.raise_)
        elif (
            watched is self.window
            and event.type() in (QEvent.Type.Resize, QEvent.Type.Show, QEvent.Type.LayoutRequest)
            and self.overlay.isVisible()
        ):
            self.overlay.place()
        return False


def install_first_run(
    window: QMainWindow, settings: AppSettings, force: bool = False
) -> FirstRunController | None:
    """The first-run notice over the map while demo data is on screen, until dismissed.

    Nothing on the offscreen platform (headless renders and tests) unless ``force``.
    Call last, after ``install_settings``.
    """
    if QGuiApplication.platformName() == "offscreen" and not force:
        return None
    window.context.first_run = FirstRunController(window, settings)
    return window.context.first_run
