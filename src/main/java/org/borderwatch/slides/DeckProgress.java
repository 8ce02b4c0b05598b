package org.borderwatch.slides;

/**
 * Progress and cancellation of a deck being written. The writer calls {@link #slideDone} after each
 * slide (on the writing thread) and checks {@link #cancelled} before each; a cancelled write throws
 * {@link java.util.concurrent.CancellationException} and leaves no file. Implementations must be
 * safe to call from the writing thread (the app forwards to its UI thread itself).
 */
public interface DeckProgress {
    /** Ignores progress; never cancels. */
    DeckProgress NONE = new DeckProgress() {
        @Override
        public void slideDone(int done, int total) {
            // nothing to report to
        }

        @Override
        public boolean cancelled() {
            return false;
        }
    };

    /** {@code done} of {@code total} slides (the title slide included) are written. */
    void slideDone(int done, int total);

    /** True when the user asked to stop. */
    boolean cancelled();
}
