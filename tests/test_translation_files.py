"""Every text of the window is translated in the five other UN languages, and kept so.

Why a test: a text added to the code without its translations reads in English
in the middle of an Arabic or Chinese window. The test refreshes a copy of each
translation file from the code (as ``make translations`` does), so a new or
changed text shows up here as unfinished, and checks what a translator can get
wrong: a lost ``{placeholder}``, a lost ``&`` mnemonic, the wrong number of
plural forms. It also checks that the compiled ``.qm`` the app loads is the one
the ``.ts`` gives.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = {"ar": 6, "zh_CN": 1, "fr": 2, "ru": 3, "es": 2}  # plural forms of each
PLACEHOLDER = re.compile(r"\{[a-z_0-9]*\}")


def _tool(name: str) -> str:
    found = Path(sys.executable).with_name(name)
    path = str(found) if found.exists() else shutil.which(name)
    assert path, f"{name} is needed (PySide6-Essentials ships it)"
    return path


@pytest.fixture(scope="module")
def refreshed(tmp_path_factory) -> dict[str, Path]:
    """Each .ts refreshed from today's code in a temporary folder."""
    folder = tmp_path_factory.mktemp("ts")
    copies = {}
    for lang in LANGUAGES:
        copies[lang] = folder / f"explorer_{lang}.ts"
        shutil.copy(TRANSLATIONS / f"explorer_{lang}.ts", copies[lang])
    sources = sorted(str(p) for p in (ROOT / "explorer").rglob("*.py"))
    subprocess.run(
        [
            _tool("pyside6-lupdate"),
            *sources,
            "-locations",
            "none",
            "-ts",
            *map(str, copies.values()),
        ],
        check=True,
        capture_output=True,
        cwd=ROOT,
    )
    return copies


def _messages(path: Path):
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation.get("type") in {"obsolete", "vanished"}:
                continue
            yield name, message, translation


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_text_of_the_code_is_translated(refreshed, lang):
    missing = []
    for context, message, translation in _messages(refreshed[lang]):
        forms = [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
        if translation.get("type") == "unfinished" or not all(f.strip() for f in forms):
            missing.append(f"{context}: {message.findtext('source')!r}")
    assert not missing, f"{len(missing)} texts not translated in {lang}: {missing[:10]}"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_translations_keep_placeholders_mnemonics_and_plural_forms(lang):
    wrong = []
    for context, message, translation in _messages(TRANSLATIONS / f"explorer_{lang}.ts"):
        source = message.findtext("source") or ""
        forms = [f.text or "" for f in translation.iter("numerusform")]
        if message.get("numerus") == "yes" and len(forms) != LANGUAGES[lang]:
            wrong.append(f"{context}: {source!r}: {len(forms)} plural forms")
        for text in forms or [translation.text or ""]:
            if sorted(PLACEHOLDER.findall(text)) != sorted(PLACEHOLDER.findall(source)):
                wrong.append(f"{context}: {source!r}: placeholders differ in {text!r}")
            if ("&" in source.replace("&&", "")) != ("&" in text.replace("&&", "")):
                wrong.append(f"{context}: {source!r}: mnemonic lost or added in {text!r}")
    assert not wrong, "\n".join(wrong[:20])


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_shipped_qm_is_compiled_from_the_ts(tmp_path, lang):
    compiled = tmp_path / f"explorer_{lang}.qm"
    subprocess.run(
        [
            _tool("pyside6-lrelease"),
            str(TRANSLATIONS / f"explorer_{lang}.ts"),
            "-qm",
            str(compiled),
        ],
        check=True,
        capture_output=True,
    )
    assert compiled.read_bytes() == (TRANSLATIONS / f"explorer_{lang}.qm").read_bytes()


#: Arabic texts whose Latin digits are names, not numbers read as such: a hash's name, paper
#: and screen sizes, versions, a keyboard shortcut, what the user types or a file's headers.
LATIN_DIGITS_KEPT = (
    "SHA-256",
    "A4 ",
    "A3 ",
    "Slide 16:9",
    "Font licence",
    "Country shapes",
    "Leaflet {version}",
    "Map image copied",
    "Ctrl+0",
    "Upper bound of each class",
    "One column per year",
)


def test_arabic_texts_write_their_numbers_in_arabic_indic_digits():
    """As every number the app writes in Arabic (``core.data.local_numbers``): "<5" in
    Arabic-Indic digits, like the 5 the legend shows."""
    latin = []
    for context, message, translation in _messages(TRANSLATIONS / "explorer_ar.ts"):
        source = message.findtext("source") or ""
        if any(kept in source for kept in LATIN_DIGITS_KEPT):
            continue
        forms = [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
        for text in forms:
            if re.search(r"[0-9]", re.sub(r"\{[^}]*\}|%n|%\d+", "", text)):
                latin.append(f"{context}: {text!r}")
    assert not latin, "\n".join(latin[:20])


#: Placeholders whose values are words of the language (a country's or region's name,
#: "受害者"): Chinese writes them against the characters around them.
NAMED_IN_LANGUAGE = re.compile(r"\{(?:country|region|subregion|people|place)\}")


def test_chinese_puts_no_space_between_characters_and_a_chinese_name():
    """ "{year} 年在 {country} 被查明的 {people} 来自何处" read "在 尼日利亚 被查明的 受害者"."""
    han = r"[\u4e00-\u9fff]"
    wrong = []
    for context, _message, translation in _messages(TRANSLATIONS / "explorer_zh_CN.ts"):
        forms = [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
        for text in forms:
            spaced = rf"{han} {NAMED_IN_LANGUAGE.pattern}|{NAMED_IN_LANGUAGE.pattern} {han}"
            if re.search(spaced, text):
                wrong.append(f"{context}: {text!r}")
    assert not wrong, "\n".join(wrong)
