package org.borderwatch.ui;

import java.util.prefs.Preferences;
import org.borderwatch.render.Viewport;

/**
 * What the window remembers between runs: its size and the map view. Stored with
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

    public String get(String key, String def) {
        return node.get(key, def);
    }

    public void put(String key, String value) {
        node.put(key, value);
    }
}
