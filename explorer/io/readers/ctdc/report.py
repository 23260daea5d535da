"""What a CTDC import's report says about its records: those rejected, codes not understood.

Why apart from the counting: every record is either counted or listed with its
file row and the reason it could not be placed (no country of exploitation, no
year), and invalid citizenship codes are listed with their number of records
so that a user alias can fix them; these rules are the report's, not the map's.
"""

from __future__ import annotations

import numpy as np

from explorer.core.texts import fill
from explorer.io.importing import report_words as rw
from explorer.io.importing.report import ImportReport, RejectedRow
from explorer.io.importing.resolving import set_unresolved
from explorer.io.readers.ctdc.records import Records


def reject_records(
    records: Records, cells: dict[str, np.ndarray], file_rows: np.ndarray, report
) -> np.ndarray:
    """List every record that cannot be mapped in ``report``; return the mask of those kept."""
    no_country = records.dest_state != 0
    no_year = records.year_state != 0
    bad = no_country | no_year
    if not bad.any():
        return ~bad
    where = np.flatnonzero(bad)
    dest_state = records.dest_state[where]
    dest_text = records.dest_label[where].astype(str)
    year_state = records.year_state[where]
    year_text = records.year_text[where].astype(str)
    country_reason = [
        str(rw.NO_EXPLOITATION_COUNTRY)
        if state == 1
        else fill(rw.EXPLOITATION_NOT_A_CODE, {"cell": f"'{text}'"})
        for state, text in zip(dest_state.tolist(), dest_text.tolist(), strict=True)
    ]
    year_reason = [
        str(rw.NO_REGISTRATION_YEAR)
        if state == 1
        else fill(rw.REGISTRATION_NOT_A_YEAR, {"cell": f"'{text}'"})
        for state, text in zip(year_state.tolist(), year_text.tolist(), strict=True)
    ]
    reason = [
        f"{country}; {year}" if dest != 0 and when != 0 else country if dest != 0 else year
        for country, year, dest, when in zip(
            country_reason, year_reason, dest_state.tolist(), year_state.tolist(), strict=True
        )
    ]
    names = list(cells)
    columns = [cells[c][where] for c in names]
    rows = file_rows[where].tolist()
    report.rejected.extend(
        RejectedRow(row, text, dict(zip(names, values, strict=True)))
        for row, text, values in zip(rows, reason, zip(*columns, strict=True), strict=True)
    )
    return ~bad


def note_unresolved(records: Records, ok: np.ndarray, report: ImportReport) -> None:
    """Invalid non-empty citizenship codes of imported records, and the share resolved."""
    label_code = records.origin_label_code[ok]
    state = records.origin_state[ok]
    counts = np.bincount(label_code[state == 2], minlength=len(records.origin_labels))
    found = {str(records.origin_labels[i]): float(counts[i]) for i in np.flatnonzero(counts)}
    set_unresolved(report, found)
    imported = int(ok.sum())
    valid = int(np.isin(state, (0, 3)).sum())
    report.resolved_share = valid / imported if imported else 1.0
