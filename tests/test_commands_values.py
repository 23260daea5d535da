"""``import`` of a country sheet with several figures: choices always apply, exit codes say why."""

from __future__ import annotations

from pathlib import Path

import pytest

from explorer.cli import main
from explorer.io.workspace.store import load_workspace
from tests.io.test_indicator_table import write_csv
from tests.io.test_value_columns import EST, HEADER, POP, PREV, ROWS


@pytest.fixture
def sheet(tmp_path) -> Path:
    return write_csv(tmp_path / "slavery_index.csv", [HEADER, *ROWS])


def run(tmp_path, *args: str) -> int:
    return main(["import", *args, "--workspace", str(tmp_path / "w.sqlite")])


def test_every_numeric_column_is_imported_and_the_columns_are_listed(tmp_path, sheet, capsys):
    assert run(tmp_path, str(sheet)) == 2  # no year column: the year is asked for
    assert "no year column" in capsys.readouterr().err
    assert run(tmp_path, str(sheet), "--fixed-year", "2023") == 0
    out = capsys.readouterr().out
    assert f"  {PREV!r}: indicator, {PREV}: a rate (never summed)" in out
    assert "  'Region': ignored, text, not numbers" in out
    assert "stored as 'slavery_index'" in out
    [dataset] = load_workspace(tmp_path / "w.sqlite").datasets
    assert dataset.name == "slavery_index"
    assert dataset.indicators() == [POP, PREV, EST]


def test_value_columns_and_names_are_chosen_on_the_command_line(tmp_path, sheet, capsys):
    args = ["--fixed-year", "2023", "--value-column", EST, "--value-column", PREV]
    assert run(tmp_path, str(sheet), *args, "--dataset-name", "Global Slavery Index") == 0
    [dataset] = load_workspace(tmp_path / "w.sqlite").datasets
    assert dataset.name == "Global Slavery Index"
    assert set(dataset.observations["dataset"]) == {"Global Slavery Index"}
    assert dataset.indicators() == [PREV, EST]  # in table order
    assert f"  {POP!r}: ignored, numbers, but not chosen as a value column" in (
        capsys.readouterr().out
    )


def test_an_indicator_name_applies_even_when_no_question_was_asked(tmp_path, capsys):
    sure = write_csv(tmp_path / "x.csv", [["Country", "Year", "Value"], ["France", "2020", "3"]])
    assert run(tmp_path, str(sure), "--indicator-name", "Detected victims") == 0
    [dataset] = load_workspace(tmp_path / "w.sqlite").datasets
    assert dataset.indicators() == ["Detected victims"]
    assert dataset.name == "x"


def test_an_indicator_name_for_several_value_columns_exits_2(tmp_path, sheet, capsys):
    code = run(tmp_path, str(sheet), "--fixed-year", "2023", "--indicator-name", "Slavery")
    assert code == 2
    assert "an indicator name needs a single value column" in capsys.readouterr().err
    assert not (tmp_path / "w.sqlite").exists()
    args = ["--fixed-year", "2023", "--value-column", EST, "--indicator-name", "Slavery"]
    assert run(tmp_path, str(sheet), *args) == 0
    [dataset] = load_workspace(tmp_path / "w.sqlite").datasets
    assert dataset.indicators() == ["Slavery"]


def test_a_file_of_which_nothing_is_imported_exits_1_and_stores_nothing(tmp_path, capsys):
    first = write_csv(tmp_path / "good.csv", [["Country", "Year", "Value"], ["FRA", "2020", "1"]])
    assert run(tmp_path, str(first)) == 0
    capsys.readouterr()
    rows = [["Country", "Year", "Value"], ["Atlantis", "2020", "1"], ["Mu", "2021", "2"]]
    bad = write_csv(tmp_path / "bad.csv", rows)
    assert run(tmp_path, str(bad), "--report", str(tmp_path / "r.csv")) == 1
    captured = capsys.readouterr()
    assert "2 rows read = 0 imported + 2 rejected" in captured.out
    assert captured.err.startswith(
        f"nothing imported from {bad}: every row was rejected: country not understood (2 rows)"
    )
    assert (tmp_path / "r.csv").exists()  # the report of why is still written
    assert load_workspace(tmp_path / "w.sqlite").names() == ["good"]


def test_choices_for_a_file_that_is_not_a_table_are_refused(tmp_path, capsys):
    from tests.io.test_glotip import row
    from tests.io.test_glotip import write_csv as write_glotip

    glotip = write_glotip(tmp_path / "glotip.csv", [row(iso3="DEU", value="12")])
    assert run(tmp_path, str(glotip), "--indicator-name", "X") == 1
    assert "apply to tables only" in capsys.readouterr().err
