"""What an import understood, and what it did not: the import report.

Why: the GLOTIP export is messy (free-text origins, duplicates that disagree,
suppressed counts). A user must see exactly what was set aside and why, so
nothing is ever dropped silently.

Counting rule (the invariant): ``rows_read == rows_imported + len(rejected)``.

- ``rows_read`` counts the data rows under the header that are not entirely
  blank (blank lines carry nothing and are skipped).
- ``rejected`` lists every row that did not reach the dataset, with its row
  number as a spreadsheet shows it (header and preamble rows counted) and the
  reason. Implausible rows are rejected too: they appear in ``rejected`` AND,
  for emphasis, in ``implausible``.
- ``rows_imported`` counts every row that was understood. That includes rows
  folded into another by the duplicates rule: ``duplicates_collapsed`` exact
  copies, and the rows of each ``Conflict`` other than the kept one. They are
  reported there, not as rejections, because their key is in the dataset.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from explorer.core.data.schema import FLOW_DTYPES, conform, empty_frame
from explorer.core.data.source_file import SourceFile
from explorer.io.importing.report_words import GLOTIP_SUBJECT, GLOTIP_UNRESOLVED


def format_count(x: float) -> str:
    return f"{x:,.0f}"


@dataclass(frozen=True)
class RejectedRow:
    """One source row kept out of the dataset: 1-based file row, reason, raw cells."""

    row: int
    reason: str
    raw: dict


@dataclass(frozen=True)
class Conflict:
    """Rows sharing one key with different values (or labels); ``kept`` is the figure the map
    shows. ``rule`` says whether they were summed as ``"parts"`` of one figure or taken as
    ``"repeats"`` of it (one kept), and ``reason`` why
    (:mod:`explorer.io.importing.duplicate_groups`).
    """

    key: tuple
    rows: list[int]
    values: list[str]
    kept: str
    rule: str = "repeats"
    reason: str = ""
    #: Under which text a user's choice of rule for this group is stored ("" = the key's).
    rule_key: str = ""

    @property
    def choice_key(self) -> str:
        return self.rule_key or " | ".join(str(part) for part in self.key)

    @property
    def set_aside(self) -> int:
        """Rows whose value is not in the figure: none for parts, all but one for repeats."""
        return 0 if self.rule == "parts" else len(self.rows) - 1


@dataclass
class ImportReport:
    """Counts and lists of one import (see the module docstring for the counting rule).

    ``unresolved`` maps an origin (or repatriation) label that no rule
    understood to the victims it carries (``<5`` counted as 1), largest first.
    ``fuzzy`` lists ``(label, result, score)`` of every fuzzy name match.
    ``resolved_share`` is the share of victims in by-citizenship rows whose
    origin ended in an ISO3 code or an explicit class (DOMESTIC, UNKNOWN,
    REGION:), ``<5`` counted as its lower bound 1.
    """

    file_name: str
    rows_read: int = 0
    rows_imported: int = 0
    rejected: list[RejectedRow] = field(default_factory=list)
    duplicates_collapsed: int = 0
    conflicts: list[Conflict] = field(default_factory=list)
    implausible: list[RejectedRow] = field(default_factory=list)
    unresolved: dict[str, float] = field(default_factory=dict)
    fuzzy: list[tuple[str, str, float]] = field(default_factory=list)
    resolved_share: float = 1.0
    flows_merged: int = 0  # flow rows summed into another with the same resolved key
    #: Victims in rows without an origin label that were not the total: "origin not stated".
    not_stated: float = 0.0
    #: The file's contradictions (:mod:`explorer.core.indicators.consistency`):
    #: ``(iso3, year, indicator, breakdown group, kind, message, part, origin, number, total)``
    #: (``consistency.COLUMNS``): the English message for the CSV, the facts to say it in the
    #: reader's language (reports stored before the facts were kept have the first six).
    consistency: list[tuple] = field(default_factory=list)
    #: What ``resolved_share`` measures and what became of unresolved labels, in
    #: the summary's words (each reader says it for its own kind of file).
    resolved_subject: str = GLOTIP_SUBJECT
    unresolved_note: str = GLOTIP_UNRESOLVED
    #: The flow rows, one per source label, that were summed into UNKNOWN flows
    #: (unresolved labels and explicit unknowns). Kept so that a user alias can
    #: later move a label's victims out of UNKNOWN without the source file.
    unknown_parts: pd.DataFrame = field(default_factory=lambda: empty_frame(FLOW_DTYPES))
    #: Rows imported with something to say about them (an origin code that is not a
    #: country, a code its name contradicts): file row, the note, the raw cells.
    noted: list[RejectedRow] = field(default_factory=list)
    #: Sentences about the whole import, in the reader's words (shown in the summary).
    remarks: list[str] = field(default_factory=list)
    #: The file's rows as read (a table of its own in the workspace); None when the reader
    #: keeps none, or the dataset was imported before rows were kept.
    source: SourceFile | None = None
    #: Every column of a table and what became of it: ``(column, role, note)``, role one
    #: of "indicator", "country", "year", ..., "ignored" (the note says why). Empty for
    #: readers of fixed formats (GLOTIP, CTDC, ...).
    columns: list[tuple[str, str, str]] = field(default_factory=list)

    @property
    def nothing_imported(self) -> bool:
        """True when not one row reached the dataset."""
        return self.rows_imported == 0

    @property
    def balanced(self) -> bool:
        """True when rows read = rows imported + rows rejected."""
        return self.rows_read == self.rows_imported + len(self.rejected)

    def to_json(self) -> str:
        """Everything but ``unknown_parts`` and ``source`` (tables of their own) as JSON."""
        data = {
            "file_name": self.file_name,
            "rows_read": self.rows_read,
            "rows_imported": self.rows_imported,
            "rejected": [[r.row, r.reason, r.raw] for r in self.rejected],
            "duplicates_collapsed": self.duplicates_collapsed,
            "conflicts": [
                [list(c.key), c.rows, c.values, c.kept, c.rule, c.reason, c.rule_key]
                for c in self.conflicts
            ],
            "implausible": [r.row for r in self.implausible],
            "unresolved": list(self.unresolved.items()),
            "fuzzy": [list(f) for f in self.fuzzy],
            "resolved_share": self.resolved_share,
            "flows_merged": self.flows_merged,
            "not_stated": self.not_stated,
            "consistency": [list(c) for c in self.consistency],
            "resolved_subject": self.resolved_subject,
            "unresolved_note": self.unresolved_note,
            "noted": [[r.row, r.reason, r.raw] for r in self.noted],
            "remarks": self.remarks,
            "columns": [list(c) for c in self.columns],
        }
        return json.dumps(data, ensure_ascii=False, default=str)

    @classmethod
    def from_json(
        cls,
        text: str,
        unknown_parts: pd.DataFrame | None = None,
        source: SourceFile | None = None,
    ) -> ImportReport:
        """The report :meth:`to_json` wrote (ValueError/KeyError/TypeError when damaged)."""
        data = json.loads(text)
        rejected = [
            RejectedRow(int(row), str(reason), dict(raw)) for row, reason, raw in data["rejected"]
        ]
        implausible_rows = set(data["implausible"])
        return cls(
            file_name=str(data["file_name"]),
            rows_read=int(data["rows_read"]),
            rows_imported=int(data["rows_imported"]),
            rejected=rejected,
            duplicates_collapsed=int(data["duplicates_collapsed"]),
            conflicts=[_conflict(item) for item in data["conflicts"]],
            implausible=[r for r in rejected if r.row in implausible_rows],
            unresolved={str(label): float(v) for label, v in data["unresolved"]},
            fuzzy=[(str(a), str(b), float(c)) for a, b, c in data["fuzzy"]],
            resolved_share=float(data["resolved_share"]),
            flows_merged=int(data["flows_merged"]),
            not_stated=float(data.get("not_stated", 0.0)),
            consistency=[tuple(c) for c in data.get("consistency", [])],
            columns=[(str(c), str(r), str(n)) for c, r, n in data.get("columns", [])],
            # Reports saved before these were stored read with the GLOTIP wording.
            **{k: str(data[k]) for k in ("resolved_subject", "unresolved_note") if k in data},
            noted=[
                RejectedRow(int(r), str(why), dict(raw)) for r, why, raw in data.get("noted", [])
            ],
            remarks=[str(line) for line in data.get("remarks", [])],
            unknown_parts=conform(
                unknown_parts if unknown_parts is not None else empty_frame(FLOW_DTYPES),
                FLOW_DTYPES,
            ),
            source=source,
        )

    def summary(self, lang: str | None = None) -> str:
        """A few lines for the command line and the top of the report dialog, in ``lang``
        (English when None: :mod:`explorer.io.importing.report_summary`)."""
        from explorer.io.importing.report_summary import summary_lines

        return "\n".join(summary_lines(self, lang))

    def to_csv(self, path: str | Path) -> None:
        """Write the report as CSV, one line per item (see :mod:`report_csv`)."""
        from explorer.io.importing.report_csv import write_report_csv

        write_report_csv(self, path)


def _conflict(item: list) -> Conflict:
    """A stored conflict; reports saved before rules were kept read as repeats."""
    key, rows, values, kept, *rest = item
    rule, reason = (str(rest[0]), str(rest[1])) if len(rest) >= 2 else ("repeats", "")
    rule_key = str(rest[2]) if len(rest) >= 3 else ""
    rows_, values_ = [int(r) for r in rows], [str(v) for v in values]
    return Conflict(tuple(key), rows_, values_, str(kept), rule, reason, rule_key)
