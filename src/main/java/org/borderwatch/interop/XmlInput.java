package org.borderwatch.interop;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The characters of an XML file, decoded here rather than by the XML parser: in the encoding its
 * byte order mark or its declaration ({@code <?xml … encoding="ISO-8859-1"?>}) names, UTF-8
 * otherwise, strictly — a byte sequence that is not valid in that encoding (a Latin-1 file
 * without a declaration, an unpaired surrogate in UTF-16) stops the reading with the line and
 * column where it occurs and the bytes themselves. The JDK's parser, decoding itself, reports such
 * a file with a bare "[Fatal Error] :-1:-1" line on standard error before its exception. Not
 * thread-safe.
 */
final class XmlInput {
    private static final Pattern DECLARED = Pattern.compile("^<\\?xml[^>]*?encoding\\s*=\\s*[\"']([A-Za-z0-9._:-]+)[\"']");

    private XmlInput() {
    }

    /** Bytes that are not text in the file's encoding, with where they are. */
    static final class MalformedText extends IOException {
        private static final long serialVersionUID = 1L;
        private final long line;
        private final long column;

        MalformedText(long line, long column, String reason) {
            super(reason);
            this.line = line;
            this.column = column;
        }

        /** "2:17", as the readers write a place. */
        String place() {
            return line + ":" + column;
        }
    }

    /**
     * The characters of {@code in} (not closed by the reader's {@code close}).
     *
     * @throws InputFormatException when the declared encoding is unknown to Java
     */
    static Reader open(InputStream in, String file) throws IOException, InputFormatException {
        BufferedInputStream b = new BufferedInputStream(in, 1 << 16);
        b.mark(512);
        byte[] head = b.readNBytes(400);
        b.reset();
        Charset charset = StandardCharsets.UTF_8;
        int skip = 0;
        if (starts(head, 0xEF, 0xBB, 0xBF)) {
            skip = 3;
        } else if (starts(head, 0xFE, 0xFF)) {
            charset = StandardCharsets.UTF_16BE;
            skip = 2;
        } else if (starts(head, 0xFF, 0xFE)) {
            charset = StandardCharsets.UTF_16LE;
            skip = 2;
        } else if (starts(head, 0x00, '<', 0x00, '?')) {
            charset = StandardCharsets.UTF_16BE;
        } else if (starts(head, '<', 0x00, '?', 0x00)) {
            charset = StandardCharsets.UTF_16LE;
        } else {
            Matcher m = DECLARED.matcher(new String(head, StandardCharsets.ISO_8859_1));
            if (m.find()) {
                String name = m.group(1);
                try {
                    charset = Charset.forName(name);
                } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
                    throw new InputFormatException(file, "1:1", "the declared encoding '" + name + "' is not one this computer knows");
                }
                if (name.toUpperCase(Locale.ROOT).startsWith("UTF-16")) {
                    throw new InputFormatException(file, "1:1", "the file declares " + name + " but has no byte order mark");
                }
            }
        }
        b.skipNBytes(skip);
        return new Strict(b, charset);
    }

    private static boolean starts(byte[] b, int... prefix) {
        if (b.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((b[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** A decoder that reports, rather than replaces, what is not text, with the place. */
    private static final class Strict extends Reader {
        private final InputStream in;
        private final Charset charset;
        private final CharsetDecoder decoder;
        private final ByteBuffer bytes = ByteBuffer.allocate(1 << 15);
        private boolean eof;
        private long line = 1;
        private long column = 1;
        private boolean lastWasCr;

        Strict(InputStream in, Charset charset) {
            this.in = in;
            this.charset = charset;
            this.decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
            bytes.flip();
        }

        @Override
        public int read(char[] cbuf, int off, int len) throws IOException {
            if (len == 0) {
                return 0;
            }
            CharBuffer out = CharBuffer.wrap(cbuf, off, len);
            while (out.position() == off) {
                CoderResult r = decoder.decode(bytes, out, eof);
                if (r.isError()) {
                    count(cbuf, off, out.position());
                    throw malformed(r.length());
                }
                if (out.position() > off) {
                    break;
                }
                if (eof) {
                    if (decoder.flush(out).isOverflow() || out.position() > off) {
                        break;
                    }
                    return -1;
                }
                bytes.compact();
                int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
                if (n < 0) {
                    eof = true;
                } else {
                    bytes.position(bytes.position() + n);
                }
                bytes.flip();
            }
            count(cbuf, off, out.position());
            return out.position() - off;
        }

        private void count(char[] c, int from, int to) {
            for (int i = from; i < to; i++) {
                char ch = c[i];
                if (ch == '\n' && lastWasCr) {
                    lastWasCr = false;
                    continue;
                }
                lastWasCr = ch == '\r';
                if (ch == '\n' || ch == '\r') {
                    line++;
                    column = 1;
                } else if (!Character.isLowSurrogate(ch)) {
                    column++;
                }
            }
        }

        private MalformedText malformed(int length) {
            StringBuilder hex = new StringBuilder();
            for (int i = 0; i < length && bytes.position() + i < bytes.limit(); i++) {
                hex.append(i == 0 ? "" : " ").append(String.format("0x%02X", bytes.get(bytes.position() + i)));
            }
            String what = charset == StandardCharsets.UTF_8
                    ? "the bytes " + hex + " are not UTF-8 (save the file as UTF-8, or declare its encoding, e.g. "
                            + "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>)"
                    : "the bytes " + hex + " are not valid " + charset.name()
                            + (charset.name().startsWith("UTF-16") ? " (an unpaired surrogate)" : "");
            return new MalformedText(line, column, what);
        }

        @Override
        public void close() {
            // the caller closes the stream it opened
        }
    }
}
