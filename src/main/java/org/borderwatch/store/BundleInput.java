package org.borderwatch.store;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.borderwatch.json.Json;

/**
 * A bundle to import: a name for messages and a way to open it. An import reads each input
 * twice (check, then write); unless the program holds the bytes itself, the check copies them
 * into a temporary file as it reads them, and the write reads that copy: what is written is what
 * was checked.
 *
 * @param name   what messages call it (the path as given, or the resource name)
 * @param opener opens a fresh stream of the bundle's bytes
 * @param held    true when the bytes are the program's own and cannot change between the two reads:
 *                in its memory, in its jar, or in a temporary file it wrote and no other user may
 *                write; then no copy is made
 * @param reading what every stream of the bundle is read through, the copy's too (a progress
 *                report's count of bytes, {@link #readThrough}); the stream itself by default
 */
public record BundleInput(String name, Opener opener, boolean held, Reading reading) {
    /** Opens the bytes of a bundle. */
    @FunctionalInterface
    public interface Opener {
        InputStream open() throws IOException;
    }

    /** What a stream of the bundle is read through. */
    @FunctionalInterface
    public interface Reading {
        InputStream through(InputStream in) throws IOException;
    }

    public BundleInput {
        if (name == null || opener == null || reading == null) {
            throw new IllegalArgumentException("a bundle input needs a name, an opener and a way of reading");
        }
    }

    /** Bytes the program holds ({@code held}) or not, read as they are. */
    public BundleInput(String name, Opener opener, boolean held) {
        this(name, opener, held, in -> in);
    }

    /** Bytes from outside the program (a user's file): the import writes from a copy of what it checked. */
    public BundleInput(String name, Opener opener) {
        this(name, opener, false);
    }

    /** This bundle with each of its streams — the one it opens and the copy an import makes of it — read through {@code r}. */
    public BundleInput readThrough(Reading r) {
        Reading before = reading;
        return new BundleInput(name, opener, held, in -> r.through(before.through(in)));
    }

    /** The same bundle read from {@code copy}, a copy of its bytes that the program holds. */
    BundleInput copiedTo(Path copy) {
        return new BundleInput(name, () -> Files.newInputStream(copy), true, reading);
    }

    /** A bundle file on disk. */
    public static BundleInput file(Path path) {
        return new BundleInput(path.toString(), () -> Files.newInputStream(path));
    }

    /** A bundle inside the application (e.g. {@code data/events.json}), read from the class path. */
    public static BundleInput resource(String name) {
        return new BundleInput(name, () -> {
            InputStream in = BundleInput.class.getClassLoader().getResourceAsStream(name);
            if (in == null) {
                throw new NoSuchFileException(name, null, "not found on the class path (missing from the build)");
            }
            return in;
        }, true);
    }

    /**
     * Items held in memory (read from another format), written as a compact bundle once so that
     * both passes of the import read the same bytes.
     */
    public static BundleInput of(String name, BundleContent content) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JsonGenerator g = Json.MAPPER.getFactory().createGenerator(bytes)) {
            BundleJson.write(g, content);
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory cannot fail", e);
        }
        byte[] all = bytes.toByteArray();
        return new BundleInput(name, () -> new ByteArrayInputStream(all), true);
    }

    /** Writes the events of a bundle one at a time into {@code each} ({@link #written}); may fail with {@code E}. */
    @FunctionalInterface
    public interface EventFeed<E extends Exception> {
        void writeAll(EventSink each) throws IOException, E;
    }

    /**
     * Items read from another format whose events are too many to hold: the bundle is written to
     * {@code file} (a temporary file that only this user may write, such as
     * {@link Files#createTempFile} makes; the caller deletes it after the import), {@code content}'s sources and
     * annotations with the events {@code events} gives one at a time, and read from it — so that
     * an import of any size holds one event at a time on its way in, as a bundle file's does.
     */
    public static <E extends Exception> BundleInput written(String name, Path file, BundleContent content, EventFeed<E> events)
            throws IOException, E {
        try (java.io.OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
             JsonGenerator g = Json.MAPPER.getFactory().createGenerator(out)) {
            BundleJson.write(g, content, events);
        }
        return new BundleInput(name, () -> Files.newInputStream(file), true);
    }

    /** A stream of the bundle's bytes, read through what it is read through. */
    InputStream open() throws IOException {
        InputStream raw = opener.open();
        try {
            return reading.through(raw);
        } catch (IOException | RuntimeException e) {
            raw.close();
            throw e;
        }
    }
}
