package org.borderwatch.slides;

import java.util.List;
import java.util.Locale;

/**
 * The page of a slide. Screen sizes are defined in pixels and map to paper at 96 px per inch (the
 * CSS pixel); print sizes are defined in millimetres and become pixels at a chosen resolution.
 * Either way a slide has one <em>canvas</em> in pixels at 96 dpi (what SVG and PDF are laid out
 * on) and a PDF page in points (1/72 inch).
 *
 * @param code     short name for files and the command line ({@code 16x9}, {@code 4x3}, {@code a4}, {@code a3}, or {@code WxH})
 * @param label    for people ("16:9 (1920 × 1080)")
 * @param widthPx  canvas width in pixels at 96 dpi, ≥ 16
 * @param heightPx canvas height in pixels at 96 dpi, ≥ 16
 * @param widthMm  page width in millimetres (exact for paper; the canvas at 96 dpi for screens)
 * @param heightMm page height in millimetres
 * @param print    true for paper sizes (a PNG is then made at a resolution in dpi)
 */
public record SlideSize(String code, String label, int widthPx, int heightPx, double widthMm, double heightMm,
                        boolean print) {
    /** The CSS pixel: 96 per inch. */
    public static final double CANVAS_DPI = 96;
    /** Largest raster edge any writer makes, in pixels. */
    public static final int MAX_PIXELS = 16384;

    /** Projectors and screens: 16:9, 1920 × 1080. The default. */
    public static final SlideSize WIDE = screen("16x9", "16:9 (1920 × 1080)", 1920, 1080);
    /** Older projectors: 4:3, 1440 × 1080. */
    public static final SlideSize STANDARD = screen("4x3", "4:3 (1440 × 1080)", 1440, 1080);
    /** A4 landscape, 297 × 210 mm. */
    public static final SlideSize A4_LANDSCAPE = paper("a4", "A4 landscape", 297, 210);
    /** A3 landscape, 420 × 297 mm. */
    public static final SlideSize A3_LANDSCAPE = paper("a3", "A3 landscape", 420, 297);

    /** The presets a composer offers, in menu order. */
    public static final List<SlideSize> PRESETS = List.of(WIDE, STANDARD, A4_LANDSCAPE, A3_LANDSCAPE);

    public SlideSize {
        if (code == null || code.isBlank() || label == null || label.isBlank()) {
            throw new IllegalArgumentException("a slide size needs a code and a label");
        }
        if (widthPx < 16 || heightPx < 16 || widthPx > MAX_PIXELS || heightPx > MAX_PIXELS) {
            throw new IllegalArgumentException("slide size must be 16…" + MAX_PIXELS + " pixels a side, not "
                    + widthPx + "×" + heightPx);
        }
        if (!(widthMm > 0 && heightMm > 0)) {
            throw new IllegalArgumentException("page size must be positive, not " + widthMm + " × " + heightMm + " mm");
        }
    }

    /** A screen size of any pixel dimensions (e.g. 3840 × 2160 for a 4K wall). */
    public static SlideSize pixels(int width, int height) {
        if (width == 1920 && height == 1080) {
            return WIDE;
        }
        if (width == 1440 && height == 1080) {
            return STANDARD;
        }
        return screen(width + "x" + height, width + " × " + height + " px", width, height);
    }

    private static SlideSize screen(String code, String label, int width, int height) {
        return new SlideSize(code, label, width, height, width / CANVAS_DPI * 25.4, height / CANVAS_DPI * 25.4, false);
    }

    private static SlideSize paper(String code, String label, double widthMm, double heightMm) {
        return new SlideSize(code, label + " (" + (int) widthMm + " × " + (int) heightMm + " mm)",
                (int) Math.round(widthMm / 25.4 * CANVAS_DPI), (int) Math.round(heightMm / 25.4 * CANVAS_DPI),
                widthMm, heightMm, true);
    }

    /** A preset by code ({@code 16x9}, {@code 4x3}, {@code a4}, {@code a3}), case-insensitive. */
    public static SlideSize parse(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT).replace(':', 'x');
        for (SlideSize s : PRESETS) {
            if (s.code.equals(t)) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown slide size '" + text + "' (expected 16x9, 4x3, a4 or a3)");
    }

    /** Page width in PDF points (1/72 inch). */
    public double widthPt() {
        return widthMm / 25.4 * 72;
    }

    /** Page height in PDF points (1/72 inch). */
    public double heightPt() {
        return heightMm / 25.4 * 72;
    }

    /** Raster width at {@code dpi} (for print sizes; a screen size is its canvas at 96 dpi). */
    public int widthAt(int dpi) {
        return rasterEdge(widthPx, dpi);
    }

    /** Raster height at {@code dpi}. */
    public int heightAt(int dpi) {
        return rasterEdge(heightPx, dpi);
    }

    private static int rasterEdge(int canvasPx, int dpi) {
        if (dpi < 36 || dpi > 1200) {
            throw new IllegalArgumentException("resolution must be 36…1200 dpi, not " + dpi);
        }
        long px = Math.round(canvasPx * (double) dpi / CANVAS_DPI);
        if (px > MAX_PIXELS) {
            throw new IllegalArgumentException(dpi + " dpi gives " + px + " pixels, more than " + MAX_PIXELS);
        }
        return (int) px;
    }
}
