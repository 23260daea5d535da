"""The workspace file under faults: kills during a save, damaged files, a version 1 file.

What a user would notice: after a crash or a kill the workspace opens with
either what it held before or what was being saved, never a mix and never an
error; a damaged file gives a message that says so and is left untouched.
"""

from __future__ import annotations

import hashlib
import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pandas as pd
import pytest

from explorer.core.demo.generate import generate_demo
from explorer.io.workspace.reading import undo_interrupted_save
from explorer.io.workspace.schema import SCHEMA_VERSION
from explorer.io.workspace.store import (
    Workspace,
    WorkspaceError,
    load_workspace,
    save_workspace,
)
from tests.io.test_workspace import COUNTRIES, assert_same_dataset, small_dataset
from tests.io.workspace_writer import content

ROOT = Path(__file__).resolve().parents[2]
KILLS = 24  # moments spread over one and a half saves
DEBUG_OUTCOMES = os.environ.get("TFE_PRINT_OUTCOMES")  # print the table of kills


def assert_holds(path: Path, generation: int) -> None:
    """The file at ``path`` is exactly generation ``generation`` of the writer, and sound."""
    con = sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True)
    try:
        assert con.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    finally:
        con.close()
    loaded, expected = load_workspace(path), content(generation)
    assert loaded.view == expected.view
    assert loaded.aliases == expected.aliases
    assert loaded.names() == expected.names()
    assert loaded.reports == {}
    for got, want in zip(loaded.datasets, expected.datasets, strict=True):
        assert_same_dataset(got, want)


def _generation_on_disk(path: Path) -> int:
    undo_interrupted_save(path)  # what any reader does first
    con = sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True)
    try:
        return json.loads(con.execute("SELECT json FROM view").fetchone()[0])["generation"]
    finally:
        con.close()


class Writer:
    """The writer process (tests/io/workspace_writer.py) and the children it forks."""

    def __init__(self, path: Path, changes: bool = False) -> None:
        environ = {**os.environ, "OPENBLAS_NUM_THREADS": "1", "OMP_NUM_THREADS": "1"}
        self.process = subprocess.Popen(
            [sys.executable, "-m", "tests.io.workspace_writer", str(path)]
            + (["changes"] if changes else []),
            cwd=ROOT,
            env=environ,  # one thread: the writer forks
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        assert self._line() == "ready", self.process.stderr.read()

    def _line(self) -> str:
        line = self.process.stdout.readline()
        assert line, f"the writer stopped: {self.process.stderr.read()}"
        return line.strip()

    def save_and_kill(self, first: int, delay: float = 0.0, after_saved: int | None = None):
        """A child saves generations ``first``, ``first + 1``...; SIGKILL it ``delay`` s after
        its first save began (or once ``after_saved`` is saved). The generations it saved."""
        self.process.stdin.write(f"save {first}\n")
        self.process.stdin.flush()
        lines, pid = [], None
        while pid is None or f"saving {first}" not in lines:  # in either order
            line = self._line()
            if line.startswith("child "):
                pid = int(line.split()[1])
            else:
                lines.append(line)
        if after_saved is None:
            time.sleep(delay)
        else:
            while f"saved {after_saved}" not in lines:
                lines.append(self._line())
        os.kill(pid, signal.SIGKILL)
        while not lines[-1].startswith("ended "):
            lines.append(self._line())
        assert lines[-1] == f"ended {-signal.SIGKILL}"
        return [int(line.split()[1]) for line in lines if line.startswith("saved ")]

    def close(self) -> None:
        """End of input: the writer stops (killed if it does not within 30 s)."""
        try:
            self.process.communicate(timeout=30)
        finally:
            if self.process.poll() is None:
                self.process.kill()
                self.process.communicate()


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _interrupted(path: Path) -> set[Path]:
    """What an interrupted save leaves: its temporary file (a whole save) or its journal."""
    return {*path.parent.glob("*.tmp-*"), *path.parent.glob("*-journal")}


@pytest.mark.slow
@pytest.mark.parametrize("changes", [False, True], ids=["whole file", "changes"])
def test_a_save_killed_at_24_moments_leaves_the_old_or_the_new_file_whole(
    tmp_path: Path, changes: bool
):
    path = tmp_path / "workspace.sqlite"
    save_workspace(content(-1), path)
    calibration = tmp_path / "calibration.sqlite"
    save_workspace(content(-1), calibration)
    workspace = load_workspace(calibration) if changes else content(0)
    if changes:
        workspace.datasets, workspace.aliases = content(0).datasets, content(0).aliases
    started = time.perf_counter()
    save_workspace(workspace, calibration)
    save_time = time.perf_counter() - started
    calibration.unlink()

    writer = Writer(path, changes)
    on_disk, outcomes = -1, []
    verified: dict[tuple, int] = {}  # what was on disk -> the generation it was found to hold
    try:
        for i in range(KILLS + 1):
            first = 1000 * (i + 1)  # every save of the test holds a generation of its own
            leftovers = _interrupted(path)
            if i < KILLS:
                delay = save_time * 1.5 * i / (KILLS - 1)
                saved = writer.save_and_kill(first, delay)
            else:  # a last kill surely after a save ended: the new file
                delay, saved = -1.0, writer.save_and_kill(first, after_saved=first + 1)
            mid_save = bool(_interrupted(path) - leftovers)
            # Before the commit the old file is there; after it, the new one: nothing else.
            allowed = {saved[-1], saved[-1] + 1} if saved else {on_disk, first}
            generation = _generation_on_disk(path)
            assert generation in allowed, (delay, saved, on_disk)
            # A kill before the commit leaves the file byte for byte as it was (a whole save
            # never touched it; a save of changes is rolled back): those bytes, beside the
            # same leftovers, were already read back whole, and would read the same again.
            seen = (_digest(path), tuple(sorted(p.name for p in _interrupted(path))))
            if verified.get(seen) != generation:
                assert_holds(path, generation)
                verified[seen] = generation
            outcomes.append((round(delay, 3), "old" if generation == on_disk else "new", mid_save))
            on_disk = generation
    finally:
        writer.close()
    if DEBUG_OUTCOMES:
        print(f"save {save_time:.3f} s, {len(verified)} files read back", *outcomes, sep="\n")

    # The kills really hit saves in progress (each such kill leaves its temporary file or
    # its journal), and some kept the old content: the commit made the new one visible.
    assert sum(mid for *_, mid in outcomes) >= KILLS // 4, outcomes
    assert {kind for _, kind, _ in outcomes} == {"old", "new"}, outcomes
    # What killed saves left is never read as the workspace, and a later save still works.
    save_workspace(content(-1), path)
    assert_holds(path, -1)


# -- damaged files -------------------------------------------------------------------------


def _good_file(path: Path) -> Path:
    save_workspace(
        Workspace([small_dataset(), generate_demo(COUNTRIES)], view={"year": 2020}), path
    )
    return path


def _other_sqlite(path: Path) -> None:
    con = sqlite3.connect(path)
    with con:
        con.execute("CREATE TABLE songs (title TEXT, year INTEGER)")
        con.execute("INSERT INTO songs VALUES ('Imagine', 1971)")
    con.close()


def _edit(path: Path, sql: str) -> None:
    _good_file(path)
    con = sqlite3.connect(path)
    with con:
        con.execute(sql)
    con.close()


DAMAGE = {
    # kind: (how to make it from a good file at ``path``, what the message must say)
    "truncated": (
        lambda p: p.write_bytes(_good_file(p).read_bytes()[:5000]),
        "damaged or is not a workspace file",
    ),
    "random bytes": (
        lambda p: p.write_bytes(random.Random(3).randbytes(40_000)),
        "not a workspace file",
    ),
    "empty file": (lambda p: p.write_bytes(b""), "not a workspace file"),
    "another SQLite file": (_other_sqlite, "not a workspace file"),
    "a future schema version": (
        lambda p: _edit(p, f"UPDATE meta SET value = '{SCHEMA_VERSION + 1}'"),
        "newer version of the app",
    ),
    "a missing table": (lambda p: _edit(p, "DROP TABLE flows"), "damaged and cannot be read"),
    "provenance that is a list": (
        lambda p: _edit(p, "UPDATE datasets SET provenance_json = '[1, 2]'"),
        "damaged and cannot be read",
    ),
    "a year that is text": (
        lambda p: _edit(p, "UPDATE observations SET year = 'twenty'"),
        "damaged and cannot be read",
    ),
}


def make_damaged(kind: str, path: Path) -> tuple[Path, str]:
    """A damaged workspace of ``kind`` at ``path`` and the words its message must have."""
    make, words = DAMAGE[kind]
    make(path)
    return path, words


@pytest.mark.parametrize("kind", list(DAMAGE))
def test_a_damaged_file_gives_a_clear_message_and_is_left_untouched(tmp_path: Path, kind: str):
    path, words = make_damaged(kind, tmp_path / "workspace.sqlite")
    before = path.read_bytes()
    with pytest.raises(WorkspaceError) as raised:
        load_workspace(path)
    message = str(raised.value)
    assert words in message and str(path) in message
    assert "Traceback" not in message
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["workspace.sqlite"]  # no journal


def _silent_differences(loaded: Workspace, good: Workspace) -> list[str]:
    """What ``loaded`` reads differently from ``good`` without naming it as damaged."""
    found = []
    originals = {d.name: d for d in good.datasets}
    for dataset in loaded.datasets:
        original = originals[dataset.name]
        for table in ("observations", "flows", "activities"):
            try:
                pd.testing.assert_frame_equal(getattr(dataset, table), getattr(original, table))
            except AssertionError:
                found.append(f"{dataset.name} {table}")
        if dataset.provenance != original.provenance:
            found.append(f"{dataset.name} provenance")
    missing = set(originals) - set(loaded.names()) - set(loaded.damaged)
    found += [f"{name} missing" for name in sorted(missing)]
    for words, mine, theirs in (
        ("the aliases", loaded.aliases, good.aliases),
        ("the last view", loaded.view, good.view),
        ("the groups of countries", loaded.groups, good.groups),
        ("the rules for groups of rows", loaded.rules, good.rules),
    ):
        if words not in loaded.damaged and mine != theirs:
            found.append(words)
    return found


@pytest.mark.slow
def test_300_random_damages_each_read_back_exactly_or_are_named(tmp_path: Path):
    """Bytes flipped, cut or zeroed anywhere: the workspace reads back exactly as it was
    written, or the damaged parts are named (or the whole file refused); never another
    exception, never a write, never a figure silently different (content checksums)."""
    good_workspace = Workspace(
        [small_dataset(), generate_demo(COUNTRIES)],
        aliases={"erithera": "ERI"},
        view={"year": 2020},
        groups={"Mekong": ["KHM", "THA", "VNM"]},
        rules={"NGA | 2020 | x": "parts"},
    )
    save_workspace(good_workspace, tmp_path / "good.sqlite")
    good_workspace = load_workspace(tmp_path / "good.sqlite")  # as it reads back whole
    good = (tmp_path / "good.sqlite").read_bytes()
    rng = random.Random(20_260_510)
    path = tmp_path / "damaged.sqlite"
    results = {"exact": 0, "parts named": 0, "refused": 0}
    silent = []
    for case in range(300):
        data = bytearray(good)
        where = rng.randrange(len(data))
        if case % 3 == 0:
            for _ in range(rng.randint(1, 20)):
                data[rng.randrange(len(data))] = rng.randrange(256)
        elif case % 3 == 1:
            data = data[:where]
        else:
            data[where : where + 1024] = bytes(len(data[where : where + 1024]))
        path.write_bytes(bytes(data))
        try:
            loaded = load_workspace(path)
        except WorkspaceError:
            results["refused"] += 1
        else:
            results["parts named" if loaded.damaged else "exact"] += 1
            silent += [f"case {case}: {d}" for d in _silent_differences(loaded, good_workspace)]
        assert path.read_bytes() == bytes(data), case
    print("\n300 damaged workspaces:", results)
    assert silent == [], silent
    assert results["refused"] >= 100, results


# -- a version 1 file, written as version 1 wrote it ------------------------------------------

V1_SCHEMA = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE datasets (name TEXT PRIMARY KEY, provenance_json TEXT NOT NULL);
CREATE TABLE observations (dataset_name TEXT NOT NULL, "dataset" TEXT, "iso3" TEXT,
  "year" INTEGER, "indicator" TEXT, "dimension" TEXT, "category" TEXT, "sex" TEXT,
  "age" TEXT, "value" REAL, "lower" REAL, "upper" REAL, "flag" TEXT, "source_row" INTEGER);
CREATE TABLE flows (dataset_name TEXT NOT NULL, "dataset" TEXT, "origin" TEXT,
  "destination" TEXT, "year" INTEGER, "indicator" TEXT, "value" REAL, "lower" REAL,
  "upper" REAL, "flag" TEXT, "origin_label" TEXT);
CREATE TABLE activities (dataset_name TEXT NOT NULL, "dataset" TEXT, "iso3" TEXT,
  "title" TEXT, "kind" TEXT, "themes" TEXT, "status" TEXT, "start" TEXT, "end" TEXT,
  "partners" TEXT, "description" TEXT, "reference" TEXT, "source_row" INTEGER);
CREATE TABLE aliases (label TEXT PRIMARY KEY, result TEXT NOT NULL);
CREATE TABLE view (json TEXT NOT NULL);
INSERT INTO meta VALUES ('schema_version', '1'), ('app_version', '0.1.0');
"""


def test_a_version_1_file_made_by_sql_opens_with_its_figures_and_is_not_rewritten(
    tmp_path: Path,
):
    """Version 1 had no import reports; its tables are written here as SQL, not by today's code."""
    path = tmp_path / "v1.sqlite"
    provenance = {"publisher": "UNODC", "title": "GLOTIP", "edition": "30/05/2023",
                  "caveats": ["Detected victims, not prevalence"], "rows_read": 3,
                  "rows_imported": 2, "rows_rejected": 1, "retired_field": "ignored"}  # fmt: skip
    con = sqlite3.connect(path)
    with con:
        con.executescript(V1_SCHEMA)
        con.execute("INSERT INTO datasets VALUES ('GLOTIP', ?)", (json.dumps(provenance),))
        con.executemany(
            "INSERT INTO observations VALUES ('GLOTIP', ?, ?, ?, ?, 'Total', 'Total', 'Total', "
            "'Total', ?, ?, ?, ?, ?)",
            [
                ("GLOTIP", "DEU", 2020, "Detected trafficking victims", 494.0, 494.0, 494.0, "", 4),
                (
                    "GLOTIP",
                    "ITA",
                    2020,
                    "Detected trafficking victims",
                    None,
                    1.0,
                    4.0,
                    "suppressed",
                    5,
                ),
            ],
        )
        con.execute(
            "INSERT INTO flows VALUES ('GLOTIP', 'GLOTIP', 'BGR', 'DEU', 2020, "
            "'Detected trafficking victims', 51.0, 51.0, 51.0, '', 'Bulgaria')"
        )
        con.execute(
            "INSERT INTO activities VALUES ('GLOTIP', 'GLOTIP', 'KEN', 'Support to prosecutors', "
            "'technical', 'trafficking', 'ongoing', '2024-01-01T00:00:00', NULL, '', '', '', 2)"
        )
        con.execute("INSERT INTO aliases VALUES ('erithera', 'ERI')")
        con.execute(
            "INSERT INTO view VALUES (?)", (json.dumps({"dataset": "GLOTIP", "year": 2020}),)
        )
    con.close()
    before = path.read_bytes()

    workspace = load_workspace(path)
    dataset = workspace.dataset("GLOTIP")
    assert workspace.aliases == {"erithera": "ERI"}
    assert workspace.view == {"dataset": "GLOTIP", "year": 2020}
    assert workspace.reports == {}  # version 1 kept none
    assert dataset.provenance.caveats == ("Detected victims, not prevalence",)
    values = dataset.values("Detected trafficking victims", 2020)
    assert values.loc["DEU", "value"] == 494
    assert values.loc["ITA", "flag"] == "suppressed" and values.loc["ITA", "upper"] == 4
    assert dataset.flows.loc[0, "origin_label"] == "Bulgaria"
    assert dataset.activities.loc[0, "start"] == pd.Timestamp("2024-01-01")
    assert pd.isna(dataset.activities.loc[0, "end"])
    assert path.read_bytes() == before  # upgraded in memory only
    # Saved again, it is a current file with the same content.
    save_workspace(workspace, path)
    con = sqlite3.connect(path)
    version = con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
    con.close()
    assert version == (str(SCHEMA_VERSION),)
    again = load_workspace(path)
    assert_same_dataset(again.dataset("GLOTIP"), dataset)
