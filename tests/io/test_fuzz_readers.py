"""Every reader under fuzzing: random bytes, and valid files of each kind damaged at random.

What a user would notice: any file, however broken, ends in the import
report or in one message naming the file; never in a crash, a traceback,
or a report whose rows do not add up. (Values are checked in
test_fuzz_tables.py and test_fuzz_records.py, on files that are well formed.)
"""

from __future__ import annotations

import io
import zipfile

from hypothesis import strategies as st

from explorer.io.importing.importers import read_any
from explorer.io.readers.activities.iati import read_iati
from explorer.io.readers.activities.table import read_activities_table
from explorer.io.readers.ctdc.reader import read_ctdc
from explorer.io.readers.glotip.reader import read_glotip
from explorer.io.readers.tables.flows import read_flow_table
from explorer.io.readers.tables.indicators import read_indicator_table
from tests.io.fuzz_support import csv_bytes, fast_and_slow, outcome, write, xlsx_bytes
from tests.io.test_glotip import HEADER, row
from tests.io.test_iati import VALID as IATI_VALID

READERS = {
    "read_any": read_any,
    "glotip": read_glotip,
    "ctdc": read_ctdc,
    "iati": read_iati,
    "activities": read_activities_table,
    "flows": read_flow_table,
    "indicators": read_indicator_table,
}
SUFFIXES = (".csv", ".xlsx", ".xml", ".txt", ".ods", ".xls", "")

GLOTIP_ROWS = [
    ["UNODC", "unodc_ddds@un.org"],
    ["30/05/2023"],
    HEADER,
    row(value="<5"),
    row(sex="Female", value="1,757"),
    row(dim="by citizenship", cat="Romania", value="12"),
    row(dim="by citizenship", cat="Atlantis", value="7"),
    row(dim="by country of repatriation", cat="Bulgaria", value="3", iso3="ROU"),
]
CTDC_ROWS = [
    [
        *("yearOfRegistration", "gender", "ageBroad", "citizenship", "CountryOfExploitation"),
        *("isForcedLabour", "isSexualExploit", "isOtherExploit"),
    ],
    ["2020", "Woman", "18--20", "ROU", "DEU", "0", "1", ""],
    ["2021", "Man", "09--17", "", "ITA", "1", "", ""],
    ["2021", "", "", "ZZZ", "FRA", "", "", "1"],
]
SEEDS: dict[str, bytes] = {
    "glotip.csv": csv_bytes(GLOTIP_ROWS),
    "glotip.xlsx": xlsx_bytes(GLOTIP_ROWS),
    "indicator.csv": csv_bytes(
        [["Country", "Year", "Value"], ["France", "2020", "12.5"], ["Kenya", "2021", "1,234"]]
    ),
    "worldbank.csv": csv_bytes(
        [
            ["Data Source", "World Development Indicators"],
            ["Last Updated Date", "2024-06-28"],
            [],
            ["Country Name", "Country Code", "Indicator Name", "2019", "2020"],
            ["Aruba", "ABW", "Population, total", "106442", "106585"],
            ["World", "WLD", "Population, total", "7.7e9", ".."],
        ]
    ),
    "indicator.xlsx": xlsx_bytes([["Country", "Year", "Value"], ["Peru", 2020, 3.5]]),
    "flows.csv": csv_bytes(
        [
            ["origin", "destination", "year", "value"],
            ["ROU", "DEU", "2020", "12"],
            ["Nigeria", "Italy", "2021", "<5"],
            ["Atlantis", "FRA", "2021", "7"],
        ]
    ),
    "ctdc.csv": csv_bytes(CTDC_ROWS),
    "activities.csv": csv_bytes(
        [
            ["country", "title", "kind", "status", "start", "end"],
            ["Kenya", "Training of judges", "training", "ongoing", "2023-01-01", "2024"],
            ["Atlantis; Peru", "Shelter support", "technical", "planned", "", ""],
        ]
    ),
    "iati.xml": IATI_VALID.encode("utf-8"),
}

# One damage: (kind, where in the file 0..1, how many bytes, which bytes).
_DAMAGE = st.tuples(
    st.sampled_from(["flip", "delete", "insert", "truncate", "repeat"]),
    st.floats(0, 1),
    st.integers(1, 64),
    st.binary(min_size=1, max_size=16),
)


def _damaged(data: bytes, damage: list[tuple]) -> bytes:
    buffer = bytearray(data)
    for kind, where, count, chunk in damage:
        at = min(int(where * len(buffer)), max(len(buffer) - 1, 0))
        if kind == "flip" and buffer:
            buffer[at] ^= chunk[0] or 0x01
        elif kind == "delete":
            del buffer[at : at + count]
        elif kind == "insert":
            buffer[at:at] = chunk
        elif kind == "truncate":
            del buffer[at:]
        elif kind == "repeat":
            buffer[at:at] = buffer[at : at + count] * 3
    return bytes(buffer)


def _damaged_inside(book: bytes, damage: list[tuple]) -> bytes:
    """The workbook with its sheet's XML damaged (the zip around it stays valid)."""
    source = zipfile.ZipFile(io.BytesIO(book))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as out:
        for info in source.infolist():
            data = source.read(info)
            if info.filename.endswith("sheet1.xml"):
                data = _damaged(data, damage)
            out.writestr(info.filename, data)
    return buffer.getvalue()


def random_bytes(data: bytes, suffix: str, reader: str) -> None:
    path = write(f"fuzz{suffix}", data)
    outcome(path, lambda: READERS[reader](path))


test_random_bytes_are_refused_or_read, test_random_bytes_are_refused_or_read_slow = fast_and_slow(
    random_bytes,
    slow_examples=1500,
    data=st.binary(max_size=4096),
    suffix=st.sampled_from(SUFFIXES),
    reader=st.sampled_from(sorted(READERS)),
)


def text_bytes(text: str, encoding: str, suffix: str, reader: str) -> None:
    """Random text (quotes, separators, line breaks, any script) in the usual encodings."""
    path = write(f"fuzz{suffix}", text.encode(encoding, errors="replace"))
    outcome(path, lambda: READERS[reader](path))


test_random_text_is_refused_or_read, test_random_text_is_refused_or_read_slow = fast_and_slow(
    text_bytes,
    slow_examples=1000,
    text=st.text(
        alphabet=st.one_of(st.sampled_from(",;\t\n\r\"' <>=-.%0123456789"), st.characters()),
        max_size=600,
    ),
    encoding=st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "cp1252"]),
    suffix=st.sampled_from((".csv", ".txt", ".xml")),
    reader=st.sampled_from(sorted(READERS)),
)


def damaged_file(seed: str, damage: list[tuple], reader: str) -> None:
    path = write(seed, _damaged(SEEDS[seed], damage))
    outcome(path, lambda: READERS[reader](path))


test_damaged_files_are_refused_or_read, test_damaged_files_are_refused_or_read_slow = fast_and_slow(
    damaged_file,
    slow_examples=750,
    seed=st.sampled_from(sorted(SEEDS)),
    damage=st.lists(_DAMAGE, min_size=1, max_size=6),
    reader=st.sampled_from(["read_any", "read_any", "read_any", *sorted(READERS)]),
)


def damaged_sheet(seed: str, damage: list[tuple], reader: str) -> None:
    path = write(seed, _damaged_inside(SEEDS[seed], damage))
    outcome(path, lambda: READERS[reader](path))


test_damaged_sheet_xml_is_refused_or_read, test_damaged_sheet_xml_is_refused_or_read_slow = (
    fast_and_slow(
        damaged_sheet,
        slow_examples=400,
        seed=st.sampled_from(["glotip.xlsx", "indicator.xlsx"]),
        damage=st.lists(_DAMAGE, min_size=1, max_size=6),
        reader=st.sampled_from(["read_any", "glotip", "indicators", "flows"]),
    )
)


def test_every_seed_is_read_as_its_kind():
    """The seeds are real examples of each kind, so damage starts from a readable file."""
    for name, data in SEEDS.items():
        path = write(name, data)
        result = outcome(path, lambda path=path: read_any(path))
        assert result is not None, name
        assert result[1].rows_imported > 0, name
