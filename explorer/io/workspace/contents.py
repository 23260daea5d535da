"""What a workspace holds in memory: datasets, their import reports, aliases, groups, the view.

Why apart from the file: the app edits a workspace many times between saves,
and those edits (add a dataset, set an alias) know nothing of SQLite.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from explorer.core.data.dataset import Dataset
from explorer.io.importing.report import ImportReport
from explorer.io.workspace.on_disk import OnDisk


@dataclass
class Workspace:
    """Datasets in order, user aliases (normalised label -> result) and the last view.

    ``view`` must be JSON-serialisable (indicator, year, breakdown fields,
    selected country, ...); it is saved as given.
    """

    datasets: list[Dataset] = field(default_factory=list)
    aliases: dict[str, str] = field(default_factory=dict)
    view: dict[str, object] = field(default_factory=dict)
    #: dataset name -> the report of its import (datasets made otherwise have none)
    reports: dict[str, ImportReport] = field(default_factory=dict)
    #: the user's groups of countries: name -> ISO3 codes ("ECOWAS", "EU-27")
    groups: dict[str, list[str]] = field(default_factory=dict)
    #: the user's rule for groups of rows sharing one breakdown: group key -> parts|repeats
    rules: dict[str, str] = field(default_factory=dict)
    #: parts of the file that were damaged and not read: "GLOTIP 30/05/2023" (a dataset),
    #: "the aliases", "the file" ... -> why; never saved (the damaged file is kept as it is)
    damaged: dict[str, str] = field(default_factory=dict)
    #: the file as this workspace was last read from or written to it (None: never): a
    #: save writes only what changed since (:mod:`explorer.io.workspace.saving`)
    on_disk: OnDisk | None = field(default=None, compare=False, repr=False)

    def damaged_datasets(self) -> dict[str, str]:
        """The datasets that could not be read (damaged parts that are not settings)."""
        return {
            name: why for name, why in self.damaged.items() if not name.startswith(("the ", "The "))
        }

    def unusable(self, wanted: str | None) -> str:
        """Why a command may not use the dataset ``wanted`` (None: the one it would start
        on) of this workspace, or "": a damaged dataset is never read in the place of
        another, so without a name every dataset must be intact."""
        damaged = self.damaged_datasets()
        if wanted is not None and wanted in damaged:
            return f"the dataset {wanted!r} is damaged: {damaged[wanted]}"
        if wanted is None and damaged:
            parts = "; ".join(f"{name!r} ({why})" for name, why in damaged.items())
            intact = ", ".join(repr(n) for n in self.names()) or "none"
            return (
                f"datasets of the workspace are damaged: {parts}; name an intact one with "
                f"--dataset ({intact})"
            )
        return ""

    def names(self) -> list[str]:
        """Dataset names in workspace order."""
        return [d.name for d in self.datasets]

    def add_dataset(self, dataset: Dataset, report: ImportReport | None = None) -> None:
        """Add ``dataset`` (and its import report); one with the same name is replaced in place."""
        if report is not None:
            self.reports[dataset.name] = report
        else:
            self.reports.pop(dataset.name, None)
        for i, existing in enumerate(self.datasets):
            if existing.name == dataset.name:
                self.datasets[i] = dataset
                return
        self.datasets.append(dataset)

    def remove_dataset(self, name: str) -> None:
        """Remove the dataset called ``name`` and its report; KeyError if there is none."""
        self.datasets.remove(self.dataset(name))
        self.reports.pop(name, None)

    def rename_dataset(self, name: str, new: str) -> Dataset:
        """Call the dataset ``name`` ``new`` (in place, its report follows) and return it.

        KeyError if there is no ``name``; ValueError for a blank ``new`` or one taken.
        """
        from explorer.core.data.renaming import renamed

        dataset = self.dataset(name)
        new = new.strip()
        if new != name and new in self.names():
            raise ValueError(f"the workspace already has a dataset called {new!r}")
        result = renamed(dataset, new)
        self.datasets[self.datasets.index(dataset)] = result
        if name in self.reports:
            self.reports[new] = self.reports.pop(name)
        return result

    def dataset(self, name: str) -> Dataset:
        """The dataset called ``name``; KeyError if there is none."""
        for dataset in self.datasets:
            if dataset.name == name:
                return dataset
        raise KeyError(name)

    def set_alias(self, label: str, result: str) -> None:
        """Map ``label`` (stored normalised) to an ISO3 code or class such as ``DOMESTIC``."""
        from explorer.core.names.keys import normalise  # lazily: it loads ftfy (slow to import)

        key = normalise(label)
        if not key:
            raise ValueError(f"cannot make an alias of the empty label {label!r}")
        self.aliases[key] = result

    def remove_alias(self, label: str) -> None:
        """Forget the alias of ``label`` (raw or normalised); no error if there is none."""
        from explorer.core.names.keys import normalise

        self.aliases.pop(normalise(label), None)
