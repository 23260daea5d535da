"""A report saved in a workspace reads back in the words its reader chose."""

from __future__ import annotations

import json
from pathlib import Path

from explorer.core.demo.generate import demo_dataset
from explorer.io.importing.report import ImportReport
from explorer.io.workspace.store import Workspace, load_workspace, save_workspace


def _ctdc_like() -> ImportReport:
    return ImportReport(
        file_name="ctdc.csv",
        rows_read=10,
        rows_imported=10,
        unresolved={"Atlantis": 3.0},
        resolved_share=0.9,
        resolved_subject="of records' citizenships resolved",
        unresolved_note="citizenship codes not understood",
    )


def test_a_saved_report_keeps_its_readers_wording(tmp_path: Path):
    dataset = demo_dataset()
    workspace = Workspace()
    workspace.add_dataset(dataset, _ctdc_like())
    save_workspace(workspace, tmp_path / "w.sqlite")
    summary = load_workspace(tmp_path / "w.sqlite").reports[dataset.name].summary()
    assert "90.0% of records' citizenships resolved" in summary
    assert "citizenship codes not understood" in summary
    assert "origins" not in summary


def test_a_report_saved_before_the_wording_was_stored_still_reads():
    data = json.loads(_ctdc_like().to_json())
    del data["resolved_subject"], data["unresolved_note"]
    old = ImportReport.from_json(json.dumps(data))
    assert old.resolved_subject == ImportReport.resolved_subject  # the GLOTIP default
    assert old.rows_read == 10
