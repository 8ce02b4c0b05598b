package org.borderwatch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.borderwatch.bench.AcledSampleGenerator;
import org.borderwatch.interop.AcledLayout;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A KML export of a store holding 10,000 events costs at most three times its JSON export (KML is
 * about 2.4 times the bytes: every placemark carries its style, description and extended data).
 * The two are measured in the same process, best of three or more, interleaved, after a first run of each, so the ratio
 * holds on a loaded machine where absolute times would not.
 */
class KmlExportCostTest {
    @TempDir
    Path dir;

    private long export(Path db, String format, Path out) {
        StringWriter err = new StringWriter();
        long t = System.nanoTime();
        int exit = Cli.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(err)).execute("export",
                "--db", db.toString(), "--format", format, "--out", out.toString());
        long ns = System.nanoTime() - t;
        assertEquals(0, exit, err.toString());
        return ns;
    }

    @Test
    void kmlOfTenThousandEventsCostsAtMostThreeTimesTheJson() throws Exception {
        Path csv = dir.resolve("acled.csv");
        new AcledSampleGenerator(18, AcledLayout.CURRENT).write(csv, 10_000);
        Path db = dir.resolve("store.db");
        StringWriter err = new StringWriter();
        assertEquals(0, Cli.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(err))
                .execute("import", "--db", db.toString(), "--create", csv.toString()), err.toString());
        Path json = dir.resolve("all.json");
        Path kml = dir.resolve("all.kml");
        export(db, "json", json);
        export(db, "kml", kml);
        long j = Long.MAX_VALUE;
        long k = Long.MAX_VALUE;
        // interleaved, so a busy moment of the machine weighs on both; more rounds only while the
        // best times so far miss (a loaded machine gets more samples, a quiet one stops after three)
        for (int i = 0; i < 9 && (i < 3 || k >= 3 * j); i++) {
            j = Math.min(j, export(db, "json", json));
            k = Math.min(k, export(db, "kml", kml));
        }
        String figures = String.format("KML %.0f ms (%,d bytes), JSON %.0f ms (%,d bytes)", k / 1e6, Files.size(kml),
                j / 1e6, Files.size(json));
        assertTrue(Files.readString(kml).contains("<Placemark"), "the KML holds placemarks");
        assertTrue(k < 3 * j, figures);
        System.out.println("KmlExportCostTest: " + figures);
    }
}
