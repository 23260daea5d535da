"""Which flows the map draws, how wide, where they run, and how their ends are named."""
