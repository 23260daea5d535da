"""Which workspace and dataset a view of the map starts on, and what it shows of it.

Why apart from the window: the launch, the workspace session (at every
switch) and the headless ``export`` command, which builds no window, must
all agree on these answers, so they live in one Qt-free place.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from explorer.core.data.dataset import Dataset
from explorer.core.demo.source import DemoSource
from explorer.io.workspace.store import (
    Workspace,
    WorkspaceError,
    default_workspace_path,
    load_workspace,
)


@dataclass(frozen=True)
class OpenedWorkspace:
    """The workspace a view binds to: ``workspace`` None for the demo alone.

    ``error`` says why the file at ``path`` could not be read (the workspace is
    then empty, and the file must never be written over).
    """

    workspace: Workspace | None
    path: Path | None
    error: str | None = None


def open_workspace(path: Path | None, demo_only: bool = False) -> OpenedWorkspace:
    """The workspace at ``path`` (default: the user's); an empty one if there is no file."""
    if demo_only:
        return OpenedWorkspace(None, None)
    path = path or default_workspace_path()
    if not path.exists():
        return OpenedWorkspace(Workspace(), path)
    try:
        return OpenedWorkspace(load_workspace(path), path)
    except WorkspaceError as error:
        return OpenedWorkspace(Workspace(), path, str(error))


def first_dataset(
    opened: OpenedWorkspace, demo: DemoSource, wanted: str | None = None
) -> tuple[Dataset, dict]:
    """The dataset a view starts on (with its derived indicators) and its saved view; the
    demo is generated only when it is the one."""
    workspace = opened.workspace
    if workspace is None:
        return with_derived(None, demo.load()), {}
    name = start_dataset_name(workspace, demo, wanted)
    view = workspace.view if workspace.view.get("dataset") == name else {}
    chosen = demo.load() if name == demo.name else workspace.dataset(name)
    return with_derived(workspace, chosen), view


def start_dataset_name(workspace: Workspace, demo: DemoSource, wanted: str | None = None) -> str:
    """The dataset to show first: ``wanted``, the last one viewed, the newest, or the demo."""
    names = workspace.names()
    for candidate in (wanted, workspace.view.get("dataset")):
        if isinstance(candidate, str) and (candidate in names or candidate == demo.name):
            return candidate
    return names[-1] if names else demo.name


def with_derived(workspace: Workspace | None, dataset: Dataset) -> Dataset:
    """``dataset`` as shown: shares and changes; for real data also its activities as a
    map indicator and rates per 100,000 when the workspace holds a population.

    Synthetic data gets no rates: real population under invented counts would
    look like a real rate.
    """
    from explorer.core.indicators.derived import with_derived_indicators

    if not dataset.is_synthetic and workspace is not None:
        from explorer.core.indicators.activities import with_activity_indicator
        from explorer.core.indicators.rates import find_population, with_rates

        dataset = with_activity_indicator(dataset)
        found = find_population([dataset, *workspace.datasets])
        if found is not None:
            population, source = found
            dataset = with_rates(dataset, population, source)
    from explorer.core.geo.countries import load_countries

    countries = load_countries()
    region_of = {
        iso3: region
        for iso3, region in zip(countries["iso3"], countries["region"], strict=True)
        if isinstance(region, str) and region != "Antarctica"
    }
    return with_derived_indicators(dataset, region_of)
