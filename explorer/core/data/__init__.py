"""The data model: the tidy tables every dataset is made of, and one dataset's queries."""
