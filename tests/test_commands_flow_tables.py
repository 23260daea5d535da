"""``import`` of origin-destination tables laid out like refugee statistics, as a user types it."""

from __future__ import annotations

import pytest

from explorer.cli import main
from explorer.io.workspace.store import load_workspace
from tests.io.refugee_tables import HEADER, ROWS, expected_flows, flows_of, write_csv


def _import(capsys, *args: str) -> tuple[int, str, str]:
    code = main(["import", *args])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize(
    "columns",
    [
        [],
        ["--origin-column", "Country of origin", "--destination-column", "Country of asylum"],
        ["--origin-column", "Country of origin (ISO)", "--destination-column", "Country of asylum"],
    ],
)
def test_a_refugee_table_imports_as_flows_with_or_without_the_columns_named(
    tmp_path, capsys, columns
):
    path = write_csv(tmp_path / "refugees.csv")
    workspace = tmp_path / "w.sqlite"
    code, out, err = _import(capsys, str(path), "--workspace", str(workspace), *columns)
    assert code == 0, err
    assert "14 rows read = 11 imported + 3 rejected" in out
    assert "origin code XXA (stateless, 'Stateless') is not a country" in out
    (dataset,) = load_workspace(workspace).datasets
    assert flows_of(dataset) == expected_flows(path)
    assert dataset.observations.empty  # flows, not a country indicator


def test_named_origin_and_destination_make_a_table_not_recognised_a_flow_table(tmp_path, capsys):
    header = ["Year", "Born in", "Born in (ISO)", "Lives in", "Lives in (ISO)", *HEADER[5:]]
    path = write_csv(tmp_path / "people.csv", header, ROWS)
    workspace = tmp_path / "w.sqlite"
    code, _, err = _import(capsys, str(path), "--workspace", str(workspace))
    assert code == 2 and "--origin-column" in err  # not recognised: the user is asked
    code, out, err = _import(
        capsys,
        str(path),
        "--workspace",
        str(workspace),
        "--origin-column",
        "Born in (ISO)",
        "--destination-column",
        "Lives in (ISO)",
    )
    assert code == 0, err
    assert "14 rows read = 11 imported + 3 rejected" in out
    (dataset,) = load_workspace(workspace).datasets
    # without the name beside it, row 9's code AFG is taken as it is
    assert flows_of(dataset) == expected_flows(path, noted=(6, 7, 8))
