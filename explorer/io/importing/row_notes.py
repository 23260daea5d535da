"""What the importer did with each row of a group, in words: for "Show source rows".

Why from the report: the report already holds every group of rows that share
one breakdown (which rows, their values, the rule and why); the source-rows
table needs it per row.
"""

from __future__ import annotations

from explorer.core.texts import fill
from explorer.io.importing import report_words as rw
from explorer.io.importing.report import ImportReport


def row_notes(report: ImportReport | None) -> dict[int, str]:
    """``{file row: what was done with it}`` for the rows of every group in ``report``."""
    notes: dict[int, str] = {}
    if report is None:
        return notes
    for group in report.conflicts:
        values = {
            "count": len(group.rows),
            "values": ", ".join(group.values),
            "kept": group.kept,
            "why": group.reason,
        }
        if group.rule == "parts":
            template = rw.ROW_IN_PARTS_WHY if group.reason else rw.ROW_IN_PARTS
        else:
            template = rw.ROW_IN_REPEATS_WHY if group.reason else rw.ROW_IN_REPEATS
        text = fill(template, values)
        for row in group.rows:
            notes[int(row)] = text
    return notes
