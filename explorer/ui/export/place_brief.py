"""The one-page brief (A4 PDF) of a place: the World, a region, a subregion or a group.

Why: a desk officer briefing on a region needs the regional figures on paper
with the same N and rules as the panel (``core.places``): the map of the place
with its flows, the total, the change on a constant set, the trend, who the
victims were, where they came from, the countries, and how it was computed.
"""

from __future__ import annotations

from pathlib import Path

from explorer.core.data.local_numbers import number_text, year_text
from explorer.core.data.values import format_value
from explorer.core.indicators.shown_names import indicator_name
from explorer.core.places.book import PlaceKind
from explorer.core.places.summary import PlaceSummary, summarise
from explorer.core.places.wording import (
    RULES,
    change_lines,
    origin_lines,
    place_title,
    profile_lines,
    signed_pct,
    total_lines,
)
from explorer.core.texts import SEMICOLON, sentences, words
from explorer.ui.common.core_texts import core_text
from explorer.ui.common.plain_text import LINE_LIMIT, TEXT_LIMIT, shown
from explorer.ui.common.translations import translate
from explorer.ui.export.brief_blocks import Paragraph, Style
from explorer.ui.export.brief_page import BriefPage
from explorer.ui.map.region_zoom import REGION_MARGIN

RANKED = 12
TREND_YEARS = 8

# What gives way first when the brief would run into its footer (brief_blocks.fit): the
# trend's oldest years and the ranked countries beyond the first 5, the map's height, the
# top origin subregions, the profile beyond the children's share, the trend and the
# ranking entirely, the rules beyond the first two, every share of profile and origins.
SOME, MAP, SUBREGIONS, PROFILE, LISTS, RULES_TEXT, SHARES = range(1, 8)
HEADING = Style(size=11, bold=True)
SMALL = Style(size=8.5)


def write_place_brief(window, code: str, path: Path) -> Path:
    """Write the brief of place ``code`` as shown in ``window`` (indicator, year, flows)."""
    state, dataset, book = window.state, window.dataset, window.places
    names = dict(window.detail_panel.countries["name"])
    lang = book.lang
    summary = summarise(dataset, book, code, state.indicator, state.year)
    parent = book.get(summary.place.parent).name if summary.place.parent else ""
    title = shown(place_title(summary, parent, lang), LINE_LIMIT)
    out = BriefPage(
        path,
        translate("PlaceBrief", "Brief: {place}").format(place=title),
        dataset.is_synthetic,
    )
    out.text(title, size=20, bold=True, gap_mm=0.5)
    out.text(
        translate("PlaceBrief", "{indicator}, {year} · {n} countries in the place").format(
            indicator=shown(indicator_name(state.indicator, lang), LINE_LIMIT),
            year=year_text(state.year, lang),
            n=number_text(summary.place.size, lang),
        ),
        size=10,
        colour="#555555",
        gap_mm=2.5,
    )
    if summary.place.kind is PlaceKind.WORLD:
        frame = window.map_view.world_rect
    else:
        frame = window.geometry.members_frame(summary.place.members, REGION_MARGIN)
    out.map(window.map_view.picture(), frame, height_share=0.42, stages=((MAP, 0.30),))

    out.text(translate("PlaceBrief", "Key figures"), size=11, bold=True)
    figures = total_lines(summary, lang) + change_lines(summary, names, lang)
    out.text(shown("\n".join(figures), TEXT_LIMIT))
    _trend(out, summary, lang)
    profile = profile_lines(summary, lang)
    if profile:
        out.listing(
            [shown(line, TEXT_LIMIT) for line in profile],
            SMALL,
            heading=Paragraph(translate("PlaceBrief", "Who they were"), HEADING),
            stages=((PROFILE, 1), (SHARES, 0)),
        )
    origins = origin_lines(summary.origins, lang=lang)
    if origins:
        out.listing(
            [shown(line, TEXT_LIMIT) for line in origins],
            SMALL,
            heading=Paragraph(translate("PlaceBrief", "Where they came from"), HEADING),
            stages=((SUBREGIONS, 2), (SHARES, 0)),
        )
    if summary.ranking:
        listed = [
            f"{shown(names.get(r.iso3, r.iso3), LINE_LIMIT)} "
            f"{format_value(r.value, r.lower, r.upper, '', lang)}"
            for r in summary.ranking[:RANKED]
        ]
        out.listing(
            listed,
            SMALL,
            joiner=words(lang).say(SEMICOLON),  # the language's: Arabic "؛ "
            heading=Paragraph(translate("PlaceBrief", "Countries, largest first"), HEADING),
            stages=((SOME, 5), (LISTS, 0)),
        )
    out.text(translate("PlaceBrief", "How these figures are computed"), size=9, bold=True)
    out.listing(
        [core_text(text) for _, text in RULES],
        Style(size=7.5, colour="#444444"),
        joiner="\n",
        wrap=lambda rules: sentences(rules.split("\n")),  # one paragraph
        stages=((RULES_TEXT, 2),),
    )
    provenance = dataset.provenance
    out.finish(provenance.source_line(lang), sentences(provenance.caveats_in(lang)), lang)
    return path


def _trend(out: BriefPage, summary: PlaceSummary, lang: str | None) -> None:
    """The last years' reporting and change on constant sets; the oldest give way first."""
    years = [t for t in summary.trend if t.reporting]
    if not years:
        return
    steps = []
    for t in years[-TREND_YEARS:]:
        pct = t.change.pct if t.change is not None else None
        step = (
            f"{signed_pct(pct, lang)} ({number_text(t.change.countries, lang)})"
            if pct is not None
            else translate("PlaceBrief", "n/a")
        )
        steps.append(
            translate("PlaceBrief", "{year}: {reporting} reported, change {step}").format(
                year=year_text(t.year, lang),
                reporting=number_text(t.reporting, lang),
                step=step,
            )
        )
    w = words(lang)
    out.listing(
        steps,
        SMALL,
        joiner=w.say(SEMICOLON),
        heading=Paragraph(
            translate("PlaceBrief", "Trend on constant sets of countries"), Style(size=9, bold=True)
        ),
        wrap=w.full_stop,
        from_start=True,
        stages=((SOME, 3), (LISTS, 0)),
    )
