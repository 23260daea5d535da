"""Pick the reader for a file from what it contains, not from its name.

Why by content: users rename downloads ("victims 2023.xlsx"), and the same
extension holds very different tables (a GLOTIP export, CTDC case records, a
World Bank sheet, a list of activities). The header row decides; the file's
extension only tells a workbook from text.

Order matters: the most specific formats are tried first (GLOTIP, CTDC, IATI,
activities, flows) and a country-indicator table is the fallback, which asks
for a column mapping (``NeedsMapping``) when it cannot tell the columns apart.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path

from explorer.core.data.dataset import Dataset
from explorer.io.importing.errors import DataImportError
from explorer.io.importing.limits import check_archive, check_file_size, check_workbook
from explorer.io.importing.report import ImportReport
from explorer.io.readers.tables.mapping import TableMapping

HEADER_ROWS = 12  # rows searched for a header (World Bank files have 4 preamble rows)


@dataclass(frozen=True)
class Kind:
    """One importable kind of file."""

    key: str
    label: str  # for messages and the import report's title


GLOTIP = Kind("glotip", "UNODC GLOTIP export")
CTDC = Kind("ctdc", "CTDC case data")
IATI = Kind("iati", "IATI activity file")
ACTIVITIES = Kind("activities", "assistance activities table")
FLOWS = Kind("flows", "flow table")
INDICATORS = Kind("indicators", "country indicator table")


def _head_rows(path: Path, data: bytes) -> list[list[str]]:
    """The first rows (header candidates), each as its non-blank cells, stripped."""
    from explorer.io.importing.files import EXCEL_MAGIC, read_table

    if data[:4] in EXCEL_MAGIC:
        check_workbook(data, path.name)  # calamine would build each sheet's whole rectangle
        rows = _workbook_head(data)
        if rows is None:  # damaged: let the full reader say why, in its words
            frame = read_table(path, data)
            rows = [list(frame.columns), *frame.head(HEADER_ROWS).to_numpy().tolist()]
    else:
        frame = read_table(Path(path.name), _first_lines(data[:65_536]))
        rows = [list(frame.columns), *frame.head(HEADER_ROWS).to_numpy().tolist()]
    cleaned = [[str(c).strip() for c in row if c is not None and str(c).strip()] for row in rows]
    return [row for row in cleaned if row]


def _workbook_head(data: bytes) -> list[list[object]] | None:
    """The first rows of every sheet of a workbook, or None when it cannot be opened."""
    from python_calamine import CalamineWorkbook

    try:
        book = CalamineWorkbook.from_filelike(io.BytesIO(data))
        return [
            row
            for index in range(len(book.sheet_names))
            for row in book.get_sheet_by_index(index).to_python(nrows=HEADER_ROWS)
        ]
    except Exception:
        return None


def _first_lines(data: bytes, lines: int = HEADER_ROWS + 2) -> bytes:
    """The first lines of a text file (whole lines only), enough to find a header."""
    cut = 0
    for _ in range(lines):
        nxt = data.find(b"\n", cut)
        if nxt < 0:
            return data
        cut = nxt + 1
    return data[:cut]


_SHARED_TEXT = re.compile(rb"<t[^>]*>([^<]{1,40})</t>")


def _glotip_workbook(data: bytes) -> bool:
    """A workbook whose first shared strings hold GLOTIP's header names.

    Why: reading any sheet cell with calamine parses the whole sheet (0.24 s
    for the GLOTIP workbook), which the reader then does again; the header's
    names sit at the start of the shared-string table, readable in a moment.
    """
    if data[:4] != b"PK\x03\x04":
        return False
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as book, book.open("xl/sharedStrings.xml") as part:
            head = part.read(65_536)
    except (KeyError, OSError, zipfile.BadZipFile):
        return False
    names = {text.strip().lower() for text in _SHARED_TEXT.findall(head)}
    return {b"iso3_code", b"txtvalue"} <= names


def detect(path: Path, data: bytes | None = None) -> Kind:
    """The kind of ``path`` (DataImportError when it is empty or unreadable)."""
    from explorer.io.readers.activities.columns import looks_like_activities_table
    from explorer.io.readers.activities.iati import looks_like_iati
    from explorer.io.readers.ctdc.columns import looks_like_ctdc
    from explorer.io.readers.tables.columns import looks_like_flow_table

    data = path.read_bytes() if data is None else data
    if not data.strip():
        raise DataImportError(f"{path.name}: the file is empty")
    if looks_like_iati(data):
        return IATI
    if _glotip_workbook(data):  # without parsing the whole sheet a second time
        return GLOTIP
    rows = _head_rows(path, data)
    for row in rows:
        lowered = {cell.lower() for cell in row}
        if "iso3_code" in lowered and "txtvalue" in lowered:
            return GLOTIP
    for kind, looks in ((CTDC, looks_like_ctdc), (ACTIVITIES, looks_like_activities_table)):
        if any(looks(row) for row in rows):
            return kind
    if any(looks_like_flow_table(row) for row in rows):
        return FLOWS
    return INDICATORS


Reader = Callable[..., tuple[Dataset, ImportReport]]


def _reader(kind: Kind) -> Reader:
    if kind is GLOTIP:
        from explorer.io.readers.glotip.reader import read_glotip

        return read_glotip
    if kind is CTDC:
        from explorer.io.readers.ctdc.reader import read_ctdc

        return read_ctdc
    if kind is IATI:
        from explorer.io.readers.activities.iati import read_iati

        return read_iati
    if kind is ACTIVITIES:
        from explorer.io.readers.activities.table import read_activities_table

        return read_activities_table
    if kind is FLOWS:
        from explorer.io.readers.tables.flows import read_flow_table

        return read_flow_table
    from explorer.io.readers.tables.indicators import read_indicator_table

    return read_indicator_table


def read_any(
    path: str | Path,
    resolve=None,
    progress: Callable[[float], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    mapping: TableMapping | None = None,
    kind: Kind | None = None,
    overrides: Mapping[str, str] | None = None,
) -> tuple[Dataset, ImportReport]:
    """Read ``path`` with the reader its content calls for.

    ``mapping`` (the user's answer to a ``NeedsMapping``) goes to the table
    readers; ``overrides`` (the user's rules for groups of rows sharing one
    breakdown, from the workspace) to the GLOTIP reader; ``kind`` forces a reader.
    Every failure is a DataImportError, files over the limits of
    :mod:`explorer.io.importing.limits` included.
    """
    path = Path(path)
    try:
        check_file_size(path.name, path.stat().st_size)  # before reading it into memory
        data = path.read_bytes()
    except OSError as exc:
        raise DataImportError(f"{path.name}: cannot be read ({exc.strerror or exc})") from exc
    check_archive(data, path.name)  # the zip's own directory, before anything is unpacked
    try:
        kind = kind or detect(path, data)
    except DataImportError:
        raise
    except Exception as exc:  # an unforeseen file: say so instead of crashing the import
        raise DataImportError(f"{path.name}: could not be read ({exc})") from exc
    reader = _reader(kind)
    options = {"resolve": resolve, "progress": progress, "cancelled": cancelled}
    if mapping is not None and kind in (FLOWS, INDICATORS):
        options["mapping"] = mapping
    if overrides and kind is GLOTIP:
        options["overrides"] = overrides
    dataset, report = reader(path, **options)
    from explorer.core.indicators.consistency import consistency_warnings

    found = consistency_warnings(dataset)
    report.consistency = [tuple(row) for row in found.itertuples(index=False)]
    return dataset, report
