"""Save workspaces over one path in child processes that the test kills.

The subprocess of tests/io/test_workspace_durability.py. It builds its data
once and prints ``ready``; then for each ``save FIRST`` line on stdin it forks
a child that saves generation FIRST, FIRST+1, ... over the path, printing
``saving G`` before and ``saved G`` after each save, until it is killed. The
parent prints ``child PID`` and, once the child has ended, ``ended CODE``.
Forking spares each kill the second it takes to import pandas and build data.
Even and odd generations differ in every table (names, values, aliases), so a
file mixing two of them could not pass for either.

With ``changes`` after PATH, the child first reads the workspace at PATH and
then saves each generation as changes to it (datasets removed and added, aliases
and view replaced in one SQLite transaction) rather than as a whole new file.

Run: ``python -m tests.io.workspace_writer PATH [changes]`` from the repository root.
"""

from __future__ import annotations

import os
import sys
from functools import cache

from explorer.core.data.dataset import Dataset
from explorer.core.demo.generate import demo_dataset
from explorer.io.workspace.store import Workspace, load_workspace, save_workspace

COPIES = 2  # of the demo: about 45k observations, 25k flows, 8 MB per file
MAX_GENERATIONS = 500  # stops by itself if nobody kills it


@cache
def _datasets(odd: bool) -> tuple[Dataset, ...]:
    demo = demo_dataset()
    observations = demo.observations.copy()
    flows = demo.flows.copy()
    if odd:
        observations["value"] = observations["value"] * 2 + 1
        flows["value"] = flows["value"] + 3
    return tuple(
        Dataset(
            f"{'odd' if odd else 'even'} copy {i}",
            demo.provenance,
            observations,
            flows,
            demo.activities,
        )
        for i in range(COPIES)
    )


def content(generation: int) -> Workspace:
    """What generation ``generation`` holds (-1: the file the test starts from)."""
    odd = generation % 2 == 1
    aliases = {"erithera": "ERI"} if odd else {"atlantis": "UNKNOWN", "roumanie": "ROU"}
    return Workspace(list(_datasets(odd)), aliases, {"generation": generation})


def say(*words: object) -> None:
    """One line in one write: parent and child share the pipe, and lines must not mix."""
    os.write(1, (" ".join(map(str, words)) + "\n").encode())


def main(path: str, changes: bool = False) -> None:
    content(0), content(1)  # build both before saying ready
    say("ready")
    for line in sys.stdin:
        first = int(line.split()[1])
        pid = os.fork()
        if pid == 0:  # the child saves until it is killed (or has saved enough)
            try:
                workspace = load_workspace(path) if changes else None
                for generation in range(first, first + MAX_GENERATIONS):
                    wanted = content(generation)
                    if workspace is not None:  # the same workspace, changed to the generation
                        workspace.datasets, workspace.aliases = wanted.datasets, wanted.aliases
                        workspace.view = wanted.view
                        wanted = workspace
                    say("saving", generation)
                    save_workspace(wanted, path)
                    say("saved", generation)
            finally:
                os._exit(0)
        say("child", pid)
        _, status = os.waitpid(pid, 0)
        say("ended", os.waitstatus_to_exitcode(status))


if __name__ == "__main__":
    main(sys.argv[1], changes=sys.argv[2:] == ["changes"])
