"""What the columns of a generic table mean: the mapping, its guess, and the header row.

Why apart from the readers: indicator tables and flow tables come from any
publisher, so their columns are recognised by name (in several languages) and,
when that guess is unsure, chosen by the user in a mapping dialog. Both
readers, the dialog and the dispatcher that picks a reader share one
``TableMapping`` and one way of finding the header row.

A guess is *sure* when every required role has exactly one clear candidate;
otherwise the reader raises :class:`NeedsMapping` with its best guess, and the
UI calls the reader again with ``mapping=`` (the user's choice).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

import pandas as pd

from explorer.io.errors import DataImportError

Kind = Literal["indicator", "flow"]

#: The header row is looked for among the first rows (a preamble sits above it).
HEADER_SEARCH_ROWS = 10
#: Years a header or a cell may name.
FIRST_YEAR, LAST_YEAR = 1800, 2100


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
    - ``origin`` / ``destination``: flow tables only.
    - ``year``: the year column (long form); ``fixed_year``: the year of every
      row when the table has no year column.
    - ``value``: the value column (long form).
    - ``indicator``: a column naming each row's indicator; ``indicator_name``:
      the indicator's name when there is no such column (or to rename its only
      indicator).
    - ``unit``, ``sex``, ``age``: optional columns.
    """

    layout: Literal["long", "wide"] = "long"
    header_row: int | None = None
    country: str | None = None
    country_name: str | None = None
    origin: str | None = None
    destination: str | None = None
    year: str | None = None
    fixed_year: int | None = None
    value: str | None = None
    indicator: str | None = None
    indicator_name: str | None = None
    unit: str | None = None
    sex: str | None = None
    age: str | None = None

    def columns_used(self) -> list[str]:
        """The column names this mapping refers to (for checking them against a header)."""
        names = (
            self.country,
            self.country_name,
            self.origin,
            self.destination,
            self.year,
            self.value,
            self.indicator,
            self.unit,
            self.sex,
            self.age,
        )
        return [name for name in names if name]


class NeedsMapping(DataImportError):  # noqa: N818  (a question to the user, not a failure)  # noqa: N818 (a request, not an error)
    """Auto-detection is unsure: the user must say which column means what.

    ``columns`` are the header cells found, ``guess`` the reader's best guess
    (never ``None`` once a header row was found; its ``header_row`` is set) and
    ``reason`` why it is unsure. ``str(error)`` is a message for the user.
    """

    def __init__(
        self,
        file_name: str,
        columns: Sequence[str],
        guess: TableMapping | None,
        reason: str,
    ) -> None:
        self.file_name = file_name
        self.columns: tuple[str, ...] = tuple(columns)
        self.guess = guess
        self.reason = reason
        super().__init__(f"{file_name}: choose the columns: {reason}")


# -- recognising column names -----------------------------------------------------


def normalise_header(text: object) -> str:
    """``" Año "`` -> ``"ano"``; ``"ISO3_code"`` -> ``"iso3 code"``; ``"Country (M49)"`` -> ..."""
    folded = unicodedata.normalize("NFKD", str(text))
    folded = "".join(c for c in folded if not unicodedata.combining(c)).casefold()
    return " ".join(re.sub(r"[^0-9a-z]+", " ", folded).split())


def _words(*names: str) -> frozenset[str]:
    return frozenset(normalise_header(n) for n in names)


COUNTRY_CODE = _words(
    "country code", "countrycode", "country iso3", "country iso", "country iso3 code",
    "iso3", "iso 3", "iso3 code", "iso code", "iso", "iso2", "iso2 code", "iso alpha3",
    "iso alpha 3", "alpha3", "alpha 3", "alpha-3 code", "code", "ccode", "geo", "geo code",
    "ref area", "ref_area", "m49", "m49 code", "area code (m49)", "economy code",
    "code pays", "code du pays", "código país", "código del país", "código", "cod pais",
)  # fmt: skip
COUNTRY_NAME = _words(
    "country", "country name", "countries", "country or area", "country/area",
    "country/territory", "country or territory", "countries and territories", "nation",
    "member state", "economy", "entity", "area", "territory", "location", "name",
    "reference area", "pays", "nom du pays", "nom pays", "pays ou territoire", "país",
    "nombre del país", "nombre país", "país o territorio", "land", "staat",
)  # fmt: skip
YEAR = _words(
    "year", "years", "yr", "année", "annee", "an", "año", "anio", "jahr", "time",
    "time period", "period", "période", "periodo", "reference year", "reporting year",
    "data year", "year of report",
)  # fmt: skip
VALUE = _words(
    "value", "values", "obs value", "obs_value", "observation value", "valor", "valeur",
    "wert", "amount", "number", "count", "total", "figure", "data", "cantidad", "nombre",
    "montant", "val",
)  # fmt: skip
FLOW_VALUE = VALUE | _words(
    "flow", "flows", "weight", "victims", "persons", "people", "n", "magnitude", "volume",
    "cases",
)  # fmt: skip
INDICATOR = _words(
    "indicator", "indicator name", "indicators", "series", "series name", "variable",
    "measure", "indicateur", "nom de l'indicateur", "indicador", "serie",
    "nombre del indicador", "subject",
)  # fmt: skip
UNIT = _words(
    "unit", "units", "unit of measure", "unit of measurement", "unit measure", "unité",
    "unité de mesure", "unidad", "unidad de medida", "unit name",
)  # fmt: skip
SEX = _words("sex", "gender", "sexe", "sexo")
AGE = _words("age", "age group", "ages", "age range", "groupe d'âge", "grupo de edad", "edad")
ORIGIN = _words(
    "origin", "orig", "from", "source", "origin country", "country of origin",
    "origin code", "origin iso3", "origin name", "origin id", "citizenship", "nationality",
    "country of citizenship", "origen", "país de origen", "pays d'origine", "origine",
    "provenance", "o", "from country", "source country", "sending country",
)  # fmt: skip
DESTINATION = _words(
    "destination", "dest", "to", "target", "destination country", "country of destination",
    "destination code", "destination iso3", "destination name", "dest id", "destination id",
    "destino", "país de destino", "pays de destination", "d", "to country", "target country",
    "receiving country", "country of detection", "detected in",
)  # fmt: skip
#: Columns that are recognised and deliberately not read (they never make a guess unsure).
IGNORED = _words(
    "indicator code", "series code", "flag", "flags", "note", "notes", "footnote",
    "footnotes", "comment", "comments", "remarks", "obs status", "observation status",
    "unit code", "unit multiplier", "decimals", "nature", "reporting type", "scale",
    "source", "sources", "source detail", "id", "",
)  # fmt: skip

_YEAR_HEADER = re.compile(r"^(\d{4})(?:\.0+)?(?:\s*\[YR\d{4}\])?$|^YR(\d{4})$")
_YEAR_IN_TEXT = re.compile(r"(?<!\d)(1[89]\d\d|20\d\d|2100)(?!\d)")


def year_of_header(text: str) -> int | None:
    """The year a wide table's column stands for: ``"1960"``, ``"1960.0"``, ``"2010 [YR2010]"``."""
    match = _YEAR_HEADER.match(str(text).strip())
    if match is None:
        return None
    year = int(match.group(1) or match.group(2))
    return year if FIRST_YEAR <= year <= LAST_YEAR else None


def _roles(kind: Kind) -> dict[str, frozenset[str]]:
    if kind == "flow":
        return {
            "origin": ORIGIN,
            "destination": DESTINATION,
            "year": YEAR,
            "value": FLOW_VALUE,
            "indicator": INDICATOR,
        }
    return {
        "country": COUNTRY_CODE,
        "country_name": COUNTRY_NAME,
        "year": YEAR,
        "value": VALUE,
        "indicator": INDICATOR,
        "unit": UNIT,
        "sex": SEX,
        "age": AGE,
    }


def _matches(columns: Sequence[str], kind: Kind) -> dict[str, list[str]]:
    """Columns whose name is a synonym of each role, in table order."""
    found: dict[str, list[str]] = {role: [] for role in _roles(kind)}
    taken: set[str] = set()
    for role, words in _roles(kind).items():
        for column in columns:
            if column not in taken and normalise_header(column) in words:
                found[role].append(column)
                taken.add(column)
    return found


def _is_flow(found: dict[str, list[str]]) -> bool:
    return bool(found.get("origin")) and bool(found.get("destination"))


def looks_like_indicator_table(columns: Sequence[str]) -> bool:
    """True for a header with a country column and a year column (or year columns).

    A flow table (origin and destination) and a GLOTIP export (``txtVALUE``)
    are not indicator tables.
    """
    columns = [str(c).strip() for c in columns]
    if "txtvalue" in {normalise_header(c) for c in columns}:
        return False
    if _is_flow(_matches(columns, "flow")):
        return False
    found = _matches(columns, "indicator")
    has_country = bool(found["country"] or found["country_name"])
    has_years = bool(found["year"]) or any(year_of_header(c) for c in columns)
    return has_country and has_years


def looks_like_flow_table(columns: Sequence[str]) -> bool:
    """True for an origin column, a destination column and at least one more column.

    flowmap.blue's spellings (``origin,dest,count``; ``source,target,value``)
    are recognised, as are ``from``/``to`` and names in French and Spanish.
    """
    columns = [str(c).strip() for c in columns if str(c).strip()]
    return _is_flow(_matches(columns, "flow")) and len(columns) >= 3


# -- guessing a mapping ----------------------------------------------------------


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


def guess_mapping(
    columns: Sequence[str], kind: Kind, header_row: int, hint: str = ""
) -> tuple[TableMapping, list[str]]:
    """The best mapping for ``columns`` and the reasons it is unsure (empty: sure).

    ``hint`` (the file name) may name the year of a table without a year column;
    such a guess is still unsure: the user confirms the year.
    """
    found = _matches(columns, kind)
    reasons: list[str] = []
    years = [c for c in columns if year_of_header(c) is not None]
    used = {c for cols in found.values() for c in cols}

    if kind == "flow":
        origin = found["origin"][0] if found["origin"] else None
        destination = found["destination"][0] if found["destination"] else None
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
    fixed_year = None
    year = found["year"][0] if found["year"] else None
    if layout == "long":
        strong = found["value"]
        others = _others(columns, used)
        if len(strong) == 1:
            value = strong[0]
        elif not strong and len(others) == 1:
            value = others[0]
        else:
            candidates = strong or others
            value = candidates[0] if candidates else None
            reasons.append(
                "several columns could hold the values: " + ", ".join(candidates)
                if len(candidates) > 1
                else "no column looks like the values"
            )
        if year is None:
            fixed_year = year_hint(value or "", hint)
            reasons.append("the table has no year column: give the year of its figures")
    mapping = TableMapping(
        layout=layout,
        header_row=header_row,
        country=country,
        country_name=country_name,
        origin=origin,
        destination=destination,
        year=year if layout == "long" else None,
        fixed_year=fixed_year,
        value=value,
        indicator=found["indicator"][0] if found["indicator"] else None,
        unit=found.get("unit", [None])[0] if found.get("unit") else None,
        sex=found.get("sex", [None])[0] if found.get("sex") else None,
        age=found.get("age", [None])[0] if found.get("age") else None,
    )
    return mapping, reasons


def check_mapping(mapping: TableMapping, columns: Sequence[str], kind: Kind) -> list[str]:
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
        if not mapping.year and mapping.fixed_year is None:
            problems.append("choose the year column or give the year")
        if mapping.fixed_year is not None and not FIRST_YEAR <= mapping.fixed_year <= LAST_YEAR:
            problems.append(f"the year {mapping.fixed_year} is not between 1800 and 2100")
    elif not any(year_of_header(c) is not None for c in columns):
        problems.append("no column is named by a year (such as 1960 ... 2023)")
    return problems


# -- the raw table: header row, preamble, body -------------------------------------


def find_header_row(raw: pd.DataFrame, kind: Kind) -> int:
    """Position (0-based) of the header among the first rows of a raw table.

    The row naming the most known columns wins (a known name counts 2, year
    headers count 1 each when a row has two or more, so that a data row with one
    year in it never outscores a header); the earliest on a tie. When no row
    names any, the row with the most cells (a preamble row has one or two).
    """
    roles = _roles(kind)
    known = frozenset().union(*roles.values()) | (IGNORED - {""})
    best, best_score = None, 0
    widest, widest_cells = 0, 0
    for position in range(min(HEADER_SEARCH_ROWS, len(raw))):
        cells = [c for c in raw.iloc[position] if c]
        if len(cells) > widest_cells:
            widest, widest_cells = position, len(cells)
        years = sum(year_of_header(c) is not None for c in cells)
        score = 2 * sum(normalise_header(c) in known for c in cells) + (years if years >= 2 else 0)
        if len(cells) >= 2 and score > best_score:
            best, best_score = position, score
    return best if best is not None else widest


@dataclass
class RawTable:
    """A table cut at its header: named columns of strings, file rows, the preamble."""

    columns: list[str]  #: header cells, stripped, blanks and repeats dropped
    body: pd.DataFrame  #: non-blank rows under the header, index 0..n-1
    file_rows: pd.Series  #: 1-based file row of each body row
    header_row: int  #: 1-based file row of the header
    preamble: dict[str, str] = field(default_factory=dict)  #: "data source" -> text, ...


def cut_table(raw: pd.DataFrame, header_at: int) -> RawTable:
    """Split ``raw`` (``read_table``'s strings) at its header row (0-based position)."""
    header = [str(c).strip() for c in raw.iloc[header_at]] if len(raw) else []
    body = raw.iloc[header_at + 1 :].set_axis(header, axis=1) if header else raw.iloc[0:0]
    keep = [bool(c) for c in header]
    seen: set[str] = set()
    for i, c in enumerate(header):
        keep[i] = keep[i] and c not in seen
        seen.add(c)
    body = body.loc[:, keep]
    body = body[(body != "").any(axis=1)] if len(body.columns) else body.iloc[0:0]
    file_rows = pd.Series(body.index.to_numpy() + 1)
    preamble: dict[str, str] = {}
    for position in range(header_at):
        cells = [str(c).strip() for c in raw.iloc[position] if str(c).strip()]
        if len(cells) >= 2:
            preamble.setdefault(normalise_header(cells[0]), cells[1])
        elif len(cells) == 1:
            preamble.setdefault("", cells[0])
    return RawTable(
        columns=list(body.columns),
        body=body.reset_index(drop=True),
        file_rows=file_rows,
        header_row=header_at + 1,
        preamble=preamble,
    )


def sniff_columns(path: str | Path, kind: Kind = "indicator") -> list[str]:
    """The header cells of a file (after any preamble), for choosing a reader.

    Raises DataImportError when the file cannot be read.
    """
    from explorer.io.table_files import read_table

    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise DataImportError(f"{path.name}: cannot be read ({exc.strerror or exc})") from exc
    if not data.strip():
        raise DataImportError(f"{path.name}: the file is empty")
    raw = read_table(path, data)
    return cut_table(raw, find_header_row(raw, kind)).columns
