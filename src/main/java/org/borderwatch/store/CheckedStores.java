package org.borderwatch.store;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.borderwatch.files.AtomicFile;

/**
 * The stores this user's Borderwatch left sound: each one's file as it was when the last
 * connection of a process closed it after its integrity check had passed (or after the process made
 * it), kept in {@code checked-stores.tsv} in the user's cache folder. An opening for writing whose
 * file is still exactly that file — the same device and inode, size, modification and change times
 * to the nanosecond, no write-ahead log beside it, no other process holding it — need not read and
 * check every page again: {@code PRAGMA quick_check} of a million-event store reads 1.3 GB, 2.5–3.5 s
 * of a processor, which every write command and the window's first seconds paid at each opening.
 *
 * <p>Any write to the file, by any program, sets its change time, which no program can set back;
 * a copy or a restore is another inode. So is every way a file can change short of a fault of the
 * disk itself — which the check at opening would catch only at that opening, not between it and
 * the writes after it. A store copied in, restored, written by another program or left with a log
 * after a crash is checked as before.
 *
 * <p>Two guards keep a record from covering a write it did not see. A record is only made when the
 * file system keeps change times finer than a millisecond (on one that keeps seconds, a write in the
 * same second would leave them alone), and only once the clock is past the file's change time by
 * more than a kernel's tick: any write after the record then gets a later change time.
 *
 * <p>The list is a cache: a line that cannot be read, a list that cannot be written, a system
 * without inode numbers (Windows) — the store is checked at its opening, as without it. At most
 * {@link #KEPT} stores are listed, the last recorded first. Thread-safe; two processes recording
 * at once keep one of their lists whole (the other store is checked at its next opening).
 */
final class CheckedStores {
    /** How many stores the list keeps. */
    static final int KEPT = 64;
    /** How far past the file's change time the clock must be before a record is made, in nanoseconds. */
    static final long SETTLE_NS = TimeUnit.MILLISECONDS.toNanos(25);
    private static final String FILE = "checked-stores.tsv";

    /** The file as an opening sees it: what a write or a copy would change. */
    record Stat(long device, long inode, long size, long modifiedNs, long changedNs) {
        /** Whether its change time has digits below the millisecond: a file system that keeps them. */
        boolean fineTimes() {
            return changedNs % 1_000_000 != 0 || modifiedNs % 1_000_000 != 0;
        }

        String line(Path path) {
            return path + "\t" + device + "\t" + inode + "\t" + size + "\t" + modifiedNs + "\t" + changedNs;
        }
    }

    private static final CheckedStores USER = new CheckedStores(
            SqliteLibrary.cacheFolder(System.getenv(), System.getProperty("os.name", ""),
                    System.getProperty("user.home", ".")).resolve(FILE));

    private final Path list;

    CheckedStores(Path list) {
        this.list = list;
    }

    /** The user's list, in the cache folder. */
    static CheckedStores user() {
        return USER;
    }

    /**
     * Whether {@code key} (a store's real path) is the very file recorded as left sound: same file,
     * size and times, and no log beside it.
     */
    boolean leftSound(Path key) {
        Stat now = stat(key);
        if (now == null || logged(key)) {
            return false;
        }
        synchronized (this) {
            for (String line : lines()) {
                if (line.equals(now.line(key))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether {@code key} has a record at all (matching or not). */
    synchronized boolean listed(Path key) {
        String prefix = key + "\t";
        return lines().stream().anyMatch(l -> l.startsWith(prefix));
    }

    /**
     * Records {@code key} as left sound once its last connection here has closed: when no log is
     * beside it, {@code nobodyElse} answers true (no other connection, here or in another process)
     * before and after the settling wait, and the file did not change meanwhile.
     *
     * @return whether it was recorded
     */
    boolean record(Path key, BooleanSupplier nobodyElse) {
        Stat first = stat(key);
        boolean plainPath = !key.toString().contains("\t") && !key.toString().contains("\n"); // a line of the list
        if (first == null || !plainPath || !first.fineTimes() || logged(key) || !nobodyElse.getAsBoolean()) {
            return false;
        }
        long wait = first.changedNs() + SETTLE_NS - nowNs();
        if (wait > 0) {
            try {
                TimeUnit.NANOSECONDS.sleep(Math.min(wait, SETTLE_NS));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        Stat settled = stat(key);
        if (!first.equals(settled) || logged(key) || !nobodyElse.getAsBoolean()
                || nowNs() - first.changedNs() < SETTLE_NS) {
            return false;
        }
        String line = settled.line(key);
        String prefix = key + "\t";
        synchronized (this) {
            List<String> kept = new ArrayList<>();
            kept.add(line);
            for (String l : lines()) {
                if (!l.startsWith(prefix) && kept.size() < KEPT) {
                    kept.add(l);
                }
            }
            return write(kept);
        }
    }

    /**
     * Forgets {@code key}: an opening for writing that does not take the file from the list removes
     * its line before the file is checked, so that a file found corrupt is never listed.
     */
    void forget(Path key) {
        String prefix = key + "\t";
        synchronized (this) {
            List<String> all = lines();
            List<String> kept = all.stream().filter(l -> !l.startsWith(prefix)).toList();
            if (kept.size() != all.size()) {
                write(kept);
            }
        }
    }

    private static long nowNs() {
        java.time.Instant t = java.time.Instant.now();
        return t.getEpochSecond() * 1_000_000_000L + t.getNano();
    }

    /** The file's identity, size and times, or null when they cannot be read (no unix attributes). */
    static Stat stat(Path p) {
        Map<String, Object> a;
        try {
            a = Files.readAttributes(p, "unix:dev,ino,size,lastModifiedTime,ctime", LinkOption.NOFOLLOW_LINKS);
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return null; // no such file, or a system without these attributes: no record
        }
        if (a.get("dev") instanceof Number dev && a.get("ino") instanceof Number ino && a.get("size") instanceof Number size
                && a.get("lastModifiedTime") instanceof FileTime modified && a.get("ctime") instanceof FileTime changed) {
            return new Stat(dev.longValue(), ino.longValue(), size.longValue(), nanos(modified), nanos(changed));
        }
        return null;
    }

    private static long nanos(FileTime t) {
        java.time.Instant i = t.toInstant();
        return i.getEpochSecond() * 1_000_000_000L + i.getNano();
    }

    /** Whether a write-ahead log with content lies beside the store (it would be applied on opening). */
    private static boolean logged(Path key) {
        try {
            return Files.size(WalCheck.walOf(key)) > 0;
        } catch (NoSuchFileException e) {
            return false;
        } catch (IOException e) {
            return true; // cannot tell: as if there were one
        }
    }

    /** The list's lines; none when it is missing or cannot be read (a cache: the stores are checked). */
    private List<String> lines() {
        try {
            return Files.readAllLines(list, StandardCharsets.UTF_8).stream()
                    .filter(l -> l.split("\t", -1).length == 6).toList();
        } catch (IOException | java.io.UncheckedIOException e) {
            return List.of(); // missing or unreadable: nothing is taken as checked
        }
    }

    private boolean write(List<String> lines) {
        try {
            AtomicFile.write(list, out -> {
                Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                for (String l : lines) {
                    w.write(l);
                    w.write('\n');
                }
                w.flush();
            });
            return true;
        } catch (IOException e) {
            return false; // the cache folder cannot be written: the store is checked at its next opening
        }
    }
}
