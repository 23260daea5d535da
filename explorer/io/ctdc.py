"""Read CTDC victim case records (IOM's Counter Trafficking Data Collaborative) into a Dataset.

Why: CTDC publishes one row per identified victim, not tables. The app shows
counts per country and year, so the records are aggregated here, with CTDC's
own rule that small case counts are never shown exactly. Everything works on
whole columns (numpy ``bincount`` and pandas ``factorize``); only the few
distinct codes, years and bands are looked at one by one, so 250,000 records
import in about a second and never hold the interpreter long enough to freeze
a window (the CSV is parsed in chunks, between which progress and
cancellation are checked).

Two generations are understood, told apart by their content:
- the Global Synthetic Dataset (codebook v2024): ISO 3166-1 alpha-3 codes,
  missing values empty or ``NULL``, binary columns ``1`` or empty;
- the older CTDC Global Dataset: alpha-2 codes, ``00`` for an unknown country,
  ``-99`` for any missing value, extra columns such as ``Datasource`` and
  ``majorityStatus``. It is recognised by those columns, by ``-99``/``00``
  markers, or by mostly two-letter country codes.

Rules:
- Header: the first of the first 10 rows naming the most CTDC columns (case
  and surrounding spaces ignored). Required: ``yearOfRegistration``,
  ``citizenship``, ``CountryOfExploitation``, ``gender``, ``ageBroad``,
  ``isForcedLabour``, ``isSexualExploit``, ``isOtherExploit``; other columns
  (``means*``, spelt ``meansWithholdDocs`` or ``meansWithholdDocuments``,
  ``typeOf*``, ``recruiterRelation*``, ...) are read but not used.
- Countries: alpha-3 codes must be ISO 3166-1 (pycountry, plus ``XKX``);
  alpha-2 codes are mapped with pycountry (plus ``XK`` -> ``XKX``). Empty,
  ``NULL``, ``-99``, ``00``, ``ZZ``, ``XX`` and ``N/A`` mean unknown. ``NA`` is
  Namibia, never a missing value.
- Rejected records (listed with their file row, header = row 1, and cells):
  no valid country of exploitation (it cannot be mapped), or no valid year of
  registration (a whole number from 1900 to 2100).
- Origins: the citizenship's ISO3 code (equal to the destination for victims
  exploited in their own country: the map's domestic ring); an unknown or
  invalid code gives ``UNKNOWN`` with the raw code in ``origin_label``, and an
  invalid non-empty code is listed in ``report.unresolved`` with its records.
  When a ``resolve`` callable is given (user aliases), invalid codes are passed
  to it first and a result that is an ISO3 code, ``DOMESTIC`` or a region is
  used (``UNKNOWN`` makes it an explicit unknown; fuzzy matches are not used).
- Observations, indicator ``INDICATOR``, per country of exploitation and year:
  the total; by sex (``Woman``/``Female`` -> ``Female``, ``Man``/``Male`` ->
  ``Male``, trans/transgender/non-conforming/other -> ``Other``; a missing sex
  counts in the total only); by age (``ageBroad`` bands up to 17 ->
  ``CHILDREN``, from 18 -> ``ADULTS``; when the band is missing, the older
  generation's ``majorityStatus`` Minor/Adult is used); by sex and age; by form
  of exploitation (``FORM_DIMENSION``: ``isSexualExploit``, ``isForcedLabour``,
  ``isOtherExploit``; a record counts in every form flagged ``1``). CTDC's
  finer bands (``0--8``, ``09--17``, ...) are NOT kept as age values of their
  own: most such cells would be suppressed, the app's profile works with the
  two broad bands, and the combo box would list them out of order.
- Flows, same indicator: citizenship -> country of exploitation, by year.
  Several raw codes ending in one origin (``""`` and ``-99`` both unknown) are
  summed first, then suppressed; their labels are joined by `` + ``.
- Suppression (CTDC's rule, ``threshold`` default 10): a count from 1 to
  threshold-1 is stored as ``value=NaN, lower=1, upper=threshold-1,
  flag="suppressed"`` (displayed ``<10``); a zero count has no row. Only the
  cells themselves are suppressed: no complementary suppression is done, so a
  suppressed part may sometimes be worked out from a total and its other parts.
"""

from __future__ import annotations

import io
import re
from collections.abc import Callable
from functools import cache
from pathlib import Path

import numpy as np
import pandas as pd

from explorer.core.breakdown import ADULTS, CHILDREN, FORM_DIMENSION, FORMS
from explorer.core.dataset import Dataset
from explorer.core.schema import (
    DOMESTIC,
    FLOW_DTYPES,
    OBSERVATION_DTYPES,
    REGION_PREFIX,
    SUPPRESSED,
    TOTAL,
    UNKNOWN,
    conform,
    empty_frame,
)
from explorer.io.errors import DataImportError
from explorer.io.glotip_values import valid_iso3
from explorer.io.import_report import ImportReport, RejectedRow
from explorer.io.import_steps import Steps as _Steps
from explorer.io.import_steps import file_provenance, guarded
from explorer.io.limits import check_first_lines
from explorer.io.table_files import EXCEL_MAGIC, read_table

Resolver = Callable[..., object]

INDICATOR = "Victims identified (CTDC case data)"
PUBLISHER = "IOM / CTDC (Counter Trafficking Data Collaborative)"
SYNTHETIC_TITLE = "CTDC Global Synthetic Dataset"
LEGACY_TITLE = "CTDC Global Dataset"
CITATION = "Counter Trafficking Data Collaborative (CTDC), IOM: {title}. ctdatacollaborative.org"
LICENCE = "CTDC terms of use (ctdatacollaborative.org)"
DEFAULT_THRESHOLD = 10

YEAR, CITIZENSHIP, EXPLOITATION = "yearOfRegistration", "citizenship", "CountryOfExploitation"
GENDER, AGE = "gender", "ageBroad"
FORCED_LABOUR, SEXUAL, OTHER_FORM = "isForcedLabour", "isSexualExploit", "isOtherExploit"
MAJORITY = "majorityStatus"
REQUIRED: tuple[str, ...] = (
    YEAR,
    GENDER,
    AGE,
    CITIZENSHIP,
    EXPLOITATION,
    FORCED_LABOUR,
    SEXUAL,
    OTHER_FORM,
)
#: Columns of either codebook (not required): matched to find the header row.
KNOWN: tuple[str, ...] = (
    *REQUIRED,
    "traffickMonths",
    "Datasource",
    MAJORITY,
    "majorityStatusAtExploit",
    "majorityEntry",
    "meansDebtBondageEarnings",
    "meansThreats",
    "meansAbusePsyPhySex",
    "meansFalsePromises",
    "meansDrugsAlcohol",
    "meansDenyBasicNeeds",
    "meansExcessiveWorkHours",
    "meansWithholdDocs",
    "meansWithholdDocuments",
    "typeOfLabourAgriculture",
    "typeOfLabourConstruction",
    "typeOfLabourDomesticWork",
    "typeOfLabourHospitality",
    "typeOfSexProstitution",
    "typeOfSexPornography",
    "recruiterRelationIntimatePartner",
    "recruiterRelationFriend",
    "recruiterRelationFamily",
    "recruiterRelationOther",
)
LEGACY_COLUMNS = ("datasource", "majoritystatus")

#: Forms of exploitation: CTDC flag column -> the app's category (demo's FORMS).
FORM_COLUMNS: dict[str, str] = {SEXUAL: FORMS[0], FORCED_LABOUR: FORMS[1], OTHER_FORM: FORMS[2]}
SEX_CATEGORIES = ("Female", "Male", "Other")

_MISSING = frozenset({"", "NULL", "-99", "00", "0", "ZZ", "XX", "N/A", "NAN", "NONE", "-"})
_MISSING_MARKERS = frozenset({"-99", "00"})  # the older generation's spelling of missing
_TRUE = frozenset({"1", "1.0", "true", "yes", "y"})
_BAND = re.compile(r"^(\d{1,3})\s*(?:-+|to)\s*(\d{1,3})$|^(\d{1,3})\s*\+$")
_YEAR_RANGE = (1900, 2100)
_CHUNK_ROWS = 25_000


# -- public API ------------------------------------------------------------------------


def looks_like_ctdc(columns: list[str]) -> bool:
    """True when a header names CTDC case-record columns (either generation).

    Looser than the reader's required columns on purpose: a CTDC file missing a
    column should reach ``read_ctdc``, which names what is missing.
    """
    lowered = {str(c).strip().lower() for c in columns}
    return YEAR.lower() in lowered and bool({CITIZENSHIP.lower(), EXPLOITATION.lower()} & lowered)


def read_ctdc(
    path: str | Path,
    resolve: Resolver | None = None,
    progress: Callable[[float], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    threshold: int = DEFAULT_THRESHOLD,
) -> tuple[Dataset, ImportReport]:
    """Read a CTDC case-record file (.csv or .xlsx) into a Dataset and its report.

    ``resolve(label)`` (optional) is asked about citizenship codes that are not
    ISO codes. ``progress`` receives fractions 0..1; when ``cancelled()`` turns
    True the import stops with ``DataImportError("import cancelled")``. Counts
    from 1 to ``threshold - 1`` are suppressed (``threshold=1``: none are).
    Any failure is raised as ``DataImportError`` with a message for the user.
    """
    if int(threshold) < 1:
        raise ValueError(f"threshold must be 1 or more, not {threshold!r}")
    path = Path(path)
    step = _Steps(progress, cancelled)
    return guarded(path, lambda: _read(path, resolve, step, int(threshold)))


# -- reading ---------------------------------------------------------------------------


def _read(
    path: Path, resolve: Resolver | None, step: _Steps, threshold: int
) -> tuple[Dataset, ImportReport]:
    step(0.0)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise DataImportError(f"{path.name}: cannot be read ({exc.strerror or exc})") from exc
    if not data.strip():
        raise DataImportError(f"{path.name}: the file is empty")
    raw = _read_raw(path, data, step)
    step(0.45)
    header_at, columns = find_header(raw, path.name)
    body = raw.iloc[header_at + 1 :]
    body = body.set_axis(columns, axis=1)
    body = body.loc[:, [bool(c) for c in body.columns]]
    body = body.loc[:, ~body.columns.duplicated()]
    cells = {c: body[c].to_numpy(dtype=object) for c in body.columns}
    # Entirely blank rows carry nothing and are skipped; only rows blank so far are checked.
    candidates = np.arange(len(body))
    for values in cells.values():
        if not candidates.size:
            break
        candidates = candidates[_blank(values[candidates])]
    blank = np.zeros(len(body), dtype=bool)
    blank[candidates] = True
    if blank.all():
        raise DataImportError(f"{path.name}: the file has a header but no records under it")
    keep_rows = ~blank
    file_rows = body.index.to_numpy()[keep_rows] + 1  # header row is row 1 (in a plain CSV)
    cells = {c: v[keep_rows] for c, v in cells.items()}
    report = ImportReport(file_name=path.name, rows_read=len(file_rows))
    report.resolved_subject = "of records' citizenship resolved to a country"
    report.unresolved_note = "citizenship codes not understood (counted as unknown origin)"
    step(0.5)

    records = _Records(cells, resolve, report)
    legacy = records.legacy or any(c.lower() in LEGACY_COLUMNS for c in cells)
    step(0.6)
    ok = _reject(records, cells, file_rows, report)
    report.rows_imported = report.rows_read - len(report.rejected)
    step(0.7)

    title = LEGACY_TITLE if legacy else SYNTHETIC_TITLE
    stem = path.stem
    name = stem if stem.lower().startswith("ctdc") else f"CTDC {stem}"
    observations = _observations(records, ok, threshold).assign(dataset=name)
    step(0.8)
    flows, parts, merged = _flows(records, ok, threshold)
    flows = flows.assign(dataset=name)
    report.unknown_parts = conform(parts.assign(dataset=name)[list(FLOW_DTYPES)], FLOW_DTYPES)
    report.flows_merged = merged
    _unresolved(records, ok, report)
    step(0.9)

    provenance = file_provenance(
        path,
        data,
        report,
        publisher=PUBLISHER,
        title=title,
        edition="",
        citation=CITATION.format(title=title),
        licence=LICENCE,
        caveats=caveats(legacy, threshold),
    )
    dataset = Dataset(
        name,
        provenance,
        observations=observations,
        flows=flows,
    )
    step(1.0)
    return dataset, report


def caveats(legacy: bool, threshold: int = DEFAULT_THRESHOLD) -> tuple[str, ...]:
    """The provenance caveats of a CTDC import (``legacy``: the older Global Dataset)."""
    if threshold > 1:
        suppression = (
            f"Counts below {threshold} are suppressed, as CTDC does: they are shown as "
            f"<{threshold} (1 to {threshold - 1}), never as exact small numbers."
        )
    else:
        suppression = (
            "No small-count suppression was applied (threshold 1): small counts are shown "
            "exactly, unlike in CTDC's own publications."
        )
    items = [
        "Identified cases, not prevalence: these are victims whose cases were registered "
        "by organisations contributing to CTDC; they do not measure how many people are "
        "trafficked.",
        "The country of exploitation can be the country where a victim was first "
        "identified, not necessarily where the exploitation took place. Years are years "
        "of registration.",
        suppression,
        "A victim can count in several forms of exploitation, so the forms can add up to "
        "more than the total.",
        "Sex and age breakdowns count only records that state them (sex 'Other': trans, "
        "transgender or gender non-conforming); records without them count in the total only.",
        "Origins are the victims' citizenship; unknown or invalid codes are shown as an "
        "unknown origin.",
    ]
    if legacy:
        items.append(
            "Older CTDC Global Dataset: two-letter country codes were mapped to ISO3; "
            "'00' and '-99' were read as unknown."
        )
    else:
        items.append(
            "SYNTHETIC CASE DATA derived from real records: the Global Synthetic Dataset is "
            "a privacy-preserving synthetic version of real CTDC victim records. Its records "
            "are not real people, but its patterns follow the real data; unlike this "
            "application's demonstration data it is published by CTDC, not invented."
        )
    return tuple(items)


def _read_raw(path: Path, data: bytes, step: _Steps) -> pd.DataFrame:
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


def _parse_csv(data: bytes, encoding: str, sep: str, step: _Steps) -> pd.DataFrame:
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


def find_header(raw: pd.DataFrame, file_name: str) -> tuple[int, list[str]]:
    """(header position, column names) of a raw table; canonical spelling for known columns.

    Missing required columns raise DataImportError naming them.
    """
    canonical = {name.lower(): name for name in KNOWN}
    best, best_found = 0, 0
    for position in range(min(10, len(raw))):
        cells = [str(c).strip().lower() for c in raw.iloc[position]]
        found = sum(c in canonical for c in cells)
        if found > best_found:
            best, best_found = position, found
    cells = [str(c).strip() for c in raw.iloc[best]] if len(raw) else []
    columns = [canonical.get(c.lower(), c) for c in cells]
    missing = [name for name in REQUIRED if name not in columns]
    if missing:
        shown = ", ".join(c for c in cells if c)[:200] or "nothing"
        raise DataImportError(
            f"{file_name}: not a CTDC case-record file: missing required column(s) "
            f"{', '.join(missing)} (the header row has: {shown})"
        )
    return best, columns


def _blank(values: np.ndarray) -> np.ndarray:
    codes, uniques = pd.factorize(values)
    empty = np.array([not str(u).strip() for u in uniques], dtype=bool)
    return empty[codes] if len(uniques) else np.ones(len(values), dtype=bool)


# -- columns to codes (each distinct value looked at once) -----------------------------


@cache
def _alpha2() -> dict[str, str]:
    import pycountry

    table = {c.alpha_2: c.alpha_3 for c in pycountry.countries}
    table["XK"] = "XKX"
    return table


def _distinct(values: np.ndarray) -> tuple[np.ndarray, list[str]]:
    """Positions into the distinct values, and those values stripped (missing -> "")."""
    codes, uniques = pd.factorize(values, use_na_sentinel=False)
    return codes, ["" if u is None or u != u else str(u).strip() for u in uniques]


class _Records:
    """The columns the aggregation uses, as small integer codes per record."""

    def __init__(self, cells: dict[str, np.ndarray], resolve: Resolver | None, report) -> None:
        self.markers = False  # -99 / 00 seen: the older generation
        self.year, self.year_text, self.year_state = self._years(cells[YEAR])
        dest_codes, dest_labels = _distinct(cells[EXPLOITATION])
        origin_codes, origin_labels = _distinct(cells[CITIZENSHIP])
        dest_iso, dest_state = self._countries(dest_labels)
        self.dest_label = np.array(dest_labels, dtype=object)[dest_codes]
        self.dest = np.array(dest_iso, dtype=object)[dest_codes]
        self.dest_state = np.array(dest_state, dtype=np.int8)[dest_codes]

        origin_iso, origin_state = self._countries(origin_labels)
        if resolve is not None:
            origin_iso = _resolve_invalid(origin_labels, origin_iso, origin_state, resolve, report)
        self.origin_labels = np.array(origin_labels, dtype=object)
        self.origin_label_code = origin_codes
        #: Origin of each distinct citizenship label: ISO3, a class, or UNKNOWN.
        self.label_origin = np.array([o or UNKNOWN for o in origin_iso], dtype=object)
        self.origin_state = np.array(origin_state, dtype=np.int8)[origin_codes]

        self.sex = self._sexes(cells[GENDER])
        self.age = self._ages(cells[AGE], cells.get(MAJORITY))
        self.forms = {column: self._flag(cells[column]) for column in FORM_COLUMNS}
        lengths = [len(s) for s in {*dest_labels, *origin_labels} if s.upper() not in _MISSING]
        two, three = lengths.count(2), lengths.count(3)
        #: The older Global Dataset: mostly two-letter codes (or, with no codes to go
        #: by, its -99/00 markers).
        self.legacy = two > three if two != three else self.markers

    # state: 0 valid, 1 missing, 2 invalid
    def _countries(self, labels: list[str]) -> tuple[list[str | None], list[int]]:
        iso: list[str | None] = []
        state: list[int] = []
        upper = [s.upper() for s in labels]
        known = valid_iso3(pd.Series(upper, dtype=object)).to_numpy(dtype=bool)
        for text, valid3 in zip(upper, known, strict=True):
            if text in _MISSING:
                self.markers |= text in _MISSING_MARKERS
                iso.append(None)
                state.append(1)
            elif len(text) == 3 and valid3:
                iso.append(text)
                state.append(0)
            elif len(text) == 2 and text in _alpha2():
                iso.append(_alpha2()[text])
                state.append(0)
            else:
                iso.append(None)
                state.append(2)
        return iso, state

    def _years(self, values: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        codes, labels = _distinct(values)
        years, states = [], []
        for text in labels:
            self.markers |= text in _MISSING_MARKERS
            if text.upper() in _MISSING:
                years.append(0)
                states.append(1)
                continue
            try:
                number = float(text)
            except ValueError:
                number = float("nan")
            whole = number == number and number.is_integer()
            valid = whole and _YEAR_RANGE[0] <= number <= _YEAR_RANGE[1]
            years.append(int(number) if valid else 0)
            states.append(0 if valid else 2)
        return (
            np.array(years, dtype=np.int64)[codes],
            np.array(labels, dtype=object)[codes],
            np.array(states, dtype=np.int8)[codes],
        )

    def _sexes(self, values: np.ndarray) -> np.ndarray:
        """Index into SEX_CATEGORIES, or -1 when not stated."""
        codes, labels = _distinct(values)
        table = []
        for text in labels:
            low = text.lower()
            self.markers |= text in _MISSING_MARKERS
            if low in ("woman", "women", "female", "f", "girl"):
                table.append(0)
            elif low in ("man", "men", "male", "m", "boy"):
                table.append(1)
            elif low.startswith("trans") or any(
                word in low for word in ("nonconforming", "non-conforming", "non-binary", "other")
            ):
                table.append(2)
            else:
                table.append(-1)
        return np.array(table, dtype=np.int8)[codes]

    def _ages(self, values: np.ndarray, majority: np.ndarray | None) -> np.ndarray:
        """0 children, 1 adults, -1 not stated (or a band across 18)."""
        codes, labels = _distinct(values)
        table = []
        for text in labels:
            self.markers |= text in _MISSING_MARKERS
            match = _BAND.match(text)
            if match is None:
                table.append(-1)
            elif match.group(3) is not None:
                table.append(1 if int(match.group(3)) >= 18 else -1)
            else:
                low, high = int(match.group(1)), int(match.group(2))
                table.append(0 if high <= 17 else 1 if low >= 18 else -1)
        age = np.array(table, dtype=np.int8)[codes]
        if majority is not None:
            status_codes, statuses = _distinct(majority)
            status = np.array(
                [{"minor": 0, "adult": 1}.get(s.lower(), -1) for s in statuses], dtype=np.int8
            )[status_codes]
            age = np.where(age < 0, status, age)
        return age

    @staticmethod
    def _flag(values: np.ndarray) -> np.ndarray:
        codes, labels = _distinct(values)
        return np.array([s.lower() in _TRUE for s in labels], dtype=bool)[codes]


def _resolve_invalid(labels, iso, state, resolve: Resolver, report: ImportReport) -> list:
    """Ask ``resolve`` about invalid citizenship codes (``state`` is updated in place).

    An ISO3, ``DOMESTIC`` or region answer is used (state 3); an ``UNKNOWN``
    answer ("Unknown", "stateless" aliased so) makes the code an explicit
    unknown (state 1). Fuzzy answers are NOT used: a cell of a code column that
    only looks like a country name is more likely wrong than misspelt, and a
    case counted in the wrong country is worse than one of unknown origin.
    """
    out = list(iso)
    for i, label in enumerate(labels):
        if state[i] != 2:
            continue
        res = resolve(label)
        result = getattr(res, "result", None)
        if not isinstance(result, str) or getattr(res, "method", "") == "fuzzy":
            continue
        if result == UNKNOWN:
            state[i] = 1
        elif (
            result == DOMESTIC
            or result.startswith(REGION_PREFIX)
            or bool(valid_iso3(pd.Series([result], dtype=object)).iloc[0])
        ):
            out[i] = result
            state[i] = 3  # resolved by the user's names, not an ISO code
    return out


# -- rejection ---------------------------------------------------------------------------


def _reject(
    records: _Records, cells: dict[str, np.ndarray], file_rows: np.ndarray, report
) -> np.ndarray:
    """List every record that cannot be mapped in ``report``; return the mask of those kept."""
    no_country = records.dest_state != 0
    no_year = records.year_state != 0
    bad = no_country | no_year
    if not bad.any():
        return ~bad
    where = np.flatnonzero(bad)
    dest_state = records.dest_state[where]
    dest_text = records.dest_label[where].astype(str)
    year_state = records.year_state[where]
    year_text = records.year_text[where].astype(str)
    country_reason = np.where(
        dest_state == 1,
        "no country of exploitation",
        np.char.add(
            np.char.add("country of exploitation is not a country code: '", dest_text), "'"
        ),
    )
    year_reason = np.where(
        year_state == 1,
        "no year of registration",
        np.char.add(np.char.add("year of registration is not a year: '", year_text), "'"),
    )
    reason = np.where(
        (dest_state != 0) & (year_state != 0),
        np.char.add(np.char.add(country_reason, "; "), year_reason),
        np.where(dest_state != 0, country_reason, year_reason),
    )
    names = list(cells)
    columns = [cells[c][where] for c in names]
    rows = file_rows[where].tolist()
    report.rejected.extend(
        RejectedRow(row, text, dict(zip(names, values, strict=True)))
        for row, text, values in zip(rows, reason.tolist(), zip(*columns, strict=True), strict=True)
    )
    return ~bad


def _unresolved(records: _Records, ok: np.ndarray, report: ImportReport) -> None:
    """Invalid non-empty citizenship codes of imported records, and the share resolved."""
    label_code = records.origin_label_code[ok]
    state = records.origin_state[ok]
    counts = np.bincount(label_code[state == 2], minlength=len(records.origin_labels))
    found = {str(records.origin_labels[i]): float(counts[i]) for i in np.flatnonzero(counts)}
    report.unresolved = dict(sorted(found.items(), key=lambda kv: (-kv[1], kv[0])))
    imported = int(ok.sum())
    valid = int(np.isin(state, (0, 3)).sum())
    report.resolved_share = valid / imported if imported else 1.0


# -- aggregation --------------------------------------------------------------------------


def _cells(counts: np.ndarray, threshold: int) -> dict[str, np.ndarray]:
    """Counts (all >= 1) to value/lower/upper/flag; 1..threshold-1 is suppressed."""
    small = counts < threshold
    return {
        "value": np.where(small, np.nan, counts.astype("float64")),
        "lower": np.where(small, 1.0, np.nan),
        "upper": np.where(small, float(threshold - 1), np.nan),
        "flag": np.where(small, SUPPRESSED, ""),
    }


def _observations(records: _Records, ok: np.ndarray, threshold: int) -> pd.DataFrame:
    dest = records.dest[ok].astype(str)
    places, place = np.unique(dest, return_inverse=True)
    years, year = np.unique(records.year[ok], return_inverse=True)
    cell = place * len(years) + year
    size = len(places) * len(years)
    sex, age = records.sex[ok], records.age[ok]

    pieces: list[tuple[tuple[str, str, str, str], np.ndarray]] = [
        ((TOTAL, TOTAL, TOTAL, TOTAL), np.ones(len(cell), dtype=bool))
    ]
    for k, label in enumerate(SEX_CATEGORIES):
        pieces.append(((TOTAL, TOTAL, label, TOTAL), sex == k))
    for k, label in enumerate((CHILDREN, ADULTS)):
        pieces.append(((TOTAL, TOTAL, TOTAL, label), age == k))
    for s, sex_label in enumerate(SEX_CATEGORIES):
        for a, age_label in enumerate((CHILDREN, ADULTS)):
            pieces.append(((TOTAL, TOTAL, sex_label, age_label), (sex == s) & (age == a)))
    for column, category in FORM_COLUMNS.items():
        pieces.append(((FORM_DIMENSION, category, TOTAL, TOTAL), records.forms[column][ok]))

    frames = []
    for (dimension, category, sex_label, age_label), mask in pieces:
        counts = np.bincount(cell[mask], minlength=size)
        found = np.flatnonzero(counts)
        if not found.size:
            continue
        frames.append(
            pd.DataFrame(
                {
                    "iso3": places[found // len(years)],
                    "year": years[found % len(years)],
                    "indicator": INDICATOR,
                    "dimension": dimension,
                    "category": category,
                    "sex": sex_label,
                    "age": age_label,
                    **_cells(counts[found], threshold),
                }
            )
        )
    if not frames:
        return empty_frame(OBSERVATION_DTYPES).drop(columns="dataset")
    return pd.concat(frames, ignore_index=True)


def _flows(
    records: _Records, ok: np.ndarray, threshold: int
) -> tuple[pd.DataFrame, pd.DataFrame, int]:
    """(flows, UNKNOWN parts one per raw label, parts summed into another)."""
    columns = [c for c in FLOW_DTYPES if c != "dataset"]
    if not ok.any():
        empty = empty_frame(FLOW_DTYPES).drop(columns="dataset")
        return empty, empty, 0
    labels, label_origin = records.origin_labels, records.label_origin
    parts = (
        pd.DataFrame(
            {
                "label": records.origin_label_code[ok],
                "destination": records.dest[ok],
                "year": records.year[ok],
            }
        )
        .value_counts(sort=False)
        .rename("count")
        .reset_index()
    )
    parts["origin"] = label_origin[parts["label"].to_numpy()]
    parts["origin_label"] = labels[parts["label"].to_numpy()]
    parts = parts.sort_values(["origin", "destination", "year", "label"], kind="stable")
    key = ["origin", "destination", "year"]
    several = parts.duplicated(key, keep=False)
    merged_away = int(parts.duplicated(key).sum())
    single = parts[~several]
    if several.any():
        joined = (
            parts[several]
            .groupby(key, sort=False)
            .agg(
                count=("count", "sum"),
                origin_label=(
                    "origin_label",
                    lambda s: " + ".join(dict.fromkeys(x for x in s if x)),
                ),
            )
            .reset_index()
        )
        flows = pd.concat([single[[*key, "count", "origin_label"]], joined], ignore_index=True)
    else:
        flows = single[[*key, "count", "origin_label"]].reset_index(drop=True)
    flows = flows.sort_values(key, kind="stable").reset_index(drop=True)
    flows = flows.assign(
        indicator=INDICATOR, **_cells(flows["count"].to_numpy(dtype=np.int64), threshold)
    )
    unknown = parts[parts["origin"] == UNKNOWN].reset_index(drop=True)
    unknown = unknown.assign(
        indicator=INDICATOR, **_cells(unknown["count"].to_numpy(dtype=np.int64), threshold)
    )
    return flows[columns], unknown[columns], merged_away


__all__ = [
    "INDICATOR",
    "DataImportError",
    "caveats",
    "looks_like_ctdc",
    "read_ctdc",
]
