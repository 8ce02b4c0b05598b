/**
 * The situation store: one SQLite database per user holding sources, crossings, their status
 * intervals, timeline events and analysts' annotations, with full-text search and the
 * Borderwatch JSON bundle import and export.
 *
 * <p>{@link org.borderwatch.store.Store} is the interface the window, the commands and the slides
 * talk to, with {@link org.borderwatch.store.AnnotationRepository} and
 * {@link org.borderwatch.store.BulkWriter}; {@link org.borderwatch.store.SqliteStore} is its
 * embedded engine (the classes named {@code Sqlite…} and the package-private rest), which nothing
 * outside this package names. A SQLite store owns one JDBC connection; its public methods are
 * {@code synchronized}, so it may be shared between threads, but every call does disk I/O and
 * belongs on a background thread, never on the JavaFX Application Thread.
 * The values it returns (records of {@code org.borderwatch.domain}, a
 * {@link org.borderwatch.domain.SituationData} snapshot) are immutable and may be handed to any
 * thread.
 *
 * <p>Every write is one transaction: an import lands whole or leaves the database exactly as it
 * was. Large imports stream through {@link org.borderwatch.store.Store#bulkImport}: the importer
 * hands batches to a {@link org.borderwatch.store.BulkWriter} inside one transaction, so a file of
 * any size is never held in memory and still commits (or rolls back) as a whole. The schema is created and upgraded by numbered migrations ({@link org.borderwatch.store.Migrations})
 * recorded in {@code PRAGMA user_version}; a database from a newer version, a file that is not a
 * Borderwatch database, and a corrupt file are refused without being changed.
 *
 * <p>Storage conventions: dates are ISO {@code YYYY-MM-DD} text (so text order is date order),
 * instants ISO-8601 UTC text, coordinates WGS84 degrees (crossings and events as {@code lat}/{@code lon}
 * columns, annotation geometries as WKT with x = longitude, y = latitude). Ordered lists (an
 * item's sources, tags) keep their order in a {@code position} column.
 *
 * <p>This is the only package that speaks SQL.
 */
package org.borderwatch.store;
