"""GLOTIP exports, indicator tables and flow tables, generated at random: every number
imported is the number written in the file, or the change is in the report.

Each test draws rows (good, odd and bad cells mixed), writes them as CSV in
one of the usual encodings and separators or as .xlsx, reads them back and
compares each imported value with the value that was written.
"""

from __future__ import annotations

import math

import pandas as pd
from hypothesis import strategies as st

from explorer.core.data.categories import CATEGORY_FLAG_PREFIX
from explorer.core.data.schema import SUPPRESSED
from explorer.io.importing.importers import read_any
from explorer.io.readers.glotip.reader import read_glotip
from explorer.io.readers.tables.flows import read_flow_table
from explorer.io.readers.tables.indicators import read_indicator_table
from tests.io.fuzz_support import (
    ENCODINGS,
    SEPARATORS,
    csv_bytes,
    fast_and_slow,
    outcome,
    same_number,
    write,
    xlsx_bytes,
)
from tests.io.test_glotip import HEADER

# A value cell: ("int", n) | ("float", x) | ("bound", k) for "<k" | ("text", t): never a number.
_JUNK = st.sampled_from(["", "n/a", "abc", "-", "..", "x", "<1", "<", "1-2", "nan", "inf"])
VALUES = st.one_of(
    st.tuples(st.just("int"), st.integers(0, 2_500_000)),
    st.tuples(st.just("int"), st.integers(0, 999)),
    st.tuples(st.just("float"), st.decimals(0, 99_999, places=2).map(float)),
    st.tuples(st.just("bound"), st.integers(2, 10)),
    st.tuples(st.just("text"), _JUNK),
)


def english(value: tuple, grouped: bool) -> str:
    """The cell text of ``value`` as an English-speaking publisher writes it."""
    kind, number = value
    if kind == "int":
        return f"{number:,}" if grouped else str(number)
    if kind == "float":
        return f"{number:,.2f}" if grouped else f"{number:.2f}"
    if kind == "bound":
        return f"<{number}"
    return number


def european(value: tuple, grouped: bool) -> str:
    """The same as a French or German publisher writes it: "1.234,5"."""
    text = english(value, grouped)
    if value[0] in ("int", "float"):
        return text.replace(",", "\x00").replace(".", ",").replace("\x00", ".")
    return text


def encoded(rows: list[list[str]], form: tuple) -> tuple[str, bytes]:
    """(file name, bytes) of ``rows`` as CSV (encoding, separator) or as .xlsx."""
    if form[0] == "xlsx":
        return "fuzz.xlsx", xlsx_bytes(rows)
    return "fuzz.csv", csv_bytes(rows, encoding=form[1], sep=form[2])


FORMS = st.one_of(
    st.just(("xlsx",)),
    st.tuples(st.just("csv"), st.sampled_from(ENCODINGS), st.sampled_from(SEPARATORS)),
)


# -- GLOTIP ------------------------------------------------------------------------------

GLOTIP_ROWS = st.lists(
    st.tuples(
        st.sampled_from(["DEU", "FRA", "ROU", "XKX", "CAR", "", "deu", "ZZZ"]),
        st.sampled_from(
            ["Detected trafficking victims", "Persons convicted", "Persons prosecuted"]
        ),
        st.sampled_from(["Total", "by form of exploitation", "by citizenship", ""]),
        st.sampled_from(["Total", "Sexual exploitation", "Romania", "Nationals", "Atlantis", ""]),
        st.sampled_from(["Total", "Female", "Male"]),
        st.one_of(st.integers(1995, 2030).map(str), st.sampled_from(["2020.0", "20x0", ""])),
        VALUES,
    ),
    min_size=1,
    max_size=25,
)


def glotip_export(rows: list[tuple], preamble: bool, grouped: bool, form: tuple) -> None:
    head = [["UNODC", "unodc_ddds@un.org"], ["30/05/2023"]] if preamble else []
    table = [*head, HEADER]
    for iso3, indicator, dimension, category, sex, year, value in rows:
        text = english(value, grouped and value[0] == "int")
        cells = [iso3, "X", "", "", indicator, dimension, category, sex, "Total", year]
        table.append([*cells, "Counts", text, "GLOTIP"])
    name, data = encoded(table, form)
    path = write(name, data)
    result = outcome(path, lambda: read_glotip(path))
    assert result is not None, "a GLOTIP export with its header must be read"
    dataset, report = result
    first = len(head) + 2  # spreadsheet row of the first data row
    written = {first + i: r for i, r in enumerate(rows)}
    observations = dataset.observations
    # A group of rows with one breakdown is one observation at its first row (issue 16):
    # summed as parts, or one of its rows kept as the figure.
    groups = {min(c.rows): c for c in report.conflicts}
    for obs in observations.itertuples():
        iso3, indicator, _, _, _, year, value = written[int(obs.source_row)]
        assert (obs.iso3, obs.indicator) == (iso3, indicator)
        assert int(obs.year) == int(float(year))
        group = groups.get(int(obs.source_row))
        if group is None:
            assert_glotip_value(obs, value)
        elif group.rule == "repeats":
            assert any(_matches(obs, written[row][6]) for row in group.rows), (obs, group)
        else:
            assert obs.parts == len(group.rows)
    rejected = {r.row for r in report.rejected}
    for row, (_, _, _, _, _, _, value) in written.items():
        if value[0] == "text" or (value[0] == "bound" and value[1] < 2):
            assert row in rejected, (row, value)
    if report.flows_merged == 0 and not report.conflicts:
        flow_values = {r[3]: r[6] for r in rows if r[2] == "by citizenship"}
        for flow in dataset.flows.itertuples():
            assert flow.origin_label in flow_values
    assert len(observations) + report.duplicates_collapsed <= report.rows_imported


def _matches(obs, value: tuple) -> bool:
    try:
        assert_glotip_value(obs, value)
    except AssertionError:
        return False
    return True


def assert_glotip_value(obs, value: tuple) -> None:
    kind, number = value
    if kind == "bound":
        assert math.isnan(obs.value) and obs.flag == SUPPRESSED
        assert (obs.lower, obs.upper) == (1.0, number - 1)
    else:
        assert kind in ("int", "float"), f"{value} was imported as {obs.value}"
        assert same_number(obs.value, number) and obs.flag == ""


test_glotip_values_round_trip, test_glotip_values_round_trip_slow = fast_and_slow(
    glotip_export,
    slow_examples=250,
    rows=GLOTIP_ROWS,
    preamble=st.booleans(),
    grouped=st.booleans(),
    form=FORMS,
)


# -- indicator tables --------------------------------------------------------------------

COUNTRIES = {
    "France": "FRA",
    "FRA": "FRA",
    "Germany": "DEU",
    "Kenya": "KEN",
    "Côte d'Ivoire": "CIV",
    "Türkiye": "TUR",
    "NA": "NAM",
    "World": None,
    "WLD": None,
    "Euro area": None,
    "Atlantis": None,
    "": None,
}
LONG_ROWS = st.lists(
    st.tuples(
        st.sampled_from(sorted(COUNTRIES)),
        st.one_of(st.integers(1990, 2030).map(str), st.sampled_from(["2020.0", "x", ""])),
        VALUES,
    ),
    min_size=1,
    max_size=25,
)


def _expected(value: tuple) -> float | None:
    """The number a cell holds, or None when it holds none."""
    return float(value[1]) if value[0] in ("int", "float") else None


def indicator_long(rows: list[tuple], style: str, grouped: bool, form: tuple, via_any: bool):
    fmt = european if style == "eu" else english
    table = [["Country", "Year", "Value"]]
    table += [[country, year, fmt(value, grouped)] for country, year, value in rows]
    if style == "eu":  # a cell only a decimal comma explains, as such a file always has
        table.append(["Peru", "2020", "12,5"])
    name, data = encoded(table, form)
    path = write(name, data)
    read = read_any if via_any else read_indicator_table
    result = outcome(path, lambda: read(path))
    if result is None:
        return
    dataset, _report = result
    written = {i + 2: r for i, r in enumerate(rows)}
    for obs in dataset.observations.itertuples():
        country, year, value = written.get(int(obs.source_row), ("Peru", "2020", ("eu", 12.5)))
        assert obs.iso3 == COUNTRIES.get(country, "PER"), (country, obs.iso3)
        assert int(obs.year) == int(float(year))
        text = "12,5" if value[0] == "eu" else fmt(value, grouped)
        if str(obs.flag).startswith(CATEGORY_FLAG_PREFIX):  # a categorical column, in a caveat
            assert obs.flag == CATEGORY_FLAG_PREFIX + text.strip()
            continue
        expected = 12.5 if value[0] == "eu" else _expected(value)
        assert expected is not None, f"{value} was imported as {obs.value}"
        assert same_number(obs.value, expected), (fmt(value, grouped), obs.value)


test_indicator_values_round_trip, test_indicator_values_round_trip_slow = fast_and_slow(
    indicator_long,
    slow_examples=250,
    rows=LONG_ROWS,
    style=st.sampled_from(["en", "eu"]),
    grouped=st.booleans(),
    form=FORMS,
    via_any=st.booleans(),
)


def indicator_wide(rows: list[tuple], preamble: bool, form: tuple) -> None:
    years = ["2019", "2020", "2021"]
    head = [["Data Source", "World Development Indicators"], []] if preamble else []
    table = [*head, ["Country Name", "Country Code", *years]]
    for country, values in rows:
        table.append([country, "", *(english(v, True) for v in values)])
    name, data = encoded(table, form)
    path = write(name, data)
    result = outcome(path, lambda: read_indicator_table(path))
    if result is None:
        return
    first = len(head) + 2
    for obs in result[0].observations.itertuples():
        country, values = rows[int(obs.source_row) - first]
        assert obs.iso3 == COUNTRIES[country]
        value = values[years.index(str(int(obs.year)))]
        if str(obs.flag).startswith(CATEGORY_FLAG_PREFIX):  # a categorical row, in a caveat
            assert obs.flag == CATEGORY_FLAG_PREFIX + english(value, True)
            continue
        expected = _expected(value)
        assert expected is not None and same_number(obs.value, expected), (value, obs.value)


test_wide_indicator_values_round_trip, test_wide_indicator_values_round_trip_slow = fast_and_slow(
    indicator_wide,
    slow_examples=250,
    rows=st.lists(
        st.tuples(st.sampled_from(sorted(COUNTRIES)), st.lists(VALUES, min_size=3, max_size=3)),
        min_size=1,
        max_size=15,
    ),
    preamble=st.booleans(),
    form=FORMS,
)


# -- flow tables -------------------------------------------------------------------------

PLACES = ["ROU", "Romania", "roumain", "DEU", "Germany", "Nigeria", "Atlantis", "World", ""]


def flow_table(rows: list[tuple], form: tuple) -> None:
    table = [["origin", "destination", "year", "value"]]
    table += [[o, d, y, english(v, False)] for o, d, y, v in rows]
    name, data = encoded(table, form)
    path = write(name, data)
    result = outcome(path, lambda: read_flow_table(path))
    if result is None:
        return
    dataset, report = result
    rejected = {r.row for r in report.rejected}
    kept = [value for i, (_, _, _, value) in enumerate(rows) if i + 2 not in rejected]
    assert all(v[0] in ("int", "float", "bound") for v in kept), kept
    low = sum(v[1] if v[0] != "bound" else 1 for v in kept)
    high = sum(v[1] if v[0] != "bound" else v[1] - 1 for v in kept)
    flows = dataset.flows
    exact = flows["value"].notna()
    assert same_number(flows["value"][exact].sum() + flows["lower"][~exact].sum(), low)
    assert same_number(flows["value"][exact].sum() + flows["upper"][~exact].sum(), high)
    assert len(flows) + report.flows_merged == report.rows_imported
    assert set(pd.unique(flows["origin_label"].str.split(" + ", regex=False).explode())) <= set(
        PLACES
    )


test_flow_volumes_are_kept, test_flow_volumes_are_kept_slow = fast_and_slow(
    flow_table,
    slow_examples=250,
    rows=st.lists(
        st.tuples(
            st.sampled_from(PLACES),
            st.sampled_from(PLACES),
            st.sampled_from(["2020", "2021", "1700", "x"]),
            VALUES,
        ),
        min_size=1,
        max_size=20,
    ),
    form=FORMS,
)
