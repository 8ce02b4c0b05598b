package org.borderwatch.store;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.borderwatch.json.Json;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * The {@link ChangeFeed} of a team store: a daemon thread with its own connection that
 * {@code LISTEN}s on the channel {@code borderwatch} (the schema's triggers announce every
 * annotation revision and every write to the situation tables when its transaction commits) and
 * hands each change to the listeners. It waits for the server at most {@link #POLL_MS} at a
 * time; a lost connection is opened again after {@link #RETRY_MS}.
 */
final class PgChangeFeed implements ChangeFeed, AutoCloseable {
    static final int POLL_MS = 250;
    static final int RETRY_MS = 2_000;

    private final PgConnector connector;
    private final int ownPid;
    private final CopyOnWriteArrayList<Consumer<Change>> listeners = new CopyOnWriteArrayList<>();
    private final Thread thread;
    private volatile boolean closed;
    private volatile Connection connection;

    /** Starts listening; {@code ownPid} is the server process of the store's own connection. */
    PgChangeFeed(PgConnector connector, int ownPid) {
        this.connector = connector;
        this.ownPid = ownPid;
        this.thread = new Thread(this::run, "borderwatch-change-feed");
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public AutoCloseable subscribe(Consumer<Change> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    private void run() {
        while (!closed) {
            try (Connection c = connector.open()) {
                connection = c;
                try (Statement st = c.createStatement()) {
                    st.execute("LISTEN borderwatch");
                }
                PGConnection pg = c.unwrap(PGConnection.class);
                while (!closed) {
                    PGNotification[] batch = pg.getNotifications(POLL_MS);
                    if (batch != null) {
                        for (PGNotification n : batch) {
                            deliver(n);
                        }
                    }
                }
            } catch (SQLException | StoreException e) {
                if (!closed) {
                    pause();
                }
            } finally {
                connection = null;
            }
        }
    }

    private void deliver(PGNotification n) {
        Change change;
        try {
            JsonNode j = Json.MAPPER.readTree(n.getParameter());
            change = new Change(j.path("kind").asText(), text(j, "id"), j.path("revision").asInt(0), text(j, "action"),
                    j.path("author").asText(), text(j, "title"), j.path("pid").asInt(-1) == ownPid);
        } catch (IOException e) {
            return; // not one of ours: someone else's NOTIFY on the same channel
        }
        for (Consumer<Change> l : listeners) {
            l.accept(change);
        }
    }

    private static String text(JsonNode j, String key) {
        JsonNode v = j.get(key);
        return v == null || v.isNull() ? null : v.asText();
    }

    private void pause() {
        try {
            Thread.sleep(RETRY_MS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            closed = true;
        }
    }

    @Override
    public void close() {
        closed = true;
        thread.interrupt();
        try {
            thread.join(POLL_MS * 4L);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
