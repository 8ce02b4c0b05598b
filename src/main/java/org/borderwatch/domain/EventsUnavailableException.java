package org.borderwatch.domain;

/**
 * The events of a window could not be read: the store behind an {@link EventSource} failed. The
 * message is one sentence for the user and names the store; the cause is the store's error.
 */
public final class EventsUnavailableException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public EventsUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
