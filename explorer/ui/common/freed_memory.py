"""Give the memory that a large piece of work freed back to the system (glibc only).

Why: reading a workbook or a workspace allocates and frees tens of megabytes
of small objects (cells, rows, names, frames). glibc's allocator keeps freed
pages for later use, so the app's resident memory stayed 20 to 40 MB above
what it still holds after an import; ``malloc_trim`` hands those pages back.
A garbage collection first frees what only cycles kept alive (frames of the
dataset shown before, dialogs' Python wrappers): 4 MB more after a GLOTIP import.
Other C libraries (musl, macOS, Windows) have no such call: only the collection runs.
"""

from __future__ import annotations

import ctypes
import gc
import sys


def give_back_freed_memory() -> bool:
    """Collect cycles, then return freed heap pages to the system; True when the C library could."""
    gc.collect()
    if not sys.platform.startswith("linux"):
        return False
    try:
        trim = ctypes.CDLL(None).malloc_trim
    except (OSError, AttributeError):  # not glibc
        return False
    trim.argtypes, trim.restype = [ctypes.c_size_t], ctypes.c_int
    return bool(trim(0))
