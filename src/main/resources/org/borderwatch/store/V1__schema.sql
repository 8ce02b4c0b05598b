-- Borderwatch schema, version 1.
-- Dates are ISO 'YYYY-MM-DD' text, instants ISO-8601 UTC text, coordinates WGS84 degrees.
-- Lists keep their order in a "position" column (0, 1, 2 …).

CREATE TABLE sources (
    id        TEXT PRIMARY KEY NOT NULL,
    title     TEXT NOT NULL,
    url       TEXT,
    publisher TEXT
);

CREATE TABLE crossings (
    id                TEXT PRIMARY KEY NOT NULL,
    border            TEXT NOT NULL CHECK (border IN ('FI-RU', 'PL-BY')),
    name              TEXT NOT NULL,
    counterpart       TEXT,
    counterpart_latin TEXT,
    type              TEXT NOT NULL,
    lat               REAL NOT NULL CHECK (lat BETWEEN -90 AND 90),
    lon               REAL NOT NULL CHECK (lon BETWEEN -180 AND 180),
    precision         TEXT NOT NULL,
    precision_note    TEXT NOT NULL,
    note              TEXT
);

CREATE TABLE crossing_source (
    crossing_id TEXT NOT NULL REFERENCES crossings (id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    source_id   TEXT NOT NULL REFERENCES sources (id),
    PRIMARY KEY (crossing_id, position)
) WITHOUT ROWID;
CREATE INDEX crossing_source_source ON crossing_source (source_id);

-- A status over the half-open day interval [from_date, until_date); until_date NULL = still in force.
-- The UNIQUE constraint is the index on (crossing_id, from_date) and the import key.
CREATE TABLE status_intervals (
    id             INTEGER PRIMARY KEY,
    crossing_id    TEXT NOT NULL REFERENCES crossings (id) ON DELETE CASCADE,
    from_date      TEXT NOT NULL,
    until_date     TEXT,
    status         TEXT NOT NULL CHECK (status IN ('open', 'restricted', 'closed')),
    reason         TEXT,
    effective_time TEXT,
    UNIQUE (crossing_id, from_date),
    CHECK (until_date IS NULL OR until_date > from_date)
);

CREATE TABLE interval_source (
    interval_id INTEGER NOT NULL REFERENCES status_intervals (id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    source_id   TEXT NOT NULL REFERENCES sources (id),
    PRIMARY KEY (interval_id, position)
) WITHOUT ROWID;
CREATE INDEX interval_source_source ON interval_source (source_id);

-- pk is the stable rowid that event_fts rows carry (a bare rowid may change on VACUUM).
CREATE TABLE events (
    pk             INTEGER PRIMARY KEY,
    id             TEXT NOT NULL UNIQUE,
    date           TEXT NOT NULL,
    date_precision TEXT NOT NULL CHECK (date_precision IN ('day', 'month')),
    title          TEXT NOT NULL,
    summary        TEXT NOT NULL,
    category       TEXT NOT NULL,
    border         TEXT NOT NULL,
    crossing_id    TEXT REFERENCES crossings (id) ON DELETE SET NULL,
    lat            REAL CHECK (lat BETWEEN -90 AND 90),
    lon            REAL CHECK (lon BETWEEN -180 AND 180),
    place          TEXT,
    attributes     TEXT NOT NULL DEFAULT '{}',
    CHECK ((lat IS NULL) = (lon IS NULL))
);
CREATE INDEX events_date ON events (date);
CREATE INDEX events_crossing ON events (crossing_id);

CREATE TABLE event_source (
    event_id  TEXT NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    position  INTEGER NOT NULL,
    source_id TEXT NOT NULL REFERENCES sources (id),
    PRIMARY KEY (event_id, position)
) WITHOUT ROWID;
CREATE INDEX event_source_source ON event_source (source_id);

CREATE TABLE event_tag (
    event_id TEXT NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    tag      TEXT NOT NULL,
    PRIMARY KEY (event_id, position)
) WITHOUT ROWID;
CREATE INDEX event_tag_tag ON event_tag (tag);

-- Full-text index of events, rowid = events.pk. Kept in sync by the store's event writer:
-- title, summary and place of the event, "sources" = title and publisher of each cited source,
-- "alt" = folded spellings (ł → l, ß → ss …) that remove_diacritics does not produce.
CREATE VIRTUAL TABLE event_fts USING fts5 (
    title, summary, place, sources, alt,
    tokenize = 'unicode61 remove_diacritics 2'
);

-- Annotations are never deleted: deleted = 1 hides them and annotation_revision keeps history.
CREATE TABLE annotations (
    pk           INTEGER PRIMARY KEY,
    id           TEXT NOT NULL UNIQUE,
    kind         TEXT NOT NULL CHECK (kind IN ('point', 'line', 'polygon', 'text', 'ring')),
    geometry_wkt TEXT NOT NULL,
    title        TEXT NOT NULL DEFAULT '',
    note         TEXT NOT NULL DEFAULT '',
    author       TEXT NOT NULL,
    created      TEXT NOT NULL,
    modified     TEXT NOT NULL,
    confidence   TEXT NOT NULL CHECK (confidence IN ('confirmed', 'probable', 'possible', 'doubtful')),
    valid_from   TEXT,
    valid_until  TEXT,
    color        TEXT NOT NULL,
    radius_km    REAL,
    deleted      INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    CHECK (valid_from IS NULL OR valid_until IS NULL OR valid_until > valid_from)
);

CREATE TABLE annotation_tag (
    annotation_id TEXT NOT NULL REFERENCES annotations (id) ON DELETE CASCADE,
    position      INTEGER NOT NULL,
    tag           TEXT NOT NULL,
    PRIMARY KEY (annotation_id, position)
) WITHOUT ROWID;

CREATE TABLE annotation_event (
    annotation_id TEXT NOT NULL REFERENCES annotations (id) ON DELETE CASCADE,
    position      INTEGER NOT NULL,
    event_id      TEXT NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    PRIMARY KEY (annotation_id, position)
) WITHOUT ROWID;
CREATE INDEX annotation_event_event ON annotation_event (event_id);

-- Every change of an annotation, oldest first; previous_json / current_json hold the whole
-- annotation in the bundle's JSON form (NULL before a create).
CREATE TABLE annotation_revision (
    id             INTEGER PRIMARY KEY AUTOINCREMENT,
    annotation_id  TEXT NOT NULL REFERENCES annotations (id),
    revision       INTEGER NOT NULL,
    author         TEXT NOT NULL,
    at             TEXT NOT NULL,
    action         TEXT NOT NULL CHECK (action IN ('create', 'update', 'delete', 'restore')),
    changed_fields TEXT NOT NULL DEFAULT '[]',
    previous_json  TEXT,
    current_json   TEXT NOT NULL,
    UNIQUE (annotation_id, revision)
);

-- Full-text index of annotation title and note, rowid = annotations.pk; the triggers keep it in step.
CREATE VIRTUAL TABLE annotation_fts USING fts5 (
    title, note,
    content = 'annotations', content_rowid = 'pk',
    tokenize = 'unicode61 remove_diacritics 2'
);

CREATE TRIGGER annotations_fts_insert AFTER INSERT ON annotations BEGIN
    INSERT INTO annotation_fts (rowid, title, note) VALUES (new.pk, new.title, new.note);
END;

CREATE TRIGGER annotations_fts_delete AFTER DELETE ON annotations BEGIN
    INSERT INTO annotation_fts (annotation_fts, rowid, title, note) VALUES ('delete', old.pk, old.title, old.note);
END;

CREATE TRIGGER annotations_fts_update AFTER UPDATE OF title, note ON annotations BEGIN
    INSERT INTO annotation_fts (annotation_fts, rowid, title, note) VALUES ('delete', old.pk, old.title, old.note);
    INSERT INTO annotation_fts (rowid, title, note) VALUES (new.pk, new.title, new.note);
END;
