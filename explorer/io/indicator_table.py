"""Read a country-indicator table (CSV or spreadsheet, any publisher) into a Dataset.

Why: besides GLOTIP, users bring indicators from the World Bank, UN agencies,
NGOs or their own spreadsheets (e.g. the US TIP Report tiers). Every rule is
applied to whole columns (pandas), and each distinct country label is resolved
once, so a World Bank sheet of 266 rows x 64 years imports in a fraction of a
second.

Layouts (see :class:`~explorer.io.table_mapping.TableMapping`):
- long: one row per country and year: country, year, value, and optionally
  indicator, unit, sex, age columns (names recognised in English, French,
  Spanish: "Country", "pays", "país", "ISO3", "Year", "année", "año", "Value",
  "valeur", "valor", "Series Name", ...). A table with a single column besides
  the country and year ones (Our World in Data's ``Entity, Code, Year,
  <indicator>``) takes that column as the value and its header as the
  indicator's name.
- wide: one row per country and one column per year ("1960" ... "2023", or
  DataBank's "2010 [YR2010]"), with or without preamble rows above the header
  (World Bank downloads: "Data Source", "Last Updated Date", then the header).
  The header is the row, among the first 10, naming the most known columns.

When a guess is unsure (no country column, several candidate value columns,
no year column, ...), :class:`~explorer.io.table_mapping.NeedsMapping` is raised
with the header's columns and the best guess; the caller asks the user and
reads again with ``mapping=``. A long table without a year column needs the
user to give its year (``TableMapping.fixed_year``).

Countries: the code column ("Country Code", "ISO3", ...) is resolved first,
the name column next (``explorer.core.names``: ISO3, ISO2, numeric codes,
names in several languages, user aliases). A row whose country is a regional
aggregate (World Bank codes such as WLD, EMU, HIC, SSF; resolver regions such
as "Sub-Saharan Africa"; names such as "World", "High income") is rejected as
"a regional aggregate, not a country". A row whose country is not understood
is rejected as "country not understood: <label>", AND the label is listed in
``report.unresolved`` with its number of rows, so that a user alias fixes it
in a re-import.

Values: numbers with thousands separators ("1,757", "1 757", "1.234.567"),
decimal commas when the column shows them unambiguously ("12,5", "0,25",
"1.234,5"; a lone "1,757" is then 1.757, otherwise 1757), a trailing "%".
Blank cells and the markers "..", "...", an ellipsis, "-", en and em dashes,
"n/a", "na", "nan", "null", ":", "x" are missing: not data, skipped without being counted
as rejections.

Numeric or categorical, per indicator: when its cells are mostly numbers it is
numeric (a text cell then rejects its row); when they are mostly text with at
most :data:`MAX_LEVELS` distinct levels (e.g. "Tier 1", "Tier 2 Watch List")
it is categorical. Levels are ordered naturally ("Tier 1" < "Tier 2" < "Tier 2
Watch List" < "Tier 3"; a user may later override), stored as ``value`` = rank
1..k and ``flag`` = ``"level:<label>"`` (:data:`CATEGORY_FLAG_PREFIX`), and
listed in order in a provenance caveat. :func:`category_levels` reads them back.

Counting rule: ``rows_read`` counts the non-blank rows under the header (one
per country row in a wide sheet). A row is imported when at least one of its
cells became an observation; otherwise it is rejected with its file row number
and the reason (aggregate, country not understood, bad year, a cell that is
not a number, or "no value" / "no value in any year" when all its cells are
empty). A line with a single cell that is not a country (a footer such as
DataBank's "Data from database: ...") is rejected as "a note, not a data row"
and its text is not listed as an unresolved name. So ``rows_read == rows_imported + len(rejected)``.

Duplicates (same country, year, indicator, sex, age, e.g. a country listed by
two names): rows with the same value are collapsed (``duplicates_collapsed``);
different values are a ``Conflict`` and the LAST row is kept (a later
correction wins, as in ``Dataset``). ``resolved_share`` is the share of
country rows (aggregates and blank countries excluded) whose country resolved.

Provenance: publisher, title, edition and licence only when the preamble says
("Data Source" -> title, publisher "World Bank" for World Development
Indicators; "Last Updated Date" -> edition); file name, SHA-256, counts; a
caveat naming each indicator's unit when known (a unit column, or the
parenthesis ending a World Bank indicator name such as "(current US$)").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

import numpy as np
import pandas as pd

from explorer.core.dataset import Dataset
from explorer.core.provenance import Provenance
from explorer.core.schema import (
    DOMESTIC,
    OBSERVATION_DTYPES,
    REGION_PREFIX,
    TOTAL,
    UNKNOWN,
)
from explorer.io.errors import DataImportError
from explorer.io.import_report import Conflict, ImportReport, RejectedRow
from explorer.io.import_steps import Steps, file_provenance, guarded
from explorer.io.table_files import read_table
from explorer.io.table_mapping import (
    FIRST_YEAR,
    LAST_YEAR,
    VALUE,
    Kind,
    NeedsMapping,
    RawTable,
    TableMapping,
    check_mapping,
    cut_table,
    find_header_row,
    guess_mapping,
    looks_like_indicator_table,
    normalise_header,
    year_of_header,
)

Resolver = Callable[..., object]

__all__ = [
    "CATEGORY_FLAG_PREFIX",
    "MAX_LEVELS",
    "NeedsMapping",
    "TableMapping",
    "category_levels",
    "looks_like_indicator_table",
    "read_indicator_table",
]

#: Flag prefix of a categorical observation: ``flag = "level:Tier 2"``, value = its rank.
CATEGORY_FLAG_PREFIX = "level:"
#: Most distinct text levels a categorical indicator may have.
MAX_LEVELS = 12
#: Cell texts (case-folded) that mean "no figure".
MISSING_TOKENS = frozenset(
    {"", "..", "...", "\u2026", "-", "\u2013", "\u2014", "n/a", "na", "n.a.", "nan", "null"}
    | {"none", ":", "x", "#n/a", "n.d.", "nd"}
)

#: World Bank aggregate codes (WDI, 2024), none of them an ISO 3166 code.
WORLD_BANK_AGGREGATES: dict[str, str] = {
    "AFE": "Africa Eastern and Southern",
    "AFW": "Africa Western and Central",
    "ARB": "Arab World",
    "CEB": "Central Europe and the Baltics",
    "CSS": "Caribbean small states",
    "EAP": "East Asia & Pacific (excluding high income)",
    "EAR": "Early-demographic dividend",
    "EAS": "East Asia & Pacific",
    "ECA": "Europe & Central Asia (excluding high income)",
    "ECS": "Europe & Central Asia",
    "EMU": "Euro area",
    "EUU": "European Union",
    "FCS": "Fragile and conflict affected situations",
    "HIC": "High income",
    "HPC": "Heavily indebted poor countries (HIPC)",
    "IBD": "IBRD only",
    "IBT": "IDA & IBRD total",
    "IDA": "IDA total",
    "IDB": "IDA blend",
    "IDX": "IDA only",
    "INX": "Not classified",
    "LAC": "Latin America & Caribbean (excluding high income)",
    "LCN": "Latin America & Caribbean",
    "LDC": "Least developed countries: UN classification",
    "LIC": "Low income",
    "LMC": "Lower middle income",
    "LMY": "Low & middle income",
    "LTE": "Late-demographic dividend",
    "MEA": "Middle East & North Africa",
    "MIC": "Middle income",
    "MNA": "Middle East & North Africa (excluding high income)",
    "NAC": "North America",
    "OED": "OECD members",
    "OSS": "Other small states",
    "PRE": "Pre-demographic dividend",
    "PSS": "Pacific island small states",
    "PST": "Post-demographic dividend",
    "SAS": "South Asia",
    "SSA": "Sub-Saharan Africa (excluding high income)",
    "SSF": "Sub-Saharan Africa",
    "SST": "Small states",
    "TEA": "East Asia & Pacific (IDA & IBRD countries)",
    "TEC": "Europe & Central Asia (IDA & IBRD countries)",
    "TLA": "Latin America & the Caribbean (IDA & IBRD countries)",
    "TMN": "Middle East & North Africa (IDA & IBRD countries)",
    "TSA": "South Asia (IDA & IBRD)",
    "TSS": "Sub-Saharan Africa (IDA & IBRD countries)",
    "UMC": "Upper middle income",
    "WLD": "World",
}
_AGGREGATE_NAMES = frozenset(normalise_header(n) for n in WORLD_BANK_AGGREGATES.values())
_AGGREGATE_WORDS = re.compile(
    r"\b(?:world|income|dividend|ida|ibrd|hipc|members|small states|excluding|euro area"
    r"|countries|situations|total|not classified)\b"
)
NOTE = "a note, not a data row: "
_TOTAL_WORDS = frozenset({"", "total", "all", "both sexes", "both", "all ages", "t", "_t"})

# -- numbers ---------------------------------------------------------------------

_SPACE_GROUPS = re.compile(r"^[+-]?\d{1,3}(?:[ \u00a0\u202f']\d{3})+(?:[.,]\d+)?$")
_COMMA_GROUPS = re.compile(r"^[+-]?\d{1,3}(?:,\d{3})+(?:\.\d+)?$")
_DOT_GROUPS = re.compile(r"^[+-]?\d{1,3}(?:\.\d{3})+(?:,\d+)?$")
_MANY_DOT_GROUPS = re.compile(r"^[+-]?\d{1,3}(?:\.\d{3}){2,}$")
_DECIMAL_COMMA = re.compile(r"^[+-]?\d*,\d+$")
_DECIMAL_EVIDENCE = re.compile(r"^[+-]?(?:\d+,(?:\d{1,2}|\d{4,})|0,\d+|\d{1,3}(?:\.\d{3})+,\d+)$")
_THOUSANDS_EVIDENCE = re.compile(r"^[+-]?\d{1,3}(?:,\d{3}){2,}$|^[+-]?\d{1,3}(?:,\d{3})+\.\d+$")
_PLAIN = re.compile(r"^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$")


def parse_numbers(cells: Sequence[str] | pd.Series | np.ndarray) -> tuple[np.ndarray, ...]:
    """``(value, missing, number)`` arrays for cells of text (see the module doc).

    ``value`` is float (NaN unless a number), ``missing`` marks blank cells and
    missing markers, ``number`` cells that parsed. Each distinct text is parsed
    once; whether a comma is a decimal comma is decided for all ``cells`` at once.
    """
    codes, uniques = pd.factorize(np.asarray(cells, dtype=object))
    if len(codes) == 0:
        empty = np.zeros(0, dtype=bool)
        return np.zeros(0), empty, empty
    text = pd.Series(uniques, dtype=object).astype(str).str.strip()
    plain = text.str.match(_PLAIN)
    # Only the cells that are not plain numbers need the slower rules below.
    rest = text[~plain].str.replace("\u2212", "-", regex=False)
    rest = rest.str.replace(r"\s*%$", "", regex=True)
    missing = text.str.casefold().isin(MISSING_TOKENS)
    spaced = rest.str.match(_SPACE_GROUPS)
    rest = rest.where(~spaced, rest.str.replace(r"[ \u00a0\u202f']", "", regex=True))
    decimal_comma = bool(rest.str.match(_DECIMAL_EVIDENCE).any()) and not bool(
        rest.str.match(_THOUSANDS_EVIDENCE).any()
    )
    if decimal_comma:
        # "1.000" looks like a plain number, but beside "12,5" its dot groups thousands.
        dotted = plain & text.str.match(_DOT_GROUPS)
        plain = plain & ~dotted
        rest = pd.concat([rest, text[dotted]])
        rest = rest.where(~rest.str.match(_DOT_GROUPS), rest.str.replace(".", "", regex=False))
        rest = rest.where(~rest.str.match(_DECIMAL_COMMA), rest.str.replace(",", ".", regex=False))
    else:
        rest = rest.where(~rest.str.match(_COMMA_GROUPS), rest.str.replace(",", "", regex=False))
        rest = rest.where(~rest.str.match(_MANY_DOT_GROUPS), rest.str.replace(".", "", regex=False))
    text = text.where(plain, rest)
    number = (plain | text.str.match(_PLAIN)) & ~missing
    value = pd.to_numeric(text.where(number), errors="coerce").to_numpy(dtype="float64")
    number = number.to_numpy(dtype=bool) & np.isfinite(value)
    return value[codes], missing.to_numpy(dtype=bool)[codes], number[codes]


_YEAR_CELL = re.compile(r"^(\d{4})(?:\.0+)?$|^(\d{4})-\d{1,2}(?:-\d{1,2})?(?:[ T][\d:]+)?$")


def parse_years(cells: pd.Series) -> np.ndarray:
    """Years (float, NaN when not a whole year 1800-2100): "2020", "2020.0", "2020-12-31".

    Each distinct cell is parsed once: a long table repeats a few dozen years,
    and the regex over every row cost 2.4 s of a million-row import.
    """
    codes, uniques = pd.factorize(cells.astype(str), use_na_sentinel=False)
    found = pd.Series(uniques, dtype=object).str.strip().str.extract(_YEAR_CELL)
    year = pd.to_numeric(found[0].fillna(found[1]), errors="coerce").to_numpy(dtype="float64")
    year = np.where((year >= FIRST_YEAR) & (year <= LAST_YEAR), year, np.nan)
    return year[codes]


# -- countries -------------------------------------------------------------------


@dataclass(frozen=True)
class Place:
    """How one country label (or pair of code and name) was understood."""

    result: str | None  #: ISO3 code, a class, or None
    reason: str | None = None  #: why it is not a country (None: it is)
    label: str = ""  #: the label to show and to alias
    unresolved: bool = False  #: no rule understood it (list it in report.unresolved)
    fuzzy: tuple[str, str, float] | None = None


def is_country(result: object) -> bool:
    """True for an ISO3 (or user-assigned) code, False for classes, regions and None."""
    return (
        isinstance(result, str)
        and bool(result)
        and result not in (DOMESTIC, UNKNOWN)
        and not result.startswith(REGION_PREFIX)
    )


def is_aggregate(label: str, result: object = None) -> bool:
    """True for a World Bank aggregate code or name, or a label resolved to a region."""
    if isinstance(result, str) and result.startswith(REGION_PREFIX):
        return True
    text = str(label).strip()
    if text.upper() in WORLD_BANK_AGGREGATES and text.isupper():
        return True
    key = normalise_header(text)
    return key in _AGGREGATE_NAMES or _AGGREGATE_WORDS.search(key) is not None


def place_of(labels: Sequence[str], resolve: Resolver, role: str = "country") -> Place:
    """Resolve a row's labels (code first, then name) to a country, or say why not."""
    labels = [str(label).strip() for label in labels]
    present = [label for label in labels if label]
    if not present:
        return Place(None, f"no {role}")
    shown = present[-1] if len(present) > 1 else present[0]
    shown_full = f"{shown} ({present[0]})" if present[0] != shown else shown
    is_a = "" if role == "country" else f"{role} is "
    aggregate = Place(None, f"{is_a}a regional aggregate, not a country: {shown_full}", shown)
    if labels[0] and labels[0].isupper() and labels[0] in WORLD_BANK_AGGREGATES:
        return aggregate
    results = []
    for label in present:
        res = resolve(label)
        result = getattr(res, "result", None)
        if is_country(result):
            fuzzy = None
            if getattr(res, "method", "") == "fuzzy":
                fuzzy = (label, str(result), float(getattr(res, "score", None) or 0.0))
            return Place(str(result), None, label, fuzzy=fuzzy)
        results.append(result)
    if any(is_aggregate(label, result) for label, result in zip(present, results, strict=True)):
        return aggregate
    if any(result is not None for result in results):
        return Place(None, f"{is_a}not a country: {shown_full}", shown)
    return Place(None, f"{role} not understood: {shown_full}", shown, unresolved=True)


def resolve_places(
    columns: Sequence[pd.Series], resolve: Resolver, role: str = "country"
) -> tuple[list[Place], np.ndarray]:
    """Each distinct combination of labels resolved once: (places, index into them per row)."""
    if len(columns) == 1:
        keys = columns[0].astype(str)
    else:
        keys = columns[0].astype(str).str.cat([c.astype(str) for c in columns[1:]], sep="\x1f")
    codes, uniques = pd.factorize(keys.to_numpy(dtype=object))
    places = [place_of(str(key).split("\x1f"), resolve, role) for key in uniques]
    return places, codes


# -- categorical levels -----------------------------------------------------------


def natural_key(label: str) -> tuple:
    """Sort key putting "Tier 2" before "Tier 2 Watch List" before "Tier 10"."""
    parts = re.split(r"(\d+)", " ".join(str(label).split()).casefold())
    return tuple(int(p) if i % 2 else p for i, p in enumerate(parts))


def _level_key(text: str) -> str:
    return " ".join(str(text).split()).casefold()


def category_levels(observations: pd.DataFrame, indicator: str | None = None) -> list[str]:
    """The ordered level labels of a categorical indicator's observations.

    ``observations`` are rows of one indicator (or pass ``indicator`` to pick
    them); rows whose flag does not start with :data:`CATEGORY_FLAG_PREFIX` are
    ignored. Levels are ordered by their stored rank (``value``).
    """
    rows = observations
    if indicator is not None:
        rows = rows[(rows["indicator"] == indicator).fillna(False).to_numpy(dtype=bool)]
    flags = rows["flag"].astype(object)
    mask = flags.map(lambda f: isinstance(f, str) and f.startswith(CATEGORY_FLAG_PREFIX))
    levels = pd.DataFrame({"rank": rows["value"][mask], "flag": flags[mask]})
    levels = levels.drop_duplicates("flag").sort_values(["rank", "flag"], kind="stable")
    return [str(f)[len(CATEGORY_FLAG_PREFIX) :] for f in levels["flag"]]


# -- reading -------------------------------------------------------------------------


def open_table(
    path: Path, kind: Kind, mapping: TableMapping | None, step: Steps
) -> tuple[bytes, RawTable, TableMapping, bool]:
    """Read ``path``, cut it at its header and settle the mapping.

    Returns (file bytes, table, mapping, whether the mapping was guessed).
    Raises NeedsMapping when the guess is unsure or the user's mapping does not
    fit the header; DataImportError for an empty or unreadable file.
    """
    step(0.0)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise DataImportError(f"{path.name}: cannot be read ({exc.strerror or exc})") from exc
    if not data.strip():
        raise DataImportError(f"{path.name}: the file is empty")
    raw = read_table(path, data)
    step(0.3)
    if mapping is not None and mapping.header_row:
        header_at = mapping.header_row - 1
        if not 0 <= header_at < len(raw):
            raise DataImportError(f"{path.name}: has no row {mapping.header_row} for the header")
    else:
        header_at = find_header_row(raw, kind)
    table = cut_table(raw, header_at)
    found = ", ".join(table.columns)[:300] or "nothing"
    where = f"(the header, row {table.header_row}, has: {found})"
    if len(table.columns) < 2:
        raise DataImportError(f"{path.name}: not a table of columns {where}")
    guessed = mapping is None
    if mapping is None:
        mapping, reasons = guess_mapping(table.columns, kind, table.header_row, hint=path.stem)
    else:
        mapping = replace(mapping, header_row=table.header_row)
        reasons = check_mapping(mapping, table.columns, kind)
    if reasons:
        raise NeedsMapping(path.name, table.columns, mapping, "; ".join(reasons) + " " + where)
    if table.body.empty:
        raise DataImportError(
            f"{path.name}: no data rows under the header (row {table.header_row})"
        )
    return data, table, mapping, guessed


def read_indicator_table(
    path: str | Path,
    resolve: Resolver | None = None,
    progress: Callable[[float], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    mapping: TableMapping | None = None,
    indicator_name: str | None = None,
) -> tuple[Dataset, ImportReport]:
    """Read a country-indicator table (.csv/.xlsx/.xls/.ods) into a Dataset and its report.

    ``resolve(label)`` defaults to ``explorer.core.names.resolve``; ``progress``
    receives fractions 0..1; when ``cancelled()`` turns True the import stops
    with ``DataImportError("import cancelled")``. ``mapping`` is the user's
    choice of columns (see :class:`TableMapping`); without it the columns are
    guessed and :class:`NeedsMapping` is raised when the guess is unsure.
    ``indicator_name`` names the indicator (it wins over ``mapping.indicator_name``).
    Any other failure is raised as ``DataImportError`` with a message for the user.
    """
    path = Path(path)
    step = Steps(progress, cancelled)
    return guarded(path, lambda: _read(path, resolve, step, mapping, indicator_name))


def _read(
    path: Path,
    resolve: Resolver | None,
    step: Steps,
    mapping: TableMapping | None,
    indicator_name: str | None,
) -> tuple[Dataset, ImportReport]:
    data, table, mapping, guessed = open_table(path, "indicator", mapping, step)
    body, n = table.body, len(table.body)
    report = ImportReport(file_name=path.name, rows_read=n)
    report.resolved_subject = "of country rows resolved to a country"
    report.unresolved_note = (
        "country labels not understood (their rows rejected; an "
        "alias fixes them at the next import)"
    )
    if resolve is None:
        from explorer.core.names import resolve as default_resolve

        resolve = default_resolve
    reason = np.full(n, None, dtype=object)
    caveats: list[str] = []

    # Countries: each distinct (code, name) once.
    country_columns = [body[c] for c in (mapping.country, mapping.country_name) if c]
    places, place_index = resolve_places(country_columns, resolve)
    iso3 = np.array([p.result for p in places], dtype=object)[place_index]
    reason[:] = np.array([p.reason for p in places], dtype=object)[place_index]
    step(0.5)

    # Indicator of each row.
    indicators = _indicator_names(body, mapping, indicator_name, path, caveats)

    # Cells: one per row (long) or one per row and year column (wide).
    if mapping.layout == "wide":
        year_columns = [c for c in table.columns if year_of_header(c) is not None]
        k = len(year_columns)
        texts = body[year_columns].to_numpy(dtype=object).ravel()
        cell_row = np.repeat(np.arange(n), k)
        cell_year = np.tile(np.array([year_of_header(c) for c in year_columns], "float64"), n)
    else:
        texts = body[mapping.value].to_numpy(dtype=object)
        cell_row = np.arange(n)
        if mapping.year:
            cell_year = parse_years(body[mapping.year])
            bad_year = np.isnan(cell_year) & pd.isna(reason)
            for i in np.flatnonzero(bad_year):
                reason[i] = f"year is not a whole year (1800-2100): {body.at[i, mapping.year]!r}"
        else:
            cell_year = np.full(n, float(mapping.fixed_year))
    value, missing, number = parse_numbers(texts)
    step(0.65)

    # Numeric or categorical, per indicator, from the cells of rows still in.
    cell_indicator = indicators[cell_row]
    live = ~missing & pd.isna(reason)[cell_row]
    flags = np.full(len(texts), "", dtype=object)
    bad_cell = np.zeros(len(texts), dtype=bool)
    for name in pd.unique(cell_indicator[live]):
        mine = live & (cell_indicator == name)
        numbers, words = int((mine & number).sum()), int((mine & ~number).sum())
        levels = _levels(texts[mine]) if words > numbers else None
        if levels is None:
            bad_cell |= mine & ~number
            if guessed and words > numbers:
                count = len({_level_key(t) for t in texts[mine & ~number]})
                raise NeedsMapping(
                    path.name,
                    table.columns,
                    mapping,
                    f"the values of {name!r} are text with {count} different entries, "
                    f"neither numbers nor at most {MAX_LEVELS} levels",
                )
            continue
        labels = [label for _, label in levels]
        rank = {key: i + 1 for i, (key, _) in enumerate(levels)}
        label_of = dict(levels)
        keys = np.array([_level_key(t) for t in texts[mine]], dtype=object)
        value[mine] = [rank[key] for key in keys]
        flags[mine] = [CATEGORY_FLAG_PREFIX + label_of[key] for key in keys]
        caveats.append(
            f"Categorical indicator {name!r} with levels, in order: {'; '.join(labels)} "
            f"(stored as ranks 1 to {len(labels)})."
        )
    bad_per_row = np.bincount(cell_row[bad_cell], minlength=n)
    for cell in np.flatnonzero(bad_cell):
        row = cell_row[cell]
        if reason[row] is None:
            where = f" in {int(cell_year[cell])}" if mapping.layout == "wide" else ""
            more = int(bad_per_row[row]) - 1
            reason[row] = f"value is not a number{where}: {texts[cell]!r}" + (
                f" (and {more} more cells)" if more else ""
            )
    step(0.75)

    keep_cell = ~missing & pd.isna(reason)[cell_row]
    has_cells = np.bincount(cell_row[keep_cell], minlength=n) > 0
    for i in np.flatnonzero(~has_cells & pd.isna(reason)):
        if mapping.layout == "wide":
            reason[i] = "no value in any year"
        else:
            shown = texts[i]
            reason[i] = f"no value ({shown!r})" if shown else "no value"

    # A footer or note line (one cell, not a country): "Data from database: ...".
    single = (body != "").sum(axis=1).to_numpy() == 1
    unheard = np.array([p.unresolved or p.reason == "no country" for p in places], bool)
    for i in np.flatnonzero(single & unheard[place_index]):
        reason[i] = f"{NOTE}{next(c for c in body.iloc[i] if c)!r}"
    _report_rows(report, reason, places, place_index, body, table.file_rows)
    cells = pd.DataFrame(
        {
            "iso3": iso3[cell_row[keep_cell]],
            "year": cell_year[keep_cell],
            "indicator": cell_indicator[keep_cell],
            "dimension": TOTAL,
            "category": TOTAL,
            "sex": _totals(body, mapping.sex)[cell_row[keep_cell]],
            "age": _totals(body, mapping.age)[cell_row[keep_cell]],
            "value": value[keep_cell],
            "lower": np.nan,
            "upper": np.nan,
            "flag": flags[keep_cell],
            "source_row": table.file_rows.to_numpy()[cell_row[keep_cell]],
            "text": texts[keep_cell],
        }
    )
    observations = _collapse_duplicates(cells, report)
    step(0.9)

    names = list(dict.fromkeys(observations["indicator"]))
    caveats += _unit_caveats(body, mapping, indicators, names)
    dataset_name = names[0] if len(names) == 1 else path.stem
    observations = observations.assign(dataset=dataset_name)[list(OBSERVATION_DTYPES)]
    provenance = table_provenance(path, data, table.preamble, report, caveats)
    dataset = Dataset(dataset_name, provenance, observations=observations)
    step(1.0)
    return dataset, report


def _indicator_names(
    body: pd.DataFrame,
    mapping: TableMapping,
    explicit: str | None,
    path: Path,
    caveats: list[str],
) -> np.ndarray:
    """The indicator of each row: its column, else the name given, the value's header, the file."""
    explicit = (explicit or mapping.indicator_name or "").strip() or None
    default = explicit
    generic = normalise_header(mapping.value or "") in VALUE
    if default is None and mapping.layout == "long" and mapping.value and not generic:
        default = mapping.value
    default = default or path.stem
    n = len(body)
    if not mapping.indicator:
        names = np.full(n, default, dtype=object)
    else:
        column = body[mapping.indicator].to_numpy(dtype=object)
        distinct = [c for c in pd.unique(column) if c]
        if explicit and len(distinct) <= 1:
            names = np.full(n, explicit, dtype=object)
        else:
            if explicit:
                caveats.append(
                    f"The name {explicit!r} was not applied: the file holds "
                    f"{len(distinct)} indicators, named by its column {mapping.indicator!r}."
                )
            names = np.where(column == "", default, column).astype(object)
    if mapping.unit:
        units = body[mapping.unit].to_numpy(dtype=object)
        frame = pd.DataFrame({"name": names, "unit": units})
        several = frame[frame["unit"] != ""].groupby("name")["unit"].nunique() > 1
        split = frame["name"].isin(several[several].index) & (frame["unit"] != "")
        names = np.where(split, frame["name"] + " (" + frame["unit"] + ")", names).astype(object)
    return names


def _unit_caveats(
    body: pd.DataFrame, mapping: TableMapping, indicators: np.ndarray, names: list[str]
) -> list[str]:
    caveats = []
    for name in names:
        unit = ""
        if mapping.unit:
            units = [u for u in pd.unique(body[mapping.unit][indicators == name]) if u]
            unit = units[0] if len(units) == 1 else ""
        if unit:
            caveats.append(f"Unit of {name!r}: {unit}.")
            continue
        match = re.search(r"\(([^()]+)\)\s*$", name)
        if match:
            caveats.append(f"Unit of {name!r}: {match.group(1)} (as its name says).")
    return caveats


def _levels(texts: np.ndarray) -> list[tuple[str, str]] | None:
    """Ordered (key, label) levels of a categorical indicator, or None when too many."""
    first: dict[str, str] = {}
    for text in texts:
        first.setdefault(_level_key(text), " ".join(str(text).split()))
    if len(first) > MAX_LEVELS:
        return None
    return sorted(first.items(), key=lambda kv: natural_key(kv[1]))


def _totals(body: pd.DataFrame, column: str | None) -> np.ndarray:
    """A sex or age column with total-like entries (and blanks) as "Total"."""
    if not column:
        return np.full(len(body), TOTAL, dtype=object)
    text = body[column]
    is_total = text.str.strip().str.casefold().isin(_TOTAL_WORDS)
    return text.where(~is_total, TOTAL).to_numpy(dtype=object)


def _report_rows(
    report: ImportReport,
    reason: np.ndarray,
    places: list[Place],
    place_index: np.ndarray,
    body: pd.DataFrame,
    file_rows: pd.Series,
) -> None:
    """Rejected rows, unresolved labels (with their rows), fuzzy matches, resolved share."""
    for i in np.flatnonzero(pd.notna(reason)):
        report.rejected.append(
            RejectedRow(int(file_rows.iat[i]), str(reason[i]), body.iloc[i].to_dict())
        )
    report.rows_imported = report.rows_read - len(report.rejected)
    # Rows whose country was not understood count for their label, notes do not.
    unheard = np.array([p.unresolved for p in places], dtype=bool)[place_index]
    note = unheard & np.array([str(r).startswith(NOTE) for r in reason], dtype=bool)
    counts = np.bincount(place_index[~note], minlength=len(places))
    unresolved: dict[str, float] = {}
    countable = understood = 0
    for place, count in zip(places, counts, strict=True):
        if place.fuzzy is not None:
            report.fuzzy.append(place.fuzzy)
        if place.unresolved and count:
            unresolved[place.label] = unresolved.get(place.label, 0.0) + float(count)
        if place.result is not None or place.unresolved:
            countable += int(count)
            understood += int(count) if place.result is not None else 0
    report.unresolved = dict(sorted(unresolved.items(), key=lambda kv: (-kv[1], kv[0])))
    report.resolved_share = understood / countable if countable else 1.0


KEY = ["iso3", "year", "indicator", "sex", "age"]


def _collapse_duplicates(cells: pd.DataFrame, report: ImportReport) -> pd.DataFrame:
    """One observation per key: equal repeats collapsed, conflicts reported, last kept."""
    dup = cells.duplicated(KEY, keep=False).to_numpy()
    if not dup.any():
        return cells.drop(columns="text")
    parts = cells[dup]
    signature = parts["value"].astype(str) + "\x1f" + parts["flag"].astype(str)
    for key, group in parts.assign(_sig=signature).groupby(KEY, sort=False):
        if group["_sig"].nunique() == 1:
            report.duplicates_collapsed += len(group) - 1
            continue
        report.conflicts.append(
            Conflict(
                key=tuple(key),
                rows=[int(r) for r in group["source_row"]],
                values=[str(t) for t in group["text"]],
                kept=str(group["text"].iloc[-1]),
            )
        )
    return cells[~cells.duplicated(KEY, keep="last").to_numpy()].drop(columns="text")


# -- provenance ---------------------------------------------------------------------

_PREAMBLE_FIELDS = {
    "title": ("data source", "source", "title", "dataset"),
    "publisher": ("publisher", "published by", "organisation", "organization"),
    "edition": ("last updated date", "last updated", "updated", "edition", "release date"),
    "licence": ("licence", "license", "terms", "terms of use"),
    "citation": ("citation", "cite as", "suggested citation"),
}


def table_provenance(
    path: Path,
    data: bytes,
    preamble: dict[str, str],
    report: ImportReport,
    caveats: Sequence[str],
) -> Provenance:
    """Provenance of a generic table: what its preamble says, the file and the counts."""
    found = {
        name: next((preamble[k] for k in keys if preamble.get(k)), "")
        for name, keys in _PREAMBLE_FIELDS.items()
    }
    if not found["publisher"] and re.search(
        r"world development indicators|world bank", found["title"], re.IGNORECASE
    ):
        found["publisher"] = "World Bank"
    return file_provenance(
        path,
        data,
        report,
        publisher=found["publisher"],
        title=found["title"],
        edition=found["edition"],
        citation=found["citation"],
        licence=found["licence"],
        caveats=tuple(caveats),
    )
