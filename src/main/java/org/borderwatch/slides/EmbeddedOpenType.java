package org.borderwatch.slides;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * Wraps a TrueType font in an Embedded OpenType (EOT) header, the form PowerPoint keeps embedded
 * fonts in ({@code ppt/fonts/*.fntdata}): version 2.1, the font data neither compressed nor
 * obfuscated, the header's fields (PANOSE, weight, embedding rights, Unicode and code page ranges,
 * names) read from the font's own OS/2, head and name tables. Pure; see the W3C submission
 * "Embedded OpenType (EOT) File Format" (2008) for the layout.
 */
final class EmbeddedOpenType {
    private static final int VERSION_2_1 = 0x00020001;
    private static final int MAGIC = 0x504C;

    private EmbeddedOpenType() {
    }

    /** The EOT of TrueType font {@code ttf}. */
    static byte[] of(byte[] ttf) {
        ByteBuffer font = ByteBuffer.wrap(ttf).order(ByteOrder.BIG_ENDIAN);
        int os2 = table(font, "OS/2");
        int head = table(font, "head");
        int name = table(font, "name");
        byte[] family = name(font, name, 1);
        byte[] style = name(font, name, 2);
        byte[] version = name(font, name, 5);
        byte[] full = name(font, name, 4);

        ByteArrayOutputStream header = new ByteArrayOutputStream(256);
        ByteBuffer b = ByteBuffer.allocate(82).order(ByteOrder.LITTLE_ENDIAN);
        b.putInt(0); // EOTSize, written below
        b.putInt(ttf.length);
        b.putInt(VERSION_2_1);
        b.putInt(0); // flags: not compressed, not obfuscated
        for (int i = 0; i < 10; i++) {
            b.put(font.get(os2 + 32 + i)); // PANOSE
        }
        b.put((byte) 1); // charset: DEFAULT_CHARSET
        b.put((byte) ((font.getShort(os2 + 62) & 1) != 0 ? 1 : 0)); // italic, from fsSelection
        b.putInt(font.getShort(os2 + 4) & 0xFFFF); // usWeightClass
        b.putShort(font.getShort(os2 + 8)); // fsType: embedding rights
        b.putShort((short) MAGIC);
        for (int i = 0; i < 4; i++) {
            b.putInt(font.getInt(os2 + 42 + 4 * i)); // ulUnicodeRange1..4
        }
        boolean codePages = (font.getShort(os2) & 0xFFFF) >= 1;
        b.putInt(codePages ? font.getInt(os2 + 78) : 0);
        b.putInt(codePages ? font.getInt(os2 + 82) : 0);
        b.putInt(font.getInt(head + 8)); // checkSumAdjustment
        header.write(b.array(), 0, b.position());
        ByteBuffer reserved = ByteBuffer.allocate(16).order(ByteOrder.LITTLE_ENDIAN);
        header.write(reserved.array(), 0, 16);
        for (byte[] n : new byte[][] {family, style, version, full}) {
            writeName(header, n);
        }
        writeName(header, new byte[0]); // root string: none, any document may use the font
        byte[] head1 = header.toByteArray();
        ByteBuffer out = ByteBuffer.allocate(head1.length + ttf.length).order(ByteOrder.LITTLE_ENDIAN);
        out.put(head1).put(ttf);
        out.putInt(0, out.capacity());
        return out.array();
    }

    /** Padding (0), the size in bytes, then the UTF-16LE bytes of a name. */
    private static void writeName(ByteArrayOutputStream out, byte[] utf16le) {
        ByteBuffer b = ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN);
        b.putShort((short) 0);
        b.putShort((short) utf16le.length);
        out.write(b.array(), 0, 4);
        out.write(utf16le, 0, utf16le.length);
    }

    /** The offset of table {@code tag} in the font. */
    private static int table(ByteBuffer font, String tag) {
        int count = font.getShort(4) & 0xFFFF;
        for (int i = 0; i < count; i++) {
            int record = 12 + 16 * i;
            byte[] t = new byte[4];
            for (int k = 0; k < 4; k++) {
                t[k] = font.get(record + k);
            }
            if (new String(t, StandardCharsets.US_ASCII).equals(tag)) {
                return font.getInt(record + 8);
            }
        }
        throw new IllegalArgumentException("not a TrueType font with a '" + tag + "' table");
    }

    /** Name {@code id} of the name table (Windows, Unicode BMP) as UTF-16LE bytes; empty when absent. */
    private static byte[] name(ByteBuffer font, int table, int id) {
        int count = font.getShort(table + 2) & 0xFFFF;
        int strings = table + (font.getShort(table + 4) & 0xFFFF);
        for (int i = 0; i < count; i++) {
            int r = table + 6 + 12 * i;
            int platform = font.getShort(r) & 0xFFFF;
            int encoding = font.getShort(r + 2) & 0xFFFF;
            int language = font.getShort(r + 4) & 0xFFFF;
            if (platform == 3 && encoding == 1 && language == 0x409 && (font.getShort(r + 6) & 0xFFFF) == id) {
                int length = font.getShort(r + 8) & 0xFFFF;
                int offset = strings + (font.getShort(r + 10) & 0xFFFF);
                byte[] le = new byte[length];
                for (int k = 0; k + 1 < length; k += 2) {
                    le[k] = font.get(offset + k + 1);
                    le[k + 1] = font.get(offset + k);
                }
                return le;
            }
        }
        return new byte[0];
    }
}
