/**
 * Readers and writers of formats other tools speak, over the domain records: ACLED CSV exports
 * (read, mapped to {@link org.borderwatch.domain.Event}s), GeoJSON (RFC 7946, read and written)
 * and KML 2.2 (written with time stamps and spans for Google Earth's time slider, and read).
 *
 * <p>Coordinates are WGS84 degrees throughout; GeoJSON and KML write longitude first. Nothing
 * here speaks SQL: imports hand their records to a sink the caller backs with the store, inside
 * one transaction the caller holds. Every reader validates before it hands anything over and
 * reports the file, the place (physical line, JSON pointer, XML line and column) and what was
 * wrong ({@link org.borderwatch.interop.InputFormatException}). Classes are not thread-safe
 * unless they say so; one import runs on one background thread.
 */
package org.borderwatch.interop;
