"""Keep spreadsheets from running text cells as formulas (CSV and XLSX injection).

Why one function: every file a spreadsheet opens (the import report, the data
behind the view) must neutralise the same way (DESIGN.md section 5).
"""

from __future__ import annotations

#: OWASP: a spreadsheet may evaluate a text cell starting with one of these.
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")


def neutralise(cell: object) -> object:
    """A text cell that a spreadsheet could run as a formula, prefixed with ``'``.

    Only strings are touched: a negative number is a number, not a formula.
    """
    if isinstance(cell, str) and cell.startswith(FORMULA_TRIGGERS):
        return "'" + cell
    return cell
