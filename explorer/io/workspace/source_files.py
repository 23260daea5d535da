"""An imported file's rows in the workspace file (table ``source_files``, schema version 4).

Why a module of its own: the rows are stored packed (row numbers as a
compressed int32 array, cells as the :class:`SourceFile`'s compressed text),
and only this module knows how, for both writing and reading.
"""

from __future__ import annotations

import json
import sqlite3
import sys
import zlib
from array import array

from explorer.core.data.source_file import SourceFile


def _packed_rows(rows: tuple[int, ...]) -> bytes:
    numbers = array("i", rows)  # 4 bytes on every platform the app ships for
    if sys.byteorder == "big":  # stored little-endian, whichever machine wrote it
        numbers.byteswap()
    return zlib.compress(numbers.tobytes(), 6)


def _unpacked_rows(blob: bytes) -> tuple[int, ...]:
    numbers = array("i")
    numbers.frombytes(zlib.decompress(blob))
    if sys.byteorder == "big":
        numbers.byteswap()
    return tuple(numbers)


def source_values(source: SourceFile) -> tuple:
    """The values ``source`` is stored as (its checksum is made of them)."""
    return (
        source.file_name,
        source.sha256,
        source.sheet,
        json.dumps(list(source.columns), ensure_ascii=False),
        _packed_rows(source.rows),
        source.packed,
    )


def write_source(con: sqlite3.Connection, dataset_name: str, source: SourceFile) -> tuple:
    """Store ``source`` as the rows of the dataset called ``dataset_name``; return the values
    stored (its checksum is made of them)."""
    values = source_values(source)
    con.execute("INSERT INTO source_files VALUES (?, ?, ?, ?, ?, ?, ?)", (dataset_name, *values))
    return values


def read_sources(con: sqlite3.Connection) -> dict[str, tuple]:
    """Every stored source file's values as written, by dataset name (see :func:`source_of`)."""
    return {
        str(row[0]): tuple(row[1:])
        for row in con.execute(
            "SELECT dataset_name, file_name, sha256, sheet, columns_json, rows, packed "
            "FROM source_files"
        )
    }


def source_of(name: str, values: tuple) -> SourceFile:
    """The :class:`SourceFile` of stored ``values`` (ValueError when they are damaged)."""
    file_name, sha256, sheet, columns_json, rows, packed = values
    columns = json.loads(columns_json)
    if not isinstance(columns, list):
        raise ValueError(f"the source columns of {name!r} are not a list")
    try:
        numbers = _unpacked_rows(bytes(rows))
    except zlib.error as error:
        raise ValueError(f"the source rows of {name!r} are damaged: {error}") from error
    header = tuple(map(str, columns))
    return SourceFile(str(file_name), str(sha256), str(sheet), header, numbers, bytes(packed))
