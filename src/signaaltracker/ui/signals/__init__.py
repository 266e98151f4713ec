"""Widgets of the Signals page: the SQL-backed table model, filter bar, entry form, detail pane, dialogs."""
