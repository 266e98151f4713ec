"""Dialogs that edit one record each."""
