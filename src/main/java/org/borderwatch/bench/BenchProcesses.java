package org.borderwatch.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.borderwatch.interop.AcledLayout;

/**
 * The commands as a user runs them, each a fresh JVM as {@code bin/borderwatch} starts it with
 * {@code -Xmx512m} ({@link WholeProcess}): {@code status}, {@code render} of one day and
 * {@code search} on the generated store and on the seed-only store in turn, and a whole-process
 * ACLED import beside GDAL's {@code ogr2ogr} loading the same file into a GeoPackage.
 */
final class BenchProcesses {
    private static final String DAY = "2023-11-30";

    private BenchProcesses() {
    }

    /** status, render and search on both stores, {@code times} runs each (median time, largest resident size). */
    static void commands(Path db, Path seedDb, BenchTable table, int times) throws Exception {
        Path png = Files.createTempFile("borderwatch-bench-render", ".png");
        try {
            String[][] commands = {
                {"status", "--date", DAY},
                {"render", "--date", DAY, "--view", "both", "--out", png.toString()},
                {"search", "kuznica"},
            };
            String[] names = {"status --date " + DAY, "render --date " + DAY + " --view both (1920×1080 PNG)",
                "search kuznica"};
            for (int i = 0; i < commands.length; i++) {
                WholeProcess.Run big = WholeProcess.median(withDb(commands[i], db), times);
                WholeProcess.Run seed = WholeProcess.median(withDb(commands[i], seedDb), times);
                boolean bounded = i < 2;
                table.add(new BenchTable.Row("whole process: " + names[i], big.wallMs(), Double.NaN, "ms",
                        bounded ? "≤ 1.2× the seed store" : "", !bounded || big.wallMs() <= 1.2 * seed.wallMs(),
                        Double.NaN, seed.wallMs()));
                table.add(new BenchTable.Row("  its peak resident size", big.peakRssMb(), Double.NaN, "MB",
                        bounded ? "≤ 300 MB" : "", !bounded || big.peakRssMb() <= 300, Double.NaN, seed.peakRssMb()));
            }
        } finally {
            Files.deleteIfExists(png);
        }
    }

    private static List<String> withDb(String[] args, Path db) {
        String[] all = new String[args.length + 2];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] = "--db";
        all[args.length + 1] = db.toString();
        return WholeProcess.borderwatch("512m", all);
    }

    /**
     * {@code borderwatch import FILE --format acled} of {@code rows} generated rows into a new
     * store, whole process, until it ends (search index complete), beside {@code ogr2ogr -f GPKG}
     * of the same file when GDAL is installed.
     */
    static void importBesideOgr2ogr(Path dir, int rows, BenchTable table) throws Exception {
        Path csv = dir.resolve("acled-" + rows + ".csv");
        new AcledSampleGenerator(20_231_118L, AcledLayout.CURRENT).write(csv, rows);
        Path db = dir.resolve("import-" + rows + ".db");
        WholeProcess.Run ours = WholeProcess.run(WholeProcess.borderwatch("512m", "import", csv.toString(), "--format",
                "acled", "--create", "--db", db.toString()));
        if (ours.exit() != 0) {
            throw new IllegalStateException("borderwatch import failed: " + ours.output().strip());
        }
        double peer = Double.NaN;
        double peerRss = Double.NaN;
        if (WholeProcess.onPath("ogr2ogr") != null) {
            Path gpkg = dir.resolve("acled-" + rows + ".gpkg");
            WholeProcess.Run gdal = WholeProcess.run(List.of("ogr2ogr", "-f", "GPKG", gpkg.toString(), csv.toString(),
                    "-nln", "acled", "-oo", "X_POSSIBLE_NAMES=longitude", "-oo", "Y_POSSIBLE_NAMES=latitude",
                    "-oo", "AUTODETECT_TYPE=YES", "-a_srs", "EPSG:4326"));
            if (gdal.exit() != 0) {
                throw new IllegalStateException("ogr2ogr failed: " + gdal.output().strip());
            }
            peer = gdal.wallMs();
            peerRss = gdal.peakRssMb();
            Files.deleteIfExists(gpkg);
        } else {
            table.note("  ogr2ogr is not installed (Debian: gdal-bin): the import is measured without its peer");
        }
        String what = String.format(Locale.ROOT, "whole process: import of %,d ACLED rows (%.0f MB), searchable at its end",
                rows, Files.size(csv) / 1e6);
        table.add(new BenchTable.Row(what, ours.wallMs(), Double.NaN, "ms", Double.isNaN(peer) ? "" : "≤ ogr2ogr to GPKG",
                Double.isNaN(peer) || ours.wallMs() <= peer, Double.NaN));
        if (!Double.isNaN(peer)) {
            table.add(new BenchTable.Row("  ogr2ogr -f GPKG of the same file (GDAL), whole process", peer, Double.NaN, "ms",
                    "", true, Double.NaN));
            table.note(String.format(Locale.ROOT, "  import beside ogr2ogr: %.2f× its time; peak resident size %.0f MB "
                    + "(ogr2ogr %.0f MB)", ours.wallMs() / peer, ours.peakRssMb(), peerRss));
        }
        table.add(new BenchTable.Row("  its peak resident size", ours.peakRssMb(), Double.NaN, "MB", "< 400 MB",
                ours.peakRssMb() < 400, Double.NaN));
        Files.deleteIfExists(csv);
    }
}
