"""A corpus of malformed and hostile files, made here: each is refused with a clear message
(or read correctly, when it is legitimately readable) in bounded time and memory.

The files are imported by ``read_any`` in one child process, which reports for
each its outcome, the processor time it took and how far the process's peak
memory rose. A child, because the danger is native memory (calamine's Rust
allocations, expat) that tracemalloc does not see, and because a regression
may abort the process (calamine did, on a cell at XFD1048576).

The bounds (10 s of processor time, 200 MB of memory) are not speed tests:
they are ten to a hundred times what these files need, and only prove that a
bomb was stopped rather than expanded.
"""

from __future__ import annotations

import io
import json
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from tests.io.fuzz_support import csv_bytes, xlsx_bytes
from tests.io.test_limits import bomb, declared, ods, ods_row, with_sheet

CPU_BOUND_S = 10.0  # generous: a sanity guard that the work was bounded, not a speed test
MEMORY_BOUND_MB = 200.0
TABLE = [["Country", "Year", "Value"], ["France", "2020", "12"], ["Kenya", "2021", "7"]]
GOOD = xlsx_bytes(TABLE)
TEXT = "Country,Year,Value\r\nCôte d'Ivoire,2020,12\r\nKenya,2021,7\r\n"
ACTIVITY = (
    "<iati-activity><title><narrative>Shelter</narrative></title>"
    '<recipient-country code="KE"/></iati-activity>'
)
IATI = f'<?xml version="1.0"?><iati-activities version="2.03">{ACTIVITY}</iati-activities>'


def _laughs() -> bytes:
    entities = "".join(
        f'<!ENTITY lol{i} "{f"&lol{i - 1};" * 10 if i > 1 else "lol" * 10}">' for i in range(1, 10)
    )
    return (
        f'<?xml version="1.0"?><!DOCTYPE lolz [{entities}]><iati-activities><iati-activity>'
        "<title><narrative>&lol9;</narrative></title></iati-activity></iati-activities>"
    ).encode()


def _xlsb() -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as book:
        book.writestr("xl/workbook.bin", b"\x83\x01\x00")
        book.writestr("xl/worksheets/sheet1.bin", b"\x81\x01\x00")
    return out.getvalue()


def _dimension(ref: str) -> bytes:
    source = zipfile.ZipFile(io.BytesIO(GOOD))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as book:
        for info in source.infolist():
            data = source.read(info)
            if info.filename.endswith("sheet1.xml"):
                data = data.replace(b"<sheetData>", f'<dimension ref="{ref}"/><sheetData>'.encode())
            book.writestr(info.filename, data)
    return out.getvalue()


def _garbage(size: int) -> bytes:
    state, out = 12345, bytearray()
    for _ in range(size):  # a fixed pseudo-random sequence: the same file on every run
        state = (state * 1103515245 + 12345) % 2**31
        out.append(state >> 16 & 0xFF)
    return bytes(out)


_REPEATED = (
    '<table:table-row table:number-rows-repeated="100000"><table:table-cell '
    'office:value-type="string" table:number-columns-repeated="1000"><text:p>France</text:p>'
    "</table:table-cell></table:table-row>"
)

# name -> (bytes, or an int for a sparse file of that size; what must happen)
# What must happen: ("refused", words the message holds) or ("read", rows imported).
CORPUS: dict[str, tuple[bytes | int, tuple]] = {
    "empty.csv": (b"", ("refused", "the file is empty")),
    "blank.csv": (b" \r\n\r\n\t \n", ("refused", "the file is empty")),
    "empty.xlsx": (b"", ("refused", "the file is empty")),
    "truncated_half.xlsx": (GOOD[: len(GOOD) // 2], ("refused", "damaged or truncated")),
    "truncated_end.xlsx": (GOOD[:-30], ("refused", "damaged or truncated")),
    "truncated_start.xlsx": (GOOD[100:], ("refused", "")),
    "dimension_too_big.xlsx": (_dimension("A1:XFD1048576"), ("read", 2)),
    "dimension_too_small.xlsx": (_dimension("A1"), ("read", 2)),
    "dimension_garbage.xlsx": (_dimension("ZZZZZ99999999999:A"), ("refused", "damaged")),
    "declares_4_gb.xlsx": (
        declared(GOOD, "xl/worksheets/sheet1.xml", 0xFFFF_FFF0),
        ("refused", "would unpack to 4.3 GB"),
    ),
    "zip_bomb_200_mb.xlsx": (bomb(200), ("refused", "zip bomb")),
    "cell_at_xfd1048576.xlsx": (
        with_sheet('<row r="1048576"><c r="XFD1048576"><v>1</v></c></row>'),
        ("refused", "1,048,576 rows x 16,384 columns"),
    ),
    "repeated_100_million_cells.ods": (
        ods(ods_row("Country", "Year", "Value") + _REPEATED),
        ("refused", "100,001 rows x 1,000 columns"),
    ),
    "garbage.csv": (_garbage(100_000), ("refused", "not a text table")),
    "png_named.xlsx": (b"\x89PNG\r\n\x1a\n" + _garbage(3000), ("refused", "PNG image")),
    "nested_a_million_deep.xml": (
        b"<iati-activities>" + b"<a>" * 1_000_000 + b"</a>" * 1_000_000 + b"</iati-activities>",
        ("refused", "nested more than 64 levels"),
    ),
    "billion_laughs.xml": (_laughs(), ("refused", "DTD or entity declarations")),
    "external_entity.xml": (
        b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>'
        b"<iati-activities><iati-activity><title><narrative>&e;</narrative></title>"
        b"</iati-activity></iati-activities>",
        ("refused", "DTD or entity declarations"),
    ),
    "two_million_siblings.xml": (
        b"<iati-activities>" + b"<x/>" * 2_000_000 + ACTIVITY.encode() + b"</iati-activities>",
        ("read", 1),
    ),
    "utf16_with_mark.csv": (TEXT.encode("utf-16"), ("read", 2)),
    "utf16_big_endian_no_mark.csv": (TEXT.encode("utf-16-be"), ("read", 2)),
    "utf16_cut_mid_character.csv": (TEXT.encode("utf-16")[:-1], ("refused", "not valid UTF-16")),
    "nul_byte.csv": (TEXT.replace("Kenya", "Ken\x00ya").encode(), ("refused", "binary data")),
    "a_million_columns.csv": (b"a," * 1_000_000 + b"\n", ("refused", "columns, more than")),
    "201_mb.csv": (201_000_000, ("refused", "larger than the 200.0 MB")),
    "xlsb_in_a_zip.xlsx": (_xlsb(), ("refused", "save it as .xlsx")),
    "control_only.xml": (b"\x01\x02" * 500, ("refused", "")),
    "quotes_never_closed.csv": (
        csv_bytes(TABLE) + b'"France,2020,' + b"1" * 200_000,
        ("refused", "not a readable CSV table"),
    ),
}

CHILD = r"""
import json, resource, sys, time
from pathlib import Path
from explorer.io.importing.importers import read_any
from explorer.io.importing.errors import DataImportError

folder = Path(sys.argv[1])
for warm in sorted(folder.glob("warm.*")):  # load pandas, calamine, expat and the name tables
    read_any(warm)
base = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
for name in sys.argv[2:]:
    print(json.dumps({"name": name, "started": True}), flush=True)
    cpu = time.process_time()
    result = {"name": name}
    try:
        dataset, report = read_any(folder / name)
        result.update(rows_read=report.rows_read, imported=report.rows_imported,
                      rejected=len(report.rejected))
    except DataImportError as exc:
        result.update(error=type(exc).__name__, message=str(exc))
    result["cpu_s"] = time.process_time() - cpu
    result["memory_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024 - base
    print(json.dumps(result), flush=True)
"""


@pytest.fixture(scope="module")
def results(tmp_path_factory) -> dict[str, dict]:
    folder = tmp_path_factory.mktemp("corpus")
    (folder / "warm.xlsx").write_bytes(GOOD)
    (folder / "warm.csv").write_bytes(TEXT.encode())
    (folder / "warm.xml").write_text(IATI)
    for name, (data, _) in CORPUS.items():
        path = folder / name
        if isinstance(data, int):
            with path.open("wb") as handle:  # sparse: no disk space used
                handle.truncate(data)
        else:
            path.write_bytes(data)
    run = subprocess.run(
        [sys.executable, "-c", CHILD, str(folder), *CORPUS],
        capture_output=True,
        text=True,
        timeout=600,
        cwd=Path(__file__).resolve().parents[2],
    )
    lines = [json.loads(line) for line in run.stdout.splitlines() if line.startswith("{")]
    found = {line["name"]: line for line in lines if "started" not in line}
    if run.returncode != 0:
        last = lines[-1]["name"] if lines else "before the first file"
        pytest.fail(f"the import process died (code {run.returncode}) at {last}:\n{run.stderr}")
    return found


@pytest.mark.parametrize("name", sorted(CORPUS))
def test_each_malformed_file_is_refused_clearly_or_read_in_bounded_time_and_memory(results, name):
    result = results[name]
    expected = CORPUS[name][1]
    if expected[0] == "refused":
        assert "message" in result, f"{name} was imported: {result}"
        assert result["message"].startswith(name + ": "), result["message"]
        assert expected[1] in result["message"], result["message"]
        assert len(result["message"]) > len(name) + 12  # a reason, not just "error"
    else:
        assert "message" not in result, result.get("message")
        assert result["imported"] == expected[1]
        assert result["rows_read"] == result["imported"] + result["rejected"]
    assert result["cpu_s"] < CPU_BOUND_S, result
    assert result["memory_mb"] < MEMORY_BOUND_MB, result
