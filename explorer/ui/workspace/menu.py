"""The File menu's workspace entries and the Datasets switcher.

Why apart from the session: the menu only lists what the session holds and
routes the user's choices back to the session's methods; it is rebuilt after
every dataset switch, while the session decides what is stored and shown.
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QActionGroup, QKeySequence

from explorer.ui.common.plain_text import LINE_LIMIT, menu_text, shown
from explorer.ui.common.translations import translate

if TYPE_CHECKING:
    from explorer.ui.workspace.session import WorkspaceSession


def build_workspace_menu(session: WorkspaceSession) -> None:
    """Put the session's actions at the top of the window's File menu.

    The actions become attributes of ``session`` (``import_action``,
    ``datasets_menu``, ``remove_action``...): the session enables them and
    other parts of the app (recent files, help) find them there.
    """
    w = session.window
    session.import_action = QAction(
        translate("WorkspaceSession", "&Import data…"), w, shortcut=QKeySequence("Ctrl+I")
    )
    session.import_action.setToolTip(
        translate("WorkspaceSession", "Import a UNODC GLOTIP export (xlsx or csv)")
    )
    session.import_action.triggered.connect(session._ask_import)
    session.new_action = QAction(
        translate("WorkspaceSession", "&New workspace…"),
        w,
        shortcut=QKeySequence.StandardKey.New,
    )
    session.new_action.triggered.connect(session._ask_new)
    session.open_action = QAction(
        translate("WorkspaceSession", "&Open workspace…"),
        w,
        shortcut=QKeySequence.StandardKey.Open,
    )
    session.open_action.triggered.connect(session._ask_open)
    session.save_as_action = QAction(
        translate("WorkspaceSession", "Save workspace &as…"),
        w,
        shortcut=QKeySequence.StandardKey.SaveAs,
    )
    session.save_as_action.triggered.connect(session._ask_save_as)
    session.datasets_menu = w.file_menu.addMenu(translate("WorkspaceSession", "&Datasets"))
    session.datasets_menu.setToolTip(
        translate("WorkspaceSession", "Switch to another dataset of this workspace")
    )
    session.report_action = QAction(translate("WorkspaceSession", "Import &report…"), w)
    session.report_action.triggered.connect(session.show_report)
    session.provenance_action = QAction(translate("WorkspaceSession", "Dataset &provenance…"), w)
    session.provenance_action.triggered.connect(session.show_provenance)
    session.remove_action = QAction(
        translate("WorkspaceSession", "&Remove dataset from workspace…"), w
    )
    session.remove_action.triggered.connect(session._ask_remove)
    first = w.file_menu.actions()[0]
    for item in (
        session.import_action,
        None,
        session.new_action,
        session.open_action,
        session.save_as_action,
        None,
        session.datasets_menu.menuAction(),
        session.report_action,
        session.provenance_action,
        session.remove_action,
        None,
    ):
        if item is None:
            w.file_menu.insertSeparator(first)
        else:
            w.file_menu.insertAction(first, item)


def refresh_workspace_menu(session: WorkspaceSession, name: str) -> None:
    """List the datasets with ``name`` checked; enable what applies to it; name the window."""
    menu = session.datasets_menu
    menu.clear()
    group = QActionGroup(menu)
    for dataset in session.datasets():
        label = menu_text(dataset.name)
        if dataset.is_synthetic:
            label = translate("WorkspaceSession", "{dataset} (synthetic)").format(dataset=label)
        action = QAction(label, menu, checkable=True)
        action.setChecked(dataset.name == name)
        action.triggered.connect(partial(session.show_dataset, dataset.name))
        group.addAction(action)
        menu.addAction(action)
    stored = name in session.workspace.names()
    session.remove_action.setEnabled(stored)
    session.report_action.setEnabled(name in session.workspace.reports)
    session.window.setWindowTitle(
        translate("WorkspaceSession", "Trafficking Flows Explorer: {dataset} — {file}").format(
            dataset=shown(name, LINE_LIMIT), file=shown(session.path.name, LINE_LIMIT)
        )
    )
