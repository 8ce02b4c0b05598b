package org.borderwatch.ui;

import java.util.List;

/**
 * Full-text search over every event in the store, as the search box uses it. Called on a
 * background thread, never on the JavaFX Application Thread.
 */
@FunctionalInterface
public interface EventSearch {
    /**
     * The ids of events matching {@code text}, best first.
     *
     * @param text  what the user typed (not blank)
     * @param limit at most this many ids
     * @throws Exception when the search fails; the message is shown to the user
     */
    List<String> matchingIds(String text, int limit) throws Exception;

    /**
     * Whether a search would first wait for the store to index events a large import has just
     * committed. Answers at once from memory: safe on the JavaFX Application Thread.
     */
    default boolean indexing() {
        return false;
    }
}
