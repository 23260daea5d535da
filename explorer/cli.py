"""The ``trafficking-explorer`` command (and ``python -m explorer``).

No arguments opens the window on the user's default workspace (its last
dataset and view), or on the built-in demo data when the workspace is empty; a
workspace file as the only argument opens that workspace (a double-click).
Subcommands (``import``, ``resolve``, ``summary``, ``export``, ``revisions``) run without
a window.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from explorer.commands import add_subcommands, run_import, run_resolve
from explorer.io.importing.child_process import CHILD_ARGUMENT


def _size(text: str) -> tuple[int, int]:
    try:
        width, height = (int(part) for part in text.lower().split("x"))
    except ValueError:
        raise argparse.ArgumentTypeError(f"size must look like 1440x900, not {text!r}") from None
    if not (200 <= width <= 8000 and 200 <= height <= 8000):
        raise argparse.ArgumentTypeError("width and height must be between 200 and 8000 pixels")
    return width, height


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="trafficking-explorer",
        description="Offline map explorer of human-trafficking and migrant-smuggling data.",
    )
    parser.add_argument(
        "--screenshot",
        type=Path,
        metavar="PNG",
        help="render the main window to a PNG without showing it, then exit",
    )
    parser.add_argument(
        "--size",
        type=_size,
        default=(1440, 900),
        metavar="WxH",
        help="window size (default 1440x900)",
    )
    parser.add_argument("--indicator", help="indicator to show first")
    parser.add_argument("--year", type=int, help="year to show first")
    parser.add_argument("--select", metavar="ISO3", help="country to select and zoom to")
    parser.add_argument(
        "--place",
        metavar="NAME",
        help="World, a UN region or subregion, or a group: the panel shows it (no --select)",
    )
    parser.add_argument(
        "--focus",
        choices=["all", "incoming", "outgoing", "both"],
        default="all",
        help="flows shown for the selected country (default: all flows)",
    )
    parser.add_argument(
        "--world", action="store_true", help="keep the whole world in view (--select does not zoom)"
    )
    parser.add_argument(
        "--brief",
        type=Path,
        metavar="PDF",
        help="write the one-page A4 brief of the --select country (else of the --place, "
        "else of the World) to PDF, then exit",
    )
    parser.add_argument("--no-flows", action="store_true", help="start with the flows layer off")
    parser.add_argument(
        "--workspace",
        dest="window_workspace",
        type=Path,
        metavar="W",
        help="open this workspace file (default: the user's workspace)",
    )
    parser.add_argument("--dataset", metavar="NAME", help="dataset of the workspace to show first")
    parser.add_argument(
        "--demo",
        action="store_true",
        help="show the built-in demo data; no workspace is read or written",
    )
    parser.add_argument(
        "--exit-after-first-paint", action="store_true", help=argparse.SUPPRESS
    )  # launch benchmark
    parser.add_argument("--version", action="version", version=_version())
    add_subcommands(parser)
    return parser


def _version() -> str:
    from explorer import __version__

    return f"%(prog)s {__version__}"


def _opened_file(argv: Sequence[str]) -> list[str]:
    """``trafficking-explorer FILE.tfe-workspace`` (what a double-click or a desktop entry's
    ``%f`` runs) as ``--workspace FILE``; other arguments unchanged."""
    from explorer.io.workspace.location import is_workspace_file

    argv = list(argv)
    if len(argv) == 1 and not argv[0].startswith("-") and is_workspace_file(Path(argv[0])):
        return ["--workspace", argv[0]]
    return argv


def main(argv: Sequence[str] | None = None) -> int:
    given = list(sys.argv[1:] if argv is None else argv)
    if given == [CHILD_ARGUMENT]:  # the standalone app reading a file for its window
        from explorer.io.importing.child_process import child_main

        return child_main()
    parser = build_parser()
    args = parser.parse_args(_opened_file(given))
    if args.command == "import":
        return run_import(args.file, args.report, args.workspace or args.window_workspace, args)
    if args.command == "resolve":
        return run_resolve(args.labels, args.detected_in)
    if args.command == "summary":
        from explorer.summary_command import run_summary

        try:
            return run_summary(args)
        except BrokenPipeError:  # `summary | head`: the reader has all it wanted
            sys.stdout = open(os.devnull, "w")  # noqa: SIM115 (stays open until exit)
            return 0
    if args.command == "revisions":
        from explorer.revisions_command import run_revisions

        try:
            return run_revisions(args)
        except BrokenPipeError:  # `revisions | head`
            sys.stdout = open(os.devnull, "w")  # noqa: SIM115 (stays open until exit)
            return 0
    if args.command == "export":
        from explorer.export_command import run_export

        return run_export(args)
    from explorer.ui.window.app import LaunchOptions, run

    return run(
        LaunchOptions(
            screenshot=args.screenshot,
            size=args.size,
            indicator=args.indicator,
            year=args.year,
            select=args.select,
            place=args.place,
            exit_after_first_paint=args.exit_after_first_paint,
            focus=args.focus,
            flows=not args.no_flows,
            zoom_to_selection=not args.world,
            brief=args.brief,
            workspace=args.window_workspace,
            dataset=args.dataset,
            demo_only=args.demo,
        )
    )


if __name__ == "__main__":
    sys.exit(main())
