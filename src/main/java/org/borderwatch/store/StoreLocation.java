package org.borderwatch.store;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where the user's database lives when no {@code --db} is given.
 *
 * <ol>
 *   <li>{@code BORDERWATCH_DB}, when set, is the database file itself;</li>
 *   <li>{@code $XDG_DATA_HOME/borderwatch/borderwatch.db} when {@code XDG_DATA_HOME} is set (any OS);</li>
 *   <li>Windows: {@code %APPDATA%\Borderwatch\borderwatch.db};</li>
 *   <li>macOS: {@code ~/Library/Application Support/Borderwatch/borderwatch.db};</li>
 *   <li>Linux and other Unix: {@code ~/.local/share/borderwatch/borderwatch.db}.</li>
 * </ol>
 */
public final class StoreLocation {
    /** File name of the database inside the data directory. */
    public static final String FILE_NAME = "borderwatch.db";

    private StoreLocation() {
    }

    /** The default database path for this process's environment and operating system. */
    public static Path defaultPath() {
        return defaultPath(System.getenv(), System.getProperty("os.name", ""), System.getProperty("user.home", "."));
    }

    /**
     * The default database path for the given environment, {@code os.name} and home directory.
     * Blank variables count as unset.
     */
    public static Path defaultPath(Map<String, String> env, String osName, String userHome) {
        String explicit = nonBlank(env.get("BORDERWATCH_DB"));
        if (explicit != null) {
            return Path.of(explicit);
        }
        String xdg = nonBlank(env.get("XDG_DATA_HOME"));
        if (xdg != null) {
            return Path.of(xdg, "borderwatch", FILE_NAME);
        }
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String appData = nonBlank(env.get("APPDATA"));
            Path base = appData != null ? Path.of(appData) : Path.of(userHome, "AppData", "Roaming");
            return base.resolve("Borderwatch").resolve(FILE_NAME);
        }
        if (os.startsWith("mac") || os.startsWith("darwin")) {
            return Path.of(userHome, "Library", "Application Support", "Borderwatch", FILE_NAME);
        }
        return Path.of(userHome, ".local", "share", "borderwatch", FILE_NAME);
    }

    private static String nonBlank(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
