package org.borderwatch.store;

import java.util.function.Consumer;

/**
 * Changes that other people commit to a shared store, announced as they commit: a team store
 * delivers them within a second or so ({@code LISTEN/NOTIFY}). The window uses it to show others'
 * annotations without a restart and to say, quietly, who changed what.
 */
public interface ChangeFeed {
    /**
     * One committed change.
     *
     * @param kind     {@code annotation}, or the table that changed ({@code events}, {@code crossings},
     *                 {@code status_intervals}, {@code sources})
     * @param id       the annotation's id, or {@code null} for a table
     * @param revision the annotation's new revision (its version), or 0
     * @param action   {@code create}, {@code update}, {@code delete} or {@code restore} for an annotation, else {@code null}
     * @param author   the role that made the change
     * @param title    the annotation's title after the change (may be empty), or {@code null}
     * @param own      whether this store's own connection made it (the window already shows those)
     */
    record Change(String kind, String id, int revision, String action, String author, String title, boolean own) {
        /** "alice updated “Checkpoint”", for a quiet notice. */
        public String describe() {
            if (!"annotation".equals(kind)) {
                return author + " changed the " + kind.replace("status_intervals", "crossing statuses");
            }
            String what = title == null || title.isBlank() ? "an annotation" : "“" + title + "”";
            String verb = switch (action == null ? "" : action) {
                case "create" -> "added";
                case "delete" -> "deleted";
                case "restore" -> "restored";
                default -> "changed";
            };
            return author + " " + verb + " " + what;
        }
    }

    /**
     * Calls {@code listener} with every change from now on, on the feed's own thread (hand over to
     * the UI thread there). Closing the returned handle stops the calls.
     */
    AutoCloseable subscribe(Consumer<Change> listener);
}
