"""The view a user left, as plain JSON, and back onto any dataset.

Why Qt-free and forgiving: the last view is saved in the workspace and
restored at the next start, possibly onto another dataset (after a
re-import, or when a dataset was removed). Whatever no longer exists (an
indicator, a year, a country) falls back to the dataset's defaults instead of
failing, so the app always opens.
"""

from __future__ import annotations

import contextlib
import dataclasses
from collections.abc import Mapping
from enum import StrEnum

from explorer.core.data.breakdown import Breakdown
from explorer.core.data.dataset import Dataset
from explorer.core.flows.settings import FlowSettings
from explorer.core.view.state import ViewState

#: The indicator a first map shows when the dataset has it.
PREFERRED_INDICATOR = "Detected trafficking victims"


def snapshot(state: ViewState, settings: FlowSettings, dataset_name: str) -> dict[str, object]:
    """The view as a JSON-serialisable dict."""
    flows = {
        f.name: str(v) if isinstance(v, StrEnum) else v
        for f in dataclasses.fields(settings)
        if isinstance(v := getattr(settings, f.name), (bool, int, float, str))
    }
    return {
        "dataset": dataset_name,
        "indicator": state.indicator,
        "year": state.year,
        "breakdown": dataclasses.asdict(state.breakdown),
        "selected": state.selected,
        "place": state.place,
        "flows": flows,
    }


def restore_state(
    view: Mapping[str, object],
    dataset: Dataset,
    indicator: str | None = None,
    year: int | None = None,
) -> ViewState:
    """A ViewState on ``dataset`` as close to ``view`` as the dataset allows.

    ``indicator`` and ``year`` (from the command line) win over the saved view.
    """
    indicators = dataset.indicators()
    wanted = indicator or view.get("indicator")
    chosen = wanted if wanted in indicators else default_indicator(dataset)
    years = dataset.years(chosen) if chosen else []
    wanted_year = year if year is not None else view.get("year")
    chosen_year = wanted_year if wanted_year in years else default_year(dataset, chosen)
    breakdown = Breakdown.TOTAL
    saved = view.get("breakdown")
    if isinstance(saved, Mapping) and chosen and indicator is None:
        try:
            candidate = Breakdown(**{k: str(v) for k, v in saved.items()})
        except TypeError:
            candidate = Breakdown.TOTAL
        if candidate in dataset.breakdowns(chosen):
            breakdown = candidate
    state = ViewState(indicator=chosen, year=int(chosen_year), breakdown=breakdown)
    selected = view.get("selected")
    if isinstance(selected, str) and selected:
        state.selected = selected
    place = view.get("place")
    if isinstance(place, str) and place:
        state.place = place  # checked against the place book by the panel that shows it
    return state


def default_indicator(dataset: Dataset) -> str:
    """Detected victims when the dataset has them (what users open the map for), else the first."""
    indicators = dataset.indicators()
    if PREFERRED_INDICATOR in indicators:
        return PREFERRED_INDICATOR
    return indicators[0] if indicators else ""


def default_year(dataset: Dataset, indicator: str) -> int:
    """The latest year reported by at least half as many countries as the best-covered year.

    Why not simply the latest: official series arrive country by country, so the
    newest year of an export often holds a handful of countries (GLOTIP 2023:
    2021 has far fewer than 2019); a first map of mostly grey misleads.
    """
    years = dataset.years(indicator) if indicator else []
    if not years:
        return 0
    frame = dataset.observations
    rows = frame[frame["indicator"] == indicator]
    coverage = rows.groupby("year")["iso3"].nunique()
    best = coverage.max() if len(coverage) else 0
    covered = [int(y) for y, n in coverage.items() if n >= best / 2 and int(y) in years]
    return max(covered) if covered else years[-1]


def restore_flow_settings(view: Mapping[str, object], dataset: Dataset) -> FlowSettings:
    """Flow settings from ``view``; unknown fields and impossible values are ignored."""
    settings = FlowSettings()
    saved = view.get("flows")
    if not isinstance(saved, Mapping):
        return settings
    for f in dataclasses.fields(settings):
        if f.name in saved:
            with contextlib.suppress(TypeError, ValueError):  # FlowSettings checks each value
                setattr(settings, f.name, saved[f.name])
    if settings.indicator and settings.indicator not in dataset.flow_indicators():
        settings.indicator = ""
    return settings


def start_view(
    view: Mapping[str, object],
    dataset: Dataset,
    indicator: str | None = None,
    year: int | None = None,
    focus: str = "all",
    flows: bool = True,
    selected: str | None = None,
) -> tuple[ViewState, FlowSettings]:
    """The state and flow settings a view starts with: the saved ``view``, overridden by
    what the command line asks (an indicator, a year, a focus, no flows, a country).

    The window and the headless export both start here, so that an export shows
    what the window would show for the same request.
    """
    state = restore_state(view, dataset, indicator, year)
    settings = restore_flow_settings(view, dataset)
    if focus != "all" or not view:  # the command line's focus, else the saved one
        settings.focus = focus
    if not flows:
        settings.visible = False
    if selected is not None:
        state.selected = selected.upper() or None
    return state, settings
