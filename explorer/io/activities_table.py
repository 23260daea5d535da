"""Read a table of assistance activities (the documented template, CSV or XLSX) into a Dataset.

Why: desk officers keep their activity lists in spreadsheets. The template
(``resources/activities-template.csv`` / ``.xlsx``, documented in
``docs/activities-template.md``) fixes the columns; this reader turns a filled
copy into the activities table of DESIGN section 2 and tells the user, row by
row, what it could not take.

Rules:
- Header: the first row (of the first 10) naming a country column and a
  ``title`` column. Names are matched without regard to case, spaces,
  underscores or a trailing parenthesis (``Country (ISO3 or name)``); a few
  synonyms are understood (``iso3``, ``recipient country``, ``type``,
  ``start date``...). Other columns (``dataset``, ``source_row``, notes) are
  ignored. Missing ``country`` or ``title`` columns raise DataImportError.
- Rows: entirely blank rows are skipped and not counted. Every other row is
  read once: ``rows_read == rows_imported + len(rejected)``. A row naming
  several countries is read once and imported once, but becomes one activity
  row per country (same ``source_row`` and reference).
- country: an ISO3 or ISO2 code or a name (``explorer.core.names.resolve``);
  several separated by ``;``. A label the resolver does not understand
  rejects the row and is listed in ``report.unresolved`` (with the number of
  rows naming it), so a user alias can fix it. A region (``West Africa``) or a
  class (``Nationals``) rejects the row: list the countries instead.
- title: required. A title starting with ``EXAMPLE:`` marks the template's
  sample rows: such a row is rejected ("example row from the template"), so
  an unedited template never puts invented activities on the map.
- kind: technical | legal | policy | training | other, or a synonym
  (``technical assistance``, ``legislative``, ``capacity building``,
  ``formation``...). Blank means ``other``. Anything else rejects the row
  (the reason lists the allowed values): a misspelt kind silently filed as
  ``other`` would skew every count by kind.
- status: planned | ongoing | completed, or a synonym (``pipeline``,
  ``in progress``, ``active``, ``suspended`` -> ongoing, ``closed``...). Blank
  stays blank. ``cancelled`` rejects the row (never delivered, so it must not
  count as assistance); anything else rejects it with the allowed values.
- start, end: ``yyyy-mm-dd`` (a spreadsheet date cell reads the same),
  ``dd/mm/yyyy`` (also ``dd.mm.yyyy`` or ``dd-mm-yyyy``; never month first),
  ``yyyy-mm`` or a year. A year or month alone means its first day as a start
  and its last day as an end. An unreadable date, or an end before the start,
  rejects the row.
- themes, partners: split at ``;``, trimmed, repeated items dropped, joined
  with ``"; "`` (commas stay inside a name: ``Ministry of Labour, Social
  Affairs``).
- description, reference: kept as written.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable
from datetime import date
from pathlib import Path

import pandas as pd

from explorer.core.dataset import Dataset
from explorer.core.provenance import Provenance
from explorer.core.schema import ACTIVITY_DTYPES, ACTIVITY_KINDS, DOMESTIC, REGION_PREFIX
from explorer.io.errors import DataImportError
from explorer.io.glotip_values import valid_iso3
from explorer.io.import_report import ImportReport, RejectedRow
from explorer.io.import_steps import Steps, file_provenance, guarded
from explorer.io.table_files import read_table

__all__ = [
    "COLUMNS",
    "DataImportError",
    "looks_like_activities_table",
    "read_activities_table",
    "template_path",
]

Resolver = Callable[..., object]

#: The template's columns, in order.
COLUMNS: tuple[str, ...] = (
    "country",
    "title",
    "kind",
    "themes",
    "status",
    "start",
    "end",
    "partners",
    "description",
    "reference",
)
REQUIRED: tuple[str, ...] = ("country", "title")
STATUSES: tuple[str, ...] = ("planned", "ongoing", "completed")
TITLE = "Assistance activities"
EXAMPLE_MARK = "EXAMPLE:"
CAVEATS = (
    "Activities as listed in the imported file: a country without activities "
    "in the list is not a country without assistance.",
    "A multi-country activity appears under each of its recipient countries.",
)

_HEADER_SYNONYMS: dict[str, str] = {
    **{c: c for c in COLUMNS},
    "countries": "country",
    "iso3": "country",
    "iso3 code": "country",
    "iso code": "country",
    "recipient": "country",
    "recipient country": "country",
    "recipient countries": "country",
    "pays": "country",
    "pais": "country",
    "activity": "title",
    "activity title": "title",
    "titre": "title",
    "titulo": "title",
    "type": "kind",
    "activity type": "kind",
    "theme": "themes",
    "topic": "themes",
    "topics": "themes",
    "start date": "start",
    "begin": "start",
    "from": "start",
    "end date": "end",
    "until": "end",
    "to": "end",
    "partner": "partners",
    "counterparts": "partners",
    "summary": "description",
    "ref": "reference",
    "id": "reference",
    "project id": "reference",
    "project code": "reference",
}

_KIND_SYNONYMS: dict[str, tuple[str, ...]] = {
    "technical": (
        "technical assistance",
        "technical support",
        "technical cooperation",
        "ta",
        "advisory",
        "advisory services",
        "expertise",
        "technique",
        "assistance technique",
        "tecnica",
        "asistencia tecnica",
    ),
    "legal": (
        "legislative",
        "legislation",
        "legal assistance",
        "legal advice",
        "legislative assistance",
        "law reform",
        "judicial",
        "juridique",
        "juridica",
        "legislativa",
    ),
    "policy": (
        "policy advice",
        "policy support",
        "strategy",
        "action plan",
        "politique",
        "politica",
    ),
    "training": (
        "capacity building",
        "capacity development",
        "train",
        "trainings",
        "workshop",
        "workshops",
        "course",
        "mentoring",
        "formation",
        "capacitacion",
        "formacion",
    ),
    "other": ("awareness", "awareness raising", "research", "outreach", "autre", "otro", "otra"),
}
_STATUS_SYNONYMS: dict[str, tuple[str, ...]] = {
    "planned": (
        "plan",
        "pipeline",
        "proposed",
        "not started",
        "upcoming",
        "future",
        "identification",
        "prevu",
        "planificado",
        "previsto",
    ),
    "ongoing": (
        "on going",
        "in progress",
        "active",
        "current",
        "implementation",
        "under way",
        "underway",
        "running",
        "started",
        "suspended",
        "en cours",
        "en curso",
        "en ejecucion",
    ),
    "completed": (
        "complete",
        "done",
        "finished",
        "closed",
        "ended",
        "finalised",
        "finalized",
        "finalisation",
        "finalization",
        "termine",
        "acheve",
        "terminado",
        "concluido",
        "finalizado",
    ),
}
_CANCELLED = ("cancelled", "canceled", "annule", "cancelado", "dropped", "abandoned")


def _fold(text: object) -> str:
    """Case-, accent- and punctuation-light key: ``"In-Progress "`` -> ``"in progress"``."""
    text = unicodedata.normalize("NFKD", str(text)).encode("ascii", "ignore").decode()
    return " ".join(re.sub(r"[-_/]+", " ", text.casefold()).split())


def _lookup(synonyms: dict[str, tuple[str, ...]]) -> dict[str, str]:
    table = {canonical: canonical for canonical in synonyms}
    for canonical, words in synonyms.items():
        table.update({_fold(word): canonical for word in words})
    return table


_KINDS = _lookup(_KIND_SYNONYMS)
_STATUSES = _lookup(_STATUS_SYNONYMS)


def normalise_kind(text: str) -> str | None:
    """The canonical kind of ``text`` (blank -> ``"other"``), or None when not understood."""
    key = _fold(text)
    return "other" if not key else _KINDS.get(key)


def normalise_status(text: str) -> str | None:
    """The canonical status of ``text`` (blank -> ``""``), or None when not understood.

    ``"cancelled"`` and its synonyms are also None: see the module rules.
    """
    key = _fold(text)
    return "" if not key else _STATUSES.get(key)


def is_cancelled(text: str) -> bool:
    return _fold(text) in _CANCELLED


_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?$")
_DMY = re.compile(r"^(\d{1,2})([/.-])(\d{1,2})\2(\d{4})$")
_MONTH = re.compile(r"^(\d{4})-(\d{1,2})$")
_YEAR = re.compile(r"^(\d{4})(?:\.0+)?$")
_FIRST_YEAR, _LAST_YEAR = 1900, 2100


def parse_date(text: str, end: bool = False) -> pd.Timestamp | None:
    """The date ``text`` names (None when blank); ValueError when it is not a date.

    A year or a month alone is its first day, or its last day when ``end``.
    """
    text = str(text).strip()
    if not text:
        return None
    if match := _ISO.match(text):
        y, m, d = (int(g) for g in match.groups())
    elif match := _DMY.match(text):
        d, m, y = int(match.group(1)), int(match.group(3)), int(match.group(4))
    elif match := _MONTH.match(text):
        y, m = int(match.group(1)), int(match.group(2))
        d = 0
    elif match := _YEAR.match(text):
        y = int(match.group(1))
        m, d = (12, 31) if end else (1, 1)
    else:
        raise ValueError(text)
    if not _FIRST_YEAR <= y <= _LAST_YEAR:
        raise ValueError(text)
    if d == 0:  # a month: its first day, or its last when it ends something
        d = 1
        if end:
            d = (pd.Timestamp(year=y, month=m, day=1) + pd.offsets.MonthEnd(0)).day
    return pd.Timestamp(date(y, m, d))  # ValueError for 31/02/2020, month 13...


def join_items(text: str) -> str:
    """``"a;  b ; a;"`` -> ``"a; b"``: split at ``;``, trimmed, repeats dropped."""
    items = (item.strip() for item in str(text).split(";"))
    return "; ".join(dict.fromkeys(item for item in items if item))


def template_path(suffix: str = "csv") -> Path:
    """The bundled empty template (``csv`` or ``xlsx``), from a checkout or an installed app."""
    from explorer.core.locations import resources_dir

    return resources_dir() / f"activities-template.{suffix}"


def _column_key(name: object) -> str | None:
    key = _fold(re.sub(r"\s*\(.*\)\s*$", "", str(name).strip()))
    return _HEADER_SYNONYMS.get(key)


def looks_like_activities_table(columns: Iterable[object]) -> bool:
    """True when a header row names a country column and a title column (see module rules)."""
    found = {_column_key(c) for c in columns}
    return all(required in found for required in REQUIRED)


class CountryLabels:
    """Resolves recipient-country labels once each and records what was not understood.

    Calling it with a label returns ``(iso3, "")`` or ``(None, reason)``.
    Unresolved labels are counted in ``report.unresolved`` by the caller via
    :meth:`count_unresolved`, once per rejected row; fuzzy matches go to
    ``report.fuzzy`` once per label.
    """

    def __init__(self, resolve: Resolver | None, report: ImportReport) -> None:
        if resolve is None:
            from explorer.core.names import resolve as default_resolve

            resolve = default_resolve
        self._resolve, self._report = resolve, report
        self._cache: dict[str, tuple[str | None, str]] = {}

    def __call__(self, label: str) -> tuple[str | None, str]:
        if label not in self._cache:
            self._cache[label] = self._understand(label)
        return self._cache[label]

    def _understand(self, label: str) -> tuple[str | None, str]:
        res = self._resolve(label)
        result = getattr(res, "result", None)
        if result is None:
            return None, f"country not understood: {label!r}"
        result = str(result)
        if result.startswith(REGION_PREFIX):
            return None, f"{label!r} is a region, not a country (list its countries, with ';')"
        if result == DOMESTIC or not bool(valid_iso3(pd.Series([result])).iloc[0]):
            return None, f"{label!r} is not a country"
        if getattr(res, "method", "") == "fuzzy":
            self._report.fuzzy.append((label, result, float(getattr(res, "score", None) or 0.0)))
        return result, ""

    def count_unresolved(self, labels: Iterable[str]) -> None:
        for label in dict.fromkeys(labels):
            if self(label)[1].startswith("country not understood"):
                self._report.unresolved[label] = self._report.unresolved.get(label, 0.0) + 1.0


def sort_unresolved(report: ImportReport) -> None:
    report.unresolved = dict(sorted(report.unresolved.items(), key=lambda kv: (-kv[1], kv[0])))


def build_provenance(
    path: Path,
    data: bytes,
    report: ImportReport,
    *,
    publisher: str = "",
    title: str = TITLE,
    edition: str = "",
    citation: str = "",
    caveats: tuple[str, ...] = CAVEATS,
) -> Provenance:
    """Provenance of an activities import: file name, SHA-256, time and the report's counts."""
    return file_provenance(
        path,
        data,
        report,
        publisher=publisher,
        title=title,
        edition=edition,
        citation=citation,
        caveats=caveats,
    )


def activities_frame(rows: list[dict], dataset_name: str) -> pd.DataFrame:
    """The schema's activity columns from row dicts (keys: the columns but ``dataset``)."""
    columns = [c for c in ACTIVITY_DTYPES if c != "dataset"]
    frame = pd.DataFrame(rows, columns=columns)
    for column in ("start", "end"):
        frame[column] = pd.to_datetime(frame[column]).astype("datetime64[s]")
    frame.insert(0, "dataset", dataset_name)
    return frame


def read_activities_table(
    path: str | Path,
    resolve: Resolver | None = None,
    progress: Callable[[float], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> tuple[Dataset, ImportReport]:
    """Read an activities table (.csv, .xlsx, .xls, .ods) into a Dataset and its report.

    The Dataset holds activities only. ``resolve(label)`` defaults to
    ``explorer.core.names.resolve``; ``progress`` receives fractions 0..1; when
    ``cancelled()`` turns True the import stops with
    ``DataImportError("import cancelled")``. Any failure is raised as
    ``DataImportError`` with a message for the user.
    """
    path = Path(path)
    step = Steps(progress, cancelled)
    return guarded(path, lambda: _read(path, resolve, step))


def _find_header(raw: pd.DataFrame, file_name: str) -> tuple[int, list[str | None]]:
    for position in range(min(10, len(raw))):
        cells = list(raw.iloc[position])
        if looks_like_activities_table(cells):
            keys: list[str | None] = []
            for cell in cells:
                key = _column_key(cell)
                keys.append(key if key not in keys else None)  # the first of synonyms wins
            return position, keys
    cells = [str(c) for c in raw.iloc[0]] if len(raw) else []
    found = {_column_key(c) for c in cells}
    missing = [c for c in REQUIRED if c not in found]
    shown = ", ".join(c for c in cells if c)[:200] or "nothing"
    raise DataImportError(
        f"{file_name}: not an activities table: missing required column(s) "
        f"{', '.join(missing)} (the first row has: {shown}); see the activities template"
    )


def _read(path: Path, resolve: Resolver | None, step: Steps) -> tuple[Dataset, ImportReport]:
    step(0.0)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise DataImportError(f"{path.name}: cannot be read ({exc.strerror or exc})") from exc
    if not data.strip():
        raise DataImportError(f"{path.name}: the file is empty")
    raw = read_table(path, data)
    step(0.3)
    header_at, keys = _find_header(raw, path.name)
    headers = [str(c) for c in raw.iloc[header_at]]
    body = raw.iloc[header_at + 1 :]
    body = body[(body != "").any(axis=1)]
    if body.empty:
        raise DataImportError(f"{path.name}: no activity rows under the header")

    report = ImportReport(file_name=path.name, rows_read=len(body))
    report.resolved_subject = "of activity rows resolved to a country"
    report.unresolved_note = (
        "country labels not understood (their rows rejected; an "
        "alias fixes them at the next import)"
    )
    countries = CountryLabels(resolve, report)
    rows: list[dict] = []
    for number, (index, cells) in enumerate(body.iterrows()):
        if number % 200 == 0:
            step(0.3 + 0.6 * number / len(body))
        values = {key: cells.iloc[i] for i, key in enumerate(keys) if key is not None}
        file_row = int(index) + 1  # spreadsheet row number
        record, problems, labels = _row(values, countries)
        if problems:
            raw_cells = {h: cells.iloc[i] for i, h in enumerate(headers) if h or cells.iloc[i]}
            report.rejected.append(RejectedRow(file_row, "; ".join(problems), raw_cells))
            countries.count_unresolved(labels)
            continue
        for iso3 in record.pop("iso3s"):
            rows.append({**record, "iso3": iso3, "source_row": file_row})
    sort_unresolved(report)
    report.rows_imported = report.rows_read - len(report.rejected)
    step(0.9)

    name = path.stem
    provenance = build_provenance(path, data, report)
    dataset = Dataset(name, provenance, activities=activities_frame(rows, name))
    step(1.0)
    return dataset, report


def _row(values: dict[str, str], countries: CountryLabels) -> tuple[dict, list[str], list[str]]:
    """(record, problems, country labels) of one table row; the record is used if no problems."""
    problems: list[str] = []
    title = " ".join(values.get("title", "").split())
    if not title:
        problems.append("no title")
    elif title.casefold().startswith(EXAMPLE_MARK.casefold()):
        problems.append(
            f"example row from the template: delete it, or remove {EXAMPLE_MARK!r} from the title"
        )
    labels = [label.strip() for label in values.get("country", "").split(";") if label.strip()]
    iso3s: list[str] = []
    if not labels:
        problems.append("no country")
    for label in labels:
        iso3, reason = countries(label)
        if iso3 is None:
            problems.append(reason)
        elif iso3 not in iso3s:
            iso3s.append(iso3)

    kind_text = values.get("kind", "")
    kind = normalise_kind(kind_text)
    if kind is None:
        problems.append(f"unknown kind {kind_text!r} (allowed: {', '.join(ACTIVITY_KINDS)})")
    status_text = values.get("status", "")
    status = normalise_status(status_text)
    if status is None:
        if is_cancelled(status_text):
            problems.append("cancelled: a cancelled activity is not imported (never delivered)")
        else:
            problems.append(f"unknown status {status_text!r} (allowed: {', '.join(STATUSES)})")

    dates: dict[str, pd.Timestamp | None] = {}
    for column in ("start", "end"):
        text = values.get(column, "")
        try:
            dates[column] = parse_date(text, end=column == "end")
        except ValueError:
            dates[column] = None
            problems.append(
                f"{column} is not a date: {text!r} (write yyyy-mm-dd, dd/mm/yyyy or a year)"
            )
    start, end = dates["start"], dates["end"]
    if start is not None and end is not None and end < start:
        problems.append(f"end {end.date()} is before start {start.date()}")

    record = {
        "iso3s": iso3s,
        "title": title,
        "kind": kind,
        "themes": join_items(values.get("themes", "")) or None,
        "status": status or None,
        "start": start,
        "end": end,
        "partners": join_items(values.get("partners", "")) or None,
        "description": values.get("description", "").strip() or None,
        "reference": values.get("reference", "").strip() or None,
    }
    return record, problems, labels
