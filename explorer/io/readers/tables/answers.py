"""The user's answers (command-line options) put into a table's guessed mapping.

Why apart from the guess: an answer names one column, while the guess pairs
columns (a flow table's code column with the name column that checks it, a
list of value columns); an answer must keep what it does not contradict and
drop what it does, the same way wherever answers are given.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace

from explorer.io.readers.tables.columns import TableKind
from explorer.io.readers.tables.mapping import TableMapping, check_mapping


def with_answers(guess: TableMapping | None, answers: Mapping[str, object]) -> TableMapping:
    """``guess`` with ``answers`` (``{"origin": "Country of origin", "fixed_year": 2021}``).

    An origin (destination) named as either column of the guessed code and
    name pair keeps the pair: the code is resolved, the name checks it. Any
    other column stands alone. A value column named replaces the guessed list
    of value columns, unless the list is given too.
    """
    guess = guess or TableMapping()
    changes = dict(answers)
    for role in ("origin", "destination"):
        if role not in answers:
            continue
        code, name = getattr(guess, role), getattr(guess, f"{role}_name")
        if code and name and answers[role] in (code, name):
            changes[role] = code
        else:
            changes[f"{role}_name"] = None
    if "value" in answers and "values" not in answers:
        changes["values"] = ()
    elif "values" not in answers:  # a column given another role is not a value as well
        named = {v for k, v in answers.items() if k != "value"}
        changes["values"] = tuple(c for c in guess.values if c not in named)
    return replace(guess, **changes)


#: Which answers settle each doubt of a guess (the first word found in the reason).
_SETTLED_BY = (
    ("country", ("country", "country_name")),
    ("origin", ("origin",)),
    ("destination", ("destination",)),
    ("values", ("value", "values")),
    ("year", ("year", "fixed_year", "layout")),
)


def answered(
    guess: TableMapping,
    reasons: Sequence[str],
    answers: Mapping[str, object],
    columns: Sequence[str],
    kind: TableKind,
) -> tuple[TableMapping, list[str]]:
    """The guess with the user's ``answers`` (field -> value) applied, and what is still unsure.

    A doubt of the guess stays unless an answer settles it (a guessed year stays
    a question until the year is given); the answers themselves are checked.
    """
    mapping = with_answers(guess, answers)
    if mapping.values:  # in table order, whatever order they were given in
        ordered = [c for c in columns if c in mapping.values]
        ordered += [c for c in mapping.values if c not in ordered]  # unknown: refused below
        mapping = replace(mapping, value=ordered[0], values=tuple(ordered))
    left = []
    for reason in reasons:
        fields = next((f for word, f in _SETTLED_BY if word in reason), ())
        if not any(f in answers for f in fields):
            left.append(reason)
    return mapping, list(dict.fromkeys(left + check_mapping(mapping, columns, kind)))
