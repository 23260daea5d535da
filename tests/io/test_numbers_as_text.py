"""Numbers written as text, read by the one rule set every table reader shares."""

from __future__ import annotations

import numpy as np
import pytest

from explorer.io.importing.importers import read_any
from explorer.io.importing.numbers import parse_numbers


@pytest.mark.parametrize(
    ("cells", "values"),
    [
        (["13.0"], [13.0]),
        (["  38,928,000 "], [38928000.0]),
        (["1.234,5", "12,5", "3"], [1234.5, 12.5, 3.0]),  # a European file
        (["1.234,5"], [1234.5]),
        (["12%", "12,5 %"], [12.0, 12.5]),
        (["1 234", "1\u00a0234", "1'234"], [1234.0] * 3),
        (["\u22125", "-5", "+5"], [-5.0, -5.0, 5.0]),
        (["1,757"], [1757.0]),  # alone, a comma groups thousands
        (["1,757", "0,25"], [1.757, 0.25]),  # beside "0,25" it is a decimal comma
        (["1.234.567"], [1234567.0]),
    ],
)
def test_the_publishers_spellings_are_numbers(cells, values):
    value, missing, number = parse_numbers(cells)
    assert value.tolist() == pytest.approx(values)
    assert number.all() and not missing.any()


@pytest.mark.parametrize("cell", ["(1,234)", "12 apples", "\u2212 5", "5-", "1,2,3"])
def test_what_is_not_a_number_is_told_apart_from_a_missing_marker(cell):
    value, missing, number = parse_numbers([cell, ".."])
    assert np.isnan(value).all()
    assert number.tolist() == [False, False] and missing.tolist() == [False, True]


def test_a_fixed_format_says_the_comma_groups_thousands():
    value, _, _ = parse_numbers(["1,757", "0,5"], decimal_comma=False)
    assert value[0] == 1757.0 and np.isnan(value[1])


def _rejected(path):
    _, report = read_any(path)
    return [(r.row, r.reason) for r in report.rejected]


def test_indicator_tables_report_each_cell_not_understood_with_its_row(tmp_path):
    path = tmp_path / "population.csv"
    path.write_text(
        "Country,Year,Population\n"
        'Chile,2023,"  19,629,590 "\n'
        'Peru,2023,"(1,234)"\n'
        "Cuba,2023,\u221212%\n"
        "Chad,2023,many\n",
        encoding="utf-8",
    )
    dataset, report = read_any(path)
    values = dataset.observations.set_index("iso3")["value"]
    assert values.to_dict() == {"CHL": 19629590.0, "CUB": -12.0}
    assert [(r.row, r.reason) for r in report.rejected] == [
        (3, "value is not a number: '(1,234)'"),
        (5, "value is not a number: 'many'"),
    ]


def test_flow_tables_read_numbers_by_the_same_rules(tmp_path):
    path = tmp_path / "flows.csv"
    path.write_text(
        "Origin,Destination,Year,Victims\n"
        'Nigeria,Italy,2020," 1 234 "\n'
        "Albania,Italy,2020,13.0\n"
        "Romania,Italy,2020,(12)\n",
        encoding="utf-8",
    )
    dataset, report = read_any(path)
    assert sorted(dataset.flows["value"]) == [13.0, 1234.0]
    assert [(r.row, r.reason) for r in report.rejected] == [(4, "value is not a number: '(12)'")]


def test_glotip_reads_its_values_by_the_shared_rules_with_a_thousands_comma():
    import pandas as pd

    from explorer.io.readers.glotip.values import parse_values

    text = pd.Series(["1,757", "1 757", "13.0", "<5", "0,5", "-3", "(12)"])
    value, lower, upper, flag, ok = parse_values(text)
    assert ok.tolist() == [True, True, True, True, False, False, False]
    assert value[:3].tolist() == [1757.0, 1757.0, 13.0]
    assert (flag[3], lower[3], upper[3]) == ("suppressed", 1.0, 4.0)
