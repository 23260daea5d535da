"""What every importer shares: progress with a cancel check, the guard around a read,
and the provenance of the file read.

Why: each reader (GLOTIP, CTDC, tables, activities, IATI) reports progress to
the window, stops when the user cancels, and turns any unforeseen error into
one message for the user; one implementation keeps them alike.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TypeVar

from explorer.core.data.provenance import Provenance
from explorer.io.importing.errors import DataImportError
from explorer.io.importing.report import ImportReport

T = TypeVar("T")


class Steps:
    """Progress fractions 0..1 and the cancel check in one call: each call may stop the import."""

    def __init__(
        self,
        progress: Callable[[float], None] | None,
        cancelled: Callable[[], bool] | None,
    ) -> None:
        self.progress, self.cancelled = progress, cancelled

    def __call__(self, fraction: float) -> None:
        if self.cancelled is not None and self.cancelled():
            raise DataImportError("import cancelled")
        if self.progress is not None:
            self.progress(fraction)


def guarded(path: Path, read: Callable[[], T]) -> T:
    """``read()``, with any error but a DataImportError told as "could not be imported"."""
    try:
        return read()
    except DataImportError:
        raise
    except Exception as exc:  # anything else is a bug or a file we did not foresee
        raise DataImportError(f"{path.name}: could not be imported ({exc})") from exc


def file_provenance(path: Path, data: bytes, report: ImportReport, **fields: object) -> Provenance:
    """Provenance of an imported file: ``fields`` (publisher, title, caveats...) plus the
    file name, its SHA-256, the import time and the report's counts."""
    return Provenance(
        **fields,
        file_name=path.name,
        sha256=hashlib.sha256(data).hexdigest(),
        imported_at=datetime.now().astimezone().isoformat(timespec="seconds"),
        rows_read=report.rows_read,
        rows_imported=report.rows_imported,
        rows_rejected=len(report.rejected),
        synthetic=False,
    )
