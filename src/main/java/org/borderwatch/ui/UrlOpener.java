package org.borderwatch.ui;

/**
 * Opens a source's address in the user's browser. Called on a background thread, never on the
 * JavaFX Application Thread; throws when the address could not be handed to a browser, so the
 * window can say so and offer the address to copy.
 */
@FunctionalInterface
public interface UrlOpener {
    /** @throws Exception with the reason when no browser took {@code url} */
    void open(String url) throws Exception;
}
