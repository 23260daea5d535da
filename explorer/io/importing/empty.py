"""An import that brought nothing: never stored as an empty dataset.

Why: a file whose every row was rejected (a wrong column chosen as the
country, a sheet of notes) used to be stored as a dataset with no figures,
which then showed an empty map without a word. The command line and the window
both refuse it with the same reason, and show the report of why.
"""

from __future__ import annotations

from collections import Counter

from explorer.core.data.dataset import Dataset
from explorer.io.importing.report import ImportReport


def is_empty(dataset: Dataset) -> bool:
    """True when the dataset holds no observation, flow or activity."""
    return not (len(dataset.observations) or len(dataset.flows) or len(dataset.activities))


def nothing_imported(report: ImportReport) -> str:
    """Why nothing was imported, in a sentence: the commonest reasons rows were rejected."""
    if not report.rows_read:
        return "the file has no data rows; nothing was stored"
    reasons = Counter(row.reason.split(":")[0] for row in report.rejected)
    common = "; ".join(f"{reason} ({n:,} rows)" for reason, n in reasons.most_common(3))
    why = f"every row was rejected: {common}" if common else "no row held a figure"
    return f"{why}. Nothing was stored; see the report for each row"
