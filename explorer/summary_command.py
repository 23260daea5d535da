"""``trafficking-explorer summary``: the World, regions and groups the report's way, headless.

Why a command: a desk officer drafting a briefing, or a script feeding a
table, needs the same figures the place panel shows, with their N, without
opening the window. Qt-free; reads the workspace read-only.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from explorer.core.data.dataset import Dataset


def add_summary_parser(commands) -> None:
    """The ``summary`` subcommand's options."""
    cmd = commands.add_parser(
        "summary",
        help="print the World's and regions' figures (totals with N, constant-set changes, "
        "shares, origins) without a window",
    )
    cmd.add_argument("--workspace", type=Path, metavar="W", help="default: the user's workspace")
    cmd.add_argument("--dataset", metavar="D", help="dataset name (default: the last viewed)")
    cmd.add_argument("--indicator", metavar="I", help="default: detected victims, if present")
    cmd.add_argument("--year", type=int, help="default: the latest well-covered year")
    cmd.add_argument(
        "--place",
        metavar="NAME",
        help="World, a UN region or subregion, or a group of the workspace "
        "(default: the World and every region)",
    )
    cmd.add_argument("--json", action="store_true", help="one JSON object per place")
    cmd.add_argument("--demo", action="store_true", help="the built-in SYNTHETIC demo data instead")


def _dataset(args: argparse.Namespace) -> tuple[Dataset, dict[str, list[str]]]:
    """The dataset asked for and the workspace's groups; ValueError with the reason."""
    if args.demo:
        from explorer.core.demo.generate import demo_dataset

        return demo_dataset(), {}
    from explorer.io.workspace.store import WorkspaceError, default_workspace_path, load_workspace

    path = args.workspace or default_workspace_path()
    try:
        workspace = load_workspace(path)
    except WorkspaceError as error:
        raise ValueError(f"{error} (import a file first, or use --demo)") from None
    names = workspace.names()
    unusable = workspace.unusable(args.dataset)
    if unusable:
        raise ValueError(unusable)
    if not names:
        raise ValueError(f"the workspace {path} holds no dataset (import one, or use --demo)")
    wanted = args.dataset or workspace.view.get("dataset")
    if args.dataset and args.dataset not in names:
        raise ValueError(f"no dataset {args.dataset!r}; the workspace has: {', '.join(names)}")
    name = wanted if isinstance(wanted, str) and wanted in names else names[-1]
    return workspace.dataset(name), workspace.groups


def run_summary(args: argparse.Namespace) -> int:
    """Print the summaries; 0 on success, 2 when the request cannot be answered."""
    from explorer.core.geo.countries import load_countries
    from explorer.core.places.book import PlaceBook
    from explorer.core.places.summary import summarise
    from explorer.core.places.summary_json import summary_json
    from explorer.core.places.wording import place_title, summary_lines
    from explorer.core.view.snapshot import default_indicator, default_year

    try:
        dataset, groups = _dataset(args)
    except ValueError as error:
        print(f"summary: {error}", file=sys.stderr)
        return 2
    indicator = args.indicator or default_indicator(dataset)
    if indicator not in dataset.indicators():
        print(
            f"summary: no indicator {indicator!r} in {dataset.name}; it has: "
            f"{', '.join(dataset.indicators())}",
            file=sys.stderr,
        )
        return 2
    years = dataset.years(indicator)
    year = args.year if args.year is not None else default_year(dataset, indicator)
    if year not in years:
        print(
            f"summary: no {indicator!r} figures for {year}; years: {years[0]}-{years[-1]}",
            file=sys.stderr,
        )
        return 2
    countries = load_countries()
    book = PlaceBook(countries, groups)
    if args.place:
        place = book.find(args.place)
        if place is None:
            known = ", ".join(p.name for p in book.places())
            print(f"summary: no place {args.place!r}; places: {known}", file=sys.stderr)
            return 2
        places = [place]
    else:
        places = [book.world(), *book.regions()]
    summaries = [summarise(dataset, book, p.code, indicator, year) for p in places]
    if args.json:
        objects = [summary_json(s) for s in summaries]
        shown = objects[0] if len(objects) == 1 else objects
        print(json.dumps(shown, ensure_ascii=False, indent=2))
        return 0
    names = dict(zip(countries["iso3"], countries["name"], strict=True))
    print(f"{dataset.name}: {indicator}, {year}")
    if dataset.is_synthetic:
        print("SYNTHETIC DEMONSTRATION DATA: not official statistics")
    for summary in summaries:
        parent = book.get(summary.place.parent).name if summary.place.parent else ""
        print()
        print(place_title(summary, parent))
        for line in summary_lines(summary, names):
            print(f"  {line}")
    print()
    print(dataset.provenance.source_line())
    return 0
