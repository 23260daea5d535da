"""From a dataset and the view state to a fill per country and the legend: no Qt.

Why classes over all years: when the user plays through the years, a colour
change must mean a value change, so the class bounds are computed once over
every year of the chosen indicator and breakdown (as Our World in Data does),
and a year change only looks fills up.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

import pandas as pd

from explorer.core.data.breakdown import Breakdown
from explorer.core.data.categories import (
    CategoryClasses,
    is_categorical,
    level_of,
    ordered_levels,
    unranked_levels,
)
from explorer.core.data.dataset import Dataset
from explorer.core.data.local_numbers import year_text
from explorer.core.data.schema import SUPPRESSED
from explorer.core.indicators.derived import CHANGE_SUFFIX, is_change
from explorer.core.indicators.shown_names import breakdown_name, indicator_name
from explorer.core.texts import QT_TRANSLATE_NOOP, Phrase, phrase, words
from explorer.core.view.change_classes import CHANGE_PALETTE, ChangeClasses
from explorer.core.view.classify import DEFAULT_K, DEFAULT_SCHEME, Classification, classify
from explorer.core.view.fill import (
    CLASS,
    NO_DATA,
    SUPPRESSED_KIND,
    UNRANKED,
    Fill,
    LegendEntry,
)
from explorer.core.view.palettes import (
    DEFAULT_PALETTE,
    NO_DATA_COLOUR,
    SUPPRESSED_COLOUR,
    UNRANKED_COLOUR,
    diverging,
    sequential,
)

SCHEME_NAMES = {
    "quantiles": "Quantile",
    "fisher_jenks": "Natural-breaks",
    "equal_interval": "Equal-interval",
    "manual": "Manual-break",
}
#: The classes note of each scheme (English in data exports, translated on display).
SCHEME_NOTES = {
    "quantiles": QT_TRANSLATE_NOOP("ClassesNote", "Quantile classes over {span}"),
    "fisher_jenks": QT_TRANSLATE_NOOP("ClassesNote", "Natural-breaks classes over {span}"),
    "equal_interval": QT_TRANSLATE_NOOP("ClassesNote", "Equal-interval classes over {span}"),
    "manual": QT_TRANSLATE_NOOP("ClassesNote", "Manual-break classes over {span}"),
}


@dataclass
class Choropleth:
    """Fills and legend for one indicator, breakdown and year."""

    subject: str  # indicator and breakdown, e.g. "Detected trafficking victims: Female"
    year: int
    values: pd.DataFrame  # iso3 -> value, lower, upper, flag (this year)
    classification: Classification | CategoryClasses | ChangeClasses
    colours: tuple[str, ...]
    legend: tuple[LegendEntry, ...]
    classes_note: str  # how the classes were made, e.g. "Quantile classes over 2015-2022"
    _fills: dict[str, Fill] = field(default_factory=dict)
    #: the indicator alone (``subject`` adds the breakdown after a colon, and an
    #: indicator's own name may hold one: "Convictions: trafficking")
    indicator: str = ""
    #: The language its legend (and what shows its values) writes numbers in.
    lang: str | None = None
    #: ``classes_note`` as a phrase, to say it in the language of the screen.
    note: Phrase | None = None

    def note_in(self, lang: str | None = None) -> str:
        """The classes note in ``lang`` (default: the choropleth's own language);
        ``classes_note`` stays English for the data exports."""
        if self.note is None:
            return self.classes_note
        return self.note.text(self.lang if lang is None else lang)

    @property
    def title(self) -> str:
        return f"{self.subject}, {year_text(self.year, self.lang)}"

    def subject_in(self, lang: str | None = None) -> str:
        """:attr:`subject` with the indicator and breakdown named in ``lang`` (default: the
        choropleth's own language) where their words are known."""
        lang = self.lang if lang is None else lang
        indicator = self.indicator or self.subject
        if not self.subject.startswith(indicator):
            return self.subject
        name = indicator_name(indicator, lang)
        if self.subject.startswith(indicator + ": "):
            part = breakdown_name(self.subject[len(indicator) + 2 :], lang)
            by = QT_TRANSLATE_NOOP("Legend", "{indicator}: {breakdown}")
            name = words(lang).say(by, indicator=name, breakdown=part)
        return name

    def title_in(self, lang: str | None = None) -> str:
        """:attr:`title` in ``lang``'s words (see :meth:`subject_in`)."""
        lang = self.lang if lang is None else lang
        title = QT_TRANSLATE_NOOP("Legend", "{subject}, {year}")
        return words(lang).say(title, subject=self.subject_in(lang), year=self.year)

    def fill(self, iso3: str) -> Fill:
        """The fill of a country: its class colour, suppressed, or no data."""
        return self._fills.get(iso3, _NO_DATA_FILL)


def _classes_note(
    classification: Classification | CategoryClasses | ChangeClasses,
    indicator: str,
    years: list[int],
    scheme: str,
) -> Phrase:
    """How the classes were made: "Quantile classes over 2003-2021"."""
    span: object = ALL_YEARS
    if len(years) > 1:  # a phrase too: Arabic writes "from 2015 to 2022" (no reversed span)
        span = phrase(
            QT_TRANSLATE_NOOP("ClassesNote", "{first}-{last}"), first=years[0], last=years[-1]
        )
    if isinstance(classification, CategoryClasses):
        return phrase(
            QT_TRANSLATE_NOOP("ClassesNote", "Categories, in order, over {span}"), span=span
        )
    if isinstance(classification, ChangeClasses):
        if indicator.endswith(CHANGE_SUFFIX):
            return phrase(
                QT_TRANSLATE_NOOP(
                    "ClassesNote",
                    "Change against the year before; fixed classes centred on no change",
                )
            )
        return phrase(
            QT_TRANSLATE_NOOP(
                "ClassesNote", "Change against the first year; fixed classes centred on no change"
            )
        )
    if scheme in SCHEME_NOTES:
        return phrase(SCHEME_NOTES[scheme], span=span)
    return phrase(
        QT_TRANSLATE_NOOP("ClassesNote", "{scheme} classes over {span}"), scheme=scheme, span=span
    )


ALL_YEARS = phrase(QT_TRANSLATE_NOOP("ClassesNote", "all years"))
_NO_DATA_FILL = Fill(NO_DATA, NO_DATA_COLOUR)
_SUPPRESSED_FILL = Fill(SUPPRESSED_KIND, SUPPRESSED_COLOUR)
_UNRANKED_FILL = Fill(UNRANKED, UNRANKED_COLOUR)


class ChoroplethBuilder:
    """Builds choropleths for one dataset, caching the classes per indicator and breakdown."""

    def __init__(
        self,
        dataset: Dataset,
        palette: str = DEFAULT_PALETTE,
        scheme: str = DEFAULT_SCHEME,
        k: int = DEFAULT_K,
        breaks: tuple[float, ...] = (),
        lang: str | None = None,
    ) -> None:
        self.dataset = dataset
        self.lang = lang  # the legend's numbers are written in it
        self.palette = palette
        self.scheme = scheme
        self.k = k
        self.breaks = tuple(breaks)  # the user's upper bounds, for the "manual" scheme
        self._classes = lru_cache(maxsize=64)(self._classify_all_years)
        self._suppressed: dict[tuple[str, Breakdown], str] = {}
        # Built choropleths are small and a year change (or playing the years)
        # revisits them: keep them rather than redo the pandas work each time.
        self.build = lru_cache(maxsize=128)(self._build)  # type: ignore[method-assign]

    def _build(
        self, indicator: str, year: int, breakdown: Breakdown = Breakdown.TOTAL
    ) -> Choropleth:
        """The choropleth of ``indicator`` in ``year``; call ``build``, which is memoised."""
        classification = self._classes(indicator, breakdown)
        if isinstance(classification, ChangeClasses):
            colours = tuple(diverging(CHANGE_PALETTE, classification.k))
        else:
            colours = tuple(sequential(self.palette, max(classification.k, 1)))
        values = self.dataset.values(indicator, year, breakdown)
        fills: dict[str, Fill] = {}
        exact = values["value"].notna()
        for iso3 in values.index[~exact & (values["flag"] == SUPPRESSED)]:
            fills[iso3] = _SUPPRESSED_FILL
        if classification.k:
            classes = classification.assign(values.loc[exact, "value"])
            for iso3, cls in classes.items():
                fills[iso3] = Fill(CLASS, colours[cls], cls)
        legend = [
            LegendEntry(label, colour, CLASS)
            for label, colour in zip(classification.labels(self.lang), colours, strict=False)
        ]
        if isinstance(classification, CategoryClasses) and classification.unranked:
            # A category outside the order: its own neutral swatch, after the classes.
            outside = values.loc[~exact, "flag"].map(level_of)
            for iso3 in outside.index[outside.isin(classification.unranked)]:
                fills[iso3] = _UNRANKED_FILL
            legend += [LegendEntry(t, UNRANKED_COLOUR, UNRANKED) for t in classification.unranked]
        suppressed = self._suppressed_label(indicator, breakdown)
        if suppressed:  # no "<5" swatch where none can occur
            legend.append(LegendEntry(suppressed, SUPPRESSED_COLOUR, SUPPRESSED_KIND))
        legend.append(LegendEntry("No data", NO_DATA_COLOUR, NO_DATA))
        subject = indicator if breakdown == Breakdown.TOTAL else f"{indicator}: {breakdown.label}"
        note = _classes_note(classification, indicator, self.dataset.years(indicator), self.scheme)
        return Choropleth(
            subject,
            year,
            values,
            classification,
            colours,
            tuple(legend),
            str(note),
            fills,
            indicator,
            self.lang,
            note,
        )

    def _suppressed_label(self, indicator: str, breakdown: Breakdown) -> str:
        """``"Suppressed (<5)"`` (GLOTIP), ``"Suppressed (<10)"`` (CTDC), or "" when none occur.

        The threshold is read from the suppressed cells' upper bound, so the
        legend says what this dataset's suppression means.
        """
        key = (indicator, breakdown)
        if key not in self._suppressed:
            uppers = [
                frame.loc[frame["flag"] == SUPPRESSED, "upper"]
                for frame in (
                    self.dataset.values(indicator, y, breakdown)
                    for y in self.dataset.years(indicator)
                )
            ]
            found = pd.concat(uppers) if uppers else pd.Series(dtype=float)
            if found.empty:
                self._suppressed[key] = ""
            else:
                top = found.max()
                bound = 5 if pd.isna(top) else int(top) + 1
                self._suppressed[key] = f"Suppressed (<{bound})"
        return self._suppressed[key]

    def _classify_all_years(
        self, indicator: str, breakdown: Breakdown
    ) -> Classification | CategoryClasses | ChangeClasses:
        frames = [
            self.dataset.values(indicator, y, breakdown)[["value", "flag"]]
            for y in self.dataset.years(indicator)
        ]
        pooled = (
            pd.concat(frames, ignore_index=True)
            if frames
            else pd.DataFrame({"value": pd.Series(dtype=float), "flag": pd.Series(dtype=str)})
        )
        if is_categorical(pooled["flag"]):  # ordered levels, one colour each
            return CategoryClasses(tuple(ordered_levels(pooled)), tuple(unranked_levels(pooled)))
        if is_change(indicator):  # up or down: fixed classes centred on 0
            return ChangeClasses()
        return classify(pooled["value"], self.scheme, self.k, self.breaks)
