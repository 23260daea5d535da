"""The rows of an imported file, kept as the file had them, so any figure can show its rows.

Why kept at all: a desk officer who quotes a figure must be able to say which
rows of which file it comes from (sheet, row number, every cell including the
Source column and the raw origin label) even when the file is no longer at
hand. Why packed: a GLOTIP export is about 47,000 rows of 13 cells; as one
zlib-compressed text it takes a few hundred kilobytes in the workspace, and
unpacking it (once, on the first look at a figure's rows) takes milliseconds.
A row's cells are only split when a figure asks for that row.
"""

from __future__ import annotations

import zlib
from bisect import bisect_left
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

#: Between cells, and between rows, of the packed text (ASCII unit and record separators,
#: which no spreadsheet cell holds; a cell that did is kept with them replaced by spaces).
CELL, ROW = "\x1f", "\x1e"


@dataclass(frozen=True)
class SourceFile:
    """One imported file's rows: ``packed`` holds them; :meth:`cells` reads one row.

    ``rows`` are the spreadsheet row numbers (1-based, as a spreadsheet program
    shows them; the header's row included) of the packed rows, ascending.
    """

    file_name: str
    sha256: str
    sheet: str  # "" for a CSV file
    columns: tuple[str, ...]
    rows: tuple[int, ...]
    packed: bytes
    _unpacked: dict[int, list[bytes]] = field(default_factory=dict, repr=False, compare=False)

    @classmethod
    def pack(
        cls,
        file_name: str,
        sha256: str,
        sheet: str,
        columns: Sequence[str],
        numbered_rows: Iterable[tuple[int, Sequence[str]]],
    ) -> SourceFile:
        """A SourceFile of ``(row number, cells)`` pairs."""
        pairs = sorted(numbered_rows, key=lambda pair: int(pair[0]))  # rows found by bisection
        numbers = [int(number) for number, _ in pairs]
        lines = [cells for _, cells in pairs]
        try:
            text = ROW.join(CELL.join(cells) for cells in lines)  # cells read as text: the rule
        except TypeError:  # a cell that is not text
            lines = [["" if c is None else str(c) for c in cells] for cells in lines]
            text = ROW.join(CELL.join(cells) for cells in lines)
        separators = sum(len(cells) - 1 for cells in lines) + len(lines) - 1
        if text.count(CELL) + text.count(ROW) != max(separators, 0):  # a cell holds one: rare
            text = ROW.join(CELL.join(_clean(c) for c in cells) for cells in lines)
        packed = zlib.compress(text.encode("utf-8"), 3)
        header = tuple(_clean(c) for c in columns)
        return cls(file_name, sha256, sheet, header, tuple(numbers), packed)

    def _lines(self) -> list[bytes]:
        """Each packed row's bytes, in ``rows`` order (unpacked once; a row is decoded when
        asked for: the first look at a figure's rows costs milliseconds)."""
        if not self._unpacked and self.rows:
            self._unpacked[0] = zlib.decompress(self.packed).split(ROW.encode("ascii"))
        return self._unpacked.get(0, [])

    def cells(self, row: int) -> tuple[str, ...] | None:
        """The cells of spreadsheet row ``row`` as the file had them, or None if not kept."""
        at = bisect_left(self.rows, int(row))
        if at == len(self.rows) or self.rows[at] != int(row):
            return None
        cells = self._lines()[at].decode("utf-8").split(CELL)
        return tuple(cells + [""] * (len(self.columns) - len(cells)))

    @property
    def location(self) -> str:
        """Where the rows are: "data.xlsx, sheet data" or "data.csv"."""
        return f"{self.file_name}, sheet {self.sheet}" if self.sheet else self.file_name


def _clean(cell: object) -> str:
    text = "" if cell is None else str(cell)
    return text.replace(CELL, " ").replace(ROW, " ")
