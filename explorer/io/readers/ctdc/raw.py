"""The raw cells of a CTDC file, all as strings: a CSV parsed in chunks, or a workbook.

Why its own reader and not ``read_table``: CTDC files hold a quarter of a
million records, so the CSV is parsed in chunks and the import's progress and
cancellation are checked between them (a window never freezes); the encoding
(UTF-8, UTF-16, a Windows export) and the separator are worked out from the
bytes first. Workbooks and ragged CSVs go to the shared tolerant reader.
"""

from __future__ import annotations

import io
from pathlib import Path

import pandas as pd

from explorer.io.importing.errors import DataImportError
from explorer.io.importing.files import EXCEL_MAGIC, read_table
from explorer.io.importing.limits import check_first_lines
from explorer.io.importing.steps import Steps

_CHUNK_ROWS = 25_000


def read_raw(path: Path, data: bytes, step: Steps) -> pd.DataFrame:
    """All cells as strings; a CSV is parsed in chunks (progress and cancel between them)."""
    if data[:4] in EXCEL_MAGIC or path.suffix.lower() in (".xlsx", ".xlsm", ".xls", ".ods"):
        return read_table(path, data)
    encoding = _encoding(data)
    if not encoding.startswith("utf-16") and b"\x00" in data[:4096]:
        raise DataImportError(
            f"{path.name}: not a table (the file holds binary data, not CSV text or a workbook)"
        )
    head = data[:65536].decode(encoding, errors="replace")
    lines = [line for line in head.splitlines()[:12] if line.strip()]
    if not lines:
        raise DataImportError(f"{path.name}: the file is empty")
    sample = max(lines, key=lambda line: line.count(",") + line.count(";") + line.count("\t"))
    sep = max((",", ";", "\t"), key=sample.count)
    codec = "utf-8" if not encoding.startswith("utf-16") else _utf16_codec(data, encoding)
    check_first_lines(path.name, data, sep.encode(codec), "\n".encode(codec))
    try:
        try:
            return _parse_csv(data, encoding, sep, step)
        except UnicodeDecodeError:  # not UTF-8: a Windows export
            return _parse_csv(data, "cp1252", sep, step)
    except (pd.errors.ParserError, ValueError):
        # Ragged rows (a line with more cells than the first): the tolerant reader.
        return read_table(path, data)


def _parse_csv(data: bytes, encoding: str, sep: str, step: Steps) -> pd.DataFrame:
    size = max(data.count(b"\n"), 1)
    chunks = []
    reader = pd.read_csv(
        io.BytesIO(data),
        sep=sep,
        header=None,
        dtype=str,
        na_filter=False,
        keep_default_na=False,
        skip_blank_lines=False,
        encoding=encoding,
        encoding_errors="strict" if encoding != "cp1252" else "replace",
        chunksize=_CHUNK_ROWS,
        engine="c",
    )
    with reader:
        for chunk in reader:
            chunks.append(chunk)
            step(min(0.4, 0.4 * (len(chunks) * _CHUNK_ROWS) / size))
    if not chunks:
        return pd.DataFrame()
    return pd.concat(chunks) if len(chunks) > 1 else chunks[0]


def _utf16_codec(data: bytes, encoding: str) -> str:
    """The byte order of a UTF-16 file, to find its separators in its bytes."""
    return "utf-16-be" if encoding == "utf-16" and data[:2] == b"\xfe\xff" else "utf-16-le"


def _encoding(data: bytes) -> str:
    if data[:3] == b"\xef\xbb\xbf":
        return "utf-8-sig"
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        return "utf-16"
    if data[1:2] == b"\x00" and data[3:4] == b"\x00":
        return "utf-16-le"
    return "utf-8"
