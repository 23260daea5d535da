"""The words of the import report's summary and of GLOTIP's and CTDC's reasons, marked.

Why one module of templates: the readers fill these in English (the report is
stored and exported with them), and the window says them in the interface
language by recognising the template a text was filled from
(:func:`explorer.io.importing.report_language.say_in`). The placeholder names
tell how a value is read back (see that module): ``label``, ``cell``, ``name``,
``column``, ``dimension``, ``place`` and ``category`` hold quoted file text;
``count``, ``total``, ``sum``, ``victims``, ``share``, ... hold English numbers;
``rows`` a list of file rows; other names a sentence of its own or plain text.
A translation may move a placeholder but must keep every one.
"""

from __future__ import annotations

from explorer.core.indicators.consistency_words import KINDS
from explorer.core.texts import QT_TRANSLATE_NOOP

#: The kinds of contradiction the summary counts (marked where they are defined).
CONTRADICTION_KINDS = KINDS


# --- the summary's lines (ImportReport.summary) -----------------------------------------

BALANCE = QT_TRANSLATE_NOOP(
    "ImportSummary",
    "{file}: {read} rows read = {imported} imported + {rejected} rejected (every row read "
    "is either imported or rejected with a reason).",
)
#: "{share}" is a percentage, "{subject}" one of the texts below (what was resolved).
RESOLVED = QT_TRANSLATE_NOOP("ImportSummary", "{share} {subject}.")
IMPLAUSIBLE = QT_TRANSLATE_NOOP(
    "ImportSummary", "{count} implausible values rejected, kept off the map."
)
GROUPS = QT_TRANSLATE_NOOP(
    "ImportSummary",
    "{collapsed} exact duplicate rows collapsed; {groups} groups of rows sharing one "
    "breakdown: {parts} summed as parts of one figure, {repeats} taken as repeats of one "
    "({set_aside} rows set aside, the largest kept).",
)
NOT_STATED = QT_TRANSLATE_NOOP(
    "ImportSummary",
    "{victims} victims in rows without an origin label that are not the total: shown as "
    "origin not stated (unknown).",
)
#: "{note}" is one of the texts below (which labels were not understood, and what became of them).
UNRESOLVED = QT_TRANSLATE_NOOP("ImportSummary", "{count} {note}.")
CONTRADICTIONS = QT_TRANSLATE_NOOP(
    "ImportSummary",
    "{count} contradictions in the file, shown with a warning on the figure ({kinds}).",
)
#: One kind of contradiction and how many, in the list of the line above.
CONTRADICTION_KIND = QT_TRANSLATE_NOOP("ImportSummary", "{kind}: {count}")
FUZZY = QT_TRANSLATE_NOOP("ImportSummary", "{count} names matched approximately (fuzzy).")
COLUMNS = QT_TRANSLATE_NOOP("ImportSummary", "Columns ({count}):")
#: A column of a table and what it became ("'Population': indicator, Population: a count").
COLUMN = QT_TRANSLATE_NOOP("ImportSummary", "  {column}: {role}")
COLUMN_NOTE = QT_TRANSLATE_NOOP("ImportSummary", "  {column}: {role}, {note}")

#: Lines the summary composes itself: never recognised in a text (they have no words of
#: their own, and "{share} {subject}." would read as "{count} {note}.").
COMPOSED = (RESOLVED, UNRESOLVED, CONTRADICTION_KIND, COLUMN, COLUMN_NOTE)

#: What the resolved share measures, per kind of file ("99.7% of victims' origins ...").
RESOLVED_SUBJECTS = (
    QT_TRANSLATE_NOOP(
        "ImportSummary",
        "of victims' origins resolved (to a country, own nationals, unknown or a region; "
        "<5 counted as 1)",
    ),
    QT_TRANSLATE_NOOP("ImportSummary", "of the flow volume has a resolved origin"),
    QT_TRANSLATE_NOOP("ImportSummary", "of country rows resolved to a country"),
    QT_TRANSLATE_NOOP("ImportSummary", "of records' citizenship resolved to a country"),
    QT_TRANSLATE_NOOP("ImportSummary", "of activities resolved to a recipient country"),
    QT_TRANSLATE_NOOP("ImportSummary", "of activity rows resolved to a country"),
)
GLOTIP_SUBJECT, FLOW_SUBJECT, TABLE_SUBJECT, CTDC_SUBJECT, IATI_SUBJECT, ACTIVITY_SUBJECT = (
    RESOLVED_SUBJECTS
)
#: What became of the labels no rule understood, per kind of file ("15 origin labels ...").
UNRESOLVED_NOTES = (
    QT_TRANSLATE_NOOP(
        "ImportSummary", "origin labels not understood (imported as UNKNOWN, raw label kept)"
    ),
    QT_TRANSLATE_NOOP(
        "ImportSummary",
        "origin or destination labels not understood (unknown origins kept as UNKNOWN; rows "
        "with an unknown destination rejected)",
    ),
    QT_TRANSLATE_NOOP(
        "ImportSummary",
        "country labels not understood (their rows rejected; an alias fixes them at the next "
        "import)",
    ),
    QT_TRANSLATE_NOOP(
        "ImportSummary", "citizenship codes not understood (counted as unknown origin)"
    ),
    QT_TRANSLATE_NOOP(
        "ImportSummary", "recipient country codes not understood (their activities rejected)"
    ),
)
GLOTIP_UNRESOLVED, FLOW_UNRESOLVED, TABLE_UNRESOLVED, CTDC_UNRESOLVED, IATI_UNRESOLVED = (
    UNRESOLVED_NOTES
)

# --- lists of file rows -----------------------------------------------------------------

ONE_ROW = QT_TRANSLATE_NOOP("ImportReasons", "row {list}")
SOME_ROWS = QT_TRANSLATE_NOOP("ImportReasons", "rows {list}")
#: The first rows of a long list, then how many in all.
MANY_ROWS = QT_TRANSLATE_NOOP("ImportReasons", "rows {list}, ... ({count} rows)")

# --- former countries (a remark of the summary) -----------------------------------------

#: "{former}" is "SCG Serbia and Montenegro (a country until 2006)", "{kept}" what was done.
FORMER_REMARK = QT_TRANSLATE_NOOP(
    "ImportSummary", "{former}: {kept}: {rows} ({victims} detected victims, <5 counted as 1)."
)
FORMER_LABEL_REMARK = QT_TRANSLATE_NOOP(
    "ImportSummary",
    "{label}, {former}: {kept}: {rows} ({victims} detected victims, <5 counted as 1).",
)

# --- GLOTIP's rejected rows -------------------------------------------------------------

NOT_A_COUNTRY_CODE = QT_TRANSLATE_NOOP("ImportReasons", "not a country code: {cell}")
NO_INDICATOR = QT_TRANSLATE_NOOP("ImportReasons", "no indicator")
BLANK_VALUE = QT_TRANSLATE_NOOP("ImportReasons", "blank value")
NOT_A_NUMBER = QT_TRANSLATE_NOOP("ImportReasons", "value is not a number: {cell}")
NOT_A_WHOLE_NUMBER = QT_TRANSLATE_NOOP("ImportReasons", "year is not a whole number: {cell}")
QUESTIONNAIRE_CODE = QT_TRANSLATE_NOOP(
    "ImportReasons", "implausible: questionnaire code {category} with value {value}"
)
TOO_LARGE = QT_TRANSLATE_NOOP("ImportReasons", "implausible: count {value} is 1,000,000 or more")
TOTAL_ROW = QT_TRANSLATE_NOOP(
    "ImportReasons",
    "a total row in {dimension} (labelled {category}), not a flow (it would count victims twice)",
)
UNLABELLED_ABOVE_TOTAL = QT_TRANSLATE_NOOP(
    "ImportReasons",
    "a row without a label in {dimension}: it is larger than the country's total ({total}), "
    "so not a part of it; not a flow (it would count victims twice)",
)
UNLABELLED_TOTAL = QT_TRANSLATE_NOOP(
    "ImportReasons",
    "a row without a label in {dimension}: its value equals the country's total ({total}); "
    "not a flow (it would count victims twice)",
)
UNLABELLED_SUM = QT_TRANSLATE_NOOP(
    "ImportReasons",
    "a row without a label in {dimension}: its value equals the sum of the labelled rows "
    "({total}); not a flow (it would count victims twice)",
)

# --- groups of rows sharing one breakdown (duplicate_groups) ----------------------------

YOUR_CHOICE = QT_TRANSLATE_NOOP("ImportReasons", "your choice in the import report")
SAME_VALUE = QT_TRANSLATE_NOOP("ImportReasons", "the same value in every row")
NO_TOTAL = QT_TRANSLATE_NOOP("ImportReasons", "no total to check a sum against: the largest kept")
WITHIN_TOTAL = QT_TRANSLATE_NOOP(
    "ImportReasons", "with the other parts they add up to {sum}, within the total {total}"
)
ABOVE_TOTAL = QT_TRANSLATE_NOOP(
    "ImportReasons",
    "summed with the other parts they would be {sum}, more than the total {total}: the "
    "largest kept",
)
#: The figure of parts summed with a <5 among them: a range ("7 to 10", "7 to ?").
RANGE = QT_TRANSLATE_NOOP("ImportReasons", "{low} to {high}")
#: What became of one row of a group ("Show source rows"); "{values}" lists the group's.
ROW_IN_PARTS = QT_TRANSLATE_NOOP(
    "ImportReasons",
    "one of {count} rows sharing one breakdown ({values}): summed as parts of one figure, {kept}",
)
ROW_IN_REPEATS = QT_TRANSLATE_NOOP(
    "ImportReasons",
    "one of {count} rows sharing one breakdown ({values}): taken as repeats of one figure, "
    "{kept} kept",
)
#: As above, then why the rule was chosen.
ROW_IN_PARTS_WHY = QT_TRANSLATE_NOOP(
    "ImportReasons",
    "one of {count} rows sharing one breakdown ({values}): summed as parts of one figure, "
    "{kept} ({why})",
)
ROW_IN_REPEATS_WHY = QT_TRANSLATE_NOOP(
    "ImportReasons",
    "one of {count} rows sharing one breakdown ({values}): taken as repeats of one figure, "
    "{kept} kept ({why})",
)

# --- CTDC's rejected records ------------------------------------------------------------

NO_EXPLOITATION_COUNTRY = QT_TRANSLATE_NOOP("ImportReasons", "no country of exploitation")
EXPLOITATION_NOT_A_CODE = QT_TRANSLATE_NOOP(
    "ImportReasons", "country of exploitation is not a country code: {cell}"
)
NO_REGISTRATION_YEAR = QT_TRANSLATE_NOOP("ImportReasons", "no year of registration")
REGISTRATION_NOT_A_YEAR = QT_TRANSLATE_NOOP(
    "ImportReasons", "year of registration is not a year: {cell}"
)
