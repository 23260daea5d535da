"""The used rectangle of a workbook's sheet, read from its XML as it streams by.

Why: calamine allocates every cell of a sheet's rectangle, empty ones
included, so the rectangle must be known before calamine opens the file. It
is measured the way calamine places cells (.xlsx) or expands repeats (.ods),
without building the sheet: chunks of XML go in, the row and column counts
come out.
"""

from __future__ import annotations

import re

from explorer.io.importing import limits


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
        return self.cells > limits.MAX_SHEET_CELLS

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
        if max(self.rows, 99_999) * max(self.columns, 26) > limits.MAX_SHEET_CELLS:
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
