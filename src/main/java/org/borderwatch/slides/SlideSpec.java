package org.borderwatch.slides;

import java.time.LocalDate;
import org.borderwatch.domain.TimeWindow;
import org.borderwatch.render.ViewPreset;

/**
 * Everything a person chooses about one slide, independent of any surface: what the composer
 * dialog edits, what the command line builds from its options, what a deck varies step by step.
 * Immutable; the {@code with…} methods return changed copies.
 *
 * @param title    the slide title, one line, 1–{@value #MAX_TITLE} characters
 * @param subtitle a second line under the title; empty for none
 * @param date     the day whose situation the slide shows
 * @param window   which events belong to that day's situation
 * @param extent   the part of the map shown
 * @param size     page size (16:9, 4:3, A4, A3 or any pixel size)
 * @param dpi      resolution of a PNG of a print size, 36–1200 (screen sizes ignore it)
 * @param parts    which parts are shown
 * @param banner   the handling banner at top and bottom, or {@link Banner#NONE}
 */
public record SlideSpec(String title, String subtitle, LocalDate date, TimeWindow window, SlideExtent extent,
                        SlideSize size, int dpi, SlideParts parts, Banner banner) {
    /** Longest title, in characters. */
    public static final int MAX_TITLE = 200;
    /** Resolution used for print PNGs unless the user picks another. */
    public static final int DEFAULT_DPI = 200;

    public SlideSpec {
        title = title == null ? "" : title.strip();
        if (title.isEmpty()) {
            throw new IllegalArgumentException("a slide needs a title");
        }
        if (title.length() > MAX_TITLE) {
            throw new IllegalArgumentException("a title holds at most " + MAX_TITLE + " characters, not " + title.length());
        }
        if (title.indexOf('\n') >= 0 || title.indexOf('\r') >= 0) {
            throw new IllegalArgumentException("a title is one line of text");
        }
        subtitle = subtitle == null ? "" : subtitle.strip();
        if (subtitle.length() > MAX_TITLE) {
            throw new IllegalArgumentException("a subtitle holds at most " + MAX_TITLE + " characters, not " + subtitle.length());
        }
        if (date == null) {
            throw new IllegalArgumentException("a slide needs a date");
        }
        window = window == null ? TimeWindow.DEFAULT : window;
        if (extent == null) {
            throw new IllegalArgumentException("a slide needs an extent");
        }
        size = size == null ? SlideSize.WIDE : size;
        if (dpi < 36 || dpi > 1200) {
            throw new IllegalArgumentException("resolution must be 36…1200 dpi, not " + dpi);
        }
        parts = parts == null ? SlideParts.DEFAULT : parts;
        banner = banner == null ? Banner.NONE : banner;
    }

    /** A 16:9 slide of a preset view with the default parts, window and no banner. */
    public static SlideSpec of(String title, LocalDate date, ViewPreset view) {
        return new SlideSpec(title, "", date, TimeWindow.DEFAULT, SlideExtent.of(view), SlideSize.WIDE, DEFAULT_DPI,
                SlideParts.DEFAULT, Banner.NONE);
    }

    public SlideSpec withTitle(String t) {
        return new SlideSpec(t, subtitle, date, window, extent, size, dpi, parts, banner);
    }

    public SlideSpec withSubtitle(String s) {
        return new SlideSpec(title, s, date, window, extent, size, dpi, parts, banner);
    }

    public SlideSpec withDate(LocalDate d) {
        return new SlideSpec(title, subtitle, d, window, extent, size, dpi, parts, banner);
    }

    public SlideSpec withWindow(TimeWindow w) {
        return new SlideSpec(title, subtitle, date, w, extent, size, dpi, parts, banner);
    }

    public SlideSpec withExtent(SlideExtent e) {
        return new SlideSpec(title, subtitle, date, window, e, size, dpi, parts, banner);
    }

    public SlideSpec withSize(SlideSize s) {
        return new SlideSpec(title, subtitle, date, window, extent, s, dpi, parts, banner);
    }

    public SlideSpec withDpi(int d) {
        return new SlideSpec(title, subtitle, date, window, extent, size, d, parts, banner);
    }

    public SlideSpec withParts(SlideParts p) {
        return new SlideSpec(title, subtitle, date, window, extent, size, dpi, p, banner);
    }

    public SlideSpec withBanner(Banner b) {
        return new SlideSpec(title, subtitle, date, window, extent, size, dpi, parts, b);
    }
}
