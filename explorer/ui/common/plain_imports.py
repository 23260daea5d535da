"""Import the data libraries with Python's own import function after PySide6 is loaded.

Why: PySide6 replaces ``builtins.__import__`` with a hook that runs Python code
at every import statement and, after each new module, reads that module's
source to see whether it uses PySide6 (for its ``__feature__`` switches). The
data stack (pandas, geopandas, pyproj, shapely: about 700 modules) uses
neither, and this app uses no ``__feature__``; importing it through the hook
cost 0.15 s at each launch that shows its first frame before loading the data
(``explorer.ui.window.first_frame``). A module imported without the hook is
simply unknown to PySide6's feature table, which then keeps the default
selection (no feature) for it, as it does for every module here.

Once the app's QApplication exists, :func:`drop_pyside_import_hook` takes the
hook away for good: it reads the source of every module imported after PySide6
(``inspect.getsource``), and ``linecache`` keeps every line of it for the life
of the process. Measured with a window that imported the GLOTIP workbook: 339
files, 5.7 MB of text, about 10 MB of resident memory that never came back
(window 248 -> 238 MB, after the import 293 -> 281 MB).

This module must be imported before PySide6 (``explorer.ui.window.app`` is);
imported later, it finds the hook already in place and changes nothing.
"""

from __future__ import annotations

import builtins
from collections.abc import Iterator
from contextlib import contextmanager

#: ``__import__`` as Python made it, unless PySide6 was imported first.
PYTHON_IMPORT = builtins.__import__
PYSIDE_HOOK_NAME = "__feature_import__"


@contextmanager
def without_pyside_import_hook() -> Iterator[None]:
    """Within the block, imports skip PySide6's hook (when it is the one in place)."""
    current = builtins.__import__
    if current is PYTHON_IMPORT or getattr(current, "__name__", "") != PYSIDE_HOOK_NAME:
        yield
        return
    builtins.__import__ = PYTHON_IMPORT
    try:
        yield
    finally:
        builtins.__import__ = current


def drop_pyside_import_hook() -> None:
    """From now on, imports skip PySide6's hook (the app selects no ``__feature__``).

    Nothing happens when the hook is not PySide6's or Python's own import is unknown
    (this module was imported after PySide6).
    """
    current = builtins.__import__
    if current is not PYTHON_IMPORT and getattr(current, "__name__", "") == PYSIDE_HOOK_NAME:
        builtins.__import__ = PYTHON_IMPORT
