"""What the two activity readers (the template table and IATI XML) share.

Why: both turn recipient-country labels into ISO3 codes the same way (each
label once, regions and classes refused, labels not understood counted for an
alias), build the same schema frame and the same kind of provenance; two
copies would drift and the same country would be accepted by one reader and
refused by the other.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

import pandas as pd

from explorer.core.data.provenance import Provenance
from explorer.core.data.schema import ACTIVITY_DTYPES, DOMESTIC, REGION_PREFIX
from explorer.core.names.iso import is_alpha3 as valid_iso3
from explorer.core.texts import fill
from explorer.io.importing import table_words as tw
from explorer.io.importing.report import ImportReport
from explorer.io.importing.resolving import Resolver, default_resolver, fuzzy_match, set_unresolved
from explorer.io.importing.steps import file_provenance


class CountryLabels:
    """Resolves recipient-country labels once each and records what was not understood.

    Calling it with a label returns ``(iso3, "")`` or ``(None, reason)``.
    Unresolved labels are counted in ``report.unresolved`` by the caller via
    :meth:`count_unresolved`, once per rejected row; fuzzy matches go to
    ``report.fuzzy`` once per label.
    """

    def __init__(self, resolve: Resolver | None, report: ImportReport) -> None:
        self._resolve, self._report = resolve or default_resolver(), report
        self._cache: dict[str, tuple[str | None, str]] = {}
        self._rows = self._rows_resolved = 0

    def __call__(self, label: str) -> tuple[str | None, str]:
        if label not in self._cache:
            self._cache[label] = self._understand(label)
        return self._cache[label]

    def _understand(self, label: str) -> tuple[str | None, str]:
        res = self._resolve(label)
        result = getattr(res, "result", None)
        if result is None:
            return None, fill(tw.COUNTRY_NOT_UNDERSTOOD, {"shown": repr(label)})
        result = str(result)
        if result.startswith(REGION_PREFIX):
            return None, fill(tw.IS_A_REGION, {"label": repr(label)})
        if result == DOMESTIC or not bool(valid_iso3(pd.Series([result])).iloc[0]):
            return None, fill(tw.IS_NOT_A_COUNTRY, {"label": repr(label)})
        fuzzy = fuzzy_match(label, res)
        if fuzzy is not None:
            self._report.fuzzy.append(fuzzy)
        return result, ""

    def tally(self, labels: Iterable[str]) -> None:
        """Count one row (or activity): resolved when it names countries and all resolve."""
        labels = list(labels)
        self._rows += 1
        if labels and all(self(label)[0] is not None for label in labels):
            self._rows_resolved += 1
        self._report.resolved_share = self._rows_resolved / self._rows

    def count_unresolved(self, labels: Iterable[str]) -> None:
        for label in dict.fromkeys(labels):
            if self(label)[1].startswith("country not understood"):
                self._report.unresolved[label] = self._report.unresolved.get(label, 0.0) + 1.0


def sort_unresolved(report: ImportReport) -> None:
    set_unresolved(report, report.unresolved)


def build_provenance(
    path: Path,
    data: bytes,
    report: ImportReport,
    *,
    title: str,
    caveats: tuple[str, ...],
    publisher: str = "",
    edition: str = "",
    citation: str = "",
) -> Provenance:
    """Provenance of an activities import: file name, SHA-256, time and the report's counts."""
    return file_provenance(
        path,
        data,
        report,
        publisher=publisher,
        title=title,
        edition=edition,
        citation=citation,
        caveats=caveats,
    )


def activities_frame(rows: list[dict], dataset_name: str) -> pd.DataFrame:
    """The schema's activity columns from row dicts (keys: the columns but ``dataset``)."""
    columns = [c for c in ACTIVITY_DTYPES if c != "dataset"]
    frame = pd.DataFrame(rows, columns=columns)
    for column in ("start", "end"):
        frame[column] = pd.to_datetime(frame[column]).astype("datetime64[s]")
    frame.insert(0, "dataset", dataset_name)
    return frame
