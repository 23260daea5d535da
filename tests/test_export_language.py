"""The headless export speaks the window's language: ``--lang``, else
``TRAFFICKING_EXPLORER_LANG``, else the language saved with View > Language, else the system's;
HTML still loads no Qt to find it."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from explorer.io import saved_language as saved
from tests.probes import run_probe

EXPORT = """
import json, sys
from explorer.cli import main
status = main(sys.argv[1:])
loaded = sorted({m.split(".")[1] for m in sys.modules if m.startswith("PySide6.")})
print(json.dumps({"status": status, "qt": loaded}))
"""

CHOOSE = """
import json, sys
from PySide6.QtCore import QCoreApplication
app = QCoreApplication([])
from explorer.ui.window.settings import AppSettings
settings = AppSettings()
settings.set("ui/language", sys.argv[1])
settings.sync()
print(json.dumps({"file": settings.file}))
"""

#: No language from the environment: the saved choice decides (the suite sets "en").
NO_LANG = {"TRAFFICKING_EXPLORER_LANG": "", "LANGUAGE": "", "LC_ALL": "", "LC_MESSAGES": ""}


def _choose(tmp_path: Path, code: str) -> Path:
    """Save ``code`` as View > Language does, in the probe's settings folder (``tmp_path``)."""
    return Path(run_probe(tmp_path, CHOOSE, code, env={"QT_QPA_PLATFORM": "offscreen"})["file"])


def _page_lang(tmp_path: Path, *options: str, env: dict[str, str]) -> str:
    out = tmp_path / "map.html"
    result = run_probe(tmp_path, EXPORT, "export", "--demo", "--out", str(out), *options, env=env)
    assert result == {"status": 0, "qt": []}  # the saved choice is read without Qt
    return re.search(r"<html lang=\"([^\"]+)\" dir=\"([^\"]+)\">", out.read_text("utf-8")).groups()


@pytest.mark.slow
def test_the_language_saved_in_the_window_is_the_export_s(tmp_path):
    file = _choose(tmp_path, "ar")
    assert file.is_relative_to(tmp_path)
    assert _page_lang(tmp_path, env={**NO_LANG, "LANG": "C.UTF-8"}) == ("ar", "rtl")


@pytest.mark.slow
def test_the_environment_then_the_option_win_over_the_saved_choice(tmp_path):
    _choose(tmp_path, "ar")
    env = {**NO_LANG, "TRAFFICKING_EXPLORER_LANG": "fr"}
    assert _page_lang(tmp_path, env=env) == ("fr", "ltr")
    assert _page_lang(tmp_path, "--lang", "zh_CN", env=env) == ("zh-CN", "ltr")


def test_an_unknown_language_is_a_wrong_request(tmp_path, capsys):
    from explorer.cli import main

    assert main(["export", "--demo", "--out", str(tmp_path / "m.html"), "--lang", "xx_QQ"]) == 2
    assert "unknown language" in capsys.readouterr().err


def test_the_reader_takes_what_qt_writes_and_leaves_a_newer_file_alone(qapp, tmp_path):
    from explorer.ui.window import settings as window_settings

    assert (saved.ORGANISATION, saved.APPLICATION) == (
        window_settings.ORGANISATION,
        window_settings.APPLICATION,
    )
    assert saved.SETTINGS_VERSION == window_settings.SETTINGS_VERSION
    env = {"XDG_CONFIG_HOME": str(tmp_path)}
    assert saved.saved_language(env, platform="linux") == ""  # nothing saved yet
    file = saved.settings_file(env)
    file.parent.mkdir(parents=True)
    store = window_settings.AppSettings(file)  # Qt's INI format: what Linux keeps
    store.set("ui/language", "zh_CN")
    store.sync()
    assert saved.saved_language(env, platform="linux") == "zh_CN"
    store.store.setValue(window_settings.VERSION_KEY, window_settings.SETTINGS_VERSION + 1)
    store.sync()
    assert saved.saved_language(env, platform="linux") == ""
    assert saved.saved_language({}, platform="linux") == ""  # no home: no one's choice


def _visible_words(page: str) -> list[str]:
    """The page's texts between tags and its tooltips' texts, scripts' data left out."""
    page = re.sub(r"data:[^\"')]+", "", page)
    found = re.findall(r">([^<>{}=&|`]{3,400})<", page)
    return [t.strip() for t in found if t.strip() and not t.lstrip().startswith(("var ", "'"))]


@pytest.mark.parametrize("lang", ["fr", "ar"])
def test_the_headless_html_reads_as_the_window_s_in_its_language(qapp, tmp_path, lang):
    from explorer.cli import main
    from tests.ui.translated import translated

    headless = tmp_path / "headless.html"
    result = run_probe(tmp_path, EXPORT, "export", "--demo", "--lang", lang, "--out", str(headless))
    assert result == {"status": 0, "qt": []}  # translated without Qt
    windowed = tmp_path / "window.html"
    with translated(lang):  # Qt's translators, as in the window
        assert main(["export", "--demo", "--lang", lang, "--out", str(windowed)]) == 0
    said = _visible_words(headless.read_text("utf-8"))
    assert said == _visible_words(windowed.read_text("utf-8"))
    text = "\n".join(said)
    for english in ("Detected trafficking victims", "Quantile classes", "Line width", "drawn with"):
        assert english not in text
    if lang == "fr":
        assert "Victimes de la traite détectées, 2022" in said  # the title
        assert "Classes par quantiles sur 2015-2022" in said
        assert any(t.endswith("victimes détectées") for t in said)  # a flow tooltip's count
    else:
        assert "\u0662\u0660\u0662\u0662" in text  # 2022 in Arabic-Indic digits
        assert "خريطة تفاعلية مرسومة باستخدام Leaflet 1.9.4." in said
