"""A save onto a full disk: the file is as it was, the message says the disk is full.

The disk is really full: the child process mounts a small tmpfs of its own (in a
mount namespace, as root or as an unprivileged user), fills it and saves there.
Where no file system can be mounted, the operating system refuses to grow the
file instead (``RLIMIT_FSIZE``): the same failing write, reported as an I/O error.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _run(folder: Path, mode: str, mount_first: bool) -> tuple[str, dict]:
    """(how the disk was filled, what the child saw)."""
    child = [sys.executable, "-m", "tests.io.full_disk_child", str(folder), mode]
    mount = f'mount -t tmpfs -o size=2m tfe-full {folder} && exec "$@"'
    attempts = []
    if mount_first and shutil.which("unshare"):
        for flags in (["-m"], ["-r", "-m"]):
            attempts.append(("a full tmpfs", ["unshare", *flags, "sh", "-c", mount, "sh", *child]))
    attempts.append(("a file size limit", [*child, "--file-size-limit"]))
    failures = []
    for medium, command in attempts:
        done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=300)
        lines = [line for line in done.stdout.splitlines() if line.startswith("RESULT ")]
        if done.returncode == 0 and lines:
            return medium, json.loads(lines[-1].removeprefix("RESULT "))
        failures.append((command[:3], done.returncode, done.stderr[-400:]))
        if "mount" not in done.stderr and "unshare" not in done.stderr:
            break  # the child itself failed: no other way would tell more
    pytest.fail(f"no way to fill a disk worked: {failures}")


@pytest.mark.parametrize("mount_first", [True, False], ids=["tmpfs if it mounts", "size limit"])
@pytest.mark.parametrize("mode", ["whole", "changes"])
def test_a_save_on_a_full_disk_changes_nothing_and_says_the_disk_is_full(
    tmp_path, mode, mount_first
):
    folder = tmp_path / "stick"
    folder.mkdir()
    os.chmod(folder, 0o777)  # reachable from an unprivileged user namespace too
    medium, seen = _run(folder, mode, mount_first)
    print(medium, seen)
    assert seen["error"] is not None, seen  # the save failed ...
    assert "The file is as it was before this save" in seen["error"]
    if medium == "a full tmpfs":
        assert "the disk is full" in seen["error"] and "free some space" in seen["error"]
    assert seen["unchanged"] and seen["left"] == [], seen  # ... and left nothing behind
    assert seen["names after"] == ["GLOTIP 2023"]
    assert (
        seen["names once freed"] == ["GLOTIP 2023", "SYNTHETIC demo (generated)"]
        or len(seen["names once freed"]) == 2
    ), seen
