"""Which language a code names: plain string rules, no data library.

Why a module of its own: the launch installs the core's translator before the
first frame is painted, and that path must not load pandas (the place-name
tables in :mod:`explorer.core.names.display_names` do); tests/test_launch_imports.py
checks it.
"""

from __future__ import annotations


def is_english(lang: str | None) -> bool:
    """True for English or no language (the source texts: nothing to translate)."""
    code = (lang or "").replace("-", "_").split("_")[0].lower()
    return code in ("", "c", "posix", "en")
