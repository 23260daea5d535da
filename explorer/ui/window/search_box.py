"""Find a country by name or ISO code, then select it and zoom to it.

Why a resolver apart from the widget: matching rules (exact code, exact name,
prefix, substring; accents, case and punctuation ignored) are testable without
typing into Qt, and the suggestion list uses the same keys as Enter
(:mod:`explorer.ui.window.country_completer`), so what is suggested is found.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping

from PySide6.QtWidgets import QLineEdit

from explorer.core.names.keys import fold_label
from explorer.ui.common.collation import by_name
from explorer.ui.common.plain_text import LINE_LIMIT, shown, tooltip_html
from explorer.ui.common.translations import translate
from explorer.ui.window.country_completer import country_completer

_CODE_ENTRY = re.compile(r"\(([A-Za-z]{3})\)\s*$")


def _fold(text: str) -> str:
    """The search key: no accents, case, punctuation or apostrophes ("Côte d\u2019Ivoire" ->
    "cote divoire", so "cote d'iv" and "COTE D IV..." both find it)."""
    return fold_label(text)


class CountryFinder:
    """Resolves what a user typed to one ISO3 code.

    ``names`` are shown (the interface language); ``also`` are other names found
    too (English), so "Allemagne" and "Germany" both find DEU in French.
    """

    def __init__(
        self,
        names: Mapping[str, str],
        also: Mapping[str, str] | None = None,
        lang: str | None = None,
    ) -> None:
        self.names = dict(names)
        self.lang = lang  # the names' language: the list's alphabetical order
        self._folded = {iso3: _fold(name) for iso3, name in self.names.items()}
        self._also = {
            iso3: _fold(name)
            for iso3, name in (also or {}).items()
            if iso3 in self.names and _fold(name) != self._folded[iso3]
        }

    def entries(self) -> list[str]:
        """Completion entries, "Brazil (BRA)", in the names' language's alphabetical order
        (names shown inert and elided; the code at the end is what :meth:`find` resolves)."""
        entries = (
            (name, f"{shown(name, LINE_LIMIT)} ({iso3})") for iso3, name in self.names.items()
        )
        return [entry for _name, entry in by_name(entries, lambda e: e[0], self.lang)]

    def suggestions(self) -> list[tuple[str, list[str]]]:
        """Each entry of :meth:`entries` with the keys :meth:`find` matches a query against
        (the shown name, the English name and the code), for the suggestion list."""
        out = []
        for entry in self.entries():
            iso3 = entry.rsplit("(", 1)[1].rstrip(")")
            keys = [self._folded[iso3], self._also.get(iso3, ""), iso3.lower()]
            out.append((entry, [key for key in keys if key]))
        return out

    def find(self, text: str) -> str | None:
        entry = _CODE_ENTRY.search(text)  # a completion entry, "Brazil (BRA)"
        if entry and entry.group(1).upper() in self.names:
            return entry.group(1).upper()
        query = _fold(text)
        if not query:
            return None
        if query.upper() in self.names:
            return query.upper()
        for test in (str.__eq__, str.startswith, str.__contains__):
            for folded in (self._folded, self._also):
                hits = sorted(iso3 for iso3, name in folded.items() if test(name, query))
                if hits:
                    return min(hits, key=lambda code: len(folded[code]))
        return None


class SearchBox(QLineEdit):
    """A search field with completion; calls ``on_found(iso3)`` for a match."""

    def __init__(
        self,
        names: Mapping[str, str],
        on_found: Callable[[str], None],
        parent=None,
        also: Mapping[str, str] | None = None,
        language: str | None = None,
    ):
        super().__init__(parent)
        self.finder = CountryFinder(names, also, language)
        self.on_found = on_found
        self.setPlaceholderText(translate("SearchBox", "Find a country (Ctrl+F)"))
        self.setAccessibleName(translate("Accessibility", "Find a country"))
        self.setClearButtonEnabled(True)
        completer = country_completer(self.finder.suggestions(), _fold, self)
        completer.activated.connect(self.search)
        self.setCompleter(completer)
        self.returnPressed.connect(lambda: self.search(self.text()))

    def search(self, text: str) -> str | None:
        """Resolve ``text``; on a match select it, otherwise say so in the field's tooltip."""
        iso3 = self.finder.find(text)
        if iso3 is None:
            message = translate("SearchBox", "No country matches “{text}”").format(
                text=shown(text, LINE_LIMIT)
            )
            self.setToolTip(tooltip_html(message))
            return None
        self.setToolTip("")
        self.on_found(iso3)
        return iso3
