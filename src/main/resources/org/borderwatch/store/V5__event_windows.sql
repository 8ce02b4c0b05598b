-- Borderwatch schema, version 5: events are read by window, never all at once.
-- events_window serves every read by date window: the map's (date range, then longitude and
-- latitude tested in the index before a row is read), the event list's pages (date order) and
-- the slides of a deck. Its implicit last column is the row key.
CREATE INDEX events_window ON events (date, lon, lat);

-- How many events each day has, by border and category: the timeline's histogram and its steps
-- from event to event, read whole in milliseconds. The store's event writer keeps it in step in
-- the transaction that writes the events; a count that falls to zero is removed.
CREATE TABLE event_days (
    day      INTEGER NOT NULL,               -- days since 1970-01-01
    border   TEXT NOT NULL,
    category TEXT NOT NULL,
    events   INTEGER NOT NULL,
    PRIMARY KEY (day, border, category)
) WITHOUT ROWID;

INSERT INTO event_days (day, border, category, events)
SELECT CAST(julianday(date) - 2440587.5 AS INTEGER), border, category, count(*)
FROM events GROUP BY 1, 2, 3;
