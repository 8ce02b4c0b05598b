/**
 * The JavaFX window: the map view, toolbars, the timeline, event list, inspector and dialogs.
 * The only package that imports JavaFX. Nothing slow runs on the JavaFX Application Thread: SQL,
 * files and painting run on {@link org.borderwatch.ui.Background}'s pool and commit their results
 * back with {@code Platform.runLater}.
 */
package org.borderwatch.ui;
