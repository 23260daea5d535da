"""The sentences of a place summary about shares: who the victims were, where they came from.

Why apart from ``wording``: shares carry their own N ("N = 71 countries that
reported both age groups exactly") and, where ``<5`` parts exist, a range;
these rules and their words live together. Each sentence is a template of
:mod:`explorer.core.texts`, in the caller's language (English without one).
"""

from __future__ import annotations

from explorer.core.data.local_numbers import percent_text
from explorer.core.data.values import format_number
from explorer.core.flows.labels import people_noun, people_of
from explorer.core.names.display_names import region_name
from explorer.core.names.languages import is_english
from explorer.core.places.aggregate import Share
from explorer.core.places.origins import PlaceOrigins
from explorer.core.places.summary import PlaceSummary
from explorer.core.texts import QT_TRANSLATE_NOOP, Words, fill, words

#: The parts of a place's profile and its classes of origin (``summary.PROFILE_GROUPS``,
#: ``origins.CLASSES``), as the sentences name them.
LABELS = {
    text: text
    for text in (
        QT_TRANSLATE_NOOP("PlaceLabels", "Children (0-17)"),
        QT_TRANSLATE_NOOP("PlaceLabels", "Adults (18+)"),
        QT_TRANSLATE_NOOP("PlaceLabels", "Women and girls"),
        QT_TRANSLATE_NOOP("PlaceLabels", "Men and boys"),
        QT_TRANSLATE_NOOP("PlaceLabels", "Girls"),
        QT_TRANSLATE_NOOP("PlaceLabels", "Boys"),
        QT_TRANSLATE_NOOP("PlaceLabels", "Women"),
        QT_TRANSLATE_NOOP("PlaceLabels", "Men"),
        QT_TRANSLATE_NOOP("PlaceLabels", "Sexual exploitation"),
        QT_TRANSLATE_NOOP("PlaceLabels", "Forced labour"),
        QT_TRANSLATE_NOOP("PlaceLabels", "Other forms of exploitation"),
        QT_TRANSLATE_NOOP("PlaceLabels", "Own nationals"),
        QT_TRANSLATE_NOOP("PlaceLabels", "Same subregion"),
        QT_TRANSLATE_NOOP("PlaceLabels", "Other subregions of the region"),
        QT_TRANSLATE_NOOP("PlaceLabels", "Other regions"),
        QT_TRANSLATE_NOOP("PlaceLabels", "Unknown or not stated"),
    )
}

PROFILE_WORDS = {
    "age": QT_TRANSLATE_NOOP("PlaceSummary", "both age groups"),
    "sex": QT_TRANSLATE_NOOP("PlaceSummary", "both sexes"),
    "sex_age": QT_TRANSLATE_NOOP("PlaceSummary", "girls, boys, women and men"),
    "forms": QT_TRANSLATE_NOOP("PlaceSummary", "the three forms of exploitation"),
}


def _label(label: str, w: Words, first: bool) -> str:
    """A part's label in the sentence: translated when it is one of :data:`LABELS`, and
    lower-case after the first item of a list ("Girls 20%, boys 14%")."""
    said = w.say(LABELS[label]) if label in LABELS else label
    return said if first else said.lower()


def percent(share: float | None, lang: str | None = None) -> str:
    """0.3412 -> "34%"; a small non-zero share reads "<1%"; as ``lang`` writes percentages."""
    if share is None:
        return words(lang).say(QT_TRANSLATE_NOOP("PlaceSummary", "n/a"))
    if 0 < share < 0.005:
        return "<" + percent_text(0.01, lang, 0)
    return percent_text(share, lang, 0)


def percent_range(low: float | None, high: float | None, lang: str | None = None) -> str:
    """ "33 to 35%", or one percentage when both ends round to the same."""
    if low is None or high is None:
        return words(lang).say(QT_TRANSLATE_NOOP("PlaceSummary", "n/a"))
    if percent(low, lang) == percent(high, lang):
        return percent(low, lang)
    if is_english(lang):
        return f"{percent(low).rstrip('%')} to {percent(high)}"
    # Other languages write the sign each time ("33 % à 35 %"): its place varies.
    to = QT_TRANSLATE_NOOP("PlaceSummary", "{low} to {high}")
    return words(lang).say(to, low=percent(low, lang), high=percent(high, lang))


def _ranges(labels_and_bounds: list[tuple[str, float | None, float | None]], w: Words) -> str:
    return w.join(
        f"{_label(label, w, not i)} {percent_range(low, high, w.lang)}"
        for i, (label, low, high) in enumerate(labels_and_bounds)
    )


def share_line(shares: tuple[Share, ...], what: str, people: str, lang: str | None = None) -> str:
    """ "Girls 20%, boys 14% ... of detected victims (N = 71 countries that reported ...)";
    ``what``: one of :data:`PROFILE_WORDS`, ``people``: who is counted, already worded."""
    if not shares:
        return ""
    first, w = shares[0], words(lang)
    what = w.say(what)
    if first.countries == 0:
        if first.reporting:
            said = w.translate(
                "PlaceSummary",
                "{what}: no country reported every part exactly; %n countries reported them "
                "with a <5.",
                None,
                first.reporting,
            )
            return fill(said, {"what": what})
        none = QT_TRANSLATE_NOOP("PlaceSummary", "{what}: no country reported this breakdown.")
        return w.say(none, what=what)
    parts = w.join(
        f"{_label(s.label, w, not i)} {percent(s.share, lang)}" for i, s in enumerate(shares)
    )
    said = w.translate(
        "PlaceSummary",
        "{parts} of {people} (N = %n countries that reported {what} exactly).",
        None,
        first.countries,
    )
    line = fill(said, {"parts": parts, "people": people, "what": what.lower()})
    return line + _with_bounds(shares, w)


def _with_bounds(shares: tuple[Share, ...], w: Words) -> str:
    """ " Over all 120 countries that reported them, each <5 as 1 to 4: ..." when more did."""
    first = shares[0]
    if first.reporting <= first.countries or first.low is None:
        return ""
    if all(percent_range(s.low, s.high, w.lang) == percent(s.share, w.lang) for s in shares):
        return ""  # the countries with a <5 part change nothing at this precision
    ranges = _ranges([(s.label, s.low, s.high) for s in shares], w)
    said = w.translate(
        "PlaceSummary",
        " Over all %n countries that reported them, each <5 as 1 to 4: {ranges}.",
        None,
        first.reporting,
    )
    return fill(said, {"ranges": ranges})


def profile_lines(summary: PlaceSummary, lang: str | None = None) -> list[str]:
    w = words(lang)
    people = people_of(people_noun(summary.indicator), lang)
    lines = []
    for group, shares in summary.profile.items():
        if group == "age":  # the children's share first, in its own words
            children = shares[0]
            if children.countries:
                said = w.translate(
                    "PlaceSummary",
                    "Children (0-17): {share} of {people} (N = %n countries that reported both "
                    "age groups exactly).",
                    None,
                    children.countries,
                )
                share = percent(children.share, lang)
                lines.append(
                    fill(said, {"share": share, "people": people}) + _with_bounds(shares[:1], w)
                )
            else:
                lines.append(share_line(shares, PROFILE_WORDS[group], people, lang))
            continue
        lines.append(share_line(shares, PROFILE_WORDS[group], people, lang))
    return [line for line in lines if line]


def origin_lines(
    origins: PlaceOrigins | None, people: str = "victims", lang: str | None = None
) -> list[str]:
    """Where the victims came from, each class as its range (each <5 as 1 to 4);
    ``people``: a ``people_noun`` ("victims": detected victims)."""
    if origins is None:
        return []
    w = words(lang)
    noun = people_of(people, lang)
    high = "?" if origins.high_total == float("inf") else format_number(origins.high_total, lang)
    said = w.translate(
        "PlaceSummary",
        "Where {people} came from (%n countries reported {people} by citizenship: {low} to "
        "{high}, each <5 as 1 to 4):",
        None,
        origins.countries,
    )
    head = fill(said, {"people": noun, "low": format_number(origins.low_total, lang), "high": high})
    classes = _ranges([(c.label, c.share_low, c.share_high) for c in origins.classes], w)
    lines = [head, w.say(QT_TRANSLATE_NOOP("PlaceSummary", "{classes}."), classes=classes)]
    listed = [s for s in origins.top_subregions if s.exact > 0]
    if listed:
        top = w.join(
            f"{region_name(s.label, lang)} {percent_range(s.share_low, s.share_high, lang)}"
            for s in listed
        )
        foreign = QT_TRANSLATE_NOOP(
            "PlaceSummary", "Top origin subregions (foreign {people}): {top}."
        )
        lines.append(w.say(foreign, people=noun, top=top))
    return lines
