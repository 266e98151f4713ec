"""Version 3: the EUDA files give a mean load per weekday; keep them (NULL where the source cell is empty)."""

import sqlite3

VERSION = 3

DAY_COLUMNS = ("day_monday", "day_tuesday", "day_wednesday", "day_thursday", "day_friday", "day_saturday", "day_sunday")


def apply(conn: sqlite3.Connection) -> None:
    for column in DAY_COLUMNS:
        conn.execute(f"ALTER TABLE wastewater ADD COLUMN {column} REAL")
