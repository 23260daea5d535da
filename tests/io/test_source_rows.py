"""The rows of an imported file kept with the dataset: as the file had them, behind every
figure (groups and flows too), through the workspace file, and absent from older workspaces."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from explorer.core.data.source_file import SourceFile
from explorer.core.trace.figures import trace_flow, trace_observation
from explorer.core.trace.rows_table import NOT_KEPT, source_rows_table
from explorer.io.importing.row_notes import row_notes
from explorer.io.readers.glotip.reader import read_glotip
from explorer.io.workspace.store import Workspace, load_workspace, save_workspace
from tests.io.old_workspaces import make_old
from tests.io.test_glotip import HEADER, VICTIMS, StubResolution, row

ROWS = [
    row("NGA", value="193"),  # file row 4 (two preamble rows, the header at 3)
    row("NGA", "by citizenship", "Nigerians", value="150"),  # 5
    row("NGA", "by citizenship", "Ghana", value="<5"),  # 6
    row("NGA", "by citizenship", "ghana", value="7"),  # 7: the same origin again (parts)
    row("NGA", "by form of exploitation", "Forced labour", value="20"),  # 8
    row("NGA", "by form of exploitation", "Forced labour", value="20"),  # 9: the same again
    row("ZZZ", value="4"),  # 10: rejected, not a country
]


@pytest.fixture
def imported(tmp_path: Path):
    path = tmp_path / "glotip.csv"
    with open(path, "w", encoding="utf-8", newline="") as stream:
        writer = csv.writer(stream)
        writer.writerow(["UNODC", "unodc_ddds@un.org"])
        writer.writerow(["30/05/2023"])
        writer.writerow(HEADER)
        writer.writerows(ROWS)
    return read_glotip(path, resolve=_resolved)


def _resolved(label: str, detected_in: str | None = None) -> StubResolution:
    """Own nationals as a demonym, and Ghana in two spellings."""
    codes = {"Nigerians": "DOMESTIC", "ghana": "GHA", "Ghana": "GHA"}
    return StubResolution(label, codes.get(label))


def test_the_file_rows_are_kept_as_the_file_had_them(imported):
    dataset, report = imported
    source = report.source
    assert isinstance(source, SourceFile)
    assert (source.file_name, source.sheet, source.columns) == ("glotip.csv", "", tuple(HEADER))
    assert source.sha256 == dataset.provenance.sha256
    assert source.rows == tuple(range(4, 11))  # every row below the header, rejected ones too
    assert source.cells(6) == tuple(ROWS[2])
    assert source.cells(3) is None and source.cells(11) is None


def test_groups_and_flows_keep_every_row_behind_them(imported):
    dataset, report = imported
    total = trace_observation(dataset, "NGA", 2020, VICTIMS)
    assert total.rows == (4,)
    ghana = trace_flow(dataset, "GHA", "NGA", 2020, VICTIMS)
    assert ghana.rows == (6, 7)  # "Ghana" <5 and "ghana" 7: one origin, two rows
    assert "'Ghana' by its name; 'ghana' by its name" in ghana.note
    own = trace_flow(dataset, "DOMESTIC", "NGA", 2020, VICTIMS)
    assert own.rows == (5,)
    assert own.note == (
        "origin label 'Nigerians' read as own nationals (DOMESTIC), as the people of that country"
    )
    table = source_rows_table(ghana, report.source, row_notes(report))
    by_row = {r[5]: dict(zip(table.columns, r, strict=True)) for r in table.rows}
    assert by_row["6"]["Category"] == "Ghana" and by_row["6"]["txtVALUE"] == "<5"
    assert by_row["7"]["Category"] == "ghana"
    assert "rows sharing one breakdown" in by_row["7"]["What the importer did"]


def test_an_exact_duplicate_is_said_to_be_counted_once(imported):
    from explorer.core.data.breakdown import FORM_DIMENSION, Breakdown

    dataset, report = imported
    labour = Breakdown(FORM_DIMENSION, "Forced labour")
    figure = trace_observation(dataset, "NGA", 2020, VICTIMS, labour)
    assert figure.rows == (8, 9) and figure.shown == "20"
    table = source_rows_table(figure, report.source, row_notes(report))
    assert [r[-1] for r in table.rows] == [
        "the same value in 2 rows: an exact duplicate, counted once"
    ] * 2


def test_the_rows_survive_the_workspace_file(imported, tmp_path: Path):
    dataset, report = imported
    workspace = Workspace()
    workspace.add_dataset(dataset, report)
    path = tmp_path / "w.sqlite"
    save_workspace(workspace, path)
    loaded = load_workspace(path)
    source = loaded.reports[dataset.name].source
    assert source == report.source and source.cells(8) == tuple(ROWS[4])
    again = loaded.dataset(dataset.name)
    assert trace_flow(again, "GHA", "NGA", 2020, VICTIMS).rows == (6, 7)
    assert trace_observation(again, "NGA", 2020, VICTIMS).rows == (4,)


def test_an_older_workspace_opens_and_says_its_flows_have_no_source_rows(imported, tmp_path):
    dataset, report = imported
    workspace = Workspace()
    workspace.add_dataset(dataset, report)
    path = tmp_path / "v3.sqlite"
    save_workspace(workspace, path)
    make_old(path, 3)
    loaded = load_workspace(path)
    again = loaded.dataset(dataset.name)
    assert loaded.reports[dataset.name].source is None
    assert again.flows["source_row"].isna().all()
    flow = trace_flow(again, "GHA", "NGA", 2020, VICTIMS)
    assert flow.rows == () and flow.shown != "no figure"
    table = source_rows_table(flow, None, row_notes(loaded.reports[dataset.name]))
    assert table.rows[0][-1] == (
        "origin labels meaning one origin, summed: read as GHA (GHA): 'Ghana' by its name; "
        f"'ghana' by its name; {NOT_KEPT}"
    )
    assert table.note == NOT_KEPT
    figure = trace_observation(again, "NGA", 2020, VICTIMS)
    table = source_rows_table(figure, None)
    assert table.note == NOT_KEPT and table.rows[0][5] == "4"


def test_indicator_and_flow_tables_keep_their_rows_too(tmp_path: Path):
    from explorer.io.readers.tables.flows import read_flow_table
    from explorer.io.readers.tables.indicators import read_indicator_table

    indicators = tmp_path / "rates.csv"
    indicators.write_text(
        "Source,World Development Indicators\n\n"
        "Country Name,Country Code,Indicator Name,2019,2020\n"
        "Nigeria,NGA,Population,200,206\n"
        "Ghana,GHA,Population,30,31\n",
        encoding="utf-8",
    )
    dataset, report = read_indicator_table(indicators)
    (indicator,) = dataset.indicators()
    figure = trace_observation(dataset, "GHA", 2020, indicator)
    assert figure.rows == (5,) and figure.shown == "31"
    table = source_rows_table(figure, report.source)
    shown = dict(zip(table.columns, table.rows[0], strict=True))
    assert (shown["Country Name"], shown["2020"], shown["Row"]) == ("Ghana", "31", "5")

    flows = tmp_path / "flows.csv"
    flows.write_text(
        "origin,destination,year,value\nNigeria,Italy,2020,80\nGhana,Italy,2020,<5\n",
        encoding="utf-8",
    )
    dataset, report = read_flow_table(flows)
    (flow_indicator,) = dataset.flow_indicators()
    traced = trace_flow(dataset, "GHA", "ITA", 2020, flow_indicator)
    assert traced.rows == (3,) and traced.shown == "<5"
    cells = report.source.cells(3)
    assert cells == ("Ghana", "Italy", "2020", "<5")
