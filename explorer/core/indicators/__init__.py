"""Figures computed from the loaded ones: shares, changes, rates, ranks, profiles, checks."""
