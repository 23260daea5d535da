"""The bundled country shapes and where the bundled files live."""
