"""What the map says about a country under the pointer: its figure, the year, warnings.

Why apart from the view: the same words go to the tooltip, the status bar and
screen readers; the view only knows where the pointer is.
"""

from __future__ import annotations

from explorer.core.data.dataset import Dataset
from explorer.core.data.local_numbers import year_text
from explorer.core.data.values import format_value
from explorer.core.indicators.consistency import warnings_for
from explorer.core.view.choropleth import Choropleth
from explorer.ui.common.translations import translate


def country_tooltip(
    name: str,
    iso3: str,
    choropleth: Choropleth | None,
    dataset: Dataset,
    unplaced: list[str],
) -> str:
    """Name, value with its qualifier and year, subject, the file's contradictions, and
    the flows without a curve (``unplaced``), one per line."""
    lines = [name]
    if choropleth is not None:
        values = choropleth.values
        if iso3 in values.index:
            v = values.loc[iso3]
            lines.append(
                f"{format_value(v['value'], v['lower'], v['upper'], v['flag'], choropleth.lang)}"
                f" ({year_text(choropleth.year, choropleth.lang)})"
            )
        else:
            lines.append(
                translate("MapView", "no data ({year})").format(
                    year=year_text(choropleth.year, choropleth.lang)
                )
            )
        lines.append(choropleth.subject_in())
        lines.extend(
            f"\u26a0 {w}"
            for w in warnings_for(
                dataset, iso3, choropleth.indicator, choropleth.year, choropleth.lang
            )
        )
    lines.extend(unplaced)
    return "\n".join(lines)
