"""Content checksums of a workspace's parts: a damaged part is found and named, not read.

Why: SQLite keeps no checksum of its pages, so a few bytes changed by a bad USB
stick can read back as a different figure without any error. Each part (a
dataset's figures and provenance, its import report and file rows, the aliases,
the view, the groups, the rules) is stored with the SHA-256 of exactly the
values written; on reading, the values read are hashed again and a part whose
hash differs is set aside with its name, while the others stay usable.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping

import pandas as pd

#: The parts other than datasets and reports, by their key in the ``checksums`` table.
ALIASES, VIEW, GROUPS, RULES = "aliases", "view", "groups", "rules"


def dataset_key(name: str) -> str:
    return f"dataset:{name}"


def report_key(name: str) -> str:
    return f"report:{name}"


def digest(*parts: object) -> str:
    """SHA-256 of the parts' values in order: text, numbers, None, bytes and lists of rows.

    The same values give the same digest whether they were just written or just
    read (SQLite returns the Python types it was given).
    """
    hashed = hashlib.sha256()
    for part in parts:
        if isinstance(part, bytes | bytearray | memoryview):
            hashed.update(b"b%d:" % len(part))
            hashed.update(bytes(part))
        else:
            text = repr(part).encode("utf-8", "surrogatepass")
            hashed.update(b"r%d:" % len(text))
            hashed.update(text)
    return hashed.hexdigest()


def frame_digest(frame: pd.DataFrame) -> str:
    """SHA-256 of a table's values (pandas' row hashes, in order, with the column names):
    a few milliseconds for a GLOTIP dataset, where hashing each value's text took 0.3 s."""
    hashed = hashlib.sha256(repr(list(frame.columns)).encode("utf-8"))
    if len(frame):
        rows = pd.util.hash_pandas_object(frame.reset_index(drop=True), index=False)
        hashed.update(rows.to_numpy().tobytes())
    return hashed.hexdigest()


def store(con, sums: Iterable[tuple[str, str]]) -> None:
    con.executemany("INSERT INTO checksums VALUES (?, ?)", list(sums))


def stored(con) -> Mapping[str, str]:
    """The stored checksums by part (none in a workspace written before version 5)."""
    return dict(con.execute("SELECT part, sha256 FROM checksums").fetchall())


def checked(sums: Mapping[str, str], key: str, *parts: object) -> str | None:
    """The digest of ``parts`` when it is what was written under ``key`` (or nothing was
    stored there), else None: the part was changed or damaged."""
    found = digest(*parts)
    expected = sums.get(key)
    return found if expected is None or expected == found else None
