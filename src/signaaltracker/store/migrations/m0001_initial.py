"""Version 1: every entity of DESIGN.md, the signal full-text index and the audit log."""

import sqlite3

VERSION = 1

SCHEMA = """
CREATE TABLE organisations (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE COLLATE NOCASE,
    kind TEXT NOT NULL DEFAULT 'other',
    description TEXT NOT NULL DEFAULT '',
    active INTEGER NOT NULL DEFAULT 1
);
CREATE TABLE themes (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE COLLATE NOCASE,
    kind TEXT NOT NULL DEFAULT 'substance',
    description TEXT NOT NULL DEFAULT '',
    active INTEGER NOT NULL DEFAULT 1,
    merged_into_id INTEGER REFERENCES themes(id)
);
CREATE TABLE age_groups (
    id INTEGER PRIMARY KEY,
    label TEXT NOT NULL UNIQUE,
    min_age INTEGER,
    max_age INTEGER,
    sort_order INTEGER NOT NULL DEFAULT 0,
    active INTEGER NOT NULL DEFAULT 1
);
CREATE TABLE signals (
    id INTEGER PRIMARY KEY,
    observed_on TEXT NOT NULL,
    recorded_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    organisation_id INTEGER NOT NULL REFERENCES organisations(id),
    age_group_id INTEGER REFERENCES age_groups(id),
    setting TEXT NOT NULL,
    source_kind TEXT NOT NULL,
    summary TEXT NOT NULL,
    notes TEXT NOT NULL DEFAULT '',
    trend TEXT NOT NULL,
    sharing_level TEXT NOT NULL CHECK (sharing_level IN ('raad', 'overleg', 'vertrouwelijk')),
    status TEXT NOT NULL,
    anonymised INTEGER NOT NULL DEFAULT 0,
    deleted_at TEXT
);
CREATE INDEX signals_observed ON signals(observed_on) WHERE deleted_at IS NULL;
CREATE INDEX signals_org ON signals(organisation_id, observed_on);
CREATE INDEX signals_status ON signals(status, observed_on);
CREATE INDEX signals_sharing ON signals(sharing_level, observed_on);
CREATE INDEX signals_updated ON signals(updated_at);
CREATE TABLE signal_themes (
    signal_id INTEGER NOT NULL REFERENCES signals(id) ON DELETE CASCADE,
    theme_id INTEGER NOT NULL REFERENCES themes(id),
    PRIMARY KEY (signal_id, theme_id)
) WITHOUT ROWID;
CREATE INDEX signal_themes_theme ON signal_themes(theme_id, signal_id);

CREATE VIRTUAL TABLE signals_fts USING fts5(
    summary, content='signals', content_rowid='id', tokenize='unicode61 remove_diacritics 2'
);
CREATE TRIGGER signals_fts_ai AFTER INSERT ON signals BEGIN
    INSERT INTO signals_fts(rowid, summary) VALUES (new.id, new.summary);
END;
CREATE TRIGGER signals_fts_ad AFTER DELETE ON signals BEGIN
    INSERT INTO signals_fts(signals_fts, rowid, summary) VALUES ('delete', old.id, old.summary);
END;
CREATE TRIGGER signals_fts_au AFTER UPDATE OF summary ON signals BEGIN
    INSERT INTO signals_fts(signals_fts, rowid, summary) VALUES ('delete', old.id, old.summary);
    INSERT INTO signals_fts(rowid, summary) VALUES (new.id, new.summary);
END;

CREATE TABLE structures (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE COLLATE NOCASE,
    purpose TEXT NOT NULL DEFAULT '',
    participants TEXT NOT NULL DEFAULT '',
    description TEXT NOT NULL DEFAULT '',
    interval_weeks INTEGER NOT NULL DEFAULT 6,
    active INTEGER NOT NULL DEFAULT 1
);
CREATE TABLE structure_participants (
    structure_id INTEGER NOT NULL REFERENCES structures(id) ON DELETE CASCADE,
    organisation_id INTEGER NOT NULL REFERENCES organisations(id),
    PRIMARY KEY (structure_id, organisation_id)
) WITHOUT ROWID;
CREATE TABLE meetings (
    id INTEGER PRIMARY KEY,
    structure_id INTEGER NOT NULL REFERENCES structures(id),
    held_on TEXT NOT NULL,
    notes TEXT NOT NULL DEFAULT ''
);
CREATE INDEX meetings_structure ON meetings(structure_id, held_on);
CREATE TABLE meeting_attendance (
    meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
    organisation_id INTEGER NOT NULL REFERENCES organisations(id),
    PRIMARY KEY (meeting_id, organisation_id)
) WITHOUT ROWID;
CREATE TABLE meeting_signals (
    meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
    signal_id INTEGER NOT NULL REFERENCES signals(id) ON DELETE CASCADE,
    assessment TEXT NOT NULL DEFAULT '',
    new_status TEXT,
    PRIMARY KEY (meeting_id, signal_id)
) WITHOUT ROWID;
CREATE TABLE agenda_items (
    id INTEGER PRIMARY KEY,
    meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
    position INTEGER NOT NULL DEFAULT 0,
    title TEXT NOT NULL,
    notes TEXT NOT NULL DEFAULT ''
);
CREATE TABLE decisions (
    id INTEGER PRIMARY KEY,
    meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
    text TEXT NOT NULL
);
CREATE TABLE actions (
    id INTEGER PRIMARY KEY,
    description TEXT NOT NULL,
    owner_organisation_id INTEGER NOT NULL REFERENCES organisations(id),
    due_on TEXT,
    status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'done', 'dropped')),
    meeting_id INTEGER REFERENCES meetings(id) ON DELETE SET NULL,
    completed_on TEXT
);
CREATE INDEX actions_status ON actions(status, due_on);
CREATE TABLE action_signals (
    action_id INTEGER NOT NULL REFERENCES actions(id) ON DELETE CASCADE,
    signal_id INTEGER NOT NULL REFERENCES signals(id) ON DELETE CASCADE,
    PRIMARY KEY (action_id, signal_id)
) WITHOUT ROWID;

CREATE TABLE activities (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    pillar TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    funding TEXT NOT NULL DEFAULT '',
    period_start TEXT,
    period_end TEXT,
    status TEXT NOT NULL
);
CREATE TABLE activity_organisations (
    activity_id INTEGER NOT NULL REFERENCES activities(id) ON DELETE CASCADE,
    organisation_id INTEGER NOT NULL REFERENCES organisations(id),
    PRIMARY KEY (activity_id, organisation_id)
) WITHOUT ROWID;

CREATE TABLE figures (
    id INTEGER PRIMARY KEY,
    source TEXT NOT NULL,
    indicator_id INTEGER NOT NULL REFERENCES themes(id),
    age_group_id INTEGER NOT NULL REFERENCES age_groups(id),
    period_start TEXT NOT NULL,
    period_end TEXT NOT NULL,
    value INTEGER CHECK (value IS NULL OR value >= 0),
    UNIQUE (source, indicator_id, age_group_id, period_start, period_end)
);
CREATE TABLE facts (
    id INTEGER PRIMARY KEY,
    stated_on TEXT NOT NULL,
    source TEXT NOT NULL,
    text TEXT NOT NULL,
    in_memo INTEGER NOT NULL DEFAULT 1,
    position INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE wastewater (
    id INTEGER PRIMARY KEY,
    site TEXT NOT NULL,
    site_id TEXT NOT NULL DEFAULT '',
    country TEXT NOT NULL DEFAULT '',
    substance TEXT NOT NULL,
    year INTEGER NOT NULL,
    period_start TEXT,
    period_end TEXT,
    daily_mean REAL,
    weekday_mean REAL,
    weekend_mean REAL,
    unit TEXT NOT NULL,
    source TEXT NOT NULL,
    UNIQUE (source, site, substance, year)
);
CREATE TABLE wastewater_sites (
    site_id TEXT PRIMARY KEY,
    country TEXT NOT NULL DEFAULT '',
    city TEXT NOT NULL DEFAULT '',
    location TEXT NOT NULL DEFAULT '',
    latitude REAL,
    longitude REAL,
    population INTEGER
);

CREATE TABLE memos (
    id INTEGER PRIMARY KEY,
    recipients TEXT NOT NULL DEFAULT '',
    sender TEXT NOT NULL DEFAULT '',
    memo_date TEXT NOT NULL,
    subject TEXT NOT NULL DEFAULT '',
    policy_reference TEXT NOT NULL DEFAULT '',
    intro TEXT NOT NULL DEFAULT '',
    signals_intro TEXT NOT NULL DEFAULT '',
    closing_title TEXT NOT NULL DEFAULT '',
    closing_text TEXT NOT NULL DEFAULT '',
    period_from TEXT,
    period_to TEXT,
    options TEXT NOT NULL DEFAULT '{}',
    snapshot TEXT,
    pdf_sha256 TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    exported_at TEXT
);

CREATE TABLE settings (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE audit_log (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    user TEXT NOT NULL,
    table_name TEXT NOT NULL,
    row_id INTEGER,
    action TEXT NOT NULL,
    before TEXT,
    after TEXT
);
CREATE INDEX audit_at ON audit_log(at);
CREATE INDEX audit_table ON audit_log(table_name, row_id);
"""


def apply(conn: sqlite3.Connection) -> None:
    for statement in _statements(SCHEMA):
        conn.execute(statement)


def _statements(script: str) -> list[str]:
    """Split on ';' at statement ends while keeping trigger bodies whole."""
    statements, current = [], []
    for line in script.splitlines():
        current.append(line)
        joined = "\n".join(current).strip()
        if joined.endswith(";") and sqlite3.complete_statement(joined):
            statements.append(joined)
            current = []
    return statements
