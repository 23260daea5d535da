"""``trafficking-explorer revisions``: what a newer edition of the data revised, headless.

Why a command: when UNODC publishes the data again, an analyst wants the list
of figures it changed, added or withdrew, as a file to check quoted figures
against, without opening the window. Qt-free; reads the workspace read-only.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


def add_revisions_parser(commands) -> None:
    """The ``revisions`` subcommand's options."""
    cmd = commands.add_parser(
        "revisions",
        help="write the figures a newer edition changed, added or withdrew (CSV) and print a "
        "summary by kind",
    )
    cmd.add_argument("--workspace", type=Path, metavar="W", help="default: the user's workspace")
    cmd.add_argument("--old", required=True, metavar="DATASET", help="the older edition")
    cmd.add_argument("--new", required=True, metavar="DATASET", help="the newer edition")
    cmd.add_argument("--indicator", metavar="I", help="only this indicator (default: all)")
    cmd.add_argument(
        "--out", type=Path, metavar="FILE.csv", help="write the rows here (default: stdout)"
    )


def run_revisions(args: argparse.Namespace) -> int:
    """Write the revisions; 0 on success, 2 when the request cannot be answered."""
    from explorer.core.editions.compare import CHANGED, NEW, UNCHANGED, WITHDRAWN, compare_editions
    from explorer.core.editions.levels import (
        EARLIER,
        INTO_UNRANKED,
        LATER,
        LEVEL_DIRECTIONS,
        OUT_OF_UNRANKED,
    )
    from explorer.io.exports.revisions import write_revisions_csv
    from explorer.io.workspace.store import WorkspaceError, default_workspace_path, load_workspace

    path = args.workspace or default_workspace_path()
    try:
        workspace = load_workspace(path)
    except WorkspaceError as error:
        print(f"revisions: {error}", file=sys.stderr)
        return 2
    names = workspace.names()
    for wanted in (args.old, args.new):
        unusable = workspace.unusable(wanted)
        if unusable:
            print(f"revisions: {unusable}", file=sys.stderr)
            return 2
        if wanted not in names:
            known = ", ".join(names) or "none"
            print(f"revisions: no dataset {wanted!r}; the workspace has: {known}", file=sys.stderr)
            return 2
    old, new = workspace.dataset(args.old), workspace.dataset(args.new)
    if args.indicator is not None:
        known = set(old.indicators()) | set(new.indicators())
        known |= {i for d in (old, new) for i in d.flow_indicators()}
        if args.indicator not in known:
            print(
                f"revisions: neither edition has the indicator {args.indicator!r}; they have: "
                f"{', '.join(sorted(known))}",
                file=sys.stderr,
            )
            return 2
    revisions = compare_editions(old, new, args.indicator)
    revised = revisions.revised()
    summary = sys.stderr if args.out is None else sys.stdout
    if args.out is None:
        write_revisions_csv(revised, sys.stdout)
    else:
        try:
            with open(args.out, "w", encoding="utf-8", newline="") as stream:
                write_revisions_csv(revised, stream)
        except OSError as error:
            print(f"revisions: cannot write {args.out}: {error}", file=sys.stderr)
            return 2
    counts = revisions.counts()
    direction = revisions.table["direction"].value_counts()
    heading = f"{old.name} -> {new.name}" + (f", {args.indicator}" if args.indicator else "")
    print(heading, file=summary)
    print(
        f"  changed:   {counts[CHANGED]:>7,} (raised {int(direction.get('raised', 0)):,}, "
        f"lowered {int(direction.get('lowered', 0)):,}, made exact within the old range "
        f"{int(direction.get('refined', 0)):,})",
        file=summary,
    )
    moved = {d: int(direction.get(d, 0)) for d in LEVEL_DIRECTIONS}
    if any(moved.values()):  # levels (TIP tiers): moved along the order, or into/out of it
        print(
            f"  of which levels: to a later level {moved[LATER]:,}, to an earlier level "
            f"{moved[EARLIER]:,}, into a level outside the order {moved[INTO_UNRANKED]:,}, "
            f"out of it {moved[OUT_OF_UNRANKED]:,}",
            file=summary,
        )
    print(f"  new:       {counts[NEW]:>7,}", file=summary)
    print(f"  withdrawn: {counts[WITHDRAWN]:>7,}", file=summary)
    print(f"  unchanged: {counts[UNCHANGED]:>7,} (not written)", file=summary)
    if args.out is not None:
        print(f"{len(revised):,} revised figures written to {args.out}", file=summary)
    return 0
