"""Reading a spreadsheet or CSV file into a raw table of strings, whatever its encoding.

Why apart from the GLOTIP reader: every importer (GLOTIP, CTDC, indicator
sheets) meets the same files: xlsx/ods read by calamine, CSVs in UTF-8 (with or
without BOM), UTF-16 or cp1252, separated by commas, semicolons or tabs.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pandas as pd

from explorer.core.data.source_file import SourceFile
from explorer.io.importing.errors import DataImportError
from explorer.io.importing.limits import check_file_size, check_table
from explorer.io.importing.workbook_limits import check_workbook

EXCEL_MAGIC = (b"PK\x03\x04", b"\xd0\xcf\x11\xe0")


def file_bytes(path: Path, data: bytes | None = None) -> bytes:
    """The file's bytes, read once: ``data`` when the caller already read them, else from
    disk after checking the size limit; DataImportError when unreadable, too big or empty.

    Why every reader asks here: the limits apply whichever way a reader is called, and
    ``read_any`` hands over the bytes it checked instead of having them read again.
    """
    if data is None:
        try:
            check_file_size(path.name, path.stat().st_size)  # before reading it into memory
            data = path.read_bytes()
        except OSError as exc:
            raise DataImportError(f"{path.name}: cannot be read ({exc.strerror or exc})") from exc
    else:  # bytes handed over by a caller: the same limit, whoever read them
        check_file_size(path.name, len(data))
    if not data.strip():
        raise DataImportError(f"{path.name}: the file is empty")
    return data


def read_table(path: Path, data: bytes) -> pd.DataFrame:
    """All cells as stripped strings ("" for blank), first sheet holding a header."""
    suffix = path.suffix.lower()
    if data[:4] in EXCEL_MAGIC or suffix in (".xlsx", ".xlsm", ".xls", ".ods"):
        frame = _read_workbook(path, data)
    else:
        frame = _read_csv(path, data)
    sheet, sheets = frame.attrs.get("sheet", ""), frame.attrs.get("sheets", 1)
    frame = frame.fillna("").astype(str).apply(lambda col: col.str.strip())
    frame.attrs["sheet"] = sheet  # which sheet the rows are on: shown with a figure's rows
    frame.attrs["sheets"] = sheets  # how many the workbook has: a dataset names its sheet then
    return frame


def _read_workbook(path: Path, data: bytes) -> pd.DataFrame:
    if data[:4] not in EXCEL_MAGIC:
        kind = "PNG image" if data[:8] == b"\x89PNG\r\n\x1a\n" else "something else"
        raise DataImportError(
            f"{path.name}: not an Excel workbook (its content is {kind}); "
            "save or export it again as .xlsx or .csv from the program or site it came from"
        )
    check_workbook(data, path.name)  # sizes and sheet extents, before calamine allocates them
    try:
        sheets = pd.read_excel(
            io.BytesIO(data), engine="calamine", header=None, dtype=str, sheet_name=None
        )
    except Exception as exc:
        raise DataImportError(
            f"{path.name}: the workbook is damaged or truncated and cannot be read ({exc})"
        ) from exc
    if not sheets:
        raise DataImportError(f"{path.name}: the workbook has no sheets")
    for name, frame in sheets.items():
        head = frame.head(10).astype(str).apply(lambda c: c.str.strip().str.lower())
        if head.isin(["iso3_code"]).any(axis=None) and head.isin(["txtvalue"]).any(axis=None):
            frame.attrs["sheet"] = str(name)
            return frame
    name, first = next(iter(sheets.items()))
    if first.empty:
        raise DataImportError(f"{path.name}: the file is empty (no rows in its first sheet)")
    first.attrs["sheet"] = str(name)
    first.attrs["sheets"] = len(sheets)
    return first


def _utf16(data: bytes) -> str | None:
    """The text of a UTF-16 file (with or without its byte-order mark), else None."""
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        encoding = "utf-16"
    elif data[1:2] == b"\x00" and data[3:4] == b"\x00":
        encoding = "utf-16-le"
    elif data[:1] == b"\x00" and data[2:3] == b"\x00":
        encoding = "utf-16-be"
    else:
        return None
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise ValueError(
            f"not valid UTF-16 text at byte {exc.start:,} (the file may be truncated)"
        ) from exc


def _decode(data: bytes) -> str:
    if data[:3] == b"\xef\xbb\xbf":
        try:
            return data[3:].decode("utf-8")
        except UnicodeDecodeError as exc:
            raise ValueError(
                f"not valid UTF-8 text at byte {exc.start + 3:,}, though it starts "
                "with the UTF-8 mark"
            ) from exc
    text = _utf16(data)
    if text is not None:
        return text
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        try:
            return data.decode("cp1252")
        except UnicodeDecodeError:
            return data.decode("latin-1")


_CONTROLS = dict.fromkeys(c for c in range(32) if chr(c) not in "\t\n\r\f\v")


def _binary(text: str) -> bool:
    """True when ``text`` holds a NUL or many control characters: a binary file, not a table."""
    if "\x00" in text:
        return True
    head = text[:65_536]
    controls = len(head) - len(head.translate(_CONTROLS))
    return controls > max(len(head) // 100, 2)


def _read_csv(path: Path, data: bytes) -> pd.DataFrame:
    try:
        text = _decode(data)
    except ValueError as exc:
        raise DataImportError(f"{path.name}: {exc}; save it again as CSV (UTF-8)") from exc
    if _binary(text):
        raise DataImportError(
            f"{path.name}: not a text table: the file holds binary data (NUL or control "
            "bytes), so it is not a CSV file, or it is damaged; export it again as CSV "
            "(UTF-8) or as an Excel workbook"
        )
    lines = [line for line in text.splitlines()[:12] if line.strip()]
    if not lines:
        raise DataImportError(f"{path.name}: the file is empty")
    sample = max(lines, key=lambda line: line.count(",") + line.count(";") + line.count("\t"))
    sep = max((",", ";", "\t"), key=sample.count)
    records: list[list[str]] = []
    width = 0
    try:
        for record in csv.reader(io.StringIO(text, newline=""), delimiter=sep):
            records.append(record)
            if len(record) > width or len(records) % 4096 == 0:
                width = max(width, len(record))
                check_table(path.name, len(records), width)  # before it fills the memory
    except csv.Error as exc:
        raise DataImportError(f"{path.name}: not a readable CSV table ({exc})") from exc
    width = max(len(r) for r in records)
    check_table(path.name, len(records), width)
    return pd.DataFrame([r + [""] * (width - len(r)) for r in records], dtype=object)


# -- header, values, codes --------------------------------------------------------


def source_file(file_name: str, sha256: str, raw: pd.DataFrame, header_at: int) -> SourceFile:
    """The rows of ``raw`` (``read_table``'s cells) below its header row, packed with their
    spreadsheet row numbers (blank rows left out), to show behind the figures read from them."""
    columns = [str(c) for c in raw.iloc[header_at]] if len(raw) > header_at else []
    body = raw.iloc[header_at + 1 :]
    filled = (body != "").any(axis=1).to_numpy()
    numbers = (body.index.to_numpy() + 1)[filled]
    cells = body.to_numpy()[filled].tolist()
    sheet = str(raw.attrs.get("sheet", ""))
    numbered = zip(numbers.tolist(), cells, strict=True)
    return SourceFile.pack(file_name, sha256, sheet, columns, numbered)
