"""How big a file the importers accept, checked before anything is parsed.

Why: an import runs inside the desktop app, so a file that unpacks to
gigabytes (a zip bomb dressed as .xlsx), a workbook with one cell typed at
XFD1048576 (calamine then allocates every cell of the sheet's rectangle:
549 GB, and the process aborts), or an XML file nested a million levels deep
must be refused with a message, not crash or freeze the app. Every limit
below is far above the real files (the GLOTIP export is 2.3 MB, unpacking to
22 MB, 46,559 rows x 13 columns = 0.6 million cells).

What is checked, and where:
- :func:`check_file_size` (``read_any``, before reading): the file's size.
- :func:`check_archive` (``read_any`` and every workbook read): the zip's
  central directory only, nothing decompressed: number of parts, their
  declared total unpacked size and each part's compression ratio.
  calamine trusts the central directory's sizes and fails on a part larger
  than declared, so the declared sizes are the ones that bound it.
- :func:`check_sheets` (every workbook read, before calamine): each sheet's
  used rectangle (rows x columns), read from its cell references (.xlsx) or
  repeat counts (.ods) by streaming its XML in chunks.
- :func:`check_table` (CSV tables, while they are parsed): columns and cells.
- :data:`MAX_XML_DEPTH`: the IATI reader stops at this nesting depth.
"""

from __future__ import annotations

import hashlib
import io
import re
import zipfile

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

_ZIP_MAGIC = b"PK\x03\x04"
_CHUNK = 4 * 1024 * 1024


def _size(count: float) -> str:
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
            f"{name}: the file is {_size(size)}, larger than the {_size(MAX_FILE_BYTES)} "
            "this application imports. Filter what you need before exporting it "
            "(fewer indicators, countries or years), or split it into several files."
        )


def check_archive(data: bytes, name: str) -> None:
    """Refuse a zip workbook whose central directory promises too much (nothing is unpacked).

    Not a zip (CSV, XML, an old .xls): nothing to check.
    """
    if data[:4] != _ZIP_MAGIC:
        return
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            parts = archive.infolist()
    except Exception as exc:  # BadZipFile, NotImplementedError ("zip file version 8.4")...
        raise DataImportError(
            f"{name}: the workbook is damaged or truncated and cannot be read ({exc})"
        ) from exc
    if len(parts) > MAX_ARCHIVE_PARTS:
        raise DataImportError(
            f"{name}: the workbook holds {len(parts):,} parts, more than the "
            f"{MAX_ARCHIVE_PARTS:,} a workbook may have here; it is damaged or not a "
            "spreadsheet. Open it in a spreadsheet program and save it again."
        )
    total = sum(part.file_size for part in parts)
    if total > MAX_UNPACKED_BYTES:
        raise DataImportError(
            f"{name}: the workbook would unpack to {_size(total)} (a {_size(len(data))} "
            f"file), more than the {_size(MAX_UNPACKED_BYTES)} this application unpacks. "
            "Keep only the sheet and the rows you need, or save the sheet as CSV."
        )
    for part in parts:
        ratio = part.file_size / max(part.compress_size, 1)
        if part.file_size > RATIO_GRACE_BYTES and ratio > MAX_COMPRESSION_RATIO:
            raise DataImportError(
                f"{name}: its part {part.filename!r} would unpack {ratio:,.0f} times "
                f"({_size(part.compress_size)} to {_size(part.file_size)}), more than the "
                f"{MAX_COMPRESSION_RATIO} times a real sheet compresses: the file looks like "
                "a zip bomb, so nothing was read. If it is a real workbook, open it in a "
                "spreadsheet program and save it again, or save the sheet as CSV."
            )


def check_sheets(data: bytes, name: str) -> None:
    """Refuse a workbook with a sheet whose used rectangle exceeds :data:`MAX_SHEET_CELLS`.

    Streams each XML part (the zip module stops at the declared size and
    checks the CRC), so memory stays at a few megabytes whatever the sheet.
    Binary workbooks inside a zip (.xlsb) cannot be inspected and are refused.
    """
    if data[:4] != _ZIP_MAGIC:
        return
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            for part in archive.infolist():
                lowered = part.filename.lower()
                if lowered.endswith(".bin") and "worksheets/" in lowered:
                    raise DataImportError(
                        f"{name}: a binary Excel workbook (.xlsb), which cannot be checked "
                        "before it is read; save it as .xlsx (Excel workbook) or CSV"
                    )
                if lowered.endswith(".xml"):
                    _check_part(archive, part, name)
    except DataImportError:
        raise
    except Exception as exc:  # a damaged part: a bad CRC, an unknown compression method...
        raise DataImportError(
            f"{name}: the workbook is damaged or truncated and cannot be read ({exc})"
        ) from exc


def _check_part(archive: zipfile.ZipFile, part: zipfile.ZipInfo, name: str) -> None:
    """Stream one XML part through its scan (twice when the quick bound is not enough)."""
    scans: list[SheetExtent] = (
        [OdsExtent()] if part.filename.lower() == "content.xml" else [XlsxExtent(quick=True)]
    )
    while scans:
        scan = scans.pop()
        with archive.open(part) as stream:
            _feed(scan, stream)
        if isinstance(scan, XlsxExtent) and scan.quick and not scan.settled:
            scans.append(XlsxExtent(quick=False))
        elif scan.cells > MAX_SHEET_CELLS:
            raise DataImportError(_too_many_cells(name, scan))


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


#: The digest of the last workbook that passed: an import checks before choosing a
#: reader and again in the reader, and scanning the sheets twice cost ~80 ms for GLOTIP.
_last_passed: bytes = b""


def check_workbook(data: bytes, name: str) -> None:
    """:func:`check_archive` then :func:`check_sheets`: everything before calamine opens it."""
    global _last_passed
    digest = hashlib.blake2b(data, digest_size=16).digest()
    if digest == _last_passed:
        return
    check_archive(data, name)
    check_sheets(data, name)
    _last_passed = digest


def _too_many_cells(name: str, scan: SheetExtent) -> str:
    return (
        f"{name}: a sheet spans {scan.rows:,} rows x {scan.columns:,} columns "
        f"({scan.cells:,} cells, counting the empty ones between), more than the "
        f"{MAX_SHEET_CELLS:,} cells this application reads from one sheet. A stray "
        "entry far down or far right can cause this: delete the rows and columns after "
        "your data and save again, or keep fewer rows."
    )


def _feed(scan: SheetExtent, stream: io.BufferedIOBase) -> None:
    """Stream ``stream`` into ``scan`` in chunks cut after a tag's end."""
    carry = b""
    while True:
        chunk = stream.read(_CHUNK)
        if not chunk:
            break
        chunk = carry + chunk
        cut = chunk.rfind(b">") + 1
        if cut == 0 and len(chunk) > 16 * _CHUNK:  # one "tag" of 64 MB: not a sheet
            cut = len(chunk)
        scan.feed(chunk[:cut])
        carry = chunk[cut:]
        if scan.done:
            return
    scan.feed(carry)


# -- the used rectangle of a sheet ------------------------------------------------------


class SheetExtent:
    """Largest row and column holding a value (1-based), over the chunks fed."""

    def __init__(self) -> None:
        self.rows = 0
        self.columns = 0
        self.worst = 0  # the largest rectangle of one table seen so far (ODS: per table)

    @property
    def cells(self) -> int:
        return max(self.worst, self.rows * self.columns)

    @property
    def done(self) -> bool:
        """True when reading on cannot change the verdict."""
        return self.cells > MAX_SHEET_CELLS

    def feed(self, chunk: bytes) -> None:
        raise NotImplementedError


def column_number(letters: bytes) -> int:
    """b"A" -> 1, b"Z" -> 26, b"AA" -> 27, b"XFD" -> 16384."""
    number = 0
    for letter in letters.upper():
        number = number * 26 + letter - 64
    return number


# The quick scan is one pattern with a literal start, which `re` runs fast (about
# 30 ms over the GLOTIP sheet's 22 MB). Cells written the usual way (Excel,
# LibreOffice, openpyxl, XlsxWriter) are `<c r="B7" ...>` (or `<x:c r="B7" ...>`):
# the reference first, upper case. Such a cell before column AA and row 100,000
# is passed over; any other cell tag is looked at, and one not written that way
# sends the sheet to the exact scan.
_UNUSUAL_CELL = re.compile(rb'c(?<=[<:]c)(?:[>/\t\n\r]| (?!r="[A-Z]\d{1,5}"))')
_USUAL_REF = re.compile(rb' r="([A-Z]+)(\d+)"[^>]*>')
_TAG = re.compile(rb"<(?:[\w.-]+:)?(row|c)\b([^>]*)>")
_REF_ATTR = re.compile(rb'(?:^|\s)r="([A-Za-z]*)(\d*)"')


class XlsxExtent(SheetExtent):
    """The rectangle calamine will allocate for an .xlsx sheet's cells.

    calamine places a cell at its reference (``r="B7"``, or ``r="zz60"``), or,
    without one, right of the previous cell of the row; cells without a value
    (``<c .../>``) are skipped, and the sheet's ``<dimension>`` is not trusted.

    ``quick``: look only at cells past column Z or row 99,999 (none in most
    files; 26 x 99,999 cells is under the limit) and at whether every cell tag
    is written the usual way; ``settled`` then says whether that bound is
    enough. Otherwise (``quick=False``) every cell and row tag is followed.
    """

    def __init__(self, quick: bool = False) -> None:
        super().__init__()
        self.quick = quick
        self.settled = True
        self._row = -1  # current row, 0-based
        self._next_column = 0

    @property
    def done(self) -> bool:
        return (self.quick and not self.settled) or super().done

    def feed(self, chunk: bytes) -> None:
        if not self.quick:
            self._exact(chunk)
            return
        if not self.settled:
            return
        for unusual in _UNUSUAL_CELL.finditer(chunk):
            ref = _USUAL_REF.match(chunk, unusual.end() - 1)
            if ref is None:
                self.settled = False
                return
            if not ref.group(0).endswith(b"/>"):
                self._place(int(ref.group(2)) - 1, column_number(ref.group(1)) - 1)
        if max(self.rows, 99_999) * max(self.columns, 26) > MAX_SHEET_CELLS:
            self.settled = False

    def _place(self, row: int, column: int) -> None:
        self.rows = max(self.rows, row + 1)
        self.columns = max(self.columns, column + 1)

    def _exact(self, chunk: bytes) -> None:
        for match in _TAG.finditer(chunk):
            attributes = match.group(2)
            ref = _REF_ATTR.search(attributes)
            if match.group(1) == b"row":
                if ref is not None and ref.group(2):
                    self._row = int(ref.group(2)) - 1
                else:
                    self._row += 1
                self._next_column = 0
                continue
            if ref is not None and ref.group(1) and ref.group(2):
                row, column = int(ref.group(2)) - 1, column_number(ref.group(1)) - 1
            else:
                row, column = max(self._row, 0), self._next_column
            self._next_column = column + 1
            if not attributes.rstrip().endswith(b"/"):
                self._place(row, column)


_ODS_TAG = re.compile(
    rb"<(/?)(?:[\w.-]+:)?(table-row|table-cell|covered-table-cell|table)(?=[\s/>])"
    rb"([^>]*?)(/?)>"
)
_ROWS_REPEATED = re.compile(rb"number-rows-repeated=\"(\d{1,12})\"")
_COLUMNS_REPEATED = re.compile(rb"number-columns-repeated=\"(\d{1,12})\"")


class OdsExtent(SheetExtent):
    """The rectangle of an .ods table once its repeated rows and cells are expanded.

    A row or cell may say "repeat me N times"; only repeats of cells holding
    something count (LibreOffice ends every sheet with a million empty ones).
    """

    def __init__(self) -> None:
        super().__init__()
        self._row = 0  # rows before the current one, repeats expanded
        self._repeat = 1
        self._column = 0
        self._filled = False

    def feed(self, chunk: bytes) -> None:
        for closing, tag, attributes, empty in _ODS_TAG.findall(chunk):
            if tag == b"table":
                if not closing:
                    self.worst = max(self.worst, self.rows * self.columns)
                    self.rows = self.columns = self._row = 0
                continue
            if tag == b"table-row":
                if closing:
                    self._end_row()
                    continue
                found = _ROWS_REPEATED.search(attributes)
                self._repeat = int(found.group(1)) if found else 1
                self._column, self._filled = 0, False
                if empty:
                    self._end_row()
                continue
            if closing:
                continue
            found = _COLUMNS_REPEATED.search(attributes)
            repeat = int(found.group(1)) if found else 1
            if not empty or b"value-type" in attributes:
                self.columns = max(self.columns, self._column + repeat)
                self._filled = True
            self._column += repeat

    def _end_row(self) -> None:
        if self._filled:
            self.rows = max(self.rows, self._row + self._repeat)
        self._row += self._repeat
        self._repeat, self._filled = 1, False
