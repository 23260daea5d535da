"""The words of the sentences core composes, in the user's language, without Qt.

Why: ``explorer.core`` must not import Qt (an import-linter contract), yet its
sentences ("Change since 2019: +12 (+3.4%)", "Rank 4 of 194 countries", the
classes note, "312 detected victims") are what a French or Arabic reader reads
in the panel. So core writes each sentence as a template with named
placeholders and asks :func:`words` for the template in the caller's language;
the UI installs the translator (:func:`install`, which reads the same ``.qm``
files as the window), and without one every template reads as written
(English): the command line, the tests and every data export, which pass no
language, keep their English words.

Two markers, both read by ``pyside6-lupdate`` (it finds them by name):

- ``QT_TRANSLATE_NOOP("Context", "Change since {year}")`` returns the template
  (a :class:`Template`, a ``str`` that knows its context) for
  :meth:`Words.say`; use it inline or for module constants.
- ``words(lang).translate("Context", "%n countries", None, n)`` for a count:
  the translation file holds one form per plural of the language (Russian and
  Arabic pick by the number, as Qt's ``%n`` does), and ``%n`` becomes the
  number as ``lang`` writes it (``1 234`` in French).

Named placeholders (``{year}``) are filled after translation, so a translator
may move them; a placeholder not given is left as it is.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from explorer.core.data.local_numbers import digits_text, number_text
from explorer.core.names.languages import is_english

# (context, source, n) -> the translated template, or "" when there is none.
Translate = Callable[[str, str, int], str]

_PLACEHOLDER = re.compile(r"\{([a-z_][a-z_0-9]*)\}")


class Template(str):
    """A source text that knows its translation context (what ``QT_TRANSLATE_NOOP`` returns)."""

    context: str

    def __new__(cls, context: str, text: str) -> Template:
        made = super().__new__(cls, text)
        made.context = context
        return made

    def __getnewargs__(self) -> tuple[str, str]:  # type: ignore[override]
        """Pickled with its context (a report read in a child process carries templates)."""
        return (self.context, str(self))


def QT_TRANSLATE_NOOP(context: str, text: str) -> Template:
    """Mark ``text`` for translation under ``context``; returns it unchanged (English).

    The name is Qt's, in capitals, because lupdate finds the calls by it."""
    return Template(context, text)


def fill(template: str, values: dict[str, Any]) -> str:
    """``template`` with each ``{name}`` of ``values`` replaced; other braces stay (one pass:
    a value that holds braces, a name from a file, is never filled in turn)."""
    if not values or "{" not in template:
        return str(template)
    if len(values) == 1:  # the common case, and str.replace never rescans what it put in
        ((name, value),) = values.items()
        return str(template).replace("{" + name + "}", str(value))
    return _PLACEHOLDER.sub(
        lambda m: str(values[m.group(1)]) if m.group(1) in values else m.group(0), template
    )


# The English singular of the nouns counted by ``%n`` in core's sources ("%n countries").
SINGULAR = {
    "countries": "country",
    "rows": "row",
    "victims": "victim",
    "migrants": "migrant",
    "persons": "person",
    "people": "person",
    "flows": "flow",
    "years": "year",
}
_COUNTED = re.compile(r"%n((?: [a-z-]+)?) (" + "|".join(SINGULAR) + r")\b")
_THE_ONE = re.compile(r"\bthe %n ([a-z]+est) ")  # "the %n largest flows": "the largest flow"


def english_one(source: str) -> str:
    """The English source for a count of one: the noun after ``%n`` (or after one word
    such as "more") in the singular, and "the largest" without its "1", since English
    keeps no translation file."""
    single = _COUNTED.sub(lambda m: f"%n{m.group(1)} {SINGULAR[m.group(2)]}", source)
    return _THE_ONE.sub(r"the \1 ", single)


def _language(lang: str | None) -> str:
    return (lang or "").replace("-", "_").split("_")[0].lower()


#: Between the items of a list ("Girls 20%, boys 14%").
COMMA = QT_TRANSLATE_NOOP("Lists", ", ")
#: Between the groups of a list ("largest rises: India +12; largest falls: Iran -3").
SEMICOLON = QT_TRANSLATE_NOOP("Lists", "; ")
#: The end of a sentence put together from parts ("Total: 1,068; domestic 99%."):
#: Chinese ends it with "。", not an ASCII full stop.
FULL_STOP = QT_TRANSLATE_NOOP("Lists", "{sentence}.")


_FULL_STOPS = ("\u3002", "\uff01", "\uff1f", "\uff1b")  # full-width stops: their own space


def sentences(items: Iterable[str]) -> str:
    """Sentences one after another: a space between them, none after a Chinese full stop
    (whose glyph is as wide as a character and ends with its own space)."""
    out = ""
    for item in items:
        if not item:
            continue
        out += item if not out or out.endswith(_FULL_STOPS) else " " + item
    return out


@dataclass(frozen=True)
class Words:
    """Templates in one language: ``lang`` for numbers, ``lookup`` for the words."""

    lang: str | None = None
    lookup: Translate | None = field(default=None, compare=False)

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        """``source`` in this language, its ``%n`` (when ``n`` >= 0) written as ``lang`` writes
        numbers; the signature is Qt's, so lupdate extracts the call."""
        found = self.lookup(context, source, n) if self.lookup is not None else ""
        if n < 0:
            return found or source
        text = found or (english_one(source) if n == 1 else source)
        return text.replace("%n", number_text(n, self.lang))

    def say(self, template: str, **values: Any) -> str:
        """A marked template in this language, its ``{placeholders}`` filled with ``values``."""
        context = getattr(template, "context", "")
        text = self.translate(context, template) if context and self.lookup else template
        return fill(text, self._digits(values)) if values else str(text)

    def _digits(self, values: dict[str, Any]) -> dict[str, Any]:
        """Whole numbers given as such (years, ranks) in this language's digits, never grouped:
        "2019" in Arabic reads "٢٠١٩" beside the Arabic-Indic digits of the counts."""
        return {
            k: digits_text(str(v), self.lang) if type(v) is int else v for k, v in values.items()
        }

    def join(self, items: Iterable[str], separator: str | None = None) -> str:
        """``items`` as a list in this language: ", " (Arabic "، ", Chinese "、"), or
        ``separator`` (a marked template such as :data:`SEMICOLON`)."""
        return self.say(separator or COMMA).join(items)

    def full_stop(self, sentence: str) -> str:
        """``sentence`` ended with this language's full stop (:data:`FULL_STOP`)."""
        return self.say(FULL_STOP, sentence=sentence)

    def count(self, context: str, source: str, n: int, **values: Any) -> str:
        """A plural template (already marked with :meth:`translate`) filled: for helpers that
        receive a template rather than write one."""
        return fill(self.translate(context, source, None, n), self._digits(values))


@dataclass
class _Installed:
    language: str = ""
    lookup: Translate | None = None


_INSTALLED = _Installed()
_WORDS: dict[str | None, Words] = {}  # one per language asked for, until the next install


def install(lang: str | None, lookup: Translate | None) -> None:
    """Translate core's templates for ``lang`` with ``lookup`` from now on (None: English)."""
    _INSTALLED.language = "" if is_english(lang) or lookup is None else _language(lang)
    _INSTALLED.lookup = lookup if _INSTALLED.language else None
    _WORDS.clear()


def installed_language() -> str:
    """The language core's words are translated into ("" for English only)."""
    return _INSTALLED.language


def words(lang: str | None) -> Words:
    """The words for ``lang``: translated when a translator of that language is installed,
    else English (numbers are written as ``lang`` writes them either way)."""
    found = _WORDS.get(lang)
    if found is None:
        translating = _INSTALLED.lookup is not None and _language(lang) == _INSTALLED.language
        found = _WORDS[lang] = Words(lang, _INSTALLED.lookup if translating else None)
    return found


ENGLISH = Words()


@dataclass(frozen=True)
class Phrase:
    """A sentence kept as its template and values, for objects that outlive one language
    (a choropleth's classes note: English in data exports, translated on screen)."""

    template: str
    values: tuple[tuple[str, Any], ...] = ()

    def __str__(self) -> str:
        return self.text(None)

    def text(self, lang: str | None) -> str:
        """The sentence in ``lang`` (values that are phrases, or anything else with a
        ``text(lang)`` method, are said in ``lang`` too)."""
        said = {
            k: v.text(lang) if callable(getattr(v, "text", None)) else v for k, v in self.values
        }
        return words(lang).say(self.template, **said)


def phrase(template: str, **values: Any) -> Phrase:
    """A :class:`Phrase` of a marked template."""
    return Phrase(template, tuple(values.items()))
