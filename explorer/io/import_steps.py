"""What every importer shares: progress with a cancel check, and the guard around a read.

Why: each reader (GLOTIP, CTDC, tables, activities, IATI) reports progress to
the window, stops when the user cancels, and turns any unforeseen error into
one message for the user; one implementation keeps them alike.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from explorer.io.errors import DataImportError

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
