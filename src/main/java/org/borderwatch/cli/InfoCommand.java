package org.borderwatch.cli;

import java.util.concurrent.Callable;
import org.borderwatch.domain.Border;
import org.borderwatch.geo.BaseMap;
import org.borderwatch.geo.MapLayer;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code info}: the map's layers and the measured lengths of both borders. */
@Command(name = "info", mixinStandardHelpOptions = true,
        description = "Print the map layers, the measured border lengths and the store's contents.")
public final class InfoCommand implements Callable<Integer> {
    /** Official lengths: FI–RU land border as surveyed 2007–2016, PL–BY per the Border Guard. */
    static final double FI_RU_OFFICIAL_KM = 1289.6;
    static final double PL_BY_OFFICIAL_KM = 418.0;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    StoreOptions store;

    @Override
    public Integer call() throws Exception {
        var out = spec.commandLine().getOut();
        BaseMap map = BaseMap.loadBundled();
        out.println("Map layers (EPSG:3035, ETRS89 / LAEA Europe):");
        for (MapLayer l : new MapLayer[] {map.countries(), map.lakes(), map.rivers(), map.border(Border.FI_RU),
                map.border(Border.PL_BY)}) {
            out.printf("  %-14s %5d features%n", l.id(), l.features().size());
        }
        out.println("Border lengths (geodesic, WGS84 ellipsoid):");
        printLength(out, "Finland–Russia land border", map.borderLengthKm(Border.FI_RU), FI_RU_OFFICIAL_KM);
        printLength(out, "Poland–Belarus border", map.borderLengthKm(Border.PL_BY), PL_BY_OFFICIAL_KM);
        out.println("Attribution: " + BaseMap.ATTRIBUTION);
        try (var s = store.openForReading("info", spec.commandLine().getErr())) {
            StoreCounts.print(s, out);
        }
        return 0;
    }

    private static void printLength(java.io.PrintWriter out, String name, double km, double official) {
        out.printf("  %-28s %8.1f km   (official %,.1f km, %+.1f %%)%n", name, km, official,
                100 * (km - official) / official);
    }
}
