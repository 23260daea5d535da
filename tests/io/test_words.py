"""The app's words without Qt: the same language choice and the same finished translations."""

from __future__ import annotations

import pytest

from explorer.io.words import catalogue, languages, translate

DISCLAIMER = "The boundaries and names shown do not imply official endorsement or acceptance."


@pytest.mark.parametrize(
    ("environ", "expected"),
    [
        ({"TRAFFICKING_EXPLORER_LANG": "fr"}, ["fr"]),
        ({"TRAFFICKING_EXPLORER_LANG": "es_ES", "LANG": "fr_FR.UTF-8"}, ["es_ES", "es"]),
        ({"LANG": "fr_FR.UTF-8"}, ["fr_FR", "fr"]),
        ({"LC_ALL": "de_DE@euro", "LANG": "fr_FR.UTF-8"}, ["de_DE", "de"]),
        ({"LANGUAGE": "pt_BR:pt", "LANG": "fr_FR.UTF-8"}, ["pt_BR", "pt"]),
        ({"LANG": "C.UTF-8"}, []),
        ({"TRAFFICKING_EXPLORER_LANG": "en"}, []),
        ({"LANG": "en_GB.UTF-8"}, []),
        ({}, []),
    ],
)
def test_languages_follow_the_setting_then_the_system(environ, expected):
    assert languages(environ) == expected


def test_finished_translations_are_used_and_others_left_english():
    assert translate("CoreTexts", DISCLAIMER, {"LANG": "fr_FR.UTF-8"}).startswith(
        "Les frontières et les noms indiqués"
    )
    assert translate("CoreTexts", DISCLAIMER, {"LANG": "en_US.UTF-8"}) == DISCLAIMER
    assert translate("CoreTexts", "No such text", {"LANG": "fr_FR"}) == "No such text"
    assert translate("CoreTexts", DISCLAIMER, {"LANG": "es_ES"}).startswith("Las fronteras")
    # German has no translation file: the English stays.
    assert translate("CoreTexts", DISCLAIMER, {"LANG": "de_DE"}) == DISCLAIMER


def test_unfinished_entries_are_not_translations(tmp_path):
    (tmp_path / "explorer_xx.ts").write_text(
        """<?xml version="1.0" encoding="utf-8"?>
<TS version="2.1" language="xx">
<context><name>C</name>
<message><source>Done</source><translation>Fait</translation></message>
<message><source>Draft</source><translation type="unfinished">Brouillon</translation></message>
<message><source>Empty</source><translation></translation></message>
</context></TS>""",
        encoding="utf-8",
    )
    assert catalogue("xx", tmp_path) == {("C", "Done"): "Fait"}
