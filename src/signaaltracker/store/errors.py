"""Errors of the storage layer. Each carries one Dutch sentence for the user."""


class StoreError(Exception):
    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class NotADatabaseError(StoreError):
    """The file is not a SignaalTracker database (an image, a text file, another app's SQLite file)."""


class DamagedDatabaseError(StoreError):
    """The file is a SQLite database but damaged (truncated, overwritten bytes, failing integrity check)."""


class NewerSchemaError(StoreError):
    """The file was written by a newer version of SignaalTracker."""


class NotFoundError(StoreError):
    """A row that should exist does not."""


class InUseError(StoreError):
    """A row cannot be deleted because other rows refer to it."""


class EmptyDatabaseError(StoreError):
    """The file exists but is empty (0 bytes): never treated as a new database, never filled."""


class ReadOnlyDatabaseError(StoreError):
    """The file (or its folder) may not be written: opened for viewing only, or refused for writing."""
