"""Where a figure comes from: the file rows behind it, and the rule that made it of others."""
