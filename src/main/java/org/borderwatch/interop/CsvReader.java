package org.borderwatch.interop;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A streaming RFC 4180 CSV reader built for large files: it scans the UTF-8 bytes by hand (no
 * regular expression, no {@code Reader}), checks them as it goes, notes where each field lies and
 * makes a {@code String} of a field only when asked for it; it knows the physical line on which
 * each record starts.
 *
 * <p>Accepted: fields separated by commas; fields in double quotes holding commas, line breaks
 * and doubled quotes ({@code ""}); records ended by LF, CRLF or a lone CR; the last record with
 * or without a line break; UTF-8 with or without a byte order mark. Empty lines are skipped.
 * A quote inside an unquoted field is kept as a character. Refused, with the line: bytes that are
 * not UTF-8 (as strictly as Java's decoder: no overlong forms, no surrogates, nothing above
 * U+10FFFF), a character after a closing quote other than a comma or line break, a quoted field
 * never closed, and a record longer than {@value #MAX_RECORD_CHARS} characters.
 *
 * <p>Not thread-safe: one thread reads one file.
 */
public final class CsvReader implements Closeable {
    /** The longest record accepted, in chars: beyond it a quote was almost surely left open. */
    public static final int MAX_RECORD_CHARS = 16 << 20;
    private static final int NEED_MORE = -2;
    private static final int END = -1;
    /** A record of {@link #MAX_RECORD_CHARS} chars takes at most three bytes per char. */
    private static final int MAX_BUFFER = 3 * MAX_RECORD_CHARS + 8;
    /** Bytes kept ahead of the next record when the input allows (the buffer holds four times as many). */
    private static final int READ_AHEAD = 1 << 16;
    /** Field flag: quoted with doubled quotes inside, to be undoubled. */
    private static final byte ESCAPED = 1;
    /** Field flag: holds bytes above 0x7F. */
    private static final byte WIDE = 2;
    /** Field flag: holds a carriage return (only a quoted field can). */
    private static final byte CR = 4;
    /** Bytes that end the run of plain bytes of an unquoted field: comma, CR, LF and all above 0x7F. */
    private static final boolean[] STOP_PLAIN = new boolean[256];
    /** Bytes that end the run of plain bytes of a quoted field: quote, CR, LF and all above 0x7F. */
    private static final boolean[] STOP_QUOTED = new boolean[256];

    static {
        for (int i = 0x80; i < 256; i++) {
            STOP_PLAIN[i] = true;
            STOP_QUOTED[i] = true;
        }
        STOP_PLAIN[','] = true;
        STOP_PLAIN['\n'] = true;
        STOP_PLAIN['\r'] = true;
        STOP_QUOTED['"'] = true;
        STOP_QUOTED['\n'] = true;
        STOP_QUOTED['\r'] = true;
    }


    private final InputStream in;
    private final String file;
    private final SharedStrings shared = new SharedStrings();
    private byte[] buf = new byte[1 << 18];
    private int pos;
    private int limit;
    private boolean eof;
    private boolean started;
    private long line = 1;
    private long recordLine;
    private long records;
    private long bytesRead;
    private int[] starts = new int[32];
    private int[] ends = new int[32];
    private byte[] flags = new byte[32];
    private String[] strings = new String[32];
    private int count;
    /** Line breaks met so far in the record being parsed. */
    private long lines;

    /**
     * Reads UTF-8 (a leading byte order mark is skipped) from {@code in}, which this reader closes.
     *
     * @param file the file name used in error messages
     */
    public CsvReader(InputStream in, String file) {
        this.in = in;
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
            while (limit < 3 && !eof) {
                fill();
            }
            if (limit >= 3 && buf[0] == (byte) 0xEF && buf[1] == (byte) 0xBB && buf[2] == (byte) 0xBF) {
                pos = 3;
            }
        }
        Arrays.fill(strings, 0, count, null);
        if (!eof && limit - pos < READ_AHEAD) {
            // keep a good stretch ahead, so that records seldom run past the end of the buffer
            fill();
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
        String s = strings[i];
        if (s == null) {
            s = (flags[i] & ESCAPED) != 0 ? unescape(i) : text(buf, starts[i], ends[i], flags[i]);
            strings[i] = s;
        }
        return s;
    }

    /** Field {@code i} without leading and trailing chars up to U+0020, as {@link String#trim()}. */
    String trimmed(int i) {
        if (i < 0 || i >= count || (flags[i] & ESCAPED) != 0) {
            return field(i).trim();
        }
        byte[] b = buf;
        int s = starts[i];
        int e = ends[i];
        while (s < e && b[s] >= 0 && b[s] <= ' ') {
            s++;
        }
        while (e > s && b[e - 1] >= 0 && b[e - 1] <= ' ') {
            e--;
        }
        return s == starts[i] && e == ends[i] ? field(i) : text(b, s, e, flags[i]);
    }

    /**
     * As {@link #trimmed(int)}, but the same text read twice in one file gives the same
     * {@code String} (for values that repeat from row to row, such as type and place names).
     */
    String trimmedShared(int i) {
        if (i < 0 || i >= count || (flags[i] & ESCAPED) != 0) {
            return field(i).trim();
        }
        byte[] b = buf;
        int s = starts[i];
        int e = ends[i];
        while (s < e && b[s] >= 0 && b[s] <= ' ') {
            s++;
        }
        while (e > s && b[e - 1] >= 0 && b[e - 1] <= ' ') {
            e--;
        }
        return s == e ? "" : shared.get(b, s, e, (flags[i] & WIDE) != 0);
    }

    /** True when field {@code i} holds a carriage return. */
    boolean hasCarriageReturn(int i) {
        return (flags[i] & CR) != 0;
    }

    /** True when field {@code i} lies in {@link #buffer()} as written (no doubled quotes to undo). */
    boolean plain(int i) {
        return (flags[i] & ESCAPED) == 0;
    }

    /** The bytes of the current record; valid until {@link #next()}. */
    byte[] buffer() {
        return buf;
    }

    /** Where field {@code i} starts in {@link #buffer()}. */
    int start(int i) {
        return starts[i];
    }

    /** Where field {@code i} ends (exclusive) in {@link #buffer()}. */
    int end(int i) {
        return ends[i];
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
        return bytesRead;
    }

    /** The file name given at construction, for messages. */
    public String file() {
        return file;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    /** The text of {@code b[s, e)}, of a field with flags {@code flag}. */
    private static String text(byte[] b, int s, int e, byte flag) {
        if (s == e) {
            return "";
        }
        return (flag & WIDE) != 0 ? new String(b, s, e - s, StandardCharsets.UTF_8)
                : new String(b, s, e - s, StandardCharsets.ISO_8859_1);
    }

    /** The text of the quoted field {@code i}, its doubled quotes made single. */
    private String unescape(int i) {
        byte[] b = buf;
        int s = starts[i];
        int e = ends[i];
        byte[] out = new byte[e - s];
        int n = 0;
        int seg = s;
        for (int p = s; p < e; p++) {
            if (b[p] == '"') {
                // a doubled quote: keep the first, drop the second
                System.arraycopy(b, seg, out, n, p + 1 - seg);
                n += p + 1 - seg;
                p++;
                seg = p + 1;
            }
        }
        System.arraycopy(b, seg, out, n, e - seg);
        n += e - seg;
        return text(out, 0, n, flags[i]);
    }

    private void fill() throws IOException, InputFormatException {
        if (pos > 0) {
            System.arraycopy(buf, pos, buf, 0, limit - pos);
            limit -= pos;
            pos = 0;
        }
        if (limit == buf.length) {
            if (buf.length >= MAX_RECORD_CHARS && chars(buf, limit) >= MAX_RECORD_CHARS) {
                throw InputFormatException.atLine(file, line, "a record longer than " + MAX_RECORD_CHARS
                        + " characters starts here (is a quote left open?)");
            }
            buf = Arrays.copyOf(buf, (int) Math.min((long) buf.length * 2, MAX_BUFFER));
        }
        int n = in.read(buf, limit, buf.length - limit);
        if (n < 0) {
            eof = true;
        } else {
            limit += n;
            bytesRead += n;
        }
    }

    /** Chars (UTF-16 units) the first {@code n} bytes of {@code b} decode to. */
    private static long chars(byte[] b, int n) {
        long c = 0;
        for (int i = 0; i < n; i++) {
            int v = b[i] & 0xFF;
            if ((v & 0xC0) != 0x80) {
                c += v >= 0xF0 ? 2 : 1;
            }
        }
        return c;
    }

    /** Parses one record from {@code pos}; returns its end, {@link #END} or {@link #NEED_MORE}. */
    private int parse() throws InputFormatException {
        final byte[] b = buf;
        final int lim = limit;
        int p = pos;
        lines = 0;
        while (true) {
            if (p >= lim) {
                return eof ? END : NEED_MORE;
            }
            byte c = b[p];
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
            if (n == starts.length) {
                grow();
            }
            if (p < lim && b[p] == '"') {
                final long openLine = line + lines;
                int close = quoted(b, p + 1, lim, n);
                if (close < 0) {
                    if (eof) {
                        throw InputFormatException.atLine(file, openLine,
                                "a quoted field opened on this line is never closed");
                    }
                    return NEED_MORE;
                }
                n++;
                p = close + 1;
                if (p >= lim) {
                    if (!eof) {
                        return NEED_MORE;
                    }
                    break;
                }
                byte c = b[p];
                if (c == ',') {
                    p++;
                    continue;
                }
                if (c != '\n' && c != '\r') {
                    char after = charAt(b, p, lim, line + lines);
                    throw InputFormatException.atLine(file, line + lines, "field " + n + " has '" + after
                            + "' after its closing quote (a quote inside a quoted field must be doubled)");
                }
                break;
            }
            p = unquoted(b, p, lim, n);
            if (p < 0) {
                return NEED_MORE;
            }
            n++;
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

    /**
     * Scans the quoted field {@code n} whose text starts at {@code p}, counting its line breaks.
     *
     * @return the position of its closing quote, or −1 when the buffer ends first
     */
    private int quoted(byte[] b, int p, int lim, int n) throws InputFormatException {
        final int start = p;
        byte flag = 0;
        while (true) {
            p = skip(b, p, lim, STOP_QUOTED);
            if (p >= lim) {
                return -1;
            }
            byte c = b[p];
            if (c == '"') {
                if (p + 1 >= lim && !eof) {
                    return -1;
                }
                if (p + 1 < lim && b[p + 1] == '"') {
                    flag |= ESCAPED;
                    p += 2;
                    continue;
                }
                break;
            }
            if (c == '\n') {
                lines++;
                p++;
            } else if (c == '\r') {
                if (p + 1 >= lim && !eof) {
                    return -1;
                }
                if (p + 1 >= lim || b[p + 1] != '\n') {
                    lines++;
                }
                flag |= CR;
                p++;
            } else {
                int len = utf8(b, p, lim, line + lines);
                if (len == 0) {
                    return -1;
                }
                flag |= WIDE;
                p += len;
            }
        }
        starts[n] = start;
        ends[n] = p;
        flags[n] = flag;
        return p;
    }

    /**
     * Scans the unquoted field {@code n} that starts at {@code p}.
     *
     * @return the position after it (of its comma or line break, or the end of the input), or −1
     *         when the buffer ends first
     */
    private int unquoted(byte[] b, int p, int lim, int n) throws InputFormatException {
        final int start = p;
        byte flag = 0;
        while (true) {
            p = skip(b, p, lim, STOP_PLAIN);
            if (p < lim && b[p] < 0) {
                int len = utf8(b, p, lim, line + lines);
                if (len == 0) {
                    return -1;
                }
                flag |= WIDE;
                p += len;
                continue;
            }
            break;
        }
        if (p >= lim && !eof) {
            return -1;
        }
        starts[n] = start;
        ends[n] = p;
        flags[n] = flag;
        return p;
    }

    /** The first position from {@code p} whose byte is in {@code stop}, or {@code lim}. */
    private static int skip(byte[] b, int p, int lim, boolean[] stop) {
        while (p < lim && !stop[b[p] & 0xFF]) {
            p++;
        }
        return p;
    }

    /**
     * Checks the UTF-8 sequence that starts with the byte above 0x7F at {@code p}.
     *
     * @return its length in bytes, or 0 when it runs past {@code lim} before the end of the input
     * @throws InputFormatException when it is not UTF-8
     */
    private int utf8(byte[] b, int p, int lim, long at) throws InputFormatException {
        int b0 = b[p] & 0xFF;
        int len;
        int min2;
        int max2;
        if (b0 >= 0xC2 && b0 <= 0xDF) {
            len = 2;
            min2 = 0x80;
            max2 = 0xBF;
        } else if (b0 >= 0xE0 && b0 <= 0xEF) {
            len = 3;
            min2 = b0 == 0xE0 ? 0xA0 : 0x80;
            max2 = b0 == 0xED ? 0x9F : 0xBF;
        } else if (b0 >= 0xF0 && b0 <= 0xF4) {
            len = 4;
            min2 = b0 == 0xF0 ? 0x90 : 0x80;
            max2 = b0 == 0xF4 ? 0x8F : 0xBF;
        } else {
            throw notUtf8(at);
        }
        for (int k = 1; k < len; k++) {
            if (p + k >= lim) {
                if (!eof) {
                    return 0;
                }
                throw notUtf8(at);
            }
            int v = b[p + k] & 0xFF;
            if (k == 1 ? v < min2 || v > max2 : (v & 0xC0) != 0x80) {
                throw notUtf8(at);
            }
        }
        return len;
    }

    /** The char at {@code p} for a message (the first of a pair for a supplementary character). */
    private char charAt(byte[] b, int p, int lim, long at) throws InputFormatException {
        if (b[p] >= 0) {
            return (char) b[p];
        }
        int len = utf8(b, p, lim, at);
        return len == 0 ? '\uFFFD' : new String(b, p, len, StandardCharsets.UTF_8).charAt(0);
    }

    private InputFormatException notUtf8(long at) {
        return InputFormatException.atLine(file, at, "the text at or after this line is not valid UTF-8");
    }

    private void grow() {
        int n = starts.length * 2;
        starts = Arrays.copyOf(starts, n);
        ends = Arrays.copyOf(ends, n);
        flags = Arrays.copyOf(flags, n);
        strings = Arrays.copyOf(strings, n);
    }
}
