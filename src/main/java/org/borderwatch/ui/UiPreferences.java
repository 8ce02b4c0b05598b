package org.borderwatch.ui;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.prefs.Preferences;
import org.borderwatch.domain.DateText;
import org.borderwatch.domain.TimeWindow;
import org.borderwatch.render.Viewport;

/**
 * What the window remembers between runs: its size, the map view, the timeline day, the
 * event window and the timeline's visible span. Stored with
 * {@link Preferences} under {@code org/borderwatch} (tests use their own node).
 */
public final class UiPreferences {
    private final Preferences node;

    public UiPreferences(Preferences node) {
        this.node = node;
    }

    /** The user's node, or a throwaway one while tests run ({@code -Dborderwatch.test=true}). */
    public static UiPreferences user() {
        String name = Boolean.getBoolean("borderwatch.test") ? "org/borderwatch-test" : "org/borderwatch";
        return new UiPreferences(Preferences.userRoot().node(name));
    }

    public Preferences node() {
        return node;
    }

    /** True once a window size was remembered. */
    public boolean hasWindowSize() {
        return node.getDouble("window.width", -1) > 0;
    }

    public double windowWidth() {
        return node.getDouble("window.width", 1400);
    }

    public double windowHeight() {
        return node.getDouble("window.height", 900);
    }

    public void saveWindow(double w, double h) {
        node.putDouble("window.width", w);
        node.putDouble("window.height", h);
    }

    /** Whether the window was maximized when it closed. */
    public boolean windowMaximized() {
        return node.getBoolean("window.maximized", false);
    }

    public void saveWindowMaximized(boolean maximized) {
        node.putBoolean("window.maximized", maximized);
    }

    /** The remembered view centre and scale, or {@code null}; its size is the caller's. */
    public Viewport view(int width, int height) {
        double mpp = node.getDouble("view.mpp", -1);
        if (mpp <= 0) {
            return null;
        }
        return new Viewport(node.getDouble("view.x", 0), node.getDouble("view.y", 0), mpp, width, height);
    }

    public void saveView(Viewport v) {
        node.putDouble("view.x", v.centerX());
        node.putDouble("view.y", v.centerY());
        node.putDouble("view.mpp", v.metresPerPixel());
    }

    /** The remembered timeline day, or {@code null} (also when the stored text is not a date). */
    public LocalDate date() {
        try {
            String s = node.get("timeline.date", null);
            return s == null ? null : LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    public void saveDate(LocalDate d) {
        if (d != null) {
            node.put("timeline.date", d.toString());
        }
    }

    /** The remembered event window ({@code last:30} or {@code since:2021-08-01}), else the last 30 days. */
    public TimeWindow window() {
        String s = node.get("timeline.window", "");
        try {
            if (s.startsWith("since:")) {
                return TimeWindow.since(LocalDate.parse(s.substring(6)));
            }
            if (s.startsWith("last:")) {
                return TimeWindow.lastDays(Integer.parseInt(s.substring(5)));
            }
        } catch (DateTimeParseException | IllegalArgumentException e) {
            // a damaged entry falls back to the default window
        }
        return TimeWindow.DEFAULT;
    }

    public void saveWindow(TimeWindow w) {
        node.put("timeline.window", w.cumulative() ? "since:" + w.since() : "last:" + w.days());
    }

    /**
     * The remembered visible span of the timeline's axis (stored as whole days,
     * {@code 2023-11-01/2023-12-15}), or {@code null} for the whole span (also when the stored
     * text is damaged).
     */
    public TimeSpan timelineSpan() {
        String s = node.get("timeline.span", "");
        int slash = s.indexOf('/');
        try {
            return slash < 0 ? null : TimeSpan.ofDays(LocalDate.parse(s.substring(0, slash)), LocalDate.parse(s.substring(slash + 1)));
        } catch (DateTimeParseException | IllegalArgumentException e) {
            return null;
        }
    }

    /** Remembers the visible span, rounded to whole days; {@code null} means the whole span. */
    public void saveTimelineSpan(TimeSpan span) {
        if (span == null) {
            node.remove("timeline.span");
            return;
        }
        long first = Math.round(span.start());
        long last = Math.max(first, Math.round(span.end()) - 1);
        node.put("timeline.span", LocalDate.ofEpochDay(first) + "/" + LocalDate.ofEpochDay(last));
    }

    /** How dates are written ({@code dates.style}: {@code written} or {@code iso}); written unless chosen. */
    public DateText.Style dateStyle() {
        try {
            return DateText.Style.parse(node.get("dates.style", DateText.Style.WRITTEN.code()));
        } catch (IllegalArgumentException e) {
            return DateText.Style.WRITTEN;
        }
    }

    public void saveDateStyle(DateText.Style style) {
        node.put("dates.style", style.code());
    }

    public String get(String key, String def) {
        return node.get(key, def);
    }

    public void put(String key, String value) {
        node.put(key, value);
    }
}
