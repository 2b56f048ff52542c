"""The shift lead's statistics tab: figures, charts, the heat map and their names."""
