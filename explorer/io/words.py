"""The app's own words in the user's language without Qt, for files written without Qt.

Why: the headless ``export`` command writes HTML files without loading Qt, yet
their texts (the map disclaimer) must be in the language the window would use
(CSV, XLSX and GeoPackage keep their texts English, as the window writes them).
The window's translations are Qt ``.ts``/``.qm`` files
(:mod:`explorer.ui.common.translations`); this reads the finished
translations of the ``.ts`` sources, which ship beside the ``.qm`` files, and
picks the language the same way: ``TRAFFICKING_EXPLORER_LANG``, else the one
chosen in View > Language (:mod:`explorer.io.saved_language`), else the
system's (``LANGUAGE``, ``LC_ALL``, ``LC_MESSAGES``, ``LANG``).
"""

from __future__ import annotations

import os
import xml.etree.ElementTree as ET
from collections.abc import Mapping
from functools import cache
from pathlib import Path

from explorer.core.geo.locations import resources_dir
from explorer.io.saved_language import saved_language

LANG_ENV = "TRAFFICKING_EXPLORER_LANG"
PREFIX = "explorer"
_ENGLISH = {"", "c", "posix", "en"}


def languages(environ: Mapping[str, str] | None = None) -> list[str]:
    """The user's languages, most wanted first, e.g. ``["fr_FR", "fr"]`` (empty: English):
    the window's rule (the environment variable, the saved choice, the system's)."""
    env = os.environ if environ is None else environ
    wanted = env.get(LANG_ENV, "").strip() or saved_language(env)
    if not wanted:
        for key in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
            wanted = env.get(key, "").split(":")[0].strip()
            if wanted:
                break
    name = wanted.split(".")[0].split("@")[0].replace("-", "_")
    if name.lower() in _ENGLISH or name.lower().startswith("en_"):
        return []
    found = [name]
    if "_" in name:
        found.append(name.split("_")[0])
    return found


@cache
def finished_messages(
    language: str, folder: Path | None = None
) -> tuple[tuple[str, str, ET.Element, bool], ...]:
    """The finished messages of ``explorer_<language>.ts``: (context, source, translation
    element, whether it is a ``%n`` message with numerus forms)."""
    path = (folder or resources_dir() / "translations") / f"{PREFIX}_{language}.ts"
    if not path.is_file():
        return ()
    found = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            source = message.findtext("source")
            if translation is None or source is None:
                continue
            if translation.get("type") in ("unfinished", "vanished", "obsolete"):
                continue
            found.append((name, source, translation, message.get("numerus") == "yes"))
    return tuple(found)


@cache
def catalogue(language: str, folder: Path | None = None) -> dict[tuple[str, str], str]:
    """The finished translations of ``explorer_<language>.ts``: (context, source) -> text
    (``%n`` messages apart: :func:`explorer.io.file_translations.plural_catalogue`)."""
    return {
        (name, source): translation.text
        for name, source, translation, numerus in finished_messages(language, folder)
        if not numerus and translation.text
    }


def translate_to(language: str | None, context: str, text: str) -> str:
    """``text`` in ``language`` ("ar_EG", "zh_CN", "fr") when a translation is finished
    (the full name's file first, then the language's), else as it is."""
    name = (language or "").split(".")[0].replace("-", "_")
    if not name or name.lower() in _ENGLISH or name.lower().startswith("en_"):
        return text
    for code in dict.fromkeys([name, name.split("_")[0]]):
        translated = catalogue(code).get((context, text))
        if translated:
            return translated
    return text


def translate(context: str, text: str, environ: Mapping[str, str] | None = None) -> str:
    """``text`` in the user's language when a translation is finished, else as it is."""
    for language in languages(environ):
        translated = catalogue(language).get((context, text))
        if translated:
            return translated
    return text
