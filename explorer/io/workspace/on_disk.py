"""What the workspace file held when this process last read or wrote it.

Why keep it: a save writes only what changed since then (:mod:`explorer.io.workspace.changes`),
so what another writer added to the file meanwhile is left alone. A part is
known by the digest of its values (the checksums of :mod:`explorer.io.workspace.checksums`),
and the small settings tables by their entries, so that one alias set here does
not replace the aliases another writer set there.
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from explorer.io.workspace import checksums

if TYPE_CHECKING:
    from explorer.io.workspace.contents import Workspace


@dataclass(frozen=True)
class OnDisk:
    """The file at ``path`` as last read or written: each part's digest, and the settings."""

    path: Path
    #: part key (``dataset:NAME``, ``report:NAME``, ``aliases``...) -> SHA-256 of its values
    sums: Mapping[str, str]
    aliases: Mapping[str, str]
    groups: Mapping[str, list[str]]
    rules: Mapping[str, str]
    #: part key -> the dataset or report whose digest ``sums`` holds: datasets and reports
    #: are never changed in place (a change makes a new one), so one still in memory need
    #: not be hashed again (60 ms for a GLOTIP dataset)
    objects: Mapping[str, object]

    @classmethod
    def of(cls, workspace: Workspace, path: Path, sums: Mapping[str, str]) -> OnDisk:
        """The file at ``path`` holding exactly ``workspace``'s settings and parts ``sums``."""
        objects: dict[str, object] = {}
        for dataset in workspace.datasets:
            objects[checksums.dataset_key(dataset.name)] = dataset
            report = workspace.reports.get(dataset.name)
            if report is not None:
                objects[checksums.report_key(dataset.name)] = report
        return cls(
            where(path),
            dict(sums),
            dict(workspace.aliases),
            copy.deepcopy(workspace.groups),
            dict(workspace.rules),
            {key: part for key, part in objects.items() if key in sums},
        )

    def digest(self, key: str, part: object, compute: Callable[[Any], str]) -> str:
        """The digest of ``part`` stored under ``key``: the one noted if it is the very
        object noted, else ``compute(part)``."""
        if self.objects.get(key) is part:
            return self.sums[key]
        return compute(part)

    def is_of(self, path: Path) -> bool:
        """Whether this is what the file at ``path`` held (not another file's)."""
        return self.path == where(path)


def where(path: Path) -> Path:
    """One spelling per file: a save to ``./w.sqlite`` is a save to ``/home/me/w.sqlite``."""
    return Path(path).resolve()
