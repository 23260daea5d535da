"""The caveats the app itself writes into a dataset's provenance, said in the reader's language.

Why: a caveat travels with the data (workspace, exports) in English, as the
importer wrote it, but the one a desk officer must not miss ("Detected victims
are not a measure of prevalence") should read in the language of the window.
The texts the readers and the demo write are listed here, word for word, and
shown translated; a caveat from anywhere else (a user's file, a note made from
data) is shown as it is. tests/core/test_known_caveats.py keeps the list in
step with the readers.
"""

from __future__ import annotations

from explorer.core.texts import QT_TRANSLATE_NOOP, words

KNOWN: dict[str, str] = {
    text: text
    for text in (
        # the demo dataset (core.demo.generate.DEMO_PROVENANCE)
        QT_TRANSLATE_NOOP("Caveats", "SYNTHETIC demonstration data: not official statistics."),
        QT_TRANSLATE_NOOP("Caveats", "Detected victims are not a measure of prevalence."),
        QT_TRANSLATE_NOOP(
            "Caveats",
            "Figures, flows and activities are invented; any resemblance to real values is chance.",
        ),
        # UNODC's GLOTIP export (io.readers.glotip.reader.CAVEATS)
        QT_TRANSLATE_NOOP(
            "Caveats",
            "Detected victims are not a measure of prevalence: they reflect what national "
            "authorities detected and reported.",
        ),
        QT_TRANSLATE_NOOP("Caveats", "<5 marks a suppressed count of 1 to 4."),
        QT_TRANSLATE_NOOP(
            "Caveats",
            "Origins are the victims' citizenship as reported; free-text labels were resolved "
            "to countries, and unresolved labels are shown as unknown.",
        ),
        # flow tables (io.readers.tables.flows)
        QT_TRANSLATE_NOOP(
            "Caveats",
            "Origins and destinations were matched to countries by code or name; origins not "
            "understood are shown as unknown, rows whose destination was not a country were "
            "set aside (see the import report).",
        ),
        QT_TRANSLATE_NOOP("Caveats", "<N marks a suppressed count of 1 to N-1."),
    )
}


def caveat_text(caveat: str, lang: str | None) -> str:
    """``caveat`` in ``lang`` when the app wrote it, else as it is."""
    template = KNOWN.get(caveat)
    return words(lang).say(template) if template is not None else caveat
