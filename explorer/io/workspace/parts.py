"""The values each part of a workspace is stored as, and their digests, from memory.

Why one place: the whole save, the save of changes and the comparison of memory
with the file must hash exactly the values the reader will hash, or a save of
changes would rewrite everything (or, worse, miss a change).
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Mapping

import pandas as pd

from explorer.core.data.dataset import Dataset
from explorer.core.data.schema import FLOW_DTYPES, conform
from explorer.io.importing.report import ImportReport
from explorer.io.workspace import checksums
from explorer.io.workspace.schema import DATASET_TABLES
from explorer.io.workspace.source_files import source_values


def provenance_json(dataset: Dataset) -> str:
    return json.dumps(dataclasses.asdict(dataset.provenance), ensure_ascii=False)


def stored_frame(frame: pd.DataFrame, dtypes: Mapping[str, str]) -> pd.DataFrame:
    """``frame`` as its rows are written: the schema's columns and dtypes, a fresh index."""
    return conform(frame.reset_index(drop=True), dtypes)


def dataset_digest(dataset: Dataset) -> str:
    """The checksum a dataset's figures and provenance are stored under."""
    tables = [
        checksums.frame_digest(stored_frame(getattr(dataset, table), dtypes))
        for table, dtypes in DATASET_TABLES.items()
    ]
    return checksums.digest(provenance_json(dataset), *tables)


def report_digest(report: ImportReport) -> str:
    """The checksum an import report, its unknown parts and its file's rows are stored under."""
    unknown = checksums.frame_digest(stored_frame(report.unknown_parts, FLOW_DTYPES))
    source = source_values(report.source) if report.source else ()
    return checksums.digest(report.to_json(), unknown, *source)


def group_rows(groups: Mapping[str, list[str]]) -> list[tuple[str, str]]:
    """The rows of the ``place_groups`` table: a group's members as a sorted JSON list."""
    return [(name, group_json(members)) for name, members in sorted(groups.items())]


def group_json(members: list[str]) -> str:
    return json.dumps(sorted(members))
