"""Two programs on one workspace, in every order of their steps, and nothing is lost.

Each actor opens the workspace, imports a file, saves and quits; the steps of two
actors are interleaved in every possible order (70 orders for two windows; 5 for a
window and an ``import`` run, which is one step; 5 for a window and a program that
ignores the lock, such as an older version or a sync tool). Afterwards every
dataset that was in the file is still there, and each import is either in the
workspace, or in the copy a read-only window saved it to when it closed, or was
refused with a message naming the window that held the workspace: never silently
gone, never twice. A window that could only read becomes the writer at its next
save once the other has let go.
"""

from __future__ import annotations

import copy
import functools
import itertools
import sqlite3
from pathlib import Path

import pandas as pd
import pytest
from PySide6.QtWidgets import QApplication

from explorer.cli import main
from explorer.io.importing.importers import read_any
from explorer.io.workspace.store import Workspace, load_workspace, save_workspace
from explorer.ui.window.app import LaunchOptions, build_window
from explorer.ui.workspace.damaged import CloseAnswer
from explorer.ui.workspace.disk_changes import ChangedAnswer
from tests.io.test_glotip import row, write_csv

STEPS = ("open", "import", "save", "quit")
BASE = "base"  # the dataset the workspace holds before either actor starts


class WindowActor:
    """A window on the workspace, answering its questions as a careful user would: keep
    both when the file changed on disk, save to a copy what a read-only window holds."""

    def __init__(self, qtbot, path: Path, name: str, source: Path) -> None:
        self.qtbot, self.path, self.name, self.source = qtbot, path, name, source
        self.window = None
        self.copy = path.with_name(f"{name} copy.sqlite")
        self.asked: list[str] = []

    def step(self, step: str) -> None:
        getattr(self, f"do_{step}")()

    def do_open(self) -> None:
        self.window = build_window(LaunchOptions(workspace=self.path, size=(640, 480)))
        self.qtbot.addWidget(self.window)
        session = self.window.context.session
        session.ask_add_to = lambda *_args: False  # a dataset of its own
        session.ask_changed = lambda: self.asked.append("changed") or ChangedAnswer.KEEP_BOTH

        def keep_in_a_copy(message: str) -> CloseAnswer:
            self.asked.append(message)
            assert session.save_as(self.copy)
            return CloseAnswer.DISCARD  # nothing left to lose: the copy has it

        session.ask_unsaved = keep_in_a_copy

    def do_import(self) -> None:
        session = self.window.context.session
        session.imported(*copy.deepcopy(_read_source(self.source)))  # a fresh copy each time
        session.report_dialog.close()

    def do_save(self) -> None:
        self.window.context.session.save()

    def do_quit(self) -> None:
        self.window.close()

    def where_kept(self) -> list[Path]:
        return [self.path, self.copy]


class CommandActor:
    """``trafficking-explorer import FILE --workspace PATH``: all four steps at once."""

    def __init__(self, path: Path, name: str, source: Path, capsys) -> None:
        self.path, self.name, self.source, self.capsys = path, name, source, capsys
        self.refused = ""

    def step(self, _step: str) -> None:
        self.capsys.readouterr()
        if main(["import", str(self.source), "--workspace", str(self.path)]) != 0:
            self.refused = self.capsys.readouterr().err

    def where_kept(self) -> list[Path]:
        return [self.path]


class LockIgnoringActor:
    """A program that knows no lock (an older version, a sync tool): reads, adds, writes."""

    def __init__(self, path: Path, name: str, source: Path) -> None:
        self.path, self.name, self.source = path, name, source

    def step(self, _step: str) -> None:
        theirs = load_workspace(self.path)
        theirs.add_dataset(*read_any(self.source))
        save_workspace(theirs, self.path)

    def where_kept(self) -> list[Path]:
        return [self.path]


def _figures(dataset) -> pd.DataFrame:
    return dataset.observations[["iso3", "year", "value"]].reset_index(drop=True)


@functools.cache
def _read_source(source: Path):
    """An actor's file as the importer reads it, read once per test: the file never changes
    (a fresh ``tmp_path`` per test), and each import gets a deep copy of its own, so no
    window sees what another did to its dataset or report."""
    return read_any(source)


@functools.cache
def _source_figures(source: Path) -> pd.DataFrame:
    """The figures of an actor's file as the importer reads them (the read no window got)."""
    return _figures(_read_source(source)[0])


def _check_nothing_lost(path: Path, base, actors, sources) -> list[str]:
    """Assert the workspace is sound and every import is somewhere exactly once; return
    how each ended ("workspace", "copy", "refused"). Each file is read once: nothing
    writes between the reads."""
    con = sqlite3.connect(path)
    try:
        assert con.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    finally:
        con.close()
    loaded = {path: load_workspace(path)}
    stored = loaded[path]
    assert stored.damaged == {}
    pd.testing.assert_frame_equal(_figures(stored.dataset(BASE)), _figures(base))
    outcomes = []
    for actor in actors:
        expected = _source_figures(sources[actor.name])
        found = []
        for place in actor.where_kept():
            if place.exists() and place not in loaded:
                loaded[place] = load_workspace(place)
            if place.exists() and actor.name in (kept := loaded[place]).names():
                pd.testing.assert_frame_equal(_figures(kept.dataset(actor.name)), expected)
                found.append("workspace" if place == path else "copy")
        refused = getattr(actor, "refused", "")
        if refused:
            assert "is open in another program: Trafficking Flows Explorer, a window" in refused
            found.append("refused")
        assert len(found) == 1, (actor.name, found)
        outcomes.append(found[0])
    return outcomes


@pytest.fixture
def start(tmp_path: Path):
    """A workspace holding one dataset, and one file per actor to import."""
    path = tmp_path / "w.sqlite"
    base_source = write_csv(tmp_path / f"{BASE}.csv", [row("BRA", value="40")], preamble=False)
    base = read_any(base_source)[0]
    save_workspace(Workspace([base]), path)
    sources = {
        name: write_csv(tmp_path / f"{name}.csv", [row(iso3, value=value)], preamble=False)
        for name, iso3, value in (("one", "NGA", "193"), ("two", "FRA", "500"))
    }
    return path, base, sources


def _orders(first: int, second: int):
    """Every interleaving of ``first`` steps of actor 0 with ``second`` of actor 1."""
    for places in itertools.combinations(range(first + second), second):
        yield [1 if i in places else 0 for i in range(first + second)]


@pytest.mark.slow
def test_two_windows_in_every_order_lose_nothing(qtbot, tmp_path, start):
    path, base, sources = start
    outcomes: dict[tuple, int] = {}
    for number, order in enumerate(_orders(len(STEPS), len(STEPS))):
        case = tmp_path / f"case {number}"
        case.mkdir()
        work = case / path.name
        work.write_bytes(path.read_bytes())
        actors = [WindowActor(qtbot, work, name, sources[name]) for name in ("one", "two")]
        done = [0, 0]
        for who in order:
            actors[who].step(STEPS[done[who]])
            done[who] += 1
        ended = tuple(_check_nothing_lost(work, base, actors, sources))
        outcomes[ended] = outcomes.get(ended, 0) + 1
        # The window that opened second could only read; its import reached the
        # workspace once the first had quit (it then became the writer), and went to
        # its copy only when it quit first.
        first = order[0]
        quits = [i for i, who in enumerate(order) if who == first][-1]
        second_quit = [i for i, who in enumerate(order) if who != first][-1]
        expected = ["workspace", "workspace"]
        expected[1 - first] = "copy" if second_quit < quits else "workspace"
        assert list(ended) == expected, (order, ended)
        # Both windows have quit: what they left for the event loop (deferred deletes,
        # timers) runs now, as it would in the app, not 140 windows' worth at the end.
        QApplication.processEvents()
    print(outcomes)
    assert sum(outcomes.values()) == 70
    assert outcomes.get(("workspace", "workspace"), 0) > 0
    assert outcomes.get(("workspace", "copy"), 0) + outcomes.get(("copy", "workspace"), 0) > 0


@pytest.mark.parametrize("other", ["import command", "lock-ignoring writer"])
def test_a_window_and_another_writer_in_every_order_lose_nothing(
    qtbot, tmp_path, start, capsys, monkeypatch, other
):
    import explorer.commands

    monkeypatch.setattr(explorer.commands, "LOCK_WAIT_S", 0.1)
    path, base, sources = start
    outcomes = []
    for position in range(len(STEPS) + 1):
        case = tmp_path / f"case {position}"
        case.mkdir()
        work = case / path.name
        work.write_bytes(path.read_bytes())
        window = WindowActor(qtbot, work, "one", sources["one"])
        if other == "import command":
            writer = CommandActor(work, "two", sources["two"], capsys)
        else:
            writer = LockIgnoringActor(work, "two", sources["two"])
        for index, step in enumerate(STEPS):
            if index == position:
                writer.step("run")
            window.step(step)
        if position == len(STEPS):
            writer.step("run")
        outcomes.append(_check_nothing_lost(work, base, [window, writer], sources))
        if other == "lock-ignoring writer":  # written under the open window: it asked
            assert ("changed" in window.asked) == (0 < position < len(STEPS)), position
    print(outcomes)
    if other == "import command":  # refused while the window held the workspace
        assert [o[1] for o in outcomes] == [
            "workspace",
            "refused",
            "refused",
            "refused",
            "workspace",
        ]
    else:  # the window kept what the other wrote under it (asked, then kept both)
        assert all(o == ["workspace", "workspace"] for o in outcomes)
