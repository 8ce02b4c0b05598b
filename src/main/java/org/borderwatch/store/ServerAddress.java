package org.borderwatch.store;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The address of a team store on a PostgreSQL server, as users write it:
 * {@code postgresql://[user@]host[:port]/dbname[?param=value…]} (libpq's URI form; {@code postgres://}
 * is accepted too). A password in the address is refused: it would sit in shell histories and
 * process lists. Passwords come from {@code ~/.pgpass}, {@code PGPASSWORD} or a prompt
 * ({@link PasswordPrompt}).
 *
 * @param user     the database role to connect as ({@code PGUSER}, else the operating-system user, when not given)
 * @param host     host name or address
 * @param port     TCP port (5432 when not given)
 * @param database the database
 * @param params   further connection parameters, passed to the driver ({@code sslmode=require} …)
 */
public record ServerAddress(String user, String host, int port, String database, Map<String, String> params) {
    /** PostgreSQL's default port. */
    public static final int DEFAULT_PORT = 5432;

    public ServerAddress {
        if (user == null || user.isBlank() || host == null || host.isBlank() || database == null || database.isBlank()) {
            throw new IllegalArgumentException("a server address needs a user, a host and a database");
        }
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("port " + port + " is not a TCP port");
        }
        params = Map.copyOf(params);
    }

    /** True when {@code text} is written as a server address ({@code postgresql://…} or {@code postgres://…}). */
    public static boolean isServerAddress(String text) {
        if (text == null) {
            return false;
        }
        String t = text.strip().toLowerCase(Locale.ROOT);
        return t.startsWith("postgresql://") || t.startsWith("postgres://");
    }

    /** Parses an address, with the user taken from {@code PGUSER} or {@code user.name} when it names none. */
    public static ServerAddress parse(String text) {
        String envUser = System.getenv("PGUSER");
        return parse(text, envUser != null && !envUser.isBlank() ? envUser : System.getProperty("user.name", "postgres"));
    }

    /**
     * Parses {@code postgresql://[user@]host[:port]/dbname[?k=v&…]}.
     *
     * @param defaultUser the role when the address names none
     * @throws IllegalArgumentException naming what is wrong with the address
     */
    public static ServerAddress parse(String text, String defaultUser) {
        if (!isServerAddress(text)) {
            throw new IllegalArgumentException("'" + text + "' is not a server address (postgresql://host:port/dbname)");
        }
        URI uri;
        try {
            uri = new URI(text.strip());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("'" + text + "' is not a valid address: " + e.getReason(), e);
        }
        String userInfo = uri.getRawUserInfo();
        String user = defaultUser;
        if (userInfo != null && !userInfo.isEmpty()) {
            if (userInfo.contains(":")) {
                throw new IllegalArgumentException("the address holds a password; leave it out and use ~/.pgpass, "
                        + "PGPASSWORD or the prompt instead");
            }
            user = decode(userInfo);
        }
        String host = uri.getHost();
        if (host == null || host.isBlank()) {
            throw new IllegalArgumentException("the address '" + text + "' names no host (postgresql://host:port/dbname)");
        }
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        String database = path.startsWith("/") ? decode(path.substring(1)) : "";
        if (database.isBlank() || database.contains("/")) {
            throw new IllegalArgumentException("the address '" + text + "' names no database (postgresql://host:port/dbname)");
        }
        Map<String, String> params = new LinkedHashMap<>();
        String query = uri.getRawQuery();
        if (query != null && !query.isEmpty()) {
            for (String pair : query.split("&")) {
                int eq = pair.indexOf('=');
                String key = decode(eq < 0 ? pair : pair.substring(0, eq));
                if (key.equalsIgnoreCase("password")) {
                    throw new IllegalArgumentException("the address holds a password; leave it out and use ~/.pgpass, "
                            + "PGPASSWORD or the prompt instead");
                }
                if (key.equalsIgnoreCase("user")) {
                    user = decode(pair.substring(eq + 1));
                    continue;
                }
                params.put(key, eq < 0 ? "" : decode(pair.substring(eq + 1)));
            }
        }
        return new ServerAddress(user, host, uri.getPort() < 0 ? DEFAULT_PORT : uri.getPort(), database, params);
    }

    /** The same server and database as another role. */
    public ServerAddress as(String role) {
        return new ServerAddress(role, host, port, database, params);
    }

    /** The same server as the same role, another database. */
    public ServerAddress database(String name) {
        return new ServerAddress(user, host, port, name, params);
    }

    /** The JDBC URL (without user or password; those go in the connection properties). */
    String jdbcUrl() {
        String h = host.contains(":") ? "[" + host + "]" : host;
        return "jdbc:postgresql://" + h + ":" + port + "/" + java.net.URLEncoder.encode(database, StandardCharsets.UTF_8);
    }

    /** {@code postgresql://user@host:port/dbname}: for messages and titles, never with a password. */
    @Override
    public String toString() {
        String h = host.contains(":") ? "[" + host + "]" : host;
        return "postgresql://" + user + "@" + h + ":" + port + "/" + database;
    }

    private static String decode(String s) {
        return URLDecoder.decode(s, StandardCharsets.UTF_8);
    }
}
