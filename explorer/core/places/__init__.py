"""Places: the World, UN regions and subregions, and groups users define, with their figures.

Why a package: a place is more than a name (members, an anchor on the map,
aggregation rules that carry their N); each idea lives in its own module.
"""
