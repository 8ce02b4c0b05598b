package org.borderwatch.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StoreLocationTest {
    @Test
    void borderwatchDbWinsOverEverything() {
        assertEquals(Path.of("/srv/bw/x.db"), StoreLocation.defaultPath(
                Map.of("BORDERWATCH_DB", "/srv/bw/x.db", "XDG_DATA_HOME", "/xdg"), "Linux", "/home/u"));
    }

    @Test
    void xdgDataHomeIsHonoured() {
        assertEquals(Path.of("/xdg/borderwatch/borderwatch.db"),
                StoreLocation.defaultPath(Map.of("XDG_DATA_HOME", "/xdg"), "Linux", "/home/u"));
    }

    @Test
    void linuxFallsBackToLocalShare() {
        assertEquals(Path.of("/home/u/.local/share/borderwatch/borderwatch.db"),
                StoreLocation.defaultPath(Map.of("XDG_DATA_HOME", "  ", "BORDERWATCH_DB", ""), "Linux", "/home/u"));
    }

    @Test
    void windowsUsesAppData() {
        assertEquals(Path.of("C:/Users/u/AppData/Roaming", "Borderwatch", "borderwatch.db"),
                StoreLocation.defaultPath(Map.of("APPDATA", "C:/Users/u/AppData/Roaming"), "Windows 11", "C:/Users/u"));
    }

    @Test
    void macUsesApplicationSupport() {
        assertEquals(Path.of("/Users/u/Library/Application Support/Borderwatch/borderwatch.db"),
                StoreLocation.defaultPath(Map.of(), "Mac OS X", "/Users/u"));
    }
}
