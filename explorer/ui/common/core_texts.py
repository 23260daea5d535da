"""Fixed texts of the Qt-free core that the UI shows: marked for lupdate, translated on display.

Why here: ``explorer.core`` must not import Qt (an import-linter contract), so
it cannot call ``translate``. Its fixed words (the disclaimer, the synthetic
band, breakdown labels, page sizes) are listed below under the context
``CoreTexts``; the UI passes them through :func:`core_text` where it shows
them, and the data keep the English words (exports of data, workspaces and
settings stay the same in every language). tests/ui/test_translatable.py
checks that each entry is still the core's exact text.

The sentences core composes from data (key figures, the victim profile, place
summaries, the classes note, flow phrases such as "312 detected victims",
source lines and the app's own caveats, derived indicator names) are not listed
here: core writes them as templates of :mod:`explorer.core.texts`, marked where
they are written (``QT_TRANSLATE_NOOP`` and ``words(lang).translate(..., n)``,
which lupdate reads by name) under their own contexts (``KeyFigures``,
``PlaceSummary``, ``ClassesNote``...). ``install_translations`` hands core a
look-up into the same ``.qm`` files, and core fills the named placeholders and
``%n`` (in the language's plural form and digits) after translation. Core asks
for its words in the language the caller passes, so whatever passes none (the
command line, data exports, stored data) keeps English. The breakdown labels
below are also looked up by core (``shown_names.breakdown_name``) for the
compound labels it composes ("Sexual exploitation (Girls)").
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from explorer.core.places.levels import LEVEL_RULES
from explorer.core.places.wording import RULES
from explorer.core.texts import sentences
from explorer.ui.common.translations import translate

CONTEXT = "CoreTexts"

#: Every fixed core text the UI shows (the ``QT_TRANSLATE_NOOP`` calls are what lupdate reads).
MARKED: tuple[str, ...] = (
    # view_data.DISCLAIMER, view_data.SYNTHETIC_MARK, values.NO_DATA
    QT_TRANSLATE_NOOP(
        "CoreTexts",
        "The boundaries and names shown do not imply official endorsement or acceptance.",
    ),
    QT_TRANSLATE_NOOP("CoreTexts", "SYNTHETIC DEMONSTRATION DATA: not official statistics"),
    QT_TRANSLATE_NOOP("CoreTexts", "no data"),
    # legend entries of every map (render.page.legend.entry_text)
    QT_TRANSLATE_NOOP("CoreTexts", "No data"),
    QT_TRANSLATE_NOOP("CoreTexts", "Suppressed (<{n})"),
    # breakdown labels (core.breakdown)
    QT_TRANSLATE_NOOP("CoreTexts", "Total"),
    QT_TRANSLATE_NOOP("CoreTexts", "Female"),
    QT_TRANSLATE_NOOP("CoreTexts", "Male"),
    QT_TRANSLATE_NOOP("CoreTexts", "Other sex"),
    QT_TRANSLATE_NOOP("CoreTexts", "Sex unknown"),
    QT_TRANSLATE_NOOP("CoreTexts", "Children (0-17)"),
    QT_TRANSLATE_NOOP("CoreTexts", "Adults (18+)"),
    QT_TRANSLATE_NOOP("CoreTexts", "Age unknown"),
    QT_TRANSLATE_NOOP("CoreTexts", "Girls"),
    QT_TRANSLATE_NOOP("CoreTexts", "Boys"),
    QT_TRANSLATE_NOOP("CoreTexts", "Women"),
    QT_TRANSLATE_NOOP("CoreTexts", "Men"),
    QT_TRANSLATE_NOOP("CoreTexts", "Sexual exploitation"),
    QT_TRANSLATE_NOOP("CoreTexts", "Forced labour"),
    QT_TRANSLATE_NOOP("CoreTexts", "Other forms of exploitation"),
    # colour-vision previews (core.view.colour_vision.VISION_TITLES)
    QT_TRANSLATE_NOOP("CoreTexts", "Deuteranopia (green-blind, the most common)"),
    QT_TRANSLATE_NOOP("CoreTexts", "Protanopia (red-blind)"),
    QT_TRANSLATE_NOOP("CoreTexts", "Tritanopia (blue-blind, rare)"),
    QT_TRANSLATE_NOOP("CoreTexts", "Greyscale (black-and-white print)"),
    # export size presets (core.export_spec.PRESETS)
    QT_TRANSLATE_NOOP("CoreTexts", "Slide 16:9, 1920 x 1080 px"),
    QT_TRANSLATE_NOOP("CoreTexts", "Slide 16:9 4K, 3840 x 2160 px"),
    QT_TRANSLATE_NOOP("CoreTexts", "A4 landscape"),
    QT_TRANSLATE_NOOP("CoreTexts", "A4 portrait"),
    QT_TRANSLATE_NOOP("CoreTexts", "A3 landscape"),
    QT_TRANSLATE_NOOP("CoreTexts", "A3 portrait"),
    # the rules of place summaries (core.places.wording.RULES)
    QT_TRANSLATE_NOOP(
        "CoreTexts",
        "Total: the sum of the exact figures of the countries in the place that "
        "reported; a <5 is never added as a number.",
    ),
    QT_TRANSLATE_NOOP(
        "CoreTexts",
        "Change since the previous year: over the countries with an exact figure in "
        "both years only (a <5 or a gap in either year leaves the country out).",
    ),
    QT_TRANSLATE_NOOP(
        "CoreTexts",
        "Trend: each year's change on its own constant set of countries, chained into "
        "an index (first year = 100); a rise in reporting is never read as a rise in "
        "trafficking.",
    ),
    QT_TRANSLATE_NOOP(
        "CoreTexts",
        "Shares (children, girls, boys, women, men, forms of exploitation): over the "
        "countries that reported every part of the breakdown exactly; the range adds "
        "the countries whose parts include a <5.",
    ),
    QT_TRANSLATE_NOOP(
        "CoreTexts",
        "Where victims came from: relative to each country of detection; each share is a "
        "range, from every <5 at 1 to every <5 at 4.",
    ),
    # the rules of a categorical indicator (core.places.levels.LEVEL_RULES)
    QT_TRANSLATE_NOOP(
        "CoreTexts",
        "Levels (such as TIP tiers) are ordered ranks, not quantities: no total, sum, "
        "change, trend or share of them is computed.",
    ),
    QT_TRANSLATE_NOOP(
        "CoreTexts",
        "A place counts how many of its countries stand at each level in the year shown, "
        "in the levels' order; a country with no level that year is not counted.",
    ),
    QT_TRANSLATE_NOOP(
        "CoreTexts",
        "A level outside the order (such as Special case) is counted apart and never "
        "ranked; a country's chart by year marks it above the ranked levels.",
    ),
    QT_TRANSLATE_NOOP("CoreTexts", "Change"),
    QT_TRANSLATE_NOOP("CoreTexts", "Trend"),
    QT_TRANSLATE_NOOP("CoreTexts", "Shares"),
    QT_TRANSLATE_NOOP("CoreTexts", "Origins"),
)


def core_text(text: str) -> str:
    """``text`` in the user's language if it is one of :data:`MARKED`, else as it is.

    Data that happen to spell a marked word (an indicator called "Total")
    would be translated too; only call this where the text is the core's own.
    """
    return translate(CONTEXT, text) if text in MARKED else text


def rules_text(categorical: bool) -> str:
    """The rules behind a place's figures, in the user's language: those of levels for a
    categorical indicator (TIP tiers), else those of figures (sums, changes, shares)."""
    texts = LEVEL_RULES if categorical else tuple(text for _, text in RULES)
    return sentences(core_text(text) for text in texts)  # no space after a Chinese "。"
