"""Accessible names and descriptions: what a screen reader says about the window.

- The map view is "World map"; its description names the map's subject and
  year, the selected country with its value and class (or "No country
  selected"), and the legend, which is painted and so has no widget of its
  own. The viewport, named "Map legend", carries the legend text alone.
- The country panel (dock and its scrolling content) is "Country details",
  described by the first lines of ``DetailPanel.text()`` (less the dataset's
  source and caveats, the same for every country).
- The flows dock is "Flows", its content "Flow settings".
- The controls: "Indicator", "Breakdown", "Year" (described by the current
  year), "Play years" (described as playing or paused), and the search box
  "Find a country".

Why descriptions are re-set after each paint too: ``MapView.set_choropleth``
writes the map title into the map's description whenever the map is
restyled; checking after each paint (a string comparison, the text being
rebuilt only when the choropleth, selection or flow legend changed) keeps
ours in place whoever restyled the map. Qt itself announces a changed
description (QAccessible DescriptionChanged) from ``setAccessibleDescription``.

The widgets and the view state live as long as the window: names and
connections are made once, and a dataset switch only re-describes
(``dataset_shown``: the state took its new values without a signal).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject

from explorer.core.data.values import format_value
from explorer.core.view.choropleth import CLASS, Choropleth
from explorer.ui.common.plain_text import LINE_LIMIT, shown
from explorer.ui.common.translations import translate

if TYPE_CHECKING:
    from explorer.render.flows.legend import FlowLegend
    from explorer.ui.window.main_window import MainWindow

# Marked for lupdate here, translated where they are used (names stay English in code).
MAP_NAME = QT_TRANSLATE_NOOP("Accessibility", "World map")
LEGEND_NAME = QT_TRANSLATE_NOOP("Accessibility", "Map legend")
PANEL_NAME = QT_TRANSLATE_NOOP("Accessibility", "Country details")
FLOWS_NAME = QT_TRANSLATE_NOOP("Accessibility", "Flows")
FLOW_SETTINGS_NAME = QT_TRANSLATE_NOOP("Accessibility", "Flow settings")
SEARCH_NAME = QT_TRANSLATE_NOOP("Accessibility", "Find a country")
NO_SELECTION = QT_TRANSLATE_NOOP("Accessibility", "No country selected.")
PANEL_LINES = 4


def value_sentence(choropleth: Choropleth, iso3: str, name: str) -> str:
    """``"Selected: Brazil, 1,234 (class 324 - 10,981)."``: value as the tooltip shows it."""
    values = choropleth.values
    if iso3 in values.index:
        v = values.loc[iso3]
        value = format_value(v["value"], v["lower"], v["upper"], v["flag"], choropleth.lang)
    else:
        value = translate("Accessibility", "no data")
    fill = choropleth.fill(iso3)
    klass = ""
    if fill.kind == CLASS and 0 <= fill.class_index < len(choropleth.legend):
        label = choropleth.legend[fill.class_index].label
        if label != value:  # a category's class is its own text
            klass = translate("Accessibility", " (class {label})").format(label=label)
    return translate("Accessibility", "Selected: {name}, {value}{klass}.").format(
        name=shown(name, LINE_LIMIT), value=value, klass=klass
    )


def legend_text(choropleth: Choropleth | None, flows: FlowLegend | None = None) -> str:
    """The painted legends as one sentence each: classes with their note, then flows."""
    parts = []
    if choropleth is not None:
        labels = "; ".join(entry.label for entry in choropleth.legend)
        parts.append(
            translate("Accessibility", "Legend: {labels} ({note}).").format(
                labels=labels, note=choropleth.note_in()
            )
        )
    if flows is not None:
        widths = ", ".join(label for label, _ in flows.references)
        sentence = flows.title
        if widths:
            sentence += translate("Accessibility", "; line widths for {widths}").format(
                widths=widths
            )
        if flows.colours:
            sentence += translate("Accessibility", "; colours {colours}").format(
                colours=", ".join(label for label, _ in flows.colours)
            )
        parts.append(sentence + ".")
    return " ".join(parts)


def map_description(window: MainWindow) -> str:
    """What the map shows now: subject and year, the selected country, the legend."""
    map_view = window.map_view
    choropleth = map_view.choropleth
    flows = map_view.flows.legend() if map_view.flows is not None else None
    if choropleth is None:
        none = translate("Accessibility", "No indicator shown.")
        return " ".join(p for p in (none, legend_text(None, flows)) if p)
    iso3 = window.state.selected
    item = map_view.items_by_iso3.get(iso3 or "")
    if iso3 is None:
        selected = translate("Accessibility", NO_SELECTION)
    else:
        selected = value_sentence(choropleth, iso3, item.name if item is not None else iso3)
    return " ".join(
        p for p in (f"{choropleth.title_in()}.", selected, legend_text(choropleth, flows)) if p
    )


def panel_summary(window: MainWindow, lines: int = PANEL_LINES) -> str:
    """The first lines of the country panel's text, less the dataset's source and caveats.

    Those two are the same for every country; without them the first lines
    are the country, its region and its key figures (or why there are none).
    """
    panel = window.detail_panel
    same_for_all = {
        line
        for label in (panel.source_label, panel.caveat_label)
        for line in label.text().splitlines()
    }
    kept = [line for line in panel.text().splitlines() if line not in same_for_all]
    return "\n".join(kept[:lines])


class Accessibility(QObject):
    """Keeps the window's accessible names and descriptions current (see module docstring)."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self._key: tuple[object, ...] | None = None
        self._map_text = ""
        self._legend_text = ""
        self.attach()
        window.dataset_shown.connect(self.refresh)

    def attach(self) -> None:
        """Name the widgets and follow the view state."""
        window = self.window
        map_view, controls = window.map_view, window.controls
        map_view.setAccessibleName(translate("Accessibility", MAP_NAME))
        map_view.viewport().setAccessibleName(translate("Accessibility", LEGEND_NAME))
        window.detail_panel.setAccessibleName(translate("Accessibility", PANEL_NAME))
        if window.detail_panel.widget() is not None:
            window.detail_panel.widget().setAccessibleName(translate("Accessibility", PANEL_NAME))
        window.flow_controls.setAccessibleName(translate("Accessibility", FLOWS_NAME))
        window.flow_controls.setAccessibleDescription(
            translate(
                "Accessibility",
                "Which flows the map draws and how: indicator, number, minimum, region, "
                "focus, widths and colours",
            )
        )
        if window.flow_controls.widget() is not None:
            window.flow_controls.widget().setAccessibleName(
                translate("Accessibility", FLOW_SETTINGS_NAME)
            )
        controls.indicator_box.setAccessibleName(translate("Accessibility", "Indicator"))
        controls.indicator_box.setAccessibleDescription(
            translate("Accessibility", "What the map shows")
        )
        controls.breakdown_box.setAccessibleName(translate("Accessibility", "Breakdown"))
        controls.breakdown_box.setAccessibleDescription(
            translate("Accessibility", "Total, or a part such as sex or age")
        )
        controls.year_slider.setAccessibleName(translate("Accessibility", "Year"))
        controls.play_button.setAccessibleName(translate("Accessibility", "Play years"))
        window.search_box.setAccessibleName(translate("Accessibility", SEARCH_NAME))
        window.search_box.setAccessibleDescription(
            translate(
                "Accessibility",
                "Type a country name or ISO code and press Enter to select it; "
                "then Tab to the map and use Up and Down to step through the ranking",
            )
        )
        state = window.state
        for signal in (
            state.selection_changed,
            state.indicator_changed,
            state.breakdown_changed,
            state.year_changed,
        ):
            # Connected after the map and the panel, so they have updated first.
            signal.connect(self.refresh, unique=True)
        map_view.painted.connect(self._sync_map)
        controls.play_button.toggled.connect(self._describe_play)
        self._key = None
        self.refresh()

    def refresh(self, *_: object) -> None:
        """Re-describe the map, the panel, the year slider and the play button."""
        window = self.window
        self._sync_map()
        summary = panel_summary(window)
        window.detail_panel.setAccessibleDescription(summary)
        if window.detail_panel.widget() is not None:
            window.detail_panel.widget().setAccessibleDescription(summary)
        window.controls.year_slider.setAccessibleDescription(str(window.state.year))
        self._describe_play(window.controls.play_button.isChecked())

    def _describe_play(self, playing: bool) -> None:
        button = self.window.controls.play_button
        button.setAccessibleDescription(
            translate("Accessibility", "Playing through the years (Space pauses)")
            if playing
            else translate("Accessibility", "Paused (Space plays through the years)")
        )

    def _sync_map(self) -> None:
        """Set the map's description unless it is current (cheap: called after each paint)."""
        map_view = self.window.map_view
        flows = map_view.flows.legend() if map_view.flows is not None else None
        key = (map_view, map_view.choropleth, self.window.state.selected, flows)
        if self._key is None or any(a is not b for a, b in zip(key, self._key, strict=True)):
            self._key = key
            self._map_text = map_description(self.window)
            self._legend_text = legend_text(map_view.choropleth, flows)
        if map_view.accessibleDescription() != self._map_text:
            map_view.setAccessibleDescription(self._map_text)
        viewport = map_view.viewport()
        if viewport.accessibleDescription() != self._legend_text:
            viewport.setAccessibleDescription(self._legend_text)


def install_accessibility(window: MainWindow) -> Accessibility:
    """Give ``window`` its accessible names and descriptions, kept current; call once."""
    accessibility = Accessibility(window)
    window.context.accessibility = accessibility
    return accessibility
