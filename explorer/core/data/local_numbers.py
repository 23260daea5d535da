"""Numbers, percentages and dates written the way the interface language writes them.

Why Qt-free and babel: sentences the core composes (the panel's key figures,
export titles and legends) carry numbers, and they must read "1 921 415 000"
and "12,5 %" in French just as the widgets (QLocale) do. The caller passes the
language; English (or none) keeps the app's historical "1,921,415,000" and
"12.5%". Machine-readable files (CSV, XLSX) never come through here.
"""

from __future__ import annotations

from datetime import date
from functools import cache

from babel import Locale, UnknownLocaleError
from babel.core import get_global
from babel.dates import format_date
from babel.numbers import format_decimal, format_percent

from explorer.core.names.display_names import is_english

#: The zero of the numbering systems CLDR gives as a default (babel writes Latin digits
#: with those systems' separators, so "1٬921" would mix two scripts: the digits follow).
_ZEROS = {"arab": "\u0660", "arabext": "\u06f0", "beng": "\u09e6", "deva": "\u0966"}


def _digits(text: str, locale: Locale) -> str:
    """``text`` with its digits in the locale's default numbering system."""
    zero = _ZEROS.get(getattr(locale, "default_numbering_system", "latn"))
    if zero is None:
        return text
    return text.translate({ord("0") + i: chr(ord(zero) + i) for i in range(10)})


@cache
def _locale(lang: str) -> Locale | None:
    """babel's locale for ``lang``, completed as QLocale completes it ("ar" -> ar_EG), so
    the window's widgets (QLocale) and these sentences write the same digits."""
    try:
        locale = Locale.parse(lang.replace("-", "_"))
        if locale.territory is None:
            likely = get_global("likely_subtags").get(locale.language)
            locale = Locale.parse(likely) if likely else locale
    except (UnknownLocaleError, ValueError):
        return None
    return locale


def number_text(x: float, lang: str | None) -> str:
    """``1234`` -> ``"1,234"`` (en), ``"1 234"`` (fr); non-integers keep one decimal."""
    return decimal_text(x, lang, 0 if float(x).is_integer() else 1)


def decimal_text(x: float, lang: str | None, decimals: int = 1) -> str:
    """``x`` with exactly ``decimals`` decimals: ``"12.0"`` (en), ``"12,0"`` (fr)."""
    locale = None if is_english(lang) else _locale(lang or "")
    if locale is None:
        return f"{x:,.{decimals}f}"
    pattern = "#,##0" + ("." + "0" * decimals if decimals else "")
    text = format_decimal(x, format=pattern, locale=locale, numbering_system="default")
    return _digits(text, locale)


def percent_text(share: float, lang: str | None, decimals: int = 1) -> str:
    """A share (0.125) as a percentage: ``"12.5%"`` (en), ``"12,5 %"`` (fr)."""
    locale = None if is_english(lang) else _locale(lang or "")
    if locale is None:
        return f"{share * 100:,.{decimals}f}%"
    pattern = locale.percent_formats[None].pattern
    if decimals:
        pattern = pattern.replace("0", "0." + "0" * decimals, 1)  # "#,##0 %" -> "#,##0.0 %"
    text = format_percent(share, format=pattern, locale=locale, numbering_system="default")
    return _digits(text, locale)


def date_text(day: date, lang: str | None) -> str:
    """A day in full: ``"06 December 2026"`` (en, as before), ``"6 décembre 2026"`` (fr)."""
    locale = None if is_english(lang) else _locale(lang or "")
    if locale is None:
        return f"{day:%d %B %Y}"
    return _digits(format_date(day, format="long", locale=locale), locale)
