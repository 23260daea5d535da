"""View > Zoom to region: the UN regions and subregions as zoom presets.

Why: desk officers work on a region ("Western Africa", "South-eastern Asia");
framing it by hand with the wheel takes several steps on every visit. The
frame covers the main part of each country of the region (an overseas
territory does not stretch Europe's frame across the Atlantic).
"""

from __future__ import annotations

from functools import partial

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from explorer.core.names.display_names import region_name
from explorer.ui.common.collation import by_name
from explorer.ui.common.translations import translate

REGION_MARGIN = 0.08  # share of the frame added around the region's countries


def zoom_to_members(window, members) -> bool:
    """Frame ``members`` on the map; False when none of them is on the map."""
    frame = window.geometry.members_frame(members, REGION_MARGIN)
    if frame is None:
        return False
    window.map_view.frame(frame)
    return True


def zoom_to_region(window, region: str) -> bool:
    """Frame ``region`` on the map and show its place panel; False when it has no country."""
    countries = window.countries
    members = countries[(countries["region"] == region) | (countries["subregion"] == region)]
    if window.geometry.members_frame(set(members["iso3"]), REGION_MARGIN) is None:
        return False
    found = window.places.find(region)
    if found is not None:  # the panel shows the region, as the place picker would
        window.state.selected_flow = None
        window.state.selected = None
        window.state.place = found.code
    return zoom_to_members(window, set(members["iso3"]))


def install_region_zoom(window) -> QMenu:
    """Add View > Zoom to region, one entry per region with its subregions beneath."""
    menu = window.view_menu.addMenu(translate("RegionZoom", "Zoom to re&gion"))
    countries = window.countries
    lang = window.language

    def named(region: str) -> str:  # in the interface language, as the place picker
        return region_name(region, lang)

    regions = (r for r in countries["region"].dropna().unique() if r != "Antarctica")
    for region in by_name(regions, named, lang):
        action = QAction(named(region).replace("&", "&&"), menu)  # a name, not a mnemonic
        action.triggered.connect(partial(zoom_to_region, window, region))
        menu.addAction(action)
        subs = countries.loc[countries["region"] == region, "subregion"].dropna().unique()
        for sub in by_name((s for s in subs if s and s != region), named, lang):
            action = QAction("    " + named(sub).replace("&", "&&"), menu)
            action.triggered.connect(partial(zoom_to_region, window, sub))
            menu.addAction(action)
        menu.addSeparator()
    totals = QAction(translate("RegionZoom", "Colour &by regional totals"), window, checkable=True)
    totals.setToolTip(
        translate("RegionZoom", "Each country shows its UN region's total of the indicator")
    )
    totals.toggled.connect(partial(colour_by_regional_totals, window))
    window.view_menu.addAction(totals)
    window.context.regional_totals_action = totals
    return menu


def colour_by_regional_totals(window, on: bool) -> bool:
    """Switch the map between an indicator and its regional totals; False if there are none."""
    from explorer.core.indicators.derived import REGIONAL_SUFFIX, regional_name

    indicator = window.state.indicator
    if on and not indicator.endswith(REGIONAL_SUFFIX):
        target = regional_name(indicator)
    elif not on and indicator.endswith(REGIONAL_SUFFIX):
        target = indicator.removesuffix(REGIONAL_SUFFIX)
    else:
        return True
    if target not in window.dataset.indicators():
        message = translate("RegionZoom", "No regional totals for {indicator}").format(
            indicator=indicator
        )
        window.statusBar().showMessage(message, 5000)
        return False
    window.state.indicator = target
    return True
