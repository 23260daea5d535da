"""Recognising the columns of a generic table by their names, in several languages.

Why apart from the mapping: the dispatcher asks "is this an indicator table, a
flow table?" from a header row alone, the header row is found by counting the
names it knows, and the mapping is guessed from the same synonyms; one list of
synonyms ("Country", "pays", "país", "ISO3", "Year", "année", ...) serves them all.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Literal

from explorer.core.data.text import fold

TableKind = Literal["indicator", "flow"]

#: Years a header or a cell may name.
FIRST_YEAR, LAST_YEAR = 1800, 2100


def normalise_header(text: object) -> str:
    """``" Año "`` -> ``"ano"``; ``"ISO3_code"`` -> ``"iso3 code"``; ``"Country (M49)"`` -> ..."""
    return " ".join(re.sub(r"[^0-9a-z]+", " ", fold(text)).split())


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
    "origin iso", "country of origin iso", "country of origin code",
)  # fmt: skip
DESTINATION = _words(
    "destination", "dest", "to", "target", "destination country", "country of destination",
    "destination code", "destination iso3", "destination name", "dest id", "destination id",
    "destino", "país de destino", "pays de destination", "d", "to country", "target country",
    "receiving country", "country of detection", "detected in", "country of asylum",
    "asylum country", "asylum", "residence", "country of residence", "host country",
    "destination iso", "country of asylum iso", "country of residence iso",
)  # fmt: skip
#: Columns that are recognised and deliberately not read (they never make a guess unsure).
IGNORED = _words(
    "indicator code", "series code", "flag", "flags", "note", "notes", "footnote",
    "footnotes", "comment", "comments", "remarks", "obs status", "observation status",
    "unit code", "unit multiplier", "decimals", "nature", "reporting type", "scale",
    "source", "sources", "source detail", "id", "",
)  # fmt: skip
#: A bracketed qualifier at the end of a flow table's header: ``"Country of origin (ISO)"``.
_QUALIFIER = re.compile(r"\s*[(\[]\s*([^()\[\]]*?)\s*[)\]]\s*$")
_CODE_QUALIFIER = re.compile(
    r"^(?:iso\s*-?\s*[23]?|iso\s*alpha\s*-?\s*[23]|alpha\s*-?\s*[23]|code|m49)$"
)
_CODE_WORDS = re.compile(r"\b(?:code|iso|iso2|iso3|alpha3|id)$")
_YEAR_HEADER = re.compile(r"^(\d{4})(?:\.0+)?(?:\s*\[YR\d{4}\])?$|^YR(\d{4})$")


def year_of_header(text: str) -> int | None:
    """The year a wide table's column stands for: ``"1960"``, ``"1960.0"``, ``"2010 [YR2010]"``."""
    match = _YEAR_HEADER.match(str(text).strip())
    if match is None:
        return None
    year = int(match.group(1) or match.group(2))
    return year if FIRST_YEAR <= year <= LAST_YEAR else None


def flow_header(text: object) -> str:
    """A flow table's header as its role is matched: the bracketed qualifier dropped.

    Why: refugee statistics name a column pair ``"Country of origin"`` and
    ``"Country of origin (ISO)"``; both are the origin, one by name, one by code.
    """
    return normalise_header(_QUALIFIER.sub("", str(text).strip()) or text)


def is_code_header(text: object) -> bool:
    """True for a header naming codes: ``"Country of origin (ISO)"``, ``"origin_iso3"``."""
    found = _QUALIFIER.search(str(text).strip())
    if found is not None and _CODE_QUALIFIER.match(found.group(1).casefold()):
        return True
    return _CODE_WORDS.search(normalise_header(text)) is not None


def header_key(text: object, kind: TableKind) -> str:
    """How a header is compared with the synonyms of ``kind``'s roles."""
    return flow_header(text) if kind == "flow" else normalise_header(text)


def column_roles(kind: TableKind) -> dict[str, frozenset[str]]:
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


def match_columns(columns: Sequence[str], kind: TableKind) -> dict[str, list[str]]:
    """Columns whose name is a synonym of each role, in table order."""
    found: dict[str, list[str]] = {role: [] for role in column_roles(kind)}
    taken: set[str] = set()
    for role, words in column_roles(kind).items():
        for column in columns:
            if column not in taken and header_key(column, kind) in words:
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
    if _is_flow(match_columns(columns, "flow")):
        return False
    found = match_columns(columns, "indicator")
    has_country = bool(found["country"] or found["country_name"])
    has_years = bool(found["year"]) or any(year_of_header(c) for c in columns)
    return has_country and has_years


def looks_like_flow_table(columns: Sequence[str]) -> bool:
    """True for an origin column, a destination column and at least one more column.

    flowmap.blue's spellings (``origin,dest,count``; ``source,target,value``)
    are recognised, as are ``from``/``to`` and names in French and Spanish.
    """
    columns = [str(c).strip() for c in columns if str(c).strip()]
    return _is_flow(match_columns(columns, "flow")) and len(columns) >= 3
