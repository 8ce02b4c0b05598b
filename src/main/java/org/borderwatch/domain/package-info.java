/**
 * The situation model: crossings, their status intervals, timeline events, sources and
 * annotations, and the one pure function that answers "what was the situation on date D"
 * ({@link org.borderwatch.domain.SituationAt}).
 *
 * <p>Pure Java: nothing here imports JavaFX, AWT, SQL or Jackson. Values are records whose
 * compact constructors validate, so an invalid value (a latitude of 91, an interval that ends
 * before it starts) never exists as an object. Dates are {@link java.time.LocalDate}: day
 * precision is what the sources give. Coordinates are WGS84 degrees.
 */
package org.borderwatch.domain;
