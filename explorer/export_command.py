"""``trafficking-explorer export``: write maps and data files without any window.

Why no window: the export must show exactly what the app would show for the
same dataset, indicator, year and flow settings, and that is data
(:class:`HeadlessMap`: the same start as the window's) drawn by the same
painter (DESIGN.md section 4). HTML, CSV, XLSX and GeoPackage files load no
Qt at all; PNG, SVG and PDF need only a QGuiApplication on Qt's offscreen
platform, so this runs on servers and in CI without a display.

The language (places, numbers, the map's words) is the window's: ``--lang`` if
given, else ``TRAFFICKING_EXPLORER_LANG``, else the one chosen in View >
Language, else the system's (:func:`export_language`).
"""

from __future__ import annotations

import argparse
import os
import sys
from dataclasses import replace
from pathlib import Path

# Plain names here, so that building the command line imports nothing heavy (the
# window's launch builds it too); tests check them against explorer.core.view.export_spec.
FORMATS = ("png", "svg", "pdf", "html", "csv", "xlsx", "gpkg")
THEMES = ("light", "dark")
#: Short names of the size presets (``export_spec.PRESETS`` by name).
PAGE_NAMES = {
    "slide": "Slide 16:9, 1920 x 1080 px",
    "slide-4k": "Slide 16:9 4K, 3840 x 2160 px",
    "a4-landscape": "A4 landscape",
    "a4-portrait": "A4 portrait",
    "a3-landscape": "A3 landscape",
    "a3-portrait": "A3 portrait",
}


def add_export_parser(commands) -> None:
    """The ``export`` subcommand's options."""
    exp = commands.add_parser(
        "export",
        help="write the map (png, svg, pdf, html) or its data (csv, xlsx, gpkg) without a window",
    )
    exp.add_argument("--out", type=Path, required=True, metavar="PATH", help="file to write")
    exp.add_argument("--format", choices=FORMATS, help="default: from --out")
    exp.add_argument(
        "--workspace", type=Path, metavar="W", help="workspace file to read (default: the user's)"
    )
    exp.add_argument(
        "--demo", action="store_true", help="the built-in SYNTHETIC demo data, no workspace"
    )
    exp.add_argument("--dataset", metavar="D", help="dataset name in the workspace")
    exp.add_argument("--indicator", metavar="I", help="indicator (default: the dataset's)")
    exp.add_argument("--year", type=int, help="year (default: the dataset's latest well-covered)")
    exp.add_argument(
        "--years", metavar="RANGE", help="e.g. 2015-2022: one file per year, named out-YEAR.ext"
    )
    exp.add_argument("--size", metavar="WxH", help="pixels, e.g. 3840x2160 (default 1920x1080)")
    exp.add_argument("--page", choices=sorted(PAGE_NAMES), help="a paper or slide size preset")
    exp.add_argument("--dpi", type=float, default=96.0, help="dots per inch for paper sizes")
    exp.add_argument("--title", help="replace the default title")
    exp.add_argument("--subtitle", help="replace the default subtitle")
    exp.add_argument("--select", metavar="ISO3", help="country to select (outlined)")
    exp.add_argument("--focus", choices=["all", "incoming", "outgoing", "both"], default="all")
    exp.add_argument("--top", type=int, metavar="N", help="number of largest flows drawn")
    exp.add_argument(
        "--between",
        choices=["countries", "subregions", "regions"],
        default="countries",
        help="flows between countries, or summed between UN subregions or regions",
    )
    exp.add_argument("--no-flows", action="store_true", help="leave the flows out")
    exp.add_argument("--no-legend", action="store_true", help="leave the legends out")
    exp.add_argument("--theme", choices=THEMES, default="light")
    exp.add_argument(
        "--lang",
        metavar="CODE",
        help="language of places, numbers and the map's words: en, ar, zh_CN, fr, ru, es "
        "(default: TRAFFICKING_EXPLORER_LANG, else the one chosen in View > Language, "
        "else the system's)",
    )


def export_language(wanted: str | None = None) -> str:
    """The export's language ("en", "ar", "zh_CN"): ``wanted`` (``--lang``), else the
    window's rule (the environment variable, the saved choice, the system's)."""
    from explorer.io.words import languages

    if wanted:
        return wanted.strip().replace("-", "_")
    return next(iter(languages()), "en")


def _check_language(code: str) -> str:
    """A message when ``code`` is no language babel knows ("" when it is)."""
    from babel import Locale, UnknownLocaleError

    try:
        Locale.parse(code)
    except (UnknownLocaleError, ValueError):
        return f"unknown language {code!r}; e.g. en, ar, zh_CN, fr, ru, es"
    return ""


def _spec(args: argparse.Namespace, fmt):
    from explorer.core.view.export_spec import ExportSpec, Extent, Theme, preset

    spec = ExportSpec(
        format=fmt,
        dpi=args.dpi,
        legend=not args.no_legend,
        extent=Extent.WORLD,
        theme=Theme(args.theme),
    )
    if args.page:
        spec = spec.with_preset(preset(PAGE_NAMES[args.page]))
    if args.size:
        width, _, height = args.size.lower().partition("x")
        spec = replace(spec, width=int(width), height=int(height), unit="px")
    return spec


def _format(args: argparse.Namespace):
    from explorer.core.view.export_spec import Format

    if args.format:
        return Format(args.format)
    suffix = args.out.suffix.lower().lstrip(".")
    try:
        return Format({"htm": "html", "geopackage": "gpkg"}.get(suffix, suffix))
    except ValueError:
        raise ValueError(
            f"cannot tell the format from {args.out.name!r}; give --format ({', '.join(FORMATS)})"
        ) from None


def run_export(args: argparse.Namespace) -> int:
    """Write the export(s); 0 on success, 2 for a wrong request, 1 when writing fails."""
    from explorer.core.view.export_spec import Format, parse_years, year_path

    try:
        fmt = _format(args)
        spec = _spec(args, fmt)
        years = parse_years(args.years) if args.years else None
    except ValueError as error:
        print(f"export: {error}", file=sys.stderr)
        return 2
    language = export_language(getattr(args, "lang", None))
    problem = _check_language(language) if getattr(args, "lang", None) else ""
    if problem:
        print(f"export: {problem}", file=sys.stderr)
        return 2
    from explorer.data_files import write_data_file
    from explorer.headless_map import HeadlessMap, ViewRequest
    from explorer.io.file_translations import install_file_translations

    install_file_translations(language)  # as the window's: pictures install Qt's below

    request = ViewRequest(
        workspace=args.workspace,
        dataset=args.dataset,
        indicator=args.indicator,
        year=args.year,
        focus=args.focus,
        flows=not args.no_flows,
        select=args.select,
        demo=args.demo,
        language=language,
    )
    view = HeadlessMap.open(request)
    problem = view.problem(request) or _check_indicator(args, view)
    if problem:
        print(f"export: {problem}", file=sys.stderr)
        return 2
    if args.top:
        view.settings.top_n = args.top
    view.settings.between = args.between
    available = view.dataset.years(view.state.indicator)
    targets = [(year, year_path(args.out, year)) for year in years] if years else None
    if targets is None:
        targets = [(view.state.year, args.out)]
    missing = [year for year, _ in targets if year not in available]
    if missing:
        print(
            f"export: no {view.state.indicator!r} figures for {missing}; "
            f"years with figures: {available[0]}-{available[-1]}",
            file=sys.stderr,
        )
        return 2
    picture = fmt in (Format.PNG, Format.SVG, Format.PDF)
    if picture:
        _start_qt(language)
        from explorer.render.page.map_export import write_picture
    try:
        for year, path in targets:
            view.state.year = year
            choropleth, flow_view = view.choropleth(), view.flow_view()
            texts = view.texts(choropleth, flow_view, english=fmt.is_data)
            if args.title is not None:
                texts = replace(texts, title=args.title)
            if args.subtitle is not None:
                texts = replace(texts, subtitle=args.subtitle)
            path.parent.mkdir(parents=True, exist_ok=True)
            if picture:
                page = view.page(texts, choropleth, flow_view)
                write_picture(page, replace(spec, texts=texts), path)
            else:
                write_data_file(view.view_data(texts, choropleth, flow_view), fmt, path)
            print(f"wrote {path}")
    except (OSError, ValueError) as error:
        print(f"export: {error}", file=sys.stderr)
        return 1
    return 0


def _start_qt(language: str) -> None:
    """A QGuiApplication on the offscreen platform, in the export's language (pictures)."""
    os.environ["QT_QPA_PLATFORM"] = "offscreen"  # no display needed
    from PySide6.QtCore import QLocale
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    from explorer.ui.common.translations import install_translations

    # The legends' words and direction as the window would show them in that language.
    install_translations(app, QLocale(language))
    from explorer.render.fonts import register_fonts

    register_fonts(app)  # Arabic and Chinese text drawn even without system fonts for them


def _check_indicator(args: argparse.Namespace, view) -> str:
    """A message when the indicator asked for is not one the view's dataset has."""
    if args.indicator is not None and args.indicator not in view.dataset.indicators():
        return (
            f"no indicator {args.indicator!r} in {view.dataset.name}; it has: "
            f"{', '.join(view.dataset.indicators())}"
        )
    return ""
