import java.util.Map;
import org.locationtech.jts.geom.Envelope;

/**
 * The region the base map covers and the names the build gives to what the sources only code.
 * All coordinates are WGS84 longitude/latitude in degrees.
 */
final class Region {

    /** 5°E–50°E, 45°N–72°N: Scandinavia to the Urals' foreland, the Alps to the Barents Sea. */
    static final Envelope BOX = new Envelope(5, 50, 45, 72);

    /** English short name and ISO 3166-1 alpha-2 code of a country, keyed by alpha-3. */
    record Country(String iso3, String iso2, String name) { }

    /** Every country the sources place in the box. Åland (ALA) is merged into Finland. */
    static final Map<String, Country> COUNTRIES = Map.ofEntries(
            entry("AUT", "AT", "Austria"),
            entry("BEL", "BE", "Belgium"),
            entry("BIH", "BA", "Bosnia and Herzegovina"),
            entry("BLR", "BY", "Belarus"),
            entry("CHE", "CH", "Switzerland"),
            entry("CZE", "CZ", "Czechia"),
            entry("DEU", "DE", "Germany"),
            entry("DNK", "DK", "Denmark"),
            entry("EST", "EE", "Estonia"),
            entry("FIN", "FI", "Finland"),
            entry("FRA", "FR", "France"),
            entry("HRV", "HR", "Croatia"),
            entry("HUN", "HU", "Hungary"),
            entry("ITA", "IT", "Italy"),
            entry("KAZ", "KZ", "Kazakhstan"),
            entry("LIE", "LI", "Liechtenstein"),
            entry("LTU", "LT", "Lithuania"),
            entry("LUX", "LU", "Luxembourg"),
            entry("LVA", "LV", "Latvia"),
            entry("MDA", "MD", "Moldova"),
            entry("NLD", "NL", "Netherlands"),
            entry("NOR", "NO", "Norway"),
            entry("POL", "PL", "Poland"),
            entry("ROU", "RO", "Romania"),
            entry("RUS", "RU", "Russia"),
            entry("SRB", "RS", "Serbia"),
            entry("SVK", "SK", "Slovakia"),
            entry("SVN", "SI", "Slovenia"),
            entry("SWE", "SE", "Sweden"),
            entry("UKR", "UA", "Ukraine"));

    /** Source codes folded into another country: Åland is an autonomous region of Finland. */
    static final Map<String, String> MERGED_INTO = Map.of("ALA", "FIN");

    private Region() {
    }

    private static Map.Entry<String, Country> entry(String iso3, String iso2, String name) {
        return Map.entry(iso3, new Country(iso3, iso2, name));
    }
}
