"""The window-less subcommands: ``resolve`` and ``import`` as a user types them."""

from __future__ import annotations

from explorer.cli import main

HEADER = (
    "Iso3_code,Country,Region,Subregion,Indicator,Dimension,Category,Sex,Age,Year,"
    "Unit of measurement,txtVALUE,Source\n"
)


def test_resolve_prints_each_label_with_how_it_matched(capsys):
    assert main(["resolve", "Marruecos", "Nationals", "Abania", "--in", "ita"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out == [
        "'Marruecos' -> MAR [name]",
        "'Nationals' -> DOMESTIC (ITA) [class]",
        "'Abania' -> ALB [fuzzy, score 92]",
    ]


def test_import_prints_the_report_and_fails_on_a_bad_file(tmp_path, capsys):
    good = tmp_path / "glotip.csv"
    good.write_text(
        HEADER + "DEU,Germany,Europe,Western Europe,Detected trafficking victims,"
        "by citizenship,Bulgaria,Total,Total,2020,Counts,<5,GLOTIP\n",
        encoding="utf-8",
    )
    workspace = tmp_path / "ws.sqlite"
    assert (
        main(
            [
                "import",
                str(good),
                "--report",
                str(tmp_path / "report.csv"),
                "--workspace",
                str(workspace),
            ]
        )
        == 0
    )
    out = capsys.readouterr().out
    assert "1 rows read = 1 imported + 0 rejected" in out.replace(",", "")
    assert (tmp_path / "report.csv").exists()
    from explorer.io.workspace.store import load_workspace

    stored = load_workspace(workspace)
    flows = stored.datasets[0].flows
    assert flows.iloc[0]["origin"] == "BGR" and flows.iloc[0]["upper"] == 4.0
    bad = tmp_path / "picture.xlsx"
    bad.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 64)
    assert main(["import", str(bad), "--workspace", str(workspace)]) == 1
    assert "cannot import" in capsys.readouterr().err


def test_import_picks_the_reader_and_asks_for_unclear_columns(tmp_path, capsys):
    from explorer.io.workspace.store import load_workspace

    workspace = tmp_path / "w.sqlite"
    flows = tmp_path / "routes.csv"
    flows.write_text("origin,dest,count,year\nNigeria,ITA,120,2021\nMAR,ESP,80,2021\n")
    assert main(["import", str(flows), "--workspace", str(workspace)]) == 0
    assert "2 rows read = 2 imported + 0 rejected" in capsys.readouterr().out

    scores = tmp_path / "scores.csv"
    scores.write_text("Nation,When,Score\nGermany,2021,3.5\nFrance,2021,2.0\n")
    assert main(["import", str(scores), "--workspace", str(workspace)]) == 2
    err = capsys.readouterr().err
    assert "Nation, When, Score" in err and "--year-column" in err
    answer = ["--year-column", "When", "--value-column", "Score", "--indicator-name", "Score"]
    assert main(["import", str(scores), "--workspace", str(workspace), *answer]) == 0
    stored = load_workspace(workspace)
    assert len(stored.datasets) == 2
    assert stored.datasets[-1].values("Score", 2021).loc["DEU", "value"] == 3.5


def test_import_prints_its_summary_in_the_user_s_language_and_writes_english(
    tmp_path, capsys, monkeypatch
):
    from explorer.core import texts

    good = tmp_path / "glotip.csv"
    good.write_text(
        HEADER + "DEU,Germany,Europe,Western Europe,Detected trafficking victims,"
        "by citizenship,Bulgaria,Total,Total,2020,Counts,<5,GLOTIP\n"
        "SAM,,,,Detected trafficking victims,Total,Total,Total,Total,2020,Counts,3,GLOTIP\n",
        encoding="utf-8",
    )
    report = tmp_path / "report.csv"
    monkeypatch.setenv("TRAFFICKING_EXPLORER_LANG", "fr")
    try:
        args = ["import", str(good), "--report", str(report)]
        assert main([*args, "--workspace", str(tmp_path / "ws.sqlite")]) == 0
    finally:
        texts.install(None, None)
    out = capsys.readouterr().out
    assert "glotip.csv : lignes lues : 2 = importées : 1 + rejetées : 1" in out
    assert "rows read" not in out
    exported = report.read_text(encoding="utf-8-sig")
    assert "not a country code: 'SAM'" in exported  # data exports keep English
