"""The words of the tables' and activity lists' import reports (reasons, notes, remarks), marked.

Why apart from :mod:`explorer.io.importing.report_words`: the same kind of
templates (filled in English by the readers, said in the interface language by
:func:`explorer.io.importing.report_language.say_in`; placeholder names as that
module says), for the generic readers: indicator tables, flow tables and
activity lists.
"""

from __future__ import annotations

from explorer.core.texts import QT_TRANSLATE_NOOP
from explorer.io.importing.report_words import NOT_A_NUMBER

# --- which country a row names (tables.places, tables.flow_ends) ------------------------

NO_COUNTRY = QT_TRANSLATE_NOOP("ImportReasons", "no country")
NO_DESTINATION = QT_TRANSLATE_NOOP("ImportReasons", "no destination")
AGGREGATE = QT_TRANSLATE_NOOP("ImportReasons", "a regional aggregate, not a country: {shown}")
DESTINATION_AGGREGATE = QT_TRANSLATE_NOOP(
    "ImportReasons", "destination is a regional aggregate, not a country: {shown}"
)
#: "{former}" is "SCG Serbia and Montenegro (a country until 2006)".
FORMER = QT_TRANSLATE_NOOP("ImportReasons", "a former country, not on today's map: {former}")
DESTINATION_FORMER = QT_TRANSLATE_NOOP(
    "ImportReasons", "destination is a former country, not on today's map: {former}"
)
NOT_A_COUNTRY = QT_TRANSLATE_NOOP("ImportReasons", "not a country: {shown}")
DESTINATION_NOT_A_COUNTRY = QT_TRANSLATE_NOOP(
    "ImportReasons", "destination is not a country: {shown}"
)
COUNTRY_NOT_UNDERSTOOD = QT_TRANSLATE_NOOP("ImportReasons", "country not understood: {shown}")
DESTINATION_NOT_UNDERSTOOD = QT_TRANSLATE_NOOP(
    "ImportReasons", "destination not understood: {shown}"
)
#: A label and what it stands for: an agency's code ("XXA") and its meaning ("stateless"),
#: or a label and the region or class it resolved to.
DESTINATION_AGENCY = QT_TRANSLATE_NOOP(
    "ImportReasons", "destination is not a country: {code} ({meaning})"
)
DESTINATION_AGENCY_NAMED = QT_TRANSLATE_NOOP(
    "ImportReasons", "destination is not a country: {code} ({meaning}, {name})"
)
ORIGIN_AGENCY = QT_TRANSLATE_NOOP(
    "ImportReasons", "origin code {code} ({meaning}) is not a country: kept as unknown origin"
)
ORIGIN_AGENCY_NAMED = QT_TRANSLATE_NOOP(
    "ImportReasons",
    "origin code {code} ({meaning}, {name}) is not a country: kept as unknown origin",
)
REGIONAL_AGGREGATE = QT_TRANSLATE_NOOP("ImportReasons", "regional aggregate {name}")
DESTINATION_MISMATCH = QT_TRANSLATE_NOOP(
    "ImportReasons", "destination code {code} and its name {name} ({other}) disagree"
)
DESTINATION_MISMATCH_NONE = QT_TRANSLATE_NOOP(
    "ImportReasons", "destination code {code} and its name {name} (no country) disagree"
)
ORIGIN_MISMATCH = QT_TRANSLATE_NOOP(
    "ImportReasons",
    "origin code {code} and its name {name} ({other}) disagree: kept as unknown origin",
)
ORIGIN_MISMATCH_NONE = QT_TRANSLATE_NOOP(
    "ImportReasons",
    "origin code {code} and its name {name} (no country) disagree: kept as unknown origin",
)
ORIGIN_NAMED_FORMER = QT_TRANSLATE_NOOP(
    "ImportReasons",
    "origin code {code} is named {name}, {former}: imported as {result}, as the code says",
)
DESTINATION_NAMED_FORMER = QT_TRANSLATE_NOOP(
    "ImportReasons",
    "destination code {code} is named {name}, {former}: imported as {result}, as the code says",
)
#: "{kept}" says where its figures were kept apart.
ORIGIN_FORMER = QT_TRANSLATE_NOOP("ImportReasons", "origin {former}: {kept}")

# --- years and values (tables.indicators, tables.flows, tables.flow_values) -------------

NOT_A_WHOLE_YEAR = QT_TRANSLATE_NOOP(
    "ImportReasons", "year is not a whole year (1800-2100): {cell}"
)
NOT_A_NUMBER_IN_YEAR = QT_TRANSLATE_NOOP("ImportReasons", "value is not a number in {year}: {cell}")
NOT_A_NUMBER_IN_COLUMN = QT_TRANSLATE_NOOP(
    "ImportReasons", "value is not a number in {column}: {cell}"
)
NOT_A_LEVEL = QT_TRANSLATE_NOOP("ImportReasons", "value is not a level of {name}: {cell}")
NOT_A_LEVEL_IN_YEAR = QT_TRANSLATE_NOOP(
    "ImportReasons", "value is not a level of {name} in {year}: {cell}"
)
NOT_A_LEVEL_IN_COLUMN = QT_TRANSLATE_NOOP(
    "ImportReasons", "value is not a level of {name} in {column}: {cell}"
)
#: Why a cell is no value: (the indicator has levels, where the cell is) -> the reason.
NOT_A_VALUE = {
    (False, ""): NOT_A_NUMBER,
    (False, "year"): NOT_A_NUMBER_IN_YEAR,
    (False, "column"): NOT_A_NUMBER_IN_COLUMN,
    (True, ""): NOT_A_LEVEL,
    (True, "year"): NOT_A_LEVEL_IN_YEAR,
    (True, "column"): NOT_A_LEVEL_IN_COLUMN,
}
#: A row's first wrong cell (the reason before), then how many more it has.
MORE_CELLS = QT_TRANSLATE_NOOP("ImportReasons", "{reason} (and {more} more cells)")
NEGATIVE = QT_TRANSLATE_NOOP("ImportReasons", "negative value: {cell}")
NEGATIVE_IN_COLUMN = QT_TRANSLATE_NOOP("ImportReasons", "negative value in {column}: {cell}")
NO_VALUE = QT_TRANSLATE_NOOP("ImportReasons", "no value")
NO_VALUE_CELL = QT_TRANSLATE_NOOP("ImportReasons", "no value ({cell})")
NO_VALUE_IN_ANY_COLUMN = QT_TRANSLATE_NOOP("ImportReasons", "no value in any column")
NO_VALUE_IN_ANY_YEAR = QT_TRANSLATE_NOOP("ImportReasons", "no value in any year")
NO_VALUE_IN_ANY_VALUE_COLUMN = QT_TRANSLATE_NOOP("ImportReasons", "no value in any value column")
#: A footer or note line of the file, in quotes.
NOTE_ROW = QT_TRANSLATE_NOOP("ImportReasons", "a note, not a data row: {cell}")

# --- a flow table's remarks (tables.flow_remarks) ---------------------------------------

VALUE_COLUMNS = QT_TRANSLATE_NOOP(
    "ImportSummary",
    "{count} value columns, each imported as an indicator: {listed}. An empty cell gives no "
    "flow for its column ({empty} empty cells in rows imported).",
)
VALUE_COLUMNS_ONE_EMPTY = QT_TRANSLATE_NOOP(
    "ImportSummary",
    "{count} value columns, each imported as an indicator: {listed}. An empty cell gives no "
    "flow for its column ({empty} empty cell in rows imported).",
)
#: An indicator of the list above and its number of flows.
INDICATOR_FLOWS = QT_TRANSLATE_NOOP("ImportSummary", "{indicator} ({count} flows)")
INDICATOR_FLOW = QT_TRANSLATE_NOOP("ImportSummary", "{indicator} ({count} flow)")
#: A note on rows (the rows' reason), its rows, and the volume of their flows.
NOTED_ROWS = QT_TRANSLATE_NOOP("ImportSummary", "{note}: {rows} ({volume}).")
#: An indicator and the volume of the flows above ("Refugees: 1,204").
VOLUME = QT_TRANSLATE_NOOP("ImportSummary", "{indicator}: {count}")
NO_VOLUME = QT_TRANSLATE_NOOP("ImportSummary", "no volume")
DOMESTIC_ROWS = QT_TRANSLATE_NOOP(
    "ImportSummary",
    "{count} rows within one country (origin = destination, e.g. internally displaced "
    "people) kept as flows within the country (domestic).",
)
DOMESTIC_ROW = QT_TRANSLATE_NOOP(
    "ImportSummary",
    "{count} row within one country (origin = destination, e.g. internally displaced "
    "people) kept as flows within the country (domestic).",
)
ZEROS = QT_TRANSLATE_NOOP(
    "ImportSummary", "{count} values of 0 imported as flows of 0 (a zero is a count, kept)."
)
ZERO = QT_TRANSLATE_NOOP(
    "ImportSummary", "{count} value of 0 imported as flows of 0 (a zero is a count, kept)."
)

# --- what became of each column of a table (tables.value_columns) -----------------------

COLUMN_ROLES = {
    "country": QT_TRANSLATE_NOOP("ImportColumns", "country"),
    "country_name": QT_TRANSLATE_NOOP("ImportColumns", "country name"),
    "origin": QT_TRANSLATE_NOOP("ImportColumns", "origin"),
    "origin_name": QT_TRANSLATE_NOOP("ImportColumns", "origin name (checks the code)"),
    "destination": QT_TRANSLATE_NOOP("ImportColumns", "destination"),
    "destination_name": QT_TRANSLATE_NOOP("ImportColumns", "destination name (checks the code)"),
    "year": QT_TRANSLATE_NOOP("ImportColumns", "year"),
    "indicator": QT_TRANSLATE_NOOP("ImportColumns", "indicator names"),
    "unit": QT_TRANSLATE_NOOP("ImportColumns", "unit"),
    "sex": QT_TRANSLATE_NOOP("ImportColumns", "sex"),
    "age": QT_TRANSLATE_NOOP("ImportColumns", "age"),
}
IGNORED = QT_TRANSLATE_NOOP("ImportColumns", "ignored")
INDICATOR = QT_TRANSLATE_NOOP("ImportColumns", "indicator")
VALUES = QT_TRANSLATE_NOOP("ImportColumns", "values")
VALUES_OF_A_YEAR = QT_TRANSLATE_NOOP("ImportColumns", "values of a year")
FLOW_INDICATOR = QT_TRANSLATE_NOOP("ImportColumns", "flow indicator")
NO_FLOW = QT_TRANSLATE_NOOP("ImportColumns", "no flow")
NOT_A_YEAR_COLUMN = QT_TRANSLATE_NOOP("ImportColumns", "not a year column of a wide table")
A_YEAR_COLUMN = QT_TRANSLATE_NOOP(
    "ImportColumns", "a year column of a wide table, but the table has one row per year"
)
NOTES_AND_CODES = QT_TRANSLATE_NOOP("ImportColumns", "notes, codes and flags are not figures")
TEXT_CELLS = QT_TRANSLATE_NOOP("ImportColumns", "text, not numbers")
EMPTY_CELLS = QT_TRANSLATE_NOOP("ImportColumns", "empty")
NOT_CHOSEN = QT_TRANSLATE_NOOP("ImportColumns", "numbers, but not chosen as a value column")
NONE_CHOSEN = QT_TRANSLATE_NOOP("ImportColumns", "numbers, but no value column was chosen")
NOTHING_IMPORTED = QT_TRANSLATE_NOOP("ImportColumns", "{indicator}: nothing imported")
#: An indicator and what the app does with its figures, by kind.
KINDS = {
    "levels": QT_TRANSLATE_NOOP("ImportColumns", "{indicator}: levels (categorical)"),
    "rate": QT_TRANSLATE_NOOP("ImportColumns", "{indicator}: a rate (never summed)"),
    "count": QT_TRANSLATE_NOOP("ImportColumns", "{indicator}: a count (summed in regional totals)"),
    "other": QT_TRANSLATE_NOOP("ImportColumns", "{indicator}: not a count (never summed)"),
}
#: A value column holding several indicators: how many, then the first ones and their kinds.
INDICATORS = QT_TRANSLATE_NOOP("ImportColumns", "{count} indicators ({listed})")
INDICATORS_MORE = QT_TRANSLATE_NOOP(
    "ImportColumns", "{count} indicators ({listed} and {more} more)"
)

# --- activity lists (activities.table, activities.iati, activities.records) -------------

NO_TITLE = QT_TRANSLATE_NOOP("ImportReasons", "no title")
EXAMPLE_ROW = QT_TRANSLATE_NOOP(
    "ImportReasons",
    "example row from the template: delete it, or remove {cell} from the title",
)
IS_A_REGION = QT_TRANSLATE_NOOP(
    "ImportReasons", "{label} is a region, not a country (list its countries, with ';')"
)
IS_NOT_A_COUNTRY = QT_TRANSLATE_NOOP("ImportReasons", "{label} is not a country")
#: "{allowed}" lists the words the column takes.
UNKNOWN_KIND = QT_TRANSLATE_NOOP("ImportReasons", "unknown kind {cell} (allowed: {allowed})")
UNKNOWN_STATUS = QT_TRANSLATE_NOOP("ImportReasons", "unknown status {cell} (allowed: {allowed})")
CANCELLED = QT_TRANSLATE_NOOP(
    "ImportReasons", "cancelled: a cancelled activity is not imported (never delivered)"
)
START_NOT_A_DATE = QT_TRANSLATE_NOOP(
    "ImportReasons", "start is not a date: {cell} (write yyyy-mm-dd, dd/mm/yyyy or a year)"
)
END_NOT_A_DATE = QT_TRANSLATE_NOOP(
    "ImportReasons", "end is not a date: {cell} (write yyyy-mm-dd, dd/mm/yyyy or a year)"
)
END_BEFORE_START = QT_TRANSLATE_NOOP("ImportReasons", "end {end} is before start {start}")
NO_RECIPIENT = QT_TRANSLATE_NOOP("ImportReasons", "no recipient country")
REGIONAL_ACTIVITY = QT_TRANSLATE_NOOP(
    "ImportReasons", "regional activity, no recipient country (recipient-region {regions})"
)
RECIPIENT_NOT_UNDERSTOOD = QT_TRANSLATE_NOOP(
    "ImportReasons", "recipient-country code not understood: {codes}"
)
IATI_CANCELLED = QT_TRANSLATE_NOOP(
    "ImportReasons", "cancelled (IATI activity-status 5): never delivered, not imported"
)
