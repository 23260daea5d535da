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

import importlib
import io
import re
import zipfile
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from explorer.core.data.dataset import Dataset
from explorer.io.importing.errors import DataImportError
from explorer.io.importing.files import file_bytes
from explorer.io.importing.report import ImportReport
from explorer.io.importing.workbook_limits import check_archive, check_workbook
from explorer.io.readers.tables.mapping import TableMapping

HEADER_ROWS = 12  # rows searched for a header (World Bank files have 4 preamble rows)


@dataclass(frozen=True)
class Upload:
    """A file to import, read once: its path, its bytes, and its first rows when asked."""

    path: Path
    data: bytes
    _head: list = field(default_factory=list, compare=False, repr=False)

    @property
    def head_rows(self) -> list[list[str]]:
        """The first rows of every sheet (header candidates), each its non-blank cells."""
        if not self._head:
            self._head.append(_head_rows(self.path, self.data))
        return self._head[0]

    def any_row(self, looks: Callable[[list[str]], bool]) -> bool:
        return any(looks(row) for row in self.head_rows)


@dataclass(frozen=True)
class Reader:
    """One importable kind of file: how it is recognised and how it is read, together.

    ``read`` names the reading function (``module:function``), imported when first
    used so that opening the window loads no importer; it is called as
    ``read(path, resolve=, progress=, cancelled=, data=, **options)`` with the
    bytes already read. ``options`` are the keyword options it takes beyond those.
    """

    key: str
    label: str  # for messages and the import report's title
    recognises: Callable[[Upload], bool]
    read: str
    options: frozenset[str] = frozenset()

    def reader(self) -> Callable[..., tuple[Dataset, ImportReport]]:
        module, _, function = self.read.partition(":")
        return getattr(importlib.import_module(module), function)


def _iati(upload: Upload) -> bool:
    from explorer.io.readers.activities.iati import looks_like_iati

    return looks_like_iati(upload.data)


def _glotip(upload: Upload) -> bool:
    if _glotip_workbook(upload.data):  # without parsing the whole sheet a second time
        return True
    return upload.any_row(lambda row: {"iso3_code", "txtvalue"} <= {c.lower() for c in row})


def _ctdc(upload: Upload) -> bool:
    from explorer.io.readers.ctdc.columns import looks_like_ctdc

    return upload.any_row(looks_like_ctdc)


def _activities(upload: Upload) -> bool:
    from explorer.io.readers.activities.columns import looks_like_activities_table

    return upload.any_row(looks_like_activities_table)


def _flows(upload: Upload) -> bool:
    from explorer.io.readers.tables.columns import looks_like_flow_table

    return upload.any_row(looks_like_flow_table)


#: Every reader, the most specific first; the country-indicator table is the
#: fallback, which asks for a column mapping (``NeedsMapping``) when unsure.
READERS: tuple[Reader, ...] = (
    Reader("iati", "IATI activity file", _iati, "explorer.io.readers.activities.iati:read_iati"),
    Reader(
        "glotip",
        "UNODC GLOTIP export",
        _glotip,
        "explorer.io.readers.glotip.reader:read_glotip",
        frozenset({"overrides"}),
    ),
    Reader("ctdc", "CTDC case data", _ctdc, "explorer.io.readers.ctdc.reader:read_ctdc"),
    Reader(
        "activities",
        "assistance activities table",
        _activities,
        "explorer.io.readers.activities.table:read_activities_table",
    ),
    Reader(
        "flows",
        "flow table",
        _flows,
        "explorer.io.readers.tables.flows:read_flow_table",
        frozenset({"mapping", "answers"}),
    ),
    Reader(
        "indicators",
        "country indicator table",
        lambda _upload: True,
        "explorer.io.readers.tables.indicators:read_indicator_table",
        frozenset({"mapping", "answers", "levels"}),
    ),
)
BY_KEY = {reader.key: reader for reader in READERS}
GLOTIP, CTDC, IATI = BY_KEY["glotip"], BY_KEY["ctdc"], BY_KEY["iati"]
ACTIVITIES, FLOWS, INDICATORS = BY_KEY["activities"], BY_KEY["flows"], BY_KEY["indicators"]


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


def detect(path: Path, data: bytes | None = None) -> Reader:
    """The reader for ``path`` (DataImportError when it is empty or unreadable)."""
    upload = Upload(Path(path), file_bytes(Path(path), data))
    return next(reader for reader in READERS if reader.recognises(upload))


def _names_flow_ends(mapping: TableMapping | None, answers: Mapping[str, object] | None) -> bool:
    """Whether the user named both ends of each flow, in a mapping or in answers."""
    if mapping is not None and mapping.origin and mapping.destination:
        return True
    return bool(answers) and "origin" in answers and "destination" in answers


def read_any(
    path: str | Path,
    resolve=None,
    progress: Callable[[float], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    mapping: TableMapping | None = None,
    kind: Reader | None = None,
    overrides: Mapping[str, str] | None = None,
    answers: Mapping[str, object] | None = None,
    levels: Sequence[str] = (),
) -> tuple[Dataset, ImportReport]:
    """Read ``path`` with the reader its content calls for.

    ``mapping`` (the user's answer to a ``NeedsMapping``) goes to the table
    readers (one that names an origin and a destination column is a flow
    table's, whatever the content looks like); ``overrides`` (the user's rules
    for groups of rows sharing one breakdown, from the workspace) to the GLOTIP
    reader; ``levels`` (the order of a categorical indicator's levels) to the
    indicator table reader, and to no other (a LevelsError says so); ``kind``
    forces a reader. ``answers`` (mapping field -> value: the command line's
    ``--value-column`` ...) always apply to a table's guessed columns (naming an
    origin and a destination makes it a flow table); a file that is not a table
    refuses them.
    Every failure is a DataImportError, files over the limits of
    :mod:`explorer.io.importing.limits` included.
    """
    path = Path(path)
    data = file_bytes(path, None)  # read once, after the size check; every reader gets it
    check_archive(data, path.name)  # the zip's own directory, before anything is unpacked
    if kind is None and _names_flow_ends(mapping, answers):
        kind = FLOWS  # the user said which columns are the ends of each flow
    try:
        kind = kind or detect(path, data)
    except DataImportError:
        raise
    except Exception as exc:  # an unforeseen file: say so instead of crashing the import
        raise DataImportError(f"{path.name}: could not be read ({exc})") from exc
    options = {"resolve": resolve, "progress": progress, "cancelled": cancelled, "data": data}
    if levels and "levels" not in kind.options:
        from explorer.io.readers.tables.levels import LevelsError

        raise LevelsError(
            f"{path.name}: a level order applies to a country indicator table only, "
            f"not to a {kind.label}"
        )
    given = {
        "mapping": mapping,
        "overrides": overrides,
        "levels": tuple(levels) or None,
        "answers": answers or None,
    }
    options |= {k: v for k, v in given.items() if k in kind.options and v is not None}
    if answers and "mapping" not in kind.options:
        raise DataImportError(
            f"{path.name}: is a {kind.label}, whose columns are known; the column and "
            f"name choices ({', '.join(answers)}) apply to tables only"
        )
    dataset, report = kind.reader()(path, **options)
    from explorer.core.indicators.consistency import consistency_warnings

    found = consistency_warnings(dataset)
    report.consistency = [tuple(row) for row in found.itertuples(index=False)]
    return dataset, report
