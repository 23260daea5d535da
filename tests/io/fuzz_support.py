"""What the fuzz tests of the readers share: hypothesis profiles, file writers, the invariants.

Why one place: every reader is held to the same three promises, and each
test states only what it generates and what value it expects back.

1. The only exception that escapes is ``DataImportError`` (or its subclass
   ``NeedsMapping``) with a message naming the file.
2. ``rows_read == rows_imported + len(rejected)``.
3. No value is changed silently: the tests compare what was imported with
   the value written into the file (each test says how).

Profiles: ``fuzz`` (a few dozen examples, every run) and ``fuzz-slow`` (many,
for the tests marked ``slow``, which CI runs). ``FUZZ_EXAMPLES`` scales both,
e.g. ``FUZZ_EXAMPLES=10`` for a long local hunt. Under CI=true the suite's
``ci`` profile is loaded first, so both inherit its derandomisation.
"""

from __future__ import annotations

import codecs
import csv
import io
import math
import os
import tempfile
import zipfile
from collections.abc import Callable, Sequence
from pathlib import Path
from xml.sax.saxutils import escape

import pytest
from hypothesis import HealthCheck, given, settings

from explorer.io.importing.errors import DataImportError
from explorer.io.importing.report import ImportReport

SCALE = float(os.environ.get("FUZZ_EXAMPLES", "1"))
_COMMON = {
    "deadline": None,
    "suppress_health_check": [HealthCheck.too_slow, HealthCheck.data_too_large],
    "print_blob": True,
}
settings.register_profile("fuzz", settings.default, max_examples=max(int(25 * SCALE), 1), **_COMMON)
settings.register_profile("fuzz-slow", settings.default, max_examples=int(500 * SCALE), **_COMMON)

WORK = Path(tempfile.mkdtemp(prefix="tfe-fuzz-"))


def fast_and_slow(prop: Callable, slow_examples: int = 500, **strategies) -> tuple:
    """Two tests of one property: a short run (profile ``fuzz``) and a long one marked slow.

    ``slow_examples`` sets the long run's count (scaled by ``FUZZ_EXAMPLES``),
    chosen so that all slow fuzz tests together stay within about 2.5 minutes on
    CI's 2 cores: a reader's fixed cost per file (about 0.1 s there) makes the
    file-writing properties the costly ones, so they run 250 to 750 examples,
    ten to thirty times their fast twin's, and the cheap ones (random bytes and
    text, names) more. ``FUZZ_EXAMPLES=10`` is the long hunt.
    """
    fast = settings.get_profile("fuzz")(given(**strategies)(prop))
    slow_settings = settings(
        settings.get_profile("fuzz-slow"), max_examples=max(int(slow_examples * SCALE), 1)
    )
    slow = pytest.mark.slow(slow_settings(given(**strategies)(prop)))
    return fast, slow


def write(name: str, data: bytes) -> Path:
    """``data`` in a file called ``name`` in this run's scratch folder."""
    path = WORK / name
    path.write_bytes(data)
    return path


def outcome(path: Path, read: Callable[[], tuple]) -> tuple | None:
    """``read()``'s (dataset, report), or None when it refused the file properly.

    Fails on any exception but a DataImportError, on a message that is empty
    or does not name the file, and on a report whose rows do not add up.
    """
    try:
        dataset, report = read()
    except DataImportError as exc:
        message = str(exc)
        assert message.strip(), "an import error without a message"
        assert message == "import cancelled" or path.name in message, message
        return None
    assert isinstance(report, ImportReport)
    assert report.rows_read == report.rows_imported + len(report.rejected), report.summary()
    assert report.rows_read >= 0 and report.rows_imported >= 0
    return dataset, report


# -- writing tables ----------------------------------------------------------------------

ENCODINGS = ("utf-8", "utf-8-sig", "utf-16", "cp1252")
SEPARATORS = (",", ";", "\t")


def csv_bytes(rows: Sequence[Sequence[str]], encoding: str = "utf-8", sep: str = ",") -> bytes:
    """``rows`` as a CSV file (quoted where needed); cp1252 falls back to UTF-8 if it must."""
    buffer = io.StringIO()
    csv.writer(buffer, delimiter=sep, lineterminator="\r\n").writerows(rows)
    text = buffer.getvalue()
    try:
        return text.encode(encoding)
    except UnicodeEncodeError:
        return codecs.BOM_UTF8 + text.encode("utf-8")


def xlsx_bytes(rows: Sequence[Sequence[object]]) -> bytes:
    """A minimal valid .xlsx of one sheet: strings as inline strings, numbers as numbers.

    Written by hand (a few zip entries) because XlsxWriter takes 27 ms a file.
    """

    def cell(ref: str, value: object) -> str:
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            return f'<c r="{ref}"><v>{value!r}</v></c>'
        text = escape(_xml_safe(str(value)))
        return f'<c r="{ref}" t="inlineStr"><is><t xml:space="preserve">{text}</t></is></c>'

    lines = []
    for r, values in enumerate(rows, start=1):
        cells = "".join(cell(f"{column_letters(c)}{r}", v) for c, v in enumerate(values) if v != "")
        lines.append(f'<row r="{r}">{cells}</row>')
    ns = "http://schemas.openxmlformats.org"
    main = f"{ns}/spreadsheetml/2006/main"
    parts = {
        "[Content_Types].xml": (
            f'<Types xmlns="{ns}/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
            'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-'
            'officedocument.spreadsheetml.sheet.main+xml"/>'
            '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.'
            'openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>'
        ),
        "_rels/.rels": (
            f'<Relationships xmlns="{ns}/package/2006/relationships"><Relationship Id="rId1" '
            f'Type="{ns}/officeDocument/2006/relationships/officeDocument" '
            'Target="xl/workbook.xml"/></Relationships>'
        ),
        "xl/workbook.xml": (
            f'<workbook xmlns="{main}" xmlns:r="{ns}/officeDocument/2006/relationships">'
            '<sheets><sheet name="data" sheetId="1" r:id="rId1"/></sheets></workbook>'
        ),
        "xl/_rels/workbook.xml.rels": (
            f'<Relationships xmlns="{ns}/package/2006/relationships"><Relationship Id="rId1" '
            f'Type="{ns}/officeDocument/2006/relationships/worksheet" '
            'Target="worksheets/sheet1.xml"/></Relationships>'
        ),
        "xl/worksheets/sheet1.xml": f'<worksheet xmlns="{main}"><sheetData>'
        + "".join(lines)
        + "</sheetData></worksheet>",
    }
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as book:
        for name, text in parts.items():
            book.writestr(name, text)
    return buffer.getvalue()


def column_letters(index: int) -> str:
    """0 -> "A", 25 -> "Z", 26 -> "AA"."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def _xml_safe(text: str) -> str:
    """Drop the characters XML 1.0 cannot hold (the file could not carry them)."""
    return "".join(
        c
        for c in text
        if c in "\t\n\r" or ("\x20" <= c <= "\ud7ff") or ("\ue000" <= c <= "\ufffd") or c > "\uffff"
    )


def xml_text(text: str) -> str:
    """What a cell's text becomes after an .xlsx round trip (XML-safe, CR as LF)."""
    return _xml_safe(text).replace("\r\n", "\n").replace("\r", "\n")


def same_number(imported: float, expected: float) -> bool:
    """Equal as numbers (a relative 1e-9 for values that went through text)."""
    return math.isclose(imported, expected, rel_tol=1e-9, abs_tol=1e-12)
