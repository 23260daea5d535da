"""Which editions of the shown dataset the workspace holds, which is current, and what the
newer one revised: computed once per pair and kept while both stay in the workspace.

Why one keeper for the window: the editions window, its map and table, and the
panel's note on a revised figure all ask the same comparison; a GLOTIP pair
takes half a second to compare, so it is done once, not on every click.
"""

from __future__ import annotations

from collections.abc import Callable

from explorer.core.data.breakdown import Breakdown
from explorer.core.data.dataset import Dataset
from explorer.core.editions.compare import Revisions, compare_editions
from explorer.core.editions.pairing import current_and_other, editions_of, publication
from explorer.core.editions.summaries import revision_note


class EditionsKeeper:
    """The editions of the dataset on screen and their revisions (see the module docstring)."""

    def __init__(
        self, datasets_of: Callable[[], list[Dataset]], shown_of: Callable[[], Dataset]
    ) -> None:
        self._datasets_of, self._shown_of = datasets_of, shown_of
        #: publication -> the dataset name the user chose as current
        self.chosen: dict[tuple[str, str], str] = {}
        self._revisions: dict[tuple[int, int], tuple[Dataset, Dataset, Revisions]] = {}

    def editions(self) -> list[Dataset]:
        """The workspace's editions of the publication on screen, oldest first (the stored
        datasets, not the derived indicators the window adds)."""
        shown = self._shown_of()
        datasets = self._datasets_of()
        stored = next((d for d in datasets if d.name == shown.name), None)
        return editions_of(datasets, stored) if stored is not None else [shown]

    def pair(self, editions: list[Dataset] | None = None) -> tuple[Dataset, Dataset] | None:
        """(current, the edition it is compared with): the user's choice, else the newest;
        None with a single edition."""
        editions = self.editions() if editions is None else editions
        chosen = self.chosen.get(publication(editions[-1]))
        return current_and_other(editions, next((d for d in editions if d.name == chosen), None))

    def current(self, editions: list[Dataset] | None = None) -> Dataset | None:
        """The current edition (see :meth:`pair`); None with a single one."""
        pair = self.pair(editions)
        return pair[0] if pair else None

    def choose(self, name: str) -> None:
        """Make the edition called ``name`` current."""
        for dataset in self.editions():
            if dataset.name == name:
                self.chosen[publication(dataset)] = name

    def revisions(self, older: Dataset, newer: Dataset) -> Revisions:
        """Every figure of ``older`` and ``newer`` compared (cached for the pair; the cache
        holds the two datasets, so a pair is never mistaken for a later one)."""
        key = (id(older), id(newer))
        cached = self._revisions.get(key)
        if cached is None or cached[0] is not older or cached[1] is not newer:
            live = {id(d) for d in self._datasets_of()}
            self._revisions = {k: v for k, v in self._revisions.items() if set(k) <= live}
            cached = self._revisions[key] = (older, newer, compare_editions(older, newer))
        return cached[2]

    def note(self, iso3: str, indicator: str, year: int, breakdown: Breakdown) -> str | None:
        """The panel's note when another edition gives this figure differently: the
        dataset on screen against the current edition (against the next newest when the
        dataset on screen is the current one)."""
        editions = self.editions()
        pair = self.pair(editions)
        if pair is None:
            return None
        current, latest_other = pair
        shown = next(d for d in editions if d.name == self._shown_of().name)
        other = latest_other if shown is current else current
        older, newer = sorted((shown, other), key=editions.index)
        revisions = self.revisions(older, newer)
        return revision_note(revisions, shown, other, iso3, indicator, year, breakdown)
