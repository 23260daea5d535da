"""What the importer did with each row of a group, in words: for "Show source rows".

Why from the report: the report already holds every group of rows that share
one breakdown (which rows, their values, the rule and why); the source-rows
table needs it per row.
"""

from __future__ import annotations

from explorer.io.importing.report import ImportReport


def row_notes(report: ImportReport | None) -> dict[int, str]:
    """``{file row: what was done with it}`` for the rows of every group in ``report``."""
    notes: dict[int, str] = {}
    if report is None:
        return notes
    for group in report.conflicts:
        values = ", ".join(group.values)
        head = f"one of {len(group.rows)} rows sharing one breakdown ({values}): "
        if group.rule == "parts":
            text = head + f"summed as parts of one figure, {group.kept}"
        else:
            text = head + f"taken as repeats of one figure, {group.kept} kept"
        if group.reason:
            text += f" ({group.reason})"
        for row in group.rows:
            notes[int(row)] = text
    return notes
