"""Numbers in the text cells of a table, whatever the publisher's habits: one rule set.

Why one parser for whole columns: "1,757", "1 757", "1.234.567", "12,5" and
"12.5%" all occur, and whether a comma is a decimal comma can only be told
from the whole column ("0,25" beside "1,757" makes both decimal). Each
distinct text is parsed once, so a million-row table parses in a second.
Missing markers ("..", "n/a", dashes...) are told apart from text that is not
a number, because only the latter rejects a row.

Every reader of tables parses numbers here: indicator and flow tables guess
the decimal comma per column; GLOTIP says its comma is a thousands separator
(``decimal_comma=False``: its one value column holds every indicator, and one
stray "0,5" must not turn every "1,757" into 1.757). CTDC and activity tables
hold no figures as text (CTDC's counts are counted from its records; its
years and the activities' dates have their own rules), and IATI XML writes
numbers in the XML Schema's format, which ``float`` reads.

Accepted: "13.0", "  38,928,000 ", "1 234" (spaces, no-break spaces or
apostrophes grouping thousands), "1.234,5" and "12,5" (decimal comma, when the
column shows it), "12%" (the number without the sign), "-5" and "\u22125"
(U+2212, the Unicode minus), "1e3". Not a number, so reported with its row: "(1,234)":
accountancy negatives do not occur in these tables, and a bracketed figure
is more often an estimate or a note than a negative count, so it is not
guessed either way.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import numpy as np
import pandas as pd

#: Cell texts (case-folded) that mean "no figure".
MISSING_TOKENS = frozenset(
    {"", "..", "...", "\u2026", "-", "\u2013", "\u2014", "n/a", "na", "n.a.", "nan", "null"}
    | {"none", ":", "x", "#n/a", "n.d.", "nd"}
)

_SPACE_GROUPS = re.compile(r"^[+-]?\d{1,3}(?:[ \u00a0\u202f']\d{3})+(?:[.,]\d+)?$")
_COMMA_GROUPS = re.compile(r"^[+-]?\d{1,3}(?:,\d{3})+(?:\.\d+)?$")
_DOT_GROUPS = re.compile(r"^[+-]?\d{1,3}(?:\.\d{3})+(?:,\d+)?$")
_MANY_DOT_GROUPS = re.compile(r"^[+-]?\d{1,3}(?:\.\d{3}){2,}$")
_DECIMAL_COMMA = re.compile(r"^[+-]?\d*,\d+$")
_DECIMAL_EVIDENCE = re.compile(r"^[+-]?(?:\d+,(?:\d{1,2}|\d{4,})|0,\d+|\d{1,3}(?:\.\d{3})+,\d+)$")
_THOUSANDS_EVIDENCE = re.compile(r"^[+-]?\d{1,3}(?:,\d{3}){2,}$|^[+-]?\d{1,3}(?:,\d{3})+\.\d+$")
_PLAIN = re.compile(r"^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$")


def parse_numbers(
    cells: Sequence[str] | pd.Series | np.ndarray, decimal_comma: bool | None = None
) -> tuple[np.ndarray, ...]:
    """``(value, missing, number)`` arrays for cells of text (see the module doc).

    ``value`` is float (NaN unless a number), ``missing`` marks blank cells and
    missing markers, ``number`` cells that parsed. Each distinct text is parsed
    once; whether a comma is a decimal comma is decided for all ``cells`` at once
    (``decimal_comma`` None), or said by the caller (a publisher's fixed format).
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
    if decimal_comma is None:
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
