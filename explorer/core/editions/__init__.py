"""Editions of one publication: which datasets they are, and what a newer one revised."""
