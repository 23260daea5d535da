"""The import report and provenance of the dataset on screen, and what the user corrects
there: aliases for unresolved labels, rules for groups of rows.

Why apart from the session: the report is a conversation about one import
(what was kept, rejected, guessed) whose answers go back into the workspace;
the session only stores and shows. These functions use the session's public
surface (``workspace``, ``window``, ``save``, ``show_dataset``, ``report_dialog``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from explorer.io.importing.report import ImportReport
from explorer.ui.common.modal import show_modal
from explorer.ui.common.plain_text import LINE_LIMIT, shown
from explorer.ui.common.translations import translate

if TYPE_CHECKING:
    from explorer.ui.workspace.provenance_dialog import ProvenanceDialog
    from explorer.ui.workspace.report_dialog import ImportReportDialog
    from explorer.ui.workspace.session import WorkspaceSession


def open_report(session: WorkspaceSession, report: ImportReport) -> ImportReportDialog:
    """Show ``report`` (closing the one open before); its choices come back to the session."""
    from explorer.ui.workspace.report_dialog import ImportReportDialog

    if session.report_dialog is not None:
        session.report_dialog.close()
    countries = session.window.countries
    names = dict(zip(countries["iso3"], countries["name"], strict=True))
    workspace = session.workspace
    dialog = ImportReportDialog(report, names, workspace.aliases, session.window, workspace.rules)
    dialog.aliases_chosen.connect(session.apply_aliases)
    dialog.rules_chosen.connect(session.keep_rules)
    show_modal(dialog)
    session.report_dialog = dialog
    return dialog


def show_provenance(session: WorkspaceSession) -> ProvenanceDialog:
    """Where the dataset on screen comes from: file, publisher, edition, caveats."""
    from explorer.ui.workspace.provenance_dialog import ProvenanceDialog

    return show_modal(ProvenanceDialog(session.window.dataset, session.window))


def apply_aliases(session: WorkspaceSession, chosen: dict[str, str]) -> list[str]:
    """Store ``chosen`` (raw label -> result) and apply them to the dataset on screen;
    the labels whose rows moved out of unknown origins."""
    from explorer.io.workspace.aliases import reapply_aliases

    workspace = session.workspace
    for label, result in chosen.items():
        workspace.set_alias(label, result)
    name = session.window.dataset.name
    moved: list[str] = []
    report = workspace.reports.get(name)
    if report is not None:
        dataset, report, moved = reapply_aliases(workspace.dataset(name), report, workspace.aliases)
        if moved:
            workspace.add_dataset(dataset, report)
            session.show_dataset(name)
    saved = session.save()
    message = (
        translate(
            "WorkspaceSession", "Aliases applied: {labels} moved out of unknown origins"
        ).format(labels=shown(", ".join(moved), LINE_LIMIT))
        if moved
        else translate("WorkspaceSession", "Aliases saved; they apply to later imports")
    )
    if not saved:
        message += " " + translate("WorkspaceSession", "(NOT saved)")
    session.window.statusBar().showMessage(message, 10_000)
    if moved and report is not None:
        open_report(session, report)
    return moved


def keep_rules(session: WorkspaceSession, chosen: dict[str, str]) -> bool:
    """Store the user's rules for groups of rows (used at the next import of the file)."""
    session.workspace.rules.update(chosen)
    saved = session.save()
    message = translate(
        "WorkspaceSession",
        "Rules for {count} groups of rows saved: they apply when you import the file again",
    ).format(count=len(chosen))
    if not saved:
        message += " " + translate("WorkspaceSession", "(NOT saved)")
    session.window.statusBar().showMessage(message, 10_000)
    return saved
