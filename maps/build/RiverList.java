import java.util.List;

/**
 * The rivers the base map names, each as waypoints (longitude, latitude in degrees) from
 * upstream to downstream: places on the river's bank, far enough from confluences that the
 * nearest river vertex belongs to the river itself. {@link Rivers} traces the line between them.
 */
final class RiverList {

    static final List<Rivers.River> RIVERS = List.of(
            // The Western Bug: from Sokal past the Ukrainian and Belarusian borders (Dorohusk,
            // Włodawa, Terespol–Brest, Niemirów) to Wyszków above its mouth in the Narew.
            new Rivers.River("Bug", 24.28, 50.48, 23.55, 51.55, 23.65, 52.08, 22.66, 52.40, 21.46, 52.59),
            new Rivers.River("Mukhavets", 24.36, 52.21, 23.639, 52.080),
            new Rivers.River("Narew", 23.45, 52.95, 22.07, 53.18, 21.08, 52.70, 20.72, 52.44),
            new Rivers.River("Vistula", 19.94, 50.05, 21.75, 50.68, 21.03, 52.23, 18.60, 53.01, 18.80, 54.09),
            new Rivers.River("Neman", 24.53, 53.41, 23.83, 53.68, 23.90, 54.90, 21.88, 55.08),
            new Rivers.River("Daugava", 30.20, 55.19, 26.53, 55.87, 24.10, 56.95),
            new Rivers.River("Neva", 31.03, 59.95, 30.32, 59.93),
            new Rivers.River("Svir", 34.10, 60.91, 33.55, 60.73),
            new Rivers.River("Volkhov", 31.28, 58.52, 32.32, 59.92),
            new Rivers.River("Kemijoki", 25.72, 66.50, 24.80, 66.08),
            new Rivers.River("Tornio", 23.37, 67.21, 24.15, 65.85),
            new Rivers.River("Dnieper", 32.05, 54.78, 30.35, 53.90, 30.39, 52.36, 30.55, 50.45),
            new Rivers.River("Pripyat", 26.10, 52.11, 29.25, 52.05, 30.22, 51.27),
            new Rivers.River("Desna", 34.37, 53.25, 31.30, 51.50, 30.60, 50.55),
            new Rivers.River("Oder", 17.93, 50.67, 17.03, 51.11, 14.55, 52.35, 14.56, 53.43),
            new Rivers.River("Elbe", 13.74, 51.05, 11.65, 52.13, 9.99, 53.55));

    private RiverList() {
    }
}
