"""One reader per family of files users bring; readers do not import each other."""
