package org.borderwatch.store;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.sqlite.SQLiteJDBCLoader;
import org.sqlite.util.LibraryLoaderUtil;
import org.sqlite.util.OSInfo;

/**
 * Loads SQLite's native library from a copy in the user's cache folder.
 *
 * <p>The SQLite driver carries its native library inside its jar and, unless told where a copy
 * lies, unpacks it into the temporary folder at every start of the program: it inflates the
 * library twice (once to write it, once to compare), hashes it, writes it and deletes it at exit
 * — some 50 ms of every command's start, before the first store can be opened. Here the library is
 * unpacked once per driver version into {@link #cacheFolder} (written under a temporary name and
 * moved into place, so a second process never loads a half-written copy) and the driver is
 * pointed at that copy ({@code org.sqlite.lib.path}, {@code org.sqlite.lib.name}). The folder
 * is named after the driver's version and platform, and a copy only ever appears there whole, so
 * a copy found there is the library the jar carries. Should it still not load, the driver unpacks
 * its own as before; anything else unusual — no cache folder, a read-only home, a library the jar
 * does not carry, a path set by the user — leaves the driver to do as it always does. The cache
 * folder is the user's own, not the temporary folder every user may write into.
 *
 * <p>{@link #preload()} does all this, and loads the library, on a thread of its own as the program
 * starts, while the command line is parsed or the window is set up; the first opening of a store
 * then finds SQLite ready.
 */
public final class SqliteLibrary {
    private static final String PATH_PROPERTY = "org.sqlite.lib.path";
    private static final String NAME_PROPERTY = "org.sqlite.lib.name";
    private static boolean prepared;

    private SqliteLibrary() {
    }

    /** Prepares and loads the library on a daemon thread; returns at once. */
    static void preload() {
        Thread t = new Thread(SqliteLibrary::load, "sqlite-library");
        t.setDaemon(true);
        t.start();
    }

    /**
     * Points the driver at the cached copy (unpacking it first when needed) and loads the library;
     * does nothing after the first call. A failure here is no failure: the first connection then
     * loads the library the driver's own way and reports what it finds.
     */
    public static void load() {
        prepare(System.getenv(), System.getProperty("os.name", ""), System.getProperty("user.home", "."));
        try {
            SQLiteJDBCLoader.initialize();
        } catch (Exception | LinkageError e) {
            // the first connection tries again and says what is wrong
        }
    }

    /** Sets the driver's library path to the cached copy, unpacking it when it is missing; once. */
    static synchronized void prepare(Map<String, String> env, String osName, String userHome) {
        if (prepared) {
            return;
        }
        prepared = true;
        if (System.getProperty(PATH_PROPERTY) != null) {
            return;
        }
        try {
            String name = LibraryLoaderUtil.getNativeLibName();
            String folder = OSInfo.getNativeLibFolderPathForCurrentOS();
            URL resource = SQLiteJDBCLoader.class.getResource("/org/sqlite/native/" + folder + "/" + name);
            if (resource == null) {
                return;
            }
            String platform = folder.replace('/', '-');
            Path dir = cacheFolder(env, osName, userHome).resolve("sqlite-" + SQLiteJDBCLoader.getVersion() + "-" + platform);
            if (!Files.isRegularFile(dir.resolve(name))) {
                cachedCopy(resource, dir, name);
                prune(dir, platform);
            }
            System.setProperty(NAME_PROPERTY, name);
            System.setProperty(PATH_PROPERTY, dir.toString());
        } catch (IOException | RuntimeException e) {
            // the driver unpacks the library into the temporary folder, as without this
        }
    }

    /** {@code dir/name}, unpacked from {@code resource} unless it is there already. */
    static Path cachedCopy(URL resource, Path dir, String name) throws IOException {
        Path lib = dir.resolve(name);
        if (Files.isRegularFile(lib)) {
            return lib;
        }
        Files.createDirectories(dir);
        Path part = Files.createTempFile(dir, lib.getFileName().toString(), ".part");
        try {
            try (InputStream in = resource.openStream()) {
                Files.copy(in, part, StandardCopyOption.REPLACE_EXISTING);
            }
            try {
                Files.move(part, lib, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (java.nio.file.AtomicMoveNotSupportedException e) {
                Files.move(part, lib, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(part);
        }
        return lib;
    }

    /**
     * After a new copy was written into {@code dir}: removes the copies of other driver versions
     * for the same platform beside it (a program upgraded leaves its old one; another platform's,
     * in a home folder shared between machines, stays) and the partly written files that a process
     * killed while writing left in {@code dir} more than an hour ago. What cannot be removed (a
     * library in use on Windows) stays; a program that finds its copy gone unpacks it again.
     */
    static void prune(Path dir, String platform) {
        Path cache = dir.getParent();
        String own = dir.getFileName().toString();
        try (DirectoryStream<Path> siblings = Files.newDirectoryStream(cache, "sqlite-*-" + platform)) {
            for (Path other : siblings) {
                if (!other.getFileName().toString().equals(own) && Files.isDirectory(other, LinkOption.NOFOLLOW_LINKS)) {
                    deleteQuietly(other);
                }
            }
        } catch (IOException | RuntimeException e) {
            // an unreadable cache folder keeps what it holds
        }
        long hourAgo = System.currentTimeMillis() - TimeUnit.HOURS.toMillis(1);
        try (DirectoryStream<Path> parts = Files.newDirectoryStream(dir, "*.part")) {
            for (Path part : parts) {
                if (Files.getLastModifiedTime(part).toMillis() < hourAgo) {
                    Files.deleteIfExists(part);
                }
            }
        } catch (IOException | RuntimeException e) {
            // a part still there is only a few bytes of a cache
        }
    }

    /** Deletes the files of {@code folder} and then the folder, leaving whatever refuses. */
    private static void deleteQuietly(Path folder) {
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder)) {
            for (Path f : files) {
                Files.deleteIfExists(f);
            }
            Files.deleteIfExists(folder);
        } catch (IOException | RuntimeException e) {
            // in use or not ours to remove: it stays
        }
    }

    /**
     * The user's cache folder for Borderwatch: {@code $XDG_CACHE_HOME/borderwatch} when set (any
     * OS); Windows {@code %LOCALAPPDATA%\Borderwatch\Cache}; macOS
     * {@code ~/Library/Caches/Borderwatch}; else {@code ~/.cache/borderwatch}.
     */
    static Path cacheFolder(Map<String, String> env, String osName, String userHome) {
        String xdg = env.get("XDG_CACHE_HOME");
        if (xdg != null && !xdg.isBlank()) {
            return Path.of(xdg, "borderwatch");
        }
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String local = env.get("LOCALAPPDATA");
            Path base = local != null && !local.isBlank() ? Path.of(local) : Path.of(userHome, "AppData", "Local");
            return base.resolve("Borderwatch").resolve("Cache");
        }
        if (os.startsWith("mac") || os.startsWith("darwin")) {
            return Path.of(userHome, "Library", "Caches", "Borderwatch");
        }
        return Path.of(userHome, ".cache", "borderwatch");
    }
}
