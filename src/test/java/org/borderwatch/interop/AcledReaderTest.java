package org.borderwatch.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.borderwatch.domain.Border;
import org.borderwatch.domain.Category;
import org.borderwatch.domain.DatePrecision;
import org.borderwatch.domain.Event;
import org.junit.jupiter.api.Test;

class AcledReaderTest {
    static String resource(String name) throws IOException {
        try (InputStream in = AcledReaderTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static List<AcledRecord> readAll(String text, String name) throws Exception {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        List<AcledRecord> out = new ArrayList<>();
        try (AcledReader r = AcledReader.open(new ByteArrayInputStream(bytes), name, bytes.length)) {
            for (AcledRecord rec = r.next(); rec != null; rec = r.next()) {
                out.add(rec);
            }
        }
        return out;
    }

    @Test
    void currentLayoutRowsBecomeEventsWithEveryAcledValueKept() throws Exception {
        List<AcledRecord> recs = readAll(resource("acled-current.csv"), "acled-current.csv");
        assertEquals(4, recs.size());
        Event kuznica = recs.get(0).event();
        assertEquals("acled:POL20231", kuznica.id());
        assertEquals(LocalDate.of(2023, 11, 18), kuznica.date());
        assertEquals("Peaceful protest in Kuźnica", kuznica.title());
        assertEquals("On 18 November 2023, around 40 people protested in Kuźnica, demanding \"safe passage\" for migrants.\n"
                + "A second group gathered in Białystok the same day.", kuznica.summary());
        assertEquals(Category.PROTEST, kuznica.category());
        assertEquals(Border.PL_BY, kuznica.border());
        assertEquals(53.5097, kuznica.location().lat(), 1e-9);
        assertEquals(23.6436, kuznica.location().lon(), 1e-9);
        assertEquals("Kuźnica, Podlaskie", kuznica.place());
        assertEquals(List.of("acled", "crowd size=around 40"), kuznica.tags());
        assertEquals("Grupa Granica; Amnesty International", kuznica.attributes().get("assoc_actor_1"));
        assertEquals("Protesters only", kuznica.attributes().get("interaction"));
        assertEquals("Demonstrations", kuznica.attributes().get("disorder_type"));
        assertEquals("1700400000", kuznica.attributes().get("timestamp"));
        assertEquals("0", kuznica.attributes().get("fatalities"));
        assertEquals("1", kuznica.attributes().get("geo_precision"));
        assertEquals(2, recs.get(0).sources().size());
        assertEquals("Gazeta Wyborcza", recs.get(0).sources().get(0).title());
        assertEquals("via ACLED", recs.get(0).sources().get(0).publisher());
        assertEquals(2, recs.get(0).line());

        Event brest = recs.get(1).event();
        assertEquals(LocalDate.of(2023, 11, 18), brest.date());
        assertEquals("Change to group/activity in Брест", brest.title());
        assertEquals(Category.DEPLOYMENT, brest.category());
        assertEquals(Border.PL_BY, brest.border());
        assertEquals(4, recs.get(1).line());

        Event arrests = recs.get(2).event();
        assertEquals(DatePrecision.MONTH, arrests.datePrecision());
        assertEquals(LocalDate.of(2023, 11, 1), arrests.date());
        assertEquals("2023-11-18", arrests.attributes().get("event_date"));
        assertEquals(Category.INCIDENT, arrests.category());
        assertEquals(Border.FI_RU, arrests.border());
        assertEquals("Civilian targeting", arrests.attributes().get("civilian_targeting"));

        Event warsaw = recs.get(3).event();
        assertEquals(Border.OTHER, warsaw.border(), "Warsaw is far from the border");
        assertEquals(Category.VIOLENCE, warsaw.category());
    }

    @Test
    void pre2023LayoutWithNumericActorCodes() throws Exception {
        byte[] bytes = resource("acled-pre2023.csv").getBytes(StandardCharsets.UTF_8);
        try (AcledReader r = AcledReader.open(new ByteArrayInputStream(bytes), "old.csv", bytes.length)) {
            assertEquals(AcledLayout.PRE_2023, r.layout());
            AcledRecord first = r.next();
            Event e = first.event();
            assertEquals("acled:POL11877", e.id());
            assertEquals(LocalDate.of(2021, 11, 8), e.date());
            assertEquals("Protesters", e.attributes().get("inter1"));
            assertEquals("6", e.attributes().get("inter1_code"));
            assertEquals("Protesters only", e.attributes().get("interaction"));
            assertEquals("60", e.attributes().get("interaction_code"));
            assertEquals("9650001", e.attributes().get("data_id"));
            assertEquals("11877", e.attributes().get("event_id_no_cnty"));
            assertEquals("POL", e.attributes().get("iso3"));
            AcledRecord second = r.next();
            assertEquals("State forces-Civilians", second.event().attributes().get("interaction"));
            assertEquals("Civilians", second.event().attributes().get("inter2"));
            AcledRecord third = r.next();
            assertEquals(List.of("Yle", "Helsingin Sanomat"), third.sources().stream().map(s -> s.title()).toList());
            assertEquals(Border.FI_RU, third.event().border());
            assertEquals("2", third.event().attributes().get("time_precision"));
            assertNull(r.next());
            assertEquals(3, r.rowsRead());
        }
    }

    @Test
    void crlfLineEndsAndAByteOrderMarkReadTheSame() throws Exception {
        String text = "\uFEFF" + resource("acled-current.csv").replace("\n", "\r\n");
        List<AcledRecord> recs = readAll(text, "windows.csv");
        assertEquals(4, recs.size());
        assertEquals("acled:POL20231", recs.get(0).event().id());
        assertTrue(recs.get(0).event().summary().contains("migrants.\nA second"), "CRLF inside notes becomes LF");
        assertEquals(5, recs.get(2).line());
    }

    @Test
    void unknownColumnsAreIgnoredAndOrderDoesNotMatter() throws Exception {
        String text = "notes,extra,event_id_cnty,event_date,event_type,sub_event_type,country,location,latitude,"
                + "longitude,source,fatalities,timestamp\n"
                + "Quiet day,whatever,FIN9,2024-01-05,Protests,Peaceful protest,Finland,Imatra,61.17,28.75,Yle,0,1704500000\n";
        List<AcledRecord> recs = readAll(text, "min.csv");
        assertEquals("Peaceful protest in Imatra", recs.get(0).event().title());
        assertEquals(Border.FI_RU, recs.get(0).event().border());
    }

    @Test
    void capitalisedHeadersAndTheOldAllyColumnsAreRecognised() throws Exception {
        String text = "EVENT_ID_CNTY,EVENT_DATE,EVENT_TYPE,SUB_EVENT_TYPE,ACTOR1,ALLY_ACTOR_1,COUNTRY,LOCATION,LATITUDE,"
                + "LONGITUDE,SOURCE,NOTES,FATALITIES,TIMESTAMP\n"
                + "RUS77,12 March 2018,Protests,Peaceful protest,Protesters (Russia),Yabloko,Russia,Vyborg,60.71,28.75,"
                + "Fontanka.ru,Residents protested.,0,1521000000\n";
        Event e = readAll(text, "caps.csv").get(0).event();
        assertEquals("Yabloko", e.attributes().get("assoc_actor_1"));
        assertEquals(Border.FI_RU, e.border());
        assertEquals(LocalDate.of(2018, 3, 12), e.date());
    }

    @Test
    void aMissingRequiredColumnIsNamed() {
        String text = "event_id_cnty,event_date,event_type,sub_event_type,country,location,longitude,source,notes,fatalities\n";
        InputFormatException e = assertThrows(InputFormatException.class, () -> readAll(text, "cut.csv"));
        assertEquals("cut.csv:1: not an ACLED file: the header lacks the columns latitude, timestamp", e.getMessage());
    }

    @Test
    void eachKindOfBadRowNamesItsLineAndTheReaderGoesOn() throws Exception {
        String header = resource("acled-current.csv").lines().findFirst().orElseThrow();
        String good = "FIN1,2024-02-01,2024,1,Demonstrations,Protests,Peaceful protest,Protesters (Finland),,Protesters,,,,"
                + "Protesters only,,246,Europe,Finland,Uusimaa,Helsinki,,Helsinki,60.17,24.94,1,Yle,National,Note,0,,1706800000";
        String text = header + "\n"
                + good.replace("2024-02-01", "31 February 2024") + "\n"
                + good.replace("60.17", "91.5") + "\n"
                + good.replace(",Note,", ",Note,extra,") + "\n"
                + good.replace(",Note,0,", ",Note,two,") + "\n"
                + good.replace("2024-02-01", "Feb 1st") + "\n"
                + good + "\n";
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        List<String> errors = new ArrayList<>();
        AcledRecord last = null;
        try (AcledReader r = AcledReader.open(new ByteArrayInputStream(bytes), "bad.csv", bytes.length)) {
            while (true) {
                try {
                    AcledRecord rec = r.next();
                    if (rec == null) {
                        break;
                    }
                    last = rec;
                } catch (InvalidRecordException e) {
                    errors.add(e.getMessage());
                }
            }
        }
        assertEquals(List.of(
                "bad.csv:2: event_date '31 February 2024' is not a calendar date (Invalid date 'FEBRUARY 31')",
                "bad.csv:3: latitude 91.5 is outside −90…90",
                "bad.csv:4: the row has 32 fields, the header 31",
                "bad.csv:5: fatalities 'two' is not a whole number ≥ 0",
                "bad.csv:6: event_date 'Feb 1st' is not a date (expected 2023-11-18, 18 November 2023 or 18-11-2023)"),
                errors);
        assertEquals(7, last.line());
    }

    @Test
    void coordinatesAreReadOnlyAsPlainDecimalNumbers() throws Exception {
        String header = resource("acled-current.csv").lines().findFirst().orElseThrow();
        String good = "FIN1,2024-02-01,2024,1,Demonstrations,Protests,Peaceful protest,Protesters (Finland),,Protesters,,,,"
                + "Protesters only,,246,Europe,Finland,Uusimaa,Helsinki,,Helsinki,60.17,24.94,1,Yle,National,Note,0,,1706800000";
        String text = header + "\n"
                + good.replace("60.17", "0x1p6") + "\n"
                + good.replace("60.17", "60.5d") + "\n"
                + good.replace("60.17", "60.5f") + "\n"
                + good.replace("24.94", "Infinity") + "\n"
                + good.replace("60.17", "6.017E1") + "\n"
                + good.replace("60.17", "+60.") + "\n";
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        List<String> errors = new ArrayList<>();
        List<Double> latitudes = new ArrayList<>();
        try (AcledReader r = AcledReader.open(new ByteArrayInputStream(bytes), "java.csv", bytes.length)) {
            while (true) {
                try {
                    AcledRecord rec = r.next();
                    if (rec == null) {
                        break;
                    }
                    latitudes.add(rec.event().location().lat());
                } catch (InvalidRecordException e) {
                    errors.add(e.getMessage());
                }
            }
        }
        assertEquals(List.of(
                "java.csv:2: latitude '0x1p6' is not a plain decimal number",
                "java.csv:3: latitude '60.5d' is not a plain decimal number",
                "java.csv:4: latitude '60.5f' is not a plain decimal number",
                "java.csv:5: longitude Infinity is outside −180…180"), errors);
        assertEquals(List.of(60.17, 60.0), latitudes, "exponents and a bare point are decimal forms");
    }
}
