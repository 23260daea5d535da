"""Small pieces every part of the UI uses: plain text, tables, translation, charts."""
