"""``import --levels``: a categorical indicator's order typed on the command line."""

from __future__ import annotations

from explorer.cli import main
from explorer.core.view.choropleth import ChoroplethBuilder
from explorer.io.workspace.store import load_workspace
from tests.io.test_tip_tiers import write_tiers


def test_the_order_given_is_the_legend_order(tmp_path, capsys):
    workspace = tmp_path / "ws.sqlite"
    path = write_tiers(tmp_path / "tip.csv")
    order = "Tier 3; Tier 2 Watch List ;Tier 2;Tier 1"
    assert main(["import", str(path), "--levels", order, "--workspace", str(workspace)]) == 0
    dataset = load_workspace(workspace).datasets[0]
    legend = ChoroplethBuilder(dataset).build("TIP tier", 2022).legend
    assert [e.label for e in legend] == [
        "Tier 3",
        "Tier 2 watch list",
        "Tier 2",
        "Tier 1",
        "Special case",
        "No data",
    ]


def test_a_list_that_does_not_fit_the_file_exits_2_and_says_why(tmp_path, capsys):
    workspace = tmp_path / "ws.sqlite"
    path = write_tiers(tmp_path / "tip.csv")
    args = ["import", str(path), "--workspace", str(workspace), "--levels"]
    assert main([*args, "Tier 1;Tier 2;Tier 3"]) == 2
    assert capsys.readouterr().err == (
        "cannot import tip.csv: the level order leaves out Tier 2 watch list, found in "
        "'TIP tier': give every level (its levels: Tier 1; Tier 2; Tier 2 watch list; "
        "Tier 3; Special case)\n"
    ).replace("tip.csv", str(path))
    assert main([*args, "Tier 1;Tier 2;Tier 2WL;Tier 3;Tier 4"]) == 2
    assert "names 'Tier 4', which is not a level of 'TIP tier'" in capsys.readouterr().err
    assert main([*args, "Tier 1;Tier 1;Tier 2;Tier 2WL;Tier 3"]) == 2
    assert "names Tier 1 more than once" in capsys.readouterr().err
    assert not workspace.exists() or not load_workspace(workspace).datasets


def test_levels_on_a_numeric_table_exits_2(tmp_path, capsys):
    path = tmp_path / "gdp.csv"
    path.write_text("Country,Year,GDP\nChile,2023,12.5\nPeru,2023,8\n", encoding="utf-8")
    args = ["import", str(path), "--workspace", str(tmp_path / "ws.sqlite"), "--levels", "A;B"]
    assert main(args) == 2
    assert "a level order was given, but no indicator has levels" in capsys.readouterr().err


def test_exported_legends_keep_the_order_and_the_special_case(tmp_path, capsys):
    import re

    workspace = tmp_path / "ws.sqlite"
    assert (
        main(["import", str(write_tiers(tmp_path / "tip.csv")), "--workspace", str(workspace)]) == 0
    )
    wanted = ["Tier 1", "Tier 2", "Tier 2 watch list", "Tier 3", "Special case", "No data"]
    for suffix in ("svg", "html", "pdf"):
        out = tmp_path / f"map.{suffix}"
        args = ["export", "--workspace", str(workspace), "--year", "2023", "--out", str(out)]
        assert main(args) == 0
        if suffix == "pdf":
            import pypdf

            text = " ".join(pypdf.PdfReader(out).pages[0].extract_text().split())
            assert " ".join(wanted) in text
            continue
        labels = re.findall(r">\s*(Tier \d[^<]*|Special case|No data)\s*<", out.read_text())
        assert labels == wanted, suffix


def test_levels_also_apply_when_the_columns_needed_help(tmp_path, capsys):
    path = tmp_path / "risk.csv"  # no year column: the import asks for one
    path.write_text("Country,Risk\nChile,High\nPeru,Low\nCuba,Medium\n", encoding="utf-8")
    workspace = tmp_path / "ws.sqlite"
    args = ["import", str(path), "--workspace", str(workspace), "--levels", "Low;Medium;High"]
    assert main(args) == 2
    assert "without help: the table has no year column" in capsys.readouterr().err
    assert main([*args, "--fixed-year", "2023"]) == 0
    legend = ChoroplethBuilder(load_workspace(workspace).datasets[0]).build("Risk", 2023).legend
    assert [e.label for e in legend] == ["Low", "Medium", "High", "No data"]
