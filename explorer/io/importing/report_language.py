"""An import report's English texts said in the interface language, at display time.

Why recognise finished sentences: the readers write each reason ("not a country
code: 'SAM'"), note and remark once, in English, into the report; the report is
stored in the workspace and exported as CSV with those English words (data
exports keep English). The window shows the same report in French or Arabic, so
every template the readers fill is marked for translation
(:mod:`explorer.io.importing.report_words`, :mod:`explorer.io.importing.table_words`,
:mod:`explorer.core.names.historical`) and :func:`say_in` recognises a text as
one of them, takes its values back out, and fills the translated template.

How a placeholder is read back depends on its name (the words modules keep to it):

- :data:`QUOTED` names hold file text as Python writes it (``'SAM'``): kept as it is;
- :data:`NUMBERS` names hold a number as English writes it (``1,042``, ``99.7%``, ``<5``):
  written again as the language writes numbers;
- ``rows`` holds "row 5" or "rows 3, 5, ... (20 rows)", ``list`` the bare "3, 5";
- any other name holds text that may be a marked sentence itself (``{former}``,
  ``{why}``): said in the language when recognised, else kept.

A text no template matches is shown as it is; a text of several reasons joined by
"; " is said reason by reason when each one is recognised.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache, lru_cache
from types import ModuleType

from explorer.core import texts
from explorer.core.data.local_numbers import decimal_text, digits_text, percent_text
from explorer.core.names.languages import is_english
from explorer.core.texts import SEMICOLON, Template, fill, words

#: Placeholders that hold file text in quotes (Python's repr, or quotes put around it).
QUOTED = frozenset({"label", "cell", "name", "column", "dimension", "place", "category"})
#: Placeholders that hold a number as English writes it.
NUMBERS = frozenset(
    {
        "count", "read", "imported", "rejected", "collapsed", "groups", "parts", "repeats",
        "set_aside", "victims", "share", "total", "sum", "low", "high", "more", "empty",
        "row", "score",
    }
)  # fmt: skip
_PATTERNS = {
    **dict.fromkeys(QUOTED, r"'.*?'|\".*?\""),
    **dict.fromkeys(NUMBERS, r"[<>]?\d[\d,]*(?:\.\d+)?%?|\?"),
    "rows": r"rows? \d+(?:, \d+)*(?:, \.\.\. \([\d,]+ rows\))?",
    "list": r"\d+(?:, \d+)*",
}
_PLACEHOLDER = re.compile(r"\{([a-z_][a-z_0-9]*)\}")
_NUMBER = re.compile(r"^([<>]?)(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(%?)$")
_RECURSION = 4  # sentences inside sentences inside ... (two levels are used)


def _modules() -> tuple[ModuleType, ...]:
    """The modules whose marked templates the report's texts are filled from."""
    from explorer.core.names import agency_codes, historical
    from explorer.io.importing import report_words, table_words

    return (report_words, table_words, historical, agency_codes)


def _templates_of(module: ModuleType) -> Iterable[Template]:
    for value in vars(module).values():
        if isinstance(value, Template):
            yield value
        elif isinstance(value, dict | tuple | list):
            items = value.values() if isinstance(value, dict) else value
            yield from (item for item in items if isinstance(item, Template))


@cache
def registered() -> tuple[Template, ...]:
    """Every marked template of the import report's texts (each once)."""
    found: dict[tuple[str, str], Template] = {}
    for module in _modules():
        for template in _templates_of(module):
            found.setdefault((template.context, str(template)), template)
    return tuple(found.values())


@dataclass(frozen=True)
class _Pattern:
    template: Template
    regex: re.Pattern[str]


def _compile(template: Template) -> _Pattern:
    parts, seen, at = [r"\A"], set(), 0
    for match in _PLACEHOLDER.finditer(template):
        parts.append(re.escape(template[at : match.start()]))
        name = match.group(1)
        if name in seen:
            parts.append(f"(?P={name})")
        else:
            seen.add(name)
            parts.append(f"(?P<{name}>{_PATTERNS.get(name, '.+?')})")
        at = match.end()
    parts += [re.escape(template[at:]), r"\Z"]
    return _Pattern(template, re.compile("".join(parts), re.S))


def _literal(template: str) -> str:
    return _PLACEHOLDER.sub("", template)


def _recognisable(template: str) -> bool:
    """A template with a word of its own, or a number to anchor it (never "{a}: {b}")."""
    literal = _literal(template)
    names = set(_PLACEHOLDER.findall(template))
    anchored = names & (NUMBERS | {"rows", "list"})
    return sum(ch.isalpha() for ch in literal) >= 3 or bool(anchored and literal.strip())


@cache
def _patterns() -> tuple[_Pattern, ...]:
    """The templates as anchored patterns, the most specific (most words of its own) first."""
    from explorer.io.importing.report_words import COMPOSED

    composed = {(t.context, str(t)) for t in COMPOSED}
    chosen = [t for t in registered() if _recognisable(t) and (t.context, t) not in composed]
    chosen.sort(key=lambda t: (-len(_literal(t)), len(_PLACEHOLDER.findall(t)), str(t)))
    return tuple(_compile(t) for t in chosen)


def recognise(text: str) -> tuple[Template, dict[str, str]] | None:
    """The template ``text`` was filled from, and the values it was filled with (None:
    no marked template gives this text)."""
    for pattern in _patterns():
        match = pattern.regex.match(text)
        if match is not None:
            return pattern.template, match.groupdict()
    return None


def say_in(text: str, lang: str | None) -> str:
    """``text``, a report's English reason, note or remark, in ``lang`` (as it is when it is
    no marked template, or when no translation of ``lang`` is installed)."""
    if not text or is_english(lang):
        return text
    return _said(str(text), lang, texts.installed_language())


@lru_cache(maxsize=8192)
def _said(text: str, lang: str | None, _installed: str, depth: int = 0) -> str:
    found = recognise(text)
    if found is None:
        return _said_by_parts(text, lang, depth) if "; " in text else text
    template, values = found
    filled = {name: _value(name, value, lang, depth) for name, value in values.items()}
    return fill(words(lang).translate(template.context, template), filled)


def _said_by_parts(text: str, lang: str | None, depth: int) -> str:
    """Reasons joined by "; " said one by one, when every part is a marked template."""
    pieces = text.split("; ")
    # best[i]: the parts of pieces[:i], each recognised, or None.
    best: list[list[str] | None] = [[]] + [None] * len(pieces)
    for end in range(1, len(pieces) + 1):
        for start in range(end):
            head = best[start]
            part = "; ".join(pieces[start:end])
            if head is not None and recognise(part) is not None:
                best[end] = [*head, part]
                break
    parts = best[-1]
    if parts is None or len(parts) < 2:
        return text
    w = words(lang)
    return w.say(SEMICOLON).join(_said(p, lang, texts.installed_language(), depth) for p in parts)


def _value(name: str, value: str, lang: str | None, depth: int) -> str:
    """One value taken out of an English text, as ``lang`` writes it."""
    if name in QUOTED:
        return value
    if name == "list":
        return words(lang).join(digits_text(v, lang) for v in value.split(", "))
    number = number_in(value, lang)
    if number is not None:
        return number
    if depth >= _RECURSION:
        return value
    return _said(value, lang, texts.installed_language(), depth + 1)


def number_in(text: str, lang: str | None) -> str | None:
    """An English number (``1,042``, ``92.3``, ``99.7%``, ``<5``, a year) as ``lang`` writes
    it; None when ``text`` is not a number. Ungrouped whole numbers of four digits or more
    are years, rows or cells as written: their digits only change."""
    match = _NUMBER.match(text.strip())
    if match is None:
        return None
    sign, whole, fraction, percent = match.groups()
    if "," not in whole and not fraction and not percent:
        return sign + digits_text(whole, lang)
    value = float(whole.replace(",", "") + (fraction or ""))
    decimals = len(fraction) - 1 if fraction else 0
    if percent:
        return sign + percent_text(value / 100, lang, decimals)
    return sign + decimal_text(value, lang, decimals)
