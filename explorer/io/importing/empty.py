"""An import that brought nothing: never stored as an empty dataset.

Why: a file whose every row was rejected (a wrong column chosen as the
country, a sheet of notes) used to be stored as a dataset with no figures,
which then showed an empty map without a word. The command line and the window
both refuse it with the same reason, and show the report of why.
"""

from __future__ import annotations

import re
from collections import Counter

from explorer.core.data.dataset import Dataset
from explorer.core.texts import QT_TRANSLATE_NOOP, SEMICOLON, words
from explorer.io.importing.report import ImportReport


def is_empty(dataset: Dataset) -> bool:
    """True when the dataset holds no observation, flow or activity."""
    return not (len(dataset.observations) or len(dataset.flows) or len(dataset.activities))


NO_ROWS = QT_TRANSLATE_NOOP("ImportSummary", "the file has no data rows; nothing was stored")
NO_FIGURE = QT_TRANSLATE_NOOP("ImportSummary", "no row held a figure")
ALL_REJECTED = QT_TRANSLATE_NOOP("ImportSummary", "every row was rejected: {reasons}")
NOTHING_STORED = QT_TRANSLATE_NOOP(
    "ImportSummary", "{why}. Nothing was stored; see the report for each row"
)
_COLON = re.compile(r"\s*[:\uff1a]")  # where a reason's kind ends (Chinese: a full-width colon)


def nothing_imported(report: ImportReport, lang: str | None = None) -> str:
    """Why nothing was imported, in a sentence in ``lang`` (English by default): the
    commonest reasons rows were rejected."""
    w = words(lang)
    if not report.rows_read:
        return w.say(NO_ROWS)
    first: dict[str, str] = {}
    for row in report.rejected:
        first.setdefault(row.reason.split(":")[0], row.reason)
    reasons = Counter(row.reason.split(":")[0] for row in report.rejected)
    said = [
        w.translate("ImportSummary", "{reason} (%n rows)", None, n).replace(
            "{reason}", _kind(first[reason], lang)
        )
        for reason, n in reasons.most_common(3)
    ]
    common = w.join(said, SEMICOLON)
    why = w.say(ALL_REJECTED, reasons=common) if common else w.say(NO_FIGURE)
    return w.say(NOTHING_STORED, why=why)


def _kind(reason: str, lang: str | None) -> str:
    """A rejection reason's kind ("not a country code") in ``lang``: the reason said in the
    language, up to its colon."""
    from explorer.io.importing.report_language import say_in

    return _COLON.split(say_in(reason, lang), maxsplit=1)[0]
