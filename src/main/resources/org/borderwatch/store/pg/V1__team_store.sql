-- Borderwatch team store, schema version 1 (PostgreSQL 15+, PostGIS 3+).
--
-- Every item is kept whole as its Borderwatch bundle JSON in "doc" (the same codec as the
-- bundle files, so a copy between engines is lossless); the columns that queries, indexes and
-- SQL clients such as QGIS use are generated from it and can never disagree with it.
-- Geometry is EPSG:4326 (x = longitude, y = latitude) with GiST indexes. Text search folds case
-- and diacritics (unaccent): "kuznica" finds "Kuźnica", "bialystok" finds "Białystok".
-- Runs as the schema owner inside one transaction, after the three group roles exist.

CREATE FUNCTION iso_date(text) RETURNS date
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN make_date(substr($1, 1, 4)::int, substr($1, 6, 2)::int, substr($1, 9, 2)::int);

CREATE FUNCTION point_of(jsonb) RETURNS geometry(Point, 4326)
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    RETURN CASE WHEN jsonb_typeof($1) = 'object'
        THEN ST_SetSRID(ST_MakePoint(($1 ->> 'lon')::float8, ($1 ->> 'lat')::float8), 4326) END;

CREATE TEXT SEARCH CONFIGURATION folded (COPY = pg_catalog.simple);
ALTER TEXT SEARCH CONFIGURATION folded
    ALTER MAPPING FOR asciiword, asciihword, hword_asciipart, word, hword, hword_part, numword, numhword, hword_numpart
    WITH unaccent, simple;

CREATE TABLE sources (
    id        text PRIMARY KEY,
    doc       jsonb NOT NULL CHECK (doc ->> 'id' = id),
    title     text GENERATED ALWAYS AS (doc ->> 'title') STORED,
    publisher text GENERATED ALWAYS AS (doc ->> 'publisher') STORED
);

CREATE TABLE crossings (
    id     text PRIMARY KEY,
    doc    jsonb NOT NULL CHECK (doc ->> 'id' = id),
    border text GENERATED ALWAYS AS (doc ->> 'border') STORED,
    name   text GENERATED ALWAYS AS (doc ->> 'name') STORED,
    type   text GENERATED ALWAYS AS (doc ->> 'type') STORED,
    geom   geometry(Point, 4326) GENERATED ALWAYS AS (point_of(doc -> 'location')) STORED
);
CREATE INDEX crossings_geom ON crossings USING gist (geom);

-- A status over the half-open day interval [from_date, until_date); until_date NULL = still in force.
CREATE TABLE status_intervals (
    crossing_id text NOT NULL REFERENCES crossings (id) DEFERRABLE INITIALLY DEFERRED,
    from_date   date NOT NULL,
    doc         jsonb NOT NULL CHECK (doc ->> 'crossing' = crossing_id AND iso_date(doc ->> 'from') = from_date),
    until_date  date GENERATED ALWAYS AS (iso_date(doc ->> 'until')) STORED,
    status      text GENERATED ALWAYS AS (doc ->> 'status') STORED,
    PRIMARY KEY (crossing_id, from_date)
);

-- The search text of an event: title (A), summary (B), place (C) and the titles and publishers
-- of the sources it cites (D), folded.
CREATE FUNCTION event_search(doc jsonb) RETURNS tsvector
    LANGUAGE sql STABLE PARALLEL SAFE
    RETURN setweight(to_tsvector('folded', coalesce(doc ->> 'title', '')), 'A')
        || setweight(to_tsvector('folded', coalesce(doc ->> 'summary', '')), 'B')
        || setweight(to_tsvector('folded', coalesce(doc ->> 'place', '')), 'C')
        || setweight(to_tsvector('folded', coalesce((SELECT string_agg(s.title || ' ' || coalesce(s.publisher, ''), ' ')
               FROM jsonb_array_elements_text(doc -> 'sources') AS j (id) JOIN sources s ON s.id = j.id), '')), 'D');

-- "search" holds title (A), summary (B), place (C) and the titles and publishers of the cited
-- sources (D), written by the store with the event.
CREATE TABLE events (
    id          text PRIMARY KEY,
    doc         jsonb NOT NULL CHECK (doc ->> 'id' = id),
    day         date NOT NULL GENERATED ALWAYS AS (iso_date(doc ->> 'date')) STORED,
    category    text GENERATED ALWAYS AS (doc ->> 'category') STORED,
    border      text GENERATED ALWAYS AS (doc ->> 'border') STORED,
    crossing_id text GENERATED ALWAYS AS (doc ->> 'crossing') STORED
                REFERENCES crossings (id) DEFERRABLE INITIALLY DEFERRED,
    title       text GENERATED ALWAYS AS (doc ->> 'title') STORED,
    geom        geometry(Point, 4326) GENERATED ALWAYS AS (point_of(doc -> 'location')) STORED,
    search      tsvector NOT NULL
);
CREATE INDEX events_day ON events (day, id);
CREATE INDEX events_geom ON events USING gist (geom);
CREATE INDEX events_search ON events USING gin (search);
CREATE INDEX events_crossing ON events (crossing_id) WHERE crossing_id IS NOT NULL;

-- Events per day, border and category: the timeline's histogram, read in milliseconds whatever
-- the number of events. Kept by statement triggers that count each statement's rows at once
-- (a COPY of 5,000 events updates a few dozen counts), in a fixed order so that two writers
-- never wait for each other in a cycle.
CREATE TABLE event_days (
    day      date NOT NULL,
    border   text NOT NULL,
    category text NOT NULL,
    events   integer NOT NULL CHECK (events >= 0),
    PRIMARY KEY (day, border, category)
);

CREATE FUNCTION count_event_days() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        UPDATE event_days d SET events = d.events - o.n
        FROM (SELECT day, border, category, count(*)::int AS n FROM old_rows GROUP BY 1, 2, 3) o
        WHERE d.day = o.day AND d.border = o.border AND d.category = o.category;
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        INSERT INTO event_days (day, border, category, events)
        SELECT day, border, category, count(*)::int FROM new_rows GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
        ON CONFLICT (day, border, category) DO UPDATE SET events = event_days.events + EXCLUDED.events;
    END IF;
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        DELETE FROM event_days d USING (SELECT DISTINCT day, border, category FROM old_rows) o
        WHERE d.day = o.day AND d.border = o.border AND d.category = o.category AND d.events = 0;
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER events_count_insert AFTER INSERT ON events
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION count_event_days();
CREATE TRIGGER events_count_update AFTER UPDATE ON events
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION count_event_days();
CREATE TRIGGER events_count_delete AFTER DELETE ON events
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION count_event_days();

-- Annotations are never deleted: "deleted" hides them (geom is the 2D footprint; doc keeps any altitude) and annotation_revisions keeps history.
-- "version" is the number of the annotation's newest revision; a save names the version it
-- started from and is refused when another one came in between. "owner" is the role that
-- created it (analysts change only their own); "changed_by" the role of the newest change.
CREATE TABLE annotations (
    id         text PRIMARY KEY,
    doc        jsonb NOT NULL CHECK (doc ->> 'id' = id),
    version    integer NOT NULL CHECK (version >= 1),
    owner      name NOT NULL DEFAULT session_user,
    changed_by name NOT NULL DEFAULT session_user,
    changed_at timestamptz NOT NULL DEFAULT now(),
    deleted    boolean NOT NULL DEFAULT false,
    kind       text GENERATED ALWAYS AS (doc ->> 'kind') STORED,
    title      text GENERATED ALWAYS AS (doc ->> 'title') STORED,
    created    text GENERATED ALWAYS AS (doc ->> 'created') STORED,
    geom       geometry(Geometry, 4326) GENERATED ALWAYS AS (ST_Force2D(ST_SetSRID(ST_GeomFromGeoJSON(doc -> 'geometry'), 4326))) STORED,
    search     tsvector GENERATED ALWAYS AS (
                   setweight(to_tsvector('folded', coalesce(doc ->> 'title', '')), 'A')
                   || setweight(to_tsvector('folded', coalesce(doc ->> 'note', '')), 'B')) STORED
);
CREATE INDEX annotations_geom ON annotations USING gist (geom);
CREATE INDEX annotations_search ON annotations USING gin (search);
CREATE INDEX annotations_created ON annotations (created, id) WHERE NOT deleted;

-- Every change of an annotation, oldest first. "author" made the change; "recorded_by" is the
-- role that wrote the row (the same, except for history copied from another store by a lead).
CREATE TABLE annotation_revisions (
    annotation_id  text NOT NULL REFERENCES annotations (id),
    revision       integer NOT NULL CHECK (revision >= 1),
    author         name NOT NULL DEFAULT session_user,
    recorded_by    name NOT NULL DEFAULT session_user,
    at             timestamptz NOT NULL,
    action         text NOT NULL CHECK (action IN ('create', 'update', 'delete', 'restore')),
    changed_fields jsonb NOT NULL DEFAULT '[]',
    previous       jsonb,
    current        jsonb NOT NULL,
    PRIMARY KEY (annotation_id, revision)
);

-- Who wrote a row is the connected role, whatever the client sent.
CREATE FUNCTION stamp_annotation() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.changed_by := session_user;
    NEW.changed_at := now();
    IF TG_OP = 'UPDATE' THEN
        NEW.owner := OLD.owner;
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER annotations_stamp BEFORE INSERT OR UPDATE ON annotations
    FOR EACH ROW EXECUTE FUNCTION stamp_annotation();

CREATE FUNCTION stamp_revision() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.recorded_by := session_user;
    RETURN NEW;
END $$;
CREATE TRIGGER annotation_revisions_stamp BEFORE INSERT ON annotation_revisions
    FOR EACH ROW EXECUTE FUNCTION stamp_revision();

CREATE FUNCTION history_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'annotation history is append-only: revisions are never changed or removed';
END $$;
CREATE TRIGGER annotation_revisions_append_only BEFORE UPDATE OR DELETE ON annotation_revisions
    FOR EACH ROW EXECUTE FUNCTION history_is_append_only();

-- Live changes: every revision, and every write to the situation tables, is announced on the
-- channel "borderwatch" when its transaction commits (open windows LISTEN to it).
CREATE FUNCTION announce_revision() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('borderwatch', json_build_object(
        'kind', 'annotation', 'id', NEW.annotation_id, 'revision', NEW.revision, 'action', NEW.action,
        'author', NEW.author, 'title', NEW.current ->> 'title', 'pid', pg_backend_pid())::text);
    RETURN NULL;
END $$;
CREATE TRIGGER annotation_revisions_announce AFTER INSERT ON annotation_revisions
    FOR EACH ROW EXECUTE FUNCTION announce_revision();

CREATE FUNCTION announce_table() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('borderwatch', json_build_object(
        'kind', TG_TABLE_NAME, 'author', session_user, 'pid', pg_backend_pid())::text);
    RETURN NULL;
END $$;
CREATE TRIGGER sources_announce AFTER INSERT OR UPDATE OR DELETE ON sources
    FOR EACH STATEMENT EXECUTE FUNCTION announce_table();
CREATE TRIGGER crossings_announce AFTER INSERT OR UPDATE OR DELETE ON crossings
    FOR EACH STATEMENT EXECUTE FUNCTION announce_table();
CREATE TRIGGER status_intervals_announce AFTER INSERT OR UPDATE OR DELETE ON status_intervals
    FOR EACH STATEMENT EXECUTE FUNCTION announce_table();
CREATE TRIGGER events_announce AFTER INSERT OR UPDATE OR DELETE ON events
    FOR EACH STATEMENT EXECUTE FUNCTION announce_table();

-- People and permissions. reader: sees everything, changes nothing. analyst: creates
-- annotations and changes their own. lead: changes any annotation, imports events and sources,
-- edits crossings and intervals. Grants say which tables; row-level security says which rows.
GRANT USAGE ON SCHEMA borderwatch TO borderwatch_reader, borderwatch_analyst, borderwatch_lead;
GRANT SELECT ON ALL TABLES IN SCHEMA borderwatch TO borderwatch_reader, borderwatch_analyst, borderwatch_lead;
GRANT INSERT, UPDATE ON annotations TO borderwatch_analyst, borderwatch_lead;
GRANT INSERT ON annotation_revisions TO borderwatch_analyst, borderwatch_lead;
GRANT INSERT, UPDATE, DELETE ON sources, crossings, status_intervals, events, event_days TO borderwatch_lead;

ALTER TABLE annotations ENABLE ROW LEVEL SECURITY;
CREATE POLICY annotations_read ON annotations FOR SELECT
    TO borderwatch_reader, borderwatch_analyst, borderwatch_lead USING (true);
CREATE POLICY annotations_create_own ON annotations FOR INSERT
    TO borderwatch_analyst WITH CHECK (owner = session_user AND doc ->> 'author' = session_user);
CREATE POLICY annotations_change_own ON annotations FOR UPDATE
    TO borderwatch_analyst USING (owner = session_user) WITH CHECK (doc ->> 'author' = session_user);
CREATE POLICY annotations_lead ON annotations FOR ALL
    TO borderwatch_lead USING (true) WITH CHECK (true);

ALTER TABLE annotation_revisions ENABLE ROW LEVEL SECURITY;
CREATE POLICY revisions_read ON annotation_revisions FOR SELECT
    TO borderwatch_reader, borderwatch_analyst, borderwatch_lead USING (true);
CREATE POLICY revisions_own ON annotation_revisions FOR INSERT
    TO borderwatch_analyst WITH CHECK (author = session_user);
-- history copied from another store keeps its authors; recorded_by names the lead who copied it
CREATE POLICY revisions_lead ON annotation_revisions FOR INSERT
    TO borderwatch_lead WITH CHECK (true);
