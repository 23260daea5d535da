"""Which dataset a window shows first, and what it shows of it.

Why apart from the session: the launch (:mod:`explorer.ui.window.app`) needs both
answers before any session exists, and the session needs them again at every
switch; both must agree, so they live in one place.
"""

from __future__ import annotations

from explorer.core.data.dataset import Dataset
from explorer.io.workspace.store import Workspace


def start_dataset_name(workspace: Workspace, demo: Dataset, wanted: str | None = None) -> str:
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
