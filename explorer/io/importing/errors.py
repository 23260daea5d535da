"""The one exception a reader lets escape.

Why: the UI and the command line must tell a user "this file cannot be
imported, because ..." and keep running, whatever went wrong underneath
(a zip error from a truncated workbook, a decode error, a missing column).
Readers wrap every failure in ``DataImportError`` with a message a desk
officer can act on; the original error stays attached as ``__cause__``.
"""

from __future__ import annotations


class DataImportError(Exception):
    """A file could not be imported; ``str(error)`` is the message to show the user."""
