"""Render tests paint on QImages: they need a QGuiApplication (pytest-qt's ``qapp``)."""
