"""Read a country-indicator table (CSV or spreadsheet, any publisher) into a Dataset.

Why: besides GLOTIP, users bring indicators from the World Bank, UN agencies,
NGOs or their own spreadsheets (e.g. the US TIP Report tiers). Every rule is
applied to whole columns (pandas), and each distinct country label is resolved
once, so a World Bank sheet of 266 rows x 64 years imports in a fraction of a
second.

Layouts (see :class:`~explorer.io.readers.tables.mapping.TableMapping`):
- long: one row per country and year: country, year, value, and optionally
  indicator, unit, sex, age columns (names recognised in English, French,
  Spanish: "Country", "pays", "país", "ISO3", "Year", "année", "año", "Value",
  "valeur", "valor", "Series Name", ...). A table with a single column besides
  the country and year ones (Our World in Data's ``Entity, Code, Year,
  <indicator>``) takes that column as the value and its header as the
  indicator's name. A table with several such columns (a country sheet with
  "Population", "Prevalence (per 1,000 population)", ...) imports each numeric
  one as an indicator named by its header (``TableMapping.values``); among
  several, a column of words is not a value column unless the user chooses it.
- wide: one row per country and one column per year ("1960" ... "2023", or
  DataBank's "2010 [YR2010]"), with or without preamble rows above the header
  (World Bank downloads: "Data Source", "Last Updated Date", then the header).
  The header is the row, among the first 10, naming the most known columns.

When a guess is unsure (no country column, no value column, no year column,
...), :class:`~explorer.io.readers.tables.mapping.NeedsMapping` is raised
with the header's columns and the best guess; the caller asks the user and
reads again with ``mapping=``. A long table without a year column needs the
user to give its year (``TableMapping.fixed_year``).

Countries: the code column ("Country Code", "ISO3", ...) is resolved first,
the name column next (``explorer.core.names.resolver``: ISO3, ISO2, numeric codes,
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
most ``MAX_LEVELS`` distinct levels (e.g. "Tier 1", "Tier 2 Watch List") it is
categorical (:mod:`explorer.io.readers.tables.levels`). Levels are ordered naturally,
TIP tiers in the report's order whatever their spelling ("Tier 2WL",
"Watchlist"; "Special case" kept unranked, value NaN), or as the user's
``levels`` say (``--levels``, the mapping dialog); stored as ``value`` = rank
1..k and ``flag`` = ``"level:<label>"``
(``CATEGORY_FLAG_PREFIX``), and listed in order in a provenance caveat.
:func:`~explorer.io.readers.tables.levels.category_levels` reads them back.

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
caveat naming each indicator's unit when known (a unit column, the
parenthesis ending a World Bank indicator name such as "(current US$)", or a
header saying "per 1,000", "rate", "number of" ...); the count/rate rule reads
it (:mod:`explorer.core.indicators.units`). The dataset is named after the file
(and its sheet in a workbook of several), never after a column; the report
lists every column and what became of it (``ImportReport.columns``).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from pathlib import Path

import numpy as np
import pandas as pd

from explorer.core.data.dataset import Dataset
from explorer.core.data.schema import OBSERVATION_DTYPES, TOTAL
from explorer.core.texts import fill
from explorer.io.importing import report_words as rw
from explorer.io.importing import table_words as tw
from explorer.io.importing.report import ImportReport
from explorer.io.importing.resolving import Resolver, default_resolver
from explorer.io.importing.steps import Steps, guarded
from explorer.io.readers.tables.indicator_cells import table_cells
from explorer.io.readers.tables.indicator_labels import total_labels, unit_caveats
from explorer.io.readers.tables.indicator_report import collapse_duplicates, report_rows
from explorer.io.readers.tables.levels import MAX_LEVELS, LevelsError, find_levels, level_key
from explorer.io.readers.tables.mapping import NeedsMapping, TableMapping, one_name_problem
from explorer.io.readers.tables.places import resolve_places
from explorer.io.readers.tables.reading import (
    open_table,
    table_dataset_name,
    table_provenance,
    table_source,
)
from explorer.io.readers.tables.value_columns import column_notes, imported_notes, numeric_values

__all__ = ["NeedsMapping", "TableMapping", "read_indicator_table"]


def read_indicator_table(
    path: str | Path,
    resolve: Resolver | None = None,
    progress: Callable[[float], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    mapping: TableMapping | None = None,
    indicator_name: str | None = None,
    data: bytes | None = None,
    answers: Mapping[str, object] | None = None,
    levels: Sequence[str] = (),
) -> tuple[Dataset, ImportReport]:
    """Read a country-indicator table (.csv/.xlsx/.xls/.ods) into a Dataset and its report.

    ``resolve(label)`` defaults to ``explorer.core.names.resolver.resolve``; ``progress``
    receives fractions 0..1; when ``cancelled()`` turns True the import stops
    with ``DataImportError("import cancelled")``. ``mapping`` is the user's
    choice of columns (see :class:`TableMapping`); without it the columns are
    guessed and :class:`NeedsMapping` is raised when the guess is unsure.
    ``indicator_name`` names the indicator (it wins over ``mapping.indicator_name``);
    ``levels`` orders its categorical levels (it wins over ``mapping.levels``;
    LevelsError when it does not fit them). ``answers`` (mapping field -> value, the
    command line's choices) are applied over the guess, then checked like a user's mapping.
    Any other failure is raised as ``DataImportError`` with a message for the user.
    """
    path = Path(path)
    step = Steps(progress, cancelled)
    return guarded(
        path, lambda: _read(path, resolve, step, mapping, indicator_name, data, answers, levels)
    )


def _read(
    path: Path,
    resolve: Resolver | None,
    step: Steps,
    mapping: TableMapping | None,
    indicator_name: str | None,
    data: bytes | None = None,
    answers: Mapping[str, object] | None = None,
    levels: Sequence[str] = (),
) -> tuple[Dataset, ImportReport]:
    data, table, mapping, guessed = open_table(
        path, "indicator", mapping, step, data, answers, numeric_values
    )
    body, n = table.body, len(table.body)
    several = mapping.layout == "long" and len(mapping.value_columns()) > 1
    explicit = (indicator_name or "").strip()
    if several and explicit:
        raise NeedsMapping(path.name, table.columns, mapping, one_name_problem(mapping))
    report = ImportReport(file_name=path.name, rows_read=n)
    report.resolved_subject = rw.TABLE_SUBJECT
    report.unresolved_note = rw.TABLE_UNRESOLVED
    resolve = resolve or default_resolver()
    reason = np.full(n, None, dtype=object)
    caveats: list[str] = []

    # Countries: each distinct (code, name) once.
    country_columns = [body[c] for c in (mapping.country, mapping.country_name) if c]
    places, place_index = resolve_places(country_columns, resolve)
    iso3 = np.array([p.result for p in places], dtype=object)[place_index]
    reason[:] = np.array([p.reason for p in places], dtype=object)[place_index]
    step(0.5)

    # Cells: one per row and value column (long) or one per row and year column (wide).
    cells = table_cells(body, table.columns, mapping, indicator_name, path, caveats)
    texts, cell_row, cell_year, cell_indicator = cells.texts, cells.row, cells.year, cells.indicator
    value, missing, number = cells.value, cells.missing, cells.number
    if mapping.layout == "long" and mapping.year:
        for i in np.flatnonzero(np.isnan(cell_year[:n]) & pd.isna(reason)):
            reason[i] = fill(tw.NOT_A_WHOLE_YEAR, {"cell": repr(body.at[i, mapping.year])})
    step(0.65)

    # Numeric or categorical, per indicator, from the cells of rows still in.
    live = ~missing & pd.isna(reason)[cell_row]
    flags = np.full(len(texts), "", dtype=object)
    bad_cell = np.zeros(len(texts), dtype=bool)
    not_a = np.full(len(texts), "", dtype=object)  # the level's indicator ("": a number)
    order = tuple(levels) or mapping.levels
    for name in pd.unique(cell_indicator[live]):
        mine = live & (cell_indicator == name)
        numbers, words = int((mine & number).sum()), int((mine & ~number).sum())
        found = find_levels(texts[mine], words > numbers, f"{mapping.value or ''} {name}")
        if found is None:
            bad_cell |= mine & ~number
            if guessed and words > numbers:
                count = len({level_key(t) for t in texts[mine & ~number]})
                raise NeedsMapping(
                    path.name,
                    table.columns,
                    mapping,
                    f"the values of {name!r} are text with {count} different entries, "
                    f"neither numbers nor at most {MAX_LEVELS} levels",
                )
            continue
        found = found.reorder(order, name) if order else found
        value[mine], flags[mine], known = found.encode(texts[mine])
        bad_cell[mine] = ~known
        not_a[mine] = repr(name)
        caveats.append(found.caveat(name))
    if order and not any(flags):
        raise LevelsError(f"{path.name}: a level order was given, but no indicator has levels")
    bad_per_row = np.bincount(cell_row[bad_cell], minlength=n)
    for cell in np.flatnonzero(bad_cell):
        row = cell_row[cell]
        if reason[row] is None:
            where = "year" if mapping.layout == "wide" else ""
            where = "column" if several else where
            said = {
                "name": not_a[cell],
                "year": int(cell_year[cell]) if where == "year" else "",
                "column": repr(cells.column[cell]),
                "cell": repr(texts[cell]),
            }
            reason[row] = fill(tw.NOT_A_VALUE[bool(not_a[cell]), where], said)
            more = int(bad_per_row[row]) - 1
            if more:
                reason[row] = fill(tw.MORE_CELLS, {"reason": reason[row], "more": more})
    step(0.75)

    keep_cell = ~missing & pd.isna(reason)[cell_row]
    has_cells = np.bincount(cell_row[keep_cell], minlength=n) > 0
    for i in np.flatnonzero(~has_cells & pd.isna(reason)):
        if mapping.layout == "wide":
            reason[i] = str(tw.NO_VALUE_IN_ANY_YEAR)
        elif several:
            reason[i] = str(tw.NO_VALUE_IN_ANY_VALUE_COLUMN)
        else:
            shown = texts[i]
            reason[i] = fill(tw.NO_VALUE_CELL, {"cell": repr(shown)}) if shown else str(tw.NO_VALUE)

    # A footer or note line (one cell, not a country): "Data from database: ...".
    single = (body != "").sum(axis=1).to_numpy() == 1
    unheard = np.array([p.unresolved or p.reason == tw.NO_COUNTRY for p in places], bool)
    for i in np.flatnonzero(single & unheard[place_index]):
        reason[i] = fill(tw.NOTE_ROW, {"cell": repr(next(c for c in body.iloc[i] if c))})
    report_rows(report, reason, places, place_index, body, table.file_rows)
    frame = pd.DataFrame(
        {
            "iso3": iso3[cell_row[keep_cell]],
            "year": cell_year[keep_cell],
            "indicator": cell_indicator[keep_cell],
            "dimension": TOTAL,
            "category": TOTAL,
            "sex": total_labels(body, mapping.sex)[cell_row[keep_cell]],
            "age": total_labels(body, mapping.age)[cell_row[keep_cell]],
            "value": value[keep_cell],
            "lower": np.nan,
            "upper": np.nan,
            "flag": flags[keep_cell],
            "source_row": table.file_rows.to_numpy()[cell_row[keep_cell]],
            "text": texts[keep_cell],
        }
    )
    observations = collapse_duplicates(frame, report)
    step(0.9)

    names = list(dict.fromkeys(observations["indicator"]))
    units = {mapping.unit: body[mapping.unit].to_numpy()[cell_row]} if mapping.unit else {}
    caveats += unit_caveats(pd.DataFrame(units), mapping, cell_indicator, names)
    dataset_name = table_dataset_name(path, table)
    observations = observations.assign(dataset=dataset_name).reindex(
        columns=list(OBSERVATION_DTYPES)
    )
    provenance = table_provenance(path, data, table.preamble, report, caveats)
    report.source = table_source(path, provenance, table)
    dataset = Dataset(dataset_name, provenance, observations=observations)
    report.columns = column_notes(
        table.columns, mapping, body, imported_notes(dataset, mapping, cells, keep_cell)
    )
    step(1.0)
    return dataset, report
