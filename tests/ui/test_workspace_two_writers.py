"""A workspace open in two places: the window holds it, a second window reads it without
writing, an ``import`` is refused naming the window, and nothing anyone imported is lost."""

from __future__ import annotations

import os

from explorer.cli import main
from explorer.io.workspace.store import load_workspace
from explorer.ui.window.app import LaunchOptions, build_window
from explorer.ui.workspace.damaged import CloseAnswer, has_unsaved_work
from tests.io.test_glotip import row, write_csv


def _window(qtbot, path):
    window = build_window(LaunchOptions(workspace=path, size=(900, 600)))
    qtbot.addWidget(window)
    return window


def _import(qtbot, window, source):
    job = window.context.session.start_import(source)
    with qtbot.waitSignal(job.done, timeout=30_000):
        pass
    window.context.session.report_dialog.close()


def test_an_import_while_the_window_holds_the_workspace_is_refused_then_kept(
    qtbot, tmp_path, capsys, monkeypatch
):
    import explorer.commands

    monkeypatch.setattr(explorer.commands, "LOCK_WAIT_S", 0.2)
    path = tmp_path / "w.sqlite"
    first = _window(qtbot, path)
    _import(qtbot, first, write_csv(tmp_path / "a.csv", [row("NGA", value="193")]))
    other = write_csv(tmp_path / "b.csv", [row("FRA", value="500")], preamble=False)
    assert main(["import", str(other), "--workspace", str(path)]) == 1
    err = capsys.readouterr().err
    assert f"Trafficking Flows Explorer, a window (process {os.getpid()}" in err
    first.close()  # the window saves its workspace and lets go of it
    assert main(["import", str(other), "--workspace", str(path)]) == 0
    names = load_workspace(path).names()
    assert len(names) == 2 and names[0] == "GLOTIP 30/05/2023"  # the window's and the import's
    reopened = _window(qtbot, path)
    assert len(reopened.context.session.workspace.datasets) == 2  # nothing lost


def test_a_second_window_reads_the_workspace_but_never_writes_it(qtbot, tmp_path):
    path = tmp_path / "w.sqlite"
    first = _window(qtbot, path)
    _import(qtbot, first, write_csv(tmp_path / "a.csv", [row("NGA", value="193")]))
    second = _window(qtbot, path)
    session = second.context.session
    assert session.read_only and "a window (process" in session.read_only
    assert second.statusBar().currentMessage().startswith(f"Read-only: {path} is in use by")
    assert [d.name for d in session.workspace.datasets] == ["GLOTIP 30/05/2023"]
    before = path.read_bytes()
    _import(qtbot, second, write_csv(tmp_path / "b.csv", [row("FRA", value="500")]))
    assert path.read_bytes() == before  # the read-only window wrote nothing
    session.ask_unsaved = lambda _message: CloseAnswer.DISCARD
    second.close()
    assert path.read_bytes() == before
    _import(qtbot, first, write_csv(tmp_path / "c.csv", [row("DEU", value="12")]))
    first.close()
    stored = load_workspace(path)
    assert len(stored.datasets) == 1  # the first window's own work, replaced by its import
    assert "DEU" in set(stored.datasets[0].observations["iso3"])


def test_save_as_from_a_read_only_window_keeps_its_work(qtbot, tmp_path):
    path = tmp_path / "w.sqlite"
    first = _window(qtbot, path)
    second = _window(qtbot, path)
    assert second.context.session.read_only
    _import(qtbot, second, write_csv(tmp_path / "b.csv", [row("FRA", value="500")]))
    copy = tmp_path / "mine.sqlite"
    assert second.context.session.save_as(copy)
    assert second.context.session.read_only is None
    assert load_workspace(copy).names()
    second.close()
    first.close()


def test_try_again_makes_the_second_window_the_writer_once_the_first_has_gone(
    qtbot, tmp_path, monkeypatch
):
    from PySide6.QtWidgets import QMessageBox

    from explorer.ui.workspace.locking import offer_choices

    path = tmp_path / "w.sqlite"
    first = _window(qtbot, path)
    _import(qtbot, first, write_csv(tmp_path / "a.csv", [row("NGA", value="193")]))
    second = _window(qtbot, path)
    session = second.context.session
    assert session.read_only
    first.close()  # meanwhile the first window quits (and saves)
    shown: list[str] = []

    def answer(box: QMessageBox) -> int:
        shown.append(box.text())
        (button,) = [b for b in box.buttons() if b.text() == "Try again"]
        button.click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", answer)
    offer_choices(session)
    assert "is in use by Trafficking Flows Explorer, a window" in shown[0]
    assert session.read_only is None and session.lock is not None
    assert [d.name for d in session.workspace.datasets] == ["GLOTIP 30/05/2023"]
    _import(qtbot, second, write_csv(tmp_path / "b.csv", [row("FRA", value="500")], False))
    assert len(load_workspace(path).datasets) == 2  # the second window writes now


def _changed_under(path, tmp_path):
    """Another program (a sync tool that knows no lock) writes the file under the window."""
    import time

    from explorer.io.importing.importers import read_any
    from explorer.io.workspace.store import save_workspace

    time.sleep(0.01)  # a new modification time even on coarse clocks
    theirs = load_workspace(path)
    theirs.add_dataset(*read_any(write_csv(tmp_path / "x.csv", [row("ITA", value="7")], False)))
    save_workspace(theirs, path)
    return theirs.names()


def test_a_file_changed_on_disk_is_not_written_over_without_asking(qtbot, tmp_path):
    from explorer.ui.workspace.disk_changes import ChangedAnswer

    results = {}
    for answer in ChangedAnswer:
        folder = tmp_path / answer.name
        folder.mkdir()
        path = folder / "w.sqlite"
        window = _window(qtbot, path)
        _import(qtbot, window, write_csv(folder / "a.csv", [row("NGA", value="193")]))
        theirs = _changed_under(path, folder)
        session = window.context.session
        asked: list[int] = []
        session.ask_changed = lambda answer=answer, asked=asked: asked.append(1) or answer
        _import(qtbot, window, write_csv(folder / "b.csv", [row("FRA", value="5")], False))
        assert asked == [1]
        results[answer] = (theirs, load_workspace(path).names(), session.workspace.names())
        window.close()
    theirs, on_disk, shown = results[ChangedAnswer.KEEP_BOTH]
    assert len(theirs) == 2 and set(on_disk) == {*theirs, "b"} and set(shown) == set(on_disk)
    theirs, on_disk, shown = results[ChangedAnswer.RELOAD]
    assert on_disk == theirs and shown == theirs  # the window shows the file; "b" dropped
    theirs, on_disk, _ = results[ChangedAnswer.OVERWRITE]
    assert on_disk == ["GLOTIP 30/05/2023", "b"]  # the window's own, as asked


def test_a_workspace_on_a_read_only_medium_opens_read_only(qtbot, tmp_path, monkeypatch):
    """A folder that cannot be written (a write-protected stick): the window shows the
    workspace, says why nothing is saved, and writes nothing."""
    import explorer.ui.workspace.locking as locking

    path = tmp_path / "w.sqlite"
    first = _window(qtbot, path)
    _import(qtbot, first, write_csv(tmp_path / "a.csv", [row("NGA", value="193")]))
    first.close()
    before = path.read_bytes()

    def refused(*_args, **_kwargs):
        raise PermissionError(13, "Read-only file system")

    monkeypatch.setattr(locking.WorkspaceLock, "acquire", refused)
    window = _window(qtbot, path)
    session = window.context.session
    assert session.read_only == "its folder cannot be written (Read-only file system)"
    assert "Nothing here is saved to it" in window.statusBar().currentMessage()
    assert session.workspace.names() == ["GLOTIP 30/05/2023"]
    assert not has_unsaved_work(session)  # only read: closing asks nothing
    assert not session.save()  # a change this window cannot save ...
    assert has_unsaved_work(session)  # ... is asked about before the window closes
    asked: list[str] = []
    session.ask_unsaved = lambda message: asked.append(message) or CloseAnswer.DISCARD
    window.close()
    assert asked == ["its folder cannot be written (Read-only file system)"]
    assert path.read_bytes() == before


def test_a_workspace_file_marked_read_only_opens_read_only(qtbot, tmp_path, monkeypatch):
    """A file its owner marked read-only (as handed out for reading): shown, never
    written, and the status bar says why; no offer to try again, nobody holds it."""
    path = tmp_path / "w.sqlite"
    first = _window(qtbot, path)
    _import(qtbot, first, write_csv(tmp_path / "a.csv", [row("NGA", value="193")]))
    first.close()
    path.chmod(0o444)
    before = path.read_bytes()
    window = _window(qtbot, path)
    session = window.context.session
    assert session.read_only == "the file is marked read-only" and not session.held_elsewhere
    assert (
        window.statusBar()
        .currentMessage()
        .startswith(f"Read-only: {path} cannot be written (the file is marked read-only).")
    )
    assert session.workspace.names() == ["GLOTIP 30/05/2023"]
    window.show()
    qtbot.waitExposed(window)  # the note is not drawn over the dataset's name
    assert not window.status.dataset_label.isVisible()
    window.statusBar().clearMessage()
    assert window.status.dataset_label.isVisible()
    _import(qtbot, window, write_csv(tmp_path / "b.csv", [row("FRA", value="500")], False))
    from PySide6.QtWidgets import QMessageBox

    asked: list[str] = []

    def discard(box: QMessageBox) -> int:
        asked.append(box.text())
        box.button(QMessageBox.StandardButton.Discard).click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", discard)
    window.close()
    assert asked == [
        "The data imported in this session is not saved.\n\n"
        "The workspace cannot be written: the file is marked read-only"
    ]
    assert path.read_bytes() == before
