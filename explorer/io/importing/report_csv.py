"""The import report as a CSV file: one line per item, safe to open in a spreadsheet.

Why apart from the report: the report says what an import did; this writes it
for a spreadsheet, where a cell starting with ``=`` would run as a formula, so
every cell goes through :func:`explorer.io.exports.formula_safety.neutralise`.
"""

from __future__ import annotations

import csv
from pathlib import Path
from typing import TYPE_CHECKING

from explorer.io.exports.formula_safety import neutralise

if TYPE_CHECKING:  # the report calls this; importing it back would make a cycle
    from explorer.io.importing.report import ImportReport


def write_report_csv(report: ImportReport, path: str | Path) -> None:
    """Write the report as CSV, one line per item: kind, row(s), label/key, value, detail.

    Cells starting with ``= + - @`` (or a tab or carriage return) get a leading apostrophe so a
    spreadsheet never runs them as formulas.
    """
    rows: list[list[object]] = [["kind", "row", "item", "value", "detail"]]
    rows += [
        ["summary", "", "rows read", report.rows_read, ""],
        ["summary", "", "rows imported", report.rows_imported, ""],
        ["summary", "", "rows rejected", len(report.rejected), ""],
        ["summary", "", "duplicates collapsed", report.duplicates_collapsed, ""],
        ["summary", "", "resolved share", f"{report.resolved_share:.4f}", ""],
    ]
    implausible_rows = {r.row for r in report.implausible}
    for r in report.rejected:
        kind = "implausible" if r.row in implausible_rows else "rejected"
        rows.append([kind, r.row, r.reason, "", _cells(r.raw)])
    rows += [["note", r.row, r.reason, "", _cells(r.raw)] for r in report.noted]
    for c in report.conflicts:
        rows.append(
            [
                "parts" if c.rule == "parts" else "conflict",
                " ".join(str(n) for n in c.rows),
                " | ".join(str(k) for k in c.key),
                c.kept,
                f"values: {' '.join(c.values)}; {c.reason}".rstrip("; "),
            ]
        )
    for iso3, year, indicator, group, kind, message, *_facts in report.consistency:
        rows.append(
            ["contradiction", "", f"{iso3} | {year} | {indicator} | {group}", kind, message]
        )
    for label, victims in sorted(report.unresolved.items(), key=lambda kv: (-kv[1], kv[0])):
        rows.append(["unresolved", "", label, victims, ""])
    for label, result, score in report.fuzzy:
        rows.append(["fuzzy", "", label, result, f"score {score}"])
    for column, role, note in report.columns:
        rows.append(["column", "", column, role, note])
    with Path(path).open("w", newline="", encoding="utf-8-sig") as handle:
        writer = csv.writer(handle)
        for row in rows:
            writer.writerow([neutralise(cell) for cell in row])


def _cells(raw: dict) -> str:
    return "; ".join(f"{k}={v}" for k, v in raw.items())
