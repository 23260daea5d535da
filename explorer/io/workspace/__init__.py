"""The workspace file: datasets, reports, aliases, groups and the last view."""
