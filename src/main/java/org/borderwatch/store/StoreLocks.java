package org.borderwatch.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Which other processes have a store open, and which one writes it, read from the file locks
 * SQLite holds: every connection to a database in WAL mode keeps a shared lock on the database
 * file (bytes {@code 0x40000002…}) and on byte 128 of its {@code -shm} file, and the writer holds
 * byte 120 of the {@code -shm} file exclusively. On Linux {@code /proc/locks} lists these locks
 * with the process that holds them, so a message can say "locked by another process (pid 4711:
 * java -jar borderwatch.jar import acled.csv)". Elsewhere the answers are empty: the caller says
 * "another process" without naming it. Reading {@code /proc/locks} takes and releases no lock.
 * Thread-safe: no state.
 */
final class StoreLocks {
    /** SQLite's PENDING_BYTE; the shared lock range starts two bytes after it. */
    private static final long PENDING_BYTE = 0x40000000L;
    private static final long WAL_WRITE_LOCK = 120;
    private static final Path PROC_LOCKS = Path.of("/proc/locks");

    /** A process holding a lock: its id and command line (shortened), or "" when unknown. */
    record Holder(long pid, String command) {
        /** "pid 4711: java -jar borderwatch.jar import acled.csv". */
        String describe() {
            return "pid " + pid + (command.isEmpty() ? "" : ": " + command);
        }
    }

    private StoreLocks() {
    }

    /** Whether the lock list of this system can be read (Linux). */
    static boolean known() {
        return Files.isReadable(PROC_LOCKS);
    }

    /** The processes other than this one holding a lock on {@code db} or its {@code -shm} file. */
    static List<Holder> others(Path db) {
        Map<Long, Holder> out = new LinkedHashMap<>();
        for (Lock l : locks(db, false)) {
            out.putIfAbsent(l.pid, holder(l.pid));
        }
        for (Lock l : locks(shm(db), false)) {
            out.putIfAbsent(l.pid, holder(l.pid));
        }
        return new ArrayList<>(out.values());
    }

    /** The other process writing {@code db} now (holding the WAL write lock, or a write lock on the file), if known. */
    static Optional<Holder> writer(Path db) {
        for (Lock l : locks(shm(db), true)) {
            if (l.start <= WAL_WRITE_LOCK && WAL_WRITE_LOCK <= l.end) {
                return Optional.of(holder(l.pid));
            }
        }
        for (Lock l : locks(db, true)) {
            if (l.end >= PENDING_BYTE) {
                return Optional.of(holder(l.pid));
            }
        }
        return Optional.empty();
    }

    static Path shm(Path db) {
        return db.resolveSibling(db.getFileName() + "-shm");
    }

    private record Lock(long pid, long start, long end) {
    }

    /** Locks of other processes on {@code file} (write locks only when {@code writeOnly}). */
    private static List<Lock> locks(Path file, boolean writeOnly) {
        List<Lock> out = new ArrayList<>();
        long ino;
        long dev;
        try {
            ino = ((Number) Files.getAttribute(file, "unix:ino")).longValue();
            dev = ((Number) Files.getAttribute(file, "unix:dev")).longValue();
        } catch (IOException | RuntimeException e) {
            return out;
        }
        long major = ((dev >> 8) & 0xfff) | ((dev >>> 32) & ~0xfffL);
        long minor = (dev & 0xff) | ((dev >>> 12) & ~0xffL);
        long self = ProcessHandle.current().pid();
        List<String> lines;
        try {
            lines = Files.readAllLines(PROC_LOCKS, StandardCharsets.US_ASCII);
        } catch (IOException | RuntimeException e) {
            return out;
        }
        for (String line : lines) {
            String[] f = line.trim().split("\\s+");
            // "1: POSIX  ADVISORY  READ 12419 fe:00:2171343 1073741826 1073742335"; "1: -> …" is a waiter
            if (f.length < 8 || f[1].equals("->")) {
                continue;
            }
            String[] id = f[5].split(":");
            try {
                if (id.length != 3 || Long.parseLong(id[2]) != ino || Long.parseLong(id[0], 16) != major
                        || Long.parseLong(id[1], 16) != minor) {
                    continue;
                }
                long pid = Long.parseLong(f[4]);
                if (pid == self || pid <= 0 || writeOnly && !f[3].equals("WRITE")) {
                    continue;
                }
                long start = Long.parseLong(f[6]);
                long end = f[7].equals("EOF") ? Long.MAX_VALUE : Long.parseLong(f[7]);
                out.add(new Lock(pid, start, end));
            } catch (NumberFormatException e) {
                // a line of another shape: not a lock on this file
            }
        }
        return out;
    }

    private static Holder holder(long pid) {
        String command = "";
        try {
            byte[] raw = Files.readAllBytes(Path.of("/proc", Long.toString(pid), "cmdline"));
            command = shorten(new String(raw, StandardCharsets.UTF_8));
        } catch (IOException | RuntimeException e) {
            command = ProcessHandle.of(pid).flatMap(p -> p.info().command()).orElse("");
        }
        return new Holder(pid, command);
    }

    /** The command line without its class path and options to the JVM, at most 100 characters. */
    static String shorten(String nulSeparated) {
        List<String> words = new ArrayList<>();
        String[] parts = nulSeparated.split("\0");
        for (int i = 0; i < parts.length; i++) {
            String p = parts[i];
            if (p.isEmpty()) {
                continue;
            }
            if (p.equals("-cp") || p.equals("-classpath") || p.equals("--class-path")) {
                i++;
                continue;
            }
            if (p.startsWith("-X") || p.startsWith("-D") || p.startsWith("-XX")) {
                continue;
            }
            String lower = p.toLowerCase(Locale.ROOT);
            words.add(lower.endsWith(".jar") || i == 0 ? Path.of(p).getFileName().toString() : p);
        }
        String s = String.join(" ", words);
        return s.length() <= 100 ? s : s.substring(0, 99) + "…";
    }
}
