"""Reading a file in a child process: the same dataset, the same errors, a cancel that stops it."""

from __future__ import annotations

import sys
from pathlib import Path

import pandas as pd
import pytest

from explorer.io.importing import child_process
from explorer.io.importing.child_process import CHILD_ARGUMENT, read_file, read_in_child
from explorer.io.importing.errors import DataImportError
from explorer.io.importing.importers import read_any
from explorer.io.readers.tables.mapping import NeedsMapping
from tests.io.test_glotip import ROWS, write_csv
from tests.shared_data import GLOTIP_WORKBOOK


def _same(child: tuple, here: tuple) -> None:
    (dataset, report), (expected, expected_report) = child, here
    assert dataset.name == expected.name
    for table in ("observations", "flows", "activities", "observation_figures", "flow_figures"):
        pd.testing.assert_frame_equal(getattr(dataset, table), getattr(expected, table))
    assert dataset.provenance.sha256 == expected.provenance.sha256
    assert report.summary() == expected_report.summary()
    assert report.rejected == expected_report.rejected
    assert report.unresolved == expected_report.unresolved


def test_a_file_read_in_a_child_gives_what_reading_it_here_gives(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "glotip.csv", ROWS)
    seen: list[float] = []
    from_child = read_in_child(path, {}, progress=seen.append)
    _same(from_child, read_any(path))
    assert seen and seen[-1] == 1.0  # the child's progress arrived, up to the end


def test_the_workspace_aliases_reach_the_child(tmp_path: Path) -> None:
    from explorer.core.names.keys import normalise

    path = write_csv(tmp_path / "glotip.csv", ROWS)
    plain, _ = read_in_child(path, {})
    aliased, _ = read_in_child(path, {normalise("Atlantis"): "GRC"})
    assert "GRC" not in set(plain.flows["origin"])
    assert "GRC" in set(aliased.flows["origin"])  # the user's alias named the place


@pytest.mark.skipif(not GLOTIP_WORKBOOK.is_file(), reason="shared GLOTIP workbook absent")
def test_the_glotip_workbook_read_in_a_child_is_the_one_read_here(glotip_import) -> None:
    _same(read_in_child(GLOTIP_WORKBOOK), glotip_import)


def test_an_unreadable_file_raises_the_readers_message(tmp_path: Path) -> None:
    path = tmp_path / "broken.xlsx"
    path.write_bytes(b"PK\x03\x04" + b"not a workbook " * 100)
    with pytest.raises(DataImportError) as here:
        read_any(path)
    with pytest.raises(DataImportError) as there:
        read_in_child(path)
    assert str(there.value) == str(here.value)
    assert "damaged or truncated" in str(there.value)


def test_a_table_that_needs_a_mapping_asks_its_question_from_the_child(tmp_path: Path) -> None:
    path = tmp_path / "x.csv"
    path.write_text("Country label,Period,Figure A,Figure B\nFrance,2020,1,10\nSpain,2020,2,20\n")
    with pytest.raises(NeedsMapping) as here:
        read_any(path)
    with pytest.raises(NeedsMapping) as there:
        read_in_child(path)
    question = there.value
    assert question.columns == here.value.columns
    assert question.guess == here.value.guess
    assert str(question) == str(here.value)


def test_a_cancel_stops_the_child_and_says_cancelled(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "glotip.csv", ROWS)
    seen: list[float] = []
    with pytest.raises(DataImportError, match="import cancelled"):
        read_in_child(path, progress=seen.append, cancelled=lambda: bool(seen))
    assert seen == [0.0]  # nothing after the cancel


def test_a_child_that_dies_is_reported_with_its_status(tmp_path: Path, monkeypatch) -> None:
    path = write_csv(tmp_path / "glotip.csv", ROWS)
    dying = "import sys; sys.stderr.write('MemoryError\\n'); sys.exit(3)"
    monkeypatch.setattr(child_process, "child_command", lambda: [sys.executable, "-c", dying])
    with pytest.raises(DataImportError) as failed:
        read_in_child(path)
    message = str(failed.value)
    assert message.startswith("glotip.csv: could not be imported")
    assert "exit status 3" in message and "MemoryError" in message


def test_without_a_child_the_file_is_read_here(tmp_path: Path, monkeypatch) -> None:
    path = write_csv(tmp_path / "glotip.csv", ROWS)
    monkeypatch.setattr(child_process, "CHILD_FROM_BYTES", 0)
    missing = [str(tmp_path / "no-such-python")]
    monkeypatch.setattr(child_process, "child_command", lambda: missing)
    _same(read_file(path, {}), read_any(path))


def test_the_apps_command_line_serves_as_the_child(tmp_path: Path, monkeypatch) -> None:
    """What the standalone app runs: its own executable with the child's argument."""
    path = write_csv(tmp_path / "glotip.csv", ROWS)
    command = [sys.executable, "-m", "explorer", CHILD_ARGUMENT]
    monkeypatch.setattr(child_process, "child_command", lambda: command)
    _same(read_in_child(path), read_any(path))


class _Child:
    """Stands in for a started child: reads here, and says what became of it."""

    def __init__(self) -> None:
        self.read_files: list[Path] = []
        self.stopped = False

    def read(self, path, *args, **kwargs):
        self.read_files.append(path)
        return read_any(path)

    def stop(self) -> None:
        self.stopped = True


def test_small_files_are_read_here_large_ones_in_a_child(tmp_path: Path, monkeypatch) -> None:
    path = write_csv(tmp_path / "glotip.csv", ROWS)
    started: list[_Child] = []
    monkeypatch.setattr(
        child_process, "start_reader", lambda: started.append(_Child()) or started[-1]
    )
    read_file(path)
    assert started == []  # a few hundred bytes: read here, sooner than a child starts
    monkeypatch.setattr(child_process, "CHILD_FROM_BYTES", path.stat().st_size)
    read_file(path)
    assert [child.read_files for child in started] == [[path]]


def test_a_child_started_ahead_reads_a_large_file_and_lets_a_small_one_go(
    tmp_path: Path, monkeypatch
) -> None:
    path = write_csv(tmp_path / "glotip.csv", ROWS)
    small = _Child()
    read_file(path, reader=small)
    assert small.stopped and small.read_files == []
    monkeypatch.setattr(child_process, "CHILD_FROM_BYTES", 0)
    large = _Child()
    read_file(path, reader=large)
    assert large.read_files == [path] and not large.stopped


def test_a_real_child_started_ahead_waits_for_its_file_or_ends_unused(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "glotip.csv", ROWS)
    ahead = child_process.ChildReader()
    _same(ahead.read(path), read_any(path))
    assert ahead.process.returncode == 0
    unused = child_process.ChildReader()
    unused.stop()
    assert unused.process.returncode is not None  # ended, not left waiting
