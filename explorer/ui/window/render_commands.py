"""The window's render commands (``--screenshot``, ``--brief``) and what they print.

Why apart from the launch: these run the window without showing it to anyone,
write one file and exit; their messages are the user's, so they read in the
interface language like the window (the file path and pixel size as they are).
"""

from __future__ import annotations

import sys

from explorer.ui.common.translations import translate

PROGRAM = "trafficking-explorer"


def say_error(error: str) -> None:
    """A launch option the window cannot follow (a place or country it does not know)."""
    print(f"{PROGRAM}: {error}", file=sys.stderr)


def unknown_place(name: str, places: list[str]) -> str:
    """The message for ``--place`` naming no place, with the places there are."""
    return translate("Launch", "no place {name}; places: {places}").format(
        name=repr(name), places=", ".join(places)
    )


def write_brief(app, window, options) -> int:
    """The one-page brief of the ``--select`` country (else the place shown) to PDF."""
    window.show()
    app.processEvents()
    iso3 = (options.select or "").upper() or None
    if iso3 is not None and iso3 not in window.map_view.items_by_iso3:
        say_error(translate("Launch", "unknown country code {code}").format(code=repr(iso3)))
        return 2
    window.state.selected = iso3  # None: the brief of the place shown (the World by default)
    window.flows.refine()
    app.processEvents()
    options.brief.parent.mkdir(parents=True, exist_ok=True)
    from explorer.ui.export.window_exports import export_brief

    path = export_brief(window, options.brief)
    print(translate("Launch", "wrote {path}").format(path=path))
    window.close()
    return 0


def write_screenshot(app, window, options) -> int:
    """The window, as shown, to a PNG (without a keyboard focus frame on it)."""
    path = options.screenshot
    window.show()
    app.processEvents()
    if options.select and options.zoom_to_selection:
        window.show_country(window.state.selected)  # again, now that the window has its size
    window.flows.refine()  # the finished, antialiased rendering rather than the quick draft
    focused = app.focusWidget()
    if focused is not None:
        focused.clearFocus()  # an image of the map, not of where the keyboard is
    app.processEvents()
    image = window.grab()
    path.parent.mkdir(parents=True, exist_ok=True)
    if not image.save(str(path)):
        say_error(translate("Launch", "could not write {path}").format(path=path))
        return 1
    size = f"{image.width()}x{image.height()}"
    print(translate("Launch", "wrote {path} ({size})").format(path=path, size=size))
    window.close()
    return 0
