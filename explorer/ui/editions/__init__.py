"""View > Compare editions: the revision map, the revision table and the places side by side."""
