"""The run-wide parts of the app, declared in one place and handed to those that need them.

Why: the window's pieces used to find each other as attributes hung on the
main window (``getattr(window, "session", None)``), so nothing said which
parts exist, when, or who may use them. Here each is declared and typed; a
part that a run does not have is None (a screenshot keeps no settings; the
demo alone has no workspace session), and the assembler
(:mod:`explorer.ui.window.app`) fills in the rest as it builds them.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from explorer.core.flows.settings import FlowSettings
from explorer.core.places.book import PlaceBook
from explorer.core.view.state import ViewState
from explorer.render.map.geometry import MapGeometry

if TYPE_CHECKING:
    from PySide6.QtGui import QAction

    from explorer.ui.editions.window import EditionsWindow
    from explorer.ui.export.formats import ExportChoice
    from explorer.ui.map.side_by_side import SideBySideWindow
    from explorer.ui.map.style import MapStyle
    from explorer.ui.map.theme import MapThemeChooser
    from explorer.ui.window.accessibility import Accessibility
    from explorer.ui.window.first_run import FirstRunController
    from explorer.ui.window.help_dialogs import HelpMenu
    from explorer.ui.window.keyboard import Keyboard
    from explorer.ui.window.language_menu import LanguageMenu
    from explorer.ui.window.recent_files import RecentFilesMenu
    from explorer.ui.window.settings import AppSettings, SettingsKeeper
    from explorer.ui.window.view_memory import ViewMemory
    from explorer.ui.workspace.session import WorkspaceSession


@dataclass(eq=False)
class AppContext:
    """What the window's parts share for the whole run."""

    #: What the user looks at: one object for the whole run (a dataset switch
    #: gives it new values, see ``MainWindow.set_dataset``).
    state: ViewState
    #: The flows layer's settings, one object for the whole run likewise.
    flow_settings: FlowSettings
    #: The World, regions, subregions and the user's groups.
    places: PlaceBook
    #: Every country's outline as paths, built once (map, side-by-side maps, pictures).
    geometry: MapGeometry
    #: The user's stored settings (None in renders: screenshots and briefs).
    settings: AppSettings | None = None
    #: The workspace file and the screen kept in step (None for the demo alone).
    session: WorkspaceSession | None = None
    theme: MapThemeChooser | None = None
    style: MapStyle | None = None
    keyboard: Keyboard | None = None
    accessibility: Accessibility | None = None
    help: HelpMenu | None = None
    side_by_side: SideBySideWindow | None = None  # View > Two years side by side, once opened
    editions_window: EditionsWindow | None = None  # View > Compare editions, once opened
    side_by_side_action: QAction | None = None
    compare_action: QAction | None = None
    regional_totals_action: QAction | None = None
    settings_keeper: SettingsKeeper | None = None
    recent_files: RecentFilesMenu | None = None
    view_memory: ViewMemory | None = None
    first_run: FirstRunController | None = None
    language_menu: LanguageMenu | None = None  # View > Language (not in renders)
    #: The export dialog's format and size when it last closed (for the run only).
    export_choice: ExportChoice | None = None
