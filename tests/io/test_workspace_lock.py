"""One writer per workspace: the lock names its holder, a crashed holder never blocks, and the
``import`` command waits briefly and then fails naming the process that holds the workspace."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from explorer.cli import main
from explorer.io.workspace.lock import WorkspaceLock, WorkspaceLockedError, lock_path
from tests.io.test_glotip import row, write_csv

REPO = Path(__file__).resolve().parents[2]


def test_a_second_writer_is_refused_with_the_holder_named(tmp_path):
    workspace = tmp_path / "w.sqlite"
    with WorkspaceLock.acquire(workspace, "import"):
        with pytest.raises(WorkspaceLockedError) as refused:
            WorkspaceLock.acquire(workspace, "a window")
        assert f"process {os.getpid()}" in str(refused.value)
        assert "Trafficking Flows Explorer, import" in refused.value.holder
    again = WorkspaceLock.acquire(workspace, "a window")  # released: the next one gets it
    assert again.held
    again.release()


def test_a_lock_file_left_by_a_run_that_ended_is_taken_over(tmp_path):
    workspace = tmp_path / "w.sqlite"
    stale = {"program": "a window", "pid": 999999, "host": "gone", "since": "2026-01-01T10:00"}
    lock_path(workspace).write_text(json.dumps(stale), encoding="utf-8")
    with WorkspaceLock.acquire(workspace, "import") as lock:
        assert lock.held
        holder = json.loads(lock_path(workspace).read_text(encoding="utf-8"))
        assert holder["pid"] == os.getpid() and holder["program"] == "import"


def _holder(workspace: Path, seconds: float) -> subprocess.Popen:
    """Another process holding the workspace for ``seconds`` (it prints "held" once it does)."""
    code = textwrap.dedent(
        f"""
        import sys, time
        from explorer.io.workspace.lock import WorkspaceLock
        lock = WorkspaceLock.acquire({str(workspace)!r}, "a window")
        print("held", flush=True)
        time.sleep({seconds})
        """
    )
    process = subprocess.Popen(
        [sys.executable, "-c", code], cwd=REPO, stdout=subprocess.PIPE, text=True
    )
    assert process.stdout.readline().strip() == "held"
    return process


def test_import_fails_naming_the_process_then_succeeds_once_it_is_gone(
    tmp_path, capsys, monkeypatch
):
    import explorer.commands

    monkeypatch.setattr(explorer.commands, "LOCK_WAIT_S", 0.3)
    workspace = tmp_path / "w.sqlite"
    source = write_csv(tmp_path / "glotip.csv", [row("NGA", value="193")])
    holder = _holder(workspace, 60)
    try:
        assert main(["import", str(source), "--workspace", str(workspace)]) == 1
        err = capsys.readouterr().err
        named = f"Trafficking Flows Explorer, a window (process {holder.pid}"
        assert f"is open in another program: {named}" in err
        assert not workspace.exists()  # nothing written
    finally:
        holder.kill()  # a crash: the system lets go of its lock
        holder.wait()
    assert main(["import", str(source), "--workspace", str(workspace)]) == 0
    assert "stored as 'GLOTIP 30/05/2023'" in capsys.readouterr().out


def test_import_waits_for_a_holder_that_lets_go(tmp_path, capsys):
    workspace = tmp_path / "w.sqlite"
    source = write_csv(tmp_path / "glotip.csv", [row("NGA", value="193")])
    holder = _holder(workspace, 1.0)
    try:
        assert main(["import", str(source), "--workspace", str(workspace)]) == 0
    finally:
        holder.wait()
    assert "stored as" in capsys.readouterr().out
