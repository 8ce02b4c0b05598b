package org.borderwatch.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.postgresql.PGStatement;

/**
 * A second session on the server that folds the events' own texts into search words
 * ({@code event_text_search(title, summary, place)}) while the copy's session writes the
 * previous batch: on a server with two or more cores the folding, the larger part of writing an
 * event, no longer waits for the writing. It only reads (it calls a function); the words come
 * from the server's own configuration, exactly as if the writing session had folded them, and go
 * into the same transaction as the events (see {@link PgEventWriter.Staged#withWords}).
 */
final class PgSearchWords implements AutoCloseable {
    private static final String FOLD = "SELECT tsvectorsend(event_text_search(u.t, u.s, u.p)) "
            + "FROM unnest(?::text[], ?::text[], ?::text[]) WITH ORDINALITY AS u (t, s, p, n) ORDER BY u.n";

    private final Connection c;
    private final PreparedStatement fold;

    PgSearchWords(Connection c) throws SQLException {
        this.c = c;
        this.fold = c.prepareStatement(FOLD);
        // the words come back in tsvector's binary format, ready for a binary COPY
        fold.unwrap(PGStatement.class).setPrepareThreshold(-1);
    }

    /** {@code batch} with its events' own search words (in the order of its events). */
    PgEventWriter.Staged fold(PgEventWriter.Staged batch) throws SQLException {
        PgEventWriter.Texts texts = batch.texts();
        fold.setArray(1, c.createArrayOf("text", texts.titles()));
        fold.setArray(2, c.createArrayOf("text", texts.summaries()));
        fold.setArray(3, c.createArrayOf("text", texts.places()));
        byte[][] words = new byte[batch.size()][];
        int n = 0;
        try (ResultSet rs = fold.executeQuery()) {
            while (rs.next() && n < words.length) {
                words[n++] = rs.getBytes(1);
            }
        }
        if (n != words.length) {
            throw new SQLException("the server folded " + n + " of " + words.length + " events' texts");
        }
        return batch.withWords(words);
    }

    @Override
    public void close() throws SQLException {
        try {
            fold.close();
        } finally {
            c.close();
        }
    }
}
