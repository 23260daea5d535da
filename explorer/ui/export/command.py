"""``trafficking-explorer export``: write maps and data files without showing a window.

Why an offscreen window: the export must show exactly what the app would
show for the same dataset, indicator, year and flow settings, through the
same painters (DESIGN.md section 4). Qt's offscreen platform needs no display,
so this runs on servers and in CI; no window ever appears.
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
    exp.add_argument("--workspace", type=Path, metavar="W", help="workspace file to read")
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
    from explorer.core.view.export_spec import parse_years, year_path

    try:
        fmt = _format(args)
        spec = _spec(args, fmt)
        years = parse_years(args.years) if args.years else None
    except ValueError as error:
        print(f"export: {error}", file=sys.stderr)
        return 2
    os.environ["QT_QPA_PLATFORM"] = "offscreen"  # no window, no display needed
    from PySide6.QtWidgets import QApplication

    from explorer.ui.window.app import LaunchOptions, build_window

    app = QApplication.instance() or QApplication(sys.argv[:1])
    from explorer.ui.common.translations import install_translations

    install_translations(app)  # the same words as the window would show
    demo_only = args.workspace is None and args.dataset is None
    options = LaunchOptions(
        indicator=args.indicator,
        year=args.year,
        workspace=args.workspace,
        dataset=args.dataset,
        demo_only=demo_only,
        flows=not args.no_flows,
        focus=args.focus,
        zoom_to_selection=False,
        select=args.select,
    )
    window = build_window(options)
    session = getattr(window, "session", None)
    if session is not None:
        session.remember_view = False  # an export is not a visit
    problem = _check_request(args, window)
    if problem:
        window.close()
        print(f"export: {problem}", file=sys.stderr)
        return 2
    if args.top:
        window.flow_settings.top_n = args.top
    window.flow_settings.between = args.between
    available = window.dataset.years(window.state.indicator)
    targets = [(year, year_path(args.out, year)) for year in years] if years else None
    if targets is None:
        targets = [(window.state.year, args.out)]
    missing = [year for year, _ in targets if year not in available]
    if missing:
        print(
            f"export: no {window.state.indicator!r} figures for {missing}; "
            f"years with figures: {available[0]}-{available[-1]}",
            file=sys.stderr,
        )
        return 2
    from explorer.ui.export.map_export import default_map_texts, export

    try:
        for year, path in targets:
            window.state.year = year
            app.processEvents()
            texts = default_map_texts(window)
            if args.title is not None:
                texts = replace(texts, title=args.title)
            if args.subtitle is not None:
                texts = replace(texts, subtitle=args.subtitle)
            path.parent.mkdir(parents=True, exist_ok=True)
            export(window, replace(spec, texts=texts), path)
            print(f"wrote {path}")
    except (OSError, ValueError) as error:
        print(f"export: {error}", file=sys.stderr)
        return 1
    finally:
        window.close()
    return 0


def _check_request(args: argparse.Namespace, window) -> str:
    """A message when the dataset or indicator asked for is not what the window could show."""
    session = getattr(window, "session", None)
    if args.dataset is not None and window.dataset.name != args.dataset:
        names = session.workspace.names() if session is not None else []
        if session is not None and session.load_error:
            return session.load_error
        return f"no dataset {args.dataset!r}; the workspace has: {', '.join(names) or 'none'}"
    if args.indicator is not None and args.indicator not in window.dataset.indicators():
        return (
            f"no indicator {args.indicator!r} in {window.dataset.name}; it has: "
            f"{', '.join(window.dataset.indicators())}"
        )
    return ""
