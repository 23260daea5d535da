"""What the window gets after it is built: conventions for every window, memory for the user's.

Why apart from the launch: a render (``--screenshot``, ``--brief``) and a test build
the same window as the launch, with the same style, keys and menus
(:func:`install_conventions`); only the user's own window remembers its geometry,
docks, recent workspaces and language (:func:`install_memory`), which a test of the
menus as launched installs too.
"""

from __future__ import annotations


def install_conventions(window) -> None:
    """Style, theme, keyboard use, accessible names and the Help menu (renders get them
    too: no cost); each installer registers its part in the window's context."""
    from explorer.ui.editions.menu import install_editions
    from explorer.ui.map.compare_years import install_compare_years
    from explorer.ui.map.side_by_side import install_side_by_side
    from explorer.ui.map.style import install_map_style
    from explorer.ui.map.theme import install_map_theme
    from explorer.ui.window.accessibility import install_accessibility
    from explorer.ui.window.help_dialogs import install_help
    from explorer.ui.window.keyboard import install_keyboard

    install_map_style(window)
    install_map_theme(window)
    install_compare_years(window)
    install_editions(window)
    install_side_by_side(window)
    install_keyboard(window)
    install_accessibility(window)
    install_help(window)


def install_memory(window, settings) -> None:
    """Window geometry, docks, recent workspaces and the first-run notice (not for renders)."""
    from explorer.ui.window.first_run import install_first_run
    from explorer.ui.window.language_menu import install_language_menu
    from explorer.ui.window.recent_files import install_recent_files
    from explorer.ui.window.settings import install_settings
    from explorer.ui.window.view_memory import install_view_memory

    window.context.settings = settings
    install_settings(window, settings)
    install_recent_files(window, settings)
    install_first_run(window, settings)
    install_view_memory(window, settings)
    install_language_menu(window, settings)
