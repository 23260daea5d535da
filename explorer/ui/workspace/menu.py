"""The File menu's workspace entries and the Datasets switcher.

Why apart from the session: the menu only lists what the session holds and
routes the user's choices to the session's public methods; it is refreshed
after every dataset switch, while the session decides what is stored and shown.
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QActionGroup, QKeySequence

from explorer.core.demo.shown_name import shown_dataset_name
from explorer.ui.common.plain_text import LINE_LIMIT, menu_text, shown
from explorer.ui.common.translations import interface_language, translate
from explorer.ui.workspace import renaming

if TYPE_CHECKING:
    from explorer.ui.workspace.session import WorkspaceSession


class WorkspaceMenu:
    """The session's actions at the top of the window's File menu."""

    def __init__(self, session: WorkspaceSession) -> None:
        self.session = session
        w = session.window
        self.import_action = QAction(
            translate("WorkspaceSession", "&Import data…"), w, shortcut=QKeySequence("Ctrl+I")
        )
        self.import_action.setToolTip(
            translate("WorkspaceSession", "Import a UNODC GLOTIP export (xlsx or csv)")
        )
        self.import_action.triggered.connect(session.ask_import)
        self.new_action = QAction(
            translate("WorkspaceSession", "&New workspace…"),
            w,
            shortcut=QKeySequence.StandardKey.New,
        )
        self.new_action.triggered.connect(session.ask_new)
        self.open_action = QAction(
            translate("WorkspaceSession", "&Open workspace…"),
            w,
            shortcut=QKeySequence.StandardKey.Open,
        )
        self.open_action.triggered.connect(session.ask_open)
        self.save_as_action = QAction(
            translate("WorkspaceSession", "Save workspace &as…"),
            w,
            shortcut=QKeySequence.StandardKey.SaveAs,
        )
        self.save_as_action.triggered.connect(session.ask_save_as)
        self.datasets_menu = w.file_menu.addMenu(translate("WorkspaceSession", "&Datasets"))
        self.datasets_menu.setToolTip(
            translate("WorkspaceSession", "Switch to another dataset of this workspace")
        )
        self.report_action = QAction(translate("WorkspaceSession", "Import repor&t…"), w)
        self.report_action.triggered.connect(session.show_report)
        self.provenance_action = QAction(translate("WorkspaceSession", "Dataset &provenance…"), w)
        self.provenance_action.triggered.connect(session.show_provenance)
        self.rename_action = QAction(translate("WorkspaceSession", "Re&name dataset…"), w)
        self.rename_action.triggered.connect(partial(renaming.ask_rename, session))
        self.remove_action = QAction(
            translate("WorkspaceSession", "Remo&ve dataset from workspace…"), w
        )
        self.remove_action.triggered.connect(session.ask_remove)
        first = w.file_menu.actions()[0]
        for item in (
            self.import_action,
            None,
            self.new_action,
            self.open_action,
            self.save_as_action,
            None,
            self.datasets_menu.menuAction(),
            self.report_action,
            self.provenance_action,
            self.remove_action,
            None,
        ):
            if item is None:
                w.file_menu.insertSeparator(first)
            else:
                w.file_menu.insertAction(first, item)

    def refresh(self, name: str) -> None:
        """List the datasets with ``name`` checked; enable what applies to it; name the window."""
        session = self.session
        menu = self.datasets_menu
        menu.clear()
        group = QActionGroup(menu)
        lang = interface_language()
        for shown_name, synthetic in session.dataset_names():
            label = synthetic_label(menu_text(shown_dataset_name(shown_name, lang)), synthetic)
            action = QAction(label, menu, checkable=True)
            action.setChecked(shown_name == name)
            action.triggered.connect(partial(session.show_dataset, shown_name))
            group.addAction(action)
            menu.addAction(action)
        menu.addSeparator()
        menu.addAction(self.rename_action)  # owned by the window: clear() keeps it
        stored = name in session.workspace.names()
        self.remove_action.setEnabled(stored)
        self.rename_action.setEnabled(stored)
        self.report_action.setEnabled(name in session.workspace.reports)
        session.window.setWindowTitle(
            translate("WorkspaceSession", "Trafficking Flows Explorer: {dataset} — {file}").format(
                dataset=shown(shown_dataset_name(name, lang), LINE_LIMIT),
                file=shown(session.path.name, LINE_LIMIT),
            )
        )


def synthetic_label(label: str, synthetic: bool) -> str:
    """``label`` marked "(synthetic)" once: the demo's own name already says it."""
    if not synthetic or "(synthetic)" in label.casefold():  # the core's names are English
        return label
    marked = translate("WorkspaceSession", "{dataset} (synthetic)").format(dataset=label)
    mark = marked.replace(label, "", 1).strip()  # the translated "(synthetic)"
    return label if mark and mark.casefold() in label.casefold() else marked
