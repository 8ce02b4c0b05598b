package org.borderwatch.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.SplittableRandom;
import org.borderwatch.interop.AcledLayout;

/**
 * Writes synthetic ACLED exports for tests and the {@code bench} command: rows spread over the
 * two border regions and beyond (a tenth fall outside both), dated 2021-01-01 … 2025-12-31, with
 * the event and actor types, place names (Kuźnica, Брест, Светогорск …), quoting (commas, doubled
 * quotes and line breaks in {@code notes}) and precision codes that real exports have. The
 * content is made up: never present it as data. Deterministic for a given seed; every row is
 * valid and ids are unique.
 *
 * <p>Not thread-safe.
 */
public final class AcledSampleGenerator {
    /** The current layout's header, in ACLED's order. */
    public static final String CURRENT_HEADER = "event_id_cnty,event_date,year,time_precision,disorder_type,"
            + "event_type,sub_event_type,actor1,assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,interaction,"
            + "civilian_targeting,iso,region,country,admin1,admin2,admin3,location,latitude,longitude,"
            + "geo_precision,source,source_scale,notes,fatalities,tags,timestamp";
    /** The pre-2023 layout's header, in ACLED's order. */
    public static final String PRE_2023_HEADER = "data_id,iso,event_id_cnty,event_id_no_cnty,event_date,year,"
            + "time_precision,event_type,sub_event_type,actor1,assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,"
            + "interaction,region,country,admin1,admin2,admin3,location,latitude,longitude,geo_precision,source,"
            + "source_scale,notes,fatalities,timestamp,iso3";

    /** {country, iso, iso3, admin1, admin2, location, lat, lon}. */
    private static final String[][] PLACES = {
        {"Poland", "616", "POL", "Podlaskie", "Sokólski", "Kuźnica", "53.5097", "23.6436"},
        {"Poland", "616", "POL", "Podlaskie", "Białystok", "Białystok", "53.1325", "23.1688"},
        {"Poland", "616", "POL", "Podlaskie", "Hajnowski", "Hajnówka", "52.7431", "23.5811"},
        {"Poland", "616", "POL", "Podlaskie", "Hajnowski", "Białowieża", "52.7006", "23.8687"},
        {"Poland", "616", "POL", "Podlaskie", "Sejneński", "Usnarz Górny", "53.2633", "23.8944"},
        {"Poland", "616", "POL", "Podlaskie", "Białostocki", "Michałowo", "53.0350", "23.6064"},
        {"Poland", "616", "POL", "Lubelskie", "Bialski", "Terespol", "52.0725", "23.6538"},
        {"Poland", "616", "POL", "Lubelskie", "Bialski", "Biała Podlaska", "52.0324", "23.1165"},
        {"Belarus", "112", "BLR", "Brest", "Brest", "Брест", "52.0976", "23.7341"},
        {"Belarus", "112", "BLR", "Grodno", "Grodno", "Гродно", "53.6694", "23.8131"},
        {"Belarus", "112", "BLR", "Grodno", "Grodno", "Bruzgi", "53.5350", "23.7180"},
        {"Finland", "246", "FIN", "South Karelia", "Lappeenranta", "Lappeenranta", "61.0587", "28.1887"},
        {"Finland", "246", "FIN", "South Karelia", "Imatra", "Imatra", "61.1719", "28.7526"},
        {"Finland", "246", "FIN", "Kymenlaakso", "Virolahti", "Vaalimaa", "60.6000", "27.8083"},
        {"Finland", "246", "FIN", "North Karelia", "Joensuu", "Joensuu", "62.6010", "29.7636"},
        {"Finland", "246", "FIN", "Kainuu", "Kuhmo", "Vartius", "64.5450", "29.9848"},
        {"Finland", "246", "FIN", "North Ostrobothnia", "Kuusamo", "Kuusamo", "65.9646", "29.1888"},
        {"Finland", "246", "FIN", "Lapland", "Salla", "Salla", "66.8333", "28.6667"},
        {"Finland", "246", "FIN", "Lapland", "Inari", "Ivalo", "68.6577", "27.5395"},
        {"Russia", "643", "RUS", "Leningrad", "Vyborgskiy", "Выборг", "60.7096", "28.7490"},
        {"Russia", "643", "RUS", "Leningrad", "Vyborgskiy", "Светогорск", "61.1111", "28.8586"},
        {"Russia", "643", "RUS", "Karelia", "Kostomukshskiy", "Kostomuksha", "64.5711", "30.5767"},
        {"Poland", "616", "POL", "Mazowieckie", "Warszawa", "Warszawa", "52.2297", "21.0122"},
        {"Finland", "246", "FIN", "Uusimaa", "Helsinki", "Helsinki", "60.1699", "24.9384"},
        {"Belarus", "112", "BLR", "Minsk", "Minsk", "Минск", "53.9006", "27.5590"},
        {"Lithuania", "440", "LTU", "Vilnius", "Vilnius", "Vilnius", "54.6872", "25.2797"},
    };
    /** {disorder_type, event_type, sub_event_type, actor1 kind, actor2 kind, weight, note opening}. */
    private static final String[][] TYPES = {
        {"Demonstrations", "Protests", "Peaceful protest", "6", "0", "40", "0"},
        {"Demonstrations", "Protests", "Protest with intervention", "6", "1", "8", "3"},
        {"Demonstrations", "Riots", "Violent demonstration", "5", "1", "4", "4"},
        {"Political violence", "Riots", "Mob violence", "5", "7", "2", "4"},
        {"Strategic developments", "Strategic developments", "Arrests", "1", "7", "12", "1"},
        {"Strategic developments", "Strategic developments", "Change to group/activity", "1", "0", "18", "2"},
        {"Strategic developments", "Strategic developments", "Disrupted weapons use", "1", "0", "3", "2"},
        {"Strategic developments", "Strategic developments", "Agreement", "1", "1", "2", "2"},
        {"Strategic developments", "Strategic developments", "Other", "8", "0", "3", "4"},
        {"Political violence", "Violence against civilians", "Attack", "8", "7", "5", "4"},
        {"Political violence", "Battles", "Armed clash", "1", "8", "1", "2"},
        {"Political violence", "Explosions/Remote violence", "Air/drone strike", "8", "0", "2", "4"},
    };
    private static final String[] ACTOR_KINDS = {"", "State forces", "Rebel group", "Political militia",
        "Identity militia", "Rioters", "Protesters", "Civilians", "External/Other forces"};
    private static final String[] SOURCES = {"Yle", "Helsingin Sanomat; Yle", "Gazeta Wyborcza",
        "Polish Press Agency; TVN24", "Nasha Niva", "Белсат", "Rzeczpospolita; Polish Press Agency",
        "Fontanka.ru", "Reuters", "Kainuun Sanomat", "Kurier Poranny", "Hrodna.life"};
    private static final String[] SCALES = {"National", "Subnational", "Subnational-National", "International", "Regional"};
    private static final String[] NOTE_OPENINGS = {
        "Around %d people gathered near the border crossing, demanding \"humane treatment\" of migrants.",
        "Border guards detained %d people who had crossed the border, including minors; they were taken to a guarded centre.",
        "Troops were redeployed to the area, reinforcing patrols along roughly %d km of the frontier.",
        "A group of %d residents protested, in the rain, against the planned closure of the crossing.",
        "Unidentified persons damaged the border barrier over %d metres, according to the Border Guard."};
    private static final String[] NOTE_TAILS = {"", " [size=no report]", " The crossing, at Kuźnica/Брузги, stayed closed.",
        "\nFollow-up reports gave a lower figure.", " Demonstrators chanted \"Open the border\", police said."};
    private static final int FIRST_DAY = (int) LocalDate.of(2021, 1, 1).toEpochDay();
    private static final int DAYS = (int) (LocalDate.of(2025, 12, 31).toEpochDay() - FIRST_DAY + 1);

    private final SplittableRandom random;
    private final AcledLayout layout;
    private final int typeWeightTotal;
    private long sequence;

    /** A generator for {@code layout}; the same seed gives the same rows. */
    public AcledSampleGenerator(long seed, AcledLayout layout) {
        this.random = new SplittableRandom(seed);
        this.layout = layout;
        int total = 0;
        for (String[] t : TYPES) {
            total += Integer.parseInt(t[5]);
        }
        this.typeWeightTotal = total;
    }

    /**
     * Writes a generated ACLED export for whole-process measurements:
     * {@code java -cp target/borderwatch.jar org.borderwatch.bench.AcledSampleGenerator OUT.csv ROWS [SEED]}
     * (the bench's own store uses seed 4242).
     */
    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: AcledSampleGenerator OUT.csv ROWS [SEED]");
            System.exit(2);
        }
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 4242L;
        new AcledSampleGenerator(seed, AcledLayout.CURRENT).write(Path.of(args[0]), Integer.parseInt(args[1].replace("_", "")));
    }

    /** Writes a header and {@code rows} rows to {@code file} in UTF-8 with LF line ends. */
    public void write(Path file, int rows) throws IOException {
        try (Writer w = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8), 1 << 16)) {
            write(w, rows);
        }
    }

    /** Writes a header and {@code rows} rows; does not close {@code out}. */
    public void write(Writer out, int rows) throws IOException {
        out.write(layout == AcledLayout.CURRENT ? CURRENT_HEADER : PRE_2023_HEADER);
        out.write('\n');
        StringBuilder sb = new StringBuilder(1024);
        for (int i = 0; i < rows; i++) {
            sb.setLength(0);
            row(sb);
            out.append(sb);
        }
    }

    private void row(StringBuilder sb) {
        long n = ++sequence;
        String[] p = PLACES[random.nextInt(10) == 0 ? 22 + random.nextInt(4) : random.nextInt(22)];
        String[] t = pickType();
        LocalDate date = LocalDate.ofEpochDay(FIRST_DAY + (long) random.nextInt(DAYS));
        int timePrecision = random.nextInt(20) == 0 ? 2 + random.nextInt(2) : 1;
        int geoPrecision = 1 + random.nextInt(3);
        double lat = Double.parseDouble(p[6]) + (random.nextDouble() - 0.5) * 0.04 * geoPrecision;
        double lon = Double.parseDouble(p[7]) + (random.nextDouble() - 0.5) * 0.06 * geoPrecision;
        int a1 = Integer.parseInt(t[3]);
        int a2 = Integer.parseInt(t[4]);
        String actor1 = actor(a1, p[0]);
        String actor2 = actor(a2, p[0]);
        int fatalities = t[1].equals("Battles") || t[1].startsWith("Explosions") ? random.nextInt(4) : 0;
        String note = NOTE_OPENINGS[Integer.parseInt(t[6])].replace("%d", Integer.toString(2 + random.nextInt(300)))
                + NOTE_TAILS[random.nextInt(NOTE_TAILS.length)];
        String notes = "On " + date + " (" + p[5] + ", " + p[3] + "): " + note;
        long timestamp = date.plusDays(3 + random.nextInt(60)).atStartOfDay().toEpochSecond(ZoneOffset.UTC)
                + random.nextInt(86_400);
        String id = p[2] + n;
        String admin3 = random.nextInt(3) == 0 ? "" : p[4] + " gmina";
        boolean current = layout == AcledLayout.CURRENT;
        String interaction = a2 == 0 ? ACTOR_KINDS[a1] + " only" : ACTOR_KINDS[a1] + "-" + ACTOR_KINDS[a2];
        String interactionCode = a2 == 0 ? a1 + "0" : Math.min(a1, a2) + "" + Math.max(a1, a2);
        if (current) {
            cell(sb, id).cell(sb, date.toString()).cell(sb, year(date)).cell(sb, Integer.toString(timePrecision))
                    .cell(sb, t[0]).cell(sb, t[1]).cell(sb, t[2]).cell(sb, actor1).cell(sb, "")
                    .cell(sb, ACTOR_KINDS[a1]).cell(sb, actor2).cell(sb, "").cell(sb, ACTOR_KINDS[a2])
                    .cell(sb, interaction).cell(sb, a2 == 7 ? "Civilian targeting" : "").cell(sb, p[1]).cell(sb, "Europe")
                    .cell(sb, p[0]).cell(sb, p[3]).cell(sb, p[4]).cell(sb, admin3).cell(sb, p[5]).cell(sb, coord(lat))
                    .cell(sb, coord(lon)).cell(sb, Integer.toString(geoPrecision))
                    .cell(sb, SOURCES[random.nextInt(SOURCES.length)]).cell(sb, SCALES[random.nextInt(SCALES.length)])
                    .cell(sb, notes).cell(sb, Integer.toString(fatalities))
                    .cell(sb, t[1].equals("Protests") ? "crowd size=no report" : "").last(sb, Long.toString(timestamp));
        } else {
            cell(sb, Long.toString(9_000_000 + n)).cell(sb, p[1]).cell(sb, id).cell(sb, Long.toString(n))
                    .cell(sb, longDate(date)).cell(sb, year(date)).cell(sb, Integer.toString(timePrecision))
                    .cell(sb, t[1]).cell(sb, t[2]).cell(sb, actor1).cell(sb, "").cell(sb, Integer.toString(a1))
                    .cell(sb, actor2).cell(sb, "").cell(sb, Integer.toString(a2)).cell(sb, interactionCode)
                    .cell(sb, "Europe").cell(sb, p[0]).cell(sb, p[3]).cell(sb, p[4]).cell(sb, admin3).cell(sb, p[5])
                    .cell(sb, coord(lat)).cell(sb, coord(lon)).cell(sb, Integer.toString(geoPrecision))
                    .cell(sb, SOURCES[random.nextInt(SOURCES.length)]).cell(sb, SCALES[random.nextInt(SCALES.length)])
                    .cell(sb, notes).cell(sb, Integer.toString(fatalities)).cell(sb, Long.toString(timestamp))
                    .last(sb, p[2]);
        }
    }

    private String[] pickType() {
        int r = random.nextInt(typeWeightTotal);
        for (String[] t : TYPES) {
            r -= Integer.parseInt(t[5]);
            if (r < 0) {
                return t;
            }
        }
        return TYPES[0];
    }

    private static String actor(int kind, String country) {
        return switch (kind) {
            case 0 -> "";
            case 1 -> switch (country) {
                case "Finland" -> "Police Forces of Finland (2019-)";
                case "Poland" -> "Police Forces of Poland (2015-)";
                case "Belarus" -> "Military Forces of Belarus (1994-)";
                default -> "Military Forces of " + country + " (2000-)";
            };
            case 5 -> "Rioters (" + country + ")";
            case 6 -> "Protesters (" + country + ")";
            case 7 -> "Civilians (" + country + ")";
            default -> "Unidentified Armed Group (" + country + ")";
        };
    }

    private static String year(LocalDate d) {
        return Integer.toString(d.getYear());
    }

    private static String longDate(LocalDate d) {
        return d.getDayOfMonth() + " " + d.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + d.getYear();
    }

    /** {@code v} with four decimals (about 10 m), as ACLED writes coordinates. */
    private static String coord(double v) {
        long tenThousandths = Math.round(Math.abs(v) * 10_000);
        String frac = Long.toString(10_000 + tenThousandths % 10_000).substring(1);
        return (v < 0 ? "-" : "") + tenThousandths / 10_000 + "." + frac;
    }

    private AcledSampleGenerator cell(StringBuilder sb, String value) {
        quote(sb, value);
        sb.append(',');
        return this;
    }

    private void last(StringBuilder sb, String value) {
        quote(sb, value);
        sb.append('\n');
    }

    /** Appends {@code v}, quoted per RFC 4180 when it holds a comma, quote or line break. */
    static void quote(StringBuilder sb, String v) {
        boolean needs = false;
        for (int i = 0; i < v.length() && !needs; i++) {
            char c = v.charAt(i);
            needs = c == ',' || c == '"' || c == '\n' || c == '\r';
        }
        if (!needs) {
            sb.append(v);
            return;
        }
        sb.append('"');
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (c == '"') {
                sb.append('"');
            }
            sb.append(c);
        }
        sb.append('"');
    }
}
