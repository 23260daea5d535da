"""Which datasets of a workspace are editions of one publication, and which is current.

Why from the provenance: two GLOTIP exports of different dates carry the same
publisher and title and differ in their export date (the ``edition``); the
newer one is current unless the user chooses the other.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date

from explorer.core.data.dataset import Dataset

_DAY_FIRST = re.compile(r"^(\d{1,2})/(\d{1,2})/(\d{4})$")
_ISO = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")


def edition_date(dataset: Dataset) -> date | None:
    """The export date of ``dataset`` (``30/05/2023`` or ``2023-05-30``), or None."""
    text = dataset.provenance.edition.strip()
    try:
        if match := _DAY_FIRST.match(text):
            day, month, year = (int(g) for g in match.groups())
            return date(year, month, day)
        if match := _ISO.match(text):
            year, month, day = (int(g) for g in match.groups())
            return date(year, month, day)
    except ValueError:
        return None
    return None


def publication(dataset: Dataset) -> tuple[str, str]:
    """What makes datasets editions of one publication: publisher and title."""
    return (dataset.provenance.publisher, dataset.provenance.title)


def editions_of(datasets: Sequence[Dataset], dataset: Dataset) -> list[Dataset]:
    """The datasets that are editions of ``dataset``'s publication (itself included), oldest
    first; just ``[dataset]`` when it is synthetic, has no publisher or no export date."""
    if dataset.is_synthetic or not dataset.provenance.publisher or edition_date(dataset) is None:
        return [dataset]
    same = [
        d
        for d in datasets
        if not d.is_synthetic and publication(d) == publication(dataset) and edition_date(d)
    ]
    return sorted(same, key=lambda d: (edition_date(d), d.name))


def current_and_other(
    editions: Sequence[Dataset], chosen: Dataset | None = None
) -> tuple[Dataset, Dataset] | None:
    """(current, the edition it is compared with): current is ``chosen`` or else the newest;
    the other is the newest of the rest. None when there is a single edition."""
    if len(editions) < 2:
        return None
    current = chosen if chosen is not None and chosen in editions else editions[-1]
    others = [d for d in editions if d is not current]
    return current, others[-1]
