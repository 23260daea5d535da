"""CTDC record columns as small integer codes: countries, years, sex, age, forms.

Why codes: a CTDC file repeats a few hundred distinct values over a quarter of
a million records, so each distinct value is understood once (pandas
``factorize``) and the answer is spread back over the records with numpy.
This is where the codebooks' spellings of a value are read: alpha-3 or alpha-2
country codes, ``-99``/``00``/``NULL`` for missing, age bands, ``1`` flags; and
where the older generation is recognised from its markers and codes.
"""

from __future__ import annotations

import re

import numpy as np
import pandas as pd

from explorer.core.data.schema import DOMESTIC, REGION_PREFIX, UNKNOWN
from explorer.core.names.iso import alpha2_to_alpha3
from explorer.core.names.iso import is_alpha3 as valid_iso3
from explorer.io.importing.report import ImportReport
from explorer.io.importing.resolving import Resolver
from explorer.io.readers.ctdc.columns import (
    AGE,
    CITIZENSHIP,
    EXPLOITATION,
    FORM_COLUMNS,
    GENDER,
    MAJORITY,
    YEAR,
)

SEX_CATEGORIES = ("Female", "Male", "Other")
_MISSING = frozenset({"", "NULL", "-99", "00", "0", "ZZ", "XX", "N/A", "NAN", "NONE", "-"})
_MISSING_MARKERS = frozenset({"-99", "00"})  # the older generation's spelling of missing
_TRUE = frozenset({"1", "1.0", "true", "yes", "y"})
_BAND = re.compile(r"^(\d{1,3})\s*(?:-+|to)\s*(\d{1,3})$|^(\d{1,3})\s*\+$")
_YEAR_RANGE = (1900, 2100)


def _distinct(values: np.ndarray) -> tuple[np.ndarray, list[str]]:
    """Positions into the distinct values, and those values stripped (missing -> "")."""
    codes, uniques = pd.factorize(values, use_na_sentinel=False)
    return codes, ["" if u is None or u != u else str(u).strip() for u in uniques]


class Records:
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
            elif len(text) == 2 and text in alpha2_to_alpha3():
                iso.append(alpha2_to_alpha3()[text])
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
