"""The import report's English texts read in the interface language, and stay English in files.

Why: the readers write every reason, note and remark in English (the CSV export
and the workspace keep them so); the window and the ``import`` command show them
in French, Arabic, ... by recognising the marked template a text was filled from.
A reason whose template is not marked, or that another template shadows, would
read in English in the middle of a French report: these tests would say which.
"""

from __future__ import annotations

import pytest

from explorer.core import texts
from explorer.core.data.local_numbers import decimal_text
from explorer.core.texts import fill
from explorer.io.file_translations import install_file_translations
from explorer.io.importing.report_language import (
    NUMBERS,
    QUOTED,
    number_in,
    recognise,
    registered,
    say_in,
)
from explorer.io.importing.report_words import COMPOSED
from explorer.io.words import catalogue
from tests.shared_data import GLOTIP_WORKBOOK

#: A value of each kind of placeholder, and how French writes it back.
QUOTED_SAMPLE = "'Ab: c; d (e)'"
NUMBER_SAMPLE = "12,345"
PLAIN_SAMPLE = "Xq zz"  # plain text no template gives: kept as it is
ROWS_SAMPLE, ROWS_FRENCH = "rows 3, 5", "lignes 3, 5"


def _sample(name: str) -> str:
    if name in QUOTED:
        return QUOTED_SAMPLE
    if name in NUMBERS:
        return NUMBER_SAMPLE
    return {"rows": ROWS_SAMPLE, "list": "3, 5"}.get(name, PLAIN_SAMPLE)


def _french(name: str) -> str:
    if name in NUMBERS:
        return decimal_text(12345, "fr", 0)
    return {"rows": ROWS_FRENCH}.get(name, _sample(name))


def _names(template: str) -> list[str]:
    import re

    return re.findall(r"\{([a-z_]+)\}", template)


@pytest.fixture
def french():
    install_file_translations("fr")
    yield
    texts.install(None, None)


def test_the_report_s_templates_are_many_and_each_is_marked_once():
    found = registered()
    assert len(found) > 150
    assert len({(t.context, str(t)) for t in found}) == len(found)
    assert {t.context for t in found} == {
        "ImportReasons",
        "ImportSummary",
        "ImportColumns",
        "Consistency",  # the kinds of contradiction the summary counts
    }


def test_every_template_filled_is_recognised_as_itself_and_said_in_french(french):
    wrong = []
    for template in set(registered()) - set(COMPOSED):
        names = _names(template)
        text = fill(template, {n: _sample(n) for n in names})
        found = recognise(text)
        if found is None or found[0] != template:
            wrong.append(f"{template!r} taken for {found and found[0]!r}")
            continue
        translated = catalogue("fr")[(template.context, str(template))]
        expected = fill(translated, {n: _french(n) for n in names})
        if say_in(text, "fr") != expected:
            wrong.append(f"{template!r}: {say_in(text, 'fr')!r} != {expected!r}")
        if say_in(text, "en") != text or say_in(text, None) != text:
            wrong.append(f"{template!r} changed in English")
    assert not wrong, "\n".join(wrong[:20])


def test_the_lines_the_summary_composes_are_never_recognised():
    """ "{share} {subject}." would read any "12 words." as a summary line."""
    for template in COMPOSED:
        found = recognise(fill(template, {n: _sample(n) for n in _names(template)}))
        assert found is None or found[0] not in COMPOSED


def test_numbers_are_written_as_the_language_writes_them():
    assert number_in("1,042", "fr") == decimal_text(1042, "fr", 0)
    assert number_in("99.7%", "ar") == "\u0669\u0669\u066b\u0667\u066a\u061c"
    assert number_in("<5", "ar") == "<\u0665"
    assert number_in("2019", "fr") == "2019"  # a year or a row: never grouped
    assert number_in("92.3", "fr") == "92,3"
    assert number_in("'12'", "fr") is None


def test_reasons_joined_by_semicolons_are_said_one_by_one(french):
    joined = "no country of exploitation; year of registration is not a year: 'x; y'"
    assert say_in(joined, "fr") == (
        "aucun pays d\u2019exploitation ; "
        "l\u2019année d\u2019enregistrement n\u2019est pas une année : 'x; y'"
    )
    assert say_in("no country; something else", "fr") == "no country; something else"


def test_a_text_of_no_template_and_file_text_stay_as_they_are(french):
    assert say_in("Atlantis", "fr") == "Atlantis"
    # A quoted file value that happens to be a template's words is not translated.
    assert say_in("not a country code: 'no title'", "fr") == "pas un code de pays : 'no title'"


def _words(line: str) -> list[str]:
    """The line's own words: none of its quoted file text or country names."""
    import re

    line = re.sub(r"'[^']*'|[A-Z][a-z]+(?: [A-Z][a-z]+)*|\d[\d,.]*", " ", line)
    return re.findall(r"[a-z]{3,}", line)


@pytest.fixture(scope="module")
def glotip_report():
    if not GLOTIP_WORKBOOK.is_file():
        pytest.skip("shared GLOTIP workbook absent")
    from explorer.io.importing.importers import read_any

    return read_any(GLOTIP_WORKBOOK)[1]


def test_no_english_is_left_in_the_french_glotip_report(glotip_report, french, tmp_path):
    report = glotip_report
    texts_of = {
        "rejected": [r.reason for r in report.rejected],
        "groups": [c.reason for c in report.conflicts] + [c.kept for c in report.conflicts],
        "remarks": report.remarks,
        "notes": [report.resolved_subject, report.unresolved_note],
    }
    for kind, found in texts_of.items():
        unknown = sorted({t for t in found if recognise(t) is None and number_in(t, "fr") is None})
        assert not unknown, f"{kind}: {unknown[:5]}"
        same = sorted({t for t in found if say_in(t, "fr") == t and number_in(t, "fr") != t})
        assert not same, f"{kind} kept in English: {same[:5]}"

    english, french = report.summary().splitlines(), report.summary("fr").splitlines()
    assert len(english) == len(french)
    contradiction = next(i for i, line in enumerate(english) if "contradictions" in line)
    for i, (en, fr) in enumerate(zip(english, french, strict=True)):
        if i != contradiction:  # its kinds are the consistency checks' words
            assert en != fr and not (set(_words(en)) - set(_words(fr))) <= {"row"}, fr
    assert french[0].startswith("data_glotip_2023-05-30.xlsx : lignes lues : 46")
    assert "99,7" in french[1]

    # The stored and exported report keeps English.
    report.to_csv(tmp_path / "report.csv")
    csv = (tmp_path / "report.csv").read_text(encoding="utf-8-sig")
    assert "not a country code: 'SAM'" in csv and "pas un code" not in csv
    assert "not a country code: 'SAM'" in report.to_json()
