package org.borderwatch.interop;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads an ACLED CSV export row by row, mapping each row to an {@link AcledRecord}. The first
 * record must be the header; columns are found by name ({@link AcledHeader}).
 *
 * <p>{@link #next()} throws {@link InvalidRecordException} for a row that is wrong on its own (a
 * bad date, a latitude out of range, a wrong number of fields): the reader stays usable and the
 * caller may go on with the next row. Any other {@link InputFormatException} (a quote never
 * closed, bytes that are not UTF-8) ends the file. Not thread-safe.
 */
public final class AcledReader implements Closeable {
    private final CsvReader csv;
    private final AcledHeader header;
    private final AcledRowMapper mapper;
    private final long size;
    private long rows;

    private AcledReader(CsvReader csv, AcledHeader header, long size) {
        this.csv = csv;
        this.header = header;
        this.mapper = new AcledRowMapper(header, new AcledSources());
        this.size = size;
    }

    /**
     * Opens {@code file} and reads its header.
     *
     * @throws InputFormatException when the file is empty or its header lacks a required column
     */
    public static AcledReader open(Path file) throws IOException, InputFormatException {
        return open(Files.newInputStream(file), file.getFileName().toString(), Files.size(file));
    }

    /**
     * Reads from a stream (closed by {@link #close()}).
     *
     * @param name the file name for messages
     * @param size the stream's length in bytes for progress, or −1 when unknown
     */
    public static AcledReader open(InputStream in, String name, long size) throws IOException, InputFormatException {
        CsvReader csv = new CsvReader(in, name);
        try {
            if (!csv.next()) {
                throw new InputFormatException(name, null, "the file is empty (an ACLED export starts with a header row)");
            }
            return new AcledReader(csv, AcledHeader.read(csv), size);
        } catch (IOException | InputFormatException | RuntimeException e) {
            csv.close();
            throw e;
        }
    }

    /** The layout the header identifies. */
    public AcledLayout layout() {
        return header.layout();
    }

    /**
     * The next row, or {@code null} at the end of the file.
     *
     * @throws InvalidRecordException when this row is invalid (the next call reads the next row)
     * @throws InputFormatException   when the rest of the file cannot be read
     */
    public AcledRecord next() throws IOException, InputFormatException {
        if (!csv.next()) {
            return null;
        }
        rows++;
        return mapper.map(csv);
    }

    /** Data rows read so far, invalid ones included. */
    public long rowsRead() {
        return rows;
    }

    /** Bytes read so far. */
    public long bytesRead() {
        return csv.bytesRead();
    }

    /** The file's size in bytes, or −1 when unknown. */
    public long size() {
        return size;
    }

    /** The file name, for messages. */
    public String file() {
        return csv.file();
    }

    @Override
    public void close() throws IOException {
        csv.close();
    }
}
