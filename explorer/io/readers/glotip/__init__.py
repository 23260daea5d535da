"""UNODC's GLOTIP export."""
