package org.borderwatch.ui.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import org.borderwatch.domain.Annotation;
import org.borderwatch.domain.AnnotationBuilder;
import org.borderwatch.domain.AnnotationEdit;
import org.borderwatch.domain.AnnotationKind;
import org.borderwatch.domain.Confidence;
import org.borderwatch.store.AnnotationRepository;
import org.borderwatch.store.AnnotationRevision;
import org.borderwatch.store.ImportCounts;
import org.borderwatch.store.Store;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.io.WKTReader;

/**
 * Annotations leave as GeoJSON or KML and come back unchanged; an import lands whole, with a
 * revision for each annotation, or not at all. Runs the executors on the test thread.
 */
class AnnotationExchangeTest {
    @TempDir
    Path dir;
    private Store store;
    private AnnotationRepository repo;
    private AnnotationSession session;
    private AnnotationExchange exchange;

    @BeforeEach
    void open() throws Exception {
        store = Store.open(dir.resolve("x.db"));
        repo = store.annotationRepository();
        session = new AnnotationSession(Runnable::run, Runnable::run, "anna");
        session.attach(repo);
        exchange = new AnnotationExchange(session, Runnable::run, Runnable::run, "#D81B60");
    }

    @AfterEach
    void close() throws Exception {
        store.close();
    }

    private List<Annotation> two() throws Exception {
        WKTReader r = new WKTReader();
        Annotation camp = AnnotationBuilder.create(UUID.randomUUID().toString(), AnnotationKind.POLYGON,
                r.read("POLYGON ((23.58 53.47, 23.625 53.465, 23.635 53.49, 23.595 53.50, 23.58 53.47))"), "anna",
                session.stamp(), "#D81B60").title("Camp by the fence").note("About 300 people.\nTwo videos.")
                .tags(List.of("camp", "fence")).confidence(Confidence.PROBABLE)
                .validity(LocalDate.of(2021, 11, 8), LocalDate.of(2021, 11, 19)).build();
        Annotation range = AnnotationBuilder.create(UUID.randomUUID().toString(), AnnotationKind.RING,
                r.read("POINT (23.78 53.45)"), "anna", session.stamp(), "#1565C0").title("Drone range")
                .confidence(Confidence.POSSIBLE).radiusKm(4.0).build();
        session.apply(AnnotationEdit.create("Draw area", camp));
        session.apply(AnnotationEdit.create("Draw ring", range));
        return List.of(camp, range);
    }

    @Test
    void geoJsonCarriesEveryAttributeAndComesBackWhole() throws Exception {
        List<Annotation> drawn = two();
        Path file = dir.resolve("out.geojson");
        assertEquals(2, exchange.export(file, AnnotationExchange.Format.GEOJSON, drawn).get());
        JsonNode fc = new ObjectMapper().readTree(file.toFile());
        assertEquals("FeatureCollection", fc.get("type").asText());
        assertEquals(2, fc.get("features").size());
        JsonNode p = fc.get("features").get(0).get("properties");
        assertEquals("About 300 people.\nTwo videos.", p.get("note").asText());
        assertTrue(p.toString().contains("2021-11-08") && p.toString().contains("2021-11-19"), p.toString());
        assertEquals(List.of(), List.of(Files.list(dir).filter(f -> f.getFileName().toString().endsWith(".tmp")).toArray()),
                "no temporary file is left behind");

        for (Annotation a : drawn) {
            session.apply(AnnotationEdit.delete("Delete", session.get(a.id())));
        }
        ImportCounts back = exchange.importFile(file).get();
        assertEquals(2, back.total());
        assertEquals(drawn, repo.all(), "the round trip is lossless");
        assertEquals(drawn, session.annotations(), "and the screen shows them again");
        assertEquals(AnnotationRevision.Action.RESTORE, repo.history(drawn.get(0).id()).get(2).action());
        assertEquals(new ImportCounts(0, 0, 2), exchange.importFile(file).get(), "a second import changes nothing");
    }

    @Test
    void kmlHasTheValidityAsATimeSpanAndReadsBackIntoAnotherStore() throws Exception {
        List<Annotation> drawn = two();
        Path file = dir.resolve("out.kml");
        exchange.export(file, AnnotationExchange.Format.KML, drawn).get();
        String kml = Files.readString(file);
        assertTrue(kml.contains("<TimeSpan>") && kml.contains("<begin>2021-11-08</begin>") && kml.contains("<end>2021-11-19</end>"),
                "Google Earth's time slider needs the validity period");
        try (Store other = Store.open(dir.resolve("other.db"))) {
            AnnotationSession s2 = new AnnotationSession(Runnable::run, Runnable::run, "bruno");
            s2.attach(other.annotationRepository());
            AnnotationExchange x2 = new AnnotationExchange(s2, Runnable::run, Runnable::run, "#D81B60");
            assertEquals(new ImportCounts(2, 0, 0), x2.importFile(file).get());
            assertEquals(drawn, other.annotationRepository().all());
            assertEquals("bruno", other.annotationRepository().history(drawn.get(0).id()).get(0).author(),
                    "the revision names who imported it");
        }
    }

    @Test
    void gdalOpensBothExportsWithoutErrors() throws Exception {
        Path ogrinfo = java.util.stream.Stream.of(System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator))
                .map(d -> Path.of(d, "ogrinfo")).filter(Files::isExecutable).findFirst().orElse(null);
        org.junit.jupiter.api.Assumptions.assumeTrue(ogrinfo != null, "ogrinfo (gdal-bin) is not installed");
        List<Annotation> drawn = two();
        for (AnnotationExchange.Format f : AnnotationExchange.Format.values()) {
            Path file = dir.resolve("gdal" + f.extension);
            exchange.export(file, f, drawn).get();
            Process p = new ProcessBuilder(ogrinfo.toString(), "-ro", "-al", "-so", file.toString())
                    .redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            assertEquals(0, p.waitFor(), out);
            assertTrue(!out.contains("ERROR") && !out.contains("Warning"), out);
            assertTrue(out.contains("Feature Count: 2") || f == AnnotationExchange.Format.KML, out);
        }
    }

    @Test
    void aBadFileImportsNothingAndSaysWhere() throws Exception {
        List<Annotation> drawn = two();
        Path file = dir.resolve("out.geojson");
        exchange.export(file, AnnotationExchange.Format.GEOJSON, drawn).get();
        String broken = Files.readString(file).replace("\"kind\":\"ring\"", "\"kind\":\"circle\"");
        Path bad = Files.writeString(dir.resolve("bad.geojson"), broken);
        try (Store other = Store.open(dir.resolve("other.db"))) {
            AnnotationSession s2 = new AnnotationSession(Runnable::run, Runnable::run, "bruno");
            s2.attach(other.annotationRepository());
            AnnotationExchange x2 = new AnnotationExchange(s2, Runnable::run, Runnable::run, "#D81B60");
            ExecutionException e = assertThrows(ExecutionException.class, () -> x2.importFile(bad).get());
            String message = e.getCause().getMessage();
            assertTrue(message.contains("bad.geojson") && message.contains("/features/1"), message);
            assertEquals(List.of(), other.annotationRepository().all(), "not even the good first feature");
        }
    }
}
