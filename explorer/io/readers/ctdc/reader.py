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

from collections.abc import Callable
from pathlib import Path

from explorer.core.data.dataset import Dataset
from explorer.core.data.schema import FLOW_DTYPES, conform
from explorer.io.importing import report_words as rw
from explorer.io.importing.errors import DataImportError
from explorer.io.importing.files import file_bytes
from explorer.io.importing.report import ImportReport
from explorer.io.importing.steps import Steps, file_provenance, guarded
from explorer.io.readers.ctdc.columns import LEGACY_COLUMNS, record_cells
from explorer.io.readers.ctdc.counts import INDICATOR, count_flows, count_observations
from explorer.io.readers.ctdc.raw import read_raw
from explorer.io.readers.ctdc.records import Records, Resolver
from explorer.io.readers.ctdc.report import note_unresolved, reject_records

PUBLISHER = "IOM / CTDC (Counter Trafficking Data Collaborative)"
SYNTHETIC_TITLE = "CTDC Global Synthetic Dataset"
LEGACY_TITLE = "CTDC Global Dataset"
CITATION = "Counter Trafficking Data Collaborative (CTDC), IOM: {title}. ctdatacollaborative.org"
LICENCE = "CTDC terms of use (ctdatacollaborative.org)"
DEFAULT_THRESHOLD = 10


def read_ctdc(
    path: str | Path,
    resolve: Resolver | None = None,
    progress: Callable[[float], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    threshold: int = DEFAULT_THRESHOLD,
    data: bytes | None = None,
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
    step = Steps(progress, cancelled)
    return guarded(path, lambda: _read(path, resolve, step, int(threshold), data))


def _read(
    path: Path, resolve: Resolver | None, step: Steps, threshold: int, data: bytes | None = None
) -> tuple[Dataset, ImportReport]:
    step(0.0)
    data = file_bytes(path, data)
    raw = read_raw(path, data, step)
    step(0.45)
    cells, file_rows = record_cells(raw, path.name)
    report = ImportReport(file_name=path.name, rows_read=len(file_rows))
    report.resolved_subject = rw.CTDC_SUBJECT
    report.unresolved_note = rw.CTDC_UNRESOLVED
    step(0.5)

    records = Records(cells, resolve, report)
    legacy = records.legacy or any(c.lower() in LEGACY_COLUMNS for c in cells)
    step(0.6)
    ok = reject_records(records, cells, file_rows, report)
    report.rows_imported = report.rows_read - len(report.rejected)
    step(0.7)

    title = LEGACY_TITLE if legacy else SYNTHETIC_TITLE
    stem = path.stem
    name = stem if stem.lower().startswith("ctdc") else f"CTDC {stem}"
    observations = count_observations(records, ok, threshold).assign(dataset=name)
    step(0.8)
    flows, parts, merged = count_flows(records, ok, threshold)
    flows = flows.assign(dataset=name)
    report.unknown_parts = conform(
        parts.assign(dataset=name).reindex(columns=list(FLOW_DTYPES)), FLOW_DTYPES
    )
    report.flows_merged = merged
    note_unresolved(records, ok, report)
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


__all__ = [
    "INDICATOR",
    "DataImportError",
    "caveats",
    "read_ctdc",
]
