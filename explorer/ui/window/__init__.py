"""The main window and what assembles around it: app start, menus, keys, settings, help."""
