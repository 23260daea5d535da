"""Country labels in an import: each distinct label resolved once, fuzzy matches and
unresolved labels recorded in the report the same way by every reader.

Why one module: every reader meets free-text country labels (origins, recipients,
countries of a table). Resolving each distinct label once keeps a 46,556-row
workbook with ~400 labels fast; listing fuzzy matches and unresolved labels (largest
first) the same way keeps the import reports comparable across formats.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping

from explorer.io.importing.report import ImportReport

#: ``resolve(label)`` -> an object with ``result`` (ISO3, class or None), ``method``
#: and ``score`` (:class:`explorer.core.names.resolution.Resolution`).
Resolver = Callable[..., object]


def default_resolver() -> Resolver:
    """The built-in resolver (no user aliases), imported when first needed."""
    from explorer.core.names.resolver import resolve

    return resolve


def fuzzy_match(label: str, res: object) -> tuple[str, str, float] | None:
    """``(label, result, score)`` when ``res`` is a fuzzy match, else None."""
    result = getattr(res, "result", None)
    if getattr(res, "method", "") == "fuzzy" and result is not None:
        return (label, str(result), float(getattr(res, "score", None) or 0.0))
    return None


def resolve_labels(
    labels: Iterable[str],
    resolve: Resolver | None,
    report: ImportReport,
    progress: Callable[[float], None] | None = None,
) -> dict[str, str | None]:
    """Each distinct label's result (None when no rule understood it); fuzzy matches are
    added to ``report.fuzzy`` once per label. ``progress`` gets fractions 0..1."""
    resolve = resolve or default_resolver()
    distinct = list(dict.fromkeys(labels))
    results: dict[str, str | None] = {}
    for number, label in enumerate(distinct):
        if progress is not None and number % 100 == 0:
            progress(number / max(len(distinct), 1))
        res = resolve(label)
        result = getattr(res, "result", None)
        results[label] = None if result is None else str(result)
        fuzzy = fuzzy_match(label, res)
        if fuzzy is not None:
            report.fuzzy.append(fuzzy)
    return results


def set_unresolved(report: ImportReport, carried: Mapping[str, float]) -> None:
    """``report.unresolved``: each label no rule understood, with what it carries, largest
    first (ties by label)."""
    report.unresolved = dict(
        sorted(((str(k), float(v)) for k, v in carried.items()), key=lambda kv: (-kv[1], kv[0]))
    )
