"""Core's sentences are templates: English by default, translated when the UI installs a language.

Why: core must not import Qt, yet a French reader must read its sentences in
French; a template not extracted by lupdate (a variable where a literal is
needed) would silently stay English, so the guard below reads the calls.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from explorer.core import texts
from explorer.core.texts import QT_TRANSLATE_NOOP, english_one, phrase, words

CORE = Path(__file__).resolve().parents[2] / "explorer" / "core"


@pytest.fixture
def french():
    """A stand-in translator: a few templates "in French", with French plural forms."""
    table = {
        ("T", "Change since {year}"): "Évolution depuis {year}",
        ("T", "Rank {rank} of %n countries"): "Rang {rank} sur %n pays",
    }

    def lookup(context: str, source: str, n: int) -> str:
        return table.get((context, source), "")

    texts.install("fr_FR", lookup)
    yield
    texts.install(None, None)


def test_without_a_translator_the_templates_read_as_written_with_named_values():
    said = words("fr").say(QT_TRANSLATE_NOOP("T", "Change since {year}"), year=2019)
    assert said == "Change since 2019"


def test_a_count_takes_the_english_singular_and_the_language_s_digits():
    w = words(None)
    assert w.translate("T", "Rank 3 of %n countries", None, 1) == "Rank 3 of 1 country"
    assert w.translate("T", "Rank 3 of %n countries", None, 1234) == "Rank 3 of 1,234 countries"
    more = words("fr").translate("T", "%n more countries", None, 1234)
    assert more == "1\u202f234 more countries"
    assert english_one("%n more countries reported") == "%n more country reported"
    assert english_one("the %n largest flows of {noun}") == "the largest flow of {noun}"
    assert words(None).translate("MapTexts", "the %n largest flows", None, 2) == (
        "the 2 largest flows"
    )


def test_an_installed_translator_serves_its_language_only(french):
    template = QT_TRANSLATE_NOOP("T", "Change since {year}")
    assert words("fr").say(template, year=2019) == "Évolution depuis 2019"
    assert words("fr_CA").say(template, year=2019) == "Évolution depuis 2019"
    assert words("es").say(template, year=2019) == "Change since 2019"
    assert words(None).say(template, year=2019) == "Change since 2019"
    rank = words("fr").translate("T", "Rank {rank} of %n countries", None, 1200)
    assert texts.fill(rank, {"rank": 4}) == "Rang 4 sur 1\u202f200 pays"


def test_a_phrase_stays_english_as_text_and_is_said_in_any_language(french):
    note = phrase(QT_TRANSLATE_NOOP("T", "Change since {year}"), year=2019)
    assert str(note) == "Change since 2019"
    assert note.text("fr") == "Évolution depuis 2019"


def test_placeholders_not_given_and_other_braces_stay():
    assert texts.fill("{a} and {b} {}", {"a": 1}) == "1 and {b} {}"


def _literal(node: ast.AST) -> bool:
    if isinstance(node, ast.Constant):
        return isinstance(node.value, str)
    return isinstance(node, ast.BinOp) and _literal(node.left) and _literal(node.right)


def test_every_core_template_is_a_literal_that_lupdate_can_read():
    wrong = []
    for path in sorted(CORE.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", "")
            if name not in ("QT_TRANSLATE_NOOP", "translate") or path.name == "texts.py":
                continue
            if name == "translate" and len(node.args) < 2:
                continue  # str.translate (digits)
            first = node.args[0]
            if isinstance(first, ast.Constant) and first.value == "CoreTexts":
                continue  # a look-up of the words marked in explorer/ui/common/core_texts.py
            if not all(_literal(a) for a in node.args[:2]):
                wrong.append(f"{path.relative_to(CORE)}:{node.lineno}")
    assert wrong == []


def test_sentences_have_a_space_between_them_except_after_a_chinese_full_stop():
    from explorer.core.texts import sentences

    assert sentences(["Not official.", "", "Detected is not prevalence."]) == (
        "Not official. Detected is not prevalence."
    )
    assert sentences(["并非官方统计数据。", "数字均为虚构。"]) == "并非官方统计数据。数字均为虚构。"


def test_a_sentence_put_together_from_parts_ends_with_the_language_s_full_stop():
    """The flows summary "Total: 1,068; domestic 99%." ended with an ASCII "." in Chinese."""
    from explorer.core.texts import SEMICOLON

    semicolon, colon = "\uff1b", "\uff1a"  # Chinese full-width ";" and ":"
    table = {("Lists", "{sentence}."): "{sentence}。", ("Lists", "; "): semicolon}
    texts.install("zh_CN", lambda context, source, n: table.get((context, source), ""))
    try:
        w = words("zh_CN")
        said = w.full_stop(w.join([f"总计{colon}1,068", "国内 99%"], SEMICOLON))
        assert said == f"总计{colon}1,068{semicolon}国内 99%。"
    finally:
        texts.install(None, None)
    assert words(None).full_stop("Total: 1,068; domestic 99%") == "Total: 1,068; domestic 99%."
