"""Command-line subcommands that need no window: ``import``, ``resolve`` and ``export``.

Why apart from ``cli``: they are Qt-free and quick; keeping them here keeps
the window's start-up path free of importer code.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


def add_subcommands(parser: argparse.ArgumentParser) -> None:
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    imp = commands.add_parser(
        "import",
        help="import a data file (GLOTIP, CTDC, indicator, flow or activity table, IATI XML) "
        "and print the import report",
    )
    imp.add_argument("file", type=Path)
    for role in ("country", "origin", "destination", "year", "indicator"):
        imp.add_argument(f"--{role}-column", metavar="COL", help=f"the {role} column of a table")
    imp.add_argument(
        "--value-column",
        metavar="COL",
        action="append",
        help="a value column of a table (repeat for several; default: every numeric column, "
        "each an indicator named by its header)",
    )
    imp.add_argument(
        "--indicator-name", metavar="NAME", help="name of a table's indicator (one value column)"
    )
    imp.add_argument(
        "--dataset-name", metavar="NAME", help="name of the dataset (default: the file's name)"
    )
    imp.add_argument("--fixed-year", type=int, metavar="YEAR", help="year of every row")
    imp.add_argument("--layout", choices=["long", "wide"], help="one row per year, or one column")
    imp.add_argument(
        "--levels",
        metavar="A;B;C",
        type=_level_list,
        help="the order of a categorical indicator's levels, rank 1 first, e.g. "
        '"Tier 1;Tier 2;Tier 2 Watch List;Tier 3" (every level of the file, once)',
    )
    imp.add_argument("--report", type=Path, metavar="CSV", help="also write the full report")
    imp.add_argument(
        "--workspace",
        type=Path,
        metavar="W",
        help="store the dataset in this workspace file (default: the user's)",
    )
    from explorer.export_command import add_export_parser
    from explorer.revisions_command import add_revisions_parser
    from explorer.summary_command import add_summary_parser

    add_export_parser(commands)
    add_summary_parser(commands)
    add_revisions_parser(commands)
    res = commands.add_parser("resolve", help="show how country labels are understood")
    res.add_argument("labels", nargs="+", metavar="LABEL")
    res.add_argument(
        "--in",
        dest="detected_in",
        metavar="ISO3",
        help="the country the label was recorded in (for 'own nationals')",
    )


def _level_list(text: str) -> tuple[str, ...]:
    """``"A; B ;C"`` -> ``("A", "B", "C")``: the levels named on the command line."""
    levels = tuple(part.strip() for part in text.split(";") if part.strip())
    if not levels:
        raise argparse.ArgumentTypeError("give the levels separated by ';', e.g. \"A;B;C\"")
    return levels


def _mapping_answers(args: argparse.Namespace | None) -> dict[str, object]:
    """The table-mapping choices given on the command line (``--year-column`` ...)."""
    if args is None:
        return {}
    answers: dict[str, object] = {}
    for role in ("country", "origin", "destination", "year", "indicator"):
        column = getattr(args, f"{role}_column", None)
        if column:
            answers[role] = column
    chosen = list(dict.fromkeys(getattr(args, "value_column", None) or []))
    if chosen:  # the first is the value column; several are every one to import
        answers["value"] = chosen[0]
        answers["values"] = tuple(chosen) if len(chosen) > 1 else ()
    for name in ("indicator_name", "fixed_year", "layout", "levels"):
        if getattr(args, name, None) is not None:
            answers[name] = getattr(args, name)
    return answers


HOW_TO_ANSWER = (
    "say which is which with --country-column / --origin-column / --destination-column, "
    "--year-column or --fixed-year, --value-column (once per value column), --indicator-name, "
    "--levels"
)


def run_import(
    file: Path,
    report_csv: Path | None,
    workspace: Path | None = None,
    args: argparse.Namespace | None = None,
) -> int:
    """Import ``file`` into a workspace; print the summary; non-zero when it cannot be imported.

    The reader is chosen from the file's content. The workspace's user aliases
    are applied while resolving country labels. A table's column and name choices
    (``--value-column``, ``--indicator-name`` ...) always apply; a table whose
    columns are not clear without them exits 2. A file of which nothing was
    imported is not stored (exit 1); ``--dataset-name`` names the dataset.
    """
    from explorer.io.workspace.lock import WorkspaceLock, WorkspaceLockedError
    from explorer.io.workspace.saving import is_read_only
    from explorer.io.workspace.store import default_workspace_path

    path = workspace or default_workspace_path()
    if is_read_only(path):
        print(
            f"cannot import into {path}: the file is read-only; make it writable, or import "
            "into another workspace (--workspace NEW.sqlite)",
            file=sys.stderr,
        )
        return 1
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        lock = WorkspaceLock.acquire(path, "import", wait_s=LOCK_WAIT_S)
    except WorkspaceLockedError as error:
        print(
            f"cannot import into the workspace: {error}. Close the workspace there (or import "
            "from that window), then try again.",
            file=sys.stderr,
        )
        return 1
    except OSError as error:
        print(f"cannot write to the workspace's folder: {error}", file=sys.stderr)
        return 1
    with lock:
        return _import_locked(file, report_csv, path, args)


#: How long ``import`` waits for a window (or another import) to let go of the workspace.
LOCK_WAIT_S = 5.0


def _summary_language() -> str | None:
    """The language of the printed summary: the window's (``TRAFFICKING_EXPLORER_LANG``, the
    saved choice, the system's), its words read from the translation files (no Qt here)."""
    from explorer.io.file_translations import install_file_translations
    from explorer.io.words import languages

    language = next(iter(languages()), None)
    install_file_translations(language)
    return language


def _import_locked(
    file: Path, report_csv: Path | None, path: Path, args: argparse.Namespace | None
) -> int:
    """The import itself, while this process holds the workspace's lock."""
    from explorer.core.data.renaming import renamed
    from explorer.core.names.resolver import Resolver
    from explorer.io.importing.empty import is_empty, nothing_imported
    from explorer.io.importing.errors import DataImportError
    from explorer.io.importing.importers import read_any
    from explorer.io.readers.tables.levels import LevelsError
    from explorer.io.readers.tables.mapping import NeedsMapping
    from explorer.io.workspace.store import (
        Workspace,
        WorkspaceError,
        load_workspace,
        save_workspace,
    )

    try:
        store = load_workspace(path) if path.exists() else Workspace()
    except WorkspaceError as error:
        print(f"cannot open the workspace: {error}", file=sys.stderr)
        return 1
    if store.damaged:  # saving would drop the damaged parts: the file is kept as it is
        parts = "; ".join(f"{part} ({why})" for part, why in store.damaged.items())
        print(
            f"cannot import into {path}: parts of it are damaged: {parts}. It is kept as it "
            "is; import into another workspace (--workspace NEW.sqlite).",
            file=sys.stderr,
        )
        return 1
    resolve = Resolver(store.aliases).resolve
    answers = _mapping_answers(args)
    levels = answers.pop("levels", ())  # the reader's own option: it wins over a mapping's
    try:
        dataset, report = read_any(
            file, resolve=resolve, overrides=store.rules, answers=answers, levels=levels
        )
    except NeedsMapping as question:
        print(
            f"cannot import {file} without help: {question.reason}\n"
            f"columns: {', '.join(question.columns)}\n{HOW_TO_ANSWER}",
            file=sys.stderr,
        )
        return 2
    except LevelsError as error:
        print(f"cannot import {file}: {error}", file=sys.stderr)
        return 2
    except DataImportError as error:
        print(f"cannot import {file}: {error}", file=sys.stderr)
        return 1
    print(report.summary(_summary_language()))
    if report_csv is not None:
        report.to_csv(report_csv)
        print(f"wrote the full report to {report_csv}")
    if is_empty(dataset):
        print(f"nothing imported from {file}: {nothing_imported(report)}", file=sys.stderr)
        return 1
    name = getattr(args, "dataset_name", None)
    if name is not None:
        if not name.strip():
            print("--dataset-name: a dataset needs a name", file=sys.stderr)
            return 2
        dataset = renamed(dataset, name)
    store.add_dataset(dataset, report)
    try:
        save_workspace(store, path)
    except (OSError, WorkspaceError) as error:
        print(f"imported, but the workspace was not saved: {error}", file=sys.stderr)
        return 1
    print(f"stored as {dataset.name!r} in {path}")
    return 0


def run_resolve(labels: list[str], detected_in: str | None) -> int:
    """Print one line per label: what it resolves to and how."""
    from explorer.core.names.resolver import resolve

    for label in labels:
        result = resolve(label, detected_in=detected_in.upper() if detected_in else None)
        how = result.method + (f", score {result.score:.0f}" if result.score is not None else "")
        target = result.result or "unresolved"
        if result.stands_for:
            target += f" ({result.stands_for})"
        print(f"{label!r} -> {target} [{how}]")
    return 0
