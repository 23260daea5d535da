"""Lists of names in the interface language's alphabetical order.

Why QCollator: sorting by code points (or by case-folded English-ordered keys) puts
Chinese names in Unicode order instead of pinyin order, Arabic names out of the
Arabic alphabet's order, and "Égypte" after "Zambie" in French. Qt's collator
(ICU) sorts as the language does; numbers inside names sort by value.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from functools import cmp_to_key
from typing import TypeVar

from PySide6.QtCore import QCollator, QLocale, Qt

from explorer.core.places.book import Place, PlaceBook
from explorer.ui.common.translations import interface_language

T = TypeVar("T")


def collator(lang: str | None = None) -> QCollator:
    """A case-insensitive, numeric collator for ``lang`` (default: the interface's)."""
    found = QCollator(QLocale(lang or interface_language()))
    found.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    found.setNumericMode(True)
    return found


def by_name(items: Iterable[T], name: Callable[[T], str] = str, lang: str | None = None) -> list[T]:
    """``items`` ordered by ``name(item)`` as ``lang`` orders words (stable for ties)."""
    compare = collator(lang).compare
    return sorted(items, key=cmp_to_key(lambda a, b: compare(name(a), name(b))))


def ordered_places(book: PlaceBook) -> list[Place]:
    """The World, then each region followed by its subregions, then the groups: each list
    in the alphabetical order of the book's language (the names shown, not the English)."""
    out = [book.world()]
    for region in by_name(book.regions(), lambda p: p.name, book.lang):
        out.append(region)
        out.extend(by_name(book.subregions(region.code), lambda p: p.name, book.lang))
    return out + by_name(book.groups(), lambda p: p.name, book.lang)
