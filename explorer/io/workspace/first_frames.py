"""Where a workspace's first frame is kept, and what says it still shows the same data.

Why in the cache folder and not in the workspace: the frame is a picture's
recipe that can always be drawn again; writing it must never touch the
user's file (another window may hold it), and losing it only costs the next
launch its early map (see :mod:`explorer.core.view.first_frame`).

Why the workspace's checksums: every part of the file (each dataset, its
report, the aliases, groups, rules and the last view) has its SHA-256 stored
in the file, kept up to date by every save. Reading that small table with
sqlite3 takes milliseconds and no pandas, and any change by any program
changes a checksum, so a frame is never painted over data it was not drawn
from.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from explorer.core.view.first_frame import FirstFrame
from explorer.io.workspace.location import cache_dir


def frames_dir() -> Path:
    """The folder of every workspace's frame."""
    return cache_dir() / "first-frames"


def frame_path(workspace: Path) -> Path:
    """The frame file of the workspace at ``workspace`` (one per workspace file)."""
    name = hashlib.sha256(os.fsencode(os.path.abspath(workspace))).hexdigest()[:32]
    return frames_dir() / f"{name}.json"


@dataclass(frozen=True)
class WorkspaceInputs:
    """What the workspace's map is drawn from, as one digest, and the view it opens on."""

    digest: str
    view: dict | None  # the last view stored (what its next window shows); None if unreadable


def workspace_inputs(workspace: Path, extra: Iterable[str] = ()) -> WorkspaceInputs | None:
    """The workspace's inputs, with ``extra`` (the app's version, settings, language) in
    the digest: None when the file cannot be read that way now (no file, an older schema
    without checksums, a save in progress or interrupted)."""
    found = _read(
        workspace,
        "SELECT key, value FROM meta ORDER BY key",
        "SELECT part, sha256 FROM checksums ORDER BY part",
        "SELECT json FROM view",
    )
    if found is None or not found[1]:
        return None
    meta, sums, views = found
    digest = hashlib.sha256(os.fsencode(os.path.abspath(workspace)) + b"\0")
    for row in (*meta, *sums, *views, *((text,) for text in extra)):
        for value in row:
            digest.update(str(value).encode("utf-8", "surrogatepass") + b"\0")
        digest.update(b"\n")
    return WorkspaceInputs(digest.hexdigest(), _view(views))


def _view(rows: list[tuple]) -> dict | None:
    if len(rows) != 1:
        return None
    try:
        view = json.loads(rows[0][0])
    except (TypeError, ValueError):
        return None
    return view if isinstance(view, dict) else None


def _read(workspace: Path, *queries: str) -> list[list[tuple]] | None:
    """The rows of each query, read at once without waiting or writing; None when the
    file cannot be read that way now."""
    if not workspace.is_file():
        return None
    try:
        con = sqlite3.connect(f"{workspace.resolve().as_uri()}?mode=ro", uri=True, timeout=0)
    except sqlite3.Error:
        return None
    try:
        with con:
            return [con.execute(query).fetchall() for query in queries]
    except sqlite3.Error:  # busy, a hot journal a read-only reader cannot roll back, no table
        return None
    finally:
        con.close()


def read_frame(workspace: Path, inputs: str) -> FirstFrame | None:
    """The frame kept for ``workspace`` if it was drawn from ``inputs``, else None."""
    try:
        text = frame_path(workspace).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return None
    frame = FirstFrame.from_json(text)
    return frame if frame is not None and frame.inputs == inputs else None


def write_frame(workspace: Path, frame: FirstFrame) -> None:
    """Keep ``frame`` for the next launch on ``workspace`` (atomically; a failure only
    means the next launch paints no early map)."""
    path = frame_path(workspace)
    with contextlib.suppress(OSError):
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(f"{path.name}.tmp-{os.getpid()}")
        tmp.write_text(frame.to_json(), encoding="utf-8")
        os.replace(tmp, path)
