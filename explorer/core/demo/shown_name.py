"""The built-in demo's name as the user's language writes it.

Why: the demo is the one dataset whose name is the app's own words, not the
user's ("Demo (synthetic)"); it is stored and looked up by that English name,
and only shown translated (status bar, Datasets menu, window title).
"""

from __future__ import annotations

from explorer.core.texts import QT_TRANSLATE_NOOP, words

DEMO_NAME = "Demo (synthetic)"
SHOWN_DEMO_NAME = QT_TRANSLATE_NOOP("CoreTexts", "Demo (synthetic)")


def shown_dataset_name(name: str, lang: str | None) -> str:
    """``name`` as shown in ``lang``: the demo's in that language, any other as it is."""
    return words(lang).say(SHOWN_DEMO_NAME) if name == DEMO_NAME else name
