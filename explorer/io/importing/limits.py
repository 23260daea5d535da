"""How big a file the importers accept, checked before anything is parsed.

Why: an import runs inside the desktop app, so a file that unpacks to
gigabytes (a zip bomb dressed as .xlsx), a workbook with one cell typed at
XFD1048576 (calamine then allocates every cell of the sheet's rectangle:
549 GB, and the process aborts), or an XML file nested a million levels deep
must be refused with a message, not crash or freeze the app. Every limit
below is far above the real files (the GLOTIP export is 2.3 MB, unpacking to
22 MB, 46,559 rows x 13 columns = 0.6 million cells).

This module holds the numbers and the checks of plain files and text tables;
the workbook checks are in :mod:`explorer.io.importing.workbook_limits`, which
reads these numbers when it runs.

What is checked, and where:
- :func:`check_file_size` (``read_any``, before reading): the file's size.
- :func:`~explorer.io.importing.workbook_limits.check_archive` (``read_any``
  and every workbook read): the zip's central directory only, nothing
  decompressed: number of parts, their declared total unpacked size and each
  part's compression ratio. calamine trusts the central directory's sizes and
  fails on a part larger than declared, so the declared sizes are the ones
  that bound it.
- :func:`~explorer.io.importing.workbook_limits.check_sheets` (every workbook
  read, before calamine): each sheet's used rectangle (rows x columns), read
  from its cell references (.xlsx) or repeat counts (.ods) by streaming its
  XML in chunks (:mod:`explorer.io.importing.sheet_extent`).
- :func:`check_table` (CSV tables, while they are parsed): columns and cells.
- :data:`MAX_XML_DEPTH`: the IATI reader stops at this nesting depth.
"""

from __future__ import annotations

from explorer.io.importing.errors import DataImportError

MB = 1_000_000
#: Largest file imported (any kind). Its whole content is held in memory.
MAX_FILE_BYTES = 200 * MB
#: Largest declared unpacked size of all parts of a workbook (.xlsx/.ods) together.
MAX_UNPACKED_BYTES = 1_000 * MB
#: Largest compression ratio of one part of a workbook (as Apache POI's default);
#: real sheets compress 5 to 30 times.
MAX_COMPRESSION_RATIO = 100
#: Parts smaller than this (unpacked) may have any ratio: they cannot hurt.
RATIO_GRACE_BYTES = 1 * MB
#: Most parts in a workbook (a real one has a dozen, plus one per sheet).
MAX_ARCHIVE_PARTS = 10_000
#: Largest used rectangle of one sheet or CSV table, rows x columns (empty cells count).
MAX_SHEET_CELLS = 10_000_000
#: Most columns in a table (Excel's own maximum).
MAX_COLUMNS = 16_384
#: Deepest XML nesting the IATI reader follows (IATI files are 5 or 6 deep).
MAX_XML_DEPTH = 64


def readable_size(count: float) -> str:
    """1234567 -> '1.2 MB' (decimal megabytes, as file managers show them)."""
    if count >= 1_000 * MB:
        return f"{count / (1_000 * MB):.1f} GB"
    if count >= MB:
        return f"{count / MB:.1f} MB"
    return f"{count / 1000:.1f} kB"


def check_file_size(name: str, size: int) -> None:
    """Refuse a file of ``size`` bytes larger than :data:`MAX_FILE_BYTES`."""
    if size > MAX_FILE_BYTES:
        raise DataImportError(
            f"{name}: the file is {readable_size(size)}, larger than the "
            f"{readable_size(MAX_FILE_BYTES)} this application imports. Filter what you need "
            "before exporting it (fewer indicators, countries or years), or split it into "
            "several files."
        )


def check_table(name: str, rows: int, columns: int) -> None:
    """Refuse a text table wider than :data:`MAX_COLUMNS` or of more than
    :data:`MAX_SHEET_CELLS` cells (``rows`` x ``columns``, the rows read so far)."""
    if columns > MAX_COLUMNS:
        raise DataImportError(
            f"{name}: a line has {columns:,} or more columns, more than the {MAX_COLUMNS:,} "
            "a table may have (as in Excel); check the separator, or keep only the columns "
            "you need"
        )
    if rows * columns > MAX_SHEET_CELLS:
        raise DataImportError(
            f"{name}: the table has more than {MAX_SHEET_CELLS:,} cells ({rows:,} rows x "
            f"{columns:,} columns read so far); keep only the rows and columns you need "
            "(fewer indicators, countries or years) and export again, or split the file"
        )


def check_first_lines(name: str, data: bytes, sep: bytes, newline: bytes = b"\n") -> None:
    """:func:`check_table` on the widest of the first lines of raw text, before a parser
    (pandas would build a column for every field of a 200 MB line) sees it."""
    start, widest = 0, 0
    for _ in range(12):
        end = data.find(newline, start)
        stop = len(data) if end < 0 else end
        widest = max(widest, data.count(sep, start, stop) + 1)
        if end < 0:
            break
        start = end + len(newline)
    check_table(name, 1, widest)
