"""Save a workspace onto a full disk, in a child process, and say what happened as JSON.

The subprocess of tests/io/test_workspace_full_disk.py. FOLDER is a small file
system of its own (a tmpfs the test mounted) which this program fills with a
filler file, leaving a few pages free; with ``--file-size-limit`` FOLDER is an
ordinary folder and the process may not grow a file beyond its size when the
save starts (``RLIMIT_FSIZE``), where no file system can be mounted. Either way
the save fails in the operating system's write, as on a full USB stick.

Run: ``python -m tests.io.full_disk_child FOLDER whole|changes [--file-size-limit]``.
"""

from __future__ import annotations

import json
import os
import resource
import signal
import sys
from pathlib import Path

from explorer.core.demo.generate import generate_demo
from explorer.io.workspace.store import Workspace, WorkspaceError, load_workspace, save_workspace
from tests.io.test_workspace import COUNTRIES, small_dataset

FREE_BYTES = 8192  # left free: the save fails partway, not at its first byte


def _fill(folder: Path) -> Path:
    filler = folder / "filler"
    chunk = b"\0" * 65536
    with open(filler, "wb") as out:
        try:
            while True:
                out.write(chunk)
                out.flush()
        except OSError:
            pass
    with open(filler, "r+b") as out:  # give back a few pages
        out.truncate(max(0, filler.stat().st_size - FREE_BYTES))
    return filler


def main(folder: Path, changes: bool, size_limit: bool) -> dict:
    path = folder / "w.sqlite"
    save_workspace(Workspace([small_dataset()], {"erithera": "ERI"}, {"year": 2020}), path)
    before = path.read_bytes()
    workspace = load_workspace(path) if changes else Workspace([small_dataset()])
    workspace.add_dataset(generate_demo(COUNTRIES))  # hundreds of kB to write
    if size_limit:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # an error from write(), not a signal
        limit = path.stat().st_size + FREE_BYTES
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, resource.RLIM_INFINITY))
        filler = None
    else:
        filler = _fill(folder)
    result: dict = {"free": os.statvfs(folder).f_bavail * os.statvfs(folder).f_frsize}
    try:
        save_workspace(workspace, path)
        result["error"] = None
    except WorkspaceError as error:
        result["error"] = str(error)
    result["unchanged"] = path.read_bytes() == before
    result["left"] = sorted(
        p.name for p in folder.iterdir() if p.name not in ("w.sqlite", "filler")
    )
    result["names after"] = load_workspace(path).names()
    if filler is not None:
        filler.unlink()  # space freed: the same save now goes through
    else:
        resource.setrlimit(resource.RLIMIT_FSIZE, (resource.RLIM_INFINITY,) * 2)
    save_workspace(workspace, path)
    result["names once freed"] = load_workspace(path).names()
    return result


if __name__ == "__main__":
    folder, mode = Path(sys.argv[1]), sys.argv[2]
    outcome = main(folder, mode == "changes", "--file-size-limit" in sys.argv[3:])
    print("RESULT " + json.dumps(outcome))
