"""Start the application: QApplication, demo data, main window; or a screenshot.

Why a separate module: the command line, tests and benchmarks start the app
the same way, and the order of work here decides the launch time.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass, replace
from pathlib import Path

from explorer.ui.common.plain_imports import drop_pyside_import_hook, without_pyside_import_hook


@dataclass(frozen=True)
class LaunchOptions:
    """What the command line may ask of the window."""

    screenshot: Path | None = None
    size: tuple[int, int] = (1440, 900)
    indicator: str | None = None
    year: int | None = None
    select: str | None = None
    place: str | None = None  # the place the panel shows without a country (name or code)
    projection: str = "Equal Earth"
    exit_after_first_paint: bool = False  # for launch benchmarks
    focus: str = "all"  # flows for the selected country: all, incoming, outgoing, both
    flows: bool = True
    zoom_to_selection: bool = True
    brief: Path | None = None  # write the selected country's (or place's) A4 brief, then exit
    workspace: Path | None = None  # None: the user's default workspace
    dataset: str | None = None  # dataset to show first (else the last one viewed)
    demo_only: bool = False  # the demo data, no workspace read or written
    language: str | None = None  # places and numbers ("fr", "zh_CN"); None: the installed one


def build_window(options: LaunchOptions):
    """The main window on the workspace's last dataset and view (or the demo), not yet shown.

    Unless ``demo_only``, the window gets a ``session`` (WorkspaceSession) that
    keeps the workspace file and the screen in step.
    """
    from explorer.core.demo.source import DemoSource
    from explorer.core.geo.countries import PROJECTIONS, load_countries, project_countries
    from explorer.core.view.snapshot import start_view
    from explorer.io.workspace.shown import first_dataset, open_workspace
    from explorer.ui.window.main_window import MainWindow

    demo = DemoSource()  # generated only if shown
    crs = PROJECTIONS[options.projection]
    countries = project_countries(load_countries(), crs)
    opened = open_workspace(options.workspace, options.demo_only)
    dataset, view = first_dataset(opened, demo, options.dataset)
    state, settings = start_view(
        view,
        dataset,
        options.indicator,
        options.year,
        options.focus,
        options.flows,
        "" if options.select else None,  # the command line's country is applied below
    )
    window = MainWindow(dataset, countries, crs, state, settings, options.language)
    window.resize(*options.size)
    from explorer.ui.window.installers import install_conventions

    install_conventions(window)
    if opened.workspace is not None:
        from explorer.ui.workspace.session import WorkspaceSession

        session = WorkspaceSession(window, opened.workspace, opened.path, demo, opened.error)
        # A screenshot or a brief is a render, not a visit: it leaves the saved view alone.
        session.remember_view = options.screenshot is None and options.brief is None
        window.context.session = session
    if options.place:
        place = window.places.find(options.place)
        if place is None:
            from explorer.ui.window.render_commands import unknown_place

            raise ValueError(unknown_place(options.place, [p.name for p in window.places.places()]))
        window.state.place = place.code
        if options.zoom_to_selection and not options.select:
            window.zoom_to_place(place.code)
    if options.select:
        if options.zoom_to_selection:
            window.show_country(options.select.upper())
        else:
            window.state.selected = options.select.upper()
    return window


def _import_data_libraries() -> None:
    """Import pandas, geopandas and pyproj before the first PySide6 import, or after it
    without its import hook.

    Why: once PySide6 is loaded, its import hook runs at every import and reads the
    source of every new module (to look for ``__feature__`` switches), which cost
    0.15 to 0.2 s at launch for the ~700 modules of the data stack
    (:mod:`explorer.ui.common.plain_imports`).
    """
    with without_pyside_import_hook():
        import explorer.core.demo.generate
        import explorer.core.geo.countries  # noqa: F401  (geopandas, shapely, pyproj, pandas)


def run(options: LaunchOptions) -> int:
    """Open the window (or write the screenshot) and return the exit status.

    A plain launch on a workspace first shows the map the user left
    (:mod:`explorer.ui.window.first_frame`), then builds the window behind it.
    """
    if options.screenshot is not None or options.brief is not None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    interactive = options.screenshot is None and options.brief is None
    early = interactive and _plain(options) and _may_have_first_frame(options)
    if not early:
        _import_data_libraries()
    app = _application()
    if early:
        from explorer.ui.window.first_frame import first_frame_window
        from explorer.ui.window.settings import AppSettings

        settings = AppSettings()
        workspace = options.workspace or settings.last_workspace()
        first = first_frame_window(app, workspace, options.size, settings)
        if first is not None:
            return _run_after_first_frame(app, first, options)
        _import_data_libraries()  # no frame for it now: the window as before
    if not interactive:
        try:
            window = build_window(options)
        except ValueError as error:  # a place the command line names that does not exist
            from explorer.ui.window.render_commands import say_error

            say_error(str(error))
            return 2
        from explorer.ui.window.render_commands import write_brief, write_screenshot

        if options.brief is not None:
            return write_brief(app, window, options)
        return write_screenshot(app, window, options)
    window = _open_window(app, options, None)
    if window is None:
        return 2
    code = app.exec()
    _keep_first_frame(app, window, options)
    _restart_if_requested()
    return code


def _application():
    """The QApplication as every launch makes it: names, the user's language, fonts.

    PySide6 is first imported here; its import hook goes at once (see
    :func:`~explorer.ui.common.plain_imports.drop_pyside_import_hook`).
    """
    from PySide6.QtWidgets import QApplication

    drop_pyside_import_hook()  # every later import: no source kept in memory for it
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Trafficking Flows Explorer")
    app.setOrganizationName("Trafficking Flows Explorer")
    from explorer.ui.common.translations import install_translations
    from explorer.ui.window.language_menu import start_locale
    from explorer.ui.window.settings import AppSettings

    # Before any window: texts, places and numbers in the user's language.
    install_translations(app, start_locale(AppSettings()))
    from explorer.render.fonts import register_fonts
    from explorer.ui.common.rtl_shortcuts import install_rtl_shortcuts

    install_rtl_shortcuts(app)  # Arabic: "Ctrl++", not "++Ctrl", in the menus

    register_fonts(app)  # Arabic and Chinese text drawn even without system fonts for them
    return app


def _plain(options: LaunchOptions) -> bool:
    """Whether the launch shows the workspace's last view as it was left (the command
    line asks for no other indicator, year, country, place, dataset or projection)."""
    return (
        not options.demo_only
        and options.indicator is None
        and options.year is None
        and options.select is None
        and options.place is None
        and options.dataset is None
        and options.projection == LaunchOptions.projection
    )


def _may_have_first_frame(options: LaunchOptions) -> bool:
    """Whether a first frame may be kept for the launch's workspace (read before Qt loads:
    without one, the data libraries are better imported before PySide6)."""
    from explorer.io.workspace.first_frames import frame_path, frames_dir

    if options.workspace is not None:
        return frame_path(options.workspace).is_file()
    return frames_dir().is_dir() and any(frames_dir().glob("*.json"))


def _run_after_first_frame(app, first, options: LaunchOptions) -> int:
    """Show ``first``; once it is painted, build and show the window in its place."""
    from PySide6.QtCore import QTimer

    opened: list = []

    def painted() -> None:
        first.painted.disconnect(painted)
        if options.exit_after_first_paint:
            print("first-paint", flush=True)
        QTimer.singleShot(0, open_window)

    def open_window() -> None:
        _import_data_libraries()
        window = _open_window(app, options, first)
        if window is None:
            app.exit(2)
        opened.append(window)

    first.painted.connect(painted)
    first.show()
    code = app.exec()
    if opened and opened[0] is not None:
        _keep_first_frame(app, opened[0], options)
    _restart_if_requested()
    return code


def _restart_if_requested() -> None:
    """Start the app again when the window closed for it (a new interface language)."""
    from explorer.ui.window.restart import restart_if_requested

    restart_if_requested()


def _open_window(app, options: LaunchOptions, first):
    """Build the interactive window and show it (in place of ``first``, the first frame,
    when one was shown); None when the command line named a place that does not exist."""
    from explorer.ui.window.error_handler import install_error_handler
    from explorer.ui.window.settings import AppSettings

    errors = install_error_handler()  # log and show unexpected errors; the app goes on
    settings = AppSettings()
    if options.workspace is None and not options.demo_only:
        options = replace(options, workspace=settings.last_workspace())
    try:
        window = build_window(options)
    except ValueError as error:  # a place the command line names that does not exist
        from explorer.ui.window.render_commands import say_error

        say_error(str(error))
        return None
    from explorer.ui.window.installers import install_memory

    install_memory(window, settings)
    errors.attach(window)  # Help > Error log
    _announce_paints(app, window, options, first is None)
    window.show()
    if first is not None:
        first.hide()
        first.deleteLater()
    session = window.context.session
    if options.exit_after_first_paint or session is None:
        return window
    from PySide6.QtCore import QTimer

    if session.load_error:
        QTimer.singleShot(0, session.offer_new_workspace)  # once the window is on screen
    elif session.workspace.damaged:
        from explorer.ui.workspace.damaged import offer_intact_copy

        QTimer.singleShot(0, lambda: offer_intact_copy(session))
    elif session.held_elsewhere:
        from explorer.ui.workspace.locking import offer_choices

        QTimer.singleShot(0, lambda: offer_choices(session))
    return window


def _keep_first_frame(app, window, options: LaunchOptions) -> None:
    """Keep what the window shows for the next launch's first frame (plain launches on a
    readable workspace only: a frame is never drawn from a launch asked to differ)."""
    session, settings = window.context.session, window.context.settings
    if not _plain(options) or session is None or settings is None:
        return
    if session.load_error or session.read_only or session.unsaved:
        return  # the window may show what its file does not hold
    from explorer.io.workspace.first_frames import write_frame
    from explorer.ui.window.first_frame import record_frame

    frame = record_frame(window, session.path, app, options.size, settings)
    if frame is not None:
        write_frame(session.path, frame)


def _announce_paints(app, window, options: LaunchOptions, first_paint: bool) -> None:
    """Once the window's map is painted: for the launch benchmarks, print ``first-paint``
    (unless a first frame did) and ``ready``; then, after the paint, keep the first frame
    for the next launch (and quit, for the benchmarks)."""
    from PySide6.QtCore import QTimer

    def kept() -> None:
        _keep_first_frame(app, window, options)
        if options.exit_after_first_paint:
            app.quit()

    def done() -> None:
        window.map_view.painted.disconnect(done)
        if options.exit_after_first_paint:
            if first_paint:
                print("first-paint", flush=True)
            print("ready", flush=True)
        QTimer.singleShot(0, kept)

    window.map_view.painted.connect(done)
