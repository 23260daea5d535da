"""The one-page country brief (A4 PDF) of the selected country.

Why here, in ui: the brief shows the map as the window shows it (the country
and the other ends of its flows, drawn by the one map painter from the view's
data) and the panel's own trend chart and profile bars; the numbers and
sentences come from ``core.country_profile`` like the panel's.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from explorer.core.data.local_numbers import number_text, year_text
from explorer.core.indicators.country_flow_table import flow_table
from explorer.core.indicators.country_key_figures import key_figures
from explorer.core.indicators.country_victim_profile import victim_profile
from explorer.core.indicators.shown_names import breakdown_name, indicator_name
from explorer.core.indicators.trend import country_trend
from explorer.core.names.display_names import region_name
from explorer.core.texts import SEMICOLON, sentences, words
from explorer.ui.common.plain_text import LINE_LIMIT, shown
from explorer.ui.common.translations import translate
from explorer.ui.common.trend_chart import TrendChart
from explorer.ui.export.brief_blocks import Style
from explorer.ui.export.brief_page import BriefPage
from explorer.ui.panel.profile_bars import ProfileBars

# What gives way first when the brief would run into its footer (brief_blocks.fit): the
# activities beyond the first 3, the flows beyond the first 3 of each list, the map's
# height, the trend chart, every activity listed, the victim profile.
ACTIVITIES, FLOWS, MAP, CHART, ALL_ACTIVITIES, PROFILE = range(1, 7)
ACTIVITIES_LISTED = 8


def write_country_brief(window, iso3: str, path: Path) -> Path:
    """Write the brief for ``iso3`` as shown in ``window`` (indicator, year, flows) to ``path``."""
    state, dataset = window.state, window.dataset
    countries = window.detail_panel.countries
    lang = window.detail_panel.language
    names = dict(countries["name"])
    row = countries.loc[iso3]
    indicator, year, breakdown = state.indicator, state.year, state.breakdown
    name = shown(row["name"], LINE_LIMIT)
    out = BriefPage(
        path,
        translate("CountryBrief", "Country brief: {name}").format(name=name),
        dataset.is_synthetic,
    )
    out.text(name, size=20, bold=True, gap_mm=0.5)
    out.text(
        translate("CountryBrief", "{iso3} · {region} · {subregion} · country brief, {year}").format(
            iso3=iso3,
            region=region_name(row["region"], lang),
            subregion=region_name(row["subregion"], lang),
            year=year_text(year, lang),
        ),
        size=10,
        colour="#555555",
        gap_mm=2.5,
    )

    # The country with the other ends of its flows: where victims came from and went to.
    frame = window.map_view.frame_of(iso3, window.flows.partners(iso3))
    out.map(window.map_view.picture(), frame, stages=((MAP, 0.32),))

    figures = key_figures(dataset, countries.reset_index(), iso3, indicator, year, breakdown)
    out.text(translate("CountryBrief", "Key figures"), size=11, bold=True)
    out.text("\n".join(figures.lines(lang)))
    chart = TrendChart()
    chart.lang = lang
    chart.set_trend(country_trend(dataset, iso3, indicator, breakdown), year)
    if not chart.trend.empty:
        heading = translate("CountryBrief", "{indicator} ({breakdown}) by year").format(
            indicator=shown(indicator_name(indicator, lang), LINE_LIMIT),
            breakdown=breakdown_name(breakdown.label, lang),
        )
        with out.section(goes_at=CHART):
            out.text(heading, size=9, bold=True, gap_mm=0.5)
            out.widget(chart, 32)

    profile = victim_profile(dataset, iso3, year, lang=lang)
    if not profile.empty:
        bars = ProfileBars()
        bars.lang = lang
        bars.set_profile(profile)
        with out.section(goes_at=PROFILE):
            out.text(
                translate("CountryBrief", "Who the detected victims were, {year}").format(
                    year=year_text(year, lang)
                ),
                size=11,
                bold=True,
            )
            out.text(profile.children_text, bold=True, colour="#b2182b")
            out.widget(bars, bars.sizeHint().height() * 25.4 / 96)

    flow_indicator = window.flows.indicator
    if flow_indicator is not None:
        out.text(translate("CountryBrief", "Flows"), size=11, bold=True)
        for direction, heading in (
            ("origins", translate("CountryBrief", "Top origins: {flows}")),
            ("destinations", translate("CountryBrief", "Detected in: {flows}")),
        ):
            table = flow_table(dataset, names, iso3, year, flow_indicator, direction, lang)
            listed = [
                f"{shown(r.name, LINE_LIMIT)} {r.figure.text_in(lang)}" for r in table.rows[:6]
            ]
            if not listed:
                out.text(heading.format(flows=translate("CountryBrief", "no flows recorded")))
                continue
            out.listing(
                listed,
                joiner=words(lang).say(SEMICOLON),  # the language's: Arabic "؛ "
                stages=((FLOWS, 3),),
                wrap=lambda flows, heading=heading: heading.format(flows=flows),
            )

    _activities(out, dataset.activities_for(iso3), lang)
    provenance = dataset.provenance
    out.finish(provenance.source_line(lang), sentences(provenance.caveats_in(lang)), lang)
    return path


def _activities(out: BriefPage, activities: pd.DataFrame, lang: str | None) -> None:
    """The heading with the count, then up to 8 activities, fewer when the page is full."""
    out.text(
        translate("CountryBrief", "Assistance activities ({count})").format(
            count=number_text(len(activities), lang)
        ),
        size=11,
        bold=True,
    )
    listed = []
    for record in activities.head(ACTIVITIES_LISTED).itertuples(index=False):
        start = "" if pd.isna(record.start) else year_text(record.start.year, lang)
        facts = [record.kind, record.status, start]
        facts = words(lang).join(shown(f, LINE_LIMIT) for f in facts if not pd.isna(f) and f != "")
        listed.append(f"• {shown(record.title)} ({facts})")
    more = translate("CountryBrief", "… and {count} more.")
    out.listing(
        listed,
        Style(size=8.5, gap_mm=0.4),
        joiner="\n",
        apart=0.4,
        stages=((ACTIVITIES, 3), (ALL_ACTIVITIES, 0)),
        hidden=max(0, len(activities) - ACTIVITIES_LISTED),
        more=lambda n: more.format(count=number_text(n, lang)),
    )
