"""The HTML export's language: its ``lang`` and ``dir``, its numbers, years and fixed words.

Why: the page is read in the export's language (``ViewData.lang``, the window's
interface language or the command's). Browsers choose fonts (Chinese glyph
shapes), hyphenation and screen-reader voices from ``lang``, and lay a page out
right to left only when ``dir="rtl"`` says so; numbers in tooltips and legends
must read as on the slide (the same :mod:`explorer.core.data.local_numbers`), and
the page's fixed words are the window's own translations (the ``.ts`` files, read
without Qt by :func:`explorer.io.words.translate_to`).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from babel import Locale, UnknownLocaleError

from explorer.core.data.local_numbers import digits_text, year_text
from explorer.core.data.values import format_value
from explorer.core.flows.labels import count_phrase, plural_count
from explorer.core.names.languages import is_english
from explorer.core.texts import words
from explorer.io.words import translate_to

#: Arrows from origin to destination: in right-to-left text the origin is on the right.
ARROW_LTR, ARROW_RTL = "\u2192", "\u2190"


@cache
def _locale(lang: str) -> Locale | None:
    try:
        return Locale.parse(lang.replace("-", "_"))
    except (UnknownLocaleError, ValueError):
        return None


@dataclass(frozen=True)
class PageLanguage:
    """What the page needs to know of its language."""

    lang: str | None

    @property
    def tag(self) -> str:
        """The BCP 47 tag for ``<html lang>``: "en", "ar-EG", "zh-CN"."""
        if is_english(self.lang):
            return "en"
        return (self.lang or "en").split(".")[0].replace("_", "-")

    @property
    def rtl(self) -> bool:
        locale = None if is_english(self.lang) else _locale(self.lang or "")
        return locale is not None and locale.text_direction == "rtl"

    @property
    def direction(self) -> str:
        return "rtl" if self.rtl else "ltr"

    @property
    def arrow(self) -> str:
        """The arrow from origin to destination as this language's text reads it."""
        return ARROW_RTL if self.rtl else ARROW_LTR

    def word(self, context: str, text: str) -> str:
        """One of the window's texts in this language (as it is when untranslated)."""
        return translate_to(self.lang, context, text)

    def year(self, year: object) -> str:
        try:
            return year_text(int(year), self.lang)
        except (TypeError, ValueError):
            return str(year)

    def digits(self, text: str) -> str:
        """Latin digits of a fixed text ("<5") in this language's digits."""
        return digits_text(text, self.lang)

    def count(self, indicator: str, row) -> str:
        """A row's value with its noun, as the window's flow tooltip says it ("312 detected
        victims", "<5 smuggled migrants detected"), the noun's plural agreeing with the value."""
        n = plural_count(row["value"], row["lower"], row["upper"])
        return count_phrase(indicator, self.value(row), self.lang, n)

    def say(self, template: str, **values: object) -> str:
        """One of core's marked templates in this language (:mod:`explorer.core.texts`)."""
        return words(self.lang).say(template, **values)

    def value(self, row) -> str:
        """A table row's value (value, lower, upper, flag) as this language writes it."""
        return format_value(row["value"], row["lower"], row["upper"], row["flag"], self.lang)


def html_tag(html: str, language: PageLanguage) -> str:
    """``html`` whose ``<html>`` element carries the page's ``lang`` and ``dir``."""
    return html.replace("<html>", f'<html lang="{language.tag}" dir="{language.direction}">', 1)
