"""Where an export may write, and writing it whole or not at all.

Why: the parent folder of the target must exist; an export never creates
folders, because a mistyped path would otherwise scatter files in a folder
the user does not know about (``FileNotFoundError`` names the folder).
Every file is written to a temporary name beside the target and then moved
over it, so a failed export never leaves a half-written file, and an
existing file at the target is replaced as a whole (no stale GeoPackage
layers).
"""

from __future__ import annotations

import contextlib
import os
import uuid
from collections.abc import Iterator
from pathlib import Path


def checked_target(path: str | os.PathLike[str]) -> Path:
    """The target path, after checking its folder exists (no folder is created)."""
    path = Path(path)
    parent = path.parent
    if not parent.exists():
        raise FileNotFoundError(f"Cannot export to {path}: the folder {parent} does not exist.")
    if not parent.is_dir():
        raise NotADirectoryError(f"Cannot export to {path}: {parent} is not a folder.")
    if path.is_dir():
        raise IsADirectoryError(f"Cannot export to {path}: it is a folder, not a file.")
    return path


@contextlib.contextmanager
def replacing(path: Path) -> Iterator[Path]:
    """Yield a temporary sibling of ``path``; on success move it over ``path``.

    Why: a failed export then never leaves half a file, and an old file is
    replaced as a whole. A file held open elsewhere (Excel on Windows) gets a
    message saying so.
    """
    tmp = path.with_name(f".{path.stem}.{uuid.uuid4().hex[:8]}.partial{path.suffix}")
    try:
        yield tmp
        os.replace(tmp, path)
    except PermissionError as error:
        raise PermissionError(
            f"Cannot write {path}: permission denied. Is the file open in another program?"
        ) from error
    finally:
        for leftover in (tmp, *(tmp.with_name(tmp.name + s) for s in ("-wal", "-shm", "-journal"))):
            with contextlib.suppress(FileNotFoundError):
                leftover.unlink()
