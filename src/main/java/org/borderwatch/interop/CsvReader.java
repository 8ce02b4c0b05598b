package org.borderwatch.interop;

import java.io.Closeable;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A streaming RFC 4180 CSV reader built for large files: it scans a char buffer by hand (no
 * regular expression, no per-character copying for unquoted fields) and knows the physical line
 * on which each record starts.
 *
 * <p>Accepted: fields separated by commas; fields in double quotes holding commas, line breaks
 * and doubled quotes ({@code ""}); records ended by LF, CRLF or a lone CR; the last record with
 * or without a line break; UTF-8 with or without a byte order mark. Empty lines are skipped.
 * A quote inside an unquoted field is kept as a character. Refused, with the line: bytes that are
 * not UTF-8, a character after a closing quote other than a comma or line break, a quoted field
 * never closed, and a record longer than {@value #MAX_RECORD_CHARS} characters.
 *
 * <p>Not thread-safe: one thread reads one file.
 */
public final class CsvReader implements Closeable {
    /** The longest record accepted, in chars: beyond it a quote was almost surely left open. */
    public static final int MAX_RECORD_CHARS = 16 << 20;
    private static final int NEED_MORE = -2;
    private static final int END = -1;

    private final Reader in;
    private final CountingStream counter;
    private final String file;
    private char[] buf = new char[1 << 16];
    private int pos;
    private int limit;
    private boolean eof;
    private boolean started;
    private long line = 1;
    private long recordLine;
    private long records;
    private String[] fields = new String[32];
    private int count;

    /**
     * Reads UTF-8 (a leading byte order mark is skipped) from {@code in}, which this reader closes.
     *
     * @param file the file name used in error messages
     */
    public CsvReader(InputStream in, String file) {
        this.counter = new CountingStream(in);
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        this.in = new InputStreamReader(counter, decoder);
        this.file = file;
    }

    /**
     * Moves to the next record.
     *
     * @return false at the end of the file
     * @throws InputFormatException when the text is not valid CSV or not UTF-8
     */
    public boolean next() throws IOException, InputFormatException {
        if (!started) {
            started = true;
            fill();
            if (limit > 0 && buf[0] == '\uFEFF') {
                pos = 1;
            }
        }
        while (true) {
            int end = parse();
            if (end == END) {
                count = 0;
                return false;
            }
            if (end != NEED_MORE) {
                records++;
                return true;
            }
            if (eof) {
                throw new IllegalStateException("parser asked for more input after the end");
            }
            fill();
        }
    }

    /** Number of fields of the current record. */
    public int fieldCount() {
        return count;
    }

    /** Field {@code i} (0-based) of the current record, exactly as written (quotes removed). */
    public String field(int i) {
        if (i < 0 || i >= count) {
            throw new IndexOutOfBoundsException("field " + i + " of a record with " + count);
        }
        return fields[i];
    }

    /** The physical line (1-based) on which the current record starts. */
    public long line() {
        return recordLine;
    }

    /** Records read so far, the header included. */
    public long records() {
        return records;
    }

    /** Bytes consumed from the underlying stream so far (read ahead by up to a buffer). */
    public long bytesRead() {
        return counter.count;
    }

    /** The file name given at construction, for messages. */
    public String file() {
        return file;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    private void fill() throws IOException, InputFormatException {
        if (pos > 0) {
            System.arraycopy(buf, pos, buf, 0, limit - pos);
            limit -= pos;
            pos = 0;
        }
        if (limit == buf.length) {
            if (buf.length >= MAX_RECORD_CHARS) {
                throw InputFormatException.atLine(file, line, "a record longer than " + MAX_RECORD_CHARS
                        + " characters starts here (is a quote left open?)");
            }
            buf = Arrays.copyOf(buf, buf.length * 2);
        }
        try {
            int n = in.read(buf, limit, buf.length - limit);
            if (n < 0) {
                eof = true;
            } else {
                limit += n;
            }
        } catch (CharacterCodingException e) {
            throw InputFormatException.atLine(file, line, "the text at or after this line is not valid UTF-8");
        }
    }

    /** Parses one record from {@code pos}; returns its end, {@link #END} or {@link #NEED_MORE}. */
    private int parse() throws InputFormatException {
        final char[] b = buf;
        final int lim = limit;
        int p = pos;
        long lines = 0;
        while (true) {
            if (p >= lim) {
                return eof ? END : NEED_MORE;
            }
            char c = b[p];
            if (c == '\n') {
                p++;
                lines++;
            } else if (c == '\r') {
                if (p + 1 >= lim && !eof) {
                    return NEED_MORE;
                }
                p += p + 1 < lim && b[p + 1] == '\n' ? 2 : 1;
                lines++;
            } else {
                break;
            }
        }
        final long startLine = line + lines;
        int n = 0;
        while (true) {
            if (p < lim && b[p] == '"') {
                final long openLine = line + lines;
                int seg = ++p;
                StringBuilder sb = null;
                while (true) {
                    if (p >= lim) {
                        if (eof) {
                            throw InputFormatException.atLine(file, openLine, "a quoted field opened on this line is never closed");
                        }
                        return NEED_MORE;
                    }
                    char c = b[p];
                    if (c == '"') {
                        if (p + 1 >= lim && !eof) {
                            return NEED_MORE;
                        }
                        if (p + 1 < lim && b[p + 1] == '"') {
                            if (sb == null) {
                                sb = new StringBuilder(p - seg + 16);
                            }
                            sb.append(b, seg, p + 1 - seg);
                            p += 2;
                            seg = p;
                            continue;
                        }
                        String v = sb == null ? new String(b, seg, p - seg) : sb.append(b, seg, p - seg).toString();
                        set(n++, v);
                        p++;
                        break;
                    }
                    if (c == '\n') {
                        lines++;
                    } else if (c == '\r') {
                        if (p + 1 >= lim && !eof) {
                            return NEED_MORE;
                        }
                        if (p + 1 >= lim || b[p + 1] != '\n') {
                            lines++;
                        }
                    }
                    p++;
                }
                if (p >= lim) {
                    if (!eof) {
                        return NEED_MORE;
                    }
                    break;
                }
                char c = b[p];
                if (c == ',') {
                    p++;
                    continue;
                }
                if (c != '\n' && c != '\r') {
                    throw InputFormatException.atLine(file, line + lines, "field " + n + " has '" + c
                            + "' after its closing quote (a quote inside a quoted field must be doubled)");
                }
                break;
            }
            int start = p;
            while (p < lim) {
                char c = b[p];
                if (c == ',' || c == '\n' || c == '\r') {
                    break;
                }
                p++;
            }
            if (p >= lim && !eof) {
                return NEED_MORE;
            }
            set(n++, new String(b, start, p - start));
            if (p < lim && b[p] == ',') {
                p++;
                continue;
            }
            break;
        }
        if (p < lim) {
            if (b[p] == '\r') {
                if (p + 1 >= lim && !eof) {
                    return NEED_MORE;
                }
                p += p + 1 < lim && b[p + 1] == '\n' ? 2 : 1;
            } else {
                p++;
            }
            lines++;
        }
        count = n;
        recordLine = startLine;
        line += lines;
        pos = p;
        return p;
    }

    private void set(int i, String v) {
        if (i == fields.length) {
            fields = Arrays.copyOf(fields, fields.length * 2);
        }
        fields[i] = v;
    }

    /** Counts bytes for progress reports. */
    private static final class CountingStream extends FilterInputStream {
        long count;

        CountingStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count += n;
            }
            return n;
        }
    }
}
