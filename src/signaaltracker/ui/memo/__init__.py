"""Widgets of the Raadsmemo page: editor, preview, history and printing."""
