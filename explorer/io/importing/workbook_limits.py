"""Checks of a zip workbook (.xlsx, .ods) before calamine opens it.

Why before: calamine trusts what a workbook declares, so a zip bomb or a sheet
whose one stray cell spans billions of empty ones would exhaust memory and
abort the app instead of failing with a message. Only the zip's directory and
the sheets' cell references are read here, in chunks; the numbers are those of
:mod:`explorer.io.importing.limits`, read when a check runs.
"""

from __future__ import annotations

import hashlib
import io
import zipfile

from explorer.io.importing import limits
from explorer.io.importing.errors import DataImportError
from explorer.io.importing.limits import readable_size
from explorer.io.importing.sheet_extent import OdsExtent, SheetExtent, XlsxExtent

_ZIP_MAGIC = b"PK\x03\x04"
_CHUNK = 4 * 1024 * 1024


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
    if len(parts) > limits.MAX_ARCHIVE_PARTS:
        raise DataImportError(
            f"{name}: the workbook holds {len(parts):,} parts, more than the "
            f"{limits.MAX_ARCHIVE_PARTS:,} a workbook may have here; it is damaged or not a "
            "spreadsheet. Open it in a spreadsheet program and save it again."
        )
    total = sum(part.file_size for part in parts)
    if total > limits.MAX_UNPACKED_BYTES:
        raise DataImportError(
            f"{name}: the workbook would unpack to {readable_size(total)} "
            f"(a {readable_size(len(data))} file), more than the "
            f"{readable_size(limits.MAX_UNPACKED_BYTES)} this application unpacks. "
            "Keep only the sheet and the rows you need, or save the sheet as CSV."
        )
    for part in parts:
        ratio = part.file_size / max(part.compress_size, 1)
        if part.file_size > limits.RATIO_GRACE_BYTES and ratio > limits.MAX_COMPRESSION_RATIO:
            raise DataImportError(
                f"{name}: its part {part.filename!r} would unpack {ratio:,.0f} times "
                f"({readable_size(part.compress_size)} to {readable_size(part.file_size)}), "
                f"more than the {limits.MAX_COMPRESSION_RATIO} times a real sheet compresses: "
                "the file looks like a zip bomb, so nothing was read. If it is a real "
                "workbook, open it in a spreadsheet program and save it again, or save the "
                "sheet as CSV."
            )


def check_sheets(data: bytes, name: str) -> None:
    """Refuse a workbook with a sheet whose used rectangle exceeds ``limits.MAX_SHEET_CELLS``.

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
        elif scan.cells > limits.MAX_SHEET_CELLS:
            raise DataImportError(_too_many_cells(name, scan))


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
        f"{limits.MAX_SHEET_CELLS:,} cells this application reads from one sheet. A stray "
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
