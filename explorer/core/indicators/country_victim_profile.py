"""Who a country's detected victims are: bars by sex, age and form of exploitation.

Why apart from the rest of the profile: its shares have their own denominator
rule (see ``country_profile`` for the rules every part shares):

- Profile shares divide an exact bar by the year's exact Total figure; when the
  Total is missing, by the sum of the group's bars if all of them are exact.
- The children's share is over children plus adults, and is said in words,
  because the chart alone hides whether it could be computed.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from explorer.core.data.breakdown import ADULTS, CHILDREN, FORM_DIMENSION, FORMS, SEXES, Breakdown
from explorer.core.data.dataset import Dataset
from explorer.core.data.figures import Figure, figure_in, share_of_exact
from explorer.core.data.schema import TOTAL
from explorer.core.data.values import format_number, format_share
from explorer.core.flows.labels import people_noun, people_of
from explorer.core.texts import QT_TRANSLATE_NOOP, words


@dataclass(frozen=True)
class ProfileBar:
    """One bar of a profile chart; ``share`` is None when no exact share exists."""

    label: str
    figure: Figure
    share: float | None
    parts: int = 1
    breakdown: Breakdown | None = None  # which figure of the country the bar shows


@dataclass(frozen=True)
class VictimProfile:
    """Who the detected victims of one country and year are; empty groups are ``()``."""

    year: int
    by_sex: tuple[ProfileBar, ...]
    by_age: tuple[ProfileBar, ...]
    by_form: tuple[ProfileBar, ...]
    children_share: float | None
    children_text: str

    @property
    def empty(self) -> bool:
        return not (self.by_sex or self.by_age or self.by_form)


def _bars(
    figure_of: Callable[[Breakdown], Figure],
    present: list[Breakdown],
    required: list[Breakdown],
    total: Figure,
    parts_of: Callable[[Breakdown], int] = lambda _b: 1,
) -> tuple[ProfileBar, ...]:
    """The group's bars: the required ones always, others when present; () without data."""
    group = required[0].group
    # Forms split by sex or age ("Sexual exploitation (Girls)") are not bars of this chart.
    extra = [
        b
        for b in present
        if b.group == group
        and b not in required
        and (group != "Form of exploitation" or b.sex == b.age == TOTAL)
    ]
    figures = [(b, figure_of(b)) for b in required + extra]
    if not any(f.has_data for _, f in figures):
        return ()
    figures = [(b, f) for b, f in figures if b in required or f.has_data]
    denominator = total.number
    if not total.has_data and all(f.number is not None for _, f in figures if f.has_data):
        denominator = sum(f.number or 0.0 for _, f in figures)
    return tuple(
        ProfileBar(b.label, f, share_of_exact(f, denominator), parts_of(b), b) for b, f in figures
    )


def _people(indicator: str, lang: str | None = None) -> str:
    """Who is counted, after "of" ("34% of detected victims"), in ``lang``."""
    return people_of(people_noun(indicator), lang)


def victim_profile(
    dataset: Dataset,
    iso3: str,
    year: int,
    indicator: str = "Detected trafficking victims",
    lang: str | None = None,
) -> VictimProfile:
    """By sex, age and form of exploitation, with the children's share made explicit
    (its numbers written as ``lang`` writes them)."""
    year = int(year)

    def figure_of(b: Breakdown) -> Figure:
        return figure_in(dataset, iso3, indicator, year, b)

    total, present = figure_of(Breakdown.TOTAL), dataset.breakdowns(indicator)

    def parts_of(b: Breakdown) -> int:
        return dataset.parts_of(iso3, indicator, year, b)

    by_sex, by_age, by_form = (
        _bars(figure_of, present, required, total, parts_of)
        for required in (
            [Breakdown(sex=s) for s in SEXES[:2]],
            [Breakdown(age=CHILDREN), Breakdown(age=ADULTS)],
            [Breakdown(FORM_DIMENSION, f) for f in FORMS],
        )
    )

    share = None
    w = words(lang)
    if not by_age:
        text = w.say(QT_TRANSLATE_NOOP("VictimProfile", "No figures by age for {year}"), year=year)
    else:
        children, adults = by_age[0].figure, by_age[1].figure
        c, a = children.number, adults.number
        if c is None:
            text = w.say(
                QT_TRANSLATE_NOOP("VictimProfile", "Children: {figure}")
                if not children.has_data
                else QT_TRANSLATE_NOOP(
                    "VictimProfile", "Children: {figure} (no share computed from {reason})"
                ),
                figure=children.text_in(lang),
                reason=children.why_not_in(lang),
            )
        elif a is None:
            text = w.say(
                QT_TRANSLATE_NOOP(
                    "VictimProfile", "Children: {figure} (share not computable: adults {adults})"
                ),
                figure=children.text_in(lang),
                adults=adults.text_in(lang),
            )
        elif c + a == 0:
            text = w.say(
                QT_TRANSLATE_NOOP("VictimProfile", "Children: 0 (no {people} of known age)"),
                people=_people(indicator, lang),
            )
        else:
            share = c / (c + a)
            known = any(b.figure.has_data for b in by_age[2:])
            text = w.say(
                QT_TRANSLATE_NOOP(
                    "VictimProfile",
                    "Children: {share} of {people} of known age ({part} of {whole})",
                )
                if known
                else QT_TRANSLATE_NOOP(
                    "VictimProfile", "Children: {share} of {people} ({part} of {whole})"
                ),
                share=format_share(share, lang),
                people=_people(indicator, lang),
                part=format_number(c, lang),
                whole=format_number(c + a, lang),
            )
    return VictimProfile(year, by_sex, by_age, by_form, share, text)
