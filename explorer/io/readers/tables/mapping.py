"""What the columns of a generic table mean: the mapping, its guess, and its check.

Why apart from the readers: indicator tables and flow tables come from any
publisher, so their columns are recognised by name (in several languages,
:mod:`explorer.io.readers.tables.columns`) and, when that guess is unsure, chosen by the
user in a mapping dialog. Both readers and the dialog share one
``TableMapping`` (the header row itself is found by :mod:`explorer.io.readers.tables.raw`).

A guess is *sure* when every required role has exactly one clear candidate
(an indicator table's values may come from several columns: each is an
indicator of its own, listed in ``TableMapping.values``);
otherwise the reader raises :class:`NeedsMapping` with its best guess, and the
UI calls the reader again with ``mapping=`` (the user's choice).
"""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass
from typing import Literal

from explorer.io.importing.errors import DataImportError
from explorer.io.readers.tables.columns import (
    FIRST_YEAR,
    IGNORED,
    LAST_YEAR,
    TableKind,
    flow_header,
    is_code_header,
    match_columns,
    normalise_header,
    year_of_header,
)


@dataclass(frozen=True)
class TableMapping:
    """Which column means what. Column names are the header cells, stripped.

    - ``layout``: ``"long"`` (one row per country and year, a value column) or
      ``"wide"`` (one row per country, one column per year, e.g. "1960").
    - ``header_row``: 1-based file row of the header (preamble rows above it);
      ``None`` lets the reader find it.
    - ``country``: the country column, resolved first (a code column when the
      table has one); ``country_name``: a second country column (names), tried
      when ``country`` is not understood. Indicator tables only.
    - ``origin`` / ``destination``: flow tables only; the code column when the
      table has one. ``origin_name`` / ``destination_name``: the name column
      beside it, which checks each code (a code and a name naming different
      countries are trusted neither).
    - ``year``: the year column (long form); ``fixed_year``: the year of every
      row when the table has no year column.
    - ``value``: the value column (long form); the first of ``values`` when there are several.
    - ``values``: every value column to import, in table order (each becomes an
      indicator named by its header); empty: ``value`` alone.
    - ``indicator``: a column naming each row's indicator; ``indicator_name``:
      the indicator's name when there is no such column (or to rename its only
      indicator).
    - ``unit``, ``sex``, ``age``: optional columns.
    - ``levels``: the order of a categorical indicator's levels (the file's
      labels, any spelling); empty: the natural or known order.
    """

    layout: Literal["long", "wide"] = "long"
    header_row: int | None = None
    country: str | None = None
    country_name: str | None = None
    origin: str | None = None
    destination: str | None = None
    origin_name: str | None = None
    destination_name: str | None = None
    year: str | None = None
    fixed_year: int | None = None
    value: str | None = None
    values: tuple[str, ...] = ()
    indicator: str | None = None
    indicator_name: str | None = None
    unit: str | None = None
    sex: str | None = None
    age: str | None = None
    levels: tuple[str, ...] = ()

    def columns_used(self) -> list[str]:
        """The column names this mapping refers to (for checking them against a header)."""
        names = (
            self.country,
            self.country_name,
            self.origin,
            self.destination,
            self.origin_name,
            self.destination_name,
            self.year,
            self.value,
            *self.values,
            self.indicator,
            self.unit,
            self.sex,
            self.age,
        )
        return list(dict.fromkeys(name for name in names if name))

    def value_columns(self) -> tuple[str, ...]:
        """The value columns to import, in table order: ``values``, else ``value`` alone."""
        return self.values or ((self.value,) if self.value else ())


class NeedsMapping(DataImportError):  # noqa: N818  (a question to the user, not a failure)
    """Auto-detection is unsure: the user must say which column means what.

    ``columns`` are the header cells found, ``guess`` the reader's best guess
    (never ``None`` once a header row was found; its ``header_row`` is set) and
    ``reason`` why it is unsure. ``levels`` are the ordered levels of each
    column that holds categories (the wide layout's year columns together under
    ``""``), for the dialog's level order. ``str(error)`` is a message for the user.
    """

    def __init__(
        self,
        file_name: str,
        columns: Sequence[str],
        guess: TableMapping | None,
        reason: str,
        levels: Mapping[str, tuple[str, ...]] | None = None,
    ) -> None:
        self.file_name = file_name
        self.columns: tuple[str, ...] = tuple(columns)
        self.guess = guess
        self.reason = reason
        self.levels: dict[str, tuple[str, ...]] = dict(levels or {})
        super().__init__(f"{file_name}: choose the columns: {reason}")

    def __reduce__(self) -> tuple:
        """Pickled with its fields (a file read in a child process asks its question so)."""
        return type(self), (self.file_name, self.columns, self.guess, self.reason, self.levels)


_YEAR_IN_TEXT = re.compile(r"(?<!\d)(1[89]\d\d|20\d\d|2100)(?!\d)")


def year_hint(*texts: str) -> int | None:
    """A year named in a column header or file name (``"tiers_2023.csv"`` -> 2023)."""
    for text in texts:
        found = _YEAR_IN_TEXT.findall(str(text))
        if len(set(found)) == 1:
            return int(found[0])
    return None


def _others(columns: Sequence[str], used: set[str]) -> list[str]:
    return [
        c
        for c in columns
        if c and c not in used and normalise_header(c) not in IGNORED and year_of_header(c) is None
    ]


def code_and_name(candidates: Sequence[str]) -> tuple[str | None, str | None]:
    """(column to resolve, name column to check it) among one role's candidate columns.

    The code column is resolved when there is one (``"Country of origin (ISO)"``)
    and a column of the same name without the code (``"Country of origin"``)
    checks it; otherwise the first column alone.
    """
    codes = [c for c in candidates if is_code_header(c)]
    if not codes:
        return (candidates[0] if candidates else None), None
    base = _base(codes[0])
    names = [c for c in candidates if c not in codes and _base(c) == base]
    return codes[0], (names[0] if names else None)


_LAST_WORD = re.compile(r"\s*\b(?:code|iso|iso2|iso3|alpha3|id|name)$")


def _base(column: str) -> str:
    """``"Country of origin (ISO)"``, ``"origin_name"`` -> ``"country of origin"``, ``"origin"``."""
    return _LAST_WORD.sub("", flow_header(column))


def guess_mapping(
    columns: Sequence[str],
    kind: TableKind,
    header_row: int,
    hint: str = "",
    numeric: Collection[str] | None = None,
) -> tuple[TableMapping, list[str]]:
    """The best mapping for ``columns`` and the reasons it is unsure (empty: sure).

    ``hint`` (the file name) may name the year of a table without a year column;
    such a guess is still unsure: the user confirms the year. ``numeric`` (the
    columns whose cells are mostly numbers, when known) lets a flow table's
    guess take every numeric column as a value column: refugee statistics carry
    several (refugees, asylum-seekers, ...), and each is an indicator, so
    several are not a doubt.
    """
    found = match_columns(columns, kind)
    reasons: list[str] = []
    years = [c for c in columns if year_of_header(c) is not None]
    used = {c for cols in found.values() for c in cols}

    origin_name = destination_name = None
    if kind == "flow":
        origin, origin_name = code_and_name(found["origin"])
        destination, destination_name = code_and_name(found["destination"])
        if origin is None:
            reasons.append("no column looks like the origin")
        if destination is None:
            reasons.append("no column looks like the destination")
        layout = "long"
        country = country_name = None
    else:
        origin = destination = None
        codes, names = found["country"], found["country_name"]
        country = codes[0] if codes else (names[0] if names else None)
        country_name = names[0] if codes and names else None
        if country is None:
            loose = [c for c in columns if re.search(r"country|pays|pais|iso", normalise_header(c))]
            country = loose[0] if loose else None
            used.add(country or "")
            reasons.append(
                "no column looks like the country"
                + (f" ({country!r} is a guess)" if country else "")
            )
        layout = "wide" if years and not found["year"] else "long"
        if years and found["year"]:
            reasons.append("the table has both a year column and columns named by year")

    value = None
    values: tuple[str, ...] = ()
    fixed_year = None
    year = found["year"][0] if found["year"] else None
    if layout == "long":
        candidates = found["value"] or _others(columns, used)
        if kind == "flow" and numeric is not None:  # a flow table's numbers, seen in its cells
            numbers = {*found["value"], *_others(columns, used)} & set(numeric)
            candidates = [c for c in columns if c in numbers] or candidates
        value = candidates[0] if candidates else None
        if value is None:
            reasons.append("no column looks like the values")
        elif len(candidates) > 1 and kind == "flow" and numeric is None:  # text columns too?
            reasons.append("several columns could hold the values: " + ", ".join(candidates))
        elif len(candidates) > 1:  # every one is an indicator of its own
            values = tuple(candidates)
        if year is None:
            fixed_year = year_hint(value if len(candidates) == 1 else "", hint)
            reasons.append("the table has no year column: give the year of its figures")
    mapping = TableMapping(
        layout=layout,
        header_row=header_row,
        country=country,
        country_name=country_name,
        origin=origin,
        destination=destination,
        origin_name=origin_name,
        destination_name=destination_name,
        year=year if layout == "long" else None,
        fixed_year=fixed_year,
        value=value,
        values=values,
        indicator=found["indicator"][0] if found["indicator"] else None,
        unit=found.get("unit", [None])[0] if found.get("unit") else None,
        sex=found.get("sex", [None])[0] if found.get("sex") else None,
        age=found.get("age", [None])[0] if found.get("age") else None,
    )
    return mapping, reasons


def one_name_problem(mapping: TableMapping) -> str:
    """Why an indicator name cannot be applied to several value columns."""
    columns = mapping.value_columns()
    return (
        f"an indicator name needs a single value column, and {len(columns)} are chosen "
        f"({', '.join(columns)}): choose one value column, or let each column name its "
        "indicator"
    )


def check_mapping(mapping: TableMapping, columns: Sequence[str], kind: TableKind) -> list[str]:
    """Why a user's mapping cannot be applied to ``columns`` (empty: it can)."""
    problems = [
        f"column {c!r} is not in the table" for c in mapping.columns_used() if c not in columns
    ]
    if kind == "flow":
        if not mapping.origin or not mapping.destination:
            problems.append("choose the origin and the destination columns")
        if mapping.layout != "long":
            problems.append("flow tables must be long (one row per origin and destination)")
    elif not mapping.country and not mapping.country_name:
        problems.append("choose the country column")
    if mapping.layout == "long":
        if not mapping.value:
            problems.append("choose the value column")
        elif mapping.values and mapping.value != mapping.values[0]:
            problems.append("the value column must be the first of the value columns")
        if mapping.indicator_name and len(mapping.value_columns()) > 1:
            problems.append(one_name_problem(mapping))
        if not mapping.year and mapping.fixed_year is None:
            problems.append("choose the year column or give the year")
        if mapping.fixed_year is not None and not FIRST_YEAR <= mapping.fixed_year <= LAST_YEAR:
            problems.append(f"the year {mapping.fixed_year} is not between 1800 and 2100")
    elif not any(year_of_header(c) is not None for c in columns):
        problems.append("no column is named by a year (such as 1960 ... 2023)")
    return problems
