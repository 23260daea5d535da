"""Core's sentences translated from the ``.ts`` files, plurals included, without Qt.

Why: the headless ``export`` command writes HTML without loading Qt, yet the
page's title, subtitle, panel sentences and legend must read as the window's
HTML export does in the same language. The window translates core's templates
with Qt's translators (:mod:`explorer.ui.common.translations`); this gives
:func:`explorer.core.texts.install` the same lookup read from the ``.ts``
sources that ship beside the ``.qm`` files.

Plurals: a ``%n`` message holds one form per plural of the language, in Qt's
order (Arabic six: zero, one, two, few, many, other; Russian three: one, few,
many; French and Spanish two; Chinese one). Which form a number takes is
CLDR's plural rule (babel, as Qt's rules follow CLDR for whole numbers); the
test checks every form against Qt's own choice.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from babel import Locale, UnknownLocaleError

from explorer.core.texts import Translate
from explorer.io.words import catalogue, finished_messages

#: The CLDR categories of each language's plural forms, in the order of Qt's numerus forms.
QT_FORMS = {
    "ar": ("zero", "one", "two", "few", "many", "other"),
    "ru": ("one", "few", "many"),
    "fr": ("one", "other"),
    "es": ("one", "other"),
    "zh": ("other",),
}


def _short(language: str) -> str:
    return language.replace("-", "_").split("_")[0].lower()


@cache
def _locale(language: str) -> Locale | None:
    try:
        return Locale.parse(language.replace("-", "_"))
    except (UnknownLocaleError, ValueError):
        return None


def plural_index(language: str, n: int) -> int:
    """Which of the language's numerus forms ``n`` takes (0 for a language without plurals)."""
    locale = _locale(language)
    if locale is None:
        return 0
    category = locale.plural_form(abs(int(n)))
    forms = QT_FORMS.get(_short(language))
    if forms is None:  # a language without a file of ours: CLDR's one and other
        forms = ("one", "other") if "one" in locale.plural_form.tags else ("other",)
    if category in forms:
        return forms.index(category)
    # A category Qt folds into another (French "many" for millions is "other";
    # Russian "other", for fractions only, is "many"): the last form.
    return forms.index("other") if "other" in forms else len(forms) - 1


@cache
def plural_catalogue(language: str, folder: Path | None = None) -> dict[tuple[str, str], tuple]:
    """The finished ``%n`` translations of ``explorer_<language>.ts``: (context, source) ->
    the numerus forms in Qt's order."""
    found = {}
    for name, source, translation, numerus in finished_messages(language, folder):
        forms = tuple(form.text or "" for form in translation.iter("numerusform"))
        if numerus and any(forms):
            found[(name, source)] = forms
    return found


def _files(language: str) -> list[str]:
    """The translation files to ask, the full name's first ("zh_CN", then "zh")."""
    name = language.split(".")[0].replace("-", "_")
    return list(dict.fromkeys([name, name.split("_")[0]]))


def core_lookup(language: str | None) -> Translate | None:
    """Core's lookup for ``language`` from the ``.ts`` files (None: English, or no file):
    what :func:`explorer.core.texts.install` takes, answering as Qt's translator would."""
    if not language:
        return None
    files = [code for code in _files(language) if catalogue(code) or plural_catalogue(code)]
    if not files:
        return None

    def lookup(context: str, source: str, n: int) -> str:
        for code in files:
            if n >= 0:
                forms = plural_catalogue(code).get((context, source))
                if forms:
                    return forms[min(plural_index(code, n), len(forms) - 1)]
            found = catalogue(code).get((context, source))
            if found:
                return found
        return ""

    return lookup


def install_file_translations(language: str | None) -> None:
    """Translate core's sentences into ``language`` from the ``.ts`` files, unless a
    translator of that language (Qt's, in a window) is installed already."""
    from explorer.core import texts

    wanted = "" if not language else _short(language)
    if texts.installed_language() != wanted:
        texts.install(language, core_lookup(language))
