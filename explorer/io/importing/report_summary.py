"""The import report's summary: a few lines for the command line and the top of the dialog.

Why composed per language: the ``import`` command and the report dialog show it
in the interface language, while the report itself keeps English (the CSV
export and the workspace store English). Its own lines are said with the marked
templates of :mod:`explorer.io.importing.report_words`, its numbers as the
language writes them; what the readers wrote into the report in English (what
the resolved share measures, the remarks) is said by recognising its template
(:func:`explorer.io.importing.report_language.say_in`). With no language (or
English) the lines are the English ones the report always had.
"""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from explorer.core.data.local_numbers import decimal_text, number_text, percent_text
from explorer.core.names.languages import is_english
from explorer.core.texts import SEMICOLON, words
from explorer.io.importing import report_words as rw
from explorer.io.importing.report_language import say_in

if TYPE_CHECKING:  # the report calls this; importing it back would make a cycle
    from explorer.io.importing.report import ImportReport


def summary_lines(report: ImportReport, lang: str | None = None) -> list[str]:
    """The summary's lines in ``lang`` (English when None)."""
    w = words(lang)

    def count(n: float) -> str:
        return number_text(int(n), lang)

    lines = [
        w.say(
            rw.BALANCE,
            file=report.file_name,
            read=count(report.rows_read),
            imported=count(report.rows_imported),
            rejected=count(len(report.rejected)),
        ),
        w.say(
            rw.RESOLVED,
            share=_share(report.resolved_share, lang),
            subject=say_in(report.resolved_subject, lang),
        ),
    ]
    if report.implausible:
        lines.append(w.say(rw.IMPLAUSIBLE, count=count(len(report.implausible))))
    if report.duplicates_collapsed or report.conflicts:
        parts = sum(1 for c in report.conflicts if c.rule == "parts")
        lines.append(
            w.say(
                rw.GROUPS,
                collapsed=count(report.duplicates_collapsed),
                groups=count(len(report.conflicts)),
                parts=count(parts),
                repeats=count(len(report.conflicts) - parts),
                set_aside=count(sum(c.set_aside for c in report.conflicts)),
            )
        )
    if report.not_stated:
        lines.append(w.say(rw.NOT_STATED, victims=decimal_text(report.not_stated, lang, 0)))
    if report.unresolved:
        note = say_in(report.unresolved_note, lang)
        lines.append(w.say(rw.UNRESOLVED, count=count(len(report.unresolved)), note=note))
    if report.consistency:
        kinds = Counter(c[4] for c in report.consistency)
        listed = w.say(SEMICOLON).join(
            w.say(rw.CONTRADICTION_KIND, kind=say_in(kind, lang), count=count(n))
            for kind, n in kinds.most_common()
        )
        lines.append(w.say(rw.CONTRADICTIONS, count=count(len(report.consistency)), kinds=listed))
    if report.fuzzy:
        lines.append(w.say(rw.FUZZY, count=count(len(report.fuzzy))))
    lines += [say_in(line, lang) for line in report.remarks]
    if report.columns:
        lines.append(w.say(rw.COLUMNS, count=count(len(report.columns))))
        lines += [column_line(*c, lang=lang) for c in report.columns]
    return lines


def _share(share: float, lang: str | None) -> str:
    """ "99.7%" as the report always wrote it in English, "99,7 %" in French."""
    return f"{share:.1%}" if is_english(lang) else percent_text(share, lang, 1)


def column_line(column: str, role: str, note: str, lang: str | None = None) -> str:
    """``  'Population': indicator, Population: a count (summed in regional totals)``"""
    w = words(lang)
    role = say_in(role, lang)
    if not note:
        return w.say(rw.COLUMN, column=repr(column), role=role)
    return w.say(rw.COLUMN_NOTE, column=repr(column), role=role, note=say_in(note, lang))
