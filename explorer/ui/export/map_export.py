"""Export the window's current map: its view as data, handed to the writers.

Why only an adapter: the export shows exactly what the screen shows
(dataset, indicator, breakdown, year, selection, flow settings), so this
reads the window's view into data once (:class:`MapPage` for pictures,
:class:`ViewData` for data files) and the writers in ``render`` and
``explorer.data_files`` do the rest; nothing on screen is changed.
"""

from __future__ import annotations

from dataclasses import fields, replace
from pathlib import Path

from PySide6.QtGui import QGuiApplication, QImage

from explorer.core.view.data import MapTexts, ViewData, default_texts, view_data
from explorer.core.view.export_spec import ExportSpec, Format
from explorer.data_files import write_data_file
from explorer.render.page.map_export import MapPage, render_png, write_picture
from explorer.ui.common.core_texts import core_text


def default_map_texts(window, english: bool = False) -> MapTexts:
    """The texts an export starts with: title from the view, source from the provenance,
    in the window's language (``english``: the words of the data files)."""
    texts = default_texts(
        window.dataset,
        window.map_view.choropleth,
        window.flows.view,
        between=window.flows.between.value,
        lang=None if english else getattr(window, "language", None),
    )
    return texts if english else replace(texts, disclaimer=core_text(texts.disclaimer))


def data_texts(window, texts: MapTexts | None = None) -> MapTexts:
    """The texts of a data file (CSV, XLSX, GeoPackage): English, as every data export's
    words are, except those the user wrote in the export dialog, kept as written."""
    english = default_map_texts(window, english=True)
    if texts is None:
        return english
    shown = default_map_texts(window)
    kept = {
        f.name: getattr(english, f.name)
        for f in fields(MapTexts)
        if getattr(texts, f.name) == getattr(shown, f.name)
    }
    return replace(texts, **kept)


def window_view_data(window, texts: MapTexts | None = None) -> ViewData:
    """The tables behind the window's current view (for HTML and data files)."""
    return view_data(
        window.countries,
        window.map_view.choropleth,
        texts or default_map_texts(window),
        window.state.breakdown.label,
        window.flows.view,
        flow_names=window.flows.flow_names(),
        flow_ends=window.flows.flow_ends(),
        selected=window.state.selected,
        crs=window.crs,
    )


def map_page(window) -> MapPage:
    """The window's current map as a page to export: its data, not its widgets."""
    view = window.map_view
    area = None
    if view.viewport().width() > 1:
        area = view.mapToScene(view.viewport().rect()).boundingRect()
    return MapPage(
        view.picture(),
        view.choropleth,
        window.flows.legend(),
        default_map_texts(window),
        area,
    )


def export(window, spec: ExportSpec, path: Path) -> Path:
    """Write the window's current view to ``path`` in ``spec.format``."""
    if spec.format in (Format.PNG, Format.SVG, Format.PDF):
        return write_picture(map_page(window), spec, path)
    texts = data_texts(window, spec.texts) if spec.format.is_data else spec.texts
    return write_data_file(window_view_data(window, texts), spec.format, path)


def copy_to_clipboard(window, spec: ExportSpec) -> QImage:
    """Put the export image on the clipboard, for pasting into slides."""
    image = render_png(map_page(window), replace(spec, format=Format.PNG))
    QGuiApplication.clipboard().setImage(image)
    return image
