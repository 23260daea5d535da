"""Country labels in any language turned into ISO codes or explicit classes."""
