package org.borderwatch.cli;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;

/**
 * What the command line prints is shown, never obeyed: a title imported from a file may hold
 * escape sequences (colours, a moved cursor, a changed window title), a bell, a carriage return
 * that overwrites the line, or a right-to-left override that reverses what follows. Such
 * characters are written as {@code \}{@code u} and four hex digits, which is also how JSON writes them, so JSON
 * output stays valid and means the same. Line feeds and tabs pass. The store keeps the text as it
 * was given; only its display is escaped.
 *
 * <p>Escaped: C0 controls but LF and TAB, DEL, C1 controls (U+0080–U+009F), the bidirectional
 * marks, embeddings, overrides and isolates (U+061C, U+200E, U+200F, U+202A–U+202E,
 * U+2066–U+2069) and the line and paragraph separators U+2028, U+2029. Thread-safe: no state.
 */
final class TerminalText {
    private TerminalText() {
    }

    /** Whether {@code c} must not reach a terminal as it is. */
    static boolean unsafe(char c) {
        return c < 0x20 && c != '\n' && c != '\t'
                || c >= 0x7F && c <= 0x9F
                || c == 0x061C || c == 0x200E || c == 0x200F
                || c >= 0x202A && c <= 0x202E
                || c >= 0x2066 && c <= 0x2069
                || c == 0x2028 || c == 0x2029;
    }

    /** {@code s} with every unsafe character written as {@code \}{@code u} and four hex digits. */
    static String escape(String s) {
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (unsafe(c)) {
                if (sb == null) {
                    sb = new StringBuilder(s.length() + 16).append(s, 0, i);
                }
                sb.append(String.format("\\u%04X", (int) c));
            } else if (sb != null) {
                sb.append(c);
            }
        }
        return sb == null ? s : sb.toString();
    }

    /** One cell of a table or one line of a message: line feeds and tabs escaped too. */
    static String oneLine(String s) {
        return escape(s).replace("\n", "\\u000A").replace("\t", "\\u0009");
    }

    /** A writer that escapes what passes through it (see the class comment). */
    static Writer filter(Writer out) {
        return new FilterWriter(out) {
            @Override
            public void write(int c) throws IOException {
                if (unsafe((char) c)) {
                    out.write(String.format("\\u%04X", c));
                } else {
                    out.write(c);
                }
            }

            @Override
            public void write(char[] cbuf, int off, int len) throws IOException {
                write(new String(cbuf, off, len), 0, len);
            }

            @Override
            public void write(String str, int off, int len) throws IOException {
                String part = str.substring(off, off + len);
                String safe = escape(part);
                out.write(safe, 0, safe.length());
            }
        };
    }
}
