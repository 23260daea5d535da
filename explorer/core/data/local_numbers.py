"""Numbers, percentages and dates written the way the interface language writes them.

Why Qt-free and babel: sentences the core composes (the panel's key figures,
export titles and legends) carry numbers, and they must read "1 921 415 000"
and "12,5 %" in French just as the widgets (QLocale) do. The caller passes the
language; English (or none) keeps the app's historical "1,921,415,000" and
"12.5%". Machine-readable files (CSV, XLSX) never come through here.

Digits: one rule for everything a person reads, years and ranks included: the
digits of the language's CLDR default numbering system, for the locale Qt
completes the language to. Arabic ("ar", completed to ar_EG, as ``QLocale("ar")``)
therefore writes Arabic-Indic digits (U+0660...U+0669), not Latin ones. Why: UN Arabic
documents use Arabic-Indic digits in running text, and the window's widgets
(QLocale) already write them, so a sentence from here next to a spin box or a
table cell would otherwise mix two kinds of digits in one view. Arabic signs and
the per cent sign are CLDR's too (an Arabic letter mark, "+", the digits, the Arabic
per cent sign U+066A, a mark): the marks keep the sign with its number in
right-to-left text.
"""

from __future__ import annotations

from datetime import date
from functools import cache

from babel import Locale, UnknownLocaleError
from babel.core import get_global
from babel.dates import format_date
from babel.numbers import format_decimal, format_percent

from explorer.core.names.languages import is_english

#: The zero of the numbering systems CLDR gives as a default (babel writes Latin digits
#: with those systems' separators, so "1٬921" would mix two scripts: the digits follow).
_ZEROS = {"arab": "\u0660", "arabext": "\u06f0", "beng": "\u09e6", "deva": "\u0966"}


#: The plus and minus signs where a language has no marks of its own (a true minus sign).
PLUS, MINUS = "+", "\u2212"
#: Bidi marks CLDR puts around signs and per cent signs (ALM, LRM, RLM).
_MARKS = "\u061c\u200e\u200f"


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
    # babel keeps the pattern's "%"; the numbering system has its own (Arabic "٪؜").
    return _digits(text.replace("%", _symbol(locale, "percentSign", "%")), locale)


def _symbol(locale: Locale, name: str, default: str) -> str:
    """A number symbol of ``locale``'s default numbering system (``default`` if none)."""
    system = getattr(locale, "default_numbering_system", "latn")
    try:
        symbols = locale.number_symbols[system]
    except (KeyError, TypeError):
        return default
    return symbols.get(name, default) if hasattr(symbols, "get") else default


def sign_text(negative: bool, lang: str | None) -> str:
    """The sign of a change: "+" or a true minus sign (U+2212), with the bidi marks CLDR puts
    before it in ``lang`` (Arabic: an Arabic letter mark, so the sign stays in front of
    its number in right-to-left text)."""
    sign = MINUS if negative else PLUS
    locale = None if is_english(lang) else _locale(lang or "")
    if locale is None:
        return sign
    cldr = _symbol(locale, "minusSign" if negative else "plusSign", "")
    marks = "".join(c for c in cldr if c in _MARKS)
    return marks + sign


def signed_percent_text(share: float, lang: str | None, decimals: int = 1) -> str:
    """A change as a signed percentage: ``"+12.5%"`` (en), ``"+12,5 %"`` (fr), with a true
    minus sign for a fall and CLDR's marks and per cent sign in Arabic; no change is
    ``"+0.0%"``."""
    return sign_text(share < 0, lang) + percent_text(abs(share), lang, decimals)


def signed_number_text(x: float, lang: str | None) -> str:
    """A change in a count: ``"+1,234"``, a true minus sign for a fall; ``"0"`` unsigned."""
    if x == 0:
        return number_text(0, lang)
    return sign_text(x < 0, lang) + number_text(abs(x), lang)


def year_text(year: int, lang: str | None) -> str:
    """A year in ``lang``'s digits, never grouped: ``"2019"``, ``"٢٠١٩"`` (ar)."""
    text = str(int(year))
    locale = None if is_english(lang) else _locale(lang or "")
    return text if locale is None else _digits(text, locale)


def digits_text(text: str, lang: str | None) -> str:
    """``text`` with its Latin digits in ``lang``'s (a rank "3/120", a range "2015-2022")."""
    locale = None if is_english(lang) else _locale(lang or "")
    return text if locale is None else _digits(text, locale)


def date_text(day: date, lang: str | None) -> str:
    """A day in full: ``"06 December 2026"`` (en, as before), ``"6 décembre 2026"`` (fr)."""
    locale = None if is_english(lang) else _locale(lang or "")
    if locale is None:
        return f"{day:%d %B %Y}"
    return _digits(format_date(day, format="long", locale=locale), locale)
