"""What one view shows: state, classes, colours, the choropleth and the exports' data."""
