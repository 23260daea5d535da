"""One writer per workspace: an operating-system lock on a file next to the workspace.

Why an OS lock (``fcntl.flock`` / ``msvcrt.locking``) and not a lock file's mere
presence: the system releases it when the holder ends, however it ends, so a
crash never leaves a workspace locked; a lock file left behind by a run that
ended is simply taken over. Why our own few lines and not a lock library: the
holder writes who it is (program, process, machine, since when) into the lock
file, so whoever is refused can be told which process holds the workspace.
Readers (``export``, ``summary``, ``revisions``) take no lock: a save is one
SQLite transaction (or an atomic rename) and a read another, so they read either
the old workspace or the new one.
"""

from __future__ import annotations

import contextlib
import json
import os
import platform
import sys
import time
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from explorer.io.workspace.errors import WorkspaceError


class WorkspaceLockedError(WorkspaceError):
    """The workspace is open for writing elsewhere; ``holder`` says by whom."""

    def __init__(self, path: Path, holder: str) -> None:
        super().__init__(f"{path} is open in another program: {holder}")
        self.path, self.holder = path, holder


def lock_path(workspace: Path) -> Path:
    """The lock file of ``workspace``: ``workspace.sqlite.lock`` beside it."""
    return workspace.with_name(workspace.name + ".lock")


@dataclass
class WorkspaceLock:
    """A held lock; :meth:`release` (or the end of the process) lets another writer in."""

    path: Path
    _fd: int | None

    @classmethod
    def acquire(cls, workspace: Path, program: str, wait_s: float = 0.0) -> WorkspaceLock:
        """Lock ``workspace`` for ``program`` ("the window", "import"); wait up to ``wait_s``
        seconds for another holder to let go, then raise :class:`WorkspaceLockedError`."""
        path = lock_path(Path(workspace))
        deadline = time.monotonic() + wait_s
        while True:
            fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
            if _try_lock(fd):
                _write_holder(fd, program)
                return cls(path, fd)
            os.close(fd)
            if time.monotonic() >= deadline:
                raise WorkspaceLockedError(Path(workspace), holder_of(path))
            time.sleep(0.1)

    def release(self) -> None:
        """Let another writer in (the lock file stays: its next holder rewrites it)."""
        if self._fd is not None:
            fd, self._fd = self._fd, None
            with contextlib.suppress(OSError):  # a read-only medium keeps the old words
                os.ftruncate(fd, 0)
            _unlock(fd)
            os.close(fd)

    @property
    def held(self) -> bool:
        return self._fd is not None

    def __enter__(self) -> WorkspaceLock:
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()


def holder_of(path: Path) -> str:
    """Who holds the lock at ``path``, in words ("the window (process 4242 on laptop-3,
    since 19:58)"), or that nobody said."""
    try:
        data = json.loads(path.read_text(encoding="utf-8") or "{}")
    except (OSError, ValueError):
        data = {}
    if not isinstance(data, dict) or "pid" not in data:
        return "a program that did not say which (the lock file is empty)"
    since = str(data.get("since", ""))[11:16]
    return (
        f"Trafficking Flows Explorer, {data.get('program', '?')} (process {data['pid']} on "
        f"{data.get('host', '?')}" + (f", since {since}" if since else "") + ")"
    )


def _write_holder(fd: int, program: str) -> None:
    holder = {
        "program": program,
        "pid": os.getpid(),
        "host": platform.node(),
        "since": datetime.now().isoformat(timespec="seconds"),
    }
    os.ftruncate(fd, 0)
    os.lseek(fd, 0, os.SEEK_SET)
    os.write(fd, json.dumps(holder).encode("utf-8"))  # no fsync: who holds it need not last


if sys.platform == "win32":  # pragma: no cover - exercised on Windows builds
    import msvcrt

    def _try_lock(fd: int) -> bool:
        try:
            os.lseek(fd, 1 << 30, os.SEEK_SET)  # a byte far past the holder's words
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
            return True
        except OSError:
            return False

    def _unlock(fd: int) -> None:
        os.lseek(fd, 1 << 30, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return True
        except OSError:
            return False

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)
