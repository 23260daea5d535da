"""The reader is picked from a file's content."""

from __future__ import annotations

import xlsxwriter

from explorer.io.importing.importers import CTDC, GLOTIP, _glotip_workbook, detect
from tests.io.test_glotip import HEADER, row, write_xlsx


def test_a_glotip_workbook_is_known_by_its_shared_strings_and_by_its_cells(tmp_path):
    shared = tmp_path / "shared.xlsx"  # as Excel and the UNODC portal write it
    book = xlsxwriter.Workbook(shared)
    sheet = book.add_worksheet()
    for r, values in enumerate([HEADER, row()]):
        sheet.write_row(r, 0, values)
    book.close()
    assert _glotip_workbook(shared.read_bytes())
    assert detect(shared) is GLOTIP
    inline = write_xlsx(tmp_path / "inline.xlsx", [HEADER, row()])  # no shared strings
    assert not _glotip_workbook(inline.read_bytes())
    assert detect(inline) is GLOTIP


def test_a_ctdc_csv_is_not_taken_for_glotip(tmp_path):
    path = tmp_path / "cases.csv"
    path.write_text(
        "yearOfRegistration,gender,citizenship,CountryOfExploitation\n2020,Woman,ROU,DEU\n"
    )
    assert detect(path) is CTDC
