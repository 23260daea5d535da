"""Core's words read from the ``.ts`` files answer as Qt's translators of the ``.qm`` files."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QTranslator

from explorer.core.geo.locations import resources_dir
from explorer.io.file_translations import core_lookup, plural_catalogue, plural_index
from explorer.io.words import catalogue

LANGUAGES = ["ar", "zh_CN", "fr", "ru", "es"]
NUMBERS = [*range(0, 230), 1001, 1011, 1_000_000, 2_000_001]


def _qt(language: str) -> QTranslator:
    translator = QTranslator()
    path = resources_dir() / "translations" / f"explorer_{language}.qm"
    assert translator.load(str(path)), path
    return translator


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_plural_form_is_the_one_qt_picks(language):
    qt, lookup = _qt(language), core_lookup(language)
    messages = plural_catalogue(language)
    assert len(messages) >= 20  # the file's %n messages were read
    for context, source in messages:
        for n in NUMBERS:
            assert lookup(context, source, n) == qt.translate(context, source, None, n), (
                language,
                source,
                n,
            )


@pytest.mark.parametrize("language", LANGUAGES)
def test_plain_texts_are_the_ones_qt_has(language):
    qt, lookup = _qt(language), core_lookup(language)
    for (context, source), text in list(catalogue(language).items())[::7]:
        assert lookup(context, source, -1) == text == qt.translate(context, source)


def test_arabic_forms_follow_the_number():
    # zero, one, two, few (3-10), many (11-99), other (100-102)
    assert [plural_index("ar", n) for n in (0, 1, 2, 3, 10, 11, 99, 100, 102, 103)] == [
        0,
        1,
        2,
        3,
        3,
        4,
        4,
        5,
        5,
        3,
    ]
    assert [plural_index("ru", n) for n in (1, 2, 5, 11, 21, 22, 25)] == [0, 1, 2, 2, 0, 1, 2]
    assert [plural_index("fr", n) for n in (0, 1, 2, 1_000_000)] == [0, 0, 1, 1]
    assert plural_index("zh_CN", 5) == 0


def test_english_and_languages_without_a_file_have_no_lookup():
    assert core_lookup(None) is None
    assert core_lookup("de") is None
    assert core_lookup("fr_CA") is not None  # the language's file serves its regions
