"""``revisions`` on the shared GLOTIP workbook against a copy the test edits.

The expected revisions are computed here with pandas from the two files' cells
(rows keyed by country, year, indicator and breakdown; values compared as
numbers, so ``1757`` and ``1,757`` are the same), not by the app's reader.
"""

from __future__ import annotations

import csv
from pathlib import Path

import pandas as pd
import pytest

from explorer.cli import main
from tests.shared_data import GLOTIP_WORKBOOK, workbook_raw

pytestmark = pytest.mark.skipif(
    not GLOTIP_WORKBOOK.exists(), reason="the shared GLOTIP workbook is not beside the clone"
)
V = "Detected trafficking victims"
KEY = ["Iso3_code", "Year", "Indicator", "Dimension", "Category", "Sex", "Age"]
NEW_DATE = "14/04/2025"


def _raw() -> tuple[pd.DataFrame, pd.DataFrame]:
    """(preamble, body) of the workbook as text, body with its header as columns."""
    raw = workbook_raw().fillna("")  # a copy: the shared read stays as it was
    header = int(raw.index[raw[0] == "Iso3_code"][0])
    body = raw.iloc[header + 1 :].copy()
    body.columns = raw.iloc[header].tolist()
    return raw.iloc[: header + 1], body.reset_index(drop=True)


def _clean_totals(body: pd.DataFrame) -> pd.DataFrame:
    """Victim totals of country-years whose rows share no key and have no unlabelled origin,
    so an edit changes that one figure and nothing the reader derives from it."""
    keyed = body.duplicated(KEY, keep=False)
    head = ["Iso3_code", "Year", "Indicator"]
    busy = body[keyed | ((body["Dimension"] == "by citizenship") & (body["Category"] == ""))]
    busy_heads = set(map(tuple, busy[head].to_numpy()))
    totals = body[
        (body["Indicator"] == V)
        & (body[["Dimension", "Category", "Sex", "Age"]] == "Total").all(axis=1)
        & body["Iso3_code"].str.fullmatch(r"[A-Z]{3}")
        & ~body["Iso3_code"].isin(["CAR", "SAM"])
    ]
    return totals[[tuple(h) not in busy_heads for h in totals[head].to_numpy()]]


def _edited(body: pd.DataFrame) -> tuple[pd.DataFrame, dict[str, str]]:
    """A copy with one revision of each kind; {kind: Iso3_code} of the rows edited."""
    totals = _clean_totals(body)
    exact = totals[totals["txtVALUE"].str.fullmatch(r"\d+")]
    exact = exact.assign(number=exact["txtVALUE"].astype(int)).sort_values("number")
    small = totals[totals["txtVALUE"] == "<5"]
    raised, lowered = exact.index[len(exact) // 2], exact.index[len(exact) // 3]
    grouped = totals[totals["txtVALUE"].str.fullmatch(r"\d{1,3}(,\d{3})+")]
    big = grouped.index[0]  # "1,757" written again without its separator
    made_exact, withdrawn = small.index[0], exact.index[len(exact) // 4]
    edited = body.copy()
    edited.loc[raised, "txtVALUE"] = str(exact.loc[raised, "number"] + 10)
    edited.loc[lowered, "txtVALUE"] = str(max(exact.loc[lowered, "number"] - 3, 0))
    edited.loc[big, "txtVALUE"] = body.loc[big, "txtVALUE"].replace(",", "")
    edited.loc[made_exact, "txtVALUE"] = "3"
    added = edited.loc[[raised]].assign(Year="2031", txtVALUE="42")
    edited = pd.concat([edited.drop(index=withdrawn), added], ignore_index=True)
    chosen = {"raised": raised, "lowered": lowered, "made exact": made_exact}
    chosen["withdrawn"] = withdrawn
    return edited, {kind: body.loc[i, "Iso3_code"] for kind, i in chosen.items()}


def _expected(old: pd.DataFrame, new: pd.DataFrame) -> set[tuple]:
    """Rows present in one file only, or with another number, keyed as the command writes."""

    def numbers(body: pd.DataFrame) -> pd.DataFrame:
        body = body[~body.duplicated(KEY, keep=False)]
        return body.assign(number=body["txtVALUE"].str.replace(",", ""))[[*KEY, "number"]]

    both = numbers(old).merge(numbers(new), on=KEY, how="outer", suffixes=("_old", "_new"))
    both = both.fillna({"number_old": "", "number_new": ""})
    revised = both[both["number_old"] != both["number_new"]]
    found = set()
    for r in revised.itertuples(index=False):
        kind = "new" if not r.number_old else "withdrawn" if not r.number_new else "changed"
        found.add((r.Iso3_code, r.Year, r.Dimension, r.Category, r.number_old, r.number_new, kind))
    return found


@pytest.fixture(scope="module")
def editions(tmp_path_factory, glotip_import) -> tuple[Path, str, str, set[tuple], dict[str, str]]:
    from explorer.io.importing.importers import read_any
    from explorer.io.workspace.store import Workspace, save_workspace

    folder = tmp_path_factory.mktemp("editions")
    preamble, body = _raw()
    edited, chosen = _edited(body)
    lines = [list(preamble.iloc[0]), [NEW_DATE] + [""] * (preamble.shape[1] - 1)]
    copy = folder / "data_glotip_2025-04-14.csv"
    pd.DataFrame([*lines, list(edited.columns), *edited.to_numpy().tolist()]).to_csv(
        copy, index=False, header=False
    )
    workspace = Workspace()
    workspace.add_dataset(*glotip_import)  # the workbook, read once per run
    workspace.add_dataset(*read_any(copy))
    path = folder / "workspace.sqlite"
    save_workspace(workspace, path)
    old, new = workspace.names()
    return path, old, new, _expected(body, edited), chosen


def _run(editions, tmp_path, *extra: str) -> list[dict[str, str]]:
    path, old, new, _, _ = editions
    out = tmp_path / "revisions.csv"
    argv = ["revisions", "--workspace", str(path), "--old", old, "--new", new, "--out", str(out)]
    assert main([*argv, *extra]) == 0
    with open(out, encoding="utf-8", newline="") as stream:
        return list(csv.DictReader(stream))


def test_the_command_writes_exactly_the_figures_the_copy_revised(editions, tmp_path, capsys):
    _, old, new, expected, chosen = editions
    assert (old, new) == ("GLOTIP 30/05/2023", f"GLOTIP {NEW_DATE}")
    rows = _run(editions, tmp_path)
    got = {
        (r["iso3"], r["year"], r["dimension"], r["category"], r["old"], r["new"], r["kind"])
        for r in rows
    }
    assert got == expected
    assert len(expected) == 5  # raised, lowered, made exact, withdrawn, new; the separator not
    by_kind = {r["kind"]: r for r in rows}
    assert by_kind["new"]["year"] == "2031" and by_kind["new"]["new"] == "42"
    made_exact = [r for r in rows if r["old"] == "<5"]
    assert [(r["iso3"], r["new"]) for r in made_exact] == [(chosen["made exact"], "3")]
    printed = capsys.readouterr().out
    assert "changed:         3 (raised 1, lowered 1, made exact within the old range 1)" in printed
    assert "new:             1" in printed and "withdrawn:       1" in printed
    assert "5 revised figures written to" in printed


def test_one_indicator_and_the_columns(editions, tmp_path):
    rows = _run(editions, tmp_path, "--indicator", "Persons convicted")
    assert rows == []
    rows = _run(editions, tmp_path, "--indicator", V)
    assert list(rows[0]) == [
        "iso3", "year", "indicator", "dimension", "category", "sex", "age", "old", "new", "kind",
    ]  # fmt: skip
    assert {r["indicator"] for r in rows} == {V}


def test_a_wrong_dataset_name_is_explained(editions, capsys):
    path = editions[0]
    assert main(["revisions", "--workspace", str(path), "--old", "x", "--new", "y"]) == 2
    assert "no dataset 'x'; the workspace has: GLOTIP 30/05/2023" in capsys.readouterr().err


def test_the_summary_says_how_levels_moved_special_case_neither_up_nor_down(tmp_path, capsys):
    from explorer.io.workspace.store import Workspace, save_workspace
    from tests.core.test_editions import _tiers

    order = ["Tier 1", "Tier 2", "Tier 3"]
    workspace = Workspace()
    workspace.add_dataset(_tiers("01/06/2022", {"LBY": "Tier 3", "TCD": "Tier 2"}, order))
    workspace.add_dataset(_tiers("01/06/2023", {"LBY": "Special case", "TCD": "Tier 3"}, order))
    path = tmp_path / "w.sqlite"
    save_workspace(workspace, path)
    argv = ["revisions", "--workspace", str(path), "--old", "TIP 01/06/2022"]
    assert main([*argv, "--new", "TIP 01/06/2023", "--out", str(tmp_path / "r.csv")]) == 0
    printed = capsys.readouterr().out
    assert "changed:         2 (raised 0, lowered 0, made exact within the old range 0)" in printed
    assert (
        "of which levels: to a later level 1, to an earlier level 0, into a level outside the "
        "order 1, out of it 0" in printed
    )
