"""The origin or destination of a flow-table row: a code (checked by a name beside it) or a label.

Why apart from the reader: refugee statistics give each end twice, as a code
(``"Country of origin (ISO)"``) and as a name, and their code columns hold
agency codes that are not countries (``UNK``, ``XXA`` stateless, ``TIB``).
A code is resolved as a code only (never as a name, never fuzzily); a name
beside it checks it, and when the two disagree neither is trusted. A former
country (``SCG`` Serbia and Montenegro, ``ANT`` Netherlands Antilles; see
:mod:`explorer.core.names.historical`) is neither: an origin kept apart as its
former-country place, a destination not on today's map, each said in the
report. Each distinct (code, name) pair is resolved once.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import numpy as np
import pandas as pd

from explorer.core.data.schema import UNKNOWN
from explorer.core.names.agency_codes import agency_meaning, is_code_shaped
from explorer.core.names.historical import FormerCountry, former_country, kept_apart
from explorer.core.names.iso import alpha3_codes
from explorer.core.texts import fill
from explorer.io.importing import table_words as tw
from explorer.io.importing.resolving import Resolver, fuzzy_match
from explorer.io.readers.tables.columns import is_code_header
from explorer.io.readers.tables.places import WORLD_BANK_AGGREGATES, is_country, place_of

#: Share of a column's distinct cells that must be ISO3 codes for it to be a code column.
CODE_COLUMN_SHARE = 0.8


@dataclass(frozen=True)
class End:
    """How one end of a row (its code and name cells) was understood.

    ``result`` is an ISO3 code, a class or None (a destination that is not a
    country); ``reason`` why a destination is not a country (its row's
    rejection); ``note`` what the report says of a row imported as it is
    (an agency code, a code the name contradicts); ``label`` the raw text kept.
    """

    result: str | None
    label: str
    reason: str | None = None
    note: str | None = None
    unresolved: bool = False  #: no rule understood it (listed in ``report.unresolved``)
    fuzzy: tuple[str, str, float] | None = None


def is_code_column(column: str, cells: pd.Series) -> bool:
    """True when a column holds codes: its header says so, or most of its cells are ISO3 codes."""
    if is_code_header(column):
        return True
    distinct = [c for c in pd.unique(cells.astype(str).str.strip()) if c]
    known = sum(c in alpha3_codes() for c in distinct)
    return bool(distinct) and known >= CODE_COLUMN_SHARE * len(distinct)


def resolve_ends(
    codes: pd.Series,
    names: pd.Series | None,
    resolve: Resolver,
    role: str,
    code_column: bool,
) -> tuple[list[End], np.ndarray]:
    """Each distinct (code, name) pair understood once: (ends, index into them per row)."""
    names = names if names is not None else pd.Series("", index=codes.index)
    keys = codes.astype(str).str.cat(names.astype(str), sep="\x1f")
    index, uniques = pd.factorize(keys.to_numpy(dtype=object))
    ends = []
    for key in uniques:
        code, name = (part.strip() for part in str(key).split("\x1f"))
        ends.append(_end(code, name, resolve, role, code_column))
    return ends, index


def _end(code: str, name: str, resolve: Resolver, role: str, code_column: bool) -> End:
    label = code or name
    fuzzy = None
    former = former_country(code if code_column and code else label)
    if former is not None and getattr(resolve(label), "method", "") != "user":
        return _former(label, former, role)
    if code_column and is_code_shaped(code):
        found = resolve(code)
        result = getattr(found, "result", None)
        if getattr(found, "method", "") not in ("code", "user") or result is None:
            return _agency(code, name, role)
    elif role == "destination":  # the words of indicator tables for what is not a country
        place = place_of([label], resolve, role)
        if place.result is None:
            return End(
                None, place.label or label, place.reason, None, place.unresolved, place.fuzzy
            )
        result, fuzzy = place.result, place.fuzzy
    else:
        found = resolve(label)
        result, fuzzy = getattr(found, "result", None), fuzzy_match(label, found)
        if result is None:
            return End(UNKNOWN, label, unresolved=True)
    if code and name and is_country(result) and not _names(name, str(result), resolve):
        return _mismatch(code, str(result), name, resolve, role)
    if role == "destination" and not is_country(result):
        said = {"code": label, "meaning": result}
        return End(None, label, fill(tw.DESTINATION_AGENCY, said))
    named = former_country(name) if code and name else None
    if named is not None:  # "SRB" named "Serbia and Montenegro": as the code says, and said
        template = tw.DESTINATION_NAMED_FORMER if role == "destination" else tw.ORIGIN_NAMED_FORMER
        said = {"code": code, "name": repr(name), "former": named.describe(), "result": result}
        return End(str(result), label, note=fill(template, said), fuzzy=fuzzy)
    return End(str(result), label, fuzzy=fuzzy)


def _former(label: str, former: FormerCountry, role: str) -> End:
    """A former country: an origin kept apart as its place, a destination not on the map."""
    if role == "destination":
        return End(None, label, fill(tw.DESTINATION_FORMER, {"former": former.describe()}))
    said = {"former": former.describe(), "kept": kept_apart(former)}
    return End(former.result, label, note=fill(tw.ORIGIN_FORMER, said))


def _agency(code: str, name: str, role: str) -> End:
    """An agency code: an unknown origin (noted), or a destination that is not a country."""
    meaning = agency_meaning(code)
    if code in WORLD_BANK_AGGREGATES:  # "WLD": said as indicator tables say it
        meaning = fill(tw.REGIONAL_AGGREGATE, {"name": repr(WORLD_BANK_AGGREGATES[code])})
    said = {"code": code, "meaning": meaning, "name": repr(name)}
    if role == "destination":
        template = tw.DESTINATION_AGENCY_NAMED if name else tw.DESTINATION_AGENCY
        return End(None, code, fill(template, said))
    template = tw.ORIGIN_AGENCY_NAMED if name else tw.ORIGIN_AGENCY
    return End(UNKNOWN, code, note=fill(template, said))


_SEGMENTS = re.compile(r"\s*(?::|,|/|\(|\)|\band\b)\s*")


def _names(name: str, iso3: str, resolve: Resolver) -> bool:
    """True when ``name``, or a part of it, is ``iso3``.

    Why parts: publishers name a country with its status, ``"Serbia and
    Kosovo: S/RES/1244 (1999)"`` for SRB.
    """
    if getattr(resolve(name), "result", None) == iso3:
        return True
    parts = [p for p in _SEGMENTS.split(name) if p and any(ch.isalpha() for ch in p)]
    return any(getattr(resolve(p), "result", None) == iso3 for p in parts if p != name)


def _mismatch(code: str, iso3: str, name: str, resolve: Resolver, role: str) -> End:
    """A code the name beside it contradicts: trusted neither, said in the report."""
    other = getattr(resolve(name), "result", None)
    shown = code if code == iso3 else f"{code} ({iso3})"
    said = {"code": shown, "name": repr(name), "other": other}
    if role == "destination":
        template = tw.DESTINATION_MISMATCH if is_country(other) else tw.DESTINATION_MISMATCH_NONE
        return End(None, code, fill(template, said))
    template = tw.ORIGIN_MISMATCH if is_country(other) else tw.ORIGIN_MISMATCH_NONE
    return End(UNKNOWN, code, note=fill(template, said))
