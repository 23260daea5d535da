"""A whole page: layout, legends, and the PNG writer."""
