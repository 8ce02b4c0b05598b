package org.borderwatch.store;

import java.sql.Connection;
import java.sql.SQLException;
import org.sqlite.Function;

/**
 * The SQL function with which the store indexes an event's search text inside SQLite, from the
 * event's own row ({@link SearchBacklog}), so that writing an event needs nothing but its row and
 * the number of its row in {@code event_fts_pending}: {@code bw_alt(title, summary, place,
 * sources)} — the {@code alt} column, the folded words ({@link SearchText}) of the other four.
 * (The row's search key is computed in SQL: {@link SearchBacklog#KEY}.)
 * Registered on each connection that writes events ({@link StoreOpener}); SQLite calls them on
 * the thread running the statement, and a connection runs one statement at a time.
 */
final class SearchFunctions {
    private SearchFunctions() {
    }

    static void register(Connection c) throws SQLException {
        SearchText text = new SearchText(id -> null);
        Function.create(c, "bw_alt", new Function() {
            @Override
            protected void xFunc() throws SQLException {
                result(text.alt(value_text(0), value_text(1), value_text(2), value_text(3)));
            }
        }, 4, Function.FLAG_DETERMINISTIC);
    }
}
