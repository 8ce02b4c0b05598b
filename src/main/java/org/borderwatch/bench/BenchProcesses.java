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
            // the render writes the slide's sources beside its image
            Files.deleteIfExists(org.borderwatch.slides.SlideWriter.notesFile(png));
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
     * of the same file when GDAL is installed: {@code rounds} rounds, the two taking turns, each
     * into a new file; the medians are compared, and the ratio of each round is noted. One run
     * each left the ratio at the mercy of the host's speed in those few seconds: on a shared host
     * the same pair gave 0.85× and 1.26× a quarter of an hour apart.
     */
    static void importBesideOgr2ogr(Path dir, int rows, int rounds, BenchTable table) throws Exception {
        Path csv = dir.resolve("acled-" + rows + ".csv");
        new AcledSampleGenerator(20_231_118L, AcledLayout.CURRENT).write(csv, rows);
        Path gpkg = dir.resolve("acled-" + rows + ".gpkg");
        boolean gdal = WholeProcess.onPath("ogr2ogr") != null;
        double[] ours = new double[rounds];
        double[] peers = new double[rounds];
        double oursRss = 0;
        double peerRss = 0;
        StringBuilder ratios = new StringBuilder();
        for (int i = 0; i < rounds; i++) {
            // each round's store in a folder of its own, removed whole with the files SQLite kept beside it
            Path round = Files.createDirectory(dir.resolve("import-" + rows + "-" + i));
            Path db = round.resolve("import.db");
            WholeProcess.Run run = WholeProcess.run(WholeProcess.borderwatch("512m", "import", csv.toString(), "--format",
                    "acled", "--create", "--db", db.toString()));
            if (run.exit() != 0) {
                throw new IllegalStateException("borderwatch import failed: " + run.output().strip());
            }
            BenchFiles.deleteTree(round);
            ours[i] = run.wallMs();
            oursRss = Math.max(oursRss, run.peakRssMb());
            if (gdal) {
                Files.deleteIfExists(gpkg);
                WholeProcess.Run peer = WholeProcess.run(List.of("ogr2ogr", "-f", "GPKG", gpkg.toString(), csv.toString(),
                        "-nln", "acled", "-oo", "X_POSSIBLE_NAMES=longitude", "-oo", "Y_POSSIBLE_NAMES=latitude",
                        "-oo", "AUTODETECT_TYPE=YES", "-a_srs", "EPSG:4326"));
                if (peer.exit() != 0) {
                    throw new IllegalStateException("ogr2ogr failed: " + peer.output().strip());
                }
                peers[i] = peer.wallMs();
                peerRss = Math.max(peerRss, peer.peakRssMb());
                ratios.append(i == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%.2f×", ours[i] / peers[i]));
            }
        }
        Files.deleteIfExists(gpkg);
        double mine = BenchStats.of(ours).median();
        double peer = gdal ? BenchStats.of(peers).median() : Double.NaN;
        if (!gdal) {
            table.note("  ogr2ogr is not installed (Debian: gdal-bin): the import is measured without its peer");
        }
        String what = String.format(Locale.ROOT, "whole process: import of %,d ACLED rows (%.0f MB), searchable at its end",
                rows, Files.size(csv) / 1e6);
        table.add(new BenchTable.Row(what, mine, Double.NaN, "ms", gdal ? "≤ ogr2ogr to GPKG" : "",
                !gdal || mine <= peer, Double.NaN));
        if (gdal) {
            table.add(new BenchTable.Row("  ogr2ogr -f GPKG of the same file (GDAL), whole process", peer, Double.NaN, "ms",
                    "", true, Double.NaN));
            table.note(String.format(Locale.ROOT, "  import beside ogr2ogr: %.2f× its time (medians of %d rounds, taking "
                    + "turns; each round: %s); peak resident size %.0f MB (ogr2ogr %.0f MB)", mine / peer, rounds, ratios,
                    oursRss, peerRss));
        }
        table.add(new BenchTable.Row("  its peak resident size", oursRss, Double.NaN, "MB", "< 400 MB",
                oursRss < 400, Double.NaN));
        Files.deleteIfExists(csv);
    }
}
