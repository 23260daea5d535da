"""The import limits (explorer/io/importing/limits.py): what is refused, what the message says, and
that real files stay far inside every limit.
"""

from __future__ import annotations

import io
import tracemalloc
import zipfile
from pathlib import Path

import pandas as pd
import pytest

from explorer.io.importing import limits, workbook_limits
from explorer.io.importing.errors import DataImportError
from explorer.io.importing.importers import read_any
from explorer.io.readers.activities.iati import read_iati
from explorer.io.readers.ctdc.reader import read_ctdc
from explorer.io.readers.glotip.reader import read_glotip
from explorer.io.readers.tables.indicators import read_indicator_table
from tests.io.fuzz_support import xlsx_bytes
from tests.io.test_glotip import REAL

TABLE = [["Country", "Year", "Value"], ["France", "2020", "12"], ["Kenya", "2021", "7"]]


def refused(read, path: Path) -> str:
    with pytest.raises(DataImportError) as caught:
        read(path)
    message = str(caught.value)
    assert message.startswith(path.name + ": "), message
    return message


def with_sheet(sheet_rows: str, name: str = "xl/worksheets/sheet1.xml") -> bytes:
    """TABLE as a workbook whose sheet gets ``sheet_rows`` (raw XML) after its rows."""
    source = zipfile.ZipFile(io.BytesIO(xlsx_bytes(TABLE)))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as book:
        for info in source.infolist():
            data = source.read(info)
            if info.filename == name:
                data = data.replace(b"</sheetData>", sheet_rows.encode() + b"</sheetData>")
            book.writestr(info.filename, data)
    return out.getvalue()


# -- file size ---------------------------------------------------------------------------


@pytest.mark.parametrize("suffix", [".csv", ".xlsx", ".xml"])
def test_a_file_over_200_mb_is_refused_before_it_is_read(tmp_path, suffix):
    path = tmp_path / f"huge{suffix}"
    with path.open("wb") as handle:  # sparse: takes no disk space
        handle.truncate(limits.MAX_FILE_BYTES + 1_500_000)
    tracemalloc.start()
    message = refused(read_any, path)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert "201.5 MB" in message and "200.0 MB" in message
    assert "Filter what you need" in message and "split it" in message
    assert peak < 5_000_000  # the 200 MB were never loaded


def test_the_size_limit_is_the_module_constant(tmp_path, monkeypatch):
    path = tmp_path / "table.csv"
    path.write_bytes(b"Country,Year,Value\n" + b"France,2020,1\n" * 400)
    monkeypatch.setattr(limits, "MAX_FILE_BYTES", 2_000)
    assert "the file is 5.6 kB, larger than the 2.0 kB" in refused(read_any, path)
    monkeypatch.setattr(limits, "MAX_FILE_BYTES", 200_000_000)
    assert read_any(path)[1].rows_imported == 400


# -- the zip's central directory -------------------------------------------------------


def declared(data: bytes, part: str, size: int) -> bytes:
    """``data`` with the central directory claiming ``part`` unpacks to ``size`` bytes."""
    buffer = bytearray(data)
    at = buffer.rfind(b"PK\x05\x06")
    entry = int.from_bytes(buffer[at + 16 : at + 20], "little")
    while buffer[entry : entry + 4] == b"PK\x01\x02":
        lengths = [
            int.from_bytes(buffer[entry + n : entry + n + 2], "little") for n in (28, 30, 32)
        ]
        if buffer[entry + 46 : entry + 46 + lengths[0]] == part.encode():
            buffer[entry + 24 : entry + 28] = size.to_bytes(4, "little")
        entry += 46 + sum(lengths)
    return bytes(buffer)


def test_a_workbook_declaring_4_gb_of_content_is_refused_unread(tmp_path):
    path = tmp_path / "claims.xlsx"
    path.write_bytes(declared(xlsx_bytes(TABLE), "xl/worksheets/sheet1.xml", 0xFFFF_FFF0))
    for read in (read_any, read_indicator_table, read_glotip):
        message = refused(read, path)
        assert "would unpack to 4.3 GB" in message and "more than the 1.0 GB" in message


def bomb(megabytes: int) -> bytes:
    """A valid workbook whose sheet holds ``megabytes`` MB of spaces (compressed ~1000x)."""
    source = zipfile.ZipFile(io.BytesIO(xlsx_bytes(TABLE)))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as book:
        for info in source.infolist():
            data = source.read(info)
            if not info.filename.endswith("sheet1.xml"):
                book.writestr(info.filename, data)
                continue
            head, tail = data.split(b"<sheetData>")
            with book.open(info.filename, "w") as sheet:
                sheet.write(head + b"<sheetData>")
                for _ in range(megabytes):
                    sheet.write(b" " * 1_000_000)
                sheet.write(tail)
    return out.getvalue()


def test_a_sheet_compressed_a_thousand_times_is_refused_unread(tmp_path):
    path = tmp_path / "bomb.xlsx"
    path.write_bytes(bomb(20))
    for read in (read_any, read_indicator_table, read_ctdc):
        message = refused(read, path)
        assert "'xl/worksheets/sheet1.xml' would unpack 1,0" in message
        assert "20.0 MB" in message and "zip bomb" in message


def test_a_small_part_may_compress_much_more(tmp_path):
    path = tmp_path / "padded.xlsx"
    path.write_bytes(with_sheet(" " * 900_000))  # 900 kB of spaces: under the 1 MB grace
    dataset, report = read_any(path)
    assert report.rows_imported == 2
    assert sorted(dataset.observations["value"]) == [7.0, 12.0]


@pytest.mark.skipif(not REAL.exists(), reason="the shared GLOTIP workbook is not here")
def test_the_real_glotip_workbook_is_far_inside_every_limit():
    data = REAL.read_bytes()
    workbook_limits.check_workbook(data, REAL.name)
    parts = zipfile.ZipFile(io.BytesIO(data)).infolist()
    assert sum(p.file_size for p in parts) * 40 < limits.MAX_UNPACKED_BYTES
    assert max(p.file_size / max(p.compress_size, 1) for p in parts) * 5 < 100
    assert len(data) * 80 < limits.MAX_FILE_BYTES
    assert limits.MAX_SHEET_CELLS > 46_559 * 13 * 15


# -- sheet extents -------------------------------------------------------------------------

FAR = {
    "far corner": '<row r="1048576"><c r="XFD1048576"><v>1</v></c></row>',
    "lower case": '<row r="1048576"><c r="xfd1048576"><v>1</v></c></row>',
    "leading zeros": '<row r="9"><c r="ZZ9"><v>1</v></c><c r="A00001048576"><v>1</v></c></row>',
    "prefixed": '<x:row r="9"><x:c r="XFD1048576"><x:v>1</x:v></x:c></x:row>',
    "attribute order": '<row r="9"><c t="n" r="XFD1048576"><v>1</v></c></row>',
    "no references": (
        '<row r="9"><c r="XFD9"><v>1</v></c></row><row r="1048576"><c><v>1</v></c></row>'
    ),
    "300,000 x 40": '<row r="300000"><c r="AN300000"><v>1</v></c></row>',
}


@pytest.mark.parametrize("case", sorted(FAR))
def test_a_cell_far_away_is_refused_before_calamine_allocates_the_rectangle(tmp_path, case):
    """Before the limit, calamine aborted the whole process on the far corner (549 GB)."""
    path = tmp_path / "far.xlsx"
    path.write_bytes(with_sheet(FAR[case]))
    for read in (read_any, read_indicator_table):
        message = refused(read, path)
        assert "cells this application reads from one sheet" in message
        assert "delete the rows and columns after your data" in message
    if case == "far corner":
        assert "1,048,576 rows x 16,384 columns" in message


def test_cells_without_a_value_far_away_do_not_count(tmp_path):
    """An empty styled cell at XFD1048576 (Excel writes them) is skipped by calamine too."""
    path = tmp_path / "styled.xlsx"
    path.write_bytes(with_sheet('<row r="1048576"><c r="XFD1048576" s="1"/></row>'))
    assert read_any(path)[1].rows_imported == 2


def test_a_wide_but_honest_sheet_is_read(tmp_path):
    years = [str(y) for y in range(1800, 2100)]  # 300 columns, out to KO
    rows = [["Country Name", *years], ["France", *("1" for _ in years)]]
    path = tmp_path / "wide.xlsx"
    path.write_bytes(xlsx_bytes(rows))
    assert read_indicator_table(path)[1].rows_imported == 1
    workbook_limits.check_workbook(
        with_sheet('<row r="200000"><c r="AN200000"><v>1</v></c></row>'), "x"
    )


def ods(rows_xml: str) -> bytes:
    content = (
        '<?xml version="1.0" encoding="UTF-8"?><office:document-content '
        'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">'
        '<office:body><office:spreadsheet><table:table table:name="S">'
        f"{rows_xml}</table:table></office:spreadsheet></office:body></office:document-content>"
    )
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as book:
        book.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        book.writestr("content.xml", content)
        book.writestr(
            "META-INF/manifest.xml",
            '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:'
            '1.0"><manifest:file-entry manifest:full-path="/" manifest:media-type="application/'
            'vnd.oasis.opendocument.spreadsheet"/><manifest:file-entry manifest:full-path='
            '"content.xml" manifest:media-type="text/xml"/></manifest:manifest>',
        )
    return out.getvalue()


def ods_row(*cells: str, repeat: int = 1) -> str:
    text = "".join(
        f'<table:table-cell office:value-type="string"><text:p>{c}</text:p></table:table-cell>'
        for c in cells
    )
    return f'<table:table-row table:number-rows-repeated="{repeat}">{text}</table:table-row>'


def test_an_ods_sheet_that_repeats_a_cell_millions_of_times_is_refused(tmp_path):
    """900 bytes that calamine expands to 15 million cells (2 GB, 15 s) before the limit."""
    cell = (
        '<table:table-cell office:value-type="string" table:number-columns-repeated="1500">'
        "<text:p>France</text:p></table:table-cell>"
    )
    rows = ods_row("Country", "Year", "Value")
    rows += f'<table:table-row table:number-rows-repeated="10000">{cell}</table:table-row>'
    path = tmp_path / "repeats.ods"
    path.write_bytes(ods(rows))
    assert "10,001 rows x 1,500 columns" in refused(read_any, path)


def test_an_ods_sheet_as_libreoffice_writes_it_is_read(tmp_path):
    """LibreOffice ends a sheet with a million empty rows of 1024 empty cells."""
    rows = ods_row("Country", "Year", "Value") + ods_row("France", "2020", "12")
    rows += ods_row("Kenya", "2021", "7")
    rows += (
        '<table:table-row table:number-rows-repeated="1048573">'
        '<table:table-cell table:number-columns-repeated="1024"/></table:table-row>'
    )
    path = tmp_path / "libreoffice.ods"
    path.write_bytes(ods(rows))
    dataset, report = read_any(path)
    assert report.rows_imported == 2
    assert sorted(dataset.observations["value"]) == [7.0, 12.0]


def test_a_binary_workbook_inside_a_zip_is_refused(tmp_path):
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as book:
        book.writestr("xl/workbook.bin", b"\x83\x01\x00")
        book.writestr("xl/worksheets/sheet1.bin", b"\x81\x01\x00")
    path = tmp_path / "book.xlsb"
    path.write_bytes(out.getvalue())
    assert "save it as .xlsx" in refused(read_any, path)


# -- text tables -------------------------------------------------------------------------


def test_a_line_wider_than_excel_allows_is_refused(tmp_path):
    path = tmp_path / "wide.csv"
    path.write_bytes(b"Country,Year," + b"1," * 20_000 + b"\nFrance,2020,1\n")
    for read in (read_any, read_indicator_table):
        assert "more than the 16,384 a table" in refused(read, path)
    ctdc = tmp_path / "wide_ctdc.csv"
    header = b"yearOfRegistration,citizenship,CountryOfExploitation,"
    ctdc.write_bytes(header + b"x," * 20_000 + b"\n2020,ROU,DEU\n")
    assert "20,004 or more columns" in refused(read_ctdc, ctdc)


def test_a_table_over_the_cell_limit_is_refused_while_it_is_parsed(tmp_path, monkeypatch):
    monkeypatch.setattr(limits, "MAX_SHEET_CELLS", 3_000)
    path = tmp_path / "long.csv"
    path.write_bytes(b"Country,Year,Value\n" + b"France,2020,1\n" * 2_000)
    assert "more than 3,000 cells" in refused(read_indicator_table, path)


def test_utf16_without_a_byte_order_mark_is_read_and_a_truncated_one_refused(tmp_path):
    text = "Country,Year,Value\r\nCôte d'Ivoire,2020,12\r\nKenya,2021,7\r\n"
    for encoding in ("utf-16-le", "utf-16-be"):
        path = tmp_path / f"{encoding}.csv"
        path.write_bytes(text.encode(encoding))
        dataset, _ = read_any(path)
        assert dict(
            zip(dataset.observations["iso3"], dataset.observations["value"], strict=True)
        ) == {
            "CIV": 12.0,
            "KEN": 7.0,
        }
    path = tmp_path / "cut.csv"
    path.write_bytes(text.encode("utf-16")[:-1])
    assert "not valid UTF-16 text" in refused(read_indicator_table, path)
    path.write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8") + b"\xff")
    assert "not valid UTF-8 text at byte" in refused(read_indicator_table, path)


# -- XML --------------------------------------------------------------------------------


def test_xml_nested_deeper_than_any_iati_file_is_refused(tmp_path):
    depth = limits.MAX_XML_DEPTH
    path = tmp_path / "deep.xml"
    path.write_text("<iati-activities>" + "<a>" * depth + "</a>" * depth + "</iati-activities>")
    assert "nested more than 64 levels deep" in refused(read_iati, path)
    path.write_text("<iati-activities>" + "<a>" * 5 + "</a>" * 5 + "</iati-activities>")
    assert "without any iati-activity element" in refused(read_iati, path)


def test_many_elements_that_are_not_activities_are_let_go_as_they_are_read(tmp_path):
    activity = (
        "<iati-activity><title><narrative>Shelter</narrative></title>"
        '<recipient-country code="KE"/></iati-activity>'
    )
    path = tmp_path / "wide.xml"
    path.write_text("<iati-activities>" + "<x/>" * 300_000 + activity + "</iati-activities>")
    tracemalloc.start()
    dataset, report = read_iati(path)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert report.rows_imported == 1 and list(dataset.activities["iso3"]) == ["KEN"]
    assert peak < 15_000_000  # 300,000 elements kept would take about 40 MB


def test_a_file_of_one_activity_keeps_its_parts(tmp_path):
    """Letting go of what is read must not drop the parts of an activity that is the root."""
    path = tmp_path / "one.xml"
    path.write_text(
        "<iati-activity><title><narrative>Shelter</narrative></title>"
        '<recipient-country code="KE"/></iati-activity>'
    )
    dataset, report = read_iati(path)
    assert report.rows_imported == 1
    assert list(dataset.activities["title"]) == ["Shelter"]


def test_pandas_still_reads_a_sheet_the_limits_let_through(tmp_path):
    """The checks pass the bytes on untouched: calamine reads the same workbook."""
    data = with_sheet('<row r="9"><c r="D9"><v>5</v></c></row>')
    workbook_limits.check_workbook(data, "x.xlsx")
    frame = pd.read_excel(io.BytesIO(data), engine="calamine", header=None, dtype=str)
    assert frame.shape == (9, 4)
